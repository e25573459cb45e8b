"""The site's name printed as a line above the story (synthetic pages)."""

import pytest

import convert
from convert.readers.capture.mastheads import _slogan_line, is_paper_name, row_of_items

STORY = ("The district council met on Thursday evening to discuss the plan for the new swimming pool on the "
         "common, and most councillors spoke in favour of it.")


def read(text):
    document = convert.parse_text(text, "page.txt")
    return document["capture"]["site"], document["articles"][0]["publisher"], document


def page(over_menu, under_story):
    """A page with ``over_menu`` above its menu and headline, and ``under_story`` under the story."""
    return (f"Skip to content\n{over_menu}\nHome\nNews\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n"
            f"{under_story}\n")


@pytest.mark.parametrize("name, again", [
    ("The Valley Courier", "Jane Roe is a reporter for The Valley Courier."),
    ("Riverton Gazette", "Sign up to the Riverton Gazette newsletter"),
    ("Allgäuer Zeitung", "© 2024 Allgäuer Zeitung"),
    ("Diario de Almara", "Descarga la app de Diario de Almara"),
    ("Corriere della Valle", "Iscriviti alla newsletter del Corriere della Valle"),
])
def test_a_newspapers_name_over_the_story_named_again_is_its_masthead(name, again):
    site, publisher, document = read(page(name, again))
    assert (site, publisher) == (name, name)
    assert name not in [item["text"] for item in document["removed"]]  # (a field now, not the page's chrome)


@pytest.mark.parametrize("line, again", [
    ("The Valley Courier", "Council to decide on pool plan"),  # named once only
    ("Movie Times", "News Sport Home"),  # named once only
    ("Times Insider", "Times Insider"),  # the paper's word first in English: a section of the paper
    ("Seminários Folha", "Seminários Folha"),  # ... and last in the other languages
    ("Ihre E-Mail", "Ihre E-Mail"),
    ("Politics", "Home / Politics"),
])
def test_other_lines_over_the_story_are_no_masthead(line, again):
    site, publisher, _ = read(page(f"Home\n{line}", again))  # (among the menu's sections)
    assert (site, publisher) == (None, None)


@pytest.mark.parametrize("above, name, below", [
    ("Skip to main content", "The Leinster Courier", "News"),
    ("Sign In", "Allgäuer Zeitung", "Politik"),
    ("Aller au contenu principal", "Le Quotidien de Valmont", "S’abonner"),
    ("Menü", "Diario de Almara", "Suscríbete"),
    # (the links in more of their forms)
    ("Zum Hauptinhalt springen", "Seeländer Zeitung", "ePaper"),
    ("Passer au contenu principal", "Le Courrier de Sambreville", "Rubriques"),
    ("Navigation überspringen", "Allgäuer Zeitung", "Politik"),
    ("Jump to content", "The Leinster Courier", "News"),
    ("Menu", "Le Courrier de Sambreville", "Mon compte"),
    ("Menü", "Diario de Almara", "Mi cuenta"),
])
def test_a_newspapers_name_beside_the_skip_or_account_links_is_its_masthead(above, name, below):
    site, publisher, _ = read(f"{above}\n{name}\n{below}\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("name", ["EL DIARIO NACIONAL", "El Diario Global", "CORRIERE DELLE VALLI", "FOLHA DO CERRADO"])
def test_a_newspapers_name_in_capitals_or_with_an_adjective_beside_the_account_links(name):
    site, publisher, _ = read(f"Ir al contenido\nSuscríbete\n{name}\nEspaña\nCouncil to decide on pool plan\nBy Jane Roe\n"
                              f"{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("name", ["DER BLICK", "Le Clairon", "L’Horizon", "Wirtschaftskurier", "Rheinmerkur", "Isar-Bote",
                                  "Elbtal-Nachrichten", "Gazeta Litorânea", "CORREIO MINHOTO", "Hochalpbote", "Marschbote"])
def test_a_name_led_by_its_article_or_made_with_a_papers_word_where_the_logo_stands(name):
    site, publisher, _ = read(f"Zum Inhalt springen\n{name}\nAbo\nPolitik\nCouncil to decide on pool plan\nBy Jane Roe\n"
                              f"{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("line", ["Verlagsangebote", "Le direct", "Wirtschaftsnachrichten", "The latest", "Verbote"])
def test_other_words_where_the_logo_stands_are_no_masthead(line):
    site, publisher, _ = read(f"Zum Inhalt springen\n{line}\nAbo\nPolitik\nCouncil to decide on pool plan\nBy Jane Roe\n"
                              f"{STORY}\n")
    assert (site, publisher) == (None, None)


@pytest.mark.parametrize("text", [
    "Skip to content\nHome\nMovie Times\nNews\n",  # a section, among the others
    "Skip to content\nHome\nFolha Informações\nNews\n",  # (shaped as a paper's name, but among the sections)
    "Subscribe\nHome\nNews\nSport\nOpinion\nWeather\nTraffic\nVideo\nPodcasts\nObituaries\nClassifieds\nJobs\n"
    "Events\nPuzzles\nTravel\nFood\nHealth\nScience\nTech\nArts\nBooks\nMovie Times\nSign In\n",  # past the top
])
def test_a_name_elsewhere_is_no_masthead(text):
    site, publisher, _ = read(f"{text}Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


def test_a_wire_stays_the_publisher_under_a_masthead():
    site, publisher, _ = read(f"The Valley Courier\nCouncil to decide on pool plan\nLIMA (Reuters) - {STORY}\n"
                              "© 2024 The Valley Courier\n")
    assert (site, publisher) == ("The Valley Courier", "Reuters")


def test_a_name_after_by_is_the_writer_not_the_site():
    site, _, _ = read(f"Home\nJane Roe Gazette\nCouncil to decide on pool plan\n{STORY}\nMore by Jane Roe Gazette\n")
    assert site is None


@pytest.mark.parametrize("name", ["The Meridian Review", "La Vigie du Léon", "Der Kompass", "Lagoon Herald", "L’Horizon",
                                  "Berliner Morgenblatt", "Hamburger Hafenkurier"])
@pytest.mark.parametrize("above", ["", "Menu\n", "Menü\n", "Menú\n"])
def test_a_name_on_the_pages_first_line_or_beside_the_menus_button_is_its_masthead(name, above):
    site, publisher, _ = read(f"{above}{name}\nPolitik\nKultur\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("line", [
    "Verlagsangebote", "Politics", "The latest", "Die Nachrichten", "EL PAÍS Política Sociedad",
    "DAS PORTAL DER JÄGER",
])
def test_other_first_lines_are_no_masthead(line):
    site, publisher, _ = read(f"{line}\nPolitik\nKultur\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


def test_an_article_and_a_sections_word_beside_the_skip_link_and_the_menus_button_is_a_masthead():
    site, publisher, _ = read(f"Skip to content\nThe Review\nMenu\nWeekly edition\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("The Review", "The Review")


@pytest.mark.parametrize("above, name", [
    ("Skip to main content", "KBVR 8 News Now"),
    ("Skip to content", "Tamar Valley Live"),
    ("Zum Inhalt springen", "BLICKPUNKT"),
    ("Zum Hauptinhalt springen", "Inntal-Bote"),
    ("Ir al contenido", "nordeste1"),
    ("Salta al contenuto principale", "La Voce dell'Adriatico"),
    ("Skip to main content\nSkip to navigation", "Nordish by Nature"),  # (under the other links for the keyboard)
    ("Skip to main content\nKeyboard shortcuts for audio player", "Lakeshore Public Radio"),
])
def test_any_name_right_under_the_link_that_skips_to_the_story_is_its_masthead(above, name):
    site, publisher, _ = read(f"{above}\n{name}\nNews\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("line", [
    "Top Navigation", "MENUMENU", "Zum Kommentarformular springen", "All Sections", "Change To UK", "Just In",
    "Periódico líder de Guatemala", "Das lesen Erfolgreiche",  # (a slogan: words in small letters)
    "Ledgerline", "Millbrook, OH", "Monday, March 4, 2024", "Local News",
])
def test_other_lines_under_the_skip_link_are_no_masthead(line):
    site, publisher, _ = read(f"Skip to content\n{line}\nNews\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


@pytest.mark.parametrize("top, name", [
    # past the keyboard's and the account's links, over a section: where a logo stands
    ("Skip to content\nAccessibility Help\nSign in\nKBVR 8 News Now\nNews", "KBVR 8 News Now"),
    # past a menu's item: one more item
    ("Skip to content\nWeather\nKBVR 8 News Now\nNews", None),
])
def test_a_name_under_the_skip_link_past_other_lines_only_past_the_links_over_a_logo(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


def test_a_newspapers_name_first_under_a_consent_form_is_its_masthead():
    site, publisher, _ = read("We and our partners store and/or access information on a device, such as cookies and "
                              "process personal data. You may accept or manage your choices below.\nI Accept\n"
                              f"Manage options\nCorrib Observer\nNews\nSport\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Corrib Observer", "Corrib Observer")


@pytest.mark.parametrize("name", ["ClinicianDaily", "TRAIL CADENCE", "Mein-MMO.de", "L-Mag"])
def test_a_name_on_the_pages_first_line_over_its_sections_is_its_masthead(name):
    site, publisher, _ = read(f"{name}\nHome\nNews\nScience\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("line", ["Breaking News", "Wednesday, January 24, 2024", "Light snow 28°F"])
def test_other_first_lines_over_the_sections_are_no_masthead(line):
    site, publisher, _ = read(f"{line}\nHome\nNews\nScience\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


@pytest.mark.parametrize("name", ["Ellery Express-Chronicle", "KVTR 9 News", "Coastline News", "The Albion"])
def test_a_brands_name_under_the_pages_buttons_over_its_sections_is_its_masthead(name):
    text = (f"Skip to main content\nSkip to navigation\nPrint subscriptions\nSign in\nSearch jobs\nSearch\n{name}\n"
            f"News\nPolitics\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    site, publisher, document = read(text)
    assert site == name


@pytest.mark.parametrize("line", ["US", "Quick Links", "Bay Area", "Aktuelle Ausgabe", "EBN Player"])
def test_an_edition_a_region_or_a_control_under_the_pages_buttons_is_no_masthead(line):
    text = (f"Skip to main content\nClose icon\nSubscribe\n{line}\nWorld\nPolitics\nBusiness\n"
            f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\nUS officials said the council would decide.\n")
    site, publisher, document = read(text)
    assert site is None


@pytest.mark.parametrize("name, menu", [
    ("Westmark Rundfunk", "Nachrichten\nSport\nWetter"),
    ("Radio Onda Collina", "Cronaca\nPolitica\nSport"),
    ("Noticias Cordillera TV", "Señal en vivo\nRegiones\nNación"),
    ("Wellersdorfer Allgemeine", "E-Paper\nAbo\nLogin"),
    ("LAGOA NOTÍCIAS", "O portal de Lagoa do Jacu e região\nINÍCIO\nCIDADE\nPOLÍCIA"),
    ("La Crónica de San Bernardo", "Suscríbase\nIngresar\nRegional"),
    ("Cronache di Gallura", "Home\nCronaca\nPolitica"),
    ("La Feuille de la Broye", "Actualité\nSport\nCulture"),
    ("Liège Direct", "Actu\nSport\nFootball"),
])
def test_a_media_name_on_the_pages_first_line_over_its_menu_is_its_masthead_and_publisher(name, menu):
    site, publisher, _ = read(f"{name}\n{menu}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


def test_a_section_named_after_the_paper_among_the_menus_items_is_no_masthead():
    site, publisher, _ = read(f"Politik\nTimes Insider\nKultur\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


@pytest.mark.parametrize("line, menu", [
    ("Politik & Gesellschaft", "Umwelt & Klima\nWirtschaft\nKultur"),  # a menu's first item, printed as the others
    ("TV-Programm", "Live-Ticker\nVideo-Center\nStatistik"),
    ("Formel 1 News", "Formel 1 Live Ticker\nMotoGP\nRallye"),
    ("Zum Inhalt", "Nachrichten\nSport\nWetter"),  # no name's mark
    ("Aceptar", "Noticias\nDeportes\nCultura"),  # a consent form's button
])
def test_other_first_lines_over_a_menu_are_no_masthead(line, menu):
    site, publisher, _ = read(f"{line}\n{menu}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


@pytest.mark.parametrize("name, site", [("Sila Press", "Sila Press"), ("Nobelpreis 2021", None)])
def test_a_name_under_the_menu_over_the_sites_slogan_named_again_is_the_site(name, site):
    found, _, _ = read(f"Home\nCronaca\nPolitica\nSport\nCultura\nContatti\n{name}\nIl giornale dell'altopiano\n\n"
                       f"Incendio sulla Sila, evacuate tre strutture turistiche\nRedazione {name}\n29 Luglio 2023 - 17:45\n"
                       f"{STORY}\n")
    assert found == site


def test_a_brand_under_the_menus_and_the_searchs_buttons_over_the_menu_named_again_is_the_site():
    site, _, _ = read("Menu\nCerca\nBariCentrale News\nBari\nProvincia\nBAT\nPuglia\nPolitica\nSanità\nEconomia\nSport\n"
                      "Sanità\nListe d'attesa, la Regione assume 90 specialisti per gli ambulatori\n10 Gennaio 2024, 13:05\n"
                      f"{STORY}\nRicevi le notizie di BariCentrale News su WhatsApp: iscriviti al canale\n")
    assert site == "BariCentrale News"


def test_a_places_name_and_the_papers_word_after_it_first_on_the_page_named_again_is_the_site():
    site, _, _ = read("Etna Giornale\nCatania\nProvincia\nEtna\nAcireale\nSport\nMeteo Etna\n\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\nEtna Giornale © 2024 – Tutti i diritti riservati\n")
    assert site == "Etna Giornale"


def test_a_name_with_a_medias_word_over_a_menu_of_places_is_the_site():
    site, _, _ = read("Polesine Sera\nRovigo\nAdria\nDelta\nAlto Polesine\nMedio Polesine\nSport\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Polesine Sera"


@pytest.mark.parametrize("name, under", [
    ("ABENDBLITZ", "Politik\nSport\nRegional"),  # a menu printed otherwise
    ("TUTTOGOL", "Calcio\nMercato | Coppe | Risultati\nVideo"),  # (a row of items is one)
    ("KOMPASS", "ALLES\nNEU\nHEUTE"),  # named again below
])
def test_a_word_in_capitals_first_on_the_page_is_the_site_over_a_menu_or_named_again(name, under):
    text = f"{name}\n{under}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\nMore on {name}: the pool.\n"
    site, publisher, _ = read(text if name == "KOMPASS" else text.replace(f"More on {name}: the pool.\n", ""))
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("line, under", [
    ("RECIPES", "HEALTHY\nTIPS\nVIDEOS"),  # a menu's first item, printed as the others
    ("BUSINESS", "Markets\nTech\nMedia"),  # a section
    ("SASKATOON", "• Two killed in separate crashes on a highway north of the city"),  # a place over the story
])
def test_other_words_in_capitals_first_on_the_page_are_no_site(line, under):
    site, publisher, _ = read(f"{line}\n{under}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


@pytest.mark.parametrize("buttons", ["Accetta\nRifiuta\nScopri di più e personalizza", "Aceitar tudo\nRejeitar\nGerir preferências",
                                     "Alle akzeptieren\nEinstellungen", "Aceptar\nConfigurar"])
def test_a_papers_name_under_a_consent_forms_buttons_to_refuse_or_choose_is_its_masthead(buttons):
    text = ("Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per "
            f"mostrarti pubblicità in linea con le tue preferenze.\n{buttons}\nStrettoSera\nCronaca\nPolitica\nCittà\n"
            f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    site, publisher, _ = read(text)
    assert (site, publisher) == ("StrettoSera", "StrettoSera")


@pytest.mark.parametrize("name, menu", [
    ("Bayanihan News Online", "Home\nNews\nNation"),  # (a media word in the name and the menu: no menu's item)
    ("KTWN 11 News", "Watch Live\nNews\nWeather"),
])
def test_a_name_that_shares_only_a_media_word_with_its_menu_is_its_masthead(name, menu):
    site, publisher, _ = read(f"{name}\n{menu}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("icon", ["☰", "≡", "☰ Menu"])
def test_a_name_under_the_menus_icon_on_a_phones_page_is_its_masthead(icon):
    site, publisher, _ = read(f"{icon}\nLakeshore Today\nOpen in app\nLocal News\nWeather\nSports\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Lakeshore Today", "Lakeshore Today")


@pytest.mark.parametrize("name, menu", [
    ("Expresso do Serrado", "Início\nPolítica\nEconomia\nSociedade"),
    ("Harbor Freight Review", "Menu\nShipping\nWarehousing\nTechnology"),
    ("Campo Deportivo", "Fútbol\nLiga MX\nBéisbol\nBox"),
    ("Vigía del Monte", "Local\nRegión\nNacional"),
    ("Le Phare d'Ys", "Le journal\nMon compte\nCulture\nSpectacles"),
])
def test_a_name_of_words_alone_on_the_pages_first_line_over_its_menu_is_its_masthead(name, menu):
    site, publisher, _ = read(f"{name}\n{menu}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("line, menu", [
    ("Service & Kontakt", "Anmelden\nPersonal\nSteuern\nRecht"),  # the pages every site links to
    ("Alle Rubriken", "Schließen\nNews\nFamilie\nHoroskop"),  # a menu's label
    ("Back to Example.com", "Engineering\nProduct\nSecurity"),
    ("Bienvenue sur Le Phare", "Actualité\nSport\nCulture"),  # a greeting
    ("Introducing Author Profiles", "Games\nMovies\nTV"),  # an announcement
    ("Shopwelt.de Shop Akademie", "Anmelden\nPersonal\nSteuern"),  # a row of links glued together
    ("NO SOPORTADO", "MENÚ\nSEGUIR\nBUSCAR"),  # a browser's notice
    ("OK", "Assine\nEntrar\nEdição digital"),  # a consent form's button
])
def test_pages_links_labels_and_glued_rows_first_over_a_menu_are_no_masthead(line, menu):
    site, publisher, _ = read(f"{line}\n{menu}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


@pytest.mark.parametrize("above", ["Accéder au contenu principal", "Direkt zum Inhalt", "Pular para o conteúdo",
                                   "Skip to content\nMonday, March 4, 2024"])  # (today's date between link and logo)
def test_a_papers_name_under_the_skip_link_in_other_wordings_or_under_the_date_is_its_masthead(above):
    site, publisher, _ = read(f"{above}\nThe Kerio Standard\nTrending\nCounties\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("The Kerio Standard", "The Kerio Standard")


@pytest.mark.parametrize("top", [
    "Douro Vale TV\n☰\nEmissão em direto\nPorto",  # over the menus' icon
    "☰\nDouro Vale TV\n🔍\nEN VIVO\nVer señal en vivo\nActualidad",  # under it, over a menu that is no list of sections
    "Menú\nDouro Vale TV\n98.7 FM\n▶ Escuchar en vivo\nRegional",  # beside the button named
])
def test_a_brands_name_beside_the_menus_button_on_a_phones_page_is_its_masthead(top):
    site, publisher, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Douro Vale TV", "Douro Vale TV")


@pytest.mark.parametrize("line", ["Politics", "Sign in", "Live TV", "Kilbrack, Co Mayo", "SEGUIR"])
def test_other_lines_beside_the_menus_button_are_no_masthead(line):
    site, publisher, _ = read(f"☰\n{line}\nNews\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


def test_a_label_beside_the_menus_button_right_over_the_headline_is_no_masthead():
    site, publisher, _ = read(f"Skip to content\nDonate\nMenu\nLocal Reporting Network\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


def test_a_plain_name_first_under_the_menus_button_named_is_its_masthead():
    site, publisher, _ = read(f"Abrir menú\nEnfoque Serrano\nBuscar\nEN VIVO | Sesión de Cabildo\nMunicipios\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Enfoque Serrano", "Enfoque Serrano")


@pytest.mark.parametrize("name", ["Rádio Serrana 101,5 FM", "Radio Vigía 94.1 FM"])
def test_a_stations_name_with_its_frequency_first_on_the_page_is_its_masthead(name):
    site, publisher, _ = read(f"{name}\nOUÇA AO VIVO\nNotícias\nProgramação\nPromoções\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


def test_a_papers_name_under_a_consent_forms_button_to_learn_more_is_its_masthead():
    site, publisher, _ = read("Este website utiliza cookies para melhorar a sua experiência de navegação e para fins "
                              "estatísticos e publicitários.\nAceitar\nSaber mais\nNotícias do Vale Alto\nAssinaturas\n"
                              f"Edição impressa\nRegião\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Notícias do Vale Alto", "Notícias do Vale Alto")


@pytest.mark.parametrize("name, menu", [
    ("COSTA NORTE DEPORTES", "Pro D2\nTop 14\nFédérale\nRugby amateur"),  # in capitals
    ("WALDPRAXIS online", "Das Fachportal für Waldwirtschaft\nNewsletter\nHeft-Archiv\nAbo"),  # a media word in small letters
    ("Kilbrack.ie", "Menu\nSearch\nLatest\nWeather"),  # the site's address
    ("Gironi B Live", "Serie C\nGirone A\nGirone B\nGirone C"),  # (a letter alone is no word in common with the menu)
])
def test_more_names_first_on_the_page_over_its_menu_are_its_masthead(name, menu):
    site, publisher, _ = read(f"{name}\n{menu}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


def test_a_name_over_a_consent_form_over_its_menu_is_its_masthead():
    site, publisher, _ = read("Ogliastra Viva\nIl quotidiano online della valle\nQuesto sito utilizza cookie tecnici e, "
                              "previo tuo consenso, cookie di profilazione e di terze parti per mostrarti pubblicità.\n"
                              "Accetta tutti\nRifiuta\nPersonalizza\nHome\nCronaca\nSport\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Ogliastra Viva", "Ogliastra Viva")


def test_a_name_under_todays_date_and_the_weather_is_first_on_the_page():
    site, publisher, _ = read("Jueves, 7 de noviembre de 2024\nOlmedilla 14°C\nSemanario del Páramo\nPortada\nLocal\n"
                              f"Comarca\nDeportes\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Semanario del Páramo", "Semanario del Páramo")


def test_a_papers_name_under_a_subscriptions_offer_at_its_price_is_first_on_the_page():
    site, _, _ = read("Jetzt testen: 4 Wochen Steigerwald-Echo digital für 0,99 €\nSTEIGERWALD-ECHO\nSuche\nMenü\n"
                      f"Bamberg-Land\nHaßberge\nForchheim\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "STEIGERWALD-ECHO"


def test_a_name_under_todays_date_and_its_weather_after_a_bar_over_its_slogan():
    site, _, _ = read("Montag, 16. September 2024 | 14 °C, Regen\nLandesbote\nDie Tageszeitung für Liechtenstein\n"
                      f"Inland Wirtschaft Sport Kultur\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Landesbote"


@pytest.mark.parametrize("title, expected", [
    ("Council to decide on pool plan | Moselpost", "Moselpost"),  # the page's title names the site after a bar
    ("Council to decide on pool plan", None),  # (a word under the skip link named nowhere else: a section's, as well)
])
def test_one_word_under_the_skip_link_is_the_masthead_when_the_pages_title_names_it(title, expected):
    site, publisher, _ = read(f"{title}\nZum Hauptinhalt\nMoselpost\nLokales\nPolitik\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\nMehr aus der Moselpost: Termine der Woche\n")
    assert (site, publisher) == (expected, expected)


def test_a_town_in_the_menu_that_the_name_holds_does_not_make_the_name_a_menus_item():
    site, publisher, _ = read(f"Semanario La Voz de Olmedo\nEdición impresa\nInicio\nOlmedo\nComarca\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Semanario La Voz de Olmedo", "Semanario La Voz de Olmedo")


def test_a_masthead_in_capitals_names_the_publisher_as_the_page_writes_it_elsewhere():
    site, publisher, _ = read(f"GRAZER BLICKPUNKT\nPolitik\nKultur\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n"
                              f"{STORY}\n© 2024 Grazer Blickpunkt\n")
    assert (site, publisher) == ("GRAZER BLICKPUNKT", "Grazer Blickpunkt")


def test_a_name_under_a_consent_form_read_as_a_cookie_prompt_is_its_masthead():
    site, publisher, _ = read("Utilizamos cookies para melhorar a sua experiência de navegação. Ao continuar a navegar, "
                              "está a concordar com a sua utilização.\nAceitar\nSaber mais\nDiário do Tâmega\nPolítica\n"
                              f"Economia\nSociedade\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Diário do Tâmega", "Diário do Tâmega")


def test_a_name_under_the_markets_tickers_is_first_on_the_page():
    site, publisher, _ = read("PSI 6.512,30 +0,42%\nEUR/USD 1,0874 -0,11%\nNegócios do Minho\nAssinar\nMercados\nEmpresas\n"
                              f"Economia\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Negócios do Minho", "Negócios do Minho")


@pytest.mark.parametrize("above", ["Saltar al contenido\nSuscríbete por $1\nIniciar sesión",  # beside the account links
                                   "Ir al contenido\nCaracas 28°C"])  # under the skip link and the weather
def test_a_name_of_five_words_led_by_its_article_where_the_logo_stands(above):
    site, publisher, _ = read(f"{above}\nEl Centinela de Puerto Nuevo\nNoticias\nPolítica\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("El Centinela de Puerto Nuevo", "El Centinela de Puerto Nuevo")


def test_a_consent_forms_buttons_glued_together_are_no_masthead():
    site, publisher, _ = read("We use cookies to improve our service for you. You can find more information in our data "
                              f"protection declaration.\nMore info OK\nInhalt\nNavigation\nSuche\nCouncil to decide on pool "
                              f"plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (None, None)


def test_a_consent_form_under_the_skip_link_is_read_past_to_the_name_under_it():
    site, publisher, _ = read("Salta al contenuto\nInformativa\nNoi e terze parti selezionate utilizziamo cookie o "
                              "tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.\n"
                              "Rifiuta\nAccetta\nLa Voce del Sannio\nCronaca\nPolitica\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("La Voce del Sannio", "La Voce del Sannio")


def test_the_town_a_site_is_named_after_among_its_sections_does_not_make_the_name_a_menus_item():
    site, publisher, _ = read(f"Isla Clara Digital\nAbrir menú\nBuscar\nPortada\nIsla Clara\nPuerto Almagre\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Isla Clara Digital", "Isla Clara Digital")


def test_the_weathers_place_over_its_temperature_is_no_masthead():
    site, publisher, _ = read(f"Skip to main content\nTuesday, March 12, 2024\nCarrow Falls\n41°F\nCloudy\nSubscribe\nSign In\n"
                              f"The Carrow Valley Ledger\nNews\nSports\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("The Carrow Valley Ledger", "The Carrow Valley Ledger")


def test_a_consent_forms_notice_read_as_chrome_and_its_link_to_the_data_are_read_past():
    site, publisher, _ = read("Pular para o conteúdo\nUsamos cookies para melhorar sua experiência de navegação e "
                              "analisar o tráfego do site, conforme a nossa política.\nAceitar\nConfigurações\n"
                              "Jornal Vale do Ribeirão\nTerça-feira, 12 de março de 2024\nPolítica\nEconomia\nEsporte\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Jornal Vale do Ribeirão", "Jornal Vale do Ribeirão")


def test_a_papers_name_after_italians_di_inside_a_line_is_named_again():
    site, publisher, _ = read(f"Home\nCronache delle Colline\nCouncil to decide on pool plan\n{STORY}\n"
                              "Scarica l'app di Cronache delle Colline\n")
    assert site == "Cronache delle Colline"


def test_the_sites_own_name_after_the_writers_is_no_part_of_the_byline():
    document = convert.parse_text(f"Skip to content\nHexagone Info\nNews\nSport\nCouncil to decide on pool plan\n"
                                  f"Par Léa Chabrol, Hexagone Info\n{STORY}\n", "page.txt")
    assert document["articles"][0]["byline"] == "Léa Chabrol"


@pytest.mark.parametrize("buttons", ["Alle akzeptieren\nNur notwendige Cookies\nIndividuelle Einstellungen",
                                     "Accepter & Fermer\nContinuer sans accepter\nParamétrer"])
def test_a_consent_forms_buttons_to_set_or_close_are_no_masthead(buttons):
    site, publisher, _ = read("Wir verwenden Cookies, um Ihnen das bestmögliche Erlebnis auf unserer Website zu bieten.\n"
                              f"{buttons}\nWerra-Kurier\nPolitik\nSport\nKultur\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("Werra-Kurier", "Werra-Kurier")


def test_a_name_in_capitals_under_a_consent_forms_buttons_is_the_masthead():
    site, publisher, _ = read("Esta web utiliza cookies propias y de terceros para su correcto funcionamiento y para fines "
                              "analíticos.\nAceptar\nRechazar\nConfigurar\nSALUD AL DÍA\nNoticias\nEnfermedades\nNutrición\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "SALUD AL DÍA"


@pytest.mark.parametrize("link", ["Pasar al contenido principal", "Open navigation"])
def test_a_name_under_the_skip_link_or_the_navigations_button_however_put(link):
    site, publisher, _ = read(f"{link}\nKRBQ 9 News\nWatch Live\nWeather\nNews\nSports\nCouncil to decide on pool plan\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("KRBQ 9 News", "KRBQ 9 News")


def test_a_brand_in_capitals_with_a_dot_beside_the_menus_button_under_a_consent_form():
    site, publisher, _ = read("Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.\n"
                              "Einstellungen\nAlle akzeptieren\nNur notwendige\nDatenschutzerklärung\nImpressum\n"
                              f"ALDENBURG.MAG\nMenü öffnen\nEssen & Trinken\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("ALDENBURG.MAG", "ALDENBURG.MAG")


def test_a_papers_name_under_the_account_links_todays_date_and_the_weather():
    site, publisher, _ = read("Skip to main content\nSubscribe\nLog In\nThursday, July 25, 2024\n91°F Clear\n"
                              "The Pike Hollow Sentinel\nServing Pike Hollow and Tanner County since 1887\nHome\nNews\nSports\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("The Pike Hollow Sentinel", "The Pike Hollow Sentinel")


def test_a_name_first_on_the_page_over_account_links_worded_as_sentences_over_its_menu():
    site, _, _ = read("Agência Rumo\nAceda à sua conta\nAssine os nossos serviços\nPortugal\nMundo\nEconomia\nPolítica\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Agência Rumo"


@pytest.mark.parametrize("link, name", [("Passer au contenu", "Le Courrier lémanique"), ("Zum Inhalt", "Donaupost"),
                                        ("Springe zum Inhalt", "Glaube und Welt")])
def test_a_papers_name_with_a_regions_adjective_a_german_post_or_under_another_skip_link(link, name):
    site, _, _ = read(f"{link}\n{name}\nNachrichten\nKirche\nKultur\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


def test_a_blogs_link_to_its_about_page_is_no_masthead():
    site, _, _ = read(f"Springe zum Inhalt\nÜber das Blog\nImpressum\nArtikel\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site is None


@pytest.mark.parametrize("tickers", ["Dólar $3.912,45 ▼ 0,32 %\nBrent US$83,10 ▲ 0,85 %",
                                     "Vai al contenuto\nFTSE MIB 33.412,87 +0,52%\nSpread BTP-Bund 128 -2\nEUR/USD 1,0891"])
def test_a_name_under_the_markets_tickers_however_they_are_printed(tickers):
    site, _, _ = read(f"{tickers}\nVALOR ANDINO\nSuscríbase\nMercados\nEmpresas\nEconomía\nCouncil to decide on pool plan\n"
                      f"By Jane Roe\n{STORY}\n")
    assert site == "VALOR ANDINO"


@pytest.mark.parametrize("buttons", ["Entendido", "Tout accepter\nTout refuser\nPersonnaliser"])
def test_a_name_under_a_consent_forms_buttons_to_understand_or_personalise(buttons):
    site, _, _ = read(f"Aller au contenu principal\nNous utilisons des cookies et des technologies similaires pour mesurer "
                      f"l'audience de notre site.\n{buttons}\nRadio Val d'Orbelle\nEN DIRECT\nInfos\nSports\nCulture\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Radio Val d'Orbelle"


def test_a_name_set_aside_among_links_is_a_masthead_where_a_logo_stands():
    site, _, _ = read("Saltar para o conteúdo\nEste website utiliza cookies para melhorar a sua experiência de navegação.\n"
                      "Aceitar\nSaber mais\nO Eco do Montado\nSemanário regional · Edição n.º 1834\nAssine a edição digital\n"
                      f"Regional\nDesporto\nCultura\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "O Eco do Montado"


@pytest.mark.parametrize("line", ["Euribor 12M 3,582%", "Radio Plateau 97.4"])
def test_a_tickers_rate_is_no_masthead_where_a_radios_frequency_is(line):
    site, _, _ = read(f"Vai al contenuto\n{line}\nCronaca\nSport\nCultura\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == (None if "%" in line else line)


@pytest.mark.parametrize("top, name", [
    ("Open navigation menu\nValley 12 News\nSearch\nWatch Live\nNews\nSports\nWeather", "Valley 12 News"),
    ("L'Éléphant Matin\nLe quotidien de toute la Côte d'Ivoire\nLundi 8 avril 2024\nAccueil\nPolitique\nÉconomie", "L'Éléphant Matin"),
    ("ALTAMAR\nRevista de viajes y naturaleza\nSuscríbete a la revista\nTienda\nDestinos\nNaturaleza", "ALTAMAR"),
])
def test_a_name_over_todays_date_a_subscription_link_or_under_the_navigations_button(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("link", ["Leichte Sprache", "Liberté Égalité Fraternité"])
def test_the_accessible_versions_link_or_the_states_motto_is_no_masthead(link):
    site, _, _ = read(f"Direkt zum Inhalt\n{link}\nAktuelles\nPolitik\nService\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site is None


@pytest.mark.parametrize("button", ["Definições", "Einverstanden"])
def test_a_name_under_a_consent_forms_settings_or_agree_button(button):
    site, _, _ = read(f"Utilizamos cookies para melhorar a sua experiência de navegação no nosso site.\nAceitar\n{button}\n"
                      f"O Correio Lusitano\nPaís\nMundo\nDesporto\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "O Correio Lusitano"


@pytest.mark.parametrize("top, name", [
    ("Thursday, June 13, 2024\nLatest:\nAssembly passes 2024 supplementary budget after debate\nThe Lagoon Courier\nHome\n"
     "News\nPolitics\nSports", "The Lagoon Courier"),
    ("Ir al contenido principal\nSuscríbase\nIniciar sesión\nJueves, 26 de septiembre de 2024\nEl Centinela de Santa Inés\n"
     "Inicio\nRegión\nColombia", "El Centinela de Santa Inés"),
    ("Lundi 3 juin 2024\nConnexion\nS’inscrire\nL’Écho du Plateau\nL’information au cœur de Bouaké\nACCUEIL\nPOLITIQUE\n"
     "SPORT", "L’Écho du Plateau"),
    # (French's short word for the news opens a slogan too)
    ("Connexion | Inscription\nsamedi 20 avril 2024\nABIDJAN MATIN\nL'ACTU SANS DÉTOUR\nAccueil\nActualité\nPolitique",
     "ABIDJAN MATIN"),
])
def test_a_name_right_over_the_menus_link_to_the_front_page_or_over_its_slogan(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top", [
    "Se connecter\nMy Topics\nHome\nNews\nSport",
    "Kreisblick\nLokalnachrichten für den Kreis Sandhagen\nStartseite\nBlaulicht\nPolitik",
    "Se connecter\nFlash info\nIncendie à Pradelles : la départementale 112 rouverte\nAccueil\nRégion\nSport",
])
def test_the_readers_own_page_a_slogan_or_a_breaking_bars_label_over_the_front_page_link_is_no_masthead(top):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site not in ("My Topics", "Lokalnachrichten für den Kreis Sandhagen", "Flash info")


@pytest.mark.parametrize("top, name", [
    ("Menú\nMercados & Finanzas\nSuscríbete\nNegocios", "Mercados & Finanzas"),
    ("☰\nVal Brembana Oggi\nCerca\nCronaca", "Val Brembana Oggi"),
    ("Pular para o conteúdo\nmenu\nPortal Serrano\nbusca\nEntrar\nEconomia", "Portal Serrano"),
])
def test_a_phones_logo_between_the_menus_button_and_a_search_or_account_button(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


def test_an_editions_name_under_the_menus_button_under_the_logo_is_no_masthead():
    site, _, _ = read(f"Pular para o conteúdo\ntvm notícias\nMENU\nCampos do Araxá e Região\nBUSCAR\nENTRAR\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site != "Campos do Araxá e Região"


@pytest.mark.parametrize("name", ["El Vigía de la Huasteca", "Il Mattino di Sanvarano", "Sahel Matin", "La Prensa de Lara",
                                  "Carrabane Nationalist", "The Hollis Creek Pioneer", "Kilbrack Democrat", "Tarrow Argus"])
def test_more_words_newspapers_are_named_with(name):
    from convert.readers.capture.mastheads import is_paper_name
    assert is_paper_name(name)


def test_a_morning_in_a_sentence_is_no_papers_name():
    from convert.readers.capture.mastheads import is_paper_name
    assert not is_paper_name("Ce matin")


@pytest.mark.parametrize("top, name", [
    ("Südwelle\nHome\nRegion\nSport", "Südwelle"),
    ("Nortezeta\nInicio\nRegión\nDeportes", "Nortezeta"),
])
def test_one_word_as_the_pages_first_line_over_the_front_pages_link(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


def test_the_language_picker_over_the_front_pages_link_is_no_masthead():
    site, _, _ = read(f"Language\nHome\nNews\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site != "Language"


def test_a_masthead_under_the_pages_title_printed_first_over_the_headline_again():
    site, _, _ = read("Skip to Content\nFaculty senate votes no confidence in provost after budget cuts\nOpen Search Bar\n"
                      "Menu\nThe Daily Kestrel\nThe student newspaper of Marlow State University\nNews\nSports\nOpinion\n"
                      "Faculty senate votes no confidence in provost after budget cuts\nBy Jane Roe\n"
                      f"{STORY}\n")
    assert site == "The Daily Kestrel"


def test_a_papers_name_among_the_menus_items_under_the_pages_title_is_none():
    site, _, _ = read("Council to decide on pool plan\nsearch\nHome\nValley News\nValley Times\nThe Blogs\nNewsletters\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site != "Valley Times"


@pytest.mark.parametrize("title, name, slogan", [
    ("The Daily Blaze - Latest news, sport, showbiz and celebrity gossip", "The Daily Blaze",
     "Latest news, sport, showbiz and celebrity gossip"),
    ("KWTR 9 | News, Weather & Sports for the Tennessee Valley", "KWTR 9", "News, Weather & Sports for the Tennessee Valley"),
    ("Lindenau Live – Nachrichten aus Lindenau und dem Umland", "Lindenau Live", "Nachrichten aus Lindenau und dem Umland"),
    ("Le Courrier du Lac – Actualités de Vaud et de Genève", "Le Courrier du Lac", "Actualités de Vaud et de Genève"),
    ("Eco di Valsorda - Il quotidiano online della valle", "Eco di Valsorda", "Il quotidiano online della valle"),
])
def test_the_pages_title_first_names_the_site_before_its_slogan(title, name, slogan):
    site, publisher, document = read(f"{title}\nHome\nNews\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)
    assert {"lines": [1, 1], "text": slogan, "reason": "site-slogan"} in document["removed"]


@pytest.mark.parametrize("title", [
    "Council to decide on pool plan - News",  # a headline and its section
    "Sport - News from the Valley",  # a section's name is no site's
    "Council to decide on pool plan | The Valley Courier",  # the headline first: the site after it is named otherwise
    "The Valley Courier - Council to decide on the pool plan, news on Thursday.",  # a sentence, no slogan
])
def test_a_title_without_a_name_before_a_slogan_names_no_site_so(title):
    site, _, document = read(f"{title}\nHome\nNews\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert not any(item["reason"] == "site-slogan" for item in document["removed"])


@pytest.mark.parametrize("top, name", [
    ("Oriente 98.7 FM\nEn vivo ▶\n☰\nRegionales", "Oriente 98.7 FM"),  # a station's frequency, first on the page
    ("Skip to content\nRadio Valle FM 104,3\nListen live", "Radio Valle FM 104,3"),
    # under the browser's offer of the site's notifications, its buttons too
    ("Este sitio utiliza cookies para ofrecerte una mejor experiencia. Al continuar aceptás el uso de cookies.\nAceptar\n"
     "Leer más\n¿Querés recibir notificaciones de las últimas noticias?\nNo, gracias\nPermitir\nRadio Cordillera 870 AM\n"
     "Escuchá en vivo\nInicio", "Radio Cordillera 870 AM"),
    # under the bar that names the story being read
    ("Você está lendo: Júri condena réu\nTV Serra Verde\nAssista ao vivo\nJornalismo\nEsporte\nEntretenimento\nProgramação",
     "TV Serra Verde"),
    ("Vai al contenuto\nUniversità degli Studi di Castrovalle\nAteneo\nDidattica", "Università degli Studi di Castrovalle"),
])
def test_a_stations_a_universitys_name_where_a_logo_stands(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top", [
    "Home\nNews\nThe 98.7 FM ratings are in\nSport",  # a frequency in a menu's item, under the menu's first link
    "¿Querés recibir notificaciones de las últimas noticias?\nNo, gracias\nPermitir\nInicio\nNoticias\nDeportes",
])
def test_no_stations_name_where_no_logo_stands(top):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site is None


def test_the_offer_of_the_sites_notifications_and_its_buttons_are_no_part_of_the_pages_top():
    from convert.readers.capture.mastheads import _page_top
    from convert.readers.capture.text import Line
    texts = ["Leer más", "¿Querés recibir notificaciones de las últimas noticias?", "No, gracias", "Permitir",
             "Radio Cordillera 870 AM", "Inicio"]
    lines = [Line(number, text, text) for number, text in enumerate(texts, start=1)]
    set_aside = {1: "page-chrome", 2: "page-chrome", 3: "page-chrome", 4: "page-chrome", 6: "page-chrome"}
    assert [line.text for line in _page_top(lines, set_aside)] == ["Leer más", "Radio Cordillera 870 AM", "Inicio"]


@pytest.mark.parametrize("top, name", [
    ("LA GACETA de Ybyraty\nMenú\n🔍\nAbrí la app\nEconomía", "LA GACETA de Ybyraty"),  # its place joined by a little word
    ("EL DIARIO Noticias Sociedad\nMenú\n🔍\nAbrí la app\nEconomía", None),  # the menu's items glued on
])
def test_a_name_in_capitals_and_its_place_is_no_menu_glued_on(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("title", ["Wir brauchen Ihre Zustimmung", "Su consentimiento", "Il tuo consenso", "Your privacy"])
def test_a_consent_forms_title_over_its_notice_is_read_past_with_it(title):
    site, _, _ = read(f"Direkt zum Inhalt\n{title}\nWir und unsere Partner verwenden Cookies und vergleichbare "
                      f"Technologien, um Inhalte und Anzeigen zu personalisieren.\nAlle akzeptieren\nAblehnen\n"
                      f"HAFFBOTE\nE-Paper\nAbo\nAnmelden\nLokales\nSport\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "HAFFBOTE"


@pytest.mark.parametrize("banner", [
    "The Paperhold Archive\nhttps://www.valleycourier.com/news/pool-plan/\nGo\n37 captures\n15 Jun 2022 - 02 Feb 2024",
    "LANTERN WEB ARCHIVE\nThis is an archived copy of https://www.valleycourier.com/news/pool-plan/\nView live page",
])
def test_a_web_archives_name_over_its_banner_is_not_the_site(banner):
    site, publisher, _ = read(f"{banner}\nSkip to main content\nThe Valley Courier\nSubscribe\nNews\nSport\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == ("The Valley Courier", "The Valley Courier")


@pytest.mark.parametrize("button", ["Download App", "App herunterladen", "Descarga la app", "Scarica l'app"])
def test_the_button_to_get_the_sites_app_is_no_masthead(button):
    site, _, _ = read(f"{button}\nSign In\nFinancial Ledger\nMarkets\nStock Markets\nCouncil to decide on pool plan\n"
                      f"By Jane Roe\n{STORY}\n")
    assert site == "Financial Ledger"


@pytest.mark.parametrize("top, under_story, name", [
    # first on the page, named again after a comma, a bar, a slash or the copyright's mark
    ("Portal Agreste Hoje\nmenu\nPernambuco\nPolícia", "Por Jane Roe, Portal Agreste Hoje", "Portal Agreste Hoje"),
    ("Cerrado Hoje\nmenu\nGoiás", "© 2024 Cerrado Hoje", "Cerrado Hoje"),
    # in a sentence, when marked as a brand is (a media word)
    ("Ostwalder Nachrichten\nmenu\nLokales", "Das sagte er den Ostwalder Nachrichten am Montag.", "Ostwalder Nachrichten"),
    # not a place named in a sentence, nor a menu's first item printed as the next
    ("New Zealand\nFrom Wikipedia, the free encyclopedia", "New Zealand is a country in the Pacific.", None),
    ("Formel 1 News\nFormel 1 Live Ticker\nMotoGP", "Mehr bei Formel 1 News", None),
])
def test_a_name_first_on_the_page_named_again_as_a_credit_names_a_site(top, under_story, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n{under_story}\n")
    assert site == name


@pytest.mark.parametrize("menu", ["Lokales Sport Wirtschaft Kultur Service Anzeigen",
                                  "LokalesSportWirtschaftKulturServiceAnzeigen"])  # (its links glued together too)
def test_a_menu_printed_on_one_line_under_the_name(menu):
    site, _, _ = read(f"LIPPE-EMS-BOTE\n{menu}\nSport › Fußball\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "LIPPE-EMS-BOTE"


def test_a_name_over_its_menus_links_glued_together_on_one_line():
    site, _, _ = read(f"VareseNotizie24\nHomeCronacaPoliticaSportEventiNecrologieLettere\nCerca nel sito\n"
                      f"Council to decide on pool plan\nRedazione\n03/10/2023 - 07:15\n{STORY}\n")
    assert site == "VareseNotizie24"


@pytest.mark.parametrize("top, name", [
    ("Navigation überspringen\nAlpenwelle Tirol\nRadio\nTV\nWetter\nVerkehr", "Alpenwelle Tirol"),  # (past the menus)
    ("welsberg.live\nMenü\nSuche\nStadt\nVerkehr", "welsberg.live"),  # (a site's address)
    ("Plaza Financiera\nDólar oficial $872,50 ▲ 0,17%\nDólar blue $1.025,00 ▼ 0,49%\nMerval 1.187.430 ▲ 1,84%\nPortada\n"
     "Mercados\nEmpresas", "Plaza Financiera"),  # (the markets' tickers between the name and the front page's link)
])
def test_more_places_a_logo_stands(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top, name", [
    ("KMRV News Radio 1340 AM & 98.7 FM\nListen Live\nOn Air\nSchedule", "KMRV News Radio 1340 AM & 98.7 FM"),
    ("Skip to main content\nAccount\nSubscribe\nSign In\nRead Today's Paper\nCalder Sun-Herald Logo\nLocal",
     "Calder Sun-Herald"),  # (the logo's own text)
    ("Navigation überspringen\nRML – Rundfunk Mittelland\nRadio\nFernsehen", "RML – Rundfunk Mittelland"),
])
def test_a_stations_frequencies_a_logos_text_and_a_short_name_dashed_to_the_long_one(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top, name", [
    # a consent form's buttons alone over the page
    ("Aceptar cookies\nRechazar\nLa Noticia Cuscatleca\nLunes, 2 de diciembre de 2024\nNacionales\nPolítica\nEconomía\n"
     "Deportes", "La Noticia Cuscatleca"),
    # the form's purposes among its notices: storing on the reader's device
    ("Tu privacidad importa\nCon tu consentimiento, nosotros y nuestros socios usamos cookies para personalizar el "
     "contenido.\nAlmacenar o acceder a información en un dispositivo\nMás información\nAceptar y cerrar\n"
     "LA GACETA DEL NALÓN\nAsturias\nCuencas\nOviedo", "LA GACETA DEL NALÓN"),
    # English's paper word first, named again
    ("Home\nBusiness\nWorld\nSports\nE-Paper\nThe Daily Meridian\nBusiness", "The Daily Meridian"),
])
def test_more_consent_forms_over_the_logo_and_a_papers_word_first(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\nPublished in The Daily Meridian.\n")
    assert site == name


def test_a_name_under_the_offer_of_notifications_and_its_portuguese_buttons():
    site, _, _ = read("Utilizamos cookies essenciais de acordo com a nossa Política de Privacidade e, ao continuar "
                      "navegando, você concorda.\nOK\nDeseja receber notificações das últimas notícias?\nNão, obrigado\n"
                      "Permitir\nON Cidade\nPortal de notícias de Barra do Itaúna e região\nBarra do Itaúna 26°C\n"
                      "Quinta-feira, 17 de outubro de 2024\nHome\nCidade\nSegurança\nPolítica\nEsportes\nPublicidade\n"
                      "Siga o ON Cidade no Instagram e no WhatsApp\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "ON Cidade"


@pytest.mark.parametrize("name", ["DER KOMPASS", "Northern Compass"])
def test_the_name_under_the_pages_title_that_ends_with_it(name):
    site, _, _ = read(f"Hausärzte: Wer will da noch hin? - {name}\n{name}\nNachrichten\nPolitik\nGesellschaft\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("name", ["Stadt Bad Ellerbach", "Prefeitura de Vila Nova do Sul", "Comune di Castel Sereno"])
def test_a_towns_own_site_under_the_keyboards_links(name):
    site, _, _ = read(f"Direkt zum Inhalt\nDirekt zur Navigation\n{name}\nLeichte Sprache\nSuche\nRathaus & Service\n"
                      f"Leben & Wohnen\nKultur & Freizeit\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


def test_the_link_to_the_menus_is_one_of_the_keyboards_links():
    site, _, _ = read(f"Direkt zum Inhalt\nDirekt zur Navigation\nNKR\nNachrichten\nSport\nKultur\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n© NKR/Tobias Renner\n")
    assert site == "NKR"


@pytest.mark.parametrize("top, name", [
    ("Direkt zum Inhalt\nDirekt zur Navigation\nLeichte Sprache\nGebärdensprache\nSchrift vergrößern\nStadt Hohenbrück\n"
     "Rathaus & Politik\nLeben in Hohenbrück", "Stadt Hohenbrück"),
    ("Ir para o conteúdo\nIr para o menu\nIr para a busca\nAcessibilidade\nAlto contraste\nA+\nA-\n"
     "Prefeitura Municipal de Santa Rita do Capivaral\nServiços\nNotícias", "Prefeitura Municipal de Santa Rita do Capivaral"),
])
def test_a_towns_name_for_its_own_site_under_the_readers_aids(top, name):
    site, publisher, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)



@pytest.mark.parametrize("first, second", [("El Pionero", "de Villa Ñirehue"), ("El Vigía", "de Puerto Almagro")])
def test_a_logos_name_printed_on_two_lines_its_place_on_the_second(first, second):
    site, publisher, document = read(f"{first}\n{second}\nMenú\nBuscar\nIniciar sesión\n"
                                     f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (f"{first} {second}", f"{first} {second}")
    assert not [item for item in document["removed"] if item["text"] == second]


def test_a_stations_name_over_its_weather_widget_and_its_sections():
    site, _, _ = read("Skip Navigation\nShare on Facebook\nShare on Twitter\nNavigation\nSearch\nKBRT 5\nFennimore, NE »\n38°\n"
                      f"Local News\nWeather\nTraffic\nSports\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "KBRT 5"


@pytest.mark.parametrize("name", ["Hospital Universitario San Rafael de Almedina", "Universidade Federal de Serra Alta",
                                  "Centre hospitalier de Saint-Aurel", "TSV Birkenfelde 1898 e.V.", "Marlow Heights Fire Rescue",
                                  "Groupe Lavernay"])
def test_an_institutions_name_for_its_own_site(name):
    site, publisher, _ = read(f"Ir al contenido\n{name}\nMenú\nCita previa\nUrgencias\nBuscar\n"
                              f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


@pytest.mark.parametrize("text", ["Feuerwehr Hollenau feiert neues Rüsthaus",
                                  "New dialysis unit opens at Kelanipura Base Hospital"])
def test_a_headline_about_an_institution_is_no_name(text):
    from convert.readers.capture.mastheads import is_body_name
    assert not is_body_name(text)


def test_the_name_under_the_pages_aids_for_its_readers():
    site, _, _ = read("Acessibilidade\nAlto contraste\nO REGIONAL\nTrês Barras do Norte e região\nNotícias\nCidades\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "O REGIONAL"


def test_a_short_name_dashed_to_the_long_one_first_over_the_menu():
    site, _, _ = read("TIV – Televisão das Ilhas Verdes\nEm direto\nNotícias\nProgramas\nRádio\nDesporto\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "TIV – Televisão das Ilhas Verdes"


def test_the_name_under_todays_date_the_weather_and_a_row_of_tickers():
    site, _, _ = read("Jueves 22 de agosto de 2024\nColonia Esperanza 9° Nublado\n"
                      "Dólar oficial $ 968,50 | Dólar blue $ 1.345\nDiario Nuevo Día\nSuscribite\nIngresar\nLocales\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Diario Nuevo Día"


def test_the_name_under_tickers_in_rupees_and_with_a_unit_in_brackets():
    site, _, _ = read("PKX-100 64,812.33 ▲ 0.42%\nUSD/PKR 278.91 ▼ 0.03%\nGold (10g) Rs198,400\nProfitLine\nMarkets\n"
                      f"Economy\nCorporate\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "ProfitLine"


def test_a_name_by_the_menus_button_over_its_slogan_and_the_subscribe_button():
    site, _, _ = read("Menu\nTerras de Alvarinhe\nJornal regional · desde 1958\nAssinar\nSociedade\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Terras de Alvarinhe"


@pytest.mark.parametrize("over, name, under", [
    # under the weather, the account's links and today's date, over a row of sections
    ("Marrow 34° Cloudy\nSubscribe\nLog In\ne-Edition\nSunday, March 9, 2025", "The Fenwick County Ledger",
     "News | Sports | Obituaries | Opinion | Classifieds"),
    # first on the page, in small letters, over the menus' button
    ("", "la gazette du marais", "☰ Rubriques\nAccueil / Région / Grand Est"),
    # in capitals, under today's date and the account's links, over the sections
    ("Mardi 9 avril 2024\nS'abonner | Se connecter | Newsletters", "LA VOIX DU BOCAGE", "Actualité\nSports\nLoisirs"),
    # a word in small letters after the name's, over the menu's button and the towns it covers
    ("", "Le Messager montagnard", "Menu\nValdor\nNord montagnard\nSports"),
    # ... after an elided article, over a row of the towns it covers
    ("", "L’Arc montagnard", "Valdor • Porrentruy • Franches-Montagnes • Jura bernois"),
    # under a row of the site's own links and today's date, over the sections between bars
    ("Seguici su Facebook Instagram YouTube\nChi siamo | Pubblicità | Contatti\nmartedì, 15 ottobre 2024",
     "Il Quotidiano del Pollone", "Cronaca | Politica | Ambiente | Sport | Cultura"),
    # the name and its slogan after a dash, under the page's title
    ("Seit 30 Jahren hält er die Turmuhren im Tal am Laufen", "Göltzschtal Rundschau – Nachrichten aus dem Vogtland",
     "Vogtland | Göltzschtal | Region Lengenreuth | Sport"),
    # under the account's links however worded
    ("Anmelden\nJetzt abonnieren", "Innstädter Morgenpost", "Region | Bayern | Sport | Leben"),
    # its slogan of six words between the name and the menu
    ("", "CANAL VEGA", "Televisión local de la Vega Alta\nInicio | Noticias | Programas | Directo"),
    # under a paywall's count, a place between the name and the menu's button
    ("You have 2 free articles remaining this month. Subscribe for unlimited access.", "The Ashcombe Daily Sentinel",
     "Ashcombe, Ohio\nMenu\nSearch\nNews"),
    # one word first on the page, written as a logo's text is: in small letters, or with a figure or a hyphen inside it
    ("", "circuitledger", "Reviews\nNews\nDeals\nGuides"),
    # under the breaking bar's label alone, over the latest story's title
    ("ULTIM'ORA\nNeve sulle strade provinciali, scuole chiuse a Campotosto", "Gran Sasso Live",
     "Cronaca\nPolitica\nEconomia\nSport"),
    # a place joined by a little word of German or Italian ("am", "dal", "sul")
    ("Anmelden\nJetzt abonnieren", "Morgenpost am Inn", "Region  Weiherau-Land  Altenbrunn  Bayern  Sport  Leben"),
    # ... under the bar of the day's topics or of the latest story
    ("TRENDING: Heat wave · Playoffs · Rate decision", "dailyfeedr", "• News • Politics • Money\n☰ Menu"),
    ("ULTIM'ORA Funicolare di Monte Acquaviva, corse sospese", "lagunaoggi", "Cronaca\nPolitica\nSport"),
    ("", "CalcioValdora24", "Eccellenza | Promozione | Prima Categoria | Giovanili"),
    ("", "Ösling-Info", "Abonnéieren   Aloggen\nAktualitéit · Regioun · Sport"),
])
def test_the_first_name_under_what_pages_print_over_a_logo_and_over_the_menu(over, name, under):
    site, publisher, _ = read(f"{over}\n{name}\n{under}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    name = name.partition(" – ")[0]  # (the slogan after the dash is none of it)
    assert (site, publisher) == (name, name)


def test_a_name_over_its_slogan_under_the_account_link_and_a_subscriptions_offer():
    site, _, _ = read("Iniciar sesión\nSuscríbete por $2.990 al mes\nEl Salitre\nDiario digital de Antofagasta\nCiudad\n"
                      f"Región\nDeportes\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "El Salitre"


@pytest.mark.parametrize("top, name", [
    ("Tiferno Sera", "Tiferno Sera"),  # right over the headline
    ("REDWATER 11 NEWS\nWATCH LIVE\nWeather Traffic 11 Investigates", "REDWATER 11 NEWS"),  # over a live stream's button
    ("Kaz Info 974\nSe connecter | Créer un compte", "Kaz Info 974"),  # over the account's links
    ("Cuiabá, MT - 34°C\nChapada Hoje\nAgronegócio", "Chapada Hoje"),  # under the weather, over the story's section
    ("RiverBend Now\nCKRB 101.7 · Listen Live\nNow Playing: Dusty Concession – Gravel Road Home\nNews\nSports",
     "RiverBend Now"),  # (the hour's word: "Now")
    ("Ultima ora\nCronaca\nPolitica", None),  # (the latest news' label)
    # (a name of words alone, right over the account's links)
    ("Le Littoral neuchâtelois\nAbonnements\nE-paper\nSe connecter", "Le Littoral neuchâtelois"),
    ("Olympische SpieleWeiterer Sport\nAnmelden\nOlympische Spiele", None),  # (a menu's items glued together)
    ("Fußball News\nTransfers\n1. Bundesliga", None),  # over a menu's item: one itself
    ("Formel 1 News\nFormel 1 Live Ticker\nMotoGP", None),  # printed alike under it: a menu's item
    ("URGENT", None),  # one word in capitals: a label
    ("OUVIR EM DIRETO", None),  # the live stream's button
])
def test_the_pages_first_line_read_as_a_name_with_a_brands_marks_over_chrome_or_the_headline(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top", [
    "Musik\nPlaylists\nBestenliste\nTop Songs\nNews\nFilme",  # a menu's item under other items
    "Basel & Region live\nSuche\nStartseite\nNews\nBasel & Region\nSport",  # a section joined by "&", as its neighbours
    "Abo\nDAS INFOPORTAL DER JÄGER\nStartseite\nNews",  # a slogan in capitals, an article inside it
    "Saltar a contenido\nPortada\nPolítica\nMundo",  # the keyboard's link to the story
    "Termine\nSpiele\nForen\nNews\nSport",  # one capitalised word over a menu: an item of it
])
def test_no_name_among_a_menus_items_nor_a_slogan_over_the_menu(top):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site is None


@pytest.mark.parametrize("top, name", [
    # under the weather and a row of the account's links, over the slogan and the menu on one line
    ("71°F Partly Cloudy\ne-Edition | Obituaries | Classifieds | Jobs | Subscribe\nThe Lakefield Herald\n"
     "Serving Bren County since 1911\nNews  Sports  Opinion  Business  Life", "The Lakefield Herald"),
    # under the bar of breaking news, over the menu on one line
    ("Última hora\nDIRECTO | Sigue el pleno del Congreso\nLa Atalaya\nPortada  España  Internacional  Economía  Deportes",
     "La Atalaya"),
    # under an advert's label and its close button
    ("Publicidad\nCerrar\nLa Mañana del Llano\nInicio Locales Provincia País Policiales Deportes", "La Mañana del Llano"),
    # under the button to listen live, over its frequency and place, then the link to the front page
    ("Escúchanos en directo\nOnda Cantabrina\n96.2 FM | Santander\nInicio\nNoticias\nDeportes", "Onda Cantabrina"),
    # under the buttons to the live stream, the newsletters and the app
    ("LIVE TV\nNewsletters\nDownload App\nThe Southern Lantern\nIndia | Andhra Pradesh | Telangana | Kerala | World",
     "The Southern Lantern"),
    # a row of the site's links over it, a row of the towns it covers under it, one of them in its name
    ("Hemeroteca · Suscripciones · Club del suscriptor\nEl Heraldo de la Vega\nGranada · Vega · Alpujarra · Costa\nMenú",
     "El Heraldo de la Vega"),
    # a brand's name under a consent form
    ("We value your privacy\nWe and our partners use cookies to store and access information on your device.\n"
     "Accept all\nManage choices\nWorldWire Now\nWorld  Africa  Americas  Europe  Business  Sport", "WorldWire Now"),
])
def test_a_publications_name_right_over_the_menu_under_what_pages_print_over_a_logo(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top", [
    "IE 11 is not supported. For an optimal experience visit our site on another browser.\nPolitics\nU.S. News\nLocal\n"
    "New York\nLos Angeles",
    "News\nGame Guide\nCommunity\nContact Us",
    "Politik & Gesellschaft\nUmwelt & Klima\nWirtschaft\nWer wir sind",
])
def test_a_menus_item_under_another_is_no_publications_name(top):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site is None


def test_the_name_under_the_pages_title_that_ends_with_it_over_a_list_of_links():
    site, _, _ = read(f"Covered bridge on Millrace Road closes for repairs | Westbrook Weekly\nWestbrook Weekly\n"
                      f"Recent Obituaries:\nDoris M. Feeney, 88\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Westbrook Weekly"


def test_the_weathers_place_under_a_name_after_its_town_is_no_menus_item():
    site, _, _ = read(f"The Osage Hollow Messenger\nSubscribe Now\nOsage Hollow, MO ☁ 48°\nSign In\n☰ Sections\nNews\nLocal\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "The Osage Hollow Messenger"


@pytest.mark.parametrize("button", ["Escucha EN VIVO", "Escúchanos en directo", "Écouter en direct"])
def test_the_button_to_the_live_stream_is_no_name(button):
    from convert.readers.capture.mastheads import _logo_text
    assert not _logo_text(button)


@pytest.mark.parametrize("top, name", [
    ("Menú\nMundogoal\nBuscar\nMercado de fichajes", "Mundogoal"),  # named again on the page
    ("Menú\nFichajes\nBuscar\nMercado de fichajes", None),  # named nowhere else: a section's, or the menu's
])
def test_one_word_between_the_phones_buttons_named_again_is_the_masthead(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n© 2024 {name or 'Valley Media'}\n")
    assert site == name


@pytest.mark.parametrize("top, name", [
    # under a paywall's offer, over the account's links (no menu under it)
    ("Get unlimited digital access for $1 a week. Cancel anytime.\nClaim offer\nThe Harrowgate Beacon\nToday's Paper\n"
     "Subscribe\nSign in", "The Harrowgate Beacon"),
    # under the menu's items, over a section's label
    ("Cronaca\nEconomia\nSport\nTempo libero\nLa Gazzetta del Borgo\nVALLE ALTA", "La Gazzetta del Borgo"),
    # under today's date and the site's services, over its editions
    ("Mercoledì 6 novembre 2024\nMeteo\nNecrologie\nEdicola digitale\nCorriere delle Colline\n"
     "Edizioni: Valdena | Lario", "Corriere delle Colline"),
    # two papers' names: the group's titles, no masthead among them
    ("Our newspapers\nThe Harrowgate Beacon\nThe Fenwick Herald\nThe Oakvale Star\nContact us", None),
    # under a bulleted menu, over the story's section printed otherwise
    ("• Home\n• Local\n• Business\n• Sport\nSuva Morning Star\nBusiness", "Suva Morning Star"),
    # between two of a bulleted menu's items: one more
    ("• Home\n• Local\n• Suva Morning Star\n• Sport\nBusiness", None),
])
def test_the_one_newspapers_name_among_the_pages_first_lines_is_its_masthead(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


def test_a_newspapers_name_deep_in_a_long_menu_is_one_more_item():
    menu = "\n".join(f"Section {chr(ord('A') + i)}" for i in range(22))
    site, _, _ = read(f"{menu}\nReader Mail\nCartoons\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site is None


@pytest.mark.parametrize("name", ["Il Giornale dell'Appennino", "Corriere dell’Umbria", "ECO DELL'ASTICO",
                                  "Le Journal de l'économie", "Le Courrier des entreprises", "Le Journal de Montréal",
                                  "L'ECO DI BERGAMO", "il Corriere del Montello", "la Gazzetta del Borgo"])
def test_a_papers_name_with_an_elided_joiner_or_its_article_in_small_letters(name):
    from convert.readers.capture.mastheads import is_paper_name
    assert is_paper_name(name)


@pytest.mark.parametrize("name, paper", [("Mittelrhein-Bote", True), ("SEEUFER-KURIER", True), ("Rhein-Neckar-Zeitung", True),
                                         ("Corona-Nachrichten", False), ("Live-Blog", False), ("E-Post", False)])
def test_a_german_papers_word_joined_to_its_place_by_a_hyphen(name, paper):
    from convert.readers.capture.mastheads import is_paper_name
    assert is_paper_name(name) is paper


def test_a_papers_name_joined_by_a_hyphen_under_the_menu_is_the_site():
    menu = "\n".join(f"• {item}" for item in ("Startseite", "Region", "Sport", "Freizeit", "Mein Abo"))
    site, _, _ = read(f"{menu}\n\nMittelrhein-Bote\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Mittelrhein-Bote"


@pytest.mark.parametrize("text", ["il sindaco del paese", "la Gazzetta", "DELL'ASTICO"])
def test_small_words_before_a_papers_word_make_no_name(text):
    from convert.readers.capture.mastheads import is_paper_name
    assert not is_paper_name(text)


@pytest.mark.parametrize("name, under", [
    ("RADIO ASPROMONTE UNO", "la voce della montagna"),  # over its slogan, no menu
    ("CKRT News", "Halloran\n14°C Clear"),  # over the weather
    ("Telemeseta", "DIRECTO"),  # a word made with the medium's
    ("Pleißewelle", "LIVE"),
    ("LEVANTE TV", "Informativos"),
])
def test_a_broadcasters_name_first_on_the_page_is_its_masthead(name, under):
    site, _, _ = read(f"{name}\n{under}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("line", ["Live TV", "Radio en vivo", "Telefone", "Teletext", "WHO", "Radioactive waste"])
def test_other_first_lines_with_a_mediums_word_are_no_broadcasters_name(line):
    site, _, _ = read(f"{line}\nDIRECTO\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site is None


@pytest.mark.parametrize("top, name", [
    ("Menu\nSearch\nGreat Lakes Business Weekly\nHome / Finance / Banking", "Great Lakes Business Weekly"),  # under the search's button
    ("Le Temps présent\nQuotidien d'information générale\nAbonnez-vous", "Le Temps présent"),  # over a French paper's slogan
    ("Wednesday, May 15, 2024\ne-Edition | Newsletters | Advertise\nThe Bluegrass Business Record\n"
     "Business news for Louisville, Lexington and the Commonwealth\nNEWS   COMPANIES   PEOPLE   LISTS   EVENTS",
     "The Bluegrass Business Record"),  # under a row of links
])
def test_more_names_over_the_menu_or_the_slogan_under_the_buttons(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top, name", [
    # under tickers (a slash in a ticker's name, the currency after the price), over the menu: one word in capitals
    ("DAX 18.204,11 +0,42 %\nEuro/Dollar 1,0874 +0,08 %\nBrent 83,12 $ -0,90 %\nHANDELSBOTE\n"
     "Unternehmen | Finanzen | Märkte | Politik", "HANDELSBOTE"),
    # under the date, the weather and the account's links ("Abo"), over the menu
    ("Dienstag, 21. Mai 2024\nHamburg 17 °C\nE-Paper\nAbo\nLogin\nHamburger Fleetbote\nHamburg | Bezirke | Polizei | Hafen",
     "Hamburger Fleetbote"),
    # an app banner's button is no name
    ("×\nGRATUIT - sur Google Play\nOUVRIR\nAccueil | Opinion | Politique | Culture", None),
])
def test_names_under_tickers_and_account_links_and_no_button(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top, name", [
    ("LZP\nLeipziger Zeitpunkt\nAbonnieren\nLeipzig\nRegion\nSport", "Leipziger Zeitpunkt"),  # first on the page
    ("Skip to content\nRWN\nRheinische Wirtschaftsnachrichten\nNews\nSport", "Rheinische Wirtschaftsnachrichten"),
    ("Skip to content\nRWN\nRegional Weather\nNews\nSport", "RWN"),  # (not what the initials stand for)
    ("Skip to content\nBV24\nBarriga Verde 24\nNotícias\nNorte\nOeste", "Barriga Verde 24"),  # (a figure after both)
])
def test_the_name_the_logos_initials_stand_for_right_under_them_is_the_masthead(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top, name", [
    # first on the page, the newsroom's byline naming it ("Redacción …"), over a row of its places
    ("Ñandubay Noticias\nParaná | Entre Ríos", "Ñandubay Noticias"),
    # over its slogan, under the printed paper's digital copy ("Edición impresa")
    ("Ingresar | Registrate\nGeneral Roca 24°\nEdición impresa\nValle Productivo Hoy\nEl diario de las chacras",
     "Valle Productivo Hoy"),
])
def test_a_name_the_newsroom_signs_with_or_under_the_printed_papers_link(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nRedacción {name}\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("first, name", [
    ("Radio Bocage FM – 98.7 – La radio du Bocage", "Radio Bocage FM"),  # before its frequency and slogan
    ("PÉYI TÉLÉ Martinique", "PÉYI TÉLÉ Martinique"),  # the medium's word in capitals
    ("Fréquence Garonne 92.6", "Fréquence Garonne 92.6"),  # its frequency as the logo prints it
    ("RTB – Rádio Terras da Beira", "RTB – Rádio Terras da Beira"),  # its initials, a dash and the name, whole
])
def test_more_broadcasters_names_first_on_the_page(first, name):
    site, _, _ = read(f"{first}\nÉCOUTER\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top, name", [
    # the slogan over the name, over the menu
    ("Últimas Notícias do Brejo paraibano\nBrejo em Pauta\nInício | Região | Política | Cultura", "Brejo em Pauta"),
    # a name shaped as a slogan over its own slogan stays the name
    ("Notícias do Montado\nDiário digital do Alentejo Central\nREGIÃO · ÉVORA · ECONOMIA · CULTURA", "Notícias do Montado"),
])
def test_a_slogan_over_the_name_over_the_menu(top, name):
    site, _, _ = read(f"{top}\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


def test_a_name_over_whom_it_serves_under_the_language_picker():
    site, _, _ = read(f"EN | FR\nNewsletter\nThe Riverside Record\nServing Saint-Aubert and the Valcourt region\n\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "The Riverside Record"


def test_the_logo_under_the_pages_title_printed_once_first_is_the_masthead():
    site, _, _ = read("Council to decide on the new pool plan for the common this spring\n"
                      "The vote ends a long argument over what the pool will cost\n\nBizNewsWire\n"
                      f"Home   News   Newsroom Search   Log In   Submit a Release\n{STORY}\n")
    assert site == "BizNewsWire"


@pytest.mark.parametrize("first, name", [("Landesspiegel", "Landesspiegel"), ("Politik", None), ("Suche", None),
                                         ("Anmelden", None)])
def test_one_word_first_on_the_page_over_a_row_of_sections_is_the_logos(first, name):
    site, _, _ = read(f"{first}\nLiechtenstein · Region · Wirtschaft · Sport · Kultur · Meinung\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("first, name", [("ValdoraNotizie", "ValdoraNotizie"), ("Altavilla", None)])
def test_a_word_written_as_a_brand_first_on_the_page_over_a_row_of_places_is_the_logos(first, name):
    site, _, _ = read(f"{first}\nAltavilla · Gravenna · Santorso · Materano\n\nHome > Cronaca > Bari\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("name, site", [("ValdoraBarocca24", "ValdoraBarocca24"), ("Orvento24", "Orvento24"),
                                        ("Barocca", None)])
def test_a_word_written_as_a_brand_under_the_networks_buttons_over_the_home_link_is_the_logos(name, site):
    found, _, _ = read(f"Facebook\nInstagram\nYouTube\n\n{name}\n\nHome\nValdora\nProvincia\nSport\nContatti\n\n"
                       f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert found == site


@pytest.mark.parametrize("top, name", [
    ("Sonntagsbote\nKatholische Wochenzeitung für das Bistum Aldenbrück\nAbo & Probeheft", "Sonntagsbote"),
    ("Brücke\nEvangelisches Magazin für Sachsen und Thüringen\nThemen\nGlauben", "Brücke"),
    ("Bünztaler Woche\nAmtliches Publikationsorgan der Gemeinden im oberen Bünztal\nRegion | Gemeinden | Sport",
     "Bünztaler Woche"),  # (the medium named by a compound: "-organ")
    ("Bereiche\nNews\nRewind\nTipps & Berichte", None),
    ("Anmelden\nDas Stadtportal für Hamburg\nPolitik", None),
])
def test_one_word_first_on_the_page_over_a_slogan_that_names_the_medium_is_the_logos(top, name):
    site, _, _ = read(f"{top}\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == name if name else site != top.split("\n")[0]


def test_a_name_over_an_offer_and_the_account_over_the_menu_is_the_logos():
    site, _, _ = read("Anzeige\n\nRheinufer Nachrichten\nJetzt abonnieren: 4 Wochen für 0,99 €\nLogin\n\n"
                      "Königsau · Rheinwalden · Andernau · Region · Sport\n\nHochwasser am Rhein\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Rheinufer Nachrichten"


def test_a_name_over_the_accounts_links_and_a_menu_of_sections_in_its_language():
    site, _, _ = read("Mercredi 7 août 2024 | Rivemont 31°C\nRivemont Actu\nSe connecter\nS'abonner\nActu\nEnvironnement\n"
                      f"Économie\nSport\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Rivemont Actu"


@pytest.mark.parametrize("name, paper", [("Thüringer Landbote", True), ("Der Kreisbote", True), ("Regionale Angebote", False),
                                         ("Neue Verbote", False)])
def test_a_bote_after_a_places_word_names_a_paper(name, paper):
    from convert.readers.capture.mastheads import is_paper_name
    assert is_paper_name(name) is paper


@pytest.mark.parametrize("name", ["SIERRA SUR al día", "Noticias Río de la Plata"])
def test_the_pages_first_line_over_todays_date_and_the_menus_row_is_the_logos(name):
    site, _, _ = read(f"{name}\nJueves, 18 de abril de 2024\nInicio | Comarca | Deportes | Cofradías | Opinión\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == name


def test_a_stations_name_under_its_live_button_and_the_programme_on_air():
    site, _, _ = read("ÉCOUTER LE DIRECT\nÀ l'antenne : Les Matinales avec Céline et Grégory\nRadio Arvelle\n"
                      f"Info · Sport · Trafic · Météo · Podcasts\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n"
                      "© 2024 Radio Arvelle\n")
    assert site == "Radio Arvelle"


def test_a_name_under_the_editions_link_and_the_donate_button_over_its_slogan_and_the_menu():
    site, _, _ = read("Lire l'édition du 14 février\nFaire un don\nS'abonner\nL'Étoile des Plaines\n"
                      "Le journal des francophones du Manitoba\nActualités\nÉducation\nArts et culture\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "L'Étoile des Plaines"


def test_a_slogan_after_an_elided_article():
    from convert.readers.capture.mastheads import _slogan_line
    assert _slogan_line("L'actualité franco-ontarienne") and not _slogan_line("L'Arc jurassien")


def test_one_word_under_an_advert_over_a_row_of_regions_then_the_sections_is_the_logos():
    site, _, _ = read("Werbung\nSteirerblick\nGraz | Obersteiermark | Weststeiermark | Oststeiermark\nPolitik\nChronik\n"
                      f"Wirtschaft\nSport\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Steirerblick"


@pytest.mark.parametrize("top, name", [
    ("Freitag, 19. April 2024\nE-Paper | Abo | Anmelden\nLINDTALER TAGBLATT\nUnabhängige Heimatzeitung für das Lindtal\n",
     "LINDTALER TAGBLATT"),
    ("Seeblick\nNachrichten von den Inseln und Warften\nMenü öffnen\n", "Seeblick"),
])
def test_the_logos_text_over_its_slogan_is_the_site_not_the_slogan(top, name):
    site, _, _ = read(f"{top}Home\nRegion\nSport\nWirtschaft\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("top, name", [
    ("Anzeige\nSeerand Nachrichten\n", "Seerand Nachrichten"),  # (an advert's label over a name with a media word)
    ("Menú\nLa Sierra Diario\n", "La Sierra Diario"),
])
def test_a_name_with_a_media_word_stays_the_site_under_a_chrome_word(top, name):
    site, _, _ = read(f"{top}Home\nRegion\nSport\nWirtschaft\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("offer, buttons", [
    ("Recevez chaque matin l'essentiel de l'actualité de la vallée", "Je m'inscris\nNon merci\n"),
    ("Subscreva a nossa newsletter e receba as notícias todas as manhãs.", "Subscrever\n"),
])
def test_a_newsletters_offer_over_the_page_is_read_past_as_a_consent_form_is(offer, buttons):
    site, _, _ = read(f"{offer}\n{buttons}\nLe Guetteur de la Vallée\nActualité\nSports\nCulture\nAnnonces légales\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Le Guetteur de la Vallée"


@pytest.mark.parametrize("offer, buttons", [
    ("Assine a newsletter Planalto Negócios e receba todas as manhãs as principais notícias.", "Subscrever\nFechar"),
    ("Suscríbete al boletín de Planalto Negócios y recibe cada mañana las noticias.", "Suscribirme\nCerrar"),
    ("Iscriviti alla newsletter di Planalto Negócios e ricevi ogni mattina le notizie.", "Iscriviti\nChiudi"),
])
def test_a_newsletters_offer_its_button_and_the_one_that_closes_it_are_read_past(offer, buttons):
    # (then the logo, named as no paper is, among the account's links over the tickers and the menu)
    site, _, _ = read(f"{offer}\n{buttons}\nQuinta-feira, 11 Julho 2024\nPlanalto Negócios\nIniciar sessão\nRegiste-se\n"
                      "Última Hora\nCafé: exportações sobem em junho\nGoverno aprova novo regime de licenciamento industrial\n"
                      f"Início\nEconomia\nFinanças\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Planalto Negócios"


def test_the_newsletters_link_in_the_menu_is_no_offer_over_the_page():
    site, _, _ = read("Harlow Statehouse Report\nNonprofit. Nonpartisan. Free to read and republish.\nSections ▾\nNewsletter\n"
                      f"Republish\n\nHouse panel kills bill on remote meetings\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Harlow Statehouse Report"


def test_a_capitalised_name_holding_a_media_word_over_the_sites_slogan_is_its_masthead():
    site, _, _ = read("Rocha | Maldonado | Interior | Mundo | Deportes | Cultura\nMaldonado, 17°C\nDiario La Rambla\n"
                      "Información del Este desde 1987\n\nInterior\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n"
                      f"{STORY}\n")
    assert site == "Diario La Rambla"


def test_the_sites_address_over_its_slogan_naming_it_a_site_is_its_masthead():
    site, _, _ = read("LambInfos.sn\nLe site n°1 de la lutte sénégalaise\nACCUEIL  LUTTE  FOOTBALL  BASKET  CONTACT\n\nLUTTE\n"
                      f"Council to decide on pool plan\nPar Jane Roe\n\n{STORY}\n")
    assert site == "LambInfos.sn"


def test_the_name_and_slogan_under_the_sites_address_that_spells_it():
    site, _, _ = read("moorkurier-bote.de\nMoorkurier-Bote – Ihre Zeitung zwischen Hamme und Wörpe\nAbonnement | E-Paper | Mein Konto\n\n"
                      f"Nachrichten » Niedersachsen » Natur\n\nCouncil to decide on pool plan\n\nVon Jane Roe\n\n{STORY}\n")
    assert site == "Moorkurier-Bote"


@pytest.mark.parametrize("bar", ["ÚLTIMA HORA ▸ Suspenden clases en 12 escuelas por lluvias",
                                 "BREAKING: Motorway closed after crash near Riverton"])
def test_a_name_under_the_bar_of_breaking_news_is_first_on_the_page(bar):
    site, _, _ = read(f"{bar}\nIstmo Hoy\nJuchitán\nTehuantepec\nSalina Cruz\nOaxaca\nOpinión\nContacto\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Istmo Hoy"


@pytest.mark.parametrize("over", ["Publicidad", "Anzeige", "‹ Voltar"])
def test_a_name_under_an_adverts_label_or_the_back_button_is_first_on_the_page(over):
    site, _, _ = read(f"{over}\nMARCADOR SUR\nFútbol\nBaloncesto\nMotor\nMás deportes\nResultados\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "MARCADOR SUR"


@pytest.mark.parametrize("address, name", [("lindtal-nachrichten.de", "Lindtal-Nachrichten"),
                                           ("elcoquiinforma.com", "EL COQUÍ INFORMA"),
                                           ("hausruck-bote.at", "HAUSRUCK BOTE")])
def test_the_logos_text_under_the_sites_address_that_spells_it_is_the_site(address, name):
    site, _, _ = read(f"{address}\n{name}\nRheintal | Appenzellerland | Werdenberg | Service\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == name


def test_a_name_under_the_language_picker_of_any_two_codes_is_first_on_the_page():
    site, _, _ = read("GL | ES\nObradoiro Novas\nSantiago | Comarca | Galicia | Deportes | Opinión\nSuscríbete\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == "Obradoiro Novas"


@pytest.mark.parametrize("title, name", [
    ("The Hale County Ledger | Serving Hale, Morrow and Pike counties since 1911", "The Hale County Ledger"),
    ("Pilatus Blick – Die Onlinezeitung für die Region Luzern", "Pilatus Blick"),
])
def test_the_pages_title_the_name_then_a_slogan_of_whom_it_serves(title, name):
    site, _, _ = read(f"{title}\nDonar\nPortada\nNoticias\nDeportes\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("slogan", ["L'info du Trégor, chaque matin", "Le média des quartiers bruxellois",
                                    "Independent media for the Tamar Valley"])
def test_a_slogan_calling_the_site_the_info_or_the_medium_of_a_place(slogan):
    assert _slogan_line(slogan)


def test_a_name_over_a_slogan_calling_the_site_the_medium_of_a_place():
    site, _, _ = read("Bruxelles & Quartiers\nLe média des quartiers bruxellois\nÉdition du jeudi 6 juin 2024\n"
                      f"Je m'abonne\n\nÉconomie\n\nCouncil to decide on pool plan\n\nPar Jane Roe\n\n{STORY}\n")
    assert site == "Bruxelles & Quartiers"


def test_a_name_under_the_language_picker_one_code_a_line_and_the_weather_over_its_slogan():
    site, _, _ = read("FR\nNL\nEN\nJeudi 10 octobre 2024\nBruxelles 11°C\nBruxelles & Quartiers\n"
                      "Le média des quartiers bruxellois\n☰ Menu\nPolitique\nMobilité\nCulture\n\n"
                      f"Council to decide on pool plan\n\nPar Jane Roe\n\n{STORY}\n")
    assert site == "Bruxelles & Quartiers"


def test_a_sun_among_the_menus_and_account_links_is_the_sites_paper():
    site, _, _ = read("Home\nNews\nBusiness\nSport\nThe Harbourside Sun\nAdvertisement\nE-Edition\nSubscribe\n\nREGIONAL\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "The Harbourside Sun"


@pytest.mark.parametrize("over", ["Iniciar sessão", "Seguici", "Síguenos"])
def test_a_name_over_its_slogan_under_the_account_link_or_the_networks_label(over):
    site, _, _ = read(f"Terça-feira, 03 de Setembro de 2024\nHuambo 24°C\n{over}\nNOVO HORIZONTE\n"
                      "Jornal Digital do Centro e Sul de Angola\nNacional · Províncias · Economia · Desporto\n\n"
                      f"Council to decide on pool plan\n\nPor Jane Roe\n\n{STORY}\n")
    assert site == "NOVO HORIZONTE"


def test_an_initialism_and_a_little_word_over_the_sites_town_and_day_then_its_menu():
    site, _, _ = read("Anuncie | Fale Conosco | Expediente\nPI em Foco\nTeresina, 18 de julho de 2024\nCapital\nInterior\n"
                      f"Política\nPolícia\nEsporte\n\nCouncil to decide on pool plan\n\nPor Jane Roe\n17/07/2024 - 21h40\n\n{STORY}\n")
    assert site == "PI em Foco"


@pytest.mark.parametrize("slogan", ["Lanzarote y Fuerteventura al día", "Alto Minho ao minuto"])
def test_a_name_over_the_places_it_covers_kept_up_to_date_and_no_headline(slogan):
    site, _, document = read("Aceptar\nRechazar\nMalvarrosa Noticias\n"
                             f"{slogan}\n\nUna nueva guagua conectará La Caleta con Arrecife cada hora\nARRECIFE | 08 NOV 2024\n\n"
                             f"{STORY}\n")
    assert site == "Malvarrosa Noticias"
    assert document["articles"][0]["headline"] == "Una nueva guagua conectará La Caleta con Arrecife cada hora"


@pytest.mark.parametrize("title", ["Cuántos pasos hay que caminar al día", "Tu ciudad al día"])
def test_a_sentence_or_a_phrase_kept_up_to_date_is_no_places_slogan(title):
    from convert.readers.capture.mastheads import places_up_to_date
    assert not places_up_to_date(title)


def test_the_pages_first_line_whose_copyright_the_footer_opens_with_is_its_masthead():
    site, _, _ = read(f"Isonzo Vespro\n\nCouncil to decide on pool plan\n\n{STORY}\n\n"
                      "© Isonzo Vespro – P.IVA 01234560317 – Tutti i diritti riservati\n")
    assert site == "Isonzo Vespro"


def test_a_name_over_its_slogan_under_a_row_of_towns_and_the_sign_in_link():
    site, _, _ = read("Le Havre · Fécamp · Étretat · Pont-Audemer\nS'identifier\nLa Balise de l'Estuaire\n"
                      "Le quotidien de la Côte d'Albâtre et de l'estuaire\nLittoral\n"
                      f"Council to decide on pool plan\nPar Jane Roe\n{STORY}\n")
    assert site == "La Balise de l'Estuaire"


def test_a_name_over_the_menu_under_the_language_and_edition_pickers():
    site, _, _ = read("CAT | ES\nEdición en castellano\nTerres del Ter Digital\nGirona\nComarcas\nPolítica\nEconomía\n"
                      f"Deportes\n\nCouncil to decide on pool plan\n\nPor Jane Roe\n\n{STORY}\n")
    assert site == "Terres del Ter Digital"


@pytest.mark.parametrize("text, row", [
    ("TIENDA OFICIAL | ENTRADAS | ABONOS 24/25 | SALA DE PRENSA", True),  # (a figure in one item of four, no date)
    ("Jane Roe | Reporter | Desk | 03.03.2024", False),  # (a date: a byline block)
    ("Liga 1 | Liga 2 | Copa | Selección", False),  # (figures in two items)
])
def test_a_menus_row_may_hold_a_figure_in_one_item_of_four(text, row):
    assert row_of_items(text) is row


def test_a_tickers_name_and_a_whole_figure_among_the_markets_tickers_is_no_masthead():
    site, _, _ = read("FTSE MIB 33.412 +0,41%\nSPREAD BTP-BUND 148\nEUR/USD 1,0817\nBorsa & Impresa\n"
                      f"Mercati | Economia | Lavoro | Fisco | Risparmio\n\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Borsa & Impresa"



@pytest.mark.parametrize("name, slogan", [
    ("LAUSITZ-KOMPASS", "Orientierung für die Region"),
    ("Lembrinker Wochenschau", "Lokales aus Lembrink, Nottelhorst und Umgebung"),
    ("Vallée Express", "L'info de Chaudfontaine et environs"),
])
def test_the_pages_first_line_over_a_slogan_for_its_region_is_the_site(name, slogan):
    site, _, _ = read(f"{name}\n{slogan}\nNewsletter abonnieren\n\nLokales | Vereine | Termine | Kleinanzeigen\n\n"
                      f"Das Heimathaus bekommt sein Backhaus zurück\n\nVon Hubert Overesch\n\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("text", ["Neue Förderung für die Region", "Council to decide on pool plan for the region"])
def test_a_title_ending_with_the_regions_words_is_no_slogan_over_a_name(text):
    site, _, _ = read(f"Council meeting\n{text}\nBy Jane Roe\n\n{STORY}\n")
    assert site is None


def test_a_name_in_capitals_right_under_the_pages_title_over_the_menu_is_the_site():
    title = "Seebad Chamenried: Sanierung kostet doppelt so viel wie geplant"
    site, _, document = read(f"{title}\nZUGER WOCHENSPIEGEL\nGemeinden ▾\nVereine\nLeserbriefe\nInserieren\n"
                             f"Chamenried · 18. April 2025 · Marco Iten\n{STORY}\n")
    assert site == "ZUGER WOCHENSPIEGEL"
    assert document["articles"][0]["headline"] == title


@pytest.mark.parametrize("links, name", [("Iniciar sessão\nRegistar", "Mukanda Notícias"),
                                         ("Anmelden\nRegistrieren", "Talbote Online"),
                                         ("Connexion\nS'inscrire", "Le Courrier de Sambreville")])
def test_a_name_under_the_links_to_sign_in_and_to_register_over_the_menu_is_the_site(links, name):
    site, _, _ = read(f"USD 832,40 Kz ▲  EUR 901,15 Kz ▼\n{links}\n{name}\nPolítica\nEconomia\nSociedade\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("button, slogan", [("▶ ASCOLTA LA DIRETTA", "La radio della Sicilia orientale"),
                                            ("► LISTEN LIVE", "The radio of the Hunter Valley")])
def test_a_stations_name_under_its_player_button_over_its_slogan_is_the_site(button, slogan):
    site, _, _ = read(f"{button}\nRadio Zagara FM\n{slogan}\nON AIR: Buongiorno Zagara con Totò e Federica\nHome\n"
                      f"Notizie\nPalinsesto\n\nCenere vulcanica a Torre Zafferana, stop a moto e bici per 48 ore\n"
                      f"By Jane Roe\n{STORY}\n")
    assert site == "Radio Zagara FM"


def test_a_stations_name_over_its_frequency_stays_the_site():
    site, _, _ = read(f"OUVIR EM DIRETO\nRádio Baía Azul\n98.4 FM\nNotícias\nProgramas\nPodcasts\n\n"
                      f"Council to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Rádio Baía Azul"


def test_a_stations_call_letters_and_channel_under_its_buttons_over_its_menu_is_the_site():
    site, _, document = read("Watch Live\nWeather Alerts 2\nTraffic\nClosings\nKGCT 6 Coastal Bend\nLocal News\nWeather\n"
                             "Sports\nCommunity\nTwo teens pulled from rip current near Port Marisol jetty\n"
                             f"Author: Dana Whitcomb\nPublished: 5:47 PM CDT June 9, 2024\n{STORY}\n")
    assert site == "KGCT 6 Coastal Bend"
    assert {item["text"]: item["reason"] for item in document["removed"]}["Weather Alerts 2"] == "page-control"


def test_a_name_over_a_menu_on_one_line_with_a_hyphened_section_is_the_site():
    site, _, _ = read("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.\nAlle akzeptieren\n"
                      "Zenngrund-Spiegel\nLokales   Sport   Kultur   Service   Traueranzeigen   E-Paper\nAnmelden\n"
                      f"Startseite › Lokales › Aischgrund\n\nMarkt Erlenried bekommt ein Naturbad\nVon Jane Roe\n{STORY}\n")
    assert site == "Zenngrund-Spiegel"


def test_one_word_in_small_letters_first_on_the_page_over_its_slogan_is_the_site():
    site, _, _ = read("alsterwinkel\nStadtteilportal für Hamburg-Alsterwinkel und Umgebung\nHamburg › Bezirke › Alsterwinkel\n"
                      f"Menü öffnen\nNachrichten\nBezirk\nSport\n\nSpielplatz an der Kranichwiese wird neu gebaut\n"
                      f"Von Jane Roe\n{STORY}\n")
    assert site == "alsterwinkel"


def test_a_word_in_small_letters_first_on_the_page_over_a_sentence_is_no_site():
    site, _, _ = read(f"breaking\nStadtwerke erhöhen die Preise für Wasser und Abwasser\nVon Jane Roe\n{STORY}\n")
    assert site is None


@pytest.mark.parametrize("logo", ["Logo Seewinkel-Post", "Logo: Seewinkel-Post", "Seewinkel-Post Logo"])
def test_the_logos_text_names_the_site_the_word_before_or_after_it(logo):
    site, _, document = read(f"{logo}\nBurgenland\nNord | Mitte | Süd | Wien | Sport\nAnmelden\n\n"
                             f"Erste Störche sind zurück im Seewinkel\nVon Jane Roe\n{STORY}\n")
    assert site == "Seewinkel-Post"
    assert [item["text"] for item in document["removed"] if item["lines"] == [1, 1]] == ["Logo"]


@pytest.mark.parametrize("top, name", [
    ("Direkt zum Inhalt\nLeichte Sprache\nA-  A  A+\nGemeinde Felsenried\nRathaus & Bürgerservice\nLeben & Wohnen\nWirtschaft",
     "Gemeinde Felsenried"),
    ("ON AIR: Frühstücksradio mit Tanja & Flo\n97,3 MHz\nRadio Hollerland\nJetzt hören\nNews\nLokal\nSport", "Radio Hollerland"),
    ("Notruf 122\nFreiwillige Feuerwehr Markt Pöllendorf\nGott zur Ehr, dem Nächsten zur Wehr\nStartseite\nÜber uns\nEinsätze",
     "Freiwillige Feuerwehr Markt Pöllendorf"),
])
def test_the_text_size_buttons_a_frequency_or_an_emergency_number_over_the_logo_name_no_site(top, name):
    site, _, _ = read(f"{top}\n\nFeuerwehrball in St. Ruprecht: Florianis feiern mit 900 Gästen\nVon Jane Roe\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("line", ["Il settimanale", "Le journal"])
def test_an_article_and_a_mediums_word_in_small_letters_first_on_the_page_is_no_site(line):
    site, _, _ = read(f"{line}\nAbbonamenti\nChiesa\nSocietà\nCultura\n\nCinquant'anni di mensa a Santa Fosca\nDi Jane Roe\n"
                      f"{STORY}\n")
    assert site != line


@pytest.mark.parametrize("search", ["Search Query\nShow Search", "Suche"])
def test_a_name_under_the_search_box_over_the_menu_is_the_site(search):
    site, _, _ = read(f"{search}\nNorth Prairie Public Radio\nOn Air Now\nPlaylist\nDonate\nNews\nMusic\nEvents\n\n"
                      f"Haskell Falls hospital will stop delivering babies this summer\nBy Jane Roe\n{STORY}\n"
                      "North Prairie Public Radio is listener-supported.\n")
    assert site == "North Prairie Public Radio"


def test_the_accounts_buttons_glued_under_the_search_are_no_site():
    site, _, _ = read(f"Suche\nAnmeldung Einloggen\nWOHNTRENDS\nWohnzimmer\nKüche\n\nStollenfest im Advent\nVon Jane Roe\n"
                      f"{STORY}\n")
    assert site is None


def test_a_stations_name_under_its_live_button_over_what_plays_now_is_the_site():
    site, _, document = read("LIVE\nTullagh FM 102.4\nNow: The Lunchtime Show with Ciarán Fox\nMenu\nHome\nNews\nLocal\n"
                             f"\nCouncil to decide on pool plan\nBy Jane Roe\n{STORY}\n")
    assert site == "Tullagh FM 102.4"
    assert {item["text"]: item["reason"] for item in document["removed"]}[
        "Now: The Lunchtime Show with Ciarán Fox"] == "page-chrome"


@pytest.mark.parametrize("name", ["Junta de Freguesia de São Pedro do Ermo", "Município de Ourém", "Concello de Lalín"])
def test_a_parishs_or_a_municipalitys_own_name_first_on_its_site_is_the_site(name):
    site, _, _ = read(f"{name}\nA Freguesia | Executivo | Assembleia | Serviços | Notícias | Contactos\n"
                      "Horário de atendimento: 2.ª a 6.ª, 9h00–12h30\n\nNotícias\n2022-06-18\n"
                      f"Centro de Dia da freguesia reabre com mais 20 vagas\n{STORY}\n")
    assert site == name


@pytest.mark.parametrize("link", ["Sfoglia l'edizione digitale", "Browse the digital edition", "E-Paper lesen"])
def test_a_name_under_the_link_to_leaf_through_the_digital_edition_over_its_slogan_is_the_site(link):
    site, _, _ = read(f"Abbonati\n{link}\nLucerna Nuova\nSettimanale della Diocesi di Valdoria dal 1921\n"
                      f"Chiesa | Territorio | Cultura | Sport\n\nIl vescovo apre l'anno pastorale\ndi don Lorenzo Frassinelli\n"
                      f"{STORY}\n")
    assert site == "Lucerna Nuova"


@pytest.mark.parametrize("name", ["Ev.-luth. Kirchengemeinde St. Marien Holtensee", "Kath. Pfarrei St. Laurentius Neckarhalden"])
def test_a_parishs_own_name_first_on_its_site_is_the_site_no_headline(name):
    title = "Diakonie: Immer mehr Menschen suchen Hilfe bei der Schuldnerberatung"
    site, _, document = read(f"{name}\nStartseite\nGottesdienste\nGemeindebrief\nGruppen & Kreise\nKontakt\n"
                             f"Aus der Landeskirche\n\n{title}\n\nEingestellt am 5. September 2023\n\n{STORY}\n")
    article = document["articles"][0]
    assert (site, article["headline"], article["published"]) == (name, title, "2023-09-05")


@pytest.mark.parametrize("button", ["Close menu", "Menü schließen", "Fermer le menu", "Cerrar menú"])
def test_the_button_that_closes_the_menus_drawer_stands_over_the_logo_and_its_slogan(button):
    site, _, _ = read(f"{button}\nFENLAND TIDE\nNews from the Fens and the Isle\nSearch this site\n"
                      f"Eels return to the drain after thirty years\n{STORY}\n{STORY}\n")
    assert site == "FENLAND TIDE"


@pytest.mark.parametrize("account", ["Abo | E-Paper | Anmelden", "ePaper", "Subscribe"])
def test_a_papers_name_over_the_readers_account_links_is_its_logo(account):
    site, _, _ = read(f"Startseite » Region » Vogtland\nGöltzschtal-Bote\n{account}\n\n"
                      f"Brand in Stickerei: Hoher Sachschaden in Reichenbrunn\n{STORY}\n{STORY}\n")
    assert site == "Göltzschtal-Bote"


@pytest.mark.parametrize("menu, site", [
    ("Home News Counties Business Sports Opinion", "Mwangaza Daily"),
    # (a row of other links: the offer under it is no logo)
    ("Festival Online Rednernacht Gedankentanken Abende", None),
])
def test_a_name_between_the_menu_on_one_line_and_the_account_links_is_the_logo(menu, site):
    found, _, _ = read(f"TRENDING\nGovernor names new health executive in reshuffle\n{menu}\n{site or 'Kostenlose Masterclasses'}\n"
                       f"ePaper\nSubscribe\nCOUNTIES\nKiraini traders protest new market fees\nBy KEVIN OTIENO\n{STORY}\n{STORY}\n")
    assert found == site


def test_the_menu_on_one_line_of_sections_names_is_no_logo_and_the_name_under_the_players_buttons_is():
    site, _, _ = read("Início Notícias Desporto Programas Contactos\nEm directo: Jornal da Manhã\nOuvir agora ▶\n"
                      "RÁDIO ÍNDICO\nNotícias\nCheias isolam três localidades no distrito\nPor Celso Mabunda\n"
                      f"{STORY}\n{STORY}\n")
    assert site == "RÁDIO ÍNDICO"


@pytest.mark.parametrize("menu", ["Início Notícias Desporto Programas Contactos", "Home News Sport Business Contact"])
def test_a_menu_on_one_line_of_sections_names_is_never_the_site(menu):
    site, _, _ = read(f"{menu}\nCheias isolam três localidades no distrito\nPor Celso Mabunda\n{STORY}\n{STORY}\n")
    assert site != menu


@pytest.mark.parametrize("text, paper", [("the broadland beacon", True), ("corriere della valle", True),
                                         ("local news", False), ("beacon", False)])
def test_a_papers_name_all_in_small_letters_as_some_logos_set_it_is_a_papers_name(text, paper):
    assert is_paper_name(text) is paper


def test_a_logo_in_small_letters_over_the_menus_button_is_the_site_not_a_menus_item_led_by_an_article():
    site, _, _ = read("the broadland beacon\nMenu\nSearch\nCity\nCoast\nMarket Towns\nThe Broads\nSign in\n"
                      f"Anger as solar farm plan would cover 600 acres of farmland\nBy Ellis Brundall\n{STORY}\n{STORY}\n")
    assert site == "the broadland beacon"


@pytest.mark.parametrize("first, under, site", [
    ("hinterthurgau-online.ch", "Startseite → Kanton", "hinterthurgau-online.ch"),  # the site's address as its logo
    ("kernelweekly.dev", "~/news", "kernelweekly.dev"),
    ("gov.br", "Startseite → Kanton", None),  # (a name too short: a domain, no site's)
    ("falstaff.de", "falstaff.at", None),  # (an edition picker's addresses)
])
def test_a_sites_address_alone_first_on_the_page_is_its_logo(first, under, site):
    found, _, _ = read(f"{first}\n{under}\nKanton senkt Steuerfuss nicht\n22.11.2023\n{STORY}\n{STORY}\n")
    assert found == site


def test_the_logos_text_the_address_spells_under_it_is_the_site_its_slogan_left_out():
    found, _, _ = read("teufelsmoor-bote.de\nTeufelsmoor-Bote – Ihre Zeitung zwischen Hamme und Wümme\nLokales\nSport\n"
                       f"Kultur\n\nKanton senkt Steuerfuss nicht\n22.11.2023\n{STORY}\n{STORY}\n")
    assert found == "Teufelsmoor-Bote"


def test_a_name_under_the_account_link_in_the_imperative_is_the_logo():
    site, _, _ = read("Noticias | Deportes | Entretenimiento\nInicia sesión\nEl Nuevo Boricua\nGobierno\n\n"
                      f"Educación retrasa el inicio de clases\n\n{STORY}\n{STORY}\n")
    assert site == "El Nuevo Boricua"


@pytest.mark.parametrize("slogan", ["Das Wochenblatt für Oberösterreich", "Dein Lokalradio für die Region"])
def test_a_word_german_makes_with_a_papers_or_a_stations_word_opens_a_slogan(slogan):
    assert _slogan_line(slogan)


@pytest.mark.parametrize("name, site", [
    ("Savane Hebdo Plus", "Savane Hebdo Plus"),  # a name's own last word, after two
    ("Tagesblick Plus", None),  # the paid tier of a site named in one word
])
def test_plus_after_a_name_of_two_words_is_the_names_own_word(name, site):
    found, _, _ = read(f"{name}\nAccueil | Politique | Économie | Société | Sport | Culture\nÉCONOMIE\n"
                       "Les coopératives de cacao dénoncent des retards de paiement\nPublié le lundi 7 octobre 2024\n"
                       "Les responsables d'une quinzaine de coopératives de la région affirment ne pas avoir été payés "
                       "pour les livraisons de la fin de la campagne intermédiaire.\n")
    assert found == site


@pytest.mark.parametrize("name", ["Le Messager fribourgeois", "Le Régional jurassien"])
def test_an_article_a_name_and_a_regions_adjective_over_the_menu_is_the_masthead(name):
    site, _, _ = read(f"{name}\nJura\nJura bernois\nNeuchâtel\nSuisse\nMonde\nSport\nLoisirs\nE-paper\nSe connecter\nS’abonner\n"
                      f"Delémont\nCouncil to decide on pool plan\nCLAUDE-ALAIN MÉTILLE\nPublié le 21.02.2024 à 17:05\n{STORY}\n")
    assert site == name


def test_a_slogan_in_small_letters_over_the_menu_is_no_masthead():
    site, _, _ = read(f"Périodique régional indépendant\nFribourg\nGruyère\nBroye\nSport\nCulture\n\n"
                      f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site is None


@pytest.mark.parametrize("first, name", [
    ("High Desert CourierSubscribeLog In", "High Desert Courier"),
    ("Wall & MainMarketsBusinessInvestingTechPoliticsVideoSign In", "Wall & Main"),
])
def test_the_logos_text_with_the_menus_and_accounts_links_glued_on(first, name):
    site, publisher, _ = read(f"{first}\nTech\nCouncil to decide on pool plan\nPublished Thu, Oct 24 2024 4:18 PM EDT\n"
                              f"By Jane Roe\n{STORY}\n")
    assert (site, publisher) == (name, name)


def test_a_title_with_capitals_inside_its_words_is_no_logo_with_links():
    site, _, _ = read(f"Skip to content\nMcDonald Hires McKinsey To Review Pricing\nBy Jane Roe\n{STORY}\n")
    assert site is None


def test_the_portuguese_sign_up_link_is_no_site():
    site, _, _ = read("Pular para o conteúdo\nTerça-feira, 8 de outubro de 2024\nEntrar\nCadastre-se\nMenu\nÚltimas\n"
                      f"Política\nEconomia\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n")
    assert site != "Cadastre-se"


@pytest.mark.parametrize("logo", ["RVV · Rádio Vale Verde", "RVV | Rádio Vale Verde"])
def test_a_logos_initials_and_the_name_they_spell_on_one_line_are_the_site(logo):
    text = (f"{logo}\nOUVIR EM DIRETO ▶ 98.4 FM\nNotícias\tDesporto\tProgramas\n\nAO MINUTO\n"
            f"Depressão Gervásia: vento forte causa dezenas de ocorrências na região\nPublicado: 24 jan 2024, 07:30\n"
            f"Sara Quintela\n\n{STORY}\n")
    assert read(text)[0] == logo


def test_initials_that_spell_no_name_beside_them_are_no_site():
    text = (f"ABC · Notícias do Vale\nOUVIR EM DIRETO ▶ 98.4 FM\nNotícias\tDesporto\tProgramas\n\nAO MINUTO\n"
            f"Depressão Gervásia: vento forte causa dezenas de ocorrências na região\nPublicado: 24 jan 2024, 07:30\n"
            f"Sara Quintela\n\n{STORY}\n")
    assert read(text)[0] != "ABC · Notícias do Vale"


def test_a_stations_name_and_its_fm_frequency_first_on_the_page_are_the_site():
    text = (f"Kwena Talk 94.1\nKwena Talk 94.1 — Talk That Matters\n▶ Listen Live\nNews   Sport   Traffic   Shows\n\n"
            f"Courts\nBail denied for three accused in tavern shooting\nLerato Dlamini\nPublished Mon, 10 Jun 2024 16:45\n\n"
            f"{STORY}\n")
    assert read(text)[0] == "Kwena Talk 94.1"


def test_a_title_ending_with_a_figure_off_the_fm_band_is_no_station():
    text = (f"Inflation index climbs to 112.4\nHome\nNews\nSport\n\nCouncil to decide on pool plan\nBy Jane Roe\n\n{STORY}\n")
    assert read(text)[0] != "Inflation index climbs to 112.4"


@pytest.mark.parametrize("logo", ["MOIN HAMBURG", "Kontur"])
def test_a_logo_as_the_last_of_the_pages_top_lines_has_no_slogan_under_it(logo):
    from convert.readers.capture.mastheads import _name_over_slogan
    from convert.readers.capture.text import Line
    assert _name_over_slogan([Line(1, logo, logo)], {1: "page-chrome"}, None) is None
