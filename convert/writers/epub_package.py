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
from typing import BinaryIO, Optional, Sequence

from .epub_text import esc, esc_attr
from .epub_xhtml import TocGroup

# The earliest time a zip header can hold; a constant, never the clock.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
COMPRESS_LEVEL = 6
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

    def put(self, name: str, data: "str | bytes", *, compress: bool = True) -> None:
        info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.create_system = 3  # the same on every platform
        info.external_attr = 0o100644 << 16
        payload = data.encode("utf-8") if isinstance(data, str) else data
        self._zip.writestr(info, payload, compresslevel=COMPRESS_LEVEL if compress else None)

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
    sources: Sequence[str] = ()
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


def package_document(meta: PackageMetadata, manifest: Sequence[ManifestItem], spine: Sequence[tuple[str, bool]]) -> str:
    """The OPF: metadata, manifest and spine ((idref, linear) pairs, in reading order)."""
    where = "EPUB metadata"
    lines = [f'<dc:identifier id="book-id">{esc(meta.identifier, where)}</dc:identifier>',
             f"<dc:title>{esc(meta.title, where)}</dc:title>"]
    lines += [f"<dc:language>{language}</dc:language>" for language in meta.languages]
    lines += [f"<dc:creator>{esc(creator, where)}</dc:creator>" for creator in meta.creators]
    lines += [f"<dc:publisher>{esc(publisher, where)}</dc:publisher>" for publisher in meta.publishers]
    if meta.date:
        lines.append(f"<dc:date>{meta.date}</dc:date>")
    lines += [f"<dc:source>{esc(source, where)}</dc:source>" for source in meta.sources]
    if meta.description:
        lines.append(f"<dc:description>{esc(meta.description, where)}</dc:description>")
    lines += [f"<dc:subject>{esc(subject, where)}</dc:subject>" for subject in meta.subjects]
    lines.append(f'<meta property="dcterms:modified">{meta.modified}</meta>')
    lines += [f'<meta property="{name}">{value}</meta>' for name, value in ACCESSIBILITY]
    lines.append(f'<meta property="schema:accessibilitySummary">{esc(meta.accessibility_summary, where)}</meta>')
    items = []
    for item in manifest:
        properties = f' properties="{item.properties}"' if item.properties else ""
        items.append(f'<item id="{item.id}" href="{item.href}" media-type="{item.media_type}"{properties}/>')
    refs = [f'<itemref idref="{idref}"/>' if linear else f'<itemref idref="{idref}" linear="no"/>'
            for idref, linear in spine]
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n' + "\n".join(lines) + "\n</metadata>\n"
        "<manifest>\n" + "\n".join(items) + "\n</manifest>\n"
        '<spine toc="ncx">\n' + "\n".join(refs) + "\n</spine>\n</package>\n"
    )


def ncx_document(identifier: str, title: str, groups: Sequence[TocGroup], extra: Sequence[tuple[str, str]]) -> str:
    """The EPUB 2 NCX, for reading systems that predate the navigation document."""
    where = "EPUB navigation"
    points: list[str] = []
    number = 0

    def point(label: str, href: str, children: str = "") -> str:
        nonlocal number
        number += 1
        return (f'<navPoint id="n{number}"><navLabel><text>{esc(label, where)}</text></navLabel>'
                f'<content src="{esc_attr(href, where)}"/>{children}</navPoint>\n')

    depth = 1
    for group in groups:
        if group.label is None:
            points.extend(point(entry.label, entry.href) for entry in group.entries)
        else:
            depth = 2
            head = point(group.label, group.entries[0].href)  # numbered before its children, in document order
            children = "".join(point(entry.label, entry.href) for entry in group.entries)
            points.append(head.replace("</navPoint>\n", "\n" + children + "</navPoint>\n"))
    points.extend(point(label, href) for href, label in extra)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">\n<head>\n'
        f'<meta name="dtb:uid" content="{esc_attr(identifier, where)}"/>\n<meta name="dtb:depth" content="{depth}"/>\n'
        '<meta name="dtb:totalPageCount" content="0"/>\n<meta name="dtb:maxPageNumber" content="0"/>\n</head>\n'
        f"<docTitle><text>{esc(title, where)}</text></docTitle>\n<navMap>\n{''.join(points)}</navMap>\n</ncx>\n"
    )
