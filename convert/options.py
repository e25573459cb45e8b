"""Options a reader or writer declares: the command line makes flags of them, the library takes them as keywords."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Sequence

from .errors import NewsconvError


@dataclass(frozen=True)
class Option:
    """One setting of a format.

    ``name`` is a Python identifier (``group_by``); on the command line it becomes
    ``--<format>-<name with dashes>`` (``--epub-group-by``). ``type`` turns a command-line
    string into the value (``str``, ``int``, or ``bool`` for a flag that takes no value).
    A value outside ``choices`` (when given) is refused. ``default`` is what the format uses
    when the option is not given.
    """

    name: str
    help: str
    type: Callable[[str], Any] = str
    default: Any = None
    choices: tuple[Any, ...] = ()

    def flag(self, format_name: str) -> str:
        return f"--{format_name}-{self.name.replace('_', '-')}"

    def describe(self) -> dict[str, Any]:
        """The option as plain JSON data (for ``newsconv formats --json``)."""
        return {"name": self.name, "type": getattr(self.type, "__name__", str(self.type)), "default": self.default,
                "choices": list(self.choices), "help": self.help}


def resolve(declared: Sequence[Option], given: Mapping[str, Any], owner: str) -> dict[str, Any]:
    """The options in ``given`` checked against what ``owner`` (e.g. "the epub writer") declares.

    Only the options given are returned: a format applies its own defaults, so that a call with no
    option is exactly the plain call.
    """
    known = {option.name: option for option in declared}
    resolved: dict[str, Any] = {}
    for name, value in given.items():
        option: Optional[Option] = known.get(name)
        if option is None:
            offered = ", ".join(sorted(known)) or "none"
            raise NewsconvError(f"{owner} has no option {name!r} (its options: {offered})")
        if option.choices and value not in option.choices:
            raise NewsconvError(f"{owner}: option {name!r} must be one of {', '.join(map(str, option.choices))}, "
                                f"not {value!r}")
        resolved[name] = value
    return resolved
