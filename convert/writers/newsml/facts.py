"""What the NewsML-G2 writer says about a document and its articles, cleaned once.

Every text is cleaned here and only here, so that an XML-illegal character is
reported once even when the text appears twice in the output (an item's
headline is also the title of its reference in the digest's package).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Optional, Sequence

from ...errors import NewsconvError
from ...model import Article, Document, article_date
from .stamps import Stamp, first_stamp, parse_stamp
from .._xmltext import clean
from .markup import flat

# xs:language, which the language element's tag and xml:lang require.
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
# The canonical JSON that guids hash, made by one encoder for the whole process. Documents are
# JSON trees, so the check for reference cycles (a fifth of the time) is left out: a cyclic
# structure still fails, with a RecursionError.
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=True, separators=(",", ":"),
                                   check_circular=False)


@dataclass(frozen=True)
class DocumentFacts:
    sha256: str  # of the capture
    site: Optional[str]  # the aggregator's masthead
    digest_publisher: Optional[str]
    created: Optional[Stamp]  # when the digest was published (else captured)
    version: Optional[Stamp]  # when the capture was made (else the digest's date)

    def package_guid(self, document: Document, items: Sequence["ArticleFacts"]) -> str:
        """The digest's guid: from the capture, the digest's own facts and its items' guids."""
        return content_guid("digest", self.sha256, document.get("digest"), [facts.guid for facts in items])

    @classmethod
    def of(cls, document: Document) -> "DocumentFacts":
        capture = document["capture"]
        digest = document.get("digest") or {}
        return cls(
            sha256=capture["source"]["sha256"],
            site=flat(capture["site"], "$.capture.site"),
            digest_publisher=flat(digest.get("publisher"), "$.digest.publisher"),
            created=first_stamp(digest.get("published"), capture["captured"]),
            version=first_stamp(capture["captured"], digest.get("published")),
        )


@dataclass(frozen=True)
class ArticleFacts:
    number: int  # 1-based position in the document
    guid: str
    language: Optional[str]  # None for "und"
    headline: Optional[str]
    publisher: Optional[str]  # the original source
    dateline: Optional[str]
    byline: Optional[str]
    tags: tuple[str, ...]
    summary: tuple[str, ...]
    created: Optional[Stamp]  # publication date, else the digest's, else the capture's
    version: Optional[Stamp]  # capture date, else ``created``

    @classmethod
    def of(cls, document: Document, article: Article, number: int) -> "ArticleFacts":
        where = f"$.articles[{number - 1}]"
        tags = (flat(tag, f"{where}.tags") for tag in article["tags"])
        created = parse_stamp(article_date(document, article))
        return cls(
            number=number,
            guid=content_guid("article", document["capture"]["source"]["sha256"], number, article),
            language=_language(article["language"], where),
            headline=clean(article["headline"], f"{where}.headline"),
            publisher=flat(article["publisher"], f"{where}.publisher"),
            dateline=flat(article["dateline"], f"{where}.dateline"),
            byline=clean(article["byline"], f"{where}.byline"),
            tags=tuple(dict.fromkeys(tag for tag in tags if tag)),  # in order, without repeats
            summary=tuple(text for text in (clean(s, f"{where}.summary") for s in article["summary"]) if text),
            created=created,
            version=first_stamp(document["capture"]["captured"]) or created,
        )


def articles_of(document: Document) -> list[ArticleFacts]:
    if not document.get("articles"):
        raise NewsconvError("the document has no article to write")
    return [ArticleFacts.of(document, article, n) for n, article in enumerate(document["articles"], 1)]


def content_guid(kind: str, *content: Any) -> str:
    """A stable URI derived from content: the same input always gives the same guid.

    Hashing the capture's sha256 together with the article's own content (and its
    position) keeps guids apart both for two articles of one capture and for two
    documents that name the same capture but hold different text.
    """
    canonical = _CANONICAL_JSON.encode(content)
    return f"urn:newsconv:{kind}:{hashlib.sha256(canonical.encode('ascii')).hexdigest()[:32]}"


def _language(tag: str, where: str) -> Optional[str]:
    if tag == "und":
        return None  # undetermined: say nothing rather than claim a language
    if not _LANGUAGE.fullmatch(tag):
        raise NewsconvError(f"language {tag!r} is not a BCP 47 tag", path=f"{where}.language")
    return tag
