"""A small language guess from function words, good enough to label news text (BCP 47)."""

from __future__ import annotations

import re
import string
from collections import Counter

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
_LANGUAGES_OF: dict[str, list[str]] = {}  # each function word and the languages that have it
for _lang, _words in _WORDS.items():
    for _word in _words:
        _LANGUAGES_OF.setdefault(_word, []).append(_lang)
_TOKEN = re.compile(r"[^\W\d_]+")
# ASCII letters and the space, the characters text is mostly made of, as UTF-8 bytes.
_LETTERS_AND_SPACE = (string.ascii_letters + " ").encode("ascii")
_MAX_REPLACED = 40  # distinct non-letters worth a str.replace each; past that, one regex scan is cheaper


def _is_letter(char: str) -> bool:
    """A character of a word: what ``_TOKEN`` matches."""
    return char.isalnum() and not char.isdecimal() and char != "_"


def _other_characters(text: str) -> set[str]:
    """The distinct characters of ``text`` besides ASCII letters and the space (taking those out of
    the UTF-8 bytes first, where an ASCII byte is only ever an ASCII character, is cheap)."""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _LETTERS_AND_SPACE)
    return set(rest.decode("utf-8", "surrogatepass"))


def words(text: str) -> list[str]:
    """The lower-cased words (runs of letters, ``_TOKEN``) of ``text``.

    Text usually holds a few dozen distinct characters that are not letters: each becomes a space
    and the text is split on white space, as a few ``str.replace`` calls cost far less than a
    regular expression testing every character. (Lower-casing the whole text then equals
    lower-casing each word, as words are separated by spaces.)
    """
    others = [char for char in _other_characters(text) if not char.isspace() and not _is_letter(char)]
    if len(others) > _MAX_REPLACED:
        return [token.lower() for token in _TOKEN.findall(text)]
    for char in others:
        text = text.replace(char, " ")
    return text.lower().split()


def guess_language(text: str) -> str:
    """The most likely language tag of ``text``, or ``und`` when there is too little to tell."""
    tokens = words(text[:4000])
    if len(tokens) < 5:
        return "und"
    counts = Counter(tokens)
    scores = dict.fromkeys(_WORDS, 0)
    for word in _LANGUAGES_OF.keys() & counts.keys():  # the few function words present
        for lang in _LANGUAGES_OF[word]:
            scores[lang] += counts[word]
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < max(2, 0.05 * len(tokens)):
        return "und"
    return best
