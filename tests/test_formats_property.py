"""Every registered format, on arbitrary and mutated input: a page or the documented rejection,
never another exception; and on every page the invariants hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscomments.errors import PageRejected
from newscomments.formats import FORMATS
from newscomments.model import AUTHOR_SOURCES, COMMENT_KINDS, EDGE_METHODS
from newscomments.options import ParseOptions

from .conftest import FIXTURES, SEED

SAMPLES = [SEED] + sorted(FIXTURES.glob("*/*.*"))


def _samples_for(module) -> list[bytes]:
    return [p.read_bytes() for p in SAMPLES if p.suffix in module.SUFFIXES]


def check_invariants(page) -> None:
    n = len(page.comments)
    assert [c.position for c in page.comments] == list(range(n))
    for c in page.comments:
        if c.parent_position is not None:
            assert 0 <= c.parent_position < c.position  # earlier, never itself
            assert c.parent_method in EDGE_METHODS
            assert c.parent_confidence is None or 0 <= c.parent_confidence <= 1
        assert c.author_source in AUTHOR_SOURCES
        assert (c.author is None) == (c.author_source == "unknown")
        assert c.kind in COMMENT_KINDS
        assert c.depth is None or c.depth >= 0
    if page.rating is not None:
        r = page.rating
        assert r.votes >= 0
        assert (r.value is None) == (r.votes == 0) or r.value is None
        assert r.value is None or r.scale_min <= r.value <= r.scale_max
    assert page.declared_comment_count is None or page.declared_comment_count >= 0


def mutate(data: bytes, ops) -> bytes:
    for kind, a, b, junk in ops:
        if not data:
            break
        i, j = sorted((a % len(data), b % len(data)))
        if kind == "delete":
            data = data[:i] + data[j:]
        elif kind == "duplicate":
            data = data[:j] + data[i:j] + data[j:]
        elif kind == "insert":
            data = data[:i] + junk + data[i:]
        elif kind == "truncate":
            data = data[:j]
        elif kind == "swap":
            data = data[i:j] + data[:i] + data[j:]
    return data


OPS = st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "insert", "truncate", "swap"]),
                         st.integers(0, 10**6), st.integers(0, 10**6),
                         st.binary(max_size=40) | st.sampled_from(
                             [b"<div>", b"</li>", b"<!--", b"Reply to\xc2\xa0 X\n", b"\n23-02-23 20:54\n",
                              b"<ol class='children'>", b"\x00", b"\xff\xfe"])),
              max_size=6)


def _run(module, data: bytes) -> None:
    try:
        page = module.parse(data, "p", ParseOptions())
    except PageRejected as exc:
        assert exc.reason and exc.message
        return
    check_invariants(page)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_has_sample_pages(name):
    assert _samples_for(FORMATS[name]), f"format {name} has no fixture page to be tested with"


@pytest.mark.parametrize("name", sorted(FORMATS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_pages_parse_or_are_rejected(name, data):
    module = FORMATS[name]
    samples = _samples_for(module)
    base = data.draw(st.sampled_from(samples))
    _run(module, mutate(base, data.draw(OPS)))


@pytest.mark.parametrize("name", sorted(FORMATS))
@settings(max_examples=60, deadline=None)
@given(blob=st.binary(max_size=2000) | st.text(max_size=2000).map(lambda s: s.encode("utf-8")))
def test_arbitrary_bytes_parse_or_are_rejected(name, blob):
    _run(FORMATS[name], blob)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_fixture_pages_satisfy_the_invariants(path: Path):
    import newscomments
    if path.name == "generic_no_article.html":  # the fixture of a page with neither
        with pytest.raises(PageRejected) as e:
            newscomments.parse_page(path)
        assert e.value.reason == "no-article"
        return
    check_invariants(newscomments.parse_page(path))


# Words of several languages, with and without non-ASCII letters, and joiners that are not
# letters: the byte path of the language guess must count them as the reference rule does.
_LANG_WORDS = ("the and of is that für die und der nicht est les une qui pour él más são não "
               "się że już değil için çok über café naïve l’homme d'un x2 co-op").split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LANG_WORDS), st.sampled_from([" ", "  ", ", ", ". ", "\n", "-", "’"])),
                min_size=0, max_size=60))
def test_language_byte_path_agrees_with_reference_rule(pairs):
    from newscomments.language import _WORD, _guess_by_words, _guess_bytes
    sample = "".join(w + sep for w, sep in pairs)
    assert _guess_bytes(sample.encode("utf-8")) == _guess_by_words(sample, _WORD.findall(sample))
