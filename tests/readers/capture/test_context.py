"""Short lines judged by their neighbours (synthetic pages)."""

import pytest

from .test_generic import SECOND, STORY, article_of, paragraphs, parse, reasons

HEADLINE = "Council backs plan for new pool on the common"
THIRD = "The pool would open in two years if the plan is approved, the mayor told reporters after the meeting ended."


def headings(article):
    return [b["text"] for b in article["blocks"] if b["type"] == "heading"]


def test_menu_entries_among_widgets_are_navigation():
    page = (f"{HEADLINE}\n\n{STORY}\n\nShare\n\nPartner projects\n\nalpha site\n\nImpressum\n\nOur events\n\nTwitter\n\n"
            f"{SECOND}\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert headings(article) == []
    for line in ("Partner projects", "alpha site", "Our events"):
        assert reasons(document)[line] == "navigation"


def test_a_subhead_between_paragraphs_stays():
    page = f"{HEADLINE}\n\n{STORY}\n\nWhat happens next\n\n{SECOND}\n\nAdvertisement\n\nThe cost\n\n{THIRD}\n"
    document, article = article_of(page)
    assert headings(article) == ["What happens next", "The cost"]


def test_short_lines_after_the_story_and_the_pages_widgets():
    page = f"{HEADLINE}\n\n{STORY}\n\n{SECOND}\n\nShare\n\nWeather today\n\nSport results\n"
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["Sport results"] == "navigation"


def test_a_body_without_prose_is_not_judged():
    page = f"{HEADLINE}\n\nShare\n\nPool plan backed\n\nPrint\n"
    document, article = article_of(page)
    assert "Pool plan backed" not in reasons(document)


def test_a_paragraph_cut_short_by_the_end_of_the_capture_stays():
    page = f"{HEADLINE}\n\n{STORY}\n\nAdvertisement\n\nThe council will meet again on"
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, "The council will meet again on"]


def test_each_line_knows_its_nearest_judged_neighbours():
    from convert.readers.capture.context import _nearest_judged
    kinds = ["good", "short", "neutral", "bad", "short", "short"]
    assert _nearest_judged(kinds) == ["bad", "good", "good", "good", "bad", "bad"]
    assert _nearest_judged(kinds[::-1])[::-1] == ["bad", "bad", "bad", "bad", "bad", "bad"]


def test_a_long_run_of_short_lines_between_two_widgets():
    entries = "\n\n".join(f"Harbour news {i}" for i in range(300))
    document, article = article_of(f"{HEADLINE}\n\n{STORY}\n\nShare\n\n{entries}\n\nPrint\n")
    assert paragraphs(article) == [STORY] and headings(article) == []
    assert sum(item["reason"] == "navigation" for item in document["removed"]) == 300


def test_titles_names_and_dates_after_the_storys_last_prose_are_the_pages():
    # Other stories' titles, the author's name over a note, a list of topics: nothing but the page's end after them.
    page = (f"{HEADLINE}\n\n{STORY}\n\n{SECOND}\n\nLibrary Opens Its New Wing After Long Wait\n\nMarch 2, 2024\n\n"
            "Bus Fares Rise for the First Time in Five Years Across the Valley\n\nTopics\n\nRiverton\n\nSwimming\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND] and headings(article) == []
    assert reasons(document)["Bus Fares Rise for the First Time in Five Years Across the Valley"] == "after-story"
    assert reasons(document)["March 2, 2024"] == "after-story"


def test_what_ends_a_story_stays_after_its_last_prose_but_its_wires_credits():
    ending = ["Work starts in the spring.", "Reporting by Jane Roe; Editing by John Doe", "Source: Reuters"]
    page = f"{HEADLINE}\n\n{STORY}\n\n{SECOND}\n\n" + "\n\n".join(ending) + "\n"
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND, ending[0], ending[2]]
    assert reasons(document)[ending[1]] == "story-credits"
    assert article["publisher"] == "Reuters"


def test_a_count_of_comments_over_a_name_and_a_date_starts_the_comments():
    page = (f"{HEADLINE}\n\n{STORY}\n\n{SECOND}\n\n12 Comments\n\nJohn Smith\n\nMarch 3, 2024 at 4:12 pm\n\n"
            "About time too. The old pool was a disgrace for years and everyone in town knew it.\n\nReply\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["About time too. The old pool was a disgrace for years and everyone in town knew it."] == "comments"


def test_a_count_of_comments_among_the_storys_widgets_ends_nothing():
    page = f"{HEADLINE}\n\n{STORY}\n\n12 Comments\n\nShare\n\n{SECOND}\n\n{THIRD}\n"
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND, THIRD]


OFFER = ["Keep reading for $1", "Explore our full range of subscriptions.", "For individuals",
         "Digital access for organisations. Includes exclusive features and content.", "Why the Valley Courier?"]


def test_the_offer_under_a_paywalls_prompt_is_the_paywalls():
    page = (f"{HEADLINE}\n\n{STORY}\n\n{SECOND}\n\nSubscribe to unlock this article\n\n" + "\n\n".join(OFFER)
            + "\n\nLatest on Valley\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert headings(article) == []
    for line in OFFER:
        assert reasons(document)[line] == "paywall"


def test_the_story_going_on_under_a_paywalls_prompt_keeps_its_short_lines():
    # (a subscriber's copy of the page holds the story under the prompt)
    short = "The mayor said no."
    page = f"{HEADLINE}\n\n{STORY}\n\nAlready a subscriber? Log in\n\n{short}\n\n{THIRD}\n\n{SECOND}\n"
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, short, THIRD, SECOND]


def test_the_storys_labelled_stamp_under_it_dates_a_story_whose_header_gave_none():
    page = (f"Sessellift Hochalm wird generalsaniert\n\n{STORY}\n\n{SECOND}\n\nred, oberkarn\n\nPubliziert am 20.03.2024\n\n"
            "Link:\n\nBergbahnen Brunnbach\n")
    document, article = article_of(page)
    assert article["published"] == "2024-03-20"
    assert paragraphs(article) == [STORY, SECOND]


PT_HEADLINE = "Câmara entrega as chaves das novas casas do bairro da Quinta"
PT_STORY = ("Quarenta famílias receberam esta terça-feira as chaves das novas casas do bairro da Quinta, numa cerimónia "
            "com o presidente da câmara.")
PT_SECOND = "A oposição reconhece a importância do projeto, mas critica os atrasos na entrega das casas às famílias."


def test_the_capture_cut_in_a_list_of_other_stories_titles_ends_with_one_more_of_them():
    page = (f"{PT_HEADLINE}\n\n{PT_STORY}\n\n{PT_SECOND}\n\nMais Vistos\n\n"
            "Tempo: seis distritos sob aviso amarelo por chuva forte a partir de quinta-feira\n\n"
            "Greve dos maquinistas afeta combo\n")
    document, article = article_of(page)
    assert paragraphs(article) == [PT_STORY, PT_SECOND]
    assert reasons(document)["Greve dos maquinistas afeta combo"] == "after-story"


def test_a_cut_sentence_with_a_comma_under_such_a_list_stays():
    page = (f"{PT_HEADLINE}\n\n{PT_STORY}\n\n{PT_SECOND}\n\nMais Vistos\n\n"
            "Tempo: seis distritos sob aviso amarelo por chuva forte a partir de quinta-feira\n\n"
            "A câmara disse, depois da reunião, que as\n")
    document, article = article_of(page)
    assert paragraphs(article)[-1] == "A câmara disse, depois da reunião, que as"


def test_the_capture_cut_in_a_list_of_titles_set_as_headings_ends_with_one_more_of_them():
    page = (f"{PT_HEADLINE}\n\n{PT_STORY}\n\n{PT_SECOND}\n\nRelacionadas\n\n"
            "Metro de superfície terá nova estação na zona norte em 2025\n\n"
            "Motoristas de aplicativo fazem protesto contra nova taxa municipal e bloquei\n")
    document, article = article_of(page)
    assert paragraphs(article) == [PT_STORY, PT_SECOND]


@pytest.mark.parametrize("label, cut", [("LEIA TAMBÉM", "Câmara aprova reajuste do piso dos agentes comunit"),
                                        ("Más información", "Declarado el riesgo máxi")])
def test_the_capture_cut_right_under_a_lists_label_ends_with_its_first_link(label, cut):
    page = f"{PT_HEADLINE}\n\n{PT_STORY}\n\n{PT_SECOND}\n\n{label}\n\n{cut}\n"
    document, article = article_of(page)
    assert paragraphs(article) == [PT_STORY, PT_SECOND]
    assert reasons(document)[cut] == "after-story"


@pytest.mark.parametrize("above", [
    "What the council plans next for the pool",  # a subhead over the story's next paragraph ...
    "09:40\n\nTrains cancelled between Riverton and the coast",  # ... or a live page's entry under its stamp
])
def test_a_paragraph_the_capture_cut_short_under_the_storys_own_lines_stays(above):
    page = f"{HEADLINE}\n\n{STORY}\n\n{SECOND}\n\n{above}\n\nThe mayor told reporters after the meeting that the\n"
    document, article = article_of(page)
    assert paragraphs(article)[-1] == "The mayor told reporters after the meeting that the"


SITE_PAGE = "Skip to content\nCoastline Weekly\nNews\nSport\nWeather\n"


def test_the_sites_note_on_itself_past_the_story_is_a_site_notice():
    note = "Coastline Weekly is part of Seaboard Regional Media and follows its code of conduct."
    page = f"{SITE_PAGE}{HEADLINE}\nBy Jane Roe\n{STORY}\n{SECOND}\nShare\nMost read\n{note}\n"
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND] and reasons(document)[note] == "site-notice"


@pytest.mark.parametrize("between", ["Advertisement\n",  # one line of chrome: an advertisement inside the story
                                     "Share\n09:40\n"])  # a live page's entry under its stamp
def test_the_story_naming_the_site_under_an_advertisement_or_a_live_stamp_stays(between):
    told = "Coastline Weekly asked the council on Monday why the plan had been delayed for a second year."
    page = f"{SITE_PAGE}{HEADLINE}\nBy Jane Roe\n{STORY}\n{between}{told}\n{SECOND}\n"
    document, article = article_of(page)
    assert told in paragraphs(article)


@pytest.mark.parametrize("label, titles", [
    ("MORE FROM GULF LEDGER", ["Dubai property transactions hit quarterly record as off-p"]),  # a label of four words
    ("Sur le même thème", ["Cantines : la l"]),
    # another story's whole title, kept, over the one cut short, right under the label
    ("MÁS NOTICIAS", ["La lonja de Bouzamar cierra agosto con un aumento del 12 % en las ventas de pulpo",
                      "San Roque do Sal celebra este fin de semana su fiesta del"]),
])
def test_the_links_under_a_lists_label_at_the_captures_end_are_no_story(label, titles):
    lines = "\n".join(titles)
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n\n{label}\n{lines}")
    kept = [block.get("text") for block in article["blocks"]]
    assert not any(title in kept for title in titles)
    assert kept[-1] == SECOND


def test_a_code_comment_is_no_lists_label():
    document, article = article_of(f"Write your own loader\n\n{STORY}\n\n{SECOND}\n\n// load-add.js\nconst binary = requir")
    assert article["blocks"][-1]["text"] == "const binary = requir"


def test_a_numbered_list_the_story_leads_in_with_a_colon_under_its_last_paragraph_stays():
    lead_in = "The three best schools in the district this year:"
    items = ["1. Riverton High School: 97.2 %", "2. Lakeside Academy: 88.4 %", "3. Millbrook College: 81.9 %"]
    document = parse(f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n\n{lead_in}\n" + "\n".join(items)
                     + "\nSign up for our newsletter\n© 2024 The Valley Courier\n")
    texts = [block["text"] for block in document["articles"][0]["blocks"]]
    assert lead_in in texts and all(item in texts for item in items)
