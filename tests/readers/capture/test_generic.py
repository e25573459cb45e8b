"""Generic news pages: the kinds of page residue and header shapes any site may print (synthetic pages)."""

import pytest

import convert
from convert.readers.capture.chrome import chrome_reason
from convert.readers.capture.draft import ArticleDraft, DocumentDraft
from convert.readers.capture.generic import _signed_title_in_body, site_slogan
from convert.readers.capture.text import Line

STORY = ("The district council met on Thursday evening to discuss the plan for the new swimming pool on the "
         "common, and most councillors spoke in favour of it.")
SECOND = "Councillors said they would decide in June, after a second round of public meetings in the town hall."


def parse(text):
    return convert.parse_text(text, "page.txt")


def article_of(text):
    document = parse(text)
    return document, document["articles"][0]


def paragraphs(article):
    return [b["text"] for b in article["blocks"] if b["type"] == "paragraph"]


def reasons(document):
    return {item["text"]: item["reason"] for item in document["removed"]}


def test_a_dateline_on_its_own_line_before_the_first_paragraph():
    document, article = article_of(f"Council to decide on pool plan\n\nEL PASO, Texas -\n\n{STORY}\n\n{SECOND}\n")
    assert article["dateline"] == "EL PASO, Texas"
    assert paragraphs(article)[0] == STORY
    assert article["headline"] == "Council to decide on pool plan"


def test_agency_then_place_under_the_headline_signs_the_story():
    document, article = article_of(f"Council to decide on pool plan\n\nAFP, LOS ANGELES\n\n{STORY}\n\n{SECOND}\n")
    assert (article["dateline"], article["byline"], article["publisher"]) == ("LOS ANGELES", "AFP", "AFP")


def test_an_agency_dateline_names_the_publisher():
    document, article = article_of(f"Council to decide on pool plan\n\nLima (Reuters) - {STORY}\n\n{SECOND}\n")
    assert (article["dateline"], article["publisher"]) == ("Lima", "Reuters")
    assert paragraphs(article)[0].startswith("Lima (Reuters) - ")


@pytest.mark.parametrize("tag, wire", [("(Belga)", "Belga"), ("(APA, 14.1.2024)", "APA"), ("(dpa, 3. März 2024)", "dpa")])
def test_an_agency_tag_closing_a_paragraph_names_the_publisher(tag, wire):
    page = f"The Valley Courier\n\nMenu\n\nCouncil to decide on pool plan\n\n{STORY}\n\n{SECOND} {tag}\n\nMore news\n"
    document, article = article_of(page)
    assert article["publisher"] == wire


def test_a_byline_naming_an_agency():
    document, article = article_of(f"By PTI\n\nMUMBAI: {STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"], article["dateline"]) == ("PTI", "PTI", "MUMBAI")


def test_a_standfirst_above_the_repeated_headline_is_not_the_first_paragraph():
    standfirst = "The council will vote on the pool plan in June, after months of debate and two public meetings."
    page = (f"Council to decide on pool plan\n\n{standfirst}\n\nRead Time: 2 mins\n\nCouncil to decide on pool plan\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article)[0] == STORY
    assert standfirst in article["summary"]


def test_prose_above_a_wire_dateline_is_a_standfirst():
    deck = "The plan for the new pool on the common would cost the town far more than the council said last year"
    document, article = article_of(f"Council to decide on pool plan\n\n{deck}\n\nMADRID (EFE) - {STORY}\n\n{SECOND}\n")
    assert paragraphs(article)[0].startswith("MADRID (EFE) - ")
    assert (article["dateline"], article["publisher"]) == ("MADRID", "EFE")


def test_a_picture_description_printed_twice_is_a_figure():
    caption = "The mayor at the council meeting on Thursday evening."
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{caption}\n\n{caption}\n\n{SECOND}\n")
    figures = [b for b in article["blocks"] if b["type"] == "figure"]
    assert [(f["caption"], f["credit"], f["alt"]) for f in figures] == [(caption, None, caption)]
    assert paragraphs(article) == [STORY, SECOND]


def test_a_credit_on_the_line_under_its_caption():
    caption = "The mayor at the council meeting on Thursday evening"
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{caption}\n\nJane Roe | Reuters 2021\n\n{SECOND}\n")
    figures = [b for b in article["blocks"] if b["type"] == "figure"]
    assert [(f["caption"], f["credit"]) for f in figures] == [(caption, "Jane Roe | Reuters 2021")]


def test_an_author_note_closing_the_story_gives_the_byline_and_is_not_body_text():
    note = "Jane Roe is a senior reporter at the Valley Courier. She covers local government."
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n\n{note}\n\nMost viewed\n")
    assert article["byline"] == "Jane Roe"
    assert reasons(document)[note] == "author-bio"
    assert note not in paragraphs(article)


def test_a_story_about_a_journalist_keeps_its_paragraph():
    line = "Jane Roe is a reporter who was detained at the border on Monday while covering the protests there."
    document, article = article_of(f"Reporter detained at border\n\n{STORY}\n\n{line}\n\n{SECOND}\n")
    assert line in paragraphs(article)


def test_page_controls_and_residue_in_several_languages():
    residue = ["Listen to the article", "See more sharing options", "Partager.", "Lire aussi : Le maire démissionne",
               "8 commentaires", "You must be logged in to post a comment.", "Your browser does not support the audio element.",
               "View this post on Instagram", "Editor's note: This story was first published in 2019.",
               "Support independent journalism. Donate today.", "Anzeige"]
    page = "\n\n".join([residue[0], residue[1], "Council to decide on pool plan", STORY] + residue[2:5] + [SECOND])
    document, article = article_of(page)
    assert article["headline"] == "Council to decide on pool plan"
    assert not set(residue) & set(paragraphs(article))
    for line in residue[6:]:
        document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{line}\n\n{SECOND}\n")
        assert paragraphs(article) == [STORY, SECOND], line
    # A comment prompt starts the comments, which run to the end of the page.
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{residue[5]}\n\nGreat news!\n")
    assert paragraphs(article) == [STORY] and reasons(document)["Great news!"] == "comments"


def test_a_related_link_inside_a_paragraph_is_cut_out_and_kept_in_removed():
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY[:-1]} (READ MORE: Pool plan goes to a vote).\n\n{SECOND}\n")
    assert paragraphs(article)[0] == STORY[:-1] + "."
    assert reasons(document)["(READ MORE: Pool plan goes to a vote)"] == "related-link"


def test_a_capture_prefix_with_a_month_only_is_no_date():
    document, article = article_of(f" date 2021-05 {STORY}\n\n{SECOND}\n")
    assert paragraphs(article)[0] == STORY
    assert article["published"] is None


def test_dates_in_other_languages_fill_published():
    document, article = article_of(f"Le conseil vote le plan de la piscine\n\nPublié le 12 mars 2024 à 10h30\n\n{STORY}\n\n{SECOND}\n")
    assert article["published"] == "2024-03-12"


def test_widget_text_glued_to_a_sentence_is_cut_out():
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND[:-1]} at last.Advertisement\n\n"
                                   f"AdvertisementThe mayor said the plan would cost the town far less than the critics claim.\n")
    assert paragraphs(article)[1:] == [SECOND[:-1] + " at last.",
                                       "The mayor said the plan would cost the town far less than the critics claim."]
    assert [r["reason"] for r in document["removed"]] == ["advertisement", "advertisement"]


def test_a_key_points_box_in_the_body_fills_the_summary():
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\nKey points:\n\n- The pool costs more\n"
                                   f"- A vote in June\n\n{SECOND}\n")
    assert article["summary"] == ["The pool costs more", "A vote in June"]
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["Key points:"] == "summary-label"


def test_a_key_points_label_right_over_a_paragraph_is_no_dateline():
    document, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe\n\nKey Points:\n\n{STORY}\n\n{SECOND}\n")
    assert article["dateline"] is None
    assert reasons(document)["Key Points:"] == "summary-label"


def test_the_deck_then_the_name_and_job_on_two_lines_over_the_lead_picture():
    deck = "The vote ends a debate that has divided the town for years."
    caption = "Residents gather outside the town hall before the vote on Monday, March 4, 2024. (Image credit: Getty Images)"
    page = f"Council to decide on pool plan\n\n{deck}\n\nJane Roe\n\nReporter\n\nWhatsApp\n\n{caption}\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert (article["byline"], article["summary"]) == ("Jane Roe", [deck])
    assert paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("line", ["Jeanne Roux, journaliste", "Ana Ruiz, periodista", "Marco Rossi, inviato speciale"])
def test_a_bare_name_with_a_job_in_small_letters_under_the_headline_is_the_byline(line):
    article = article_of(f"Council votes to build the pool\n\n{line}\n\n4 mars 2024\n\n{STORY}\n\n{SECOND}\n")[1]
    assert (article["byline"], article["summary"]) == (line.partition(",")[0], [])  # (the job is no part of the name)


def test_a_name_and_words_in_small_letters_that_name_no_job_are_no_byline():
    article = article_of(f"Council votes to build the pool\n\nJeanne Roux, la mairie\n\n4 mars 2024\n\n{STORY}\n\n{SECOND}\n")[1]
    assert article["byline"] is None


@pytest.mark.parametrize("signature", ["Jane Roe | Reporter", "Jane Roe, Staff Writer"])
def test_the_deck_then_the_name_and_job_on_one_line_over_the_storys_widgets(signature):
    deck = "The vote ends a debate that has divided the town for years."
    page = f"Council to decide on pool plan\n\n{deck}\n\n{signature}\n\nShow Caption\n\nPrint\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert article["summary"] == [deck]
    assert paragraphs(article) == [STORY, SECOND]


def test_a_bare_name_with_a_job_title_under_the_headline_is_the_byline():
    document, article = article_of(f"Council votes to build the pool\n\nJane Roe, Senior Reporter\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Jane Roe"
    assert article["contributors"][0]["role"] == "Senior Reporter"
    assert paragraphs(article) == [STORY, SECOND]


def test_a_lead_photos_caption_with_its_credit_on_the_next_line_is_not_the_first_paragraph():
    caption = "The mayor speaks to residents outside the town hall on Thursday evening after the vote was taken."
    document, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe\n\n{caption}\n\nJohn Smith/Reuters\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert paragraphs(article)[0] == STORY
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "John Smith/Reuters")]


def test_a_list_of_other_stories_titles_above_the_headline_is_not_the_headline():
    links = "Mayor opens new library in the west end\n\nTown plans new cycle lanes for spring\n\nSchool wins science prize"
    document, article = article_of(f"Trending\n\n{links}\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert reasons(document)["Town plans new cycle lanes for spring"] == "related-link"
    assert paragraphs(article) == [STORY, SECOND]


def test_a_headline_and_its_deck_are_not_a_list_of_links():
    deck = "The vote on the new pool is set for June after months of debate"
    document, article = article_of(f"Council to decide on pool plan\n\n{deck}\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert article["summary"] == [deck]


def test_a_headline_its_deck_and_a_name_with_its_job_over_the_date_are_no_list():
    deck = "The vote on the new pool is set for June after months of debate among the councillors"
    page = (f"News\n\nCouncil to decide on pool plan\n\n{deck}\n\nJane Roe Local government correspondent\n\n"
            f"Tue 3 Mar 2024 10.15 GMT\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["summary"]) == ("Council to decide on pool plan", "Jane Roe", [deck])
    assert paragraphs(article) == [STORY, SECOND]


def test_titles_of_one_length_over_a_date_are_a_list_under_which_the_headline_stands():
    links = "Mayor opens new library in the west end\n\nTown plans new cycle lanes for spring\n\nSchool wins science prize"
    document, article = article_of(f"{links}\n\nCouncil to decide on pool plan\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert reasons(document)["Town plans new cycle lanes for spring"] == "related-link"


def test_a_caption_printed_twice_is_one_figure_and_a_name_under_a_date_line_the_byline():
    caption = "Residents queue to speak at the council meeting in Riverton on Thursday."
    page = (f"National\n\nCouncil to decide on pool plan\n\nMarch 3, 20245:00 AM ET\n\nHeard on the Morning Show\n\n"
            f"Jane Roe\n\n{caption} John Doe/Valley Radio hide caption\n\ntoggle caption\n\nJohn Doe/Valley Radio\n\n"
            f"{caption}\n\nJohn Doe/Valley Radio\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("Council to decide on pool plan", "Jane Roe")
    assert article["published"] == "2024-03-03T05:00:00-05:00"  # (a year and a time glued together)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "John Doe/Valley Radio")]
    assert [r["reason"] for r in document["removed"] if r["text"] == caption] == ["duplicate-caption"]
    assert paragraphs(article) == [STORY, SECOND]


def test_the_storys_widgets_and_picture_between_its_deck_and_byline_do_not_hide_the_headline():
    deck = "The vote on the new pool is set for June after months of debate"
    page = (f"Truth in every season\n\nLocal\n\nCouncil to decide on pool plan\n\n{deck}\n\n5 min read\n\nShare\n\n"
            f"Residents fill the council chamber in Riverton on Thursday. (John Doe/The Valley Courier)\n\n"
            f"By Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"]) == ("Council to decide on pool plan", [deck])


def test_a_name_under_the_second_print_of_the_headline_is_the_byline():
    page = (f"Share this post\n\nCouncil to decide on pool plan\n\nCopy link\n\nFacebook\n\nEmail\n\n"
            f"Council to decide on pool plan\n\nWhat the vote means for the common\n\nJane Roe\n\nMar 03, 2024\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"]) == (
        "Council to decide on pool plan", "Jane Roe", "2024-03-03")


def test_a_wires_page_its_zone_with_an_offset_its_gallery_counter_credits_and_links_that_open_a_tab():
    caption = "Residents attend the council meeting in Riverton, March 2, 2024."
    page = (f"World\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\nMarch 3, 2024 10:15 AM GMT+1 Updated 2 hours ago\n\n"
            f"[1/3] {caption} REUTERS/John Doe Purchase Licensing Rights, opens new tab\n\n{STORY}\n\n{SECOND}\n\n"
            f"Reporting by Jane Roe; Editing by John Doe\n\nOur Standards: The Trust Principles., opens new tab\n")
    document, article = article_of(page)
    assert article["published"] == "2024-03-03T10:15:00+01:00"
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "REUTERS/John Doe")]
    assert paragraphs(article) == [STORY, SECOND]
    removed = reasons(document)
    assert (removed["[1/3]"], removed["Our Standards: The Trust Principles., opens new tab"]) == (
        "gallery-counter", "page-chrome")
    assert removed["Reporting by Jane Roe; Editing by John Doe"] == "story-credits"


@pytest.mark.parametrize("line, owner", [
    ("Copyright 2024 © Il Campione. Tutti i diritti riservati.", "Il Campione"),
    ("Copyright 2024 © La Sentinella S.p.A. Tutti i diritti sono riservati", "La Sentinella"),
    ("© 2024 Valley Media, LLC. All rights reserved.", "Valley Media"), ("© 2024 Valley Verlag GmbH", "Valley Verlag"),
    ("© Elbtal-Rundschau Verlagsgesellschaft mbH", "Elbtal-Rundschau"),  # (the publisher's word for its company too)
])
def test_the_owner_a_copyright_line_names_without_its_legal_form(line, owner):
    _, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\n{line}\n")
    assert article["publisher"] == owner


@pytest.mark.parametrize("line, publisher", [("Source: Valley News and news agencies", "Valley News"),
                                             ("Source: Reuters", "Reuters"), ("Source: the council", None)])
def test_a_source_line_closing_the_story_names_its_publisher(line, publisher):
    document, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\n{line}\n")
    assert article["publisher"] == publisher


@pytest.mark.parametrize("line, wire", [("Source: AFP", "AFP"), ("Quelle: dpa", "dpa"), ("Fuente: EFE", "EFE")])
def test_a_source_line_in_the_header_names_the_wire(line, wire):
    document, article = article_of(f"Council to decide on pool plan\n\nMarch 4, 2024\n\n{line}\n\n{STORY}\n")
    assert article["publisher"] == wire
    assert line not in [item["text"] for item in document["removed"]]  # (the publisher's line, not chrome)
    assert article["field_lines"]["publisher"] == [5]  # (that line alone: the story's first paragraph names no wire)


def test_a_wire_a_dateline_line_names_traces_back_to_that_line():
    _, article = article_of(f"Council to decide on pool plan\n\nMarch 4, 2024\n\nRIVERTON (AP) —\n\n{STORY}\n")
    assert (article["publisher"], article["dateline"]) == ("AP", "RIVERTON")
    assert article["field_lines"]["publisher"] == [5]


def test_a_dateline_tag_names_the_wire_before_a_source_line():
    _, article = article_of(f"Council to decide on pool plan\n\nQuelle: dpa-AFX\n\nRiverton (dpa) - {STORY}\n")
    assert article["publisher"] == "dpa"


@pytest.mark.parametrize("line, wire", [("WRITER: AFP", "AFP"), ("Autor: dpa", "dpa"), ("Von dpa", "dpa"),
                                        ("Keystone-ATS", "Keystone-ATS"), ("Estadão Conteúdo", "Estadão Conteúdo")])
def test_a_wire_that_signs_the_story_is_its_publisher_over_the_sites_masthead(line, wire):
    _, article = article_of(f"Skip to content\nThe Valley Courier\nSubscribe\nCouncil to decide on pool plan\n"
                            f"{line}\nMarch 4, 2024\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == (wire, wire)


@pytest.mark.parametrize("line", ["Writer: Jane Roe", "Reporter: Jane Roe", "Autor: Jane Roe"])
def test_a_writers_label_before_the_name(line):
    _, article = article_of(f"Council to decide on pool plan\n\n{line}\n\nMarch 4, 2024\n\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == ("Jane Roe", None)


def test_a_standfirst_over_a_name_its_job_and_a_date_with_the_clocks_country():
    standfirst = "The vote ends a long argument over the cost of the new pool and what to do with the old one."
    page = (f"Valley Radio - back to home\n\nCouncil to decide on pool plan\n\n{standfirst}\n\nJane Roe\n\n"
            f"News reporter @janeroe\n\nSunday 3 March 2024 10:15, UK\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"]) == (
        "Council to decide on pool plan", "Jane Roe", "2024-03-03")
    assert standfirst in article["summary"] and paragraphs(article) == [STORY, SECOND]
    # (the station's name before a dash is the site; what follows it stays set aside)
    assert document["capture"]["site"] == "Valley Radio" and "back to home" in reasons(document)


def test_a_byline_with_the_publication_after_the_name_and_no_separator():
    document, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe Valley News\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Jane Roe", "Valley News")


def test_a_byline_block_on_one_line_and_a_note_about_the_author_under_its_label():
    page = (f"Ottawa\n\nCouncil to decide on pool plan\n\n"
            f"Jane Roe · Valley News · Posted: Mar 03, 2024 10:15 AM EST | Last Updated: March 3\n\n"
            f"{STORY}\n\n{SECOND}\n\nABOUT THE AUTHOR\n\nJane Roe\n\nReporter\n\nJane Roe covers city hall.\n")
    document, article = article_of(page)
    assert (article["byline"], article["publisher"], article["published"]) == (
        "Jane Roe", "Valley News", "2024-03-03T10:15:00-05:00")
    assert paragraphs(article) == [STORY, SECOND]
    assert [reasons(document)[t] for t in ("ABOUT THE AUTHOR", "Jane Roe covers city hall.")] == ["author-bio", "after-story"]


def test_a_credit_naming_the_publication_then_the_photographer_and_the_stamps_printed_under_the_story():
    caption = "Residents fill the council chamber on Thursday."
    stamps = "Posted 3 Mar 2024 at 10:15am, updated 3 Mar 2024 at 11:00am"
    page = (f"Council to decide on pool plan\n\nBy Jane Roe\n\nPosted Sun 3 Mar 2024 at 10:15am\n\n"
            f"{caption}(Valley News: John Doe)\n\nShare article\n\n{STORY}\n\n{SECOND}\n\n{stamps}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "Valley News: John Doe")]
    assert paragraphs(article) == [STORY, SECOND]
    assert (article["modified"], article["field_lines"]["modified"]) == ("2024-03-03", [15])  # (its second stamp)


def test_a_title_under_the_date_is_the_pages_not_the_deck():
    deck = "The vote on the new pool is set for June after months of debate"
    page = (f"Council to decide on pool plan\n\n{deck}\n\nBy Jane Roe\n\nMarch 3, 2024\n\n"
            f"Why you can trust Valley Radio\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["summary"] == [deck]
    assert reasons(document)["Why you can trust Valley Radio"] == "page-chrome"


def test_a_player_line_a_reporting_place_a_beat_note_and_a_print_note():
    standfirst = "The project split the town, and opponents say they are not done fighting it."
    bio = "Jane Roe covers the district council for The Valley Courier."
    printed = ("A version of this article appears in print on March 4, 2024, Section A, Page 18 of the Valley "
               "edition with the headline: Council Backs Pool.")
    page = (f"Council Approves Pool Plan After a Year of Debate\n\n{standfirst}\n\n"
            f"Listen to this article · 5:12 min Learn more\n\nShare full article\n\nBy Jane Roe\n\n"
            f"Reporting from Riverton, N.J.\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n\n{bio}\n\n{printed}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["dateline"]) == (
        "Council Approves Pool Plan After a Year of Debate", [standfirst], "Riverton, N.J.")
    assert paragraphs(article) == [STORY, SECOND]
    removed = reasons(document)
    assert (removed["Listen to this article · 5:12 min Learn more"], removed[bio], removed[printed]) == (
        "page-control", "author-bio", "editor-note")


def test_a_box_of_key_points_under_the_headline_is_the_summary():
    document, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe\n\nKey Points\n\n- Council backs plan\n"
                                   f"- Pool in two years\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Jane Roe"
    assert article["summary"] == ["Council backs plan", "Pool in two years"]
    assert reasons(document)["Key Points"] == "summary-label"


def test_a_headline_set_in_capitals_when_the_page_has_no_other():
    document, article = article_of(f"Menu\n\nCOUNCIL TO DECIDE ON POOL PLAN\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "COUNCIL TO DECIDE ON POOL PLAN"
    assert article["field_lines"]["headline"] == [3]


def test_a_banner_in_capitals_is_no_headline_when_the_page_has_one():
    document, article = article_of(f"THE VALLEY COURIER DAILY NEWS\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    # (first on the page, right over the headline, a name with a media's word: the site's logo)
    assert document["capture"]["site"] == "THE VALLEY COURIER DAILY NEWS"
    document, article = article_of(f"BREAKING NEWS FROM THE VALLEY TODAY\nSubscribe\n\nCouncil to decide on pool plan\n\n"
                                   f"By Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"


def test_the_last_step_of_a_breadcrumb_trail_is_the_headline_when_the_page_prints_no_other():
    document, article = article_of(f"LOCAL\n    • Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert article["summary"] == []


def test_several_list_items_above_the_story_are_its_summary_not_its_headline():
    document, article = article_of(f"Menu\n\n• The council will vote on the pool plan\n• The vote is set for June\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["headline"] is None
    assert article["summary"] == ["The council will vote on the pool plan", "The vote is set for June"]


def test_a_newsrooms_note_about_itself_names_the_publisher():
    note = "The Valley Courier newsroom. We cover local news with rigour and fairness. Our mission: to inform every resident."
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n\nShare\n\n{note}\n")
    assert article["publisher"] == "The Valley Courier"
    assert reasons(document)[note] == "site-notice"


@pytest.mark.parametrize("prompt", ["Sign up for Valleywire’s newsletter", "Sign up for Valleywire's newsletter"])
def test_a_newsletter_prompt_names_the_site_without_its_possessive(prompt):
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n\n{prompt}\n")
    assert article["publisher"] == "Valleywire"


def test_a_sentence_above_the_headline_is_the_lead_photos_caption():
    caption = "The mayor speaks to residents outside the town hall on Thursday evening after the vote."
    document, article = article_of(f"Menu\n\n{caption}\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert [(b["type"], b.get("caption")) for b in article["blocks"]][:2] == [("figure", caption), ("paragraph", None)]
    assert paragraphs(article) == [STORY, SECOND]


def test_a_tagline_in_title_case_above_the_headline_is_not_a_caption():
    document, article = article_of(f"The Valley's Best Local News Since 1890.\n\nCouncil to decide on pool plan\n\n"
                                   f"By Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert [b["type"] for b in article["blocks"]] == ["paragraph", "paragraph"]


def test_a_short_first_paragraph_under_the_byline_and_date_is_the_storys():
    lead = "The council has approved the new pool."
    document, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{lead}\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert paragraphs(article) == [lead, STORY, SECOND]
    assert (article["byline"], article["published"], article["summary"]) == ("Jane Roe", "2024-03-03", [])


def test_a_short_sentence_between_the_headline_and_the_byline_is_the_standfirst():
    deck = "The council has approved the new pool."
    document, article = article_of(f"Council to decide on pool plan\n\n{deck}\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert paragraphs(article) == [STORY, SECOND]
    assert article["summary"] == [deck]


HEADLINE = "Council backs plan for new pool on the common"


def test_a_short_menu_entry_printed_twice_is_not_the_headline():
    page = f"Upgrade to Premium\n\nMy Account\n\nUpgrade to Premium\n\nWorld\n\n{HEADLINE}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == HEADLINE
    assert reasons(document)["Upgrade to Premium"] == "page-chrome"


def test_the_title_a_byline_or_date_signs_is_the_headline():
    page = (f"Best deals on garden furniture today\n\nMenu\n\n{HEADLINE}\n\nBy Jane Roe\n\nMarch 3, 2024\n\n"
            "Sign up for our weekly events guide\n\nLatest\n\nWeekend walks along the river path\n\n"
            f"Search\n\nTheatre and dance reviews from the festival\n\nMenu\n\n"
            f"Where to eat near the station tonight\n\nShare\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == HEADLINE
    assert article["byline"] == "Jane Roe"


def test_without_a_byline_the_title_nearest_the_story_is_the_headline():
    page = (f"Best deals on garden furniture today\n\nMenu\n\nNews\n\nSport\n\nWeather\n\nSearch\n\nLog in\n\n"
            f"Share\n\n{HEADLINE}\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == HEADLINE
    assert reasons(document)["Best deals on garden furniture today"] == "page-chrome"


def test_a_story_opening_with_a_four_word_sentence_under_its_byline():
    document, article = article_of(f"{HEADLINE}\n\nBy Jane Roe\n\nThe pool is back.\n\n{STORY}\n\n{SECOND}\n")
    assert paragraphs(article)[:2] == ["The pool is back.", STORY]


def test_a_first_paragraph_cut_by_the_end_of_the_capture():
    cut = "The district council met on Thursday evening to discuss the plan for the new"
    document, article = article_of(f"Best deals on garden furniture today\n\nNews\n\n{HEADLINE}\n\nBy Jane Roe\n\n{cut}")
    assert article["headline"] == HEADLINE
    assert paragraphs(article) == [cut]
    assert article["truncated"] is True


def test_a_bare_name_with_the_time_of_the_story_under_the_headline():
    for line, published in (("Jane Roe - Apr 16, 2015 8:02 pm UTC", "2015-04-16"), ("Jane Roe 1 day ago", None)):
        document, article = article_of(f"{HEADLINE}\n\n{line}\n\n{STORY}\n\n{SECOND}\n")
        assert article["byline"] == "Jane Roe"
        assert (article["published"] or "")[:10] == (published or "")


def test_a_byline_over_two_lines():
    document, article = article_of(f"{HEADLINE}\n\npor\n\nJane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Jane Roe"
    assert article["field_lines"]["byline"] == [3, 5]
    assert document["warnings"] == []


def test_the_only_title_over_a_photo_credit_is_the_headline():
    document, article = article_of(f"{HEADLINE}\n\nPhoto: Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == HEADLINE


def test_a_title_like_caption_over_its_credit_under_the_headline():
    caption = "The common where the pool will be built"
    document, article = article_of(f"{HEADLINE}\n\n{caption}\n\nPhoto: Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == HEADLINE
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Jane Roe")]


def test_names_and_where_they_wrote_from_signed_by_a_date_line():
    for line, byline in (("Jane Roe in Kyiv", "Jane Roe"), ("Jane Roe and John Doe", "Jane Roe and John Doe")):
        document, article = article_of(f"{HEADLINE}\n\n{line}\n\nMon 3 Mar 2024 10.15 GMT\n\n{STORY}\n\n{SECOND}\n")
        assert article["byline"] == byline
        assert article["summary"] == []
    # without a date line under it, a title-like line of names stays what it was
    document, article = article_of(f"{HEADLINE}\n\nCouncil Votes in June\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] is None


def test_a_place_and_a_date_on_one_line_under_the_byline():
    document, article = article_of(f"{HEADLINE}\n\nJUAN PÉREZ\n\nMadrid - 03 mar 2024 - 10:15 CET\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["dateline"], article["published"][:10]) == ("JUAN PÉREZ", "Madrid", "2024-03-03")


def test_dates_with_the_day_of_the_week_in_other_languages():
    for line in ("Lundi 3 mars 2024", "Montag, 3. März 2024", "El lunes 3 de marzo de 2024",
                 "Segunda-feira, 3 de março de 2024", "Lunedì 3 marzo 2024"):
        document, article = article_of(f"{HEADLINE}\n\n{line}\n\n{STORY}\n\n{SECOND}\n")
        assert article["published"] == "2024-03-03", line


def test_the_newsroom_under_the_byline_is_the_publisher():
    document, article = article_of(f"{HEADLINE}\n\nBy Jane Roe\n\nValley News, Kyiv\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"], article["summary"]) == ("Jane Roe", "Valley News", [])
    document, article = article_of(f"{HEADLINE}\n\nBy Jane Roe\n\nThe vote ends a decade of arguments\n\n{STORY}\n")
    assert article["publisher"] is None


def test_a_headline_in_title_case_ending_with_an_abbreviation_is_not_prose():
    page = ("Skip to contentSkip to site index\n\nTowns\n\nTowns|Burst Pipes and Flooded Cellars: How Winter Hits "
            "the Old Mill in Riverton, N.J.\n\nBurst Pipes and Flooded Cellars: How Winter Hits the Old Mill in "
            f"Riverton, N.J.\n\nBy Jane Roe\n\nFeb. 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == ("Burst Pipes and Flooded Cellars: How Winter Hits the Old Mill in Riverton, N.J.")
    assert (article["byline"], article["published"]) == ("Jane Roe", "2024-02-03")
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["Skip to contentSkip to site index"] == "page-chrome"


def test_a_tagline_with_a_full_stop_is_no_headline():
    page = (f"Gardens, Recipes, Tips and More.\n\nGardens, Recipes, Tips and More.\n\nThe Pool Plan Goes to a Vote\n\n"
            f"By Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "The Pool Plan Goes to a Vote"


def test_a_credit_without_its_caption_above_the_story_is_set_aside():
    page = f"Council to decide on pool plan\n\nCreditJane Roe/Getty Images\n\nBy John Doe\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == "Council to decide on pool plan"
    assert reasons(document)["CreditJane Roe/Getty Images"] == "photo-credit"



def test_a_standfirst_then_the_lead_picture_and_the_byline_block_again():
    page = ("The Pool That Nearly Sank a Council\n\nBy Jane Roe\n\nMay 20, 2024\n\n"
            "A plan for a new swimming pool divided a small town for a year. Its story shows how local decisions "
            "are made.\n\nRead Later\n\nCouncillors and residents gathered in the town hall for the last of the "
            "public meetings about the pool.\n\nJohn Doe/The Valley Courier\n\nJane Roe\n\nStaff Writer\n\n"
            f"May 20, 2024\n\nView PDF\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article)[0] == STORY
    assert [b["credit"] for b in article["blocks"] if b["type"] == "figure"] == ["John Doe/The Valley Courier"]
    assert article["summary"][0].startswith("A plan for a new swimming pool")


@pytest.mark.parametrize("name, place", [("Luis Ángel Revilla", "Valladolid"), ("Łukasz Nowak", "Frankfurt am Main"),
                                         ("Jane Roe", "Rio de Janeiro")])
def test_a_name_over_where_and_when_under_a_standfirst_and_the_lead_picture(name, place):
    standfirst = "Two late goals give the visitors the win in front of more than eighteen thousand fans"
    caption = "The players celebrate the second goal at the old ground."
    page = (f"Sport\nFootball\nCastellana win to go top\n{standfirst}\n{caption}\nJANE ROE / EFE\n{name}\n{place}\n"
            f"Actualizado Domingo, 7 abril 2024 - 21:34\nCompartir en Facebook\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["dateline"], article["published"][:10]) == (name, place, "2024-04-07")
    assert paragraphs(article)[0] == STORY
    assert [b["credit"] for b in article["blocks"] if b["type"] == "figure"] == ["JANE ROE / EFE"]


def test_a_name_and_job_in_small_letters_under_the_lead_picture_is_the_byline_not_the_headline():
    headline = "Northern towns to get new money for buses and trams, minister says"
    deck = "Package criticised by council leaders as too little, too late"
    page = (f"Home\nNews\n{headline}\n{deck}\nBuses at the interchange in Riverton on Monday. Photograph: Jane Roe/PA\n"
            f"Rowan Achterberg Transport correspondent\nMon 3 Jun 2024 17.45 BST\nShare\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"]) == (headline, "Rowan Achterberg")


def test_a_title_case_headline_ending_with_a_job_stays_the_headline():
    _, article = article_of(f"Home\nCouncil Names New Editor\nMarch 4, 2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Council Names New Editor"


def test_a_name_and_the_sites_name_in_small_letters_under_a_kicker_and_a_labelled_headline():
    headline = "DIRECT. Grève des contrôleurs : un TGV sur deux annulé vendredi, la direction convoque les syndicats"
    page = (f"Accueil\nFrance\nGrève à la SNCF\n{headline}\nDes voyageurs attendent leur train à la gare, le 3 avril. "
            f"JEANNE ROUX / AFP\nThomas Lebrun - infopublique\nPublié le 04/04/2024 06:12\nPartager\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"], article["publisher"]) == (headline, "Thomas Lebrun", "infopublique")


@pytest.mark.parametrize("line", ["Jane Roe - reporter", "Jane Roe - le"])
def test_a_name_then_a_job_or_a_little_word_after_a_dash_names_no_site(line):
    _, article = article_of(f"Council to decide on pool plan\n{line}\nMarch 4, 2024\n{STORY}\n")
    assert article["publisher"] is None


@pytest.mark.parametrize("line, byline, publisher", [
    ("Par Belga", "Belga", "Belga"), ("Por Europa Press", "Europa Press", "Europa Press"), ("Source AFP", None, "AFP"),
    ("Fonte Keystone-ATS", None, "Keystone-ATS"), ("Source Council minutes", None, None),
])
def test_a_wire_after_the_word_for_by_or_for_source(line, byline, publisher):
    _, article = article_of(f"Council to decide on pool plan\n\nMarch 4, 2024\n\n{line}\n\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == (byline, publisher)


@pytest.mark.parametrize("line, newsroom", [("Por Ana Souza, g1 — São Paulo", "g1"),
                                            ("Por Ana Souza, n1 SP — São Paulo", "n1")])
def test_where_the_story_was_written_after_the_newsroom_that_closes_a_byline(line, newsroom):
    _, article = article_of(f"Chuva forte alaga ruas na Zona Sul\n\n{line}\n\n14/05/2024 08h12\n\n{STORY}\n")
    assert (article["byline"], article["publisher"], article["dateline"]) == ("Ana Souza", newsroom, "São Paulo")


def test_a_cookie_banners_title_and_note_over_the_page():
    page = ("Cookies on Valley News\nWe use some essential cookies to make this service work. We’d also like to use "
            "analytics cookies so we can understand how you use the service.\nAccept analytics cookies\n"
            f"Skip to content\nHome\nCouncil to decide on pool plan\nJane Roe\nMarch 4, 2024\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["headline"], paragraphs(article)[0]) == ("Council to decide on pool plan", STORY)


def test_a_wire_and_its_stamp_on_one_line_sign_the_headline_over_them():
    page = (f"Trending\nElections 2024\nWeather Update\nHome\nCity\nCouncil clears plan to dredge the river before the "
            f"rains\nPTI / Updated: May 21, 2024, 22:14 IST\nShare\n{STORY}\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"], article["publisher"], article["published"][:10]) == (
        "Council clears plan to dredge the river before the rains", "PTI", "PTI", "2024-05-21")


def test_a_name_and_its_job_in_title_case_under_the_headline_and_the_share_buttons():
    headline = "Residents fume as phone mast goes up overnight next to primary school"
    page = (f"News\n{headline}\nParents say they were given no warning before the mast appeared\nComments\n"
            f"Naomi Fletcher Local Democracy Reporter\n14:31, 15 Feb 2024\nBookmark\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"]) == (headline, "Naomi Fletcher")


@pytest.mark.parametrize("line", ["We have more newsletters", "Show me", "Something went wrong, please try again later.",
                                  "Ein Fehler ist aufgetreten!", "Qualcosa è andato storto"])
def test_a_sign_up_forms_own_lines(line):
    assert chrome_reason(line) == "page-chrome"


def test_a_place_between_the_writers_name_and_the_date_is_no_headline():
    headline = "Prefeitura de Santa Luzia anuncia tarifa zero nos ônibus aos domingos"
    page = (f"Assine\nEntrar\ncotidiano\n{headline}\nMedida começa em abril e deve custar R$ 48 milhões por ano\n"
            f"Rafael Monteiro\nSanta Luzia do Norte\n27.mar.2025 às 20h15\n{STORY}\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"], article["dateline"]) == (headline, "Rafael Monteiro",
                                                                             "Santa Luzia do Norte")


def test_where_and_when_under_the_writers_name_with_a_place_of_two_words():
    page = (f"Sequía en el norte\nLa sequía obliga a racionar el agua en tres provincias\nLucía Carrasco Méndez\n"
            f"Santa Elvira - 02 jul 2024 - 06:00 CEST\nCompartir en Facebook\n{STORY}\n")
    _, article = article_of(page)
    assert (article["byline"], article["dateline"], article["published"][:10]) == (
        "Lucía Carrasco Méndez", "Santa Elvira", "2024-07-02")


def test_the_lead_pictures_photographer_in_capitals_then_the_byline_block_with_a_province():
    caption = "Vecinos hacen cola ante la oficina bancaria móvil, el pasado martes."
    page = (f"España\nEl cierre de la última sucursal deja sin cajero a 14 pueblos de la sierra\n{caption}\nANDREA SOLER\n"
            f"Lucía Fernández\nVillarejo del Campo (Albacete) - 12 mar 2024 - 05:40 CET\nCompartir en Facebook\n"
            f"{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["dateline"], article["published"][:10]) == (
        "Lucía Fernández", "Villarejo del Campo (Albacete)", "2024-03-12")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "ANDREA SOLER")]
    assert paragraphs(article)[0] == STORY


def test_a_date_line_with_the_byline_after_it_then_the_credit_over_the_lead_caption():
    caption = "Rio de Janeiro (RJ), 13/03/2024 - Consumidores fazem compras em supermercado na zona norte da cidade."
    page = (f"Economia\nVendas do varejo sobem 1,2% em janeiro, aponta instituto\nPublicado em 14/03/2024 - 10:02 Por "
            f"Camila Boaventura - Repórter da Agência Nacional - Rio de Janeiro\n© Jane Roe/Agência Nacional\n{caption}\n"
            f"{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["published"][:10]) == ("Camila Boaventura", "2024-03-14")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "Jane Roe/Agência Nacional")]
    assert paragraphs(article)[0] == STORY


def test_the_story_under_a_pictures_credit_with_no_caption():
    first = ("CALDEN. Rund 500 Beschäftigte demonstrierten am Montag vor dem Werkstor, weil sie um ihre Arbeitsplätze "
             "fürchten.")
    page = (f"Panorama\nBeschäftigte fordern Aufträge für das Werk\n6. November 2023 14:03 Uhr\n© Foto: Jane Roe | nh\n"
            f"{first}\n{STORY}\n")
    assert paragraphs(article_of(page)[1])[0] == first


@pytest.mark.parametrize("stamp, place, published", [("18 aprile 2024 - PESCARA", "PESCARA", "2024-04-18"),
                                                    ("29 gennaio - LAGOMARE", "LAGOMARE", None)])
def test_the_day_then_where_the_story_was_filed_from_under_a_standfirst(stamp, place, published):
    standfirst = "Partita bloccata per un’ora, poi gli ospiti passano. In pieno recupero il pari del centravanti"
    page = (f"Derby, Bertolini salva il Pescarella al 94’\n{standfirst}\nLuca Ferrandi\n{stamp}\n"
            f"Marco Bertolini esulta dopo il gol del pareggio. LaPresse\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["dateline"]) == ("Luca Ferrandi", place)
    assert (article["published"] or "")[:10] == (published or "")
    assert paragraphs(article)[0] == STORY


@pytest.mark.parametrize("line, dateline", [("Par Solène Vaquier (Saint-Ferréol-du-Causse, envoyée spéciale)",
                                             "Saint-Ferréol-du-Causse"),
                                            ("Par Solène Vaquier (Bruxelles, bureau européen)", None)])
def test_where_a_reporter_was_sent_after_the_byline_is_the_dateline(line, dateline):
    _, article = article_of(f"Des écoles rurales se regroupent pour survivre\n{line}\nPublié le 05 mars 2024\n{STORY}\n")
    assert (article["byline"], article["dateline"]) == ("Solène Vaquier", dateline)


def test_the_wire_and_the_writer_under_a_label_for_the_author():
    page = (f"Village's only grocery store to close\nThe co-op says rising costs left it no choice\nAuthor of the article:\n"
            f"The Canadian Press\nKelsey Amundsen\nPublished Mar 10, 2025  •  2 minute read\n{STORY}\n")
    document, article = article_of(page)
    assert (article["byline"], article["publisher"]) == ("Kelsey Amundsen", "The Canadian Press")
    assert reasons(document)["Author of the article:"] == "byline"


def test_a_name_a_dash_and_a_wire_under_the_headline_sign_it_over_the_sites_masthead():
    page = (f"Aller au contenu principal\nLe Vigilant\nSe connecter\nLe gouvernement recule sur la réforme des permis\n"
            f"Émilie Bouchard - La Presse canadienne\n4 mars 2025\n{STORY}\n")
    _, article = article_of(page)
    assert (article["byline"], article["publisher"]) == ("Émilie Bouchard", "La Presse canadienne")


def test_the_sites_slogan_and_clock_over_its_menus_are_not_the_storys():
    headline = "Lawmakers advance bill to cap rural ambulance fees"
    page = (f"Subscribe\nThe Valley Ledger\nServing Valley County since 1887\nSunday, March 17, 2024\nNews\nSports\n"
            f"Opinion\n{headline}\nBy JANE ROE\nMar 15, 2024\nFacebook\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["published"][:10]) == (headline, "2024-03-15")
    assert reasons(document)["Sunday, March 17, 2024"] == "site-clock"


@pytest.mark.parametrize("line, place", [("Miguel Kanjila, Huambo", "Huambo"), ("Reto Gasser, Bern", "Bern"),
                                         ("Northgate Robotics, Inc.", None)])
def test_where_the_writer_writes_from_after_the_name_is_the_dateline(line, place):
    _, article = article_of(f"Council to decide on pool plan\n{line}\n14.03.2024\n{STORY}\n")
    assert article["dateline"] == place


@pytest.mark.parametrize("line", ["Ana Lilia Cárdenas | Corresponsal", "Maria Luisa Ferreira | Jornalista"])
def test_a_writers_name_and_job_after_a_bar_is_the_byline_not_a_caption(line):
    _, article = article_of(f"Inauguran la primera planta de reciclaje de llantas del país\n{line}\n6 de marzo de 2024\n"
                            f"{STORY}\n{SECOND}\n")
    assert article["byline"] == line.partition(" | ")[0]
    assert article["contributors"][0]["role"] == line.partition(" | ")[2]
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("line, byline, publisher", [
    ("JANE ROE Associated Press", "JANE ROE", "Associated Press"), ("Jane Roe Reuters", "Jane Roe", "Reuters"),
    ("By Jane Roe, 9 Investigates Chief Reporter", "Jane Roe", None),
])
def test_a_writers_name_then_a_wire_or_a_job_that_opens_with_a_figure(line, byline, publisher):
    _, article = article_of(f"Council to decide on pool plan\n{line}\n14.03.2024\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == (byline, publisher)


@pytest.mark.parametrize("line, byline, dateline", [
    ("From Miguel Kanjila, Huambo", "Miguel Kanjila", "Huambo"), ("Da Redação", "Redação", None),
    ("From staff reports", "From staff reports", None), ("Da Silva Costa", "Da Silva Costa", None),
])
def test_the_word_for_from_before_the_writers_name_is_no_part_of_it(line, byline, dateline):
    _, article = article_of(f"Council to decide on pool plan\n{line}\n14.03.2024\n{STORY}\n")
    assert (article["byline"], article["dateline"]) == (byline, dateline)


@pytest.mark.parametrize("line, byline, publisher", [("Miguel Kanjila, Huambo", "Miguel Kanjila", None),
                                                    ("By Kieran Holt For Beaconline", "Kieran Holt", "Beaconline"),
                                                    ("Kieran Holt for Valley News", "Kieran Holt", "Valley News")])
def test_a_writer_then_where_from_or_whom_for(line, byline, publisher):
    _, article = article_of(f"Council to decide on pool plan\n{line}\n14.03.2024\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == (byline, publisher)


def test_a_writer_where_from_and_when_on_one_line():
    _, article = article_of(f"Council to decide on pool plan\nMiguel Kanjila, Huambo, 02. November 2021\n{STORY}\n")
    assert (article["byline"], article["published"][:10]) == ("Miguel Kanjila", "2021-11-02")


def test_a_label_for_media_enquiries_and_the_contacts_under_it():
    page = (f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\nFor media enquiries, contact:\n\n"
            f"Jane Roe, Press Officer\n\npress@valley.example\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["For media enquiries, contact:"] == "contact"


@pytest.mark.parametrize("line", ["Club News", "Local Sport"])
def test_a_sections_label_under_the_headline_is_no_byline(line):
    _, article = article_of(f"Report: Seaport 2-1 Kingsmere\nSat 13 April 2024\n{line}\n{STORY}\n")
    assert article["byline"] is None


def test_a_headline_that_states_then_asks_over_its_date_and_the_sites_logo_line():
    headline = "A beloved lighthouse is sliding toward the water. Can it be moved?"
    page = (f"Skip to main content\nKeyboard shortcuts for audio player\nValley Public Radio logo\nHome\nNews\n"
            f"{headline}\nMarch 28, 2024 5:00 AM ET\nJane Roe\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["publisher"], paragraphs(article)[0]) == (headline, "Valley Public Radio", STORY)
    assert reasons(document)["Keyboard shortcuts for audio player"] == "page-control"


@pytest.mark.parametrize("lines, publisher", [("The homepage\nValley Mill\nValley Mill logo.", "Valley Mill"),
                                              ("The homepage", None)])
def test_an_article_alone_before_homepage_names_no_site(lines, publisher):
    _, article = article_of(f"Skip to main content\n{lines}\nMenu\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert article["publisher"] == publisher


def test_a_tax_number_after_a_copyright_lines_owner():
    _, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n\n© 2024 Schermi & Visioni – P.IVA "
                            f"01234560789\n")
    assert article["publisher"] == "Schermi & Visioni"


def test_a_first_paragraph_with_the_date_under_it_is_not_a_standfirst():
    page = (f"Council to decide on pool plan\n\n{STORY}\n\n20.05.2024 12.09\n\nCouncillors at the town hall\n\n"
            f"Jane Roe/Getty Images\n\n{SECOND}\n")
    assert paragraphs(article_of(page)[1])[0] == STORY


def test_a_byline_in_capitals_names_the_publication_and_two_stamps_share_a_line():
    page = ("Council approves pool plan after a year of debate\n\nBy JANE ROE FOR VALLEYONLINE\n\n"
            "PUBLISHED: 15:15 GMT, 3 March 2024 | UPDATED: 16:00 GMT, 3 March 2024\n\n"
            f"{STORY}\n\nThe old pool (pictured) closed after its roof failed an inspection\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["publisher"]) == ("JANE ROE", "VALLEYONLINE")
    assert (article["published"], article["modified"]) == ("2024-03-03T15:15:00Z", "2024-03-03T16:00:00Z")
    figures = [b["caption"] for b in article["blocks"] if b["type"] == "figure"]
    assert figures == ["The old pool (pictured) closed after its roof failed an inspection"]
    assert paragraphs(article) == [STORY, SECOND]


def test_last_modified_is_the_modified_date():
    page = ("Council approves pool plan after a year of debate\n\nJane Roe\n\nSun 3 Mar 2024 15.15 GMT\n\n"
            f"Last modified on Sun 3 Mar 2024 16.00 GMT\n\n{STORY}\n")
    article = article_of(page)[1]
    assert (article["published"][:10], article["modified"][:10], article["summary"]) == ("2024-03-03", "2024-03-03", [])


def test_a_name_over_the_newsrooms_line_is_the_byline_however_far_below_the_headline():
    page = ("Council approves pool plan after a year of debate\n\n3 March 2024\n\nShare\n\nSave\n\nJane Roe\n\n"
            f"Valley News, Riverton\n\n{STORY}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["publisher"], article["summary"]) == ("Jane Roe", "Valley News", [])


def test_a_menu_entry_over_another_is_no_byline():
    page = (f"Council approves pool plan after a year of debate\n\n3 March 2024\n\nScience\n\nMagazine\n\n"
            f"Also in the News\n\n{STORY}\n")
    assert article_of(page)[1]["byline"] is None


def test_a_link_after_a_pictures_credit_is_cut_off():
    page = ("Council approves pool plan after a year of debate\n\nBy Jane Roe\n\n"
            "Residents walk past the old pool in Riverton on June 3, 2023. VALLEYPIX/John Doe/File Photo "
            f"Purchase Licensing Rights\n\n{STORY}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        ("Residents walk past the old pool in Riverton on June 3, 2023.", "VALLEYPIX/John Doe/File Photo")]
    assert reasons(document)["Purchase Licensing Rights"] == "page-control"


def test_a_video_players_title_and_description_are_not_the_story():
    page = ("Council approves pool plan after a year of debate\n\nBy Jane Roe | Valley News\n\nVideo\n\n"
            "Valley News Flash top stories for March 3\n\nValley News Flash top stories are here. See what "
            f"readers are talking about on the site today.\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert article["summary"] == []
    assert reasons(document)["Valley News Flash top stories for March 3"] == "media-embed"


def test_a_clips_length_over_its_title_and_a_description_that_ends_with_it_again():
    description = "The striker says the team believe they can stay top after the comeback win. (0:58)"
    page = (f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\n0:58\n\nRoe: This is what we dreamed "
            f"of\n\n{description}\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)[description] == "media-embed"


def test_a_live_blogs_post_under_its_time_is_the_story():
    post = "About two hundred residents were moved out of the low streets overnight, the mayor said on Thursday."
    page = (f"Floods: live updates\n\nBy Jane Roe\n\nMarch 4, 2024\n\n11:45\n\nResidents moved out of the low streets"
            f"\n\n{post}\n\n{STORY}\n")
    assert paragraphs(article_of(page)[1])[0] == post


def test_a_desk_then_its_stamp_on_one_line():
    page = (f"Council approves pool plan after a year of debate\n\nValley Desk / Updated: May 3, 2024, 10:15 IST\n\n"
            f"Share\n\n{STORY}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["modified"][:10], article["summary"]) == ("Valley Desk", "2024-05-03", [])


def test_a_section_or_a_button_under_the_byline_is_no_publisher():
    for line in ("India News", "FOLLOW", "World News"):
        page = f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\n{line}\n\nMay 3, 2024\n\n{STORY}\n"
        assert article_of(page)[1]["publisher"] is None, line
    page = f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\nVCN News\n\nMay 3, 2024\n\n{STORY}\n"
    assert article_of(page)[1]["publisher"] == "VCN News"


def test_a_bare_name_with_its_publication_and_a_date_with_its_reading_time():
    page = (f"Council approves pool plan after a year of debate\n\nJane Roe, The Valley Courier\n\n"
            f"March 3, 2024 · 3 min read\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["publisher"], article["published"]) == ("Jane Roe", "The Valley Courier",
                                                                               "2024-03-03")
    assert paragraphs(article) == [STORY, SECOND]


def test_a_lead_photos_caption_without_a_credit_above_the_story():
    for caption in ("Residents walk past the old pool in Riverton, New Jersey, on March 2, 2024.",
                    "Mayor Jane Doe (left) and councillor John Roe at the old pool in Riverton on Monday"):
        page = f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{caption}\n\n{STORY}\n\n{SECOND}\n"
        article = article_of(page)[1]
        assert [b["caption"] for b in article["blocks"] if b["type"] == "figure"] == [caption]
        assert paragraphs(article) == [STORY, SECOND]


def test_a_first_paragraph_that_ends_with_a_date_after_other_sentences_stays_one():
    first = "Version 5.2 of the tool came out on Monday. It is the first to run on the new system, released on March 3, 2024."
    page = f"The tool moves to the new system\n\nBy Jane Roe\n\n{first}\n\n{SECOND}\n"
    assert paragraphs(article_of(page)[1])[0] == first


def test_a_note_on_the_sites_links_and_one_about_the_author_are_not_the_story():
    disclosure = ("Some offers on this page are products from our advertisers, and we may receive compensation "
                  "when readers follow those links to the shops that sell them, which never changes what we write "
                  "about the town.")
    bio = ("Jane Roe is a local government specialist who has covered the council for more than a decade, and who "
           "wrote about the old pool before it closed.")
    page = f"Council approves pool plan after a year of debate\n\nBy\nJane Roe\n\n{bio}\n\n{disclosure}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert (reasons(document)[bio], reasons(document)[disclosure]) == ("author-bio", "site-notice")


def test_a_headline_opening_with_a_quote_and_printed_again_with_the_sites_name():
    headline = "'Not Yet': Council Delays the Pool Vote Again"
    page = (f"{headline} - The Valley Courier\n\nSkip to content\n\nSHOP NOW >\n\n{headline}\n\n"
            f"JOHN DOE/AFP/Getty Images\n\nSIGN UP FOR OUR NEWSLETTER\n\nby Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    # (the picture's agency is no publisher: the page's title names the site)
    assert (article["headline"], article["publisher"], article["summary"]) == (headline, "The Valley Courier", [])
    assert reasons(document)["JOHN DOE/AFP/Getty Images"] == "photo-credit"


def test_a_short_first_paragraph_may_open_with_a_quote_or_a_figure():
    for lead in ("“We will build it,” the mayor said.", "100 people came to the meeting."):
        page = f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{lead}\n\n{SECOND}\n"
        assert paragraphs(article_of(page)[1]) == [lead, SECOND]


@pytest.mark.parametrize("notice", [
    "Ihr Browser ist veraltet, darum sehen manche Seiten des Stadtanzeigers anders aus als geplant. Bitte laden "
    "Sie eine neue Version herunter, bevor Sie weiterlesen.",
    "We see that you are using an ad blocker. Our reporting is paid for by the adverts on this page, so please "
    "consider turning it off for our site.",
    "The text below was translated automatically from the Riverton edition, so a few words may read oddly; the "
    "council's own notice is the one to trust.",
    "The writer chose to make this story unlisted: only readers who hold its link will find it here.",
])
def test_a_notice_as_long_as_a_paragraph_above_the_story_is_not_its_first_paragraph(notice):
    page = f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\n{notice}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)[notice] == "site-notice"


def test_a_german_standfirst_of_nouns_ending_with_a_stop_stays_prose():
    line = ("Großer Sommermarkt der Gemeinde Riverton vom 3. bis 9. Juni 2024 im Alten Rathaus mit Sechzig "
            "Ständen aus Zwölf Dörfern.")
    from convert.readers.capture.generic import _is_prose
    assert _is_prose(line)


def test_a_spanish_page_signed_by_place_and_date_with_its_share_buttons():
    page = ("Ir al contenido\n\nEspaña\n\nEl Ayuntamiento aprueba la nueva piscina tras un año de debate\n\n"
            "Los vecinos se dividen por el coste de la obra, que superará los tres millones de euros\n\nAna Lima\n\n"
            "Riverton - 03 mar 2024 - 10:15 CET\n\nCompartir en Whatsapp\n\nCompartir en Facebook\n\n"
            "Vecinos pasean junto a la antigua piscina de Riverton, el pasado domingo. John Doe (EFE)\n\n"
            "El pleno del Ayuntamiento aprobó el jueves por la noche la construcción de una nueva piscina en el parque, "
            "tras un año de debate sobre su coste.\n")
    document, article = article_of(page)
    assert article["headline"] == "El Ayuntamiento aprueba la nueva piscina tras un año de debate"
    assert (article["byline"], article["dateline"], article["published"]) == ("Ana Lima", "Riverton", "2024-03-03")
    assert [b["credit"] for b in article["blocks"] if b["type"] == "figure"] == ["John Doe (EFE)"]
    assert reasons(document)["Compartir en Whatsapp"] == "share-widget"


def test_an_italian_date_with_its_change_note_and_a_credit_without_its_colon():
    page = ("Il consiglio comunale approva la nuova piscina dopo un anno di dibattito\n\ndi Mario Rossi\n\n"
            "3 marzo 2024 (modifica il 3 marzo 2024 | 11:00)\n\nAscolta l'articolo\n\n"
            "I residenti davanti alla vecchia piscina di Riverton (foto Ansa)\n\n"
            "Il consiglio comunale ha approvato giovedì sera la costruzione di una nuova piscina nel parco, chiudendo "
            "un anno di dibattito sui costi.\n")
    article = article_of(page)[1]
    assert article["published"] == "2024-03-03"
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        ("I residenti davanti alla vecchia piscina di Riverton", "Ansa")]


@pytest.mark.parametrize("line", ["Jane Roe | 10:15 AM on March 03, 2024", "Jane Roe / @janeroe / March 03, 2024"])
def test_a_bare_name_with_its_time_and_date_or_handle(line):
    page = f"Council Approves Pool Plan After a Year of Debate\n{line}\nTwitter\n{STORY}\n{SECOND}\n"
    article = article_of(page)[1]
    assert (article["byline"], article["published"], article["summary"]) == ("Jane Roe", "2024-03-03", [])


def test_a_label_with_a_colon_is_a_dateline_only_right_above_the_story():
    page = f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\nShare:\n\nTwitter\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["dateline"] is None
    page = f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\nNew Delhi:\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["dateline"] == "New Delhi"


def test_a_credit_alone_between_paragraphs_and_a_german_stand_line():
    page = (f"Council approves pool plan after a year of debate\n\nStand: 26.10.2021\n\n{STORY}\n\nEmpfehlen:\n\n"
            f"(Foto: John Doe/Valley Pictures)\n\n{SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert article["modified"] == "2021-10-26"
    assert reasons(document)["(Foto: John Doe/Valley Pictures)"] == "photo-credit"


THIRD = "The pool would open in two years, the council's leader said, if the funding from the county is agreed."
BLURB = "For forty years the Valley Trust has worked to keep the river clean and open to everyone who lives beside it."


def test_a_story_under_its_byline_block_below_the_pages_blurbs():
    # The page's own lines of prose (an about line, a browser notice) stand alone among its links; the story
    # comes later, under its headline and byline, with its paragraphs one after another.
    page = ("Home\n\nAbout us\n\n" + BLURB + "\n\nDonate\n\nEvents\n\n"
            "Your browser is out of date and some parts of this site may not work as they should for you.\n\n"
            "Newsletter\n\nCouncil Backs the New Pool\n\nBy Jane Roe\n\nMarch 4, 2024\n\nShare\n\nTweet\n\n"
            f"{STORY}\n\n{SECOND}\n\n{THIRD}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"]) == (
        "Council Backs the New Pool", "Jane Roe", "2024-03-04")
    assert paragraphs(article) == [STORY, SECOND, THIRD]


def test_a_story_under_its_byline_block_below_a_menus_blurbs_in_a_row():
    # A menu's items, each with its one short sentence, stand one after another as a story's paragraphs would;
    # the story comes later, under its headline and byline.
    blurbs = ("See what your symptoms could mean, and learn about the causes and the care for each one.",
              "Second Opinion: Read what our panel of experts says about the latest findings in medicine.",
              "Forums: Meet people like you and get advice from our nurses on living well with pain.")
    page = ("Valley Health\n\nSymptom Checker\n\n" + blurbs[0] + "\n\nGet Started\n\nResources\n\n"
            + "\n\n".join(blurbs[1:]) + "\n\nContact\n\nJobs\n\n"
            + f"Council Backs the New Pool\n\nBy Jane Roe\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n\n{THIRD}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("Council Backs the New Pool", "Jane Roe")
    assert paragraphs(article) == [STORY, SECOND, THIRD]


def test_a_story_whose_paragraphs_run_together_keeps_its_start_above_a_later_byline_block():
    teaser = "Library Opens Its New Wing"
    page = (f"Council Backs the New Pool\n\n{STORY}\n\n{SECOND}\n\nMore stories\n\n{teaser}\n\nBy John Doe\n\n"
            f"March 5, 2024\n\n{THIRD}\n\n{BLURB}\n\n{THIRD} Again.\n")
    document, article = article_of(page)
    assert article["headline"] == "Council Backs the New Pool"
    assert paragraphs(article)[:2] == [STORY, SECOND]


MENU = "".join(f"{item}\n\n" for item in (
    "News", "Sport", "Business", "Culture", "Travel", "Weather", "Opinion", "Podcasts", "Video", "Events",
    "Jobs", "Archive", "Local Elections", "Town Hall"))


def test_a_story_under_its_headline_far_below_a_blurb_in_the_pages_menus():
    # A sign-up note among the menus; the story comes after a long run of menu items, under its headline, with
    # no byline or date line to show where it starts.
    page = ("Valley News\n\nRegister\n\n" + BLURB + "\n\nRequired fields\n\n" + MENU
            + f"Council Backs the New Pool\n\n{STORY}\n\n{SECOND}\n\n{THIRD}\n")
    document, article = article_of(page)
    assert article["headline"] == "Council Backs the New Pool"
    assert paragraphs(article) == [STORY, SECOND, THIRD]
    # The blurb, far above the headline, is the page's: no caption of a lead photo.
    assert [b for b in article["blocks"] if b["type"] == "figure"] == []
    assert reasons(document)[BLURB] == "page-chrome"


def test_a_first_paragraph_under_its_headline_stays_the_start_above_a_long_list():
    # The story's first paragraph stands under the headline; a table of contents (short lines) parts it from
    # the rest of the story, under a subhead.
    page = (f"Valley News\n\nCouncil Backs the New Pool\n\n{BLURB}\n\nContents\n\n" + MENU
            + f"What the Council Decided\n\n{STORY}\n\n{SECOND}\n\n{THIRD}\n")
    document, article = article_of(page)
    assert article["headline"] == "Council Backs the New Pool"
    assert paragraphs(article)[0] == BLURB


def test_a_lone_blurb_stays_the_start_when_no_story_follows_under_its_byline():
    # A headline and a date further down, but only one line of prose under them: a teaser, not the story.
    page = (f"Council Backs the New Pool\n\n{STORY}\n\nRelated\n\nLibrary Opens Its New Wing\n\n"
            f"March 5, 2024\n\n{SECOND}\n\nContact\n\nImprint\n")
    document, article = article_of(page)
    assert paragraphs(article)[0] == STORY


@pytest.mark.parametrize("name", ["By Jane Roe", "Jane Roe", "Jane Roe, @janeroe", "Jane Roe @janeroe"])
def test_the_title_over_a_deck_sentence_and_a_byline_block_is_the_headline_under_other_titles(name):
    # Other stories' titles, longer than the first of them, run into the headline: the deck sentence under the
    # last title shows that none of them is a deck line.
    page = ("Login\n\nLibrary Opens Its New Wing on Monday\n\nMayor Names New Head of the Fire Service\n\n"
            "Council Backs the New Pool After Long Debate\n\nBut only swimmers will be happy.\n\n"
            f"{name}\n\nMarch 11, 2017\n\nShare\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"]) == (
        "Council Backs the New Pool After Long Debate", "Jane Roe", "2017-03-11")
    assert article["summary"] == ["But only swimmers will be happy."]


def test_the_last_title_of_a_run_is_the_headline_when_its_deck_and_signature_follow():
    # A login prompt and a section label run straight into the headline; a deck sentence, then the name and
    # time, stand under it.
    page = ("Valley News\n\nSign up or log in to join the conversation!\n\nSign up to comment and more\n\nTowns & Cities —\n\n"
            "Council Backs the New Pool After Long Debate\n\nThe vote ends two years of argument over the common.\n\n"
            "Jane Roe - Apr 16, 2024 8:02 pm UTC\n\nShare this story\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"][:10]) == (
        "Council Backs the New Pool After Long Debate", "Jane Roe", "2024-04-16")
    assert paragraphs(article)[0] == STORY


def test_a_run_of_titles_with_a_sentence_but_no_signature_under_it_stays_a_list():
    page = ("Valley News\n\nMost read\n\nLibrary Opens Its New Wing Today\n\nHarbour Dredging Starts in the Spring\n\n"
            "Bus Fares Rise for the First Time in Years\n\nRead the stories our readers liked this week.\n\n"
            "Council Backs the New Pool After Long Debate\n\nBy Jane Roe\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == "Council Backs the New Pool After Long Debate"


def test_the_writers_job_under_the_byline_is_no_deck():
    page = ("Council Backs the New Pool\n\nThe vote ends a long row over the common\n\nJane Roe\n\n"
            f"Local Affairs Correspondent\n\n3 March 2024 • 10:15am\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["published"]) == ("Jane Roe", "2024-03-03")
    assert article["summary"] == ["The vote ends a long row over the common"]
    assert reasons(document)["Local Affairs Correspondent"] == "byline"


def test_a_stamp_after_a_dash_is_read():
    page = (f"Council Backs the New Pool\n\nVon Johanna Roth\n\n-Aktualisiert am 03.03.2024-10:15\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["modified"], article["published"]) == ("2024-03-03", "2024-03-03")


def test_a_notice_that_all_rights_are_reserved_names_no_publisher():
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\n© RIPRODUZIONE RISERVATA\n")
    document, article = article_of(page)
    assert article["publisher"] is None
    assert article["rights"]["holder"] is None


def test_the_authors_name_and_place_under_the_deck_do_not_hide_the_headline():
    # The headline, its deck, the author's name, where they write from, then the date.
    page = ("Valley News\n\nCouncil Backs the New Pool After Long Debate\n\nResidents cheered the result until late\n\n"
            f"JANE ROE\n\nRiverton\n\nSunday, 3 March 2024 - 10:15\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("Council Backs the New Pool After Long Debate", "JANE ROE")
    assert article["summary"] == ["Residents cheered the result until late"]


def test_a_wires_sign_off_after_the_last_paragraph_and_its_desk_code():
    last = "The pool would open in two years, the council's leader said. EFE"
    page = (f"Council Backs the New Pool\n\nMadrid, 3 mar (EFE).- {STORY}\n\n{SECOND}\n\n{last}\n\nabc/jr\n\n"
            "© RIPRODUZIONE RISERVATA © Copyright EFE\n")
    document, article = article_of(page)
    assert paragraphs(article)[-1] == last
    assert not [b for b in article["blocks"] if b["type"] == "figure"]
    assert reasons(document)["abc/jr"] == "desk-code"
    assert reasons(document)["© RIPRODUZIONE RISERVATA © Copyright EFE"] == "copyright"


def test_an_agencys_name_after_a_caption_inside_the_story_is_its_credit():
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\nResidents at the council meeting on Thursday. EFE\n\n"
            f"{SECOND}\n\n{THIRD}\n")
    document, article = article_of(page)
    figures = [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"]
    assert figures == [("Residents at the council meeting on Thursday.", "EFE")]


@pytest.mark.parametrize("headline, deck", [
    # a long headline over its deck's shorter lines
    ("Council approves pool plan after a year of debate as hundreds of residents cheer the vote",
     ["Residents packed the chamber on Thursday night to hear the result",
      "Plan had been argued over for more than a year by neighbours", "The new pool is due to open in the summer of 2026"]),
    # a headline in title case over a deck in sentence case
    ("Council Approves Pool Plan After a Year of Debate",
     ["Vote ends bitter row over the common", "Town plans to open the new pool in the summer of 2026"]),
])
def test_a_headline_over_a_deck_of_several_lines(headline, deck):
    page = "Valley News\n\n" + "\n\n".join([headline, *deck]) + f"\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["summary"]) == (headline, deck)


def test_titles_alike_in_length_and_case_over_a_byline_are_a_list_then_the_headline():
    page = ("Valley News\n\nLibrary opens its new wing to readers\n\nHarbour dredging starts again in spring\n\n"
            "Bus fares rise for the first time in years\n\nCouncil backs the new pool after long debate\n\n"
            f"By Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == "Council backs the new pool after long debate"


@pytest.mark.parametrize("label", ["AI-generated summary", "In short:", "Auf einen Blick", "Ce qu'il faut retenir"])
def test_the_text_of_a_summary_box_is_no_first_paragraph(label):
    box = "The council has approved a new swimming pool after more than a year of argument."
    page = f"Council Backs the New Pool\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{label}\n\n{box}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert paragraphs(article)[0] == STORY
    assert article["summary"] == [box]
    assert reasons(document)[label] == "summary-label"


KEY_POINTS = ["The pool will cost more than planned.", "Work starts in the spring.", "The old baths will close."]
POOL_LEAD = ("Riverton will get its new swimming pool after all: the district council approved the plan on Thursday "
        "evening, ending more than a year of argument over its cost and its place on the common.")


@pytest.mark.parametrize("label", ["Key points", "What we know so far"])
def test_key_points_printed_without_their_bullets_are_the_summary(label):
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{label}\n\n" + "\n\n".join(KEY_POINTS)
            + f"\n\n{POOL_LEAD}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["summary"] == KEY_POINTS
    assert paragraphs(article) == [POOL_LEAD, SECOND]


def test_key_points_without_bullets_in_the_story():
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\n{POOL_LEAD}\n\nIn short:\n\n" + "\n".join(KEY_POINTS)
            + f"\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["summary"] == KEY_POINTS
    assert paragraphs(article) == [POOL_LEAD, STORY, SECOND]


def test_the_story_under_key_points_is_no_key_point():
    # a question is the story's heading, a much longer sentence its first paragraph, a sentence over a credit a caption
    short_lead = "The council approved the new swimming pool on the common on Thursday evening after a long debate."
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\nKey points\n\nThe pool will cost more.\n\n"
            f"Work starts soon.\n\n{short_lead}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["summary"] == ["The pool will cost more.", "Work starts soon."]
    assert paragraphs(article)[0] == short_lead
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\n{POOL_LEAD}\n\nKey points:\n\n{KEY_POINTS[0]}\n\n"
            f"What happens to the old baths?\n\n{STORY}\n")
    document, article = article_of(page)
    assert article["summary"] == [KEY_POINTS[0]]
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\nKey points\n\n{KEY_POINTS[0]}\n\n"
            f"Swimmers at the old baths on the common.\n\nPhoto: Jane Roe/Valley News\n\n{POOL_LEAD}\n")
    document, article = article_of(page)
    assert article["summary"] == [KEY_POINTS[0]]
    assert article["blocks"][0]["type"] == "figure"


def test_what_we_know_in_the_story_heads_a_section():
    page = f"Council Backs the New Pool\n\nBy Jane Roe\n\n{POOL_LEAD}\n\nWhat we know\n\n{KEY_POINTS[0]}\n\n{STORY}\n"
    document, article = article_of(page)
    assert article["summary"] == []
    assert paragraphs(article) == [POOL_LEAD, KEY_POINTS[0], STORY]


def test_a_byline_printed_under_the_story():
    page = f"Rat beschließt neues Bad\n\n3. März 2024\n\n{STORY}\n\n{SECOND}\n\nVon Johanna Roth\n\nMehr zum Thema\n"
    document, article = article_of(page)
    assert article["byline"] == "Johanna Roth"
    assert paragraphs(article) == [STORY, SECOND]


def test_a_teasers_byline_under_a_lone_line_of_prose_signs_nothing():
    page = (f"Council Backs the New Pool\n\n{STORY}\n\n{SECOND}\n\nMore stories\n\nLibrary Opens Its New Wing\n\n"
            "The new wing holds the town's archive and a reading room that opens on Sundays too.\n\nBy R. Lund, 2h ago\n")
    document, article = article_of(page)
    assert article["byline"] is None


@pytest.mark.parametrize("line, byline, publisher", [
    ("Author: Jane Roe", "Jane Roe", None),
    ("Escrito por Ana Ruiz", "Ana Ruiz", None),
    ("Jane Roe • 3 min read", "Jane Roe", None),
    ("Jane Roe, Senior Editor, Valley News", "Jane Roe", "Valley News"),
    ("Jane Roe | Reporter | March 3, 2024", "Jane Roe", None),
    ("Jane Roe | March 3, 2024", "Jane Roe", None),
    ("March 3, 2024 | Jane Roe", "Jane Roe", None),
    ("Jane Roe/The Valley Courier", "Jane Roe", "The Valley Courier"),
    ("Jane Roe/Reuters", "Jane Roe", "Reuters"),  # between the title and the date: no picture's credit
])
def test_more_byline_blocks_under_the_headline(line, byline, publisher):
    page = f"Council approves pool plan after a year of debate\n\n{line}\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["publisher"]) == (
        "Council approves pool plan after a year of debate", byline, publisher)
    assert article["published"] == "2024-03-03" and paragraphs(article) == [STORY, SECOND]
    assert not [b for b in article["blocks"] if b["type"] == "figure"] and article["summary"] == []


def test_a_title_over_a_credit_with_its_caption_under_it_is_still_a_figure():
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\nResidents Fill the Council Chamber\n\nJohn Doe/Valley News\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == "Council Backs the New Pool"


@pytest.mark.parametrize("credit_line, credit", [("© Getty Images", "Getty Images"), ("Foto: Jane Doe/dpa", "Jane Doe/dpa")])
def test_a_credit_printed_above_its_caption(credit_line, credit):
    caption = "Residents at the council meeting on Thursday."
    page = f"Council Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\n{credit_line}\n\n{caption}\n\n{THIRD}\n"
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, credit)]
    assert paragraphs(article) == [STORY, SECOND, THIRD]


def test_a_caption_over_its_credit_with_a_subhead_under_it_stays():
    caption = "Residents fill the council chamber on Thursday evening as the vote on the new pool is counted."
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\n{caption}\n\nPhoto: Jane Doe\n\nWhat comes next\n\n"
            f"{SECOND}\n\n{THIRD}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Jane Doe")]
    assert [b["text"] for b in article["blocks"] if b["type"] == "heading"] == ["What comes next"]


def test_a_menu_printed_twice_is_no_headline_printed_twice():
    menu = "Sport\n\nBlogs you may like\n\nWeather\n\n"
    page = f"Valley News\n\n{menu}Home\n\n{menu}Council Backs the New Pool\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == "Council Backs the New Pool"


def test_a_headline_printed_again_alone_is_still_the_headline():
    page = (f"Valley News\n\nCouncil Backs the New Pool After Debate\n\nShare\n\nSport\n\nCouncil Backs the New Pool After Debate\n\n"
            f"The vote ends a year of argument\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == "Council Backs the New Pool After Debate"


def test_an_advertisement_between_the_storys_paragraphs_does_not_part_them():
    page = (f"Council Backs the New Pool\n\n{STORY}\n\nAdvertisement\n\n{SECOND}\n\nNext story\n\nLibrary Opens Its New Wing\n\n"
            f"By John Doe\n\nMarch 5, 2024\n\n{THIRD}\n\n{BLURB}\n\n{THIRD} Again.\n")
    document, article = article_of(page)
    assert paragraphs(article)[:2] == [STORY, SECOND]


@pytest.mark.parametrize("kicker", ["EXCLUSIVE", "ANALYSIS", "MEINUNG"])
def test_a_kicker_in_capitals_on_the_first_line_is_no_sites_name(kicker):
    document, article = article_of(f"{kicker}\n\nCouncil Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert document["capture"]["site"] is None
    assert article["headline"] == "Council Backs the New Pool"


def test_a_live_blogs_first_post_title_is_its_heading_not_the_deck():
    page = (f"Live\n\nCouncil pool vote: live updates\n\nUpdated 10:15 a.m. ET\n\n10:05 a.m. ET\n\nCouncil opens the meeting\n\n"
            f"{STORY}\n\n9:50 a.m. ET\n\nResidents queue outside\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["summary"] == []
    assert [b["text"] for b in article["blocks"] if b["type"] == "heading"] == ["Council opens the meeting",
                                                                               "Residents queue outside"]


def test_a_standfirst_over_a_byline_block_with_a_video_player_between_it_and_the_story():
    standfirst = ("The new pool will open in the summer of 2026 after councillors backed the plan by 31 votes to 12 on "
                  "Thursday night")
    page = (f"News\n\nCouncil Backs the New Pool\n\n{standfirst}\n\nByJane Roe\n\nNews Reporter\n\n"
            "10:15, 3 Mar 2024Updated11:00, 3 Mar 2024\n\nBookmark\n\nVideo Loading\n\nVideo Unavailable\n\nClick to play\n\n"
            f"Tap to play\n\nPlay now\n\nPlay video\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["published"]) == ("Jane Roe", "2024-03-03")
    assert article["summary"] == [standfirst] and paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("line", ["Join ST's WhatsApp Channel and get the latest news and must-reads.",
                                  "Log in, register or subscribe to save articles for later."])
def test_channel_and_account_prompts(line):
    document, article = article_of(f"Council Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\n{line}\n\n{THIRD}\n")
    assert paragraphs(article) == [STORY, SECOND, THIRD]


@pytest.mark.parametrize("line, byline", [
    ("Local News | March 3, 2024", "Jane Roe"),  # a section, then the date
    ("2024-03-03T10:15:00Z", "Jane Roe"),  # ISO 8601's date and time
    ("Posted on March 3, 2024 by Jane Roe", "Jane Roe"),  # who posted it, after the stamp
])
def test_more_date_lines_in_the_header(line, byline):
    page = f"Council approves pool plan after a year of debate\n\nBy Jane Roe\n\n{line}\n\n{STORY}\n\n{SECOND}\n"
    if line.startswith("Posted"):
        page = page.replace("By Jane Roe\n\n", "")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"][:10]) == (
        "Council approves pool plan after a year of debate", byline, "2024-03-03")


@pytest.mark.parametrize("credit_line, credit", [("JANE ROE/REUTERS", "JANE ROE/REUTERS"), ("Photo: Jane Roe", "Jane Roe"),
                                                 ("PA Media", "PA Media")])
@pytest.mark.parametrize("caption", ["Councillors leave the town hall after the vote on Thursday evening.",
                                     "Councillors leave the town hall after the vote on Thursday evening"])
def test_a_credit_printed_over_the_lead_photos_caption_under_the_byline(credit_line, credit, caption):
    document, article = article_of(f"Council backs plan for new pool on the common\n\nBy Sam Reed\n\nMarch 4, 2024\n\n"
                                   f"{credit_line}\n\n{caption}\n\n{STORY}\n\n{SECOND}\n")
    figures = [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"]
    assert figures == [(caption, credit)]
    assert article["summary"] == []
    assert paragraphs(article) == [STORY, SECOND]


def test_who_edited_the_story_is_neither_its_headline_nor_its_byline():
    document, article = article_of(f"Council backs plan for new pool on the common\n\nWritten by Sam Reed\n\n"
                                   f"Edited by Ada Lund\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council backs plan for new pool on the common"
    assert article["byline"] == "Sam Reed"
    assert reasons(document)["Edited by Ada Lund"] == "story-credits"


def test_a_caption_that_says_who_is_pictured_above_the_headline_is_no_title():
    caption = "Fire chief Ann Lee (pictured) speaks to reporters outside the council chamber"
    document, article = article_of(f"{caption}\n\nCouncil backs plan for new pool on the common\n\nBy Sam Reed\n\n"
                                   f"March 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council backs plan for new pool on the common"
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, None)]
    assert article["summary"] == []


@pytest.mark.parametrize("lead", ["The district council met on Thursday", "RIVERTON, N.J. (AP) — The district"])
def test_a_story_cut_off_after_its_first_words_right_under_its_date(lead):
    document, article = article_of(f"The Valley Courier\n\nNews\n\nCouncil backs plan for new pool on the common\n\n"
                                   f"By Sam Reed\n\nMarch 4, 2024\n\n{lead}")
    assert article["headline"] == "Council backs plan for new pool on the common"
    assert paragraphs(article) == [lead]


@pytest.mark.parametrize("page, summary", [
    ("The Valley Courier\n\nNews\n\nCouncil backs plan for new pool on the common\n\nBy Sam Reed\n\nMarch 4, 2024\n", []),
    ("THE VALLEY COURIER\n\nNews\n\nCouncil backs plan for new pool on the common\n\n"
     "The vote ends a long argument over the cost.\n\nBy Sam Reed\n\nMarch 4, 2024\n\nShare\n",
     ["The vote ends a long argument over the cost."]),
])
def test_a_capture_cut_off_right_under_the_storys_byline_block(page, summary):
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"]) == (
        "Council backs plan for new pool on the common", "Sam Reed", "2024-03-04")
    assert article["summary"] == summary


def test_a_short_note_signed_at_its_end_keeps_its_text_as_the_body():
    document, article = article_of("Council backs plan for new pool\n\nThe pool will open in June.\n\n"
                                   "The cost is three million.\n\nPosted on March 4, 2024 by Jane Roe\n")
    assert paragraphs(article) == ["The pool will open in June.", "The cost is three million."]
    assert article["byline"] == "Jane Roe"


def test_the_deck_stands_under_the_last_copy_of_the_headline_over_the_byline():
    headline = "Council backs plan for new pool on the common"
    deck = "The vote ends a long argument over the cost of the new pool."
    document, article = article_of(f"{headline}\n\nThe Valley Courier\n\nNews\n\n{headline}\n\n{deck}\n\nBy Sam Reed\n\n"
                                   f"March 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == headline
    assert article["summary"] == [deck]


@pytest.mark.parametrize("signature, publisher", [
    ("Le Courrier | 04.03.2024 à 10h15 • Mis à jour le 05.03.2024 à 09h00 | Par Jeanne Roux", "Le Courrier"),
    ("Accueil | Par Jeanne Roux | 4 mars 2024 • Mis à jour le 5 mars 2024", None),  # a link home first
])
def test_a_byline_block_printed_on_one_line_between_bars(signature, publisher):
    story = ("Le conseil municipal a voté jeudi soir le projet de nouvelle piscine sur le terrain communal, la plupart "
             "des élus s'étant prononcés en sa faveur.")
    document, article = article_of(f"Le conseil approuve la nouvelle piscine\n\n{signature}\n\n{story}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"], article["published"], article["modified"]) == (
        "Jeanne Roux", publisher, "2024-03-04", "2024-03-05")
    assert paragraphs(article)[0] == story


def test_a_drop_cap_on_a_line_of_its_own_joins_its_paragraph():
    document, article = article_of(f"Council backs plan for new pool on the common\n\nBy Sam Reed\n\nMarch 4, 2024\n\n"
                                   f"T\n\n{STORY[1:]}\n\n{SECOND}\n")
    assert paragraphs(article) == [STORY, SECOND]
    assert article["blocks"][0]["lines"] == [7, 9]  # (both lines: nothing lost)


@pytest.mark.parametrize("line, modified", [
    ("ByJANE ROEUpdated: March 3, 2024 10:15 AM", "2024-03-03"),
    ("By Jane Roe@janeroe Updated Mar 3, 2024, 2:15pm EST", "2024-03-03T14:15:00-05:00"),
    ("By Jane Roe Published March 3, 2024", None),
])
def test_the_stamp_glued_after_a_bylines_name_dates_the_story(line, modified):
    document, article = article_of(f"Council backs plan for new indoor pool by the park\n\n{line}\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] in ("JANE ROE", "Jane Roe")
    assert article["published"][:10] == "2024-03-03"
    assert article["modified"] == modified


def test_a_captions_label_in_capitals_is_no_wire_dateline_to_start_the_story_at():
    # A story's first paragraph opens with its dateline, so prose above a wire's dateline is a standfirst; but a
    # caption that opens with the site's initials and a colon, over its credit, is no story's first paragraph.
    caption = "VCN: Here is the chart of the council's budget over the last two years, with the pool's share in blue."
    page = (f"Council backs plan for new indoor pool by the park\n\nMarch 3, 2024\n\n{STORY}\n\nThe Vote\n\n{SECOND}\n\n"
            f"{caption}\n\nVCN/Reuters\n\n{THIRD}\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND, THIRD]
    assert article["summary"] == []


@pytest.mark.parametrize("line, name, day", [
    ("March 3, 2024 by Jane Roe", "Jane Roe", "2024-03-03"),
    ("3. März 2024 von Hans Müller", "Hans Müller", "2024-03-03"),
    ("4.02.2022 par Jeanne Roux", "Jeanne Roux", "2022-02-04"),
    ("March 3, 2024 | Jane Roe", "Jane Roe", "2024-03-03"),
])
def test_a_date_then_its_author_under_the_headline(line, name, day):
    page = f"The Valley Courier\n\nCouncil Backs Plan for a New Pool on the Common\n\n{line}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == "Council Backs Plan for a New Pool on the Common"
    assert (article["byline"], article["published"]) == (name, day)
    assert paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("line, name, publisher", [
    ("Ana Souza, do g1", "Ana Souza", None),
    ("Ana Souza, da Folha de S.Paulo", "Ana Souza", None),
    ("Ana Souza, da Agência Brasil", "Ana Souza", "Agência Brasil"),
])
def test_a_name_then_the_newsroom_joined_by_the_portuguese_of_the(line, name, publisher):
    page = (f"A câmara aprova a construção de uma nova ponte sobre o rio\n\n{line}\n\n03/03/2024 10h15\n\n"
            "A câmara municipal votou na segunda-feira a construção de uma nova ponte sobre o rio, encerrando um longo "
            "debate.\n\nA ponte vai custar cerca de doze milhões de euros, disse o prefeito após a votação.\n")
    document, article = article_of(page)
    assert (article["byline"], article["publisher"], article["published"]) == (name, publisher, "2024-03-03")


def test_a_first_paragraph_over_a_credit_printed_above_its_own_caption_stays_the_first_paragraph():
    caption = "The mayor speaks to residents outside the town hall."
    page = (f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\n{STORY}\n\nJane Roe/Reuters\n\n"
            f"{caption}\n\n{SECOND}\n\n{STORY} {SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article)[0] == STORY
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Jane Roe/Reuters")]


def test_a_headline_set_in_capitals_over_its_byline_beats_the_sites_short_name():
    page = (f"The Valley Courier\n\nCOUNCIL BACKS PLAN FOR A NEW POOL ON THE COMMON\n\nBy Jane Roe\n\nMarch 3, 2024\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == "COUNCIL BACKS PLAN FOR A NEW POOL ON THE COMMON"
    assert paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("title, headline, label", [
    ("Council Backs Plan for a New Pool | The Valley Courier", "Council Backs Plan for a New Pool", "The Valley Courier"),
    ("Council backs plan for a new pool | The Valley Courier", "Council backs plan for a new pool", "The Valley Courier"),
    ("Council Backs Plan for a New Pool - The Valley Courier", "Council Backs Plan for a New Pool", "The Valley Courier"),
    ("Council Backs Plan for a New Pool — The Valley Courier", "Council Backs Plan for a New Pool", "The Valley Courier"),
])
def test_a_title_with_the_sites_name_after_a_bar(title, headline, label):
    page = f"The Valley Courier\n\n{title}\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == headline
    assert {"text": label, "reason": "masthead", "lines": [3, 3]} in document["removed"]
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


def test_a_section_before_the_bar_is_no_part_of_the_headline():
    page = f"Opinion | Why the Town Needs a New Pool\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["headline"] == "Why the Town Needs a New Pool"


def test_the_lead_photos_credit_parted_from_its_caption_by_a_bar_alone():
    caption = "A pilot project in the valley has started making pellets from leaves."
    page = (f"Council Backs Plan for a New Pool on the Common\n\n{caption}\n\n|\n\nImago/Shotshop\n\nBy Jane Roe\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"], b["lines"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "Imago/Shotshop", [3, 7])]
    assert article["summary"] == [] and paragraphs(article) == [STORY, SECOND]


def test_a_dash_joining_a_headlines_two_halves_stays():
    page = f"The Valley Courier\n\nCouncil Backs the Pool - and Critics Are Furious\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["headline"] == "Council Backs the Pool - and Critics Are Furious"


def test_a_date_written_with_stops_under_the_byline_dates_the_story():
    page = f"Council Backs Plan for a New Pool on the Common\n\nHans Müller\n\n03.03.2024\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["published"] == "2024-03-03"


@pytest.mark.parametrize("date", ["March 3, 2024", "03.03.2024 10:15"])
def test_a_deck_over_the_date_line_is_the_summary_not_the_first_paragraph(date):
    deck = "The vote ends a debate that has divided the town for more than a decade."
    page = f"Council Backs Plan for a New Pool on the Common\n\n{deck}\n\n{date}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["summary"] == [deck] and paragraphs(article) == [STORY, SECOND]
    assert article["published"].startswith("2024-03-03")


def test_of_two_titles_printed_twice_the_one_over_the_byline_is_the_headline():
    page = ("The Valley Courier for Town and Country\n\nNewsletter\n\nShop\n\nThe Valley Courier for Town and Country\n\n"
            "Share this article\n\nFacebook\n\nLocal News\n\nCouncil Backs Plan for a New Pool\n\n"
            "Council Backs Plan for a New Pool\n\nBy Jane Roe\n\nMarch 3, 2024\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("Council Backs Plan for a New Pool", "Jane Roe")


def test_a_date_then_its_author_signs_the_title_over_it():
    page = ("The Valley Courier for Town and Country\n\nNewsletter\n\nShop\n\nThe Valley Courier for Town and Country\n\n"
            "Share this article\n\nLocal News\n\nCouncil Backs Plan for a New Pool\n\nCouncil Backs Plan for a New Pool\n\n"
            f"March 3, 2024 by Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council Backs Plan for a New Pool"


def test_a_short_first_paragraph_over_a_subhead_stays_the_first_paragraph():
    # (a subhead in title case reads like a name alone: a deck is told by the date or the "By" line under it)
    lead = "The council voted on Monday to build the new pool on the common, ending a long debate."
    page = f"Council Backs Plan for a New Pool on the Common\n\n{lead}\n\nWhat Happens Next\n\n{STORY}\n\n{SECOND}\n"
    assert paragraphs(article_of(page)[1])[0] == lead


def test_a_deck_over_a_date_then_its_author_is_the_summary():
    deck = "The vote ends a debate that has divided the town for more than a decade."
    page = f"Council Backs Plan for a New Pool on the Common\n\n{deck}\n\n03.03.2024 by Jane Roe\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["summary"], article["byline"], article["published"]) == ([deck], "Jane Roe", "2024-03-03")
    assert paragraphs(article) == [STORY, SECOND]


def test_the_last_crumb_of_the_trail_names_the_headline_among_titles():
    page = ("Home » Local » Council Backs Plan for a New Pool on the Common\n\n"
            "Council Backs Plan for a New Pool on the Common\n\nPool-Plan Council-Vote Riverton-Common Swimming-Pool\n\n"
            f"The vote ends a debate that has divided the town for more than a decade.\n\n03.03.2024 by Jane Roe\n\n"
            f"{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council Backs Plan for a New Pool on the Common"


@pytest.mark.parametrize("line", ["Política 04 mayo 2022 - 00:00", "Datum 03.03.2024"])
def test_a_sections_name_then_the_date_with_no_bar_dates_the_story(line):
    page = f"Council Backs Plan for a New Pool on the Common\n\n{line}\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == "Council Backs Plan for a New Pool on the Common"
    assert article["published"][:4] in ("2022", "2024") and article["summary"] == []


def test_a_title_that_ends_with_a_date_stays_a_title():
    page = f"LWN.net Weekly Edition for March 26, 2015\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["headline"] == "LWN.net Weekly Edition for March 26, 2015"


def test_a_by_line_with_the_authors_address():
    page = f"Council Backs Plan for a New Pool on the Common\n\nPor Mariano Martín mmartin@valley.example\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["byline"] == "Mariano Martín"


def test_a_deck_the_authors_name_and_the_lead_picture_over_the_story():
    deck = "The vote ends a debate that has divided the town for more than a decade."
    caption = "The old pool closed after its roof failed an inspection. Photo: Jane Roe/Reuters"
    page = f"Council Backs Plan for a New Pool on the Common\n\n{deck}\n\nJane Roe\n\n{caption}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["summary"] == [deck] and paragraphs(article) == [STORY, SECOND]


def test_the_sites_name_after_a_dash_when_the_page_names_it_in_its_own_text():
    page = (f"Take your next trip with The Valley Courier!\n\nTrips\n\nCouncil Backs Plan for a New Pool - The Valley Courier\n\n"
            f"By Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council Backs Plan for a New Pool"


def test_a_word_after_a_dash_found_elsewhere_stays_in_the_headline():
    page = (f"Council Backs the Pool - Finally\n\nFinally, some news\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council Backs the Pool - Finally"


def test_the_lead_photos_caption_with_the_agency_in_small_letters_is_no_headline():
    page = ("Il sindaco durante la conferenza stampa di lunedì (Ansa)\n\n"
            "Il consiglio approva la costruzione di un nuovo ponte sul fiume\n\ndi Marco Rossi\n\n3 marzo 2024\n\n"
            "Il consiglio comunale ha votato lunedì la costruzione di un nuovo ponte sul fiume, chiudendo un lungo dibattito.\n")
    assert article_of(page)[1]["headline"] == "Il consiglio approva la costruzione di un nuovo ponte sul fiume"


def test_the_sites_clock_and_bars_above_the_story():
    page = ("Skip to content\n\nSunday, March 10, 2024\n\n72°F Sunny\n\nThe Valley Courier\n\n"
            "Breaking News: Storm warning for the valley tonight\n\nTrending: Election results | Bridge vote | School closures\n\n"
            f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["published"]) == ("Council Backs Plan for a New Pool on the Common", "2024-03-03")
    assert reasons(document)["Sunday, March 10, 2024"] == "site-clock"


def test_a_date_printed_over_the_headline_dates_the_story():
    page = f"The Valley Courier\n\nMarch 3, 2024\n\nCouncil Backs Plan for a New Pool on the Common\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["published"] == "2024-03-03"


def test_a_date_alone_at_the_top_dates_the_story_that_has_no_other():
    page = f"Sunday, March 3, 2024\n\nThe Valley Courier\n\nCouncil Backs Plan for a New Pool on the Common\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["published"] == "2024-03-03"


def test_the_sites_clock_under_its_short_name():
    page = (f"The Valley Courier\n\nSunday, March 10, 2024\n\nSections\n\nCouncil Backs Plan for a New Pool on the Common\n\n"
            f"By Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["published"] == "2024-03-03"


def test_a_byline_block_of_name_newspaper_and_date():
    page = (f"Council approves pool plan after a year of debate\n\nJane Roe\n\nRiverton Today\n\n"
            f"Published 10:15 a.m. ET March 4, 2024 | Updated 11:20 a.m. ET March 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["publisher"], article["published"][:10]) == ("Jane Roe", "Riverton Today",
                                                                                     "2024-03-04")
    assert paragraphs(article) == [STORY, SECOND]


def test_a_story_that_opens_with_a_dateline_under_a_video_players_title():
    first = f"RIVERTON, N.J. — {STORY}"
    page = (f"Council approves pool plan after a year of debate\n\nBy Jane Roe | Valley News\n\nVideo\n\n"
            f"Residents speak out on the pool plan\n\n{first}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article) == [first, SECOND]
    assert article["dateline"] == "RIVERTON, N.J."


def test_the_sites_clock_right_over_the_headline_of_a_story_with_its_own_date():
    page = (f"The Valley Courier\n\nSections\n\nSunday, March 10, 2024\n\nCouncil Backs Plan for a New Pool on the Common\n\n"
            f"By Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["published"] == "2024-03-03"
    assert reasons(document)["Sunday, March 10, 2024"] == "site-clock"


def test_the_sites_clock_under_a_title_like_promotion_signs_no_headline():
    # (the clock stands right over the headline, whose byline is under it: it dates neither the line above it nor
    # the story, which has its own date)
    page = (f"Health\n\nManage Account\n\nGreat stories about the town you love\n\nPolitics\n\nSunday, March 10, 2024\n\n"
            f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["published"]) == ("Council Backs Plan for a New Pool on the Common", "2024-03-03")
    assert reasons(document)["Sunday, March 10, 2024"] == "site-clock"


def test_a_list_of_titles_each_over_its_date_keeps_its_first_title_signed():
    page = ("Council Backs Plan for a New Pool on the Common\n\nMarch 3, 2024\n\n"
            "Library Opens Its New Wing to Readers\n\nMarch 2, 2024\n\n"
            f"School Board Names a New Head Teacher\n\nMarch 1, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council Backs Plan for a New Pool on the Common"


def test_a_name_and_the_newspaper_between_bars_under_the_deck_is_the_byline():
    page = ("Council Backs Plan for a New Pool on the Common\n\nThe vote ends a debate that has divided the town for years.\n\n"
            f"Jane Roe | The Valley Courier\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["publisher"], article["published"]) == ("Jane Roe", "The Valley Courier", "2024-03-03")
    assert paragraphs(article) == [STORY, SECOND]
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


def test_the_lead_photos_caption_and_its_credit_between_bars_under_the_byline_block():
    caption = "Residents gather outside the town hall before the vote on Monday, March 4, 2024."
    page = (f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 4, 2024\n\n{caption}\n\n"
            f"John Doe | The Valley Courier\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "John Doe | The Valley Courier")]
    assert paragraphs(article) == [STORY, SECOND]


def test_the_lead_photos_caption_and_its_credit_between_bars_over_the_headline():
    caption = "Residents gather outside the town hall before the vote on Monday, March 4, 2024."
    page = (f"Local\n\n{caption}\n\nJohn Doe | The Valley Courier\n\nCouncil Backs Plan for a New Pool on the Common\n\n"
            f"Jane Roe, Staff Writer\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "John Doe | The Valley Courier")]
    assert (article["headline"], article["byline"]) == ("Council Backs Plan for a New Pool on the Common", "Jane Roe")


def test_a_credit_after_its_label_and_an_ellipsis_under_the_lead_photos_caption():
    caption = "Residents gather outside the town hall before the vote on Monday, March 4, 2024."
    page = (f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 4, 2024\n\n{caption}\n\n"
            f"Credit...John Doe for The Valley Courier\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "John Doe for The Valley Courier")]
    assert paragraphs(article) == [STORY, SECOND]


def test_a_name_and_job_under_the_headline_with_no_date_is_no_headline():
    page = ("NEWS\n\nCouncil backs plan for a new pool on the common\n\nJane Roe, Staff Writer\n\nEmail\n\nExpand\n\n"
            f"Hide Caption\n\n1 of 3\n\nCopy Link\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == ("Council backs plan for a new pool on the common", "Jane Roe")


def test_a_name_and_job_between_bars_under_the_headline_with_no_date_is_its_byline():
    page = f"Subscribe Now\n\nCouncil backs plan for a new pool on the common\n\nJane Roe | Reporter\n\nReddit\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert (article["byline"], article["summary"]) == ("Jane Roe", [])


@pytest.mark.parametrize("line, byline", [("Jane Roe (@janeroe)", "Jane Roe"), ("Reporting by Jane Roe", "Jane Roe"),
                                           ("Reporting by Jane Roe and John Doe; Editing by Ada Lund", "Jane Roe and John Doe")])
def test_a_byline_with_the_handle_in_parentheses_or_as_a_wire_credits_its_reporter(line, byline):
    page = f"Menu\n\nCouncil backs plan for a new pool on the common\n\n{line}\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert (article["byline"], article["summary"]) == (byline, [])
    assert paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("section", ["Business / Real Estate", "National / Crime & Legal", "Cold, Flu & Cough"])
def test_a_section_of_a_few_words_between_marks_is_no_headline(section):
    page = (f"{section}\n\nCouncil backs plan for a new pool on the common\n\nJane Roe\n\nReporter\n\n"
            f"Published 6:15 p.m. ET March 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council backs plan for a new pool on the common"


def test_another_storys_teaser_above_the_headline_is_not_signed_by_its_byline():
    page = ("Our journalism is funded by readers like you. Please consider a donation to support local reporting.\n\n"
            "School board names new superintendent\n\nThe board voted unanimously on Thursday to hire a longtime principal.\n\n"
            f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == ("Council Backs Plan for a New Pool on the Common", "Jane Roe")
    assert paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("signature", ["Jane Roe, Staff Writer", "Reporting by Jane Roe"])
def test_a_deck_sentence_then_a_title_like_signature_under_the_headline(signature):
    page = ("Don't miss out on local news\n\nAdvertise\n\nCouncil Backs Plan for a New Pool on the Common\n\n"
            f"The vote ends a debate that has divided the town for years.\n\n{signature}\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council Backs Plan for a New Pool on the Common"


def test_a_date_then_its_section_after_a_dash():
    page = f"Council Backs Plan for a New Pool on the Common\n\n03.03.2024 - Gemeinde / Stadt\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["published"] == "2024-03-03"


def test_a_bar_of_breaking_news_over_the_sites_clock_is_no_title():
    page = ("Breaking News: Storm warning for the valley tonight\n\nSubscribe\n\nSunday, March 10, 2024\n\n"
            f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["published"] == "2024-03-03"


LEAD = "The council has voted for the pool."


@pytest.mark.parametrize("between", [
    ["Share", "Listen to this article"],
    ["Councillors leave the town hall on Thursday. (Jane Roe/The Valley Courier)"],
    ["Councillors leave the town hall on Thursday.", "Jane Roe/The Valley Courier"],
])
def test_a_short_first_paragraph_under_the_storys_widgets_or_lead_picture(between):
    page = "\n\n".join(["Council backs plan for new pool on the common", "By Jane Roe", "March 4, 2024", *between,
                        LEAD, STORY, SECOND]) + "\n"
    article = article_of(page)[1]
    assert paragraphs(article)[:1] == [LEAD]
    assert article["summary"] == []


def test_a_short_first_paragraph_under_a_name_and_date_on_one_line():
    page = f"Council backs plan for new pool on the common\n\nJane Roe | March 4, 2024\n\n{LEAD}\n\n{STORY}\n\n{SECOND}\n"
    assert paragraphs(article_of(page)[1])[:1] == [LEAD]


def test_the_lead_photos_caption_over_a_short_first_paragraph():
    caption = "The old pool on the common in Riverton, N.J., on Monday, March 4, 2024."
    page = (f"Council backs plan for new pool on the common\n\nBy Jane Roe\n\nMarch 4, 2024\n\n{caption}\n\n{LEAD}\n\n"
            f"{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert paragraphs(article)[:1] == [LEAD]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, None)]


def test_where_the_story_was_filed_at_the_end_of_its_date_line():
    page = (f"Council backs plan for new pool on the common\n\nJane Roe\n\n"
            f"March 04, 2024 10:15 pm | Updated 10:20 pm IST - NEW DELHI\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["dateline"], article["published"]) == ("NEW DELHI", "2024-03-04")


def test_a_deck_over_its_writers_name_and_job():
    deck = "The vote ends a debate that has divided the town for more than a decade."
    page = (f"Council backs plan for new pool on the common\n\n{deck}\n\nJane Roe, Staff Writer\n\nShare\n\n"
            f"{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["summary"], article["byline"], paragraphs(article)) == ([deck], "Jane Roe", [STORY, SECOND])


def test_a_credit_over_the_lead_photos_caption_over_the_headline():
    caption = "The mayor speaks to residents outside the town hall."
    page = (f"The Valley Courier\n\nJane Roe/Reuters\n\n{caption}\n\nCouncil Backs Plan for a New Pool on the Common\n\n"
            f"By Jane Roe\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Jane Roe/Reuters")]
    assert (article["headline"], paragraphs(article)[:1]) == ("Council Backs Plan for a New Pool on the Common", [STORY])


def test_a_stamp_with_its_time_glued_to_its_label():
    page = (f"Council backs plan for new pool on the common\n\nBy\n\nJane Roe\n\nUpdated21:22, 6 OCT 2020\n\n"
            f"{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["modified"][:10]) == ("Council backs plan for new pool on the common", "2020-10-06")


def test_a_capture_cut_inside_the_first_paragraph_under_the_byline_block_and_a_blurb_above():
    blurb = ("For almost a hundred years, the Valley Society has worked to defend the rights and liberties of the "
             "people of the valley.")
    cut = "I do not use the new pool. I am not against swimming, I am a keen swimmer and have been for years, but"
    menus = "\n\n".join(["Shop", "Events", "Donate", "Careers", "Contact"])
    widgets = "\n\n".join(["Tags", "Pools", "Facebook", "Twitter", "Email", "Print"])
    page = (f"{menus}\n\n{blurb}\n\nShop\n\nCouncil Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\n"
            f"April 5, 2018 | 6:00 PM\n\n{widgets}\n\n{cut}")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"], article["published"]) == (
        "Council Backs Plan for a New Pool on the Common", "Jane Roe", "2018-04-05")
    assert paragraphs(article) == [cut]


def test_a_capture_cut_inside_the_date_line_of_a_header_with_no_story_under_it():
    menus = "\n\n".join(["News", "UK", "World", "Politics", "Business", "Science", "Culture", "Travel"])
    page = (f"{menus}\n\nThe seven things the council will not tell you about the pool\n\n"
            f"Councillors spill the beans on cost cutting and hygiene\n\nJane Roe\n\nFriday 25 Dec")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["summary"]) == (
        "The seven things the council will not tell you about the pool", "Jane Roe",
        ["Councillors spill the beans on cost cutting and hygiene"])
    assert article["blocks"] == [] and reasons(document)["Friday 25 Dec"] == "timestamp"


@pytest.mark.parametrize("text, cut", [("Friday 25 Dec", True), ("March 4", True), ("Lundi 4 mars", True),
                                       ("4. März", True), ("25 Dec 2024", False), ("The March", False)])
def test_a_date_without_its_year(text, cut):
    from convert.readers.capture.dates import date_without_year
    assert date_without_year(text) is cut


def test_a_headline_signed_by_its_authors_name_and_how_long_ago():
    page = ("News Sections\n\nUS\n\nWorld\n\nCouncil Backs Plan for a New Pool on the Common\n\nValley Insider\n\n"
            "Jane Roe 1 day ago\n\nShare\n\nEmail\n\nPool row: what the neighbours say\n\n"
            f"Bridge tolls to rise next year\n\n{STORY}\n\n{SECOND}\n\n{STORY} {SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == ("Council Backs Plan for a New Pool on the Common", "Jane Roe")


def test_a_list_of_stories_each_under_its_label_and_time():
    page = ("Lifestyle Travel 1 hour ago\n\nThe old pool on the common is to close for good\n\n"
            "Lifestyle Sport 2 hours ago\n\nWhat was the worst job in the history of the town?\n\n"
            f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council Backs Plan for a New Pool on the Common"


def test_a_list_of_links_over_the_headline_its_deck_and_the_writers_name_and_handle():
    page = ("Valley council buys the old mill for the town\n\nThe pool on the common is to open in a year\n\n"
            "Bridge tolls on the valley road are to rise next spring\n\n"
            "Council review: A plan for a new pool that keeps up with the times\n\n"
            "But only keen swimmers will be happy with it.\n\nJane Roe, @janeroe\n\nComments\n\nShare\n\n"
            f"{STORY}\n\n{SECOND}\n\n{STORY} {SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"], article["summary"]) == (
        "Council review: A plan for a new pool that keeps up with the times", "Jane Roe",
        ["But only keen swimmers will be happy with it."])


def test_a_trail_whose_last_crumb_is_a_headline_ending_with_an_exclamation_mark():
    title = "Pool deal now open: the council cuts the prices for a short time!"
    page = (f"Valley News > Articles > Offers > {title}\n\n{title}\n\n1.11.23 20:19 von Hans Müller Lesezeit: 4 Min.\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"]) == (title, "Hans Müller", "2023-11-01")
    assert paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("line, byline, published", [
    ("Jane · April 19, 2019 · Pools · 7 comments", None, "2019-04-19"),
    ("Freitag | 14. Juni 2019 | 15:49 VON Hans Müller IN Politik | 0 COMMENTS", "Hans Müller", "2019-06-14"),
    ("04.02.2022 | 13:10 Uhr | Hans Müller", "Hans Müller", "2022-02-04"),
    ("January 13, 2020 at 08:45 AM | categories: Pools, Council | View Comments", None, "2020-01-13"),
    ("Redação | 22 Fev 2025 | 0 comentários", "Redação", "2025-02-22"),
])
def test_a_posts_line_of_facts_under_its_title(line, byline, published):
    page = f"Council approves pool plan after a year of debate\n\n{line}\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert (article["headline"], article["byline"], article["published"]) == (
        "Council approves pool plan after a year of debate", byline, published)
    assert paragraphs(article) == [STORY, SECOND]


def test_a_headline_glued_to_its_own_copy_is_read_once():
    title = "Council backs plan for new pool on the common"
    page = f"{title}{title}\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["headline"] == title


def test_a_headline_opening_with_a_brands_small_letter():
    page = f"Menu\n\nSearch\n\niPhone Owners Line Up for the New Pool App\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["headline"] == "iPhone Owners Line Up for the New Pool App"


def test_a_caption_naming_place_and_date_above_the_headline():
    caption = "Firefighters at the scene in Riverton, N.J., on Monday, March 4, 2024."
    page = (f"{caption}\n\nCouncil Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 4, 2024\n\n"
            f"{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, None)]


def test_a_short_headline_printed_again_with_the_byline_right_under_a_copy():
    page = ("Home\n\nNews\n\nSport\n\nCouncil Backs Pool\n\nThe Valley Courier Weekly Digest\n\nCouncil Backs Pool\n\n"
            f"By Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == ("Council Backs Pool", "Jane Roe")


TEXT_BROWSER_DUMP = """   [1]Skip to content
   [2]The Valley Courier
     * [3]News
     * [4]Sports

Council approves $12 million bridge after decade-long fight

   By [5]Jane Roe
   March 4, 2024

   RIVERTON, N.J. (AP) — The town council voted 5-2 on Monday night to
   build a new bridge over the Mill River, ending a debate that has
   divided the town for more than a decade.

   The bridge will cost about $12 million and is expected to open in
   2026, Mayor Ana Ruiz said after the vote.

   Residents who opposed the plan said they would ask a judge to stop the
   work, arguing that the town had not studied the river's flood risk.

References

   1. https://valleycourier.example/#content
   2. https://valleycourier.example/
"""


def test_a_text_browsers_dump_wrapped_paragraphs_and_link_numbers():
    article = article_of(TEXT_BROWSER_DUMP)[1]
    assert (article["headline"], article["byline"], article["dateline"]) == (
        "Council approves $12 million bridge after decade-long fight", "Jane Roe", "RIVERTON, N.J.")
    assert paragraphs(article)[:2] == [
        "RIVERTON, N.J. (AP) — The town council voted 5-2 on Monday night to build a new bridge over the Mill River, "
        "ending a debate that has divided the town for more than a decade.",
        "The bridge will cost about $12 million and is expected to open in 2026, Mayor Ana Ruiz said after the vote."]


def test_a_text_browsers_linked_logo_is_the_site():
    dump = TEXT_BROWSER_DUMP.replace("[2]The Valley Courier", "[2][IMG] The Valley Courier")
    document, article = article_of(dump)
    assert (document["capture"]["site"], article["headline"]) == (
        "The Valley Courier", "Council approves $12 million bridge after decade-long fight")


def test_a_footnotes_number_after_its_word_and_a_year_in_brackets_stay():
    page = (f"Council approves pool plan\n\nBy Jane Roe\n\n{STORY}[1]\n\nBaker, John (2010) [1966]. Some Indicators.\n\n"
            f"{SECOND}[2] More [3] text.\n")
    texts = paragraphs(article_of(page)[1])
    assert texts[0] == f"{STORY}[1]" and "[1966]" in texts[1]


def test_a_deck_then_the_newsroom_and_where_and_when_over_the_story():
    deck = "La votación, por cinco votos a dos, pone fin a más de una década de polémica en la ciudad."
    first = ("El ayuntamiento aprobó el lunes por la noche, por cinco votos a dos, la construcción de un nuevo puente sobre "
             "el río, poniendo fin a un debate.")
    page = (f"El ayuntamiento aprueba la construcción del nuevo puente tras años de debate\n\n{deck}\n\nRedacción\n\n"
            f"Madrid, 4 de marzo de 2024\n\nCompartir\n\n{first}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["summary"], article["published"], article["dateline"]) == ([deck], "2024-03-04", "Madrid")
    assert paragraphs(article) == [first, SECOND]


def test_a_line_of_the_storys_facts_between_slashes():
    page = f"Council backs plan for a new pool on the common\n\nMarch 4, 2024 / 6:15 PM / CBS News\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert article["published"][:10] == "2024-03-04"
    assert paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("line, byline, publisher", [
    ("Jane Roe for The Valley Courier", "Jane Roe", "The Valley Courier"), ("Jane Roe - The Valley Courier", "Jane Roe", "The Valley Courier"),
    ("Jane Roe / Reporter", "Jane Roe", None), ("Jane Roe • Staff Writer", "Jane Roe", None),
    ("Jane Roe, Jan Doe and Ada Lund", "Jane Roe, Jan Doe and Ada Lund", None), ("Opinion by Jane Roe", "Jane Roe", None),
    ("Analysis by Jane Roe", "Jane Roe", None), ("Words: Jane Roe", "Jane Roe", None),
])
def test_more_shapes_of_a_bare_byline_over_the_date_line(line, byline, publisher):
    page = f"Menu\n\nCouncil backs plan for a new pool on the common\n\n{line}\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert (article["byline"], article["publisher"], article["summary"]) == (byline, publisher, [])


def test_the_sites_clock_under_its_menus_over_a_headline_dated_but_unsigned():
    page = ("Great stories about the town you love\n\nClassifieds\n\nYour Account\n\nSunday, March 10, 2024\n\n"
            "Council Backs Plan for a New Pool on the Common\n\nThe vote ends a debate that has divided the town.\n\n"
            f"March 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["published"]) == ("Council Backs Plan for a New Pool on the Common", "2024-03-03")
    assert reasons(document)["Sunday, March 10, 2024"] == "site-clock"


def test_a_wires_name_alone_under_the_lead_pictures_caption_below_the_byline_block():
    caption = "Vecinos reunidos el lunes frente al ayuntamiento de Riovilla."
    first = "RIOVILLA (EFE).- El ayuntamiento aprobó el lunes por la noche la construcción de un nuevo puente sobre el río."
    page = (f"El ayuntamiento aprueba la construcción del nuevo puente\n\nAna Ruiz\n\n4 de marzo de 2024\n\nImprimir\n\n"
            f"{caption}\n\nEFE\n\n{first}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "EFE")]
    assert paragraphs(article) == [first, SECOND]


def test_a_wires_credit_in_brackets_under_the_lead_pictures_caption_below_the_byline_block():
    caption = "Residents gather outside the town hall before the vote on Monday."
    page = (f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 4, 2024\n\n{caption}\n\n"
            f"(AP Photo/John Doe)\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "AP Photo/John Doe")]


def test_a_name_and_the_newspaper_between_bars_over_a_by_line_credit_the_picture_over_them():
    caption = "Residents gather outside the town hall before the vote on Monday."
    page = (f"Council Backs Plan for a New Pool on the Common\n\n{caption}\n\nJohn Doe | The Valley Courier\n\n"
            f"By Jane Roe\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["summary"]) == ("Jane Roe", [])
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "John Doe | The Valley Courier")]


def test_a_wires_name_alone_under_a_deck_with_no_byline_block_above_is_no_credit():
    deck = "La votación, por cinco votos a dos, pone fin a más de una década de polémica en la ciudad."
    first = "El ayuntamiento aprobó el lunes por la noche la construcción de un nuevo puente sobre el río, tras años."
    page = f"El ayuntamiento aprueba la construcción del nuevo puente\n\n{deck}\n\nEFE\n\n{first}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


def test_a_caption_with_a_wires_tag_after_its_stop_right_over_the_story_under_the_byline_block():
    caption = "I residenti riuniti lunedì davanti al municipio di Rivolo."
    first = ("Il consiglio comunale ha approvato lunedì sera, con cinque voti favorevoli e due contrari, la costruzione "
             "di un nuovo ponte sul fiume.")
    page = f"Il consiglio approva il nuovo ponte sul fiume\n\ndi Marco Rossi\n\n4 marzo 2024\n\n{caption} (Ansa)\n\n{first}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Ansa")]
    assert paragraphs(article) == [first, SECOND]


def test_a_consent_dialog_over_the_page():
    page = ("We value your privacy\n\nWe and our partners store and/or access information on a device, such as cookies and "
            "process personal data, such as unique identifiers and standard information sent by a device for personalised ads "
            "and content, ad and content measurement, and audience insights.\n\nWith your permission we and our partners may "
            "use precise geolocation data. You may click to consent to our and our partners' processing as described above.\n\n"
            "Manage options\n\nAccept all\n\nCouncil Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\n"
            f"March 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == ("Council Backs Plan for a New Pool on the Common", "Jane Roe")
    assert paragraphs(article) == [STORY, SECOND]


def test_a_credit_printed_again_under_its_captions_controls_is_no_title():
    caption = "Volunteers plant sedge along a restored stream channel near the town on Monday."
    page = (f"Council Backs Plan for a New Pool on the Common\n\nMarch 4, 2024 5:00 AM ET\n\nJane Roe\n\n"
            f"Enlarge this image\n\n{caption}\n\nJohn Doe for PRN\n\nhide caption\n\ntoggle caption\n\n"
            f"John Doe for PRN\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("Council Backs Plan for a New Pool on the Common", "Jane Roe")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "John Doe for PRN")]


def test_the_button_that_toggles_a_caption_between_the_caption_and_its_credit():
    caption = "Volunteers plant sedge along a restored stream channel near the town on Monday."
    title = "Council Backs Plan for a New Pool on the Common"
    for blank in ("", "\n"):  # (with blank lines between the page's blocks, or none)
        page = (f"{title}\n{blank}March 4, 2024 5:00 AM ET\n{blank}Jane Roe\n{blank}Enlarge this image\n{blank}"
                f"{caption}\n{blank}toggle caption\n{blank}John Doe/Valley Radio\n{blank}{STORY}\n{blank}{SECOND}\n{blank}"
                f"{caption}\n{blank}hide caption\n{blank}John Doe/Valley Radio\n{blank}{THIRD}\n")
        document, article = article_of(page)
        assert (article["headline"], article["summary"]) == (title, [])
        figures = [b for b in article["blocks"] if b["type"] == "figure"]
        assert [(b["caption"], b["credit"]) for b in figures] == [(caption, "John Doe/Valley Radio")] * 2
        assert {"text": "toggle caption", "reason": "page-control"} in [
            {k: r[k] for k in ("text", "reason")} for r in document["removed"]]
        assert paragraphs(article) == [STORY, SECOND, THIRD]


def test_a_standfirst_over_a_long_byline_block_with_its_widgets():
    deck = "Council leader says the pool is needed to keep the town's swimming clubs alive, but residents fear the cost"
    page = (f"Council Backs Plan for a New Pool on the Common\n\n{deck}\n\nJane Roe\n\nand\n\nJohn Doe\n\n+ FOLLOW\n\n"
            f"Published: 6:00am, 4 Mar 2024\n\nUpdated: 9:15am, 4 Mar 2024\n\nWhy you can trust us\n\n"
            f"Get more with myNews\n\nLearn more\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["summary"], article["published"][:10]) == ([deck], "2024-03-04")
    assert paragraphs(article)[0] == STORY


def test_a_mastheads_name_over_the_menus_is_no_headline_and_a_name_bar_paper_signs_the_story():
    deck = "El servicio meteorológico estima que tocará tierra la madrugada del miércoles en la costa"
    first = ("RIOVILLA.- El huracán se intensificó este lunes a categoría 3 frente a las costas del estado, informó el "
             "servicio meteorológico en su boletín de la tarde.")
    page = ("El Sol del Valle\n\nLocal\n\nDeportes\n\nFinanzas\n\nSuscríbete\n\n"
            "Huracán se intensifica a categoría 3 frente a la costa; prevén lluvias torrenciales\n\n"
            f"{deck}\n\nAna Ruiz | El Sol del Valle\n\n17 de octubre de 2022\n\n{first}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"], article["publisher"]) == (
        "Huracán se intensifica a categoría 3 frente a la costa; prevén lluvias torrenciales", "Ana Ruiz", "El Sol del Valle")
    assert [b for b in article["blocks"] if b["type"] == "figure"] == []


def test_the_photographer_who_wrote_the_story_is_its_byline_too():
    caption = "Residents gather outside the town hall before the vote on Monday, March 4, 2024."
    page = (f"Home\n\nNews\n\n{caption}\n\nPhoto by Jane Roe\n\nCouncil Backs Plan for a New Pool on the Common\n\n"
            f"The vote ends a debate that has divided the town for years.\n\nJane Roe\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == ("Council Backs Plan for a New Pool on the Common", "Jane Roe")


def test_a_headline_in_guillemets_after_its_kicker():
    page = ("Wirtschaft\n\nAutozulieferer in der Krise\n\n»Wir haben die Elektromobilität verschlafen«\n\n"
            "Ein Zulieferer streicht 800 Stellen. Die Beschäftigten fragen sich, wer sie jetzt noch retten soll.\n\n"
            f"Von Hans Müller\n\n14.02.2024, 06.00 Uhr\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == ("»Wir haben die Elektromobilität verschlafen«", "Hans Müller")


def test_a_byline_with_where_from_under_the_lead_picture_below_the_deck():
    caption = "Firefighters tackle a blaze near the town on Sunday. Photograph: Jane Doe/AFP via Getty Images"
    page = ("World\n\nPortugal\n\nThousands evacuated as wildfires sweep through the southern hills\n\n"
            "Authorities say flames fanned by strong winds have destroyed at least 40 homes in the hills\n\n"
            f"{caption}\n\nRuth Calloway in Lisbon\n\nSun 11 Aug 2024 14.02 BST\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == (
        "Thousands evacuated as wildfires sweep through the southern hills", "Ruth Calloway")
    page = page.replace("Ruth Calloway in Lisbon", "Mit Musiker Voodoo Jürgens in Wien")  # (a title, not a byline)
    assert article_of(page)[1]["byline"] is None


@pytest.mark.parametrize("kicker", ["Pro D2 - 24e journée", "Liga | Jornada 29", "CD Almara 1 - 2 Racing Valdemora",
                                    "Serie D – Girone C", "Segunda RFEF — Grupo 2"])
def test_a_rounds_label_or_a_score_over_the_headline_is_no_headline(kicker):
    headline = "El Valdemora asalta Los Olmos con un doblete y se mete en la zona de promoción"
    caption = "Íker Sanz celebra el segundo gol del Valdemora en Los Olmos. (J. Ruiz/Valle Deportes)"
    page = (f"Suscríbete\n\nIniciar sesión\n\n{kicker}\n\n{headline}\n\n"
            f"Los de Tomás Arriaga remontan tras el descanso y duermen en puestos de promoción.\n\n{caption}\n\n"
            f"Por Martín Iturbe\n\npublicado el 10 de marzo de 2024 a las 17:05\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == headline


def test_a_headlines_halves_with_a_dash_are_one_headline():
    page = (f"Polizei\n\nHund vertreibt Einbrecher – Zeugenaufruf\n\nDer Hund eines Anwohners hat in der Nacht zwei "
            f"Einbrecher in die Flucht geschlagen, die Polizei sucht Zeugen.\n\n1. November 2023\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Hund vertreibt Einbrecher – Zeugenaufruf"


def test_the_lead_pictures_caption_and_credit_between_the_deck_and_the_byline_do_not_unsign_the_headline():
    page = ("Skip to main content\n\nParallax\nScience news for the curious\n\nSpace\nHealth\nPhysics\nSubscribe\n\n"
            "Space\n\nAstronomers spot a galaxy cluster forming far earlier than models allow\n\n"
            "The find challenges models of how quickly matter clumped together in the young universe\n\n"
            "An artist's impression of the cluster, with its brightest galaxies shown in blue.\n"
            "Credit: Valley Observatory/M. Ferreira\n\nBy Nadia Achterberg\nMay 2, 2024 at 2:00 pm\n\n"
            "Share this:\nFacebook\nX\nLinkedIn\nReddit\nEmail\n\n"
            "Astronomers have found a dense knot of at least 14 galaxies that appears to have assembled early.\n\n"
            "The team reports its findings May 1 in the Journal of Deep Field Astronomy.\n\n"
            f"{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert article["headline"] == "Astronomers spot a galaxy cluster forming far earlier than models allow"


def test_prose_above_a_town_and_a_long_dash_is_a_standfirst():
    teaser = "Nach Jahren des Stillstands sollte das Gelände endlich bebaut werden. Doch im Rat regt sich Widerstand."
    first = ("Riverstadt – Die Sitzung dauerte bis kurz vor Mitternacht, am Ende stand ein knappes Ergebnis: Mit elf zu "
             "neun Stimmen hat der Gemeinderat den Entwurf zurückgewiesen.")
    page = (f"Streit um das Brauereigelände: Gemeinderat stoppt die Pläne für 120 Wohnungen\n\nVon: Anna Huber\n\n"
            f"Stand: 04.03.2025, 14:32 Uhr\n\n{teaser}\n\n{first}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (paragraphs(article)[0], article["dateline"]) == (first, "Riverstadt")


def test_a_short_exclamation_under_the_byline_box_opens_the_story():
    headline = "Jane Roe and John Doe Are Engaged After Three Years Together: 'She Said Yes Before I Finished'"
    page = (f"Celebrity\n\n{headline}\n\nThe couple, who met on the set of a film, shared the news on Sunday\n\nBy\n\n"
            "Ada Lund\n\nAda Lund\n\nAda Lund is a staff writer covering celebrity news, weddings and red carpet events.\n\n"
            "Valley Post's Editorial Guidelines\n\nPublished on October 1, 2023 02:15PM EDT\n\n"
            f"Jane Roe is getting married!\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == (headline, "Ada Lund")
    assert paragraphs(article)[0] == "Jane Roe is getting married!"


def test_a_title_with_an_exclamation_mark_alone_under_the_date_is_the_headline():
    page = f"Valley Software news and notes.\n\nFriday, December 23, 2016\n\nValley 3.6 is now available!\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["headline"] == "Valley 3.6 is now available!"


def test_a_promotion_over_the_menus_is_not_signed_by_the_byline_of_the_headline_under_them():
    page = ("Sections\n\nHello, Reader\n\nDon't miss out on local news\n\nJobs\n\nSports\n\nGovernment\n\n"
            "Council backs plan for a new pool on the common\n\nJane Roe | The Valley Courier\n\n"
            f"Published: March 4, 2024 6:15pm EST\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Council backs plan for a new pool on the common"


def test_a_broadcasters_labelled_picture_in_spanish_above_the_story():
    page = ("El ayuntamiento aprueba la construcción del nuevo puente\n\nRedacción\n\n12 marzo 2025\n\n"
            "Fuente de la imagen, Getty Images\n\nPie de foto, Vecinos reunidos el lunes frente al ayuntamiento.\n\n"
            f"{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        ("Vecinos reunidos el lunes frente al ayuntamiento.", "Getty Images")]
    assert paragraphs(article) == [STORY, SECOND]


def test_the_last_crumb_of_a_trail_between_slashes_counts_as_the_headline_printed_again():
    page = ("Lokales\n\nSport\n\nPflanzen und Tanzen gegen Kinderlähmung: Ein Club engagierte sich am Weltpoliotag\n\n"
            "1. November 2023\n\nHome / Fußball / Kreisliga / Wenn man in der Heimat verliert, tut es weniger weh\n\n"
            f"Wenn man in der Heimat verliert, tut es weniger weh\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["headline"] == "Wenn man in der Heimat verliert, tut es weniger weh"


def test_a_videos_teaser_under_its_label_is_not_the_first_paragraph():
    teaser = ("WATCH: The town's only grocery store is closing after 61 years, leaving residents worried about where "
              "they will buy fresh food. Jane Roe reports. – Apr 22, 2024")
    page = (f"Town's only grocery store to close after 61 years\n\nBy Jane Roe\n\nApril 22, 2024\n\n{teaser}\n\n"
            f"{STORY}\n\n{SECOND}\n")
    assert paragraphs(article_of(page)[1])[0] == STORY


def test_a_wire_is_credited_as_the_page_writes_it():
    article = article_of(f"Council to decide on pool plan\n\nROME (AP) — {STORY}\n\n{SECOND}\n")[1]
    assert article["publisher"] == "AP"
    article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe, The Associated Press\n\nROME (AP) — {STORY}\n")[1]
    assert article["publisher"] == "The Associated Press"


@pytest.mark.parametrize("logo_link, publisher", [
    ("Valley Courier Homepage", "Valley Courier"), ("The Valley Courier - Back to homepage", "The Valley Courier"),
    ("VALLEY.DE - zur Startseite", "VALLEY.DE"), ("Valley Courier logo", "Valley Courier"),
    ("Zurück zur Startseite", None), ("Sports Home", None), ("News - Home", None),
])
def test_the_link_of_the_sites_logo_names_the_publisher(logo_link, publisher):
    article = article_of(f"Skip to content\n{logo_link}\nCouncil to decide on pool plan\n\n{STORY}\n\n{SECOND}\n")[1]
    assert article["publisher"] == publisher


def test_a_wire_comes_before_the_sites_logo():
    article = article_of(f"Valley Courier Homepage\nCouncil to decide on pool plan\n\nLIMA (Reuters) - {STORY}\n")[1]
    assert article["publisher"] == "Reuters"


def test_a_headline_asked_as_a_question_over_its_date_line():
    document, article = article_of(f"Home\nNews\nScience\nWhat is tidal lagoon power and could it happen in Wales?\n"
                                   f"12 November 2024\nUpdated 2 hours ago\nShare\nSave\nRhiannon Pryce\n"
                                   f"Science correspondent\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("What is tidal lagoon power and could it happen in Wales?",
                                                        "Rhiannon Pryce")
    assert paragraphs(article)[0] == STORY


def test_a_name_over_the_writers_job_is_the_byline_and_the_job_no_caption():
    document, article = article_of(f"Council to decide on pool plan\n12 November 2024\nShare\nRhiannon Pryce\n"
                                   f"Science correspondent\nGetty Images\nSwansea Bay has one of the largest tidal ranges\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Rhiannon Pryce"
    assert [(f["caption"], f["credit"]) for f in article["blocks"] if f["type"] == "figure"] == [
        ("Swansea Bay has one of the largest tidal ranges", "Getty Images")]


def test_a_columnists_name_over_the_job_they_hold_is_no_headline():
    document, article = article_of("Opinião\nO país que forma investigadores para os ver partir\nRui Antunes Seixas\n"
                                   "Investigador no Instituto de Biologia Molecular do Porto\n7 de março de 2025, 6:30\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("O país que forma investigadores para os ver partir",
                                                        "Rui Antunes Seixas")


@pytest.mark.parametrize("signature, name", [
    ("Luana Frizzo - Repórter da Agência Cora", "Luana Frizzo"),
    ("Hélène Vasseur (Économiste, directrice de recherche à l’Institut d’études sociales)", "Hélène Vasseur"),
])
def test_a_name_and_job_on_one_line_is_the_byline_not_the_headline(signature, name):
    document, article = article_of(f"« Le numérique ne réduira pas les inégalités scolaires »\n{signature}\n"
                                   f"Publié le 18 février 2025\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("« Le numérique ne réduira pas les inégalités scolaires »", name)


@pytest.mark.parametrize("signature, publisher", [
    ("Luiza Damasceno - Repórter da Agência Brasil", "Agência Brasil"),  # (a wire's reporter)
    ("Luana Frizzo - Repórter da Agência Cora", None),  # (not a wire: the newsroom's own)
])
def test_a_wire_named_in_the_writers_job_is_the_publisher(signature, publisher):
    document, article = article_of(f"« Le numérique ne réduira pas les inégalités scolaires »\n{signature}\n"
                                   f"Publié le 18 février 2025\n{STORY}\n\n{SECOND}\n")
    assert article["publisher"] == publisher


def test_two_menu_items_are_no_name_and_job():
    document, article = article_of(f"Tweets of Importance\nVideo Gallery\nBecome Contributor\nCouncil to decide on pool plan\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["byline"] is None


def test_a_share_label_with_a_colon_right_above_the_story_is_no_dateline():
    document, article = article_of(f"Council to decide on pool plan\n\nPublié le 04/02/2024 à 18h30\n\nPartager :\n\n{STORY}\n")
    assert article["dateline"] is None
    assert reasons(document)["Partager :"] == "share-widget"


def test_a_byline_block_of_several_names_a_desk_and_stamps_under_social_sharing():
    document, article = article_of(f"Council to decide on pool plan\nSocial Sharing\nJane Roe, John Doe and Ada Lund · "
                                   f"Valley Arts · Posted: Mar 13, 2025 4:00 AM ET | Last Updated: 2 hours ago\n{STORY}\n")
    assert (article["byline"], article["published"][:10]) == ("Jane Roe, John Doe and Ada Lund", "2025-03-13")
    assert reasons(document)["Social Sharing"] == "share-widget"
    assert paragraphs(article) == [STORY]


def test_a_lead_picture_over_the_headline_with_the_papers_file_photo_credit():
    document, article = article_of(
        "Menu\nRiverton Chronicle\nSubscribe\nSign In\nFormer mayor Jane Roe at the opening of the library annex in 1998.\n"
        "Chronicle file photo\nLOCAL\nJane Roe, Riverton's first woman mayor, dies at 91\nJohn Doe\nRiverton Chronicle\n"
        f"Published 5:30 a.m. CT Jan. 22, 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["published"][:10]) == (
        "Jane Roe, Riverton's first woman mayor, dies at 91", "John Doe", "2024-01-22")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        ("Former mayor Jane Roe at the opening of the library annex in 1998.", "Chronicle file photo")]
    assert paragraphs(article)[0] == STORY


def test_a_summary_boxs_second_label_and_its_text_are_the_summary():
    document, article = article_of(f"Council to decide on pool plan\nBy Jane Roe\nPosted Tue 9 Apr 2024 at 6:12am\n"
                                   f"In short:\nThe council meets on Thursday.\nAbout 400 homes are affected.\n"
                                   f"What's next?\nResidents are being urged to leave before the Mill Road bridge is closed tonight.\n\n{STORY}\n\n{SECOND}\n")
    assert paragraphs(article)[0] == STORY
    assert "Residents are being urged to leave before the Mill Road bridge is closed tonight." in article["summary"]


def test_what_happens_next_away_from_a_summary_box_heads_a_section():
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\nWhat happens next\n\n{SECOND}\n")
    assert {"type": "heading", "text": "What happens next"} in [
        {"type": b["type"], "text": b.get("text")} for b in article["blocks"]]


def test_a_summary_boxs_lines_between_its_two_labels_are_the_summary():
    document, article = article_of(f"Council to decide on pool plan\nBy Jane Roe\nPosted Tue 9 Apr 2024 at 6:12am\n"
                                   "In short:\nVolunteers have spent eight years clearing weeds and rubbish from the creek.\n"
                                   "Native fish and a platypus have been recorded in the creek for the first time in decades.\n"
                                   "What's next?\nThe group wants the council to fund a permanent ranger for the catchment.\n"
                                   f"{STORY}\n{SECOND}\n")
    assert paragraphs(article)[0] == STORY
    assert len(article["summary"]) == 3


@pytest.mark.parametrize("logo, menu, signed, site, publisher", [
    ("TELECANALE SUD", "Diretta TVTG NewsProgrammiPalinsestoMeteo", "Redazione Telecanale Sud", "TELECANALE SUD",
     "Telecanale Sud"),
    ("TV LITORAL SUL", "Ao VivoJornalismoEsporteEntretenimentoPrevisão do Tempo",
     "Por Carla Mota e Diego Furtado, TV Litoral Sul", "TV LITORAL SUL", "TV Litoral Sul"),
])
def test_the_logo_glued_to_the_menu_is_the_site_when_the_newsroom_names_it(logo, menu, signed, site, publisher):
    title = "Porto di Bari, sciopero dei portuali: sei navi ferme in rada"
    document, article = article_of(f"{logo}{menu}\nBariCronacaEconomia\n{title}\n18/04/2024 - 19:30\n{signed}\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (document["capture"]["site"], article["publisher"]) == (site, publisher)
    assert reasons(document)[menu] == "navigation"


def test_the_first_line_the_sites_cookie_notice_names_is_the_site():
    title = "Liège : le quartier du Carré va tester une fermeture des bars à 3 heures"
    document, article = article_of(
        "Liège Voisins\n\nVotre consentement\n\nLiège Voisins souhaite, avec ses partenaires, utiliser des cookies et "
        "traiter des données personnelles vous concernant, comme votre adresse IP, afin de mesurer l'audience et d'afficher "
        "des publicités personnalisées. Vous pouvez accepter, refuser ou personnaliser vos choix.\n\n"
        "Publicités et contenus personnalisés, mesure de performance\n\nÉtudes d'audience et développement de services\n\n"
        f"Refuser\n\nAccepter\n\nActu\n\nVie nocturne\n\nMobilité\n\nCentre\n\n{title}\n\nPar Julie Renard\n\n"
        "Publié le 10/04/2024 à 21:47\n\nLes noctambules liégeois devront rentrer plus tôt. À partir du 1er mai et pour une "
        "durée de six mois, les bars du Carré fermeront leurs portes à 3 heures du matin.\n\nLa mesure fait suite à "
        "plusieurs plaintes de riverains, a expliqué le bourgmestre lors du conseil communal de lundi soir.\n")
    assert (document["capture"]["site"], article["publisher"], article["headline"]) == ("Liège Voisins", "Liège Voisins", title)


@pytest.mark.parametrize("stamp", ["Publié aujourd'hui à 07h15", "Today at 7:15 am"])
def test_names_joined_over_a_stamp_that_gives_the_hour_alone_sign_the_story(stamp):
    title = "Avalanche dans le val d'Anniviers: deux skieurs hors-piste secourus"
    document, article = article_of(f"Tribune des Alpes\nValais\nSuisse\nSports\n\n{title}\n\n"
                                   f"Julie Berclaz et Nicolas Fournier\n{stamp}\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["summary"]) == (
        title, "Julie Berclaz et Nicolas Fournier", [])


def test_full_names_joined_by_and_over_the_date_sign_the_story_however_often_printed():
    document, article = article_of("In der App öffnen\nRegion\nWinterau sagt Ja zum neuen Hallenbad – aber nur knapp\n"
                                   "Mit 51,8 Prozent Ja-Stimmen haben die Stimmberechtigten den Kredit angenommen.\n"
                                   f"Reto Zimmerli und Nadja Keller\nReto Zimmerli und Nadja Keller\n09.03.2025, 16.48 Uhr\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Winterau sagt Ja zum neuen Hallenbad – aber nur knapp",
                                                        "Reto Zimmerli und Nadja Keller")
    assert reasons(document)["In der App öffnen"] == "page-chrome"


@pytest.mark.parametrize("line, headline", [
    ("NachrichtenUnternehmenAutozulieferer steigert Gewinn deutlich", "Autozulieferer steigert Gewinn deutlich"),
    ("SpettacoliGossipLudovica Sarti e Tommaso Greco sposi a Capri", "Ludovica Sarti e Tommaso Greco sposi a Capri"),
    ("PlayStation sales rise again in the spring", "PlayStation sales rise again in the spring"),
])
def test_a_trail_glued_to_the_headlines_first_word_is_navigation(line, headline):
    document, article = article_of(f"{line}\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == headline
    if headline != line:
        assert reasons(document)[line[:len(line) - len(headline)]] == "navigation"


def test_a_topics_kicker_over_the_headline_is_no_headline():
    document, article = article_of("Startseite › Lokales › Hohenbrück\nEinbruch in der Innenstadt\n"
                                   "Einbrecher stehlen Medikamente aus Apotheke – Polizei sucht Zeugen\nVon Sabine Krüger\n"
                                   f"12.03.2025, 09:14 Uhr\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Einbrecher stehlen Medikamente aus Apotheke – Polizei sucht Zeugen"


def test_a_sections_kicker_over_the_headline_and_its_deck_is_no_headline():
    document, article = article_of("News\nCrime and Public Safety\nFormer bus contractor sentenced to 6 years in kickback "
                                   "scheme\nJudge calls the payments ‘a betrayal of every family that put a child on those "
                                   f"buses’\nBy Jane Roe\nMarch 8, 2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Former bus contractor sentenced to 6 years in kickback scheme"


def test_a_headline_over_its_deck_sentence_stays_the_headline():
    document, article = article_of("Council backs pool\nThe district council voted on Monday to build a pool on the common.\n"
                                   f"By Jane Roe\nMarch 3, 2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Council backs pool"


def test_a_writer_with_a_wire_and_stamps_without_a_day_under_the_deck():
    document, article = article_of(
        "Vaud\nVillardens : la gauche conserve la majorité, les Vert'libéraux font leur entrée\n"
        "Le PS et les Verts gardent trois sièges sur cinq. Le PLR perd un fauteuil.\nMathieu Rochat avec ATS\n"
        f"Publié aujourd'hui à 19h42\nMis à jour il y a 35 minutes\nPartager\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["publisher"]) == (
        "Villardens : la gauche conserve la majorité, les Vert'libéraux font leur entrée", "Mathieu Rochat", "ATS")
    assert paragraphs(article)[0] == STORY
    assert reasons(document)["Publié aujourd'hui à 19h42"] == "timestamp"


def test_posted_by_is_a_byline_not_a_stamp():
    document, article = article_of(f"Council to decide on pool plan\n\nPosted by Jane Roe in News\n\n{STORY}\n")
    assert article["byline"] == "Jane Roe"


def test_a_headline_its_deck_without_a_stop_the_lead_picture_and_a_name_over_where_and_when():
    document, article = article_of(
        "Ciencia\nUn fósil hallado en Teruel adelanta la llegada de los primeros mamíferos planeadores a Europa\n"
        "El ejemplar, del tamaño de una ardilla, conserva impresiones de la membrana que le permitía saltar entre los árboles\n"
        "Restos del fósil en el laboratorio de la fundación, en Teruel.Fermín Ruiz Olmedo\nLucía Ferrer Vidal\n"
        f"Madrid - 18 feb 2025 - 05:30 CET\nCompartir en Whatsapp\nCompartir en Facebook\nIr a los comentarios\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (
        "Un fósil hallado en Teruel adelanta la llegada de los primeros mamíferos planeadores a Europa", "Lucía Ferrer Vidal")
    assert paragraphs(article)[0] == STORY
    assert reasons(document)["Ir a los comentarios"] == "page-chrome"


def test_a_newspapers_name_printed_twice_is_no_headline():
    document, article = article_of("Subscribe\nThe Coral Coast Mail\nNews\nSport\nCouncil\n"
                                   "Council rates to rise 4.8 per cent as Coral Coast budget blows out\n"
                                   "Ratepayers will pay an extra $112 a year on average after councillors backed the budget\n"
                                   "Jessica Moretti\n3 min read\nJanuary 14, 2025 - 6:25PM\nThe Coral Coast Mail\nComments\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["headline"] == "Council rates to rise 4.8 per cent as Coral Coast budget blows out"


def test_a_line_ending_with_a_separator_is_no_headline():
    document, article = article_of(f"Menu\nNews\nRural town says it cannot afford to fix its flooded arena\n"
                                   "The town's council says repairs would cost more than it raises in a year.\n"
                                   "Kelsey Arcand · CPN News ·\nPosted: Jan 23, 2025 4:00 AM CT | Last Updated: January 23\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["headline"] == "Rural town says it cannot afford to fix its flooded arena"


def test_where_and_when_between_a_slash_under_the_byline():
    document, article = article_of("Justicia\nVinculan a proceso a exdirector de Obras Públicas por peculado\n"
                                   "Alejandra Ruiz Téllez\nGuanajuato / 11.03.2025 22:14:00\nActualizado: 12.03.2025 08:05\n"
                                   f"Compartir\n{STORY}\n")
    assert (article["byline"], article["dateline"], article["published"]) == ("Alejandra Ruiz Téllez", "Guanajuato",
                                                                             "2025-03-11")


def test_a_papers_name_before_the_date_is_no_dateline():
    document, article = article_of("Visayan Daily Tribune\nPassengers stranded as coast guard halts sea trips\n"
                                   f"By Rhea Villanueva\nVisayan Daily Tribune - March 06, 2025\n{STORY}\n")
    assert (article["dateline"], article["published"]) == (None, "2025-03-06")


def test_a_date_with_the_storys_source_glued_on():
    document, article = article_of("Autozulieferer steigert Gewinn deutlich – Aktie springt an\n"
                                   "Donnerstag, 27.02.2025 08:31 UhrQuelle: dpa-AFX\n"
                                   "Stuttgart (dpa-AFX) - Der Autozulieferer hat im vergangenen Jahr trotz der schwachen "
                                   "Nachfrage mehr verdient als erwartet, wie das Unternehmen am Donnerstag mitteilte.\n")
    assert (article["published"], article["publisher"], article["dateline"]) == ("2025-02-27", "dpa-AFX", "Stuttgart")


@pytest.mark.parametrize("stamp, published", [
    ("Pressemitteilung Nr. 27/2025 vom 03.04.2025", "2025-04-03"), ("Press release No. 12 of March 3, 2025", "2025-03-03"),
])
def test_a_press_releases_number_and_day_are_its_date_not_its_headline(stamp, published):
    document, article = article_of(f"Presse\n{stamp}\n\nSensoren erkennen Atemwegsinfekte bei Kälbern früher\n\n"
                                   f"Projekt wird mit 1,2 Millionen Euro gefördert\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["published"]) == ("Sensoren erkennen Atemwegsinfekte bei Kälbern früher", published)


@pytest.mark.parametrize("stamp, field, value", [
    ("Pressemitteilung vom 27.11.2023", "published", "2023-11-27"),
    ("12/03/2024 - 13:47h.", "published", "2024-03-12"),
    ("Ultimo aggiornamento: 12 marzo 2024, 08:45", "modified", "2024-03-12"),
    ("Última actualización: 12/03/2024 08:45", "modified", "2024-03-12"),
])
def test_more_shapes_of_a_storys_stamp(stamp, field, value):
    document, article = article_of(f"Council to decide on pool plan\n{stamp}\n{STORY}\n{SECOND}\n")
    assert article[field][:10] == value


def test_the_sites_clock_with_the_weather_is_not_the_storys_date():
    document, article = article_of(f"Martes 12 de Marzo de 2024 | Lomas del Pinar 14°C\nPoliciales\n"
                                   f"Detuvieron a dos jóvenes que escapaban en un auto robado\n11 de marzo de 2024\n{STORY}\n")
    assert article["published"] == "2024-03-11"
    assert reasons(document)["Martes 12 de Marzo de 2024 | Lomas del Pinar 14°C"] == "site-clock"


@pytest.mark.parametrize("stamps, published, modified", [
    ("12/03/2025 11h20Atualizada em 13/03/2025 14h05", "2025-03-12", "2025-03-13"),
    ("Publicada el 3 de marzo de 2024 | Actualizada el 4 de marzo de 2024", "2024-03-03", "2024-03-04"),
    ("Pubblicata il 3 marzo 2024 - Aggiornata il 4 marzo 2024", "2024-03-03", "2024-03-04"),
])
def test_a_stamps_feminine_label_after_a_word_such_as_la_noticia(stamps, published, modified):
    document, article = article_of(f"Camara aprova novo plano para a piscina\n\nAna Souza\n\n{stamps}\n\n{STORY}\n\n{SECOND}\n")
    assert (article["published"], article["modified"]) == (published, modified)
    assert paragraphs(article)[0] == STORY


@pytest.mark.parametrize("stamp, published", [
    ("Publiziert: 21.09.2024, 21:47", "2024-09-21"), ("Erschienen am 03.04.2025", "2025-04-03"),
    ("Erstellt am 05.12.2023 um 07:55", "2023-12-05"), ("Paru le 12 mars 2024", "2024-03-12"),
])
def test_a_deck_over_the_writers_name_and_a_stamp_under_another_label_is_no_first_paragraph(stamp, published):
    deck = "Nach einem 0:2-Rückstand gewinnt der Aufsteiger noch 3:2. Matchwinner ist ein 18-Jähriger."
    document, article = article_of(f"Sport\nFC Wettiswil dreht Spiel in der Nachspielzeit\n{deck}\nReto Baumann\n{stamp}\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["byline"], article["published"]) == ("Reto Baumann", published)
    assert article["summary"] == [deck]
    assert paragraphs(article)[0] == STORY


@pytest.mark.parametrize("job", ["Redaktor Graubünden", "Redakteurin Lokales", "Redaktorin Sport"])
def test_a_german_job_then_its_desk_under_the_writers_name_is_no_dateline(job):
    document, article = article_of(f"Bergbahn am Piz Furan: Gemeinde sagt Ja zum Ausbau\nReto Brunnschweiler\n{job}\n"
                                   f"Publiziert: 20.02.2025, 05:30\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Reto Brunnschweiler", None)
    assert reasons(document)[job] == "byline"


def test_a_live_blogs_times_in_other_languages_are_no_paragraphs_and_its_posts_titles_are_headings():
    update = "Der Pegel ist seit dem Morgen um weitere 18 Zentimeter gestiegen und liegt nun bei 6,42 Metern, sagte ein Sprecher."
    document, article = article_of(f"Hochwasser-Ticker: Deich hält\n\nVon Jana Fessler\n\n{STORY}\n\nUpdate vom 4. Juni, 13:26 Uhr:\n"
                                   f"{update}\n\nore 12:48\nIl sindaco chiude le scuole\n{SECOND}\n")
    assert reasons(document)["Update vom 4. Juni, 13:26 Uhr:"] == "live-blog-chrome"
    assert reasons(document)["ore 12:48"] == "live-blog-chrome"
    assert paragraphs(article) == [STORY, update, SECOND]
    assert "Il sindaco chiude le scuole" in [b["text"] for b in article["blocks"] if b["type"] == "heading"]


def test_a_magazines_words_and_pictures_credits_under_its_title_are_byline_and_credit():
    document, article = article_of(f"Reportagem\nA última fábrica de conservas da vila\nTexto de Henrique Salgueiro\n"
                                   f"Fotografia de Inês Valadares\n3 de Outubro de 2023\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("A última fábrica de conservas da vila", "Henrique Salgueiro")
    assert reasons(document)["Fotografia de Inês Valadares"] == "photo-credit"
    assert article["published"] == "2023-10-03"


@pytest.mark.parametrize("signed, byline", [("Le Journal de l'Ouest avec AFP", "Le Journal de l'Ouest avec AFP"),
                                            ("Par L'Éclaireur avec AFP", "L'Éclaireur avec AFP")])
def test_the_sites_newsroom_with_the_wire_under_the_headline_signs_as_printed(signed, byline):
    document, article = article_of(f"Culture\nMort d'une voix de la radio, à 88 ans\n{signed}\n"
                                   f"Publié le 15 avril 2024 à 16h02\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["publisher"]) == (
        "Mort d'une voix de la radio, à 88 ans", byline, "AFP")


def test_a_bylines_label_over_the_name_under_a_deck_and_the_writers_job_is_no_dateline():
    document, article = article_of(f"Agriculture\nCouncil to decide on pool plan\nWhen the council voted to sell, a town "
                                   f"of 900 had to decide what it was without it.\nWritten by\nJane Roe\nStaff Writer\n"
                                   f"March 3, 2024\n12 min read\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"], article["published"]) == ("Jane Roe", None, "2024-03-03")
    assert paragraphs(article)[0] == STORY


@pytest.mark.parametrize("tag, wire", [("(dpa)", "dpa"), ("— AP", "AP"), ("EFE", "EFE"), ("(ANSA)", "ANSA")])
def test_a_wires_name_alone_under_the_storys_last_paragraph_signs_it_off(tag, wire):
    document, article = article_of(f"Council to decide on pool plan\nMarch 3, 2024\n{STORY}\n{SECOND}\n{tag}\nShare this\n")
    assert article["publisher"] == wire
    assert reasons(document)[tag] == "sign-off"
    assert [b["type"] for b in article["blocks"]] == ["paragraph", "paragraph"]


def test_a_photographer_after_an_agency_under_the_last_caption_still_credits_it():
    caption = "The mayor opens the new pool on the common on Saturday, with her predecessor (left)."
    document, article = article_of(f"Council opens pool\nMarch 3, 2024\n{STORY}\n{SECOND}\n{caption}\nAPA/Hans Klaus\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "APA/Hans Klaus")]


def test_names_joined_right_under_the_date_line_sign_the_story():
    document, article = article_of(f"Storm live: thousands without power as gusts batter the coast\n\n"
                                   f"Updated 11:47 GMT, Sat 9 November 2024\nRuth Maddox and Callum Beattie\nShare\n\n"
                                   f"{STORY}\n")
    assert article["byline"] == "Ruth Maddox and Callum Beattie"
    assert paragraphs(article) == [STORY]


@pytest.mark.parametrize("note", [
    "Luca Ferrandi, economista, insegna Economia industriale all'Università di Padova.",
    "Luca Ferrandi, economista, insegna Economia industriale all'Università di Padova. Ha pubblicato «Distretti al "
    "bivio» (Marsilio Veneta, 2021) e scrive per diverse riviste di politica economica e industriale.",
])
def test_the_note_about_the_writer_over_a_column_is_no_first_paragraph(note):
    prose = ("Ogni volta che in Parlamento torna il tema del salario minimo, nelle zone industriali del Trevigiano si "
             "alza lo stesso coro di preoccupazione tra gli imprenditori.")
    document, article = article_of(f"Il commento\nIl salario minimo non spaventa i distretti\ndi Luca Ferrandi\n"
                                   f"19 Maggio 2024\nL'autore\n{note}\n{prose}\n")
    assert article["byline"] == "Luca Ferrandi"
    assert reasons(document)[note] == "author-bio"
    assert paragraphs(article)[0] == prose


def test_an_op_eds_writer_and_office_under_its_quoted_title_are_no_headline():
    document, article = article_of(
        "Idées\nTribune\n« L'école rurale n'est pas un coût, c'est un investissement »\nClaire Vasseur\n"
        "Maire de Bellegarde-sur-Lure et présidente de l'Association des petites communes de montagne\n"
        f"Publié le 04 février 2025 à 06h00\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (
        "« L'école rurale n'est pas un coût, c'est un investissement »", "Claire Vasseur")


@pytest.mark.parametrize("signed, byline, dateline", [
    ("Por Rafael Monteiro — São Carlos", "Rafael Monteiro", "São Carlos"),
    ("By Jane Roe — Riverton", "Jane Roe", "Riverton"),
    ("POR RAFAEL MONTEIRO — DE SÃO CARLOS", "RAFAEL MONTEIRO", "SÃO CARLOS"),  # ("from", in capitals or not)
    ("Por Rafael Monteiro — de São Carlos", "Rafael Monteiro", "São Carlos"),
    ("ByKaty FerrisLocal Democracy Reporter", "Katy Ferris", None),
    ("By Marcus EllerySenior Fact-Checker", "Marcus Ellery", None),
    ("Von Hans Müller — Mehr zum Thema", "Hans Müller", None),
])
def test_a_byline_with_where_it_was_written_or_the_writers_job_after_it(signed, byline, dateline):
    document, article = article_of(f"Council to decide on pool plan\n{signed}\nMarch 3, 2024\n{STORY}\n")
    assert (article["byline"], article["dateline"]) == (byline, dateline)


def test_the_papers_name_and_the_time_then_the_day_after_a_slash_date_the_story():
    document, article = article_of(f"Council to decide on pool plan\nBy: Jane Roe / @janeroe\n"
                                   f"Valley Daily Bulletin / 04:22 PM January 09, 2024\n{STORY}\n")
    assert (article["published"], article["dateline"]) == ("2024-01-09", None)


def test_the_writers_job_at_the_wire_and_where_they_wrote_from_after_a_dash():
    document, article = article_of(f"Levantamento aponta fechamento de escolas rurais\n"
                                   f"Por Mariana Tokarski – Repórter da Agência Brasil - Brasília\n{STORY}\n")
    assert (article["byline"], article["publisher"], article["dateline"]) == ("Mariana Tokarski", "Agência Brasil", "Brasília")


def test_a_short_title_over_its_deck_and_by_line_is_the_headline():
    document, article = article_of(
        "Wirtschaft\nDer Absturz des Zehn-Minuten-Versprechens\nVor zwei Jahren galt der Lieferdienst als Star der "
        "Szene. Nun schließt er seine Lager.\nVon Henrike Assmann und Tobias Reuter\n08.02.2024, 06.12 Uhr\n"
        f"Zur Merkliste hinzufügen\n{STORY}\n")
    assert (article["headline"], article["byline"]) == ("Der Absturz des Zehn-Minuten-Versprechens",
                                                        "Henrike Assmann und Tobias Reuter")


def test_the_writers_newsroom_between_the_byline_and_the_date_is_no_headline():
    title = "Urgences saturées : l'hôpital de Vernac ferme son service la nuit jusqu'à la fin de l'été"
    document, article = article_of(f"Santé\n{title}\nArticle rédigé par\nSophie Lambert\n"
                                   f"Radio Hexagone - Hexagone Périgord\nPublié le 03/07/2024 14:05\n{STORY}\n")
    assert (article["headline"], article["byline"]) == (title, "Sophie Lambert")


def test_a_headline_under_its_by_line_over_the_date_stays_the_headline():
    title = "Palm oil futures hit four-month high on weak output outlook"
    document, article = article_of(f"Data & Analytics\nSign up for free\nCommodities\nBy Reuters\n{title}\n"
                                   f"June 3, 2024 8:41 AM GMT+8\n{STORY}\n")
    assert article["headline"] == title


def test_a_bare_names_stop_is_no_part_of_the_byline():
    document, article = article_of(f"Le bac de Loire à l’arrêt pendant trois semaines pour travaux\nMarion Le Goff.\n"
                                   f"Publié le 07/10/2023 à 18h05\n{STORY}\n")
    assert article["byline"] == "Marion Le Goff"


def test_a_name_after_the_writers_and_a_hyphen_may_be_the_newsrooms():
    document, article = article_of(f"Canicule : 38 départements en vigilance orange\n"
                                   f"Article rédigé par Thomas Lefèvre - Ondes Info\nPublié le 03/07/2025 07:12\n{STORY}\n")
    assert (article["byline"], article["dateline"]) == ("Thomas Lefèvre", None)


def test_the_writers_portrait_text_is_no_headline_and_keeps_the_name_near():
    title = "Hollow Mill Bakery to close after 41 years on Front Street"
    document, article = article_of(f"Local News\n{title}\nOwners cite rising costs and retirement plans\n"
                                   f"Photo of Jenna Morrow\nJenna Morrow\nPublished Mar 21, 2024\n{STORY}\n")
    assert (article["headline"], article["byline"]) == (title, "Jenna Morrow")


@pytest.mark.parametrize("signed", ["Redazione Sport", "Redazione Cronaca"])
def test_a_newsrooms_desk_under_the_headline_signs_it(signed):
    document, article = article_of(f"Eccellenza, il Borgo San Lucio piega 2-1 la Virtus Montegrano\n{signed}\n"
                                   f"domenica 10 novembre 2024\n{STORY}\n")
    assert article["byline"] == signed


def test_a_live_pages_first_published_stamp_dates_it():
    document, article = article_of(f"Budget standoff live: chancellor to make emergency statement\nKey events\n"
                                   f"Show key events only\nUpdated at 13.42 GMT\nFirst published on Tue 11 Mar 2025 08.05 GMT\n"
                                   f"{STORY}\n")
    assert article["published"][:10] == "2025-03-11"


@pytest.mark.parametrize("note", [
    "Jane Roe is a senior technology reporter at The Valley Courier, covering the town's council.",
    "Jane Roe, a lawyer and public policy analyst, writes from Riverton. She can be reached via her email and on X.",
])
def test_the_note_about_the_writer_over_the_story_is_no_first_paragraph(note):
    document, article = article_of(f"Council to decide on pool plan\nby Jane Roe\nMar 3, 2025, 7:00 AM EST\n{note}\n"
                                   f"{STORY}\n{SECOND}\n")
    assert reasons(document)[note] == "author-bio"
    assert paragraphs(article) == [STORY, SECOND]


def test_a_note_of_several_sentences_about_the_writer_under_a_name_and_job_is_no_first_paragraph():
    note = ("Jane Roe covers the council for VCN. She previously covered courts for the Bay Ledger. "
            "Follow her on X @janeroe.")
    document, article = article_of(f"Council to decide on pool plan\nJane Roe, VCN Staff Writer\n"
                                   f"Mar 3, 2025, 7:00 AM EST\nClose\n{note}\n{SHORT_LEAD}\n{STORY}\n{SECOND}\n")
    assert article["byline"] == "Jane Roe"
    assert reasons(document)[note] == "author-bio"
    assert paragraphs(article) == [SHORT_LEAD, STORY, SECOND]


SHORT_LEAD = "The mayor had waited five years for a night like this."


def test_a_caption_that_gives_a_temperature_and_a_day_is_no_site_clock():
    caption = "Un thermomètre affiche 41 °C à Agen, le 2 juillet 2025. (JEAN-MARC DULAC / MAXPPP)"
    document, article = article_of(f"Canicule : 38 départements en vigilance orange\n{caption}\n"
                                   f"Par Thomas Lefèvre\nPublié le 03/07/2025 07:12\n{STORY}\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        ("Un thermomètre affiche 41 °C à Agen, le 2 juillet 2025.", "JEAN-MARC DULAC / MAXPPP")]
    assert article["published"][:10] == "2025-07-03"


def test_a_wire_that_writes_its_name_small_under_the_headline_signs_it():
    document, article = article_of(f"Mann überfällt Tankstelle in Kornstadt\nVeröffentlicht: 03.04.2024, 14:27 Uhr\ndpa\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == ("dpa", "dpa")


@pytest.mark.parametrize("credit_line, caption, credit", [
    ("Corinne Abadie/AP", "A freighter waits in ice on the upper St. Marys River above the Soo Locks in Sault Ste. Marie, "
                          "Mich., on Thursday, March 27, 2025.", "Corinne Abadie/AP"),
    ("© Sabine Würth", "Ritter der Gruppe „Ordo Hegoviensis“ zeigen im Burghof einen Schaukampf.", "Sabine Würth"),
])
def test_a_credit_over_a_lead_caption_that_names_places_and_people_or_capitalises_its_nouns(credit_line, caption, credit):
    document, article = article_of(f"Council to decide on pool plan\nBy Jane Roe\nMarch 28, 2025\n{credit_line}\n{caption}\n"
                                   f"{STORY}\n{SECOND}\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, credit)]
    assert (article["summary"], paragraphs(article)[0]) == ([], STORY)


def test_a_title_and_its_deck_over_the_byline_under_a_media_sections_label_are_the_storys():
    title, deck = "The long-delayed earbuds finally ship and the hinge is fixed", "After a year of delays, the case is new."
    document, article = article_of(f"Reviews\nAudio\n{title}\n{deck}\nBy Rowan Achterberg\nJul 9, 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Rowan Achterberg")


def test_a_summary_box_without_bullets_over_a_story_that_opens_with_its_dateline_in_brackets():
    items = ["Les deux urgences de la région débordent depuis vendredi.",
             "Le CIUSSS demande aux patients de consulter en clinique.", "Une dizaine d’infirmières ont été déplacées."]
    first = ("(Trois-Rivières) Le taux d’occupation des urgences de Trois-Rivières a dépassé 180 % lundi soir, forçant le "
             "CIUSSS à lancer un appel au calme.")
    box = "\n".join(items)
    document, article = article_of(f"Santé\nLes urgences de Trois-Rivières débordent\nJean-François Tremblay\n"
                                   f"La Voix du Fleuve\nPublié le 14 novembre 2023 à 6 h 12\n"
                                   f"Mis à jour le 14 novembre 2023 à 9 h 40\nÉcouter l’article\nLecture de 4 min\n"
                                   f"Ce qu’il faut savoir\n{box}\n{first}\n{SECOND}\n")
    assert article["headline"] == "Les urgences de Trois-Rivières débordent"
    assert (article["summary"], paragraphs(article)[0], article["dateline"]) == (items, first, "Trois-Rivières")
    assert reasons(document)["Lecture de 4 min"] == "page-chrome"


def test_the_sites_name_as_the_page_prints_it_then_the_writers_over_the_date():
    document, article = article_of(f"Armor Matin\nActualité\nBretagne\nSaint-Brieuc. Le marché couvert rouvrira le 6 avril\n"
                                   f"Armor Matin Yannick Le Goff.\nPublié le 28/02/2025 à 18h45\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Yannick Le Goff", "Armor Matin")


def test_a_menus_item_that_opens_with_another_is_no_byline():
    document, article = article_of(f"Windows\nWindows Server Routing\nLinux\nCouncil to decide on pool plan\nBy Jane Roe\n"
                                   f"March 3, 2024\n{STORY}\n")
    assert article["byline"] == "Jane Roe"


@pytest.mark.parametrize("byline_line, note", [
    ("Marianne Schaller", "Marianne Schaller est historienne et ancienne députée au Grand Conseil genevois."),
    ("Von Hendrik Saalfeld", "Hendrik Saalfeld ist stellvertretender Leiter des Wirtschaftsressorts der Neckar-Post."),
    ("Callum Ashdown", "Callum Ashdown is a football writer based in the north of England."),
])
def test_a_note_on_the_writer_under_the_byline_is_no_deck(byline_line, note):
    document, article = article_of(f"Opinions\nGenève n'a pas besoin d'un septième plan des mobilités\n{byline_line}\n"
                                   f"Publié le 8 octobre 2025 à 16:14\n{note}\n{STORY}\n{SECOND}\n")
    assert (article["summary"], paragraphs(article)[0]) == ([], STORY)
    assert reasons(document)[note] == "author-bio"


def test_a_writer_and_the_wire_after_a_comma_under_a_headline_printed_under_the_menus():
    document, article = article_of(f"Skip to content\nWatch Live\nListen Live\nValley Today\nHalifax\nCape Breton\nWeather\n"
                                   f"Traffic\nHome\nCanada\nNova Scotia orders review of rural ambulance delays\n"
                                   f"Keira MacPhail, The Canadian Press\nPosted October 2, 2025 4:31 pm.\n"
                                   f"Last Updated October 2, 2025 6:02 pm.\nShare\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Nova Scotia orders review of rural ambulance delays",
                                                         "Keira MacPhail")


def test_a_writer_and_the_wires_tag_over_the_date_line_is_a_byline_not_a_dateline():
    document, article = article_of(f"Murray cod numbers rebound in NSW rivers\nMarcus Delaney (AAP)\n"
                                   f"Updated June 4 2025 - 3:11pm, first published 1:45pm\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"], article["publisher"]) == ("Marcus Delaney", None, "AAP")


def test_names_joined_by_and_over_their_newsroom_over_the_date_sign_the_story():
    document, article = article_of(f"LOCAL\nMarina expansion stalls as state questions lake-bed lease\n"
                                   f"Port Calder officials say the 140-slip project could lose its summer construction window.\n"
                                   f"Dana Whitfield and Marcus Oyelaran\nLakeshore Ledger\n"
                                   f"Published 6:02 a.m. ET March 4, 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Marina expansion stalls as state questions lake-bed lease",
                                                         "Dana Whitfield and Marcus Oyelaran")


def test_a_copyright_credit_over_the_lead_caption_above_the_headline_among_the_menus():
    caption = "La cheffe Amandine Roux dans la cuisine de son restaurant, à Lille, le 14 mai 2025."
    document, article = article_of(f"Le magazine\nS'abonner\nSe connecter\n© ÉMILIE FAURE/HANS LUCAS VIA AFP\n{caption}\n"
                                   f"Gastronomie\nAmandine Roux, la cheffe lilloise qui a rendu son étoile\nPar Julien Carrel\n"
                                   f"Publié le 22/05/2025 à 07:00\n{STORY}\n{SECOND}\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "ÉMILIE FAURE/HANS LUCAS VIA AFP")]


def test_a_labelled_credit_in_capitals_over_the_lead_caption_above_the_headline_among_the_menus():
    caption = "L’urgence de l’hôpital Sainte-Marie, à Trois-Rivières, affichait un taux d’occupation de 187 % lundi soir."
    document, article = article_of(f"Actualités\nSanté\nPHOTO MARIE-ÈVE LAROCHE, LA VOIX DU FLEUVE\n{caption}\n"
                                   f"Les urgences de Trois-Rivières débordent\nJean-François Tremblay\n"
                                   f"Publié le 14 novembre 2023 à 6 h 12\n{STORY}\n{SECOND}\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "MARIE-ÈVE LAROCHE, LA VOIX DU FLEUVE")]


def test_a_labelled_credit_over_the_lead_caption_under_the_gallerys_link_and_counter():
    caption = "Le défilé des confréries gourmandes a ouvert les festivités samedi matin, place du Marché."
    document, article = article_of(f"Marmande : la fête de la tomate a attiré 18 000 visiteurs\nBernard Sérès, correspondant\n"
                                   f"Publié le 07/09/2024 à 07:30\nVoir la galerie (6 photos)\n1/6\nPhoto Bernard Sérès\n"
                                   f"{caption}\n{STORY}\n{SECOND}\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Bernard Sérès")]
    assert paragraphs(article)[0] == STORY


@pytest.mark.parametrize("lines, published, place", [("Von Friederike Lanz\nStralsee · 27.03.2024, 06:00 Uhr", "2024-03-27",
                                                      "Stralsee"),
                                                     ("AFP • 12/03/2024 à 09:14", "2024-03-12", None)])
def test_where_and_when_after_a_middle_dot_under_the_headline(lines, published, place):
    document, article = article_of(f"Neue Fährverbindung nach Gehlshagen\n{lines}\n{STORY}\n{SECOND}\n")
    assert (article["published"][:10], article["dateline"]) == (published, place)


@pytest.mark.parametrize("note", ["(Nouvelle fenêtre)", "(opens in a new window)", "(öffnet in neuem Fenster)"])
def test_a_links_note_on_where_it_opens_is_no_part_of_the_writers_name(note):
    document, article = article_of(f"Le chansonnier gaspésien Réal Thibodeau s’éteint à 79 ans\nStéphanie Gagnon {note}\n"
                                   f"Publié le 12 février 2025\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Le chansonnier gaspésien Réal Thibodeau s’éteint à 79 ans",
                                                         "Stéphanie Gagnon")


def test_the_newsrooms_word_and_the_site_after_a_bar_under_a_headline_and_deck():
    document, article = article_of(f"Local\nMunicipio lanza programa de becas para 1,500 estudiantes\n"
                                   f"Los interesados podrán registrarse a partir del 29 de mayo\n"
                                   f"Redacción | La Voz del Altiplano\n25 de mayo de 2023 | 12:40 hrs\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["publisher"]) == (
        "Municipio lanza programa de becas para 1,500 estudiantes", "Redacción", "La Voz del Altiplano")


def test_a_name_and_a_job_in_sentence_case_under_the_headline_is_the_byline():
    document, article = article_of(f"Local\nCounty leaders weigh $48 million plan to rebuild Fenwick Street bridge\n"
                                   f"Darnell Whitcomb, Staff writer\nAugust 19, 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["summary"]) == (
        "County leaders weigh $48 million plan to rebuild Fenwick Street bridge", "Darnell Whitcomb", [])


def test_a_wire_then_its_writer_after_a_bar_under_the_headline():
    document, article = article_of(f"Great Lakes shipping season opens late as ice lingers\nAssociated Press | By Marcus Thiele\n"
                                   f"Published March 28, 2025 at 4:15 PM EDT\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Marcus Thiele", "Associated Press")


def test_what_the_name_in_a_byline_block_wrote_is_no_place():
    document, article = article_of(f"Tribunal de Setúbal condena ex-presidente de junta\nAgência Lusa\nTexto\n8 mai. 2024, 16:20\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"], article["published"]) == ("Agência Lusa", None, "2024-05-08")


def test_a_caption_under_the_headline_over_a_copyright_credit_over_the_date():
    document, article = article_of(f"Etna, nuova fontana di lava nella notte: chiuso l'aeroporto\n"
                                   f"Cenere su Zafferana e Giarre. Voli regolari dalle 9\n"
                                   f"Una colonna di cenere sopra il cratere di Sud-Est\n© IPA\n13 giugno 2025\n{STORY}\n{SECOND}\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        ("Una colonna di cenere sopra il cratere di Sud-Est", "IPA")]


@pytest.mark.parametrize("line, byline, publisher", [
    ("Élodie Carrasco for The Valley Courier", "Élodie Carrasco", "The Valley Courier"),
    ("Óscar Núñez Environment correspondent", "Óscar Núñez", None),
])
def test_a_writers_name_that_opens_with_an_accented_capital(line, byline, publisher):
    document, article = article_of(f"Council to decide on pool plan\n{line}\nMarch 3, 2024\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == (byline, publisher)


def test_a_labelled_credit_in_capitals_over_the_lead_caption_right_above_the_story():
    caption = "La délégation brésilienne lors de la séance plénière de clôture, vendredi à Genève"
    document, article = article_of(f"Négociations climatiques : un accord a minima sur le méthane\nAgence France-Presse\n"
                                   f"Partager\nPHOTO NADIA KESSLER, AGENCE FRANCE-PRESSE\n{caption}\n{STORY}\n")
    assert article["headline"] == "Négociations climatiques : un accord a minima sur le méthane"
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "NADIA KESSLER, AGENCE FRANCE-PRESSE")]


def test_the_writers_portrait_over_the_name_credits_no_picture():
    title = "Le traversier entre Saint-Ours-de-Mer et Baie-Marcotte immobilisé jusqu'en janvier"
    document, article = article_of(f"Grands titres\n{title}\nPhoto de Marie-Ève Tremblay\nMarie-Ève Tremblay\n"
                                   f"Publié le 3 mars 2024\n{STORY}\n")
    assert (article["headline"], article["byline"]) == (title, "Marie-Ève Tremblay")
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


def test_the_writers_job_and_newsroom_under_the_name_and_the_lead_pictures_credit_over_its_caption():
    title = "Storm Imelda: Amber warning as 80mph gusts forecast for west coast"
    caption = "Waves crashed over the sea wall at Porthdinas on Sunday as the first bands of rain arrived"
    document, article = article_of(f"Let us know you agree to cookies\nYes, I agree\nNo, take me to settings\n{title}\n"
                                   f"4 hours ago\nShare\nGwen Pritchard\nWeather reporter, Channel West News\n"
                                   f"Getty Images\n{caption}\n{STORY}\n")
    assert (article["headline"], article["byline"]) == (title, "Gwen Pritchard")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Getty Images")]
    assert reasons(document)["Yes, I agree"] == "cookie-prompt"


def test_a_place_in_capitals_right_before_the_date_under_the_byline():
    document, article = article_of(f"Tamil Nadu to introduce bilingual science textbooks in schools from June\n"
                                   f"Aparna Raghunathan\nCHENNAI March 08, 2024 10:45 pm | Updated 10:52 pm IST\n{STORY}\n")
    assert (article["dateline"], article["published"][:10]) == ("CHENNAI", "2024-03-08")


def test_a_wire_in_capitals_before_the_date_is_no_place():
    document, article = article_of(f"Le fabricant de vélos va supprimer 240 postes dans la Loire\n"
                                   f"AFP 12/03/2024 à 09:14\n{STORY}\n")
    assert article["dateline"] is None
    assert article["published"][:10] == "2024-03-12"


def test_a_quote_set_apart_with_its_speaker_is_a_quote_not_the_first_paragraph():
    quote, speaker = "“We have cleared the house. We have not cleared the land.”", "— Hemi Walsh, orchardist"
    document, article = article_of(f"Council Backs the New Pool\n\nBy Jane Roe\n\n{quote}\n{speaker}\n\n{STORY}\n\n{SECOND}\n")
    assert article["blocks"][0] == {"type": "quote", "text": f"{quote} {speaker}", "lines": [5, 6]}
    assert paragraphs(article) == [STORY, SECOND]


def test_a_dash_under_a_paragraph_that_is_not_wholly_quoted_is_no_quotes_speaker():
    page = f"Council Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\n“{SECOND}”, she said.\n\n— With files from Derek Amos\n"
    document, article = article_of(page)
    assert all(block["type"] != "quote" for block in article["blocks"])


def test_a_name_over_a_town_and_its_state_then_a_slash_and_the_date():
    page = ("Menú\n\nPolítica\n\nLimoneros paran cortes por tercera semana\n\nAcusan que las empacadoras pagan cuatro pesos por "
            "kilo\n\nNayeli Ortiz Barragán\nApatzingán, Mich. / 20.02.2024 10:35:00\n\nLos productores de limón de la región "
            "cumplieron este martes tres semanas sin cortar fruta, en protesta por el precio.\n\n"
            "La Secretaría no había respondido hasta el cierre de esta edición a las peticiones de los productores.\n")
    document, article = article_of(page)
    assert (article["byline"], article["dateline"], article["published"]) == (
        "Nayeli Ortiz Barragán", "Apatzingán, Mich.", "2024-02-20")
    assert article["headline"] == "Limoneros paran cortes por tercera semana"


def test_a_caption_in_capitals_over_its_labelled_credit_in_the_header():
    page = ("Notícias\n\nMais de 40 mil crianças vacinadas contra o sarampo no Lubango\n\n19 Novembro de 2024 | 16h08\n\n"
            "VACINAÇÃO CONTRA O SARAMPO NO LUBANGO\nFOTO: ARMINDO KALUEYA\n\n"
            "Lubango - Mais de 40 mil crianças dos zero aos cinco anos de idade foram vacinadas contra o sarampo.\n\n"
            "A meta é vacinar 96 mil crianças até ao fim do mês, segundo a supervisora municipal da campanha.\n")
    document, article = article_of(page)
    figure = article["blocks"][0]
    assert (figure["type"], figure["caption"], figure["credit"]) == (
        "figure", "VACINAÇÃO CONTRA O SARAMPO NO LUBANGO", "ARMINDO KALUEYA")


def test_a_date_label_alone_under_the_writers_name_is_no_place():
    page = f"Council Backs the New Pool\n\nJane Roe\nPublished\n04 March 2024\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["byline"], article["dateline"], article["published"]) == ("Jane Roe", None, "2024-03-04")


def test_a_note_on_the_writer_by_surname_under_the_byline():
    note = "Roe is a senior correspondent for the Valley Courier and the author of a book on small towns."
    document, article = article_of(f"Council Backs the New Pool\n\nBy Jane Roe\n\nMarch 6, 2024\n\n{note}\n\n{STORY}\n\n{SECOND}\n")
    assert reasons(document)[note] == "author-bio"
    assert paragraphs(article) == [STORY, SECOND]


def test_a_name_and_the_newsroom_with_a_separator_left_at_the_end():
    page = (f"Council Backs the New Pool\n\nThe first increase since 2019, the council heard\n\nJane Roe · Valley News · \n"
            f"Posted: Mar 05, 2024 4:00 AM AST\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["byline"] == "Jane Roe"


def test_a_headline_and_deck_over_a_name_and_job_after_a_bar_are_no_list_of_links():
    page = ("Crops\nSoybeans\nSeed treatment costs rise as growers weigh skipping it\n"
            "Higher prices for fungicide packages have some farmers rethinking what they buy\n"
            f"Jane Roe | Contributing Editor\nMar 8, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == "Seed treatment costs rise as growers weigh skipping it"
    assert article["summary"] == ["Higher prices for fungicide packages have some farmers rethinking what they buy"]
    assert article["byline"].startswith("Jane Roe")


def test_the_trail_of_sections_ending_with_the_title_printed_under_it():
    title = "Council to decide on the new pool plan in June"
    document, article = article_of(f"Menu\n\nNews/Local News/{title}\n{title}\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title
    assert reasons(document)[f"News/Local News/{title}"] == "navigation"
    assert article["summary"] == []


def test_key_points_without_stops_and_a_live_pages_editor():
    points = ["About 400 bus drivers have begun a five-day strike over pay",
              "Almost all city services are cancelled, with a few school routes running",
              'The company says the union\'s claim is "unaffordable"']
    page = ("Cardiff bus strike: Services cancelled as drivers walk out\n\nLive Reporting\nEdited by Jane Roe\n"
            "12 September 2023\n\nSummary\n" + "\n".join(points) + f"\nPosted at 09:58\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["summary"] == points
    assert article["byline"] == "Jane Roe"
    assert article["headline"] == "Cardiff bus strike: Services cancelled as drivers walk out"


def test_a_picture_credit_under_key_points_is_no_key_point():
    page = ("Council Backs the New Pool\n\nKey points\nThe council has backed the pool after a long debate\n"
            "Work on the new pool starts in the spring of next year\nImage source, Valley Council\n"
            f"Image caption, The old baths on the common\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["summary"] == ["The council has backed the pool after a long debate",
                                  "Work on the new pool starts in the spring of next year"]


@pytest.mark.parametrize("printed, names", [
    ("Jane Roe, Staff Writer", "Jane Roe"), ("Jane Roe – Senior Reporter", "Jane Roe"),
    ("Alan Greer, Maya Lott and Deshawn Pruitt | Staff writers", "Alan Greer, Maya Lott and Deshawn Pruitt"),
    ("JANE ROE, CRIME CORRESPONDENT", "JANE ROE"),
])
def test_the_byline_is_the_writers_names_and_their_jobs_stay_with_the_contributors(printed, names):
    document, article = article_of(f"Council Backs the New Pool\n\nBy {printed}\n\nMarch 6, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == names
    assert any(person["role"] for person in article["contributors"])


def test_a_name_and_the_newsroom_after_a_comma_keeps_the_name():
    document, article = article_of(f"Council Backs the New Pool\n\nBy Jane Roe, Valley News\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Jane Roe"


def test_a_wires_note_on_the_version_before_the_headline():
    title = "(LEAD) Council to cut bus fares for residents aged 19-34 under a new youth pass"
    page = (f"National\n{title}\nAll News 14:03 March 23, 2024\nPrint\n"
            f"This file photo shows commuters at a bus station in central Riverton. (Yonhap)\nBy Jane Roe\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == title
    assert article["blocks"][0]["type"] == "figure"


def test_a_wires_name_then_the_place_over_the_date_line():
    page = ("Home / Economy / News\n\nCabinet clears a scheme to expand cold storage in 120 districts\n\n"
            "The scheme will offer a capital subsidy of up to 35 per cent to private operators near farm clusters\n\n"
            f"Press Trust of India  New Delhi\nLast Updated : Mar 05 2024 | 4:37 PM IST\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == "Cabinet clears a scheme to expand cold storage in 120 districts"
    assert (article["publisher"], article["dateline"]) == ("Press Trust of India", "New Delhi")
    assert article["byline"] == "Press Trust of India"  # (the wire alone signs it)


def test_a_wire_a_bar_and_the_place_over_the_date_line():
    page = ("INTERNACIONAL\nInundaciones dejan al menos nueve muertos en el norte de Guatemala\n"
            f"AFP | Ciudad de Guatemala\nmartes 9 de julio de 2024, 18:03\n\n{STORY}\n\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["publisher"], article["dateline"]) == ("AFP", "AFP", "Ciudad de Guatemala")


def test_a_writer_and_newsroom_then_a_credit_over_the_lead_caption_right_above_the_story():
    page = ("Local News\n\nCanal towpath to close for a year as old bridge rebuilt\n2 hours ago\nShare\n"
            "Jane Roe\nValley News, Yorkshire\nVNS/Tom Ellery\nThe footbridge over the canal dates from the 1820s\n"
            f"{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("Canal towpath to close for a year as old bridge rebuilt", "Jane Roe")
    figure = article["blocks"][0]
    assert (figure["caption"], figure["credit"]) == ("The footbridge over the canal dates from the 1820s", "VNS/Tom Ellery")


def test_a_live_pages_stamps_and_a_wires_credits_in_the_body():
    page = (f"Council Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\nMay 28, 2024 15:42 (IST)\n\n"
            f"{STORY.replace('Thursday', 'Friday')}\n\nReporting by Jane Roe; Editing by John Doe\n")
    document, article = article_of(page)
    removed = reasons(document)
    assert (removed["May 28, 2024 15:42 (IST)"], removed["Reporting by Jane Roe; Editing by John Doe"]) == (
        "timestamp", "story-credits")
    assert len(paragraphs(article)) == 3


def test_a_date_alone_deep_in_the_story_without_a_time_is_not_a_stamp():
    page = f"Council Backs the New Pool\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\n{STORY}\n\nMarch 3, 2024\n\n{SECOND}\n"
    document, article = article_of(page)
    assert "March 3, 2024" not in reasons(document)


@pytest.mark.parametrize("line", ["Staff report", "From staff reports", "Staff and wire reports"])
def test_the_newsrooms_own_word_under_the_headline_is_the_byline_and_no_title(line):
    page = f"Menu\n\nCouncil Backs the New Pool on the Common\n\n{line}\n\nPosted May 8, 2024 10:00 am\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("Council Backs the New Pool on the Common", line)


def test_a_photographer_and_their_job_in_capitals_over_the_lead_caption_under_the_date_line():
    caption = "Demonstrators gather outside the main gate of the shipyard on Saturday, Dec. 9, 2023, to protest layoffs."
    page = (f"Hundreds rally outside the shipyard as layoffs loom\n\nBy Jane Roe\nDec 10, 2023 | 8:00 a.m.\n\n"
            f"KAYLA BRENNER / STAFF PHOTOGRAPHER\n{caption}\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    figure = article["blocks"][0]
    assert (figure["type"], figure["caption"], figure["credit"]) == ("figure", caption, "KAYLA BRENNER / STAFF PHOTOGRAPHER")
    assert paragraphs(article) == [STORY, SECOND]


def test_a_fact_checks_claim_and_verdict_above_the_story_are_its_summary():
    claim = "Claim: A video shows police officers from another country breaking up a protest in Riverton."
    verdict = "Verdict: FALSE. The video was filmed in another city in June and shows that city's police."
    page = f"No, this video does not show foreign police in Riverton\n\nBy Jane Roe\n\nJuly 2, 2024\n\n{claim}\n\n{verdict}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["summary"] == [claim, verdict]
    assert paragraphs(article) == [STORY, SECOND]


def test_a_headline_of_two_sentences_in_title_case():
    title = "The Carbon Border Tax Is Coming. Poor Countries Should Set the Terms."
    document, article = article_of(f"Opinion\n\n{title}\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title


def test_a_syndicate_under_the_columnists_name_is_no_place():
    page = (f"Dear Jane: My sister keeps borrowing my good dishes\n\nJane Roe\n\nCreators Syndicate\n\n"
            f"Published 12:01 a.m. CT Nov. 8, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["dateline"]) == ("Jane Roe", None)


def test_a_job_glued_to_the_writers_name():
    page = f"Council Backs the New Pool on the Common\n\nJane RoeSenior Reporter\n\nMarch 14, 2024 - 5:00AM\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["byline"] == "Jane Roe"
    assert article["contributors"][0]["role"] == "Senior Reporter"


def test_a_name_with_a_capital_inside_keeps_it():
    page = f"Council Backs the New Pool on the Common\n\nJane McDonald\n\nMarch 14, 2024 - 5:00AM\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["byline"] == "Jane McDonald"


def test_a_note_on_the_writer_by_title_and_surname():
    note = "Dr. Roe is a pediatrician in Riverton and a member of the town's Safe Routes to School board."
    document, article = article_of(f"We Built the Bike Lanes\n\nMarch 18, 2024\n\nBy Jane Roe\n\n{note}\n\n{STORY}\n\n{SECOND}\n")
    assert reasons(document)[note] == "author-bio"
    assert paragraphs(article) == [STORY, SECOND]


def test_a_caption_that_reports_speech_over_a_photo_by_credit():
    caption = "The aviation agency said the cracks were found during routine maintenance on two aircraft."
    page = (f"Agency orders inspections of 300 regional jets\n\nBy Jane Roe\n\nFeb. 12, 2024 / 2:31 PM\n\n{caption}\n\n"
            f"File Photo by John Doe/UPI | License Photo\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    figure = article["blocks"][0]
    assert (figure["type"], figure["caption"], figure["credit"]) == ("figure", caption, "John Doe/UPI")


def test_the_kind_of_piece_and_its_writer_over_the_date_is_no_headline():
    title = "The Strait Is Not the Next Red Sea, Not Yet"
    page = (f"Asia Program\n\n{title}\n\nShipping insurers are quietly repricing risk in the region's busiest chokepoint.\n\n"
            f"Expert Brief by Jane Roe\n\nMarch 4, 2024 11:25 am (EST)\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == title


def test_what_we_know_above_the_story_without_so_far_is_a_heading_over_the_story():
    lead = "The council has approved the new pool after a year of argument over its cost."
    page = f"Council Backs the New Pool\n\nBy Jane Roe\n\nMarch 3, 2024\n\nWhat we know\n\n{lead}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["summary"] == [] and paragraphs(article)[0] == lead


def test_a_kicker_glued_to_the_headline_by_its_colon_and_an_editors_credit_with_a_colon():
    page = (f"Koalitionsstreit:Wie die Pflegereform doch noch kommen soll\n\nEdited by: Jane Roe\n\nVon Hans Müller\n\n"
            f"11.03.2024, 10:15 Uhr\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == "Wie die Pflegereform doch noch kommen soll"
    assert reasons(document)["Edited by: Jane Roe"] == "story-credits"


def test_sections_labels_over_a_headline_and_its_deck_over_a_name_and_its_job():
    title = "LIVE: Motorway closed both ways after a crash near the junction - updates"
    deck = "Drivers are facing long delays on the motorway after the crash in the early hours of the morning"
    page = (f"Menu\nNews\nRiverton News\nTraffic & Travel\n{title}\n{deck}\nJane Roe\nLive Blog Editor\n"
            f"06:12, 14 NOV 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe")


def test_a_sections_name_in_the_menu_and_again_over_the_signed_headline_is_no_headline():
    title = "Former youth coach sentenced to 14 years for stealing from team boosters, assaulting witness"
    page = (f"Local News\nCrime and Public Safety\nSports\nOpinion\nSign up\nCrime and Public Safety\n{title}\n"
            f"By Jane Roe | Valley News\nUPDATED: March 12, 2025 at 6:02 PM PDT\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == title


def test_a_papers_name_over_the_home_link_under_the_pages_title_is_the_logo_not_the_writer():
    title = "Council asks for three thousand more bicycle places at the station"
    document, article = article_of(f"{title}\nBerner Aarepost\nStartseite\nStadt Bern\nRegion\nSport\nAnmelden\n\n"
                                   f"{title}\nJane Roe\nPubliziert: 02.05.2024, 22:30\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], document["capture"]["site"]) == ("Jane Roe", "Berner Aarepost")


def test_a_name_over_the_sites_slogan_under_the_pages_title_is_the_logo_not_the_writer():
    title = "Sciopero dei rider, presidio davanti alla sede di ConsegnaSubito"
    document, article = article_of(f"{title}\nNavigli Sera\nIl quotidiano online di Milano e dintorni\n"
                                   f"Milano · Hinterland · Lavoro · Sport\n\nANSA\n21 novembre 2023, 14:32\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], document["capture"]["site"]) == ("ANSA", "Navigli Sera")


@pytest.mark.parametrize("name", ["Tegus Hoy", "Maroc Dépêches", "Valley Dispatch"])
def test_a_name_with_a_medias_word_right_under_the_pages_title_is_the_logo_not_the_writer(name):
    title = "Remesas a Honduras crecen 6 % en enero pese a menor flujo migratorio"
    document, article = article_of(f"{title}\n{name}\nEconomía\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], document["capture"]["site"]) == (None, name)


def test_the_logo_under_the_pages_title_when_the_headline_is_printed_again_further_down():
    title = "Überfall auf Kiosk in Essen-Altendorf: Polizei sucht Zeugen"
    document, article = article_of(f"{title}\nREVIER-BLAULICHT\nEssen | Duisburg | Bochum | Dortmund | Gelsenkirchen\n"
                                   f"Top-Meldungen:\nA40 nach Unfall wieder frei\nANZEIGE\nPolizei\n{title}\n26.11.2024, 07:42 Uhr\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["headline"], document["capture"]["site"]) == (title, "REVIER-BLAULICHT")


def test_a_line_printed_twice_in_a_row_right_over_the_story_is_the_lead_pictures_not_the_headline():
    title = "Storm brings down trees and leaves seven districts without power"
    caption = "A fallen tree on a car parked on Tenorio Street in the northern district"
    document, article = article_of(f"Portal Gralha\nHome / Cidades\n\n{title}\n\nPublicado: 05/06/2024 - 08:31\n\n"
                                   f"{caption}\n{caption}\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title
    assert [block.get("caption") for block in article["blocks"] if block["type"] == "figure"] == [caption]


def test_the_pages_first_line_in_capitals_over_todays_date_is_no_byline():
    document, article = article_of("RIFT VALLEY PULSE\nSunday, 21 April 2024\nTop Stories | County News | Athletics | Opinion\n"
                                   "Subscribe\n\nAthletics\nFour marathoners banned as doping crackdown widens\nAFP\n"
                                   f"Sunday, 21 April 2024 17:05\nShare:\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] != "RIFT VALLEY PULSE"
    assert document["capture"]["site"] == "RIFT VALLEY PULSE"


def test_a_name_in_capitals_over_where_and_when_and_a_section_before_the_day():
    page = ("El Gobierno salva la ley de vivienda con el apoyo de los nacionalistas\n\nANA BELÉN RUIZ\n"
            f"Madrid - 12 mar 2024 - 14:35 CET\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["dateline"]) == ("ANA BELÉN RUIZ", "Madrid")
    page = ("JORNAL DO PLANALTO NORTE\nPreço do café bate recorde e produtores seguram vendas\n"
            f"Economia — 18 novembro 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["dateline"]) == (None, None)


def test_a_stamp_after_a_dot_in_the_header():
    page = (f"Alerte orange : des orages violents attendus cet après-midi\n\n• Mis à jour le mer. 17 juil. 2024 à 13:02\n\n"
            f"Par Jeanne Roux\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["summary"], article["modified"] or article["published"]) == ([], "2024-07-17")


def test_a_time_glued_to_the_writers_name_under_the_headline():
    page = f"Police name man killed in crash, charge second driver\n\nJane Roe12:04, Mar 06 2025\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["byline"], article["published"]) == ("Jane Roe", "2025-03-06")


def test_a_sites_name_over_a_menu_of_single_words_is_not_signed_by_the_byline_under_the_menu():
    # The date and writer stand over the headline: the masthead, far above them, over the menu's entries, is no title.
    title = "Reefer carriers brace for a deadline as shippers ask for lot-level data"
    menu = "\n".join(["Log In", "Subscribe", "Topics", "Warehousing", "Transportation", "Technology", "Regulation",
                      "Events"])
    page = f"Harbour Cold Freight Weekly\n{menu}\n\nApr 2, 2024 | Jane Roe\n{title}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")


def test_a_name_and_a_place_under_the_headline_still_sign_it():
    title = "Council backs plan for a new pool on the common after a long debate"
    page = f"Valley Weekly\n\n{title}\n\nJane Roe\n\nand\n\nJohn Poe\n\nRiverton\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == title


def test_the_writer_with_two_wires_under_the_headline_signs_it():
    title = "German rail strike halts most long-distance trains for 36 hours"
    page = (f"Skip to content\nRhein Welle\nGermany\nWorld\nBusiness\nGermany\n\n{title}\n\n"
            f"Departure boards at the main station showed nothing but cancellations on Wednesday.\n\n"
            f"Image: Jana Roe/dpa/picture alliance\n\nKarin Oettl with dpa, AFP\n\n01/24/2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Karin Oettl")


@pytest.mark.parametrize("line", ["WKDL | By Jane Roe", "By Jane Roe | Valley Sports"])
def test_a_stations_or_sites_name_and_a_by_line_between_a_bar_sign_the_story(line):
    title = "District asks voters for $48 million to replace its old high school"
    page = f"{title}\n\n{line}\n\nPublished February 1, 2023 at 5:21 PM EST\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["summary"]) == (title, "Jane Roe", [])


def test_the_day_and_time_then_the_wire_after_a_bar_date_the_story_and_name_its_publisher():
    title = "District asks voters for $48 million to replace its old high school"
    document, article = article_of(f"{title}\n\n15.08.2024 - 12:31 | dpa-AFX\n\n{STORY}\n\n{SECOND}\n")
    assert (article["published"][:10], article["publisher"]) == ("2024-08-15", "dpa-AFX")


@pytest.mark.parametrize("line, publisher", [("By Jane Roe | AAP", "AAP"), ("By PA News Agency", "PA News Agency")])
def test_a_by_line_and_a_wire_after_a_bar_name_the_publisher(line, publisher):
    title = "District asks voters for $48 million to replace its old high school"
    page = f"{title}\n\n{line}\n\nPublished February 1, 2023 at 5:21 PM EST\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["publisher"] == publisher


def test_a_by_line_and_the_writers_job_between_a_bar_keep_the_job():
    page = (f"Sequía en el norte: los embalses caen al 20 por ciento\n\nPor Alejandra Campos Reyes | Corresponsal\n\n"
            f"5 de marzo de 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["byline"] == "Alejandra Campos Reyes"
    assert article["contributors"][0]["role"] == "Corresponsal"


def test_who_sent_the_story_and_when_between_a_bar_give_the_date():
    title = "Civic body to install 1,200 smart water meters to curb leakages"
    page = f"{title}\n\nKNS | Updated: Jan 17, 2025 18:21 IST\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["published"][:10]) == (title, [], "2025-01-17")
    page = f"{title}\n\nJane Roe | Published 18 September 2024, 14:32\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["byline"], article["published"][:10]) == ("Jane Roe", "2024-09-18")


def test_a_writers_name_and_the_time_between_a_bar_and_an_editors_credit_in_capitals():
    title = "Otters stop traffic as they cross the road in single file while drivers wait patiently"
    page = (f"{title}\n\nWritten By: Jane Roe\n\nEdited By: John Doe\n\nPublished On: Jul 22, 2025 18:02 IST\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"][:10]) == (title, "Jane Roe", "2025-07-22")
    assert reasons(document)["Edited By: John Doe"] == "story-credits"
    page = f"Jane Roe | May 09, 2025, 06:12 PM\n\n{STORY}\n\n{SECOND}\n"  # (no title: the page's is a picture)
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"][:10]) == (None, "Jane Roe", "2025-05-09")


@pytest.mark.parametrize("title", [
    "9 otters stop traffic as they cross the road in single file", "2,000 passengers stranded as the ferries halt sea trips",
])
def test_a_title_that_opens_with_a_number_over_its_byline_is_the_headline(title):
    page = f"Valley Daily Tribune\n\nNews\n\nSport\n\n{title}\n\nBy Jane Roe\n\nMarch 6, 2025\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")


def test_a_title_that_opens_with_a_number_over_a_date_alone_is_no_candidate():
    # (a list of stories prints its teasers over their dates: the story's own headline is the title signed below)
    title = "Council Backs Plan for a New Pool on the Common"
    page = (f"Most read\n\n3 killed as a lorry hits a bus shelter on the ring road\n\nMarch 5, 2025\n\n{title}\n\n"
            f"By Jane Roe\n\nMarch 6, 2025\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["headline"] == title


def test_a_date_line_that_names_the_paper_after_a_comma_signs_the_headline():
    title = "Two thousand evacuated after wartime bomb found on a building site"
    deck = "Army experts carried out a controlled explosion on the device, which was found by a digger driver"
    page = (f"The Valley Chronicle\n\nNews\n\nUK\n\n{title}\n\n{deck}\n\nShare\n\nSave\n\nJane Roe, Home Affairs Correspondent\n\n"
            f"Tuesday March 18 2025, 12.01am GMT, The Valley Chronicle\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["published"][:10]) == (title, [deck], "2025-03-18")


def test_a_title_that_opens_with_a_number_over_the_lead_caption_and_a_name_and_job():
    title = "60 evacuated after a fire breaks out in a fifth-floor flat; man taken to hospital"
    page = (f"The Harbourfront Post\n\nSubscribe\n\nSingapore\n\n{title}\n\n"
            f"The fire broke out in a fifth-storey unit of the block at about 9.20am on Sept 8. PHOTO: HFP READER\n\n"
            f"Jane Roe\n\nCorrespondent\n\nPublished Sep 8, 2023, 04:30 PM\n\nGoogle Preferred Source badge\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")
    assert reasons(document)["Google Preferred Source badge"] == "page-chrome"


def test_a_place_with_its_province_in_brackets_right_before_the_date_is_no_title():
    title = "Detenidas once personas en una operación contra el narcotráfico en el puerto"
    page = (f"Diario del Estrecho\nMenú\nAndalucía\n{title}\n"
            "Los agentes intervinieron más de dos toneladas de hachís ocultas entre cajas de fruta\n"
            f"Algeciras (Cádiz) 05 mar 2024 - 13:21\nActualizado 05 mar 2024 - 14:02\nCompartir\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["dateline"], article["published"][:10]) == (title, "Algeciras (Cádiz)", "2024-03-05")


def test_a_weekday_glued_to_the_writers_name_is_no_part_of_the_byline():
    title = "City bus lanes to operate 24 hours a day from June, council confirms"
    page = f"{title}\n\nJane RoeSat 23 Mar 2024 at 06:30\n\nShare this article\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")



def test_a_name_and_job_under_a_deck_and_a_text_browsers_picture_mark_sign_the_headline():
    title = "One in five primary pupils in England missed a day a fortnight last year, survey finds"
    deck = "Headteachers say illness, cost of living and changed attitudes since Covid are keeping children at home"
    page = (f"Education\n\nSchools\n\n{title}\n\n{deck}\n\n[IMG]\n\n"
            "The survey of 1,100 headteachers found that absence was highest in the spring term. Photograph: Jane Doe/PA\n\n"
            f"Jane Roe Education correspondent\n\nTue 12 Mar 2024 18.30 GMT\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe")
    assert reasons(document)["[IMG]"] == "page-control"


def test_a_by_line_with_the_wire_after_a_slash_under_the_headline_is_no_caption_credit():
    title = "Trabajadores de la mina inician huelga indefinida en el norte de Chile"
    page = f"LA NACIÓN AUSTRAL\n\nEconomía\n\n{title}\n\nPor JANE ROE / Associated Press\n\n11 de junio de 2024 - 14:32\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"], [b for b in article["blocks"] if b["type"] == "figure"]) == (
        title, "JANE ROE", [])


def test_a_headline_long_enough_to_read_as_prose_over_its_deck_and_byline():
    title = ("Ola de calor: más de 90 mil usuarios siguen sin luz en el Conurbano y hubo cortes de calles en Lanús y "
             "Quilmes por la noche")
    deck = "El ente regulador intimó a las distribuidoras a normalizar el servicio antes del miércoles por la tarde."
    page = (f"EL PREGÓN\n\nPolítica\n\nSociedad\n\n{title}\n\n{deck}\n\nJane Roe\n\n23 de enero de 2024 · 14:32\n\n"
            f"Compartir\n\n{STORY}\n\n{SECOND}\n\n{THIRD}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe")
    assert paragraphs(article)[0] == STORY


def test_a_section_and_a_place_with_a_little_word_over_the_headline_is_a_kicker():
    title = 'Orsa con due cuccioli avvistata vicino alle case, il sindaco: "Non uscite nei boschi al tramonto"'
    page = f"Cronaca\n\nPolitica\n\nCronaca / Val di Sole\n\n{title}\n\nDi Jane Roe\n\n2 ore fa\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["summary"]) == (title, [])


def test_a_labelled_credit_over_its_caption_between_the_deck_and_the_byline():
    title = "Alojamento local já ocupa metade das casas da Ribeira e o município quer travar novos registos"
    deck = ("A câmara prepara uma suspensão de dois anos das novas licenças em seis freguesias. Associações do setor "
            "ameaçam avançar para tribunal")
    caption = "Turistas na Rua de São João, junto à Ribeira, no final de junho"
    page = (f"SEMANÁRIO ATLÂNTICO\n\nSociedade\n\n{title}\n{deck}\n\nFotografia: Jane Doe\n{caption}\n\n"
            f"Texto de Jane Roe\nJornalista\n02 julho 2024 14:32\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Jane Doe")]


def test_a_public_radio_story_with_its_player_and_the_programme_it_was_heard_on():
    title = "Bees learn to 'count' flowers faster when they forage in pairs, study finds"
    page = (f"Home\n\nNews\n\nScience\n\n{title}\n\nListen · 3:52\n\n3:52\n\nToggle more options\n\nDownload\n\nEmbed\n\n"
            f"Transcript\n\nMarch 4, 2024 5:08 AM ET\n\nHeard on Morning Edition\n\nJane Roe\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")
    assert (reasons(document)["Heard on Morning Edition"], reasons(document)["Transcript"]) == ("page-chrome", "page-control")


def test_a_trending_bar_of_names_over_an_older_storys_note_its_headline_and_name_with_date():
    title = "Cyber fraudsters pose as courier staff, dupe retired professor of Rs 46 lakh"
    page = (f"Sign In\nThe Western Herald\nCity News\nTrending\nPune Metro Phase 2\nPune Weather\nPune AQI\n"
            f"Maharashtra Elections\nPune Water Cut\nThis story is from March 5, 2024\n{title}\n"
            f"Jane Roe / Mar 5, 2024, 04:12 IST\nShare\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"][:10]) == (title, "Jane Roe", "2024-03-05")


def test_two_writers_each_over_their_job_under_the_deck_sign_the_headline():
    title = "Health service to open 12 step-down units to ease hospital overcrowding, says Minister"
    deck = "Units will provide 480 beds for older patients who are well enough to leave hospital but cannot go home"
    page = (f"Health\n\n{title}\n\n{deck}\n\nJane Roe\nHealth Correspondent\nJohn Doe\nPolitical Reporter\n"
            f"Fri Jan 24 2025 - 05:45\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"]) == (title, [deck])


def test_a_name_over_its_newsroom_and_region_then_the_pictures_wire_over_its_caption():
    title = "Ferry passengers stranded overnight after vessel loses power off the island"
    caption = "The Isle of Tarran ferry was towed back to port early on Tuesday"
    page = (f"Home\n\nNews\n\nScotland\n\n{title}\n\n3 hours ago\n\nShare\n\nSave\n\nJane Roe\n\nAlbion News Scotland\n\n"
            f"PA Media\n\n{caption}\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "PA Media")]


def test_a_date_line_that_names_a_paper_led_by_the_after_a_comma():
    title = "Fennel & Fig, Hackney review: the best lunch I have had this year"
    page = (f"{title}\n\nBy Jane Roe\n\nSaturday March 09 2024, 12.01am, The London Lantern\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"][:10]) == (title, "Jane Roe", "2024-03-09")


def test_writers_each_with_where_they_write_from_under_a_menu_the_headline_its_deck_and_the_lead_picture():
    title = "Why the country's productivity puzzle has a housing-shaped hole in it"
    deck = "Economists increasingly blame planning rules, not skills or investment, for a decade of stagnation"
    page = (f"Home\nWorld\nWork & Careers\nLife & Arts\nThe Big Read\nUK economy\nAdd to myFC\n{title}\n{deck}\n\n"
            "Cranes over new flats in Salford. Economists say building rules keep workers away © Jane Doe/Bloomberg\n\n"
            f"Jane Roe in London and John Poe in Manchester\nPublished March 11 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe and John Poe")


def test_a_labelled_credit_over_the_lead_caption_under_an_audio_players_time():
    caption = "A large sinkhole opened on Monument Road in Kempton Park early on Monday morning."
    page = (f"Sinkhole swallows section of busy road, motorists warned to avoid area\n\nJane Roe\n26 February 2024 | 13:47\n\n"
            f"0:00 / 3:58\nListen to this article\n\nImage: Jane Doe / Highveld Dispatch\n{caption}\n\n"
            f"Johannesburg - {STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "Jane Doe / Highveld Dispatch")]
    assert paragraphs(article)[0] == f"Johannesburg - {STORY}"


def test_a_galleries_caption_its_show_more_button_and_the_staff_photographers_credit():
    caption = "Traffic crosses the channel bridge on State Highway 225 on Monday, March 18, 2024, in Pasadena."
    page = (f"Bridge to close for 10 weeks, forcing 40,000 daily drivers onto detours\n\nJane Roe, Staff writer\n"
            f"March 18, 2024\n\n1 of 3\n{caption}\nShow More Show Less\nJane Doe/Staff photographer\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "Jane Doe/Staff photographer")]
    assert paragraphs(article)[0] == STORY


def test_a_headline_of_two_sentences_in_title_case_is_no_first_paragraph():
    title = "A Town Fought a Copper Mine Over Its Water. A Judge Just Sided With the Town."
    deck = "The ruling, which blocks the mine from pumping groundwater, could reshape how the state weighs mining against water."
    page = (f"Skip to content\nLog in\n{title}\n{deck}\n"
            "Residents gathered at the town's water tower last spring to protest.\nCredit...Jane Doe for The Valley Times\n"
            f"By Jane Roe\nReporting from Marfa Springs, Ariz.\nMarch 12, 2024\nShare full article\n{STORY}\n{SECOND}\n{THIRD}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe")
    assert paragraphs(article)[0] == STORY


def test_a_title_that_opens_with_a_number_over_the_wire_its_section_and_the_stamp():
    title = "3 Workers Killed, 5 Injured In Fire At Warehouse Near The City"
    page = (f"Home\n\nIndia\n\n{title}\n\nPress Trust of India | India News | Updated: March 12, 2024 10:18 pm IST\n\n"
            f"Read Time: 2 mins\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["published"][:10]) == (title, "2024-03-12")


def test_a_writers_name_a_dash_and_the_paper_is_no_headline():
    title = "Oil firms hike pump prices for fourth straight week"
    page = (f"The Luzon Star\n\nBusiness\n\n{title}\n\n"
            "MOTORISTS LINE UP AT A GASOLINE STATION YESTERDAY AHEAD OF ANOTHER ROUND OF PRICE INCREASES. — JANE DOE\n\n"
            f"Ma. Jane Roe - The Luzon Star\n\nMarch 12, 2024 | 12:00am\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Ma. Jane Roe")


@pytest.mark.parametrize("line, name", [
    ("Jane Roe, opinion contributor", "Jane Roe"), ("Jane Roe, Shannon Technological University", "Jane Roe"),
])
def test_a_writers_job_in_small_letters_or_their_university_after_a_comma_is_no_part_of_the_byline(line, name):
    page = f"Why do people say sorry when someone else bumps into them?\n\n{line}\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["byline"] == name


def test_a_name_a_bar_and_a_paper_named_with_two_little_words_sign_the_headline():
    title = "Cierran carretera a Puerto Ixchel por bloqueo de ejidatarios"
    deck = "Exigen el pago de indemnizaciones por terrenos afectados por la ampliación de la vía hace cuatro años"
    page = (f"El Sol de la Península\nLocal\nDeportes\n{title}\n{deck}\nJane Roe | El Sol de la Península\n"
            f"Tixcacal, Yucatán / martes 15 de julio de 2025\nEscuchar esta nota\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe")


def test_a_place_with_its_province_over_the_date_is_the_dateline_not_the_headline():
    title = "Los regantes del Guadalrío piden adelantar la campaña ante la sequía"
    page = (f"El Correo de la Ribera\nÚltima hora\n{title}\nLas comunidades de regantes reclaman que libere ya el agua\n"
            f"Agencia EFE\nVillanueva del Guadalrío (Sevilla)\n04 mar 2024 - 13:27\nActualizado a las 14:05\n"
            f"{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["dateline"]) == (title, "Villanueva del Guadalrío (Sevilla)")


def test_a_place_in_capitals_under_the_desk_over_the_date_is_no_writers_name():
    page = ("Sequestrati 3 quintali di datteri di mare, denunciati due pescatori\n\nRedazione ANSA\nTORRE SAN VITO\n"
            "12 marzo 2024 13:45\n\n(ANSA) - TORRE SAN VITO (BARI), 12 MAR - Tre quintali di datteri di mare sono stati "
            "sequestrati dalla Guardia costiera a Torre San Vito.\n\nI militari li hanno sorpresi all'alba mentre scaricavano "
            "le reti da un gommone in una caletta isolata a sud del porto.\n")
    document, article = article_of(page)
    assert (article["byline"], article["dateline"], article["publisher"]) == ("Redazione ANSA", "TORRE SAN VITO (BARI)", "ANSA")


def test_an_update_stamp_in_parentheses_under_the_date():
    page = (f"Former agent jailed for cheating clients of S$380,000 in rental deposit scam\n\nJane Roe\n"
            f"27 Feb 2025 04:13PM\n(Updated: 27 Feb 2025 06:02PM)\nBookmark\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["published"][:10], article["modified"][:10], paragraphs(article)[0]) == ("2025-02-27", "2025-02-27", STORY)


def test_the_sites_slogan_over_its_clock_and_the_headline_over_a_stamp_and_by_line_between_a_bar():
    title = "Campagne cacaoyère 2024-2025 : le prix bord champ fixé à 1 950 FCFA le kilo"
    page = (f"La Lagune Matin\nLe quotidien qui informe\nJeudi 3 octobre 2024\nAccueil\nPolitique\nÉconomie\n{title}\n"
            f"Publié le mercredi 2 octobre 2024 | Par Jane Roe\n1 245 lectures\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"][:10]) == (title, "Jane Roe", "2024-10-02")


def test_the_headline_over_its_deck_near_the_story_when_the_date_stands_above_them():
    title = "Jueza federal suspende obras del tren ligero por falta de estudios ambientales"
    deck = ("El gobierno estatal anunció que impugnará la resolución; vecinos de la colonia habían denunciado la tala de "
            "340 árboles")
    page = (f"EL MIRADOR\nNación\nMetrópoli\nEstados\nNación\n16/07/2024 12:45\nActualizada 16/07/2024 13:02\n{title}\n"
            f"{deck}\nJane Roe\nCorresponsal\nCompartir\nFacebook\nWhatsApp\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"]) == (title, [deck])


def test_a_name_in_capitals_over_the_writers_wire_and_the_date_signs_the_headline():
    # (with no blank lines: the headline over a name in capitals also reads as a caption over its credit)
    document, article = article_of("Tidewater Daily Press\nSubscribe Now\nNation & World\nNation & World\n"
                                   "Council to decide on pool plan after months of delay\nJANE ROE\nAssociated Press\n"
                                   f"Published 9:12 p.m. ET Jan. 22, 2025\nVALLEY, Texas (AP) — {STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Council to decide on pool plan after months of delay", "JANE ROE")
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


def test_a_wire_and_the_writers_job_is_no_wire_and_place():
    document, article = article_of(f"Council to decide on pool plan\nBy JANE ROE\nAP Sports Writer\nMarch 2, 2024, 5:31 PM GMT\n"
                                   f"MANCHESTER, England (AP) — {STORY}\n{SECOND}\nCopyright 2024 The Associated Press.\n")
    assert (article["dateline"], article["publisher"]) == ("MANCHESTER, England", "The Associated Press")


@pytest.mark.parametrize("note, paper", [
    ("This article originally appeared in The Millbrook Sentinel.", "The Millbrook Sentinel"),
    ("This article originally appeared in Inland Watershed Journal and is republished here with permission.",
     "Inland Watershed Journal"),
    ("This story was originally published by The Valley Courier.", "The Valley Courier"),
])
def test_the_paper_a_republished_story_first_appeared_in_is_its_publisher(note, paper):
    document, article = article_of(f"Valley Courier Weekly\nCouncil to decide on pool plan\nBy Jane Roe\n\n{note}\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["publisher"] == paper
    assert reasons(document)[note] == "editor-note"


def test_a_note_dated_when_it_first_appeared_names_no_paper():
    document, article = article_of(f"Council to decide on pool plan\nBy Jane Roe\n\n"
                                   f"This story was originally published on March 3, 2024.\n\n{STORY}\n\n{SECOND}\n")
    assert article["publisher"] is None


@pytest.mark.parametrize("buttons", ["Ouvir o texto\nPausar", "Écouter\nPause", "Play\nPause"])
def test_an_audio_players_buttons_between_deck_and_byline_block_are_controls(buttons):
    document, article = article_of(f"Linha 6 do metrô terá operação assistida a partir de junho\n"
                                   f"Gestão estadual afirma que as primeiras estações funcionarão das 10h às 15h\n{buttons}\n"
                                   f"Daniela Prado\nSão Paulo\n5.mar.2024 às 10h32\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Daniela Prado", "São Paulo")
    assert {reasons(document)[line] for line in buttons.split("\n")} == {"page-control"}


@pytest.mark.parametrize("place_line, place", [("à Québec", "Québec"), ("em Brasília", "Brasília")])
def test_where_the_writer_wrote_from_on_the_line_under_their_name(place_line, place):
    document, article = article_of(f"Québec resserre les règles sur la location\nMarie-Ève Gauthier\n{place_line}\n"
                                   f"14 novembre 2023\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Marie-Ève Gauthier", place)


def test_a_line_in_small_letters_far_from_the_byline_is_no_place():
    document, article = article_of(f"Council to decide on pool plan\nBy Jane Roe\n14 March 2024\nShare\nin Politics\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["dateline"] is None


@pytest.mark.parametrize("line, name", [("dal nostro inviato Marco Delvecchio", "Marco Delvecchio"),
                                        ("Dalla nostra inviata Giulia Neri", "Giulia Neri")])
def test_the_papers_own_envoy_in_italian(line, name):
    document, article = article_of(f"Alluvione, i cantieri sugli argini ripartono\n{line}\n05 Marzo 2024 alle 10:32\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["byline"] == name


def test_the_place_under_the_name_gives_way_to_the_same_place_as_the_story_prints_it():
    document, article = article_of(f"La Junta licitará la ampliación del hospital\nEuropa Press\nSevilla\n"
                                   f"Actualizado: martes, 5 marzo 2024 10:32\n\nSEVILLA, 5 Mar. (EUROPA PRESS) - {STORY}\n\n"
                                   f"{SECOND}\n")
    assert article["dateline"] == "SEVILLA"


def test_another_place_under_the_name_stays_the_dateline():
    document, article = article_of(f"Council to decide on pool plan\nJane Roe\nValencia\n5 marzo 2024\n\n"
                                   f"MADRID, 5 Mar. (EUROPA PRESS) - {STORY}\n\n{SECOND}\n")
    assert article["dateline"] == "Valencia"


@pytest.mark.parametrize("line, byline, publisher", [
    ("Author: Marisol Ekwueme (KBVR)", "Marisol Ekwueme", None),  # a station's call letters
    ("By Rohit Venkataraman, DL Bureau", "Rohit Venkataraman", None),  # the desk in a city
    ("By Jane Roe (Reuters)", "Jane Roe", "Reuters"),  # the wire, "By" no part of the name
    ("By Jane Roe (Valley News)", "Jane Roe", "Valley News"),  # (a newsroom named whole: the publisher)
])
def test_what_a_byline_prints_after_the_writers_name(line, byline, publisher):
    document, article = article_of(f"Council to decide on pool plan\n{line}\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == (byline, publisher)


def figures_of(article):
    return [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"]


def test_a_photographers_name_in_capitals_under_the_lead_caption_under_the_byline():
    caption = "El arquitecto Aurelio Sanjurjo, en su estudio de Madrid en 2011."
    document, article = article_of(f"Muere Aurelio Sanjurjo, el arquitecto de los mercados\nLucía Ferreras Ortiz\n"
                                   f"Madrid - 05 mar 2024 - 18:40 CET\nCompartir en Whatsapp\n{caption}\nSAMUEL BERMEJO\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["byline"] == "Lucía Ferreras Ortiz"
    assert figures_of(article) == [(caption, "SAMUEL BERMEJO")]


def test_a_wires_photo_and_its_photographer_in_capitals_under_the_lead_caption_with_no_byline():
    caption = "Vue de l'hémicycle du Parlement européen à Bruxelles lors du vote."
    document, article = article_of(f"Le Parlement européen adopte sa position sur les jouets connectés\n"
                                   f"Les eurodéputés veulent un pictogramme obligatoire sur les jouets connectés.\n"
                                   f"12 avril 2023 16:20\nSource: Belga\n{caption}\nBELGA PHOTO JEAN DUPONT\n"
                                   f"{STORY}\n{SECOND}\n")
    assert figures_of(article) == [(caption, "BELGA PHOTO JEAN DUPONT")]


def test_a_name_in_capitals_under_a_deck_with_no_byline_is_no_photographer():
    document, article = article_of("Muere el arquitecto de los mercados\n"
                                   "El autor de la rehabilitación del mercado fallece en Madrid a los 88 años.\n"
                                   f"LUCÍA FERRERAS ORTIZ\n{STORY}\n{SECOND}\n")
    assert figures_of(article) == []


@pytest.mark.parametrize("caption, credit_line, credit", [
    ("Dalmore currently has 112 stores, mostly in the north of England", "Source: Shutterstock", "Shutterstock"),
    ("Dev Chahal says the hoax orders have cost his business dearly", "Credit: Tees News Agency", "Tees News Agency"),
])
def test_a_caption_under_the_byline_block_over_its_labelled_credit(caption, credit_line, credit):
    document, article = article_of(f"Chippy boss fumes as ghost customer racks up fake orders\nAmelia Trent\n"
                                   f"Published: 21:07, 18 Aug 2023\n{caption}\n{credit_line}\n{STORY}\n{SECOND}\n")
    assert figures_of(article) == [(caption, credit)]
    assert paragraphs(article)[0] == STORY


@pytest.mark.parametrize("stamp", ["PUBLISHED JAN 23, 2024, 06:00 PM SGT", "UPDATED MARCH 02, 2024 7:05 AM"])
def test_a_stamp_set_in_capitals_dates_the_story(stamp):
    document, article = article_of(f"Council to decide on pool plan\nBy Jane Roe\n{stamp}\n\n{STORY}\n\n{SECOND}\n")
    assert article["published"][:10] == ("2024-01-23" if "JAN" in stamp else "2024-03-02")


def test_a_kicker_with_a_dash_over_the_headline_is_no_dateline():
    document, article = article_of(f"Skip to main content\nJAWS OF LIFE —\nTiny armored fish pushes back origin of jaws\n"
                                   f"By Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["dateline"] is None
    assert article["headline"] == "Tiny armored fish pushes back origin of jaws"


def test_a_writers_name_in_capitals_and_the_storys_time_under_the_headline():
    document, article = article_of(f"Tiny armored fish pushes back origin of jaws\nHOLLIS WEXFORD - 6/3/2024, 4:41 PM\n"
                                   f"reader comments\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["published"]) == ("HOLLIS WEXFORD", "2024-03-06")


@pytest.mark.parametrize("prefix", ["Enlarge / ", "Camera Icon", "Camera Icon "])
def test_a_pictures_button_or_icon_before_its_caption(prefix):
    caption = "An artist's reconstruction of the fish, which was roughly the size of a thumb."
    document, article = article_of(f"Tiny armored fish pushes back origin of jaws\nBy Jane Roe\n\n{STORY}\n\n"
                                   f"{prefix}{caption} Credit: Jane Doe/University of Dunmore\n\n{SECOND}\n")
    assert figures_of(article) == [(caption, "Jane Doe/University of Dunmore")]
    assert reasons(document)[prefix.strip()] == "page-control"


@pytest.mark.parametrize("stamp", ["Today at 15:00", "Yesterday 12:35PM", "Gestern, 18:30 Uhr", "Hoje às 10:32"])
def test_a_stamp_naming_the_day_by_its_distance_from_today_signs_the_headline(stamp):
    document, article = article_of(f"Sponsored\nToday's News in 90 Seconds - January 25th\nNews\n"
                                   f"Gym's rowing challenge raises money for community defibrillators\nStaff Reporter\n{stamp}\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["headline"] == "Gym's rowing challenge raises money for community defibrillators"
    assert article["summary"] == []
    assert reasons(document)[stamp] == "timestamp"


@pytest.mark.parametrize("block", ["Eilidh Marr\nCrime Reporter", "Eilidh Marr Crime Reporter"])
def test_a_name_and_job_over_the_date_past_the_share_buttons_and_the_section_signs_the_story(block):
    document, article = article_of(f"Skip to main content\nNews\nCrime\nPolice concerned for missing woman last seen on Saturday\n"
                                   f"Officers have released a photograph and are asking anyone who saw her to come forward\n"
                                   f"Bookmark\nShare\nComments\nNews\n{block}\n14:32, 4 MAR 2024\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["published"][:10]) == ("Eilidh Marr", "2024-03-04")


def test_an_obituarys_title_over_its_date_line_is_no_byline():
    document, article = article_of("Skip to main content\nHome\nObituaries\nDerwent Valley Tribune\n"
                                   "Margaret Ellison Obituary\nPublished by The Derwent Valley Tribune on Dec. 3, 2024.\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["byline"] is None


@pytest.mark.parametrize("after, signed", [([], True), (["Gizmodo", "I Can't Believe You Made Me Solve the Mystery"], False)])
def test_a_stamp_naming_the_day_over_another_title_signs_none(after, signed):
    from convert.readers.capture.generic import _signed_below
    from convert.readers.capture.text import Line
    texts = ["Trump Shocked to Learn 3M Selling Masks Overseas", "Matt Novak", "Today 7:30AM", *after]
    header = [Line(number, text, text) for number, text in enumerate(texts, start=1)]
    assert _signed_below(header, 0) is signed


@pytest.mark.parametrize("line", ["Maeve Lindqvist (now) and Tomasz Brennan (earlier)",
                                  "By Maeve Lindqvist (now) and Tomasz Brennan (earlier)"])
def test_a_live_pages_writers_on_shift_sign_it(line):
    document, article = article_of(f"Storm Ilse live: thousands without power as flood warnings extended\n{line}\n"
                                   f"Updated March 3, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Maeve Lindqvist and Tomasz Brennan"
    assert article["headline"] == "Storm Ilse live: thousands without power as flood warnings extended"


@pytest.mark.parametrize("line, byline, publisher", [
    ("Press Trust of IndiaUpdated: March 05, 2024 10:32 am IST", "Press Trust of India", "Press Trust of India"),
    ("PTI / Updated: March 05, 2024 10:32 am IST", "PTI", "PTI"),
])
def test_a_wires_name_and_a_stamp_with_no_bar_between(line, byline, publisher):
    document, article = article_of(f"Supreme Court seeks reply on plea against coaching fee hikes\n{line}\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"], article["published"][:10]) == (byline, publisher, "2024-03-05")
    assert article["summary"] == []


@pytest.mark.parametrize("line, dateline", [
    ("Pune | Updated: July 28, 2024 09:14 IST", "Pune"),
    ("Business | Updated: July 28, 2024 09:14 IST", None),  # (the section's name)
    ("Bosch | 26.01.2024", None),  # (a label and a date, no stamp's word)
])
def test_the_town_a_story_was_sent_from_before_a_bar_and_its_stamp(line, dateline):
    document, article = article_of(f"Pune rains: waterlogging in low-lying areas\nWritten by Meera Kulkarni\n{line}\n\n{STORY}\n\n"
                                   f"{SECOND}\n")
    assert article["dateline"] == dateline


def test_a_name_over_a_place_right_over_the_story_past_the_text_size_buttons():
    document, article = article_of("Poupança tem saída líquida de R$ 20 bi em fevereiro\n"
                                   "Retirada reflete endividamento das famílias, dizem analistas\n5.mar.2024 às 10h32\n"
                                   "Ouvir o texto\nPausar áudio\nDiminuir fonte\nAumentar fonte\nRenata Albuquerque\nSão Paulo\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Renata Albuquerque", "São Paulo")
    assert reasons(document)["Diminuir fonte"] == "page-control"


def test_a_contributor_special_to_a_paper_over_the_date():
    document, article = article_of("The Northern Ledger\nOttawa's housing accelerator is running on an empty tank\n"
                                   "Federal money cannot make up for the fact that Canada has too few builders\n"
                                   f"Graham Thiessen-Okoro\nSpecial to The Northern Ledger\nPublished March 4, 2024\n"
                                   f"For Subscribers\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Graham Thiessen-Okoro", "The Northern Ledger")


def test_a_writers_funding_disclosure_under_a_headline_asked_as_a_question():
    note = "Tamsin Okoro receives funding from the Natural Environment Research Council and the Moorland Trust."
    headline = "Peat bogs store more carbon than our forests – so why are we still digging them up for compost?"
    document, article = article_of(f"Skip to main content\nThe Forum Review\nEnvironment\nHealth\n{headline}\n"
                                   f"Published: March 4, 2024 7:12am GMT\nAuthor\nTamsin Okoro\nDisclosure statement\n{note}\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["headline"] == headline
    assert paragraphs(article)[0] == STORY
    assert reasons(document)[note] == "editor-note"


def test_a_deck_over_a_byline_block_printed_on_one_line_between_bars():
    deck = "The victim was added to a WhatsApp group that promised guaranteed returns of up to 300 per cent, police said."
    document, article = article_of(f"Techie loses Rs 48 lakh to fake stock trading app\n{deck}\n"
                                   "India News | Press Trust of India | Updated: November 13, 2024 8:14 pm IST\nShare\n"
                                   f"Bengaluru: {STORY}\n{SECOND}\n")
    assert article["summary"] == [deck]
    assert paragraphs(article)[0] == f"Bengaluru: {STORY}"
    assert (article["publisher"], article["published"][:10]) == ("Press Trust of India", "2024-11-13")


def test_a_name_over_its_job_and_paper_between_middle_dots_over_the_date():
    document, article = article_of("Three teens before Youth Court after ram raid on jewellery store\n"
                                   "Police say the stolen car was driven through the shop's front doors twice.\nSam Whitaker\n"
                                   f"Waikato Reporter·The Aotea Herald·\n29 Oct, 2024 04:00 AM\n3 mins to read\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Three teens before Youth Court after ram raid on jewellery store"
    assert (article["byline"], article["publisher"]) == ("Sam Whitaker", "The Aotea Herald")


@pytest.mark.parametrize("controls", ["Listen to this article\nAa", "Écouter l'article\nA+"])
def test_a_name_over_the_date_past_the_storys_reading_and_text_size_buttons(controls):
    caption = "Gardaí stopped the van on the N21 near Adare. Photo: Stock image"
    document, article = article_of(f"Gardaí seize cannabis worth €2.1m after van stop in Co Limerick\n{controls}\n{caption}\n"
                                   f"Ciara Dunleavy\nTue 3 Dec 2024 at 16:42\n{STORY}\n{SECOND}\n")
    assert article["byline"] == "Ciara Dunleavy"


def test_a_title_that_opens_with_a_number_over_a_labelled_stamp_is_the_headline():
    # (a list's teasers print their dates bare; "Published on:" labels the story's own)
    title = "3 surprising findings from our survey of harbour pilots"
    page = f"Blog\n\nInsights\n\n{title}\n\nPublished on: June 25, 2024\n\n5 min read\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["published"]) == (title, "2024-06-25")


def test_a_stamp_labelled_issued_on_dates_the_story_and_is_no_title():
    title = "Tanker blast kills 19 near a market in the river town"
    page = f"World\n\nAfrica\n\n{title}\n\nIssued on: 04/06/2024 - 14:22\n\n2 min\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["published"]) == (title, "2024-06-04")


@pytest.mark.parametrize("signed, byline", [
    ("Jane Roe in Lisbon and agencies", "Jane Roe"), ("Jane Roe and agencies", "Jane Roe"),
    ("Staff and agencies", "Staff and agencies"), ("Jeanne Roux avec agences", "Jeanne Roux"),
])
def test_a_byline_with_the_note_that_wires_copy_went_into_the_story(signed, byline):
    title = "Floods force thousands from their homes as the river breaches an old levee"
    deck = "Rescuers use boats to reach villages cut off after three days of rain"
    page = (f"World\n\nEurope\n\n{title}\n\n{deck}\n\nView image in fullscreen\n\n{signed}\n\nMon 4 Nov 2024 18.02 GMT\n\n"
            f"Share\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["summary"]) == (title, byline, [deck])


@pytest.mark.parametrize("signed, writer", [
    ("Andrea Colombo, inviato a Desio", "Andrea Colombo"), ("Arnaud Chevrier, à Roland-Garros", "Arnaud Chevrier"),
    ("Jeanne Roux, envoyée spéciale à Lyon", "Jeanne Roux"),
])
def test_a_name_where_the_writer_was_sent_after_a_comma_over_the_date_is_no_headline(signed, writer):
    title = "Cantù, rimonta e sorpasso: Forlì battuta 88-79 al PalaDesio"
    deck = "I brianzoli recuperano 14 punti di svantaggio nel terzo quarto. Ferraresi chiude con 21 punti e 8 assist"
    page = (f"BasketPiù\nSerie A | Serie A2 | Serie B | Eurolega | NBA\nCerca nel sito\nSerie A2\n{title}\n{deck}\n{signed}\n"
            f"26/01/2025\nCommenta\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, writer)


def test_a_credit_over_a_caption_without_its_stop_under_the_gallerys_count():
    caption = "Dayo Okonjo celebrates after heading the equaliser in the 58th minute at Gresley Park"
    page = (f"Football\n\nStockridge 2-1 Harlow: Okonjo double sends Stockridge top of the league\n\nBy Jane Roe\n\n"
            f"Sunday 23 February 2025 18:30, UK\n\nImage gallery\n\n1/12\n\nGetty Images\n\n{caption}\n\n"
            f"Team news and stats\n\nPlayer ratings\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Getty Images")]
    assert paragraphs(article)[0] == STORY


def test_the_papers_name_printed_again_over_the_writers_name_is_no_deck():
    title = "Villebrune : le pont de la Grise fermé pour six mois, les commerçants inquiets"
    deck = "Les travaux de consolidation débuteront le 17 avril. Une déviation de 9 km est prévue."
    page = (f"Menu\n\nL'Écho de la Vallée\n\nActualité\n\nSports\n\n{title}\n\n{deck}\n\nL'Écho de la Vallée\n\n"
            f"Claire Vasseur.\n\nPublié le 04/04/2023 à 17h12\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Claire Vasseur")


def test_a_name_and_job_in_title_case_over_the_date_signs_past_the_deck_and_a_section_label():
    title = "Historic pub to be turned into flats after the council's vote"
    deck = "Councillors approved the plans despite more than 200 objections from residents"
    page = (f"Local News\n\n{title}\n\n{deck}\n\nBookmark\n\nShare\n\nNews\n\nTom Harrigan Local Democracy Reporter\n\n"
            f"09:12, 21 Jun 2023Updated 10:01, 21 Jun 2023\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Tom Harrigan")


@pytest.mark.parametrize("credit", ["AFP - JEAN-LUC FERRAND", "Jean-Luc Ferrand - AFP"])
def test_a_wire_and_its_photographer_either_side_of_a_dash_under_the_lead_caption(credit):
    caption = "L'immeuble du 14, rue des Tanneurs, ravagé par les flammes en juin 2022."
    page = (f"Justice\n\nIncendie mortel rue des Tanneurs : le propriétaire condamné à trois ans de prison\n\nPar Jeanne Roux\n\n"
            f"Publié le 19/11/2024 à 17:12\n\n{caption}\n\n{credit}\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, credit)]


def test_a_name_with_a_comma_over_the_writers_job_is_the_byline_without_it():
    title = "Phones to be locked in pouches at 40 schools in a year-long trial"
    page = f"Education\n\n{title}\n\nJane Roe,\n\nEducation Editor\n\n19 January 2025 10:00pm GMT\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")


@pytest.mark.parametrize("bar", [" ", " | ", " · "])  # (a bar or a dot between too)
def test_a_name_and_email_address_under_the_headline_is_the_byline(bar):
    title = "School board weighs a four-day week to fill the bus driver gaps"
    page = (f"Local News\n\n{title}\n\nCole Avendaño{bar}cavendano@valleytribune.com\n\nMar 11, 2025\n\n0\n\nFacebook\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"]) == (title, "Cole Avendaño", "2025-03-11")


def test_a_summary_under_its_label_then_the_republish_button_and_the_writers_box():
    title = "Community colleges were told to map every transfer path by fall. Most haven't finished"
    summary = "A 2023 law requires each of the state's community colleges to publish course maps. Only 31 have done so."
    page = (f"Education\n\n{title}\n\nIn summary\n\n{summary}\n\nRepublish Story\n\nPortrait of Jane Roe\n\nJane Roe\n\n"
            f"Higher Education Reporter\n\n@janeroe\n\nFollow\n\nSeptember 9, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["summary"], article["byline"], article["published"]) == ([summary], "Jane Roe", "2024-09-09")
    assert paragraphs(article)[0] == STORY


def test_a_credit_printed_again_right_under_its_caption_is_no_title():
    # (credit, caption and credit again, as a radio's page prints them with its caption controls)
    title = "Tiny fish found in a desert spring may be the rarest vertebrate in North America"
    caption = "A pupfish photographed during a survey last spring. Fewer than 60 adults are left."
    page = (f"Science\n\n{title}\n\nListen · 3:58\n\nSeptember 28, 2024 5:00 AM ET\n\nHeard on Weekend Edition Saturday\n\n"
            f"Jane Roe\n\nEnlarge this image\n\ntoggle caption\n\nJohn Doe/Desert Fish Alliance\n\n{caption}\n\n"
            f"John Doe/Desert Fish Alliance\n\nhide caption\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")
    assert reasons(document)["John Doe/Desert Fish Alliance"] == "photo-credit"


def test_a_newsrooms_initials_then_a_slash_and_a_stamp_sign_the_story():
    title = "Civic body to fine bulk waste generators ₹5,000 for unsegregated garbage"
    document, article = article_of(f"City\n\nProperty Tax Deadline\n\n{title}\n\nTNN / Updated: Aug 7, 2024, 09:14 IST\n\n"
                                   f"Share\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["published"][:10]) == (title, "TNN", "2024-08-07")
    assert article["summary"] == []


def test_a_place_of_two_words_and_the_date_under_a_wire_alone():
    title = "Rescatadas 47 personas de una neumática a la deriva al sur de Punta Lobera"
    document, article = article_of(f"Sucesos\n\n{title}\n\nEFE\n\nPuerto Lobera - 22 sept 2024 - 13:45 CEST\n\n"
                                   f"Compartir en Whatsapp\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["dateline"], article["published"][:10]) == ("EFE", "Puerto Lobera", "2024-09-22")


def test_a_letters_note_on_its_writer_over_the_letter_is_no_first_paragraph():
    note = "Gwen Tallis chaired the Harbour Users' Group from 2011 to 2019 and still keeps a crabber on the east quay."
    letter = ("SIR – For the third winter running, the town council has spent money shoring up the east harbour wall "
              "with sandbags, and for the third spring running the same section has come away again.")
    page = f"Letters\n\nLetter: The harbour wall deserves better\n\nGwen Tallis\n\nJune 4, 2024\n\n{note}\n\n{letter}\n\n{STORY}\n"
    document, article = article_of(page)
    assert (article["byline"], article["dateline"]) == ("Gwen Tallis", None)
    assert reasons(document)[note] == "author-bio"
    assert paragraphs(article)[0] == letter


def test_a_headline_that_asks_a_question_over_its_deck_and_byline_block_is_no_first_paragraph():
    title = "Explained: What is the new pool levy, and who will actually pay it?"
    deck = "The council says landlords will carry the cost. Tenant groups are not so sure about that."
    third = "The levy would raise about three million dollars a year for inspections, the council's finance chief said."
    page = (f"Log in\n\nMenu\n\nNational\n\nPolitics\n\n{title}\n\n{deck}\n\nJane Roe\n\n05:00, Jan 28 2025\n\nSHARE\n\n"
            f"{STORY}\n\n{SECOND}\n\n{third}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe")
    assert paragraphs(article)[0] == STORY


def test_a_question_that_opens_the_story_over_a_teasers_date_stays_its_first_paragraph():
    question = "How much should a family pay to send a child to school on the bus every single morning of the year?"
    page = (f"Bus fares for pupils to rise to 240 euros a year from September\n\nBy Jane Roe\n\n15 April 2024\n\n"
            f"{question}\n\n{STORY}\n\nRead more\n\nCanteen prices for the new year\n\n10 April 2024\n\n{SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article)[0] == question


def test_a_spanish_question_and_its_tail_is_a_title():
    title = "¿Qué cambia con la nueva ordenanza de pisos turísticos? Las claves"
    deck = "La norma entra en vigor el 1 de abril y obliga a los propietarios a inscribirse en un registro municipal"
    page = f"Vivienda\n\n{title}\n\n{deck}\n\nEFE\n\nAlmendral | 28 mar 2025 - 10:42 CET\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["summary"]) == (title, [deck])


def test_a_list_of_links_that_open_alike_over_the_headline_is_navigation():
    links = [f"External link, opens the Valley Courier's page on {network}" for network in ("Facebook", "Mastodon", "YouTube")]
    title = "Council backs the pool plan after a long night of debate"
    page = "Follow the Courier\n\n" + "\n\n".join(links) + f"\n\n{title}\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == title
    assert all(reasons(document)[link] == "navigation" for link in links)


def test_a_headline_printed_again_under_itself_is_no_list_of_links():
    title = "Council backs the pool plan after a long night of debate"
    page = f"News\n\n{title}\n\n{title}\n\n{title}\n\nMarch 3, 2024\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["headline"] == title


def test_a_place_alone_over_the_story_is_no_byline():
    page = (f"Council backs the pool plan\n\nMarch 3, 2024 at 12:55\n\nListen to this story\n\nSão Paulo\n\n"
            f"{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["byline"] is None


def test_a_name_and_agencies_under_the_headline_and_its_deck_is_the_byline():
    title = "Two hurt as a grain store's wall gives way in Kessler Field"
    deck = "Rescuers search the rubble as officials say the building was inspected last year"
    page = f"News\n\nNebraska\n\n{title}\n\n{deck}\n\nJane Roe and agencies\n\nThu 17 Apr 2025 14.05 EDT\n\nShare\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["summary"], article["byline"]) == (title, [deck], "Jane Roe")


@pytest.mark.parametrize("caption, credit, line", [
    ("Rescue crews pull a kayaker from the creek on Tuesday afternoon.", "WKTR",
     "Rescue crews pull a kayaker from the creek on Tuesday afternoon. (WKTR)"),
    ("A branch of the pensions office", "ANSA", "A branch of the pensions office (ANSA)"),
    ("Firefighters at work in the old town", "Facebook/Fire Service", "Firefighters at work in the old town (Foto Facebook/Fire Service)"),
])
def test_a_caption_with_its_credit_in_brackets_right_over_the_story_is_the_lead_picture(caption, credit, line):
    page = (f"News\n\nCouncil backs the pool plan after a long night\n\nby Jane Roe\n\nTuesday, April 2nd 2024, 5:41 PM CDT\n\n"
            f"Share\n\n{line}\n\nVIEW ALL PHOTOS\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, credit)]
    assert paragraphs(article)[0] == STORY


def test_a_stations_call_letters_under_a_sentence_over_the_story_credit_the_picture():
    caption = "Buses sit idle at the district's transportation yard on Tuesday afternoon."
    page = (f"Council backs the pool plan after a long night\n\nBy: Jane Roe\n\nPosted at 4:52 PM, Jan 09, 2024\n\n"
            f"{caption}\n\nKBXM\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "KBXM")]
    assert paragraphs(article)[0] == STORY


def test_the_pages_title_with_the_sites_name_is_no_prose_and_names_the_headline():
    title = "« The pool was never the point » : councillors look back on ten years of rows over the common"
    page = (f"The Valley Courier - Local : {title}\n\nEdition\n\nSubscribe for 1 €\n\nLocal\n\n{title}\n\n"
            f"Subscribers\n\nBy Jane Roe\n\nPublished on 18 February 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")
    assert paragraphs(article)[0] == STORY
    assert reasons(document)[f"The Valley Courier - Local : {title}"] == "page-chrome"


@pytest.mark.parametrize("names, job, byline", [
    ("Jane Roe and John Doe", "Reporters", "Jane Roe and John Doe"),
    ("Jane Roe, John Doe", "Senior Reporters", "Jane Roe, John Doe"),
])
def test_names_over_their_shared_job_over_the_date_sign_the_story_under_its_headline_and_deck(names, job, byline):
    title = "M62 closed in both directions after lorry overturns near the moor - updates"
    deck = "Drivers are being told to avoid the area with long delays expected throughout the day"
    page = (f"News\n\nLocal News\n\n{title}\n\n{deck}\n\n{names}\n\n{job}\n\nPublished 07:02, 9 Jan 2024\n\nBookmark\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, byline)


@pytest.mark.parametrize("signed, writer", [("Jane Roe at Ballyfin Park", "Jane Roe"),
                                            ("JANE ROE AT BALLYFIN PARK", "JANE ROE")])  # (in capitals too)
def test_a_name_at_the_ground_over_the_date_is_the_reporter_not_the_headline(signed, writer):
    title = "Clonmore edge a thriller at the park to book their place in the final"
    page = (f"Sport\n\nHurling\n\n{title}\n\nClonmore 2-21 Kilbarron 1-22\n\n{signed}\n\n"
            f"Sun 2 Jun 2024 at 19:05\n\nShare\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, writer)


@pytest.mark.parametrize("credit, shown", [
    ("PHOTO JANE ROE, THE VALLEY COURIER", "JANE ROE, THE VALLEY COURIER"),
    ("JANE ROE/VALLEY POST", "JANE ROE/VALLEY POST"),
])
def test_a_credit_over_a_short_caption_past_the_share_buttons_is_the_lead_pictures(credit, shown):
    caption = "Tenants protest outside the landlord's offices in the old town after the rents went up again."
    page = (f"Local\n\nTenants rally against rent rises at the old mill flats\n\nJane Roe\n\nTuesday, 5 December 2023 05:00\n\n"
            f"Partager\n\nFacebook\n\nX\n\nCourriel\n\n{credit}\n\n{caption}\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, shown)]
    assert paragraphs(article)[0] == STORY


def test_a_dateline_opening_the_third_paragraph_leaves_the_story_where_it_starts():
    third = ("RIVERTON — Schools in at least nine counties cancelled classes on Wednesday, and the state said ice "
             "remained on bridges and overpasses along the main highways.")
    first = ("An ice storm that glazed much of the region overnight left more than 41,000 homes and businesses without "
             "electricity early on Wednesday, and the utilities warned that some customers could be in the dark for days.")
    second = ("The electricity company said its crews had restored power to about 9,000 customers by five in the morning "
              "but that falling limbs were still bringing down lines faster than they could be repaired.")
    page = (f"Ice storm leaves thousands without power across the region\n\nBy Jane Roe\n\nJanuary 22, 2025\n\n"
            f"{first}\n\n{second}\n\n{third}\n")
    document, article = article_of(page)
    assert (paragraphs(article)[0], article["dateline"], article["summary"]) == (first, None, [])


def test_a_gallery_without_blank_lines_is_no_hard_wrapped_text():
    captions = ["The winning boat crosses the line in front of the old pier at the harbour mouth",
                "The rowers of the winning district celebrate on the quay after the finish line",
                "The captain lifts the banner of the race above his head in front of the crowd",
                "Spectators crowd the rocks of the lighthouse terrace to watch the boats come in"]
    gallery = "\n".join(f"{n} di 4\n{caption} (Foto Pellegrini)" for n, caption in enumerate(captions, 1))
    page = (f"La Voce del Tirreno\nHome\nCronaca\nSport\nAccedi\nPalio marinaro, le immagini della vittoria del rione\n"
            f"di Federica Onnis\nFoto di Marco Pellegrini\n06 luglio 2025\nCondividi\n4 foto\n{gallery}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("Palio marinaro, le immagini della vittoria del rione", "Federica Onnis")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption, "Pellegrini") for caption in captions]
    removed = reasons(document)
    assert (removed["4 foto"], removed["1 di 4"], removed["Foto di Marco Pellegrini"]) == (
        "page-control", "page-control", "photo-credit")


def test_a_lifes_span_under_an_obituarys_name_is_no_headline():
    page = ("Obituaries\n\nSearch Obituaries\n\nMargaret Ellison Hale\n\nJune 2, 1931 - January 14, 2025\n\n"
            "Published in The Valley Courier on Jan. 17, 2025.\n\n"
            "Margaret Ellison Hale, 93, who kept the counter at the marine supply store on Dock Street for more than fifty "
            "years, died peacefully on Tuesday at home.\n")
    document, article = article_of(page)
    assert article["headline"] == "Margaret Ellison Hale"



def test_a_name_right_over_the_stamp_under_the_deck_signs_the_story_however_far_from_the_headline():
    deck = "Seit Jahrzehnten wird über die Entlastung des Quartiers gestritten. Nach dem dritten Nein ist es Zeit."
    page = (f"Kommentar\n\nZürich braucht endlich einen Plan B\n\nAbo\n\n{deck}\n\nAndrea Brunner\n\n"
            f"Publiziert: 28.09.2023, 06:00\n\n18 Kommentare\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["published"][:10]) == ("Andrea Brunner", "2023-09-28")


@pytest.mark.parametrize("name", ["Yannick Le Goff", "Belén Castaño"])
def test_a_name_alone_under_the_stamp_right_over_the_story_is_its_writer(name):
    page = (f"Politique\n\nMunicipales : la gauche se cherche déjà un candidat commun\n\nPublié le 04/02/2024 à 07h30\n\n"
            f"Modifié le 04/02/2024 à 09h12\n\n{name}\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["byline"] == name


def test_a_name_and_job_after_a_slash_under_the_date_over_the_lead_caption_is_its_writer():
    page = ("Two held after shooting at Bellfield bus park\n\nPublished: March 5, 2024 | 12:11 AM\n\n"
            "Kezia Charles/Staff Reporter\n\nPolice at the bus park on Monday. (Photo: Contributed)\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["byline"] == "Kezia Charles"


def test_a_name_over_the_writers_handle_over_the_date_under_their_portrait_signs_the_story():
    title = "If we want people back on the high street, stop charging them to park"
    deck = "Towns keep asking why shoppers have vanished. The answer is blinking at them from the machine"
    page = (f"Opinion\n\nComment\n\n{title}\n\n{deck}\n\nProfile image of Jane Roe\n\nJane Roe\n\n@janeroe\n\n"
            f"Saturday 12 April 2025 06:00 BST\n\nFollow\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")


def test_a_wire_then_a_place_over_the_date_under_the_headline_signs_the_story():
    page = (f"Markets\n\nSensex sheds 600 points as IT stocks drag; rupee hits record low\n\nIANS Mumbai\n\n"
            f"Last Updated : 09 Jan 2025 | 4:12 PM IST\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["byline"], article["publisher"], article["dateline"]) == ("IANS", "IANS", "Mumbai")


@pytest.mark.parametrize("label", ["Opinion", "Kommentar", "Tribune"])
def test_a_name_over_the_headline_under_an_opinion_label_is_the_columns_writer(label):
    title = "When the library shuts, the high street loses the last place you can sit without paying"
    page = (f"News\n\nSport\n\n{label}\n\nJane Roe\n\n{title}\n\nCouncils call them discretionary services, but not for "
            f"everyone\n\nFri 7 Jun 2024 11.00 BST\n\nShare\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")
    assert "Jane Roe" not in reasons(document)


def test_a_name_over_the_headline_under_a_news_section_is_no_byline():
    title = "Singer announces a farewell tour of twenty cities across the country"
    page = f"Entertainment\n\nTaylor Swift\n\n{title}\n\nFri 7 Jun 2024 11.00 BST\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["byline"] is None


def test_a_line_ending_with_the_name_of_the_wire_whose_dateline_opens_the_story_is_the_lead_caption():
    caption = "Lo spazzaneve al lavoro sulla statale 21 in alta valle"
    story = ("(ANSA) - CUNEO, 05 MAR - Le nevicate delle ultime ore hanno costretto a chiudere al traffico il colle, "
             "dove in quota sono caduti oltre sessanta centimetri di neve fresca.")
    page = f"Cronaca\n\nNevicate in quota, chiuso il colle della Maddalena\n\n05/03/2024 - 18:22\n\n{caption} Ansa\n\n{story}\n"
    document, article = article_of(page)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Ansa")]
    assert paragraphs(article)[0] == story


def test_a_teaser_printed_twice_far_above_yields_to_the_title_with_its_byline_right_over_the_story():
    teaser = "Restaurants close their doors early as the heat wave moves across the state"
    title = "St. Louis Park elects a new mayor, the first of her community to lead the city"
    menu = "\n\n".join(["News", "Sports", "Business", "Opinion", "Food", "Weather"])
    page = (f"{teaser}\n\nRead more\n\n{menu}\n\n{teaser}\n\nTrending\n\nLocal News\n\n{title}\n\nBy Jane Roe\n\n"
            f"November 8, 2023 at 10:15 pm\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "Jane Roe")


def test_a_name_with_a_capital_inside_it_over_its_job_is_not_cut_there():
    page = f"Council Backs the New Pool on the Common\n\nFiona MacRury Scotland correspondent\n\nMarch 14, 2024\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["byline"] == "Fiona MacRury"


def test_a_wires_name_over_the_date_on_a_page_without_a_headline_signs_the_story():
    story = ("Vale de Sobral, 12 ago 2025 (Lusa) – Cerca de 40 pessoas de duas aldeias do concelho foram retiradas de casa "
             "por precaução devido a um incêndio que lavra desde a manhã.")
    page = f"País\n\nMundo\n\nAssinar\n\nPaís\n\nLusa\n\n12 Ago 2025, 17:40\n\nPartilhar\n\n{story}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["publisher"]) == (None, "Lusa", "Lusa")


def test_a_pictures_button_between_its_caption_and_its_credit_over_the_headline():
    caption = "Volunteers sort food at the bank's depot on Mill Street."
    document, article = article_of("\n\n".join([
        "News", "Local", caption, "Enlarge image", "Photo: Jane Roe",
        "Food bank looks for drivers as Friday deliveries are called off", "By John Doe", "March 3, 2024",
        STORY, SECOND]) + "\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [(caption, "Jane Roe")]
    assert reasons(document)["Enlarge image"] == "page-chrome"


def test_a_signature_over_a_button_and_a_credit_is_no_caption():
    document, article = article_of("\n\n".join([
        "Food bank looks for drivers as Friday deliveries are called off", "Jane Roe, 02.01.2023, 11:08 Uhr",
        "Enlarge image", "© Getty Images/John Doe", STORY, SECOND]) + "\n")
    assert not [b for b in article["blocks"] if b["type"] == "figure"]
    assert article["published"] == "2023-01-02"


def test_a_stock_pictures_caption_alone_over_the_story():
    document, article = article_of("\n\n".join([
        "Phone shipments grow 11 per cent in the quarter", "By Jane Roe", "March 3, 2024", "Representative image",
        STORY, SECOND]) + "\n")
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        ("Representative image", None)]
    assert paragraphs(article) == [STORY, SECOND]



def test_a_place_in_capitals_the_headline_names_right_over_the_story_is_its_dateline():
    document, article = article_of("\n\n".join([
        "Riverton: a tram leaves the rails at the station, no one hurt", "Updated 23/06/2020 19:04", "RIVERTON",
        STORY, SECOND]) + "\n")
    assert article["dateline"] == "RIVERTON"
    assert "RIVERTON" not in reasons(document)


def test_a_section_in_capitals_over_the_story_is_no_dateline():
    document, article = article_of("\n\n".join([
        "Sport: the valley's club wins the cup", "Updated 23/06/2020 19:04", "SPORT", STORY, SECOND]) + "\n")
    assert article["dateline"] is None


def test_the_newsroom_after_the_date_and_the_byline_is_the_publisher():
    document, article = article_of("\n\n".join([
        "Agency suspends sales of four batches of sun cream",
        "Publicado em 21/07/2022 - 18:40 Por Jane Roe - Repórter da Agência Brasil - Brasília", STORY, SECOND]) + "\n")
    assert (article["byline"], article["publisher"], article["dateline"]) == ("Jane Roe", "Agência Brasil", "Brasília")


def test_a_releases_contact_line_is_no_headline():
    document, article = article_of("\n\n".join([
        "Posted on: April 15, 2024", "Riverside Trail Extension Opens May 4 With Community Ride", "FOR IMMEDIATE RELEASE",
        "Contact: Jane Roe, Communications Manager", "RIVERTON, OR –", STORY, SECOND]) + "\n")
    assert article["headline"] == "Riverside Trail Extension Opens May 4 With Community Ride"


def test_the_title_right_over_the_bodys_byline_is_the_headline():
    # (the header ended at the page's widgets: a menu's item took the headline, the story's title and byline stand in
    # the body)
    texts = ["Jobs and Careers", "Videos", "Columnists", "Riverton",
             "Riverton council will resurface 120 streets in the north-west districts", "By Jane Roe", STORY]
    units = [Line(number, text, text) for number, text in enumerate(texts, 1)]
    article, doc = ArticleDraft(), DocumentDraft(layout="generic")
    article.fill("headline", texts[0], 1)
    for unit in units[1:5]:
        article.blocks.append({"type": "heading", "text": unit.text, "lines": [unit.number, unit.number]})
    article.fill("byline", "Jane Roe", 6)
    article.blocks.append({"type": "paragraph", "text": STORY, "lines": [7, 7]})
    _signed_title_in_body(units, article, doc)
    assert article.headline == texts[4] and list(article.field_lines["headline"]) == [5]
    assert [block["text"] for block in article.blocks] == [STORY]
    assert [(item["text"], item["reason"]) for item in doc.removed] == [(text, "page-chrome") for text in texts[:4]]


def test_a_subhead_over_a_byline_under_the_storys_prose_is_no_headline():
    texts = ["Council backs the pool", STORY, "What happens next", "By Jane Roe"]
    units = [Line(number, text, text) for number, text in enumerate(texts, 1)]
    article, doc = ArticleDraft(), DocumentDraft(layout="generic")
    article.fill("headline", texts[0], 1)
    article.blocks += [{"type": "paragraph", "text": STORY, "lines": [2, 2]},
                       {"type": "heading", "text": texts[2], "lines": [3, 3]}]
    article.fill("byline", "Jane Roe", 4)
    _signed_title_in_body(units, article, doc)
    assert article.headline == texts[0] and len(article.blocks) == 2 and not doc.removed


def test_the_wire_the_dateline_credits_alone_under_the_headline_signs_the_story():
    document, article = article_of("\n\n".join([
        "Agency asks provinces to finish flood plans within a week", "RVN", "03/08/2019",
        f"RIVERTON, Aug 03 (RVN): {STORY}", SECOND]) + "\n")
    assert (article["byline"], article["publisher"], article["dateline"]) == ("RVN", "RVN", "RIVERTON")
    assert "RVN" not in reasons(document)


def test_a_name_and_address_right_over_the_story_under_a_sections_name_is_the_byline():
    document, article = article_of("\n\n".join([
        "Subscribe Now", "Local News", "JANE ROE jroe@valleysentinel.com", f"RIVERTON — {STORY}", SECOND]) + "\n")
    assert article["byline"] == "JANE ROE"
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


def test_the_job_after_names_with_little_words_in_them_is_no_part_of_the_byline():
    document, article = article_of("\n\n".join([
        "Residents told to boil water after pump fails", "By Jane Roe and Johan du Preez, News Reporters",
        "14 Nov 2023 | 16:05", f"RIVERTON - {STORY}", SECOND]) + "\n")
    assert article["byline"] == "Jane Roe and Johan du Preez"


def test_a_long_first_paragraph_signed_by_the_wires_tag_is_no_caption():
    first = (f"{STORY} Buses will run every six minutes at peak hours while the work goes on, the operator said on "
             "Thursday in a statement to passengers and residents. (Belga)")
    document, article = article_of("\n\n".join(["Publié le 15/02/2024 à 14:05", "Partager", first, SECOND]) + "\n")
    assert paragraphs(article)[0] == first
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


def test_the_wire_alone_under_an_uncredited_caption_credits_the_picture():
    # (the caption printed twice, as the picture's title and its caption, then the wire's name alone)
    caption = "View of a school's playground in the old town, in a file picture."
    document, article = article_of("\n".join([
        "Home", "Region", "Riverton", "Region brings forward its plan for shade in 300 school playgrounds",
        "The works, with a budget of 22 million, will be done in two phases so as not to disturb the school year",
        "Actualizado hace 45 min", caption, caption, "EFE", f"Riverton. (EFE).- {STORY}", SECOND]) + "\n")
    assert {(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"} == {(caption, "EFE")}
    assert article["byline"] is None


def test_a_note_on_the_writer_over_the_button_to_follow_them():
    document, article = article_of("\n\n".join([
        "The water that does not reach the east", "Por Jane Roe", "6 de marzo de 2024 - 00:05",
        "Ingeniera agrónoma. Fue directora de Riego de la provincia entre 2011 y 2015.", "Seguir a Jane Roe",
        STORY, SECOND]) + "\n")
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["Seguir a Jane Roe"] == "promo"


def test_a_place_in_capitals_then_the_stamp_under_the_byline():
    document, article = article_of("\n\n".join([
        "Rescuers free 14 miners trapped in a coal mine after 30 hours", "POR ANA RUIZ",
        "CIUDAD DE MÉXICO / 18.09.2024 08:20:00", STORY, SECOND]) + "\n")
    assert article["published"] == "2024-09-18"



@pytest.mark.parametrize("byline, tag, publisher", [
    ("Europa Press", "EUROPA PRESS", "Europa Press"),  # (as the page writes it elsewhere)
    ("Redacción", "EUROPA PRESS", "Europa Press"),  # (in capitals alone: as the wire writes itself)
    ("Redacción", "FOLHAPRESS", "Folhapress"),
    ("Redacción", "AFP", "AFP"),  # (initials stay so)
    ("Redacción", "VALLEPRESS", "VALLEPRESS"),  # (a wire the reader does not know stays as printed)
])
def test_a_wire_in_capitals_in_the_dateline_as_the_page_or_the_wire_writes_it(byline, tag, publisher):
    document, article = article_of("\n\n".join([
        "Firefighters fight a wildfire near the town", byline, "14/08/2024 10:05",
        f"RIVERTON, 14 ({tag}) {STORY}", SECOND]) + "\n")
    assert article["publisher"] == publisher


def test_the_bodys_first_paragraph_over_the_dated_story_is_its_deck():
    deck = "The state government wants to merge three small courts, and the opposition speaks of a retreat."
    first = f"Hannover. {STORY}"
    document, article = article_of("\n\n".join([
        "Parliament argues over closing local courts", deck, "vor 2 Stunden", "Artikel anhören",
        "The court in the old town is to move into a new building by 2027.", "Foto: dpa", first, SECOND]) + "\n")
    assert article["summary"] == [deck] and paragraphs(article)[0] == first and article["dateline"] == "Hannover"


def test_a_name_and_a_colon_in_the_second_paragraph_is_no_dateline_to_move_the_first():
    first = "In the south the government uses phone data to trace infected patients, and many agree with it."
    answer = f"Jane Roe: {STORY}"
    document, article = article_of("\n\n".join(["Is tracing a model?", first, answer, SECOND]) + "\n")
    assert paragraphs(article)[0] == first


def test_a_name_in_capitals_over_the_dateline_line_is_the_byline():
    document, article = article_of("\n\n".join([
        "Subscribe", "Menu", "City", "JANE MARIA ROE", "RIVERTON, SP (FOLHAPRESS)", "03/09/2024 às 18h12", STORY, SECOND]) + "\n")
    assert (article["byline"], article["dateline"]) == ("JANE MARIA ROE", "RIVERTON, SP")


def test_a_copyright_line_with_a_year_alone_names_no_publisher():
    document, article = article_of("\n\n".join(["Council backs the pool", STORY, SECOND, "© 2016"]) + "\n")
    assert article["publisher"] is None


@pytest.mark.parametrize("block", [
    "Laurent Aebischer\n\nPublié aujourd'hui à 06h45",
    "Andrea Moretti\n\n2 ore fa",
    "Livia Meister, Reto Baumann\n\nPubliziert vor 2 Stunden\n\nAktualisiert vor 28 Minuten",
    "Carina Rott, Jan Kessler12.03.2024 - 17:02 Uhr",
])
def test_the_deck_over_a_byline_block_a_box_and_the_lead_picture_is_no_first_paragraph(block):
    deck = "The vote ends a debate that has divided the town for years, and the pool could open next summer."
    box = "In brief:\n\n- The council backs the pool\n\n- Work starts in May\n\n- The vote on the budget is in April"
    caption = "The old pool on the common. (Photo: Jane Roe)"
    page = (f"Council to decide on pool plan\n\n{deck}\n\n{block}\n\nSubscribe now to listen to this story.\n\n"
            f"{caption}\n\n{box}\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert deck in article["summary"]
    assert paragraphs(article) == [STORY, SECOND]
    assert article["byline"] is not None



def test_a_name_with_its_date_glued_on_under_the_deck_is_the_byline_and_no_title():
    lead = ("El pleno del Ayuntamiento de Castrovid aprobó este viernes, con los votos del gobierno municipal y de uno de "
            "los grupos de la oposición, la nueva ordenanza de viviendas de uso turístico.")
    deck = "El Ayuntamiento aprueba una ordenanza que obliga a inscribir todas las viviendas de uso turístico"
    page = (f"Castrovid multará a los propietarios de pisos turísticos sin licencia\n\n{deck}\n\n"
            f"Nerea Olaizola12 de julio de 2024 - 22:05h\n\n{lead}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"], article["summary"]) == (
        "Castrovid multará a los propietarios de pisos turísticos sin licencia", "Nerea Olaizola", [deck])
    assert paragraphs(article) == [lead, SECOND]


def test_the_lead_pictures_caption_over_the_pages_widgets_over_the_story_is_no_first_paragraph():
    caption = "Turistas en la calle Mayor de Castrovid, en una imagen de archivo."
    lead = ("El pleno del Ayuntamiento de Castrovid aprobó este viernes, con los votos del gobierno municipal y de uno de "
            "los grupos de la oposición, la nueva ordenanza de viviendas de uso turístico.")
    page = (f"Castrovid multará a los propietarios de pisos turísticos sin licencia\n\nNerea Olaizola\n\n12 de julio de 2024\n\n"
            f"{caption}\n\n0\n\n{lead}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert [b["type"] for b in article["blocks"]] == ["figure", "paragraph", "paragraph"]
    assert article["blocks"][0]["caption"] == caption


@pytest.mark.parametrize("under", ["Valdemora - 14 mar 2024 - 07:30 CET", "São José das Pedras (SP)\n\n14.mai.2024 às 18h22"])
def test_the_headline_its_deck_and_the_writers_name_over_the_date_are_no_list_of_links(under):
    headline = "El embalse de Fuenteluna cae al 18% y obliga a cortar el riego en doce municipios de la vega"
    deck = "La confederación aprueba restricciones inéditas mientras los regantes reclaman ayudas directas"
    page = f"Menú\n\n{headline}\n\n{deck}\n\nLucía Carrasco Villalba\n\n{under}\n\n{STORY}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert article["headline"] == headline
    assert "related-link" not in reasons(document).values()
    assert article["dateline"] == ("Valdemora" if under.startswith("Valdemora") else "São José das Pedras (SP)")


def test_a_short_exclamation_opened_by_a_town_and_a_long_dash_under_the_byline_opens_the_story():
    lead = "Wendelsheim – Was für ein Glück im Unglück!"
    story = ("Rentner Horst K. (81) wollte am Dienstagmorgen nur das Laub aus der Regenrinne über seinem Wintergarten "
             "holen. Doch dann krachte es!")
    page = (f"Opa (81) stürzt durch Glasdach – Nachbar rettet ihn mit Leiter\n\nVon TOBIAS BRENNER\n\n12.03.2024 - 16:48 Uhr\n\n"
            f"Artikel teilen\n\n{lead}\n\n{story}\n\n{SECOND}\n")
    assert paragraphs(article_of(page)[1])[0] == lead


def test_a_days_short_name_before_the_date_is_no_dateline():
    page = f"Telfing erhöht die Kanalgebühren um 18 Prozent\n\nDi, 12.03.2024 · 18:00 Uhr\n\nVon Hubert Gasser\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert (article["dateline"], article["published"]) == (None, "2024-03-12")


def test_a_name_with_a_numeric_date_glued_on_under_the_headline_signs_it():
    headline = "Vereadores de Ponta do Cajueiro articulam CPI da merenda escolar"
    page = (f"Blog do Moacir Lobo\n\nPolítica com sotaque\n\n{headline}\n\nMoacir Lobo02/09/2023 às 09:41\n\n"
            f"Siga o Jangada no Google Notícias\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"], article["published"]) == (headline, "Moacir Lobo", "2023-09-02")


@pytest.mark.parametrize("first, place, publisher", [
    ("Ebersfeld. Nach monatelangen Debatten ist die Entscheidung gefallen: Das marode Hallenbad in Ebersfeld wird "
     "abgerissen und durch einen Neubau ersetzt.", "Ebersfeld", None),
    ("Haldenburg (dpa) - Nach einem Sturm ist am Sonntagabend ein Regionalzug bei Haldenburg gegen einen umgestürzten "
     "Baum geprallt und entgleist.", "Haldenburg", "dpa"),
    ("(AIN) - BORGOREALE, 4 APR - Vince il sì al referendum sulla fusione tra Borgoreale e Castelvecchio, con il 62 per "
     "cento dei voti.", "BORGOREALE", "AIN"),
    # (a stop and a dash, which no sentence opens with: the town need not be named again)
    ("Vaduz. – Kleinbetriebe, die Lernende ausbilden, sollen künftig stärker vom Land unterstützt werden, hat die "
     "Regierung am Dienstag beschlossen.", "Vaduz", None),
])
def test_a_town_a_stop_or_a_small_tag_or_a_wires_initials_first_open_the_storys_dateline(first, place, publisher):
    page = f"Entscheidung über das Hallenbad gefallen\n\nVon Jane Roe\n\n12.03.2024\n\n{first}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert article["dateline"] == place
    if publisher:
        assert article["publisher"] == publisher


@pytest.mark.parametrize("mark", ["pm", "red", "eb", "fs", "dap"])  # (and initials in small letters no wire goes by)
def test_a_press_releases_or_the_newsrooms_own_mark_after_the_town_is_no_wire(mark):
    first = (f"Haldenburg ({mark}) - Nach einem Sturm ist am Sonntagabend ein Regionalzug bei Haldenburg gegen einen "
             "umgestürzten Baum geprallt und entgleist.")
    page = f"Haldenburger Bote\nLokales\nSport\nKultur\n\nRegionalzug entgleist nach Sturm\n\n12.03.2024\n\n{first}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert article["dateline"] == "Haldenburg" and article["publisher"] != mark


@pytest.mark.parametrize("bar", [" · ", " | "])
def test_the_newsroom_and_the_day_under_the_headline_sign_the_story(bar):
    page = ("El Faro del Puerto\nDiario digital de la isla\n\nPuerto\nLa naviera adelanta una hora la salida del ferry de la "
            f"tarde\nRedacción{bar}11/11/2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["dateline"], article["published"]) == ("Redacción", None, "2024-11-11")


SELLBACH_LEAD = ("Sellbach. Zwei Jahre nach dem Teileinsturz eines Seitenstollens dürfen Besucher ab Samstag wieder in das "
                 "Silberbergwerk einfahren.")


@pytest.mark.parametrize("later, place", [
    ("Zur Wiedereröffnung singt der Bergmannschor Sellbach um 11 Uhr vor dem Mundloch.", "Sellbach"),
    ("Sellbach hat seit 1991 einen Förderverein, der das Bergwerk betreibt.", None),  # (opening a sentence only)
    ("Zur Wiedereröffnung singt der Bergmannschor um 11 Uhr vor dem Mundloch.", None),
])
def test_a_town_and_a_stop_open_the_dateline_when_the_story_names_the_town_inside_a_later_sentence(later, place):
    page = f"Schaustollen öffnet nach zwei Jahren wieder\n\nVon Jane Roe\n\n12.03.2024\n\n{SELLBACH_LEAD}\n\n{SECOND}\n\n{later}\n"
    assert article_of(page)[1]["dateline"] == place


@pytest.mark.parametrize("caption, place", [
    ("Die Stollen im Silberbergwerk bei Sellbach. Foto: Jane Roe", "Sellbach"),
    ("Die Stollen im Silberbergwerk. Foto: Jane Roe", None),
])
def test_a_town_and_a_stop_open_the_dateline_when_the_lead_pictures_caption_names_the_town(caption, place):
    page = f"Schaustollen öffnet nach zwei Jahren wieder\n\nVon Jane Roe\n\n12.03.2024\n\n{caption}\n\n{SELLBACH_LEAD}\n\n{SECOND}\n"
    assert article_of(page)[1]["dateline"] == place


def test_the_sites_name_and_the_wire_after_by_sign_the_story_as_printed():
    page = (f"Normandie Quotidienne\nActualité\nSport\nCulture\n\nLe port de Fécamp rouvre après les travaux\n\n"
            f"Par Normandie Quotidienne avec AFP\n\n12 mars 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["publisher"]) == ("Normandie Quotidienne avec AFP", "AFP")


def test_a_label_and_a_stop_open_no_dateline():
    first = ("Fazit. Nach monatelangen Debatten ist die Entscheidung gefallen: Das marode Hallenbad wird abgerissen "
             "und durch einen Neubau ersetzt, der 2026 öffnen soll.")
    page = f"Entscheidung über das Hallenbad gefallen\n\nVon Jane Roe\n\n12.03.2024\n\n{first}\n\n{SECOND}\n"
    assert article_of(page)[1]["dateline"] is None


def test_a_stamp_line_with_place_paper_date_and_time_signs_the_headline_over_its_deck_and_writer():
    headline = "El Concello de Portomar retira 14 toneladas de algas de la playa de Areaclara en una semana"
    deck = "Los vecinos denuncian el mal olor y el Ayuntamiento atribuye la acumulación a los temporales de febrero"
    page = (f"Portada\n\nGalicia\n\nSuscríbete\n\n{headline}\n\n{deck}\n\nMaría Fernández Outeiral\n\n"
            f"Portomar / El Faro 14/03/2024 05:00 h\n\nComentar · 2\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (headline, "María Fernández Outeiral")
    assert reasons(document)["Comentar · 2"] == "share-counter"


def test_an_events_date_and_time_then_its_name_is_no_stamp():
    from convert.readers.capture.generic import _stamp_with_clock
    assert _stamp_with_clock("Portomar / El Faro 14/03/2024 05:00 h")
    assert not _stamp_with_clock("20.02.2020 20:00 Stammtisch")


def test_a_place_before_the_stamp_under_the_writers_full_name_is_the_dateline():
    page = (f"Cierran por tres días la carretera a Valle de Piedras por incendio forestal\n\nDaniel Ríos Garza\n\n"
            f"Cerro Alto / 12.03.2024 18:22:00\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["dateline"], article["published"]) == ("Daniel Ríos Garza", "Cerro Alto", "2024-03-12")


def test_the_writers_name_over_a_save_button_over_the_date_signs_the_headline_under_the_sections():
    headline = "The Bank’s caution on rates is starting to look like timidity"
    deck = "Policymakers have the data they said they needed. They should act on it"
    page = (f"Home\n\nWorld\n\nWork & Careers\n\nLife & Arts\n\nOpinion Monetary policy\n\n{headline}\n\n{deck}\n\n"
            f"Imogen Saltash\n\nAdd to myLedger\n\nDecember 1 2023\n\nPrint this page\n\nUnlock the Editor’s Digest for free\n\n"
            f"{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (headline, "Imogen Saltash")
    assert reasons(document)["Unlock the Editor’s Digest for free"] == "promo"


def test_a_compound_german_job_after_the_name_is_no_dateline():
    page = f"Werft streicht 240 Stellen\n\nErstellt: 02.02.2024, 17:12 Uhr\n\nThomas Kerner, Wirtschaftsredakteur\n\n{STORY}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert (article["byline"], article["dateline"]) == ("Thomas Kerner", None)


@pytest.mark.parametrize("first, place", [
    ("Bad Sellenrode. Die Entscheidung fiel am späten Dienstagabend im Rathaus von Bad Sellenrode und war am Ende deutlicher "
     "als erwartet.", "Bad Sellenrode"),
    ("Neuenmünde – Es waren Sekunden, die über Leben und Tod entschieden, als in Neuenmünde am Dienstag ein Dachstuhl in "
     "Flammen stand.", "Neuenmünde"),
    ("Rep. Jane Roe of Riverton said on Tuesday that she would not run again, ending a career of twenty years in Riverton "
     "politics.", None),
    ("St. Anna im Rathaus – Zum zweiten Mal in diesem Winter ist die Gemeinde St. Anna im Rathaus nicht mehr erreichbar, "
     "seit die Straße gesperrt ist.", "St. Anna im Rathaus"),
    ("Weiler an der Sulm – Die Entscheidung fiel am späten Dienstagabend im Gemeindeamt von Weiler an der Sulm und war am "
     "Ende deutlich.", "Weiler an der Sulm"),
])
def test_towns_before_a_stop_and_before_a_long_dash_with_a_saints_or_a_rivers_words_open_the_dateline(first, place):
    page = f"Entscheidung im Rathaus gefallen\n\nVon Jane Roe\n\n12.03.2024\n\n{first}\n\n{SECOND}\n"
    assert article_of(page)[1]["dateline"] == place


@pytest.mark.parametrize("line, place", [("Nuoro, 17 gennaio", "Nuoro"), ("Santa Maria del Monte, 3 de marzo", "Santa Maria del Monte"),
                                         ("Mittwoch, 17. Jänner", None)])
def test_a_place_and_the_day_without_its_year_under_the_byline_is_the_dateline(line, place):
    page = f"LA BARBAGIA OGGI\n\nPastori in piazza per il prezzo del latte\n\nDi Giovanna Pittalis\n{line}\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["dateline"] == place


def test_a_town_and_its_provinces_abbreviation_under_the_writers_job_over_the_date_is_the_dateline():
    page = (f"Ontario hospital network to cut 140 administrative jobs\n\nKelly Arsenault\n\nHealth Reporter\n\nBarrowdale, Ont.\n\n"
            f"Published January 14, 2025\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["dateline"]) == ("Kelly Arsenault", "Barrowdale, Ont.")


ITALIAN_STORY = ("BRENZIO - Un motociclista di 34 anni è rimasto gravemente ferito ieri sera in uno scontro con "
                 "un'auto sulla strada cantonale all'uscita del paese.")


@pytest.mark.parametrize("wire, newsroom", [("ATS", "Redazione"), ("ANSA", "Redazione"), ("APA", "Redaktion")])
def test_a_wire_and_the_newsrooms_word_over_the_date_name_the_publisher_and_no_place(wire, newsroom):
    document, article = article_of(f"Auto contro moto a Brenzio, centauro grave\n{wire} / {newsroom}\n26.06.2024 - 19:05\n"
                                   f"{ITALIAN_STORY}\n{SECOND}\n")
    assert (article["publisher"], article["dateline"]) == (wire, "BRENZIO")


@pytest.mark.parametrize("job", ["Direttore", "Direttrice", "Caporedattore", "Herausgeber"])
def test_the_editors_job_under_the_name_over_the_date_is_no_place(job):
    document, article = article_of(f"Il coraggio che manca a chi governa la città\nFranco Bellandi\n{job}\n"
                                   f"Domenica 28 aprile 2024\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"], article["published"]) == ("Franco Bellandi", None, "2024-04-28")


@pytest.mark.parametrize("headline", [
    "Palio dei Carri, parla il presidente Bruno Terzi: «Torniamo in piazza Grande dopo cinque anni»",
    "Bürgermeisterin zum neuen Hallenbad: „Wir bauen es bis 2026“",
    'Los arroceros de la Albufera reclaman agua: "Sin riego en abril, perdemos la campaña"',
    "Le maire de Saint-Aurèle – « Nous rouvrirons la halle au printemps »",
])
def test_a_title_that_ends_by_quoting_someone_is_the_headline_not_the_story(headline):
    document, article = article_of(f"Interviste\n03/05/2024\n{headline}\n{STORY}\n{SECOND}\n")
    assert (article["headline"], paragraphs(article)[0]) == (headline, STORY)


def test_a_sentence_that_ends_with_a_quotation_and_its_stop_is_the_story():
    lead = "Il presidente del comitato, Bruno Terzi, lo ha detto chiaramente ai giornalisti: «Torniamo in piazza.»"
    document, article = article_of(f"Palio dei Carri, il presidente fa il punto\n03/05/2024\n{lead}\n{SECOND}\n")
    assert paragraphs(article)[0] == lead


@pytest.mark.parametrize("headline", ["43-Jähriger bei Forstunfall im Bezirk Lindenau tödlich verletzt",
                                      "19-year-old charged after crash on the ring road"])
def test_a_title_opened_by_a_figure_joined_to_a_word_is_the_headline(headline):
    document, article = article_of(f"Steintaler Nachrichten\nAbo\nSteintal\nChronik\n{headline}\n"
                                   f"Aktualisiert am 27.05.2024 um 15:08\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


@pytest.mark.parametrize("headline", ["11 Injured As Bus Overturns On Rampurna Ghat Road, Driver Absconding",
                                      "150 Jahre Kirchweihe: Pfarrei St. Wendelin lädt zum Gemeindefest",
                                      "3e étape : Joost Vermeulen s'impose au sprint et prend le maillot jaune"])
def test_a_title_opened_by_a_count_or_a_rank_is_the_headline(headline):
    document, article = article_of(f"LIVE TV\nBharat Pulse\nIndia\nWorld\nWeb Stories\nTrending\n\n{headline}\n"
                                   "Police said the bus, which was carrying pilgrims, lost control on a sharp bend.\n"
                                   f"Updated: March 14, 2024 10:41 am IST\n\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


@pytest.mark.parametrize("line", ["21 minutes - 4312 words", "28 kwietnia 2021 Polityka Fundusz Odbudowy",
                                  "10 items to buy You're shoveling wrong We want your thoughts", "12 Kommentare"])
def test_counters_a_date_or_glued_teasers_opened_by_a_figure_are_no_headline(line):
    title = "Council backs the new swimming pool on Grell Street"
    document, article = article_of(f"Steintaler Nachrichten\nAbo\nSteintal\nChronik\n{line}\n{title}\n"
                                   f"Aktualisiert am 27.05.2024 um 15:08\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title


def test_names_between_spaced_slashes_over_the_date_are_the_byline():
    document, article = article_of(f"¿Qué cambia con la zona de bajas emisiones de Ribacoba?\nLaura Meseguer / Andrés Pons\n"
                                   f"Actualizado: 04/01/2025 10:22h\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["published"]) == ("Laura Meseguer / Andrés Pons", "2025-01-04")


SPANISH_STORY = ("Los diputados locales aprobaron este jueves por unanimidad la reforma que obliga al gobierno municipal "
                 "a publicar sus gastos.")
SPANISH_SECOND = "La iniciativa fue presentada hace un año por colectivos ciudadanos de la capital del estado."


@pytest.mark.parametrize("line, byline, dateline", [
    ("JIMENA ARELLANO ORTIZ | REPORTERA", "JIMENA ARELLANO ORTIZ", None),
    ("ADÉRITO CAMBUTA | LUMBALA-SUL", "ADÉRITO CAMBUTA", "LUMBALA-SUL"),
    ("Carla Mendoza Vaca | Villa Cotoca Norte", "Carla Mendoza Vaca", "Villa Cotoca Norte"),
])
def test_a_name_a_bar_and_the_writers_job_or_place_over_the_date(line, byline, dateline):
    document, article = article_of(f"Aprueban diputados reforma para transparentar gastos en Santa Rosa\n"
                                   f"Los choferes advierten con un paro de 48 horas si no se normaliza la provisión\n{line}\n"
                                   f"Jueves, 7 de marzo de 2024 · 19:30 hrs\n{SPANISH_STORY}\n{SPANISH_SECOND}\n")
    assert (article["headline"], article["byline"], article["dateline"]) == (
        "Aprueban diputados reforma para transparentar gastos en Santa Rosa", byline, dateline)
    assert [b for b in article["blocks"] if b["type"] == "figure"] == []


def test_a_name_in_capitals_a_bar_and_the_place_over_how_long_ago():
    document, article = article_of(f"Aprueban diputados reforma para transparentar gastos en Santa Rosa\n"
                                   f"Los choferes advierten con un paro de 48 horas si no se normaliza la provisión\n"
                                   f"IRIA LESTÓN | LOUREIRO DE MAR\nHace 3 horas\n{SPANISH_STORY}\n{SPANISH_SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("IRIA LESTÓN", "LOUREIRO DE MAR")


@pytest.mark.parametrize("line", ["POLÍTICA | ECONOMÍA", "Jane Roe | WVLR"])
def test_sections_or_a_stations_letters_after_a_bar_are_no_place(line):
    document, article = article_of(f"Aprueban diputados reforma para transparentar gastos en Santa Rosa\n{line}\n"
                                   f"Jueves, 7 de marzo de 2024 · 19:30 hrs\n{SPANISH_STORY}\n{SPANISH_SECOND}\n")
    assert article["dateline"] is None


def test_a_caption_over_its_photographers_credit_as_the_headers_last_line():
    document, article = article_of(
        "School board delays vote on Pine Hollow boundaries\nBy Dana Whitfield\nUpdated 2 hrs ago\nShare\n"
        "Parents fill the board room at the Clearwater Unified district office on Tuesday night.\n"
        "MARK DELANEY, Sentinel-Ledger\n"
        "The Clearwater Unified School District board on Tuesday put off a vote on redrawing attendance boundaries for "
        "Pine Hollow Elementary after more than four hours of public comment.\n"
        "The proposal would move about 180 students from two neighborhoods to Lindell Elementary next fall.\n")
    figures = [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"]
    assert figures == [("Parents fill the board room at the Clearwater Unified district office on Tuesday night.",
                        "MARK DELANEY, Sentinel-Ledger")]


def test_a_name_over_how_long_the_story_takes_to_read_is_the_byline_over_the_headline_too():
    document, article = article_of(
        "Ready to publish?\n\nChange the story’s title, subtitle, and visibility as needed\n\nJoseph Cox\n\n14 min read\n\n"
        "Sign in / Sign up\n\nJoseph Cox\n\non Mar 2714 min\n\nThe author chose to make this story unlisted, which means "
        "only people with a link can see it. Are you sure you want to share it?\n\nInside the deep web drug lab\n\n"
        f"Inside the deep web drug lab\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Joseph Cox"


def test_a_title_over_the_reading_time_is_no_byline():
    document, article = article_of(f"Inside the deep web drug lab\n14 min read\n{STORY}\n{SECOND}\n")
    assert article["byline"] is None


def test_the_deck_under_the_lead_picture_and_the_byline_over_the_dated_story_is_its_deck():
    deck = "He was mayor for 32 years, built the pool and kept the village out of every reform. Now he has died."
    first = f"Kirchhain am Wald. {STORY}"
    document, article = article_of("\n\n".join([
        "Village mourns its former mayor", "Heinrich Sattler led the village for three decades. Foto: Archiv/Tom Rieger",
        "Von Petra Gmeiner", "12.09.2023, 17:45 Uhr", deck, first, SECOND]) + "\n")
    assert article["summary"] == [deck] and paragraphs(article)[0] == first
    assert article["dateline"] == "Kirchhain am Wald"


@pytest.mark.parametrize("story, deck", [
    (f"{STORY} {SECOND}", True),
    ("Die Kinder ziehen im Herbst ein, wenn der Bau fertig ist, und die Eltern freuen sich sehr.", False),  # (not twice)
])
def test_the_bodys_first_paragraph_over_the_lead_picture_is_the_deck_when_the_story_under_it_runs_twice_as_long(story, deck):
    first = "Der Gemeinderat hat den Bau einstimmig beschlossen. Eröffnet werden soll im Herbst 2025."
    document, article = article_of("\n".join([
        "Neuer Kindergarten für St. Veitl", "Kärntner Bote", "Nachrichten", "Gemeinden", "Sport", "", first,
        "Dienstag, 9. April 2024", "", "So soll der Kindergarten am Ortsrand aussehen.", "Foto: KK", "", story, "", SECOND]) + "\n")
    assert (article["summary"] == [first]) is deck
    assert paragraphs(article)[0] == (story if deck else first)


def test_a_live_pages_label_in_capitals_after_its_headline_is_no_pictures_credit():
    headline = "Maltempo nella Bassa, esonda il canale: evacuate 200 persone a Sorbara. LA DIRETTA"
    document, article = article_of(f"Salta al contenuto\nLa Gazzetta della Bassa\nMenu\nAbbonati\nCronaca\n{headline}\n"
                                   f"Redazione\n19 ottobre 2024, 08:15\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline
    assert not [block for block in article["blocks"] if block["type"] == "figure"]


def test_a_name_in_capitals_a_dash_and_the_writers_job_signs_the_headline_above():
    document, article = article_of("Salta al contenuto principale\nL'Eco delle Colline\n"
                                   "Settimanale di informazione di Alba, Langhe e Roero\nEdicola digitale\nAbbonamenti\n"
                                   "Alba e Langhe\nRoero\nEconomia\nVino\nSport\nEventi\nVino\n"
                                   "Grandinata sulle vigne di Castelrosso: persi fino al 70 per cento del raccolto\n"
                                   "Dieci minuti di chicchi grandi come noci hanno devastato i filari a poche settimane "
                                   "dalla vendemmia.\nMARCO BERTOLA - Redattore\nMartedì, 27 Agosto 2024\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["headline"] == "Grandinata sulle vigne di Castelrosso: persi fino al 70 per cento del raccolto"
    assert article["byline"] == "MARCO BERTOLA"


def test_a_name_in_capitals_over_the_papers_name_under_the_headline_is_the_byline_not_a_credit():
    headline = "Water main break floods two blocks of Tanner Street, closes Eastfield library"
    document, article = article_of(f"Skip to main content\nThe Harlow Valley Courier\nSubscribe\nSign In\nNews\nSports\n"
                                   f"LOCAL\n{headline}\nMARCIA TELLEN\nHarlow Valley Courier\n"
                                   f"Published 6:42 a.m. ET March 12, 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (headline, "MARCIA TELLEN")


def test_the_days_edition_is_no_headline():
    document, article = article_of("Le Quotidien de la Rive\nÉdition du jeudi 19 juin 2025\nAbonnez-vous\nRégional\n"
                                   "Le quai de Pointe-aux-Ormes sera reconstruit d’ici 2027\n"
                                   "Ottawa injecte 18 M$ dans un projet attendu depuis près de dix ans\n"
                                   "Maxime Bérubé\nInitiative de journalisme local\n19 juin 2025 à 6 h 00\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Le quai de Pointe-aux-Ormes sera reconstruit d’ici 2027",
                                                        "Maxime Bérubé")


def test_a_place_and_the_stamps_label_before_the_day_under_the_byline():
    document, article = article_of("Home / Cities / Indrapur\nMetro Line 2 trial run completed, services likely by August\n"
                                   f"Anand Kulkarni\nIndrapur, UPDATED: Jun 12, 2024 09:15 IST\n{STORY}\n{SECOND}\n")
    assert (article["dateline"], article["published"][:10]) == ("Indrapur", "2024-06-12")


def test_a_writers_name_over_the_sites_own_credit_is_the_byline():
    document, article = article_of("Skip to content\nNorthern Lamp\nMenu\nSearch\nHome\nNews\nSport\n"
                                   "Family's fundraiser for teenager's transplant passes £250,000\n2 hours ago\nShare\n"
                                   f"Eleanor Pryce\nNorthern Lamp, Harrowby\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"], document["capture"]["site"]) == ("Eleanor Pryce", None, "Northern Lamp")
    assert {"Northern Lamp, Harrowby": "masthead"}.items() <= reasons(document).items()


def test_a_numbered_list_of_the_most_read_stories_over_the_headline_is_no_headline():
    items = "\n".join(f"{rank}\n{title}" for rank, title in enumerate(
        ["Leeford man who won lottery twice tells his story", "Why your water bill is going up in April",
         "Five train routes facing cuts from May", "Supermarket recalls own-brand houmous"], 1))
    document, article = article_of(f"News\nMost read\n{items}\nWeather\nTransport\nEvening trains on Leeford line to be cut "
                                   f"by a third from May\nPriya Raman, Transport Correspondent\n3 hours ago\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Evening trains on Leeford line to be cut by a third from May",
                                                        "Priya Raman")


def test_another_storys_title_in_the_bar_of_breaking_news_is_no_headline():
    document, article = article_of("El Heraldo Peninsular\nMartes, 12 de marzo de 2024\nSanta Olaya del Río 14°\n"
                                   "Suscríbete\nIniciar sesión\nÚltima hora\nEl Gobierno aprueba el decreto de ayudas a los "
                                   "regantes afectados por la sequía\nEspaña\nInternacional\nSociedad\nLo más leído\n"
                                   "1. Meteorología avisa de un cambio de tiempo para el fin de semana\n"
                                   "2. Cierra el último cine de barrio de Santa Olaya\nSociedad\nSucesos\n"
                                   "Rescatados 14 senderistas atrapados por la crecida del río\nLos excursionistas quedaron "
                                   "aislados en una pasarela del barranco\nLucía Ferrándiz\nSanta Olaya del Río\n"
                                   f"Actualizado Martes, 12 marzo 2024 - 10:21\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Rescatados 14 senderistas atrapados por la crecida del río"


def test_the_storys_title_dated_under_a_breaking_label_is_its_headline():
    document, article = article_of("Cronaca\nUltim'ora\nBonus edilizi, in arrivo la piattaforma unica per le cessioni\n"
                                   f"15/06/2021 11:37\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Bonus edilizi, in arrivo la piattaforma unica per le cessioni"


def test_a_weather_widget_with_a_places_little_words_is_the_pages_chrome():
    from convert.readers.capture.chrome import chrome_reason
    assert chrome_reason("Santa Olaya del Río 14°", header=True) == "page-chrome"


def test_a_title_signed_by_a_writers_name_and_the_date_under_the_sites_slogan_and_clock_is_the_headline():
    document, article = article_of("Eco di Vallerosa\nNotizie dalla valle dal 1998\nmartedì 12 Marzo 2024\nHome\nCronaca\n"
                                   "Sport\nAttualità\nBiblioteca di Vallerosa, nuovi orari da aprile: aperta anche il sabato\n"
                                   f"Giulia Pedrazzi\n12 Marzo 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (
        "Biblioteca di Vallerosa, nuovi orari da aprile: aperta anche il sabato", "Giulia Pedrazzi")


def test_a_byline_keeps_no_comma_where_its_line_went_on_with_the_writers_place():
    document, article = article_of(f"Cheias na Zambézia: pelo menos 14 mortos\nArmando Mabunda, em Quelimane\n"
                                   f"17 Fevereiro 2024\n{STORY}\n{SECOND}\n")
    assert article["byline"] == "Armando Mabunda"


def test_a_wires_name_of_two_words_is_no_wire_and_a_place():
    document, article = article_of(f"Parlamento aprueba la reforma rural\nANSA Latina\n07 Nov 2023 | 18:43\n"
                                   f"MONTEVIDEO, 7 (ANSA) - {STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("ANSA Latina", "MONTEVIDEO")


def test_the_place_the_stamp_line_opens_with_is_the_dateline():
    document, article = article_of(f"El Gobierno aprueba la ley de vivienda rural\nEuropa Press\n"
                                   f"Madrid | 12/03/2024 - 14:27h. Actualizado: 12/03/2024 - 15:02h.\n{STORY}\n{SECOND}\n")
    assert (article["dateline"], article["published"][:10]) == ("Madrid", "2024-03-12")


def test_a_menus_item_before_a_date_is_no_dateline():
    document, article = article_of(f"Partner\nBessey\nBosch\nCollomix\nHeated jackets tested in the workshop\n"
                                   f"Bosch | 26.01.2022\n{STORY}\n{SECOND}\n")
    assert article["dateline"] is None


def test_a_bar_of_short_facts_over_the_title_is_no_story():
    document, article = article_of(
        "Menu\nPrima Squadra\nPrimavera\nNEXT MATCH: Valdolmo - Castelmonte | Sun 10/03 3 pm | Stadio Comunale \"Aldo Benassi\"\n"
        f"Council to decide on pool plan\nNEWS | 09/03/2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], paragraphs(article)[0], article["dateline"]) == ("Council to decide on pool plan", STORY, None)


def test_the_label_for_the_articles_author_and_the_name_on_one_line():
    document, article = article_of(
        "The Lakehead Ledger\nNews\nSports\nCouncil to decide on pool plan\nThe vote is expected in June\n"
        f"Author of the article: Brent Kowalchuk\nPublished Feb 18, 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Council to decide on pool plan", "Brent Kowalchuk")


def test_the_headline_over_its_deck_with_the_listen_button_between():
    document, article = article_of(
        "Esporte Minuano\nFutebol\nVôlei\nvôlei\nSanta Amélia vence no tie-break e está na final da Superliga Sul\nOuvir\n"
        "Time da casa buscou a virada após perder os dois primeiros sets e decide o título a partir de sábado\n"
        f"Por Thiago Bernardes\n16/08/2024 21h40\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Santa Amélia vence no tie-break e está na final da Superliga Sul"


def test_a_live_pages_title_over_its_summary_box_not_its_latest_posts_title():
    document, article = article_of(
        "Severnside Sound\nNews\nLive\nKingsbridge flooding: River Lenn expected to peak tonight as homes evacuated\n"
        "Summary\nAround 70 homes have been evacuated in the Quayside area\nThe river is expected to peak late this evening\n"
        "Live reporting by Laura Finch and Sam Oduya\nMonday 8 January 2024\nLatest\nPosted at 14:02\nBarriers holding for now\n"
        f"{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (
        "Kingsbridge flooding: River Lenn expected to peak tonight as homes evacuated", "Laura Finch and Sam Oduya")


@pytest.mark.parametrize("name, byline", [("Mattia Bernasconi", "Mattia Bernasconi"),
                                          ("Jonas Käser", None)])  # (named by the story: its subject, a topic's kicker)
def test_a_name_between_a_sections_label_in_capitals_and_the_headline(name, byline):
    document, article = article_of(
        f"SportTI\nCalcio\nHockey\nHOCKEY\n{name}\nIl Sassalto rimonta tre gol e batte il Seewald ai rigori\n"
        "23.11.2024 22:47\nQuando a metà del secondo tempo il tabellone diceva 0-3, sugli spalti qualcuno se ne andava già, "
        "ma Jonas Käser ha deciso ai rigori.\nA riaprire i giochi è stato Nicola Ghisletta, al 35', con un tiro dalla blu.\n")
    assert article["byline"] == byline


def test_the_newsroom_a_writer_contributed_to_and_where_they_wrote_from():
    document, article = article_of(
        "Saúde em Pauta\nNotícias\nCasos de dengue caem 60% em Campos do Jequiá\nRenata Figueiró\n"
        f"Colaboração para o Saúde em Pauta, em Campos do Jequiá (AL)\n09/05/2024 05h00\n{STORY}\n{SECOND}\n")
    assert article["dateline"] == "Campos do Jequiá (AL)"
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("line", ["Abre esta nota en la app de El Faro", "Par Infos-Matin avec AFP",
                                  "File: Medical workers at an isolation centre"])
def test_an_app_button_a_newsroom_and_wire_byline_or_a_labelled_caption_is_no_headline(line):
    document, article = article_of(f"The Valley Courier\nNews\nHealth\n{line}\nCouncil to decide on pool plan\n"
                                   f"Published 14 March 2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"


def test_a_police_section_before_the_day_is_no_place():
    document, article = article_of(f"El Sol de Ixcatlán\nPoliciaca\nCouncil to decide on pool plan\nGerardo Molina Tapia\n"
                                   f"Policiaca / martes 9 de abril de 2024\n{STORY}\n{SECOND}\n")
    assert (article["dateline"], article["published"][:10]) == (None, "2024-04-09")


def test_a_deck_over_the_lead_picture_and_its_credit_is_no_first_paragraph():
    deck = "In der Nacht auf Sonntag ist in Leitenau ein leerstehendes Gasthaus niedergebrannt."
    document, article = article_of(
        f"ALR.at\nChronik\nLeerstehendes Gasthaus in Leitenau abgebrannt\n{deck}\n"
        "Das Gebäude brannte bis auf die Grundmauern nieder\nALR/Gerd Pichler\n"
        f"{STORY}\n{SECOND}\n")
    assert paragraphs(article)[0] == STORY
    assert deck in article["summary"]


def test_a_first_paragraph_over_a_caption_without_a_credit_stays():
    document, article = article_of(
        f"ALR.at\nChronik\nLeerstehendes Gasthaus in Leitenau abgebrannt\n{LEAD}\n"
        f"The burnt-out kitchen of the inn\n{STORY}\n{SECOND}\n")
    assert paragraphs(article)[0] == LEAD


LEAD = "The fire started in the kitchen of the empty inn on Sunday night and spread to the roof within an hour, firefighters said."


@pytest.mark.parametrize("line, byline, dateline", [
    ("Marina Couto, de Pedra Alta do Jequitaí (MG)", "Marina Couto", "Pedra Alta do Jequitaí (MG)"),
    ("Armando Mabunda, em Quelimane", "Armando Mabunda", None),  # (in, not from: where the writer works)
    ("Carla Bezerra, da Gazeta do Agreste", "Carla Bezerra", None),  # (of the paper: no place)
])
def test_a_writers_name_and_where_they_wrote_from(line, byline, dateline):
    document, article = article_of(f"Energia em Foco\nNotícias\nCouncil to decide on pool plan\n{line}\n"
                                   f"10 de abril de 2024 às 14:20\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == (byline, dateline)


@pytest.mark.parametrize("text", ["Taille de la police", "Lu 1 482 fois", "1.482 mal gelesen", "Read 1,482 times"])
def test_the_text_size_control_and_the_read_count_are_chrome(text):
    assert chrome_reason(text) is not None


def test_a_headline_opened_by_a_sum_over_a_governments_from_line():
    document, article = article_of(
        "Coastal Communities Agency\nPress releases\n£48 million to protect 9,000 homes from coastal erosion\n"
        "14 new sea defence schemes along the east coast will be funded over the next four years.\n"
        "From: Coastal Communities Agency and Elena Marsh MP\nPublished 3 October 2024\nGet emails about this page\n"
        f"{STORY}\n{SECOND}\n")
    assert article["headline"] == "£48 million to protect 9,000 homes from coastal erosion"


def test_a_short_headline_signed_under_its_deck_over_the_sites_name():
    document, article = article_of(
        "The Meridian Review\nThe Last Projectionist\nCulture\nAudio\nExplore The Meridian Review\nCulture\n"
        "The Last Projectionist\nFor 52 years, Walt Ebbing has threaded film through the same two projectors.\n"
        "By Lucas Ferreira-Hunt\nFebruary 24, 2025\nProduced by Narrata using AI narration. Listen to more stories on the "
        f"Narrata app.\n{STORY}\n{SECOND}\n")
    assert (article["headline"], paragraphs(article)[0]) == ("The Last Projectionist", STORY)


def test_a_phones_lead_picture_and_its_photographer_over_the_signed_headline():
    document, article = article_of(
        "Le Journal des Trois-Lacs\nSport\nHockey sur glace\n"
        "Les joueurs du HC Orvellaz ont laissé éclater leur joie après le but décisif de Loïc Perrenoud.\nFLORIAN CUENDET\n"
        "Le HC Orvellaz arrache la prolongation et s’impose à Saint-Ambroix\nMathieu Rochat\nPublié aujourd’hui à 22h47\n"
        f"{STORY}\n{SECOND}\n")
    figures = [(b["caption"][:20], b["credit"]) for b in article["blocks"] if b["type"] == "figure"]
    assert (article["headline"], article["byline"], figures) == (
        "Le HC Orvellaz arrache la prolongation et s’impose à Saint-Ambroix", "Mathieu Rochat",
        [("Les joueurs du HC Or", "FLORIAN CUENDET")])


def test_a_name_in_capitals_over_the_writers_job_over_the_date_signs_the_story():
    document, article = article_of(
        "El Diario del Valle\nJudicial\nCapturan a alias el Mono, señalado de extorsionar a comerciantes del centro\n"
        f"JUAN DAVID OSPINA PARRA\nPeriodista de Judicial\n10 de abril 2024, 07:45 a. m.\nPartilhe:\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("JUAN DAVID OSPINA PARRA", None)


def test_a_nigerian_correspondents_from_line():
    document, article = article_of(f"The Delta Voice\nNews\nCouncil to decide on pool plan\nFrom Emeka Nwosu, Port Ikwe\n"
                                   f"September 25, 2024\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Emeka Nwosu", "Port Ikwe")


def test_a_fact_checks_rating_under_our_label_is_no_dateline():
    document, article = article_of(
        "The Verity Desk\nFact checks\nNo, the county did not ban backyard chickens\nBy Theo Marchetti\n"
        "Published November 2, 2023\nCLAIM: The county banned backyard chickens starting Jan. 1.\n"
        f"OUR RATING: False. The commission raised the permit fee. It did not ban them.\n{STORY}\n{SECOND}\n")
    assert (article["dateline"], paragraphs(article)[0]) == (None, STORY)


def test_a_reviews_stars_under_our_rating_are_no_fact_check():
    document, article = article_of(
        "The Verity Desk\nReviews\nThe Last Projectionist review: a quiet farewell to the pictures\nBy Theo Marchetti\n"
        f"Published November 2, 2023\nOur rating: ★★★½ (out of 4)\n{STORY}\n{SECOND}\n")
    assert "Our rating: ★★★½ (out of 4)" not in article["summary"]


def test_a_title_printed_twice_then_its_deck_is_no_list_of_other_stories():
    document = convert.parse_text(
        "Pustertaler Sportblatt\nWebcam\n"
        "StartseiteNews & mehr23.01.2024 - Lea Rainer darf beim Saisonfinale in Antholz noch jubeln\n"
        "23.01.2024 - Lea Rainer darf beim Saisonfinale in Antholz noch jubeln\n"
        "Zweimal ging sie heuer in Antholz leer aus, doch ausgerechnet beim letzten Rennen schlug Lea Rainer zurück\n"
        "Der Artikel gefällt dir?\nMit Freunden teilen\n"
        "Die Lokalmatadorin holte sich nach einer starken Vorstellung den Sieg im Massenstart und reist mit breiter "
        "Brust zu den Spielen nach Peking.\n", "page.txt")
    article = document["articles"][0]
    assert article["summary"] == ["Zweimal ging sie heuer in Antholz leer aus, doch ausgerechnet beim letzten Rennen "
                                  "schlug Lea Rainer zurück"]
    assert "Lea Rainer darf beim Saisonfinale in Antholz noch jubeln" in article["headline"]


def test_a_title_printed_twice_over_its_deck_is_the_headline_not_a_list():
    document = convert.parse_text("".join([
        'Skip to content\n',
        'Doab TV News\n',
        'LIVE TV\n',
        'हिंदी\n',
        'Sign In\n',
        'Home\n',
        'Latest\n',
        'India\n',
        'World\n',
        'Politics\n',
        'Cricket\n',
        'Business\n',
        'Web Stories\n',
        'Photos\n',
        'Videos\n',
        'Home\n',
        'India\n',
        'Ex-MLA, 9 Others Booked Over Clash At Haripur Block Office\n',
        'Ex-MLA, 9 Others Booked Over Clash At Haripur Block Office\n',
        'Police said two officials and a constable were injured when supporters of the former legislator '
        'forced their way into the office\n',
        'Reported By: ANI | Edited By: Meera Joshi | Updated: Apr 02, 2025, 19:40 IST\n',
        'Follow us on\n',
        'Google News\n',
        'Advertisement\n',
        'Police personnel deployed outside the Haripur block development office on Saturday. (Image: ANI)\n',
        'Haripur [India], April 2 (ANI): A former MLA and nine of his supporters have been booked after '
        'a clash at the block development office in Haripur on Saturday in which two officials and a '
        'police constable were injured, police said.\n',
        'According to police, former legislator Harnam Dass Sethi arrived at the office with about 30 '
        'supporters to protest against the alleged exclusion of names from the list of beneficiaries '
        'under a housing scheme.\n',
    ]), "page.txt")
    article = document["articles"][0]
    assert article["headline"] == "Ex-MLA, 9 Others Booked Over Clash At Haripur Block Office"
    assert article["summary"] == ["Police said two officials and a constable were injured when supporters of the former "
                                  "legislator forced their way into the office"]


def test_a_name_with_a_job_and_desk_in_small_letters_signs_under_the_headline_and_deck():
    document = convert.parse_text(
        "Le Journal du Lac\nS’abonner\nSe connecter\nVaud & Régions\nSuisse\nMonde\nGros-de-Vaud\nVotations communales\n"
        "Fusion: quatre communes du Jorat disent oui, Villars-Dessous fait trembler le projet\n"
        "Le «oui» l’a emporté partout dimanche, mais avec seulement huit voix d’avance à Villars-Dessous. La nouvelle "
        "commune verra le jour en 2026.\n"
        "Camille Perret, journaliste rubrique Vaud\nPublié: 29.09.2024, 20h14\n"
        "Il aura fallu attendre le dernier dépouillement pour que les syndics s’autorisent enfin à sourire, dimanche "
        "en fin de journée à la grande salle.\n", "page.txt")
    article = document["articles"][0]
    assert article["headline"] == "Fusion: quatre communes du Jorat disent oui, Villars-Dessous fait trembler le projet"
    assert article["byline"].startswith("Camille Perret")


def test_a_lead_caption_with_a_wires_credit_over_the_headline_is_a_figure():
    document = convert.parse_text(
        "Atlas Express\nMenu\nRecherche\nÉconomie\n"
        "Une vue de la station de dessalement d’Aït Ourir, d’une capacité de 300 000 mètres cubes par jour. (MAP)\n"
        "Aït Ourir : mise en service de la station de dessalement\n14/06/2024 - 17:32\nPartager\n"
        "Aït Ourir, 14/06/2024 (MAP) - La station de dessalement d’Aït Ourir a été mise en service vendredi en présence "
        "du ministre de l’Équipement et de l’Eau.\n", "page.txt")
    article = document["articles"][0]
    assert article["headline"] == "Aït Ourir : mise en service de la station de dessalement"
    assert (article["dateline"], article["publisher"]) == ("Aït Ourir", "MAP")
    figures = [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"]
    assert figures == [("Une vue de la station de dessalement d’Aït Ourir, d’une capacité de 300 000 mètres cubes par "
                        "jour.", "MAP")]


@pytest.mark.parametrize("under", ["lena.arias@semanarioverde.cr\n29 abril, 2024", "Updated 14 minutes ago"])
def test_writers_names_over_their_address_and_the_date_or_over_how_long_ago(under):
    document = convert.parse_text(
        "Semanario Verde\nAmbiente\nAnidación de tortuga baula cae a su nivel más bajo en dos décadas\n"
        "Biólogos registraron apenas 31 nidos en la temporada, frente a los más de 400 de hace veinte años.\n"
        f"Lena Arias Quesada and Tomás Ulloa\n{under}\n"
        "La temporada de anidación de la tortuga baula que terminó en marzo dejó apenas 31 nidos en las playas del "
        "Pacífico norte, según el último informe de la fundación.\n", "page.txt")
    assert document["articles"][0]["byline"] == "Lena Arias Quesada and Tomás Ulloa"


def test_writers_names_parted_by_a_slash_under_the_headline_are_its_byline_not_a_credit():
    document = convert.parse_text(
        "Menú\nCrónica del Levante\nBuscar\nSuscríbete\nDirecto\n"
        "Elecciones municipales en Villa Albar, en directo: el PVL gana pero necesitará pactos para gobernar\n"
        "Marta Ferrer / Iván Soler\nVilla Albar\nActualizado 26 may 2024 - 23:58\n"
        "Con el 100% escrutado, el Partido Vecinal del Litoral ha ganado las elecciones municipales en Villa Albar con "
        "11 concejales, dos menos de los necesarios.\n", "page.txt")
    article = document["articles"][0]
    assert article["headline"].startswith("Elecciones municipales en Villa Albar")
    assert article["byline"] == "Marta Ferrer / Iván Soler"
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


def test_the_newsroom_and_a_place_after_its_bar_name_where_it_wrote_from():
    document = convert.parse_text(
        "Crónica del Turia\nInicio\nComarca\nDeportes\n"
        "Benisolà cerrará la piscina municipal todo el verano por las grietas del vaso\nRedacción | Benisolà\n17/06/2025\n"
        "El Ayuntamiento de Benisolà mantendrá cerrada durante todo el verano la piscina municipal de la calle del Molí "
        "después de detectar grietas en el vaso.\n", "page.txt")
    article = document["articles"][0]
    assert (article["byline"], article["dateline"]) == ("Redacción", "Benisolà")
    assert article["publisher"] != "Benisolà"


@pytest.mark.parametrize("after, place", [
    ("Benisolà | Actualizado: 17/06/2025 12:30h", "Benisolà"), ("La Voz del Turia | 17/06/2025", None),
])
def test_the_newsroom_a_place_and_the_stamp_after_its_bars(after, place):
    document = convert.parse_text(
        "Crónica del Turia\nInicio\nComarca\nDeportes\n"
        f"Benisolà cerrará la piscina municipal todo el verano por las grietas del vaso\nRedacción | {after}\n"
        "El Ayuntamiento de Benisolà mantendrá cerrada durante todo el verano la piscina municipal de la calle del Molí "
        "después de detectar grietas en el vaso.\n", "page.txt")
    article = document["articles"][0]
    assert (article["byline"], article["dateline"], article["published"][:10]) == ("Redacción", place, "2025-06-17")
    assert "|" not in (article["publisher"] or "")


def test_a_french_headline_opening_with_a_quotation_in_guillemets():
    document = convert.parse_text(
        "Scènes & Écrans\nCinéma\nThéâtre\nMusique\nLivres\nSe connecter\nCritique\n"
        "« Les Héritiers du phare », une fable familiale qui prend l'eau\n"
        "Pour sa première mise en scène, Julien Ferracci adapte le roman d'Anaïs Rolland.\nBertrand Allard\n"
        "Publié le 21 janvier 2025 à 17h00\n"
        "Il y a d'abord un décor, imposant, presque écrasant : la lanterne d'un phare, reconstituée à l'échelle sur la "
        "scène du théâtre.\n", "page.txt")
    article = document["articles"][0]
    assert article["headline"] == "« Les Héritiers du phare », une fable familiale qui prend l'eau"


def test_a_links_mark_before_a_space_opens_no_title():
    document = convert.parse_text(
        "Ökologisch Bauen\n» Firma anmelden | Login\nHolzständerbau / Holzrahmenbau\nVon Jana Roth\n"
        "Der Holzrahmenbau ist die in Deutschland am weitesten verbreitete Bauweise für Häuser aus Holz, sagen die "
        "Fachleute.\n", "page.txt")
    assert document["articles"][0]["headline"] != "» Firma anmelden | Login"


@pytest.mark.parametrize("line, publisher", [
    ("© Copyright 2009-2021- Fundacja Wolność", "Fundacja Wolność"),
    ("Copyright 2010-2021 by Boxring24", "Boxring24"),
    ("Copyright 2023, City Dispatch", "City Dispatch"),
    ("© Copyright 2024 pl", None),
])
def test_the_copyright_holder_without_the_word_again_the_years_or_by(line, publisher):
    document = convert.parse_text(
        "Council to decide on pool plan\nBy Jane Roe\nThe district council met on Thursday evening to discuss the plan "
        "for the new swimming pool on the common, and most councillors spoke in favour of it.\nImpressum\nKontakt\n"
        f"{line}\n", "page.txt")
    assert document["articles"][0]["publisher"] == publisher


@pytest.mark.parametrize("footer, publisher", [
    ("© 2024 Vale do Sorraia Ho", "Vale do Sorraia Hoje"),  # the capture's end fell in the name's last word
    ("© 2024 Vale do Sorraia Hoje", "Vale do Sorraia Hoje"),
])
def test_a_copyright_holder_cut_short_by_the_captures_end_is_read_as_printed_whole(footer, publisher):
    document = convert.parse_text(
        "Vale do Sorraia Hoje: receba as notícias no telemóvel\nAtivar notificações\nRegião\n"
        "Feira do cavalo regressa a Coruche em maio\nPor Ana Matos\n"
        "A feira do cavalo regressa a Coruche no próximo mês de maio, com três dias de provas, concursos e "
        "espetáculos equestres no recinto da feira.\nPartilhar\nContactos\n"
        f"{footer}", "page.txt")
    assert document["articles"][0]["publisher"] == publisher


@pytest.mark.parametrize("label", ["EN VIVO", "Directo", "LIVE", "En direct"])
def test_a_live_pages_label_before_the_bar_stays_in_its_headline(label):
    document = convert.parse_text(
        "Diario del Sur\nDeportes\n"
        f"{label} | Final de la Liga: Atlético Cordillera vs. Deportivo Sabanas, minuto a minuto\n"
        "Por Redacción Deportes\n9 de agosto de 2025\n"
        "El estadio Nacional está lleno para la final de la Liga entre el Atlético Cordillera y el Deportivo Sabanas, "
        "que se juega desde las 20 horas.\n", "page.txt")
    assert document["articles"][0]["headline"] == (
        f"{label} | Final de la Liga: Atlético Cordillera vs. Deportivo Sabanas, minuto a minuto")


def test_by_whom_and_when_in_capitals_is_a_byline_not_a_place_and_date():
    document = convert.parse_text(
        "Il Tirreno Verde\nNews\nColli del Vardello, vendemmia 2024 in calo del 12%. Il Consorzio: «Qualità molto alta»\n"
        "DI ALESSANDRO MORETTI - 4 OTTOBRE 2024\n"
        "Meno uva, ma di ottima qualità. È il primo bilancio della vendemmia 2024 tracciato dal Consorzio, che stima "
        "un calo del 12 per cento.\n", "page.txt")
    article = document["articles"][0]
    assert (article["byline"], article["published"][:10]) == ("ALESSANDRO MORETTI", "2024-10-04")


def test_a_wires_line_in_brackets_names_the_publisher_without_them():
    document = convert.parse_text(
        "National\nBushfire threat eases as rain moves across the ranges\nSophie Trang\n(Australian Associated Press)\n"
        "Updated: 12:44pm Mar 5, 2025\n"
        "Rain has eased the bushfire threat across the ranges, with crews using the cooler conditions to strengthen "
        "containment lines around two fires.\n", "page.txt")
    assert document["articles"][0]["publisher"] == "Australian Associated Press"


def test_a_galleries_title_over_who_took_its_pictures_is_the_headline_and_byline():
    document = convert.parse_text(
        "Schwarzbacher Bote\nAbo\nAnmelden\nStartseite › Region › Oberlinden › Bilder\nBildergalerie\n"
        "Winzerfest Oberlinden 2025: Die schönsten Bilder vom Festumzug\nFotos: Bernd Hallmayer\n07.09.2025 - 19:48 Uhr\n"
        "Bei spätsommerlichem Wetter haben am Sonntag rund 9.000 Besucherinnen und Besucher den Festumzug durch die "
        "Altstadt verfolgt.\n", "page.txt")
    article = document["articles"][0]
    assert (article["headline"], article["byline"]) == (
        "Winzerfest Oberlinden 2025: Die schönsten Bilder vom Festumzug", "Bernd Hallmayer")
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("slogan", ["Ihre Wochenzeitung für das Lindtal", "Diario de la ciudad y la región",
                                    "Noticias de Villa Arrieta y alrededores", "Diário regional dos Açores",
                                    "Il quotidiano locale della Valsorda", "Diário regional fundado em 1921",
                                    "Ihre Heimatzeitung seit 1848", "El periódico digital de La Janda y el litoral",
                                    "Semanario del oeste de Colonia", "Notizie dal paese e dalle borgate",
                                    "Lindtal-Bote | Serving Lindtal and Kranichfelde since 1911",
                                    "Unabhängige Heimatzeitung für Niederlindtal", "Nachrichten von den Höfen und Dörfern",
                                    "Informação do centro e do norte", "L'info du Chablais, minute par minute",
                                    "Die Zeitung fürs obere Lindtal", "L'actualité du Grand Nord",
                                    "Toute l’actualité de la Bénoué"])
def test_the_sites_slogan_under_its_name_is_no_headline(slogan):
    assert site_slogan(slogan)
    document = convert.parse_text(
        f"Lindtal-Bote\n{slogan}\nAnmelden\nRegistrieren\nBeitrag schreiben\nLokales\nVereine\nSport\n"
        "Veranstaltungen\nProspekte\nKranichfelde\nVereine\n"
        "Schützenverein Kranichfelde 1896 wählt neuen Vorstand\nJana Roth aus Kranichfelde\nKranichfelde | 12.03.24\n"
        "1 Bild\nFolgen\n"
        "Der Schützenverein Kranichfelde hat auf seiner Jahreshauptversammlung am Samstag einen neuen Vorstand gewählt "
        "und langjährige Mitglieder geehrt.\n", "page.txt")
    assert document["articles"][0]["headline"] == "Schützenverein Kranichfelde 1896 wählt neuen Vorstand"


@pytest.mark.parametrize("title", ["Fire destroys offices of the Valley News", "Council backs new pool for the town",
                                   "Bridge closed since 2019", "Regional paper founded in 1921 closes"])
def test_a_title_naming_a_paper_or_a_place_is_no_slogan(title):
    from convert.readers.capture.generic import site_slogan
    assert not site_slogan(title)


@pytest.mark.parametrize("office", ["Secom/Prefeitura de Vila Nova do Sul", "Unidad de Comunicación SENCAV"])
def test_a_public_bodys_press_office_under_the_headline_signs_its_story(office):
    document = convert.parse_text(
        "Prefeitura de Vila Nova do Sul\nNotícias\nEducação\n"
        "Matrículas para a rede municipal de ensino começam na próxima segunda-feira\n"
        f"Publicado em 14/10/2024 16h20\n{office}\nCompartilhe:\n"
        "As matrículas para a rede municipal de ensino de Vila Nova do Sul começam na próxima segunda-feira e seguem "
        "até o fim do mês, informou a secretaria.\n", "page.txt")
    assert document["articles"][0]["byline"] == office


def test_the_press_offices_word_alone_is_a_menus_link():
    document = convert.parse_text(
        "Bundesamt für Strahlenschutz\nPresse\nPressestelle\nPressemitteilungen\n"
        "Radon: Neue Karte zeigt Vorsorgegebiete\nVon Jana Roth\n"
        "Das Bundesamt hat eine neue Karte der Radon-Vorsorgegebiete veröffentlicht, die Kommunen bei der Planung "
        "helfen soll.\n", "page.txt")
    assert document["articles"][0]["byline"] != "Pressestelle"


def test_a_reviews_fact_box_is_no_headline():
    document = convert.parse_text(
        "La Galerna Cultural\nLibros\nCrítica\n"
        "'El verano de los ahogados': Marta Oyarbide escribe la novela que el pueblo no quería leer\n"
        "Ignacio Mallén 26 feb 2025 - 05:30 CET\nFicha\nTítulo: El verano de los ahogados\nAutora: Marta Oyarbide\n"
        "Editorial: Cántaro Libros\nPáginas: 312\n"
        "Hay novelas que se leen como una confesión y otras como una acusación; la de Oyarbide es las dos cosas a la vez, "
        "y por eso incomoda.\n", "page.txt")
    assert document["articles"][0]["headline"].startswith("'El verano de los ahogados': Marta Oyarbide")


def test_the_storys_time_in_brackets_opening_the_story_is_its_date_not_its_publisher():
    document, article = article_of(f"Council to decide on pool plan\nBy Jane Roe\n"
                                   f"(April 2, 2024, 4:18 PM EDT) -- {STORY}\n{SECOND}\n")
    assert (article["published"][:10], article["publisher"]) == ("2024-04-02", None)


def test_who_issued_a_press_release_under_its_label_is_its_publisher_not_its_title():
    document, article = article_of(
        "Press release\n£48 million to reopen the Thornbury to Alcaster branch line\n"
        "Passenger trains will return to the 11-mile line for the first time since 1965 under plans confirmed today.\n"
        f"From:\nDepartment for Rural Transport and Helen Carrow MP\nPublished\n18 September 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["publisher"]) == (
        "£48 million to reopen the Thornbury to Alcaster branch line", "Department for Rural Transport")


@pytest.mark.parametrize("portrait, name, job", [
    ("Claire Montbrison. © Julien Arvers", "Claire Montbrison", "Historienne"),
    ("Jane Roe. (Courtesy of Jane Roe)", "Jane Roe", "Professor of History at Riverton University"),
])
def test_a_columnists_portrait_name_and_job_over_the_title(portrait, name, job):
    title = "Why the valley needs its railway more than ever"
    document, article = article_of(f"Opinions\n{portrait}\n{name}\n{job}\n{title}\nMarch 3, 2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title
    assert article["byline"] == name
    figure = [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"]
    assert figure == [(portrait.partition(". ")[0] + ".", portrait.partition(". ")[2].lstrip("© (").rstrip(")"))]
    assert reasons(document)[job] == "byline"


def test_two_short_sentences_signed_under_them_title_an_essay():
    title = "I ran a rural clinic for 19 years. Here's what the closure map doesn't show."
    document, article = article_of(f"OPINION\n{title}\nJane Roe. (Courtesy of Jane Roe)\nBy JANE ROE\n"
                                   f"Updated 6:02 PM EST, Tue January 21, 2025\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title


@pytest.mark.parametrize("station", ["Cumberland Plateau Public Radio", "Valle Alto Televisión"])
def test_two_short_sentences_signed_under_them_title_a_story_under_a_broadcasters_name(station):
    title = "A rural hospital wants to reopen its emergency room. The math is hard."
    document, article = article_of(f"WCPR\n{station}\nMenu\nDonate\nOn Air Now\nMorning Edition\nListen\n\n{title}\n"
                                   f"By Delia Harrow\n\nListen • 3:42\n\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title
    assert reasons(document)["On Air Now"] == "page-chrome"


def test_one_sentence_over_the_byline_is_no_title_when_a_title_stands_above():
    title = "Council backs plan for new pool"
    deck = "The vote came after two years of debate. Work starts in June."
    document, article = article_of(f"{title}\n{deck}\nBy Jane Roe\nMarch 3, 2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title


@pytest.mark.parametrize("job", ["Local Democracy Reporter", "Health Reporter", "Chief Political Correspondent"])
def test_a_job_of_several_words_under_the_writers_name_names_no_one(job):
    title = "Plans to turn former bank into 14 flats get green light"
    document, article = article_of(f"Local News\n{title}\nShare\nNews\nHannah Pryce\n{job}\n10:14, 12 NOV 2024\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["byline"] == "Hannah Pryce"
    assert reasons(document)[job] == "byline"


@pytest.mark.parametrize("label", ["Reporter:", "Written by", "Autor:", "Von"])
def test_a_title_signed_under_a_bylines_label_is_the_headline_over_a_lead_caption(label):
    title = "Man who threatened garda with hammer outside takeaway gets suspended sentence"
    caption = "The case was heard at the district court"
    document, article = article_of(f"Menu\nCourts\n{title}\n{label}\nDeclan Furey\nEmail:\ndeclan.furey@courier.example\n"
                                   f"14 Mar 2024 5:30 PM\n{caption}\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title
    assert article["byline"] == "Declan Furey"


def test_the_newsroom_by_the_sites_name_and_the_place_under_the_headline():
    title = "Un incendio en una nave de palés obliga a cortar la autovía durante tres horas"
    document, article = article_of(f"Onda Meseta\nMenú\nSucesos\n{title}\nRedacción Onda Meseta\nAlcazarén de la Sierra\n"
                                   f"Actualizado hace 3 horas\nCompartir\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title
    assert article["byline"] == "Redacción Onda Meseta"
    assert article["dateline"] == "Alcazarén de la Sierra"


def test_a_list_of_newsrooms_in_a_menu_signs_nothing():
    document, article = article_of("Wir über uns\nRedaktion FVA\nRedaktion LWF\nRedaktion BFW\n"
                                   f"Council backs plan for new pool on the common\nBy Jane Roe\nMarch 3, 2024\n{STORY}\n")
    assert article["byline"] == "Jane Roe"
    assert article["dateline"] != "Redaktion LWF"


def test_a_place_and_a_day_under_writers_parted_by_a_slash():
    title = "Borrasca Olimpia: desalojadas 40 familias en Riofrío de Campos por la crecida del Arlés"
    document, article = article_of(f"TDM Noticias\nEN DIRECTO\n{title}\nLaura Villafañe / Iker Salcedo\n"
                                   f"Riofrío de Campos, 27/01/2025\nActualizado a las 11:52\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["dateline"], article["published"]) == (title, "Riofrío de Campos", "2025-01-27")


def test_a_wires_reporter_with_where_she_wrote_from_after_a_dash():
    title = "Rodoviários mantêm greve e cidade tem terceiro dia sem ônibus"
    document, article = article_of(f"Tribuna de São Bento\nGeral\n{title}\n"
                                   f"Carolina Mattos - Repórter da Agência Brasil - São Bento do Itaúna\n"
                                   f"Publicado em 03/04/2024 - 16:45\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Carolina Mattos", "Agência Brasil")


def test_writers_joined_then_the_newsroom_and_the_place_after_a_dash():
    title = "Cooperativa fecha acordo de R$ 1,2 bilhão para exportar soja à Ásia"
    document, article = article_of(f"PAUTA ECONÔMICA\nAgronegócio\n{title}\n"
                                   f"Por Juliana Ferraz e Caio Menezes, Pauta Econômica — Nova Piratuba\n"
                                   f"15/05/2024 06h00\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Juliana Ferraz e Caio Menezes", "Nova Piratuba")


@pytest.mark.parametrize("byline, name", [
    ("Par Antoine Vasseur, grand reporter", "Antoine Vasseur"),
    ("Par Hélène Guérin, correspondante", "Hélène Guérin"),
    ("Por Camila Henríquez, periodista", "Camila Henríquez"),
    ("Di Paolo Ferrandi, caporedattore", "Paolo Ferrandi"),
])
def test_a_job_in_small_letters_after_the_writers_name_and_a_comma(byline, name):
    document, article = article_of(f"Ces villages qui rachètent leur dernier bistrot\n{byline}\n"
                                   f"Publié le 22 août 2024 à 07h00\n{STORY}\n{SECOND}\n")
    assert article["byline"] == name


@pytest.mark.parametrize("code, wire", [("ats/cab", "ats"), ("dpa/lno", "dpa"), ("afp/jr", "afp")])
def test_a_desk_code_under_the_story_names_the_wire_it_opens_with(code, wire):
    document, article = article_of(f"RTJL\nInfo\nLe Tribunal fédéral confirme l'amende d'un exploitant de remontées\n"
                                   f"{STORY}\n{SECOND}\n{code}\nPublié le 7 novembre 2024 à 11:42\n")
    assert article["publisher"] == wire


@pytest.mark.parametrize("byline, name", [
    ("Por Andrea Cifuentes Mora - Periodista de Finanzas", "Andrea Cifuentes Mora"),
    ("Par Marie-Ève Tremblay, Correspondante parlementaire", "Marie-Ève Tremblay"),
    ("Di Stefano Rizzuto, Caporedattore Economia", "Stefano Rizzuto"),
    ("Por Francisca Undurraga Lira, corresponsal en Santiago", "Francisca Undurraga Lira"),
    ("Von Helmut Prantl, Fachredakteur Pflanzenbau", "Helmut Prantl"),
    ("Par Louise Anglade, service Économie", "Louise Anglade"),  # (the newsroom's desk, by its section)
    ("Von Helmut Prantl, Ressort Wirtschaft", "Helmut Prantl"), ("Di Stefano Rizzuto, redazione Cronaca", "Stefano Rizzuto"),
])
def test_a_position_and_where_or_of_what_after_the_writers_name(byline, name):
    document, article = article_of(f"Council backs plan for new pool on the common\n{byline}\n"
                                   f"15.03.2024, 17:45 Uhr\n{STORY}\n{SECOND}\n")
    assert article["byline"] == name


@pytest.mark.parametrize("names", ["Elena Marco Ruiz y Pablo Ibarra", "Nadia Brisebois-Kahn and Lindon Farquharson",
                                   "Lucía Ferrer / Iván Soler"])
def test_writers_joined_over_the_place_and_the_date_under_the_headline(names):
    title = "Finance Minister signals tighter spending rules ahead of fall economic update"
    document, article = article_of(f"Politics\n{title}\n{names}\nOttawa\nPublished May 21, 2025\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["dateline"]) == (title, names, "Ottawa")


def test_writers_names_in_capitals_joined_over_the_date():
    title = "Têxtil Arvelos investe 22 milhões em nova linha de tinturaria e cria 80 postos de trabalho"
    document, article = article_of(f"Empresas\n{title}\nJOANA MARQUES E TIAGO CORVO\n10 Setembro 2024, 12:05\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["byline"] == "JOANA MARQUES E TIAGO CORVO"


def test_the_newsroom_then_the_writer_after_a_slash():
    document, article = article_of(f"Crecida del río Curuzú, minuto a minuto: evacuados y calles cortadas\n"
                                   f"Por Redacción Gaceta / Lucas Montiel\n12/03/2024\n{STORY}\n{SECOND}\n")
    assert article["byline"] == "Lucas Montiel"


def test_a_time_zone_spelled_out_is_no_writers_name():
    document, article = article_of("Halvorsen Robotics Unveils HR-7 Autonomous Orchard Platform\n"
                                   "March 18, 2025 09:00 AM Eastern Daylight Time\n"
                                   f"LAKEPORT, Calif.--(NEWSLINE WIRE)--{STORY}\n{SECOND}\n")
    assert (article["byline"], article["published"]) == (None, "2025-03-18")


def test_a_place_between_the_writers_name_and_the_stamp_is_where_from():
    document, article = article_of("The Deccan Courier\nIndia\nCities\nFarmers block highway near Kothapalli, demand canal water\n"
                                   "Written by Ananya Rao | Kothapalli | Updated: March 21, 2025 10:14 IST\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Ananya Rao", "Kothapalli")
    assert article["publisher"] != "Kothapalli"


@pytest.mark.parametrize("byline, name", [
    ("Por Camila Dourado e Henrique Salles, especial para O Regional", "Camila Dourado e Henrique Salles"),
    ("Por Ana Cláudia Bortolotto | Especial para Safra & Campo", "Ana Cláudia Bortolotto"),
    ("Por MARTA ESCUDERO GILActualizado", "MARTA ESCUDERO GIL"),
])
def test_written_for_the_paper_and_a_word_glued_to_a_name_in_capitals(byline, name):
    document, article = article_of(f"Procura por vacina da gripe triplica e postos ampliam horário\n{byline}\n"
                                   f"27/03/2025 06h00\n{STORY}\n{SECOND}\n")
    assert article["byline"] == name


@pytest.mark.parametrize("byline, publisher", [
    ("By Harold Briggs, Special to The Valley Record", "The Valley Record"),
    ("Por Camila Dourado, especial para O Regional", "O Regional"),
    ("By Harold Briggs, Special to the Gazette", None),  # (too short a name to know the paper by)
])
def test_the_paper_a_contributor_wrote_for_after_the_name_is_the_publisher(byline, publisher):
    document, article = article_of(f"Our libraries are not a battleground\n{byline}\nSunday, October 6, 2024\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == (byline.split(",")[0].split(" ", 1)[1], publisher)


def test_a_title_opening_with_a_number_over_a_button_then_the_writer_place_and_date():
    title = "2.870 estudiantes afrontan desde hoy la prueba de acceso a la universidad en Castrolobos"
    document, article = article_of(f"El Faro de Castrolobos\nLocal\n{title}\nEscuchar\nJavier M. Ordóñez\nCastrolobos\n"
                                   f"Publicado: 10 jun 2025 06:00\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["dateline"]) == (title, "Javier M. Ordóñez", "Castrolobos")


def test_how_long_ago_under_a_title_signs_it():
    title = "New pediatric emergency wing opens at Wrenfield Regional with 18 private rooms"
    document, article = article_of(f"Skip to content\nWrenfield Regional Health\nOpen menu\nSearch\nFind a Doctor\nMyChart\n"
                                   f"Call our 24/7 Nurse Line\n< Back to Newsroom\nHOSPITAL NEWS\n{title}\n"
                                   f"Published 2 days ago\n4 min read\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title


def test_how_long_ago_under_each_of_a_lists_titles_signs_none():
    title = "Voters pass increase for retired public education workers, but shortfalls loom"
    document, article = article_of("Top Stories\nMoPac shut down after rollover crash on the highway\n39 mins ago\nGallery\n"
                                   "Classes resume at Hays County elementary after mold cleanup\n6 hours ago\nVideo\n"
                                   f"Texas\n{title}\nby: Cora Neas\nPosted: Nov 8, 2023 / 04:43 PM CST\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title


def test_the_day_in_capitals_under_the_byline_dates_the_story():
    document, article = article_of("DIARIO ATLITÁN\nLOCAL\nVecinos bloquean bulevar por falta de agua; llevan 12 días sin servicio\n"
                                   "POR ALEJANDRA RUVALCABA\nMARTES 9 DE ABRIL DE 2024\nACTUALIZADO: 14:20\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["published"] == "2024-04-09"



@pytest.mark.parametrize("text, signs", [("ALMUDENA RUIZ | Villaseca del Campo", True),
                                         ("JIMENA ARELLANO ORTIZ | REPORTERA", True), ("LOCAL | DEPORTES", False)])
def test_a_name_in_capitals_and_where_they_wrote_from_signs_the_title_over_it(text, signs):
    from convert.readers.capture.generic import _signs
    assert _signs(text) is signs


@pytest.mark.parametrize("slogan, menu", [
    ("El diario de la selva peruana", "Inicio  Región  Perú  Mundo  Ecología  Deportes  Cultura"),
    ("Carrow University's student newspaper", "NEWS | SPORTS | CULTURE | OPINION | ABOUT"),
    ("Le journal des gens d'ici", "Accueil · Actualité · Sports · Agenda"),
])
def test_the_line_over_the_sites_menu_on_one_line_is_no_headline(slogan, menu):
    headline = "Deforestation in the valley falls for a second year running"
    _, article = article_of(f"THE VALLEY NEWS\n{slogan}\n{menu}\nEnvironment\n05.06.2024\n{headline}\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


@pytest.mark.parametrize("menu", ["Inicio Locales Provincia País Policiales Deportes Rurales",
                                  "Edición digital · Hemeroteca · Contacto"])
def test_the_sites_menu_on_one_line_is_no_headline(menu):
    headline = "Fire destroys a cotton warehouse on the edge of town"
    _, article = article_of(f"Publicidad\n{menu}\n{headline}\nBy Jane Roe\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


@pytest.mark.parametrize("text", ["Crime, courts and justice", "Liga | Jornada 29", "NEWS | What we know so far.",
                                  "Council Backs Pool Plan In Vote"])
def test_a_kicker_or_a_title_is_no_menu_row(text):
    from convert.readers.capture.generic import _menu_row
    assert not _menu_row(text)


@pytest.mark.parametrize("job", ["Chief Meteorologist", "Weekend Anchor", "Weather Forecaster"])
def test_a_broadcasters_job_after_the_name_and_a_bar_is_no_part_of_the_byline(job):
    _, article = article_of(f"Lake-effect snow band could drop a foot on northern townships\nBy Greg Halvor | {job}\n"
                            f"{STORY}\n{SECOND}\n")
    assert article["byline"] == "Greg Halvor"


@pytest.mark.parametrize("kicker", ["Sport | San Donà di Piave", "Cronaca | Jesolo"])
def test_the_section_and_the_place_over_the_headline_are_no_headline(kicker):
    title = "Piave Basket, rimonta da brividi: Oderzo battuto 78-71 al PalaRiviera"
    _, article = article_of(f"Abbonati\nAccedi\nLa Voce del Piave\nMenu\nCerca\n{kicker}\n{title}\n"
                            f"MATTEO PIZZOLATO\ndomenica 21 gennaio 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (title, "MATTEO PIZZOLATO")


@pytest.mark.parametrize("signed", ["Par Nadia Belkacem, urbaniste et habitante du 7e arrondissement",
                                    "By Nadia Belkacem, a retired planner who lives in Ottawa"])
def test_who_the_writer_is_in_small_letters_after_the_comma_is_no_part_of_the_byline(signed):
    title = "« Le quartier de la gare mérite mieux qu'un parking »"
    _, article = article_of(f"Marseille Matin\nOpinions\nTribune\n{title}\n{signed}\nPublié le 3 mars 2024\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (title, "Nadia Belkacem")


def test_the_paper_a_contributor_writes_for_named_short_is_the_site_in_full():
    title = "Riverview rallies past Harlan Creek 28-24 to claim first sectional title since 2009"
    document, article = article_of(f"Muncie Evening Press\nNews\nSports\nOpinion\n\n{title}\n\nTyler Okafor-Reese\n\n"
                                   f"Special to the Evening Press\n\nOct. 25, 2024, 11:48 p.m. ET\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Tyler Okafor-Reese", "Muncie Evening Press")


def test_the_papers_staff_is_no_headline_nor_its_publisher():
    title = "Fire crews battle blaze at vacant grain elevator north of Salina"
    _, article = article_of(f"Salina Courier\nSubscribe\nSign In\nBREAKING\n\n{title}\n\nCourier staff\n"
                            f"Updated 14 minutes ago\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (title, "Courier staff")
    title = "Decatur council approves $148M budget, delays vote on trash fee hike"
    _, article = article_of(f"The Decatur Courier\nHome\nNews\nSports\nLOCAL\n\n{title}\n\nMarisol Venner\n\n"
                            f"Courier staff\n\nPublished 6:04 a.m. CT Nov. 19, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["publisher"]) == (title, "Marisol Venner", "The Decatur Courier")


@pytest.mark.parametrize("signed, byline", [("E.D.", "E.D."), ("J.-M.D.", "J.-M.D."), ("E.D", None)])
def test_the_writers_initials_under_the_headline_over_the_date_sign_the_story(signed, byline):
    title = "Tournai: l'ex-comptable du club de basket condamné à 18 mois avec sursis"
    _, article = article_of(f"L'Escaut Matin\nTournai\nMouscron\nSports\n{title}\n{signed}\nPublié le 09-05-2024 à 15h43\n"
                            f"Partager sur X\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["published"][:10]) == (title, byline, "2024-05-09")


@pytest.mark.parametrize("stamp, published", [("Publication : samedi 16 novembre 2024 18:40", "2024-11-16"),
                                               ("Data de publicação: 16/11/2024", "2024-11-16"),
                                               ("Veröffentlichung: 16.11.2024", None)])  # (a record's release, as often)
def test_the_noun_for_publication_under_its_colon_dates_the_story(stamp, published):
    page = (f"CAMFOOT DIRECT\nAccueil\nElite One\nContact\nElite Two : les résultats de la 12e journée\n"
            f"Écrit par Service Sport\nCatégorie : Elite Two\n{stamp}\nAffichages : 1243\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["published"], article["byline"]) == (published, "Service Sport")


@pytest.mark.parametrize("stamp", ["Mis en ligne le 05-03-24 à 14:32", "Mise en ligne : 05/03/2024 14h32"])
def test_when_the_story_was_put_online_dates_it_not_the_sites_clock(stamp):
    page = (f"Jeudi 7 mars 2024\nLE MATIN DU PLATEAU\nRégions | Belgique | Monde\nNamur\n"
            f"Hautrive interdit les feux d'artifice privés toute l'année\n{stamp}\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert article["published"][:10] == "2024-03-05"


@pytest.mark.parametrize("wire", ["Notimex", "EFE", "PA Media"])
def test_a_wire_over_the_date_under_the_headline_signs_the_story_no_picture(wire):
    page = (f"SIN RODEOS\nNacional | Estados | Dinero\nProductores de nuez pierden 40% de la cosecha por heladas\n{wire}\n"
            f"22 de febrero de 2019 · 14:18 hrs\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["published"][:10]) == (wire, "2019-02-22")
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("menu", ["Feed   Following   Play   Shopping", "News   Products   Contact   Send a Release",
                                  "Nacionales\tSucesos\tEconomía\tMundo\tVida y cultura"])
def test_a_menus_links_printed_side_by_side_with_wide_spaces_are_no_headline(menu):
    headline = "Fire destroys a cotton warehouse on the edge of town"
    deck = "Farmers in four districts report losses of up to 70 per cent of the first sowing"
    _, article = article_of(f"THE VALLEY NEWS\nSearch\nMenu\n{menu}\n\n{headline}\n\n{deck}\n\n"
                            f"By JANE ROE\n\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


def test_a_title_with_single_spaces_is_no_menu_of_wide_spaces():
    from convert.readers.capture.generic import _spaced_items
    assert not _spaced_items(Line(1, "Tundra Pipelines Announces Fourth Quarter Dividend", "Tundra Pipelines Announces Fourth Quarter Dividend", 1))
    assert not _spaced_items(Line(1, "Council  backs  the  pool", "Council backs the pool", 1))


@pytest.mark.parametrize("line, place, wire, day", [
    ("París, Francia | AFP | martes 03/10/2023 - 17:48", "París, Francia", "AFP", "2023-10-03"),
    ("San José, Costa Rica | AFP", "San José, Costa Rica", "AFP", None),
    ("Madrid | EFE | 12/03/2024", "Madrid", "EFE", "2024-03-12"),
])
def test_where_the_wire_wrote_the_story_the_wire_and_when_between_bars(line, place, wire, day):
    _, article = article_of(f"INTERNACIONAL\nFrancia destinará 150 millones a salvar las panaderías de los pueblos\n"
                            f"{line}\n{STORY}\n{SECOND}\n")
    assert (article["dateline"], article["publisher"]) == (place, wire)
    assert (article["published"] or "")[:10] == (day or "")
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("line", ["Economía | AFP | 12 min", "Jane Roe | Reporter | March 3, 2024", "Jane Doe | Reuters",
                                  "By Jane Doe | Reuters"])
def test_a_section_or_a_name_with_a_wire_between_bars_is_no_dateline(line):
    _, article = article_of(f"Council approves pool plan after a year of debate\n{line}\n{STORY}\n{SECOND}\n")
    assert article["dateline"] is None


def test_a_companys_legal_form_keeps_its_stop_in_the_byline():
    page = (f"Kestrel Reports Positive Phase 2 Results for Its Colitis Drug\nNews provided by\nKestrel Biotherapeutics Inc.\n"
            f"12 Feb, 2024, 08:00 ET\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert article["byline"] == "Kestrel Biotherapeutics Inc."


@pytest.mark.parametrize("elsewhere, publisher", [
    ("© 2024 BizNewsWire. All rights reserved.", "BizNewsWire"),  # a brand's capitals inside one word
    ("Visit lecker.de for more recipes.", "LECKER"),  # in small letters, as an address: kept as printed
])
def test_a_wires_one_word_name_in_capitals_as_the_page_writes_it_elsewhere(elsewhere, publisher):
    page = (f"Corvant Selected by Three Nordic Ports to Deploy Mooring Systems\n\nLONDON--({publisher.upper()})--"
            f"Corvant plc, a supplier of mooring systems for ports, today announced three contracts with Nordic ports.\n\n"
            f"{SECOND}\n\n{elsewhere}\n")
    _, article = article_of(page)
    assert article["publisher"] == publisher


@pytest.mark.parametrize("slogan", ["Notizie, eventi e tradizioni della nostra comunità", "La radio de las islas"])
def test_more_slogans_by_whom_and_where_they_serve(slogan):
    from convert.readers.capture.generic import site_slogan
    assert site_slogan(slogan)


def test_a_menu_of_a_stations_pages_on_one_line_is_no_headline():
    headline = "Kirchgemeinde öffnet Lebensmittelausgabe im alten Pfarrhaus"
    _, article = article_of(f"RADIO ELBHANG\n98,1 MHz | DAB+ | Stream\nWebradio starten\nNews Verkehr Wetter Events Gewinnspiele\n\n"
                            f"{headline}\nStand: 15:20 Uhr\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


def test_a_writers_name_and_the_town_both_in_capitals_under_the_deck_sign_the_story():
    page = ("Los ganaderos llevan sus tractores a la Ronda Sur para exigir precios justos\n"
            "Unos 150 vehículos agrícolas recorrieron la ciudad en una marcha lenta que colapsó el tráfico\n"
            f"ANA VÁZQUEZ | LUGO\nActualizado 11/12/2024 08:02\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["dateline"]) == ("ANA VÁZQUEZ", "LUGO")


@pytest.mark.parametrize("stamp, wire", [("03/04/2025 · 14:26 · EFE", "EFE"), ("3 April 2025 | 14:26 | Reuters", "Reuters")])
def test_the_wire_named_after_the_stories_stamp_signs_it(stamp, wire):
    _, article = article_of(f"Los estibadores convocan tres jornadas de huelga en la terminal\n{stamp}\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"], article["published"][:10]) == (wire, wire, "2025-04-03")


def test_a_section_after_the_stamp_signs_nothing():
    _, article = article_of(f"Los estibadores convocan tres jornadas de huelga en la terminal\n03/04/2025 · 14:26 · Economía\n"
                            f"{STORY}\n{SECOND}\n")
    assert article["byline"] is None


def test_the_sites_own_links_with_the_newsrooms_page_first_sign_nothing():
    page = (f"Seguici su Facebook Instagram YouTube\nRedazione | Pubblicità | Contatti\nmartedì, 15 ottobre 2024\n"
            f"Il Quotidiano del Pollone\nCronaca | Politica | Ambiente | Sport\n"
            f"Escursionisti dispersi sul Pollino ritrovati dopo una notte nel bosco\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["publisher"]) == (None, "Il Quotidiano del Pollone")


@pytest.mark.parametrize("sign_off, wire", [("- AAP", "AAP"), ("Quelle: dpa", "dpa"), ("— Reuters", "Reuters")])
def test_the_wire_on_a_line_of_its_own_under_the_story_is_its_publisher(sign_off, wire):
    page = f"THE VALLEY NEWS\nNews | Sport | Opinion\nPool plan goes to a vote in June\n\n{STORY}\n\n{SECOND}\n\n{sign_off}\n\nMore sport\n"
    _, article = article_of(page)
    assert article["publisher"] == wire


@pytest.mark.parametrize("other", ["ÚLTIMA HORA Corte de agua en el barrio de San Lázaro hasta las 14.00 horas",
                                   "LIVE | Water level of the tributaries falling at all gauge stations",
                                   "En directo ▸ Informativo de mediodía"])
def test_another_storys_title_behind_a_breaking_or_live_label_is_no_headline(other):
    headline = "Muere a los 91 años la maestra rural que convirtió su escuela en una editorial"
    _, article = article_of(f"{other}\nSociedad\n{headline}\nPor Jane Roe\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


@pytest.mark.parametrize("title", ["Live music returns to the park after three years", "Live Music Returns To The Park"])
def test_a_title_opening_with_live_as_a_word_is_no_label(title):
    from convert.readers.capture.generic import _LIVE_OR_BREAKING_LABEL
    assert _LIVE_OR_BREAKING_LABEL.match(title) is None


def test_a_slogan_of_whom_the_site_serves_is_no_headline():
    headline = "Rue Principale bridge to close for six weeks of repairs"
    _, article = article_of(f"The Riverside Record\nServing Saint-Aubert and the Valcourt region\n\n{headline}\n\nBy Jane Roe\n"
                            f"{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


@pytest.mark.parametrize("between, place", [("Tegucigalpa", "Tegucigalpa"), ("News24", None), ("Jane Doe", None),
                                            ("Campo Grande - MS", "Campo Grande - MS")])  # (a Brazilian state's letters)
def test_a_place_between_the_writers_name_and_the_date_is_the_dateline(between, place):
    page = (f"Real Comayagua golea al Deportes Atlántida y duerme como líder\nPor: Wilmer Zelaya\n{between}\n"
            f"04 de marzo de 2024\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert article["dateline"] == place


@pytest.mark.parametrize("name, slogan", [
    ("MOIN HAMBURG", "Das Stadtportal für Hamburg"),  # a word German makes with the medium's
    ("KONTUR", "Magazin für Kultur und Gesellschaft"),
    ("Sul Alentejano", "Notícias do Litoral e Baixo Alentejo"),
    ("Blog do Arlindo Paixão", "Notícias de Vitória do Jacuípe e região"),  # (a blog's name: "log " is no log-in link)
    ("SPEKTRAL", "Das Nachrichtenmagazin"),
])
def test_the_name_over_a_slogan_naming_the_medium_first_is_the_site_and_neither_the_headline(name, slogan):
    headline = "Council to decide on pool plan"
    document, article = article_of(f"Menü\nSuche\n{name}\n{slogan}\nStartseite / Lokales\n\n{headline}\n{STORY}\n{SECOND}\n")
    assert (document["capture"]["site"], article["headline"]) == (name, headline)


@pytest.mark.parametrize("box", [
    "Nichts mehr verpassen!\nMelde dich für unseren Newsletter an und erfahre jeden Donnerstag, was in der Stadt los ist.\n"
    "E-Mail-Adresse\nAnmelden\nNein danke",
    "Never miss a story\nGet the best of the week's local news in your inbox every Thursday morning.\nEmail address\n"
    "Sign up\nNo thanks",
])
def test_a_sign_up_box_over_the_logo_and_its_slogan_does_not_hide_the_site(box):
    headline = "Council to decide on pool plan"
    document, article = article_of(f"{box}\nSTADTBLICK\n"
                                   f"Das Stadtmagazin für Oberwald\nEssen & Trinken\nKultur\n\n{headline}\n{STORY}\n{SECOND}\n")
    assert (document["capture"]["site"], article["headline"]) == ("STADTBLICK", headline)


@pytest.mark.parametrize("title", ["Diario de Sevilla", "Journal de 20 heures", "Zeitung stellt Druck ein"])
def test_a_papers_name_or_a_title_opening_with_the_medium_is_no_slogan(title):
    assert not site_slogan(title)


def test_a_logos_text_with_the_menus_items_glued_on_is_no_name():
    from convert.readers.capture.mastheads import _logo_text
    assert not _logo_text("Management Circle AG Veranstaltungen Blog Kontakt")
    assert _logo_text("Design Weekly") and _logo_text("Blog do Arlindo Paixão")


@pytest.mark.parametrize("chrome", [
    "Sign up for Harbor Daily",  # the button to a newsletter, by its name
    "N° 1287 — Semaine du 10 au 16 juin 2024",  # the paper's issue
    "Ausgabe 14/2024",
    "Jetzt Depot eröffnen und drei Monate ohne Ordergebühren handeln*",  # an advert's claim, its small print elsewhere
    "GUARDA IL VIDEO | Neve e gelo, treni in ritardo in tutta Europa",  # a video's title over the story's
])
def test_chrome_over_the_headline_is_no_headline(chrome):
    headline = "Council to decide on pool plan for the common"
    _, article = article_of(f"Startseite\nNews\n{chrome}\n{headline}\nBy Jane Roe\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


def test_a_videos_title_signed_under_it_is_the_headline():
    headline = "VIDEO | Council to decide on pool plan for the common"
    _, article = article_of(f"News\nSport\n{headline}\nBy Jane Roe · 3 March 2025\n{STORY}\n{SECOND}\n")
    assert article["headline"].endswith("Council to decide on pool plan for the common")


@pytest.mark.parametrize("line", ["Company*", "E-mail address*", "Sign up for vaccines opens Monday", "Número 3 de la lista"])
def test_a_forms_field_and_titles_like_chrome_are_not_set_aside_as_such(line):
    assert chrome_reason(line, header=True) not in ("advertisement", "newsletter-prompt", "page-chrome")


def test_the_menu_between_bullets_is_navigation_and_the_newsroom_under_the_headline_signs():
    headline = "Pescadores de sardina arrancan la temporada con la mitad de las capturas"
    document, article = article_of(f"El Faro de Cumaná\n• Portada • Sucre • País • Mundo • Deportes • Cultura\n\n{headline}\n\n"
                                   f"Redacción El Faro\n\n{STORY}\n{SECOND}\n")
    assert article["byline"] == "Redacción El Faro" and not article["summary"]
    assert "navigation" in reasons(document).values()


def test_a_wires_source_line_right_under_the_headline_signs_the_story():
    headline = "Asian shipping stocks slide as freight rates fall for fifth week"
    _, article = article_of(f"Markets\n{headline}\nSource: Reuters\nPosted 21 Aug 2024 06:18PM\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Reuters", "Reuters")


def test_a_french_posted_stamp_then_by_and_the_writer():
    _, article = article_of(f"Condé-sur-Divette : le pont fermé jusqu'à nouvel ordre\n"
                            f"Posté le 18 mars 2025 par Régis Lhermitte\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["published"]) == ("Régis Lhermitte", "2025-03-18")


def test_a_writer_and_a_place_of_four_words_with_a_little_word_under_the_headline_and_deck():
    headline = "El Cabildo aprueba un plan para desviar el tráfico pesado en horas punta"
    deck = "La medida obligará a los camiones de más de 12 toneladas a circular fuera de la franja de la mañana"
    _, article = article_of(f"La Crónica Tinerfeña\nTenerife\nGran Canaria\nLanzarote\nSociedad\n{headline}\n{deck}\n"
                            f"Rayco Hernández | Santa Cruz de Tenerife\nLunes, 2 de diciembre de 2024, 07:30\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["dateline"]) == (headline, "Rayco Hernández",
                                                                              "Santa Cruz de Tenerife")


@pytest.mark.parametrize("kicker", ["Ciclismo · Vuelta a los Pirineos", "Sport · Fußball"])
def test_a_section_and_its_subsection_parted_by_a_dot_is_a_kicker_not_the_headline(kicker):
    headline = "Nuno Ferraz conquista el Coll de Vallnegra y se viste de líder"
    _, article = article_of(f"{headline}\nSprint\n{kicker}\n18/07/2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


def test_a_title_with_a_dot_and_more_words_may_be_the_headline():
    headline = "Live · Council votes tonight on the plan for the new swimming pool on the common"
    _, article = article_of(f"News\n{headline}\nBy Jane Roe\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


@pytest.mark.parametrize("block, place", [
    ("Por Lívia Moraes Quintão - Repórter da Agência Brasil\nRio de Janeiro", "Rio de Janeiro"),  # under the byline
    ("Servizio di Elisa Bortolami\nsabato 16 novembre 2024\n\nCASTELNUOVO DEI COLLI\n", "CASTELNUOVO DEI COLLI"),  # the date
    ("By Jane Roe\nMarch 4, 2024\nSpeedo", None),  # one word in small letters: a brand's or a tag's
    # (the lead picture's caption and credit between, over the place or under it; the page's controls over it)
    ("Par Jeanne Roux\n5 juillet 2024\n\nLe quartier sous l'eau, lundi.\n© Photo : Wouri Express\n\nDOUALA\n", "DOUALA"),
    ("Por Ana Souza\n08/08/2024 - 10:12\nSão Brás do Itapoã\nO cantor durante apresentação no teatro | Foto: Divulgação\n",
     "São Brás do Itapoã"),
    ("Par Jeanne Roux\n15 oct. 2024\nÉcouter l'article\nNEUCHÂTEL\n", "NEUCHÂTEL"),
    ("By Jane Roe\nMarch 4, 2024\nMilk prices at a glance\nTable: prices in September – subscribers only\n", None),
    # (with a stop after it; under the story's summary box)
    ("Von Katrin Heerwagen · 19.01.2025\n\nDas Wichtigste in Kürze\n• Der Lift ist seit Samstag in Betrieb.\n"
     "• Tageskarten kosten 14 Euro.\n\nHIRSCHBACH.\n", "HIRSCHBACH"),
    # (a French place, its article and a compound: no paper's name, nor a person's)
    ("Par Sophie Jeanneret\nPublié le 15 oct. 2024 à 17:30\nLes Verrières-du-Haut\n", "Les Verrières-du-Haut"),
    ("Par Nathalie Froidevaux\n09.11.2024 à 06h30\nLES ROUGES-PRÉS\n", "LES ROUGES-PRÉS"),
    ("By Jane Roe\nMarch 4, 2024\nLe Courrier\n", None),
])
def test_a_place_alone_between_the_byline_block_and_the_story_is_its_dateline(block, place):
    _, article = article_of(f"Council to decide on pool plan for the common\n{block}\n{STORY}\n{SECOND}\n")
    assert article["dateline"] == place


@pytest.mark.parametrize("block, place", [
    ("Thorsten Wiegand\nMi., 21.02.2024, 06:58 Uhr\nOstbergen\n", "Ostbergen"),  # the headline names it
    ("Thorsten Wiegand\nMi., 21.02.2024, 06:58 Uhr\nAltenau\n", None),  # named nowhere else: a brand, a tag
    # (under the share buttons: the last of them)
    ("Thorsten Wiegand\nMi., 21.02.2024, 06:58 Uhr\nMerken\nTeilen\nOstbergen\n", None),
])
def test_one_word_alone_over_the_story_is_its_town_when_the_page_names_it_again(block, place):
    _, article = article_of(f"Großbrand in Lagerhalle: Rauchwolke über halb Ostbergen sichtbar\n{block}\n{STORY}\n{SECOND}\n")
    assert article["dateline"] == place



def test_a_newsletters_issue_with_its_day_dates_the_story():
    _, article = article_of(f"MARGIN NOTES\nNo. 87 | Thursday, May 16, 2024\n\nThe paper that went nonprofit and doubled its "
                            f"newsroom\nBy Elaine Hartsock\n{STORY}\n{SECOND}\n")
    assert article["published"] == "2024-05-16"


def test_a_papers_issue_over_a_week_dates_nothing():
    assert chrome_reason("N° 1287 — Semaine du 10 au 16 juin 2024", header=True) == "page-chrome"


def test_an_adverts_label_in_capitals_first_on_the_page_is_no_masthead():
    document, _ = article_of(f"ADVERTISEMENT\nWestmere Observer\nHome | News | Sport | Lifestyle | Obituaries\n\n"
                             f"Cost of childcare rises by 9% in a year\n\nBy Press Association\n\n{STORY}\n{SECOND}\n")
    assert document["capture"]["site"] != "ADVERTISEMENT"


@pytest.mark.parametrize("footer, owner", [
    ("© 2025 Bezirksbote Mühlviertel · Impressum · Datenschutz", "Bezirksbote Mühlviertel"),
    ("© 2024 The Seattle Times | Privacy statement | Terms of service", "The Seattle Times"),
    ("© Albrand-Anzeiger 2024 | Impressum | Datenschutz | Kontakt", "Albrand-Anzeiger"),
    ("© Albrand-Anzeiger, 2019-2024 · Impressum · Datenschutz", "Albrand-Anzeiger"),
    ("© STADTWIND 2024 – Impressum", "STADTWIND"),  # (the link after a dash)
    ("Copyright © 2020 Valley Innovation – Designed by Example Themes", "Valley Innovation"),
])
def test_the_footers_links_after_the_copyrights_owner_name_no_publisher(footer, owner):
    _, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n\n{footer}\n")
    assert article["publisher"] == owner


def test_the_newsroom_and_the_sites_name_right_under_the_headline_signs_it():
    _, article = article_of(f"Barbagia24\nNotizie dal cuore della Sardegna\nNuoro | Barbagia | Mandrolisai | Eventi\n\n"
                            f"Fonnesu, torna la sagra della pecora in cappotto\n\nRedazione Barbagia24\n\n{STORY}\n{SECOND}\n")
    assert article["byline"] == "Redazione Barbagia24"


def test_a_writer_a_bar_then_a_town_and_its_region_in_the_by_line():
    _, article = article_of(f"Asamblea comunitaria rechaza el relleno sanitario proyectado\n"
                            f"Por Itzel Jiménez Toledo | Juchitán, Oaxaca | 3 de octubre de 2023\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Itzel Jiménez Toledo", "Juchitán, Oaxaca")


@pytest.mark.parametrize("line, byline, publisher", [
    ("By Callum Reid, PA Scotland", "Callum Reid", "PA"),  # the wire's desk in a region
    ("By Jane Roe, AFP Paris", "Jane Roe", "AFP"),
])
def test_a_wires_desk_in_a_region_after_the_writers_name(line, byline, publisher):
    _, article = article_of(f"Council to decide on pool plan\n{line}\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == (byline, publisher)


def test_two_short_sentences_over_a_long_title_are_the_headline_and_it_the_deck():
    headline = "The county sold its water rights. Nobody told the ranchers."
    deck = "A 2019 lease is only now coming to light, and the people downstream are the last to know"
    _, article = article_of(f"The Fenceline\nSubscribe\nSign in\n\n{headline}\n{deck}\n\nNora Lindqvist\nMar 14, 2025\n"
                            f"{STORY}\n{SECOND}\n")
    assert (article["headline"], article["summary"]) == (headline, [deck])


@pytest.mark.parametrize("line, byline", [
    ("Pubblicato da redazione", "redazione"),  # the newsroom's word in small letters after "by"
    ("Redação", "Redação"),  # the newsroom's word alone over the date
])
def test_the_newsroom_alone_signs_the_story_over_its_date(line, byline):
    _, article = article_of(f"Council to decide on pool plan for the common\n\n{line}\nPublicado: 22 de maio de 2024\n\n"
                            f"{STORY}\n{SECOND}\n")
    assert article["byline"] == byline


def test_a_broadcasters_aired_stamp_dates_the_story():
    _, article = article_of(f"Council to decide on pool plan for the common\nDiffusé le 27/11/2024\n{STORY}\n{SECOND}\n")
    assert article["published"] == "2024-11-27"


@pytest.mark.parametrize("line, published", [
    ("Ciudad de México / 05.06.2024 14:20", "2024-06-05"),  # a place of words no name has, a slash, the day
])
def test_a_place_of_several_words_a_slash_and_the_day(line, published):
    _, article = article_of(f"Sequía obliga a racionar agua en 11 municipios del centro del país\nEFE\n{line}\n\n"
                            f"{STORY}\n{SECOND}\n")
    assert article["published"] == published


@pytest.mark.parametrize("chrome", [
    "Radio Signal Inter 101.7 FM – Écoutez-nous en direct",  # a station's prompt to its stream, after its name
    "Notícias | Programação | Locutores | Promoções | Fale com a gente",  # a menu, one item of four words
    "TIENDA OFICIAL | ENTRADAS | ABONOS 24/25 | SALA DE PRENSA",  # a menu in capitals, a figure in one item
])
def test_a_stations_stream_prompt_and_a_menu_with_a_longer_item_are_no_headline(chrome):
    headline = "Rentrée scolaire à Fonds-Laurier : quatre écoles sur dix restent fermées"
    _, article = article_of(f"{chrome}\n\n{headline}\nPar Jane Roe\n{STORY}\n{SECOND}\n")
    assert article["headline"] == headline


def test_the_full_storys_label_signs_nothing():
    _, article = article_of(f"Soil fungi help wheat keep its yield\nDate:\nFebruary 6, 2024\nFULL STORY\n{STORY}\n{SECOND}\n")
    assert article["byline"] is None


def test_a_writers_name_and_their_town_with_its_states_letters_after_a_bar():
    page = ("Diário do Vale\nCidade | Polícia | Esportes\nCIDADE\nCratera se abre na avenida e engole carro no centro\n"
            "Camila Rezende | Santa Ilíria (RS)\n20/01/2025 às 17h52\n\n"
            "Uma cratera de cerca de seis metros de diâmetro se abriu no fim da tarde desta segunda-feira na avenida principal.\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"], article["dateline"]) == (
        "Cratera se abre na avenida e engole carro no centro", "Camila Rezende", "Santa Ilíria (RS)")


@pytest.mark.parametrize("first, headline", [
    # the browser's title, the site's name then the headline printed below: the headline
    ("La Gazette des Boucles - Politique : Le budget 2025 voté dans la douleur", "Le budget 2025 voté dans la douleur"),
    # the headline, then the site's name printed below as the logo: the headline still, the name the site's
    ("Le budget 2025 voté dans la douleur - La Gazette des Boucles", "Le budget 2025 voté dans la douleur"),
])
def test_the_browsers_title_names_the_headline_not_the_logo_under_it(first, headline):
    page = (f"{first}\nLa Gazette des Boucles\nMenu\nRechercher\nMon compte\nJe m'abonne\nPOLITIQUE LOCALE\n"
            "Le budget 2025 voté dans la douleur\nHausse de la taxe foncière et gel des subventions aux associations\n"
            "Le conseil municipal s'est tenu salle Jean-Moulin devant une cinquantaine d'habitants.\n"
            f"Crédit photo : Archives LGB\n\n{STORY}\n")
    document, article = article_of(page)
    assert (article["headline"], document["capture"]["site"]) == (headline, "La Gazette des Boucles")


@pytest.mark.parametrize("caption, own", [
    ("Pakete aus dem Ausland sollen künftig einfacher verzollt werden können. Bild: Keystone/Archiv", "Keystone/Archiv"),
    ("A worker plucks tea leaves at an estate in the central hills. – AFP", "AFP"),
])
def test_a_wire_alone_over_a_caption_that_credits_itself_signs_the_story(caption, own):
    wire = "AFP" if own == "AFP" else "Keystone-SDA"
    page = (f"Oberland News\nNews | Schweiz | Sport\n\nZollvertrag: Neue Regeln für Pakete aus dem Onlinehandel\n"
            f"{wire}\n\n{caption}\n\n{STORY}\n\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["publisher"]) == (wire, wire)
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (caption[:caption.rindex(".") + 1], own)]


def test_a_menu_row_with_a_brands_small_letter_is_no_title():
    page = ("The Tri-County Ledger | Serving Hale, Morrow and Pike counties since 1911\n"
            "Home | News | Sports | Opinion | Lifestyle | Obituaries | e-Edition | Classifieds\nLog In | Subscribe\n74°F Clear\n"
            f"ADVICE\nAsk Marlene: My neighbor keeps borrowing the parking spot I pay for\nMarlene Okafor\nFeb 9, 2025\n\n{STORY}\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"]) == (
        "Ask Marlene: My neighbor keeps borrowing the parking spot I pay for", "Marlene Okafor")


@pytest.mark.parametrize("name, today", [("SIERRA SUR al día", "Jueves, 18 de abril de 2024"),
                                         ("Noticias Río de la Plata", "Lunes 8 de julio de 2024 | Última actualización 11:42")])
def test_the_pages_first_line_over_todays_date_and_the_menu_is_no_headline(name, today):
    title = "Castillo de Almedina recupera el lavadero del siglo XIX como espacio cultural"
    page = (f"{name}\n{today}\nInicio | Comarca | Deportes | Cofradías | Opinión\n\nPublicidad\n\n{title}\n\nRedacción\n"
            f"18/04/2024\n\n{STORY}\n")
    assert article_of(page)[1]["headline"] == title


@pytest.mark.parametrize("line, wire", [("Lusa | 22.06.2024 às 17:05", "Lusa"), ("ANSA | 04 gennaio 2024 ore 14:22", "ANSA"),
                                        ("dpa | 18.09.2023, 10:15 Uhr", "dpa")])
def test_a_wire_then_a_bar_and_the_date_under_the_headline_signs_the_story(line, wire):
    _, article = article_of(f"PEDAL LUSO\nEstrada · BTT · Pista\n\nCouncil to decide on pool plan\n\n{line}\n\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == (wire, wire) and article["published"] is not None


def test_a_section_then_a_bar_and_the_date_signs_nothing():
    _, article = article_of(f"PEDAL LUSO\nEstrada · BTT · Pista\n\nCouncil to decide on pool plan\n\n"
                            f"Economia | 22.06.2024 às 17:05\n\n{STORY}\n")
    assert (article["byline"], article["published"]) == (None, "2024-06-22")


def test_the_staff_then_a_bar_and_the_day_is_no_publisher():
    _, article = article_of(f"BAYOU PARISH NOW\nCrime\nSheriff: Man arrested after chase ends in a sugarcane field\n"
                            f"Staff report | Sep 7, 2023\n\n{STORY}\n")
    assert (article["byline"], article["publisher"], article["published"]) == ("Staff report", "BAYOU PARISH NOW", "2023-09-07")


def test_the_sites_town_and_day_on_the_pages_first_line_is_its_clock_no_dateline():
    page = ("Asunción, viernes 7 de junio de 2024\nIngresar | Suscribite\n\nEL TAJY\nDiario independiente\n\n"
            "Política | Economía | Nacionales | Deportes\n\nNacionales\nVecinos cierran la ruta en reclamo del puente caído\n"
            f"Por Liz Benítez Acosta\n06 jun. 2024 · 18:30\n\n{STORY}\n")
    document, article = article_of(page)
    assert (article["dateline"], article["published"]) == (None, "2024-06-06")
    assert {item["text"]: item["reason"] for item in document["removed"]}["Asunción, viernes 7 de junio de 2024"] == "site-clock"


@pytest.mark.parametrize("under", ["Atualidade\nSociedade\nEconomia\nDesporto", "El diario del norte\nInicio\nPoliciales"])
def test_a_place_and_a_date_above_every_title_over_the_menu_is_the_sites_clock(under):
    _, article = article_of(f"GAZETA DO CÁVADO\n\nBraga, 8 de maio de 2024\n\n{under}\n\n"
                            f"Novas linhas de autocarro ligam o campus à estação\nRui Fernandes Lobo\n{STORY}\n\n{SECOND}\n")
    assert (article["dateline"], article["published"]) == (None, None)


def test_a_section_before_the_stamp_is_no_place():
    _, article = article_of(f"Steirerblick\nPolitik | Chronik | Sport\n\nZwei Wanderer in den Bergen geborgen\n"
                            f"Chronik | 03.08.2023 | 07:58\n\n{STORY}\n")
    assert (article["dateline"], article["published"]) == (None, "2023-08-03")


def test_a_headline_in_capitals_a_sentence_long_over_its_deck():
    title = "HALCONES REMONTAN A IXTLÁN Y SE METEN A ZONA DE LIGUILLA"
    deck = "Dos goles en los últimos diez minutos dieron la vuelta al clásico del Valle"
    page = (f"CANCHA TOTAL\nFutbol\nLiga\nCopa\n\nLiga / Jornada 12\n{title}\n{deck}\nPor Rubén Salcido\n"
            f"12 de mayo de 2024\n\n{STORY}\n")
    _, article = article_of(page)
    assert (article["headline"], article["summary"]) == (title, [deck])


def test_a_headline_in_capitals_a_sentence_long_right_over_the_story_under_the_logos_name():
    title = "SAGRA DELLA CIAMBELLA RINVIATA PER IL MALTEMPO"
    page = f"L'Eco del Liri\nHome\nCronaca\nEventi\nSport\nContatti\n\nEVENTI\n{title}\n\n{STORY}\n"
    _, article = article_of(page)
    assert (article["headline"], article["publisher"]) == (title, "L'Eco del Liri")


@pytest.mark.parametrize("capitals", ["BREAKING NEWS: STORMS HIT THE COAST", "HOME NEWS SPORTS OBITS CLASSIFIEDS CONTACT US"])
def test_a_bars_label_or_a_menus_row_in_capitals_over_the_story_leaves_the_short_title(capitals):
    _, article = article_of(f"Storm hits coast\nHome\nNews\nSport\n\n{capitals}\n\n{STORY}\n")
    assert article["headline"] != capitals


def test_a_menus_row_in_capitals_over_the_headline_is_no_headline():
    title = "Two hurt when pickup strikes porch on Grell Street"
    _, article = article_of(f"The Valley Courier\nHOME NEWS SPORTS OBITS CLASSIFIEDS CONTACT US\n{title}\nBy Jane Roe\n"
                            f"March 3, 2024\n\n{STORY}\n")
    assert article["headline"] == title


def test_two_names_joined_by_and_over_the_time_and_the_day_sign_the_story():
    page = ("Riverbend Signal\nNeighborhoods\nEastgate\nOld Foundry\n\nOld Foundry\n"
            "A Shuttered Foundry Office Could Become 40 Affordable Apartments\n"
            "The developer says it has financing lined up. Some residents want a grocery store instead.\n"
            f"Nadia Ferro and Curtis Boateng\n5:45 AM EDT on Jul 19, 2024\n\n{STORY}\n")
    _, article = article_of(page)
    assert (article["byline"], article["published"][:10]) == ("Nadia Ferro and Curtis Boateng", "2024-07-19")


PORTUGUESE = ("Cinquenta estudantes do município foram seleccionados para frequentar cursos técnicos de electricidade e "
              "mecânica no instituto politécnico da província, anunciou a associação que financia as bolsas.")


def test_a_title_the_body_opens_with_is_the_headline_when_the_header_holds_only_the_sites_slogan():
    document = convert.parse_text(f"Planalto Sul\nNotícias da Huíla e do Sul\n\nSociedade\nhá 3 horas\n\n"
                                  f"Estudantes de Alto Cuvelai recebem bolsas para cursos técnicos\n\n{PORTUGUESE}\n", "page.txt")
    article = document["articles"][0]
    assert article["headline"] == "Estudantes de Alto Cuvelai recebem bolsas para cursos técnicos"
    assert article["blocks"][0]["text"] == PORTUGUESE


def test_a_heading_over_the_story_leaves_the_headline_found_in_the_header():
    document = convert.parse_text(f"Planalto Sul\n\nAssociação anuncia bolsas para cursos técnicos\n\n"
                                  f"Estudantes de Alto Cuvelai recebem bolsas\n\n{PORTUGUESE}\n", "page.txt")
    assert document["articles"][0]["headline"] == "Associação anuncia bolsas para cursos técnicos"


def test_where_the_site_is_under_its_name_is_neither_the_headline_nor_the_site():
    document = convert.parse_text(f"Notícias da Brava\nIlha Brava · Cabo Verde\n\n05/11/2024\n\n"
                                  f"Festival de música da Fajã adiado para Dezembro\n\n{PORTUGUESE}\n", "page.txt")
    assert document["articles"][0]["headline"] == "Festival de música da Fajã adiado para Dezembro"
    assert document["capture"]["site"] == "Notícias da Brava"


def test_neither_a_name_in_capitals_nor_the_sites_slogan_under_it_is_the_headline():
    document = convert.parse_text("EL FARO DE NUEVA ROSA\nSemanario del oeste de Colonia\n\n[ Inicio ] [ País ] [ Mundo ]\n"
                                  "\nMUNDO\n\nEl Senado aprueba la ley que regula el trabajo en aplicaciones de reparto\n\n"
                                  "CARLOS PÉREZ\nAssociated Press\n\nMONTEVIDEO (AP) — El Senado aprobó el miércoles una ley "
                                  "que obliga a las plataformas de reparto a pagar aportes a la seguridad social de sus "
                                  "trabajadores.\n", "page.txt")
    assert document["articles"][0]["headline"] not in ("EL FARO DE NUEVA ROSA", "Semanario del oeste de Colonia")
    assert document["capture"]["site"] == "EL FARO DE NUEVA ROSA"


SPANISH = ("Unas 60 familias de la colonia Bellavista tuvieron que abandonar sus viviendas durante la madrugada de este "
           "lunes, luego de que el río se desbordara tras dos días de lluvias intensas.")


@pytest.mark.parametrize("player", ["EN VIVO: Emisora La Sabana 98.4", "Radio Marea Alta 104.1 FM"])
def test_a_stations_player_over_the_story_is_no_headline(player):
    document = convert.parse_text(f"La Marea\nInicio\nSucesos\nDeportes\n{player}\nPublicado el 23 de abril de 2024\n"
                                  "Sucesos\nEl río se desborda y obliga a evacuar a sesenta familias\nRedacción La Marea\n\n"
                                  f"LA CEIBA. {SPANISH}\n", "page.txt")
    assert document["articles"][0]["headline"] == "El río se desborda y obliga a evacuar a sesenta familias"


@pytest.mark.parametrize("title", ["LIVE: Motorway closed after crash near Riverton",
                                   "Radio 98.7 FM cierra tras 40 años de emisiones"])
def test_a_live_pages_title_or_one_about_a_station_is_no_player(title):
    from convert.readers.capture.mastheads import station_on_air
    assert not station_on_air(title)


def test_the_newsroom_then_the_day_between_bars_names_no_publisher():
    page = (f"Mirante da Serra\nInício\nRegião\nAgro\n\nGeada queima lavouras e preços sobem nas feiras\n"
            f"Redação | 18.06.2024 | 11:05\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert article["publisher"] != "18.06.2024 | 11:05" and article["published"] == "2024-06-18"


def test_a_wire_named_with_its_initials_over_the_date_signs_the_story():
    page = (f"Cape Current\nNews\nSport\nBusiness\n\nResidents march to police station over shootings\n\n"
            f"Karoo News Agency (KRNA)\nPublished Nov 5, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["publisher"], article["dateline"]) == ("Karoo News Agency", None)


@pytest.mark.parametrize("name", ["Luis A. Negrón Colón", "Marta F. Llaneza", "Jane R. Roe"])
def test_a_name_with_a_middle_initial_right_under_the_headline_signs_the_story(name):
    page = (f"La Voz del Sur\nPeriódico digital del sur\nPonce | Juana Díaz | Deportes\n\n"
            f"Vecinos limpian por su cuenta el cauce de la quebrada tras las lluvias\n{name}\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["byline"] == name


def test_a_deck_in_title_case_under_the_headline_is_no_byline():
    page = (f"La Voz del Sur\nPonce | Juana Díaz | Deportes\n\nCouncil to decide on pool plan\n"
            f"Mayor Says Vote Will Come In June\n\n{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["byline"] is None


@pytest.mark.parametrize("stamp, iso", [("2 min read · 20 Feb 2025", "2025-02-20"), ("27.06.2024 · 3 commentaires", "2024-06-27")])
def test_the_storys_day_among_the_pages_counters_on_one_line(stamp, iso):
    page = f"Valley News\nSign in | Register\nBusiness › Economy\n\nCouncil to decide on pool plan\n\n{stamp}\n\n{STORY}\n\n{SECOND}\n"
    assert article_of(page)[1]["published"] == iso


def test_the_sites_name_then_where_and_when_between_bars_dates_the_story_under_the_title_printed_first():
    document, article = article_of("Council to decide on pool plan\nCrónica del Valle\nRiverton\nEconomía\nDeportes\n"
                                   "Cultura\nEntrar\n\nCrónica del Valle | Riverton | 7 de febrero de 2025\nEscuchar noticia\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert article["published"] == "2025-02-07" and article["dateline"] == "Riverton"
    assert document["capture"]["site"] == "Crónica del Valle" and not article.get("summary")


def test_the_writer_then_where_and_when_between_bars_signs_the_story():
    _, article = article_of(f"Council to decide on pool plan\n\nSofía Arias Blanco | León | 3 de mayo de 2024\n\n{STORY}\n")
    assert article["byline"] == "Sofía Arias Blanco"


def test_the_title_over_two_indented_lines_of_its_deck_is_the_headline():
    title = "Council sets aside eighteen million to bring recycled water to the farms of the north"
    _, article = article_of("The Valley Courier\nNews  Sport  Opinion\n\n"
                            f"{title}\n   The network will reach 340 hectares of crops in the towns of the north and west\n"
                            "   Farmers will pay 35 cents a cubic metre of water for the first five years\n"
                            f"Published: 12/03/2025 13:47\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title


@pytest.mark.parametrize("row", ["Édition : Gard | Lozère | Hérault", "Top-Themen: Kommunalwahl | Bahnstrecke | Gartenschau"])
def test_a_menu_on_one_line_under_its_label_is_no_headline(row):
    document, article = article_of(f"Le Petit Courrier\nAccueil / Gard\nMon compte\n{row}\n\nCouncil to decide on pool plan\n\n"
                                   f"Par Jane Roe\n\n{STORY}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert reasons(document)[row] == "navigation"


@pytest.mark.parametrize("newsroom", ["La Rédaction", "Die Redaktion", "Newsroom"])
def test_the_newsrooms_word_between_the_deck_and_the_story_signs_it(newsroom):
    document, article = article_of("GRASSFIELDS HEBDO\nÉducation\n12 juillet 2024\nCouncil to decide on pool plan\n"
                                   "The district improves its pass rate by almost six points on last year.\n"
                                   f"{newsroom}\n{STORY}\n{SECOND}\n")
    assert article["byline"] == newsroom
    assert newsroom not in [block["text"] for block in article["blocks"]]


@pytest.mark.parametrize("signature", ["La Rédaction", "Redaktion Talbote",
                                       "The trial lasted four days before the criminal court. (KEYSTONE/Jane Roe)\nATS"])
def test_a_newsroom_or_a_wire_signing_under_the_deck_leaves_the_deck_out_of_the_story(signature):
    deck = "The district improves its pass rate by almost six points on last year."
    _, article = article_of(f"GRASSFIELDS HEBDO\nÉducation\n12 juillet 2024\nCouncil to decide on pool plan\n{deck}\n"
                            f"{signature}\n\n{STORY}\n\n{SECOND}\n")
    assert article["summary"] == [deck]
    assert [block["text"] for block in article["blocks"] if block["type"] == "paragraph"][:1] == [STORY]


@pytest.mark.parametrize("widgets", ["Teilen\nFacebook\nWhatsApp\nE-Mail", "4 Kommentare", "Share\n12 comments"])
def test_the_headers_buttons_and_counts_between_the_deck_and_the_story_leave_the_deck_out(widgets):
    deck = "From May the ferry sails five times on Saturdays and Sundays instead of three. Car places stay scarce."
    _, article = article_of(f"Insel-Bote\n\nStartseite › Inseln › Fähren\n\nFerry timetable brings more weekend sailings\n"
                            f"{deck}\n\n{widgets}\n\n{STORY}\n\n{SECOND}\n")
    assert article["summary"] == [deck]
    assert [block["text"] for block in article["blocks"] if block["type"] == "paragraph"][:1] == [STORY]


def test_a_stamp_line_ending_with_a_stop_is_no_prose_over_the_deck():
    deck = "Neighbours say the storm drain has gone three winters without cleaning. The council is sending pumps."
    _, article = article_of("El Observador\nRegiones\nNacional\n\nRegiones\nStorm floods eighty homes in Los Aromos\n"
                            "Por Jane Roe\nPublicado el lunes 10 de junio de 2024 a las 19:40 hrs.\n"
                            f"{deck}\nLectura de 3 min\n\nNeighbours bail water out of their homes. (Foto: Archivo)\n\n"
                            f"{STORY}\n\n{SECOND}\n")
    assert article["published"] == "2024-06-10" and article["summary"] == [deck]
    assert [block["text"] for block in article["blocks"] if block["type"] == "paragraph"][:1] == [STORY]


def test_a_long_deck_with_the_writers_name_and_the_stamp_under_it_is_no_first_paragraph():
    deck = ("Negative temperatures, candles and frost towers: on the night from Sunday to Monday the growers of the "
            "slope kept watch until dawn, and most of them say they cannot afford another night of it this spring.")
    assert 30 < len(deck.split()) <= 45
    _, article = article_of(f"The Valley Courier\nNews  Sport  Opinion\n\nGrowers spend the night in the vines\n{deck}\n"
                            "Growers lit hundreds of candles in the vines. Photo: Jane Roe\n"
                            f"Jane Roe - March 3, 2024 at 06:00\nShare\nSave\n\n{STORY} {SECOND}\n")
    assert article["summary"] == [deck]
    assert [block["text"] for block in article["blocks"] if block["type"] == "paragraph"][:1] == [f"{STORY} {SECOND}"]


def test_a_name_a_dash_and_the_date_under_the_deck_and_the_lead_picture_sign_and_date_the_story():
    _, article = article_of("Le Journal du Val\nSe connecter\nCôte-d’Or > Beaune et sa région\n"
                            "Valbrise : nuit blanche dans les vignes pour sauver les bourgeons du gel\n"
                            "Températures négatives, bougies et tours antigel : dans la nuit de dimanche à lundi, les "
                            "viticulteurs de la côte ont veillé jusqu’à l’aube. \n"
                            "Les vignerons ont allumé des centaines de bougies antigel dans la nuit. Photo JV/Pauline Mercier\n"
                            "Pauline Mercier - 23 avr. 2024 à 06:00 - Temps de lecture : 3 min\nPartager\n\n"
                            "À trois heures du matin, le thermomètre fixé au piquet de la parcelle affichait moins deux "
                            "degrés, et les vignerons allumaient leurs bougies.\n")
    assert article["byline"] == "Pauline Mercier" and article["published"] == "2024-04-23"


def test_a_writers_name_and_the_wires_over_the_date_sign_the_title_above_no_caption():
    document, article = article_of("GE-Info 24\nGenève\nSuisse\nMonde\n\nLe direct: Trafic perturbé sur les quais ce matin\n"
                                   "Faits divers\n2 min\n"
                                   "Council to decide on pool plan: councillors split over the cost of the new pool\n"
                                   "Jérôme Vallat / ATS\nPublié: 27.02.2025, 07:58\n\n" f"{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan: councillors split over the cost of the new pool"
    assert article["byline"] == "Jérôme Vallat" and article["publisher"] == "ATS"
    assert not [block for block in article["blocks"] if block["type"] == "figure"]


def test_the_papers_name_and_its_section_between_a_bar_over_the_headline_are_no_title():
    _, article = article_of("Harlow County Statesman | Politics\n\nCouncil to decide on pool plan after long debate\n\n"
                            f"By Jane Roe | Statesman staff\nUpdated 5:58 p.m. CST Dec. 11, 2023\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan after long debate"


@pytest.mark.parametrize("byline, wire", [("By PA Reporters", "PA"), ("By AFP Staff", "AFP"), ("By Reuters Staff", "Reuters")])
def test_a_wires_own_staff_in_the_byline_make_the_wire_the_publisher(byline, wire):
    _, article = article_of(f"The Valley Courier\nNews\nSport\n\nCouncil to decide on pool plan\n{byline}\n"
                            f"Monday 4 March 2024 10:15\n\n{STORY}\n\n{SECOND}\n")
    assert article["publisher"] == wire


@pytest.mark.parametrize("code, wire", [("SDA/ras", "SDA"), ("APA/red", "APA")])
def test_the_wires_name_and_its_editors_initials_under_the_story_name_the_publisher(code, wire):
    document, article = article_of(f"Radio Alpinum 96.1\nNews\nSport\n\nCouncil to decide on pool plan\n\n{STORY}\n\n{SECOND}\n"
                                   f"{code}\nMehr News\n")
    assert article["publisher"] == wire and reasons(document)[code] == "desk-code"
    assert article["byline"] == code  # (no writer named: the wire and its editor sign it)
    _, signed = article_of(f"Radio Alpinum 96.1\nNews\nSport\n\nCouncil to decide on pool plan\n\nVon Jana Roe\n\n{STORY}\n\n"
                           f"{SECOND}\n{code}\nMehr News\n")
    assert signed["byline"] == "Jana Roe"


@pytest.mark.parametrize("code, wire", [("Lusa/Fim", "Lusa"), ("EFE/FIN", "EFE")])
def test_the_wires_name_and_its_word_for_the_end_under_the_story_sign_it(code, wire):
    document, article = article_of(f"A Voz da Ilha\nRegião\n\nLigação marítima reforçada com viagens extra\n\n{STORY}\n\n"
                                   f"{SECOND}\n{code}\nMais notícias\n")
    assert (article["publisher"], article["byline"]) == (wire, wire)


def test_the_wires_desk_code_over_the_date_signs_the_story_the_dateline_credits_to_it():
    _, article = article_of(f"Lawinenwarnstufe vier: Skigebiete sperren Pisten\nAPA/red\n27. Dezember 2024, 16:15\n\n"
                            f"Salzburg (APA) – {STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("APA/red", "APA")


@pytest.mark.parametrize("code", ["APA/PR", "dpa/lby"])
def test_the_wires_name_and_a_code_in_capitals_or_small_letters_over_the_story_sign_it(code):
    _, article = article_of(f"PUSTERTALER RUNDBLICK\nNachrichten | Sport | Wetter\n\nMure verschüttet Landesstraße\n\n"
                            f"Chronik\n20.07.2023 | 14:05 Uhr\n{code}\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == (code, code.partition("/")[0])


@pytest.mark.parametrize("line", ["AFP/The Local - jane@thelocal.se", "dpa/Jan Woitas Im Oktober steigt das Niveau"])
def test_a_wire_and_more_than_a_code_after_its_slash_is_no_desk_code(line):
    _, article = article_of(f"Council to decide on pool plan\n{line}\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] != line


def test_a_name_a_dash_and_a_place_over_the_date_sign_the_story_under_its_headline_and_deck():
    title = 'Migranti, il convegno in Vaticano: "Le parrocchie di frontiera non vanno lasciate sole"'
    deck = ("Si è concluso l'incontro che per tre giorni ha riunito vescovi, operatori e volontari delle diocesi del "
            "Mediterraneo")
    _, article = article_of(f"Vox Petri\nPapa\nVaticano\nChiesa\n\nVaticano\n\n{title}\n\n{deck}\n\n"
                            f"Giovanni Battista Ferraù - Città del Vaticano\n18 novembre 2024, 12:30\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["summary"]) == (title, [deck])
    assert (article["byline"], article["dateline"]) == ("Giovanni Battista Ferraù", "Città del Vaticano")


@pytest.mark.parametrize("signed", ["Lea Gwerder / Keystone-SDA", "Regula Vogt/KNA"])
def test_a_writer_and_the_wire_under_the_deck_over_the_date_sign_the_story(signed):
    deck = "Der seltene Vogel hatte sich im Netz der Ballenpresse verfangen. Eine Tierärztin versorgte ihn."
    _, article = article_of(f"Hinterwiler Nachrichten\nAbo\nRegion › Tiere\n\nBauer findet verletzten Uhu in Heuballenpresse\n"
                            f"{deck}\n{signed}\nPubliziert 30. Oktober 2024, 11:45\n\n{STORY}\n\n{SECOND}\n")
    name, _, wire = signed.partition("/")
    assert (article["byline"], article["publisher"], article["summary"]) == (name.strip(), wire.strip(), [deck])


def test_a_wires_name_in_brackets_under_the_byline_is_the_publisher():
    document, article = article_of("the valley\nNews\nSport\n\nCouncil to decide on pool plan as costs rise\n\nMarcus Tolley\n"
                                   f"(AAP)\n\nUpdated 2 hours ago\nPublished: 11 June 2024 10:15am\nShare\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Marcus Tolley" and article["publisher"] == "AAP"
    assert "(AAP)" not in reasons(document)


@pytest.mark.parametrize("page", ["MOBILITÀ\nKeystone-SDA\n12.09.2024 – 14:27\n{title}\n{deck}\n",
                                  "{title}\n{deck}\n\nKeystone-SDA\n12.09.2024 – 14:27\n"])
def test_a_wires_name_alone_over_the_date_signs_the_story(page):
    title = "Cantonal parliament wants to keep the hospital open"
    deck = "The parliament asks the government to guarantee the site until 2035."
    _, article = article_of("BE-Aktuell.ch\nStartseite\nKanton\nSport\nWetter\n\n" + page.format(title=title, deck=deck)
                            + f"\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (title, "Keystone-SDA")


def test_a_wires_full_name_alone_right_under_the_headline_signs_the_story():
    _, article = article_of("Valley News\nHome\nShare\nEmail\n\nKansas wheat harvest slows as rains soak fields\n"
                            f"The Associated Press\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("The Associated Press", "The Associated Press")
    assert not article.get("summary")


def test_a_wire_alone_over_the_date_under_the_deck_read_as_the_first_paragraph_signs_the_story():
    deck = "The candidate of the Farallones movement won 46.8 per cent of the vote on a turnout of 38 per cent."
    _, article = article_of(f"El Informador\nDeportes\nPolítica\nCaicedo is the new mayor of San Bernardo\n{deck}\nColprensa\n"
                            f"6 de abril de 2025 - 7:48 p. m.\nEscuchar este artículo\nPublicidad\n"
                            "Resultados con el 100 % de mesas informadas\nCandidato | Partido | Votos | %\n"
                            "Yesid Caicedo | Farallones | 9.412 | 46,8\nLuz Quiñones | Liberal | 6.237 | 31,0\n"
                            "Hernán Restrepo | Centro | 2.881 | 14,3\nVoto en blanco | - | 1.108 | 5,5\n"
                            f"Votos nulos | - | 482 | 2,4\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Colprensa", "Colprensa")


@pytest.mark.parametrize("job, wire", [("Repórter da Agência Brasil", "Agência Brasil"), ("Correspondent for Reuters", "Reuters"),
                                       ("AP Golf Writer", "AP"), ("Repórter do Jornal da Serra", None)])
def test_a_job_at_a_wire_under_the_byline_makes_the_wire_the_publisher(job, wire):
    _, article = article_of("O Jangadeiro\nNacional\n\nCouncil to decide on pool plan as costs rise\n\nLívia Torres\n"
                            f"{job}\nPublicado em 16/09/2024 - 15:47\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Lívia Torres"
    assert (article["publisher"] == wire) if wire else article["publisher"] not in ("Agência Brasil", "Reuters", "AP")


@pytest.mark.parametrize("signed", ["Agencias | Bilbao", "Agencias", "La Salle des nouvelles", "Salle des nouvelles"])
def test_the_wires_in_general_or_quebecs_newsroom_under_the_headline_sign_it(signed):
    _, article = article_of(f"The Valley Courier\nNews\nSport\n\nCouncil to decide on pool plan as costs rise\n{signed}\n"
                            f"Sábado, 9 de noviembre 2024, 18:40\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == signed.partition(" | ")[0]


def test_a_place_a_bar_and_a_writers_name_over_the_date_sign_and_place_the_story():
    _, article = article_of("The Valley Courier\nNews\nSport\n\nCouncil to decide on pool plan as costs rise\n"
                            f"Treeneburg | Lena Hansen-Ott\n05. Januar 2024, 16:44 Uhr\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Lena Hansen-Ott", "Treeneburg")


def test_a_section_a_bar_and_a_name_over_the_date_place_nothing():
    _, article = article_of("The Valley Courier\nNews\nSport\n\nCouncil to decide on pool plan as costs rise\n"
                            f"Lokales | Lena Hansen-Ott\n05. Januar 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article.get("dateline") != "Lokales"


def test_a_wire_alone_over_the_date_signs_the_story_under_a_cantons_kicker():
    page = ("Kantonsrat will die Schuldenbremse lockern\nKanton Luzern\n"
            "Im Kantonsratssaal wird am Montag über die Schuldenbremse debattiert. (Keystone/Symbolbild)\nKeystone-SDA\n"
            "Publiziert: 12.11.2023 14:07\n\n"
            "Die Finanzkommission des Luzerner Kantonsrats will der Regierung mehr Spielraum bei den Investitionen geben und "
            "beantragt dem Parlament eine Änderung des Gesetzes.\n\n"
            "Die Kommission reagiert damit auf den Investitionsstau bei Schulbauten und Spitälern im ganzen Kanton.\n")
    assert article_of(page)[1]["byline"] == "Keystone-SDA"


@pytest.mark.parametrize("deck, title, headline", [
    ("Approvato all'unanimità l'emendamento al bilancio. Previsti contributi fino a 60mila euro per comune",
     "Regione, arrivano i fondi per i borghi", "Regione, arrivano i fondi per i borghi"),
    # (a title over its deck of one sentence stays so)
    ("Regione, arrivano i fondi per i borghi sotto i mille abitanti", "Previsti contributi fino a 60mila euro per comune.",
     "Regione, arrivano i fondi per i borghi sotto i mille abitanti"),
    # (nor does a title whose one stop is an abbreviation's, over a short line)
    ("Valle Vestina names Dr. Renata Colli as the new head of the hospital", "Source: ASL Vestina",
     "Valle Vestina names Dr. Renata Colli as the new head of the hospital"),
])
def test_a_deck_of_two_sentences_printed_over_its_title_trades_with_it(deck, title, headline):
    _, article = article_of(f"VESTINA NEWS\nCronaca   Politica   Sport\n\n{deck}\n{title}\nLuca Di Febo - 28 Mag 2024\n\n"
                            f"{STORY}\n\n{SECOND}\n")
    assert article["headline"] == headline


@pytest.mark.parametrize("line", ["Por: Redacção", "Por Redacção", "Por: Redação"])
def test_the_newsroom_in_portugals_older_spelling_signs_the_story(line):
    _, article = article_of(f"Pescadores denunciam redes ilegais de arrasto junto à costa\n{line}\n04/03/2024\n\n"
                            f"{STORY}\n\n{SECOND}\n")
    assert article["byline"] == line.rpartition(" ")[2]


@pytest.mark.parametrize("line, byline", [("Red.", "Red."), ("Red. Sport", "Red. Sport"), ("Red. sport", None),
                                          ("Gazette staff", "Gazette staff"), ("the staff", None),
                                          ("Gazette reporters", "Gazette reporters"), ("Kiwi Wire newsroom", "Kiwi Wire newsroom"),
                                          ("Redazione online", "Redazione online"), ("Rédaction web", "Rédaction web")])
def test_the_newsrooms_short_mark_or_its_staff_over_the_date_sign_the_story(line, byline):
    _, article = article_of(f"Basket, la Pallacanestro Morena vince il derby\n{line}\n28/01/2024 19:40\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == byline


@pytest.mark.parametrize("line, byline", [("Redação Rede Sul, com agências", "Redação Rede Sul"),
                                          ("Redação Rede Sul com agências", "Redação Rede Sul")])
def test_the_newsroom_with_the_wires_copy_under_a_run_of_titles_signs_the_last(line, byline):
    # (the headline and its deck under other stories' titles, then the newsroom that used the wires' copy, and the date)
    page = ("Rede Sul Notícias\nMais lidas\nLista de abrigos em Porto Alegre: veja endereços e telefones\n"
            "Trensurb opera com horário reduzido nesta sexta; confira\nAO VIVO\n"
            "Chuva no RS: acompanhe a situação das cidades atingidas nesta sexta-feira\n"
            "Defesa Civil mantém alerta para 23 municípios; Rio Taquari volta a subir em Lajeado\n"
            f"{line}\n14/06/2024 - 06h00\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"]) == (
        "Chuva no RS: acompanhe a situação das cidades atingidas nesta sexta-feira", byline)


@pytest.mark.parametrize("job", ["Economista e professor universitário", "Economist and university lecturer",
                                 "Historikerin und Autorin"])
def test_a_columnists_positions_between_the_name_and_the_date_sign_the_column(job):
    page = (f"Gazeta do Douro\nOpinião\n\nOPINIÃO\n\nO país que não sabe construir casas\n\nRicardo Vasconcelos\n\n{job}\n\n"
            f"27 de janeiro de 2024, 00:05\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("O país que não sabe construir casas", "Ricardo Vasconcelos")


@pytest.mark.parametrize("over_name, under_name", [
    ("Foto do colunista\nColunista", "Advogado, professor de direito urbanístico e morador do Estreito"),
    ("Photo of the author\nColumnist", "Ricardo Vasconcelos is a former director of the Institute for Working Lives"),
])
def test_the_columns_label_and_portrait_over_the_name_and_a_note_under_it(over_name, under_name):
    page = (f"Gazeta do Douro\nFlorianópolis desde 1998\nNotícias | Ilha | Política | Opinião\nOPINIÃO\n"
            f"O país que não sabe construir casas\n{over_name}\nRicardo Vasconcelos\n{under_name}\n17.09.2024 | 08:00\n"
            "As opiniões expressas neste espaço não refletem necessariamente a linha editorial do jornal.\n"
            f"{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == ("O país que não sabe construir casas", "Ricardo Vasconcelos")


def test_the_pages_title_with_the_sites_name_over_the_title_alone_is_the_headline_without_the_name():
    title = "Holidaymakers stranded for 19 hours after airline axes Tenerife flights"
    deck = ("FAMILIES with young children were left sleeping on airport floors after two flights home were cancelled "
            "with just an hour's notice")
    page = (f"Daily Beacon\nNewsSportTVShowbizTravelMoney\nSign in\n{title} | Daily Beacon\n{title}\n{deck}\n"
            f"By Jane Roe\nPublished: 14:07, 12 Aug 2023\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["summary"]) == (title, [deck])


def test_what_a_subscription_box_promises_between_its_prompt_and_its_button_is_no_story():
    title = "Council delays vote on downtown arena tax break until spring"
    page = ("Prairie Sentinel\nNews\nSports\nOpinion\n\nSubscribe now to read the latest news in your city and across "
            "the country.\n\nUnlimited online access to every story, column and video from the Sentinel.\n\n"
            "Read the daily e-edition, an exact copy of the print paper, on any device.\n\nEnjoy puzzles, crosswords and "
            "games.\n\nSUBSCRIBE TO UNLOCK MORE ARTICLES\n\nNews\nLocal News\n\n"
            f"{title}\n\nPriya Deshmukh\n\nPublished Feb 02, 2024\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], paragraphs(article)[0]) == (title, "Priya Deshmukh", STORY)


@pytest.mark.parametrize("title", ["The Carling Yards deal is a bad bet for Ottawa taxpayers",
                                   "The Carling Yards deal is a bad bet. Council should walk away"])
@pytest.mark.parametrize("signed", ["Margot Hart, Special to the Bytown Examiner", "Margot Hart, collaboration spéciale"])
def test_a_contributors_name_and_what_they_write_for_sign_the_story(title, signed):
    page = f"Bytown Examiner\nOttawa\nCanada\nOPINION\n\n{title}\n{signed}\nPublished Sep 28, 2023\nShare\n{STORY}\n{SECOND}\n"
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["summary"]) == (title, "Margot Hart", [])


@pytest.mark.parametrize("separator", [" - ", " | ", " – "])
def test_the_sites_own_title_atop_the_page_is_no_headline(separator):
    title = "Bafoussam : le marché B rouvre ses portes après trois mois de travaux"
    page = (f"Plateau Matin{separator}Toute l'actualité de l'Ouest\nsamedi 9 mars 2024\nPLATEAU MATIN\nAccueil\n"
            f"Politique\nSociété\nSport\n{title}\nLa Rédaction\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (title, "La Rédaction")


@pytest.mark.parametrize("signed", ["Rédaction sport", "Par Jeanne Roux"])
def test_a_long_headline_without_its_stop_over_the_byline_block_is_no_first_paragraph(signed):
    title = "Division 2 amateurs : le RC Dinantais arrache le nul à Ciney (2-2) après avoir été mené de deux buts"
    page = (f"Canal Meuse\nTV en direct\nReplay\nInfo\nSport\nMétéo\n\nSport › Football\n\n{title}\n\n{signed}\n"
            f"dimanche 10 mars 2024 | 17h58\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], paragraphs(article)[0]) == (
        title, signed.removeprefix("Par "), STORY)


@pytest.mark.parametrize("top", ["", "Skip to content\n"])
def test_the_pages_title_first_then_the_logo_under_it_is_no_byline(top):
    title = "Factory workers' lottery syndicate scoops £4m - after nearly letting ticket lapse"
    page = (f"{top}{title}\nDaily Beacon\nNews\nUK News\n{title}\nShare\n{title}\n"
            "The 12 colleagues had talked about cancelling their weekly £2 each because 'we never win anything'\n"
            f"Nadia Hussain\n18/05/2024, 11:02 am\n{STORY}\n{SECOND}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"], article["publisher"]) == (title, "Nadia Hussain", "Daily Beacon")


def test_the_papers_own_writers_label_alone_over_the_name():
    document, article = article_of("France Matin\nCulture\nL'architecte Odile Ferrand est morte à 91 ans\n"
                                   "De notre correspondant à Lyon,\nAntoine Giraud\nLe 20 novembre 2023 à 19h41\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["byline"] == "Antoine Giraud"


def test_the_writer_then_the_newsroom_by_the_sites_name_after_a_bar_is_the_writer():
    document, article = article_of("Folha do Grão-Pará\nEconomia\nPreço do açaí dispara no Ver-o-Peso com o fim da safra\n"
                                   "Por Thaís Correa | Redação Folha do Grão-Pará\nsábado, 12 de outubro de 2024 | 10:14\n"
                                   f"{STORY}\n{SECOND}\n")
    assert article["byline"] == "Thaís Correa"


def test_the_kicker_in_capitals_the_headline_opens_with_over_the_date_is_no_byline():
    title = "Serie A Femminile, Fiorentina-Roma vale il secondo posto: le probabili formazioni"
    document, article = article_of(f"Calcio Donne\nNotizie\n{title}\nSERIE A FEMMINILE | venerdì 21 febbraio 2025\n"
                                   f"{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["published"][:10]) == (title, None, "2025-02-21")


@pytest.mark.parametrize("line, writer, outlet", [
    ("Ayla MorganRed Rock Public Radio", "Ayla Morgan", "Red Rock Public Radio"),
    ("Jane RoeThe Valley Courier", "Jane Roe", "The Valley Courier"),
    ("Jane MacPhail Press", "Jane MacPhail Press", None),  # (a capital inside a surname is no joint)
])
def test_a_writers_name_with_the_outlet_glued_on_under_the_headline(line, writer, outlet):
    document, article = article_of(f"News\nEnvironment\nLake Powell boat ramps reopen as water levels recover\n{line}\n"
                                   f"August 21, 2024\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == (writer, outlet)


def test_the_logos_text_glued_to_its_slogan_on_the_first_line_is_no_name_and_outlet():
    document, article = article_of("Burgenland BlickNachrichten aus dem Burgenland\nNord | Mitte | Süd | Sport\nAnmelden\n"
                                   "Hagel trifft Weingärten am Neusiedler See kurz vor der Lese\n"
                                   f"Von Sabine Horvath • 14.09.2024, 11:20\n{STORY}\n{SECOND}\n")
    assert article["byline"] == "Sabine Horvath"


def test_the_share_buttons_glued_are_no_name_and_outlet():
    document, article = article_of("News\nLake Powell boat ramps reopen as water levels recover\n"
                                   f"Facebook Twitter WhatsApp Telegram\nBy Jane Roe\nAugust 21, 2024\n{STORY}\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("Jane Roe", None)


def test_the_line_between_the_logo_and_the_menus_link_home_is_the_slogan_not_the_headline():
    document, article = article_of("Goma Veille\nInformer pour prévenir\nAccueil\nSécurité\nHumanitaire\nPolitique\n"
                                   f"Rédaction Goma Veille\n08 août 2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] is None


def test_a_name_in_capitals_as_the_headers_last_line_over_a_dateline_paragraph_is_the_byline():
    document, article = article_of("Porto Velho Diário\nBrasil\nGoverno prevê leilão de trecho da BR-364 no segundo semestre\n"
                                   "11/02/2025 às 15:32\nMARIANA TORRES LIMA\nBRASÍLIA, DF (FOLHAPRESS) - O Ministério dos "
                                   "Transportes prevê realizar no segundo semestre deste ano o leilão do trecho.\n"
                                   f"{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("MARIANA TORRES LIMA", "BRASÍLIA, DF")


def test_who_issued_a_press_release_under_its_title_is_no_headline():
    title = "Le centre culturel de Séné lance un appel aux artistes amateurs pour son salon de printemps"
    document, article = article_of(f"La Gazette du Golfe\nMenu\nVannes\nAuray\nSéné\nCommuniqués\n"
                                   f"Information publiée sous la responsabilité de son auteur\n{title}\n"
                                   f"Communiqué de la mairie de Séné\nPublié le 02/03/2024\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title


def test_the_sites_name_again_between_the_writer_and_the_date_is_no_headline():
    title = "Budget 2024 : Sherbrooke limite la hausse des taxes à 3,9 %"
    document, article = article_of("Passer au contenu\nLe Pionnier de l'Estrie\nActualités\nEstrie\nSports\n"
                                   "Les plus populaires\nMagog : le pont de la rue Principale fermé pour l'hiver\n"
                                   f"Coaticook : une fromagerie agrandit son usine\nSherbrooke\n{title}\nMélanie Côté-Lavoie\n"
                                   f"Le Pionnier de l'Estrie\n5 décembre 2023 à 19h41\nPartager\n{STORY}\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == (title, "Mélanie Côté-Lavoie")


def test_a_labelled_byline_under_a_name_is_no_columnists_position():
    page = ("Battery News\n\nUltium Cells erhöht Gigafactory-Kapazität in Tennessee\n\nUltium Cells\n\nAutor: Die Redaktion\n\n"
            f"Veröffentlicht am 06.12.2022\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["byline"] == "Die Redaktion"


def test_a_slashed_day_on_a_page_whose_dateline_is_in_the_united_states_reads_the_month_first():
    page = ("WZLM News\n\nOshkosh man arrested after overnight standoff on Bowen Street\n\nBy Terri Haldane | WZLM News\n\n"
            "Updated: 4/2/2024 6:15 AM\n\nOSHKOSH, Wis. (WZLM) -- Police arrested a man early Tuesday after a standoff that "
            f"lasted more than six hours at a home on Bowen Street, the department said.\n\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["dateline"], article["published"]) == ("OSHKOSH, Wis.", "2024-04-02")


@pytest.mark.parametrize("ground", ["Messestadion Dornbirn, 2.870 Zuschauer", "Riverside Park, attendance: 4,120",
                                    "Stade de la Meinau, 26 000 spectateurs"])
def test_a_score_boxs_ground_and_attendance_is_no_headline(ground):
    title = "Falken drehen das Derby gegen Montafon in der Verlängerung"
    page = (f"Ländle-Echo\nSport\n\n{title}\n\nEHC Rheintal Falken\n4:3 n.V.\nHC Montafon Bären\n(1:2, 0:1, 2:0, 1:0)\n"
            f"{ground}\n\nVon Jakob Fink\n30. Oktober 2024, 22:58\n\n{STORY}\n\n{SECOND}\n")
    _, article = article_of(page)
    assert article["headline"] == title


@pytest.mark.parametrize("title", ["Police arrest 12 after brawl outside the stadium, 2,000 fans",
                                   "Council approves budget, 2,000 jobs"])
def test_a_headline_ending_with_a_count_after_a_comma_stays_a_title(title):
    _, article = article_of(f"Valley News\nNews\n\n{title}\n\nBy Jane Roe\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title


@pytest.mark.parametrize("link", ["Today's Paper", "E-Paper", "PAID CONTENT"])
def test_the_days_date_and_a_link_after_a_dash_is_no_byline(link):
    page = (f"Connecticut Morning Sentinel\nFriday, February 14, 2025 — {link}\nSubscribe\nNews\nSports\n\n"
            "Kenya's central bank cuts key rate for third time as inflation cools\nBy Reuters\n"
            f"Wed, February 12, 2025 at 5:14 AM EST\n\n{STORY}\n\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["published"][:10]) == ("Reuters", "2025-02-12")


@pytest.mark.parametrize("stamp, day", [("il y a 2 jours — Publié le 10 mars 2025", "2025-03-10"),
                                        ("3 hours ago | Updated March 4, 2024", "2024-03-04"),
                                        ("vor 2 Stunden · Aktualisiert am 3. März 2024", "2024-03-03")])
def test_how_long_ago_then_the_stamp_dates_the_story(stamp, day):
    page = (f"Le Jasmin Numérique\nChroniques\nCulture\n\nCHRONIQUE\n\nLa médina de Tunis mérite mieux que des façades "
            f"repeintes\n\nPar Hédi Ben Salah*\n\n{stamp}\n\n{STORY}\n\n{SECOND}\n")
    _, article = article_of(page)
    assert (article["byline"], article["published"][:10]) == ("Hédi Ben Salah", day)


def test_the_newsroom_by_the_sites_name_over_the_date_is_no_headline_where_the_page_prints_none():
    page = (f"Goma Veille\nActualités\nGrands Lacs\nSécurité\nRédaction Goma Veille\n08 août 2024\n"
            f"Temps de lecture : 3 minutes\n{STORY}\n{SECOND}\n")
    _, article = article_of(page)
    assert article["headline"] != "Rédaction Goma Veille" and article["byline"] == "Rédaction Goma Veille"


@pytest.mark.parametrize("printed, headline", [
    ("BOTOLA PRONahdat Souss renverse l'Amal Casablanca et reprend la tête",
     "Nahdat Souss renverse l'Amal Casablanca et reprend la tête"),
    ("EXCLUSIVEMayor resigns after audit finds missing funds", "Mayor resigns after audit finds missing funds"),
    ("NASA launches a new moon probe from Florida", "NASA launches a new moon probe from Florida"),  # (no label glued)
])
def test_a_label_in_capitals_glued_to_the_headline_is_set_aside(printed, headline):
    page = f"Sport Maroc\nFootball\n\n{printed}\n\nPar Karim Alaoui\n12 mars 2025\n\n{STORY}\n\n{SECOND}\n"
    _, article = article_of(page)
    assert article["headline"] == headline


def test_a_newsletters_promise_between_its_title_and_its_button_is_no_first_paragraph():
    page = ("KSLN 12 News\nSearch\nMenu\nSign up for the Morning Five newsletter\n"
            "Get the day's top stories from central Kansas before you leave the house.\nSign Up\nTop Stories\n"
            "Large hail and damaging winds possible across central Kansas into Tuesday night\nJane Roe\n"
            f"2 hours ago\nShare\n{STORY}\n{SECOND}\n{THIRD}\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND, THIRD]
    assert reasons(document)["Get the day's top stories from central Kansas before you leave the house."] != "paragraph"


def test_a_stations_staff_under_a_run_of_titles_signs_the_last():
    # Other stories' titles, one under another, then the headline and the station's staff over how long ago: the
    # staff signs, so the title over it is no list's
    page = ("KSLN 12 News\nTop Stories\nSalina approves a splash pad for the park\nLindsborg festival draws record crowds\n"
            "College names a new head football coach\nHail and damaging winds possible across central Kansas tonight\n"
            f"KSLN 12 Digital Staff\n2 hours ago\nShare\n{STORY}\n{SECOND}\n{THIRD}\n")
    document, article = article_of(page)
    assert (article["headline"], article["byline"]) == (
        "Hail and damaging winds possible across central Kansas tonight", "KSLN 12 Digital Staff")


@pytest.mark.parametrize("under", ["5/14/2025, 7:08:22 PM", "2 hours ago"])
@pytest.mark.parametrize("line", ["KSEV 7 Staff", "KSEV 7 Digital Staff", "Courier Staff"])
def test_a_stations_or_a_papers_staff_over_the_date_or_its_age_signs_the_story(line, under):
    # (the station's name and its channel, "KSEV 7", and its desk, "Digital")
    _, article = article_of(f"KSEV 7\nReno\nMenu\n\nSparks man sentenced in hit-and-run death\n\n{line}\n{under}\n\n"
                            f"{STORY}\n\n{SECOND}\n")
    assert article["byline"] == line


@pytest.mark.parametrize("line, byline", [("21.06.2024 | red", "red"), ("Redazione · 21/06/2024", "Redazione"),
                                          ("21.06.2024 | Jane", None), ("21.06.2024 | mk", "mk"), ("21.06.2024 | jwr", "jwr")])
def test_the_day_and_the_newsroom_parted_by_a_bar_sign_the_story(line, byline):
    _, article = article_of(f"Saarschleife Online\nVerkehr\n\nVollsperrung zwischen Weiskirchenau und Britten-Hof ab Montag\n\n"
                            f"{line}\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["published"]) == (byline, "2024-06-21")


def test_a_little_word_after_the_day_and_a_bar_is_no_writers_initials():
    _, article = article_of(f"Saarschleife Online\nVerkehr\n\nVollsperrung zwischen Weiskirchenau und Britten-Hof ab Montag\n\n"
                            f"21.06.2024 | de\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] is None


def test_the_sections_name_and_the_day_over_the_headline_date_the_story_and_title_nothing():
    _, article = article_of(f"Fehnkurier\nStartseite | Gemeinden | Natur & Umwelt | Kontakt\n\nNatur & Umwelt · Mo, 06.05.2024\n"
                            f"Alte Torfstiche werden wieder vernässt\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["published"]) == ("Alte Torfstiche werden wieder vernässt", "2024-05-06")


def test_a_longer_bulleted_item_among_the_menus_short_ones_is_navigation_no_summary():
    document, article = article_of("Lippe-Emscher-Rundschau\nStädte\n  • Ostbergen\n  • Castrup-Heide\n"
                                   "  • Lembrock an der Lippe\n  • Kreyenhorst\n\nGroßbrand in Lagerhalle\n\nVon Jane Roe\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert not article.get("summary")
    assert reasons(document)["  • Lembrock an der Lippe"] == "navigation"


def test_a_writers_job_at_a_desk_in_another_town_after_a_bar_is_no_dateline():
    _, article = article_of("House passes charter school funding overhaul\nRuth Abernathy | Columbus Bureau Chief\n"
                            f"Updated 2:47 PM EDT, Tue April 16, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Ruth Abernathy", None)


def test_the_pages_title_under_a_live_storys_bar_is_the_headline_over_the_logo():
    title = "Incendie près de Vallerinca : 300 hectares parcourus, un hameau évacué"
    document, article = article_of(f"DIRECT | Incendie : suivez la situation heure par heure\n{title}\nCismonte Infos\n"
                                   f"Accueil / Faits divers\nPar AFP, publié le 24 juillet 2024 à 21h10\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], document["capture"]["site"]) == (title, "Cismonte Infos")



@pytest.mark.parametrize("on_air", ["On air now: Morning Tides with Jan", "ON AIR NOW ▸ The Midday Mix",
                                    "En ondes : Bonjour le Nord avec Stéphane Giroux", "Al aire – La Mañanera"])
def test_the_programme_on_air_over_the_title_titles_nothing(on_air):
    title = "Ketch Bay Road closed after landslip"
    document, article = article_of(f"Tasman Coast FM 96.3\nCommunity radio for the peninsula\n▶ Listen live\n{on_air}\n\n"
                                   f"{title}\n\nPosted on 12 June 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title
    assert reasons(document)[on_air] == "page-chrome"


@pytest.mark.parametrize("slogan", ["The official newspaper of Lindquist County, Wisconsin",
                                    "Larchmere & District News Since 1902", "Il giornale ufficiale del Comune di Varallo",
                                    "Lindquist's independent voice since 1996", "La voix du Haut-Jura depuis 1921",
                                    # (the reader's or the town's voice: no paper's name)
                                    "Your Voice in the North", "Our community's voice"])
def test_a_slogan_of_the_papers_standing_or_its_founding_under_its_name_titles_nothing(slogan):
    title = "Council OKs repainting of north water tower"
    document, article = article_of(f"LINDQUIST COUNTY BANNER\n{slogan}\n\n{title}\n\nStaff Report\n"
                                   f"Tuesday, January 16, 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title
    assert site_slogan(slogan)


@pytest.mark.parametrize("title", ["The good news for farmers in Harlow", "Worst floods in the valley since 1990",
                                   "Valley farmers face worst harvest since 1990",
                                   "Hardware store closes after serving town since 1952"])
def test_a_title_with_the_words_of_a_slogan_is_no_slogan(title):
    assert not site_slogan(title)


def test_a_logo_of_one_word_with_a_capital_inside_under_the_pages_title_is_the_site():
    title = "Uganda's parliament passes law forcing motorcycle taxi riders to register"
    document, article = article_of(f"{title}\nNileCurrent\nNews\nEast Africa\nBusiness\nSport\nSubscribe\n\n{title}\n"
                                   f"Staff Reporter\nJanuary 15, 2025\n\n{STORY}\n\n{SECOND}\n")
    assert document["capture"]["site"] == "NileCurrent"
    assert article["headline"] == title


@pytest.mark.parametrize("separator", [" | ", " - "])
def test_the_pages_title_first_names_the_site_after_the_headline_printed_again(separator):
    title = "Bienenvölker gestohlen: Imker aus Kirchdorf bittet um Hinweise"
    document, article = article_of(f"{title}{separator}Isar-Vils TV\nJetzt live\nTV-Programm\nNachrichten\nSport\n"
                                   f"{title}\nMontag, 09.09.2024\n{STORY}\n{SECOND}\n")
    assert document["capture"]["site"] == "Isar-Vils TV"
    assert article["headline"] == title
    assert not [b for b in article["blocks"] if b["type"] == "figure"]
    assert reasons(document)[title] == "page-chrome"


def test_the_pages_title_and_a_section_after_it_names_no_site():
    title = "Bienenvölker gestohlen: Imker aus Kirchdorf bittet um Hinweise"
    document, article = article_of(f"{title} | Sport\nJetzt live\nNachrichten\n{title}\nMontag, 09.09.2024\n{STORY}\n")
    assert document["capture"]["site"] is None


def test_a_name_in_capitals_over_a_wired_dateline_signs_under_the_wires_name():
    title = "Seca isola comunidades no rio Urubuzinho e barcos encalham a 20 km da cidade"
    story = ("SANTA RITA DO URUBU, AM (FOLHAPRESS) - O nível do rio Urubuzinho chegou nesta quarta-feira à menor marca "
             "já registrada, e os barcos de linha deixaram de chegar à cidade.")
    document, article = article_of(f"BANZEIRO NEWS\nInício\nAmazonas\n\n{title}\n\n12/09/2024 - 07:45\nFolhapress\n"
                                   f"Compartilhar\n\nLUCAS ORTIZ BRAGA\n\n{story}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == ("LUCAS ORTIZ BRAGA", "Folhapress")
    assert article["dateline"] == "SANTA RITA DO URUBU, AM"


def test_a_place_in_capitals_over_a_wired_dateline_signs_nothing():
    title = "Seca isola comunidades no rio Urubuzinho e barcos encalham a 20 km da cidade"
    story = ("SANTA RITA DO URUBU, AM (FOLHAPRESS) - O nível do rio Urubuzinho chegou nesta quarta-feira à menor marca "
             "já registrada, e os barcos de linha deixaram de chegar à cidade.")
    document, article = article_of(f"BANZEIRO NEWS\nInício\n\n{title}\n\n12/09/2024 - 07:45\nFolhapress\n\n"
                                   f"MEIO AMBIENTE\n\n{story}\n\n{SECOND}\n")
    assert article["byline"] == "Folhapress"


def test_a_name_under_the_pages_title_right_over_the_menu_is_the_site_no_deck():
    title = "Mareggiata fuori stagione, crolla un tratto del lungomare di Castelmare"
    document, article = article_of(f"{title}\nIl Faro di Ponente\nHome | Cronaca | Politica | Porti | Sport\n\n"
                                   f"di Marta Ricci\n14 Giugno 2024\n\n{STORY}\n\n{SECOND}\n")
    assert document["capture"]["site"] == "Il Faro di Ponente"
    assert (article["headline"], article["summary"]) == (title, [])


def test_the_only_title_over_a_credit_under_a_menus_row_is_the_headline():
    title = "Kinder sammeln 2,4 Tonnen Abfall am Rheinufer"
    document, article = article_of(f"TV Randen\nLive | Sendungen | Region | Kontakt\nDi, 14.11.2023\n{title}\n"
                                   f"Bild: TV Randen\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title


def test_the_newsdesk_after_the_posts_date_signs_it():
    document, article = article_of(f"Walkers rescued from cliff ledge near Skarra Head\n\n"
                                   f"Posted on 2 February 2024 by Newsdesk\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["published"]) == ("Newsdesk", "2024-02-02")


def test_a_name_under_the_date_over_the_lead_caption_and_the_place_signs_the_story():
    document, article = article_of(
        "'We buying water to bathe'\n\nSalt Pond residents say taps dry for three weeks as utility blames broken pump\n\n"
        "Tuesday, April 16, 2024 | 12:08 AM\n\nKimone Barrett/Staff Reporter\n\n"
        "Residents of Salt Pond fill containers from a water truck on Monday. (Photo: Ricardo Spence)\n\n"
        f"ST ANN, Jamaica:\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["dateline"]) == ("Kimone Barrett", "ST ANN, Jamaica")


def test_the_pages_title_and_a_slogan_after_it_names_no_site():
    title = "Großbrand in Scheune: Feuerwehr rettet 40 Rinder"
    document, article = article_of(f"{title} | Nachrichten aus der Region\nNachrichten aus der Region\nBaden-Württemberg\n\n"
                                   f"{title}\n\n{STORY}\n\n{SECOND}\n")
    assert document["capture"]["site"] is None


def test_the_sites_name_and_its_slogan_after_a_bar_sign_nothing():
    document, article = article_of(
        "Zum Inhalt springen\nRANGAU KURIER | Nachrichten aus Westmittelfranken\nMontag, 3. Februar 2025\nRegion\nBayern\n"
        f"Sport\n\nGlatteis: Mehrere Unfälle auf der B 14\n\nVon Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert document["capture"]["site"] == "RANGAU KURIER"
    assert (article["byline"], article["publisher"]) == ("Jane Roe", "RANGAU KURIER")


@pytest.mark.parametrize("byline, name, wire", [("di Angela Lotito (DIRE)", "Angela Lotito", "DIRE"),
                                                ("di Angela Lotito (ANSA)", "Angela Lotito", "ANSA"),
                                                ("Por Ana Lima (Lusa)", "Ana Lima", "Lusa")])
def test_a_wires_name_in_brackets_after_the_writers_is_the_publisher(byline, name, wire):
    document, article = article_of(f"Il Calanco\nHome | Cronaca | Sport\n\nCrisi idrica, acqua razionata in sette comuni\n"
                                   f"{byline}\n21 Agosto 2024\n\n{STORY}\n\n{SECOND}\n")
    assert (article["byline"], article["publisher"]) == (name, wire)


@pytest.mark.parametrize("stamp", ["Beitrag vom 21.05.2024", "Artikel vom 21.05.2024", "Article du 21/05/2024",
                                   "Articolo del 21/05/2024"])
def test_the_pieces_word_and_its_day_date_the_story(stamp):
    document, article = article_of(f"LTV Lennetal Fernsehen\nMediathek\nLive\n\nTierischer Besuch: Biber zurück an der Lenne\n"
                                   f"{stamp}\nVideo abspielen\n\n{STORY}\n\n{SECOND}\n")
    assert (article["published"], article["summary"]) == ("2024-05-21", [])


@pytest.mark.parametrize("job", ["Journaliste Région Montagnes", "Reporter Lokales"])
def test_a_name_over_the_job_and_the_regions_desk_over_the_date_signs(job):
    document, article = article_of(f"Région / Montagnes\nLa manufacture Vaucher-Droz supprime 85 postes aux Verrières\n"
                                   f"Sophie Jeanneret\n{job}\nPublié le 15 oct. 2024 à 17:30\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Sophie Jeanneret"


def test_the_newsdesk_alone_over_the_reading_time_signs_the_story():
    document, article = article_of("Home\nNews\nCrime\n\nLorry driver jailed after crash that left cyclist injured near "
                                   "Kelderby\n\nNewsdesk\n2 min read\nTuesday 19 March 2024 at 12:51 pm\n\n"
                                   f"{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Newsdesk"


@pytest.mark.parametrize("credit", ["Text und Bild: Jon Bundi", "Text & Bilder: Jon Bundi"])
def test_text_and_picture_by_one_writer_signs_the_story_no_figure(credit):
    document, article = article_of(f"Dienstag, 5. März 2024\nPlaun Grond sagt Ja zum neuen Schulhaus – aber nur knapp\n"
                                   f"{credit}\n\n{STORY}\n\n{SECOND}\n")
    assert article["byline"] == "Jon Bundi"
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("slogan", ["A rádio que fala a língua do Baixo Tocantins", "La radio che ti accompagna ogni giorno"])
def test_a_broadcasters_slogan_of_what_it_does_titles_nothing(slogan):
    title = "Governo federal amplia prazo para renegociação de dívidas de pequenos agricultores"
    document, article = article_of(f"☰\nRÁDIO IGARAPÉ\n93,9 FM\n{slogan}\nOuça ao vivo\n\nNotícias / Brasil\n\n{title}\n\n"
                                   f"Helena Baraúna\n18 de julho de 2022 - 10:05\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title
    assert site_slogan(slogan)


def test_a_title_about_a_paper_that_did_something_is_no_slogan():
    assert not site_slogan("The paper that went nonprofit and doubled its newsroom")


def test_a_wire_and_a_place_over_the_date_titles_nothing_and_sign_the_story():
    document, article = article_of("ceiba digital\nCuba · Diáspora · Economía · Opinión\nBuscar\nHazte socio\n\n"
                                   f"AFP | La Habana\nActualizado: 14/04/2025 09:12\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"], article["dateline"]) == (None, "AFP", "La Habana")


def test_a_stamp_after_how_long_ago_and_a_dot_dates_the_story():
    document, article = article_of("TV SETE PINHAIS\n\nMotorista é resgatado após carro cair em ribanceira\n\nRedação\n"
                                   f"Há 5 horas  ·  Publicado 09/11/2024 18:03\n\n{STORY}\n\n{SECOND}\n")
    assert article["published"].startswith("2024-11-09")


@pytest.mark.parametrize("playing", ["Now: The Lunchtime Show with Ciarán Fox", "Now playing: Morning Tides with Jan",
                                     "Jetzt läuft: Frühstücksradio mit Tanja"])
def test_what_a_station_plays_now_over_the_title_titles_nothing(playing):
    title = "Ketch Bay Road closed after landslip"
    document, article = article_of(f"Tasman Coast FM\n{playing}\n\n{title}\n\nPosted on 12 June 2024\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title


def test_an_english_one_sentence_lead_over_the_lead_picture_is_the_first_paragraph_not_the_deck():
    lead = "Four walkers have been rescued after they were cut off by the tide below the cliffs at Hollin Bay on Sunday."
    story = ("The coastguard said the group, two adults and two teenagers, had called for help at about 6pm after the "
             "water reached the foot of the cliff, and an inshore lifeboat took them to the harbour.")
    page = (f"Walkers rescued after being cut off by the tide\n\nJane Roe, PA\n\nMonday 4 March 2024\n\n{lead}\n\n"
            f"The inshore lifeboat at Hollin Bay harbour (Tom Ellery/PA)\n\n{story}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert paragraphs(article)[:2] == [lead, story]
    assert article["summary"] == []


def test_a_deck_of_one_sentence_over_the_lead_picture_in_another_language_stays_the_deck():
    deck = "La tormenta del martes duró menos de veinte minutos pero arrasó unas 400 hectáreas de frutales."
    story = ("Los productores de la vega del río Tajuña calculan que perdieron casi toda la cosecha de melocotón después "
             "de que una granizada cayera sobre la zona en la tarde del martes, según la cooperativa local.")
    page = (f"El granizo arrasa los frutales de la vega\n\nPor Marta Ruiz\n\n5 de marzo de 2024\n\n{deck}\n\n"
            f"Melocotones dañados por el granizo en una finca de Valdelobos. (EFE)\n\n{story}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert article["summary"] == [deck]
    assert paragraphs(article)[:1] == [story]


def test_a_papers_name_under_the_page_title_is_its_logo_and_a_name_with_a_wire_further_down_the_byline():
    page = ("Walkers rescued after being cut off by the tide\nHollin Bay Clarion\nMonday 4 March 2024\nNews\n\n"
            f"Jane Roe, PA\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert (document["capture"]["site"], article["byline"], article["publisher"]) == ("Hollin Bay Clarion", "Jane Roe", "PA")


def test_a_papers_name_under_the_page_title_over_its_menu_is_no_byline():
    page = ("Neuer Kindergarten für Oberwald beschlossen\nOberwalder Tagblatt\nTal · Land · Stadt\nNachrichten\n\n"
            "Neuer Kindergarten für Oberwald beschlossen\n\nDienstag, 9. April 2024\n\n"
            "Der Gemeinderat von Oberwald hat am Montagabend einstimmig den Bau eines neuen Kindergartens mit vier "
            "Gruppen am Ortsrand beschlossen, der im Herbst 2025 eröffnet werden soll.\n\n"
            "Die Kosten von rund 3,2 Millionen Euro trägt zu einem Drittel das Land, den Rest übernimmt die Gemeinde.\n")
    document, article = article_of(page)
    assert article["byline"] is None
    assert document["capture"]["site"] == "Oberwalder Tagblatt"


@pytest.mark.parametrize("label", ["BREAKING NEWS", "Última hora", "Eilmeldung"])
def test_the_title_under_a_breaking_news_label_a_blank_line_over_the_signed_headline_is_the_bars(label):
    page = (f"THE VALLEY COURIER\nHome\nNews\nSport\n{label}\nFuel prices revised from midnight\n\n"
            "Council backs plan for new pool on the common\nBy Jane Roe\nPublished: 2024-03-09 21:15\n\n"
            f"{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert article["headline"] == "Council backs plan for new pool on the common"
    assert article["summary"] == []


def test_a_breaking_label_over_the_headline_and_its_deck_run_together_is_the_storys():
    page = ("THE VALLEY COURIER\nHome\nNews\nBREAKING\nGrass fire forces evacuation of homes west of Riverton\n"
            "Residents along Range Road 43 ordered out as winds push flames east\nBy Jane Roe\n"
            f"Published August 22, 2025 at 11:47 am\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert article["headline"] == "Grass fire forces evacuation of homes west of Riverton"


def test_a_writers_name_and_a_comma_over_the_newsrooms_staff_and_the_date_is_the_byline():
    page = ("Valley Now\nLocal News\n\nDriver Charged After Crash Knocks Out Power To 900 Homes\n\n"
            "Police say the driver ran from the scene after striking a utility pole early Sunday\n\n"
            f"Jane Roe,\nValley Now Staff\n\nPosted Tue, Jul 9, 2024 at 3:12 pm ET\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["byline"] == "Jane Roe"
    assert reasons(document)["Valley Now Staff"] == "byline"


def test_two_titles_each_under_its_own_topic_the_signed_one_under_the_other_is_the_headline():
    page = ("Valley Courier\nMenü\nSuchen\nStartseite > Region > Bildung\nMehr Nachrichten aus der Region\n"
            "Schulbau: Neues Gymnasium in Oberwald verzögert sich\n"
            "Lehrermangel: Ministerin will mehr Quereinsteiger an die Schulen holen\nVon Jane Roe\n"
            f"23.01.24 - 17:05\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert article["headline"] == "Lehrermangel: Ministerin will mehr Quereinsteiger an die Schulen holen"


def test_a_menus_items_on_one_line_with_spaces_between_are_no_title():
    page = ("ZUM ABO-LOGIN\n\nLesergalerie WerkstattTV Blog Tipps & Tricks News Zeitschrift Shop\n\n"
            "21. Jan 2022 // Jane Roe\n\nPerfekte Schnitte nach Riss an der Kreissäge\n\nJane Roe\n\n"
            f"{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["published"]) == ("Perfekte Schnitte nach Riss an der Kreissäge", "2022-01-21")


@pytest.mark.parametrize("clock, stamp, published", [
    ("Quarta-feira, 11 de outubro de 2023", "Publicado em 08/10/2023 às 16h42 | Atualizado em 08/10/2023 às 18h05",
     "2023-10-08"),
    ("Thursday, November 9th 2023", "PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.",
     "2023-11-08"),
])
def test_the_stamp_labelled_as_published_under_the_headline_wins_over_the_sites_clock_above(clock, stamp, published):
    page = (f"Correio do Planalto Serrano\n{clock}\nÚltimas notícias\nRegião\nPolícia\nPolítica\n\nREGIÃO\n"
            "Council backs plan for new pool on the common\nDefesa Civil monitora nível do rio, que subiu quase cinco metros\n"
            f"Da Redação\n{stamp}\n\n{STORY}\n\n{SECOND}\n")
    document, article = article_of(page)
    assert article["published"][:10] == published
    assert reasons(document)[clock] == "site-clock"


@pytest.mark.parametrize("age, published", [("Há 2 horas", None), ("vor 3 Stunden", None), ("3 hours ago", None),
                                            ("", "2024-03-09")])  # (nothing under it: the date over the headline is the story's)
def test_how_long_ago_the_story_was_posted_under_the_headline_makes_the_date_above_the_sites_clock(age, published):
    page = (f"VOZ DA CHARNECA\nChamusca | Alpiarça | Golegã | Almeirim | Desporto | Opinião\nSábado, 9 de Março de 2024\n"
            f"Chamusca\nNova unidade de cortiça vai criar 45 postos de trabalho\n{age}\nPor João Pedro Valente\n\n"
            f"{STORY}\n\n{SECOND}\n")
    assert article_of(page)[1]["published"] == published


@pytest.mark.parametrize("lead, wire", [
    ("Rescuers in the north of the province used cutters and a crane to free a lorry driver who had been trapped in his "
     "cab for nine hours after a landslide on Tuesday, local emergency services said. (Reuters)", "Reuters"),
    ("Le conseil communal de Valmont a adopté lundi soir un règlement interdisant les feux d'artifice privés sur tout le "
     "territoire communal, y compris lors du Nouvel An, a-t-on appris mardi auprès de la commune. (Belga)", "Belga"),
])
def test_a_lead_that_says_who_told_it_then_the_wires_tag_is_the_first_paragraph_not_a_caption(lead, wire):
    page = f"VALLEY COURIER\n\nLandslide traps lorry driver for nine hours\n\nPosted 11 Jun 2025\n\n{lead}\n\n{SECOND}\n"
    article = article_of(page)[1]
    assert paragraphs(article)[0] == lead
    assert article["publisher"] == wire
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("stamp", ["- June 18, 2024 @ 3:05pm", "• June 18, 2024 at 3:05 pm"])
def test_the_day_alone_after_a_dash_or_a_dot_under_the_byline_dates_the_story(stamp):
    page = (f"NEWS / NATION\nHawkers can renew licences online from July, says deputy minister\nBy Nurul Ain Kamaruddin\n"
            f"{stamp}\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert article["published"] == "2024-06-18" and not article["summary"]


@pytest.mark.parametrize("desk", ["Lokalredaktion Sülzbach", "Redaktion Sülzbach"])
def test_the_towns_newsroom_after_the_writers_name_is_no_dateline(desk):
    lead = ("SÜLZBACH. Mit der knappsten Mehrheit hat der Gemeinderat am Dienstagabend dem geplanten Windpark am Eichenkopf "
            "zugestimmt, nach einer Debatte von mehr als drei Stunden.")
    page = (f"Kreisanzeiger Sülzbachtal\nLokales\nSport\n\nGemeinderat stimmt knapp für Windpark am Eichenkopf\n"
            f"Helge Kramer | {desk}\nvor 2 Stunden\n\n{lead}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["dateline"]) == ("Helge Kramer", "SÜLZBACH")


@pytest.mark.parametrize("credit", ["Especial para o Lance Livre", "Special to the Lance Livre", "Especial para La Gaceta"])
def test_a_contributors_credit_on_its_own_line_under_the_name_is_no_headline(credit):
    title = "Aurora Vôlei bate Atlético Sertanejo no tie-break e vai à semifinal da Superliga Regional"
    page = (f"LANCE LIVRE\nESPORTES\nFutebol\tVôlei\tBasquete\n\nVÔLEI\n{title}\nGabriel Toledo\n{credit}\n"
            f"23/03/2024 22h14 · Atualizado há 40 minutos\nCompartilhe esta matéria\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == (title, "Gabriel Toledo")


@pytest.mark.parametrize("job", ["Meteorologista", "Meteorologe", "Météorologue", "Meteorólogo", "Apresentadora"])
def test_a_stations_forecaster_or_presenter_after_the_name_is_a_job_not_a_dateline(job):
    page = (f"Clima & Campo\nPrevisão\tNotícias\tAgricultura\n\nNOTÍCIAS\n"
            f"Massa de ar polar traz risco de geada ampla no Sul a partir de sexta\nLucas Henning – {job}\n"
            f"Publicado: 12/06/2024 - 06:30 (horário de Brasília)\nCompartilhar\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["dateline"]) == ("Lucas Henning", None)


def test_the_sites_menu_printed_side_by_side_over_a_row_of_links_is_no_caption():
    page = (f"Landkreis-Zeitung\nfür Ebernhagen und Umgebung\nDonnerstag, 20. Juni 2024\n"
            f"Lokales  Landkreis  Blaulicht  Sport  Wirtschaft  Freizeit\nE-Paper | Abo-Service\n\nBlaulicht & Justiz\n"
            f"Raser muss Führerschein für zwei Jahre abgeben\nVon Tobias Hellwig\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("site, letters", [("KVRN 7 News", "KVRN"), ("WKRV News 12", "WKRV")])
def test_a_stations_letters_in_the_dateline_name_the_site_in_full(site, letters):
    lead = (f"ALDER CREEK, Kan. ({letters}) — The National Weather Service confirmed Sunday that a tornado touched down "
            "north of town late Saturday, damaging dozens of homes.")
    page = f"{site}\nWATCH LIVE\nNews\nWeather\nSports\n\nTornado confirmed near Alder Creek\nBy Jane Roe\n\n{lead}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert (document["capture"]["site"], article["publisher"]) == (site, site)


def test_a_news_agencys_letters_in_the_dateline_stay_the_agencys():
    lead = ("ALDER CREEK, Kan. (AP) — The National Weather Service confirmed Sunday that a tornado touched down north of "
            "town late Saturday, damaging dozens of homes.")
    page = f"AP News Tonight\nNews\nWeather\nSports\n\nTornado confirmed near Alder Creek\nBy Jane Roe\n\n{lead}\n\n{SECOND}\n"
    assert article_of(page)[1]["publisher"] == "AP"


@pytest.mark.parametrize("stamp", ["Publicado hoje às 14:12 · Atualizado hoje às 15:40", "Publicado hoje às 14:12"])
def test_writers_joined_by_and_under_a_deck_without_its_stop_over_a_stamp_without_a_day_sign_the_story(stamp):
    deck = ("Tribunal superior manteve pena de seis anos de prisão efetiva e a obrigação de pagar 1,1 milhões de euros à "
            "Santa Casa de Ponte do Sabugal")
    page = (f"Jornal Horizonte\nAssine já\tEntrar\n\nJUSTIÇA\nRelação confirma condenação de empresário por fraude\n{deck}\n"
            f"Sofia Bragança e Tomás Leal\n{stamp}\nOuvir este artigo\nOferecer artigo\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["summary"], paragraphs(article)[0]) == ("Sofia Bragança e Tomás Leal", [deck], STORY)


@pytest.mark.parametrize("signed, name", [("By Claire Doucette Special to the Lantern", "Claire Doucette"),
                                          ("By Claire Doucette Special to The Maritime Lantern", "Claire Doucette")])
def test_a_contributors_credit_after_the_name_without_a_comma_is_no_part_of_the_byline(signed, name):
    page = (f"The Maritime Lantern\nNews\nArts\nSports\n\nReview: The Tide Keepers is a quiet triumph\n{signed}\n"
            f"Published Nov. 8, 2024\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["publisher"]) == (name, "The Maritime Lantern")


@pytest.mark.parametrize("signed, wire", [("Rafael Montenegro, Estadão Conteúdo", "Estadão Conteúdo"),
                                          ("Jane Roe and John Doe, Reuters", "Reuters")])
def test_the_wire_after_the_writers_names_and_a_comma_is_the_publisher(signed, wire):
    page = (f"MERCADO EM FOCO\nEconomia\nNegócios\n\nVarejista de móveis pede recuperação judicial\n{signed}\n"
            f"11 de junho de 2024 às 20:14\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["byline"], article["publisher"]) == (signed.rpartition(", ")[0], wire)


@pytest.mark.parametrize("first", ["Erstveröffentlichung: 22.12.2023, 07:15 Uhr", "Erstmals veröffentlicht: 22.12.2023, 07:15 Uhr",
                                   "Originally published: 22.12.2023, 07:15"])
def test_when_the_story_first_ran_under_its_updates_stamp_is_its_publication(first):
    page = (f"Radio Seewald\nNachrichten\nVerkehr\n\nLive-Ticker: Sturm über dem Seewald\n"
            f"Aktualisiert: 23.12.2023, 18:42 Uhr\n{first}\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["published"][:10], article["modified"][:10]) == ("2023-12-22", "2023-12-23")


def test_a_note_on_the_writer_over_their_name_and_job_is_no_headline():
    title = "O ônibus das sete nunca chega às sete"
    page = (f"Rádio Cidade Serrana AM 1240\nOUÇA AO VIVO\nNotícias\nColunistas\n\nOPINIÃO\n{title}\n"
            f"A cidade cresceu para os lados, mas o transporte coletivo continua parado nos anos 90\n\n"
            f"Luciana Arraes escreve às terças-feiras\nLuciana Arraes\nJornalista e colunista da Rádio Cidade Serrana\n"
            f"03/10/2023 - 07h00\n\n{STORY}\n\n{SECOND}\n")
    article = article_of(page)[1]
    assert (article["headline"], article["byline"]) == (title, "Luciana Arraes")


def test_a_headline_over_its_subjects_tag_and_the_newsroom_stays_the_headline():
    title = "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee"
    page = f"Battery News\nDownloads\n\n{title}\n\nUltium Cells\n\nAutor: Die Redaktion\n\nVeröffentlicht am 06.12.2022\n\n{STORY}\n"
    assert article_of(page)[1]["headline"] == title


def test_a_match_tickers_minutes_are_not_kept_as_paragraphs():
    text = ("Liveticker: Husum gewinnt das Derby\n\nVon Anna Beispiel\n\n"
            "Die HSG Husum hat das Derby gegen den TSV Marsch mit 29:27 gewonnen und klettert damit auf den vierten Platz.\n\n"
            "60. Min.\n\nSchluss! Die Halle steht Kopf, Husum gewinnt mit zwei Toren Vorsprung.\n\n"
            "59. Min.\n\nTor für Husum, 29:27. Der Siebenmeter sitzt im linken Eck.\n")
    document = parse(text)
    assert "60. Min." not in paragraphs(document["articles"][0])
    assert reasons(document)["60. Min."] == "live-blog-chrome"


def test_a_columns_writer_and_what_they_write_over_its_title_are_no_list_of_stories():
    deck = "Cidades que aboliram a passagem de ônibus mostram que o debate precisa sair do slogan e ir para a planilha"
    story = ("Quando alguém propõe tarifa zero no transporte coletivo de uma metrópole, a primeira reação costuma ser a "
             "mesma: bonito, mas quem paga a conta no fim do mês?")
    document, article = article_of(f"O Mirante Paulista\nMenu\nBusca\nColunas e Blogs\nPatrícia Lemos Arantes\n"
                                   f"Jornalista, escreve às quintas-feiras sobre cidade e mobilidade\n"
                                   f"Tarifa zero não é utopia, é conta de padaria\n{deck}\n31.ago.2023 às 23h15\n{story}\n")
    assert article["headline"] == "Tarifa zero não é utopia, é conta de padaria"
    assert article["byline"] == "Patrícia Lemos Arantes"


@pytest.mark.parametrize("label, name, job, byline", [
    ("Chroniques", "Sophie Tremblay", "Chroniqueuse", "Sophie Tremblay"),  # (the columns' section over the name)
    ("Opinion", "All Opinion", "Columnists", None),  # (a menu's item over its links)
])
def test_the_columns_section_over_a_name_and_job(label, name, job, byline):
    story = ("La campagne électorale tire à sa fin et le tramway de Québec reste le grand absent des débats entre les "
             "chefs, qui préfèrent parler d'autre chose.")
    document, article = article_of(f"Le Fleuve\nActualités\nRégion\nSports\n{label}\n{name}\n{job}\n"
                                   f"Publié le 14 septembre 2022 à 4h00\nTramway de Québec : la campagne qui évite le sujet\n"
                                   f"\n{story}\n")
    assert article["byline"] == byline


_FILM_STORY = ("A new film about the sea opened on Friday in cinemas across the country, and critics were kind to it "
               "in their first reviews.\n\nThe director said she had spent four winters on the coast to film the storms "
               "that open and close it.\n")


@pytest.mark.parametrize("line, publisher", [
    ("Sessão Contínua © 2025 | Estatuto Editorial | Contactos", "Sessão Contínua"),  # (the name before the mark)
    ("Copyright © 2019. Powered by WordPress.", None),
    ("Iscriviti alla newsletter de Il Medico di Casa: ogni lunedì le notizie più importanti.", "Il Medico di Casa"),
    ("Der Buchrevier-Newsletter: Einmal im Monat die besten Neuerscheinungen.", "Buchrevier"),
    ("Suscribite gratis y recibí el newsletter de Ambiente en tu email.", None),  # (a section's newsletter)
    ("Siga o Pulso Vital no Instagram e no TikTok", "Pulso Vital"),
])
def test_the_sites_name_in_its_footer_newsletter_or_follow_prompt_names_the_publisher(line, publisher):
    document, article = article_of(f"Críticas\n\nO mar no cinema\n\n{_FILM_STORY}\n{line}\n")
    assert article["publisher"] == publisher


@pytest.mark.parametrize("byline, publisher", [("Redacción Fotograma Sur", "Fotograma Sur"), ("Redazione Cronaca", None)])
def test_the_newsroom_signing_by_the_sites_name_names_the_publisher(byline, publisher):
    document, article = article_of(f"Críticas\n\nO mar no cinema\n{byline}\n9 de marzo de 2025\n\n{_FILM_STORY}")
    assert article["byline"] == byline and article["publisher"] == publisher


def test_the_site_supported_by_its_audience_names_the_publisher_and_is_no_caption():
    note = ("Tech Loft is supported by its audience. When you purchase through links on our site, we may earn an "
            "affiliate commission. Here's why you can trust us.")
    document, article = article_of(f"{note}\nReviews\nTablets\nSlate 11 review: a lovely screen let down by slow charging\n"
                                   f"Callum Reyes\n2 June 2025\n\n{_FILM_STORY}")
    assert article["publisher"] == "Tech Loft"
    assert not [b for b in article["blocks"] if b["type"] == "figure"]
    assert {r["text"]: r["reason"] for r in document["removed"]}[note] == "site-notice"


def test_the_editorial_by_its_writer_under_the_headline_is_the_byline():
    document, article = article_of(f"La Gazette du Rhône\nÉditorial\nZFE : la méthode avant le calendrier\n"
                                   f"L’éditorial de Jean-Baptiste Corbin\nLe 05/03/2023 à 06:00\n\n{_FILM_STORY}")
    assert article["byline"] == "Jean-Baptiste Corbin" and article["summary"] == []


def test_a_columnists_box_over_the_headline_signs_the_column():
    note = "Abogado constitucionalista y analista político. Escribe los lunes en La Voz."
    story = ("Durante semanas hemos visto las mismas imágenes: vecinos con cubetas formados frente a las pipas, "
             "colonias enteras sin agua y autoridades que prometen soluciones.")
    document, article = article_of(f"La Voz de Anáhuac\nMENÚ\nOpinión\nColumnas\nGerardo Izaguirre Peña\n{note}\n"
                                   f"Ver más columnas\nEl agua de Monterrey no se arregla con pipas\n"
                                   f"lunes 27 de junio de 2022 | 06:00 hrs\n\n{story}\n")
    assert article["byline"] == "Gerardo Izaguirre Peña"
    assert article["headline"] == "El agua de Monterrey no se arregla con pipas"
    assert {r["text"]: r["reason"] for r in document["removed"]}[note] == "author-bio"


def test_an_editorial_signed_by_the_papers_board_under_its_labelled_title():
    document, article = article_of(f"Prairie Dispatch\nSections\nLocal\nAg & Rural\nPolitics\nOpinion\nOPINION | EDITORIAL\n"
                                   f"Editorial: The water board owes Sioux Falls a straight answer on the aquifer\n"
                                   f"The Dispatch Editorial Board\nPublished Oct. 3, 2023 at 5:30 a.m. CDT\n\n{_FILM_STORY}")
    assert article["headline"] == "Editorial: The water board owes Sioux Falls a straight answer on the aquifer"
    assert article["byline"] == "The Dispatch Editorial Board"


def test_a_reviews_publisher_under_its_label_is_still_no_title():
    document, article = article_of(f"Libros\nLa casa del río\nTítulo: La casa del río\nEditorial: Anagrama\n"
                                   f"Por Ana Ruiz\n3 de marzo de 2024\n\n{_FILM_STORY}")
    assert article["headline"] == "La casa del río"


def test_a_score_box_over_the_headline_gives_it_neither_its_scorers_nor_its_stadium():
    story = ("O Alto Minho venceu este sábado o Beira-Serra por 2-0, em jogo da sexta jornada da Liga 2, e subiu ao "
             "segundo lugar da classificação.")
    document, article = article_of("Bancada Central\nFutebol\nLiga 2\nLiga 3\nTaça\nLiga 2 | 6.ª jornada\n"
                                   "CD Alto Minho 2-0 SC Beira-Serra\nFinal\nGolos: Tiago Brandão (31'), Rúben Gaspar (77' g.p.)\n"
                                   "Estádio Municipal de Viana do Castelo\nLiga 2: Alto Minho vence Beira-Serra e sobe ao "
                                   f"segundo lugar\nLusa\n21 set 2024 21:35\n\n{story}\n")
    assert article["headline"] == "Liga 2: Alto Minho vence Beira-Serra e sobe ao segundo lugar"


@pytest.mark.parametrize("kicker", ["Superliga Feminina › 9ª rodada", "Superliga Feminina » 9ª rodada"])
def test_a_competition_and_its_round_parted_by_a_trails_arrow_over_the_headline(kicker):
    story = ("A 9ª rodada da Superliga Feminina teve mudança na ponta da tabela, com a vitória do Cerrado no clássico "
             "disputado no ginásio Nilson Nelson.")
    document, article = article_of(f"Saque & Bloqueio\nSuperliga Feminina\nSeleção\nPraia\nResultados\n{kicker}\n"
                                   f"Cerrado vence clássico em cinco sets e assume a liderança da Superliga\n"
                                   f"Thaís Albuquerque | 07/12/2024 - 09:15\n\n{story}\n")
    assert article["headline"] == "Cerrado vence clássico em cinco sets e assume a liderança da Superliga"


@pytest.mark.parametrize("header, site", [
    ("Handball-Zeitung Nord\nE-Paper\nAbo\nLogin\n", "Handball-Zeitung Nord"),  # (the account's links share its hyphen)
    ("Politik & Gesellschaft\nUmwelt & Klima\nSport & Freizeit\nKultur & Medien\n", None),  # (a menu's items alike)
])
def test_a_hyphenated_name_over_the_accounts_links_is_the_site(header, site):
    story = ("Die HSG Husum hat das Derby gegen den TSV Marsch mit 29:27 gewonnen und klettert damit auf den vierten "
             "Platz der Tabelle.")
    document, article = article_of(f"{header}Husum gewinnt das Nordderby gegen Marsch\nVon Anna Beispiel\n\n{story}\n")
    assert document["capture"]["site"] == site
