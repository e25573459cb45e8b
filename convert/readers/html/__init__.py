"""Saved web pages: the article in an HTML page, with what was set aside and why.

The article's text and metadata come from trafilatura (the ``web`` extra); newsconv adds the figures with
their captions and credits, the ledger of what was removed, and the source line of every block.
Mapping and rules: docs/formats/html.md.
"""

from __future__ import annotations

from typing import Optional

from ...errors import NewsconvError
from ...kinds import is_html
from ...model import Document
from ...options import Option
from .. import Reader

EXTRA = "newsconv[web]"


def read_html(data: bytes, name: Optional[str] = None, *, url: Optional[str] = None) -> Document:
    """Read one saved HTML page into a document; ``url`` is the page's address when the page does not say."""
    try:
        from .page import read_page
    except ImportError as err:  # trafilatura, or lxml_html_clean that it needs with lxml 6
        raise NewsconvError(f"reading HTML needs {err.name or 'trafilatura'}: pip install '{EXTRA}'", file=name) from None
    return read_page(data, name, url)


READER = Reader(
    name="html",
    description="a saved news web page (HTML): the article, its metadata and figures, and what was set aside",
    read=read_html,
    extensions=(".html", ".htm", ".xhtml"),
    sniff=is_html,
    options=(Option("url", "the page's address, when the page does not give its own (canonical link)", type=str,
                    default=None),),
)
