"""Speed of the HTML formats on the whole pages of the shared corpus, in one run:

- our full parse (pre-scan + metadata + body + comments, via ``newscomments.parse_page``);
- the same small extraction (parse, comment items, authors, article paragraphs) with
  selectolax (lexbor) and with lxml, to show what the parser choice costs;
- ``trafilatura.extract(html, include_comments=True)``, what users pick today;
- where our time goes: detection, pre-scan, decode + DOM parse, metadata, comments, body, each
  timed on its own fresh tree (built outside the timed region) in the order a parse runs them.

Every figure is given as wall-clock time and as CPU time of this process.

Prints the figures with library versions, Python and CPU, and writes them between the markers
``<!-- bench-html:start -->`` and ``<!-- bench-html:end -->`` in BENCHMARKS.md.
Usage: python benchmarks/bench_html.py [--corpus DIR] [--rounds N] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from markers import cpu_model, publish  # noqa: E402

ITEMS_CSS = "li.comment, li.pingback, li.trackback, div.wpd-comment"
ITEMS_XPATH = ("//li[contains(concat(' ', normalize-space(@class), ' '), ' comment ') or "
               "contains(concat(' ', normalize-space(@class), ' '), ' pingback ') or "
               "contains(concat(' ', normalize-space(@class), ' '), ' trackback ')] | "
               "//div[contains(concat(' ', normalize-space(@class), ' '), ' wpd-comment ')]")
AUTHOR_CSS = ".fn, .wpd-comment-author"
AUTHOR_XPATH = (".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ') or "
                "contains(concat(' ', normalize-space(@class), ' '), ' wpd-comment-author ')]")


def extract_selectolax(text: str) -> int:
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(text)
    n = 0
    for item in tree.css(ITEMS_CSS):
        a = item.css_first(AUTHOR_CSS)
        n += len(a.text()) if a is not None else 0
    n += sum(len(p.text()) for p in tree.css("p"))
    return n


def extract_lxml(text: str) -> int:
    import lxml.html
    tree = lxml.html.fromstring(text)
    n = 0
    for item in tree.xpath(ITEMS_XPATH):
        a = item.xpath(AUTHOR_XPATH)
        n += len(a[0].text_content()) if a else 0
    n += sum(len(p.text_content()) for p in tree.iter("p"))
    return n


class _Clock:
    """Wall-clock and CPU seconds of one timed region (CPU time is what this process itself
    used: on a busy shared machine it moves less than the wall clock)."""

    def __init__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        out = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return out


def _median2(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def stage_times(raw, rounds: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds per pass over all pages for each stage of the full parse."""
    from newscomments import formats
    from newscomments.htmlpage import dom
    from newscomments.htmlpage.body import extract_body
    from newscomments.htmlpage.meta import extract_meta
    from newscomments.options import ParseOptions

    options = ParseOptions()
    modules = [formats.detect(d, ".html") for _, d in raw]
    datas = [d for _, d in raw]

    def fresh():
        return [dom.parse_document(d, options.limits)[0] for d in datas]

    def comments(tree, module):
        if hasattr(module, "read_section"):
            module.read_section(tree, options)

    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in (
        "detection", "pre-scan", "decode + DOM parse", "metadata", "comments", "body")}
    for _ in range(rounds):
        clock = _Clock()
        for d in datas:
            formats.detect(d, ".html")
        runs["detection"].append(clock.lap())
        for d in datas:
            dom.prescan(d, options.limits)
        pre = clock.lap()
        runs["pre-scan"].append(pre)
        fresh()  # pre-scan + decode + parse
        both = clock.lap()
        runs["decode + DOM parse"].append((both[0] - pre[0], both[1] - pre[1]))
        trees = fresh()
        clock = _Clock()
        metas = [extract_meta(tree) for tree in trees]
        runs["metadata"].append(clock.lap())
        for tree, module in zip(trees, modules):
            comments(tree, module)
        runs["comments"].append(clock.lap())
        for tree, meta in zip(trees, metas):
            extract_body(tree, meta.title)
        runs["body"].append(clock.lap())
    return {k: _median2(v) for k, v in runs.items()}


def timed(fn, inputs, rounds: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds for one pass over all inputs."""
    fn(inputs[0])  # warm up (imports, caches)
    runs = []
    for _ in range(rounds):
        clock = _Clock()
        for x in inputs:
            fn(x)
        runs.append(clock.lap())
    return _median2(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "html")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--trafilatura-rounds", type=int, default=2)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()

    from newscomments import parse_page
    from newscomments.decode import decode_page
    import trafilatura

    paths = sorted(args.corpus.glob("*.html"))
    if not paths:
        sys.exit(f"no .html pages in {args.corpus}")
    raw = [(p.stem, p.read_bytes()) for p in paths]
    texts = [decode_page(d, html=True) for _, d in raw]
    n_pages, mb = len(raw), sum(len(d) for _, d in raw) / 1e6

    results = {
        "newscomments full parse": timed(lambda x: parse_page(x[1], page_id=x[0], suffix=".html"), raw, args.rounds),
        "selectolax extraction": timed(extract_selectolax, texts, args.rounds),
        "lxml extraction": timed(extract_lxml, texts, args.rounds),
        "trafilatura.extract(include_comments=True)": timed(
            lambda t: trafilatura.extract(t, include_comments=True), texts, args.trafilatura_rounds),
    }
    stages = stage_times(raw, args.rounds)
    traf, traf_cpu = results["trafilatura.extract(include_comments=True)"]
    lines = [
        f"Pages: {n_pages} whole pages of `shared/corpus/html` ({mb:.2f} MB); median of "
        f"{args.rounds} passes ({args.trafilatura_rounds} for trafilatura); "
        f"{platform.python_implementation()} {platform.python_version()}, {cpu_model()}, "
        f"{os.cpu_count()} CPUs, one process.",
        f"Versions: newscomments {version('newscomments')}, selectolax {version('selectolax')}, "
        f"lxml {version('lxml')}, trafilatura {version('trafilatura')}, numpy {version('numpy')}.",
        "",
        "| what | pages/s | MB/s | × trafilatura | CPU ms/page | × trafilatura (CPU) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, (secs, cpu) in results.items():
        lines.append(f"| {name} | {n_pages / secs:,.0f} | {mb / secs:,.1f} | {traf / secs:,.1f} | "
                     f"{cpu / n_pages * 1000:.2f} | {traf_cpu / cpu:,.1f} |")
    total = sum(w for w, _ in stages.values())
    total_cpu = sum(c for _, c in stages.values())
    lines += ["", "Where the full parse spends its time (each stage alone, same pages):", "",
              "| stage | ms/page | share | CPU ms/page |", "|---|---:|---:|---:|"]
    for name, (secs, cpu) in stages.items():
        lines.append(f"| {name} | {secs / n_pages * 1000:.3f} | {secs / total:.0%} | {cpu / n_pages * 1000:.3f} |")
    lines += [f"| sum | {total / n_pages * 1000:.3f} | 100% | {total_cpu / n_pages * 1000:.3f} |"]
    bare_parses = traf_cpu / stages["decode + DOM parse"][1]
    lines += ["", "The selectolax/lxml rows do the same small extraction (comment items, their "
              "authors, all paragraphs); the full parse also runs the pre-scan, metadata, body "
              "and every comment field. \"decode + DOM parse\" is lexbor itself: trafilatura "
              f"costs {bare_parses:.0f} of them per page in this run, so 20× trafilatura leaves "
              f"{bare_parses / 20:.1f} bare parses per page for the whole parse. "
              "Timings on a shared 2-core machine vary by ±25% and more when it is busy; "
              "compare the ratios of one run. CPU ms/page is this process's CPU time "
              "(time.process_time); it excludes waiting for a core but not a slower shared one."]
    table = "\n".join(lines)
    publish("bench-html", table, write=not args.no_write)


if __name__ == "__main__":
    main()
