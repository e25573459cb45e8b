"""One article as a NewsML-G2 ``newsItem`` (item class ``ninat:text``)."""

from __future__ import annotations

from typing import Optional

from ...model import Article
from .body import CONTENT_TYPE, xhtml_document
from .facts import ArticleFacts, DocumentFacts
from .markup import ROLE_URI, concept, item_meta, item_start
from .._xmltext import STEP, Lines, close_or_drop, text_element

_SUMMARY = ' role="drol:summary"'
_ORIGINAL_SOURCE = ' role="isrol:originfo"'
_DIGEST_SOURCE = f' roleuri="{ROLE_URI}digest"'
_AGGREGATOR_SOURCE = f' roleuri="{ROLE_URI}aggregator"'


def news_item(lines: Lines, indent: str, article: Article, facts: ArticleFacts, source: DocumentFacts,
              root: bool = False) -> None:
    """Append the item; ``root`` when it is the whole file rather than an item of a message."""
    inner = indent + STEP
    lines.append(item_start(indent, "newsItem", facts.guid, facts.language, root))
    item_meta(lines, inner, "ninat:text", source.site, facts.version)
    _content_meta(lines, inner, facts, source)
    start = len(lines)
    inline = inner + STEP
    lines.append(f'{inner}<contentSet>\n{inline}<inlineXML contenttype="{CONTENT_TYPE}">\n')
    if xhtml_document(lines, inline + STEP, article, facts):
        lines.append(f"{inline}</inlineXML>\n{inner}</contentSet>\n")
    else:
        del lines[start:]
    lines.append(f"{indent}</newsItem>\n")


def _content_meta(lines: Lines, indent: str, facts: ArticleFacts, source: DocumentFacts) -> None:
    """``contentMeta``: the XSD wants the administrative properties (contentCreated, located,
    infoSource) before the descriptive ones (language, subject, headline, dateline, by,
    creditline, description)."""
    start = len(lines)
    lines.append(f"{indent}<contentMeta>\n")
    inner = indent + STEP
    if facts.created:
        lines.append(f"{inner}<contentCreated>{facts.created.truncated()}</contentCreated>\n")
    if facts.dateline:
        concept(lines, inner, "located", facts.dateline)
    info_sources(lines, inner, facts.publisher, source)
    if facts.language:
        lines.append(f'{inner}<language tag="{facts.language}"/>\n')
    for tag in facts.tags:
        concept(lines, inner, "subject", tag)
    for name, text in (("headline", facts.headline), ("dateline", facts.dateline), ("by", facts.byline),
                       ("creditline", facts.publisher)):
        if text:
            lines.append(text_element(inner, name, text))
    for text in facts.summary:
        lines.append(text_element(inner, "description", text, _SUMMARY))
    close_or_drop(lines, start, indent, "contentMeta")


def info_sources(lines: Lines, indent: str, publisher: Optional[str], source: DocumentFacts) -> None:
    """Who the content came from: the original publisher (IPTC's ``isrol:originfo``), then the digest
    that carried it and the aggregator site that was captured (roles IPTC has no code for)."""
    if publisher:
        concept(lines, indent, "infoSource", publisher, _ORIGINAL_SOURCE)
    if source.digest_publisher:
        concept(lines, indent, "infoSource", source.digest_publisher, _DIGEST_SOURCE)
    if source.site:
        concept(lines, indent, "infoSource", source.site, _AGGREGATOR_SOURCE)
