"""The lines that sign a generic page's story under its headline: a byline printed bare or over two lines, the
newsroom's line under it, a desk with its stamp.

Each ``take_*`` function fills the article's fields from the lines it reads and says whether it took them.
"""

from __future__ import annotations

from typing import Collection, Optional, Sequence

from ._lazy_patterns import lazy_compile
from .agencies import agency as wire_agency
from .body import TIMESTAMP
from .captions import is_edition
from .dates import date_alone, find_date
from .draft import ArticleDraft
from .language import is_function_word
from .mastheads import is_paper_name
from .people import (NEWSROOM_WORDS, contributor_name, our_writer_label, paper_written_for, LEGAL_FORM_STOP, OBITUARY_WORDS, PLACE_NAME_OPENINGS, SHORT_NAME, SPACED_DASH, agency_name, byline_parts, is_bare_name,
                     is_name_with_job, is_organisation, name_before_time, name_then_brand, place_after_name,
                     without_agencies)
from .text import Line


# "Jane Roe Environment correspondent", "Jane Roe Senior Reporter": a name and the writer's job with no comma
# between; the job ends with a word for one (the name is taken as short as it can be: most have two words).
_NEWSROOM_JOBS = (r"correspondent|reporterin|reporter|editor|writer|columnist|contributor|journalistin|journalist|producer|analyst"
                  r"|critic|photographer|presenter|meteorologist|forecaster|anchor|redakteur|redakteurin|redaktor|redaktorin|korrespondent|korrespondentin"
                  r"|journaliste|correspondant|correspondante|rédacteur|rédactrice|periodista|corresponsal"
                  r"|redactor|redactora|jornalista|correspondente|repórter|giornalista|corrispondente|inviato|inviata"
                  r"|redattore|redattrice|redator|redatora"
                  # (who checks what others claim: "Senior Fact-Checker", "Faktenchecker", "vérificatrice")
                  r"|fact-checker|factchecker|faktenchecker|faktencheckerin|vérificateur|vérificatrice|verificador|verificadora"
                  r"|verificatore|verificatrice"
                  # (Canada's programme that pays local reporters, named as their job)
                  r"|initiative de journalisme local|local journalism initiative"
                  r"|reportero|reportera|fotoperiodista|cronista|columnista|editora|editorialista"
                  # (who writes a column, in the other languages: "Colunista", "Kolumnistin", "Chroniqueuse")
                  r"|colunista|kolumnist|kolumnistin|chroniqueur|chroniqueuse|éditorialiste"
                  # (who runs the newsroom, as the editor's column is signed: "Franco Bellandi", "Direttore")
                  r"|vicedirettore|vicedirettrice|direttore|direttrice|caporedattore|caporedattrice|herausgeber"
                  r"|herausgeberin|editor-in-chief|rédacteur en chef|rédactrice en chef|redactor jefe|redatora-chefe"
                  r"|redator-chefe"
                  # (who heads a desk in another town: "Columbus Bureau Chief")
                  r"|bureau chief|chef de bureau|jefe de redacción|büroleiter|büroleiterin"
                  # (who forecasts the weather or presents the news, as a station signs its stories: "Meteorologista")
                  r"|meteorologista|meteorólogo|meteoróloga|meteorologe|meteorologin|météorologue|meteorologo|meteorologa"
                  r"|presentador|presentadora|apresentador|apresentadora|présentateur|présentatrice|presentatore"
                  r"|presentatrice|moderator|moderatorin")
# (a job may be a compound: "Wirtschaftsredakteur", "Lokalreporterin", "Auslandskorrespondent", "Videojournalist")
_JOB = (r"(?:[\w\-]+\s+){0,3}(?:[^\W\d_]+(?=(?i:redakteur|redaktor|korrespondent|reporter|journalist)))?(?i:" + _NEWSROOM_JOBS
        + ")")
_NAME_AND_JOB = lazy_compile(r"(?P<name>[A-ZÀ-Þ][\w.'’\-]*(?:\s+[A-ZÀ-Þ][\w.'’\-]*){1,3}?)\s+(?P<job>" + _JOB + ")")
# "Local Affairs Correspondent", "News reporter @janeroe": the writer's job on the line under the byline.
_JOB_LINE = lazy_compile(r"(?=[A-ZÀ-Þ0-9])" + _JOB + r"(?i:s)?(?:\s+@\w{1,30})?"  # (the job of several: "Senior Reporters")
                         # "Redaktor Graubünden", "Korrespondentin in Brüssel": a German job, then its desk or region
                         r"|(?:[\w\-]+\s+)?(?:Redakteur|Redaktor|Korrespondent|Volontär)(?:in)?(?:\s+(?:in|im|für|bei))?"
                         r"(?:\s+[A-ZÄÖÜ][\w\-]*){1,2}")
_JOB_REACH = 2  # lines under the byline where the writer's job stands
# "journaliste", "envoyée spéciale à Kyiv" after the name and a comma: a job as the Romance languages write it, in
# small letters.
_JOB_IN_SMALL_LETTERS = lazy_compile(r"(?:[a-zà-ÿ][\w\-]*\s+){0,2}" + _JOB + r"(?:\s+[a-zà-ÿ][\w\-]*){0,2}")


# "By", "Par", "Por", "Von", "Di", "Door" on a line of their own, the author's name on the next.
LONE_BY = {"by", "par", "por", "von", "di", "door"}


def take_split_byline(header: Sequence[Line], index: int, article: ArticleDraft) -> bool:
    """A byline printed over two lines ("By" / "Jane Roe", also under a label that says so: "Written by" / "Jane Roe",
    "Reporter:" / "Jane Roe"): fill its fields from both lines."""
    unit = header[index]
    if not _by_label(unit.text) or index + 1 >= len(header):
        return False
    follower = header[index + 1]
    parts = byline_parts(f"{unit.text} {follower.text}") if follower.number - unit.last <= 2 else None
    if parts is None or parts[0] is None or (unit.text.lower() not in LONE_BY and parts[0] != follower.text):
        return False  # (under a label, the next line holds the name alone)
    name, publisher, when = parts
    article.fill("byline", name, unit.number, follower.number)
    article.fill("publisher", publisher, follower.number)
    article.fill("published", when, follower.number)
    return True


_BY_LABEL_WORDS = 3  # at most, in a label over the writer's name ("Written by", "Autor:")


def _by_label(text: str) -> bool:
    """"By", "Written by", "Reporter:", "Autor:": a word for "by" or a byline's label alone on its line."""
    if text.lower() in LONE_BY or our_writer_label(text):  # ("De notre correspondant à Lyon,", the name under it)
        return True
    return (text.count(" ") < _BY_LABEL_WORDS and text[:1].isupper()
            and (text.endswith(":") or text.rpartition(" ")[2].lower() in _LABEL_BY))


# The word for "by" closing a label in the six languages: "Written by", "Article rédigé par", "Ein Beitrag von",
# "Escrito por", "Scritto da".
_LABEL_BY = {"by", "par", "von", "por", "di", "da"}


JOINERS = {"and", "&", "und", "et", "y", "e"}  # a line of its own between two names


def take_names_joined_apart(header: Sequence[Line], index: int, article: ArticleDraft) -> int:
    """Two names with "and" alone on the line between ("Jane Roe" / "and" / "John Doe"), as a page prints its
    authors' links: fill the byline with them; how many lines it used (0: none)."""
    if article.byline is not None or index + 2 >= len(header) or header[index + 1].text.lower() not in JOINERS:
        return 0
    first, joiner, second = header[index:index + 3]
    if (second.number - first.last > 4 or not is_bare_name(first.text) or not is_bare_name(second.text)
            or is_organisation(first.text) or is_organisation(second.text)):
        return 0
    article.fill("byline", f"{first.text} {joiner.text} {second.text}", first.number, joiner.number, second.number)
    return 3


_ONE_NAME = r"[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){1,3}"
# (several names too, between commas and "and": "Jane Roe, John Doe and Ada Lund · Valley News · Posted: …")
# (or a comma before the stamp's label: "Jeanne Roux, publié le 3 mars 2024 à 11 h 00")
_NAME_THEN_STAMP = lazy_compile(rf"^(?P<name>{_ONE_NAME}(?:(?:,\s+|,?\s+(?:and|&)\s+){_ONE_NAME}){{0,4}})"
                                r"(?:\s+[/|·•]\s+|,\s+(?=(?i:published|posted|updated|publié|publiée|mis à jour|veröffentlicht"
                                r"|aktualisiert|publicado|publicada|actualizado|atualizado|pubblicato|aggiornato)\b))"
                                r"(?P<stamp>.+)$")


# ("PTI / Updated: …"; a section's name may stand between: "Press Trust of India | India News | Updated: …")
_WIRE_THEN_STAMP = lazy_compile(r"(?P<wire>[^/|]{2,40}?)\s+[/|]\s+(?:[A-Z][\w&]*(?: [A-Z][\w&]*){0,2}\s+[/|]\s+)?(?P<stamp>.+)$")
_BLOCK_SEPARATOR = lazy_compile(r"\s+[·•|/]\s+")
_NEWSROOM_INITIALS = lazy_compile(r"[A-Z]{2,5}")


def signed_stamp(text: str) -> Optional[tuple[Optional[str], Optional[str], str]]:
    """(name, publisher, stamps) for a byline block printed on one line: a name of two to four capitalised words,
    a bar, slash or dot, maybe the publication or the desk, and dated "Published ..." or "Updated ..." stamps ("Jane Roe ·
    Valley News · Posted: Mar 03, 2024 10:15 AM EST | Last Updated: March 3"); the stamps joined by a bar. A
    newsroom's name before the publication's is the page's section, not a byline ("India News | Press Trust of
    India | Updated: ..."): no name then."""
    found = _NAME_THEN_STAMP.match(text) if ("/" in text or "|" in text or "·" in text or "•" in text or ", " in text) else None
    if found is None:
        wired = _WIRE_THEN_STAMP.match(text) if ("/" in text or "|" in text) else None
        # (a known wire before the date alone too: "Lusa | 22.06.2024 às 17:05", "ANSA | 04 gennaio 2024 ore 14:22")
        if wired is None or not (_is_timestamp(wired.group("stamp"))
                                 or wire_agency(wired.group("wire")) is not None and _is_stamp(wired.group("stamp"))):
            return None
        if (wire := wire_agency(wired.group("wire"))) is None and _NEWSROOM_INITIALS.fullmatch(wired.group("wire")) is None:
            return None
        # "PTI / Updated: May 21, 2024, 22:14 IST"; "TNN / Updated: …", a newsroom's initials, which sign the story
        return wired.group("wire"), wire, wired.group("stamp")
    parts = _BLOCK_SEPARATOR.split(found.group("stamp"))
    publisher = parts.pop(0) if len(parts) > 1 and (is_organisation(parts[0]) or wire_agency(parts[0])) else None
    if (publisher is None and len(parts) > 1 and not _is_timestamp(parts[0]) and _is_timestamp(parts[1])
            and not _is_stamp(parts[0])):  # (a date alone first is the story's: "… | 23.03.2025, 22:10 Uhr | Aktualisiert: …")
        del parts[0]  # ("Jane Roe · PBC Arts · Posted: …": the newsroom's desk, which names no publisher)
    if not parts or not _is_stamp(parts[0]):
        return None
    stamps = [part for part in parts if _is_timestamp(part) or _is_stamp(part)]
    name = found.group("name")
    section = publisher is not None and is_organisation(name) and _DESK.search(name) is None
    return None if section else name, publisher, " | ".join(stamps)


def _is_stamp(part: str) -> bool:
    """A dated "Published …" or "Updated …" stamp, or a date alone ("Jane Roe / Mar 5, 2024, 04:12 IST")."""
    found = find_date(part)
    return found is not None and (_is_timestamp(part) or date_alone(part, found) is not None)


# A newsroom's team that signs a story: "TOI News Desk", "Web Team", "Valley Bureau", "Staff".
_DESK = lazy_compile(r"\b(?:Desk|Team|Staff|Bureau|Newsroom|Correspondents?|Reporters?|Editors?)\b")


def take_name_over_desk(header: Sequence[Line], headline: Optional[Line], article: ArticleDraft,
                        dated: Collection[int] = ()) -> set[int]:
    """"Jane Roe" over "BBC News, Kyiv" below the headline, however far: a name signed by the newsroom's line
    is the byline; so is one over a publication's name over the story's date line ("Jane Roe", "The Valley
    Courier", "Published March 4, 2024"; ``dated``: the numbers of the header's date lines). The numbers of the
    lines taken."""
    if headline is None or article.byline is not None:
        return set()
    at = next((i for i, line in enumerate(header) if line is headline), len(header))
    for index, (above, unit, under) in enumerate(zip(header, header[1:], [*header[2:], None])):
        # (a person's name, of two words or more, over a newsroom's of two or more: not a menu's entries)
        # (over the date line, also a wire's name of one word: "Jane Roe and John Doe", "Bloomberg", the date)
        over_date = under is not None and under.number in dated
        if (above.number > headline.number and unit.number - above.last <= 2 and " " in above.text
                and not is_organisation(above.text)  # ("Albion News Scotland" over the picture's "PA Media")
                and (" " in unit.text and (_is_desk(unit.text) or over_date and is_organisation(unit.text)
                                           # (right under the headline, its share buttons and time between)
                                           or index - at <= _REGION_DESK_REACH and _newsroom_and_region(unit.text)
                                           and is_bare_name(above.text))
                     or over_date and wire_agency(unit.text) is not None)
                and take_bare_byline(above, headline, article, dated=over_date, near=True)):
            desk, place = _desk_and_place(unit.text)
            if "·" in desk:  # ("Waikato Reporter·The Aotea Herald·": the writer's job, then the paper)
                desk = next((part.strip() for part in reversed(desk.strip(" ·").split("·")) if not is_job(part.strip())), desk)
            if not desk.lower().endswith(" staff"):  # ("Ledger-Star staff": the paper's short name; the site's name is its)
                article.fill("publisher", paper_written_for(desk), unit.number)  # ("Special to The Northern Ledger")
            article.fill("dateline", place, unit.number)
            return {above.number, unit.number}
    return set()


_CAPITALISED_WORDS = lazy_compile(r"[A-ZÀ-Þ][\w&.'’\-]*(?: [A-ZÀ-Þ][\w&.'’\-]*){0,3}")


# "Do Portal Aurora, em Brasília", "From the Valley Desk, in Kyiv": the newsroom the story came from, and where.
_FROM_DESK = lazy_compile(r"(?:Do|Da|Dos|Das|From(?: the)?)\s+(?P<desk>[A-Z][\w&.'’\- ]{1,40}?),\s+(?:em|in|en|à)\s+"
                          r"(?P<place>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þa-z][\w'’\-]+){0,2})")


def is_from_desk(text: str) -> bool:
    """Whether ``text`` names the newsroom the story came from and where ("Do Portal Aurora, em Brasília")."""
    return text[:1] in "DF" and _FROM_DESK.fullmatch(text) is not None


def _desk_and_place(text: str) -> tuple[str, Optional[str]]:
    """The newsroom's name on a desk line, and where it writes from when the line says so."""
    if (from_desk := _FROM_DESK.fullmatch(text)) is not None:
        return from_desk.group("desk"), from_desk.group("place")
    return text.split(",")[0].strip(), None


def _newsroom_and_region(text: str) -> bool:
    """"Albion News Scotland": a newsroom's name, its word for news, then its region's (under the writer's name;
    alone, "Valley News Today" may be a section)."""
    return 2 <= text.count(" ") <= 3 and _NEWSROOM_THEN_REGION.fullmatch(text) is not None


_REGION_DESK_REACH = 6  # header lines under the headline where a name over its newsroom and region stands
_NEWSROOM_THEN_REGION = lazy_compile(r"(?:[A-Z][\w&.'’\-]* ){1,2}(?:News|Radio|TV|Television) [A-Z][a-z]+")


def _is_desk(text: str) -> bool:
    """"BBC News, Kyiv", "VCN News": a newsroom's name in capitalised words, with where it writes from or an
    initialism first ("World News", "India News" alone are a page's sections; "FOLLOW" is a button); "Do Portal
    Aurora, em Brasília", the Portuguese "from the … in …"."""
    if is_from_desk(text):
        return True
    parts = text.split(",")
    name = parts[0].strip()
    return (len(parts) <= 2 and len(text) <= 60 and " " in name and _CAPITALISED_WORDS.fullmatch(name) is not None
            and is_organisation(name) and (len(parts) == 2 or name[:name.find(" ")].isupper()))


def take_desk(unit: Line, article: ArticleDraft) -> bool:
    """"BBC News, Kyiv" right under the byline: the newsroom the author writes for (and from where), the
    publisher when no other is known."""
    lines = article.field_lines.get("byline")
    if not lines or article.publisher is not None or not 0 < unit.number - max(lines) <= 2:
        return False
    if not _is_desk(unit.text):
        return False
    desk, place = _desk_and_place(unit.text)
    article.fill("publisher", desk, unit.number)
    article.fill("dateline", place, unit.number)
    return True


# "Jane Roe and John Doe", "Jane Roe in Kyiv": two names, or a name and where the author wrote from.
_NAMES_JOINED = lazy_compile(r"\s+(?:and|und|et|y|e)\s+")
_NAME_LIST = lazy_compile(r"\s*,\s*(?:(?:and|und|et|y|e)\s+)?|\s+(?:and|und|et|y|e)\s+")


_CLOCK_GLUED_TO_NAME = lazy_compile(r"(?<=[a-zà-ÿ])(?=\d{1,2}:\d{2}\b)")
# The words a writer's job opens with, glued to the name's last letter ("Jane RoeSenior Reporter", "Evan HalperStaff Writer").
_JOB_OPENING_WORDS = frozenset(
    "senior chief staff political sports local news digital court crime health business investigative freelance "
    "democracy affairs education environment science data features deputy assistant associate contributing managing "
    "executive special foreign national regional reporter writer editor correspondent journalist columnist contributor "
    "producer photographer".split())
_GLUED_JOB = lazy_compile(r"[a-zà-ÿ](?=[A-ZÀ-Þ][a-zà-ÿ]+(?: [A-Za-zÀ-ÿ]+){0,3}$)")


def names_listed(text: str) -> list[str]:
    """The parts of a list of names: "Jane Roe, John Doe and Ada Lund" gives the three."""
    return _NAME_LIST.split(text)
# A dot, or a dash between spaces, after the name and before its job or publication (the name has no date after it:
# "Jane Roe – 4 March 2024" is read as a name and its date).
# Words that end a section's label rather than a name, in the six languages.
_SECTION_ENDS = frozenset("news sport sports updates nachrichten noticias notícias notizie actualités".split())
_BETWEEN_NAME_AND_MORE = lazy_compile(r"(?<=[\w.])\s+[•·–—-]\s+(?=[A-ZÀ-Þ])")
# "Jane Roe for The Valley Courier", "Kieran Holt For Beaconline": the writer, then whom for
_FOR_PUBLICATION = lazy_compile(r"(?P<name>[A-ZÀ-Þ][\w.'’\-]*(?:\s+[A-ZÀ-Þ][\w.'’\-]*){1,3}?)\s+(?:for|For|FOR)\s+"
                                r"(?P<publication>(?:(?:The|the)\s+[A-Z].{1,40}|[A-ZÀ-Þ][\w.&'’\-]+(?:\s+[A-ZÀ-Þ][\w.&'’\-]+){0,2}))")


# The newsroom signing as itself, in the six languages.
# "From Jane Roe, Warri", "Da Redação": the word for "from" before a writer's name or the newsroom's word for itself (not
# before "staff reports", kept whole, nor before a surname: "Da Silva").
_FROM_WRITER = lazy_compile(r"From (?=[A-ZÀ-Þ][\w'’\-]+ [A-ZÀ-Þ])(?!Staff\b)|(?:Da|Dalla) (?=(?:Redação|Redazione)\b)")
_FROM_WORDS = {"From ", "Da Re", "Dalla"}
# (led by its article too: "La rédaction", "La Redazione", "Die Redaktion")
def _holds_newsroom_word(text: str) -> bool:
    """Whether ``text`` names a newsroom by its word, alone or as the last part of a compound ("Lokalredaktion")."""
    return any(word in NEWSROOM_WORDS or word.endswith(_NEWSROOM_ENDINGS) for word in text.lower().split())


_NEWSROOM_ENDINGS = ("redaktion", "newsroom", "newsdesk")  # (a desk's own name in one word: "Lokalredaktion", "Sportredaktion")
_NEWSROOM = lazy_compile(r"(?:(?:La|A|Die|la|a|die) (?i:redacción|redação|redacção|redazione|redaktion|rédaction)"
                         r"|Redacción|Redação|Redacção|Redazione|Redaktion|Rédaction|Newsroom|Staff"
                         # (its web desk: "Redazione online", "Rédaction web", "Redacción digital")
                         r"|(?:Redacción|Redação|Redacção|Redazione|Redaktion|Rédaction|Newsroom) (?:online|web|digital|Online|Web|Digital)"
                         # (Quebec's word for it, "La Salle des nouvelles"; the wires in general, "Agencias")
                         r"|(?:La |la )?[Ss]alle des nouvelles|Agencias|Agências|Agences|Agenturen|Agenzie|Agencies"
                         # "Staff report", "From staff reports", "Staff and wire reports": a US paper's own word
                         r"|(?:From )?(?i:staff(?: and wire)? reports?))")


def is_newsroom_word(text: str) -> bool:
    """Whether ``text`` is the newsroom's word for itself ("Redacción", "Staff")."""
    return _NEWSROOM.fullmatch(text) is not None
# (after a comma too, and the word for one sent there: "Jane Roe, à Lyon", "Andrea Colombo, inviato a Desio", "Jeanne
# Roux, envoyée spéciale à Kyiv")
_WRITTEN_FROM = lazy_compile(r"(?:,\s+(?:(?:envoyée?|enviad[oa]|inviat[oa])(?: spéciale?| especial| speciale)?\s+)?|\s+)"
                             # (in capitals too, with the name: "JAMIE ROEBUCK AT MARSH LANE")
                             r"(?:in|at|à|en|aus|em|da|a|IN|AT|À|EN|AUS|EM|DA)\s+[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){0,2}$")


def is_name_in_place(text: str) -> bool:
    """Whether ``text`` is a writer's name and where they write from ("Jane Roe in Lisbon"), as a byline prints it."""
    return name_in_place(text) is not None


def name_in_place(text: str) -> Optional[str]:
    """The writer's name when ``text`` is a name and where they write from ("Jane Roe in Lisbon": "Jane Roe"), as a
    byline prints it; None otherwise."""
    text = without_agencies(text)  # ("Jane Roe in Lisbon and agencies")
    where = _WRITTEN_FROM.search(text)
    if where is None or where.start() == 0:
        return None
    name = text[:where.start()].split()
    # (two or three names, none of them a little word: "Mit Musiker Voodoo Jürgens in Wien" is a title)
    if len(name) <= 3 and is_bare_name(" ".join(name)) and not any(is_function_word(word.lower()) for word in name):
        return " ".join(name)
    return None




def is_job_in_small_letters(text: str) -> bool:
    """Whether ``text`` is a writer's job as the Romance languages write it after the name, in small letters
    ("journaliste", "grand reporter", "inviato speciale")."""
    return text[:1].islower() and len(text) <= 80 and _JOB_IN_SMALL_LETTERS.fullmatch(text) is not None


def is_job(text: str) -> bool:
    """Whether ``text`` is a writer's job alone ("Local Affairs Correspondent", "News reporter @janeroe")."""
    return len(text) <= 80 and _JOB_LINE.fullmatch(text) is not None


# The jobs of those who write a column, an analysis or an op-ed, in the six languages (besides a newsroom's own).
_POSITIONS = (
    r"(?:professor(?:in|a)?|profesor(?:a)?|professeur(?:e)?|docente|lecturer|catedrátic[oa]|researcher|investigador(?:a)?"
    r"|chercheu(?:r|se)|ricercat(?:ore|rice)|forscher(?:in)?|wissenschaftler(?:in)?|scientist|economist(?:a)?|économiste"
    r"|ökonom(?:in)?|historian|historien(?:ne)?|historiador(?:a)?|storic[oa]|historiker(?:in)?|sociolog(?:ist|ue|o|a)"
    r"|soziolog(?:e|in)|political scientist|politolog(?:ue|o|a|e|in)|lawyer|attorney|avocat(?:e)?|abogad[oa]|advogad[oa]"
    r"|avvocat[oa]|(?:rechts)?anwalt|(?:rechts)?anwältin|analyst(?:e)?|analista|consultant|consultor(?:a)?|berater(?:in)?"
    r"|president|présidente?|presidente|präsident(?:in)?|founder|fondat(?:eur|rice|ore)|fundador(?:a)?|gründer(?:in)?"
    r"|director|directeur|directrice|directora|diretor(?:a)?|dirett(?:ore|rice)|direktor(?:in)?|leiter(?:in)?"
    r"|senior fellow|fellow|member|membre|miembro|membro|mitglied|doctor|médecin|médic[oa]|medico|arzt|ärztin"
    r"|teacher|enseignante?|insegnante|lehrer(?:in)?|writer|author|autor(?:in|a)?|auteur(?:e)?|autrice|escritor(?:a)?"
    r"|scrittrice|scrittore|schriftsteller(?:in)?"
    # elected offices, with where they are held after them: "Maire de Bellegarde-sur-Lure", "Senatore del Pd" (not "former
    # mayor Evelyn Stroud", a caption's)
    r"|(?:mayor|maire|alcalde(?:sa)?|sindac[oa]|prefeit[oa]|bürgermeister(?:in)?|député(?:e)?|diputad[oa]|deputad[oa]"
    r"|deputat[oa]|abgeordnete[r]?|senator|sénat(?:eur|rice)|senador(?:a)?|senat(?:ore|rice)|minister|ministre|ministr[oa]"
    r"|ministerin|councillor|councilor|conseill(?:er|ère)|concejal(?:a)?|vereador(?:a)?|consigliere)"
    r"(?=\s+(?:of|for|de|d['’]|du|des|del|della|dello|di|da|do|dos|von|der|im|in)\b))")
# "Investigador no Instituto de Biologia Molecular do Porto", "Économiste, directrice de recherche à …", "Repórter
# da Agência Cora": a line that opens with a job, and where it is held.
_JOB_DESCRIPTION = lazy_compile(r"(?i:(?:(?:senior|chief|associate|assistant|visiting|deputy|emeritus|former|ehemalige[rn]?"
                                r"|ancien(?:ne)?|ex-)\s*)?"
                                r"(?:" + _POSITIONS + r"|" + _NEWSROOM_JOBS + r")\b[^.!?]{0,160}\.?)")
_JOB_DESCRIPTION_CHARACTERS = 200


# Where a job is held: "… of History at Riverton University", "… da Agência Cora", "…, directrice de recherche".
_HELD_AT = lazy_compile(r",|\b(?:of|at|for|in|with|da|do|das|dos|de|del|della|di|du|des|à|au|bei|an|am|der|für|no|na|em"
                        r"|en|presso|al|nel|nella)\b")


def is_job_and_desk(text: str) -> bool:
    """Whether ``text`` is a writer's job and the desk they write for ("journaliste rubrique Vaud")."""
    return len(text) <= _JOB_DESCRIPTION_CHARACTERS and _JOB_AND_DESK.fullmatch(text) is not None


def names_position(text: str) -> bool:
    """Whether ``text`` opens with a writer's position, held where it says or not ("Historienne", "Professor of
    History"): alone on a line, that is a job only where the page shows whose it is (a portrait of the writer above)."""
    return text[:1].isupper() and len(text) <= _JOB_DESCRIPTION_CHARACTERS and _JOB_DESCRIPTION.fullmatch(text) is not None


def describes_job(text: str) -> bool:
    """Whether ``text`` is a writer's job, alone, or with where it is held, as printed under the name of who wrote a
    column or an analysis ("Investigador no Instituto …", "Professor of History at Riverton University")."""
    if "," in text and is_job(text.partition(",")[0]) and len(text) <= _JOB_DESCRIPTION_CHARACTERS:
        return True  # "Weather reporter, Channel West News": the job, then the newsroom
    words = text.split()
    if 1 < len(words) <= _JOB_AND_ADJECTIVE_WORDS and all(word.islower() for word in words[1:]) and is_job(words[0]):
        return True  # "Giornalista economica", "Periodista deportivo": the job, and of what, in small letters
    if is_job_and_desk(text):
        return True
    return is_job(text) or (text[:1].isupper() and len(text) <= _JOB_DESCRIPTION_CHARACTERS
                            and _JOB_DESCRIPTION.fullmatch(text) is not None and _HELD_AT.search(text) is not None)


_JOB_AND_ADJECTIVE_WORDS = 3
# "journaliste rubrique Vaud", "giornalista redazione Cronaca", "Redakteurin Ressort Politik": a job, then the desk it
# writes for by its name.
_JOB_AND_DESK = lazy_compile(_JOB + r"\s+(?:(?i:rubrique|service|redazione|redaktion|ressort|sección|seção|editoria|desk)"
                             r"(?:\s+[\w'’\-&]+){1,3}"
                             # (or the region's desk by its section's word: "Journaliste Région Montagnes")
                             r"|(?:Région|Region|Regio|Región|Região|Regione|Lokales|Local|Locale)(?:\s+[\w'’\-&]+){0,3})")
# "Luana Frizzo - Repórter da Agência Cora", "Hélène Vasseur (Économiste, directrice de recherche à …)": a name, then
# the writer's job after a spaced dash, or in parentheses. (Between bars, "Jane Roe | Reporter", the byline keeps it.)
_NAME_THEN_DESCRIPTION = lazy_compile(r"(?P<name>[^()\-–—|,]{3,60}?)\s*(?:[\-–—]\s+(?P<after>.+)|\((?P<inside>[^()]+)\))")


def name_with_job(text: str) -> Optional[str]:
    """The name when ``text`` is a name, then the writer's job after a dash or in parentheses, else None."""
    found = _NAME_THEN_DESCRIPTION.fullmatch(text) if ("(" in text or " " in text) else None
    if found is None or not is_bare_name(found.group("name").strip()):
        return None
    return found.group("name").strip() if describes_job(found.group("after") or found.group("inside")) else None


def job_under_byline(unit: Line, article: ArticleDraft) -> bool:
    """Whether ``unit`` is the writer's job printed just under the byline."""
    lines = article.field_lines.get("byline")
    return bool(lines) and 0 < unit.number - max(lines) <= _JOB_REACH and is_job(unit.text)


def is_name_and_job(text: str) -> bool:
    """Whether ``text`` is a writer's name and job without a comma ("Jane Roe Environment correspondent")."""
    return _NAME_AND_JOB.fullmatch(text) is not None


def signs_with_job(text: str) -> bool:
    """Whether ``text`` is a name and the writer's job, the job's last word in small letters ("Rowan Achterberg
    Transport correspondent"): a byline, where a headline in title case capitalises every word ("Council Names New
    Editor")."""
    found = _NAME_AND_JOB.fullmatch(text)
    return found is not None and found.group("job").rsplit(None, 1)[-1].islower()


_FROM_OUTLET = lazy_compile(r"\s*(?:do|da|dos|das)\s+(?P<outlet>\S.{0,40})")


# A wire's name after the word "with", alone under the headline, in the six languages ("Avec AFP", "Con EFE", "Mit dpa",
# "Com Lusa", "Con ANSA").
_WITH_WIRE = lazy_compile(r"(?i:with|avec|con|com|mit)\s+(?P<wire>\S.{0,40})")


_DESK_CODE_LETTERS = 5  # at most, in a desk's or an editor's code after a wire's name and a slash ("APA/PR", "dpa/lby")


def take_bare_byline(unit: Line, headline: Optional[Line], article: ArticleDraft, dated: bool = False,
                      near: bool = False) -> bool:
    """A lone short name just under the headline is the byline ("AP", "Jane Doe"), a job title after a comma
    included ("Jane Doe, Senior Reporter"; without the comma, "Jane Doe Environment correspondent", only the name
    is the byline), and so is one with the time of the story after it ("Jane Doe -
    March 3, 2024", "Jane Doe 2 hours ago"): fill the byline (and the date) when it is. With a date line under it
    (``dated``), also two names joined by "and" and a name with where it was written from ("Jane Doe in Kyiv",
    whose byline is the name). ``near``: the line stands close enough under the headline (the caller counts the
    lines; a name the newsroom's line signs may stand further down)."""
    if headline is None or article.byline is not None or unit.number <= headline.number or not near:
        return False
    if (unit.text.rsplit(None, 1)[-1].lower() in _SECTION_ENDS and is_bare_name(unit.text)
            and _NEWSROOM.match(unit.text) is None):
        return False  # "Club News", "Local Sport": a section's label, no one's name (but "Redazione Sport", a desk)
    if " " in unit.text and (dated or near) and _NEWSROOM.fullmatch(without_agencies(unit.text)) is not None:
        # "Staff report", "Staff and agencies" under the headline: the newsroom wrote it
        article.fill("byline", unit.text, unit.number)
        return True
    if " " not in unit.text and unit.text.islower() and (lower_wire := wire_agency(unit.text)) is not None:
        article.fill("byline", unit.text, unit.number)  # "dpa": a wire that writes its name in small letters
        article.fill("publisher", lower_wire, unit.number)
        return True
    if ((with_wire := _WITH_WIRE.fullmatch(unit.text)) is not None
            and (wire_credited := wire_agency(with_wire.group("wire"))) is not None):
        article.fill("byline", with_wire.group("wire"), unit.number)  # "Avec AFP", "Con EFE": the wire's copy, reworked
        article.fill("publisher", wire_credited, unit.number)
        return True
    dash = SPACED_DASH.search(unit.text) if " " in unit.text else None
    name, wire = (unit.text[:dash.start()], unit.text[dash.end():]) if dash else ("", "")
    if dash and is_bare_name(name) and (credited := wire_agency(wire)) is not None:
        article.fill("byline", name, unit.number)  # "Émilie Bouchard - La Presse canadienne": the writer, then the wire
        article.fill("publisher", credited, unit.number)
        return True
    if (wired := name_then_wire(unit.text)) is not None:
        article.fill("byline", wired[0], unit.number)  # "DELPHINE ARCHAMBEAU Associated Press": the writer, then the wire
        article.fill("publisher", wired[1], unit.number)
        return True
    if (branded := name_then_brand(unit.text)) is not None:
        article.fill("byline", branded[0], unit.number)  # "Thomas Lebrun - infopublique": the writer, then the site
        article.fill("publisher", branded[1], unit.number)
        return True
    printed = _CLOCK_GLUED_TO_NAME.sub(" ", unit.text)  # ("Mara Tulloch12:04, Mar 06 2025": the time glued to the name)
    text, when = name_before_time(printed) if any(c.isdigit() or c == "@" for c in printed) else (printed, None)
    # ("Jane Roe | Reporter": the bar between name and job as a comma; "Jane Roe and agencies": the byline is the name)
    text = without_agencies(text.rstrip(" ·•|,")).replace(" | ", ", ")  # ("Jane Roe,": the job on the next line)
    if text[:5] in _FROM_WORDS and (lead := _FROM_WRITER.match(text)) is not None:
        text = text[lead.end():]  # "From Ebikabowei Tonye, Warri", "Da Redação": who it comes from, the word left out
    if ((glued := _GLUED_JOB.search(text)) is not None and is_job(text[glued.end():]) and is_bare_name(text[:glued.end()])
            # (a job's own word after the joint, not a name's second capital: "Fiona MacRury Scotland correspondent")
            and text[glued.end():].split(" ", 1)[0].lower() in _JOB_OPENING_WORDS):
        text = f"{text[:glued.end()]}, {text[glued.end():]}"  # "Jess MartinSenior Reporter": the job glued to the name
    # (a separator left at the end, "Jane Roe · The Valley Courier ·", stood before what the copy lost)
    if (text.endswith(".") and not text[-3:-2].isspace() and is_bare_name(text[:-1])
            and LEGAL_FORM_STOP.search(text) is None):  # (nor a company's: "Kestrel Biotherapeutics Inc.")
        text = text[:-1]  # "Marion Le Goff.": a stop after the name (not an initial's: "Jane R.")
    if (joint := _BETWEEN_NAME_AND_MORE.search(text)) is not None:
        text = f"{text[:joint.start()]}, {text[joint.end():]}"  # "Jane Roe • Staff Writer", "Jane Roe - The Valley Courier"
    if (named_for := _FOR_PUBLICATION.fullmatch(text)) is not None:
        text = f"{named_for.group('name')}, {named_for.group('publication')}"  # "Jane Roe for The Valley Courier"
    if text.count("/") == 1 and is_job((job := text.partition("/")[2].strip())):
        text = f"{text.partition('/')[0].strip()}, {job}"  # "Jane Roe / Reporter": the job after a slash
    if dated and text.count(",") >= 1 and " | " not in unit.text and all(is_bare_name(part) and not is_organisation(part)
                                                                       for part in _NAME_LIST.split(text)):
        article.fill("byline", text, unit.number)  # "Jane Roe, John Doe and Ada Lund" over the date line
        return True
    # (after a bar, a place of up to three words: "Carla Mendoza Vaca | Villa Cotoca Norte"; in capitals too)
    if (text.count(",") == 1 and is_bare_name(head := text.partition(",")[0].strip())
            and (" " not in (tail := text.partition(",")[2].strip()) or " | " in unit.text) and place_after_name(tail)
            and not is_job(tail) and wire_agency(tail) is None and _NEWSROOM.fullmatch(tail) is None):
        article.fill("byline", head, unit.number)  # "Miguel Kanjila, Huambo": the writer, then where they write from
        # (not a company's "Inc."; nor the town's newsroom, "Lokalredaktion Sülzbach": the desk, not where it was written)
        if not tail.endswith(".") and not _holds_newsroom_word(tail):
            article.fill("dateline", tail, unit.number)
        if when is not None:
            article.fill("published", when, unit.number)
        return True
    if (contributor := contributor_name(text)) is not None:
        article.fill("byline", contributor, unit.number)  # "Margot Hart, Special to the Bytown Examiner": the writer
        return True
    publication = None
    if text.count(",") == 2 and is_organisation(text.rpartition(",")[2].strip()):
        # "Jane Roe, Senior Editor, The Valley Courier": the name and job, then the publication
        text, _, publication = text.rpartition(",")
    head, comma, tail = text.partition(",")
    if comma and (outlet := _FROM_OUTLET.fullmatch(tail)) is not None:
        # "Ana Souza, do g1", "Ana Souza, da Agência Brasil": the writer, then the newsroom (or the city) they
        # write for, joined by the Portuguese "of the"
        text = head
        if publication is None and (is_organisation(outlet.group("outlet")) or wire_agency(outlet.group("outlet"))):
            publication = outlet.group("outlet")
    if dated:
        text = _WRITTEN_FROM.sub("", text)
    slashed = "," not in text and text.count("/") == 1  # "Jane Roe/The Valley Courier": the name, then whom for
    name, _, title = text.partition("/" if slashed else ",")
    if (slashed and len(code := title.strip()) <= _DESK_CODE_LETTERS and code.isalpha()
            and (desk_wire := wire_agency(name.strip())) is not None and wire_agency(code) is None):
        # "APA/PR", "dpa/lby": the wire, then its desk's or its editor's code, as printed; the wire wrote it
        article.fill("byline", text.strip(), unit.number)
        article.fill("publisher", desk_wire, unit.number)
        if when is not None:
            article.fill("published", when, unit.number)
        return True
    if slashed and not (is_organisation(title.strip()) or wire_agency(title.strip()) is not None):
        return False
    named_job = _NAME_AND_JOB.fullmatch(name) if not title else None
    if named_job is not None and named_job.group("name").split()[0].lower() in ("our", "a", "the"):
        named_job = None  # ("Our Staff Reporter": the newsroom's credit, as printed)
    if named_job is not None:
        name = named_job.group("name")
    names = _NAMES_JOINED.split(name) if dated else [name]
    job_in_small_letters = title[:2].strip().islower() and (_JOB_IN_SMALL_LETTERS.fullmatch(title.strip()) is not None
                                                            or is_job_and_desk(title.strip()))
    # (a job in sentence case after the comma: "Staff writer")
    job_in_sentence_case = bool(title.strip()) and is_name_with_job(f"{name.strip()},{title}")
    # (or a job of a few words that is one: "Initiative de journalisme local", the programme that pays the writer)
    words = [w for part in names for w in part.split()] + ([] if job_in_small_letters or job_in_sentence_case
                                                           or title.strip() and is_job(title.strip()) else title.split())
    if not (all(0 < len(part.split()) <= 4 for part in names) and len(title.split()) <= 4
            and all(SHORT_NAME.fullmatch(w) for w in words) and not any(c.isdigit() for c in text)
            and words[-1].lower() not in OBITUARY_WORDS  # ("Margaret Ellison Obituary": her obituary's title)
            and words[0].lower() not in PLACE_NAME_OPENINGS):  # ("São Paulo" over the story: where it was written)
        return False
    if " " not in name.strip() and wire_agency(name) is None and _NEWSROOM.fullmatch(name.strip()) is None:
        # One word is a section's or a site's name ("Science", "Gizmodo"), unless a wire's ("AP") or the newsroom's
        # word for itself ("Redacción": the staff wrote it).
        return False
    # (a job that names the desk is no publication: "Senior News Reporter")
    if title.strip() and is_edition(title):
        text, title = name, ""  # "Domingos Kapenda | Edição Online": the writer, then the paper's edition (no publisher)
    if (title.strip() and not is_job(title.strip())
            and (is_organisation(title.strip()) or is_paper_name(title.strip()) or slashed)):
        # "Jane Roe, The Valley Courier": the author and the publication, as a "By ..." line gives them.
        article.fill("byline", name.strip(), unit.number)
        article.fill("publisher", agency_name(title.strip()), unit.number)
    else:
        article.fill("byline", name.strip() if named_job is not None else text, unit.number)  # (the name, not the job)
    if publication is not None:
        article.fill("publisher", agency_name(publication.strip()), unit.number)
    if when is not None:
        article.fill("published", when, unit.number)
    return True


_WIRE_WORDS = 3  # at most, in a wire's name after a writer's


def name_then_wire(text: str) -> Optional[tuple[str, str]]:
    """(name, wire) for a writer's name then a wire's, without "By" ("DELPHINE ARCHAMBEAU Associated Press")."""
    words = text.split()
    for size in range(min(_WIRE_WORDS, len(words) - 2), 0, -1):
        name = " ".join(words[:-size])
        if (wire := wire_agency(" ".join(words[-size:]))) is not None and is_bare_name(name.title() if name.isupper() else name):
            return name, wire
    return None


def _is_timestamp(text: str) -> bool:
    return TIMESTAMP.match(text) is not None
