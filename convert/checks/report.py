"""Reports of a validation run: human text, JSON, JUnit XML and GitHub workflow annotations."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Callable, Sequence

from lxml import etree

from ..errors import at, place
from . import FileResult, Finding


# Characters XML cannot hold, and that would break a line of text or a log in two.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f\ufffe\uffff]")


def _printable(text: str) -> str:
    """``text`` as it can be written out and put in XML: file names come from the disk and from archives.

    A byte of a file name that is not UTF-8 (held as a lone surrogate) is shown as ``\\xff``, a control
    character as ``\\x01``.
    """
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte of a name
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def _printable_finding(finding: Finding) -> Finding:
    return replace(finding, message=_printable(finding.message),
                   where=finding.where and _printable(finding.where),
                   member=finding.member and _printable(finding.member))


def _printable_results(results: Sequence[FileResult]) -> list[FileResult]:
    """The results with every text in them safe to write in any report format."""
    return [replace(r, path=_printable(r.path), checks=list(r.checks),
                    findings=[_printable_finding(f) for f in r.findings],
                    skipped=[(check, _printable(reason)) for check, reason in r.skipped]) for r in results]


def _status(result: FileResult, strict: bool) -> str:
    return "failed" if result.failed(strict) else "passed"


def summary(results: Sequence[FileResult], strict: bool) -> dict[str, int]:
    failed = sum(r.failed(strict) for r in results)
    return {"files": len(results), "passed": len(results) - failed, "failed": failed,
            "skipped_checks": sum(len(r.skipped) for r in results)}


def _where(result: FileResult, finding: Finding) -> str:
    """``file:line: $.json.path``, a member of an archive written as a file inside it (``book.epub/EPUB/x.xhtml``)."""
    file = f"{result.path}/{finding.member}" if finding.member else result.path
    return place(file, finding.line, finding.where)


def notes(results: Sequence[FileResult], strict: bool) -> list[str]:
    """The checks that did not run, one line per reason for the whole run (not one per file); none
    under ``strict``, where each is a failure of its file."""
    if strict:
        return []
    files: dict[str, set[str]] = {}
    checks: dict[str, list[str]] = {}
    for result in results:
        for check, reason in result.skipped:
            files.setdefault(reason, set()).add(result.path)
            if check not in checks.setdefault(reason, []):
                checks[reason].append(check)
    said = []
    for reason, paths in files.items():
        count = f"{len(paths)} file{'s' if len(paths) != 1 else ''}"
        said.append(f"{' and '.join(checks[reason])} check{'s' if len(checks[reason]) > 1 else ''} skipped for "
                    f"{count}: {_printable(reason)}")
    return said


def text(results: Sequence[FileResult], strict: bool) -> str:
    """Each finding as ``file:line: message``; a check that did not run is listed per file only under
    ``strict``, where it fails the file (otherwise :func:`notes` says it once for the run)."""
    results = _printable_results(results)
    lines = []
    for result in results:
        lines.extend(f"{_where(result, f)}: {f.message}" for f in result.findings)
        if strict:
            lines.extend(f"{result.path}: failed: {check} check did not run: {reason}"
                         for check, reason in result.skipped)
    return "".join(line + "\n" for line in lines)


def as_json(results: Sequence[FileResult], strict: bool) -> str:
    results = _printable_results(results)
    files = [{"path": r.path, "kind": r.kind, "status": _status(r, strict), "checks": r.checks,
              "findings": [{"check": f.check, "message": f.message, "line": f.line, "where": f.where,
                            "member": f.member}
                           for f in r.findings],
              "skipped": [{"check": c, "reason": why} for c, why in r.skipped]} for r in results]
    return json.dumps({"files": files, "summary": summary(results, strict)}, indent=2, ensure_ascii=False) + "\n"


def junit(results: Sequence[FileResult], strict: bool) -> str:
    results = _printable_results(results)
    suite = etree.Element("testsuite", name="newsconv validate")
    tests = failures = skipped = 0
    for result in results:
        checks = list(dict.fromkeys(result.checks + [f.check for f in result.findings]))
        for check in checks:
            tests += 1
            case = etree.SubElement(suite, "testcase", classname=f"newsconv.{result.kind}.{check}", name=result.path)
            found = [f for f in result.findings if f.check == check]
            if found:
                failures += 1
                failure = etree.SubElement(case, "failure", message=found[0].message, type=check)
                failure.text = "\n".join(f"{_where(result, f)}: {f.message}" for f in found)
        for check, reason in result.skipped:
            tests += 1
            case = etree.SubElement(suite, "testcase", classname=f"newsconv.{result.kind}.{check}", name=result.path)
            if strict:
                failures += 1
                etree.SubElement(case, "failure", message=f"check did not run: {reason}", type="skipped")
            else:
                skipped += 1
                etree.SubElement(case, "skipped", message=reason)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", str(skipped))
    root = etree.Element("testsuites")
    root.append(suite)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


def _escape(value: str, property_: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(results: Sequence[FileResult], strict: bool) -> str:
    results = _printable_results(results)
    lines = []
    for result in results:
        for f in result.findings:
            # A line inside an archive's member is not a line of the file itself.
            line = f.line if f.line and not f.member else None
            props = f"file={_escape(result.path, True)}" + (f",line={line}" if line else "")
            message = at(f.message, f.member, None if line else f.line, f.where)
            lines.append(f"::error {props},title={_escape('newsconv ' + f.check, True)}::{_escape(message)}")
        if strict:
            for check, reason in result.skipped:
                lines.append(f"::error file={_escape(result.path, True)},title={_escape('newsconv ' + check, True)}::"
                             f"{_escape('check did not run: ' + reason)}")
    lines.extend(f"::notice title=newsconv validate::{_escape(note)}" for note in notes(results, strict))
    return "".join(line + "\n" for line in lines)


FORMATS: dict[str, Callable[[Sequence[FileResult], bool], str]] = {
    "text": text, "json": as_json, "junit": junit, "github": github}
