"""vote-ranking: rank the comments of each article by their net votes.

Scored articles: those with at least two comments whose page prints a net vote total
(``net_votes`` not null) and whose totals are not all equal (otherwise every ranking is
perfect and NDCG is undefined). The items of an article are its comments with a vote total;
comments without one are not ranked.

Inputs per article: ``article_id``, ``title``, ``body``; per item, in page order:
``comment_id``, ``position``, ``parent_id`` and ``depth`` (the thread structure is not the
answer here), ``author_key`` (explicit authors only), ``posted_at``, ``text``, ``kind``,
``is_image_only``. Dropped: ``net_votes``, ``upvotes``, ``downvotes``, ``likes``.

Metric: NDCG@k (k = 1, 3, 5, 10) and NDCG over the whole list, per article, averaged over
articles (macro). Gains are the net totals shifted so the article's lowest total has gain 0
(totals can be negative); the discount is log2(rank + 1). The predicted order is by ``score``,
highest first; **ties are broken by page order** (earlier first), so a constant score is the
page-order ranking.
"""

from __future__ import annotations

from pathlib import Path

from . import metrics
from .data import TaskData, iso, split_rows
from .predictions import Record, check_ids, check_keys, is_number, type_name

NAME = "vote-ranking"
TABLES = ("articles", "comments")
OPTIONS: dict[str, tuple] = {}
NDCG_AT = (1, 3, 5, 10)

expected_input_format = """\
JSON lines, one object per input comment (every comment with a vote total in every scored
article of the split):
  {"comment_id": "c_<16 hex>", "score": <finite number>}
Higher score = ranked higher within its article; ties go to the earlier comment. No other
fields; every input comment exactly once."""


def prepare(split: str = "test", data_dir: Path | str | None = None) -> TaskData:
    articles = {a["article_id"]: a for a in split_rows("articles", split, data_dir)}
    comments = sorted(split_rows("comments", split, data_dir), key=lambda c: (c["article_id"], c["position"]))
    by_article: dict[str, list[dict]] = {}
    for c in comments:
        if c["net_votes"] is not None:
            by_article.setdefault(c["article_id"], []).append(c)
    inputs, ids, gold, position = [], {}, {}, {}
    for aid in sorted(by_article):
        items = by_article[aid]
        if len(items) < 2 or len({c["net_votes"] for c in items}) < 2:
            continue
        art = articles[aid]
        for c in items:
            ids[c["comment_id"]] = aid
            gold[c["comment_id"]] = c["net_votes"]
            position[c["comment_id"]] = (aid, c["position"])
        inputs.append({
            "article_id": aid, "title": art["title"], "body": art["body"],
            "comments": [{
                "comment_id": c["comment_id"], "position": c["position"], "parent_id": c["parent_id"],
                "depth": c["depth"], "author_key": c["author_key"] if c["author_source"] == "explicit" else None,
                "posted_at": iso(c["posted_at"]), "text": c["text"], "kind": c["kind"],
                "is_image_only": c["is_image_only"],
            } for c in items],
        })
    return TaskData(NAME, split, {}, inputs, ids, gold, position)


def check(records: list[Record], data: TaskData) -> list[str]:
    problems: list[str] = []
    for n, obj in records:
        problems += check_keys(n, obj, ("comment_id", "score"), ())
    by_id, id_problems = check_ids(records, data.ids)
    problems += id_problems
    for cid, (n, obj) in by_id.items():
        if "score" in obj and not is_number(obj["score"]):
            problems.append(f"line {n}: comment {cid}: expected score to be a finite number, "
                            f"got {type_name(obj['score'])} {obj['score']!r}")
    return problems


def score(records: list[Record], data: TaskData) -> dict:
    pred = {obj["comment_id"]: float(obj["score"]) for _, obj in records}
    per_article: dict[str, list[str]] = {}
    for cid, aid in data.ids.items():
        per_article.setdefault(aid, []).append(cid)
    results: dict[str, list[float]] = {f"ndcg@{k}": [] for k in NDCG_AT}
    results["ndcg"] = []
    for cids in per_article.values():
        low = min(data.gold[c] for c in cids)
        ranked = sorted(cids, key=lambda c: (-pred[c], data.position[c][1]))
        gains = [float(data.gold[c] - low) for c in ranked]
        for k in NDCG_AT:
            results[f"ndcg@{k}"].append(metrics.ndcg(gains, k))
        results["ndcg"].append(metrics.ndcg(gains))
    out = {"task": NAME, "split": data.split, "articles": len(per_article), "comments": len(data.ids)}
    out.update({name: metrics.mean(vals) for name, vals in results.items()})
    return out
