"""Any other news page captured as text: find the headline, byline, date and body among the chrome.

The page is read in two parts. The *header* is everything above the first line
of running prose: menus, banners, the headline (often printed several times),
a standfirst, the byline and dates, a lead photo. The *body* is the rest, read
like every other layout's body.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Any, Optional, Sequence

from ._lazy_patterns import lazy_compile
from .body import (note_over_writers_stories, PAPER_STAFF, PICTURE_NAMED_FIRST, PROSE_WORDS, TIMESTAMP as _TIMESTAMP, about_the_author, about_the_writer, alt_and_caption, author_bio, bullet_item, caption_under_credit, counted_caption, counter_alone,
                   credit_under, credit_glued_captions, drop_repeated_figures, ends_as_caption, glued_widget, is_summary_label, labelled_figure, newsroom_alone,
                   quote_card, read_body,
                   publication_stamp, take_byline, take_signature_line, take_timestamp, unbulleted_items, without_counter)
from .datelines import Dateline, dateline, dateline_line, fill_dateline
from .captions import (CAPTION_WORDS, can_be_caption, caption_control, caption_parts, describes_picture, labelled_caption, named_for,
                       reported_then_wire,
                       initials_then_name, picture_button, reads_as_scene, reserved_caption, scene_sentence, says_who_is_pictured, standalone_credit, stock_picture, without_label, SENTENCE_INSIDE)
from .chrome import PRESS_RELEASE, chrome_reason, is_skip_link, link_label, opening_notice
from .rights import RESERVED
from .context import drop_cut_link, drop_site_notes, drop_menu_lines, drop_paywall_offer
from .dates import (READING_TIME, date_alone, date_without_year, find_date, month_first_in_the_united_states, names_weekday,
                    parse_date, relative_age)
from .draft import ArticleDraft, DocumentDraft
from .factboxes import among_facts, is_scorers_line
from .agencies import agency as wire_agency, as_written, call_letters, in_ordinary_case as wire_in_ordinary_case
from .people import (WRITING_FOR, paper_written_for, EMAIL_ADDRESS, NEWSROOM_MARKS, NEWSROOM_WORDS, PRESS_OFFICE, SPACED_DASH, agency_name, byline_parts, date_then_byline, date_then_name, initials_in_small_letters, is_bare_name, is_name_with_job,
                     is_compound_place, is_organisation, is_place_alone, is_publication_name, name_before_time, name_then_brand,
                     name_with_wire, names_joined, names_newsroom, newsroom_site, newsroom_with_wire, names_without_places, place_after_name, place_after_newsroom, place_in_ordinary_case, signed_initials, town_without_state, unglued_name,
                     wire_of_job, without_agencies)
from .signatures import (JOINERS, LONE_BY, describes_job, is_from_desk, is_job, is_job_and_desk, is_job_in_small_letters, is_name_and_job, is_name_in_place, name_in_place,
                         name_then_wire, names_position,
                         is_newsroom_word,
                         job_under_byline, name_with_job, names_listed, signed_stamp, signs_with_job, take_bare_byline, take_desk,
                         take_name_over_desk, take_names_joined_apart, take_split_byline)
from .text import Line, normalise
from .language import CLOSING_QUOTES, guess_language, is_function_word, title_cased
from .mastheads import (GLUED_JOINT as _GLUED_JOINT, SECTIONS, is_body_name, is_home_link, is_paper_name, masthead as find_masthead, named_again, names_medium,
                        over_date_and_menu, places_dotted, places_up_to_date, row_items, row_of_items, spells_out,
                        station_on_air)

# The capture tool's date; some give the month only (`` date 2021-05 ``), which is no publication date.
_CAPTURE_PREFIX = lazy_compile(r"^\s*date (?P<date>\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)")
_TERMINAL = (".", "!", "?", "…", ")", *CLOSING_QUOTES)
_SYNDICATION = lazy_compile(r"^\((?:[A-Z]{2,12}\s*-\s*)?(?P<source>[^()]{2,40})\)\s")
# (a paper's name after "originally appeared in": capitalised words, little words between them)
_FIRST_PUBLISHED_IN = lazy_compile(r"\b(?:(?:originally|first) (?:appeared|published|ran) (?:in|on|by)|republished from) "
                                   r"(?P<source>(?:[Tt]he )?[A-ZÀ-Þ][\w'’&.\-]*(?: (?:of |for |and |the |on )?[A-ZÀ-Þ][\w'’&.\-]*){0,5})")
_SIGN_OFF = lazy_compile(r"\((?P<agency>[A-Z]{2,6})\)$")
# A company's legal form after its name ("S.p.A.", "GmbH", "Ltd."): no part of the name a reader knows it by.
# (a German publisher's word for its company before it too: "… Verlagsgesellschaft mbH"; "Verlag" names the
# publisher as well: "Delius Klasing Verlag GmbH")
_LEGAL_FORM = (r"(?-i:(?:(?:Verlagsgesellschaft|Mediengesellschaft)\s+)?(?:mbH|GmbH(?: & Co\. KG)?)"
               r"|S\.p\.A\.|S\.r\.l\.|S\.A\.|S\.L\.|AG|KG|Ltd\.?|Inc\.?|LLC|Ltda\.?|SAS|SARL|B\.V\.|N\.V\.)")
# A company's tax number after its name on a copyright line ("– P.IVA 01234560789", "VAT No. GB 123"): no part of it.
_TAX_NUMBER = r"(?=(?:P\.\s?IVA|partita iva|VAT|USt-?IdNr|CIF|NIF|CNPJ)\b)"
# (the word again, the years and the mark after them, and "by": "© Copyright 2009-2021- Fundacja …", "Copyright 2010 by …")
_COPYRIGHT = lazy_compile(r"^(?:copyright|©)\s*(?:©\s*)?(?:copyright\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,\-–|]?\s+)?"
                          r"(?:by\s+)?(?:©\s*)?(?!" + RESERVED
                          + r")(?P<owner>[^.\s][^.]{1,59}?)(?:,?\s+" + _LEGAL_FORM + r")?(?:,?\s+\d{4})?\s*[-–—|]?\s*(?:\.|"
                          + RESERVED + r"|$|" + _TAX_NUMBER + r")", re.I)
# The footer's links after the owner's name, between dots or bars, each of three words at most.
_LINKS_AFTER_OWNER = lazy_compile(r"(?:\s[·•|–—]\s[^·•|–—]+?){1,6}$")
_YEAR_AFTER_OWNER = lazy_compile(r",?\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*$")
_AUDIO_PLAYER = lazy_compile(r"listen to (?P<source>[A-Z][\w&' ]{1,40}?) articles", re.I)
# "Source: Al Jazeera and news agencies", "Quelle: dpa": the line that closes a story with where it came from.
_SOURCE_LINE = lazy_compile(r"(?:sources?|quelle|fuente|fonte|source)\s*:\s*(?P<agency>[A-Z][\w.&'’\- ]{1,40}?)"
                            r"(?:,? (?:and|und|et|y|e) (?:news )?agenc(?:ies|y)|,? (?:agencies|agenturen|agences|agencias))?\.?",
                            re.I)


def _source_line(text: str) -> Optional[re.Match[str]]:
    """The story's closing "Source: ..." line, naming a source in capitals or a wire ("dpa"); without the colon
    ("Source AFP"), only a wire."""
    if ":" not in text[:8]:
        match = _UNLABELLED_SOURCE.fullmatch(text) if text[:1] in "SQFsqf" else None
        return match if match is not None and wire_agency(match.group("agency")) is not None else None
    match = _SOURCE_LINE.fullmatch(text)
    if match is None or not (match.group("agency")[0].isupper() or wire_agency(match.group("agency"))):
        return None
    return match


_UNLABELLED_SOURCE = lazy_compile(r"(?:source|quelle|fuente|fonte)\s+(?P<agency>[\w.&'’\-]{2,30}(?: [\w.&'’\-]{2,30})?)", re.I)


_TAG_AT_END = lazy_compile(r"\((?P<tag>[^()]{2,40})\)\W{0,2}$")
# "Get FourFourTwo Newsletter", "Sign up to the Valley Courier newsletter": the site names itself.
_NEWSLETTER = lazy_compile(r"^(?i:get|sign up (?:for|to)|subscribe to)\s+(?:the\s+)?(?!(?i:our|my|your|this|the|free)\b)"
                           r"(?P<source>[A-Z][\w.&'’\-]*?"  # (the shortest words: "GitLab's" is GitLab's own)
                           r"(?:\s+[A-Z][\w.&'’\-]*?){0,3}?)(?:['’]s)?\s+(?i:(?:daily\s+|weekly\s+)?newsletters?)\b")
_SENTENCE_WORDS = 6
_LEAD_WORDS = 4  # "The pool is back.": a story may open with a sentence this short, under its byline or date
_HEADLINE_WORDS = 4  # a site name above the headline is short; headlines rarely are
# "Salle de presse de LaVallee.info", "The Valley Courier newsroom": a newsroom's note about itself names the site.
_NAME_WORD = r"[A-ZÀ-Þ][\w&'’\-]*(?:\.[\w&'’\-]+)*"  # "LaVallee.info", not the stop after it
_NAME_WORDS = _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3}"
# "Iscriviti alla newsletter de Il Medico di Casa", "Der Buchrevier-Newsletter": the site's newsletter, by its name.
_NAME_WITH_LINKS = _NAME_WORD + r"(?:\s+(?:(?:di|de|da|do|del|della|dos|das|von|der|du|des|y|e|&)\s+)?" + _NAME_WORD + r"){0,4}"
_NEWSLETTER_OF = lazy_compile(r"\b(?i:newsletter)\s+(?i:de|di|del|della|do|da|du|von|of)\s+(?P<source>" + _NAME_WITH_LINKS
                              + r")|^(?i:der|die|das)\s+(?P<compound>" + _NAME_WORD + r")-(?i:newsletter)\b")
# "Sessão Contínua © 2025 | Estatuto Editorial": the owner's name before the mark and the year.
_OWNER_THEN_COPYRIGHT = lazy_compile(r"^(?!(?i:copyright|all rights))(?P<owner>" + _NAME_WITH_LINKS + r")\s*©\s*\d{4}(?:\s*[-–]\s*\d{4})?(?=\s*(?:$|[.|·•–—]))")
# "GearLoft is supported by its audience. When you purchase through links …": the site's note on its links, by its name.
_SUPPORTED_BY_READERS = lazy_compile(r"^(?P<source>" + _NAME_WITH_LINKS + r") is (?:supported|funded) by its (?:audience|readers)\b")
# "Siga o Pulso Vital no Instagram", "Follow The Valley Post on Facebook": the site's prompt to follow it, by its name.
_FOLLOW_THE_SITE = lazy_compile(r"^(?i:siga|sigue|suivez|folgen sie|segui|follow)\s+(?:(?:o|a|al|la|le|il|lo)\s+)?"
                                r"(?P<source>" + _NAME_WITH_LINKS + r")\s+(?i:no|na|en|sur|auf|su|on)\s+(?i:instagram|facebook"
                                r"|x|twitter|tiktok|youtube|whatsapp|threads|bluesky|linkedin|telegram)\b")
_NEWSROOM = lazy_compile(r"^(?:(?i:newsroom|salle de presse|rédaction|redaktion|redacción|redac?ção|redazione)"
                         r"\s+(?i:of the|of|de la|de|du|der|des|da|di|della|del)\s+(?P<source>" + _NAME_WORDS + r")"
                         r"|(?P<owner>" + _NAME_WORDS + r")\s+(?i:newsroom))\b")
# "Valley Courier Homepage", "Valley Courier logo", "The Valley Courier - Back to homepage", "Valley Courier –
# Startseite": the link of the site's logo, printed as its text, names the site (in the six languages).
_HOME = (r"(?:home ?page|startseite|accueil|page d['’]accueil|portada|inicio|página inicial|pagina iniziale"
         r"|back to (?:the )?home(?:page)?|zur startseite|retour à l['’]accueil|volver a (?:la )?portada"
         r"|voltar (?:à|para a) página inicial|torna alla home(?:page)?)")
_LOGO_LINK = lazy_compile(r"^(?P<source>" + _NAME_WORDS + r")(?:\s+(?i:" + _HOME + r"|logo)|\s+[-–—|]\s+(?i:home|"
                          + _HOME + r"))\.?$")
# A section's own home ("Sports Home", "News - Home") names no site, nor does a link back to it ("Zurück zur
# Startseite", "Direkt zur Startseite").
_SECTION_NAMES = frozenset("news sport sports business politics opinion culture world local weather video videos live "
                           "home search menu nachrichten actualités noticias notícias notizie".split())
_BACK_LINK_WORDS = frozenset("zur zum zurück direkt weiter weiterlesen back go return skip jump retour aller volver ir "
                             "voltar torna vai".split())


def _names_site(logo_link: re.Match[str]) -> bool:
    name = logo_link.group("source").lower()
    # (not "The homepage": an article alone names nothing)
    return name not in _SECTION_NAMES and _BACK_LINK_WORDS.isdisjoint(name.split()) and not is_function_word(name)


_REPORTING_FROM = lazy_compile(r"Reporting from (?P<place>[A-ZÀ-Þ][\w.'’\- ]{1,40}(?:, [A-ZÀ-Þ][\w.'’\- ]{1,30})?)")
_NAME_AND_MORE = lazy_compile(r"[,|@\d]")  # what a title-like line needs to be a name with a job title or a time
_MIDDLE_INITIAL = lazy_compile(r"^[A-ZÀ-Þ][\w'’\-]+ (?:[A-Z]\. ){1,2}[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+)?$")
_BYLINE_REACH = 2  # lines under the headline (its deck, then the name) where a bare name is its byline
_CREDIT_LINE = 90  # characters in a credit on a line of its own, at most
_WIRE_LINE = 30  # characters, at most, in a line holding a wire's name alone
_NOTICE_LENGTH = 60  # characters, at least, in a notice read by opening_notice (shorter ones are chrome_reason's)
_MAX_STANDFIRSTS = 2  # prose paragraphs above the story (a standfirst, a summary box) passed over at most
_STANDFIRST_REACH = 8  # lines from a standfirst to the story's first paragraph, at most
_STANDFIRST_WORDS = 60  # at most, in the standfirst and summary paragraphs over a story that opens with its dateline


def read_generic(lines: Sequence[Line]) -> DocumentDraft:
    doc = DocumentDraft(layout="generic")
    article = ArticleDraft()
    units = [line for line in lines if line.text]
    units, prefix_date, clock = _strip_capture_prefix(units, doc)
    units = _without_caption_controls(_with_drop_caps_joined(unwrap(_without_window_notes(_without_link_numbers(units)))), doc)
    units = _without_caption_toggles(units, doc)
    start = _body_start(units)
    header, body = units[:start], units[start:]
    headline, header_agency = _read_header(header, article, doc, clock, body[0] if body else None, units)
    _stamp_under_clock(header, article, doc)
    site = _take_masthead(header, units, article, doc)
    body = _without_author_note(header, body, article, doc)
    read_body(body, article, doc, duplicates=[headline or ""])
    _signed_title_in_body(units, article, doc)
    _without_glued_label(article, doc)
    _deck_over_dated_story(article)
    _title_over_story(article)
    _title_under_deck(article)
    drop_repeated_figures(units, article, doc)
    credit_glued_captions(article)
    drop_paywall_offer(body, article, doc)
    drop_menu_lines(body, article, doc)
    drop_cut_link(body, article, doc)
    # (by the logo's first line, when its name ends with its place on a second: "El Pionero", "de Villa Ñirehue")
    drop_site_notes(_LOGO_PLACE_AFTER.sub("", doc.site) if doc.site is not None else None, article, doc)
    # (the wire a dateline in the first paragraph names, else the header's, with the line that names it)
    dated_agency = fill_dateline(article)
    first = article.first_paragraph()
    agency, agency_line = (dated_agency, first["lines"][0]) if dated_agency and first else header_agency or (None, 0)
    if article.byline is None and agency is not None:
        _wire_alone_signs(header, agency, article, doc)
    if article.dateline is None and "byline" in article.field_lines:
        _place_after_byline(units, article)
    if article.dateline is None and "byline" in article.field_lines and "published" in article.field_lines:
        _place_in_byline_block(units, article, doc)
    if article.dateline is None and "byline" in article.field_lines:
        _place_under_signature(units, article, doc)
    if article.dateline is None and "published" in article.field_lines:
        _place_before_stamp(units, article)
    if article.byline is None and header and "@" in header[-1].text and _name_and_address(header[-1].text):
        _take_from_removed(header[-1], "byline", header[-1].text.rpartition(" ")[0], article, doc)
    if article.dateline is None and headline is not None and header:
        _place_over_story(header[-1], headline, article, doc)
    if article.byline is None:
        _name_over_reading_time(header, article, doc)
    if article.byline is None and "published" in article.field_lines:
        _wire_after_stamp(units, article)
    if article.byline is not None and doc.site is not None:
        _writer_over_site_credit(units, article, doc)
        head, comma, tail = article.byline.rpartition(", ")
        if comma and tail.casefold().startswith(doc.site.casefold()) and is_bare_name(head):
            article.byline = head  # ("Rafaela Menezes, Nordeste Agora PE": the writer, then the site's own name)
        if article.byline.casefold() == doc.site.casefold():
            # ("Par Normandie Quotidienne avec AFP": the site's newsroom and the wire, the line as printed after "Par")
            signed = min(article.field_lines["byline"])
            printed = next((newsroom_with_wire(unit.text, article.byline) for unit in units if unit.number == signed), None)
            article.byline = printed or article.byline
    if article.byline is not None:
        # (a comma left where the line went on with where the writer was: "Armando Mabunda, em Quelimane")
        article.byline = unglued_name(article.byline).rstrip(" ,;")
    _names_without_jobs(article)
    if article.byline is not None and " / " in article.byline:
        newsroom, _, writer = article.byline.partition(" / ")
        if (is_newsroom_word(newsroom) or names_newsroom(newsroom)) and is_bare_name(writer):
            article.byline = writer  # "Redacción Gaceta / Lucas Montiel": the newsroom, then the writer who signs it
    if article.byline is not None and " | " in article.byline:
        writer, _, newsroom = article.byline.partition(" | ")
        if names_newsroom(newsroom) and is_bare_name(writer):
            article.byline = writer  # "Thaís Correa | Redação Folha do Grão-Pará": the writer, then the newsroom
    if article.publisher is None and "byline" in article.field_lines:
        _wire_under_byline(header, article, doc)
    if doc.site is None and header:
        _logo_named_by_newsroom(header, article, doc)
    _infer_publisher(article, agency, agency_line, doc, site, units)
    if article.publisher is not None and doc.site is not None:
        short = article.publisher.removeprefix("the ").removeprefix("The ").casefold()
        if " " in short and doc.site.casefold().endswith(" " + short):
            article.publisher = doc.site  # ("Special to the Evening Press" on the Muncie Evening Press: the paper, in full)
        elif (article.publisher.isupper() and " " not in article.publisher and doc.site.startswith(article.publisher + " ")
              and wire_agency(article.publisher) is None):
            article.publisher = doc.site  # ("ALDER CREEK, Kan. (KVRN) —" on KVRN 7 News: the station's letters, its name in full)
    if article.byline is None:
        _desk_code_signs(article, doc)
    if (article.publisher is not None and article.publisher.isupper()
            and (" " in article.publisher or len(article.publisher) > _INITIALISM)):  # (not "AFP": "BIZNEWSWIRE" is)
        _publisher_in_ordinary_case(units, article)  # (a wire's or the site's name, as the page writes it elsewhere)
    if article.publisher is not None and (written := as_written(article.publisher, units))[0] != article.publisher:
        article.publisher = written[0]  # ("AP" where only the dateline's tag names it)
        article.note("publisher", written[1])
    if article.publisher is not None and article.publisher[:1] == "(" and article.publisher[-1:] == ")":
        article.publisher = article.publisher[1:-1]  # ("(Australian Associated Press)": the wire's line in brackets)
    if article.published is None and article.modified is not None:
        # A page that prints only when it was updated ("Updated 29 November 2024") gives no earlier date.
        article.fill("published", article.modified, *article.field_lines["modified"])
    if prefix_date is not None and article.published is None:
        article.fill("published", prefix_date[0], prefix_date[1])
    if article.published is not None and article.dateline is not None and "published" in article.field_lines:
        stamp = next((unit.text for unit in units if unit.number == min(article.field_lines["published"])), "")
        article.published = month_first_in_the_united_states(stamp, article.published, article.dateline)
    doc.articles.append(article)
    return doc


def _without_glued_label(article: ArticleDraft, doc: DocumentDraft) -> None:
    """The headline without a label in capitals glued to its first word, as a page joins two elements ("BOTOLA
    PRONahdat Souss renverse …", "EXCLUSIVEMayor resigns …"): the label is set aside as a banner."""
    if article.headline is None or not article.headline[:2].isupper():
        return
    glued = _LABEL_GLUED_TO_TITLE.match(article.headline)
    if glued is None or len(glued.group("title").split()) < _HEADLINE_WORDS:
        return
    line = min(article.field_lines["headline"])
    doc.remove_span(line, line, glued.group("label"), "banner")
    article.headline = glued.group("title")


# A label in capitals (a competition's, a kind of story's) glued to the title's first word: its last capital is the
# title's ("BOTOLA PRONahdat": "BOTOLA PRO", "Nahdat").
_LABEL_GLUED_TO_TITLE = lazy_compile(r"(?P<label>[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9 '’&.\-]{1,28}[A-ZÀ-Þ0-9])"
                                     r"(?P<title>[A-ZÀ-Þ][a-zà-ÿ'’].*)")


def _signed_title_in_body(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """When the byline the body holds stands right under a title, with no paragraph above that title, the title is the
    story's headline and the lines above it the page's (a menu's last items, its sections' names), whatever title the
    header offered: the header ended too early, at the page's own widgets."""
    signed = article.field_lines.get("byline")
    if not signed or not article.blocks:
        return
    byline_line = min(signed)
    titles = [index for index, block in enumerate(article.blocks)
              if block["type"] == "heading" and 0 < byline_line - block["lines"][1] <= 2]
    if not titles or any(block["type"] != "heading" for block in article.blocks[:titles[-1]]):
        return
    title = article.blocks[titles[-1]]
    if title["text"] == article.headline or title["lines"][0] < min(article.field_lines.get("headline", {0: None})):
        return
    by_number = {unit.number: unit for unit in units}
    for number in article.field_lines.pop("headline", {}):
        doc.remove(by_number[number], "page-chrome")
    for block in article.blocks[:titles[-1]]:
        doc.remove(by_number[block["lines"][0]], "page-chrome")
    article.headline = None
    article.fill("headline", title["text"], title["lines"][0])
    del article.blocks[:titles[-1] + 1]


def _publisher_in_ordinary_case(units: Sequence[Line], article: ArticleDraft) -> None:
    """The wire or the site set in capitals ("(EUROPA PRESS)" in the dateline, "GRAZER RUNDSCHAU" as the masthead) as
    the page prints it in ordinary case elsewhere ("Europa Press" over the date, "© 2024 Grazer Rundschau"), when it
    does: its name as written (in capitals only, it stays so; a match half in capitals is none)."""
    if article.publisher is None:
        return
    pattern = re.compile(r"(?<!\w)" + re.escape(article.publisher) + r"(?!\w)", re.I)
    wire = wire_agency(article.publisher) is not None
    for unit in units:
        for found in pattern.finditer(unit.text):
            written = found.group(0)
            if " " not in written and sum(char.isupper() for char in written) < (1 if wire else 2):
                # (one word: only a brand's capitals inside it, "BizNewsWire"; "lecker" may be its address; a wire's
                # name written so is its own, "Andina")
                continue
            if not any(word.isupper() and len(word) > _INITIALISM for word in written.split()):
                article.publisher = written
                return
    if wire and (ordinary := wire_in_ordinary_case(article.publisher)) is not None:
        article.publisher = ordinary  # ("(EUROPA PRESS)" alone: the wire's name as it writes it, "Europa Press")


_INITIALISM = 4  # letters, at most, in a word in capitals that a name in ordinary case may hold ("KBS World")
_DATED_STORY_DECK_WORDS = 40  # at most, in a deck the body holds over the story's dated first paragraph
_STORY_OVER_DECK = 2  # times as many words, at least, in the story's first paragraph under a deck and the lead picture
_DATELINE_MARKS = frozenset(",.–—- ")  # (right after the place: "Wien, 14. Dezember", "Hannover. Im", "BERLIN – Der")


def _deck_over_dated_story(article: ArticleDraft) -> None:
    """The body's first paragraph is the deck when the next one, after only pictures between, opens with the story's
    dateline ("Die Landesregierung will …" over the lead picture, then "Hannover. Im Landtag …"): the dateline opens
    the story, the lines above it are its standfirst; so it is over the lead picture when the story's first paragraph
    under the picture runs twice as long at least (a deck says in brief what the story tells); or its headline, when the header gave none and it reads as a
    title ("Pontmaury : un camion se couche sur la RN 4", then "Pontmaury (Seine-et-Marne) — Un poids lourd …")."""
    paragraphs = [index for index, block in enumerate(article.blocks) if block["type"] == "paragraph"][:2]
    if len(paragraphs) < 2 or any(block["type"] != "figure" for block in article.blocks[:paragraphs[0]]):
        return  # (the lead picture may stand over the deck)
    first, second = (article.blocks[index] for index in paragraphs)
    between = article.blocks[paragraphs[0] + 1:paragraphs[1]]
    if (len(first["text"].split()) > _DATED_STORY_DECK_WORDS or dateline(first["text"]) is not None
            or any(block["type"] != "figure" for block in between)):
        return
    found = dateline(second["text"])
    if not (found and found.rest
            # (a colon after a name is a speaker's or a label's as often: "Felix Stalder: …", "Hinweis: …")
            and (found.agency is not None or second["text"][len(found.place):len(found.place) + 1] in _DATELINE_MARKS)
            # (or the body opens with it, over the lead picture, and the story under runs twice as long at least)
            or between and paragraphs[0] == 0
            and len(second["text"].split()) >= _STORY_OVER_DECK * len(first["text"].split())):
        return
    lines = range(first["lines"][0], first["lines"][1] + 1)
    if article.headline is None and not first["text"].endswith(_TERMINAL) and _is_title(first["text"]):
        article.fill("headline", first["text"], *lines)  # (no title over it: a title without its stop is the headline)
    else:
        article.summary.append(first["text"])
        article.note("summary", *lines)
    del article.blocks[paragraphs[0]]


def _title_under_deck(article: ArticleDraft) -> None:
    """When the line read as the headline is two sentences (a stop inside it, none at its end) and the deck right
    under it one title, shorter, with no stop at all, the page printed its deck over its title ("Approvato
    all'unanimità l'emendamento. Previsti contributi …", then "Regione, arrivano i fondi per i borghi"): they trade."""
    headline, summary = article.headline, article.summary
    if headline is None or len(summary) != 1 or "headline" not in article.field_lines:
        return
    title = summary[0]
    headline_lines, summary_lines = article.field_lines["headline"], article.field_lines.get("summary", {})
    if (len(headline_lines) != 1 or len(summary_lines) != 1 or min(summary_lines) - max(headline_lines) not in (1, 2)
            or not _two_sentences(headline) or headline.endswith(_TERMINAL)
            or SENTENCE_INSIDE.search(title) is not None or title.endswith(_TERMINAL) or len(title) >= len(headline)
            or is_name_with_job(title)):  # (a byline under the headline: "Margot Hart, Special to the Bytown Examiner")
        return
    article.headline, article.summary = title, [headline]
    article.field_lines["headline"], article.field_lines["summary"] = dict(summary_lines), dict(headline_lines)


def _two_sentences(text: str) -> bool:
    """Whether a stop inside ``text`` ends a sentence, not an abbreviation ("… names Dr. Renée Castillo as …")."""
    return any(_ABBREVIATION.fullmatch(text[text.rfind(" ", 0, found.start()) + 1:found.start() + 2]) is None
               for found in SENTENCE_INSIDE.finditer(text))


def _title_over_story(article: ArticleDraft) -> None:
    """When the header gave no headline (its lines ended at a section's label and the time over the title: "Sociedade",
    "há 3 horas"), a title the body opens with, right over its first paragraph, is the story's headline."""
    if article.headline is not None or len(article.blocks) < 2:
        return
    title, under = article.blocks[:2]
    if (title["type"] != "heading" or under["type"] != "paragraph" or title["text"].endswith(_TERMINAL)
            or _words(title["text"]) < _HEADLINE_WORDS or not _is_title(title["text"])):
        return
    article.fill("headline", title["text"], *range(title["lines"][0], title["lines"][1] + 1))
    del article.blocks[0]


def _place_before_stamp(units: Sequence[Line], article: ArticleDraft) -> None:
    """The place the story's date line opens with, before a separator ("Madrid | 12/03/2024 - 14:27h. Actualizado: …"),
    when the story names no other place: one word (more may be the writer's name, "Jane Roe - March 3, 2024"), on a
    line that is not the byline's too."""
    line = min(article.field_lines["published"])
    unit = next((unit for unit in units if unit.number == line), None)
    if (unit is None or line in article.field_lines.get("byline", {}) or len(unit.text) > _DATE_LINE
            or (found := find_date(unit.text)) is None):
        return
    placed = _place_and_date(unit.text, found, False)
    # (a stamp's time or its update after the day, not a label and a date: "Bosch | 26.01.2022"; not a section's word,
    # "Economia — 18 novembro 2024", nor a word the page prints as a line of its own, a menu's or a list's item)
    if (placed is not None and _STAMP_TIME.search(unit.text) is not None and placed[0].lower() not in SECTIONS
            and not names_weekday(placed[0]) and not any(other.text == placed[0] for other in units)):
        article.fill("dateline", placed[0], line)


def _place_after_byline(units: Sequence[Line], article: ArticleDraft) -> None:
    """The dateline the byline's line ends with, after the writer's job at the newsroom ("Por Jane Roe - Repórter da
    Agência Brasil - Brasília"), when the story names no other."""
    line = min(article.field_lines["byline"])
    unit = next((unit for unit in units if unit.number == line), None)
    if unit is not None and (place := place_after_newsroom(unit.text)) is not None:
        article.fill("dateline", place, line)


def _place_in_byline_block(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """A place on a line of its own in the byline block, right over the date under the writer's name, set aside:
    where the story was written ("Por: Wilmer Zelaya", "Tegucigalpa", "04 de marzo de 2024"). (Under the date, a
    section's label stands as often: "Beauty".)"""
    signed, dated = max(article.field_lines["byline"]), max(article.field_lines["published"])
    if not 0 < dated - signed <= _BYLINE_BLOCK_LINES:
        return
    block = [unit for unit in units if signed < unit.number <= dated]
    for index, unit in enumerate(block):
        between = unit.number < dated and index + 1 < len(block) and block[index + 1].number == dated
        if (between and _place_line(unit) and not is_bare_name(unit.text) and wire_agency(unit.text) is None
                and not any(char.isdigit() for char in unit.text)  # (not the newsroom's brand: "News24")
                # (nor who took the pictures: "Fotografia de Inês Valadares")
                and standalone_credit(unit.text) is None and not _picture_credit_line(unit.text)
                and _LABEL_OF_CREDIT.match(unit.text) is None):
            _take_from_removed(unit, "dateline", unit.text, article, doc)
            return


_BYLINE_BLOCK_LINES = 4  # at most, from the writer's name to the date


def _desk_code_signs(article: ArticleDraft, doc: DocumentDraft) -> None:
    """A wire's desk code on its own line ("ats/cab", "APA/red"), when no writer is named: the wire and its editor
    sign the story, as printed."""
    for item in doc.removed:
        if _desk_code_wire(item) is not None:
            code = item["text"].strip("()")
            # ("Lusa/Fim": the wire and its word for the end, no editor's initials: the wire alone signs it)
            signed = code.partition("/")[0].strip() if code.rpartition("/")[2].strip().lower() in _END_WORDS else code
            article.fill("byline", signed, item["lines"][0])
            return


_END_WORDS = frozenset(("fim", "fin", "end"))  # the word a wire's copy ends with, after its name


def _desk_code_wire(item: dict[str, Any]) -> Optional[str]:
    """The known wire a set-aside desk code opens with ("ats/cab", "APA/red"), else None."""
    return wire_agency(item["text"].strip("()").partition("/")[0]) if item["reason"] == "desk-code" else None


def _among_menu_bullets(header: Sequence[Line], index: int, item: str) -> bool:
    """Whether the bulleted ``item`` at ``index``, a few words with no stop, stands among the menu's short bulleted
    items, right over or under one ("• Ostbergen", "• Lembrock an der Lippe", "• Kreyenhorst")."""
    if len(item.split()) > _MENU_BULLET_WORDS or item.endswith((".", "!", "?", ":")):
        return False
    neighbours = [header[other].text for other in (index - 1, index + 1) if 0 <= other < len(header)]
    return any((near := bullet_item(text)) is not None and len(near.split()) <= 3 for text in neighbours)


_MENU_BULLET_WORDS = 5  # at most, in a menu's bulleted item among shorter ones


def _newsroom_signs(unit: Line, headline: Optional[Line], following: dict[int, Line]) -> bool:
    """Whether ``unit``, under the headline, is the newsroom signing the story: its word and the site's name
    ("Redacción El Faro", "Redazione Barbagia24"), or its word alone over the date ("Redação"), also shortened, and its
    desk after it ("Red.", "Red. Sport")."""
    if headline is None:  # (a page that prints no title: the newsroom by the site's name over the date)
        return names_newsroom(unit.text) and _dated_under(unit, following)
    return (unit.number > headline.number
            and (names_newsroom(unit.text) or (is_newsroom_word(unit.text) or _SHORT_NEWSROOM.fullmatch(unit.text) is not None
                                               or PAPER_STAFF.fullmatch(unit.text) is not None)
                 and _dated_under(unit, following)))


_SHORT_NEWSROOM = lazy_compile(r"Red\.(?: [A-ZÀ-Þ][\w'’\-]+)?")


def _place_under_signature(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """The one line between the byline block (the writer's name, the date under it) and the story's first paragraph, a
    place on its own, set aside: where the story was written ("Por Lívia Moraes - Repórter da Agência Brasil", "Rio de
    Janeiro", then the story; "Servizio di Elisa Bortolami", "sabato 16 novembre 2024", "CASTELNUOVO DEI COLLI")."""
    signature = max([*article.field_lines["byline"], *article.field_lines.get("published", ())])
    story = next((block["lines"][0] for block in article.blocks if block["type"] == "paragraph"), None)
    if story is None:
        return
    # (the lead picture may stand between too, and the page's controls over the place: "DOUALA" under the caption and
    # its credit; "Écouter l'article", then "Les Verrières-du-Haut")
    pictured = {number for block in article.blocks if block["type"] == "figure"
                for number in range(block["lines"][0], block["lines"][1] + 1)}
    # (and the story's summary box and its label: "HIRSCHBACH." under it)
    pictured.update(article.field_lines.get("summary", ()))
    pictured.update(item["lines"][0] for item in doc.removed if item["reason"] == "summary-label")
    between = [unit for unit in units if signature < unit.number < story and unit.number not in pictured]
    controls = [unit for unit in between if _page_control(unit.text)]
    between = [unit for unit in between if unit not in controls]
    if (len(between) == 1 and all(control.number < between[0].number for control in controls)
            and (unit := between[0]).number - signature <= 2 + 2 * _lines_among(units, signature, unit.number, pictured, controls)
            and story - unit.number <= 2 + 2 * _lines_among(units, unit.number, story, pictured, controls)
            # (one word in small letters may be a tag or a brand: "Salute", "Speedo"; in capitals, a place: "LUGO")
            # (a stop after it, as German papers print it: "HIRSCHBACH.")
            and ((place := unit.text[:-1] if unit.text[-1:] == "." and "." not in unit.text[:-1] else unit.text)
                 and (" " in place or place.isupper() or not controls and _town_named_again(place, unit, units)))
            and place_after_name(place)
            and (not is_bare_name(ordinary := place_in_ordinary_case(place) if place.isupper() else place)
                 or is_compound_place(ordinary))
            and wire_agency(place) is None
            and place.lower() not in SECTIONS and not any(char.isdigit() for char in place)
            and chrome_reason(place.title() if place.isupper() else place, header=True) is None
            and standalone_credit(place) is None and _LABEL_OF_CREDIT.match(place) is None):
        _take_from_removed(unit, "dateline", place, article, doc)
def _town_named_again(word: str, unit: Line, units: Sequence[Line]) -> bool:
    """Whether ``word``, alone on ``unit`` and capitalised, is a town the page names again (its headline, a caption, its
    menu: "Ostbergen", "Oran"), not a brand's or a button's word printed once ("Speedo", "Feedback")."""
    if is_function_word(word.lower()):
        return False
    named = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    return any(other is not unit and named.search(other.text) is not None for other in units)


def _page_control(text: str) -> bool:
    """Whether ``text`` is a line of the page's own chrome ("Écouter l'article", "Cet article vous est offert"), not a
    place in capitals (which the chrome's test takes for a banner)."""
    return not text.isupper() and chrome_reason(text, header=True) is not None


def _lines_among(units: Sequence[Line], after: int, before: int, pictured: set[int], controls: Sequence[Line]) -> int:
    """How many of ``units`` between ``after`` and ``before`` are the lead picture's or the page's ``controls``."""
    return sum(after < unit.number < before and (unit.number in pictured or unit in controls) for unit in units)


_LABEL_OF_CREDIT = lazy_compile(r"(?:fotograf\w*|fotos?|photos?|pictures?|bild(?:er)?|texto?|text|texte|testo|words|ilustra\w*"
                                r"|illustra\w*|vídeo|video)\b", re.I)


def _stamp_under_clock(header: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """A date read as the story's over its headline gives way to the stamp under the headline labelled as the story's
    publication ("Quarta-feira, 11 de outubro de 2023" under the logo, then the headline and "Publicado em 08/10/2023
    às 16h42 | Atualizado em …"), or to how long ago the story was posted right under it ("Há 2 horas"): the date over the
    headline is the site's clock."""
    published, titled = article.field_lines.get("published"), article.field_lines.get("headline")
    if not published or not titled or max(published) >= min(titled):
        return
    stamped = next(((unit, found) for unit in header if unit.number > max(titled) and publication_stamp(unit.text)
                    and (found := find_date(unit.text)) is not None), None)
    # (or how long ago the story was posted, alone under the headline, "Há 2 horas": the story's day is not printed)
    aged = stamped is None and any(max(titled) < unit.number <= max(titled) + _AGE_UNDER_HEADLINE and relative_age(unit.text)
                                   for unit in header)
    if stamped is None and not aged:
        return
    for unit in header:
        if unit.number in published:
            doc.remove(unit, "site-clock")
    article.published = None
    del article.field_lines["published"]
    if stamped is not None:
        take_timestamp(stamped[0], article, doc, stamped[1])


_AGE_UNDER_HEADLINE = 3  # lines, at most, from the headline to how long ago the story was posted


def _wire_alone_signs(header: Sequence[Line], agency: str, article: ArticleDraft, doc: DocumentDraft) -> None:
    """A line under the headline that is only the name of the wire the story's dateline credits ("APP" over the date,
    "ISLAMABAD, Aug 03 (APP): …" under it) signs the story, though the reader does not know the wire's name."""
    headlined = min(article.field_lines.get("headline", {}), default=0)
    for unit in header:
        if unit.number > headlined and unit.text.casefold() == agency.casefold():
            pictured = next((block for block in article.blocks if block["type"] == "figure" and block["credit"] is None
                             and 0 < unit.number - block["lines"][1] <= 2), None)
            if pictured is None:
                _take_from_removed(unit, "byline", unit.text, article, doc)
            elif len(kept := [item for item in doc.removed if item["lines"] != [unit.number, unit.last]]) < len(doc.removed):
                doc.removed[:] = kept  # (under a caption printed without its credit, the wire credits the picture)
                pictured["credit"], pictured["lines"][1] = unit.text, unit.last
            return


def _writer_over_site_credit(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """When the byline names the site itself ("Northern Lamp, Harrowby": the newsroom and its town), a writer's name
    alone right over it, set aside, is the byline; the site's credit is its masthead printed again."""
    name = (article.byline or "").partition(",")[0].strip()
    if name.casefold() != (doc.site or "").casefold() or "byline" not in article.field_lines:
        return
    line = min(article.field_lines["byline"])
    index = next((i for i, unit in enumerate(units) if unit.number == line), 0)
    if index == 0 or not _is_name_alone(above := units[index - 1].text) or is_organisation(above):
        return
    if not any(item["lines"] == [units[index - 1].number, units[index - 1].last] for item in doc.removed):
        return
    article.byline = None
    del article.field_lines["byline"]
    if article.field_lines.get("dateline", {}).keys() == {line}:
        article.dateline = None  # (the site's town, no dateline)
        del article.field_lines["dateline"]
    _take_from_removed(units[index - 1], "byline", above, article, doc)
    doc.remove(units[index], "masthead")


def _wire_under_byline(header: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """A known wire's name alone, in brackets or not, or a job at it, on the line right under the byline ("Marcus
    Tolley", then "(AAP)"; "Repórter da Agência Brasil"): the wire the writer works for, the story's publisher."""
    signed = max(article.field_lines["byline"])
    under = next((unit for unit in header if unit.number > signed), None)
    if under is not None and under.number - signed <= 2 and (
            (wire := wire_agency(under.text.strip("()[] "))) is not None or (wire := wire_of_job(under.text)) is not None):
        _take_from_removed(under, "publisher", wire, article, doc)


def _take_from_removed(unit: Line, name: str, value: str, article: ArticleDraft, doc: DocumentDraft) -> None:
    """Fill the field ``name`` from a line the header had set aside whole (and only then), taking the line back."""
    kept = [item for item in doc.removed if item["lines"] != [unit.number, unit.last]]
    if len(kept) < len(doc.removed):
        doc.removed[:] = kept
        article.fill(name, value, unit.number)


_SIGNED_NAME_SPACES = 4  # fewer, in a writer's name in capitals over the dateline
_CAPITALS_PLACE_BEFORE = lazy_compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*){0,3}\s*[/|·•–—-]\s*")
# "STRASBOURG": a place's name in capitals, one to three words.
_PLACE_IN_CAPITALS = lazy_compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){0,2}")


def _place_over_story(unit: Line, headline: str, article: ArticleDraft, doc: DocumentDraft) -> None:
    """Take the header's last line, right over the story, as its dateline when it is a place in capitals the headline
    names ("STRASBOURG" under "Strasbourg : un tramway déraille …"): where the story was filed, printed on its own
    (a section's name, "SPORT", is none)."""
    text = unit.text
    if (_PLACE_IN_CAPITALS.fullmatch(text) is None or text.lower() in SECTIONS
            or re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", headline, re.I) is None):
        return
    _take_from_removed(unit, "dateline", text, article, doc)


_JOB_SEPARATORS = lazy_compile(r", | \| | [–—-] ")
# (a newsroom's word for its writers)
# (and its desk in a city: "Rohit Varma, Delhi Bureau")
_STAFF = frozenset("staff writers reporters correspondents editors contributor contributors bureau".split())
# "Marisol Ekwueme (KBVR)": a station's call letters or a newsroom's initials in brackets after the writer's name
_INITIALS_AFTER_NAME = lazy_compile(r"(?P<name>.+?) \((?P<initials>[A-Z][A-Z0-9&]{1,5})\)")
_ACADEMIC_HOME = lazy_compile(r"\b(?:University|College|Institute|Universität|Université|Universidad|Universidade|Università"
                              r"|Hochschule|Politecnico)\b")


def _without_by(text: str) -> str:
    """``text`` without the word for "by" before the name ("By Jane Roe", "Por Ana Souza")."""
    parts = byline_parts(text) if " " in text else None
    return parts[0] if parts is not None and parts[0] else text


# The newsroom's desk a writer works at, by its section, in the six languages ("service Économie", "Ressort Wirtschaft",
# "sección Deportes", "editoria Economia", "redazione Cronaca").
_DESK_AND_SECTION = lazy_compile(r"(?:service|rubrique|ressort|sección|seccion|secção|editoria|redazione|rédaction|redacción"
                                 r"|redac?ção|redaktion|desk)\s+(?:de l['’]|d['’]|de |del |da |do |della )?[A-ZÀ-Þ][\w'’\-]+"
                                 r"(?:\s+[A-ZÀ-Þ][\w'’\-]+)?", re.I)


def _names_without_jobs(article: ArticleDraft) -> None:
    """"Jane Roe, Staff Writer", "Alan Greer and Maya Lott | Staff writers": the byline is the writers' names; their
    jobs as printed stay in ``credited``, which names each one's role."""
    byline = article.byline
    if (byline and byline.endswith(")") and (initials := _INITIALS_AFTER_NAME.fullmatch(byline)) is not None
            and is_bare_name(initials.group("name"))):
        article.byline = byline = initials.group("name")
    if (byline and "," not in byline and (written_for := WRITING_FOR.search(byline)) is not None
            and byline[written_for.start() - 1:written_for.start()] == " " and byline[written_for.start()].isupper()):
        name, job = byline[:written_for.start() - 1], byline[written_for.start():]
        if is_bare_name(name):
            # "Claire Doucette Special to the Lantern": a contributor's credit after the name, no comma between
            article.byline, article.credited = name, f"{name}, {job}"
            if "byline" in article.field_lines:
                article.fill("publisher", paper_written_for(job), *article.field_lines["byline"])
            return
    separators = list(_JOB_SEPARATORS.finditer(byline)) if byline else []
    if not separators or byline is None:
        return
    last = separators[-1]
    names, job = byline[:last.start()], byline[last.end():]
    if (last.group(0).strip() == "," and (wire := wire_agency(job)) is not None
            and all(" " in name and is_bare_name(name) for name in names_listed(names))):
        # "Rafael Montenegro, Estadão Conteúdo": the writers and the wire they write for, which is the publisher, the
        # site's own name only standing in for a credit the text did not give
        article.byline, article.credited = names, byline
        if article.publisher is None or wire_agency(article.publisher) is None:  # (a wire the dateline credits stays)
            article.publisher = None
            article.field_lines.pop("publisher", None)
            article.fill("publisher", wire, *article.field_lines.get("byline", ()))
        return
    capitalised = job[:1].upper() + job[1:]
    if not (is_job(job) or is_job_in_small_letters(job)  # ("grand reporter", "correspondante", "periodista")
            # (a position and where, or of what: "Periodista de Finanzas", "corresponsal en Santiago", "Caporedattore
            # Economia", "Fachredakteur Pflanzenbau")
            or names_position(capitalised) or is_job(capitalised.partition(" ")[0])
            or WRITING_FOR.match(job) is not None  # ("especial para O Regional": a freelance's credit)
            or _DESK_AND_SECTION.fullmatch(job) is not None  # ("service Économie", "Ressort Wirtschaft": the writer's desk)
            or job.lower().rsplit(" ", 1)[-1] in _STAFF or _ACADEMIC_HOME.search(job) is not None
            # (or who the writer is, in small letters after the comma: "urbaniste et habitante du 7e arrondissement")
            or separators[-1].group(0).strip() == "," and job[:1].islower() and job.count(" ") < _WRITER_NOTE_WORDS):
        return  # (a job, "opinion contributor"; or where an academic works: "Jane Roe, Shannon Technological University")
    if all(is_bare_name(_without_particles(name.title() if name.isupper() else name)) for name in names_listed(names)):
        article.byline, article.credited = names, f"{names}, {job}"  # (the job after a comma: a contributor's role)
        if WRITING_FOR.fullmatch(job) is not None and "byline" in article.field_lines:
            article.fill("publisher", paper_written_for(job), *article.field_lines["byline"])  # ("especial para O Regional")


_WRITER_NOTE_WORDS = 10  # at most, in what a byline says of its writer after a comma, in small letters
# The little words inside a person's name, in small letters ("du Preez", "van der Berg", "de la Cruz", "dos Santos").
_NAME_PARTICLES = frozenset("du de del della der den van von da das dos do di la le bin ibn al ten ter zu".split())


def _without_particles(name: str) -> str:
    """``name`` without the little words between its first and last word ("Johan du Preez": "Johan Preez"), to tell
    a name from the words before a job (only there: "Heizjacken von Bosch" is no one)."""
    words = name.split()
    return " ".join(word for index, word in enumerate(words)
                    if not (0 < index < len(words) - 1 and word in _NAME_PARTICLES))


def _without_author_note(header: Sequence[Line], body: list[Line], article: ArticleDraft,
                         doc: DocumentDraft) -> list[Line]:
    """"L'autore", then "Luca Ferrandi, economista, insegna …": the note about the writer over a column, under its
    label at the header's end, is neither its standfirst nor its first paragraph. The body without it."""
    labels = [i for i, unit in enumerate(header) if about_the_author(unit.text)]
    if article.byline is None or not labels:
        return body
    after = labels[-1] + 1
    note = header[after] if after < len(header) else body[0] if body else None
    if note is None or not note.text.startswith(article.byline + ","):
        return body
    if note.text in article.summary:  # (a note of one sentence reads as the deck)
        article.summary.remove(note.text)
        article.field_lines["summary"].pop(note.number, None)
        if not article.field_lines["summary"]:
            del article.field_lines["summary"]
    doc.remove(note, "author-bio")
    return body[1:] if body and note is body[0] else body


_UNDER_TITLE_REACH = 2  # lines under the page's title, when it is the headline, where its logo may stand


def _take_masthead(header: Sequence[Line], units: Sequence[Line], article: ArticleDraft,
                   doc: DocumentDraft) -> Optional[Line]:
    """The site's name printed as a line above the headline is the capture's ``site`` (not its chrome); the line."""
    if doc.site is not None:
        return None
    # (above the headline's last copy: a page may print its title first, over the masthead and the menus; under the
    # first copy, not once the menu's link to the front page has begun its items: "Home", …, "Jewish Times")
    copies = article.field_lines.get("headline", ())
    name = find_masthead(header, units, doc, max(copies, default=None))
    if (name is not None and copies and name.number > min(copies)
            # (one word there, named nowhere else, may be a section's as well; not with a capital inside, "NileCurrent",
            # as a logo's is)
            and (" " not in name.text and (name.text.isupper() or not any(char.isupper() for char in name.text[1:]))
                 or any(is_home_link(unit.text) for unit in header if min(copies) < unit.number < name.number))):
        name = find_masthead(header, units, doc, min(copies))
    # (a bar of breaking news over it at most: "DIRECT | Incendie : suivez …")
    banners = {item["lines"][0] for item in doc.removed if item["reason"] == "banner"}
    at = next((index for index, unit in enumerate(header) if unit.number not in banners), None)
    if (name is None and copies and at is not None and header[at].number == min(copies) and len(header) > at + 1):
        # (the page's title first, the headline, printed again further down or not: the logo right under it, "Tegus
        # Hoy", then the section; read as the page's first line, as it would be without the title over it)
        untitled = [u for u in units if u is not header[at]]
        # (right under it, when the headline comes again: a word further down, past the skip link, may be a section's)
        reach = _UNDER_TITLE_REACH if min(copies) == max(copies) else 1
        name = find_masthead(header[at + 1:at + 1 + reach], untitled, doc, None)
    if (name is None and copies and at is not None and header[at].number < min(copies) and article.headline
            and (titled := _site_after_page_title(header[at], article.headline)) is not None):
        name = titled
        for item in doc.removed:
            if item["lines"] == [name.number, name.number] and item["text"] == header[at].text:
                item["text"] = article.headline  # (the page's title: the headline's copy stays set aside)
    if name is not None:
        set_aside = ([name.number, name.number], name.text)
        doc.removed[:] = [item for item in doc.removed if (item["lines"], item["text"]) != set_aside]
        if not any(unit.number == name.number and unit.text == name.text for unit in header):
            # the name, then the site's slogan on the same line: the slogan stays set aside, the name is the site
            for item in doc.removed:
                if item["lines"] == [name.number, name.number] and item["text"].startswith(name.text):
                    rest = item["text"][len(name.text):].lstrip(" -–—|")
                    item["text"], item["reason"] = rest, "page-chrome" if rest.lower() == "logo" else "site-slogan"
                elif (item["lines"] == [name.number, name.number] and item["text"].endswith(name.text)
                      and item["text"][:-len(name.text)].rstrip(" :").lower() == "logo"):
                    item["text"], item["reason"] = item["text"][:-len(name.text)].rstrip(" :"), "page-chrome"  # ("Logo …")
        below = next((unit for unit in header if unit.number > name.last), None)
        if (below is not None and below.number - name.last <= 2 and len(below.text) <= _LOGO_PLACE_CHARACTERS
                and _LOGO_PLACE.fullmatch(below.text) is not None and not is_paper_name(below.text)):
            # "El Pionero", then "de Villa Ñirehue": the logo's name printed on two lines, its place on the second
            doc.removed[:] = [item for item in doc.removed if item["lines"] != [below.number, below.last]]
            name = Line(name.number, name.raw, f"{name.text} {below.text}", below.last)
        doc.capture_field("site", name.text, name.number)
        if name.last != name.number:
            doc.capture_lines["site"].append(name.last)
    return name


def _logo_named_by_newsroom(header: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """The site's name that one of the page's first lines opens with, the menu glued after it ("TELECANALE SUDDiretta
    TVTG News…"), when the story's publisher or its newsroom's credit names it ("Redazione Telecanale Sud"): the name,
    as the logo prints it, is the ``site``."""
    names = [article.publisher] if article.publisher is not None else []
    if article.byline is not None and (newsroom := _NEWSROOM_AND_NAME.fullmatch(article.byline)) is not None:
        names.append(newsroom.group("name"))
    # (or the site's notice on its cookies names it first: "Liège Quartiers souhaite, avec ses partenaires, utiliser …")
    names += [found.group("name") for item in doc.removed if item["reason"] in _NOTICE_REASONS
              and (found := _SITE_NAMED_IN_NOTICE.match(item["text"])) is not None]
    headline = min(article.field_lines.get("headline", ()), default=None)
    for unit in header[:_LOGO_LINES]:
        if headline is not None and unit.number >= headline:
            return
        for name in names:
            printed, rest = unit.text[:len(name)], unit.text[len(name):]
            if (" " in name and printed.casefold() == name.casefold() and len(printed.casefold()) == len(name.casefold())
                    and (rest[:1].isupper() or not rest)):
                for item in doc.removed:
                    if item["lines"] == [unit.number, unit.number] and item["text"] == unit.text:
                        item["text"] = rest  # (the menu glued after it stays set aside)
                doc.removed[:] = [item for item in doc.removed if item["text"]]
                doc.capture_field("site", printed, unit.number)
                return


_LOGO_LINES = 4  # the page's first lines, where its logo stands
_NOTICE_REASONS = frozenset(("site-notice", "cookie-prompt"))
_SITE_NAMED_IN_NOTICE = lazy_compile(r"(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?: [A-ZÀ-Þ][\w'’.\-]*){1,3}),? (?:souhaite|utilise|uses|use"
                                     r"|verwendet|nutzt|utiliza|usa|utilizza|et ses|and its|und seine|y sus|e os seus|e i suoi)\b")
# "Redazione Telecanale Sud", "Redação TV Litoral": the newsroom's word, then the site's name.
_NEWSROOM_AND_NAME = lazy_compile(r"(?i:redazione|reda[cç]ç[aã]o|redacción|rédaction|redaktion|newsroom)\s+(?P<name>[A-ZÀ-Þ].+)")


def _site_after_page_title(first: Line, headline: str) -> Optional[Line]:
    """The site's name after the headline and a bar or a dash on the page's first line, its title as a browser shows
    it, when the page prints the headline again under it ("Bienenvölker gestohlen: … | Isar-Vils TV"); the name."""
    for separator in (" | ", *_TITLE_DASHES):
        if first.text.startswith(headline + separator):
            name = first.text[len(headline) + len(separator):]
            if (name[:1].isalnum() and name.count(" ") < _LABEL_WORDS and not name.endswith(_TERMINAL)
                    and name.lower() not in SECTIONS and not site_slogan(name)):  # (not "Nachrichten aus der Region")
                return Line(first.number, name, name, first.end)
    return None


# The place a logo's name ends with, on a line of its own: "de Villa Ñirehue", "am Lindsee", "of the Valley".
_LOGO_PLACE = lazy_compile(r"(?:de|del|de la|da|do|dos|das|di|della|du|des|am|an der|im|of|of the|on|on the|sur)"
                           r" [A-ZÀ-Þ][\w'’\-]*(?: (?:de |del |da |do |di |du )?[A-ZÀ-Þ][\w'’\-]*){0,3}")
_LOGO_PLACE_CHARACTERS = 40
_LOGO_PLACE_AFTER = lazy_compile(" " + _LOGO_PLACE.pattern + "$")


def _name_over_reading_time(header: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """A name alone right over how long the story takes to read ("Joseph Cox", "14 min read"): the writer's, as a
    blog's author bar prints it, over the headline too."""
    for unit, under in zip(header, header[1:]):
        if (under.number - unit.last <= 2 and _READING_TIME_ALONE.fullmatch(under.text) is not None
                and (_is_name_alone(unit.text) or unit.text.lower() in NEWSROOM_WORDS)):  # (or "Newsdesk")
            _take_from_removed(unit, "byline", unit.text, article, doc)
            return


_READING_TIME_ALONE = lazy_compile(READING_TIME + r"\.?", re.I)


def _wire_under_story(blocks: Sequence[dict]) -> Optional[tuple[str, int]]:
    """(wire, line) for the wire that signs the story on a line of its own under its last paragraph, read as a list's
    item or a heading ("- AAP", "Quelle: dpa")."""
    for block in blocks[:_SIGN_OFF_BLOCKS]:
        texts = block.get("items", []) if block["type"] == "list" else [block.get("text", "")]
        if block["type"] not in ("list", "heading") or len(texts) != 1 or len(texts[0]) > _WIRE_LINE:
            continue
        text = texts[0]
        sourced = _source_line(text)
        wire = wire_agency(sourced.group("agency") if sourced is not None else text.strip(" -–—"))
        if wire is not None:
            return wire, block["lines"][0]
    return None


_SIGN_OFF_BLOCKS = 2  # blocks under the story's last paragraph where its wire may sign it


def _wire_after_stamp(units: Sequence[Line], article: ArticleDraft) -> None:
    """The wire named after the story's stamp and a separator ("03/04/2025 · 14:26 · EFE"): it signs the story."""
    stamped = set(article.field_lines["published"])
    for unit in units:
        if unit.number in stamped and (parts := _STAMP_PARTS.split(unit.text))[-1:] and len(parts) > 1:
            wire = parts[-1].strip()
            if len(wire) <= _WIRE_LINE and wire_agency(wire) is not None and find_date(wire) is None:
                article.fill("byline", wire, unit.number)
                article.fill("publisher", wire_agency(wire), unit.number)
            return


_STAMP_PARTS = lazy_compile(r"\s[·•|–—-]\s")


def _strip_capture_prefix(units: list[Line], doc: DocumentDraft) -> tuple[list[Line], Optional[tuple[str, int]], Optional[Line]]:
    """Take off the `` date YYYY-MM-DD`` some capture tools put before the page text."""
    if not units:
        return units, None, None
    match = _CAPTURE_PREFIX.match(units[0].raw)
    if not match:
        return units, None, None
    first = units[0]
    doc.remove_span(first.number, first.number, match.group(0).strip(), "capture-prefix")
    rest = first.raw[match.end():]
    remainder = Line(first.number, rest, normalise(rest))
    kept = ([remainder] if remainder.text else []) + units[1:]
    # A date and time printed beside the prefix is the site's clock, not the article's date.
    clock = remainder if remainder.text and parse_date(remainder.text) else None
    day = match.group("date") if len(match.group("date")) == 10 else None
    return kept, ((day, first.number) if day else None), clock


def _without_caption_controls(units: list[Line], doc: DocumentDraft) -> list[Line]:
    """Cut a picture's link ("Purchase Licensing Rights") from the end of its caption, into ``removed``."""
    kept = []
    for unit in units:
        end = caption_control(unit.text)
        if end < len(unit.text):
            doc.remove_span(unit.number, unit.last, unit.text[end:].strip(), "page-control")
            unit = Line(unit.number, unit.raw, unit.text[:end], unit.end)
        kept.append(unit)
    return kept


_CAPTION_TOGGLES = frozenset({"toggle caption", "hide caption", "show caption", "expand caption", "show more show less"})
_LONGEST_TOGGLE = max(map(len, _CAPTION_TOGGLES))


def _without_caption_toggles(units: list[Line], doc: DocumentDraft) -> list[Line]:
    """The lines without the button that shows or hides a picture's caption, printed between the caption and its
    credit ("toggle caption"), into ``removed``; the line above it takes in its place, so that the credit stands
    right under the caption."""
    if not any(len(unit.text) <= _LONGEST_TOGGLE and unit.text.lower() in _CAPTION_TOGGLES for unit in units):
        return units  # (most captures: nothing to do)
    kept: list[Line] = []
    for index, unit in enumerate(units):
        # (a credit over the buttons and printed again under them: the buttons stay, to part the two)
        if (kept and unit.text.lower() in _CAPTION_TOGGLES and kept[-1].text.lower() not in _CAPTION_TOGGLES
                and kept[-1].text != next((u.text for u in units[index + 1:] if u.text.lower() not in _CAPTION_TOGGLES), None)):
            doc.remove(unit, "page-control")
            above = kept[-1]
            kept[-1] = Line(above.number, above.raw, above.text, unit.number)
        else:
            kept.append(unit)
    return kept


# "By [6]Jane Roe": the number a text browser prints before each link, glued to the link's text, and listed again with
# its address at the end of the page. Three lines holding one mark such a dump.
# (before a picture's mark too, "[2][IMG] Valley Gazette": a linked picture, the logo, its text after the mark)
_LINK_NUMBER = lazy_compile(r"(?:(?<=\s)|^)\[\d{1,4}\](?=[^\W\d_]|[\"“‘«]|\[IMG\])")
_LINK_NUMBERED_LINES = 3
# "[IMG] Valley Gazette": the mark a text browser prints where a picture stands, before the picture's text
_PICTURE_MARK = lazy_compile(r"\[(?:IMG|IMAGE)\] (?=\S)")


def _without_link_numbers(units: list[Line]) -> list[Line]:
    """The lines of a text browser's dump without the link numbers before the links' text, nor the picture's mark
    before its text (the raw lines keep them)."""
    if sum(1 for unit in units if "]" in unit.text and _LINK_NUMBER.search(unit.text)) < _LINK_NUMBERED_LINES:
        return units  # (a footnote's number follows its word: "… in 2020.[1]")
    return [Line(u.number, u.raw, _PICTURE_MARK.sub("", _LINK_NUMBER.sub("", u.text), count=1), u.end) if "]" in u.text else u
            for u in units]


# "Stéphanie Gagnon (Nouvelle fenêtre)", "Jane Roe (opens in a new window)", "…, opens new tab": what a link's
# hidden label says about where it opens, in the six languages.
_WINDOW_NOTE = lazy_compile(
    r"\s*\((?:nouvelle fenêtre|(?:s'ouvre|ouvre) dans (?:une )?nouvelle (?:fenêtre|page)|opens? in (?:a )?new (?:window|tab)"
    r"|new (?:window|tab)|öffnet (?:sich )?in (?:einem )?neue[mn] (?:fenster|tab)|neues fenster|abre en (?:una )?nueva (?:ventana|pestaña)"
    r"|nueva ventana|abre (?:numa|em uma|em nova) (?:nova )?(?:janela|aba)|nova janela|si apre in una nuova (?:finestra|scheda)"
    r"|nuova finestra)\)|,\s*opens? (?:in )?(?:a )?new (?:tab|window)$", re.I)


def _without_window_notes(units: list[Line]) -> list[Line]:
    """The lines without a link's note on where it opens (the raw lines keep it): the name in "Stéphanie Gagnon
    (Nouvelle fenêtre)" is the writer's."""
    return [Line(u.number, u.raw, text, u.end) if ("(" in u.text or "opens" in u.text)
            and (text := _WINDOW_NOTE.sub("", u.text).strip()) != u.text and text else u for u in units]


def unwrap(units: list[Line]) -> list[Line]:
    """Join hard-wrapped paragraphs (text copied from a terminal or an email) back into one unit each."""
    # The lines a paragraph was broken after: long ones with the next line right under them (a paragraph's last
    # line is as short as its words make it).
    pairs = [(u, following) for u, following in zip(units, units[1:])
             if len(u.text) >= 40 and following.number == u.number + 1]
    broken = [u for u, _ in pairs]
    if len(broken) < 3 or max(len(u.raw) for u in units) > 100:
        return units
    if sum(55 <= len(u.raw.rstrip()) <= 80 for u in broken) < 0.7 * len(broken):
        return units
    if sum(len(following.text) >= _WRAPPED_LINE for _, following in pairs) < len(pairs) / 3:
        return units  # (a wrapped paragraph goes on in long lines; a gallery's captions alternate with its counters)
    joined: list[Line] = []
    start = 0  # where the paragraph being gathered starts
    for index in range(1, len(units) + 1):
        if index == len(units) or not _continues(units[start], units[index - 1], units[index]):
            joined.append(_joined(units[start:index]))
            start = index
    return joined


_WRAPPED_LINE = 40  # characters, at least, in a line of a hard-wrapped paragraph but its last


def _continues(first: Line, previous: Line, unit: Line) -> bool:
    """Whether ``unit`` goes on the paragraph that ``first`` starts and ``previous`` ends so far: it is
    the next line, and the first line is as long as a wrapped one (the paragraph then only grows)."""
    return previous.number == unit.number - 1 and len(first.raw.rstrip()) >= 55 and not bullet_item(unit.text)


def _joined(run: list[Line]) -> Line:
    """One unit for a paragraph's lines, joined once (joining them one by one would copy it per line)."""
    if len(run) == 1:
        return run[0]
    return Line(run[0].number, "\n".join(u.raw for u in run), " ".join(u.text for u in run), run[-1].number)


_DROP_CAP_REACH = 2  # line numbers from a drop cap to the rest of its word (a blank line between)


def _with_drop_caps_joined(units: list[Line]) -> list[Line]:
    """"T" over "he council met on Thursday ...": a paragraph's first letter, set large on the page (a drop cap),
    printed on a line of its own; joined back to its paragraph as one unit of both lines."""
    if not any(len(unit.text) == 1 for unit in units):  # (most captures: nothing to do)
        return units
    joined: list[Line] = []
    skip = False
    for unit, following in zip(units, units[1:] + [None]):
        if skip:
            skip = False
            continue
        if (len(unit.text) == 1 and unit.text.isupper() and following is not None
                and following.number - unit.last <= _DROP_CAP_REACH and following.text[:1].islower()
                and len(following.text.split()) >= PROSE_WORDS):
            joined.append(Line(unit.number, f"{unit.raw}\n{following.raw}", unit.text + following.text, following.last))
            skip = True
        else:
            joined.append(unit)
    return joined


_RUNNING_WORDS = 22  # at least, in a line of prose however it ends
_SENTENCE_BREAK = lazy_compile(r"[a-z]\. [A-Z]")  # (a sentence's end after a word, not after a day's number: "3. bis")


def _is_prose(text: str) -> bool:
    words = len(text.split(None, _RUNNING_WORDS))  # (no need to split a long paragraph whole)
    return (words >= _RUNNING_WORDS or words >= PROSE_WORDS and (text.endswith(_TERMINAL) or glued_widget(text))
            and not _headline_with_abbreviation(text)
            # (nor two sentences in title case: "A Town Fought a Mine Over Its Water. A Judge Sided With the Town.")
            and not (". " in text and _SENTENCE_BREAK.search(text) is not None and title_cased(text)))


def _headline_with_abbreviation(text: str) -> bool:
    """"... the Old Mill in Riverton, N.J.": a title-case headline whose last word is an abbreviation, not a
    sentence's end."""
    return text.endswith(".") and _ABBREVIATION.fullmatch(text[text.rfind(" ") + 1:]) is not None and title_cased(text)


# "... in Riverton, N.J.", "... Sues Acme Inc.": a headline has no full stop, but may end with an abbreviation's.
_ABBREVIATION = lazy_compile(r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.")


_CUT_WORDS = 12


def _cut_prose(text: str) -> bool:
    """The capture's last line, cut in the middle of a sentence: prose when it is long enough and reads as a
    sentence's start (a capital, then mostly words in lower case)."""
    words = text.split()
    return (len(words) >= _CUT_WORDS and text[0].isupper() and not text.endswith(_TERMINAL)
            and sum(word[0].islower() for word in words) * 2 >= len(words))


_CUT_LEAD_WORDS = 4  # at least, of a story's first sentence cut off by the end of the capture


def _cut_lead(units: Sequence[Line], index: int) -> bool:
    """The capture's last line, right under the story's byline or date line, cut after its first few words: the
    start of the story (a capital, then mostly words in lower case, or a dateline)."""
    text = units[index].text
    words = text.split()
    if index == 0 or len(words) < _CUT_LEAD_WORDS or not text[0].isupper() or text.endswith(_TERMINAL):
        return False
    above = units[index - 1]
    return ((sum(word[0].islower() for word in words) * 2 >= len(words) or dateline(text) is not None)
            and (_dated(above) or _is_credit_line(above.text)))


def _body_start(units: Sequence[Line]) -> int:
    start = _first_prose(units, 0)
    if start is None:
        # No running prose at all: a short note or snippet, whose text after the first title is the body, or a
        # capture cut off above the story, whose text ends with the story's header.
        cut_off = _header_cut_off(units)
        if cut_off is not None:
            return cut_off
        title = next((i for i, u in enumerate(units) if _title_not_chrome(u.text) and not is_paper_name(u.text)), None)
        return title + 1 if title is not None else 0  # (not the masthead: "La Voce del Tirreno" over a gallery)
    if (under_deck := _story_under_long_title(units, start)) is not None:
        start = under_deck
    start = _dateline_below(units, start)
    for _ in range(_MAX_STANDFIRSTS):
        later = _first_prose(units, start + 1)
        if later is None:
            break
        if _deck_over_byline_block(units, start, later):
            start = later
            continue
        gap = later - start
        if gap > _STANDFIRST_REACH:
            # The lead picture's caption and credit, when the page prints them between, do not count.
            gap -= sum(1 + under[1] for i in range(start + 1, later) if (under := _credit_below(units, i)) is not None)
        if _STANDFIRST_REACH < gap <= 2 * _STANDFIRST_REACH and any(_dated(u) or _placed_and_dated(u.text)
                                                                   for u in units[start + 1:later]):
            # ... nor do the byline block's names and date and the page's widgets around them ("+ FOLLOW", "Learn
            # more"), when the byline block stands between
            gap -= sum(1 for u in units[start + 1:later] if _byline_block_or_widget(u))
        if gap > _STANDFIRST_REACH or not _is_standfirst(units, start, later):
            break
        start = later
    start = _dateline_below(units, _post_title(units, _short_lead(units, _story_under_byline(units, start))))
    texts = [u.text for u in units]
    while start > 0 and among_facts(texts, start - 1, bars=find_date(texts[start - 1]) is None):
        # (a match's line-ups and facts, a review's details, printed right above the story are the story's; a post's
        # line of facts with its date, "Freitag | 14. Juni 2019 | 15:49 VON …", is its header's)
        start -= 1
    if start > 0 and counter_alone(units[start - 1].text):
        start -= 1  # ("1 / 8" over the first line: a gallery's counter over its caption, read with it in the body)
    return start


_DECK_TO_STORY = 12  # lines, at most, between a deck and the story under its byline block
_SIGNED_DECK_WORDS = 45  # at most, in a deck with the writer's name and the stamp under it


def _name_comma_wire(text: str) -> bool:
    """"Tom Ellery, PA": a writer's name and the wire they write for, after a comma; the byline wherever the header
    prints it (a caption's credit is read with its caption before)."""
    name, comma, wire = text.partition(", ")
    return bool(comma) and " " in name and is_bare_name(name) and wire_agency(wire) is not None


def _logo_under_page_title(unit: Line, header: Sequence[Line], position: dict[int, int], headline: Optional[Line],
                           following: dict[int, Line], *, medium_word: bool = True) -> bool:
    """Whether ``unit``, the second line of a page that opens with its title (read as the headline), is the site's logo
    printed under it rather than who wrote the story: a paper's name (``Exe Valley Clarion``), a name with a media's
    word unless ``medium_word`` is false (``Tegus Hoy``; not over the story's date, where a writer stands with whom
    they write for, ``Kieran Holt for Valley News``), or any name over the site's menu (``L'Horizon Mauricien`` over
    ``Politique · Économie · …``)."""
    # (the page's first line, or the first under the link that skips to the story, "Skip to content")
    first = 1 if len(header) > 1 and is_skip_link(header[0].text) else 0
    if (position[unit.number] != first + 1 or headline is None or header[first] is not headline
            or name_then_wire(unit.text)):
        return False  # (not a writer and their wire: "JANE ROE Associated Press")
    return (medium_word and names_medium(unit.text) or is_paper_name(unit.text)
            or (below := following.get(unit.number)) is not None and chrome_reason(below.text, header=True) == "navigation")


def _deck_over_byline_block(units: Sequence[Line], start: int, later: int) -> bool:
    """Whether the prose at ``start`` is a deck because the byline block stands between it and the prose at
    ``later``: right under the title, shorter than what follows, then (among the pictures, boxes and widgets that only
    are between, the lines being no prose) the writer's name and the story's stamp, on one line or two ("Laurent
    Aebischer" over "Publié aujourd'hui à 06h45"; "Carina Rott, Jan Kessler12.03.2024 - 17:02 Uhr")."""
    if later - start > _DECK_TO_STORY or not _deck_under_title(units, start, later, most=_SIGNED_DECK_WORDS):
        return False
    for index in range(start + 1, later):
        name, stamped = name_before_time(units[index].text)
        if not _names_the_writer(name):
            continue
        if stamped is not None:
            return True
        return any(_stamp_line(unit) for unit in units[index + 1:min(later, index + 1 + _STAMP_UNDER_NAME)])
    return False


_STAMP_UNDER_NAME = 2  # lines under the writer's name where the story's stamp stands (a job's line between)


def _names_the_writer(text: str) -> bool:
    """A byline's line: "By Jane Roe", a name alone, or names listed ("Livia Meister, Reto Baumann")."""
    return (byline_parts(text) is not None or _is_name_alone(text) or names_newsroom(text)  # (or "Rédaction sport")
            or "," in text and all(is_bare_name(name) for name in names_listed(text)) or names_joined(text)
            or _parted(text) and _shouted_name_and_more(text) is not None)  # ("Carla Mendoza Vaca | Villa …")


def _note_over_the_writer(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` opens with the full name alone on the line under it and says more of them: a note on the
    writer over their byline and job ("Luciana Arraes escreve às terças-feiras" over "Luciana Arraes" over "Jornalista e
    colunista da Rádio Cidade Serrana"; not a headline over its subject's tag, "Ultium Cells")."""
    if index + 2 >= len(header):
        return False
    text, name, job = header[index].text, header[index + 1].text, header[index + 2].text
    return (text.startswith(name + " ") and " " in name and text.count(" ") - name.count(" ") >= _NOTE_AFTER_NAME_WORDS
            and is_bare_name(name) and (is_job(job) or describes_job(job)))


_NOTE_AFTER_NAME_WORDS = 2  # at least, in what the note says after the name


def _stamp_line(unit: Line) -> bool:
    """A line that dates the story, however it is told: a date, "Publié aujourd'hui à 06h45", "vor 2 Stunden"."""
    text = unit.text
    return _dated(unit) or _is_timestamp(text) or relative_age(text)


_LONG_TITLE_BLOCK = 4  # lines under a long headline's deck where its byline or date stands


def _story_under_long_title(units: Sequence[Line], start: int) -> Optional[int]:
    """Where the story starts when the prose at ``start`` is a headline long enough to read as prose (twenty-two
    words, as some sites write them, "Ola de calor: más de 90 mil usuarios siguen sin luz en …") but with no stop:
    a sentence of a deck right under it, then the byline or date within four lines, then the story; else None. So
    too for a headline that asks a question ("Explained: What is the new tenancy levy, and who will pay it?") when
    the writer's name stands in that block (a question opening the story may have a teaser's date under it)."""
    text = units[start].text
    asks = text.endswith("?")
    if (text.endswith(_TERMINAL) and not asks) or start + 2 >= len(units) or not _is_title(text):
        return None
    deck = units[start + 1].text
    if not (deck.endswith(_TERMINAL) and _is_prose(deck)):
        return None
    for index in range(start + 2, min(len(units), start + 2 + _LONG_TITLE_BLOCK)):
        if asks and (byline_parts(units[index].text) is not None or _is_name_alone(units[index].text)):
            asks = False  # (the writer's name: the question is the headline)
        if not asks and (_is_credit_line(units[index].text) or _dated(units[index])):
            later = _first_prose(units, index + 1, index + 1 + _PROSE_UNDER_BYLINE)
            return later if later is not None and _story_from(units, later) else None
    return None


_SITE_NAME_WORDS = 4  # at most, in the site's name printed at the top of the page
_SITE_NAME_REACH = 20  # lines at the top of the page where it stands


def _site_then_name(header: Sequence[Line], index: int) -> Optional[tuple[str, str]]:
    """The site's name and the writer's when ``header[index]``, right over the story's date, is the name of the site,
    as a line at the top of the page prints it, then a name ("Armor Matin Yannick Le Goff.", as some French regional
    papers sign)."""
    if index + 1 >= len(header) or not _dated(header[index + 1]):
        return None
    text = header[index].text.removesuffix(".")
    if PAPER_STAFF.fullmatch(text) is not None:
        return None  # ("KSEV 7 Digital Staff": the site's staff, the newsroom, no writer's name after the site's)
    for above in header[:min(index, _SITE_NAME_REACH)]:
        site = above.text
        if (text.startswith(site + " ") and len(site.split()) <= _SITE_NAME_WORDS and site[:1].isupper()
                and site.lower() not in SECTIONS and is_bare_name(name := text[len(site) + 1:])):
            return site, name
    return None


def _dateline_below(units: Sequence[Line], start: int) -> int:
    """A story's first paragraph opens with its dateline: prose at ``start`` above one is a standfirst or a summary."""
    if dateline(units[start].text) is not None:
        return start
    below = next((i for i in range(start + 1, min(start + _STANDFIRST_REACH, len(units)))
                  if _is_prose(units[i].text) and _wire_dateline(units[i].text)
                  and _first_prose(units, i, i + 1) == i), start)  # (no picture's caption: "FMW: Hier im Chart …")
    # (two paragraphs of prose above it, longer than a deck and its summary, are the story's: the dateline opens a
    # later paragraph, on what happened elsewhere)
    above = [u.text for u in units[start:below] if _is_prose(u.text)]
    return start if len(above) >= 2 and sum(len(text.split()) for text in above) > _STANDFIRST_WORDS else below


def _signed_place(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is where the story was written, between the writer's name and the date line."""
    return (0 < index < len(header) - 1 and is_bare_name(header[index - 1].text)
            and _place_over_date(header[index], header[index + 1]))


# What a name in a byline block did, on the line under it: "Texto", "Fotos", "Words", in the six languages.
_CREDIT_ROLES = frozenset("text texto texte testo textos words fotos foto photos photo bilder bild fotografia fotografía "
                          "vídeo video edição edición redacción redação redacção".split())


def _place_over_date(place: Line, date: Optional[Line]) -> bool:
    """Whether ``place`` names where the story was written alone, over its date line (a byline block's middle line)."""
    return date is not None and _dated(date) and _place_line(place)


def _place_line(place: Line) -> bool:
    """Whether ``place`` can name alone where the story was written (not a section, a job, a label or an organisation)."""
    return (is_place_alone(town_without_state(place.text)) and place.text.lower() not in SECTIONS
            and place.text.lower() not in _CREDIT_ROLES  # ("Agência Lusa", "Texto", the date: what the name wrote)
            # ("Jane Roe", "Staff Writer", the date: the writer's job; "Periodista de Judicial": a job and the desk)
            and not is_job(place.text) and not is_job(place.text.partition(" ")[0])
            and _TIMESTAMP.match(place.text) is None  # ("Jane Roe", "Published", the date: the date's label)
            and not (" " in place.text and is_organisation(place.text))  # ("Creators Syndicate": who distributes it)
            and chrome_reason(place.text, header=True) is None)


def _byline_block_or_widget(unit: Line) -> bool:
    text = unit.text
    return (len(text.split()) <= _WIDGET_WORDS or _dated(unit) or _placed_and_dated(text) or is_bare_name(text)
            or chrome_reason(text, header=True) is not None)


_WIDGET_WORDS = 2  # at most, in a line that is a button's or a link's label, or the "and" between two names


_DECK_LINES = 1  # non-chrome lines between a headline and its byline or date line, at most, in a cut-off header


def _header_cut_off(units: Sequence[Line]) -> Optional[int]:
    """The end of a story's header when the capture stops right after it: a title, a deck line at most, then the
    byline or date lines, and nothing after them but the page's widgets (None when the text is not so)."""
    signed = next((i for i, unit in enumerate(units) if _is_credit_line(unit.text) or _dated(unit)), None)
    if signed is None and units and date_without_year(units[-1].text):
        signed = len(units) - 1  # (the capture was cut inside the date line: "Friday 25 Dec")
    if signed is None:
        return None
    # (the author's name alone may stand over the date line)
    named = signed - 1 if signed > 0 and is_bare_name(units[signed - 1].text) else signed
    title = next((i for i in range(named - 1, -1, -1)
                  if _title_not_chrome(units[i].text)), None)
    if title is None or sum(chrome_reason(unit.text) is None for unit in units[title + 1:named]) > _DECK_LINES:
        return None
    end = signed
    while end < len(units) and (_is_credit_line(units[end].text) or _dated(units[end]) or end == len(units) - 1
                                and date_without_year(units[end].text)):
        end += 1
    return end if all(chrome_reason(unit.text) is not None for unit in units[end:]) else None


def _post_title(units: Sequence[Line], start: int) -> int:
    """A live blog's first post starts at its title, under the time it was posted ("10:05 a.m. ET"): the title is
    the post's heading, not the blog's deck."""
    if (start >= 2 and _title_not_chrome(units[start - 1].text)
            and chrome_reason(units[start - 2].text) == "live-blog-chrome"):
        return start - 1
    return start


_BLURBS = 8  # prose lines above a story's headline, at most, that are the page's own (an about line, a teaser)
_PROSE_UNDER_BYLINE = 12  # lines from the byline or date line down to the story's first paragraph (share buttons between)
_STORY_PARAGRAPHS = 3  # prose lines, at least, among the first lines of a story found under its byline
_STORY_REACH = 8


def _story_under_byline(units: Sequence[Line], start: int) -> int:
    """Where the story starts when the prose at ``start`` is one of the page's blurbs (a line about the site, a
    browser notice, a teaser) and the story stands further down: a headline, a byline or date line right under it
    (a name between them at most), then the story's paragraphs. A blurb stands alone among the page's links; a
    story's paragraphs come one after another (an advertisement's label between them does not part them), so two
    lines of prose in a row, or more than eight in all, keep ``start``."""
    prose, after_prose, links = 1, True, 0
    blurbs = _one_short_sentence(units[start].text)  # (so far, every prose line is a menu's blurb)
    for index in range(start + 1, len(units)):
        unit = units[index]
        if (_is_credit_line(unit.text) or _dated(unit)) and _headline_above(units, index, start):
            # (looked for within reach only: an archive's page may hold thousands of dated titles)
            later = _first_prose(units, index + 1, index + 1 + _PROSE_UNDER_BYLINE)
            if later is not None and _story_from(units, later):
                return later
            after_prose = False
        elif _is_prose(unit.text):
            if (links >= _MENU_LINES and not _under_title(units, start) and _titled(units, index)
                    and _story_from(units, index) and _first_prose(units, index, index + 1) == index):
                return index  # the blurbs above stand in the page's menus, far from the story and its headline
            prose += 1
            blurbs = blurbs and _one_short_sentence(unit.text)
            if prose > _BLURBS or after_prose and not blurbs:
                return start
            after_prose, links = True, 0
        elif (reason := chrome_reason(unit.text)) != "advertisement":
            after_prose = False
            links += reason is None
    return start


def _one_short_sentence(text: str) -> bool:
    return text.count(" ") < _BLURB_WORDS and SENTENCE_INSIDE.search(text) is None


_BLURB_WORDS = 20  # at most, in a menu's blurb
_MENU_LINES = 12  # the page's lines, at least, between a blurb and the story when its menus part them
_TITLE_REACH = 3  # lines above a story's first paragraph where its headline stands (the lead photo between)


def _titled(units: Sequence[Line], index: int) -> bool:
    """Whether a title stands within three lines above ``units[index]`` (a caption and credit between)."""
    return any(_title_not_chrome(unit.text) and not _is_credit_line(unit.text)
               for unit in units[max(0, index - _TITLE_REACH):index])


def _under_title(units: Sequence[Line], index: int) -> bool:
    """Whether the line above ``units[index]`` (the page's widgets aside) is a title: a story's first paragraph
    stands under its headline; a blurb, among links."""
    above = next((units[i].text for i in range(index - 1, -1, -1) if chrome_reason(units[i].text) is None), None)
    return above is not None and _is_title(above)


def _story_from(units: Sequence[Line], index: int) -> bool:
    """Whether the prose at ``index`` starts a story: more prose follows within a few lines, or the capture ends
    first (it was cut inside the story) and every line it still holds, the page's widgets aside, is prose."""
    window = units[index:index + _STORY_REACH]
    prose = sum(map(_is_prose, (u.text for u in window)))
    if prose >= _STORY_PARAGRAPHS:
        return True
    if index + _STORY_REACH < len(units) or not _cut_prose(units[-1].text):
        return False
    return all(_is_prose(u.text) or u is units[-1] or chrome_reason(u.text) is not None for u in window)


def _headline_above(units: Sequence[Line], index: int, start: int) -> bool:
    """Whether a headline stands right above the byline or date line at ``index`` (below ``start``), or above the
    name that stands there."""
    above = index - 1
    if above > start and (is_bare_name(units[above].text) or _is_credit_line(units[above].text)
                          or names_newsroom(units[above].text)):  # ("Rédaction sport": the newsroom's desk signs)
        above -= 1
    text = units[above].text
    if above == start:
        # (the prose found first is itself the headline, a long one without a stop, over its byline block: "Division 2
        # amateurs : le RC Dinantais arrache le nul à Ciney (2-2)", "Rédaction sport", the date)
        return (not text.endswith(_STOPS) and text.count(" ") < _HEADLINE_MAX_SPACES
                and _title_not_chrome(text) and not _is_credit_line(text) and standalone_credit(text) is None)
    return (above > start and _title_not_chrome(text) and not _is_credit_line(text)
            and standalone_credit(text) is None)


_HEADLINE_MAX_SPACES = 25  # a headline's words, at most, less one
_STOPS = (".", "!", "?", "…", ":")  # (a headline may close with a score in brackets or a quotation)


def _short_lead(units: Sequence[Line], start: int) -> int:
    """Where the story starts when its first paragraph is a short sentence (too short to count as prose) between
    the byline or date lines and the prose at ``start``: a standfirst stands above those lines, not below. (Prose
    that opens with a dateline is the story's first paragraph: a sentence above it is a teaser.)"""
    if _wire_dateline(units[start].text):
        return start
    first = start
    while (first > 0 and _is_lead_sentence(units, first - 1) and chrome_reason(units[first - 1].text) is None
           and caption_parts(units[first - 1].text) is None and not _is_credit_line(units[first - 1].text)
           and not describes_picture(units[first - 1].text) and not opening_notice(units[first - 1].text)
           and not _lead_caption(units, first - 1)  # ("Calles anegadas en el centro tras la tormenta.": a scene)
           and not _credit_above(units, first - 1)  # (the lead picture's caption under its credit)
           and not _fact_check_line(units[first - 1].text)):
        first -= 1
    if first == start:
        return start
    # Over it, the byline block's last line; the story's widgets and its lead picture may stand between.
    above = first - 1
    while above >= 0 and first - above <= _LEAD_REACH and (
            chrome_reason(units[above].text, header=True) is not None and standalone_credit(units[above].text) is None
            or _lead_picture(units, above)):
        above -= 1
    return first if above >= 0 and _ends_byline_block(units[above].text) else start


_LEAD_REACH = 4  # lines, at most, between the byline block and a short first paragraph


def _is_lead_sentence(units: Sequence[Line], index: int) -> bool:
    """A short sentence that may open a story, with a full stop, or with an exclamation mark when a headline stands
    further up ("Jane Roe is getting married!" under the byline; alone under a date, such a line is the title)."""
    text = units[index].text
    if _is_sentence(text, _LEAD_WORDS):
        return True
    if (placed := _PLACE_AND_LONG_DASH.match(text)) is not None:
        # "Wendelsheim – Was für ein Glück im Unglück!": a dateline opens it, so it is the story's, however it ends
        rest = text[placed.end() - 1:]
        return _is_sentence(rest[:-1] + "." if rest.endswith("!") else rest, _LEAD_WORDS)
    return (text.endswith("!") and _is_sentence(text[:-1] + ".", _LEAD_WORDS)
            and any(_is_title(u.text) and not u.text.endswith("!") and _words(u.text) >= _LONG_HEADLINE
                    for u in units[:index]))


def _lead_picture(units: Sequence[Line], index: int) -> bool:
    """Whether ``units[index]`` is a picture's caption (with its credit or not) or the credit under one. (A credit
    over the line under it makes that line the caption: some pages print the credit first.)"""
    text = units[index].text
    return (caption_parts(text) is not None or describes_picture(text)
            or not _is_title(text) and _credit_below(units, index) is not None  # (a title over a credit: the headline)
            or index > 0 and _credit_below(units, index - 1) is not None and not _is_title(units[index - 1].text))


def _ends_byline_block(text: str) -> bool:
    """A byline, a date or a dateline line, or a name and the date on one line ("Jane Roe | March 4, 2024")."""
    if _is_credit_line(text) or parse_date(text) or dateline_line(text) is not None:
        return True
    found = find_date(text)
    return found is not None and (date_then_name(text, found) is not None
                                  or is_bare_name(name_before_time(text)[0].strip(" |-–—,")))


def _first_prose(units: Sequence[Line], begin: int, end: Optional[int] = None) -> Optional[int]:
    texts: list[str] = []  # (the lines' texts, made once, when a line of facts is first asked about)
    for index in range(begin, len(units) if end is None else min(end, len(units))):
        text = units[index].text
        if ((_is_prose(text) or (index == len(units) - 1 and (_cut_prose(text) or _cut_lead(units, index))
                                 and not _is_credit_line(text)))
                and chrome_reason(text) is None and not link_label(text)  # ("WATCH: …": a video's teaser)
                and not opening_notice(text) and caption_parts(text) is None
                and labelled_caption(text) is None  # ("Image caption, …", "Pie de foto, …")
                and bullet_item(text) is None and byline_parts(text) is None and not _signed_under(units, index)
                # (a headline asked as a question right over the story's date: "… why are we still digging them up?")
                and not (text.endswith("?") and index + 1 < len(units) and _dated(units[index + 1]))
                and not (text.endswith(CLOSING_QUOTES) and _quote_closes_title(text))
                and not (("·" in text or "|" in text) and signed_stamp(text) is not None)  # (a byline block's line)
                and not _credit_below(units, index) and not _credit_above(units, index)
                and not _describes_media(units, index) and not _newsletter_pitch(units, index)
                and not _offer_box_item(units, index)
                and not _lead_caption(units, index) and not _bio_of_author_above(units, index)
                and not (text.endswith(")") and _lead_tagged_caption(units, index) is not None)
                and (index > _PAGE_TITLE_LINE or _page_title(units, index) is None)
                and not (index > 0 and _under_summary_label(units, index))  # (a summary box's text)
                and not _fact_check_line(text)  # ("Claim: …", "Verdict: …")
                and not ((":" in text or " | " in text) and among_facts(texts or _texts_of(units, texts), index))
                and not (text.count(" | ") >= _BAR_ROW_BARS and _bar_row(text))
                # ("Publicado el lunes 10 de junio de 2024 a las 19:40 hrs.": the story's stamp, however it ends)
                and not (len(text.split()) <= _LABELLED_STAMP_WORDS and _is_credit_line(text))):
            return index
    return None


_LABELLED_STAMP_WORDS = 15  # at most, in a labelled stamp line with its date


def _newsletter_pitch(units: Sequence[Line], index: int) -> bool:
    """Whether ``units[index]`` is what a newsletter's box promises, between its title and its button ("Sign up for
    the Morning Five newsletter", "Get the day's top stories before you leave the house.", "Sign Up")."""
    return (0 < index < len(units) - 1 and _is_prose(units[index].text)
            and chrome_reason(units[index - 1].text) == "newsletter-prompt"
            and units[index + 1].text.count(" ") < _BUTTON_WORDS and chrome_reason(units[index + 1].text) is not None)


_BUTTON_WORDS = 4  # at most, in a box's button


def _offer_box_item(units: Sequence[Line], index: int) -> bool:
    """Whether ``units[index]`` is one of what a subscription box promises, between its prompt and its button
    ("Subscribe now to read …", "Unlimited online access to every story …", "Enjoy puzzles, crosswords and games.",
    "SUBSCRIBE TO UNLOCK MORE ARTICLES"): short lines only, the box's own lines a few above and below."""
    def edge(step: int) -> bool:
        at = index + step
        for _ in range(_OFFER_BOX_ITEMS):
            if not 0 <= at < len(units):
                return False
            if chrome_reason(units[at].text) in _OFFER_REASONS:
                return True
            if units[at].text.count(" ") >= _OFFER_ITEM_WORDS:
                return False
            at += step
        return False
    return units[index].text.count(" ") < _OFFER_ITEM_WORDS and edge(-1) and edge(1)


_OFFER_BOX_ITEMS = 4  # lines, at most, from an item to the box's prompt or button
_OFFER_ITEM_WORDS = 16  # at most, in each of the box's lines
_OFFER_REASONS = frozenset(("paywall", "promo"))


# A picture's label opening its caption: "File:", "FILE -", "Pictured:", "Photo:", "Foto:", "Bild:".
_PICTURE_LABEL = lazy_compile(r"(?:file(?: photo)?|pictured|photo|image|foto|bild)\s*(?::|\s[-–—])\s+\S", re.I)
_PICTURE_LABEL_OPENINGS = frozenset(opening for word in ("File:", "File ", "Pictu", "Photo", "Image", "Foto:", "Foto ",
                                                         "Bild:", "Bild ") for opening in (word, word.upper()))
# The sections for police, courts and the region a local page files a story under, in the six languages: no place.
_DESK_SECTIONS = frozenset("policiaca policiacas policial policiales policía polícia sucesos seguridad judicial judiciales "
                           "justicia tribunales nacional nacionales local locales regional regionales cidades cotidiano "
                           "segurança polizia giudiziaria blaulicht polizei justiz gericht region lokal faits-divers justice "
                           "crime courts".split())
_BAR_ROW_BARS = 2  # at least, between the short parts of a bar of facts
_BAR_PART_WORDS = 8  # at most, in each part
_CLOCK = lazy_compile(r"\b\d{1,2}(?:[:.h]\d{2}\b| ?[ap]\.?m\b)", re.I)


def _bar_row(text: str) -> bool:
    """Whether ``text`` is a row of short facts between bars, no prose ("PROSSIMA GARA: US Valdolmo - Castelmonte | Dom
    10/03 ore 15:00 | Stadio Comunale \"Aldo Benassi\"": the next match's bar)."""
    return all(part.count(" ") < _BAR_PART_WORDS for part in text.split(" | "))


def _quote_closes_title(text: str) -> bool:
    """Whether ``text`` is a title that ends by quoting someone after a colon or a dash, no stop inside the quote
    ("Palio dei Carri, parla il presidente: «Torniamo in piazza Grande»", "Bürgermeister: „Wir bauen das Bad“"); a
    sentence that ends with a quotation closes it with its stop ("… ha detto: «Torniamo in piazza.»")."""
    quoted = _QUOTE_AFTER_COLON.search(text)
    return (quoted is not None and text[:quoted.start()].count(". ") == 0
            and not text[:-1].rstrip().endswith((".", "!", "?", "…")))


# ... the quote after a colon or a spaced dash, to the line's end
_QUOTE_AFTER_COLON = lazy_compile(r"(?::|\s[–—-])\s*[«“„\"‘]\s?[^«»“”„\"]{3,200}[»”“\"’]$")


_PAGE_TITLE_REACH = 15  # lines under a page's title where its headline is printed again
_SITE_BEFORE_TITLE = (":", "-", "–", "—", "|", "·", "»")
_TITLE_TAIL_WORDS = 4  # at least, in the headline a page's title ends with
_PAGE_TITLE_CHARACTERS = 30  # more than this, in a page's title (a site's name and a headline of four words)
_PAGE_TITLE_LINE = 2  # index, at most, of the page's title among the capture's lines: the first the text holds


def _page_title(units: Sequence[Line], index: int) -> Optional[Line]:
    """The line below that ``units[index]`` ends with when it is the page's title as a browser shows it, the site's
    name (and the section's) before the headline the page prints again ("Le Courrier Rhodanien - Culture : « … » :
    rencontre avec …"): no prose, however long; the headline."""
    text = units[index].text
    below = units[index + 1:index + 1 + _PAGE_TITLE_REACH]
    for unit in below:
        tail = unit.text
        if (len(tail) < len(text) and text.endswith(tail) and tail.count(" ") >= _TITLE_TAIL_WORDS - 1
                and (head := text[:len(text) - len(tail)].rstrip()).endswith(_SITE_BEFORE_TITLE)
                # (not the site's name after the headline, "Le budget voté dans la douleur - La Gazette des Boucles",
                # the headline printed below too)
                and head.rstrip(" " + "".join(_SITE_BEFORE_TITLE)) not in {line.text for line in below}):
            return unit
    return None


def _texts_of(units: Sequence[Line], texts: list[str]) -> list[str]:
    texts.extend(unit.text for unit in units)
    return texts


# A fact check's box: the claim it checks and its verdict, each after its label, in the six languages.
# (also under "our" or "notre", "nuestra", "unser", "nossa", "il nostro": "OUR RATING: False.", "Notre verdict : faux")
_FACT_CHECK_LINE = lazy_compile(r"(?:(?:the |our |notre |nuestr[oa] |unser(?:e)? |noss[oa] |il nostro |la nostra )?"
                                r"(?:claim|verdict|rating|ruling|conclusion|affirmation|behauptung|bewertung|urteil|fazit"
                                r"|afirmación|veredicto|calificación|alegação|veredito|affermazione|verdetto|verdict|note"
                                r"|valoración|avaliação|valutazione))\s*:\s+\S", re.I)
_FACT_LABEL_REACH = 20  # characters, at most, before a fact check's label's colon


def _fact_check_line(text: str) -> bool:
    """Whether ``text`` is a line of a fact check's box: its label, a colon, then the claim or the verdict."""
    return (":" in text[:_FACT_LABEL_REACH] and _FACT_CHECK_LINE.match(text) is not None
            and "★" not in text and "☆" not in text)  # (a review's stars: "Our rating: ★★★½", the page's own widget)


def _under_summary_label(units: Sequence[Line], index: int) -> bool:
    """Whether ``units[index]`` is a summary box's text: right under its label, or between its first label and its
    second ("In short:", two lines, "What's next?")."""
    texts = [u.text for u in units[max(0, index - _BOX_REACH):index + _BOX_REACH]]
    at = index - max(0, index - _BOX_REACH)
    return (is_summary_label(texts[at - 1], texts[max(0, at - 5):at - 1], opening=True)
            or any(is_summary_label(texts[label], opening=True) and at - label <= unbulleted_items(texts, label + 1)
                   for label in range(max(0, at - _BOX_REACH), at - 1))
            or any(is_summary_label(text) for text in texts[:at]) and any(
                not is_summary_label(texts[below]) and is_summary_label(texts[below], texts[:below])
                for below in range(at + 1, min(at + 3, len(texts)))))


_BOX_REACH = 5  # lines above and under a summary box's text where its labels stand


def _name_and_job(text: str) -> bool:
    """"Jane Roe, Staff Writer", "Jane Roe | Staff Writer": a writer's name and job after a comma or a bar, as a
    byline block prints them."""
    name, comma, job = text.partition(", ") if ", " in text else text.partition(" | ")
    return bool(comma) and (is_job(job) or is_job_and_desk(job)) and is_bare_name(name)


def _signed_under(units: Sequence[Line], index: int) -> bool:
    """Whether a byline or a dated line stands within two lines under ``units[index]`` with more prose after it:
    the prose is a standfirst above the story's byline block. (A story may end with its dated line.)"""
    for below in range(index + 1, min(index + 3, len(units))):
        text = units[below].text
        # (a byline block on one line counts too: "India News | Press Trust of India | Updated: November 13, 2024")
        if (_is_credit_line(text) or _name_and_job(text)
                or ("|" in text or "·" in text) and signed_stamp(text) is not None):
            # (the story's widgets and its video player between do not count: "Bookmark", "Video Loading", ...)
            judged = (u.text for u in units[below + 1:below + 1 + 3 * _STANDFIRST_REACH] if chrome_reason(u.text) is None)
            return any(_is_prose(text) for _, text in zip(range(_STANDFIRST_REACH), judged))
    return False


_BIO_REACH = 6  # lines above a note about the author where its byline stands


def _bio_of_author_above(units: Sequence[Line], index: int) -> bool:
    """A note about the author ("Jane Roe is a reporter who ...") printed under their byline, before the story."""
    name = author_bio(units[index].text)
    return name is not None and any(name in unit.text for unit in units[max(0, index - _BIO_REACH):index])


_WIDGETS_UNDER_CAPTION = 2  # lines of the page's widgets, at most, between the lead picture's caption and the story
_LEAD_OVER_SCENE = 2  # times, at least, the words of a picture's scene in the lead under it
_LEAD_UNDER_SCENE_WORDS = 25


def _lead_caption(units: Sequence[Line], index: int) -> bool:
    """Whether the prose at ``units[index]`` is the lead photo's caption printed without a credit: it reads as
    one (see :func:`describes_picture`) and the story's prose follows right under it (its first paragraph may be a
    short sentence over more prose; the page's widgets between do not count: "0", "Comentarios")."""
    following = [u.text for u in units[index + 1:index + 1 + _WIDGETS_UNDER_CAPTION + 2]
                 if chrome_reason(u.text, header=True) is None][:2]
    after, further = (following + ["", ""])[:2]
    text = units[index].text
    return ((_is_prose(after) or after and _is_sentence(after, _LEAD_WORDS) and _is_prose(further))
            and describes_picture(text)
            # (a short scene over a story's lead much longer than it: "Calles anegadas en el centro tras la tormenta.")
            or _is_prose(after) and len(after.split()) >= max(_LEAD_OVER_SCENE * len(text.split()), _LEAD_UNDER_SCENE_WORDS)
            and not _is_title(after) and scene_sentence(text))


# A label over a video or audio player: the player's title and its description follow it.
_CLIP_LENGTH = lazy_compile(r"\(?\d{1,2}:\d{2}\)?")  # a video's or an audio clip's length, printed by its player
_CLIP_LENGTH_AFTER = lazy_compile(r"\s*\(\d{1,2}:\d{2}\)$")
_MEDIA_LABELS = {"video", "watch", "audio", "listen", "podcast", "play video", "watch video", "vidéo", "vídeo",
                 "video abspielen", "assista", "ver vídeo", "guarda il video"}


def _describes_media(units: Sequence[Line], index: int) -> bool:
    """Whether ``units[index]`` is a player's description: under its title, under the "Video" label. (A line that
    opens with a dateline starts the story.)"""
    if index < 2:
        return False
    label = units[index - 2].text
    described = units[index].text
    if label[:1].isdigit():
        # "0:58" over the clip's title, its description ending with the length again ("… at Ashford. (0:58)"); a
        # time alone is a live blog's post's (its title and text under it)
        timed = _CLIP_LENGTH_AFTER.search(described) if described.endswith(")") else None
        if timed is None or _CLIP_LENGTH.fullmatch(label) is None:
            return False
        described = described[:timed.start()]
    elif label.lower().rstrip(" :") not in _MEDIA_LABELS:
        return False
    return (described.endswith(_TERMINAL) and not _is_title(described)
            and dateline(described) is None
            and _is_title(units[index - 1].text) and not _is_credit_line(units[index - 1].text)
            and not _dated(units[index - 1])
            # (a title and its deck over a byline are the story's, under a section named "Audio" or "Video")
            and not (index + 1 < len(units) and _is_credit_line(units[index + 1].text)))


def _credit_above(units: Sequence[Line], index: int) -> bool:
    """Whether ``units[index]`` is a caption printed under its picture's credit ("© Jane Roe/Agência Nacional", then
    "Rio de Janeiro (RJ), 13/03/2024 - Consumidores …"), the credit under the byline or date line: a sentence that
    dates or describes its picture, shorter than the prose right under it. (A credit under a caption is that
    caption's: the story follows it.)"""
    if index < 2 or index + 1 >= len(units):
        return False
    signed = index - 2
    while (not (_is_credit_line(units[signed].text) or _dated(units[signed])) and signed > 0
           and index - signed < _CREDIT_ABOVE_REACH
           and (chrome_reason(units[signed].text) is not None or _PICTURE_COUNTER.fullmatch(units[signed].text) is not None)):
        signed -= 1  # (the gallery's link and counter may stand between: "Voir la galerie (6 photos)", "1/6")
    if not (_is_credit_line(units[signed].text) or _dated(units[signed])):
        return False
    above, text, below = units[index - 1].text, units[index].text, units[index + 1].text
    return (len(above) <= _CREDIT_LINE and _picture_credit_line(above) and len(text) < len(below) and _is_prose(below)
            and standalone_credit(above, under_caption=True) is not None and can_be_caption(text)
            # (a caption dates or describes its picture, or its credit's label says it is one: "Photo Bernard Sérès"; or
            # it is one short sentence, the story's longer prose under it)
            and (find_date(text) is not None or describes_picture(text) or without_label(above) != above
                 or len(text.split()) <= _SHORT_CAPTION_WORDS and SENTENCE_INSIDE.search(text) is None)
            and not _wire_dateline(text))  # ("CALDEN. In Sorge …": the story, under a picture printed without caption)


_SHORT_CAPTION_WORDS = 20
_CREDIT_ABOVE_REACH = 8  # lines, at most, from the byline block's last line down to a caption under its credit (a row
# of share buttons between)
# "1/6", "3 / 12", "Bild 1 von 8", "Photo 2 of 5": a gallery's counter on its own line
_PICTURE_COUNTER = lazy_compile(r"(?:(?:bild|foto|photo|image|imagen|immagine)\s+)?\d{1,3}\s*(?:/|von|of|de|di|sur|su)\s*\d{1,3}",
                                re.I)


def _picture_credit_line(text: str) -> bool:
    """A line that can only credit a picture: after "©" or a label ("Photo:", "Credit:"), or a name and a wire after a
    slash ("Corinne Abadie/AP"; a byline does not print its wire so)."""
    if text[:1] == "©" or without_label(text) != text or initials_then_name(text):
        return True  # ("NBS/Tom Ellery": a broadcaster's initials, then the photographer)
    name, slash, owner = text.rpartition("/")
    name = name.strip().title() if name.isupper() else name.strip()
    owner = owner.strip()
    # ("KAYLA BRENNER / STAFF PHOTOGRAPHER": the photographer and their job; "MERE HOLLOWAY/KAURI POST", in capitals
    # as pictures are credited: the paper's photographer, where a byline reads "Jane Roe/The Valley Courier")
    return bool(slash) and is_bare_name(name) and (wire_agency(owner) is not None or _PHOTOGRAPHER.fullmatch(owner) is not None
                                                   or text.isupper() and is_paper_name(owner.title()))


_PHOTOGRAPHER = lazy_compile(r"(?:staff |contributing |freelance |chief )?(?:photographer|photojournalist|photo)", re.I)


def _credit_below(units: Sequence[Line], index: int) -> Optional[tuple[str, int]]:
    """The photo credit on the line just under ``units[index]``, making that a caption, and how many lines it
    takes (a bar alone may part it from the caption: ``|``, then ``Imago/Shotshop``); None when there is none."""
    button = 0
    if (index + 2 < len(units)
            and (units[index + 2].text[:1] == "©" or ":" in units[index + 2].text or "/" in units[index + 2].text)
            and _picture_credit_line(units[index + 2].text) and picture_button(units[index + 1].text)
            and not _signature(units[index].text)):
        # ("Bild vergrößern", "Enlarge" between the caption and "Foto: Jane Roe": the picture's button, read past)
        units = [*units[:index + 1], *units[index + 2:]]
        button = 1
    follower = units[index + 1] if index + 1 < len(units) else None
    if follower is None or follower.number - units[index].last > 2 + 2 * button or len(follower.text) > _CREDIT_LINE:
        return None
    under = credit_under(units, index + 1)
    if (under is None or byline_parts(units[index + under[1]].text) is not None
            # ("Dev Chahal says the orders have cost him dearly" over "Credit: Tees News Agency": what the picture's
            # caption says someone said, the credit's label saying it is a picture's)
            or not can_be_caption(units[index].text, labelled=_picture_credit_line(units[index + under[1]].text))
            or _portrait_over_name(units, index + 1)  # ("Photo de Marie-Ève Tremblay", then the name: her portrait)
            or is_job(units[index].text.partition(",")[0])  # ("Science correspondent" over the lead picture's credit: the
            # writer's, also with the newsroom after a comma: "Weather reporter, Channel West News"; or the newsroom
            # and its region under the writer's name: "NBS News, Yorkshire")
            or "," in units[index].text and is_organisation(units[index].text.partition(",")[0])
            and index > 0 and is_bare_name(units[index - 1].text)
            or under[1] == 1 and (caption_under_credit(units, index)  # (prose over a credit above its own caption)
                                  or _title_over_credited_caption(units, index) or _caption_over_byline(units, index)
                                  or _writer_and_wire_over_stamp(units, index))):
        return None
    return under[0], under[1] + button


def _writer_and_wire_over_stamp(units: Sequence[Line], index: int) -> bool:
    """Whether the line under ``units[index]``, a title, is a writer's name and a wire's over the story's date ("Braquage
    d'une bijouterie …", "Jérôme Vuagnat / ATS", "Publié: 27.02.2025, 07:58"): the headline and its byline, no
    caption and its credit."""
    if index + 2 >= len(units) or units[index].text.endswith(_TERMINAL) or not _dated(units[index + 2]):
        return False
    name, slash, wire = units[index + 1].text.rpartition(" / ")
    return bool(slash) and is_bare_name(name) and wire_agency(wire) is not None




def _signature(text: str) -> bool:
    """A byline or a date line ("Jane Roe, 02.01.2023, 11:08 Uhr"), which no caption is."""
    return find_date(text) is not None or byline_parts(text) is not None or _name_and_time(text)




def _caption_over_byline(units: Sequence[Line], index: int) -> bool:
    """Whether the credit under ``units[index]`` stands over its own caption, a shorter line right over the byline
    (a "By" line, a name alone): the deck, "Fotografia: Jane Roe", then "Tourists in the old town"."""
    if index + 3 >= len(units) or not _picture_credit_line(units[index + 1].text):
        return False
    below, after = units[index + 2], units[index + 3]
    return (len(below.text) < len(units[index].text) and can_be_caption(below.text) and not _is_credit_line(below.text)
            and not _is_name_alone(below.text) and byline_parts(below.text) is None and not _dated(below)
            and (byline_parts(after.text) is not None or _is_name_alone(after.text)))  # (a title over a date is the headline)


def _portrait_over_name(units: Sequence[Line], index: int) -> bool:
    """Whether ``units[index]`` is the writer's portrait's text over the writer's name ("Photo de Marie-Ève Tremblay",
    "Marie-Ève Tremblay"), not a picture's credit."""
    portrait = _PORTRAIT.fullmatch(units[index].text) if index + 1 < len(units) else None
    return portrait is not None and units[index + 1].text.startswith(portrait.group("name"))


_TAG_AFTER = lazy_compile(r"\s*\((?P<tag>[^()]{2,60})\)$")
_TAGGED_CAPTION_WORDS = 3  # at least, in a caption with its credit in brackets over the story


def _caption_then_wire(text: str, story: str) -> Optional[tuple[str, str]]:
    """(caption, credit) when ``text`` ends with the name of the wire whose dateline opens ``story``, glued on without
    a mark ("Lo spazzaneve al lavoro sulla statale 21 in alta valle Stura Ansa" over "(ANSA) - CUNEO, …")."""
    found = dateline(story)
    if found is None or found.agency is None or text.endswith(_TERMINAL) or caption_parts(text) is not None:
        return None  # (a caption's own shapes read it better: "… Photo : Jane Roe / AFP")
    words = text.split()
    for size in (1, 2):
        credit = " ".join(words[-size:])
        wire = wire_agency(credit)  # (as the page writes it: "Ansa" under a dateline's "(ANSA)")
        if len(words) - size >= _TAGGED_CAPTION_WORDS and wire is not None and wire.casefold() == found.agency.casefold():
            return " ".join(words[:-size]), credit
    return None


def _lead_tagged_caption(header: Sequence[Line], index: int) -> Optional[tuple[str, str]]:
    """The caption and credit of ``header[index]`` when it is the lead picture's caption with its credit in brackets
    ("… davanti al municipio. (Ansa)", "Una sede dell'Inps (ANSA)", "… on Tuesday afternoon. (WKTR)", "Vigili del fuoco
    a Montesilvano (Foto Facebook/Vigili del fuoco Pescara)"): right over the story (its buttons aside: the header's
    end, the story's prose or its dateline next), under the byline block; the credit a wire's, a station's call
    letters, or labelled as a picture's."""
    tagged = _TAG_AFTER.search(header[index].text)
    if tagged is None or caption_parts(header[index].text) is not None or reported_then_wire(header[index].text):
        return None  # (what the caption's own shapes read, they read better: "… John Doe (EFE)", the photographer too)
    below = next((i for i in range(index + 1, len(header)) if chrome_reason(header[i].text, header=True) is None), None)
    if below is not None and not (_is_prose(header[below].text) or _dateline_line(header, below) is not None):
        return None
    caption, credit = header[index].text[:tagged.start()].rstrip(), tagged.group("tag").strip()
    unlabelled = without_label(credit)
    if not (wire_agency(credit) is not None or call_letters(credit) or _picture_credit_line(credit)):
        return None
    if not _TAGGED_CAPTION_WORDS <= len(caption.split()) <= CAPTION_WORDS:
        return None  # (longer, the story's first paragraph with the wire's tag that signs it: "… aux heures de pointe. (Belga)")
    return (caption, unlabelled) if _signed_above(header, index) else None


def _signed_above(header: Sequence[Line], index: int) -> bool:
    """Whether a byline, a name alone or a date line stands above ``header[index]`` (the byline block is read)."""
    return any(byline_parts(unit.text) is not None or _is_name_alone(unit.text) or _dated(unit)
               for unit in header[:index])


def _caption_over_headline(units: Sequence[Line], index: int, used: int) -> bool:
    """Whether the sentence at ``index``, with its credit on the ``used`` lines under it, stands right over the
    headline (a title as long as one, undated, no caption itself): the lead picture's caption, printed first."""
    if not units[index].text.endswith(".") or index + used + 1 >= len(units):
        return False
    under = units[index + used + 1]
    return (len(under.text.split()) >= _HEADLINE_WORDS and _title_not_chrome(under.text) and not _dated(under)
            and caption_parts(under.text) is None)


def _only_chrome_between(header: Sequence[Line], figure: dict, unit: Line) -> bool:
    """Whether only the page's chrome ("hide caption", "toggle caption") stands between ``figure`` and ``unit``
    (a byline further down may name the photographer, who wrote the story too, and a wire alone sign it; right under
    the figure, a photographer and whom for, "Jane Roe/Reuters", is its credit again)."""
    between = [u for u in header if figure["lines"][1] < u.number < unit.number]
    return (bool(between) or "/" in unit.text) and all(chrome_reason(u.text, header=True) is not None for u in between)


def _byline_under(units: Sequence[Line], index: int) -> bool:
    """Whether a "By …" line stands right under ``units[index]`` (a credit over it is a picture's, not the story's)."""
    return (index + 1 < len(units) and units[index + 1].number - units[index].last <= 2
            and byline_parts(units[index + 1].text) is not None)


def _title_over_credited_caption(units: Sequence[Line], index: int) -> bool:
    """A title (the site's name, a headline) over a credit over a caption's sentence: the credit is the caption's."""
    text = units[index].text
    if index + 2 >= len(units) or not _is_title(text) or text.endswith(_TERMINAL):
        return False
    caption = units[index + 2].text
    return _is_sentence(caption) and not _is_title(caption) and can_be_caption(caption)


# "Edited by Jane Roe", "Photos by John Doe and Ada Lund": who worked on the story besides its writer.
_OTHER_WORK = lazy_compile(r"(?i:edited|produced|photos?|photography|video|graphics|illustrations?|fact-checked|translated)"
                           r" (?i:by):? [A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){0,3}(?:(?:,| and| &) [A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){0,3})*")
_OTHER_WORK_FIRST = "EePpVvGgIiFfTt"
# A live page's label over its credits: the editor it names under it is the byline (no other writer is named).
_LIVE_CREDITS = "Live Reporting"
# "Reporting by Jane Roe", "Reported by Jane Roe and John Doe; Editing by Ada Lund": who reported the story, as a
# wire prints it; above the story, with no other byline, the byline. (Under the story it stays, with the editors.)
_REPORTED_BY = lazy_compile(r"(?i:reporting|reported|words|story) by (?P<names>[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){0,3}"
                            r"(?:(?:,| and| &) [A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){0,3})*)(?:\s*[;|]\s*(?i:editing|edited) by .{1,80})?")


_CAPTION_LOWER_SHARE = 3  # a caption under its credit: a third of its words in lower case will do


def _name_and_address(text: str) -> bool:
    """Whether ``text`` is a name and an email address after it ("Jane Roe jroe@valleycourier.com", a bar or a dot
    between too: "Kevin Szymanski | kszymanski@…")."""
    name, _, address = text.rpartition(" ")
    return _ADDRESS.fullmatch(address) is not None and is_bare_name(name.rstrip(" |·•-–—/"))


_ADDRESS = lazy_compile(EMAIL_ADDRESS)


def _gallery_count_above(header: Sequence[Line], index: int) -> bool:
    """Whether the line over ``header[index]`` is which picture of a gallery is shown ("1/12", "3 of 8")."""
    return index > 0 and header[index - 1].text[:1].isdigit() and _GALLERY_COUNT.fullmatch(header[index - 1].text) is not None


_GALLERY_COUNT = lazy_compile(r"\d{1,3} ?(?:/|of|de|von|sur|di) ?\d{1,3}")


def _credit_over_lead_caption(header: Sequence[Line], index: int, above_story: bool) -> Optional[str]:
    """The credit ``header[index]`` holds when the lead photo's caption stands under it, right above the story
    (some pages print the credit over the picture, before its caption): a sentence that can be a caption (right
    above the story, ``above_story``, also one without its full stop, as many pages print captions)."""
    unit, under = header[index], header[index + 1]
    if len(unit.text) > _CREDIT_LINE or under.number - unit.last > 2:
        return None
    credit = standalone_credit(unit.text, under_caption=True)
    wire_alone = len(unit.text) <= _WIRE_LINE and wire_agency(unit.text) is not None
    if credit is None and above_story and wire_alone:
        credit = unit.text  # "PA Media" over the caption, under the byline block: the picture's, not a sign-off
    if credit is None or byline_parts(unit.text) is not None:
        return None
    caption = under.text
    if _dated(under):
        return None  # ("Notimex", then "22 de febrero de 2019 · 14:18 hrs": the wire that wrote it and when, no picture)
    if wire_alone and caption_parts(caption) is not None:
        return None  # ("Keystone-SDA" over "… verzollt werden können. Bild: Keystone/Archiv": the caption credits itself,
        # the wire signs the story)
    # (a caption without its stop right above the story, or right over the byline: "Texto de Jane Roe")
    signed = index + 2 < len(header) and (byline_parts(header[index + 2].text) is not None
                                          or _is_name_alone(header[index + 2].text))
    sentence = _is_sentence(caption, lower_share=_CAPTION_LOWER_SHARE) or (
        (above_story or signed) and not caption.endswith((*_TERMINAL, ":")) and _is_sentence(caption + "."))
    return credit if sentence and can_be_caption(caption) else None


def _wire_dateline(text: str) -> bool:
    """Opens with a dateline as wire copy writes it: a place in capitals, or an agency's tag; or in brackets, as
    Quebec's and Swiss French papers print it ("(Trois-Rivières) Le taux …")."""
    found = dateline(text)
    return found is not None and (found.agency is not None or found.place.split(",")[0].isupper() or text[:1] == "("
                                  or _PLACE_AND_LONG_DASH.match(text) is not None)


# "Wolfrathsbach – Die Sitzung dauerte …": a town and a spaced long dash, as German regional papers open the story.
_PLACE_AND_LONG_DASH = lazy_compile(r"[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+)? [–—] [A-ZÀ-Þ]")


_NAME_OVER_DATE = 2  # lines above a date line where the name of a byline block stands (a job between)


_HEADER_WIDGETS = frozenset({"share-widget", "comments"})  # the removed reasons of a story header's buttons and counts
_SIGNATURE_WORDS = 4  # at most, in a newsroom's or a wire's signature under a deck ("Redaktion Valley Courier")
_QUESTION_REACH = 2  # lines from a headline asked as a question to its date line, at most
_STAMP_WORDS = 8  # at most, in a stamp line with no date of its own ("Publié aujourd'hui à 19h42")


def _stamp_words(text: str) -> int:
    """How many words the first of a line's stamps holds ("Publicado hoje às 14:12 · Atualizado hoje às 15:40": four)."""
    return len(_STAMPS_APART.split(text, 1)[0].split())


_STAMPS_APART = lazy_compile(r" [·|•] ")
_QUESTION_WORDS = 25  # at most, in a headline asked as a question
_SENTENCE_INSIDE = lazy_compile(r"[.!?][\"”’»]?\s+[\"“‘«]?[A-ZÀ-Þ]")


def _one_question(text: str) -> bool:
    """Whether ``text`` is one question, after one short statement at most, and nothing else, as a headline may be
    ("Could it finally happen?", "A lighthouse is sliding toward the water. Can it be moved?")."""
    return (text.endswith("?") and len(text.split()) <= _QUESTION_WORDS
            and len(_SENTENCE_INSIDE.findall(text, 0, len(text) - 1)) <= 1)


def _is_standfirst(units: Sequence[Line], start: int, later: int) -> bool:
    """Whether the prose at ``start`` is a standfirst or summary above the story rather than its first
    paragraph: the story's header marks (the headline again, a dateline or byline line) come between it and
    the prose at ``later``."""
    earlier = {u.text for u in units[:start] if _is_title(u.text)}
    if _deck_over_lead_picture(units, start, later):
        return True
    dated_above: Optional[bool] = None  # (asked once, at the first date line)
    for index in range(start + 1, later):
        unit = units[index]
        if unit.text in earlier or _dateline_line(units, index) is not None or _is_credit_line(unit.text):
            return True
        if (found := find_date(unit.text)) is not None and date_then_name(unit.text, found) is not None:
            return True  # "March 3, 2024 by Jane Roe": the byline block, the date first
        if (_is_timestamp(unit.text) and _stamp_words(unit.text) <= _STAMP_WORDS) or name_with_wire(unit.text):
            return True  # "Publié aujourd'hui à 19h42", "Mathieu Rochat avec ATS": the byline block, however dated
        if (len(unit.text.split()) <= _SIGNATURE_WORDS and (_desk_or_wire(unit.text) or newsroom_alone(unit.text))
                and _deck_under_title(units, start, later)):
            return True  # "La Rédaction", "ATS" between the headline's deck and the story: who signs it
        if chrome_reason(unit.text, header=True) in _HEADER_WIDGETS and _deck_under_title(units, start, later):
            return True  # "Teilen", "Facebook", "4 Kommentare" between the headline's deck and the story: its header's
        if (index == start + 1 < later - 1 and (_is_name_alone(unit.text) or is_name_with_job(unit.text.replace(" | ", ", ")))
                and _deck_under_title(units, start, later)
                and all(_widget_or_picture(u.text) or is_job(u.text) for u in units[index + 1:later])):
            # The deck, the author's name alone (its job on the line or the next), then the story's widgets or lead
            # picture over it. (A subhead in title case reads like a name, but prose follows it at once.)
            return True
        # A date line counts when the header above has one too (the page prints its byline block twice), or
        # under a name: the byline block ("Jane Roe", her job, the date); so does where and when ("Madrid, 4 de marzo
        # de 2024").
        if _dated(unit) or _placed_and_dated(unit.text):
            if any(is_bare_name(units[i].text) for i in range(max(start + 1, index - _NAME_OVER_DATE), index)):
                return True
            if index - start <= _QUESTION_REACH and _one_question(units[start].text):
                return True  # "What is tidal lagoon power …?" over the date line: the headline asked as a question
            if _deck_under_title(units, start, later):
                return True  # the headline, its deck, the date line, then the story
            if dated_above is None:
                dated_above = any(_dated(u) for u in units[:start])
            if dated_above:
                return True
    return False


def _deck_over_lead_picture(units: Sequence[Line], start: int, later: int) -> bool:
    """Whether the prose at ``start`` is the deck over the lead picture: right under the headline or the byline block,
    thirty words at most and shorter than the prose at ``later``, with no dateline of its own, and only the picture's
    caption and credit between the two (a credit among them: a caption alone may be a short paragraph)."""
    between = units[start + 1:later]
    text = units[start].text
    words = len(text.split())
    if (not between or len(between) > _PICTURE_LINES or words > _DECK_WORDS or words >= len(units[later].text.split())
            or start == 0 or dateline(text) is not None):
        return False
    if text.endswith(".") and _SENTENCE_INSIDE.search(text) is None and guess_language(text) == "en":
        # English news writes its first paragraph as one sentence and sets it over the lead picture as often; an English
        # standfirst goes without its stop
        return False
    above = units[start - 1].text
    if not (_title_not_chrome(above) or _is_credit_line(above) or _dated(units[start - 1])):
        return False
    credited = False
    for unit in between:
        parts = caption_parts(unit.text)
        if parts is not None or standalone_credit(unit.text, under_caption=True) is not None:
            credited = True
        elif not (can_be_caption(unit.text) and len(unit.text.split()) <= words
                  or chrome_reason(unit.text, header=True) is not None):
            return False
    return credited


_PICTURE_LINES = 3  # at most, between a deck and the story: the lead picture's caption, its credit, a button


def _placed_and_dated(text: str) -> bool:
    """A line giving where and when the story was written ("Madrid, 4 de marzo de 2024")."""
    return (len(text) <= _DATE_LINE and (found := find_date(text)) is not None
            and _place_and_date(text, found, True) is not None)


_DATE_LINE = 80  # characters, at most, in a line of where and when
# "Nuoro, 17 gennaio": a place of a few capitalised words, a comma and the day without its year
_PLACE_THEN_DAY = lazy_compile(r"(?P<place>[A-ZÀ-Þ][\w'’.\-]+(?: (?:[A-ZÀ-Þ][\w'’.\-]+|d[aeiou]|del|della|de la|am|an der)){0,3}), "
                               r"(?P<day>.{4,30})")
_CLOCK_WITH_WEATHER = lazy_compile(r"-?\d{1,2}\s?°\s?[CF]?\b")  # a temperature beside the site's clock
# "Pressemitteilung Nr. 27/2025 vom 03.04.2025", "Press release No. 12 of March 3, 2025": a release's label and number
# before its day, in the six languages.
_RELEASE_STAMP = lazy_compile(r"(?:pressemitteilung|pressemeldung|medienmitteilung|press release|news release|media release"
                              r"|communiqué(?: de presse)?|nota de prensa|comunicado(?: de prensa| de imprensa)?"
                              r"|nota à imprensa|comunicato(?: stampa)?)\s+(?:(?:nr\.?|no\.?|n[°º]\.?|núm\.?|num\.?)\s*[\w/\-.]{1,12}"
                              r"\s+(?:vom|of|du|del|de|dated|from)?|vom|of|du|del|de|dated|from)\s*\S", re.I)
# "27.02.2025 08:31 Uhr Quelle: dpa-AFX", glued or not: a date, then the story's source under its label.
_DATE_THEN_SOURCE = lazy_compile(r"(?P<date>.{6,60}?)\s*[|·•]?\s*(?:Quelle|Source|Fuente|Fonte|Fonti?)\s*:\s*(?P<source>[^:]{2,40})")


def _widget_or_picture(text: str) -> bool:
    """A line of the page's widgets, or a picture's caption or credit."""
    return (chrome_reason(text, header=True) is not None or caption_parts(text) is not None
            or standalone_credit(text, under_caption=True) is not None)


_DECK_WORDS = 30  # at most, in a deck


def _deck_under_title(units: Sequence[Line], start: int, later: int, most: int = _DECK_WORDS) -> bool:
    """Whether the prose at ``start`` is a deck: right under a title, ``most`` words at most, and shorter than the
    prose at ``later`` (a story's first paragraph may be printed above its date line too, but runs longer than what
    follows it)."""
    words = len(units[start].text.split())
    return (start > 0 and _title_not_chrome(units[start - 1].text)
            and words <= most and words < len(units[later].text.split()))


def _is_credit_line(text: str) -> bool:
    """A byline or a dated "Published ..." line: what follows a standfirst, never a first paragraph."""
    return byline_parts(text) is not None or (_is_timestamp(text) and find_date(text) is not None)


_OPENING_QUOTES = "'\"‘“«»„‚"
_DANGLING = (" ·", " |", " •", " /", ",")


def _title_not_chrome(text: str) -> bool:
    """A title-like line that is not the page's chrome."""
    return _is_title(text) and chrome_reason(text) is None


_TITLE_SENTENCE_WORDS = 14  # at most, in each sentence of a title printed as sentences
_TITLE_SENTENCES_WORDS = 24  # at most, in all of them


_DECK_UNDER_WORDS = 8  # at least, in a deck under a title of short sentences (a shorter line is a caption or a name)


def _sentences_as_title(pending: Sequence[tuple[Line, str]], header: Sequence[Line]) -> Optional[Line]:
    """When the header holds no title-like line: the first of two short sentences or more, with their stops, signed
    under it ("I ran a rural hospital for 19 years. Here's what the closure map doesn't show.", as opinion pages title
    a writer's essay). One sentence alone reads as a deck or a caption."""
    at = {u.number: i for i, u in enumerate(header)}
    for unit, text in pending:
        sentences = text.split(". ")
        if (len(sentences) >= 2 and text[:1].isupper() and text.endswith((".", "?", "!"))
                and text.count(" ") < _TITLE_SENTENCES_WORDS
                and all(sentence[:1].isupper() and sentence.count(" ") < _TITLE_SENTENCE_WORDS for sentence in sentences)
                and not describes_picture(text) and _signed_below(header, at[unit.number])):
            return unit
    return None


def _is_title(text: str) -> bool:
    if text.endswith(_DANGLING):
        return False  # "Jane Roe · Valley News ·": an element the page's next line goes on with
    if _portrait(text):
        return False  # "Photo of Jenna Morrow": the writer's portrait, its text
    if text[:1] in "FfSs" and is_newsroom_word(text):
        return False  # "From staff reports": who wrote the story
    if text[:1] == "R" and names_newsroom(text):
        return False  # "Rédaction Goma Veille": the newsroom by the site's name, who wrote it
    if ":" in text[:_CONTACT_LABEL_REACH] and _CONTACT_OPENING.match(text) is not None:
        return False  # "Contact: Dana Kruger, Communications Manager": whom a release names to ask
    if " by " in text and (kind := _KIND_BY.fullmatch(text)) is not None and is_bare_name(kind.group("name")):
        return False  # "Expert Brief by Jane Roe": the kind of piece and who wrote it
    if _LETTER_THEN_FIGURE.search(text) is not None and _name_with_glued_date(text):
        return False  # "Nerea Olaizola12 de julio de 2024 - 22:05h": the byline, the date glued to the name
    if _stamp_with_clock(text):
        return False  # "Portomar / El Faro 14/03/2024 05:00 h": where and when, to the minute
    if text[:6] == "From: ":
        return False  # "From: Coastal Communities Agency and Elena Marsh MP": who issued a government's release
    if text[:5] in _PICTURE_LABEL_OPENINGS and _PICTURE_LABEL.match(text) is not None:
        return False  # "File: Medical workers at an isolation centre": a picture's caption under its label
    if ("·" in text or " | " in text) and _section_and_day(text) is not None:
        return False  # "Natur & Umwelt · Mo, 06.05.2024": the story's section and its day, no title
    if text.count(" | ") >= _BAR_ROW_BARS and _bar_row(text) and _CLOCK.search(text) is not None:
        return False  # "NEXT MATCH: Valdolmo - Castelmonte | Sun 10/03 3 pm | Stadio Comunale": a bar of facts, timed
    if text.count(" ") <= _ATTENDANCE_SPACES and _ATTENDANCE.fullmatch(text) is not None:
        return False  # "Messestadion Dornbirn, 2.870 Zuschauer": where a match was played and how many watched, in its box
    if is_scorers_line(text):
        return False  # "Golos: Tiago Brandão (31'), Rúben Gaspar (77' g.p.)": who scored, in the score's box
    words = text.split()
    if text[:1] == "(" and (slug := _WIRE_SLUG.match(text)) is not None:
        text = text[slug.end():]  # "(LEAD) Seoul to cut subway fares …": a wire's note on the version, then the title
    # "'Not Yet': Council Delays the Vote"; "¿Qué cambia con la nueva ordenanza? Las claves": Spanish's opening marks
    first = text[1:2] if text[0] in _OPENING_QUOTES or text[0] in "¿¡" else text[:1]
    if first == " " and (text[:1] == "«" or text.endswith(CLOSING_QUOTES)):
        # (not "» Firma anmelden | Login": a link's mark) "« Le numérique ne réduira pas les inégalités »": a title quoted whole, or opening with a quotation, "« Les
        # Héritiers du phare », une fable …" (French sets a space inside its marks)
        first = text[2:].lstrip()[:1]
    if first.islower() and text[1:2].isupper():
        first = text[1:2]  # "iMac 5K Lightroom Performance gelöst", "eBay Sells Its Ticket Arm": a brand's own capitals
    if first.isdigit() and (aged := _FIGURE_JOINED.match(text)) is not None:
        first = aged.group("word")[:1].upper()  # "43-Jähriger bei Forstunfall …", "19-year-old charged …": an age, a score
    elif (first.isdigit() and len(words) >= _COUNTED_TITLE_WORDS and _COUNT_FIRST.match(text) is not None
          and not any(word[:1].isdigit() for word in words[1:_COUNTED_TITLE_WORDS - 1]) and find_date(text) is None):
        # "11 Injured As Bus Overturns On …", "150 Jahre Kirchweihe: …", "3e étape : …": a count, or a rank, opens the
        # title; not a date in another language, "28 kwietnia 2021 …", nor counters, "21 minutes - 4312 words"
        first = "A"
    if first in "£$€" and _AMOUNT_FIRST.match(text) is not None:
        first = "A"  # "£48 million to protect 9,000 homes …": a sum of money opens the title (as a capital would)
    return len(words) >= 3 and len(text) <= 200 and first.isupper() and (
        not text.endswith(".") or _headline_with_abbreviation(text)
        or ". " in text and title_cased(text)  # (two sentences in title case: "… for Its Creek. Now It Has to …")
    ) or (len(words) >= 3 and text.endswith(("?", "!")))


# How many watched a match, after the ground's name and a comma, in the six languages (a score box's last line).
_ATTENDANCE = lazy_compile(r"[A-ZÀ-Þ][^,]{2,50}, (?:(?:attendance|zuschauer|spectateurs|espectadores|spettatori|público|pubblico)\s*:?\s*)?"
                           r"\d{1,3}(?:[.,' ]\d{3})*(?: (?:zuschauer(?:innen)?|spectators|fans|spectateurs|espectadores|spettatori"
                           r"|torcedores|pagantes|personas|persone))?", re.I)
_ATTENDANCE_SPACES = 6  # at most, in the ground's name and the count


# A figure joined by a hyphen to a word, opening a title: "43-Jähriger", "19-year-old", "3-0-Sieg" (not a list's
# number, "2 Box-office : …", nor a date).
_FIGURE_JOINED = lazy_compile(r"\d{1,3}(?:[.,]\d{3})*(?:-\d{1,2})?-(?P<word>[^\W\d_][\w\-]*)\s")


# A count, or a rank in the six languages' ordinal forms, and a word after it ("11 Injured", "3e étape", "2º lugar").
# (a bare count before a capital, as titles in title case and German's nouns have it: "10 items to buy You're shoveling
# wrong …" is a row of teasers' links glued together)
_COUNT_FIRST = lazy_compile(r"\d{1,3}(?:[.,]\d{3})*(?:(?:e|er|re|ème|th|st|nd|rd|º|ª|°) (?=[^\W\d_])| (?=[A-ZÀ-Þ]))")
_COUNTED_TITLE_WORDS = 5  # at least, in a title a count opens ("12 Kommentare", "3 min read" are counters)
_AMOUNT_FIRST = lazy_compile(r"[£$€]\s?\d[\d.,]*\s?(?:[A-Za-z]{1,9}\.?\s+)?[^\W\d_]")
_CREDITED_CAPTION_WORDS = 5  # at least, in a caption over its credit in the header
# "Barrowdale, Ont.", "Riverton, N.J.", "Springfield, IL": a town and its state's or province's abbreviation.
_PLACE_AND_REGION = lazy_compile(r"[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){0,2}, (?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.|[A-Z]{2})")
_LETTER_THEN_FIGURE = lazy_compile(r"[^\W\d_]\d")  # (where a page joined a date to the name before it)


def _place_under_name(header: Sequence[Line], index: int, name: str) -> bool:
    """Whether ``name``, before the stamp at ``header[index]``, is a place (two capitalised words read as a name too,
    "Cerro Alto") under a writer's full name alone, which the headline's words do not make a title."""
    above = header[index - 1].text
    return (is_bare_name(above) and len(above.split()) > len(name.split()) and _place_line(Line(0, name, name, 0))
            and not is_job(name))


def _stamp_with_clock(text: str, found: Optional[tuple[str, re.Match[str]]] = None) -> bool:
    """A short line with a full date and the time after it, to its end ("Portomar / El Faro 14/03/2024 05:00 h"): a stamp,
    no title. (``found``: the line's date, when the caller has looked it up already.)"""
    if text.count(" ") >= _STAMP_LINE_WORDS or ":" not in text:
        return False
    found = found or find_date(text)
    return found is not None and _CLOCK_AFTER.fullmatch(text, found[1].end()) is not None


_STAMP_LINE_WORDS = 10  # at most, in a stamp's line with its place, its paper, its date and time
# (the time ends the line: "20.02.2020 20:00 Stammtisch" is an event's)
_CLOCK_AFTER = lazy_compile(r"[\s,|·•\-–—]*(?:(?:um|à|às|a las|alle|at)\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:h|uhr|[ap]\.?m\.?|[A-Z]{2,4}))?\s*",
                            re.I)


def _name_with_glued_date(text: str) -> bool:
    name, stamped = name_before_time(text)
    return stamped is not None and text[len(name):len(name) + 1].isdigit() and text.startswith(name) and is_bare_name(name)


# "Contact:", "Media contact:", "Pressekontakt:": the label of whom to ask, opening a line, in the six languages.
_CONTACT_OPENING = lazy_compile(r"(?:(?:media|press|news|presse|medien)\s*)?(?:contacts?|kontakte?|pressekontakt|contacto"
                                r"|contatto|contato|contatti)\s*:\s", re.I)
_CONTACT_LABEL_REACH = 20


# A topic's kicker glued to the title by its colon, as a page joins two elements (a title's own colon has a space
# after it: "Koalitionsstreit: Wie …").
_GLUED_KICKER = lazy_compile(r"[^\W\d_][\w\-]{2,40}:(?=[A-ZÀ-Þ„\"“«])")
_KIND_BY = lazy_compile(r"(?:[A-Z][a-z]+ ){1,2}by (?P<name>[A-ZÀ-Þ].{2,60})")
_WIRE_SLUG = lazy_compile(r"\((?:LEAD|URGENT|UPDATE|\d(?:st|nd|rd|th) LD|LD|EDITORIAL|FOCUS|PROFILE|INTERVIEW|ANALYSIS)"
                          r"(?:[ ,][A-Z]{1,12})*\)\s+(?=\S)")


# "Photo of Jenna Morrow", "Foto von Hans Müller", "Portrait de Jeanne Roux": a picture of someone, by its text.
_PORTRAIT = lazy_compile(r"(?:(?:profile|author|avatar|writer)\s+)?(?:photo|image|picture|portrait|headshot|foto|bild|imagen|imagem"
                         r"|immagine|ritratto|retrato)\s+"
                         r"(?:of|von|de|di|do|da|du)\s+(?P<name>.+)", re.I)


# "9 otters stop traffic …", "3 dead as landslide buries …": a title that opens with a number, then a word.
_NUMBER_FIRST = lazy_compile(r"\d{1,6}(?:[,.]\d{3})*\s+[^\W\d_]")
_NUMBERED_TITLE_WORDS = 6  # at least


def _numbered_title(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is a title that opens with a number, with its byline or a labelled stamp right under
    it ("By Jane Roe", "Jane Roe | May 09, 2025, 06:12 PM", "Published on: June 25, 2024", a name alone over the
    writer's job or the date), or under the lead picture's caption. (Elsewhere such a line is more often a list's
    teaser, a count or a score.)"""
    text = header[index].text
    if not text[:1].isdigit() or text.endswith(".") or len(text) > 200 or _NUMBER_FIRST.match(text) is None:
        return False
    below = index + 1
    if below < len(header) and caption_parts(header[below].text) is not None:
        below += 1  # (the lead picture's caption, with its credit, between the title and its byline)
    if (below + 1 < len(header) and header[below].text.count(" ") < _WIDGET_SPACES
            and chrome_reason(header[below].text, header=True) in _STORY_WIDGETS):
        below += 1  # (a button of the story's own, "Escuchar", between the title and its byline)
    if len(text.split()) < _NUMBERED_TITLE_WORDS or below >= len(header):
        return False
    under = header[below].text
    return (byline_parts(under) is not None or _name_and_time(under) or _is_timestamp(under)
            or ("|" in under or "/" in under) and signed_stamp(under) is not None  # ("PTI | Updated: March 12, 2024")
            or _is_name_alone(under) and below + 1 < len(header)  # ("Jane Roe" over "Correspondent", or the date)
            and (is_job(header[below + 1].text) or _dated(header[below + 1])
                 # (or where the writer was, over the date: "Javier M. Ordóñez", "Castrolobos", the date)
                 or below + 2 < len(header) and _place_over_date(header[below + 1], header[below + 2])))


_WIDGET_SPACES = 3  # at most, in such a button


def _portrait(text: str) -> bool:
    return (text[:1] in "PpIiFfBbHhRrAaWw" and (portrait := _PORTRAIT.fullmatch(text)) is not None
            and (is_bare_name(portrait.group("name")) or _THE_WRITER.fullmatch(portrait.group("name")) is not None))


# The writer named by their part, after the picture's word: "Foto do colunista", "Photo of the author", "Foto des Autors".
_THE_WRITER = lazy_compile(r"(?:the |l['’]|le |la |o |a |el |il |lo |der |die |des |del |dell['’]|della )?"
                           r"(?:author|writer|columnist|auteure?|autrice|autor(?:a|in|s)?|autore|colunista|columnista"
                           r"|chroniqueu(?:r|se)|kolumnist(?:in|en)?)", re.I)


def _shouted_name_and_more(text: str) -> Optional[tuple[str, Optional[str]]]:
    """(name, place) for a writer's name, a bar and their job (place None) or where they write from, as printed in
    capitals or not ("JIMENA ARELLANO ORTIZ | REPORTERA", "Carla Mendoza Vaca | Villa Cotoca Norte"); or a dash and
    their job ("MARCO BERTOLA - Redattore")."""
    barred = " | " in text
    name, _, more = text.partition(" | ") if barred else _split_at_dash(text)
    person = name.title() if name.isupper() else name
    if not more or "|" in more or not is_bare_name(person) or is_organisation(person) or is_paper_name(name):
        return None
    if is_job(more):
        return name, None  # (after a dash, only a job: "MARCO BERTOLA - Redattore")
    if barred and place_after_name(more) and wire_agency(more) is None and more.lower() not in SECTIONS:
        return name, more
    return None


def _parted(text: str) -> bool:
    """Whether ``text`` holds a bar or a dash between spaces, as a name and a job are parted."""
    return " | " in text or " - " in text or " – " in text


def _split_at_dash(text: str) -> tuple[str, str, str]:
    name, dash, more = text.partition(" - ")
    if not dash:
        name, dash, more = text.partition(" – ")
    return name, dash, more


def _name_in_capitals(header: Sequence[Line], page: Sequence[Line]) -> bool:
    """Whether the page's first line, one word in capitals ("ABENDBLITZ", "FIL24"), is the site's name: the page
    names it again ("… sagt Holger K. zu ABENDBLITZ", "Foto: Ralf Gehrke/ABENDBLITZ"), or it stands over a menu
    printed otherwise ("Calcio", "Mercato", "Coppe"). A menu's own first item is printed as the others are
    ("RECIPES" over "HEALTHY", "TIPS"); a section's name or a place over the story is printed once."""
    text = header[0].text
    if (re.fullmatch(r"[A-Z0-9]{3,}", text) is None or text.lower() in _KICKERS or text.lower() in SECTIONS
            or chrome_reason(text.capitalize(), header=True) is not None):  # ("ADVERTISEMENT": an advert's label)
        return False
    # (a menu printed on one line counts as one of its items: "Futebol | Brasileirão | Série B")
    under = [unit.text.split(" | ") for unit in header[1:1 + _LOGO_MENU_REACH]]
    return (named_again(header[0], page)
            or sum(all(len(item.split()) <= _LOGO_MENU_ITEM_WORDS and not item.isupper() and not item.endswith(_TERMINAL)
                       for item in items) for items in under) >= _LOGO_MENU_ITEMS)


_LOGO_MENU_REACH = 3  # lines under a logo read for its menu
_LOGO_MENU_ITEMS = 2  # menu's items among them, at least
_LOGO_MENU_ITEM_WORDS = 3  # at most, in a menu's item


def _read_header(header: Sequence[Line], article: ArticleDraft, doc: DocumentDraft,
                 clock: Optional[Line], story: Optional[Line] = None,
                 page: Sequence[Line] = ()) -> tuple[Optional[str], Optional[tuple[str, int]]]:
    """Fill the fields the header holds (``story``: the body's first line, under it; ``page``: all the capture's
    lines); return the headline, and the wire agency a dateline or source line names with that line's number."""
    agency = None
    agency_line = 0
    sourced_by: list[Line] = []  # the header's lines that name the wire the story came from
    counts = Counter(u.text for u in header)
    printed = set(counts)  # (each line's text, before the parts of barred titles are counted too)
    # "Towns|Council Backs the Pool", "Council Backs the Pool | The Valley Courier": a page's title printed with its
    # section or site name repeats the headline printed alone.
    # ... and the last crumb of a trail of links is the page's own title ("Home » Local » Council Backs the Pool").
    barred = [u.text for u in header if "|" in u.text or " - " in u.text or " – " in u.text or " — " in u.text
              or " » " in u.text or " › " in u.text or " > " in u.text or u.text.count(" / ") >= 2]
    if barred:
        counts.update(part.strip() for text in barred for part in _TITLE_PARTS.split(text)
                      if len(part.split()) >= _HEADLINE_WORDS)
    site = header[0].text if header and _name_in_capitals(header, page) else None
    if site is not None and len(header) > 1 and spells_out(site, header[1].text):
        site = header[1].text  # ("LZP" over "Leipziger Zeitpunkt": the logo's initials, then the name)
    titles: list[Line] = []
    page_titled: Optional[Line] = None  # the headline the page's title names
    pending: list[tuple[Line, str]] = []  # lines to settle once the headline is known
    above: list[tuple[Line, tuple[str, re.Match[str]]]] = []  # dates alone above every title
    skip = 0
    shouted: list[Line] = []
    items: list[tuple[Line, str, bool]] = []  # list items: each line, its text, whether under a summary label
    in_summary = False  # just after a "Key points" label: its list items, however short, are the summary
    # A title-like line over a photo credit is a caption, unless it is the only one: then it is the headline.
    # (a menu's row of items is none: "Live | Sendungen | Region | Kontakt")
    title_like = sum(1 for u in header if _is_title(u.text) and standalone_credit(u.text) is None
                     and byline_parts(u.text) is None and parse_date(u.text) is None and not row_of_items(u.text))
    following = {unit.number: after for unit, after in zip(header, header[1:])}
    for index, unit in enumerate(header):
        text = unit.text
        if skip > 0:  # the second line of a figure already read
            skip -= 1
            continue
        if (index + 1 < len(header) and text[-1:] == header[index + 1].text[-1:]  # (the cheap test first)
                and _trail_to_title(text, header[index + 1].text)):
            doc.remove(unit, "navigation")  # "News/India News/SC seeks …" over "SC seeks …": the trail to the title
            continue
        if (index <= _PAGE_TITLE_LINE and len(text) > _PAGE_TITLE_CHARACTERS
                and (shown := _page_title(header, index)) is not None):
            # "The Valley Courier - News : Council backs …": the browser's title, which names the headline printed below
            doc.remove(unit, "page-chrome")
            page_titled = page_titled or shown
            continue
        if " | " in text and (wire_filed := _place_wire_and_date(text)) is not None:
            # "París, Francia | AFP | martes 03/10/2023 - 17:48": where the wire wrote the story, the wire, and when
            article.fill("dateline", wire_filed[0], unit.number)
            article.fill("publisher", wire_filed[1], unit.number)
            if wire_filed[2] is not None and article.published is None:
                take_timestamp(unit, article, doc, wire_filed[2])
            continue
        if index + 1 < len(header) and quote_card(text, header[index + 1].text):
            article.blocks.append({"type": "quote", "text": f"{text} {header[index + 1].text}",
                                   "lines": [unit.number, header[index + 1].last]})
            skip = 1
            continue
        if index + 1 < len(header) and _describes_media(header, index + 1):
            doc.remove(unit, "media-embed")  # the player's title; its description follows
            doc.remove(header[index + 1], "media-embed")
            skip = 1
            continue
        if (article.byline is None and ":" in text[:_AUTHOR_LABEL_REACH]
                and (author_label := _AUTHOR_LABEL.match(text)) is not None
                and is_bare_name(name := text[author_label.end():].strip())):
            article.fill("byline", name, unit.number)  # "Author of the article: Jane Roe", on one line
            continue
        if index > 0 and article.byline is None and (glued_outlet := _name_glued_to_outlet(text)) is not None:
            article.fill("byline", glued_outlet[0], unit.number)  # "Ayla MorganRed Rock Public Radio": the writer, and
            article.fill("publisher", glued_outlet[1], unit.number)  # the station or paper glued to the name's end
            continue
        if text[-1:] == ":" and _AUTHOR_LABEL.fullmatch(text) is not None and article.byline is None:
            # "Author of the article:", then the wire and the writer's name, each on its line
            doc.remove(unit, "byline")
            for signer in header[index + 1:index + 1 + _AUTHOR_LABEL_LINES]:
                if (wire := wire_agency(signer.text)) is not None:
                    article.fill("publisher", wire, signer.number)
                elif is_bare_name(signer.text) and article.byline is None:
                    article.fill("byline", signer.text, signer.number)
                else:
                    break
                skip += 1
            continue
        if (article.byline is None or article.byline == text) and _signing_names(header, index):
            if not article.fill("byline", names_without_places(text), unit.number):
                article.note("byline", unit.number)  # (the names printed twice: once as links, once as text)
            continue  # "Reto Zimmerli und Nadja Keller": full names joined by "and" sign the story
        if (_is_timestamp(text) and _stamp_words(text) <= _STAMP_WORDS and find_date(text) is None
                and byline_parts(text) is None):  # ("Posted by Jane Roe in News": a byline)
            doc.remove(unit, "timestamp")  # "Publié aujourd'hui à 19h42": a stamp with no day of its own, no title
            continue
        if (stamped := _wire_before_stamp(text)) is not None and (found := find_date(stamped[1])) is not None:
            # "Press Trust of IndiaUpdated: March 05, 2024 10:32 am IST": the wire, then the stamp, no bar between (the
            # wire's name is its byline, as printed)
            article.fill("byline", stamped[0], unit.number)
            article.fill("publisher", wire_agency(stamped[0]), unit.number)
            take_timestamp(Line(unit.number, unit.raw, stamped[1], unit.end), article, doc, found)
            continue
        if (article.byline is None and text[:5] == "From " and (sent := _FROM_NAME_IN_PLACE.fullmatch(text)) is not None
                and is_bare_name(sent.group("name")) and place_after_name(sent.group("place"))):
            # "From Emeka Nwosu, Port Ikwe": the correspondent, and the town they report from, as Nigerian papers sign
            article.fill("byline", sent.group("name"), unit.number)
            article.fill("dateline", sent.group("place"), unit.number)
            continue
        if (article.byline is None and ", " in text and (name_place := _NAME_FROM_PLACE.fullmatch(text)) is not None
                and is_bare_name(name_place.group("name")) and byline_parts(name_place.group("name")) is None
                and is_place_alone(place_name := name_place.group("place").partition(" (")[0])
                and not (is_organisation(place_name) or is_paper_name(place_name) or wire_agency(place_name) is not None)):
            # "Marina Couto, de Pedra Alta do Jequitaí (MG)": the writer, and where they wrote from
            article.fill("byline", name_place.group("name"), unit.number)
            article.fill("dateline", name_place.group("place"), unit.number)
            continue
        if (article.dateline is None and text[:3] in _CONTRIBUTED_OPENINGS
                and (contributed := _CONTRIBUTED_FROM.fullmatch(text)) is not None):
            # "Colaboração para o Saúde em Pauta, em Campos do Jequiá (AL)": for whom the writer wrote, and from where
            article.fill("dateline", contributed.group("place"), unit.number)
            continue
        if article.byline is None and (wired := name_with_wire(text)) is not None:
            article.fill("byline", wired[0], unit.number)  # "Mathieu Rochat avec ATS": the writer and the wire
            article.fill("publisher", wired[1], unit.number)
            continue
        if (agency is None and (sourced := _source_line(text)) is not None
                and (wire := wire_agency(sourced.group("agency"))) is not None):
            # "Quelle: dpa", "Fuente: EFE": the wire the story came from (a dateline's tag, more precise, comes first)
            agency, agency_line = wire, unit.number
            article.note("publisher", unit.number)
            sourced_by.append(unit)
            continue
        if article.byline is None and (named := name_with_job(text)) is not None and byline_parts(named) is None:
            article.fill("byline", named, unit.number)  # "Luana Frizzo - Repórter da Agência Cora": who wrote it
            if (employer := _EMPLOYER.search(text[len(named):])) is not None and (
                    wire := wire_agency(_SPACED_DASHES.split(employer.group("employer"))[0])) is not None:
                # (where the writer was after a dash: "… da Agência Brasil - São Bento do Itaúna")
                article.fill("publisher", wire, unit.number)  # ("… - Repórter da Agência Brasil": the wire's reporter)
            continue
        if article.byline is None and _name_over_note_and_stories(header, index):
            article.fill("byline", text, unit.number)  # "Gerardo Izaguirre Peña" over "Abogado … Escribe los lunes …"
            doc.remove(header[index + 1], "author-bio")  # over "Ver más columnas": a columnist's box
            doc.remove(header[index + 2], "related-link")
            skip = 2
            continue
        if article.byline is None and _name_over_job(header, index):
            article.fill("byline", text, unit.number)  # "Rui Seixas" over "Investigador no Instituto …"
            doc.remove(header[index + 1], "byline")
            skip = 1
            continue
        if ((index == len(header) - 2 and (article.byline is not None or article.published is not None
                                            or _picture_credit_line(text)  # (a labelled credit: "PHOTO JANE ROE, AFP")
                                            or _signed_above(header, index))  # (a name alone, read later, above it)
             or index + 2 < len(header) and (index == 0 or _is_title(header[index - 1].text)
                                             and not header[index - 1].text.endswith(_TERMINAL)
                                             or _picture_credit_line(text)  # ("© Jane Roe/AFP" over a caption: wherever)
                                             or _gallery_count_above(header, index)))
                and (credit := _credit_over_lead_caption(header, index, index == len(header) - 2
                                                         or _gallery_count_above(header, index))) is not None):
            # (right above the story, under the byline block; or further up, under a title, as over the headline, or
            # under a gallery's count "1/12", which tells a caption however it ends)
            caption = header[index + 1]
            article.add_figure(caption.text, credit, unit.number, caption.last)
            skip = 1
            continue
        if any(block["type"] == "figure" and block["credit"] == text and _only_chrome_between(header, block, unit)
               for block in article.blocks):
            doc.remove(unit, "photo-credit")  # the credit printed again under its picture's caption controls
            continue
        item = bullet_item(text)
        in_summary = in_summary and item is not None
        if unit is clock or ("°" in text and _CLOCK_WITH_WEATHER.search(text) is not None and find_date(text) is not None
                             and caption_parts(text) is None):  # (not a caption: "Un thermomètre affiche 41 °C …")
            doc.remove(unit, "site-clock")  # ("Martes 12 de Marzo de 2024 | Lomas del Pinar 14°C": the day and the weather)
        elif index == len(header) - 1 and date_without_year(text):
            doc.remove(unit, "timestamp")  # a date line cut before its year, at the end of the capture
        elif (text[:1].isdigit() and (filed := _PLACE_AFTER_STAMP.search(text)) is not None
              and (date_without_year(day := text[:filed.start()]) or parse_date(day) is not None)):
            # "18 aprile 2024 - PESCARA", "29 gennaio - LAGOMARE": the day, then where the story was filed from
            article.fill("dateline", filed.group("place"), unit.number)
            if (iso := parse_date(day)) is not None:
                article.fill("published", iso, unit.number)
        elif site is not None and text == site:
            if doc.site is None:
                doc.capture_field("site", site, unit.number)
            else:
                doc.remove(unit, "masthead")
        elif _fact_check_line(text):
            article.summary.append(text)  # "Claim: …", "Verdict: FALSE. …": a fact check's box above the story
            article.note("summary", unit.number)
        elif is_summary_label(text, [u.text for u in header[max(0, index - 4):index]], opening=True):
            # (before the dateline: "Key Points:" over a paragraph names no place)
            doc.remove(unit, "summary-label")
            in_summary = True
            skip = unbulleted_items([u.text for u in header], index + 1)
            for item_unit in header[index + 1:index + 1 + skip]:
                article.summary.append(item_unit.text)
                article.note("summary", item_unit.number)
        elif (place := _dateline_line(header, index, body_next=True)) is not None:
            if (place.agency is not None and article.byline is None and " " in place.place
                    and is_bare_name(name := _without_by(place.place)) and index + 1 < len(header) and _dated(header[index + 1])):
                # "Marcus Delaney (AAP)", "By Marcus Delaney (AAP)" over the date line: the writer and the wire, no place
                article.fill("byline", name, unit.number)
                agency, agency_line = place.agency, unit.number
            elif not article.fill("dateline", place.place, unit.number):
                doc.remove(unit, "duplicate-dateline")
            elif place.agency is not None:
                agency, agency_line = place.agency, unit.number
                if not text.startswith(place.place):  # "AFP, LOS ANGELES": the agency signs the story
                    article.fill("byline", text.split(",")[0].strip(), unit.number)
        elif text[-9:].lower() == "riservata" and (reserved := reserved_caption(text)) is not None:
            article.add_figure(reserved, None, unit.number, unit.last)  # "… (foto d'archivio) - RIPRODUZIONE RISERVATA"
        elif chrome_reason(text, header=True) is None and _newsletter_pitch(header, index):
            doc.remove(unit, "newsletter-prompt")  # (between the box's title and its button: its promise)
        elif (reason := chrome_reason(text, header=True)) is not None:
            if reason == "banner" and (stamped := find_date(text)) is not None and (
                    _TIMESTAMP.match(text) is not None or date_alone(text, stamped) is not None):
                # ("MARTES 9 DE ABRIL DE 2024": the day alone, in capitals, under the byline)
                take_timestamp(unit, article, doc, stamped)  # "PUBLISHED JAN 23, 2024, 06:00 PM SGT": a stamp in capitals
            elif (reason == "banner" and article.byline is None and any(char.isdigit() for char in text)
                  and (shouted_name := _shouted_name_and_time(text)) is not None):
                article.fill("byline", shouted_name[0], unit.number)  # "HOLLIS WEXFORD - 6/3/2024, 4:41 PM": the
                article.fill("published", shouted_name[1], unit.number)  # writer's name in capitals and the story's time
            elif (reason == "banner" and (placed_stamp := find_date(text)) is not None and placed_stamp[1].start() > 0
                  and _CAPITALS_PLACE_BEFORE.fullmatch(text, 0, placed_stamp[1].start()) is not None
                  and byline_parts(text) is None):  # (not "DI ALESSANDRO MORETTI - 4 OTTOBRE 2024": by whom, and when)
                # "CIUDAD DE MÉXICO / 18.09.2024 08:20:00": where the story was filed, in capitals, then when
                take_timestamp(Line(unit.number, unit.raw, text[placed_stamp[1].start():], unit.end), article, doc,
                               placed_stamp)
            elif reason in ("banner", "contact") and take_byline(unit, article, doc):
                pass  # "By JANE ROE FOR THE VALLEY COURIER", "By Jane Roe jane@…": a byline in capitals or with an address
            elif (reason == "banner" and article.byline is None and text.count(" ") < _SIGNED_NAME_SPACES
                  and is_bare_name(text.title()) and not any(is_function_word(word.lower()) for word in text.split())
                  and (index + 1 < len(header) and _dateline_line(header, index + 1) is not None
                       # (the header's last line, over the story's first paragraph that opens with its dateline)
                       or index + 1 == len(header) and story is not None and dateline(story.text) is not None)):
                # "JANE ROE" over the dateline: the writer's name (over a date, a place in capitals is as likely)
                article.fill("byline", text, unit.number)
            elif (reason == "banner" and article.byline is None and (writer_in_place := name_in_place(text)) is not None
                  and index + 1 < len(header) and _dated(header[index + 1])):
                # "JAMIE ROEBUCK AT MARSH LANE" over the date: the writer in capitals, and the ground reported from
                article.fill("byline", writer_in_place, unit.number)
            elif (reason == "banner" and article.byline is None and len(text) <= _NAMES_LINE
                  and names_joined(_SHOUTED_JOINER.sub(lambda joiner: joiner.group(0).lower(), text.title()))
                  and index + 1 < len(header) and _dated(header[index + 1])):
                article.fill("byline", text, unit.number)  # "JOANA MARQUES E TIAGO CORVO" over the date: its writers
            elif reason == "contact" and article.byline is None and _name_and_address(text):
                pending.append((unit, text))  # "Jane Roe jroe@…" without "By": a bare name, settled under the headline
            elif (reason == "banner" and index + 1 < len(header) and header[index + 1].number - unit.last <= 2
                  and without_label(header[index + 1].text) != header[index + 1].text
                  and (under := credit_under(header, index + 1)) is not None and find_date(text) is None):
                # "VACINAÇÃO CONTRA O SARAMPO" over "FOTO: ARMINDO KALUEYA": a caption in capitals, its credit labelled
                article.add_figure(text, under[0], unit.number, header[index + under[1]].last)
                skip = under[1]
            elif (reason == "banner" and article.byline is None and " " in text and is_bare_name(text.title())
                  and not is_organisation(text.title()) and not is_paper_name(text) and 0 < index < len(header) - 1
                  # (the page's first line over today's date is the logo's: "RIFT VALLEY PULSE", "Sunday, 21 April 2024")
                  and ((job_under := index + 2 < len(header) and is_job(header[index + 1].text.partition(" ")[0])
                        and _dated(header[index + 2]))
                       or _dated(header[index + 1]) or _placed_and_dated(header[index + 1].text))
                  and not (index > 0 and _desk_or_wire(header[index - 1].text))):  # (under "Redazione ANSA": the place)
                article.fill("byline", text, unit.number)  # "ANA BELÉN RUIZ" over "Madrid - 12 mar 2024 - 14:35 CET"
                if job_under:  # ("JUAN DAVID OSPINA PARRA", "Periodista de Judicial", the date: the writer's job between)
                    doc.remove(header[index + 1], "byline")
                    skip = 1
            elif (reason == "banner" and article.byline is None and _parted(text) and index + 1 < len(header)
                  and (_dated(header[index + 1]) or relative_age(header[index + 1].text))
                  and (shouted_byline := _shouted_name_and_more(text)) is not None):
                # "JIMENA ARELLANO ORTIZ | REPORTERA", "ADÉRITO CAMBUTA | LUMBALA-SUL" over the date (or how long ago,
                # "Hace 3 horas"): the writer in capitals, then their job or where they write from
                article.fill("byline", shouted_byline[0], unit.number)
                if shouted_byline[1] is not None:
                    article.fill("dateline", shouted_byline[1], unit.number)
            elif (reason == "banner" and _is_title(text) and len(text.split()) >= _HEADLINE_WORDS
                  and not row_of_items(text)):  # (not a menu's row in capitals: "TIENDA OFICIAL | ENTRADAS | …")
                shouted.append(unit)  # a site's banner, or a headline set in capitals: settled below
            else:
                doc.remove(unit, reason)
        elif item is not None:
            # (short, or the menu's items between the same marks: "• Portada • Sucre • País • Mundo")
            if (len(item.split()) <= 3 or _among_menu_bullets(header, index, item)) and not in_summary or row_of_items(text):
                doc.remove(unit, "navigation")
            elif ((stamped := find_date(item)) is not None
                  and (_TIMESTAMP.match(item) is not None or date_alone(item, stamped) is not None)):
                # ("• Mis à jour le mer. 17 juil. 2024 à 13:02", "- June 18, 2024 @ 3:05pm": a stamp, or the day alone,
                # after the dot or the dash a page puts before it)
                take_timestamp(Line(unit.number, unit.raw, item, unit.end), article, doc, stamped)
            else:
                items.append((unit, item, in_summary))
        elif (article.byline is None and text[:1] in "RrWwSs" and " by " in text
              and (reported := _REPORTED_BY.fullmatch(text)) is not None):
            article.fill("byline", reported.group("names"), unit.number)
        elif (article.byline is None and text[:7] == "Edited " and index > 0 and header[index - 1].text == _LIVE_CREDITS
              and _OTHER_WORK.fullmatch(text) is not None):
            article.fill("byline", text.partition(" by ")[2], unit.number)  # "Live Reporting", "Edited by Jane Roe"
        elif text[:1] in _OTHER_WORK_FIRST and _OTHER_WORK.fullmatch(text) is not None:
            doc.remove(unit, "story-credits")  # "Edited by Jane Roe": who else worked on it, no title and no byline
        elif (article.byline is None and " | " in text and wire_agency((wired := text.split(" | ", 1))[0]) is not None
              and (wire_signed := byline_parts(wired[1])) is not None and wire_signed[0]):
            article.fill("byline", wire_signed[0], unit.number)  # "Associated Press | By Marcus Thiele": the wire, then its writer
            article.fill("publisher", wire_agency(wired[0]), unit.number)
        elif " | " in text and take_signature_line(unit, article, doc):
            pass
        elif (article.byline is None and text.count(" | ") == 1 and index + 1 < len(header) and _dated(header[index + 1])
              and (placed_name := _place_then_name(text)) is not None):
            # "Treeneburg | Lena Hansen-Ott" over the date: where the writer wrote from, and who
            article.fill("byline", placed_name[1], unit.number)
            article.fill("dateline", placed_name[0], unit.number)
        elif (article.byline is None and "|" in text and (named := named_for(text)) is not None
              and not site_slogan(named[1])):
            # "Jane Roe | The Valley Courier" in the header (not under a caption, read below): who wrote the story (not
            # the site's name and its slogan, "RANGAU KURIER | Nachrichten aus Westmittelfranken")
            article.fill("byline", named[0], unit.number)
            article.fill("publisher", named[1], unit.number)
        elif article.byline is not None and about_the_writer(text, article.byline):
            doc.remove(unit, "author-bio")  # "Marianne Schaller est historienne …" under her byline: who wrote the column
        elif (index > 0 and _ISSUED_BY.fullmatch(header[index - 1].text) is not None
              and _BODY_NAME.fullmatch(issuer := _AND_OTHERS.split(text, 1)[0]) is not None and " " in issuer
              and not is_bare_name(issuer)):
            # "From:", then "Department for Rural Transport and Helen Carrow MP": who issued the press release
            article.fill("publisher", issuer, unit.number)
        elif article.byline is None and _newsroom_and_site(text):
            word, _, newsroom = text.partition(" | ")  # "Redacción | La Voz del Altiplano": the staff, then the site
            article.fill("byline", word, unit.number)
            where, bar, stamp = newsroom.partition(" | ")
            if bar and " | " not in stamp and (stamp_date := find_date(stamp)) is not None:
                newsroom = where  # "Redacción | Benimaró | Actualizado: 15/06/2024 12:30h": when, after where
                take_timestamp(Line(unit.number, unit.raw, stamp, unit.end), article, doc, stamp_date)
            if not bar and (newsroom_date := find_date(newsroom)) is not None and date_alone(newsroom, newsroom_date):
                # ("Staff report | Sep 7, 2023": the staff, then the day, no newsroom's name)
                take_timestamp(Line(unit.number, unit.raw, newsroom, unit.end), article, doc, newsroom_date)
            elif is_place_alone(newsroom) and not is_organisation(newsroom) and not is_paper_name(newsroom):
                article.fill("dateline", newsroom, unit.number)  # ("Redacción | Benimaró": where the newsroom wrote from)
            else:
                article.fill("publisher", newsroom, unit.number)
        elif article.byline is None and (site_signed := _site_then_name(header, index)) is not None:
            article.fill("byline", site_signed[1], unit.number)  # "Armor Matin Yannick Le Goff.": the site's, then the writer's
            article.fill("publisher", site_signed[0], unit.number)
        elif take_byline(unit, article, doc):
            pass
        elif take_split_byline(header, index, article):
            skip = 1
        elif (joined := take_names_joined_apart(header, index, article)) > 0:
            skip = joined - 1
        elif (found := find_date(text)) is not None and (aged := _stamp_after_age(text)) is not None:
            # "il y a 2 jours — Publié le 10 mars 2025": how long ago, then the stamp itself
            take_timestamp(Line(unit.number, unit.raw, aged, unit.end), article, doc, find_date(aged))  # type: ignore[arg-type]
        elif found is not None and (date_alone(text, found) or _is_timestamp(text)):
            if (placed := _PLACE_AFTER_STAMP.search(text, found[1].end())) is not None:
                article.fill("dateline", placed.group("place"), unit.number)  # "... IST - NEW DELHI": filed from
            if article.byline is None and (dated_byline := date_then_byline(text, found)) is not None:
                article.fill("byline", dated_byline[0], unit.number)  # "Publicado em 14/03/2024 - 10:02 Por Camila …"
                article.fill("publisher", dated_byline[1], unit.number)  # ("… - Repórter da Agência Brasil")
            # (a bar of breaking news in ordinary case is no title: "Breaking News: Storm warning for the valley")
            if ((not any(len(t.text.split()) >= _HEADLINE_WORDS for t in (*titles, *(u for u in shouted if u.text.isupper())))
                 or _over_signed_title(header, index)) and not _is_timestamp(text)):
                # a date alone above every title, or right over a signed one: the story's, or the site's clock
                above.append((unit, found))
            else:
                take_timestamp(unit, article, doc, found)
        elif found is not None and _RELEASE_STAMP.match(text) is not None:
            # "Pressemitteilung Nr. 27/2025 vom 03.04.2025": a press release's number and day, no title
            take_timestamp(Line(unit.number, unit.raw, text[found[1].start():], unit.end), article, doc, found)
        elif found is not None and (sourced := _DATE_THEN_SOURCE.fullmatch(text)) is not None and date_alone(
                sourced.group("date"), find_date(sourced.group("date"))):
            # "Donnerstag, 27.02.2025 08:31 Uhr Quelle: dpa-AFX": when, then where the story came from
            take_timestamp(Line(unit.number, unit.raw, sourced.group("date"), unit.end), article, doc, found)
            article.fill("publisher", wire_agency(sourced.group("source")), unit.number)
        elif found is not None and (day := _date_then_paper(text, found)) is not None:
            # "Tuesday March 18 2025, 12.01am GMT, The London Chronicle": when, then the paper that printed it
            take_timestamp(Line(unit.number, unit.raw, day, unit.end), article, doc, find_date(day))
        elif (found is not None and (dated_byline := date_then_byline(text, found)) is not None
              # (not the day's edition and its link: "Friday, February 14, 2025 — Today's Paper", the site's)
              and chrome_reason(dated_byline[0], header=True) is None):
            article.fill("byline", dated_byline[0], unit.number)  # "March 3, 2024 | Jane Roe"
            article.fill("publisher", dated_byline[1], unit.number)  # ("… Por Jane Roe - Repórter da Agência Brasil")
            take_timestamp(Line(unit.number, unit.raw, text[:found[1].end()], unit.end), article, doc, found)
        elif found is not None and (dated := _section_and_date(text)) is not None:
            if article.byline is None and (wire := wire_agency(text[:len(text) - len(dated)].rstrip(" |·-–—"))) is not None:
                # "Lusa | 22.06.2024 às 17:05", "ANSA | 04 gennaio 2024 ore 14:22": the wire that signs the story, not
                # a section
                article.fill("byline", text[:len(text) - len(dated)].rstrip(" |·-–—"), unit.number)
                article.fill("publisher", agency_name(wire), unit.number)
            take_timestamp(Line(unit.number, unit.raw, dated, unit.end), article, doc, find_date(dated))
        elif found is not None and _LETTER_THEN_FIGURE.search(text) is not None and _name_with_glued_date(text):
            # "Moacir Lobo02/09/2023 às 09:41": the writer, the day glued to the name
            name = name_before_time(text)[0]
            article.fill("byline", name, unit.number)
            if (glued_day := find_date(text[len(name):])) is not None:
                take_timestamp(Line(unit.number, unit.raw, text[len(name):], unit.end), article, doc, glued_day)
        elif found is not None and (stamped := signed_stamp(text)) is not None:
            # "Valley Desk / Updated: May 3, 2024, 10:15 IST": who wrote the story, then when.
            name, publisher, stamps = stamped
            if index > 0 and name is not None and _place_under_name(header, index, name):
                # "Daniel Ríos Garza" over "Cerro Alto / 12.03.2024 18:22:00": where the writer named above wrote from
                article.fill("dateline", name, unit.number)
                if (stamp_day := find_date(stamps)) is not None:
                    take_timestamp(Line(unit.number, unit.raw, stamps, unit.end), article, doc, stamp_day)
                continue
            if not (name is not None and name.isupper() and _opens_a_title(name, header, unit)):
                article.fill("byline", name, unit.number)
                article.fill("publisher", agency_name(publisher) if publisher else None, unit.number)
            take_timestamp(Line(unit.number, unit.raw, stamps, unit.end), article, doc, find_date(stamps))
        elif found is not None and (placed := _place_and_date(
                text, found, article.byline is not None or index > 0 and (is_bare_name(header[index - 1].text)
                                                                         or wire_agency(header[index - 1].text) is not None
                                                                         or _full_names_slashed(header[index - 1].text))
        )) is not None:
            # (under the writer's name or a wire's, read later, a place of several words is where they wrote from:
            # "Santa Elvira - 02 jul 2024 - 06:00 CEST")
            if (index == 0 and any(find_date(later.text) is not None for later in header[index + 1:])
                    # (or above every title, over the menu's first item: "Braga, 8 de maio de 2024" over "Atualidade")
                    or not titles and _clock_over_menu(header, index)):
                doc.remove(unit, "site-clock")  # ("Asunción, viernes 7 de junio de 2024" over the logo: the site's town and day)
            elif (is_paper_name(placed[0]) or " " in placed[0] and is_organisation(placed[0])
                    or placed[0].lower() in SECTIONS  # ("Economia — 28 marzo 2024": the section, then the day)
                    or placed[0].lower() in _DESK_SECTIONS  # ("Policiaca / martes 9 de abril de 2024")
                    or names_weekday(placed[0])):  # ("Di, 12.03.2024 · 18:00 Uhr", "Tuesday , 03 May 2022": the day's name)
                article.fill("published", placed[1], unit.number)  # "Visayan Daily Tribune / March 06, 2025": no place
            elif placed[0].lower() in NEWSROOM_WORDS:
                article.fill("byline", placed[0], unit.number)  # ("Redacción · 11/11/2024": the newsroom signs, then the day)
                article.fill("published", placed[1], unit.number)
            else:
                article.fill("dateline", placed[0], unit.number)
                if not article.fill("published", placed[1], unit.number):
                    article.note("dateline", unit.number)
        elif (found is None and article.byline is not None and article.dateline is None and ", " in text
              and len(text) <= _DATE_LINE and (yearless := _PLACE_THEN_DAY.fullmatch(text)) is not None
              and date_without_year(yearless.group("day")) and yearless.group("place").lower() not in SECTIONS
              and not names_weekday(yearless.group("place"))):
            article.fill("dateline", yearless.group("place"), unit.number)  # "Nuoro, 17 gennaio" under the byline
        elif found is not None and (block := _post_line(text)) is not None:
            # "Paddy · April 19, 2019 · Mac · 7 comments": the post's date, author, category and comments
            day, name = block
            if name is not None:
                article.fill("byline", name, unit.number)
            take_timestamp(Line(unit.number, unit.raw, day, unit.end), article, doc, find_date(day))
        elif (used := labelled_figure(header, index, article) or alt_and_caption(header, index, article)) > 0:
            skip = used - 1
        elif (index + 2 == len(header) and len(header[index + 1].text) <= _WIRE_LINE
              and header[index + 1].number - unit.last <= 2 and wire_agency(header[index + 1].text) is not None
              and _is_sentence(text) and _signed_above(header, index)):
            # A wire's name alone between a sentence and the story, under the byline block: the lead picture's
            # credit (under the story's last prose it would sign the story; over the story, with no byline, it is one).
            wire = header[index + 1].text  # ("(AP Photo/Jane Roe)": the credit without its brackets)
            article.add_figure(text, standalone_credit(wire, under_caption=True) or wire, unit.number,
                               header[index + 1].last)
            skip = 1
        elif (index + 1 == len(header) and story is not None and story.text[:1] in "(ABCDEFGHIJKLMNOPQRSTUVWXYZ"
              and (wired := _caption_then_wire(text, story.text)) is not None):
            # "Lo spazzaneve al lavoro sulla statale 21 Ansa" over "(ANSA) - CUNEO, 05 MAR - …": the lead picture's
            # caption, credited to the wire that filed the story under it
            article.add_figure(*wired, unit.number, unit.last)
        elif text.endswith(")") and (tagged := _lead_tagged_caption(header, index)) is not None:
            # "… davanti al municipio. (Ansa)" right over the story, under the byline block: the lead picture's caption
            # and its credit (after the story's last prose, a wire's tag signs the story)
            article.add_figure(*tagged, unit.number, unit.last)
        elif (article.byline is None and (gallery_by := _GALLERY_BY.fullmatch(text)) is not None
              and is_bare_name(gallery_by.group("name"))):
            # "Fotos: Bernd Hallmayer" under a gallery's title: who made the gallery, its byline (a picture's credit
            # names it in the singular, under its caption)
            article.fill("byline", gallery_by.group("name"), unit.number)
        elif ((under := _credit_below(header, index)) is not None and not _writers_slashed(header[index + 1].text)
              and not (_GALLERY_BY.fullmatch(header[index + 1].text) is not None and _is_title(text))
              and not _spaced_items(unit)  # ("Lokales  Landkreis  Blaulicht  Sport": the menu's links side by side)
              and (not _is_title(text) or title_like > 1 and counts[text] < 2
                   and (not _dated_or_placed(_past_wire(header, index + 2))
                        or _picture_credit_line(header[index + 1].text)))  # ("© IPA": a picture's, never a byline)
              # ("Jane Roe | The Valley Courier" under a deck, above the story's date: its byline; over the headline,
              # a caption's credit)
              and (article.byline is not None or article.published is not None or named_for(under[0]) is None
                   or _caption_over_headline(header, index, under[1]) or _byline_under(header, index + under[1]))
              # (nor, under the headline and no byline known, a deck over a writer and the wire right over the story's
              # date: "Lea Gwerder / Keystone-SDA", then "Publiziert 30. Oktober 2024, 11:45")
              and not (article.byline is None and bool(titles) and _writer_and_wire(under[0])
                       and index + under[1] + 1 < len(header) and _dated(header[index + under[1] + 1]))):
            # (a title with a name and a date under it is the headline over its byline block)
            # (a title over a credit is the headline when it is the only one, or printed again)
            credit, skip = under
            article.add_figure(text, credit, unit.number, header[index + skip].last)
            for between in header[index + 1:index + skip]:
                if picture_button(between.text):
                    doc.remove(between, "page-chrome")
        elif (_is_title(text) and (labelled := _title_and_label(text, printed))[1] is not None
              and (labelled[1] in printed or labelled[0] in printed)):
            # "Council Backs the Pool | The Valley Courier": the site's name, printed on its own too, or the title (no
            # caption and its credit)
            titles.append(unit)
        elif (figure := caption_parts(text)) is not None:
            label, caption, credit = figure
            caption = without_counter(caption, unit, doc, credited=True)
            article.add_figure(caption, credit, unit.number, unit.last, label=label)
        elif (text.endswith(".") and index + 1 < len(header) and header[index + 1].number - unit.last <= 2
              and len(text.split()) >= _CREDITED_CAPTION_WORDS and can_be_caption(text) and find_date(text[-20:]) is None
              # (with the story's first line under the header: a credit may be the header's last line, though a name
              # alone there, under a deck, is its writer's)
              and (under := credit_under([*header, story] if story is not None and index + 2 == len(header)
                                         and not is_bare_name(header[index + 1].text.title()) else header,
                                         index + 1)) is not None
              and not _dated_or_placed(header[index + under[1] + 1] if index + under[1] + 1 < len(header) else None)):
            # "The former dealership has been vacant since 2019." over "GRANT OSEI | TVBJ": a caption, its credit under it
            # (over the date, "Jane Roe | The Valley Courier" is the byline block's, under the deck)
            article.add_figure(text, under[0], unit.number, header[index + under[1]].last)
            skip = under[1]
        elif len(text) > _NOTICE_LENGTH and opening_notice(text):
            doc.remove(unit, "site-notice")
        elif (name := author_bio(text)) is not None and article.byline is not None and name in article.byline:
            doc.remove(unit, "author-bio")
        elif index > 0 and counted_caption(header, index):
            article.add_figure(text, None, unit.number, unit.last)  # (the lead gallery's, over the story)
        elif ((index == len(header) - 1 or says_who_is_pictured(text)) and describes_picture(text) or stock_picture(text)
              or index == len(header) - 1 and scene_sentence(text)):
            # the lead photo's caption, printed without a credit: right above the story, or wherever it stands when
            # it says who is pictured ("Jane Roe (left) at the scene")
            article.add_figure(text, None, unit.number, unit.last)
        elif (len(text) <= _CREDIT_LINE and found is None and standalone_credit(text) is not None
              and byline_parts(text) is None and not _signs_under_title(header, index)
              # (a wire and where it wrote from over the date: "AFP | Ciudad de Guatemala" signs the story)
              and not ("|" in text and _wire_then_place(text) is not None and _dated(following.get(unit.number)))
              # (nor a writer and the wire over it, under a title: "Lea Gwerder / Keystone-SDA", then the date)
              and not (titles and article.byline is None and _writer_and_wire(text) and _dated(following.get(unit.number)))):
            # (a full date: "Jane Roe | 10:15 AM on March 3, 2024" signs the story)
            doc.remove(unit, "photo-credit")  # the credit of a picture whose caption the page does not print
        elif text.startswith("Reporting from ") and (place := _REPORTING_FROM.fullmatch(text)) is not None:
            article.fill("dateline", place.group("place"), unit.number)  # where the reporter wrote from
        elif (article.byline is None and 0 < index < len(header) - 2 and " " in text and len(text) <= _NAMES_LINE
              and (names_joined(text) or _full_names_slashed(text)) and _is_title(header[index - 1].text)
              and _place_over_date(header[index + 1], header[index + 2])):
            # "Elena Marco Ruiz y Pablo Ibarra", "Moraleda", the date, under the headline: its writers, and where from
            article.fill("byline", text, unit.number)
            article.fill("dateline", header[index + 1].text, header[index + 1].number)
            skip = 1
        elif (article.byline is None and 0 < index < len(header) - 1 and names_newsroom(text)
              and _words(header[index - 1].text) >= _HEADLINE_WORDS and _is_title(header[index - 1].text)
              and (_place_line(header[index + 1]) and not names_newsroom(header[index + 1].text)
                   or _dated(header[index + 1]) or _TIMESTAMP.match(header[index + 1].text) is not None)):
            # "Redacción Onda Meseta" under the headline, over where or when: its newsroom wrote it
            article.fill("byline", text, unit.number)
        elif (article.dateline is None and index > 0 and header[index - 1].number in article.field_lines.get("byline", ())
              and names_newsroom(header[index - 1].text) and _place_line(unit) and not names_newsroom(text)):
            article.fill("dateline", text, unit.number)  # ("Alcazarén de la Sierra" under it: where it was written)
        elif _menu_row(text) or _spaced_items(unit):
            doc.remove(unit, "navigation")  # ("Inicio Región Perú Mundo Deportes": the site's menu on one line)
        elif _note_over_the_writer(header, index):
            doc.remove(unit, "author-bio")  # ("Luciana Arraes escreve às terças-feiras" over "Luciana Arraes": no title)
        elif _is_title(text) or _numbered_title(header, index):
            titles.append(unit)
        else:
            pending.append((unit, text))
    for unit, found in above:
        # The story's date stands in its byline block, under the headline; a date alone above all the titles is
        # the site's clock ("Sunday, March 10, 2024") when the story has its own, and the story's otherwise.
        if article.published is None:
            take_timestamp(unit, article, doc, found)
        else:
            doc.remove(unit, "site-clock")
    titles = _without_link_lists(titles, header, doc)
    listed = _listed_titles(titles, header)
    # (a title between the byline and its date, under a longer title, is the writer's newsroom: "Sophie Lambert", "Radio
    # Hexagone - Hexagone Périgord", the date; a headline may stand under its "By" line, over the date)
    bylined = set(article.field_lines.get("byline", ()))
    at = {u.number: i for i, u in enumerate(header)}
    newsroom = {t.number for t in titles if _under_byline_over_date(header, at[t.number], bylined)
                and any(u.number < t.number and _words(u.text) > _words(t.text) for u in titles)}
    # ("São José das Pedras (SP)" over the date line, under the headline: where the story was written)
    written_from = {t.number for t in titles if _PLACE_AND_PROVINCE.fullmatch(t.text) is not None
                    and _dated(following.get(t.number)) and any(u.number < t.number for u in titles)}
    # ("AFP | La Habana" over the date: the wire that wrote the story, and where)
    wire_placed = {t.number for t in titles if _wire_then_place(t.text) is not None and _dated(following.get(t.number))}
    headline = _choose_headline([t for t in titles if t.number not in newsroom | written_from | wire_placed]
                                or [t for t in titles if t.number not in wire_placed], counts, listed, header)
    if (page_titled is not None and all(item["lines"][0] != page_titled.number for item in doc.removed)
            # (a signed title the evidence chose under the one the page's title names, nearer the story, stands: that one
            # is the site's slogan)
            and (headline is None or at[headline.number] <= at[page_titled.number]
                 or not _signed_below(header, at[headline.number]))):
        headline = page_titled
        if page_titled not in titles:
            titles = sorted([*titles, page_titled], key=lambda t: t.number)
    position = {u.number: i for i, u in enumerate(header)}
    if shouted and headline is not None and len(headline.text.split()) < _HEADLINE_WORDS and (
            signed_caps := [u for u in shouted if _signed_below(header, position[u.number])]):
        # Only a short title in ordinary case (the site's name): the headline is set in capitals, over its byline.
        headline = signed_caps[-1]
        shouted.remove(headline)
        titles.append(headline)
    if (shouted and headline is not None and position[headline.number] > 0
            and (capitals_over := header[position[headline.number] - 1]) in shouted
            and not headline.text.isupper() and _shouted_sentence(capitals_over.text)):
        # "HALCONES REMONTAN A IXTLÁN Y SE METEN A ZONA DE LIGUILLA" right over "Dos goles en los últimos diez minutos …":
        # the headline set in capitals, a sentence long, and its deck under it
        headline = capitals_over
        shouted.remove(capitals_over)
        titles.append(capitals_over)
    elif (shouted and headline is not None and position[headline.number] == 0 and header[-1] in shouted
          and len(headline.text.split()) < _HEADLINE_WORDS and _shouted_sentence(header[-1].text)):
        # "L'Eco del Liri" first on the page, its menu, then "SAGRA DELLA CIAMBELLA RINVIATA PER IL MALTEMPO" right over
        # the story: the logo's name, and the headline set in capitals, a sentence long
        headline = header[-1]
        shouted.remove(headline)
        titles.append(headline)
    # (not the site's name over its slogan: "EL ECO DE CARMELO" over "Semanario del oeste de Colonia")
    if headline is None and (shouted_titles := [u for u in shouted if not (
            position[u.number] + 1 < len(header) and site_slogan(header[position[u.number] + 1].text))]):
        # No title in ordinary case: the headline is set in capitals, the one nearest the story.
        headline = shouted_titles[-1]
        shouted.remove(headline)
        titles.append(headline)
    if headline is None and len(items) == 1 and not items[0][2] and _is_title(items[0][1]):
        # A list of one item above the story, the page printing no title: the last step of a breadcrumb
        # trail, the page's own title.
        unit, item, _ = items.pop()
        article.fill("headline", item, unit.number)
        headline = unit
    if ((headline is None or _names_a_medium(headline.text) and not _signed_below(header, position[headline.number]))
            and (stopped := _sentences_as_title(pending, header)) is not None):
        # (or only a medium's name, unsigned: the site's over its menus, "Cumberland Plateau Public Radio")
        headline = stopped
        titles.append(headline)
    elif (headline is not None and position[headline.number] > 0 and len(headline.text.split()) >= _DECK_UNDER_WORDS
          and (over_title := header[position[headline.number] - 1]) in [unit for unit, _ in pending]
          and _sentences_as_title([(over_title, over_title.text)], header) is not None):
        # "The county sold its water rights. Nobody told the ranchers." right over the title chosen: two short
        # sentences with their stops, the headline; the title under them its deck
        headline = over_title
        titles = sorted([*titles, over_title], key=lambda t: t.number)
    for unit in shouted:
        doc.remove(unit, "banner")
    for unit, item, _ in items:
        article.summary.append(item)
        article.note("summary", unit.number)
    signed = take_name_over_desk(header, headline, article, {u.number for u in header if _dated(u)})

    # Where the headline stands, each time the page prints it (a sharing box may print it first).
    copies = [i for i, u in enumerate(header) if headline is not None and u.text == headline.text]

    pictured = {number for block in article.blocks if block["type"] == "figure"
                for number in range(block["lines"][0], block["lines"][1] + 1)}
    # (nor does a box of key points: its labels and items)
    pictured.update(article.field_lines.get("summary", ()))
    pictured.update(item["lines"][0] for item in doc.removed if item["reason"] == "summary-label")

    def near_headline(unit: Line) -> bool:  # within two lines under the headline, blank and date lines not counted
        at = position[unit.number]
        nearest = bisect_left(copies, at)  # (the copies are in order: the nearest above, found at once)
        if nearest == 0:
            return False
        counted = 0
        for between in header[copies[nearest - 1] + 1:at + 1]:
            # (nor does the lead picture's caption with its credit: "… on Sunday. Photograph: Jane Roe/AFP")
            # (nor the story's share buttons and counters: "Comments", "Bookmark")
            counted += (not _dates_only(between.text) and between.number not in pictured
                        and chrome_reason(between.text, header=True) not in _SHARING_OR_PICTURE
                        and not _story_control(between.text)
                        and not _portrait(between.text)  # (nor the writer's portrait: "Photo of Jenna Morrow")
                        and not (counts[between.text] >= 2 and is_paper_name(between.text)))  # (nor the paper's name again)
            if counted > _BYLINE_REACH:
                return False
        return True

    def no_copy_under(unit: Line) -> bool:
        # No copy of the headline between the line and the story's byline or date: a page printing its title over
        # its menus, then the headline over the deck and byline, has its deck under the last copy.
        later = bisect_left(copies, position[unit.number])
        signature = _signature_under(article, headline)  # type: ignore[arg-type]
        return later == len(copies) or signature == float("inf") or header[copies[later]].number > signature
    for unit in header:
        if (article.byline is None and (place := following.get(unit.number)) is not None and is_bare_name(unit.text)
                and not is_paper_name(unit.text)  # ("Derwent Valley Tribune" over "Jane Roe Obituary": the paper's)
                and (_place_over_date(place, following.get(place.number))
                     # (or right over the story, its date read above them: "Renata Albuquerque", "São Paulo", the story)
                     or place is header[-1] and article.published is not None and _place_line(place))
                and take_bare_byline(unit, headline, article, True, near=near_headline(unit))):
            # "Luis Ángel Revilla", "Valladolid", "Actualizado Domingo, 7 abril 2024": who, where from, when
            doc.removed[:] = [item for item in doc.removed if item["lines"][0] not in (unit.number, place.number)]
            article.fill("dateline", place.text, place.number)
            signed.update((unit.number, place.number))
    for unit in titles:
        if unit.number in signed:
            continue
        if headline is not None and unit.text == headline.text:
            if unit is headline:
                title, label = _title_and_label(unit.text, printed)
                crumbs, title = _glued_crumbs(title)
                if (kicker := _GLUED_KICKER.match(title)) is not None:  # "Koalitionsstreit:Wie die Reform …"
                    crumbs, title = (crumbs + " " + kicker.group(0)).strip(), title[kicker.end():]
                article.fill("headline", _once(title), unit.number)
                if label is not None:
                    doc.remove_span(unit.number, unit.last, label, "masthead")  # the site's or section's name
                if crumbs:
                    doc.remove_span(unit.number, unit.last, crumbs, "navigation")
            else:
                article.note("headline", unit.number)
        elif (_NAME_AND_MORE.search(unit.text) or _dated_under(unit, following)
              # (or a person's middle initial: "Luis A. Negrón Colón" right under the headline)
              or _MIDDLE_INITIAL.search(unit.text) is not None and is_bare_name(unit.text)) and not _job_under_name(
                header, position[unit.number]) and not _logo_under_page_title(
                unit, header, position, headline, following, medium_word=False) and not _under_name_and_comma(
                header, position[unit.number]) and take_bare_byline(
                unit, headline, article, _dated_under(unit, following),
                near=near_headline(unit) or _name_comma_wire(unit.text)
                or _dated_under(unit, following) and (is_name_and_job(unit.text) or _name_over_stamp(unit, following))):
            # (a title-like line: only "name, job", "name and time", or names a date line signs, the job between; a
            # name and job over the date signs however far under the headline)
            pass
        elif (headline is not None and unit.number > headline.number and _under_name_and_comma(header, position[unit.number])
              and _dated_under(unit, following)):
            doc.remove(unit, "byline")  # "Hillmont Now Staff" under "Gretchen Alvarado,", over the date: her desk
        elif take_desk(unit, article):
            pass
        elif (headline is not None and unit.number > headline.number and article.byline is None
              and _dated_under(unit, following) and _name_dash_place(unit.text)):
            # "Giovanni Battista Ferraù - Città del Vaticano" over the date: who wrote it, and where from
            writer, _, writer_at = unit.text.replace(" – ", " - ").partition(" - ")
            article.fill("byline", writer, unit.number)
            article.fill("dateline", writer_at, unit.number)
        elif (headline is not None and unit.number > headline.number and article.byline is None
              and _writers_slashed(unit.text)):
            article.fill("byline", unit.text, unit.number)  # "Lucía Ferrer / Iván Soler" under the headline: its writers
        elif (headline is not None and unit.number > headline.number and article.byline is None
              and len(unit.text) <= _PRESS_OFFICE_CHARACTERS and (office := PRESS_OFFICE.match(unit.text)) is not None
              and office.end() + 2 < len(unit.text)):
            # "Secom/Prefeitura de Vila Nova do Sul", "Unidad de Comunicación SENCAV" under the headline: the press
            # office of the body whose news page it is (its name alone is a menu's link)
            article.fill("byline", unit.text, unit.number)
        elif (headline is not None and unit.number > headline.number and counts[unit.text] >= 2
              and is_paper_name(unit.text)):
            doc.remove(unit, "masthead")  # "L'Écho de la Vallée" again, over the writer's name: the newsroom's credit
        elif (_PLACE_AND_PROVINCE.fullmatch(unit.text) and _dated(following.get(unit.number))
              and (wire_named := wire_agency(unit.text)) is not None):
            article.fill("byline", unit.text, unit.number)  # "African News Agency (ANA)" over the date: the wire signs
            article.fill("publisher", wire_named, unit.number)
        elif _PLACE_AND_PROVINCE.fullmatch(unit.text) and _dated(following.get(unit.number)):
            article.fill("dateline", unit.text, unit.number)  # "Villanueva del Guadalrío (Sevilla)" over the date
        elif (wire_and_place := _wire_then_place(unit.text)) is not None and _dated(following.get(unit.number)):
            article.fill("publisher", wire_and_place[0], unit.number)  # "Press Trust of India New Delhi" over the date:
            if wire_and_place[1] is not None:
                article.fill("dateline", wire_and_place[1], unit.number)  # the wire that wrote the story, and where
                if article.byline is None:  # (the wire alone signs it, as printed: "AFP | Ciudad de Guatemala")
                    article.fill("byline", unit.text[:unit.text.rindex(wire_and_place[1])].rstrip(" /|,-"), unit.number)
        elif is_job(unit.text):
            pending.append((unit, unit.text))  # the writer's job, if under the byline: known once it is taken
        elif unit.number in listed:
            doc.remove(unit, "related-link")
        elif article.byline is None and _newsroom_signs(unit, headline, following):
            article.fill("byline", unit.text, unit.number)
        elif (headline is not None and unit.number > headline.number and (lead_figure := caption_parts(unit.text)) is not None
              and lead_figure[2]):
            # "La primera etapa incluye 210 locales … / Foto: Daniel Solís | El Sol de Tlacoyan" under the headline: the
            # lead picture's caption with its credit, though it reads as a title
            article.add_figure(lead_figure[1], lead_figure[2], unit.number, unit.last, label=lead_figure[0])
        elif (headline is not None and unit.number > headline.number and article.byline is None and near_headline(unit)
              and len(unit.text.split()) <= _WIRE_WORDS_ALONE and (wire_named := wire_agency(unit.text)) is not None):
            article.fill("byline", unit.text, unit.number)  # "The Associated Press" under the headline: the wire signs it
            article.fill("publisher", wire_named, unit.number)
        elif (headline is not None and headline.number < unit.number < _signature_under(article, headline)
              and no_copy_under(unit) and not (position[unit.number] == 1 and (is_paper_name(unit.text)
                                                                              or _name_over_menu(header, doc)))):
            # (not a paper's name right under the page's title printed first: its masthead, "Crónica del Ebro", or a
            # name right over the menu, "Il Faro di Ponente")
            article.summary.append(unit.text)  # the deck, between the headline and the byline or date
            article.note("summary", unit.number)
        elif _name_over_story(unit, header, headline, article):
            article.fill("byline", _without_job_after_slash(unit.text), unit.number)
        elif (article.byline is not None and headline is not None and unit.number > headline.number
              and position[unit.number] + 2 == len(header) and header[-1].text.isupper()
              and _caption_over_photographer(header, len(header) - 2, article.byline)):
            # "Operarios retiran algas en la playa", then "XOÁN C. REGUEIRO" right over the story, under the byline: the
            # lead picture's caption, printed without its stop, and its photographer (read as a banner above)
            doc.removed[:] = [item for item in doc.removed if item["lines"][0] != header[-1].number]
            article.add_figure(unit.text, header[-1].text, unit.number, header[-1].last)
            signed.add(header[-1].number)
        elif (headline is not None and unit.number > headline.number and position[unit.number] == len(header) - 1
              and reads_as_scene(unit.text)):
            # "Police officers on patrol at the central market on Friday" right over the story, under its headline
            # and byline: the lead picture's caption, printed without its stop or a credit
            article.add_figure(unit.text, None, unit.number, unit.last)
        elif _stopped_then_wire(unit.text):
            # "Une vue de la centrale … mégawatts. (MAP)": the lead picture's caption and the wire's credit (a story's
            # sign-off stands under it, never in its header)
            lead_caption, _, wire = unit.text.rpartition(" (")
            article.add_figure(lead_caption, wire[:-1], unit.number, unit.last)
        else:
            doc.remove(unit, "page-chrome")
    for unit, text in pending:
        words = text.split()
        if unit.number in signed or unit is headline:  # (the headline the page's title names, however it reads)
            continue
        dated = _dated_under(unit, following)
        # (a name over its job over the date, or a name and its job over the date, signs wherever it stands in the header)
        block = (job_over_date := _job_over_date(following.get(unit.number), following)) or dated and is_name_and_job(text)
        if (article.byline is None and dated and len(words) <= _WIRE_WORDS_ALONE
                and (wire := wire_agency(text)) is not None):
            article.fill("byline", text, unit.number)  # "Lusa", "Keystone-SDA" over the date: the wire signs the story
            if headline is None:  # (under a headline, the publisher is read later, as the page writes it)
                article.fill("publisher", wire, unit.number)
        elif (article.byline is None and dated and headline is not None and unit.number > headline.number
                and (wire_and_place := _wire_then_place(text)) is not None and (filed_at := wire_and_place[1]) is not None):
            # "IANS Mumbai" over the date line: the wire signs the story, written where it names
            article.fill("byline", text[:len(text) - len(filed_at)].strip(), unit.number)
            article.fill("publisher", wire_and_place[0], unit.number)
            article.fill("dateline", filed_at, unit.number)
        # ("Berner Aarepost" over "Startseite", under the page's title: the paper's logo, no writer; so is a name over
        # the site's slogan there, "Navigli Sera" over "Il quotidiano online di Milano e dintorni")
        elif (not ((next_line := following.get(unit.number)) is not None
                   and (is_paper_name(text) and is_home_link(next_line.text)
                        or position[unit.number] == 1 and site_slogan(next_line.text)))
              # (nor a paper's name right under the page's title printed first, "Tegus Hoy": its logo)
              and not _logo_under_page_title(unit, header, position, headline, following)
              and take_bare_byline(unit, headline, article, dated or job_over_date,
                                   near=near_headline(unit) or block or _name_over_stamp(unit, following))
              or take_desk(unit, article)):
            pass
        elif article.byline is None and _newsroom_signs(unit, headline, following):
            article.fill("byline", text, unit.number)
        elif job_under_byline(unit, article):
            doc.remove(unit, "byline")
        elif ((article.byline is not None or _PICTURE_WORD.search(header[-1].text) is not None)
              and position[unit.number] + 2 == len(header) and header[-1].text.isupper()
              and _caption_over_photographer(header, len(header) - 2, article.byline or "")):
            # "El arquitecto …, en su estudio en 2011.", then "SAMUEL BERMEJO" right over the story, under the byline:
            # the lead picture's caption and its photographer (the writer's name is known; with no byline, the word for a
            # picture tells the photographer: "BELGA PHOTO JORIS VANDERSTRAETEN")
            article.add_figure(text, header[-1].text, unit.number, header[-1].last)
            signed.add(header[-1].number)
        elif _name_over_story(unit, header, headline, article):
            article.fill("byline", _without_job_after_slash(text), unit.number)
        elif (article.dateline is None and words[0] in _AT_PLACE_WORDS and (place := _place_under_byline(unit, article))
              is not None):
            article.fill("dateline", place, unit.number)  # "Marie-Ève Gauthier", then "à Québec": where she wrote from
        elif article.byline is not None and about_the_writer(text, article.byline):
            doc.remove(unit, "author-bio")
        elif (article.dateline is None and _PLACE_AND_REGION.fullmatch(text) is not None
              and _dated(following.get(unit.number)) and position[unit.number] > 0
              and (is_job(over := header[position[unit.number] - 1].text) or is_bare_name(over))):
            article.fill("dateline", text, unit.number)  # "Kelly Arsenault", "Health Reporter", "Barrowdale, Ont.", the date
        elif (headline is not None and unit.number > headline.number and len(words) <= CAPTION_WORDS
              and PICTURE_NAMED_FIRST.match(text) is not None and text.endswith(_TERMINAL)):
            article.add_figure(text, None, unit.number, unit.last)  # "Satellite image of …": the lead picture's caption
        elif headline is not None and unit.number > headline.number and len(words) >= 6 and text.endswith(_TERMINAL):
            article.summary.append(text)  # a standfirst: one sentence under the headline
            article.note("summary", unit.number)
        elif (headline is not None and unit.number < headline.number
              and (_is_sentence(text) or describes_picture(text)
                   or text[:5] in _PICTURE_LABEL_OPENINGS and _PICTURE_LABEL.match(text) is not None)
              and position[headline.number] - position[unit.number] <= _LEAD_CAPTION_REACH):
            # A sentence just above the headline is the lead photo's caption, printed without a credit (one further
            # up, among the page's menus, is the page's own blurb).
            article.add_figure(text, None, unit.number, unit.last)
        elif (article.byline is None and headline is not None and unit.number > headline.number
              and ("·" in text or " | " in text) and (signed_day := _date_and_newsroom(text)) is not None):
            # "21.06.2024 | red", "12 mars 2024 · La Rédaction": the story's day and the newsroom that signs it
            article.fill("byline", signed_day[2], unit.number)
            take_timestamp(Line(unit.number, unit.raw, signed_day[0], unit.end), article, doc, signed_day[1])
        elif ("·" in text or " | " in text) and (dated_part := _date_among_chrome(text) or _section_and_day(text)) is not None:
            # "2 min read · 20 Feb 2025", "27.06.2024 · 3 commentaires": the story's day among the page's counters; "Natur &
            # Umwelt · Mo, 06.05.2024": its section's name and its day
            take_timestamp(Line(unit.number, unit.raw, dated_part[0], unit.end), article, doc, dated_part[1])
        elif (headline is not None and unit.number > headline.number and article.byline is None
              and signed_initials(text) and _dated(following.get(unit.number))):
            article.fill("byline", text, unit.number)  # "E.D." under the headline, over the date: the writer's initials
        else:
            doc.remove(unit, "page-chrome")
    if (header and story is not None and _signed_by_wire_alone(article)
            and _shouted_name_over_wired_story(header[-1], story, doc)):
        # "Folhapress" under the date, then "LUCAS ORTIZ BRAGA" right over "SANTA RITA DO URUBU, AM (FOLHAPRESS) - …": the
        # wire's writer signs the story (the wire stays its publisher)
        doc.removed[:] = [item for item in doc.removed if item["lines"] != [header[-1].number, header[-1].last]]
        article.fill("publisher", wire_agency(article.byline or ""), *article.field_lines.get("byline", ()))
        article.byline = None
        article.field_lines.pop("byline", None)
        article.fill("byline", header[-1].text, header[-1].number)
    if (article.byline is None and headline is not None
            and (columnist := _columnist_over(header, headline, story.text if story is not None else "")) is not None):
        # "Opinion", "Jane Roe", then the headline: a column's writer, printed over its title
        doc.removed[:] = [item for item in doc.removed if item["lines"] != [columnist.number, columnist.last]]
        article.fill("byline", columnist.text, columnist.number)
        for removal in doc.removed:
            if columnist.last < removal["lines"][0] < headline.number:
                removal["reason"] = "byline"  # (the writer's job, between their name and the title)
    if (article.byline is None and headline is not None and (source := next(iter(sourced_by), None)) is not None
            and ":" in source.text and 0 < position[source.number] - position[headline.number] <= _SOURCE_UNDER_HEADLINE):
        # "Source: Reuters", "Fonte: Lusa" right under the headline, no writer named: the wire signs the story (the word
        # without its colon, "Source AFP", may be a credit's)
        article.fill("byline", _source_line(source.text).group("agency"), source.number)  # type: ignore[union-attr]
    article.blocks.sort(key=lambda block: block["lines"][0])  # the header's figures, in the page's order
    if headline is not None:
        _prefer_date_under_headline(header, headline, article, doc)
    return article.headline, (agency, agency_line) if agency is not None else None


_SHOUTED_HEADLINE_WORDS = 6  # at least, in a headline set in capitals over its deck (a kicker is shorter)
_SHOUTED_SENTENCE_WORDS = 2  # small words, at least, in it: a sentence's (a menu's row in capitals has none)
_SOURCE_UNDER_HEADLINE = 3  # lines, at most, from the headline to a wire's source line that signs the story


_AT_PLACE_WORDS = frozenset("à À in In em Em en En a A".split())
_AT_PLACE = lazy_compile(r"(?:[àÀ]|[Ii]n|[Ee][mn]|[aA]) (?P<place>[A-ZÀ-Þ].{1,40})")


def _place_under_byline(unit: Line, article: ArticleDraft) -> Optional[str]:
    """The place on a line of its own right under the byline, after the word for "in" ("à Québec", "em Brasília")."""
    signed = article.field_lines.get("byline")
    if not signed or not 0 < unit.number - max(signed) <= 2 or (at := _AT_PLACE.fullmatch(unit.text)) is None:
        return None
    place = at.group("place")
    return place if is_place_alone(place) and not is_job(place) and place.lower() not in SECTIONS else None


def _prefer_date_under_headline(header: Sequence[Line], headline: Line, article: ArticleDraft, doc: DocumentDraft) -> None:
    """When the date taken stands above the headline and another day stands alone under it, the one above is the
    site's clock ("Sunday, March 17, 2024" among the menus) and the story's date is the one in its byline block."""
    taken = article.field_lines.get("published")
    if not taken or max(taken) > headline.number or set(taken) & set(article.field_lines.get("byline", ())):
        return
    later = next((item for item in doc.removed if item["reason"] == "timestamp" and item["lines"][0] > headline.number
                  and item["lines"][0] == item["lines"][1]), None)
    under = next((unit for unit in header if later is not None and unit.number == later["lines"][0]), None)
    if under is None or (found := find_date(under.text)) is None or found[0] == (article.published or "")[:10]:
        return
    doc.removed.remove(later)  # type: ignore[arg-type]
    clock = [unit for unit in header if unit.number in taken]
    article.published = None
    del article.field_lines["published"]
    for unit in clock:
        doc.remove(unit, "site-clock")
    take_timestamp(under, article, doc, found)


def _is_sentence(text: str, fewest: int = _SENTENCE_WORDS, lower_share: int = 2) -> bool:
    """``fewest`` words or more, opening with a capital or a figure (after a quote, if any) and closing with a full
    stop (before a quote, if any), most of them in lower case (a ``lower_share``-th of them at least: a caption that
    names places and people, or a German one, capitalises more)."""
    words = text.split()
    first = text[1:2] if text[0] in _OPENING_QUOTES else text[:1]
    return (len(words) >= fewest and (first.isupper() or first.isdigit()) and text.rstrip(_CLOSING_QUOTE_MARKS).endswith(".")
            and sum(word.lstrip(_OPENING_QUOTES)[:1].islower() for word in words) * lower_share >= len(words))


_CLOSING_QUOTE_MARKS = "'\"’”»"


# "Madrid - 03 mar 2024 - 10:15 CET", "Kyiv, March 3, 2024": where and when, on one line under the headline.
# "Valencia - 12 mar 2025", "Villarejo del Campo (Albacete) - 12 mar 2024": the place, its little words and its
# province in brackets included
_PLACE_BEFORE_DATE = lazy_compile(r"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?:\s+(?:(?:de|del|de la|de las|de los|do|da|dos|das|di"
                                  r"|am|an der|sur|sous|en)\s+)?[A-ZÀ-Þ][\w'’\-]+){0,2}(?:\s+\([A-ZÀ-Þ][\w'’.\- ]{1,30}\))?"
                                  r"(?:,\s[A-ZÀ-Þ][\w'’.\-]{1,20})?)"  # (its state after a comma: "Apatzingán, Mich. / 20.02.2024")
                                  # (also a middle dot: "Stralsee · 27.03.2024, 06:00 Uhr"; after the province in
                                  # brackets, a space alone: "Algeciras (Cádiz) 05 mar 2024 - 13:21")
                                  r"(?:\s*[-–—,|/·•]\s*|(?<=\))\s+)(?=\S)")


# "Villanueva del Guadalrío (Sevilla)", "TORRE SAN VITO (BARI)": a place and its province in brackets
_PLACE_AND_PROVINCE = lazy_compile(r"[A-ZÀ-Þ][\w'’\-]+(?:\s+(?:(?:de|del|de la|do|da|dos|das|di|dei|des|sur|am)\s+)?[A-ZÀ-Þ][\w'’\-]+){0,3}"
                                   r"\s+\([A-ZÀ-Þ][\w'’.\- ]{1,30}\)")
# "CHENNAI March 08, 2024 10:45 pm": a place in capitals right before the date, no mark between
_CAPITALS_BEFORE_DATE = lazy_compile(r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){0,2})\s+(?=\w)")
_POST_LINE_PARTS = 3  # at least, in a post's line of facts: its date and two more
_POST_PART_WORDS = 6  # at most, in each of them
_POST_SEPARATOR = lazy_compile(r"\s+[|·•/]\s+")  # (also a slash: "March 4, 2024 / 6:15 PM / CBS News")
# "VON Sina Giebel", "by Jane Roe": who wrote the post, inside one of its parts
_POST_AUTHOR = lazy_compile(r"\b(?i:von|by|par|por|di)\s+(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’\-]+){1,3})")


_GLUED_CRUMBS = 2  # joints, at least, in a title's first word: crumbs of a trail glued to it


_TRAIL_MARKS = ("/", ">", "»", "›", "|", "→")
_TRAIL_TITLE_WORDS = 4  # at least, in the title a trail leads to (a section's name may close a trail too)


def _trail_to_title(text: str, below: str) -> bool:
    """Whether ``text`` is the page's trail of sections ending with the title printed on the line ``below`` it."""
    return (len(text) > len(below) and text.endswith(below) and below.count(" ") + 1 >= _TRAIL_TITLE_WORDS
            and text[:len(text) - len(below)].rstrip().endswith(_TRAIL_MARKS))


def _glued_crumbs(title: str) -> tuple[str, str]:
    """(crumbs, title) for a title with the page's trail glued to its first word, as a page joins two elements
    ("NachrichtenUnternehmenAutozulieferer steigert Gewinn": "NachrichtenUnternehmen", then the title); a brand's
    own capitals ("iPhone", "PlayStation") make one joint at most."""
    first = title.split(" ", 1)[0]
    joints = [found.start() for found in _GLUED_JOINT.finditer(first)]
    if len(joints) < _GLUED_CRUMBS or not first[joints[-1]:].isalpha() or not first[:joints[-1]].isalpha():
        return "", title
    return title[:joints[-1]], title[joints[-1]:]


def _once(title: str) -> str:
    """A title glued to its own copy, as a page joins two elements ("Sardines de campagneSardines de campagne"),
    printed once."""
    half = len(title) // 2
    return title[:half] if len(title) % 2 == 0 and half and title[:half] == title[half:] else title


def _post_line(text: str) -> Optional[tuple[str, Optional[str]]]:
    """(date part, author) for a blog post's line of facts between dots or bars: its date and, among short parts,
    its author, category and count of comments ("Paddy · April 19, 2019 · Mac · 7 comments", "Freitag | 14. Juni 2019
    | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS"); None for a line that is not one."""
    parts = _POST_SEPARATOR.split(text)
    dated = [part for part in parts if parse_date(part) is not None]
    if (len(parts) < _POST_LINE_PARTS or len(dated) != 1 or any(len(part.split()) > _POST_PART_WORDS for part in parts)
            or any(part.endswith((".", "!", "?")) for part in parts)):
        return None
    at = parts.index(dated[0])
    if at == len(parts) - 1:
        return None  # ("Jane Roe | Reporter | March 3, 2024": a byline block, its date last)
    author = next((found.group("name") for part in parts if (found := _POST_AUTHOR.search(part)) is not None), None)
    if author is None:  # a name alone among the parts ("04.02.2022 | 13:10 Uhr | Uta Helkenberg"), not a section's
        author = next((part for part in parts if is_bare_name(part) and not is_organisation(part)
                       and chrome_reason(part) is None), None)  # (nor a widget's: "View Comments")
    if author is None:  # or the newsroom's word or mark ("Redação | 22 Fev 2025 | 0 comentários")
        author = next((part for part in parts if _newsroom_sign(part)), None)
    return dated[0], author


def _place_and_date(text: str, found: tuple[str, re.Match[str]], signed: bool) -> Optional[tuple[str, str]]:
    """(place, date) for a line that is a place, a separator and a date standing alone. Before the byline is
    known, a place of more than one word may as well be the author's name ("Jane Roe - March 3, 2024")."""
    if (text.count(" | ") == 2 and _name_cased(name := text.partition(" | ")[0]) and name.count(" ") < _LABEL_WORDS
            and (is_paper_name(name) or is_organisation(name) or not is_bare_name(name))
            and name.lower() not in NEWSROOM_WORDS
            and not any(char.isdigit() for char in text[len(name) + 3:].partition(" | ")[0])):
        # ("Crónica del Ebro | Zaragoza | 7 de febrero de 2025": the site's name, then where and when; not the writer's
        # or the newsroom's, who sign it, "Sofía Arias | León | 3 de mayo de 2024", nor a place, then the day and the
        # hour, "Eivissa | 02/08/2024 | 07:00")
        text = text[len(name) + 3:]
        if (found_after := find_date(text)) is None:
            return None
        found = found_after
    place = _PLACE_BEFORE_DATE.match(text) or (
        capitals if (capitals := _CAPITALS_BEFORE_DATE.match(text)) is not None
        and wire_agency(capitals.group("place")) is None else None)  # ("AFP 12/03/2024": a wire, no place)
    if (place is None or place.end() > found[1].start()
            or (not signed and " " in place.group("place").partition(" (")[0])  # (a province in brackets: a place's)
            or wire_agency(place.group("place")) is not None):  # ("AFP • 12/03/2024 à 09:14": the wire signs it)
        return None
    if ("/" in text[place.end("place"):place.end()] and " " in place.group("place") and ", " not in place.group("place")
            and (is_bare_name(place.group("place")) or not _place_line(Line(0, place.group("place"), place.group("place"), 0)))
            and not (is_paper_name(place.group("place")) or is_organisation(place.group("place")))):
        # ("Julia Steinhoff / Oktober 25 2023": before a slash, one word names a place, two a writer; a town and its
        # state after a comma, "Apatzingán, Mich. / 20.02.2024", or words no name has, "Ciudad de México", a place)
        return None
    rest = text[place.end():]
    if rest[:1] in "UuPpLl" and (label := _STAMP_LABEL_FIRST.match(rest)) is not None:
        rest = rest[label.end():]  # ("Indrapur, UPDATED: Jun 12, 2024 09:15 IST": the stamp's label before the day)
    if (updated := _UPDATE_AFTER.search(rest)) is not None:
        rest = rest[:updated.start()]  # ("Madrid | 12/03/2024 - 14:27h. Actualizado: …": the update after the day)
    day = find_date(rest)
    if (day is not None and "/" in text[place.end("place"):place.end()]
            and (paper := _PAPER_BEFORE_DATE.fullmatch(rest, 0, day[1].start())) is not None
            and not names_weekday(paper.group(0).strip())):
        rest = rest[day[1].start():]  # ("Portomar / El Faro 14/03/2024 05:00 h": the paper's short name before the day)
        day = find_date(rest)
    date = date_alone(rest, day)
    return (place.group("place"), date) if date is not None else None


_PAPER_BEFORE_DATE = lazy_compile(r"(?:[A-ZÀ-Þ][\w'’.\-]*|la|el|o|a|il|le|die|der|the) ?(?:[A-ZÀ-Þ][\w'’.\-]* ?){0,2}")


_STAMP_TIME = lazy_compile(r"\b\d{1,2}[:h]\d{2}\b|\d{1,2}h\b")
_UPDATE_AFTER = lazy_compile(r"[.\s|·–-]+(?:actualizado|updated|aktualisiert|mis à jour|atualizado|aggiornato)\b.*$", re.I)
_STAMP_LABEL_FIRST = lazy_compile(r"(?:last updated|updated|published|posted)\s*:?\s*", re.I)


_TITLE_DASHES = (" - ", " – ", " — ")
_LABEL_WORDS = 4  # at most, in a site's or section's name printed beside a title after a bar


def _title_and_label(text: str, printed: set[str]) -> tuple[str, Optional[str]]:
    """"Council Backs the Pool | The Valley Courier", "Opinion | Why the Town Needs a Pool": a page's title with the
    site's or section's name beside it, after or before a bar; the title, and the name (None when there is none).
    After a dash, only a name the page prints elsewhere too ("Council Backs the Pool - The Valley Courier" under the
    masthead, or over "Take your next trip with The Valley Courier!"): a dash may join a headline's own two
    halves."""
    if text.count(" | ") != 1:
        for dash in _TITLE_DASHES:
            head, found, tail = text.rpartition(dash)
            if (found and len(tail.split()) <= _LABEL_WORDS < len(head.split())
                    and (tail in printed or " " in tail and _name_cased(tail)  # (a name of two words at least)
                         and any(tail in other for other in printed if other != text))):
                return head, tail
        return text, None
    head, tail = text.split(" | ")
    if len(tail.split()) <= _LABEL_WORDS < len(head.split()):
        return head, tail
    if _LIVE_LABEL.fullmatch(head) is not None:
        return text, None  # "EN VIVO | Final de la Liga …": a live page's title, its label as printed, no one's name
    if len(head.split()) <= _LABEL_WORDS // 2 and len(tail.split()) > _LABEL_WORDS:
        return tail, head
    return text, None


# A live page's label before its title, in the six languages.
_LIVE_LABEL = lazy_compile(r"live|live blog|liveblog|live-ticker|liveticker|en vivo|en directo|directo|en direct|direct"
                           r"|ao vivo|in diretta|diretta", re.I)


_NAME_JOINERS = frozenset("of the and & de la le du des di da do del y e et für der".split())


def _name_cased(text: str) -> bool:
    """Whether every word of ``text`` is capitalised but the little words of names ("The Valley Courier", "Diario de
    Almara"); "Polizei sucht Zeugen" is a clause."""
    return all(word[:1].isupper() or word in _NAME_JOINERS for word in text.split())


_TITLE_PARTS = lazy_compile(r"\s*\|\s*|\s+[-–—»›>/]\s+")


def _dated(unit: Optional[Line]) -> bool:
    """Whether ``unit`` is a line giving the story's date, as under a byline."""
    if unit is None:
        return False
    found = find_date(unit.text)
    if found is None:
        return False
    if date_alone(unit.text, found) is not None or _is_timestamp(unit.text) or _stamp_with_clock(unit.text, found):
        return True  # ("Portomar / El Faro 14/03/2024 05:00 h": where, the paper and when, to the minute)
    # "18 aprile 2024 - PESCARA": the date, then where the story was filed from
    filed = _PLACE_AFTER_STAMP.search(unit.text, found[1].end())
    return filed is not None and date_alone(unit.text[:filed.start()], found) is not None


def _dated_or_placed(unit: Optional[Line]) -> bool:
    """Whether ``unit`` gives the story's date, alone or after where it was written ("Madrid - 18 feb 2025")."""
    return _dated(unit) or unit is not None and _placed_and_dated(unit.text)


def _caption_over_photographer(header: Sequence[Line], index: int, byline: str) -> bool:
    """Whether ``header[index]`` is one sentence that can be a caption, and the line under it a name in capitals other
    than the writer's (of two to four words, none of them a little word: "LAS GUERRILLAS" is a subhead)."""
    text, name = header[index].text, header[index + 1].text
    words = name.split()
    return (ends_as_caption(text) and header[index + 1].number - header[index].last <= 2
            and 2 <= len(words) <= _PHOTOGRAPHER_WORDS and name.title() != byline.title() and is_bare_name(name.title())
            and not any(is_function_word(word.lower()) for word in words) and SENTENCE_INSIDE.search(text) is None
            and can_be_caption(text) and chrome_reason(name.title(), header=True) is None)


_PHOTOGRAPHER_WORDS = 4
_PICTURE_WORD = lazy_compile(r"\b(?:PHOTO|FOTO|PICTURE|BILD)\b")


def _past_wire(header: Sequence[Line], index: int) -> Optional[Line]:
    """``header[index]``, or the line under it when it names a wire alone: a byline block may print the writer's
    wire between the name and the date ("JANE ROE", "Associated Press", "Published 9:12 p.m.")."""
    if index + 1 < len(header) and len(header[index].text) <= _WIRE_LINE and wire_agency(header[index].text) is not None:
        index += 1
    return header[index] if index < len(header) else None


def _signs_under_title(header: Sequence[Line], index: int) -> bool:
    """"Jane Roe/Reuters" between a title and a date line: the story's byline block, not a picture's credit."""
    return (0 < index < len(header) - 1 and _is_title(header[index - 1].text) and _dated(header[index + 1])
            and "/" in header[index].text)


_SECTION_WORDS = 4  # at most, in the name of a section printed beside the date


_DASH_AFTER_DATE = lazy_compile(r"\s[-–—]\s")


# "March 04, 2024 10:15 pm | Updated 10:20 pm IST - NEW DELHI": where the story was filed, in capitals after a dash
# at the end of its date line.
_PLACE_AFTER_STAMP = lazy_compile(r"\s[-–—]\s(?P<place>[A-ZÀ-Þ]{3,}(?:[ .'’\-][A-ZÀ-Þ]{2,}){0,3})$")


_PAPER_AFTER = lazy_compile(r"\s*(?:,|\||·|•| [-–—])\s*(?P<paper>[^,|·•]{3,60})$")


def _date_then_paper(text: str, found: tuple[str, re.Match[str]]) -> Optional[str]:
    """The date of a line that prints when, then the paper's name after a comma or a bar ("Tuesday March 18 2025,
    12.01am GMT, The London Chronicle"), or None."""
    after = _PAPER_AFTER.search(text, found[1].end())
    paper = after.group("paper") if after is not None else ""
    if after is None or not (is_paper_name(paper) or is_publication_name(paper)
                             or paper.startswith("The ") and is_organisation(paper)):  # ("The London Lantern")
        return None
    day = text[:after.start()]
    return day if date_alone(day, found) is not None else None


def _section_and_date(text: str) -> Optional[str]:
    """The date of "Local News | March 3, 2024": a section's name and the date, a bar between (not a name); also
    with no bar, the section first ("Política 04 mayo 2022 - 00:00"), or the date first and a dash
    ("22.05.2014 - Gemeinde/ Stadt")."""
    parts = [part.strip() for part in text.split("|")]
    if len(parts) == 1 and (dash := _DASH_AFTER_DATE.search(text)) is not None and parse_date(text[:dash.start()]):
        parts = [text[:dash.start()], text[dash.end():]]  # "22.05.2014 - Gemeinde/ Stadt": the date, then the section
    if len(parts) == 1 and (found := find_date(text)) is not None and found[1].start() > 0:
        # (only a space between: "Riverton - 03 mar 2024" and "Madrid, 3 mar 2024" are where the story was written)
        head, date = text[:found[1].start()], text[found[1].start():]
        if not (head[-1:] == " " and head.rstrip()[-1:].isalpha() and all(w[:1].isupper() for w in head.split())
                and parse_date(date)):
            return None  # (a title with a date in it has words in small letters: "Weekly Edition for March 26, 2015")
        parts = [date, head.strip()]
    if len(parts) != 2:
        return None
    for dated, other in (parts, parts[::-1]):
        if (parse_date(dated) is not None and 0 < len(other.split()) <= _SECTION_WORDS
                and (not is_bare_name(other) or is_organisation(other))
                and other[:1].isupper() and find_date(other) is None):
            return dated
    return None


def _is_timestamp(text: str) -> bool:
    return _TIMESTAMP.match(text) is not None or (text[:1] in _RELATIVE_DAY_FIRST and _RELATIVE_STAMP.fullmatch(text) is not None)


# "Today at 15:00", "Gestern, 18:30 Uhr", "Hoy a las 10:15": a stamp that names the day only by its distance from today
_RELATIVE_STAMP = lazy_compile(r"(?:today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|hoje|ontem|oggi|ieri)"
                               r",?(?: at| um| à| a las| às| alle)? \d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?)?(?: uhr)?", re.I)
_RELATIVE_DAY_FIRST = "TtYyHhGgAaOoIi"


def _under_byline_over_date(header: Sequence[Line], index: int, bylined: set[int]) -> bool:
    """Whether the title at ``header[index]`` stands right under the byline and over the date line."""
    return (0 < index and header[index - 1].number in bylined
            and any(_dated(unit) for unit in header[index + 1:index + 1 + _NEWSROOM_OVER_DATE]))


_LIST_REACH = 2  # lines under a stamp where a list's next title stands
_NEWSROOM_OVER_DATE = 2  # lines under the writer's newsroom where the story's date stands (the site's name between)


_STOPPED_THEN_WIRE = lazy_compile(r"[^()]{20,}[.!?] \((?P<wire>[^()]{2,30})\)")


def _stopped_then_wire(text: str) -> bool:
    """Whether ``text`` is a sentence with its stop, then a wire's name in brackets (not a story's, which says who told
    it: "… a-t-on appris mardi auprès de la commune. (Belga)")."""
    found = _STOPPED_THEN_WIRE.fullmatch(text) if text[-1:] == ")" else None
    return found is not None and wire_agency(found.group("wire")) is not None and not reported_then_wire(text)


# "Fotos: Bernd Hallmayer", "Bilder: …", "Photos: …": who took a gallery's pictures, in the plural, over the gallery.
_GALLERY_BY = lazy_compile(r"(?:Fotos|Bilder|Photos|Fotografías|Fotografias|Fotografie|Fotogalerie von|Galerie von)\s*:?\s+"
                           r"(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){1,3})")


# The labels of a review's box of facts, in the six languages: the book's or the film's title, its author, publisher,
# pages and price, its director.
_FACT_LABEL = lazy_compile(r"(?:Título|Titel|Title|Titre|Titolo|Autora?|Author|Auteure?|Autore|Autrice|Editorial|Verlag"
                           r"|Éditeur|Editore|Editora|Páginas|Seiten|Pages|Pagine|Precio|Preis|Prix|Prezzo|Preço"
                           r"|Regie|Réalisation|Dirección|Direção|Regia|Director)\s*:\s"
                           # (not an editorial's title after its label: "Editorial: The water board owes …")
                           r"(?!(?:\S+\s+){5})")


# A site's slogan: what kind of medium it is (a word media name themselves with) and for whom or where (a word of
# address or scope), in a few words, in the six languages.
_MEDIUM = lazy_compile(r"\b(?:\w*zeitung|newspaper|news|journal|diario|diário|semanario|semanário|settimanale|hebdo|periódico|portal|portail|actualités?|noticias|notizie|radio|rádio"
                       r"|notícias|nachrichten|magazin|magazine|revista|jornal|giornale|quotidiano|hebdomadaire|weekly|daily"
                       r"|informaci[óo]n|information|informação|informazione|\w*blatt)\b", re.I)
_SCOPE = lazy_compile(r"\b(?:für (?:das|den|die)|fürs|vom|aus (?:dem|der)|de la (?:ciudad|región|provincia|zona)|y (?:la región"
                      r"|alrededores|la zona)|de l['’]actualité|au cœur|for the|your|ihre?|votre|tu|seu|sua|il tuo"
                      r"|della (?:città|provincia)|da região|da cidade"
                      # (for whom: "… della nostra comunità", "… for our community")
                      r"|(?:della nostra|de notre|de nuestra|da nossa|unserer|for our) (?:comunità|communauté|comunidad|comunidade|gemeinde|community)"
                      # (where, by the land: "La radio de las islas", "Le journal de la vallée")
                      r"|de (?:la|las|los|el|l['’]) (?:islas?|comarca|sierra|costa|valle|vallée|montagne|isla)"
                      # (or by its name, after the news: "L'actualité du Grand Nord", "Noticias de la Bénoué")
                      r"|(?<=actualité )(?:du|de la|des|de l['’]|de) (?-i:[A-ZÀ-Þ])[\w'’\-]*"
                      # (a kind of paper by its reach: "Diário regional dos Açores", "Il quotidiano locale di …")
                      r"|regional|régional|regionale|local|locale|lokal|comarcal|provincial|provinciale)\b", re.I)
_SLOGAN_WORDS_AT_MOST = 10
_MEDIUM_FIRST = lazy_compile(r"(?:(?:das|die|der|le|la|il|el|o|a|the|your|ihr|ihre|votre|tu|il tuo|seu|sua) |l['’])?"
                             # (a German adjective before it: "Unabhängige Heimatzeitung für Niederbayern")
                             r"(?:(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es)) )?"
                             # (or an English one that says what standing it has: "The official newspaper of …")
                             r"(?:(?:official|independent|community|hometown|oldest|leading|award-winning) )?"
                             r"\w*(?:zeitung|blatt|portal|portail|magazin|magazine|nachrichten|nachrichtenmagazin|news|newspaper"
                             r"|noticias|notícias|notizie|actualités|informations|informação|información|informazione|info"
                             r"|journal|jornal|giornale|diario|diário"
                             r"|quotidien|quotidiano|hebdo|revista|periódico|semanario|semanário|settimanale|hebdomadaire)"
                             # (a word for its kind after it: "El periódico digital de …", "Il settimanale locale di …")
                             r"(?: (?:digital|online|regional|local|régional|regionale|locale|independiente|independente"
                             r"|oficial|officiel|ufficiale"
                             r"|gratuito|gratuit|indépendant|comarcal|provincial))?"
                             r"(?: (?:für|for|from|aus|de|do|da|dos|das|du|des|di|del|della|delle|dei|degli|of|dal|dalla|dalle"
                             r"|dai|vom|von|em|en|no|na|nel|nella|au|aux)\b.*"
                             # (a joiner elided onto the place: "Il giornale dell'altopiano", "Le journal d'Arlon")
                             r"| (?:dell|dall|nell|all|d)['’]\w.*)?",
                             re.I)
_MEDIUM_REACH = 3  # words: a slogan names the medium first ("Ihre Wochenzeitung …"; a title may name a paper later)


# The year a paper was founded, after its slogan, in the six languages.
_FOUNDED = lazy_compile(r",?\s+(?:since|founded in|established in|est\.|seit|gegründet(?: im jahr)?|depuis|fondée? en|desde"
                        r"|fundad[oa] (?:en|em)|dal|fondat[oa] nel)\s+\d{4}$", re.I)


# A broadcaster, led by its article, then what it does in a clause ("A rádio que …", "La radio che …"; a paper's is as
# often a title's, "The paper that went nonprofit …").
_MEDIUM_THAT = lazy_compile(r"(?:the|a|la|le|il|o|die|der|das|el|l['’])\s?(?:radio|rádio|tv|télé|television|televisión|televisão"
                            r"|emittente|sender),?\s(?:that|which|que|qui|che|die|der|das)\s", re.I)
_SLOGAN_NAME_WORDS = 5  # at most, in the site's name before its slogan and a bar
# A paper's name: capitalised words (a little word or "&" between them), the last the medium's ("Larchmere & District
# News").
_NAMED_MEDIUM = lazy_compile(r"(?:[A-ZÀ-Þ][\w'’.\-]*(?: (?:&|and|und|et|y|e|of|de|du|des|del|da|do|di) | ))"
                             r"{1,4}(?:News|Zeitung|Nachrichten|Journal|Gazette|Herald|Courier|Post|Times|Chronicle|Echo"
                             r"|Bote|Kurier|Anzeiger|Diario|Diário|Jornal|Giornale|Gazzetta|Noticias|Notícias|Notizie)")

# Whose voice or paper the site is, in the six languages ("Gibraltar's independent voice", "Your community newspaper", "La
# voix indépendante du Jura", "Die Stimme der Region", "La voz del Bierzo", "A voz do Minho", "La voce della Valsorda").
_YOUR_VOICE = lazy_compile(r"(?:your|our)\s+(?:[\w'’]+\s+){0,2}voice(?:\s+(?:in|of|for|across|on)\s+[^.!?:]{2,40})?", re.I)
_VOICE_OF_A_PLACE = lazy_compile(
    r"(?:(?:[A-ZÀ-Þ][\w.\-]*(?: [A-ZÀ-Þ][\w.\-]*){0,2})['’]s|your|our|the)\s+(?:(?:independent|trusted|local|community"
    r"|only|leading|own|hometown)\s+){0,2}(?:voice|newspaper|paper|news source)"
    r"|(?:la|die|a) (?:voix|stimme|voz|voce)(?: (?:indépendante|libre|unabhängige|independiente|independente|indipendente))?"
    r" (?:de|du|des|der|des|del|do|da|di|della|dello|dei)\b.{2,40}", re.I)


def site_slogan(text: str) -> bool:
    """Whether ``text`` is a site's slogan: what kind of medium it is and for whom or where, in a few words
    ("Ihre Wochenzeitung für das Lindtal", "Noticias de Villa Arrieta y alrededores"), or whom it serves ("Serving
    Saint-Aubert and the Valcourt region")."""
    if text[:8] == "Serving " and len(text.split()) <= _SLOGAN_WORDS_AT_MOST and not text.endswith((".", "!", "?", ":")):
        return text[8:9].isupper() or text[8:12] == "the "
    if places_up_to_date(text):
        return True  # ("Lanzarote y Fuerteventura al día": the places it covers, kept up to date)
    if text[:1] in "TtAaLlIiOoDdEe" and _MEDIUM_THAT.match(text) is not None and len(text.split()) <= _SLOGAN_WORDS_AT_MOST:
        return True  # ("A rádio que fala a língua do Baixo Tocantins", "La radio che ti accompagna")
    if text[-4:].isdigit() and (founded := _FOUNDED.search(text)) is not None:
        text = text[:founded.start()]  # ("Diário regional fundado em 1921": the year the paper was founded, no slogan's)
        if _NAMED_MEDIUM.fullmatch(text) is not None or _VOICE_OF_A_PLACE.fullmatch(text) is not None:
            # ("Larchmere & District News Since 1902": a paper's name and the year it was founded; "Gibraltar's
            # independent voice since 1996": whose voice it is)
            return True
    if text[:4].lower() in ("your", "our ") and _YOUR_VOICE.fullmatch(text) is not None:
        return True  # ("Your Voice in the North", "Our community's voice": the reader's or the town's voice, no paper's name)
    if " | " in text:
        # ("The Tri-County Ledger | Serving Hale, Morrow and Pike counties since 1911": the site's name, then its slogan)
        name, _, slogan = text.partition(" | ")
        return name.count(" ") < _SLOGAN_NAME_WORDS and name[:1].isupper() and site_slogan(slogan)
    if len(text.split()) > _SLOGAN_WORDS_AT_MOST or any(char.isdigit() for char in text) or text.endswith((".", "!", "?", ":")):
        return False
    if _MEDIUM.search(" ".join(text.split()[:_MEDIUM_REACH])) is not None and _SCOPE.search(text) is not None:
        return True
    # (the medium first, alone or for what and where: "Das Nachrichtenmagazin", "Das Stadtportal für Hamburg",
    # "Magazin für Kultur und Gesellschaft", "Notícias do Litoral e Baixo Alentejo")
    return _MEDIUM_FIRST.fullmatch(text) is not None and not is_paper_name(text)  # (not "Diario de Sevilla": a name)


_PRESS_OFFICE_CHARACTERS = 80


def _writers_slashed(text: str) -> bool:
    """Whether ``text`` is two people's names or more parted by slashes ("Lucía Ferrer / Iván Soler"): under a title,
    the writers, not a photographer and the wire ("Jane Roe / Reuters")."""
    parts = text.split(" / ")
    return len(parts) > 1 and all(is_bare_name(part) and wire_agency(part) is None and not is_organisation(part)
                                  and _PICTURE_SERVICE.search(part) is None for part in parts)


def _full_names_slashed(text: str) -> bool:
    """Whether ``text`` is writers' full names, of two words or more each, parted by slashes ("Laura Villafañe / Iker
    Salcedo")."""
    return _writers_slashed(text) and all(" " in name for name in text.split(" / "))


_PICTURE_SERVICE = lazy_compile(r"\b(?:Images|Photos?|Pictures|Foto|Fotos|Press|Pool|Stock|Alamy|Shutterstock|iStock)\b")


# A broadcaster's name, each word capitalised and its medium's word last ("Cumberland Plateau Public Radio", "Valle
# Alto Televisión", "Wyoming Public Media").
_BROADCASTER_NAME = lazy_compile(r"(?:[A-ZÀ-Þ][\w'’.&\-]*\s){1,4}(?:Public\s)?(?:Radio|Radiodifusión|Rádio|Television|Televisión"
                                 r"|Televisão|Télévision|Televisione|TV|Media)")


def _name_dash_place(text: str) -> bool:
    """Whether ``text`` is a writer's name, a spaced dash and where they write from ("Giovanni Battista Ferraù - Città
    del Vaticano")."""
    name, dash, place = text.replace(" – ", " - ").partition(" - ")
    return (bool(dash) and is_bare_name(name) and not any(is_function_word(word.lower()) for word in name.split())
            and place_after_name(place))


def _names_a_medium(text: str) -> bool:
    """Whether ``text`` is a publication's name led by an article ("El Sol del Pacífico"), a paper's, a broadcaster's
    ("Cumberland Plateau Public Radio"), or a town's or an institution's ("City of Tallow Creek"): no headline."""
    return (is_publication_name(text) or is_paper_name(text) or is_body_name(text)
            or _BROADCASTER_NAME.fullmatch(text) is not None)


def _choose_headline(titles: Sequence[Line], counts: Counter[str], listed: set[int],
                     header: Sequence[Line]) -> Optional[Line]:
    """The story's headline among the header's title-like lines, by the evidence a page gives: a title as long
    as a headline printed more than once (a menu printed twice repeats short entries), else the first whose
    byline, date or dateline stands just under it, else the first near the story's first paragraph, else the
    first that is not one of a list of links."""
    if not titles:
        return None
    # (a name and a job, "Jane Roe, Staff Writer", is as title-like as a headline: the byline, settled below)
    position = {u.number: i for i, u in enumerate(header)}
    # (nor one of where the writer writes from over the story's date: "Jane Roe in Lisbon", then the date)
    titles = [t for t in titles if not (is_name_with_job(t.text) or _name_and_job(t.text) or signs_with_job(t.text)
                                        or _name_and_outlet(t.text) or PAPER_STAFF.fullmatch(t.text) is not None
                                        # (nor a contributor's credit on its own line: "Especial para o Lance Livre")
                                        or WRITING_FOR.fullmatch(t.text) is not None
                                        or "·" in t.text and _job_line(t.text)
                                        or _parted(t.text) and _shouted_name_and_more(t.text) is not None)
              and not is_from_desk(t.text) and not (
        (is_name_in_place(t.text) or _name_dash_place(t.text))
        and position[t.number] + 1 < len(header) and _dated(header[position[t.number] + 1]))
    ] or titles
    # (nor, over the date line, a name and a job in title case under a longer title: "Naomi Fletcher Local Democracy
    # Reporter" under the headline; alone, "Council Names New Editor" is one)
    titles = [t for t in titles if not (is_name_and_job(t.text) and position[t.number] + 1 < len(header)
                                        and _dated(header[position[t.number] + 1])
                                        and any(u.number < t.number and _words(u.text) > _words(t.text) for u in titles))
              ] or titles
    # (nor where the writer named over it writes from, over the date: "Rafael Monteiro", "Santa Luzia do Norte", the date;
    # nor a place with its province over the date: "Villanueva del Guadalrío (Sevilla)", "04 mar 2024 - 13:27")
    # (nor a writer's name over where they wrote from and the date: "Javier M. Ordóñez", "Castrolobos", the date)
    titles = [t for t in titles if not (is_bare_name(t.text) and position[t.number] + 2 < len(header)
                                        and _place_over_date(header[position[t.number] + 1], header[position[t.number] + 2])
                                        and byline_parts(header[position[t.number] + 1].text) is None)
              ] or titles
    titles = [t for t in titles if not _signed_place(header, position[t.number])
              and not (_PLACE_AND_PROVINCE.fullmatch(t.text) and position[t.number] + 1 < len(header)
                       and _dated(header[position[t.number] + 1]))] or titles
    # (nor the text of the site's logo: "Great Lakes Public Radio logo"; nor a life's span under an obituary's name:
    # "June 2, 1931 - January 14, 2025")
    titles = [t for t in titles if _LOGO_LINK.fullmatch(t.text) is None and not _life_span(t.text)] or titles
    # (nor the line under the page's first over the menu's link to the front page: the site's slogan, "Goma Veille",
    # "Informer pour prévenir", "Accueil")
    titles = [t for t in titles if not (position[t.number] == 1 and len(header) > 2 and is_home_link(header[2].text))]
    if not titles:
        return None
    # (nor the page's title as a browser shows it, over the title printed alone: "… flights | Daily Beacon", "… flights")
    titles = [t for t in titles if not (position[t.number] + 1 < len(header)
                                        and _title_then_site(t, header[position[t.number] + 1]))] or titles
    # (nor the site's own title as a browser shows it, atop the page: its name, printed alone elsewhere on the page,
    # then its slogan, "Cameroun Horizon - Toute l'actualité du Cameroun")
    titles = [t for t in titles if not (position[t.number] <= _PAGE_TITLE_LINE and _site_then_slogan(t, header))] or titles
    # (nor the story's section and where it happened, over it: "Sport | San Donà di Piave")
    titles = [t for t in titles if not _section_then_place(t.text)] or titles
    # (nor the site's name printed again under the writer's, over the date: the outlet in the byline block, "Mélanie
    # Côté-Lavoie", "Le Pionnier de l'Estrie", the date; its first copy is the logo's)
    titles = [t for t in titles if not (counts[t.text] >= 2 and 0 < position[t.number] < len(header) - 1
                                        and " " in (writer := header[position[t.number] - 1].text) and is_bare_name(writer)
                                        and _dated(header[position[t.number] + 1]))] or titles
    # (nor a note on the writer named alone over it: "Fergus Whitlow", then "Fergus Whitlow is a former director …")
    titles = [t for t in titles if not _note_on_the_name_above(header, position[t.number])] or titles
    # (nor a date with a word or two, the day's edition: "Édition du jeudi 19 juin 2025", "Ausgabe vom 3. März 2024";
    # nor another story's title in the bar of breaking news: "Última hora", then the title)
    titles = [t for t in titles if not _dated_edition(t.text)] or titles
    # (nor who issued a press release, under its label: "From:", then "Department for Rural Transport and …")
    titles = [t for t in titles if not (position[t.number] > 0 and _ISSUED_BY.fullmatch(header[position[t.number] - 1].text))
              and _RELEASE_FROM.fullmatch(t.text) is None]  # (nor the line that says who issued it: "Communiqué de …")
    title_numbers = {t.number for t in titles}
    # (signed below or not when the next line, a blank line apart, is another title that is: the signature is that
    # one's, the story's; a title's deck runs on under it)
    breaking = {t.number for t in titles if position[t.number] > 0
                and _BREAKING_LABEL.fullmatch(header[position[t.number] - 1].text)
                and not _printed_again_under(header, position[t.number])
                and (not _signed_below(header, position[t.number])
                     or position[t.number] + 1 < len(header) and (under := header[position[t.number] + 1]).number in title_numbers
                     and under.number > t.last + 1 and _signed_below(header, position[t.number] + 1))}
    if breaking and any(_signed_below(header, position[t.number]) for t in titles if t.number not in breaking):
        titles = [t for t in titles if t.number not in breaking]  # (when another title is signed: the story's)
    # (nor a medium's name: the site's masthead, "El Sol del Pacífico", "Cumberland Plateau Public Radio")
    titles = [t for t in titles if not _names_a_medium(t.text)] or titles
    # (nor the paper's name and the section's, the page's own title: "Capitol Ridge Statesman | Politics")
    titles = [t for t in titles if not _paper_and_section(t.text)] or titles
    # (nor are full names joined by "and" over the date, "Reto Zimmerli und Nadja Keller": who wrote it, however often
    # printed)
    titles = [t for t in titles if not _signing_names(header, position[t.number])] or titles
    # (nor a review's fact box, a line under its label: "Título: El verano de los ahogados", "Autora: …", "Editorial: …")
    titles = [t for t in titles if _FACT_LABEL.match(t.text) is None] or titles
    # (nor the page's first line over today's date and the menu: the logo's text, "SIERRA SUR al día" over "Jueves, 18 de
    # abril de 2024" over "Inicio | Comarca | …")
    titles = [t for t in titles if not (position[t.number] == 0 and over_date_and_menu(header))] or titles
    # (nor the site's slogan, what it is and for whom: "Ihre Wochenzeitung für das Lindtal", "Diario de la ciudad y la
    # región", "Le portail de l'actualité ivoirienne")
    # (with only slogans, the header holds no title: the site's, then the story's label and time over it, "Sociedade")
    titles = [t for t in titles if not site_slogan(t.text)]
    if not titles:
        return None
    # (nor the name right over such a slogan: "Blog do Arlindo Paixão" over "Notícias de Vitória do Jacuípe e região")
    titles = [t for t in titles if not (position[t.number] + 1 < len(header)
                                        and site_slogan(header[position[t.number] + 1].text))] or titles
    # (nor the line right over the site's menu on one line, the site's name or its slogan: "El diario de la selva
    # peruana" over "Inicio Región Perú Mundo Deportes")
    titles = [t for t in titles if not _over_menu_row(header, position[t.number])] or titles
    # (nor another story's title behind the label of a bar of breaking news or a live stream: "ÚLTIMA HORA Corte de
    # agua …", "LIVE | Water level …", "En directo ▸ Informativo de mediodía")
    titles = [t for t in titles if _LIVE_OR_BREAKING_LABEL.match(t.text) is None] or titles
    # (nor the menu's items on one line, spaces between: "Lesergalerie HolzWerkenTV Blog Tipps & Tricks News Zeitschrift")
    titles = [t for t in titles if not _menu_words_row(t.text)] or titles
    # (nor a station's player, its name and frequency: "Radio Marea Norte 104.1 FM", "EN VIVO: Emisora La Sabana 98.4")
    titles = [t for t in titles if not station_on_air(t.text)]
    if not titles:
        return None
    # (nor a section and its subsection parted by a dot, the story's kicker: "Ciclismo · Vuelta a los Pirineos")
    # (nor where the site is, its places' names parted by dots: "Ilha do Fogo · Cabo Verde")
    titles = [t for t in titles if not _section_dot_kicker(t.text) and not places_dotted(t.text)] or titles
    # (a video's too, over another title; signed under it, a video's page titles its story so: "VIDEO | Frana sulla …")
    numbers = {t.number for t in titles}
    titles = [t for t in titles if _VIDEO_LABEL.match(t.text) is None or position[t.number] + 1 >= len(header)
              or header[position[t.number] + 1].number not in numbers] or titles
    # (nor a sentence with its stop, then a wire's name in brackets: "Une vue de la centrale … . (MAP)", the lead
    # picture's caption and its credit)
    titles = [t for t in titles if not _stopped_then_wire(t.text)] or titles
    # (nor a label of a few words parted by a mark over a longer title: "Pro D2 - 24e journée", "Liga | Jornada 29")
    titles = [t for t in titles if not _kicker_over_title(t, titles, position)] or titles
    long = [t for t in titles if _words(t.text) >= _HEADLINE_WORDS and not t.text.endswith(":")]  # (":" labels)
    in_blocks = _printed_in_blocks({t.text for t in long if counts[t.text] >= 2}, header)
    repeated = [t for t in long if counts[t.text] >= 2 and position[t.number] not in in_blocks]
    # (nor a section's name printed in the menu and again as the kicker right over a longer, signed title: "Crime and
    # Public Safety" over the headline and its byline)
    kickers = {t.text for t in repeated if _kicker_over_signed_title(header, position[t.number])}
    repeated = [t for t in repeated if t.text not in kickers]
    if repeated:
        # (of two printed as often, the one with the story's byline or date under a copy: the other is the site's)
        signed = {t.text for t in repeated if _signed_below(header, position[t.number])}
        chosen = max(repeated, key=lambda t: (counts[t.text], t.text in signed, -t.number))
        if chosen.text in signed:
            return chosen
        copies = [position[t.number] for t in repeated if t.text == chosen.text]
        if len(copies) == 2 and copies[1] == copies[0] + 1 == len(header) - 1:
            # (unsigned, printed twice in a row right over the story, it is the lead picture's text and caption: a
            # title signed above it is the headline, "Temporal derruba árvores …" over "Publicado: 05/06/2024")
            above = next((t for t in long if position[t.number] < copies[0] and t.number not in listed
                          and _signed_below(header, position[t.number])), None)
            if above is not None:
                return above
        # (unsigned, printed in sidebars far above the story, it is another story's teaser: a title signed right over
        # the story, under every copy of it, is the story's own)
        last_copy = max(position[t.number] for t in repeated if t.text == chosen.text)
        nearer = next((t for t in long if position[t.number] > last_copy and t.number not in listed
                       and position[t.number] >= len(header) - _NEAR_STORY and _bylined_below(header, position[t.number])),
                      None)
        return nearer if nearer is not None else chosen
    unlisted = [t for t in long if t.number not in listed]
    by_position = {position[t.number]: t for t in unlisted}
    # (a signature two lines down is the title's right under it, when that title opens with its topic's label, as a
    # deck never does: "Estádio Municipal de Viana do Castelo" over "Liga 2: Alto Minho vence …" over "Lusa")
    signed = next((t for t in unlisted if _signed_below(header, position[t.number])
                   and not ((below := by_position.get(position[t.number] + 1)) is not None
                            and _TOPIC_LABEL.match(below.text) is not None and _TOPIC_LABEL.match(t.text) is None
                            and _signed_below(header, position[below.number]))),
                  None)
    if signed is not None and not _bylined_below(header, position[signed.number]):
        # (a title signed by a date alone may be the site's slogan over its clock: "Serving Harlan County since 1887",
        # "Sunday, March 17, 2024"; a later one with a "By" line under it is the story's)
        # (or a writer's name alone, then the date: "Giulia Pedrotti", "12 Marzo 2024")
        signed = next((t for t in unlisted if t.number > signed.number
                       and (_bylined_below(header, position[t.number]) or _name_then_date_below(header, position[t.number]))
                       and _signed_below(header, position[t.number])
                       and any(map(_dated, header[position[signed.number] + 1:position[t.number]]))), signed)
    if signed is not None:
        return _head_of_run(_next_topic_signed(signed, unlisted, position, header), long, position, header)
    # (a short headline, printed again, with the byline under a copy: "Council Backs Pool")
    long_numbers = {t.number for t in long}  # (by number: a list's "in" compares lines one by one)
    short_repeated = {t.text for t in titles if counts[t.text] >= 2 and t.number not in long_numbers}
    in_menus = _printed_in_blocks(short_repeated, header)  # (a menu printed twice repeats its short entries)
    short = next((t for t in titles if t.text in short_repeated and t.number not in listed
                  and position[t.number] not in in_menus and _signed_right_under(header, position[t.number])), None)
    if short is not None:
        return short
    near = next((t for t in unlisted if position[t.number] >= len(header) - _NEAR_STORY), None)
    if near is not None and near is not unlisted[0] and _live_post_title(header, position[near.number]):
        near = None  # ("Posted at 14:02" over "Barriers holding for now": a live page's latest post, under the page's title)
    if near is not None:
        # (a deck near the story, under its headline; not a post's dated line over its title)
        head = _head_of_run(near, long, position, header)
        return head if head is near or find_date(head.text) is None else near
    if unlisted or long:
        return unlisted[0] if unlisted else long[0]
    # (only short titles: the one signed under nearest the story, "The Last Projectionist" over its deck and "By …", not
    # the site's name over the menu)
    return next((t for t in reversed(titles) if t.number not in listed and _signed_below(header, position[t.number])),
                titles[0])


_WIRE_STAFF = lazy_compile(r"(?P<wire>.{2,40}?) (?:reporters?|staff|correspondents?|team|desk|newsroom)", re.I)


def _place_then_name(text: str) -> Optional[tuple[str, str]]:
    """(place, name) for a place alone, a bar and a writer's name alone ("Treeneburg | Lena Hansen-Ott")."""
    place, _, name = text.partition(" | ")
    if (is_bare_name(name) and not is_organisation(name) and wire_agency(name) is None and is_place_alone(place)
            and not is_bare_name(place) and place.lower() not in SECTIONS and chrome_reason(place, header=True) is None):
        return place, name
    return None


def _paper_and_section(text: str) -> bool:
    """Whether ``text`` is a paper's name and a section's between a bar, in either order ("Capitol Ridge Statesman |
    Politics")."""
    parts = text.split(" | ")
    return (len(parts) == 2 and any(is_paper_name(part) for part in parts)
            and any(part.lower() in SECTIONS for part in parts))


def _place_wire_and_date(text: str) -> Optional[tuple[str, str, Optional[tuple[str, re.Match[str]]]]]:
    """(place, wire, date) for where a wire wrote the story, the wire and when, between bars ("París, Francia | AFP |
    martes 03/10/2023 - 17:48", "San José, Costa Rica | AFP")."""
    parts = [part.strip() for part in text.split(" | ")]
    if not 2 <= len(parts) <= 3:
        return None
    wire = wire_agency(parts[1])
    place = parts[0]
    if wire is None or not (is_place_alone(place) or "," in place and all(map(is_place_alone, place.split(", ")))):
        return None
    if byline_parts(place) is not None or "," not in place and is_bare_name(place):
        return None  # ("By Jane Doe | Reuters", "Jane Doe | Reuters": who wrote it, for the wire)
    found = find_date(parts[2]) if len(parts) == 3 else None
    if len(parts) == 3 and (found is None or date_alone(parts[2], found) is None):
        return None
    return place, wire, found


def _section_dot_kicker(text: str) -> bool:
    """A section's name of two words at most, a middle dot and a subsection's of four at most, no stop ("Ciclismo ·
    Vuelta a los Pirineos", "Sport · Fußball"): a kicker over the headline."""
    section, dot, subsection = text.partition(" · ")
    return (bool(dot) and section.count(" ") < _KICKER_SECTION_WORDS and section[:1].isupper() and "·" not in subsection
            and subsection.count(" ") < _KICKER_SUBSECTION_WORDS and not subsection.endswith(_TERMINAL)
            and find_date(text) is None)


_KICKER_SECTION_WORDS = 2

_KICKER_SUBSECTION_WORDS = 5
_VIDEO_LABEL = lazy_compile(r"(?i:(?:guarda il |mira el |watch the |regardez la |assista ao )?(?:video|vídeo|vidéo)|watch"
                            r"|assista)\s*[|▸►]\s*")
_LIVE_OR_BREAKING_LABEL = lazy_compile(
    r"(?:(?i:breaking(?: news)?|just in|última hora|live|en directo|en direct|en vivo|ao vivo|in diretta|eilmeldung"
    r"|dernière minute|urgente|ultim['’]ora)\s*[|▸►]\s*"
    r"|(?:BREAKING(?: NEWS)?|ÚLTIMA HORA|EN DIRECTO|EN DIRECT|EN VIVO|AO VIVO|IN DIRETTA|EILMELDUNG|DERNIÈRE MINUTE"
    r"|URGENTE|ULTIM['’]ORA)\s+(?=[A-ZÀ-Þ][a-zà-ÿ]))")


def _menu_row(text: str) -> bool:
    """Whether ``text`` is a site's menu printed on one line: three items or more between bars or dots, each of
    three words at most and capitalised ("NEWS | SPORTS | CULTURE", "Edición digital · Hemeroteca · Contacto"), or
    four capitalised words alone, two of them sections' names or the link to the front page ("Inicio Región Perú
    Mundo Deportes"); under a short label too, the edition's picker: "Édition : Gard | Lozère | Hérault"."""
    if text.endswith(_TERMINAL):
        return False
    if ":" in text:
        label, _, items = text.partition(":")
        return (label.strip().count(" ") < _MENU_LABEL_WORDS and label[:1].isupper()
                and row_items(items := items.strip()) is not None and row_of_items(items))
    if row_items(text) is not None:
        return row_of_items(text)
    words = text.split()
    return (len(words) > _MENU_ROW_ITEMS and all(word[:1].isupper() and word.isalpha() for word in words)
            and sum(word.lower() in SECTIONS or word.lower() in _MENU_WORDS or is_home_link(word)
                    for word in words) >= _MENU_ROW_SECTIONS)


# More words a site's menu names its pages with, in the six languages, besides its sections' (a headline holds few).
_MENU_WORDS = frozenset("wetter verkehr events termine gewinnspiele leserbriefe videos fotos podcasts programme sendungen "
                        "météo trafic agenda vidéos émissions tiempo tráfico agenda vídeos programas clima trânsito "
                        "eventos meteo traffico eventi programmi contact kontakt contacto contato contatti".split())


_MENU_ROW_ITEMS = 3
_MENU_LABEL_WORDS = 2  # at most, in the label before a menu on one line
_MENU_ROW_ITEM_WORDS = 3
_MENU_ROW_SECTIONS = 2


def _spaced_items(line: Line) -> bool:
    """Whether ``line`` was printed as a menu's links side by side, wide spaces between them: three items or more,
    each of three words at most and capitalised ("Feed   Following   Play   Shopping", "News   Products   Contact
    Send a Release")."""
    if "  " not in line.raw and "\t" not in line.raw:
        return False
    items = [item for item in _WIDE_SPACE.split(line.raw.strip()) if item]
    return (len(items) >= _MENU_ROW_ITEMS and not line.text.endswith(_TERMINAL)
            and all(item.count(" ") < _MENU_ROW_ITEM_WORDS and item[:1].isupper() for item in items))


_WIDE_SPACE = lazy_compile(r"\s{2,}|\t")


def _over_menu_row(header: Sequence[Line], index: int) -> bool:
    """Whether the line under ``header[index]`` is the site's menu on one line (above): the line over it is the
    site's name or its slogan, not the story's title."""
    return index + 1 < len(header) and (_menu_row(header[index + 1].text) or _spaced_items(header[index + 1]))


_KICKER_MARKS = (" - ", " – ", " — ", " | ", " · ", " / ", " › ", " » ", " > ")  # (and a trail's arrows)
_KICKER_WORDS = 5  # at most, in a label over the headline
_KICKER_REACH = 4  # header lines under it where the longer title stands
_SCORE = lazy_compile(r"(?<![\d.:/])\d{1,3}\s*[-:–]\s*\d{1,3}(?![\d.:/])")
_SCOREBOARD_WORDS = 8  # at most, in a match's result over its report's headline


def _dated_edition(text: str) -> bool:
    """Whether ``text`` is a date with two words at most besides it and a day's name ("Édition du jeudi 19 juin 2025")."""
    found = find_date(text)
    if found is None:
        return False
    rest = (text[:found[1].start()] + " " + text[found[1].end():]).split()
    return len([word for word in rest if not names_weekday(word.strip(","))]) <= _EDITION_WORDS


def _printed_again_under(header: Sequence[Line], index: int) -> bool:
    """Whether the line under ``header[index]`` prints it again: the story's own headline (under its section's label,
    "Ultim'ora", as a page for the phone and one for the desk print it), no teaser."""
    return index + 1 < len(header) and header[index + 1].text == header[index].text


_EDITION_WORDS = 2
# The label of a site's bar of breaking news, alone on its line, in the six languages.
_BREAKING_LABEL = lazy_compile(r"(?:breaking(?: news)?|just in|eilmeldung|dernière minute|dernières infos|alerte info"
                               r"|última hora|urgente|ultim['’]ora|ultima ora|news ticker|ticker)\s*:?", re.I)


def _kicker_over_title(title: Line, titles: Sequence[Line], position: dict[int, int]) -> bool:
    """Whether ``title`` is a label of a few words parted by a mark, with a number (a competition and its round, a
    series and its part) or in parts of two words at most (a section's trail, "Serie D | Girone B"), with a longer
    title right under it. (A headline's halves, "Hund vertreibt Einbrecher – Zeugenaufruf", have neither.)"""
    text = title.text
    scoreboard = len(text.split()) <= _SCOREBOARD_WORDS and _SCORE.search(text) is not None  # "CD Almara 1 - 2 Racing"
    if not scoreboard and (len(text.split()) > _KICKER_WORDS or not any(mark in text for mark in _KICKER_MARKS)
                           or not (any(char.isdigit() for char in text) or _short_parts(text))):
        return False
    at = position[title.number]
    return any(0 < position[t.number] - at <= _KICKER_REACH and _words(t.text) >= _words(text) + 2 for t in titles)


def _short_parts(text: str) -> bool:
    """Whether every part of ``text`` between its marks has two words at most ("Serie D | Girone B"), a little word
    joining a place's name not counted ("Cronaca / Val di Sole")."""
    return all(sum(not is_function_word(word.lower()) for word in part.split()) <= 2 for part in _KICKER_PARTS.split(text))


_KICKER_PARTS = lazy_compile(r"\s+[|/·•–—\-»›>]\s+")


def _words(text: str) -> int:
    """How many words ``text`` has, the marks between them not counted ("Business / Real Estate": three)."""
    return sum(1 for word in text.split() if not all(char in _SEPARATOR_MARKS for char in word))


_SEPARATOR_MARKS = frozenset("/|·•–—-»›>:&+")


def _printed_in_blocks(texts: set[str], header: Sequence[Line]) -> set[int]:
    """Where in ``header`` one of ``texts`` is printed with a line beside it that is printed beside another of its
    copies too: part of a menu or a box the page prints twice (as for a phone and a desk), not a headline
    printed again alone."""
    where: dict[str, list[int]] = {}
    for index, unit in enumerate(header):
        if unit.text in texts:
            where.setdefault(unit.text, []).append(index)

    def beside(index: int) -> list[tuple[int, str]]:
        return [(step, header[index + step].text) for step in (-1, 1) if 0 <= index + step < len(header)]

    inside: set[int] = set()
    for places in where.values():
        shared = Counter(neighbour for index in places for neighbour in beside(index))
        inside.update(index for index in places if any(shared[neighbour] >= 2 for neighbour in beside(index)))
    return inside


_BYLINE_REACH_UNDER_TITLE = 3  # lines under a title where its "By" line stands (a deck between)


def _bylined_below(header: Sequence[Line], index: int) -> bool:
    """Whether a "By …" line stands within three lines under ``header[index]`` (also as a part of a byline block
    between bars: "Publié le mercredi 2 octobre 2024 | Par Koffi Assamoi")."""
    return any(byline_parts(unit.text) is not None
               or " | " in unit.text and any(byline_parts(part) is not None for part in unit.text.split(" | "))
               for unit in header[index + 1:index + 1 + _BYLINE_REACH_UNDER_TITLE])


def _name_then_date_below(header: Sequence[Line], index: int) -> bool:
    """Whether a writer's name alone stands right under ``header[index]``, the story's date under it."""
    return (index + 2 < len(header) and _is_name_alone(header[index + 1].text) and not is_organisation(header[index + 1].text)
            and _dated(header[index + 2]))


def _live_post_title(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is a live page's post title: under the post's time alone, no day ("Posted at 14:02",
    "14:02")."""
    above = header[index - 1].text if index > 0 else ""
    return len(above) <= _POST_TIME_CHARACTERS and _is_timestamp(above) and find_date(above) is None


_POST_TIME_CHARACTERS = 24


def _head_of_run(title: Line, titles: Sequence[Line], position: dict[int, int], header: Sequence[Line]) -> Line:
    """The headline of the titles in a row that ``title`` is one of, when they are a headline and its deck (a
    deck of several lines puts the byline out of the headline's reach, not of its last line's). When a deck
    sentence stands under the row, the row is no deck: its last title is the headline."""
    at = {position[t.number]: t for t in titles}
    first = last = position[title.number]
    while first - 1 in at or first - 2 in at and _button_between(header[first - 1]):
        first -= 1 if first - 1 in at else 2
    while last + 1 in at or last + 2 in at and _button_between(header[last + 1]):
        last += 1 if last + 1 in at else 2
    run = [at[i] for i in range(first, last + 1) if i in at]
    if last + 1 < len(header) and _deck_then_signature(header, last + 1):
        return run[-1]
    if len(run) == 2 and _kicker_over_headline(run[0].text, run[1].text):
        return run[1]  # "Einbruch in der Innenstadt" over "Einbrecher stehlen Medikamente – Polizei sucht Zeugen"
    if len(run) == 3 and _kicker_over_headline(run[0].text, run[1].text) and _headline_and_deck(run[1:]):
        return run[1]  # ("Crime and Public Safety" over the headline and its deck)
    return run[0] if first < position[title.number] and _headline_and_deck(run) else title


def _button_between(unit: Line) -> bool:
    """Whether ``unit`` is a button the page prints between a headline and its deck ("Ouvir", "Listen", "Share")."""
    return len(unit.text) <= _BUTTON_CHARACTERS and chrome_reason(unit.text, header=True) in _BUTTON_REASONS


_BUTTON_CHARACTERS = 30
_BUTTON_REASONS = frozenset({"page-control", "share-widget"})
_KICKER_TITLE_WORDS = 4  # at most, in a topic's kicker over the headline
_UNDER_KICKER_WORDS = 15  # at most, in the headline under it (a deck runs longer, or ends as a sentence does)


def _kicker_over_headline(above: str, under: str) -> bool:
    """Whether ``above``, a title of a few words, is the story's topic over its headline ``under``: a title that
    does not end as a sentence does and is not long, where a deck would."""
    return (len(above.split()) <= _KICKER_TITLE_WORDS and not above.endswith(_TERMINAL)
            and len(_LABEL_IN_CAPITALS.sub("", under, 1).split()) <= _UNDER_KICKER_WORDS and not under.endswith((".", "…")))


# "DIRECT. Grève des contrôleurs …", "LIVE: …": the headline's label, no word of the headline's own
_LABEL_IN_CAPITALS = lazy_compile(r"^[A-ZÀ-Þ]{2,12}[.:]\s")


# A story's label in capitals over its headline ("EXCLUSIVE", "ANALYSIS"), in the six languages: no site's name.
_KICKERS = frozenset("exclusive analysis opinion breaking live update updated video watch photos editorial comment "
                     "review interview feature explainer news sponsored exklusiv analyse meinung kommentar exclusif "
                     "exclusivo exclusiva análisis análise opinión opinião esclusivo analisi opinione".split())
_SIGNATURE_REACH = 3  # lines under a headline where its byline, date or dateline stands
_PLACE_ALONE = lazy_compile(r"[A-ZÀ-Þ][\w'’\-]+")  # "ROMA", "Madrid": where the author writes from, under the name
_SIGNATURE_SCAN = 12  # lines under a headline read to find those, widgets and a caption included
_BYLINE_BLOCK_PLACES = 2  # single words at most in the byline block under a headline: where its writers write from
_NAMES_IN_A_ROW = 3  # one under another with nothing between: a menu's items, not writers ("Jane Roe", "and", "John Doe")
_SHARING = {"share-widget", "share-counter", "live-blog-chrome"}  # (and a live page's own controls: "Key events")
_SHARING_OR_PICTURE = _SHARING | {"page-control"}  # (and a picture's: "Enlarge this image", "[IMG]")
# The story's own buttons printed under its headline, in the six languages: the player that reads it out, the size of
# its text ("Listen to this article", "Aa", "A+", "Écouter l'article").
_STORY_CONTROL = lazy_compile(r"(?:listen to (?:this|the) (?:article|story)|aa|a[+-]|écouter l['’]article|artikel anhören"
                              r"|escuchar (?:la noticia|el artículo|noticia)|ouvir (?:a notícia|o texto|notícia)"
                              r"|ascolta l['’]articolo)(?: · [\d:]+ min)?", re.I)


def _story_control(text: str) -> bool:
    return len(text) <= _STORY_CONTROL_CHARACTERS and _STORY_CONTROL.fullmatch(text) is not None


_STORY_CONTROL_CHARACTERS = 40
_STORY_WIDGETS = {"share-widget", "share-counter", "page-control", "page-chrome"}  # what a story's header holds
_NEAR_STORY = 6  # header lines above the story's first paragraph where its headline stands
_LEAD_CAPTION_REACH = 3  # header lines above the headline where the lead photo's caption stands


def _dateline_line(units: Sequence[Line], index: int, body_next: bool = False) -> Optional[Dateline]:
    """:func:`dateline_line` for ``units[index]``; a place with a colon alone on its line ("New Delhi:") only
    right above prose (``body_next``: the header's last line is right above the story), since "Share:",
    "Background:" or "Empfehlen:" are labels of the same shape."""
    found = dateline_line(units[index].text)
    if (found is not None and found.agency is None and units[index].text.endswith(("—", "–", "-")) and index + 1 < len(units)
            and _is_title(units[index + 1].text) and not _is_prose(units[index + 1].text)):
        return None  # ("JAWS OF LIFE —" over the headline: a kicker, the story's place stands over its prose)
    if found is None or found.agency is not None or not units[index].text.endswith(":"):
        return found
    if chrome_reason(units[index].text, header=True) is not None:
        return None  # ("Partager :" right above the story: the share buttons' label)
    following = units[index + 1].text if index + 1 < len(units) else None
    if following is None:
        return found if body_next else None
    return found if _is_prose(following) else None


def _wire_before_stamp(text: str) -> Optional[tuple[str, str]]:
    """(wire, stamp) for a wire's name and a stamp's label with no bar between them ("Press Trust of IndiaUpdated: …",
    "PTI Published: …"); None for other lines."""
    if " | " in text or ":" not in text or (stamp := _STAMP_AFTER_NAME.search(text)) is None:
        return None
    wire = text[:stamp.start()].strip(" /|·•-–—")  # ("PTI / Updated: …")
    return (wire, text[stamp.end():]) if wire_agency(wire) is not None else None


_STAMP_AFTER_NAME = lazy_compile(r"(?<=\S)\s?(?=(?:Updated|Published|Posted|Last [Uu]pdated)\s*:)")


# The labels of an opinion page's section, in the six languages.
_WIRE_WORDS_ALONE = 4  # at most, in a wire's name alone on a line ("The Canadian Press", "Press Trust of India")
_OPINION_LABELS = frozenset("opinion opinions comment column columns columnist columnists op-ed commentary editorial meinung "
                            "kommentar kolumne gastbeitrag opinión columna tribuna tribune chronique éditorial opinião coluna "
                            "opinione commento editoriale".split())


def _under_name_and_comma(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` stands right under a writer's name and a comma ("Gretchen Alvarado," over "Hillmont Now
    Staff"): the rest of that byline, the name's desk or job, not a byline of its own."""
    return index > 0 and (above := header[index - 1].text).endswith(",") and is_bare_name(above[:-1])


def _job_under_name(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is a job alone under a writer's name alone ("Hannah Pryce", then "Local Democracy
    Reporter"): the job, which names no one ("Local Democracy" is no one's name)."""
    return (index > 0 and is_job(header[index].text)
            and is_bare_name(header[index - 1].text) and not is_job(header[index - 1].text))


def _columnist_over(header: Sequence[Line], headline: Line, story: str) -> Optional[Line]:
    """The name alone right over the headline, under an opinion section's label ("Opinion", "Jane Roe", the headline),
    as opinion pages print a column's writer over its title; or under a section's label in capitals ("HOCKEY", "Mattia
    Bernasconi", the headline) when neither the headline nor the story's first paragraph names them (a name there is the
    story's subject, as a topic's kicker)."""
    at = next((i for i, u in enumerate(header) if u is headline), None)
    if at is None or at < 2:
        return None
    if (at >= 3 and (is_job(header[at - 1].text) or names_position(header[at - 1].text)) and is_bare_name(header[at - 2].text)
            and header[at - 3].text.startswith(header[at - 2].text + ". ")):
        # "Claire Montbrison. © Julien Arvers", "Claire Montbrison", "Historienne", the headline: the writer's portrait,
        # then their name and their job, over the title of their column
        return header[at - 2]
    name, above = header[at - 1], header[at - 2].text
    label = above.lower().rstrip(" :")
    if not (is_bare_name(name.text) and not is_paper_name(name.text) and not is_organisation(name.text)
            and SECTIONS.isdisjoint(name.text.lower().split())):
        return None
    if label in _OPINION_LABELS:
        return name
    # (a name in capitals, or one the page prints again, is a label or a menu's item: "EN VIVO", "Fútbol Internacional")
    surname = name.text.rsplit(None, 1)[-1]
    return (name if above.isupper() and above.count(" ") < _SECTION_LABEL_WORDS and not name.text.isupper()
            and sum(u.text == name.text for u in header) == 1 and surname not in headline.text and surname not in story
            else None)


_SECTION_LABEL_WORDS = 3  # at most, in a section's label in capitals over a writer's name


def _name_over_story(unit: Line, header: Sequence[Line], headline: Optional[Line], article: ArticleDraft) -> bool:
    """Whether ``unit``, a name alone, is the header's last line, under the headline and the story's date, right over
    the story ("Publié le 04/02/2024 à 07h30", then "Yannick Le Goff"): the writer, when no byline was read."""
    name = _without_job_after_slash(unit.text)
    at = next(i for i, line in enumerate(header) if line is unit)
    return (article.byline is None and headline is not None and article.published is not None
            # (the lead picture's caption may stand between it and the story, under the date right above it, and the
            # story's place alone over the story: "ST ANN, Jamaica:")
            and (unit is header[-1] or len(header) - at <= 3 and at > 0
                 and header[at - 1].number in article.field_lines.get("published", ())
                 and caption_parts(header[at + 1].text) is not None
                 and (len(header) - at == 2 or dateline_line(header[-1].text) is not None))
            and unit.number > headline.number and is_bare_name(name) and chrome_reason(name, header=True) is None
            and not is_paper_name(name) and not is_organisation(name) and wire_agency(name) is None
            and SECTIONS.isdisjoint(name.lower().split()))  # (not a section's label: "Local Sport")


_LOGO_NAME_WORDS = 5  # at most, in a name over the menu


def _name_over_menu(header: Sequence[Line], doc: DocumentDraft) -> bool:
    """Whether the header's second line is a name, its words capitalised, right over the menu's row set aside as
    navigation ("Il Faro di Ponente" over "Home | Cronaca | Politica | …"): the logo under the page's title."""
    if len(header) < 3:
        return False
    text, menu = header[1].text, header[2]
    return (text.count(" ") < _LOGO_NAME_WORDS and _name_cased(text) and not text.endswith(_TERMINAL)
            and any(item["lines"] == [menu.number, menu.last] and item["reason"] == "navigation" for item in doc.removed))


def _signed_by_wire_alone(article: ArticleDraft) -> bool:
    """Whether the story's byline is a wire's name alone ("Folhapress")."""
    return (article.byline is not None and len(article.byline.split()) <= _WIRE_WORDS_ALONE
            and wire_agency(article.byline) is not None and article.publisher in (None, wire_agency(article.byline)))


def _shouted_name_over_wired_story(unit: Line, story: Line, doc: DocumentDraft) -> bool:
    """Whether ``unit``, set aside as a banner, is a name in capitals right over ``story``, which opens with its
    dateline and the wire's tag ("LUCAS ORTIZ BRAGA" over "SANTA RITA DO URUBU, AM (FOLHAPRESS) - …")."""
    text = unit.text
    return (any(item["lines"] == [unit.number, unit.last] and item["reason"] == "banner" for item in doc.removed)
            and text.count(" ") < _SIGNED_NAME_SPACES and is_bare_name(text.title())
            and not any(is_function_word(word.lower()) for word in text.split())
            and (opening := dateline(story.text)) is not None and opening.agency is not None)


def _without_job_after_slash(text: str) -> str:
    """``text`` without the writer's job after a slash ("Kezia Charles/Staff Reporter": "Kezia Charles")."""
    name, slash, job = text.partition("/")
    return name.strip() if slash and "/" not in job and is_job(job.strip()) else text


def _name_over_stamp(unit: Line, following: dict[int, Line]) -> bool:
    """Whether ``unit`` is a name alone right over the story's dated stamp ("Andrea Brunner", "Publiziert: 28.09.2023,
    06:00"): the writer's, however far under the headline the page prints the two."""
    under = following.get(unit.number)
    return is_bare_name(unit.text) and under is not None and _is_timestamp(under.text) and find_date(under.text) is not None


def _dated_under(unit: Line, following: dict[int, Line]) -> bool:
    """Whether the story's date (or where and when) stands under ``unit``, the writer's job between at most."""
    under = following.get(unit.number)
    if under is not None and (under.text[:1] == "@" and _HANDLE_ALONE.fullmatch(under.text) is not None
                              or "@" in under.text and _ADDRESS.fullmatch(under.text) is not None):
        # ("Moira Stenhouse", "@moirastenhouse", the date: the writer's handle between, or their address)
        under = following.get(under.number)
    # (how long ago, alone: "Updated 14 minutes ago", "vor 2 Std.", as a live page dates itself under its writers)
    return (_dated_or_placed(under) or _job_over_date(under, following)
            or under is not None and len(under.text) <= _AGE_CHARACTERS and relative_age(under.text))


_AGE_CHARACTERS = 40
_HANDLE_ALONE = lazy_compile(r"@\w{2,30}")


def _job_over_date(unit: Optional[Line], following: dict[int, Line]) -> bool:
    """Whether ``unit`` is a writer's job alone over the story's date line ("Crime Reporter", "14:32, 4 MAR 2024")."""
    return unit is not None and _job_line(unit.text) and _dated(following.get(unit.number))


def _job_line(text: str) -> bool:
    """A writer's job alone, or their job and the paper between middle dots ("Waikato Reporter·The Aotea Herald·")."""
    if "·" in text:
        parts = [part.strip() for part in text.strip(" ·").split("·")]
        return 1 < len(parts) <= _JOB_LINE_PARTS and is_job(parts[0]) and all(parts)
    return is_job(text)


_JOB_LINE_PARTS = 3


def _shouted_name_and_time(text: str) -> Optional[tuple[str, str]]:
    """(name, date) for a name in capitals, then the story's date ("HOLLIS WEXFORD - 6/3/2024, 4:41 PM")."""
    name, when = name_before_time(text)
    if when is None or name == text or not 2 <= len(words := name.split()) <= _NAME_IN_CAPITALS_WORDS:
        return None
    return (name, when) if is_bare_name(name.title()) and not any(is_function_word(w.lower()) for w in words) else None


_NAME_IN_CAPITALS_WORDS = 4


def _name_and_time(text: str) -> bool:
    """A person's name, then the time the story was posted ("Jane Roe 1 day ago", "Jane Roe - 10:15")."""
    if not any(char.isdigit() for char in text):
        return False
    name, _ = name_before_time(text)
    return name != text and is_bare_name(name)


def _signed_right_under(header: Sequence[Line], index: int) -> bool:
    """Whether a byline or a date line stands on the line right under ``header[index]``."""
    return index + 1 < len(header) and (_is_credit_line(header[index + 1].text) or _dated(header[index + 1]))


_NAMES_LINE = 90  # characters, at most, in a line of writers' names joined
_SHOUTED_JOINER = lazy_compile(r"(?<= )(?:And|Und|Et|Y|E)(?= )")  # ("Marques E Tiago", as a name in capitals title-cases)
_AGES_LISTED_REACH = 6  # lines under a teaser's age where a list prints the next one's


def _ages_of_a_list(header: Sequence[Line], index: int, below: int) -> bool:
    """Whether how long ago, at ``header[below]`` under the title at ``index``, is printed again under or over another
    title near them ("MoPac shut down …", "39 mins ago", "Gallery", "Classes resume …", "6 hours ago"): a list of
    stories' labels. (Right under it, "Aktualisiert vor 28 Minuten" is the same story's update.)"""
    after = below + 1
    while after < len(header) and relative_age(header[after].text):
        after += 1
    if any(relative_age(line.text) for line in header[after:after + _AGES_LISTED_REACH]) and any(
            _title_not_chrome(line.text) for line in header[after:after + _AGES_LISTED_REACH]):
        return True
    above = header[max(0, index - _AGES_LISTED_REACH):index]
    return any(relative_age(line.text) for line in above) and any(_title_not_chrome(line.text) for line in above)
_BY_LABEL_CHARACTERS = 30  # at most, in a byline's label alone on its line
# A byline's label alone on its line, in the six languages: "Reporter:", "Written by", "Autor:", "Texto:", "Von".
_WRITER_LABEL = lazy_compile(r"(?:(?:reporter|author|writer|autor|autora|auteur|autrice|autore|autorin|text|texte|texto|testo"
                             r"|reportage|reportagem|reportaje)\s?:|(?:written |words |reported |texte |texto |testo )?"
                             r"(?:by|par|por|von|di|da))", re.I)


def _shouted_sentence(text: str) -> bool:
    """Whether a line in capitals reads as a headline's sentence: long enough, with a sentence's small words (a menu's
    row in capitals has none), and no bar's label ("BREAKING NEWS: …") nor a menu's bars."""
    return (len(text.split()) >= _SHOUTED_HEADLINE_WORDS and ":" not in text and "|" not in text
            and sum(is_function_word(word) for word in text.lower().split()) >= _SHOUTED_SENTENCE_WORDS)


def _name_glued_to_outlet(text: str) -> Optional[tuple[str, str]]:
    """(writer, outlet) for a writer's full name with a medium's or a paper's name glued to it, a capital after the
    name's last small letter ("Ayla MorganRed Rock Public Radio"), as a page joins the two links; None otherwise."""
    if text[:1].isupper() and " " in text and len(parts := _GLUED_JOINT.split(text)) == 2:
        name, outlet = parts
        if (" " in name and is_bare_name(name) and name.rpartition(" ")[2] not in _SURNAME_OPENINGS
                and " " in outlet and "," not in outlet and (names_medium(outlet) or is_paper_name(outlet))
                and chrome_reason(text, header=True) is None  # (not the share buttons: "… WhatsApp Telegram")
                and not site_slogan(outlet)):  # (nor the logo's text and its slogan: "Burgenland BlickNachrichten aus …")
            return name, outlet
    return None


# The openings of surnames that hold a capital inside ("Keira MacPhail", "Ana DeLuca"): no joint between two links.
_SURNAME_OPENINGS = frozenset("Mac Mc De Di Da La Le Van Von Du Fitz".split())


def _opens_a_title(label: str, header: Sequence[Line], unit: Line) -> bool:
    """Whether another line of the header opens with ``label``, however it is set: the story's kicker in capitals,
    which the headline opens with too ("SERIE A FEMMINILE | venerdì 21 febbraio 2025" under "Serie A Femminile,
    Fiorentina-Roma …"), not who wrote it."""
    folded = label.casefold()
    return any(line is not unit and len(line.text) > len(label) and line.text.casefold().startswith(folded)
               for line in header)


def _note_on_the_name_above(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is a note on the writer named alone on the line above it ("Fergus Whitlow", then
    "Fergus Whitlow is a former director of …"), its stop left off or not."""
    if index == 0 or not is_bare_name(name := header[index - 1].text):
        return False
    text = header[index].text
    return about_the_writer(text if text.endswith(".") else text + ".", name)


def _signed_below(header: Sequence[Line], index: int) -> bool:
    """Whether a byline, a date or a dateline stands within a few lines under ``header[index]``. A title right
    under it is its deck; a title after some other line is another story's, which the signature would sign. A
    date alone right over a title with a byline under it is the site's clock, or that title's date: it signs
    nothing above it."""
    other = False  # a line that is neither this title's deck nor a signature
    said = False  # a deck sentence under it
    block = True  # only the deck, names and places so far: the byline block under the headline
    places = 0  # single words in that block (where the writer writes from)
    names = 0  # names one under another, with no "and" or job between them
    reach = _SIGNATURE_REACH
    for below, unit in enumerate(header[index + 1:index + 1 + _SIGNATURE_SCAN], start=index + 1):
        if reach == 0:
            break
        if (_is_credit_line(unit.text) or _dateline_line(header, below, body_next=True) is not None
                or " by " in unit.text and _REPORTED_BY.fullmatch(unit.text) is not None
                or byline_parts(unit.text) is not None  # ("Von Henrike Assmann und Tobias Reuter" under the deck)
                # ("Jane Roe in London and John Doe in Manchester" over the date)
                or " and " in unit.text and names_joined(unit.text) and _name_over_date(header, below)
                or name_then_brand(unit.text) is not None
                or ("/" in unit.text or "|" in unit.text) and signed_stamp(unit.text) is not None
                or _parted(unit.text) and _shouted_name_and_more(unit.text) is not None  # ("Carla Mendoza Vaca | Villa …")
                # ("Reporter:" over "Declan Furey": a byline's label over the name alone)
                or len(unit.text) <= _BY_LABEL_CHARACTERS and _WRITER_LABEL.fullmatch(unit.text) is not None
                and below + 1 < len(header) and is_bare_name(header[below + 1].text)
                or names_newsroom(unit.text)):  # ("Redacción Onda Meseta": the newsroom signs it)
            return True
        found = find_date(unit.text)
        alone = found is not None and date_alone(unit.text, found) is not None
        if alone and _over_signed_title(header, below):
            return False
        if found is not None and (alone or _place_and_date(unit.text, found, True)
                                  or date_then_name(unit.text, found) or _post_line(unit.text)
                                  or _date_then_paper(unit.text, found) or _stamp_with_clock(unit.text, found)):
            # (a date, or where and when: "Riverton - 03 mar 2024 - 10:15 CET", "Portomar / El Faro 14/03/2024 05:00 h",
            # or when and who)
            return True
        if unit.text[:1] in _RELATIVE_DAY_FIRST and _RELATIVE_STAMP.fullmatch(unit.text) is not None:
            # "Today at 15:00": when the story was posted, the day named by its distance from today (over another
            # title, a list of stories: "Jane Roe", "Today 7:30AM", "Gizmodo", the next story's title)
            return not any(_title_not_chrome(after.text) for after in header[below + 1:below + 1 + _LIST_REACH])
        if ((_name_and_time(unit.text) or len(unit.text) <= _AGE_CHARACTERS and relative_age(unit.text)
             # (a list of stories prints how long ago under each: "39 mins ago", "Gallery", the next, "6 hours ago")
             and not _ages_of_a_list(header, index, below)
             # (under the writers' names, it dates the story those names sign: "Lena Arias and Tomás Ulloa")
             and not names_joined(header[index].text) and not _is_name_alone(header[index].text)
             and not all(is_bare_name(name) for name in header[index].text.split(", ")))
                and not (below + 1 < len(header) and _title_not_chrome(header[below + 1].text))):
            # "Jane Roe 1 day ago", "Published 2 days ago": the author, and how long ago the story was posted (over
            # another title, it is that title's label, as a list of stories prints "Lifestyle 2 hours ago" over each)
            return True
        if (chrome_reason(unit.text, header=True) in _STORY_WIDGETS or caption_parts(unit.text) is not None
                or not _is_title(unit.text) and _credit_below(header, below) is not None
                or not _is_title(header[below - 1].text) and _credit_below(header, below - 1) is not None
                or author_bio(unit.text) is not None  # (the author's box, under the byline: "Jane Roe is a …")
                or _portrait(unit.text)):  # (and the writer's portrait: "Photo of Jenna Morrow")
            # the story's widgets ("Share", "5 min read") or its picture (a caption with its credit, on one line or
            # two; a title over a name and a paper is a headline over its byline): not counted, but no deck
            other = True
            continue
        if (block and ((name := _is_name_alone(unit.text)) or _PLACE_ALONE.fullmatch(unit.text)
                       or unit.text.lower() in JOINERS or unit.text.lower() in LONE_BY
                       or is_name_with_job(unit.text.replace(" | ", ", ")) or is_name_and_job(unit.text)
                       # (a label of the writer's job over the name, "Colunista"; or their positions under it)
                       or is_job(unit.text) or names > 0 and (describes_job(unit.text)
                                                              or _note_on_the_name_above(header, below)))
                and chrome_reason(unit.text, header=True) is None):
            # the author's name or desk ("Redazione ANSA"), with their job ("Jane Roe Education correspondent"), and
            # where they write from ("ROMA"), under the headline and
            # its deck: not counted either; but a run of single words or names is the site's menu ("Warehousing",
            # "Transportation", "Technology"; "Pune Weather", "Pune AQI", "Maharashtra Elections"), over another
            # story's byline
            places += not name and _PLACE_ALONE.fullmatch(unit.text) is not None
            names = names + 1 if name and not is_job(unit.text) else 0  # (names one under another, no "and" between)
            if places > _BYLINE_BLOCK_PLACES or names >= _NAMES_IN_A_ROW:
                return False
            other = True
            continue
        reach -= 1
        deck = _is_title(unit.text) and chrome_reason(unit.text, header=True) is None
        if (other or said) and deck:
            return False  # (a title after a sentence under this one is the next story's: a teaser's title, then its text)
        # (a deck may be a sentence: the byline block, names and places, may follow it too)
        sentence = not deck and not other and _is_sentence(unit.text) and chrome_reason(unit.text, header=True) is None
        said = said or sentence
        other = other or not (deck or sentence)
        block = block and (deck or sentence)
    return False


def _over_signed_title(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` stands right over a title as long as a headline with a byline under it (a
    list of stories prints each title over its date, but rarely over a byline), or, when no title stands just
    above it (a list's title does, its teaser and link between), with a date under it."""
    if index + 1 >= len(header):
        return False
    text = header[index + 1].text
    if len(text.split()) < _HEADLINE_WORDS or not _title_not_chrome(text):
        return False
    apart = _apart_from_titles(header, index)
    for unit in header[index + 2:index + 2 + _BYLINE_UNDER_TITLE]:
        if byline_parts(unit.text) is not None:
            return True
        if (found := find_date(unit.text)) is not None and date_alone(unit.text, found) is not None:
            return apart  # (the title's own date, before any byline: a list's, unless no title stands over this one)
    return False


def _apart_from_titles(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` (a date) stands apart from the titles above it: none within a list item's lines
    above, or only the page's chrome between it and the nearest, two lines of it at least (a menu; a list's item
    has its title right over its date, or its teaser and a link between)."""
    between = 0
    for unit in reversed(header[max(0, index - _LIST_ITEM_LINES):index]):
        if _title_not_chrome(unit.text):
            return between >= _MENU_BETWEEN
        if chrome_reason(unit.text, header=True) is None:
            return False
        between += 1
    return True


_MENU_BETWEEN = 2
_BYLINE_UNDER_TITLE = 4  # lines under a headline where its byline stands: a deck, widgets, then the name
_LIST_ITEM_LINES = 3  # lines above a list item's date where its title stands: the title, its teaser, a link


_LIST_RUN = 3  # title-like lines in a row that make a list of links (a headline and its deck make two)


_TWICE_CHARACTERS = 20  # at least, in a title printed again right under itself


def _title_printed_twice(run: Sequence[Line]) -> bool:
    """Whether two neighbours in a run of titles are one title, the upper one with words glued before it, or with
    the site's name after it (see ``_title_then_site``)."""
    return any(len(lower.text) >= _TWICE_CHARACTERS and (upper.text.endswith(lower.text) or _title_then_site(upper, lower))
               for upper, lower in zip(run, run[1:]))


def _title_then_site(upper: Line, lower: Line) -> bool:
    """Whether ``upper`` is the title on ``lower`` with the site's name after a bar or a dash, as a browser's title
    shows it ("… Tenerife flights | Daily Beacon" over "… Tenerife flights")."""
    return (len(lower.text) >= _TWICE_CHARACTERS and upper.text.startswith(lower.text + " ")
            and upper.text[len(lower.text) + 1:][:1] in _TITLE_SITE_MARKS)


_TITLE_SITE_MARKS = frozenset("|-–—·")


def _section_then_place(text: str) -> bool:
    """Whether ``text`` is a section's name, a bar and a place's ("Sport | San Donà di Piave", "Cronaca | Jesolo")."""
    section, bar, place = text.partition(" | ")
    return bool(bar) and section.lower() in SECTIONS and " | " not in place and is_place_alone(place)


def _site_then_slogan(title: Line, header: Sequence[Line]) -> bool:
    """Whether ``title`` is the site's name, a bar or a dash, then more, the name printed alone on another line of the
    page's header (its logo's)."""
    for separator in (" | ", *_TITLE_DASHES):
        name, found, _ = title.text.partition(separator)
        if found and name.count(" ") < _LABEL_WORDS:
            lowered = name.casefold()
            return any(unit.number != title.number and unit.text.casefold() == lowered for unit in header)
    return False


def _listed_titles(titles: Sequence[Line], header: Sequence[Line]) -> set[int]:
    """The line numbers of titles in runs of ``_LIST_RUN`` or more with nothing else between them: a list of
    other stories' titles ("Trending", "Most read"), not a story's headline. The last of a run that a byline or
    a date follows is the headline printed just under the list."""
    position = {u.number: i for i, u in enumerate(header)}
    listed: set[int] = set()
    run: list[Line] = []
    for title in [*titles, None]:
        if title is not None and run and (position[title.number] == position[run[-1].number] + 1
                                          or _ranked_next(header, position[run[-1].number], position[title.number])):
            run.append(title)
            continue
        if len(run) >= _LIST_RUN and (column := next((k for k in range(len(run) - 1) if _is_name_alone(run[k].text)
                                                      and describes_job(run[k + 1].text)), None)) is not None:
            run = run[:column]  # ("Patrícia Lemos Arantes" over "Jornalista, escreve às quintas-feiras …" over the
            # headline: a column's writer and what they write, over its title; no list of other stories)
        if len(run) >= _LIST_RUN and (signer := next((k for k, t in enumerate(run) if k > 0 and (
                names_newsroom(without_agencies(t.text)) or _signs(t.text) or PAPER_STAFF.fullmatch(t.text) is not None)),
                None)) is not None:
            # ("Redacción Onda Meseta", "Riofrío de Campos, 27/01/2025" under the last: the headline, then its byline
            # block)
            run = run[:signer - 1]
        if len(run) >= _LIST_RUN and _title_printed_twice(run):
            run = []  # ("Home News 23.01.2022 - Wierer jubelt" over "23.01.2022 - Wierer jubelt": the page's own title,
            # over its breadcrumbs and again as printed, then its deck; no list of other stories)
        if len(run) >= _LIST_RUN:
            after = position[run[-1].number] + 1
            if after + 1 < len(header) and caption_parts(header[after].text) is not None:
                after += 1  # (the lead picture's caption, with its credit, between the headline and its byline)
            signed = after < len(header) and (_signs(header[after].text) or _name_over_date(header, after)
                                              or _name_over_job(header, after))  # ("Hollie Garside", "Live Blog Editor")
            # (a deck sentence under the run, over the signature: the deck is that sentence, the headline the last)
            deck_under = not signed and after < len(header) and _deck_then_signature(header, after)
            if signed or deck_under:
                if len(run) > _LIST_RUN and _PLACE_AND_PROVINCE.fullmatch(run[-1].text) is not None:
                    run.pop()  # "São José das Pedras (SP)" under the name: where the story was written
                if (_is_name_alone(run[-1].text) and not _is_name_alone(run[-2].text)
                        and byline_parts(header[after].text) is None and run[-1].text not in {t.text for t in run[:-1]}
                        or is_name_and_job(run[-1].text) or _name_and_job(run[-1].text) or _name_and_outlet(run[-1].text)
                        or _newsroom_and_site(run[-1].text) or _wire_then_place(run[-1].text) is not None
                        or _name_dash_place(run[-1].text)
                        or without_agencies(run[-1].text) != run[-1].text and _is_name_alone(run[-1].text)):
                    # the byline alone under titles that are no names ("Lucía Carrasco Villalba" under the headline and its
                    # deck), its job or its newsroom after the name ("Redacción | La Voz del Altiplano"), or the wires'
                    # copy that went into the story ("Theo Lindqvist and agencies")
                    run.pop()
                if len(run) < _LIST_RUN or not deck_under and (_headline_and_deck(run) or _sections_over_title(run)):
                    run = []
                else:
                    run.pop()
            listed.update(t.number for t in run)
        run = [title] if title is not None else []
    return listed


def _ranked_next(header: Sequence[Line], above: int, at: int) -> bool:
    """Whether only a list's rank stands between two titles ("1", "Leeford man …", "2", "Why your water bill …"): a
    list of the most read stories, numbered."""
    return at == above + 2 and len(rank := header[above + 1].text) <= 2 and rank.isdigit()


_OPENING_WORDS = 3  # words a list's links open with, all alike


def _without_link_lists(titles: list[Line], header: Sequence[Line], doc: DocumentDraft) -> list[Line]:
    """``titles`` without those of a run of ``_LIST_RUN`` or more, one under another, that open with the same words
    and go on differently ("Link externo, abre página da Folha no Twitter", "… no Linkedin", "… no Instagram"): the
    labels of a list of links, not a headline (a headline printed again repeats itself whole), into ``removed``."""
    position = {u.number: i for i, u in enumerate(header)}
    listed: set[int] = set()
    run: list[Line] = []
    for title in [*titles, None]:
        if (title is not None and run and position[title.number] == position[run[-1].number] + 1
                and title.text != run[-1].text and _opening(title.text) == _opening(run[-1].text) is not None):
            run.append(title)
            continue
        if len(run) >= _LIST_RUN:
            for link in run:
                doc.remove(link, "navigation")
                listed.add(link.number)
        run = [title] if title is not None else []
    return [t for t in titles if t.number not in listed] if listed else titles


def _opening(text: str) -> Optional[str]:
    """The first ``_OPENING_WORDS`` words of a longer line, in small letters."""
    words = text.lower().split(None, _OPENING_WORDS)
    return " ".join(words[:_OPENING_WORDS]) if len(words) > _OPENING_WORDS else None


_WIRE_NAME_WORDS = 10  # at most, in a wire's name ("Agencia de Noticias del Estado de Nuevo León" has eight)


def _wire_then_place(text: str) -> Optional[tuple[str, Optional[str]]]:
    """(wire, place) for a wire's name, then where the story was written ("Press Trust of India New Delhi"); (wire,
    None) for a wire's name, then the newsroom's word for itself ("ATS / Redazione": the wire's copy, edited here)."""
    words = text.split()
    if "/" not in text and wire_agency(text) is not None:
        return None  # (a wire's name of two words is no wire and a place: "ANSA Latina")
    for cut in range(min(len(words) - 1, _WIRE_NAME_WORDS), 0, -1):  # (a long line's prefixes are no wire's names)
        if (wire := wire_agency(" ".join(words[:cut]))) is not None:
            place = " ".join(words[cut:]).lstrip("/|,- ")  # (a bar between: "AFP | Ciudad de Guatemala")
            if is_newsroom_word(place):
                return wire, None
            return (wire, place) if is_place_alone(place) and not is_job(place) else None  # (not "AP Sports Writer")
    return None


# Whom a writer's job is held at, after its little word: "Repórter da Agência Brasil", "reporter for Reuters".
_SPACED_DASHES = lazy_compile(r"\s[-–—]\s")
_EMPLOYER = lazy_compile(r"\b(?:da|do|de|del|della|dell['’]|di|of|for|at|bei|der|von|pour|chez)\s+(?P<employer>[A-ZÀ-Þ].{1,40})$")


_AND_OTHERS = lazy_compile(r"\s+(?:and|und|et|y|e)\s+|,\s+")
# A public body's or a company's name: capitalised words, its little words between ("Department for Rural Transport").
_BODY_NAME = lazy_compile(r"[A-ZÀ-Þ][\w'’&.\-]*(?:\s+(?:[A-ZÀ-Þ][\w'’&.\-]*|of|for|the|de|du|des|la|le|del|della|di|für"
                          r"|der|des|do|da|dos))*")
# The label over who issued a press release, in the six languages: "From:", "Von:", "De :", "Da:".
_ISSUED_BY = lazy_compile(r"(?:from|von|de|da|issued by|herausgegeben von|publié par|publicado por|pubblicato da)\s?:", re.I)
# "Communiqué de la mairie de Séné", "Press release from the county": who issued the press release, under its title.
_RELEASE_FROM = lazy_compile(PRESS_RELEASE + r"(?: de presse| stampa"
                             r"| de prensa| de imprensa)? (?:de|du|des|de la|de l['’]|from|by|der|des|von|del|della|dello|dei"
                             r"|da|do|di)\b.{2,80}", re.I)


_DAY_SECTION_WORDS = 3  # at most, in a section's name before the story's day ("Natur & Umwelt")


def _clock_over_menu(header: Sequence[Line], index: int) -> bool:
    """Whether the lines under ``header[index]``, a place and a date above every title, are the site's menu or its
    slogan: the date is the site's clock, the place its town ("Braga, 8 de maio de 2024" over "Atualidade",
    "Sociedade", "Economia")."""
    under = [line.text for line in header[index + 1:index + 1 + _MENU_ITEMS_UNDER_CLOCK]]
    return bool(under) and (_menu_row(under[0]) or site_slogan(under[0]) or len(under) == _MENU_ITEMS_UNDER_CLOCK and all(
        text.count(" ") < _MENU_ITEM_SPACES and text[:1].isupper() and not text.endswith(_TERMINAL)
        and not any(map(str.isdigit, text)) for text in under))


_MENU_ITEM_SPACES = 2  # spaces, fewer than, in a menu's item
_MENU_ITEMS_UNDER_CLOCK = 3


def _writer_and_wire(text: str) -> bool:
    """Whether ``text`` is a writer's name, a slash and a known wire ("Lea Gwerder / Keystone-SDA", "Regula Vogt/KNA")."""
    name, slash, wire = text.partition("/")
    return bool(slash) and is_bare_name(name.strip()) and wire_agency(wire.strip()) is not None


def _section_and_day(text: str) -> Optional[tuple[str, tuple[str, re.Match[str]]]]:
    """(the day's part, its date) when ``text`` is a section's short name, a dot or a bar, and a date alone ("Natur &
    Umwelt · Mo, 06.05.2024")."""
    parts = [part.strip() for part in _DOTS_OR_BARS.split(text)]
    if len(parts) != 2 or parts[0].count(" ") >= _DAY_SECTION_WORDS or not parts[0][:1].isupper():
        return None
    found = find_date(parts[1])
    return (parts[1], found) if found is not None and date_alone(parts[1], found) is not None else None


def _date_among_chrome(text: str) -> Optional[tuple[str, tuple[str, re.Match[str]]]]:
    """(the part, its date) when one part of ``text``, parted by dots or bars, is a date alone (or a stamp, "Publicado
    09/11/2024 18:03") and every other part is the page's chrome (how long the story takes to read, how many comments it
    has, how long ago it was published: "Há 5 horas")."""
    parts = [part.strip() for part in _DOTS_OR_BARS.split(text)]
    dated = [(part, found) for part in parts if (found := find_date(part)) is not None
             and (date_alone(part, found) or _TIMESTAMP.match(part) is not None)]
    if len(parts) < 2 or len(dated) != 1:
        return None
    return dated[0] if all(chrome_reason(part, header=True) is not None for part in parts if part != dated[0][0]) else None


_DOTS_OR_BARS = lazy_compile(r"\s+[·|]\s+")


def _newsroom_sign(text: str) -> bool:
    """Whether ``text`` is the newsroom's word for itself or its short mark ("Redação", "red")."""
    return is_newsroom_word(text) or text.rstrip(".").lower() in NEWSROOM_MARKS


_AGE_AND_STAMP_PARTS = lazy_compile(r"\s+[·|—–-]\s+")


def _stamp_after_age(text: str) -> Optional[str]:
    """The stamp in ``text`` when it is how long ago the story was posted, a dash, a bar or a dot, and a labelled stamp
    ("il y a 2 jours — Publié le 10 mars 2025", "3 hours ago | Updated March 4, 2024")."""
    parts = _AGE_AND_STAMP_PARTS.split(text, 1)
    if len(parts) != 2 or not relative_age(parts[0].strip()):
        return None
    stamp = parts[1].strip()
    return stamp if _is_timestamp(stamp) and find_date(stamp) is not None else None


def _date_and_newsroom(text: str) -> Optional[tuple[str, tuple[str, re.Match[str]], str]]:
    """(the date's part, its date, the newsroom) when ``text`` is a date alone and the newsroom's word or short mark,
    parted by a dot or a bar ("21.06.2024 | red", "Redazione · 3 marzo 2024")."""
    parts = [part.strip() for part in _DOTS_OR_BARS.split(text)]
    if len(parts) != 2:
        return None
    for day, newsroom in (parts, parts[::-1]):
        if ((_newsroom_sign(newsroom) or _SHORT_NEWSROOM.fullmatch(newsroom) is not None
             or initials_in_small_letters(newsroom))  # (the writer's initials: "09.11.2024 | mk")
                and (found := find_date(day)) is not None and date_alone(day, found) is not None):
            return day, found, newsroom
    return None


def _newsroom_and_site(text: str) -> bool:
    """The newsroom's word for itself, a bar and the site ("Redacción | La Voz del Altiplano")."""
    word, bar, site = text.partition(" | ")
    # (not the site's own links, the newsroom's page first: "Redazione | Pubblicità | Contatti")
    return (bool(bar) and is_newsroom_word(word) and 0 < len(site.split()) <= _SITE_NAME_WORDS + 2
            and not (text.count(" | ") >= 2 and _menu_row(text))
            and not site[:1].isdigit())  # (the day after it: "Redação | 18.06.2024 | 11:05", the newsroom's stamp)


def _name_and_outlet(text: str) -> bool:
    """A writer's name, a comma or a spaced dash and a wire or a newsroom ("Keira MacPhail, The Canadian Press",
    "Ma. Celina Bautista - The Luzon Star")."""
    name, comma, outlet = text.partition(", ")
    if not comma:
        parts = SPACED_DASH.split(text, 1)
        name, outlet = parts if len(parts) == 2 else (text, "")
    return bool(outlet) and is_bare_name(name) and (wire_agency(outlet) is not None or is_organisation(outlet))


def _signature_under(article: ArticleDraft, headline: Line) -> float:
    """The number of the first line under the headline that signs the story (its byline, date or dateline)."""
    lines = [n for name in ("byline", "published", "modified", "dateline") for n in article.field_lines.get(name, ())
             if n > headline.number]
    return min(lines, default=float("inf"))


def _life_span(text: str) -> bool:
    """Two dates and the dash between them alone ("June 2, 1931 - January 14, 2025", "1931–2025")."""
    parts = _SPAN_DASH.split(text, 1)
    return len(parts) == 2 and all(_YEAR_OR_DATE.fullmatch(part.strip()) or _dates_only(part.strip()) for part in parts)


_SPAN_DASH = lazy_compile(r"\s+[–—-]\s+|(?<=\d)[–—](?=\d)")
_YEAR_OR_DATE = lazy_compile(r"(?:1[6-9]|20)\d\d")


def _dates_only(text: str) -> bool:
    """A date alone or a dated "Published ..." line."""
    return (found := find_date(text)) is not None and (date_alone(text, found) is not None or _is_timestamp(text))


def _name_over_date(header: Sequence[Line], index: int) -> bool:
    """A name alone (or names joined by "and", each with where they write from: "Jane Roe in London and John Doe in
    Manchester") with the date, or where and when, right under it ("Lucía Ferrer Vidal", "Madrid - 18 feb 2025"), or
    under one of the page's widgets."""
    if index + 1 >= len(header) or not (_is_name_alone(header[index].text) or names_joined(header[index].text)):
        return False
    under = index + 1
    if (under + 1 < len(header) and chrome_reason(header[under].text, header=True) is not None
            and not _signs(header[under].text)):
        under += 1  # ("Imogen Saltash", "Add to myLedger", "December 1 2023": a button to follow the writer between)
    return _signs(header[under].text) or _placed_and_dated(header[under].text)


def _signs(text: str) -> bool:
    """A byline, a dated "Published ..." line, a date alone, or a name or place and a date ("Jane Roe - Apr 16,
    2015 8:02 pm", "Moacir Lobo02/09/2023 às 09:41"): what stands under a story's headline."""
    return (_is_credit_line(text) or _LETTER_THEN_FIGURE.search(text) is not None and _name_with_glued_date(text)
            # ("ALMUDENA RUIZ | Villaseca del Campo": the writer in capitals and where they wrote from)
            or " | " in text and text[:2].isupper() and _parted(text) and _shouted_name_and_more(text) is not None
            ) or (found := find_date(text)) is not None and (
        _stamp_with_clock(text, found) or date_alone(text, found) is not None or _place_and_date(text, found, True) is not None
        or date_then_name(text, found) is not None
        or ("/" in text or "|" in text or "·" in text) and signed_stamp(text) is not None)  # ("Jane Roe / Mar 5, 2024")


def _deck_then_signature(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is a deck (a sentence under the headline) with the story's signature under it
    (a name alone between them: "Jane Roe", then the date; or the name with the writer's handle)."""
    text = header[index].text
    if not (index + 1 < len(header) and text.endswith((".", "!", "?")) and not _is_title(text)
            and chrome_reason(text, header=True) is None):
        return False
    under = index + 1
    if _is_name_alone(header[under].text) and "@" in header[under].text:
        return True  # "Jane Roe, @janeroe": the writer's name and handle sign it alone
    if under + 1 < len(header) and _is_name_alone(header[under].text):
        under += 1
    return _signs(header[under].text)


_HANDLE_AFTER = lazy_compile(r",?\s*(?:@\w{1,30}|\(@\w{1,30}\))$")  # ("Jane Roe, @janeroe", "Jane Roe (@janeroe)")


# A label over the byline block, in the six languages: "Author of the article:", "Autor des Artikels:", "Auteur de
# l'article :", "Autor del artículo:", "Autor do artigo:", "Autore dell'articolo:".
_AUTHOR_LABEL = lazy_compile(r"(?:author of (?:the|this) article|article author|autor(?:in)? des artikels|auteur de l['’]article"
                             r"|autor del artículo|autor do artigo|autore dell['’]articolo)\s*:", re.I)
_AUTHOR_LABEL_LINES = 3  # the writers and the wire under it, at most
# A Brazilian byline's second line: the newsroom the writer contributed to, and where they wrote from.
_CONTRIBUTED_FROM = lazy_compile(r"(?:Colabora[çc][ãa]o para|Especial para|Enviad[oa] especial d[oa]) (?:o |a |os |as )?"
                                 r"(?P<newsroom>[^,]{2,40}), (?:em|de|no|na|desde) (?P<place>[A-ZÀ-Þ][^,()]{1,40}"
                                 r"(?: \([A-Z]{2}\))?)")
_CONTRIBUTED_OPENINGS = frozenset({"Col", "Esp", "Env"})
_FROM_NAME_IN_PLACE = lazy_compile(r"From (?P<name>[^,]{4,40}), (?P<place>[A-ZÀ-Þ][^,]{1,30})")
# A writer's name, a comma and the word for "from" or "in", then the place, in the six languages.
_NAME_FROM_PLACE = lazy_compile(r"(?P<name>[^,]{4,40}), (?:de|desde|from|aus|dall['’]|depuis) "
                                r"(?P<place>[A-ZÀ-Þ][^,()]{1,40}(?: \([A-Z]{2}\))?)")
_AUTHOR_LABEL_REACH = 26  # characters, at most, to the label's colon


def _signing_names(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is full names joined by "and" that sign the story: the date line under them (or under
    their copy, or a stamp with the hour alone), as a byline block prints it ("Reto Zimmerli und Nadja Keller", the same again, "09.03.2025"), or right
    over them ("Updated 11:47 GMT, Sat 9 November 2024", "Ruth Maddox and Callum Beattie")."""
    text = header[index].text
    if not (names_joined(text) or _names_listed(text)) or byline_parts(text) is not None:
        return False  # ("By Jane Roe and John Doe": a byline's own rules)
    below = [u for u in header[index + 1:index + 3] if u.text != text][:2]
    # (their newsroom or their job may stand between: "Dana Whitfield and Marcus Oyelaran", "Lakeshore Ledger", the
    # date; "Sam Holt, Liam Fenwick", "Senior Reporters", the date)
    if len(below) == 2 and (_newsroom_line(below[0].text) or is_job(below[0].text)):
        below = below[1:]
    # (a stamp that gives no day, "Publié aujourd'hui à 07h15", dates them as well)
    return (bool(below) and (_dated(below[0]) or _is_timestamp(below[0].text) and _stamp_words(below[0].text) <= _STAMP_WORDS)
            or index > 0 and _dated(header[index - 1]))


def _names_listed(text: str) -> bool:
    """Full names listed with commas or spaced slashes, two or three ("Sam Holt, Liam Fenwick", "Laura Meseguer /
    Andrés Pons")."""
    names = text.split(" / " if " / " in text and ", " not in text else ", ")
    return 2 <= len(names) <= _LISTED_NAMES and all(
        is_bare_name(name) and not (is_organisation(name) or is_paper_name(name) or is_job(name)
                                    or wire_agency(name) is not None or name.split()[0] in _ARTICLE_WORDS)
        for name in names)


_LISTED_NAMES = 3
_ARTICLE_WORDS = frozenset("The Der Die Das Le La Les El Los Las Il Lo O A".split())  # (a name led by one is a title's)


def _desk_or_wire(text: str) -> bool:
    """A newsroom's desk ("Redazione ANSA", "Redacción") or a wire's name alone, signing the story."""
    return is_newsroom_word(text.split(" ", 1)[0]) or is_from_desk(text) or wire_agency(text) is not None


def _newsroom_line(text: str) -> bool:
    """A newsroom's or a wire's name alone on its line ("Lakeshore Ledger", "USA TODAY", "The Associated Press")."""
    return (len(text.split()) <= _SITE_NAME_WORDS and (wire_agency(text) is not None or is_organisation(text)
                                                        or is_paper_name(text)))


def _name_over_note_and_stories(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is a name alone over a note on the writer and the link to their other stories."""
    return (index + 2 < len(header) and note_over_writers_stories(header[index + 1].text, header[index + 2].text)
            and _is_name_alone(header[index].text) and byline_parts(header[index].text) is None)


def _name_over_job(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` is a name alone with the writer's job on the line under it."""
    return (index + 1 < len(header) and header[index + 1].number - header[index].last <= 2
            and _is_name_alone(header[index].text) and byline_parts(header[index].text) is None  # ("By …": its own)
            and chrome_reason(header[index].text, header=True) is None  # ("Sign In" over a caption: a button)
            and (describes_job(header[index + 1].text)
                 # (a position alone, where the date under it shows the byline block: "Economista e professor universitário")
                 or names_position(header[index + 1].text) and byline_parts(header[index + 1].text) is None
                 and index + 2 < len(header) and _dated(header[index + 2]))  # (not "Autor: Die Redaktion": a byline)
            # (not two items of a menu printed one a line: "Video Gallery" over "Become Contributor"; a label that
            # names the writer's job, or their picture, over the name is the column's: "Colunista", "Foto do colunista")
            and not (index > 0 and _menu_like(header[index - 1].text)
                     and not any(is_job(word.capitalize()) or word.lower() in _COLUMN_SECTIONS
                                 for word in header[index - 1].text.split())))


# The words of the section where a paper keeps its columns, as its label over a columnist's name ("Colunas e Blogs").
# (not "Opinion": a menu's item, over "All Opinion" and "Columnists", its links)
_COLUMN_SECTIONS = frozenset("columns colunas columnas kolumnen chroniques rubriche".split())


_MENU_ITEM_WORDS = 4


def _menu_like(text: str) -> bool:
    return (len(text.split()) <= _MENU_ITEM_WORDS and text[:1].isupper() and not text.endswith(_TERMINAL)
            and chrome_reason(text, header=True) is None and find_date(text) is None)


def _is_name_alone(text: str) -> bool:
    """A name alone, also with the writer's social handle after it ("Jane Roe, @janeroe") or where they write from
    ("Jane Roe in Lisbon"), or the note that wires' copy went into the story ("Jane Roe and agencies")."""
    text = without_agencies(text)
    return is_bare_name(_HANDLE_AFTER.sub("", text) if "@" in text else text) or is_name_in_place(text)


_LONG_HEADLINE = 12  # words, at least, in a headline longer than each line of its deck under it


_SECTION_WORDS_AT_MOST = 3  # in a section's label over the headline ("Traffic & Travel")


def _without_day(tag: str) -> str:
    """A wire's tag without the day it filed the story after a comma ("APA, 14.1.2024")."""
    head, comma, day = tag.partition(",")
    return head.strip() if comma and find_date(day) is not None else tag


def _kicker_over_signed_title(header: Sequence[Line], index: int) -> bool:
    """Whether ``header[index]`` stands right over a title twice as long that a byline or date signs."""
    if index + 1 >= len(header):
        return False
    under = header[index + 1].text
    return (_is_title(under) and _words(under) >= 2 * _words(header[index].text)
            and _signed_below(header, index + 1))


def _sections_over_title(run: Sequence[Line]) -> bool:
    """Whether a run of titles is the page's sections' labels, short, then a headline and its deck ("Bradley Moor
    News", "Traffic & Travel", "LIVE: M62 closed …", "Drivers are facing …")."""
    labels = 0
    while labels < len(run) - 2 and len(run[labels].text.split()) <= _SECTION_WORDS_AT_MOST:
        labels += 1
    tail = run[labels:]
    return 0 < labels and len(tail) == 2 and len(tail[0].text.split()) > _SECTION_WORDS_AT_MOST and _headline_and_deck(tail)


_INDENTS = (" ", "\t")


_MENU_ROW_WORDS = 6  # at least, in a menu's items set on one line with spaces between


def _menu_words_row(text: str) -> bool:
    """Whether ``text`` is a menu's items on one line, parted by spaces: six words or more, each capitalised (or "&"),
    none of them a language's small word, one a section's name ("… Blog Tipps & Tricks News Zeitschrift Shop"); a
    title, in title case or not, holds a small word somewhere ("Perfekte Schnitte nach Riss an der Kreissaege")."""
    words = text.split()
    return (len(words) >= _MENU_ROW_WORDS and all(word[:1].isupper() or word == "&" for word in words)
            and not any(is_function_word(word.lower()) for word in words)
            and any(word.lower() in SECTIONS for word in words))


def _next_topic_signed(title: Line, titles: Sequence[Line], position: dict[int, int], header: Sequence[Line]) -> Line:
    """The title right under ``title`` when both open with their own topic and a colon and the byline signs the lower
    ("Schulbau: …" over "Lehrermangel: …" and "Von Jane Roe": two stories' titles, the one signed the story's); else
    ``title``."""
    at = position[title.number] + 1
    if (at < len(header) and (under := header[at]) in titles and _TOPIC_LABEL.match(title.text) is not None
            and _TOPIC_LABEL.match(under.text) is not None and _signed_below(header, at)):
        return under
    return title


_TOPIC_LABEL = lazy_compile(r"[A-ZÀ-Þ][\w\-]+(?: [\w\-]+)?: \S")  # "Schulbau: …": a title's topic before a colon


def _headline_and_deck(run: Sequence[Line]) -> bool:
    """Whether titles in a row are a headline and the lines of its deck, not a list of other stories' titles (which
    are alike in length and case): each of these says more than it does; or it is set in title case and they are
    not; or it is long, and longer than each of them; or they are indented under it, as a deck's points are."""
    if any(_TOPIC_LABEL.match(title.text) for title in run[1:]):
        # ("Schulbau: Neues Gymnasium …" over "Lehrermangel: Ministerin will …": each under its own topic; a deck opens
        # with no topic's label, "Liga 2: Alto Minho vence …" under the stadium's name is the headline)
        return False
    first = len(run[0].text.split())
    rest = [len(title.text.split()) for title in run[1:]]
    return (all(words > first for words in rest)
            or run[0].raw[:1] not in _INDENTS and all(title.raw[:1] in _INDENTS for title in run[1:])
            or title_cased(run[0].text) and not any(title_cased(title.text) for title in run[1:])
            or first >= _LONG_HEADLINE and all(words < first for words in rest))


def _whole_name(owner: str, units: Sequence[Line]) -> str:
    """``owner``, the name the capture's last line ends with, as the page prints it whole elsewhere: the capture's
    end may have cut its last word short ("© 2024 Açoriano Dig" under "Açoriano Digital")."""
    cut_short = re.compile(re.escape(owner) + r"[^\W\d_]+")
    for unit in units[:-1]:
        if owner in unit.text and (whole := cut_short.search(unit.text)) is not None:
            return whole.group()
    return owner


def _infer_publisher(article: ArticleDraft, agency: Optional[str], agency_line: int, doc: DocumentDraft,
                     masthead: Optional[Line], units: Sequence[Line]) -> None:
    """The original source, from the clues pages leave: a syndication tag, the dateline or source line naming
    ``agency`` (line ``agency_line``), a sign-off, the site's own name (its ``masthead`` line, if any; ``units``
    are the capture's lines)."""
    if article.publisher is not None:
        return
    first = article.first_paragraph()
    if first is not None:
        match = _SYNDICATION.match(first["text"])
        if match and (dated := find_date(match.group("source"))) is not None:
            # "(April 2, 2024, 4:18 PM EDT) -- A federal judge …": the story's time in the syndication tag's place
            article.fill("published", dated[0], first["lines"][0])
        elif match:
            article.fill("publisher", match.group("source").strip(), first["lines"][0])
            return
    if agency is not None:
        article.fill("publisher", agency_name(agency), agency_line)
        return
    paragraphs = [b for b in article.blocks if b["type"] == "paragraph"]
    if paragraphs:
        match = _SIGN_OFF.search(paragraphs[-1]["text"]) or _source_line(paragraphs[-1]["text"])
        if match:
            article.fill("publisher", agency_name(match.group("agency")), paragraphs[-1]["lines"][0])
            return
        if (sign_off := _wire_under_story(article.blocks[article.blocks.index(paragraphs[-1]) + 1:])) is not None:
            article.fill("publisher", sign_off[0], sign_off[1])
            return
    for paragraph in paragraphs:  # "... (Belga)" closing any paragraph: a known wire agency signs off
        match = _TAG_AT_END.search(paragraph["text"])
        if match and (signed := wire_agency(_without_day(match.group("tag")))) is not None:
            article.fill("publisher", signed, paragraph["lines"][0])
            return
    if article.byline is not None and (wire := wire_agency(article.byline)) is not None:
        article.fill("publisher", wire, *article.field_lines["byline"])  # "By AFP": the wire wrote the story
        return
    if (article.byline is not None and (staff := _WIRE_STAFF.fullmatch(article.byline)) is not None
            and (wire := wire_agency(staff.group("wire"))) is not None):
        article.fill("publisher", wire, *article.field_lines["byline"])  # "By PA Reporters": the wire's own staff
        return
    for item in doc.removed:  # "(dpa)" on its own line under the story's last paragraph
        if item["reason"] == "sign-off" and (signed := wire_agency(item["text"])) is not None:
            article.fill("publisher", signed, item["lines"][0])
            return
    for item in doc.removed:  # "ats/cab" on its own line: the wire, then its editor's initials
        if (signed := _desk_code_wire(item)) is not None:
            article.fill("publisher", signed, item["lines"][0])
            return
    for item in doc.removed:  # "This article originally appeared in The Valley Courier.": the paper that published it first
        if (item["reason"] == "editor-note" and (found := _FIRST_PUBLISHED_IN.search(item["text"])) is not None
                and ((dated := find_date(item["text"][found.start("source"):])) is None or dated[1].start() > 0)):
            article.fill("publisher", found.group("source").rstrip("."), item["lines"][0])  # (not "on March 3, 2024")
            return
    if masthead is not None:
        article.fill("publisher", masthead.text, masthead.number)
        return
    if article.byline is not None and (site := newsroom_site(article.byline)) is not None:
        article.fill("publisher", site, *article.field_lines["byline"])  # "Redacción Fotograma Sur": its newsroom signs
        return
    for reason, pattern in (("copyright", _COPYRIGHT), ("copyright", _OWNER_THEN_COPYRIGHT), ("media-embed", _AUDIO_PLAYER),
                            ("newsletter-prompt", _NEWSLETTER), ("newsletter-prompt", _NEWSLETTER_OF),
                            ("site-notice", _NEWSROOM), ("site-notice", _SUPPORTED_BY_READERS), ("page-chrome", _LOGO_LINK),
                            ("promo", _FOLLOW_THE_SITE)):
        for item in doc.removed:
            match = pattern.search(item["text"]) if item["reason"] == reason else None
            if (match and (reason != "page-chrome" or _names_site(match))
                    and (pattern is not _NEWSLETTER_OF or (match.group("source") or "").lower() not in SECTIONS)
                    and any(char.isalpha() for char in match.group(match.lastgroup or 1))  # (not "© 2016" alone)
                    # (nor two letters in small ones, "© Copyright 2024 pl": a name the capture's end cut short)
                    and (len(match.group(match.lastgroup or 1).strip()) > 2 or match.group(match.lastgroup or 1).isupper())):
                owner = match.group(match.lastgroup or 1).strip()
                if reason == "copyright" and (links := _LINKS_AFTER_OWNER.search(owner)) is not None:
                    # ("© 2025 Bezirksbote Mühlviertel · Impressum · Datenschutz", or after a dash; the year after the
                    # name, too: "© Albrand-Anzeiger 2024 | Impressum | …", "© REIBUNG 2024 – Impressum")
                    owner = _YEAR_AFTER_OWNER.sub("", owner[:links.start()])
                elif item["lines"][0] == units[-1].number and item["text"].endswith(owner):
                    owner = _whole_name(owner, units)
                article.fill("publisher", owner, item["lines"][0])
                return
    if doc.site is not None:  # the site's name, however the header found it: the last clue
        article.fill("publisher", doc.site, doc.capture_lines["site"][0])
