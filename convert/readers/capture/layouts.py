"""The page layouts a capture may have, in the order they are tried: the first that recognises the lines wins.

Each reads the lines into a draft, or returns None when they are not of its layout. The last one,
``generic``, reads any page, so a capture always gets a layout.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from .aggregator import read_aggregator
from .draft import DocumentDraft
from .generic import read_generic
from .text import Line

Layout = Callable[[Sequence[Line]], Optional[DocumentDraft]]

LAYOUTS: tuple[tuple[str, Layout], ...] = (
    ("aggregator", read_aggregator),  # the aggregator's article and digest pages, current and legacy
    ("generic", read_generic),
)
NAMES = tuple(name for name, _ in LAYOUTS)


def read_layout(lines: Sequence[Line], only: Optional[str] = None) -> Optional[DocumentDraft]:
    """The draft of the first layout that recognises ``lines`` (of layout ``only`` alone, when given)."""
    for name, layout in LAYOUTS:
        if only is None or name == only:
            draft = layout(lines)
            if draft is not None:
                return draft
    return None
