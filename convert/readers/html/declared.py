"""What a page declares about its article for machines: its JSON-LD and its meta tags.

A page's own statement of its headline, authors and site is more reliable than what can be read from its
markup, and comes first where the page makes one (as readers and search engines take it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from lxml import etree

# schema.org types of an article (Article, NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting...).
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|Report)$")
# "dc.creator", "DC:Creator", "dcterms.creator" are one name: the separator after a vocabulary's prefix varies.
_PREFIX_SEPARATOR = re.compile(r"^(dc|dcterms?|og|article|twitter|parsely|sailthru)\s*[.:_-]\s*", re.I)
# What old pages wrap a script's text in, for browsers that would show it: a CDATA section or a comment.
_WRAPPING = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_TITLE = etree.XPath("string(//title)", smart_strings=False)
_NOT_A_NAME = re.compile(r"^(?:https?:|www\.|@)|^\W*$", re.I)  # an address or a handle names no one

# The meta tags that name the article's authors, its title and its site, in the order they are trusted.
AUTHOR_KEYS = ("dc:creator", "dcterms:creator", "dcterm:creator", "author", "parsely:author", "sailthru:author",
               "article:author", "og:article:author")
TITLE_KEYS = ("dc:title", "dcterms:title", "dcterm:title", "og:title", "twitter:title", "parsely:title")
SITE_KEYS = ("og:site_name", "application-name", "twitter:site_name", "dc:publisher", "publisher")


@dataclass
class Declared:
    headline: Optional[str] = None  # the JSON-LD article's headline
    authors: list[str] = field(default_factory=list)  # the JSON-LD article's, else the first author meta tag's
    publisher: Optional[str] = None  # the JSON-LD article's publisher
    meta: dict[str, str] = field(default_factory=dict)  # each meta tag's first non-empty content, by its name

    def first_meta(self, keys: tuple[str, ...]) -> Optional[str]:
        return next((self.meta[key] for key in keys if key in self.meta), None)


def declared(tree: Any) -> Declared:
    found = Declared(meta=_meta_tags(tree))
    article = next(_articles(tree), None)
    if article is not None:
        found.headline = _headline(article, tree)
        found.authors = _names(article.get("author") or article.get("creator"))
        publisher = article.get("publisher")
        found.publisher = _text(publisher.get("name") if isinstance(publisher, dict) else publisher) or None
    if not found.authors:
        found.authors = next((names for names in (_split(found.meta.get(key)) for key in AUTHOR_KEYS) if names), [])
    return found


def _meta_tags(tree: Any) -> dict[str, str]:
    """Each name's first content; a name given as a ``property`` (RDFa, Open Graph) before one given as a
    ``name`` or ``itemprop``, whatever their order in the page."""
    by_attribute: dict[str, dict[str, str]] = {"property": {}, "name": {}, "itemprop": {}}
    for meta in tree.iter("meta"):
        content = _text(meta.get("content"))
        if not content:
            continue
        for attribute, tags in by_attribute.items():
            # One tag may serve several vocabularies: property="dc:creator twitter:creator".
            for key in (meta.get(attribute) or "").split():
                tags.setdefault(_PREFIX_SEPARATOR.sub(lambda m: m.group(1).lower() + ":", key.lower()), content)
    return {**by_attribute["itemprop"], **by_attribute["name"], **by_attribute["property"]}


def _articles(tree: Any) -> Iterator[dict[str, Any]]:
    """The objects of the page's JSON-LD whose type is an article, in page order (a script that is not
    JSON is passed over, as a browser does)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(_WRAPPING.sub("", script.text))
        except ValueError:
            continue
        for item in _objects(data):
            kinds = item.get("@type")
            if any(isinstance(kind, str) and _ARTICLE_TYPE.search(kind)
                   for kind in (kinds if isinstance(kinds, list) else [kinds])):
                yield item


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"])


def _headline(article: dict[str, Any], tree: Any) -> Optional[str]:
    """The article's ``headline``, or its ``name`` when the two differ and only the name is in the page's
    ``<title>`` (some sites give their description as the headline)."""
    headline, name = _text(article.get("headline")), _text(article.get("name"))
    if name and name != headline:
        title = _text(_TITLE(tree)).casefold()
        if name.casefold() in title and (not headline or headline.casefold() not in title):
            return name
    return headline or None


def _names(value: Any) -> list[str]:
    """The names a JSON-LD ``author`` gives: a name, a person or organisation, or a list of them."""
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        name = _text(item.get("name") if isinstance(item, dict) else item)
        if name and not _NOT_A_NAME.search(name) and name not in names:
            names.append(name)
    return names


def _split(value: Optional[str]) -> list[str]:
    return [] if not value or _NOT_A_NAME.search(value) else [value]


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""
