"""JATS writer: one document as a JATS Archiving and Interchange 1.3 ``<article>`` (``.jats.xml``).

The mapping, field by field, with digests and bundles: docs/formats/jats.md.
"""

from __future__ import annotations

from typing import BinaryIO, Iterable, Sequence

from ...errors import NewsconvError
from ...model import Article, Document
from .. import Writer
from .body import body
from .front import article_meta, custom_meta_group, digest_meta, front_stub, journal_meta
from .._xmltext import STEP, Lines, clean, escape_attribute

PUBLIC_ID = "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.3 20210610//EN"
SYSTEM_ID = "https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3-mathml3.dtd"
DOCTYPE = f'<!DOCTYPE article PUBLIC "{PUBLIC_ID}" "{SYSTEM_ID}">'
NAMESPACES = {"xlink": "http://www.w3.org/1999/xlink", "mml": "http://www.w3.org/1998/Math/MathML"}
# The prolog and the root's start tag up to its language. The declaration has double quotes, like the
# rest of the file; the namespaces are declared for content that may use them.
PROLOG = f'<?xml version="1.0" encoding="UTF-8"?>\n{DOCTYPE}\n'
_ROOT_START = "<article{} article-type=\"news\" dtd-version=\"1.3\" xml:lang=\"".format(
    "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items()))


def write(document: Document) -> bytes:
    """One document as a JATS 1.3 file."""
    lines = [PROLOG, f'{_ROOT_START}{escape_attribute(languages([document]))}">\n']
    document_parts(lines, STEP, document, "article-")
    lines.append("</article>\n")
    return "".join(lines).encode("utf-8")


def write_bundle(documents: Iterable[Document], stream: BinaryIO) -> None:
    """Several documents as one JATS file: a parent article with one sub-article per document.

    The documents are collected first: the parent's front, which comes before them, records how many there are.
    """
    collected = list(documents)
    if not collected:
        raise NewsconvError("no documents to write")
    lines = [PROLOG, f'{_ROOT_START}{escape_attribute(languages(collected))}">\n'
                     f"{STEP}<front>\n{STEP * 2}<article-meta>\n"]
    custom_meta_group(lines, STEP * 3, [("documents", str(len(collected)), "$")])
    lines.append(f"{STEP * 2}</article-meta>\n{STEP}</front>\n")
    for number, document in enumerate(collected, start=1):
        lines.append(sub_article_start(STEP, f"doc-{number}", languages([document])))
        document_parts(lines, STEP * 2, document, f"doc-{number}-article-")
        lines.append(f"{STEP}</sub-article>\n")
    lines.append("</article>\n")
    stream.write("".join(lines).encode("utf-8"))


def document_parts(lines: Lines, indent: str, document: Document, id_prefix: str) -> None:
    """The ``front``, ``body`` and digest items (``sub-article``) of one document."""
    capture = document["capture"]
    digest = document["digest"]
    articles = document["articles"]
    inner = indent + STEP
    if digest is None and len(articles) == 1:
        article = articles[0]
        where = "$.articles[0]"
        dateline = clean(article["dateline"], f"{where}.dateline")
        lines.append(f"{indent}<front>\n")
        journal_meta(lines, inner, article["publisher"], f"{where}.publisher")
        article_meta(lines, inner, article, capture, where, dateline)
        lines.append(f"{indent}</front>\n")
        body(lines, indent, article["blocks"], f"{where}.blocks", dateline)
        return
    lines.append(f"{indent}<front>\n")
    journal_meta(lines, inner, digest["publisher"] if digest is not None else None, "$.digest.publisher")
    digest_meta(lines, inner, digest, capture)
    lines.append(f"{indent}</front>\n")
    for index, article in enumerate(articles):
        digest_item(lines, indent, article, index, id_prefix)


def digest_item(lines: Lines, indent: str, article: Article, index: int, id_prefix: str) -> None:
    where = f"$.articles[{index}]"
    dateline = clean(article["dateline"], f"{where}.dateline")
    lines.append(sub_article_start(indent, f"{id_prefix}{index + 1}", article["language"]))
    front_stub(lines, indent + STEP, article, index + 1, where, dateline)
    body(lines, indent + STEP, article["blocks"], f"{where}.blocks", dateline)
    lines.append(f"{indent}</sub-article>\n")


def sub_article_start(indent: str, identifier: str, language: str) -> str:
    return f'{indent}<sub-article article-type="news" id="{identifier}" xml:lang="{escape_attribute(language)}">\n'


def languages(documents: Sequence[Document]) -> str:
    """The one language of every article, or ``mul`` when they differ."""
    found = {article["language"] for document in documents for article in document["articles"]}
    return found.pop() if len(found) == 1 else "mul"


WRITER = Writer(
    name="jats",
    extension=".jats.xml",
    description="JATS Archiving and Interchange 1.3 (news article; a digest as sub-articles)",
    write=write,
    write_bundle=write_bundle,
)
