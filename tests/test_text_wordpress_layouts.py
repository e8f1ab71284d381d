"""WordPress comment layouts as HTML-to-text converters print them (wordpress_text): themes
without "says:", bare and localised count headings, node-per-line dumps, html2text's wrapped
links, heading marks and icon residue. One hand-written fixture per layout, exact facts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import newscomments
from newscomments import formats

FIX = Path(__file__).resolve().parent / "fixtures" / "text"


def parse(name: str):
    return newscomments.parse_page(FIX / name)


def facts(page):
    return [(c.author, c.posted.raw if c.posted else None, c.parent_position) for c in page.comments]


def test_name_date_reply_on_one_line_under_a_bare_count_heading_with_o_bullets():
    # inscriptis of an Astra-like theme: "NAME DATE Reply" per item, "o" for the third level.
    p = parse("wordpress_conv_name_date_inline.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 4
    assert facts(p) == [("Tilda Marsh", "March 3, 2022 at 9:15 am", None),
                        ("Oren Vale", "March 3, 2022 at 11:02 am", 0),
                        ("Tilda Marsh", "March 4, 2022 at 8:40 am", 1),
                        ("Basil Crane", "March 5, 2022 at 6:30 pm", None)]
    assert p.comments[0].text == "Lovely to see the colours back.\n\nThe gulls seem unimpressed though."
    assert p.comments[3].text == "Which paint did you use?"  # the "Gefällt mir" button is dropped


def test_name_line_date_line_under_a_comments_heading_html2text_wrap_and_pingback():
    # html2text (78 columns): the permalink wraps inside its URL, only the marker/avatar line
    # is indented, and one "Pingback:" item does not hide the NAME / DATE records.
    p = parse("wordpress_conv_name_date_lines.md")
    assert p.format == "wordpress_text" and p.declared_comment_count is None
    assert facts(p) == [("Wren Holloway", "12. October, 2023 at 14:05", None),
                        ("Jam Kitchen", "12. October, 2023 at 16:20", 0),
                        ("Autumn preserves roundup | Pantry Notes", None, None),
                        ("Ilse Brandt", "14. October, 2023 at 08:12", None)]
    assert [c.kind for c in p.comments] == ["comment", "comment", "pingback", "comment"]
    assert [c.native_id for c in p.comments] == ["501", "502", None, "503"]
    assert p.comments[1].text == "Yes, the pink colour comes with long cooking."


def test_german_count_heading_comma_and_middle_dot_headers_prose_says_line():
    # "NAME, DATE Antworten" and "NAME · DATE"; a "NAME sagt:" line in the article above the
    # heading does not open the section; like and edit buttons are not text.
    p = parse("wordpress_conv_german_count.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert facts(p) == [("Jonas Feld", "12. März 2021 um 10:15", None),
                        ("Mara Linde", "13. März 2021 um 18:40", None),
                        ("Balkonpflanzen im Frühling | Grünes Zimmer", None, None)]
    assert [c.text for c in p.comments] == ["Bei mir wird der Basilikum immer gelb.",
                                            "Weniger gießen hilft meistens.", ""]
    assert "Plantago" in p.body


def test_node_per_line_dump_name_space_line_says():
    p = parse("wordpress_conv_node_lines.txt")
    assert facts(p) == [("Pia Norden", "June 4, 2024 at 9:12 pm", None),
                        ("Lukas Berg", "June 5, 2024 at 7:03 am", None)]
    assert [c.text for c in p.comments] == ["Same here, they came back late this year.",
                                            "Any idea why they came so late?"]


def test_comments_closed_above_the_list_and_comment_number_before_name_on_numeric_date():
    p = parse("wordpress_conv_closed_numbered.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3 and not p.truncated
    assert facts(p) == [("Nell Archer", "11/08/2020 at 9:52", None),
                        ("Quiet Loom", "11/08/2020 at 10:39", 0),
                        ("Ruth Iverson", "12/08/2020 at 7:05", None)]
    assert p.comments[1].text == "A local Shetland yarn."


def test_blog_name_h1_above_the_post_h1_is_not_a_foreign_block_schreibt_and_glued_says():
    p = parse("wordpress_conv_blog_h1.md")
    assert p.notes == ()
    assert p.title == "Silhouette cutting (2)"  # the H1 linking home is the blog's name
    assert p.declared_comment_count == 2
    assert facts(p) == [("Greta Sommer", "2. Mai 2019 um 20:11", None),
                        ("Paper Boats", "3. Mai 2019 um 07:45", None)]
    assert [c.native_id for c in p.comments] == ["71", "72"]


def test_heading_marks_lone_star_and_icon_residue_in_headers():
    p = parse("wordpress_conv_heading_marks.md")
    assert p.declared_comment_count == 2
    assert facts(p) == [("Stargazer Sam", "January 8, 2025 at 10:02 pm", None),
                        ("Hiker Hanna", "January 9, 2025 at 7:45 am", None)]
    assert [c.text for c in p.comments] == ["Which lens did you use?", "Great photos, thank you."]


def test_detect_picks_wordpress_for_each_layout():
    for name in ("wordpress_conv_name_date_inline.txt", "wordpress_conv_name_date_lines.md",
                 "wordpress_conv_german_count.txt", "wordpress_conv_closed_numbered.txt",
                 "wordpress_conv_heading_marks.md", "wordpress_conv_easel_discussion.txt",
                 "wordpress_conv_wpcom_likes.txt"):
        data = (FIX / name).read_bytes()
        assert formats.detect(data, FIX.joinpath(name).suffix).NAME == "wordpress_text", name


def test_a_count_link_above_a_disqus_list_is_not_a_wordpress_section():
    data = b"Body.\n\n- [2 comments]()\n- [Sort by Newest](https://disqus.example/)\n"
    assert formats.detect(data, ".md").NAME == "other_text"


def test_wpdiscuz_thread_under_a_bare_count_heading_is_not_read_as_wordpress():
    # wpDiscuz's text dump has NAME and DATE lines too; its role badge, "Reply to NAME" and
    # the vote count above "Reply" say whose thread it is.
    data = ("Post text.\n\n3 Comments\nUser\n  Nora Quill\n  2 May, 2023 7:00 pm\n\nFirst.\n\n"
            "    4\n  Reply\nUser\n  Otto Pike\nReply to  Nora Quill\n  2 May, 2023 8:00 pm\n\n"
            "Second.\n\n    1\n  Reply\n").encode()
    assert formats.detect(data, ".txt").NAME != "wordpress_text"


def test_comment_number_item_avatar_name_and_on_date_line_paged_permalinks():
    # markdownify of a theme that numbers its comments: "1. 1" / avatar / NAME / "[on DATE](…)";
    # "DATE  [- Antworten](…)" on the date line; "52Comments" glued; paged comments link to
    # "POST/comment-page-2/#comment-ID", the same post (not a foreign block).
    p = parse("wordpress_conv_numbered_avatar.md")
    assert p.format == "wordpress_text" and p.notes == () and p.declared_comment_count == 3
    assert facts(p) == [("Petra Sand", "11/05/2021 at 8:14", None),
                        ("Allotment Letters", "11/05/2021 at 9:30", 0),
                        ("Ida Wolf", "12. Mai 2021 um 15:28 Uhr", None)]
    assert [c.native_id for c in p.comments] == ["901", "902", None]
    assert [c.text for c in p.comments] == ["Mine took two weeks in the cold.",
                                            "Cold soil slows them down.", "Danke für die Tipps."]


def test_comment_by_footer_under_the_text_kubrick_archive():
    # Kubrick prints "Comment by NAME — DATE" under each text; "N archived comments" heads it.
    p = parse("wordpress_conv_comment_by_footer.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert facts(p) == [("Edda Voss", "March 2, 2012 @ 6:41 pm", None),
                        ("Harbourmaster", "March 3, 2012 @ 9:05 am", None),
                        ("Machines of the sea — Old Instruments Weekly", "March 5, 2012 @ 11:20 pm", None)]
    assert [c.kind for c in p.comments] == ["comment", "comment", "pingback"]
    assert p.comments[1].text == "Edda: a photo would be wonderful.\n\nIt would make a great follow-up post."


def test_node_per_line_dump_split_count_heading_badge_blank_runs_split_pingback():
    # innerText-like dumps: "3 thoughts on “" / TITLE / "”", runs of blank lines between NAME
    # and DATE, the "Post author" badge, "Pingback: " / TITLE, and comment navigation.
    p = parse("wordpress_conv_node_name_date.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3 and p.notes == ()
    assert facts(p) == [("Hedda Rask", "October 14, 2024 at 6:02 pm", None),
                        ("Garden Notes", "October 15, 2024 at 8:30 am", None),
                        ("Autumn jobs list", None, None)]
    assert [c.kind for c in p.comments] == ["comment", "comment", "pingback"]
    assert [c.text for c in p.comments] == ["Does it need mulch?", "A thin layer of straw helps.", ""]
    # core's comment navigation links to older comments: the thread is paged
    assert p.truncation_reasons == ("comment-pagination",)


def test_comment_by_footers_in_a_dump_without_blank_lines_take_one_line_of_text():
    data = ("Old post.\nNew comments are closed.\nFirst reply here.\n"
            "Comment by Ava Lind — May 2, 2010 @ 4:05 pm\nSecond one.\n"
            "Comment by Bo Sten — May 3, 2010 @ 9:15 am\n").encode()
    p = newscomments.parse_page(data, page_id="d", suffix=".txt")
    assert p.format == "wordpress_text"
    assert [(c.author, c.text) for c in p.comments] == [("Ava Lind", "First reply here."),
                                                       ("Bo Sten", "Second one.")]


def test_name_with_colon_alone_is_a_header_only_above_a_date_line():
    # Themes that print "NAME:" (no says-word) above the date; "Note:" in the article is not one.
    data = ("Статья о Python.\n\nNote:\nthe code runs on 3.12.\n\n2 комментария\n\n"
            "Юрий :\n12.03.2021 в 10:15\nСпасибо за урок.\n\nAndrew:\n13.03.2021 в 08:02\nThanks!\n").encode()
    p = newscomments.parse_page(data, page_id="r", suffix=".txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 2
    assert facts(p) == [("Юрий", "12.03.2021 в 10:15", None), ("Andrew", "13.03.2021 в 08:02", None)]
    assert [c.text for c in p.comments] == ["Спасибо за урок.", "Thanks!"]


def test_count_heading_with_form_link_and_a_list_mixing_name_date_forms():
    # "3 Comments. [Leave new](#respond)"; markdownify wraps a reply's avatar and name in one
    # link over a blank line ("[![](…)" / "" / "Theo](…) [DATE](…)") while roots print NAME
    # and DATE on their own lines.
    p = parse("wordpress_conv_count_link_mixed.md")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert facts(p) == [("Karla Moss", "March 2, 2021 8:44 pm", None),
                        ("Theo", "March 3, 2021 9:10 am", 0),
                        ("Uma Reyes", "April 9, 2021 7:35 am", None)]
    assert [c.native_id for c in p.comments] == ["31", "32", "40"]
    assert [c.text for c in p.comments] == ["Which package draws the axis breaks?",
                                            "The scales package does.", "Very helpful."]


@pytest.mark.parametrize("line, expected", [
    ("Stargazer Sam January 8, 2025 at 10:02 pm", ("Stargazer Sam", "January 8, 2025 at 10:02 pm")),
    ("Josef Franz Lindner, Do 9 Apr 2020 / 08:34", ("Josef Franz Lindner", "Do 9 Apr 2020 / 08:34")),
    ("Nell Archer on 11/08/2020 at 9:52", ("Nell Archer", "11/08/2020 at 9:52")),
    ("March 3, 2022 at 9:00 am", None),
])
def test_name_date_split_where_a_word_could_belong_to_either(line, expected):
    # A weekday abbreviation can be a name ("Sam", French "sam."): with a separator after the
    # name it opens the date, without one the shorter date keeps the name whole.
    from newscomments.formats.wordpress_text_layouts import split_name_date
    assert split_name_date(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("9 Comments", True), ("### 1.234 Kommentare", True), ("52Comments", True), ("Comments", True),
    ("4.5 2 votes", False), ("23-02-23 20:54", False), ("12.03.2021 14:00", False)])
def test_count_heading_prefilter(line, expected):
    # detect() tests the heading patterns only on digit-led lines that go on with a word.
    from newscomments.formats.wordpress_text import _word_after_number
    assert _word_after_number(line) is expected


def test_numbered_comment_by_headers_give_the_name_alone():
    # "#1 Kommentar von NAME" over a date line (a news CMS's list as inscriptis prints it).
    text = ("Site Update: chapter 121\n\nChapter 121 is online now. As always the pictures are for "
            "members who are logged in. Chapter 122 follows on Friday.\n\nKommentare\n\n"
            "#1 Kommentar von Naru-chan\n\n26. März 2004, 16:19\n\nDanke für dieses Kapitel!\n\n"
            "#2 Comment by Keitaro Urashima\n\n27. März 2004, 08:05\n\nThanks as well.\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".txt")
    assert facts(p) == [("Naru-chan", "26. März 2004, 16:19", None),
                        ("Keitaro Urashima", "27. März 2004, 08:05", None)]
    assert [c.text for c in p.comments] == ["Danke für dieses Kapitel!", "Thanks as well."]


@pytest.mark.parametrize("name, clean", [
    ("#1 Kommentar von Naru-chan", "Naru-chan"), ("3. Comment by Ann Lee", "Ann Lee"),
    ("### #1 Kommentar von Naru-chan", "Naru-chan"),
    ("Kommentar", "Kommentar"), ("Comment by", "Comment by"), ("2 Chainz", "2 Chainz"),
    ("Kommissar Rex", "Kommissar Rex")])
def test_clean_name_leads(name, clean):
    from newscomments.formats import wordpress_text_layouts as layouts
    assert layouts.clean_name(name, "says") == clean


def test_classic_theme_in_html2text_footers_with_ascii_dashes():
    # html2text of WordPress's classic theme: "Comment by NAME -- DATE" ("--" is html2text's
    # "—"), a count heading ending in the "»" link to the form, the post title in an H3 linked
    # to its permalink under the blog's name.
    p = parse("wordpress_conv_classic_html2text.md")
    assert (p.format, p.declared_comment_count, p.title) == (
        "wordpress_text", 3, "Darf der Vermieter die Klingel tauschen?")
    assert [(c.author, c.kind, c.posted.raw) for c in p.comments] == [
        ("Jana Wolff", "comment", "14. März 2008 @ 10:12"), ("Rainer", "comment", "14. März 2008 @ 11:40"),
        ("Linkschau am Samstag", "pingback", "15. März 2008 @ 08:05")]
    assert p.comments[0].text == "Und wer zahlt die neue Anlage? Umlagefähig dürfte das doch nicht sein."
    assert p.comments[1].text == "Nein, das ist Instandhaltung.\nSiehe § 556 BGB."


def test_no_comments_from_a_quoted_says_line_or_a_post_listing():
    # An article quoting "Die Herstellerin sagt:" (no date, no comment heading) and a sidebar
    # of posts with "Rezept vom DATE" and their own comment counts: no comment anywhere.
    p = parse("wordpress_conv_no_comments_quotes.txt")
    assert p.comments == ()
    assert "Die Herstellerin sagt:" in p.body and "zu dünnflüssig" in p.body


def test_a_themes_own_says_label_shared_by_every_header():
    # SemPress prints "NAME meant:" over "DATE bei TIME": the word every header ends with is
    # the theme's label, not part of the names.
    p = parse("wordpress_conv_theme_says_label.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert facts(p) == [("Ilka", "3. März 2015 bei 09:12", None), ("Bernd Vogt", "3. März 2015 bei 10:40", 0),
                        ("Sam Okoro", "4. März 2015 bei 18:05", None)]
    assert p.comments[1].posted.local.isoformat() == "2015-03-03T10:40:00"


def test_wrote_on_date_headers_under_a_post_a_comment_link():
    # "N. NAME wrote on DATE:" (a theme's header), with the "Post a comment" link printed
    # between the count heading and the list.
    text = ("Weekly notes: issue 85\n\nThe tab bar got faster this week, and two crashes on startup "
            "were fixed by the graphics team.\n\n2 comments on “Weekly notes: issue 85”\n\nPost a comment\n\n"
            " 1. Alan Moss wrote on December 24, 2020 at 3:53 am:\n\n    Are there plans for tab groups?\n\n    Reply\n\n"
            " 2. Jo Doe wrote on February 9, 2021 at 10:16 pm:\n\n    Thanks for the startup fix!\n\n    Reply\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".txt")
    assert (p.format, p.declared_comment_count) == ("wordpress_text", 2)
    assert facts(p) == [("Alan Moss", "December 24, 2020 at 3:53 am", None),
                        ("Jo Doe", "February 9, 2021 at 10:16 pm", None)]
    assert [c.text for c in p.comments] == ["Are there plans for tab groups?", "Thanks for the startup fix!"]


def test_twenty_eleven_on_date_said_headers():
    # Twenty Eleven (and themes copying it): "NAME on DATE said:" with the date a permalink,
    # as html2text prints it (padded link labels); detected without any "says:".
    text = ("# Notes on a slow build\n\nThe build took forty minutes again, so I profiled it and found "
            "the linker spending most of the time on debug sections.\n\n"
            "  1. [ Mira ](http://mira.example) on [ March 3, 2012 at 9:12 am ](http://blog.example/2012/03/slow/#comment-311) said: \n\n"
            "Try split DWARF, it halved ours.\n\n"
            "  2. Tom Hale on [ March 4, 2012 at 6:40 pm ](http://blog.example/2012/03/slow/#comment-315) said: \n\n"
            "Same here, thanks for the write-up.\n\n"
            "### Leave a Reply\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert p.format == "wordpress_text"
    assert facts(p) == [("Mira", "March 3, 2012 at 9:12 am", None), ("Tom Hale", "March 4, 2012 at 6:40 pm", None)]
    assert [c.native_id for c in p.comments] == ["311", "315"]
    assert [c.text for c in p.comments] == ["Try split DWARF, it halved ours.", "Same here, thanks for the write-up."]


def test_reference_style_links_are_read_like_inline_ones():
    # Turndown's "referenced" link style: "[label][n]" in the text, "[n]: url" lines at the end.
    text = ("# Running a mail server\n\nA short guide to postfix and dovecot on a small VPS, with the "
            "parts that took me longest.\n\n## 2 thoughts on “Running a mail server”\n\n"
            "1.  **eduardz** says:\n    \n    [November 23, 2016 at 12:18 am][7]\n    \n"
            "    Can you add quota support?\n    \n    [Reply][8]\n    \n"
            "    1.  **admin** says:\n        \n        [April 5, 2017 at 7:05 pm][9]\n        \n"
            "        Probably, with a dovecot plugin.\n        \n        [Reply][10]\n\n"
            "[7]: https://blog.example/mail/#comment-2842\n[8]: https://blog.example/mail/?replytocom=2842#respond\n"
            "[9]: https://blog.example/mail/#comment-2873 \"Permalink\"\n[10]: https://blog.example/mail/?replytocom=2873#respond\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert facts(p) == [("eduardz", "November 23, 2016 at 12:18 am", None), ("admin", "April 5, 2017 at 7:05 pm", 0)]
    assert [c.native_id for c in p.comments] == ["2842", "2873"]
    assert [c.text for c in p.comments] == ["Can you add quota support?", "Probably, with a dovecot plugin."]


def test_inline_reference_links_unit():
    from newscomments.formats.textblocks import inline_reference_links as inline
    assert inline("See [docs][1] and [Docs][].\n\n[1]: http://a.example/x\n[docs]: <http://b.example>\n") == \
        "See [docs](http://a.example/x) and [Docs](http://b.example).\n\n\n\n"
    assert inline("[a][9] stays\n") == "[a][9] stays\n"  # no definition: unchanged


def test_web_clipper_page_with_wiki_embeds_and_a_title_first_count():
    # A note-taking web clipper: "![[./_resources/x.jpg]]" avatars glued to the header, and the
    # older themes' "T — 38 Comments" heading (the count after the title).
    text = ("# 3: More LEDs and a Button\n\nThis adds two more LEDs and a push button to the board, "
            "wired to the free GPIO pins.\n\n#### _3: More LEDs and a Button_ — 4 Comments\n\n"
            "\t\t![[./_resources/a1.jpg]][Gordon](http://drogon.example/) on [July 13, 2012 at 8:12 am]"
            "(https://projects.example/leds/#comment-183) said:\n\n\t\tMaybe the documentation is wrong. I'll fix it.\n\n"
            "\t\t![[./_resources/b2.png]]Fede on [July 23, 2012 at 8:45 pm](https://projects.example/leds/#comment-251) said:\n\n"
            "\t\tThank you very much!\n\n### Leave a Reply\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert (p.format, p.declared_comment_count, p.truncation_reasons) == ("wordpress_text", 4, ("declared-exceeds-parsed",))
    assert facts(p) == [("Gordon", "July 13, 2012 at 8:12 am", None), ("Fede", "July 23, 2012 at 8:45 pm", None)]
    assert [c.native_id for c in p.comments] == ["183", "251"]


def test_wordpress_com_likes_are_counted_and_the_footer_after_the_list_is_no_text():
    # inscriptis of a wordpress.com theme: "Like Liked by N people" under each text (de "Liken
    # Gefällt 1 Person"), then the platform's footer back at the page's left margin.
    p = parse("wordpress_conv_wpcom_likes.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert facts(p) == [("Ansel Pike", "April 2nd at 9:14 am", None),
                        ("Tideline", "April 2nd at 11:40 am", 0),
                        ("Maren Holt", "April 3rd at 6:05 pm", None)]
    assert [c.likes for c in p.comments] == [4, 1, None]
    assert [c.text for c in p.comments] == [
        "Walked the second one on Sunday, the gorse is out already.",
        "Lucky you! We had fog all weekend.", "Is the path passable with a pushchair?"]


def test_easel_discussion_heading_hash_permalinks_and_long_names():
    # Easel/ComicPress in inscriptis: "Discussion (N) ¬", NAME line, "DATE | # | Reply" (no reply
    # button at the deepest level); display names of seven words, one led by a number.
    p = parse("wordpress_conv_easel_discussion.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 5
    assert p.truncation_reasons == ("declared-exceeds-parsed",)
    assert facts(p) == [("Quillon", "March 2, 2021, 9:10 pm", None),
                        ("7 Owls Sharing One Very Small Branch", "March 2, 2021, 9:32 pm", 0),
                        ("Quillon", "March 3, 2021, 7:05 am", 1),
                        ("Order of the Grey Lamp and Its Keepers", "March 3, 2021, 11:48 am", None)]
    assert p.comments[2].text == "Agreed, every panel of it."
    assert p.comments[3].text == "Who relit it, though?"


def test_a_file_without_final_newline_ending_in_a_reply_button_is_not_cut():
    # inscriptis writes no final newline: a whole page can end with the last reply button.
    data = (FIX / "wordpress_conv_name_date_inline.txt").read_text(encoding="utf-8")
    whole = data[:data.index("    Leave a Reply")].rstrip()
    assert whole.endswith("Gefällt mir")
    ends_in_reply = whole[:whole.rindex("\n")] + "\n          Reply"
    p = newscomments.parse_page(ends_in_reply.encode(), page_id="p", suffix=".txt")
    assert len(p.comments) == 4 and "file-cut" not in p.truncation_reasons
    # a file that stops inside a word is cut
    p = newscomments.parse_page(ends_in_reply[:-2].encode(), page_id="p", suffix=".txt")
    assert "file-cut" in p.truncation_reasons


def test_pandoc_markdown_with_fenced_divs_attribute_blocks_and_a_ping():
    # pandoc keeps the page's divs as "::: {…}" fences, wraps an avatar's attribute block onto
    # the name's line and marks headings with attributes: the blog's name ({#site-title}) is no
    # title, the post's heading (.entry-title) is.
    p = parse("wordpress_pandoc_fenced.md")
    assert (p.format, p.title, p.declared_comment_count) == ("wordpress_text", "Le jardin partagé rouvre", 3)
    assert [(c.kind, c.author, c.native_id, c.parent_position) for c in p.comments] == [
        ("pingback", "Les jardins de mars | Atelier Vert", None, None),
        ("comment", "Odile", "2201", None), ("comment", "Lise", "2204", 1)]
    assert [c.posted.raw if c.posted else None for c in p.comments] == [
        None, "mars 5, 2015 à 09:12", "mars 5, 2015 à 10:40"]
    assert p.comments[1].text == "Enfin ! J'espère avoir la parcelle près du puits."
    assert p.comments[2].text == "Elle est à toi, tu l'avais demandée la première."


def test_chinese_says_word_full_width_colons_and_comment_navigation_end():
    # zh core: "NAME说道：" (no space, full-width colon), "Pingback：", "评论分页" after the list.
    p = parse("wordpress_zh_says.md")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert [(c.kind, c.author, c.native_id, c.parent_position) for c in p.comments] == [
        ("comment", "小林", "501", None), ("comment", "博主", "502", 0),
        ("pingback", "家庭网络折腾记 | 阿明的博客", None, None)]
    assert [c.text for c in p.comments[:2]] == ["我也在用，风扇有点吵。", "换个大一点的散热片就好了。"]


def test_russian_count_heading_and_form_heading_end_the_list():
    p = parse("wordpress_ru_count.md")
    assert p.format == "wordpress_text" and p.declared_comment_count == 2
    assert [(c.author, c.posted.raw, c.native_id) for c in p.comments] == [
        ("Павел", "12.05.2021 в 9:25 дп", "71"), ("Ирина", "13.05.2021 в 6:40 пп", "72")]


def test_comments_permalinked_by_post_id_belong_to_a_page_that_links_that_path():
    # A post crawled by its slug whose comment permalinks use its id path ("/2022/12/10833"):
    # the page itself links to that path above the list (its count link), so it is its block.
    text = ("---\nurl: https://blog.example/2022/12/uptime-monitor/\n---\n\n# Uptime monitor\n\n"
            "A small self-hosted status page. [2 comments](https://blog.example/2022/12/10833#comments)\n\n"
            "### 2 comments\n\n"
            "1. **Jun** says:\n\n   [December 4, 2022 11:52 pm](https://blog.example/2022/12/10833#comment-89653)\n\n   Works well.\n\n"
            "2. **Mei** says:\n\n   [December 5, 2022 1:43 am](https://blog.example/2022/12/10833#comment-89657)\n\n   Nice.\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert [(c.author, c.native_id) for c in p.comments] == [("Jun", "89653"), ("Mei", "89657")]
    assert not any("different post" in n for n in p.notes)
    # without that link the block is still judged another post's
    alone = text.replace(" [2 comments](https://blog.example/2022/12/10833#comments)", "")
    assert newscomments.parse_page(alone.encode(), page_id="p", suffix=".md").comments == ()


def test_a_list_item_holding_only_the_avatar_above_blank_runs_starts_the_record():
    # A crawler keeps a blank line per empty element: the avatar's list item and the name are
    # eight lines apart, and the item's marker must not end the previous comment's text.
    item = "{n}. ![{name} Avatar](https://gravatar.example/{n})\n" + "\n" * 7 + \
           "    {name} says:\n\n    [March 1, 2024](https://dev.example/post/#comment-{n}0)\n\n    {text}\n\n"
    text = "# Post\n\nBody text of the post.\n\n## 2 thoughts on “Post”\n\n" + \
        item.format(n=1, name="Ana Lima", text="First!") + item.format(n=2, name="Bo Chen", text="Second.")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert [(c.author, c.text, c.native_id) for c in p.comments] == [
        ("Ana Lima", "First!", "10"), ("Bo Chen", "Second.", "20")]


def test_heading_marked_headers_and_dates_and_a_piped_byline():
    # A theme printing "— NAME says:" as an h4 and the date link as an h5; "By NAME |@handle
    # |DATE" under the title.
    text = ("# Rankings\n\nBy Stephen Ode |@sode |February 28, 2020\n\nThe list is out.\n\n"
            "## 2 Comments\n\n#### — Elto Desu  says:\n\n"
            "##### [March 4, 2020 at 11:08 am](https://blog.example/rankings/#comment-134484)\n\nGood list.\n\n"
            "#### — [Mira Hart](https://mira.example/)  says:\n\n"
            "##### [March 4, 2020 at 1:11 pm](https://blog.example/rankings/#comment-134487)\n\nWhy is Julia so low?\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert (p.byline, p.published.raw) == ("Stephen Ode", "February 28, 2020")
    assert [(c.author, c.posted.raw, c.text) for c in p.comments] == [
        ("Elto Desu", "March 4, 2020 at 11:08 am", "Good list."),
        ("Mira Hart", "March 4, 2020 at 1:11 pm", "Why is Julia so low?")]


def test_pandoc_wordpress_com_in_french_says_below_the_name_and_likes():
    p = parse("wordpress_pandoc_wpcom_fr.md")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert [(c.kind, c.author, c.native_id, c.parent_position, c.likes) for c in p.comments] == [
        ("pingback", "Potagers en ville -- Le carnet vert", None, None, None),
        ("comment", "maraichere", "41", None, None), ("comment", "Les jardins ouvriers", "42", 1, 1)]
    assert [c.posted.raw for c in p.comments[1:]] == ["26 octobre 2017 à 18 h 50 min", "27 octobre 2017 à 6 h 47 min"]
    assert [c.text for c in p.comments[1:]] == ["Comment s'inscrire sur la liste ?", "Par courriel, à la mairie."]


def test_japanese_says_word_pingback_label_and_count_heading():
    text = ("# 引っ越しました\n\n新しいサーバーに移りました。\n\n"
            "## 「引っ越しました」への2件のフィードバック\n\n"
            "1. けん より:\n\n   2015年12月16日 5:06 PM\n\n   お疲れさまでした。\n\n"
            "2. ピンバック: [サーバー移転の記録 | ノート](https://note.example/1226/)\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert (p.format, p.declared_comment_count) == ("wordpress_text", 2)
    assert [(c.kind, c.author, c.posted.raw if c.posted else None) for c in p.comments] == [
        ("comment", "けん", "2015年12月16日 5:06 PM"), ("pingback", "サーバー移転の記録 | ノート", None)]


def test_norwegian_count_heading_kl_dates_and_posted_on_by_line():
    text = ("Automatisk oversetting\n\nPosted on desember 28, 2009 by Lars Kamfjord\n\n"
            "Nynorsk og bokmål kan oversettes maskinelt.\n\n5 kommentarer\n\n"
            "Kari Nordmann\nmars 23, 2015, kl. 12:36 pm\nTakk for tipset!\n\n"
            "Ola Hansen\nmars 24, 2015, kl. 9:05 am\nFungerer fint.\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".txt")
    assert (p.format, p.declared_comment_count, p.byline, p.published.raw) == (
        "wordpress_text", 5, "Lars Kamfjord", "desember 28, 2009")
    assert [(c.author, c.posted.local) for c in p.comments] == [
        ("Kari Nordmann", datetime(2015, 3, 23, 12, 36)), ("Ola Hansen", datetime(2015, 3, 24, 9, 5))]


def test_replies_nested_as_indented_blocks_without_list_markers():
    # Twenty Twenty nests div.comment blocks (no list); inscriptis keeps them as indentation.
    text = ("Letters to the editor\n\nWe read every one of them.\n\n    3 Comments\n\n"
            "          Tess says:\n          26 February 2020 at 7:30 am\n\n          This is amazing!\n\n"
            "            Yassine says:\n            3 March 2020 at 2:24 pm\n\n            I agree.\n\n"
            "          Iris says:\n          16 February 2020 at 12:35 pm\n\n          Well done.\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".txt")
    assert [(c.author, c.parent_position, c.depth) for c in p.comments] == [
        ("Tess", None, 0), ("Yassine", 0, 1), ("Iris", None, 0)]


def test_names_with_digits_post_author_badge_and_a_reply_button_before_the_name():
    # Customizr prints the reply button before the header; Twenty Twelve's "Post author"
    # badge follows the name; a display name may hold digits.
    text = ("Le blog ferme\n\nMerci à tous.\n\n3 Comments\n\n"
            "Log in to Reply Collinous 05/09/2019 at 08:23\n\nUn grand merci !\n\n"
            "Log in to Reply Christophe31 05/09/2019 at 08:58\n\nBonne route.\n\n"
            "Maxim Post author 06/09/2019 at 10:02\n\nMerci !\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".txt")
    assert [(c.author, c.posted.raw) for c in p.comments] == [
        ("Collinous", "05/09/2019 at 08:23"), ("Christophe31", "05/09/2019 at 08:58"),
        ("Maxim", "06/09/2019 at 10:02")]


def test_pingbacks_in_the_one_line_header_layout_are_read_by_their_excerpt_marks():
    # A theme that prints pingbacks with the comments' "NAME DATE - Reply" line: the name is the
    # linking post's title (colons, bars, dashes, a year), the text "[…] excerpt […]".
    p = parse("wordpress_conv_title_pingbacks.txt")
    assert p.declared_comment_count == 4 and p.truncation_reasons == ()
    assert facts(p) == [
        ("Lucía Prado", "3 de marzo de 2021 a las 10:15", None),
        ("Diez ideas para un huerto urbano: qué plantar en primavera | Cuaderno Verde - Blog de jardinería",
         "4 de marzo de 2021 a las 8:02", None),
        ("Tomás Ruiz", "5 de marzo de 2021 a las 19:40", None),
        ("Resumen semanal – Las mejores lecturas de marzo 2021", "6 de marzo de 2021 a las 9:00", None)]
    assert [c.kind for c in p.comments] == ["comment", "pingback", "comment", "pingback"]
    assert p.comments[2].text == "Yo uso macetas de 30 litros y van bien."


def test_pingback_label_before_a_title_header_is_not_part_of_the_title():
    data = ("Ein Korb am Balkon\n\nNeulich in Eimsbüttel.\n\n3 Kommentare\n\n"
            "   1. Pingback von Papierkorb - Lesezeichen | 11.09.2011 23:31\n\n      […] Ein Korb am Balkon […]\n\n"
            "   2. Pingback von Papierkorb - Lesezeichen | 26.06.2012 10:43\n\n      […] Ein Korb […]\n\n"
            "   3. Ute Kranz | 27.06.2012 08:15\n\n      Schöne Geschichte!\n").encode()
    p = newscomments.parse_page(data, page_id="korb", suffix=".txt")
    assert facts(p) == [("Papierkorb - Lesezeichen", "11.09.2011 23:31", None),
                        ("Papierkorb - Lesezeichen", "26.06.2012 10:43", None),
                        ("Ute Kranz", "27.06.2012 08:15", None)]
    assert [c.kind for c in p.comments] == ["pingback", "pingback", "comment"]
    # a list of pingbacks alone is a list too
    only = data[:data.index(b"   3. Ute Kranz")].replace(b"3 Kommentare", b"2 Kommentare")
    p = newscomments.parse_page(only, page_id="korb", suffix=".txt")
    assert [(c.kind, c.author) for c in p.comments] == [("pingback", "Papierkorb - Lesezeichen")] * 2


def test_node_per_line_pingbacks_with_long_title_site_names_above_a_lone_says():
    # wordpress.com in innerText: a pingback's name is "TITLE | SITE" (colons and semicolons
    # included), "says:" alone on the next line; a lone "says:" is never a name itself.
    data = "\n".join([
        "The week in review.", "", "2 Comments to “Week 12: lakes”",
        "Week 13: fog over the lake; rowing at dawn; the new jetty and the old boathouse | Lake Notes", "says:",
        "February 24, 2025 at 2:57 pm", "[…] as the lakes post from last week showed […]", "Reply",
        "Mara Voss", "says:", "March 8, 2025 at 10:47 am", "Lovely photos.", "Reply",
        "Leave a Reply"]).encode()
    p = newscomments.parse_page(data, page_id="lake", suffix=".txt")
    assert facts(p) == [
        ("Week 13: fog over the lake; rowing at dawn; the new jetty and the old boathouse | Lake Notes",
         "February 24, 2025 at 2:57 pm", None),
        ("Mara Voss", "March 8, 2025 at 10:47 am", None)]
    assert [c.kind for c in p.comments] == ["pingback", "comment"]


def test_a_jump_link_under_the_count_heading_and_a_retitled_reply_form():
    # crawler markdown: "[Leave a Reply](…#reply-title)" right under "### 3 Comments" does not
    # stop the section from opening; the form's heading, retitled by the theme, still ends the
    # list by core's "Cancel reply" link, so the footer is no comment text.
    p = parse("wordpress_conv_jump_link_form_title.md")
    assert p.declared_comment_count == 3 and p.truncation_reasons == ()
    assert facts(p) == [("Rhea", "January 27, 2021 at 10:21 pm", None),
                        ("Tomas Brandt", "January 28, 2021 at 8:02 am", 0),
                        ("Ines", "February 3, 2021 at 6:40 pm", None)]
    assert [c.native_id for c in p.comments] == ["501", "502", "510"]
    assert p.comments[2].text == "Works on a network share too."


def test_bare_responses_heading_page_one_permalinks_and_a_file_ending_at_the_form_title():
    # "##  20 Responses " opens the section and declares the count; permalinks on comment page 1
    # (core writes it once comments are paged) are no pager; a saved page that ends at the
    # form's title is not cut.
    data = ("# Fixing the gate\n\nThe hinge was loose.\n\n##  2 Responses \n\n"
            "  1. [Ola](https://ola.example/) says:\n\n"
            "     [May 2, 2021 at 9:00 am](https://gate.example/fix/comment-page-1/#comment-11)\n\n"
            "     Grease helps.\n\n"
            "  2. [Per](https://per.example/) says:\n\n"
            "     [May 3, 2021 at 7:30 pm](https://gate.example/fix/comment-page-1/#comment-12)\n\n"
            "     New screws did it for me.\n\n### Leave a Reply").encode()
    p = newscomments.parse_page(data, page_id="gate", suffix=".md")
    assert p.declared_comment_count == 2 and p.truncation_reasons == ()
    assert [(c.author, c.native_id) for c in p.comments] == [("Ola", "11"), ("Per", "12")]
    # a permalink on a later page says the thread is paged
    paged = data.replace(b"comment-page-1/#comment-12", b"comment-page-2/#comment-12")
    assert newscomments.parse_page(paged, page_id="gate", suffix=".md").truncation_reasons == ("comment-pagination",)


def test_portuguese_reply_label_is_no_text():
    data = ("Viagem à Suíça\n\nInterlaken no verão.\n\n2 respostas para “Viagem à Suíça”\n\n"
            "  1. Jr\n     5 de agosto de 2018 às 23:25\n\n     Gostei muito!\n\n     Responda\n\n"
            "  2. Windson Mateus\n     6 de agosto de 2018 às 18:22\n\n     Valeu!\n\n     Responda\n\n"
            "Deixe uma resposta\n").encode()
    p = newscomments.parse_page(data, page_id="ch", suffix=".txt")
    assert p.declared_comment_count == 2
    assert [(c.author, c.text) for c in p.comments] == [("Jr", "Gostei muito!"), ("Windson Mateus", "Valeu!")]


def test_block_theme_pingbacks_title_paragraph_then_date_paragraph():
    # wordpress.com block themes print the author and the date as separate blocks; a pingback's
    # author is the linking post's title ("T – Site", longer than any name), read because the
    # "[…] excerpt […]" follows. Reply links on comment page 1 are no pager.
    post = "https://blog.example/2024/01/11/fire/comment-page-1"
    data = "\n".join([
        "# Fire", "", "The post.", "", "## 2 responses to “Fire”", "",
        "  1. [Worse than SolarWinds: Three Steps to Hack Blockchains, GitHub, and ML – Jo Brandt IV]"
        "(https://blog.example/2024/01/05/worse/)", "",
        f"[January 11, 2024]({post}/#comment-479)", "", "[…] a full walkthrough is now available […]", "",
        f"[Reply]({post}/?replytocom=479#respond)", "",
        "  2. [Mara Voss](https://mara.example/)", "", f"[January 12, 2024]({post}/#comment-481)", "",
        "Great write-up.", "", f"[Reply]({post}/?replytocom=481#respond)", "", "## Leave a Reply", ""]).encode()
    p = newscomments.parse_page(data, page_id="fire", suffix=".md")
    assert p.declared_comment_count == 2 and p.truncation_reasons == ()
    assert facts(p) == [
        ("Worse than SolarWinds: Three Steps to Hack Blockchains, GitHub, and ML – Jo Brandt IV",
         "January 11, 2024", None),
        ("Mara Voss", "January 12, 2024", None)]
    assert [(c.kind, c.native_id) for c in p.comments] == [("pingback", "479"), ("comment", "481")]


def test_nested_ordered_lists_printed_at_one_column_threaded_by_their_numbers():
    # A crawler's markdown keeps the numbers of nested <ol>s but not their indents: each replies
    # list starts at 1 again. "2." after "1." / "1." could be a second reply or a second thread:
    # the dates decide (Samir is older than Wren, so a new thread); Oskar's "3." could follow
    # Samir or Jana, and only Samir is older.
    p = parse("wordpress_conv_flat_numbered.md")
    assert p.declared_comment_count == 6
    assert [(c.native_id, c.parent_position, c.depth) for c in p.comments] == [
        ("31", None, 0), ("36", 0, 1), ("32", None, 0), ("33", 2, 1), ("37", 2, 1), ("40", None, 0)]
    assert {c.parent_method for c in p.comments if c.parent_position is not None} == {"list-number"}


def test_list_numbers_that_leave_two_readings_keep_the_thread_flat():
    data = (FIX / "wordpress_conv_flat_numbered.md").read_bytes().replace(
        b"[May 22, 2021 at 11:00 PM]", b"[June 2, 2021 at 1:00 PM]")  # Oskar now fits under Jana too
    p = newscomments.parse_page(data, page_id="flat", suffix=".md")
    assert len(p.comments) == 6 and all(c.parent_position is None for c in p.comments)


def test_one_line_header_with_the_permalink_printed_as_a_hash():
    # WooThemes (Canvas) in inscriptis: "N. NAME DATE #" (span.perma's "#" after the date) under
    # a count heading without quotes.
    data = ("Una scoperta\n\nIl laboratorio ha descritto una proteina.\n\n"
            "          2 Responses to Una scoperta\n\n"
            "               1. ornella longhi 30 giugno 2011 a 7:15 pm #\n\n                  Finalmente!\n\n"
            "               2. Salvatore 30 giugno 2011 a 9:30 pm #\n\n                  Servono fondi.\n").encode()
    p = newscomments.parse_page(data, page_id="cnr", suffix=".txt")
    assert p.declared_comment_count == 2
    assert facts(p) == [("ornella longhi", "30 giugno 2011 a 7:15 pm", None),
                        ("Salvatore", "30 giugno 2011 a 9:30 pm", None)]
    assert [c.text for c in p.comments] == ["Finalmente!", "Servono fondi."]


def test_date_line_that_goes_on_after_the_date():
    # A theme prints the relative age and the comment's number after the date on its line.
    data = ("Un dernier mot\n\nLe billet.\n\n2 Commentaires\n\n     1. Res Vilis\n"
            "        10 mars 2021 à 13 h 28 depuis 2 jours - Commentaire n° 440\n        C'est moche.\n"
            "        Répondre\n     2. Yvan\n        5 mars 2021 à 10 h 57 depuis 1 semaine - Commentaire n° 439\n"
            "        Tristesse.\n        Répondre\n").encode()
    p = newscomments.parse_page(data, page_id="mo", suffix=".txt")
    assert facts(p) == [("Res Vilis", "10 mars 2021 à 13 h 28", None), ("Yvan", "5 mars 2021 à 10 h 57", None)]
    assert p.comments[0].posted.local == datetime(2021, 3, 10, 13, 28)
    assert [c.text for c in p.comments] == ["C'est moche.", "Tristesse."]


def test_divi_portuguese_header_and_polish_bare_count_heading():
    # Divi in pt_BR: "NAME no DATE a partir do TIME" on one line; "2 komentarze" (pl) opens the
    # NAME / DATE / Reply records of another theme.
    pt = ("Ninguém é golpista\n\nO texto.\n\n167 Comentários\n\n"
          "   1. GeorgeBrift no fevereiro 6, 2020 a partir do 8:42 pm\n\n        Olá.\n\n        Responder\n"
          "   2. Ana Lima no fevereiro 7, 2020 a partir do 12:58 am\n\n        Concordo.\n\n        Responder\n").encode()
    p = newscomments.parse_page(pt, page_id="pt", suffix=".txt")
    assert p.declared_comment_count == 167
    assert facts(p) == [("GeorgeBrift", "fevereiro 6, 2020 a partir do 8:42 pm", None),
                        ("Ana Lima", "fevereiro 7, 2020 a partir do 12:58 am", None)]
    assert p.comments[1].posted.local == datetime(2020, 2, 7, 0, 58)
    pl = ("Strażniczki pamięci\n\nTekst wpisu.\n\n2 komentarze\n\n  Bubalah\n    30 listopada 2012 at 22:54\n"
          "  Reply\n\n  Ale Ty juz duza jestes!\n\n      mamafulltime\n        2 grudnia 2012 at 10:33\n"
          "      Reply\n\n      Duża to ja byłam.\n").encode()
    p = newscomments.parse_page(pl, page_id="pl", suffix=".txt")
    assert p.declared_comment_count == 2
    assert facts(p) == [("Bubalah", "30 listopada 2012 at 22:54", None),
                        ("mamafulltime", "2 grudnia 2012 at 10:33", 0)]


def test_badge_glued_to_the_date_link_in_markdown():
    # html2text: "**[NAME](url)** Post author[DATE](permalink)": the badge is no part of the
    # name, and the date link that follows it without a space is still the date.
    data = ("# Trados\n\nTekst.\n\n## 2 thoughts on \"Trados\"\n\n"
            "  1. ![](https://g.example/a.png)**[Mykhailo](https://m.example/)** "
            "[April 26, 2015 at 1:20 am](/trados/#comment-41715)\n\nА если клиенту нужен?\n\n"
            "[Reply](/trados/?replytocom=41715#respond) ↓\n\n"
            "     1. ![](https://g.example/b.png)**[Maxim](https://x.example/)** Post author"
            "[April 27, 2015 at 12:28 am](/trados/#comment-41721)\n\nОбычно нет.\n\n"
            "[Reply](/trados/?replytocom=41721#respond) ↓\n").encode()
    p = newscomments.parse_page(data, page_id="t", suffix=".md")
    assert facts(p) == [("Mykhailo", "April 26, 2015 at 1:20 am", None),
                        ("Maxim", "April 27, 2015 at 12:28 am", 0)]
    assert [c.native_id for c in p.comments] == ["41715", "41721"]


def test_count_heading_above_the_reply_form_and_a_list_control_at_the_end():
    # Newspack in inscriptis: "Join the Conversation" / "2 Comments", the rules and the reply
    # form, then the list; the page ends with the "Expand comments" button, no final newline.
    rules = "Want to join the discussion? Here are the ground rules: use your full name. " * 4
    data = ("Suit challenges a traffic stop\n\nThe family sued on Tuesday.\n\n      Join the Conversation\n\n"
            f"        2 Comments\n\n        {rules}\n\n      Comment *\n\n      Name *\n\n      Email *\n\n"
            "         1. Vicki Lind says:\n            May 5, 2025 at 1:27 pm\n\n            Gun laws.\n\n"
            "            Reply\n         2. Grant Maris says:\n            May 5, 2025 at 8:28 am\n\n"
            "            Bad cops.\n\n            Reply\n    Expand comments").encode()
    p = newscomments.parse_page(data, page_id="w", suffix=".txt")
    assert p.declared_comment_count == 2 and p.truncation_reasons == ()
    assert [c.author for c in p.comments] == ["Vicki Lind", "Grant Maris"]


def test_twenty_twenty_author_link_with_the_says_label_glued_in_markdown():
    # html2text of Twenty Twenty: the author link holds the name and the screen-reader "says:"
    data = ("# Chrome OS\n\nGoogle is building an operating system.\n\n"
            "##  2 replies on \"Chrome OS\"\n\n[Saket Rungtasays:](https://saket.example/)\n\n"
            "[ July 9, 2009 at 1:07 pm  ](https://blog.example/chrome-os/#comment-244)\n\nA good concept.\n\n"
            "[Mara Okafor says:](https://mara.example/)\n\n"
            "[ July 10, 2009 at 7:44 pm  ](https://blog.example/chrome-os/#comment-245)\n\nAgreed.\n").encode()
    p = newscomments.parse_page(data, page_id="tt", suffix=".md")
    assert facts(p) == [("Saket Rungta", "July 9, 2009 at 1:07 pm", None),
                        ("Mara Okafor", "July 10, 2009 at 7:44 pm", None)]
    assert [c.native_id for c in p.comments] == ["244", "245"]


def test_spanish_and_portuguese_count_lines_route_a_page_to_wordpress():
    # markdownify of a Spanish theme: "#### 6 Respuestas a “T”", then avatar list items with the
    # name and the permalinked date on their own lines.
    data = ("# Adiós\n\nEl blog cierra.\n\n#### 2 Respuestas a “Adiós”\n\n"
            "[Canal RSS de esta Entrada](/adios/feed/)\n\n---\n\nSuscríbete a los comentarios\n\n"
            "* ![](https://g.example/a.png) \n  Pere\n\n  [26/10/2015 | 21:26](#comment-22690 \"Enlace\")\n\n"
            "  ¿Qué vendrá después?\n* ![](https://g.example/b.png) \n  Jorge\n\n"
            "  [23/09/2015 | 09:08](#comment-22635 \"Enlace\")\n\n  Gracias.\n").encode()
    assert formats.detect(data, ".md").NAME == "wordpress_text"
    p = newscomments.parse_page(data, page_id="es", suffix=".md")
    assert facts(p) == [("Pere", "26/10/2015 | 21:26", None), ("Jorge", "23/09/2015 | 09:08", None)]
    pt = data.replace("2 Respuestas a “Adiós”".encode(), "2 respostas para “Adiós”".encode())
    assert formats.detect(pt, ".md").NAME == "wordpress_text"


def test_name_wrote_on_date_headers_outside_a_list():
    # html-text of a theme that prints "NAME wrote on DATE:" above each comment
    data = ("These Weeks in Firefox\n\nHighlights of the release.\n\n2 comments on “These Weeks in Firefox”\n\n"
            "Post a comment\n\nAlan Goodale wrote on December 24, 2020 at 3:53 am:\n\nAre there plans for "
            "collections?\n\nReply\n\nJohn Doe wrote on February 9, 2021 at 10:16 pm:\n\nThank you!\n\nReply\n").encode()
    p = newscomments.parse_page(data, page_id="ff", suffix=".txt")
    assert p.declared_comment_count == 2
    assert facts(p) == [("Alan Goodale", "December 24, 2020 at 3:53 am", None),
                        ("John Doe", "February 9, 2021 at 10:16 pm", None)]
    assert [c.text for c in p.comments] == ["Are there plans for collections?", "Thank you!"]


def test_meta_line_under_the_title_line_a_count_header_names():
    # A plain-text dump marks no heading; the count header names the post, and the line under
    # that title line is the post's meta line ("Di NAME il DATE in CAT").
    data = ("Menu\n\nAl CNR una scoperta\n\nDi Drusiana Vetrano il 29 giugno 2011 in Scienza\n\n"
            "Che di Napoli si parli poco è noto.\n\n2 pensieri su “Al CNR una scoperta”\n\n"
            "Ornella says:\n30 giugno 2011 alle 19:15\nVergogna.\n\nReply\n\n"
            "Salvatore says:\n30 giugno 2011 alle 21:30\nD'accordo.\n\nReply\n").encode()
    p = newscomments.parse_page(data, page_id="it", suffix=".txt")
    assert p.title == "Al CNR una scoperta"
    assert (p.byline, p.published.raw) == ("Drusiana Vetrano", "29 giugno 2011")
    assert [c.author for c in p.comments] == ["Ornella", "Salvatore"]


def test_reader_comments_heading_glued_to_its_call_to_action_and_a_page_that_goes_on():
    # inscriptis of a magazine theme: the count heading ("N LESER-KOMMENTARE") and the line
    # inviting a comment share one line; "NAME DATE // TIME" items; the page goes on after the
    # list with related articles and ends mid-sentence without a final newline (a whole page).
    data = ("Golf im Fernsehen\n\nDie Turniere der Woche laufen im Pay-TV.\n\n"
            "2 LESER-KOMMENTARE Geben Sie jetzt Ihre Meinung zu diesem Thema ab\n"
            "   1. Rolf Kamp 29.07.2020 // 12:56\n\n      Die Kommentatoren sind gut.\n\n      Antworten\n\n"
            "         + Uwe 05.11.2019 // 07:08\n\n            Finde ich nicht.\n\n            Antworten\n\n"
            "Ähnliche Artikel\n\nNews\n\nGolf Post Tour\n\nAlle Informationen zur Tour\n\nTolle Angebote im Shop\n\n"
            "Hilfreiche Empfehlungen zu Golfclubs und Regionen").encode()
    p = newscomments.parse_page(data, page_id="g", suffix=".txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 2
    assert facts(p) == [("Rolf Kamp", "29.07.2020 // 12:56", None), ("Uwe", "05.11.2019 // 07:08", 0)]
    assert p.truncation_reasons == ()  # no "file-cut": the list was over long before the end
    cut = data[:data.index(b"Finde ich")] + b"Finde ich ni"
    assert newscomments.parse_page(cut, page_id="g", suffix=".txt").truncation_reasons == ("file-cut",)


def test_twenty_twelve_german_reply_arrow_and_a_badge_glued_to_the_date():
    # resiliparse of Twenty Twelve (de): "Antwort ↓" under each text; the author's badge span
    # and the date link printed without a space ("Autor11. Dezember").
    data = ("Beitrag\n\nText des Beitrags.\n\n2 Gedanken zu „Beitrag“\n\n"
            "  1. photobix 11. Dezember 2012 um 11:07\n\n    Danke!\n\n    Antwort ↓\n"
            "    1. Mathias Autor11. Dezember 2012 um 13:19\n\n      Gern.\n\n      Antwort ↓\n").encode()
    p = newscomments.parse_page(data, page_id="d", suffix=".txt")
    assert facts(p) == [("photobix", "11. Dezember 2012 um 11:07", None),
                        ("Mathias", "11. Dezember 2012 um 13:19", 0)]
    assert [c.text for c in p.comments] == ["Danke!", "Gern."]


def test_by_label_before_the_name_and_a_back_to_top_link_above_it():
    # inscriptis of a French theme: "par NAME le DATE." meta lines under "Commentaires", each
    # comment closed by a "haut de page" (back to top) link that the next meta line follows.
    data = ("Libre cours\n\nUn billet.\n\nCommentaires\n\n"
            "      par JPA le 7 mai 2020 - 12:38.\n\n      Pourquoi pas ?\n\n      * haut de page\n"
            "      par BINH le 7 mai 2020 - 15:39.\n\n      Bien dit.\n\n      * haut de page\n\n"
            "Laisser un commentaire\n").encode()
    p = newscomments.parse_page(data, page_id="f", suffix=".txt")
    assert [c.author for c in p.comments] == ["JPA", "BINH"]
    assert [c.text for c in p.comments] == ["Pourquoi pas ?", "Bien dit."]


def test_a_lower_case_like_line_is_the_commenters_word_and_the_like_button_is_not():
    data = ("Silent install\n\nThe steps.\n\n2 thoughts on “Silent install”\n\n"
            "Ann Lee says:\nMay 2, 2024 at 4:20 pm\n\nWhat is it\nlike\nwith version 19?\n\nLike\n\nReply\n\n"
            "Bo Ray says:\nMay 3, 2024 at 9:00 am\n\nWorks.\n\nLike\n\nReply\n").encode()
    p = newscomments.parse_page(data, page_id="l", suffix=".txt")
    assert [c.text for c in p.comments] == ["What is it\nlike\nwith version 19?", "Works."]


def test_one_line_records_of_twenty_twelve_name_on_date_said_text_and_reply_link():
    # A converter that prints each comment <article> as one paragraph: header, text and the
    # reply link on one line. Prose with "on ... said:" and no date stays text.
    link = "https://blog.example/2013/09/14/terrain/"
    data = ("# Terrain\n\nA tutorial.\n\n## 2 thoughts on “Terrain”\n\n"
            f" [Eric H](https://e.example/) on [September 14, 2013 at 11:58 am]({link}#comment-4348) said: "
            f"Try more regions. [Reply ↓]({link}?replytocom=4348#respond)\n\n"
            f" Fleep Tuque on [September 15, 2013 at 9:16 am]({link}#comment-4367) said: As an update, the "
            f"note on Monday he said: fine. [Reply ↓]({link}?replytocom=4367#respond)\n").encode()
    p = newscomments.parse_page(data, page_id="o", suffix=".md")
    assert facts(p) == [("Eric H", "September 14, 2013 at 11:58 am", None),
                        ("Fleep Tuque", "September 15, 2013 at 9:16 am", None)]
    assert [c.text for c in p.comments] == ["Try more regions.", "As an update, the note on Monday he said: fine."]
    assert [c.native_id for c in p.comments] == ["4348", "4367"]


def test_hard_wrapped_dump_dates_over_two_lines_and_links_cut_before_their_url():
    # A dump wrapped at a fixed width, whose links lost their "](url)": "[NAME" and "[Reply".
    data = ("Super considered super\n\nA post.\n\n2 Comments on “Super considered super”\n\n"
            "![](https://i.example/a.png)[Matías\n\nSays:\nMay 26, 2011\nat 11:27 am\n\nThis post rocks.\n\n[Reply\n\n"
            "![](https://i.example/b.png)afranck64\nSays:\nJanuary 10,\n2012 at 7:42 am\n\n"
            "I didn’t know.\n\n[Reply\n").encode()
    p = newscomments.parse_page(data, page_id="w", suffix=".md")
    assert facts(p) == [("Matías", "May 26, 2011 at 11:27 am", None),
                        ("afranck64", "January 10, 2012 at 7:42 am", None)]
    assert [c.text for c in p.comments] == ["This post rocks.", "I didn’t know."]


def test_pandoc_markdown_spans_round_the_count_names_with_hard_breaks_and_escaped_pingback_excerpts():
    # pandoc -t markdown of a theme with spans in the count heading, the heading's id after a
    # "Leave new" link, names ended by a hard line break ("\"), and a pingback printed with the
    # comments' one-line header over an escaped "\[...\]" excerpt, between blanked div fences.
    data = ("# Vreni\n\nDer Artikel.\n\n::::: {#comments}\n"
            "#### [[3]{.n} [Kommentare]{.w}]{#comments-title}. [Leave new](#respond) {#c .w-comments-title}\n\n"
            "1.  ::::: {#comment-120 .comment}\n    ::: comment-author\n    [Rouven]{.author}\\\n"
            "    20. Juni 2018 um 15:16 Uhr\n    :::\n\n    ::: comment-text\n    Spannend.\n    :::\n    :::::\n\n"
            "2.  ::::: {#comment-122 .comment}\n    ::: comment-author\n"
            "    **[Bloggertipps: Werbung - CASTLEMAKER](https://c.example/k/){.url}** 21. Juni 2018 um 9:02 Uhr\n"
            "    :::\n\n    ::: comment-text\n    \\[...\\] Update vom 21.06.2018 \\[...\\]\n    :::\n    :::::\n\n"
            "3.  ::::: {#comment-124 .comment}\n    ::: comment-author\n    [Ines]{.author}\\\n"
            "    22. Juni 2018 um 8:00 Uhr\n    :::\n\n    ::: comment-text\n    Danke.\n    :::\n    :::::\n"
            ":::::\n").encode()
    p = newscomments.parse_page(data, page_id="v", suffix=".md")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert [(c.author, c.kind) for c in p.comments] == [
        ("Rouven", "comment"), ("Bloggertipps: Werbung - CASTLEMAKER", "pingback"), ("Ines", "comment")]


def test_html2text_item_marker_with_the_comment_number_and_avatar_on_one_line():
    # html2text: "1. 1 ![](avatar)" opens each item; the header and text follow unindented, so
    # the items' markers give the thread, and the next item's marker is no part of a text.
    data = ("# Baby\n\nText.\n\n## 3 Kommentare\n\n"
            "  1. 1 ![](https://g.example/a.png)\n\nJulia [on 11/08/2020 at 9:52 ](https://b.example/#comment-1)\n\n"
            "Antworten\n\nSo schön.\n\n"
            "     * 2 ![](https://g.example/b.png)\n\n[Swantje](https://b.example) [on 16/08/2020 at 12:56 ](https://b.example/#comment-3)\n\n"
            "Antworten\n\n❤️\n\n"
            "  2. 3 ![](https://g.example/c.png)\n\nLuna [on 11/08/2020 at 9:58 ](https://b.example/#comment-2)\n\n"
            "Antworten\n\nToll.\n").encode()
    p = newscomments.parse_page(data, page_id="b", suffix=".md")
    assert [(c.author, c.parent_position, c.text) for c in p.comments] == [
        ("Julia", None, "So schön."), ("Swantje", 0, "❤️"), ("Luna", None, "Toll.")]


def test_comments_heading_with_the_forms_link_and_meta_printed_as_a_list_reply_first():
    # inscriptis of a theme that prints each comment's meta as a list (reply link, name, date,
    # an empty item) under a "Kommentare" heading glued to its "Schreibe einen Kommentar" link.
    data = ("Gendersprache\n\nDer Artikel.\n\n      Kommentare Schreibe einen Kommentar\n\n"
            "         1. \n              + Antworten\n              + Dietmar Hilsebein\n"
            "              + 8. April 2019 @ 11:38\n              + \n\n              Sind da Frauen nicht befragt worden?\n\n"
            "              + \n                  o Antworten\n                  o Henning Lobin\n"
            "                  o 10. April 2019 @ 16:29\n                  o \n\n"
            "                  Sehen Sie, so sicher kann man nicht sein.\n\n"
            "         2. \n              + Antworten\n              + ajki\n              + 8. April 2019 @ 11:40\n"
            "              + \n\n              Naja.\n\n      Schreibe einen Kommentar\n").encode()
    for page in (data, data.replace(b"\n", b"\r\n")):
        p = newscomments.parse_page(page, page_id="s", suffix=".txt")
        assert p.format == "wordpress_text"
        assert facts(p) == [("Dietmar Hilsebein", "8. April 2019 @ 11:38", None),
                            ("Henning Lobin", "10. April 2019 @ 16:29", 0), ("ajki", "8. April 2019 @ 11:40", None)]
        assert [c.text for c in p.comments] == ["Sind da Frauen nicht befragt worden?",
                                                "Sehen Sie, so sicher kann man nicht sein.", "Naja."]


def test_pandoc_plain_image_placeholders_and_a_reply_link_above_the_name_open_the_list():
    # pandoc -t plain prints an avatar without alt text as "[]"; with the reply item above the
    # name, three short lines stand between the heading and the first name.
    data = ("Gendersprache\n\nDer Artikel.\n\nKommentare Schreibe einen Kommentar\n\n"
            "1.  []\n    []\n\n    - Antworten\n    - Dietmar Hilsebein\n    - 8. April 2019 @ 11:38\n    - \n\n"
            "      Sind da Frauen nicht befragt worden?\n\n"
            "2.  []\n    []\n\n    - Antworten\n    - ajki\n    - 8. April 2019 @ 11:40\n    - \n\n      Naja.\n").encode()
    p = newscomments.parse_page(data, page_id="s", suffix=".txt")
    assert facts(p) == [("Dietmar Hilsebein", "8. April 2019 @ 11:38", None), ("ajki", "8. April 2019 @ 11:40", None)]
    assert [c.text for c in p.comments] == ["Sind da Frauen nicht befragt worden?", "Naja."]


# --- session 10's adversarial review: the rules above kept to their cases ----------------------

def _page(heading: str, records: str, tail: str = "") -> bytes:
    return f"Der Beitrag\n\nText des Beitrags.\n\n{heading}\n\n{records}{tail}".encode()


def test_a_glued_count_line_after_the_list_or_in_a_comment_does_not_move_the_list():
    records = ("Anna Berg says:\nMarch 4, 2019 at 9:12 am\n\nLooks great!\n\n2 Thoughts From Someone Who Voted No\n"
               "* parking\n\nReply\n\nTom Baker says:\nMarch 4, 2019 at 11:40 am\n\nThanks.\n\nReply\n\n")
    tail = "1,284 Comments Since We Started\n* Home\n* Imprint\n"
    p = newscomments.parse_page(_page("2 Comments", records, tail), page_id="g", suffix=".txt")
    assert (p.declared_comment_count, [c.author for c in p.comments]) == (2, ["Anna Berg", "Tom Baker"])


@pytest.mark.parametrize("heading", ["2 commentaires des lecteurs Réagissez à cet article",
                                     "2 lezersreacties Praat mee", "2 läsarkommentarer Skriv en kommentar",
                                     "2 komentarze czytelników Dodaj komentarz", "2 Leser Kommentare Geben Sie Ihre Meinung ab"])
def test_readers_comments_headings_glued_to_their_call(heading):
    records = ("  1. Jonas Feld 11.03.2021 10:15\n\n     Erster Text.\n\n     Antworten\n"
               "  2. Mara Linde 11.03.2021 18:40\n\n     Zweiter Text.\n\n     Antworten\n")
    p = newscomments.parse_page(_page(heading, records), page_id="r", suffix=".txt")
    assert (p.declared_comment_count, [c.author for c in p.comments]) == (2, ["Jonas Feld", "Mara Linde"])


def test_a_by_word_is_a_label_only_when_every_header_begins_with_it():
    labelled = ("Von Jonas Feld am 11. März 2021 um 10:15\n\nErster Text.\n\n"
                "Von Mara Linde am 11. März 2021 um 18:40\n\nZweiter Text.\n")
    names = ("Par Lindqvist 13 oktober 2020 kl. 08:15\n\nGlöm inte vattnet.\n\n"
             "Eva Lind 13 oktober 2020 kl. 10:02\n\nBra poäng.\n")
    assert [c.author for c in newscomments.parse_page(_page("2 Kommentare", labelled), page_id="b", suffix=".txt")
            .comments] == ["Jonas Feld", "Mara Linde"]
    assert [c.author for c in newscomments.parse_page(_page("2 kommentarer", names), page_id="b", suffix=".txt")
            .comments] == ["Par Lindqvist", "Eva Lind"]


def test_words_that_are_buttons_only_at_the_end_with_an_arrow_or_as_a_link():
    records = ("Lisa Moser says:\n9. August 2021 um 07:30\n\nWas gilt bei Nebel?\nAntwort\nSchallsignal.\n\n"
               "Nach oben\n\nAntwort ↓\n\nKai Brandt says:\n9. August 2021 um 09:10\n\nDanke.\n\n↑ Nach oben\n\n↓\n")
    p = newscomments.parse_page(_page("2 Kommentare", records), page_id="a", suffix=".txt")
    assert [c.text for c in p.comments] == ["Was gilt bei Nebel?\nAntwort\nSchallsignal.\n\nNach oben", "Danke."]


def test_an_english_badge_glued_to_a_month_first_date():
    records = ("  1. Jane Roe March 4, 2019 at 9:12 am\n\n     Nice roof.\n\n     Reply\n"
               "     1. Mathias Post authorMarch 4, 2019 at 3:02 pm\n\n        Thanks.\n\n        Reply\n")
    p = newscomments.parse_page(_page("2 Comments", records), page_id="m", suffix=".txt")
    assert facts(p) == [("Jane Roe", "March 4, 2019 at 9:12 am", None), ("Mathias", "March 4, 2019 at 3:02 pm", 0)]


def test_a_file_cut_in_a_header_below_marker_residue_and_a_pingback_heading_stays_cut():
    # inscriptis: the last comment's reply button, two empty bullets, the "Trackbacks" heading
    # and a trackback's header cut in its date: more than three lines, but a cut header's.
    data = ("Mono on Linux\n\nThe steps.\n\n3 Responses to “Mono on Linux”\n\n"
            "  1. Ann Lee says:\n     October 2, 2010 at 4:20 pm\n\n     Worked for me on Debian, thanks a lot.\n\n"
            "     Reply\n  2. Bo Ray says:\n     October 3, 2010 at 9:00 am\n\n     Which version of mod_mono did you use?"
            "\n\n     Reply\n  * \n  * \n\nTrackbacks\n\n  1. Running Screwturn Wiki on Linux says:\n"
            "     October 18, 2010 at 4:56 p").encode()
    p = newscomments.parse_page(data, page_id="c", suffix=".txt")
    assert p.truncation_reasons == ("file-cut", "declared-exceeds-parsed")


def test_running_comment_numbers_left_above_the_next_name_without_list_markers():
    # html-text prints no list markers: the theme's number of each comment stands alone above
    # its name, at the end of the text before it.
    records = "".join(f"{k}\n\n{name} on 11/08/2020 at 9:5{k}\n\nAntworten\n\n{text}\n\n"
                      for k, (name, text) in enumerate([("Julia", "So schön."), ("Helen", "Liebe Swantje,\nalles Gute."),
                                                        ("Swantje", "❤️"), ("Luna", "Toll.")], start=1))
    p = newscomments.parse_page(_page("4 Kommentare", records), page_id="n", suffix=".txt")
    assert [c.text for c in p.comments] == ["So schön.", "Liebe Swantje,\nalles Gute.", "❤️", "Toll."]


def test_a_quoted_dated_statement_in_a_comment_is_no_one_line_record():
    records = ("Kim Ode says:\nMarch 4, 2020 at 9:12 am\n\nI remember this one:\n\n"
               "The health minister on March 3, 2020 said: schools stay open until Easter.\n\n"
               "Reply\n\nBo Ray says:\nMarch 4, 2020 at 10:00 am\n\nAnd then they closed.\n\nReply\n")
    p = newscomments.parse_page(_page("2 thoughts on “Der Beitrag”", records), page_id="q", suffix=".txt")
    assert [c.author for c in p.comments] == ["Kim Ode", "Bo Ray"]
    assert p.comments[0].text.endswith("said: schools stay open until Easter.")


@pytest.mark.parametrize("line, title", [
    ("2 thoughts on “The word “woke” – a short history”", "The word “woke” – a short history"),
    ("2 réflexions sur « Le « Monde » – chronique d’un journal »", "Le « Monde » – chronique d’un journal"),
    ("45 Comments to “Make Movies” | Leave a Comment!", "Make Movies")])
def test_count_heading_titles_end_at_their_last_closing_quote(line, title):
    from newscomments.formats import textpage
    assert textpage.count_header(line)[1] == title


def test_a_site_menu_above_the_site_name_gives_no_title():
    from newscomments.formats import pagehead
    lines = ["* Home", "* News", "* Sport", "* Culture", "", "Daily Gazette", "", "Monday, March 4, 2024", "",
             "The council met on Tuesday."]
    assert pagehead.read_head(lines).title is None


def test_wpdiscuz_nicename_and_german_load_more_in_text():
    # inscriptis of wpDiscuz (de): "(@nicename)" after a registered user's name, vote totals
    # under each text, "Weitere Kommentare laden" after the list.
    data = ("Brücken\n\nDie Stadt baut.\n\n5 Kommentare\n\n      Karl\n      Gast\n      vor 3 Stunden\n\n"
            "    Endlich!\n\n        -3\n        Berta (@berta)\n      Antwort auf Karl\n        vor 2 Stunden\n\n"
            "      Stimmt.\n\n          7\n          Karl\n        Antwort auf Berta\n          gestern\n\n"
            "        Na gut.\n\n            0\n  Weitere Kommentare laden\n").encode()
    p = newscomments.parse_page(data, page_id="w", suffix=".txt")
    assert [(c.author, c.parent_position, c.net_votes) for c in p.comments] == [
        ("Karl", None, -3), ("Berta", 0, 7), ("Karl", 1, 0)]
    assert p.truncation_reasons == ("load-more", "declared-exceeds-parsed")


def test_a_reply_link_above_an_unread_first_comment_shifts_no_ids():
    # The first commenter's name is not read ("42cats" starts with digits): its reply link
    # above the next name is its own, since every text here ends with its reply link.
    link = "https://example.org/fence/?replytocom="
    data = ("# Fence\n\nWe replaced the posts.\n\n## 3 Comments\n\n"
            f"1. 42cats March 3, 2015 at 10:12 am\n\n   Treated posts?\n\n   [Reply]({link}11#respond)\n\n"
            f"2. Bob Miller March 3, 2015 at 11:40 am\n\n   Great write-up.\n\n   [Reply]({link}12#respond)\n\n"
            f"3. Carol Smith March 4, 2015 at 9:05 am\n\n   Looks great.\n\n   [Reply]({link}13#respond)\n").encode()
    p = newscomments.parse_page(data, page_id="i", suffix=".md")
    assert [(c.author, c.native_id) for c in p.comments][-2:] == [("Bob Miller", "12"), ("Carol Smith", "13")]


@pytest.mark.parametrize("header, name, date", [
    ("Jonas Feld am 11. März 2021 um 10:15 sagte:", "Jonas Feld", "11. März 2021 um 10:15"),
    ("Julien Martin le 4 mars 2020 à 9 h 12 min a dit :", "Julien Martin", "4 mars 2020 à 9 h 12 min"),
    ("Ana López el 4 de marzo de 2020 a las 9:12 dijo:", "Ana López", "4 de marzo de 2020 a las 9:12")])
def test_twenty_eleven_headers_in_their_translations(header, name, date):
    records = f"  1. {header}\n\n     Erster Text.\n\n  2. Bo Ray on March 5, 2020 at 6:05 pm said:\n\n     Zweiter Text.\n"
    p = newscomments.parse_page(_page("2 Kommentare", records), page_id="t", suffix=".txt")
    assert facts(p)[0] == (name, date, None) and [c.text for c in p.comments] == ["Erster Text.", "Zweiter Text."]


def test_the_said_verb_wrapped_below_the_date_is_no_text():
    records = ("1.  Jonas Feld am [11. März 2021 um 10:15](#comment-601)\n    sagte:\n\n    Erster Text.\n\n"
               "2.  Mara Linde am [11. März 2021 um 18:40](#comment-602)\n    sagte:\n\n    Zweiter Text.\n")
    p = newscomments.parse_page(_page("2 Kommentare", records), page_id="t", suffix=".md")
    assert [c.text for c in p.comments] == ["Erster Text.", "Zweiter Text."]


def test_pandoc_footer_lines_with_triple_dash_and_link_attributes():
    # pandoc -t markdown of a Kubrick-style footer: "Comment by [NAME](url){.url …} --- DATE"
    records = ("1.  ::: {#comment-9257}\n    Also im Klartext.\n\n"
               "    Comment by [Mirko Lange](http://m.example){.url rel=\"external nofollow\"} --- 17.07, 2011 @ "
               "[13:04](#comment-9257)\n    :::\n\n2.  ::: {#comment-9258}\n    Lächerlich.\n\n"
               "    Comment by Daniel --- 17.07, 2011 @ [13:10](#comment-9258)\n    :::\n")
    p = newscomments.parse_page(_page("## 2 Comments", records), page_id="k", suffix=".md")
    assert [(c.author, c.posted.raw, c.native_id) for c in p.comments] == [
        ("Mirko Lange", "17.07, 2011 @ 13:04", "9257"), ("Daniel", "17.07, 2011 @ 13:10", "9258")]


def test_html_to_markdown_prints_the_abbr_title_after_the_date():
    records = ("1. ![](https://g.example/a.png) Yo Mumma\n\n   Posted September 28, 2015 at 11:38 PM "
               "(2015-09-28T23:38:20+02:00)\n\n   What does the collider part mean?\n\n"
               "2. ![](https://g.example/b.png) Edy\n\n   Posted October 9, 2015 at 1:38 PM (2015-10-09T13:38:28+02:00)\n\n"
               "   An older Unity version.\n")
    page = ("---\ncanonical: https://www.edy.example/demo/\nmeta-og:title: Vehicle Physics Demo\n"
            "title: Vehicle Physics Demo\n---\n\n| Key | Action |\n| --- | --- |\n| Esc | Reset scene |\n\n"
            "#### 107 Comments\n\n" + records).encode()
    p = newscomments.parse_page(page, page_id="e", suffix=".md")
    assert [(c.author, c.posted.local.day) for c in p.comments] == [("Yo Mumma", 28), ("Edy", 9)]


def test_the_comment_forms_title_in_any_listed_language_ends_the_list():
    # wordpress.com in German titles the form "Kommentar verfassen" and glues its cancel link
    # "Antwort abbrechen": neither is the last comment's text, nor is the sidebar below read.
    text = ("# Ein Beitrag\n\nEin Absatz des Beitrags, lang genug für einen Text mit ein paar Sätzen.\n\n"
            "2 Gedanken zu „Ein Beitrag“\n\n"
            "1. Anna 11. Dezember 2012 um 11:07\n\n   Danke!\n\n"
            "2. Ben 12. Dezember 2012 um 9:30\n\n   Gern geschehen.\n\n"
            "Kommentar verfassen Antwort abbrechen\n\nGib hier deinen Kommentar ein ...\n\n"
            "Gezwitscher\n\n"
            "* RT @someone: Wenn sich herausstellt, dass ein rechter\n"
            "Inlandsgeheimdienstes… 10 months ago\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert [(c.author, c.text) for c in p.comments] == [("Anna", "Danke!"), ("Ben", "Gern geschehen.")]


@pytest.mark.parametrize("suffix, items", [
    (".txt", ["* soda226.01.2008, 19:30", "* Lukem26.01.2008, 19:31", "* Jacek26.01.2008, 20:03"]),
    (".md", ["* soda2[26.01.2008, 19:30](#comment-914)", "* [Lukem](/)[26.01.2008, 19:31](#comment-915)",
             "* [Jacek](http://jacek.example/)[26.01.2008, 20:03](#comment-916)"]),
])
def test_names_glued_to_their_dates_under_a_comments_on_the_post_heading(suffix, items):
    # The theme prints the name and the date in adjacent inline elements: converters glue
    # them ("Lukem26.01.2008, 19:31"; in markdown the name's link to the date's). "soda2" keeps
    # its digit: the date is what is left that reads as one. "Komentarze do wpisu": "Comments
    # on the post" in Polish.
    texts = ["czy mi się zdaje?", "Właśnie w tym problem.", "Spotkałem się już z opinią."]
    body = "\n\n".join(f"{item}\n\n  {text}" for item, text in zip(items, texts))
    page = newscomments.parse_page(("# Może mi ktoś wyjaśnić\n\nTekst wpisu, dość długi, żeby był treścią strony.\n\n"
                                    f"### Komentarze do wpisu\n\n{body}\n").encode(), page_id="p", suffix=suffix)
    assert page.format == "wordpress_text"
    assert [(c.author, c.posted.raw, c.text) for c in page.comments] == [
        ("soda2", "26.01.2008, 19:30", texts[0]), ("Lukem", "26.01.2008, 19:31", texts[1]),
        ("Jacek", "26.01.2008, 20:03", texts[2])]


def test_names_glued_to_a_month_name():
    # "LukemJanuary 26, 2008 at 7:31 pm": the date starts with a capital glued to the name's
    # last small letter or digit; a name with a capital inside ("McDonald") keeps it.
    items = ["* LukemJanuary 26, 2008 at 7:31 pm", "* soda2January 26, 2008 at 7:35 pm",
             "* McDonaldJanuary 27, 2008 at 8:03 am"]
    body = "\n\n".join(f"{item}\n\n  Text {k}." for k, item in enumerate(items))
    page = newscomments.parse_page((f"# Post\n\nSome article text, long enough to be a body.\n\n3 Comments\n\n{body}\n")
                                   .encode(), page_id="p", suffix=".txt")
    assert [(c.author, c.posted.raw) for c in page.comments] == [
        ("Lukem", "January 26, 2008 at 7:31 pm"), ("soda2", "January 26, 2008 at 7:35 pm"),
        ("McDonald", "January 27, 2008 at 8:03 am")]


def test_a_spaced_name_and_date_is_not_unglued():
    from newscomments.formats.wordpress_text_layouts import unglue_name_dates
    lines = ["1. Jutta | 11.05.2012 11:38", "2. Sven | 11.05.2012 15:36", "3. Julia 14.09.2022 um 21.11"]
    assert unglue_name_dates(lines) == lines
    one = ["* Lukem26.01.2008, 19:31", "text"]  # one glued item alone: no evidence of the layout
    assert unglue_name_dates(one) == one
    # Blogger's threaded headers glue so too, under its action lines: other_text's pages
    blogger = ["* Jonas26.01.2008 19:31", "Nice.", "ReplyDelete", "* Greta27.01.2008 08:02", "Yes.", "ReplyDelete"]
    assert unglue_name_dates(blogger) == blogger


def test_a_comment_that_begins_with_the_forms_title_words_does_not_end_the_list():
    text = ("# Ein Beitrag\n\nEin Absatz des Beitrags, lang genug für einen Text mit ein paar Sätzen.\n\n"
            "3 Gedanken zu „Ein Beitrag“\n\n"
            "1. Anna 11. Dezember 2012 um 11:07\n\n   Kommentar verfassen dauert hier ewig, der Editor hängt.\n\n"
            "2. Ben 12. Dezember 2012 um 9:30\n\n   Bei mir nicht.\n\n"
            "3. Lena 12. Dezember 2012 um 10:00\n\n   Bei mir auch.\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert [c.author for c in p.comments] == ["Anna", "Ben", "Lena"]


def test_html2text_wraps_inside_a_links_title_and_before_it():
    from newscomments.formats.wordpress_text_layouts import join_wrapped_links
    # the title's words wrapped ("… a questo" / "commento")
    assert join_wrapped_links([
        'ornella 30 giugno 2011 a 7:15 pm [#](/al-cnr/2011/#comment-643 "Collegamento diretto a questo',
        'commento")', "", "Testo."]) == [
        'ornella 30 giugno 2011 a 7:15 pm [#](/al-cnr/2011/#comment-643 "Collegamento diretto a questo commento")',
        "", "Testo."]
    # the URL wrapped at the space before its title, and a share bar's run of links
    bar = ['[Email This](https://www.blogger.com/share-', 'post.g?blogID=1&postID=4&target=email "Email',
           'This")[BlogThis!](https://www.blogger.com/share-', 'post.g?blogID=1&postID=4&target=blog',
           '"BlogThis!")[Share to Twitter](https://www.blogger.com/share-',
           'post.g?blogID=1&postID=4&target=twitter "Share to', 'Twitter")']
    assert join_wrapped_links(bar) == [
        '[Email This](https://www.blogger.com/share-post.g?blogID=1&postID=4&target=email "Email This")'
        '[BlogThis!](https://www.blogger.com/share-post.g?blogID=1&postID=4&target=blog "BlogThis!")'
        '[Share to Twitter](https://www.blogger.com/share-post.g?blogID=1&postID=4&target=twitter "Share to Twitter")']
    # a stray "[" in text (a pasted terminal session's "^[[A") takes four lines at most
    stray = ["^[[A", "a", "b", "c", "d", "e", "Aaron Kili", "[April 15, 2017 at 2:01 pm](#comment-883816)"]
    assert join_wrapped_links(stray)[-2:] == ["Aaron Kili", "[April 15, 2017 at 2:01 pm](#comment-883816)"]


def test_older_themes_name_said_comma_above_a_date_line():
    # Ocadia and its kin: "NAME said," (a comma), the date on its own line below; a pingback
    # item reads the same. Without the date below, "said," is prose.
    text = ("# Beal's Conjecture\n\nThe conjecture states that no such triple exists.\n\n    3 Comments »\n\n"
            "     1. jeet said,\n\n        June 16, 2010 at 9:18 pm\n\n        Why are there fewer candidates?\n\n"
            "     2. Greg R said,\n\n        September 7, 2010 at 7:50 pm\n\n        Or 2^4 = 4^2, even.\n\n"
            "     3. Nicola said,\n\n        March 2, 2011 at 10:01 am\n\n        Nice work.\n")
    p = newscomments.parse_page(text.encode(), page_id="o", suffix=".txt")
    assert [(c.author, c.posted.raw, c.text) for c in p.comments] == [
        ("jeet", "June 16, 2010 at 9:18 pm", "Why are there fewer candidates?"),
        ("Greg R", "September 7, 2010 at 7:50 pm", "Or 2^4 = 4^2, even."),
        ("Nicola", "March 2, 2011 at 10:01 am", "Nice work.")]
    prose = text.replace("        June 16, 2010 at 9:18 pm\n\n", "").replace("        September 7, 2010 at 7:50 pm\n\n", "") \
        .replace("        March 2, 2011 at 10:01 am\n\n", "")
    assert newscomments.parse_page(prose.encode(), page_id="o", suffix=".txt").comments == ()


def test_a_name_of_initials_alone_is_a_name_not_a_sentence():
    # inscriptis of a theme that numbers its items: "O.M." ends with a period, as a sentence
    # does, but every piece of it is an initial.
    text = ("Es war uns nicht einerlei\n\n"
            "Zehn Jahre lang haben wir hier über Fußball geschrieben, und nun ist Schluss.\n\n"
            "3 Kommentare\n\n"
            "   1. Klaas\n      18. Januar 2020\n\n    Schade, aber danke für alles.\n\n    Antworten\n"
            "   2. O.M.\n      21. Januar 2020\n\n    Auch uns war es eine Freude. See you, wherever.\n\n    Antworten\n"
            "   3. J.R.R. Tolkien\n      22. Januar 2020\n\n    Bis bald.\n\n    Antworten\n")
    p = newscomments.parse_page(text.encode(), page_id="om", suffix=".txt")
    assert [(c.author, c.posted.raw) for c in p.comments] == [
        ("Klaas", "18. Januar 2020"), ("O.M.", "21. Januar 2020"), ("J.R.R. Tolkien", "22. Januar 2020")]
    assert p.comments[0].text == "Schade, aber danke für alles."


def test_titles_without_the_blogs_name_of_a_saved_copy_and_of_the_front_matter():
    body = ("The second edition of the meeting ran for three days in a borrowed hall by the sea.\n\n"
            "2 Comments\n\nAnna says:\n\nMay 5, 2013 at 9:12 am\n\nGreat write-up.\n\n"
            "Ben says:\n\nMay 5, 2013 at 10:40 am\n\nSee you next year.\n")
    # html2text of a saved copy: the blog's name is an H1 linking home relatively.
    saved = ('# [Danzels Internets](../../../../index.html "Danzels Internets")\n\n'
             "Menu Skip to content\n\n# AFKIM 2\n\n" + body)
    p = newscomments.parse_page(saved.encode(), page_id="t", suffix=".md")
    assert (p.title, len(p.comments)) == ("AFKIM 2", 2)
    # html-to-markdown's front matter copies <title>: "Post | Site", "Post – Site".
    for fm in ("AFKIM 2 | Danzels Internets", "AFKIM 2 – Danzels Internets", "Danzels Internets » AFKIM 2"):
        page = f"---\ntitle: {fm}\n---\n\n# AFKIM 2\n\n" + body
        assert newscomments.parse_page(page.encode(), page_id="t", suffix=".md").title == "AFKIM 2"
    # a title that only starts like the heading stays whole
    page = "---\ntitle: AFKIM 2 review\n---\n\n# AFKIM 2\n\n" + body
    assert newscomments.parse_page(page.encode(), page_id="t", suffix=".md").title == "AFKIM 2 review"


def test_a_sentence_ending_in_an_abbreviation_is_no_name():
    from newscomments.formats.textblocks import looks_like_name
    assert [looks_like_name(s) for s in ("O.M.", "J.R.R. Tolkien", "Anna K.", "Any plans for the U.S.")] == [
        True, True, True, False]


def test_on_date_name_said_headers_without_a_name():
    from newscomments.formats.comment_fields import name_around_date
    assert name_around_date("On September 7, 2004 10:23 PM, Steve L. said:", "September 7, 2004 10:23 PM") == "Steve L."
    assert name_around_date("On May 3, 2010 said:", "May 3, 2010") is None
    assert name_around_date("On 2015-03-03 Edited", "2015-03-03") is None
    assert name_around_date("Am 3. Mai 2010 um 10:12 Uhr schrieb Bob", "3. Mai 2010") == "Bob"
    assert name_around_date("Le 3 mars 2010 à 10:12, Marie a dit :", "3 mars 2010") == "Marie"


def test_a_separator_after_the_name_is_no_part_of_it():
    page = ("# Trustworthy agents\n\nAgents that act for us need our data in our own hands, the post argues.\n\n"
            "### Comments\n\nRontea •\n\n[December 12, 2025 9:08 AM](https://blog.example.com/post/#comment-450602)\n\n"
            "Data in our hands makes systems more transparent.\n\nClive Robinson •\n\n"
            "[December 12, 2025 9:52 AM](https://blog.example.com/post/#comment-450605)\n\nIt is a matter of trust.\n")
    p = newscomments.parse_page(page.encode(), page_id="s", suffix=".md")
    assert [(c.author, c.native_id) for c in p.comments] == [("Rontea", "450602"), ("Clive Robinson", "450605")]
