"""Raw-page formats. One module per format, each with pure ``detect()`` and ``parse()``; this
dict is the only registry. Adding a format is one module plus one line here.

A format module provides:

- ``NAME`` (the key below), ``VERSION`` (bumped when its output changes), ``SUFFIXES``
  (file extensions it reads);
- ``detect(data: bytes, suffix: str) -> float``: confidence in [0, 1] that it can parse the page;
- ``parse(data: bytes, page_id: str, options: ParseOptions) -> ParsedPage``, raising
  :class:`newscomments.errors.PageRejected` for a page it cannot turn into an article.
"""

from __future__ import annotations

from types import ModuleType

from ..errors import PageRejected
from . import wordpress_text, wpdiscuz_text
from . import blogger_html, drupal_html, generic_html, spip_html, wordpress_html, wpdiscuz_html  # HTML formats
from . import other_text  # text fallback: Disqus, Blogger, Drupal, Medium, Reddit, none
from . import embedded_html  # text whose comment section is raw HTML (static-site imports)
from . import textblocks

FORMATS: dict[str, ModuleType] = {
    wpdiscuz_text.NAME: wpdiscuz_text,
    wordpress_text.NAME: wordpress_text,
    other_text.NAME: other_text,
    embedded_html.NAME: embedded_html,
    wpdiscuz_html.NAME: wpdiscuz_html,
    wordpress_html.NAME: wordpress_html,
    blogger_html.NAME: blogger_html,
    drupal_html.NAME: drupal_html,
    spip_html.NAME: spip_html,
    generic_html.NAME: generic_html,
}

PAGE_SUFFIXES = frozenset(s for m in FORMATS.values() for s in m.SUFFIXES)
_HTML_SUFFIXES = frozenset(generic_html.SUFFIXES)


def detect(data: bytes, suffix: str) -> ModuleType:
    """The registered format most confident it can parse ``data``; ties go to the first
    registered. Raises PageRejected when none recognises the page."""
    suffix = suffix.lower()
    if b"\r" in data and data.count(b"\r") > data.count(b"\r\n"):
        # Lines ended by a lone CR (classic Mac OS): the modules' byte-level tests read lines
        # by "\n", as their parse() reads the normalised text.
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if suffix not in _HTML_SUFFIXES:
        # lynx's link numbers glue to the names and dates detect() looks for ("[12]NAME says:");
        # parse() reads the text without them too (textblocks.inline_reference_links).
        data = textblocks.without_lynx_references(data)
    best, best_score = None, 0.0
    for module in FORMATS.values():
        if suffix not in module.SUFFIXES:
            continue
        score = module.detect(data, suffix)
        if score > best_score:
            best, best_score = module, score
            if score >= 1.0:
                break  # no later format can score more (at most 1) and ties go to this one
    if best is None:
        raise PageRejected(
            "unknown-format",
            f"expected a page in one of the formats {sorted(FORMATS)} for a '{suffix}' file, "
            "got one that none of them recognises")
    return best
