"""wpDiscuz threads printed without the plugin's subscribe/sort chrome.

HTML-to-text converters (inscriptis, html2text, markdownify, html-text, node-per-line dumps)
print a wpDiscuz thread as its ``.wpd-thread-info`` count ("13 Comments", "13" / "Comments",
"5 Kommentare") followed by the records, but the subscribe bar ("Notify of"), the sort filter
and the "Inline Feedbacks / View all comments" bar are often not printed (themes hide them,
converters drop form widgets). The chrome is then no anchor, so the records themselves are:
a wpDiscuz record is marked, whatever the plugin's version or language, by

- its header, the few lines above its date: a role badge line ("Guest", "Gast", "Author",
  "Subscriber", ... :data:`textblocks.BADGES`) or a reply marker ("Reply to NAME", also with
  NAME on the next line in node-per-line dumps), and
- its footer, the lines under its text: the vote total on a line of its own ("4", "-3"; two
  lines when up- and down-votes are split), alone or with the reply button ("4 Reply").

WordPress core prints neither (no badge, no votes, no "Reply to NAME" in text). Disqus and
Reddit print badges and vote numbers too, but with a "•" between name and age, which wpDiscuz
never prints: such records are not marked. Footer numbers that count up by one from record to
record are a WordPress theme's comment numbers, not votes. The region opens

- at the thread's count line when a marked record is among the first three after it (the
  count line itself is the thread's head) and at least a third of the records are marked (a
  WordPress theme's one "Author" badge marks one record of many), or
- without a count line, at the first marked record when at least three records are marked
  and they are at least half of the dated records from there on (several records of the same
  shape, not one stray badge).
"""

from __future__ import annotations

import re

from . import textblocks as tb

# "Reply to" without its name (node-per-line dumps print the name as the next text node),
# in the languages of textblocks.REPLY_TO; compared with textblocks.norm of the line.
BARE_REPLY_TO = frozenset(s.casefold() for s in [
    "Reply to", "Antwort auf", "Répondre à", "Responder a", "Rispondi a", "Antwoord op",
    "Ответ на", "Ответить на", "Antwoord aan", "Odpowiedź do", "Responder para", "回复", "返信先"])
# A vote total, alone or with the reply button on its line ("4 Reply", "-1Reply": wpDiscuz 5).
_VOTE_FOOTER = re.compile(r"^[+-]?\d{1,6}(?:\s*(?P<word>[^\d\s+-]\S*))?$")
_MAX_DATE = 80  # dates.maybe_date reads at most this many characters
_HEADER_LINES = 4  # badge, avatar/name (printed twice), reply marker
_V5_RECORD_LINES = 60  # how far above a wpDiscuz 5 date its record's badge may be
_COUNT_TO_RECORD = 20  # lines from the count line to the first record's date (markdown: blank lines between)
_FOOTER_WINDOW = 200  # lines after the last record's date searched for its footer


def is_bare_reply_to(line: str) -> bool:
    """Is ``line`` a "Reply to" marker whose name is on the next line?"""
    s = line.strip()
    return 0 < len(s) <= 20 and tb.norm(s) in BARE_REPLY_TO


def date_rows(lines: list[str], norms: list[str], is_date, lo: int = 0) -> list[int]:
    """Rows at or after ``lo`` that are a date line (``is_date(line)``); prose is never one."""
    return [i for i in range(lo, len(lines))
            if (line := lines[i]) and norms[i] is not tb.PROSE and len(line.strip()) <= _MAX_DATE + 10
            and is_date(line)]


def _header_marked(lines: list[str], norms: list[str], d: int, floor: int) -> bool:
    """Does the header above the date at ``d`` (below row ``floor``) hold a badge or a reply
    marker? Blank lines (markdown) and avatar images are walked over; a footer ends it."""
    seen = 0
    j = d - 1
    while j > floor and seen < _HEADER_LINES:
        n = norms[j]
        if not n or n is tb.PROSE:
            if n is tb.PROSE:
                return False
            j -= 1
            continue
        if n in tb.BADGES or n in BARE_REPLY_TO or tb.REPLY_TO.match(lines[j].strip()):
            return True
        if _is_footer(n):
            return False
        if not n.startswith("!["):  # an avatar image is no header line of its own
            seen += 1
        j -= 1
    return False


def _is_footer(n: str) -> bool:
    if n in tb.WPDISCUZ_REPLY_WORDS:
        return True
    m = _VOTE_FOOTER.match(n)
    if m is not None:
        return m.group("word") is None or m.group("word") in tb.WPDISCUZ_REPLY_WORDS
    m = _LABELLED_VOTE_FOOTER.match(n)
    return m is not None and m.group("word") in tb.WPDISCUZ_REPLY_WORDS


# wpDiscuz 4 prints the vote buttons' labels around the total when the theme shows them as
# text ("赞 0 踩 回复": up, total, down, reply; markdown converters glue them, "赞0踩 回复");
# the reply word must close the line.
_LABELLED_VOTE_FOOTER = re.compile(r"^[^\d\s+-]\D{0,7}?\s*(?P<n>[+-]?\d{1,6})\s*(?:[^\d\s+-]\S{0,7}?\s+)?(?P<word>\S+)$")


def dates_close_records(norms: list[str], rows: list[int]) -> bool:
    """Is the date the last line of each record (wpDiscuz 5 prints it at the right of the
    footer, after the votes and "Reply": NAME / TEXT / "4 Reply" / DATE)? True when the line
    above most dates (two thirds, at least two) is a footer line."""
    if len(rows) < 2:
        return False
    hits = 0
    for d in rows:
        j = d - 1
        while j >= 0 and not norms[j]:
            j -= 1
        hits += j >= 0 and _is_footer(norms[j])
    return 3 * hits >= 2 * len(rows)


def footer_above(norms: list[str], end: int) -> tuple[int, int | None]:
    """(where the footer lines ending at ``end`` start, their vote total or None): the votes
    and "Reply" lines above a wpDiscuz 5 date (blank lines between them skipped)."""
    votes = None
    while end and (not norms[end - 1] or _is_footer(norms[end - 1])):
        n = norms[end - 1]
        if n and (total := _vote_total(n)) is not None:
            votes = total
        end -= 1
    return end, votes


_VOTE_NUMBER = re.compile(r"^[+-]?\d{1,6}")


def _vote_total(n: str) -> int | None:
    """The vote total a footer line starts with ("4 Reply"), or holds between the vote buttons'
    labels ("赞 0 踩 回复")."""
    if (m := _VOTE_NUMBER.match(n)) is not None:
        return int(m.group(0))
    if (m := _LABELLED_VOTE_FOOTER.match(n)) is not None:
        return int(m.group("n"))
    return None


def _footer_vote(lines: list[str], norms: list[str], d: int, ceiling: int) -> int | None:
    """The vote footer between the text under the date at ``d`` and ``ceiling``, or None. The
    first line under the date is text, never the footer."""
    text_seen = False
    for j in range(d + 1, ceiling):
        n = norms[j]
        if not n:
            continue
        if text_seen and n is not tb.PROSE and _is_footer(n) and (total := _vote_total(n)) is not None:
            return total
        text_seen = True
    return None


def _bullet_above(norms: list[str], d: int, floor: int) -> bool:
    """Is the date at ``d`` led by a "•" separator (the line above it, or its own start)?
    Disqus and Reddit print "NAME • AGE"; wpDiscuz prints no separator in its header, so such
    a record (with its "Upvote / 12" footer) is not one of wpDiscuz's."""
    if norms[d].startswith("•"):
        return True
    j = d - 1
    while j > floor and not norms[j]:
        j -= 1
    return j > floor and norms[j].endswith("•")


def _are_ordinals(votes: list[int | None]) -> bool:
    """Do the footer numbers count up by one from record to record (3, 4, 5, ...)? Then they
    are a theme's comment numbers (WordPress themes print "1", "2", ... beside each comment),
    not vote totals, which do not run in sequence. Most steps are enough: a count line ("52" /
    "Comments") or a skipped number may sit among them."""
    seen = [v for v in votes if v is not None]
    steps = sum(1 for a, b in zip(seen, seen[1:]) if b == a + 1)
    return len(seen) >= 3 and steps >= 0.8 * (len(seen) - 1)


def marked_records(lines: list[str], norms: list[str], rows: list[int]) -> list[bool]:
    """For each date row: is its record marked as wpDiscuz's (see the module docs)? wpDiscuz 5
    prints the footer above the date that closes the record: there the footer above marks it."""
    if dates_close_records(norms, rows):
        return [footer_above(norms, d)[1] is not None for d in rows]
    heads, votes = [], []
    for k, d in enumerate(rows):
        floor = rows[k - 1] if k else -1
        ceiling = rows[k + 1] if k + 1 < len(rows) else min(len(lines), d + _FOOTER_WINDOW)
        if _bullet_above(norms, d, floor):
            heads.append(False)
            votes.append(None)
            continue
        heads.append(_header_marked(lines, norms, d, floor))
        votes.append(_footer_vote(lines, norms, d, ceiling))
    if _are_ordinals(votes):
        return heads
    return [h or v is not None for h, v in zip(heads, votes)]


def _is_count_line(lines: list[str], norms: list[str], i: int) -> bool:
    n = norms[i]
    if not n or not n[0].isdigit():
        return False
    return tb.count_header(lines[i], n) is not None or (
        n.isdigit() and i + 1 < len(lines) and norms[i + 1] in tb.COUNT_WORDS)


def region_start(lines: list[str], norms: list[str], is_date) -> int | None:
    """Where a chrome-less wpDiscuz thread starts (see the module docs), or None."""
    rows = date_rows(lines, norms, is_date)
    if not rows:
        return None
    marks = marked_records(lines, norms, rows)
    if not any(marks):
        return None
    first_date = rows[0]
    for i in range(first_date):  # a count line above the first dated record only
        if not _is_count_line(lines, norms, i):
            continue
        after = [k for k, d in enumerate(rows) if d > i]
        if after and rows[after[0]] - i <= _COUNT_TO_RECORD and any(marks[k] for k in after[:3]) \
                and 3 * sum(marks[k] for k in after) >= len(after):
            return i
    return _first_of_marked_run(lines, norms, rows, marks)


def _first_of_marked_run(lines: list[str], norms: list[str], rows: list[int], marks: list[bool]
                         ) -> int | None:
    first = marks.index(True)
    marked = sum(marks[first:])
    if marked < 3 or 2 * marked < len(marks) - first:
        return None
    # Start at the top of its header: the region's first record keeps its name and badge.
    d = rows[first]
    floor = rows[first - 1] if first else -1
    if dates_close_records(norms, rows):
        # wpDiscuz 5: the date closes the record, so its header is above the text and the
        # footer; the badge ("Guest", "Author") wpDiscuz prints above every name marks its top.
        badge = next((j for j in range(d - 1, max(floor, d - _V5_RECORD_LINES), -1) if norms[j] in tb.BADGES), None)
        if badge is not None:
            return badge
    top, j, seen = d, d - 1, 0
    while j > floor and seen < _HEADER_LINES:
        n = norms[j]
        if n and not _header_part(lines[j], n):
            break  # the article's last paragraph, or the previous record's footer
        if n:
            seen += 1
            top = j
        j -= 1
    return top


def _header_part(line: str, n: str) -> bool:
    """Can this non-blank line be part of a wpDiscuz header (badge, avatar, name, marker)?"""
    if n is tb.PROSE or _is_footer(n):
        return False
    s = line.strip()
    return (n in tb.BADGES or n in BARE_REPLY_TO or s.startswith(("![", "[![")) or tb.REPLY_TO.match(s) is not None
            or tb.looks_like_name(tb.plain(s)))



# detect() decodes a page without chrome strings only when its raw head holds wpDiscuz's
# guest label as a line of its own or a line that starts with a reply marker: the plugin
# labels every guest's comment ("Guest" and its translations; registered commenters get their
# role), and prints "Reply to NAME" above every reply. Role badges ("Author", "Editor") and
# "Reply" are words of every WordPress page, so searching for them would decode most pages; a
# thread marked only by them, or only by vote footers, is read when parsed as wpDiscuz but
# not detected. One regex pass over the line starts (sre finds each "\n" quickly) costs less
# than one byte search per word.
GUEST_LABELS = ("Guest", "Gast", "Invité", "Invitado", "Ospite", "Гость", "Visitante", "Gość",
                "Ziyaretçi", "游客")  # the last as a real Chinese wpDiscuz page prints it
_GUEST_WORDS = [w.encode() for w in GUEST_LABELS]
_MARKER_WORDS = [w.encode() for w in sorted({s.capitalize() for s in BARE_REPLY_TO})]
# The lookahead on the words' first bytes fails most lines before the alternation is tried.
_FIRST_BYTES = b"".join(re.escape(b) for b in sorted({w[:1] for w in _GUEST_WORDS + _MARKER_WORDS}))
_MARK_LINE = re.compile(
    # indentation, emphasis, list and quote marks may surround a label (converters' markup)
    rb"\n[ \t*_#>-]*(?=[" + _FIRST_BYTES + rb"])"
    rb"(?:(?:" + b"|".join(map(re.escape, _GUEST_WORDS)) + rb")[ \t*_#>\r-]*\n"
    rb"|(?:" + b"|".join(map(re.escape, _MARKER_WORDS)) + rb")(?:[ \t]|\xc2\xa0))")


def may_have_marks(data: bytes) -> bool:
    """Can the raw head hold a detectable wpDiscuz thread (a necessary condition, see
    _MARK_LINE)? A head that does not decode cleanly may hold one in its decoded text."""
    if _MARK_LINE.search(data, 0, tb.HEAD_BYTES) is not None:
        return True
    return not data[:tb.HEAD_BYTES].isascii() and not tb.head_decodes_cleanly(data)
