"""Drupal comment threads in converted text (other_text's drupal system, drupal_text_records):
the meta-line forms of Drupal's themes, subjects, links, nesting by indentation (invented pages
in the layouts of real ones)."""

from __future__ import annotations

import newscomments


def parse(text: str, suffix: str = ".txt"):
    return newscomments.parse_page(text.encode(), page_id="d", suffix=suffix)


def rows(p):
    return [(c.author, c.posted.raw if c.posted else None, c.parent_position, c.text) for c in p.comments]


def test_drupal8_permalink_submitted_by_lines_under_subjects():
    # Drupal 8 (inscriptis): the node's own "Submitted by" line is above the "Comments"
    # heading; each comment is its subject, "Permalink Submitted by NAME (not verified) DATE",
    # its text and "* Reply".
    p = parse("Disable caching during development\n\n        Submitted by amit on Thu, 02/08/2018 - 13:02\n\n"
              "    We know Drupal has many levels of caching.\n\n  Comments\n\n    cheap hotel booking\n\n"
              "    Permalink Submitted by tour packages (not verified) Sat, 06/22/2019 - 15:06\n\n"
              "        Flight booking\n        Booking hotels\n\n      * Reply\n\n    I enjoy what you…\n\n"
              "    Permalink Submitted by samuel (not verified) Mon, 06/24/2019 - 08:31\n\n"
              "        I enjoy what you've got right here.\n\n      * Reply\n\n  Add new comment\n")
    assert (p.format, p.comment_system) == ("other_text", "drupal")
    assert rows(p) == [("tour packages", "Sat, 06/22/2019 - 15:06", None, "Flight booking\nBooking hotels"),
                       ("samuel", "Mon, 06/24/2019 - 08:31", None, "I enjoy what you've got right here.")]
    assert "We know Drupal" in p.body and "cheap hotel" not in p.body
    assert p.truncation_reasons == ()


def test_garland_date_dash_name_lines_nested_by_indentation():
    # Drupal 6's Garland: "DATE — NAME", lower-case "reply" links, a reply's block indented.
    p = parse("  Add new comment\n\n  Comments (3)\n\n    Raw data\n\n      Sat, 20/11/2010 - 08:24 — Anonymous\n\n"
              "      We must trust someone to digest it.\n\n      * reply\n\n    Vulnerabilities\n\n"
              "      Fri, 19/11/2010 - 13:24 — paulz\n\n      Torrents carry viruses.\n\n      * reply\n\n"
              "      Not so\n\n        Thu, 17/02/2011 - 05:32 — Anonymous\n\n        They do not.\n\n"
              "        * reply")
    assert (p.comment_system, p.declared_comment_count, p.truncation_reasons) == ("drupal", 3, ())
    assert rows(p) == [("Anonymous", "Sat, 20/11/2010 - 08:24", None, "We must trust someone to digest it."),
                       ("paulz", "Fri, 19/11/2010 - 13:24", None, "Torrents carry viruses."),
                       ("Anonymous", "Thu, 17/02/2011 - 05:32", 1, "They do not.")]
    assert p.comments[2].parent_method == "list-indent"


def test_name_on_date_permalink_lines_and_vote_links():
    p = parse("A guide to Git\n\nCreate an account first.\n\n            3 Comments\n\n"
              "                Jeff Mach on 25 Jan 2018 Permalink\n\n                      Handy guide.\n\n"
              "                      Vote up!\n                    4\n"
              "                  Kedar K on 25 Jan 2018 Permalink\n\n                        Thanks.\n\n"
              "                        Vote up!\n                      1\n"
              "                Chrissy M on 26 Jan 2018 Permalink\n\n                      Amazing!\n\n"
              "                      Vote up!\n                    0\n")
    assert (p.comment_system, p.declared_comment_count) == ("drupal", 3)
    assert rows(p) == [("Jeff Mach", "25 Jan 2018", None, "Handy guide."), ("Kedar K", "25 Jan 2018", 0, "Thanks."),
                       ("Chrissy M", "26 Jan 2018", None, "Amazing!")]


def test_chinese_unverified_name_date_and_permalink_lines():
    p = parse("翻墙七种武器\n\n          Vergil 在 星期五, 07/11/2014 - 08:28 提交\n\n                古龙先生在文中这样描述。\n\n"
              "          评论\n\n                Jea (未验证)\n\n                星期二, 04/23/2019 - 12:00\n\n"
              "                永久连接\n\n              好文章\n\n                * 回复\n\n"
              "                Stev (未验证)\n\n                星期六, 06/01/2019 - 10:38\n\n"
              "                永久连接\n\n              谢谢分享\n\n                * 回复\n")
    assert p.comment_system == "drupal"
    assert [(c.author, c.posted.local.isoformat(), c.text) for c in p.comments] == [
        ("Jea", "2019-04-23T12:00:00", "好文章"), ("Stev", "2019-06-01T10:38:00", "谢谢分享")]


def test_name_on_date_lines_without_a_drupal_mark_are_not_drupal():
    p = parse("A post\n\nSome text of the post that is long enough.\n\nJo Brandt on March 3, 2021\n\nNice.\n\n"
              "Ann Lee on March 4, 2021\n\nAgreed.\n")
    assert p.comment_system != "drupal"


def test_german_name_am_date_permanenter_link():
    p = parse("Ein Artikel\n\nDer Text des Artikels.\n\n          Kommentare\n\n"
              "          Gerhard B. am 18. Oktober 2023 - 13:11 Permanenter Link\n\n                Guter Punkt.\n\n"
              "            * Antworten\n\n            malte am 18. Oktober 2023 - 19:48 Permanenter Link\n\n"
              "                  Viele richtige Gedanken.\n\n              * Antworten\n")
    assert p.comment_system == "drupal"
    assert rows(p) == [("Gerhard B.", "18. Oktober 2023 - 13:11", None, "Guter Punkt."),
                       ("malte", "18. Oktober 2023 - 19:48", 0, "Viele richtige Gedanken.")]


def test_markdown_submitted_line_with_the_date_on_the_next_line():
    # markdownify keeps the line break between "Submitted by NAME" and the date
    p = parse("# Disable caching\n\nSubmitted by amit\nThu, 02/08/2018 - 13:02\n\nWe know Drupal caches.\n\n"
              "## Comments\n\n### [cheap hotel booking](/comment/1897#comment-1897)\n\n"
              "[Permalink](/comment/1897#comment-1897) Submitted by tour packages (not verified)\n"
              "Sat, 06/22/2019 - 15:06\n\nFlight booking\n\n* [Reply](/comment/reply/1/1897)\n\n"
              "### [I enjoy](/comment/1909#comment-1909)\n\n"
              "[Permalink](/comment/1909#comment-1909) Submitted by samuel (not verified)\n"
              "Mon, 06/24/2019 - 08:31\n\nI enjoy what you've got here.\n\n* [Reply](/comment/reply/1/1909)\n",
              suffix=".md")
    assert p.comment_system == "drupal"
    assert rows(p) == [("tour packages", "Sat, 06/22/2019 - 15:06", None, "Flight booking"),
                       ("samuel", "Mon, 06/24/2019 - 08:31", None, "I enjoy what you've got here.")]


def test_garland_subject_below_the_meta_line_and_unverified_names_without_reply_links():
    # Garland as inscriptis prints it: "DATE — NAME (not verified)" (the label is Drupal's
    # mark even without "reply" links, comments being closed), the subject under the meta
    # line at its column and the text deeper. The subject is no text; a signature that ends
    # a text stays.
    p = parse("  Raising bees on a roof\n\n    Sat, 02/05/2011 - 10:00 — mara\n\n      Our hives came through the winter.\n\n"
              "    Comments\n\n"
              "      Thu, 09/01/2011 - 08:35 — Anonymous (not verified)\n\n      So glad to read this\n\n"
              "        I kept bees for years. Mr. Ode taught me.\n\n        Sincerely,\n        Rita\n\n"
              "      Tue, 05/24/2011 - 14:32 — Gary Hassig (not verified)\n\n      Smoke\n\n"
              "        How much smoke do you use?\n\n        Gary\n\n"
              "      Tue, 05/24/2011 - 13:37 — tomas\n\n      Thanks\n\n        Lovely photos.\n")
    assert p.comment_system == "drupal"
    assert rows(p) == [("Anonymous", "Thu, 09/01/2011 - 08:35", None, "I kept bees for years. Mr. Ode taught me.\n\nSincerely,\nRita"),
                       ("Gary Hassig", "Tue, 05/24/2011 - 14:32", None, "How much smoke do you use?\n\nGary"),
                       ("tomas", "Tue, 05/24/2011 - 13:37", None, "Lovely photos.")]


def test_an_intro_line_over_a_deeper_quote_or_list_is_text_not_a_subject():
    # Comments without subjects: a first line ending in a colon over an indented quote or
    # list introduces it, in every record.
    p = parse("  Raising bees\n\n    Comments\n\n"
              "      Thu, 09/01/2011 - 08:35 — Anonymous (not verified)\n\n      Quoting the post:\n\n"
              "          > the hives came through\n\n"
              "      Tue, 05/24/2011 - 14:32 — Gary Hassig (not verified)\n\n      My steps\n\n"
              "          1. smoke\n          2. wait\n")
    assert [(c.author, c.text) for c in p.comments] == [
        ("Anonymous", "Quoting the post:\n\n> the hives came through"), ("Gary Hassig", "My steps\n\n1. smoke\n2. wait")]


def test_czech_submitted_lines_under_their_subjects_nested():
    # Drupal 6 in Czech: "Napsal uživatel NAME dne DATE." under the comment's subject.
    p = parse("  Tutoriály ke stažení\n\n    Uvolnili jsme výukové materiály.\n\n"
              "    Tak jsem si to stáhnul\n\n      Napsal uživatel Anonymous dne 4 Březen, 2016 - 11:41.\n"
              "      Tak jsem si to stáhnul a musím uznat, že je to složité.\n\n"
              "      To protoze\n\n        Napsal uživatel johhan dne 4 Březen, 2016 - 12:08.\n"
              "        To protoze mi zaciname tam kde WP konci.\n")
    assert p.comment_system == "drupal"
    assert [(c.author, c.posted.local.isoformat(), c.parent_position) for c in p.comments] == [
        ("Anonymous", "2016-03-04T11:41:00", None), ("johhan", "2016-03-04T12:08:00", 0)]
    assert [c.text for c in p.comments] == ["Tak jsem si to stáhnul a musím uznat, že je to složité.",
                                            "To protoze mi zaciname tam kde WP konci."]
