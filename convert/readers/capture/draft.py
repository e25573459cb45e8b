"""Mutable drafts a reader fills in, and the final assembly into a schema-valid document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from .text import Line

FIELDS = ("headline", "publisher", "published", "dateline", "byline")


def figure(caption: str, credit: Optional[str], first: int, last: int, *, label: Optional[str] = None,
           alt: Optional[str] = None) -> dict[str, Any]:
    """A ``figure`` block: a picture's caption and credit, its label and alt text, and the lines they stand on."""
    return {"type": "figure", "caption": caption, "credit": credit, "label": label, "alt": alt, "lines": [first, last]}


@dataclass
class ArticleDraft:
    headline: Optional[str] = None
    publisher: Optional[str] = None
    published: Optional[str] = None
    dateline: Optional[str] = None
    byline: Optional[str] = None
    # The byline as printed with the writers' jobs, when ``byline`` keeps only their names: whom contributors credit.
    credited: Optional[str] = None
    modified: Optional[str] = None
    tags: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    blocks: list[dict[str, Any]] = field(default_factory=list)
    # Line numbers per field, as ordered sets (dicts) so that a field read from many lines stays linear.
    field_lines: dict[str, dict[int, None]] = field(default_factory=dict)

    def fill(self, name: str, value: Optional[str], *lines: int) -> bool:
        """Set a field if it is still empty; remember the lines it came from. True if it was set."""
        if value is None or getattr(self, name) is not None:
            return False
        setattr(self, name, value)
        self.note(name, *lines)
        return True

    def note(self, name: str, *lines: int) -> None:
        self.field_lines.setdefault(name, {}).update(dict.fromkeys(lines))

    def add_figure(self, caption: str, credit: Optional[str], first: int, last: int, *, label: Optional[str] = None,
                   alt: Optional[str] = None) -> None:
        """Add a ``figure`` block of the lines ``first`` to ``last``."""
        self.blocks.append(figure(caption, credit, first, last, label=label, alt=alt))

    def first_paragraph(self) -> Optional[dict[str, Any]]:
        return next((b for b in self.blocks if b["type"] == "paragraph"), None)


@dataclass
class DocumentDraft:
    """What a layout reader produces; :func:`convert.readers.capture.assemble` makes it a document."""

    layout: str
    site: Optional[str] = None
    captured: Optional[str] = None
    capture_lines: dict[str, list[int]] = field(default_factory=dict)
    digest: Optional[dict[str, Any]] = None
    articles: list[ArticleDraft] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)

    def remove(self, line: Line, reason: str, text: Optional[str] = None) -> None:
        self.remove_span(line.number, line.last, text if text is not None else line.raw.strip("\r\n"), reason)

    def remove_span(self, first: int, last: int, text: str, reason: str) -> None:
        if text.strip():
            self.removed.append({"lines": [first, last], "text": text, "reason": reason})

    def warn(self, code: str, message: str, line: Optional[int] = None) -> None:
        self.warnings.append({"code": code, "message": message, "line": line})

    def capture_field(self, name: str, value: Optional[str], line: int) -> None:
        if value is not None and getattr(self, name) is None:
            setattr(self, name, value)
            self.capture_lines.setdefault(name, []).append(line)
