"""Render a parsed page with known structure as the plain text a crawler extracts from a
wpDiscuz page (the seed ``raw/000_89020e0c9fef06d9.txt``).

What the extraction loses, and how this renderer loses it:

- nesting is flattened: records follow one another in page (DOM) order, no indentation;
- most author lines are gone: a comment's name is printed only for the positions in
  ``RenderOptions.shown`` or, when that is not given, for a deterministic fraction of comments
  (a keyed hash of page id and position below ``name_fraction``); a printed name appears twice
  (avatar ``alt`` + author box) on every second such record, like "Kidnapped by System";
- a reply keeps its marker ``Reply to<NBSP> NAME`` (NAME: the marker the page printed, else the
  parent's author, else "Anonymous") on the line above its date;
- dates are printed as ``yy-mm-dd HH:MM``; a comment without a known time repeats the previous
  record's date line (counted in ``Rendered.undated``);
- votes and "Reply" buttons are not printed; an image-only comment is "comment image";
  a pingback/trackback is printed under its linking page's title with its excerpt in "[…]".

The output is parsed by :mod:`newscomments.formats.wpdiscuz_text`; ``Rendered.positions``
maps each printed record back to the comment's position in the source page.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .model import ParsedComment, ParsedPage

NBSP = "\u00a0"


@dataclass(frozen=True)
class RenderOptions:
    name_fraction: float = 0.4  # share of records that keep their author line
    salt: str = "newscomments-render-v1"
    shown: frozenset[int] | None = None  # positions whose names are printed (overrides the fraction)
    date_format: str = "%y-%m-%d %H:%M"


@dataclass(frozen=True)
class Rendered:
    text: str
    positions: tuple[int, ...]  # source position of each printed record, in order
    shown: tuple[int, ...]  # positions whose author line was printed
    undated: int  # records that repeat the previous date line


def name_shown(page_id: str, comment: ParsedComment, options: RenderOptions) -> bool:
    if comment.author is None:
        return False
    if comment.kind != "comment":
        return True  # the linking page's title is always printed
    if options.shown is not None:
        return comment.position in options.shown
    digest = hashlib.sha256(f"{options.salt}\x00{page_id}\x00{comment.position}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < options.name_fraction


def _date_line(c: ParsedComment, options: RenderOptions) -> str | None:
    if c.posted is not None and c.posted.local is not None:
        return c.posted.local.strftime(options.date_format)
    return None


def _reply_name(c: ParsedComment, page: ParsedPage) -> str:
    if c.reply_to_name:
        return c.reply_to_name
    parent = page.comments[c.parent_position] if c.parent_position is not None else None
    return (parent.author if parent is not None and parent.author else None) or "Anonymous"


def _body(c: ParsedComment) -> str:
    if c.is_image_only or not c.text.strip():
        return "comment image"
    if c.kind != "comment" and not c.text.startswith("[…]"):
        return f"[…] {c.text} […]"
    return c.text


def _head(page: ParsedPage) -> list[str]:
    lines = [page.body.strip() or "(no article text)"]
    if page.credit:
        lines += ["", page.credit]
    lines.append("")
    if page.rating is not None:
        value = "0" if page.rating.value is None else f"{page.rating.value:g}"
        noun = "vote" if page.rating.votes == 1 else "votes"
        lines += [f"{value} {page.rating.votes} {noun}", "Article Rating"]
    if page.previous_title:
        lines.append(f"Previous article{page.previous_title}")
    if page.next_title:
        lines.append(f"Next article{page.next_title}")
    lines += ["Notify of", "", "Inline Feedbacks", "View all comments"]
    return lines


def render_wpdiscuz_text(page: ParsedPage, options: RenderOptions | None = None) -> Rendered:
    options = options or RenderOptions()
    lines = _head(page)
    positions, shown = [], []
    undated = 0
    last_date = "01-01-01 00:00"
    for k, c in enumerate(page.comments):
        if k:
            lines.append("")
        if name_shown(page.page_id, c, options):
            name = " ".join(c.author.split())
            lines.append(name)
            if len(shown) % 2 == 1:
                lines.append(name)
            shown.append(c.position)
        if c.parent_position is not None:
            lines.append(f"Reply to{NBSP} {_reply_name(c, page)}")
        date = _date_line(c, options)
        if date is None:
            date, undated = last_date, undated + 1
        last_date = date
        lines += [date, "", _body(c)]
        positions.append(c.position)
    return Rendered("\n".join(lines) + "\n", tuple(positions), tuple(shown), undated)
