"""Drupal's comment threads as text (a helper of :mod:`other_text`, system "drupal").

Drupal themes print a comment's meta line in a few forms, which HTML-to-text converters keep
on one line (or two):

    Submitted by NAME on DATE [Comment #N]      (core's "submitted", translated: "Soumis par
    Permalink Submitted by NAME (not verified) DATE    NAME le DATE", "Eingereicht von …")
    DATE — NAME                                  (Garland, Drupal 6's default theme)
    NAME on DATE Permalink                       (themes that print the name first; de
                                                  "NAME am DATE Permanenter Link")
    NAME (not verified)                          (the name alone, then the date on its own
    DATE                                          line and the "Permalink" link)

A record is its meta line, its text, and the comment's links ("reply", "Reply", "delete",
"edit", "Permalink", "Vote up!" and their translations), which end the text. The line between
one record's links and the next meta line is that comment's subject (Drupal's comment title,
often the text's first words): no part of any text.

Recognised only when a Drupal mark is there too, since "NAME on DATE" alone is any blog's:
"(not verified)" (core's label of an anonymous name, translated), a "Submitted by" meta line,
a "Permalink" link, Drupal's lower-case "reply" link, or its "Add new comment" / "Log in or
register to post comments" lines. Nesting: inscriptis indents a reply's block (``div.indented``)
deeper than its parent; the parent is then the nearest earlier record less indented (method
"list-indent"), when the first record is the least indented.
"""

from __future__ import annotations

import re

from .. import dates
from ..model import ParsedComment
from . import textblocks as tb
from .drupal_html import UNVERIFIED as _UNVERIFIED

_PERMALINK_WORDS = r"Permalink|Permalien|Permanenter Link|永久连接"
_SUBMITTED = re.compile(r"^(?:(?:" + _PERMALINK_WORDS + r")\s+)?(?:Submitted by|Soumis par|Eingereicht von|"
                        r"Enviado por|Inviato da|Ingezonden door|"
                        r"Napsal uživatel)"  # cs (Drupal 6: "Napsal uživatel NAME dne DATE.")
                        r"\s+(?P<rest>.+?)(?:\s+Comment #\d+)?$", re.I)
_NAME_ON_DATE = re.compile(r"^(?P<name>[^\d\s][^|]{0,60}?)\s+(?:on|le|am|el|il|op)\s+(?P<date>.+?)"
                           r"(?:\s+(?:" + _PERMALINK_WORDS + r"))?$")
_DATE_DASH_NAME = re.compile(r"^(?P<date>.{6,60}?)\s+[—–]\s+(?P<name>[^—–]{1,60})$")
# The label core's username theme adds to an anonymous name, in the languages it ships.
_UNVERIFIED_ALONE = re.compile(r"^(?P<name>\S.{0,60}?)\s*[(（](?:not verified|nicht überprüft|non vérifié|"
                               r"no verificado|non verificato|niet geverifieerd|não verificado|"
                               r"niezweryfikowany|не проверено|未验证|未驗證)[)）]$", re.I)
_JOINING = frozenset(["on", "le", "am", "el", "il", "op", "de", "dne"])
# The comment's links, one per line (list markers aside), in Drupal's languages.
LINKS = frozenset(s.casefold() for s in [
    "reply", "delete", "edit", "Permalink", "Permalien", "永久连接", "回复", "répondre", "supprimer",
    "modifier", "antworten", "löschen", "bearbeiten", "Permanenter Link", "responder", "borrar", "editar", "rispondi",
    "beantwoorden", "Vote up!", "Vote down!", "Log in to post comments", "Log in or register to post comments"])
# Drupal's login prompts under a comment (a clipper may cut "… to post comments").
_LOGIN = ("log in or register to post", "log in to post")
_PERMALINK_ENDS = tuple(_PERMALINK_WORDS.split("|"))
_PERMALINKS = frozenset(s.casefold() for s in _PERMALINK_ENDS)
# Lines that end the thread (Drupal's comment form and its login prompt).
ENDS = tuple(s.casefold() for s in ["Add new comment", "Log in or register to post comments", "Post new comment",
                                    "Ajouter un commentaire", "Neuen Kommentar schreiben", "Añadir nuevo comentario",
                                    "发表新评论", "添加新评论"])


def _plain(line: str) -> str:
    s = tb.plain(line.strip())
    s = s.lstrip("*-+• ").strip() if s[:1] in "*-+•" else s
    return " ".join(s.split())


def meta_at(lines: list[str], i: int, end: int, memo: dict) -> tuple[str, str, int, bool] | None:
    """(name, date, lines used, Drupal-specific form) of a meta line at ``i``, or None."""
    s = _plain(lines[i])
    if not s or len(s) > 200:
        return None
    if (m := _SUBMITTED.match(s)) is not None:
        rest = _UNVERIFIED.sub("", m.group("rest"))
        if (found := _split_name_date(rest, memo)) is not None:
            return found[0], found[1], 1, True
        # the date on the next line (a markdown converter keeps the line break)
        name = rest.removesuffix(" on").strip()
        if tb.looks_like_name(name) and (below := _date_below(lines, i, end, memo)) is not None:
            return name, below[0], below[1], True
        return None
    if (m := _UNVERIFIED_ALONE.match(s)) is not None \
            and (below := _date_below(lines, i, end, memo)) is not None:
        return m.group("name").strip(), below[0], below[1], True
    # (else the label ends a one-line form: Garland's "DATE — NAME (not verified)")
    if not tb.has_digit(s):
        return None
    # In the one-line forms, core's "(not verified)" after the name is Drupal's mark.
    if (m := _DATE_DASH_NAME.match(s)) is not None and _whole_date(m.group("date"), memo) \
            and tb.looks_like_name(m.group("name")):
        name = _UNVERIFIED.sub("", m.group("name")).strip()
        return name, m.group("date"), 1, name != m.group("name").strip()
    if (m := _NAME_ON_DATE.match(s)) is not None and _whole_date(m.group("date"), memo) \
            and tb.looks_like_name(m.group("name")):
        name = _UNVERIFIED.sub("", m.group("name")).strip()
        return name, m.group("date"), 1, s.endswith(_PERMALINK_ENDS) or name != m.group("name").strip()
    return None


def _date_below(lines: list[str], i: int, end: int, memo: dict) -> tuple[str, int] | None:
    """(the whole date on the next non-blank line, lines used from ``i``), or None."""
    j = i + 1
    while j < end and j - i <= 4 and not lines[j].strip():
        j += 1
    if j < end and (date := _whole_date(_plain(lines[j]), memo)) is not None:
        return date, j - i + 1
    return None


def _whole_date(s: str, memo: dict) -> str | None:
    s = s.strip(" .")
    if dates.maybe_date(s) and (pt := dates.parse_date(s, memo=memo)) is not None and pt.local is not None:
        return s
    return None


def _split_name_date(rest: str, memo: dict) -> tuple[str, str] | None:
    """NAME and DATE of "NAME [on] DATE": the date is the first run that parses as one."""
    found = dates.find_date(rest)
    if found is None or (at := rest.find(found.raw)) <= 0:
        return None
    words = rest[:at].split()
    if len(words) > 1 and words[-1].casefold() in _JOINING:
        words.pop()
    name = " ".join(words).strip(" ,")
    # the sentence's full stop is no part of the date ("… dne 4 Březen, 2016 - 11:41."), as in HTML
    return (name, found.raw.rstrip(" .") or found.raw) if name else None


def records(lines: list[str], start: int, end: int, memo: dict) -> list[tuple[int, tuple[str, str, int, bool]]]:
    """The meta lines between ``start`` and ``end``: (line, meta_at's answer)."""
    out = []
    i = start
    while i < end:
        found = meta_at(lines, i, end, memo) if lines[i].strip() else None
        if found is None:
            i += 1
            continue
        out.append((i, found))
        i += found[2]
    return out


def has_mark(text: str, metas: list) -> bool:
    """Drupal's own marks, beside the meta lines (see the module docs)."""
    if any(drupal_form for _, (_, _, _, drupal_form) in metas):
        return True
    return any(line.strip().lstrip("*-+ ").strip() in ("reply", *_PERMALINK_ENDS)
               for line in text.split("\n")) or "Add new comment" in text or "Log in or register" in text


def comments(lines: list[str], metas: list, end: int, memo: dict) -> list[ParsedComment]:
    """The records' comments: text to the comment's links, subject lines dropped, nesting from
    the meta lines' indentation."""
    cols = [len(lines[i]) - len(lines[i].lstrip()) for i, _ in metas]
    nested = len(set(cols)) > 1 and cols[0] == min(cols)
    subject_below = _subjects_below(lines, metas, cols, end)
    stack: list[tuple[int, int]] = []
    out: list[ParsedComment] = []
    for k, (i, (name, raw, used, _)) in enumerate(metas):
        stop = metas[k + 1][0] if k + 1 < len(metas) else end
        body: list[str] = []
        linked = False
        for line in lines[i + used:stop]:
            n = tb.norm(_plain(line)) if line.strip() else ""
            if n in _PERMALINKS and not linked and not any(b.strip() for b in body):
                continue  # the permalink printed under the meta line (Drupal 7 themes): header
            if n in LINKS or n.startswith(_LOGIN) or (linked and n.lstrip("+-").isdigit()):
                linked = True  # the comment's links end its text (and a vote count after "Vote up!")
                continue
            if linked:
                break  # past the links: the next comment's subject
            if n.startswith(ENDS):
                break
            body.append(line)
        if k in subject_below:
            first = next(j for j, line in enumerate(body) if line.strip())
            del body[:first + 1]
        elif not linked and k + 1 < len(metas) and not subject_below:
            _drop_subject(body, cols[k + 1])
        parent = None
        if nested:
            while stack and stack[-1][0] >= cols[k]:
                stack.pop()
            parent = stack[-1][1] if stack else None
        out.append(ParsedComment(
            position=k, text=tb.text_block(body), author=name or None,
            author_source="explicit" if name else "unknown", posted=dates.parse_date(raw, memo=memo),
            parent_position=parent, parent_method="list-indent" if parent is not None else None,
            parent_confidence=0.9 if parent is not None else None, depth=len(stack) if nested else None))
        if nested:
            stack.append((cols[k], k))
    return out


def _subjects_below(lines: list[str], metas: list, cols: list[int], end: int) -> set[int]:
    """The records whose first line is their subject, when the page's theme prints the
    subject under the meta line (Garland: "DATE — NAME", then the subject, then the text): a
    converter that keeps indentation shows it at the meta line's column and the text deeper.
    Only when most records read so (a theme prints every comment alike)."""
    found: set[int] = set()
    for k, (i, (_, _, used, _)) in enumerate(metas):
        col = cols[k]  # the meta line's column
        stop = metas[k + 1][0] if k + 1 < len(metas) else end
        shown = []  # the record's lines up to its links
        for line in lines[i + used:stop]:
            if line.strip():
                if tb.norm(_plain(line)) in LINKS:
                    break
                shown.append(line)
        # A line ending in a colon introduces what follows ("Quoting the post:" over a quote
        # or a list, which converters indent deeper): a subject never does.
        if len(shown) >= 2 and len(shown[0]) - len(shown[0].lstrip()) == col and len(shown[0].strip()) <= 80 \
                and not shown[0].rstrip().endswith((":", "：")) and not _QUOTE_OR_ITEM.match(shown[1]) \
                and all(len(line) - len(line.lstrip()) > col for line in shown[1:]):
            found.add(k)  # (core cuts a subject at 64 characters)
    return found if len(found) * 3 >= len(metas) * 2 and len(found) >= 2 else set()


_QUOTE_OR_ITEM = re.compile(r"^\s*(?:>|[-*+•]\s|\d{1,3}[.)]\s)")


def _drop_subject(body: list[str], next_col: int) -> None:
    """Without links to end a text, the next comment's subject closes it: a last short line
    with no sentence's end after a blank line, not indented deeper than the next meta line (a
    converter that indents shows a quote or list of the text deeper)."""
    while body and not body[-1].strip():
        body.pop()
    if len(body) >= 2 and not body[-2].strip() and len(body[-1]) - len(body[-1].lstrip()) <= next_col:
        last = _plain(body[-1])
        if last and len(last) <= 80 and last[-1] not in ".!?:;":
            del body[-1]
