"""Copyright lines ("Copyright 2021 The Associated Press. All rights reserved. ...") as the article's rights.

The line stays in ``removed`` as ``copyright`` (it is not article text); its reading goes to the
article's ``rights`` and the line to ``field_lines["rights"]``.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from ._lazy_patterns import lazy_compile

# "All rights reserved" in the languages read: a statement with no holder in it ("© RIPRODUZIONE RISERVATA").
RESERVED = (r"\b(?:all rights reserved|tous droits (?:de reproduction (?:et de représentation )?)?réservés"
            r"|alle rechte vorbehalten|todos los derechos reservados"
            r"|todos os direitos reservados|riproduzione riservata|tutti i diritti (?:sono )?riservati)\b")
RIGHTS_RESERVED = lazy_compile(RESERVED, re.I)  # the statement, anywhere in a line
_RIGHTS = lazy_compile(
    r"^(?:(?:copyright|©|\(c\))\s*)+(?:(?P<year>\d{4})(?:\s*[-–]\s*(?P<last>\d{4}))?\s*,?\s*)?"
    r"(?:(?:copyright|©|\(c\))\s*)?(?P<holder>.*?)(?:,?\s+(?P<after>\d{4}))?\s*[-–—|]?\s*"
    r"(?:(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bCo)\.|;|" + RESERVED + "|$)", re.I)
_HOLDER_TRIM = " ,-–—|"


def rights_of(text: str) -> dict[str, Any]:
    """The statement, holder and year a copyright line gives (holder and year None when it names none)."""
    statement = text.strip()
    match = _RIGHTS.match(statement)
    holder: Optional[str] = None
    year: Optional[int] = None
    if match:
        holder = match.group("holder").strip(_HOLDER_TRIM) or None
        # A range ("2005-2024") ends with the year the page was last published under.
        year_text = match.group("last") or match.group("year") or match.group("after")  # ("© Valley News 2024")
        year = int(year_text) if year_text else None
    if holder is not None and len(holder.split()) > 8:
        holder = None  # a sentence, not a name
    return {"statement": statement, "holder": holder, "year": year}
