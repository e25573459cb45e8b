"""A digest as a NewsML-G2 ``packageItem`` (item class ``ninat:composite``) that lists its items in order.

One ``group`` (role ``urn:newsconv:role:digest``, mode ``pgrmod:seq``:
complementary and ordered) holds one ``itemRef`` per article, pointing at the
newsItem's guid and carrying hints a receiver can show without opening the
item: its class, its headline as ``title`` and its summary as ``description``.
"""

from __future__ import annotations

from typing import Sequence

from lxml import etree

from ..model import Document
from .newsml_facts import ArticleFacts, DocumentFacts
from .newsml_xml import NEWS_ITEM_TYPE, ROLE_URI, TAG, concept, drop_if_empty, item_meta, item_root

_ORIGINAL_SOURCE = {"role": "isrol:originfo"}
_AGGREGATOR_SOURCE = {"roleuri": ROLE_URI + "aggregator"}
_TEXT_CLASS = {"qcode": "ninat:text"}
_SUMMARY = {"role": "drol:summary"}

_SubElement = etree.SubElement


def package_item(parent: etree._Element, document: Document, source: DocumentFacts,
                 articles: Sequence[ArticleFacts], group_id: str) -> etree._Element:
    """The package, appended to ``parent`` (an itemSet).

    ``group_id`` is an ``xs:ID``: it must be unique in the whole file, so the caller numbers packages."""
    languages = {facts.language for facts in articles}
    guid = source.package_guid(document, articles)
    package = item_root(parent, "packageItem", guid, languages.pop() if len(languages) == 1 else None)
    item_meta(package, "ninat:composite", source.site, source.version)
    meta = _SubElement(package, TAG["contentMeta"])
    if source.created:
        _SubElement(meta, TAG["contentCreated"]).text = source.created.truncated()
    if source.digest_publisher:
        concept(meta, "infoSource", source.digest_publisher, _ORIGINAL_SOURCE)
    if source.site:
        concept(meta, "infoSource", source.site, _AGGREGATOR_SOURCE)
    drop_if_empty(meta)
    group_set = _SubElement(package, TAG["groupSet"], {"root": group_id})
    group = _SubElement(group_set, TAG["group"],
                        {"id": group_id, "roleuri": ROLE_URI + "digest", "mode": "pgrmod:seq"})
    for facts in articles:
        ref = _SubElement(group, TAG["itemRef"],
                          {"residref": facts.guid, "version": "1", "contenttype": NEWS_ITEM_TYPE})
        _SubElement(ref, TAG["itemClass"], _TEXT_CLASS)
        if facts.headline:
            _SubElement(ref, TAG["title"]).text = facts.headline
        for text in facts.summary:
            _SubElement(ref, TAG["description"], _SUMMARY).text = text
    return package
