"""reply-parent: thread reconstruction. For every comment of an article, predict the comment it
replies to among the *earlier* comments of the same article, or root.

Inputs (what a model sees; nothing that states or implies the answer):

- per article: ``article_id``, ``title``, ``body``, ``source_format``, ``comment_system``;
- per comment, in page order: ``comment_id``, ``position``, ``author_key`` and ``author_name``
  **only when the page prints the author** (``author_source == "explicit"``; an author
  inferred from a later "Reply to NAME" is evidence of that reply and is dropped), ``posted_at``
  (ISO, wall clock) and ``posted_raw``, ``text`` with any leading "Reply to NAME" line removed,
  ``kind``, ``is_image_only``. Dropped: ``parent_id``, ``depth``, ``reply_to_author_key``,
  ``reply_to_name``, ``native_id``, votes.

Gold (option ``gold``):

- ``"structural"`` (default): edges the page states by its structure — methods
  ``html-nesting``, ``native-parent-id``, ``reply-link-id``, ``list-indent``, ``depth-class``
  (not ``list-number``: list numbers read with dates where they leave two readings).
  Scored articles: those parsed by a format that reads nesting from markup (``wpdiscuz_html``,
  ``wordpress_html``, ``blogger_html``) or having at least one structural edge. In them a comment is scored when
  its gold is known: it has a structural edge (gold = that parent) or it has no edge and no
  "Reply to" marker (gold = root). A comment whose parent came only from a marker, or whose
  marker matched nothing, is an input but is not scored. Text pages whose nesting was lost
  (the seed) have no structural gold and are not scored at all.
- ``"structural+markers"``: also edges resolved from "Reply to NAME" markers
  (``reply-marker-named``, ``reply-marker-unnamed``; heuristics, see ``replies.py``), and also
  text pages of comment systems that print a marker on every reply (wpDiscuz), where a comment
  with neither edge nor marker is a root.

Only ``kind == "comment"`` is scored (pingbacks and trackbacks never reply), but every comment
of a scored article is an input, and a prediction is required for each input comment
(scored or not: which comments are scored must not be visible to a model).

Metrics over scored comments: ``accuracy``; ``reply_f1`` / ``root_f1`` (is-a-reply vs is-a-root,
with precision and recall of the reply class); ``macro_accuracy`` (mean of per-article
accuracy); with a ``ranking`` on every line, ``mrr`` and ``hits@1``/``@3``/``@5``.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..formats.textblocks import REPLY_TO
from . import metrics
from .data import TaskData, iso, split_rows
from .predictions import Record, check_ids, check_keys, type_name

NAME = "reply-parent"
TABLES = ("articles", "comments", "reply_edges")
OPTIONS = {"gold": ("structural", "structural+markers")}
STRUCTURAL_METHODS = frozenset({"html-nesting", "native-parent-id", "reply-link-id", "list-indent",
                                "depth-class"})
MARKER_METHODS = frozenset({"reply-marker-named", "reply-marker-unnamed"})
STRUCTURE_FORMATS = frozenset({"wpdiscuz_html", "wordpress_html", "blogger_html", "drupal_html"})
MARKER_COMPLETE_SYSTEMS = frozenset({"wpdiscuz"})  # every reply prints "Reply to NAME"
HITS_AT = (1, 3, 5)

expected_input_format = """\
JSON lines, one object per input comment (every comment of every scored article of the split):
  {"comment_id": "c_<16 hex>", "parent_id": "c_<16 hex>" | null, "ranking": [...]}
- parent_id: the predicted parent, an earlier comment of the same article; null = root.
- ranking (optional, then on every line): candidates best first, each an earlier comment id of
  the same article or null (root), no repeats; its first item must equal parent_id.
No other fields. Every input comment exactly once."""


def prepare(split: str = "test", data_dir: Path | str | None = None, gold: str = "structural") -> TaskData:
    if gold not in OPTIONS["gold"]:
        raise InputError(f"expected gold to be one of {list(OPTIONS['gold'])}, got {gold!r}")
    accepted = STRUCTURAL_METHODS | (MARKER_METHODS if gold == "structural+markers" else frozenset())
    articles = {a["article_id"]: a for a in split_rows("articles", split, data_dir)}
    comments = sorted(split_rows("comments", split, data_dir), key=lambda c: (c["article_id"], c["position"]))
    edges = {e["child_id"]: e for e in split_rows("reply_edges", split, data_dir)}
    by_article: dict[str, list[dict]] = {}
    for c in comments:
        by_article.setdefault(c["article_id"], []).append(c)

    inputs, ids, gold_map, position = [], {}, {}, {}
    for aid in sorted(by_article):
        art, mine = articles[aid], by_article[aid]
        methods = {edges[c["comment_id"]]["method"] for c in mine if c["comment_id"] in edges}
        eligible = art["source_format"] in STRUCTURE_FORMATS or bool(methods & STRUCTURAL_METHODS)
        if gold == "structural+markers" and art["comment_system"] in MARKER_COMPLETE_SYSTEMS:
            eligible = True
        if not eligible:
            continue
        for c in mine:
            cid = c["comment_id"]
            ids[cid] = aid
            position[cid] = (aid, c["position"])
            if c["kind"] != "comment":
                continue
            edge = edges.get(cid)
            if edge is not None and edge["method"] in accepted:
                gold_map[cid] = edge["parent_id"]
            elif edge is None and c["reply_to_author_key"] is None:
                gold_map[cid] = None
        inputs.append(_input_record(art, mine))
    return TaskData(NAME, split, {"gold": gold}, inputs, ids, gold_map, position)


def _input_record(article: dict, comments: list[dict]) -> dict:
    return {
        "article_id": article["article_id"], "title": article["title"], "body": article["body"],
        "source_format": article["source_format"], "comment_system": article["comment_system"],
        "comments": [{
            "comment_id": c["comment_id"], "position": c["position"],
            "author_key": c["author_key"] if c["author_source"] == "explicit" else None,
            "author_name": c["author_name"] if c["author_source"] == "explicit" else None,
            "posted_at": iso(c["posted_at"]), "posted_raw": c["posted_raw"],
            "text": strip_marker(c["text"]), "kind": c["kind"], "is_image_only": c["is_image_only"],
        } for c in comments],
    }


def strip_marker(text: str) -> str:
    """The text without a leading "Reply to NAME" line (parsers keep it out already; this makes
    sure no format leaks it)."""
    lines = text.split("\n")
    if lines and REPLY_TO.match(lines[0].strip()):
        return "\n".join(lines[1:]).lstrip("\n")
    return text


def _check_candidate(n: int, cid: str, value, data: TaskData, what: str) -> str | None:
    """None when ``value`` is root (null) or an earlier comment of cid's article."""
    if value is None:
        return None
    if not isinstance(value, str):
        return f"line {n}: comment {cid}: expected {what} to be a comment id string or null, got {type_name(value)} {value!r}"
    if value not in data.position:
        return f"line {n}: comment {cid}: {what} {value} is not a comment of this task's inputs (unknown parent id)"
    aid, pos = data.position[cid]
    paid, ppos = data.position[value]
    if paid != aid:
        return f"line {n}: comment {cid}: {what} {value} is under article {paid}, not under {aid} (parent must be in the same article)"
    if ppos >= pos:
        return (f"line {n}: comment {cid} (position {pos}): {what} {value} is at position {ppos}, "
                "not earlier (a parent must come before its reply)")
    return None


def check(records: list[Record], data: TaskData) -> list[str]:
    problems: list[str] = []
    for n, obj in records:
        problems += check_keys(n, obj, ("comment_id", "parent_id"), ("ranking",))
    by_id, id_problems = check_ids(records, data.ids)
    problems += id_problems
    with_ranking = [n for n, obj in by_id.values() if "ranking" in obj]
    if with_ranking and len(with_ranking) != len(by_id):
        without = sorted(n for n, obj in by_id.values() if "ranking" not in obj)
        problems.append(f"ranking given on {len(with_ranking)} line(s) but missing on lines "
                        f"{', '.join(map(str, without[:10]))}{' ...' if len(without) > 10 else ''} "
                        "(give it on every line or on none)")
    for cid, (n, obj) in by_id.items():
        if "parent_id" in obj and (p := _check_candidate(n, cid, obj["parent_id"], data, "parent_id")):
            problems.append(p)
        if "ranking" not in obj:
            continue
        ranking = obj["ranking"]
        if not isinstance(ranking, list) or not ranking:
            problems.append(f"line {n}: comment {cid}: expected ranking to be a non-empty list, got {type_name(ranking)} {ranking!r}")
            continue
        bad = [p for item in ranking if (p := _check_candidate(n, cid, item, data, "ranking item"))]
        problems += bad
        hashable = [x for x in ranking if x is None or isinstance(x, str)]
        if len(set(hashable)) != len(hashable):
            dups = sorted({str(x) for x in hashable if hashable.count(x) > 1})
            problems.append(f"line {n}: comment {cid}: ranking repeats {dups}")
        if not bad and "parent_id" in obj and ranking[0] != obj["parent_id"]:
            problems.append(f"line {n}: comment {cid}: expected ranking[0] to equal parent_id "
                            f"{obj['parent_id']!r}, got {ranking[0]!r}")
    return problems


def score(records: list[Record], data: TaskData) -> dict:
    pred = {obj["comment_id"]: obj for _, obj in records}
    scored = [cid for cid in data.ids if cid in data.gold]
    correct = {cid: pred[cid]["parent_id"] == data.gold[cid] for cid in scored}
    tp = sum(1 for c in scored if data.gold[c] is not None and pred[c]["parent_id"] is not None)
    fp = sum(1 for c in scored if data.gold[c] is None and pred[c]["parent_id"] is not None)
    fn = sum(1 for c in scored if data.gold[c] is not None and pred[c]["parent_id"] is None)
    tn = len(scored) - tp - fp - fn
    rp, rr, rf = metrics.f1(tp, fp, fn)
    _, _, root_f = metrics.f1(tn, fn, fp)
    per_article: dict[str, list[bool]] = {}
    for cid in scored:
        per_article.setdefault(data.ids[cid], []).append(correct[cid])
    out = {
        "task": NAME, "split": data.split, "gold": data.options["gold"],
        "articles": len(per_article), "comments": len(scored), "replies": tp + fn,
        "accuracy": metrics.mean([float(v) for v in correct.values()]),
        "macro_accuracy": metrics.mean([sum(v) / len(v) for v in per_article.values()]),
        "reply_precision": rp, "reply_recall": rr, "reply_f1": rf, "root_f1": root_f,
        "mrr": None, **{f"hits@{k}": None for k in HITS_AT},
    }
    if scored and all("ranking" in pred[c] for c in scored):
        out["mrr"] = metrics.mean([metrics.reciprocal_rank(pred[c]["ranking"], data.gold[c]) for c in scored])
        for k in HITS_AT:
            out[f"hits@{k}"] = metrics.mean([metrics.hit_at(pred[c]["ranking"], data.gold[c], k) for c in scored])
    return out
