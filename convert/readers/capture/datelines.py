"""Datelines: the place (and wire agency) a story opens with, in the shapes newsrooms print them.

``DOHA, Qatar —``, ``ROME (AP) —``, ``Lima (Reuters) -``, ``Sevilla. (EFE).-``, ``REGINA — (The Canadian
Press) —``, ``(ANSA) - ROMA, 03 MAR -``, ``Doha:``; at the start of the first paragraph, glued to it, or on a line of their own
(``EL PASO, Texas -``, ``New Delhi:``, ``AFP, LOS ANGELES``).
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from ._lazy_patterns import lazy_compile
from .agencies import agency as agency_credit
from .factboxes import is_line_up
from .dates import FOREIGN_MONTHS, date_alone, find_date, names_weekday
from .language import is_function_word
from .draft import ArticleDraft
from .mastheads import SECTIONS
from .people import NEWSROOM_MARKS, NEWSROOM_WORDS, is_role, place_after_name

# (capitals with accents too, "BOGOTÁ", "SÃO PAULO"; and the other Latin alphabets' own, "ĦAL SAFRA", "ŁÓDŹ")
_CAPITAL = "A-ZÀ-ÖØ-Þ" + "".join(chr(code) for code in range(0x100, 0x250) if chr(code).isupper())
_SMALL = "a-zß-öø-ÿ" + "".join(chr(code) for code in range(0x100, 0x250) if chr(code).islower())
# A word in capitals (not the ".-" some wires print after it; "KIEW/MOSKAU" too)
_CAPS_WORD = rf"[{_CAPITAL}][{_CAPITAL}.'’\-]*[{_CAPITAL}.](?:/[{_CAPITAL}][{_CAPITAL}.'’\-]*[{_CAPITAL}.])?"
_WORD = rf"[{_CAPITAL}](?:[\w.'’\-]*[\w.'’])?(?:/[{_CAPITAL}][\w.'’\-]*)?"  # (not its dash: "ACAPULCO, Gro.- El")
# "Rio de Janeiro", "Frankfurt am Main", "San Isidro de las Minas"
# (and the small abbreviations German places take: "Frankfurt a.M.", "Freiburg i.Br.", "Mülheim a.d. Ruhr")
_JOINER = (r"(?:de|do|da|del|di|la|las|los|le|les|el|das|dos|della|dei|degli|delle|dello|des|du|am|an|sur|upon|on|of|al"
           r"|[ai]\.\s?[A-Za-z][a-z]?\.)(?!\w)"
           # (an elided one glued to the next word: "Montegrillo d'Asti", "Cassano d'Adda", "Villa dell'Ermo")
           rf"|(?:d|dell|l)['’]{_WORD}")
# "NEW YORK, March 3 (Reuters) -", "LONDON, 3 March 2024 (AFP) -": the day the wire filed the story.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# ... or in the page's language: "MADRID, 3 mar (EFE)", "São Paulo, 3 de março de 2024 (Reuters)", "PARIS, 3 mars",
# "BERLIN, 3. März (dpa)"; the day alone before the wire's tag: "MADRID, 4 (EUROPA PRESS)"; as a press release dates
# itself, "Paris, le 12 février 2024 –", "Madrid, a 12 de marzo de 2024 –"
# (and the wires' own short months in Spanish, Italian, Portuguese, French and German: "SANTIAGO, 21 ene (Reuters)",
# "ROMA, 12 GEN", "Bragança, 28 fev (Lusa)", "BERLIN, 3. Okt (dpa)"; the short month first, in small letters with its
# stop, before the wire's tag: "Cusco, mar. 14 (ANDINA).")
_WIRE_MONTHS = "ene|abr|ago|sep|set|dic|gen|mag|giu|lug|ott|fev|mai|out|dez|mär|okt|janv|févr|fév|avr|juil|déc"
_WHEN = (rf"(?:,?\s+(?:{_MONTH}\s+\d{{1,2}}|(?:{_WIRE_MONTHS}|ene|feb|mar|may|jun|jul|oct|nov)\.\s+\d{{1,2}}(?=\s+\()|(?:le\s+|a\s+(?=\d))?\d{{1,2}}(?:er|º|\.|st|nd|rd|th)?\s+(?:de\s+)?(?i:{_MONTH}|(?:{FOREIGN_MONTHS}|{_WIRE_MONTHS})\.?)(?!\w))"
         rf"(?:,?\s+(?:de\s+)?\d{{4}})?|,\s+\d{{1,2}}(?=\s+\()"
         # (the day alone before a dash: "São Paulo, 13 - As exportações …", as Brazilian wires print it)
         rf"|,\s+\d{{1,2}}(?=\s[-–—]\s)"
         # (the day in figures before the wire's tag: "Rabat, 14/06/2024 (MAP) -", as North African wires print it)
         rf"|,\s+\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}(?=\s+\())?")
# (a month and day is the date, not a region; a state and its country: "ALBUQUERQUE, Nuevo México, EE.UU.")
# (a country's name joined by "and": "CORVALLO, Trinidad and Tobago, Oct 8 (Reuters) -")
# (or joined by a little word: "Caminha, Viana do Castelo, 03 jun 2024 (Lusa) –")
_REGION = (rf"(?:,\s+(?!{_MONTH}\s+\d){_WORD}(?:\s+(?:(?:and|y|e|et|und|do|da|de|del|di|dos|das|du|des|della)\s+)?{_WORD})"
           rf"{{0,2}}){{1,2}}")
_SEPARATOR = r"(?:—|–|--|-|:|\.-|\.—)"
_TAG = (r"(?:\((?P<agency>(?=[^()]*?[^\W\d_])[^()]{1,40})\)|/(?P<release>[A-Z][\w\- ]{1,30})/"  # ("/PRNewswire/": a press release's wire)
        # ("Accra, April 1, GNA - …": a wire's initials after the day's comma, before a dash)
        r"|(?<=\d),\s(?P<bare>[A-Z]{2,6})(?=\s?(?:—|–|--|-)\s))")
_AFTER_PLACE = rf"\.?\s*(?:(?P<lead>{_SEPARATOR})\s*)?(?:{_TAG}\.?\s*)?(?P<separator>{_SEPARATOR})?\s*(?P<rest>.*)$"
# "Santa Lucía (Guatemala), 4 oct (EFE).-": the country in parentheses after the place, before the comma.
_WIRE_TAGS = r"[A-Z]{2,6}|Reuters|EFE|dpa|Belga|Lusa|Xinhua|Anadolu"
# (and before the wire's tag: "Tanouri (Niger) (AFP) -"; the country in brackets alone: "Ravipur [India], March 8 (ANI):")
_COUNTRY = (rf"(?:(?:\s+\([{_CAPITAL}][^()]{{1,30}}\))?(?:\s+\[[{_CAPITAL}][^\[\]]{{1,30}}\])?"
            rf"(?=,|\s+\((?:{_WIRE_TAGS})(?:/[a-z]{{1,4}})?\)))?")  # (a regional desk after the wire's slash: "(dpa/bb)")
# ("Guwahati (Assam) [India], March 7 (ANI):": the state in parentheses, then the country in brackets)
_CAPITALS = lazy_compile(rf"^(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*{_COUNTRY}(?:{_REGION})?){_WHEN}" + _AFTER_PLACE, re.S)
# (five words with its little ones: "Las Palmas de Gran Canaria, 9 nov (EFE).-")
_MIXED = lazy_compile(rf"^(?P<place>{_WORD}(?:\s+(?:{_WORD}|{_JOINER})){{0,4}}{_COUNTRY}(?:{_REGION})?)(?P<when>{_WHEN})"
                      + _AFTER_PLACE, re.S)
# "Buenos Aires.- El ...": a place in small letters, then a stop glued to a dash, as Spanish-language papers print
# datelines (a sentence does not end so).
_STOP_DASH = lazy_compile(rf"^(?P<place>[{_CAPITAL}][^\W\d_]+(?:\s+(?:[{_CAPITAL}][^\W\d_]+|{_JOINER})){{0,4}}"
                          # (the state after a comma: "San Luis Potosí, SLP.-", "Guadalajara, Jal.-")
                          rf"(?:,\s+[{_CAPITAL}][^\W\d_]{{1,14}}(?=\.))?)\.[-–—]\s*"
                          rf"(?P<rest>[{_CAPITAL}\"“«].*)$", re.S)
_PLACE_COLON = lazy_compile(r"^(?P<place>[A-ZÀ-Þ][a-zà-ÿ]+(?: [A-ZÀ-Þ][a-zà-ÿ]+)?)\s*:(?:\s+(?P<rest>\S.*)|\s*$)", re.S)
# "(ANSA) - ROMA, 03 MAR - ...": the agency's tag first, then the place and the day, as Italian wires print them.
# (the province in parentheses after the place: "(ANSA) - TORRE SAN VITO (BARI), 12 MAR -")
# (the place in small letters too, when the day follows it: "(AGI) - Reggio Calabria, 17 gen. -"; no dash after the
# tag: "(DIRE) Bari, 11 apr. –")
_TAG_FIRST = lazy_compile(rf"^{_TAG}\s*(?:{_SEPARATOR}\s*)?(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*{_COUNTRY}(?:{_REGION})?"
                          rf"|{_WORD}(?:\s+(?:{_WORD}|{_JOINER})){{0,3}}(?=,\s+\d)){_WHEN}"
                          rf"\s*{_SEPARATOR}\s*(?P<rest>.*)$", re.S)
_AGENCY_FIRST = lazy_compile(rf"^(?P<agency>[^,]{{2,40}}),\s+(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*(?:{_REGION})?)$")
# Words that open a paragraph with a colon or a dash without being a place.
_LABELS = {"breaking", "update", "updated", "topline", "watch", "exclusive", "analysis", "opinion", "editorial",
           "claim", "rating", "verdict", "fact check", "the claim", "our ruling",  # (a fact check's labels)
           "photos", "video", "live", "note", "editor", "correction", "read", "listen", "warning", "why", "what",
           "how", "who", "when", "where", "question", "answer", "q", "a", "bottom line", "the bottom line",
           "by", "and", "but", "so", "also", "more", "new", "now", "here", "today", "yes", "no", "ok", "tv", "us",
           "issue", "issue date",
           "sir", "madam",  # (a letter to the editor's greeting: "SIR – For the third winter …")
           # (German words that open an argument's sentence: "Zugegeben: 640.000 Euro …", "Fazit: …")
           "zugegeben", "fazit", "immerhin", "übrigens", "dennoch", "trotzdem", "kurzum", "klar",
           # (a notice's label in the other languages: "Wichtiger Hinweis: Am 25.01. ist das Kundenzentrum geschlossen")
           "hinweis", "wichtiger hinweis", "achtung", "wichtig", "aktualisierung", "korrektur", "anmerkung",
           "avis", "attention", "important", "aviso", "atención", "importante", "aviso importante", "avviso", "attenzione",
           "nota", "nota bene", "info", "information", "informação", "información", "informazione",
           # (a summary's label in the six languages: "Resumen: el municipio mantiene 312 personas evacuadas …")
           "summary", "resumen", "resumo", "résumé", "en bref", "zusammenfassung", "riassunto", "in breve", "in sintesi",
           "síntesis", "síntese", "actualización", "atualização", "mise à jour", "aggiornamento",
           # (a picture's credit, and the player's button, in the six languages: "Foto: Peter Moser · …", "Ouvir:")
           "photo", "picture", "image", "foto", "fotos", "bild", "bilder", "imagen", "imagem", "immagine", "crédito",
           "credit", "credits", "ouvir", "escuchar", "écouter", "hören", "anhören", "ascolta", "audio", "áudio"}
# The paper's own correspondent or newsroom in a dateline's brackets, in the six languages: no wire.
# The services that send out press releases, by the tag they print after the place ("ots": news aktuell's, in
# Germany, Austria and Switzerland; "pts": pressetext's).
_RELEASE_SERVICES = frozenset(("ots", "pts", "apa-ots"))
_FROM_OUR_OWN = NEWSROOM_WORDS | NEWSROOM_MARKS | frozenset(
    "correspondance correspondant correspondante correspondent corresponsal correspondente corrispondente korrespondent "
    "korrespondentin redaction "
    "eb pm".split())  # (German papers' marks of their own report and of a press release)
# A letter's greeting, in the six languages ("Dear Harriet: Every holiday …": an advice column's letter, no place).
# (and a newsletter's to its readers: "Hola:", "Bonjour :", "Buongiorno:")
_GREETINGS = frozenset("dear liebe lieber cher chère querida querido cara caro prezado prezada hello hi hallo moin servus "
                       "bonjour bonsoir salut hola buenas buenos olá oi bom boa ciao buongiorno buonasera salve".split())

# The last word of a two-word label before a colon: "Dive Brief:", "Key Points:", "Quick Takeaways:".
_LABEL_ENDS = {"brief", "briefing", "insight", "insights", "points", "summary", "takeaways", "background", "context",
               "overview", "highlights", "notes", "update", "updates", "facts"}

# Labels that also open place names ("NEW YORK", "NEW DELHI"): a label only when they stand alone.
_PLACE_STARTS = {"new"}


_NEWSROOM_TAG = lazy_compile(r"[A-Z]{2,6}")
_WIRE_WORD = lazy_compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[A-ZÀ-Þ][a-zà-ÿ]+)?")  # ("Lampopress", "NotiSur": one word)
_OUTLET_WORDS = lazy_compile(r"[A-ZÀ-Þ][\w\-]+(?: [A-ZÀ-Þ][\w\-]+){1,2}")  # ("Signal Info": two or three capitalised words)
_DASHES = ("—", "–", "--")
_NOT_PLACES = {"The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "President", "Le", "La", "Les", "Der", "Die", "Das", "El",
               "Los", "Las", "O", "Il"}
_BARE_TAG = lazy_compile(r"[A-Z]{3,6}")
# What opens a sentence's subject in English ("The Council (CNN)…"); "Los", "El", "La" open places too ("Los Angeles").
_SUBJECTS = {"The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "President"}


class Dateline(NamedTuple):
    place: str
    agency: Optional[str]  # the wire agency's credited name, or the tag as written
    rest: str  # the text after the dateline (empty when the line is only a dateline)


_MARKS = ("—", "–", "-", ":", "(")
_SENTENCE_LAST = (".", "!", "?", "”", "\"", "»", "…", "’")
_CUT_SENTENCE = 150  # characters after a place's colon: the capture's cut may have ended the sentence there
_YEAR_THEN_STOP = lazy_compile(r"\d{4}\. ")
_REACH = 90  # characters: a dateline, agency tag and separator included, is shorter
_TOWN_REACH = 32  # characters: a town and its stop, without a tag, are shorter


def dateline(text: str) -> Optional[Dateline]:
    """The dateline ``text`` opens with, if any."""
    # Most paragraphs are asked: one without a capital first or a separator near its start has none.
    if text[:1] == "(":
        return _tag_first(text)
    if text[:1] == "[":
        return _place_in_square_brackets(text)
    if not text[:1].isupper():
        return None
    head = text[:_REACH]
    if (not any(mark in head for mark in _MARKS) and not (text[1:2].isupper() and (". " in head or " | " in head))  # ("CALDEN. In …")
            and ". " not in text[:_TOWN_REACH]  # ("Hamburg. Der …", "Kirchhain am Wald. Die …")
            and not ("," in head and _YEAR_THEN_STOP.search(head))):  # ("Bogotá, 10 de abril de 2025. La …")
        return None
    if ":" in head and ";" in text and is_line_up(text):
        return None  # "ULZAMA BERRI: Arrizabalaga; Mendía, …": a side and its players, no place
    found = _capitals(text) or _mixed_case(text) or (_capitals_and_bar(text) if " | " in head else None)
    if (found is not None and found.agency is None and ", " in found.place
            and (wire := agency_credit(found.place.rpartition(", ")[2])) is not None
            # (a state's postal code after a town alone is the place's: "HARRISBURG, PA —", Pennsylvania's)
            and not (found.place.rpartition(", ")[2] in _US_POSTAL_CODES and ", " not in found.place.rpartition(", ")[0])):
        # "GEORGETOWN, Guyana, CMC – …": the wire after the place and a comma, as the Caribbean's wire prints it
        found = Dateline(found.place.rpartition(", ")[0], wire, found.rest)
    if (found is not None and (found.agency in _BRAZILIAN_STATES or found.agency in _ITALIAN_PROVINCES)
            and agency_credit(found.agency) is None):
        # "SÃO JOÃO DAS PALMEIRAS (PE) — …", "PORTO IONIO (CS) – …": a Brazilian state's or an Italian province's
        # letters, part of the place, no wire's tag
        found = Dateline(f"{found.place} ({found.agency})", None, found.rest)
    if found is not None and found.agency is not None and (found.agency.lower() in _FROM_OUR_OWN
                                                           or _DAY_IN_BRACKETS.fullmatch(found.agency) is not None
                                                           or date_alone(found.agency, find_date(found.agency)) is not None):
        # "DIOGALAYE (Correspondance) -": the paper's own correspondent; "KUCHING (Feb 27):": the day it was filed;
        # "WILMINGTON, N.C. (June 12, 2024) –": a press release's day
        found = Dateline(found.place, None, found.rest)
    if found is None:
        match = _PLACE_COLON.match(text)
        if (match and match.group("place").lower() not in _LABELS
                and match.group("place").rpartition(" ")[2].lower() not in _LABEL_ENDS  # ("Dive Brief:", "Key Points:")
                and match.group("place").partition(" ")[0].lower() not in _GREETINGS
                # (a story's sentence follows a place's colon; a list's item does not: "Interditadas: Av. Beira-Rio e …")
                and (not match.group("rest") or len(match.group("rest")) > _CUT_SENTENCE
                     or match.group("rest").rstrip().endswith(_SENTENCE_LAST))):
            found = Dateline(match.group("place"), None, match.group("rest") or "")
    return found


# The day a wire filed its story, as its tag gives it: "Oct 17", "17 oct.", "17.10.".
_FILED_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}\.? ?[A-Za-zé]{3,9}\.?|\d{1,2}\.\d{1,2}\."
_DAY_IN_BRACKETS = lazy_compile(_FILED_DAY)
# The United States' postal codes for their states, after a town in a dateline ("HARRISBURG, PA —").
_US_POSTAL_CODES = frozenset("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
                             "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
# The letters of Brazil's states and its federal district ("PA", also the Press Association's, is left to it).
_BRAZILIAN_STATES = frozenset("AC AL AP AM BA CE DF ES GO MA MT MS MG PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())
# (Naples' "NA" left out: it is Noticias Argentinas' tag too, "Buenos Aires (NA) –")
_ITALIAN_PROVINCES = frozenset(
    "AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE GO "
    "GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG "
    "RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV".split())


# "QUELLOMARCA | La festividad …": a place in capitals and a spaced bar before the story, as some papers print datelines.
_CAPITALS_BAR = lazy_compile(rf"(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}) \| (?P<rest>[{_CAPITAL}\"“«].*)$", re.S)


# What a story's label before a bar says in the six languages: how it is told or shown, when, or that it is a page's own.
_STORY_LABELS = frozenset((
    "en vivo", "en directo", "ao vivo", "in diretta", "direct", "en direct", "live", "urgente", "última hora",
    "ultima ora", "ultim'ora", "eilmeldung", "dernière minute", "exclusiva", "exclusivo", "exclusif", "exclusive",
    "esclusiva", "esclusivo", "exklusiv", "entrevista", "intervista", "interview", "entretien", "reportaje", "reportagem",
    "reportage", "reportaggio", "crónica", "crônica", "chronique", "cronaca", "columna", "coluna", "kolumne",
    "editorial", "editoriale", "édito", "tribune", "kommentar", "commentaire", "commento", "comentario", "comentário",
    "análisis", "análise", "analisi", "analyse", "opinión", "opinião", "opinione", "meinung", "vídeo", "video", "vidéo",
    "fotos", "photos", "foto", "galería", "galeria", "galerie", "galleria", "podcast", "audio", "áudio", "especial",
    "spécial", "speciale", "spezial", "dossier", "infografía", "infografia", "actualizado", "atualizado", "aggiornato",
    "mis à jour", "aktualisiert", "fotogalería", "fotogaleria", "fotogallery", "bildergalerie", "minuto a minuto",
    "breaking", "breaking news"))


def _capitals_and_bar(text: str) -> Optional[Dateline]:
    """Only before the story's first sentence, a long one (a title's label, ``EN VIVO | …``, ``OPINIÓN | …``, heads
    shorter text), and a place's name (no section's, label's or wire's)."""
    match = _CAPITALS_BAR.match(text)
    if match is None:
        return None
    place, rest = match.group("place"), match.group("rest")
    if (place.lower() in _LABELS or place.lower() in SECTIONS or place.lower() in _STORY_LABELS
            or agency_credit(place) is not None
            or not place_after_name(place) or len(rest.split(None, _STORY_WORDS)) <= _STORY_WORDS
            or not (len(rest) > _CUT_SENTENCE or rest.rstrip().endswith(_SENTENCE_LAST))):
        return None
    return Dateline(place, None, rest)


def dateline_line(text: str) -> Optional[Dateline]:
    """A line that is only a dateline: ``EL PASO, Texas -``, ``New Delhi:``, ``AFP, LOS ANGELES``."""
    if len(text) > _REACH:
        return None
    match = _AGENCY_FIRST.match(text) if "," in text else None
    if match and agency_credit(match.group("agency")) is not None:
        return Dateline(match.group("place"), agency_credit(match.group("agency")), "")
    if agency_credit(text) is not None:
        return None  # ("African News Agency (ANA)": a wire's name and its initials, no place and tag)
    found = dateline(text)
    return found if found is not None and not found.rest else None


def _tag_first(text: str) -> Optional[Dateline]:
    match = _TAG_FIRST.match(text)
    if match is None or agency_credit(match.group("agency")) is None:
        return _place_in_brackets(text)
    return Dateline(_place(match.group("place")), agency_credit(match.group("agency")), match.group("rest"))


# "(Genève) Les représentants …", "(Québec) Le gouvernement …": the place in brackets opening the story, as
# Quebec's and Swiss French papers print it (not a source's initials, "(CNN)", nor a note, "(Photo)", "(Mise à jour)")
# ("(Lindgren County, Minn.) -- Lindgren County …": a region after a comma, and a dash after the brackets, too)
_PLACE_IN_BRACKETS = lazy_compile(r"\((?P<place>[A-ZÀ-Þ][a-zà-ÿ'’.\-]+(?:[ \-][A-ZÀ-Þ][\w'’.\-]*){0,3}"
                                  r"(?:, [A-ZÀ-Þ][\w'’.\-]*(?: [A-ZÀ-Þ][\w'’.\-]*)?)?)\)\s+(?:(?:--|—|–)\s+)?"
                                  r"(?P<rest>[A-ZÀ-Þ«\"“].*)", re.S)
_BRACKET_NOTES = frozenset("photo photos vidéo video audio archives archive mise update updated opinion analyse analysis watch "
                           "live direct exclusif exclusive illustration corrected correction corrigé erratum sponsored "
                           "anzeige publicité publicidad pubblicità".split())


# "[SINGAPORE] The economy grew …": the place in capitals in square brackets, as Singapore's business papers print it.
_PLACE_IN_SQUARE_BRACKETS = lazy_compile(rf"\[(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})\]\s+(?P<rest>[{_CAPITAL}\"“«].*)",
                                         re.S)


def _place_in_square_brackets(text: str) -> Optional[Dateline]:
    found = _PLACE_IN_SQUARE_BRACKETS.match(text)
    if found is None or found.group("place").lower() in _BRACKET_NOTES:  # ("[UPDATED] …", "[VIDEO] …")
        return None
    return Dateline(found.group("place"), None, found.group("rest"))


def _place_in_brackets(text: str) -> Optional[Dateline]:
    match = _PLACE_IN_BRACKETS.match(text)
    if match is None or match.group("place").split()[0].lower() in _BRACKET_NOTES or agency_credit(match.group("place")):
        return None
    return Dateline(match.group("place"), None, match.group("rest"))


def _capitals(text: str) -> Optional[Dateline]:
    match = _CAPITALS.match(text)
    if match is None:
        return None
    place = _place(match.group("place"))
    head = place.split(",")[0]
    first = head.split()[0].lower()
    if sum(c.isalpha() for c in head) < 2 or head.lower() in _LABELS or names_weekday(head) or (
            first in _LABELS and (first not in _PLACE_STARTS or first == head.lower())):
        return None
    tag, rest = match.group("agency") or match.group("release") or match.group("bare"), match.group("rest")
    separator = match.group("separator") or match.group("lead")
    if separator is None and tag is None and not _stopped_place(text, match):
        return None
    if rest and not rest[0].isalnum() and rest[0] not in "\"“‘'«(":
        return None
    if rest[:1].islower() and text[match.start("rest") - 1] == "-":
        return None  # "NEW YORK-based firms": a compound word, not a dateline
    return Dateline(place, _credited(tag), rest)


_ROMAN = lazy_compile(r"[IVXLC]+\.?")


_SAINT_ABBREVIATIONS = ("ST. ", "STE.", "STA.", "SS. ")


def _stopped_place(text: str, match: re.Match[str]) -> bool:
    """``CALDEN. In Sorge um …``: a place in capitals and a full stop, then the story's first sentence, as German
    papers print datelines (not an initialism, ``U.S. President …``, a wire's name, a label or a numeral)."""
    place = match.group("place")
    stop = place.endswith(".") or text[match.end("place"):match.end("place") + 1] == "."
    word = place.rstrip(".")
    # (a saint's short word opens a town's name: "ST. LEONHARD AM WIESENBACH. Die …")
    unabridged = word[word.index(" ") + 1:] if word[:4] in _SAINT_ABBREVIATIONS else word
    return (stop and match.group("rest")[:1].isupper() and "." not in unabridged and "," not in word
            and sum(c.isalpha() for c in word) >= 4 and _ROMAN.fullmatch(word) is None
            and agency_credit(word) is None and word.lower() not in _LABELS)


# "Hamburg. Der Senat hat …": a town's name in small letters and a full stop, then the story, as German regional
# papers print datelines.
# (a town's name joined by a little word too: "Kirchhain am Wald. Die …", "Neustadt an der Aach. Im …")
_PLACE_STOP = lazy_compile(rf"(?P<place>[{_CAPITAL}][{_SMALL}]{{3,}}(?:[/-][{_CAPITAL}][{_SMALL}]+)?"
                           rf"(?: (?:am|an der|an|im|in der|ob der|unter|vor der) [{_CAPITAL}][{_SMALL}]+)?)"
                           rf"\. (?P<rest>[{_CAPITAL}]\w*) ")


_PLACE_REGION_STOP = lazy_compile(rf"(?P<place>[{_CAPITAL}][\w'’\-]+(?: [{_CAPITAL}][\w'’\-]+){{0,2}}, [{_CAPITAL}][\w'’\-]+"
                                  rf"(?: [{_CAPITAL}][\w'’\-]+)?)\. (?P<rest>[{_CAPITAL}]\w*) ")


# Question words a story's first sentence may open with, besides the function words, in the six languages, when it
# says rather than asks ("Essen. Wer in Rüttenscheid Zeitungen kauft, kennt Hilde."; not "Endlich. Nach …").
_LEAD_OPENERS = frozenset("who what when where how wer wie wo wann was quand où comment quién qué cuándo dónde cómo "
                          "quem quando onde chi quando dove come "
                          # ... and the prepositions a story's first sentence opens with ("Freiburg. Bei einem Unfall …")
                          "after amid before during following since bei seit vor wegen während trotz "
                          "après avant depuis lors malgré selon tras desde durante según ante após segundo dopo prima "
                          "secondo".split())


def _place_region_and_stop(text: str) -> Optional[Dateline]:
    """``San Pedro Sula, Cortés. Agentes de …``: a place and its region after a comma, then a stop, before the story's
    long first sentence (the region after the comma tells it from a sentence's own first words)."""
    match = _PLACE_REGION_STOP.match(text)
    if (match is None or match.group("place").split()[0] in _NOT_PLACES
            or is_role(match.group("place").rpartition(", ")[2])):  # ("John Smith, Chairman. The board …": who, no place)
        return None
    rest = text[match.start("rest"):]
    if len(rest.split(None, _STORY_WORDS)) <= _STORY_WORDS or not rest.endswith((".", "!", "?", "”", '"', "»")):
        return None
    return Dateline(match.group("place"), None, rest)


def _place_and_stop(text: str) -> Optional[Dateline]:
    """``Hamburg. Der Senat hat …``: only before the story's long first sentence that opens with a function word
    (``Der``, ``Im``, ``The``), and not a label or a function word itself; one word and a stop is a sentence too
    (``Update. The …``), so the rest of the evidence must be there."""
    match = _PLACE_STOP.match(text)
    if match is None:
        return None
    place, rest = match.group("place"), text[match.start("rest"):]
    opener = match.group("rest").lower()
    if (place.lower() in _LABELS or is_function_word(place.lower()) or names_weekday(place.rpartition(" ")[2])
            or not (is_function_word(opener) or opener in _LEAD_OPENERS and rest.endswith("."))
            or len(rest.split(None, _STORY_WORDS)) <= _STORY_WORDS or not rest.endswith((".", "!", "?", "”", '"', "»"))):
        return None
    return Dateline(place, None, rest)


def _mixed_case(text: str) -> Optional[Dateline]:
    """``Lima (Reuters) -``: a place not in capitals needs a wire agency's tag to be told from a sentence; a
    newsroom's own tag in capitals does too before a dash (``Washington (CNN) —``, ``Washington CNN —``), and so
    do a region after a comma before a long dash (``Riverton, N.J. —``) and a stop glued to a dash
    (``Buenos Aires.- El …``)."""
    if (placed := _place_and_stop(text) or _place_region_and_stop(text)) is not None:
        return placed
    stopped = _STOP_DASH.match(text)
    if (stopped is not None and (first := stopped.group("place").split()[0]) not in _NOT_PLACES
            and first.lower() not in _LABELS):
        written = stopped.group("place")
        return Dateline(_place(written + ".") if "," in written else written, None, stopped.group("rest"))
    match = _MIXED.match(text)
    if match is None:
        return None
    tag, separator = match.group("agency") or match.group("bare"), match.group("separator") or match.group("lead")
    if (tag is not None and separator is not None and "-" in tag and " " not in tag and agency_credit(tag) is None
            and tag[:1].isupper() and match.group("rest")[:1].isupper()
            and len(match.group("rest").split(None, _STORY_WORDS)) > _STORY_WORDS):
        # "Pontmaury (Seine-et-Marne) — Un poids lourd …": the town's département in brackets before the dash, as French
        # papers print it (a region's hyphenated name, no wire's)
        return Dateline(f"{_place(match.group('place'))} ({tag})", None, match.group("rest"))
    if tag is not None and agency_credit(tag) is not None and not names_weekday(match.group("place")):
        return Dateline(_place(match.group("place")), agency_credit(tag), match.group("rest"))
    if (tag is not None and tag.lower() in _RELEASE_SERVICES and separator is not None
            and match.group("rest")[:1].isupper()):
        # "Bielefeld (ots) - Ein 67-jähriger …": the service that sent a press release out, no wire that wrote it
        return Dateline(_place(match.group("place")), None, match.group("rest"))
    rest = match.group("rest")
    # The story's first sentence follows; a sentence's subject ("The Council", "Mr Roe") is no place.
    first = match.group("place").split()[0]
    alone = not rest and (tag is not None or _BARE_TAG.fullmatch(match.group("place").rpartition(" ")[2]) is not None)
    if rest[:1].isupper() and first not in _NOT_PLACES and first.lower() not in _LABELS and _place_and_day(match, separator):
        return Dateline(_place(match.group("place")), None, rest)
    if (tag is not None and separator is None and _NEWSROOM_TAG.fullmatch(tag) and rest[:1].isupper()
            and text[match.start("rest") - 1] == ")" and first not in _SUBJECTS and first.lower() not in _LABELS):
        return Dateline(_place(match.group("place")), tag, rest)  # "Los Angeles (CNN)The …": the tag glued to the story
    if (tag is not None and match.group("when") and (_NEWSROOM_TAG.fullmatch(tag) or separator is not None
                                                     and (_WIRE_WORD.fullmatch(tag) or _OUTLET_WORDS.fullmatch(tag)))
            and rest[:1].isupper()
            and (separator is not None or text[match.start("rest") - 2:match.start("rest")] == ") ")
            and first not in _NOT_PLACES and not names_weekday(match.group("place"))):
        # "Santander, 3 sep (ACN).- …", "Abuja, March 31, 2024 (NAN) The …", "Accra, April 1, GNA - The …": after a
        # place and a day, a wire's own initials, or its name in one word before a dash ("Porto Liscia, 12 mar.
        # (Lampopress) - Le …"), or an outlet's in a few capitalised words ("Port-au-Prince, 14 septembre 2024 (Signal
        # Info) – La …")
        return Dateline(_place(match.group("place")), tag, rest)
    # (a hyphen between spaces only before the story's long first sentence: "Brasília - O governo …"; after a tag
    # too: "Vaucerre (APC) - Le parquet …")
    spaced = separator in ("—", "–", "-") and (
        _SPACED_DASH.match(text, match.end("place")) is not None
        or match.group("agency") is not None and _SPACED_DASH.search(text, match.end("place"), match.start("rest")) is not None)
    if (separator not in _DASHES and not spaced or not (rest[:1].isupper() or alone) or first in _NOT_PLACES
            or first.lower() in _LABELS or first.isupper()):  # (a place in capitals is read by _capitals)
        return None  # (a tag and a dash alone on a line: "Washington CNN —" above the story)
    if tag is not None and _NEWSROOM_TAG.fullmatch(tag):
        return Dateline(_place(match.group("place")), tag, rest)
    if (tag is not None and _NAMED_TAG.fullmatch(tag) is not None and len(rest.split(None, _STORY_WORDS)) > _STORY_WORDS
            and rest.endswith((".", "!", "?", "”", '"', "»")) and not _NAMED_PERSON.fullmatch(match.group("place"))):
        # "Águas Claras do Norte (Agência Cerrado) – Nos dias …": a wire the reader does not know, named in words
        return Dateline(_place(match.group("place")), tag, rest)
    place, _, last = match.group("place").rpartition(" ")
    if tag is None and place and _BARE_TAG.fullmatch(last):
        return Dateline(_place(place), last, rest)
    if tag is None and "," in match.group("place") and separator in ("—", "–"):
        return Dateline(_place(match.group("place")), None, rest)  # "Riverton, N.J. — The ...": a place and its region
    written = match.group("place")
    if (tag is None and spaced and _place_words(written) <= _PLACE_WORDS and "." not in written.removeprefix("St. ")  # (a site's address)
            and len(rest.split(None, _STORY_WORDS)) > _STORY_WORDS and rest.endswith((".", "!", "?", "”", '"', "«", "»"))
            and not _NAMED_PERSON.fullmatch(written)):
        return Dateline(written, None, rest)  # "Wien – Die Regierung hat …": a place and a dash
    return None


_SPACED_DASH = lazy_compile(r" [–—-] ")
# A wire's name in words in the tag: its own word for a news agency and a name, or a few capitalised words.
_NAMED_TAG = lazy_compile(rf"(?:Agência|Agencia|Agence|Agenzia|Agentur)\s+[{_CAPITAL}][\w\-]+(?:\s+[{_CAPITAL}][\w\-]+)?"
                          rf"|[{_CAPITAL}][\w\-]+\s+(?:News|Press|Presse|Prensa|Imprensa|Stampa|Wire|Service)")
_PLACE_WORDS = 2  # at most, in a place written in small letters before a dash alone


def _place_words(written: str) -> int:
    """The words of a place's name, its little words and a saint's abbreviation not counted ("Frankfurt am Main",
    "St. Ägyd am Sarnitzbach": two)."""
    return sum(word not in _PLACE_LITTLE_WORDS for word in written.removeprefix("St. ").split())


_PLACE_LITTLE_WORDS = frozenset("am an der im bei ob unter de del la le les sur sous di do da".split())
_STORY_WORDS = 12  # at least, in the story's first sentences after it (a title's second half is shorter)
# A first name and a surname are no place, however the dash follows them: "Jane Roe — The …" (two capitalised words
# of which the first is a common first name cannot be told from a town, so only a person's initial is taken as one).
_NAMED_PERSON = lazy_compile(r"[A-ZÀ-Þ]\.(?:\s*[A-ZÀ-Þ]\.)?\s+[A-ZÀ-Þ][\w'’\-]+")


def _place_and_day(match: re.Match[str], separator: Optional[str]) -> bool:
    """"Milano, 3 marzo 2024 - Il ...": the day the story was filed between the place and the dash tells a dateline
    from a sentence (which a weekday opens no more than a place: "Monday, March 3 - ")."""
    # ... and so does a day with its year before the stop, as a press release prints it ("Bogotá, 10 de abril de
    # 2025. La Fundación …")
    dated_stop = (separator is None and match.group("when")[-4:].isdigit()
                  and match.string[match.end("when"):match.end("when") + 2] == ". ")
    # (or a colon, as South Asia's papers print it: "Ramgarh Kalan, March 3: Over 40 children …")
    return (bool(match.group("when")) and (separator in (*_DASHES, "-", ":") or dated_stop) and match.group("agency") is None
            and match.group("bare") is None
            and not names_weekday(match.group("place")))


def _place(written: str) -> str:
    """The place without the full stop of ``Madrid. (EFE).-`` or ``TEGUCIGALPA, HONDURAS.-``; a region's
    abbreviation (``Neb.``, ``D.C.``, ``EE.UU.``, ``Gto.``) keeps it, but for one in capitals without stops, which
    takes none (``San Luis Potosí, SLP.-``), and a region's whole name (``HOLGUÍN, Cuba.-``)."""
    if "," not in written:
        # (an abbreviation after the town keeps its stop: "Frankfurt a.M.")
        return written if _ABBREVIATED_END.search(written) is not None else written.rstrip(".")
    last = written.rpartition(" ")[2]
    return (written[:-1] if last.endswith(".") and "." not in last[:-1]
            and (len(last) > _ABBREVIATION or last[:-1].isupper()
                 # (a region's whole name of four letters or more: "PUERTO ARAGUATO, Meta.-", "HOLGUÍN, Cuba.-")
                 or len(last) > _SHORT_ABBREVIATION and last[:-1].lower() not in _REGION_ABBREVIATIONS)
            else written)


_ABBREVIATION = 6  # characters, at most, in a region's abbreviation with its stop ("Calif.", "Tamps.")
_SHORT_ABBREVIATION = 4  # characters, at most, in any word with its stop read as an abbreviation ("Pue.", "Ga.")
# The regions' abbreviations of four letters or more that datelines write: the United States' (AP's), Mexico's and
# Canada's.
_REGION_ABBREVIATIONS = frozenset(
    "ariz calif colo conn mass mich minn miss mont nebr okla tenn wash penn"
    " coah chih tamps tlax camp qroo"
    " sask alta nfld".split())
_ABBREVIATED_END = lazy_compile(r"\s[ai]\.\s?[A-Za-z][a-z]?\.$")


def _credited(tag: Optional[str]) -> Optional[str]:
    if tag is None:
        return None
    return agency_credit(tag) or tag.strip()


def fill_dateline(article: ArticleDraft) -> Optional[str]:
    """Record the first paragraph's dateline (the paragraph keeps it); return the agency named there."""
    first = article.first_paragraph()
    if first is None:
        return None
    found = dateline(first["text"]) or _town_opening(first["text"], article)
    if not found and (tagged := _TAG_WITHOUT_PLACE.match(first["text"])) is not None:
        return agency_credit(tagged.group("agency"))  # "Oct 17 (Reuters) - Shares in …": the wire, and no place
    if not found or not found.rest:
        return None
    if found.agency is None and " " not in found.place and (wire := agency_credit(found.place)) is not None:
        return wire  # "AGI - Tre stanze …": the wire's name alone before the dash, no place
    if article.dateline is not None and found.place.casefold().startswith(article.dateline.casefold()):
        # ("Sevilla" under the writer's name, then "SEVILLA, 5 Mar. (EUROPA PRESS) -": the same place, as the story prints it)
        article.dateline = found.place
        article.note("dateline", first["lines"][0])
    article.fill("dateline", found.place, first["lines"][0])
    if article.published is None and (day := _DAY_IN_DATELINE.match(first["text"], len(found.place))) is not None and (
            (dated := find_date(day.group("day"))) is not None):
        # "Bragança, 14 mar 2024 (Lusa) – …": no other date printed, the wire's full date dates the story
        article.fill("published", dated[0], first["lines"][0])
    return found.agency


# The day with its year right after the place, before the wire's tag: ", 14 mar 2024 (".
# (or before the dash that opens the story, no wire's tag: "Mérida, Yucatán, 3 de septiembre de 2024.- Un grupo …",
# "MAREVALLE, 3 dicembre 2024 – Il punto …")
_DAY_IN_DATELINE = lazy_compile(r",\s*(?P<day>\d{1,2}\.?\s+(?:de\s+)?[A-Za-zÀ-ÿ]{3,10}\.?\s+(?:de\s+)?\d{4})"
                                r"\s*(?:\(|\.?\s?[-–—]\s)")


# "Oct 17 (Reuters) - …", "(Reuters) - …": a wire's tag with the day or alone, no place before it, as wires open a story
# filed from no one town (the day as "Oct 17", "17 oct." or "17.10.").
_TAG_WITHOUT_PLACE = lazy_compile(r"(?:" + _FILED_DAY + r")?\s?\((?P<agency>[^()]{2,40})\)\s?[-–—]\s(?=[A-ZÀ-Þ\"“«])")


# "Ebersfeld. Nach monatelangen Debatten …", "Haldenburg (dap) - Nach einem Sturm …", "Hollerbach/Kreis Bergstetten.
# Schwere …": a town, then a stop or a newsroom's tag in small letters and a dash, as German-language and French-language
# regional papers open a story (the shape alone a sentence may have: "Update. The …")
# (two or three words too, "Bad Sellenrode. Die …"; and a town and a spaced long dash, "Neuenmünde – Es waren …"; a stop
# and the dash, "Vaduz. – Die …", which no sentence opens with)
_TOWN_STOP = lazy_compile(rf"(?P<place>[{_CAPITAL}][{_SMALL}]{{2,}}(?: [{_CAPITAL}][{_SMALL}]{{2,}}){{0,2}}"
                          rf"(?:[/-](?:Kreis |Landkreis |Bezirk )?[{_CAPITAL}][{_SMALL}]+(?: [{_CAPITAL}][{_SMALL}]+)?)?)"
                          rf"(?:\.(?P<stop_and_dash>\s[–—])?|\s\((?P<agency>[a-z]{{2,5}})\)\s?[-–—]|(?P<dash>\s[–—]))"
                          rf"\s(?P<rest>[{_CAPITAL}\"„«].*)", re.S)
# "St. Anna im Pfundstal – Zum zweiten Mal …", "Weiler an der Sulm – …": a German place with its saint's or its river's
# little words, then a spaced long dash (so a name of two words is not read: "Leandra Lou –")
_JOINED_TOWN_DASH = lazy_compile(rf"(?P<place>(?:St\.|Sankt|Bad) [{_CAPITAL}][{_SMALL}]{{2,}}"
                                 rf"(?: (?:im|am|an der|an|bei|ob|in der|unter|auf der) [{_CAPITAL}][{_SMALL}]{{2,}})?"
                                 rf"|[{_CAPITAL}][{_SMALL}]{{2,}} (?:im|am|an der|an|bei|ob|in der|unter|auf der)"
                                 rf" [{_CAPITAL}][{_SMALL}]{{2,}})(?P<dash>\s[–—])\s(?P<rest>[{_CAPITAL}\"„«].*)", re.S)
# "(AIN) - BORGOREALE, 4 APR - …": a wire's initials first, then the place in capitals and the day, as Italian wires open
_INITIALS_FIRST = lazy_compile(rf"\((?P<agency>[A-Z]{{2,6}})\)\s*[-–—]\s*(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}),\s+\d{{1,2}}"
                               rf"\s+[A-Za-z]{{3,4}}\.?\s*[-–—]\s*(?P<rest>.*)", re.S)


_SHORTEST_TOWN = 4  # letters, at least, in a town of one word before its stop


def _town_opening(text: str, article: ArticleDraft) -> Optional[Dateline]:
    """The dateline of a story's first paragraph that opens with a town in a shape a sentence may also have, or with
    a wire's initials the reader does not know: only when the story names the town again (its headline, or its first
    paragraph), which a label ("Fazit. …") is not."""
    if (tagged := _INITIALS_FIRST.match(text)) is not None:
        return Dateline(tagged.group("place"), tagged.group("agency"), tagged.group("rest"))
    found = _TOWN_STOP.match(text)
    joined = found is None and (found := _JOINED_TOWN_DASH.match(text)) is not None
    if (found is None or len(found.group("rest").split(None, _STORY_WORDS)) <= _STORY_WORDS
            or found.group("place").lower() in _LABELS or is_function_word(found.group("place").lower())
            # (a short word and its stop is an abbreviation, "Rep. …"; before a dash, two words may be a name, "Leandra Lou –")
            or " " not in found.group("place") and len(found.group("place")) < _SHORTEST_TOWN
            or found.group("dash") is not None and " " in found.group("place") and not joined):
        return None
    town = found.group("place").partition("/")[0]
    named = (article.headline or "") + " " + found.group("rest")
    # ("Wendorf (pm) – …": a press release the newsroom ran, "(red)" its own; no wire's; nor initials in small letters
    # the reader knows no wire by, "Swakopmund (fs) – …": the writer's own)
    tag = found.groupdict().get("agency")
    agency = tag if tag not in _FROM_OUR_OWN and (tag is None or not tag.islower() or agency_credit(tag)) else None
    return (Dateline(found.group("place"), agency, found.group("rest"))
            if (town in named or found.groupdict().get("stop_and_dash") is not None
                or found.group("dash") is None and _named_inside_story(town, article)) else None)


def _named_inside_story(name: str, article: ArticleDraft) -> bool:
    """Whether a paragraph of the story after its first, or a caption, names ``name`` inside a sentence, not opening one
    ("… der Bergmannschor Hammerleithen singt …"): a town's name, not a word a first sentence may open with ("Endlich. …")."""
    inside = re.compile(rf"[^\W\d_][,;]? {re.escape(name)}\b")
    # (or a caption: "Auszubildende im Hotel „Deichgraf“ in Wiardsiel")
    first = article.first_paragraph()
    return any(inside.search(block["text"] if block["type"] == "paragraph" else block.get("caption") or "") is not None
               for block in article.blocks if block is not first)
