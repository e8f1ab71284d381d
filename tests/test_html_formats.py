"""The HTML formats on small hand-written pages (tests/fixtures/html/), detection routing, and
hostile or broken input."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from newscomments import formats, parse_page
from newscomments.errors import PageRejected
from newscomments.formats import blogger_html, drupal_html, generic_html, spip_html, wordpress_html, wpdiscuz_html
from newscomments.options import Limits, ParseOptions

FIX = Path(__file__).parent / "fixtures" / "html"


def page(name: str, **kw):
    return parse_page(FIX / name, **kw)


def page_bytes(name: str) -> bytes:
    return (FIX / name).read_bytes()


@pytest.mark.parametrize("name, module", [
    ("wpd_nested.html", wpdiscuz_html), ("wpd_zero_rating_split_votes.html", wpdiscuz_html),
    ("wpd_broken.html", wpdiscuz_html), ("wp_nested.html", wordpress_html),
    ("wp_old_theme.html", wordpress_html), ("wp_kubrick_archived.html", wordpress_html),
    ("wp_div_style_twentytwenty.html", wordpress_html), ("wpd5_wc_markup.html", wpdiscuz_html),
    ("wp_astra_theme.html", wordpress_html), ("wp_divi_theme.html", wordpress_html),
    ("wp_bare_header_theme.html", wordpress_html), ("wp_block_theme.html", wordpress_html),
    ("wp_oceanwp_theme.html", wordpress_html), ("wp_tagdiv_newspaper.html", wordpress_html),
    ("wp_core_html5_jetpack.html", wordpress_html), ("wp_genesis_theme.html", wordpress_html),
    ("wp_generatepress_theme.html", wordpress_html), ("wp_hestia_theme.html", wordpress_html),
    ("wp_enfold_theme.html", wordpress_html), ("wp_avada_theme.html", wordpress_html),
    ("wp_neve_theme.html", wordpress_html), ("wp_soledad_theme.html", wordpress_html),
    ("wp_jnews_theme.html", wordpress_html), ("wp_sahifa_theme.html", wordpress_html),
    ("wp_twentynineteen_theme.html", wordpress_html), ("wp_id_only_items.html", wordpress_html),
    ("wp_woothemes_comment_head.html", wordpress_html), ("wp_kubrick_classless.html", wordpress_html),
    ("wp_twentyseventeen_theme.html", wordpress_html), ("wp_flatsome_theme.html", wordpress_html),
    ("wp_blocksy_theme.html", wordpress_html), ("wp_flat_div_callback.html", wordpress_html),
    ("blogger_threaded.html", blogger_html), ("blogger_classic.html", blogger_html),
    ("wp_classic_pre27.html", wordpress_html), ("wp_kubrick_translated.html", wordpress_html),
    ("wp_badge_in_name.html", wordpress_html), ("wp_ja_core_feedback.html", wordpress_html),
    ("drupal7_nested.html", drupal_html), ("drupal6_flat.html", drupal_html),
    ("drupal10_olivero.html", drupal_html),
    ("spip_dist_forum.html", spip_html), ("spip_comments_plugin.html", spip_html),
    ("generic_disqus.html", generic_html), ("generic_plain.html", generic_html),
    ("generic_no_article.html", generic_html), ("generic_bootstrap_blog.html", generic_html),
    ("generic_movabletype.html", generic_html), ("generic_dotclear_dl.html", generic_html),
    ("generic_nested_custom.html", generic_html),
])
def test_detection_routes_each_page(name, module):
    assert formats.detect((FIX / name).read_bytes(), ".html") is module


def test_wpdiscuz_beats_wordpress_markup():
    # wpDiscuz writes WordPress's comment classes (comment even depth-1) on its wrappers too.
    data = (FIX / "wpd_nested.html").read_bytes()
    assert wpdiscuz_html.detect(data, ".html") > wordpress_html.detect(data, ".html")


# --- wpDiscuz ---------------------------------------------------------------------------------

def test_wpdiscuz_5_wc_markup_ids_parents_votes_and_count():
    # wpDiscuz 5.x/6.x: wc-comm-ID_PARENT wrappers, .wc-comment-right own box, labels in the
    # left column ("Guest", "Author") that are no part of the name or the text.
    p = page("wpd5_wc_markup.html")
    assert p.format == "wpdiscuz_html" and p.declared_comment_count == 3 and not p.truncated
    assert [(c.native_id, c.author) for c in p.comments] == [
        ("301", "Ruth"), ("302", "Lee Harper"), ("305", "Sam")]
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert p.comments[1].parent_method == "native-parent-id" and p.comments[1].depth == 1
    assert [c.net_votes for c in p.comments] == [4, -1, 0]
    assert p.comments[0].text == "About time. The last crossing at six was always full."
    assert p.comments[2].posted.local.isoformat() == "2019-05-15T07:40:00"


def test_wpdiscuz_5_count_bubble_and_a_thread_displayed_flat():
    # wpDiscuz 5's count bubble ("#wc-comment-header .wpd-cc-value") instead of the count line;
    # a reply shown flat (not nested in its parent's wrapper) still gets its depth from the
    # parent its id names.
    data = page_bytes("wpd5_wc_markup.html").replace(
        b'<span class="wc_header_text_count">3</span> Comments on', b"Comments on").replace(
        b'<div class="wc-comment-bar">',
        b'<h3 id="wc-comment-header"><div class="wpdiscuz-comment-count"><div class="wpd-cc-value">3</div>'
        b'</div>Leave a Reply</h3><div class="wc-comment-bar">')
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.declared_comment_count == 3
    # Sam's comment, a top-level wrapper, names Lee Harper's reply as its parent: a reply to a
    # reply displayed flat, depth 2 by the chain of parents.
    flat = page_bytes("wpd5_wc_markup.html").replace(b'id="wc-comm-305_0"', b'id="wc-comm-305_302"')
    p = parse_page(flat, page_id="p", suffix=".html")
    assert [(c.parent_position, c.depth) for c in p.comments] == [(None, 0), (0, 1), (1, 2)]


def test_wpdiscuz_nested_thread():
    p = page("wpd_nested.html")
    assert p.format == "wpdiscuz_html" and p.comment_system == "wpdiscuz"
    assert [c.native_id for c in p.comments] == ["101", "102", "103", "104"]
    assert [c.parent_position for c in p.comments] == [None, 0, 1, None]
    assert [c.parent_method for c in p.comments] == [None, "native-parent-id", "native-parent-id", None]
    assert [c.depth for c in p.comments] == [0, 1, 2, 0]
    assert [c.author for c in p.comments] == ["Karl", "Berta", "Karl", "Dora"]
    assert [c.reply_to_name for c in p.comments] == [None, "Karl", "Berta", None]
    assert [c.net_votes for c in p.comments] == [-3, 7, 0, 2]
    assert p.comments[0].text == "Endlich!\n\nDas hat lange gedauert."  # the script is not text
    assert p.comments[0].posted.raw == "12. Juli 2026 um 10:22"
    assert p.comments[0].posted.local.isoformat() == "2026-07-12T10:22:00"
    assert p.comments[0].posted.utc is None  # wpDiscuz gives no offset
    assert p.rating.votes == 2 and p.rating.value == 4.5
    assert p.declared_comment_count == 5
    assert p.truncation_reasons == ("load-more", "declared-exceeds-parsed")


def test_wpdiscuz_page_metadata_from_jsonld_graph():
    p = page("wpd_nested.html")
    assert p.title == "Brücken über den Fluss"
    assert p.byline == "Anna Beispiel"  # resolved through the @id reference
    assert p.url == "https://beispiel.example/2026/07/bruecken/"
    assert p.site == "beispiel.example"
    assert p.language == "de"
    assert p.published.utc.isoformat() == "2026-07-11T06:00:00+00:00"
    assert "Teilen mit" not in p.body and "Karl" not in p.body and "Start" not in p.body
    assert p.body.startswith("Die Stadt baut zwei neue Brücken")
    assert p.body.count("\n\n") == 1


def test_wpdiscuz_zero_votes_split_counters_trackback():
    p = page("wpd_zero_rating_split_votes.html")
    assert p.rating.votes == 0 and p.rating.value is None
    sam, track = p.comments
    assert sam.author == "Sam" and sam.author_source == "explicit"  # from the avatar alt
    assert (sam.upvotes, sam.downvotes, sam.net_votes) == (5, 2, 3)
    assert sam.posted.local.isoformat() == "2026-08-11T00:22:00"
    assert track.kind == "trackback" and track.author == "Garden links of the week"
    assert not p.truncated  # the Load More block is hidden
    assert p.byline == "Pat Green"


def test_wpdiscuz_broken_markup_and_unclosed_comment():
    p = page("wpd_broken.html")
    assert [c.native_id for c in p.comments] == ["31", "32"]  # 33 is inside an unclosed <!--
    assert p.declared_comment_count == 3
    assert p.truncation_reasons == ("declared-exceeds-parsed",)
    assert p.comments[0].text == "First bold café comment\n\nsecond paragraph"  # no <style>
    assert "JSON-LD block is not valid JSON: ignored" in p.notes
    assert p.title == "Broken page"
    assert "never seen" not in p.body


# --- WordPress --------------------------------------------------------------------------------

def test_wordpress_nested_list_with_time_and_pingback():
    p = page("wp_nested.html")
    assert p.comment_system == "wordpress"
    assert [c.native_id for c in p.comments] == ["11", "12", "13", "14"]
    assert [c.parent_position for c in p.comments] == [None, 0, 1, None]
    assert [c.depth for c in p.comments] == [0, 1, 2, 0]
    assert [c.kind for c in p.comments] == ["comment", "comment", "comment", "pingback"]
    assert [c.author for c in p.comments] == ["Ann", "Lee Park", "Ann", "Weekly links | Roads"]
    assert p.comments[1].parent_method == "html-nesting" and p.comments[1].parent_confidence == 1.0
    t = p.comments[0].posted
    assert t.raw == "May 2, 2024 at 4:20 pm"
    assert t.local.isoformat() == "2024-05-02T16:20:17"
    assert t.utc.isoformat() == "2024-05-02T08:20:17+00:00"
    assert p.declared_comment_count == 4 and not p.truncated


def test_wordpress_article_rating_is_not_a_recipe_rating():
    p = page("wp_nested.html")
    assert p.rating is None  # the Recipe's AggregateRating belongs to another object
    assert p.title == "How we test bridges" and p.byline == "Lee Park"
    assert p.url == "https://citydesk.example/2024/05/how-we-test-bridges/"
    assert p.body == ("Every spring the city's engineers load each bridge with trucks full of sand and "
                      "measure how far it bends.\n\nThe numbers go into a public report.\nYou can read it online.")


def test_wordpress_old_theme_says_translation_and_likes():
    p = page("wp_old_theme.html")
    assert [c.native_id for c in p.comments] == ["501", "502", "503"]
    assert [c.author for c in p.comments] == ["Jonas", "Mia Berg", "Gast"]
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert [c.likes for c in p.comments] == [3, 0, None]
    assert p.comments[0].text == "Schöne Tour!\n\nWie lang war sie?"
    assert p.comments[0].posted.local.isoformat() == "2025-11-03T14:02:00"
    assert p.comments[0].posted.raw == "03.11.2025 um 14:02"
    assert p.declared_comment_count == 1  # "Ein Gedanke zu …"


def test_wordpress_kubrick_archive():
    p = page("wp_kubrick_archived.html")
    assert p.title == "Static sites and comments"  # front matter title; its date is not used
    assert p.published is None
    assert [c.author for c in p.comments] == ["joey", "admin", "Links 31/8/2011 — Tech | Links"]
    assert [c.kind for c in p.comments] == ["comment", "comment", "pingback"]
    assert p.comments[1].posted.local.isoformat() == "2011-08-30T09:49:00"
    assert p.comments[0].text == "Nice move, but what about search?"
    assert p.declared_comment_count == 3


def test_count_headings():
    assert wordpress_html.count_in_title("6 thoughts on “T”") == 6
    assert wordpress_html.count_in_title("Комментариев: 55") == 55
    assert wordpress_html.count_in_title("Ein Gedanke zu „T“") == 1
    assert wordpress_html.count_in_title("Comments 3") == 3  # JNews: "Comments <span>3</span>"
    assert wordpress_html.count_in_title("Schreibe einen Kommentar") is None
    assert wordpress_html.count_in_title("Leave a Reply") is None
    assert wordpress_html.count_in_title("Kommentare (34)") == 34
    assert wordpress_html.count_in_title("Discussion (217) ¬") == 217  # Easel
    assert wordpress_html.count_in_title("17 Discussion to this post") == 17
    assert wordpress_html.count_in_title("Diskussion über (3) Dinge") is None
    assert wordpress_html.count_in_title("«What philosophers think» — 37 Comments") == 37  # Weaver II


def test_easel_post_author_link_is_the_byline():
    data = page_bytes("wp_badge_in_name.html")
    data = data.replace(b"</h1>", b'</h1><div class="post-info"><span class="post-author">by '
                                  b'<a href="/author/abbadon/">Abbadon</a></span></div>', 1)
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.byline == "Abbadon"


# --- generic ----------------------------------------------------------------------------------

def test_generic_article_with_unsupported_system():
    p = page("generic_disqus.html")
    assert p.comment_system == "disqus" and p.comments == ()
    assert "comment system not supported: disqus" in p.notes
    assert p.title == "La pluie à Paris" and p.language == "fr"
    assert p.body.startswith("Il a plu toute la journée")


def test_generic_article_without_comments():
    p = page("generic_plain.html")
    assert p.comment_system == "none" and p.comments == ()
    assert p.language == "en"  # guessed from the body: no <html lang>
    assert "JSON-LD block is not valid JSON: ignored" in p.notes
    assert "Home" not in p.body


def test_generic_rejects_a_page_without_article():
    with pytest.raises(PageRejected) as e:
        page("generic_no_article.html")
    assert e.value.reason == "no-article"


# --- hostile and broken input -----------------------------------------------------------------

def _reason(data: bytes, limits: Limits = Limits(), module=generic_html) -> str:
    with pytest.raises(PageRejected) as e:
        module.parse(data, "x", ParseOptions(limits=limits))
    return e.value.reason


def test_deep_nesting_is_rejected_before_parsing():
    assert _reason(b"<html><body>" + b"<div>" * 80_000 + b"x") == "too-deep"


def test_stray_end_tags_cannot_hide_depth():
    assert _reason(b"<p>text</p>" + b"<div></span>" * 2_000) == "too-deep"


def test_end_tags_inside_scripts_and_comments_do_not_count():
    assert _reason(b"<div><script></div></script>" * 1_000) == "too-deep"
    assert _reason(b"<!--" + b"</div>" * 1_000 + b"-->" + b"<div>" * 1_000) == "too-deep"


def test_many_attributes_on_one_tag():
    tag = b"<div " + b" ".join(b"a%d=1" % i for i in range(50_000)) + b">x</div>"
    assert _reason(tag) == "too-many-attributes"


def test_too_many_nodes_and_too_large():
    assert _reason(b"<p>x</p>" * 1_000, Limits(max_nodes=500)) == "too-many-nodes"
    assert _reason(b"<p>x</p>" * 100, Limits(max_bytes=500)) == "too-large"


def test_many_unclosed_paragraphs_are_not_deep():
    body = b"<div>" + b"<p>Some words of text" * 2_000 + b"</div>"
    p = generic_html.parse(body, "x", ParseOptions())
    assert p.body.count("\n\n") == 1_999


def test_png_saved_as_html():
    assert _reason(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100) == "not-text"


def test_wrong_declared_charset():
    utf8 = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße aus Köln, schön war es hier bei euch allen.</p></body></html>'
    assert "Grüße aus Köln" in generic_html.parse(utf8.encode("utf-8"), "x", ParseOptions()).body
    legacy = utf8.replace("iso-8859-1", "utf-8").encode("cp1252")
    assert "Grüße aus Köln" in generic_html.parse(legacy, "x", ParseOptions()).body


def test_scripts_in_comments_never_reach_text():
    data = (b'<div class="entry-content"><p>An article body that is long enough to count as one.</p></div>'
            b'<ol class="comment-list"><li id="comment-1" class="comment depth-1"><div class="comment-author">'
            b'<b class="fn">Eve</b></div><div class="comment-content"><p>Hi<script>steal()</script>'
            b'<style>.x{}</style> there</p></div></li></ol>')
    p = wordpress_html.parse(data, "x", ParseOptions())
    assert p.comments[0].text == "Hi there"


def test_parse_is_deterministic():
    data = (FIX / "wpd_nested.html").read_bytes()
    assert wpdiscuz_html.parse(data, "a", ParseOptions()) == wpdiscuz_html.parse(data, "a", ParseOptions())


def test_wordpress_div_style_list_nests_replies_inside_items():
    # wp_list_comments(style="div") (Twenty Twenty): items are divs with comment_class()'s
    # depth-N class, replies nested directly inside their parent item.
    p = page("wp_div_style_twentytwenty.html")
    assert p.declared_comment_count == 3 and not p.truncated
    assert [(c.native_id, c.author, c.depth) for c in p.comments] == [
        ("11", "Maria Lopez", 0), ("12", "Tom Becker", 1), ("13", "Anna K.", 0)]
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert p.comments[1].text == "Terrifying is a bit much.\nBut it needs fixing."
    assert p.comments[2].posted.utc.isoformat() == "2023-03-04T07:02:00+00:00"
    assert "Leave a Reply" not in p.body and "Finally" not in p.body


def test_blogger_threaded_comments():
    p = page("blogger_threaded.html")
    assert (p.comment_system, p.declared_comment_count, p.truncated) == ("blogger", 4, False)
    assert (p.title, p.byline, p.site) == ("Autumn on the upper trail", "Greta Lind", "riverwalks.blogspot.com")
    assert p.published.utc.isoformat() == "2019-11-03T09:30:00+00:00"
    assert [(c.native_id, c.author, c.parent_position, c.depth) for c in p.comments] == [
        ("8001", "Jonas Berg", None, 0), ("8002", "Greta Lind", 0, 1), ("8003", "Anonymous", 0, 1),
        ("8004", "Mia", None, 0)]
    assert p.comments[1].parent_method == "html-nesting"
    assert p.comments[0].text == "Is the path by the mill still closed?\nWe wanted to go next week."
    # The permalink's showComment= epoch is the exact UTC time; the printed string is kept.
    first = p.comments[0].posted
    assert first.raw == "November 3, 2019 at 9:44 PM"
    assert first.utc.isoformat() == "2019-11-03T20:44:00+00:00"
    assert first.local.isoformat() == "2019-11-03T21:44:00"
    assert "Reply" not in " ".join(c.text for c in p.comments) and "Delete" not in p.body
    assert p.body.startswith("The upper trail above the weir")


def test_blogger_classic_comments():
    p = page("blogger_classic.html")
    assert (p.comment_system, p.declared_comment_count, p.byline) == ("blogger", 3, "Till")
    assert [(c.native_id, c.author, c.parent_position) for c in p.comments] == [
        ("5101", "Henrike", None), ("5102", "Till", None), ("5103", "Anonym", None)]
    assert p.comments[1].text == "Leinöl, zweimal.\nDanke!"
    assert [c.posted.utc.isoformat() for c in p.comments] == [
        "2011-03-12T17:44:00+00:00", "2011-03-12T19:30:00+00:00", "2011-03-13T13:05:00+00:00"]
    assert p.comments[2].posted.raw == "13. März 2011 um 14:05"


def test_blogger_renamed_count_label_and_a_post_without_paragraphs():
    # Blogs rename the "N comments:" label; Blogger's editor writes posts as text and <br>.
    data = page_bytes("blogger_threaded.html").replace(b"<h4>4 comments:</h4>", b"<h4>4 Meinungen:</h4>")
    data = data.replace(
        b"<p>The upper trail above the weir is open again after the summer repairs.</p>\n<p>",
        b"The upper trail above the weir is open again after the summer repairs.<br />\n<br />\n")
    data = data.replace(b"beeches are turning gold.</p>", b"beeches are turning gold.<br />")
    assert b"<p>" not in data.split(b"post-body")[1].split(b"post-footer")[0]
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.declared_comment_count == 4
    assert p.body == ("The upper trail above the weir is open again after the summer repairs.\n"
                      "We walked it on Saturday: the new bridge is sturdy and the beeches are turning gold.")


def test_blogger_load_more_is_truncation():
    data = page_bytes("blogger_threaded.html").replace(b'class="loadmore hidden"', b'class="loadmore"')
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.truncation_reasons == ("load-more",)


def test_wordpress_items_without_kind_class_before_2_7():
    # The classic theme: "<li id="comment-N">" without a class in ol#commentlist, name and date
    # in "<cite>Comment by NAME — DATE @ <a>TIME</a></cite>"; the <title> names the blog first.
    p = page("wp_classic_pre27.html")
    assert p.title == "Darf der Vermieter die Klingel tauschen?"
    assert p.declared_comment_count == 3 and not p.truncated
    assert [(c.native_id, c.author, c.kind) for c in p.comments] == [
        ("7001", "Jana Wolff", "comment"), ("7002", "Rainer", "comment"),
        ("7003", "Linkschau am Samstag", "pingback")]
    assert p.comments[1].text == "Nein, das ist Instandhaltung.\nSiehe § 556 BGB."
    assert p.comments[0].posted.local.isoformat() == "2008-03-14T10:12:00"
    assert p.body.endswith("Videoüberwachung des Eingangs verbunden ist.")  # no feed link


def test_older_theme_post_meta_line_and_count_in_div_comments():
    # <p class="post-meta"> with span.date / span.author above the text, and the count heading
    # in a div.comments without an id.
    data = page_bytes("wp_classic_pre27.html").replace(
        b'<div class="storycontent">',
        b'<p class="post-meta"><span class="date">13. M\xc3\xa4rz 2008</span> <span class="author">Ines Berg</span>, '
        b'<span class="comments"><a href="#comments">3</a></span></p>\n<div class="storycontent">').replace(
        b'<h2 id="comments">3 Comments\n<a href="#postcomment" title="Leave a comment">&raquo;</a>\n</h2>',
        b'<div class="comments"><h3>3 thoughts on \xe2\x80\x9cKlingel\xe2\x80\x9d</h3></div>')
    assert b'<div class="comments"><h3>3 thoughts' in data
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.byline, p.declared_comment_count, p.published.raw) == ("Ines Berg", 3, "13. März 2008")
    assert p.body.startswith("Ein Leser fragt") and "Ines Berg" not in p.body


def test_wordpress_kubrick_translated_cites():
    # Kubrick: "<cite>NAME</cite> sagt:" (class "alt" or none), and the German "<cite>Pingback
    # von NAME</cite> | <small>DATE</small>" with the date outside the cite.
    p = page("wp_kubrick_translated.html")
    assert [(c.native_id, c.author, c.kind, c.posted.raw) for c in p.comments] == [
        ("3101", "Anke", "comment", "11.09.2011 um 18:02"),
        ("3102", "Lesezeichen am Montag", "pingback", "12.09.2011 07:30"),
        ("3103", "ilse", "comment", "12.09.2011 um 09:15")]
    assert p.comments[1].text == "[…] Der Korb am Balkon – ein Stadtspaziergang […]"
    assert all("sagt" not in c.text for c in p.comments)
    # the post's date: Kubrick's <small> under the post heading, the only place it is printed
    assert (p.published.raw, p.published.local) == ("11.09.2011, 16:20", datetime(2011, 9, 11, 16, 20))


def test_wordpress_role_badge_inside_the_name_and_own_permalink():
    p = page("wp_badge_in_name.html")
    # "<cite class=fn>NAME<br><span>Author</span></cite>": the badge is no part of the name.
    assert [(c.native_id, c.author, c.parent_position) for c in p.comments] == [
        ("610", "Morwenna", None), ("611", "Tamsin Penrose", 0)]
    assert p.comments[0].posted.raw == "14 April 2022 at 8:05 am"
    # Without the date box, the item's own permalink gives the date, not the first
    # "#comment-" link (one in the text, to another blog's comment).
    data = page_bytes("wp_badge_in_name.html").replace(b'class="comment_meta"', b'class="stamp"')
    stamp = b'<div class="stamp"><a href="https://tideline.example/spring-walks/#comment-610">14 April 2022 at 8:05 am</a></div>\n'
    data = data.replace(stamp, b"").replace(b"someone else said here</a>.</p>\n", b"someone else said here</a>.</p>\n" + stamp)
    assert data.index(b"otherblog.example") < data.index(b"#comment-610\">14 April")
    p = parse_page(data, page_id="p", suffix=".html")
    assert [c.posted.raw for c in p.comments] == ["14 April 2022 at 8:05 am", "14 April 2022 at 9:30 am"]


def test_published_date_printed_only_as_text_in_the_post_header():
    # No datetime attribute anywhere: the date printed in the post's meta line is read, with
    # the words around it left out; a date in a comment's meta line never is.
    data = page_bytes("wp_classic_pre27.html")
    assert parse_page(data, page_id="p", suffix=".html").published is None
    data = data.replace(b'<div class="storycontent">',
                        b'<div class="entry-meta">Do 13. M\xc3\xa4rz 2008, 21:40 | Mietrecht | 3 Kommentare</div>\n'
                        b'<div class="storycontent">')
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.published.raw, p.published.local.isoformat()) == ("Do 13. März 2008, 21:40", "2008-03-13T21:40:00")
    only_in_comment = page_bytes("wp_classic_pre27.html").replace(
        b"<p>Und wer zahlt", b'<div class="post-date">14. M\xc3\xa4rz 2008</div><p>Und wer zahlt')
    assert parse_page(only_in_comment, page_id="p", suffix=".html").published is None


def test_byline_without_the_screen_reader_label():
    # WordPress's default themes print "<span class=screen-reader-text>Author </span>" before
    # the linked name in the byline (translated: "Autor").
    data = page_bytes("wp_badge_in_name.html").replace(
        b'<div class="entry-content">',
        b'<div class="entry-meta"><span class="byline"><span class="author vcard"><span class="screen-reader-text">'
        b'Autor </span> <a class="url fn n" href="https://tideline.example/author/tamsin/">Tamsin Penrose</a>'
        b'</span></span></div>\n<div class="entry-content">')
    assert parse_page(data, page_id="p", suffix=".html").byline == "Tamsin Penrose"


def test_blogger_post_timestamp_printed_as_a_date():
    data = page_bytes("blogger_threaded.html").replace(
        b"<abbr class='published' itemprop='datePublished' title='2019-11-03T10:30:00+01:00'>10:30 AM</abbr>",
        b"Sunday, November 3, 2019")
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.published.raw, p.published.local.isoformat()) == ("Sunday, November 3, 2019", "2019-11-03T00:00:00")


def test_smileys_and_emoji_images_read_as_what_was_typed():
    # WordPress turns ":)" and emoji into img.wp-smiley / img.emoji; other images stay out.
    data = page_bytes("wp_badge_in_name.html").replace(
        b"<p>Glad it worked out!</p>",
        b'<p>Glad it worked out! <img src="https://s.w.org/smilies/simple-smile.png" alt=":)" class="wp-smiley" '
        b'style="height: 1em" /> <img draggable="false" role="img" class="emoji" alt="\xf0\x9f\x8c\x8a" '
        b'src="https://s.w.org/72x72/1f30a.png"> <img src="https://tideline.example/photo.jpg" alt="the sands"></p>')
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.comments[1].text == "Glad it worked out! :) \U0001f30a"


@pytest.mark.parametrize("machine, local, precision", [
    ("2022-04-14", "2022-04-14T08:05:00", "minute"),  # the same day: the printed clock is kept
    ("2022-04-15", "2022-04-15T00:00:00", "day")])  # another day: the attribute wins
def test_date_only_datetime_attribute_with_a_printed_time(machine, local, precision):
    data = page_bytes("wp_badge_in_name.html").replace(
        b">14 April 2022 at 8:05 am</a>",
        f'><time datetime="{machine}">14 April 2022 at 8:05 am:</time></a>'.encode())
    posted = parse_page(data, page_id="p", suffix=".html").comments[0].posted
    assert (posted.local.isoformat(), posted.precision) == (local, precision)


def test_comments_like_dislike_plugin_counts_are_votes_not_text():
    plugin = ('<div class="cld-like-dislike-wrap cld-template-1"><div class="cld-like-wrap cld-common-wrap">'
              '<a href="javascript:void(0)" class="cld-like-trigger cld-like-dislike-trigger" title="Like" '
              'data-comment-id="610" data-trigger-type="like"><i class="fas fa-thumbs-up"></i></a>'
              '<span class="cld-like-count-wrap cld-count-wrap">{up}</span></div>'
              '<div class="cld-dislike-wrap cld-common-wrap"><a href="javascript:void(0)" class="cld-dislike-trigger '
              'cld-like-dislike-trigger" title="Dislike" data-comment-id="610" data-trigger-type="dislike">'
              '<i class="fas fa-thumbs-down"></i></a><span class="cld-dislike-count-wrap cld-count-wrap">{down}</span>'
              '</div></div>')
    data = page_bytes("wp_badge_in_name.html").replace(
        b'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-610"',
        plugin.format(up=5, down=2).encode() + b'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-610"')
    p = parse_page(data, page_id="p", suffix=".html")
    first, reply = p.comments
    assert (first.upvotes, first.downvotes, first.net_votes) == (5, 2, 3)
    assert (reply.upvotes, reply.downvotes, reply.net_votes) == (None, None, None)  # the reply has none
    assert first.text.endswith("as someone else said here.")


def test_a_comments_date_and_author_are_not_the_articles():
    # Astra prints each comment's <time datetime> in a header: no article date on this page.
    assert page("wp_astra_theme.html").published is None


def test_microdata_of_a_review_or_comment_item_is_not_the_articles():
    review = (b'<div itemscope itemtype="https://schema.org/Review"><meta itemprop="datePublished" '
              b'content="2014-12-29"><span itemprop="author">Kim Ode</span><p>Fine.</p></div>')
    data = page_bytes("generic_plain.html").replace(b"</body>", review + b"</body>")
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.published, p.byline) == (None, None)
    post = (b'<div itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="datePublished" '
            b'content="2020-01-02"><span itemprop="author">Ada Lind</span></div>')
    p = parse_page(data.replace(b"</body>", post + b"</body>"), page_id="p", suffix=".html")
    assert (p.published.local.isoformat(), p.byline) == ("2020-01-02T00:00:00", "Ada Lind")


def test_site_name_after_an_angle_quote_in_og_title():
    data = page_bytes("wp_badge_in_name.html").replace(
        b'content="Five spring walks on the coast path"', b'content="Five spring walks on the coast path \xe2\x80\xba Tideline"')
    assert parse_page(data, page_id="p", suffix=".html").title == "Five spring walks on the coast path"


def test_og_title_that_is_the_site_name_gives_way_to_the_post_heading():
    # Jetpack on a static front page: og:title == og:site_name; the post's h1 is the title.
    data = page_bytes("wp_badge_in_name.html").replace(
        b'<meta property="og:title" content="Five spring walks on the coast path" />',
        b'<meta property="og:title" content="Tideline" /><meta property="og:site_name" content="Tideline" />')
    assert parse_page(data, page_id="p", suffix=".html").title == "Five spring walks on the coast path"


def test_hosted_platform_tail_after_the_blog_name_is_cut_from_og_title():
    data = page_bytes("wp_badge_in_name.html").replace(
        b'<meta property="og:title" content="Five spring walks on the coast path" />',
        b'<meta property="og:title" content="Five spring walks on the coast path @ Tideline :: Blogplatz ::" />'
        b'<meta property="og:site_name" content="Tideline" />')
    assert parse_page(data, page_id="p", suffix=".html").title == "Five spring walks on the coast path"
    # the blog's name followed by more words, not by a separator, is part of the title
    data = data.replace(b"coast path @ Tideline :: Blogplatz ::", b"coast path @ Tideline cafe")
    assert parse_page(data, page_id="p", suffix=".html").title == "Five spring walks on the coast path @ Tideline cafe"


def test_site_name_before_the_title_in_og_title_spelled_like_the_domain():
    data = page_bytes("wp_badge_in_name.html").replace(
        b'content="Five spring walks on the coast path"', b'content="Tideline - Five spring walks on the coast path"')
    assert parse_page(data, page_id="p", suffix=".html").title == "Five spring walks on the coast path"


@pytest.mark.parametrize("marker, system", [
    (b'<div id="livefyre" data-lf-site="1"></div>', "livefyre"),
    (b'<div data-spotim-module="conversation" data-post-id="9"></div>', "openweb"),
    (b'<div class="viafoura"><vf-conversations></vf-conversations></div>', "viafoura"),
    (b'<div id="comment-box"><div id="comment-text" class="user-post-text"><ul class="single-post">'
     b'<li class="post-info"><span class="user-name">Mei</span></li></ul></div></div>', "pixnet"),
    (b'<link rel="EditURI" href="http://blog.example/mt/mt-xmlrpc.cgi" /><meta name="generator" '
     b'content="Movable Type 3.01D" /><div id="c1952"><p>Nice.</p><p class="posted">Posted by: Ann at '
     b'July 6, 2004 02:25 PM</p></div>', "movabletype")])
def test_comment_systems_we_do_not_parse_are_named(marker, system):
    data = page_bytes("generic_plain.html").replace(b"</body>", marker + b"</body>")
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.comment_system, p.comments) == ("other", ())
    assert p.notes[-1] == f"comment system not supported: {system}"


def test_contao_comments_are_a_named_unsupported_system():
    data = page_bytes("generic_plain.html").replace(
        b"</body>", b'<div class="ce_comments block"><div class="comment_default" id="c170">'
                    b'<p class="info"><span>Nicolai</span> schrieb:</p><div class="comment"><p>Gut.</p></div>'
                    b"</div></div></body>")
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.format, p.comment_system) == ("generic_html", "other")
    assert p.notes[-1] == "comment system not supported: contao"


# --- Drupal -----------------------------------------------------------------------------------

def test_drupal7_thread_from_indented_blocks():
    # Replies sit in a div.indented after their parent, not inside it; RDFa gives machine dates.
    p = page("drupal7_nested.html")
    assert (p.format, p.comment_system, p.site) == ("drupal_html", "drupal", "stadtbote.example")
    assert [(c.native_id, c.author, c.parent_position, c.depth) for c in p.comments] == [
        ("9001", "Ute K.", None, 0), ("9003", "Petra Hahn", 0, 1), ("9004", "Ute K.", 1, 2),
        ("9002", "Gast", None, 0)]
    assert [c.parent_method for c in p.comments] == [None, "html-nesting", "html-nesting", None]
    first = p.comments[0]
    assert first.text == "Endlich! Der Ring war bisher lebensgefährlich.\n\nHoffentlich wird es diesmal auch gebaut."
    assert first.posted.raw == "Mo., 12.04.2021 - 09:14"
    assert first.posted.utc.isoformat() == "2021-04-12T07:14:00+00:00"
    # The pager inside the comment area: the thread continues on another page.
    assert p.truncation_reasons == ("comment-pagination",) and p.notes == ()
    assert "Endlich" not in p.body and "Neuen Kommentar" not in p.body


def test_drupal7_node_byline_and_rdfa_count_of_its_own_node():
    p = page("drupal7_nested.html")
    assert p.byline == "Petra Hahn"  # the node's submitted line, not a commenter's
    # sioc:num_replies counts the node's comments; a teaser of another node has its own.
    data = page_bytes("drupal7_nested.html").replace(
        b'<div class="content">\n    <div class="field field-name-body',
        b'<span property="sioc:num_replies" content="7" datatype="xsd:integer"></span>'
        b'<div class="content">\n    <div class="field field-name-body').replace(
        b"</body>", b'<div about="/artikel/anderes" typeof="sioc:Item foaf:Document">'
                    b'<span property="sioc:num_replies" content="99" datatype="xsd:integer"></span></div></body>')
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.declared_comment_count == 7
    assert p.truncation_reasons == ("comment-pagination", "declared-exceeds-parsed")
    # a full node page prints it in its head: a <meta> with its own "about"
    data = page_bytes("drupal7_nested.html").replace(
        b"</head>", b'<meta about="/artikel/neue-radwege-am-ring" property="sioc:num_replies" content="5" '
                    b'datatype="xsd:integer" /></head>')
    assert parse_page(data, page_id="p", suffix=".html").declared_comment_count == 5


def test_drupal_anonymous_names_in_any_language_and_bare_creator_lines():
    gast = b'<span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">Gast</span>'
    data = page_bytes("drupal7_nested.html")
    assert data.count(gast) == 1
    labelled = data.replace(gast, gast.replace(b">Gast<", ">Gast (未验证)<".encode()))
    assert parse_page(labelled, page_id="p", suffix=".html").comments[3].author == "Gast"
    bare = data.replace(b'<span rel="sioc:has_creator">' + gast + b"</span>",
                        b'<span rel="sioc:has_creator">john379 on 12 Apr 2021</span>')
    p = parse_page(bare, page_id="p", suffix=".html")
    assert p.comments[3].author == "john379"


def test_drupal6_flat_list_submitted_lines():
    # "Soumis par NAME le DATE.": the name's element, then the date after it without the
    # joining word; the "(non vérifié)" label of an anonymous name is no part of it.
    p = page("drupal6_flat.html")
    assert p.declared_comment_count == 3 and not p.truncated
    assert [(c.native_id, c.author, c.parent_position, c.depth) for c in p.comments] == [
        ("501", "Marc", None, 0), ("502", "Anne-Lise", None, 0), ("503", "Hélène Roux", None, 0)]
    assert [c.posted.raw for c in p.comments] == [
        "mar, 14/05/2019 - 09:12", "mar, 14/05/2019 - 21:30", "mer, 15/05/2019 - 08:03"]
    assert p.comments[1].posted.local.isoformat() == "2019-05-14T21:30:00"
    assert p.comments[1].text == "Et le stationnement ? Le samedi c'était déjà impossible.\nOn verra bien."
    assert "Stationnement" not in " ".join(c.text for c in p.comments)  # the subject heading
    assert "répondre" not in " ".join(c.text for c in p.comments)
    # the node's own submitted line, never a comment's: byline and published date
    assert (p.byline, p.published.raw) == ("Hélène Roux", "mar, 14/05/2019 - 07:45")


def test_loose_date_lines_are_the_posts_own_and_a_dash_tail_is_a_name_only_in_drupals_line():
    # A sidebar teaser's submitted line comes first in Garland's source; a theme's meta line
    # "DATE — Leave a comment" names nobody.
    doc = ("<html><head><title>Bees on the roof | Ridge Notes</title></head><body>"
           "<div id='sidebar-left'><div class='block'><div class='node'><span class='submitted'>"
           "Mon, 01/05/2009 - 10:00 — otto</span></div></div></div><h2>Bees on the roof</h2>"
           "<div class='node'><span class='submitted'>Thu, 03/12/2009 - 19:30 — rfay</span>"
           "<div class='content'><p>The hives came through the winter, all four of them.</p></div></div></body></html>")
    p = parse_page(doc.encode(), page_id="g", suffix=".html")
    assert (p.byline, p.published.raw) == ("rfay", "Thu, 03/12/2009 - 19:30")
    doc = ("<html><head><title>Bees</title></head><body><article><h1 class='entry-title'>Bees</h1>"
           "<div class='entry-meta'>March 3, 2020 — Leave a comment</div>"
           "<p>The hives came through the winter, all four of them.</p></article></body></html>")
    p = parse_page(doc.encode(), page_id="w", suffix=".html")
    assert (p.byline, p.published.raw) == (None, "March 3, 2020")


def test_garland_node_line_date_dash_name_gives_byline_and_published():
    doc = ("<html><head><title>Bees on the roof | Ridge Notes</title></head><body>"
           "<h1><a href='../../index/index.html'>Ridge Notes</a></h1><h2>Bees on the roof</h2>"
           "<div id='node-15' class='node'><span class='submitted'>Thu, 03/12/2009 - 19:30 — rfay</span>"
           "<div class='content'><p>The hives came through the winter, all four of them.</p></div></div>"
           "<div id='comments'><a id='comment-3'></a><div class='comment'><span class='submitted'>"
           "Fri, 03/13/2009 - 08:00 — Ann (not verified)</span><h3><a href='#comment-3'>Lovely</a></h3>"
           "<div class='content'>Lovely news.</div></div></div></body></html>")
    p = parse_page(doc.encode(), page_id="g", suffix=".html")
    assert (p.title, p.byline, p.published.raw) == ("Bees on the roof", "rfay", "Thu, 03/12/2009 - 19:30")


def test_drupal_unlinked_names_after_the_label_every_submitted_line_shares():
    # A translation the parser has no table for ("Napsal uživatel NAME dne DATE.", cs) and a
    # name printed bare, neither linked nor in a username element: the words every comment's
    # submitted line starts with are the label, the name runs from there to the date.
    data = page_bytes("drupal6_flat.html").replace("Soumis par".encode(), "Napsal uživatel".encode()) \
        .replace(b"> le ", b"> dne ").replace(b"</span> le ", b"</span> dne ") \
        .replace('<span class="username">Anne-Lise (non vérifié)</span>'.encode(), "Anne-Lise Dvořák".encode())
    p = parse_page(data, page_id="cs", suffix=".html")
    assert [(c.native_id, c.author, c.posted.raw) for c in p.comments] == [
        ("501", "Marc", "mar, 14/05/2019 - 09:12"), ("502", "Anne-Lise Dvořák", "mar, 14/05/2019 - 21:30"),
        ("503", "Hélène Roux", "mer, 15/05/2019 - 08:03")]
    # Every name starting with one word: the label still ends at its last lower-case word.
    same = data.replace(b">Marc</a>", b">Anne-Lise Novak</a>").replace("Hélène Roux</a> dne mer".encode(),
                                                                      "Anne-Lise Roux</a> dne mer".encode())
    same = same.replace(b'<a href="/user/7" title="Voir le profil utilisateur.">Anne-Lise Novak</a>', b"Anne-Lise Novak") \
        .replace('<a href="/user/2" title="Voir le profil utilisateur.">Anne-Lise Roux</a>'.encode(), b"Anne-Lise Roux")
    p = parse_page(same, page_id="cs", suffix=".html")
    assert [c.author for c in p.comments] == ["Anne-Lise Novak", "Anne-Lise Dvořák", "Anne-Lise Roux"]
    # every comment by one name: the label still ends before it
    one = same.replace(b"Anne-Lise Novak", b"Anonymous").replace("Anne-Lise Dvořák".encode(), b"Anonymous") \
        .replace(b"Anne-Lise Roux", b"Anonymous")
    assert [c.author for c in parse_page(one, page_id="cs", suffix=".html").comments] == ["Anonymous"] * 3


@pytest.mark.parametrize("title_tag, banner, post, expected", [
    # Drupal's Garland: the site in the h1 (a logo linking a mirror's home), the post in an h2
    ("Bees on the roof | Ridge Notes", '<h1><a href="../../index/index.html">Ridge Notes Bees and more</a></h1>',
     "<h2>Bees on the roof</h2>", "Bees on the roof"),
    # the h1 is the title's site part itself
    ("Bees on the roof | Ridge Notes", '<h1><a href="../index.html">Ridge Notes</a></h1>',
     "<h2>Bees on the roof</h2>", "Bees on the roof"),
    # Movable Type: "SITE: POST", the post title in an h3
    ("Ridge Notes: Bees on the roof", '<h1><a href="../index.html">Ridge Notes</a></h1>',
     '<h2 class="date">May 02, 2005</h2><h3 class="title">Bees on the roof</h3>', "Bees on the roof"),
    # the h1 is the post's part: it stays, whatever other heading names the site
    ("Bees on the roof | Ridge Notes", "<h1>Bees on the roof</h1>", "<h2>Ridge Notes</h2>", "Bees on the roof"),
    ("Ridge Notes | Bees on the roof", "<h1>Bees on the roof</h1>", "<h3>Ridge Notes</h3>", "Bees on the roof"),
    # a title with a colon of its own is no "SITE: POST"
    ("Review: Bees on the roof", "<h1>Review: Bees on the roof</h1>", "<h2>Bees on the roof</h2>",
     "Review: Bees on the roof"),
    # a banner h1 without a home link that the <title> does not mention, the post's h2 the
    # whole <title>; an h1 the <title> mentions stays
    ("Bees on the roof", "<h1>Ridge Notes</h1>", "<h2>Bees on the roof</h2>", "Bees on the roof"),
    ("Bees on the roof", "<h1>Bees</h1>", "<h2>Bees on the roof</h2>", "Bees"),
])
def test_a_banner_h1_gives_way_to_the_heading_the_title_tag_names(title_tag, banner, post, expected):
    doc = (f"<html><head><title>{title_tag}</title></head><body>{banner}<div id='main'>{post}"
           "<p>The hives came through the winter, all four of them, and the first honey is in.</p>"
           "<p>Next year we add two more.</p></div></body></html>")
    p = parse_page(doc.encode(), page_id="t", suffix=".html")
    assert p.title == expected


def test_drupal10_olivero_comments_and_body():
    p = page("drupal10_olivero.html")
    assert (p.title, p.byline) == ("Ferry timetable changes from June", "Owen Price")
    assert [(c.native_id, c.author, c.parent_position) for c in p.comments] == [
        ("41", "Ana", None), ("43", "Owen Price", 0), ("42", "Bertie", None)]
    # The printed time, not the data-comment-timestamp (the last change).
    assert p.comments[1].posted.local.isoformat() == "2024-05-22T09:05:00"
    assert p.comments[1].text == "The operator says a shuttle bus will meet the first sailing."
    assert p.body.endswith("for the summer season.")  # no comment and no form in the body


def test_drupal_flat_display_uses_the_markup_parent_id():
    # Threading switched off: no div.indented, but the hidden "In reply to" permalink names it.
    data = page_bytes("drupal10_olivero.html").replace(b'<div class="indented">', b"<div>")
    p = parse_page(data, page_id="p", suffix=".html")
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert p.comments[1].parent_method == "native-parent-id" and p.comments[1].depth == 1


def test_drupal_own_hidden_permalink_is_no_parent():
    # A theme's hidden permalink before the "In reply to" line of a nested reply.
    data = page_bytes("drupal10_olivero.html").replace(
        b'<p class="comment__time">Wed, 05/22/2024 - 09:05</p>',
        b'<p class="comment__time">Wed, 05/22/2024 - 09:05</p>'
        b'<p class="visually-hidden"><a href="/comment/43#comment-43">Permalink</a></p>')
    assert data.count(b"/comment/43#comment-43") == 2
    p = parse_page(data, page_id="p", suffix=".html")
    assert [c.parent_position for c in p.comments] == [None, 0, None] and p.notes == ()


def test_drupal_nesting_wins_over_a_contradicting_parent_id_with_a_note():
    data = page_bytes("drupal7_nested.html").replace(
        b'resource="/comment/9003#comment-9003"', b'resource="/comment/9002#comment-9002"')
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.comments[2].parent_position == 1
    assert p.notes == ("comment 9004: nested under comment 9003, but its markup names 9002 as its parent",)


def test_drupal_anchor_without_comment_element_is_no_comment():
    data = page_bytes("drupal6_flat.html")
    assert b'<a id="comment-tracker"></a>' in data  # a non-numeric anchor before the form
    broken = data.replace(b'<a id="comment-503"></a>\n<div class="comment', b'<a id="comment-503"></a>\n<div class="box')
    p = parse_page(broken, page_id="p", suffix=".html")
    assert [c.native_id for c in p.comments] == ["501", "502"]
    assert p.truncation_reasons == ("declared-exceeds-parsed",)


def test_drupal_detection_needs_drupal_evidence():
    # The same anchor-and-item markup without any sign of Drupal is not claimed.
    data = page_bytes("drupal6_flat.html").replace(b"Drupal.settings", b"App.settings").replace(
        b"/comment/reply/", b"/reply/")
    assert drupal_html.detect(data, ".html") == 0.0
    assert drupal_html.detect(page_bytes("drupal6_flat.html"), ".html") == 0.8


def test_wordpress_flat_list_threads_by_depth_classes():
    # style="div" with a callback that closes its own div: every item a sibling (WordPress's
    # extra "</div>"s even close the list early); the depth-N classes in page order give the
    # thread, and are the edges' stated method.
    p = page("wp_flat_div_callback.html")
    assert p.declared_comment_count == 5 and not p.truncated
    assert [(c.native_id, c.author, c.depth) for c in p.comments] == [
        ("301", "Harriet", 0), ("302", "Harbour Weekly", 1), ("303", "Harriet", 2),
        ("304", "Owen", 1), ("305", "Ines", 0)]
    assert [c.parent_position for c in p.comments] == [None, 0, 1, 0, None]
    assert [c.parent_method for c in p.comments] == [None, "depth-class", "depth-class", "depth-class", None]
    assert p.comments[2].text == "Thank you!"


@pytest.mark.parametrize("classes", [
    ("depth-2", "depth-1"),  # the first item is a reply: not a whole list
    ("depth-1", "depth-3"),  # a level skipped
    ("depth-1", "comment"),  # an item without its depth
])
def test_wordpress_flat_list_with_inconsistent_depths_stays_flat(classes):
    items = "".join(
        f'<li class="comment {cls}" id="comment-{k}"><div class="comment-author"><cite class="fn">N{k}</cite></div>'
        f'<div class="comment-content"><p>Text {k}</p></div></li>' for k, cls in enumerate(classes, 1))
    data = f'<html><body><article><p>Body.</p></article><ol class="comment-list">{items}</ol></body></html>'
    p = parse_page(data.encode(), page_id="p", suffix=".html")
    assert [c.author for c in p.comments] == ["N1", "N2"]
    assert [c.parent_position for c in p.comments] == [None, None]


@pytest.mark.parametrize("name, authors, texts, declared", [
    # Astra: text in section.ast-comment-content with the reply link inside it.
    ("wp_astra_theme.html", ["Priya", "Mark Baker"],
     ["Mine took ten days in a cold kitchen.", "That is normal. Warmth speeds it up."], 2),
    # Divi: reply link inside .comment-content, count in h1#comments.
    ("wp_divi_theme.html", ["Kim", "Run Editor"],
     ["Which brand do you recommend for wide feet?",
      "Several brands make wide versions; try them in a shop."], 2),
    # Block themes (Comments block): wp-block-comment-* classes, count in .wp-block-comments-title,
    # the reply's author without a reply link to name it.
    ("wp_block_theme.html", ["Nora", "Piet"],
     ["Finally! I missed the sleeper to the coast.", "Same here. The mountain route is the best."], 2),
    # No text box: name and date printed as bare text before the <p>s.
    ("wp_bare_header_theme.html", ["Lena", "Bea"],
     ["Danke für die Tipps!\nIch nehme jetzt ein Öl für die Spitzen.", "Welches Öl denn?"], 2),
])
def test_wordpress_theme_text_boxes(name, authors, texts, declared):
    p = page(name)
    assert [c.author for c in p.comments] == authors
    assert [c.text for c in p.comments] == texts
    assert [c.parent_position for c in p.comments] == [None, 0]
    assert p.declared_comment_count == declared
    assert all(c.posted is not None and c.posted.local is not None for c in p.comments)


def _rows(p):
    return [(c.native_id, c.kind, c.author, c.parent_position, c.depth) for c in p.comments]


def test_wordpress_oceanwp_comment_class_on_inner_article():
    # OceanWP: li#comment-N.comment-container wraps article.comment.depth-N (comment_class() on
    # the article), the replies list follows the article inside the li; dates "j M Y".
    p = page("wp_oceanwp_theme.html")
    assert _rows(p) == [("71", "comment", "Hedgerow Hal", None, 0),
                        ("72", "comment", "Plot Editor", 0, 1),  # no reply link to name him
                        ("75", "comment", "Ines", None, 0)]
    assert [c.text for c in p.comments] == [
        "Do you soak the cloves first?", "No need. Dry cloves root well in damp soil.",
        "Mine went in last week.\nFingers crossed for frost."]
    assert [c.posted.local.isoformat() for c in p.comments] == [
        "2023-10-14T00:00:00", "2023-10-15T00:00:00", "2023-11-02T00:00:00"]
    assert p.comments[1].parent_method == "html-nesting"
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Hedgerow" not in p.body and p.body.startswith("Garlic wants a cold spell")


def test_wordpress_tagdiv_newspaper():
    # tagDiv (Newspaper): li.comment without depth class, the name a bare <cite> in the footer,
    # <time> without datetime, a pingback as class="comment pingback", "3 COMMENTS" in h4.
    p = page("wp_tagdiv_newspaper.html")
    assert _rows(p) == [("5501", "comment", "Deckhand Dee", None, 0),
                        ("5502", "comment", "Bert", 0, 1),
                        ("5507", "pingback", "Coast links of the week", None, 0)]
    assert [c.posted.raw for c in p.comments] == [
        "February 19, 2024 at 11:00 am", "February 19, 2024 at 2:00 pm", "February 20, 2024 at 10:30 am"]
    assert p.comments[1].posted.local.isoformat() == "2024-02-19T14:00:00"
    assert p.comments[0].text == "Twenty pence every year adds up for commuters."
    assert p.comments[2].text == "[…] the ferry fares story from the Quay Times […]"
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Deckhand" not in p.body and "LEAVE A REPLY" not in p.body


def test_wordpress_core_html5_with_jetpack_and_comment_pages():
    # Core html5 walker (Twenty Twenty-One, Kadence, Hello): short pings, Jetpack comment likes
    # appended to the text (a "Loading..." placeholder), the Jetpack form iframe, page 2 of
    # paged comments (the_comments_pagination with an "Older comments" link).
    p = page("wp_core_html5_jetpack.html")
    assert _rows(p) == [("310", "comment", "Rush Seat Rosa", None, 0),
                        ("311", "comment", "Workshop", 0, 1),
                        ("315", "pingback", "Links for June – Chair Blog", None, 0)]
    assert [c.text for c in p.comments][:2] == [
        "What width of spline did you use?", "A 5 mm spline for this seat.\n\nMeasure the groove first."]
    assert [c.likes for c in p.comments] == [None, None, None]  # the count loads in an iframe
    assert p.comments[0].posted.utc.isoformat() == "2023-06-10T19:15:00+00:00"
    assert p.comments[2].posted is None  # a short ping prints no date
    assert p.declared_comment_count == 5
    assert p.truncation_reasons == ("comment-pagination", "declared-exceeds-parsed")
    assert p.body == ("Pre-woven cane comes on a roll and is pressed into a groove with a spline.\n\n"
                      "Soak the cane for an hour so it does not crack.")


def test_wordpress_genesis_separate_ping_list():
    # Genesis html5 callback: span.comment-author-name, time.comment-time[datetime], replies in
    # ul.children; pings in their own ol.ping-list after the comments; an "h3 Comments"
    # heading without a count.
    p = page("wp_genesis_theme.html")
    assert _rows(p) == [("201", "comment", "Gwen Farrow", None, 0),
                        ("203", "comment", "Ada Miller", 0, 1),
                        ("207", "pingback", "Mills of the Lower Valley", None, 0)]
    assert p.comments[1].text == "I would love to hear his stories. I have sent you an email."
    assert p.comments[0].posted.raw == "September 3, 2022 at 10:41 am"
    assert p.comments[0].posted.utc.isoformat() == "2022-09-03T10:41:27+00:00"
    assert p.declared_comment_count is None and not p.truncated
    assert p.byline == "Ada Miller" and "sluice" not in p.body and "Trackbacks" not in p.body


def test_wordpress_generatepress_comment_navigation():
    # GeneratePress: cite.fn in footer.comment-meta, the reply link inside .comment-content,
    # "Pingback: <a>" pings, "← Older Comments" in nav.comment-navigation above and below.
    p = page("wp_generatepress_theme.html")
    assert _rows(p) == [("640", "comment", "Olek", None, 0),
                        ("642", "comment", "Thresholds & Co", 0, 1),
                        ("650", "pingback", "Winter-ready roundup", None, 0)]
    assert [c.text for c in p.comments][:2] == [
        "Does the foam tape survive a winter?", "Two winters if you buy the rubber kind."]
    assert p.comments[0].posted.raw == "November 20, 2024 at 7:44 pm"
    assert p.comments[0].posted.utc.isoformat() == "2024-11-20T18:44:05+00:00"
    assert p.declared_comment_count == 8
    assert p.truncation_reasons == ("comment-pagination", "declared-exceeds-parsed")
    assert "foam tape survive" not in p.body and "Recent" not in p.body


def test_wordpress_hestia_items_closed_before_their_replies():
    # Hestia: div items (Bootstrap media objects) that the callback closes itself, so each
    # ul.children follows its parent instead of lying inside it; the walker's stray </li> tags;
    # "NAME <small>· DATE</small>" in h4.media-heading.
    p = page("wp_hestia_theme.html")
    assert _rows(p) == [("88", "comment", "Stargazer Sam", None, 0),
                        ("89", "comment", "Club Desk", 0, 1),  # named by the heading alone
                        ("93", "comment", "Mira", None, 0)]
    assert [c.text for c in p.comments] == [
        "Which mount would you pair with a 70 mm refractor?",
        "An alt-azimuth mount with slow-motion controls.\n\nIt is light enough to carry to a dark site.",
        "Binoculars first was the best advice I got."]
    assert [c.posted.local.isoformat() for c in p.comments] == [
        "2025-01-08T22:02:00", "2025-01-09T08:15:00", "2025-01-12T18:40:00"]
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Stargazer" not in p.body and p.body.startswith("A small refractor")


def test_wordpress_enfold_count_box_ping_list_and_paging():
    # Enfold: li#li-comment-N > div#comment-N > article, cite.comment_author_name, <time>
    # without datetime, the count in a side box ("3 replies"), pings in ol.pingbacklist,
    # "« Ältere Kommentare" in span.comment_page_nav_links.
    p = page("wp_enfold_theme.html")
    assert _rows(p) == [("1201", "comment", "Konrad", None, 0),
                        ("1202", "comment", "Jule", 0, 1),
                        ("1210", "pingback", "Wochenschau Radnetz", None, 0)]
    assert p.comments[0].text == "Endlich! Fehlt nur noch eine Ampel an der Brücke."
    assert p.comments[1].posted.raw == "15. März 2024 um 8:05 Uhr"
    assert p.comments[1].posted.local.isoformat() == "2024-03-15T08:05:00"
    assert p.declared_comment_count == 3
    assert p.truncation_reasons == ("comment-pagination",)
    assert p.body == ("Seit Montag ist der Radweg zwischen Schleuse und Hafen freigegeben.\n\n"
                      "Er ist drei Meter breit und nachts beleuchtet.")


def _when(p):
    return [c.posted.local.isoformat() if c.posted and c.posted.local else None for c in p.comments]


def test_wordpress_avada_name_date_and_reply_in_one_box():
    # Avada: div.comment-author.meta holds <strong>NAME</strong>, the bare date and the
    # " - Reply" link; text in .comment-text; count in a fusion-title h2.
    p = page("wp_avada_theme.html")
    assert _rows(p) == [("901", "comment", "Potbound Pat", None, 0),
                        ("902", "comment", "Fern Desk", 0, 1),  # no reply link to name him
                        ("910", "comment", "Oskar", None, 0)]
    assert [c.text for c in p.comments] == [
        "Mine dropped two leaves after repotting.\n\nIs that normal?",
        "Yes, it settles within a few weeks.", "Terracotta or plastic?"]
    assert [c.posted.raw for c in p.comments] == [  # without the reply label
        "April 6, 2024 at 9:12 am", "April 6, 2024 at 1:40 pm", "April 8, 2024 at 6:05 pm"]
    assert _when(p) == ["2024-04-06T09:12:00", "2024-04-06T13:40:00", "2024-04-08T18:05:00"]
    assert p.declared_comment_count == 3 and not p.truncated
    assert p.body == "Move it up one pot size only, in spring.\n\nWater it well the day before."


def test_wordpress_neve_id_on_inner_article_and_own_navigation():
    # Neve: li.comment without id (article#comment-item-N), ol.nv-comments-list, text in
    # .nv-comment-content with the reply link, "Pingback:&nbsp;" pings, nav.nv-comment-navigation.
    p = page("wp_neve_theme.html")
    assert _rows(p) == [("481", "comment", "Berth Buddy", None, 0),
                        ("483", "comment", "Rails Editor", 0, 1),
                        ("490", "pingback", "Sleeper round-up", None, 0)]
    assert [c.text for c in p.comments][:2] == [
        "Is there a dining car on the night train?", "Only a snack trolley.\n\nBring your own dinner."]
    assert p.comments[1].posted.utc.isoformat() == "2024-05-03T06:05:00+00:00"
    assert p.comments[2].posted is None
    assert p.declared_comment_count == 5
    assert p.truncation_reasons == ("comment-pagination", "declared-exceeds-parsed")
    assert "Berth" not in p.body and p.body.startswith("The sleeper leaves at ten")


def test_wordpress_soledad_div_items_and_nested_text_boxes():
    # Soledad: style="div" items with replies nested inside, .comment-text holding the name,
    # span.date[datetime] and the real text box .comment-content; "3 Comments" in an h4.
    p = page("wp_soledad_theme.html")
    assert _rows(p) == [("3301", "comment", "Hiker Hanna", None, 0),
                        ("3302", "comment", "Wanderlog", 0, 1),
                        ("3307", "comment", "Trail Notes", None, 0)]
    assert [c.text for c in p.comments] == [
        "Which bakery? There were two when I went.", "The one by the fountain.\n\nIt opens at six.",
        "The upper village is worth the climb."]
    assert p.comments[0].posted.raw == "June 14, 2024 - 7:45 am"
    assert [c.posted.utc.isoformat() for c in p.comments] == [
        "2024-06-14T07:45:00+00:00", "2024-06-14T12:20:00+00:00", "2024-06-20T19:02:00+00:00"]
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Hiker" not in p.body and p.body.startswith("Stay in the upper village")


def test_wordpress_jnews_relative_dates_and_count_after_label():
    # JNews walker: core markup with "2 weeks ago" ages; heading "Comments <span>3</span>".
    crawled = datetime(2025, 3, 1, 12, tzinfo=timezone.utc)
    p = page("wp_jnews_theme.html", options=ParseOptions(crawled_at=crawled))
    assert _rows(p) == [("7001", "comment", "Spoke Sven", None, 0),
                        ("7004", "comment", "Ferry Fan", 0, 1),
                        ("7010", "comment", "Margit", None, 0)]
    assert [c.text for c in p.comments] == [
        "About time. The old lane was far too narrow.", "And the ferry loses riders.",
        "Will e-scooters be allowed?"]
    assert [c.posted.raw for c in p.comments] == ["2 weeks ago", "5 days ago", "2 hours ago"]
    assert _when(p) == ["2025-02-15T12:00:00", "2025-02-24T12:00:00", "2025-03-01T10:00:00"]
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Spoke" not in p.body and p.body.startswith("From Monday the east lane")


def test_wordpress_sahifa_comment_class_inside_li_and_ping_list():
    # TieLabs Sahifa: li#comment-N > div.comment.depth-N (comment_class() inside), cite.fn in
    # .comment-content before the text, ul.children after the div; pings in ol.pinglist
    # (li.comment.pingback without id); "3 comments" in h3#comments-title.
    p = page("wp_sahifa_theme.html")
    assert _rows(p) == [("5120", "comment", "Reader Rosa", None, 0),
                        ("5123", "comment", "Stallholder Sam", 0, 1),
                        (None, "pingback", "Town watch, week 28", None, 0)]
    assert [c.text for c in p.comments][:2] == [
        "A library would bring people into the centre again.", "And where would the Saturday market go?"]
    assert _when(p) == ["2024-07-09T16:10:00", "2024-07-09T18:45:00", None]
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Rosa" not in p.body and p.body.startswith("The council will decide")


def test_wordpress_twentynineteen_walker_and_discussion_meta():
    # Twenty Nineteen walker: span.fn inside the author link, reply link after the article,
    # an avatar list of the commenters above, "Join the Conversation" with the count in
    # p.discussion-meta-info, the form before the list.
    p = page("wp_twentynineteen_theme.html")
    assert _rows(p) == [("61", "comment", "Pippin Grove", None, 0),
                        ("62", "comment", "Orchard Keeper", 0, 1),
                        ("65", "pingback", "Garden week in January", None, 0)]
    assert [c.text for c in p.comments][:2] == [
        "Do you seal the big cuts?", "No. A clean cut heals best on its own."]
    assert p.comments[1].posted.utc.isoformat() == "2025-01-18T15:02:10+00:00"
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Pippin" not in p.body and p.body.startswith("Cut out dead wood first")


def test_wordpress_twentyseventeen_svg_reply_and_pagination():
    # Twenty Seventeen (core html5 walker): svg icons in the reply links, "4 Replies to “T”",
    # the_comments_pagination on page 2.
    p = page("wp_twentyseventeen_theme.html")
    assert _rows(p) == [("144", "comment", "Loaf Lotte", None, 0), ("146", "comment", "Crumb", 0, 1)]
    assert [c.text for c in p.comments] == [
        "How long does the piece keep?", "About a week.\n\nAfter that it turns sour."]
    assert p.comments[0].posted.raw == "February 11, 2024 at 8:30 am"
    assert p.comments[0].posted.utc.isoformat() == "2024-02-11T08:30:12+00:00"
    assert p.declared_comment_count == 4
    assert p.truncation_reasons == ("comment-pagination", "declared-exceeds-parsed")
    assert "Loaf" not in p.body and p.body.startswith("Keep a walnut-sized piece")


def test_wordpress_flatsome_meta_after_text():
    # Flatsome: li#li-comment-N > article#comment-N, cite.fn + "says:", the text before the
    # meta (time and reply link); pings as li.post.pingback without id or depth.
    p = page("wp_flatsome_theme.html")
    assert _rows(p) == [("402", "comment", "Skillet Sue", None, 0),
                        ("403", "comment", "Shelf Cook", 0, 1),
                        (None, "pingback", "Pan links roundup", None, 0)]
    assert [c.text for c in p.comments][:2] == [
        "Mine has rust spots after a holiday.", "Scrub them off with steel wool.\n\nThen season it twice."]
    assert p.comments[1].posted.utc.isoformat() == "2024-09-02T08:10:00+00:00"
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Skillet" not in p.body and p.body.startswith("Wash it with hot water")


def test_wordpress_blocksy_ct_classes():
    # Blocksy: ol.ct-comment-list, h4.ct-comment-author > cite, reply link in the meta,
    # text in .ct-comment-content, "3 Comments" in h3.ct-comments-title.
    p = page("wp_blocksy_theme.html")
    assert _rows(p) == [("812", "comment", "Waller Wyn", None, 0),
                        ("813", "comment", "Field Craft", 0, 1),  # named by the cite alone
                        ("820", "comment", "Moss", None, 0)]
    assert [c.text for c in p.comments] == [
        "What about the through-stones?", "One every metre, at half height.\n\nThey tie both faces together.",
        "Lovely work on the coping."]
    assert p.comments[0].posted.raw == "October 5, 2024 / 2:40 pm"
    assert p.comments[0].posted.utc.isoformat() == "2024-10-05T13:40:22+00:00"
    assert p.declared_comment_count == 3 and not p.truncated
    assert "Waller" not in p.body and p.body.startswith("Lay the biggest stones")


def test_wpdiscuz_inline_feedback_quote_is_no_comment_text():
    # An inline-feedback comment carries the quoted passage of the article and "Read more" in
    # its text box (wpDiscuz's walker prepends div.wpd-inline-feedback-wrapper).
    html = (FIX / "wpd_nested.html").read_text(encoding="utf-8").replace(
        '<div class="wpd-comment-text"><p>Stimmt, aber es lohnt sich.</p>',
        '<div class="wpd-comment-text"><div class=\'wpd-inline-feedback-wrapper\'><span '
        'class=\'wpd-inline-feedback-info\'>Feedback zu</span> <i class=\'fas fa-quote-left\'></i>'
        'Die Brücke wird gebaut&quot;  <a class=\'wpd-feedback-content-link\' href=\'#wpd-inline-3\'>'
        'Weiterlesen</a></div><p>Stimmt, aber es lohnt sich.</p>')
    p = parse_page(html.encode("utf-8"), page_id="inline", suffix=".html")
    assert p.comments[1].text == "Stimmt, aber es lohnt sich."


def test_article_metadata_cleanups():
    # A Wayback capture belongs to the archived site; a title escaped twice (WordPress meta
    # tags) is unescaped; a theme's "View all posts by NAME" author link gives the name.
    data = ('<html><head><link rel="canonical" href="https://web.archive.org/web/20160330101229/'
            'http://www.example-bakery.de/rezept/"><meta property="og:title" content="Oliven &amp;#038; Kräuter">'
            '</head><body><article><h1>Oliven</h1><p>Ein Rezept für Brot mit Oliven und Kräutern.</p>'
            '<div class="author-info"><a class="author-link" href="/author/jo/" rel="author">'
            'View all posts by Jo Baker</a></div></article></body></html>').encode()
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.url == "https://web.archive.org/web/20160330101229/http://www.example-bakery.de/rezept/"
    assert p.site == "example-bakery.de"
    assert p.title == "Oliven & Kräuter"
    assert p.byline == "Jo Baker"


@pytest.mark.parametrize("url, site", [
    ("https://www.example.org/a/b?c#d", "example.org"),
    ("https://web.archive.org/web/20130307194448/http://the-example.net/2008/05/x.html", "the-example.net"),
    ("https://web.archive.org/web/20130307194448id_/https://news.example.com/", "news.example.com"),
    ("https://web.archive.org/about/", "web.archive.org"),
    ("example.org/no-scheme", None),
])
def test_site_of(url, site):
    from newscomments.urls import site_of
    assert site_of(url) == site


def test_site_name_heading_is_no_title():
    # Older themes print the site's name as the page's h1 (linking home) and the post title in
    # an h2; the <title> then names the post, followed by the site's name.
    data = ('<html><head><title> Lemon Cake : Cake Recipes</title></head><body>'
            '<h1 class="logo"><a href="https://cakes.example/" title="Cake Recipes">Cake Recipes</a></h1>'
            '<div class="post"><h2><a href="https://cakes.example/lemon-cake/" rel="bookmark">Lemon Cake</a></h2>'
            '<div class="entry"><p>Mix the butter and sugar, then add the lemon zest and eggs.</p></div>'
            '</div></body></html>').encode()
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.title == "Lemon Cake"
    # A heading that does not link home is still the title.
    p = parse_page(data.replace(b'href="https://cakes.example/"', b'href="https://cakes.example/about/"'),
                   page_id="p", suffix=".html")
    assert p.title == "Cake Recipes"


def test_bootstrap_blog_post_and_a_custom_comment_card_kept_out_of_the_body():
    # Bootstrap's blog example: .blog-post-title / .blog-post-meta / .blog-post-text; og:title is
    # the site's name. The comment card (a custom system) is read from its repeated panels and
    # is no part of the body.
    p = page("generic_bootstrap_blog.html")
    assert (p.format, p.title, p.published.raw) == ("generic_html", "Bärlauch richtig ernten", "3. April 2019")
    assert p.body.startswith("Bärlauch wächst im Frühjahr") and p.body.endswith("gibt Sicherheit.")
    assert "Danke" not in p.body
    assert (p.comment_system, p.notes[-1]) == (
        "other", "comments read from the repetition of their markup (comment system: not named)")
    assert [(c.author, c.posted.raw, c.posted.local, c.text, c.parent_position) for c in p.comments] == [
        ("Jonte", "4. April 2019", datetime(2019, 4, 4),
         "Danke für den Hinweis mit dem Geruch, das hilft wirklich sehr beim Sammeln im Wald.", None),
        ("Lene", "5. April 2019", datetime(2019, 4, 5),
         "Gern geschehen, viel Freude beim Sammeln und Kochen mit den Blättern!", None)]


def test_post_byline_link_and_post_footer_date_of_older_themes():
    # Atahualpa: "von <a>NAME</a>" in div.post-byline, the date only in the post footer's sentence.
    data = page_bytes("generic_plain.html").replace(
        b'<div class="main">',
        b'<div class="post"><div class="post-byline">von <a href="/author/heiner/">Heiner</a></div>'
        b'<div class="main">').replace(
        b"</div>\n</body>", b'</div><div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um '
                            b'14:48 von <a href="/author/heiner/">Heiner</a> ver\xc3\xb6ffentlicht.</div></div>\n</body>')
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.byline == "Heiner"
    assert (p.published.raw, p.published.local) == ("14. Dezember 2015 um 14:48", datetime(2015, 12, 14, 14, 48))


# --- SPIP -------------------------------------------------------------------------------------

def test_spip_dist_forum_nested_lists_par_lines_and_anonymous_message():
    p = page("spip_dist_forum.html")
    assert (p.format, p.comment_system, p.declared_comment_count) == ("spip_html", "spip", 3)
    assert [(c.native_id, c.author, c.parent_position, c.depth) for c in p.comments] == [
        ("9101", "Lucie", None, 0), ("9104", "Marcel B.", 0, 1), ("9102", None, None, 0)]
    assert [c.parent_method for c in p.comments] == [None, "html-nesting", None]
    assert [(c.posted.raw, c.posted.local) for c in p.comments] == [
        ("4 mai 2019 10:12", datetime(2019, 5, 4, 10, 12)), ("4 mai 2019 18:40", datetime(2019, 5, 4, 18, 40)),
        ("5 mai 2019 07:05", datetime(2019, 5, 5, 7, 5))]
    # the message's title and its "répondre à ce message" link are no text
    assert p.comments[0].text == "Enfin un marché le samedi sans parapluie.\n\nMerci pour l’article."
    assert p.comments[2].author_source == "unknown"
    # the article: SPIP's .auteurs byline without "par", its text without the publication line
    assert (p.byline, p.published.raw) == ("Odile Ferrand", "2019-05-03T08:00:00Z")
    assert p.body.startswith("Après deux ans de travaux") and "Odile" not in p.body and "Enfin" not in p.body


def test_spip_comments_plugin_machine_dates_reviewer_and_pagination():
    p = page("spip_comments_plugin.html")
    assert (p.format, p.comment_system, p.declared_comment_count) == ("spip_html", "spip", 3)
    assert [(c.native_id, c.author, c.parent_position) for c in p.comments] == [
        ("5501", "Anouk", None), ("5507", "Jo Vallet", 0), ("5490", "Gaston", None)]
    first = p.comments[0]
    assert (first.posted.raw, first.posted.utc) == ("Le 14 janvier à 20:05",
                                                    datetime(2020, 1, 14, 19, 5, 10, tzinfo=timezone.utc))
    assert first.text == "Très beau reportage, on s’y croirait.\nEt les voisins d’escale, quelle équipe !"
    assert p.truncation_reasons == ("comment-pagination",)
    # og:title "Post | Section | Site" begins with the post's heading: the heading is the title
    assert p.title == "Les péniches de la Saône"


def test_spip_reply_shown_flat_takes_its_parent_from_the_in_reply_to_link():
    data = page_bytes("spip_comments_plugin.html")
    start = data.index(b'      <ul class="comments-ul comments-items">\n       <li class="comment-li comment-item first last">')
    end = data.index(b"      </ul>\n      <div class=\"comment-reply\">") + len(b"      </ul>\n")
    reply = data[start:end].replace(b'<ul class="comments-ul comments-items">', b"").replace(b"</ul>", b"")
    flat = data[:start] + data[end:]
    flat = flat.replace(b'     <li class="comment-li comment-item even last">', reply + b'     <li class="comment-li comment-item even last">')
    p = parse_page(flat, page_id="p", suffix=".html")
    assert [(c.native_id, c.parent_position, c.parent_method) for c in p.comments] == [
        ("5501", None, None), ("5507", 0, "native-parent-id"), ("5490", None, None)]


def test_spip_detection_needs_a_forum_anchor_and_spip_evidence():
    data = page_bytes("spip_dist_forum.html")
    assert spip_html.detect(data, ".html") == 0.75
    assert spip_html.detect(data.replace(b'name="forum9', b'name="post9').replace(b'id="forum9', b'id="post9'), ".html") == 0.0
    no_spip = data.replace(b"SPIP", b"CMS").replace(b"spip", b"cms").replace(b"forum-", b"thread-")
    assert spip_html.detect(no_spip, ".html") == 0.0


def test_spip_19_forum_items_with_the_name_in_the_head_line():
    # SPIP 1.9's dist: div.forum with a bare name anchor, the date and "par <strong>NAME</strong>"
    # after the title in .forum-chapo, the text in .forum-item.
    thread = ('<ul><li><div class="forum"><a name="forum77"></a><div class="forum-chapo">'
              '<div class=" forum-titre">Question</div>3 mars 2009, par <strong>Rémi</strong></div>'
              '<div class=" forum-item"><p>Où trouver le programme ?</p></div></div>'
              '<ul><li><div class="forum"><a name="forum79"></a><div class="forum-chapo">'
              '<div class=" forum-titre">re: Question</div>4 mars 2009, par <strong>La rédaction</strong></div>'
              '<div class=" forum-item"><p>En mairie.</p></div></div></li></ul></li></ul>')
    data = page_bytes("generic_plain.html").replace(
        b"</body>", b'<meta name="generator" content="SPIP 1.9.2">' + thread.encode() + b"</body>")
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.format == "spip_html"
    assert [(c.native_id, c.author, c.posted.raw, c.parent_position, c.text) for c in p.comments] == [
        ("77", "Rémi", "3 mars 2009", None, "Où trouver le programme ?"),
        ("79", "La rédaction", "4 mars 2009", 0, "En mairie.")]


def test_disqus_plugin_copy_of_the_thread_in_wordpress_list_markup():
    # The Disqus WordPress plugin prints the synced thread for readers without JavaScript:
    # li.comment#dsq-comment-N, the name in the header's cite, the text in .dsq-comment-message.
    def item(n, name, text, children=""):
        return (f'<li class="comment depth-1" id="dsq-comment-{n}"><div id="dsq-comment-header-{n}" '
                f'class="dsq-comment-header"><cite id="dsq-cite-{n}"><span id="dsq-author-user-{n}">{name}'
                f'</span></cite></div><div id="dsq-comment-body-{n}" class="dsq-comment-body">'
                f'<div id="dsq-comment-message-{n}" class="dsq-comment-message"><p>{text}</p></div></div>'
                f'{children}</li>')
    reply = '<ul class="children">' + item(36, "Marta", "¿Dónde exactamente?").replace("depth-1", "depth-2") + "</ul>"
    thread = ('<div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">'
              + item(19, "nopisto", "En grasa de buey, claro.", reply) + item(20, "Andreu", "Plaza Saint Josse.")
              + "</ul></div></div>")
    data = page_bytes("generic_plain.html").replace(b"</body>", thread.encode() + b"</body>")
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.format, p.comment_system) == ("wordpress_html", "disqus")
    assert [(c.native_id, c.author, c.parent_position, c.text) for c in p.comments] == [
        ("19", "nopisto", None, "En grasa de buey, claro."), ("36", "Marta", 0, "¿Dónde exactamente?"),
        ("20", "Andreu", None, "Plaza Saint Josse.")]


def test_published_date_is_not_the_modified_one_and_an_empty_author_meta_names_no_one():
    # GeneratePress prints time.updated before time.published; an itemprop=author meta without
    # content in the body must not hide the byline link after it.
    data = page_bytes("wp_badge_in_name.html").replace(
        b'<h1 class="entry-title">Five spring walks on the coast path</h1>',
        b'<h1 class="entry-title">Five spring walks on the coast path</h1><div class="entry-meta">'
        b'<meta itemprop="author"><span class="posted-on"><time class="updated" datetime="2021-06-02T09:00:00+00:00">'
        b'June 2, 2021</time><time class="entry-date published" datetime="2021-04-11T07:30:00+00:00">April 11, 2021'
        b'</time></span> by <span class="byline"><span class="author"><a rel="author" href="/author/wen/">Wen Tregear'
        b'</a></span></span></div>')
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.published.raw, p.byline) == ("2021-04-11T07:30:00+00:00", "Wen Tregear")
    # a theme whose only date is marked "updated" (tagDiv) still gives that date
    only = data.replace(b'<time class="entry-date published" datetime="2021-04-11T07:30:00+00:00">April 11, 2021</time>', b"")
    assert parse_page(only, page_id="p", suffix=".html").published.raw == "2021-06-02T09:00:00+00:00"


def test_kubrick_postmetadata_is_no_body_text():
    data = page_bytes("wp_badge_in_name.html").replace(
        b"<p>Tide tables matter on the third walk, which crosses the estuary sands.</p>",
        b"<p>Tide tables matter on the third walk, which crosses the estuary sands.</p>"
        b'<p class="postmetadata alt"><small>This entry was posted on Sunday, April 11th, 2021 at 7:30 am and is '
        b"filed under Walks. You can follow any responses to this entry through the RSS 2.0 feed.</small></p>")
    body = parse_page(data, page_id="p", suffix=".html").body
    assert body.endswith("crosses the estuary sands.") and "This entry" not in body


def test_entry_author_byline_without_its_by_word():
    data = page_bytes("wp_badge_in_name.html").replace(
        b"</h1>", b'</h1><p class="entry-meta"><span class="entry-author">av Lars Kamfjord</span> | '
                  b'<a href="#comments">2 kommentarer</a></p>', 1)
    assert parse_page(data, page_id="p", suffix=".html").byline == "Lars Kamfjord"


def test_an_items_html5_header_is_no_part_of_its_text():
    # A theme without a text box: the item's <header> holds the name, the dated permalink and
    # the reply link, and the text is a bare <p> beside it.
    item = ('<ol class="comment-list"><li class="comment depth-1" id="li-comment-96"><article id="comment-96">'
            '<div class="content"><header><span class="author">Chris Anamani</span> <a href="#comment-96">'
            '<time datetime="2017-02-23T12:33:18+05:30">February 23, 2017 at 12:33 pm</time></a> '
            '<span class="reply"><a class="comment-reply-link" href="#comment-96">Reply</a></span></header>'
            '<p>Good material.</p></div></article></li></ol>')
    data = page_bytes("generic_plain.html").replace(b"</body>", b'<div id="comments">' + item.encode() + b"</div></body>")
    p = parse_page(data, page_id="h", suffix=".html")
    assert p.format == "wordpress_html"
    assert [(c.author, c.text) for c in p.comments] == [("Chris Anamani", "Good material.")]


def test_a_recent_comments_widget_in_cores_markup_is_no_part_of_the_list():
    # A sidebar widget that prints other posts' comments with core's own list markup (even a
    # second div#comments): the page's own list is read without them.
    widget = ('<aside id="recentcomments-2" class="widget widget_recentcomments"><h3>Recent Comments</h3>'
              '<div id="comments"><ol class="commentlist"><li class="comment depth-1" id="li-comment-90">'
              '<article id="comment-90"><cite class="fn">Memo</cite><p>On another post.</p></article></li>'
              '</ol></div></aside>')
    data = page_bytes("wp_nested.html").replace(b"</main>", b"</main>" + widget.encode(), 1)
    p = parse_page(data, page_id="w", suffix=".html")
    assert [c.native_id for c in p.comments] == ["11", "12", "13", "14"]
    # a page whose only list is in a widget (a page builder's comments widget) keeps it, and so
    # does one whose builder widget in the content holds the list while a pingback is outside
    alone = page_bytes("wp_nested.html").replace(b'<div id="comments"', b'<div class="widget" id="comments"', 1)
    assert len(parse_page(alone, page_id="w", suffix=".html").comments) == 4
    ping = ('<ol class="pings"><li class="pingback depth-1" id="li-comment-20"><div id="comment-20">'
            '<p>Pingback: <a class="url" href="https://x.example/">A linking post</a></p></div></li></ol>')
    builder = page_bytes("wp_nested.html").replace(
        b'<div id="comments"', b'<div class="so-panel widget widget_siteorigin-panels-post-comments" id="comments"', 1
    ).replace(b"</main>", ping.encode() + b"</main>", 1)
    assert len(parse_page(builder, page_id="w", suffix=".html").comments) == 5


def test_author_archive_link_in_a_box_named_for_the_authors_name():
    # tagDiv Newspaper: "By" in its own div, the author archive's link, a dash in another div
    data = page_bytes("wp_badge_in_name.html").replace(
        b"</h1>", b'</h1><header class="td-post-title"><div class="td-module-meta-info"><div class="td-post-author-name">'
                  b'<div class="td-author-by">By</div> <a href="https://blog.example/author/mark/">Mark Beuving'
                  b'</a><div class="td-author-line"> - </div></div></div></header>', 1)
    assert parse_page(data, page_id="p", suffix=".html").byline == "Mark Beuving"
    # a related post's teaser box of the same theme names its own author: no byline of this post
    teaser = page_bytes("wp_badge_in_name.html").replace(
        b"</h1>", b'</h1><div class="td-related-row"><div class="td-module-meta-info"><span class="td-post-author-name">'
                  b'<a href="https://blog.example/author/guest/">Guest Writer</a></span></div></div>', 1)
    assert parse_page(teaser, page_id="p", suffix=".html").byline is None


def test_spip_item_anchored_after_its_nested_reply_is_no_parent_of_it():
    # Broken markup: the outer message's anchor comes after the reply nested in it. A parent
    # always comes first, so the reply stays a root (found by a mutation test: it crashed).
    thread = ('<ul class="forum"><li class="forum-fil"><ul><li><a name="forum2"></a>'
              '<div class="forum-texte"><p>Reply.</p></div></li></ul>'
              '<a name="forum1"></a><div class="forum-texte"><p>First.</p></div></li></ul>')
    data = page_bytes("generic_plain.html").replace(b"</body>", b"<!-- SPIP -->" + thread.encode() + b"</body>")
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.format == "spip_html"
    assert [(c.native_id, c.parent_position, c.text) for c in p.comments] == [("2", None, "Reply."), ("1", None, "First.")]


def test_byline_takes_the_hcard_name_inside_an_author_box_and_hatom_vcards():
    # Fluida: the author box also holds a category link; Tarski: span.vcard.author > a.fn.
    data = page_bytes("wp_badge_in_name.html").replace(
        b"</h1>", b'</h1><div class="entry-meta"><span class="author vcard"><a class="fn" href="/author/marie/">Marie</a>'
                  b' <a href="/category/histoires/">Histoires vraies</a></span></div>', 1)
    assert parse_page(data, page_id="p", suffix=".html").byline == "Marie"
    data = page_bytes("wp_badge_in_name.html").replace(
        b"</h1>", b'</h1><p class="meta">vrijdag 25 januari 2008 door <span class="vcard author">'
                  b'<a class="url fn" href="/author/janny/">Janny</a></span></p>', 1)
    assert parse_page(data, page_id="p", suffix=".html").byline == "Janny"


def test_an_english_label_on_a_page_written_in_another_language_gives_way():
    # WordPress's default locale prints lang="en-US" on blogs in any language.
    para = "<p>Le marché couvert du quai Sud accueille de nouveau ses commerçants dès samedi matin, et les " \
           "habitants sont nombreux à attendre ce moment depuis le début des travaux il y a deux ans.</p>"
    data = page_bytes("wp_badge_in_name.html").replace(b'lang="en-GB"', b'lang="en-US"').replace(
        b'<div class="entry-content">', b'<div class="entry-content">' + (para * 4).encode(), 1)
    p = parse_page(data, page_id="p", suffix=".html")
    assert p.language == "fr"
    assert page("wp_badge_in_name.html").language == "en"


def test_wpdiscuz_5_trackback_avatar_and_read_more_control():
    # 5.x: the trackback icon sits in the left column beside the own box; "… Read more »"
    # (wpDiscuz cut the text on the server) is no text and flags collapsed-text.
    data = page_bytes("wpd5_wc_markup.html").replace(
        b"<img alt='Sam' src='https://secure.gravatar.com/avatar/c?s=64'",
        b"<img alt='trackback' src='https://x.example/wp-content/plugins/wpdiscuz/assets/img/trackback.png'")
    data = data.replace(b"The last crossing at six was always full.",
                        b'The last crossing at six<span id="wpdiscuz-readmore-301_0"><span class="wpdiscuz-hellip">'
                        b'&hellip; </span><span class="wpdiscuz-readmore">Read more &raquo;</span></span>', 1)
    p = parse_page(data, page_id="p", suffix=".html")
    assert [c.kind for c in p.comments] == ["comment", "comment", "trackback"]
    assert p.comments[0].text == "About time. The last crossing at six"
    assert "collapsed-text" in p.truncation_reasons


@pytest.mark.parametrize("heading, count", [
    ("2 vastausta artikkeliin ”Matka”", 2), ("167 Comentários", 167), ("6 Respuestas a “Adiós”", 6)])
def test_count_headings_in_more_languages(heading, count):
    assert wordpress_html.count_in_title(heading) == count


def test_k2_count_heading_and_divi_comment_dates():
    data = page_bytes("wp_badge_in_name.html").replace(
        b'<h3 class="comments-title">2 Comments</h3>',
        b'<div class="comments"><h4><span id="comments-count">2</span> Responses to &#8220;Five spring walks&#8221;</h4></div>')
    assert parse_page(data, page_id="p", suffix=".html").declared_comment_count == 2
    from newscomments import dates
    from newscomments.htmlpage import selectors as S
    raw = S.DATE_NOISE.sub(" ", "no fevereiro 6, 2020 a partir do 8:42 pm")
    assert dates.parse_date(" ".join(raw.split())).local == datetime(2020, 2, 6, 20, 42)


def test_root_relative_canonical_joins_the_url_the_page_was_fetched_from():
    from newscomments.options import ParseOptions
    data = page_bytes("wp_badge_in_name.html").replace(
        b'href="https://tideline.example/spring-walks/"', b'href="/2021/04/spring-walks/"')
    p = parse_page(data, page_id="p", suffix=".html", options=ParseOptions(url="https://tideline.example/?p=51"))
    assert (p.url, p.site) == ("https://tideline.example/2021/04/spring-walks/", "tideline.example")
    # no caller's url: the host the comments' own permalinks name, the canonical's path on it
    assert parse_page(data, page_id="p", suffix=".html").url == "https://tideline.example/2021/04/spring-walks/"
    bare = data.replace(b"https://tideline.example/spring-walks/#comment-", b"#comment-")
    assert parse_page(bare, page_id="p", suffix=".html").url is None  # no host known: none invented


def test_wordpress_items_known_by_core_ids_alone_with_spacers_before_the_replies():
    # ThemeGoods' Photome: "div.comment#comment-N" without a list class or depth-N, the replies'
    # ul.children after the item behind <br>, <hr> and an empty spacer box; names from core's
    # reply-link labels (pl "Odpowiedz użytkownikowi NAME", en "Reply to NAME").
    p = page("wp_id_only_items.html")
    assert p.format == "wordpress_html" and p.comment_system == "wordpress"
    assert _rows(p) == [("301", "comment", "Ogrodniczka", None, 0),
                        ("302", "comment", "Autorka", 0, 1),
                        ("305", "comment", "Marek", None, 0)]
    assert [c.posted.local.isoformat() for c in p.comments] == [
        "2013-04-03T18:20:00", "2013-04-04T07:05:00", "2013-04-06T21:40:00"]
    assert p.comments[1].text == "Raczej nie, ale można ją ukorzenić w wodzie."


def test_wordpress_core_reply_link_alone_does_not_claim_another_systems_page():
    # A comments plugin that prints core's reply link and comment-N ids on items without a kind
    # class is not read as WordPress's list (its own note stays).
    data = (b'<html><body><article><h1>T</h1><p>Body text of the post.</p></article>'
            b'<div id="epoch-wrap"><div id="comment-9"><article class="epoch-comment-body">'
            b'<p>Hi</p><a class="comment-reply-link" href="#">Reply</a></article></div></div></body></html>')
    assert formats.detect(data, ".html") is generic_html


def test_wordpress_woothemes_comment_head_name_box():
    # WooThemes (Canvas): .comment-head > span.name / span.date / span.perma, comments closed
    # (no reply link to name the commenter).
    p = page("wp_woothemes_comment_head.html")
    assert _rows(p) == [("41", "comment", "Lucia Ferri", None, 0), ("44", "comment", "Paolo", None, 0)]
    assert [c.posted.raw for c in p.comments] == ["30 giugno 2011 a 7:15 pm", "1 luglio 2011 a 9:30 am"]


@pytest.mark.parametrize("heading, title", [
    ('<h1 class="entry-title" itemprop="headline">Trapped In A Dating Sim</h1>', "Trapped In A Dating Sim"),
    ('<h1 itemprop="headline">Trapped In A Dating Sim</h1>', "Trapped In A Dating Sim"),
    # an unmarked heading that only starts the title's first part is no title
    ("<h1>Trapped In A Dating Sim</h1>", "Trapped In A Dating Sim Manga Review | MangaShelf")])
def test_seo_title_that_adds_words_after_the_marked_post_heading(heading, title):
    data = ('<html><head><meta property="og:title" content="Trapped In A Dating Sim Manga Review | MangaShelf">'
            f'</head><body><article>{heading}<p>A review of the series, volume one.</p></article></body></html>')
    assert parse_page(data.encode(), page_id="p", suffix=".html").title == title


def test_blogger_classic_upper_case_tags_and_a_template_with_its_own_class_names():
    data = page_bytes("blogger_classic.html")
    upper = data.replace(b"<dt ", b"<DT ").replace(b"</dt>", b"</DT>").replace(b"<dd ", b"<DD ") \
        .replace(b"</dd>", b"</DD>").replace(b"<dl ", b"<DL ").replace(b"</dl>", b"</DL>")
    # a template of its own: "dt.comment-poster", the permalink straight in "dd.comment-timestamp"
    custom = data.replace(b"class='comment-author ", b"class='comment-poster ") \
        .replace(b"<dd class='comment-footer'>\n<span class='comment-timestamp'>",
                 b"<dd class='comment-timestamp'>\n<span>")
    assert custom.count(b"comment-poster") == 3 and custom.count(b"<dd class='comment-timestamp'>") == 3
    for variant in (upper, custom):
        assert formats.detect(variant, ".html") is blogger_html
        p = parse_page(variant, page_id="p", suffix=".html")
        assert [(c.native_id, c.author) for c in p.comments] == [
            ("5101", "Henrike"), ("5102", "Till"), ("5103", "Anonym")]
        assert p.comments[1].text == "Leinöl, zweimal.\nDanke!"
        assert p.comments[0].posted.utc.isoformat() == "2011-03-12T17:44:00+00:00"


def test_drupal6_garland_date_then_name_lines():
    # Garland (Drupal 6's default theme): "DATE — NAME" in div.submitted, the name linked for
    # members and bare for anonymous visitors; the date keeps its own " - " before the time.
    data = page_bytes("drupal6_flat.html")
    data = data.replace(b'<div class="submitted">Soumis par <a href="/user/7" title="Voir le profil utilisateur.">'
                        b'Marc</a> le mar, 14/05/2019 - 09:12.</div>',
                        b'<div class="submitted">mar, 14/05/2019 - 09:12 \xe2\x80\x94 '
                        b'<a href="/user/7" title="Voir le profil utilisateur.">Marc</a></div>')
    data = data.replace(b'<div class="submitted">Soumis par <span class="username">Anne-Lise (non v\xc3\xa9rifi\xc3\xa9)'
                        b'</span> le mar, 14/05/2019 - 21:30.</div>',
                        b'<div class="submitted">mar, 14/05/2019 - 21:30 \xe2\x80\x94 Anne-Lise (non v\xc3\xa9rifi\xc3\xa9)</div>')
    assert data.count("—".encode()) == 2
    p = parse_page(data, page_id="p", suffix=".html")
    assert [(c.native_id, c.author) for c in p.comments] == [
        ("501", "Marc"), ("502", "Anne-Lise"), ("503", "Hélène Roux")]
    assert [c.posted.raw for c in p.comments] == [
        "mar, 14/05/2019 - 09:12", "mar, 14/05/2019 - 21:30", "mer, 15/05/2019 - 08:03"]


def test_drupal8_author_box_holding_the_whole_submitted_line():
    # A theme whose p.comment__author holds "Permalink Submitted by NAME DATE": the RDFa name
    # inside it is the name.
    data = page_bytes("drupal10_olivero.html").replace(
        b'<p class="comment__author"><span>Ana</span></p>',
        b'<p class="comment__author"><a href="/comment/41#comment-41">Permalink</a> Submitted by '
        b'<span rel="schema:author"><span typeof="schema:Person" property="schema:name">Ana (not verified)'
        b'</span></span> Sat, 06/22/2019 - 15:06</p>')
    p = parse_page(data, page_id="p", suffix=".html")
    assert [c.author for c in p.comments] == ["Ana", "Owen Price", "Bertie"]


def test_wordpress_kubrick_copy_without_list_classes():
    # An old theme built on Kubrick's comments.php: "<div id="comments">", a bare <ol> of
    # "li.alt#comment-N" (no comment_class()), "NAME, DATE" in the meta box (the name linked
    # or not), and a second list of its own ("ul#cml": "<cite>NAME<a href=#comment-N>DATE</a>").
    p = page("wp_kubrick_classless.html")
    assert (p.format, p.declared_comment_count) == ("wordpress_html", 3)
    assert _rows(p) == [("950", "comment", "Barış Akkurt", None, 0), ("951", "comment", "Deniz", None, 0),
                        ("960", "comment", "Selin", None, 0)]
    assert [c.posted.raw for c in p.comments] == ["18 Nisan 2013", "19 Nisan 2013", "26.04.2013, 19:30"]
    assert [c.posted.local.date().isoformat() for c in p.comments] == ["2013-04-18", "2013-04-19", "2013-04-26"]
    assert p.comments[1].text == "Çeviri projeleri de bir çözüm olabilir."


@pytest.mark.parametrize("heading, count", [
    ("6 respostas para “Eurotrip”", 6), ("Uma resposta para “Eurotrip”", 1), ("2 yorum", 2),
    ("Plural: 2 Comentarios Añadir valoración", 2), ("Page 2 of 5", None)])
def test_count_headings_in_more_languages_and_with_a_link_after_the_count(heading, count):
    assert wordpress_html.count_in_title(heading) == count


@pytest.mark.parametrize("meta, raw, byline", [
    # Liquorice and other hAtom themes: the date and "by NAME" in p.date under the title
    ('<p class="date"><small>25.02.2016 by henrik</small></p>', "25.02.2016", "henrik"),
    # Kubrick's copies: "<small>DATE von NAME</small>" under the title
    ("<small>11.09.2011, 16:20 von ilse   </small>", "11.09.2011, 16:20", "ilse")])
def test_printed_meta_line_gives_date_and_the_name_after_it(meta, raw, byline):
    data = (f'<html lang="sv"><body><div id="post-830" class="post-830 post hentry">'
            f'<h1 class="postTitle">Nya visor</h1>{meta}<div class="entry"><p>Vinnarvisorna är utsedda.</p>'
            f"</div></div></body></html>").encode()
    p = parse_page(data, page_id="p", suffix=".html")
    assert (p.published.raw, p.byline) == (raw, byline)


def test_classic_blog_title_ending_with_the_post_heading():
    # Blogger's and Movable Type's classic titles are "BLOG: POST"; the post's heading ends it.
    data = ("<html><head><title>David Walend's Blog: Coupling in Software Architecture</title></head><body>"
            "<h1><a href='/'>David Walend's Blog</a></h1><div class='post'><h3>Coupling in Software Architecture"
            "</h3><p>Coupling is the degree to which one part depends on another.</p></div></body></html>")
    assert parse_page(data.encode(), page_id="p", suffix=".html").title == "Coupling in Software Architecture"
    # a heading that only ends the title's last part is no title; the site's name, the h1
    # that links home, is still cut from the front of the <title>
    other = data.replace("<h3>Coupling in Software Architecture</h3>", "<h3>Architecture</h3>")
    assert parse_page(other.encode(), page_id="p", suffix=".html").title == "Coupling in Software Architecture"
    # without a heading that links home, nothing says which part is the site's
    bare = other.replace("<h1><a href='/'>David Walend's Blog</a></h1>", "")
    assert parse_page(bare.encode(), page_id="p", suffix=".html").title == \
        "David Walend's Blog: Coupling in Software Architecture"


def test_text_box_holding_the_name_and_date_boxes_and_a_separator_before_the_reply_link():
    # A theme whose .comment-text wraps its own name and date boxes beside the text (.text),
    # and prints "DATE · Reply" (the "·" alone where no reply link is, at the deepest level).
    item = ("<li class='comment depth-{d}' id='li-comment-{id}'><div id='comment-{id}' class='comment-body'>"
            "<div class='avatar'><img src='a.png' alt='' class='avatar photo'></div><div class='comment-text'>"
            "<div class='author'><span><a href='http://x.example/' rel='external nofollow' class='url'>{name}</a>"
            "</span><div class='date'>{date} · {reply}</div></div><div class='text'><p>{text}</p></div>"
            "</div></div>")
    reply = "<a rel='nofollow' class='comment-reply-link' href='?replytocom=119#respond'>Reply</a>"
    doc = ("<html><head><title>Fix it</title></head><body><article><h1>Fix it</h1><div class='entry-content'>"
           "<p>An article long enough to be the body of this page, with a few words more.</p></div></article>"
           "<div id='comments'><ol class='commentlist'>"
           + item.format(d=1, id=119, name="mojo706", date="March 12, 2015 at 10:08 pm", reply=reply,
                         text="Thanks, worked on my laptop!")
           + "<ul class='children'>"
           + item.format(d=2, id=120, name="pixel.ninja", date="March 12, 2015 at 11:43 pm", reply="",
                         text="Delighted it helped.")
           + "</li></ul></li></ol></div></body></html>")
    p = parse_page(doc.encode(), page_id="x", suffix=".html")
    assert [(c.author, c.posted.raw, c.posted.local, c.text, c.parent_position) for c in p.comments] == [
        ("mojo706", "March 12, 2015 at 10:08 pm", datetime(2015, 3, 12, 22, 8), "Thanks, worked on my laptop!", None),
        ("pixel.ninja", "March 12, 2015 at 11:43 pm", datetime(2015, 3, 12, 23, 43), "Delighted it helped.", 0)]


def test_a_themes_running_comment_number_is_no_text():
    # Pixelgrade's themes print span.comment-number in each item, before the avatar and name.
    doc = ("<html><head><title>Baby</title></head><body><article><h1>Baby</h1><div class='entry-content'>"
           "<p>An article long enough to be the body of this page, with a few words more.</p></div></article>"
           "<div id='comments'><ol class='commentlist'><li class='comment depth-1'>"
           "<article id='comment-83694' class='comment-article media'><span class='comment-number'>1</span>"
           "<div class='media__body'><header class='comment__meta comment-author'>"
           "<span class='comment__author-name'>Julia</span><time class='comment__time' datetime='2020-08-11T09:52:46+02:00'>"
           "<a href='#comment-83694'>on 11/08/2020 at 9:52</a></time></header>"
           "<div class='comment__content comment'><p>So schön geschrieben.</p></div></div></article></li>"
           "</ol></div></body></html>")
    p = parse_page(doc.encode(), page_id="x", suffix=".html")
    assert [(c.author, c.native_id, c.text) for c in p.comments] == [("Julia", "83694", "So schön geschrieben.")]


def test_chinese_core_count_heading_title_first():
    assert wordpress_html.count_in_title("《iOS利器“小火箭”最全使用教程》有81个想法") == 81
    assert wordpress_html.count_in_title("Hello world有3条评论") == 3


def test_japanese_and_korean_core_count_headings():
    assert wordpress_html.count_in_title("「春の庭の手入れ」への4件のフィードバック") == 4
    assert wordpress_html.count_in_title("「T」への12件の返信") == 12  # Twenty Twenty and later
    assert wordpress_html.count_in_title("4件のコメント") == 4
    assert wordpress_html.count_in_title("“T”에 대한 3개의 생각") == 3
    assert wordpress_html.count_in_title("2件の関連記事") is None  # "2 related posts"
    assert wordpress_html.count_in_title("コメントを残す") is None  # the form's "Leave a comment"


def test_japanese_core_list_count_and_localized_ping_labels():
    # ja core: the title in a span inside "「T」へのN件のフィードバック"; pings print
    # "ピンバック: " / "トラックバック：" before their link, as English ones print "Pingback: ".
    p = page("wp_ja_core_feedback.html")
    assert p.declared_comment_count == 4 and not p.truncated
    assert [(c.native_id, c.kind, c.author, c.text, c.parent_position) for c in p.comments] == [
        ("301", "comment", "山田花子", "バジルはトマトの近くによく育ちますね。", None),
        ("302", "comment", "佐藤", "ありがとうございます。試してみます。", 0),
        ("305", "pingback", "四月のリンク集 – 花の記録", "四月のリンク集 – 花の記録", None),
        ("307", "trackback", "種まきの記録", "種まきの記録", None)]
    assert p.byline == "佐藤" and p.language == "ja"


def test_pingbacks_in_the_disqus_plugins_server_side_list():
    # The Disqus plugin's fallback copy of the thread: pings are li.post.pingback (no "comment"
    # class, no id) right in ul#dsq-comments, each followed by a stray </li>.
    doc = ("<html><head><title>Part 2</title></head><body><article><h1>Part 2</h1><div class='entry-content'>"
           "<p>An article long enough to be the body of this page, with a few words more.</p></div></article>"
           "<div id='disqus_thread'><ul id='dsq-comments'>"
           "<li class='post pingback'><p>Pingback: <a href='http://x.example/part-1/' class='url'>Part 1 | Blog</a></p>"
           "</li></li>"
           "<li class='comment even thread-even depth-1' id='dsq-comment-34'><div class='dsq-comment-header'>"
           "<cite id='dsq-cite-34'><span id='dsq-author-user-34'>Esteban</span></cite></div>"
           "<div class='dsq-comment-body'><div class='dsq-comment-message'><p>Looking forward to it.</p></div></div>"
           "</li></ul></div></body></html>")
    p = parse_page(doc.encode(), page_id="x", suffix=".html")
    assert p.comment_system == "disqus"
    assert [(c.kind, c.author, c.native_id) for c in p.comments] == [
        ("pingback", "Part 1 | Blog", None), ("comment", "Esteban", "34")]


@pytest.mark.parametrize("meta_author, byline", [
    ("jQuery Foundation - jquery.org", "John Resig"),  # the publisher, site-wide: the page's byline
    ("Thierry Crouzet", "Thierry Crouzet"),  # a person (on a blog named after him)
])
def test_an_author_tag_that_names_a_site_gives_way_to_the_printed_byline(meta_author, byline):
    doc = ("<html><head><title>Released</title><meta name='author' content='" + meta_author + "'>"
           "<meta property='og:site_name' content='Thierry Crouzet'></head><body><article class='post'>"
           "<h1 class='entry-title'>Released</h1><div class='entry-meta'><span class='author vcard'>"
           "<a class='url fn n' href='/author/john/' rel='author'>John Resig</a></span></div>"
           "<div class='entry-content'><p>An article long enough to be the body of this page, with a few words "
           "more.</p></div></article></body></html>")
    assert parse_page(doc.encode(), page_id="x", suffix=".html").byline == byline


def test_arras_heading_before_the_list_abbr_dates_and_a_view_all_author_button():
    # Arras: the count heading is the list's previous sibling (no #comments box), the comment
    # date an hCard abbr with the ISO date in its title; an author box's "View all" button is
    # rel=author too and names no one.
    doc = ("<html><head><title>Demo</title></head><body><article class='post'><h1 class='entry-title'>Demo</h1>"
           "<div class='entry-content'><p>An article long enough to be the body of this page, with a few words "
           "more.</p></div><div class='about-author'><a href='/author/admin/' rel='author' class='viewall'>"
           "<span>View all</span></a></div></article>"
           "<h4 class='module-title'>107 Comments</h4><ol id='commentlist' class='clearfix'>"
           "<li class='comment even thread-even depth-1' id='li-comment-28950'><div class='comment-node' id='comment-28950'>"
           "<div class='comment-controls'><a class='comment-reply-link' href='?replytocom=28950#respond'>Reply</a></div>"
           "<div class='comment-author vcard'><cite class='fn'>Yo Mumma</cite></div><div class='comment-meta commentmetadata'>"
           "Posted <abbr class='comment-datetime' title='2015-09-28T23:38:20+02:00'>September 28, 2015 at 11:38 PM</abbr>"
           "</div><div class='comment-content'><p>Hey guys, what does the code do?</p></div></div></li></ol></body></html>")
    p = parse_page(doc.encode(), page_id="x", suffix=".html")
    assert p.declared_comment_count == 107 and p.byline is None
    c = p.comments[0]
    assert (c.author, c.posted.raw, c.posted.utc, c.text) == (
        "Yo Mumma", "September 28, 2015 at 11:38 PM", datetime(2015, 9, 28, 21, 38, 20, tzinfo=timezone.utc),
        "Hey guys, what does the code do?")


def test_pre_27_theme_loop_commentauthor_said_comma_commentmeta_and_unmarked_pingbacks():
    # Ocadia-era themes printed their own loop: "<p class=commentauthor>NAME said,</p>",
    # "<p class=commentmeta>DATE at <a>TIME</a></p>", items without kind classes; a pingback
    # is known by its "[…] excerpt […]" and its link.
    items = [("2827", "commentalt", "<a href='http://blog.example/p=158' rel='external nofollow' class='url'>"
              "Blog &raquo; Beal&#8217;s Conjecture</a> said,", "May 24, 2007", "9:49 pm",
              "[...] put a link to last summer&#8217;s work on the right [...]"),
             ("32367", "comment", "jeet said,", "June 16, 2010", "9:18 pm", "Why are there fewer candidates?"),
             ("37747", "commentalt", "Greg R said,", "September 7, 2010", "7:50 pm", "Or 2^4 = 4^2, even.")]
    lis = "".join(f"<li class='{c}' id='comment-{i}'><p class='commentauthor'>{a}</p><p class='commentmeta'>{d} at "
                  f"<a href='#comment-{i}' title='Permanent link to this comment'>{t}</a> </p><p>{x}</p></li>"
                  for i, c, a, d, t, x in items)
    doc = ("<html><head><title>Beal's Conjecture</title></head><body><div class='post'><h2>Beal's Conjecture</h2>"
           "<p>The conjecture states that no such triple exists, and we searched far.</p></div>"
           f"<h3 id='comments'>3 Comments &raquo;</h3><ol id='commentlist'>{lis}</ol></body></html>")
    p = parse_page(doc.encode(), page_id="o", suffix=".html")
    assert [(c.native_id, c.kind, c.author, c.posted.raw, c.text) for c in p.comments] == [
        ("2827", "pingback", "Blog » Beal’s Conjecture", "May 24, 2007 at 9:49 pm",
         "[...] put a link to last summer’s work on the right [...]"),
        ("32367", "comment", "jeet", "June 16, 2010 at 9:18 pm", "Why are there fewer candidates?"),
        ("37747", "comment", "Greg R", "September 7, 2010 at 7:50 pm", "Or 2^4 = 4^2, even.")]


def test_a_post_without_paragraphs_is_its_article_not_the_page_with_its_menus():
    # A Drupal 6 forum topic: the post is bare text in the node's div, the page's only <p> is
    # its skip link, so the densest <p> block is the whole page. The article element holding
    # enough text is the body; its "Submitted by" line is no part of it.
    menu = "".join(f"<li><a href='/s{k}'>Section {k}</a></li>" for k in range(12))
    doc = ("<html><head><title>Cache will not clear | Forum</title>"
           "<meta name='generator' content='Drupal 6'></head><body><div id='page'>"
           "<p id='goto'><a href='#main'>Skip to the text</a></p>"
           f"<div id='menu'><ul>{menu}</ul></div><div id='main'><h2 class='title'>Cache will not clear</h2>"
           "<div class='article article-77'><span class='submitted'>Submitted by Anonymous on 6 March, 2018 - 09:56</span>"
           "<div class='pcontent'>I tried to switch the module off from the database, but the settings are stored "
           "as blobs now. Emptying the cache did not help either: the tables fill up again at once. "
           "Does anyone know how to do it?</div></div>"
           "<div id='comments'><a id='comment-5'></a><div class='comment'><div class='submitted'>"
           "Submitted by <a href='/user/3'>karl</a> on 6 March, 2018 - 10:46.</div>"
           "<div class='content'>Uninstall it under Extend.</div></div></div></div></div></body></html>")
    p = parse_page(doc.encode(), page_id="f", suffix=".html")
    assert p.body == ("I tried to switch the module off from the database, but the settings are stored as "
                      "blobs now. Emptying the cache did not help either: the tables fill up again at once. "
                      "Does anyone know how to do it?")
    assert [(c.author, c.text) for c in p.comments] == [("karl", "Uninstall it under Extend.")]
    # A short post in <p> stays the densest block's, not the article's with its headings.
    short = doc.replace("<div class='pcontent'>I tried", "<div class='pcontent'><p>I tried").replace(
        "how to do it?</div>", "how to do it?</p></div>")
    assert parse_page(short.encode(), page_id="f", suffix=".html").body == p.body


def test_pings_a_theme_lists_apart_without_a_kind_class():
    # Elegant Themes' own ping callback: "div#trackbacks > ol.pinglist > li#comment-N", no
    # class, the linking post's title then " - […] excerpt […]" as bare text; and core's
    # "Pingback: TITLE" with an empty edit link's "()" left by a plugin's copy.
    pings = (b'<div id="trackbacks"><h3>Trackbacks/Pingbacks</h3><ol class="pinglist">'
             b'<li id="comment-31"><a href="https://news.example/ferry" rel="external nofollow" class="url">'
             b'Ferry fares rise | Harbour News</a> - [...] the council voted on Tuesday [...]</li>'
             b'<li id="comment-32"><a href="https://blog.example/x" class="url">Links of the week</a> - [...] ferries [...]</li>'
             b'</ol></div>')
    data = page_bytes("wp_nested.html").replace(b"</ol></div>", b"</ol></div>" + pings, 1).replace(
        b'Weekly links | Roads</a></div>', b'Weekly links | Roads</a>()</div>')
    p = parse_page(data, page_id="p", suffix=".html")
    assert [(c.native_id, c.kind, c.author, c.text, c.parent_position) for c in p.comments[-3:]] == [
        ("14", "pingback", "Weekly links | Roads", "Weekly links | Roads", None),
        ("31", "pingback", "Ferry fares rise | Harbour News", "[...] the council voted on Tuesday [...]", None),
        ("32", "pingback", "Links of the week", "[...] ferries [...]", None)]
    assert len(p.comments) == len(page("wp_nested.html").comments) + 2
    # A list named for trackbacks alone gives trackbacks.
    tb = data.replace(b'<ol class="pinglist">', b'<ol class="trackbacklist">').replace(b'div id="trackbacks"', b'div')
    assert [c.kind for c in parse_page(tb, page_id="p", suffix=".html").comments[-2:]] == ["trackback", "trackback"]
    # A callback that prints the ping's date after its title: "TITLE on DATE" is no text.
    dated = data.replace(b" - [...] ferries [...]", b" on May 5, 2020")
    last = parse_page(dated, page_id="p", suffix=".html").comments[-1]
    assert (last.author, last.text, last.posted.raw) == ("Links of the week", "", "May 5, 2020")


def test_anders_noren_themes_name_in_a_bare_h4_and_the_time_in_the_permalinks_title():
    # Hemingway/Rowling: ".comment-header h4" holds the name (no .fn for a commenter without a
    # URL, and the reply link's label is empty for "Anonymous"); the permalink shows the day
    # and keeps the time in its title.
    item = ('<li class="comment {cls} depth-{d}" id="li-comment-{n}"><div id="comment-{n}" class="comment">'
            '<div class="comment-inner"><div class="comment-header"><h4>{name}</h4></div>'
            '<div class="comment-content post-content"><p>{text}</p></div><div class="comment-meta">'
            '<a class="comment-date-link" href="#comment-{n}" title="{day} at {time}">{day}</a>'
            "<a rel='nofollow' class='comment-reply-link' href='?replytocom={n}#respond' aria-label='{label}'>Reply</a>"
            '</div></div></div>')
    thread = (item.format(cls="even", d=1, n=14, name="Anonymous", text="Is the ferry running on Sunday?",
                          day="September 2, 2017", time="2:59 PM", label="")
              + '<ul class="children">'
              + item.format(cls="odd", d=2, n=16, name="Harbour Desk", text="Yes, from nine.",
                            day="September 3, 2017", time="10:34 AM", label="Reply to Harbour Desk")
              + "</li></ul></li>")
    doc = ("<html><head><title>Ferry on Sunday</title></head><body><article><h1>Ferry on Sunday</h1>"
           "<div class='post-content'><p>The ferry keeps its summer timetable until October.</p></div></article>"
           f"<div class='comments'><ol class='commentlist'>{thread}</ol></div></body></html>")
    p = parse_page(doc.encode(), page_id="h", suffix=".html")
    assert [(c.native_id, c.author, c.posted.raw, c.parent_position, c.text) for c in p.comments] == [
        ("14", "Anonymous", "September 2, 2017 at 2:59 PM", None, "Is the ferry running on Sunday?"),
        ("16", "Harbour Desk", "September 3, 2017 at 10:34 AM", 0, "Yes, from nine.")]
    assert p.comments[1].posted.local.isoformat() == "2017-09-03T10:34:00"
    # A title that is no date, or does not go on from the shown day, is not read.
    other = doc.replace('title="September 2, 2017 at 2:59 PM"', 'title="Permalink to this comment"')
    assert parse_page(other.encode(), page_id="h", suffix=".html").comments[0].posted.raw == "September 2, 2017"


def test_kubrick_single_post_footer_and_an_author_archive_link_in_the_meta_line():
    # Kubrick's single post prints its date only in p.postmetadata; a theme's meta line links
    # the author's archive (core's /author/NAME/) without an author class.
    doc = ("<html><head><title>Ferry on Sunday</title></head><body><div class='post' id='post-9'>"
           "<h2>Ferry on Sunday</h2><div class='entry'><p>The ferry keeps its summer timetable until October.</p>"
           "<p class='postmetadata alt'><small>This entry was posted on Wednesday, June 24th, 2009 at 13:59 "
           "and is filed under <a href='/category/news/' rel='category tag'>News</a>.</small></p></div></div>"
           "</body></html>")
    p = parse_page(doc.encode(), page_id="k", suffix=".html")
    assert (p.published.raw, p.published.local.isoformat()) == ("Wednesday, June 24th, 2009 at 13:59", "2009-06-24T13:59:00")
    assert "This entry was posted" not in p.body
    doc = ("<html><head><title>Ferry on Sunday</title></head><body><article><h1>Ferry on Sunday</h1>"
           "<div class='post-meta'><span>Posted</span> <span>by <a href='/author/harbourdesk/'>Harbour Desk</a></span> "
           "<span>on <a href='/2017/06/ferry/'>June 26, 2017</a></span></div>"
           "<div class='post-content'><p>The ferry keeps its summer timetable until October.</p></div></article></body></html>")
    p = parse_page(doc.encode(), page_id="n", suffix=".html")
    assert (p.byline, p.published.raw) == ("Harbour Desk", "June 26, 2017")


def test_comment_datetimes_with_the_false_offset_of_old_wordpress_themes_keep_only_local_time():
    # WordPress before 5.3 printed local times with "+00:00" in themes' datetime attributes
    # (the post's and the comments'); the metadata's published time is true UTC: 5 hours
    # apart to the second, so the comments' "+00:00" is false.
    def doc(meta_time: str) -> bytes:
        return ("<html><head><title>Ferry</title>"
                f"<meta property='article:published_time' content='{meta_time}'></head><body>"
                "<article><h1 class='entry-title'>Ferry</h1><time class='entry-date published' "
                "datetime='2011-10-06T23:09:17+00:00'>October 6, 2011</time><div class='entry-content'>"
                "<p>The ferry keeps its summer timetable until October.</p></div></article>"
                "<ol class='commentlist'><li id='comment-5' class='comment depth-1'><cite class='fn'>Sarah</cite>"
                "<div class='comment-meta'><a href='#comment-5'><time datetime='2011-10-07T20:29:03+00:00'>"
                "October 7, 2011 at 8:29 pm</time></a></div><div class='comment-content'><p>Lovely.</p></div></li>"
                "</ol></body></html>").encode()
    p = parse_page(doc("2011-10-07T04:09:17+00:00"), page_id="v", suffix=".html")
    t = p.comments[0].posted
    assert (t.raw, t.local.isoformat(), t.utc) == ("October 7, 2011 at 8:29 pm", "2011-10-07T20:29:03", None)
    assert p.published.utc.isoformat() == "2011-10-07T04:09:17+00:00"
    assert p.notes == ("1 comment time claims UTC+0, which the page's published time shows false: kept as local times",)
    # The same time in both (or a different time of day: an edit, not an offset): trusted.
    for meta_time in ("2011-10-06T23:09:17+00:00", "2011-10-07T04:12:40+00:00"):
        p = parse_page(doc(meta_time), page_id="v", suffix=".html")
        assert p.comments[0].posted.utc.isoformat() == "2011-10-07T20:29:03+00:00" and p.notes == ()
    # A theme date with a real offset is the site's own, whatever the metadata says.
    real = doc("2011-10-07T04:09:17+00:00").replace(b"2011-10-06T23:09:17+00:00", b"2011-10-07T01:09:17+02:00")
    assert parse_page(real, page_id="v", suffix=".html").notes == ()


def test_classic_theme_date_header_before_the_post():
    # WordPress's Classic theme prints the day as an h2 right before the post (h3.storytitle).
    doc = ("<html><head><title>Soup, Sweet Soup</title></head><body><div id='content'>"
           "<h2>April 6, 2014</h2><div class='post' id='post-7'><h3 class='storytitle'>"
           "<a href='/2014/04/soup/' rel='bookmark'>Soup, Sweet Soup</a></h3>"
           "<div class='meta'>Filed under: <a href='/category/soup/'>Soup</a> &#8212; pat @ 7:38 pm</div>"
           "<div class='storycontent'><p>What the world needs now is soup, and more of it.</p></div></div>"
           "<h2 id='comments'>No Comments</h2></div></body></html>")
    p = parse_page(doc.encode(), page_id="c", suffix=".html")
    assert (p.title, p.published.raw) == ("Soup, Sweet Soup", "April 6, 2014")
    # An h2 that is not right before a Classic post is no date header.
    other = doc.replace("<h3 class='storytitle'>", "<h3 class='entry-title'>")
    assert parse_page(other.encode(), page_id="c", suffix=".html").published is None


def test_review_guards_of_the_older_theme_rules():
    base = ("<html><head><title>Ferry</title></head><body>{side}<article><h1 class='entry-title'>Ferry</h1>"
            "{meta}<div class='entry-content'><p>The ferry keeps its summer timetable until October.</p></div>"
            "</article></body></html>")
    # An /author/ link in a sidebar post's meta line, or a tag named "author", is no byline;
    # the post's own rel=author link wins over a sidebar's archive link before it.
    side = ("<aside class='sidebar'><div class='entry-meta'>by <a href='/author/carl/'>Carl Editor</a></div>"
            "<p class='postmetadata'>Posted on January 4th, 2009</p></aside>")
    own = "<div class='byline'><a rel='author' href='/author/jane/'>Jane Writer</a></div>"
    assert parse_page(base.format(side=side, meta=own).encode(), page_id="b", suffix=".html").byline == "Jane Writer"
    p = parse_page(base.format(side=side, meta="").encode(), page_id="b", suffix=".html")
    assert (p.byline, p.published) == (None, None)
    tag = "<div class='entry-meta'>tagged <a href='/tag/author/'>author</a></div>"
    assert parse_page(base.format(side="", meta=tag).encode(), page_id="b", suffix=".html").byline is None
    # A comment title in a theme's .comment-header h4 is no name.
    item = ("<ol class='commentlist'><li id='comment-3' class='comment depth-1'><div class='comment-header'>"
            "<h4>{h4}</h4></div><div class='comment-content'><p>Fine by me.</p></div></li></ol>")
    page_of = lambda h4: parse_page(base.format(side="", meta="").replace("</article>", "</article>" + item.format(h4=h4))
                                    .encode(), page_id="c", suffix=".html")  # noqa: E731
    assert [page_of(h).comments[0].author for h in ("Great article!", "Re: fares", "Anna K.", "John Smith Jr.", "Yahoo!")] \
        == [None, None, "Anna K.", "John Smith Jr.", "Yahoo!"]
    # A comment list wrapped in a box named for pings keeps its comments.
    wrapped = ("<div id='comments'><div id='pings'><ol class='commentlist'><li id='comment-4'>"
               "<div class='comment-author vcard'><cite class='fn'>Anna</cite></div>"
               "<div class='comment-content'><p>Fine by me.</p></div></li></ol></div></div>")
    p = parse_page(base.format(side="", meta="").replace("</article>", "</article>" + wrapped).encode(),
                   page_id="w", suffix=".html")
    assert [(c.kind, c.author) for c in p.comments] == [("comment", "Anna")]


def test_a_paragraphless_post_is_the_article_not_a_box_inside_it_nor_a_teaser():
    words = " ".join(f"word{k}" for k in range(60))
    doc = ("<html><head><title>Ferry</title></head><body><nav><a href='/'>Home</a></nav>"
           "<aside class='sidebar'><article class='mini'>Older post: " + words + "</article></aside>"
           "<article>Intro line of the post.<br>" + words + "<div class='content'>The middle part: "
           + " ".join(f"part{k}" for k in range(30)) + "</div>The end of the post: " + words + "</article>"
           "</body></html>")
    body = parse_page(doc.encode(), page_id="a", suffix=".html").body
    assert body.startswith("Intro line of the post.") and "The end of the post" in body and "Older post" not in body


def test_line_breaks_of_the_source_are_spaces_as_a_browser_shows_them():
    # Hard-wrapped or prettified markup: a line break inside a text node is white space; only
    # <br>, the ends of blocks and <pre> break lines.
    doc = ("<html><head><title>T</title></head><body><article><h1>T</h1><div class='entry-content'>\n"
           "<p>\n  The ferry keeps its summer timetable\n  until October, the council said.\n</p>\n"
           "<p>Second<br>line</p><pre>a = 1\nb = 2</pre></div></article>\n"
           "<ol class='commentlist'><li id='comment-1' class='comment depth-1'><cite class='fn'>Ann</cite>\n"
           "<div class='comment-content'>\n  <p>\n    Fine by me,\n    says Ann.\n  </p>\n</div></li></ol></body></html>")
    p = parse_page(doc.encode(), page_id="w", suffix=".html")
    assert p.body == "The ferry keeps its summer timetable until October, the council said.\n\nSecond\nline\n\na = 1\nb = 2"
    assert p.comments[0].text == "Fine by me, says Ann."
    # ... but where the page's style keeps them ("white-space: pre-line") or in <pre>'s kin.
    kept = doc.replace("<div class='comment-content'>", "<div class='comment-content' style='white-space: pre-line'>")
    assert parse_page(kept.encode(), page_id="w", suffix=".html").comments[0].text == "Fine by me,\nsays Ann."
    nested = doc.replace("<pre>a = 1\nb = 2</pre>", "<pre><code>a = 1\nb = 2</code></pre>")
    assert parse_page(nested.encode(), page_id="w", suffix=".html").body.endswith("a = 1\nb = 2")


def test_datetimes_of_wordpress_before_5_3_claim_utc_for_local_times():
    doc = ("<html><head><title>Ferry</title><meta name='generator' content='WordPress {v}'></head><body>"
           "<article><h1 class='entry-title'>Ferry</h1><time class='entry-date published' "
           "datetime='2014-01-01T16:26:00+00:00'>January 1, 2014</time><div class='entry-content'>"
           "<p>The ferry keeps its summer timetable until October.</p></div></article>"
           "<ol class='commentlist'><li id='comment-5' class='comment depth-1'><cite class='fn'>Sarah</cite>"
           "<div class='comment-meta'><a href='#comment-5'><time datetime='2014-01-14T16:06:47+00:00'>"
           "January 14, 2014 at 4:06 pm</time></a></div><div class='comment-content'><p>Lovely.</p></div></li>"
           "</ol></body></html>")
    p = parse_page(doc.format(v="3.7.5").encode(), page_id="o", suffix=".html")
    assert (p.published.local.isoformat(), p.published.utc) == ("2014-01-01T16:26:00", None)
    assert (p.comments[0].posted.local.isoformat(), p.comments[0].posted.utc) == ("2014-01-14T16:06:47", None)
    assert p.notes == ("1 comment time claims UTC+0, which WordPress before 5.3 printed for local times: "
                       "kept as local times",)
    p = parse_page(doc.format(v="5.3.2").encode(), page_id="o", suffix=".html")
    assert p.comments[0].posted.utc.isoformat() == "2014-01-14T16:06:47+00:00" and p.notes == ()


def test_a_saved_copys_relative_canonical_gives_way_to_wordpress_shortlink():
    doc = ("<html><head><title>Bot</title><link rel='canonical' href='index.html'>{short}</head><body>"
           "<article><h1 class='entry-title'>Bot</h1><div class='entry-content'>"
           "<p>A small bot that likes posts for you, written in an afternoon.</p></div></article></body></html>")
    core = doc.format(short="<link rel='shortlink' href='https://blog.example.com/?p=86'>")
    p = parse_page(core.encode(), page_id="s", suffix=".html")
    assert (p.url, p.site) == ("https://blog.example.com/?p=86", "blog.example.com")
    # Jetpack's wp.me shortlink is another site's address: no url rather than a wrong site.
    jetpack = doc.format(short="<link rel='shortlink' href='https://wp.me/pd5QIe-zS'>")
    assert parse_page(jetpack.encode(), page_id="s", suffix=".html").url is None


def test_a_comment_element_without_its_list_is_never_the_body():
    # An excerpt that starts inside Drupal's comment field (no wrapper left): each comment is
    # an <article> of its own, the densest text on the page.
    spam = " ".join(f"offer{k}" for k in range(60))
    doc = ("<html><body><p>Now, after these changes, the cache is effectively turned off.</p>"
           "<section>"
           + "".join(f"<article role='article' data-comment-user-id='0' id='comment-{k}' class='comment "
                     f"by-anonymous'><div class='comment__submitted'>Submitted by <span>Guest{k}</span> on "
                     f"Sat, 06/22/2019 - 15:0{k}</div><div class='comment__content'><p>{spam}</p></div></article>"
                     for k in range(1, 3))
           + "</section></body></html>")
    p = parse_page(doc.encode(), page_id="d", suffix=".html")
    assert p.body == "Now, after these changes, the cache is effectively turned off."
    # schema.org's microdata names a comment so too
    micro = doc.replace("data-comment-user-id='0'", "itemscope itemtype='https://schema.org/Comment'")
    assert parse_page(micro.encode(), page_id="d", suffix=".html").body == p.body


def test_blogger_post_footer_and_labels_are_no_body_text():
    doc = ("<html><body><div class='post'><h3 class='post-title'>Scroll</h3>"
           "<p>The plugin scrolls a page to an element, smoothly.</p>"
           "<div class='post-footer'><p class='post-footer-line'>Posted by Ariel at 3:54 AM</p>"
           "<p class='post-labels'>Labels: jQuery, plugins</p></div>"
           "<div class='authorbio'><p>About the author: Ariel writes about browsers and their bugs.</p></div>"
           "</div></body></html>")
    body = parse_page(doc.encode(), page_id="b", suffix=".html", format="generic_html").body
    assert body == "The plugin scrolls a page to an element, smoothly."


def test_a_body_too_short_to_tell_its_language_is_read_with_the_comments():
    from newscomments.language import guess_language, page_language
    comments = ["Welches Öl hast du genommen? Ich habe nur Leinöl im Keller und bin nicht sicher.",
                "Das ist eine gute Frage, ich nehme auch immer das Leinöl für die Bank."]
    assert guess_language("Eine Bank aus Eichenbohlen.") is None
    assert page_language("Eine Bank aus Eichenbohlen.", comments) == "de"
    assert page_language("", comments) == "de"
    assert page_language("The council met on Tuesday and voted for the budget of the town.", comments) == "en"
    # Short Polish shares "a", "na", "do" with Portuguese, never Portuguese's letters: no guess.
    polish = ("Bazylia lubi słońce, mięta rośnie wszędzie, a szczypiorek wraca co roku. A czy bazylia "
              "przetrwa zimę na północnym oknie? Mięta w doniczce to dobry pomysł, ząb.")
    assert guess_language(polish) is None
    # Names (capitalised) and loanwords in an English article do not count.
    assert guess_language("We drove from Reykjavík past Þingvellir to Jökulsárlón and Höfn in four days, "
                          "and the weather was kind to us for most of the way there.") == "en"
    # a short Swedish body with English comments: no language rather than English
    assert page_language("Vi åkte till sjön och fiskade hela dagen, så härligt.", comments[:0] + [
        "Great photos, thanks for sharing the trip with us.", "Which lake was it? It looks lovely."]) is None
    # Names and loanwords in an English article stay below the share.
    assert guess_language("The minister, Mevlüt Çavuşoğlu, said on Monday that the country would "
                          "not allow the sanctions to be pierced, and that the talks with the "
                          "partners in the region are going on as planned for the rest of the year.") == "en"


def _thread(heading: str, before: str = "") -> bytes:
    return ("<html><body>" + before + "<div id='comments'>" + heading +
            "<h1 class='assistive-text'>Comment navigation</h1><ol class='commentlist'>"
            "<li id='comment-1' class='comment depth-1'><div class='comment-author vcard'><cite class='fn'>Ann</cite> "
            "<span class='says'>says:</span></div><div class='comment-meta'><a href='#comment-1'>"
            "February 19, 2010 at 9:12 pm</a></div><div class='comment-body'><p>Thanks for the release.</p></div>"
            "</li></ol></div></body></html>").encode()


@pytest.mark.parametrize("heading, title", [
    ("<h2 id='comments-title'>119 thoughts on &ldquo;<span>jQuery 1.4.2 Released</span>&rdquo;</h2>",
     "jQuery 1.4.2 Released"),
    ("<h2 class='comments-title'>「はじめに」への1件のフィードバック</h2>", "はじめに"),
    ("<h4 class='comment-title'>One thought on &ldquo;<span>Entendendo UNION</span>&rdquo;</h4>", "Entendendo UNION"),
    ("<h3>1 Comment</h3>", None),
])
def test_an_excerpts_title_is_the_one_its_comments_heading_quotes(heading, title):
    # never a heading for screen readers ("Comment navigation", Twenty Eleven's assistive-text)
    assert parse_page(_thread(heading), page_id="t", suffix=".html").title == title
    # an h1 inside the post's text is a section of it when the comments heading names the post
    section = "<article><div class='entry-content'><h1>What UNION does</h1><p>" + "It joins. " * 20 + "</p></div></article>"
    p = parse_page(_thread(heading, section), page_id="t", suffix=".html")
    assert p.title == (title or "What UNION does")


def test_a_comments_own_quoted_subject_is_no_title():
    doc = ("<html><body><div class='comment'><h3 class='comment-title'>&ldquo;Great&rdquo; indeed</h3>"
           "<p>" + "Some text. " * 20 + "</p></div></body></html>")
    assert parse_page(doc.encode(), page_id="t", suffix=".html", format="generic_html").title is None


def test_preformatted_text_keeps_its_indentation_and_blank_lines():
    doc = ("<html><body><article><div class='entry-content'><p>The query, step by step:</p>"
           "<pre class='brush: sql'>\nSELECT DISTINCT ID\nFROM (\n\tSELECT ID FROM @A\n\n\tUNION ALL\n"
           "\tSELECT ID FROM @B\n) T   \n</pre><div class='sfsi_Sicons'><span>Please follow and like us:</span></div>"
           "</div></article></body></html>")
    body = parse_page(doc.encode(), page_id="p", suffix=".html").body
    assert body == ("The query, step by step:\n\nSELECT DISTINCT ID\nFROM (\n\tSELECT ID FROM @A\n\n\tUNION ALL\n"
                    "\tSELECT ID FROM @B\n) T")


def test_a_wpdiscuz_5_thread_excerpt_has_no_body():
    doc = ("<html><body><div class='wpdiscuz-front-actions'><div class='wpdiscuz-sort-buttons'>Sort: newest | "
           "oldest | most voted</div></div><div id='wcThreadWrapper' class='wc-thread-wrapper'>"
           + "".join(f"<div id='wc-comm-{k}_0' class='wc-comment wc-blog-guest wc_comment_level-1'>"
                     f"<div class='wc-comment-right'><div class='wc-comment-header'><div class='wc-comment-author'>"
                     f"Guest{k}</div></div><div class='wc-comment-text'><p>{'A long and thoughtful reply. ' * 8}</p>"
                     f"</div></div></div>" for k in (45, 47))
           + "</div></body></html>")
    p = parse_page(doc.encode(), page_id="w", suffix=".html")
    assert p.body == "" and [c.native_id for c in p.comments] == ["45", "47"]


def test_a_bare_name_in_a_themes_vcard_box_is_the_author():
    # get_comment_author_link() prints a bare name for a commenter without a website.
    item = ("<li class='comment depth-1' id='comment-{k}'><div class='c-meta'><img alt='' src='a.png'>"
            "<h4 class='vcard'>{name}</h4><time class='c-time'><a href='#comment-{k}'>02.24.12</a></time>"
            "</div><div class='c-text'><p>{text}</p></div></li>")
    doc = ("<html><body><article><h1 class='entry-title'>Nav</h1><div class='entry-content'><p>Patterns.</p>"
           "</div></article><ol class='commentlist'>"
           + item.format(k=1, name="<a href='https://ex.org' rel='external nofollow' class='url'>Aidan</a>",
                         text="Great breakdown.")
           + item.format(k=2, name="Utwo", text="Thank you!") + "</ol></body></html>")
    p = parse_page(doc.encode(), page_id="v", suffix=".html")
    assert [(c.author, c.text, c.posted.local.date().isoformat()) for c in p.comments] == [
        ("Aidan", "Great breakdown.", "2012-02-24"), ("Utwo", "Thank you!", "2012-02-24")]


def test_drupal_vote_up_down_widgets_give_the_votes():
    doc = page_bytes("drupal7_nested.html").decode()
    upanddown = ("<div class='vud-widget vud-widget-upanddown' id='widget-comment-1'><div class='up-score'>"
                 "<div class='element-invisible'>Vote up!</div><span class='up-current-score'>4</span></div>"
                 "<div class='down-score'><span class='down-current-score'>-1</span></div></div>")
    updown = ("<div class='vud-widget vud-widget-updown'><div class='updown-score'>"
              "<span class='updown-current-score'>-2</span> votes</div><div class='up-inactive'>+</div></div>")
    doc = doc.replace("<p>Endlich! Der Ring war bisher lebensgefährlich.</p>",
                      "<p>Endlich! Der Ring war bisher lebensgefährlich.</p>" + upanddown, 1)
    doc = doc.replace("<p>Laut Bauamt ist der erste Abschnitt im Juni dran.</p>",
                      "<p>Laut Bauamt ist der erste Abschnitt im Juni dran.</p>" + updown, 1)
    p = parse_page(doc.encode(), page_id="d", suffix=".html")
    votes = [(c.net_votes, c.upvotes, c.downvotes) for c in p.comments]
    assert votes[0] == (3, 4, 1) and votes[1] == (None, None, None)  # unsigned points: no net
    assert p.comments[0].text.startswith("Endlich!") and "Vote" not in p.comments[0].text and "4" not in p.comments[0].text


def test_twenty_tens_permalink_title_gives_the_posts_time():
    doc = ("<html><body><div id='post-12' class='post hentry'><h1 class='entry-title'>Urllib</h1>"
           "<div class='entry-meta'><span class='meta-prep'>Publicado em</span> <a href='/2006/09/20/urllib/' "
           "title='{t}' rel='bookmark'><span class='entry-date'>20/09/2006</span></a></div>"
           "<div class='entry-content'><p>Baixando páginas com a urllib do Python, passo a passo.</p></div></div>"
           "</body></html>")
    p = parse_page(doc.format(t="23:38").encode(), page_id="t", suffix=".html")
    assert (p.published.local.isoformat(), p.published.precision) == ("2006-09-20T23:38:00", "minute")
    # a title that is not a time of day leaves the day alone
    p = parse_page(doc.format(t="Permalink to Urllib").encode(), page_id="t", suffix=".html")
    assert (p.published.local.isoformat(), p.published.precision) == ("2006-09-20T00:00:00", "day")


def test_a_saved_copy_without_a_head_takes_its_address_from_the_comments_permalinks():
    item = ("<li id='comment-{k}' class='comment depth-1'><cite class='fn'>Ann</cite><div class='comment-meta'>"
            "<a href='{href}'>May {k}, 2020 at 9:12 am</a></div><div class='comment-body'><p>Fine.</p></div></li>")
    post = "https://blog.example.org/2020/05/ferry/"
    doc = ("<html><body><article><h1 class='entry-title'>Ferry</h1><div class='entry-content'><p>The ferry keeps "
           "its summer timetable.</p></div></article><ol class='commentlist'>{items}</ol></body></html>")
    same = "".join(item.format(k=k, href=f"{post}#comment-{k}") for k in (1, 2, 3))
    p = parse_page(doc.format(items=same).encode(), page_id="s", suffix=".html")
    assert (p.url, p.site) == (post, "blog.example.org")
    mixed = item.format(k=1, href=f"{post}#comment-1") + item.format(k=2, href="https://other.example/x/#comment-9")
    assert parse_page(doc.format(items=mixed).encode(), page_id="s", suffix=".html").url is None


@pytest.mark.parametrize("heading, title", [
    ("<h2 class='comments-title'>4 thoughts on &ldquo;What&rsquo;s new in Python 3.8&rdquo;</h2>", "What’s new in Python 3.8"),
    ("<h2 class='comments-title'>2 thoughts on &ldquo;The &ldquo;Zen&rdquo; of Python&rdquo;</h2>", "The “Zen” of Python"),
    ("<h2 class='comments-title'>3 réflexions sur « Qu’est-ce qu’un bon test ? »</h2>", "Qu’est-ce qu’un bon test ?"),
    ("<h2 class='comments-title'>「「君の名は。」を観た」への2件のフィードバック</h2>", "「君の名は。」を観た"),
])
def test_a_quoted_title_keeps_its_apostrophes_and_inner_quotes(heading, title):
    assert parse_page(_thread(heading), page_id="t", suffix=".html").title == title
    # where the page has a <title>, only a quote that it holds
    other = _thread(heading).replace(b"<html>", "<html><head><title>Another page</title></head>".encode())
    assert parse_page(other, page_id="t", suffix=".html").title == "Another page"


@pytest.mark.parametrize("wrapper", ["<div id='page' style='display:none'>", "<div id='root' aria-hidden='true'>"])
def test_a_hidden_page_wrapper_does_not_hide_the_article(wrapper):
    # A preloader hides the page until scripts run; an open dialog hides the app root.
    doc = ("<html><body><div class='preloader'><p>Loading…</p></div>" + wrapper +
           "<div class='main'><p>" + "The radio came from a flea market for five euros. " * 4 + "</p>"
           "<p>" + "It powered on, hummed loudly and played nothing at all. " * 3 + "</p></div></div>"
           "</body></html>")
    assert parse_page(doc.encode(), page_id="h", suffix=".html").body.startswith("The radio came")


def test_a_vcard_box_with_a_reply_link_or_only_an_avatar():
    item = ("<li class='comment depth-1' id='comment-{k}'><div class='vcard'>{inner}</div>"
            "<span class='c-date'><a href='#comment-{k}'>May {k}, 2011 at 9:12 am</a></span>"
            "<div class='c-text'><p>Text {k}.</p></div></li>")
    doc = ("<html><body><article><h1 class='entry-title'>T</h1><div class='entry-content'><p>Post.</p></div>"
           "</article><ol class='commentlist'>"
           + item.format(k=1, inner="Helen <a class='comment-reply-link' href='?replytocom=1#respond'>Reply</a>")
           + item.format(k=2, inner="<img alt='User avatar' src='a.png'>")
           + "</ol></body></html>")
    p = parse_page(doc.encode(), page_id="v", suffix=".html")
    assert [c.author for c in p.comments] == ["Helen", None]


def test_a_recent_comments_widget_gives_no_address():
    doc = ("<html><body><article><h1 class='entry-title'>Ferry</h1><div class='entry-content'><p>The ferry "
           "keeps its summer timetable.</p></div></article><ol class='commentlist'>"
           "<li id='comment-1' class='comment depth-1'><cite class='fn'>Ann</cite><div class='comment-meta'>"
           "<a href='#comment-1'>May 1, 2020 at 9:12 am</a></div><div class='comment-body'><p>Fine.</p></div></li>"
           "</ol><aside class='widget'><ul id='recentcomments'>"
           + "".join(f"<li><a href='https://blog.example.org/other-post/#comment-{k}'>Bob on Other</a></li>"
                     for k in (7, 8, 9))
           + "</ul></aside></body></html>")
    assert parse_page(doc.encode(), page_id="w", suffix=".html").url is None


def test_wp_postratings_gives_the_article_rating():
    doc = ("<html><body><article><h1 class='entry-title'>Skills</h1><div class='entry-content'><p>Read the "
           "classics, then write a lot of code.</p><div id='post-ratings-8' class='post-ratings'>"
           "<img src='rating_on.gif' alt='1 Star'> (<strong>287</strong> votes, average: <strong>4.80</strong> "
           "out of 5)</div></div></article></body></html>")
    p = parse_page(doc.encode(), page_id="r", suffix=".html")
    assert (p.rating.votes, p.rating.value, p.rating.scale_max, p.rating.scale_source) == (287, 4.8, 5.0, "page")
    assert p.body == "Read the classics, then write a lot of code."


def test_a_wpdiscuz_rating_average_off_the_scale_is_no_rating():
    # Found by the mutation property test: "0" average with 52 votes.
    doc = page_bytes("wpd_zero_rating_split_votes.html").decode()
    assert parse_page(doc.encode(), page_id="r", suffix=".html").rating is not None
    import re
    broken = re.sub(r'<span class="wpdrc">\d+</span>', '<span class="wpdrc">52</span>', doc, count=1)
    broken = re.sub(r'<span class="wpdrv">[\d.,]+</span>', '<span class="wpdrv">0</span>', broken, count=1)
    assert parse_page(broken.encode(), page_id="r", suffix=".html").rating is None
