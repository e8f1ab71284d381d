"""Article metadata of an HTML page: title, published time, byline, canonical URL, site and
language.

Sources, best first for each field:

- JSON-LD (``<script type="application/ld+json">``): the first object typed as an article
  (:data:`selectors.ARTICLE_TYPES`, also inside ``@graph`` and lists), authors resolved through
  ``@id`` references. Only that object counts: a Recipe's or Product's ``aggregateRating`` is
  not an article rating, and a ``WebPage`` headline is not an article's. JSON-LD that is not
  JSON is ignored with a note.
- ``og:``/``article:``/``dc.`` meta tags, ``<link rel=canonical>``, ``<title>``, the page's
  ``h1`` and ``time[datetime]`` in the article header.
- Language: ``<html lang>`` (primary subtag), ``og:locale``, else a guess from the body text
  (which also overrules an English label on an article of 400 characters or more that reads
  as another language: WordPress's default locale; see :func:`htmlpage.page.build_page`).
- Published: never the modified date a theme prints beside it, unless it is the only one;
  bylines: the hCard name (``.fn``) inside an author box, without a by-word ("par", "av").
- URL: the canonical link, ``og:url``, JSON-LD, WordPress's shortlink, else the address the
  comments' absolute permalinks share (saved copies without a head).
- Site: the canonical URL's host (:func:`newscomments.urls.site_of`: a Wayback Machine capture
  gives the archived site). Titles and bylines escaped twice are unescaped; an author link
  printing a theme string ("View all posts by NAME") gives the name.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field, replace
from datetime import timedelta
from urllib.parse import urljoin

from .. import dates, postratings
from ..model import ArticleRating, PostedTime
from ..urls import site_of
from . import selectors as S
from .dom import front_matter_title
from .text import drop, inline, squash
from .tree import in_aside, matches

_LANG = re.compile(r"^[A-Za-z]{2,3}(?=$|[-_])")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/:?#@]+)", re.I)


@dataclass(frozen=True)
class ArticleMeta:
    title: str | None = None
    url: str | None = None
    site: str | None = None
    byline: str | None = None
    published: PostedTime | None = None
    language: str | None = None
    comment_count: int | None = None  # JSON-LD commentCount, when the article object has one
    rating: ArticleRating | None = None  # JSON-LD aggregateRating *of the article itself*
    notes: tuple[str, ...] = field(default_factory=tuple)
    # The UTC offset the theme's datetime attributes claim when the page's own published time
    # shows it false (see _false_theme_offset); comment times claiming it are local times only.
    false_offset: timedelta | None = None
    false_offset_why: str = ""  # for the note: how the page shows the offset false


def extract_meta(tree, *, url_hint: str | None = None, crawled_at=None,
                 text: str | None = None) -> ArticleMeta:
    notes: list[str] = []
    metas: dict[str, str] = {}
    scripts = []
    # Meta tags and JSON-LD blocks in one walk: a walk of the page costs lexbor about as much
    # as testing five more alternatives in one. Each node is one or the other by its tag (the
    # two alternatives name different elements, so none is listed twice).
    for node in tree.css(_META_OR_JSONLD):
        if node.tag == "meta":
            if "itemprop" in node.attributes and not _of_the_page(node):
                continue  # a review's or a comment's microdata, not the article's
            _add_meta(metas, node)
        else:
            scripts.append(node)
    article = _jsonld_article(scripts, notes)

    title = _ld_text(article.get("headline") or article.get("name")) if article else None
    site_name = metas.get("og:site_name")
    from_title_tag = False  # a title from <title> or a meta tag may carry the site's name
    if not title:
        title = metas.get("og:title") or metas.get("twitter:title") or metas.get("dc.title") \
            or metas.get("citation_title")
        from_title_tag = bool(title)
        if title and site_name:
            if squash(title).casefold() == squash(site_name).casefold():
                title = None  # a front page's og:title is the site's name (Jetpack): no post title
            else:
                # "Post | Blog", and on hosted platforms "Post @ Blog :: Platform ::"
                title = re.sub(r"\s*[-|–—·:@]\s*" + re.escape(site_name) + _PLATFORM_TAIL, "", title) or title
    if not title and text is not None:
        title = front_matter_title(text)
    home = None
    if not title:
        title, home = _title_element(tree)
    if not title:
        node = tree.css_first("title")
        title = inline(node) or None
        from_title_tag = True
        home = site_name or home
        if title and home:  # "Post title : Site name" (the heading that links home names the site)
            title = re.sub(r"\s*[-|–—·:»]\s*" + re.escape(home) + r"\s*$", "", title) or title
            # ... or the site first: "Site name: Post title" (Movable Type), "Site | Post"
            title = re.sub(r"^\s*" + re.escape(home) + r"\s*(?:[|–—·»]|\s-|:)\s*", "", title) or title

    canonical = tree.css_first("link[rel=canonical][href]")
    href = canonical.attributes.get("href") if canonical else None
    url = _absolute(href) or _absolute(metas.get("og:url")) or _absolute(_ld_url(article)) \
        or _joined(url_hint, href) or _shortlink(tree) or _joined(_commented_page(tree), href)
    if from_title_tag and title and url:
        title = _without_domain_name(title, url)
    if from_title_tag and title and (_TITLE_PARTS.search(title) or ": " in title):
        title = _cut_at_heading(title, tree, site_name)

    byline = _ld_author(article) if article else None
    if not byline:
        for key in S.META_AUTHOR:
            v = metas.get(key)
            if v and not v.startswith(("http://", "https://", "@")) and not _names_a_site(v):
                byline = v
                break
    if not byline:
        node = _first_of_the_page(tree, S.BYLINE_ELEMENTS, with_text=True, names=True) \
            or _author_archive_link(tree)
        if node is not None and (inner := node.css_first(_NAME_IN_BYLINE)) is not None and inline(inner):
            node = inner  # hCard's name inside an author box that holds more (a category link)
        if node is not None:
            drop(node, S.SCREEN_READER_TEXT)  # "Author " before the name (Twenty Fifteen on)
        byline = inline(node) or None if node is not None else None
        if byline and len(byline) > 80:
            byline = None

    published = None
    raw = _ld_text(article.get("datePublished")) if article else None
    for key in S.META_PUBLISHED:
        if raw:
            break
        raw = metas.get(key)
    from_theme = False
    if not raw:
        node = _first_of_the_page(tree, S.PUBLISHED_ELEMENTS, published=True)
        if node is not None:
            raw = node.attributes.get("datetime") or node.attributes.get("content") \
                or node.attributes.get("title")
            from_theme = True
    false_offset, offset_why = None, ""
    if raw:
        published = dates.parse_date(raw.strip(), crawled_at=crawled_at)
        if published is None:
            notes.append(f"published date not understood: {raw.strip()[:60]!r}")
        elif not from_theme and (false_offset := _false_theme_offset(tree, published)) is not None:
            offset_why = "which the page's published time shows false"
    else:
        published, printed, where = _printed_date(tree, crawled_at)
        if byline is None and published is not None and (m := _BY_NAME_AFTER.search(printed[-60:])) is not None:
            byline = m.group("who")  # the meta line "DATE by NAME" (Liquorice and older themes)
        elif byline is None and where == ".submitted" and (m := _DASH_NAME_AFTER.match(printed)) is not None \
                and len(m.group("who").split()) <= 4 and not any(ch.isdigit() for ch in m.group("who")):
            byline = m.group("who")  # Garland's "DATE — NAME"
    if false_offset is None and _before_wordpress_5_3(metas.get("generator")):
        # WordPress before 5.3 printed local times as "+00:00" in themes' datetimes ('c').
        false_offset, offset_why = timedelta(0), "which WordPress before 5.3 printed for local times"
        if from_theme and published is not None and published.utc is not None \
                and published.local == published.utc.replace(tzinfo=None):
            published = replace(published, utc=None)

    html = tree.css_first("html")
    lang = html.attributes.get("lang") if html is not None else None
    lang = lang or (html.attributes.get("xml:lang") if html is not None else None) or metas.get("og:locale")
    m = _LANG.match((lang or "").strip())
    language = m.group(0).lower() if m else None

    count = None
    rating = None
    if article:
        try:
            count = int(article.get("commentCount")) if article.get("commentCount") is not None else None
        except (TypeError, ValueError):
            count = None
        rating = _ld_rating(article.get("aggregateRating"))
    if rating is None and (box := tree.css_first(".post-ratings")) is not None:
        rating = postratings.read(squash(box.text(deep=True)))  # WP-PostRatings
    return ArticleMeta(title=_unescaped(squash(title)) if title else None, url=url,
                       site=site_of(url), published=published, language=language,
                       byline=_author_name(_unescaped(squash(byline))) if byline else None,
                       comment_count=count, rating=rating, notes=tuple(notes), false_offset=false_offset,
                       false_offset_why=offset_why)


_WORDPRESS_VERSION = re.compile(r"^WordPress (\d+)\.(\d+)")


def _before_wordpress_5_3(generator: str | None) -> bool:
    m = _WORDPRESS_VERSION.match(generator or "")
    return m is not None and (int(m.group(1)), int(m.group(2))) < (5, 3)


def _false_theme_offset(tree, published: PostedTime) -> timedelta | None:
    """The UTC offset the theme's own post date claims, when the published time of the page's
    metadata (JSON-LD, ``article:published_time``) shows it false: the same time of day to the
    second, whole quarter hours apart. WordPress before 5.3 printed local times with "+00:00"
    in themes' ``the_time('c')`` and ``get_comment_time('c')``, while its metadata plugins
    write true UTC; the comments' datetimes then carry the same false offset."""
    node = _first_of_the_page(tree, S.PUBLISHED_ELEMENTS, published=True)
    raw = node.attributes.get("datetime") if node is not None else None
    theme = dates.parse_date(raw.strip()) if raw else None
    if theme is None or theme.utc is None or published.utc is None or theme.local is None:
        return None
    apart = abs(theme.utc - published.utc)
    claimed = theme.local - theme.utc.replace(tzinfo=None)
    if not apart or apart > _MAX_OFFSET or apart % _QUARTER_HOUR or claimed:
        return None  # (the bug prints "+00:00" only; a real offset is the site's)
    return claimed


_QUARTER_HOUR = timedelta(minutes=15)
_MAX_OFFSET = timedelta(hours=14)


# What a hosted platform may add after the blog's name in a title: "… :: PIXNET ::", "… | Medium"
_PLATFORM_TAIL = r"(?:\s*(?:::|[|»])\s*[^|»]*)?\s*$"
_TITLE_PARTS = re.compile(r"\s+[|»«›‹–—-]\s+|\s*::\s*")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _cut_at_heading(title: str, tree, site_name: str | None) -> str:
    """A title tag that starts with a heading of the page and goes on after a separator
    ("Post | Section | Site", "Post - Site"), or ends with one after a separator ("Blog: Post",
    Blogger's and Movable Type's classic titles): the heading, which names the post alone. A
    heading that is the site's name or links home is no post heading. One walk over the
    page's h1-h3 (a heading is tested only when the title starts with its text)."""
    title = squash(title)
    site = squash(site_name).casefold() if site_name else None
    marked_seen = False
    for node in tree.css("h1, h2, h3"):
        first_marked = not marked_seen and _marked_post_title(node)
        marked_seen = marked_seen or first_marked
        heading = squash(inline(node))
        if not heading or len(heading) >= len(title):
            continue
        if title.startswith(heading):
            if _TITLE_PARTS.match(title, len(heading)) is None and not (title[len(heading)] == " " and first_marked):
                # A heading that is only the start of the title's first part; the page's first
                # marked post title is the exception (related posts mark their teasers too).
                continue
        elif not (title.endswith(heading) and _BEFORE_LAST_PART.search(title[:len(title) - len(heading)])):
            continue  # neither "Post | Site" nor "Blog: Post" (Blogger's and Movable Type's titles)
        if heading.casefold() != site and not _links_home(node):
            return heading
    return title


# The end of a title's part before the last one ("Blog: ", "Blog | ", "Blog » ").
_BEFORE_LAST_PART = re.compile(r"(?:\s+[|»«›‹–—-]\s+|\s*::\s*|:\s+)$")


def _marked_post_title(node) -> bool:
    """A heading the theme marks as the post's own title (``.entry-title``, ``.post-title``,
    ``itemprop=headline``): an SEO title that adds words after it ("T Manga Review | Site")
    still names the post by it."""
    attrs = node.attributes
    classes = (attrs.get("class") or "").split()
    return "entry-title" in classes or "post-title" in classes or attrs.get("itemprop") == "headline"


def _without_domain_name(title: str, url: str) -> str:
    """A ``<title>`` without the site's name at either end ("Internet-Law » Post", "Post |
    example.org"), when that part spells the site's domain (letters and digits compared,
    "www." and the top-level domain aside): the page names its site nowhere else."""
    parts = _TITLE_PARTS.split(title)
    site = site_of(url)
    if len(parts) < 2 or not site:
        return title
    labels = site.split(".")
    keys = {_NOT_ALNUM.sub("", ".".join(labels[:-1])).casefold(), _NOT_ALNUM.sub("", site).casefold()}
    keys.discard("")
    for end in (0, -1):
        if _NOT_ALNUM.sub("", parts[end]).casefold() in keys:
            sep = _TITLE_PARTS.search(title) if end == 0 else list(_TITLE_PARTS.finditer(title))[-1]
            rest = title[sep.end():] if end == 0 else title[:sep.start()]
            return rest.strip() or title
    return title


def _first_of_the_page(tree, selector: str, *, with_text: bool = False, published: bool = False,
                       names: bool = False):
    """The first element matching ``selector`` that describes the page, not a comment or a
    review inside it (their authors and dates use the same classes and microdata).
    ``with_text``: an element with text (an empty ``<meta itemprop=author>`` names no one).
    ``published``: the last-modified date that themes print beside the published one
    (``time.updated`` first in GeneratePress; ``itemprop=dateModified``) only when no other
    date matches. ``names``: not an author link that is a button ("View all" posts)."""
    modified = None
    for node in matches(tree, selector):
        if with_text and not inline(node):
            continue
        if names and inline(node).casefold() in _BUTTON_LABELS:
            continue
        if _of_the_page(node):
            if not published or not _is_modified_date(node):
                return node
            modified = modified or node
    return modified  # a theme that marks its only date "updated" (tagDiv) means the post's


def _is_modified_date(node) -> bool:
    classes = (node.attributes.get("class") or "").split()
    return "published" not in classes and (
        "updated" in classes or (node.attributes.get("itemprop") or "") == "dateModified")


def _of_the_page(node) -> bool:
    """Whether ``node`` describes the page: no element around it is a comment or a comment
    area (a class or an id that starts with "comment": "comment-body", "comments-area",
    "commentlist", "comment-42"), and none is a schema.org item other than the page's article
    (a Comment, a Review, a Product...: :data:`selectors.FOREIGN_ITEMS`). One climb; ``attrs``
    reads one attribute without building the element's whole attribute dict."""
    first = True
    while node is not None and node.parent is not None:  # the document node has no attrs
        attrs = node.attrs
        if not first and _is_comment_box(attrs):
            return False
        if "itemscope" in attrs and (types := attrs.get("itemtype")):
            if any(t.rstrip("/").rsplit("/", 1)[-1] in S.FOREIGN_ITEMS for t in types.split()):
                return False
        first = False
        node = node.parent
    return True


def _shortlink(tree) -> str | None:
    """WordPress's shortlink of the post ("https://host/?p=123"), absolute where a saved copy
    made the canonical link relative: the post's address when nothing else gives one. Only
    core's own form, on the site's host (Jetpack's "https://wp.me/…" names another site)."""
    link = tree.css_first("link[rel=shortlink][href]")
    href = _absolute(link.attributes.get("href")) if link is not None else None
    return href if href and _CORE_SHORTLINK.search(href) else None


_CORE_SHORTLINK = re.compile(r"^https?://[^/?#]+/(?:[^?#]*/)?\?p=\d+$")


def _commented_page(tree) -> str | None:
    """The address the comments' own absolute permalinks share ("https://host/post/#comment-32",
    "…/post/?replytocom=32#respond"), for saved copies without a canonical link: the page they
    are on. Two links at least, and all but a fifth of them agreeing (a comment may link to
    another post's comment)."""
    pages: dict[str, int] = {}
    present = {(n.attributes.get("id") or "").rsplit("-", 1)[-1] for n in tree.css("[id*='comment-']")}
    for a in tree.css("a[href*='#comment-'], a[href*='replytocom=']"):
        m = _COMMENT_PERMALINK.match((a.attributes.get("href") or "").strip())
        if m is not None and (m.group("cid") or m.group("rid")) in present:  # a comment of this page (not a widget's)
            pages[m.group("page")] = pages.get(m.group("page"), 0) + 1
    if not pages:
        return None
    best = max(sorted(pages), key=pages.__getitem__)
    total = sum(pages.values())
    return best if pages[best] >= 2 and pages[best] * 5 >= total * 4 else None


# An absolute comment permalink or reply link, and the page's address in it.
_COMMENT_PERMALINK = re.compile(r"^(?P<page>https?://[^\s?#]+?)(?:\?replytocom=(?P<rid>\d+)#respond|#comment-(?P<cid>\d+))$")


def _author_archive_link(tree):
    """The first link to an author's archive in a post's meta line (not a sidebar's or a
    related post's, not "/tag/author/")."""
    for node in matches(tree, S.BYLINE_ARCHIVE_LINKS):
        if S.AUTHOR_ARCHIVE.search(node.attributes.get("href") or "") and inline(node) \
                and _of_the_page(node) and not in_aside(node):
            return node
    return None


def _printed_date(tree, crawled_at):
    """The post's date printed as text in its header (:data:`selectors.PUBLISHED_TEXT`), for
    pages without a machine-readable one, and what the line prints after it; never a date
    inside a comment, and the selector that found it. (None, "", None) when there is none."""
    for selector in S.PUBLISHED_TEXT:
        for node in tree.css(selector):
            if _in_comment(node) or selector in S.PUBLISHED_TEXT_LOOSE and in_aside(node):
                continue
            shown = inline(node)
            found = dates.find_date(shown, crawled_at=crawled_at)
            if found is not None:
                after = shown[shown.find(found.raw) + len(found.raw):]
                return _with_link_time(node, found, crawled_at), after, selector
    return None, "", None


# A time of day alone ("23:38", "11:38 pm", "9.15 Uhr").
_TIME_ONLY = re.compile(r"^\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?$", re.I)


def _with_link_time(node, found: PostedTime, crawled_at) -> PostedTime:
    """A day-precision date with the time of day a theme keeps in the title of the permalink
    around it (Twenty Ten: ``<a href=… title="23:38" rel="bookmark"><span
    class="entry-date">20/09/2006</span></a>``)."""
    if found.precision != "day":
        return found
    for link in node.css("a[title]") if node.tag != "a" else [node]:
        titled = squash(link.attributes.get("title") or "")
        if _TIME_ONLY.match(titled) and found.raw in inline(link):
            timed = dates.parse_date(f"{found.raw} {titled}", crawled_at=crawled_at)
            if timed is not None and timed.precision in ("minute", "second"):
                return timed
    return found


# "— NAME" right after the date, all the line holds (Drupal's Garland: "DATE — NAME").
_DASH_NAME_AFTER = re.compile(r"^\s*[—–]\s+(?P<who>[^\s|,·•][^|,·•]{0,38}?)\s*$")
# "by NAME" ending a printed meta line after its date (the by-words of _BY_WORD).
_BY_NAME_AFTER = re.compile(r"(?:^|\s)(?:by|par|von|por|door|av)\s+(?P<who>[^\s|,·•][^|,·•]{0,38}?)\s*$", re.I)


def _in_comment(node) -> bool:
    """Whether an element around ``node`` is a comment or a comment area (see _of_the_page)."""
    node = node.parent
    while node is not None and node.parent is not None:  # the document node has no attrs
        if _is_comment_box(node.attrs):
            return True
        node = node.parent
    return False


def _is_comment_box(attrs) -> bool:
    """A class or an id that starts with "comment": a comment or a comment area."""
    return (attrs.get("id") or "").startswith("comment") or any(
        c.startswith("comment") for c in (attrs.get("class") or "").split())


def _title_element(tree) -> tuple[str | None, str | None]:
    """The post title's heading (:data:`selectors.TITLE_ELEMENTS`, best first; a bare ``h1``
    only when it is not the site's name linking home, as themes print their logo), and, when
    no heading gives the title, the text of the first ``h1`` that links home: the site's name,
    which a ``<title>`` may end with."""
    quoted = _quoted_in_comments_title(tree)
    for selector in S.TITLE_ELEMENTS[:-1]:
        node = tree.css_first(selector)
        if (text := inline(node)):
            if quoted and not _marked_post_title(node) and not _in_header(node):
                return quoted, None  # an h1 in the post's text, not its title
            return text, None
    home: str | None = None
    home_seen = False
    for node in tree.css(S.TITLE_ELEMENTS[-1]):
        if _hidden(node):
            continue  # "Comment navigation", "Main menu": labels for screen readers
        if not _links_home(node):
            if (text := inline(node)):
                # a bare h1 may be a section of the post: the comments heading names the post
                return quoted or _heading_that_is_the_title_tag(tree, text), None
        elif not home_seen:
            home, home_seen = inline(node) or None, True
    return quoted, home


def _in_header(node) -> bool:
    up = node.parent
    while up is not None and up.tag not in ("article", "body"):
        if up.tag == "header" or "entry-header" in (up.attributes.get("class") or ""):
            return True
        up = up.parent
    return False


def _hidden(node) -> bool:
    classes = (node.attributes.get("class") or "").split()
    return any(c in _HIDDEN_CLASSES for c in classes)


_HIDDEN_CLASSES = frozenset(name.strip(" .") for name in S.SCREEN_READER_TEXT.split(","))
# Quotation marks and their closers. The closer is the last one of its kind in the heading:
# a title may hold an apostrophe (WordPress prints "’") or quotes of its own.
_QUOTE_PAIRS = {"“": "”", "„": "“", "«": "»", '"': '"', "「": "」", "『": "』", "‘": "’"}


def _quoted_in_comments_title(tree) -> str | None:
    """The post's title as the comment list's heading quotes it ("12 thoughts on “T”",
    "「T」への1件のフィードバック"), or None; when the page has a ``<title>``, only a quote
    that it holds (a heading's words can be other words in quotes)."""
    for node in tree.css(S.COMMENTS_TITLE):
        if _in_a_comment(node):
            continue  # a comment's own subject (Drupal's), not the list's heading
        quoted = _quoted(squash(node.text(deep=True)))
        if quoted is None:
            return None
        title = squash(inline(tree.css_first("title"))).casefold()
        return quoted if not title or quoted.casefold() in title else None
    return None


def _quoted(text: str) -> str | None:
    """The text between the first opening quotation mark and the last matching closer."""
    opened = min((k for k in (text.find(q) for q in _QUOTE_PAIRS) if k >= 0), default=-1)
    if opened < 0:
        return None
    closer = _QUOTE_PAIRS[text[opened]]
    closed = text.rfind(closer)
    inner = text[opened + 1:closed].strip() if closed > opened else ""
    return inner if 2 <= len(inner) <= 200 else None


def _in_a_comment(node) -> bool:
    up = node.parent
    while up is not None and up.tag not in ("body", "html"):
        if up.tag == "li" or "comment" in (up.attributes.get("class") or "").split():
            return True
        up = up.parent
    return False


def _heading_that_is_the_title_tag(tree, h1: str) -> str:
    """A bare ``h1`` that the ``<title>`` does not even mention (a site's banner without a home
    link) gives way to an h2-h3 that is the whole ``<title>``: the post's heading, named
    exactly by the page's own title. Nothing less than the whole title counts (a theme's
    headings also match its parts)."""
    tag = squash(inline(tree.css_first("title"))).casefold()
    if not tag or squash(h1).casefold() in tag:
        return h1
    for node in tree.css("h2, h3"):
        if (text := inline(node)) and squash(text).casefold() == tag:
            return text
    return h1


def _links_home(node) -> bool:
    if node.css_first(S.HOME_LINK) is not None:
        return True
    return any(S.HOME_HREF.match((a.attributes.get("href") or "").strip()) for a in node.css("a[href]"))


# An entity left after parsing: the page escaped the text twice ("Olive &amp;#038; Herb", as
# WordPress's wptexturize and SEO plugins do in meta tags and JSON-LD).
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.I)


def _unescaped(text: str) -> str:
    return html.unescape(text) if "&" in text and _ENTITY.search(text) else text


# Author links whose text is a theme string around the name (WordPress's "View all posts by
# %s" in author boxes and bylines, and its translations in core and the default themes).
_AUTHOR_LINK_TEXTS = [re.compile("^" + re.escape(p).replace("%s", "(.+?)") + "$", re.I) for p in (
    "View all posts by %s", "More posts by %s", "Posts by %s", "All posts by %s",
    "Alle Beiträge von %s anzeigen", "Alle Beiträge von %s", "Voir tous les articles de %s",
    "Voir tous les articles par %s", "Ver todas las entradas de %s", "Ver todas las entradas por %s",
    "Visualizza tutti gli articoli di %s", "Ver todos os posts de %s", "Ver todos os artigos de %s",
    "Bekijk alle berichten van %s", "Все записи автора %s", "Zobacz wszystkie wpisy od %s",
    "Zobacz wszystkie wpisy, których autorem jest %s", "%s tarafından yazılan tüm yazıları görüntüle",
)]


# Labels of the author-archive links that author boxes print as buttons (rel=author too).
_BUTTON_LABELS = frozenset(s.casefold() for s in [
    "View all", "View all posts", "All posts", "More posts", "More", "Read more", "View profile",
    "Alle Beiträge", "Alle Beiträge anzeigen", "Voir tous les articles", "Ver todas las entradas",
    "Ver todos os posts", "Tutti gli articoli"])


def _names_a_site(author: str) -> bool:
    """An author tag that holds a domain name ("jQuery Foundation - jquery.org") names the
    publisher site-wide, not the writer: a byline printed on the page is asked instead."""
    return "." in author and _DOMAIN.search(author) is not None


_DOMAIN = re.compile(r"(?<![\w.])[\w-]{2,}\.(?:com|org|net|info|io|de|fr|es|it|nl|uk|ru|pl|ch|at|eu)(?![\w.])", re.I)


def _author_name(byline: str) -> str:
    for pattern in _AUTHOR_LINK_TEXTS:
        if (m := pattern.match(byline)) is not None:
            return m.group(1).strip()
    return _BY_WORD.sub("", byline, count=1) or byline


_NAME_IN_BYLINE = ".fn, [itemprop=name]"
# The by-word a byline element may start with ("par NAME" in SPIP's .auteurs, "By NAME",
# nb/sv "av NAME").
_BY_WORD = re.compile(r"^(?:by|par|von|por|door|av)\s+(?=\S)", re.I)


def _joined(base: str | None, href: str | None) -> str | None:
    """A root-relative canonical ("/2021/05/post/", static exports) on the host the caller
    knows the page from; else ``base`` itself."""
    href = (href or "").strip()
    if base and href.startswith("/") and not href.startswith("//") and _HOST.match(base):
        return urljoin(base, href)
    return base


def _absolute(url: str | None) -> str | None:
    url = (url or "").strip()
    return url if _HOST.match(url) else None


_META_OR_JSONLD = 'meta[content], script[type="application/ld+json"]'


def _add_meta(out: dict[str, str], node) -> None:
    attrs = node.attributes
    key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
    value = attrs.get("content")
    if key and value and value.strip():
        out.setdefault(key.strip().lower(), value.strip())


def _jsonld_article(scripts: list, notes: list[str]) -> dict | None:
    objects: list[dict] = []
    for node in scripts:
        raw = node.text(deep=True) or ""
        try:
            data = json.loads(raw)
        except ValueError:
            notes.append("JSON-LD block is not valid JSON: ignored")
            continue
        _collect(data, objects)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    for o in objects:
        if _types(o) & S.ARTICLE_TYPES:
            if by_id:
                o = dict(o, _by_id=by_id)
            return o
    return None


def _collect(data, out: list[dict], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for x in data:
            _collect(x, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _collect(data["@graph"], out, depth + 1)


def _types(o: dict) -> set[str]:
    t = o.get("@type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


def _ld_text(v) -> str | None:
    if isinstance(v, list):
        v = v[0] if v else None
    if isinstance(v, (str, int, float)):
        s = squash(str(v))
        return s or None
    return None


def _ld_url(article: dict | None) -> str | None:
    if not article:
        return None
    main = article.get("mainEntityOfPage")
    if isinstance(main, dict):
        main = main.get("@id") or main.get("url")
    return _ld_text(main) or _ld_text(article.get("url"))


def _ld_author(article: dict) -> str | None:
    authors = article.get("author")
    if not isinstance(authors, list):
        authors = [authors]
    by_id = article.get("_by_id", {})
    names = []
    for a in authors:
        if isinstance(a, dict) and "name" not in a and a.get("@id") in by_id:
            a = by_id[a["@id"]]
        name = _ld_text(a.get("name")) if isinstance(a, dict) else _ld_text(a)
        if name and not name.startswith("http"):
            names.append(name)
    return ", ".join(dict.fromkeys(names)) or None


def _ld_rating(v) -> ArticleRating | None:
    if not isinstance(v, dict):
        return None
    try:
        votes = int(float(v.get("ratingCount") or v.get("reviewCount") or 0))
        value = float(v["ratingValue"]) if votes and v.get("ratingValue") is not None else None
        hi = float(v.get("bestRating") or 5)
        lo = float(v.get("worstRating") or 1)
    except (TypeError, ValueError):
        return None
    return ArticleRating(votes=votes, value=value, scale_max=hi, scale_min=lo,
                         scale_source="page" if v.get("bestRating") else "default")
