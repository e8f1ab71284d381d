"""Text, markdown and RST pages whose comment section is raw HTML (embedded_html): static-site
imports that kept the old comment list as HTML, converters that kept the divs among markdown.
Self-written pages, exact facts."""

from __future__ import annotations

import newscomments
from newscomments import formats

def _item(cid: int, name: str, when: str, shown: str, text: str, depth: int, children: str = "") -> str:
    """A WordPress core comment item (HTML5 markup) as an importer copies it."""
    return (f'<li id="comment-{cid}" class="comment depth-{depth}"><article id="div-comment-{cid}" '
            f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<b class="fn">{name}</b>\n<span class="says">says:</span></div>\n<div class="comment-metadata">'
            f'<a href="#comment-{cid}"><time datetime="{when}">\n{shown}</time></a></div></footer>\n'
            f'<div class="comment-content"><p>{text}</p></div></article>{children}</li>\n')


GATSBY = ("""---
title: "Where to find large datasets"
date: "2010-12-08T11:50:00-08:00"
---

Public data is easier to find than it was: cities, statistics offices and banks publish theirs.

Here are the sources I used for the examples in this post, with a line on each.

## Comments

<div id="comments">
  <h3 class="comments-title">3 responses to "Where to find large datasets"</h3>
  <ol class="comment-list">
"""
          + _item(245, "Chris H.", "2010-12-10T05:47:00-08:00", "December 10, 2010 at 5:47 am",
                  "Another great source is a microfinance site's loan data.", 1,
                  '<ol class="children">' + _item(247, "Phil", "2010-12-10T10:33:00-08:00",
                                                  "December 10, 2010 at 10:33 am", "Thanks, added to the list.", 2)
                  + "</ol>")
          + _item(253, "Jeremy", "2010-12-10T14:13:00-08:00", "December 10, 2010 at 2:13 pm",
                  "The census bureau's files are big enough for anyone.", 1)
          + "  </ol>\n</div>\n")


def parse(text: str, suffix: str = ".md"):
    return newscomments.parse_page(text.encode(), page_id="e", suffix=suffix)


def test_a_wordpress_comment_list_kept_as_html_in_a_markdown_import():
    p = parse(GATSBY)
    assert (p.format, p.comment_system, p.title) == ("embedded_html", "wordpress", "Where to find large datasets")
    assert [(c.author, c.native_id, c.parent_position, c.depth) for c in p.comments] == [
        ("Chris H.", "245", None, 0), ("Phil", "247", 0, 1), ("Jeremy", "253", None, 0)]
    assert p.comments[1].posted.utc.isoformat() == "2010-12-10T18:33:00+00:00"
    assert p.comments[0].text == "Another great source is a microfinance site's loan data."
    assert p.declared_comment_count == 3 and not p.truncated
    # the article is the text above the block, without its "Comments" heading or any tag
    assert p.body == ("Public data is easier to find than it was: cities, statistics offices and banks "
                      "publish theirs.\n\nHere are the sources I used for the examples in this post, "
                      "with a line on each.")
    assert p.language == "en"


def test_rst_raw_html_directive_and_french_dates():
    block = "\n".join("         " + line for line in (
        '<div id="comments">',
        '<h3 id="comments-title">2 réponses à <em>Export vers IPTC</em></h3>',
        '<ol class="commentlist">',
        '<li class="comment even thread-even depth-1" id="li-comment-5"><div id="comment-5">',
        '<div class="comment-author vcard"><cite class="fn">Equinoxe</cite> <span class="says">dit :</span></div>',
        '<div class="comment-meta commentmetadata"><a href="#comment-5">20 avril 2009 à 13 h 38 min</a></div>',
        '<div class="comment-body"><p>Amusant de voir un vieux script retrouver une utilité.</p></div>',
        '</div></li>',
        '<li class="comment odd alt thread-odd depth-1" id="li-comment-6"><div id="comment-6">',
        '<div class="comment-author vcard"><cite class="fn">moSaN</cite> <span class="says">dit :</span></div>',
        '<div class="comment-meta commentmetadata"><a href="#comment-6">20 avril 2009 à 15 h 23 min</a></div>',
        '<div class="comment-body"><p>Pour désactiver le mode simulation, il faut changer une ligne.</p></div>',
        '</div></li></ol></div>'))
    page = ("Export vers IPTC\n================\n\nDepuis cinq ans j'utilise KPhotoAlbum pour classer "
            "mes photos, et je voulais garder mes étiquettes.\n\n.. raw:: html\n\n" + block + "\n")
    p = parse(page, ".rst")
    assert (p.format, p.title, p.declared_comment_count) == ("embedded_html", "Export vers IPTC", 2)
    assert [(c.author, c.posted.local.isoformat()) for c in p.comments] == [
        ("Equinoxe", "2009-04-20T13:38:00"), ("moSaN", "2009-04-20T15:23:00")]
    assert p.body.startswith("Depuis cinq ans") and "raw::" not in p.body and p.language == "fr"


def test_an_importers_own_list_of_named_items_without_dates():
    # jekyll-import's Blogger comments: no dates, an author and a content part per item.
    page = ("---\nlayout: post\ntitle: \"The migration\"\n---\n\n<div class='post'>\nI moved the blog "
            "away from the old host this week, and the comments came along.<br />More soon.</div>\n"
            "<h2>Comments</h2>\n<div class='comments'>\n<div class='comment'>\n<div class='author'>Ethan W.</div>\n"
            "<div class='content'>\nThanks for this. Commenting there was maddening.</div>\n</div>\n"
            "<div class='comment'>\n<div class='author'>Ian</div>\n<div class='content'>\nGood move.<br />"
            "See you here.</div>\n</div>\n</div>\n")
    p = parse(page)
    assert (p.format, p.comment_system, p.title) == ("embedded_html", "other", "The migration")
    assert [(c.author, c.text, c.posted) for c in p.comments] == [
        ("Ethan W.", "Thanks for this. Commenting there was maddening.", None), ("Ian", "Good move.\nSee you here.", None)]
    assert p.body == "I moved the blog away from the old host this week, and the comments came along. More soon."
    assert "comments read from an imported list of named items in raw HTML" in p.notes


def test_divs_kept_among_markdown_are_read_as_text_without_their_tags():
    # pandoc's gfm with raw HTML: the divs stay, the list, links and images are markdown.
    page = ("# Network setup on a virtual machine\n\nFour steps and the network works after a reboot "
            "of the machine, as tested on two versions.\n\n<div id=\"comments\">Comments</div>\n\n"
            "1.  <div id=\"div-comment-388\" class=\"comment-body\">\n\n"
            "    <div class=\"comment-author vcard\">![](https://example.org/a.png) <cite class=\"fn\">Deepak</cite> "
            "<span class=\"says\">says:</span></div>\n\n"
            "    <div class=\"comment-meta commentmetadata\">[June 25, 2013 at 5:39 AM](https://blog.example.org/net/#comment-388)</div>\n\n"
            "    These steps are perfect, thank you.\n\n"
            "    <div class=\"reply\">[Reply](https://blog.example.org/net/?replytocom=388#respond)</div>\n\n"
            "    </div>\n\n"
            "    *   <div id=\"div-comment-390\" class=\"comment-body\">\n\n"
            "        <div class=\"comment-author vcard\">![](https://example.org/b.png) <cite class=\"fn\">"
            "[Admin](https://blog.example.org)</cite> <span class=\"says\">says:</span></div>\n\n"
            "        <div class=\"comment-meta commentmetadata\">[June 26, 2013 at 12:39 PM](https://blog.example.org/net/#comment-390)</div>\n\n"
            "        You are welcome.\n\n"
            "        </div>\n\n"
            "2.  <div id=\"div-comment-399\" class=\"comment-body\">\n\n"
            "    <div class=\"comment-author vcard\"><cite class=\"fn\">Edd</cite> <span class=\"says\">says:</span></div>\n\n"
            "    <div class=\"comment-meta commentmetadata\">[July 9, 2013 at 11:47 PM](https://blog.example.org/net/#comment-399)</div>\n\n"
            "    Worked for me too.\n\n    </div>\n")
    p = parse(page)
    assert (p.format, p.comment_system, p.title) == ("embedded_html", "wordpress", "Network setup on a virtual machine")
    assert [(c.author, c.parent_position, c.posted.raw) for c in p.comments] == [
        ("Deepak", None, "June 25, 2013 at 5:39 AM"), ("Admin", 0, "June 26, 2013 at 12:39 PM"),
        ("Edd", None, "July 9, 2013 at 11:47 PM")]
    assert p.comments[0].text == "These steps are perfect, thank you."


def test_comment_markup_in_code_is_not_a_comment_section():
    fenced = ("# Styling the comment list\n\nThe theme prints the list like this, and the style below "
              "targets its items.\n\n```html\n<div id=\"comments\">\n<ol class=\"commentlist\">\n"
              "<li id=\"comment-1\" class=\"comment\"><cite class=\"fn\">Ann</cite> says: Hi</li>\n</ol>\n</div>\n```\n\n"
              "That is all there is to it.\n")
    indented = fenced.replace("```html\n", "").replace("```\n", "").replace("\n<", "\n    <")
    for page in (fenced, indented):
        assert formats.FORMATS["embedded_html"].detect(page.encode(), ".md") == 0.0
        p = parse(page)
        assert (p.format, len(p.comments)) == ("other_text", 0)


def test_a_page_the_text_formats_read_keeps_their_comments_without_stray_tags():
    # A says-list in markdown with a stray raw div named for comments above it: the text
    # formats' reading stands, read from the text without the tags they would glue in.
    page = ("# Ferry\n\nThe ferry keeps its summer timetable until October, the council said.\n\n"
            "<div id=\"comments\"></div>\n\n2 thoughts on \u201cFerry\u201d\n\n"
            "Anna says:\n\nMay 5, 2013 at 9:12 am\n\nGood news.\n\n"
            "Ben says:\n\nMay 5, 2013 at 10:40 am\n\n<div class=\"comment-body\">Finally.</div>\n")
    p = parse(page)
    assert [(c.author, c.text) for c in p.comments] == [("Anna", "Good news."), ("Ben", "Finally.")]


def test_hugo_import_count_heading_and_paragraphs_the_importer_left_as_blank_lines():
    page = ("---\ntitle: Ethics\n---\n\nA talk about the ethics of the tools we build and sell to each other.\n\n"
            "## 2 comments\n\n<ol class=\"commentlist\">\n<li class=\"comment\" id=\"comment-1\">\n"
            "<div class=\"comment-author vcard\"><cite class=\"fn\">Prisca</cite></div>\n"
            "<div class=\"comment-meta\"><a href=\"#comment-1\">April 13, 2017 at 9:45 am</a></div>\n"
            "<div class=\"comment-entry\">\n\t\tDear Laura,\n\nwonderful article.\n\nThank you.\n\t</div>\n</li>\n"
            "<li class=\"comment\" id=\"comment-2\">\n<div class=\"comment-author vcard\"><cite class=\"fn\">Wayne</cite></div>\n"
            "<div class=\"comment-meta\"><a href=\"#comment-2\">April 22, 2017 at 8:52 pm</a></div>\n"
            "<div class=\"comment-entry\">Excellent.</div>\n</li>\n</ol>\n")
    p = parse(page)
    assert p.declared_comment_count == 2 and not p.truncated
    assert [c.text for c in p.comments] == ["Dear Laura,\n\nwonderful article.\n\nThank you.", "Excellent."]


def test_movable_type_exports_on_date_name_said_and_boxes_never_closed():
    item = ("<div class=\"comment\" id=\"comment-{k}\">\nOn <a href=\"#comment-{k}\" title=\"Permalink to this comment\">"
            "September  {d}, 2004 10:2{k} PM</a>, <a href=\"http://example.org/{k}\">{name}</a>\nsaid:\n<p>{text}</p>\n\n\n")
    page = ("---\nlayout: post\ntitle: \"Web services\"\n---\n\n<p>A very good read on web services, recommended.</p>\n\n"
            "<section class=\"comments\">\n"
            + item.format(k=3, d=7, name="Steve L.", text="I was a bit disappointed by its acceptance of the failings.")
            + item.format(k=4, d=7, name="Stefan T.", text="You cannot expect that article to criticise the API.")
            + item.format(k=5, d=9, name="Steve L.", text="Send me your address, I have a document for you.")
            + "</section>\n")
    p = parse(page)
    assert [(c.author, c.parent_position, c.depth) for c in p.comments] == [
        ("Steve L.", None, 0), ("Stefan T.", None, 0), ("Steve L.", None, 0)]
    assert p.comments[2].posted.local.isoformat() == "2004-09-09T22:25:00"


def test_nikola_and_pelican_metadata_and_a_fence_after_an_open_bracket():
    body = ("Sync the database with a shared folder.\n\nAdd this to the shortcut's target:\n\n"
            "~~~~~~~~\n--user-db=\"[path/to/db\"\n~~~~~~~~\n\n**Note**: the path in the settings is not updated.\n")
    nikola = (".. title: Syncing the dictionary\n.. date: 2011-07-26\n.. slug: sync\n\n" + body)
    p = parse(nikola)
    assert (p.title, p.published.raw) == ("Syncing the dictionary", "2011-07-26")
    assert p.body.endswith("Note: the path in the settings is not updated.")
    pelican = "Title: Syncing the dictionary\nDate: 2011-07-26 10:20\nCategory: tools\n\n" + body
    p = parse(pelican)
    assert p.title == "Syncing the dictionary" and not p.body.startswith("Title")
    # a fetcher's header of labels, two words at most each
    fetched = ("URL: https://news.example/glm\nFetched BJT: 2026-09-30T23:58:56+08:00\nHTTP: 200\n"
               "Title: Syncing the dictionary\n\n" + body)
    p = parse(fetched, ".txt")
    assert (p.title, p.url) == ("Syncing the dictionary", "https://news.example/glm")
    assert p.body.startswith("Sync the database")
    # a page whose first lines only look like labels keeps them
    assert parse("Note: first line\nSecond: line\n\n" + body).body.startswith("Note: first line")


def test_a_box_named_for_a_readers_comment_in_the_article_is_no_start():
    page = ("---\ntitle: \"Mailbag\"\n---\n\n<p>This week's question comes from a reader of last month's post:</p>\n\n"
            "<div class=\"reader-comment\">\n<p><strong>Tom wrote:</strong> Rust or Go first?</p>\n</div>\n\n"
            "<p>Short answer: Go. You will be productive in it within a few days, and its tooling is simple.</p>\n\n"
            "<div id=\"comments\">\n<h3>1 Comment</h3>\n<ol class=\"commentlist\">\n<li class=\"comment\" id=\"comment-3101\">\n"
            "<div class=\"comment-author vcard\"><cite class=\"fn\">Ines</cite> says:</div>\n"
            "<div class=\"comment-meta\"><a href=\"#comment-3101\">November 20, 2014 at 11:02 am</a></div>\n"
            "<p>Agreed, Go first.</p>\n</li>\n</ol>\n</div>\n")
    p = parse(page)
    assert p.format == "embedded_html" and [c.author for c in p.comments] == ["Ines"]
    assert p.body.endswith("and its tooling is simple.") and p.declared_comment_count == 1


def test_comment_markup_shown_in_an_article_gives_way_to_the_real_comments():
    page = ("# How WordPress prints comments\n\nEach comment is an item of a list, like this one:\n\n"
            "<ol class=\"commentlist\">\n<li class=\"comment\" id=\"comment-1\"><cite class=\"fn\">Jane Doe</cite> says:"
            "<div class=\"comment-meta\"><a href=\"#comment-1\">January 1, 2020 at 9:00 am</a></div><p>Demo.</p></li>\n</ol>\n\n"
            "Style the list with the classes above, and the replies with the children list.\n\n"
            "2 thoughts on \u201cHow WordPress prints comments\u201d\n\n"
            "Anna says:\n\nMay 5, 2020 at 9:12 am\n\nVery clear, thanks.\n\n"
            "Ben says:\n\nMay 5, 2020 at 10:40 am\n\nWhat about pingbacks?\n")
    p = parse(page)
    assert [c.author for c in p.comments] == ["Anna", "Ben"]


def test_one_comment_left_in_html_among_markdown_comments():
    page = ("# Benchmarks\n\nI ran the usual insert and select benchmarks on a small board this week.\n\n"
            "3 thoughts on \u201cBenchmarks\u201d\n\n"
            "Dan says:\n\nMay 5, 2020 at 9:12 am\n\nNice numbers.\n\n"
            "<div class=\"comment\" id=\"comment-12\"><cite class=\"fn\">Olga</cite> says:\n\n"
            "May 5, 2020 at 10:40 am\n\n<table><tr><td>42</td></tr></table>What about writes?</div>\n\n"
            "Eve says:\n\nMay 6, 2020 at 8:00 am\n\nThanks.\n")
    p = parse(page)
    assert [c.author for c in p.comments] == ["Dan", "Olga", "Eve"]
    assert not any("<" in c.text for c in p.comments)


def test_hostile_nesting_in_the_block_leaves_the_article():
    page = ("# T\n\nThe article's own text, which no markup below can take away.\n\n<div id=\"comments\">\n"
            + "<div class=\"comment\">" * 100_000 + "x" + "</div>" * 100_000 + "\n")
    p = parse(page)
    assert (p.format, len(p.comments), p.body) == (
        "embedded_html", 0, "The article's own text, which no markup below can take away.")
