"""A reader and a writer installed from outside the package (by pip, offline) work end to end."""

import json
import os
import subprocess
import sys

import pytest

from tests.paths import REPO, TESTS

PLUGINS = TESTS / "plugins"
SAMPLE = REPO / "samples" / "am1-article-publisher.txt"
STORY = """%STORY
Title: Harbour council approves new ferry timetable
By: Morag Campbell
Date: 2024-03-05

The harbour council voted on Tuesday to add two evening sailings
to the summer timetable.

Sailings will start in May, the council said.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Both test plugins really installed into a folder of their own."""
    pytest.importorskip("hatchling", reason="installing the plugins offline needs hatchling")
    target = tmp_path_factory.mktemp("plugin-site")
    for plugin in ("wordcount", "story"):
        result = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation",
                                 "--no-index", "--target", str(target), str(PLUGINS / plugin)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-2000:]
    return target


def newsconv(*args, site=None, cwd=None):
    paths = [str(REPO)] + ([str(site)] if site else [])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    return subprocess.run([sys.executable, "-m", "convert", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd or REPO)


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "ferry.story"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_plugins_show_up_in_formats(site):
    result = newsconv("formats", "--json", site=site)
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert [r["name"] for r in listing["readers"]] == ["ninjs", "json", "markdown", "newsml", "jats", "epub", "html", "capture", "story"]
    assert [w["name"] for w in listing["writers"]] == ["json", "newsml", "jats", "epub", "md", "ninjs", "wordcount"]
    story_reader = listing["readers"][-1]
    assert story_reader["extensions"] == [".story"] and story_reader["options"][0]["name"] == "language"
    assert listing["writers"][-1]["options"][0]["choices"] == ["words", "characters"]
    text = newsconv("formats", site=site).stdout
    assert "--story-language" in text and "--wordcount-count {words,characters}" in text


def test_plugin_library_api(site):
    code = ("import convert.readers as r, convert.writers as w; print(r.names(), w.names())")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), str(site)]))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.strip() == ("['ninjs', 'json', 'markdown', 'newsml', 'jats', 'epub', 'html', 'capture', 'story'] "
                                     "['json', 'newsml', 'jats', 'epub', 'md', 'ninjs', 'wordcount']")


def test_plugin_reader_is_guessed_and_feeds_every_writer(site, story, tmp_path):
    out = tmp_path / "out"
    result = newsconv("convert", story, "--to", "json,jats,wordcount", "-o", out, "-q", site=site)
    assert result.returncode == 0, result.stderr
    document = json.loads((out / "ferry.json").read_text(encoding="utf-8"))
    article = document["articles"][0]
    assert document["capture"]["layout"] == "story" and article["byline"] == "Morag Campbell"
    assert [b["text"] for b in article["blocks"]][1] == "Sailings will start in May, the council said."
    assert "<article-title>Harbour council approves new ferry timetable</article-title>" in \
        (out / "ferry.jats.xml").read_text(encoding="utf-8")
    headline, words = (out / "ferry.words.tsv").read_text(encoding="utf-8").rstrip("\n").split("\t")
    assert headline.startswith("Harbour council") and int(words) == 23


def test_plugin_reader_by_name_and_its_option(site, story, tmp_path):
    renamed = tmp_path / "ferry.txt"  # the name says capture; the content and --from say story
    renamed.write_text(STORY, encoding="utf-8")
    result = newsconv("parse", renamed, "--from", "story", "--story-language", "en", "-o", "-", site=site)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["language"] == "en"


def test_plugin_writer_option(site, tmp_path):
    result = newsconv("convert", SAMPLE, "--to", "wordcount", "--wordcount-count", "characters", "-o", "-",
                      site=site)
    assert result.returncode == 0, result.stderr
    by_words = newsconv("convert", SAMPLE, "--to", "wordcount", "-o", "-", site=site).stdout
    assert int(result.stdout.split("\t")[1]) > 4 * int(by_words.split("\t")[1])


def test_all_formats_include_plugins(site, tmp_path):
    result = newsconv("convert", SAMPLE, "--to", "all", "-o", tmp_path, "-q", site=site)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "am1-article-publisher.words.tsv").exists()
    assert (tmp_path / "am1-article-publisher.newsml.xml").exists()


def test_without_the_plugins_their_formats_are_unknown(story, tmp_path):
    result = newsconv("convert", SAMPLE, "--to", "wordcount", "-o", tmp_path)
    assert result.returncode == 2 and "unknown format 'wordcount'" in result.stderr
    result = newsconv("parse", story, "--from", "story", "-o", tmp_path)
    assert result.returncode == 2 and "unknown reader 'story'" in result.stderr


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory):
    """The working plugins and a package of broken ones, really installed."""
    pytest.importorskip("hatchling", reason="installing the plugins offline needs hatchling")
    target = tmp_path_factory.mktemp("broken-plugin-site")
    for plugin in ("wordcount", "broken"):
        result = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation",
                                 "--no-index", "--target", str(target), str(PLUGINS / plugin)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-2000:]
    return target


def test_broken_plugins_are_named_and_left_out_and_the_rest_works(broken_site, tmp_path):
    listed = newsconv("formats", site=broken_site)
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    assert "wordcount" in listed.stdout
    for name in ("noext", "nowrite", "crashes", "badsniff"):
        assert name not in listed.stdout
        assert f"plugin {name!r}" in listed.stderr, name
    out = tmp_path / "out"
    converted = newsconv("convert", SAMPLE, "--to", "all", "-o", out, site=broken_site)
    assert converted.returncode == 0, converted.stderr
    assert "Traceback" not in converted.stderr and "warning: the writer plugin 'noext'" in converted.stderr
    assert sorted(p.name.split(".", 1)[1] for p in out.iterdir()) == \
        ["epub", "jats.xml", "json", "md", "newsml.xml", "ninjs.json", "words.tsv"]
