"""Thread recovery from text dumps: how much of a thread the text parser gets back.

For a page whose structure is known (an HTML page parsed by ``wpdiscuz_html``,
``wordpress_html`` or ``blogger_html``), render its comments as a crawler's wpDiscuz text extraction
(:func:`newscomments.render.render_wpdiscuz_text`: nesting flattened, most names dropped,
"Reply to NAME" markers kept), parse that text with ``wpdiscuz_text``, and compare the parsed
parents with the HTML's.

Records are aligned by their text (the parser may find more or fewer records than were
printed); a gold comment without a parsed partner counts as wrong. Scores per page and summed:

- ``parent_accuracy``: share of gold comments whose parsed parent (mapped back to gold
  positions) is the gold parent; roots count (a root is right when parsed as a root);
- edges: precision / recall / F1 of parsed reply edges against gold reply edges;
- ``by_method``: parsed edges and how many are right, per method (``reply-marker-named``,
  ``reply-marker-unnamed``);
- ``inferred_authors``: authors the parser inferred from a marker, and how many are right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..formats import wpdiscuz_text
from ..model import ParsedPage
from ..render import RenderOptions, render_wpdiscuz_text
from ..replies import name_key
from . import metrics

GOLD_FORMATS = frozenset({"wpdiscuz_html", "wordpress_html", "blogger_html", "drupal_html"})


@dataclass
class Recovery:
    pages: int = 0
    gold_comments: int = 0
    parsed_comments: int = 0
    aligned: int = 0
    parents_right: int = 0
    gold_edges: int = 0
    parsed_edges: int = 0
    edges_right: int = 0
    by_method: dict[str, list[int]] = field(default_factory=dict)  # method -> [parsed, right]
    inferred: list[int] = field(default_factory=lambda: [0, 0])  # [inferred, right]

    def add(self, other: "Recovery") -> None:
        for name in ("pages", "gold_comments", "parsed_comments", "aligned", "parents_right",
                     "gold_edges", "parsed_edges", "edges_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for m, (n, r) in other.by_method.items():
            cur = self.by_method.setdefault(m, [0, 0])
            cur[0] += n
            cur[1] += r
        self.inferred = [self.inferred[0] + other.inferred[0], self.inferred[1] + other.inferred[1]]

    def summary(self) -> dict:
        p, r, f = metrics.f1(self.edges_right, self.parsed_edges - self.edges_right,
                             self.gold_edges - self.edges_right)
        return {"pages": self.pages, "gold_comments": self.gold_comments,
                "parsed_comments": self.parsed_comments, "aligned": self.aligned,
                "parent_accuracy": self.parents_right / self.gold_comments if self.gold_comments else None,
                "gold_edges": self.gold_edges, "edge_precision": p, "edge_recall": r, "edge_f1": f,
                "by_method": {m: {"edges": n, "right": k} for m, (n, k) in sorted(self.by_method.items())},
                "inferred_authors": {"inferred": self.inferred[0], "right": self.inferred[1]}}


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def recover(gold: ParsedPage, options: RenderOptions | None = None) -> Recovery:
    """Render ``gold`` as text, parse it back, and count what came back right."""
    rendered = render_wpdiscuz_text(gold, options)
    parsed = wpdiscuz_text.parse(rendered.text.encode("utf-8"), gold.page_id)
    g_texts = [_key(gold.comments[p].text) if not gold.comments[p].is_image_only and gold.comments[p].text.strip()
               else "" for p in rendered.positions]
    p_texts = [_key(c.text) for c in parsed.comments]
    to_gold: dict[int, int] = {}  # parsed position -> gold position
    for block in SequenceMatcher(None, g_texts, p_texts, autojunk=False).get_matching_blocks():
        for i in range(block.size):
            to_gold[block.b + i] = rendered.positions[block.a + i]
    from_gold = {g: p for p, g in to_gold.items()}
    out = Recovery(pages=1, gold_comments=len(gold.comments), parsed_comments=len(parsed.comments),
                   aligned=len(to_gold))
    for g in gold.comments:
        out.gold_edges += g.parent_position is not None
        p = from_gold.get(g.position)
        if p is None:
            continue
        pc = parsed.comments[p]
        mapped = to_gold.get(pc.parent_position) if pc.parent_position is not None else None
        if pc.parent_position is not None and mapped is None:
            mapped = -1  # parent is a record with no gold partner: wrong
        out.parents_right += mapped == g.parent_position
    for pc in parsed.comments:
        gpos = to_gold.get(pc.position)
        if pc.parent_position is not None:
            out.parsed_edges += 1
            target = to_gold.get(pc.parent_position)
            right = gpos is not None and target is not None and target == gold.comments[gpos].parent_position
            out.edges_right += right
            cur = out.by_method.setdefault(pc.parent_method or "?", [0, 0])
            cur[0] += 1
            cur[1] += right
        if pc.author_source == "inferred":
            out.inferred[0] += 1
            truth = gold.comments[gpos].author if gpos is not None else None
            out.inferred[1] += truth is not None and name_key(truth) == name_key(pc.author or "")
    return out


def recover_pages(pages: list[ParsedPage], options: RenderOptions | None = None) -> Recovery:
    total = Recovery()
    for page in pages:
        if page.format in GOLD_FORMATS and page.comments:
            total.add(recover(page, options))
    return total
