"""Shared pieces of the raw-HTML formats (:mod:`newscomments.formats.wpdiscuz_html`,
:mod:`~newscomments.formats.wordpress_html`, :mod:`~newscomments.formats.generic_html`).

- :mod:`.dom`: the deterministic pre-scan (bytes, nesting depth, attributes per tag, nodes)
  and the one place HTML is handed to selectolax (lexbor);
- :mod:`.selectors`: CSS selectors and localized UI strings, as data;
- :mod:`.text`: text of a DOM subtree as clean paragraphs;
- :mod:`.meta`: article metadata (JSON-LD, ``og:``/``article:`` meta, canonical link, lang);
- :mod:`.body`: the article body without navigation, share buttons, comments or forms;
- :mod:`.systems`: which comment system a page uses, from its bytes;
- :mod:`.counts`: the comment count a heading prints ("6 thoughts on “T”");
- :mod:`.page`: assembling a :class:`~newscomments.model.ParsedPage` the same way for every
  HTML format.
"""
