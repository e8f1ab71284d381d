"""The article rating that the WP-PostRatings plugin prints under a post, read from its text in
HTML and in text alike: "(287 votes, average: 4.80 out of 5)" (its default template), the
Chinese translation "(287 人打了分，平均分：4.80)" (a real page) and "No Ratings Yet"."""

from __future__ import annotations

import re

from .model import ArticleRating

_PATTERNS = (
    re.compile(r"\(\s*(?P<votes>\d[\d,.]*)\s+votes?,\s*average:\s*(?P<value>\d+(?:\.\d+)?)\s+out of\s+(?P<max>\d+)\s*\)",
               re.I),
    re.compile(r"\(\s*(?P<votes>\d+)\s*人打了分，\s*平均分[：:]\s*(?P<value>\d+(?:\.\d+)?)\s*\)"),
)


def read(text: str) -> ArticleRating | None:
    """The rating a WP-PostRatings line of ``text`` prints (markdown emphasis allowed), or None."""
    if "(" not in text:
        return None
    plain = text.replace("*", "").replace("_", " ") if "*" in text or "_" in text else text
    for pattern in _PATTERNS:
        m = pattern.search(plain)
        if m is not None:
            votes = int(re.sub(r"[,.]", "", m.group("votes")))
            scale = m.groupdict().get("max")
            return ArticleRating(votes=votes, value=float(m.group("value")) if votes else None,
                                 scale_max=float(scale) if scale else 5.0,
                                 scale_source="page" if scale else "default")
    return None
