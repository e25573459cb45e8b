"""The JATS bundle streams: the same bytes as the file built whole, documents let go as they are written."""

from __future__ import annotations

import io
from typing import Any, Iterable

import pytest

from convert.writers import _xmltext
from convert.writers.jats import PROLOG, document_parts, languages, sub_article_start, write, write_bundle
from convert.writers.jats.front import custom_meta_group
from convert.writers._xmltext import STEP, escape_attribute
from tests.documents import all_documents, article, document
from tests.samples import captured_documents


ROOT = ('<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" '
        'article-type="news" dtd-version="1.3"')


def whole_bundle(documents: Iterable[dict[str, Any]]) -> bytes:
    """The bundle as the writer built it before it streamed: every document collected, then one list of lines."""
    collected = list(documents)
    lines = [PROLOG, f'{ROOT} xml:lang="{escape_attribute(languages(collected))}">\n'
                     f"{STEP}<front>\n{STEP * 2}<article-meta>\n"]
    custom_meta_group(lines, STEP * 3, [("documents", str(len(collected)), "$")])
    lines.append(f"{STEP * 2}</article-meta>\n{STEP}</front>\n")
    for number, doc in enumerate(collected, start=1):
        lines.append(sub_article_start(STEP, f"doc-{number}", languages([doc])))
        for part in document_parts(STEP * 2, doc, f"doc-{number}-article-"):
            lines.extend(part)
        lines.append(f"{STEP}</sub-article>\n")
    lines.append("</article>\n")
    return "".join(lines).encode("utf-8")


def bundled(documents: Iterable[dict[str, Any]]) -> bytes:
    stream = io.BytesIO()
    write_bundle(documents, stream)
    return stream.getvalue()


def in_language(language: str) -> dict[str, Any]:
    return document(articles=[article(language=language)])


pytestmark = pytest.mark.filterwarnings("ignore::convert.errors.NewsconvWarning")


@pytest.fixture(scope="module")
def inputs() -> list[dict[str, Any]]:
    """The test documents and the documents of every sample capture and corpus capture."""
    return [*all_documents().values(), *captured_documents()]


def test_the_bundle_is_the_file_built_whole(inputs):
    assert bundled(iter(inputs)) == whole_bundle(inputs)
    assert bundled(reversed(inputs)) == whole_bundle(list(reversed(inputs)))


def test_a_spool_on_disk_gives_the_same_bytes(inputs, monkeypatch):
    monkeypatch.setattr(_xmltext, "SPOOL_IN_MEMORY", 1024)  # the sub-articles go to a temporary file almost at once
    assert bundled(inputs) == whole_bundle(inputs)


@pytest.mark.parametrize("found, expected", [(["en", "en"], "en"), (["fr"], "fr"), (["en", "fr", "en"], "mul")])
def test_the_root_language_is_the_one_language_of_every_document_or_mul(found, expected):
    docs = [in_language(language) for language in found]
    assert bundled(docs) == whole_bundle(docs)
    assert f'xml:lang="{expected}">\n  <front>'.encode() in bundled(docs)


def test_a_document_written_in_parts_is_the_same_file():
    for doc in all_documents().values():
        lines = [part for parts in document_parts(STEP, doc, "article-") for part in parts]
        expected = "".join([PROLOG, f'{ROOT} xml:lang="{escape_attribute(languages([doc]))}">\n', *lines,
                            "</article>\n"])
        assert write(doc) == expected.encode("utf-8")
