"""Reading XML that may be hostile: no network, no DTD loading, no entity expansion.

A file that declares entities in its own DTD subset is refused outright: that
is how external-entity (XXE) reads and "billion laughs" expansions are written,
and no file newsconv writes needs it.

libxml2's size limits (a text node of 10 MB, 256 levels of elements) are lifted
(``huge_tree``) for a document that declares no entities, because newsconv
writes a capture's longest line as one text node. Those limits guard against
what entities expand to, and against input of any size; here nothing is fetched
or expanded, so a document is no larger than its bytes, and validate reads at
most a bounded number of those (a file, or an EPUB member). Some libxml2
versions also drop their entity amplification limit under ``huge_tree``, so
whether a document declares entities is read with the limits on, from its start
up to its first element, before it is parsed without them.
"""

from __future__ import annotations

from typing import Any, Optional

from lxml import etree

from . import Finding

# Nothing read from the network or disk, no DTD loaded, no entity replaced by its text.
_NOTHING_FETCHED = dict(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False)
# How much of a document is fed at a time while looking for its first element: the DTD comes before it.
_PROLOG_CHUNK = 64 * 1024


def safe_parser() -> Any:
    """The parser with libxml2's size limits on."""
    return etree.XMLParser(huge_tree=False, remove_comments=False, **_NOTHING_FETCHED)


def _unlimited_parser() -> Any:
    """The parser without libxml2's size limits: only for a document known to declare no entities."""
    return etree.XMLParser(huge_tree=True, remove_comments=False, **_NOTHING_FETCHED)


def parse(data: bytes, check: str = "well-formed") -> tuple[Optional[Any], list[Finding]]:
    """The parsed tree, or None and the reason it cannot be read safely."""
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as err:
        return _parse_past_limits(data, err, check)
    tree = root.getroottree()
    refusal = _entity_refusal(tree, check)
    return (None, [refusal]) if refusal else (tree, [])


def _parse_past_limits(data: bytes, err: Any, check: str) -> tuple[Optional[Any], list[Finding]]:
    """A document the limited parser stopped, parsed again without the limits if it declares no entities."""
    first = _first_element(data)
    if first is None:  # stopped before the first element: nothing shows the DTD is harmless
        return None, [_not_well_formed(err, check)]
    refusal = _entity_refusal(first.getroottree(), check)
    if refusal:
        return None, [refusal]
    try:
        root = etree.fromstring(data, _unlimited_parser())
    except etree.XMLSyntaxError as again:
        return None, [_not_well_formed(again, check)]
    return root.getroottree(), []


def _first_element(data: bytes) -> Optional[Any]:
    """The first element as the limited parser reads it, with the DTD before it; None if it stops before."""
    parser = etree.XMLPullParser(events=("start",), huge_tree=False, **_NOTHING_FETCHED)
    for offset in range(0, len(data), _PROLOG_CHUNK):
        try:
            parser.feed(data[offset:offset + _PROLOG_CHUNK])
        except etree.XMLSyntaxError:
            return _first_start(parser)  # the elements begun before the error are still reported
        first = _first_start(parser)
        if first is not None:
            return first
    return None


def _first_start(parser: Any) -> Optional[Any]:
    for _, element in parser.read_events():
        return element
    return None


def _entity_refusal(tree: Any, check: str) -> Optional[Finding]:
    internal = tree.docinfo.internalDTD
    if internal is None or not list(internal.iterentities()):
        return None
    names = ", ".join(sorted(e.name for e in internal.iterentities()))
    return Finding(check, f"declares its own entities ({names}); refused: entity declarations can read local files "
                          "or expand without bound", line=1)


def _not_well_formed(err: Any, check: str) -> Finding:
    return Finding(check, f"not well-formed XML: {err.msg}", line=err.lineno)
