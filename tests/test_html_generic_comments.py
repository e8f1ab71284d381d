"""Comments of systems no format module reads, found by the repetition of their markup
(newscomments.formats.comment_groups, called by generic_html)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from newscomments import parse_page
from newscomments.formats import comment_groups
from newscomments.htmlpage.dom import parse_document
from newscomments.options import Limits

FIX = Path(__file__).parent / "fixtures" / "html"


def page(name: str):
    return parse_page(FIX / name)


def test_movable_type_footers_posted_by_name_and_date():
    # MT/TypePad: div.comment#comment-N, the text first, "Posted by: NAME | DATE" after it.
    p = page("generic_movabletype.html")
    assert (p.format, p.comment_system, p.declared_comment_count) == ("generic_html", "other", 3)
    assert p.notes[-1] == "comments read from the repetition of their markup (comment system: movabletype)"
    assert [(c.native_id, c.author, c.author_source, c.posted.raw, c.posted.local) for c in p.comments] == [
        ("4410", "Eileen Moss", "explicit", "April 18, 2009 at 11:40 AM", datetime(2009, 4, 18, 11, 40)),
        ("4412", "Gareth", "explicit", "April 19, 2009 at 08:05 PM", datetime(2009, 4, 19, 20, 5)),
        ("4415", "Tom Ashcroft", "explicit", "April 20, 2009 at 07:30 AM", datetime(2009, 4, 20, 7, 30))]
    assert p.comments[1].text == "How many tonnes of stone per metre did it take?\n\nAsking for a project of my own."
    assert all(c.parent_position is None and c.depth is None for c in p.comments)
    # the comments are no part of the article
    assert p.body.startswith("The wall along the top field") and "Batter frames" not in p.body
    assert (p.title, p.byline) == ("Field notes: Repairing a dry-stone wall", "Tom Ashcroft")


def test_definition_list_headers_with_the_name_after_the_date():
    # Dotclear: <dt> "1. Le mercredi 3 mars 2010, 14:05 par NAME" then the text in <dd>; the
    # blog owner's items carry another class ("me"), which does not split the group.
    p = page("generic_dotclear_dl.html")
    assert (p.comment_system, p.declared_comment_count) == ("other", 3)
    assert [(c.native_id, c.author, c.posted.raw, c.posted.local, c.text) for c in p.comments] == [
        ("1201", "Claire", "mercredi 3 mars 2010, 14:05", datetime(2010, 3, 3, 14, 5),
         "J’y serai jeudi. Ces arbres font l’ombre de toute la rue en été."),
        ("1204", "Jean-Marc", "mercredi 3 mars 2010, 18:40", datetime(2010, 3, 3, 18, 40),
         "Un trottoir plus large, c’est aussi pour les poussettes.\n\nIl faut voir le projet complet."),
        ("1210", "Odile", "jeudi 4 mars 2010, 08:12", datetime(2010, 3, 4, 8, 12),
         "La pétition a déjà 300 signatures.")]
    assert "pétition a déjà" not in p.body and "Ajouter" not in p.body


def test_nested_replies_machine_dates_and_what_is_not_a_comment():
    # A newspaper's own system: replies nested in their parent, <time datetime>, action links
    # ("Antworten", "Melden"). Related stories, a "most commented" list and the sidebar's
    # latest comments have names, dates and text too, and are not the article's comments.
    p = page("generic_nested_custom.html")
    assert (p.comment_system, p.declared_comment_count) == ("other", 4)
    assert [(c.native_id, c.author, c.parent_position, c.parent_method, c.depth) for c in p.comments] == [
        ("88120", "Radler_HB", None, None, 0), ("88133", "Kai Petersen", 0, "html-nesting", 1),
        ("88140", "Radler_HB", 1, "html-nesting", 2), ("88151", "Hafenwirtin", None, None, 0)]
    first = p.comments[0]
    assert (first.posted.raw, first.posted.utc) == ("14.09.2021, 08:31 Uhr", datetime(2021, 9, 14, 6, 31, tzinfo=timezone.utc))
    assert first.text == "Endlich! Die Strecke am Kai ist heute lebensgefährlich."
    assert p.comments[1].text == "Lebensgefährlich ist übertrieben.\n\nIch fahre da seit Jahren."
    assert not any(c.author in ("Greta", "Olli", "Von Jan Bode", "Jan Bode") for c in p.comments)


def test_headings_each_followed_by_the_text():
    data = ("<html><body><article><p>" + "Texte de l’article. " * 20 + "</p></article>"
            "<div class=comments><h5>Paul @ 2008-01-25 18:22:21</h5><p>Premier.</p><p>Suite.</p>"
            "<h5>Henri A @ 2008-01-25 19:26:30</h5><p>D’accord.</p></div></body></html>").encode()
    p = parse_page(data, page_id="p", suffix=".html")
    assert [(c.author, c.posted.local, c.text) for c in p.comments] == [
        ("Paul", datetime(2008, 1, 25, 18, 22, 21), "Premier.\n\nSuite."),
        ("Henri A", datetime(2008, 1, 25, 19, 26, 30), "D’accord.")]


ARTICLE = "<html><body><article><p>" + "Words of the article. " * 20 + "</p></article>"


@pytest.mark.parametrize("block", [
    # one comment alone: no repetition, no evidence
    '<div class="comments"><div class="comment"><span class="author">Ann</span> <time datetime="2020-01-02">2 Jan 2020</time><p>Hi.</p></div></div>',
    # items without dates (a list of names)
    '<div class="comments"><div class="c"><span class="author">Ann</span><p>Hi.</p></div><div class="c"><span class="author">Bo</span><p>Yo.</p></div></div>',
    # dated items without any author: headlines with dates
    '<div class="comment-teasers"><div class="t"><p>3 May 2020</p><p>Council votes.</p></div><div class="t"><p>4 May 2020</p><p>Roadworks.</p></div></div>',
    # a latest-comments widget outside an aside
    '<div class="widget_recent_comments"><div class="rc"><span class="author">Ann</span> <time datetime="2020-01-02">2 Jan</time><p>On: X</p></div><div class="rc"><span class="author">Bo</span> <time datetime="2020-01-03">3 Jan</time><p>On: Y</p></div></div>',
    # dated, signed teasers in a container that does not name comments
    '<div class="related"><div class="t"><span class="author">Ann</span> <time datetime="2020-01-02">2 Jan</time><p>Story.</p></div><div class="t"><span class="author">Bo</span> <time datetime="2020-01-03">3 Jan</time><p>Story.</p></div></div>',
])
def test_lists_that_are_not_comments_give_none(block):
    p = parse_page((ARTICLE + block + "</body></html>").encode(), page_id="p", suffix=".html")
    assert (p.format, p.comment_system, p.comments) == ("generic_html", "none", ())


def test_a_page_with_a_format_module_is_not_read_by_repetition():
    # WordPress's list is wordpress_html's: the generic reader never runs on it.
    p = parse_page(FIX / "wp_nested.html")
    assert p.format == "wordpress_html" and not any("repetition" in n for n in p.notes)


def test_long_and_deep_lists_stay_linear():
    # 5,000 items, and 300 replies each nested in the one before (hostile shapes): all read,
    # each once (the search reads a sample of each group, nested lists are not searched again).
    item = '<div class="comment"><span class="author">A{}</span> <time datetime="2020-01-01T10:00">1 Jan 2020</time><p>t{}</p>'
    flat = ARTICLE + '<div class="comments">' + "".join(item.format(k, k) + "</div>" for k in range(5000)) + "</div></body></html>"
    p = parse_page(flat.encode(), page_id="p", suffix=".html")
    assert len(p.comments) == 5000 and p.comments[-1].author == "A4999" and p.comments[-1].text == "t4999"
    deep = ARTICLE + '<div class="comments">' + "".join(item.format(k, k) for k in range(300)) + "</div>" * 300 + "</div></body></html>"
    p = parse_page(deep.encode(), page_id="p", suffix=".html")
    assert [c.depth for c in p.comments] == list(range(300))
    assert p.comments[299].parent_position == 298 and p.comments[0].text == "t0"


def test_read_groups_alone_returns_none_without_a_group():
    tree, _ = parse_document((ARTICLE + "</body></html>").encode(), Limits())
    assert comment_groups.read_groups(tree) is None


def test_layout_classes_of_the_page_do_not_hide_its_comments():
    # <body class="right-sidebar nav-float-right"> and a wrapper "has-sidebar" describe the
    # layout; only an element whose own class starts with a widget's name is a widget.
    comments = ('<div class="comments"><div class="c"><span class="author">Ann</span> <time datetime="2020-01-02">'
                '2 Jan 2020</time><p>First.</p></div><div class="c"><span class="author">Bo</span> '
                '<time datetime="2020-01-03">3 Jan 2020</time><p>Second.</p></div></div>')
    data = ('<html><body class="single right-sidebar nav-float-right"><div class="content has-sidebar">'
            + ARTICLE.split("<body>")[1] + comments + "</div></body></html>").encode()
    p = parse_page(data, page_id="p", suffix=".html")
    assert [c.author for c in p.comments] == ["Ann", "Bo"]


def test_one_comment_signed_under_its_element_after_a_comments_heading():
    # Movable Type's classic templates: <h2 id="comments">, then each comment's <div id="cN">
    # with its "Posted by:" line as the next sibling; the post's own div and footer before the
    # heading are not a comment (no comment id).
    data = ('<html><body><p>' + "Intro of the post. " * 10 + '</p><div id="a000031more"><div id="more"><p>'
            + "The rest of the post. " * 10 + '</p></div></div><p class="posted">Posted by Kim at May 3, 2005  8:23 PM</p>'
            '<h2 id="comments">Comments</h2><div id="c7"><p>How about a loop?</p><p>:-)</p></div>'
            '<p class="posted">Posted by: <a href="http://example.org/">DJ</a>  at May 28, 2005  9:33 PM</p>'
            '<script>if (document.comments_form) {}</script></body></html>').encode()
    p = parse_page(data, page_id="p", suffix=".html")
    assert [(c.native_id, c.author, c.posted.raw, c.text) for c in p.comments] == [
        ("7", "DJ", "May 28, 2005 9:33 PM", "How about a loop?\n\n:-)")]
    assert "The rest of the post." in p.body and "How about" not in p.body


def test_table_rows_and_running_numbers():
    # A table of comments (its rows in the tbody the parser implies), and Dotclear's counter
    # "1." on a line of its own in the header.
    rows = "".join(f'<tr class="athing comtr" id="{n}"><td><span class="comhead"><a class="hnuser">{u}</a> '
                   f'<span class="age">{d}</span></span><div class="comment"><span class="commtext">{t}</span>'
                   f'</div></td></tr>' for n, u, d, t in [(11, "ann", "3 May 2019", "First."),
                                                            (12, "bo", "4 May 2019", "Second.")])
    data = (ARTICLE + f'<table class="comment-tree">{rows}</table></body></html>').encode()
    p = parse_page(data, page_id="p", suffix=".html")
    assert [(c.native_id, c.author, c.posted.raw, c.text) for c in p.comments] == [
        ("11", "ann", "3 May 2019", "First."), ("12", "bo", "4 May 2019", "Second.")]
    dl = ('<div id="comments"><dl><dt id="c1"><a href="#c1">1.</a><br>Le 6 avril 2009, 13:30 par aldo</dt>'
          '<dd><p>Ça marche.</p></dd><dt id="c2"><a href="#c2">2.</a><br>Le 6 avril 2009, 14:12 par Bounga</dt>'
          '<dd><p>Merci !</p></dd></dl></div>')
    p = parse_page((ARTICLE + dl + "</body></html>").encode(), page_id="p", suffix=".html")
    assert [(c.author, c.text) for c in p.comments] == [("aldo", "Ça marche."), ("Bounga", "Merci !")]
