"""Typed, immutable records that every format module returns.

A format module turns the bytes of one raw page into a :class:`ParsedPage`. Nothing here knows
about ids, pseudonyms or splits: :mod:`newscomments.normalize` derives those. Positions are
0-based page order; a parent is referred to by the parent's position, so a parser never has to
invent ids.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime

# Values of the enums below are part of the schema (schema/*.schema.json lists them too; a test
# checks the two agree).
AUTHOR_SOURCES = ("explicit", "inferred", "unknown")
COMMENT_KINDS = ("comment", "pingback", "trackback")
DATE_PRECISIONS = ("second", "minute", "hour", "day", "month", "relative")
DATE_ORDERS = ("YMD", "DMY", "MDY")
# How the day/month/year order of a numeric date was decided.
DATE_ORDER_BASES = (
    "unambiguous",  # month name, 4-digit year first, or machine-readable: only one reading
    "only-valid",  # several orders possible in principle, only one gives a valid date
    "readings-agree",  # several valid orders, all give the same date (e.g. 23-02-23)
    "page-consensus",  # the other dates on the page allow only one order
    "default",  # nothing decides: the format's default order was taken (ambiguous)
)
EDGE_METHODS = (
    "html-nesting",  # the reply is nested inside its parent in the page's markup
    "native-parent-id",  # the markup names the parent's id (wpDiscuz wpd-comm-ID_PARENT)
    "reply-link-id",  # a "Reply to [NAME](#comment-ID)" link names the parent's id
    "reply-marker-named",  # "Reply to NAME" matched to an earlier comment signed NAME
    "reply-marker-unnamed",  # "Reply to NAME" matched to the nearest earlier unsigned comment
    "list-indent",  # markdown/text list indentation
    "depth-class",  # WordPress items printed flat: the parent from their depth-N classes in page order
    "list-number",  # ordered lists printed at one column: each replies list numbered from 1 again
)


def _dict_init(cls):
    """Replace the ``__init__`` that ``@dataclass(frozen=True)`` generated for ``cls`` with one
    of the same signature that stores the fields straight into the instance dict.

    The generated one calls ``object.__setattr__`` once per field (the class's own
    ``__setattr__`` raises), and building these records was a large part of parsing a small
    page. For these classes that call only writes ``__dict__[name]`` (no slots, and no field
    name is a descriptor of the class), so the instances are the same: equal, hashable, with
    the same repr, fields and pickles, and still frozen to attribute assignment."""
    params, body, namespace = [], ["    d = self.__dict__"], {"_FACTORY": object()}
    for f in fields(cls):
        if not f.init or f.kw_only:
            raise TypeError(f"expected init, positional fields only, got {f.name!r}")
        if f.default is not MISSING:
            namespace[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        elif f.default_factory is not MISSING:
            namespace[f"_f_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            body.append(f"    if {f.name} is _FACTORY: {f.name} = _f_{f.name}()")
        else:
            params.append(f.name)
        body.append(f"    d[{f.name!r}] = {f.name}")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@_dict_init
@dataclass(frozen=True)
class PostedTime:
    """A date as the page prints it, and what could be recovered from it."""

    raw: str
    # Wall-clock time as printed (no zone). None when only relative or unparseable.
    local: datetime | None = None
    # UTC, only when the page gives an offset (e.g. <time datetime="...+08:00">).
    utc: datetime | None = None
    precision: str | None = None  # one of DATE_PRECISIONS
    order: str | None = None  # one of DATE_ORDERS, for numeric dates
    order_basis: str | None = None  # one of DATE_ORDER_BASES
    ambiguous: bool = False


@_dict_init
@dataclass(frozen=True)
class ParsedComment:
    position: int
    text: str
    author: str | None = None
    author_source: str = "unknown"  # one of AUTHOR_SOURCES
    native_id: str | None = None
    posted: PostedTime | None = None
    kind: str = "comment"  # one of COMMENT_KINDS
    is_image_only: bool = False
    reply_to_name: str | None = None  # the NAME of a "Reply to NAME" marker, as printed
    parent_position: int | None = None
    parent_method: str | None = None  # one of EDGE_METHODS
    parent_confidence: float | None = None
    depth: int | None = None  # 0 for roots, when the page shows nesting
    net_votes: int | None = None
    upvotes: int | None = None
    downvotes: int | None = None
    likes: int | None = None


@_dict_init
@dataclass(frozen=True)
class ArticleRating:
    """A star rating of the whole article (e.g. wpDiscuz "4.5 2 votes / Article Rating")."""

    votes: int
    value: float | None  # None when nobody has voted ("0 0 votes")
    scale_max: float = 5.0
    scale_min: float = 1.0
    scale_source: str = "default"  # "page" when the page prints the scale


@_dict_init
@dataclass(frozen=True)
class ParsedPage:
    page_id: str
    format: str
    comment_system: str
    body: str
    comments: tuple[ParsedComment, ...] = ()
    title: str | None = None
    url: str | None = None
    site: str | None = None
    byline: str | None = None
    credit: str | None = None
    published: PostedTime | None = None
    language: str | None = None
    previous_title: str | None = None
    next_title: str | None = None
    declared_comment_count: int | None = None
    truncated: bool = False
    truncation_reasons: tuple[str, ...] = ()
    rating: ArticleRating | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    parser_version: str = ""
