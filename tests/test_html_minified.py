"""Minified HTML reads as the pretty original does.

Caching and optimisation plugins (WP Rocket, Autoptimize, W3 Total Cache, Cloudflare) serve
many WordPress pages with the whitespace between tags collapsed or removed. A parser that took
its line breaks from the source's newlines would then glue a comment's name and date to its
text ("Robert Cline SR December 14, 2019 8:44 pm I posted..."). The minifiers here do what
those plugins do: whitespace runs become one space, and the space around block-level tags goes;
the content of ``pre``, ``textarea``, ``script`` and ``style`` is kept as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newscomments import parse_page
from newscomments.errors import PageRejected

FIXTURES = Path(__file__).parent / "fixtures" / "html"
_KEEP = re.compile(rb"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
_BLOCK_TAG = re.compile(
    rb"\s*(</?(?:address|article|aside|blockquote|body|div|dl|dd|dt|fieldset|figure|footer|form|"
    rb"h[1-6]|head|header|hr|html|li|main|nav|ol|p|section|table|tbody|td|th|thead|tr|ul|br)\b[^>]*>)\s*",
    re.I)


def _outside_kept(data: bytes, fn) -> bytes:
    parts = _KEEP.split(data)  # text, whole kept element, its name, text, ...
    return b"".join(fn(p) if i % 3 == 0 else p if i % 3 == 1 else b"" for i, p in enumerate(parts))


def collapse_spaces(data: bytes) -> bytes:
    return _outside_kept(data, lambda s: re.sub(rb"\s+", b" ", s))


def strip_block_spaces(data: bytes) -> bytes:
    return _outside_kept(collapse_spaces(data), lambda s: _BLOCK_TAG.sub(rb"\1", s))


def _facts(data: bytes):
    try:
        page = parse_page(data, page_id="p", suffix=".html")
    except PageRejected as e:
        return e.reason
    comments = [(c.author, " ".join(c.text.split()), c.native_id, c.parent_position, c.depth,
                 c.kind, c.posted, c.net_votes, c.likes) for c in page.comments]
    return page.format, comments, page.title, page.published, page.declared_comment_count


def _pages(folder: Path, pattern: str) -> list[Path]:
    # Front matter (static-site copies) is YAML: its line breaks are syntax, not whitespace.
    return [p for p in sorted(folder.glob(pattern)) if not p.read_bytes().lstrip().startswith(b"---")]


def test_minifier_changes_only_whitespace():
    page = b"<div>\n  <p>a  b</p>\n</div> <span>c</span>\n<pre>x\n  y</pre>"
    assert collapse_spaces(page) == b"<div> <p>a b</p> </div> <span>c</span> <pre>x\n  y</pre>"
    assert strip_block_spaces(page) == b"<div><p>a b</p></div><span>c</span> <pre>x\n  y</pre>"


def test_block_end_is_a_line_break():
    page = (b"<ol class='comment-list'><li class='comment' id='comment-7'><article class='comment-body'>"
            b"<footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>Ann</b></div>"
            b"<div class='comment-metadata'><time datetime='2024-03-01T10:00:00+00:00'>March 1, 2024</time>"
            b"</div></footer><div class='comment-content'><div>First line</div>second line</div>"
            b"</article></li></ol>")
    (comment,) = parse_page(page, page_id="p", suffix=".html").comments
    assert comment.author == "Ann"
    assert comment.text == "First line\nsecond line"


@pytest.mark.parametrize("minify", [collapse_spaces, strip_block_spaces])
@pytest.mark.parametrize("path", _pages(FIXTURES, "*.html"), ids=lambda p: p.stem)
def test_minified_fixture_reads_the_same(path, minify):
    data = path.read_bytes()
    assert _facts(minify(data)) == _facts(data)


@pytest.mark.parametrize("minify", [collapse_spaces, strip_block_spaces])
def test_minified_corpus_pages_read_the_same(corpus_dir, minify):
    pages = _pages(corpus_dir / "html", "*.html") + _pages(corpus_dir, "0*.html")
    assert len(pages) >= 32
    differ = [p.name for p in pages if _facts(minify(p.read_bytes())) != _facts(p.read_bytes())]
    assert differ == [], differ
