#!/usr/bin/env python3
"""Would jusText's paragraph classes sort page residue from article text better than the capture reader's rules?

usage: python bench/justext_compare.py CORPUS_DIR [--split all|train|check]

For each generic page in CORPUS_DIR (``raw/``, ``gold/``, ``manifest.jsonl``, as for ``accuracy.py``), every
line becomes a paragraph for jusText (with the stop-word list of the page's language). Counted: the gold
boilerplate lines jusText classes ``bad`` and those the reader keeps out of the body; and the article
paragraphs (the gold first paragraph and every paragraph the reader keeps that is not gold boilerplate)
that jusText would throw away. Needs ``pip install justext lxml_html_clean``; it is not a dependency.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402
import convert  # noqa: E402

STOPLISTS = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese", "it": "Italian"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", choices=("all", "train", "check"), default="train")
    args = parser.parse_args()
    try:
        import justext
    except ImportError:
        print("jusText is not installed (pip install justext lxml_html_clean)", file=sys.stderr)
        return 1
    site = accuracy.sites(args.corpus)
    counts = dict.fromkeys(("boilerplate", "justext_caught", "reader_caught", "article", "justext_lost"), 0)
    for gold_path in sorted((args.corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        name = gold_path.stem
        if gold["layout"] != "generic" or (args.split != "all" and
                                           accuracy.in_check_set(site.get(name, name)) != (args.split == "check")):
            continue
        raw = args.corpus / "raw" / (name + ".txt")
        text = raw.read_text(encoding="utf-8", errors="replace")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
        classes = {accuracy.norm(p.text): p.class_type
                   for p in justext.justext(page.encode(), justext.get_stoplist(STOPLISTS[accuracy.language_of(text)]))}
        body = set(accuracy.body_texts(convert.parse_file(raw)))
        boilerplate = {accuracy.norm(b) for b in gold.get("boilerplate", [])} - {None}
        for line in boilerplate & classes.keys():
            counts["boilerplate"] += 1
            counts["justext_caught"] += classes[line] == "bad"
            counts["reader_caught"] += line not in body
        for paragraph in ({accuracy.norm(gold.get("first_paragraph"))} | body) - boilerplate - {None}:
            if paragraph in classes:
                counts["article"] += 1
                counts["justext_lost"] += classes[paragraph] == "bad"
    print(f"gold boilerplate lines:      {counts['boilerplate']}")
    print(f"  classed bad by jusText:    {counts['justext_caught']}")
    print(f"  kept out by the reader:    {counts['reader_caught']}")
    print(f"article paragraphs:          {counts['article']}")
    print(f"  classed bad by jusText:    {counts['justext_lost']}  (text jusText would lose)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
