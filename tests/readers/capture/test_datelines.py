"""Datelines in the shapes newsrooms print them (synthetic lines)."""

import pytest

import convert
from convert.readers.capture.datelines import dateline, dateline_line


@pytest.mark.parametrize("text, place, agency, rest", [
    ("LIMA (Reuters) - The central bank held rates.", "LIMA", "Reuters", "The central bank held rates."),
    # (the capitals and small letters of the other Latin alphabets: Maltese, Polish)
    ("ĦAL SAFRA, Malta, Jan 30 (Reuters) - The spill spread.", "ĦAL SAFRA, Malta", "Reuters", "The spill spread."),
    # (a region joined by a little word after the town)
    ("Caminha, Viana do Castelo, 03 jun 2024 (Lusa) – A vila recebe a regata.", "Caminha, Viana do Castelo", "Lusa",
     "A vila recebe a regata."),
    ("Łódź. Die Stadt hat am Dienstag den Abriss des alten Kinos am Markt beschlossen, sagte der Sprecher.", "Łódź", None,
     "Die Stadt hat am Dienstag den Abriss des alten Kinos am Markt beschlossen, sagte der Sprecher."),
    ("Lyon (AFP) Le maire a démissionné.", "Lyon", "AFP", "Le maire a démissionné."),
    ("Sevilla. (EFE).- El pleno aprobó el plan.", "Sevilla", "EFE", "El pleno aprobó el plan."),
    ("REGINA — (The Canadian Press) — A man was hurt.", "REGINA", "The Canadian Press", "A man was hurt."),
    ("ROME (AP) —The pope spoke.", "ROME", "The Associated Press", "The pope spoke."),
    ("LINCOLN, Neb. — The state said.", "LINCOLN, Neb.", None, "The state said."),
    ("Doha: Talks resumed.", "Doha", None, "Talks resumed."),
    ("Riverton, New Jersey VCN — The council voted.", "Riverton, New Jersey", "VCN", "The council voted."),
    ("Riverton (VCN) — The council voted.", "Riverton", "VCN", "The council voted."),
    ("Riverton, N.J. — The council voted.", "Riverton, N.J.", None, "The council voted."),
    ("MADRID, 3 mar (EFE).- El pleno aprobó el plan.", "MADRID", "EFE", "El pleno aprobó el plan."),
    ("BERLIN, 3. März (dpa) - Der Rat stimmte zu.", "BERLIN", "dpa", "Der Rat stimmte zu."),
    ("MADRID, 4 (EUROPA PRESS) El pleno aprobó el plan.", "MADRID", "EUROPA PRESS", "El pleno aprobó el plan."),
    ("ACAPULCO, Gro.- El pleno aprobó el plan.", "ACAPULCO, Gro.", None, "El pleno aprobó el plan."),
    ("ALBUQUERQUE, Nuevo México, EE.UU. (AP) — El tren.", "ALBUQUERQUE, Nuevo México, EE.UU.", "The Associated Press", "El tren."),
    ("Santa Lucía del Monte, N.G., 15 de junio de 2023.- Con el plan.", "Santa Lucía del Monte, N.G.", None, "Con el plan."),
    ("TEGUCIGALPA, HONDURAS.- Tras el voto.", "TEGUCIGALPA, HONDURAS", None, "Tras el voto."),
    ("BOSTON, March 12, 2024 /PRNewswire/ -- Valley Labs said.", "BOSTON", "PRNewswire", "Valley Labs said."),
    ("Buenos Aires.- El pleno aprobó el plan.", "Buenos Aires", None, "El pleno aprobó el plan."),
    # (the state after a comma: an abbreviation keeps its stop, one in capitals has none)
    ("San Luis Potosí, SLP.- El pleno aprobó el plan.", "San Luis Potosí, SLP", None, "El pleno aprobó el plan."),
    ("Ciudad Alcázar, Gto.- El pleno aprobó el plan.", "Ciudad Alcázar, Gto.", None, "El pleno aprobó el plan."),
    ("LOMA AZUL, Calif. — The council voted.", "LOMA AZUL, Calif.", None, "The council voted."),
    # (a region's whole name: the stop is the separator's)
    ("PUERTO ALMENDRO, Meta.- Unas 900 personas quedaron incomunicadas.", "PUERTO ALMENDRO, Meta", None,
     "Unas 900 personas quedaron incomunicadas."),
    ("SANTA ELVIRA, Colón.- Inspectores de pesca decomisaron la carga.", "SANTA ELVIRA, Colón", None,
     "Inspectores de pesca decomisaron la carga."),
    ("Ciudad de México.– El pleno aprobó el plan.", "Ciudad de México", None, "El pleno aprobó el plan."),
    ("München, 12. Januar 2024 (Reuters) - Der Rat stimmte zu.", "München", "Reuters", "Der Rat stimmte zu."),
    ("São Paulo, 3 de março de 2024 (Reuters) - O governo aprovou.", "São Paulo", "Reuters", "O governo aprovou."),
    ("SANTIAGO, 21 ene (Reuters) - Chile exigirá el plan.", "SANTIAGO", "Reuters", "Chile exigirá el plan."),
    ("GENOVA, 21 GEN (ANSA) - L'allerta è rossa.", "GENOVA", "ANSA", "L'allerta è rossa."),
    ("Santa Lucía (Guatemala), 4 oct (EFE).- Al menos tres personas murieron.", "Santa Lucía (Guatemala)", "EFE",
     "Al menos tres personas murieron."),
    # five words with the little ones
    ("Las Palmas de Gran Canaria, 9 nov (EFE).- Tres cayucos llegaron.", "Las Palmas de Gran Canaria", "EFE",
     "Tres cayucos llegaron."),
    ("Lenzach (awp) - Der Uhrenzulieferer hat weniger verdient.", "Lenzach", "awp", "Der Uhrenzulieferer hat weniger verdient."),
    ("Bogotá, 10 de abril de 2025. La Fundación presentó este jueves su informe anual sobre los humedales.", "Bogotá", None,
     "La Fundación presentó este jueves su informe anual sobre los humedales."),
    ("PARIS, 3 mars (AFP) - Le conseil a voté.", "PARIS", "AFP", "Le conseil a voté."),
    ("BUENOS AIRES.- El pleno aprobó el plan.", "BUENOS AIRES", None, "El pleno aprobó el plan."),
    ("BOGOTÁ (EFE) - El pleno aprobó el plan.", "BOGOTÁ", "EFE", "El pleno aprobó el plan."),
    ("Kiew/Moskau (dpa) - Die Regierung hat beschlossen.", "Kiew/Moskau", "dpa", "Die Regierung hat beschlossen."),
    # (a country's name joined by "and" after the place)
    ("CORVALLO, Trinidad and Tobago, Oct 8 (Reuters) - Gas output fell.", "CORVALLO, Trinidad and Tobago", "Reuters",
     "Gas output fell."),
    # (a place and a day, then a colon, as South Asia's papers print them)
    ("Ramgarh Kalan, March 3: Over 40 children fell ill.", "Ramgarh Kalan", None, "Over 40 children fell ill."),
])
def test_a_paragraph_opening_with_a_dateline(text, place, agency, rest):
    assert tuple(dateline(text)) == (place, agency, rest)


@pytest.mark.parametrize("text", [
    "The man (AP) said nothing.", "Police said the road was closed.", "NEW YORK-based firms said so.",
    "BREAKING NEWS: a fire.", "Update: the road is open.", "Jane Roe (left) - a friend - arrived.",
    "The Council AND — the mayor agreed.", "Mr Roe SAID — Nothing more.", "Breaking News — Shares fell.",
    "Roe, Doe — and others agreed.", "The Council.- It voted.", "Update.- The road is open.", "El pleno.- Aprobó el plan.",
    "Monday, March 3, 2025. The council met.", "On March 3, 2025. The council met.",
    "Update, March 3: The road is open again.", "Update, March 3 - The road is open again.",
    "Jane Roe (Valley News) - The vote.", "ULZAMA BERRI: Arrizabalaga; Mendía, Oteiza, Larrañeta; Arraiza, Iriarte; Sola y Elcano.",
])
def test_sentences_are_not_datelines(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place, agency", [
    ("EL PASO, Texas -", "EL PASO, Texas", None),
    ("New Delhi:", "New Delhi", None),
    ("AFP, LOS ANGELES", "LOS ANGELES", "AFP"),
    ("Lyon (AFP)", "Lyon", "AFP"),
    ("Riverton VCN —", "Riverton", "VCN"), ("Riverton (VCN) —", "Riverton", "VCN"),
])
def test_a_dateline_on_a_line_of_its_own(text, place, agency):
    found = dateline_line(text)
    assert (found.place, found.agency) == (place, agency)


def test_a_paragraph_is_not_a_dateline_line():
    assert dateline_line("ROME (AP) — The pope spoke.") is None
    assert dateline_line("Jane Roe, LOS ANGELES") is None  # a name, not an agency, before the place


@pytest.mark.parametrize("text, place, agency", [
    ("NEW YORK, March 3 (Reuters) - Shares fell.", "NEW YORK", "Reuters"),
    ("LONDON, 3 March 2024 (AFP) - Shares fell.", "LONDON", "AFP"),
    ("Lima, March 3 (Reuters) - Shares fell.", "Lima", "Reuters"),
    ("WASHINGTON, D.C., March 3 (Reuters) - Shares fell.", "WASHINGTON, D.C.", "Reuters"),
    ("NEW YORK (AP) — Shares fell.", "NEW YORK", "The Associated Press"),
    ("NEW YORK — Shares fell.", "NEW YORK", None),
    ("Cusco, mar. 14 (ANDINA). Shares fell.", "Cusco", "ANDINA"),  # (the short month first, as Peru's wire prints it)
    ("Puno, ene. 27 (Andina). Shares fell.", "Puno", "Andina"),
])
def test_a_dateline_with_the_day_the_wire_filed_it_or_a_place_that_starts_like_a_label(text, place, agency):
    found = dateline(text)
    assert (found.place, found.agency, found.rest) == (place, agency, "Shares fell.")


@pytest.mark.parametrize("text", ["NEW: Shares fell.", "NEW — Shares fell.", "BREAKING NEWS — Shares fell."])
def test_labels_are_not_datelines(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place", [
    ("Bielefeld (ots) - Ein 67-jähriger Radfahrer ist am Montag schwer verletzt worden.", "Bielefeld"),
    ("Wien (OTS) - Die Stadt hat heute ein neues Programm für Radwege vorgestellt.", "Wien"),
])
def test_a_press_release_services_tag_after_the_place_names_no_wire(text, place):
    assert dateline(text)[:2] == (place, None)


@pytest.mark.parametrize("text, place", [
    ("WILMINGTON, N.C. (June 12, 2024) – The library will open three of its branches on Sundays.", "WILMINGTON, N.C."),
    ("BERLIN (3. März 2024) – Die Stadt hat heute ein neues Programm für Radwege vorgestellt.", "BERLIN"),
])
def test_a_press_releases_day_in_brackets_after_the_place_is_no_wire(text, place):
    assert dateline(text)[:2] == (place, None)


@pytest.mark.parametrize("text", ["WEATHER ALERTS (3)", "ALERTS (12) - Three counties are under a warning tonight."])
def test_a_count_in_brackets_is_no_wires_tag(text):
    # ("WEATHER ALERTS (3)": a label and how many items it holds; a wire's tag has letters)
    assert dateline(text) is None and dateline_line(text) is None


@pytest.mark.parametrize("text", ["Riverton, N.J. —", "The Council —", "Breaking News VCN —"])
def test_a_place_without_a_tag_or_a_phrase_and_a_dash_alone_is_no_dateline_line(text):
    assert dateline_line(text) is None


def test_the_agencys_tag_before_the_place_and_the_day():
    found = dateline("(ANSA) - ROMA, 03 MAR - Il consiglio comunale ha votato giovedì.")
    assert (found.place, found.agency, found.rest) == ("ROMA", "ANSA", "Il consiglio comunale ha votato giovedì.")
    assert dateline("(The council) - said it would vote again") is None


@pytest.mark.parametrize("text, place", [
    ("Milano, 3 marzo 2024 - Il consiglio comunale ha votato lunedì.", "Milano"),
    ("Düsseldorf, 22. November 2022 - Der Stadtrat hat am Montag beraten.", "Düsseldorf"),
    ("Riverton, March 3 – The council met on Monday.", "Riverton"),
])
def test_a_place_in_small_letters_then_the_day_and_a_dash(text, place):
    assert dateline(text) == (place, None, text.split(" - ", 1)[-1].split(" – ", 1)[-1])


@pytest.mark.parametrize("text", ["Monday, March 3 - The council met again.", "Montag, 3. März - Der Rat tagte.",
                                  "Milano - Il consiglio comunale ha votato lunedì."])
def test_a_weekday_before_the_day_or_a_place_alone_before_a_hyphen_is_no_dateline(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place", [
    ("CALDEN. In Sorge um ihre Arbeitsplätze demonstrierten am Montag etwa 500 Menschen.", "CALDEN"),
    ("BAD RIVERSTADT. Der Stadtrat hat am Montagabend den Bau einer neuen Brücke beschlossen.", "BAD RIVERSTADT"),
])
def test_a_place_in_capitals_and_a_full_stop(text, place):
    found = dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)
    assert found.rest == text.split(". ", 1)[1]


@pytest.mark.parametrize("text", [
    "U.S. President Joe Biden said on Monday that the bridge would be built next year.",
    "III. Die Revision der Beklagten ist daher zurückzuweisen.", "FBI. The agency said on Monday it had opened an inquiry.",
    "AFP. The agency said on Monday it would open a bureau.", "BREAKING. The council has voted for the bridge.",
    "CALDEN. in Sorge um ihre Arbeitsplätze demonstrierten am Montag etwa 500 Menschen.",
])
def test_an_initialism_a_numeral_a_wire_or_a_label_and_a_stop_is_no_dateline(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place", [
    ("Wien – Die Regierung hat am Montag ein neues Gesetz beschlossen, das den Bau von Brücken im ganzen Land erleichtern soll.", "Wien"),
    ("Riverton — The town council voted 5-2 on Monday night to build a new bridge over the Mill River after years.", "Riverton"),
    ("Brasília - O governo aprovou nesta terça-feira o novo plano de habitação para jovens de até trinta anos.", "Brasília"),
])
def test_a_place_in_small_letters_before_a_spaced_dash_and_the_storys_sentences(text, place):
    found = dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)


@pytest.mark.parametrize("text", [
    "Leandra Lou – Der etwas andere Modeblog jetzt auch zwischen Buchdeckeln.",  # (a title's halves: too short)
    "The Council — The town council voted 5-2 on Monday night to build a new bridge over the river after years.",
    "Update — The town council voted 5-2 on Monday night to build a new bridge over the Mill River after years.",
    "J. Roe — The town council voted 5-2 on Monday night to build a new bridge over the Mill River after years.",
    "Riverton-The town council voted 5-2 on Monday night to build a new bridge over the Mill River after years.",
    "Motorsport-Magazin.com - Der Start der Saison rückt schnell näher, und zwanzig Fahrer stehen in den Startlöchern.",
    "Update - The town council voted 5-2 on Monday night to build a new bridge over the Mill River after years.",
])
def test_a_subject_a_label_a_short_title_a_sites_address_or_an_unspaced_dash_is_no_such_dateline(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place", [
    ("Los Angeles (CNN)The town council voted 5-2 on Monday night to build a new bridge over the river.", "Los Angeles"),
    ("Washington (CNN)President Joe Biden said on Monday that the bridge would be built next year.", "Washington"),
])
def test_a_newsrooms_tag_glued_to_the_storys_first_word(text, place):
    found = dateline(text)
    assert found is not None and (found.place, found.agency) == (place, "CNN") and found.rest[:1].isupper()


def test_a_subject_and_a_tag_glued_to_the_next_word_is_no_dateline():
    assert dateline("The Council (CNN)The town council voted 5-2 on Monday night to build a new bridge.") is None


@pytest.mark.parametrize("text, place", [
    ("Hamburg. Der Senat hat am Dienstag beschlossen, den Ausbau der Radwege in allen Bezirken zu beschleunigen.", "Hamburg"),
    ("Mülheim/Ruhr. Im Streit um das Hallenbad hat der Rat am Montagabend eine Entscheidung vertagt, wie die Stadt mitteilte.",
     "Mülheim/Ruhr"),
    # (a question word that says rather than asks)
    ("Essen. Wer in Rüttenscheid morgens um halb sechs Zeitungen und Kaffee kauft, kennt Hilde seit vielen Jahren.", "Essen"),
])
def test_a_town_in_small_letters_and_a_stop_before_the_storys_long_first_sentence(text, place):
    found = dateline(text)
    assert found is not None and (found.place, found.agency) == (place, None)
    assert found.rest == text.split(". ", 1)[1]


@pytest.mark.parametrize("text", [
    "Update. The council voted 5-2 on Monday night to build a new bridge over the river after years of debate.",
    "Endlich. Nach Jahren des Streits hat der Rat am Montagabend den Bau der neuen Brücke über den Fluss beschlossen.",
    "Berlin. Die Polizei sucht nach Zeugen.",  # (a short sentence: a title's halves read so)
    "Endlich. Wer hätte nach all den Jahren des Streits im Rat noch gedacht, dass die Brücke gebaut wird?",
    "Hamburg. Der Senat hat am Dienstag beschlossen, den Ausbau der Radwege in allen Bezirken zu beschleunigen",
])
def test_a_label_a_word_before_no_function_word_or_a_short_or_open_sentence_is_no_town_and_stop(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text", [
    "Dive Brief: The company said on Monday it would cut 200 jobs at its plant.",
    "Key Points: The council voted for the pool.",
    "WEDNESDAY, May 15, 2024 (Valley News) -- Short bursts of stair climbing may lower blood pressure.",
])
def test_a_label_before_a_colon_or_a_weekday_is_no_place(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text", ["Claim: The governor signed a law banning backyard chickens.",
                                  "Rating: False. The law bans only roosters in town centres."])
def test_a_fact_checks_labels_are_no_places(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place", [
    ("(Genève) Les représentants de 94 pays se sont entendus vendredi.", "Genève"),
    ("(Trois-Rivières) Le conseil municipal a voté lundi.", "Trois-Rivières"),
    ("(Photo) Le maire a dit.", None), ("(CNN) The president said.", None), ("(Mise à jour) Le maire a dit.", None),
])
def test_the_place_in_brackets_opening_the_story(text, place):
    found = dateline(text)
    assert (found.place if found else None) == place


@pytest.mark.parametrize("text, place", [
    ("Frankfurt am Main – Die Europäische Zentralbank hat am Donnerstag die Leitzinsen erneut angehoben, wie sie mitteilte.",
     "Frankfurt am Main"),
    ("St. Ägyd am Sarnitzbach – Nach dem Murenabgang im Tal bleibt die Landesstraße zwischen Sarnitz und Hinterleiten "
     "mindestens bis Freitag gesperrt.",
     "St. Ägyd am Sarnitzbach"),
])
def test_a_place_with_its_little_words_before_a_spaced_dash(text, place):
    assert dateline(text).place == place


def test_a_place_and_a_colon_that_opens_with_an_accented_capital():
    found = dateline("Évora: The council met on Thursday evening to discuss the plan for the new pool.")
    assert found is not None and found.place == "Évora"


@pytest.mark.parametrize("text, place, agency", [
    ("Santander, 3 sep (ACN).- Salvamento Marítimo ha rescatado este martes a dos pescadores.", "Santander", "ACN"),
    ("Bragança, 28 fev 2023 (Lusa) - Cerca de 1.800 utentes ficam sem médico.", "Bragança", "Lusa"),
    ("BERLIN, 3. Okt (dpa) - Die Regierung hat am Montag beschlossen.", "BERLIN", "dpa"),
])
def test_a_place_a_day_in_a_wires_short_month_and_its_tag_even_one_not_known(text, place, agency):
    found = dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", ["Monday, 3 sep (ACN).- The council met.", "The Council, 3 sep (ACN).- It met again."])
def test_a_weekday_or_a_sentences_subject_before_a_day_and_a_tag_is_no_place(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place, agency", [
    ("Guwahati (Assam) [India], March 7 (ANI): A fire broke out at a timber depot.", "Guwahati (Assam) [India]", "ANI"),
    ("ABU DHABI, 25th March, 2024 (WAM) -- The ministry launched a national plan.", "ABU DHABI", "WAM"),
    ("Abuja, March 31, 2024 (NAN) The Federal Government says it has begun the distribution.", "Abuja", "NAN"),
    ("Accra, April 1, GNA - The Ghana Health Service will vaccinate children.", "Accra", "GNA"),
    ("ST GEORGE’S, Grenada, Apr 5, CMC – The government says it will introduce a fee.", "ST GEORGE’S, Grenada", "CMC"),
])
def test_more_wires_datelines_an_ordinal_day_a_country_in_brackets_a_tag_without_brackets_or_separator(text, place, agency):
    found = dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", ["Monday, March 3, AP - The council met.", "In 2023, EU - The bloc said.",
                                  "The Council, March 3, 2024 (NXA) The council met."])
def test_a_weekday_a_year_or_a_subject_before_a_bare_tag_is_no_place(text):
    assert dateline(text) is None


def test_a_place_and_its_state_in_brackets_then_a_dash_and_a_letters_greeting():
    found = dateline("(Lindgren County, Minn.) -- Lindgren County Public Health is offering free radon test kits.")
    assert (found.place, found.rest[:9]) == ("Lindgren County, Minn.", "Lindgren ")
    assert dateline("Dear Harriet: Every holiday season my sister-in-law asks to borrow my dishes.") is None
    assert dateline("New Delhi: The government said on Monday it would act.").place == "New Delhi"


@pytest.mark.parametrize("text", ["Hola:", "Bonjour :", "Buongiorno: oggi vi raccontiamo la riapertura del pontile sul lago.",
                                  "Olá: hoje contamos o que muda no transporte da cidade a partir de junho."])
def test_a_newsletters_greeting_and_its_colon_is_no_place(text):
    assert dateline(text) is None


def test_a_french_wires_short_february():
    found = dateline("Dakar, 8 fév (APS) – Les exportations de produits halieutiques ont atteint 318 milliards.")
    assert (found.place, found.agency) == ("Dakar", "APS")


@pytest.mark.parametrize("text, place, agency", [
    ("(AGI) - Reggio Calabria, 17 gen. - La Guardia di finanza ha sequestrato 180 chili nel porto.", "Reggio Calabria", "AGI"),
    ("(ANSA) - Roma, 5 marzo 2024 - Il governo ha approvato il decreto.", "Roma", "ANSA"),
    ("(DIRE) Bari, 11 apr. – Ambulatori aperti fino alle 22 nei giorni feriali.", "Bari", "DIRE"),
    ("(ANSA) ROMA, 11 apr – Il governo ha approvato il decreto.", "ROMA", "ANSA"),
    ("[SINGAPORE] The economy grew 4.3 per cent year on year in the second quarter.", "SINGAPORE", None),
])
def test_a_wires_tag_first_then_a_place_in_small_letters_and_a_place_in_square_brackets(text, place, agency):
    found = dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", ["[UPDATED] The council said on Monday it would act.", "(Reuters) - The company cut jobs.",
                                  "(ANSA) - Roma ha approvato il decreto."])
def test_a_note_in_square_brackets_or_a_tag_before_a_sentence_is_no_dateline(text):
    assert dateline(text) is None or dateline(text).place != "Roma"


def test_the_wires_tag_first_then_a_place_with_its_province():
    found = dateline("(ANSA) - TORRE SAN VITO (BARI), 12 MAR - Tre quintali di datteri di mare sono stati sequestrati.")
    assert (found.place, found.agency) == ("TORRE SAN VITO (BARI)", "ANSA")


@pytest.mark.parametrize("text", [
    "SIR – For the third winter running, the town council has spent money shoring up the harbour wall.",
    "Foto: Peter Moser · Rund 60 Krampusse und Perchten zogen am Samstagabend durch den Ortskern.",  # (a credit's label)
    "Ouvir: Pescadores consertam redes na praia de Barra das Garças.",  # (the player's button)
    "Zugegeben: 640.000 Euro im Jahr sind viel Geld für eine Stadt, die ihren Haushalt nur mit Mühe ausgleicht.",
])
def test_a_letters_greeting_and_a_word_that_opens_an_argument_are_no_place(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place", [
    ("Freiburg. Bei einem Unfall an der Kreuzung ist am Dienstagmorgen eine junge Radfahrerin schwer verletzt worden.",
     "Freiburg"),
    ("Endlich. Nach langen Jahren des Wartens hat die Stadt am Dienstag den neuen Bahnhof für alle Reisenden eröffnet.",
     None),
])
def test_a_town_and_a_stop_before_a_first_sentence_opening_with_a_preposition(text, place):
    found = dateline(text)
    assert (found.place if found else None) == place


def test_a_place_of_several_words_with_its_little_words_glued_to_the_story_by_a_stop_and_a_dash():
    found = dateline("San Isidro de las Minas, Coah.-Catorce mineros que permanecían atrapados fueron rescatados.")
    assert (found.place, found.rest[:7]) == ("San Isidro de las Minas, Coah.", "Catorce")


def test_a_wires_name_in_one_word_after_the_place_and_day_before_a_dash():
    found = dateline("Porto Liscia, 12 mar. (Lampopress) - Le tariffe del servizio idrico scenderanno del 4%.")
    assert (found.place, found.agency) == ("Porto Liscia", "Lampopress")
    assert dateline("Monday, March 3 (Update) - The council met again.") is None  # (a weekday, no place)


@pytest.mark.parametrize("text, place, agency", [
    ("Vaucerre (APC) - Le parquet a requis mercredi cinq ans de prison contre l'ancien trésorier du club de rugby.",
     "Vaucerre", "APC"),  # a newsroom's initials, then a hyphen between spaces
    ("Águas Claras do Norte (Agência Cerrado) – Nos dias de onda de calor, as internações de idosos aumentam em média "
     "18% nos hospitais.", "Águas Claras do Norte", "Agência Cerrado"),  # a wire the reader does not know, in words
    ("Kirchhain am Wald. Die Gemeinde trauert um ihren Altbürgermeister, der am Sonntag im Alter von 85 Jahren "
     "gestorben ist.", "Kirchhain am Wald", None),  # a town joined by a little word, then its stop
])
def test_more_datelines_of_regional_papers_and_unknown_wires(text, place, agency):
    found = dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "Ausgerechnet am Montag. Die Gemeinde trauert um ihren Altbürgermeister, der im Alter von 85 Jahren gestorben ist.",
    "The Council (Riverton Press) - The council voted on Monday to close the pool for the whole of the coming summer.",
])
def test_a_day_or_a_sentences_subject_before_the_stop_or_the_tag_is_no_dateline(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place, agency", [
    ("Tanouri (Niger) (AFP) - At least 23 people have died after a river burst its banks.", "Tanouri (Niger)", "AFP"),
    ("Vuillerens-sur-Talent (VD) (ATS) - Les citoyens ont approuvé dimanche la fusion.", "Vuillerens-sur-Talent (VD)", "ATS"),
    ("Ravipur [India], March 8 (ANI): A former MLA and 11 of his supporters have been booked.", "Ravipur [India]", "ANI"),
])
def test_the_country_or_the_region_in_brackets_before_the_wires_tag(text, place, agency):
    found = dateline(text)
    assert (found.place, found.agency) == (place, agency)


def test_a_place_and_its_region_then_a_stop_before_the_storys_long_first_sentence():
    found = dateline("San Pedro Sula, Cortés. Agentes de la Dirección Policial capturaron a tres hombres acusados de "
                     "extorsión en la colonia Rivera.")
    assert (found.place, found.agency) == ("San Pedro Sula, Cortés", None)
    assert dateline("Jane Roe, Reporter. The board met on Monday to discuss the plan for the new pool on the common.") is None


@pytest.mark.parametrize("text, place", [("SÃO JOÃO DAS PALMEIRAS (PE) — Um crânio foi encontrado.", "SÃO JOÃO DAS PALMEIRAS (PE)"),
                                         ("Itaúna do Sul (MG) - A prefeitura anunciou.", "Itaúna do Sul (MG)")])
def test_a_brazilian_states_letters_are_part_of_the_place(text, place):
    found = dateline(text)
    assert (found.place, found.agency) == (place, None)


@pytest.mark.parametrize("text, place", [("PORTO IONIO (CS) – Un incendio ha distrutto un capannone.", "PORTO IONIO (CS)"),
                                         ("Castelvecchio (TV) - Il consiglio comunale ha approvato.", "Castelvecchio (TV)")])
def test_an_italian_provinces_letters_are_part_of_the_place(text, place):
    found = dateline(text)
    assert (found.place, found.agency) == (place, None)


def test_a_wire_after_the_place_and_a_comma_is_the_datelines_tag():
    found = dateline("GEORGETOWN, Guyana, CMC – Guyana and Suriname on Thursday signed an agreement on joint patrols.")
    assert (found.place, found.agency) == ("GEORGETOWN, Guyana", "CMC")
    assert dateline("LONDON, Ont., Mar 3 – The council met on Monday.").place.startswith("LONDON, Ont.")


@pytest.mark.parametrize("text, place", [
    ("HARRISBURG, PA — State Senator Dolores Ruiz today announced grants for 41 fire companies.", "HARRISBURG, PA"),
    ("SALEM, OR — The governor signed the housing bill on Tuesday.", "SALEM, OR"),
])
def test_a_states_postal_code_after_the_town_is_the_places_not_a_wires(text, place):
    found = dateline(text)
    assert (found.place, found.agency) == (place, None)


def test_noticias_argentinas_letters_stay_its_tag():
    assert dateline("Buenos Aires (NA) - El gobierno anunció nuevas medidas.").agency is not None


def test_the_press_associations_letters_stay_its_tag():
    assert dateline("LONDON (PA) - The inquiry opened on Monday.").agency is not None


@pytest.mark.parametrize("text, place", [("Frankfurt a.M. (epd). Die Zahl der Pflegebedürftigen wächst.", "Frankfurt a.M."),
                                         ("Freiburg i.Br. (dpa) - Die Polizei sucht Zeugen.", "Freiburg i.Br.")])
def test_a_german_towns_abbreviation_is_part_of_the_place(text, place):
    assert dateline(text).place == place


@pytest.mark.parametrize("text, place, wire", [
    ("Aït Ourir, 14/06/2024 (MAP) - La centrale solaire a été mise en service vendredi.", "Aït Ourir", "MAP"),
    ("Oran, 03.03.2024 (APS) - Le ministre a inauguré la nouvelle station de dessalement.", "Oran", "APS"),
    ("Ilorin, March 3, 2024 (NAN) - The Federal Government has flagged off a vaccination campaign.", "Ilorin", "NAN"),
])
def test_a_dateline_with_the_day_in_figures_or_an_african_wires_tag(text, place, wire):
    found = dateline(text)
    assert (found.place, found.agency) == (place, wire)


def test_a_day_in_figures_before_brackets_in_a_sentence_is_no_dateline():
    assert dateline("The council met on 14/06/2024 (Friday) - and voted against the plan.") is None


@pytest.mark.parametrize("text, place", [
    ("Saint-Aurel-sur-Loire, le 4 mars 2025 – Le Groupe Cyclia, fabricant de vélos, annonce une nouvelle usine.",
     "Saint-Aurel-sur-Loire"),
    ("Madrid, a 12 de marzo de 2024 – La compañía ha presentado hoy sus resultados anuales.", "Madrid"),
])
def test_a_press_releases_dateline_with_le_or_a_before_the_day(text, place):
    assert dateline(text).place == place


def test_a_release_deck_over_its_dated_first_paragraph_is_the_summary():
    document = convert.parse_text(
        "Cyclia investit 48 millions d'euros dans une usine de vélos à Saint-Aurel-sur-Loire\nPublié le 04/03/2025\n"
        "Le site, qui doit ouvrir au printemps 2026, créera 320 emplois directs.\n"
        "Saint-Aurel-sur-Loire, le 4 mars 2025 – Le Groupe Cyclia, fabricant français de vélos, annonce la construction "
        "d'une usine de 22 000 mètres carrés sur la zone des Grands Prés.\n", "release.txt")
    article = document["articles"][0]
    assert article["summary"] == ["Le site, qui doit ouvrir au printemps 2026, créera 320 emplois directs."]
    assert article["dateline"] == "Saint-Aurel-sur-Loire"


@pytest.mark.parametrize("text", ["Wichtiger Hinweis: Am 25.01.2025 ist das Kundenzentrum geschlossen.",
                                  "HINWEIS: Das Spiel beginnt um 20.30 Uhr.",
                                  "Resumen: el municipio mantiene 312 personas evacuadas en cuatro centros.",
                                  "Zusammenfassung: Die Straße bleibt bis Mittwoch gesperrt.",
                                  "Mise à jour : la route reste fermée jusqu'à mercredi."])
def test_a_notices_label_before_its_colon_is_no_place(text):
    assert dateline(text) is None


@pytest.mark.parametrize("tag", ["Correspondance", "Corresponsal", "Redazione"])
def test_the_papers_own_correspondent_in_a_datelines_brackets_is_no_wire(tag):
    found = dateline(f"DIOGALAYE ({tag}) - Trois pêcheurs sont toujours portés disparus après le chavirement de leur "
                     "pirogue, mardi soir.")
    assert (found.place, found.agency) == ("DIOGALAYE", None)


@pytest.mark.parametrize("opening, wire", [
    ("Oct 17 (Reuters) - Shares in Halvorsen Foods fell as much as 14% on Thursday after a profit warning.", "Reuters"),
    ("(Reuters) - Shares in Halvorsen Foods fell as much as 14% on Thursday after a profit warning.", "Reuters"),
    ("17 oct. (EFE) - Las acciones de Halvorsen cayeron un 14 % este jueves tras rebajar sus previsiones.", "EFE"),
    # the wire's name alone before the dash, no brackets
    ("AGI - Le azioni di Halvorsen sono scese del 14% giovedì dopo un avviso sugli utili.", "AGI"),
    ("EFE - Las acciones de Halvorsen cayeron un 14 % este jueves tras rebajar sus previsiones.", "EFE"),
])
def test_a_wires_tag_with_the_day_and_no_place_credits_the_wire(opening, wire):
    page = (f"Ledgerline Markets\n\nHalvorsen Foods shares slide 14% after profit warning\n\nBy Jane Roe\n\n"
            f"October 17, 2024\n\n{opening}\n\nThe company now expects lower profit for the year.\n")
    article = convert.parse_text(page, "page.txt")["articles"][0]
    assert article["publisher"] == wire
    assert article["dateline"] is None



@pytest.mark.parametrize("text, place", [
    ("ST. LEONHARD AM WIESENBACH. Die Freude war groß, als um 7 Uhr früh die Türen aufgingen.", "ST. LEONHARD AM WIESENBACH"),
    ("São Paulo, 13 - As exportações brasileiras de soja devem somar 13,9 milhões de toneladas.", "São Paulo"),
    ("BRASÍLIA, 13 - O governo federal anunciou nesta quarta-feira um novo programa.", "BRASÍLIA"),
])
def test_a_saints_short_word_in_a_place_and_the_day_alone_before_a_dash(text, place):
    assert dateline(text).place == place


def test_an_initialism_before_a_name_is_no_place():
    assert dateline("U.S. President Jane Roe said on Monday that the talks would go on.") is None


@pytest.mark.parametrize("text", ["Interditadas: Av. Beira-Rio e Rua das Palmeiras (trecho entre a Rua 7 e a ponte)",
                                  "Bundesministerin Raab: Rede zur Eröffnung der Tagung (Video)"])
def test_a_label_over_a_lists_item_is_no_place(text):
    assert dateline(text) is None


def test_a_place_and_its_colon_before_a_sentence():
    assert dateline("Doha: The Qatari government said on Monday that talks would resume next week.").place == "Doha"


@pytest.mark.parametrize("opening, published", [
    ("Bragança, 14 mar 2024 (Lusa) – A Câmara Municipal vai lançar em abril um serviço de transporte.", "2024-03-14"),
    ("Funchal, 05 jun 2024 (Lusa) - A Assembleia Legislativa aprovou hoje um regime de apoio.", "2024-06-05"),
    ("Sevilla, 5 mar (EFE).- El Ayuntamiento aprobó hoy el plan.", None),  # (no year: no date of its own)
    ("Mérida, Yucatán, 3 de septiembre de 2024.- Un grupo de voluntarios retiró la basura del cenote.", "2024-09-03"),
    ("MAREVALLE, 3 dicembre 2024 – Il punto nascita dell'ospedale San Lazzaro di Marevalle resterà aperto almeno per "
     "altri due anni.", "2024-12-03"),
])
def test_the_wires_full_date_in_the_dateline_dates_a_story_with_no_other(opening, published):
    second = "The plan was approved by a wide margin after a long debate on Tuesday."
    document = convert.parse_text(f"Council to decide on pool plan for the common\n\n{opening}\n\n{second}\n", "page.txt")
    assert document["articles"][0]["published"] == published


@pytest.mark.parametrize("text", ["Lima, mar. 14 las ventas cayeron.", "Cusco, mar. 14 de cada año."])
def test_a_short_month_first_without_the_wires_tag_is_no_dateline(text):
    assert dateline(text) is None


def test_a_wires_tag_in_capitals_is_credited_as_the_page_writes_the_wire():
    page = ("Vacunan a miles de alpacas ante las heladas\n\n14 de marzo de 2024\n\n"
            "Cusco, mar. 14 (ANDINA). La dirección agraria inició una campaña de vacunación en once comunidades.\n\n"
            "La campaña durará tres semanas, según informó la agencia Andina a los criadores de la región.\n")
    article = convert.parse_bytes(page.encode(), "page.txt", format="capture")["articles"][0]
    assert (article["dateline"], article["publisher"]) == ("Cusco", "Andina")


def test_a_place_in_capitals_and_a_bar_before_the_story():
    found = dateline("QUELLOMARCA | La festividad atrajo a más de treinta mil visitantes nacionales y extranjeros durante "
                     "sus cinco días centrales.")
    assert (found.place, found.agency) == ("QUELLOMARCA", None)


@pytest.mark.parametrize("text", [
    "EN VIVO | Sigue el minuto a minuto del partido entre los dos equipos de la ciudad esta noche en el estadio.",
    "OPINIÓN | La ciudad necesita un nuevo puente y el consejo debería aprobarlo antes de que termine el año.",
    "DEPORTES | Sigue el minuto a minuto del partido entre los dos equipos de la ciudad esta noche en el estadio.",
    "LIMA | Un titular corto.",  # (a title's label: the text after the bar is no story's first sentence)
])
def test_a_label_in_capitals_and_a_bar_is_no_dateline(text):
    assert dateline(text) is None


@pytest.mark.parametrize("text, place, agency", [
    ("Pontmaury (Seine-et-Marne) — Un poids lourd transportant des palettes de briques s'est couché sur le flanc mardi.",
     "Pontmaury (Seine-et-Marne)", None),
    ("Brasília (Agência Brasil) — O governo anunciou a medida.", "Brasília", "Agência Brasil"),
    ("BRASÍLIA (Agência Brasil) — O governo anunciou a medida.", "BRASÍLIA", "Agência Brasil"),
    ("MIAMI (AP) — The storm hit on Monday.", "MIAMI", "The Associated Press"),
    ("Neuhaus (Oder) (dpa/bb) - Zwischen Neuhaus und der Nachbarstadt soll wieder eine Brücke stehen.", "Neuhaus (Oder)", "dpa"),
])
def test_a_towns_region_in_brackets_before_a_long_dash_and_a_wires_tag_there(text, place, agency):
    found = dateline(text)
    assert (found.place, found.agency) == (place, agency)


def test_a_title_over_the_dated_story_is_its_headline_when_the_header_has_none():
    page = ("Brie Express\nRecevez l'essentiel de l'actu seine-et-marnaise chaque matin\nVotre adresse e-mail\n"
            "Je m'inscris\nFaits divers\nIl y a 3 heures\n"
            "Pontmaury : un camion se couche sur la RN 4, circulation perturbée toute la matinée\n\n"
            "Pontmaury (Seine-et-Marne) — Un poids lourd transportant des palettes de briques s'est couché sur le flanc "
            "mardi vers 6 h 15 sur la RN 4, à hauteur de la sortie de la ville.\n\n"
            "Le chauffeur, un homme de 52 ans, légèrement blessé, a été transporté à l'hôpital par les pompiers.\n")
    article = convert.parse_bytes(page.encode(), "page.txt", format="capture")["articles"][0]
    assert (article["headline"], article["dateline"]) == (
        "Pontmaury : un camion se couche sur la RN 4, circulation perturbée toute la matinée", "Pontmaury (Seine-et-Marne)")


def test_the_day_in_brackets_after_the_place_is_no_wire():
    found = dateline("KUCHING (Feb 27): Some 60 hawkers at the riverside food court have been told to vacate their stalls.")
    assert found is not None and (found.place, found.agency) == ("KUCHING", None)


@pytest.mark.parametrize("text, place, agency", [
    ("(AGI) - Montegrillo d'Asti, 3 ott. - È partita con poche trifole la stagione del tartufo.", "Montegrillo d'Asti", "AGI"),
    ("Santa Lucia dei Peloritani, 2 lug. (LaPresse) - Circa seimila residenti sono senza acqua.",
     "Santa Lucia dei Peloritani", "LaPresse"),
    ("Villa dell'Ermo, 4 mag. (ANSA) - Il sindaco ha firmato l'ordinanza.", "Villa dell'Ermo", "ANSA"),
])
def test_a_place_with_an_italian_little_word_or_an_elided_one_before_the_wires_day(text, place, agency):
    found = dateline(text)
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text, place, agency", [
    ("Port-au-Prince, 14 septembre 2024 (Signal Info) – La rentrée des classes n'a pas eu lieu dans la capitale.",
     "Port-au-Prince", "Signal Info"),
    ("Port-au-Prince, 14 septembre 2024 (mise à jour) – La rentrée des classes n'a pas eu lieu dans la capitale.",
     None, None),  # (an aside in small letters: no outlet's name)
])
def test_an_outlets_name_in_capitalised_words_after_the_place_and_day_before_a_dash(text, place, agency):
    found = dateline(text)
    assert ((found.place, found.agency) if found else (None, None)) == (place, agency)
