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
    # Without the generator meta, MT's comment script in the form names the system.
    data = (FIX / "generic_movabletype.html").read_bytes().replace(
        b'<meta name="generator" content="Movable Type Publishing Platform 4.38">', b"")
    assert b"Movable Type" not in data
    bare = parse_page(data, page_id="m", suffix=".html")
    assert bare.notes[-1] == "comments read from the repetition of their markup (comment system: not named)"
    named = parse_page(data.replace(b"</body>", b'<form method="post" action="/cgi-bin/mt/mt-comments.cgi">'
                                               b'<textarea name="text"></textarea></form></body>'), page_id="m", suffix=".html")
    assert named.notes[-1] == "comments read from the repetition of their markup (comment system: movabletype)"
    assert len(named.comments) == 3


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
    # a state class on the post's own wrapper: its byline printed twice is no comment
    '<article class="post comments-open"><div class="byline">Helen Price · March 3, 2015</div><div class="text"><p>Late winter, before the buds break, is the time.</p></div><div class="byline">Updated by Helen Price · March 5, 2015</div><div class="text"><p>Share this story</p></div></article>',
    # a newspaper's op-ed column ("Kommentar") and its opinion section ("Kommentare")
    '<section class="meinung kommentare"><div class="teaser"><span class="autor">Ein Kommentar von Jan Bode</span> <time datetime="2020-01-02">2.1.2020</time><p>Die Brücke muss bleiben.</p></div><div class="teaser"><span class="autor">Ein Kommentar von Silke Marten</span> <time datetime="2020-01-03">3.1.2020</time><p>Der Markt zieht um.</p></div></section>',
    # editorial commentary, a "most commented" box glued into one word
    '<section class="commentary-rail"><div class="op"><span class="author">Tom Reilly</span> <time datetime="2020-01-02">2 Jan</time><p>Why rates must rise.</p></div><div class="op"><span class="author">Janet Okafor</span> <time datetime="2020-01-03">3 Jan</time><p>Why they must not.</p></div></section>',
    '<div class="box mostcommented"><div class="e"><span class="author">Tom</span> <time datetime="2020-01-02">2 Jan</time><p>Rail fares rise again</p><p>212 comments</p></div><div class="e"><span class="author">Amy</span> <time datetime="2020-01-03">3 Jan</time><p>Library saved</p><p>40 comments</p></div></div>',
    # author boxes in a wrapper named for comments, with no sign of a comment system
    '<div class="comments-wrap"><div class="author-box"><span class="name">Karl Weber</span> <time datetime="2011-03-12">March 12, 2011</time><p>Writes about trains.</p></div><div class="author-box"><span class="name">Lena Novak</span> <time datetime="2012-05-02">May 2, 2012</time><p>Writes about food.</p></div></div>',
    # "Comments are closed." under a heading with the section's id: the post's column is no list
    '<main><h2 id="comments">Comments are closed.</h2><div class="meta"><span class="author">Alan Whitby</span> <time datetime="2015-03-03">March 3, 2015</time><p>A new shed roof</p></div><div class="meta"><span class="author">Alan Whitby</span> <time datetime="2015-03-04">March 4, 2015</time><p>Filed under DIY, Garden</p></div></main>',
    # a list named exactly for comments with no sign of a comment system: a shop's reviews tab
    '<div class="tab-pane" id="comments"><div class="review"><span class="author">Margaret P.</span> <time datetime="2015-03-02">March 2, 2015</time><p>Lovely teapot.</p></div><div class="review"><span class="author">David</span> <time datetime="2015-03-03">March 3, 2015</time><p>Chipped on arrival.</p></div></div>',
    # "Comments are closed." above a list of the community's top members
    '<section id="comments"><h2>Comments</h2><p>Comments on this story are closed.</p><div class="leaders"><div class="comment"><span class="username">GeoffT</span><span class="date">Member since March 2, 2011</span><p>1,204 comments</p><a href="?replytocom=1">Reply</a></div><div class="comment"><span class="username">OldSalt</span><span class="date">Member since January 4, 2010</span><p>640 comments</p><a href="?replytocom=2">Reply</a></div></div></section>',
    # a JavaScript system's empty embed beside a promotion of other stories, under a count heading
    '<section class="story-comments"><h2>45 Comments</h2><div id="coral_thread"></div><ul class="comments-promo"><li class="comment-promo"><span class="author">Amy Hart</span> <time datetime="2015-03-02">March 2</time><p>Rail fares rise again</p></li><li class="comment-promo"><span class="author">Tom Reed</span> <time datetime="2015-03-01">March 1</time><p>Library saved</p></li></ul></section>',
    # a programme whose speakers carry a role label, in a list named for comments, with c-ids
    '<div class="comments-list"><div class="talk" id="c1"><span class="name">Speaker: Ron Biddle</span> <time datetime="2015-03-10">March 10</time><p>Growing under glass.</p></div><div class="talk" id="c2"><span class="name">Speaker: Mary Thorne</span> <time datetime="2015-03-17">March 17</time><p>Seed saving.</p></div></div>',
    # story cards of an opinion section ("Comment"): headlines linking to other pages, data-ids
    '<section class="comment-section"><h2>Latest comment</h2><div class="grid"><div class="card comment-card" data-id="58120"><a href="/comment/2015/03/03/a/"><h3>The Budget must not punish savers</h3></a><p>Trust in pensions.</p><span class="card__byline">By Allister Heath</span> <time datetime="2015-03-03T06:00:00Z">3 March 2015</time></div><div class="card comment-card" data-id="58121"><a href="/comment/2015/03/03/b/"><h3>Our railways are an embarrassment</h3></a><p>Fares rise again.</p><span class="card__byline">By Sherelle Jacobs</span> <time datetime="2015-03-03T05:00:00Z">3 March 2015</time></div></div></section>',
    # other stories' comments in a box, each linking to its story's comment anchor
    '<div class="comments-box"><h3>From the comments</h3><div class="comment" id="comment-12"><span class="author">GeoffT</span> <time datetime="2015-03-02">March 2</time><p>Spot on. <a href="/2015/03/rail/#comment-12">on Rail fares</a></p></div><div class="comment" id="comment-40"><span class="author">OldSalt</span> <time datetime="2015-03-01">March 1</time><p>Never. <a href="/2015/03/library/#comment-40">on Library</a></p></div></div>',
    # "Comments (0)" above a list of the forum's topics
    '<section id="comments"><h2>Comments (0)</h2><div class="topics"><div class="comment"><span class="author">kate</span> <time datetime="2015-03-02">March 2</time><p>Split tickets?</p></div><div class="comment"><span class="author">Geoff</span> <time datetime="2015-03-03">March 3</time><p>Nationalise?</p></div></div></section>',
    # a Discourse embed with the forum's topics printed below it
    '<section class="comments-area"><h2>2 Comments</h2><div id="discourse-comments"></div><ul class="comments-list"><li class="comment"><span class="author">kate</span> <time datetime="2015-03-02">March 2</time><p>Latest topic one</p></li><li class="comment"><span class="author">Geoff</span> <time datetime="2015-03-03">March 3</time><p>Latest topic two</p></li></ul></section>',
    # a thread pasted into the post's text is quoted content
    '<div class="entry-content"><p>From Stack Overflow:</p><div class="comments"><div class="comment" id="comment-1"><span class="comment-user">ann</span> <span class="comment-date">Jan 2, 2020</span><span class="comment-copy">Use a factory.</span></div><div class="comment" id="comment-2"><span class="comment-user">bo</span> <span class="comment-date">Jan 3, 2020</span><span class="comment-copy">Or a builder.</span></div></div></div>',
])
def test_lists_that_are_not_comments_give_none(block):
    p = parse_page((ARTICLE + block + "</body></html>").encode(), page_id="p", suffix=".html")
    assert (p.format, p.comments) == ("generic_html", ())
    assert p.comment_system == ("other" if "coral" in block else "none")  # (Coral: named, not read)
    assert not any("repetition" in note for note in p.notes)


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
    comments = ('<div class="comments"><div class="c" id="c1"><span class="author">Ann</span> <time datetime="2020-01-02">'
                '2 Jan 2020</time><p>First.</p></div><div class="c" id="c2"><span class="author">Bo</span> '
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
    # A table of comments (its rows in the tbody the parser implies; a reply link in each), and
    # Dotclear's counter "1." on a line of its own in the header.
    rows = "".join(f'<tr class="athing comtr" id="{n}"><td><span class="comhead"><a class="hnuser">{u}</a> '
                   f'<span class="age">{d}</span></span><div class="comment"><span class="commtext">{t}</span>'
                   f'<div class="reply"><a href="reply?id={n}">reply</a></div></div></td></tr>' for n, u, d, t in [(11, "ann", "3 May 2019", "First."),
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


def _parse(block: str):
    return parse_page((ARTICLE + block + "</body></html>").encode(), page_id="p", suffix=".html")


def test_header_outside_the_text_and_quotations():
    # Bootstrap utilities ("text-primary", "text-muted") name no text; a class that names the
    # commenter on the item itself (Serendipity) is no author element; a quoted footer inside a
    # comment's text gives neither its author nor its date; "<b>NAME</b><br>DATE" names the
    # author above the date; an explicit author element that says "Reply" is a name.
    p = _parse('<div class="comments">'
               '<div class="list-group-item serendipity_comment_author_Ann" id="c1"><h6 class="text-primary">Ann Lee</h6>'
               '<small class="text-muted">March 3, 2015</small><p class="mb-1">First point.</p></div>'
               '<div class="list-group-item serendipity_comment_author_Bo" id="c2"><h6 class="text-primary">Bo</h6>'
               '<small class="text-muted">March 4, 2015</small><p class="mb-1">Second point.</p></div></div>')
    assert [(c.native_id, c.author, c.posted.raw, c.text) for c in p.comments] == [
        ("1", "Ann Lee", "March 3, 2015", "First point."), ("2", "Bo", "March 4, 2015", "Second point.")]
    p = _parse('<div id="comments"><div class="comment" id="comment-1"><div class="comment-content"><p>Agreed.</p></div>'
               '<p class="comment-footer">Posted by: Hannah Rees | March 03, 2015 at 11:40 AM</p></div>'
               '<div class="comment" id="comment-2"><div class="comment-content"><blockquote><p>Posted by: Hannah Rees | '
               'March 03, 2015 at 11:40 AM</p></blockquote><p>Not quite.</p></div>'
               '<p class="comment-footer">Posted by: Owen Pike | March 03, 2015 at 06:15 PM</p></div></div>')
    assert [(c.author, c.posted.raw) for c in p.comments] == [
        ("Hannah Rees", "March 03, 2015 at 11:40 AM"), ("Owen Pike", "March 03, 2015 at 06:15 PM")]
    p = _parse('<div class="comments"><div id="cmt-31"><b>张伟</b><br><span class="comment-time">2015-03-03 11:40</span>'
               '<p>好文章</p><a href="?replyto=31">回复</a></div><div id="cmt-32"><span class="comment-author">Reply</span>'
               '<br><span class="comment-time">2015-03-03 12:05</span><p>同意</p><a href="?replyto=32">回复</a></div></div>')
    assert p.format == "generic_html"
    assert [(c.author, c.text) for c in p.comments] == [("张伟", "好文章"), ("Reply", "同意")]


def test_the_list_behind_wrappers_and_the_full_time_in_a_title():
    # section#comments > div.container > div.thread > the items; the date element's title holds
    # the whole timestamp the page prints short.
    items = "".join(f'<div class="c" id="comment-{k}"><a class="user">{u}</a> <span class="comment-date">'
                    f'<span title="2009-07-1{k} 13:39:26Z">Jul 1{k}</span></span><p>{t}</p></div>'
                    for k, u, t in [(1, "ann", "One."), (2, "bo", "Two.")])
    p = _parse(f'<section id="comments"><h2>2 Comments</h2><div class="container"><div class="thread">{items}'
               '</div><div class="pager">1</div></div></section>')
    assert [(c.native_id, c.author, c.posted.raw, c.posted.utc) for c in p.comments] == [
        ("1", "ann", "Jul 11", datetime(2009, 7, 11, 13, 39, 26, tzinfo=timezone.utc)),
        ("2", "bo", "Jul 12", datetime(2009, 7, 12, 13, 39, 26, tzinfo=timezone.utc))]
    assert p.declared_comment_count == 2


def test_wrapper_lists_are_not_comments():
    # JComments: each reply list (div.comments-list#comments-list-N) sits beside its parent; a
    # list holding two comments' ids is a list, never one comment.
    def item(n, who, when, text):
        return (f'<div class="comment-item" id="comment-item-{n}"><span class="comment-author">{who}</span>'
                f'<span class="comment-date">{when}</span><div class="comment-body">{text}</div></div>')
    p = _parse('<div id="comments"><h4>Комментарии (3)</h4><div class="comments-list" id="comments-list-0">'
               + item(12, "Гость", "03.03.2015 11:40", "Когда откроют мост?")
               + '<div class="comments-list" id="comments-list-12">' + item(13, "Иван Петров", "03.03.2015 12:02", "В мае.")
               + "</div>" + item(14, "Апрель", "04.03.2015 08:12", "Опять до мая.") + "</div></div>")
    # (The reply in the list beside its parent is not read: a known limit, see the module docs.)
    assert [(c.native_id, c.author, c.text) for c in p.comments] == [
        ("12", "Гость", "Когда откроют мост?"), ("14", "Апрель", "Опять до мая.")]
    assert p.declared_comment_count == 3 and p.truncation_reasons == ("declared-exceeds-parsed",)


def test_whitespace_between_items_keeps_the_read_linear():
    # Items are read last to first and removed; the whitespace they leave between them must not
    # be walked again for every item (3,000 items, newlines between them).
    item = ('<div class="cmt" id="cmt-{k}"><span class="cmt-author">User {k}</span> '
            '<span class="cmt-date">March 3, 2015 at 11:00 am</span><div class="cmt-content"><p>Text {k}.</p></div></div>\n')
    p = _parse('<div id="comments" class="comments">' + "".join(item.format(k=k) for k in range(3000)) + "</div>")
    assert len(p.comments) == 3000 and p.comments[2999].text == "Text 2999." and p.comments[0].author == "User 0"


def test_a_reply_printed_flat_takes_the_comment_its_link_points_to():
    # "in reply to <a href="#cmt-91">Ruth</a>": the parent is the earlier comment with that
    # anchor (method native-parent-id); the marker line is no text; a link to a later comment
    # or to a page gives none.
    def item(n, who, when, extra, text):
        return (f'<li class="cmt" id="cmt-{n}"><p class="cmt-meta"><span class="cmt-name">{who}</span> on '
                f'<span class="cmt-date">{when}</span>{extra}</p><p>{text}</p></li>')
    p = _parse('<ol class="comments">'
               + item(91, "Ruth", "March 3, 2015", "", "Do rats get into the pallet bay?")
               + item(92, "Ben", "March 3, 2015", ' in reply to <a href="#cmt-91">Ruth</a>', "Line it with mesh.")
               + item(93, "Ruth", "March 4, 2015", ' in reply to <a href="#cmt-94">Cy</a>', "Thanks, will do.")
               + item(94, "Cy", "March 5, 2015", "", 'See <a href="/mesh#sizes">sizes</a>.') + "</ol>")
    assert [(c.native_id, c.parent_position, c.parent_method, c.reply_to_name, c.text) for c in p.comments] == [
        ("91", None, None, None, "Do rats get into the pallet bay?"),
        ("92", 0, "native-parent-id", "Ruth", "Line it with mesh."),
        ("93", None, None, "Cy", "Thanks, will do."),
        ("94", None, None, None, "See sizes.")]


def test_comment_sections_in_an_aside_or_in_a_form_that_wraps_the_page():
    # <aside id="comments"> is the comment section, not a sidebar; ASP.NET WebForms wrap the
    # whole page (its h1 included) in one <form>, which is not a comment form.
    items = ('<div class="comment" id="comment-1"><span class="author">Ann</span> <time datetime="2020-01-02">2 Jan 2020</time>'
             '<p>First.</p></div><div class="comment" id="comment-2"><span class="author">Bo</span> '
             '<time datetime="2020-01-03">3 Jan 2020</time><p>Second.</p></div>')
    p = _parse(f'<aside id="comments" class="comments">{items}</aside>')
    assert [c.author for c in p.comments] == ["Ann", "Bo"]
    page = ('<html><body><form id="aspnetForm" action="./story.aspx" method="post"><h1>Story</h1><div class="story"><p>'
            + "Words of the article. " * 20 + f'</p></div><div id="comments">{items}</div></form></body></html>')
    p = parse_page(page.encode(), page_id="p", suffix=".html")
    assert [c.author for c in p.comments] == ["Ann", "Bo"]
    # a comment form is still no place for comments
    p = _parse(f'<form class="comment-form"><div id="comments">{items}</div></form>')
    assert p.comments == ()


def test_markers_before_the_list_and_replies_of_another_class():
    # 250 paragraph markers named for comments before the section take no place in the search;
    # a comment with its own id whose replies carry another class is a comment, not a list.
    markers = "".join(f'<p>Paragraph {k}.</p><div class="inline-comments"><span>+</span></div>' for k in range(250))
    def thread(n):
        replies = "".join(f'<div class="reply-item" id="comment-{n}{r}"><span class="comment-author">R{r}</span> '
                          f'<span class="comment-date">March 4, 2015</span><p>Re {r}.</p></div>' for r in range(2))
        return (f'<div class="comment" id="comment-{n}"><span class="comment-author">U{n}</span> <span class="comment-date">'
                f'March 3, 2015</span><div class="comment-content"><p>Top {n}.</p></div><div class="replies">{replies}</div>'
                f'<a href="?replytocom={n}">Reply</a></div>')
    p = _parse(f'<div class="longform">{markers}</div><section id="comments"><h2>3 Comments</h2>'
               + thread(1) + thread(2) + thread(3) + "</section>")
    assert [(c.native_id, c.author, c.text) for c in p.comments] == [
        ("1", "U1", "Top 1."), ("2", "U2", "Top 2."), ("3", "U3", "Top 3.")]
    assert p.declared_comment_count == 3


def test_a_closed_notice_above_comments_with_ids_keeps_them():
    # News sites print "Comments are closed." above the comments they keep; comment ids show
    # the items are comments (author boxes or top-commenter lists have none).
    items = "".join(f'<div class="comment" id="comment-{n}"><span class="author">{u}</span> <time datetime="2015-03-03">'
                    f'3 March 2015</time><p>{t}</p></div>' for n, u, t in [(201, "GeoffT", "First."), (202, "marianne_k", "Second.")])
    p = _parse(f'<section id="comments"><h2>2 Comments</h2><p>Comments are closed.</p>{items}</section>')
    assert [(c.native_id, c.author) for c in p.comments] == [("201", "GeoffT"), ("202", "marianne_k")]
    assert p.declared_comment_count == 2


def test_a_wordpress_page_whose_comments_a_plugin_prints_in_its_own_markup():
    # WordPress's markers (an empty core list) but the comments in a plugin's own items:
    # wordpress_html finds no core comment and reads the plugin's repetition.
    items = "".join(f'<div class="pc-item" id="pc-comment-{n}"><span class="pc-author">{u}</span> '
                    f'<time datetime="2015-03-0{n}T10:00:00+00:00">March {n}, 2015</time><div class="pc-text"><p>{t}</p></div>'
                    f'<a class="pc-reply" href="?replytocom={n}#respond">Reply</a></div>'
                    for n, u, t in [(3, "Ruth", "Do rats get in?"), (4, "Ben", "Line it with mesh.")])
    p = _parse(f'<div id="comments" class="comments-area"><ol class="comment-list"></ol>'
               f'<div class="pc-comments">{items}</div></div>')
    assert p.format == "wordpress_html"
    assert [(c.native_id, c.author, c.text) for c in p.comments] == [("3", "Ruth", "Do rats get in?"),
                                                                    ("4", "Ben", "Line it with mesh.")]
    assert p.notes[-1] == "comments read from the repetition of their markup (no WordPress comment list)"


def test_names_a_css_selector_cannot_hold_do_not_break_the_search():
    # The search builds selectors from tag and class names; a broken page can give a tag named
    # "li\x06x" or a class "c[1]", which would not parse as a selector.
    item = ('<{tag} class="{cls}" id="comment-{n}"><span class="author">A{n}</span> <time datetime="2020-01-0{n}">'
            'Jan {n}</time><p>T{n}</p><{tag} class="{cls}" id="comment-{n}0"><span class="author">B{n}</span>'
            '<time datetime="2020-01-0{n}">Jan {n}</time><p>R{n}</p></{tag}></{tag}>')
    for tag, cls in (("li\x06x", "c"), ("div", "c[1]")):
        p = _parse('<div class="comments">' + item.format(tag=tag, cls=cls, n=1) + item.format(tag=tag, cls=cls, n=2)
                   + "</div>")
        assert p.format == "generic_html"
