"""One article as a NewsML-G2 ``newsItem`` (item class ``ninat:text``)."""

from __future__ import annotations

from typing import Optional

from lxml import etree

from ..model import Article
from .newsml_body import CONTENT_TYPE, add_xhtml_document
from .newsml_facts import ArticleFacts, DocumentFacts
from .newsml_xml import ROLE_URI, TAG, concept, drop_if_empty, item_meta, item_root

_SUMMARY = {"role": "drol:summary"}
_ORIGINAL_SOURCE = {"role": "isrol:originfo"}
_DIGEST_SOURCE = {"roleuri": ROLE_URI + "digest"}
_AGGREGATOR_SOURCE = {"roleuri": ROLE_URI + "aggregator"}
_INLINE_XHTML = {"contenttype": CONTENT_TYPE}

_SubElement = etree.SubElement


def news_item(parent: Optional[etree._Element], article: Article, facts: ArticleFacts,
              source: DocumentFacts) -> etree._Element:
    """The item, as the root of the file when ``parent`` is None, else appended to ``parent`` (an itemSet)."""
    item = item_root(parent, "newsItem", facts.guid, facts.language)
    item_meta(item, "ninat:text", source.site, facts.version)
    _content_meta(item, facts, source)
    content_set = _SubElement(item, TAG["contentSet"])
    if not add_xhtml_document(_SubElement(content_set, TAG["inlineXML"], _INLINE_XHTML), article, facts):
        item.remove(content_set)
    return item


def _content_meta(item: etree._Element, facts: ArticleFacts, source: DocumentFacts) -> None:
    """``contentMeta``: the XSD wants the administrative properties (contentCreated, located,
    infoSource) before the descriptive ones (language, subject, headline, dateline, by,
    creditline, description)."""
    meta = _SubElement(item, TAG["contentMeta"])
    if facts.created:
        _SubElement(meta, TAG["contentCreated"]).text = facts.created.truncated()
    if facts.dateline:
        concept(meta, "located", facts.dateline)
    info_sources(meta, facts.publisher, source)
    if facts.language:
        _SubElement(meta, TAG["language"]).set("tag", facts.language)
    for tag in facts.tags:
        concept(meta, "subject", tag)
    for name, text in (("headline", facts.headline), ("dateline", facts.dateline), ("by", facts.byline),
                       ("creditline", facts.publisher)):
        if text:
            _SubElement(meta, TAG[name]).text = text
    for text in facts.summary:
        _SubElement(meta, TAG["description"], _SUMMARY).text = text
    drop_if_empty(meta)


def info_sources(meta: etree._Element, publisher: Optional[str], source: DocumentFacts) -> None:
    """Who the content came from: the original publisher (IPTC's ``isrol:originfo``), then the digest
    that carried it and the aggregator site that was captured (roles IPTC has no code for)."""
    if publisher:
        concept(meta, "infoSource", publisher, _ORIGINAL_SOURCE)
    if source.digest_publisher:
        concept(meta, "infoSource", source.digest_publisher, _DIGEST_SOURCE)
    if source.site:
        concept(meta, "infoSource", source.site, _AGGREGATOR_SOURCE)
