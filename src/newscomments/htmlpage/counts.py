"""Comment counts printed in headings ("6 thoughts on “T”", "Kommentare (12)",
"Комментариев: 55"), read the same way by every HTML format."""

from __future__ import annotations

import re

from .text import squash

_NUMBER_WORDS = {"one": 1, "ein": 1, "eine": 1, "einen": 1, "un": 1, "une": 1, "uno": 1,
                 "una": 1, "um": 1, "uma": 1, "een": 1, "two": 2, "zwei": 2, "deux": 2, "dos": 2}
_COUNT_WORDS = re.compile(
    r"comment|kommentar|gedanke|antwort|thought|response|repl|réflexion|commentaire|réponse|"
    r"coment[aá]rio|respuesta|commento|reactie|коммент|ответ|отзыв|评论|想法|discussion|diskussion|"
    r"vastaus|kommentti|"  # fi: "2 vastausta artikkeliin", "N kommenttia"
    r"resposta|yorum|"  # pt_BR core: "6 respostas para “T”"; tr: "2 yorum"
    r"件の|개의", re.I)  # ja and ko core (see _TITLE_THEN_COUNT_CJK)


def to_int(value: str | None) -> int | None:
    """The digits of ``value`` as a number ("1,204" -> 1204), or None when it has none."""
    digits = re.sub(r"[^\d]", "", value or "")
    return int(digits) if digits else None


def count_in_title(title: str) -> int | None:
    """The number of a comment-count heading ("6 thoughts on “T”", "Комментариев: 55",
    "Comments 3" (JNews), "Kommentare (12)", "Discussion (217) ¬" (Easel), "Tous vos
    commentaires (11)", "«T» — 37 Comments" (Weaver II), "Ein Gedanke zu
    „T“", "53 archived comments"), or None for other headings."""
    title = squash(title)
    if not title or not _COUNT_WORDS.search(title):
        return None
    m = re.match(r"^(\d[\d.,]*)\b", title) \
        or re.search(r"(?::|^\w+)\s*(\d[\d.,]*)\s*$|\((\d[\d.,]*)\)[^\w]*$|[—–]\s*(\d[\d.,]*)\s+\w+\s*$", title) \
        or _TITLE_THEN_COUNT_ZH.search(title) or _TITLE_THEN_COUNT_CJK.search(title)
    if m:
        return to_int(m.group(1) or m.group(m.lastindex))
    first = title.split(" ", 1)[0].casefold()
    if first in _NUMBER_WORDS:
        return _NUMBER_WORDS[first]
    # A label and a colon before the count, a link after it ("Plural: 2 Comentarios Añadir
    # valoración", Dyad)
    m = _COUNT_AFTER_LABEL.match(title)
    return to_int(m.group(1)) if m else None


# zh core: "《T》有81个想法", "T有3条评论"
_TITLE_THEN_COUNT_ZH = re.compile(r"有\s*(\d+)\s*(?:个|個|条|條)?(?:想法|评论|評論)\s*$")
# ja core: "「T」への4件のフィードバック", "「T」への2件の返信", "4件のコメント"; ko core:
# "“T”에 대한 3개의 생각", "3개의 댓글"
_TITLE_THEN_COUNT_CJK = re.compile(r"(\d[\d,]*)\s*(?:件の(?:フィードバック|コメント|返信)|개의\s*(?:생각|댓글|응답))\s*$")
_COUNT_AFTER_LABEL = re.compile(r"^[^\d:]{1,20}:\s*(\d[\d.,]*)\s+(?:" + _COUNT_WORDS.pattern + r")", re.I)
