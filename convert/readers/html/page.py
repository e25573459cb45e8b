"""One HTML page to a document: trafilatura finds the article; the page's own tree gives lines, figures and the ledger."""

from __future__ import annotations

import re
from typing import Any, Optional

import trafilatura
from lxml import etree

from ...errors import NewsconvError
from ...model import Document, make_article_id
from .. import assembly
from ..capture.language import guess_language
from .blocks import article_blocks
from .ledger import set_aside
from .metadata import page_metadata
from .source import decode_page

# The first publication date, from the page's markup and metadata. Searching the free text for dates as well
# (htmldate's extensive search) costs more than all the rest of the reading and finds mostly other dates.
_DATES = {"extensive_search": False, "original_date": True}
# libxml2's HTML parser stops reading, without an error, where elements nest 256 deep: what follows is lost.
# A page that reaches that depth is refused rather than read in part.
MAX_DEPTH = 255


def read_page(data: bytes, name: Optional[str], url: Optional[str]) -> Document:
    text, encoding = decode_page(data)
    tree = _parse(text, name)
    extracted = trafilatura.bare_extraction(
        text, url=url, with_metadata=True, include_comments=False, include_tables=True, include_images=True,
        include_formatting=False, include_links=False, deduplicate=False, date_extraction_params=_DATES)
    if extracted is None or extracted.body is None:
        raise NewsconvError("no article text found in the page", file=name)
    fields = page_metadata(extracted, tree, url)
    blocks = article_blocks(extracted.body, tree, fields)
    if not blocks:
        raise NewsconvError("no article text found in the page", file=name)
    removed = set_aside(tree, blocks, fields)
    language = fields.pop("language") or guess_language(" ".join(_texts(blocks))[:4000])
    field_lines = {key: [line] for key, line in fields.pop("field_lines").items() if fields.get(key) is not None}
    article: dict[str, Any] = {
        "headline": fields["headline"], "publisher": fields["publisher"], "published": fields["published"],
        "dateline": None, "byline": fields["byline"], "tags": fields["tags"], "language": language,
        "summary": fields["summary"], "blocks": blocks, "field_lines": field_lines,
        # The page's canonical address identifies the article with what the page says about it.
        "id": make_article_id(fields["publisher"], fields["published"], fields["headline"], fields["url"],
                              None if fields["headline"] else " ".join(_texts(blocks))[:2000]),
    }
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    return assembly.document("html", data, name, [article], encoding=encoding, lines=lines, site=fields["site"],
                             removed=removed)


def _parse(text: str, name: Optional[str]) -> Any:
    try:
        # A plain lxml tree, not lxml.html's: reading its elements costs no class lookup per element.
        tree = etree.fromstring(_XML_DECLARATION.sub("", text, count=1), etree.HTMLParser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise NewsconvError(f"not a readable HTML page: {err}", file=name) from None
    if tree is None:
        raise NewsconvError("not a readable HTML page: no markup found", file=name)
    if _TOO_DEEP(tree):
        raise NewsconvError(f"markup nested more than {MAX_DEPTH} elements deep: the HTML parser reads no further",
                            file=name)
    return tree


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


# Whether an element stands deeper than MAX_DEPTH: one pass of libxml2 over the tree, level by level.
_TOO_DEEP = etree.XPath("boolean(/" + "*/" * MAX_DEPTH + "node()[not(self::text())])")


def _texts(blocks: list[dict[str, Any]]) -> list[str]:
    return [b.get("text") or b.get("caption") or " ".join(b.get("items", ())) for b in blocks]
