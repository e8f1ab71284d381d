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

_NON_DIGITS = re.compile(r"\D")
_COUNT_HEADER = re.compile(
    r"^(?P<n>\d[\d,.]*)\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|"
    r"комментари[а-я]*|responses?|thoughts?|replies)\b", re.I)


_EMPHASIS_RUN = re.compile(r"[*_]{2,}")


def norm(line: str) -> str:
    """A line as the tables compare it."""
    if line.isascii():
        # Fast path, same result: NFKC leaves ASCII alone and casefold() is lower() there.
        s = line.replace("\\", "") if "\\" in line else line
        if "*" in s or "_" in s:
            s = _EMPHASIS_RUN.sub("", s)
        return " ".join(s.split()).lower()
    s = unicodedata.normalize("NFKC", line).replace("\\", "")
    s = _EMPHASIS_RUN.sub("", s)
    return " ".join(s.split()).casefold()


def norms(lines: list[str]) -> list[str]:
    """``[norm(line) for line in lines]``, computed on the whole page at once: the steps of
    ``norm`` before the whitespace collapse neither cross nor touch a newline (NFKC does not
    compose across one, emphasis runs and backslashes stay within a line), so running them
    on the joined lines and splitting again gives every line's norm for a few passes in all.
    Parsers index this list instead of normalising a line again in every scan."""
    text = "\n".join(lines)
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        # Most lines are already in NFKC (a no-break space is enough to fail the page's check).
        text = "\n".join(line if line.isascii() or unicodedata.is_normalized("NFKC", line)
                         else unicodedata.normalize("NFKC", line) for line in lines)
    if "\\" in text:
        text = text.replace("\\", "")
    if "*" in text or "_" in text:  # an emphasis run needs one
        text = _EMPHASIS_RUN.sub("", text)
    text = text.lower() if text.isascii() else text.casefold()
    if any(c in text for c in _OTHER_WHITESPACE):
        return [" ".join(line.split()) for line in text.split("\n")]
    # Only spaces: collapse their runs and drop them at line ends, all with C-level replaces.
    while "  " in text:
        text = text.replace("  ", " ")
    text = text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    return text.split("\n")


# What str.split() treats as whitespace, besides the space and the newline.
_OTHER_WHITESPACE = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")


def is_blank(line: str) -> bool:
    return not line.strip()


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
    n = norm(s)
    return n not in WPDISCUZ_CHROME and n not in SECTION_END


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
    if "](" not in line and "`" not in line:
        return []  # every link form needs one of these
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
    if _MARKUP_CHAR.search(line) is None:
        return line  # most lines: no character any of the patterns below needs
    s = line
    # Each step runs only when its pattern's required character is present (same result).
    if "|" in s:
        s = _RST_SUBST.sub("", s)
    if "[" in s:
        s = _MD_IMAGE.sub("", s)
        s = _PANDOC_SPAN.sub(_label, s)
    if "`" in s:
        s = _RST_LINK.sub(_label, s)
    # Nested "[![img](src)](href)" leaves "[](href)" after images are gone.
    for _ in range(2):
        if "](" in s:
            s = _MD_LINK.sub(_label, s)
    if not keep_emphasis and ("*" in s or "_" in s or "==" in s):
        s = _EMPHASIS.sub(_emphasised, s)
    return _MD_ESCAPE.sub(r"\1", s) if "\\" in s else s


# Characters without which ``plain`` has nothing to do.
_MARKUP_CHAR = re.compile(r"[|\[`*_=\\]")


def _label(m: re.Match) -> str:
    return m.group("label")


def _emphasised(m: re.Match) -> str:
    return next(g for g in m.groups()[1:] if g is not None)


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


# --- detection helpers ----------------------------------------------------------------------
# Each text format's detect() decodes the head of the page itself: parsers keep no state
# between calls (DESIGN.md), and decoding is a single C pass, cheap next to any scan of it.

_HEAD_BYTES = 400_000


def detect_head(data: bytes) -> str:
    """``data[:400_000]`` decoded as UTF-8, undecodable bytes dropped."""
    return data[:_HEAD_BYTES].decode("utf-8", errors="ignore")


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
