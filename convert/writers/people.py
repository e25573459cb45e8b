"""Names out of bylines, and honest titles for articles that have no headline; shared by the writers.

A byline is one free text ("Christian Datoc and Mabinty Quarshie", "Mike Brest, Defense Reporter");
catalogues want one entry per person, without job titles, with a sort form ("Brest, Mike").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

# Words that make the part of a byline after a comma a job title rather than another name.
_JOB_WORDS = frozenset("""
    analyst anchor author bureau chief columnist commentator contributor correspondent critic desk director
    editor editors fellow host intern journalist manager photographer producer reporter reporters senior staff
    writer writers
""".split())
# Words that make a name an organisation (an agency, a newsroom), which is filed as it is written.
_ORGANISATION_WORDS = frozenset("""
    agency associated bureau daily desk gazette herald journal magazine media network news newsroom post press
    radio report reuters service staff television telegraph times tribune tv wire
""".split())
_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
UNTITLED = "Untitled article"


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def is_job_title(text: str) -> bool:
    """Whether ``text`` (the part after a comma) names a job rather than a person."""
    return bool(_words(text) & _JOB_WORDS) or (text[:1].islower())


def is_organisation(name: str) -> bool:
    """An agency or newsroom ("AP", "The Canadian Press", "Morning Wire") rather than a person."""
    words = name.split()
    if len(words) == 1 or name.isupper():
        return True
    return words[0] == "The" or bool(_words(name) & _ORGANISATION_WORDS)


@lru_cache(maxsize=1024)
def people(byline: Optional[str]) -> tuple[str, ...]:
    """The names in ``byline``, in order, each once: split at "and", "&" and commas between names,
    with job titles after a comma left out."""
    if not byline:
        return ()
    *heads, last = _AND.split(" ".join(byline.split()))
    names: list[str] = []
    for part in heads:  # "A, B and C": the commas before the last "and" separate names
        names.extend(piece.strip() for piece in part.split(","))
    first, *rest = (piece.strip() for piece in last.split(","))
    names.append(first)
    for piece in rest:  # "Mike Brest, Defense Reporter" or "Ann Lee, Bo Chan"
        if not is_job_title(piece):
            names.append(piece)
    return tuple(dict.fromkeys(name for name in names if name and not is_job_title(name)))


@lru_cache(maxsize=1024)
def file_as(name: str) -> str:
    """The sort form of a name: "Brest, Mike", "King, Martin Luther, Jr."; an organisation as written."""
    words = name.split()
    if is_organisation(name) or len(words) < 2:
        return name
    suffix = ""
    if words[-1].casefold() in _SUFFIXES and len(words) > 2:
        suffix = ", " + words.pop()
    return f"{words[-1]}, {' '.join(words[:-1])}{suffix}"


def untitled(publisher: Optional[str], day: Optional[str], captured: Optional[str] = None) -> str:
    """A title for an article without a headline that claims nothing the model does not say: who
    published it and when ("Harbour Gazette, 2025-03-04"), else "Untitled article"; without a
    publication day, the day it was captured, said to be one ("Untitled article, captured 2025-08-16")."""
    when = day or (f"captured {captured}" if captured else None)
    name = publisher or UNTITLED
    return f"{name}, {when}" if when else name
