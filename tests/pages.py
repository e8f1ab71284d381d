"""Small hand-made raw pages for build tests, written into a temporary folder."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

NBSP = "\u00a0"


def wpdiscuz_text_page(n: int, *, comments: int = 3) -> str:
    """A wpDiscuz text extraction like the seed: body, rating, chrome, then comments where every
    second one replies to the one before by name."""
    body = "\n\n".join(f"Story {n} paragraph {i}: the council met on Tuesday and voted on item {n * 10 + i}."
                       for i in range(3))
    parts = [body, "", f"Agency wire {n} / Example News 2024.", "", f"4 {n + 1} votes", "Article Rating",
             f"Previous articleStory {n - 1}", f"Next articleStory {n + 1}", "Notify of", "",
             "Inline Feedbacks", "View all comments"]
    for k in range(comments):
        if k % 2 == 1:
            parts.append(f"Reply to{NBSP} Reader{n}x{k - 1}")
        else:
            parts.append(f"Reader{n}x{k}")
        when = datetime(2024, 3, 10, 9, 0) + timedelta(minutes=7 * k)
        parts += [when.strftime("%y-%m-%d %H:%M"), "", f"Comment {k} on story {n}: I think item {n} is fine.", ""]
    return "\n".join(parts).rstrip("\n")


def write_pages(folder: Path, numbers, **kw) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in numbers:
        p = folder / f"page_{n:04d}.txt"
        p.write_text(wpdiscuz_text_page(n, **kw), encoding="utf-8")
        out.append(p)
    return out
