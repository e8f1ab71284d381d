"""processed/README.md: the Hugging Face dataset card. Its YAML ``configs`` make vanilla
``datasets.load_dataset("processed", "comments")`` work without this package.

``datasets`` 5.2 refuses a split with no rows and cannot read an empty Parquet file, so only
non-empty splits are listed (and written); ``newscomments.load`` still returns all three."""

from __future__ import annotations

from .schema import TABLES, json_schema
from .splits import SPLITS

_TABLE_TEXT = {
    "articles": "one row per article page",
    "comments": "one row per comment, in page order",
    "reply_edges": "one row per reply: child comment -> parent comment, with how it was found",
    "ratings": "article star ratings and per-comment votes and likes",
}


def render_card(written, tables, assignment) -> str:
    by_table: dict[str, list[tuple[str, str]]] = {t: [] for t in TABLES}
    for rel, name, split, _ in written:
        by_table[name].append((split, rel))
    lines = ["---", "pretty_name: newscomments", "license: other", "configs:"]
    empty = []
    for t in TABLES:
        if not by_table[t]:
            empty.append(t)
            continue
        lines += [f"- config_name: {t}", "  data_files:"]
        for split in SPLITS:
            paths = sorted(rel for s, rel in by_table[t] if s == split)
            if paths:
                lines.append(f"  - split: {split}")
                lines.append("    path:")
                lines.extend(f"    - {p}" for p in paths)
    lines.append("---")
    n_articles = len(assignment)
    split_counts = {s: sum(1 for v in assignment.values() if v == s) for s in SPLITS}
    lines += [
        "",
        "# newscomments (built data)",
        "",
        "Reader comments under news articles, parsed from raw pages into four tables. Built by the",
        "`newscomments` package; see the repository's README.md and DATASHEET.md. Do not edit these",
        "files by hand: `manifest.json` holds their checksums and the loader refuses changed files.",
        "",
        f"Articles: {n_articles} ({', '.join(f'{s} {n}' for s, n in split_counts.items())}).",
        "",
        "| table | rows | what |",
        "|---|---|---|",
    ]
    for t in TABLES:
        lines.append(f"| {t} | {tables[t].num_rows} | {_TABLE_TEXT[t]} |")
    lines += ["", "Splits are grouped by article and fixed (see `splits.tsv`). Splits with no rows are",
              "not listed in `configs` above (`datasets` cannot load an empty split);",
              "`newscomments.load(table)` returns all three, empty ones with the schema's features."]
    if empty:
        lines += ["", "Tables with no rows in this build (no config): " + ", ".join(empty) + "."]
    lines += ["", "## Columns", ""]
    for t in TABLES:
        lines += [f"### {t}", ""]
        for col, prop in json_schema(t)["properties"].items():
            lines.append(f"- `{col}`: {prop.get('description', '')}")
        lines.append("")
    return "\n".join(lines)
