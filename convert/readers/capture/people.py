"""Bylines and the news agencies they name."""

from __future__ import annotations

import re
from typing import Optional

from ._lazy_patterns import lazy_compile
from .agencies import LOWER_CASE_WIRES, agency
from .dates import READING_TIME, SHORT_WEEKDAY_NAMES, find_date, names_weekday
from .language import is_function_word
from .mastheads import SECTIONS, is_paper_name

EMAIL_ADDRESS = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"  # "jroe@valleycourier.com"
# "By Jane Roe", "ByJANE ROE", "ByJane Roe" and "ByJ.R. Roe" (glued), "By BY JOHN DOE" (printed twice).
# The days' names in the six languages, as a byline's date may open with one ("le Mercredi 15 Mai 2024").
_WEEKDAY_NAMES = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi"
                  r"|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves"
                  r"|viernes|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|lunedì|martedì|mercoledì"
                  r"|giovedì|venerdì|sabato|domenica)")
# A priest's or a religious' title before the name, as the byline prints it in small letters ("di don Alberto Mancuso").
_RELIGIOUS_TITLES = r"don|doña|dom|padre|suor|fra|frei|mons|mgr|abbé|pfarrer|pastor"
# "Posted by", "Written by", "Story by"; "Par", "Von", "Por", "Di" where the page's language says "by" so.
# (an academic title before it: "Von Dr. Miriam Vogt", "Von Prof. Dr. Hans Müller", "di Dott.ssa Anna Rossi")
_FOREIGN_NAME = (r"(?:(?:Prof|Dr|Mag|Dipl\.-Ing|Ing|Dott|Dott\.ssa|Drª|Dra)\.?\s+){0,3}"
                 # (a priest's or a religious' title before the name: "di don Alberto Mancuso", "por el padre …")
                 r"(?:(?i:" + _RELIGIOUS_TITLES + r")\.?\s+)?"
                 # (a first name may be an initial: "Von M. Krause, T. Albers und J. Wolff")
                 # (or cut short to a letter or two, "Th. Degrève", "Chr. Maier", or two initials, "J.-M. Degrève")
                 # (not a title's: "Fr. Prof. Rosenberger", "Mme. Roux")
                 r"(?:[A-ZÀ-Þ]\.-[A-ZÀ-Þ]\.|(?!(?:Fr|Hr|Mr|Ms|Mrs|Mme|Mlle|Sr|Sra|Dr|Dra|Pr|Me|Mgr|St|Sta)\.)[A-ZÀ-Þ][a-zà-ÿ]{0,2}\."
                 r"|[A-ZÀ-Þ][\w'’\-]+)"
                 # (the little words of a surname, in small letters or in capitals: "Ramón Antonio de los Santos")
                 r"(?:\s+(?:(?i:de|del|de la|de las|de los|da|das|do|dos|di|della|van|van der|von|von der|du)\s+)?"
                 r"[A-ZÀ-Þ][\w.'’\-]*){1,4}")
_SIGNED_INITIALS = r"[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.)?(?: ?[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.)?){1,2}"  # a writer's initials: "J.-M. B."
_INITIALS_ALONE = lazy_compile(_SIGNED_INITIALS)


def signed_initials(text: str) -> bool:
    """Whether ``text`` is a writer's initials alone, with their stops ("E.D.", "J.-M. B.")."""
    return _INITIALS_ALONE.fullmatch(text) is not None
_BY = lazy_compile(r"^(?:(?:posted|written|authored|story|words|text|reported|report|article|opinion|analysis|commentary|review"
                   # "Reviewed by Orla Tiernan": the critic who signs a review (a health page's "Medically reviewed by" opens
                   # otherwise)
                   r"|reviewed"
                   # "Live updates by Jane Roe", "Live coverage by …": a live page's writer
                   r"|perspective|column|essay|interview|live updates|live coverage|live blog|live reporting|updates"
                   # "Photos and text by Jane Roe", "Words and pictures by …": who wrote it and took its pictures
                   r"|(?:photos?|pictures|images) and (?:text|words)|(?:text|words) and (?:photos?|pictures|images))\s+)?by(?:\b|(?-i:(?=[A-Z]{2}|[A-Z][a-z]+ [A-Z]|[A-Z]\.\s?[A-Z])))"
                   r"\s*[:\-–—]?\s*(?:by\s+)?(?P<rest>.*)$|^(?:par|von|por|di|texto|texte|text|words|autor|autora|auteur|"
                   # "Ein Artikel von Hans Müller", "Un article de Jeanne Roux": a story "by", in so many words
                   r"ein (?:artikel|beitrag|bericht|kommentar|gastbeitrag|essay|gastkommentar|porträt|interview) von"
                   # "Eine Rezension von Samira Oltmanns", "Une critique de …": a review's writer
                   r"|eine (?:rezension|kritik|kolumne|glosse) von|une critique de|una (?:reseña|crítica) de"
                   r"|una recensione di|uma (?:resenha|crítica) de|a review by"
                   r"|un (?:article|artículo|articolo) (?:de|di)|um artigo de|"
                   # "Analyse von Hannah Vogt", "Kommentar von …", "Une analyse de …", "Análisis de …": a kind of story and "by"
                   r"(?:eine )?(?:analyse|reportage) von|kommentar von|une (?:analyse|chronique) de|(?:un )?análisis de"
                   r"|(?:uma )?análise de|(?:un')?analisi di|"
                   # "L’éditorial de Jean-Baptiste Corbin", "Il commento di …", "A cura di …": an opinion's or a live page's
                   # writer, by the kind of piece, in the other languages
                   r"l['’]éditorial de|l['’]édito de|la chronique de|(?:le|un) billet de|(?:il|un) commento di"
                   r"|l['’]editoriale di|(?:la|una) columna de|(?:el|un|o|um) editorial de|(?:a|uma) coluna de"
                   r"|(?:diretta |cronaca |live )?a cura di|"
                   r"autore|reportagem|author|writer|reporter|escrit[oa] por|scritt[oa] da|(?:article )?(?:rédigé|écrit) par|geschrieben von"
                   # "Redactado por: Bryan Ajanel", "Informe: Lucía Ferreira": "written by", a report's writer
                   r"|redactad[oa] por|redigid[oa] por|redatt[oa] da|verfasst von|informe(?=\s*:)"
                   # "Compiled by Lerato Mokoena", "Un reportage de Guillaume Thériault": who put it together, who reported it
                   r"|compiled by|zusammengestellt von|compilad[oa] por|compilé par|(?:un |une |uma |eine )?(?:reportage|reportaje"
                   r"|reportagem) (?:de|von)"
                   # "Pubblicato da Lucia Del Fabbro il …", "Publié par …": "posted by" in the other languages
                   r"|publiée? par|pubblicat[oa] da|publicad[oa] por|postad[oa] por|veröffentlicht von|eingestellt von"
                   r"|autorin(?=\s*:)|autrice(?=\s*:)"
                   # "Correspondant : Gérard Pujol": the local correspondent's label, in the six languages (its colon read below)
                   r"|correspondant(?:e)?(?=\s*:)|correspondent(?=\s*:)|corresponsal(?=\s*:)|correspondente(?=\s*:)"
                   r"|corrispondente(?=\s*:)|korrespondent(?:in)?(?=\s*:)"
                   # ("Jornalista: Marta Pinheiro": the journalist's label, in the other languages)
                   r"|(?:jornalista|periodista|giornalista|journaliste|journalist(?:in)?|testo)(?=\s*:)"
                   # "Redacción: Karla Zelaya": the newsroom's word as a label, the writer after its colon
                   r"|(?:redacción|redac?ção|redazione|rédaction|redaktion)(?=\s*:\s*[A-ZÀ-Þ])"
                   # "Texto de Henrique Salgueiro", "Testo di Marco Bianchi": the words "by", as magazines credit them
                   r"|texto (?:de|por)|texte de|testo di|text von"
                   # "Texto y fotos: Andrés Quiñónez", "Text & Fotos: Jana Vogt": who wrote the story and took its pictures
                   r"|(?:texto y fotos|text (?:und|&) (?:fotos?|bild(?:er)?)|texte et photos|texto e fotos|testo e foto|text and photos"
                   r"|words and pictures)(?=\s*:)"
                   # "Escribe: Carla Rivero", "Scrive: Marco Rossi", "Schreibt: …": "writes", over a column
                   r"|(?:escribe|scrive|escreve|schreibt|écrit)(?=\s*:)"
                   # "Propos recueillis par Élodie Carrasco", "Interview: …", "Entrevista de …": who led an interview
                   r"|propos recueillis par|interview (?:by|von|par)|interviewed by|das interview führte|entrevista (?:de|por)"
                   # ("Interview: Sabine Rohrmoser": who led it, after the label's colon)
                   r"|(?:interview|entrevista|intervista)(?=\s*:)"
                   # "Recensione di Tommaso Arrighi", "Critique de …": who wrote a review, in the six languages
                   r"|review by|critique de|crítica de|reseña de|resenha de|recensione di|rezension von|kritik von"
                   r"|intervista (?:di|a cura di)|a cura (?:di|della|del)"
                   # "Servizio di Chiara Bassi": an Italian paper's report "by"
                   r"|(?:il |un )?servizio di)"
                   r"\s*[:]?\s+"
                   # (the joining word in capitals between names in capitals: "VON KATHARINA LÖWE UND JAN PETERSEN")
                   r"(?P<foreign>(?-i:" + _FOREIGN_NAME + r"(?:\s+(?:und|y|e|et|and|avec|con|com|UND|Y|E|ET|AND)\s+" + _FOREIGN_NAME
                   # "Par Julien Dethier avec Belga": a writer and the wire whose copy the story uses
                   + r"|\s+(?:avec|with|mit|con|com)\s+(?:[A-Z][\w\-]{1,20}|" + LOWER_CASE_WIRES + r"))?"
                   # "Par Jeanne Roux (avec Jean Dupont et Ada Lund)": who wrote it with them; "Par Claire Vasseur
                   # (Bruxelles, bureau européen)": where from
                   r"(?:\s+\((?:avec|with|mit|con|com)\s[^()]{2,80}\)|\s+\([A-ZÀ-Þ][^()]{1,60}\)|\s+\([a-zà-ÿ][^()]{2,40}\))?|(?:(?:Redacción|Redação|Redaktion|Rédaction|Redazione|Newsdesk|Newsroom)"
                   # ("Por Redacción Cuyo al Instante": the newsroom, then the site's name)
                   r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’\-]*(?:\s+(?:(?:de|del|al|da|do|di|du|la|el|le)\s+)?(?-i:[A-ZÀ-Þ])[\w'’\-]*){0,3})?"
                   # (initials alone: "Par S.G.", "Di M. R.", hyphened and two writers' too: "Par A. L. et J.-M. B.")
                   r"|[A-Z]{2,6}|" + _SIGNED_INITIALS + r"(?:\s+(?:et|und|y|e|and)\s+" + _SIGNED_INITIALS + r")?|"
                   + LOWER_CASE_WIRES
                   # (the newsroom's word in small letters: "Pubblicato da redazione", "Publié par la rédaction")
                   + r"|(?:la |a )?(?:redacción|redac?ção|redaktion|rédaction|redazione))"
                   # a newsroom's short name in small letters, then where it writes from: "Por g1 — São Paulo"
                   r"|[a-z][\w.]{0,9}(?=\s*[–—-]\s*[A-ZÀ-Þ]))(?:(?:\s*[,|–—•·-]|\s+/\s).*"
                   # (who took the pictures, after a space and the label: "Texte: Pascal Jungo Photos: Elisa Roulin")
                   r"|\s+(?:fotos?|photos?|bilder?|imágenes|imagens|immagini|images?)\s?:.*"
                   # "Von Moritz Gathmann am 21. April 2020": the day after the name, joined by its little word
                   r"|\s+(?:am|le|el|em|il|on|du|del|vom|den)\s+(?:" + _WEEKDAY_NAMES + r",?\s+)?\d.*"
                   # (how long ago, after the name: "Por Lucía Cattaneo hace 3 horas", "Por Ana Ruiz há 2 horas")
                   r"|\s+(?:hace|há|vor|il y a)\s+\d.*"
                   # "di Federica Lanza 08 Giugno 2025 - 19:22": the day right after the name (in figures too: "… 03/11/2023")
                   r"|\s+\d{1,2}(?:\.|\s)\s*(?:de\s+)?(?:\d{1,2}\.|[^\W\d_]{3,10}\.?),?\s*(?:de\s+)?\d{2,4}\b.*"
                   r"|\s+\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b.*"
                   # "Por Mariano Martín mmartin@example.com": the author's address after the name
                   r"|\s+" + EMAIL_ADDRESS
                   # "di Andrea Conti @andreaconti_pl": the writer's handle after the name
                   + r"|\s+\(?@\w{1,30}\)?(?:\s*[,|–—•·-].*)?)?)$",
                   re.I)
# Written for the paper by one who is not on its staff, in the six languages: "especial para O Regional", "Special to
# The Valley Courier", "spécial pour …", "speziell für die …"; the paper after it.
WRITING_FOR = lazy_compile(r"(?:especial|special|exclusivo|exclusiva|spécial|speciale|speziell) (?:para|to|for|pour|per|für) "
                           r"(?P<paper>(?:(?:el|la|o|a|the|le|il|lo|die|den|das) )?[A-ZÀ-Þ].*)", re.I)


def paper_written_for(credit: str) -> Optional[str]:
    """The paper a contributor's credit names ("Special to The Northern Ledger": "The Northern Ledger"); None when it
    names it too short to know it by ("Special to the Gazette"). Any other text is returned as it is."""
    written_for = WRITING_FOR.fullmatch(credit)
    if written_for is None:
        return credit
    named = [word for word in written_for.group("paper").split() if word.lower() != "the"]
    return written_for.group("paper") if sum(word[:1].isupper() for word in named) >= 2 else None


# The press office of a public body or a company, as its own news pages sign their stories, in the six languages.
PRESS_OFFICE = lazy_compile(r"(?:Secom|Ascom|Assessoria de (?:Comunicação|Imprensa)|Secretaria (?:Municipal )?de Comunicação"
                             r"|Unidad de Comunicación|Oficina de (?:Prensa|Comunicaci(?:ón|ones))|Dirección de Comunicaci(?:ón|ones)"
                             r"|Gabinete de (?:Prensa|Comunicación|Comunicação|Imprensa)|Pressestelle|Service (?:de )?presse"
                             r"|Service communication|Ufficio stampa|Press Office|Communications Office)(?:\b|(?=/))")
# "| Fotos: Hugo Matos", ", Photos: Jane Roe", "/ Fotos: Jorge Cid", "– Photos : Anne Lambotte": the pictures' credit
# after the writer's name, in the six languages.
_PICTURE_WORDS = (r"(?:fotos?|photos?|photographs?|photographies?|fotograf(?:ía|ia|ie|ien)s?|bilder?"
                  r"|imágenes|imagens|immagini|images?"
                  # (and who edited it or filmed it: "Informe: Lucía Ferreira / Edición: Pablo Suárez")
                  r"|edición|edição|edizione|editing|montage|montaje|cámara|câmera|kamera|video|vídeo)")
# (or a space alone before the label and its colon: "Texte: Pascal Jungo Photos: Elisa Roulin")
_PICTURES_BY = lazy_compile(r"(?:(?:\s*[|,·•/–—]\s*|\s+-\s+)" + _PICTURE_WORDS + r"\s*(?::\s*|(?:di|de|by|von|par)\s+(?=[A-ZÀ-Þ]))"
                            r"|\s+" + _PICTURE_WORDS + r"\s?:\s*)\S.*$", re.I)
# ("n1 Minas — Belo Horizonte": the short name in small letters may take its region's word)
_BRAND_AND_PLACE = lazy_compile(r"(?P<brand>[a-z][\w.]{0,9}(?: [A-ZÀ-Þ][a-zà-ÿ]{2,15})?)(?: [A-Z]{2})?\s*[–—-]\s*"
                                r"[A-ZÀ-Þ][\w'’\- ]{1,40}")
# "nv1 Vale do Itaporã": a newsroom's short name in small letters with a figure, then its region's name (no dash).
_BRAND_THEN_REGION = lazy_compile(r"(?P<brand>[a-z][a-z.]{0,5}\d{1,2})\s+[A-ZÀ-Þ][\w'’\- ]{1,40}")
# "Jane Roe, CNN — Riverton, N.J.": the name, the newsroom, then where the story was written (a dash before it)
_NAME_NEWSROOM_PLACE = lazy_compile(r"(?P<name>[^,–—]{2,60}),\s*(?P<newsroom>[A-Z][^,–—]{1,40}?)\s+[–—]\s+"
                                    r"(?P<place>[A-ZÀ-Þ][\w'’.,\- ]{1,40}"
                                    r"(?:\s\([A-Z]{2,3}\))?)")  # (a Brazilian town's state after it: "Itaúna do Sul (MG)")
_NEWSROOM_NAME = lazy_compile(r"[A-ZÀ-Þ][\w'’.\-]+(?: (?:de |do |da |del |di )?[A-ZÀ-Þ0-9][\w'’.\-]*){0,3}")
# "Jane Roe on March 3": the word that joins a name to the date after it.
# ... and the stamp's label before it after a comma: "Par Jeanne Roux, publié le 3 mars 2024".
_BEFORE_DATE = lazy_compile(r"(?:(?:,\s*|\s+)(?:published|posted|updated|last updated|publié|mis à jour|veröffentlicht|aktualisiert"
                            r"|publicado|actualizado|atualizado|pubblicato|aggiornato)\s*:?"
                            # (the label glued to the name's last letter: "Kashif RazaPublished May 3, 2024")
                            r"|(?-i:(?<=[a-zà-ÿ])(?:Published|Posted|Updated|Publié|Veröffentlicht|Aktualisiert|Publicado"
                            r"|Actualizado|Atualizado|Pubblicato|Aggiornato))\s*:?)?"
                            r"(?:\s+(?:on|at|le|am|el|em|il|du|del|vom|den)"
                            # (glued to the name's last letter: "Par Hugo MarchettiLe 3 avril 2024")
                            r"|(?-i:(?<=[a-zà-ÿ])(?:On|At|Le|Am|El|Em|Il|Du|Del|Vom|Den)))?"
                            # (and the day's name: "Serge Ngando Ebolo le Mercredi 15 Mai 2024", cut short after a bar
                            # too: "Sabine Kreller | Mi, 12.06.2024")
                            r"(?:\s+" + _WEEKDAY_NAMES + r",?|\s+[|·•]\s+(?-i:" + SHORT_WEEKDAY_NAMES
                            + r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?)?$", re.I)
_MIDDLE_DOT = lazy_compile(r"\s+[•·]\s+.*$")
# "Jane Roe @janeroe", "Jane Roe, @janeroe", "Jane Roe Follow @janeroe": the author's social-media handle.
_HANDLE = lazy_compile(r"[\s,|]*(?:" + EMAIL_ADDRESS + r"|(?:(?i:follow)\s+)?@\w{1,30}\b|\(@\w{1,30}\))")  # (or an address)
# A time the page prints after the name without a year: "March 18 at 3:57 PM", "11:00", "2 hours ago", "8h", and how
# long ago in the other languages read ("vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "há 2 horas", "2 ore fa").
_UNDATED_TIME = lazy_compile(r"[\s,|•·–—-]+(?:(?:today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|hoje|ontem|oggi"
                             r"|ieri)\b(?:\s+(?:at|um|à|a las|às|alle))?\s*(?=\d)"  # ("Today at 12:02 a.m.": no day to read)
                             r"|(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
                             r"|\d{1,2}:\d{2}|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|\d{1,2}\s?[mhd]$"
                             r"|vor\s+\d+\s+(?:minuten|stunden|tagen)\b|il y a\s+\d+\s+(?:minutes?|heures?|jours?)\b"
                             r"|hace\s+\d+\s+(?:minutos?|horas?|días?)\b|há\s+\d+\s+(?:minutos?|horas?|dias?)\b"
                             r"|\d+\s+(?:minuti|ore|giorni)\s+fa\b).*$", re.I)
_LEAD = "/|•·–—-*>» "  # what some pages print before a byline
_MAX_WORDS = 12  # in a byline; a sentence is longer
_OF_WORDS = frozenset("da do de di du dos das del vom von of from".split())
_TITLE_IN_SMALL_LETTERS = lazy_compile(r"(?:" + _RELIGIOUS_TITLES + r")\.? [A-ZÀ-Þ]")
_MAX_WORDS_WITH_ROLES = 24  # with job titles and the desk's name after the name
# What pages glue to the end of a byline: a timestamp label, or (after a name in capitals) the agency.
_GLUED_STAMP = lazy_compile(r"[\s,]*(?:Updated|Published|Posted|Last updated|Modified|Veröffentlicht|Aktualisiert|Publié"
                            r"|Mis à jour|Publicado|Actualizado|Atualizado|Pubblicato|Aggiornato)\b.*$")


# "Von unserem Redakteur …", "Par notre correspondant …", "De nuestro corresponsal …", "From our correspondent …": the
# paper's own writer, their job before their name
_OUR_OPENINGS = {"von ", "par ", "de n", "from", "by o", "di u", "do n", "da n", "dal ", "dall"}
_OUR_BY = {"from": "By", "de": "Por", "do": "Por", "da": "Por", "dal": "Di", "dalla": "Di"}
# (Italian also "dal nostro inviato …", "dalla nostra corrispondente …")
# (and where they write from: "De notre correspondant à Lyon, Antoine Giraud")
_OUR_LABEL = (r"(?P<by>von|par|de|from|by|di|do|da|dal|dalla)\s+(?:unserem|unserer|notre|nuestro|nuestra|our|un nostro"
              r"|una nostra|nostro|nostra"
              r"|nosso|nossa)\s+(?:\w+\s+)?(?:redakteur(?:in)?|korrespondent(?:in|en)?|mitarbeiter(?:in)?|reporter(?:in)?"
              r"|correspondante?|envoyée? spéciale?|corresponsal|correspondent|inviat[oa]|corrispondente|correspondente"
              r"|enviad[oa] especial)(?:\s+(?:à|au|aux|en|in|a|em|nach|aus)\s+(?-i:[A-ZÀ-Þ])[\w'’\-]*"
              r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’\-]*){0,2})?")
_OUR_WRITER = lazy_compile(_OUR_LABEL + r",?\s+(?=[A-ZÀ-Þ])", re.I)  # (a comma after the job: "De notre correspondante, …")
_OUR_WRITER_ALONE = lazy_compile(_OUR_LABEL + r",?", re.I)


def our_writer_label(text: str) -> bool:
    """Whether ``text`` is the label "from our correspondent" alone on its line, the name on the next ("De notre
    correspondant à Lyon,", "Von unserem Korrespondenten")."""
    return text[:4].lower() in _OUR_OPENINGS and _OUR_WRITER_ALONE.fullmatch(text) is not None
_PORTRAIT_CREDIT = lazy_compile(r"\.\s*\|\s*(?:photo|image|picture)\s+credit\s*:", re.I)


def glued_stamp(text: str) -> Optional[str]:
    """The stamp printed after a byline's name ("By Jane Roe Updated: March 3, 2024"), or None."""
    match = _GLUED_STAMP.search(text)
    return match.group().strip() if match is not None else None
_CAPITALS_THEN_NAME = lazy_compile(r"^(?P<name>[A-Z][A-Z.'’\- ]*[A-Z])(?P<organisation>[A-Z][a-z].*)$")
_ORGANISATION = lazy_compile(
    r"\b(?:Press|News|Times|Post|Journal|Agency|Network|Media|Herald|Tribune|Daily|Magazine|Gazette|Wire|Reuters|"
    r"Telegraph|Guardian|Independent|Observer|Chronicle|Examiner|Report|Radio|Television|TV|Online|Service"
    # (the other words newspapers are named with: "The Valley Courier", "Riverton Today", "The Lake Sentinel")
    r"|Today|TODAY|Courier|Statesman|Record|Register|Bulletin|Sentinel|Dispatch|Enquirer|Inquirer|Ledger|Gazette"
    r"|Mirror|Express|Citizen|Monitor|Advocate|Globe|Telegram|Courant|Syndicate|Features"
    # the same words in the other languages read ("Prensa Libre", "Valley Zeitung", "Il Corriere di ...")
    r"|Presse|Prensa|Imprensa|Stampa|Zeitung|Nachrichten|Noticias|Notícias|Notizie|Diario|Diário|Jornal|Gazzetta"
    r"|Gaceta|Gazeta|Corriere|Courrier|Correio|Correo|Tribuna|Kurier|Rundschau|Quotidien|Quotidiano|Periódico"
    r"|Revista|Rivista|Agencia|Agência|Agenzia|Agentur|Agence|Televisión|Televisão|Televisione|Rundfunk"
    # a news site's or a broadcaster's own words ("Portal Sertão", "MLF-Studio Helmsdorf", "Rede Sul", "Cadena Norte")
    r"|Portal|Studio|Rede|Rete|Cadena|Emisora)\b")
# "Reported by Jane Roe, Edited by John Doe": who else worked on the story is not its byline.
_OTHER_CREDITS = lazy_compile(r"[,|;]?\s+(?:edited|updated|produced|photos?|video|graphics|additional reporting)\s+by\b.*$",
                              re.I)
# "Jane Roe, a deputy editor and author of ...": a name, then a note about its author.
_NAME_THEN_BIO = lazy_compile(r"^(?P<name>[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){1,3}), (?:a|an) [a-z]")
# "Jane Roe for The Valley Courier", "JANE ROE FOR MAILONLINE": the author, and the publication they wrote for.
_WRITTEN_FOR = lazy_compile(r"^(?P<name>[A-ZÀ-Þ][\w.'’\-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’\-]*|and|AND)){1,6}?)\s+(?:for|For|FOR)\s+"
                            r"(?P<publication>(?:the\s+|The\s+|THE\s+)?[A-ZÀ-Þ][\w.&'’\-]*(?:\s+[A-ZÀ-Þ][\w.&'’\-]*){0,3})$")
# Agencies whose usual short form differs from the name newsrooms credit.
AGENCY_NAMES = {"AP": "The Associated Press", "ASSOCIATED PRESS": "The Associated Press"}


def agency_name(tag: str) -> str:
    tag = tag.strip()
    return AGENCY_NAMES.get(tag.upper(), tag)


def _without_places(names: str) -> str:
    """"Chinedu Okafor, Abakpa and Funmilayo Adeyemi, Lagos": each writer's name without where they write from (one
    capitalised word after the name and a comma; a job stays)."""
    pieces = _NAMES_AND_KEPT.split(names)
    for at in range(0, len(pieces), 2):
        head, comma, tail = pieces[at].rpartition(",")
        if (comma and is_bare_name(head.strip()) and _PLACE_WORDS.fullmatch(tail.strip()) is not None
                and _ROLE_WORD.search(tail) is None):
            pieces[at] = head.strip()
    return "".join(pieces)


_NAMES_AND_KEPT = lazy_compile(r"(\s+(?:and|und|et|y|e)\s+)")


def names_joined(text: str) -> bool:
    """Whether ``text`` is two full names or more joined by "and" in one of the six languages ("Reto Zimmerli und
    Nadja Keller"), each of two words at least (a headline may pair two surnames: "Trump and Putin")."""
    if _NAMES_AND.search(text) is None:  # (commas alone part a name from its job: "Jane Roe, Staff Reporter")
        return False
    if "(" in text:
        text = _SHIFT_TAG.sub("", text)  # ("Maeve Lindqvist (now) and Tomasz Brennan (earlier)": a live page's shifts)
    parts = [_WHERE_EACH_WRITES.sub("", part) for part in _NAMES_APART.split(text)]
    return len(parts) >= 2 and all(len(part.split()) >= 2 and is_bare_name(part) and not is_organisation(part)
                                   and _ROLE_WORD.search(part) is None for part in parts)


def names_without_places(text: str) -> str:
    """Names joined by "and" without where each writes from ("Jane Roe in London and John Doe in Manchester")."""
    if "(" in text:
        text = _SHIFT_TAG.sub("", text)
    return _WHERE_EACH_WRITES.sub("", text) if " in " in text or " à " in text or " en " in text else text


def without_agencies(text: str) -> str:
    """A byline without the note that wires' copy went into the story ("Jane Roe in Lisbon and agencies", "Redação Rede
    Sul, com agências")."""
    return _AND_AGENCIES.sub("", text) if "genc" in text or "gênc" in text or "gentur" in text else text


_AND_AGENCIES = lazy_compile(r",?\s+(?:and|with|&|avec|et|mit|und|y|con|e|com)\s+(?:agencies|agences|agenturen|agencias"
                             r"|agenzie|agências)$", re.I)


# "(now)", "(earlier)": which of a live page's writers is on shift, in the six languages
_SHIFT_TAG = lazy_compile(r"\s*\((?:now|earlier|later|jetzt|zuvor|maintenant|plus tôt|ahora|antes|agora|ora|prima)\)", re.I)


_NAMES_AND = lazy_compile(r"\s+(?:and|und|et|y|e|&)\s+")
_NAMES_APART = lazy_compile(r"\s+(?:and|und|et|y|e|&)\s+|,\s+")
# " in London" after a writer's name, before the next name or the line's end
_WHERE_EACH_WRITES = lazy_compile(r"\s+(?:in|à|en)\s+[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){0,2}"
                                  r"(?=\s+(?:and|und|et|y|e)\s+|,\s+|$)")


def is_publication_name(text: str) -> bool:
    """Whether ``text`` is a name led by an article of the languages other than English, in capitalised words ("El
    Sol del Pacífico", "Le Courrier"): those languages write headlines in small letters, so it is a name."""
    return _ARTICLE_LED_NAME.fullmatch(text) is not None


def is_role(text: str) -> bool:
    """Whether ``text`` is a writer's job in one word or two ("Corresponsal", "Senior Reporter")."""
    return len(text.split()) <= 2 and _ROLE_WORD.search(text) is not None and text[:1].isupper()


def is_organisation(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 6:
        return False
    return (bool(_ORGANISATION.search(text)) or (len(words) == 1 and text.isupper() and len(text) >= 2)
            or _THE_NAME.fullmatch(text) is not None)


# "The Valley Courier", "The Riverton Star": a name led by "The" is a publication's (a person's never is); so is
# one led by the article of the other languages, in capitalised words ("El Sol del Pacífico", "O Diário", "Le
# Courrier", "Der Tagesspiegel"; a headline in those languages is written in small letters).
_OTHER_ARTICLES = "El|La|Los|Las|Le|Les|Il|Lo|O|Os|Der|Die|Das"
_NAME_AFTER_ARTICLE = (r"(?: (?:de|del|da|do|di|du|des|della|dos|das) )?"
                       # (the little words may be two: "El Sol de la Península", "O Jornal da Região")
                       r"(?: [A-ZÀ-Þ][\w&.'’\-]*(?: (?:de la|de las|de los|de|del|da|do|di|du|des|della|dos|das)"
                       r"(?= [A-ZÀ-Þ]))?){1,4}")
# ... and the article elided before a vowel, in French and Italian ("L'Éclaireur", "L'Hebdo Républicain")
_ELIDED_NAME = (r"|L['’][A-ZÀ-Þ][\w&.'’\-]*(?:(?: (?:de|del|da|do|di|du|des|della|dos|das))? [A-ZÀ-Þ][\w&.'’\-]*){0,3}")
_THE_NAME = lazy_compile(rf"(?:The|{_OTHER_ARTICLES})" + _NAME_AFTER_ARTICLE + _ELIDED_NAME)
_ARTICLE_LED_NAME = lazy_compile(rf"(?:{_OTHER_ARTICLES})" + _NAME_AFTER_ARTICLE + _ELIDED_NAME)


# "VonJana Kröger", "ParJeanne Roux", "PorAna Ruiz": the word "by" glued to a name, as a page joins two elements (a
# capital right after it, then a full name: "Vonda Roe", "Porter Roe" are names)
_CAPITALS_THEN_PAPER = lazy_compile(r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+){1,3}) "
                                    r"(?P<paper>[A-ZÀ-Þ][a-zà-ÿ]+(?: [A-ZÀ-Þ][a-zà-ÿ]+){0,2})")
_OF_THE_NEWSROOM = lazy_compile(r"(?:da|de la|del|de|della|der|of the|from the) (?:Redação|Redacción|Redazione|Redaktion"
                                r"|Rédaction|[Nn]ewsroom)")
_ONE_WORD_WIRE = lazy_compile(r"[A-ZÀ-Þ][\w\-]{2,20}")
_WIRE_IN_BRACKETS = lazy_compile(r"\s+\((?:avec|with|mit|con|com)\s+(?P<wire>[A-ZÀ-Þ][\w\-]{1,20})\)$")
_LOWER_THEN_CAPITAL = lazy_compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_GLUED_AGO = lazy_compile(r"(?<=[a-zà-ÿ])(hace|há)(?= \d)")
# The day of the week glued to the name's end, the date after it, in the six languages.
_GLUED_WEEKDAY = lazy_compile(r"(?<=[a-zà-ÿ])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag"
                              r"|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi"
                              r"|Dimanche|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Segunda|Terça|Quarta|Quinta"
                              r"|Sexta|Lunedì|Martedì|Mercoledì|Giovedì|Venerdì|Sabato|Domenica)(?:-feira)?,? \d")
_SECTION_GLUED_TO_BY = lazy_compile(r"(?P<section>[A-Z][a-z]{2,14})By (?=[A-ZÀ-Þ])")
_GLUED_SECTION_REACH = 18  # characters: a section's label and "By " are shorter
_GLUED_FOREIGN_BY = lazy_compile(r"(?:Von|VON|Par|PAR|Por|POR)(?=[A-ZÀ-Þ][a-zà-ÿ]+ [A-ZÀ-Þ])")
# "Ignacio Fuenzalida M.": a full name that ends with an initial (a second surname's, as Chilean papers sign), not a
# sentence ("By Jane R." names no one in full)
# ... or the writer's initials alone ("Par M. B.", as regional papers sign short stories)
_SEPARATORS_LEFT = frozenset(" |·•,/")
_DASHES_LEFT = frozenset((" -", " –", " —"))
# (initials alone, spaced or not: "Par S. G.", "Par S.G.")
_FINAL_INITIAL = lazy_compile(r"[^\W\d_]{2,} [^\W\d_]{2,} [A-ZÀ-Þ]\.$"
                              r"|^" + _SIGNED_INITIALS + r"(?:\s+(?:et|und|y|e|and)\s+" + _SIGNED_INITIALS + r")?$"
                              r"|^[A-ZÀ-Þ][^\W\d_]+ [A-ZÀ-Þ]\.$")  # (a first name and an initial alone: "Par Amine B.")


_AUTHOR_LABEL = lazy_compile(r"authors?\s*:\s*", re.I)


def byline_parts(text: str) -> Optional[tuple[Optional[str], Optional[str], Optional[str]]]:
    """``(name, publisher, date)`` for a "By ..." line, or None if ``text`` is not one."""
    if text[-1:] == "*" and text[-2:-1].isalpha():
        text = text[:-1]  # "Por Lucas Andrade*": the mark of a note under the story (an intern's, a guest's)
    lead, space, rest = text.partition(" ")
    if rest[:2] == ": ":
        rest = rest[2:]  # ("Par : ANP": French sets a space before the colon)
    if space and lead.lower().rstrip(":") in _BY_WORDS and (wire := agency(rest)) is not None:
        return rest, wire, None  # "Par Belga", "Por Europa Press", "Por: Colprensa": a wire wrote it
    if space and lead.lower().rstrip(":") in _BY_WORDS and _OUR_NEWSROOM.fullmatch(
            newsroom := _without_sources(rest) if "nforma" in rest else rest) is not None:
        # "Par la rédaction", "Di la redazione web": the newsroom, in small letters ("Da Redação, com informações da
        # Prefeitura": whose facts it used after it)
        return newsroom, None, None
    if (space and lead.lower().rstrip(":") in _BY_WORDS and (short := _SHORT_SIGN.fullmatch(rest.split(" · ")[0])) is not None
            # (initials under the label's colon, or with no vowel: "by me", "By the" are words)
            and (short.group() == "Red." or lead.endswith(":") or initials_in_small_letters(short.group()))
            and not is_function_word(short.group())):
        return short.group(), None, None  # "Von: mk", "di Red. · 2 ore fa": the writer's initials, the newsroom's short word
    if space and lead.lower().rstrip(":") in _BY_WORDS and _NAMED_NEWSROOM.fullmatch(rest) is not None:
        return rest, None, None  # "Por: Redacción Cifras & Negocios": the newsroom, by the site's name
    if " " in text and text[:4].lower() in _OUR_OPENINGS and (ours := _OUR_WRITER.match(text)) is not None:
        # "Von unserem Redakteur Klaus Berger": the job, then the name ("From our …", "De nuestro …": by whom)
        text = f"{_OUR_BY.get(ours.group('by').lower(), ours.group('by'))} {text[ours.end():]}"
    if "(" in text and ")" in text:
        text = _without_where_from(text)
    if "By " in text[:_GLUED_SECTION_REACH] and (section := _SECTION_GLUED_TO_BY.match(text)) is not None and (
            section.group("section").lower() in SECTIONS):
        text = text[section.end("section"):]  # "NewsBy Joanne Pike": the section's label glued to the byline
    if "hace " in text or "há " in text:
        text = _GLUED_AGO.sub(r" \1", text)  # ("Por Lucía Cattaneohace 3 horas": how long ago, glued to the name)
    if " " in text and (weekday := _GLUED_WEEKDAY.search(text)) is not None:
        text = f"{text[:weekday.start()]} {text[weekday.start():]}"  # ("By Martin HollisSaturday 14 September 2024")
    if text[:7].lower() in ("author:", "authors") and (label := _AUTHOR_LABEL.match(text)) is not None:
        text = "By " + text[label.end():]  # "Author: KXHV 9 Staff": the label read as English's "By" is
    if text[:1] in "VPvp" and (glued := _GLUED_FOREIGN_BY.match(text)) is not None:
        text = f"{text[:glued.end()]} {text[glued.end():]}"  # "VonJana Kröger": the word "by" glued to the name
    match = _BY.match(text.lstrip(_LEAD) if text[:1] in _LEAD else text)
    if not match and len(text) <= _GLUED_DATE_REACH and (spaced := _glued_date_apart(text)) is not None:
        match = _BY.match(spaced[0])  # ("di MARCO FERRI03 dicembre 2024": the day glued to the name)
    if not match:
        return None
    rest = match.group("rest") if match.group("rest") is not None else match.group("foreign")
    if "|" in rest and _PORTRAIT_CREDIT.search(rest) is not None:
        return None  # "Author Jane Roe. | Photo Credit: Special Arrangement": the writer's portrait, its caption and credit
    rest = _GLUED_STAMP.sub("", rest)
    if rest[-1:] in _SEPARATORS_LEFT or rest[-2:] in _DASHES_LEFT:
        # ("Jane Roe | Updated: …", "La Rédaction - Publié le …": the bar or the dash before the stamp taken off)
        rest = rest.rstrip(" |·•,/-–—")
    if "·" in rest or "•" in rest:
        # "By Jane Roe · Follow": what follows a dot is the page's, but for the day ("By Jane Roe · 5 min read ·
        # March 3, 2024")
        dot = _MIDDLE_DOT.search(rest)
        if dot is not None:
            after = _READING_TIME.sub("", dot.group())
            rest = rest[:dot.start()] + (" | " + after.strip(" •·") if find_date(after) is not None else "")
    if "|" in rest:
        rest = _READING_TIME.sub("", rest)  # ("By Jane Roe | 5 min read": how long it takes to read, after a bar)
    rest = rest.strip().rstrip(" •·")  # ("By Jane Roe •": a dot left before the stamp the line had after it)
    if (job := _JOB_BEFORE_NAME.match(rest)) is not None:
        rest = rest[job.end():]  # "By court reporter Sam Feeney", "Von Heimatblick-Redakteurin Anja Wiegand": the job first
    newsroom_signed = None
    if ("—" in rest or "–" in rest) and (placed := _NAME_NEWSROOM_PLACE.fullmatch(rest)) is not None and (
            is_organisation(placed.group("newsroom")) or agency(placed.group("newsroom")) is not None
            or is_paper_name(placed.group("newsroom"))  # ("Por Rafael Moura, Folha do Vale — São Bento do Itaré")
            # (or any name of capitalised words between the writer's and the place's: "Por Ana Lemos, Cerrado Hoje —
            # Nova Aurora", as the newsrooms of one network print it)
            or _NEWSROOM_NAME.fullmatch(placed.group("newsroom")) is not None
            and (is_bare_name(placed.group("name")) or names_joined(placed.group("name")))
            and not is_role(placed.group("newsroom")) and is_place_alone(placed.group("place").partition(" (")[0])):
        rest = f"{placed.group('name')}, {placed.group('newsroom')}"  # (where it was written is not the byline's)
        newsroom_signed = placed.group("newsroom")
    if " by " in rest or " By " in rest:
        rest = _OTHER_CREDITS.sub("", rest).rstrip()
    if ", " in rest and (about := _NAME_THEN_BIO.match(rest)) is not None:
        rest = about.group("name")  # "By Jane Roe, a senior editor who has covered ...": the note is not the byline
    if "@" in rest:
        rest = _HANDLE.sub("", rest).strip(" ,/|·-–—")  # ("Jane Roe - Reporter / @janeroe": the bar before it too)
    if (":" in rest or ", " in rest) and (pictures := _PICTURES_BY.search(rest)) is not None:
        rest = rest[:pictures.start()]  # "Inês Correia | Fotos: Hugo Matos": who took the pictures is no writer
    if rest.endswith(")") and (where := _WHERE_FROM.search(rest)) is not None and (
            _written_from(where.group("inner")) or _JOB_IN_BRACKETS.fullmatch(where.group("inner")) is not None):
        rest = rest[:where.start()]  # "Claire Vasseur (Bruxelles, bureau européen)", "Martine Guérin (correspondante)"
    if rest.endswith(")") and (bracketed := _WIRE_IN_BRACKETS.search(rest)) is not None:
        # "Sophie Lambotte (avec Belpresse)": the wire whose copy the story uses, in brackets, one word
        return rest[:bracketed.start()], agency(bracketed.group("wire")) or bracketed.group("wire"), None
    if " " in rest and (helped := _WITH_WIRE.fullmatch(rest)) is not None and (
            agency(helped.group("wire")) is not None
            # (a wire the reader does not know, in one capitalised word: "Lucie Marchal avec Belpress")
            or not helped.group("more") and _ONE_WORD_WIRE.fullmatch(helped.group("wire")) is not None
            and is_bare_name(helped.group("name"))):
        return helped.group("name"), agency(helped.group("wire")) or helped.group("wire"), None  # "Julien Dethier avec Belga"
    if "nforma" in rest:
        rest = _without_sources(rest)  # "Por Ana Souza, con información de la Alcaldía": whose facts, no writer
    if " - " in rest or " – " in rest or " — " in rest:
        head, tail = SPACED_DASH.split(rest, 1)
        if (is_bare_name(head) and (job := _JOB_AT_NEWSROOM.fullmatch(tail)) is not None
                and ((wire := agency(job.group("newsroom"))) is not None or is_organisation(job.group("newsroom")))):
            # "Mariana Tokarski – Repórter da Agência Brasil - Brasília": the writer, their job at the newsroom, and
            # where they wrote from (the dateline's, read with the byline)
            return head, wire or agency_name(job.group("newsroom")), None
        if is_bare_name(head) and _ROLE_WORD.search(tail) is None and find_date(tail) is None:
            # "Théo Marchand - hexainfo Occitanie": the writer, then the newsroom or its region
            return head, agency(tail) or (agency_name(tail) if is_organisation(tail) else None), None
    glued = _CAPITALS_THEN_NAME.match(rest)
    if glued and is_organisation(glued.group("organisation")):
        rest = glued.group("name") + ", " + glued.group("organisation")
    if "," not in rest and "|" not in rest and (wire_job := _NAME_WIRE_JOB.fullmatch(rest)) is not None and (
            (wire := agency(wire_job.group("wire"))) is not None and is_role(wire_job.group("job"))
            and is_bare_name(wire_job.group("name"))):
        return wire_job.group("name"), wire, None  # "By DEREK HOLLOWAY AP Golf Writer": the wire's writer and their job
    if ("," not in rest and "|" not in rest and (named := _NAME_THEN_JOB.fullmatch(rest)) is not None
            and named.group("name").split()[0].lower() not in _OUR_WORDS):  # ("By Our Staff Reporter": the newsroom's)
        rest = named.group("name")  # "By Jane Roe Reporter", "By Jane Roe Senior Reporter": the job after the name
    if (rest[:2].isupper() and (paper := _CAPITALS_THEN_PAPER.fullmatch(rest)) is not None and agency(paper.group("paper")) is None
            # (not initials alone before the surname: "By J. R. Smith")
            and any(len(word.strip(".")) > 1 for word in paper.group("name").split())):
        rest = paper.group("name")  # "By CARLA MENDOZA Sentinel Staff Writer": the name in capitals, then the paper's short name
    if (rest.endswith(".") and is_bare_name(rest[:-1]) and not rest[-3:-2].isspace()
            and LEGAL_FORM_STOP.search(rest) is None):  # (a company's "Inc." keeps its stop)
        rest = rest[:-1]  # "By Tatyana Turner.": a stop after the name (not an initial's: "By Jane R.")
    when = None
    found = find_date(rest)
    if found is None and (spaced := _glued_date_apart(rest)) is not None:
        rest, found = spaced
    if found:
        when, where = found
        rest = _BEFORE_DATE.sub("", rest[: where.start()].strip(" -–—|,/")).strip(" -–—|,/")
        rest = _UNDATED_TIME.sub("", rest).strip(" -–—|,/")  # "Jane Roe | 10:15 AM on March 3, 2024"
        if " " in rest and (helped := _WITH_WIRE.fullmatch(rest)) is not None and agency(helped.group("wire")) is not None:
            return helped.group("name"), agency(helped.group("wire")), when  # "Par Camille Roussel avec AFP - 12 mars 2024"
    elif (undated := _UNDATED_TIME.search(rest)) is not None:
        rest = rest[:undated.start()].strip(" -–—|,")
    elif (rest.endswith((".", "!", "?")) and _FINAL_INITIAL.search(rest) is None and LEGAL_FORM_STOP.search(rest) is None) or len(rest.split()) > (_MAX_WORDS_WITH_ROLES if _ROLE_WORD.search(rest)
                                                               else _MAX_WORDS):
        return None
    if (rest and not rest[0].isupper() and agency(rest) is None and _TITLE_IN_SMALL_LETTERS.match(rest) is None
            and _NUMBERED_NEWSROOM.fullmatch(rest) is None  # ("By 10 News Digital Team": a station's newsroom)
            and _OUR_NEWSROOM.fullmatch(rest) is None):  # ("Pubblicato da redazione": the newsroom, in small letters)
        # ("Von dpa": a wire that writes its name small; "don Alberto Mancuso": a priest's title before his name)
        brand = _BRAND_AND_PLACE.fullmatch(rest)
        if brand is None:
            return None
        rest = brand.group("brand")  # "g1 — São Paulo": the newsroom, then where it writes from
    name, publisher = rest or None, None
    # ("By Jane Roe / Associated Press": a slash between spaces parts the name from the publisher as a bar does)
    separator = "|" if "|" in rest else " / " if " / " in rest and "," not in rest else ","
    if (" for " in rest or " FOR " in rest or " For " in rest) and (written_for := _WRITTEN_FOR.match(rest)) is not None:
        name, publisher = written_for.group("name"), written_for.group("publication")
    elif rest and separator in rest:
        head, tail = (part.strip() for part in rest.rsplit(separator, 1))
        if (of := tail.partition(" "))[0] in _OF_WORDS and of[2][:1].isupper():
            tail = of[2]  # ("Por Carla Bezerra, da Gazeta do Agreste": the paper, without "of")
        if _OF_THE_NEWSROOM.fullmatch(tail) is not None and is_bare_name(head):
            name = head  # "Rafael Nogueira, da Redação": the writer, of the paper's own newsroom
        elif separator == " / " and is_role(tail) and (is_bare_name(head) or head.isupper() and is_bare_name(head.title())):
            name = head  # "Ricardo Salgado / Corresponsal", "KATIE O'ROURKE / Staff Writer": the writer, then their job
        elif PRESS_OFFICE.match(tail) is not None and is_bare_name(head):
            name = head  # "Ana Paula Roriz / Secom", "…, Dirección de Comunicaciones UCSur": the body's own press office
        elif (agency(tail) is not None or is_organisation(tail) and _JOB_LAST.search(tail) is None  # "Von Hans Müller, dpa"
                or is_paper_name(tail)):  # ("Por Juliana Becker, Folha do Litoral": the paper, shaped as papers are named)
            name, publisher = head, agency(tail) or agency_name(tail)
        elif (brand := _BRAND_AND_PLACE.fullmatch(tail) or _BRAND_THEN_REGION.fullmatch(tail)) is not None:
            name, publisher = head, brand.group("brand")  # "Por Ana Souza, g1 — São Paulo", "…, nv1 Vale do Itaporã"
        elif (separator == "," and all(is_bare_name(part) for part in _AND.split(head)) and _PLACE_WORDS.fullmatch(tail) is not None
              and _ROLE_WORD.search(tail) is None):
            name = head  # "Von Hans Müller, Riverstadt", "… und Jonas Reiter, Berlin": the writers, then where they write from
        elif (separator == "," and all(is_bare_name(part) for part in _AND.split(head))
              and (at := _AT_PLACE.fullmatch(_without_sent_to(tail))) is not None and is_place_alone(at.group("place"))):
            name = head  # "Par Jean-Baptiste Roumagnac, à Vellane", "…, envoyé spécial à Dabiéva": the writer, then where from

    elif rest and (split := _name_then_publication(rest)) is not None:  # "By Jane Roe Valley News"
        tail = split[1].strip("() ")  # ("By Jane Roe (Valley News)")
        # ("By Jane Roe Globe Staff": the paper's own writer, its name shortened: no publisher's name)
        # (nor is the paper's name with the writer's job: "By Jane Roe Daily Herald Staff Writer")
        name, publisher = split[0], agency(tail) or (None if tail.endswith(_STAFF_WORDS) or _JOB_LAST.search(tail)
                                                     else agency_name(tail))
    if name is None and publisher is None and when is None:
        return None
    if name is not None and "," in name and _NAMES_AND.search(name) is not None:
        name = _without_places(name)
    if name is not None and "(" in name and _ROLE_TAG.search(name):
        name = _without_picture_credits(name)
    if name is not None and name.endswith("The") and name[-4:-3].islower():
        name = name[:-3]  # ("By Colin RuddThe Canadian Press": the newsroom's article glued to the name)
    if name is not None and (twice := _NAME_TWICE.fullmatch(name)) is not None:
        name = twice.group("name")  # "Von Jonas WeberJonas Weber": the name printed twice, as a page joins two elements
    if name is not None and _glued_by(text) and not _reads_as_name(name):
        return None  # "ByWater Solutions announced ...": a brand that starts with "By", no byline
    if newsroom_signed is not None and name is not None and name.endswith(f", {newsroom_signed}"):
        name, publisher = name[:-len(newsroom_signed) - 2], publisher or newsroom_signed  # ("Por Ana Lemos, Cerrado Hoje — …")
    if publisher is None and name is not None:
        publisher = agency(name)  # "By PTI": the wire agency wrote the story
    return name, publisher, when


_STAFF_WORDS = (" Staff", " staff", " Correspondent", " correspondent")
_OUR_WORDS = frozenset("our a an the".split())
# "la rédaction", "a redação", "la redazione", "die Redaktion": the newsroom's word for itself, after "By", in small
# letters as the Romance languages write it.
# The newsroom's word, then the site's name in capitalised words (a little word or "&" may join them).
# (not English's "Newsroom", which a menu's link names: "Newsroom Directory")
# (also its team's word, in Portuguese and Spanish: "Equipe Minuano Notícias", "Equipo Radio Sur")
_NAMED_NEWSROOM = lazy_compile(r"(?:Redacción|Redação|Redazione|Rédaction|Redaktion|Equipe|Equipo)"
                               r"(?: (?:[A-ZÀ-Þ0-9][\w'’.\-]*|&|y|e|et|und|and|de|del|da|do|di|du))*? [A-ZÀ-Þ0-9][\w'’.\-]*")
# "The Dispatch Editorial Board", "Editorial Board": the board that writes a paper's editorials signs them.
_EDITORIAL_BOARD = lazy_compile(r"(?:The )?(?:[A-ZÀ-Þ][\w'’.&\-]* ){0,4}Editorial Board")


def newsroom_site(text: str) -> Optional[str]:
    """The site's name when ``text`` is the newsroom's word and that name ("Redacción Fotograma Sur": "Fotograma Sur";
    not a desk, "Redazione Cronaca")."""
    if text[:1] not in "RE" or _NAMED_NEWSROOM.fullmatch(text) is None:
        return None
    name = text.partition(" ")[2]
    return None if name.lower() in SECTIONS else name


def names_newsroom(text: str) -> bool:
    """Whether ``text`` is the newsroom's word and the site's name after it ("Redacción Onda Meseta"), or the section
    of it that wrote the story, in small letters too ("Rédaction sport"), or the board that writes the editorials ("The
    Dispatch Editorial Board"): who wrote it."""
    if text.endswith(" Board") and _EDITORIAL_BOARD.fullmatch(text) is not None:
        return True
    if text[:1] != "R" and text[:1] != "E":
        return False
    if _NAMED_NEWSROOM.fullmatch(text) is not None:
        return True
    word, _, section = text.partition(" ")
    return word in _NEWSROOM_WORDS_CAPITALISED and section.lower() in SECTIONS


_NEWSROOM_WORDS_CAPITALISED = frozenset(("Redacción", "Redação", "Redazione", "Rédaction", "Redaktion"))


# The newsroom's word for itself, led by its article or not ("la redazione", "Die Redaktion", "Newsroom").
_NEWSROOM_NAMED = r"(?:(?:la|a|die|the|el|le) )?(?:rédaction|redacción|redac?ção|redazione|redaktion|newsroom)"
_SHORT_SIGN = lazy_compile(r"[a-zäöüß]{2,3}|Red\.")  # a writer's initials in small letters, the newsroom's "Red."
_SMALL_INITIALS = lazy_compile(r"[a-zäöüß]{2,3}")
_VOWELS = frozenset("aeiouäöü")


def initials_in_small_letters(text: str) -> bool:
    """Whether ``text`` is a writer's initials in small letters, without the vowel a word would hold ("mk", "jwr")."""
    return _SMALL_INITIALS.fullmatch(text) is not None and _VOWELS.isdisjoint(text)
# (with the paper it writes for after it: "Par La rédaction du Courrier national", "Di la redazione del Corriere")
_OUR_NEWSROOM = lazy_compile(_NEWSROOM_NAMED + r"(?: (?:web|en ligne|online|digital))?"
                             r"(?: (?:du|de la|de l['’]|des|de|del|della|dell['’]|da|do|di|der|des|of(?: the)?) ?"
                             r"(?-i:[A-ZÀ-Þ])[\w'’.\-]*(?: [\w'’.\-]+){0,3})?", re.I)
# A job's noun closing what follows a writer's name ("TV Reporter", "Daily Herald Staff Writer"): the writer's job,
# however much of the newsroom's name it holds.
_JOB_LAST = lazy_compile(r"\b(?:reporter|writer|editor|correspondent|columnist|journalist|producer|photographer"
                         r"|contributor)s?$", re.I)
SPACED_DASH = lazy_compile(r"\s+[–—-]\s+")  # a dash between spaces: what parts a name from what follows it
# "(Bruxelles, bureau européen)", "(in Kyiv)": a parenthesis closing the byline, said of the writer.
# (a province in brackets inside it: "(Saint-Jean-de-Maurienne (Savoie), envoyée spéciale)")
_WHERE_FROM = lazy_compile(r"\s*\((?P<inner>(?:[^()]|\([^()]{1,30}\)){2,80})\)$")
# ... or after the first of several names: "Par Hélène Vasseur (Perpignan, envoyée spéciale) et Julien Cazals"
_WHERE_INSIDE = lazy_compile(r"\s*\((?P<inner>(?:[^()]|\([^()]{1,30}\)){2,80})\)(?=\s+(?:et|and|und|y|e)\s)")
# "court reporter", "state political reporter", "Heimatblick-Redakteurin", "notre correspondant": the writer's job
# before the name after "By", in the six languages (in small letters, or as German writes its nouns).
_JOB_BEFORE_NAME = lazy_compile(
    r"(?:(?:our|unser(?:e|em|er)?|notre|nuestr[oa]|nosso|nossa|il nostro|la nostra)\s+)?(?:[a-zà-ÿ][\w\-]*\s+){0,3}"
    r"(?:[A-ZÀ-Þ][\w]*-)?(?i:reporter(?:in)?|correspondent|editor|writer|journalist|redakteur(?:in)?|korrespondent(?:in|en)?"
    r"|journaliste|correspondant(?:e)?|corresponsal|periodista|correspondente|repórter|giornalista|inviat[oa]"
    r"|corrispondente)\s+(?=[A-ZÀ-Þ][\w'’\-]+\s+[A-ZÀ-Þ])")
# "(correspondante)", "(stagiaire)": the writer's job in small letters, in brackets after the name, in the six languages.
_JOB_IN_BRACKETS = lazy_compile(r"(?:correspondant(?:e)?|correspondent|corresponsal|correspondente|corrispondente"
                                r"|korrespondent(?:in)?|envoyé(?:e)? spécial(?:e)?|enviad[oa] especial|inviat[oa]|stagiaire"
                                r"|pigiste|freelance|collaborat(?:eur|rice|or|ora|ore)|reporter|journaliste|periodista"
                                r"|jornalista|giornalista|redakteur(?:in)?|local correspondent)")
# "Jane Roe with AP", "Par Julien Dethier avec Belga", "Von Hans Müller mit dpa": the writer, then the wire.
# (and with more wires after the first: "Karin Oettl with dpa, AFP", "… avec AFP et Reuters")
# (or "with information from" the wire, as Brazilian and Spanish-language papers credit it: "Jane Roe, com informações da
# Agência Brasil", "… con información de EFE")
_WITH_WIRE = lazy_compile(r"(?P<name>[^()]+?),?\s+(?:avec|with|mit|con|com)\s+(?:informações d[aoe]s?\s+|información de(?:l| la)?\s+"
                          r"|information from\s+)?(?:l['’])?(?P<wire>[\w\-]+(?: [\w\-]+)?)"
                          r"(?P<more>(?:(?:,| and| et| und| y| e|/) ?[\w\-]+(?: [\w\-]+)?)*)")


# ", com informações da Prefeitura", ", con información de la Alcaldía": whose facts the story used, no wire's.
_WITH_INFORMATION_FROM = lazy_compile(r",?\s+(?:com informações d[aoe]s?|con información de(?:l| la| los| las)?"
                                      r"|with information from|avec des informations d[eu]s?|mit informationen (?:von|der|des)"
                                      r"|con informazioni d[aie]l?l?[aoe]?)\s+\S.*$", re.I)


def _without_sources(text: str) -> str:
    """``text`` without whose facts the story used after the name, unless a wire's ("…, com informações da Prefeitura
    de Vitória"; "…, com informações da Agência Brasil" names the publisher and stays)."""
    sourced = _WITH_INFORMATION_FROM.search(text)
    if sourced is None or (helped := _WITH_WIRE.fullmatch(text)) is not None and agency(helped.group("wire")) is not None:
        return text
    return text[:sourced.start()]


_MORE_WIRES = lazy_compile(r"\s*(?:,|\band\b|\bet\b|\bund\b|\by\b|\be\b|/)\s*")
_BY_WORDS = {"by", "par", "von", "por", "di", "de", "da", "door"}
_BY_LEADS = {"by", "von", "par", "por"}  # (not "di", "de", "da": a surname may open with them)
_DESK_WORDS = frozenset("region regio ausland inland stadt land kultur lokal wirtschaft".split())


def name_with_wire(text: str) -> Optional[tuple[str, str]]:
    """(byline, agency) for a writer's name alone and the wire whose copy the story uses ("Mathieu Rochat avec ATS",
    "Jane Roe with Reuters": the name), or the site's own newsroom and the wire ("Par Le Journal de l'Ouest avec AFP":
    the line as printed after "Par", as a wire's name alone is the byline of a story it signs); else None."""
    found = _WITH_WIRE.fullmatch(text) if " " in text else None
    if found is None or (wire := agency(found.group("wire"))) is None:
        return None
    if found.group("more") and any(agency(other) is None for other in _MORE_WIRES.split(found.group("more")) if other):
        return None
    lead, _, rest = found.group("name").partition(" ")
    if lead.lower() in _BY_WORDS:  # ("Par Julien Dethier avec Belga": a "By" line's; "Par L'Éclaireur avec AFP" too)
        # (a name no person bears, the site's own: "Par Infos-Matin avec AFP"; the newsroom: "Par la rédaction avec AFP")
        return ((text[len(lead):].strip(), wire) if is_organisation(rest) or _NEWSROOM_FIRST.match(rest) is not None
                or rest[:1].isupper() and not is_bare_name(rest) and " " not in rest else None)
    if is_bare_name(found.group("name")):
        return found.group("name"), wire
    newsroom = is_organisation(found.group("name")) or _NEWSROOM_FIRST.match(found.group("name")) is not None
    return (text, wire) if newsroom else None


def newsroom_with_wire(text: str, newsroom: str) -> Optional[str]:
    """The newsroom's name and the wire whose copy the story uses, as ``text`` prints them after ``newsroom`` (the
    site's name: "Par Normandie Quotidienne avec AFP", "Atlas Infos avec MAP | Le 17/03/2025"), else None."""
    start = text.find(newsroom)
    if start < 0 or (start and text[start - 1] != " "):
        return None
    printed = _STAMP_AFTER.split(text[start:], 1)[0].strip()
    found = _WITH_WIRE.fullmatch(printed) if " " in printed else None
    return (printed if found is not None and found.group("name") == newsroom and agency(found.group("wire")) is not None
            and not found.group("more") else None)


_STAMP_AFTER = lazy_compile(r"\s+[|–—-]\s+|,\s+(?=\d)")
# "Rédaction en ligne", "Redazione web", "La rédaction": the newsroom's word for itself, first.
_NEWSROOM_FIRST = lazy_compile(_NEWSROOM_NAMED + r"\b", re.I)


# "à Vellane", "en Sevilla", "in Kyiv": where a writer wrote from, after their name and a comma, in the six languages.
# (capitalised too, but for English's "In", which opens a column's name as well: "By Jane Roe, In Focus")
_AT_PLACE = lazy_compile(r"(?:[àÀ]|[eE][nm]|in|[aA]us|[dD]esde|[dD]epuis|from|[dD]e|[dD]a|[dD]al|[dD]alla|a)\s+(?P<place>[A-ZÀ-Þ].{1,40})")


def place_signed(text: str, name: str) -> Optional[str]:
    """Where the writer wrote from, when the byline ``text`` gives it after their ``name``, a comma and the word for
    "in" or "from" ("Par Jeanne Roux, à Lyon", "Por Ana Ruiz, en Sevilla"), or None. (A word alone after the comma
    may be a newsroom's name as well as a place's: "By Jane Roe, Northwire".)"""
    _, found, after = text.partition(name)
    if not found or not after.startswith(", ") or (at := _AT_PLACE.fullmatch(after[2:].strip())) is None:
        return None
    place = at.group("place")
    return place if (is_place_alone(place) and _ROLE_WORD.search(place) is None and agency(place) is None
                     and not is_organisation(place)) else None


def _without_sent_to(text: str) -> str:
    """``text`` without the words that say the writer was sent there, before where ("envoyé spécial à Dabiéva")."""
    sent = _SENT_TO.match(text)
    return text[sent.end():].lstrip() if sent is not None else text


def written_from(text: str) -> Optional[str]:
    """Where a byline's closing parenthesis says the writer was sent to report from ("Par Solène Vaquier
    (Saint-Ferréol-du-Causse, envoyée spéciale)": "Saint-Ferréol-du-Causse"), or None. (A bureau is where the writer
    works, not where the story was filed: "(Bruxelles, bureau européen)".)"""
    where = (_WHERE_FROM.search(text) if text.endswith(")") else None) or (
        _WHERE_INSIDE.search(text) if "(" in text else None)
    if where is None or not _written_from(where.group("inner")) or _SENT_TO.search(where.group("inner")) is None:
        return None
    place = where.group("inner").split(",")[0].strip()
    town = place.partition(" (")[0]  # ("Saint-Jean-de-Maurienne (Savoie)": the town and its province)
    return place if _PLACE_WORDS.fullmatch(town) or is_place_alone(town) else None


def _without_where_from(text: str) -> str:
    """A byline without the parentheses the line reads past: one after the first of several names, and one that holds
    a province in brackets ("(Saint-Jean-de-Maurienne (Savoie), envoyée spéciale)"), when they say where the writer is or
    what they do."""
    text = _WHERE_INSIDE.sub(lambda found: "" if _said_of_writer(found.group("inner")) else found.group(0), text)
    if text.endswith(")") and (end := _WHERE_FROM.search(text)) is not None and "(" in end.group("inner") and (
            _said_of_writer(end.group("inner"))):
        text = text[:end.start()]
    return text


def _said_of_writer(inner: str) -> bool:
    """Whether a parenthesis after a writer's name says where they are or what they do (not what they did)."""
    return _written_from(inner) or _JOB_IN_BRACKETS.fullmatch(inner) is not None


# A reporter sent to the place, in the six languages: "envoyée spéciale", "special correspondent", "Sonderkorrespondent",
# "enviado especial", "enviada especial", "inviato", "inviata".
_SENT_TO = lazy_compile(r"\b(?:envoy[ée]e?s? spéciale?s?|special correspondent|sonderkorrespondent(?:in)?|enviad[oa]s? especial(?:es)?"
                        r"|inviat[oa])\b", re.I)


def _written_from(inner: str) -> bool:
    """Whether a byline's closing parenthesis says where the writer is (not a role, a co-writer, or whom for)."""
    return (inner.split()[0].lower() not in ("avec", "with", "mit", "con", "com")
            and _PICTURE_ROLES.fullmatch(inner) is None and _WRITING_ROLES.fullmatch(inner) is None
            and not is_organisation(inner) and agency(inner) is None)


# "Jane Roe (reporting) and John Doe (photography)": what each person did, in parentheses after the name.
_ROLE_TAG = lazy_compile(r"\s*\((?P<role>[^()]{2,30})\)")
_PICTURE_ROLES = lazy_compile(r"(?:photo(?:graph)?(?:y|s|ie)?|pictures?|images?|video|graphics?|illustrations?|fotos?"
                              r"|fotograf(?:ía|ia|ie)|bilder?)", re.I)
_WRITING_ROLES = lazy_compile(r"(?:reporting|writing|words|text|texte?|texto|testo|report|reportage)", re.I)


def _without_picture_credits(name: str) -> str:
    """"Jane Roe (reporting) and John Doe (photography)": the byline is who wrote it, without the tags of what
    they did; who took the pictures is not in it."""
    people = [part.strip() for part in _AND.split(name) if part.strip()]
    kept = []
    for person in people:
        tag = _ROLE_TAG.search(person)
        role = tag.group("role").strip() if tag is not None else ""
        if _PICTURE_ROLES.fullmatch(role):
            continue
        kept.append(_ROLE_TAG.sub("", person).strip() if _WRITING_ROLES.fullmatch(role) else person)
    return " and ".join(kept) if kept and kept != people else name


# Words of a firm's name ("ByWater Solutions"), which a glued "By" does not sign.
_FIRM_WORD = lazy_compile(r"\b(?:Solutions|Systems|Technologies|Technology|Software|Labs|Inc|Ltd|LLC|GmbH|Partners|"
                          r"Services|Consulting|Corp|Company|Enterprises|Industries|Holdings|Products)\b")
_NAME_PARTICLES = frozenset("de da di del della der den van von la le bin al y e".split())


def _glued_by(text: str) -> bool:
    text = text.lstrip(_LEAD)
    return text[:2].lower() == "by" and text[2:3].isupper()


def _reads_as_name(name: str) -> bool:
    """Whether the words after a glued "By" read as people's names: capitalised (or in capitals), no firm's word."""
    words = name.replace(",", " ").split()
    return (_FIRM_WORD.search(name) is None
            and all(word[0].isupper() or word in _NAME_PARTICLES or word in ("and", "&") for word in words))


_NAME_WORD = lazy_compile(r"[A-ZÀ-Þ][\w.'’\-]*")


def _name_then_publication(text: str) -> Optional[tuple[str, str]]:
    """A name of two or three words, then a publication's with no separator between ("Jane Roe Valley News",
    "Jane Roe The Valley Courier"), or several names joined by "and", then a wire's ("DANA WHITFIELD and OSCAR MENDEL
    Associated Press", "… The Associated Press"). Most names have two words: a two-word name is tried first."""
    words = text.split()
    if _NAMES_AND.search(text) is not None:
        for size in range(3, 0, -1):  # (the longest wire's name first: "… The Associated Press")
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            if (agency(tail) is not None
                    and all(2 <= len(part.split()) <= 3 and all(_NAME_WORD.fullmatch(w) for w in part.split())
                            for part in _AND.split(head))):
                return head, tail
    # (a wire's whole name first: "ROSA M. VILLARREAL Associated Press" is not "ROSA M." of "VILLARREAL Associated Press")
    # (and a paper led by its article: "Jane M. Roe The Valley Courier")
    for fits in (lambda tail: agency(tail) is not None, lambda tail: tail[:4] == "The " and is_organisation(tail),
                 lambda tail: agency(tail) is not None or is_organisation(tail)):
        for size in (2, 3):
            head, tail = words[:size], " ".join(words[size:])
            if (2 <= len(words) - size <= 4 and all(_NAME_WORD.fullmatch(w) and w != "The" for w in head) and fits(tail)
                    and _NAMES_AND.match(tail) is None):
                return " ".join(head), tail
    return None


def name_before_time(text: str) -> tuple[str, Optional[str]]:
    """``text`` without a date or time printed after a name ("Jane Roe - Apr 16, 2015 8:02 pm", "Jane Roe 1 day
    ago", "Jane Roe @janeroe"), and the date when one was found."""
    if "@" in text:
        text = _HANDLE.sub("", text).strip(" ,")
    text = _READING_TIME.sub("", text)
    found = find_date(text)
    if found is None and (spaced := _glued_date_apart(text)) is not None:
        text, found = spaced
    if found is not None:
        when, where = found
        name = _BEFORE_DATE.sub("", text[:where.start()].strip(" -–—|,•·/")).strip(" -–—|,•·/")
        name = _UNDATED_TIME.sub("", name).strip(" -–—|,•·/")
        by, space, rest = name.partition(" ")
        # ("Von Isabella.DiBiase am Samstag, …": the word "by" before a name the byline's shapes do not read)
        return (rest if space and by.lower() in _BY_LEADS and rest[:1].isupper() else name), when
    undated = _UNDATED_TIME.search(text)
    return (text[:undated.start()].strip(" -–—|,•·") if undated else text), None


# "Jonas WeberJonas Weber", "Jane Roe Jane Roe": a name of two to four words printed twice.
_NAME_TWICE = lazy_compile(r"(?P<name>[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){1,3}) ?(?P=name)")
_GLUED_DATE_REACH = 80  # characters, at most, in a byline line with the day glued to the name
# A figure glued to a word's last letter: where a page joined the date to the name before it.
_LETTER_THEN_FIGURE = lazy_compile(r"(?<=[^\W\d_])(?=\d)")


def _glued_date_apart(text: str) -> Optional[tuple[str, tuple[str, re.Match[str]]]]:
    """``text`` with a space between a name and the date glued to its last letter ("Theresa Pichlmayr22. Jänner 2025,
    07:30"), and the date found there; None if no date starts at such a joint."""
    joint = _LETTER_THEN_FIGURE.search(text)
    if joint is None:
        return None
    spaced = f"{text[:joint.start()]} {text[joint.start():]}"
    found = find_date(spaced)
    return (spaced, found) if found is not None and found[1].start() == joint.start() + 1 else None


# A company's legal form, abbreviated with its stop, closing its name ("Inc.", "Ltd.", "Corp.", "S.A.").
LEGAL_FORM_STOP = lazy_compile(r"\s(?:Inc|Ltd|Corp|Co|Plc|Ltda|Cia|S\.A|S\.p\.A|N\.V|B\.V|S\.L)\.$")
# "10 News Digital Team", "7News Staff": a station's newsroom by its channel's figure and name, as it signs a story.
_NUMBERED_NEWSROOM = lazy_compile(r"\d{1,2} ?[A-Z][\w]*(?: [A-Z][\w]*){0,3} (?:Staff|Team|Desk|Newsroom|Reports?)")
# "Jane Roe • 3 min read": how long the story takes to read, after the name.
# (between the name and the date too: "Jane Roe · 5 min read · March 3, 2024")
_READING_TIME = lazy_compile(r"\s*[•·|,–—-]?\s*" + READING_TIME + r"(?=\s*(?:[•·|,–—-]|$))", re.I)
# Words of a job title: "Mike Brest, Defense Reporter" is a name and a role, "Jane Roe, John Doe" two names.
# "Repórter da Agência Brasil - Brasília", "Correspondent for Valley News": a writer's job at their newsroom, in the six
# languages, and where they wrote from after a dash.
_JOB_AT_NEWSROOM = lazy_compile(
    r"(?:[\w\-]+ ){0,2}(?i:reporter|repórter|reporter[oa]|journalist|jornalista|journaliste|periodista|giornalista"
    r"|redakteur(?:in)?|rédact(?:eur|rice)|redactor(?:a)?|redattore|redattrice|correspondent|correspondente|corresponsal"
    r"|correspondant(?:e)?|corrispondente|korrespondent(?:in)?|editor(?:a)?|writer|columnist|colunista|columnista)"
    r"\s+(?:da|do|de|del|della|dell['’]|of|at|for|für|bei|pour|à|de la)\s*(?P<newsroom>[A-ZÀ-Þ][^–—]{1,50}?)"
    r"(?:\s+[-–—]\s+(?P<place>[A-ZÀ-Þ][\w'’\- ]{1,40}))?")
_JOB_AT_NEWSROOM_IN = lazy_compile(r"\s[-–—]\s(?P<job>" + _JOB_AT_NEWSROOM.pattern + r")$")


def wire_of_job(text: str) -> Optional[str]:
    """The wire a writer's job names, on a line of its own ("Repórter da Agência Brasil", "Correspondent for Reuters",
    "AP Golf Writer"), or None."""
    found = _JOB_AT_NEWSROOM.fullmatch(text)
    if found is not None:
        return agency(found.group("newsroom"))
    wire = text.partition(" ")[0]
    return agency(wire) if wire.isupper() and wire_in_job(text) is not None else None  # ("AP Golf Writer")


def wire_in_job(job: str) -> Optional[str]:
    """The wire named first in a writer's job ("PA Political Correspondent", "AP Business Writer"), as printed."""
    wire, _, rest = job.partition(" ")
    return wire if rest and agency(wire) is not None and is_role(rest) else None


def place_after_newsroom(text: str) -> Optional[str]:
    """Where the writer wrote from, after their job at the newsroom at a byline's end ("… Por Jane Roe - Repórter da
    Agência Brasil - Brasília"), or None."""
    found = _JOB_AT_NEWSROOM_IN.search(text) if " - " in text or " – " in text or " — " in text else None
    if found is not None:
        return found.group("place")
    # ("Por Renata Albuquerque, Folha das Pedras — Itaúna do Sul (MG)": the name, the paper, then where from)
    by, space, rest = text.partition(" ")
    placed = _NAME_NEWSROOM_PLACE.fullmatch(rest if space and by.lower() in _BY_WORDS else text) if (
        " — " in text or " – " in text) else None
    if placed is not None and (is_paper_name(placed.group("newsroom")) or agency(placed.group("newsroom")) is not None
                               or is_organisation(placed.group("newsroom"))):
        return placed.group("place").strip()
    return None


_ROLE_WORD = lazy_compile(
    r"\b(?:reporter|writer|editor|correspondent|columnist|contributor|staff|producer|analyst|photographer|"
    r"photojournalist|journalist|critic|chief|bureau|host|anchor|director|manager|fellow|intern|researcher|"
    r"author|senior|deputy|freelance|contributing|special|investigative|political|white house)s?\b"
    # (and the writer's job in the other languages: "Ana Ruiz | Corresponsal", "Hans Müller, Redakteur")
    r"|\b(?:corresponsal|periodista|reporter[oa]|redactor(?:a)?|enviad[oa]|jornalista|repórter|correspondente|redator(?:a)?"
    r"|giornalista|corrispondente|inviat[oa]|redattore|redattrice|journaliste|correspondant(?:e)?|rédact(?:eur|rice)"
    # (in German compounds too: "Wirtschaftsredakteur", "Lokalreporterin", "Auslandskorrespondent")
    r"|envoyée?|[^\W\d_]*?(?:redakteur(?:in)?|redaktor(?:in)?|korrespondent(?:in)?|reporterin|reporter|journalistin)"
    # (and the ones that lead a desk: "Stefano Rizzuto, Caporedattore Economia")
    r"|caporedat(?:tore|trice)|vicedirett(?:ore|rice)|chefredakteur(?:in)?|ressortleiter(?:in)?|jefe|jefa|chefe|editora?)"
    r"(?:s|es|en|innen)?\b", re.I)
# "Riverstadt": where a writer writes from, after the name and a comma (one capitalised word: two may be a second
# writer's name, "Jane Roe, John Doe").
# The capital letters of the Latin alphabets ("Álvaro", "Łukasz", "Şahin"): a name's first letter.
CAPITAL = "[" + "".join(chr(code) for code in range(0x250) if chr(code).isupper()) + "]"
_PLACE_WORDS = lazy_compile(r"[A-ZÀ-Þ][\w'’\-]+")
# A place's name alone on its line: one to three capitalised words, the little words of places between
# ("Valladolid", "Rio de Janeiro", "Frankfurt am Main").
_PLACE_ALONE = lazy_compile(CAPITAL + r"[\w'’.\-]+(?:\s+(?:(?:de la|de las|de los|de|del|do|dos|da|das|di|dei|della|delle|degli"
                            r"|dello|sul|sulla|am|an der|im|sur|en|la|le|el)\s+)?"
                            + CAPITAL + r"[\w'’.\-]+){0,2}")


# "Thomas Lebrun - infopublique": the writer, a spaced dash, then the site's own name in small letters.
_NAME_THEN_BRAND = lazy_compile(r"(?P<name>[^–—\-]{3,60}?)\s+[–—\-]\s+(?P<brand>[a-z][a-z0-9.]{1,24})")


def name_then_brand(text: str) -> Optional[tuple[str, str]]:
    """``(name, site)`` when ``text`` is a writer's name, a spaced dash, then a site's name written in small letters
    as some sites write theirs ("Thomas Lebrun - infopublique"); None otherwise (a job there is the writer's:
    "Jane Roe - reporter")."""
    found = _NAME_THEN_BRAND.fullmatch(text) if " " in text else None
    if (found is None or not is_bare_name(found.group("name")) or _ROLE_WORD.search(found.group("brand"))
            or is_function_word(found.group("brand"))):
        return None
    return found.group("name"), found.group("brand")


# "Harriet MouldNBN News", "Niamh Ó CeallaighSat 23 Mar": the writer's name with the page's next element glued to its
# last letter: a name in capitals, or a weekday or month (not a name's own capital, "McKenzie", "DeSantis": the
# part before it is the whole word then, of three letters at least, no "Mc" or "Mac" first).
_GLUED_AFTER_NAME = lazy_compile(r"\b(?!Mc|Mac)[A-ZÀ-Þ][a-zà-ÿ'’]{2,30}(?=[A-Z]{2,}\b|(?:Mon|Tue|Wed|Thu|Fri|Sat"
                                 r"|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
                                 # (or a newsroom's name that opens with its article: "Colin RuddThe Canadian Press")
                                 r"|The [A-Z])")


_WORD_GLUED_TO_CAPITALS = lazy_compile(r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*)+)[A-ZÀ-Þ][a-zà-ÿ]{3,}")


def unglued_name(text: str) -> str:
    """``text`` without what the page glued to the writer's name (see ``_GLUED_AFTER_NAME``), when a name is left."""
    if text[-1:].islower() and (shouted := _WORD_GLUED_TO_CAPITALS.fullmatch(text)) is not None and is_bare_name(
            shouted.group("name").title()):
        return shouted.group("name")  # "MARTA ESCUDERO GILActualizado": a word glued to a name in capitals
    joint = _GLUED_AFTER_NAME.search(text)
    if joint is None or not is_bare_name(name := text[:joint.end()]):
        return text
    return name


def is_place_alone(text: str) -> bool:
    """Whether ``text`` may be a place's name alone ("Valladolid", "Rio de Janeiro"), as a byline block prints
    where the story was written."""
    return (len(text) <= _PLACE_CHARACTERS and _PLACE_ALONE.fullmatch(text) is not None
            and text.lower() not in NEWSROOM_WORDS)


_STATE_AFTER_TOWN = lazy_compile(r"(?<=\w)(?: \((?:[A-Z]{2,3}|[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ]+)*)\)"
                                 # (a Brazilian state's letters after a dash: "Campo Grande - MS")
                                 r"| - (?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO))$")
_ARTICLE_AND_COMPOUND = lazy_compile(r"(?:Le|La|Les|L['’]) ?[A-ZÀ-Þ][a-zà-ÿ]+(?:-(?:[a-zà-ÿ]+|[dl]['’])?-?[A-ZÀ-Þ][a-zà-ÿ]+)+")


def place_after_name(text: str) -> bool:
    """Whether ``text``, after a writer's name and a comma or a bar, is where they write from: a place of up to three
    words, as printed or in capitals ("Villa Cotoca Norte", "LUMBALA-SUL"; five capitals or fewer in one word are a
    station's or a wire's letters, "WVLR"), no organisation; or a town and its region after a comma ("Juchitán,
    Oaxaca")."""
    text = town_without_state(text)
    if _ROLE_WORD.search(text) is not None or text.rpartition("-")[2].lower() in NEWSROOM_WORDS:
        return False  # ("Columbus Bureau Chief", "Ratsblick-Redaktion": a job at a desk, a newsroom's name)
    town, comma, region = text.partition(", ")
    if comma and region.count(" ") < _REGION_WORDS and "," not in region:
        return place_after_name(town) and place_after_name(region)
    words = text.split()
    # (the little words of a place's name not counted: "Santa Cruz de Tenerife")
    if len(words) > _PLACE_AFTER_NAME_WORDS + 1 or sum(word not in _PLACE_JOINERS for word in words) > _PLACE_AFTER_NAME_WORDS:
        return False
    # (a short word in capitals is a place when it is written as words are, two vowels and not a station's K or W
    # first: "LUGO", "LIMA"; "WVLR", "KOMO", "CNN" are letters)
    spoken = sum(char in "AEIOUÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÃÕ" for char in text) >= 2 and text[:1] not in "KW" and agency(text) is None
    place = place_in_ordinary_case(text) if text.isupper() and (" " in text or len(text) > _ACRONYM_LETTERS or spoken) else text
    # (an article first is a paper's name, "Le Courrier", unless a compound joins the words, as French places do:
    # "Les Verrières-du-Haut", "La Roche-sur-Yon")
    return is_place_alone(place) and (not is_organisation(place) or is_compound_place(place))


def is_compound_place(text: str) -> bool:
    """Whether ``text`` is a place whose words a compound joins after its article, as French places are written ("Les
    Verrières-du-Haut", "La Roche-sur-Yon"): neither a paper's name nor a person's."""
    return _ARTICLE_AND_COMPOUND.fullmatch(text) is not None


def town_without_state(text: str) -> str:
    """``text`` without the state's or province's letters, or the department's name in brackets, after a town ("Santa
    Ilíria (RS)", "Campo Grande - MS", "Hohwiller-les-Vignes (Bas-Rhin)": the town)."""
    if text[-1:] in ")ABCDEFGHIJKLMNOPQRSTUVWXYZ" and (state := _STATE_AFTER_TOWN.search(text)) is not None:
        return text[:state.start()]
    return text


def place_in_ordinary_case(text: str) -> str:
    """A place's name in capitals as it reads in ordinary case, its little words in small letters ("CASTELNUOVO DEI
    COLLI": "Castelnuovo dei Colli")."""
    return " ".join(word.lower() if index and word.lower() in _PLACE_JOINERS_IN_CAPITALS else word
                    for index, word in enumerate(text.title().split()))


_PLACE_AFTER_NAME_WORDS = 3
_REGION_WORDS = 3  # at most, in the region after a town and a comma
_PLACE_JOINERS = frozenset("de del da do dos das di du des la las los le les".split())
_PLACE_JOINERS_IN_CAPITALS = _PLACE_JOINERS | {"dei", "della", "delle", "degli", "sul", "sulla", "am", "an", "im", "sur", "en"}
_ACRONYM_LETTERS = 5
_PLACE_CHARACTERS = 30
# The newsroom's word for itself, in the six languages: who wrote the story, never where ("ATS / Redazione").
NEWSROOM_WORDS = (frozenset("newsroom newsdesk staff redaktion rédaction redacción redação redacção redazione".split())
                  # (Portugal's spelling too; "Newsdesk", a British paper's)
                  # (Quebec's word for it; the wires in general, as a byline names them: "Agencias")
                  | frozenset(("salle des nouvelles", "agencias", "agências", "agences", "agenturen", "agenzie", "agencies")))
NEWSROOM_MARKS = frozenset(("red",))  # (German papers' short mark for their newsroom, under a story or after its town)
# "Jane Roe Senior Reporter": a name, then the writer's job without a comma.
# (also glued to the name's last letter, as a page joins two elements: "Evan HalperStaff Writer")
# A name, a wire's short name and a job, as the wires' own pages sign: "DEREK HOLLOWAY AP Golf Writer".
_NAME_WIRE_JOB = lazy_compile(r"(?P<name>[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){1,3}) (?P<wire>[A-Z]{2,5}) (?P<job>[A-Z][\w ]{3,40})")
_NAME_THEN_JOB = lazy_compile(r"(?P<name>[A-ZÀ-Þ][\w.'’\-]*(?:\s+[A-ZÀ-Þ][\w.'’\-]*?){1,2}?)(?:\s+|(?<=[a-z])(?=[A-ZÀ-Þ]))"
                              r"(?i:(?:senior|chief|staff|political|sports|local|news|digital|court|crime|health|business"
                              r"|investigative|freelance|democracy|affairs|education|environment|science|data|features"
                              # (the beat, as papers name their desks: "Travel Reporter", "Showbiz Editor")
                              r"|travel|transport|consumer|motoring|property|entertainment|showbiz|arts|culture|food"
                              r"|weather|legal|home|foreign|world|energy|technology|tech|money|economics|royal|fashion"
                              r"|music|film|politics|parliamentary|markets|finance|farming|community|deputy|assistant"
                              r"|associate|contributing|regional|national)\s+){0,2}"
                              r"(?i:reporter|writer|editor|correspondent|journalist|columnist|fact-checker)s?")
# "and" in the languages of the corpus; the one-letter ones only in lower case ("John E. Smith" is one name).
_AND = lazy_compile(r"\s*(?:;|&|\b(?i:and|und)\b|\b(?:et|y|e)\b)\s*")


_WITH_OTHERS = lazy_compile(r"\s*\((?:avec|with|mit|con|com)\s+(?P<names>[^()]+)\)")


def contributors(byline: str) -> list[dict[str, object]]:
    """The people and organisations a byline names, each with its job title when the byline gives one.

    "Christian Datoc and Mabinty Quarshie" is two people; "Mike Brest, Defense Reporter" one person
    and a role; "AP", "Reuters", "Morning Wire" organisations (an agency by the name it is credited as).
    """
    out: list[dict[str, object]] = []
    byline = _WITH_OTHERS.sub(r" and \g<names>", byline)  # "Jeanne Roux (avec Jean Dupont et Ada Lund)"
    for part in _AND.split(byline):
        pieces = [piece.strip(" ,") for piece in part.split(",")]
        pieces = [piece for piece in pieces if piece]
        while pieces:
            name = pieces.pop(0)
            role = None
            if pieces and _ROLE_WORD.search(pieces[0]):
                role = pieces.pop(0)
            out.append(_contributor(name, role))
    return out


def _contributor(name: str, role: Optional[str]) -> dict[str, object]:
    credited = agency(name)
    if credited is not None:
        return {"name": credited, "role": role, "kind": "organization"}
    kind = "organization" if is_organisation(name) and not _ROLE_WORD.search(name) else "person"
    return {"name": name, "role": role, "kind": kind}


SHORT_NAME = lazy_compile(CAPITAL + r"[\w.'’\-]*")  # a capitalised word of a name
_NAME_SEPARATORS = " |·•-–—/,"


# After a date, the word for "by" in the languages read: "March 3, 2024 by Jane Roe", "3. März 2024 von Hans Müller",
# "4.02.2022 par Jeanne Roux", "3 de marzo de 2024 por Ana Ruiz", "3 marzo 2024 di Marco Rossi".
# "Publicado em", "Published", "Publié le": a stamp's label before the date
_STAMP_LABEL = lazy_compile(r"\s*(?:(?:published|posted|publicado|publicada|publié|publiée|posté|postée|veröffentlicht|pubblicato|publicado el"
                            r")(?:\s+(?:on|em|el|le|am|il))?:?"
                            # (or the little word alone, as a blog's theme prints it: "on March 10, 2015 by Jane Roe")
                            r"|(?-i:on|le|am|el|em|il))\s*", re.I)
_BY_AFTER_DATE = lazy_compile(r"[\s|·•/–—-]*(?:by|von|par|por|di|da)\s+", re.I)
# (the name may be glued on: "14 May 2024 - 17:25By Nomvula Zulu")
# A time zone spelled out after the time: "Eastern Daylight Time", "Pacific Time", "Central European Summer Time".
_ZONE_SPELLED = lazy_compile(r"(?:[A-Z][a-z]+ ){1,3}(?:Standard |Daylight |Summer )?Time")
_CLOCK_AFTER_DATE = lazy_compile(r",?\s*(?:at|um|à|às|alle|a las|-|–|—|\|)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?"
                                 # (the name glued to the time: "| 08:12Francisca Soto Urrutia")
                                 r"(?=\s|(?-i:By |Von |Par |Por )|(?-i:[A-ZÀ-Þ][a-zà-ÿ]))", re.I)
# How long the story takes to read, at the end of the line, in the six languages: "· 4 min read", "Lesezeit: 4 Min."
_READING_TIME_AT_END = lazy_compile(r"\s*[·•|,]?\s*(?:" + READING_TIME + r"|(?:lesezeit|lesedauer|reading time|temps de lecture"
                                    r"|tiempo de lectura|tempo de leitura|tempo di lettura)\s*:?\s*(?:ca\.\s*)?\d+\s*min\w*\.?)\s*$",
                                    re.I)


def date_then_name(text: str, found: tuple[str, "re.Match[str]"]) -> Optional[str]:
    """The name in "March 3, 2024 | Jane Roe" and "March 3, 2024 by Jane Roe": a date, a separator or the word for
    "by", and a name alone after it (None otherwise)."""
    signed = date_then_byline(text, found)
    return signed[0] if signed is not None else None


def date_then_byline(text: str, found: tuple[str, "re.Match[str]"]) -> Optional[tuple[str, Optional[str]]]:
    """The name in "March 3, 2024 | Jane Roe", and the newsroom the byline after the date names, if any ("… Por Camila
    Boaventura - Repórter da Agência Nacional"); None where no name alone follows the date."""
    iso, where = found
    if (where.start() > 0 and _STAMP_LABEL.fullmatch(text, 0, where.start()) is None
            and not names_weekday(text[:where.start()].strip(" ,"))):  # ("Martes 14 de mayo de 2024 | …": the day's name)
        return None
    rest = text[where.end():]
    if (clock := _CLOCK_AFTER_DATE.match(rest)) is not None:
        rest = rest[clock.end():]  # "1.11.23 20:19 von Lars Sobiraj": the time, then the name
        if _ZONE_SPELLED.fullmatch(rest.strip()) is not None:
            return None  # ("March 18, 2025 09:00 AM Eastern Daylight Time": the time's zone, spelled out)
    rest = _READING_TIME_AT_END.sub("", rest)  # "... von Lars Sobiraj Lesezeit: 4 Min."
    if (by := _BY_AFTER_DATE.match(rest)) is not None:
        if (parts := byline_parts(rest.lstrip(_NAME_SEPARATORS))) is not None and parts[0]:
            if " " not in parts[0] and (wire := agency(parts[0])) is not None:
                return parts[0], wire  # "Veröffentlicht am 18. Oktober 2023 von KNA": the wire signs it, as printed
            # (or the newsroom's word: "Posted on March 5, 2024 by Newsroom")
            return (parts[0], parts[1]) if is_bare_name(parts[0]) or parts[0].lower() in NEWSROOM_WORDS else None
        rest = rest[by.end():]
    elif clock is None and not any(mark in rest[:4] for mark in "|·•-–—/") and not (
            rest[:1].isupper() and text[where.end() - 1].isdigit() and _LOWER_THEN_CAPITAL.search(rest) is None):
        # (a name glued to the year, as a page joins two elements: "19. Juli 2024Markus Zbinden"; not more elements
        # glued after it, "04 de mayo de 2022Edición ImpresaPDF")
        return None
    name = rest.strip(_NAME_SEPARATORS)
    if " " not in name and (wire := agency(name)) is not None:
        return name, wire  # "03.04.2024 – sda": the wire signs it, as printed
    return (name, None) if is_bare_name(name) or name.lower() in NEWSROOM_WORDS else None  # (or "12. Januar 2023 · Redaktion")


def is_bare_name(text: str) -> bool:
    """Whether ``text`` is a name alone: two to four capitalised words ("Jane Roe")."""
    words = text.split()
    return (2 <= len(words) <= 4 and all(SHORT_NAME.fullmatch(word) for word in words)
            and words[-1].lower() not in OBITUARY_WORDS  # ("Margaret Ellison Obituary": her obituary's title)
            and words[0].lower() not in PLACE_NAME_OPENINGS)  # ("São Paulo", "Fort Worth": a place's name)


# The words a place's name opens with and a person's does not, in the six languages.
PLACE_NAME_OPENINGS = frozenset("são santa santo san saint sainte st. ste. sankt fort port puerto porto ciudad cidade "
                                 # (a canton, a district, a county, a province: "Kanton Luzern", "Landkreis Cham")
                                 "kanton canton landkreis bezirk provinz provincia província comune county".split())


OBITUARY_WORDS = frozenset("obituary obituaries nachruf nécrologie obituario obituário necrologio".split())


_JOB_AFTER_COMMA_WORDS = 3  # at most, in the job after a name and a comma ("Senior Staff Writer")


# A contributor not on the staff, as Quebec's papers say it after the name ("Jean Roy, collaboration spéciale").
_SPECIAL_CONTRIBUTION = lazy_compile(r"collaboration spéciale|collaborat(?:eur|rice) spéciale?", re.I)


def contributor_name(text: str) -> Optional[str]:
    """The name in ``text`` when it is a contributor's, who is not on the staff: a name, a comma and what they write
    for ("Margot Hart, Special to the Bytown Examiner", "Jean Roy, collaboration spéciale")."""
    name, comma, credit = text.partition(",")
    credit = credit.strip()
    if comma and is_bare_name(name) and (WRITING_FOR.fullmatch(credit) or _SPECIAL_CONTRIBUTION.fullmatch(credit)):
        return name.strip()
    return None


def is_name_with_job(text: str) -> bool:
    """Whether ``text`` is a name, a comma and a job title ("Jane Roe, Staff Writer"): a byline, however
    title-like."""
    name, comma, job = text.partition(",")
    words = job.split()
    if comma and contributor_name(text) is not None:
        return True
    # (the job in title case or in sentence case: "Staff Writer", "Staff writer")
    return (bool(comma) and "," not in job and 0 < len(words) <= _JOB_AFTER_COMMA_WORDS and is_bare_name(name)
            and SHORT_NAME.fullmatch(words[0]) is not None and all(SHORT_NAME.fullmatch(word) or word.islower()
                                                                   for word in words[1:])
            and (_ROLE_WORD.fullmatch(words[-1]) is not None
                 # ("Reto Ammann, Redaktor Region": the job, then the desk, as German-language papers put it;
                 # "Marie-Ève Tremblay, Correspondante parlementaire": the job, then what it covers in small letters)
                 or len(words) <= 3 and _ROLE_WORD.fullmatch(words[0]) is not None
                 and all(word.lower() in SECTIONS or word.lower() in _DESK_WORDS or word.islower() for word in words[1:])))
    # (a job title ends with its noun: "Council Backs Plan, Writers Say" is a headline)
