"""A small, deterministic language guess for article bodies (ISO 639-1 codes).

Scripts decide first (Hangul, kana, Han, Cyrillic, Thai...); Latin-script text is scored by
counts of very common function words, held as data below. Returns None for text too short to
tell, and for text whose best language's words are too rare to be its own (a language without
a table, a page of code or menus), unless its prose lines alone give a language. It is good
enough to label a news article, not a sentence."""

from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse

STOPWORDS = {
    "en": "the and of to is in that it for was with as on are this be by not have from",
    "de": "der die und das ist nicht ein eine zu den mit von sich auch auf für dem des im",
    "fr": "le la les et des est une un que pour dans pas qui sur du au avec ce il",
    "es": "el la los las y de que en es por una un para con del se lo como más",
    "pt": "a os as e de que em um uma para com não do da no na se é",  # not "o": inscriptis prints it as a list bullet
    "it": "il la e di che è un una per non del della con sono gli le",
    "nl": "de het een en van is dat niet op te zijn voor met die er",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam akan ada saya juga ke",
    "vi": "và của là có không những được cho một các này người trong với đã",
    # Only words no other language above has (short Polish words such as "i", "w", "na", "do"
    # are words elsewhere too).
    "pl": "się że nie jest jak ale tak przez dla tylko już jego może jestem są być który",
    "tr": "ve bir bu için ile çok daha gibi olarak ama kadar değil ben olan sonra",
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


# The guess reads the first 3,000 characters (20,000 before). Stop-word counts settle long
# before that on an article, and the count costs ~25 ns a character (split and Counter), which
# on a long page (a 10,000-comment text without an article body) was a large part of the
# parse. Checked against the uncapped guess: every test and all 4,320 outputs of the text-format
# golden comparison agree (1,000 characters would change 22 of them; 2,000 none).
_CAP = 3_000


def guess_language(text: str) -> str | None:
    guess = _guess_sample(text[:_CAP])
    if guess is None and len(text) > _PROSE_MIN:
        # Too few stop words (see _best), maybe because the text opens with menus or code: its
        # prose lines alone decide, when there are enough of them.
        prose = "\n".join(line for line in text[:_PROSE_SCAN].split("\n") if _is_prose_line(line))
        if len(prose) >= _PROSE_MIN and len(prose) < len(text):
            guess = _guess_sample(prose[:_CAP])
            if guess in _WORDSETS and not _dense(prose[:_CAP], guess):
                guess = None
    if guess in _ALPHABETS and len(text) < _SHORT and not text.isascii() and _foreign_letters(text, guess):
        guess = None  # (a longer text is decided by the stop words' density: see _best)
    return guess


# The letters beyond ASCII that each Latin-script language of the tables writes (Vietnamese,
# with its many tone marks, is left out). Short Polish or Czech shares enough one- and
# two-letter words with Portuguese to win its count ("a", "na", "do"), but never its letters.
_ALPHABETS = {"en": "", "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü",
              "pt": "áâãàçéêíóôõú", "it": "àèéìíîòóùú", "nl": "éëïóöüè", "id": "",
              "pl": "ąćęłńóśźż", "tr": "çğıöşüâî"}
_LATIN_BEYOND_ASCII = re.compile(r"[À-ɏ]")
# Texts shorter than this can be won by a few short words another language shares.
_SHORT = 1_500
_FOREIGN_SHARE = 30  # one letter in 30 (Polish and Czech write 7-10% in their lower-case words)


def _foreign_letters(sample: str, lang: str) -> bool:
    """Does ``sample`` write Latin letters that ``lang`` never does, often enough to be in
    another language (three at least, and one letter in _FOREIGN_SHARE)?"""
    own = _ALPHABETS[lang]
    foreign = _foreign_in_words(sample, own)
    return len(foreign) >= 3 and len(foreign) * _FOREIGN_SHARE >= sum(map(len, _WORD.findall(sample)))


def _foreign_in_words(sample: str, own: str) -> list[str]:
    """The letters beyond ASCII that ``own`` lacks, in the words that start in lower case:
    names (Björk, Þingvellir) are capitalised, a language's own function words are not. (From
    each such letter back to its word's start: most samples hold few of them.)"""
    out = []
    for m in _LATIN_BEYOND_ASCII.finditer(sample):
        ch = m.group()
        if ch in own:
            continue
        a = m.start()
        while a > 0 and sample[a - 1].isalpha():
            a -= 1
        if sample[a].islower():
            out.append(ch)
    return out


def page_language(body: str, comment_texts) -> str | None:
    """The language of a page: its body's, or, when the body is too short to tell one (a
    caption, an excerpt's last line), its body and comments' together: readers answer in the
    page's language far more often than not."""
    guess = guess_language(body) if body else None
    if guess is None and len(body) < _PROSE_MIN and comment_texts:
        guess = guess_language(" ".join([body, *comment_texts]) if body else " ".join(comment_texts))
        if guess in _ALPHABETS and len(_foreign_in_words(body, _ALPHABETS[guess])) >= 2:
            guess = None  # the body itself writes letters the comments' language lacks
    return guess


_PROSE_SCAN = 20_000  # characters searched for prose lines
_PROSE_MIN = 200
# Prose in a language of the tables has one stop word per 15-35 letters; a language the tables
# lack that shares a few short words with one has one per 100 or more (Danish read as Dutch).
_PROSE_DENSITY = 60


def _dense(prose: str, lang: str) -> bool:
    words = [w for w in _WORD.findall(prose.lower()) if w.isascii() or not _ANY_SCRIPT.search(w)]
    hits = sum(1 for w in words if w in _WORDSETS[lang])
    return hits * _PROSE_DENSITY >= sum(map(len, words))


def _is_prose_line(line: str) -> bool:
    """A sentence or more: eight words or more, ending as a sentence does."""
    s = line.strip()
    return len(s) > 40 and s[-1] in _SENTENCE_ENDS and len(s.split()) >= 8


_SENTENCE_ENDS = frozenset(".!?…\"”»)")


def _guess_sample(sample: str) -> str | None:
    if "\u0130" in sample or "\u03a3" in sample:
        return _guess_by_words(sample, _WORD.findall(sample))
    try:
        data = sample.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return _guess_fast(sample)
    if data.translate(None, _NOT_SCRIPT_LEADS):
        return _guess_fast(sample)  # maybe a script character: the str path counts them
    if len(data) > _EARLY_MIN and (early := _early_guess(data)) is not None:
        return early
    return _guess_bytes(data)


# Early decision. Most article bodies leave no doubt well before 3,000 characters: the stop
# words of the first ~1,000 bytes (cut at a space, so no word is split) are counted, and the
# leader is returned at once when it has at least _EARLY_HITS hits and at least _EARLY_RATIO
# times the runner-up's (so no tie, and the remaining ~2,000 characters would have to hold a
# wholly different language to change the answer). Otherwise the full 3,000-character count
# decides, as before. Checked like _CAP: every test and all 4,320 outputs of the text-format
# golden comparison agree with the full count.
_EARLY = 1_000
_EARLY_MIN = 1_500  # shorter samples: the full count costs little more than the early one
_EARLY_HITS = 8
_EARLY_RATIO = 3


def _early_guess(data: bytes) -> str | None:
    cut = data.rfind(b" ", 0, _EARLY)
    if cut <= 0:
        return None
    letters, scores = _byte_scores(data[:cut])
    if letters < 20:
        return None
    first, second = sorted(scores.values(), reverse=True)[:2]
    if first < _EARLY_HITS or first < _EARLY_RATIO * second or first * _DENSITY < letters:
        return None
    return max(scores, key=scores.__getitem__)  # the only language with ``first`` hits


def _guess_by_words(sample: str, words: list[str]) -> str | None:
    """The reference rule, from the letter runs of ``sample``."""
    letters = sum(map(len, words))  # the words are the maximal runs of letters
    if letters < 20:
        return None
    if (lang := _script_of(sample, letters)) is not None:
        return lang
    counts = Counter(map(str.lower, words))
    return _best({lang: sum(counts[w] for w in ws) for lang, ws in _WORDSETS.items()}, letters, sample)


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
    return _best({lang: sum(counts.get(w, 0) for w in ws) for lang, ws in _WORDSETS.items()}, letters, sample)


# --- the same answer from the UTF-8 bytes ------------------------------------------------------
# Lower-casing, splitting and counting words of a str cost several times what they cost on
# bytes, where ASCII letters are lowered and every other ASCII byte turned into a space by one
# translate(). Letter runs never contain an ASCII non-letter, so the tokens left are either
# whole ASCII letter runs (most words) or tokens holding non-ASCII characters, which are
# decoded and read as in _guess_fast. Used when the sample holds no character of a script in
# _SCRIPTS (their UTF-8 lead bytes are absent), so only the stop words decide.

_TO_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c >= 128 else 32
                    for c in range(256))
_HIGH_AND_SPACE = bytes(range(128, 256)) + b" "


def _lead_bytes(first: str, last: str) -> set[int]:
    """UTF-8 lead bytes of the characters first..last (a lead byte grows with the code)."""
    return set(range(first.encode()[0], last.encode()[0] + 1))


_SCRIPT_LEADS = set().union(*(_lead_bytes(chr(int(a, 16)), chr(int(b, 16))) for a, b in
                              re.findall(r"\\u(\w{4})-\\u(\w{4})", _ANY_SCRIPT.pattern)))
_NOT_SCRIPT_LEADS = bytes(b for b in range(256) if b not in _SCRIPT_LEADS)
_ASCII_STOPWORDS = frozenset(w.encode() for w in _STOPWORDS if w.isascii())
_LANGS_OF = {w: tuple(lang for lang, ws in _WORDSETS.items() if w in ws) for w in _STOPWORDS}
_LANGS_OF_BYTES = {w.encode(): langs for w, langs in _LANGS_OF.items() if w.isascii()}


def _guess_bytes(data: bytes) -> str | None:
    """:func:`_guess_fast` for a sample given as UTF-8 without script characters."""
    letters, scores = _byte_scores(data)
    if letters < 20:
        return None
    return _best(scores, letters)


def _byte_scores(data: bytes) -> tuple[int, dict[str, int]]:
    """(letters, stop-word hits per language) of a UTF-8 sample without script characters.
    Only the stop-word tokens are counted (a C-level filter picks them out; counting every
    token cost more than the rest together); tokens holding non-ASCII bytes are few and are
    read one by one."""
    letters_only = data.translate(_TO_LETTERS)
    # Each distinct token once (Counter counts in C): a sample repeats most of its words.
    counts = Counter(letters_only.split())
    letters = len(letters_only.translate(None, _HIGH_AND_SPACE))  # ASCII letters
    scores = dict.fromkeys(_WORDSETS, 0)
    for word in _ASCII_STOPWORDS.intersection(counts):
        n = counts[word]
        for lang in _LANGS_OF_BYTES[word]:
            scores[lang] += n
    if not data.isascii():
        # Tokens end at ASCII bytes, so each is whole UTF-8 and decodes alone, and lower-casing
        # needs no context across tokens (no "Σ" in this sample, see guess_language).
        for token in filterfalse(bytes.isascii, counts):
            n = counts[token]
            letters -= len(token.translate(None, _HIGH_AND_SPACE)) * n  # counted again below
            for part in token.decode("utf-8").lower().split():
                for word in ((part,) if part.isalpha() else _WORD.findall(part)):
                    letters += len(word) * n
                    if word in _STOPWORDS:
                        for lang in _LANGS_OF[word]:
                            scores[lang] += n
    return letters, scores


def _script_of(sample: str, letters: int) -> str | None:
    if not sample.isascii() and _ANY_SCRIPT.search(sample) is not None:
        for lang, pattern in _SCRIPTS:
            # Han characters also appear in Japanese; kana is checked first for that reason.
            if len(pattern.findall(sample)) * 3 > letters:
                return lang
    return None


# Stop words are a large share of any text in their language (a fifth to a third of its words):
# at least one hit per _DENSITY letters of the Latin script, or the winner is a language the
# table lacks that shares a few short words with it (Lithuanian's "la" and "e" are no Italian)
# or a page of code and names. Measured over the golden pages (corpus, fixtures, unseen pages
# and their converted texts, ~5,450 outputs): 120 changes the guess on 14 pages, 10 of them to
# the right answer or to None for a language without a table (Finnish, Nynorsk, Danish,
# Lithuanian, Indonesian; Chinese around code), 4 to None on bodies that open with menus or
# left-over HTML tags, which their prose lines then give back (guess_language). 80 took more
# such bodies to None, 150 missed Lithuanian.
_DENSITY = 120
# A weak stop-word winner gives way to a script this many characters strong (Chinese prose
# around code listings, whose Latin letters outnumber the Han characters three to one).
_SCRIPT_MIN = 50


def _best(scores: dict[str, int], letters: int, sample: str | None = None) -> str | None:
    """The language with the most stop-word hits among ``letters`` letters of ``sample``
    (None: a sample without characters of the scripts in _SCRIPTS)."""
    best = max(sorted(scores), key=lambda lang: scores[lang])
    scripts = _script_counts(sample) if sample is not None and not sample.isascii() else {}
    if scores[best] * _DENSITY < letters - sum(scripts.values()):
        top = max(sorted(scripts), key=scripts.__getitem__) if scripts else None
        return top if top is not None and scripts[top] >= _SCRIPT_MIN else None
    return best if scores[best] >= 3 else None


def _script_counts(sample: str) -> dict[str, int]:
    if _ANY_SCRIPT.search(sample) is None:
        return {}
    return {lang: len(pattern.findall(sample)) for lang, pattern in _SCRIPTS}
