"""The site's masthead: its name printed as a line of its own above the story (a logo's text, a blog's title).

Most captures have no such line (a logo is a picture), and the lines above a headline are mostly menus,
sections and widgets, so a line is taken for the masthead only on two pieces of evidence a name gives: it is
shaped as a newspaper's name ("The Valley Courier", "Riverton Gazette", "Diario de Almara"), and either the page
names the site again in another line ("Jane Roe/Valley Courier", "Sign up to the Valley Courier newsletter",
"© 2024 Valley Courier") or the line stands where a logo does: the page's first line, or at the top of the page
beside the link that skips to the story, the reader's account links or the menus' button ("Skip to content",
"Subscribe", "Se connecter", "Menu"). (A section named
after the paper, "Times Insider", is shaped otherwise; a menu's item stands among other sections.)
"""

from __future__ import annotations

import re
import unicodedata
from typing import Optional, Sequence

from ._lazy_patterns import lazy_compile
from .agencies import call_letters
from .chrome import SKIP_TO_STORY as _SKIP_TO_STORY, chrome_reason, is_skip_link, language_choice, language_picker, on_air
from .dates import date_alone, find_date, names_weekday
from .draft import DocumentDraft
from .language import is_function_word
from .text import Line

_MASTHEAD_WORDS = 6  # at most, in a site's name
_MASTHEAD_CHARACTERS = 50
# How the lines above a story that hold a site's name were set aside: as the page's chrome, or as a banner in
# capitals ("THE VALLEY COURIER").
_SET_ASIDE_AS = {"page-chrome", "banner", "navigation", "related-link"}
# Words that name a section or a kind of story rather than a site ("Politics", "Opinion", "Live").
SECTIONS = frozenset(
    "home news sport sports business politics opinion culture world local weather video videos live latest search "
    "menu more topics investigation analysis review reviews features feature podcast podcasts photos newsletters "
    "obituaries classifieds lifestyle entertainment health science technology tech travel food economy markets "
    "nachrichten politik wirtschaft kultur lokales meinung actualités politique économie société culture sports "
    "noticias política economía deportes cultura notícias economia esportes notizie politica economia cronaca "
    "sport traffic community "
    # (and the other sections and menus' words of the six languages' sites: "Actu", "Environnement", "Blaulicht", "Sucesos";
    # not the words papers are named with too: "Le Monde", "Die Welt", "El País", "O Regional", "El Nacional")
    "education environment crime courts arts books music movies events agenda "
    "actu actus région régions international environnement éducation santé loisirs vidéos nouvelles météo infos "
    "lokal chronik gesundheit bildung umwelt freizeit veranstaltungen wetter verkehr blaulicht polizei wissen "
    "actualidad internacional sociedad sucesos salud educación tecnología espectáculos opinión policiales "
    "cidades região polícia saúde educação tecnologia entretenimento opinião trânsito sociedade desporto "
    "attualità esteri sanità salute scuola spettacoli eventi meteo territorio ambiente".split())
# The words newspapers are named with (not "News", "Online" or "Today", which name sections and menus too): last
# in English and German ("The Valley Courier", "Riverton Gazette", "Allgäuer Zeitung"), first and joined to the
# rest in the other languages ("Diario de Sevilla", "Corriere della Valle", "Jornal do Vale"); every other word
# capitalised.
_PAPER_LAST = (r"(?:Times|Post|Herald|Tribune|Gazette|Courier|Chronicle|Sentinel|Dispatch|Ledger|Observer|Examiner"
               r"|Enquirer|Inquirer|Courant|Statesman|Telegraph|Advertiser|Standard|Echo|Mail|Star|Zeitung|Anzeiger"
               r"|Journal|Globe|Mirror|Express|Guardian|Independent|Telegram|Citizen|Advocate|Monitor|Register|Bulletin"
               r"|Kurier|Rundschau|Tagblatt|Tageblatt|Bote|Matin"  # ("Sahel Matin", as French-language papers are named)
               r"|Nationalist|Democrat|Argus|Clarion|Mercury|Beacon|Gleaner|Pioneer|Sun"  # ("The Carrabane Nationalist")
               # (or a word German makes with one: "Berliner Morgenblatt", "Hamburger Hafenkurier", "Rheinische Abendpost";
               # "-bote" only after a place's word: "Regionale Angebote" is none)
               r"|[A-ZÄÖÜ][a-zäöüß]{2,}(?:blatt|kurier|zeitung|post|anzeiger|rundschau)"
               # (and "-bote" after a place's word: "Thüringer Landbote", "Kreisbote"; not "Angebote", "Verbote")
               r"|[A-ZÄÖÜ][a-zäöüß]{2,}(?<!ge)(?<!r)bote)")
_PAPER_FIRST = (r"(?:Diario|Diário|Jornal|Folha|Gazeta|Gaceta|Periódico|Heraldo|Corriere|Gazzetta|Giornale|Quotidiano"
                r"|Courrier|Quotidien|Correio|Correo|Voce|Voz|Eco|Écho|Gazette|Tribune|Tribuna"
                # ("La Crónica de San Bernardo", "Cronache di Gallura", "La Feuille de la Broye", "El Noticiero del Valle")
                r"|Crónica|Cronaca|Cronache|Feuille|Noticiero|Semanario|Settimanale|Mensajero|Informador|Dépêche"
                # ("El Vigía de la Huasteca", "El Centinela del Valle", "Il Mattino di Sanvarano", "La Prensa de …")
                r"|Vigía|Centinela|Mercurio|Mattino|Prensa|Nación"
                # ("Le Journal de Montréal", "Le Journal de l'économie": French's paper word, first too)
                r"|Journal)")
_WORD = r"(?!The\b)[A-ZÀ-Þ][\w'’.&\-]*"
_JOINER = r"(?:de|del|de la|della|dello|delle|di|do|da|dos|das|du|des|de l['’]|d['’]|dell['’]|y|e|et)"
_JOINER_WORDS = frozenset("de del della dello delle degli dei di do da dos das du des y e et em en "  # ("MA em Pauta")
                          "am im dal dalla sul sulla ob bei".split())  # ("Morgenpost am Inn", "Cronache dal Sebeto")
# ... the word first, with a name or an adjective after it, led by the article ("El Diario Nacional", "Il Corriere
# Adriatico")
_PAPER_NAME = lazy_compile(
    rf"(?:(?:The|Der|Die|Das)\s+)?(?:{_WORD}\s+){{1,3}}{_PAPER_LAST}"
    rf"|(?:(?:El|La|Le|Il|il|O|A|L['’])\s*)?{_PAPER_FIRST}\s+{_JOINER}\s*{_WORD}(?:\s+(?:{_JOINER}\s+)?{_WORD}){{0,2}}"
    rf"|(?:El|La|Le|Il|O|A|L['’])\s*{_PAPER_FIRST}\s+{_WORD}"
    # (a region's adjective in small letters after the paper's word, as French and Italian papers name themselves: "Le
    # Courrier lémanique", "Il Corriere ciociaro", "La Gazzetta marsicana")
    rf"|(?:Le|La|Il|L['’])\s*{_PAPER_FIRST}\s+[a-zà-ÿ]{{4,}}"
    # (or a noun in small letters after the joiner: "Le Journal de l'économie", "Le Courrier des entreprises")
    rf"|(?:Le|La|Il|L['’])\s*{_PAPER_FIRST}\s+(?:de l['’]|d['’]|dell['’]|du |des |de la |della |delle )[a-zà-ÿ]{{4,}}"
    # (English's paper word first, after the article: "The Daily Meridian", "The Sunday Ledger")
    rf"|The\s+(?:Daily|Weekly|Evening|Morning|Sunday)\s+{_WORD}(?:\s+{_WORD})?"
    # (German's paper word joined to a place by a hyphen: "Mittelrhein-Bote", "Seeufer-Kurier", "Rhein-Neckar-Zeitung";
    # not "-Nachrichten", which names a topic's news: "Corona-Nachrichten")
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*-(?:Bote|Kurier|Zeitung|Anzeiger|Post|Blatt|Rundschau|Echo|Tagblatt"
    r"|Journal)")
# ... and where a logo stands, the word first and a name or an adjective after it, without the article ("Gazeta
# Litorânea", "Correio Minhoto"; elsewhere, "Folha Informações" or "Eco Africa" may be a menu's item)
_PAPER_FIRST_NAME = lazy_compile(rf"{_PAPER_FIRST}\s+{_WORD}(?:\s+{_WORD})?")
# The word "by" before a writer's name, anywhere in a line (not "de": "la app de Diario de Almara"; Italian's "di" only
# opening the line, as it also means "of").
_BY_WORDS = ("by ", "von ", "par ", "por ")


def masthead(header: Sequence[Line], lines: Sequence[Line], doc: DocumentDraft, headline: Optional[int]) -> Optional[Line]:
    """The line of ``header`` above the ``headline``'s line that prints the site's name, among the lines set
    aside in ``doc``; ``lines`` are all the capture's lines, where the page may name the site again."""
    set_aside = {item["lines"][0]: item["reason"] for item in doc.removed if item["lines"][0] == item["lines"][1]}
    top = _page_top(lines, set_aside)
    found = _masthead_line(header, lines, top, set_aside, headline)
    if found is not None and set_aside.get(found.number) == "navigation" and _sections_row(found.text):
        return None  # (the menu on one line, however it stands: "Início Notícias Desporto Programas Contactos")
    if found is not None and found.text.isupper() and len(found.text) <= _INITIALS:
        # ("LZP" over "Leipziger Zeitpunkt": the logo's initials, then the name they stand for)
        under = next((line for line in top if line.number > found.number), None)
        if (under is not None and under.number in set_aside and (headline is None or under.number < headline)
                and spells_out(found.text, under.text)):
            return under
    if found is not None and _ADDRESS.fullmatch(found.text.lower()) is not None:
        # ("queichtal-nachrichten.de" over "Queichtal-Nachrichten": the site's address, then the logo's text it spells)
        under = next((line for line in top if line.number > found.number), None)
        if (under is not None and under.number in set_aside and (headline is None or under.number < headline)
                and _spelt_by_address(under.text, found.text)):
            # (its slogan after a dash left out: "Teufelsmoor-Bote – Ihre Zeitung zwischen Hamme und Wümme")
            name = name_before_slogan(under.text) if " " in under.text else None
            return under if name is None else Line(under.number, name, name, under.end)
    if found is not None and " " in found.text and _slogan_line(found.text) and not is_paper_name(found.text):
        # ("ROTTENFELDENER TAGBLATT" over "Unabhängige Heimatzeitung für Niederbayern": the logo's text over its slogan)
        index = next((i for i, line in enumerate(top) if line.number == found.number), 0)
        above = top[index - 1] if index > 0 else None
        if (above is not None and above.number in set_aside and not _slogan_line(above.text) and ":" not in above.text
                and (_logo_text(above.text) or _name_anyhow_cased(above.text)
                     # (one word first on the page: "Halligblick" over "Nachrichten von den Inseln und Halligen")
                     or index == 1 and " " not in above.text and above.text[:1].isupper()
                     and above.text.lower() not in SECTIONS and not _service_link(above.text)
                     and chrome_reason(above.text, header=True) is None)):
            return above
    return found


_INITIALS = 5  # letters, at most, in a logo's initials


def spells_out(initials: str, name: str) -> bool:
    """Whether ``name``'s words open with the ``initials``' letters, in order (a compound's inner word may give the
    last: "RWN", "Rheinische Wirtschaftsnachrichten"; a figure after both: "BV24", "Barriga Verde 24")."""
    figures = initials[len(initials.rstrip("0123456789")):]
    if figures and name.endswith(f" {figures}") and initials[:-len(figures)]:
        return spells_out(initials[:-len(figures)], name[:-len(figures)].rstrip())  # ("BV24", "Barriga Verde 24")
    words = name.split()
    opening = "".join(word[0] for word in words).upper()
    rest = initials[len(opening):].lower()
    return (initials.isupper() and initials.isalpha() and len(initials) <= _INITIALS and len(words) >= 2
            and initials.startswith(opening) and len(rest) <= 1 and name[:1].isupper()
            and rest in words[-1][2:].lower())  # (the compound's inner word: "Wirtschafts-n-achrichten")


def _masthead_line(header: Sequence[Line], lines: Sequence[Line], top: list[Line], set_aside: dict[int, str],
                   headline: Optional[int]) -> Optional[Line]:
    for unit in header:
        if headline is not None and unit.number >= headline:
            break
        if (set_aside.get(unit.number) not in _SET_ASIDE_AS or _over_temperature(unit, top) and not _marked_as_brand(unit.text)
                or _TICKER.fullmatch(unit.text) is not None  # (a market's ticker: "Euribor 12M 3,582%")
                or _NUMBER_WITH_LABEL.fullmatch(unit.text) is not None  # ("97,3 MHz", "Notruf 122": no name)
                or _among_tickers(unit, top)):
            continue  # (the weather's place over its temperature: "Carrow Falls" over "41°F"; not "KRBQ 5" over "71°")
        if _archive_banner(unit, top):
            continue  # ("The Paperhold Archive" over the archived page's address: the archive's name, not the site's)
        if set_aside.get(unit.number) == "navigation" and _sections_row(unit.text):
            continue  # ("Início Notícias Desporto Programas Contactos": the menu on one line, its items sections)
        where = _logo_place(unit, top)
        if is_paper_name(unit.text) and (where is not None or named_again(unit, lines)):
            return unit
        if where == "first" and _address_alone(unit, top):
            return unit  # ("hinterthurgau-online.ch", "kernelweekly.dev" first on the page: the site's address as its logo)
        if where == "first" and (glued_logo := _logo_glued_to_links(unit.text)) is not None:
            # "Wall & MainMarketsBusinessTechVideoSign In": the logo's text, the menu's and the account's links glued on
            return Line(unit.number, glued_logo, glued_logo, unit.end)
        if _under_own_title(unit, top) and _logo_text(unit.text, named=True):
            return unit  # ("Covered bridge … closes for repairs | Westfork Weekly", then "Westfork Weekly")
        if (" " not in unit.text and unit.text[:1].isupper() and unit.text.lower() not in SECTIONS
                and any(line.number == unit.number for line in top)
                and _between_menu_and_button(unit, top) and named_again(unit, lines)
                and _logo_text(unit.text, named=True)):
            return unit  # ("Menú", "Mundogol", "Buscar": one word between the phone's buttons, named again on the page)
        if (unit.number <= _TOWN_HALL_REACH and is_body_name(unit.text)
                and sum(is_body_name(line.text) for line in header[:_TOWN_HALL_REACH]) == 1):
            # "Stadt Hohenbrück", "Prefeitura Municipal de Santa Rita", "Hospital Universitario San Rafael", under the
            # keyboard's and the reader's aids ("Leichte Sprache", "Alto contraste", "A+"): a town's or an institution's
            # own site, by its name (one such name: not a list of the towns or the hospitals around)
            return unit
        if _name_like(unit.text) and where is not None and (where != "first" or not _section_named(unit.text)):
            return unit  # "DER BLICK", "Le Clairon", "Wirtschaftskurier" where a logo stands
        if (_first_on_page(unit, top) and " " in unit.text and _logo_text(unit.text) and not _article_and_section(unit.text)
                and not _menu_glued(unit.text) and _named_within(unit, lines)
                # (not a menu's first item, printed as the next are: "Formel 1 News" over "Formel 1 Live Ticker")
                # (the menu's lines, set aside: not the byline that names the newsroom so, "Redacción Ñandubay Noticias")
                and not any(_printed_alike(unit.text, line.text) for line in top[1:1 + _MENU_REACH]
                            if line.number in set_aside)):
            return unit  # "Portal Agreste Hoje" first on the page, named again in a line (the byline's, the copyright's)
        if (where is not None and (station := _STATION.search(unit.text)) is not None
                and (_logo_text(unit.text) or _logo_text(unit.text[:station.start()].rstrip()))):
            # "Oriente 98.7 FM", "Radio Cordillera 870 AM", "KMRV News Radio 1340 AM & 98.7 FM" where a logo stands: a
            # station's name and its frequencies
            return unit
        if (where == "first" and (tuned := _FREQUENCY_LAST.search(unit.text)) is not None and _fm_band(tuned.group())
                and _logo_text(unit.text[:tuned.start()])):
            return unit  # "Kwena Talk 94.1": a station's name and its frequency on the FM band, first on the page
        if _channel_call_sign(unit.text) and _logo_text(unit.text) and _over_menu(unit, top, set_aside):
            return unit  # "KGCT 6 Coastal Bend" under the station's buttons, over its menu: its call letters and channel
        if where == "first" and (station_name := _station_name(unit.text)) is not None:
            # "RADIO ASPROMONTE UNO", "CKRT News", "Telemeseta", "Pleißewelle": a station's name, first on the page
            return unit if station_name == unit.text else Line(unit.number, station_name, station_name, unit.end)
        if ((logo := _LOGO_ALT.fullmatch(unit.text) or _LOGO_ALT_FIRST.fullmatch(unit.text)) is not None
                and _logo_text(logo.group("name"))
                and any(line.number == unit.number for line in top)):
            # "Calder Sun-Herald Logo" among the page's first lines: the logo's own text names the site
            return Line(unit.number, logo.group("name"), logo.group("name"), unit.end)
        if ((parted := _NAME_DASH_NAME.fullmatch(unit.text)) is not None
                and (where == "skip" or where == "first" and _over_menu(unit, top, set_aside)
                     # (first on the page, the short name is the long one's initials: not a title and its slogan, "Le
                     # Courrier du Lac – Actualités de Vaud")
                     and parted.group(1).isupper() and parted.group(1)[:1] == parted.group(2)[:1])
                and _logo_text(parted.group(1)) and _logo_text(parted.group(2))):
            # "RML – Rundfunk Mittelland", "TIV – Televisão das Ilhas Verdes" over the menu: the short name, a dash and
            # the long one
            return unit
        if where == "skip" and (_logo_text(unit.text) or " " not in unit.text and _named_as_site(unit.text, lines)
                                and _logo_text(unit.text, named=True)):
            return unit  # any name right under the link that skips to the story: "KBVR 8 News Now", "nordeste1"
        if where == "first" and _over_date_and_menu(unit, top):
            return unit  # "SIERRA SUR al día" over "Jueves, 18 de abril de 2024" over "Inicio | Comarca | …": the logo's text
        if where in ("first", "links", "buttons", None) and _word_over_sections_row(unit, top, set_aside):
            return unit  # "Landesspiegel" over "Liechtenstein · Region · Wirtschaft · Sport · Kultur": one word, then the menu
        if (where == "first" and _logo_text(unit.text) and _over_sections(unit, top)
                and (_brand_shaped(unit.text) or named_again(unit, lines))):
            # the page's first line over its menu of sections, shaped as a brand ("ClinicianDaily", "TRAIL CADENCE",
            # "Mein-MMO.de"), or named again (a section's label, "Times Insider", stands there too)
            return unit
        if (where in ("links", "buttons") and _logo_text(unit.text) and not _article_and_section(unit.text)
                and _over_sections(unit, top) and not _edition_code(unit.text)
                and (_marked_as_brand(unit.text) or named_again(unit, lines))):
            # the first line under the page's buttons and links ("Subscribe", "Sign in", "Search jobs"), over its menu
            # of sections, marked as a brand is: "Ellery Express-Chronicle", "KVTR 9 News", "Coastline News"
            return unit
        if (where == "links" and " " in unit.text and _logo_text(unit.text)
                and (_plain_name(unit.text) or _marked_as_brand(unit.text)) and not _article_and_section(unit.text)
                and _between_menu_row_and_account(unit, top, set_aside)):
            return unit  # "Home News Counties Business …", "Mwangaza Daily", "ePaper": the menu's row, the logo, the links
        # (or right under the menus' icon, as a phone's page prints it: "☰", then "Lakeshore Today")
        if (where == "links" and _beside_menu_icon(unit, top) and not _right_over(unit, top, headline)
                and _logo_text(unit.text) and (_marked_as_brand(unit.text) or _plain_name(unit.text)
                                               and _between_menu_and_button(unit, top))
                # (a button in capitals: "SEGUIR", "BUSCAR"; a dot, a hyphen or a figure marks a brand: "ALDENBURG.MAG")
                and (" " in unit.text or not unit.text.isupper() or _BRAND_MARK_INSIDE.search(unit.text) is not None)
                and not _article_and_section(unit.text) and not _menu_glued(unit.text)):
            return unit  # "Douro TV" over "☰", "Sol TV Noticias" under it: a phone's page prints its logo by that button
        # (a name of words alone first on the page, beside the menus' button too: "Cold Chain Review" over "Menu")
        first = _first_on_page(unit, top)
        plain_first = first and _plain_name(unit.text)
        if ((where == "first" or where == "links" and (first or _under_menu_icon(unit, top))
             # (under the menus' and the search's buttons, marked as a brand and named again: "Menu", "Cerca", then
             # "BariCentrale News")
             or where == "buttons" and _marked_as_brand(unit.text) and named_again(unit, lines))
                and _logo_text(unit.text)
                and not _article_and_section(unit.text)
                and not _menu_glued(unit.text)
                and (_marked_as_brand(unit.text) or plain_first or named_again(unit, lines))
                and _over_menu(unit, top, set_aside)):
            return unit  # "Westmark Rundfunk" over "Nachrichten", "Sport", "Wetter": a name, then the site's menu
        if ((" " in unit.text and (_plain_name(unit.text) or _marked_as_brand(unit.text))
             # (one word too, as the page's first line: "Kreisblick", "Revierkick.de"; or written as a brand is,
             # wherever it stands, not in capitals as a menu's item may be: "LecceBarocca24" under the networks' buttons)
             or " " not in unit.text and (_first_on_page(unit, top) or _brand_shaped(unit.text) and not unit.text.isupper())
             and unit.text[:1].isupper()
             and unit.text.lower() not in SECTIONS and not _service_link(unit.text))
                and _logo_text(unit.text, named=True) and not _article_and_section(unit.text) and not _menu_glued(unit.text)
                and _over_home_link(unit, top)
                and not _service_link(unit.text) and not _under_logo(unit, top)):
            return unit  # "El Vigía de Santa Rosalía" over "Inicio": the logo, then the menu's first link, wherever it stands
        if where in ("first", "skip") and (name := name_before_slogan(unit.text)) is not None:
            return Line(unit.number, name, name, unit.end)  # "The Daily Blaze - Latest news, sport and gossip"
    return (_first_name_over_menu(header, top, set_aside, headline) or _brand_over_menu(top, lines, set_aside, headline)
            or _name_over_slogan(top, set_aside, headline) or _sole_paper_name(header, lines, top, set_aside, headline)
            or _marked_name_first(top, set_aside, headline) or _name_under_menu_over_slogan(top, lines, set_aside, headline))


def _name_under_menu_over_slogan(top: Sequence[Line], lines: Sequence[Line], set_aside: dict[int, str],
                                 headline: Optional[int]) -> Optional[Line]:
    """The name under the site's menu, right over its slogan, that the page names again ("Home", "Cronaca", …,
    "Contatti", then "Sila Press" over "Il giornale dell'altopiano", and "Redazione Sila Press" under the headline)."""
    for index in range(1, min(len(top) - 1, _TOP_LINES - 1)):
        above, unit, under = top[index - 1], top[index], top[index + 1]
        if headline is not None and unit.number >= headline:
            return None
        if (unit.number in set_aside and under.number in set_aside and above.number in set_aside
                and above.text.count(" ") < _MENU_ITEM_WORDS and above.text[:1].isupper()
                and _logo_text(unit.text) and not _slogan_line(unit.text) and not any(map(str.isdigit, unit.text))
                and under.text.count(" ") >= _SLOGAN_MIN_SPACES and _slogan_line(under.text) and named_again(unit, lines)):
            return unit
    return None


def _name_over_slogan(top: Sequence[Line], set_aside: dict[int, str], headline: Optional[int]) -> Optional[Line]:
    """The page's first line that reads as a logo's text, right over the site's slogan (what medium it is, for what or
    where: "MOIN HAMBURG" over "Das Stadtportal für Hamburg", "KONTUR" over "Magazin für Kultur und Gesellschaft") or
    over where it is ("Notícias do Fogo" over "Ilha do Fogo · Cabo Verde"),
    under nothing but what a page prints over its logo (the menus' and the search's buttons among it)."""
    for index, unit in enumerate(top[:min(_TOP_LINES, len(top)) - 1]):  # (each with the line under it)
        if headline is not None and unit.number >= headline:
            return None
        if (unit.number in set_aside and (_logo_text(unit.text) or _name_anyhow_cased(unit.text)  # ("Le Temps présent")
                                          # (one word, the page's first line: not a button over a slogan, nor a
                                          # menu's label over its first item, "Bereiche" over "News")
                                          or index == 0 and _one_word_name(unit.text) and _slogan_line(top[1].text)
                                          and top[1].text.count(" ") >= _SLOGAN_MIN_SPACES
                                          and _logo_text(unit.text, named=True))
                and top[index + 1].number in set_aside
                # (a name may open with a media word: "Notícias do Fogo" over "Ilha do Fogo · Cabo Verde"; or hold
                # one among capitalised words alone, "Zambeze Notícias" over "Informação do centro de Moçambique")
                and ((not _slogan_line(unit.text) or _capitalised_words(unit.text))
                     and (_slogan_line(top[index + 1].text) or _regions_slogan(top[index + 1].text))
                     or places_dotted(top[index + 1].text))):
            return unit
        if not (_over_logo(unit, set_aside) or _links_row(unit.text)):  # ("e-Edition | Newsletters | Advertise")
            return None
    return None


# The region a slogan ends with, in the six languages: "… für die Region", "… und Umgebung", "… y alrededores".
_REGIONS_SCOPE = lazy_compile(r"(?:\b(?:für|aus|in) (?:die|der|dem|den|unsere) (?:region|umgebung|umland|landkreis|kreis)"
                              r"|\bund (?:umgebung|umland|region)|\b(?:for|in|across) the (?:region|area|county)|\band beyond"
                              r"|\b(?:de|dans) (?:la|notre) région|\bet (?:ses )?environs|\b(?:de|en) (?:la|nuestra) (?:región|comarca)"
                              r"|\by (?:sus )?alrededores|\b(?:da|na|de) (?:nossa )?região|\be (?:seus )?arredores"
                              r"|\b(?:della|nella|del) (?:nostra )?(?:regione|zona|territorio)|\be dintorni)$", re.I)
_REGIONS_SLOGAN_WORDS = 8  # at most


def _channel_call_sign(text: str) -> bool:
    """Whether ``text`` opens with a North American station's call letters and its channel ("KGCT 6 Coastal Bend",
    "WKRV 12")."""
    words = text.split(" ", 2)
    return len(words) > 1 and call_letters(words[0]) and words[1].isdigit() and len(words[1]) <= 2


def _regions_slogan(text: str) -> bool:
    """Whether ``text`` is a site's slogan that says what it brings to its region ("Orientierung für die Region",
    "Lokales aus Lembrink, Nottelhorst und Umgebung"): a phrase, no sentence, ending with the region's words."""
    return (_SLOGAN_MIN_SPACES <= text.count(" ") < _REGIONS_SLOGAN_WORDS and text[:1].isupper()
            and _REGIONS_SCOPE.search(text) is not None)


def _marked_name_first(top: Sequence[Line], set_aside: dict[int, str], headline: Optional[int]) -> Optional[Line]:
    """The page's very first line (under today's date or the weather at most), set aside as chrome, when it reads as
    a name and bears a brand's marks (a media's word, a figure, capitals: "Tiferno Sera", "Kaz Info 974", "REDWATER 11
    NEWS"), over more of the page's chrome, the story's section or right over the headline: the logo's text, whatever
    menu the page prints or leaves out."""
    # (under today's date or the weather at most: "Cuiabá, MT - 34°C", then "Chapada Hoje")
    at = max((index for index, line in enumerate(top[:_OVER_LOGO_REACH]) if _first_on_page(line, top)), default=None)
    if at is None or len(top) < at + 2 or top[at].number not in set_aside:
        return None
    first, under = top[at], top[at + 1]
    after = top[at + 2] if len(top) > at + 2 else None
    # (over the headline, or over what a page prints by its logo: a live stream's or a breaking bar's label, the
    # account's links, a row of links, a notice; not over a menu's item, "Fußball News" over "Transfers"; over the
    # story's section right over the headline, "Agronegócio")
    if not (under.number == headline or under.number in set_aside
            and (_over_logo(under, set_aside) or row_of_items(under.text) or under.text.count(" ") >= _SLOGAN_MIN_SPACES
                 or after is not None and after.number == headline and under.text.count(" ") < _MENU_ITEM_WORDS
                 and under.text[:1].isupper() and not under.text.endswith((".", "!", "?", ":")))):
        return None
    # (in capitals, two words at least: "URGENT", "RECIPES" are labels; nor printed alike under it, "Formel 1 News" over
    # "Formel 1 Live Ticker": a menu's items)
    # (or a name of words alone right over the reader's account links: "Civic Minutes" over "Subscribe", "Le Littoral
    # neuchâtelois" over "Abonnements")
    # (not two of a menu's items glued together: "Olympische SpieleWeiterer Sport")
    account = (under.number in set_aside and _account_link(under.text) and _plain_name(first.text)
               and _GLUED_WORDS.search(first.text) is None)
    return first if (_name_anyhow_cased(first.text) and (_marked_as_brand(first.text) or account and " " in first.text)
                     and not (first.text.isupper() and " " not in first.text)
                     and not any(_printed_alike(first.text, line.text) for line in top[at + 1:at + 3])) else None


_OVER_LOGO_REACH = 3  # lines, at most, from the page's top to its first line under today's date or the weather
_GLUED_WORDS = lazy_compile(r"[a-zß-ÿ][A-ZÀ-Þ]")


def _account_link(text: str) -> bool:
    """Whether ``text`` is one of the reader's account links, however worded ("Subscribe", "Se connecter", "Abo")."""
    return (text.count(" ") < _MENU_ITEM_WORDS and (_ACCOUNT_WORD.search(text) is not None
                                                     or _ACCOUNT_LINKS.fullmatch(text) is not None))


def _one_word_logo(text: str) -> bool:
    """One word of four characters or more written as a logo's text is, not as a dictionary's word (a menu's item,
    "Termine", "Fashion"): in small letters, or with a capital inside it, a figure, a hyphen or a dot ("circuitledger",
    "heideklang.fm", "CalcioProvinciale24", "Ösling-Info", "SAFRA&MERCADO"); no section, button or service."""
    return (" " not in text and len(text) >= _ONE_WORD_NAME and (text[:1].islower() or _brand_shaped(text) or "&" in text)
            and text.lower() not in SECTIONS and not _service_link(text) and _logo_text(text, named=True))


def _one_word_name(text: str) -> bool:
    """One capitalised word of letters, four at least, or in small letters as logos set it, that no section or service
    is named with ("Sonntagsbote", "Brücke", "alsterwinkel"): a name, over a slogan that says what medium it is."""
    return (text.isalpha() and len(text) >= _ONE_WORD_NAME and (text[:1].isupper() or text.islower())
            and text.lower() not in SECTIONS
            and not _service_link(text))


_ONE_WORD_NAME = 4  # letters, at least


def _capitalised_words(text: str) -> bool:
    words = text.split()
    return len(words) <= _CAPITALISED_NAME_WORDS and all(word[:1].isupper() for word in words)


_CAPITALISED_NAME_WORDS = 3


def places_dotted(text: str) -> bool:
    """Names of a few capitalised words each (their little words in small letters), parted by middle dots: a place and
    its region or country, as a site prints where it is ("Ilha do Fogo · Cabo Verde", "Val Venosta · Südtirol")."""
    names = text.split(" · ")
    return 2 <= len(names) <= _PLACES_DOTTED and all(
        name.count(" ") < _PLACE_NAME_WORDS and name[:1].isupper() and not any(char.isdigit() for char in name)
        and all(word[:1].isupper() or word in _PLACE_NAME_JOINERS for word in name.split()) for name in names)


_PLACES_DOTTED = 3  # names, at most
_PLACE_NAME_WORDS = 4
_PLACE_NAME_JOINERS = frozenset("de do da dos das del della di du des la le las los el of the am an im der".split())


def _sole_paper_name(header: Sequence[Line], lines: Sequence[Line], top: Sequence[Line], set_aside: dict[int, str],
                     headline: Optional[int]) -> Optional[Line]:
    """The one line over the headline shaped as a newspaper's name ("The Tidewater Beacon", "Corriere delle Prealpi"),
    set aside as chrome among the page's first lines, wherever it stands among their links and menus. A page names no
    other paper over its story: two such names are a list of the group's titles, and tell nothing; deep in a long
    menu, such a name is one more item ("Reader Mail", "Morning Dispatch")."""
    named = [unit for unit in header if (headline is None or unit.number < headline) and is_paper_name(unit.text)]
    if len(named) != 1 or set_aside.get(named[0].number) not in _SET_ASIDE_AS:
        return None
    index = next((i for i, line in enumerate(top) if line.number == named[0].number), None)
    if index is None or _signed_by(named[0], lines):
        return None
    # (between two of the menu's items, one more: "Home", "Movie Times", "News"; not under a bulleted menu, over a section
    # printed otherwise, the story's: "• Videos", "Suva Morning Star", "Business")
    between = (0 < index < len(top) - 1 and _menu_mark(top[index - 1], set_aside) and _menu_mark(top[index + 1], set_aside)
               and _bulleted(top[index - 1].text) == _bulleted(top[index + 1].text))
    return None if between else named[0]


def _bulleted(text: str) -> bool:
    return text[1:2] == " " and text[:1] in "•·*-–›»>"


def _signed_by(unit: Line, lines: Sequence[Line]) -> bool:
    """Whether a line names ``unit``'s text after "By" (a writer's name: "More by Jane Roe Gazette")."""
    name = unit.text.lower()
    return any(name in line.text.lower() and any(by + name in line.text.lower() for by in _BY_WORDS)
               for line in lines if line.number != unit.number)


def _under_own_title(unit: Line, top: Sequence[Line]) -> bool:
    """Whether ``unit`` is the page's second line and its first, the page's title, ends with it after a separator."""
    return (len(top) > 1 and top[1].number == unit.number and top[0].text.endswith(unit.text)
            and top[0].text[:-len(unit.text)].endswith(_TITLE_SEPARATORS))


def _first_name_over_menu(header: Sequence[Line], top: Sequence[Line], set_aside: dict[int, str],
                          headline: Optional[int]) -> Optional[Line]:
    """The first line of the page that reads as a name, under nothing but what a page prints over its logo (today's
    date, the weather, the tickers, the account's and the keyboard's links, a notice) and over the menu ("la gazette
    du ried" over "☰ Rubriques", "LA VOIX DU COTENTIN" over "Actualité", "Sports", …): where the logo's text stands
    on any page, whatever its shape. (Not a menu's item: a menu's items stand over it.)"""
    for index, unit in enumerate(top[:_TOP_LINES]):
        if headline is not None and unit.number >= headline:
            return None
        if index == 0 and unit.text.count(" ") >= _NOTICE_WORDS:
            continue  # (the page's title over its logo)
        if unit.number not in set_aside and not _over_logo(unit, set_aside) and not row_of_items(unit.text):
            return None  # (a line the chrome does not explain: the page's own text has begun)
        if unit.number in set_aside and _among_tickers(unit, top):
            continue  # ("SPREAD BTP-BUND 148" among the markets' tickers over the logo)
        if set_aside.get(unit.number) == "navigation" and _sections_row(unit.text):
            continue  # (the menu on one line over the logo: "Início Notícias Desporto Programas Contactos")
        # (the name and its slogan after a dash: "Göltzschtal Rundschau – Nachrichten aus dem Vogtland")
        name = name_before_slogan(unit.text) if " " in unit.text else None
        named = unit if name is None else Line(unit.number, name, name, unit.end)
        if (unit.text.count(" ") >= _SLOGAN_MIN_SPACES and _slogan_line(unit.text) and index + 1 < len(top)
                and top[index + 1].number in set_aside
                and _name_anyhow_cased(top[index + 1].text) and not _slogan_line(top[index + 1].text)):
            continue  # ("Últimas Notícias do Brejo paraibano" over "Brejo em Pauta": the slogan over the name)
        # (one word too as the page's very first line, written as a logo's text is: "circuitledger", "heideklang.fm")
        if unit.number in set_aside and (_name_anyhow_cased(named.text)
                                         or (index == 0 or _first_on_page(unit, top)) and _one_word_logo(named.text)):
            under = top[index + 1:index + 1 + _MENU_LOOKAHEAD]
            menu = next((line for line in under if _menu_mark(line, set_aside)), None)
            above_menu = [line for line in under if menu is not None and line.number <= menu.number]
            # (short lines between, a place or a link: not a breaking story's title under its bar's label, "Flash info")
            # (or an offer, an advert: "Jetzt abonnieren: 4 Wochen für 0,99 €"; or the site's slogan: "Le journal des
            # francophones du Manitoba")
            if (menu is not None and all(line.number in set_aside and (line is menu or len(_WORDS.findall(line.text)) < _NOTICE_WORDS
                                                                       or _links_row(line.text) or _slogan_line(line.text)
                                                                       or _site_clock(line.text)
                                                                       or set_aside[line.number] in _OVER_LOGO_REASONS)
                                         for line in above_menu)
                    # (nor the weather's place, the town the paper is named after: "Osage Bend, MO ☁ 48°")
                    and not any(_printed_alike(named.text, line.text) for line in above_menu
                                if " | " not in line.text and not _links_row(line.text) and not _clock_or_weather(line.text))
                    # (a name joined by "&" over sections joined so: a menu's item, "Basel & Region live")
                    and not ("&" in named.text and any("&" in line.text for line in top[index + 1:index + 1 + _MENU_REACH + 2]))):
                return named
        if not (_over_logo(unit, set_aside) or row_of_items(unit.text)):  # ("Redazione | Pubblicità | Contatti")
            return None
    return None


_WORDS = lazy_compile(r"\w+")
_SLOGAN_MIN_SPACES = 2  # a slogan is a phrase, three words at least ("News" alone is the menu's)


def _links_row(text: str) -> bool:
    """Whether ``text`` is a row of links between bars or dots, each of four words at most ("Notícias | Esportes |
    Rádio Alvorada AM 1240 | Ao vivo", "Granada · Vega · Alpujarra · Costa"): a menu's, whatever its items name."""
    items = row_items(text)
    return items is not None and all(0 < item.count(" ") + 1 <= _MENU_ITEM_WORDS + 1 for item in items)


_MENU_LOOKAHEAD = 4  # lines under a name read for the menu (a place, the account's links may stand between)


def _brand_over_menu(top: Sequence[Line], lines: Sequence[Line], set_aside: dict[int, str],
                     headline: Optional[int]) -> Optional[Line]:
    """A name marked as a publication's (a paper's shape, led by its article, a media word, a brand's marks, or named
    again on the page) right over the menu, with no run of the menu's items above it: "The Tidewater Beacon" under a
    paywall's offer, "La Atalaya" under the bar of breaking news, over "Portada España Internacional …". (The page's
    title may stand first.)"""
    items_above = 0
    for index, unit in enumerate(top[:_TOP_LINES]):
        if headline is not None and unit.number >= headline:
            return None
        if unit.number not in set_aside:
            if index == 0 or row_of_items(unit.text):
                continue  # (the page's title, the headline's copy; a row of the site's links)
            return None
        if (_name_anyhow_cased(unit.text) and items_above < _MENU_ITEMS_ABOVE_NAME
                and (is_paper_name(unit.text) or _name_like(unit.text) or _marked_as_brand(unit.text)
                     or named_again(unit, lines))):
            under = top[index + 1:index + 1 + _BRAND_MENU_LOOKAHEAD]
            menu = next((k for k, line in enumerate(under) if _menu_mark(line, set_aside) or _menu_of_words(line.text)), None)
            # (a slogan may stand between; not a story's title in a bar of news: "Incendie à Pradelles : la …")
            if (menu is not None and all(line.text.count(" ") < _SLOGAN_WORDS and not line.text.endswith(".")
                                         and ":" not in line.text
                                         for line in under[:menu])
                    and not any(_printed_alike(unit.text, line.text) for line in under[:menu + 1]
                                if " | " not in line.text and not _links_row(line.text))):
                return unit
        if (unit.text.count(" ") < _MENU_ITEM_WORDS and not _over_logo(unit, set_aside)
                and set_aside[unit.number] in _SET_ASIDE_AS):
            items_above += 1  # (a menu's item: a name under it is one more)
    return None


_BRAND_MENU_LOOKAHEAD = 3  # lines under the name read for the menu (its slogan, the account's links may stand between)
_MENU_ITEMS_ABOVE_NAME = 1


def _menu_of_words(text: str) -> bool:
    """A menu printed on one line, its sections' names side by side: four capitalised words or more, two of them
    sections' names or the link to the front page ("News Sports Opinion Business Life Nation & World")."""
    words = text.split()
    return (len(words) >= _MENU_ROW_WORDS and all(word[:1].isupper() or word == "&" for word in words)
            and sum(word.lower() in SECTIONS or is_home_link(word) for word in words) >= _SECTIONS_UNDER_LOGO)


_MENU_ROW_WORDS = 4


def _name_anyhow_cased(text: str) -> bool:
    """A logo's text however it is cased: as a name ("The Harlow County Ledger"), in capitals, in small letters
    alone ("la gazette du ried") or with a word in small letters after the name's ("Le Messager vaudois"); not a
    slogan, whose small words stand inside ("Periódico líder de Guatemala"), nor the keyboard's link to the story, the
    reader's own page ("My Topics") or a market's ticker."""
    words = text.split()
    lowered = [word.lower() for word in words]
    if any(word in _ARTICLES and lowered[index - 1] not in _JOINER_WORDS | {"of"} for index, word in enumerate(lowered) if index):
        return False  # ("DAS INFOPORTAL DER JÄGERSTIFTUNG": a slogan, an article inside; not "LA VOZ DE LA SIERRA")
    if text.islower() or text.isupper():
        text = " ".join(word if word.lower() in _JOINER_WORDS and index else word.capitalize()
                        for index, word in enumerate(text.lower().split()))
    elif ((len(words) > 2 or _ELIDED_ARTICLE.match(words[0]) is not None)  # ("L’Arc jurassien")
          and words[-1].islower() and words[-1].isalpha() and not is_function_word(words[-1])):
        text = " ".join(words[:-1] + [words[-1].capitalize()])
    # (one word only in capitals, five letters or more: "HANDELSBOTE"; a word alone otherwise is any menu's item)
    one_word = " " not in text and words[0].isupper() and len(text) >= _SHOUTED_WORD_NAME and text.isalpha()
    return ((" " in text or one_word) and ":" not in text and _logo_text(words[0] if one_word else text)
            and not _article_and_section(text)
            and not _menu_glued(text) and _CONTENT_WORD.search(text) is None and _TICKER.fullmatch(text) is None
            # (its article aside: "la" opens the reader's own page in Italian, "la mia …", and many names)
            and not _service_link(" ".join(words[1:] if lowered[0] in _ARTICLES else words)))


_SHOUTED_WORD_NAME = 5  # letters, at least, in a name of one word in capitals
# (the keyboard's link to the story, however worded: "Saltar a contenido", "Menu Content")
_CONTENT_WORD = lazy_compile(r"\b(?:content|contenido|conteúdo|contenu|inhalt|contenuto)\b", re.I)


def _over_logo(line: Line, set_aside: dict[int, str]) -> bool:
    """Whether ``line`` is what a page prints over its logo: today's date, the weather, a row of tickers, the
    keyboard's links, the menus' button, the reader's account links ("Sign in | Join", "e-Edition"), the reader's
    aids, the site's networks, an advert, or a notice of a sentence's length (a paywall's count, a cookie notice, a
    live story's title)."""
    text = line.text
    if text[1:2] == " " and len(text) > 2 and unicodedata.category(text[0]) == "So":
        text = text[2:]  # ("▶ ASCOLTA LA DIRETTA": a button's icon before its label)
    if set_aside.get(line.number) in _OVER_LOGO_REASONS:
        return True  # ("Seguici su Facebook Instagram YouTube": the site's networks, an advert)
    if line.number in set_aside and _account_link(text):
        return True  # ("Jetzt abonnieren", "Inicia sesión": the account's links, however worded)
    if text.count(" ") < _MENU_ITEM_WORDS and line.number in set_aside and _service_link(text):
        return True  # ("Edición en castellano", "Boutique", "Mein Konto": the edition's picker, the site's other services)
    return (_clock_or_weather(text) or _MENU_ICON.fullmatch(text) is not None or text[:1] in "☰≡"
            or language_picker(text) or language_choice(text)  # ("EN | FR", "GL | ES", or "FR", "NL", "EN" one by one)
            or _SEARCH_BUTTON.fullmatch(text.rstrip(" .")) is not None  # (the search's button, as the menus')
            or is_skip_link(text) or _KEYBOARD_LINK.fullmatch(text.rstrip(" .")) is not None
            or _READER_AID.fullmatch(text) is not None
            or on_air(text) or _EDITION_LINK.fullmatch(text) is not None
            or _TICKER.fullmatch(text) is not None  # ("Euro/Dollar 1,0874 +0,08 %": a slash inside a ticker's name)
            or all(_TICKER.fullmatch(part) is not None or _ACCOUNT_LINKS.fullmatch(part.strip()) is not None
                   # (a play button's mark after its label: "Ouvir agora ▶")
                   or part.strip(" ▶►▷").lower() in _OVER_LOGO_LINKS for part in re.split(r" [|·•] |\s*[|/]\s*", text))

            or text.count(" ") + 1 >= _NOTICE_WORDS and set_aside.get(line.number) not in ("navigation", "related-link"))


_NOTICE_WORDS = 6  # at least, in a notice over the logo (a menu's items are shorter)
# (the button to donate; an offer; a sign-up box or a consent box laid over the page's top)
_OVER_LOGO_REASONS = frozenset(("promo", "share-widget", "advertisement", "appeal", "paywall", "newsletter-prompt",
                                "cookie-prompt"))
# "Lire l'édition du 14 février", "Read today's e-edition": the link to the printed paper's copy, in the six languages.
_EDITION_LINK = lazy_compile(r"(?:lire|read|lesen sie|leer|ler|leggi|zur|voir|sfoglia|browse|feuilletez|hojea|folheie|blättern sie"
                             r" in) (?:l['’]édition|(?:today['’]s |the )?(?:e-|digital )?edition"
                             r"|die (?:aktuelle )?ausgabe|(?:el |la )?edición|a edição|l['’]edizione)\b.{0,40}"
                             # (the paper's digital copy to leaf through: "Sfoglia l'edizione digitale", "E-Paper lesen")
                             r"|(?:e-paper|epaper) (?:lesen|öffnen)", re.I)
_OVER_LOGO_LINKS = frozenset(("e-edition", "e-paper", "epaper", "newsletter", "newsletters", "join", "register", "abo",
                              # (the printed paper's digital copy: "Edición impresa", "Edição digital", "Édition papier")
                              "edición impresa", "edición digital", "edição impressa", "edição digital", "édition papier",
                              "édition numérique", "edizione digitale", "print edition", "digital edition",
                              "registrieren", "s'inscrire", "registrarse", "cadastre-se", "registrati", "live", "en direct",
                              "en vivo", "ao vivo", "in diretta", "breaking", "breaking news", "eilmeldung", "direct",
                              # (the bar of the latest stories' label, an advert's and its close button, an offer's)
                              "última hora", "últimas noticias", "últimas notícias", "latest news", "dernière minute",
                              "ultim'ora", "ultima ora", "advertisement", "publicidad", "publicidade", "publicité",
                              "pubblicità", "anzeige", "werbung", "close", "cerrar", "fechar", "fermer", "chiudi",
                              "schließen", "claim offer", "live tv", "watch live", "listen live", "tv en vivo",
                              "tv ao vivo", "radio en vivo", "download app", "get the app", "app", "descarga la app",
                              "baixe o app", "app herunterladen", "scarica l'app", "télécharger l'application",
                              # (the button to the live stream)
                              "escucha en vivo", "escuchá en vivo", "escúchanos en directo", "escúchanos en vivo",
                              "escuchar en directo", "écouter en direct", "ascolta la diretta", "ouça ao vivo", "ouvir ao vivo",
                              "ouvir em direto",
                              "à la une",  # (the front page's label: "À la une")
                              # (a sign-up box's title, its e-mail field and the button that closes it)
                              "nichts mehr verpassen!", "never miss a story", "ne manquez rien", "no te pierdas nada",
                              "não perca nada", "non perderti nulla", "e-mail-adresse", "email address", "e-mail address",
                              "adresse e-mail", "correo electrónico", "endereço de e-mail", "indirizzo email", "nein danke",
                              "no thanks", "non merci", "no gracias", "não obrigado", "no grazie",
                              # (the label over the site's networks: "Seguici", "Follow us")
                              "follow us", "seguici", "síguenos", "siga-nos", "suivez-nous", "folgen sie uns", "folge uns",
                              "listen live", "watch live", "live hören", "écouter le direct", "écoutez le direct",
                              "écoutez en direct", "listen now", "jetzt live hören", "escuchar en vivo", "ouvir a rádio",
                              "ouvir agora", "escuchar ahora", "écouter maintenant", "jetzt hören", "ascolta ora"))


def _menu_mark(line: Line, set_aside: dict[int, str]) -> bool:
    """Whether ``line`` opens the site's menu: its button ("☰", "Menu"), a section ("Actualité", "News"), a row of
    sections or the trail to the story (set aside as navigation)."""
    text = line.text
    return (text[:1] in "☰≡" or _MENU_ICON.fullmatch(text) is not None or text.lower() in SECTIONS
            or is_home_link(text) or set_aside.get(line.number) == "navigation" or row_of_items(text))


def row_items(text: str) -> Optional[list[str]]:
    """The items of ``text`` when it is a row of three or more between bars or dots, else None."""
    if text[1:2] == " " and text[:1] in "|·•":
        text = text[2:]  # ("• Portada • Sucre • País": a mark before the first item too)
    for mark in (" | ", " · ", " • "):
        items = text.split(mark)
        if len(items) >= _ROW_ITEMS:
            return items
    return None


def row_of_items(text: str) -> bool:
    """A row of three items or more between bars or dots, each of three words at most, capitalised and without
    figures: the menu's sections or the towns the site covers ("Cronaca | Politica | Ambiente | Sport", "Delémont •
    Porrentruy • Franches-Montagnes"); not a byline block ("Jane Roe | Reporter | March 3, 2024")."""
    items = row_items(text)
    # (a figure in one item of a longer row, no date: "TIENDA OFICIAL | ENTRADAS | ABONOS 24/25 | SALA DE PRENSA")
    figured = [item for item in items or () if any(char.isdigit() for char in item)]
    if items is None or not all(item[:1].isupper() for item in items) or figured and (
            len(items) < _LONG_ROW_ITEMS or len(figured) > 1 or find_date(figured[0]) is not None):
        return False
    # (one item of four words in a row of four or more: "Notícias | Programação | … | Fale com a gente")
    longer = [item for item in items if item.count(" ") + 1 > _MENU_ITEM_WORDS]
    return not longer or len(items) >= _LONG_ROW_ITEMS and len(longer) == 1 and longer[0].count(" ") < _MENU_ITEM_WORDS + 1


_ROW_ITEMS = 3
_LONG_ROW_ITEMS = 4  # items, at least, in a row where one of them may run to four words



def _archive_banner(unit: Line, top: Sequence[Line]) -> bool:
    """Whether ``unit`` names a web archive over its banner: the archived page's address, how many captures it
    holds, or its note that the page is an archived copy, within the lines under it."""
    if _ARCHIVE_NAME.search(unit.text) is None:
        return False
    index = next((i for i, line in enumerate(top) if line.number == unit.number), None)
    return index is not None and any("://" in line.text or _ARCHIVE_BANNER.search(line.text) is not None
                                     for line in top[index + 1:index + 1 + _ARCHIVE_BANNER_REACH])


_ARCHIVE_NAME = lazy_compile(r"\b(?:web ?archive|archive|archiv|archivo|arquivo|archivio|wayback)\b", re.I)
_ARCHIVE_BANNER = lazy_compile(r"\b\d+ (?:captures|aufnahmen|capturas|captures)\b|\barchived (?:copy|page|version)\b"
                               r"|\babout this capture\b", re.I)
_ARCHIVE_BANNER_REACH = 3


def name_before_slogan(text: str) -> Optional[str]:
    """The site's name when ``text`` is the page's own title, the name and its slogan parted by a dash or a bar
    ("WKTR 9 | News, Weather & Sports for the Valley", "Lindenau Live – Nachrichten aus Lindenau und dem Umland"): the
    slogan says, in its first words, that the site brings the news or which kind of paper it is."""
    parted = _SLOGAN_AFTER_NAME.match(text)
    if parted is None:
        return None
    name, slogan = parted.group("name"), parted.group("slogan")
    words = slogan.split()
    if (len(words) > _SLOGAN_AFTER_NAME_WORDS or slogan.endswith((".", "!", "?", ":")) or find_date(slogan) is not None
            or not (any(word.strip(",").lower() in _SLOGAN_MEDIUM_WORDS for word in words[:_SLOGAN_MEDIUM_REACH])
                    or _slogan_line(slogan))):  # (a word German makes with the medium's: "Die Onlinezeitung für …")
        return None
    lowered = name.lower()
    if lowered in SECTIONS or _article_and_section(name) or not _logo_text(name, named=True):
        return None
    return name if (is_paper_name(name) or _plain_name(name) or _marked_as_brand(name) or _brand_shaped(name)) else None


# The text of the site's logo, as the picture's alternative text prints it: "Calder Sun-Herald Logo".
_LOGO_ALT = lazy_compile(r"(?P<name>.{2,40}?)\s+(?:logo|Logo|LOGO)")
_LOGO_ALT_FIRST = lazy_compile(r"(?:Logo|LOGO)(?::\s*|\s+)(?P<name>.{2,40})")  # (the word first: "Logo Seewinkel-Post")
_NAME_DASH_NAME = lazy_compile(r"([^–—-]{2,20}) [–—-] ([^–—-]{3,40})")
# A radio station's frequency in its name: "98.7 FM", "870 AM", "FM 104,3".
# A station's frequency alone ("97,3 MHz", "UKW 97,3", "FM 104.5"), or the emergency services' number after their word
# ("Notruf 122", "Emergency 911", "Urgences 112"): what a page prints over its logo, no name.
_NUMBER_WITH_LABEL = lazy_compile(r"(?:(?:UKW|FM|DAB\+?)\s?)?\d{2,3}[.,]\d{1,2}\s?(?:MHz|FM)?"
                                  r"|(?i:notruf|emergency|emergencies|urgences?|emergencias?|emergência|emergenza|soccorso)"
                                  r":?\s\d{3,4}")
_STATION = lazy_compile(r"(?<![\w.,])(?:\d{2,4}(?:[.,]\d{1,2})?\s?(?:FM|AM)|(?:FM|AM)\s?\d{2,4}(?:[.,]\d{1,2})?)(?![\w.,])")
# A broadcaster's name: its call sign first ("CKRT News", "WKDL-TV"), a word of the medium ("CRATI TV", "Radio
# Aspromonte Uno", "Levante Televisión") or one made with it ("Telemeseta", "TéléCité", "Pleißewelle", "Inntalradio").
_BROADCASTER = lazy_compile(r"[CKW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?(?: .+)?"
                            r"|(?:.+ )?(?:TV|Tv|Radio|RADIO|Rádio|RÁDIO|Télé|TÉLÉ|Tele|TELE|Televisión|Televisão|Télévision"
                            r"|Televisione|Fernsehen|Rundfunk|Fréquence|Frecuencia|Frequência|Frequenza)(?: .+)?"
                            # (not the words made so: "Telefone", "Teletext", "Television", "Radioactive")
                            r"|(?:.+ )?(?:Tele|Télé|Radio|TELE|TÉLÉ|RADIO)(?!(?i:fon|phon|text|vis|gram|work|com|activ|aktiv"
                            r"|attiv|graf|graph|log|terap|therap))[\wÀ-ÿ]{3,}(?: .+)?"
                            r"|(?:.+ )?[A-ZÄÖÜ][\wäöüß]{2,}(?:welle|funk|radio|WELLE|FUNK|RADIO)(?: .+)?")
_BROADCASTER_WORDS = 4  # at most, in a broadcaster's name


def station_on_air(text: str) -> bool:
    """Whether ``text`` is a station's name with its frequency ("Radio Marea Norte 104.1 FM"), or behind the label of
    its live stream ("EN VIVO: Emisora La Sabana 98.4"): the player's line, no story's title."""
    live = _LIVE_LABEL.match(text)
    rest = text[live.end():] if live is not None else text
    if rest.count(" ") >= _STATION_LINE_WORDS or rest.endswith((".", "!", "?")):
        return False
    return _STATION.search(rest) is not None or live is not None and _FREQUENCY_LAST.search(rest) is not None


_LIVE_LABEL = lazy_compile(r"(?:EN VIVO|En vivo|AO VIVO|Ao vivo|EN DIRECT|En direct|IN DIRETTA|In diretta|LIVE|Live"
                           r"|EN DIRECTO|En directo)\s*[:|▸►]\s*")
_FREQUENCY_LAST = lazy_compile(r" \d{2,3}[.,]\d$")
_STATION_LINE_WORDS = 6  # at most, in the name and its frequency
_FM_BAND = (87.5, 108.0)  # megahertz


def _fm_band(frequency: str) -> bool:
    """Whether ``frequency`` (" 94.1", " 104,3") is one on the FM band."""
    return _FM_BAND[0] <= float(frequency.strip().replace(",", ".")) <= _FM_BAND[1]


def _broadcaster_shaped(text: str) -> bool:
    return text.count(" ") < _BROADCASTER_WORDS and _BROADCASTER.fullmatch(text) is not None


def _station_name(text: str) -> Optional[str]:
    """The station's name in a line that reads as one, as a logo prints it: alone ("CKRT News", "Fréquence Garonne
    92.6"), before its frequency or its slogan after a dash ("Radio Bocage FM – 98.7 – La radio du Bocage"), or after
    its initials and a dash ("RTB – Rádio Terras da Beira", whole); None for any other line."""
    parts = _DASH_PARTS.split(text)
    if len(parts) > 1 and spells_out(parts[0], _JOINED.sub(" ", parts[1])) and _broadcaster_shaped(parts[1]):
        return text if len(parts) == 2 and _logo_text(parts[1]) else None
    name = parts[0]  # (its frequency or channel as the logo prints it: "Fréquence Garonne 92.6", "WJXQ 10")
    return name if _broadcaster_shaped(name) and _logo_text(name, named=True) else None


_DASH_PARTS = lazy_compile(r" [–—-] ")
_JOINED = lazy_compile(r" (?:da|do|de|del|della|di|du|des|la|le) ")  # (the initials skip the little words)


_SLOGAN_AFTER_NAME = lazy_compile(r"(?P<name>[^|–—]{2,40}?) (?:[-–—|]) (?P<slogan>\S.*)")
_SLOGAN_AFTER_NAME_WORDS = 14
_SLOGAN_MEDIUM_REACH = 3  # words: the slogan names the news or the medium first ("Latest news, sport and …")
# The words a site's slogan names the news or the medium with, in the six languages.
_SLOGAN_MEDIUM_WORDS = frozenset("news nachrichten notizie noticias notícias actualités actualité actu actus actualidad actualidade "
                                 "informazione informazioni información informaciones informação informações information "
                                 "informationen infos journal zeitung tageszeitung wochenzeitung giornale quotidiano diario "
                                 "periódico jornal portal portale magazine magazin revista hebdomadaire "
                                 "nachrichtenportal quotidien quotidienne hebdo mensuel newspaper daily weekly semanario "
                                 "semanário settimanale diário site info média media medio mídia".split())
# A broadcaster's, after an article ("La radio della Sicilia orientale", "La télé du Pays basque"; first, a station's
# name: "Rádio Baía Azul").
_SLOGAN_BROADCAST_WORDS = frozenset("radio rádio emittente tv télé télévision televisión televisão televisione "
                                    "fernsehen".split())
# ("Le site n°1 de la lutte sénégalaise", "L'info du Finistère sud", "Le média des communes bruxelloises")


# The reader's own pages and the site's other services, which the account's links name beside the logo: "My Topics",
# "Los Andes Pass", "Boutique Le Monde", "Zum Shop", "Empleos GO", "Acessar Meu Cartão …", "Web Stories".
_SERVICE_WORDS = frozenset("my mi mis mon ma mes mein meine meu minha il mio la mia pass shop boutique tienda loja negozio "
                           "club clube jobs empleos emplois stellen empregos lavoro stories premium plus abo abonnement "
                           "acessar acceder accéder zum zur "
                           # (the language's or the edition's picker: "Language", "Deutsch", "Edición")
                           "language languages sprache idioma langue lingua english deutsch español français italiano "
                           "português edition edición ausgabe édition edizione edição".split())


# A paid tier's word after the site's name ("Tagesspiegel Plus", "FAZ Premium"); after two words or more, a name's own
# word ("Abidjan Éco Plus").
_PAID_TIERS = frozenset(("plus", "premium"))


def _service_link(text: str) -> bool:
    """Whether ``text`` names one of the reader's own pages or one of the site's other services, not the site."""
    words = text.lower().split()
    # (a first word in capitals in a line that is not is an initialism, no "my" or "the": "MA em Pauta")
    initialism = text[:2].isupper() and " " in text and not text.isupper() and text.split()[0].isupper()
    return (words[0] in _SERVICE_WORDS and not initialism
            or words[-1] in _SERVICE_WORDS and not (words[-1] in _PAID_TIERS and len(words) > 2)
            or "web stories" in text.lower())


# The menu's link to the front page, its first item, in the six languages.
_HOME_LINKS = frozenset(("home", "homepage", "home page", "inicio", "início", "portada", "capa", "página inicial",
                         "accueil", "startseite", "start", "pagina iniziale", "prima pagina"))
_SLOGAN_WORDS = 8  # at most, in the site's slogan between its name and the menu


def is_home_link(text: str) -> bool:
    """Whether ``text`` is the menu's link to the front page ("Home", "Inicio", "Accueil")."""
    return text.casefold() in _HOME_LINKS


def _under_logo(unit: Line, top: Sequence[Line]) -> bool:
    """Whether ``unit`` stands right under the page's first line, a name as a logo prints it: the site's slogan
    ("Kreisblick", then "Lokalnachrichten für den Kreis Sandhagen")."""
    return len(top) > 1 and top[1].number == unit.number and _logo_text(top[0].text, named=True)


def _over_home_link(unit: Line, top: Sequence[Line]) -> bool:
    """Whether the menu's link to the front page stands right under ``unit``, or under the site's slogan under it
    ("L'Express du Plateau", "L'information au cœur d'Abidjan", "ACCUEIL"), and none above it."""
    index = next((i for i, line in enumerate(top) if line.number == unit.number), None)
    if index is None or index + 1 >= len(top) or any(line.text.casefold() in _HOME_LINKS for line in top[:index]):
        return False  # (under the menu's first link, a line is one of its items)
    after = index + 1
    while after + 1 < len(top) and after - index <= _TICKERS_UNDER_LOGO and _TICKER.fullmatch(top[after].text) is not None:
        after += 1  # ("Plaza Financiera", then the markets' tickers, "Dólar blue $1.025,00 ▼ 0,49%", then "Portada")
    index = after - 1
    below = top[index + 1].text
    if (below.casefold() not in _HOME_LINKS and index + 2 < len(top) and len(below.split()) <= _SLOGAN_WORDS
            and any(word.islower() and len(word) > 3 for word in below.split()) and not below.endswith((".", ":"))
            and ":" not in below and not any(char.isdigit() for char in below)):  # (no headline in the breaking bar)
        below = top[index + 2].text  # (the slogan: words in small letters, no sentence)
    return below.casefold() in _HOME_LINKS


_TICKERS_UNDER_LOGO = 6  # the markets' tickers, at most, between a logo and the menu's link to the front page


def _first_on_page(unit: Line, top: Sequence[Line]) -> bool:
    """Whether ``unit`` is the page's first line, or the first under the menus' button ("☰", "Abrir menú"), today's
    date or the weather ("Olmedilla 14°C") printed over the logo."""
    for line in top:
        if line.number == unit.number:
            return True
        if not (_MENU_ICON.fullmatch(line.text) or _site_clock(line.text) or "°" in line.text and len(line.text) <= _WEATHER
                or all(_TICKER.fullmatch(part) is not None for part in line.text.split(" | "))  # (one or a row of them)
                or _READING_NOW.match(line.text) is not None  # ("Você está lendo: …": the story's title in a bar)
                or _BREAKING_BAR.match(line.text) is not None  # ("ÚLTIMA HORA: Chuvas fortes cortam …": another's)
                or _AD_OR_BACK.fullmatch(line.text) is not None  # ("Publicidad" over an advert, "‹ Voltar": a phone's page)
                or _READER_AID.fullmatch(line.text) is not None  # ("Acessibilidade", "Alto contraste", "A+")
                or is_skip_link(line.text)  # (the skip link over the tickers)
                or _PRICED_OFFER.search(line.text) is not None  # ("Jetzt testen: 4 Wochen … für 0,99 €")
                # ("ON AIR: Frühstücksradio mit Tanja & Flo", "97,3 MHz", "Notruf 122": a station's or a service's bar)
                or on_air(line.text) or _NUMBER_WITH_LABEL.fullmatch(line.text) is not None
                # ("Suche", "Search Query", "Show Search": the search's button or box over the logo)
                or _SEARCH_BUTTON.fullmatch(line.text.rstrip(" .")) is not None
                # ("LIVE": a station's button to its live stream)
                or line.text.lower() == "live"):
            return False
    return False


_WEATHER = 30  # characters, at most, in the weather at a page's top
# A subscription's offer at its price, over the logo: "Jetzt testen: 4 Wochen digital für 0,99 €", "1 € le premier mois".
_PRICED_OFFER = lazy_compile(r"(?:\d+(?:[.,]\d{2})? ?(?:€|\$|£)|(?:€|\$|£|R\$|US\$) ?\d+(?:[.,]\d{2})?)"
                             r".{0,40}\b(?:month|week|year|monat|woche|wochen|jahr|mois|semaine|an|mes|semana|año|mês|ano|mese"
                             r"|settimana|anno)\b|\b(?:month|weeks?|monat|wochen|mois|semaines|mes|semanas|meses|mesi|settimane)"
                             r"\b.{0,40}(?:\d+(?:[.,]\d{2})? ?(?:€|\$|£)|(?:€|\$|£) ?\d)", re.I)
# The page's aids for its readers at its top, in the six languages: accessibility, contrast, the text's size, easy
# language and sign language ("Acessibilidade", "Alto contraste", "A+", "Leichte Sprache", "Gebärdensprache").
_READER_AID = lazy_compile(r"accessibility|acessibilidade|accesibilidad|accessibilité|accessibilità|barrierefreiheit"
                           r"|(?:high |alto |alto-|hoher |contraste |contrasto )?contra?ste?(?: élevé| alto| elevato)?|kontrast"
                           r"|a\+|a-|a|aa|leichte sprache|gebärdensprache|easy read|lenguaje claro|linguagem simples"
                           r"|(?:schrift|font|texto|text|texte|testo) (?:vergrößern|verkleinern|size|tamaño|tamanho|taille"
                           r"|dimensione)", re.I)
# The bar that names the story being read, over the page's top, in the six languages.
_READING_NOW = lazy_compile(r"(?:you are reading|now reading|você está lendo|está lendo|estás leyendo|está leyendo|sie lesen"
                            r"|vous lisez|stai leggendo)\s*:", re.I)
# An advert's label over the page, in the six languages, or the button back to where the reader came from, as a
# phone's page prints it ("‹ Voltar", "← Zurück").
_AD_OR_BACK = lazy_compile(r"(?i:advertisement|anzeige|werbung|publicité|publicidad|publicidade|pubblicità)"
                           r"|[‹<←]\s*(?i:back|zurück|retour|volver|voltar|indietro)")
# The bar of breaking news over the page's top, its label in capitals, in the six languages.
_BREAKING_LABELS = (r"BREAKING(?: NEWS)?|JUST IN|EILMELDUNG|DERNIÈRE MINUTE|ÚLTIMA HORA|ULTIM['’]ORA|ULTIMA ORA|URGENTE"
                    # (and the bar of the day's topics: "TRENDING: Heat wave · Playoffs · …")
                    r"|TRENDING(?: NOW)?|TENDANCES|TENDENCIAS|TEMAS DEL DÍA|THEMEN DES TAGES|IN EVIDENZA")
# (or a space before a word in small letters: "ULTIM'ORA Funicolare …")
_BREAKING_BAR = lazy_compile(rf"(?:{_BREAKING_LABELS})(?:\s*[:|▸►]\s*\S| (?=[A-ZÀ-Þ][a-zà-ÿ]))")
_BREAKING_LABEL = lazy_compile(rf"(?:{_BREAKING_LABELS})\s*[:|▸►]?", re.I)  # (the label alone on its line)
# A market's ticker at a page's top: "PSI 6.512,30 +0,42%", "EUR/USD 1,0874 -0,11%".
# (with a currency's sign or an arrow for the change: "Dólar $3.912,45 ▼ 0,32 %", a rate alone, "EUR/USD 1,0891",
# "Euribor 12M 3,582%", or a spread and its change in points, "Spread BTP-Bund 128 -2"; not "Euro 2024")
# (a radio's frequency, "FM Llanura 98.3", has one decimal)
# (a unit in brackets after the name, and South Asia's rupee: "Gold (10g) Rs198,400")
_TICKER = lazy_compile(r"[\w/&.\- ]{1,24}(?: \(\w{1,6}\))? (?:US\$|R\$|\$|€|£|Rs\.?|₹)?\s?(?:\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+ ?%|[.,]\d{2,})"
                       # (the currency after the price too: "Brent 83,12 $ -0,90 %")
                       r"(?: ?(?:\$|€|£))?(?: ?[▲▼△▽↑↓]? ?[+\-−–]?[\d.,]+ ?%)?|\d+ [▲▼△▽↑↓]? ?[+\-−–][\d.,]+ ?%?)")


_LAST_FIGURE = lazy_compile(r"\s[+\-−]?\d[\d.,]*$")


def _among_tickers(unit: Line, top: Sequence[Line]) -> bool:
    """Whether ``unit`` ends with a figure right under or over a market's ticker: a ticker itself, its figure a whole
    one ("SPREAD BTP-BUND 148" between "FTSE MIB 33.412 +0,41%" and "EUR/USD 1,0817")."""
    if _LAST_FIGURE.search(unit.text) is None:
        return False
    index = next((i for i, line in enumerate(top) if line.number == unit.number), None)
    return index is not None and any(0 <= near < len(top) and _TICKER.fullmatch(top[near].text) is not None
                                     for near in (index - 1, index + 1))


def _over_temperature(unit: Line, top: Sequence[Line]) -> bool:
    index = next((i for i, line in enumerate(top) if line.number == unit.number), None)
    return index is not None and index + 1 < len(top) and _TEMPERATURE_ALONE.fullmatch(top[index + 1].text) is not None


_TEMPERATURE_ALONE = lazy_compile(r"-?\d{1,3}\s?°\s?[CF]?")


def _under_menu_icon(unit: Line, top: Sequence[Line]) -> bool:
    index = next(i for i, line in enumerate(top) if line.number == unit.number)
    return index > 0 and _MENU_ICON.fullmatch(top[index - 1].text) is not None


def _right_over(unit: Line, top: Sequence[Line], headline: Optional[int]) -> bool:
    """Whether ``unit`` stands right over the headline, where a story's label does ("Local Reporting Network")."""
    index = next(i for i, line in enumerate(top) if line.number == unit.number)
    return index + 1 < len(top) and top[index + 1].number == headline


_BRAND_MARK_INSIDE = lazy_compile(r"\w[.\-\d]\w")


# The buttons a phone's page prints right of its logo: to search, to subscribe, to sign in.
# The search box's own labels: "Show Search", "Search Query", "Suche öffnen".
_SEARCH_BOX = (r"(?:show|open|toggle) search|search query|suche öffnen|ouvrir la recherche|abrir (?:la )?búsqueda"
               r"|abrir (?:a )?pesquisa|apri (?:la )?ricerca")
_SEARCH_BUTTON = lazy_compile(r"search|suche|suchen|rechercher|recherche|buscar|búsqueda|pesquisar|busca|cerca|ricerca|"
                              + _SEARCH_BOX, re.I)


def _between_menu_and_button(unit: Line, top: Sequence[Line]) -> bool:
    """Whether ``unit`` stands between the menus' button and the search or account button, as a phone's page prints
    its logo ("Menú", "Mercados & Estrategia", "Suscríbete")."""
    index = next(i for i, line in enumerate(top) if line.number == unit.number)
    if not (0 < index < len(top) - 1 and _MENU_ICON.fullmatch(top[index - 1].text) is not None):
        return False
    if index > 1 and not (is_skip_link(top[index - 2].text) or _site_clock(top[index - 2].text)):
        return False  # (the button at the page's top: "tvm notícias", "MENU", "Campos do Araxá e Região" is an edition's)
    below = top[index + 1].text.rstrip(" .")
    if _slogan_line(below) and index + 2 < len(top):
        below = top[index + 2].text.rstrip(" .")  # ("Jornal regional · desde 1958": the site's slogan under its name)
    return _ACCOUNT_LINKS.fullmatch(below) is not None or _SEARCH_BUTTON.fullmatch(below) is not None


def _sections_row(text: str) -> bool:
    """Whether ``text`` is a menu's items on one line, most of them sections' names or the link home ("Início Notícias
    Desporto Programas Contactos")."""
    words = text.split()
    return len(words) > _MENU_ROW_SPACES and 2 * sum(word.lower() in SECTIONS or is_home_link(word) for word in words) > len(words)


def _between_menu_row_and_account(unit: Line, top: Sequence[Line], set_aside: dict[int, str]) -> bool:
    """Whether ``unit`` stands right under the menu printed on one line, sections' names among its items, and right over
    the reader's account links ("Home News Counties Business Sports", then it, then "ePaper" or "Subscribe")."""
    index = next(i for i, line in enumerate(top) if line.number == unit.number)
    if not 0 < index < len(top) - 1:
        return False
    above, below = top[index - 1], top[index + 1].text.rstrip(" .")
    return (set_aside.get(above.number) == "navigation" and above.text.count(" ") >= _MENU_ROW_SPACES
            and sum(word.lower() in SECTIONS for word in above.text.split()) >= _MENU_ROW_SECTIONS
            and (_ACCOUNT_LINKS.fullmatch(below) is not None or _account_row(below)))


_MENU_ROW_SPACES = 3  # at least, in a menu printed on one line (four items)
_MENU_ROW_SECTIONS = 2  # at least, of its items, sections' names


def _slogan_line(text: str) -> bool:
    """Whether ``text`` is a site's slogan on a line of its own, naming the medium in its first words ("Jornal
    regional · desde 1958", "Ihre Tageszeitung für das Lindtal")."""
    words = text.split()
    if text[:8] == "Serving " and len(words) <= _SLOGAN_AFTER_NAME_WORDS and (text[8:9].isupper() or text[8:12] == "the "):
        return True  # ("Serving Saint-Aubert and the Valcourt region": whom the site serves)
    if places_up_to_date(text):
        return True
    return (len(words) <= _SLOGAN_AFTER_NAME_WORDS and not text.endswith(("!", "?", ":"))
            # (after an elided article too: "L'actualité franco-ontarienne")
            and (any(_ARTICLE_ELIDED_BEFORE.sub("", word.strip(",·")).lower() in _SLOGAN_MEDIUM_WORDS
                     # (or a word German makes with one: "Das Stadtportal für Hamburg", "Das Nachrichtenmagazin")
                     or word[:1].isupper() and word.lower().endswith(_COMPOUND_MEDIUM_WORDS)
                     for word in words[:_SLOGAN_MEDIUM_REACH])
                 or len(words) > 2 and words[0].lower() in _ARTICLES and words[1].lower() in _SLOGAN_BROADCAST_WORDS))


_COMPOUND_MEDIUM_WORDS = ("portal", "magazin", "zeitung", "nachrichten", "organ", "blatt", "radio")


def places_up_to_date(text: str) -> bool:
    """Whether ``text`` is a site's slogan of the places it covers, kept up to date ("Lanzarote y Fuerteventura al
    día", "Alto Minho ao minuto"): names alone, then the words; a headline says more than names."""
    return text[:1].isupper() and _PLACES_UP_TO_DATE.fullmatch(text) is not None


_PLACES_UP_TO_DATE = lazy_compile(r"[A-ZÀ-Þ][\w'’.\-]*(?:(?:,| (?:y|e|i|et|and|und|ed|de|del|da|do|di|du|la|el))? [A-ZÀ-Þ][\w'’.\-]*){0,4}"
                                  r" (?:al día|al minuto|ao dia|ao minuto|em dia|à la minute|au quotidien|minute par minute"
                                  r"|in tempo reale|up to the minute)")
_ARTICLE_ELIDED_BEFORE = lazy_compile(r"^[lL]['’]")


def _beside_menu_icon(unit: Line, top: Sequence[Line]) -> bool:
    index = next(i for i, line in enumerate(top) if line.number == unit.number)
    return any(_MENU_ICON.fullmatch(top[j].text) is not None for j in (index - 1, index + 1) if 0 <= j < len(top))


# (or named: "Menu", "Abrir menú", "Menü öffnen")
# (also the button that closes it, printed over the logo when the page's menu is a drawer: "Close menu", "Menü schließen")
_MENU_ICON = lazy_compile(r"[☰≡](?: (?:menu|menü|menú))?|(?:(?:open|abrir|ouvrir le|apri(?:re il)?|close|cerrar(?: el)?"
                          r"|fechar(?: o)?|fermer(?: le)?|chiudi(?: il)?) )?(?:menu|menü|menú)(?: öffnen| schließen)?|(?:open|toggle) (?:the )?navigation(?: menu)?|navigation öffnen|ouvrir la navigation"
                          r"|abrir (?:la )?navegación|abrir (?:a )?navegação|apri (?:la )?navigazione", re.I)


def _over_menu(unit: Line, top: Sequence[Line], set_aside: dict[int, str]) -> bool:
    """Whether most lines under ``unit`` are a menu's items, none printed as ``unit`` is: the page's chrome, each a
    few words or a row of them ("Nachrichten", "E-Paper", "Serie A | Serie B"). (A slogan may stand between: "Das
    Portal für den Landkreis".) A menu's own first item is printed as the others are: "TV-Programm" over
    "Live-Ticker", "Politik & Gesellschaft" over "Umwelt & Klima", "RECIPES" over "HEALTHY"."""
    index = next(i for i, line in enumerate(top) if line.number == unit.number)
    # (a consent form between the name and its menu is no part of either: "Ogliastra in Rete", the form, "Home", …)
    # (nor are the account's links worded as a sentence is, "Aceda à sua conta", "Assine os nossos serviços")
    under = [line for line in top[index + 1:] if set_aside.get(line.number) not in _FORM_REASONS
             and not _site_clock(line.text)  # (today's date between the name and its menu: "Lundi 8 avril 2024")
             and not (_MENU_ITEM_WORDS <= line.text.count(" ") < _LINK_SENTENCE_WORDS and _small_word(line.text)
                      and _ACCOUNT_WORD.search(line.text) is not None)][:_MENU_REACH]
    items = [line for line in under if line.number in set_aside
             and all(len(item.split()) <= _MENU_ITEM_WORDS and item[:1].isupper() and not item.endswith((".", "!", "?", ":"))
                     for item in line.text.split(" | "))]
    # (a menu printed on one line, its sections' names side by side: "Lokales Sport Wirtschaft Kultur Service", "…
    # E-Paper")
    # (glued together too, as a page joins its links: "HomeCronacaPoliticaSportEventi")
    sections = GLUED_JOINT.sub(" ", under[0].text).split() if under else []
    if (under and under[0].number in set_aside and under[0].text.replace(" ", "").replace("-", "").isalpha()
            and all(word[:1].isupper() for word in sections)
            and 2 * sum(part.lower() in SECTIONS for part in sections) >= len(sections) >= _MENU_ITEMS_UNDER_LOGO):
        items = [under[0]] * _MENU_ITEMS_UNDER_LOGO
    # (a name with a media's word over items with none, opening otherwise, is no item printed alike: "Polesine Sera"
    # over "Rovigo", "Adria", "Alto Polesine"; "Formel 1 News" over "Formel 1 Live Ticker" is one)
    medium = names_medium(unit.text)
    opening = unit.text.split(None, 1)[0]
    return len(items) >= _MENU_ITEMS_UNDER_LOGO and not any(
        _printed_alike(unit.text, line.text)
        and not (medium and not names_medium(line.text) and not line.text.startswith(opening))
        for line in under if line.text.count(" ") < _MENU_ITEM_WORDS + 1)


_LINK_SENTENCE_WORDS = 5
# Where a page joined two words without a space: a small letter, then a capital ("HomeCronaca").
GLUED_JOINT = lazy_compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
# The words of the reader's account and subscription links, in the six languages.
_ACCOUNT_WORD = lazy_compile(r"\b(?:account|conta|cuenta|compte|konto|profilo|subscr\w*|assin\w*|suscr[ií]\w*|abonn\w*|abbona\w*"
                             r"|sign|log|login|entrar|ingres\w*|acced\w*|aceda|accedi|anmelden|connect\w*|sessão|sesión|session"
                             r"|identifier|identifiez|einloggen|anmeldung|registrier\w*|register|inscri\w*|iscriv\w*|cadastr\w*(?:-se)?)\b",
                             re.I)


def _small_word(text: str) -> bool:
    """Whether ``text`` holds a word in small letters that is no little word ("conta" in "Aceda à sua conta")."""
    return any(word[:1].islower() and not is_function_word(word) for word in text.split())


_GLUED_LINKS = 2  # at least, glued after the logo's text


def _logo_glued_to_links(text: str) -> Optional[str]:
    """The logo's text when ``text`` is that text with links glued after it, each opening with a capital where the
    one before ends in small letters, of three words at most, two thirds of them (two at least) a section's, a page's
    or the account's ("High Desert CourierSubscribeLog In", "Wall & MainMarketsBusinessInvestingTech…"); None
    otherwise."""
    parts = GLUED_JOINT.split(text)
    if len(parts) <= _GLUED_LINKS:
        return None
    logo, links = parts[0].strip(), [part.strip() for part in parts[1:]]
    known = sum(link.lower() in SECTIONS or link.lower() in _PAGE_WORDS or link.lower() in _LINKED_PAGES
                or _ACCOUNT_LINKS.fullmatch(link) is not None or _ACCOUNT_WORD.search(link) is not None for link in links)
    if known < max(_GLUED_LINKS, 2 * len(links) / 3) or any(link.count(" ") >= _MENU_ITEM_WORDS for link in links):
        return None
    return logo if " " in logo and _logo_text(logo) and not _article_and_section(logo) else None


def _menu_glued(text: str) -> bool:
    """A name in capitals with the menu's first items glued on: "EL PAÍS Información Sociedad" (not its place joined
    by a little word: "LA GACETA de Ybyraty")."""
    words = text.split()
    return (len(words) > 2 and words[0].isupper() and words[1].isupper() and not text.isupper()
            and next(word for word in words if not word.isupper()) not in _JOINER_WORDS)


def _printed_alike(name: str, item: str) -> bool:
    if _small_word(item) and not _small_word(name):
        return False  # ("Aceda à sua conta" under "Agência Rumo": a link in a sentence's case, no name)
    name_words, item_words = name.lower().split(), item.lower().split()
    if set(item_words) < set(name_words) and not _MEDIA_WORDS.isdisjoint(name_words):
        return False  # ("Isla Clara" under "Isla Clara Digital": the town the site is named after, among its sections)
    if name.isupper() or item.isupper():
        return name.isupper() and item.isupper() and name.count(" ") == item.count(" ")
    # (a word media name themselves with, or a section's, is in both a name and a menu: "Bayanihan News Online" over "News")
    # (not the account's links, chrome every site prints: "Handball-Zeitung Nord" over "E-Paper" is a name)
    return (("&" in name and "&" in item or "-" in name and "-" in item) and chrome_reason(item, header=True) is None
            # (an item much shorter than the name is no item like it: "Olmedilla" under "Semanario La Voz de Olmedilla")
            or len(item_words) >= len(name_words) - 1
            and not {word for word in name_words if word not in _MEDIA_WORDS and word not in SECTIONS
                     and not is_function_word(word) and len(word) > 1}.isdisjoint(item_words))  # (not "Gironi C")


_MENU_REACH = 4  # lines under a logo read for its menu
_MENU_ITEMS_UNDER_LOGO = 3  # menu's items among them, at least
_MENU_ITEM_WORDS = 3  # at most, in a menu's item


def _over_sections(unit: Line, top: Sequence[Line]) -> bool:
    """Whether two of the three lines under ``unit`` name sections of a site ("News", "Home", "Tech")."""
    index = next(i for i, line in enumerate(top) if line.number == unit.number)
    # (the weather and the place it is for between: "Fennimore, NE »", "38°", then "Local News", "Weather")
    under = [line for line in top[index + 1:index + 6] if not (_clock_or_weather(line.text) or line.text.endswith(" »"))]
    return sum(line.text.lower() in SECTIONS for line in under[:3]) >= _SECTIONS_UNDER_LOGO


_SECTIONS_UNDER_LOGO = 2


def _over_date_and_menu(unit: Line, top: Sequence[Line]) -> bool:
    """Whether ``unit``, the page's first line and a name's length, stands over today's date and a row of the menu's
    items, as a logo's text does."""
    text = unit.text
    return (bool(top) and top[0].number == unit.number and text.count(" ") < _MASTHEAD_WORDS and text[:1].isupper()
            and not text.endswith((".", "!", "?", ":")) and text.lower() not in SECTIONS and find_date(text) is None
            and over_date_and_menu(top))


def over_date_and_menu(lines: Sequence[Line]) -> bool:
    """Whether the first of ``lines`` stands over today's date and a row of the menu's items, where a logo's text stands
    ("SIERRA SUR al día" over "Jueves, 18 de abril de 2024" over "Inicio | Comarca | …")."""
    return len(lines) > 2 and find_date(lines[1].text) is not None and row_of_items(lines[2].text)


def _word_over_sections_row(unit: Line, top: Sequence[Line], set_aside: dict[int, str]) -> bool:
    """Whether ``unit``, the page's first line, is one capitalised word (no section's, no button's) right over a row of
    the site's sections on one line: the logo's text, then the menu."""
    text = unit.text
    index = next((i for i, line in enumerate(top) if line.number == unit.number), len(top))
    if (" " in text or not text.isalpha() or not text[:1].isupper() or len(text) < _SHOUTED_WORD_NAME
            or text.lower() in SECTIONS or _service_link(text) or _over_logo(unit, set_aside) or index + 1 >= len(top)
            # (under nothing but what pages print over a logo: "Werbung" over "Steirerblick")
            or not all(_over_logo(line, set_aside) for line in top[:index])):
        return False
    items = row_items(top[index + 1].text)
    # (the row's items are sections, or the sections follow it: "Graz | Obersteiermark | …", then "Politik", "Wirtschaft";
    # any row under a word written as a brand is, "MurgiaNotizie" over "Altamura · Gravina · Santeramo · Matera")
    return items is not None and (_brand_shaped(text) and not text.isupper() or sum(item.strip().lower() in SECTIONS for item in items) >= _SECTIONS_UNDER_LOGO
                                  or sum(line.text.lower() in SECTIONS for line in top[index + 2:index + 5])
                                  >= _SECTIONS_UNDER_LOGO)


def names_medium(text: str) -> bool:
    """Whether a word of ``text`` is one media name themselves with ("Tegus Hoy", "Coastline News")."""
    return any(word.lower() in _MEDIA_WORDS for word in text.split())


def _brand_shaped(text: str) -> bool:
    """Whether ``text`` is written as a brand is, not as a phrase: in capitals ("TRAIL CADENCE"), or one word with a
    capital inside it, a digit, a hyphen or a dot ("ClinicianDaily", "Mein-MMO.de", "L-Mag")."""
    if text.isupper():
        return sum(char.isalpha() for char in text) > 3
    return " " not in text and (any(char.isdigit() or char in "-." for char in text) or any(c.isupper() for c in text[1:]))


def _marked_as_brand(text: str) -> bool:
    """Whether ``text`` bears a brand's marks: a figure, a hyphen, a word in capitals or a word media name themselves
    with ("KVTR 9 News", "Express-Chronicle", "Coastline News")."""
    words = text.split()
    return (_brand_shaped(text) or any(char.isdigit() or char == "-" for char in text)
            or any(word.isupper() and len(word) > 1 for word in words) or names_medium(text)
            or _TOWN_HALL.match(text) is not None)


_TOWN_HALL_REACH = 25  # lines from the page's top where a town's site prints its name
_TOWN_HALL_CHARACTERS = 60  # at most, in that name
def is_body_name(text: str) -> bool:
    """Whether ``text`` is a town's, a county's or an institution's name for itself ("Stadt Bad Ellerbach",
    "Universidade Federal de Serra Alta", "Centre hospitalier de Saint-Aurel", "TSV Birkenfelde 1898 e.V."): a few
    words, no sentence."""
    if len(text) > _TOWN_HALL_CHARACTERS or text.count(" ") >= _BODY_NAME_WORDS or text[-1:] in "!?:,":
        return False
    kind = _TOWN_HALL.match(text) or _INSTITUTION.search(text)
    if kind is None:
        return False
    # (a name's words, capitalised, not a headline's: "Feuerwehr Hollenau feiert neues Rüsthaus", "New dialysis unit
    # opens at Kelanipura Base Hospital")
    rest = (text[:kind.start()] + " " + text[kind.end():]).split()
    return all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _JOINER_WORDS or word in ("&", "e.", "V.")
               for word in rest)


_BODY_NAME_WORDS = 8
# An institution's own name, in the six languages: its kind first or last ("Universidad de …", "… University",
# "Klinikum …", "… Fire Rescue", "… e.V.").
_INSTITUTION = lazy_compile(
    r"^(?:Universidad|Universidade|Université|Universität|Università|University of|Hospital|Hôpital|Centre hospitalier"
    r"|Centro Hospitalar|Klinikum|Ospedale|Azienda Ospedaliera|Policlinico|Polizeipräsidium|Feuerwehr|Bombeiros"
    r"|Corpo de Bombeiros|Groupe|Fundación|Fundação|Fondation|Stiftung|Fondazione)"
    r" (?:(?:de|du|des|di|da|do|del|della|von|der|of) )?(?=[A-ZÀ-Þ])"
    r"|[a-zß] (?:University|College|Hospital|Medical Center|Fire Rescue|Fire Department|Police Department"
    r"|Sheriff's Office|Universität|Klinik(?:um)?)$|\se\.\s?V\.$")


# A town's or a county's own site, by its name, in the six languages: "Stadt Bad Ellerbach", "Comune di Castel Sereno",
# "Ville de Montreval", "Prefeitura de Vila Nova", "City of Riverton".
_TOWN_HALL = lazy_compile(r"(?:(?:Stadt|Gemeinde|Marktgemeinde|Landkreis|Ville de|Commune de|Mairie de|Comune di"
                          r"|Città di|Ayuntamiento de|Municipalidad de|Prefeitura (?:Municipal )?de|Câmara Municipal de"
                          r"|City of|Town of|County of|Borough of"
                          # (a parish's, a municipality's and a council's own words: "Junta de Freguesia de …", "Concello de …")
                          r"|Junta de Freguesia de|União das Freguesias de|Município de|Concello de|Ajuntament de"
                          r"|Diputación de|Provincia di|Regione|Comunidad de"
                          # (a parish's: "Ev.-luth. Kirchengemeinde St. Marien …", "Pfarrei St. Georg", "Paroisse de …")
                          r"|(?:Ev\.(?:-luth\.)? |Evangelische |Katholische |Kath\. )?(?:Kirchengemeinde|Pfarrgemeinde|Pfarrei)"
                          r"|Paroisse(?: de)?|Parroquia de|Paróquia de|Parrocchia di) |Ville d['’]|Commune d['’])(?=[A-ZÀ-Þ])")


def _plain_name(text: str) -> bool:
    """Whether ``text`` is a name of words alone ("Expresso do Planalto", "Cold Chain Review"), not a row of
    links glued together ("Haufe.de Shop Akademie")."""
    words = text.split()
    if len(words) < 2 or is_function_word(words[0].lower()) and words[0].lower() not in _ARTICLES:
        return False  # ("NO SOPORTADO": a browser's notice; a name opens with its article or a word of its own)
    return all(word.replace("'", "").replace("’", "").isalpha() or word in "&+" for word in words)


def _edition_code(text: str) -> bool:
    """A country's code alone ("US", "UK", "INT"): the link that picks an edition, named again in any story."""
    return " " not in text and text.isupper() and len(text) <= _EDITION_CODE


_EDITION_CODE = 3  # letters, at most
_MEDIA_WORDS = frozenset("news daily press media online network post times journal wire today weekly magazine "
                         "nachrichten noticias notícias notizie actu info infos radio tv fm rundfunk aktuell "
                         "semanario settimanale hebdo allgemeine cronaca crónica cronache feuille direct direkt echo écho "
                         "eco expresso express digital portal rádio radiodifusión televisión televisão "
                         # (the day's and the evening's words of papers' names: "Tiferno Sera", "Compostela Hoy")
                         "hoy hoje oggi heute sera soir "
                         # (and the hour's, in English: "RiverBend Now")
                         "now "
                         # (and the paper's own word, after a place's name: "Etna Giornale", "Lagos Gazette")
                         "giornale gazzetta gazette gazeta jornal diario diário zeitung "
                         # (and the dispatch's: "Maroc Dépêches", "Valley Dispatch")
                         "dépêche dépêches dispatch".split())


def _page_top(lines: Sequence[Line], set_aside: dict[int, str]) -> list[Line]:
    """The first lines of the page's own text: a consent form among them (its title, its notices, its buttons) left
    out, over the page or under its first lines ("Le Courrier de l'Armor", "Menu", then the form)."""
    top = [line for line in lines[:_TOP_LINES + _CONSENT_LINES + _FORM_LINES] if line.text]
    first = next((i for i, line in enumerate(top[:_FORM_REACH])
                  if _consent_notice(line, set_aside) or _pop_up_prompt(line, set_aside)), None)
    if first is None:
        # (a consent form's buttons alone over the page, its notice not printed: "Aceptar cookies", "Rechazar")
        buttons = 0
        while (buttons < len(top) and len(top[buttons].text.split()) <= _CONSENT_BUTTON_WORDS
               and set_aside.get(top[buttons].number) is not None and _CONSENT_BUTTON.search(top[buttons].text) is not None):
            buttons += 1
        return top[buttons if buttons >= _BUTTONS_ALONE else 0:][:_TOP_LINES]
    start = first - 1 if first > 0 and _form_title(top[first - 1]) else first
    end = first + 1
    # (a newsletter's offer has its button to subscribe right under it: "Subscrever", "Je m'inscris")
    offer = set_aside.get(top[first].number) == "newsletter-prompt"
    while end < len(top) and (_consent_notice(top[end], set_aside) or _pop_up_prompt(top[end], set_aside)
                              or _form_title(top[end]) or (
            len(top[end].text.split()) <= _CONSENT_BUTTON_WORDS and offer and end == first + 1 and top[end].number in set_aside
            and _ACCOUNT_WORD.search(top[end].text) is not None
            or len(top[end].text.split()) <= _CONSENT_BUTTON_WORDS and not _ACCOUNT_LINKS.fullmatch(top[end].text)
            and top[end].text.lower() not in SECTIONS  # (the menu under the form: "Home", "Cronaca")
            and (set_aside.get(top[end].number) in _FORM_REASONS
                 # (a line in capitals is as likely the masthead under the form: "SALUD AL DÍA")
                 or chrome_reason(top[end].text, header=True) not in (None, "banner")
                 or _CONSENT_BUTTON.search(top[end].text) is not None))):
        end += 1  # ("Accept all", "Manage options": the form's buttons; a second notice)
    return (top[:start] + top[end:])[:_TOP_LINES]


def _consent_notice(line: Line, set_aside: dict[int, str]) -> bool:
    """A consent form's notice, however it was set aside (not one of its buttons, which are short): as a site's
    notice, or a long line of the page's chrome that speaks of cookies, partners or consent."""
    reason = set_aside.get(line.number)
    return (reason == "site-notice" or reason in ("cookie-prompt", "page-chrome") and line.text.count(" ") >= _NOTICE_SPACES
            and (reason == "cookie-prompt" or _CONSENT_WORD.search(line.text) is not None))


def _pop_up_prompt(line: Line, set_aside: dict[int, str]) -> bool:
    """The browser's offer of the site's notifications over the page, in the six languages ("¿Querés recibir
    notificaciones de las últimas noticias?", "Möchten Sie Push-Benachrichtigungen erhalten?"), or the newsletter's
    ("Recevez chaque matin l'essentiel de l'actualité meusienne"), set aside as chrome; its buttons under it ("No,
    gracias", "Permitir", "Je m'inscris", "Non merci") are read as a consent form's are."""
    return (line.number in set_aside and line.text.count(" ") < _PROMPT_WORDS
            and (set_aside[line.number] == "newsletter-prompt" and line.text.count(" ") >= _OFFER_SPACES
                 or _NOTIFICATION_WORD.search(line.text) is not None))


_PROMPT_WORDS = 16
_OFFER_SPACES = 3  # at least, in a newsletter's offer over the page (not its link in the menu, "Newsletter")
_NOTIFICATION_WORD = lazy_compile(r"\b(?:notifications?|notificaciones|notificações|notifiche|benachrichtigungen"
                                  r"|push-(?:mitteilungen|nachrichten))\b", re.I)


def _form_title(line: Line) -> bool:
    """A consent form's title over its notice ("Your privacy", "Informativa", "Paramètres de confidentialité")."""
    return len(line.text.split()) <= _FORM_LINK_WORDS and _PRIVACY_WORD.search(line.text) is not None


_FORM_REASONS = {"site-notice", "cookie-prompt"}
_BUTTONS_ALONE = 2  # a consent form's buttons, at least, over the page without its notice
_FORM_LINES = 8  # lines a consent form takes, read besides the page's first lines
_FORM_REACH = 14  # a consent form's notice stands among the page's first lines
_FORM_LINK_WORDS = 10  # at most, in a consent form's title or its link ("Saiba mais sobre como tratamos seus dados")
# (and what it asks to do: "Almacenar o acceder a información en un dispositivo")
_CONSENT_WORD = lazy_compile(r"cookie|partenaires|partners?\b|socios|parceiros|consen[st]|einwilligung|zustimmung"
                             r"|\b(?:device|dispositivo|appareil|endgerät|dispositif)\b", re.I)
_PRIVACY_WORD = lazy_compile(r"privacy|privée|confidentialité|privacidad|privacidade|datenschutz|privatsphäre|informativa"
                             r"|cookie|consent|données|datos|dados|dati\b|daten\b|paramétrer|configurações"
                             r"|zustimmung|einwilligung|consenso|consentimiento|consentimento", re.I)
_CONSENT_LINES = 6  # a consent form's notice stands among the page's first lines
# The words of a consent form's buttons, right under its notice, in the six languages ("Individuelle Einstellungen",
# "Accepter & Fermer", "Gérer mes choix", "Impostazioni"): to accept, refuse, close or set one's choices.
_CONSENT_BUTTON = lazy_compile(r"\b(?:accept\w*|akzept\w*|accett\w*|acept\w*|aceit\w*|refus\w*|rechaz\w*|recus\w*"
                               r"|rifiut\w*|ablehn\w*|einstellung\w*|settings|preferences|options|optionen|param[eéè]tr\w*"
                               r"|fermer|close|schlie(?:ß|ss)en|fechar|cerrar|chiudi|configur\w*|impostazion\w*|personali[sz]\w*|g[ée]rer|manage"
                               r"|gestisci|gestionar|gerir|customi[sz]e|personnali\w*|choix|scelte|opciones|opções|zustimmen|agree"
                               r"|entendido|entendi|compris|verstanden|understood|capito|ok|okay|definições|einverstanden"
                               # (a notifications offer's: "Permitir", "No, gracias", "Not now", "Später")
                               r"|allow|permitir|erlauben|autoriser|consenti|permetti|not now|ahora no|agora não|später"
                               r"|plus tard|più tardi|(?:no|não|nein|non),? (?:thanks|gracias|obrigad[oa]|merci|danke|grazie)"
                               # (a paywall's consent: "Weiter mit Werbung", "Continuer avec la publicité")
                               r"|mit werbung|with ads|avec (?:la )?pub(?:licité)?|con (?:la )?publicidad|com publicidade"
                               r"|con (?:la )?pubblicità"
                               # (and to keep only what the site needs: "Nur notwendige", "Solo necessari")
                               r"|notwendige\w*|necessary|essential|essentiels|nécessaires|necesarias|necessárias|necessari)\b",
                               re.I)
_NOTICE_SPACES = 7  # at least, in its notice (its buttons are shorter)
_CONSENT_BUTTON_WORDS = 5  # at most, in a consent form's button ("Scopri di più e personalizza")
_BUTTON_WORDS = 4


_LOGO_BARS = (" · ", " | ", " • ")  # (between a logo's initials and the name they spell)


def _logo_text(text: str, named: bool = False) -> bool:
    """Whether ``text`` can be a site's name as its logo prints it ("KBVR 8 News Now", "nordeste1", "BLICKPUNKT"): a
    few words, none of them a sentence, a place with its region, a date or the chrome every site prints; one word
    alone only if no dictionary word (capitals, a digit, a hyphen, a capital inside it: "Karoo24", "Inntal-Bote"), a
    site's address ("Clarion.ie") or ``named`` again elsewhere on the page ("Moselbote")."""
    for bar in _LOGO_BARS:
        initials, found, name = text.partition(bar)
        if found and bar not in name and spells_out(initials, name):
            return True  # ("RVV · Rádio Vale Verde": the logo's initials, then the name they stand for)
    words = text.split()
    if _NUMBER_WITH_LABEL.fullmatch(text) is not None or all(_ACCOUNT_WORD.fullmatch(word) for word in words):
        return False  # ("97,3 MHz", "Notruf 122"; the account's buttons glued, "Anmeldung Einloggen")
    if (not 1 <= len(words) <= _MASTHEAD_WORDS or len(text) > _MASTHEAD_CHARACTERS or not text[:1].isalnum()
            or text.endswith((".", "!", "?", ":")) or _COMMA.search(text) is not None or "°" in text
            or not any(c.isalpha() for c in text)):
        return False
    lowered = [word.lower() for word in words]
    if lowered[0] in _NEGATIONS or lowered[-1] == "ok":
        return False  # ("NO SOPORTADO", "Not supported": a browser's notice; "More info OK": a consent form's buttons)
    if any(part in f" {text.lower()}" for part in _CONTROL_PARTS):
        return False  # ("Top Navigation", "MENUMENU", "Zum Kommentarformular springen": links for the keyboard or the menus)
    if all(word in SECTIONS or word in _PAGE_WORDS or word in "&+" or is_function_word(word) for word in lowered):
        return False
    if (len(words) >= _GLUED_MENU_WORDS and all(word in SECTIONS or word in _PAGE_WORDS for word in lowered[-2:])
            and any(word in _LINKED_PAGES for word in lowered[-2:])):
        return False  # ("Management Circle AG Veranstaltungen Blog Kontakt": the logo's text, the menu's items glued on)
    if _ACCOUNT_LINKS.fullmatch(text) is not None or _KEYBOARD_LINK.fullmatch(text) is not None:
        return False  # ("Zum Inhalt", "Skip to navigation": the keyboard's links are printed where a logo stands)
    if _BREAKING_LABEL.fullmatch(text) is not None:
        return False  # ("ULTIM'ORA" alone over the latest story's title: the breaking bar's label)
    if len(words) > 1 and any(not (word[:1].isupper() or word[:1].isdigit() or word in "&+" or is_function_word(low)
                                   or low in _JOINER_WORDS  # ("Università degli Studi di Castrovalle")
                                   or _ELIDED_JOINER.match(word) is not None  # ("La Voce dell'Adriatico")
                                   or index and low in _MEDIA_WORDS  # ("FORSTPRAXIS online")
                                   # (a region's adjective after the article and the name: "Le Messager fribourgeois")
                                   or index == 2 == len(words) - 1 and lowered[0] in _ARTICLES and words[1][:1].isupper()
                                   and word.isalpha())
                              for index, (word, low) in enumerate(zip(words, lowered))):
        return False  # ("Periódico líder de Guatemala": a slogan; "Am Rande der Realität", "Nordish by Nature" are names)
    if len(words) == 1 and not (named or text.isupper() and len(text) > 3 or any(c.isdigit() or c == "-" for c in text)
                                or any(c.isupper() for c in text[1:]) and len(text) > 2  # ("ETR", "MSR"; not "OK")
                                or _DOMAIN.fullmatch(text) is not None):  # ("Clarion.ie", "bezirksblick.at")
        return False
    # (a name in capitals is read as in small letters: the chrome's test takes any line of capitals for a banner; not
    # four words or more opened by an article, as a slogan is set: "DAS PORTAL DER JÄGER")
    shouted_name = text.isupper() and (len(words) <= _SHOUTED_NAME_WORDS or lowered[0] not in _ARTICLES)
    return (chrome_reason(text.title() if shouted_name else text, header=True) is None and find_date(text) is None
            and not names_weekday(text))


_COMMA = lazy_compile(r",(?!\d)")  # (a place and its region: "Millbrook, OH"; not a station's frequency: "101,5 FM")
_SHOUTED_NAME_WORDS = 3
_DOMAIN = lazy_compile(r"[\w\-]{3,}(?:\.[\w\-]+)*\.(?:[a-z]{2,3}|info|news|online|live|media|today|blog)")
_NEGATIONS = frozenset("no not nicht kein keine non não nao".split())
_ELIDED_JOINER = lazy_compile(r"[a-z]{1,5}['’][A-ZÀ-Þ]")
# (a word's start where the part is a word that ends others: "Blog do Arlindo Paixão", "Design Weekly" are names)
_CONTROL_PARTS = ("navigation", "menu", "menü", "menú", "springen", "skip ", "subscribe", "abonn", " sign ", " log ",
                  "login", "konto", "account", "search", "suche", "buscar", "recherche", "follow", "home", "contribute", " change ",
                  "logo", "screen reader", "accessib", "links", " player", "join ", "first alert", "abbon", "€", "$", "£",
                  # (a link back to another site, a greeting, an announcement: "Back to GitHub.com", "Bienvenue sur …")
                  "back to ", "seguir", "folgen", "suivre", "seguici", "welcome", "bienvenue", "willkommen", "bienvenid", "benvenut", "bem-vind", "introducing",
                  # (the button to get the site's app: "Download App", "App herunterladen", "Descarga la app")
                  "download", "herunterladen", "descarg", "baixe", "baixar", "scarica", "télécharg",
                  # (the button to the live stream: "Escucha EN VIVO", "Escúchanos en directo", "Écouter en direct")
                  "escuch", "écout", "ascolt", "en vivo", "en directo", "ao vivo", "em direto", "in diretta", "en direct",
                  "listen live",
                  "watch live", "live hören")
# Words of a page's own links and labels that a site's name is not made of alone ("Just In", "For You", "Live TV").
_GLUED_MENU_WORDS = 4  # at least, in a name with two of the menu's items glued on
# The pages a menu links to last, not words of a name ("KBVR 8 News Now" is one).
_LINKED_PAGES = frozenset("blog kontakt contact contacto contatto impressum about help hilfe aide ayuda aiuto ajuda "
                          "service sections".split())
_PAGE_WORDS = frozenset("just in for you tv edition editions español english français deutsch italiano português blog "
                        "breaking top stories trending popular watch listen radio now more all sections alert alerts "
                        # (the paper's issue: "Aktuelle Ausgabe", "Current issue", "E-Paper")
                        "current issue aktuelle ausgabe e-paper epaper édition edición edição edizione "
                        # (the pages every site links to: "Service & Kontakt", "About", "Sections")
                        "service kontakt contact contacto contatto about impressum sections detail help hilfe aide "
                        "ayuda aiuto ajuda support alle tous toutes todas todos tutte rubriken rubriques secciones "
                        "seções sezioni "
                        # (a broadcaster's live stream: "EN VIVO", "AO VIVO")
                        "vivo directo direto diretta direct "
                        # (an app banner's buttons: "OUVRIR", "Install", "Öffnen")
                        "open ouvrir abrir öffnen apri aprire install installer instalar installieren".split())


def _section_named(text: str) -> bool:
    """An article and a section's words ("Die Nachrichten", "The News"): on the page's first line alone, a section's
    label as well as a site's name."""
    words = text.lower().split()
    return len(words) > 1 and all(word in SECTIONS for word in words[1:])


def _article_and_section(text: str) -> bool:
    """An article and a section's words alone ("The News", "Die Nachrichten"): a section's label; or an article and a
    medium's word in small letters ("Il settimanale"): a link to the paper as printed, no name."""
    words = text.lower().split()
    return len(words) > 1 and words[0] in _ARTICLES and (
        all(word in SECTIONS for word in words[1:])
        or len(words) == 2 and text.split()[1].islower() and words[1] in _SLOGAN_MEDIUM_WORDS)


def _name_like(text: str) -> bool:
    """Whether ``text`` reads as a publication's name where only a logo stands (beside the skip or account links): a
    name led by an article ("Le Clairon", "DER BLICK"), or one word made with a paper's word ("Wirtschaftskurier")."""
    if " " not in text:  # ("L’Horizon": the article elided)
        return _COMPOUND_PAPER.fullmatch(text) is not None or _ELIDED_ARTICLE.fullmatch(text) is not None
    if _PAPER_FIRST_NAME.fullmatch(text.title() if text.isupper() else text) is not None:
        return True
    words = text.split()
    if words[0].lower() not in _ARTICLES:
        return False
    if words[0].isupper() and words[1].isupper() and not text.isupper():
        return False  # ("EL PAÍS Información Sociedad": the name in capitals, then the menu's items glued on)
    # (a little word may join the name's words, one of four: "La Vigie du Léon", "EL FARO DEL SUR")
    joined = any(word.lower() in _JOINER_WORDS for word in words[1:-1])
    return ((len(words) <= 3 or len(words) <= 5 and joined) and _name_shaped(text.title() if text.isupper() else text)
            and words[-1][:1].isupper() and all(word[:1].isupper() or word in _JOINER_WORDS for word in words[1:]))


_ELIDED_ARTICLE = lazy_compile(r"L['’][A-ZÀ-Þ][\w\-]{2,}")
_ARTICLES = frozenset("the der die das le la les l' el los las il lo o a".split())
# One word that ends with a word papers are named with, as German writes them: "Wirtschaftskurier", "Morgenpost".
# (not "-blatt": "Merkblatt"; "-bote" not after "ge" or "er", "Verlagsangebote", "Verbote"; not "-nachrichten", which
# names sections too)
_COMPOUND_PAPER = lazy_compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:kurier|zeitung|anzeiger|rundschau|chronik|tagblatt|merkur|morgenpost"
                               r"|abendpost|post|(?<!ge)(?<!er)bote)"
                               # (a place joined by a hyphen to a paper's word: "Isar-Bote", "Aare-Kurier", "Elbtal-Nachrichten")
                               r"|[A-ZÄÖÜ][a-zäöüß]{2,}-(?:Bote|Blatt|Kurier|Zeitung|Anzeiger|Rundschau|Nachrichten|Post|Echo)")


_TOP_LINES = 20  # a logo stands among the first lines of a page's text
# The links printed beside a site's logo: the one that skips to the story, and the reader's account (in the six
# languages). A menu's sections are not among them: a section may be named as a paper is.
_ACCOUNT_LINKS = lazy_compile(
    r"(?:" + _SKIP_TO_STORY + r"|subscribe(?: now)?|sign in|log in|login|register"
    r"|my account|(?:sign|log) in\s*[/|]\s*register|navigation überspringen|abonnieren"
    r"|anmelden|einloggen|mein konto|s['’]abonner|abonnez-vous|se connecter"
    r"|connexion|mon compte|suscríbete|(?:iniciar|inicia|inicie) sesión|mi cuenta|ingresar|ingresa"
    r"|assine|assinar|entrar|minha conta"
    r"|abbonati|accedi"
    # (the account's other link, to open one: "Registar", "Registrieren", "S'inscrire")
    r"|iniciar sessão|registar|registrar|regístrate|registrarse|registrieren|registrati|s['’]inscrire|inscription"
    # (the button that opens the menus, named: "Abrir menú", "Open menu", "Menü öffnen")
    r"|(?:open|abrir|ouvrir le|apri(?:re il)?) (?:menu|menü|menú)|menü öffnen"
    r"|(?:open|toggle) (?:the )?navigation|navigation öffnen|ouvrir la navigation"
    # (the button that opens the menus, beside the logo on a phone's page)
    r"|menu|menü|menú"
    # (drawn as its icon, as a phone's page prints it: "☰", "≡", "☰ Menu")
    r"|[☰≡](?: (?:menu|menü|menú))?)", re.I)


def _logo_place(unit: Line, top: Sequence[Line]) -> Optional[str]:
    """Where ``unit``, among the ``top`` lines of the page, stands as a logo does: "skip", the first line the page's
    chrome does not explain under the link that skips to the story; "links", right under or over such a link, an
    account link or the menus' button; "first", the page's first line; "buttons", the first line under the page's
    buttons and links alone (each of a few words, and chrome); None elsewhere."""
    index = next((i for i, line in enumerate(top) if line.number == unit.number), None)
    if index is None:
        return None
    for j in range(index - 1, max(-1, index - 1 - _SKIP_REACH), -1):
        if is_skip_link(top[j].text):
            return "skip"
        if (_KEYBOARD_LINK.fullmatch(top[j].text.rstrip(" .")) is None and not _site_clock(top[j].text)
                and not ("°" in top[j].text and len(top[j].text) <= _WEATHER)):  # ("Caracas 28°C")
            break  # (over "Skip to navigation", "Keyboard shortcuts for audio player": more links for the keyboard)
    above = index - 1
    while above >= 0 and index - above <= _CLOCK_AND_WEATHER and _clock_or_weather(top[above].text):
        above -= 1  # ("Log In", "Thursday, July 25, 2024", "91°F Clear", then the logo)
    if any(_ACCOUNT_LINKS.fullmatch(top[j].text.rstrip(" .")) is not None or _account_row(top[j].text)
           for j in (above, index + 1) if 0 <= j < len(top)):
        return "links"
    if index == 0 or _first_on_page(unit, top):  # (under today's date or the weather: "Olmedilla 14°C")
        return "first"
    if index == 1 and top[0].text.endswith(unit.text) and top[0].text[:-len(unit.text)].endswith(_TITLE_SEPARATORS):
        return "first"  # ("Hausärzte: Wer will da noch hin? - DER KOMPASS", then "DER KOMPASS": the page's title, then it)
    if index == 1 and _spelt_by_address(unit.text, top[0].text):
        return "first"  # ("teufelsmoor-bote.de", then "Teufelsmoor-Bote – Ihre Zeitung …": the site's address, then its logo)
    if all(len(line.text.split()) <= _BUTTON_WORDS and chrome_reason(line.text, header=True) is not None
           and line.text.lower() not in _MENU_SECTIONS for line in top[:index]):  # (a section's name: among the menus)
        return "buttons"
    return None


_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", " · ")
_ADDRESS = lazy_compile(r"(?:www\.)?(?P<name>[a-z0-9äöüéèàç-]{3,})\.[a-z]{2,6}")


def _address_alone(unit: Line, top: Sequence[Line]) -> bool:
    """Whether ``unit`` is a site's address alone, its name of four characters or more ("hinterthurgau-online.ch", not
    "gov.br"), and not one of an edition picker's addresses ("falstaff.de" over "falstaff.at")."""
    found = _ADDRESS.fullmatch(unit.text.lower())
    if found is None or len(found.group("name")) < _ADDRESS_NAME_CHARACTERS:
        return False
    index = next(i for i, line in enumerate(top) if line.number == unit.number)
    return not any(_ADDRESS.fullmatch(top[j].text.lower()) is not None for j in (index - 1, index + 1) if 0 <= j < len(top))


_ADDRESS_NAME_CHARACTERS = 4


def _account_row(text: str) -> bool:
    """Whether ``text`` is the reader's account links and the paper's digital copy, alone or in a row between bars
    ("ePaper", "Abo | E-Paper | Anmelden")."""
    parts = [part.strip().lower() for part in re.split(r" [|·•] ", text)]
    return (all(_ACCOUNT_LINKS.fullmatch(part) is not None or part in _DIGITAL_COPY_LINKS for part in parts)
            and any(part in _DIGITAL_COPY_LINKS for part in parts))


_DIGITAL_COPY_LINKS = frozenset(("e-edition", "e-paper", "epaper", "abo"))


def _spelt_by_address(text: str, address: str) -> bool:
    """Whether ``address`` is a site's address alone whose name ``text`` opens with, its spaces, hyphens and accents
    aside ("elcoquiinforma.com" and "EL COQUÍ INFORMA")."""
    found = _ADDRESS.fullmatch(address.lower())
    return found is not None and _letters(text).startswith(_letters(found.group("name")))


def _letters(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", _JOINED_LETTERS.sub("", text.lower()))
                   if not unicodedata.combining(char))


_JOINED_LETTERS = lazy_compile(r"[\s'’-]")
_CLOCK_AND_WEATHER = 2  # lines, at most, of today's date and the weather between the account's links and the logo


def _clock_or_weather(text: str) -> bool:
    return _site_clock(text) or "°" in text and len(text) <= _WEATHER


def _site_clock(text: str) -> bool:
    """Today's date alone ("Monday, March 4, 2024"), as a page prints it at its top, between its links and its logo,
    also after the site's town ("São Luís, 18 de julho de 2024") or before the weather, after a bar."""
    date, bar, weather = text.partition(" | ")
    if bar and "°" in weather and len(weather) <= _WEATHER:
        text = date  # ("Montag, 16. September 2024 | 14 °C, Regen": the day, then its weather)
    if len(text) > _CLOCK_CHARACTERS:
        return False
    town, comma, day = text.partition(", ")
    if comma and town.count(" ") < _CLOCK_TOWN_WORDS and town[:1].isupper() and not any(c.isdigit() for c in town):
        text = day
    return date_alone(text, find_date(text)) is not None


_CLOCK_CHARACTERS = 40
_CLOCK_TOWN_WORDS = 3  # at most, in the town before the date


# The other links a page prints for the keyboard and screen readers, beside the one to the story.
_KEYBOARD_LINK = lazy_compile(r"(?:skip|jump) to [\w ]{3,30}|accessibility (?:links|help)|keyboard shortcuts[\w ]{0,40}"
                              r"|zu[mr]? [\w\-]{3,30} springen|direkt zu[mr]? [\w\-]{3,30}|[\w\-]{3,30} überspringen|(?:aller|passer) (?:au|à la) [\w ]{3,30}"
                              r"|(?:ir|saltar|pular|vai|salta) (?:al|a la|para o|para a|alla) [\w ]{3,30}", re.I)
_SKIP_REACH = 3  # lines: the keyboard's links printed together at the top
_MENU_SECTIONS = SECTIONS - {"search", "menu", "more", "newsletters"}  # (those name the page's buttons too)


def is_paper_name(text: str) -> bool:
    """Whether ``text`` is shaped as a newspaper's name ("The Coral Coast Mail", "Diario de Almara", also set in
    capitals or in small letters: "EL DIARIO NACIONAL", "the broadland beacon"): a masthead, never a headline."""
    if text.isupper() or text.islower() and " " in text:  # (or all in small letters, as some logos set it)
        words = [word if word in _JOINER_WORDS else _capitalised(word) for word in text.lower().split()]
        text = " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])  # ("L'ECO DI …": "L'Eco di …")
    elif text[:3] in _ARTICLES_IN_SMALL_LETTERS:
        text = text[:1].upper() + text[1:]  # ("il Corriere del Montello": the article in small letters, as the logo sets it)
    return _name_shaped(text) and _PAPER_NAME.fullmatch(text) is not None


_ARTICLES_IN_SMALL_LETTERS = ("il ", "la ", "el ", "le ")


def _capitalised(word: str) -> str:
    """A word in capitals as a name prints it; an elided joiner stays small ("DELL'ASTICO": "dell'Astico")."""
    joiner, apostrophe, rest = word.partition("'") if "'" in word else word.partition("’")
    if apostrophe and joiner in _ELIDED_JOINERS and rest:
        return joiner + apostrophe + rest.capitalize()
    return "-".join(part.capitalize() for part in word.split("-"))  # ("SEEUFER-KURIER": "Seeufer-Kurier")


_ELIDED_JOINERS = frozenset(("d", "dell", "l"))


def _name_shaped(text: str) -> bool:
    words = text.split()
    # (one word joined by hyphens too: "Mittelrhein-Bote")
    return ((2 <= len(words) or "-" in text) and len(words) <= _MASTHEAD_WORDS and len(text) <= _MASTHEAD_CHARACTERS
            and text[:1].isupper()
            and not text.endswith((".", "!", "?", ":", ",")) and any(c.isalpha() for c in text)
            and text.lower() not in SECTIONS and not all(is_function_word(w.lower()) for w in words)
            and find_date(text) is None)


def _named_as_site(name: str, lines: Sequence[Line]) -> bool:
    """Whether a line names ``name`` as a site's name is printed: after the page's title and a bar or a dash ("… |
    Moselbote"), or after the copyright's mark ("© 2024 Moselbote")."""
    return any(line.text.endswith((f" | {name}", f" - {name}", f" – {name}", f" — {name}")) and line.text != name
               or "©" in line.text and _COPYRIGHT_OWNER.search(line.text) is not None
               and _COPYRIGHT_OWNER.search(line.text).group("owner").startswith(name)  # type: ignore[union-attr]
               for line in lines)


_COPYRIGHT_OWNER = lazy_compile(r"©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(?P<owner>\S.*)")


def _named_within(unit: Line, lines: Sequence[Line]) -> bool:
    """Whether another line names ``unit``'s text as a credit names a site: at its end, after a comma, a bar, a dash,
    a slash or the copyright's mark and year ("Por Thiago Albuquerque, Portal Agreste Hoje", "© 2024 Portal Agreste
    Hoje", "Foto: Ana Lima / Portal Agreste Hoje"); not in a sentence, nor a copy of it alone (a title printed twice)."""
    name = unit.text
    for line in lines:
        if line.text[:1] == "©" and line.number != unit.number:
            owner = line.text[1:].lstrip(" 0123456789-–")
            if owner.startswith(name) and owner[len(name):len(name) + 1] in ("", " ", ",", ".", "|"):
                return True  # ("© Isonzo Sera – P.IVA 01234560317 – Tutti i diritti riservati": the site's copyright)
        if line.number == unit.number or line.text == name or not line.text.endswith(name):
            continue
        before = line.text[:-len(name)].rstrip()
        if before[-1:] in _CREDIT_SEPARATORS or before[-1:].isdigit() and "©" in before:
            return True
        if before.lower() in _NEWSROOM_LABELS:
            return True  # ("Redacción Ñandubay Noticias": the newsroom signs by the site's name)
    # (in a sentence too, a name marked as a brand is: "… sagte er den Ostwalder Nachrichten.", "… à Radio Pampa Sur")
    return _marked_as_brand(name) and named_again(unit, [line for line in lines if line.text != name])


_CREDIT_SEPARATORS = frozenset(",|-–—/©·•")
_NEWSROOM_LABELS = frozenset(("redacción", "redação", "redacção", "redazione", "rédaction", "redaktion", "por redacción",
                              "por la redacción", "da redação", "da redacção", "par la rédaction"))


def named_again(unit: Line, lines: Sequence[Line]) -> bool:
    """Whether another line names ``unit``'s text as a whole phrase, not as the writer's name after "By"."""
    name = re.compile(r"(?<!\w)" + re.escape(unit.text) + r"(?!\w)")
    for line in lines:
        if line.number == unit.number or unit.text not in line.text:
            continue
        for match in name.finditer(line.text):
            # (after "by"; "di" only opening the line, as a byline opens: "Scarica l'app di Cronache delle Valli" names the paper)
            before = line.text[:match.start()].lower()
            if not (before.endswith(_BY_WORDS) or before.strip() == "di"):
                return True
    return False
