"""The official schemas, loaded once from a folder laid out like the standards bundle.

Expected layout (any folder may be missing; its check is then skipped)::

    DIR/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd   (with xml.xsd beside it)
    DIR/jats/JATS-archivearticle1-3-mathml3.dtd        (with its modules)
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from lxml import etree

NEWSML_XSD = ("newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")
JATS_DTD = ("jats", "JATS-archivearticle1-3-mathml3.dtd")


class _LocalFiles(etree.Resolver):
    """Resolve schema includes only to files inside one folder, matched by their last path parts."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def resolve(self, url: str, pubid: str, context: Any) -> Any:
        parts = (url or "").replace("\\", "/").split("/")
        for depth in (2, 1):
            candidate = self.root.joinpath(*parts[-depth:])
            if candidate.is_file() and self.root in candidate.resolve().parents:
                return self.resolve_filename(str(candidate), context)
        return None


def _parser(root: Path, dtd: bool) -> Any:
    parser = etree.XMLParser(no_network=True, load_dtd=dtd, resolve_entities=dtd)
    parser.resolvers.add(_LocalFiles(root))
    return parser


@lru_cache(maxsize=4)
def newsml_schema(folder: str) -> Optional[Any]:
    path = Path(folder).joinpath(*NEWSML_XSD)
    if not path.is_file():
        return None
    document = etree.parse(str(path), _parser(path.parent, dtd=False))
    return etree.XMLSchema(document)


@lru_cache(maxsize=4)
def jats_dtd(folder: str) -> Optional[Any]:
    path = Path(folder).joinpath(*JATS_DTD)
    if not path.is_file():
        return None
    cwd = os.getcwd()
    try:  # the DTD names its modules by relative paths
        os.chdir(path.parent)
        return etree.DTD(path.name)
    finally:
        os.chdir(cwd)
