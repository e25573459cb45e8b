"""An article's blocks as the XHTML fragment of a ninjs body."""

from __future__ import annotations

from typing import Any

from .._xmltext import clean, escape_text


def xhtml(article: dict[str, Any], where: str) -> str:
    parts = []
    for index, block in enumerate(article["blocks"]):
        at = f"{where}.blocks[{index}]"
        kind = block["type"]
        if kind == "list":
            items = "".join(f"<li>{escape_text(t)}</li>" for i, item in enumerate(block["items"])
                            if (t := clean(item, f"{at}.items[{i}]")))
            if items:
                parts.append(f"<ul>{items}</ul>")
        elif kind == "figure":
            caption = escape_text(clean(block["caption"], f"{at}.caption") or "")
            label = clean(block.get("label"), f"{at}.label")
            credit = clean(block.get("credit"), f"{at}.credit")
            inner = (f'<span class="label">{escape_text(label)}</span> ' if label else "") + caption + (
                f' <span class="credit">{escape_text(credit)}</span>' if credit else "")
            parts.append(f"<figure><figcaption>{inner}</figcaption></figure>")
        else:
            text = clean(block["text"], f"{at}.text")
            if text:
                tag = {"heading": "h2", "quote": "blockquote"}.get(kind, "p")
                parts.append(f"<{tag}>{escape_text(text)}</{tag}>")
    return "\n".join(parts)


def plain_text(article: dict[str, Any]) -> str:
    parts = []
    for block in article["blocks"]:
        if block["type"] == "list":
            parts.extend(f"- {item}" for item in block["items"])
        elif block["type"] == "figure":
            parts.append(" ".join(filter(None, (block.get("label"), block["caption"], block.get("credit")))))
        else:
            parts.append(block["text"])
    return "\n\n".join(parts)
