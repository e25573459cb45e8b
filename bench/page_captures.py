#!/usr/bin/env python3
"""Measure the capture reader on real web pages turned into text captures.

usage: python bench/page_captures.py HTML_DIR [--capture-bytes N] [--show-misses] [--limit N]

A text capture is what someone gets by selecting a whole news page and copying it: every block of the page
on its own line, menus, share buttons and footers included. This renders each saved page of HTML_DIR
(``mozilla-readability/test-pages/*/source.html`` and ``trafilatura/pages/*``, as in html_accuracy.py) that
way, reads the text with the capture reader (never with the HTML reader) and scores two things the pages'
own markup or annotations know:

- captions: every ``<figcaption>`` of three words or more, found when the start of a figure block's caption is in
  it; when an element inside the figcaption is marked as the credit (a class naming credit, copyright,
  photographer or source), also the credit: the figure's credit must be that element's text, or that text
  without its label ("Photo:", "Foto:", "©", "Photo by" ...);
- body: trafilatura's ``with`` fragments that must be in the article's text, and ``without`` fragments that
  must not (boilerplate), whitespace-normalised substring tests on the body's paragraphs, headings, lists,
  quotes and captions;
- headline, byline and first paragraph, on readability's pages: the title and byline of its expected
  metadata (the byline where the text holds it, without a leading "By"; the title with or without
  a site's name after a bar or dash), and the first paragraph of its expected article that reads as prose
  (twelve words or more, ending as a sentence ends), against the reader's headline and first paragraph
  block (exact after spaces are evened, case ignored); where the title is not in the text, the reader
  should give no headline, as the corpus's gold does.

``--capture-bytes 2000`` cuts each page's text after 2,000 bytes (at a character's end), as the captures
of the dev corpus were cut; then only what lies wholly inside the cut is scored.

The pages are many sites and languages the reader's rules were never written against, so the figures tell
how the rules carry over; they are not the corpus's gold annotations (markup credits are sometimes wrong,
and trafilatura's fragments were chosen for HTML extraction).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional

from lxml import html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import convert  # noqa: E402
from convert.errors import NewsconvError  # noqa: E402

# Elements a browser lays out as blocks: copying the page puts each on its own line.
_BLOCKS = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
           "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
           "pre", "section", "table", "td", "th", "tr", "ul"}
# Elements whose text is not shown on the page.
_HIDDEN = {"head", "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "button"}
_WHITESPACE = re.compile(r"\s+")
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|attribution|source|courtesy", re.I)
# (a label with "by" too: "Photo by Jane Roe" credits Jane Roe, as "Photo: Jane Roe" does)
_CREDIT_LABEL = re.compile(r"^(?:[([]\s*)?(?:(?:photo|image|picture|foto|bild|credit|quelle|source|crédit|imagen|©)"
                           r"\w*(?:\s+by\b)?\s*:?\s*)+", re.I)


def page_text(root: html.HtmlElement) -> str:
    """The page's visible text, a block to a line, blank lines between blocks."""
    parts: list[str] = []

    def flow(text: Optional[str]) -> str:  # line ends in the HTML source are spaces on the page
        return _WHITESPACE.sub(" ", text or "")

    def walk(element: html.HtmlElement, pre: bool = False) -> None:
        if not isinstance(element.tag, str) or element.tag in _HIDDEN:
            parts.append(element.tail if pre else flow(element.tail))
            return
        block = element.tag in _BLOCKS
        pre = pre or element.tag == "pre"
        parts.append("\n" if block else "")
        parts.append((element.text or "") if pre else flow(element.text))
        for child in element:
            walk(child, pre)
        parts.append("\n" if block else "")
        parts.append((element.tail or "") if pre and element.tag != "pre" else flow(element.tail))

    body = root.find("body")
    walk(body if body is not None else root)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def figcaptions(root: html.HtmlElement) -> Iterator[tuple[str, Optional[str]]]:
    """(the figcaption's text, its marked-up credit or None)."""
    for caption in root.iter("figcaption"):
        text = " ".join(" ".join(caption.itertext()).split())
        if len(text.split()) < 3:
            continue
        marked = next((e for e in caption.iterdescendants() if isinstance(e.tag, str)
                       and _CREDIT_CLASS.search(e.get("class") or "")), None)
        credit = " ".join(" ".join(marked.itertext()).split()) if marked is not None else None
        yield text, (credit if credit and credit != text else None)


def norm(text: Optional[str]) -> str:
    return " ".join((text or "").replace("\u00a0", " ").split()).lower()


def credit_matches(found: Optional[str], marked: str) -> bool:
    found, marked = norm(found), norm(marked)
    if not found:
        return False
    bare = _CREDIT_LABEL.sub("", marked).rstrip(" )]")
    return found in (marked, marked.strip("()[] "), bare)


_PROSE_WORDS = 12


def expected_article(page: Path) -> dict:
    """Readability's title and the first prose paragraph of its expected article, where the page has them."""
    metadata, article = page.parent / "expected-metadata.json", page.parent / "expected.html"
    expected: dict = {}
    if metadata.is_file():
        declared = json.loads(metadata.read_text(encoding="utf-8"))
        expected["headline"], expected["byline"] = declared.get("title"), declared.get("byline")
    if article.is_file():
        for paragraph in html.fromstring(article.read_bytes()).iter("p"):
            text = " ".join(" ".join(paragraph.itertext()).split())
            if len(text.split()) >= _PROSE_WORDS and text.endswith((".", "!", "?", '"', "”", "’", "»", "“")):
                expected["first_paragraph"] = text
                break
    return expected


_BY = re.compile(r"^by\s+")  # readability keeps the word before the name, newsconv does not
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def headline_forms(title: str) -> set[str]:
    """The page's title, and the same without the site's name after a bar or dash ("Headline | Site")."""
    forms = {norm(title)}
    forms.add(norm(_SITE_SUFFIX.sub("", title)))
    return forms


def pages(folder: Path) -> Iterator[tuple[str, Path, dict]]:
    for source in sorted(folder.glob("mozilla-readability/test-pages/*/source.html")):
        yield source.parent.name, source, expected_article(source)
    evaldata = folder / "trafilatura" / "evaldata.json"
    if evaldata.is_file():
        for entry in sorted(json.loads(evaldata.read_text(encoding="utf-8")).values(), key=lambda e: e["file"]):
            yield entry["file"], folder / "trafilatura" / "pages" / entry["file"], entry


def body_text(document: dict) -> str:
    texts = []
    for article in document["articles"]:
        for block in article["blocks"]:
            texts.extend(str(block[key]) for key in ("text", "caption") if block.get(key))
            texts.extend(block.get("items") or [])
    return norm(" ".join(texts))


def score_captions(name: str, document: dict, on_page: list[tuple[str, Optional[str]]],
                   in_capture: list[tuple[str, Optional[str]]], counts: Counter[str], misses: list[str]) -> None:
    """Figcaptions found as figures (with their marked credits), and figures that are figcaptions."""
    figures = [(norm(b["caption"]), b["credit"]) for a in document["articles"] for b in a["blocks"]
               if b["type"] == "figure"]
    if on_page:  # pages without any have their pictures' captions elsewhere, or none
        for text, _ in figures:
            counts["figures"] += 1
            counts["figures_figcaption"] += any(text[:60] in norm(caption) for caption, _ in on_page)
    for caption, marked in in_capture:
        found = [credit for text, credit in figures if text and text[:60] in norm(caption)]
        counts["captions"] += 1
        counts["captions_found"] += bool(found)
        credited = marked is None or any(credit_matches(credit, marked) for credit in found)
        if marked is not None:
            counts["credits"] += 1
            counts["credits_found"] += credited
        if not found or not credited:
            misses.append(f"{name}: caption {caption[-80:]!r} / {marked!r}: got {found[:1]}")


def score_fields(name: str, article: dict, expected: dict, inside: str, counts: Counter[str], misses: list[str]) -> None:
    """Headline (or none, where the title is not in the text), byline and first paragraph."""
    if expected.get("headline"):
        got, titles = norm(article["headline"]), headline_forms(expected["headline"])
        field = "headline" if any(title in inside for title in titles) else "no_headline"
        tally(name, field, got, sorted(titles)[0], (got in titles) if field == "headline" else not got, counts, misses)
    if (want := _BY.sub("", norm(expected.get("byline")))) and want in inside:
        got = _BY.sub("", norm(article["byline"]))
        tally(name, "byline", got, want, got == want, counts, misses)
    if (want := norm(expected.get("first_paragraph"))) and want in inside:
        got = norm(next((b["text"] for b in article["blocks"] if b["type"] == "paragraph"), None))
        tally(name, "first_paragraph", got, want, got == want, counts, misses)


def tally(name: str, field: str, got: str, want: str, right: bool, counts: Counter[str], misses: list[str]) -> None:
    counts[field] += 1
    counts[field + "_right"] += right
    if not right:
        misses.append(f"{name}: {field}: got {got[:80]!r}, want {want[:80]!r}")


def score_fragments(name: str, document: dict, fragments: dict, inside: str, counts: Counter[str],
                    misses: list[str]) -> None:
    """trafilatura's fragments: those of the article kept, those of the page around it dropped."""
    if fragments.get("with") is None:
        return
    body = body_text(document)
    for fragment in (norm(f) for f in fragments.get("with", [])):
        if fragment in inside:
            counts["with"] += 1
            counts["with_kept"] += fragment in body
            if fragment not in body:
                misses.append(f"{name}: body fragment lost: {fragment[:80]!r}")
    for fragment in (norm(f) for f in fragments.get("without", [])):
        if fragment in inside:
            counts["without"] += 1
            counts["without_dropped"] += fragment not in body
            if fragment in body:
                misses.append(f"{name}: boilerplate kept: {fragment[:80]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html_dir", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--capture-bytes", type=int, default=0, help="cut each page's text after N bytes")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    misses: list[str] = []
    for number, (name, path, fragments) in enumerate(pages(args.html_dir)):
        if args.limit and number >= args.limit:
            break
        try:
            root = html.fromstring(path.read_bytes())
        except (OSError, ValueError) as err:
            misses.append(f"{name}: not read: {err}")
            continue
        text = page_text(root)
        if args.capture_bytes:
            text = text.encode("utf-8")[:args.capture_bytes].decode("utf-8", "ignore")
        inside = norm(text)
        try:
            document = convert.parse_bytes(text.encode("utf-8"), name + ".txt", format="capture")
        except NewsconvError as err:
            counts["errors"] += 1
            misses.append(f"{name}: ERROR {err}")
            continue
        counts["pages"] += 1
        on_page = list(figcaptions(root))
        in_capture = [(caption, marked) for caption, marked in on_page if norm(caption)[:40] in inside]
        score_captions(name, document, on_page, in_capture if args.capture_bytes else on_page, counts, misses)
        score_fields(name, document["articles"][0], fragments, inside, counts, misses)
        score_fragments(name, document, fragments, inside, counts, misses)
    if args.show_misses:
        print("\n".join(misses))

    def share(part: str, whole: str) -> str:
        return f"{counts[part]}/{counts[whole]} {100 * counts[part] / max(counts[whole], 1):.1f}%"

    print(f"pages read          {counts['pages']} ({counts['errors']} errors)")
    print(f"captions found      {share('captions_found', 'captions')}")
    print(f"credits found       {share('credits_found', 'credits')} (marked up as credits)")
    print(f"figures captioned   {share('figures_figcaption', 'figures')} (figures that are a figcaption, on pages "
          "that have them)")
    print(f"headline            {share('headline_right', 'headline')} (readability pages whose title is in the text)")
    print(f"no headline         {share('no_headline_right', 'no_headline')} (the others: the reader gives none)")
    print(f"byline              {share('byline_right', 'byline')} (readability pages whose byline is in the text)")
    print(f"first paragraph     {share('first_paragraph_right', 'first_paragraph')} (readability pages)")
    print(f"body fragments kept {share('with_kept', 'with')}")
    print(f"boilerplate dropped {share('without_dropped', 'without')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
