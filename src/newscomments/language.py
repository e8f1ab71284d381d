"""A small, deterministic language guess for article bodies (ISO 639-1 codes).

Scripts decide first (Hangul, kana, Han, Cyrillic, Thai...); Latin-script text is scored by
counts of very common function words, held as data below. Returns None for text too short to
tell. It is good enough to label a news article, not a sentence."""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "en": "the and of to is in that it for was with as on are this be by not have from",
    "de": "der die und das ist nicht ein eine zu den mit von sich auch auf für dem des im",
    "fr": "le la les et des est une un que pour dans pas qui sur du au avec ce il",
    "es": "el la los las y de que en es por una un para con del se lo como más",
    "pt": "o a os as e de que em um uma para com não do da no na se é",
    "it": "il la e di che è un una per non del della con sono gli le",
    "nl": "de het een en van is dat niet op te zijn voor met die er",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam akan ada saya juga ke",
    "vi": "và của là có không những được cho một các này người trong với đã",
}
_WORDSETS = {lang: frozenset(words.split()) for lang, words in STOPWORDS.items()}
_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
)
_WORD = re.compile(r"[^\W\d_]+")
# Any character of any script above: most samples have none, and one scan rules them all out.
_ANY_SCRIPT = re.compile("|".join(p.pattern for _, p in _SCRIPTS))


def guess_language(text: str) -> str | None:
    sample = text[:20_000]
    words = _WORD.findall(sample)
    letters = sum(map(len, words))  # the words are the maximal runs of letters
    if letters < 20:
        return None
    if not sample.isascii() and _ANY_SCRIPT.search(sample) is not None:
        for lang, pattern in _SCRIPTS:
            # Han characters also appear in Japanese; kana is checked first for that reason.
            if len(pattern.findall(sample)) * 3 > letters:
                return lang
    counts = Counter(map(str.lower, words))
    scores = {lang: sum(counts[w] for w in words) for lang, words in _WORDSETS.items()}
    best = max(sorted(scores), key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None
