"""A small language guess from function words, good enough to label news text (BCP 47)."""

from __future__ import annotations

from ._lazy_patterns import lazy_compile

# What closes a quotation at the end of a sentence: "...", “...”, ‘...’ and the other languages' „...“, «...»,
# »...«. At the end of a line, each of them closes.
CLOSING_QUOTES = ('"', "”", "’", "“", "»", "«")

_STOPWORDS = {
    "en": "the of and to in is that for on with was as by at from he it said are have has be this will not",
    "fr": "le la les de des et est une un du dans que pour sur pas par au qui avec ce il sont",
    "de": "der die das und ist nicht ein eine zu den mit von im sich auf für dem des auch es sie",
    "es": "el la los las de y en que del por con una un para se su al es lo como más",
    "it": "il di che la e per un una non del della sono le dei con si nel alla gli da",
    "pt": "o a os as de e do da que em um uma para com não no na por se dos",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er die ook",
}
_WORDS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_LANGUAGES = tuple(_WORDS)
# Each function word and the languages that have it, as indexes into _LANGUAGES.
_LANGUAGES_OF: dict[str, tuple[int, ...]] = {
    word: tuple(index for index, lang in enumerate(_LANGUAGES) if word in _WORDS[lang])
    for word in sorted(set().union(*_WORDS.values()))}
_TOKEN = lazy_compile(r"[^\W\d_]+")
SAMPLE_SIZE = 4000  # characters read from the start of a text
# Every ASCII byte that is not a letter, mapped to a space; letters (and the non-ASCII bytes) kept.
_ASCII_NON_LETTERS_TO_SPACE = bytes(b if chr(b).isalpha() or b >= 0x80 else 0x20 for b in range(256))
_ASCII = bytes(range(0x80))
_MAX_REPLACED = 40  # distinct non-letters worth a str.replace each; past that, one regex scan is cheaper


def is_function_word(word: str) -> bool:
    """Whether ``word`` (in small letters) is one of the function words of a language told here."""
    return word in _LANGUAGES_OF


def _is_letter(char: str) -> bool:
    """A character of a word: what ``_TOKEN`` matches."""
    return char.isalnum() and not char.isdecimal() and char != "_"


def words(text: str) -> list[str]:
    """The lower-cased words (runs of letters, ``_TOKEN``) of ``text``.

    Every character that is not a letter becomes a space and the text is split on white space:
    far cheaper than a regular expression testing every character. ASCII characters are mapped
    and lower-cased in the UTF-8 bytes (where an ASCII byte is only ever an ASCII character), then
    the few distinct other characters that are not letters are replaced one by one. (Lower-casing
    the whole text equals lower-casing each word, as words are separated by spaces.)
    """
    encoded = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_LETTERS_TO_SPACE).lower()
    if encoded.isascii():
        return encoded.decode("ascii").split()
    others = set(encoded.translate(None, _ASCII).decode("utf-8", "surrogatepass"))
    non_letters = [char for char in others if not char.isspace() and not _is_letter(char)]
    if len(non_letters) > _MAX_REPLACED:
        return [token.lower() for token in _TOKEN.findall(text)]
    text = encoded.decode("utf-8", "surrogatepass")
    for char in non_letters:
        text = text.replace(char, " ")
    if any(char.lower() != char for char in others):  # a capital beyond ASCII
        text = text.lower()
    return text.split()


_PART = 500  # characters read at a time
_CLEAR_SCORE = 20  # function words of the leading language, at least, to stop reading early
_CLEAR_LEAD = 3  # times the runner-up's, at least, to stop reading early


def guess_language(text: str) -> str:
    """The most likely language tag of ``text``, or ``und`` when there is too little to tell.

    The sample is read a part at a time, and reading stops once one language clearly leads: a story's
    first few hundred words tell its language, a page of menus and names needs the whole sample."""
    text = text[:SAMPLE_SIZE]
    scores = [0] * len(_LANGUAGES)
    tokens = 0
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= _PART else text.rfind(" ", start, start + _PART) + 1 or start + _PART
        part = words(text[start:end])
        start = end
        tokens += len(part)
        for languages in filter(None, map(_LANGUAGES_OF.get, part)):  # (function words only)
            for index in languages:
                scores[index] += 1
        second, first = sorted(scores)[-2:]
        if first >= _CLEAR_SCORE and first >= _CLEAR_LEAD * second:
            break
    best = max(scores)  # (the first language listed wins a tie)
    if tokens < 5 or best < max(2, 0.05 * tokens):
        return "und"
    return _LANGUAGES[scores.index(best)]


_LONG_WORD = lazy_compile(r"[^\W\d_][\w'’.\-]{3,}")
_TITLE_CASE_SHARE = 0.9  # of the words of four letters or more, capitalised: a headline in title case
_TITLE_CASE_WORDS = 5
# Two long words in lower case among the first three: a sentence, not a title in title case (a quick answer for
# most paragraphs).
_SENTENCE_START = lazy_compile(r"\S+ (?:\S+ )?[a-zà-ÿ][\w'’\-]{3,} (?:\S+ )?[a-zà-ÿ][\w'’\-]{3,}")


def title_cased(text: str) -> bool:
    """"Burst Pipes and Flooded Cellars: How Winter Hits the Old Mill in Riverton, N.J.": a line in title case, as
    headlines are. Prose, even full of names, has verbs and nouns in lower case."""
    words = _LONG_WORD.findall(text) if not _SENTENCE_START.match(text) else ()
    return len(words) >= _TITLE_CASE_WORDS and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)
