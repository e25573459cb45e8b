"""Hand-built intermediate documents for writer tests (synthetic text only)."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

TRICKY = "Fish & chips <b>bold</b> \"quoted\" 'single' — emoji 🎉 and עברית and العربية, 1 < 2 > 0"


def source(name: str = "sample.txt", text: str = "x") -> dict[str, Any]:
    data = text.encode("utf-8")
    return {"file": name, "sha256": hashlib.sha256(data).hexdigest(), "encoding": "utf-8",
            "bytes": len(data), "lines": 60}


def article(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "headline": "Harbour council approves new ferry timetable",
        "publisher": "Coastal Ledger",
        "published": "2024-03-05",
        "dateline": "PORT ELLEN, Islay",
        "byline": "Morag Campbell",
        "tags": ["transport"],
        "language": "en",
        "summary": [],
        "blocks": [
            {"type": "paragraph", "lines": [20, 20],
             "text": "PORT ELLEN, Islay — The harbour council voted on Tuesday to add two evening sailings."},
            {"type": "heading", "lines": [22, 22], "text": "What changes"},
            {"type": "paragraph", "lines": [24, 24], "text": "Sailings will start in May, the council said."},
            {"type": "figure", "lines": [26, 26], "caption": "The ferry leaves Port Ellen, March 4, 2024.",
             "credit": "Iain Bell/Coastal Ledger", "label": "File", "alt": None},
            {"type": "list", "lines": [28, 29], "items": ["Two evening sailings", "A Sunday service"]},
            {"type": "quote", "lines": [31, 31], "text": "We listened to the islanders."},
        ],
        "field_lines": {"headline": [16], "publisher": [11, 12], "published": [13]},
    }
    base.update(overrides)
    return base


def document(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "schema_version": "1.0",
        "capture": {"site": "THE EXAMPLE AGGREGATOR", "captured": "2024-03-06", "layout": "am1-article",
                    "source": source(), "field_lines": {"site": [1], "captured": [2]}},
        "digest": None,
        "articles": [article()],
        "removed": [{"lines": [5, 5], "text": "Sponsor: EXAMPLE", "reason": "sponsor"}],
        "warnings": [],
    }
    base.update(overrides)
    return base


def digest_document() -> dict[str, Any]:
    items = [
        article(headline="Council backs cycle lanes", publisher="City Post", published=None, dateline=None,
                byline=None, tags=["politics"], field_lines={"headline": [15, 16], "tags": [13]},
                blocks=[{"type": "paragraph", "lines": [17, 17], "text": "The council backed new cycle lanes."},
                        {"type": "paragraph", "lines": [19, 19], "text": "Work starts next year."}]),
        article(headline="Library opens on Sundays", publisher="Town Crier", published=None, dateline=None,
                byline=None, tags=["culture"], field_lines={"headline": [23, 24], "tags": [21]},
                blocks=[{"type": "paragraph", "lines": [25, 25], "text": "The library will open on Sundays."}]),
    ]
    return document(capture={"site": "THE EXAMPLE AGGREGATOR", "captured": "2024-03-06", "layout": "am1-digest",
                             "source": source("digest.txt"), "field_lines": {"site": [1], "captured": [2]}},
                    digest={"publisher": "Example Digest", "published": "2024-03-05",
                            "field_lines": {"publisher": [9, 10], "published": [11]}},
                    articles=items)


def minimal_document() -> dict[str, Any]:
    """Everything optional left out or null: no headline, no dates, no blocks."""
    return document(capture={"site": None, "captured": None, "layout": "generic", "source": source("bare.txt"),
                             "field_lines": {}},
                    articles=[article(headline=None, publisher=None, published=None, dateline=None, byline=None,
                                      tags=[], language="und", blocks=[{"type": "paragraph", "lines": [1, 1],
                                                                        "text": "Only a paragraph."}],
                                      field_lines={})],
                    removed=[])


def tricky_document() -> dict[str, Any]:
    """Markup-like text, emoji, right-to-left scripts and an XML-illegal control character."""
    return document(articles=[article(
        headline="Q&A: <Why> \"ferries\" matter 🎉",
        byline="Zoë O'Brien & Ahmad الحسن",
        blocks=[{"type": "paragraph", "lines": [20, 20], "text": TRICKY},
                {"type": "paragraph", "lines": [21, 21], "text": "Bell\x07 character and form\x0cfeed"},
                {"type": "figure", "lines": [22, 22], "caption": "A <caption> & more", "credit": "A&B/C<D>",
                 "label": None, "alt": "alt & text"}])])


ARCHIVE_RECORD = {"archive": "crawl-2024.warc.gz", "offset": 10_467, "record_id": "<urn:uuid:1d9a0c52-6a4e-4b7e-9a51-3c8f0e2b7d10>",
                  "target_uri": "https://ledger.example/2024/03/05/ferry-timetable?ref=home&page=1",
                  "date": "2024-03-06T07:41:09Z", "payload_digest": "sha1:2J7QX5OHYDZMSLWQ4RZ4MEVJ2Z3ZB7WM"}


def archived_document(**record: Any) -> dict[str, Any]:
    """An article read from a web archive's record (``record`` changes its facts)."""
    doc = document(schema_version="1.1")
    doc["capture"]["source"]["file"] = None
    doc["capture"]["archive_record"] = dict(ARCHIVE_RECORD, **record)
    return doc


def all_documents() -> dict[str, dict[str, Any]]:
    return {"article": document(), "digest": digest_document(), "minimal": minimal_document(),
            "tricky": tricky_document()}


def clone(doc: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(doc)


def block_strategy(text: Any) -> Any:
    """A hypothesis strategy for blocks of every type, with texts drawn from ``text``."""
    from hypothesis import strategies as st

    maybe = st.none() | text
    return st.one_of(
        st.builds(lambda kind, body: {"type": kind, "lines": [1, 1], "text": body},
                  st.sampled_from(["paragraph", "heading", "quote"]), text),
        st.builds(lambda items: {"type": "list", "lines": [1, 1], "items": items},
                  st.lists(text, min_size=1, max_size=3)),
        st.builds(lambda caption, credit, label, alt: {"type": "figure", "lines": [1, 1], "caption": caption,
                                                       "credit": credit, "label": label, "alt": alt},
                  text, maybe, maybe, maybe),
    )
