"""Pieces shared by the plain-text and markdown formats: line tables and small recognisers.

The tables are data (STYLE.md: "selectors are data"): localised UI strings and boilerplate
lines live here, not in if-chains in the parsers."""

from __future__ import annotations

import re
import unicodedata
from typing import AnyStr

from ..model import ArticleRating

# Lines that belong to a comment system's chrome, never to an article or a comment. Compared
# after normalisation (NFKC, whitespace collapsed, markdown emphasis and escapes removed).
WPDISCUZ_CHROME = frozenset(s.casefold() for s in [
    "Notify of", "Subscribe", "new follow-up comments", "new replies to my comments", "Label",
    "{}", "[+]", "Name*", "Email*", "Website", "Most Voted", "Newest", "Oldest",
    "Newest Most Voted", "NewestMost Voted", "Oldest Newest", "Inline Feedbacks",
    "View all comments", "Δ", "I allow to create an account", "Post Comment", "Comments",
    "Comment", "Reply", "Share", "Would love your thoughts, please comment.", "guest",
    "Please login to comment", "Login", "Connect with", "I allow to use my email address and send notification about new comments and replies (you can unsubscribe at any time).",
    "Inline Feedback",
    # wpDiscuz 5's sort bar (a real page; its "Join the discussion" holds " the ", which the
    # prose test skips)
    "Sort by: newest | oldest | most voted", "newest oldest most voted",
    "排序: 最新 | 最旧 | 得票最多", "说点什么",  # the sort bar and form heading in Chinese (real pages)
    # The same chrome in wpDiscuz's German translation (seen on a real page).
    "Abonnieren", "Anmelden", "Benachrichtige mich bei", "allen neuen Kommentare",
    "nur Antworten zu meinen Kommentar/en", "Bitte melde Dich an, um einen Kommentar abzugeben",
    "Neueste", "Älteste", "Meisten Abstimmungen", "Alle Kommentare anzeigen", "Kommentare",
    "Kommentar", "Antworten",
    # wpDiscuz's shipped French, Italian, Russian, Spanish and Dutch translations
    # (wpdiscuz-fr_FR.po, -it_IT.l10n.php, -ru_RU.po, -es_ES.po, -nl_NL.l10n.php).
    "S’abonner", "Connexion", "Notifier de", "nouveaux commentaires de suivi",
    "nouvelles réponses à mes commentaires", "Veuillez vous connecter pour commenter",
    "Plus récent", "Le plus ancien", "Les plus votés", "Commentaires en ligne",
    "Afficher tous les commentaires", "Commentaires", "Commentaire", "Répondre", "Partager",
    "Publier le commentaire", "J’autorise à créer un compte",
    "Iscriviti", "Accedi", "Notificami", "Nuovi commenti di seguito al mio",
    "nuove repliche ai miei commenti", "Effettua il login per commentare", "Più recenti",
    "Vecchi", "Le più votate", "Feedback in linea", "Visualizza tutti i commenti", "Commenti",
    "Commento", "Rispondi", "Condividi", "Inserisci la recensione", "Autorizzo a creare un account",
    "Подписаться", "авторизуйтесь", "Уведомить о", "новых последующих комментариях",
    "новых ответах на мои комментарии", "Пожалуйста, войдите, чтобы прокомментировать", "Новые",
    "Старые", "Популярные", "Межтекстовые Отзывы", "Посмотреть все комментарии", "Комментарий",
    "Ответить", "Поделиться", "Оставить комментарий", "Я разрешаю создать мне учетную запись",
    "Notificar de", "nuevos comentarios de seguimiento", "nuevas respuestas a mis comentarios",
    "más nuevo", "más antiguo", "más votado", "Comentarios", "Comentario",
    "Compartir", "Publicar Comentario",  # not "Responder": WordPress's own Spanish reply link
    "Inschrijven", "Inloggen", "Laat het mij weten wanneer er", "nieuwe opvolg commentaren zijn",
    "nieuwe reacties op mijn commentaren zijn", "Nieuwste", "Oudste", "Meest gestemd",
    "Commentaren", "Commentaar", "Reageer", "Delen", "Plaats Commentaar",
    # wpDiscuz 7's Brazilian Portuguese and Polish language packs (GlotPress; read in
    # wpdiscuz-pt_BR.l10n.php and wpdiscuz-pl_PL.l10n.php), the European Portuguese of
    # wpdiscuz-pt_PT.po (wpDiscuz 3) and the Turkish of wpdiscuz-tr_TR.po (wpDiscuz 3.0.5,
    # carried into the 7.x file). Not "Responder" (see Spanish) nor "Login" (already above).
    "Inscrever-se", "Acessar", "Notificar de", "novos comentários de acompanhamento",
    "novas respostas aos meus comentários", "Acessar para comentar", "mais recentes",
    "mais antigos", "Mais votado", "Feedbacks embutidos", "Ver todos os comentários",
    "Comentários", "Comentário", "Compartilhar", "Postar Comentário", "Eu permito criar uma conta",
    "Conecte-se com",
    "Partilhar", "Publicar Comentário", "Conectar-se com",  # pt_PT
    "Subskrybuj", "Powiadom o", "nowe komentarze uzupełniające", "nowe odpowiedzi na moje komentarze",
    "Zaloguj się, aby skomentować", "Najnowsze", "Najstarsze", "Najwięcej głosów", "Opinie w linii",
    "Zobacz wszystkie komentarze", "Komentarze", "Komentarz", "Odpowiedz", "Udostępnij",
    "Opublikuj komentarz", "Pozwalam na założenie konta", "Połącz z",
    "Bildir", "Bu yazıya yeni bir yorum yapıldığında", "Benim yorumuma yeni yanıt geldiğinde",
    "En Yeniler", "Eskiler", "Beğenilenler", "Yorum", "Yanıtla", "Paylaş", "Yorumu Onayla",
])
# Lines that open a wpDiscuz comment section.
WPDISCUZ_SECTION_START = frozenset(s.casefold() for s in [
    "Notify of", "Inline Feedbacks", "Inline Feedback", "View all comments",
    "Sort by: newest | oldest | most voted", "newest oldest most voted",  # wpDiscuz 5
    "排序: 最新 | 最旧 | 得票最多",
    "Benachrichtige mich bei", "Alle Kommentare anzeigen",
    # French, Italian, Russian, Spanish, Dutch ("Notify of", "Inline Feedbacks", "View all comments").
    "Notifier de", "Commentaires en ligne", "Afficher tous les commentaires",
    "Notificami", "Feedback in linea", "Visualizza tutti i commenti",
    "Уведомить о", "Межтекстовые Отзывы", "Посмотреть все комментарии",
    "Notificar de", "Laat het mij weten wanneer er",
    # Portuguese (pt_BR), Polish, Turkish ("Notify of" in Turkish is the bare "Bildir": its
    # "new replies to my comments" line stands in).
    "Feedbacks embutidos", "Ver todos os comentários",
    "Powiadom o", "Opinie w linii", "Zobacz wszystkie komentarze",
    "Benim yorumuma yeni yanıt geldiğinde"])
# The word under a count printed on a line of its own ("36\nComments").
COUNT_WORDS = frozenset(s.casefold() for s in [
    "Comments", "Comment", "Kommentare", "Kommentar", "Commentaires", "Commentaire",
    "Comentarios", "Comentario",
    # wpDiscuz's Italian, Russian ("Comments" is "Комментарий" too) and Dutch header words.
    "Commenti", "Commento", "Комментарий", "Commentaren", "Commentaar",
    # Portuguese, Polish and Turkish ("Comments" and "Comment" are both "Yorum").
    "Comentários", "Comentário", "Komentarze", "Komentarz", "Yorum"])
# wpDiscuz's reply button, which ends a record's footer ("4\nReply").
WPDISCUZ_REPLY_WORDS = frozenset(s.casefold() for s in [
    "Reply", "Antworten", "Répondre", "Responder", "Rispondi", "Ответить",
    "Reageer",  # Dutch
    "Odpowiedz", "Yanıtla",  # Polish, Turkish (Portuguese is "Responder")
    "回复"])  # Chinese, as a real wpDiscuz page prints it
# Lines after which nothing belongs to the comment list any more.
SECTION_END = frozenset(s.casefold() for s in [
    "Load More Comments", "wpDiscuzInsert", "wpDiscuz", "Loading Comments...",
    "Write a Comment...", "Leave a Reply", "Leave a Comment", "Comments are closed.",
    "Comments are closed on this article!", "Related Posts", "Related Articles",
    "Recent Comments", "Recent Posts", "Archives", "Archives Archives", "Select Month",
    "Powered by Disqus", "« Previous",
    # "Load More Comments" in wpDiscuz's French, Italian, Russian, Spanish and Dutch.
    "Afficher plus de commentaires", "Carica altri commenti", "Загрузить ещё комментарии",
    "Cargar Más Comentarios", "Laat meer commentaren",
    # Portuguese (pt_BR and pt_PT differ only in case), Polish, Turkish ("See all comments").
    "Carregar mais comentários", "Wczytaj więcej komentarzy", "Tüm Yorumları Gör",
    # German (both wordings of its translations)
    "Weitere Kommentare laden", "Mehr Kommentare laden",
])
TRUNCATION_MARKERS = {
    "load more comments": "load-more",
    "« previous": "comment-pagination",
    "older comments": "comment-pagination",
    "newer comments": "comment-pagination",
    "afficher plus de commentaires": "load-more",
    "carica altri commenti": "load-more",
    "загрузить ещё комментарии": "load-more",
    "cargar más comentarios": "load-more",
    "laat meer commentaren": "load-more",
    "carregar mais comentários": "load-more",
    "wczytaj więcej komentarzy": "load-more",
    "tüm yorumları gör": "load-more",
    "weitere kommentare laden": "load-more",
    "mehr kommentare laden": "load-more",
}
# "Reply to NAME" in the languages wpDiscuz ships; any mix of spaces and no-break spaces.
REPLY_TO = re.compile(
    r"^(?:\*\*\s*|__\s*)?(?:Reply to|Antwort auf|Répondre à|Responder a|Rispondi a|Antwoord op|"
    r"Ответ на|Ответить на|Ответить|Antwoord aan|Odpowiedź do|Odpowiedz|Responder para|回复|返信先)"
    r"[\s\u00a0]+(?P<name>[^\s↓↑→←].*?)\s*$",  # "回复 ↓", "Ответить ↓": Twenty Twelve's reply button
    re.I,
)
# The linked form "Reply to [NAME](#comment-ID)".
REPLY_LINK = re.compile(r"^\[(?P<name>[^\]]+)\]\((?P<href>[^)]*?#comment-(?P<id>\d+))\)$")
NAV_PREFIXES = {"previous article": "previous", "next article": "next",
                "previous post": "previous", "next post": "next",
                "vorheriger artikel": "previous", "nächster artikel": "next",
                "article précédent": "previous", "article suivant": "next",
                "artículo anterior": "previous", "artículo siguiente": "next"}
ARTICLE_RATING_TITLES = frozenset(s.casefold() for s in [
    "Article Rating", "Beitragsbewertung", "Évaluation de l'article", "Valoración del artículo",
    "Рейтинг статьи", "Notez l'article", "Valutazione dell'articolo",
    "Classificação do artigo", "Ocena artykułu"])  # pt_BR, Polish
# Labels printed beside a commenter's name: wpDiscuz shows the WordPress role ("Editor",
# "Subscriber", ...), forums show "OP"/"Mod".
BADGES = frozenset(s.casefold() for s in [
    "Author", "Guest", "Mod", "Admin", "OP", "Moderator", "Autor", "Auteur", "Гость", "Автор", "作者",
    "Administrator", "Editor", "Contributor", "Subscriber", "Member", "Customer", "Gast", "Redakteur",
    "Mitglied", "Invité", "Membre", "Invitado", "Miembro",
    # wpDiscuz's Italian, French and Russian role labels.
    "Ospite", "Autore", "Membro", "Amministratore", "Administrateur", "Участник", "Администратор",
    "Редактор",
    # Portuguese, Polish and Turkish guest/member/author/admin labels.
    "Visitante", "Gość", "Członek", "Ziyaretçi", "Üye", "Yazar", "Yönetici",
    # Chinese guest label, as a real wpDiscuz page prints it.
    "游客"])
IMAGE_ONLY_BODIES = frozenset(["comment image", "image", "[image]", "comment-image"])
# wpDiscuz prints "Last edited AGE by NAME" under an edited comment's text: a note about the
# comment, not part of it (the plugin's phrase and its shipped translations).
EDITED_NOTE = re.compile(
    r"^(?:\*\*|__)?\s*(?:(?:Last edited|Zuletzt bearbeitet|Dernière modification|Última edición|"
    r"Ultima modifica|Última edição|Ostatnio edytowano)\s.{0,40}?"
    r"(?:\d|\bago\b|\bvor\b|\bil y a\b|\bhace\b|\bfa\b|\batrás\b|\btemu\b).{0,40}?"
    r"\s(?:by|von|par|por|da|di|przez)\s+[^\s,;!?][^,;!?]{0,59}"
    # Russian: "Последний раз редактировалось AGE NAME" (no word before the name)
    r"|Последний раз редактировалось\s.{0,40}?(?:\d|назад).{0,80})$", re.I)
# Last lines of an article body that credit a source rather than say something.
CREDIT = re.compile(r"(©|\(c\)|\bsource\b|\bcredit|\bvia\b|\bquelle\b|\bfuente\b|/|\w\.\s?com\b)", re.I)

# The prose shortcut below (``line_norms``, ``norm_in``) knows these tables: none has ". " in
# a line, and none a line longer than _LONGEST_TABLE_LINE.
_LINE_TABLES = (WPDISCUZ_CHROME, WPDISCUZ_SECTION_START, SECTION_END, TRUNCATION_MARKERS,
                ARTICLE_RATING_TITLES, BADGES, IMAGE_ONLY_BODIES, COUNT_WORDS, WPDISCUZ_REPLY_WORDS)
if any(". " in line or " the " in line for table in _LINE_TABLES for line in table):
    raise AssertionError("a table line holds '. ' or ' the ': is_prose() would skip it")
_LONGEST_TABLE_LINE = max(len(line) for table in _LINE_TABLES for line in table)

_NON_DIGITS = re.compile(r"\D")
_COUNT_HEADER = re.compile(
    r"^(?P<n>\d[\d,.]*)\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|"
    r"комментари[а-я]*|responses?|thoughts?|replies|comentários?|komentarz[ey]?|yorum|"
    r"评论|評論|条评论|則留言)(?:\b|$|\s)", re.I)  # Chinese: wpDiscuz's "14 评论 在 “T”"


_EMPHASIS_RUN = re.compile(r"[*_]{2,}")


def norm(line: str) -> str:
    """A line as the tables compare it."""
    if line.isascii():
        # Fast path, same result: NFKC leaves ASCII alone and casefold() is lower() there.
        s = line.replace("\\", "") if "\\" in line else line
        if "*" in s or "_" in s:
            s = _EMPHASIS_RUN.sub("", s)
        return " ".join(s.split()).lower()
    s = unicodedata.normalize("NFKC", line)
    if "\\" in s:
        s = s.replace("\\", "")
    if "*" in s or "_" in s:  # an emphasis run needs one
        s = _EMPHASIS_RUN.sub("", s)
    return " ".join(s.split()).casefold()


def is_blank(line: str) -> bool:
    return not line.strip()


# Text browsers (w3m, lynx) draw a form's controls in brackets: a checkbox "[*]" / "[ ]", an
# arrow button "[›]", a text field or a select padded with spaces ("[new follow-up comments
# ]"), next to buttons ("[Post Comment]") and short labels ("Name*").
_DRAWN_CONTROL = re.compile(r"\[(?:[ *xX›»+-]|[^\[\]\n]*? {2,})\]")
_BRACKETED = re.compile(r"\[[^\[\]\n]*\]")


def is_drawn_form(line: str) -> bool:
    """A line of a text browser's drawn form: controls and buttons with at most a short label."""
    if "[" not in line or "](" in line:
        return False
    return _DRAWN_CONTROL.search(line) is not None and len(_BRACKETED.sub("", line).strip()) <= 24


# --- prose lines: proven to match no table without normalising them ------------------------
# Normalising a long line (NFKC, case folding, whitespace collapse) costs far more than all
# the lookups it feeds, so two cheap facts stand in for it:
# - a line holding ". " directly followed by an ASCII letter keeps that full stop, the space
#   and the letter through every step of ``norm`` (NFKC composes nothing onto a "." or a
#   space, escape and emphasis removal touch only "\\", "*" and "_", and the space sits
#   between two non-spaces), so its norm holds ". " as well, and no table line does;
# - likewise " the " inside a line (after a non-space: its first character) stays in the norm;
# - a line already in NFKC, without markup characters, other whitespace than single spaces
#   or control characters, normalises to itself stripped and case-folded, which is never
#   shorter: longer than every table line, it is in no table.

_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def has_sentence_break(s: str) -> bool:
    """Does ``s`` hold ". " directly followed by an ASCII letter (see above)?"""
    i = s.find(". ")
    while i >= 0:
        if s[i + 2:i + 3] in _ASCII_LETTERS:
            return True
        i = s.find(". ", i + 2)
    return False


def norm_is_long(s: str, limit: int = _LONGEST_TABLE_LINE) -> bool:
    """Is ``len(norm(s)) > limit``, shown without normalising (see above)? False when it
    cannot tell."""
    return (len(s) > limit + 2 and "  " not in s and s.isprintable() and not has_markup(s)
            and (s.isascii() or unicodedata.is_normalized("NFKC", s)))


def is_prose(s: str) -> bool:
    """Is ``s`` shown (see above) to have a norm in none of the tables? Cheapest test first:
    English prose has " the " early on."""
    return (" the " in s and not s[0].isspace()) or has_sentence_break(s) or norm_is_long(s)


def norm_in(s: str, table) -> bool:
    """``norm(s) in table`` for one of the tables above; prose is not normalised."""
    return not is_prose(s) and norm(s) in table


# ``line_norms`` gives a prose line this instead of its norm. A norm never starts with a space,
# so it equals no table line, is no number, starts no prefix and is not "reply".
PROSE = " prose"
# First characters of a line that ``line_norms`` may treat as prose: ASCII letters, so the
# norm starts with a letter (no count header, which needs a digit, and no number), but not the
# first letters of NAV_PREFIXES (p, n, v, a), whose lookup reads the start of the norm.
_PROSE_FIRST = _ASCII_LETTERS - frozenset("pnvaPNVA")


def line_norms(lines: list[str]) -> list[str]:
    """``norm(line)`` for every line (lines are right-stripped), except :data:`PROSE` for a
    line that starts with a letter of ``_PROSE_FIRST`` and is prose (``is_prose``): every lookup
    parsers make on the norms of lines (tables, count headers, "Previous article" prefixes,
    vote numbers) fails for such a line, and for PROSE alike."""
    return [("" if not line else PROSE if line[0] in _PROSE_FIRST and is_prose(line)
             else norm(line)) for line in lines]


def count_header(line: str, n: str | None = None) -> int | None:
    """The count of a "N comments" line; ``n`` is ``norm(line)`` when the caller has it."""
    n = norm(line) if n is None else n
    if not n[:1].isdigit():
        return None  # the pattern starts with a digit
    m = _COUNT_HEADER.match(n)
    if m:
        digits = _NON_DIGITS.sub("", m.group("n"))
        return int(digits) if digits else None
    return None


_RATING_ONE_LINE = re.compile(r"^(?P<value>\d+(?:[.,]\d+)?)\s+(?P<votes>\d+)\s*votes?$")
_RATING_GLUED = re.compile(r"^(?P<value>\d(?:[.,]\d)?)(?P<votes>\d+)\s*votes?$")


def parse_rating(tokens: str) -> ArticleRating | None:
    """Parse the value and count that precede "Article Rating". ``tokens`` is the run of lines
    before the title joined by spaces: "4.5 2 votes", "5 3 votes", "3 1 vote", "0 0 votes",
    or the glued "4.77votes" (value 4.7 — wpDiscuz prints at most one decimal — and 7 votes).
    Zero votes give a count of 0 and no value, not a 0-star average outside the scale."""
    s = " ".join(tokens.split()).casefold()
    m = _RATING_ONE_LINE.match(s) or _RATING_GLUED.match(s)
    if not m:
        return None
    value = float(m.group("value").replace(",", "."))
    votes = int(m.group("votes"))
    if votes == 0:
        return ArticleRating(votes=0, value=None)
    if not 1.0 <= value <= 5.0:
        return None
    return ArticleRating(votes=votes, value=value)


_NAV_STARTS = tuple(NAV_PREFIXES)


def split_nav(line: str, n: str | None = None) -> tuple[str, str] | None:
    """("previous"|"next", title) for a "Previous article<TITLE>" line (often glued).
    ``n`` is ``norm(line)`` when the caller has it."""
    n = norm(line) if n is None else n
    if not n.startswith(_NAV_STARTS):
        return None
    for prefix, which in NAV_PREFIXES.items():
        if n.startswith(prefix):
            title = line.strip()[len(prefix):].strip(" :»«›‹")
            return which, title
    return None


def paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks; lines inside a block kept as hard line breaks."""
    out, cur = [], []
    for line in lines:
        s = line.strip()  # blank (is_blank) when empty: stripped once for both uses
        if not s:
            if cur:
                out.append("\n".join(cur))
                cur = []
        else:
            cur.append(s)
    if cur:
        out.append("\n".join(cur))
    return out


_ENDS_WITH_INITIAL = re.compile(r"(?:^|\s)(?:[A-Z]|Jr|Sr|Dr)\.$")  # "Anna K.", "Sammy Davis Jr."
# Initials run together ("O.M.", "J.R.R. Tolkien"): a name when every word is capitalised (a
# sentence ends so too: "Any plans for the U.S.").
_ENDS_WITH_INITIALS = re.compile(r"(?:^|[\s.])[A-Z]\.$")


def looks_like_name(line: str) -> bool:
    """Could this line be a commenter's display name (and not a sentence)?"""
    s = line.strip()
    if not s or len(s) > 60 or len(s.split()) > 6:
        return False
    if s[-1] in "!?;:," or "http" in s or "://" in s:
        return False
    if s[-1] == "." and not _ENDS_WITH_INITIAL.search(s) and not (
            _ENDS_WITH_INITIALS.search(s) and len(s.split()) <= 4 and all(w[:1].isupper() for w in s.split())):
        return False  # a sentence, unless the name ends with an initial ("Anna K.", "O.M.", "Jr.")
    n = norm(s)
    return n not in WPDISCUZ_CHROME and n not in SECTION_END


# --- Markdown reference-style links ---------------------------------------------------------
# Turndown's "referenced" link style and other converters print "[label][3]" in the text and
# "[3]: url" lines at the end of the page. Inlining them gives the form every reader here
# knows ("[label](url)": dates with permalinks, comment ids, reply links), and the definition
# lines stop being glued to the last comment.
_REF_DEFINITION = re.compile(r"^[ ]{0,3}\[(?P<id>[^\]\n]{1,40})\]:[ \t]+<?(?P<url>\S+?)>?(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$", re.M)
_ABBR_DEFINITION = re.compile(r"(?m)^[ \t]*\*\[[^\]\n]{1,200}\]:[ \t]+[^\n]*(?:\n|\Z)")
_REF_USE = re.compile(r"\[(?P<label>[^\[\]\n]*)\]\[(?P<id>[^\[\]\n]*)\]")


def inline_reference_links(text: str) -> str:
    """``text`` with markdown reference links ``[label][id]`` (and ``[label][]``) written
    inline as ``[label](url)`` and their definition lines removed, and without the
    abbreviation definitions html2text appends for ``<abbr title>`` elements ("*[12:30]:
    2015-08-05T12:30:00+02:00", Markdown Extra's syntax: no text of the page), and without
    lynx's numbered links (:func:`without_lynx_references`); unchanged when it has none of them
    (one C search each before any regex)."""
    text = without_lynx_references(text)
    # A one-character search first: on a text with a character past U+00FF (the seed's "’")
    # Python searches for a longer needle about 60 times slower than for one character.
    if "]" not in text or "]: " not in text:
        return text
    if "*[" in text:
        text = _ABBR_DEFINITION.sub("", text)
    if "][" not in text:
        return text
    urls = {m.group("id").casefold(): m.group("url") for m in _REF_DEFINITION.finditer(text)}
    if not urls:
        return text

    def inline(m: re.Match) -> str:
        url = urls.get((m.group("id") or m.group("label")).casefold())
        return m.group(0) if url is None else f"[{m.group('label')}]({url})"

    text = _REF_USE.sub(inline, text)
    return _REF_DEFINITION.sub(lambda m: "" if m.group("id").casefold() in urls else m.group(0), text)


# --- lynx's numbered links -----------------------------------------------------------------
# ``lynx -dump`` without ``-nolist`` numbers every link: "[12]label" in the text (where the
# label ends is not printed), and lists the numbers at the end of the dump under "References"
# ("Visible links:" and "Hidden links:" when the page has links without text; all three in the
# language of lynx's locale: "Verweise", "Références", "Ссылки"). The numbers glue to names,
# dates and reply links ("[30]Juli 30, 2013", "[31]Antworten"), and the list would be read as
# the last comment's text. Without both the dump is what ``lynx -dump -nolist`` prints (but for
# the line wrapping, which counted the numbers).
# The list is known by its form: lynx right-aligns its numbers in four columns ("   1. ",
# " 152. ") before an absolute URL (or a script's code with spaces, "190. javascript:f(1, 4)"),
# under one short heading line, with short "…:" labels between. An article's own references
# ("1. Smith, J. (2020)") are no such list; one of URLs is, but the page's text does not glue
# those numbers to words as lynx does: at least half of the shown links' numbers must stand
# glued before a word in the text ("[12]NAME"). The numbers then go in the page's order (see
# the function): a reader's "see [1]." after lynx's "[57]" stays.
_LYNX_ITEM = r"(?=[ \d]{4,}\. )[ ]*(?P<n>\d+)\. [a-z][a-z\d+.-]*:\S.*"
_LYNX_LIST_LINE = r"^(?:" + _LYNX_ITEM + r"|[ \t]*[^\d\s:][^\d:\n]{0,38}:\s*|\s*)$"
_LYNX_HEADING = r"^[ \t]*[^\d\s][^\d\n]{0,30}?\s*$"
_LYNX_TAIL = _LYNX_ITEM + r"\Z"
_LYNX_NUMBER = r"\[(?P<n>\d{1,6})\](?P<glued>(?=[^\s.,;:!?)\]]))?"
_LYNX = {str: tuple(re.compile(p) for p in (_LYNX_LIST_LINE, _LYNX_HEADING, _LYNX_TAIL, _LYNX_NUMBER)),
         bytes: tuple(re.compile(p.encode()) for p in (_LYNX_LIST_LINE, _LYNX_HEADING, _LYNX_TAIL, _LYNX_NUMBER))}


def without_lynx_references(text: AnyStr) -> AnyStr:
    """``text`` (decoded, or a page's bytes for format detection) without lynx's link numbers
    and their "References" list, when it ends with that list (the list's last line is tested
    first: one anchored match on the tail)."""
    list_line, heading_line, tail_line, number = _LYNX[type(text)]
    nl = "\n" if isinstance(text, str) else b"\n"
    tail = text[-2000:].rstrip()
    if not tail_line.match(tail, tail.rfind(nl) + 1):
        return text
    lines = text.rstrip().split(nl)
    groups: list[set] = [set()]  # the numbers under each label ("Visible links:", "Hidden links:")
    k = len(lines) - 1
    while k >= 0 and (m := list_line.match(lines[k])) is not None:
        if m.group("n"):
            groups[-1].add(m.group("n"))
        elif lines[k].strip():
            groups.append(set())  # a label: the numbers below it are one group
        k -= 1
    numbers = set().union(*groups)
    if k < 1 or not numbers or heading_line.match(lines[k]) is None or lines[k - 1].strip():
        return text  # no heading alone on its line above the list
    # (with two labels, the lower group is the hidden links', which the text does not show)
    shown = set().union(*groups[1:]) if len([g for g in groups if g]) > 1 else numbers
    body = nl.join(lines[:k]) + nl
    glued = {m.group("n") for m in number.finditer(body) if m.group("glued") is not None} & shown
    if 2 * len(glued) < len(shown):
        return text  # the text does not use the list's numbers as lynx does
    # lynx numbers its links in the page's order: a number goes when it follows the last one
    # taken, glued to its label, or not glued (a label that starts with a space, "[2] - Reply")
    # when it is one of the next three; a reader's "[1]" after "[57]" stays.
    last = 0

    def drop(m):
        nonlocal last
        n = int(m.group("n"))
        if m.group("n") in numbers and n > last and (m.group("glued") is not None or n <= last + 3):
            last = n
            return m.group(0)[:0]
        return m.group(0)

    return number.sub(drop, body)


# --- pandoc's markdown of a whole page ------------------------------------------------------
# pandoc keeps an HTML page's block structure as fenced divs ("::: {#li-comment-12 .comment}" …
# ":::") and writes attribute blocks after images and links, which it wraps like text
# ("![](avatar.jpg){.avatar\n.avatar-32 width="32"} NAME"). The fences carry no text, and an
# attribute block is no part of the line it ends.
_PANDOC_FENCE = re.compile(r"^(?P<marker>[ \t]*(?:\d+[.)]|[-*+])[ \t]+)?[ \t]*:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w-]+)?[ \t]*$",
                           re.M)
_PANDOC_ATTRS_AFTER_LINK = re.compile(r"(?<=\))\{[#.][^{}]{0,400}?\}")
# A span ("[label]{#id .class}"), also wrapped over lines and holding a link: its label.
_PANDOC_SPAN_WRAPPED = re.compile(r"\[(?P<label>(?:[^\[\]]|\[[^\[\]]*\]\([^()\s]*\))*)\]\{[#.][^{}]{0,400}?\}")


# A fenced code block, which the two patterns below match whole to leave it as it is.
_FENCED_BLOCK = r"^[ \t]*(?P<fence>```|~~~).*?^[ \t]*(?P=fence)[ \t]*$"
# (media elements only, pandoc's raw HTML round avatars)
_PANDOC_RAW_TAG = re.compile(r"(?ms)" + _FENCED_BLOCK + r"|^[ \t]*</?(?:figure|img|picture|source)\b[^<>\n]*>[ \t]*$")
# A dash, or code (a fenced block, or an inline span) that the pattern skips whole.
_PANDOC_DASH = re.compile(r"(?ms)" + _FENCED_BLOCK + r"|(?P<span>`+)[^`\n].*?(?P=span)|(?<=\S) (?P<dash>---?) (?=\S)")


def _dash(m: re.Match) -> str:
    if m.group("dash") is None:
        return m.group(0)
    return " — " if len(m.group("dash")) == 3 else " – "


def unfence_pandoc(text: str) -> str:
    """``text`` with pandoc's div fences blanked (the lines stay, so list indentation and line
    numbers keep their meaning) and the attribute blocks after images and links removed, also
    where they wrap onto the next line. Callers test the page's bytes for ":::" first: on text
    with a character past U+00FF, str's search for a multi-character needle is slow."""
    text = _PANDOC_FENCE.sub(lambda m: (m.group("marker") or "").rstrip(), text)  # a list item's marker stays
    if "<" in text:
        # raw HTML pandoc keeps for what markdown cannot say ("<figure class=…>" / "<img …/>"
        # round an avatar): markup, no text (a page's own "<" is escaped, "\<b\>")
        text = _PANDOC_RAW_TAG.sub(lambda m: m.group(0) if m.group("fence") else "", text)
    if " --" in text:
        # pandoc's smart punctuation writes an em dash as "---" and an en dash as "--" ("Sat,
        # 20/11/2010 - 08:24 --- Anonymous", Drupal's meta line): the dashes a reader saw. Not
        # in code, which pandoc prints verbatim (SQL's "-- comment", "git checkout -- f").
        text = _PANDOC_DASH.sub(_dash, text)
    if "){" in text:
        text = _PANDOC_ATTRS_AFTER_LINK.sub("", text)
    return _PANDOC_SPAN_WRAPPED.sub(lambda m: m.group("label"), text) if "]{" in text else text


# --- Markdown / reStructuredText inline clean-up -------------------------------------------
# Converters print the same comment in several syntaxes; these turn a line back into the text a
# reader saw. Links keep their label, images their alt text only where a caller asks for it.

# A link destination: no space, parentheses balanced one deep (CommonMark allows them:
# "wiki/Foo_(bar)", "javascript:void(0);").
_DEST = r"[^()\s]*(?:\([^()\s]*\)[^()\s]*)*"
_MD_IMAGE = re.compile(r"!\\?\[(?P<alt>[^\]]*?)\\?\]\((?P<src>" + _DEST
                       + r"|[^)\s]*)(?:\s+\"[^\"]*\")?\)(?:\{[^}]*\})?")
# A link whose label is itself in brackets ("[[email protected]](…)" where Cloudflare hid an
# address): the label keeps its brackets.
_MD_LINK_BRACKETED = re.compile(r"\[(?P<label>\[[^\[\]\n]*\])\]\((?:" + _DEST + r"|[^)\s]*)(?:\s+\"[^\"]*\")?\)")
# (the balanced destination first, else any up to the first ")": an unbalanced "(" in a URL)
_MD_LINK = re.compile(r"\[(?P<label>[^\]]*)\]\((?P<href>" + _DEST + r"|[^)\s]*)(?:\s+\"[^\"]*\")?\)(?:\{[^}]*\})?")
_RST_LINK = re.compile(r"`(?P<label>[^`<]*?)\s*<(?P<href>[^>]*)>`__?")
_PANDOC_SPAN = re.compile(r"\[(?P<label>[^\]]*)\]\{[^}]*\}")
_RST_SUBST = re.compile(r"\|image\d+\|\s*")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~=\"'<])")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])|"
                       r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])|==(?=\S)(.+?)(?<=\S)==")
COMMENT_ID = re.compile(r"(?:#|%23)comment-(?P<id>\d+)")
REPLYTOCOM = re.compile(r"[?&]replytocom=(?P<id>\d+)")


def link_targets(line: str) -> list[str]:
    """Every URL a markdown/RST line links to (images included), in order."""
    if "](" not in line and "`" not in line:
        return []  # every link form needs one of these
    return ([m.group("href") for m in _MD_LINK.finditer(line)]
            + [m.group("src") for m in _MD_IMAGE.finditer(line)]
            + [m.group("href") for m in _RST_LINK.finditer(line)])


def comment_id_in(text: str) -> str | None:
    m = COMMENT_ID.search(text)
    return m.group("id") if m else None


def strip_images(line: str) -> str:
    if "![[" in line:
        line = _WIKI_EMBED.sub("", line)
    return _MD_IMAGE.sub("", line)


# Obsidian-style embeds ("![[./_resources/avatar.jpg]]"), as note-taking web clippers save images.
_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")


def plain(line: str, *, keep_emphasis: bool = False) -> str:
    """Markdown/RST inline markup removed: images dropped, links -> label, escapes undone,
    emphasis markers removed. Hard line breaks ("  " or "\\" at the end) are the caller's."""
    if not has_markup(line):
        return line  # most lines: no character any of the patterns below needs
    s = line
    # Each step runs only when its pattern's required character is present (same result).
    if "|" in s:
        s = _RST_SUBST.sub("", s)
    if "[" in s:
        if "![[" in s:
            s = _WIKI_EMBED.sub("", s)
        s = _MD_IMAGE.sub("", s)
        s = _PANDOC_SPAN.sub(_label, s)
    if "`" in s:
        s = _RST_LINK.sub(_label, s)
    if "[[" in s and "]](" in s:
        s = _MD_LINK_BRACKETED.sub(_label, s)  # Cloudflare's "[[email protected]](/cdn-cgi/…)"
    if "){" in s:
        s = _LINK_ATTRS.sub("", s)  # pandoc's attributes after a link: "[NAME](url){.url rel=…}"
    # Nested "[![img](src)](href)" leaves "[](href)" after images are gone.
    for _ in range(2):
        if "](" in s:
            s = _MD_LINK.sub(_label, s)
    for _ in range(2):  # a span round a link or a span: "[[NAME](url){.url}]{.fn}", "[[N]{.a}]{.b}"
        if "]{" in s:
            s = _PANDOC_SPAN.sub(_label, s)
    if not keep_emphasis and ("*" in s or "_" in s or "==" in s):
        s = _EMPHASIS.sub(_emphasised, s)
    return _MD_ESCAPE.sub(r"\1", s) if "\\" in s else s


_LINK_ATTRS = re.compile(r"(?<=\))\{(?:[#.]|[\w-]+=)[^{}\n]*\}")
_DECIMAL = re.compile(r"\d")


def has_digit(s: str) -> bool:
    """``any(ch.isdigit() for ch in s)``; a regex finds ASCII and decimal digits, and only a
    non-ASCII string without one needs the character walk (superscripts, circled digits)."""
    if _DECIMAL.search(s) is not None:
        return True
    return not s.isascii() and any(map(str.isdigit, s))


def has_markup(s: str) -> bool:
    """Does ``s`` hold one of the characters without which ``plain`` has nothing to do
    (``|[`*_=\\``)? Seven C-level searches: a regex character class costs ~10x more per
    character."""
    return ("[" in s or "*" in s or "_" in s or "|" in s or "`" in s or "=" in s
            or "\\" in s)


def _label(m: re.Match) -> str:
    return m.group("label")


def _emphasised(m: re.Match) -> str:
    return next(g for g in m.groups()[1:] if g is not None)


def is_residue(line: str) -> bool:
    """Icon-font residue and separators: lines of only '*', '_', '-', '=' (e.g. "**", "__",
    "---", markdown's spaced rule "* * *"), which converters leave where an icon or a rule was."""
    s = line.strip()
    return bool(s) and not s.strip("*_-=~# ")  # every character one of them (and spaces)


def text_block(lines: list[str]) -> str:
    """Comment text from its raw lines: common indentation removed, markdown escapes undone,
    hard line breaks kept as newlines, paragraphs separated by a blank line."""
    out, cur = [], []
    for line in lines:
        if not line.strip() or is_residue(line):
            if cur:
                out.append("\n".join(cur))
                cur = []
            continue
        s = line.strip()
        if s.endswith("\\"):  # markdown hard break written as a trailing backslash
            s = s[:-1].rstrip()
        p = plain(s, keep_emphasis=True).replace("**", "").strip()
        if p and not ("](" in s and is_residue(p)):  # icon links ("__[__](share-url)"): residue too
            cur.append(p)
    if cur:
        out.append("\n".join(cur))
    text = "\n\n".join(p for p in out if p.strip())
    return _numeric_refs_decoded(text) if "&#" in text else text


# A numeric character reference, ";" and all ("it&#8217;s", "&#x2014;").
_NUMERIC_REF = re.compile(r"&#(?:\d{1,7}|[xX][0-9a-fA-F]{1,6});")
_CODE_SPAN = re.compile(r"(`[^`\n]*`)")


def _numeric_refs_decoded(text: str) -> str:
    """``text`` with the references WordPress's texturizer writes (curly quotes, dashes, the
    ellipsis, "&#038;", "&#039;", primes, "&#215;") as their characters, outside code spans.
    Exports and double-escaped pages leave them in comment text ("it&#8217;s"). Other
    references stay as printed: a comment about escaping shows "&amp;" or "&#160;" on purpose,
    and the HTML formats keep them so too."""
    parts = _CODE_SPAN.split(text)
    for k in range(0, len(parts), 2):  # the odd parts are the code spans
        if "&#" in parts[k]:
            parts[k] = _NUMERIC_REF.sub(_texturized, parts[k])
    return "".join(parts)


def _texturized(m: re.Match) -> str:
    ref = m.group(0)
    code = int(ref[3:-1], 16) if ref[2] in "xX" else int(ref[2:-1])
    return chr(code) if code in _TEXTURIZE_CODES else ref


# wptexturize()'s replacements: ‘ ’ ‚ “ ” „ – — … & ' ′ ″ ×
_TEXTURIZE_CODES = frozenset([8216, 8217, 8218, 8220, 8221, 8222, 8211, 8212, 8230, 38, 39, 8242, 8243, 215])


def is_fence(s: str) -> bool:
    """Does the stripped line ``s`` open or close a fenced code block? Not "```x```": an
    info string after backticks holds no backtick (CommonMark), so that is inline code."""
    if s[:3] == "```":
        return "`" not in s.lstrip("`")
    return s[:3] == "~~~"


# --- detection helpers ----------------------------------------------------------------------
# Each text format's detect() decodes the head of the page itself: parsers keep no state
# between calls (DESIGN.md), and decoding is a single C pass, cheap next to any scan of it.

HEAD_BYTES = 400_000


def detect_head(data: bytes) -> str:
    """``data[:400_000]`` decoded as UTF-8, undecodable bytes dropped."""
    return data[:HEAD_BYTES].decode("utf-8", errors="ignore")


# detect() runs for every format on every page, so each first searches the raw bytes: for an
# ASCII literal (or a valid UTF-8 one) ``data.find(lit, 0, 400_000) >= 0`` is ``lit in
# detect_head(data)`` whenever decoding drops nothing, i.e. the head is valid UTF-8. With
# invalid bytes dropped, two pieces around them could join into a literal, so detect()
# falls back to the decoded head then (``head_decodes_cleanly``). A literal's rarest ASCII
# byte is looked for first (memchr, ~20x faster than a substring search): an ASCII character
# is decoded only from its own byte, so without that byte the literal is absent either way.

# ASCII bytes, rarest first in web text (symbols, rare capitals, rare lower-case letters).
_RARE_FIRST = (b"^$`~Z|QX{}<\\@%;>&+!*VY[]JGKUW=BO#R_zq?xjEFHNLMDPSCTAI'\"kvbpyg/fwmuc:l"
               b"dr-hsn0123456789ioat,e.\n ")


class Literal:
    """A literal detect() looks for: its UTF-8 bytes and its rarest ASCII byte."""

    __slots__ = ("data", "rare")

    def __init__(self, text: str):
        self.data = text.encode("utf-8")
        self.rare = next((bytes([b]) for b in _RARE_FIRST if b in self.data), self.data[:1])


def head_has(data: bytes, literal: Literal) -> bool | None:
    """Is ``literal`` in the raw head? True, False, or None for "not in the bytes, which
    proves it absent from the decoded head only if that decodes cleanly"."""
    if data.find(literal.rare, 0, HEAD_BYTES) < 0:
        return False
    return True if data.find(literal.data, 0, HEAD_BYTES) >= 0 else None


def head_decodes_cleanly(data: bytes) -> bool:
    """Is ``detect_head(data)`` the head's bytes decoded without dropping any?"""
    head = data[:HEAD_BYTES]
    if head.isascii():
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def count_line_starts_bytes(data: bytes, literal: Literal, limit: int) -> int:
    """``count_line_starts(detect_head(data), literal, limit)`` on the raw head (which must
    decode cleanly when the literal is in it)."""
    if data.find(literal.rare, 0, HEAD_BYTES) < 0:
        return 0
    n = 0
    i = data.find(literal.data, 0, HEAD_BYTES)
    while i >= 0 and n < limit:
        if i == 0 or data[i - 1] == 10:  # "\n"
            n += 1
        i = data.find(literal.data, i + 1, HEAD_BYTES)
    return n


def line_starts_with(text: str, literal: str, pattern: re.Pattern) -> bool:
    """Does ``pattern`` (which starts with ``literal``) match at the start of a line, like
    ``(?m)^pattern``? Finds the literal with str.find instead of trying the regex at every
    line start, which is what makes a multiline ``^`` search slow."""
    i = text.find(literal)
    while i >= 0:
        if (i == 0 or text[i - 1] == "\n") and pattern.match(text, i):
            return True
        i = text.find(literal, i + 1)
    return False


def count_line_starts(text: str, literal: str, limit: int) -> int:
    """How many lines start with ``literal`` (``len(re.findall("(?m)^literal", text))``),
    counting no further than ``limit``."""
    n = 0
    i = text.find(literal)
    while i >= 0 and n < limit:
        if i == 0 or text[i - 1] == "\n":
            n += 1
        i = text.find(literal, i + 1)
    return n
