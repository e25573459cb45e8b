"""The benchmark that reads web pages as text captures: how a page becomes text, and what it scores."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from lxml import html

BENCH = Path(__file__).resolve().parents[2] / "bench"

PAGE = """<html><head><title>Pool plan backed | Valley Courier</title><script>var x = 1;</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Council backs plan for new pool</h1>
<p class="byline">By Jane Roe</p>
<figure><img src="pool.jpg"><figcaption>The common, where the pool will be built, on Monday.
<span class="credit">Photo: Sam Reed</span></figcaption></figure>
<p>The district council met on Thursday evening to discuss the plan for the new swimming pool on the
common, and most councillors spoke in <em>favour</em> of it.</p>
<p>Councillors said they would decide in June, after a second round of public meetings.</p>
<footer>Privacy policy</footer>
</body></html>"""


def _page_captures():  # bench/ is not a package: load the script by path
    spec = importlib.util.spec_from_file_location("page_captures", BENCH / "page_captures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_page_as_the_text_someone_copying_it_gets():
    text = _page_captures().page_text(html.fromstring(PAGE))
    lines = [line for line in text.splitlines() if line]
    assert lines[0] == "Home News"  # inline links on one line; the script is not shown
    assert "Council backs plan for new pool" in lines
    # line ends in the source are spaces; an inline element stays in its paragraph
    assert ("The district council met on Thursday evening to discuss the plan for the new swimming pool on the "
            "common, and most councillors spoke in favour of it.") in lines


def test_a_credit_matches_with_or_without_its_label():
    bench = _page_captures()
    assert bench.credit_matches("Sam Reed", "Photo: Sam Reed")
    assert bench.credit_matches("Photo: Sam Reed", "Photo: Sam Reed")
    assert not bench.credit_matches("Sam", "Photo: Sam Reed")
    assert bench.headline_forms("Pool plan backed | Valley Courier") == {"pool plan backed | valley courier",
                                                                          "pool plan backed"}


def test_the_benchmark_scores_a_folder_of_pages(tmp_path):
    page = tmp_path / "mozilla-readability" / "test-pages" / "pool"
    page.mkdir(parents=True)
    (page / "source.html").write_text(PAGE, encoding="utf-8")
    (page / "expected-metadata.json").write_text(json.dumps({"title": "Council backs plan for new pool",
                                                             "byline": "By Jane Roe"}), encoding="utf-8")
    result = subprocess.run([sys.executable, str(BENCH / "page_captures.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    # each line: the measure's name in 20 columns, then its count
    figures = {line[:20].strip(): line[20:].split()[0] for line in result.stdout.splitlines()}
    assert figures["pages read"] == "1"
    assert figures["captions found"] == "1/1"
    assert figures["credits found"] == "1/1"
    assert figures["headline"] == "1/1"
    assert figures["byline"] == "1/1"
