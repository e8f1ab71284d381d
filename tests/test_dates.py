"""Date tables: absolute formats in several languages, numeric order per page, relative ages."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from newscomments import dates


@pytest.mark.parametrize("raw,expected", [
    ("January 16th, 2009 5:32 pm", "2009-01-16T17:32"),
    ("Feb 8, 2013 at 11:48 pm", "2013-02-08T23:48"),
    ("APRIL 20, 2017 AT 4:24 AM", "2017-04-20T04:24"),
    ("August 29, 2011 @ 8:07 pm", "2011-08-29T20:07"),
    ("30 January, 2025 7:55 pm", "2025-01-30T19:55"),
    ("March 21, 2023 at 09:44", "2023-03-21T09:44"),
    ("January 2, 2009 10:19 AM ", "2009-01-02T10:19"),
    ("Sat, 03/23/2013 - 09:21", "2013-03-23T09:21"),
    ("17/01/2017 at 1:00 am", "2017-01-17T01:00"),
    ("29 de diciembre de 2008", "2008-12-29T00:00"),  # es
    ("mayo 19, 2016 a las 9:48 pm", "2016-05-19T21:48"),  # es
    ("30 января 2021 в 10:29", "2021-01-30T10:29"),  # ru
    ("2018年11月29日 4:20 下午", "2018-11-29T16:20"),  # zh
    ("2026년 1월 21일", "2026-01-21T00:00"),  # ko
    ("12. Juli 2026 um 10:22", "2026-07-12T10:22"),  # de
    ("14 mars 2026 10 h 03 min", "2026-03-14T10:03"),  # fr
    ("Wednesday 19th of November 2025 09:07 AM", "2025-11-19T09:07"),
    ("3. März 2023 um 20:54 Uhr", "2023-03-03T20:54"),  # de, with "Uhr"
    ("8:54 pm, March 3, 2023", "2023-03-03T20:54"),  # clock first, marker with its comma
    ("12 marca 2024 o 10:15", "2024-03-12T10:15"),  # pl
    ("3 Mart 2023, 20:54", "2023-03-03T20:54"),  # tr
    # Separators and words themes print between or around the parts:
    ("October 5, 2024 / 2:40 pm", "2024-10-05T14:40"),  # " / " before the clock
    ("29.07.2020 // 12:56", "2020-07-29T12:56"),
    ("Do 9 Apr 2020 / 08:34", "2020-04-09T08:34"),  # de weekday abbreviation
    ("jeu. 9 avr. 2020 à 08:34", "2020-04-09T08:34"),  # fr
    ("14.09.2022 um 21.11 Uhr", "2022-09-14T21:11"),  # a clock with a dot after "um"
    ("12 mei 2020 om 21.30", "2020-05-12T21:30"),  # nl
    ("03.11.2025 um 14:02 (Bearbeiten)", "2025-11-03T14:02"),  # WordPress's edit link
    ("May 3, 2025 at 9:15 am (Edit)", "2025-05-03T09:15"),
    ("17.07, 2011 @ 13:04", "2011-07-17T13:04"),  # WordPress date format "d.m, Y"
    ("20.04.2013 в 2:00 пп", "2013-04-20T14:00"),  # Russian WordPress's pm
    ("27.02.2013 в 12:32 дп", "2013-02-27T00:32"),  # and am
    ("2015. december 15. _ 09:26", "2015-12-15T09:26"),  # hu, Tempera's "_" before the clock
])
def test_absolute_dates(raw, expected):
    pt = dates.parse_date(raw)
    assert pt is not None and pt.raw == raw
    assert pt.local.isoformat(timespec="minutes") == expected


def test_month_day_without_year_is_a_date_without_datetime():
    pt = dates.parse_date("1월 31일")
    assert pt.local is None and pt.precision == "day"


@pytest.mark.parametrize("raw", ["2 months ago", "an hour ago", "a day ago", "2h ago", "Edited 1h ago",
                                 "vor 3 Stunden", "il y a 3 heures", "hace 2 días", "2 дня назад",
                                 "2일 전", "3个月前", "2 anni fa", "há 2 dias", "3 días atrás",
                                 "yesterday", "Yesterday at 8:54 pm", "gestern, 10:15", "just now"])
def test_relative_ages_kept_as_text(raw):
    pt = dates.parse_date(raw)
    assert pt.precision == "relative" and pt.local is None and pt.raw == raw


@pytest.mark.parametrize("raw, days", [
    ("1 year 2 months ago", 365 + 60), ("1 year, 2 months ago", 365 + 60), ("vor 1 Jahr, 2 Monaten", 365 + 60),
    ("il y a 1 an et 2 mois", 365 + 60), ("4 月 3 天 之前", 123), ("3 天 之前", 3)])
def test_relative_ages_with_two_units(raw, days):
    # wpDiscuz prints up to two units; the age is their sum.
    crawl = datetime(2024, 6, 1, 12, 0)
    pt = dates.parse_date(raw, crawled_at=crawl)
    assert pt.raw == raw and pt.precision == "relative"
    assert crawl - pt.local == timedelta(days=days)


def test_relative_age_resolved_only_against_crawl_time():
    pt = dates.parse_date("2 hours ago", crawled_at=datetime(2024, 1, 1, 12, 0))
    assert pt.local == datetime(2024, 1, 1, 10, 0) and pt.precision == "relative"


@pytest.mark.parametrize("raw,expected", [
    ("yesterday", datetime(2024, 1, 1, 0, 0)), ("Yesterday at 8:54 pm", datetime(2024, 1, 1, 20, 54)),
    ("heute um 09:30 Uhr", datetime(2024, 1, 2, 9, 30)), ("just now", datetime(2024, 1, 2, 12, 0)),
    ("2 anni fa", datetime(2022, 1, 2, 12, 0)), ("há 2 dias", datetime(2023, 12, 31, 12, 0)),
    # wpDiscuz's default word order "[number] [unit] [ago word]", and Dutch
    ("3 heures il y a", datetime(2024, 1, 2, 9, 0)), ("3 horas hace", datetime(2024, 1, 2, 9, 0)),
    ("2 uur geleden", datetime(2024, 1, 2, 10, 0)), ("2 godziny temu", datetime(2024, 1, 2, 10, 0)),
    ("3 saat önce", datetime(2024, 1, 2, 9, 0)),
    ("à l'instant", datetime(2024, 1, 2, 12, 0)), ("прямо сейчас", datetime(2024, 1, 2, 12, 0)),
    ("Ahora mismo", datetime(2024, 1, 2, 12, 0)),
])
def test_day_words_and_more_languages_resolved_against_crawl_time(raw, expected):
    pt = dates.parse_date(raw, crawled_at=datetime(2024, 1, 2, 12, 0))
    assert pt.local == expected and pt.precision == "relative"


@pytest.mark.parametrize("raw", ["hello world", "Reply", "may", "Comments 5", "do 12", "(Edit)",
                                 "x" * 90, "4.5 2 votes", "Yesterday I went home", "Today is a good day", "just now 8:54",
                                 "17.07,11", "3, 2011", "_", "a _ b"])
def test_not_dates(raw):
    assert dates.parse_date(raw) is None


def test_page_order_consensus_and_ambiguity():
    # 05/02/2023 alone could be 5 Feb or 2 May; 13/02/2023 on the same page allows only DMY.
    a, b = dates.parse_page_dates(["05/02/2023 10:00", "13/02/2023 11:00"])
    assert a.order == b.order == "DMY" and not a.ambiguous and a.order_basis == "page-consensus"
    (c,) = dates.parse_page_dates(["05-02-03 10:00"])
    assert c.ambiguous and c.order_basis == "default"
    (d,) = dates.parse_page_dates(["23-02-23 20:54"])
    assert d.order_basis == "readings-agree" and not d.ambiguous


def test_maybe_date_prefilter():
    assert dates.maybe_date("an hour ago") and dates.maybe_date("May 5")
    assert not dates.maybe_date("Inline Feedbacks")


def test_time_only_and_epoch():
    assert dates.parse_time_only("9:15 AM").precision == "minute"
    assert dates.parse_time_only("25:00") is None
    pt = dates.from_epoch_ms("9:15 AM", 1360862101757)
    assert pt.utc.isoformat() == "2013-02-14T17:15:01+00:00"


@pytest.mark.parametrize("line, raw, local", [
    ("Posted on May 3, 2017 by Sandra", "May 3, 2017", datetime(2017, 5, 3)),
    ("Do 24. Mai 2018, 08:30 | ANZEIGE | 1 Kommentar", "Do 24. Mai 2018, 08:30", datetime(2018, 5, 24, 8, 30)),
    # German "am" (also a meridiem) before the date must not cost the 24-hour clock after "um"
    ("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner veröffentlicht.",
     "14. Dezember 2015 um 14:48", datetime(2015, 12, 14, 14, 48)),
    ("am 18. Oktober 2023 - 13:11", "18. Oktober 2023 - 13:11", datetime(2023, 10, 18, 13, 11)),
])
def test_find_date_in_a_line_of_other_words(line, raw, local):
    pt = dates.find_date(line)
    assert (pt.raw, pt.local) == (raw, local)


def test_finnish_month_forms():
    assert dates.parse_date("27 heinäkuun, 2024 6:39 am").local == datetime(2024, 7, 27, 6, 39)
    assert dates.parse_date("3. joulukuuta 2021").local == datetime(2021, 12, 3)


def test_a_date_format_with_the_time_and_cores_at_time_after_it():
    # A theme whose date format holds the time prints core's "at TIME" after it as well.
    parse_date = dates.parse_date
    p = parse_date("March 6, 2024 10:32 AM at 10:32 am")
    assert (p.local, p.precision, p.raw) == (datetime(2024, 3, 6, 10, 32), "minute", "March 6, 2024 10:32 AM at 10:32 am")
    assert parse_date("6. März 2024 22:15 um 22:15").local == datetime(2024, 3, 6, 22, 15)
    assert parse_date("March 6, 2024 10:32 PM at 10:32 pm").local == datetime(2024, 3, 6, 22, 32)
    assert parse_date("March 6, 2024 10:32 AM at 11:00 am") is None  # two times: not one date
