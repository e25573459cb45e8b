"""A NewsML-G2 file to a document: every text item an article, every other item a warning."""

from __future__ import annotations

from typing import Any, Optional

from ...checks import xmlsafe
from ...errors import NewsconvError, NothingToConvert
from ...model import Document
from .. import assembly
from ..markup import local, separate_lines
from .body import item_blocks
from .meta import NAR, item_fields

# What each kind of item is, for the warning that says why it was skipped.
_NOT_TEXT = {"picture": "a picture", "photo": "a picture", "graphic": "a graphic", "video": "a video",
             "audio": "an audio item", "animation": "an animation", "interactive": "an interactive item",
             "composite": "a composite item"}
_OTHER_ITEMS = {"conceptItem": "a concept item", "knowledgeItem": "a knowledge item", "planningItem": "a planning item",
                "catalogItem": "a catalog item", "packageItem": "a package (references to other items)"}


def read_newsml(data: bytes, name: Optional[str] = None) -> Document:
    tree, findings = xmlsafe.parse(data)
    if tree is None:
        raise NewsconvError(f"not readable as NewsML-G2: {findings[0].message}", file=name)
    root = tree.getroot()
    separate_lines(root)
    if root.tag not in (f"{{{NAR}}}newsItem", f"{{{NAR}}}newsMessage", f"{{{NAR}}}packageItem") and \
            local(root.tag) not in ("newsItem", "newsMessage", "packageItem", *_OTHER_ITEMS):
        raise NewsconvError(f"not NewsML-G2: the root element is <{local(root.tag)}>, expected <newsItem> or "
                            "<newsMessage>", file=name)
    articles, warnings, removed = [], [], []
    for item in _items(root):
        skipped = _skip_reason(item)
        if skipped is not None:
            warnings.append({"code": "skipped-item", "line": item.sourceline,
                             "message": f"skipped {skipped}: {item.get('guid') or 'no guid'} carries no text"})
            continue
        fields, notes = item_fields(item)
        blocks = item_blocks(item, fields["headline"])
        if not blocks and fields["headline"] is None:
            warnings.append({"code": "skipped-item", "line": item.sourceline,
                             "message": f"skipped a text item without text: {item.get('guid') or 'no guid'}"})
            continue
        fields["blocks"] = blocks
        articles.append(fields)
        removed.extend(notes)
    if not articles:
        reasons = "; ".join(w["message"] for w in warnings) or "no item found"
        raise NothingToConvert(f"no text item to read ({reasons})", file=name)
    return assembly.document("newsml", data, name, articles, encoding=tree.docinfo.encoding or "utf-8",
                             lines=assembly.line_count(data), removed=sorted(removed, key=lambda r: r["lines"]),
                             warnings=warnings)


def _items(root: Any) -> list[Any]:
    """The items of a message (in its ``itemSet``, in order), or the file's one item."""
    if local(root.tag) == "newsMessage":
        return [child for item_set in root if local(item_set.tag) == "itemSet" for child in item_set
                if isinstance(child.tag, str)]
    return [root]


def _skip_reason(item: Any) -> Optional[str]:
    kind = local(item.tag)
    if kind in _OTHER_ITEMS:
        return _OTHER_ITEMS[kind]
    if kind != "newsItem":
        return f"a <{kind}> element"
    item_class = next((e.get("qcode") or e.get("uri") or "" for e in item.iter(f"{{{NAR}}}itemClass")), "")
    nature = item_class.rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower()
    return _NOT_TEXT.get(nature)
