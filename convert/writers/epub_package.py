"""The EPUB container: the OCF zip, the package document (OPF) and the legacy NCX.

The zip is written with :mod:`zipfile` member by member, so a book can be
streamed: chapters go into the archive as they are made and only the package
document, written last, needs to know them all. Every member gets the same
fixed timestamp, the same attributes and a fixed place in the order, so equal
inputs give equal bytes.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator, Optional, Sequence

from .epub_text import escape
from .epub_xhtml import TocGroup

# The earliest time a zip header can hold; a constant, never the clock.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
COMPRESS_LEVEL = 6
CHUNK = 1 << 16  # characters handed to the compressor at a time
ROOT = "EPUB/"
PACKAGE_PATH = ROOT + "content.opf"

CONTAINER_XML = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    f'<rootfiles>\n<rootfile full-path="{PACKAGE_PATH}" media-type="application/oebps-package+xml"/>\n'
    "</rootfiles>\n</container>\n"
)

XHTML = "application/xhtml+xml"


class Container:
    """An OCF zip being written to a seekable binary stream (the stream is left open)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._zip = zipfile.ZipFile(stream, "w", allowZip64=True)
        # OCF: "mimetype" first, stored, no extra field, so that the file type can be sniffed.
        self.put("mimetype", b"application/epub+zip", compress=False)
        self.put("META-INF/container.xml", CONTAINER_XML)

    def put(self, name: str, data: "str | bytes | Iterable[str]", *, compress: bool = True) -> None:
        """Add a member from text, bytes, or text in pieces (for pages that grow with the book)."""
        info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.create_system = 3  # the same on every platform
        info.external_attr = 0o100644 << 16
        if isinstance(data, (str, bytes)):
            payload = data.encode("utf-8") if isinstance(data, str) else data
            self._zip.writestr(info, payload, compresslevel=COMPRESS_LEVEL if compress else None)
            return
        with self._zip.open(info, "w") as member:  # never the whole page in memory
            pending: list[str] = []
            size = 0
            for piece in data:
                pending.append(piece)
                size += len(piece)
                if size >= CHUNK:
                    member.write("".join(pending).encode("utf-8"))
                    pending, size = [], 0
            member.write("".join(pending).encode("utf-8"))

    def close(self) -> None:
        self._zip.close()


@dataclass(frozen=True)
class ManifestItem:
    id: str
    href: str
    media_type: str = XHTML
    properties: Optional[str] = None


@dataclass
class PackageMetadata:
    identifier: str
    title: str
    languages: Sequence[str]
    modified: str  # CCYY-MM-DDThh:mm:ssZ
    accessibility_summary: str
    creators: Sequence[str] = ()
    publishers: Sequence[str] = ()
    date: Optional[str] = None
    sources: Iterable[str] = ()
    description: Optional[str] = None
    subjects: Sequence[str] = ()


# Honest for these books: text only, no images, no media, nothing that flashes or moves.
ACCESSIBILITY = (
    ("schema:accessMode", "textual"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityFeature", "readingOrder"),
    ("schema:accessibilityFeature", "displayTransformability"),
    ("schema:accessibilityHazard", "none"),
)


def package_document(meta: PackageMetadata, manifest: Iterable[ManifestItem],
                     spine: Iterable[tuple[str, bool]]) -> Iterator[str]:
    """The OPF, in pieces: metadata, manifest and spine ((idref, linear) pairs, in reading order)."""
    yield ('<?xml version="1.0" encoding="utf-8"?>\n'
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id">\n'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n')
    yield f'<dc:identifier id="book-id">{escape(meta.identifier)}</dc:identifier>\n'
    yield f"<dc:title>{escape(meta.title)}</dc:title>\n"
    for language in meta.languages:
        yield f"<dc:language>{language}</dc:language>\n"
    for creator in meta.creators:
        yield f"<dc:creator>{escape(creator)}</dc:creator>\n"
    for publisher in meta.publishers:
        yield f"<dc:publisher>{escape(publisher)}</dc:publisher>\n"
    if meta.date:
        yield f"<dc:date>{meta.date}</dc:date>\n"
    for source in meta.sources:
        yield f"<dc:source>{escape(source)}</dc:source>\n"
    if meta.description:
        yield f"<dc:description>{escape(meta.description)}</dc:description>\n"
    for subject in meta.subjects:
        yield f"<dc:subject>{escape(subject)}</dc:subject>\n"
    yield f'<meta property="dcterms:modified">{meta.modified}</meta>\n'
    for name, value in ACCESSIBILITY:
        yield f'<meta property="{name}">{value}</meta>\n'
    yield f'<meta property="schema:accessibilitySummary">{escape(meta.accessibility_summary)}</meta>\n'
    yield "</metadata>\n<manifest>\n"
    for item in manifest:
        properties = f' properties="{item.properties}"' if item.properties else ""
        yield f'<item id="{item.id}" href="{item.href}" media-type="{item.media_type}"{properties}/>\n'
    yield '</manifest>\n<spine toc="ncx">\n'
    for idref, linear in spine:
        yield f'<itemref idref="{idref}"/>\n' if linear else f'<itemref idref="{idref}" linear="no"/>\n'
    yield "</spine>\n</package>\n"


def ncx_document(identifier: str, title: str, groups: Sequence[TocGroup],
                 extra: Sequence[tuple[str, str]]) -> Iterator[str]:
    """The EPUB 2 NCX, in pieces, for reading systems that predate the navigation document."""
    depth = 2 if any(group.label is not None for group in groups) else 1
    yield ('<?xml version="1.0" encoding="utf-8"?>\n'
           '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">\n<head>\n'
           f'<meta name="dtb:uid" content="{identifier}"/>\n'
           f'<meta name="dtb:depth" content="{depth}"/>\n'
           '<meta name="dtb:totalPageCount" content="0"/>\n<meta name="dtb:maxPageNumber" content="0"/>\n</head>\n'
           f"<docTitle><text>{escape(title)}</text></docTitle>\n<navMap>\n")
    number = 0

    def point(label: str, href: str, close: bool = True) -> str:
        nonlocal number
        number += 1
        end = "</navPoint>\n" if close else "\n"
        return (f'<navPoint id="n{number}"><navLabel><text>{escape(label)}</text></navLabel>'
                f'<content src="{href}"/>{end}')

    for group in groups:
        if group.label is not None:  # a group points at its first article
            yield point(group.label, group.entries[0].href, close=False)
        for entry in group.entries:
            yield point(entry.label, entry.href)
        if group.label is not None:
            yield "</navPoint>\n"
    for href, label in extra:
        yield point(label, href)
    yield "</navMap>\n</ncx>\n"
