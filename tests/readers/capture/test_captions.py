"""Photo captions and credits in the shapes pages print them."""

import pytest

import convert
from convert.readers.capture.captions import (credit_like, glued_credit_at_end, named_for, credit_under_sentence, present_scene, reads_as_scene, scene_sentence, reserved_caption, stock_picture, can_be_caption, caption_parts, gallery_counter, labelled_caption, labelled_picture, numbered_figure,
                                             standalone_credit, describes_picture, without_label)


@pytest.mark.parametrize("text, credit", [
    ("Photo: Jane Roe", "Jane Roe"), ("(AP Photo/Jane Roe)", "AP Photo/Jane Roe"),
    ("Jane Roe | Reuters 2021", "Jane Roe | Reuters 2021"), ("Getty Images", "Getty Images"),
    ("Jane Roe/AFP via Getty Images", "Jane Roe/AFP via Getty Images"),
])
def test_a_credit_on_a_line_of_its_own(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text", ["AFP", "He said it was fine.", "The Mayor | City Hall", "Reuters",
                                  "March 3, 2024 | Jane Roe", "Jane Roe | March 3, 2024"])
def test_not_a_credit_line(text):
    assert standalone_credit(text) is None


def test_a_credit_word_glued_to_a_caption_without_a_full_stop():
    assert caption_parts("Crews clear the flooded road Credit: Jane Roe - The Valley Courier") == (
        None, "Crews clear the flooded road", "Jane Roe - The Valley Courier")
    assert caption_parts("A car in flood water Picture: PA") == (None, "A car in flood water", "PA")


@pytest.mark.parametrize("credit", ["dpa/Karsten Voigt", "epd-bild/Karsten Voigt", "picture alliance/dpa", "KNA/Karsten Voigt"])
def test_a_wire_in_small_letters_a_slash_and_the_photographer_after_the_captions_last_sentence(credit):
    caption = "Präses Gesine Hartwig bei der Eröffnung der Tagung."
    assert caption_parts(f"{caption} {credit}") == (None, caption, credit)


@pytest.mark.parametrize("caption", ["Bischof Clemens Adelhardt (Archivbild)", "Schneeräumpflicht - was man darüber wissen muss"])
def test_the_copyright_sign_glued_to_the_captions_last_word_or_bracket_opens_its_credit(caption):
    assert caption_parts(f"{caption}© KNA/Martina Roth") == (None, caption, "KNA/Martina Roth")


def test_a_photographer_and_agency_after_the_captions_last_sentence():
    assert caption_parts("Rescue workers search the rubble in Kyiv on Monday. Jane Roe/Getty Images") == (
        None, "Rescue workers search the rubble in Kyiv on Monday.", "Jane Roe/Getty Images")
    assert caption_parts("He said it was an either/or choice. Then he left.") is None
    assert caption_parts("Officials met on Monday to discuss the plan. Council/Mayor") is None


@pytest.mark.parametrize("text, length", [("2 Police at the scene", 2), ("12 A man was found", 3),
                                          ("10 Downing Street on Monday", 0), ("2020 was a hard year", 0),
                                          ("Police at the scene", 0), ("1 of 4 | Police at the scene", 9),
                                          ("3 von 12 Polizisten am Tatort", 9), ("2 / 9 · Police at the scene", 8),
                                          ("1 de 4 personas sufre", 0), ("1/4 cup of sugar", 0),
                                          ("Foto 1 de 3 — Barco de pesca encalhado", 14),
                                          ("Immagine 2 di 5 | Il ponte", 18), ("Foto: Jane Roe", 0),
                                          ("Photo 3 of 12 shows the bridge", 0)])
def test_a_gallerys_picture_counter(text, length):
    assert gallery_counter(text) == length


@pytest.mark.parametrize("text, credit", [("Jane Roe/Reuters", "Jane Roe/Reuters"), ("Khaled Roe / AFP", "Khaled Roe / AFP"),
                                          ("City Hall/Council", None)])
def test_a_photographer_and_agency_on_a_line_of_their_own(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text, credit", [
    ("Residents queue outside the town hall on Monday. [Jane Roe/Reuters]", "Jane Roe/Reuters"),
    ("Residents queue outside the town hall on Monday. Photo by Jane Roe", "Jane Roe"),
    ("Residents queue outside the town hall on Monday. Getty Images", "Getty Images"),
    ("Residents queue outside the town hall on Monday. — Jane Roe/Reuters", "Jane Roe/Reuters"),
    ("Residents queue outside the town hall on Monday. Jane Roe / The Valley Courier", "Jane Roe / The Valley Courier"),
    ("Residents queue outside the town hall on Monday. Photographer: Jane Roe/Bloomberg", "Jane Roe/Bloomberg"),
    ("Residents queue outside the town hall on Monday. PHOTO BY JANE ROE", "JANE ROE"),
    ("Residents queue outside the town hall on Monday. PHOTO | JANE ROE | VC", "JANE ROE | VC"),
    ("Residents queue outside the town hall on Monday. PHOTOS COURTESY OF JANE ROE", "JANE ROE"),
])
def test_more_shapes_of_a_credit_after_the_captions_last_sentence(text, credit):
    assert caption_parts(text) == (None, "Residents queue outside the town hall on Monday.", credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("‘A room that asks nothing of you.’ Illustration: Jane Roe/The Courier", "‘A room that asks nothing of you.’",
     "Jane Roe/The Courier"),
    ("“We cleared the house in an hour.” Photograph: Jane Roe/AP", "“We cleared the house in an hour.”", "Jane Roe/AP"),
])
def test_a_quote_as_a_pictures_caption_its_credit_labelled_after_it(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("Imagen de la nave tras la extinción del fuego. B. Castaño", "Imagen de la nave tras la extinción del fuego.", "B. Castaño"),
    ("Il sindaco durante la cerimonia in piazza. M. Rossi", "Il sindaco durante la cerimonia in piazza.", "M. Rossi"),
])
def test_a_photographers_initial_and_surname_after_the_captions_stop(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", ["I urge the council to think again before it is too late for all of us. J. Roe",
                                  "The council met on Monday. It agreed to the plan. J. Roe"])
def test_a_letter_signed_with_an_initial_or_several_sentences_are_no_caption(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Il fiume in piena nell'entroterra anconetano Foto Gazzetta Adriatica", "Il fiume in piena nell'entroterra anconetano",
     "Gazzetta Adriatica"),
    ("Una sede dell'istituto in centro Foto Ansa", "Una sede dell'istituto in centro", "Ansa"),
])
def test_the_pictures_word_without_its_colon_before_the_credit(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", ["He showed the Photo Album Collection", "Visitors queued at the Photo Booth"])
def test_a_noun_after_the_pictures_word_is_no_credit(text):
    assert caption_parts(text) is None


def test_a_copyright_signs_credit_then_the_caption_after_a_spaced_slash():
    text = "© Agi / Container on the quay in the port of Gioia Tauro"
    assert caption_parts(text) == (None, "Container on the quay in the port of Gioia Tauro", "Agi")


@pytest.mark.parametrize("text", ["© 2024 Valley Courier / All rights reserved", "© Atruvia / Quadriga / Jane Roe",
                                  "© Valley Courier / Mediahuis Group Regional Newspapers Ltd"])
def test_a_copyright_line_or_a_chain_of_credits_is_no_caption(text):
    assert caption_parts(text) is None


def test_quoted_speech_ending_in_an_aside_is_no_caption():
    assert caption_parts("“We cleared the house in an hour,” she said (in the end).") is None


def test_a_separator_between_caption_and_credit_is_neither():
    assert caption_parts("Residents queue outside the town hall on Monday. | Photo credit: Jane Roe") == (
        None, "Residents queue outside the town hall on Monday.", "Jane Roe")


@pytest.mark.parametrize("text", [
    "Officials met on Monday to discuss the plan. Council/Mayor",
    "The council said it would decide in June. Residents hope for a yes",
    "Residents queue outside the town hall on Monday. The Getty Images archive",
])
def test_a_sentence_with_more_text_after_it_is_not_a_captioned_photo(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, credit", [("© Jane Roe", "Jane Roe"), ("© 2024 The Valley Courier", None),
                                          ("© Copyright The Valley Courier", None)])
def test_an_owner_under_a_caption_is_its_credit_a_pages_notice_is_not(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text, caption, credit", [
    ("Residents queue outside the town hall on Monday.Jane Roe/Reuters", "Residents queue outside the town hall on Monday.",
     "Jane Roe/Reuters"),
    ("Residents queue outside the town hall Jane Roe/Reuters", "Residents queue outside the town hall", "Jane Roe/Reuters"),
    ("Residents queue outside the town hall on Monday. Jane Roe, The Valley Courier",
     "Residents queue outside the town hall on Monday.", "Jane Roe, The Valley Courier"),
    ("Residents queue outside the town hall on Monday. Reuters", "Residents queue outside the town hall on Monday.",
     "Reuters"),
])
def test_a_credit_run_onto_the_caption(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", [
    "Residents queue outside the town hall on Monday. Recommended Stories",
    "He said it was over. John Smith",
    "Officials said the plan was approved. The Mayor Of",
])
def test_text_after_a_sentence_that_is_no_credit(text):
    assert caption_parts(text) is None


def test_the_last_line_of_a_capture_cut_off_after_a_sentence_is_no_caption():
    assert caption_parts("Officials met on Monday to talk. Reuters", is_last=True) is None


@pytest.mark.parametrize("tail, caption, credit", [
    (" Jane Roe for The Valley Courier", "Residents queue outside the town hall on Monday.", "Jane Roe for The Valley Courier"),
    (" - Copyright Jane Roe/AP", "Residents queue outside the town hall on Monday.", "Jane Roe/AP"),
    (" © Jane Roe", "Residents queue outside the town hall on Monday.", "Jane Roe"),
    (" Pic: Reuters", "Residents queue outside the town hall on Monday.", "Reuters"),
])
def test_an_owner_a_commission_or_a_short_label_before_the_credit(tail, caption, credit):
    assert caption_parts("Residents queue outside the town hall on Monday." + tail) == (None, caption, credit)


def test_a_slash_between_caption_and_credit_belongs_to_neither():
    assert caption_parts("Residents queue outside the town hall / Credit: Getty Images") == (
        None, "Residents queue outside the town hall", "Getty Images")


@pytest.mark.parametrize("tail, credit", [
    (".Foto: Jane Roe/Reuters", "Jane Roe/Reuters"),  # glued to the stop
    (". Bild: © Jane Roe/AdobeStock", "Jane Roe/AdobeStock"),  # a label inside another
    (". (Foto: Valley Press)", "Valley Press"),
    (". (Image credit: Valley Games)", "Valley Games"),
    (". (Image source: X/@valleygames)", "X/@valleygames"), (". Photo source: Jane Roe", "Jane Roe"),
    (". (Picture by Jane Roe)", "Jane Roe"),
    (". Photo AFP", "AFP"),  # the label without its colon
    (". Photo / Jane Roe", "Jane Roe"),
    (". Fotos: Jane Roe", "Jane Roe"),
    (". Crédit photo : Jane Roe", "Jane Roe"),
    (". Credit Credit Jane Roe/The Valley Courier", "Jane Roe/The Valley Courier"),  # a credit word without a colon
])
def test_credit_labels_in_other_words_and_languages(tail, credit):
    assert caption_parts("Residents queue outside the town hall on Monday" + tail) == (
        None, "Residents queue outside the town hall on Monday.", credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("Residents queue outside the town hall - Jane Roe/Valley Courier", "Residents queue outside the town hall",
     "Jane Roe/Valley Courier"),
    ("President Jane Roe speaks in Lima / AFP", "President Jane Roe speaks in Lima", "AFP"),
    ("Residents queue outside the town hall | picture alliance", "Residents queue outside the town hall",
     "picture alliance"),
])
def test_a_separator_before_a_photographer_or_picture_service(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", [
    "Shoppers with store Credit Cards paid more in fees than the year before",  # "Credit" as a word of the sentence
    "Service engineer for the northern region (m/w/d)",  # a job advert's tag, no credit
    "Residents queue outside the town hall - and/or the library",
    "The minister met the mayor in Lima / Peru",
])
def test_shapes_near_a_credit_that_are_not_one(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, credit", [
    ("Credit: Photo: PA", "PA"), ("(Image credit: Valley Games)", "Valley Games"),
    ("Credit Jane Roe/Getty Images", "Jane Roe/Getty Images"), ("Illustration: Jane Roe/Axios", "Jane Roe/Axios"),
    ("picture alliance | Jane Roe", "picture alliance | Jane Roe"), ("Foto: © Jane Roe", "Jane Roe"),
    ("Video: Watch the vote", None), ("Quelle: dpa", None), ("Credit Cards", None),
])
def test_more_credits_on_a_line_of_their_own(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe", True), ("Residents queue outside the town hall", True), ("E-Mail", False), ("Read more", False),
    ("21.01.2022 - 13:30", False), ("https://example.org/a-story", False), ("By Jane Roe", False),
])
def test_what_can_be_a_caption_above_a_credit_line(text, expected):
    assert can_be_caption(text) is expected


@pytest.mark.parametrize("text, caption, credit", [
    ("Residents queue outside the town hall on Monday. picture alliance | Jane Roe",
     "Residents queue outside the town hall on Monday.", "picture alliance | Jane Roe"),
    ("Residents queue outside the town hall on Monday. Shutterstock/janeroe",
     "Residents queue outside the town hall on Monday.", "Shutterstock/janeroe"),
    ("Residents queue outside the town hall on Monday, March 3, 1974. National Archives",
     "Residents queue outside the town hall on Monday, March 3, 1974.", "National Archives"),
    ("Residents queue outside the town hall on a wet morning Getty Images",
     "Residents queue outside the town hall on a wet morning", "Getty Images"),
    ("Residents queue outside the town hall on a wet morning Jane Roe via Getty Images",
     "Residents queue outside the town hall on a wet morning", "Jane Roe via Getty Images"),
])
def test_a_picture_service_or_archive_closing_a_caption(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", ["Residents say the queue was long. Council/mayor",
                                  "Residents queue outside the town hall to see Getty Images staff"])
def test_a_service_named_in_a_sentence_is_no_credit(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text", ["Sign in with your account to comment. (Log out / Change)",
                                  "Bild: Jane Roe via Unsplash"])
def test_a_page_control_or_a_label_is_no_caption(text):
    assert caption_parts(text) is None


def test_an_agency_in_capitals_before_the_photographer():
    assert caption_parts("Residents queue outside the town hall on Monday (REUTERS/Jane Roe)") == (
        None, "Residents queue outside the town hall on Monday", "REUTERS/Jane Roe")


def test_a_credit_word_and_an_ellipsis():
    assert caption_parts("Residents queue outside the town hall on Monday.Credit...Jane Roe for The Valley Courier") == (
        None, "Residents queue outside the town hall on Monday.", "Jane Roe for The Valley Courier")
    assert caption_parts("Residents queue outside the town hall Credit…Jane Roe/Reuters") == (
        None, "Residents queue outside the town hall", "Jane Roe/Reuters")


def test_a_source_line_is_no_credit_of_the_line_above():
    assert standalone_credit("Image source, Getty Images") is None


def test_a_credit_word_printed_twice_and_glued():
    assert caption_parts("Crews clear the flooded road on Monday.CreditCreditJane Roe/The Valley Courier") == (
        None, "Crews clear the flooded road on Monday.", "Jane Roe/The Valley Courier")
    assert standalone_credit("CreditJane Roe/Getty Images") == "Jane Roe/Getty Images"


@pytest.mark.parametrize("text, credit", [
    ("Credit...Jane Roe for The Valley Courier", "Jane Roe for The Valley Courier"),
    ("Credit…Jane Roe/Reuters", "Jane Roe/Reuters"), ("Credit...Getty Images", "Getty Images"),
])
def test_a_credit_after_its_label_and_an_ellipsis_on_a_line_of_its_own(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text", ["Hans Müller/dpa", "dpa/Hans Müller", "© dpa/Hans Müller", "Jeanne Roux/epd"])
def test_a_wire_that_writes_its_name_in_small_letters_credits_a_picture(text):
    assert standalone_credit(text) == text.lstrip("© ")


@pytest.mark.parametrize("text", ["Politik/Wirtschaft", "News/dpa", "dpa"])
def test_sections_and_a_wire_alone_are_no_such_credit(text):
    assert standalone_credit(text) is None


def test_a_caption_with_the_copyright_of_a_wire_in_small_letters():
    assert caption_parts("Anwohner versammeln sich am Montag vor dem Rathaus. © dpa/Hans Müller") == (
        None, "Anwohner versammeln sich am Montag vor dem Rathaus.", "dpa/Hans Müller")


def test_a_sentence_after_a_credit_label_is_no_credit():
    assert standalone_credit("Credit...The council voted on Monday to approve it.") is None


def test_a_name_and_its_organisation_on_either_side_of_a_bar_is_a_credit_only_under_a_caption():
    assert standalone_credit("Jane Roe | The Valley Courier") is None
    assert standalone_credit("Jane Roe | The Valley Courier", under_caption=True) == "Jane Roe | The Valley Courier"
    assert standalone_credit("By Jane Roe | The Valley Courier", under_caption=True) is None  # (a byline)
    assert standalone_credit("Local News | The Valley Courier", under_caption=True) is None  # (a section, then the site)


def test_a_sentence_that_says_who_told_it_then_a_wires_tag_is_no_caption():
    assert caption_parts("The road stays closed for a week, officials said. (Reuters)") is None
    assert caption_parts("Firefighters at the scene of the blaze in Riverton on Tuesday. (Reuters)") is not None


def test_a_picture_label_with_a_bar_for_its_colon_is_a_credit_under_a_caption():
    assert standalone_credit("Foto | Cortesía Alcaldía de Valdelobos", under_caption=True) == "Cortesía Alcaldía de Valdelobos"
    assert standalone_credit("Foto | Marta Ruiz Olmedo", under_caption=True) == "Marta Ruiz Olmedo"
    assert standalone_credit("Fotos | Videos", under_caption=True) is None  # (a menu's sections)
    assert standalone_credit("Foto | Video | Audio", under_caption=True) is None
    assert standalone_credit("Foto | Los vecinos salieron a la calle para protestar por el corte.", under_caption=True) is None


@pytest.mark.parametrize("credit", ["Cortesía Alcaldía de San Telmo Alto", "Marta Ruiz Olmedo"])
def test_a_caption_over_its_label_and_credit_after_a_bar_is_a_figure(credit):
    text = ("LA VOZ DEL VALLE\nRegión\nDeslizamiento deja sin paso a tres veredas de Valdelobos\n"
            "Por: Marta Ruiz Olmedo\nValdelobos | 2024-02-26\n\n"
            "El derrumbe cubrió unos 40 metros de la vía entre Valdelobos y la vereda El Pinar.\n"
            f"Foto | {credit}\n\n"
            "Unas 200 familias de tres veredas de Valdelobos quedaron sin paso desde la noche del domingo, cuando un "
            "deslizamiento de tierra sepultó la única vía que las une con el casco urbano.\n")
    article = convert.parse_bytes(text.encode(), "gen.txt", format="capture")["articles"][0]
    figures = [block for block in article["blocks"] if block["type"] == "figure"]
    assert [(f["caption"], f["credit"]) for f in figures] == [
        ("El derrumbe cubrió unos 40 metros de la vía entre Valdelobos y la vereda El Pinar.", credit)]
    assert article["blocks"][-1]["text"].startswith("Unas 200 familias")


def test_a_name_and_whom_they_work_for_is_a_credit_only_under_a_caption():
    assert standalone_credit("Jane Roe/The Valley Courier") is None
    assert standalone_credit("Jane Roe/The Valley Courier", under_caption=True) == "Jane Roe/The Valley Courier"


def test_an_initialism_closing_a_caption_without_a_stop_is_its_credit():
    assert caption_parts("The flood map of the valley that the survey released on Monday (VGS)") == (
        None, "The flood map of the valley that the survey released on Monday", "VGS")


@pytest.mark.parametrize("text", [
    "He met the head of the Valley Water Board (VWB)",  # the name the initials abbreviate
    "Questions and Answers (FAQ)",  # a menu entry, not a caption's sentence
    "The flood map of the valley that the survey released on Monday. (VGS)",  # after a stop: a sign-off
])
def test_an_initialism_that_is_no_credit(text):
    assert caption_parts(text) is None


def test_a_social_media_account_and_a_two_word_label_after_a_bar():
    assert caption_parts("Residents walk past the old pool on Monday. (X/@janeroe)")[2] == "X/@janeroe"
    assert caption_parts("Residents walk past the old pool on Monday | Photo Credit: Jane Roe")[1:] == (
        "Residents walk past the old pool on Monday", "Jane Roe")


def test_a_paragraph_reporting_speech_is_no_caption_of_the_credit_under_it():
    assert not can_be_caption("The council will build the pool on the common next year, the mayor said on Thursday.")
    assert can_be_caption("The mayor at the old pool on the common on Thursday.")


@pytest.mark.parametrize("text, caption, credit", [
    ("Jane Roe. Photographer: John Doe/Valley Photos", "Jane Roe.", "John Doe/Valley Photos"),
    ("Mayor Jane Roe. Foto: John Doe", "Mayor Jane Roe.", "John Doe"),
])
def test_a_portrait_captioned_with_a_name_alone_when_a_word_labels_the_credit(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", ["Council meets. Source: Valley Courier", "Roe. Photo: John Doe"])
def test_a_name_before_a_texts_source_or_one_word_is_no_caption(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Vecinos en el pleno del jueves. JUAN PÉREZ", "Vecinos en el pleno del jueves.", "JUAN PÉREZ"),
    ("Des habitants au conseil, jeudi. JEAN DUPONT POUR « LA GAZETTE »", "Des habitants au conseil, jeudi.",
     "JEAN DUPONT POUR « LA GAZETTE »"),
    ("Residents at the meeting on Thursday. JOHN DOE/VALLEY PHOTOS", "Residents at the meeting on Thursday.",
     "JOHN DOE/VALLEY PHOTOS"),
])
def test_a_photographers_name_in_capitals_after_the_captions_sentence(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", ["He wrote it down at last. UNDERSTATEMENT OF THE YEAR",
                                  "The mayor said the doors open at 9. ROOM 101"])
def test_a_sentence_or_a_number_in_capitals_is_no_credit(text):
    assert caption_parts(text) is None


def test_photo_by_in_parentheses_after_a_caption_without_a_stop():
    assert caption_parts("Residents at the council meeting (Photo by Jane Roe/Getty Images)") == (
        None, "Residents at the council meeting", "Jane Roe/Getty Images")


def test_a_credit_word_in_capitals_glued_to_a_caption():
    assert caption_parts("Residents at the council meeting in Riverton CREDIT: Jane Roe") == (
        None, "Residents at the council meeting in Riverton", "Jane Roe")


@pytest.mark.parametrize("text, caption, credit", [
    ("(Photo: Jane Roe/Reuters) Residents queue outside the town hall on Monday.",
     "Residents queue outside the town hall on Monday.", "Jane Roe/Reuters"),  # the credit first
    ("(Photo Jean-Luc Ravel) Odile Ferrand dans son atelier lyonnais, en 2012.",
     "Odile Ferrand dans son atelier lyonnais, en 2012.", "Jean-Luc Ravel"),  # ... without the label's colon
    ("Residents queue outside the town hall on Monday. Image via Jane Roe", "Residents queue outside the town hall on Monday.",
     "Jane Roe"),
    ("Residents queue outside the town hall on Monday. Courtesy: Valley Council",
     "Residents queue outside the town hall on Monday.", "Valley Council"),
    ("Residents queue outside the town hall on Monday. © 2024 Jane Roe", "Residents queue outside the town hall on Monday.",
     "Jane Roe"),  # the year of the owner's mark
])
def test_credits_first_via_courtesy_and_with_a_year(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("Il sindaco durante la seduta del consiglio comunaleFoto Studio Riva",
     "Il sindaco durante la seduta del consiglio comunale", "Studio Riva"),
    ("Der Bürgermeister bei der Sitzung des GemeinderatsFoto: Hans Roth", "Der Bürgermeister bei der Sitzung des Gemeinderats",
     "Hans Roth"),
])
def test_the_pictures_word_glued_to_the_captions_last_small_letter(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_the_word_for_a_picture_inside_a_brand_after_a_sentence_is_no_credit():
    assert caption_parts("The council met on Monday to discuss the new pool and the InstaPhoto app. The vote was close.") is None


def test_a_capitalised_word_after_photo_in_brackets_first_is_no_credit_without_a_caption_after_it():
    assert caption_parts("(Photo Gallery)") is None


def test_an_agency_tag_before_a_sentence_is_no_leading_credit():
    assert caption_parts("(Reuters) The council voted on Thursday to build a pool on the common.") is None


def test_a_credit_with_two_slashes_after_the_captions_sentence():
    assert caption_parts("Residents queue outside the town hall on Monday. Jane Roe / Valley News / Reuters") == (
        None, "Residents queue outside the town hall on Monday.", "Jane Roe / Valley News / Reuters")


@pytest.mark.parametrize("text, caption, credit", [
    ("Residents queue outside the town hall on Monday. Photo courtesy of Jane Roe",
     "Residents queue outside the town hall on Monday.", "Jane Roe"),
    ("Residents queue outside the town hall on Monday. Photo provided by the Valley Council",
     "Residents queue outside the town hall on Monday.", "the Valley Council"),
    ("Residents queue outside the town hall on Monday. (Supplied)", "Residents queue outside the town hall on Monday.",
     "Supplied"),
    ("Residents queue outside the town hall on Monday. Supplied by Jane Roe",
     "Residents queue outside the town hall on Monday.", "Jane Roe"),
    ("Residenti in coda davanti al municipio lunedì. (foto Jane Roe)", "Residenti in coda davanti al municipio lunedì.",
     "Jane Roe"),  # the label word in lower case, without its colon, before a name
    ("Residenti in coda davanti al municipio lunedì. Foto Ansa", "Residenti in coda davanti al municipio lunedì.", "Ansa"),
    ("Residenti in coda davanti al municipio lunedì - ANSA", "Residenti in coda davanti al municipio lunedì", "ANSA"),
])
def test_credits_given_provided_or_named_after_a_label_word(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_an_agency_after_a_dash_under_the_story_signs_it():
    assert caption_parts("Talks on the new pool resume at the town hall on Monday - AFP", is_last=True) is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Residents queue outside the town hall on MondayJANE ROE/REUTERS", "Residents queue outside the town hall on Monday",
     "JANE ROE/REUTERS"),
    ("Residents queue outside the town hall in 2024Jane Roe/The Valley Courier",
     "Residents queue outside the town hall in 2024", "Jane Roe/The Valley Courier"),
    ("Residents queue outside the town hall in Riverton.CreditJane Roe/The Valley Courier",
     "Residents queue outside the town hall in Riverton.", "Jane Roe/The Valley Courier"),
])
def test_a_credit_glued_to_the_captions_last_word(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_name_written_in_one_word_is_no_glued_credit():
    # "RivertonLand" is the tourist board's name, not a caption glued to a credit.
    parts = caption_parts("Harbour walk © RivertonLand Tourism / Jane Roe")
    assert parts is None or parts[2].startswith("RivertonLand")


def test_a_caption_labelled_without_a_comma():
    assert labelled_caption("Media caption Mr Roe told reporters that the pool would open in June") == (
        "Mr Roe told reporters that the pool would open in June")
    assert labelled_caption("Image captions are written by the picture desk") is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Residents queue outside the town hall in Riverton Jane Roe/Reuters",
     "Residents queue outside the town hall in Riverton", "Jane Roe/Reuters"),
    ("Residents queue outside the town hall in New Riverton Jane Roe / Reuters",
     "Residents queue outside the town hall in New Riverton", "Jane Roe / Reuters"),
    ("Residents queue outside the town hall Jane Roe/Reuters", "Residents queue outside the town hall", "Jane Roe/Reuters"),
])
def test_a_place_the_caption_names_before_the_photographer(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_photographers_name_before_the_bar_and_the_agency_after_it():
    assert caption_parts("Residents queue outside the town hall on Monday. Jane Roe | Reuters 2024") == (
        None, "Residents queue outside the town hall on Monday.", "Jane Roe | Reuters 2024")


def test_a_label_word_then_the_publication_and_the_photographer_in_parentheses():
    assert caption_parts("Los vecinos hacen fila frente al ayuntamiento el lunes. (Foto Diario del Valle: Ana Ruiz)") == (
        None, "Los vecinos hacen fila frente al ayuntamiento el lunes.", "Diario del Valle: Ana Ruiz")


@pytest.mark.parametrize("text, caption, credit", [
    ("Photo: Jane Roe. Residents queue outside the town hall on Monday.",
     "Residents queue outside the town hall on Monday.", "Jane Roe"),
    ("Bild: pixabay Ein Gericht ist kein Ort für Streit", "Ein Gericht ist kein Ort für Streit", "pixabay"),
])
def test_a_labelled_credit_before_the_caption_without_parentheses(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_label_before_a_caption_with_no_credit_names_none():
    assert caption_parts("Photo: Residents queue outside the town hall on Monday.") is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Le maire s'adresse aux habitants devant la mairie. (Photo : Jeanne Roux)",
     "Le maire s'adresse aux habitants devant la mairie.", "Jeanne Roux"),  # a space before the colon, in French
    ("Il sindaco parla con i residenti davanti al municipio - Foto LaPresse",
     "Il sindaco parla con i residenti davanti al municipio", "LaPresse"),  # the word for a picture, no colon
    ("The mayor speaks to residents outside the town hall. Photo Jane Roe",
     "The mayor speaks to residents outside the town hall.", "Jane Roe"),
])
def test_a_credit_labelled_without_its_colon_or_with_a_space_before_it(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_picture_word_alone_after_a_sentence_is_no_credit():
    assert caption_parts("The mayor speaks to residents outside the town hall. Photo booth") is None


@pytest.mark.parametrize("text", ["Opinion | Why the Town Needs a New Pool", "Analysis | The Post Office Is Failing Rural Towns"])
def test_a_title_with_a_picture_services_word_after_a_bar_is_no_credit(text):
    assert standalone_credit(text) is None


@pytest.mark.parametrize("text, caption, credit", [
    ("O prefeito conversa com moradores. Divulgação/Prefeitura de Vale", "O prefeito conversa com moradores.",
     "Divulgação/Prefeitura de Vale"),  # a handout, as Brazilian pages credit it
    ("O prefeito conversa com moradores - Reprodução/TV Globo", "O prefeito conversa com moradores", "Reprodução/TV Globo"),
    ("O prefeito conversa com moradores (Foto: Arquivo pessoal)", "O prefeito conversa com moradores", "Arquivo pessoal"),
    ("El alcalde habla con los vecinos (Cortesía)", "El alcalde habla con los vecinos", "Cortesía"),
    ("The mayor speaks to residents outside the town hall. Photo courtesy Valley Council",
     "The mayor speaks to residents outside the town hall.", "Valley Council"),
])
def test_handouts_and_courtesy_credits(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("Vista da ponte interditada na manhã desta terça-feiraDivulgação/Defesa Civil",
     "Vista da ponte interditada na manhã desta terça-feira", "Divulgação/Defesa Civil"),
    ("Moradores acompanham o desfile na avenida centralReprodução/TV Vale", "Moradores acompanham o desfile na avenida central",
     "Reprodução/TV Vale"),
])
def test_a_handouts_credit_glued_to_the_captions_last_word(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("Il sindaco durante la presentazione del progetto | Foto di Enrico Sabatini",
     "Il sindaco durante la presentazione del progetto", "Enrico Sabatini"),
    ("El alcalde durante la inauguración del puente | Foto de Ana Ruiz", "El alcalde durante la inauguración del puente",
     "Ana Ruiz"),
])
def test_the_picture_word_and_by_whom_after_a_bar_leave_the_photographer(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_handouts_word_inside_a_sentence_is_no_glued_credit():
    assert caption_parts("A clínica de Reprodução/Fertilidade do hospital atende às terças") is None


@pytest.mark.parametrize("text, credit", [("Photo courtesy: Caddo Parish Sheriff's Office", "Caddo Parish Sheriff's Office"),
                                          ("Image courtesy: NASA", "NASA")])
def test_the_courtesy_label_with_its_colon_on_a_credits_own_line(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text", ["Maria Roth (l.) und Anna Weiß mit dem Künstler vor dem Rathaus",
                                  "Der Rat (v.l.n.r.) bei der Sitzung", "The council members (L-R) at the meeting",
                                  "El alcalde (izq.) con los vecinos"])
def test_where_someone_stands_as_the_languages_abbreviate_it(text):
    from convert.readers.capture.captions import says_who_is_pictured
    assert says_who_is_pictured(text)


@pytest.mark.parametrize("text, caption, credit", [
    ("Die alte Mühle im Tal. Hans Müller/CC BY-SA 4.0", "Die alte Mühle im Tal.", "Hans Müller/CC BY-SA 4.0"),
    ("The old mill in the valley - Jane Roe/CC BY 2.0", "The old mill in the valley", "Jane Roe/CC BY 2.0"),
    ("The old mill in the valley (CC BY-SA 3.0)", "The old mill in the valley", "CC BY-SA 3.0"),
])
def test_a_pictures_free_licence_marks_its_credit(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_caption_with_its_own_credit_after_a_bar_is_no_credit_of_the_line_above():
    text = "Rep. Mark Meadows. | Alex Wong/Getty Images"
    assert standalone_credit(text) is None
    assert caption_parts(text) == (None, "Rep. Mark Meadows.", "Alex Wong/Getty Images")


@pytest.mark.parametrize("text, caption, credit", [
    ("Wer die Äste immer wieder auf die Wege zieht, ist unklar (Symbolbild).",
     "Wer die Äste immer wieder auf die Wege zieht, ist unklar", "Symbolbild"),
    ("A man walks past the closed bank in the town centre (File photo).",
     "A man walks past the closed bank in the town centre", "File photo"),
    ("Un homme passe devant la banque fermée (Photo d'illustration).",
     "Un homme passe devant la banque fermée", "Photo d'illustration"),
])
def test_the_mark_of_an_illustration_or_a_file_photo_before_the_stop(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_wire_in_parentheses_before_the_stop_is_no_such_mark():
    assert caption_parts("The council said it would vote again in June (AP).") is None


def test_a_news_agencys_name_in_small_letters_in_parentheses_closes_a_caption():
    text = "Il sindaco durante la conferenza stampa di lunedì (Ansa)"
    assert caption_parts(text) == (None, "Il sindaco durante la conferenza stampa di lunedì", "Ansa")
    assert caption_parts(text, is_last=True) is None  # (under the story's last prose: its sign-off)


@pytest.mark.parametrize("tail, credit", [
    ("Staff photo by Jane Roe", "Jane Roe"), ("Pool photo by Jane Roe", "Jane Roe"),
    ("(Photo illustration by Jane Roe)", "Jane Roe"), ("(Photo courtesy of Jane Roe)", "Jane Roe"),
    ("(Photo/Jane Roe)", "Jane Roe"), ("(Jane Roe for The Valley Courier)", "Jane Roe for The Valley Courier"),
    ("Jane Roe/The Valley Courier/TNS", "Jane Roe/The Valley Courier/TNS"), ("File photo", "File photo"),
    ("Jane Roe | The Valley Courier", "Jane Roe | The Valley Courier"),
])
def test_who_took_a_picture_and_for_whom_after_the_captions_sentence(tail, credit):
    caption = "Residents queue outside the town hall on Monday."
    assert caption_parts(f"{caption} {tail}") == (None, caption, credit)


def test_more_than_one_slash_between_names_with_digits_is_no_credit():
    assert caption_parts("Peace reigned for a thousand years across the worlds. [MPH SP / MP2 SP / MP3 SP]") is None


@pytest.mark.parametrize("text, credit", [("Photo by Jane Roe", "Jane Roe"), ("Staff photo by Jane Roe", "Jane Roe"),
                                          ("Illustration by Jane Roe", "Jane Roe")])
def test_who_took_a_picture_on_a_line_of_its_own(text, credit):
    assert standalone_credit(text) == credit


def test_a_quote_is_no_caption_of_the_credit_under_it():
    assert not can_be_caption("“You won’t get anything close to what you paid for,” one buyer complained.")


@pytest.mark.parametrize("tail, credit", [
    (" (Submitted photo)", "Submitted photo"), (" (Provided)", "Provided"), (" Submitted", "Submitted"),
    (" Photo supplied", "Photo supplied"), (" (Contributed)", "Contributed"),
])
def test_a_picture_the_paper_was_given(tail, credit):
    caption = "Residents queue outside the town hall on Monday."
    assert caption_parts(caption + tail) == (None, caption, credit)


def test_a_picture_service_after_a_caption_with_stops_inside_it():
    caption = "Residents queue outside the town hall in Riverton, N.J., on Monday, March 4, 2024"
    assert caption_parts(f"{caption} AFP via Getty Images") == (None, caption, "AFP via Getty Images")


@pytest.mark.parametrize("tail, credit", [("Getty Images", "Getty Images"), ("Photo: Jane Roe", "Jane Roe")])
def test_a_credit_glued_to_the_date_that_ends_a_caption(tail, credit):
    caption = "Residents queue outside the town hall on Monday, March 4, 2024"
    assert caption_parts(caption + tail) == (None, caption, credit)


def test_a_label_inside_a_name_is_no_glued_credit():
    assert caption_parts("07.06.2016: UniCredit: Deutschland wird nicht Fußball-Europameister") is None


def test_a_picture_service_glued_to_a_capitalised_last_word():
    caption = "Residents queue outside the town hall on Monday"
    assert caption_parts(f"{caption}Getty Images") == (None, caption, "Getty Images")


@pytest.mark.parametrize("tail, credit", [("Photo d'illustration AFP", "AFP"), ("Ph: Marco Rossi", "Marco Rossi")])
def test_an_illustration_mark_before_the_agency_and_an_abbreviated_photo_label(tail, credit):
    caption = "Le maire s'adresse aux habitants devant la mairie."
    assert caption_parts(f"{caption} {tail}") == (None, caption, credit)


@pytest.mark.parametrize("line, credit", [
    ("Jane Roe for PRN", "Jane Roe for PRN"), ("Jane Roe, The Valley Courier", "Jane Roe, The Valley Courier"),
    ("Valley Parks and Wildlife via AP, File", "Valley Parks and Wildlife via AP, File"),
    ("Jane Roe, Staff Writer", None), ("Valley Parks via the back road", None), ("(Read more: The story)", None),
])
def test_credit_shapes_taken_only_under_a_captions_sentence(line, credit):
    assert credit_under_sentence(line) == credit
    assert standalone_credit(line, under_caption=True) is None  # (alone, or under a title, a menu's entry reads so)


@pytest.mark.parametrize("text, caption", [
    ("FILE - A gray wolf is released onto public land, Dec. 18, 2023. (Valley Parks via AP, File)",
     "FILE - A gray wolf is released onto public land, Dec. 18, 2023."),
    ("Pictured: Jane Roe at the town hall on Monday. (Photo: John Doe)", "Pictured: Jane Roe at the town hall on Monday."),
    ("Photo: Floodwater covers the road north of town on Monday. (VBC News: Jane Roe)",
     "Floodwater covers the road north of town on Monday."),  # (the page's label for the picture)
    ("Video: Aerial footage shows the flooded road north of town on Monday. (VBC News)",
     "Aerial footage shows the flooded road north of town on Monday."),  # (and for a video's still)
])
def test_a_captions_opening_words_stay_part_of_it(text, caption):
    assert caption_parts(text)[:2] == (None, caption)


@pytest.mark.parametrize("tail, credit", [
    (" (VBC Western Hills: Jane Roe)", "VBC Western Hills: Jane Roe"),  # a broadcaster's initials, then its desk
    (" (Valley News: Jane Roe)", "Valley News: Jane Roe"),
])
def test_a_publication_or_a_broadcasters_desk_then_the_photographer_in_brackets(tail, credit):
    caption = "Cattle are moved to higher ground near the river on Thursday."
    assert caption_parts(caption + tail) == (None, caption, credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("Legende: Die Vorlage war im Rat bis zuletzt umstritten. KEYSTONE/Jane Roe", "Die Vorlage war im Rat bis zuletzt umstritten.",
     "KEYSTONE/Jane Roe"),  # the page's label for the caption, and a picture agency in capitals
    ("Le ministre à Paris, le 3 mars. (Jean Dupont/MAXPPP)", "Le ministre à Paris, le 3 mars.", "Jean Dupont/MAXPPP"),
    ("I vigili del fuoco al lavoro in via dei Cedri (foto LaPresse)", "I vigili del fuoco al lavoro in via dei Cedri", "LaPresse"),
])
def test_a_captions_label_and_the_picture_agencies_of_other_languages(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("line, credit", [("Foto ANSA", "ANSA"), ("Photo AFP", "AFP"), ("Bild dpa", "dpa"),
                                          ("Photo of the day", None), ("Photo Jane Roe", None)])
def test_the_word_for_a_picture_then_a_wire_or_a_picture_agency_on_a_line_of_its_own(line, credit):
    assert standalone_credit(line) == credit


@pytest.mark.parametrize("text, caption, credit", [
    ("Parents fill the boardroom during a meeting Monday, Oct. 14, 2024. Jane Roe The Valley Ledger",
     "Parents fill the boardroom during a meeting Monday, Oct. 14, 2024.", "Jane Roe The Valley Ledger"),
    ("STRANDED | Passengers wait for news at the terminal on Wednesday. —JANE T. ROE",
     "STRANDED | Passengers wait for news at the terminal on Wednesday.", "JANE T. ROE"),
    ("Traders at the market in Lakeview town on February 18, 2025. [Jane Roe, Observer]",
     "Traders at the market in Lakeview town on February 18, 2025.", "Jane Roe, Observer"),
    ("La piscine a ouvert ses portes en 1996. | ARCHIVES L'ÉCHO DU VAL", "La piscine a ouvert ses portes en 1996.",
     "ARCHIVES L'ÉCHO DU VAL"),
    ("Alunos deixam a escola no centro de Serra Clara - Ana Souza/Folha do Planalto",
     "Alunos deixam a escola no centro de Serra Clara", "Ana Souza/Folha do Planalto"),
])
def test_more_credit_shapes_after_a_caption(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", [
    "Insgesamt solle die Themensetzung stärker durch das Präsidium gehen. (KNA, DR)",  # (a wire's sign-off)
    "Aufbau metallischer Werkstoffe und ihrer Zusätze (Eisen, Stahl, Guss, Zusatzstoffe)",  # (a list)
    "The council met on Monday. Jane Roe The Valley Courier reported it.",
])
def test_lists_and_sign_offs_in_brackets_are_no_credits(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("tail, credit", [
    ("(Coastline Illawarra: Saskia Moreno)", "Coastline Illawarra: Saskia Moreno"),
    ("(Riverton Courier: Jane Roe)", "Riverton Courier: Jane Roe"),
])
def test_a_publication_and_a_photographers_full_name_in_parentheses(tail, credit):
    assert caption_parts(f"Volunteers planted more than 4,000 seedlings along the creek this summer. {tail}")[2] == credit


@pytest.mark.parametrize("tail", ["(Pictured: Jane Roe)", "(From left: Jane Roe)", "(Update: Jane Roe)"])
def test_the_captions_own_aside_in_parentheses_is_no_credit(tail):
    assert caption_parts(f"The mayor and her deputy at the opening of the bridge on Monday. {tail}") is None


@pytest.mark.parametrize("text, caption", [
    ("Image: Tom Bakare celebrates his late winner for Harrowgate Town", "Tom Bakare celebrates his late winner for Harrowgate Town"),
    ("Foto: Die Feuerwehr war mit vier Fahrzeugen im Einsatz", "Die Feuerwehr war mit vier Fahrzeugen im Einsatz"),
])
def test_a_pictures_label_then_its_caption(text, caption):
    assert labelled_picture(text) == caption


@pytest.mark.parametrize("text, credit", [
    ("Photo: Jane Roe", "Jane Roe"), ("Foto: Hans Müller/dpa", "Hans Müller/dpa"),
    ("Photo: courtesy of the Riverton Historical Society", "courtesy of the Riverton Historical Society"),
])
def test_a_pictures_label_then_a_name_is_a_credit_not_a_caption(text, credit):
    assert labelled_picture(text) is None
    assert standalone_credit(text) == credit


def test_a_photo_storys_title_is_no_credit():
    assert standalone_credit("Photos: The volunteers bringing a dying Illawarra creek back to life") is None


def test_a_stamp_after_a_bar_is_no_credit():
    assert caption_parts("Jane Roe · Valley Arts · Posted: Jan 30, 2025 4:00 AM EST | Last Updated: January 30") is None


@pytest.mark.parametrize("text", ["Chronicle file photo", "Valley Courier staff photo", "Riverton Post archive image"])
def test_the_papers_own_file_or_staff_picture_is_a_credit(text):
    assert standalone_credit(text) == text


def test_a_file_picture_in_small_letters_names_no_paper():
    assert standalone_credit("the council file photo") is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Restos del fósil en el laboratorio de la fundación, en Teruel.Fermín Ruiz Olmedo",
     "Restos del fósil en el laboratorio de la fundación, en Teruel.", "Fermín Ruiz Olmedo"),
    ("Un grupo de inquilinos protesta frente al Ayuntamiento, el pasado 8 de marzo.Mónica Torres (EFE)",
     "Un grupo de inquilinos protesta frente al Ayuntamiento, el pasado 8 de marzo.", "Mónica Torres (EFE)"),
])
def test_a_photographers_full_name_glued_to_the_captions_stop(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_site_address_glued_to_a_menu_is_no_credit():
    assert caption_parts("Autoshop News Neuvorstellung Test Thema Tuning Automarken oe24.TV Livestream Radioaustria") is None


@pytest.mark.parametrize("text, credit", [
    ("Der Angeklagte sitzt im Saal des Landgerichts. (Quelle: Jane Roe/dpa)", "Jane Roe/dpa"),
    ("Neue Seminare starten im März. (Quelle: Roe/Unsplash/DJV)", "Roe/Unsplash/DJV"),
    ("Residents cool off under a water tanker's spray in Karachi last summer [File: Jane Roe/Reuters]", "Jane Roe/Reuters"),
    ("Rescuers search the rubble of the school (File photo: Jane Roe/AP)", "Jane Roe/AP"),
])
def test_a_credit_labelled_as_the_pictures_source_loses_the_label(text, credit):
    parts = caption_parts(text)
    assert parts is not None and parts[2] == credit


def test_file_over_a_captions_sentence_labels_its_picture_and_is_no_credit():
    assert standalone_credit("File: Turkey's President Recep Tayyip Erdogan speaks to reporters in Ankara") is None


@pytest.mark.parametrize("text, credit", [("Quique Serrano (EFE)", "Quique Serrano (EFE)"),
                                          ("JANE ROE (REUTERS)", "JANE ROE (REUTERS)"), ("Council meeting (Reuters)", None)])
def test_a_photographer_and_the_wire_in_brackets_under_a_caption(text, credit):
    assert standalone_credit(text, under_caption=True) == credit


@pytest.mark.parametrize("text, credit", [
    ("Vista aérea de los arrozales junto al lago, el pasado enero.ELENA MARCH", "ELENA MARCH"),
    ("The council met on Monday.THE END OF THE ROAD", None),
])
def test_a_photographers_name_in_capitals_glued_to_the_captions_stop(text, credit):
    parts = caption_parts(text)
    assert (parts[2] if parts else None) == credit


def test_a_paper_and_a_photographer_in_capitals_after_a_bar():
    text = "La pile numéro 2, côté rive droite, a été sécurisée jeudi soir. | LE LITTORAL BRETON / GAËLLE KERHERVÉ"
    assert caption_parts(text)[2] == "LE LITTORAL BRETON / GAËLLE KERHERVÉ"


@pytest.mark.parametrize("text", [
    "Iniziata domenica 8 settembre 2024 ore 07:15 | aggiornata ore 12:48",
    "Publicada el domingo 8 de septiembre de 2024 | Actualizada a las 12:48",
])
def test_a_stamp_after_a_bar_in_its_feminine_form_is_no_credit(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, credit", [
    ("Fotografia de Inês Valadares", "Inês Valadares"), ("Fotografía de Ana Ruiz", "Ana Ruiz"),
    ("Photo de Jeanne Roux", "Jeanne Roux"), ("foto di Marco Santi", "Marco Santi"),
    ("Bild von Hans Müller/dpa", "Hans Müller/dpa"),
    ("Foto de Archivo", None), ("Photo de famille", None), ("Foto di gruppo", None),
])
def test_photo_by_in_the_other_languages_is_a_credit_before_a_persons_name(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text, parts", [
    ("Les secouristes ont été mobilisés pendant plus de 48 heures. (Illustration) ALEXIS VERNET / AFP",
     (None, "Les secouristes ont été mobilisés pendant plus de 48 heures. (Illustration)", "ALEXIS VERNET / AFP")),
    ("Le maire lors du conseil municipal. (Archives) JEAN DUPONT",
     (None, "Le maire lors du conseil municipal. (Archives)", "JEAN DUPONT")),
    ("The council met on Monday. (File photo) Jane Roe/Reuters",
     (None, "The council met on Monday. (File photo)", "Jane Roe/Reuters")),
])
def test_a_note_on_the_picture_between_the_caption_and_its_credit_stays_the_captions(text, parts):
    assert caption_parts(text) == parts


@pytest.mark.parametrize("text, credit", [
    ("PHOTO MATHIEU TREMBLAY-ROY, LA PRESSE CANADIENNE", "MATHIEU TREMBLAY-ROY, LA PRESSE CANADIENNE"),
    ("FOTO HANS MÜLLER / DPA", "HANS MÜLLER / DPA"), ("PHOTOS DU JOUR", None), ("PHOTO GALLERY", None),
])
def test_a_label_and_its_credit_in_capitals_without_a_colon(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text, parts", [
    ("El alcalde, durante el pleno de este lunes. / Jesús Andrade",
     (None, "El alcalde, durante el pleno de este lunes.", "Jesús Andrade")),
    ("Cielo cubierto sobre Valdenuño de la Sierra este lunes. / Onda Meseta",
     (None, "Cielo cubierto sobre Valdenuño de la Sierra este lunes.", "Onda Meseta")),
    ("El pleno aprobó la moción. / EFE", (None, "El pleno aprobó la moción.", "EFE")),
])
def test_a_credit_after_the_captions_stop_and_a_spaced_slash(text, parts):
    assert caption_parts(text) == parts


def test_a_source_label_over_a_photographer_and_a_wire_under_a_caption_credits_the_picture():
    assert standalone_credit("Quelle: Philipp Rother/dpa", under_caption=True) == "Philipp Rother/dpa"
    assert standalone_credit("Quelle: dpa", under_caption=True) is None  # (the story's source)


def test_a_label_then_a_photographer_and_a_wire_without_a_mark_under_a_caption():
    assert standalone_credit("PHOTO Ryan Tremblay La Presse Canadienne", under_caption=True) == (
        "Ryan Tremblay La Presse Canadienne")
    assert standalone_credit("Photo Gallery Of The Day", under_caption=True) is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Radfahren am Almkanal, Salzburg © Österreich Werbung / Ulli Brandt", "Radfahren am Almkanal, Salzburg",
     "Österreich Werbung / Ulli Brandt"),
    ("A water main break in Manhattan in 2014. Ángel Franco/The Valley Times", "A water main break in Manhattan in 2014.",
     "Ángel Franco/The Valley Times"),
])
def test_a_credit_whose_names_open_with_an_accented_capital(text, caption, credit):
    assert caption_parts(text)[1:] == (caption, credit)


@pytest.mark.parametrize("line, credit", [("© ÉMILIE FAURE/HANS LUCAS VIA AFP", "ÉMILIE FAURE/HANS LUCAS VIA AFP"),
                                          ("© Émilie Faure", "Émilie Faure")])
def test_a_copyright_credit_whose_owner_opens_with_an_accented_capital(line, credit):
    assert standalone_credit(line, under_caption=True) == credit


def test_a_place_after_an_ordinals_stop_is_no_credit():
    assert caption_parts("9. November 2019: 3. Öffentlicher Schweizer Wirtschaftsgipfel, Bern") is None


@pytest.mark.parametrize("line, credit", [("Photo Bernard Sérès", "Bernard Sérès"), ("Foto Hans Müller", "Hans Müller"),
                                          ("Photo Samuel Kerjean pour Le Nouvel Atlas", "Samuel Kerjean pour Le Nouvel Atlas")])
def test_the_word_for_a_picture_without_its_colon_then_a_name_under_a_caption(line, credit):
    assert standalone_credit(line, under_caption=True) == credit
    assert standalone_credit(line) is None  # (alone, "Photo Gallery Highlights" may be a menu's)


def test_a_gallerys_name_after_the_word_for_a_picture_is_no_credit():
    assert standalone_credit("Photo Gallery Highlights", under_caption=True) is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Varios viticultores revisan los daños en una parcela, este martes.ÁLVARO RUEDA (EFE)",
     "Varios viticultores revisan los daños en una parcela, este martes.", "ÁLVARO RUEDA (EFE)"),
    ("Representational image. (iStock)", "Representational image.", "iStock"),
    ("Deniz Aytekin / Kevin Voigt/GettyImages", "Deniz Aytekin", "Kevin Voigt/GettyImages"),
])
def test_a_photographer_glued_to_the_stop_and_a_short_caption_a_picture_service_vouches_for(text, caption, credit):
    assert caption_parts(text)[1:] == (caption, credit)


def test_a_gallerys_counter_is_no_caption_of_a_picture_services_credit():
    assert caption_parts("2/28 photos (Shutterstock)") is None


@pytest.mark.parametrize("line, credit", [("Visualisierung: zvg", "zvg"), ("Symbolbild: dpa", "dpa"),
                                          ("Grafik: Jane Roe", "Jane Roe")])
def test_a_renderings_a_graphics_and_a_stock_pictures_label(line, credit):
    assert standalone_credit(line, under_caption=True) == credit


def test_a_wire_and_photographer_in_capitals_after_a_caption_that_ends_with_a_place():
    assert caption_parts("La frana che ha invaso la statale tra Montalbeto e Pieve Alta ANSA/MATTEO FERRANTI")[1:] == (
        "La frana che ha invaso la statale tra Montalbeto e Pieve Alta", "ANSA/MATTEO FERRANTI")


@pytest.mark.parametrize("text", ["El secretario provincial, Francisco Javier Molina, en una imagen de archivo.",
                                  "The mayor of Riverton speaking to residents, in a file photo."])
def test_an_archive_pictures_caption_describes_its_picture(text):
    assert describes_picture(text)


@pytest.mark.parametrize("text, caption, credit", [
    ("Il pontile di Menaggio all'alba (foto Benedetti)", "Il pontile di Menaggio all'alba", "Benedetti"),
    ("Il tratto di viale Oberdan dove sorgerà la nuova pista ciclabile (foto Ravaglia)",
     "Il tratto di viale Oberdan dove sorgerà la nuova pista ciclabile", "Ravaglia"),
])
def test_the_word_for_a_picture_and_a_photographers_surname_in_brackets(text, caption, credit):
    assert caption_parts(text)[1:] == (caption, credit)


@pytest.mark.parametrize("text, caption, credit", [
    ("A storm cell passes over farmland near Gayndah on Tuesday afternoon. Picture by Tamsin Ferro/AAP PHOTOS",
     "A storm cell passes over farmland near Gayndah on Tuesday afternoon.", "Tamsin Ferro/AAP PHOTOS"),
    ("Le futur marché couvert prendra place sur le parking de la place. | PHOTO : YANN LE GOFF / LE PHARE DE L'ESTUAIRE",
     "Le futur marché couvert prendra place sur le parking de la place.", "YANN LE GOFF / LE PHARE DE L'ESTUAIRE"),
    # (a file picture's, as long: its word for the archive before the name)
    ("Le pont de la Grise, construit en 1934, présente des fissures. | ARCHIVES YANN LE GOFF / LE PHARE DE L'ESTUAIRE",
     "Le pont de la Grise, construit en 1934, présente des fissures.", "ARCHIVES YANN LE GOFF / LE PHARE DE L'ESTUAIRE"),
])
def test_a_by_label_before_a_slashed_credit_and_a_long_labelled_credit_after_a_bar(text, caption, credit):
    assert caption_parts(text)[1:] == (caption, credit)


def test_the_german_label_for_a_pictures_rights():
    assert standalone_credit("Bildrechte: picture alliance / dpa | Tobias Haller", under_caption=True) == (
        "picture alliance / dpa | Tobias Haller")


@pytest.mark.parametrize("line, credit", [("LP PHOTO: DESMOND LIM", "DESMOND LIM"), ("ST PHOTO: JANE ROE", "JANE ROE")])
def test_a_papers_initials_before_the_label(line, credit):
    assert standalone_credit(line, under_caption=True) == credit


def test_a_papers_initials_before_the_label_glued_to_the_caption():
    assert caption_parts("A former manager leaving the State Courts on March 12. MT PHOTO: DARREN KOH")[1:] == (
        "A former manager leaving the State Courts on March 12.", "DARREN KOH")


def test_a_photographer_a_bullet_and_the_paper_under_a_caption():
    assert standalone_credit("MARCUS HOLT • The Twin Lakes Courier", under_caption=True) == (
        "MARCUS HOLT • The Twin Lakes Courier")


def test_a_label_between_bars_is_no_part_of_the_credit():
    assert without_label("| Photo | Jane Roe | The Valley Courier") == "Jane Roe | The Valley Courier"
    assert caption_parts("Farmers inspect maize damaged by armyworms near Riverton on Monday. | Photo | Jane Roe | "
                         "Valley Courier")[2] == "Jane Roe | Valley Courier"


@pytest.mark.parametrize("text, credit", [
    ("Marta Ruiz—Bloomberg/Getty Images", "Marta Ruiz—Bloomberg/Getty Images"),
    ("Marta Ruiz—Getty Images", "Marta Ruiz—Getty Images"),
    ("Marta Ruiz—The Council", None), ("Council—Getty Images", None),
])
def test_a_photographer_a_long_dash_and_the_agency(text, credit):
    assert standalone_credit(text) == credit


@pytest.mark.parametrize("text, caption, credit", [
    ("Flames engulfed the thatched roof of the Plough Inn on Sunday afternoonCredit: Kennet Valley News",
     "Flames engulfed the thatched roof of the Plough Inn on Sunday afternoon", "Kennet Valley News"),
    ("Teodor Vass at the landing in Drelno, in February.Photograph by Lukas Brenner for The Rampart Review",
     "Teodor Vass at the landing in Drelno, in February.", "Lukas Brenner for The Rampart Review"),
])
def test_a_credits_label_glued_to_the_captions_last_word_or_stop(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", ["He said the bank, which is run by Credit Suisse, would pay.",
                                  "The case was heard in the morning.Photo by the way is here"])
def test_credit_words_in_a_sentence_are_no_glued_credit(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Photo taken March 21, 2024, shows cherry blossoms at a park in Riverton's old town. (Kyodo)",
     "Photo taken March 21, 2024, shows cherry blossoms at a park in Riverton's old town.", "Kyodo"),
    ("This file photo shows commuters at a subway station in central Riverton. (Yonhap)",
     "This file photo shows commuters at a subway station in central Riverton.", "Yonhap"),
])
def test_a_sentence_about_the_picture_then_a_wires_tag_is_a_caption(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", ["The minister said the figures were wrong on Monday. (Yonhap)",
                                  "KYODO NEWS - Mar 21, 2024 - 18:02 | Japan, All"])
def test_a_storys_sentence_signed_by_its_wire_and_a_stamp_before_a_bar_are_no_captions(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, credit", [("NBS/Tom Ellery", "NBS/Tom Ellery"), ("RIM / BlackBerry OS", None),
                                          ("KFT / FTO SM SEL Lehrstoff", None)])
def test_a_broadcasters_initials_then_the_photographer(text, credit):
    assert standalone_credit(text) == credit


def test_a_picture_submitted_by_a_reader_and_no_credit_for_a_lower_case_word_after_by():
    caption = "Jane Roe stands outside the community pool, which has been closed since last September."
    assert caption_parts(f"{caption} (Submitted by Jane Roe)") == (None, caption, "Jane Roe")
    assert caption_parts("The jokes keep coming in. (submitted by reader Scooter T.!)") is None


@pytest.mark.parametrize("text, caption, credit", [
    ("Firefighters battle a blaze at a grain elevator east of Riverton on Tuesday.(KVBR)",
     "Firefighters battle a blaze at a grain elevator east of Riverton on Tuesday.", "KVBR"),
    ("Crews lift a section of the schooner's hull from the bayou on Monday. [ JANE ROE | Times ]",
     "Crews lift a section of the schooner's hull from the bayou on Monday.", "JANE ROE | Times"),
])
def test_a_stations_letters_glued_to_the_stop_and_a_name_and_paper_between_bars_in_brackets(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_storys_sentence_signed_by_a_tag_after_a_space_is_no_caption():
    assert caption_parts("The council met on Monday to discuss the new pool. (CNN)") is None


@pytest.mark.parametrize("text, credit", [
    ("Photo courtesy of Riverton Volunteer Fire Department", "Photo courtesy of Riverton Volunteer Fire Department"),
    ("Courtesy of Sun Coast Historical Society", "Courtesy of Sun Coast Historical Society"),
    ("courtesy of the council said the mayor", None),
    ("BELGA PHOTO JASPER VERHOEVEN", "BELGA PHOTO JASPER VERHOEVEN"),
    ("Screenshot", "Screenshot"), ("File picture", "File picture"),
    ("© Jane Roe / Azur 3 Occitanie", "Jane Roe / Azur 3 Occitanie"), ("© dpa-infocom, dpa:240305-99-201457/", None),
])
def test_courtesy_lines_a_wires_photo_line_screenshots_and_owners_with_a_digit(text, credit):
    assert standalone_credit(text, under_caption=True) == credit


@pytest.mark.parametrize("text, credit", [("Hari Patel - staff, AP", "Hari Patel - staff, AP"),
                                          ("Jane Roe - freelancer, Reuters", "Jane Roe - freelancer, Reuters"),
                                          ("Council - staff, AP", None)])
def test_a_photographer_how_they_worked_and_the_wire(text, credit):
    assert standalone_credit(text, under_caption=True) == credit


@pytest.mark.parametrize("text, caption, credit", [
    ("L'acqua del fiume nel parcheggio di via del Piano, nel primo pomeriggio (foto di Alessio Guidi)",
     "L'acqua del fiume nel parcheggio di via del Piano, nel primo pomeriggio", "Alessio Guidi"),
    ("Il cantiere del tram all’incrocio tra via Marconi e via Riva di Reno (FotoBenvenuti)",
     "Il cantiere del tram all’incrocio tra via Marconi e via Riva di Reno", "FotoBenvenuti"),
])
def test_a_photographer_after_the_words_in_brackets_and_an_italian_picture_agencys_name(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_group_photo_in_brackets_is_no_credit():
    assert caption_parts("Il sindaco ha parlato a lungo (foto di gruppo)") is None


def test_the_wires_own_picture_credit_in_spanish_keeps_its_word():
    parts = caption_parts("Mineros marchan hacia la entrada de la faena, en la región de Antofagasta. (Foto AP/Jane Roe)")
    assert parts is not None and parts[2] == "Foto AP/Jane Roe"


@pytest.mark.parametrize("text", ["Courtesy of the Pettigrew family", "Courtesy of the artist", "Courtesy of the Roe estate"])
def test_a_credit_naming_who_lent_the_picture_by_what_they_are_to_it(text):
    assert standalone_credit(text) == text


def test_a_courtesy_credit_under_the_lead_pictures_caption_over_the_headline():
    document = convert.parse_text("Obituaries\n\nJane Roe at the wheel of the county's first bookmobile in 1978.\n"
                                  "Courtesy of the Roe family\n\nJane Roe, who drove the county's first bookmobile, "
                                  "dies at 91\n\nBy John Doe\nPublished March 8, 2025\n\n"
                                  "Jane Roe, who spent 23 years driving a converted bread truck full of books along the "
                                  "county's back roads, died on Tuesday at her home. She was 91.\n", "page.txt")
    article = document["articles"][0]
    assert article["headline"] == "Jane Roe, who drove the county's first bookmobile, dies at 91"
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        ("Jane Roe at the wheel of the county's first bookmobile in 1978.", "Courtesy of the Roe family")]


@pytest.mark.parametrize("text", ["Evan Morales | Bloomberg | Getty Images", "Nadia Ortz/for Radio Commons"])
def test_a_photographer_with_a_wire_and_a_picture_service_or_whom_the_picture_was_for(text):
    assert standalone_credit(text, under_caption=True) == text
    assert standalone_credit(text) is None  # (alone, it may be a menu's entries)



@pytest.mark.parametrize("text, parts", [
    ("Representative image (Photo: Reuters)", (None, "Representative image", "Reuters")),
    ("Illustration. - BELGA", (None, "Illustration.", "BELGA")),
    ("Symbolbild APA/Jane Roe", (None, "Symbolbild", "APA/Jane Roe")),
    ("Una enfermera sostiene a un recién nacido en la unidad. - EUROPA PRESS - Archivo",
     (None, "Una enfermera sostiene a un recién nacido en la unidad.", "EUROPA PRESS - Archivo")),
])
def test_a_stock_pictures_caption_and_a_wires_archive_mark_after_its_credit(text, parts):
    assert caption_parts(text) == parts


@pytest.mark.parametrize("text, stock", [("Representative image", True), ("Symbolbild.", True),
                                         ("Imagen de archivo", True), ("Illustration", False),
                                         ("Illustrationen zeigen die Pläne", False)])
def test_a_caption_that_only_says_the_picture_illustrates_the_story(text, stock):
    assert stock_picture(text) is stock


@pytest.mark.parametrize("text, scene", [
    ("A lorry waits in the marshalling lanes at Riverton pier on Wednesday afternoon.", True),
    ("Panels are installed at the Quarry Road solar site in Riverton last month.", True),
    ("A man walks along a flooded street on Monday.", True),
    ("The council will meet again to decide on the pool on Tuesday.", False),
    ("Crews checked water levels at the bridge on Tuesday morning.", False),
    ("He said the pool would open on Tuesday.", False),
])
def test_a_caption_told_in_the_present_and_ending_with_when(text, scene):
    assert present_scene(text) is scene


@pytest.mark.parametrize("text, caption", [
    ("La stazione della metro B (foto d'archivio) - RIPRODUZIONE RISERVATA", "La stazione della metro B (foto d'archivio)"),
    ("Il sindaco davanti al municipio - © RIPRODUZIONE RISERVATA", "Il sindaco davanti al municipio"),
    ("© RIPRODUZIONE RISERVATA", None), ("Copyright ANSA - RIPRODUZIONE RISERVATA", None),
])
def test_a_caption_with_the_wires_reuse_notice_after_it(text, caption):
    assert reserved_caption(text) == caption


@pytest.mark.parametrize("text, parts", [
    ("Blick auf das Werk in Riverstadt. © picture alliance/dpa | Jane Roe",
     (None, "Blick auf das Werk in Riverstadt.", "picture alliance/dpa | Jane Roe")),
    ("Blick auf das Werk in Riverstadt. © picture alliance/dpa", (None, "Blick auf das Werk in Riverstadt.", "picture alliance/dpa")),
])
def test_an_owners_mark_opens_the_credit_a_bar_divides(text, parts):
    assert caption_parts(text) == parts


@pytest.mark.parametrize("text, parts", [
    ("Fishermen at the beach on March 2, 2025. PHOTO/ JANE ROE", (None, "Fishermen at the beach on March 2, 2025.", "JANE ROE")),
    ("Runners cross the line in Chemoril on Sunday. PHOTO/FELIX OMONDI",
     (None, "Runners cross the line in Chemoril on Sunday.", "FELIX OMONDI")),
    ("Près de 80 sapeurs-pompiers ont été mobilisés mercredi soir. LP/Jeanne Roux",
     (None, "Près de 80 sapeurs-pompiers ont été mobilisés mercredi soir.", "LP/Jeanne Roux")),
])
def test_initials_or_a_pictures_word_a_slash_and_the_photographer_after_the_caption(text, parts):
    assert caption_parts(text) == parts


@pytest.mark.parametrize("tail", ["foto d'archivio", "Photo d'archives", "Photo archives", "Foto de archivo",
                                  "Photo d'illustration AFP", "Foto referencial", "Archivo", "zvg", "Redes sociales",
                                  "DR", "Representational", "Representational image",
                                  # (a press office or a public service gave it)
                                  "Ufficio stampa Municipio 8", "Police cantonale genevoise", "Vigili del fuoco",
                                  "Kantonspolizei St. Gallen"])
def test_a_picture_from_the_archives_or_a_source_in_brackets_is_credited_so_whole(tail):
    caption = "Les préparateurs de vanille attendent l'ouverture officielle de la campagne."
    assert caption_parts(f"{caption} ({tail})") == (None, caption, tail)


@pytest.mark.parametrize("tail", ["Foto cortesía", "Photo gracieuseté", "Foto cortesia"])
def test_a_pictures_word_and_a_word_that_it_was_given_naming_no_one_is_the_credit_whole(tail):
    caption = "Fachada de la emisora Radio Voz del Lago, en una imagen de 2022."
    assert caption_parts(f"{caption} ({tail})") == (None, caption, tail)


@pytest.mark.parametrize("tail", ["foto da Facebook", "foto dal web", "foto dalla pagina Facebook del Comune",
                                  "immagine tratta da Google Maps", "Foto tomada de redes sociales",
                                  "photo tirée de Facebook", "Foto aus dem Netz", "photo from Instagram"])
def test_where_a_picture_was_taken_from_in_words_is_credited_so_whole(tail):
    caption = "La voragine all'incrocio tra via delle Ginestre e via dei Gelsi"
    assert caption_parts(f"{caption} ({tail})") == (None, caption, tail)


@pytest.mark.parametrize("tail, credit", [("Foto de Juan Pérez", "Juan Pérez"), ("Foto da Prefeitura", "da Prefeitura")])
def test_a_pictures_word_and_who_took_it_is_no_source_in_words(tail, credit):
    assert caption_parts(f"El alcalde durante la reunión con los vecinos ({tail})")[2] == credit


def test_a_caption_credited_to_where_it_was_taken_from_is_no_first_paragraph():
    capture = "\n".join([
        "Colle dei Pini, via delle Ginestre chiusa per una voragine: bus deviati", "",
        "di Federica Santangeli", "",
        "La voragine all'incrocio tra via delle Ginestre e via dei Gelsi (foto da Facebook)", "",
        "Una voragine di circa tre metri per due si è aperta all'alba di mercoledì all'incrocio tra via delle Ginestre "
        "e via dei Gelsi. La strada è stata chiusa al traffico in entrambe le direzioni.", "",
        "A dare l'allarme è stato un residente che, uscendo di casa poco prima delle sei, ha notato l'asfalto sprofondato.",
    ])
    article = convert.parse_bytes(capture.encode(), "voragine.txt", format="capture")["articles"][0]
    figure = next(block for block in article["blocks"] if block["type"] == "figure")
    assert (figure["caption"], figure["credit"]) == (
        "La voragine all'incrocio tra via delle Ginestre e via dei Gelsi", "foto da Facebook")
    assert article["blocks"][1]["text"].startswith("Una voragine di circa tre metri")


@pytest.mark.parametrize("note", ["Foto d'archivio", "Archivo", "Archivbild", "File photo"])
def test_a_note_that_the_picture_is_an_archives_before_the_caption_is_its_credit_whole(note):
    caption = "Braccianti al lavoro durante la raccolta del pomodoro nelle campagne tra Foggia e Lucera"
    assert caption_parts(f"({note}) {caption}") == (None, caption, note)


@pytest.mark.parametrize("text, credit", [
    ("La seggiovia di Monte Serralonga dopo la nevicata (Fonte foto: Facebook)", "Facebook"),
    ("Grappoli danneggiati dalla grandine in un vigneto sopra Col San Pietro. Crediti: Davide Zanatta", "Davide Zanatta"),
])
def test_italians_labels_for_a_pictures_source_and_credits(text, credit):
    assert caption_parts(text)[2] == credit


@pytest.mark.parametrize("tail, credit", [("[foto ufficio stampa Municipio Centro]", "ufficio stampa Municipio Centro"),
                                          ("(foto Ufficio stampa Comune di Valdora)", "Ufficio stampa Comune di Valdora"),
                                          ("(foto di gruppo)", None)])
def test_a_press_office_after_the_pictures_word_in_brackets_is_the_credit(tail, credit):
    parts = caption_parts(f"Una delle due cabine della funicolare alla stazione a monte {tail}")
    assert (parts[2] if parts else None) == credit


def test_a_credit_given_courtesy_of_in_spanish():
    assert caption_parts("Un árbol caído sobre una camioneta. (Gentileza: vecinos)") == (
        None, "Un árbol caído sobre una camioneta.", "vecinos")


@pytest.mark.parametrize("text, credit", [
    ("Der Wagen kam erst mitten im Gastgarten zum Stillstand. Leserreporter", "Leserreporter"),
    ("Le futur portail sud du tunnel, selon une image de synthèse du projet. DR", "DR"),
    ("Embarcações de recreio encalhadas na maré baixa junto ao cais. D.R.", "D.R."),
    ("Vue du terminal à conteneurs du port de Tazerka. Ph. Archives", "Archives"),
    ("Tramo restaurado del sendero de Los Tilos, en el norte de la isla. Cedida", "Cedida"),
    ("Traders gather outside the excise office on Thursday. — APP", "APP"),
    ("Maquinaria pesada trabaja en la limpieza de la vía tras el huaico. (Difusión)", "Difusión"),
])
def test_a_handout_word_or_a_wires_initials_after_the_captions_stop_is_its_credit(text, credit):
    parts = caption_parts(text)
    assert parts is not None and parts[2] == credit and text.startswith(parts[1])


@pytest.mark.parametrize("text", [
    "The council met on Thursday. Residents said they were pleased.",
    "The vote was close, he said. — Anonymous",
    "She said she would appeal. Archived",
])
def test_words_after_a_sentences_stop_that_name_no_handout_are_no_credit(text):
    assert caption_parts(text) is None


def test_a_lead_pictures_caption_with_a_handout_credit_over_the_story_is_a_figure():
    caption = "Tramo restaurado del sendero de Los Tilos, en el norte de la isla. Cedida"
    lead = ("El Cabildo reabrió este miércoles al público el sendero de Los Tilos, uno de los más transitados del norte "
            "de la isla, después de seis meses de obras.")
    page = (f"Reabre el sendero de Los Tilos tras seis meses de obras\n\nYaiza Hernández\n\n15 de enero de 2025\n\n"
            f"{caption}\n\n{lead}\n\nLa actuación ha incluido también la instalación de nuevas barandillas en los tramos.\n")
    article = convert.parse_text(page, "page.txt")["articles"][0]
    figures = [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"]
    assert figures == [("Tramo restaurado del sendero de Los Tilos, en el norte de la isla.", "Cedida")]
    assert article["blocks"][1]["text"] == lead


@pytest.mark.parametrize("text", [
    "Police officers on patrol at Ilesomi central market on Friday",
    "I carabinieri della compagnia di Pievelunga",
    "La nuova sala lettura al primo piano",  # (the words joined to the article: "al", "ao", "beim")
    "Os novos bombeiros voluntários ao serviço",
    "Beat und Corinne Kälin vor ihrem Hofladen im ehemaligen Wagenschopf",
    "Une partie du quai fermée au public depuis l’automne",
    "Foto di repertorio",
    "Symbolbild",
])
def test_a_line_without_a_stop_that_places_someone_reads_as_a_pictures_scene(text):
    assert reads_as_scene(text)


@pytest.mark.parametrize("text", [
    "Kansas lawmakers advance property tax relief bill",  # (nothing placed: a headline's words)
    "Storm damage in Ardmont",  # (a topic's label)
    "Roma, bus in fiamme sulla Colombo: nessun ferito",  # (a teaser's colon)
    "Siete opciones para alimentar a tu cerebro",
    "Die Zukunft der Arbeit\"Wir dekorieren auf der Titanic",
    "Council Votes To Build The Pool In The Park",
    "Residents gather outside the town hall on Monday.",  # (a stop: asked otherwise)
])
def test_a_title_a_label_or_a_sentence_does_not_read_as_a_pictures_scene(text):
    assert not reads_as_scene(text)


@pytest.mark.parametrize("caption", ["Police officers on patrol at the central market on Friday", "Foto di repertorio"])
def test_a_scene_right_over_the_story_under_its_byline_and_date_is_the_lead_pictures_caption(caption):
    lead = ("The state police command has arrested 14 suspects in connection with Thursday's attack on traders at the "
            "central market, which left two people injured.")
    page = (f"Police arrest 14 over attack on market traders\n\nBy Jane Roe\n\n3rd May 2024\n\n{caption}\n\n{lead}\n\n"
            "The command's spokesperson disclosed this in a statement issued in the state capital on Friday.\n")
    document = convert.parse_text(page, "page.txt")
    article = document["articles"][0]
    assert [(b["type"], b.get("caption")) for b in article["blocks"]][0] == ("figure", caption)
    assert article["blocks"][1]["text"] == lead


def test_the_copyright_sign_glued_to_the_captions_stop_opens_its_credit():
    assert caption_parts("Le chantier de la passerelle à Saint-Sulpice, en février.© Cyprien Arlettaz") == (
        None, "Le chantier de la passerelle à Saint-Sulpice, en février.", "Cyprien Arlettaz")


@pytest.mark.parametrize("credit", ["Alpenfunk/Gerhard Pichler", "zack.ch/Reto Baumann", "VA/Hartmut Netzer"])
def test_an_outlet_in_one_word_then_its_photographer_after_a_slash_credits_a_picture(credit):
    if credit[:1].isupper():  # (on a line of its own under the caption)
        assert standalone_credit(credit, under_caption=True) == credit
    caption = "Die Polizei sperrte den Bahnhofplatz während rund zwei Stunden ab."
    assert caption_parts(f"{caption} {credit}") == (None, caption, credit)
    caption = "Blick in die Weberei von Mähr & Söhne in Walgaufeld."  # (a place's name before the stop)
    assert caption_parts(f"{caption} {credit}") == (None, caption, credit)


@pytest.mark.parametrize("line", ["Ungleichheit / Soziale Kämpfe", "Meditteranean/ Mid. Eastern", "News/Local News"])
def test_a_menus_items_either_side_of_a_slash_credit_nothing(line):
    assert standalone_credit(line, under_caption=True) is None


def test_a_german_caption_that_says_who_stands_where_describes_its_picture():
    assert describes_picture("Ehrung für 50 Jahre Mitgliedschaft: Willi Barth (Mitte) mit Dennis Hohmann und Werner Kaufmann.")
    assert not describes_picture("Der Verein wählte Willi Barth und Dennis Hohmann in den neuen Vorstand des Vereins.")


def test_the_pictures_word_before_a_bar_is_no_part_of_a_credit_on_its_own_line():
    assert standalone_credit("PHOTO | REUTERS", under_caption=True) == "REUTERS"
    assert standalone_credit("Jane Roe | Reuters 2021") == "Jane Roe | Reuters 2021"


def test_a_papers_name_in_capitals_before_its_picture_word_and_colon_credits_the_caption():
    text = "Residents at a community event in Sungei Lanjut on May 4.ISLAND DAILY PHOTO: LIM WEI JIE"
    assert caption_parts(text) == (None, "Residents at a community event in Sungei Lanjut on May 4.", "LIM WEI JIE")


@pytest.mark.parametrize("text", [
    "Calles anegadas en el centro de Villa del Carrizal tras la tormenta.",
    "Pescadores de Nueva Venecia del Mangle muestran los peces muertos recogidos el miércoles.",
    "Les députés lors de la séance plénière du lundi 11 mars.",
    "Beat und Corinne Kälin vor ihrem Hofladen im ehemaligen Wagenschopf.",
    "L'école maternelle des Tilleuls accueille les enfants dès 3 ans.",
    "A presidente da Câmara, Isabel Gouveia, na apresentação do programa “Nascer na Serra”.",  # (a quoted name)
])
def test_a_short_sentence_that_shows_a_scene_and_tells_nothing(text):
    assert scene_sentence(text)


@pytest.mark.parametrize("text", [
    "Police were called to the scene in Riverton on Monday.",
    "Der Stadtrat hat am Dienstag in Möllingen entschieden.",
    "El alcalde dijo que la obra en la plaza terminará pronto.",
    "Residents gathered at the town hall on Monday to protest.",  # (a past that tells)
    "The council met on Monday. Residents were angry at the plan.",
    "Some of the smallest insects in the cave system may be listening for their predators.",  # (a lead's hedge)
    "“We are proud of it,” said the mayor at the town hall.",
])
def test_a_sentence_that_tells_news_is_no_scene(text):
    assert not scene_sentence(text)


def test_a_scene_over_a_much_longer_lead_under_the_byline_is_the_lead_pictures_caption():
    caption = "Calles anegadas en el centro de Villa del Carrizal tras la tormenta."
    lead = ("Una fuerte tormenta de viento, lluvia y granizo afectó este miércoles por la noche a gran parte de los "
            "departamentos del norte de la provincia y dejó calles anegadas, árboles caídos y cortes de luz en varios barrios.")
    page = (f"Temporal en Alto Cuyo: granizo, cortes de luz y calles anegadas\n\nPor Jane Roe\n\n14 de marzo de 2024\n\n"
            f"{caption}\n\n{lead}\n\nLa Dirección de Defensa Civil informó que trabajó durante toda la noche en los barrios.\n")
    article = convert.parse_text(page, "page.txt")["articles"][0]
    assert [(b["type"], b.get("caption")) for b in article["blocks"]][0] == ("figure", caption)
    assert article["blocks"][1]["text"] == lead


@pytest.mark.parametrize("text, credit", [
    ("Dogs wait in kennels at the county shelter on March 28, 2024. Owen Castellanos ocastellanos@valleysun.com",
     "Owen Castellanos ocastellanos@valleysun.com"),
    ("Les bénévoles du comité lors de la présentation du programme, samedi soir. DDM - J.-L. S.", "DDM - J.-L. S."),
])
def test_a_photographer_with_their_address_or_initials_after_a_papers_after_the_captions_stop(text, credit):
    assert caption_parts(text)[2] == credit


def test_a_prompt_to_write_to_someone_with_an_address_is_no_caption():
    assert caption_parts("He wrote to the council. Write to Jane Roe jroe@example.com") is None


@pytest.mark.parametrize("text, credit", [
    ("Les pompiers sont intervenus vers 3 heures du matin rue des Tanneurs. (Illustration) LE/Paul Marchand", "LE/Paul Marchand"),
    ("Le haut-fourneau de Rochebrune-les-Forges, le 11 avril 2024. - ACP / Hugo LEMERCIER", "ACP / Hugo LEMERCIER"),
    ("Castelverno, il centro storico visto dalla torre civica (foto di Paolo Rinaldi per Orizzonte)",
     "Paolo Rinaldi per Orizzonte"),
    ("Fábrica da Corticeira do Sado em Alcácer da Serra • Hugo Amaral", "Hugo Amaral"),
    ("Bomberos forestales combaten las llamas en el páramo. EFE/Ministerio del Ambiente/SOLO USO EDITORIAL/NO VENTAS",
     "EFE/Ministerio del Ambiente/SOLO USO EDITORIAL/NO VENTAS"),
    ("Sucursal de la cooperativa en el pueblo, una de las que cerrará el 31 de enero. (Suministrada)", "Suministrada"),
])
def test_more_shapes_of_a_credit_after_the_caption(text, credit):
    assert caption_parts(text)[2] == credit


@pytest.mark.parametrize("text", ["Home • News • Sport", "Politics and local government • Jane Roe",
                                  "Jane Roe is a Metro reporter covering news and human interest stories. · Facebook"])
def test_a_menu_a_section_or_a_writers_note_before_a_bullet_is_no_caption(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("line, credit", [("DR", "DR"), ("Cedida", "Cedida"), ("Image Credits: Paywise", "Paywise")])
def test_a_handout_word_alone_or_an_image_credits_label_under_a_caption(line, credit):
    assert standalone_credit(line, under_caption=True) == credit


def test_a_sites_reader_reporter_button_alone_is_no_credit():
    assert standalone_credit("Leserreporter", under_caption=True) is None


def test_a_caption_then_a_bar_and_the_photographer_and_whom_for_after_a_spaced_slash():
    assert caption_parts("Tacoma City Hall on Nov. 12, 2024. | Oksana Brightwater / Tacoma Tideline") == (
        None, "Tacoma City Hall on Nov. 12, 2024.", "Oksana Brightwater / Tacoma Tideline")


@pytest.mark.parametrize("line, credit", [("Instagram/@kayleevoss.official", "Instagram/@kayleevoss.official"),
                                          ("TikTok / @jane_roe", "TikTok / @jane_roe"), ("Instagram", None)])
def test_an_account_on_a_network_under_a_caption_is_its_credit(line, credit):
    assert standalone_credit(line, under_caption=True) == credit


def test_a_picture_the_audience_sent_is_credited_so():
    assert standalone_credit("Submitted by viewer", under_caption=True) == "Submitted by viewer"


def test_a_photographer_in_capitals_then_the_paper_in_french_quotation_marks_after_a_slash():
    text = "Dans l'hémicycle du Sénat, le 4 mars 2024. LOUIS FERRAND / « LE TEMPS RÉPUBLICAIN »"
    assert caption_parts(text) == (None, "Dans l'hémicycle du Sénat, le 4 mars 2024.", "LOUIS FERRAND / « LE TEMPS RÉPUBLICAIN »")


GALLERY_LEAD = ("Miles de visitantes llegaron este fin de semana al malecón de Puerto Manglar para la décima edición del "
                "festival, que reunió a sesenta cocineras de la provincia.")
GALLERY_END = "El festival cerró con un baile popular y juegos pirotécnicos frente al estuario, pasada la medianoche."


@pytest.mark.parametrize("counter", ["1 de 8", "Photo 3 of 12", "Bild 2 von 8", "4 / 9", "Foto 5 di 10"])
def test_a_sentence_under_a_gallerys_counter_is_its_pictures_caption(counter):
    caption = "Doña Mercedes Cabezas prepara el tradicional encocado de cangrejo en uno de los puestos."
    document = convert.parse_text(f"Festival del Cangrejo llena el malecón\n{GALLERY_LEAD}\n{counter}\n{caption}\n{GALLERY_END}\n",
                                  "page.txt")
    blocks = document["articles"][0]["blocks"]
    assert [(b["caption"], b["credit"]) for b in blocks if b["type"] == "figure"] == [(caption, None)]


@pytest.mark.parametrize("credit", ["MARCOS OYELARAN, The Sentinel", "Marcos Oyelaran, The Sentinel"])
def test_a_photographer_and_whose_under_a_gallerys_caption_credit_it(credit):
    caption = "Doña Mercedes Cabezas prepara el tradicional encocado de cangrejo en uno de los puestos."
    document = convert.parse_text(f"Festival del Cangrejo llena el malecón\n{GALLERY_LEAD}\n1 of 24\n{caption}\n{credit}\n"
                                  f"{GALLERY_END}\n", "page.txt")
    blocks = document["articles"][0]["blocks"]
    assert [(b["caption"], b["credit"]) for b in blocks if b["type"] == "figure"] == [(caption, credit)]


def test_a_lead_gallerys_captions_over_the_story_are_its_pictures():
    first = "Comparsa de danzantes durante el recorrido por la plaza de armas."
    second = "Vendedoras de comida típica en los alrededores del templo."
    page = (f"Festival del Cangrejo llena el malecón\n30 de agosto de 2024\n\n1 / 8\n{first}\n2 / 8\n{second}\n"
            f"Fotos: Renzo Alarcón\n\nPUERTO MANGLAR | {GALLERY_LEAD}\n\n{GALLERY_END}\n")
    article = convert.parse_text(page, "page.txt")["articles"][0]
    assert [(b["caption"], b["credit"]) for b in article["blocks"] if b["type"] == "figure"] == [
        (first, None), (second, "Renzo Alarcón")]
    assert article["dateline"] == "PUERTO MANGLAR" and article["blocks"][2]["text"].startswith("PUERTO MANGLAR | Miles")


@pytest.mark.parametrize("under", ["FOTO ILUSTRATIVA", "Vollbild anzeigen", "(Wertung der Redaktion)"])
def test_a_label_under_a_gallerys_counter_is_no_caption(under):
    document = convert.parse_text(f"Festival del Cangrejo llena el malecón\n{GALLERY_LEAD}\n1 de 8\n{under}\n{GALLERY_END}\n", "page.txt")
    assert [b for b in document["articles"][0]["blocks"] if b["type"] == "figure"] == []


def test_ph_and_a_name_after_the_stop_credit_the_picture():
    text = "Le wali de la région lors de la présentation du projet, lundi à Tiznazt. Ph. Saïd Lahlou"
    assert caption_parts(text) == (None, "Le wali de la région lors de la présentation du projet, lundi à Tiznazt.",
                                   "Saïd Lahlou")
    assert caption_parts("She earned her doctorate at the university. Ph. D. Students") is None


@pytest.mark.parametrize("line, credit", [("TI-PRESS/Marco Pellandini (archivio)", "TI-PRESS/Marco Pellandini"),
                                          ("KEYSTONE/Anton Hürlimann (Archivbild)", "KEYSTONE/Anton Hürlimann")])
def test_a_credit_line_with_its_archive_note_credits_the_caption_over_it(line, credit):
    caption = "Sul posto sono intervenuti i soccorritori e la Polizia cantonale"
    document = convert.parse_text(f"Auto contro moto, centauro grave\n{GALLERY_LEAD}\n{caption}\n{line}\n{GALLERY_END}\n",
                                  "page.txt")
    figures = [(b["caption"], b["credit"]) for b in document["articles"][0]["blocks"] if b["type"] == "figure"]
    assert figures == [(caption, credit)]


def test_a_stations_call_letters_in_brackets_after_the_stop_credit_the_picture():
    text = "Crews from four fire departments responded to the fire on County Road 9 early Tuesday. (WKRB)"
    assert caption_parts(text) == (None, "Crews from four fire departments responded to the fire on County Road 9 early "
                                         "Tuesday.", "WKRB")
    assert caption_parts("Delegates met the health agency's envoys in Geneva on Tuesday. (WHO)") is None


@pytest.mark.parametrize("label", ["Mehr Infos", "Continue Reading", "More Info"])
def test_a_links_label_glued_to_the_stop_is_no_photographer(label):
    assert caption_parts(f"Andrea Brunner schreibt vor allem über Stadtentwicklung und Verkehr.{label}") is None
    assert caption_parts("Vecinos observan los daños en la calle principal de Teruel.Fermín Ruiz Olmedo") is not None


@pytest.mark.parametrize("text, credit", [
    ("Items seized from the suspects are presented to the media on Sunday. Photo courtesy of Sta. Monica MPS",
     "Sta. Monica MPS"),
    ("EC-Goalie Florian Rettenbacher wurde zum Matchwinner. (c) GEPA pictures/ Tom Aigner", "GEPA pictures/ Tom Aigner"),
])
def test_a_credit_with_an_abbreviations_stop_or_a_keyboards_copyright_sign(text, credit):
    assert caption_parts(text)[2] == credit


def test_the_handouts_initials_after_a_bar_credit_the_caption():
    assert caption_parts("Edifício dos Paços do Concelho de Vila Alva da Beira | D.R.") == (
        None, "Edifício dos Paços do Concelho de Vila Alva da Beira", "D.R.")
    assert caption_parts("Resultado final | 2-1") is None


@pytest.mark.parametrize("text, credit", [
    ("Le bourgmestre entouré de ses échevins lors du conseil communal de mardi. - D.R.", "D.R."),
    ("Il tendone di piazza Matteotti nella serata di sabato Ph. Studio Lumière", "Studio Lumière"),
    ("Serre danneggiate in contrada Cozzo Pirrera ph. Giannone", "Giannone"),  # (the photographer's surname alone)
    ("Traders at the open-air market during a protest against the new fees. PHOTO/MWANGAZA", "MWANGAZA"),  # (the paper's)
    ("El alcalde de Montealto, Fernando Quesada, durante la sesión plenaria. ANDAPRESS/ARCHIVO", "ANDAPRESS/ARCHIVO"),
    ("Villagers carry new clay roof tiles up to the restored hall (Pix by Chaminda Silva)", "Chaminda Silva"),
    ("À Castelnau-de-Roque, jeudi, les habitants cherchaient la fraîcheur. Photo Réveil du Midi - Lionel Sabatier",
     "Réveil du Midi - Lionel Sabatier"),
])
def test_handouts_archives_and_photo_words_credit_after_a_caption(text, credit):
    assert caption_parts(text)[2] == credit


def test_a_sentence_after_the_stop_that_opens_with_photo_is_no_credit():
    assert caption_parts("The council approved the plan. Photo Booth opens Saturday") is None


def test_a_picture_agency_a_dash_and_a_name_under_a_caption_is_its_credit():
    assert standalone_credit("KEYSTONE - Laurent Bovay", under_caption=True) == "KEYSTONE - Laurent Bovay"


@pytest.mark.parametrize("text, caption, credit", [
    ("Os jogadores festejam o segundo golo, apontado por Mabaya Júnior FOTO: DOMINGOS CASSULE",
     "Os jogadores festejam o segundo golo, apontado por Mabaya Júnior", "DOMINGOS CASSULE"),
    ("Estudantes da Escola Secundária durante os exames do ano passado. Foto: D.R.",
     "Estudantes da Escola Secundária durante os exames do ano passado.", "D.R."),
])
def test_a_label_in_capitals_glued_on_and_the_stop_of_initials(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text, credit", [
    ("Residents of Jagessar Road wade through flood waters yesterday. - Photo by Anil Persaud", "Anil Persaud"),
    ("Un tramo de la carretera quedó destruido por la crecida de la quebrada. Foto cortesía COPEMA", "COPEMA"),
    ("Los bomberos trabajaron toda la noche en el galpón. Foto cedida por Bomberos Voluntarios", "Bomberos Voluntarios"),
    ("Der Angeklagte (r.) mit seinem Verteidiger im Saal 112 des Landgerichts. © dnp/Kai Behrend", "dnp/Kai Behrend"),
    ("Vehículos involucrados en el accidente a la altura del kilómetro 38. (Captura: Canal 9 Sur)", "Canal 9 Sur"),
    # (a picture reproduced from a print: its label is no part of the credit)
    ("Das Etikett des Festbiers zeigt die alte Mühle um 1900. (Repro: Brauerei Lindner)", "Brauerei Lindner"),
    # (and a file picture's: whose it is after the label)
    ("Famílias num centro de acomodação em Valmora, na época chuvosa passada (Arquivo: Jornal do Vale)", "Jornal do Vale"),
    ("Pupils attend their first class aboard the converted ferry on March 1, 2024. Photo from Dalumpit City PIO",
     "Dalumpit City PIO"),  # "from": who gave the picture
    ("Rescuers dig through mud and debris in San Aurelio town on Tuesday. —PHOTO COURTESY OF SAN AURELIO MDRRMO",
     "SAN AURELIO MDRRMO"),  # (the dash glued to the label)
    ("Workers clear a clogged monsoon drain on March 4, 2025. — Picture via Facebook/Majlis Perbandaran Kuala Selantau",
     "Facebook/Majlis Perbandaran Kuala Selantau"),  # "via": where the picture was found
])
def test_a_dash_before_photo_by_the_words_of_courtesy_a_service_in_small_letters_and_a_screens_still(text, credit):
    assert caption_parts(text)[2] == credit


@pytest.mark.parametrize("text", [
    "Los vecinos se reunieron en la plaza. Foto de archivo.",  # (no one's name after the words)
    "Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…",  # a column's name, no credit's label
])
def test_no_credit_where_no_name_follows(text):
    parts = caption_parts(text)
    assert parts is None or parts[2] not in ("archivo.", "«Vape Wave», «6 Days», «Alphonse Président»…")


@pytest.mark.parametrize("text, credit", [
    ("(foto Polizia cantonale)", "Polizia cantonale"),  # an institution's name, its other words small
    ("(Foto Vigili del fuoco)", "Vigili del fuoco"),
    ("Foto Carlo Bartoli/FotoElsa", "Carlo Bartoli/FotoElsa"),  # the picture's word, without its colon, is no part of it
])
def test_a_credits_line_with_the_pictures_word_without_its_colon(text, credit):
    assert standalone_credit(text, under_caption=True) == credit


@pytest.mark.parametrize("text", ["(foto d'archivio)", "(foto lettore)"])
def test_a_pictures_word_in_brackets_before_no_name_credits_no_one(text):
    assert standalone_credit(text, under_caption=True) is None


def test_a_caption_over_its_bracketed_credit_between_paragraphs():
    document = convert.parse_text(
        "Car crashes through railing\nBy Jane Roe\nThe district council met on Thursday evening to discuss the crash on "
        "the river road, and most councillors spoke in favour of a new railing.\nIl parapetto divelto in via alla Motta\n"
        "(foto Polizia cantonale)\nTwo young men walking home from a party climbed down the bank and helped the driver "
        "out of the car before the firefighters arrived.\n", "page.txt")
    figures = [b for b in document["articles"][0]["blocks"] if b["type"] == "figure"]
    assert [(f["caption"], f["credit"]) for f in figures] == [("Il parapetto divelto in via alla Motta", "Polizia cantonale")]


@pytest.mark.parametrize("words", ["Imagen ilustrativa", "Imagen de referencia", "Foto d'archivio", "Symbolbild",
                                   "Representative image.", "Imagem ilustrativa", "Imagen referencial.", "Imagem referencial"])
def test_a_pictures_word_alone_between_paragraphs_is_its_caption(words):
    document = convert.parse_text(
        "Council backs pool plan\nBy Jane Roe\nThe district council met on Thursday evening to discuss the plan for the "
        f"new swimming pool on the common, and most councillors spoke in favour of it.\n{words}\nCouncillors said they "
        "would decide in June, after a second round of public meetings in the town hall.\n", "page.txt")
    figures = [b for b in document["articles"][0]["blocks"] if b["type"] == "figure"]
    assert [(f["caption"], f["credit"]) for f in figures] == [(words, None)]


def test_a_sentence_after_a_pictures_label_is_the_caption_not_a_credit():
    assert standalone_credit("Archivfoto: Die Windräder am Hainkopf bei Hohenroth im Sommer 2021.", under_caption=True) is None
    assert standalone_credit("Foto: D.R.", under_caption=True) == "D.R"


@pytest.mark.parametrize("line", ["Gallo Images", "Inpho Photography", "Backpage Pix", "Alamy Stock Photo", "Sportsfile"])
def test_a_picture_agency_named_as_most_are_under_a_caption_is_its_credit(line):
    assert standalone_credit(line, under_caption=True) == line


@pytest.mark.parametrize("line", ["View Photos", "More Photos", "Latest Photos", "In Pictures", "Submit Photos"])
def test_a_buttons_or_a_lists_words_for_pictures_are_no_agency(line):
    assert standalone_credit(line, under_caption=True) is None


@pytest.mark.parametrize("text, caption, credit", [
    ("La ministre du Tourisme en point de presse à l'Assemblée nationale, mardi. PHOTO LÉA TREMBLAY-ROY, LA PRESSE DU NORD",
     "La ministre du Tourisme en point de presse à l'Assemblée nationale, mardi.", "LÉA TREMBLAY-ROY, LA PRESSE DU NORD"),
    ("A nova cantina da escola vai receber fruta de produtores do concelho PAULO SEQUEIRA",
     "A nova cantina da escola vai receber fruta de produtores do concelho", "PAULO SEQUEIRA"),
    ("Die Talstation in Brunnbach soll ebenfalls erneuert werden LFO/Anna Maier",
     "Die Talstation in Brunnbach soll ebenfalls erneuert werden", "LFO/Anna Maier"),
    ("Luca Bertolini, 24 anni, attaccante del Portoscuro FotoCampo", "Luca Bertolini, 24 anni, attaccante del Portoscuro",
     "FotoCampo"),
])
def test_a_credit_run_into_the_end_of_its_caption(text, caption, credit):
    assert glued_credit_at_end(text) == (caption, credit)


@pytest.mark.parametrize("text", [
    "Trump meets his allies in Brussels at the NATO SUMMIT",  # (a phrase that runs on into the capitals)
    "Reviewed on a laptop with a Ryzen 5 processor and 8 GB RAM",  # (a product's letters, no name)
    "Die Ausstattung des neuen Rades für die Saison MTB FS",
    "Protesters gathered outside the court in the rain BBC NEWS",  # (an organisation)
    "Short caption ANNA ROSSI",  # (too short to be a caption before a credit)
])
def test_capitals_at_the_end_of_a_line_that_are_no_credit(text):
    assert glued_credit_at_end(text) is None


def _figures(document):
    return [(b["caption"], b["credit"]) for b in document["articles"][0]["blocks"] if b["type"] == "figure"]


def test_a_caption_run_into_its_credit_between_paragraphs_is_no_subhead():
    document = convert.parse_text(
        "Sessellift wird saniert\nVon Jana Roth\nDer Sessellift auf die Hochalm in Brunnbach wird um 6,5 Millionen Euro "
        "generalsaniert, die Arbeiten beginnen im April und dauern bis zum Dezember.\n"
        "Die Talstation in Brunnbach soll ebenfalls erneuert werden LFO/Anna Maier\nDie Bahn aus dem Jahr 1987 befördert "
        "im Winter rund 1.200 Personen pro Stunde, zuletzt hatten sich die Probleme gehäuft.\n", "page.txt")
    assert _figures(document) == [("Die Talstation in Brunnbach soll ebenfalls erneuert werden", "LFO/Anna Maier")]


def test_a_lead_caption_run_into_its_photographer_in_capitals_over_the_story():
    document = convert.parse_text(
        "Jornal do Sorraia\nSociedade\nCantinas escolares vão servir produtos do concelho\nPor Rita Amaral\n"
        "14 de Março de 2024, 10:02\n"
        "A nova cantina da escola vai receber fruta de produtores do concelho PAULO SEQUEIRA\n"
        "A Câmara Municipal de Vila Franca vai passar a servir nas cantinas escolares fruta, legumes e pão produzidos no "
        "concelho a partir do próximo ano lectivo, anunciou a autarquia.\n", "page.txt")
    assert _figures(document) == [("A nova cantina da escola vai receber fruta de produtores do concelho", "PAULO SEQUEIRA")]


def test_a_lead_caption_without_its_stop_over_its_photographer_in_capitals():
    document = convert.parse_text(
        "El Faro Atlántico\nGalicia\nEl Concello retira 14 toneladas de algas de la playa en una semana\n"
        "María Fernández Outeiral\nPortomar / El Faro 14/03/2024 05:00 h\n"
        "Operarios municipales retiran algas en la playa este miércoles\nXOÁN C. REGUEIRO\n"
        "Las brigadas de limpieza del Concello han retirado en los últimos siete días cerca de 14 toneladas de algas de la "
        "playa, según los datos facilitados por el Ayuntamiento.\n", "page.txt")
    article = document["articles"][0]
    assert _figures(document) == [("Operarios municipales retiran algas en la playa este miércoles", "XOÁN C. REGUEIRO")]
    assert (article["dateline"], article["published"][:10]) == ("Portomar", "2024-03-14")


def test_a_wires_photographer_under_the_caption_over_a_story_with_its_own_dateline():
    document = convert.parse_text(
        "El Heraldo del Sur\nAndalucía\nLa sequía obliga a cortar el agua por las noches en once municipios\n"
        "EFE\n05 mar 2025 - 13:45 CET\nVista del embalse de Peñaseca, al 11 % de su capacidad, este miércoles.\n"
        "MARISA GUTIÉRREZ (EFE)\nVillanueva de Almirez, 5 mar (EFE).- Once municipios de la sierra sufrirán cortes "
        "nocturnos de agua a partir del próximo lunes por la escasez de las reservas.\n", "page.txt")
    article = document["articles"][0]
    assert _figures(document) == [("Vista del embalse de Peñaseca, al 11 % de su capacidad, este miércoles.",
                                   "MARISA GUTIÉRREZ (EFE)")]
    assert article["dateline"] == "Villanueva de Almirez"


@pytest.mark.parametrize("text, caption, credit", [
    ("Reconstituição artística do Palmeirasaurus sertanejo. Ilustração: Davi Lacerda/UFAP",
     "Reconstituição artística do Palmeirasaurus sertanejo.", "Davi Lacerda/UFAP"),
    ("Vista nocturna de las cúpulas del observatorio, a 2.150 metros de altura. Gentileza Observatorio Tololén",
     "Vista nocturna de las cúpulas del observatorio, a 2.150 metros de altura.", "Observatorio Tololén"),
    ("Mosquito em laboratório: insetos soltos carregam bactéria que reduz transmissão do vírus Imagem: Divulgação/Fundação Jequiá",
     "Mosquito em laboratório: insetos soltos carregam bactéria que reduz transmissão do vírus", "Divulgação/Fundação Jequiá"),
])
def test_a_drawings_label_a_gift_without_its_colon_and_the_portuguese_word_for_image(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_credit_in_capitals_under_the_caption_given_by_an_institution():
    assert standalone_credit("PHOTO COURTESY OF SAN ISIDRO DEL NORTE MDRRMO", under_caption=True) == (
        "PHOTO COURTESY OF SAN ISIDRO DEL NORTE MDRRMO")
    assert standalone_credit("Photo courtesy of Casa del Mar", under_caption=True) == "Photo courtesy of Casa del Mar"


def test_one_word_in_capitals_after_the_captions_stop_is_its_credit():
    assert glued_credit_at_end("La sede de Solterra Renovables en el parque empresarial de Las Norias. GACETA") == (
        "La sede de Solterra Renovables en el parque empresarial de Las Norias.", "GACETA")


@pytest.mark.parametrize("text, caption, credit", [
    ("Il torrente Vellana in piena a Borgo Sella (foto Vigili del fuoco)", "Il torrente Vellana in piena a Borgo Sella",
     "Vigili del fuoco"),
    ("I Canadair in azione sopra Rovena nel primo pomeriggio – Foto Vigili del fuoco",
     "I Canadair in azione sopra Rovena nel primo pomeriggio", "Vigili del fuoco"),
    ("Jane Wanjiru inspects her maize crop on April 14, 2025. | PHOTO | JOSEPH KAMAU | NSG",
     "Jane Wanjiru inspects her maize crop on April 14, 2025.", "JOSEPH KAMAU | NSG"),
])
def test_an_institutions_picture_after_the_caption_and_the_pictures_word_between_bars(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_lead_caption_with_its_credit_under_the_headline_though_it_reads_as_a_title():
    document = convert.parse_text(
        "El Sol de Tlacoyan\nLocal\nInauguran el nuevo mercado municipal de Tlacoyan\nPor Rubén Ortega\n14 de mayo de 2024\n"
        "La primera etapa incluye 210 locales de carne, verdura y comida / Foto: Daniel Solís | El Sol de Tlacoyan\n"
        "El nuevo mercado municipal abrió sus puertas este martes con 210 locales en su primera etapa, según informó el "
        "ayuntamiento en un comunicado.\n", "page.txt")
    assert _figures(document) == [("La primera etapa incluye 210 locales de carne, verdura y comida",
                                   "Daniel Solís | El Sol de Tlacoyan")]


@pytest.mark.parametrize("job", ["News Editor", "Staff Writer", "Sports Editor"])
def test_the_writers_job_after_a_bar_names_no_publisher(job):
    assert named_for(f"Ethan Doucette | {job}") is None


def test_a_live_label_before_a_bar_names_no_one():
    assert named_for("EN VIVO | Informativo Andino TV: Noticiero matinal") is None
    assert named_for("Jane Roe | The Valley Courier") == ("Jane Roe", "The Valley Courier")


@pytest.mark.parametrize("text, caption, credit", [
    ("Blick vom Brienzer Rothorn auf den Thunersee (Foto: Rita Hollinger, 19.01.2024).",
     "Blick vom Brienzer Rothorn auf den Thunersee", "Rita Hollinger, 19.01.2024"),
    ("The new footbridge over the Avon at dusk (Photo: Sam Okafor).", "The new footbridge over the Avon at dusk", "Sam Okafor"),
    ("Immer wieder werden am Bahnhof tote Tauben gefunden. Foto: Getty Images/EyeEm (Symbolbild)",
     "Immer wieder werden am Bahnhof tote Tauben gefunden.", "Getty Images/EyeEm (Symbolbild)"),
])
def test_a_labelled_credit_before_the_stop_and_a_stand_in_pictures_note_after_the_credit(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_credit_alone_with_its_stand_in_note_is_no_caption():
    assert caption_parts("Foto: Lena Vogt / Pixabay (Symbolbild)") is None
    assert caption_parts("The council will vote on the budget (see below).") is None


@pytest.mark.parametrize("text, label, rest", [
    ("Abbildung 2: Nullgradgrenze vom 14. bis 20. Januar, aus den Tagesmitteln", "Abbildung 2",
     "Nullgradgrenze vom 14. bis 20. Januar, aus den Tagesmitteln"),
    ("Abb. 3: Windmühlen lieferten in Holland die Energie", "Abb. 3", "Windmühlen lieferten in Holland die Energie"),
    ("Fig. 1 – The valley after the flood of March", "Fig. 1", "The valley after the flood of March"),
    ("Gráfico 4. Desemprego por região em 2023", "Gráfico 4", "Desemprego por região em 2023"),
])
def test_a_figures_label_and_number_before_its_caption(text, label, rest):
    assert numbered_figure(text) == (label, rest)


@pytest.mark.parametrize("text", [
    "Figure 1 shows how the snow depth compares with the average of thirty winters.",
    "Abbildung: Nullgradgrenze",
    "Foto 2",
])
def test_a_sentence_naming_a_figure_is_no_label(text):
    assert numbered_figure(text) is None


def test_a_numbered_figures_caption_between_paragraphs_keeps_its_label_apart():
    document = convert.parse_text(
        "Lawinenbulletin\nWochenbericht vom 14. bis 20. Januar\n"
        "Das Hochdruckgebiet erwies sich als langlebig. In den Alpen zeigte sich dies mit sehr milden Temperaturen in "
        "der Höhe und Nebel in den Tälern.\n"
        "Abbildung 1: \"Nebelmeer\" statt See. Blick vom Brienzer Rothorn auf den Thunersee (Foto: Rita Hollinger).\n"
        "Anfangs kletterten die Temperaturen nach oben. Am Samstag wurde es auf der Alpensüdseite mit Nordwind "
        "frühlingshaft warm und die Sonne schien den ganzen Tag.\n"
        "Fig. 2 – Snow depth at the Robiei station over the winter\nFoto: Hans Muster\n"
        "Die Schneehöhe im Winter ist stark unterdurchschnittlich, wie die Messungen der Stationen zeigen.\n", "page.txt")
    figures = [(b["label"], b["caption"], b["credit"]) for b in document["articles"][0]["blocks"] if b["type"] == "figure"]
    assert figures == [("Abbildung 1", "\"Nebelmeer\" statt See. Blick vom Brienzer Rothorn auf den Thunersee", "Rita Hollinger"),
                       ("Fig. 2", "Snow depth at the Robiei station over the winter", "Hans Muster")]


def test_a_galleries_captions_each_over_a_wires_name_alone():
    document = convert.parse_text(
        "Europe eases its lockdown\nBy Amal Reyes\nShops and schools reopened across Europe on Monday as governments "
        "eased the rules that had kept millions of people at home for weeks.\n"
        "Commuters sit in a coach at the Cardona metro station, with red circles on the floor to keep their distance\n"
        "AFP via Getty Images\n"
        "People walk along a street of the island of Formentera on the first day the bars may open outdoors\nReuters\n"
        "Workers at a hair salon in Athens tend to customers, all of them wearing face masks\nAP\n"
        "A commuter waits for a train inside the Nuevos Ministerios station in Madrid\nAFP via Getty Images\n", "page.txt")
    assert _figures(document) == [
        ("Commuters sit in a coach at the Cardona metro station, with red circles on the floor to keep their distance",
         "AFP via Getty Images"),
        ("People walk along a street of the island of Formentera on the first day the bars may open outdoors", "Reuters"),
        ("Workers at a hair salon in Athens tend to customers, all of them wearing face masks", "AP"),
        ("A commuter waits for a train inside the Nuevos Ministerios station in Madrid", "AFP via Getty Images")]


def test_a_galleries_caption_under_its_counter_keeps_the_credit_under_it():
    document = convert.parse_text(
        "Carnaval de Vila Nova em imagens: milhares desfilaram sob chuva\nTexto: Rui Matos\n"
        "Nem a chuva que caiu durante toda a tarde afastou o público do corso, que juntou cerca de 12 mil pessoas.\n"
        "1 / 14\nA escola de samba Unidos do Cais abriu o desfile com um carro dedicado aos pescadores.\n"
        "Foto: Inês Carvalho\n2 / 14\nMuitos foliões trocaram as máscaras por capas de chuva coloridas.\n"
        "3 / 14\nOs cabeçudos de São Brás voltaram a sair à rua depois de dois anos de ausência.\n"
        "Foto: Inês Carvalho\n", "page.txt")
    assert _figures(document) == [
        ("A escola de samba Unidos do Cais abriu o desfile com um carro dedicado aos pescadores.", "Inês Carvalho"),
        ("Muitos foliões trocaram as máscaras por capas de chuva coloridas.", None),
        ("Os cabeçudos de São Brás voltaram a sair à rua depois de dois anos de ausência.", "Inês Carvalho")]


@pytest.mark.parametrize("text, caption, credit", [
    ("El ministro de Educación durante el recorrido por el liceo de Villa Mella. Fuente externa",
     "El ministro de Educación durante el recorrido por el liceo de Villa Mella.", "Fuente externa"),
    ("La piscina municipal, durante las obras de los vestuarios.Foto: Ayto. de Villaseca",
     "La piscina municipal, durante las obras de los vestuarios.", "Ayto. de Villaseca"),
    ("Rendering of the new hybrid ferry. Image courtesy of Keston Ferry Authority.",
     "Rendering of the new hybrid ferry.", "Keston Ferry Authority"),
])
def test_a_handout_from_outside_a_label_glued_to_the_stop_and_a_courtesy_with_its_own_stop(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_credit_glued_to_a_long_paragraph_makes_no_caption():
    paragraph = " ".join(["Die kommunalen Unternehmen unterliegen der Kommunalaufsicht und die privaten Anbieter der "
                          "Aufsicht der Kartellbehörden."] * 4)
    assert caption_parts(paragraph + "Foto: photocase.de") is None


def test_the_pictures_word_before_the_copyright_sign_labels_the_credit():
    assert without_label("Bild © picture alliance/dpa | Torben Lessing") == "picture alliance/dpa | Torben Lessing"


@pytest.mark.parametrize("text", [
    "De izquierda a derecha, el alcalde de Lagunilla, la diputada de Turismo y el presidente de la asociación.",
    "From left, Mayor Jane Roe, council leader John Poe and Ada Lund at the opening on Monday.",
    "Von links: Bürgermeister Hans Roth, Landrätin Jana Berg und Ada Lund bei der Eröffnung.",
])
def test_a_caption_naming_who_is_pictured_from_the_left(text):
    assert describes_picture(text)


def test_from_left_field_is_no_caption():
    assert not describes_picture("From left field, the idea came to him one morning on the way to the office.")


def test_a_lead_caption_from_the_left_over_the_first_paragraph_is_a_figure():
    document = convert.parse_text(
        "La Diputación lanza una ruta de turismo ornitológico por las lagunas\nOlmedal, 18/10/2024\n"
        "De izquierda a derecha, el alcalde de Lagunilla, la diputada de Turismo y el presidente de la asociación, en "
        "la presentación de la ruta.\n"
        "La Diputación Provincial de Olmedal ha presentado este viernes la Ruta de las Aves, un recorrido de 42 "
        "kilómetros por seis lagunas del Campo Alto.\n", "page.txt")
    article = document["articles"][0]
    assert [b["type"] for b in article["blocks"]] == ["figure", "paragraph"]


@pytest.mark.parametrize("credit, credits", [
    ("API / Marcos Villacís", True), ("API/Marcos Villacís", True),  # a wire's or a paper's initials, then its photographer
    ("ES / EN", False), ("MPH / MPH SP", False), ("MP / MP3 Remix", False),
])
def test_initials_then_a_photographers_name_after_a_slash_under_a_caption(credit, credits):
    assert (standalone_credit(credit, under_caption=True) == credit) is credits


@pytest.mark.parametrize("text, parts", [
    ("Traders salvage items after a fire razed stalls at the market on March 3, 2025. | Brian Otieno | Savannah Times",
     (None, "Traders salvage items after a fire razed stalls at the market on March 3, 2025.",
      "Brian Otieno | Savannah Times")),
    ("The council met on Monday. | Home | News", None),  # (a menu's items, no photographer)
])
def test_a_bar_after_the_captions_stop_then_the_photographer_and_the_paper(text, parts):
    assert caption_parts(text) == parts


@pytest.mark.parametrize("text, parts", [
    ("Kioskbetreiberin Sevgi Aydın zeigt auf das Plakat mit der GewinnsummeFoto: Privat",
     (None, "Kioskbetreiberin Sevgi Aydın zeigt auf das Plakat mit der Gewinnsumme", "Privat")),
    ("Alexander Zverev steht im Viertelfinale des ATP-TurniersBild: AFP/SID/PASCAL GUYOT",
     (None, "Alexander Zverev steht im Viertelfinale des ATP-Turniers", "AFP/SID/PASCAL GUYOT")),
    ("Die Bank UniCredit: ein Bericht über die Zahlen", None),  # (a name holding the word)
])
def test_the_pictures_word_and_its_colon_glued_to_the_captions_last_word(text, parts):
    assert caption_parts(text) == parts


@pytest.mark.parametrize("text, caption, credit", [
    ("Columna de humo visible desde la autovía este martes por la tarde. Cedida por un oyente",
     "Columna de humo visible desde la autovía este martes por la tarde.", "Cedida por un oyente"),
    ("La actriz Carmen Ibarra, en una escena de la obra. Foto cedida por el Teatro Principal de Almadeña",
     "La actriz Carmen Ibarra, en una escena de la obra.", "Teatro Principal de Almadeña"),
    ("A ponte durante a cheia de sábado. Imagem cedida pela Câmara Municipal", "A ponte durante a cheia de sábado.",
     "Câmara Municipal"),
])
def test_a_picture_given_by_whom_after_the_stop(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_sentence_saying_a_picture_was_given_is_no_caption():
    assert caption_parts("El alcalde dijo que la imagen fue cedida por un vecino.") is None


@pytest.mark.parametrize("text", ["Texto: Catarina Lopes | Fotos: Miguel Freire", "Por Inês Correia | Fotos: Hugo Matos",
                                  "Text: Jana Roth / Fotos: Lars Weidner"])
def test_who_wrote_the_story_and_who_took_its_pictures_is_no_caption(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text", [
    "Dans le cadre du renouvellement du réseau, des travaux seront réalisés rue des Tanneurs du lundi 8 avril au vendredi 24 mai 2024.",
    "La 41e édition du festival aura lieu sur la place du Marché du 27 juin au 5 juillet 2025.",
    "The exhibition of photographs runs in the town hall from March 1 to Sunday, March 24, 2024.",
])
def test_a_sentence_ending_with_a_periods_last_day_describes_no_picture(text):
    assert not describes_picture(text)


@pytest.mark.parametrize("text, caption, credit", [
    ("Vacinação em unidade de saúde de Porto Serrano. Arquivo/RPR", "Vacinação em unidade de saúde de Porto Serrano.",
     "Arquivo/RPR"),
    ("The old mill on the river in 1950. Archive/Valley Museum", "The old mill on the river in 1950.",
     "Archive/Valley Museum"),
])
def test_the_archives_word_then_whose_after_the_stop(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


@pytest.mark.parametrize("text", ["EUROPA PRESS - Archivo", "CONSERVAS ARRIOLA - Archivo"])
def test_a_name_in_capitals_then_its_word_for_a_file_picture_under_a_caption(text):
    assert standalone_credit(text, under_caption=True) == text


def test_a_section_then_the_archives_word_is_no_credit():
    assert standalone_credit("Noticias - Archivo", under_caption=True) is None


def test_a_photographer_for_the_paper_after_a_slash_credits_the_caption():
    text = "Moradores fazem fila para receber senha no posto do bairro (Henrique Salles/Especial para O Regional)"
    assert caption_parts(text) == (None, "Moradores fazem fila para receber senha no posto do bairro",
                                   "Henrique Salles/Especial para O Regional")


@pytest.mark.parametrize("text, caption, credit", [
    # a photo's short word and "supplied" label the credit in brackets, as "Foto:" does
    ("La préfète de région coupant le ruban inaugural. (Ph. AIP)", "La préfète de région coupant le ruban inaugural.",
     "AIP"),
    ("El galpón quedó destruido por las llamas (Gentileza Bomberos Voluntarios)",  # (without its colon the word stays)
     "El galpón quedó destruido por las llamas", "Gentileza Bomberos Voluntarios"),
    ("Emergency crews at the scene of the rollover. (Supplied: Barrow Shire Council)",
     "Emergency crews at the scene of the rollover.", "Barrow Shire Council"),
    # the short word after a dash, no stop
    ("La vasca olimpionica della piscina comunale dopo i lavori - Ph. Studio Lumen",
     "La vasca olimpionica della piscina comunale dopo i lavori", "Studio Lumen"),
    # ... a figure before the caption's stop, and without the dash
    ("Reeve Tom Vanderlaan stands beside the proposed tower on Concession 6. Submitted photo",
     "Reeve Tom Vanderlaan stands beside the proposed tower on Concession 6.", "Submitted photo"),
    # the photo's short word in small letters after a year and a dash
    ("Ettore Vallisneri nel laboratorio di via Roma nel 2012 - ph. Marco Ghidoni",
     "Ettore Vallisneri nel laboratorio di via Roma nel 2012", "Marco Ghidoni"),
    # what kind of picture it is and whose, after a dash and the caption's stop
    ("Drivers crowd the infield at the Ketter County Fairgrounds. — Sentinel file photo",
     "Drivers crowd the infield at the Ketter County Fairgrounds.", "Sentinel file photo"),
    # the photographer and the station, a figure in its name; the paper, a little word in its name, then its photographer
    ("Smoke rises over the treeline east of Marrow Lake on Sunday evening. (Jessa Kowalchuk/Prairie 9 News)",
     "Smoke rises over the treeline east of Marrow Lake on Sunday evening.", "Jessa Kowalchuk/Prairie 9 News"),
    ("Brigadas municipales desmontan las casetas en la calle Del Sol. (Crónica del Cibao/Félix Gómez)",
     "Brigadas municipales desmontan las casetas en la calle Del Sol.", "Crónica del Cibao/Félix Gómez"),
    # an office's name with a small word inside after "Ph."; "Photo by" and its own stop; the photographer in capitals
    # before the bullet and the paper
    ("Il pesce sequestrato nel corso dei controlli. Ph. Ufficio stampa Capitaneria",
     "Il pesce sequestrato nel corso dei controlli.", "Ufficio stampa Capitaneria"),
    ("Dairy farmers during the launch of the milk cooling plant at Kaptoboi. Photo by KNA.",
     "Dairy farmers during the launch of the milk cooling plant at Kaptoboi.", "KNA"),
    ("Fishing boats tied up at the government wharf in Port Lachlan on Friday. COLIN MACPHEE • THE BEACON",
     "Fishing boats tied up at the government wharf in Port Lachlan on Friday.", "COLIN MACPHEE • THE BEACON"),
    # the photographer and the paper between a bar, in brackets
    ("Student senators debate the fee in the Hollis Union ballroom. (Liam Ortega | The Daily Meridian)",
     "Student senators debate the fee in the Hollis Union ballroom.", "Liam Ortega | The Daily Meridian"),
])
def test_more_labels_and_kinds_of_credit_after_a_caption(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)



@pytest.mark.parametrize("text", ["The council met in the hall on Monday to talk about parts. (Council/Mayor)",
                                  "He spoke with the owners of the shop on the corner. (Parts 1/2)",
                                  "The two sides met in the capital on Monday. (Ministerio de Salud/Ana Ruiz y otros)"])
def test_an_aside_with_a_slash_is_no_credit(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, caption, credit", [
    # the copyright's sign opens a credit the slash divides; a short caption is one then
    ("Photo d'illustration. © Bertrand GUÉRIN / AFP", "Photo d'illustration.", "Bertrand GUÉRIN / AFP"),
    ("Tauernradweg Almdorf © SalzburgerLand Tourismus / Markus Greber", "Tauernradweg Almdorf",
     "SalzburgerLand Tourismus / Markus Greber"),
    # who took it, after "Photo by", and for whom after a bar
    ("Machinists check a finished stamping die at the plant. Photo by Evan Lusk | Tri-County Business Ledger",
     "Machinists check a finished stamping die at the plant.", "Evan Lusk | Tri-County Business Ledger"),
    # a dash between the stop and the label
    ("Traders packing up their stalls at the wet market on Monday. — Pix: AZMAN HARUN/The Herald",
     "Traders packing up their stalls at the wet market on Monday.", "AZMAN HARUN/The Herald"),
    # a wire's picture, after a dash
    ("The deputy minister speaking to reporters after the launch today. - BERNAMA PIC",
     "The deputy minister speaking to reporters after the launch today.", "BERNAMA PIC"),
])
def test_more_credits_after_the_caption(text, caption, credit):
    assert caption_parts(text) == (None, caption, credit)


def test_a_wires_name_alone_after_a_dash_still_signs_a_story_off():
    assert caption_parts("The minister spoke to reporters after the launch today. - BERNAMA", is_last=True) is None


@pytest.mark.parametrize("text, credit", [("Estado de la acequia tras el desprendimiento del talud, el sábado. | N. B.", "N. B."),
                                          ("Vecinos en la plaza durante la fiesta del barrio. | J.R.", "J.R.")])
def test_a_photographers_initials_after_a_captions_stop_and_a_bar(text, credit):
    assert caption_parts(text) == (None, text[:text.index(" | ")], credit)


@pytest.mark.parametrize("text", ["Vista del puerto desde el faro | N. B.", "Jane Roe | N. B.", "Regantes en la acequia. | 1. 2."])
def test_initials_after_a_bar_without_a_captions_stop_credit_nothing(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("line", ["Cortesía Ayuntamiento", "Gentileza Observatorio Tololén", "Cortesia da Prefeitura"])
def test_a_pictures_giver_under_its_caption_in_the_other_languages(line):
    caption = "Transportistas siguieron la sesión de cabildo desde el salón de plenos."
    document = convert.parse_text(f"Festival del Cangrejo llena el malecón\n{GALLERY_LEAD}\n{caption}\n{line}\n"
                                  f"{GALLERY_END}\n", "page.txt")
    blocks = document["articles"][0]["blocks"]
    assert [(b["caption"], b["credit"]) for b in blocks if b["type"] == "figure"] == [(caption, line)]


def test_courtesy_in_the_other_languages_before_a_word_in_small_letters_credits_nothing():
    assert standalone_credit("Cortesía de los vecinos", under_caption=True) is None


@pytest.mark.parametrize("text, credit", [
    ("Motorists queue at a filling station in Jaffna yesterday. Pic by Nuwan Jayakody", "Nuwan Jayakody"),
    ("Motorists queue at a filling station in Jaffna yesterday. Pix by Nuwan Jayakody", "Nuwan Jayakody"),
])
def test_the_short_words_for_a_picture_before_by_label_its_credit(text, credit):
    assert caption_parts(text) == (None, text[:text.index(". ") + 1], credit)


def test_a_picnic_by_a_river_is_no_credit():
    assert caption_parts("The picnic by the lake was cancelled. Pic by the river.") is None


def test_photo_by_and_its_colon_labels_the_credit():
    assert standalone_credit("Photo by: Tamsin Reilly/WDLQ", under_caption=True) == "Tamsin Reilly/WDLQ"
    assert caption_parts("Police tape outside the centre on Thursday. Photo by: Tamsin Reilly/WDLQ") == (
        None, "Police tape outside the centre on Thursday.", "Tamsin Reilly/WDLQ")


@pytest.mark.parametrize("text, caption, credit", [
    ("Players celebrate at the Estádio Municipal Dr. Anselmo Reis - Rubens Calado/Agência Brasil",
     "Players celebrate at the Estádio Municipal Dr. Anselmo Reis", "Rubens Calado/Agência Brasil"),
    ("Crowds outside the clinic of Prof. Hannah Weiss - Jane Roe/Reuters",
     "Crowds outside the clinic of Prof. Hannah Weiss", "Jane Roe/Reuters"),
])
def test_a_names_shortened_title_inside_a_caption_is_no_stop_before_its_credit(text, caption, credit):
    assert caption_parts(text)[1:] == (caption, credit)


@pytest.mark.parametrize("credit, name", [("Ledger Photo: K. Raghunath", "K. Raghunath"), ("Staff Photo: Jane Roe", "Jane Roe"),
                                          ("AP Photo: Jane Roe", "AP Photo: Jane Roe")])
def test_the_papers_word_before_the_pictures_label_goes_with_the_label_but_a_wires_stays(credit, name):
    from convert.readers.capture.captions import without_label
    assert without_label(credit) == name


@pytest.mark.parametrize("text, caption, credit", [
    ("A drinking fountain in the old town (archive picture) APA/EVA MARIA STROHMER",
     "A drinking fountain in the old town (archive picture)", "APA/EVA MARIA STROHMER"),
    ("Residents point to a clogged drain outside a home on Sunday. —Photo: KEVON BRATHWAITE",
     "Residents point to a clogged drain outside a home on Sunday.", "KEVON BRATHWAITE"),
    ("La campaña arranca con precios superiores a los del año pasado | Foto: M. J. C.",
     "La campaña arranca con precios superiores a los del año pasado", "M. J. C."),
    ("Le chantier de la future gare, vu depuis la rue des Tanneurs, mardi 12 mars. PVDM/C.F.",
     "Le chantier de la future gare, vu depuis la rue des Tanneurs, mardi 12 mars.", "PVDM/C.F."),
    ("Foto: Paul Ehlers | Die Band beim Proben im Keller: Jule Marquardt, Tarek Selim (v. l.)",
     "Die Band beim Proben im Keller: Jule Marquardt, Tarek Selim (v. l.)", "Paul Ehlers"),
    ("Foto: Peter Moser · Rund 60 Krampusse und Perchten zogen durch den Ortskern.",
     "Rund 60 Krampusse und Perchten zogen durch den Ortskern.", "Peter Moser"),  # (a middle dot after the name)
])
def test_a_wire_and_its_photographer_in_capitals_a_dash_before_the_label_and_initials_keeping_their_stop(text, caption, credit):
    assert caption_parts(text)[1:] == (caption, credit)


@pytest.mark.parametrize("text", ["Kultur in Haßfurt: Bayrische Lieder sowie the soul of AC/DC",
                                  "Tomás, de 8 anos, espera pela carrinha às 7h20. RUI PENEDO/SEMANÁRIO ATLÂNTICO"])
def test_a_band_in_capitals_or_a_photographer_and_his_paper_are_no_wire_and_photographer(text):
    parts = caption_parts(text)
    assert parts is None or parts[2] != text.rpartition(" ")[2]


def test_an_aside_in_brackets_that_names_the_police_is_no_credit():
    assert credit_like("Kantonspolizei Bern")
    assert not credit_like("Police said the road would stay closed until Friday")


@pytest.mark.parametrize("text, parts", [
    ("Il rifugio Malga Cengelina in una foto d'archivio — Foto di Stefano Moser",
     (None, "Il rifugio Malga Cengelina in una foto d'archivio", "Stefano Moser")),
    ("The hut seen from the trail on Sunday – Photo by Jane Roe", (None, "The hut seen from the trail on Sunday", "Jane Roe")),
    ("The council – photo by night", None),  # (no name after "by")
])
def test_the_picture_by_its_taker_after_a_spaced_long_dash_is_the_credit(text, parts):
    assert caption_parts(text) == parts



def test_the_pictures_source_after_a_spaced_dash_is_its_credit():
    assert caption_parts("Il lungomare di Castelmare dopo la mareggiata - Fonte foto: Comune di Castelmare Ligure") == (
        None, "Il lungomare di Castelmare dopo la mareggiata", "Comune di Castelmare Ligure")


@pytest.mark.parametrize("mark", ["•", "·"])
def test_a_dot_between_the_caption_and_its_credits_label_is_neither(mark):
    assert caption_parts(f"Moradores retiram lama de casa no bairro Vila Esperança {mark} Foto: Ricardo Bolzan") == (
        None, "Moradores retiram lama de casa no bairro Vila Esperança", "Ricardo Bolzan")


@pytest.mark.parametrize("text", ["Arquivo/O Vigia do Litoral", "Archivo/La Gaceta", "Archivio/Il Tirreno"])
def test_the_papers_file_photo_in_the_other_languages_is_a_credit(text):
    assert standalone_credit(text) == text


@pytest.mark.parametrize("text", ["E-Paper / Archiv", "Archiv/Suche"])
def test_a_menus_link_to_the_archive_is_no_credit(text):
    assert standalone_credit(text) is None


@pytest.mark.parametrize("text", ["E-Paper | Abo-Service", "Kader / Talent-Pool"])
def test_an_agencys_word_ending_a_compound_makes_no_credit(text):
    assert standalone_credit(text) is None


def test_a_row_of_service_links_over_the_headline_credits_no_caption():
    page = ("Landkreis-Zeitung\n\nDonnerstag, 20. Juni 2024\nLokales | Sport | Wirtschaft\nE-Paper | Abo-Service\n\n"
            "Raser muss Führerschein für zwei Jahre abgeben\nVon Tobias Hellwig\n\n"
            "Mit Tempo 187 statt der erlaubten 100 war er im Oktober über die Bundesstraße gerast, dazu hatte er das Video "
            "später in sozialen Netzwerken gezeigt.\n\nDas Gericht verhängte eine Geldstrafe und ein Fahrverbot.\n")
    article = convert.parse_text(page, "page.txt")["articles"][0]
    assert article["headline"] == "Raser muss Führerschein für zwei Jahre abgeben"
    assert not [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("text, credit", [
    ("Fire Battalion Chief Ray Okafor briefs reporters near the scene. KTBR 9 NEWS", "KTBR 9 NEWS"),
    ("Workers leave the steel mill at shift change on Thursday. CKXR 680 News/Tom Greaves", "CKXR 680 News/Tom Greaves"),
    ("Tree limbs lie across a street in Bellwood on Saturday. WNPC 4 / Jenna Marsh", "WNPC 4 / Jenna Marsh"),
    ("Evacuees register at the Tessaly Valley Recreation Centre. (Northshore News 12)", "Northshore News 12"),
])
def test_a_broadcasters_credit_by_its_letters_and_channel_or_its_brand(text, credit):
    assert caption_parts(text)[2] == credit


@pytest.mark.parametrize("text", ["The council will vote on the plan in June. KTBR", "Turnout was higher than in 2019. News 12"])
def test_letters_or_a_brand_without_their_channel_credit_no_caption(text):
    assert caption_parts(text) is None


@pytest.mark.parametrize("text, parts", [
    ("Il lungomare di Rimini all'alba, prima dell'apertura degli stabilimenti - Foto di Marco Pazzaglia",
     (None, "Il lungomare di Rimini all'alba, prima dell'apertura degli stabilimenti", "Marco Pazzaglia")),
    ("Le glacier d'Aletsch, en Suisse, photographié le 21 août 2024.© Lucien Marvaux / AFP",
     (None, "Le glacier d'Aletsch, en Suisse, photographié le 21 août 2024.", "Lucien Marvaux / AFP")),
    ("Die Innpromenade ist vollständig überflutet. © Foto: Lena Raith",
     (None, "Die Innpromenade ist vollständig überflutet.", "Lena Raith")),
    ("Una vaccinazione in farmacia a Milano. Foto d'archivio", (None, "Una vaccinazione in farmacia a Milano.", "Foto d'archivio")),
])
def test_a_credit_after_a_spaced_hyphen_a_copyright_mark_or_a_file_note_after_the_stop(text, parts):
    assert caption_parts(text) == parts
