"""Page chrome: notices a site prints to its reader, however much they read like prose (synthetic lines)."""

import pytest

from convert.readers.capture.chrome import chrome_reason

from .test_generic import SECOND, STORY, article_of, paragraphs, reasons


@pytest.mark.parametrize("text", [
    "Your browser is out of date. Please update your browser to the latest version for the best experience.",
    "We use cookies and similar technologies to improve your experience on our website and to show you advertising.",
    "This article was read aloud by an automated voice. Please tell us what you think of the audio version.",
    "Sign up for our free morning email to get the day's top local stories delivered to your inbox.",
    "This content is hosted by a third party. To view it, please accept the cookies for embedded content.",
    "If you value our reporting, please give what you can to keep local news free for everyone.",
    "Vous devez accepter les cookies pour voir ce contenu sur notre site et votre navigateur.",
])
def test_a_notice_to_the_reader_about_the_page_is_chrome(text):
    assert chrome_reason(text) is not None


@pytest.mark.parametrize("text", [
    "The company said users could delete their account on the app's website from next week.",
    '"We will update our website and the app so that you can find the new stories," the mayor said.',
    "“You can read the article on our website,” she told reporters after the council meeting.",
    "We are going to build the pool, the mayor said, and our town will be better for it.",
])
def test_a_story_that_mentions_the_web_or_quotes_someone_is_not(text):
    assert chrome_reason(text) is None


def test_a_banner_above_the_headline_leaves_the_headline_and_first_paragraph_alone():
    banner = "Your browser is out of date. Please update your browser to the latest version for the best experience."
    document, article = article_of(f"{banner}\n\nCouncil to decide on pool plan\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)[banner] == "site-notice"
