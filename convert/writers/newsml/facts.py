"""What the NewsML-G2 writer says about a document and its articles, cleaned once.

Every text is cleaned here and only here, so that an XML-illegal character is
reported once even when the text appears twice in the output (an item's
headline is also the title of its reference in the digest's package).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from ...errors import NewsconvError
from ...model import (ID_AUTHORITY, ID_UNDATED, Article, Block, Document, archive_record, article_contributors, article_id,
                      identifying)
from .stamps import Stamp, newest, parse_stamp
from .._xmltext import clean
from .markup import ArchivedAt, flat

# xs:language, which the language element's tag and xml:lang require.
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class DocumentFacts:
    aggregators: tuple[str, ...]  # the digest's publisher and the captured site, each party once
    digest_publisher: Optional[str]
    digest_day: Optional[str]
    created: Optional[Stamp]  # the digest's own date
    captured: Optional[Stamp]
    version: Optional[Stamp]  # the newest date the document gives (the capture's, else the digest's)
    archived_at: Optional[ArchivedAt]  # the web archive record the document was read from

    def package_guid(self, items: Sequence["ArticleFacts"]) -> str:
        """The digest's tag URI, from what identifies it: its publisher, its day and its items."""
        facts = [identifying(self.digest_publisher), self.digest_day or "", *(item.guid for item in items)]
        digest = hashlib.sha256("\n".join(facts).encode("utf-8", "surrogatepass")).hexdigest()[:24]
        return f"tag:{ID_AUTHORITY},{self.digest_day or ID_UNDATED}:digest:{digest}"

    @classmethod
    def of(cls, document: Document) -> "DocumentFacts":
        capture = document["capture"]
        digest = document.get("digest") or {}
        digest_publisher = flat(digest.get("publisher"), "$.digest.publisher")
        site = flat(capture["site"], "$.capture.site")
        created = parse_stamp(digest.get("published"))
        captured = parse_stamp(capture["captured"])
        return cls(
            aggregators=_one_name_each(digest_publisher, site),
            digest_publisher=digest_publisher,
            digest_day=created.day if created else None,
            created=created,
            captured=captured,
            version=newest(captured, created),
            archived_at=ArchivedAt.of(archive_record(document)),
        )


@dataclass(frozen=True)
class Creator:
    name: str
    kind: str  # "person" or "organization"


@dataclass(frozen=True)
class ArticleFacts:
    number: int  # 1-based position in the document
    guid: str
    language: Optional[str]  # None for "und"
    headline: Optional[str]
    title: Optional[str]  # the headline, else the opening words of the text (the XHTML head's title)
    publisher: Optional[str]  # the original source
    dateline: Optional[str]
    byline: Optional[str]
    creators: tuple[Creator, ...]
    tags: tuple[str, ...]
    summary: tuple[str, ...]
    created: Optional[Stamp]  # the article's own publication date
    modified: Optional[Stamp]  # the article's own update date
    version: Optional[Stamp]  # the newest date the document gives for it
    rights_holder: Optional[str]
    rights_notice: Optional[str]
    truncated: bool

    @classmethod
    def of(cls, document: Document, article: Article, number: int, source: DocumentFacts) -> "ArticleFacts":
        where = f"$.articles[{number - 1}]"
        tags = (flat(tag, f"{where}.tags") for tag in article["tags"])
        created = parse_stamp(article["published"])
        modified = parse_stamp(article.get("modified"))
        headline = clean(article["headline"], f"{where}.headline")
        rights = article.get("rights") or {}
        creators = (Creator(name, c["kind"]) for n, c in enumerate(article_contributors(article))
                    if (name := flat(c["name"], f"{where}.contributors[{n}].name")))
        return cls(
            number=number,
            guid=article_id(document, article),
            language=_language(article["language"], where),
            headline=headline,
            title=headline or _opening(article, where),
            publisher=flat(article["publisher"], f"{where}.publisher"),
            dateline=flat(article["dateline"], f"{where}.dateline"),
            byline=clean(article["byline"], f"{where}.byline"),
            creators=tuple(dict.fromkeys(creators)),
            tags=tuple(dict.fromkeys(tag for tag in tags if tag)),  # in order, without repeats
            summary=tuple(text for text in (clean(s, f"{where}.summary") for s in article["summary"]) if text),
            created=created,
            modified=modified,
            version=newest(source.captured, created, modified, source.created),
            rights_holder=flat(rights.get("holder"), f"{where}.rights.holder"),
            rights_notice=clean(rights.get("statement"), f"{where}.rights.statement"),
            truncated=bool(article.get("truncated")),
        )


def articles_of(document: Document, source: DocumentFacts) -> list[ArticleFacts]:
    if not document.get("articles"):
        raise NewsconvError("the document has no article to write")
    return [ArticleFacts.of(document, article, n, source) for n, article in enumerate(document["articles"], 1)]


def _one_name_each(*names: Optional[str]) -> tuple[str, ...]:
    """``names`` without the blanks and without a second spelling of a party already named
    ("THE AMERICA ONE NEWS" after "America One News")."""
    seen: dict[str, str] = {}
    for name in names:
        if name and identifying(name) not in seen:
            seen[identifying(name)] = name
    return tuple(seen.values())


_TITLE_WORDS = 10


def _opening(article: Article, where: str) -> Optional[str]:
    """The first words of the article's first text, for a title where there is no headline."""
    for n, block in enumerate(article["blocks"]):
        words = " ".join(_written_texts(block, f"{where}.blocks[{n}]")).split()
        if words:
            return " ".join(words[:_TITLE_WORDS]) + (" …" if len(words) > _TITLE_WORDS else "")
    return None


def _written_texts(block: Block, where: str) -> list[str]:
    """The texts the body writes for ``block``, cleaned; a figure shows its label, caption and credit,
    else only its alternative text (which still makes a body that needs a title)."""
    if block["type"] == "figure":
        shown = [text for key in ("label", "caption", "credit") if (text := clean(block.get(key), f"{where}.{key}"))]
        alt = clean(block.get("alt"), f"{where}.alt")
        return shown or ([alt] if alt else [])
    if block["type"] == "list":
        return [text for n, item in enumerate(block["items"]) if (text := clean(item, f"{where}.items[{n}]"))]
    text = clean(block["text"], f"{where}.text")
    return [text] if text else []


def _language(tag: str, where: str) -> Optional[str]:
    if tag == "und":
        return None  # undetermined: say nothing rather than claim a language
    if not _LANGUAGE.fullmatch(tag):
        raise NewsconvError(f"language {tag!r} is not a BCP 47 tag", path=f"{where}.language")
    return tag
