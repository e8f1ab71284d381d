"""Leakage audit of a built dataset: what one split could tell a model about another.

Checks (each reports a count and up to five examples):

- ``article-exact-duplicates``: articles in different splits with the same body (after NFKC,
  case folding, punctuation and whitespace removal);
- ``article-near-duplicates``: articles in different splits whose bodies share word 3-shingles
  with Jaccard >= 0.8 (syndicated copies with small edits). Found independently of the build's
  grouping; bodies under 20 words are skipped (too short to call copies);
- ``comment-exact-duplicates`` / ``comment-near-duplicates``: the same for comment texts of at
  least 8 words (shorter ones, "Thanks!", recur by chance), Jaccard >= 0.8;
- ``authors-across-splits``: author keys (pseudonyms) that comment in more than one split;
- ``reply-chains-cut``: comments whose parent (``parent_id`` or a reply edge) is in another
  split or another article, or missing.

Near duplicates are found through an inverted index of shingles (pairs that share at least one
shingle of document frequency <= 50 are compared), so the cost grows with the near-duplicate
candidates, not with the square of the corpus.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from .loader import read_tables
from .splits import SPLITS

JACCARD = 0.8
SHINGLE = 3
MIN_ARTICLE_WORDS = 20
MIN_COMMENT_WORDS = 8
MAX_DF = 50
EXAMPLES = 5


@dataclass
class Check:
    name: str
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, example: str) -> None:
        self.count += 1
        if len(self.examples) < EXAMPLES:
            self.examples.append(example)


@dataclass
class AuditReport:
    folder: str
    rows: dict[str, int]
    checks: list[Check]

    @property
    def clean(self) -> bool:
        return all(c.count == 0 for c in self.checks)

    def render(self) -> str:
        lines = [f"{self.folder}: " + ", ".join(f"{k} {v}" for k, v in self.rows.items())]
        for c in self.checks:
            lines.append(f"{'ok  ' if c.count == 0 else 'LEAK'} {c.name}: {c.count}")
            lines.extend(f"       e.g. {e}" for e in c.examples)
        lines.append("clean: no leaks across splits" if self.clean else "leaks found")
        return "\n".join(lines)


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.findall(r"\w+", text)


def fingerprint(text: str) -> str:
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def shingles(tokens: list[str], n: int = SHINGLE) -> frozenset:
    if len(tokens) < n:
        return frozenset([tuple(tokens)])
    return frozenset(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def near_pairs(docs: dict[str, frozenset], threshold: float = JACCARD) -> list[tuple[str, str, float]]:
    """Pairs of doc ids with shingle Jaccard >= threshold (candidates from shared shingles)."""
    index: dict[tuple, list[str]] = {}
    for d, sh in docs.items():
        for s in sh:
            index.setdefault(s, []).append(d)
    candidates = set()
    for members in index.values():
        if 1 < len(members) <= MAX_DF:
            candidates.update(combinations(sorted(members), 2))
    out = []
    for a, b in sorted(candidates):
        j = jaccard(docs[a], docs[b])
        if j >= threshold:
            out.append((a, b, j))
    return out


def _rows(table: str, data_dir) -> list[dict]:
    tables, _ = read_tables(table, data_dir)
    out = []
    for split in SPLITS:
        for row in tables[split].to_pylist():
            row["_split"] = split
            out.append(row)
    return out


def _duplicates(check_exact: Check, check_near: Check, items: dict[str, tuple[str, str]],
                min_words: int, label: str) -> None:
    """items: id -> (split, text)."""
    tokens = {i: words(t) for i, (_, t) in items.items()}
    tokens = {i: w for i, w in tokens.items() if len(w) >= min_words}
    by_fp: dict[str, list[str]] = {}
    for i, w in tokens.items():
        by_fp.setdefault(hashlib.sha256(" ".join(w).encode()).hexdigest(), []).append(i)
    exact_pairs = set()
    for members in by_fp.values():
        splits = {items[m][0] for m in members}
        if len(splits) > 1:
            members = sorted(members)
            check_exact.add(f"{label}s " + ", ".join(f"{m} ({items[m][0]})" for m in members[:4]))
            exact_pairs.update(combinations(members, 2))
    docs = {i: shingles(w) for i, w in tokens.items()}
    for a, b, j in near_pairs(docs):
        if items[a][0] != items[b][0] and (a, b) not in exact_pairs:
            check_near.add(f"{label}s {a} ({items[a][0]}) and {b} ({items[b][0]}): Jaccard {j:.2f}")


def audit(data_dir: Path | str | None = None) -> AuditReport:
    """Audit a built dataset (every split, read through the verifying loader)."""
    folder = str(data_dir) if data_dir is not None else "processed"
    return audit_rows(_rows("articles", data_dir), _rows("comments", data_dir),
                      _rows("reply_edges", data_dir), folder)


def audit_rows(articles: list[dict], comments: list[dict], edges: list[dict], folder: str = "") -> AuditReport:
    """The checks on table rows that carry their split in ``_split``."""
    checks = {name: Check(name) for name in (
        "article-exact-duplicates", "article-near-duplicates", "comment-exact-duplicates",
        "comment-near-duplicates", "authors-across-splits", "reply-chains-cut")}
    _duplicates(checks["article-exact-duplicates"], checks["article-near-duplicates"],
                {a["article_id"]: (a["_split"], a["body"]) for a in articles}, MIN_ARTICLE_WORDS, "article")
    _duplicates(checks["comment-exact-duplicates"], checks["comment-near-duplicates"],
                {c["comment_id"]: (c["_split"], c["text"]) for c in comments}, MIN_COMMENT_WORDS, "comment")

    author_splits: dict[str, set[str]] = {}
    for c in comments:
        if c["author_key"] is not None:
            author_splits.setdefault(c["author_key"], set()).add(c["_split"])
    for key in sorted(author_splits):
        if len(author_splits[key]) > 1:
            checks["authors-across-splits"].add(f"author {key} in {sorted(author_splits[key])}")

    where = {c["comment_id"]: (c["_split"], c["article_id"]) for c in comments}
    links = [(c["comment_id"], c["parent_id"], "parent_id") for c in comments if c["parent_id"] is not None]
    links += [(e["child_id"], e["parent_id"], "reply edge") for e in edges]
    for child, parent, via in sorted(set(links)):
        if child not in where or parent not in where:
            checks["reply-chains-cut"].add(f"{via} {child} -> {parent}: comment missing")
        elif where[child] != where[parent]:
            checks["reply-chains-cut"].add(f"{via} {child} ({'/'.join(where[child])}) -> {parent} "
                                           f"({'/'.join(where[parent])})")
    rows = {"articles": len(articles), "comments": len(comments), "reply_edges": len(edges)}
    return AuditReport(folder, rows, list(checks.values()))
