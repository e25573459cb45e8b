#!/usr/bin/env python3
"""Measure the capture reader against hand-made gold annotations.

usage: python bench/accuracy.py CORPUS_DIR [--split all|train|check] [--by-language] [--show-misses] [--json]

CORPUS_DIR holds ``raw/<name>.txt`` captures and ``gold/<name>.json`` annotations
(layout, site, captured, publisher, published, headline, byline, dateline,
first_paragraph, captions, boilerplate, items for digests), and ``manifest.jsonl``
with each capture's page address. Prints, per layout family, the share of
captures where each field is exactly right, whether any gold boilerplate line
leaks into article text, and digest item recall. ``publisher_named`` counts only
the captures whose text names a publisher. Texts are compared after turning odd
spaces into plain ones and collapsing runs.

The reader's rules are written by hand, not fitted, so the honest measure of how
they generalise is a check set of sites that the rules were never tuned on: a
third of the sites, chosen by a hash of the site's name (``--split check``); the
other two thirds are what the rules may be tuned on (``--split train``). A site
is the page's host, and for the aggregator the original publisher in its
address, so that one publisher's captures are never on both sides.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import convert  # noqa: E402
from convert.errors import NewsconvError  # noqa: E402

FIELDS = ("layout", "site", "captured", "publisher", "published", "headline", "byline", "dateline", "first_paragraph")
_SPACE = re.compile(r"\s+")


def norm(text: Optional[str]) -> Optional[str]:
    if text is None:
        return None
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip() or None


def first_paragraph(article: dict[str, Any]) -> Optional[str]:
    return next((b["text"] for b in article["blocks"] if b["type"] == "paragraph"), None)


def predicted(document: dict[str, Any]) -> dict[str, Optional[str]]:
    capture, articles, digest = document["capture"], document["articles"], document["digest"]
    first = articles[0]
    values = {"layout": capture["layout"], "site": capture["site"], "captured": capture["captured"],
              "first_paragraph": first_paragraph(first)}
    if digest is not None:
        values.update(publisher=digest["publisher"], published=digest["published"], headline=None, byline=None,
                      dateline=None)
    else:
        values.update({k: first[k] for k in ("publisher", "published", "headline", "byline", "dateline")})
    # The gold annotates publication dates; a date-time (a time the page gave with its zone) is right when its day is.
    if values["published"]:
        values["published"] = values["published"][:10]
    return values


def body_texts(document: dict[str, Any]) -> list[str]:
    return [norm(b["text"]) or "" for a in document["articles"] for b in a["blocks"] if b["type"] == "paragraph"]


def leaked(line: str, paragraph: str) -> bool:
    """A boilerplate line shows up as a paragraph, or (if it is long enough to be specific) inside one."""
    if line == paragraph:
        return True
    return (len(line) >= 15 or len(line.split()) >= 3) and re.search(r"(?<!\w)" + re.escape(line) + r"(?!\w)", paragraph) is not None


def site_of(address: str) -> str:
    """The host, or for the aggregator the original publisher named in the page address."""
    parts = urlsplit(address)
    host = re.sub(r"^www\d*\.", "", parts.netloc.lower())
    path = parts.path.split("/")
    if "topic" in path and path.index("topic") + 1 < len(path):
        return host + "/" + path[path.index("topic") + 1]
    return host


def in_check_set(site: str) -> bool:
    return int(hashlib.sha256(site.encode("utf-8")).hexdigest()[:8], 16) % 3 == 0


def sites(corpus: Path) -> dict[str, str]:
    """Capture name -> site, from the corpus manifest (empty when there is none)."""
    manifest = corpus / "manifest.jsonl"
    if not manifest.exists():
        return {}
    records = (json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip())
    return {Path(r["file"]).stem: site_of(r["url"]) for r in records}


# A few very common words per language, enough to tell the corpus's six languages apart; kept here rather than
# taken from the reader so that the measure does not depend on what it measures.
_LANGUAGE_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "was", "for", "on", "with", "said"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "du", "pour", "qui", "sur"},
    "de": {"der", "die", "und", "das", "den", "ist", "nicht", "mit", "sich", "auf", "ein", "eine"},
    "es": {"el", "los", "las", "del", "que", "por", "una", "con", "para", "según", "se", "y"},
    "pt": {"os", "das", "não", "uma", "com", "para", "que", "do", "da", "em", "foi", "são"},
    "it": {"il", "della", "che", "di", "per", "una", "con", "sono", "gli", "nel", "alla", "è"},
}


def language_of(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    counts = {code: sum(w in vocabulary for w in words) for code, vocabulary in _LANGUAGE_WORDS.items()}
    return max(sorted(counts), key=counts.__getitem__)


def family(layout: str) -> str:
    return "generic" if layout == "generic" else "aggregator"


def evaluate(corpus: Path, show: bool, split: str = "all", by_language: bool = False) -> dict[str, Any]:
    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = []
    site = sites(corpus)
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        if split != "all" and in_check_set(site.get(gold_path.stem, gold_path.stem)) != (split == "check"):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = corpus / "raw" / (gold_path.stem + ".txt")
        name = family(gold["layout"])
        if by_language:
            name += "/" + language_of(raw.read_text(encoding="utf-8", errors="replace"))
        group = totals[name]
        try:
            document = convert.parse_file(raw)
        except NewsconvError as err:
            misses.append(f"{gold_path.stem}: ERROR {err}")
            for name in FIELDS:
                group[name][1] += 1
            continue
        values = predicted(document)
        for name in FIELDS:
            ok = norm(values[name]) == norm(gold.get(name))
            group[name][0] += ok
            group[name][1] += 1
            if not ok:
                misses.append(f"{gold_path.stem}: {name}: got {values[name]!r}, want {gold.get(name)!r}")
        if gold.get("publisher") is not None:
            group["publisher_named"][0] += norm(values["publisher"]) == norm(gold["publisher"])
            group["publisher_named"][1] += 1
        texts = body_texts(document)
        leaks = [b for b in gold.get("boilerplate", []) if norm(b) and any(leaked(norm(b), t) for t in texts)]
        group["boilerplate_absent"][0] += not leaks
        group["boilerplate_absent"][1] += 1
        misses.extend(f"{gold_path.stem}: boilerplate leaked: {b!r}" for b in leaks)
        for caption in gold.get("captions", []):
            found = any(norm(b["caption"]) == norm(caption["text"]) and norm(b["credit"]) == norm(caption["credit"])
                        for a in document["articles"] for b in a["blocks"] if b["type"] == "figure")
            group["captions"][0] += found
            group["captions"][1] += 1
            if not found:
                misses.append(f"{gold_path.stem}: caption missed: {caption['text'][:60]!r} / {caption['credit']!r}")
        for index, item in enumerate(gold.get("items", [])):
            articles = document["articles"]
            got = articles[index] if index < len(articles) else None
            for name, value in (("item_headline", got and got["headline"]), ("item_publisher", got and got["publisher"]),
                                ("item_tag", got and (got["tags"] or [None])[0]),
                                ("item_first_paragraph", got and first_paragraph(got))):
                want = item.get(name.removeprefix("item_"))
                ok = norm(value) == norm(want)
                group[name][0] += ok
                group[name][1] += 1
                if not ok:
                    misses.append(f"{gold_path.stem}: item {index} {name}: got {value!r}, want {want!r}")
    if show:
        print("\n".join(misses))
    return {fam: {name: {"right": r, "of": n, "share": round(r / n, 4) if n else None} for name, (r, n) in fields.items()}
            for fam, fields in totals.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", choices=("all", "train", "check"), default="all",
                        help="all captures, the sites the rules may be tuned on, or the held-back check sites")
    parser.add_argument("--by-language", action="store_true", help="figures per family and language")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = evaluate(args.corpus, args.show_misses, args.split, args.by_language)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for fam, fields in sorted(results.items()):
        print(f"\n{fam}")
        for name, figure in fields.items():
            print(f"  {name:22} {figure['right']:3}/{figure['of']:<3} {100 * (figure['share'] or 0):6.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
