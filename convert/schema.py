"""The JSON Schema of the intermediate: where it lives, and checking documents against it.

``jsonschema`` is the reference: its messages name the JSON path of each problem.
The hot path (every document a reader produces or a loader reads) uses a
``fastjsonschema`` compilation of the same schema, which is an order of magnitude
faster; only when that says no do we ask ``jsonschema`` for the precise problems.
Where ``fastjsonschema`` is not installed, ``jsonschema`` answers the yes/no question too.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Optional

from .errors import InvalidDocument, Problem, json_path

SCHEMA_VERSION = "1.1"
SCHEMA_FILE = f"newsconv-document-{SCHEMA_VERSION}.schema.json"


def schema_path() -> Path:
    """The schema file: inside an installed wheel, else the checkout's ``schemas/``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "schemas" / SCHEMA_FILE, here.parent / "schemas" / SCHEMA_FILE):
        if candidate.is_file():
            return candidate
    # Only a package imported from a zip archive gets here; importlib.resources is slow to import.
    from importlib import resources

    return Path(str(resources.files(__package__).joinpath("schemas", SCHEMA_FILE)))


@lru_cache(maxsize=1)
def schema_text() -> bytes:
    return schema_path().read_bytes()


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(schema_text().decode("utf-8"))


_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")


def is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.match(value):
        return False
    leap = value[17:19] == "60"  # a leap second; datetime has no second 60, so it is checked as 59
    text = value[:17] + "59" + value[19:] if leap else value
    try:
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return not leap or _ends_a_utc_month(moment)


def _ends_a_utc_month(moment: _dt.datetime) -> bool:
    """Whether second 59 of ``moment`` is the last of a month in UTC, where a leap second may follow.

    RFC 3339 (5.7) allows second 60 "at the end of months in which a leap second occurs", at the same
    instant in every zone (23:59:60Z is 18:59:60-05:00). Which months had one is a table that keeps
    growing, so any month's end is accepted (ITU-R TF.460 allows a leap second at the end of any
    month); second 60 at any other time never happened and cannot.
    """
    try:
        utc = moment.astimezone(_dt.timezone.utc)
    except (OverflowError, ValueError):  # an offset past year 1 or 9999
        return False
    if (utc.hour, utc.minute, utc.second) != (23, 59, 59):
        return False
    try:
        return (utc + _dt.timedelta(seconds=1)).day == 1
    except OverflowError:  # 9999-12-31: the end of the last month there is
        return True


FORMATS: dict[str, Callable[[object], bool]] = {"date": is_date, "date-time": is_date_time}


@lru_cache(maxsize=1)
def reference_validator() -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=())
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    return Draft202012Validator(schema(), format_checker=checker)


@lru_cache(maxsize=1)
def fast_validator() -> Optional[Callable[[Any], Any]]:
    """fastjsonschema's compiled check (raises on an invalid document), or None where that package is
    missing: it only makes checking faster, and the reference validator gives the same answers."""
    try:
        from ._validator_cache import compiled_validator

        return compiled_validator(schema(), schema_text(), FORMATS)
    except ImportError:
        return None


def problems(document: Any) -> list[Problem]:
    """Every way ``document`` breaks the schema, in a stable order (empty when valid)."""
    found = []
    for error in reference_validator().iter_errors(document):
        found.extend(_leaf_problems(error))
    found.extend(_span_problems(document) if not found else [])
    return sorted(set(found), key=lambda p: (p.path, p.message))


def _leaf_problems(error: Any) -> list[Problem]:
    # A described alternative ("a date or a date-time") reads better as one message
    # than as one complaint per alternative.
    description = error.schema.get("description") if isinstance(error.schema, dict) else None
    if error.validator == "anyOf" and description:
        expected = description[0].lower() + description[1:].rstrip(".")
        return [Problem(json_path(error.absolute_path), f"{error.instance!r} is not valid: expected {expected}")]
    if error.validator == "anyOf" and _kinds(error.validator_value):
        return _kind_problems(error)
    # anyOf/if-then failures nest the useful message one level down.
    if error.context:
        best = [e for e in error.context if e.validator not in ("type", "anyOf") or not e.context]
        specific = [e for e in best if e.validator not in ("type",)]
        chosen = specific or best
        if chosen:
            return [p for e in chosen for p in _leaf_problems(e)]
    return [Problem(json_path(error.absolute_path), error.message)]


def _kinds(branches: list[Any]) -> list[list[str]]:
    """The ``type`` values each branch of an anyOf accepts, when every branch names its own
    (a union told apart by type, like a block); else an empty list."""
    kinds = []
    for branch in branches:
        if isinstance(branch, dict) and branch.get("$ref", "").startswith("#/$defs/"):
            branch = schema()["$defs"][branch["$ref"][len("#/$defs/"):]]
        kind = branch.get("properties", {}).get("type", {}) if isinstance(branch, dict) else {}
        values = kind.get("enum") or ([kind["const"]] if "const" in kind else [])
        if not values:
            return []
        kinds.append(values)
    return kinds


def _kind_problems(error: Any) -> list[Problem]:
    """Problems of the branch whose type the instance has; without such a branch, the type itself."""
    path = json_path(error.absolute_path)
    instance = error.instance
    if not isinstance(instance, dict):
        return [Problem(path, f"{instance!r} is not of type 'object'")]
    kinds = _kinds(error.validator_value)
    for index, values in enumerate(kinds):
        if instance.get("type") in values:
            return [p for e in error.context if e.relative_schema_path[0] == index for p in _leaf_problems(e)]
    known = ", ".join(value for values in kinds for value in values)
    if "type" not in instance:
        return [Problem(path, f"'type' is a required property (one of {known})")]
    return [Problem(path + ".type", f"{instance['type']!r} is not one of {known}")]


def _span_problems(document: dict[str, Any]) -> list[Problem]:
    """Rules a JSON Schema cannot say: spans run forward and stay inside the capture."""
    total = document["capture"]["source"]["lines"]
    out = []

    def check(span: list[int], path: str) -> None:
        first, last = span
        if first > last:
            out.append(Problem(path, f"line span {span} runs backwards"))
        elif total and last > total:
            out.append(Problem(path, f"line span {span} is past the capture's last line ({total})"))

    for i, article in enumerate(document["articles"]):
        for j, block in enumerate(article["blocks"]):
            check(block["lines"], f"$.articles[{i}].blocks[{j}].lines")
    for i, item in enumerate(document["removed"]):
        check(item["lines"], f"$.removed[{i}].lines")
    return out


def is_valid(document: Any) -> bool:
    """Fast yes/no check of a document (same schema as :func:`problems`)."""
    validate = fast_validator()
    if validate is None:
        return reference_validator().is_valid(document) and not _span_problems(document)
    import fastjsonschema

    try:
        validate(document)
    except fastjsonschema.JsonSchemaException:
        return False
    return not _span_problems(document)


def check(document: Any, *, file: str | None = None) -> Any:
    """Return ``document`` if it is valid, else raise :class:`InvalidDocument`."""
    if is_valid(document):
        return document
    found = problems(document)
    if not found:  # the two validators disagree; trust the reference one
        return document
    raise InvalidDocument(found, file=file)
