"""The body of a NewsML-G2 text item, as an XHTML document for ``inlineXML``.

Which element each block becomes, and why XHTML rather than NITF: docs/formats/newsml.md.
"""

from __future__ import annotations

from typing import Optional

from ...model import Article, Block
from .facts import ArticleFacts
from .._xmltext import STEP, Lines, clean, escape_attribute, escape_text, text_element
from .markup import direction

XHTML = "http://www.w3.org/1999/xhtml"
CONTENT_TYPE = "application/xhtml+xml"
_WHERE = "$.articles[{}].blocks[{}].{}"


def xhtml_document(lines: Lines, indent: str, article: Article, facts: ArticleFacts) -> bool:
    """Append the article as an ``html`` element; False (and nothing appended) when it has no block
    with any text."""
    start = len(lines)
    language = ""
    if facts.language:  # a checked language tag: nothing to escape
        language = f' lang="{facts.language}" xml:lang="{facts.language}"'
        if direction(facts.language):
            language += ' dir="rtl"'
    inner = indent + STEP
    lines.append(f'{indent}<html xmlns="{XHTML}"{language}>\n')
    # XHTML requires a title: the headline, else the opening words of the text (an article with no
    # text at all gets no XHTML document).
    title = f"{inner}<head>\n{inner}{STEP}<title>{escape_text(facts.title)}</title>\n{inner}</head>\n" if facts.title else ""
    if facts.headline:
        lines.append(f"{title}{inner}<body>\n{inner}{STEP}<h1>{escape_text(facts.headline)}</h1>\n")
    else:
        lines.append(f"{title}{inner}<body>\n")
    if not _blocks(lines, inner + STEP, article["blocks"], facts.number):
        del lines[start:]
        return False
    lines.append(f"{inner}</body>\n{indent}</html>\n")
    return True


def _blocks(lines: Lines, indent: str, blocks: list[Block], number: int) -> bool:
    """Append the blocks in order; False when none had any text left to write."""
    written = False
    inner = indent + STEP
    for n, block in enumerate(blocks):
        kind = block["type"]
        if kind == "list":
            items = [text for text in (clean(item, _WHERE, number - 1, n, "items") for item in block["items"]) if text]
            if items:
                lines.append(f"{indent}<ul>\n")
                lines.extend([text_element(inner, "li", text) for text in items])
                lines.append(f"{indent}</ul>\n")
                written = True
        elif kind == "figure":
            written = _figure(lines, indent, block, f"$.articles[{number - 1}].blocks[{n}]") or written
        else:
            text = clean(block["text"], _WHERE, number - 1, n, "text")
            if text is None:
                continue
            if kind == "quote":
                lines.append(f"{indent}<blockquote>\n{text_element(inner, 'p', text)}{indent}</blockquote>\n")
            else:
                lines.append(text_element(indent, "h2" if kind == "heading" else "p", text))
            written = True
    return written


def _figure(lines: Lines, indent: str, block: Block, where: str) -> bool:
    label = clean(block["label"], f"{where}.label")
    caption = clean(block["caption"], f"{where}.caption")
    credit = clean(block["credit"], f"{where}.credit")
    alt = clean(block["alt"], f"{where}.alt")
    if not (label or caption or credit or alt):
        return False
    start_tag = f'<figure data-alt="{escape_attribute(alt)}"' if alt else "<figure"
    figcaption = _figcaption(indent + STEP, label, caption, credit)
    if figcaption is None:
        lines.append(f"{indent}{start_tag}/>\n")
    else:
        lines.append(f"{indent}{start_tag}>\n{figcaption}{indent}</figure>\n")
    return True


def _figcaption(indent: str, label: Optional[str], caption: Optional[str], credit: Optional[str]) -> Optional[str]:
    """The ``figcaption`` line(s): label, caption and credit, one space apart; None when there is none."""
    pieces = []
    if label:
        pieces.append(f'<span class="label">{escape_text(label)}</span>')
    if caption:
        pieces.append(escape_text(caption))
    if credit:
        pieces.append(f'<small class="credit">{escape_text(credit)}</small>')
    if not pieces:
        return None
    if len(pieces) == 1 and not caption:
        # A lone span or small and no text: element content, laid out on lines of its own.
        return f"{indent}<figcaption>\n{indent}{STEP}{pieces[0]}\n{indent}</figcaption>\n"
    # Text among the elements: mixed content, written inline with nothing added.
    return f"{indent}<figcaption>{' '.join(pieces)}</figcaption>\n"
