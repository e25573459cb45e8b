"""One article as a NewsML-G2 ``newsItem`` (item class ``ninat:text``)."""

from __future__ import annotations

from typing import Optional

from ...model import Article, identifying
from .body import CONTENT_TYPE, xhtml_document
from .facts import ArticleFacts, DocumentFacts
from .markup import TRUNCATED_NOTE, concept, item_meta, item_start, rights_info
from .._xmltext import STEP, Lines, close_or_drop, text_element

_SUMMARY = ' role="drol:summary"'
_ORIGINAL_SOURCE = ' role="isrol:originfo"'
_CREATOR_TYPE = {"person": "cptype:person", "organization": "cptype:organisation"}


def news_item(lines: Lines, indent: str, article: Article, facts: ArticleFacts, source: DocumentFacts,
              provider: str, root: bool = False) -> None:
    """Append the item; ``root`` when it is the whole file rather than an item of a message."""
    inner = indent + STEP
    lines.append(item_start(indent, "newsItem", facts.guid, facts.language, root))
    rights_info(lines, inner, facts.rights_holder, facts.rights_notice)
    item_meta(lines, inner, "ninat:text", provider, facts.version, (TRUNCATED_NOTE,) if facts.truncated else (),
              source.archived_at)
    _content_meta(lines, inner, facts, source)
    start = len(lines)
    inline = inner + STEP
    lines.append(f'{inner}<contentSet>\n{inline}<inlineXML contenttype="{CONTENT_TYPE}">\n')
    if xhtml_document(lines, inline + STEP, article, facts):
        lines.append(f"{inline}</inlineXML>\n{inner}</contentSet>\n")
    else:
        del lines[start:]
    lines.append(f"{indent}</newsItem>\n")


def info_sources(lines: Lines, indent: str, publisher: Optional[str], source: DocumentFacts) -> None:
    """Who the content came from: the original publisher (IPTC's ``isrol:originfo``), then the
    aggregator that carried it (its digest and site, one party under one name), as a plain
    ``infoSource``: the element's own definition covers a party that aggregated the content."""
    if publisher:
        concept(lines, indent, "infoSource", publisher, _ORIGINAL_SOURCE)
    for aggregator in source.aggregators:
        if identifying(aggregator) != identifying(publisher):
            concept(lines, indent, "infoSource", aggregator)


def _content_meta(lines: Lines, indent: str, facts: ArticleFacts, source: DocumentFacts) -> None:
    """``contentMeta``: the XSD wants the administrative properties (contentCreated, contentModified,
    located, infoSource, creator) before the descriptive ones (language, keyword, headline, dateline,
    by, creditline, description)."""
    start = len(lines)
    lines.append(f"{indent}<contentMeta>\n")
    inner = indent + STEP
    if facts.created:
        lines.append(f"{inner}<contentCreated>{facts.created.truncated()}</contentCreated>\n")
    if facts.modified:
        lines.append(f"{inner}<contentModified>{facts.modified.truncated()}</contentModified>\n")
    if facts.dateline:
        concept(lines, inner, "located", facts.dateline)
    info_sources(lines, inner, facts.publisher, source)
    for creator in facts.creators:
        concept(lines, inner, "creator", creator.name, f' type="{_CREATOR_TYPE[creator.kind]}"')
    if facts.language:
        lines.append(f'{inner}<language tag="{facts.language}"/>\n')
    for tag in facts.tags:
        lines.append(text_element(inner, "keyword", tag))
    for name, text in (("headline", facts.headline), ("dateline", facts.dateline), ("by", facts.byline),
                       ("creditline", facts.publisher)):
        if text:
            lines.append(text_element(inner, name, text))
    for text in facts.summary:
        lines.append(text_element(inner, "description", text, _SUMMARY))
    close_or_drop(lines, start, indent, "contentMeta")


