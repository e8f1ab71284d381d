"""Baselines: predictions made from the task inputs alone (they learn nothing, so any split can
be scored). Each is a function of one article's input record (and a seeded ``random.Random``
for the random ones) returning prediction dicts in the evaluator's format.

reply-parent (every prediction also carries a full ``ranking``: the chosen parent, then the
other candidates nearest-earlier first, root last, unless said otherwise):

- ``all-root``: every comment is a root (ranking: root, then nearest earlier first);
- ``previous-comment``: the comment right before (root for the first);
- ``previous-other-author``: the nearest earlier comment by a *different* printed author when
  the comment's author is printed; otherwise the previous comment;
- ``text-address``: a comment that opens by addressing someone ("@Name ...", "Name: ...",
  "Name, ...") replies to the nearest earlier comment by that printed name; when names are not
  in the inputs (builds without ``--keep-author-names``) or the name matches nobody, to the
  nearest earlier comment by another author; a comment that addresses nobody is a root;
- ``random-earlier``: uniform over root and the earlier comments (ranking: a random order).

vote-ranking: ``page-order`` (earlier first), ``length`` (longer text first), ``reply-count``
(more direct replies first), ``random``.
"""

from __future__ import annotations

import random
import re

from ..replies import name_key

# "@Name" or a short "Name:" opening a comment (without printed names, "Name," is too
# ambiguous: "Maybe, but ..." opens many replies and roots alike).
ADDRESS = re.compile(r"^\s*@(?P<at>[^\s,:;!?]+)|^\s*(?P<colon>[^\n:,.!?]{1,40}?)\s*:\s")


def _candidates(comments: list[dict], k: int) -> list:
    return [comments[j]["comment_id"] for j in range(k - 1, -1, -1)] + [None]


def _pred(comment: dict, parent, candidates: list) -> dict:
    ranking = [parent] + [c for c in candidates if c != parent]
    return {"comment_id": comment["comment_id"], "parent_id": parent, "ranking": ranking}


def all_root(article: dict, rng: random.Random) -> list[dict]:
    cs = article["comments"]
    return [_pred(c, None, _candidates(cs, k)) for k, c in enumerate(cs)]


def previous_comment(article: dict, rng: random.Random) -> list[dict]:
    cs = article["comments"]
    return [_pred(c, cs[k - 1]["comment_id"] if k else None, _candidates(cs, k)) for k, c in enumerate(cs)]


def _nearest_other_author(cs: list[dict], k: int):
    me = cs[k]["author_key"]
    if me is not None:
        for j in range(k - 1, -1, -1):
            if cs[j]["author_key"] is not None and cs[j]["author_key"] != me:
                return cs[j]["comment_id"]
    return cs[k - 1]["comment_id"] if k else None


def previous_other_author(article: dict, rng: random.Random) -> list[dict]:
    cs = article["comments"]
    return [_pred(c, _nearest_other_author(cs, k), _candidates(cs, k)) for k, c in enumerate(cs)]


def addressed_parent(cs: list[dict], k: int):
    """(addresses someone?, parent id or None) for the comment at ``k``."""
    text = cs[k]["text"]
    for j in range(k - 1, -1, -1):  # a printed name the text opens with, nearest first
        name = cs[j]["author_name"]
        if not name:
            continue
        for form in (f"@{name}", f"{name}:", f"{name},"):
            if name_key(text[: len(form)]) == name_key(form):
                return True, cs[j]["comment_id"]
    m = ADDRESS.match(text)
    if m is None or k == 0:
        return False, None
    if m.group("colon") is not None and len(m.group("colon").split()) > 3:
        return False, None  # "I think the point is: ..." is not an address
    return True, _nearest_other_author(cs, k)


def text_address(article: dict, rng: random.Random) -> list[dict]:
    cs = article["comments"]
    out = []
    for k, c in enumerate(cs):
        addressed, parent = addressed_parent(cs, k)
        out.append(_pred(c, parent if addressed else None, _candidates(cs, k)))
    return out


def random_earlier(article: dict, rng: random.Random) -> list[dict]:
    cs = article["comments"]
    out = []
    for k, c in enumerate(cs):
        cands = _candidates(cs, k)
        rng.shuffle(cands)
        out.append({"comment_id": c["comment_id"], "parent_id": cands[0], "ranking": cands})
    return out


def page_order(article: dict, rng: random.Random) -> list[dict]:
    return [{"comment_id": c["comment_id"], "score": -c["position"]} for c in article["comments"]]


def length(article: dict, rng: random.Random) -> list[dict]:
    return [{"comment_id": c["comment_id"], "score": len(c["text"])} for c in article["comments"]]


def reply_count(article: dict, rng: random.Random) -> list[dict]:
    counts: dict[str, int] = {}
    for c in article["comments"]:
        if c["parent_id"] is not None:
            counts[c["parent_id"]] = counts.get(c["parent_id"], 0) + 1
    return [{"comment_id": c["comment_id"], "score": counts.get(c["comment_id"], 0)} for c in article["comments"]]


def random_scores(article: dict, rng: random.Random) -> list[dict]:
    return [{"comment_id": c["comment_id"], "score": rng.random()} for c in article["comments"]]


BASELINES = {
    "reply-parent": {"all-root": all_root, "previous-comment": previous_comment,
                     "previous-other-author": previous_other_author, "text-address": text_address,
                     "random-earlier": random_earlier},
    "vote-ranking": {"page-order": page_order, "length": length, "reply-count": reply_count,
                     "random": random_scores},
}
RANDOMISED = frozenset({"random-earlier", "random"})


def predict(task: str, baseline: str, inputs: list[dict], seed: int = 0) -> list[dict]:
    """Predictions of one baseline for every input article (deterministic for a seed)."""
    fn = BASELINES[task][baseline]
    rng = random.Random(f"{task}/{baseline}/{seed}")
    return [p for article in inputs for p in fn(article, rng)]
