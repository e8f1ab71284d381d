"""Adversarial inputs: each case with the behaviour it must have (issue: reliability)."""

from __future__ import annotations

import pytest

import newscomments
from newscomments.build import build
from newscomments.errors import PageRejected
from newscomments.options import Limits, ParseOptions

from .conftest import FIXTURES, SEED
from .pages import NBSP, wpdiscuz_text_page, write_pages

SEED_BYTES = SEED.read_bytes()


def parse(data: bytes, **kw):
    return newscomments.parse_page(data, page_id="p", suffix=".txt", **kw)


def _facts(page):
    return ([c.author for c in page.comments], [c.parent_position for c in page.comments],
            [c.text for c in page.comments], page.body, page.rating)


def test_empty_file_is_rejected():
    with pytest.raises(PageRejected) as e:
        parse(b"")
    assert e.value.reason == "empty"
    with pytest.raises(PageRejected):
        parse(b"  \n\n \t")


def test_binary_file_is_rejected():
    with pytest.raises(PageRejected) as e:
        parse(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert e.value.reason == "not-text"


def test_binary_data_without_a_known_signature_is_rejected_not_read_as_an_article():
    import random
    noise = random.Random(7).randbytes(3000)  # no magic number; decodes as cp1252 "text"
    for suffix in (".html", ".txt"):
        with pytest.raises(PageRejected) as e:
            newscomments.parse_page(noise, page_id="noise", suffix=suffix)
        assert e.value.reason == "not-text"
        assert "got binary data (" in str(e.value) and "of the first 3000 bytes are control bytes)" in str(e.value)
    with pytest.raises(PageRejected) as e:
        parse("A page saved as UTF-16 without its byte-order mark.\n".encode("utf-16-le"))
    assert e.value.reason == "not-text" and "UTF-16 without a BOM" in str(e.value)
    # a DOS banner's glyph bytes ("☺" is 0x01 in cp437) and a NUL tail of a cut download: text
    banner = bytes([1, 2, 3, 4]) * 40 + b"\n"
    assert len(parse(banner + SEED_BYTES[:2000]).body) > 100
    assert len(parse(SEED_BYTES + b"\x00" * 400).comments) == 5
    # Text with a few stray control bytes (a form feed, an escape, a NUL) is still a page.
    page = parse(SEED_BYTES.replace(b"\n\n", b"\n\x0c\n", 3).replace(b"Reply", b"Re\x00ply", 1))
    assert len(page.comments) == 5
    assert len(parse("Seite\n".encode("utf-16")).comments) == 0  # a BOM: decoded, not rejected


def test_utf8_bom_and_crlf_give_the_same_page():
    base = _facts(parse(SEED_BYTES))
    assert _facts(parse(b"\xef\xbb\xbf" + SEED_BYTES)) == base
    assert _facts(parse(SEED_BYTES.replace(b"\n", b"\r\n"))) == base
    assert _facts(parse(b"\xef\xbb\xbf" + SEED_BYTES.replace(b"\n", b"\r\n"))) == base


def test_utf16_with_bom_is_decoded():
    data = SEED.read_text(encoding="utf-8").encode("utf-16")
    assert _facts(parse(data)) == _facts(parse(SEED_BYTES))


def test_nul_bytes_are_dropped_not_fatal():
    page = parse(SEED_BYTES.replace(b"Russia can", b"Russia\x00 can", 1))
    assert page.comments[0].text.startswith("Russia can and will")
    assert len(page.comments) == 5


def test_legacy_cp1252_page_is_decoded_as_cp1252():
    text = wpdiscuz_text_page(1).replace("Comment 0 on story 1", "Caf\u00e9 \u2014 na\u00efve comment")
    page = parse(text.encode("cp1252"))
    assert page.comments[0].text.startswith("Caf\u00e9 \u2014 na\u00efve comment")


def test_one_bad_byte_does_not_redecode_a_utf8_page():
    data = SEED_BYTES.replace("T\u00fcrkiye".encode(), b"T\xfcrkiye", 1)  # one latin-1 byte
    page = parse(data)
    assert "you\u2019re down" in page.comments[2].text  # the rest is still read as UTF-8
    assert "\ufffd" in page.body


def test_mojibake_is_kept_as_printed():
    data = SEED_BYTES.replace("T\u00fcrkiye".encode(), "T\u00c3\u00bcrkiye".encode())
    page = parse(data)
    assert "T\u00c3\u00bcrkiye" in page.body and len(page.comments) == 5


def test_page_over_the_byte_cap_is_rejected_and_the_build_goes_on(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1])
    big = wpdiscuz_text_page(2).encode() + b"\n\n" + (b"x" * 1023 + b"\n") * (50 * 1024)  # > 50 MB
    (raw / "huge.txt").write_bytes(big)
    report = build([raw], tmp_path / "out")
    assert report.pages_parsed == 1 and report.pages_rejected == 1
    assert report.rejects[0]["reason"] == "too-large"
    assert "expected at most 20000000 bytes, got" in report.rejects[0]["message"]


def test_ten_thousand_comments_parse(tmp_path):
    page = parse(wpdiscuz_text_page(3, comments=10_000).encode())
    assert len(page.comments) == 10_000
    assert sum(c.parent_position is not None for c in page.comments) == 5_000
    assert all(c.parent_position == c.position - 1 for c in page.comments if c.parent_position is not None)


def test_comment_cap_rejects_with_its_reason():
    with pytest.raises(PageRejected) as e:
        parse(wpdiscuz_text_page(3, comments=60).encode(),
              options=ParseOptions(limits=Limits(max_comments=50)))
    assert e.value.reason == "too-many-comments"


def _page(records: list[tuple[str | None, str | None, str]]) -> bytes:
    lines = ["A short story about a vote.", "", "Notify of", "", "Inline Feedbacks", "View all comments"]
    for author, reply, time in records:
        if author:
            lines.append(author)
        if reply:
            lines.append(f"Reply to{NBSP} {reply}")
        lines += [f"24-03-05 {time}", "", f"Text written at {time}.", ""]
    return "\n".join(lines).rstrip().encode()


def test_reply_to_a_name_that_never_appears_and_no_unsigned_comment_stays_root():
    page = parse(_page([("Ann", None, "10:00"), ("Bob", "Zed", "10:05")]))
    assert [c.parent_position for c in page.comments] == [None, None]
    assert page.comments[1].reply_to_name == "Zed"
    assert any("Reply to Zed" in n for n in page.notes)


def test_named_parent_that_only_appears_later_is_never_pointed_to():
    page = parse(_page([("Cat", "Ann", "10:00"), ("Ann", None, "10:05")]))
    assert [c.parent_position for c in page.comments] == [None, None]


def test_reply_never_points_forward_or_to_itself():
    page = parse(_page([(None, None, "10:00"), ("Bob", "Ann", "10:01"), ("Ann", "Bob", "10:02"),
                        ("Cy", "Cy", "10:03")]))
    parents = [c.parent_position for c in page.comments]
    assert parents == [None, 0, 1, None]
    assert page.comments[0].author == "Ann" and page.comments[0].author_source == "inferred"


def test_dates_in_the_future_are_kept_as_printed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "future.txt").write_bytes(_page([("Ann", None, "10:00")]).replace(b"24-03-05", b"2099-03-05"))
    build([raw], tmp_path / "out")
    row = newscomments.load("comments", data_dir=tmp_path / "out")
    rows = [r for s in row.values() for r in s.to_list()]
    assert str(rows[0]["posted_at"]) == "2099-03-05 10:00:00"


def test_comments_without_an_article_give_an_article_with_an_empty_body():
    data = b"\n".join(_page([("Ann", None, "10:00"), ("Bob", "Ann", "10:05")]).split(b"\n")[2:])
    page = parse(data)
    assert page.body == "" and len(page.comments) == 2
    assert page.comments[1].parent_position == 0


def test_two_pages_with_one_url_keep_the_first(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, [1, 2])
    (raw / "sources.tsv").write_text(
        "page_id\tfile\tsha256\tformat\turl\tcrawled_at\n"
        "page_0001\tpage_0001.txt\t\t\thttps://news.example/a\t\n"
        "page_0002\tpage_0002.txt\t\t\thttps://news.example/a/\t\n")
    report = build([raw], tmp_path / "out")
    assert (report.pages_read, report.pages_parsed, report.pages_duplicate) == (2, 1, 1)
    assert report.duplicates[0]["reason"] == "same-url" and report.duplicates[0]["duplicate_of"] == "page_0001"


# --- HTML pages: encodings and size (the hostile-markup cases are in test_html_formats.py) ---

WPD = FIXTURES / "html" / "wpd_nested.html"


def _html_facts(data: bytes):
    page = newscomments.parse_page(data, page_id="h", suffix=".html")
    return page.title, [c.author for c in page.comments], [c.parent_position for c in page.comments], page.body


def test_cp1252_html_without_declared_charset_comes_out_right():
    text = WPD.read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
    title, authors, parents, body = _html_facts(text.encode("cp1252"))
    assert title == "Br\u00fccken \u00fcber den Fluss"
    assert (authors, parents) == (["Karl", "Berta", "Karl", "Dora"], [None, 0, 1, None])


def test_utf16_html_with_bom_comes_out_right():
    assert _html_facts(WPD.read_text(encoding="utf-8").encode("utf-16")) == _html_facts(WPD.read_bytes())


def test_fifty_megabyte_html_page_is_rejected_and_the_build_goes_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ok.html").write_bytes(WPD.read_bytes())
    filler = b"<p>" + b"lorem ipsum " * 80 + b"</p>\n"
    (raw / "huge.html").write_bytes(WPD.read_bytes().replace(b"</body>", filler * (50_000_000 // len(filler)) + b"</body>"))
    report = build([raw], tmp_path / "out")
    assert (report.pages_parsed, report.pages_rejected) == (1, 1)
    assert report.rejects[0]["page_id"] == "huge" and report.rejects[0]["reason"] == "too-large"
