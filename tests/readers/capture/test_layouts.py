"""Variants of each layout, built inline, beyond the samples."""

import convert

NB = "\u00a0"
HEADER = (f"THE AMERICA ONE NEWS\nMay 2, 2025 {NB}| {NB}\n0\n{NB}| Remer,MN\nSponsor:{NB} QWIKET{NB}\n"
          f"back{NB}{NB}\ntopic\n")
LEGACY = "THE AMERICA ONE NEWS\nMay 2, 2025 |\n0\n| Remer,MNSponsor: QWIKET\nSponsor: QWIKET\ntopic\n"
BODY = ("The district council met on Thursday evening to discuss the plan for the new swimming pool on the common.\n\n"
        "Councillors said they would decide in June, after a second round of public meetings.\n")


def parse(text):
    return convert.parse_text(text, "inline.txt")


def test_publisher_twice_without_a_date():
    doc = parse(HEADER + "Valley Courier\nValley Courier\n\n\nNextImg:Council to decide on pool in June\n\n" + BODY)
    article = doc["articles"][0]
    assert (article["publisher"], article["published"], article["byline"]) == ("Valley Courier", None, None)
    assert article["headline"] == "Council to decide on pool in June"


def test_headline_right_after_topic():
    doc = parse(HEADER + "NextImg:Council to decide on pool in June\n\n" + BODY)
    article = doc["articles"][0]
    assert article["headline"] == "Council to decide on pool in June" and article["byline"] is None
    assert article["blocks"][0]["text"].startswith("The district council met")


def test_publisher_and_date_then_author_line():
    doc = parse(HEADER + "Valley Courier\nValley Courier\n1 May 2025\nSam Reed\n\n\nNextImg:Pool plan\n\n" + BODY)
    article = doc["articles"][0]
    assert (article["publisher"], article["published"], article["byline"]) == ("Valley Courier", "2025-05-01",
                                                                                "Sam Reed")


def test_digest_without_header_or_tags():
    items = ("Valley Courier: Pool plan goes to a vote\nPool plan goes to a vote\n"
             "The council will vote on the pool plan in June.\n\n\n"
             "Hill Times: Bus lane opens early\nBus lane opens early\nThe new bus lane opened a week early.\n")
    doc = parse(HEADER + "\n" + items)
    assert doc["capture"]["layout"] == "am1-digest"
    assert doc["digest"] == {"publisher": None, "published": None, "field_lines": {}}
    assert [(a["publisher"], a["headline"], a["tags"]) for a in doc["articles"]] == [
        ("Valley Courier", "Pool plan goes to a vote", []), ("Hill Times", "Bus lane opens early", [])]


def test_legacy_digest_without_tags():
    items = ("Valley Courier: Pool plan goes to a vote\nThe council will vote on the pool plan in June, the mayor said.\n"
             "Hill Times: Bus lane opens early\nThe new bus lane opened a week early, to the surprise of drivers.\n")
    doc = parse(LEGACY + items)
    assert doc["capture"]["layout"] == "am1-legacy-digest"
    assert [a["headline"] for a in doc["articles"]] == ["Pool plan goes to a vote", "Bus lane opens early"]


def test_legacy_article_body_lines_with_colons_stay_paragraphs():
    doc = parse(LEGACY + "Northern Herald\n2 May 2025\n"
                "Residents were asked one question: should the pool be built on the common or by the school?\n"
                "Most said the common, according to the council's figures published on Friday morning.\n")
    assert doc["capture"]["layout"] == "am1-legacy-article"
    assert len(doc["articles"]) == 1 and len(doc["articles"][0]["blocks"]) == 2


def test_sponsor_and_relative_time_lines_inside_a_body_are_removed():
    doc = parse(HEADER + "NextImg:Pool plan\n\n" + BODY + "\nSponsored by Acme Bank\n\nUpdated 3 hours ago\n\n"
                "A final paragraph that closes the story about the swimming pool.\n")
    reasons = [r["reason"] for r in doc["removed"] if r["lines"][0] > 9]
    assert reasons == ["sponsor", "live-blog-chrome"]


def test_generic_byline_with_a_bar_and_published_label():
    text = ("Pool plan goes to a vote in June\n\nBy Jane Doe | Reuters\n\nPublished: March 3, 2025\n\n"
            "LONDON (Reuters) - The district council will vote on the new swimming pool in June, officials said.\n")
    article = parse(text)["articles"][0]
    assert (article["headline"], article["byline"], article["publisher"]) == ("Pool plan goes to a vote in June",
                                                                              "Jane Doe", "Reuters")
    assert (article["published"], article["dateline"]) == ("2025-03-03", "LONDON")


def test_paragraph_ending_in_an_aside_is_not_a_caption():
    text = ("Pool plan goes to a vote in June\n\n"
            "The plan was backed by the council's leader, who spoke after the meeting (in a statement).\n\n"
            "Supporters said the vote was long overdue (R-Utah)\n")
    blocks = parse(text)["articles"][0]["blocks"]
    assert [b["type"] for b in blocks] == ["paragraph", "paragraph"]


def test_generic_site_name_above_the_headline_and_tag_line():
    text = ("The Valley Courier\n\nPool plan goes to a vote in June\n\nBy Jane Doe\n\n4 min read\n\n"
            "The district council will vote on the new swimming pool in June, officials said on Tuesday night.\n\n"
            "READ MORE: Council approves new bus lane\n\n"
            "The vote follows a year of public meetings about the pool and its cost to local taxpayers.\n\n"
            "Topics: Local government, Leisure\n")
    doc = parse(text)
    article = doc["articles"][0]
    assert article["headline"] == "Pool plan goes to a vote in June"
    assert article["tags"] == ["Local government", "Leisure"]
    reasons = {r["text"]: r["reason"] for r in doc["removed"]}
    assert reasons["4 min read"] == "page-chrome"
    assert reasons["READ MORE: Council approves new bus lane"] == "related-link"
    assert [b["type"] for b in article["blocks"]] == ["paragraph", "paragraph"]


def test_generic_news_site_with_standfirst_related_list_and_footer():
    text = ("Skip to content\nMenu\nSearch\nThe Riverside Tribune\nLocal News\nSports\n\n"
            "City approves budget with new funding for libraries\n\n"
            "The plan adds two million dollars for branch hours and new books.\n\n"
            "By Maria Lopez\n"
            "Published March 12, 2025 at 6:00 a.m. | Updated March 12, 2025 at 9:15 a.m.\n\n"
            "RIVERSIDE — The City Council on Tuesday approved a budget that expands library hours across the city.\n\n"
            "Advertisement\n\nThe budget takes effect on the first of July, the city manager said.\n\n"
            "Related Stories\nCouncil delays vote on parking fees\nLibrary hours to expand in summer\n\n"
            "Sign up for our newsletter\n© 2025 The Riverside Tribune\n")
    doc = parse(text)
    article = doc["articles"][0]
    assert article["headline"] == "City approves budget with new funding for libraries"
    assert article["summary"] == ["The plan adds two million dollars for branch hours and new books."]
    assert (article["byline"], article["published"], article["dateline"]) == ("Maria Lopez", "2025-03-12", "RIVERSIDE")
    assert article["publisher"] == "The Riverside Tribune"
    assert [b["type"] for b in article["blocks"]] == ["paragraph", "paragraph"]
    related = [r["text"] for r in doc["removed"] if r["reason"] == "related-link"]
    assert related == ["Related Stories", "Council delays vote on parking fees", "Library hours to expand in summer"]


def test_author_line_then_blank_lines_before_the_headline():
    doc = parse(HEADER + "Sam Reed\n\n\n\n\nNextImg:Council to decide on pool in June\n\n" + BODY)
    article = doc["articles"][0]
    assert (article["byline"], article["headline"]) == ("Sam Reed", "Council to decide on pool in June")


def test_headline_without_its_nextimg_prefix():
    doc = parse(HEADER + "Valley Courier\nValley Courier\nMay 1, 2025\n\n\nCouncil to decide on pool in June\n\n" + BODY)
    article = doc["articles"][0]
    assert (article["headline"], article["publisher"], article["published"]) == (
        "Council to decide on pool in June", "Valley Courier", "2025-05-01")
    assert article["blocks"][0]["text"].startswith("The district council met")


def test_sponsor_line_variants_still_mark_the_aggregator():
    for sponsor in ("Sponsored by: QWIKET", "SPONSOR : QWIKET", f"Sponsor:{NB} QWIKET{NB}\nSponsor: Acme Tools"):
        doc = parse(HEADER.replace(f"Sponsor:{NB} QWIKET{NB}", sponsor) + "NextImg:Pool plan\n\n" + BODY)
        assert doc["capture"]["layout"] == "am1-article", sponsor
        assert doc["articles"][0]["headline"] == "Pool plan"
        assert {r["reason"] for r in doc["removed"] if "QWIKET" in r["text"] or "Acme" in r["text"]} == {"sponsor"}


def test_people_over_the_date_are_the_byline_not_the_publisher():
    for line, byline in (("By Sam Reed", "Sam Reed"), ("Sam Reed and Ada Lund", "Sam Reed and Ada Lund")):
        doc = parse(HEADER + f"{line}\n1 May 2025\n\n\nNextImg:Pool plan\n\n" + BODY)
        article = doc["articles"][0]
        assert (article["publisher"], article["published"], article["byline"]) == (None, "2025-05-01", byline)


def test_a_single_name_over_the_date_stays_the_publisher():
    doc = parse(HEADER + "Valley Courier\n1 May 2025\n\n\nNextImg:Pool plan\n\n" + BODY)
    article = doc["articles"][0]
    assert (article["publisher"], article["byline"]) == ("Valley Courier", None)


def test_an_author_line_with_by_gives_the_name():
    doc = parse(HEADER + "By Sam Reed\n\n\nNextImg:Pool plan\n\n" + BODY)
    assert doc["articles"][0]["byline"] == "Sam Reed"


def test_headline_without_its_prefix_or_a_blank_line_under_the_header():
    doc = parse(HEADER + "Valley Courier\nValley Courier\nMay 1, 2025\nCouncil to decide on the pool plan in June\n\n" + BODY)
    article = doc["articles"][0]
    assert (article["headline"], article["byline"], article["published"]) == (
        "Council to decide on the pool plan in June", None, "2025-05-01")


def test_headline_without_its_prefix_right_under_topic():
    doc = parse(HEADER + "Council to decide on the pool plan in June\n\n" + BODY)
    article = doc["articles"][0]
    assert (article["headline"], article["byline"]) == ("Council to decide on the pool plan in June", None)


def test_an_author_with_a_job_over_blank_lines_and_the_headline_stays_the_byline():
    doc = parse(HEADER + "Sam Reed , Homepage Editor\n\n\nNextImg:Council to decide on the pool plan in June\n\n" + BODY)
    article = doc["articles"][0]
    assert (article["headline"], article["byline"]) == ("Council to decide on the pool plan in June", "Sam Reed , Homepage Editor")


def test_the_readers_town_in_the_page_header_is_a_widget_whatever_the_town():
    header = HEADER.replace(f"{NB}| Remer,MN\n", "Salem,OR\n")
    doc = parse(header + "Valley Courier\nValley Courier\nMay 1, 2025\n\n\nNextImg:Council to decide on pool in June\n\n" + BODY)
    assert {r["text"]: r["reason"] for r in doc["removed"]}["Salem,OR"] == "location-widget"


def test_an_aggregator_page_that_lost_its_back_and_topic_lines():
    header = f"THE AMERICA ONE NEWS\nMay 2, 2025 {NB}| {NB}\n0\n{NB}| Remer,MN\nSponsor:{NB} QWIKET{NB}\n\n"
    doc = parse(header + "NextImg:Council to decide on pool in June\n\n" + BODY)
    assert doc["capture"]["layout"] == "am1-article"
    assert (doc["capture"]["site"], doc["capture"]["captured"]) == ("THE AMERICA ONE NEWS", "2025-05-02")
    assert doc["articles"][0]["headline"] == "Council to decide on pool in June"
    items = ("#politics\nValley Courier: Pool plan goes to a vote\nPool plan goes to a vote\n\n"
             "The council will vote on the pool plan in June, the mayor said.\n\n"
             "#transport\nHill Times: Bus lane opens early\nBus lane opens early\n\n"
             "The new bus lane opened a week early, to the surprise of drivers.\n")
    assert parse(header + items)["capture"]["layout"] == "am1-digest"


def test_the_widget_glued_to_a_sponsor_marks_the_legacy_page_without_topic():
    legacy = "THE AMERICA ONE NEWS\nMay 2, 2025 |\n0\n| Remer,MNSponsor: QWIKET\nSponsor: QWIKET\n"
    items = ("#politics\nValley Courier: Pool plan goes to a vote\nPool plan goes to a vote\n"
             "The council will vote on the pool plan in June, the mayor said.\n"
             "#transport\nHill Times: Bus lane opens early\nBus lane opens early\n"
             "The new bus lane opened a week early, to the surprise of drivers.\n")
    assert parse(legacy + items)["capture"]["layout"] == "am1-legacy-digest"


def test_a_generic_page_with_a_sponsor_line_is_no_aggregator_page():
    doc = parse("Council to decide on pool in June\nSponsored by: Valley Bank\n" + BODY)
    assert doc["capture"]["layout"] == "generic"


def test_an_aggregator_article_with_its_source_pages_menus_over_the_signed_title():
    page = (HEADER + "\n\nRiverton Daily\nMenu\nSearch\nSign In\nSubscribe Now\n"
            "Inmates sue Harmon County over overcrowded jail, say some slept on floors\nBy Jane Roe\n"
            "Updated March 4, 2025, 9:12 a.m. ET\n" + BODY)
    article = parse(page)["articles"][0]
    assert article["headline"] == "Inmates sue Harmon County over overcrowded jail, say some slept on floors"
    assert article["blocks"][0]["text"].startswith("The district council met")
