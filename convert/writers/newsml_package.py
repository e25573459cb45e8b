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
from .newsml_xml import NEWS_ITEM_TYPE, ROLE_URI, concept, drop_if_empty, item_meta, item_root, sub


def package_item(document: Document, source: DocumentFacts, articles: Sequence[ArticleFacts],
                 group_id: str) -> etree._Element:
    """``group_id`` is an ``xs:ID``: it must be unique in the whole file, so the caller numbers packages."""
    languages = {facts.language for facts in articles}
    guid = source.package_guid(document, articles)
    package = item_root("packageItem", guid, languages.pop() if len(languages) == 1 else None)
    item_meta(package, "ninat:composite", source.site, source.version)
    meta = sub(package, "contentMeta")
    if source.created:
        sub(meta, "contentCreated", source.created.truncated())
    if source.digest_publisher:
        concept(meta, "infoSource", source.digest_publisher, {"role": "isrol:originfo"})
    if source.site:
        concept(meta, "infoSource", source.site, {"roleuri": ROLE_URI + "aggregator"})
    drop_if_empty(meta)
    group_set = sub(package, "groupSet", attributes={"root": group_id})
    group = sub(group_set, "group", attributes={"id": group_id, "roleuri": ROLE_URI + "digest", "mode": "pgrmod:seq"})
    for facts in articles:
        ref = sub(group, "itemRef", attributes={"residref": facts.guid, "version": "1", "contenttype": NEWS_ITEM_TYPE})
        sub(ref, "itemClass", attributes={"qcode": "ninat:text"})
        if facts.headline:
            sub(ref, "title", facts.headline)
        for text in facts.summary:
            sub(ref, "description", text, {"role": "drol:summary"})
    return package
