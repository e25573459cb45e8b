"""Reading XML that may be hostile: no network, no DTD loading, no entity expansion.

A file that declares entities in its own DTD subset is refused outright: that
is how external-entity (XXE) reads and "billion laughs" expansions are written,
and no file newsconv writes needs it.
"""

from __future__ import annotations

from typing import Any, Optional

from lxml import etree

from . import Finding


def safe_parser() -> Any:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=False)


def parse(data: bytes, check: str = "well-formed") -> tuple[Optional[Any], list[Finding]]:
    """The parsed tree, or None and the reason it cannot be read safely."""
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as err:
        return None, [Finding(check, f"not well-formed XML: {err.msg}", line=err.lineno)]
    tree = root.getroottree()
    internal = tree.docinfo.internalDTD
    if internal is not None and list(internal.iterentities()):
        names = ", ".join(sorted(e.name for e in internal.iterentities()))
        return None, [Finding(check, f"declares its own entities ({names}); refused: entity declarations can read "
                                     "local files or expand without bound", line=1)]
    return tree, []
