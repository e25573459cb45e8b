"""The one exception type newsconv raises for bad input, with where it happened."""

from __future__ import annotations


class NewsconvError(Exception):
    """A problem with an input or a request, reported as ``file:line: message``."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        elif self.line:
            where = f"line {self.line}: "
        return where + self.message

    def at(self, file: str | None) -> "NewsconvError":
        """Return this error with its file filled in, when it had none."""
        if self.file is None and file is not None:
            self.file = file
        return self


class InvalidDocument(NewsconvError):
    """A document that does not satisfy the JSON Schema; ``problems`` lists each one."""

    def __init__(self, problems: list["Problem"], *, file: str | None = None) -> None:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"invalid document: {first.path}: {first.message}{more}", file=file)
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
