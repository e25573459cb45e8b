"""A document to one ninjs object: an article as a news item, a document of several as a package of items."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Optional

from ...model import Document, archive_record, article_contributors, article_id
from .body import plain_text, xhtml

_SCHEMAS = {"3": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json", "2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"}


def write(document: Document, *, version: str = "3") -> bytes:
    articles = document["articles"]
    item = _item(document, 0) if len(articles) == 1 else _package(document)
    if version == "2":
        item = _as_version_2(item)
    return (json.dumps(item, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _as_version_2(value: Any) -> Any:
    """ninjs 2.x has the same objects under lower-case names (``infosources``, ``contentcreated``)."""
    if isinstance(value, dict):
        converted = {key.lower(): _as_version_2(item) for key, item in value.items()}
        if "standard" in converted:
            converted["standard"] = {"name": "ninjs", "version": "2.2", "schema": _SCHEMAS["2"]}
        return converted
    if isinstance(value, list):
        return [_as_version_2(item) for item in value]
    return value


def uri(document: Document, index: int) -> str:
    """The article's identity, the same as in every other format (:func:`convert.model.article_id`)."""
    return article_id(document, document["articles"][index])


def _item(document: Document, index: int) -> dict[str, Any]:
    article = document["articles"][index]
    item: dict[str, Any] = {"uri": uri(document, index), "type": "text",
                            "standard": {"name": "ninjs", "version": "3.1", "schema": _SCHEMAS["3"]}}
    published, modified = article["published"], article.get("modified")
    if published and "T" in published:  # ninjs dates are date-times: a day alone has no place
        item["contentCreated"] = published
    if modified and "T" in modified:
        item["versionCreated"] = modified
    if article["headline"]:
        item["headlines"] = [{"role": "main", "value": article["headline"]}]
    if article["summary"]:
        item["descriptions"] = [{"role": "summary", "value": text} for text in article["summary"]]
    if article["byline"]:
        item["by"] = article["byline"]
    contributors = article_contributors(article)
    people = [_party(c) for c in contributors if c["kind"] == "person"]
    organisations = [_party(c) for c in contributors if c["kind"] == "organization"]
    if people:
        item["people"] = people
    if organisations:
        item["organisations"] = organisations
    rights = article.get("rights")
    if rights:
        if rights.get("holder"):
            item["copyrightHolder"] = rights["holder"]
        item["copyrightNotice"] = rights["statement"]
    if article["dateline"]:
        item["located"] = article["dateline"]
    if article["publisher"]:
        item["infoSources"] = [{"name": article["publisher"], "role": "originator"}]
    if article["tags"]:
        item["subjects"] = [{"name": tag} for tag in article["tags"]]
    if article["language"] != "und":
        item["language"] = article["language"]
    record = archive_ids(document)
    if record:
        item["altIds"] = record
    if article["blocks"]:
        item["bodies"] = [{"role": "main", "contentType": "text/html", "value": xhtml(article, f"$.articles[{index}]")},
                          {"role": "main", "contentType": "text/plain", "value": plain_text(article)}]
    return item


# The archive record's facts, each as an alternative id whose role is the WARC field it is: in web archives
# a capture is found by its address and time, or by its record's id or place.
_ARCHIVE_IDS = (("warc-target-uri", "target_uri"), ("warc-date", "date"), ("warc-record-id", "record_id"),
                ("warc-payload-digest", "payload_digest"), ("warc-filename", "archive"), ("warc-offset", "offset"))


def archive_ids(document: Document) -> list[dict[str, str]]:
    """The web archive record the document was read from, if it was, as ``altIds``."""
    record = archive_record(document)
    if record is None:
        return []
    return [{"role": role, "value": str(record[key])} for role, key in _ARCHIVE_IDS  # type: ignore[literal-required]
            if record[key] is not None]  # type: ignore[literal-required]


def _party(contributor: dict[str, Any]) -> dict[str, Any]:
    # (ninjs has no place for a job title: "by" keeps the byline as written)
    return {"name": contributor["name"], "rel": "creator"}


def _package(document: Document) -> dict[str, Any]:
    """A digest or a feed: a composite item whose associations are the articles, in order."""
    items = [_item(document, i) for i in range(len(document["articles"]))]
    digest: Optional[dict[str, Any]] = document["digest"]
    key = "\n".join(item["uri"] for item in items)
    package: dict[str, Any] = {
        "uri": f"tag:newsconv.invalid,2025:package:{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}",
        "type": "composite", "standard": {"name": "ninjs", "version": "3.1", "schema": _SCHEMAS["3"]}}
    if digest is not None and digest.get("publisher"):
        package["infoSources"] = [{"name": digest["publisher"], "role": "originator"}]
    record = archive_ids(document)
    if record:
        package["altIds"] = record
    package["associations"] = [dict(item, name=f"item-{n}") for n, item in enumerate(items, 1)]
    return package
