"""Golden tests: the HTML formats on the real pages of the shared corpus (skipped when the
corpus is absent). Expectations and how they were checked: tests/expected/html/README.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscomments import formats
from newscomments.options import ParseOptions

from .html_expectations import record

EXPECTED = Path(__file__).parent / "expected" / "html"
CASES = sorted(p for p in EXPECTED.glob("*.json"))


def _parse(corpus_dir: Path, rel: str):
    data = (corpus_dir / rel).read_bytes()
    module = formats.detect(data, ".html")
    return module.parse(data, Path(rel).stem, ParseOptions())


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_page_matches_expectation(corpus_dir, case):
    expected = json.loads(case.read_text(encoding="utf-8"))
    page = _parse(corpus_dir, expected.pop("corpus_file"))
    assert record(page) == expected


def test_every_corpus_html_page_has_an_expectation(corpus_dir):
    pages = {p.stem for p in (corpus_dir / "html").glob("*.html")}
    pages |= {p.stem for p in corpus_dir.glob("0*.html")}
    assert pages == {c.stem for c in CASES}


def test_parents_are_earlier_and_depths_consistent(corpus_dir):
    for case in CASES:
        rel = json.loads(case.read_text(encoding="utf-8"))["corpus_file"]
        page = _parse(corpus_dir, rel)
        for c in page.comments:
            if c.parent_position is None:
                assert c.depth in (0, None), (rel, c.position)
            else:
                assert c.parent_position < c.position, (rel, c.position)
                assert c.depth == page.comments[c.parent_position].depth + 1, (rel, c.position)


def test_idlix_thread_details(corpus_dir):
    page = _parse(corpus_dir, "014_idlix-id-wpdiscuz-html-thread-excerpt.html")
    reply = page.comments[1]
    assert (reply.native_id, reply.parent_position, reply.parent_method) == ("62173", 0, "native-parent-id")
    assert reply.reply_to_name == "Rendy"
    assert [c.net_votes for c in page.comments] == [11, 5, 3, 0, -4]
    assert page.comments[0].posted.local.isoformat() == "2025-01-30T19:55:00"
    assert page.comments[0].text == "Kapan ini episode 3-4"
    assert any("62708" in n for n in page.notes)
    assert page.truncated and "load-more" not in page.truncation_reasons


def test_lemire_times_have_utc(corpus_dir):
    page = _parse(corpus_dir, "003_lemire-128bit-wpnative-commentlist.html")
    first = page.comments[0]
    assert first.posted.raw == "November 17, 2018 at 4:51 am"
    assert first.posted.utc.isoformat() == "2018-11-17T04:51:01+00:00"
    assert first.author_source == "explicit" and first.native_id == "365459"


def test_wordpress_com_likes(corpus_dir):
    page = _parse(corpus_dir, "024_toidicodedao-vi-wpcom-html-commentlikes-excerpt.html")
    assert [c.likes for c in page.comments] == [0, 0, 1, 0, 0]


def test_russian_dates_and_cut_last_comment(corpus_dir):
    page = _parse(corpus_dir, "022_ravesli-ru-wpnative-html-commentlist-excerpt.html")
    assert page.comments[0].posted.local.isoformat() == "2021-01-30T10:29:00"
    assert page.declared_comment_count == 55
    assert page.comments[-1].author == "cybersatori"


def test_kubrick_pingbacks(corpus_dir):
    page = _parse(corpus_dir, "033_jeremyscheff-voteanddie-archived-wp-pingbacks.html")
    assert [c.kind for c in page.comments] == ["pingback", "pingback"]
    assert page.comments[0].posted.local.isoformat() == "2013-11-13T19:13:00"
    assert page.comments[0].text.startswith("[…]")


_REPLY_LABELS = frozenset(s.casefold() for s in [
    "Reply", "Antworten", "Responder", "Répondre", "Rispondi", "Ответить", "Log in to Reply"])


def test_comment_texts_hold_no_header_and_no_reply_link(corpus_dir):
    # A comment's text is what its author wrote: not the name and date line above it (themes
    # that put .comment-meta inside .comment-content) and not the reply link below it.
    for case in CASES:
        rel = json.loads(case.read_text(encoding="utf-8"))["corpus_file"]
        for c in _parse(corpus_dir, rel).comments:
            lines = [x.strip() for x in c.text.split("\n") if x.strip()]
            if not lines:
                continue
            if c.kind == "comment":  # a pingback's text is the linking page's title, as its author
                assert not (c.author and lines[0] == c.author), (rel, c.position, c.text[:80])
            assert lines[-1].casefold() not in _REPLY_LABELS, (rel, c.position, c.text[-80:])
            if c.posted is not None and c.posted.raw:
                assert c.posted.raw.strip() not in lines[:2], (rel, c.position, c.text[:80])


def test_depths_agree_with_the_items_depth_classes(corpus_dir):
    # comment_class() writes depth-N on every WordPress item: the nesting the parser recovers
    # (parents, depth) must agree with it, whatever the theme does with the markup around.
    import re

    from selectolax.lexbor import LexborHTMLParser

    from newscomments.htmlpage import selectors as S
    checked = 0
    for case in CASES:
        rel = json.loads(case.read_text(encoding="utf-8"))["corpus_file"]
        page = _parse(corpus_dir, rel)
        if page.format != "wordpress_html":
            continue
        depth_of = {}
        for node in LexborHTMLParser((corpus_dir / rel).read_bytes()).css("[class*=depth-]"):
            m, d = S.WP_ID.match(node.attributes.get("id") or ""), re.search(
                r"(?:^|\s)depth-(\d+)(?:\s|$)", node.attributes.get("class") or "")
            if m and d:
                depth_of[m.group("id")] = int(d.group(1)) - 1
        for c in page.comments:
            if c.native_id in depth_of:
                assert c.depth == depth_of[c.native_id], (rel, c.native_id)
                checked += 1
    assert checked >= 500
