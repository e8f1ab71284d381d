"""Hand-written fixture pages, one per layout variant, with exact expectations."""

from __future__ import annotations

from pathlib import Path

import pytest

import newscomments
from newscomments import formats
from newscomments.errors import PageRejected
from newscomments.formats import textblocks as tb, textpage

FIX = Path(__file__).resolve().parent / "fixtures" / "text"


def parse(name: str):
    return newscomments.parse_page(FIX / name)


def test_wpdiscuz_markdown_avatar_badge_share_id_reply_link_trackback():
    p = parse("wpdiscuz_markdown_reply_link.md")
    assert p.format == "wpdiscuz_text" and p.comment_system == "wpdiscuz"
    assert p.title == "Test post" and p.body == "Body paragraph one."
    assert [c.author for c in p.comments] == ["Ann Lee", "Bob", "Some Linking Post – Other Blog"]
    assert [c.native_id for c in p.comments] == ["101", "102", None]
    assert [c.net_votes for c in p.comments] == [4, -1, 0]
    assert [c.kind for c in p.comments] == ["comment", "comment", "trackback"]
    assert p.comments[0].text == "First line\nsecond line with a *star*"  # hard break, unescaped
    bob = p.comments[1]
    assert (bob.parent_position, bob.parent_method, bob.reply_to_name) == (0, "reply-link-id", "Ann Lee")
    assert p.comments[0].posted.precision == "relative" and p.comments[0].posted.local is None
    # "Load More Comments" with all 3 declared comments present is not truncation.
    assert p.declared_comment_count == 3 and not p.truncated


def test_wordpress_nested_markdown_list_indent_and_front_matter_date_rule():
    p = parse("wordpress_says_nested.md")
    assert p.format == "wordpress_text"
    assert [c.author for c in p.comments] == ["Alice", "Bob Smith", "Carol"]
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert p.comments[1].parent_method == "list-indent" and p.comments[1].depth == 1
    assert [c.native_id for c in p.comments] == ["1", "2", "3"]
    assert p.comments[2].text == "Line one\nline two"
    # The URL's date wins over the front-matter date (often a crawl date).
    assert p.published.local.isoformat() == "2024-05-06T00:00:00"
    # The "Recent Comments" sidebar is not read.
    assert len(p.comments) == 3 == p.declared_comment_count


def test_wordpress_flat_text_says_dice_pingback():
    p = parse("wordpress_says_flat.txt")
    assert [c.author for c in p.comments] == ["Dana", "A linking page | Some Site", "Eve"]
    assert [c.kind for c in p.comments] == ["comment", "pingback", "comment"]
    assert p.comments[0].posted.local.isoformat() == "2017-04-20T04:24:00"
    assert p.comments[2].posted.local.isoformat() == "2016-05-19T21:48:00"
    assert [c.text for c in p.comments] == ["Question about the post?", "", "Respuesta."]


def test_wpdiscuz_edited_note_votes_and_guest_label():
    # Padded dump: "Last edited AGE by NAME" sits between the text and the vote footer, and a
    # commenter shown only as "Guest" (also a comment-form label) heads a record.
    p = parse("wpdiscuz_padded_edited_guest.txt")
    assert p.format == "wpdiscuz_text" and p.declared_comment_count == 4 and not p.truncated
    assert [c.author for c in p.comments] == ["Maria Lopez", "Tom Becker", "Guest", "Maria Lopez"]
    assert [c.author_source for c in p.comments] == ["explicit", "explicit", "inferred", "explicit"]
    assert [c.net_votes for c in p.comments] == [5, 1, -2, 0]
    assert p.comments[1].text == "Terrifying is a bit much, but I agree it needs fixing."
    assert [c.parent_position for c in p.comments] == [None, 0, None, 2]
    assert [c.posted.raw for c in p.comments] == ["2 years ago"] * 3 + ["1 year ago"]


def test_wpdiscuz_edited_note_without_blank_line_and_name_with_initial():
    p = parse("wpdiscuz_tight_edited_initial.txt")
    assert [c.author for c in p.comments] == ["Maria Lopez", "Tom Becker", "Anna K."]
    assert [c.text for c in p.comments] == [
        "Finally! I have been waiting for this for ages.", "Terrifying is a bit much.", "Great news."]
    assert p.comments[1].parent_position == 0
    assert p.comments[2].posted.local.isoformat() == "2023-03-04T07:02:00"
    assert p.declared_comment_count == 3 and not p.truncated  # Load More with all 3 present


def test_wpdiscuz_german_chrome_count_votes_and_edit_note():
    # wpDiscuz's German strings (as on a real German page): "Benachrichtige mich bei",
    # "Inline Feedback", "Alle Kommentare anzeigen", "3\nKommentare", "Antworten" footers.
    p = parse("wpdiscuz_german_chrome.txt")
    assert p.format == "wpdiscuz_text" and p.language == "de" and p.declared_comment_count == 3
    assert [c.author for c in p.comments] == ["Radlerin", "Peter M.", "Händler"]
    assert [c.net_votes for c in p.comments] == [4, 0, -3]
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert p.comments[1].text == "Gefährlich ist übertrieben, aber besser wird es sicher."
    assert [c.posted.precision for c in p.comments] == ["relative"] * 3
    assert not p.truncated and "Abonnieren" not in p.body


# wpDiscuz's shipped translations of its chrome (French: wpdiscuz-fr_FR.po, Italian:
# wpdiscuz-it_IT.l10n.php, Russian: wpdiscuz-ru_RU.po), each on a self-written page with a
# count header, a "Reply to" marker and vote counts over the translated Reply button.
_TRANSLATED_CHROME = {
    "wpdiscuz_french_chrome.txt": (
        "fr", ["Lectrice assidue", "Gérard", "Voisin"], [5, 1, -2],
        ["Enfin ! La salle était devenue bien trop petite.\nJ'y passerai dès samedi.",
         "Les horaires du soir, c'est surtout ça la bonne nouvelle.",
         "Et le parking, toujours rien de prévu ?"],
        ["S’abonner", "Notifier de", "nouvelles réponses à mes commentaires", "Plus récent",
         "Commentaires en ligne", "Afficher tous les commentaires", "Répondre"]),
    "wpdiscuz_italian_chrome.txt": (
        "it", ["Pendolare", "Marta B.", "Studente"], [7, 2, 0],
        ["Finalmente una buona notizia per chi lavora di sera.",
         "Speriamo che rispettino davvero gli orari.", "E le fermate in periferia?"],
        ["Iscriviti", "Notificami", "nuove repliche ai miei commenti", "Più recenti",
         "Feedback in linea", "Visualizza tutti i commenti", "Rispondi"]),
    "wpdiscuz_russian_chrome.txt": (
        "ru", ["Ольга", "Сергей К.", "Гость из соседнего района"], [6, 1, -1],
        ["Отличная новость, дети будут рады.\nВ прошлом году очереди были огромные.",
         "Надеюсь, в этот раз прокат будет дешевле.", "А парковку у парка расширят?"],
        ["Подписаться", "Уведомить о", "новых ответах на мои комментарии", "Популярные",
         "Межтекстовые Отзывы", "Посмотреть все комментарии", "Ответить"]),
    # Brazilian Portuguese: wpDiscuz 7's pt_BR language pack (wpdiscuz-pt_BR.l10n.php).
    "wpdiscuz_portuguese_chrome.txt": (
        "pt", ["Professora Lúcia", "Renato", "Morador do bairro"], [6, 2, -1],
        ["Meus alunos estão ansiosos, prepararam um robô de papelão.\nVamos chegar cedo!",
         "Que legal, vou levar meus filhos para ver o robô.", "E onde vai ser o estacionamento?"],
        ["Inscrever-se", "Notificar de", "novas respostas aos meus comentários", "mais recentes",
         "Feedbacks embutidos", "Ver todos os comentários", "Responder", "Acessar para comentar"]),
}


@pytest.mark.parametrize("name", sorted(_TRANSLATED_CHROME))
def test_wpdiscuz_translated_chrome(name):
    language, authors, votes, texts, chrome = _TRANSLATED_CHROME[name]
    p = parse(name)
    assert p.format == "wpdiscuz_text" and p.comment_system == "wpdiscuz"
    assert p.language == language and p.declared_comment_count == 3 and not p.truncated
    assert [c.author for c in p.comments] == authors
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert [c.parent_method for c in p.comments] == [None, "reply-marker-named", None]
    assert p.comments[1].reply_to_name == authors[0]
    assert [c.net_votes for c in p.comments] == votes
    assert [c.text for c in p.comments] == texts  # the "Last edited" notes are not text
    assert [c.posted.precision for c in p.comments] == ["relative"] * 3
    body_lines = set(p.body.splitlines())
    assert not body_lines & set(chrome) and p.body.count("\n\n") == 2  # title + 2 paragraphs
    assert all(line not in c.text for c in p.comments for line in chrome)


def test_wpdiscuz_polish_chrome_with_absolute_dates():
    # wpDiscuz 7's Polish language pack (wpdiscuz-pl_PL.l10n.php) on a self-written page that
    # prints absolute dates (relative ages: test_polish_edit_note_is_no_comment_text).
    p = parse("wpdiscuz_polish_chrome.txt")
    assert p.format == "wpdiscuz_text" and p.comment_system == "wpdiscuz"
    assert p.language is None  # two stop words in a two-sentence body: too little to tell
    assert p.declared_comment_count == 3 and not p.truncated
    assert [c.author for c in p.comments] == ["Rowerzystka", "Tomek", "Sąsiad"]
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert [c.parent_method for c in p.comments] == [None, "reply-marker-named", None]
    assert p.comments[1].reply_to_name == "Rowerzystka"
    assert [c.net_votes for c in p.comments] == [8, 3, -2]
    assert [c.text for c in p.comments] == [
        "Wreszcie można dojechać do pracy bez stania w korkach.\nPolecam wszystkim!",
        "Zgadzam się, tylko oświetlenia wieczorem brakuje.", "A co z parkingiem dla samochodów?"]
    assert [c.posted.local.isoformat() for c in p.comments] == [
        "2024-03-12T14:05:00", "2024-03-12T15:20:00", "2024-03-12T16:45:00"]
    chrome = ["Subskrybuj", "Powiadom o", "nowe odpowiedzi na moje komentarze", "Najnowsze",
              "Opinie w linii", "Zobacz wszystkie komentarze", "Odpowiedz", "Komentarze"]
    assert not set(p.body.splitlines()) & set(chrome) and p.body.count("\n\n") == 2
    assert all(line not in c.text for c in p.comments for line in chrome)


def test_wordpress_theme_without_says_name_then_date():
    p = parse("wordpress_no_says.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3 and not p.truncated
    assert [c.author for c in p.comments] == ["Maria Lopez", "Tom Becker", "Anna K."]
    assert [c.text for c in p.comments] == [
        "Finally! I have been waiting for this for ages.", "Terrifying is a bit much.", "Great news."]
    assert p.comments[2].posted.local.isoformat() == "2023-03-04T07:02:00"
    md = parse("wordpress_no_says_linked.md")
    assert [(c.author, c.native_id, c.text) for c in md.comments] == [
        ("Jo Brandt", "501", "Our 1930s house works fine with one."), ("Sam", "502", "What about noise?")]


def test_wordpress_log_in_to_reply_is_no_text():
    p = parse("wordpress_says_login_to_reply.txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3
    assert [c.author for c in p.comments] == ["Maria Lopez", "Tom Becker", "Anna K."]
    assert [c.text for c in p.comments] == [
        "Finally! I have been waiting for this for ages.",
        "Terrifying is a bit much.\nBut I agree it needs fixing.", "Great news."]


@pytest.mark.parametrize("line, expected", [
    ("Anna K.", True), ("John Smith Jr.", True), ("Maria Lopez", True),
    ("This is a sentence.", False), ("Great news.", False), ("Really?", False)])
def test_looks_like_name(line, expected):
    assert tb.looks_like_name(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("Last edited 2 years ago by Tom Becker", True), ("Zuletzt bearbeitet vor 3 Tagen von Anna", True),
    ("Dernière modification le il y a 1 heure par Gérard", True),
    ("Ultima modifica 1 ora fa di Marta B.", True),
    ("Последний раз редактировалось 2 часа назад Ольга", True), ("Последний раз я был там", False),
    ("Última edição 1 hora atrás por Renato", True),
    ("Ostatnio edytowano 2 godziny temu przez Tomek", True),
    ("Last edited by the committee, the report was late.", False), ("Last week by the river", False)])
def test_edited_note(line, expected):
    assert (tb.EDITED_NOTE.match(line) is not None) is expected


def test_disqus_parent_from_link_id():
    p = parse("disqus_clip.md")
    assert p.comment_system == "disqus" and p.declared_comment_count == 2
    assert [c.author for c in p.comments] == ["Zed Q", "Yan"]
    assert p.comments[1].parent_position == 0 and p.comments[1].parent_method == "reply-link-id"


def test_blogger_said_in_other_languages():
    # Blogger's "NAME said..." in the blog's language (German with "…"), its "N Kommentare:"
    # heading, and the translated "Post a Comment" link ending the list.
    p = parse("blogger_german_said.txt")
    assert (p.comment_system, p.declared_comment_count) == ("blogger", 3)
    assert [c.author for c in p.comments] == ["Henrike", "Till", "Anonym"]
    assert [c.posted.raw for c in p.comments] == ["12. März 2011 um 18:44", "12. März 2011 um 20:30",
                                                  "13. März 2011 um 14:05"]
    assert p.comments[1].text == "Leinöl, zweimal.\nDanke!"
    assert "Henrike" not in p.body and "Bank aus Eichenbohlen" in p.body
    p = parse("blogger_french_said.md")
    assert [(c.author, c.native_id) for c in p.comments] == [("Anne-Laure", "301"), ("Paul", "302")]
    assert p.comments[0].posted.utc.isoformat() == "2021-06-05T07:12:00+00:00"  # showComment= epoch
    assert p.comments[1].text == "Oui, à l'aube, pour éviter la chaleur."


def test_page_without_comment_system_is_an_article_with_zero_comments():
    p = parse("no_comments.txt")
    assert p.comments == () and p.comment_system == "none" and "two paragraphs" in p.body


def test_every_text_format_is_registered_and_pure():
    for name in ("wpdiscuz_text", "wordpress_text", "other_text"):
        module = formats.FORMATS[name]
        assert module.NAME == name and module.VERSION.startswith(name)
        assert ".txt" in module.SUFFIXES


def test_empty_page_is_rejected():
    with pytest.raises(PageRejected):
        newscomments.parse_page(b"   \n", page_id="x", suffix=".md")


@pytest.mark.parametrize("line,expected", [
    ("36 Comments", (36, None)),
    ("## 19 thoughts on “The Cloudflare Outage”", (19, "The Cloudflare Outage")),
    ("**22 Responses to “Getting Physical With Memory”**", (22, "Getting Physical With Memory")),
    (".. rubric:: 12 Responses to “Monads”", (12, "Monads")),
    ("### 11 comentarios en “Índice de niebla”", (11, "Índice de niebla")),
    ("Комментариев: 55", (55, None)),
    ("《“小火箭”（Shadowrocket）最全使用教程》有81个想法", (81, "“小火箭”（Shadowrocket）最全使用教程")),
    ("- [7 comments]()", (7, None)),
    ("## 「春の庭」への2件の返信", (2, None)),  # ja core since Twenty Twenty
    ("12件の返信", (12, None)),
    ("“봄 정원”에 대한 3개의 생각", (3, "봄 정원")),  # ko core
    ("3개의 생각", (3, None)),
    ("4 comments for “ If You Want to Fail ”", (4, "If You Want to Fail")),  # spaces inside the quotes
    ("**댓글 (12개)**", (12, None)),
    ("#### 7 comments:", (7, None)),
    ("[417]{.wpdtc title=\"417\"} Comments", (417, None)),
    ("I have 3 comments about this post and more", None),
])
def test_count_headers(line, expected):
    assert textpage.count_header(line) == expected


@pytest.mark.parametrize("tokens,value,votes", [
    ("4.5 2 votes", 4.5, 2), ("5 3 votes", 5.0, 3), ("3 1 vote", 3.0, 1), ("0 0 votes", None, 0),
    ("4.77votes", 4.7, 7), ("5\n1\nvote", 5.0, 1),
])
def test_rating_forms(tokens, value, votes):
    r = tb.parse_rating(tokens)
    assert (r.value, r.votes) == (value, votes)


def test_markdown_plain():
    assert tb.plain(r"**[Gerg? Móricz](https://mogery.me)**") == "Gerg? Móricz"
    assert tb.plain(r"!\[Image\](x) Name\*").strip() == "Name*"
    assert tb.plain("|image3| `Bartosz Milewski <http://b.com>`__ Says:") == "Bartosz Milewski Says:"
    # CommonMark destinations may hold balanced parentheses: no ")" is left behind
    assert tb.plain("[Support (0)](javascript:void(0);) see [Foo](https://en.wikipedia.org/wiki/Foo_(bar)).") \
        == "Support (0) see Foo."
    assert tb.plain("[![copy](img/copy.gif)](javascript:void(0);)Written by [Ann](/author/ann)") == "Written by Ann"
    # an unbalanced "(" in a URL still ends at the first ")": the link's label, no markup left
    assert tb.plain("See [the old timetable](http://x.example/q=(ferry) for Sundays.") == "See the old timetable for Sundays."


def test_wpdiscuz_role_labels_are_no_names():
    # wpDiscuz prints the commenter's WordPress role under the name ("Editor", "Subscriber").
    p = parse("wpdiscuz_role_labels.txt")
    assert [c.author for c in p.comments] == ["Jo Brandt", "Sam", None]
    assert [c.parent_position for c in p.comments] == [None, 0, None]
    assert [c.text for c in p.comments] == [
        "Our 1930s house works fine with one.", "What about noise?", "Quiet enough."]


def test_wordpress_singular_count_header_and_title_line():
    # WordPress writes "One thought on “T”" for one comment; the headline printed as the dump's
    # first line is the title, not a body paragraph.
    p = parse("wordpress_one_thought.txt")
    assert p.declared_comment_count == 1 and p.title == "Heat pumps in old houses"
    assert p.body == "Most older houses can be heated with a heat pump once the radiators are checked."
    assert [c.author for c in p.comments] == ["Jo Brandt"]


@pytest.mark.parametrize("line, expected", [
    ("One thought on “Bike lanes”", (1, "Bike lanes")), ("One Reply to “Bike lanes”", (1, "Bike lanes")),
    ("Ein Gedanke zu „Bike lanes“", (1, "Bike lanes")), ("2 Gedanken zu „Bike lanes“", (2, "Bike lanes")),
    ("Une réflexion sur « Bike lanes »", (1, "Bike lanes")), ("Una respuesta a «Bike lanes»", (1, "Bike lanes")),
    ("4 Kommentare zu „Bike lanes“", (4, "Bike lanes")), ("Comments (12)", (12, None)),
    # pt_BR core: "N respostas para “T”" / "Uma resposta para “T”"; tr: "2 yorum"
    ("6 respostas para “Bike lanes”", (6, "Bike lanes")), ("Uma resposta para “Bike lanes”", (1, "Bike lanes")),
    ("2 yorum", (2, None)), ("20 Responses", (20, None)), ("5 risposte a “Bike lanes”", (5, "Bike lanes")),
    ("One reply to the question is no.", None), ("One of the best", None)])
def test_count_header_forms(line, expected):
    assert textpage.count_header(line) == expected


def test_reader_mode_markdown_header_is_metadata():
    # A reader-mode converter's header ("Title:", "URL Source:", "Published Time:",
    # "Markdown Content:") gives the article fields and stays out of the body.
    p = parse("wpdiscuz_reader_mode.md")
    assert p.title == "Harbour gets a new ferry"
    assert p.url == "https://harbour.example.com/new-ferry/"
    assert p.published.utc.isoformat() == "2024-04-02T08:00:00+00:00"
    assert p.body.startswith("The harbour authority bought") and "Markdown Content" not in p.body
    assert [(c.author, c.net_votes, c.parent_position) for c in p.comments] == [
        ("Ruth", 4, None), ("Lee Harper", 0, 0)]


def test_wordpress_says_and_date_on_one_line():
    p = parse("wordpress_says_date_one_line.txt")
    assert p.declared_comment_count == 3 and not p.truncated
    assert [c.author for c in p.comments] == ["Maria Lopez", "Tom Becker", "Anna K."]
    assert [c.posted.local.isoformat() for c in p.comments] == [
        "2023-03-03T20:54:00", "2023-03-03T21:10:00", "2023-03-04T07:02:00"]
    assert [c.text for c in p.comments] == [
        "Finally! I have been waiting for this for ages.", "Terrifying is a bit much.", "Great news."]


def test_reply_marker_prefers_the_replys_own_thread():
    # wpDiscuz prints each thread whole: "Reply to Ann" under the second root answers that
    # thread's unsigned comment, not Ann's signed comment in the first thread.
    from newscomments.replies import resolve_marker_fields
    records = [dict(author="Ann", reply_to_name=None), dict(author=None, reply_to_name=None),
               dict(author="Bob", reply_to_name="Ann")]
    resolve_marker_fields(records, threads_in_order=True)
    assert records[2]["parent_position"] == 1 and records[1]["author"] == "Ann"
    assert records[2]["parent_method"] == "reply-marker-unnamed"
    plain = [dict(author="Ann", reply_to_name=None), dict(author=None, reply_to_name=None),
             dict(author="Bob", reply_to_name="Ann")]
    resolve_marker_fields(plain)  # without the thread rule: the nearest comment signed Ann
    assert plain[2]["parent_position"] == 0


def test_wpdiscuz_vote_counts_without_reply_lines():
    # Every record ends with a lone signed number (the Reply button was an icon): net votes.
    p = parse("wpdiscuz_votes_without_reply.txt")
    assert [c.net_votes for c in p.comments] == [4, 0, -2]
    assert [c.text for c in p.comments] == [
        "About time. The old one was always full.", "It was. The new one doubles the seats.",
        "Will fares go up?"]
    assert p.comments[1].parent_position == 0


@pytest.mark.parametrize("line, expected", [
    ("3 comentários", 3), ("5 komentarzy", 5), ("4 komentarze", 4), ("7 yorum", 7), ("12 Comments", 12),
    ("3 comets", None)])
def test_wpdiscuz_count_line_languages(line, expected):
    assert tb.count_header(line) == expected


def test_polish_edit_note_is_no_comment_text():
    text = ("Ruth\n2 godziny temu\n\nDobry pomysł.\n\nOstatnio edytowano 1 godzinę temu przez Ruth\n\n"
            "3\nOdpowiedz\nTomek\n1 godzinę temu\n\nZgoda.\n\n0\nOdpowiedz\n")
    page = "Artykuł.\n\nNotify of\nInline Feedbacks\nView all comments\n" + text
    p = newscomments.parse_page(page.encode("utf-8"), page_id="pl", suffix=".txt")
    assert [(c.author, c.text, c.net_votes) for c in p.comments] == [
        ("Ruth", "Dobry pomysł.", 3), ("Tomek", "Zgoda.", 0)]
    assert [c.posted.precision for c in p.comments] == ["relative", "relative"]


@pytest.mark.parametrize("text, lang", [
    ("Rada miasta przegłosowała we wtorek sieć dróg rowerowych. Zwolennicy mówią, że to jest "
     "bezpieczniejsze, ale nie wszyscy są przekonani, że miasto może to zrobić tak szybko.", "pl"),
    ("Belediye meclisi salı günü bisiklet yolları ağını onayladı. Bu plan iki yıldan fazla bir süre "
     "tartışıldı ve çok sayıda esnaf için endişe kaynağı oldu.", "tr"),
    # inscriptis prints a third-level list bullet as "o": a German menu is no Portuguese
    ("* Rubriken + o Wissenschaft o vor Ort o Soziales o Religionen o Gesundheit o Politik o Bildung\n\n"
     "Ein Zoobesuch ist schon lange kein Freizeitvergnügen mehr, und die Kritik wird lauter.", "de"),
    ("O texto que o leitor escreveu não é o mesmo que o outro leitor escreveu em agosto.", "pt")])
def test_language_guess_polish_and_turkish(text, lang):
    from newscomments.language import guess_language
    assert guess_language(text) == lang


def test_language_guess_is_none_for_a_language_without_a_table_and_a_script_wins_over_code():
    from newscomments.language import guess_language
    # Lithuanian shares "la", "e" and "per" with Italian's table: four hits in a hundred words are no Italian.
    lt = ("Antradienį nusprendžiau išvažiuoti iš fjordų į Stokholmą. Pirmiausia reikėjo susirasti "
          "nakvynę, nes Stokholme ketinu pabūti savaitę. Kelionė truko tris dienas, la e la, "
          "važiavau autostopu per Norvegiją ir Švediją, miegojau palapinėje prie ežerų ir kalnų, "
          "valgiau uogas ir duoną, o vakarais skaičiau knygas apie šiaurės kraštus ir jų žmones. "
          "Stokholme aplankiau muziejus, vaikščiojau senamiesčio gatvėmis ir stebėjau laivus uoste. "
          "Vakarais susitikdavome su draugais, kalbėdavomės apie keliones, maistą, muziką ir knygas. "
          "Grįžęs namo ilgai žiūrėjau nuotraukas ir rašiau dienoraštį apie nuostabią vasarą.")
    assert guess_language(lt) is None
    assert guess_language(lt.replace("la e la", "the wind and the rain")) is None
    # Chinese prose around a code listing: the Latin letters of the code outnumber the Han
    # characters three to one, and the code's few English words are no English article.
    code = "static int cpufreq_governor_init(struct cpufreq_policy *policy) { return policy->governor_data; }\n"
    zh = "本文分析了内核中调频策略的实现方式，以及各个模块之间如何协作完成频率的调整和切换。" * 2
    assert guess_language(zh + "\n" + code * 6 + zh) == "zh"
    en = "The governor decides when the frequency of the processor is raised and when it is lowered. " * 4
    assert guess_language(en + code * 3) == "en"
    # A text that opens with menus: its prose lines decide, when there are enough of them.
    menus = "\n".join(f"Turniere Weltrangliste Tour{k} Tippspiel Majors Ladies Amateur" for k in range(45))
    de = "\n".join(["Die Stadt hat am Dienstag über den Haushalt für das kommende Jahr abgestimmt und ihn angenommen.",
                    "Der Rat will die Fähre auch im Winter fahren lassen, doch die Kosten sind noch nicht geklärt."] * 2)
    assert guess_language(menus) is None and guess_language(menus + "\n" + de) == "de"
    # ... unless they are too few stop words for the table's language (Danish is no Dutch).
    da = "\n".join(["Grøntsagsgryden er let at lave og kan laves med de grøntsager, man har i køleskabet.",
                    "Server den med ris eller brød, og drys med frisk persille lige før servering."] * 2)
    assert guess_language(menus + "\n" + da) is None


def test_wordpress_no_says_nested_markdown_list():
    # A theme without "says:" converted to markdown: each comment is a list item (avatar, bold
    # name, linked date), replies are nested lists; the nested list item is no comment text.
    p = parse("wordpress_no_says_nested.md")
    assert [(c.author, c.native_id, c.parent_position, c.depth) for c in p.comments] == [
        ("Priya", "21", None, 0), ("Mark Baker", "22", 0, 1)]
    assert p.comments[1].parent_method == "list-indent"
    assert [c.text for c in p.comments] == [
        "Mine took ten days in a cold kitchen.", "That is normal. Warmth speeds it up."]
    assert p.declared_comment_count == 2 and not p.truncated


@pytest.mark.parametrize("name, declared, title, authors, posted, texts", [
    ("wordpress_polish_count_header.txt", 3, "Nowa ścieżka rowerowa nad rzeką",
     ["Marta Nowak", "Piotr K.", "Ola"], ["2024-03-12T10:15:00", "2024-03-12T11:40:00", "2024-03-13T08:05:00"],
     ["Wreszcie! Czekamy na to od lat.", "A co z oświetleniem?\nWieczorem jest tam ciemno.", "Świetna wiadomość."]),
    ("wordpress_italian_count_header.txt", 3, "Il mercato coperto riapre a maggio",
     ["Giulia Rossi", "Marco", "Anna B."], ["2024-03-12T10:15:00", "2024-03-12T18:02:00", "2024-03-14T09:30:00"],
     ["Finalmente una buona notizia.", "Speriamo che i prezzi restino bassi.", "Ci sarà anche il pesce?"]),
    # The Russian heading's title is unquoted, so it names no post (count_header): no title.
    ("wordpress_russian_count_header.txt", 2, None,
     ["Ирина", "Сергей П."], ["2024-03-12T10:15:00", "2024-03-12T21:40:00"],
     ["Отличная новость для детей.", "Будет ли там читальный зал?"]),
])
def test_wordpress_translated_count_header_and_chrome(name, declared, title, authors, posted, texts):
    # Count headings of twentysixteen's pl/it/ru translations ("%1$s komentarze do „%2$s”",
    # "%1$s pensieri riguardo “%2$s”", "%2$s: %1$s комментария"), the translated reply link
    # and "Leave a comment" ending the list.
    p = parse(name)
    assert p.format == "wordpress_text" and p.declared_comment_count == declared and not p.truncated
    assert p.title == title and not p.notes
    assert [c.author for c in p.comments] == authors
    assert [c.posted.local.isoformat() for c in p.comments] == posted
    assert [c.text for c in p.comments] == texts


@pytest.mark.parametrize("line, expected", [
    ("Ein Gedanke zu „Titel“", (1, "Titel")), ("3 Gedanken zu „Titel“", (3, "Titel")),
    ("Une pensée sur “Titre”", (1, "Titre")), ("4 pensées sur “Titre”", (4, "Titre")),
    ("Un comentario en “Título”", (1, "Título")), ("2 opiniones en “Título”", (2, "Título")),
    ("Un commento su “Titolo”", (1, "Titolo")), ("5 pensieri riguardo “Titolo”", (5, "Titolo")),
    ("Um comentário em “Título”", (1, "Título")), ("6 comentários em “Título”", (6, "Título")),
    ("Eén gedachte over “Titel”", (1, "Titel")), ("7 gedachten aan “Titel”", (7, "Titel")),
    ("Jeden komentarz do “Tytuł”", (1, "Tytuł")), ("2 komentarze do “Tytuł”", (2, "Tytuł")),
    ("5 komentarzy do “Tytuł”", (5, "Tytuł")), ("21 komentarz do “Tytuł”", (21, "Tytuł")),
    # Russian puts the title first without quotes: counted, but an unquoted title names no post
    ("Заголовок: 1 комментарий", (1, None)), ("Заголовок: 3 комментария", (3, None)),
    ("Заголовок: 11 комментариев", (11, None)), ("3 comments over the years", (3, None)),
    ("“Başlık” için bir yorum", (1, "Başlık")), ("“Başlık” için 4 yorum", (4, "Başlık")),
    # Word numbers still need a quoted title (prose guard).
    ("Jeden komentarz do tego wpisu", None), ("Un commento su questo", None),
    ("Bu konu için bir yorum", None),
])
def test_translated_count_headers(line, expected):
    assert textpage.count_header(line) == expected


_TURKISH_WORDPRESS_DUMP = """Sahil yoluna yeni bisiklet şeridi

Belediye meclisi salı günü sahil yolu boyunca korumalı bir bisiklet şeridi yapılmasını onayladı.

“Sahil yoluna yeni bisiklet şeridi” için 3 yorum

Ayşe Demir diyor ki:

Sonunda! Yıllardır bunu bekliyorduk.

Cevaplamak için giriş yapın

Mehmet K. diyor ki:

Peki ya gece aydınlatması?
Akşamları orası çok karanlık.

Cevapla

Zeynep diyor ki:

Harika haber.

Cevapla

Bir Cevap Yazın Cevabı iptal et

E-posta hesabınız yayınlanmayacak.
"""


def test_wordpress_turkish_core_strings():
    # WordPress core's tr_TR strings: "diyor ki:" (says:), "Cevaplamak için giriş yapın"
    # (Log in to Reply), "Cevapla" (Reply) and "Bir Cevap Yazın" (Leave a Reply) ending the list.
    p = newscomments.parse_page(_TURKISH_WORDPRESS_DUMP.encode(), page_id="wordpress_turkish", suffix=".txt")
    assert p.format == "wordpress_text" and p.declared_comment_count == 3 and not p.truncated
    assert p.title == "Sahil yoluna yeni bisiklet şeridi" and not p.notes
    assert len(p.comments) == 3
    assert [c.author for c in p.comments] == ["Ayşe Demir", "Mehmet K.", "Zeynep"]
    assert [c.text for c in p.comments] == [
        "Sonunda! Yıllardır bunu bekliyorduk.",
        "Peki ya gece aydınlatması?\nAkşamları orası çok karanlık.", "Harika haber."]


def test_toml_front_matter_gives_title_and_is_no_body():
    # Hugo's TOML front matter ("+++", key = value), a comment line among the keys.
    text = ('+++\n# vim:set ft=markdown:\ndate = "2013-03-21T11:13:04"\ndraft = false\n'
            'title = "Google Keep"\n+++\nSomeone complained here about a notes app that was shut down; '
            'others recommended alternatives, and now there is a new one.\n')
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".md")
    assert p.title == "Google Keep"
    assert p.body.startswith("Someone complained") and "draft" not in p.body and p.published is None


def test_disqus_headers_padded_with_spaces():
    # Joplin's web clipper pads the header's parts: "[NAME](…)    [*>* PARENT](…)  •  [AGE](…)".
    data = (FIX / "disqus_clip.md").read_bytes().replace(b")\xe2\x80\xa2[", b")    \xe2\x80\xa2  [").replace(
        b")[*>*", b")    [*>*")
    assert b"    \xe2\x80\xa2  [" in data
    p = newscomments.parse_page(data, page_id="p", suffix=".md")
    assert [c.author for c in p.comments] == ["Zed Q", "Yan"]
    assert p.comments[1].parent_position == 0 and [c.native_id for c in p.comments] == ["900", "901"]


def test_blogger_classic_time_only_stamps():
    # Templates that print only the time under each comment: the string is kept (no day is
    # known) and is no part of the text.
    text = ("Falsehoods about networks\n\nA list of things people believe about networks that are not "
            "true, collected over the years.\n\n3 comments:\n\nMark said…\n\nThe MTU is always 1500.\n\n"
            "11:20 PM\n\nRPM said…\n\nNetworking is simpler than it looks.\n\n12:07 AM\n\nAnonymous said…\n\n"
            "Ha.\n\n6:30 AM\n\nPost a Comment\n\nNewer Post Older Post Home\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".txt")
    assert (p.comment_system, p.declared_comment_count) == ("blogger", 3)
    assert [(c.author, c.text, c.posted.raw, c.posted.local) for c in p.comments] == [
        ("Mark", "The MTU is always 1500.", "11:20 PM", None), ("RPM", "Networking is simpler than it looks.", "12:07 AM", None),
        ("Anonymous", "Ha.", "6:30 AM", None)]


@pytest.mark.parametrize("line", ["…더 보기", "\u2026더 보기", "See more", "[see more]", "Mehr anzeigen"])
def test_see_more_markers(line):
    # norm() turns "…" into "..." (NFKC): the table is compared in that form (the Korean
    # Medium marker never matched before).
    from newscomments.formats import textpage
    assert textpage.see_more(line)


def test_clipper_original_link_and_author_archive_link_give_url_and_byline():
    from newscomments.formats import pagehead
    lines = ["# Saved for later", "", "[Original](https://blog.example/2024/05/ferries/)", "",
             "Ferries back on the lake", "", "[Mara Voss](https://blog.example/author/mara-voss/)", "",
             "The summer timetable starts in June.", "",
             "[Read more](https://blog.example/author/mara-voss/page/2/)"]
    head = pagehead.read_head(lines)
    assert (head.url, head.byline) == ("https://blog.example/2024/05/ferries/", "Mara Voss")
    # a link elsewhere in the text is no byline: only an author archive link alone on its line,
    # under the title (further down it is a commenter's name)
    head = pagehead.read_head(["# T", "", "Ask [Mara](https://blog.example/about/) for details."])
    assert head.byline is None
    far = ["# T", ""] + ["A paragraph of the post."] * 20 + ["[kalid](https://blog.example/author/admin/)"]
    assert pagehead.read_head(far).byline is None


@pytest.mark.parametrize("line, marker", [
    ("1 … 3 Newer Comments →", True), ("← Older Comments", True), ("Newer Comments »", True),
    ("Some older comments were lost", False)])
def test_comment_pagination_lines(line, marker):
    assert textpage.pagination_marker(line) is marker


@pytest.mark.parametrize("meta, raw, byline", [
    ("vrijdag 25 januari 2008 in Uncategorized door Janny | 2 comments", "vrijdag 25 januari 2008", "Janny"),
    ("Publicado el 17/09/2015 por Izquierda Hispánica.", "17/09/2015", "Izquierda Hispánica"),
    ("desember 28, 2009 av Lars Kamfjord | 5 kommentarer", "desember 28, 2009", "Lars Kamfjord"),
    ("[November 24, 2025](https://blog.example/2025/11/24/flatland/) ~ [Nathan Marz](https://blog.example/about/)",
     "November 24, 2025", None)])
def test_the_post_meta_line_under_the_title_gives_date_and_byline(meta, raw, byline):
    from newscomments.formats import pagehead
    head = pagehead.read_head(["# The post", "", meta, "", "The first paragraph of the post."])
    assert (head.published.raw, head.byline) == (raw, byline)


def test_a_hash_line_after_the_article_has_begun_is_no_title_and_hides_no_comments():
    # A text dump of a post with code: "# scale …" is a code comment at a line's start. Taken
    # for the title it would make the comment block look like another post's.
    para = ("This depends on the length of the audio, the sample rate and the volume of the audio, "
            "so a better measure is the power, which is the energy per second of the signal.")
    data = "\n".join([
        "import numpy as np", "", para, "", "signal = np.abs(x)", "", para.replace("This", "That"), "",
        "# scale by the number of points so that the magnitude does not depend on the length",
        "power = signal / len(x)", "", "Posted on April 17, 2017 by Jane Ames This entry was posted in "
        "Python and tagged audio. Bookmark the permalink.", "",
        "2 THOUGHTS ON “AUDIO SIGNALS IN PYTHON”", "MATT SANDY SAYS:", "APRIL 20, 2017 AT 4:24 AM",
        "This is really cool.", "", "REPLY", "JANE AMES SAYS:", "APRIL 21, 2017 AT 9:00 AM",
        "Thanks!", "", "REPLY", "LEAVE A REPLY"]).encode()
    p = newscomments.parse_page(data, page_id="audio", suffix=".txt")
    assert p.title == "AUDIO SIGNALS IN PYTHON" and p.notes == ()
    assert [c.author for c in p.comments] == ["MATT SANDY", "JANE AMES"]
    assert p.byline == "Jane Ames"  # the footer's next sentence is not part of the name


def test_author_label_needs_a_word_end_and_its_colon():
    from newscomments.formats import pagehead
    head = pagehead.read_head(["# Tools", "", "authorized_imports=[\"pandas\"]", "", "Author: Rui Costa"])
    assert head.byline == "Rui Costa"
    # a README's "Author Information" heading (setext) is no "Author" label
    head = pagehead.read_head(["Role Name", "=========", "", "Installs a database.", "",
                               "Author Information", "------------------", "", "Ann Lee"])
    assert head.byline is None


def test_author_labels_without_colon_and_in_other_languages():
    from newscomments.formats import pagehead
    assert pagehead.read_head(["# Trains", "", "Author Maria Lopez", "", "Text."]).byline == "Maria Lopez"
    # Twenty Sixteen's screen-reader labels glued on by a converter
    assert pagehead.read_head(["# Snowdrops", "", "Author Ruth AdlerPosted on March 1, 2020"]).byline == "Ruth Adler"
    for label in ("Autor: Maria Lopez", "Auteur : Maria Lopez", "Автор: Maria Lopez"):
        assert pagehead.read_head(["# T", "", label]).byline == "Maria Lopez"


def test_texturized_references_in_comment_text_are_the_characters_others_stay():
    # An export or a double-escaped page leaves WordPress's texturized characters as numeric
    # references ("It&#8217;s"); a comment about escaping shows "&amp;", "&#160;" and a URL's
    # "&section=" on purpose, and code spans are code.
    data = ("# Resume\n\nA post.\n\n## 2 thoughts on “Resume”\n\nAnn Lee says:\n\nMay 2, 2024 at 4:20 pm\n\n"
            "It&#8217;s neat &#038; tidy &#x2014; thanks.\n\nReply\n\nBo Ray says:\n\nMay 3, 2024 at 9:00 am\n\n"
            "Write &amp; and &#160;, not `&#8217;`: ?cat=4&section=news.\n\nReply\n").encode()
    p = newscomments.parse_page(data, page_id="e", suffix=".md")
    assert [c.text for c in p.comments] == ["It’s neat & tidy — thanks.",
                                            "Write &amp; and &#160;, not `&#8217;`: ?cat=4&section=news."]


def test_a_one_line_code_span_with_three_backticks_opens_no_code_block():
    # "```x```" is inline code (a backtick fence's info string holds no backtick): the body
    # goes on after it, and a real fence still hides its lines.
    lines = ["Step 1: run ```sudo ipsec up```.", "", "Step 2: restart.", "", "```", "# not a heading", "```",
             "", "Step 3: done."]
    assert textpage.body_text(lines) == "Step 1: run ```sudo ipsec up```.\n\nStep 2: restart.\n\nStep 3: done."
    assert tb.is_fence("```python") and tb.is_fence("~~~") and not tb.is_fence("```x```")


def test_front_matter_author_source_url_and_publication_date_and_quoted_labels():
    from newscomments.formats import pagehead
    lines = ["---", 'source: "https://blog.example/2024/01/11/fire/"', 'authors: ["Jo Brandt", "Ada Khan"]',
             'publication_date: "2024-01-11"', "date: 2026-06-28", "---", "", "Body."]
    head = pagehead.read_head(lines)
    assert (head.url, head.byline, head.published.raw) == (
        "https://blog.example/2024/01/11/fire/", "Jo Brandt", "2024-01-11")
    # a wrapper's labels in the body, quoted as YAML writes them
    head = pagehead.read_head(["## Content", "", 'title: "Playing With Fire"',
                               'url: "https://blog.example/fire/"', "", "Body."])
    assert (head.title, head.url) == ("Playing With Fire", "https://blog.example/fire/")
    assert pagehead.read_head(["---", "source: imported", "---", "Body."]).url is None


@pytest.mark.parametrize("meta, byline, raw", [
    # Twenty Twenty / Twenty-One in a text dump: a list with screen-reader labels
    (["* Post author By goelp", "* Post date July 8, 2009", "* 2 Comments on T"], "goelp", "July 8, 2009"),
    # Newspack: "by NAME" and the published and updated dates glued by the converter
    (["by Andrew Graham May 5, 2025May 2, 2025"], "Andrew Graham", "May 5, 2025"),
    # Twenty Ten to Twelve's footer sentence, categories first
    (["This entry was posted in Woodworking, Tools on August 29, 2013 by Julien Lecomte."], "Julien Lecomte",
     "August 29, 2013"),
    # ja core themes' meta list: "投稿者: NAME", "投稿日: DATE"
    (["* 投稿者: HirotakaNiisato", "* に 未分類", "* 投稿日: 2020-11-05"], "HirotakaNiisato", "2020-11-05"),
    # "Posted by NAME on|at DATE …" (a comma in the date is not the end of the name)
    (["Posted by Romario on Aug 11, 2010 in Blog, release | 6 comments"], "Romario", "Aug 11, 2010"),
    (["Posted by ajh59 at July 29, 2005 04:35 PM"], "ajh59", "July 29, 2005 04:35 PM"),
    (["Posted by Jo at home on June 26, 2017"], "Jo at home", "June 26, 2017"),
    (["Posted by Carla - June 24, 2009"], "Carla", "June 24, 2009"),
    (["Posted by will / January 2, 2021"], "will", "January 2, 2021"),
    (["Posted by Anna / Bob on June 24, 2009"], "Anna / Bob", "June 24, 2009"),
    (["Veröffentlicht von Carla Jansen am 24. Juni 2009"], "Carla Jansen", "24. Juni 2009"),
    (["Publié par Jean-Luc Roux le 3 mars 2010"], "Jean-Luc Roux", "3 mars 2010")])
def test_theme_meta_lines_of_text_dumps(meta, byline, raw):
    from newscomments.formats import pagehead
    head = pagehead.read_head(["Categories", "", "The post", "", *meta, "", "The first paragraph."])
    assert (head.byline, head.published.raw) == (byline, raw)


@pytest.mark.parametrize("tail, system", [
    ("Top comments (2)\n\nAda • Aug 23 '23\n\nNice guide.\n\nCode of Conduct • Report abuse", "forem"),
    ("Discussion about this post\n\nAda\n01 Jun\n\nGreat post.\n\n1 more comment...", "substack"),
    ("Facebook Comments Plugin", "facebook"), ("Powered by Commento", "commento")])
def test_comment_systems_the_text_parsers_do_not_read_are_named(tail, system):
    data = f"# A post\n\nThe article's only paragraph, long enough to be a body.\n\n{tail}\n".encode()
    p = newscomments.parse_page(data, page_id="p", suffix=".txt")
    assert (p.format, p.comment_system, p.comments) == ("other_text", "other", ())
    assert p.notes == (f"comment system not supported: {system}",)


def test_blogger_classic_footer_date_glued_to_the_next_said_line():
    # inscriptis joins the inline footer date to the next "NAME said..." line: the date belongs
    # to the comment above.
    text = ("ScrollTo\n\nA plugin that scrolls the window.\n\n3 comments:\n\nAnonymous said...\n\n"
            "Can it override anchors?\n\nOctober 23, 2007 at 4:01 PM Flesler said...\n\nIndeed.\n\n"
            "October 23, 2007 at 7:05 PM eshu said...\n\nthx!\n\nOctober 24, 2007 at 11:30 AM\n\n"
            "Post a Comment\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".txt")
    assert [(c.author, c.posted.raw, c.text) for c in p.comments] == [
        ("Anonymous", "October 23, 2007 at 4:01 PM", "Can it override anchors?"),
        ("Flesler", "October 23, 2007 at 7:05 PM", "Indeed."),
        ("eshu", "October 24, 2007 at 11:30 AM", "thx!")]


def test_a_link_whose_label_is_in_brackets_is_unlinked():
    # Cloudflare hides an address behind "[email protected]": markdown converters print the link
    # with that bracketed label.
    assert tb.plain("Mail me at [[email protected]](/cdn-cgi/l/email-protection) please") == \
        "Mail me at [email protected] please"
    assert tb.plain("see [[1]](https://x.example/ref) and [a](b)") == "see [1] and a"


# --- Movable Type / TypePad: each comment signed under its text ---------------------------------

def test_movable_type_footers_after_each_comment_markdown():
    # "Posted by: NAME | DATE" (TypePad, MT 3) or "Posted by: NAME on DATE" under the text; the
    # post's own footer ("Posted by NAME at TIME", no colon) is no comment.
    p = newscomments.parse_page(FIX / "movabletype_footers.md")
    assert (p.format, p.comment_system, p.declared_comment_count) == ("other_text", "other", 3)
    assert p.notes == ("comments read as movabletype's footer lines",)
    assert [(c.native_id, c.author, c.posted.raw, c.text) for c in p.comments] == [
        ("4410", "Eileen Moss", "April 18, 2009 at 11:40 AM",
         "We had the same after the storms. Batter frames made all the difference for us."),
        ("4412", "Gareth", "April 19, 2009 at 08:05 PM",
         "How many tonnes of stone per metre did it take?\n\nAsking for a project of my own."),
        (None, "Tom Ashcroft", "April 20, 2009 at 07:30 AM", "Roughly a tonne a metre for a wall that height, Gareth.")]
    assert p.comments[1].posted.local.isoformat() == "2009-04-19T20:05:00"
    assert "Batter frames" not in p.body and "The wall along the top field" in p.body


def test_movable_type_footers_in_french_text():
    p = newscomments.parse_page(FIX / "movabletype_footers_fr.txt")
    assert [(c.author, c.posted.local.isoformat(), c.text) for c in p.comments] == [
        ("Claire", "2010-03-03T14:05:00", "J’y serai jeudi. Ces arbres font l’ombre de toute la rue en été."),
        ("Jean-Marc", "2010-03-03T18:40:00", "Un trottoir plus large, c’est aussi pour les poussettes.")]
    assert p.body.endswith("salle des fêtes.")


def test_signed_posts_without_a_comment_heading_are_no_comments():
    # A blog's front page: every post signed "Posted by: NAME on DATE".
    text = ("My blog\n\nFirst post\n\nSome words of the first post, long enough to be read as prose.\n\n"
            "Posted by: admin on May 3, 2020 at 10:00 AM\n\nSecond post\n\nMore words of the second "
            "post on the front page.\n\nPosted by: admin on May 2, 2020 at 9:00 AM\n")
    p = newscomments.parse_page(text.encode(), page_id="p", suffix=".txt")
    assert (p.comment_system, p.comments, p.notes) == ("none", (), ())
    assert "Second post" in p.body


def test_title_under_category_bullets_and_a_meta_block_printed_node_per_line():
    # inscriptis of tagDiv Newspaper: the category links as a list, the title, then "By" /
    # NAME / "-" / DATE / view and comment counters, each on its own line.
    from newscomments.formats import pagehead
    lines = ["  * Church", "  * News", "", "Stop Treating Her Like Garbage", "", "      By", "    Mark Beuving",
             "      -", "  May 12, 2019", "    1205", "    4", "", "  I am disgusted by how she has been treated."]
    head = pagehead.read_head(lines)
    assert (head.title, head.byline, head.published.raw) == ("Stop Treating Her Like Garbage", "Mark Beuving",
                                                             "May 12, 2019")


def test_count_header_title_without_the_form_link_after_it():
    assert textpage.count_header("45 Comments to “Make Movies from Photos” | Leave a Comment!") == (
        45, "Make Movies from Photos")
    assert textpage.count_header("3 thoughts on “Left – Right”") == (3, "Left – Right")


def test_html2text_abbreviation_definitions_are_no_text():
    text = ("Posted at [12:30](https://b.example/p.html)\n\n#### 1 comment:\n\nLast line.\n"
            "  *[12:30]: 2015-08-05T12:30:00+02:00\n  *[May 2, 2024 at 4:20 pm]: 2024-05-02T16:20:00+02:00\n")
    assert tb.inline_reference_links(text) == "Posted at [12:30](https://b.example/p.html)\n\n#### 1 comment:\n\nLast line.\n"


@pytest.mark.parametrize("name", ["wordpress_conv_name_date_lines.md", "wordpress_conv_theme_says_label.txt",
                                  "wpdiscuz_conv_split_votes.txt"])
def test_lines_ended_by_a_lone_cr_read_as_the_lf_page(name):
    data = (FIX / name).read_bytes()
    suffix = Path(name).suffix
    lf = newscomments.parse_page(data, page_id="c", suffix=suffix)
    cr = newscomments.parse_page(data.replace(b"\n", b"\r"), page_id="c", suffix=suffix)
    assert (cr.format, len(cr.comments)) == (lf.format, len(lf.comments)) and len(lf.comments) >= 2


def test_items_with_the_date_under_the_text_are_comments():
    # wordpress.com's Automattic themes and Anders Norén's print the comment's footer (date,
    # Reply, the likes widget's "Like Like") after its text: in an indenting dump each comment
    # is a list item opened by the name, a reply a deeper item.
    p = parse("wordpress_conv_date_below_items.txt")
    assert (p.format, p.comment_system, p.declared_comment_count, p.truncated) == ("wordpress_text", "wordpress", 4, False)
    assert [(c.author, c.posted.raw, c.parent_position, c.depth) for c in p.comments] == [
        ("Mara Lind", "April 2, 2024 at 8:29 pm", None, 0), ("harbourdesk", "April 3, 2024 at 9:02 am", 0, 1),
        ("Tom", "April 4, 2024 at 7:15 am", None, 0), ("Ines B.", "April 5, 2024 at 6:40 pm", None, 0)]
    assert [c.text for c in p.comments] == [
        "Twenty pence is fine if the boats keep running on time.", "They will: two new boats arrive in May.",
        "What about the early crossing on Sundays?\nIt was cancelled twice last month.", "Good news for the island."]
    assert p.comments[1].parent_method == "list-indent"
    # One item without a date under its text: not this layout, nothing is read from it.
    data = (FIX / "wordpress_conv_date_below_items.txt").read_bytes().replace(b"      April 4, 2024 at 7:15 am\n", b"")
    assert newscomments.parse_page(data, page_id="x", suffix=".txt").comments == ()


def test_pings_listed_apart_under_their_own_heading():
    # Elegant Themes (and Genesis) print the pings after the comments as their own list:
    # "TITLE - […] excerpt […]" items under "Trackbacks/Pingbacks".
    data = "\n".join([
        "Ferry fares rise in April", "", "The harbour ferry will cost twenty pence more from April, the council said.", "",
        "2 comments", "", "   1. Mara Lind", "      April 2, 2024", "", "      Twenty pence is fine.", "", "      reply",
        "   2. Tom", "      April 4, 2024", "", "      What about Sundays?", "", "      reply", "", "",
        "Trackbacks/Pingbacks", "",
        "   1. Ferry news of the week | Harbour Blog - [...] the ferry will cost more from April [...]",
        "   2. Links for April - [...] fares [...]", "", "Leave a Reply", ""]).encode()
    p = newscomments.parse_page(data, page_id="p", suffix=".txt")
    assert [(c.kind, c.author, c.text, c.depth) for c in p.comments] == [
        ("comment", "Mara Lind", "Twenty pence is fine.", None), ("comment", "Tom", "What about Sundays?", None),
        ("pingback", "Ferry news of the week | Harbour Blog", "[...] the ferry will cost more from April [...]", None),
        ("pingback", "Links for April", "[...] fares [...]", None)]
    # Items without the excerpt's brackets are no pings (a list of links under the heading).
    plain = data.replace(b" - [...] fares [...]", b"").replace(b" - [...] the ferry will cost more from April [...]", b"")
    assert [c.kind for c in newscomments.parse_page(plain, page_id="p", suffix=".txt").comments] == ["comment", "comment"]


def test_dated_items_need_a_comments_footer_and_take_handles_with_digits():
    # A handle with digits is a name ("tom1987"): its item is no part of the comment above.
    data = (FIX / "wordpress_conv_date_below_items.txt").read_bytes().replace(b"2. Tom", b"2. tom1987")
    p = newscomments.parse_page(data, page_id="d", suffix=".txt")
    assert [(c.author, c.posted.raw) for c in p.comments] == [
        ("Mara Lind", "April 2, 2024 at 8:29 pm"), ("harbourdesk", "April 3, 2024 at 9:02 am"),
        ("tom1987", "April 4, 2024 at 7:15 am"), ("Ines B.", "April 5, 2024 at 6:40 pm")]
    # A list item of the comments' level that opens no comment breaks the layout: nothing is
    # folded into the comment above it.
    broken = data.replace(b"2. tom1987", b"2. Version 2")
    assert newscomments.parse_page(broken, page_id="d", suffix=".txt").comments == ()
    # Without a Reply or Like button (or a comment link) on most items, a dated list under a
    # comments heading is a changelog, not comments.
    p = parse("limits_changelog_under_comments.txt")
    assert p.comments == ()
    # A comment that lists names with dates keeps the comments around it (two of five shown).
    p = parse("limits_dated_list_in_comment.txt")
    assert [c.author for c in p.comments] == ["Tom", "Mara Lind"]
    assert p.comments[1].text.startswith("Here are the winners") and "Carla Ruiz" in p.comments[1].text


def test_two_items_with_relative_dates_under_the_text_are_found_and_read():
    # Detection bounds the section at its end marker ("Comments are closed."): two comments
    # are enough; a relative age is a date line too (kept as text, precision "relative").
    p = parse("wordpress_conv_date_below_relative.txt")
    assert (p.format, p.declared_comment_count) == ("wordpress_text", 2)
    assert [(c.author, c.text, c.posted.raw, c.posted.precision) for c in p.comments] == [
        ("Mara Lind", "Twenty pence is fine.", "3 days ago", "relative"),
        ("Tom", "What about Sundays?", "2 days ago", "relative")]


def test_a_date_under_the_title_and_the_name_on_the_next_line():
    from newscomments.formats import pagehead
    head = pagehead.read_head(["# Die Episoden, Teil 4", "", "    28. November 2019", "    von Alex Schnarr",
                               "    Kommentare 3", "", "Fußball wird seit etwa 150 Jahren in Deutschland gespielt."])
    assert (head.published.raw, head.byline) == ("28. November 2019", "Alex Schnarr")
    # a sentence below the date is no byline
    head = pagehead.read_head(["# Die Episoden", "", "28. November 2019", "von 1970 bis 1982, sagt er.", "",
                               "Fußball wird seit etwa 150 Jahren in Deutschland gespielt."])
    assert (head.published.raw, head.byline) == ("28. November 2019", None)


def test_wpdiscuz_markdown_reply_marker_as_a_bare_link_after_the_badge():
    # wpDiscuz 7 with its "Reply to" phrase emptied: the marker is the link to the parent alone.
    page = ("# Tuning\n\nSettings that make a difference, one by one, with the reasons for each.\n\n"
            "4 Comments\n\nOldest\n\nNewest Most Voted\n\nInline Feedbacks\n\nView all comments\n\n"
            "![fpuga](https://example.org/a.svg)\n[fpuga](http://example.es)\nMarch 1, 2020 1:15 pm\n"
            "Is this for dedicated servers only?\n0\nReply\n"
            "[![Ibrar](https://example.org/b.svg)](https://example.org/author/ibrar/)\n"
            "[Ibrar](https://example.org/author/ibrar/)\nAuthor\nMarch 2, 2020 2:15 pm\n"
            "[ fpuga ](https://example.org/blog/tuning/#comment-10969640)\n"
            "Yes, for a dedicated database server.\n0\nReply\n"
            "![Glyn](https://example.org/c.svg)\n[Glyn](https://blog.example.uk)\nMarch 3, 2020 3:15 pm\n"
            "See [this comment](https://example.org/blog/tuning/#comment-10969640) too.\n2\nReply\n")
    p = newscomments.parse_page(page.encode(), page_id="w", suffix=".md")
    assert p.format == "wpdiscuz_text"
    assert [(c.author, c.parent_position, c.net_votes) for c in p.comments] == [
        ("fpuga", None, 0), ("Ibrar", 0, 0), ("Glyn", None, 2)]
    assert p.comments[1].text == "Yes, for a dedicated database server."


def test_wpdiscuz_thread_head_without_subscription_or_info_bar():
    # Subscriptions off and comments loaded by script: the form, "1 Comment", the sort bar.
    page = ("Running language models on a small board keeps your data at home, at a cost in speed.\n\n"
            "The image boots from a USB stick and needs no other operating system at all.\n\n"
            "Label\n{}\n[+]\nName*\nEmail*\nWebsite\n1 Comment\noldest\nnewest\nLoad More Comments\n"
            "Post navigation\n")
    p = newscomments.parse_page(page.encode(), page_id="c", suffix=".txt")
    assert (p.format, p.declared_comment_count, len(p.comments)) == ("wpdiscuz_text", 1, 0)
    assert p.truncation_reasons == ("load-more", "declared-exceeds-parsed")
    assert p.body.endswith("needs no other operating system at all.")


def test_classic_bloggers_linked_post_title_under_its_date_header():
    page = ("## Friday, April 15, 2011\n\n### [Running tests without Rails](http://blog.example.com/2011/04/tests.html)\n\n"
            "I opened my client this afternoon and saw fifty messages about the same old question.\n\n"
            "### [Older post](http://blog.example.com/2011/03/older.html)\n")
    p = newscomments.parse_page(page.encode(), page_id="b", suffix=".md")
    assert (p.title, p.url) == ("Running tests without Rails", "http://blog.example.com/2011/04/tests.html")
    assert p.published.local.date().isoformat() == "2011-04-15"


def test_a_posts_footer_of_buttons_and_categories_is_no_body_text():
    page = ("# Volume ownership\n\nA colleague ran into a problem recently with erasing an Apple Silicon Mac.\n\n"
            "Categories are how this blog files its posts, and this one is filed twice.\n\n"
            "Share this:\n\n* Click to email a link to a friend (Opens in new window) Email * More\n\n"
            "Like Loading...\n\nCategories: Mac administration, macOS\n")
    p = newscomments.parse_page(page.encode(), page_id="f", suffix=".md")
    assert p.body == ("A colleague ran into a problem recently with erasing an Apple Silicon Mac.\n\n"
                      "Categories are how this blog files its posts, and this one is filed twice.")


def test_related_posts_and_plugin_labels_after_the_post_are_no_body_text():
    page = ("You now have Home Assistant running on the new release, and the install is quicker.\n\n"
            "The console setup skips the graphical installer, which newer GPUs could break.\n"
            "Print Friendly, PDF & EmailPrint Friendly, PDF & Email\nBuy me a coffee\n\n"
            "Related Posts\n\nPart 1: Wi-Fi best practices\n\nMarch 18, 2024\n\nBlinds review\n\nMarch 2, 2024\n\n"
            "Notify of\n\nInline Feedbacks\nView all comments\n")
    p = newscomments.parse_page(page.encode(), page_id="r", suffix=".txt")
    assert p.format == "wpdiscuz_text"
    assert p.body == ("You now have Home Assistant running on the new release, and the install is quicker.\n\n"
                      "The console setup skips the graphical installer, which newer GPUs could break.")
    # a "Related" section with prose under it is the article's own
    own = page.replace("Part 1: Wi-Fi best practices", "Other guides on this topic explain the pairing steps in "
                       "much more detail than this post does, with screenshots of every screen.")
    assert "Related Posts" in newscomments.parse_page(own.encode(), page_id="r", suffix=".txt").body


def test_a_clippers_browser_title_line_and_the_dated_permalink_under_the_title():
    page = ("Paxos By Example » Angus Macdonald\n\n# [Angus Macdonald](https://angus.example/)\n\n"
            "- [Home](https://angus.example/)\n- [About](https://angus.example/about/)\n\n# Paxos By Example\n\n"
            "[June 27, 2012](https://angus.example/2012/paxos-by-example/)\n\n"
            "Distributed consensus algorithms let a set of computers agree on a single value.\n")
    p = newscomments.parse_page(page.encode(), page_id="c", suffix=".md")
    assert (p.title, p.url) == ("Paxos By Example", "https://angus.example/2012/paxos-by-example/")
    assert p.body == "Distributed consensus algorithms let a set of computers agree on a single value."
    assert p.published.local.date().isoformat() == "2012-06-27"


def test_review_guards_of_the_later_text_rules():
    # a link that begins a sentence is text, not a reply marker
    page = ("# Tuning\n\nSettings that make a difference, one by one, with the reasons for each.\n\n"
            "2 Comments\n\nOldest\n\nNewest Most Voted\n\nInline Feedbacks\n\nView all comments\n\n"
            "![Ann](https://example.org/a.svg)\n[Ann](http://example.es)\nMarch 1, 2020 1:15 pm\n"
            "Is this for dedicated servers only?\n0\nReply\n"
            "![Ben](https://example.org/b.svg)\n[Ben](http://example.uk)\nMarch 2, 2020 2:15 pm\n"
            "[this answer](https://example.org/blog/other/#comment-9001)\nis right, and so is the post.\n0\nReply\n")
    p = newscomments.parse_page(page.encode(), page_id="w", suffix=".md")
    assert p.comments[1].parent_position is None and p.comments[1].text.startswith("this answer")
    # "3 Comments" / "Newest" in an article about comment plugins is no thread head
    prose = ("A review of comment plugins for small blogs, tried on a test site for a month.\n\n"
             "3 Comments\nNewest\nThat is what the plugin's header shows above the thread, and readers "
             "can sort the thread by date or by votes.\n\nInline Feedbacks are its other idea.\n")
    p = newscomments.parse_page(prose.encode(), page_id="w", suffix=".txt")
    assert p.declared_comment_count is None and "readers can sort" in p.body
    # a last paragraph that only starts like a taxonomy line is the article's
    page = "# Tags\n\nWe tag every post.\n\nTags: are useful, but only if you prune them every year.\n"
    assert newscomments.parse_page(page.encode(), page_id="t", suffix=".md").body.endswith("every year.")
    # jina reader's header of two-word labels
    jina = ("Title: Cloud backup\nURL Source: https://nas.example.com/2019/07/backup/\n"
            "Published Time: 2019-07-09T08:00:00+00:00\nMarkdown Content:\n\n"
            "A backup to the cloud every night, set up in ten minutes with the vendor's own tool.\n")
    p = newscomments.parse_page(jina.encode(), page_id="j", suffix=".md")
    assert p.url == "https://nas.example.com/2019/07/backup/" and p.published.raw == "2019-07-09T08:00:00+00:00"
    # a Blogger title that links to another site gives no url
    blog = ("## Thursday, March 3, 2011\n\n### [The new iPad](http://www.apple.com/ipad/)\n\n"
            "Apple showed its new tablet today, thinner and faster than the first one.\n")
    p = newscomments.parse_page(blog.encode(), page_id="b", suffix=".md")
    assert (p.title, p.url) == ("The new iPad", None)


def test_a_link_wrapped_onto_a_line_of_its_own_inside_a_sentence_stays():
    page = ("# Server\n\nMolti server sono stati colpiti, e c'è un ottimo\n[articolo](https://example.it/a)\n"
            "in proposito che spiega come verificarlo passo per passo.\n\n"
            "[Home](https://example.it/)\n[Contatti](https://example.it/c)\n")
    body = newscomments.parse_page(page.encode(), page_id="l", suffix=".md").body
    assert body == ("Molti server sono stati colpiti, e c'è un ottimo articolo in proposito che spiega come "
                    "verificarlo passo per passo.")


def test_wp_postratings_line_in_markdown():
    page = ("# 程序员技术练级攻略\n\n![好烂啊](https://example.cn/rating_on.gif)![很精彩](https://example.cn/rating_half.gif)"
            " (**287** 人打了分，平均分： **4.80** )\n\n先读经典，然后写很多代码，每天都写，坚持十年以上才行。\n")
    p = newscomments.parse_page(page.encode(), page_id="r", suffix=".md")
    assert (p.rating.votes, p.rating.value, p.rating.scale_source) == (287, 4.8, "default")
    assert "人打了分" not in p.body


def test_bloggers_no_comments_heading_is_a_declared_zero():
    page = ("# Server ESXi colpiti\n\nMigliaia di server sono stati colpiti da un attacco, e ci sono dei "
            "rimedi.\n\n#### Nessun commento:\n\n[Posta un commento](https://www.blogger.com/comment.g?blogID=1)\n\n"
            "[Post più recente](https://example.blogspot.com/2023/02/a.html)\n")
    p = newscomments.parse_page(page.encode(), page_id="b", suffix=".md")
    assert (p.comment_system, p.declared_comment_count, len(p.comments), p.truncated) == ("blogger", 0, 0, False)
    assert p.body == "Migliaia di server sono stati colpiti da un attacco, e ci sono dei rimedi."
    # the words alone, without Blogger's links after them, are no heading
    plain = "# Quiet\n\nA post that nobody answered.\n\nNo comments: that is fine by me.\n"
    assert newscomments.parse_page(plain.encode(), page_id="b", suffix=".md").declared_comment_count is None
