"""A deterministic synthetic corpus: realistic pages with known authors, parents, times and votes.

``generate(out_dir, pages=N, seed=S)`` writes N article pages, cycling through the formats the
package parses:

- ``wpdiscuz_text``: the crawler's text extraction of a wpDiscuz page, like the seed
  (rendered by :mod:`newscomments.render`: names kept for guests only, nesting flattened,
  "Reply to<NBSP> NAME" markers, no votes);
- ``wpdiscuz_html``: wpDiscuz 7 markup (``div#wpd-comm-ID_PARENT`` wrappers, replies nested in
  their parent, ``.wpd-reply-to`` links, vote results, post rating; VARIANTS.md 13.1);
- ``wordpress_html``: WordPress's ``ol.comment-list`` with nested ``ol.children``,
  ``time[datetime]``, no votes (VARIANTS.md 13.2).

Beside the pages: ``sources.tsv`` (every page ``synthetic = true``; the build marks every row),
``splits.tsv`` (pins that put pages of each format into every split: per format, the 1st page
goes to test, the 2nd to validation, the next 8 to train, and so on), and ``gold.jsonl``: per
page, what a perfect parser recovers (authors as printed, parents, times, votes as printed) and
the full truth (``true_author``, ``true_net_votes``).

Every article body is distinct (the splits group identical bodies) and every commenter writes
under one article only (so the leakage audit's author check passes). Replies address their
parent in the text ("@Name ..." / "Name: ...") now and then, as real threads do.
"""

from __future__ import annotations

import json
import math
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from .errors import InputError
from .model import ArticleRating, ParsedComment, ParsedPage, PostedTime
from .normalize import article_id_for
from .render import RenderOptions, render_wpdiscuz_text
from .storage import sha256_bytes

FORMAT_CYCLE = ("wpdiscuz_text", "wpdiscuz_html", "wordpress_html")
SUFFIX = {"wpdiscuz_text": ".txt", "wpdiscuz_html": ".html", "wordpress_html": ".html"}
SPLIT_CYCLE = ("test", "validation") + ("train",) * 8
SITE = "https://synthetic.newscomments.invalid"
GOLD_FILE = "gold.jsonl"

_FIRST = ("Gino", "Candel", "Marta", "Oskar", "Lena", "Farid", "Ines", "Tomasz", "Aiko", "Bram",
          "Chidi", "Dana", "Emil", "Freya", "Goran", "Hana", "Ivo", "Jonas", "Kaja", "Luis",
          "Mira", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wim")
_LAST = ("Novak", "Berg", "Okafor", "Silva", "Moreau", "Kaya", "Lindqvist", "Haddad", "Costa")
_HANDLES = ("Kidnapped by System", "Quiet Reader", "Old Sailor", "Night Owl", "Plain Truth",
            "River Stone", "Free Thinker", "Blue Heron", "Iron Will", "Late Bloomer")
_PLACES = ("Ankara", "Lisbon", "Oslo", "Nairobi", "Manila", "Quito", "Tallinn", "Hanoi", "Lima",
           "Accra", "Tbilisi", "Dakar", "Perth", "Bergen", "Cusco", "Porto", "Sapporo", "Izmir")
_ACTORS = ("the finance ministry", "the port authority", "a regional court", "the city council",
           "the central bank", "a farmers' union", "the energy regulator", "the rail operator",
           "a coalition of shipping firms", "the health ministry", "local fishermen",
           "the opposition bloc", "a teachers' association", "the customs service")
_THINGS = ("grain exports", "a new pipeline", "the fuel subsidy", "a harbour expansion",
           "wind farm permits", "the water tariff", "a fishing quota", "the bus network",
           "hospital funding", "a copper mine", "rent controls", "the tax reform",
           "a border crossing", "satellite launches", "the school calendar")
_VERBS = ("approved", "rejected", "delayed", "questioned", "defended", "revised", "suspended",
          "challenged", "welcomed", "criticised")
_SENTENCES = (
    "{actor} {verb} {thing} on {day}, citing costs of {n} million.",
    "Officials in {place} said {thing} would affect about {n} thousand households.",
    "The decision on {thing} follows {m} months of talks between {actor} and {actor2}.",
    "Critics argue that {thing} favours {place} over smaller towns.",
    "According to {actor}, the first phase of {thing} should finish by {year}.",
    "In {place}, residents gathered on {day} to discuss {thing}.",
    "{actor2} warned that {thing} could cost {n} jobs in the region.",
    "A spokesperson for {actor} declined to comment on {thing}.",
    "Figures published on {day} show a {m} percent change since {year}.",
    "Analysts in {place} expect {actor2} to respond within {m} weeks.",
)
_COMMENTS = (
    "I doubt {thing} will change much in {place}.",
    "Same story every year, {actor} promises and nothing happens.",
    "My cousin in {place} says prices went up {m} percent already.",
    "Good to see someone finally asking about {thing}.",
    "Who is paying for this? {n} million is not small money.",
    "This was decided long ago in {place}, the talks on {thing} were only for show.",
    "{actor} should publish the numbers before anyone votes.",
    "Remember what happened with {thing} back in {year}?",
    "Not convinced. The article leaves out half of the {n} million.",
    "People in {place} have waited {m} years for this.",
    "Interesting point about {thing}, thanks for the report.",
    "The real question is who profits from {thing}.",
)
_REPLIES = (
    "I disagree, {thing} helped {place} a lot since {year}.",
    "You are right about the {n} million for {thing}, but not about {place}.",
    "Source? I read the opposite about {thing} in {place}.",
    "Exactly my point, {n} million for {thing} and nothing to show.",
    "That is not what {actor} said on {day}.",
    "Fair enough, though {m} years is a long wait for {place}.",
    "Maybe, but {place} is a special case since {year}.",
    "Thanks, I did not know that about {thing} and {actor}.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class SynComment:
    native_id: int
    parent: int | None  # position (page order) of the parent
    author: str
    guest: bool
    posted: datetime
    votes: int
    text: str


@dataclass(frozen=True)
class SynPage:
    page_id: str
    format: str
    url: str
    title: str
    paragraphs: tuple[str, ...]
    credit: str
    published: datetime
    rating: ArticleRating | None
    comments: tuple[SynComment, ...]  # page order: threads depth-first, oldest first


def _fill(rng: random.Random, template: str) -> str:
    actor, actor2 = rng.sample(_ACTORS, 2)
    return template.format(actor=actor, actor2=actor2, thing=rng.choice(_THINGS),
                           verb=rng.choice(_VERBS), place=rng.choice(_PLACES),
                           day=rng.choice(_DAYS), n=rng.randint(2, 950), m=rng.randint(2, 40),
                           year=rng.randint(2008, 2023))


def _sentence_case(s: str) -> str:
    return s[0].upper() + s[1:]


def _names(rng: random.Random, count: int, used: set[str]) -> list[str]:
    out = []
    while len(out) < count:
        style = rng.random()
        if style < 0.5:
            name = f"{rng.choice(_FIRST)}{rng.randint(10, 9999)}"
        elif style < 0.8:
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        else:
            name = f"{rng.choice(_HANDLES)} {rng.randint(2, 99)}"
        if name not in used:
            used.add(name)
            out.append(name)
    return out


def make_page(index: int, rng: random.Random, used_names: set[str]) -> SynPage:
    fmt = FORMAT_CYCLE[index % len(FORMAT_CYCLE)]
    page_id = f"syn_{index:04d}_{fmt}"
    place, thing = rng.choice(_PLACES), rng.choice(_THINGS)
    title = f"{_sentence_case(thing)} in {place}: {rng.choice(_ACTORS)} {rng.choice(_VERBS)} plan {index}"
    paragraphs = tuple(" ".join(_sentence_case(_fill(rng, rng.choice(_SENTENCES)))
                                for _ in range(rng.randint(2, 4)))
                       for _ in range(rng.randint(5, 8)))
    published = datetime(2023, 1, 1, 6, 0) + timedelta(days=rng.randint(0, 600), minutes=rng.randint(0, 900))
    rating = None
    if fmt != "wordpress_html" and rng.random() < 0.6:
        votes = rng.randint(1, 30)
        rating = ArticleRating(votes=votes, value=round(rng.uniform(1.5, 5.0), 1))
    comments = _thread(rng, index, published, used_names)
    url = f"{SITE}/news/{index:04d}-{place.lower()}"
    return SynPage(page_id, fmt, url, title, paragraphs, f"Wire desk {index} / Synthetic News {published.year}.",
                   published, rating, comments)


def _thread(rng: random.Random, index: int, published: datetime, used: set[str]) -> tuple[SynComment, ...]:
    n = rng.randint(6, 22)
    authors = _names(rng, max(3, n // 2), used)
    guests = {a for a in authors if rng.random() < 0.5}
    parents: list[int | None] = []
    who: list[str] = []
    times: list[datetime] = []
    t = published + timedelta(minutes=rng.randint(5, 120))
    depth: list[int] = []
    for k in range(n):
        t = t + timedelta(minutes=rng.randint(1, 90))
        parent = None
        if k > 0 and rng.random() < 0.55:
            weights = [1.0 / (k - j) for j in range(k)]
            parent = rng.choices(range(k), weights=weights)[0]
            if depth[parent] >= 4:
                parent = None
        if parent is not None and parents[parent] is not None and rng.random() < 0.4:
            author = who[parents[parent]]  # the conversation goes back and forth
        else:
            author = rng.choice(authors)
        if parent is not None and author == who[parent]:
            author = next(a for a in authors if a != who[parent])
        parents.append(parent)
        who.append(author)
        times.append(t)
        depth.append(0 if parent is None else depth[parent] + 1)
    texts = []
    for k in range(n):
        text = _comment_text(rng, parents[k], who, used)
        texts.append(text)
    # Page order: each thread depth-first, replies oldest first.
    children: dict[int | None, list[int]] = {}
    for k, p in enumerate(parents):
        children.setdefault(p, []).append(k)
    order: list[int] = []

    def walk(k: int) -> None:
        order.append(k)
        for c in children.get(k, []):
            walk(c)

    for root in children.get(None, []):
        walk(root)
    position = {k: i for i, k in enumerate(order)}
    out = []
    for k in order:
        mu = 4.0 * math.exp(-k / 5.0) + len(texts[k].split()) / 20.0 - 1.0
        votes = int(round(rng.gauss(mu, 1.5)))
        out.append(SynComment(native_id=1000 * (index + 1) + 7 * k + 3,
                              parent=position[parents[k]] if parents[k] is not None else None,
                              author=who[k], guest=who[k] in guests, posted=times[k],
                              votes=votes, text=texts[k]))
    return tuple(out)


def _comment_text(rng: random.Random, parent: int | None, who: list[str], used: set[str]) -> str:
    """A comment text no other synthetic comment has (the leakage audit compares them)."""
    from .audit import fingerprint
    while True:
        if parent is None:
            text = " ".join(_fill(rng, rng.choice(_COMMENTS)) for _ in range(rng.randint(1, 3)))
        else:
            text = " ".join(_fill(rng, t) for t in rng.sample(_REPLIES, 2))
        core = text
        if parent is not None:
            r = rng.random()
            if r < 0.2:
                text = f"@{who[parent]} {text}"
            elif r < 0.35:
                text = f"{who[parent]}: {text}"
        if rng.random() < 0.25:
            text += "\n\n" + _fill(rng, rng.choice(_COMMENTS))
        key = "text:" + fingerprint(core)
        if key not in used:
            used.add(key)
            return text


# --- writers ----------------------------------------------------------------------------------

def _parsed(page: SynPage) -> ParsedPage:
    comments = tuple(ParsedComment(position=k, text=c.text, author=c.author, author_source="explicit",
                                   posted=PostedTime(raw="", local=c.posted), parent_position=c.parent,
                                   net_votes=c.votes)
                     for k, c in enumerate(page.comments))
    return ParsedPage(page_id=page.page_id, format=page.format, comment_system="wpdiscuz",
                      body="\n\n".join(page.paragraphs), comments=comments, credit=page.credit,
                      rating=page.rating)


def text_page(page: SynPage) -> tuple[str, frozenset[int]]:
    """The seed-like text extraction: names printed for guests only."""
    shown = frozenset(k for k, c in enumerate(page.comments) if c.guest)
    rendered = render_wpdiscuz_text(_parsed(page), RenderOptions(shown=shown))
    return rendered.text, shown


def _head(page: SynPage) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(page.title)} – Synthetic News</title>"
            f'<link rel="canonical" href="{page.url}">'
            f'<meta property="og:title" content="{escape(page.title)}">'
            f'<meta property="article:published_time" content="{page.published.isoformat()}+00:00">'
            f'</head><body><div id="page"><article class="post">'
            f'<h1 class="entry-title">{escape(page.title)}</h1><div class="entry-content">'
            + "".join(f"<p>{escape(p)}</p>" for p in page.paragraphs)
            + f"<p>{escape(page.credit)}</p></div></article>\n")


def _paras(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))


def _children(cs) -> dict[int | None, list[int]]:
    """parent position (None for roots) -> positions of its replies, in page order."""
    kids: dict[int | None, list[int]] = {}
    for k, c in enumerate(cs):
        kids.setdefault(c.parent, []).append(k)
    return kids


def _wpd_date(t: datetime) -> str:
    return f"{t.day} {t:%B}, {t.year} {t.hour % 12 or 12}:{t:%M} {'am' if t.hour < 12 else 'pm'}"


def wpdiscuz_html_page(page: SynPage) -> str:
    cs = page.comments
    kids = _children(cs)

    def one(k: int, depth: int) -> str:
        c = cs[k]
        parent_id = cs[c.parent].native_id if c.parent is not None else 0
        date = f'<div class="wpd-comment-date" title="{_wpd_date(c.posted)}">{_wpd_date(c.posted)}</div>'
        reply_cls = " wpd-reply" if c.parent is not None else ""
        head = f'<div class="wpd-comment-author">{escape(c.author)}</div>'
        if c.parent is None:
            head += date
            reply_to = ""
        else:
            p = cs[c.parent]
            reply_to = (f'<div class="wpd-reply-to"><i class="far fa-comments"></i> Reply to&nbsp; '
                        f'<a href="#comment-{p.native_id}"> {escape(p.author)} </a> {date}</div>')
        vote_cls = " wpd-up" if c.votes > 0 else " wpd-down" if c.votes < 0 else ""
        role = "guest" if c.guest else "user"
        return (f'<div id="wpd-comm-{c.native_id}_{parent_id}" class="comment even depth-{depth} '
                f'wpd-comment wpd_comment_level-{depth}{reply_cls}">'
                f'<div class="wpd-comment-wrap wpd-blog-{role}">'
                f'<div class="wpd-comment-left"><div class="wpd-avatar"><img alt="{escape(c.author)}" '
                f'src="https://secure.gravatar.com/avatar/{c.native_id:x}?s=64" class="avatar" height="64" width="64">'
                f'</div><div class="wpd-comment-label" wpd-tooltip="{role.title()}"><span>{role.title()}</span></div></div>'
                f'<div id="comment-{c.native_id}" class="wpd-comment-right">'
                f'<div class="wpd-comment-header">{head}</div>{reply_to}'
                f'<div class="wpd-comment-text">{_paras(c.text)}</div>'
                f'<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up"></div>'
                f'<div class="wpd-vote-result{vote_cls}" title="{c.votes}">{c.votes}</div>'
                f'<div class="wpd-vote-down"></div></div><div class="wpd-reply-button"><span>Reply</span></div></div>'
                f"</div></div>"
                + "".join(one(j, depth + 1) for j in kids.get(k, []))
                + "</div>\n")

    rating = ""
    if page.rating is not None:
        rating = (f'<div id="wpd-post-rating"><div class="wpd-rating-wrap"><div class="wpd-rating-value">'
                  f'<span class="wpdrv">{page.rating.value:g}</span><span class="wpdrc">{page.rating.votes}</span>'
                  f'<span class="wpdrt">votes</span></div><div class="wpd-rating-title">Article Rating</div></div></div>')
    n = len(cs)
    return (_head(page) + rating
            + '<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area">'
            + '<div id="wpdcom" class="wpdiscuz_unauth wpd-default"><div class="wpd-thread-wrapper" id="wpd-threads">'
            + f'<div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="{n}">'
            + f'<span class="wpdtc" title="{n}">{n}</span> Comments</div></div><div class="wpd-thread-list">\n'
            + "".join(one(k, 1) for k in kids.get(None, []))
            + '<div class="wpdiscuz-comment-pagination" style="display:none;"></div>'
            + "</div></div></div></div></div></body></html>\n")


def _wp_date(t: datetime) -> str:
    return f"{t:%B} {t.day}, {t.year} at {t.hour % 12 or 12}:{t:%M} {'am' if t.hour < 12 else 'pm'}"


def wordpress_html_page(page: SynPage) -> str:
    cs = page.comments
    kids = _children(cs)

    def one(k: int, depth: int) -> str:
        c = cs[k]
        name = escape(c.author)
        fn = name if c.guest else f'<a href="https://blog{c.native_id}.invalid/" class="url" rel="ugc external nofollow">{name}</a>'
        sub = kids.get(k, [])
        cls = f"comment even depth-{depth}" + (" parent" if sub else "") + ("" if c.guest else " byuser")
        return (f'<li id="comment-{c.native_id}" class="{cls}">'
                f'<article id="div-comment-{c.native_id}" class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{c.native_id:x}?s=32" '
                f'class="avatar avatar-32 photo" height="32" width="32"><b class="fn">{fn}</b> <span class="says">says:</span></div>'
                f'<div class="comment-metadata"><a href="{page.url}/#comment-{c.native_id}">'
                f'<time datetime="{c.posted.isoformat()}+00:00">{_wp_date(c.posted)}</time></a></div></footer>'
                f'<div class="comment-content">{_paras(c.text)}</div>'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{page.url}/?replytocom={c.native_id}#respond" '
                f'data-commentid="{c.native_id}" data-replyto="Reply to {name}" aria-label="Reply to {name}">Reply</a></div>'
                f"</article>"
                + (f'<ol class="children">{"".join(one(j, depth + 1) for j in sub)}</ol>' if sub else "")
                + "</li>\n")

    n = len(cs)
    return (_head(page) + '<div id="comments" class="comments-area">'
            + f'<h2 class="comments-title">{n} thoughts on &ldquo;{escape(page.title)}&rdquo;</h2>'
            + '<ol class="comment-list">\n' + "".join(one(k, 1) for k in kids.get(None, []))
            + '</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
            + "</div></div></div></body></html>\n")


WRITERS = {"wpdiscuz_html": wpdiscuz_html_page, "wordpress_html": wordpress_html_page}


def gold_record(page: SynPage, file: str) -> dict:
    """What a perfect parser recovers from the page, plus the full truth."""
    shown = text_page(page)[1] if page.format == "wpdiscuz_text" else None
    votes_shown = page.format == "wpdiscuz_html"
    return {
        "page_id": page.page_id, "file": file, "format": page.format, "url": page.url,
        "title": page.title,
        "comments": [{
            "position": k, "native_id": None if shown is not None else str(c.native_id),
            "author": c.author if shown is None or k in shown else None, "true_author": c.author,
            "parent_position": c.parent, "posted_at": c.posted.isoformat(),
            "net_votes": c.votes if votes_shown else None, "true_net_votes": c.votes, "text": c.text,
        } for k, c in enumerate(page.comments)],
    }


def _make_room(out: Path) -> None:
    """An OUT_DIR that is new, empty or an earlier synthetic corpus (whose files all go: a
    smaller corpus must not leave old pages behind to be built as real ones). Anything else
    holds a user's files, which sources.tsv and splits.tsv would overwrite."""
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: expected a folder for the synthetic corpus, got a file")
    if not out.exists():
        out.mkdir(parents=True)
        return
    mine = re.compile(r"^syn_\d{4}_[a-z_]+\.(?:txt|html)$")
    children = list(out.iterdir())
    names = {p.name for p in children}
    if children and not (GOLD_FILE in names and any(mine.match(n) for n in names) and all(
            p.is_file() and (mine.match(p.name) or p.name in (GOLD_FILE, "sources.tsv", "splits.tsv"))
            for p in children)):
        raise InputError(f"{out}: expected a new or empty folder, or an earlier synthetic corpus, got a folder "
                         "holding other files (its sources.tsv and splits.tsv would be overwritten)")
    for p in children:
        p.unlink()


def generate(out_dir: Path | str, pages: int = 30, seed: int = 0) -> list[dict]:
    """Write ``pages`` synthetic pages, sources.tsv, splits.tsv and gold.jsonl into ``out_dir``.
    Returns the gold records. The same (pages, seed) always gives the same bytes."""
    if pages < 1:
        raise ValueError(f"expected at least 1 page, got {pages}")
    out = Path(out_dir)
    _make_room(out)
    rng = random.Random(f"newscomments-synthetic-{seed}")
    used: set[str] = set()
    sources = ["page_id\tfile\tsha256\tformat\turl\tcrawled_at\tsynthetic"]
    splits = ["article_id\tsplit"]
    gold = []
    for i in range(pages):
        page = make_page(i, rng, used)
        data = (text_page(page)[0] if page.format == "wpdiscuz_text" else WRITERS[page.format](page)).encode("utf-8")
        file = page.page_id + SUFFIX[page.format]
        (out / file).write_bytes(data)
        crawled = page.comments[-1].posted + timedelta(days=3) if page.comments else page.published
        sources.append(f"{page.page_id}\t{file}\t{sha256_bytes(data)}\t{page.format}\t{page.url}\t"
                       f"{crawled.isoformat()}\ttrue")
        split = SPLIT_CYCLE[(i // len(FORMAT_CYCLE)) % len(SPLIT_CYCLE)]
        splits.append(f"{article_id_for(page.page_id, page.url)}\t{split}")
        gold.append(gold_record(page, file))
    (out / "sources.tsv").write_text("\n".join(sources) + "\n", encoding="utf-8")
    (out / "splits.tsv").write_text("\n".join([splits[0]] + sorted(splits[1:])) + "\n", encoding="utf-8")
    (out / GOLD_FILE).write_text("".join(json.dumps(g, ensure_ascii=False, sort_keys=True) + "\n" for g in gold),
                                 encoding="utf-8")
    return gold
