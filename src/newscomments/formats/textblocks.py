"""Pieces shared by the plain-text and markdown formats: line tables and small recognisers.

The tables are data (STYLE.md: "selectors are data"): localised UI strings and boilerplate
lines live here, not in if-chains in the parsers."""

from __future__ import annotations

import re
import unicodedata

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
])
# Lines that open a wpDiscuz comment section.
WPDISCUZ_SECTION_START = frozenset(s.casefold() for s in [
    "Notify of", "Inline Feedbacks", "View all comments"])
# Lines after which nothing belongs to the comment list any more.
SECTION_END = frozenset(s.casefold() for s in [
    "Load More Comments", "wpDiscuzInsert", "wpDiscuz", "Loading Comments...",
    "Write a Comment...", "Leave a Reply", "Leave a Comment", "Comments are closed.",
    "Comments are closed on this article!", "Related Posts", "Related Articles",
    "Recent Comments", "Recent Posts", "Archives", "Archives Archives", "Select Month",
    "Powered by Disqus", "« Previous",
])
TRUNCATION_MARKERS = {
    "load more comments": "load-more",
    "« previous": "comment-pagination",
    "older comments": "comment-pagination",
    "newer comments": "comment-pagination",
}
# "Reply to NAME" in the languages wpDiscuz ships; any mix of spaces and no-break spaces.
REPLY_TO = re.compile(
    r"^(?:\*\*\s*)?(?:Reply to|Antwort auf|Répondre à|Responder a|Rispondi a|Antwoord op|"
    r"Ответ на|Ответить|Odpowiedz|Responder para|回复|返信先)[\s\u00a0]+(?P<name>\S.*?)\s*$",
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
    "Рейтинг статьи"])
BADGES = frozenset(s.casefold() for s in ["Author", "Guest", "Mod", "Admin", "OP", "Moderator",
                                          "Autor", "Auteur", "Гость", "Автор", "作者"])
IMAGE_ONLY_BODIES = frozenset(["comment image", "image", "[image]", "comment-image"])
# Last lines of an article body that credit a source rather than say something.
CREDIT = re.compile(r"(©|\(c\)|\bsource\b|\bcredit|\bvia\b|\bquelle\b|\bfuente\b|/|\w\.\s?com\b)", re.I)

_COUNT_HEADER = re.compile(
    r"^(?P<n>\d[\d,.]*)\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|"
    r"комментари[а-я]*|responses?|thoughts?|replies)\b", re.I)


def norm(line: str) -> str:
    """A line as the tables compare it."""
    s = unicodedata.normalize("NFKC", line).replace("\\", "")
    s = re.sub(r"[*_]{2,}", "", s)
    return " ".join(s.split()).casefold()


def is_blank(line: str) -> bool:
    return not line.strip()


def count_header(line: str) -> int | None:
    m = _COUNT_HEADER.match(norm(line))
    if m:
        digits = re.sub(r"\D", "", m.group("n"))
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


def split_nav(line: str) -> tuple[str, str] | None:
    """("previous"|"next", title) for a "Previous article<TITLE>" line (often glued)."""
    n = norm(line)
    for prefix, which in NAV_PREFIXES.items():
        if n.startswith(prefix):
            title = line.strip()[len(prefix):].strip(" :»«›‹")
            return which, title
    return None


def paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks; lines inside a block kept as hard line breaks."""
    out, cur = [], []
    for line in lines:
        if is_blank(line):
            if cur:
                out.append("\n".join(cur))
                cur = []
        else:
            cur.append(line.strip())
    if cur:
        out.append("\n".join(cur))
    return out


def looks_like_name(line: str) -> bool:
    """Could this line be a commenter's display name (and not a sentence)?"""
    s = line.strip()
    if not s or len(s) > 60 or len(s.split()) > 6:
        return False
    if s[-1] in ".!?;:," or "http" in s or "://" in s:
        return False
    if norm(s) in WPDISCUZ_CHROME or norm(s) in SECTION_END:
        return False
    return True


# --- Markdown / reStructuredText inline clean-up -------------------------------------------
# Converters print the same comment in several syntaxes; these turn a line back into the text a
# reader saw. Links keep their label, images their alt text only where a caller asks for it.

_MD_IMAGE = re.compile(r"!\\?\[(?P<alt>[^\]]*?)\\?\]\((?P<src>[^)\s]*)(?:\s+\"[^\"]*\")?\)(?:\{[^}]*\})?")
_MD_LINK = re.compile(r"\[(?P<label>[^\]]*)\]\((?P<href>[^)\s]*)(?:\s+\"[^\"]*\")?\)(?:\{[^}]*\})?")
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
    return ([m.group("href") for m in _MD_LINK.finditer(line)]
            + [m.group("src") for m in _MD_IMAGE.finditer(line)]
            + [m.group("href") for m in _RST_LINK.finditer(line)])


def comment_id_in(text: str) -> str | None:
    m = COMMENT_ID.search(text)
    return m.group("id") if m else None


def strip_images(line: str) -> str:
    return _MD_IMAGE.sub("", line)


def plain(line: str, *, keep_emphasis: bool = False) -> str:
    """Markdown/RST inline markup removed: images dropped, links -> label, escapes undone,
    emphasis markers removed. Hard line breaks ("  " or "\\" at the end) are the caller's."""
    s = _RST_SUBST.sub("", line)
    s = _MD_IMAGE.sub("", s)
    s = _PANDOC_SPAN.sub(lambda m: m.group("label"), s)
    s = _RST_LINK.sub(lambda m: m.group("label"), s)
    # Nested "[![img](src)](href)" leaves "[](href)" after images are gone.
    for _ in range(2):
        s = _MD_LINK.sub(lambda m: m.group("label"), s)
    if not keep_emphasis:
        s = _EMPHASIS.sub(lambda m: next(g for g in m.groups()[1:] if g is not None), s)
    return _MD_ESCAPE.sub(r"\1", s)


def is_residue(line: str) -> bool:
    """Icon-font residue and separators: lines of only '*', '_', '-', '=' (e.g. "**", "__",
    "---"), which converters leave where an icon or a rule was."""
    s = line.strip()
    return bool(s) and not s.strip("*_-=~#").strip()


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
        if p:
            cur.append(p)
    if cur:
        out.append("\n".join(cur))
    return "\n\n".join(p for p in out if p.strip())
