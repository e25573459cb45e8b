"""The EPUB container: the OCF zip (written member by member, so a book streams), the package document (OPF)
and the legacy NCX. The files, their order, and why not :mod:`zipfile`: docs/formats/epub.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, BinaryIO, Iterable, Iterator, NamedTuple, Optional, Sequence

from .._xmltext import escape_text
from ._zip import ZipStream
from .text import Fixed
from .xhtml import TocGroup, section_id

if TYPE_CHECKING:
    import zipfile

ROOT = "EPUB/"
PACKAGE_PATH = ROOT + "content.opf"

CONTAINER_XML = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    f'<rootfiles>\n<rootfile full-path="{PACKAGE_PATH}" media-type="application/oebps-package+xml"/>\n'
    "</rootfiles>\n</container>\n"
)

XHTML = "application/xhtml+xml"

MIMETYPE = b"application/epub+zip"
# The earliest time a zip header can hold; a constant, never the clock.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


class Container(ZipStream):
    """An OCF zip being written to a seekable binary stream (the stream is left open)."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__(stream)
        # OCF: "mimetype" first, stored, no extra field, so that the file type can be sniffed.
        self.put_constant("mimetype", MIMETYPE, compress=False)
        self.put_constant("META-INF/container.xml", CONTAINER_XML)


class PlainContainer:
    """The members of :class:`Container` written with :mod:`zipfile`: the reference for the faster zip writer
    in :mod:`._zip`. Names, order, compression and content are the same; the archive's bytes are not."""

    def __init__(self, stream: BinaryIO) -> None:
        import zipfile  # only the reference needs it, and it takes a while to import

        self._zip = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED)
        self._write("mimetype", MIMETYPE, zipfile.ZIP_STORED)
        self.put_constant("META-INF/container.xml", CONTAINER_XML)

    def put(self, name: str, data: "str | bytes | Iterable[str]") -> None:
        if isinstance(data, (str, bytes)):
            self._write(name, data)
            return
        with self._zip.open(_zip_info(name, self._zip.compression), "w") as member:
            for piece in data:
                member.write(piece.encode("utf-8"))

    def put_constant(self, name: str, data: "str | bytes") -> None:
        self._write(name, data)

    def _write(self, name: str, data: "str | bytes", method: Optional[int] = None) -> None:
        self._zip.writestr(_zip_info(name, self._zip.compression if method is None else method), data)

    def close(self) -> None:
        self._zip.close()


def _zip_info(name: str, method: int) -> zipfile.ZipInfo:
    import zipfile

    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
    info.compress_type = method
    info.create_system = 3  # Unix, on every platform, so that the attributes mean the same everywhere
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    return info


class ManifestItem(NamedTuple):
    id: str
    href: str
    media_type: str = XHTML
    properties: Optional[str] = None
    fixed: bool = False  # the same in every book (see Fixed)


@dataclass
class PackageMetadata:
    identifier: str
    title: str
    languages: Sequence[str]
    modified: str  # CCYY-MM-DDThh:mm:ssZ
    accessibility_summary: str
    creators: Sequence[tuple[str, str]] = ()  # (name, file-as)
    publisher: Optional[str] = None  # the book's own publisher
    date: Optional[str] = None
    sources: Iterable[str] = ()  # the publications the articles first appeared in
    rights: Sequence[str] = ()  # the articles' copyright statements, each once
    description: Optional[str] = None
    subjects: Sequence[str] = ()


# Honest for these books: text only, no images, no media, nothing that flashes or moves; the pages
# pass Ace by DAISY (the tests run it when it is installed), which is what the conformance claim rests on.
ACCESSIBILITY = (
    ("schema:accessMode", "textual"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityFeature", "readingOrder"),
    ("schema:accessibilityFeature", "displayTransformability"),
    ("schema:accessibilityHazard", "none"),
    ("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"),
)
_XML_DECLARATION = Fixed('<?xml version="1.0" encoding="utf-8"?>\n')
_METADATA_START = Fixed('<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n')
_NCX_START = Fixed('<?xml version="1.0" encoding="utf-8"?>\n'
                   '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">\n<head>\n')
_MANIFEST_END = Fixed('</manifest>\n<spine toc="ncx">\n')
_NCX_END = Fixed("</navMap>\n</ncx>\n")
_NCX_HEAD_END = {depth: Fixed(f'<meta name="dtb:depth" content="{depth}"/>\n<meta name="dtb:totalPageCount" '
                              'content="0"/>\n<meta name="dtb:maxPageNumber" content="0"/>\n</head>\n')
                 for depth in (1, 2, 3)}


@lru_cache(maxsize=64)
def _package_start(language: str) -> Fixed:
    """The package element; its language is the book's main one, which Ace asks for beside dc:language."""
    return Fixed('<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" '
                 f'xml:lang="{language}">\n')


@lru_cache(maxsize=8)
def _accessibility_metadata(summary: str) -> Fixed:
    """The accessibility metadata (the same in every book), closing the metadata and opening the manifest."""
    lines = "".join(f'<meta property="{name}">{value}</meta>\n' for name, value in ACCESSIBILITY)
    return Fixed(f'{lines}<meta property="schema:accessibilitySummary">{escape_text(summary)}</meta>\n'
                 "</metadata>\n<manifest>\n")


def package_document(meta: PackageMetadata, manifest: Iterable[ManifestItem],
                     spine: Iterable[tuple[str, bool]]) -> Iterator[str]:
    """The OPF, in pieces: metadata, manifest and spine ((idref, linear) pairs, in reading order)."""
    yield _XML_DECLARATION
    yield _package_start(meta.languages[0])
    yield _METADATA_START
    yield f'<dc:identifier id="book-id">{escape_text(meta.identifier)}</dc:identifier>\n'
    yield f"<dc:title>{escape_text(meta.title)}</dc:title>\n"
    for language in meta.languages:
        yield f"<dc:language>{language}</dc:language>\n"
    for number, (name, sort_as) in enumerate(meta.creators, 1):
        yield (f'<dc:creator id="creator{number}">{escape_text(name)}</dc:creator>\n'
               f'<meta refines="#creator{number}" property="role" scheme="marc:relators">aut</meta>\n'
               f'<meta refines="#creator{number}" property="file-as">{escape_text(sort_as)}</meta>\n')
    if meta.publisher:
        yield f"<dc:publisher>{escape_text(meta.publisher)}</dc:publisher>\n"
    if meta.date:
        yield f"<dc:date>{meta.date}</dc:date>\n"
    for source in meta.sources:
        yield f"<dc:source>{escape_text(source)}</dc:source>\n"
    if meta.description:
        yield f"<dc:description>{escape_text(meta.description)}</dc:description>\n"
    for statement in meta.rights:
        yield f"<dc:rights>{escape_text(statement)}</dc:rights>\n"
    for subject in meta.subjects:
        yield f"<dc:subject>{escape_text(subject)}</dc:subject>\n"
    yield f'<meta property="dcterms:modified">{meta.modified}</meta>\n'
    yield _accessibility_metadata(meta.accessibility_summary)
    for item in manifest:
        properties = f' properties="{item.properties}"' if item.properties else ""
        line = f'<item id="{item.id}" href="{item.href}" media-type="{item.media_type}"{properties}/>\n'
        yield Fixed(line) if item.fixed else line
    yield _MANIFEST_END
    for idref, linear in spine:
        yield f'<itemref idref="{idref}"/>\n' if linear else f'<itemref idref="{idref}" linear="no"/>\n'
    yield "</spine>\n</package>\n"


def ncx_document(identifier: str, title: str, groups: Sequence[TocGroup],
                 extra: Sequence[tuple[str, str]]) -> Iterator[str]:
    """The EPUB 2 NCX, in pieces, for reading systems that predate the navigation document."""
    depth = (1 + any(group.label is not None for group in groups)
             + any(entry.sections for group in groups for entry in group.entries))
    yield _NCX_START
    yield f'<meta name="dtb:uid" content="{identifier}"/>\n'
    yield _NCX_HEAD_END[depth]
    yield f"<docTitle><text>{escape_text(title)}</text></docTitle>\n<navMap>\n"
    number = 0
    for group in groups:
        if group.label is not None:  # a group points at its first article
            number += 1
            yield _nav_point(number, group.label, group.entries[0].href, "\n")
        for entry in group.entries:
            number += 1
            if not entry.sections:
                yield _nav_point(number, entry.label, entry.href)
                continue
            yield _nav_point(number, entry.label, entry.href, "\n")
            for section, text in enumerate(entry.sections, 1):
                number += 1
                yield _nav_point(number, text, f"{entry.href}#{section_id(section)}")
            yield "</navPoint>\n"
        if group.label is not None:
            yield "</navPoint>\n"
    for href, label in extra:  # the same few after every so many articles: fixed text
        number += 1
        yield _extra_nav_point(number, label, href)
    yield _NCX_END


def _nav_point(number: int, label: str, href: str, end: str = "</navPoint>\n") -> str:
    return f'<navPoint id="n{number}"><navLabel><text>{escape_text(label)}</text></navLabel><content src="{href}"/>{end}'


@lru_cache(maxsize=64)
def _extra_nav_point(number: int, label: str, href: str) -> Fixed:
    return Fixed(_nav_point(number, label, href))
