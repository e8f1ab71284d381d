"""How well the TEXT parsers (wpdiscuz_text, wordpress_text, other_text) read the text that
common HTML-to-text tools make of a page, scored against the package's own HTML parse.

Pages: every ``tests/fixtures/html/*.html``, the whole pages of ``--corpus`` and ``--synthetic``
N synthetic threads, each rendered as wpDiscuz and as WordPress HTML (2N pages). A page counts
when its HTML parse (the truth) is wpdiscuz_html, wordpress_html, blogger_html or drupal_html
with at least one comment. Each converter's output is parsed with ``parse_page(suffix=".txt"/".md")``; a
rejected page has 0 comments. Text comments are aligned to truth comments in order.

Prints a table and writes it between ``<!-- converted-text:start -->`` and
``<!-- converted-text:end -->`` in BENCHMARKS.md. Needs the bench extra.
Usage: python scripts/score_converted_text.py [--corpus DIR] [--synthetic N] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from markers import publish  # noqa: E402
from newscomments import parse_page, synthetic  # noqa: E402
from newscomments.decode import decode_page  # noqa: E402
from newscomments.errors import PageRejected  # noqa: E402
from newscomments.model import ParsedComment, ParsedPage  # noqa: E402
from newscomments.replies import name_key  # noqa: E402
from newscomments.tasks.report import table  # noqa: E402

SEED = 3  # the prototype's seed; any fixed seed keeps the output byte-identical between runs
TRUTH_FORMATS = frozenset({"wpdiscuz_html", "wordpress_html", "blogger_html", "drupal_html"})
GROUPS = ("fixtures", "real pages", "synthetic")
# Two comment texts pair up at this similarity of their first 60 normalised characters.
SIMILAR = 0.8


# --- converters: each takes the decoded HTML and returns text --------------------------------

def inscriptis_text(html: str) -> str:
    import inscriptis
    return inscriptis.get_text(html)


def html2text_markdown(html: str) -> str:
    import html2text
    converter = html2text.HTML2Text()
    converter.body_width = 0  # no hard wrapping at 78 columns: a wrapped line is not a paragraph
    return converter.handle(html)


def markdownify_markdown(html: str) -> str:
    import markdownify
    return markdownify.markdownify(html, heading_style="ATX")


def html_text_text(html: str) -> str:
    import html_text
    return html_text.extract_text(html)


def trafilatura_text(html: str) -> str:
    import trafilatura
    return trafilatura.extract(html, include_comments=True, output_format="txt") or ""


def _pandoc(html: str, to: str) -> str:
    import pypandoc  # pypandoc-binary: the wrapper with the pandoc executable in the wheel
    # --sandbox: pandoc fetches no iframe or image it meets (no network while scoring)
    return pypandoc.convert_text(html, to, format="html", extra_args=["--wrap=none", "--sandbox"])


def pandoc_markdown(html: str) -> str:
    return _pandoc(html, "markdown")  # pandoc's own markdown: fenced divs, attribute blocks


def pandoc_plain(html: str) -> str:
    return _pandoc(html, "plain")


def resiliparse_text(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    # The whole page (main_content=False, the default): its main-content mode drops the
    # comment list, and the web-scale corpora that keep comments extract whole pages.
    return extract_plain_text(html)


def html_to_markdown_markdown(html: str) -> str:
    import html_to_markdown
    return html_to_markdown.convert(html).content  # prints the head's metadata as front matter


def markitdown_markdown(html: str) -> str:
    import io

    from markitdown import MarkItDown
    converted = MarkItDown().convert_stream(io.BytesIO(html.encode("utf-8")), file_extension=".html")
    return converted.text_content


def _program(args: list[str], html: str) -> str:
    """The text a command-line renderer prints for ``html`` given on its standard input (it
    fetches nothing: no images, no network). Its home is an empty temporary folder: no user
    configuration changes the output, and w3m's state folder (~/.w3m) lands there."""
    with tempfile.TemporaryDirectory() as home:
        done = subprocess.run(args, input=html.encode("utf-8"), capture_output=True, timeout=120, check=True,
                              env={"PATH": os.environ.get("PATH", ""), "HOME": home, "TERM": "dumb"})
    return done.stdout.decode("utf-8", errors="replace")


def lynx_text(html: str) -> str:
    # Plain "lynx -dump", as a user types it: numbered links and their "References" list.
    return _program(["lynx", "-dump", "-stdin", "-force_html", "-assume_charset=utf-8",
                     "-display_charset=utf-8"], html)


def lynx_nolist_text(html: str) -> str:
    return _program(["lynx", "-dump", "-nolist", "-stdin", "-force_html", "-assume_charset=utf-8",
                     "-display_charset=utf-8"], html)


def w3m_text(html: str) -> str:
    return _program(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], html)


# The classic terminal renderers are system programs (Debian's lynx and w3m packages), not
# Python packages: scored where they are installed, named as missing in the report otherwise.
PROGRAMS = {"lynx": (lynx_text, ".txt"), "lynx -nolist": (lynx_nolist_text, ".txt"), "w3m": (w3m_text, ".txt")}


def program_version(name: str) -> str:
    exe = name.split()[0]
    first = subprocess.run([exe, "-version"], capture_output=True, text=True, check=False).stdout.splitlines()
    return first[0].split(", options")[0].strip() if first else exe  # w3m goes on with its build options


# name -> (converter, suffix the output is parsed as)
CONVERTERS = {
    "inscriptis": (inscriptis_text, ".txt"),
    "html2text": (html2text_markdown, ".md"),
    "markdownify": (markdownify_markdown, ".md"),
    "html-text": (html_text_text, ".txt"),
    "pandoc markdown": (pandoc_markdown, ".md"),
    "pandoc plain": (pandoc_plain, ".txt"),
    "resiliparse": (resiliparse_text, ".txt"),
    "html-to-markdown": (html_to_markdown_markdown, ".md"),
    "markitdown": (markitdown_markdown, ".md"),
    "trafilatura": (trafilatura_text, ".txt"),
} | {name: conv for name, conv in PROGRAMS.items() if shutil.which(name.split()[0])}
MISSING_PROGRAMS = sorted({name.split()[0] for name in PROGRAMS} - {name.split()[0] for name in CONVERTERS})
# name -> the PyPI distribution that carries it, for its version
DISTRIBUTIONS = {name: name for name in CONVERTERS} | {"pandoc markdown": "pypandoc-binary",
                                                       "pandoc plain": "pypandoc-binary"}


# --- pages ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    group: str
    name: str
    html: str
    truth: ParsedPage


def candidate_pages(corpus: Path, threads: int) -> list[tuple[str, str, bytes]]:
    """(group, name, raw bytes) of every page to try, in a fixed order."""
    out = [("fixtures", f.stem, f.read_bytes())
           for f in sorted((REPO / "tests" / "fixtures" / "html").glob("*.html"))]
    if corpus.is_dir():
        out += [("real pages", f.stem, f.read_bytes()) for f in sorted(corpus.glob("*.html"))]
    else:
        print(f"Note: corpus {corpus} not found; real pages skipped.\n")
    rng, used = random.Random(SEED), set()
    for i in range(threads):
        page = synthetic.make_page(i, rng, used)
        out.append(("synthetic", f"syn{i:03d}_wpdiscuz", synthetic.wpdiscuz_html_page(page).encode()))
        out.append(("synthetic", f"syn{i:03d}_wordpress", synthetic.wordpress_html_page(page).encode()))
    return out


def truth_pages(candidates: list[tuple[str, str, bytes]]) -> list[Page]:
    """The candidates whose HTML parse gives comments in a format with real thread structure."""
    pages = []
    for group, name, data in candidates:
        try:
            truth = parse_page(data, page_id=name, suffix=".html")
        except PageRejected:
            continue
        if truth.format in TRUTH_FORMATS and truth.comments:
            pages.append(Page(group, name, decode_page(data, html=True), truth))
    return pages


# --- alignment --------------------------------------------------------------------------------

def text_key(comment: ParsedComment) -> str:
    """NFKC, case-folded, letters and digits only: markup, escapes and punctuation that the
    converters add or drop do not count. Pingbacks match by author (the linking page's title):
    the HTML parse gives them that title as text, the text parsers often nothing."""
    if comment.kind == "comment" and comment.text:
        raw = comment.text
    else:
        raw = "pingback " + (comment.author or "")
    folded = unicodedata.normalize("NFKC", raw).casefold()
    key = "".join(ch for ch in folded if ch.isalnum())
    # A text of emoji or punctuation alone ("❤️", ":'(") keeps its symbols, or every such
    # comment would look like every other and none would pair up.
    return key or "".join(folded.split())


def similarity(a: str, b: str) -> float:
    """Similarity of the first 60 characters; 1 when one opening stands in the other's head,
    since a text parser may glue an author or date line onto the text."""
    if not a or not b:
        return 0.0
    a60, b60 = a[:60], b[:60]
    if (len(a60) >= 15 and a60 in b[:600]) or (len(b60) >= 15 and b60 in a[:600]):
        return 1.0
    matcher = SequenceMatcher(None, a60, b60, autojunk=False)
    if matcher.quick_ratio() < SIMILAR:  # an upper bound of ratio(): skips most pairs cheaply
        return 0.0
    return matcher.ratio()


def align(truth: list[str], got: list[str]) -> dict[int, int]:
    """Monotone alignment (comments keep their order) with the most pairs at >= SIMILAR, ties
    broken by total similarity. Returns got index -> truth index."""
    n, m = len(truth), len(got)
    sim = [[similarity(t, g) for g in got] for t in truth]
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]  # best[i][j]: truth[i:] with got[j:]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1])
            if sim[i][j] >= SIMILAR:
                count, total = best[i + 1][j + 1]
                best[i][j] = max(best[i][j], (count + 1, total + sim[i][j]))
    pairs, i, j = {}, 0, 0
    while i < n and j < m:
        count, total = best[i + 1][j + 1]
        if sim[i][j] >= SIMILAR and (count + 1, total + sim[i][j]) == best[i][j]:
            pairs[j] = i
            i, j = i + 1, j + 1
        elif best[i + 1][j] == best[i][j]:
            i += 1
        else:
            j += 1
    return pairs


# --- scores -----------------------------------------------------------------------------------

def score(truth: ParsedPage, got: tuple[ParsedComment, ...]) -> Counter:
    """One page's counts: aligned comments, authors (as multisets of names) and reply edges
    (a truth reply is right when its aligned text comment's parent aligns to its parent)."""
    wanted = truth.comments
    to_truth = align([text_key(c) for c in wanted], [text_key(c) for c in got])
    from_truth = {t: g for g, t in to_truth.items()}
    names_wanted = Counter(name_key(c.author) for c in wanted if c.author)
    names_got = Counter(name_key(c.author) for c in got if c.author)
    out = Counter(pages=1, exact_count=int(len(got) == len(wanted)), comments=len(wanted),
                  aligned=len(to_truth), authors=sum(names_wanted.values()),
                  authors_right=sum((names_wanted & names_got).values()))
    for t, comment in enumerate(wanted):
        if comment.parent_position is None:
            continue
        out["replies"] += 1
        g = from_truth.get(t)
        parent = got[g].parent_position if g is not None else None
        out["replies_right"] += parent is not None and to_truth.get(parent) == comment.parent_position
    return out


def converted_comments(page: Page, converter: str) -> tuple[ParsedComment, ...]:
    convert, suffix = CONVERTERS[converter]
    text = convert(page.html)
    try:
        return parse_page(text.encode("utf-8"), page_id=page.name, suffix=suffix).comments
    except PageRejected:  # a user gets no comments from a page the text parsers refuse
        return ()


def measure(pages: list[Page]) -> dict[tuple[str, str], Counter]:
    """(group or "all", converter) -> summed counts of :func:`score`."""
    scores = {(g, c): Counter() for g in ("all", *GROUPS) for c in CONVERTERS}
    for page in pages:
        for converter in CONVERTERS:
            one = score(page.truth, converted_comments(page, converter))
            scores["all", converter].update(one)
            scores[page.group, converter].update(one)
    return scores


# --- report -----------------------------------------------------------------------------------

def percent(part: int, whole: int) -> str:
    return "–" if not whole else f"{100 * part / whole:.1f}%"


def report(scores: dict[tuple[str, str], Counter], pages: list[Page], candidates: list, threads: int) -> str:
    tried = Counter(group for group, _, _ in candidates)
    kept = Counter(page.group for page in pages)
    versions = ", ".join(dict.fromkeys(program_version(name) if name in PROGRAMS
                                       else f"{DISTRIBUTIONS[name]} {version(DISTRIBUTIONS[name])}"
                                       for name in CONVERTERS))
    missing = (f" Not installed here, so not scored: {', '.join(MISSING_PROGRAMS)}." if MISSING_PROGRAMS else "")
    header = ["page group", "converter", "pages", "exact count", "comment recall", "author acc",
              "reply-edge recall"]
    rows = [[group, name, str(s["pages"]), str(s["exact_count"]), percent(s["aligned"], s["comments"]),
             percent(s["authors_right"], s["authors"]), percent(s["replies_right"], s["replies"])]
            for (group, name), s in scores.items() if s["pages"]]
    return "\n".join([
        f"Converters: {versions}; inscriptis `get_text`, html2text `body_width=0` (.md), "
        "markdownify ATX headings (.md), html-text `extract_text`, pandoc `-t markdown` (.md) and "
        "`-t plain` with `--wrap=none` (pypandoc-binary carries pandoc), resiliparse "
        "`extract_plain_text` of the whole page (its main-content mode drops comment lists), "
        "html-to-markdown `convert` (.md, the head's metadata as front matter), markitdown "
        "(.md), trafilatura `extract(include_comments=True)` as txt; the terminal renderers "
        "lynx (`-dump`, with its numbered links and \"References\" list, and `-dump -nolist`) and "
        "w3m (`-dump`), system programs run where installed, at their default 80 columns." + missing,
        f"Pages: {kept['fixtures']} of {tried['fixtures']} fixtures, {kept['real pages']} of "
        f"{tried['real pages']} real pages, {kept['synthetic']} synthetic ({threads} threads, "
        f"each as wpDiscuz and WordPress HTML, seed {SEED}).",
        "",
        "Truth is the package's own HTML parse of the same page (wpdiscuz_html, wordpress_html, "
        "blogger_html, drupal_html; pages with at least one comment). other_text reads Drupal's "
        "meta lines (\"Submitted by NAME\", \"DATE — NAME\", \"NAME am DATE Permanenter Link\", …) "
        "only with one of Drupal's own marks beside them. trafilatura returns the comments as "
        "flat text (no author, date or reply lines), so near 0 is expected in its rows.",
        "",
        table(header, rows),
    ])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "html",
                    help="directory of whole HTML pages (skipped when absent)")
    ap.add_argument("--synthetic", type=int, default=40, metavar="N",
                    help="synthetic threads, each rendered as wpDiscuz and WordPress HTML")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")  # converters warn about markup; the scores say enough
    candidates = candidate_pages(args.corpus, args.synthetic)
    pages = truth_pages(candidates)
    body = report(measure(pages), pages, candidates, args.synthetic)
    publish("converted-text", body, write=not args.no_write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
