"""Lines of facts printed among a story's paragraphs: a review's or an exhibition's details between bars, a match's
line-ups and the labelled facts around them. They are the story's (a list), never its prose: not its first
paragraph, and no dateline opens them.
"""

from __future__ import annotations

from typing import Sequence

from ._lazy_patterns import lazy_compile

_BAR = " | "
_FACT_BARS = 3  # bars, at least, between the facts on one line
_FACT_WORDS = 8  # at most, in each fact
_SENTENCE_END = (".", "!", "?", ":", ";")


def is_fact_line(text: str) -> bool:
    """"Drame | 1h48 | De Mathilde Orsoni | Avec Inès Kaddour | France | En salles le 12 février": a review's or an
    exhibition's details, short facts between bars (a menu's items are removed before this is asked)."""
    if text.count(_BAR) < _FACT_BARS or text.endswith(_SENTENCE_END):
        return False
    return all(0 < len(part.split()) <= _FACT_WORDS for part in text.split(_BAR))


# "PEDEMONTANA (4-3-3): Bertoli; Ferrario, Galbiati, …", "ULZAMA BERRI: Arrizabalaga; Mendía, Oteiza, …": a side's
# name (and formation), a colon, then its players between commas and semicolons (substitutes in parentheses).
_LINE_UP = lazy_compile(r"(?P<side>[^:;,.]{2,40}?)\s*:\s*(?P<players>[^:]+)")
_ASIDE = lazy_compile(r"\([^()]*\)")
_BETWEEN_PLAYERS = lazy_compile(r"[;,]|\s+(?:y|e|and|und|et|i)\s+")
_PLAYERS = 8  # named, at least (a side fields eleven)
_SEMICOLONS = 2  # at least: between the lines of the formation


def is_line_up(text: str) -> bool:
    """Whether ``text`` is a side's line-up: its name, a colon, then its players' names."""
    found = _LINE_UP.fullmatch(text) if text.count(";") >= _SEMICOLONS else None
    if found is None:
        return False
    players = [name.strip(" .") for name in _BETWEEN_PLAYERS.split(_ASIDE.sub("", found.group("players")))]
    players = [name for name in players if name]
    return len(players) >= _PLAYERS and all(name[:1].isupper() and len(name.split()) <= 4 for name in players)


# "ARBITRO: Lanfranchi di Vercelli.", "GOL: 1-0, min. 88: Goñi.": a fact under its label in capitals, as printed
# beside the line-ups; or in a word or two capitalised ("Árbitro: Hugo Castaño Pérez.", "Estadio: Estadi de la Marina").
_LABELLED_FACT = lazy_compile(r"[A-ZÀ-Þ](?:[A-ZÀ-Þ ]{1,24}|[a-zß-ÿ]{1,20}(?: [a-zß-ÿ]{1,15})?):\s+\S.*")


def is_labelled_fact(text: str) -> bool:
    """Whether ``text`` is a fact under a short label (a match's referee, goals, attendance): one only beside a
    line-up."""
    return _LABELLED_FACT.fullmatch(text) is not None


def among_facts(texts: Sequence[str], index: int, *, bars: bool = True) -> bool:
    """Whether ``texts[index]`` is a line of facts: details between bars (when ``bars``: above the story's prose; a
    footer's links between bars look alike), a line-up, or a labelled fact in a run of such facts and line-ups one
    under another that holds a line-up (alone, "NEW DELHI: The …" opens a story)."""
    text = texts[index]
    if bars and is_fact_line(text) or is_line_up(text):
        return True
    if not is_labelled_fact(text):
        return False
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(texts) and (is_labelled_fact(texts[at]) or is_line_up(texts[at])):
            if is_line_up(texts[at]):
                return True
            at += step
    return False


# "Golos: Tiago Brandão (31'), Rúben Gaspar (77' g.p.)", "Tore: 1:0 Kowalczyk (23.)": who scored, each at their minute.
_SCORERS = lazy_compile(r"[^:]{2,25}:\s+\S.*?\(\d{1,3}(?:\+\d{1,2})?(?:['’′.]|\.?\s?min\.?)[^()]{0,12}\).*")


def is_scorers_line(text: str) -> bool:
    """Whether ``text`` is a match's scorers under their label, each with the minute they scored: a fact of the score's
    box, no title."""
    return "(" in text and _SCORERS.fullmatch(text) is not None
