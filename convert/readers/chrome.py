"""Page chrome: lines that belong to the web page around an article, not to the article.

Each rule names the reason recorded in the document's ``removed`` list, so a
reader of the output can see what was cut and why.
"""

from __future__ import annotations

import re
from typing import Optional

_EXACT = {
    "advertisement": ("advertisement", "advertising", "sponsored content", "story continues below advertisement",
                      "continue reading below", "scroll to continue with content", "ad", "paid content"),
    "related-link": ("recommended stories", "recommended", "related", "related stories", "related articles",
                     "related content", "read more", "read next", "more from", "you may also like", "most popular",
                     "trending", "trending now", "see also", "also read", "don't miss", "more stories",
                     "recommended for you", "read also", "more news"),
    "share-widget": ("share", "share this", "share this article", "share on facebook", "share on twitter",
                     "share on facebookshare on twitter", "tweet", "email", "print", "copy link", "short url",
                     "facebook", "twitter", "whatsapp", "linkedin", "save", "share this story", "reddit",
                     "copy url", "link copied"),
    "page-chrome": ("skip to main content", "skip to content", "menu", "search", "subscribe", "sign in", "log in",
                    "login", "register", "sign up", "you are here", "close", "toggle navigation", "updated",
                    "back to top", "loading", "loading...", "listen", "listen to this article", "sort by",
                    "main menu", "open menu", "close menu", "accessibility", "home", "next", "previous",
                    "show more", "load more", "sections", "top stories"),
    "search-widget": ("no result", "no results", "view all result", "view all results"),
    "live-blog-chrome": ("live updates", "live", "pinned", "pinned post", "key events"),
    "share-counter": ("shares", "views", "comments", "likes"),
    "cookie-prompt": ("accept", "accept all", "reject all", "manage cookies", "cookie settings", "i agree"),
}
_EXACT_REASON = {phrase: reason for reason, phrases in _EXACT.items() for phrase in phrases}

# Whole-line shapes.
_SHAPES: list[tuple[str, re.Pattern[str]]] = [
    ("share-counter", re.compile(r"\d[\d.,]*\s*[km]?(?:\s+(?:shares?|views?|comments?|likes?))?", re.I)),
    ("live-blog-chrome", re.compile(r"\d+\s+(?:posts?|updates?)|(?:(?:updated|posted|published)\s*:?\s*)?"
                                    r"\d+\s+(?:sec|secs|min|mins|minutes?|hr|hrs|hours?|days?)\s+ago", re.I)),
    ("sponsor", re.compile(r"(?:sponsor(?:ed)?(?: by)?|paid (?:post|partner|content))\s*:.*|sponsored by .*", re.I)),
    ("comments", re.compile(r"\(\d+\)\s+comments?|\d+\s+comments?|welcome to the discussion\.?|leave a (?:comment|reply)|join the (?:conversation|discussion)|comments are closed\.?", re.I)),
    ("promo", re.compile(r"stay with .{1,40} for (?:updates|more)\.?|click here .*|follow us on .*|download (?:the|our) app.*|all this and more on today.s show!?", re.I)),
    ("related-link", re.compile(r"(?:read more|related|see also|also read|more on this|read next|recommended)\s*[:|>»]\s*\S.{0,150}", re.I)),
    ("page-chrome", re.compile(r"\d+\s*(?:min(?:ute)?s?|m)\s+read|reading time:?\s*\d+\s*min(?:ute)?s?", re.I)),
    ("breadcrumb", re.compile(r"[Hh]ome(?:\s*[>/»›|]?\s*[A-Z][\w&-]*){1,3}|in [A-Z][\w&-]*(?: [A-Z][\w&-]*)?")),
]
# Tell-tale phrases anywhere in a short line.
_PHRASES: list[tuple[str, re.Pattern[str]]] = [
    ("copyright", re.compile(r"^(?:copyright|©|\(c\))\s|\ball rights reserved\b", re.I)),
    ("newsletter-prompt", re.compile(r"\bnewsletter\b|\bsubscription\b|\bdaily (?:briefing|dose|digest)\b|\byour inbox\b|\benter your email\b", re.I)),
    ("cookie-prompt", re.compile(r"\b(?:we use cookies|cookie policy|accept (?:all )?cookies)\b", re.I)),
    ("media-embed", re.compile(r"you can now listen to\b", re.I)),
]
# "Watch today's episode here:": a media word, and a line that ends pointing at the player.
_MEDIA_WORD = re.compile(r"\b(?:watch|listen|video|podcast|episode|audio)\b", re.I)
_MEDIA_END = re.compile(r"\b(?:here|below)\s*[:.!]?$", re.I)
# Phrases that only mark chrome in a short line (a long paragraph may mention a newsletter).
_SHORT_ONLY = {"newsletter-prompt", "media-embed", "cookie-prompt"}

# Comment sections run to the end of the page.
COMMENT_SECTION_STARTS = {"comments"}

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def chrome_reason(text: str, *, header: bool = False) -> Optional[str]:
    """Why ``text`` (one normalised line) is page chrome, or None if it may be article text."""
    lowered = text.lower().rstrip(" :!")
    if lowered in _EXACT_REASON:
        return _EXACT_REASON[lowered]
    words = text.split()
    if len(words) <= 25:
        for reason, pattern in _SHAPES:
            if pattern.fullmatch(text) and (reason != "breadcrumb" or header):
                return reason
        for reason, pattern in _PHRASES:
            if pattern.search(text) and (reason not in _SHORT_ONLY or len(words) <= 20):
                return reason
        if len(words) <= 20 and _MEDIA_END.search(text) and _MEDIA_WORD.search(text):
            return "media-embed"
    if is_shouting(text):
        return "banner" if header else "related-link"
    if len(text) <= 2 and not (text.isascii() and text.isalnum()):
        return "garbage"
    return None


def is_shouting(text: str) -> bool:
    """An ALL-CAPS line of several words: a site banner or an inline link to another story."""
    # Every paragraph is asked this. ASCII lower-case letters are letters that are not capitals:
    # more of them than a tenth of the line, and it cannot be nine tenths capitals. Counting
    # them in the UTF-8 bytes (where ASCII bytes are only ever ASCII characters) is cheap.
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) - len(encoded.translate(None, _ASCII_LOWER)) > 0.1 * len(text):
        return False
    words = _WORD.findall(text)
    if len(words) < 3 or len(text) < 12:
        return False
    letters = "".join(words)
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters)
