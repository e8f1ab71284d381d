"""Fixed, article-grouped splits.

- Articles are grouped first: syndicated copies of one story form one group, so a story never
  straddles two splits. Copies are the same body after case folding and punctuation removal,
  or near-duplicates: word 5-shingle Jaccard similarity of at least 0.8, found with MinHash
  and banded locality-sensitive hashing and then confirmed exactly (all deterministic).
- A group takes the split pinned for any of its members in a ``splits.tsv`` kept beside the raw
  pages (written by ``newscomments freeze-splits`` at a release). Members pinned to different
  splits are reported as conflicts, and the group follows its first pinned member in id order;
  nobody is moved silently.
- Unpinned groups are placed by a keyed hash of the group key (the smallest member article id)
  into fixed fractions (80/10/10 by default). The hash depends only on the group's own key, so
  adding pages never moves an existing article; pinning makes even a change of salt, fractions
  or grouping leave released articles where they are.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .textfiles import read_user_text

SPLITS = ("train", "validation", "test")
DEFAULT_SALT = "newscomments-splits-v1"
DEFAULT_FRACTIONS = {"train": 0.8, "validation": 0.1, "test": 0.1}
SPLITS_FILE = "splits.tsv"
GROUPING = "body-jaccard5>=0.8"  # recorded in the manifest
NEAR_DUP_JACCARD = 0.8
SHINGLE = 5
_BANDS, _ROWS = 16, 4  # 64 MinHash values; P(candidate | J=0.8) ~ 0.9996, | J=0.5 ~ 0.64


@dataclass(frozen=True)
class SplitSettings:
    salt: str = DEFAULT_SALT
    fractions: dict = field(default_factory=lambda: dict(DEFAULT_FRACTIONS))

    def __post_init__(self):
        if set(self.fractions) != set(SPLITS) or abs(sum(self.fractions.values()) - 1.0) > 1e-9 \
                or any(v < 0 for v in self.fractions.values()):
            raise InputError(f"expected split fractions for {list(SPLITS)} summing to 1, got {self.fractions}")


def hash_split(group_key: str, settings: SplitSettings) -> str:
    digest = hashlib.sha256(f"{settings.salt}\x00{group_key}".encode("utf-8")).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    acc = 0.0
    for name in SPLITS:
        acc += settings.fractions[name]
        if u < acc:
            return name
    return SPLITS[-1]


def body_fingerprint(body: str) -> str:
    text = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    text = re.sub(r"[^\w ]", "", text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shingles(body: str) -> set[int]:
    words = re.sub(r"[^\w ]", " ", unicodedata.normalize("NFKC", body).casefold()).split()
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") for g in grams}


def _minhash(sh: set[int]):
    import numpy as np
    rng = np.random.default_rng(20240601)  # fixed: the permutations are part of the method
    a = rng.integers(1, (1 << 61) - 1, size=_BANDS * _ROWS, dtype=np.uint64)
    b = rng.integers(0, (1 << 61) - 1, size=_BANDS * _ROWS, dtype=np.uint64)
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    return (np.outer(x, a) + b).min(axis=0)  # uint64 arithmetic wraps: a fixed hash family


def jaccard(x: set, y: set) -> float:
    return len(x & y) / len(x | y) if x and y else 0.0


def group_articles(articles: list[dict]) -> dict[str, list[str]]:
    """group key (the smallest member id) -> sorted member article ids."""
    parent = {a["article_id"]: a["article_id"] for a in articles}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x, y):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    by_fp: dict[str, str] = {}
    sets: dict[str, set[int]] = {}
    buckets: dict[tuple, list[str]] = {}
    for a in sorted(articles, key=lambda a: a["article_id"]):
        aid = a["article_id"]
        if not a["body"].strip():
            continue
        fp = body_fingerprint(a["body"])
        if fp in by_fp:
            union(by_fp[fp], aid)
            continue
        by_fp[fp] = aid
        sh = shingles(a["body"])
        if len(sh) < 3:
            continue  # too short to call anything a near copy of it
        sets[aid] = sh
        mh = _minhash(sh)
        for band in range(_BANDS):
            key = (band, mh[band * _ROWS:(band + 1) * _ROWS].tobytes())
            buckets.setdefault(key, []).append(aid)
    checked = set()
    for members in buckets.values():
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                if (x, y) not in checked:
                    checked.add((x, y))
                    if jaccard(sets[x], sets[y]) >= NEAR_DUP_JACCARD:
                        union(x, y)
    groups: dict[str, list[str]] = {}
    for aid in parent:
        groups.setdefault(find(aid), []).append(aid)
    return {min(ids): sorted(ids) for ids in groups.values()}


def assign(articles: list[dict], pinned: dict[str, str], settings: SplitSettings
           ) -> tuple[dict[str, str], list[str], int]:
    """article id -> split, conflicts, and how many articles took a pinned split."""
    out: dict[str, str] = {}
    conflicts: list[str] = []
    n_pinned = 0
    for key, members in sorted(group_articles(articles).items()):
        pins = {m: pinned[m] for m in members if m in pinned}
        if pins:
            split = pins[min(pins)]
            if len(set(pins.values())) > 1:
                conflicts.append(f"group {key}: members pinned to different splits "
                                 f"{dict(sorted(pins.items()))}; all follow {min(pins)} into {split}")
            n_pinned += len(members)
        else:
            split = hash_split(key, settings)
        for m in members:
            out[m] = split
    return out, conflicts, n_pinned


def read_pins(path: Path) -> dict[str, str]:
    """Read a splits.tsv (header ``article_id<TAB>split``)."""
    pins: dict[str, str] = {}
    lines = read_user_text(path, "a splits.tsv").splitlines()
    if not lines or lines[0].split("\t")[:2] != ["article_id", "split"]:
        raise InputError(f"{path}: expected a header 'article_id<TAB>split', got {lines[:1]}")
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in SPLITS or not re.match(r"^a_[0-9a-f]{16}$", parts[0]):
            raise InputError(f"{path}:{n}: expected 'a_<16 hex><TAB>train|validation|test', got {line!r}")
        if parts[0] in pins and pins[parts[0]] != parts[1]:
            raise InputError(f"{path}:{n}: article {parts[0]} pinned twice, to {pins[parts[0]]} and {parts[1]}")
        pins[parts[0]] = parts[1]
    return pins


def format_pins(assignment: dict[str, str]) -> str:
    lines = ["article_id\tsplit"] + [f"{a}\t{s}" for a, s in sorted(assignment.items())]
    return "\n".join(lines) + "\n"
