"""Comment sections as renderers, converters, clippers and archivers leave them: the classic
terminal renderers (``lynx -dump``, ``w3m -dump``, ``pandoc -t plain``), pandoc's markdown of
whole pages, clipped and archived copies with their own headers, and the languages whose
says-words are prose verbs too. The pages are written here in each tool's shape (list bullets,
indentation, image placeholders, fenced divs); exact facts, as elsewhere."""

from __future__ import annotations

from datetime import datetime

import pytest

import newscomments
from newscomments import dates

ARTICLE = ("A long enough article paragraph about the subject at hand, with a few sentences of "
           "ordinary prose so that the page has a body.\n\n")


def parse(text: str, suffix: str = ".txt"):
    return newscomments.parse_page(text.encode(), page_id="x", suffix=suffix)


def rows(page):
    return [(c.author, c.posted.raw if c.posted else None, c.text, c.parent_position) for c in page.comments]


def test_lynx_compact_numbered_list_header_date_and_text_without_blank_lines():
    # lynx prints an item's header, date and text as one block and numbers each level.
    page = parse(ARTICLE +
                 "    1. Travis Downs says:\n"
                 "       November 17, 2018 at 4:51 am\n"
                 "       To address the precision problem you could expand it.\n"
                 "       Reply\n"
                 "         1. Maynard Handley says:\n"
                 "            November 17, 2018 at 11:41 pm\n"
                 "            Since p is huge, the first term is enough.\n"
                 "    2. brian says:\n"
                 "       November 17, 2018 at 6:51 am\n"
                 "       You can use the limit instead.\n")
    assert page.format == "wordpress_text"
    assert rows(page) == [
        ("Travis Downs", "November 17, 2018 at 4:51 am", "To address the precision problem you could expand it.", None),
        ("Maynard Handley", "November 17, 2018 at 11:41 pm", "Since p is huge, the first term is enough.", 0),
        ("brian", "November 17, 2018 at 6:51 am", "You can use the limit instead.", None)]


def test_lynx_compact_on_said_header():
    # Twenty Eleven's "NAME on DATE said:" as the first line of a compact item
    page = parse(ARTICLE + "Comments\n"
                 "What philosophers think — 2 Comments\n\n"
                 "    1. Jonathan on February 14, 2016 at 11:57 am said:\n"
                 "       What happens when you move the observation?\n"
                 "       Reply ↓\n"
                 "    2. John Turri on February 14, 2016 at 10:20 pm said:\n"
                 "       Hi Jonathan, the researchers did not test that.\n"
                 "       Reply ↓\n")
    assert rows(page) == [
        ("Jonathan", "February 14, 2016 at 11:57 am", "What happens when you move the observation?", None),
        ("John Turri", "February 14, 2016 at 10:20 pm", "Hi Jonathan, the researchers did not test that.", None)]


def test_danish_skrev_headers_reply_button_and_an_icon_glyph_before_the_count():
    # A dated says-word ("skrev", "wrote"), Danish months, "kl." with a dotted clock, the
    # Danish "Svar" button, and an icon font's glyph before "25 kommentarer".
    page = parse("Grøntsagsgryde med kikærter\n\n" + ARTICLE +
                 "\ue910 25 kommentarer\n\n"
                 "     * Inaam skrev:\n"
                 "       8. marts 2016 kl. 09:00\n"
                 "       Nøj, det lyder godt.\n"
                 "       Svar\n"
                 "          + Ann-Christine skrev:\n"
                 "            8. marts 2016 kl. 13.52\n"
                 "            Det kan også være en udfordring.\n"
                 "            Svar\n"
                 "     * Agnes skrev:\n"
                 "       30. september 2020 kl. 18:15\n"
                 "       Kan man bruge æble?\n"
                 "       Svar\n")
    assert page.format == "wordpress_text"
    assert page.declared_comment_count == 25
    assert rows(page) == [
        ("Inaam", "8. marts 2016 kl. 09:00", "Nøj, det lyder godt.", None),
        ("Ann-Christine", "8. marts 2016 kl. 13.52", "Det kan også være en udfordring.", 0),
        ("Agnes", "30. september 2020 kl. 18:15", "Kan man bruge æble?", None)]
    assert page.comments[1].posted.local == datetime(2016, 3, 8, 13, 52)


def test_a_dated_says_word_without_a_date_below_is_prose():
    # "Hun skriver:" before a quotation: no date line, so no comment header
    page = parse("Ministeren svarer\n\n" + ARTICLE +
                 "Hun skriver:\n\nVi arbejder på sagen og vender tilbage.\n\n"
                 "Han skriver:\n\nDet er ikke godt nok.\n")
    assert page.comments == ()


def test_w3m_image_placeholders_and_bullets():
    # w3m prints an avatar without alt text as "[" + part of its file name + "]", and bullets
    # nested lists "•", "□", "☆".
    page = parse("8 Kommentare\n\n"
                 "  • [6ab3] Badenraser schreibt:\n"
                 "    29. Mai 2019 um 17:39\n"
                 "    Ist die Würde gewährleistet?\n"
                 "      □ [10c1] shadow-1007 schreibt:\n"
                 "        29. Mai 2019 um 18:06\n"
                 "        Am Anfang kommt man gut mit.\n"
                 "  • [45a1441dfb] Franziska schreibt:\n"
                 "    30. Mai 2019 um 09:12\n"
                 "    Danke!\n")
    assert [(c.author, c.parent_position) for c in page.comments] == [
        ("Badenraser", None), ("shadow-1007", 0), ("Franziska", None)]


def test_pandoc_plain_and_lynx_avatar_residue_before_names():
    page = parse(ARTICLE + "3 thoughts on “The post”\n\n"
                 "[] Alice says:\n\nMarch 3, 2020 at 10:00 am\n\nFirst.\n\n"
                 "[Avatar] Bob says:\n\nMarch 3, 2020 at 11:00 am\n\nSecond.\n\n"
                 "Avatar Carol Jones says:\n\nMarch 3, 2020 at 12:00 pm\n\nThird.\n")
    assert [c.author for c in page.comments] == ["Alice", "Bob", "Carol Jones"]


def test_count_after_its_label_opens_a_section_of_name_colon_records_with_avatar_alt_names():
    # ravesli-style Russian theme in lynx: "Комментариев: 55", "N. Аватар NAME:", the date on
    # the next line; the admin's avatar has his name for alt text, so his name shows twice.
    page = parse("Статья о курсе, достаточно длинная, чтобы быть статьёй о курсе.\n\n"
                 "Комментариев: 55\n\n"
                 "    1. Аватар Andrew:\n"
                 "       30 января 2021 в 10:29\n"
                 "       Добрый день, Юрий.\n"
                 "       Ответить\n"
                 "         1. Юрий Юрий:\n"
                 "            31 января 2021 в 23:10\n"
                 "            Здравствуйте!\n"
                 "            Ответить\n"
                 "    2. Аватар Ян:\n"
                 "       7 сентября 2020 в 12:48\n"
                 "       Скажите пожалуйста.\n"
                 "       Ответить\n"
                 "         1. Юрий Юрий:\n"
                 "            8 сентября 2020 в 09:00\n"
                 "            Будет.\n"
                 "            Ответить\n")
    assert page.format == "wordpress_text" and page.declared_comment_count == 55
    assert [(c.author, c.text, c.parent_position) for c in page.comments] == [
        ("Andrew", "Добрый день, Юрий.", None), ("Юрий", "Здравствуйте!", 0),
        ("Ян", "Скажите пожалуйста.", None), ("Юрий", "Будет.", 2)]


def test_a_name_typed_twice_by_one_commenter_is_kept():
    page = parse(ARTICLE + "2 thoughts on “The post”\n\n"
                 "Roberto Roberto says:\n\nMarch 3, 2020 at 10:00 am\n\nFirst.\n\n"
                 "Anna says:\n\nMarch 3, 2020 at 11:00 am\n\nSecond.\n")
    assert [c.author for c in page.comments] == ["Roberto Roberto", "Anna"]


def test_month_tables_of_more_languages_and_their_time_words():
    for raw, local in [("8. marts 2016 kl. 09.00", datetime(2016, 3, 8, 9, 0)),
                       ("12. desember 2019 kl. 14:02", datetime(2019, 12, 12, 14, 2)),
                       ("den 3 augusti 2015 klockan 10:15", datetime(2015, 8, 3, 10, 15)),
                       ("8. března 2016 v 10:20", datetime(2016, 3, 8, 10, 20)),
                       ("2016. március 8. 10:20", datetime(2016, 3, 8, 10, 20)),
                       ("8 martie 2016 la ora 10:20", datetime(2016, 3, 8, 10, 20)),
                       ("21.11.2019 klo 14.05", datetime(2019, 11, 21, 14, 5))]:
        assert dates.parse_date(raw).local == local, raw
    # A dotted pair without a time word is no clock (it reads as a day and a month)
    assert dates.parse_date("21.11.2019 21.11") is None


# --- pandoc markdown of whole pages: fenced divs and attribute blocks ---------------------------

def test_hidden_heading_is_no_title_and_the_reply_form_heading_ends_the_list():
    # A theme's screen-reader heading comes first; with it for a title the count heading's
    # “T” would look like another post's and the whole list would be set aside.
    page = parse("Navigation {#navigation .assistive-text}\n==========\n\n"
                 "Le titre du billet {#le-titre .entry-title}\n====================\n\n"
                 + ARTICLE +
                 "::: {#comments .comments-area}\n"
                 "2 réflexions sur \"Le titre du billet\" {#reflexions .comments-title}\n"
                 "-----------------------------------------\n\n"
                 "1.  ::: {#li-comment-11}\n"
                 "    [Alice](http://alice.example){.url} dit :\n\n"
                 "    [06/06/2013 à 1:08](https://blog.example/billet/#comment-11)\n\n"
                 "    Bonjour, merci.\n"
                 "    :::\n\n"
                 "2.  Pingback: [Un autre billet \\| Blog](http://other.example/x){.url}\n\n"
                 ":::\n\n"
                 "### Votre commentaire [[Annuler la réponse.](/billet/#respond){#cancel-comment-reply-link}]{.small}"
                 " {#reply-title .comment-reply-title}\n\n"
                 "Entrez votre commentaire ici...\n", suffix=".md")
    assert page.title == "Le titre du billet"
    assert [(c.author, c.kind, c.native_id, c.text) for c in page.comments] == [
        ("Alice", "comment", "11", "Bonjour, merci."), ("Un autre billet | Blog", "pingback", None, "")]
    assert page.notes == ()


def test_name_heading_with_attributes_and_reply_buttons_above_the_names():
    # Qode's Bridge theme in pandoc markdown: the reply button comes before the name, which is
    # an h5 with attributes; each button's id is its own comment's.
    item = ("-   ::: {{.qode-comment .clearfix}}\n"
            "    [reply](/billet/?replytocom={id}#respond){{.comment-reply-link}}\n\n"
            "    ##### {name} {{#{slug} .qode-comment-name .vcard}}\n\n"
            "    ::: {{.qode-comment-date}}\n    {date}\n    :::\n\n"
            "    ::: {{#comment-{id} .qode-text-holder}}\n    {text}\n    :::\n    :::\n\n")
    page = parse("# Le billet\n\n" + ARTICLE + "::: {.qode-comments-title}\n#### 2 Comments\n:::\n\n"
                 + item.format(id=659800, name="Mike", slug="mike", date="16 janvier 2019", text="Mon avis.")
                 + item.format(id=659986, name="Scarlotta", slug="scarlotta", date="20 janvier 2019",
                               text="Le mien."), suffix=".md")
    assert page.format == "wordpress_text" and page.declared_comment_count == 2
    assert [(c.author, c.native_id, c.posted.raw, c.text) for c in page.comments] == [
        ("Mike", "659800", "16 janvier 2019", "Mon avis."), ("Scarlotta", "659986", "20 janvier 2019", "Le mien.")]


def test_bold_name_glued_to_says_and_the_post_author_badge_under_the_text():
    # Twenty Twenty without the author's link: "<b>NAME</b><span>says:</span>"; its "By Post
    # Author" badge and a spaced rule under the last comment are no text.
    page = parse("# The post\n\n" + ARTICLE + "2 thoughts on “The post”\n\n"
                 "**pm215**says:\n\n[June 12, 2013 at 5:08 am](https://blog.example/post/#comment-7)\n\n"
                 "The standard says otherwise.\n\n"
                 "**regehr**says:\n\n[June 12, 2013 at 9:00 am](https://blog.example/post/#comment-8)\n\n"
                 "Fair point.\n\nBy Post Author\n\n* * *\n", suffix=".md")
    assert [(c.author, c.native_id, c.text) for c in page.comments] == [
        ("pm215", "7", "The standard says otherwise."), ("regehr", "8", "Fair point.")]


def test_dated_label_byline_in_french_ends_with_its_sentence():
    from newscomments.formats.pagehead import read_head
    head = read_head(["Adiós", "", "Publié le 17/09/2015 par Marie Dupont.", "", "Le texte."])
    assert head.byline == "Marie Dupont" and head.published.local == datetime(2015, 9, 17)


def test_lynx_compact_name_date_reply_items_nested_by_bullets_and_a_pingback():
    # "NAME DATE - Antworten" on an item's first line, the text right below; lynx bullets the
    # levels "1.", "+", "o", "#"; a pingback's title before its date, its excerpt below.
    page = parse(ARTICLE + "3 Comments\n\n"
                 "    1. Ben 19. Juni 2018 um 15:28 Uhr - Antworten\n"
                 "       Bei der Privatheit denkt das Gericht vermutlich so.\n"
                 "       Man kann es nicht sicher sagen.\n"
                 "       Noch ein Satz.\n"
                 "       Und noch einer.\n"
                 "       Und der letzte.\n"
                 "          + MoritzMeyer 19. Juni 2018 um 20:41 Uhr - Antworten\n"
                 "            Danke für dein Feedback.\n"
                 "               o Swen 21. Juni 2018 um 23:00 Uhr - Antworten\n"
                 "                 Skandalös ist es nicht.\n"
                 "                    # Titus von Unhold 25. Juni 2018 um 14:01 Uhr - Antworten\n"
                 "                      Abmahnungen sind zu begrüßen.\n"
                 "    2. Instagram: Werbung, Werbung, Werbung! - Kerstin und das Chaos 22. Juni 2018 um 9:00 Uhr"
                 " - Antworten\n"
                 "       […] Moritz Meyer hat das Urteil gelesen […]\n")
    assert [(c.author, c.kind, c.posted.raw, c.parent_position) for c in page.comments] == [
        ("Ben", "comment", "19. Juni 2018 um 15:28 Uhr", None),
        ("MoritzMeyer", "comment", "19. Juni 2018 um 20:41 Uhr", 0),
        ("Swen", "comment", "21. Juni 2018 um 23:00 Uhr", 1),
        ("Titus von Unhold", "comment", "25. Juni 2018 um 14:01 Uhr", 2),
        ("Instagram: Werbung, Werbung, Werbung! - Kerstin und das Chaos", "pingback", "22. Juni 2018 um 9:00 Uhr", None)]
    assert page.comments[0].text == ("Bei der Privatheit denkt das Gericht vermutlich so.\nMan kann es nicht sicher "
                                     "sagen.\nNoch ein Satz.\nUnd noch einer.\nUnd der letzte.")


def test_lynx_item_marker_and_comment_number_above_the_name_are_no_text():
    # lynx prints an item whose content starts with a block as its marker alone ("1."); the
    # theme's running number follows, then "NAME on DATE" and the reply button above the text.
    page = parse(ARTICLE + "Posted in Feelings.\n\n2Comments\n\n   Add yours\n"
                 "    1.\n   1\n   Julia on 11/08/2020 at 9:52\n       Antworten\n       So schön geschrieben.\n"
                 "    2.\n   2\n   Luna on 11/08/2020 at 9:58\n       Antworten\n       Du hast das schön geschrieben.\n")
    assert page.declared_comment_count == 2
    assert [(c.author, c.posted.raw, c.text) for c in page.comments] == [
        ("Julia", "11/08/2020 at 9:52", "So schön geschrieben."),
        ("Luna", "11/08/2020 at 9:58", "Du hast das schön geschrieben.")]


def test_chinese_twenty_twelve_title_first_count_post_author_badge_and_reply_arrow():
    # zh_CN Twenty Twelve: "《T》有N个想法", "NAME 文章作者 DATE", and "回复 ↓" (the reply
    # button with its arrow, which is no "回复 NAME" marker of wpDiscuz).
    page = parse("iOS利器最全使用教程\n\n  最近得知Surge2可以向surge3迁移或赠送Mac版，于是到美区买了Shadowrocket，配置下来发现对得起这个价格。\n\n"
                 "  《 iOS利器最全使用教程 》有81个想法\n\n"
                 "   1. 孙威 2018年11月29日 4:20 下午\n\n      IOS翻墙神器，最爱的app~\n\n        回复 ↓\n"
                 "       1. 毕扬 文章作者 2018年11月30日 1:34 下午\n\n          以前我最爱surge。\n\n            回复 ↓\n"
                 "   2. YY 2018年11月30日 7:10 下午\n\n      请问哪里找？\n\n        回复 ↓\n")
    assert page.format == "wordpress_text" and page.declared_comment_count == 81
    assert [(c.author, c.posted.local, c.text, c.parent_position) for c in page.comments] == [
        ("孙威", datetime(2018, 11, 29, 16, 20), "IOS翻墙神器，最爱的app~", None),
        ("毕扬", datetime(2018, 11, 30, 13, 34), "以前我最爱surge。", 0),
        ("YY", datetime(2018, 11, 30, 19, 10), "请问哪里找？", None)]


def test_numbers_that_run_on_make_siblings_and_a_pingback_is_never_a_parent():
    # inscriptis nests the rest of a list under a pingback whose <li> the page left open; the
    # numbers run on (11, 12), so 12 is 11's sibling.
    page = parse(ARTICLE + "3 thoughts on “Release”\n\n"
                 "      10. Pingback: Interactive Forms « Ponderings\n\n"
                 "      11. Pingback: Using knockout | Creative\n\n"
                 "          12. Laure on April 15, 2012 at 7:04 pm said:\n\n"
                 "              Good job.\n\n"
                 "          13. Seoul on September 20, 2012 at 3:05 am said:\n\n"
                 "              Thanks.\n")
    assert [(c.author, c.kind, c.parent_position) for c in page.comments] == [
        ("Interactive Forms « Ponderings", "pingback", None), ("Using knockout | Creative", "pingback", None),
        ("Laure", "comment", None), ("Seoul", "comment", None)]
    # Without numbers, a comment indented under a pingback is still no reply to it
    page = parse(ARTICLE + "2 thoughts on “Release”\n\n"
                 "  * Pingback: Using knockout | Creative\n\n"
                 "      + Laure says:\n\n        April 15, 2012 at 7:04 pm\n\n        Good job.\n")
    assert [(c.author, c.kind, c.parent_position, c.depth) for c in page.comments] == [
        ("Using knockout | Creative", "pingback", None, 0), ("Laure", "comment", None, 0)]


def test_a_reply_link_by_its_replytocom_target_and_lazy_list_numbering():
    # A theme's "Reply to this comment" is the reply button (its target says so), and a
    # converter that writes every item as "1." (markdown's lazy numbering; three items or more)
    # nests nothing.
    page = parse(ARTICLE + "3 thoughts on “Bayes”\n\n"
                 "1. ![]()Lee Su Min says:\n\n   [Nov 1st 2009 at 17:15](https://b.example/bayes/#comment-2070)\n\n"
                 "   Is it cached?\n\n"
                 "   [Reply to this comment](https://b.example/bayes/?replytocom=2070#respond)\n\n"
                 "1. ![]()[Pan](http://apan.me/) says:\n\n   [May 21st 2011 at 12:50](https://b.example/bayes/#comment-29611)\n\n"
                 "   Yes.\n\n"
                 "1. ![]()罗青 says:\n\n   [Jan 17th 2012 at 12:53](https://b.example/bayes/#comment-124260)\n\n"
                 "   Thanks.\n", suffix=".md")
    assert [(c.author, c.native_id, c.text, c.parent_position) for c in page.comments] == [
        ("Lee Su Min", "2070", "Is it cached?", None), ("Pan", "29611", "Yes.", None),
        ("罗青", "124260", "Thanks.", None)]


# --- page heads of converted pages that mark no heading ---------------------------------------

def test_first_line_title_above_the_posts_date_line():
    from newscomments.formats.pagehead import read_head
    # Twenty Fourteen's meta line as text: the date; the name after it without a by-word could as
    # well be a category ("March 3, 2015 Recipes 2 Comments"), so it gives no byline
    head = read_head(["Creating a Website with NodeJS", "", "  June 7, 2015 Marek 8 Comments", "",
                      "  Just writing down the steps I usually take."])
    assert (head.title, head.title_weak, head.published.raw, head.byline) == (
        "Creating a Website with NodeJS", True, "June 7, 2015", None)
    # The published and the updated <time> glued together: the first is the post's date
    head = read_head(["jQuery DataTables: Row selection", "", "  May 31, 2015May 24, 2016 Michael Ryvkin", "",
                      "  This is the body of the post, a paragraph long enough."])
    assert (head.title, head.published.local) == ("jQuery DataTables: Row selection", datetime(2015, 5, 31))
    # A by-word name ends at a slash ("By NAME / CATEGORY")
    head = read_head(["10 Things I Didn’t Expect", "", "in Early Retirement Life by Guest Author / on April 7, 2017 / "
                      "with (157) Comments", "", "Text."])
    assert (head.title, head.byline) == ("10 Things I Didn’t Expect", "Guest Author")


def test_blogger_blog_name_and_date_header_above_the_post_title():
    from newscomments.formats.pagehead import read_head
    head = read_head(["Abstract Absurdities", "", "Monday, February 19, 2007", "Sussman, Robustness, & Quickcheck",
                      "Today on reddit there was a link to a paper by Gerald Sussman about robust systems."])
    assert (head.title, head.published.local) == ("Sussman, Robustness, & Quickcheck", datetime(2007, 2, 19))


def test_no_title_from_a_first_line_that_is_prose_a_quotation_or_without_a_date_below():
    from newscomments.formats.pagehead import read_head
    assert read_head(["The council met on Tuesday and voted on the budget.", "", "23-02-23 20:54", ""]).title is None
    assert read_head(["\"Working on the complexity that simplicity implies.\"", "", "7/13/2008 03:08:00 PM",
                      "", "Text of the post."]).title is None
    assert read_head(["A Heading", "", "Some body text follows here without any date line.", ""]).title is None


def test_archived_copy_with_a_quoted_source_label_and_its_own_heading():
    # An archiver's heading above the page, its source in a quoted label, the page's <title>
    # as a line ("T – Site Skip to content"): the comment block is this page's, not another's.
    page = parse("# Myths about CPU Caches (Rajiv Prabhakar)\n\n"
                 "> **Original:** <https://software.example/2018/04/29/myths-about-cpu-caches/>\n>\n"
                 "> **Archived for preservation.**\n\n---\n\n"
                 "Myths Programmers Believe about CPU Caches – Software the Hard way Skip to content\n\n"
                 + ARTICLE + "2 thoughts on “ Myths Programmers Believe about CPU Caches ”\n\n"
                 "Alice says:\n\nApril 30, 2018 at 10:00 am\n\nGreat post.\n\n"
                 "Bob says:\n\nApril 30, 2018 at 11:00 am\n\nAgreed.\n", suffix=".md")
    assert page.url == "https://software.example/2018/04/29/myths-about-cpu-caches/"
    assert page.declared_comment_count == 2 and page.notes == ()
    assert [c.author for c in page.comments] == ["Alice", "Bob"]


def test_blogger_headers_as_headings_and_a_said_that_html2text_wrapped():
    page = parse("# Clojure backtick\n\n" + ARTICLE + "## 3 comments:\n\n"
                 "#### drcode said...\n\nThanks, I need this.\n\n[March 3, 2012 at 9:40 PM](#c1)\n\n"
                 "[Benjamin Wright](https://www.blogger.com/profile/115436)\nsaid...\n\nGood point.\n\n"
                 "[March 4, 2012 at 10:00 AM](#c2)\n\n"
                 "#### Unknown said...\n\nI really needed this!\n\n[March 5, 2012 at 8:15 AM](#c3)\n\n"
                 "[Post a Comment](https://www.blogger.com/comment.g?blogID=1)\n", suffix=".md")
    assert page.comment_system == "blogger"
    assert [(c.author, c.text) for c in page.comments] == [
        ("drcode", "Thanks, I need this."), ("Benjamin Wright", "Good point."), ("Unknown", "I really needed this!")]


def test_qode_one_line_headers_with_posted_at_and_a_yearless_date():
    # Qode's Bridge: "NAME Posted at 22:29h, 30 November Reply"; pingbacks print the same line
    # after their title; Jetpack's "Loading…" under each text.
    page = parse(ARTICLE + "3 Comments\n\n"
                 "Koriit Posted at 22:29h, 30 November Reply\n\nThanks for bringing it up again.\n\nLoading…\n\n"
                 "Pingback: Falsehoods About Names – BrianChan.us Posted at 08:15h, 24 February Reply\n\n"
                 "[…] a list of falsehoods […]\n\n"
                 "tony rogers Posted at 09:57h, 04 January\n\nA very good point.\n", suffix=".md")
    assert [(c.kind, c.author, c.posted.raw, c.text) for c in page.comments] == [
        ("comment", "Koriit", "22:29h, 30 November", "Thanks for bringing it up again."),
        ("pingback", "Falsehoods About Names – BrianChan.us", "08:15h, 24 February", "[…] a list of falsehoods […]"),
        ("comment", "tony rogers", "09:57h, 04 January", "A very good point.")]
    assert dates.parse_date("08:34h, 11 December 2019").local == datetime(2019, 12, 11, 8, 34)


def test_blogger_comments_under_a_migrated_copys_own_heading_leave_the_body_whole():
    page = parse("# Class Helpers: Good or Bad?\n\n" + ARTICLE + "What does everybody else think?\n\n"
                 "Comments (originally on blogger.com)\n\n"
                 "Anonymous said...\n\n>> Well, Anders would seem to agree.\n\n9 May 2006 at 10:12\n\n"
                 "Daniel said...\n\nI use them a lot.\n\n10 May 2006 at 08:00\n", suffix=".md")
    assert page.comment_system == "blogger" and [c.author for c in page.comments] == ["Anonymous", "Daniel"]
    assert page.body.endswith("What does everybody else think?") and page.body.startswith("A long enough article")


@pytest.mark.parametrize("form_link", [
    "[Post a Comment](http://www.blogger.com/comment.g?blogID=3198&p\nostID=7056)",  # URL wrapped
    "[Post a\nComment](https://www.blogger.com/comment.g?blogID=17908&postID=4319)",  # label wrapped
])
def test_blogger_form_link_that_html2text_wrapped_ends_the_list(form_link):
    page = parse("# A post\n\n" + ARTICLE + "#### 1 comment:\n\n"
                 "[Anonymous](https://www.blogger.com/profile/1) said...\n\nPlease write more.\n\n"
                 "[May 4, 2015 at 10:00 AM](https://x.blogspot.com/2015/05/p.html?showComment=1430733600000#c1)\n\n"
                 + form_link + "\n\n[Newer Post](https://x.blogspot.com/2015/05/next.html)\n", suffix=".md")
    assert [(c.author, c.text) for c in page.comments] == [("Anonymous", "Please write more.")]


def test_pandoc_markdown_of_a_whole_comment_list_is_detected_by_its_says_spans():
    # pandoc keeps core's span round the says-word; the count heading sits inside a link on a
    # line with other text, so only the spans tell the list is WordPress's.
    item = ("{n}.  ::: {{#comment-{id}}}\n    ::: {{.comment-author .vcard}}\n"
            "    ![](https://secure.gravatar.com/avatar/c69?s=56){{.avatar .avatar-56 .photo height=\"56\"}}"
            " **{name}** [says:]{{.says}}\n    :::\n\n    ::: comment-metadata\n    {date}\n    :::\n\n"
            "    ::: comment-content\n    {text}\n    :::\n    :::\n\n")
    page = parse("\\-\\-- title: \\\"Table sizes\\\" \\-\\-- \\[2 thoughts on \"Table sizes\"\\](/blog/table-sizes)\n\n"
                 + item.format(n=1, id=365459, name="Travis Downs", date="November 17, 2018 at 4:51 am",
                               text="To address the precision problem, expand it.")
                 + item.format(n=2, id=365470, name="brian", date="November 17, 2018 at 6:51 am",
                               text="You can use the limit."), suffix=".md")
    assert page.format == "wordpress_text"
    assert [(c.author, c.posted.raw, c.text) for c in page.comments] == [
        ("Travis Downs", "November 17, 2018 at 4:51 am", "To address the precision problem, expand it."),
        ("brian", "November 17, 2018 at 6:51 am", "You can use the limit.")]


def test_pandoc_markdown_of_a_wpdiscuz_thread_is_detected_by_its_class_names():
    rec = ("::::::::: {{#wpd-comm-{id}_0 .comment .wpd-comment .wpd_comment_level-1}}\n"
           "::: {{.wpd-comment-label wpd-tooltip=\"User\"}}\nUser\n:::\n\n::::: wpd-comment-header\n"
           "::: wpd-comment-author\n{name}\n:::\n\n::: {{.wpd-comment-date title=\"{date}\"}}\n{date}\n:::\n:::::\n\n"
           "::: wpd-comment-text\n{text}\n:::\n\n:::::: wpd-vote\n::: {{.wpd-vote-result .wpd-up title=\"3\"}}\n3\n:::\n"
           "::::::\n\n::: wpd-reply-button\nReply\n:::\n:::::::::\n\n")
    page = parse("# Hospital funding\n\n" + ARTICLE
                 + "::: {#wpd-threads .wpd-thread-wrapper}\n::: {.wpd-thread-info comments-count=\"2\"}\n"
                   "[2]{.wpdtc title=\"2\"} Comments\n:::\n\n"
                 + rec.format(id=6003, name="Marta Haddad", date="5 March, 2023 8:10 pm", text="Who pays for this?")
                 + rec.format(id=6004, name="Olga", date="5 March, 2023 9:00 pm", text="The city council.")
                 + ":::\n", suffix=".md")
    assert page.format == "wpdiscuz_text" and page.declared_comment_count == 2
    assert [(c.author, c.posted.raw, c.text) for c in page.comments] == [
        ("Marta Haddad", "5 March, 2023 8:10 pm", "Who pays for this?"), ("Olga", "5 March, 2023 9:00 pm", "The city council.")]


def test_pandoc_span_round_a_linked_name_and_comment_navigation_above_the_list():
    # Twenty Eleven in pandoc markdown: "[[NAME](url){.url}]{.fn} on [DATE](…) [said:]{.says}",
    # and its (hidden) comment navigation between the count heading and the list.
    item = ("{n}.  ::: {{#li-comment-{id}}}\n    ::: comment-meta\n    ::: {{.comment-author .vcard}}\n"
            "    ![](http://1.gravatar.com/avatar/dd6?s=68){{.avatar .avatar-68 .photo height=\"68\"}}"
            "[[{name}](http://{name}.example){{.url rel=\"external nofollow\"}}]{{.fn}} on "
            "[{date}](http://blog.example/p/comment-page-3/#comment-{id}) [said:]{{.says}}\n    :::\n    :::\n\n"
            "    ::: comment-content\n    {text}\n    :::\n\n    ::: reply\n    :::\n    :::\n\n")
    page = parse("# Released {#released .entry-title}\n\n" + ARTICLE
                 + "::: {#comments}\n## 119 thoughts on \"Released\" {#comments-title}\n\n"
                   "# Comment navigation {#comment-navigation .assistive-text}\n\n::: nav-previous\n"
                   "[← Older Comments](http://blog.example/p/comment-page-2/#comments)\n:::\n\n::: nav-next\n:::\n\n"
                 + item.format(n=1, id=525065, name="Manoj", date="November 18, 2010 at 5:21 am", text="Any exam?")
                 + item.format(n=2, id=525075, name="Roberto", date="November 20, 2010 at 2:19 am", text="Hi people")
                 + ":::\n", suffix=".md")
    assert [(c.author, c.native_id, c.posted.raw, c.text) for c in page.comments] == [
        ("Manoj", "525065", "November 18, 2010 at 5:21 am", "Any exam?"),
        ("Roberto", "525075", "November 20, 2010 at 2:19 am", "Hi people")]


def test_old_blogger_template_at_date_name_said_in_plain_text():
    page = parse("Falsehoods about plain text\n\n" + ARTICLE + "3 Comments:\n\n"
                 "At February 10, 2021 , Fraxas said…\n\nI appreciate this reference.\n\n"
                 "At April 27, 2022 , Anonymous said…\n\nThat last one was gold!\n\n"
                 "At December 18, 2024 4:05 PM, Anonymous said…\n\nMuch of it is a matter of taste.\n\n"
                 "Post a Comment\n")
    assert page.comment_system == "blogger"
    assert [(c.author, c.posted.raw, c.text) for c in page.comments] == [
        ("Fraxas", "February 10, 2021", "I appreciate this reference."),
        ("Anonymous", "April 27, 2022", "That last one was gold!"),
        ("Anonymous", "December 18, 2024 4:05 PM", "Much of it is a matter of taste.")]


def test_posted_on_date_by_name_under_category_keeps_an_initial():
    from newscomments.formats.pagehead import read_head
    head = read_head(["Ubuntu 17.10 Desktop Installation", "",
                      "  Posted on December 17, 2017 by Kartik B. under Linux Basics", "", "  The text."])
    assert (head.title, head.byline, head.published.local) == (
        "Ubuntu 17.10 Desktop Installation", "Kartik B.", datetime(2017, 12, 17))


def test_w3m_double_placeholders_a_bullet_glyph_and_a_glued_says():
    page = parse(ARTICLE + "3 thoughts on “The post”\n\n"
                 " 1. [svg][4d94] Ani Faisal says:\n    1 November 2019 at 11:13 am\n\n    No 1\n\n"
                 " 2. ● Francis Kim says:\n    December 30, 2015 at 12:19 pm\n\n    Great site.\n\n"
                 "[f1514d72fd63d24c]Ivansays:\n11 March 2020 at 11:55 am\n\nDear Zari, thanks.\n")
    assert [(c.author, c.posted.raw) for c in page.comments] == [
        ("Ani Faisal", "1 November 2019 at 11:13 am"), ("Francis Kim", "December 30, 2015 at 12:19 pm"),
        ("Ivan", "11 March 2020 at 11:55 am")]
    # a glued says-word needs the date line below it
    page = parse(ARTICLE + "2 thoughts on “The post”\n\nIvansays:\n\nRead the fine print.\n\n"
                 "Tesssays:\n\nNothing.\n")
    assert page.comments == ()


def test_twenty_nineteen_in_pandoc_markdown_form_above_the_list():
    # Twenty Nineteen prints the reply form above the list, and its says-word is screen-reader
    # text in pandoc's span ("[says:]{.screen-reader-text .says}"), the only sign of the system.
    item = ("{n}.  ::::::: {{#comment-{id}}}\n    ::: {{.comment-author .vcard}}\n"
            "    [![](https://secure.gravatar.com/avatar/c1?s=60){{.avatar .avatar-60 .photo}}[{name}]{{.fn}} "
            "[says:]{{.screen-reader-text .says}}](https://{name}.example){{.url rel=\"external nofollow\"}}\n    :::\n\n"
            "    ::: comment-metadata\n    [{date}](https://orchard.example/pruning/#comment-{id})\n    :::\n\n"
            "    ::: comment-content\n    {text}\n    :::\n    :::::::\n\n")
    page = parse("# Pruning apple trees {.entry-title}\n\n" + ARTICLE + "::: {#comments .comments-area}\n"
                 "![](data:image/svg+xml;base64,PHN2Zz4=){.svg-icon}2 Comments\n:::\n\n"
                 "::: {#respond .comment-respond}\n### Leave a comment [[Cancel reply](#respond)"
                 "{#cancel-comment-reply-link}]{.small} {#reply-title .comment-reply-title}\n:::\n\n"
                 + item.format(n=1, id=61, name="Pippin", date="January 18, 2025 at 10:20 am", text="Prune in winter.")
                 + item.format(n=2, id=62, name="Merry", date="January 19, 2025 at 9:00 am", text="Agreed."),
                 suffix=".md")
    assert page.format == "wordpress_text"
    assert [(c.author, c.native_id, c.text) for c in page.comments] == [
        ("Pippin", "61", "Prune in winter."), ("Merry", "62", "Agreed.")]


def test_a_wrapped_said_word_in_the_blogs_language_joins_its_name():
    # the German Blogger "hat gesagt…" wrapped onto its own line by html2text, like "said..."
    page = parse("# Ein Beitrag\n\n" + ARTICLE + "#### 2 Kommentare:\n\n"
                 "[Anna](https://www.blogger.com/profile/1) hat gesagt…\n\nSchön!\n\n"
                 "[4. Mai 2015 um 10:00](https://x.blogspot.com/2015/05/p.html?showComment=1430733600000#c1)\n\n"
                 "[Bernd](https://www.blogger.com/profile/2)\nhat gesagt…\n\nDanke.\n\n"
                 "[5. Mai 2015 um 11:00](https://x.blogspot.com/2015/05/p.html?showComment=1430820000000#c2)\n", suffix=".md")
    assert [(c.author, c.text) for c in page.comments] == [("Anna", "Schön!"), ("Bernd", "Danke.")]


def test_blogger_classic_as_pandoc_definition_lists_with_escaped_dots():
    # pandoc -t markdown of Blogger's classic dl#comments-block: "NAME said\..." (pandoc
    # escapes the dots), the text and the footer date as definitions (":   "), attributes on
    # the profile link.
    page = parse("# jQuery.ScrollTo\n\n" + ARTICLE + "#### 2 comments:\n\n"
                 "[]{#c765} Anonymous said\\...\n\n:   Can this plugin scroll to anchors?\n\n"
                 ":   [October 23, 2007 at 4:01 PM](http://b.blogspot.com/p.html?showComment=1193166060000#c765 "
                 "\"comment permalink\")\n\n"
                 "[]{#c841} [Flesler](https://www.blogger.com/profile/1){rel=\"nofollow\"} said\\...\n\n"
                 ":   Indeed, check the article.\n\n"
                 ":   [October 23, 2007 at 7:05 PM](http://b.blogspot.com/p.html?showComment=1193177100000#c841 "
                 "\"comment permalink\")\n\n[Post a Comment](https://www.blogger.com/comment.g)\n", suffix=".md")
    assert page.comment_system == "blogger"
    assert [(c.author, c.native_id, c.posted.raw, c.text) for c in page.comments] == [
        ("Anonymous", "765", "October 23, 2007 at 4:01 PM", "Can this plugin scroll to anchors?"),
        ("Flesler", "841", "October 23, 2007 at 7:05 PM", "Indeed, check the article.")]


_LYNX_REFERENCED = (ARTICLE +
                    "    1. [7]Travis Downs says:\n"
                    "       [8]November 17, 2018 at 4:51 am\n"
                    "       To address the precision problem you could expand it, see [1] above.\n"
                    "       [9]Reply\n"
                    "         1. Maynard Handley says:\n"
                    "            [10]November 17, 2018 at 11:41 pm\n"
                    "            Since p is huge, the first term is enough.\n"
                    "            [11]Reply\n"
                    "\n"
                    "References\n"
                    "\n"
                    "   Visible links:\n"
                    "   7. https://example.org/~travis\n"
                    "   8. https://example.org/post/#comment-101\n"
                    "   9. https://example.org/post/?replytocom=101#respond\n"
                    "  10. https://example.org/post/#comment-102\n"
                    "  11. javascript:reply(102, 'respond')\n"
                    "\n"
                    "   Hidden links:\n"
                    "  12. https://example.org/\n")


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_lynx_link_numbers_and_references_list_are_no_text(newline):
    # Plain "lynx -dump" numbers every link ("[8]November 17, …") and lists the numbers at the
    # end under "References": without both, the page reads as "lynx -dump -nolist" prints it.
    page = parse(_LYNX_REFERENCED.replace("\n", newline))
    assert page.format == "wordpress_text"
    assert rows(page) == [
        ("Travis Downs", "November 17, 2018 at 4:51 am",
         "To address the precision problem you could expand it, see [1] above.", None),
        ("Maynard Handley", "November 17, 2018 at 11:41 pm", "Since p is huge, the first term is enough.", 0)]


def test_an_articles_own_references_list_keeps_its_numbers():
    from newscomments.formats.textblocks import without_lynx_references
    text = ("As shown before [1], the effect holds [2].\n\nReferences\n\n"
            "1. Smith, J. (2020). A study of effects.\n2. Doe, A.: https://doi.org/10.1000/x\n")
    assert without_lynx_references(text) == text
    # lynx's own list, but an article's text after it: not the end of a lynx dump
    lynx = _LYNX_REFERENCED + "\nPosted in News\n"
    assert without_lynx_references(lynx) == lynx
    assert without_lynx_references(_LYNX_REFERENCED.encode()) == without_lynx_references(_LYNX_REFERENCED).encode()


def test_w3m_blogger_threaded_items_open_with_an_avatar_placeholder():
    # w3m prints a Blogger avatar without alt text as part of its file name in brackets, on
    # the item's marker line; "NAMEDATE" is the next line, the replies a nested list.
    page = parse("A post about a hotel\n\nSome article text about the hotel and its rooms, long "
                 "enough to be a body paragraph of the page.\n\n3 comments:\n\n"
                 " 1. [Bez]\n    IwonaMay 30, 2019 at 1:06 PM\n\n    Interesting place :)\n\n"
                 "    ReplyDelete\n    Replies\n\n"
                 "     1. [zFdxGE77vv]\n        Rose worldMay 30, 2019 at 6:22 PM\n\n"
                 "        Wish to visit one day.\n\n        Delete\n"
                 "        Reply\n"
                 " 2. [dc63703] [gif]\n    munMay 30, 2019 at 6:26 PM\n\n    more choices! good!\n\n"
                 "    ReplyDelete\n\nAdd comment\nLoad more...\n\nPost a Comment\n")
    assert page.comment_system == "blogger"
    assert [(c.author, c.posted.raw, c.text, c.parent_position) for c in page.comments] == [
        ("Iwona", "May 30, 2019 at 1:06 PM", "Interesting place :)", None),
        ("Rose world", "May 30, 2019 at 6:22 PM", "Wish to visit one day.", 0),
        ("mun", "May 30, 2019 at 6:26 PM", "more choices! good!", None)]


def test_w3m_meta_list_with_reply_first_under_an_avatar_item():
    # A theme that prints each comment's meta as a list (reply link, name, date, an empty
    # item); w3m bullets its levels "□" and "☆" and draws the avatar as placeholders.
    page = parse(ARTICLE + "Kommentare Schreibe einen Kommentar\n\n"
                 " 1. [dc63703] [gif]\n      □ Antworten\n      □ Dietmar Hilsebein\n"
                 "      □ 8. April 2019 @ 11:38\n      □ \n"
                 "    Sind da Frauen nicht befragt worden?\n\n"
                 "      □ [LobinTw] [gif]\n          ☆ Antworten\n          ☆ Henning Lobin\n"
                 "          ☆ 10. April 2019 @ 16:29\n          ☆ \n"
                 "        So sicher kann man sich nicht sein.\n\n"
                 " 2. [f65393b] [gif]\n      □ Antworten\n      □ ajki\n      □ 8. April 2019 @ 11:40\n"
                 "      □ \n    Naja, das ist vielleicht eine falsche Wahl.\n")
    assert page.format == "wordpress_text"
    assert rows(page) == [
        ("Dietmar Hilsebein", "8. April 2019 @ 11:38", "Sind da Frauen nicht befragt worden?", None),
        ("Henning Lobin", "10. April 2019 @ 16:29", "So sicher kann man sich nicht sein.", 0),
        ("ajki", "8. April 2019 @ 11:40", "Naja, das ist vielleicht eine falsche Wahl.", None)]


def test_pandoc_plain_avatar_item_of_the_next_reply_is_no_text():
    # pandoc plain prints an avatar without alt text as "[]": the reply's item "- []" opens
    # the next record, not the last line of the comment above it.
    page = parse(ARTICLE + "Responses (2)\n\n1.  []\n\n    mojo706\n    March 12, 2015 at 10:08 pm · Reply\n\n"
                 "    Thanks worked on my laptop!\n\n    - []\n\n      pixel.ninja\n"
                 "      March 12, 2015 at 11:43 pm ·\n\n      Yay, that is awesome!\n")
    assert [(c.author, c.text, c.parent_position) for c in page.comments] == [
        ("mojo706", "Thanks worked on my laptop!", None), ("pixel.ninja", "Yay, that is awesome!", 0)]


def test_w3m_comment_number_and_placeholder_on_the_next_items_marker_line():
    # "2. 4 [019f71b995e7]": the item's marker, the theme's running comment number and the
    # avatar's placeholder open the next record; the emoji-only reply above keeps its text.
    page = parse(ARTICLE + "52 Kommentare\n\n"
                 " 1. 1 [1a2b3c4d5e6f]\n    Julia on 11/08/2020 at 9:52\n    Antworten\n   \n"
                 "    So schön geschrieben!\n\n"
                 "      □ 2 [732ecfbc0219]\n        Swantje on 16/08/2020 at 12:56\n        Antworten\n   \n"
                 "        ❤️\n\n"
                 " 2. 4 [019f71b995e7]\n    Luna on 11/08/2020 at 9:58\n    Antworten\n   \n"
                 "    Du hast das so schön geschrieben.\n")
    assert [(c.author, c.text, c.parent_position) for c in page.comments] == [
        ("Julia", "So schön geschrieben!", None), ("Swantje", "❤️", 0),
        ("Luna", "Du hast das so schön geschrieben.", None)]


def test_lynx_compact_header_hard_wrapped_at_80_columns():
    # lynx wraps at 80 columns: a pingback's long "TITLE DATE - Antworten" header goes on over
    # the next lines (up to three more), each but the last filled to near the width; the
    # wrapped "- Antworten" alone is no list item.
    page = parse(ARTICLE + "3 Kommentare\n\n"
                 "    1. Pascal 22. Juni 2018 um 3:32 Uhr - Antworten\n"
                 "       Du hattest geschrieben, die Rechtsprechung tut sich schwer damit.\n"
                 "    2. Instagram: Werbung, Werbung, Werbung! - Kerstin und das Chaos 22.\n"
                 "       Juni 2018 um 16:11 Uhr - Antworten\n"
                 "       […] Einer der besten Texte zum Thema ist von Moritz Meyer. […]\n"
                 "    3. CASTLEMAKER Lifestyle-Blog - Bloggertipps: Kennzeichnung, Werbung\n"
                 "       und mehr - CASTLEMAKER Lifestyle-Blog 21. Juni 2018 um 10:40 Uhr -\n"
                 "       Antworten\n"
                 "       […] Update vom 21.06.2018 anlässlich des Urteils. […]\n"
                 "    4. Was war los im JUNI | Fräulein Immergrün 1. Juli 2018 um 11:57 Uhr\n"
                 "       - Antworten\n"
                 "       […] ihren Content angeblich nicht richtig markiert […]\n"
                 "    5. Was Du jetzt über die Kennzeichnung von Werbung in sozialen\n"
                 "       Netzwerken wissen solltest: Was muss gekennzeichnet werden? |\n"
                 "       Stella Sternstunde - Dressurpferd im Aktivstall 15. September 2018\n"
                 "       um 15:30 Uhr - Antworten\n"
                 "       […] bekommen hat, dann hat sie zumindest Eigenwerbung betrieben […]\n")
    assert [(c.author, c.kind, c.posted.raw) for c in page.comments] == [
        ("Pascal", "comment", "22. Juni 2018 um 3:32 Uhr"),
        ("Instagram: Werbung, Werbung, Werbung! - Kerstin und das Chaos", "pingback", "22. Juni 2018 um 16:11 Uhr"),
        ("CASTLEMAKER Lifestyle-Blog - Bloggertipps: Kennzeichnung, Werbung und mehr - CASTLEMAKER Lifestyle-Blog",
         "pingback", "21. Juni 2018 um 10:40 Uhr"),
        ("Was war los im JUNI | Fräulein Immergrün", "pingback", "1. Juli 2018 um 11:57 Uhr"),
        ("Was Du jetzt über die Kennzeichnung von Werbung in sozialen Netzwerken wissen solltest: Was muss "
         "gekennzeichnet werden? | Stella Sternstunde - Dressurpferd im Aktivstall", "pingback",
         "15. September 2018 um 15:30 Uhr")]
    assert page.comments[0].text == "Du hattest geschrieben, die Rechtsprechung tut sich schwer damit."


def test_lynx_item_header_stops_at_the_next_items_bare_marker():
    # lynx prints an item whose content starts with a block as its marker alone ("3."), the
    # name below it further left: a pingback item above it ends there, wrapped title and all.
    page = parse(ARTICLE + "45 Gedanken zu „Das wird man ja wohl noch sagen dürfen!“\n\n"
                 "    1.\n   photobix 11. Dezember 2012 um 11:07\n       Danke!\n       Antwort ↓\n"
                 "    2. Pingback: Israel: Von Grabenkämpfen und dem Wert wahrer\n"
                 "       Freundschaft | Gormulus\n"
                 "    3.\n   jeuys 11. Dezember 2012 um 12:57\n       richtig gormulus.\n       Antwort ↓\n")
    assert [(c.author, c.kind, c.text) for c in page.comments] == [
        ("photobix", "comment", "Danke!"),
        ("Israel: Von Grabenkämpfen und dem Wert wahrer Freundschaft | Gormulus", "pingback", ""),
        ("jeuys", "comment", "richtig gormulus.")]


def test_lynx_first_item_marker_above_a_section_without_heading_nests_its_replies():
    # No count heading the parser knows ("91 Ergänzungen"): the section starts at the first
    # header, and that record's marker line above it ("    1.") still gives its list column.
    page = parse(ARTICLE + "    1.\n   blah blubb sagt:\n       23. Juni 2016 um 17:21 Uhr\n"
                 "       selber blöd, wer das noch nicht geschnallt hat.\n       Antworten\n"
                 "         1.\n        Rafael sagt:\n            23. Juni 2016 um 18:47 Uhr\n"
                 "            Aber Herr S., sie müssen doch nicht trollen.\n            Antworten\n"
                 "    2.\n   mirdochegal sagt:\n       27. Juni 2016 um 20:26 Uhr\n"
                 "       Das liegt daran, dass es so ist.\n       Antworten\n")
    assert [(c.author, c.parent_position, c.depth) for c in page.comments] == [
        ("blah blubb", None, 0), ("Rafael", 0, 1), ("mirdochegal", None, 0)]


def test_lynx_deeply_nested_bare_markers_keep_their_list_columns():
    # lynx indents each level: from the fourth on, an item's marker alone ("1.") stands
    # 17 columns in and more, and still opens the record below it.
    page = parse(ARTICLE + "    1.\n   Anna sagt:\n       23. Juni 2016 um 17:21 Uhr\n       Eins.\n       Antworten\n"
                 "         1.\n        Ben sagt:\n            23. Juni 2016 um 18:47 Uhr\n            Zwei.\n"
                 "            Antworten\n"
                 "              1.\n             Cem sagt:\n                 27. Juni 2016 um 12:09 Uhr\n"
                 "                 Drei.\n                 Antworten\n"
                 "                   1.\n                  Dora sagt:\n                      27. Juni 2016 um 20:26 Uhr\n"
                 "                      Vier.\n                      Antworten\n"
                 "                        1.\n                       Emil sagt:\n"
                 "                           27. Juni 2016 um 21:47 Uhr\n                           Fünf.\n")
    assert [(c.author, c.text, c.parent_position) for c in page.comments] == [
        ("Anna", "Eins.", None), ("Ben", "Zwei.", 0), ("Cem", "Drei.", 1), ("Dora", "Vier.", 2), ("Emil", "Fünf.", 3)]


def test_says_header_with_its_date_below_the_text():
    # Flatsome prints "NAME says:", the text, then the date and "Reply": the date line at the
    # text's end is the comment's date, as a layout (every undated record ends so).
    blank = "\n"
    sep = "\n" + blank
    page = parse(ARTICLE + "2 thoughts on “Caring for a cast-iron pan”\n\n"
                 f"    1. Skillet Sue says:{sep}       Mine has rust spots after a holiday.{sep}"
                 f"       September 1, 2024 at 5:25 pm{sep}       Reply\n"
                 f"          + Shelf Cook says:{sep}            Scrub them off with steel wool.{sep}"
                 f"            Then season it twice.{sep}            September 2, 2024 at 8:10 am\n")
    assert rows(page) == [
        ("Skillet Sue", "September 1, 2024 at 5:25 pm", "Mine has rust spots after a holiday.", None),
        ("Shelf Cook", "September 2, 2024 at 8:10 am", "Scrub them off with steel wool.\n\nThen season it twice.", 0)]


def test_a_date_ending_one_undated_comment_is_its_text():
    # A theme without dates: a reader who ends with a date keeps it as text, unless every
    # comment ends so; a quoted "The changelog says:" item in a lynx item is no header.
    page = parse(ARTICLE + "3 thoughts on “Plans”\n\n"
                 "1. Anna Berg says:\n\n   Count me in. See you on\n\n   12 March 2024\n\n"
                 "2. Tom Baker says:\n\n   Next dates:\n\n   March 12, 2024\n\n"
                 "3. Lena Vogt says:\n\n   Great.\n")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Anna Berg", None, "Count me in. See you on\n\n12 March 2024"),
        ("Tom Baker", None, "Next dates:\n\nMarch 12, 2024"), ("Lena Vogt", None, "Great.")]
    quoted = parse(ARTICLE + "2 thoughts on “Versions”\n\n"
                   "    1. Anna Berg says:\n       March 1, 2021 at 9:00 am\n"
                   "          + The changelog says:\n            Version 2.0 is out.\n            March 1, 2021\n"
                   "          + The blog says: soon.\n       So which is it?\n"
                   "    2. Tom Baker says:\n       March 2, 2021 at 8:00 am\n       Both.\n")
    assert [c.author for c in quoted.comments] == ["Anna Berg", "Tom Baker"]


def test_pandoc_markdown_blogger_threaded_items_behind_blanked_div_fences():
    # pandoc's markdown of Blogger's threaded list (our fixture blogger_threaded.html): the
    # item's marker alone ("1.  ::::" once its fence is blanked), the avatar image on a line of
    # its own, then the header; the thread's second reply has no marker of its own, so the
    # headers' columns give the nesting.
    page = parse(ARTICLE +
                 "#### 4 comments:\n"
                 "\n"
                 ":::::::: comments-content\n"
                 "::::::: {#comment-holder}\n"
                 ":::::: {.comment-thread .toplevel-thread}\n"
                 "1.  ::::::::: {#c8001}\n"
                 "    ::: avatar-image-container\n"
                 "    ![](https://example.invalid/a.png)\n"
                 "    :::\n"
                 "\n"
                 "    :::: comment-block\n"
                 "    ::: comment-header\n"
                 "    [Jonas Berg](https://www.blogger.com/profile/101){rel=\"nofollow\"}[]{.icon .user}[[November 3, 2019 at 9:44 PM](https://riverwalks.blogspot.com/2019/11/autumn-on-upper-trail.html?showComment=1572813840000#c8001){rel=\"nofollow\"}]{.datetime .secondary-text}\n"
                 "    :::\n"
                 "\n"
                 "    Is the path by the mill still closed?\\\n"
                 "    We wanted to go next week.\n"
                 "\n"
                 "    [[Reply]{.comment-reply target=\"_self\" comment-id=\"8001\"}[[Delete](https://www.blogger.com/delete-comment.g?blogID=1&postID=8001){target=\"_self\"}]{.item-control .blog-admin .blog-admin .pid-55}]{.comment-actions .secondary-text}\n"
                 "    ::::\n"
                 "\n"
                 "    :::: comment-replies\n"
                 "    ::: {#c8001-rt .comment-thread .inline-thread}\n"
                 "    [[]{.thread-arrow}[[Replies]{target=\"_self\"}]{.thread-count}]{.thread-toggle .thread-expanded}\n"
                 "    1.  :::::::: {}\n"
                 "        ::: avatar-image-container\n"
                 "        ![](https://example.invalid/b.png)\n"
                 "        :::\n"
                 "\n"
                 "        :::: comment-block\n"
                 "        ::: comment-header\n"
                 "        [Greta Lind](https://www.blogger.com/profile/55){rel=\"nofollow\"}[]{.icon .user .blog-author}[[November 4, 2019 at 8:02 AM](https://riverwalks.blogspot.com/2019/11/autumn-on-upper-trail.html?showComment=1572850920000#c8002){rel=\"nofollow\"}]{.datetime .secondary-text}\n"
                 "        :::\n"
                 "\n"
                 "        It opens again on Friday.\n"
                 "\n"
                 "        [[[Delete](https://www.blogger.com/delete-comment.g?blogID=1&postID=8002){target=\"_self\"}]{.item-control .blog-admin .blog-admin .pid-55}]{.comment-actions .secondary-text}\n"
                 "        ::::\n"
                 "\n"
                 "        ::: comment-replies\n"
                 "        :::\n"
                 "\n"
                 "        ::: {#c8002-ce .comment-replybox-single}\n"
                 "        :::\n"
                 "        ::::::::\n"
                 "\n"
                 "        :::::::: {}\n"
                 "        ::: avatar-image-container\n"
                 "        ![](https://example.invalid/anon.png)\n"
                 "        :::\n"
                 "\n"
                 "        :::: comment-block\n"
                 "        ::: comment-header\n"
                 "        Anonymous[]{.icon .user}[[November 4, 2019 at 10:30 AM](https://riverwalks.blogspot.com/2019/11/autumn-on-upper-trail.html?showComment=1572859800000#c8003){rel=\"nofollow\"}]{.datetime .secondary-text}\n"
                 "        :::\n"
                 "\n"
                 "        Thanks, good to know!\n"
                 "\n"
                 "        []{.comment-actions .secondary-text}\n"
                 "        ::::\n"
                 "\n"
                 "        ::: comment-replies\n"
                 "        :::\n"
                 "\n"
                 "        ::: {#c8003-ce .comment-replybox-single}\n"
                 "        :::\n"
                 "        ::::::::\n"
                 "\n"
                 "        ::: {#c8001-continue .continue}\n"
                 "        [Reply]{.comment-reply target=\"_self\" comment-id=\"8001\"}\n"
                 "        :::\n"
                 "    :::\n"
                 "    ::::\n"
                 "\n"
                 "    ::: {#c8001-ce .comment-replybox-single}\n"
                 "    :::\n"
                 "    :::::::::\n"
                 "\n"
                 "2.  :::::::: {#c8004}\n"
                 "    ::: avatar-image-container\n"
                 "    ![](https://example.invalid/c.png)\n"
                 "    :::\n"
                 "\n"
                 "    :::: comment-block\n"
                 "    ::: comment-header\n"
                 "    [Mia](https://www.blogger.com/profile/202){rel=\"nofollow\"}[]{.icon .user}[[November 5, 2019 at 7:15 PM](https://riverwalks.blogspot.com/2019/11/autumn-on-upper-trail.html?showComment=1572977700000#c8004){rel=\"nofollow\"}]{.datetime .secondary-text}\n"
                 "    :::\n"
                 "\n"
                 "    Lovely photos of the beeches.\n"
                 "\n"
                 "    [[Reply]{.comment-reply target=\"_self\" comment-id=\"8004\"}]{.comment-actions .secondary-text}\n"
                 "    ::::\n"
                 "\n"
                 "    ::: comment-replies\n"
                 "    :::\n"
                 "\n"
                 "    ::: {#c8004-ce .comment-replybox-single}\n"
                 "    :::\n"
                 "    ::::::::\n"
                 "\n"
                 "::: {#top-continue .continue}\n"
                 "[Add comment]{.comment-reply target=\"_self\"}\n"
                 ":::\n"
                 "\n"
                 "::: {#top-ce .comment-replybox-thread}\n"
                 ":::\n"
                 "\n"
                 "::: {.loadmore .hidden post-id=\"4711\"}\n"
                 "[Load more\\...]{target=\"_self\"}\n"
                 ":::\n"
                 "::::::\n"
                 ":::::::\n"
                 "::::::::\n"
                 "\n"
                 "[Post a Comment](https://www.blogger.com/comment.g?blogID=1&postID=4711){onclick=\"\"}\n"
                 "\n", suffix=".md")
    assert page.comment_system == "blogger" and page.declared_comment_count == 4
    assert [(c.author, c.posted.raw, c.parent_position) for c in page.comments] == [
        ("Jonas Berg", "November 3, 2019 at 9:44 PM", None), ("Greta Lind", "November 4, 2019 at 8:02 AM", 0),
        ("Anonymous", "November 4, 2019 at 10:30 AM", 0), ("Mia", "November 5, 2019 at 7:15 PM", None)]
    assert page.comments[0].text == "Is the path by the mill still closed?\nWe wanted to go next week."


def test_pandoc_span_round_the_count_and_a_rule_above_the_list():
    # "#### [6]{#comments} Respuestas a …" (the number in a span with the list's anchor), then
    # the feed link and a rule ("-----") before the list: still a WordPress comment section.
    page = parse(ARTICLE + '::::: comments\n#### [2]{#comments} Respuestas a "Adiós"\n\n'
                 "[Canal RSS de esta Entrada](/2015/adios/feed/)\n\n" + "-" * 72 + "\n\n"
                 "- [Panhispanista]{.comment-author}\n\n  [23/11/2015 \\| 03:09](#comment-22729)\n\n"
                 "  No entiendo nada.\n\n"
                 "- [Pere]{.comment-author}\n\n  [26/10/2015 \\| 21:26](#comment-22690)\n\n  Seguimos a la espera.\n"
                 ":::::\n",
                 suffix=".md")
    assert page.format == "wordpress_text" and page.declared_comment_count == 2
    assert [(c.author, c.native_id, c.text) for c in page.comments] == [
        ("Panhispanista", "22729", "No entiendo nada."), ("Pere", "22690", "Seguimos a la espera.")]


def test_pandoc_title_first_count_heading_with_its_attributes():
    # "## 《T》有2个想法 {#id .comments-title}": pandoc keeps the heading's attributes after the
    # zh count heading whose title comes first; Twenty Twelve's header on the avatar's line.
    page = parse(ARTICLE + "::: {#comments .comments-area}\n"
                 "## 《小火箭使用教程》有2个想法 {#有2个想法 .comments-title}\n\n"
                 "1.  :::::: {#li-comment-30488}\n    ::: {.comment-meta .comment-author .vcard}\n"
                 "    ![](https://gravatar.example/a.png){.avatar .avatar-44 .photo}**[孙威](https://sunny.example)"
                 "{.url rel=\"external nofollow ugc\"}** [2018年11月29日 4:20 下午](https://laob.example/2300/#comment-30488)\n"
                 "    :::\n\n    ::: {.section .comment-content .comment}\n    最爱的app\n    :::\n    ::::::\n\n"
                 "    1.  :::::: {#li-comment-30490}\n        ::: {.comment-meta .comment-author .vcard}\n"
                 "        ![](https://gravatar.example/b.png){.avatar}**[毕扬](https://laob.example)"
                 "{.url}** [2018年11月30日 9:02 上午](https://laob.example/2300/#comment-30490)\n"
                 "        :::\n\n        ::: {.section .comment-content .comment}\n        谢谢\n        :::\n"
                 "        ::::::\n:::\n", suffix=".md")
    assert page.format == "wordpress_text" and page.declared_comment_count == 2
    assert [(c.author, c.native_id, c.text, c.parent_position) for c in page.comments] == [
        ("孙威", "30488", "最爱的app", None), ("毕扬", "30490", "谢谢", 0)]


def test_pandoc_comment_header_as_a_heading_with_its_attributes():
    # A theme that heads each comment with an <h4> "NAME wrote on DATE:": pandoc writes the
    # heading's attributes after it ("{#name-wrote-on-… .entry-title .vcard}"); a span's own
    # attributes right after its "]" are no heading's.
    page = parse(ARTICLE + ":::: comments-head\n### 2 comments on \"Issue 85\"\n\n[Post a comment](#respond)\n::::\n\n"
                 "1.  ::: {#comment-7443}\n    #### Alan Goodale [wrote on [December 24, 2020 at 3:53 am:]"
                 "(https://blog.example/85/#comment-7443 \"Permanent link\"){rel=\"bookmark\"}]{.comment-meta} "
                 "{#alan-goodale-wrote-on .entry-title .vcard}\n\n    Are there plans for collections?\n\n"
                 "    [Reply](https://blog.example/85/?replytocom=7443#respond){.comment-reply-link}\n    :::\n\n"
                 "2.  ::: {#comment-7588}\n    #### John Doe [wrote on [February 9, 2021 at 10:16 pm:]"
                 "(https://blog.example/85/#comment-7588){rel=\"bookmark\"}]{.comment-meta} {#john-doe-wrote-on .entry-title}\n\n"
                 "    Thank you for fixing it.\n    :::\n", suffix=".md")
    assert page.format == "wordpress_text" and page.declared_comment_count == 2
    assert [(c.author, c.posted.raw, c.native_id, c.text) for c in page.comments] == [
        ("Alan Goodale", "December 24, 2020 at 3:53 am", "7443", "Are there plans for collections?"),
        ("John Doe", "February 9, 2021 at 10:16 pm", "7588", "Thank you for fixing it.")]


def test_pandoc_blogger_classic_said_line_behind_long_markup():
    # pandoc's markdown of Blogger's classic list: the comment's anchor, the icon with its
    # style and the profile link with its attributes make the "NAME said\..." line longer
    # than any name; what it shows is short.
    icon = ('[]{#c1393} [![Blogger](http://www.blogger.com/img/b16-rounded.gif){style="display:inline;"}]'
            '{.comment-icon .blogger-comment-icon style="line-height:16px;display:inline;"} ')
    page = parse(ARTICLE + "#### 2 Comments:\n\n"
                 + icon + '[msftguy](http://www.blogger.com/profile/0447){rel="nofollow"} said\\...\n\n'
                 ":   i keep getting a 401 from twitter.\n\n"
                 ":   [7/21/2008 11:18:00 PM](http://amptools.example/p.aspx?showComment=1216696680000#c1393)\n\n"
                 + icon.replace("c1393", "c7087") + '[michael herndon](http://www.blogger.com/profile/13){rel="nofollow"} '
                 "said\\...\n\n:   i\\'ll take a look at this later today.\n\n"
                 ":   [7/22/2008 06:40:00 AM](http://amptools.example/p.aspx?showComment=1216723200000#c7087)\n\n"
                 "[Post a Comment](https://www.blogger.com/comment.g?blogID=1)\n", suffix=".md")
    assert page.comment_system == "blogger"
    assert [(c.author, c.native_id, c.text) for c in page.comments] == [
        ("msftguy", "1393", "i keep getting a 401 from twitter."),
        ("michael herndon", "7087", "i'll take a look at this later today.")]


def test_markdownify_date_link_with_a_paragraph_break_in_its_label():
    # A permalink holding the date and a block ("10 mars 2021 à 13 h 28" / "depuis 2 jours"):
    # markdownify breaks the label with an empty line; the link is still one.
    page = parse(ARTICLE + "### 2 Commentaires\n\n"
                 "1. ![](https://gravatar.example/a.png) Res\n\n   [10 mars 2021 à 13 h 28\n\n"
                 "   depuis 2 jours](index.html#comment-32532)\n   - Commentaire n° 440\n\n   C'est moche.\n\n"
                 "   [Répondre](../index.html@replytocom=32532.html#respond)\n"
                 "2. ![](https://gravatar.example/b.png) Yvan\n\n   [5 mars 2021 à 10 h 57\n\n"
                 "   depuis 1 semaine](index.html#comment-32512)\n   - Commentaire n° 439\n\n   Merci Maître.\n",
                 suffix=".md")
    assert [(c.author, c.native_id, c.posted.raw, c.text) for c in page.comments] == [
        ("Res", "32532", "10 mars 2021 à 13 h 28", "C'est moche."),
        ("Yvan", "32512", "5 mars 2021 à 10 h 57", "Merci Maître.")]


def test_pandoc_smart_dashes_are_the_dashes_a_reader_saw():
    # pandoc's markdown writes "—" as "---" and "–" as "--", and escapes dashes the page had
    # as such ("\--"): Drupal's "DATE — NAME" meta line reads again, a title keeps its dash.
    from newscomments.formats.textblocks import unfence_pandoc
    assert unfence_pandoc(":::\n17.1 --- Introduction, 2010 -- 2012, run \\--verbose, a \\-- b\n:::") == \
        "\n17.1 — Introduction, 2010 – 2012, run \\--verbose, a \\-- b\n"
    # code is verbatim: inline spans and fenced blocks keep their dashes
    code = ":::\n`git checkout -- file.txt` --- done\n\n```sql\nSELECT id FROM users -- only active\n```\n:::"
    assert unfence_pandoc(code) == "\n`git checkout -- file.txt` — done\n\n```sql\nSELECT id FROM users -- only active\n```\n"
    page = parse("# Spending data\n\nThe department publishes its spending data, in full.\n\n"
                 ":::::: {#comments}\n## Comments (2) {#comments-title}\n\n"
                 "::::: {.comment .comment-published}\n### [Raw data](/comment/get/1#comment-3382){.active}\n\n"
                 "::: submitted\nSat, 20/11/2010 - 08:24 --- Anonymous\n:::\n\n"
                 "::: content\nWe must trust someone to digest it.\n:::\n\n- [reply](/comment/reply/9556/3382)\n:::::\n\n"
                 "::::: {.comment .comment-published}\n### [Vulnerabilities](/comment/get/1#comment-3334){.active}\n\n"
                 "::: submitted\nFri, 19/11/2010 - 13:24 --- Craig\n:::\n\n"
                 "::: content\nBit Torrent is a strange choice.\n:::\n\n- [reply](/comment/reply/9556/3334)\n:::::\n"
                 "[Add new comment](/comment/reply/9556#comment-form)\n::::::\n", suffix=".md")
    assert page.comment_system == "drupal"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Anonymous", "We must trust someone to digest it."), ("Craig", "Bit Torrent is a strange choice.")]


def test_pandoc_raw_html_round_an_avatar_is_no_text():
    # pandoc keeps raw HTML for what markdown cannot say (Blocksy's "<figure>" round the
    # avatar): between the item's marker and the "#### NAME {#id …}" header it is markup.
    page = parse(ARTICLE + ":::: {#comments .ct-comments}\n### 2 Comments {.ct-comments-title}\n\n"
                 "1.  ::::: {#comment-812}\n    <figure class=\"ct-media-container\">\n"
                 "    <img src=\"https://gravatar.example/i1?s=50\" class=\"avatar avatar-50 photo\" width=\"50\" height=\"50\" />\n"
                 "    </figure>\n\n    #### [Waller Wyn](https://wallerwyn.example){.url rel=\"ugc\"} "
                 "{#waller-wyn .ct-comment-author itemprop=\"author\"}\n\n    ::: ct-comment-meta-data\n"
                 "    [October 5, 2024 / 2:40 pm](https://fieldcraft.example/wall/#comment-812)\n    :::\n\n"
                 "    ::: {.ct-comment-content .entry-content}\n    What about the through-stones?\n    :::\n    :::::\n\n"
                 "2.  ::::: {#comment-820}\n    <figure class=\"ct-media-container\">\n    <img src=\"https://gravatar.example/k1\" />\n"
                 "    </figure>\n\n    #### Moss {#moss .ct-comment-author}\n\n    ::: ct-comment-meta-data\n"
                 "    [October 7, 2024 / 9:15 am](https://fieldcraft.example/wall/#comment-820)\n    :::\n\n"
                 "    ::: {.ct-comment-content}\n    Lovely work on the coping.\n    :::\n    :::::\n::::\n", suffix=".md")
    assert [(c.author, c.native_id, c.text) for c in page.comments] == [
        ("Waller Wyn", "812", "What about the through-stones?"), ("Moss", "820", "Lovely work on the coping.")]


def test_html2text_default_width_wraps_blogger_threaded_headers():
    # html2text's default 78 columns wrap the "[NAME](profile)[DATE](permalink)" header and
    # the "Reply[Delete](…)" actions inside their links: the page is still Blogger's.
    page = parse("# A post\n\n" + ARTICLE + "#### 2 comments:\n\n"
                 "  1. ![](//4.bp.blogspot.com/avatar.jpg)\n\n"
                 "[Iwona](https://www.blogger.com/profile/138)[May 30, 2019 at\n"
                 "1:06 PM](https://www.luxuryhaven.example/2019/05/nam-nghi-phu-quoc-unbound-\n"
                 "collection.html?showComment=1559192764955#c7704569152969066600)\n\n"
                 "Interesting place :)\n\nReply[Delete](https://www.blogger.com/delete-\n"
                 "comment.g?blogID=3257&postID=7704569152969066600)\n\nReplies\n\nReply\n\n"
                 "  2. ![](//3.bp.blogspot.com/avatar2.jpg)\n\n"
                 "[Liz That Skinny Chick Can\nBake](https://www.blogger.com/profile/0325)[May 30, 2019 at\n"
                 "5:38 PM](https://www.luxuryhaven.example/2019/05/nam-nghi-phu-quoc-unbound-\n"
                 "collection.html?showComment=1559209107216#c2925100285921034305)\n\n"
                 "I've heard great things about these hotels.\n\nReply[Delete](https://www.blogger.com/delete-\n"
                 "comment.g?blogID=3257&postID=2925100285921034305)\n\nReplies\n\nReply\n\n"
                 "Add comment\n\nLoad more...\n\n[Post a Comment](https://www.blogger.com/comment.g?blogID=3257)\n",
                 suffix=".md")
    assert page.comment_system == "blogger"
    assert [(c.author, c.native_id, c.text) for c in page.comments] == [
        ("Iwona", "7704569152969066600", "Interesting place :)"),
        ("Liz That Skinny Chick Can Bake", "2925100285921034305", "I've heard great things about these hotels.")]


def test_bracketed_items_and_a_readers_comment_number_stay_text():
    # A reader's list of bracketed words at a comment's end is text (only the next record's
    # avatar line is no text), and so is a first line "Comment #1" when the theme prints no
    # number labels.
    page = parse(ARTICLE + "2 thoughts on “Petition”\n\n"
                 "1. Anna Berg says:\n\n   March 1, 2021 at 9:00 am\n\n   Comment #1\n\n   is the only one that read it.\n\n"
                 "   - we has no money\n   - [sic]\n\n"
                 "2. Tom Baker says:\n\n   March 2, 2021 at 8:00 am\n\n   Status of the petition:\n\n"
                 "   1. [submitted]\n   2. [deleted]\n")
    assert [c.text for c in page.comments] == [
        "Comment #1\n\nis the only one that read it.\n\n- we has no money\n- [sic]",
        "Status of the petition:\n\n1. [submitted]\n2. [deleted]"]


def test_lynx_references_in_another_language_and_a_readers_own_numbers():
    # lynx translates its list's heading and labels ("Références", "Liens visibles :"); the
    # numbers it glues to words go, a reader's "see [1]." and "x[1] " stay.
    text = (ARTICLE + "    1. [7]Travis Downs says:\n       [8]November 17, 2018 at 4:51 am\n"
            "       See [1]. In Python x[1] is the second item.\n       [9]Reply\n"
            "\nRéférences\n\n   Liens visibles :\n   7. https://example.org/~travis\n"
            "   8. https://example.org/post/#comment-101\n   9. https://example.org/post/?replytocom=101#respond\n"
            "\n   Liens cachés :\n  10. https://example.org/\n  11. https://example.org/share\n  12. https://example.org/x\n")
    page = parse(text)
    assert rows(page) == [("Travis Downs", "November 17, 2018 at 4:51 am",
                           "See [1]. In Python x[1] is the second item.", None)]


def test_an_articles_own_url_references_in_lynx_columns_are_text():
    # "lynx -dump -nolist" of an article that ends with its own list of URLs under
    # "References": the numbers are not glued to the article's words, so nothing is lynx's.
    from newscomments.formats.textblocks import without_lynx_references
    text = ("   As found in [1] and [2], the effect holds.\n\nReferences\n\n"
            "    1. https://doi.org/10.1000/a\n    2. https://doi.org/10.1000/b\n")
    assert without_lynx_references(text) == text


def test_a_readers_bracketed_item_stays_when_the_comments_are_no_list_items():
    # html2text of a theme whose comments are divs: a reader's "- [sic]" above the next
    # header is text (a placeholder line goes only when the next header stands inside it).
    page = parse(ARTICLE + "2 thoughts on “Petition”\n\nAnna Berg says:\n\nMarch 1, 2021 at 9:00 am\n\n"
                 "We has no money.\n\n- [sic]\n\nTom Baker says:\n\nMarch 2, 2021 at 8:00 am\n\nStatus:\n\n"
                 "1. [submitted]\n", suffix=".md")
    assert [c.text for c in page.comments] == ["We has no money.\n\n- [sic]", "Status:\n\n1. [submitted]"]


def test_pandoc_raw_html_in_a_readers_fenced_code_stays():
    from newscomments.formats.textblocks import unfence_pandoc
    text = ":::\n<figure class=\"avatar\">\n\n```html\n<figure>\n<img src=\"a.png\">\n```\n:::"
    assert unfence_pandoc(text) == "\n\n\n```html\n<figure>\n<img src=\"a.png\">\n```\n"


def test_an_items_marker_line_repeating_the_name_is_the_records_top():
    # The avatar's alt text is the commenter's name: lynx prints it on the item's marker
    # line, the name again below. Every record starts at its marker line, so the list's
    # columns nest them alike.
    page = parse(ARTICLE + "3 Comments\n\n"
                 "    1. Meelock\n       Meelock\n       May 8, 2020, 10:31 pm | # | Reply\n       Is he calling her?\n"
                 "          + Tenthyr\n            Tenthyr\n            May 8, 2020, 11:23 pm | # | Reply\n"
                 "            Revolution is holy change.\n"
                 "               o Un-Fel, Divine Gamblingant of Fatalities\n"
                 "                 Un-Fel, Divine Gamblingant of Fatalities\n"
                 "                 May 9, 2020, 9:04 pm | # | Reply\n                 Makes sense.\n"
                 "          + Thursday\n            Thursday\n            May 8, 2020, 11:36 pm | # | Reply\n"
                 "            Friendship is magic.\n")
    assert [(c.author, c.parent_position) for c in page.comments] == [
        ("Meelock", None), ("Tenthyr", 0), ("Un-Fel, Divine Gamblingant of Fatalities", 1), ("Thursday", 0)]


def test_html2text_default_width_wraps_wpdiscuz_avatars_and_share_links():
    # html2text at its 78 columns wraps an avatar's alt text ("![Steve" / "W](…)") and the
    # share links under each wpDiscuz comment: the lines are joined before the records are read.
    record = ("![{first}\n{last}](http://0.gravatar.com/avatar/{k}?s=64&d=mm&r=g)\n\nGuest\n\n{first} {last}\n\n"
              "__[__](https://twitter.com/intent/tweet?text=Some+words+of+the+comment+here&url=http%3A%2F%2Fexample.org%2Fp%23comment-\n"
              "{k} \"Share On\nTwitter\")[__](https://plus.google.com/share?url=https://example.org/blog/mysql/replace-\n"
              "into-think-twice \"Share On\nGoogle\")\n\n__\n\n{text}\n\n__Vote Up 0 __Vote Down\n\n__11 years ago\n\n")
    page = parse("# Replace into, think twice\n\n" + ARTICLE + "Subscribe\n\nLogin\n\n2 Comments\n\nInline Feedbacks\n\n"
                 "View all comments\n\n"
                 + record.format(first="Arjen", last="Lentz", k=128, text="Two things about it.")
                 + record.format(first="Steve", last="W", k=132, text="I would add the other one.")
                 + "wpDiscuz\n", suffix=".md")
    assert page.format == "wpdiscuz_text"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Arjen Lentz", "Two things about it."), ("Steve W", "I would add the other one.")]
