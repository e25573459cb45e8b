"""Every writer, on any valid document: output valid for its format, deterministic, and Markdown reads back."""

from __future__ import annotations


import pytest
from hypothesis import given
from hypothesis import strategies as st


from tests.fuzz import format_checks as checks  # noqa: E402
from tests.fuzz import strategies as S  # noqa: E402
from tests.documents import all_documents  # noqa: E402
from tests.fuzz.known_bugs import holds  # noqa: E402
from tests.fuzz.profiles import examples  # noqa: E402

import convert  # noqa: E402


@examples(15)
@given(document=S.documents())
def test_generated_documents_are_valid(document: dict) -> None:
    assert convert.validate(document) == []


@pytest.mark.parametrize("format", checks.WRITERS)
@examples(10)
@given(document=S.documents())
def test_every_writer_gives_valid_output(format: str, document: dict) -> None:
    holds(checks.write_and_check, document, format)


@pytest.mark.parametrize("format", checks.WRITERS)
@examples(5)
@given(document=S.documents(hostile=True))
def test_writers_survive_what_a_format_cannot_carry(format: str, document: dict) -> None:
    """U+0000 and lone surrogates are valid in a document; a writer drops or replaces them, it never crashes."""
    holds(checks.write_and_check, document, format)


@pytest.mark.parametrize("format", checks.BUNDLE_WRITERS)
@examples(4)
@given(documents=st.lists(S.documents(max_articles=2), min_size=1, max_size=3))
def test_bundles_are_valid(format: str, documents: list) -> None:
    holds(checks.bundle_and_check, documents, format)


@pytest.mark.parametrize("format", checks.WRITERS)
@pytest.mark.parametrize("name", sorted(all_documents()))
def test_hand_built_documents_pass_the_same_checks(format: str, name: str) -> None:
    checks.write_and_check(all_documents()[name], format)


def test_the_checks_can_fail() -> None:
    """The format checks reject what they should (so a passing property means something)."""
    import io
    import zipfile

    with pytest.raises(checks.PropertyViolation, match="newsml-not-well-formed"):
        checks.check_newsml(b"<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'><a></newsItem>")
    with pytest.raises(checks.PropertyViolation, match="newsml-root"):
        checks.check_newsml(b"<newsItem/>")
    with pytest.raises(checks.PropertyViolation, match="jats-not-well-formed"):
        checks.check_jats(b"<article><p xlink:href='x'/></article>")
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip")
    with pytest.raises(checks.PropertyViolation, match="epub-mimetype-entry"):
        checks.check_epub(stream.getvalue())
    document = all_documents()["article"]
    changed = checks.markdown_expected(document)
    changed["articles"][0]["blocks"][0]["text"] = "Something else."
    with pytest.raises(checks.PropertyViolation, match=r"md-round-trip \$\.articles\.blocks\.text"):
        checks.check_markdown(changed, convert.write(document, "md", front_matter="full"))
