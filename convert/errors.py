"""The one exception type newsconv raises for bad input, and the one way a message names a place.

A place is ``file:line`` where a source line is known, then the JSON path of the part of the document
concerned (``$.articles[0].blocks[2].text``): ``story.txt:14: $.articles[0].dateline: message``.
"""

from __future__ import annotations

from typing import Iterable, Optional, Union


def json_path(parts: Iterable[Union[str, int]]) -> str:
    """The JSON path of a place in a document: ``["articles", 0, "headline"]`` -> ``$.articles[0].headline``."""
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def place(file: Optional[str] = None, line: Optional[int] = None, path: Optional[str] = None) -> str:
    """``file:line: $.json.path``, with whichever parts are known ("" when none is)."""
    parts = []
    if file:
        parts.append(f"{file}:{line}" if line else file)
    elif line:
        parts.append(f"line {line}")
    if path:
        parts.append(path)
    return ": ".join(parts)


def at(message: str, file: Optional[str] = None, line: Optional[int] = None, path: Optional[str] = None) -> str:
    """``message`` after its place, when it has one."""
    where = place(file, line, path)
    return f"{where}: {message}" if where else message


class NewsconvError(Exception):
    """A problem with an input or a request, reported as ``file:line: message``."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.path = path  # the JSON path of the part of the document concerned

    def __str__(self) -> str:
        return at(self.message, self.file, self.line, self.path)

    def at(self, file: str | None) -> "NewsconvError":
        """Return this error with its file filled in, when it had none."""
        if self.file is None and file is not None:
            self.file = file
        return self


class NothingToConvert(NewsconvError):
    """An input that is readable but holds nothing newsconv converts (a feed of pictures, a concept item):
    a batch skips it, with the reason as a warning, rather than counting it as failed."""


class InvalidDocument(NewsconvError):
    """A document that does not satisfy the JSON Schema; ``problems`` lists each one."""

    def __init__(self, problems: list["Problem"], *, file: str | None = None) -> None:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"invalid document: {first.message}{more}", file=file, path=first.path)
        self.problems = problems


class Problem:
    """One schema violation: a JSON path (``$.articles[0].headline``) and a message."""

    __slots__ = ("path", "message")

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))


class NewsconvWarning(UserWarning):
    """Something was changed or dropped on the way out (e.g. an XML-illegal character).

    Writers report through :mod:`warnings` with this category; the command line
    collects these and prints them with the input they concern.
    """
