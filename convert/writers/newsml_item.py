"""One article as a NewsML-G2 ``newsItem`` (item class ``ninat:text``)."""

from __future__ import annotations

from typing import Optional

from lxml import etree

from ..model import Article
from .newsml_body import CONTENT_TYPE, xhtml_document
from .newsml_facts import ArticleFacts, DocumentFacts
from .newsml_xml import ROLE_URI, concept, drop_if_empty, item_meta, item_root, sub


def news_item(article: Article, facts: ArticleFacts, source: DocumentFacts) -> etree._Element:
    item = item_root("newsItem", facts.guid, facts.language)
    item_meta(item, "ninat:text", source.site, facts.version)
    _content_meta(item, facts, source)
    html = xhtml_document(article, facts)
    if html is not None:
        inline = sub(sub(item, "contentSet"), "inlineXML", attributes={"contenttype": CONTENT_TYPE})
        inline.append(html)
    return item


def _content_meta(item: etree._Element, facts: ArticleFacts, source: DocumentFacts) -> None:
    """``contentMeta``: the XSD wants the administrative properties (contentCreated, located,
    infoSource) before the descriptive ones (language, subject, headline, dateline, by,
    creditline, description)."""
    meta = sub(item, "contentMeta")
    if facts.created:
        sub(meta, "contentCreated", facts.created.truncated())
    if facts.dateline:
        concept(meta, "located", facts.dateline)
    info_sources(meta, facts.publisher, source)
    if facts.language:
        sub(meta, "language", attributes={"tag": facts.language})
    for tag in facts.tags:
        concept(meta, "subject", tag)
    if facts.headline:
        sub(meta, "headline", facts.headline)
    if facts.dateline:
        sub(meta, "dateline", facts.dateline)
    if facts.byline:
        sub(meta, "by", facts.byline)
    if facts.publisher:
        sub(meta, "creditline", facts.publisher)
    for text in facts.summary:
        sub(meta, "description", text, {"role": "drol:summary"})
    drop_if_empty(meta)


def info_sources(meta: etree._Element, publisher: Optional[str], source: DocumentFacts) -> None:
    """Who the content came from: the original publisher (IPTC's ``isrol:originfo``), then the digest
    that carried it and the aggregator site that was captured (roles IPTC has no code for)."""
    if publisher:
        concept(meta, "infoSource", publisher, {"role": "isrol:originfo"})
    if source.digest_publisher:
        concept(meta, "infoSource", source.digest_publisher, {"roleuri": ROLE_URI + "digest"})
    if source.site:
        concept(meta, "infoSource", source.site, {"roleuri": ROLE_URI + "aggregator"})
