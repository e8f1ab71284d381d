"""Blogger's threaded comment layout in converted text (other_text's blogger system): records
headed "NAME DATE" (glued or spaced), closed by Blogger's action lines, nested by list indent."""

from __future__ import annotations

from pathlib import Path

import newscomments
from newscomments import formats
from newscomments.formats import other_text

FIX = Path(__file__).resolve().parent / "fixtures" / "text"


def parse(name: str):
    return newscomments.parse_page(FIX / name)


def test_inscriptis_glued_name_and_date_nested_by_indent():
    p = parse("blogger_threaded_inscriptis.txt")
    assert (p.format, p.comment_system, p.declared_comment_count) == ("other_text", "blogger", 5)
    assert [c.author for c in p.comments] == ["Tom Reed", "Ines Faro", "Pavel K.", "Anonymous",
                                              "Lucy Hart"]
    assert [c.posted.raw for c in p.comments] == [
        "March 9, 2021 at 10:02 AM", "March 9, 2021 at 11:40 AM", "March 9, 2021 at 1:05 PM",
        "March 10, 2021 at 7:30 AM", "March 11, 2021 at 9:12 PM"]
    assert [c.parent_position for c in p.comments] == [None, 0, 0, None, None]
    assert [c.parent_method for c in p.comments] == [None, "list-indent", "list-indent", None, None]
    assert [c.depth for c in p.comments] == [0, 1, 1, 0, 0]
    assert [c.text for c in p.comments] == [
        "The light on the water is lovely.", "Thank you! It was gone ten minutes later.",
        "Same here on Sunday.\nThe ferry was late again.", "Which paper do you use?",
        "Framed it yet?"]
    # "Load more..." is printed on every threaded page; all 5 counted comments are here.
    assert not p.truncated
    assert "Tom Reed" not in p.body and "watercolour of the gulls" in p.body


def test_german_action_labels():
    # A German blog prints Blogger's actions translated ("AntwortenLöschen", "Antworten",
    # "Löschen", "Kommentar hinzufügen", "Weitere laden..."): the same thread as in English.
    data = (FIX / "blogger_threaded_inscriptis.txt").read_bytes()
    for en, de in ((b"ReplyDelete", "AntwortenLöschen"), (b"Replies", "Antworten"), (b"Delete", "Löschen"),
                   (b"Reply", "Antworten"), (b"Add comment", "Kommentar hinzufügen"),
                   (b"Load more...", "Weitere laden..."), (b"Post a Comment", "Kommentar veröffentlichen"),
                   (b"5 comments:", "5 Kommentare:")):
        data = data.replace(en, de.encode())
    p = newscomments.parse_page(data, page_id="de", suffix=".txt")
    assert (p.comment_system, p.declared_comment_count, p.truncated) == ("blogger", 5, False)
    assert [c.author for c in p.comments] == ["Tom Reed", "Ines Faro", "Pavel K.", "Anonymous", "Lucy Hart"]
    assert [c.parent_position for c in p.comments] == [None, 0, 0, None, None]
    assert p.comments[2].text == "Same here on Sunday.\nThe ferry was late again."
    assert not any("Antworten" in c.text or "Löschen" in c.text for c in p.comments)


def test_french_action_labels():
    # The labels a real French blog prints ("RépondreSupprimer", "Réponses", "Supprimer",
    # "Répondre", "Ajouter un commentaire", "Charger la suite...").
    data = (FIX / "blogger_threaded_inscriptis.txt").read_bytes()
    for en, fr in ((b"ReplyDelete", "RépondreSupprimer"), (b"Replies", "Réponses"), (b"Delete", "Supprimer"),
                   (b"Reply", "Répondre"), (b"Add comment", "Ajouter un commentaire"),
                   (b"Load more...", "Charger la suite..."), (b"5 comments:", "5 commentaires:")):
        data = data.replace(en, fr.encode())
    p = newscomments.parse_page(data, page_id="fr", suffix=".txt")
    assert (p.comment_system, p.declared_comment_count, p.truncated) == ("blogger", 5, False)
    assert [c.author for c in p.comments] == ["Tom Reed", "Ines Faro", "Pavel K.", "Anonymous", "Lucy Hart"]
    assert [c.parent_position for c in p.comments] == [None, 0, 0, None, None]
    assert not any("Répondre" in c.text or "Supprimer" in c.text for c in p.comments)


def test_load_more_is_truncation_only_when_the_heading_counts_more():
    data = (FIX / "blogger_threaded_inscriptis.txt").read_bytes().replace(b"5 comments:", b"9 comments:")
    p = newscomments.parse_page(data, page_id="x", suffix=".txt")
    assert p.declared_comment_count == 9 and len(p.comments) == 5 and p.truncated


def test_markdown_links_permalink_epoch_and_avatar_list_markers():
    p = parse("blogger_threaded_markdown.md")
    assert (p.format, p.comment_system, p.declared_comment_count) == ("other_text", "blogger", 3)
    assert [c.author for c in p.comments] == ["Tom Reed", "Ines Faro", "Anonymous"]
    assert [c.posted.raw for c in p.comments] == [
        "March 9, 2021 at 10:02 AM", "March 9, 2021 at 11:40 AM", "March 10, 2021 at 7:30 AM"]
    assert p.comments[0].posted.utc.isoformat() == "2021-03-09T10:02:00+00:00"  # showComment=
    assert [c.native_id for c in p.comments] == ["9001", "9002", "9003"]
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert [c.text for c in p.comments] == [
        "The light on the water is lovely.\nIs it for sale?", "Not yet, sorry.",
        "Which paper do you use?"]
    assert not p.truncated


def test_german_dates_spaced_without_list_markers_are_flat():
    p = parse("blogger_threaded_german.txt")
    assert (p.format, p.comment_system, p.declared_comment_count) == ("other_text", "blogger", 3)
    assert [c.author for c in p.comments] == ["Jakob Wendt", "Marlene", "Anonym"]
    assert [c.posted.raw for c in p.comments] == [
        "3. November 2019 um 21:44", "4. November 2019 um 08:02", "5. November 2019 um 19:15"]
    assert [c.posted.local.isoformat() for c in p.comments] == [
        "2019-11-03T21:44:00", "2019-11-04T08:02:00", "2019-11-05T19:15:00"]
    assert [c.parent_position for c in p.comments] == [None, None, None]
    assert [c.depth for c in p.comments] == [None, None, None]
    assert [c.text for c in p.comments] == [
        "Wie schwer war er denn?", "Knapp zwölf Kilo!\nReicht für viel Suppe.", "Schöne Farbe."]


def test_detect_routes_threaded_pages_to_other_text():
    for name in ("blogger_threaded_inscriptis.txt", "blogger_threaded_markdown.md",
                 "blogger_threaded_german.txt"):
        data = (FIX / name).read_bytes()
        assert other_text.detect(data, Path(name).suffix) == 0.6
        assert formats.detect(data, Path(name).suffix).NAME == "other_text"


def test_header_line_forms():
    h = other_text._threaded_header
    assert h("   1. Jonas BergNovember 3, 2019 at 9:44 PM") == ("Jonas Berg", "November 3, 2019 at 9:44 PM", None)
    assert h("Greta Lind3. November 2019 um 21:44") == ("Greta Lind", "3. November 2019 um 21:44", None)
    assert h("Mia November 5, 2019 at 7:15 PM") == ("Mia", "November 5, 2019 at 7:15 PM", None)
    assert h("Anonymous[May 1, 2020 at 9:00 AM](https://x.invalid/p.html?showComment=1588323600000#c5)") \
        == ("Anonymous", "May 1, 2020 at 9:00 AM", "https://x.invalid/p.html?showComment=1588323600000#c5")
    # Text lines with a number are not headers.
    assert h("We walked it on 3 November 2019 at last.") is None
    assert h("See you at 5 PM") is None
    assert h("November 3, 2019 at 9:44 PM") is None  # a date alone has no name


def test_a_text_line_ending_with_a_date_does_not_split_a_comment():
    data = (FIX / "blogger_threaded_german.txt").read_bytes().replace(
        "Wie schwer war er denn?\n".encode(), "Wie schwer war er denn?\nGeerntet am 3. November 2019\n".encode())
    p = newscomments.parse_page(data, page_id="x", suffix=".txt")
    assert [c.author for c in p.comments] == ["Jakob Wendt", "Marlene", "Anonym"]
    assert p.comments[0].text == "Wie schwer war er denn?\nGeerntet am 3. November 2019"


def test_delete_label_in_more_locales_and_a_dump_ending_at_load_more():
    # fr_CA prints "Effacer" for Delete, es "Eliminar", pt_BR "Excluir", it "Elimina"; a dump
    # without a final newline that ends at "Load more..." is not cut (Blogger prints the link
    # on every threaded page).
    base = (FIX / "blogger_threaded_inscriptis.txt").read_bytes()
    for reply, word in (("Répondre", "Effacer"), ("Responder", "Eliminar"), ("Responder", "Excluir"),
                        ("Rispondi", "Elimina")):
        data = base.replace(b"ReplyDelete", (reply + word).encode()).replace(b"Delete", word.encode())
        data = data.replace(b"Reply\n", reply.encode() + b"\n")
        data = data[:data.index(b"Load more...") + len(b"Load more...")]
        assert b"Delete" not in data and not data.endswith(b"\n")
        p = newscomments.parse_page(data, page_id="x", suffix=".txt")
        assert (p.comment_system, p.truncation_reasons) == ("blogger", ()), word
        assert [c.author for c in p.comments] == ["Tom Reed", "Ines Faro", "Pavel K.", "Anonymous", "Lucy Hart"]
        assert not any(word in c.text for c in p.comments)
