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
_STOPWORDS = frozenset().union(*_WORDSETS.values())
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
    if "\u0130" in sample or "\u03a3" in sample:
        return _guess_by_words(sample, _WORD.findall(sample))
    return _guess_fast(sample)


def _guess_by_words(sample: str, words: list[str]) -> str | None:
    """The reference rule, from the letter runs of ``sample``."""
    letters = sum(map(len, words))  # the words are the maximal runs of letters
    if letters < 20:
        return None
    if (lang := _script_of(sample, letters)) is not None:
        return lang
    counts = Counter(map(str.lower, words))
    return _best({lang: sum(counts[w] for w in ws) for lang, ws in _WORDSETS.items()})


def _guess_fast(sample: str) -> str | None:
    """Same answer as :func:`_guess_by_words` without a regex pass over the text, which costs
    more than the whole rest of a small page's parse. Letter runs never span whitespace, so
    they are found inside the whitespace-separated tokens: a token of letters only is one run
    (most tokens), the others are split by the regex. The sample is lower-cased once instead of
    word by word: without "İ" (whose lower case is two characters) and "Σ" (whose lower case
    depends on the next letter) that is the same, and lower-casing keeps every character a
    letter or a non-letter, so the runs do not move."""
    letters = 0
    counts: dict[str, int] = {}
    for token, n in Counter(sample.lower().split()).items():
        if token.isalpha():  # every character alphabetic: the token is one letter run
            letters += len(token) * n
            if token in _STOPWORDS:
                counts[token] = counts.get(token, 0) + n
            continue
        for word in _WORD.findall(token):
            letters += len(word) * n
            if word in _STOPWORDS:
                counts[word] = counts.get(word, 0) + n
    if letters < 20:
        return None
    if (lang := _script_of(sample, letters)) is not None:
        return lang
    return _best({lang: sum(counts.get(w, 0) for w in ws) for lang, ws in _WORDSETS.items()})


def _script_of(sample: str, letters: int) -> str | None:
    if not sample.isascii() and _ANY_SCRIPT.search(sample) is not None:
        for lang, pattern in _SCRIPTS:
            # Han characters also appear in Japanese; kana is checked first for that reason.
            if len(pattern.findall(sample)) * 3 > letters:
                return lang
    return None


def _best(scores: dict[str, int]) -> str | None:
    best = max(sorted(scores), key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None
