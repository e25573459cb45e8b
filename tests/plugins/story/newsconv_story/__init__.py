"""A reader plugin for newsconv that knows only the document model.

The format: a first line ``%STORY``, header lines ``Key: value`` (Title, By, Date, Publisher) up to a
blank line, then paragraphs separated by blank lines.
"""

import hashlib

from convert.errors import NewsconvError
from convert.options import Option
from convert.readers import Reader

MAGIC = b"%STORY"
HEADER_FIELDS = {"title": "headline", "by": "byline", "date": "published", "publisher": "publisher"}


def read(data, name=None, language="und"):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NewsconvError("a story must be UTF-8", file=name) from None
    lines = text.splitlines()
    if not lines or not lines[0].startswith("%STORY"):
        raise NewsconvError("a story starts with a %STORY line", file=name, line=1)
    fields = {"headline": None, "byline": None, "published": None, "publisher": None}
    field_lines = {}
    number = 2
    while number <= len(lines) and lines[number - 1].strip():
        key, _, value = lines[number - 1].partition(":")
        field = HEADER_FIELDS.get(key.strip().lower())
        if field is None:
            raise NewsconvError(f"unknown header {key.strip()!r}", file=name, line=number)
        fields[field] = value.strip() or None
        field_lines[field] = [number]
        number += 1
    blocks, start = [], None
    for index in range(number, len(lines) + 2):
        blank = index > len(lines) or not lines[index - 1].strip()
        if not blank and start is None:
            start = index
        elif blank and start is not None:
            paragraph = " ".join(line.strip() for line in lines[start - 1:index - 1])
            blocks.append({"type": "paragraph", "lines": [start, index - 1], "text": paragraph})
            start = None
    article = dict(fields, dateline=None, tags=[], language=language, summary=[], blocks=blocks,
                   field_lines=field_lines)
    return {
        "schema_version": "1.0",
        "capture": {"site": None, "captured": None, "layout": "story",
                    "source": {"file": name, "sha256": hashlib.sha256(data).hexdigest(), "encoding": "utf-8",
                               "bytes": len(data), "lines": len(lines)},
                    "field_lines": {}},
        "digest": None,
        "articles": [article],
        "removed": [{"lines": [1, 1], "text": lines[0], "reason": "format-marker"}],
        "warnings": [],
    }


READER = Reader(name="story", description="%STORY plain-text stories (test plugin)", read=read,
                extensions=(".story",), sniff=lambda head: head.startswith(MAGIC),
                options=(Option("language", "the language of every story", default="und"),))
