"""A JATS file to a document: the article and its sub-articles, front matter to fields, body and back to blocks."""

from __future__ import annotations

from typing import Any, Optional

from ...checks import xmlsafe
from ...errors import NewsconvError, NothingToConvert
from ...model import Document
from .. import assembly
from ..capture.language import guess_language
from ..markup import local, text_of
from . import inline
from .body import article_blocks
from .front import article_fields


def read_jats(data: bytes, name: Optional[str] = None) -> Document:
    tree, findings = xmlsafe.parse(data)
    if tree is None:
        raise NewsconvError(f"not readable as JATS: {findings[0].message}", file=name)
    root = tree.getroot()
    if local(root.tag) != "article":
        raise NewsconvError(f"not JATS: the root element is <{local(root.tag)}>, expected <article>", file=name)
    inline.make_plain(root)
    articles = []
    for element in _articles(root):
        fields = article_fields(element, root)
        fields["blocks"] = article_blocks(element)
        if element is root and _only_contents(fields["blocks"], root):
            continue
        if fields["language"] is None:
            fields["language"] = guess_language(" ".join(filter(None, [fields["headline"], *_texts(fields["blocks"])]))[:4000])
        if fields["blocks"] or fields["headline"] is not None:
            articles.append(fields)
    if not articles:
        # A well-formed article without a title or text (a stub, a placeholder) is skipped, not failed.
        raise NothingToConvert("no article text to read: the article has no title and no body", file=name)
    return assembly.document("jats", data, name, articles, encoding=tree.docinfo.encoding or "utf-8",
                             lines=assembly.line_count(data))


def _only_contents(blocks: list[dict[str, Any]], root: Any) -> bool:
    """A parent whose body only lists its sub-articles' titles (a digest's contents) is no article of its own."""
    titles = [text_of(e.find("front-stub/title-group/article-title")) for e in root.iter("sub-article")]
    return len(blocks) == 1 and blocks[0]["type"] == "list" and blocks[0]["items"] == titles


def _texts(blocks: list[dict[str, Any]]) -> list[str]:
    return [b.get("text") or b.get("caption") or " ".join(b.get("items", ())) for b in blocks[:40]]


def _articles(root: Any) -> list[Any]:
    """The article, then its sub-articles and responses in document order (a digest written as a parent
    article without a body of its own and one sub-article per item gives just the items)."""
    nested = [e for e in root.iter("sub-article", "response") if e is not root]
    has_body = any(local(c.tag) == "body" for c in root)
    return ([root] if has_body or not nested else []) + nested
