"""Short lines judged by their neighbours, as jusText judges short paragraphs.

A line of a few words without a sentence's end may be a subhead of the story or an entry of
the page's menus; its own words cannot tell. Its neighbours can: a subhead stands between
paragraphs of prose, a menu entry among the page's widgets and other entries.
"""

from __future__ import annotations

import re
from typing import Any, Optional, Sequence

from ._lazy_patterns import lazy_compile
from .body import PROSE_WORDS, UNSTOPPED_PROSE_WORDS, stops_as_prose  # (a paragraph this long vouches for its neighbours)
from .body import TIMESTAMP, take_timestamp
from .dates import find_date
from .chrome import is_paywall_prompt
from .draft import ArticleDraft, DocumentDraft
from .language import CLOSING_QUOTES, title_cased
from .text import Line

_SHORT_WORDS = 8  # at most, in a line judged by its neighbours
# Who worked on the story and where it comes from, under it: "Reporting by Jane Roe; Editing by John Doe",
# "Source: Reuters". Part of the story, however short.
_SIGNS_THE_STORY = lazy_compile(r"(?:additional )?(?:reporting|writing|editing|edited|written|compiled|research) by\s"
                                r"|(?:sources?|quelle|fuente|fonte)\s*:", re.I)
_SENTENCE_START_WORDS = 4
_SENTENCE_END = (".", "!", "?", "…", *CLOSING_QUOTES)
_GOOD, _BAD, _SHORT, _NEUTRAL = "good", "bad", "short", "neutral"


def drop_menu_lines(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """Move to ``removed`` (as ``navigation``) the short headings and paragraphs of a body whose nearest
    judged neighbours on both sides are page chrome; the body's ends count as chrome. Only a body that
    holds prose is judged: without any, there is nothing to tell the story's lines from the page's."""
    if not units:
        return
    first, last = units[0].number, units[-1].last
    events: list[tuple[int, str, Optional[dict[str, Any]]]] = []
    for block in article.blocks:
        if first <= block["lines"][0] <= last:
            events.append((block["lines"][0], _kind(block, last), block))
    if not any(kind == _GOOD for _, kind, _ in events) and not any(_unstopped_paragraph(block) for *_, block in events):
        return
    events.extend((item["lines"][0], _BAD, None) for item in doc.removed if first <= item["lines"][0] <= last)
    events.sort(key=lambda event: event[0])
    kinds = [kind for _, kind, _ in events]
    before, after = _nearest_judged(kinds), _nearest_judged(kinds[::-1])[::-1]
    # (where no line ends as prose, the page's end is not told from the story's)
    last_good = max((index for index, kind in enumerate(kinds) if kind == _GOOD), default=len(kinds))
    raw = {unit.number: unit for unit in units}
    # (a paragraph the paywall cut short, its prompt right under it, is the story's: "… ist das", "Weiterlesen mit HT+")
    paywalled = {item["lines"][0] for item in doc.removed if item["reason"] == "paywall"}
    following = {unit.number: later.number for unit, later in zip(units, units[1:])}
    listed = _story_lists(article.blocks)
    dropped = []
    for index, (_, kind, block) in enumerate(events):
        # Past the story's last prose, a title or a short line has the page's end after it, as a list of other
        # stories, tags or names and dates have: as jusText judges a short line between prose and chrome.
        text = block["text"] if block is not None and block["type"] in ("paragraph", "heading") else None
        signs = text is not None and _SIGNS_THE_STORY.match(text) is not None  # ("Source: Reuters": the story's)
        menu = kind == _SHORT and before[index] == _BAD and after[index] == _BAD and not signs
        tail = (index > last_good and kind in (_SHORT, _NEUTRAL) and text is not None and not signs and id(block) not in listed
                and not (following.get(block["lines"][1]) in paywalled and len(text.split(None, PROSE_WORDS)) > PROSE_WORDS))
        if menu or tail:
            if block["type"] == "paragraph" and block["lines"][1] == last and _sentence_start(block["text"]):
                continue  # the capture's last line, a paragraph it cut short
            if (tail and text is not None and article.published is None and TIMESTAMP.match(text) is not None
                    and (stamped := find_date(text)) is not None and block["lines"][0] == block["lines"][1]):
                # "Publiziert am 20.03.2024" under the story, when its header gave no date: the story's own stamp
                article.blocks[:] = [kept for kept in article.blocks if kept is not block]
                take_timestamp(raw[block["lines"][0]], article, doc, stamped)
                continue
            dropped.append((block, "navigation" if menu else "after-story"))
    for block, reason in dropped:
        start, end = block["lines"]
        text = "\n".join(raw[n].raw.strip("\r\n") for n in range(start, end + 1) if n in raw) or block["text"]
        doc.remove_span(start, end, text, reason)
    if dropped:
        gone = {id(block) for block, _ in dropped}
        article.blocks[:] = [block for block in article.blocks if id(block) not in gone]


def _story_lists(blocks: Sequence[dict[str, Any]]) -> set[int]:
    """The ids of the blocks that are a list the story opens with a line of its own ending with a colon ("Les trois
    meilleurs établissements du département :", then "1. Collège …", "2. Lycée …"): the lead-in and its numbered or
    bulleted items, the story's however short (another story's links are not led in by a sentence's words)."""
    kept: set[int] = set()
    for index, block in enumerate(blocks):
        text = block["text"] if block["type"] in ("paragraph", "heading") else ""
        if not text.endswith(":") or len(text.split()) < _LEAD_IN_WORDS:
            continue
        items = []
        for later in blocks[index + 1:]:
            if later["type"] not in ("paragraph", "heading") or _LIST_ITEM.match(later["text"]) is None:
                break
            items.append(later)
        if len(items) >= _LIST_ITEMS:
            kept.update(id(item) for item in (block, *items))
    return kept


_LEAD_IN_WORDS = 4  # at least, in the line that leads a list in, its colon's word counted
_LIST_ITEMS = 2
_LIST_ITEM = lazy_compile(r"(?:\d{1,2}[.)º°]|[•·*▪◦‣–-])\s")


_LIST_REASONS = {"after-story", "related-link", "navigation", "page-chrome"}  # (not a live page's stamps)
_CUT_TITLE_WORDS = 15  # at most, in a link's title the capture's end cut short
_LINK_TITLE_WORDS = 6  # at least, in another story's title right over it
_LINK_TITLE_MAX_WORDS = 22  # at most, in such a title printed whole


def drop_cut_link(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """Move to ``removed`` (as ``after-story``) the capture's last line, cut short, when it is one more of the links to
    other stories listed over it, past the story's prose: right under another story's title (six words or more, no
    sentence's end), itself under a line of the list or its label ("Mais Vistos", "Tempo: seis distritos …", then
    "Greve dos maquinistas afeta combo"; "Relacionadas", "Metrô de superfície terá nova estação …", then "Motoristas
    de aplicativo fazem …"). A paragraph the capture cut short stands under the story's prose, under a subhead (shorter),
    or under a live page's entry and its stamp; one with a comma or a quotation is a sentence, no title."""
    if not units or len(article.blocks) < 2:
        return
    block = article.blocks[-1]
    if block["type"] != "paragraph" or block["lines"][1] != units[-1].last:
        return
    text = block["text"]
    if not _title_shaped(text) or not any(kept["type"] == "paragraph" for kept in article.blocks[:-1]):
        return
    # (more titles over it, kept as paragraphs, right under the list's label: "MÁS NOTICIAS", "La lonja de Bouzamar cierra
    # agosto con un aumento del 12 % en las ventas de pulpo", then the link cut short)
    run = 1
    while (run + 1 < len(article.blocks) and article.blocks[-run - 1]["type"] == "paragraph"
           and _title_shaped(article.blocks[-run - 1]["text"], _LINK_TITLE_MAX_WORDS)
           and len(article.blocks[-run - 1]["text"].split()) >= _LINK_TITLE_WORDS):
        run += 1
    first = article.blocks[-run]
    # The lines over it, nearest first: (text, how it was read).
    over = sorted([(kept["lines"][1], kept["text"], kept["type"]) for kept in article.blocks[:-run]
                   if kept["type"] in ("paragraph", "heading")]
                  + [(item["lines"][1], item["text"].strip(), item["reason"]) for item in doc.removed
                     if item["lines"][1] < first["lines"][0]], reverse=True)[:2]
    if len(over) < 2:
        return
    (_, title, title_kind), (_, label, label_kind) = over
    # (right under the list's label alone, set aside: "LEIA TAMBÉM", "Más información", "MORE FROM GULF LEDGER", then the
    # first link cut short)
    under_label = (title_kind in _LABEL_REASONS and len(title.split()) <= _LABEL_WORDS and title[:1].isalpha()
                   and not title.endswith(_SENTENCE_END) and not title[-1:].isdigit())
    # (a title read as a menu's entry may be the story's subhead, under a list set in the story: "Te recomendamos")
    if not under_label and (title_kind not in ("heading", *_LINK_REASONS) or title.endswith(_SENTENCE_END)
                            or len(title.split()) < _LINK_TITLE_WORDS or label_kind not in ("heading", *_LIST_REASONS)):
        return
    if run > 1 and not under_label:
        return  # (titles kept over the link cut short are links only right under the list's label)
    for kept in article.blocks[-run:]:
        doc.remove_span(kept["lines"][0], kept["lines"][1], kept["text"], "after-story")
    del article.blocks[-run:]


def _title_shaped(text: str, longest: int = _CUT_TITLE_WORDS) -> bool:
    """Whether ``text`` may be a link's title: no sentence's end, no comma or quotation, ``longest`` words at most."""
    return (not text.endswith(_SENTENCE_END) and len(text.split()) <= longest
            and not any(mark in text for mark in _SENTENCE_MARKS))


_SENTENCE_MARKS = (",", "\"", "“", "”", "«", "»", "„")
_LABEL_REASONS = {"related-link", "page-chrome", "after-story"}  # (how a list's label alone is set aside)
_LABEL_WORDS = 4  # at most, in that label ("MORE FROM GULF LEDGER", "Sur le même thème")
_LINK_REASONS = ("after-story", "related-link", "navigation")  # (how another story's title over it is set aside)


_LIVE_STAMPS = {"live-blog-chrome", "timestamp"}
_SITE_NAMED_REACH = 40  # characters: the site's name stands this near a line's start when it speaks of itself
_BREAK_LINES = 2  # lines of the page's chrome, at least, between the story's prose and the site's note
_SHORTEST_SITE_NAME = 5  # characters


def drop_site_notes(site: Optional[str], article: ArticleDraft, doc: DocumentDraft) -> None:
    """Move to ``removed`` (as ``site-notice``) the paragraphs past the story in which the site speaks of itself: its
    name near their start ("Coastline Daily is part of Seaboard Regional Media.", "Die Salzachtaler Rundschau bekennt
    sich …", "Le notizie di NordEst Notizie24 sono anche su Google News"), two lines of the page's chrome or more
    between them and the prose above (an advertisement between two paragraphs of the story is one)."""
    if site is None or len(site) < _SHORTEST_SITE_NAME:
        return
    name = site.casefold()
    removed_starts = sorted(item["lines"][0] for item in doc.removed)
    # (a live page's entry opens under its stamp and its title: "09h15", "Bom dia!", "A Gazeta acompanha ao vivo …")
    entries = sorted(item["lines"][0] for item in doc.removed if item["reason"] in _LIVE_STAMPS)
    previous_end: Optional[int] = None
    dropped = []
    for block in article.blocks:
        if block["type"] != "paragraph":
            continue
        start = block["lines"][0]
        if (previous_end is not None and name in block["text"][:_SITE_NAMED_REACH + len(site)].casefold()
                and block["text"].casefold().find(name) <= _SITE_NAMED_REACH
                and _lines_between(removed_starts, previous_end, start) >= _BREAK_LINES
                and not _lines_between(entries, previous_end, start)):
            dropped.append(block)
            continue
        previous_end = block["lines"][1]
    for block in dropped:
        doc.remove_span(block["lines"][0], block["lines"][1], block["text"], "site-notice")
    if dropped:
        gone = {id(block) for block in dropped}
        article.blocks[:] = [block for block in article.blocks if id(block) not in gone]


def _lines_between(starts: Sequence[int], after: int, before: int) -> int:
    return sum(after < start < before for start in starts)


def drop_paywall_offer(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """Move to ``removed`` (as ``paywall``) the headings and short paragraphs under a paywall's prompt ("Subscribe to
    unlock this article") when the story does not go on under it: the offer ("Explore our full range of
    subscriptions.", "For individuals", "Why The Paper?"), up to a paragraph of prose. The story goes on (as a
    subscriber's copy of the page has it) where two paragraphs of prose, or a long one, follow the prompt; then its
    short lines stay."""
    if not units:
        return
    first, last = units[0].number, units[-1].last
    prose = [(block["lines"][0], len(block["text"].split(None, _LONG_PROSE_WORDS))) for block in article.blocks
             if block["type"] == "paragraph" and first <= block["lines"][0] <= last]
    walls = sorted(item["lines"][0] for item in doc.removed
                   if first <= item["lines"][0] <= last and is_paywall_prompt(item["text"].strip()))
    wall = next((number for number in walls if not _story_goes_on([words for start, words in prose if start > number])),
                None)
    if wall is None:
        return
    # The offer runs from the prompt to the page's other chrome (menus, links to other stories) or to prose: a block
    # of another kind, or a line removed for another reason than the offer's, ends it.
    events = [(block["lines"][0], block) for block in article.blocks if block["lines"][0] > wall]
    events.extend((item["lines"][0], item) for item in doc.removed if wall < item["lines"][0] <= last)
    offer = []
    for _, event in sorted(events, key=lambda event: event[0]):
        if "reason" in event:
            if event["reason"] not in _BESIDE_OFFER:
                break
        elif event["type"] in ("paragraph", "heading") and not _prose_or_cut(event, last):
            offer.append(event)
        else:
            break
    for block in offer:
        doc.remove_span(block["lines"][0], block["lines"][1], block["text"], "paywall")
    if offer:
        gone = {id(block) for block in offer}
        article.blocks[:] = [block for block in article.blocks if id(block) not in gone]


def _prose_or_cut(block: dict[str, Any], last: int) -> bool:
    """Whether ``block`` is a paragraph of prose, or the capture's last line cut short: the story's, not an offer's."""
    text = block["text"]
    if not text.endswith(_SENTENCE_END):
        return block["lines"][1] == last
    return len(text.split(None, PROSE_WORDS)) >= PROSE_WORDS


def _story_goes_on(words: list[int]) -> bool:
    """Whether paragraphs of these word counts (up to one more than ``_LONG_PROSE_WORDS``) are the story's."""
    return (any(count > _LONG_PROSE_WORDS for count in words)
            or sum(count >= PROSE_WORDS for count in words) >= _PROSE_UNDER_PROMPT)


# A line of the offer may be as long as a short paragraph of prose ("See why over a million readers pay to read The
# Paper."), not as a long one, nor as two: past such, the story goes on.
_LONG_PROSE_WORDS = 20
_PROSE_UNDER_PROMPT = 2
# What an offer's lines are removed as, besides: its prices, notes and buttons.
_BESIDE_OFFER = {"paywall", "promo", "site-notice", "page-chrome", "appeal"}


def _unstopped_paragraph(block: Optional[dict[str, Any]]) -> bool:
    """Whether ``block`` is a paragraph of some length without a stop, not in title case: maybe prose, maybe another
    story's title; enough prose to judge a body's short lines by."""
    return (block is not None and block["type"] == "paragraph" and not block["text"].endswith(_SENTENCE_END)
            and len(block["text"].split(None, _SHORT_WORDS)) > _SHORT_WORDS and not title_cased(block["text"]))


def _kind(block: dict[str, Any], last: int) -> str:
    """How ``block`` counts as a neighbour; ``last`` is the capture's last line."""
    if block["type"] not in ("paragraph", "heading"):
        return _NEUTRAL
    text = block["text"]
    words = len(text.split(None, PROSE_WORDS))  # (enough to tell short from long)
    if text.endswith(_SENTENCE_END) or stops_as_prose(text):
        return _GOOD if words >= PROSE_WORDS or block["type"] == "paragraph" else _NEUTRAL
    if words <= _SHORT_WORDS:
        return _SHORT
    # (a line without a stop is a title, whichever block it became, when in title case or no longer than a title;
    # but the capture's last line may be a paragraph it cut short)
    return (_GOOD if block["type"] == "paragraph" and not title_cased(text)
            and (block["lines"][1] == last or len(text.split(None, UNSTOPPED_PROSE_WORDS)) > UNSTOPPED_PROSE_WORDS)
            else _NEUTRAL)


def _sentence_start(text: str) -> bool:
    """Four words or more, most of them in lower case: how a sentence starts, unlike a menu's entry."""
    words = text.split()
    return len(words) >= _SENTENCE_START_WORDS and sum(word[0].islower() for word in words) * 2 >= len(words)


def _nearest_judged(kinds: list[str]) -> list[str]:
    """For each position, the nearest earlier kind that is chrome or prose; before the first, chrome. One pass,
    so that a long run of short lines costs no more than its length."""
    nearest, last = [], _BAD
    for kind in kinds:
        nearest.append(last)
        if kind in (_GOOD, _BAD):
            last = kind
    return nearest
