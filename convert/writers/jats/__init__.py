"""JATS writer: one document as a JATS Archiving and Interchange 1.3 ``<article>`` (``.jats.xml``).

The mapping, field by field, with digests and bundles: docs/formats/jats.md.
"""

from __future__ import annotations

import io
from typing import BinaryIO, Iterable, Iterator, Optional, Sequence

from ...errors import NewsconvError
from ...model import Article, Digest, Document
from .. import Writer
from .body import body
from .front import archive_metas, article_meta, custom_meta_group, digest_meta, front_stub, journal_meta
from .markup import wrapped_text
from .._xmltext import STEP, Lines, clean, encoded, escape_attribute, spool, write_head_and_spool

PUBLIC_ID = "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.3 20210610//EN"
SYSTEM_ID = "https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3-mathml3.dtd"
DOCTYPE = f'<!DOCTYPE article PUBLIC "{PUBLIC_ID}" "{SYSTEM_ID}">'
NAMESPACES = {"xlink": "http://www.w3.org/1999/xlink", "mml": "http://www.w3.org/1998/Math/MathML"}
# The prolog and the root's start tag up to its language. The declaration has double quotes, like the
# rest of the file; the namespaces are declared for content that may use them.
PROLOG = f'<?xml version="1.0" encoding="UTF-8"?>\n{DOCTYPE}\n'
_ROOT_START = "<article{} article-type=\"news\" dtd-version=\"1.3\" xml:lang=\"".format(
    "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items()))
_ROOT_END = b"</article>\n"


def write(document: Document) -> bytes:
    """One document as a JATS 1.3 file."""
    out = io.BytesIO()
    out.write(encoded([PROLOG, f'{_ROOT_START}{escape_attribute(languages([document]))}">\n']))
    for lines in document_parts(STEP, document, "article-"):
        out.write(encoded(lines))
    out.write(_ROOT_END)
    return out.getvalue()


def write_bundle(documents: Iterable[Document], stream: BinaryIO) -> None:
    """Several documents as one JATS file: a parent article with one sub-article per document, each
    written as it arrives.

    The parent's start tag and front, which come first, give the documents' language and how many there
    are, known only once every document is in: the sub-articles wait in a spool file (in memory while it
    is small) and follow them.
    """
    count = 0
    found: set[str] = set()  # the articles' languages
    with spool() as spooled:
        for count, document in enumerate(documents, start=1):
            _write_sub_article(document, count, spooled)
            found.update(article["language"] for article in document["articles"])
        if not count:
            raise NewsconvError("no documents to write")
        write_head_and_spool(stream, encoded(_bundle_head(_one_language(found), count)), spooled)
    stream.write(_ROOT_END)


def _bundle_head(language: str, count: int) -> Lines:
    """The prolog, the parent's start tag and its front, which records how many documents follow."""
    lines = [PROLOG, f'{_ROOT_START}{escape_attribute(language)}">\n{STEP}<front>\n{STEP * 2}<article-meta>\n']
    custom_meta_group(lines, STEP * 3, [("documents", str(count), "$")])
    lines.append(f"{STEP * 2}</article-meta>\n{STEP}</front>\n")
    return lines


def _write_sub_article(document: Document, number: int, out: BinaryIO) -> None:
    """Document ``number`` of a bundle as a sub-article of the parent."""
    out.write(encoded([sub_article_start(STEP, f"doc-{number}", languages([document]))]))
    for lines in document_parts(STEP * 2, document, f"doc-{number}-article-"):
        out.write(encoded(lines))
    out.write(f"{STEP}</sub-article>\n".encode("utf-8"))


def document_parts(indent: str, document: Document, id_prefix: str) -> Iterator[Lines]:
    """The ``front``, ``body`` and digest items (``sub-article``) of one document, in parts of a few
    elements each (a digest item at most), so that each can be encoded before the next is made."""
    capture = document["capture"]
    digest = document["digest"]
    articles = document["articles"]
    inner = indent + STEP
    lines: Lines = []
    if digest is None and len(articles) == 1:
        article = articles[0]
        where = "$.articles[0]"
        dateline = clean(article["dateline"], f"{where}.dateline")
        lines.append(f"{indent}<front>\n")
        journal_meta(lines, inner, article["publisher"], f"{where}.publisher")
        article_meta(lines, inner, document, article, where, dateline)
        lines.append(f"{indent}</front>\n")
        body(lines, indent, article["blocks"], f"{where}.blocks", dateline)
        yield lines
        return
    headlines = [clean(article["headline"], f"$.articles[{n}].headline") for n, article in enumerate(articles)]
    lines.append(f"{indent}<front>\n")
    publisher = clean(digest["publisher"], "$.digest.publisher") if digest is not None else None
    journal_meta(lines, inner, publisher, "$.digest.publisher")
    digest_meta(lines, inner, digest, digest_title(publisher, digest, capture["site"], headlines),
                archive_metas(document))
    lines.append(f"{indent}</front>\n")
    contents(lines, indent, headlines)
    yield lines
    for index, article in enumerate(articles):
        lines = []
        digest_item(lines, indent, document, article, index, id_prefix)
        yield lines


def digest_title(publisher: Optional[str], digest: Optional[Digest], site: Optional[str],
                 headlines: Sequence[Optional[str]]) -> str:
    """The digest's title: who published it and when, as the page names them; failing both, its first
    headline (the XSD-free JATS needs none, but a reader shows a parent without a title as blank)."""
    date = digest["published"] if digest is not None else None
    name = publisher or clean(site, "$.capture.site")
    named = ", ".join(part for part in (name, date) if part)
    return named or next((h for h in headlines if h), None) or f"{len(headlines)} articles"


def contents(lines: Lines, indent: str, headlines: Sequence[Optional[str]]) -> None:
    """The digest's own ``body``: its items' headlines, in order, as a bulleted list."""
    present = [headline for headline in headlines if headline]
    if not present:
        return
    inner = indent + STEP
    lines.append(f'{indent}<body>\n{inner}<list list-type="bullet">\n')
    lines.extend([wrapped_text(inner + STEP, "list-item", "p", headline) for headline in present])
    lines.append(f"{inner}</list>\n{indent}</body>\n")


def digest_item(lines: Lines, indent: str, document: Document, article: Article, index: int, id_prefix: str) -> None:
    where = f"$.articles[{index}]"
    dateline = clean(article["dateline"], f"{where}.dateline")
    lines.append(sub_article_start(indent, f"{id_prefix}{index + 1}", article["language"]))
    front_stub(lines, indent + STEP, document, article, where, dateline)
    body(lines, indent + STEP, article["blocks"], f"{where}.blocks", dateline)
    lines.append(f"{indent}</sub-article>\n")


def sub_article_start(indent: str, identifier: str, language: str) -> str:
    return f'{indent}<sub-article article-type="news" id="{identifier}" xml:lang="{escape_attribute(language)}">\n'


def languages(documents: Sequence[Document]) -> str:
    """The one language of every article, or ``mul`` when they differ."""
    return _one_language({article["language"] for document in documents for article in document["articles"]})


def _one_language(found: set[str]) -> str:
    return next(iter(found)) if len(found) == 1 else "mul"


WRITER = Writer(
    name="jats",
    extension=".jats.xml",
    description="JATS Archiving and Interchange 1.3 (news article; a digest as sub-articles)",
    write=write,
    write_bundle=write_bundle,
)
