"""A digest as a NewsML-G2 ``packageItem`` (item class ``ninat:composite``) that lists its items in order.

Its group, item references and hints: docs/formats/newsml.md.
"""

from __future__ import annotations

from typing import Sequence

from .facts import ArticleFacts, DocumentFacts
from .item import info_sources
from .markup import NEWS_ITEM_TYPE, ROLE_URI, item_meta, item_start
from .._xmltext import STEP, Lines, close_or_drop, text_element

_SUMMARY = ' role="drol:summary"'


def package_item(lines: Lines, indent: str, source: DocumentFacts, articles: Sequence[ArticleFacts], group_id: str,
                 provider: str) -> None:
    """Append the package (always an item of a message).

    ``group_id`` is an ``xs:ID``: it must be unique in the whole file, so the caller numbers packages."""
    languages = {facts.language for facts in articles}
    guid = source.package_guid(articles)
    inner = indent + STEP
    lines.append(item_start(indent, "packageItem", guid, languages.pop() if len(languages) == 1 else None, False))
    item_meta(lines, inner, "ninat:composite", provider, source.version, record=source.archived_at)
    start = len(lines)
    lines.append(f"{inner}<contentMeta>\n")
    meta = inner + STEP
    if source.created:
        lines.append(f"{meta}<contentCreated>{source.created.truncated()}</contentCreated>\n")
    info_sources(lines, meta, source.digest_publisher, source)
    close_or_drop(lines, start, inner, "contentMeta")
    group = inner + STEP
    ref = group + STEP
    hint = ref + STEP
    lines.append(f'{inner}<groupSet root="{group_id}">\n'
                 f'{group}<group id="{group_id}" roleuri="{ROLE_URI}digest" mode="pgrmod:seq">\n')
    for facts in articles:
        lines.append(f'{ref}<itemRef residref="{facts.guid}" version="1" contenttype="{NEWS_ITEM_TYPE}">\n'
                     f'{hint}<itemClass qcode="ninat:text"/>\n')
        if facts.headline:
            lines.append(text_element(hint, "title", facts.headline))
        for text in facts.summary:
            lines.append(text_element(hint, "description", text, _SUMMARY))
        lines.append(f"{ref}</itemRef>\n")
    lines.append(f"{group}</group>\n{inner}</groupSet>\n{indent}</packageItem>\n")
