"""Synthetic captures in the aggregator's layouts, made up from scratch, for benchmarks.

Every capture is generated from its number alone (a seeded ``random.Random``):
the same number always gives the same bytes, different numbers give different
text. None of it comes from a real page; places, people and publishers are
invented from small word lists below.

Layouts, by ``number % 10``:

* 0-4 ``am1-article``: the masthead and sponsor header, ``back``, ``topic``,
  then the publisher twice and a date (0, 1, 2), an author line (3) or nothing
  (4); a ``NextImg:`` headline; paragraphs with a dateline, subheadings, a
  bulleted list, one or two photo captions and some page chrome.
* 5-6 ``am1-digest``: the same header, the digest's publisher twice and its
  date, then ``#tag`` lines and items (``Publisher: Headline``, the headline
  again, summary paragraphs).
* 7-8 ``am1-legacy-article``: the older rendering (location widget and first
  sponsor on one line, no ``back``, no blank lines); one capture in a hundred
  (numbers ending in 07) is cp1252 with CRLF line ends, as some old captures are.
* 9 ``am1-legacy-digest``: a digest in the older rendering.

Each capture is about ``size`` bytes of UTF-8 (default 5,000; a little more or
less, as pages are).

From a shell::

    python bench/synthetic.py DIR [--n 1000] [--size 5000]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Callable, Iterator

LAYOUTS = ("am1-article",) * 5 + ("am1-digest",) * 2 + ("am1-legacy-article",) * 2 + ("am1-legacy-digest",)
DEFAULT_SIZE = 5000

PLACES = ("Kelden", "Ashby Cross", "Port Marrow", "Linwick", "Orrin Vale", "Stoneholt", "Barrowmere", "Caddon",
          "Elsworth Bay", "Fennick", "Glasmoor", "Hollin", "Inverlane", "Jarrow Point", "Kestle", "Mirefield",
          "Nethercombe", "Oakhurst", "Penrose Quay", "Saltmarsh", "Tillingford", "Upper Dunmore", "Westerleigh",
          "Ystrad Fawr", "Zennor Sands", "Bélanger", "São Mirel", "Øresby")
REGIONS = ("Islay", "Northshire", "the Downs", "Westmark", "the Fens", "Eastvale", "Lowmoor", "the Borders")
FIRST_NAMES = ("Dana", "Iain", "Morag", "Priya", "Tomasz", "Aoife", "Kwame", "Lena", "Rafael", "Ines", "Jonas",
               "Mei", "Oluwaseun", "Freya", "Hamid", "Beatriz", "Callum", "Siobhán", "Yusuf", "Noémie", "Erik")
LAST_NAMES = ("Whitfield", "Bell", "Reid", "Anand", "Kowalski", "Byrne", "Mensah", "Vogel", "Ortega", "Lindqvist",
              "Chen", "Adeyemi", "Haldane", "Rahimi", "Carvalho", "Mackie", "Ní Bhriain", "Demir", "Laurent", "Sand")
PUBLISHERS = ("Harbour Gazette", "Valley Courier", "Northern Herald", "Hill Times", "Market Ledger",
              "Coastal Post", "Town Crier", "Daily Stand", "Riverside Chronicle", "Moorland Echo",
              "Island Record", "Western Bugle")
DIGEST_PUBLISHERS = ("America One News", "America First News", "Morning Roundup", "Regional Digest")
SITES = ("THE AMERICA ONE NEWS", "THE MORNING ROUNDUP NEWS", "THE REGIONAL DIGEST DAILY")
ROLES = ("Science Reporter", "Local Government Correspondent", "Transport Editor", "Staff Writer",
         "Environment Reporter", "Business Correspondent")
TAGS = ("politics", "economy", "weather", "sport", "transport", "health", "education", "environment", "culture")
AGENCIES = ("Pool", "Handout", "File", "Staff Photo")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

SUBJECTS = ("the council", "the harbour board", "the ferry operator", "volunteers", "the school governors",
            "residents", "the health trust", "local traders", "the bus company", "the water authority",
            "the library service", "the planning committee", "farmers", "the fire service", "the museum trust")
VERBS = ("approved", "rejected", "postponed", "announced", "reviewed", "questioned", "welcomed", "funded",
         "delayed", "extended", "criticised", "proposed", "completed", "published", "defended")
OBJECTS = ("a plan to widen the coast road", "the winter timetable", "new moorings at the quay",
           "a survey of wintering geese", "a budget for road repairs", "longer opening hours",
           "a footbridge over the river", "a scheme to plant hedgerows", "the closure of a branch surgery",
           "a new bus route to the station", "repairs to the sea wall", "a festival in the market square",
           "a review of parking charges", "flood defences on the north shore", "a bid for lottery funding")
TAILS = ("after months of debate", "at a packed meeting on Tuesday", "despite objections from neighbours",
         "ahead of the spring", "two years later than planned", "to the surprise of many", "by a narrow vote",
         "following a public consultation", "in a statement on Wednesday", "after a stormy winter",
         "for the third year running", "with support from both parties")
QUOTES = ("We have listened to everyone who wrote to us", "It was worth the wait", "This is a good day for the town",
          "Nobody wanted it to come to this", "The figures speak for themselves", "We will keep pressing for more",
          "It cuts twenty minutes off my journey", "There is still a lot of work to do")
HEADINGS = ("What happens next", "How the vote went", "Why it matters", "The numbers", "Reaction", "Background",
            "What residents said", "A long road")
CHROME = ("Advertisement", "Recommended Stories", "Share this article", "Read more", "Related Stories")
LIST_ITEMS = ("Milder weather on the feeding grounds", "Less disturbance from boats", "A new roost on the north shore",
              "Two extra sailings each week", "Lower fees for local boats", "A later last bus on Fridays",
              "More staff at weekends", "A review in the autumn", "New lighting on the path")


class Writer:
    """Builds one capture's lines from a seeded generator."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.random = random.Random(number * 7919 + 17)

    def pick(self, options: tuple[str, ...]) -> str:
        return self.random.choice(options)

    def person(self) -> str:
        return f"{self.pick(FIRST_NAMES)} {self.pick(LAST_NAMES)}"

    def date(self, year: int) -> tuple[int, str, int]:
        return self.random.randint(1, 28), self.pick(MONTHS), year

    def sentence(self) -> str:
        kind = self.random.random()
        if kind < 0.15:
            return f"“{self.pick(QUOTES)},” said {self.person()}, who lives in {self.pick(PLACES)}."
        if kind < 0.25:
            count = self.random.randint(2, 40) * 50
            return f"About {count:,} people {self.pick(('signed a petition', 'attended', 'replied to the survey'))}."
        subject = self.pick(SUBJECTS)
        return f"{subject[0].upper() + subject[1:]} {self.pick(VERBS)} {self.pick(OBJECTS)} {self.pick(TAILS)}."

    def paragraph(self, sentences: int = 0) -> str:
        return " ".join(self.sentence() for _ in range(sentences or self.random.randint(2, 5)))

    def headline(self) -> str:
        subject = self.pick(SUBJECTS)
        return f"{subject[0].upper() + subject[1:]} {self.pick(VERBS)} {self.pick(OBJECTS)} in {self.pick(PLACES)}"

    def caption(self) -> str:
        day, month, year = self.date(2025)
        place = self.pick(PLACES)
        if self.random.random() < 0.5:
            credit = f"{self.person()}/{self.pick(PUBLISHERS + AGENCIES)}"
            return f"File: Crowds gather on the quay at {place}, {month} {day}, {year}. ({credit})"
        return f"The new path at {place} seen at dawn, {month} {day}, {year}. Photo: {self.pick(PUBLISHERS)}"

    def body(self, budget: int, blank: bool) -> list[str]:
        """Article body lines (with blank separators when ``blank``) until ``budget`` characters are used."""
        lines: list[str] = []
        place = self.pick(PLACES).upper()
        first = f"{place}, {self.pick(REGIONS)} — {self.paragraph(3)}"
        lines.append(first)
        used = len(first)
        listed = captioned = False
        while used < budget:
            roll = self.random.random()
            if roll < 0.08:
                line = self.pick(HEADINGS)
            elif roll < 0.12:
                line = self.pick(CHROME)
            elif roll < 0.18 and not captioned:
                line, captioned = self.caption(), True
            elif roll < 0.22 and not listed:
                items = self.random.sample(LIST_ITEMS, self.random.randint(2, 4))
                line, listed = "\n".join(f"  • {item}" for item in items), True
            else:
                line = self.paragraph()
            lines.append(line)
            used += len(line) + 1
        lines.append(self.paragraph(2))
        return _spaced(lines) if blank else lines


def _spaced(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        out.extend([line, ""])
    return out[:-1]


def _header(w: Writer, legacy: bool) -> list[str]:
    day, month, year = w.date(2025)
    site = w.pick(SITES)
    if legacy:
        return ["", site, "", f"{month} {day}, {year} |", "0", "| Remer,MNSponsor: QWIKET", "Sponsor: QWIKET",
                "Sponsor: QWIKET: Sports Knowledge", "topic"]
    return [site, f"{month} {day}, {year}  |  ", "0", " | Remer,MN", "Sponsor:  QWIKET ", "Sponsor:  QWIKET ",
            "Sponsor:  QWIKET: Elevate your fantasy game! Interactive Sports Knowledge.", "back  ", "topic"]


def article(w: Writer, size: int) -> list[str]:
    lines = _header(w, legacy=False)
    variant = w.number % 5
    day, month, year = w.date(2025)
    if variant <= 2:
        publisher = w.pick(PUBLISHERS)
        lines += [publisher, publisher, f"{day} {month} {year}", "", ""]
    elif variant == 3:
        lines += [f"{w.person()}, {w.pick(ROLES)}", "", ""]
    else:
        lines += ["", ""]
    lines += [f"NextImg:{w.headline()}", ""]
    lines += w.body(size - sum(len(line) + 1 for line in lines) - 120, blank=True)
    return lines


def legacy_article(w: Writer, size: int) -> list[str]:
    lines = _header(w, legacy=True)
    day, month, year = w.date(2024)
    lines += [w.pick(PUBLISHERS), f"{day} {month} {year}"]
    lines += w.body(size - sum(len(line) + 1 for line in lines) - 120, blank=False)
    return lines


def digest(w: Writer, size: int, legacy: bool) -> list[str]:
    lines = _header(w, legacy)
    day, month, year = w.date(2024 if legacy else 2025)
    publisher = w.pick(DIGEST_PUBLISHERS)
    lines += [publisher] if legacy else [publisher, publisher]
    lines += [f"{day} {month} {year}"] + ([] if legacy else [""])
    used = sum(len(line) + 1 for line in lines)
    tags = list(TAGS)
    w.random.shuffle(tags)
    while used < size - 200:
        group = [f"#{tags.pop()}"] if tags and w.random.random() < 0.5 else []
        for _ in range(w.random.randint(1, 3)):
            headline = w.headline()
            item = [f"{w.pick(PUBLISHERS)}: {headline}"] + ([] if legacy else [headline])
            item += [w.paragraph() for _ in range(w.random.randint(1, 3))]
            group += item if legacy else _spaced(item) + ["", ""]
        lines += group
        used += sum(len(line) + 1 for line in group)
    return lines


BUILDERS: dict[str, Callable[[Writer, int], list[str]]] = {
    "am1-article": article,
    "am1-digest": lambda w, size: digest(w, size, legacy=False),
    "am1-legacy-article": legacy_article,
    "am1-legacy-digest": lambda w, size: digest(w, size, legacy=True),
}


def layout_of(number: int) -> str:
    return LAYOUTS[number % len(LAYOUTS)]


def capture(number: int, size: int = DEFAULT_SIZE) -> bytes:
    """The bytes of synthetic capture ``number`` (about ``size`` bytes)."""
    layout = layout_of(number)
    text = "\n".join(BUILDERS[layout](Writer(number), size)) + "\n"
    if layout == "am1-legacy-article" and number % 100 == 7:  # a few old pages are cp1252 with CRLF
        return text.replace("\n", "\r\n").encode("cp1252", errors="replace")
    return text.encode("utf-8")


def capture_name(number: int) -> str:
    return f"{layout_of(number)}-{number:06d}.txt"


def write_captures(folder: Path, count: int, size: int = DEFAULT_SIZE, start: int = 0) -> list[Path]:
    """Write captures ``start`` .. ``start + count - 1`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / capture_name(number)
        path.write_bytes(capture(number, size))
        paths.append(path)
    return paths


def captures(count: int, size: int = DEFAULT_SIZE) -> Iterator[tuple[str, bytes]]:
    """``(name, bytes)`` of the first ``count`` captures, made one at a time."""
    for number in range(count):
        yield capture_name(number), capture(number, size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write synthetic aggregator captures.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="number of captures (default 1000)")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="approximate bytes per capture")
    args = parser.parse_args(argv)
    write_captures(args.folder, args.n, args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
