"""The properties every input and every output must have, as plain functions.

The pytest property tests and the ``bench/fuzz.py`` harness share them. A check
returns normally when the property holds and raises :class:`PropertyViolation`
(with a short ``rule`` that groups equal failures) when it does not; any other
exception escaping a check is a crash of newsconv itself.
"""

from __future__ import annotations

import copy
import io
import json
import posixpath
import re
import warnings
import zipfile
from typing import Any, Callable, Optional
from urllib.parse import unquote

from lxml import etree

import convert
from convert.errors import NewsconvError
from convert.writers.markdown.escape import carriable
from convert.readers import guess
from convert.readers.capture.text import decode, split_lines

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
MATHML = "http://www.w3.org/1998/Math/MathML"
OPF = "http://www.idpf.org/2007/opf"
CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
# Never fetch a DTD or expand an external entity while checking an output.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
WRITERS = ("json", "newsml", "jats", "epub", "md")
BUNDLE_WRITERS = ("newsml", "jats", "epub")


class PropertyViolation(AssertionError):
    """A property that does not hold; ``rule`` names it without the details, so equal failures group."""

    def __init__(self, rule: str, detail: str) -> None:
        super().__init__(f"{rule}: {detail}")
        self.rule = rule


def _quiet(call: Callable[..., Any], *args: Any) -> Any:
    # Writers warn (NewsconvWarning) about what they had to drop; that is expected here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return call(*args)


# --------------------------------------------------------------------------- readers


def read(data: bytes, name: Optional[str] = "input.txt") -> Optional[dict[str, Any]]:
    """``convert.parse_bytes``: a schema-valid document, or None for a clear NewsconvError."""
    try:
        document = convert.parse_bytes(data, name)
    except NewsconvError as err:
        check_error(err, name)
        return None
    valid(document, "read-invalid")
    return document


def load_json(data: bytes, name: Optional[str] = "input.json") -> Optional[dict[str, Any]]:
    """``convert.loads``: a schema-valid document, or None for a clear NewsconvError."""
    try:
        document = convert.loads(data, file=name)
    except NewsconvError as err:
        check_error(err, name)
        return None
    valid(document, "loaded-invalid")
    return document


def check_error(err: NewsconvError, name: Optional[str]) -> None:
    """A clear message: some text, and the input's name in front of it."""
    if not err.message or not err.message.strip():
        raise PropertyViolation("error-without-message", repr(err))
    if name is not None and not str(err).startswith(name):
        raise PropertyViolation("error-without-file", str(err)[:200])


def valid(document: Any, rule: str) -> None:
    """The reference validator (not the fast one the library uses) must find no problem."""
    problems = convert.validate(document)
    if problems:
        paths = sorted({re.sub(r"\[\d+\]", "", p.path) for p in problems})
        raise PropertyViolation(f"{rule} {paths[0]}", f"{problems[0].path}: {problems[0].message}"[:300])


def capture_lines_accounted(data: bytes, document: dict[str, Any]) -> None:
    """Nothing lost: every non-blank line after normalisation is in a field, a block span or ``removed``."""
    from tests.samples import covered_lines

    lines = split_lines(decode(data).text)
    if document["capture"]["source"]["lines"] != len(lines):
        raise PropertyViolation("line-count", f"{document['capture']['source']['lines']} != {len(lines)}")
    covered = covered_lines(document)
    lost = [line.number for line in lines if line.text and line.number not in covered]
    if lost:
        raise PropertyViolation("line-lost", f"lines {lost[:10]} are in no field, block or removal")


def read_capture(data: bytes) -> None:
    """A capture reads to a valid document that accounts for every line, or fails clearly."""
    document = read(data, "capture.txt")
    if document is not None and guess(data).name == "capture":
        capture_lines_accounted(data, document)


# --------------------------------------------------------------------------- writers


def write(document: dict[str, Any], format: str) -> bytes:
    # Markdown's round trip is its full front matter's promise (the short one carries the content only).
    output = _quiet(lambda: convert.write(document, format, **({"front_matter": "full"} if format == "md" else {})))
    if not isinstance(output, bytes) or not output:
        raise PropertyViolation(f"{format}-no-bytes", repr(output)[:100])
    return output


def write_bundle(documents: list[dict[str, Any]], format: str) -> bytes:
    stream = io.BytesIO()
    _quiet(convert.get_writer(format).write_bundle, documents, stream)
    return stream.getvalue()


def xml(data: bytes, rule: str) -> Any:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as err:
        raise PropertyViolation(f"{rule}-not-well-formed", str(err)[:200]) from None


def _namespaces(root: Any) -> set[Optional[str]]:
    return {etree.QName(e).namespace for e in root.iter() if isinstance(e.tag, str)}


def check_newsml(data: bytes) -> None:
    root = xml(data, "newsml")
    if root.tag not in (f"{{{NAR}}}newsItem", f"{{{NAR}}}newsMessage"):
        raise PropertyViolation("newsml-root", root.tag)
    stray = _namespaces(root) - {NAR, XHTML}
    if stray:
        raise PropertyViolation("newsml-namespace", repr(sorted(map(str, stray))))


def check_jats(data: bytes) -> None:
    root = xml(data, "jats")
    if root.tag != "article":
        raise PropertyViolation("jats-root", root.tag)
    stray = _namespaces(root) - {None, MATHML}
    if stray:
        raise PropertyViolation("jats-namespace", repr(sorted(map(str, stray))))


def check_epub(data: bytes) -> None:
    """A readable EPUB: ``mimetype`` first and stored, the container, the package and every XHTML parse."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as err:
        raise PropertyViolation("epub-not-zip", str(err)) from None
    with book:
        first = book.infolist()[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or first.extra:
            raise PropertyViolation("epub-mimetype-entry", f"{first.filename} {first.compress_type} {first.extra!r}")
        if book.read(first) != b"application/epub+zip":
            raise PropertyViolation("epub-mimetype", repr(book.read(first)[:40]))
        names = set(book.namelist())
        if "META-INF/container.xml" not in names:
            raise PropertyViolation("epub-container", "no META-INF/container.xml")
        container = xml(book.read("META-INF/container.xml"), "epub-container")
        rootfile = container.find(f".//{{{CONTAINER}}}rootfile")
        package_path = rootfile.get("full-path") if rootfile is not None else None
        if package_path not in names:
            raise PropertyViolation("epub-package-missing", repr(package_path))
        package = xml(book.read(package_path), "epub-package")
        folder = posixpath.dirname(package_path)
        for item in package.iter(f"{{{OPF}}}item"):
            href = posixpath.normpath(posixpath.join(folder, unquote(item.get("href", ""))))
            if href not in names:
                raise PropertyViolation("epub-manifest-missing", href)
        for name in sorted(names):
            if name.endswith((".xhtml", ".ncx", ".opf", ".xml")):
                root = xml(book.read(name), "epub-" + name.rsplit(".", 1)[1])
                if name.endswith(".xhtml") and root.tag != f"{{{XHTML}}}html":
                    raise PropertyViolation("epub-xhtml-root", f"{name}: {root.tag}")


def markdown_expected(document: dict[str, Any]) -> dict[str, Any]:
    """The document as Markdown carries it: body texts changed only as ``convert.writers.markdown.escape`` documents."""
    expected = copy.deepcopy(document)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for article in expected["articles"]:  # the headlines are in the front matter, exactly
            for block in article["blocks"]:
                for key in ("text", "caption", "credit", "label", "alt"):
                    if block.get(key) is not None:
                        block[key] = carriable(block[key])
                if "items" in block:
                    block["items"] = [carriable(item) for item in block["items"]]
    return expected


def first_difference(left: Any, right: Any, path: str = "$") -> Optional[tuple[str, Any, Any]]:
    """The first place two JSON values differ: (path with indices dropped, left part, right part)."""
    if type(left) is not type(right):
        return path, left, right
    if isinstance(left, dict):
        for key in list(left) + [k for k in right if k not in left]:
            if key not in left or key not in right:
                return f"{path}.{key}", left.get(key), right.get(key)
            found = first_difference(left[key], right[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(left, list):
        if len(left) != len(right):
            return path + "[length]", len(left), len(right)
        for a, b in zip(left, right):
            found = first_difference(a, b, path)
            if found:
                return found
        return None
    return None if left == right else (path, left, right)


def check_markdown(document: dict[str, Any], data: bytes) -> None:
    """newsconv Markdown reads back as the document (see :func:`markdown_expected`)."""
    try:
        back = convert.parse_bytes(data, "round-trip.md")
    except NewsconvError as err:
        raise PropertyViolation("md-unreadable", str(err)[:200]) from None
    found = first_difference(markdown_expected(document), back)
    if found:
        path, wrote, read_back = found
        raise PropertyViolation(f"md-round-trip {path}", f"wrote {wrote!r:.80}, read back {read_back!r:.80}")


def json_expected(document: dict[str, Any]) -> Any:
    """The document as JSON carries it: a high and a low surrogate side by side read back as one character."""
    return json.loads(json.dumps(document))


def check_json(document: dict[str, Any], data: bytes) -> None:
    back = convert.loads(data)
    expected = json_expected(document)
    if back != expected:
        found = first_difference(expected, back)
        raise PropertyViolation(f"json-round-trip {found[0] if found else '$'}", repr(found)[:200])


def check_output(document: dict[str, Any], format: str, data: bytes) -> None:
    """``data``, written from ``document`` in ``format``, is valid for its format."""
    if format == "json":
        check_json(document, data)
    elif format == "newsml":
        check_newsml(data)
    elif format == "jats":
        check_jats(data)
    elif format == "epub":
        check_epub(data)
    elif format == "md":
        check_markdown(document, data)


def write_and_check(document: dict[str, Any], format: str) -> None:
    data = write(document, format)
    check_output(document, format, data)
    if write(document, format) != data:
        raise PropertyViolation(f"{format}-not-deterministic", "two writes gave different bytes")


def bundle_and_check(documents: list[dict[str, Any]], format: str) -> None:
    data = write_bundle(documents, format)
    {"newsml": check_newsml, "jats": check_jats, "epub": check_epub}[format](data)
