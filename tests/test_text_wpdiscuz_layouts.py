"""wpDiscuz threads as HTML-to-text converters print them: no subscribe/sort chrome, the
thread opened by its count line or by its records alone, node-per-line dumps, wpDiscuz 5's
footer dates, separate like/dislike counts (invented pages, one per layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newscomments
from newscomments import formats

FIX = Path(__file__).resolve().parent / "fixtures" / "text"


def parse(name: str):
    return newscomments.parse_page(FIX / name)


# fixture -> (declared count, [(author, reply-to name, parent, net votes, raw date, text)])
LAYOUTS = {
    # html-text / inscriptis print ".wpd-thread-info" ("4 Comments") but no "Notify of" bar.
    "wpdiscuz_conv_count_line.txt": (4, [
        ("Mirela Okafor", None, None, 5, "2 April, 2024 9:14 pm",
         "Finally. The taxi home cost me more than the concert."),
        ("Tobias Wren", None, None, -2, "2 April, 2024 9:40 pm", "Half past one is still too early on Saturdays."),
        ("Mirela Okafor", "Tobias Wren", 1, 3, "2 April, 2024 10:05 pm", "Better than nothing, though."),
        ("Pavel Dusk", None, None, 0, "3 April, 2024 7:12 am", "Will bikes be allowed on board?"),
    ]),
    # markdownify: avatars, "3" / "Kommentare" apart, no "Reply" buttons, a linked "Antwort auf".
    "wpdiscuz_conv_split_count.md": (None, [
        ("Greta", None, None, 6, "vor 4 Stunden", "Schön, dass die alten nicht weggeworfen werden."),
        ("Ole", "Greta", 0, 2, "vor 3 Stunden", "Genau, die Schule meiner Tochter bekommt zwei davon."),
        ("Ines", None, None, -1, "vor 1 Stunde", "Sind die Bänke auch im Winter draußen?"),
    ]),
    # inscriptis keeps list indentation; no count line, no chrome: four badge/vote records.
    "wpdiscuz_conv_no_count.txt": (None, [
        ("Anders Holm", None, None, 4, "12 May, 2023 6:02 pm",
         "I visited the north light as a child. Sad to see the era end."),
        ("Lena Fisk", "Anders Holm", 0, 7, "12 May, 2023 6:30 pm",
         "The north light is still open to visitors in summer."),
        ("Kofi Mensah", None, None, 1, "13 May, 2023 8:15 am", "Will the archive be online?"),
        ("Ruth Aalto", None, None, 9, "13 May, 2023 9:47 am", "My grandfather kept the south light for thirty years."),
    ]),
    # selectolax text(separator="\n"): " Reply to\u00a0" / " NAME " / " " / DATE, no blank line
    # above the vote number, no "Reply" buttons (strict mode).
    "wpdiscuz_conv_node_lines.txt": (3, [
        ("Sanna Berg", None, None, 2, "1 June, 2023 4:10 pm", "Will the ferry run late that night?"),
        ("Jon Vik", "Sanna Berg", 0, 4, "1 June, 2023 4:31 pm", "Yes, until midnight."),
        ("Maja Lund", None, None, 0, "1 June, 2023 5:02 pm", "Good news for the stall owners."),
    ]),
    # wpDiscuz 5 prints the date at the right of the footer: NAME / TEXT / "6 Reply" / DATE.
    # The sort bar above the first badge and the page footer after the last date are no text.
    "wpdiscuz_conv_v5_footer_date.txt": (3, [
        ("Hanna Kowal", None, None, 6, "October 2, 2022 8:41 am", "Great news for those of us who work on Saturdays."),
        ("Felix Brandt", None, None, -2, "October 2, 2022 9:03 am", "Thank you! We hope to add evening hours too."),
        ("Ivo", None, None, 0, "October 3, 2022 6:30 pm", "Is the children's corner open as well?"),
    ]),
    # wpDiscuz's "separate votes" option prints likes and dislikes ("8" / "1") under the text,
    # without a "Reply" button here; the trackback carries no votes.
    "wpdiscuz_conv_split_votes.txt": (3, [
        ("Lotte", None, None, 7, "vor 5 Tagen", "Meine Minze hat den Winter überlebt!"),
        ("Jonas Pfeil", "Lotte", 0, 2, "vor 4 Tagen", "Meine leider nicht."),
        ("Rezepte aus dem Garten", None, None, None, "vor 2 Tagen", "[…] kleine Kräutergärten auf dem Balkon […]"),
    ]),
    # inscriptis keeps the thread's indentation: Cleo's "Reply to Ann Berg" comes after two
    # comments by Ann Berg; the nearest one (2) is nested deeper than Cleo, so it is no
    # ancestor, and the indentation names the first (0).
    "wpdiscuz_conv_indented_ambiguous.txt": (5, [
        ("Ann Berg", None, None, 2, "4 January, 2025 10:00 am", "Finally a safe way to the station."),
        ("Bob Ek", "Ann Berg", 0, 1, "4 January, 2025 10:20 am", "Safe until the first delivery van parks on it."),
        ("Ann Berg", "Bob Ek", 1, 3, "4 January, 2025 10:45 am", "There will be bollards, says the plan."),
        ("Cleo Park", "Ann Berg", 0, 0, "4 January, 2025 11:30 am", "Which station do you mean?"),
        ("Dev Rao", None, None, 4, "5 January, 2025 8:05 am", "March is too late for the summer season."),
    ]),
    # w3m: form controls drawn as "[ … ]" fields before the count, the page's social links,
    # search form and copyright after the last "N / Reply" footer (no comment text).
    "wpdiscuz_conv_page_after_thread.txt": (3, [
        ("Mira Solberg", None, None, 2, "March 2, 2024 8:50 am", "Finally! I have missed this train since 2009."),
        ("Tomas Lind", "Mira Solberg", 0, 0, "March 2, 2024 9:15 am", "So have we. The old carriages were refurbished."),
        ("Jonas", None, None, 1, "March 3, 2024 7:05 pm", "Will bikes be allowed?"),
    ]),
    # wpDiscuz 5 copied from a browser: the sort bar, NAME / "Guest" / NAME, the footer glued
    # to its date ("7  REPLY3 months 11 days ago"); "Load More Comments" below.
    "wpdiscuz_v5_copied.txt": (None, [
        ("Ingrid Falk", None, None, 7, "3 months 11 days ago",
         "Mine has been in the family for sixty years and never saw soap."),
        ("Tomasz", None, None, 2, "1 year 2 months ago", "Which oil do you use?"),
        ("Ada", None, None, 0, "20 days 4 hours ago", "Flaxseed flakes off for me."),
    ]),
    # wpDiscuz 5 in a web clipper's markdown: the vote icons' titles round the count ("**Vote
    # Up7**Vote Down ** Reply"), an add-on's tooltip opening every comment (no text).
    "wpdiscuz_v5_vote_titles.md": (3, [
        ("Ingrid Falk", None, None, 7, "3 months 11 days ago",
         "Mine has been in the family for sixty years and never saw soap."),
        ("Tomasz", None, None, 2, "1 year 2 months ago", "Which oil do you use?"),
        ("Ada", None, None, 0, "20 days 4 hours ago", "Flaxseed flakes off for me."),
    ]),
    # wpDiscuz 5 in inscriptis: the bare sort bar, a badge above every name, "Vote Up N Vote
    # Down Reply" footers (no "Reply" at the deepest level) and the date last; the file ends
    # with that date and no newline (whole, not cut). No "Reply to NAME" anywhere: the reply's
    # deeper indentation is its only link to its parent.
    "wpdiscuz_v5_inscriptis.txt": (None, [
        ("Ivan Milani", None, None, 1, "8 months ago", "thanks for your effort"),
        ("Greg Stein", None, 0, 0, "8 months ago", "Anytime, glad it helped!"),
        ("Jo Park", None, None, 2, "7 months ago", "Fixed it for me too."),
    ]),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layout_records(name):
    declared, expected = LAYOUTS[name]
    p = parse(name)
    assert p.format == "wpdiscuz_text" and p.comment_system == "wpdiscuz"
    assert p.declared_comment_count == declared and not p.truncated
    assert [(c.author, c.reply_to_name, c.parent_position, c.net_votes, c.posted.raw, c.text)
            for c in p.comments] == expected


def test_article_ends_where_the_chromeless_thread_begins():
    assert parse("wpdiscuz_conv_count_line.txt").body.endswith(
        "the last bus leaves the station at half past one.\n\nPhoto: Valley Transit")
    assert parse("wpdiscuz_conv_no_count.txt").body == (
        "Lighthouse keepers meet for the last time\n\n"
        "The association of lighthouse keepers held its final meeting in the harbour hall on Sunday.\n\n"
        "Its archive goes to the maritime museum.")
    md = parse("wpdiscuz_conv_split_count.md")
    assert md.title == "Neue Bänke im Stadtpark"
    assert md.body == ("Im Stadtpark stehen seit Montag zwanzig neue Bänke aus Lärchenholz.\n\n"
                       "Die alten Bänke werden repariert und an Schulen verschenkt.")
    assert parse("wpdiscuz_conv_v5_footer_date.txt").body.endswith(
        "Volunteers from the reading club will staff the desk.")


def test_reply_link_without_parent_id_falls_back_to_name():
    # Greta's own id is not printed (no share link), so the marker's name decides; the link
    # ("Antwort auf [Greta](#comment-ID)") then gives Greta her id.
    p = parse("wpdiscuz_conv_split_count.md")
    assert p.comments[1].parent_method == "reply-marker-named"
    assert [c.native_id for c in p.comments] == ["501", None, None]


def test_trackback_without_votes_is_a_pingback_kind():
    assert [c.kind for c in parse("wpdiscuz_conv_split_votes.txt").comments] == ["comment", "comment", "pingback"]


def _fmt(text: str, suffix: str = ".txt") -> str:
    return formats.detect(text.encode(), suffix).NAME


def test_numbered_wordpress_comments_are_not_votes():
    # A WordPress theme numbering its comments ("1", "2", ... under each) with a count line:
    # the numbers count up, so they are no vote totals and the page is not wpDiscuz's.
    # One reply by the post's author carries the theme's "Author" badge.
    records = "".join(f"{'Author' if k == 2 else ''}\nReader {k}\non 1{k}/08/2020 at 9:5{k}\nAntworten\n"
                      f"Comment number {k} here.\n{k}\n\n" for k in range(1, 7))
    page = "A post\n\nSome body text.\n\n5\nComments\n\n" + records
    assert _fmt(page) != "wpdiscuz_text"


def test_bullet_separated_records_are_not_wpdiscuz():
    # Reddit / Disqus print "NAME" / "OP" / "•" / AGE and "Upvote" / N: a badge and a vote, but
    # with the separator wpDiscuz never prints.
    records = "".join(f"user{k}\nOP\n•\n{k}h ago\nSome reply text number {k}.\nUpvote\n{k * 7}\n\n"
                      for k in range(1, 6))
    assert _fmt("A thread\n\nBody.\n\n" + records) != "wpdiscuz_text"


def test_wordpress_says_page_is_not_routed_to_wpdiscuz():
    # Guest labels and vote-like numbers, but "NAME says:" and "N thoughts on": WordPress's.
    records = "".join(f"Guest\nReader {k} says:\nMarch {k}, 2024 at 10:0{k} am\nText {k} of the thread.\n{k + 3}\nReply\n\n"
                      for k in range(1, 5))
    page = "A post\n\nBody.\n\n4 thoughts on “A post”\n\n" + records
    assert _fmt(page) == "wordpress_text"


def test_ambiguous_reply_marker_decided_by_indentation():
    p = parse("wpdiscuz_conv_indented_ambiguous.txt")
    assert [c.parent_method for c in p.comments] == [
        None, "reply-marker-named", "reply-marker-named", "list-indent", None]
    # Flattened, the same text leaves the choice to the name rule: the nearest Ann Berg (2).
    flat = "\n".join(line.strip() for line in (FIX / "wpdiscuz_conv_indented_ambiguous.txt").read_text().split("\n"))
    q = newscomments.parse_page(flat.encode(), page_id="flat", suffix=".txt")
    assert (q.comments[3].parent_position, q.comments[3].parent_method) == (2, "reply-marker-named")


def test_chinese_wpdiscuz_4_with_labelled_votes_and_dates_last():
    # A Chinese wpDiscuz 4 thread as inscriptis prints it (strings as a real page prints them):
    # "游客" badge, "赞 N 踩 回复" vote footer, the two-unit age closing each record, and the
    # "N 评论 在 “T”" count line opening the thread.
    from datetime import datetime
    from newscomments.options import ParseOptions
    p = newscomments.parse_page(FIX / "wpdiscuz_chinese_date_last.txt",
                                options=ParseOptions(crawled_at=datetime(2019, 6, 1, 12, 0)))
    assert (p.format, p.declared_comment_count, p.truncated) == ("wpdiscuz_text", 3, False)
    assert [(c.author, c.net_votes, c.text) for c in p.comments] == [
        ("阿花", 2, "我家的番茄今年结了二十多个，谢谢分享！"), ("老王", 0, "花盆要多深才够？"), ("小林", -1, "至少三十厘米。")]
    assert [c.posted.raw for c in p.comments] == ["1 月 3 天 之前", "1 月 1 天 之前", "28 天 之前"]
    assert p.comments[0].posted.local.isoformat() == "2019-04-29T12:00:00"  # 30 + 3 days before


def test_crawler_source_comment_gives_the_url_and_is_no_body_text():
    data = ("<!-- source: https://coast-line.example/night-trains/ -->\n\n"
            + (FIX / "wpdiscuz_conv_page_after_thread.txt").read_text(encoding="utf-8"))
    p = newscomments.parse_page(data.encode(), page_id="p", suffix=".md")
    assert (p.url, p.site) == ("https://coast-line.example/night-trains/", "coast-line.example")
    assert "<!--" not in p.body and p.body.startswith("Night trains return to the coast line")


def test_wpdiscuz_5_count_bubble_in_the_form_heading():
    data = (FIX / "wpdiscuz_v5_inscriptis.txt").read_text(encoding="utf-8").replace(
        "          Subscribe", "        3\n    Leave a Reply\n\n          Subscribe")
    p = newscomments.parse_page(data.encode(), page_id="p", suffix=".txt")
    assert (p.declared_comment_count, len(p.comments)) == (3, 3)


def test_wpdiscuz_read_more_control_is_no_text_and_flags_collapsed_text():
    data = (FIX / "wpdiscuz_v5_inscriptis.txt").read_text(encoding="utf-8").replace(
        "thanks for your effort", "thanks for your effort, it saved my evening and … Read more »")
    p = newscomments.parse_page(data.encode(), page_id="p", suffix=".txt")
    assert p.comments[0].text == "thanks for your effort, it saved my evening and"
    assert p.truncation_reasons == ("collapsed-text",)


def test_a_record_without_a_name_line_after_a_bare_vote_count():
    # inscriptis of wpDiscuz 7 with replies off: the vote count is the last line of each
    # record; a commenter with an empty display name prints no name line, so the count above
    # the date is the previous record's votes, never a name. The file ends with a count.
    data = ("Post text that is long enough to be the body of the article.\n\n"
            "2 Comments\n          Inline Feedbacks\n          View all comments\n"
            "                Admin\n                  Celtrius\n                  2 years ago\n\n"
            "                Nice\n\n                    3\n                  2 years ago\n\n"
            "                It truly is amusing.\n\n                    0").encode()
    p = newscomments.parse_page(data, page_id="w", suffix=".txt")
    assert p.format == "wpdiscuz_text" and p.truncation_reasons == ()
    assert [(c.author, c.net_votes, c.text) for c in p.comments] == [
        ("Celtrius", 3, "Nice"), (None, 0, "It truly is amusing.")]


def test_labelled_vote_footers_glued_by_a_markdown_converter():
    # markdownify glues the labels to the total ("赞2踩\xa0 回复"): still the footer and its votes.
    from datetime import datetime
    from newscomments.options import ParseOptions
    data = (FIX / "wpdiscuz_chinese_date_last.txt").read_text(encoding="utf-8")
    for n in ("2", "0", "-1"):
        data = data.replace(f"赞 {n} 踩 回复", f"赞{n}踩\u00a0 回复")
    assert "赞 " not in data
    p = newscomments.parse_page(data.encode(), page_id="zh", suffix=".txt",
                                options=ParseOptions(crawled_at=datetime(2019, 6, 1, 12, 0)))
    assert [(c.author, c.net_votes, c.text) for c in p.comments] == [
        ("阿花", 2, "我家的番茄今年结了二十多个，谢谢分享！"), ("老王", 0, "花盆要多深才够？"), ("小林", -1, "至少三十厘米。")]


def test_markdown_share_links_that_carry_the_text_and_icon_residue_before_reply_to():
    # html2text of wpDiscuz 7: the Twitter share link's URL holds the comment's own lines (so the
    # link spans lines), and the reply icon leaves "__" before "Reply to NAME".
    def record(name, cid, text, reply=None):
        lines = [f"![{name}](https://g.example/{cid}.png)", "", f"{name} ", "", "__1 year ago", "", "__", "",
                 f"[__](https://twitter.com/intent/tweet?text={text}", "",
                 f"&url=%2Fpost%2F%23comment-{cid} \"Share On Twitter\")[__](https://vk.com/share.php?url=x)", "",
                 "__", ""]
        if reply:
            lines += [f"__Reply to   {reply} ", ""]
        return lines + [text, "", "0", "", "Reply", "", "__", ""]
    page = ["# Best coolers", "", "Our picks for the i9.", "", "2 Comments", "", "Inline Feedbacks", "",
            "View all comments", ""] + record("matthew", 8, "You mixed up the pros and cons.") \
        + record("jan", 13, "Thank you, will fix.", reply="matthew")
    p = newscomments.parse_page("\n".join(page).encode(), page_id="w", suffix=".md")
    assert [(c.author, c.native_id, c.parent_position, c.text) for c in p.comments] == [
        ("matthew", "8", None, "You mixed up the pros and cons."), ("jan", "13", 0, "Thank you, will fix.")]


def test_markdown_share_link_between_the_name_and_its_date_is_no_name():
    # wpDiscuz 7 in html2text for a registered author: NAME, "Author" badge, the multi-line share
    # link, "Reply to NAME", then the date.
    lines = ["# Audacity theme", "", "A concept.", "", "2 Comments", "", "Inline Feedbacks", "", "View all comments", "",
             "![Havier](https://g.example/h.png)", "", "Havier ", "", "__1 month ago", "", "__", "",
             "Does it work on Windows?", "", "0", "", "Reply", "", "__", "",
             "[![Nam Vu](https://g.example/n.png)](/author/nam/)", "", "[Nam Vu](/)", "", "Author", "", "__", "",
             "[__](https://twitter.com/intent/tweet?text=Only a concept, sorry",
             "&url=%2Fpost%2F%23comment-15145 \"Share On Twitter\")[__](https://vk.com/share.php?url=x)", "",
             "__Reply to   Havier ", "", "__1 month ago", "", "__", "", "Only a concept, sorry.", "", "0", "", "Reply", ""]
    p = newscomments.parse_page("\n".join(lines).encode(), page_id="w", suffix=".md")
    assert [(c.author, c.parent_position, c.text) for c in p.comments] == [
        ("Havier", None, "Does it work on Windows?"), ("Nam Vu", 0, "Only a concept, sorry.")]
    assert p.comments[1].native_id == "15145"
