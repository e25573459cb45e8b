"""The JATS ``<body>`` of one article, from its blocks; each heading opens a ``<sec>`` that runs to the next.

Why sections, and how each block is written: docs/formats/jats.md.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...model import Block
from .._xmltext import STEP, Lines, clean, close_or_drop, escape_attribute, escape_text, text_element
from .markup import wrapped_text

_TEXT = "{}[{}].text"
# A label that numbers the figure ("Figure 2", "Fig. 3a", "Photo 1", "Chart 4").
_LABEL = re.compile(r"(?i:fig(?:ure)?\.?|photo|image|chart|graphic|map|table|illustration)\s*\d+[a-z]?\.?")


def body(lines: Lines, indent: str, blocks: Sequence[Block], where: str, dateline: Optional[str] = None) -> None:
    """Append ``<body>`` for ``blocks`` (nothing when there is nothing to show).

    ``dateline`` (already cleaned) is marked as ``named-content`` where the first
    paragraph starts with it, the only place the article's text carries it.
    """
    start = len(lines)
    lines.append(f"{indent}<body>\n")
    top = indent + STEP
    current = top  # the indent of the blocks: the body's children, or a section's
    in_section = False
    dateline_pending = dateline
    for index, block in enumerate(blocks):
        kind = block["type"]
        if kind == "paragraph":
            text = clean(block["text"], _TEXT, where, index)
            if dateline_pending is not None:
                if text is not None:
                    lines.append(paragraph_with_dateline(current, text, dateline_pending))
                dateline_pending = None
            elif text is not None:
                lines.append(text_element(current, "p", text))
        elif kind == "heading":
            title = clean(block["text"], _TEXT, where, index)
            if title is not None:  # a heading with nothing left of it opens no section
                if in_section:
                    lines.append(f"{top}</sec>\n")
                in_section = True
                current = top + STEP
                lines.append(f"{top}<sec>\n{text_element(current, 'title', title)}")
        elif kind == "quote":
            text = clean(block["text"], _TEXT, where, index)
            if text is not None:
                lines.append(wrapped_text(current, "disp-quote", "p", text))
        elif kind == "list":
            items = [clean(item, "{}[{}].items[{}]", where, index, n) for n, item in enumerate(block["items"])]
            if any(item is not None for item in items):
                inner = current + STEP
                # Captures mark list items with bullets; the model keeps no numbering (see jats.md).
                lines.append(f'{current}<list list-type="bullet">\n')
                lines.extend([wrapped_text(inner, "list-item", "p", item) for item in items if item is not None])
                lines.append(f"{current}</list>\n")
        elif kind == "figure":
            figure(lines, current, block, f"{where}[{index}]")
        else:
            raise ValueError(f"{where}[{index}]: unknown block type {kind!r}")  # the schema allows no other
    if in_section:
        lines.append(f"{top}</sec>\n")
    close_or_drop(lines, start, indent, "body")


def figure(lines: Lines, indent: str, block: Block, where: str) -> None:
    """``<fig>``: label, caption, alt text and credit; there is never an image to point to."""
    caption = clean(block["caption"], f"{where}.caption")
    label = clean(block["label"], f"{where}.label")
    alt = clean(block["alt"], f"{where}.alt")
    credit = clean(block["credit"], f"{where}.credit")
    if label is None and caption is None and alt is None and credit is None:
        return
    inner = indent + STEP
    # "Figure 2" is a label; "File" (a file photo) says what kind of picture it is, unless it is all the
    # figure says: then it is shown, as its label, rather than hidden in an attribute of an empty figure.
    numbered = label is not None and (_LABEL.fullmatch(label) is not None
                                      or (caption is None and alt is None and credit is None))
    kind = f' fig-type="{escape_attribute(label)}"' if label is not None and not numbered else ""
    lines.append(f"{indent}<fig{kind}>\n")
    if numbered:
        lines.append(text_element(inner, "label", label))
    if caption is not None:
        lines.append(wrapped_text(inner, "caption", "p", caption))
    if alt is not None:
        lines.append(text_element(inner, "alt-text", alt))
    if credit is not None:
        lines.append(text_element(inner, "attrib", credit))
    lines.append(f"{indent}</fig>\n")


def paragraph_with_dateline(indent: str, text: str, dateline: str) -> str:
    """``<p>`` for an already cleaned ``text``, with its leading dateline wrapped in
    ``<named-content content-type="dateline">``."""
    leading = len(text) - len(text.lstrip())
    rest = text[leading + len(dateline):]
    # Only where the paragraph starts with it (as a dateline does) and goes on after it: a
    # paragraph made of the dateline alone is left plain, so that no markup stands for all of it.
    if not (text[leading:].startswith(dateline) and rest.strip()):
        return text_element(indent, "p", text)
    # Text among elements: mixed content, written inline with nothing added.
    return (f'{indent}<p>{escape_text(text[:leading])}<named-content content-type="dateline">'
            f"{escape_text(dateline)}</named-content>{escape_text(rest)}</p>\n")
