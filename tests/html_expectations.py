"""Build the expectation record of one parsed HTML page (what tests/expected/html/*.json hold).

The JSON files were first written from the parser's output and then checked by hand against
the markup (counts, authors, parent of every comment: see tests/expected/html/README.md);
tests compare the parser with the files, so a change in output shows up as a diff to review."""

from __future__ import annotations


def record(page) -> dict:
    return {
        "format": page.format,
        "comment_system": page.comment_system,
        "comment_count": len(page.comments),
        "declared_count": page.declared_comment_count,
        "truncation_reasons": list(page.truncation_reasons),
        "authors": [c.author for c in page.comments],
        "native_ids": [c.native_id for c in page.comments],
        "parents": [c.parent_position for c in page.comments],
        "kinds": [c.kind for c in page.comments],
        "rating": None if page.rating is None else {"votes": page.rating.votes, "value": page.rating.value},
        "title": page.title,
        "url": page.url,
        "language": page.language,
    }
