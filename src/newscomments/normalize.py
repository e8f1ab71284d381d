"""ParsedPage -> rows of the four tables: ids, timestamps, pseudonyms, reply edges, ratings.

Ids are stable and never derived from content, so a re-crawl with edited text keeps them:

- ``article_id`` = ``a_`` + 16 hex of sha256 over ``url:<canonical url>`` when the page has a
  URL, else over ``page:<page id>``;
- ``comment_id`` = ``c_`` + 16 hex of sha256 over the article id and the page's own comment id,
  or the comment's position when the page has no ids (plain-text pages).

Author names become keys through :class:`Pseudonymizer` (a keyed hash); the names themselves
are written only when the builder opts in (``keep_author_names``).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime

from .model import ParsedPage, PostedTime
from .replies import name_key

# The documented key for the shipped sample (a public page with public names): anyone can
# rebuild processed/ byte for byte. Data built from a private crawl must use its own key.
SAMPLE_KEY = b"newscomments-public-sample-key-v1"


class Pseudonymizer:
    def __init__(self, key: bytes):
        if not key:
            raise ValueError("expected a non-empty pseudonym key, got an empty one")
        self._key = key
        self.is_sample = key == SAMPLE_KEY

    def key_of(self, name: str | None) -> str | None:
        if name is None or not name.strip():
            return None
        digest = hmac.new(self._key, name_key(name).encode("utf-8"), hashlib.sha256).hexdigest()
        return "u_" + digest[:16]


def _h16(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def canonical_url(url: str) -> str:
    url = url.strip().split("#", 1)[0]
    m = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)(.*)$", url)
    if not m:
        return url
    scheme, host, rest = m.groups()
    rest = rest.rstrip("/") if rest not in ("", "/") else ""
    return f"{scheme.lower()}://{host.lower()}{rest}"


def article_id_for(page_id: str, url: str | None) -> str:
    return "a_" + _h16(f"url:{canonical_url(url)}" if url else f"page:{page_id}")


def comment_id_for(article_id: str, native_id: str | None, position: int) -> str:
    local = f"native:{native_id}" if native_id else f"pos:{position}"
    return "c_" + _h16(f"{article_id}\x00{local}")


@dataclass(frozen=True)
class PageContext:
    page_id: str
    raw_sha256: str
    crawled_at: datetime | None = None
    synthetic: bool = False


def _ts(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(microsecond=0)


def _time_fields(pt: PostedTime | None, prefix: str) -> dict:
    return {
        f"{prefix}_at": _ts(pt.local) if pt else None,
        f"{prefix}_at_utc": _ts(pt.utc) if pt else None,
        f"{prefix}_raw": pt.raw if pt else None,
    }


def page_rows(page: ParsedPage, ctx: PageContext, pseudo: Pseudonymizer,
              keep_author_names: bool = False) -> dict[str, list[dict]]:
    """Rows for every table from one parsed page."""
    aid = article_id_for(ctx.page_id, page.url)
    ids = [comment_id_for(aid, c.native_id, c.position) for c in page.comments]
    if len(set(ids)) != len(ids):
        # Two comments with one native id (hand-edited markup): fall back to positions.
        ids = [comment_id_for(aid, None, c.position) for c in page.comments]
    syn = ctx.synthetic
    pub = _time_fields(page.published, "published")
    article = {
        "article_id": aid, "page_id": ctx.page_id, "raw_sha256": ctx.raw_sha256,
        "source_format": page.format, "comment_system": page.comment_system,
        "url": page.url, "site": page.site, "title": page.title, "body": page.body,
        "byline": page.byline, "credit": page.credit,
        "published_at": pub["published_at"], "published_at_utc": pub["published_at_utc"],
        "published_raw": pub["published_raw"], "language": page.language,
        "previous_title": page.previous_title, "next_title": page.next_title,
        "declared_comment_count": page.declared_comment_count,
        "parsed_comment_count": len(page.comments), "truncated": page.truncated,
        "truncation_reasons": ";".join(page.truncation_reasons) or None,
        "notes": "\n".join(page.notes) or None, "crawled_at": _ts(ctx.crawled_at),
        "parser_version": page.parser_version, "synthetic": syn,
    }
    comments, edges, ratings = [], [], []
    for c, cid in zip(page.comments, ids):
        parent = ids[c.parent_position] if c.parent_position is not None else None
        posted = _time_fields(c.posted, "posted")
        comments.append({
            "comment_id": cid, "article_id": aid, "position": c.position,
            "native_id": c.native_id, "parent_id": parent, "depth": c.depth,
            "author_key": pseudo.key_of(c.author),
            "author_name": c.author if keep_author_names else None,
            "author_source": c.author_source,
            "posted_at": posted["posted_at"], "posted_at_utc": posted["posted_at_utc"],
            "posted_raw": posted["posted_raw"],
            "posted_precision": c.posted.precision if c.posted else None,
            "date_order": c.posted.order if c.posted else None,
            "date_order_basis": c.posted.order_basis if c.posted else None,
            "date_ambiguous": bool(c.posted and c.posted.ambiguous),
            "text": c.text, "kind": c.kind, "is_image_only": c.is_image_only,
            "reply_to_author_key": pseudo.key_of(c.reply_to_name),
            "reply_to_name": c.reply_to_name if keep_author_names else None,
            "net_votes": c.net_votes, "upvotes": c.upvotes, "downvotes": c.downvotes,
            "likes": c.likes, "synthetic": syn,
        })
        if parent is not None:
            edges.append({"child_id": cid, "parent_id": parent, "article_id": aid,
                          "method": c.parent_method or "html-nesting",
                          "confidence": float(c.parent_confidence if c.parent_confidence is not None else 1.0),
                          "synthetic": syn})
        for kind in ("net_votes", "upvotes", "downvotes", "likes"):
            value = getattr(c, kind)
            if value is not None:
                ratings.append(_rating("comment", cid, aid, kind, float(value), None, None, None,
                                       None, ctx, syn))
    if page.rating is not None:
        r = page.rating
        ratings.append(_rating("article", aid, aid, "stars", r.value, r.votes, r.scale_min,
                               r.scale_max, r.scale_source, ctx, syn))
    return {"articles": [article], "comments": comments, "reply_edges": edges, "ratings": ratings}


def _rating(target_type, target_id, aid, kind, value, votes, smin, smax, ssrc, ctx, syn) -> dict:
    return {"target_type": target_type, "target_id": target_id, "article_id": aid, "kind": kind,
            "value": value, "vote_count": votes, "scale_min": smin, "scale_max": smax,
            "scale_source": ssrc, "observed_at": _ts(ctx.crawled_at), "synthetic": syn}
