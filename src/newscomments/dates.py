"""Dates as pages print them: absolute dates in several languages, numeric dates whose
day/month/year order must be decided per page, and relative ages.

Everything language-specific is data (the tables below); the code only tokenises. The original
string is always kept by the caller (:class:`newscomments.model.PostedTime.raw`).

Rules:

- A string is a date only if every word in it is accounted for (a month name, a filler word
  such as "at"/"a las"/"um", an am/pm marker, a relative-age unit). This lets a parser ask
  "is this whole line a date?" without false positives on prose.
- Numeric dates (``23-02-23``, ``17/01/2017``) have up to three readings (YMD, DMY, MDY).
  :func:`decide_order` looks at all the numeric dates of one page and takes the only order
  valid for all of them; if several remain and they give the same dates the result is not
  ambiguous ("readings-agree"); otherwise the first of :data:`DEFAULT_ORDERS` is used and the
  dates are marked ambiguous.
- Relative ages ("8 months ago", "2h ago", "vor 3 Stunden") are resolved only against a known
  crawl time; otherwise only the text and the precision "relative" are kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from .model import PostedTime

MONTHS: dict[str, int] = {}
_MONTH_NAMES = {
    # language: twelve comma-separated lists of names (full, abbreviations, inflected forms)
    "en": "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|"
    "september sep sept|october oct|november nov|december dec",
    "de": "januar jänner|februar|märz maerz|april|mai|juni|juli|august|september|oktober okt|"
    "november|dezember dez",
    "fr": "janvier janv|février fevrier févr|mars|avril avr|mai|juin|juillet juil|août aout|"
    "septembre|octobre|novembre|décembre decembre déc",
    "es": "enero ene|febrero|marzo|abril abr|mayo|junio|julio|agosto ago|septiembre setiembre|"
    "octubre|noviembre|diciembre dic",
    "pt": "janeiro|fevereiro fev|março marco|abril|maio|junho|julho|agosto|setembro set|outubro out|"
    "novembro|dezembro",
    "it": "gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre|"
    "ottobre ott|novembre|dicembre",
    "nl": "januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|"
    "december",
    "ru": "января январь янв|февраля февраль фев|марта март|апреля апрель апр|мая май|июня июнь|"
    "июля июль|августа август авг|сентября сентябрь сен|октября октябрь окт|ноября ноябрь ноя|"
    "декабря декабрь дек",
    "id": "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember",
    # Polish: genitive (in dates: "12 marca 2024") and nominative; Turkish. Without their
    # three-letter abbreviations, which are common words elsewhere ("sie", "ara", "kas").
    "pl": "stycznia styczeń|lutego luty|marca marzec|kwietnia kwiecień|maja maj|czerwca czerwiec|"
    "lipca lipiec|sierpnia sierpień|września wrzesień|października październik|listopada listopad|"
    "grudnia grudzień",
    "tr": "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık",
    # Finnish: nominative, partitive ("heinäkuuta") and genitive ("27 heinäkuun, 2024")
    "fi": "tammikuu tammikuuta tammikuun|helmikuu helmikuuta helmikuun|maaliskuu maaliskuuta maaliskuun|"
    "huhtikuu huhtikuuta huhtikuun|toukokuu toukokuuta toukokuun|kesäkuu kesäkuuta kesäkuun|"
    "heinäkuu heinäkuuta heinäkuun|elokuu elokuuta elokuun|syyskuu syyskuuta syyskuun|"
    "lokakuu lokakuuta lokakuun|marraskuu marraskuuta marraskuun|joulukuu joulukuuta joulukuun",
    # Danish, Norwegian (bokmål) and Swedish ("8. marts 2016 kl. 09:00", "den 8 mars 2016");
    # without "mar", "maj" and "des" alone as abbreviations that other tables lack.
    "da": "januar jan|februar feb|marts|april apr|maj|juni jun|juli jul|august aug|september sep sept|"
    "oktober okt|november nov|december dec",
    "nb": "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember des",
    "sv": "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
    # Czech (genitive, as dates print it: "8. března 2016"), Hungarian, Romanian.
    "cs": "ledna leden|února únor|března březen|dubna duben|května květen|června červen|"
    "července červenec|srpna srpen|září|října říjen|listopadu listopad|prosince prosinec",
    "hu": "január jan|február febr|március márc|április ápr|május máj|június jún|július júl|"
    "augusztus aug|szeptember szept|október okt|november nov|december dec",
    "ro": "ianuarie ian|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|"
    "noiembrie|decembrie",
    "vi": "tháng 1|tháng 2|tháng 3|tháng 4|tháng 5|tháng 6|tháng 7|tháng 8|tháng 9|tháng 10|"
    "tháng 11|tháng 12",
}
for _lang, _table in _MONTH_NAMES.items():
    for _i, _names in enumerate(_table.split("|"), start=1):
        if _lang == "vi":
            continue  # "tháng N" is handled by the numeric CJK-style pattern below
        for _name in _names.split():
            MONTHS.setdefault(_name, _i)

# Time and date words of sv ("den 8 mars 2016 klockan 9:00"), nb/da ("klokken"), fi ("klo"), ro
# ("la ora 10:20") and cs ("8. března 2016 v 10:20"). Each is a name too ("Den", "La"):
# wordpress_text_layouts.split_name_date does not take a line that starts with one of them,
# capitalised, for a date alone.
INNER_FILLER = frozenset(["den", "klockan", "klokken", "klo", "ora", "la", "v"])
# Words that may stand between the parts of a date and carry no information.
FILLER = frozenset(
    "at on a las las de del um à a o в г. г года le the of posted am um uhr alle às om bei kl. kl".split()
    + ["@", "—", "-", "–", "|", "·", "•", "/", "//", "_"]  # "October 5, 2024 / 2:40 pm", "29.07.2020 // 12:56",
    # "2015. december 15. _ 09:26" (Tempera)
    + ["partir", "do"]  # Divi's pt_BR "at": "fevereiro 6, 2020 a partir do 8:42 pm"
    + list(INNER_FILLER)
)  # "kl.": nb/da/sv "klokken"/"klockan" before the time ("mars 23, 2015, kl. 12:36 pm")
# Russian and Ukrainian WordPress print "дп" / "пп" (до / после (після) полудня).
AM = frozenset(["am", "a.m.", "a.m", "vorm.", "上午", "오전", "sa", "sáng", "дп"])
PM = frozenset(["pm", "p.m.", "p.m", "nachm.", "下午", "오후", "ch", "chiều", "пп"])
_MARKERS = AM | PM
# Markers written without a space before them ("3:00下午") are recognised at the end.
_GLUED_MARKERS = tuple(sorted(tok for tok in _MARKERS if not tok.isascii()))

# Relative ages: unit words (all languages) -> seconds.
_UNITS = {
    1: "s sec secs second seconds sek sekunde sekunden seconde secondes segundo segundos секунд секунду секунды 秒 초 secondo secondi seconden "
       "sekunda sekundy sekund saniye",
    60: "m min mins minute minutes minuten minuto minutos минут минуту минуты 分钟 分 분 minuti minuut minuta minuty minut dakika",
    3600: "h hr hrs hour hours stunde stunden heure heures hora horas час часа часов 小时 小時 시간 ora ore uur uren "
          "godzina godziny godzin godzinę saat",
    86400: "d day days tag tagen tage jour jours día días dia dias день дня дней 天 일 giorno giorni dag dagen dzień dni gün",
    604800: "w wk week weeks woche wochen semaine semaines semana semanas неделю недели недель 周 週 주 settimana settimane weken "
            "tydzień tygodnie tygodni hafta",
    2592000: "mo month months monat monaten monate mois mes meses месяц месяца месяцев 个月 個月 月 개월 달 mese mesi mês maand maanden "
             "miesiąc miesiące miesięcy ay",
    31536000: "y yr year years jahr jahren jahre an ans année années año años год года лет 年 년 anno anni ano anos jaar jaren "
              "rok lata lat yıl",
}
UNIT_SECONDS = {w: s for s, words in _UNITS.items() for w in words.split()}
_ONE = frozenset("a an one ein einer einem eine un une uno una um een один одну".split())
RELATIVE = [
    # (compiled pattern, group of the number, group of the unit)
    (re.compile(r"^(?:edited\s+)?(\d+|an?|one)\s*([a-z]+)\s+ago$"), 1, 2),
    (re.compile(r"^(?:edited\s+)?(\d+)\s*([a-z]{1,3})\s+ago$"), 1, 2),
    (re.compile(r"^vor\s+(\d+|einer|einem|einen)\s+([a-zä]+)$"), 1, 2),
    (re.compile(r"^il y a\s+(\d+|une?)\s+([a-zéè]+)$"), 1, 2),
    (re.compile(r"^hace\s+(\d+|una?)\s+([a-záéí]+)$"), 1, 2),
    # wpDiscuz's default order "[number] [unit] [ago word]" in languages that put it first
    (re.compile(r"^(\d+|une?)\s+([a-zéè]+)\s+il y a$"), 1, 2),
    (re.compile(r"^(\d+|una?)\s+([a-záéí]+)\s+hace$"), 1, 2),
    (re.compile(r"^(\d+|een)\s+([a-z]+)\s+geleden$"), 1, 2),  # Dutch
    (re.compile(r"^(\d+)\s+([a-ząćęłńóśźż]+)\s+temu$"), 1, 2),  # Polish
    (re.compile(r"^(\d+)\s+([a-zçğıöşü]+)\s+önce$"), 1, 2),  # Turkish
    (re.compile(r"^(\d+|una?|uno)\s+([a-z]+)\s+fa$"), 1, 2),  # Italian
    (re.compile(r"^há\s+(\d+|uma?)\s+([a-zê]+)$"), 1, 2),  # Portuguese
    (re.compile(r"^(\d+|una?|uma?)\s+([a-záéêí]+)\s+atrás$"), 1, 2),  # Spanish, Portuguese
    (re.compile(r"^(\d+|одну|один)\s+([а-я]+)\s+назад$"), 1, 2),
    (re.compile(r"^(\d+)\s*(个月|個月|月|小时|小時|分钟|秒|天|周|週|年)\s*(?:之|以)?前$"), 1, 2),
    (re.compile(r"^(\d+)\s*(개월|시간|분|초|일|주|년|달)\s*전$"), 1, 2),
]

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
# The last separator may be a comma before a four-digit year ("17.07, 2011": WordPress's date
# format "d.m, Y").
_NUMERIC = re.compile(r"^(\d{1,4})([-./])(\d{1,2})(?:\2|,\s?(?=\d{4}$))(\d{1,4})$")
_TIME = re.compile(r"(?<![\d:])(\d{1,2})(?::|\s?h\s?)(\d{2})(?::(\d{2}))?(?:\s?min|h\b)?(?![\d:])")
_CJK = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_VI = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(\d{4})")
_WORD = re.compile(r"[^\s,]+")

DEFAULT_ORDERS = ("YMD", "DMY", "MDY")


def _norm(raw: str) -> str:
    if raw.isascii():  # NFKC leaves ASCII alone and there is no no-break space
        s = raw.strip().lower()
    else:
        s = unicodedata.normalize("NFKC", raw).replace("\xa0", " ").strip().lower()
    # Same as re.sub(r"\s+", " ", s) on a stripped string: str.split and re's \s agree.
    return " ".join(s.split())


# Words that make a digit-free string worth parsing ("an hour ago", "vor einer Stunde").
_RELATIVE_WORDS = re.compile(r"ago|vor |il y a|hace |назад|전|前|yesterday|gestern|hier|ayer|вчера|"
                             r"ieri|ontem| fa$|há |atrás|just now|gerade eben|today|heute|hoy|oggi|hoje|"
                             r"aujourd|сегодня|à l'instant|geleden|zojuist|proprio adesso|прямо сейчас|"
                             r"agora mesmo|ahora mismo", re.I)


def maybe_date(raw: str) -> bool:
    """Cheap pre-filter: can ``raw`` be a date at all? Every absolute date has a digit
    (``str.isdigit``); the relative ages without one carry one of a few words. Parsers call
    this on every line before :func:`parse_date`, which is ~20x slower."""
    if len(raw) > 80:
        return False
    if _DECIMAL.search(raw) is not None:  # decimal digits are digits
        return True
    if raw.isascii():  # no other digits; one search for all the words (same result)
        return _RELATIVE_WORDS_ASCII_ANY.search(raw.lower()) is not None
    if any(map(str.isdigit, raw)):
        return True
    if _RELATIVE_CHAR_NON_ASCII.search(raw) is None:
        # No character outside ASCII can be part of a match, and no ASCII character matches
        # a word character outside ASCII (checked below): so a match is one of the ASCII
        # words on ASCII characters, found at the same place with every other character
        # turned into "?" (in no word); on ASCII, lower-casing both sides is what re.I does.
        return _RELATIVE_WORDS_LOWER.search(raw.encode("ascii", "replace").lower()) is not None
    return bool(_RELATIVE_WORDS.search(raw))


_DECIMAL = re.compile(r"\d")
# The ASCII alternatives of _RELATIVE_WORDS: all an ASCII string can match under re.I.
_RELATIVE_WORDS_ASCII = ("ago", "vor ", "il y a", "hace ", "yesterday", "gestern", "hier", "ayer",
                         "ieri", "ontem", " fa", "just now", "gerade eben", "today", "heute",
                         "hoy", "oggi", "hoje", "aujourd", "geleden", "zojuist", "proprio adesso",
                         "agora mesmo", "ahora mismo")
_RELATIVE_WORDS_ASCII_ANY = re.compile("|".join(map(re.escape, _RELATIVE_WORDS_ASCII)))
# _RELATIVE_WORDS is slow (under re.I no first character narrows the search), and most
# strings outside ASCII have only punctuation or accented names there (a no-break space, "’",
# "ü"). Such a character is no part of any match when no character of the words matches it
# under re.I, which this finds (its "$" is no character; the lookahead, case-sensitive
# since "İ" and "K" (Kelvin) fold to ASCII, skips ASCII).
_RELATIVE_ALTERNATIVES = _RELATIVE_WORDS.pattern.split("|")  # literal words, " fa$" aside
_RELATIVE_CHARS = "".join(sorted(set("".join(_RELATIVE_ALTERNATIVES).replace("$", ""))))
_RELATIVE_CHAR_NON_ASCII = re.compile(rf"(?=(?-i:[^\x00-\x7f]))[{re.escape(_RELATIVE_CHARS)}]", re.I)
# The ASCII words exactly as _RELATIVE_WORDS has them (" fa" only at the end), lower-cased.
_RELATIVE_WORDS_LOWER = re.compile("|".join(w for w in _RELATIVE_ALTERNATIVES if w.isascii())
                                   .lower().encode("ascii"))
if re.compile(f"[{re.escape(''.join(c for c in _RELATIVE_CHARS if not c.isascii()))}]",
              re.I).search("".join(map(chr, range(128)))):
    raise AssertionError("an ASCII character matches a word character outside ASCII under re.I")


def parse_date(raw: str, *, order: str | None = None, crawled_at: datetime | None = None,
               memo: dict | None = None) -> PostedTime | None:
    """Parse one printed date. Returns None when ``raw`` is not (wholly) a date.

    ``order`` forces the reading of a numeric date (from :func:`decide_order`). ``memo`` is an
    empty dict owned by the caller for one page: passing the same one to this and to
    :func:`parse_page_dates` lets the page's dates be taken apart once (it keeps each result
    under the raw string, ``order`` and ``crawled_at`` it was parsed with; a numeric part under
    its normalised string; a numeric date's chosen reading under (date, ``order``))."""
    if memo is None:
        return _parse_new(raw, order, crawled_at, None)
    key = (raw, order, crawled_at)  # 3 items: numeric parts are under str keys, choices under pairs
    if key in memo:
        return memo[key]
    memo[key] = pt = _parse_new(raw, order, crawled_at, memo)
    return pt


def _parse_new(raw: str, order: str | None, crawled_at: datetime | None, memo: dict | None
               ) -> PostedTime | None:
    if not maybe_date(raw):
        return None
    s = _norm(raw)
    if s.endswith(")"):
        s = _EDIT_LABEL.sub("", s)
    if s.count(":") == 2 and (m := _TIME_TWICE.match(s)) is not None and _same_time(m.group("t1"), m.group("t2")):
        s = m.group("head")  # "march 6, 2024 10:32 am at 10:32 am": a date format with the time and core's "at TIME"
    if not s or len(s) > 80:
        return None
    if s.isascii():
        if (m := _NUMERIC_CLOCK.match(s)) is not None:
            return _parse_numeric_clock(raw, s, m, order, memo)
        if _has_stray_word(s):
            return None
    return (_parse_iso(raw, s) or _parse_relative(raw, s, crawled_at)
            or _parse_numeric(raw, s, order, memo) or _parse_named(raw, s)
            or _parse_day_word(raw, s, crawled_at))


# A date whose format holds the time, printed by a theme that adds core's "at TIME" after it.
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?"
_TIME_TWICE = re.compile(rf"^(?P<head>.+?\s(?P<t1>{_CLOCK}))\s+(?:at|um|à|a las|alle|om|às|kl\.?|в)\s+(?P<t2>{_CLOCK})$")


def _same_time(a: str, b: str) -> bool:
    """Do two printed clock times name the same minute ("10:32 am", "10:32"; "10:32 pm", "22:32")?"""
    def minutes(t: str) -> int:
        hh, mm = (int(x) for x in re.split(r"[:.]", re.sub(r"[^\d:.]", "", t))[:2])
        if "p" in t and hh < 12:
            hh += 12
        elif "a" in t and hh == 12:
            hh = 0
        return hh * 60 + mm
    ma, mb = minutes(a), minutes(b)
    return ma == mb or ("m" not in a or "m" not in b) and ma % 720 == mb % 720


# WordPress's comment edit link, printed after the date for a logged-in crawler ("(Edit)",
# core's translations).
_EDIT_LABEL = re.compile(r"\s*\((?:edit|bearbeiten|modifier|editar|modifica|bewerken|edytuj|"
                         r"düzenle|редактировать|изменить)\)$")


# --- shortcuts for the commonest lines: same results as the full parse, a fraction of its cost

# A numeric date and a clock time, as comment lists print them ("23-02-23 20:54").
_NUMERIC_CLOCK = re.compile(r"^(\d{1,4})([-./])(\d{1,2})\2(\d{1,4}) (\d{1,2}):(\d{2})$")


def _parse_numeric_clock(raw: str, s: str, m: re.Match, order: str | None, memo: dict | None
                         ) -> PostedTime | None:
    """``s`` matches _NUMERIC_CLOCK. The full parse would find no ISO date (unless the year
    comes first with "-", left to it), no relative age (no letters), and in _numeric_part the
    clock at the end (_TIME cannot match in the date: no ":" or "h" there), no am/pm marker,
    filler or weekday: so the numeric part is taken apart here directly."""
    year, sep, month, day, hour, minute = m.groups()
    hh, mm = int(hour), int(minute)
    if sep == "-" and len(year) == 4 or hh > 23 or mm > 59:
        return _parse_iso(raw, s) or _parse_numeric(raw, s, order, memo) or _parse_named(raw, s)
    part = memo.get(s) if memo is not None else None
    if part is None:
        rest = s[:m.start(5) - 1]
        # The readings are kept under the date alone too, as _numeric_part(rest) keeps them
        # (a numeric date holds no clock, filler or weekday): one day's dates share them.
        day_part = memo.get(rest) if memo is not None else None
        if day_part is None:
            day_part = (rest, None, _readings(year, month, day))
            if memo is not None:
                memo[rest] = day_part
        part = (rest, (hh, mm, None), day_part[2])
        if memo is not None:
            memo[s] = part
    rest, clock, readings = part
    return ((readings and _numeric_date(raw, rest, clock, readings, order, memo))
            or _parse_named(raw, s))


# Words a date may hold besides numbers; with its am/pm-marker-free clock: "h", "min" (_TIME),
# and "t", "z" (_ISO).
_DATE_WORDS = frozenset(MONTHS) | FILLER | _MARKERS | {"h", "min", "t", "z"}
_WORD_EDGES = ".,()"


def _has_stray_word(s: str) -> bool:
    """Does the ASCII normalised string ``s`` hold a word of letters that no date holds? Then
    no parser accepts it: there is no relative-age cue (so no relative age), and the word
    survives the clock's removal (it has no digit) and is neither a month, a filler, a
    marker nor a weekday (so neither the numeric nor the named parse accounts for it). A
    word starting with "min" is left alone: _TIME takes "min" off a word right after a clock
    ("10:30 minat" leaves "at")."""
    for word in s.split():
        for piece in word.split(","):  # _WORD splits at commas too
            w = piece.strip(_WORD_EDGES)
            if (w.isalpha() and w not in _DATE_WORDS and w not in _WEEKDAYS
                    and not w.startswith("min")):
                # Unless a relative age or a day word may account for it (looked for only
                # now: most strings are dates without such a word, or prose).
                return not ("ago" in s or "vor" in s or "il y a" in s or "hace" in s
                            or s.endswith((" fa", " geleden", " temu"))  # _RELATIVE_CUES in ASCII
                            or _DAY_WORD_ASCII.search(s))  # "yesterday at 8:54 pm"
    return False


def _parse_iso(raw: str, s: str) -> PostedTime | None:
    m = _ISO.match(s.upper() if "t" in s else s)
    if not m:
        return None
    y, mo, d, hh, mm, ss, tz = m.groups()
    try:
        local = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    precision = "second" if ss else "minute" if hh else "day"
    utc = None
    if tz:
        if tz == "Z":
            offset = timedelta(0)
        else:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        utc = (local - offset).replace(tzinfo=timezone.utc)
    return PostedTime(raw=raw, local=local, utc=utc, precision=precision, order="YMD",
                      order_basis="unambiguous")


# A clock written with a dot ("um 21.11 Uhr", German and Dutch usage), only after a word that
# introduces a time: elsewhere "21.11" is a day and a month.
# "kl." / "klo": the Scandinavian and Finnish time words ("8. marts 2016 kl. 09.00").
_DOTTED_TIME = re.compile(r"(?:(?<=\bum )|(?<=\bat )|(?<=\bà )|(?<=\bom )|(?<=\bkl\. )|(?<=\bkl )|(?<=\bklo ))"
                          r"(\d{1,2})\.(\d{2})(?![\d.])")


def _split_time(s: str) -> tuple[str, tuple[int, int, int | None] | None]:
    """Remove a clock time (and its am/pm marker) from ``s``."""
    m = _TIME.search(s)
    if not m and "." in s:
        m = _DOTTED_TIME.search(s)
        if m:
            hh, mm = int(m.group(1)), int(m.group(2))
            if hh > 23 or mm > 59:
                return s, None
            return (s[:m.start()] + " " + s[m.end():]).strip(" ,"), (hh, mm, None)
    if not m:
        return s, None
    hh, mm, ss = int(m.group(1)), int(m.group(2)), m.group(3)
    rest = (s[:m.start()] + " " + s[m.end():]).strip()
    words = rest.split()
    # A marker may carry the comma that separates it from the date ("8:54 pm, March 3, 2023").
    bare = [w[:-1] if w.endswith(",") else w for w in words]
    marker = next((w for w in bare if w in _MARKERS), None)
    if marker is None and rest.endswith(_GLUED_MARKERS):
        # No marker is a suffix of another, so at most one of them ends ``rest``.
        marker = next(tok for tok in _GLUED_MARKERS if rest.endswith(tok))
    if marker is not None:
        if not 1 <= hh <= 12:
            return s, None
        if marker in PM and hh != 12:
            hh += 12
        elif marker in AM and hh == 12:
            hh = 0
        rest = (" ".join(w for w, b in zip(words, bare) if b != marker) if marker in bare
                else rest.replace(marker, " "))
    if hh > 23 or mm > 59 or (ss is not None and int(ss) > 59):
        return s, None
    return rest.strip(" ,"), (hh, mm, int(ss) if ss is not None else None)


def _build(raw: str, y: int, mo: int, d: int, clock, order: str, basis: str,
           ambiguous: bool = False) -> PostedTime | None:
    hh, mm, ss = clock if clock else (0, 0, None)
    try:
        local = datetime(y, mo, d, hh, mm, ss or 0)
    except ValueError:
        return None
    precision = "day" if clock is None else ("second" if ss is not None else "minute")
    return PostedTime(raw=raw, local=local, precision=precision, order=order, order_basis=basis,
                      ambiguous=ambiguous)


def numeric_readings(s: str) -> dict[str, tuple[int, int, int]]:
    """All valid (year, month, day) readings of a numeric date part, by order."""
    m = _NUMERIC.match(s)
    if not m:
        return {}
    a, _, b, c = m.groups()
    return _readings(a, b, c)


def _readings(a: str, b: str, c: str) -> dict[str, tuple[int, int, int]]:
    """numeric_readings() of the parts a-b-c."""
    out = {}
    # The middle part is a month (at most two digits); a day has at most two digits; a year
    # has two (19xx from 70, else 20xx) or four.
    na, nb, nc = int(a), int(b), int(c)  # each part's value, read once for all three orders
    if len(c) <= 2 and (year := _year(a, na)) is not None and _valid_day(year, nb, nc):
        out["YMD"] = (year, nb, nc)
    if len(a) <= 2 and (year := _year(c, nc)) is not None:
        if _valid_day(year, nb, na):
            out["DMY"] = (year, nb, na)
        if _valid_day(year, na, nb):
            out["MDY"] = (year, na, nb)
    return out


def _year(digits: str, value: int) -> int | None:
    """The year that ``digits`` (whose value is ``value``) stand for, if they can be one."""
    if len(digits) == 4:
        return value
    if len(digits) == 2:
        return value + (2000 if value < 70 else 1900)
    return None


_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_day(year: int, month: int, day: int) -> bool:
    """``datetime(year, month, day)`` would not raise; without building one (this runs for
    three readings of every numeric date)."""
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month]):
        return False
    return month != 2 or day < 29 or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))


def _numeric_part(s: str, memo: dict | None = None):
    """(rest, clock, readings) of a normalised string: the clock time taken out, filler and
    weekdays dropped, and the numeric readings of what is left. ``memo`` (one page's) lets
    :func:`parse_page_dates` compute this once per date for the order vote and the parse."""
    if memo is not None and (hit := memo.get(s)) is not None:
        return hit
    rest, clock = _split_time(s)
    rest = " ".join(w for w in rest.split() if w not in FILLER and not _is_weekday(w.strip(",")))
    out = (rest, clock, numeric_readings(rest))
    if memo is not None:
        memo[s] = out
    return out


def _parse_numeric(raw: str, s: str, order: str | None, memo: dict | None = None) -> PostedTime | None:
    rest, clock, readings = _numeric_part(s, memo)
    if not readings:
        return None
    return _numeric_date(raw, rest, clock, readings, order, memo)


def _numeric_date(raw: str, rest: str, clock, readings: dict, order: str | None,
                  memo: dict | None = None) -> PostedTime | None:
    """The date of a numeric part (``_numeric_part``) with at least one reading. ``memo`` (one
    page's) keeps the reading chosen for ``rest`` under (rest, order): the choice depends on
    nothing else (the readings are those of ``rest``), and one day's dates share it."""
    choice = memo.get((rest, order)) if memo is not None else None
    if choice is None:
        choice = _choose_reading(rest, readings, order)
        if memo is not None:
            memo[rest, order] = choice
    chosen, basis, ambiguous = choice
    y, mo, d = readings[chosen]
    return _build(raw, y, mo, d, clock, chosen, basis, ambiguous)


def _choose_reading(rest: str, readings: dict, order: str | None) -> tuple[str, str, bool]:
    """(order, order basis, ambiguous) of the numeric date part ``rest``."""
    # Dotted numeric dates (11.08.2026) are day-first wherever they are used.
    defaults = ("DMY",) + DEFAULT_ORDERS if "." in rest else DEFAULT_ORDERS
    if order and order in readings:
        chosen, basis = order, "page-consensus"
        if len(readings) == 1:
            basis = "unambiguous" if len(set(readings)) == 1 and _four_digit_year_first(rest) else "only-valid"
        elif len(set(readings.values())) == 1:
            basis = "readings-agree"
        ambiguous = False
    elif len(readings) == 1:
        chosen = next(iter(readings))
        basis = "unambiguous" if _four_digit_year_first(rest) else "only-valid"
        ambiguous = False
    elif len(set(readings.values())) == 1:
        chosen = next(o for o in defaults if o in readings)
        basis, ambiguous = "readings-agree", False
    else:
        chosen = next(o for o in defaults if o in readings)
        basis, ambiguous = "default", True
    return chosen, basis, ambiguous


_YEAR_FIRST = re.compile(r"^\d{4}\D")


def _four_digit_year_first(s: str) -> bool:
    return _YEAR_FIRST.match(s) is not None


def _parse_named(raw: str, s: str) -> PostedTime | None:
    rest, clock = _split_time(s)
    m = _CJK.search(rest) or None
    if m and (m.group(1) or "월" in rest or "月" in rest):
        leftover = (rest[:m.start()] + rest[m.end():]).strip(" ,")
        if leftover and any(w not in FILLER for w in leftover.split()):
            return None
        if not m.group(1):
            # Month and day without a year (e.g. Korean "1월 31일"): a date, but no datetime.
            return PostedTime(raw=raw, precision="day", order="MDY", order_basis="unambiguous")
        return _build(raw, int(m.group(1)), int(m.group(2)), int(m.group(3)), clock, "YMD",
                      "unambiguous")
    m = _VI.search(rest)
    if m:
        return _build(raw, int(m.group(3)), int(m.group(2)), int(m.group(1)), clock, "DMY",
                      "unambiguous")
    rest = re.sub(r"(\d)(st|nd|rd|th|er|\.)(?=\s|,|$)", r"\1", rest)
    month = day = year = None
    first = None
    for word in _WORD.findall(rest):
        w = word.strip(".,()")
        if not w or w in FILLER:
            continue
        if w in MONTHS and month is None:
            month = MONTHS[w]
            first = first or "M"
        elif w.isdigit() and len(w) == 4 and year is None:
            year = int(w)
        elif w.isdigit() and len(w) <= 2 and day is None:
            day = int(w)
            first = first or "D"
        elif _is_weekday(w):
            continue
        else:
            return None
    if month is None or day is None:
        return None
    if year is None:
        return PostedTime(raw=raw, precision="day", order="MDY" if first == "M" else "DMY",
                          order_basis="unambiguous")
    return _build(raw, year, month, day, clock, "MDY" if first == "M" else "DMY", "unambiguous")


_WEEKDAYS = frozenset(
    "monday mon tuesday tue tues wednesday wed thursday thu thurs friday fri saturday sat sunday sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi "
    "vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo "
    # Abbreviations as dates print them ("Do 9 Apr 2020", "jeu. 9 avr. 2020", "mié 9 abr"):
    # German, French, Spanish, Italian, Portuguese, Dutch. Only ever skipped inside a string
    # that is otherwise wholly a date, so a short one ("do", "so") costs nothing elsewhere.
    "mo di mi do fr sa so mo. di. mi. do. fr. sa. so. lun mar mer jeu ven sam dim mié jue vie "
    "sáb dom lunedì martedì mercoledì giovedì venerdì sabato domenica gio seg ter qua qui sex "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo "
    # zh: Drupal's and other CMSs' "星期二, 04/23/2019 - 12:00"
    "星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 周五 周六 周日".split())


def _is_weekday(w: str) -> bool:
    return w in _WEEKDAYS


# Every pattern of RELATIVE contains one of these words; without one none can match.
_RELATIVE_CUES = ("ago", "vor", "il y a", "hace", "назад", "前", "전", " fa", "há ", "atrás", "geleden",
                  " temu", " önce")


_RELATIVE_CUE = re.compile("|".join(map(re.escape, _RELATIVE_CUES)))  # one C scan, not seven


def _parse_relative(raw: str, s: str, crawled_at: datetime | None) -> PostedTime | None:
    if _RELATIVE_CUE.search(s) is None:
        return None
    found = _relative_age(s)
    if found is None and (m := _TWO_UNITS.search(s)) is not None and m.group(4) in UNIT_SECONDS:
        # wpDiscuz prints two units ("1 year 2 months ago", "4 月 3 天 之前"): the first pair
        # in the language's own pattern, the second added to the age.
        first = _relative_age(s[:m.start()] + f"{m.group(1)} {m.group(2)}" + s[m.end():])
        if first is not None:
            found = first + int(m.group(3)) * UNIT_SECONDS[m.group(4)]
    if found is None:
        return None
    local = None
    if crawled_at is not None:
        local = (crawled_at.replace(tzinfo=None) - timedelta(seconds=found)).replace(microsecond=0)
    return PostedTime(raw=raw, local=local, precision="relative")


_TWO_UNITS = re.compile(r"(\d+|an?|one)\s*([^\W\d_]+)[,\s]+(?:(?:and|und|et|y|e|и)\s+)?(\d+)\s*([^\W\d_]+)")


def _relative_age(s: str) -> int | None:
    """Seconds of a one-unit relative age ("2 months ago", "vor 3 Stunden"), or None."""
    for pattern, ng, ug in RELATIVE:
        m = pattern.match(s)
        if not m:
            continue
        n_text, unit = m.group(ng), m.group(ug)
        seconds = UNIT_SECONDS.get(unit)
        if seconds is None:
            continue
        n = 1 if n_text in _ONE or not n_text.isdigit() else int(n_text)
        return n * seconds
    return None


# Days named relative to the day of the page ("yesterday at 8:54 pm", "heute, 10:15", "just
# now"): days back from the crawl day; None for "now" (the crawl time itself).
_DAY_WORDS = {
    "just now": None, "gerade eben": None, "à l'instant": None, "ahora mismo": None,
    "proprio adesso": None, "прямо сейчас": None, "agora mesmo": None, "zojuist": None,
    "today": 0, "heute": 0, "aujourd'hui": 0, "hoy": 0, "oggi": 0, "hoje": 0, "сегодня": 0,
    "yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ieri": 1, "ontem": 1, "вчера": 1,
}
_DAY_WORD_ASCII = re.compile(r"\b(?:just now|gerade eben|today|heute|hoy|oggi|hoje|yesterday|"
                             r"gestern|hier|ayer|ieri|ontem|aujourd|proprio adesso|agora mesmo|"
                             r"zojuist|ahora mismo)\b")


def _parse_day_word(raw: str, s: str, crawled_at: datetime | None) -> PostedTime | None:
    """A day word, maybe with a clock time and fillers; resolved only against a crawl time,
    like the relative ages (precision "relative")."""
    rest, clock = _split_time(s)
    words = [w.strip(",") for w in rest.split()]
    phrase = " ".join(w for w in words if w)
    if phrase not in _DAY_WORDS:  # the phrase may hold a filler word itself ("à l'instant")
        phrase = " ".join(w for w in words if w and w not in FILLER)
        if phrase not in _DAY_WORDS:
            return None
    back = _DAY_WORDS[phrase]
    if back is None and clock is not None:
        return None  # "just now 8:54"
    local = None
    if crawled_at is not None:
        now = crawled_at.replace(tzinfo=None, microsecond=0)
        if back is None:
            local = now
        else:
            day = (now - timedelta(days=back)).date()
            hh, mm, ss = clock if clock else (0, 0, None)
            local = datetime(day.year, day.month, day.day, hh, mm, ss or 0)
    return PostedTime(raw=raw, local=local, precision="relative")


_TIME_ONLY = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$")


def find_date(text: str, *, crawled_at: datetime | None = None, max_words: int = 8) -> PostedTime | None:
    """The date in a line of other words ("Do 24. Mai 2018, 08:30 | ANZEIGE | 1 Kommentar",
    "Posted on May 3, 2017 by Sandra"): the first run of words that parses as a whole date,
    the longest at that start; punctuation between the run and its neighbours is no part of
    it. Looks at the first 30 words only."""
    words = text.split()[:30]
    for i in range(len(words)):
        found = _longest_date_at(words, i, max_words, crawled_at)
        if found is None:
            continue
        j, pt = found
        # A lead word can cut the run short: German "am" reads as a meridiem and rules out the
        # 24-hour clock after "um" ("am 14. Dezember 2015 um 14:48"). The run from the first
        # word with a digit is taken when it reaches further.
        k = next((k for k in range(i, j) if any(ch.isdigit() for ch in words[k])), i)
        if k > i and (longer := _longest_date_at(words, k, max_words, crawled_at)) and longer[0] > j:
            return longer[1]
        return _without_lead_words(words, i, j, pt, crawled_at)
    return None


def _longest_date_at(words: list[str], i: int, max_words: int,
                     crawled_at: datetime | None) -> tuple[int, PostedTime] | None:
    for j in range(min(len(words), i + max_words), i, -1):
        candidate = " ".join(words[i:j]).strip(" ,;|·•-–—")
        if candidate and maybe_date(candidate) and (pt := parse_date(candidate, crawled_at=crawled_at)):
            return j, pt
    return None


def _without_lead_words(words: list[str], i: int, j: int, pt: PostedTime,
                        crawled_at: datetime | None) -> PostedTime:
    """``pt`` (the date in ``words[i:j]``) without the words before it that the parse skips as
    filler ("on", "Posted on"): each leading word without a digit that is no weekday goes while
    the rest reads as the same date."""
    while i + 1 < j and not any(ch.isdigit() for ch in words[i]) \
            and not _is_weekday(words[i].strip(",.").lower()):
        rest = " ".join(words[i + 1:j]).strip(" ,;|·•-–—")
        shorter = parse_date(rest, crawled_at=crawled_at)
        if shorter is None or shorter.local != pt.local or shorter.precision != pt.precision:
            break
        pt, i = shorter, i + 1
    return pt


def as_printed(machine: PostedTime, raw: str) -> PostedTime:
    """A machine-readable reading (an HTML ``datetime`` attribute, RDFa ``content``) under the
    string the page prints: that string is the raw, the reading's time is kept, and the order
    is the ISO form's (unambiguous)."""
    return PostedTime(raw=raw, local=machine.local, utc=machine.utc, precision=machine.precision,
                      order="YMD", order_basis="unambiguous")


def parse_time_only(raw: str) -> PostedTime | None:
    """A clock time with no date ("9:15 AM", Blogger): kept with precision "minute" but no
    datetime, since the day is unknown."""
    m = _TIME_ONLY.match(_norm(raw))
    if not m:
        return None
    hh, mm = int(m.group(1)), int(m.group(2))
    if hh > 23 or mm > 59 or (m.group(4) and not 1 <= hh <= 12):
        return None
    return PostedTime(raw=raw, precision="minute")


def from_epoch_ms(raw: str, epoch_ms: int) -> PostedTime | None:
    """A time printed only as epoch milliseconds in a URL (Blogger ``showComment=``): exact UTC."""
    if not 0 < epoch_ms < 4_102_444_800_000:  # before 2100
        return None
    utc = datetime.fromtimestamp(epoch_ms / 1000, tz=timezone.utc).replace(microsecond=0)
    return PostedTime(raw=raw, utc=utc, precision="second", order="YMD", order_basis="unambiguous")


def decide_order(raws: list[str]) -> str | None:
    """The one numeric-date order valid for every numeric date on a page, or None when the
    page's dates do not single one out (then each date decides alone, see module docs)."""
    return _decide_order(raws, None)


def _decide_order(raws: list[str], memo: dict | None) -> str | None:
    common: set[str] | None = None
    for raw in raws:
        _, _, readings = _numeric_part(_norm(raw), memo)
        if not readings:
            continue
        common = set(readings) if common is None else common & set(readings)
    if common and len(common) == 1:
        return next(iter(common))
    return None


def parse_page_dates(raws: list[str | None], *, crawled_at: datetime | None = None,
                     memo: dict | None = None) -> list[PostedTime | None]:
    """Parse all the dates of one page, deciding the numeric order from all of them. ``memo``:
    see :func:`parse_date`."""
    if memo is None:
        memo = {}  # normalised date -> its numeric part, shared by the vote and the parse
    order = _decide_order([r for r in raws if r], memo)
    out = []
    for raw in raws:
        if raw is None:
            out.append(None)
            continue
        pt = parse_date(raw, order=order, crawled_at=crawled_at, memo=memo)
        if pt is not None and order and pt.order_basis == "page-consensus":
            pt = replace(pt, ambiguous=False)
        out.append(pt)
    return out
