"""Photo captions: a sentence about a picture that ends with who took it."""

from __future__ import annotations

import re
from typing import Optional

from ._lazy_patterns import lazy_compile
from .agencies import CALL_LETTERS, LOWER_CASE_WIRES, agency, call_letters
from .chrome import chrome_reason
from .dates import find_date, parse_date
from .people import (EMAIL_ADDRESS, PRESS_OFFICE, byline_parts, is_bare_name, is_organisation, is_publication_name, is_role,
                     place_after_name)
from .language import CLOSING_QUOTES, is_function_word
from .mastheads import SECTIONS
from .remember import short_lines_remembered
from .rights import RIGHTS_RESERVED

_LABEL = lazy_compile(r"^(?P<label>file|photo|image|video|pictured|above|top)\s*(?::|\s[-–—])\s+(?=\S)", re.I)
_PAREN_CREDIT = lazy_compile(r"^(?P<caption>.*\S)\s*\((?P<credit>[^()]{2,80})\)$")
_BRACKET_CREDIT = lazy_compile(r"^(?P<caption>.*\S)\s*\[(?P<credit>[^\[\]]{2,80})\]$")
# "... on Monday. Photo by Jane Roe", "Photo courtesy of Jane Roe", "Photo provided by the Valley Council", "Supplied
# by Jane Roe", "Staff photo by Jane Roe", "Photo illustration by Jane Roe": who took it or gave it, after the
# caption's last sentence (a capitalised word may say whose picture it is: the paper's staff's, a pool's).
# ("Pic by", "Pix by": the short words South Asian papers credit with)
PICTURE_BY = (r"(?:(?:[A-ZÀ-Þ][a-zà-ÿ]+ (?=[a-z]|Photo|Picture|Image|Video|Pic))?(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Vv]ideo|Pic|Pix)s?(?: illustration)? "
              r"(?:(?:provided |supplied )?by|courtesy(?: of)?|from|via):?|(?:Provided|Supplied|Illustration) by:?"
              # (in capitals, as some papers set the credit after the caption: "… Aug. 5, 2025. PHOTO BY JANE ROE")
              r"|(?:PHOTO(?:GRAPH)?|PICTURE|IMAGE|VIDEO)S? (?:BY|COURTESY(?: OF)?):?) ")  # (a colon after "by" too)
# What any of them holds, found in a paragraph several times faster than the whole pattern: a quick test before it.
PICTURE_BY_MARK = (r"(?:(?:Photo(?:graph)?|Picture|Image|Video|Pic|Pix)s? (?:(?:provided |supplied )?by|courtesy|via)"
                   r"|(?:Provided|Supplied) by|photo by|llustration by|(?:PHOTO|PICTURE|IMAGE)S? BY):? ")
# (an abbreviation's stop inside the credit: "Photo courtesy of Sta. Monica MPS")
_PICTURE_BY_LINE = lazy_compile(rf"{PICTURE_BY}(?:the )?[A-ZÀ-Þ][\w'’&\-]*(?: [A-ZÀ-Þ][\w'’&\-]*){{0,3}}")
_PICTURE_BY_PREFIX = lazy_compile(PICTURE_BY)
_BY_CREDIT = lazy_compile(rf"^(?P<caption>.*[.!?])\s+(?:[-–—]\s*)?(?P<credit>{PICTURE_BY}(?:the )?[A-ZÀ-Þ](?:[^.!?]|\.(?= [A-ZÀ-Þ])){{1,60}})$")
# Words that label a picture's credit ("Photo:", "Foto:", "Bild:", "Crédit photo :", "Quelle:"), in the
# languages newsconv reads; sites print them capitalised or not, with or without a space before the colon.
# Words for a text's source ("Quelle", "Fuente") are left out: under a story's last paragraph they credit the story.
_CREDIT_WORDS = (r"(?:photo(?:graph)?s?|photographer|pictures?|pics?|pix|ph|images?|illustration|credits?|photo credit|"
                 r"image credits?|picture credits?|photo credits|(?:image|photo|picture) source|fotocredit|fotos?|fotografía|fotografia|bild(?:er)?|bildquelle|fotoquelle|"
                 r"crédits?(?: photo)?|créditos?|crediti|credito|imagen|imagem|immagine|(?:(?:photo|picture|image) )?courtesy|supplied"
                 # (Italian's source of a picture: "Fonte foto: Facebook", "Fonte immagine: Comune")
                 r"|fonte (?:foto|immagine)"
                 # (a rendering's, a graphic's, a stock picture's: "Visualisierung: zvg", "Symbolbild: dpa")
                 r"|visuali[sz]ierung|visualisation|visualización|grafik|infografik|symbolbild|symbolfoto|archivbild|archivfoto"
                 r"|bildrechte|bildnachweis|fotonachweis"
                 # ("Gentileza: vecinos", "Cortesía: …": a picture given by whom it names)
                 r"|gentileza|cortesía|cortesia"
                 # (a drawing's or a graphic's: "Ilustração: Davi Lacerda/UFAP", "Arte: G1")
                 r"|ilustra(?:ção|ción|zione)|infograf(?:ia|ía)|arte"
                 # (a still from a broadcast or a screen: "Captura: Sol TV", "Capture d’écran : X")
                 r"|captura(?: de pantalla| de tela| de ecrã)?|capture d['’]écran|bildschirmfoto"
                 # (a picture reproduced from a print or a document: "Repro: Brauerei Gradl", "Reproduktion: Stadtarchiv")
                 r"|repro|reproduktion|reprodução|reproducción|riproduzione"
                 # (a file picture's, and whose: "(Arquivo: Ponto Moz)", "Archivo: EFE")
                 r"|arquivo|archivo|archivio)")
# One label, or one inside another ("Credit: Photo: PA", "Bild: © Jane Roe", "© Foto: Jane Roe").
# (the word for a picture before the copyright sign, without its colon: "Bild © picture alliance/dpa")
_CREDIT_LABELS = lazy_compile(rf"(?:(?:{_CREDIT_WORDS}\s*:|(?:foto|photo|bild|image|imagen|imagem)\s+(?=©)|©"
                              rf"|(?-i:Credits?(?= [A-ZÀ-Þ])))\s*)+", re.I)
_NAMED_CREDIT = lazy_compile(
    # (the paper's initials or its name in capitals before the word: "ST PHOTO: …", "ISLAND DAILY PHOTO: …")
    # (a dash between the stop and the label: "… from March 1. — Pix: AZMAN HARUN/The Herald")
    rf"^(?P<caption>.*?[.!?…])\s*(?:[-–—]\s+)?(?-i:[A-Z]{{2,4}}\s+|(?:[A-Z][A-Z'’&\-]+\s+){{1,3}}(?=PHOTO|FOTO|PICTURE|IMAGE))?"
    rf"(?:{_CREDIT_WORDS}|source)\s*:\s*(?P<credit>[^.:]{{2,80}}?(?::[^.:]{{2,60}}?)?|(?-i:[A-Z]\.[A-Z]\.))\.?$", re.I)
# "... the incident Credit: Jane Roe - The Sun", "... on Monday Credit Jane Roe/Getty Images": a capitalised
# credit word glued to a caption without a stop ("Credit" also without its colon, before a capitalised name).
_GLUED_CREDIT = lazy_compile(
    # (also glued to the date that ends the caption: "... on Monday, March 4, 2024Photo: Jane Roe"; a name may hold
    # the word, "UniCredit:", and after a stop it is more often a paragraph's: "... der Kartellbehörden.Foto: Name")
    # (or to the caption's last word, the picture's word alone: "… mit der GewinnsummeFoto: Privat")
    r"^(?P<caption>.*?\S)(?:\s+|(?<=[0-9])(?=[A-ZÀ-Þ])|(?<=[a-zà-ÿ]{3})(?=(?:Foto|Photo|Bild|Imagen|Imagem)s?:))"
    r"(?:(?:Credit|CREDIT|Photo [Cc]redit|Image [Cc]redit|Picture"
    r"|Pic|Photo|Photograph|Photographer|Image|Illustration|Crédit|Crédito|Foto|Fotocredit|Bild|Bildquelle|Imagen|Imagem"
    r"|Ilustração|Ilustración|Illustrazione|Fonte (?:foto|immagine)"
    # (in capitals too: "… apontado por Mabaya Júnior FOTO: DOMINGOS CASSULE")
    r"|PHOTO|FOTO|IMAGE|IMAGEN|IMAGEM|BILD|CRÉDIT|CRÉDITO)s?\s*:\s*|(?<=[.!?] )(?:Credit\s+)+(?=[A-ZÀ-Þ]))+"
    # (the stop of initials is theirs: "Foto: D.R.")
    r"(?P<credit>[^:]{2,80}?(?::[^:]{2,60}?)?)(?:(?<![A-Z]\.[A-Z])\.)?$")
# "... on Monday. Jane Roe/Getty Images": a credit with a slash (photographer/agency) after the caption's
# last sentence, with nothing to mark it but its shape.
# (a note on the picture in parentheses may follow the stop: "… 48 heures. (Illustration) ALEXIS VERNET / AFP")
_PICTURE_NOTE = r"(?:\s+\((?:illustration|archives?|archivo|arquivo|archivio|archiv|symbolbild|file(?: photo)?"
_PICTURE_NOTE += r"|photo d['’]illustration|foto de archivo|foto d['’]archivio|imagen de archivo|imagem de arquivo)\))?"
# (a site's address in small letters may come first: "… ab. zack.ch/Reto Baumann")
# (the wires and picture services that write their names in small letters, first: "dpa/Karsten Voigt", "epd-bild/…")
_SMALL_LETTER_SERVICES = r"epd-bild|kna|apa|sda|ats|ansa|ddp|dts|imago(?: images)?|picture alliance|" + LOWER_CASE_WIRES
_SLASH_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?](?i:" + _PICTURE_NOTE + r"))\s*(?:[-–—]\s*)?(?P<credit>(?:[A-ZÀ-Þ][\w.'’\- ]{1,40}"
                             r"|[a-z][\w\-]{1,30}\.[a-z]{2,4}|(?:" + _SMALL_LETTER_SERVICES + r"))"
                             r"(?:/\s?\w[\w.'’&\- ]{1,40}){1,2})$")
# "... outside the town hall Jane Roe/Reuters": no stop, the credit is the run of capitalised words after the
# caption's last word in lower case, a name of two words at least ("... in Lima / AFP" credits the agency alone).
_BARE_SLASH_CREDIT = lazy_compile(r"^(?P<caption>.*\s[a-z0-9][\w'’\-]*,?)\s+(?P<credit>[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){1,3}\s?/\s?"
                                  r"[A-ZÀ-Þ][\w.'’&\- ]{1,40})$")
# "... at the scene on MondayJANE ROE/REUTERS": a caption's credit glued to its last word, a name (in capitals or
# not) of two words at least and whom they work for, after a slash. The word it is glued to is four letters long
# at least: "McCarthy", "DeShawn" and "MacKenzie" are names.
_GLUED_SLASH_CREDIT = lazy_compile(r"^(?P<caption>.*?(?:[^\W\d_]{3}[a-zà-ÿ]|\d))(?P<credit>[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){1,3}\s?/\s?"
                                   r"[A-ZÀ-Þ][\w.'’&\- ]{1,40})$")
# "... on Monday - Copyright Jane Roe/AP", "... on Monday © Jane Roe": an owner's mark before the credit.
# (the sign glued to the caption's stop too, as a page joins two elements: "… en février.© Jane Roe")
# ("(c)" for the sign, as a keyboard writes it: "… zum Matchwinner. (c) GEPA pictures/ Tom Aigner")
# (the sign glued to the caption's last word or bracket too, as a page joins two elements: "… (Archivbild)© KNA/…")
_OWNER_CREDIT = lazy_compile(r"^(?P<caption>.*\S)(?:\s+(?:[-–—|]\s*)?|(?<=[a-zà-ÿ)][.!?])|(?<=[^\W\d_]|\))(?=©))(?:Copyright|©|\([cC]\))\s*(?:\d{4}\s+)?(?P<credit>(?:[A-ZÀ-Þ]|"
                             # (a picture service that writes its name small: "© picture alliance/dpa | Jane Roe")
                             r"picture alliance\b|imago\b|" + LOWER_CASE_WIRES +
                             # (a service's name in small letters before the photographer's: "© dnp/Kai Behrens")
                             r"|[a-z][\w.\-]{1,20}/\s?[A-ZÀ-Þ])[^©]{1,60})$")
_PIPE_CREDIT = lazy_compile(r"^(?P<caption>[^|]*\S)\s+\|\s+(?P<credit>[^|]{2,60})$")
# "Il fiume in piena nell'entroterra anconetano Foto Gazzetta Adriatica": the picture's word without its colon, then the
# credit in capitalised words, after a caption without a stop.
_UNMARKED_FOTO_CREDIT = lazy_compile(r"^(?P<caption>.*[a-zà-ÿ])\s+(?:Foto|Fotos|Photo|Photos|Bild)\s+"
                                     r"(?P<credit>[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){0,3})$")
# "… on Monday. PHOTO | FAITH CHEPKOECH | RVT": the picture's label, the photographer and the paper between bars, as
# East African papers credit theirs.
_LABEL_BAR_CREDIT = lazy_compile(r"^(?P<caption>[^|]*[.!?])\s+(?:PHOTO|PHOTOS|FOTO|PICTURE|IMAGE|Photo|Foto|Picture|Image)\s*\|\s*"
                                 r"(?P<credit>[^|]{2,40}(?:\s\|\s[^|]{2,30})?)$")
# "… on March 3, 2025. | Brian Otieno | Savannah Times": after the caption's stop, a bar, the photographer, a bar and
# the paper.
_STOP_BAR_CREDIT = lazy_compile(r"^(?P<caption>[^|]*[.!?])\s+\|\s+(?P<credit>[A-ZÀ-Þ][^|]{2,40}\s\|\s[A-ZÀ-Þ][^|]{1,30})$")
# "... of the president - Jane Roe/Reuters", "President Joe Biden / AFP": a caption without a stop, a separator,
# then a slash credit or a news agency's or picture service's name (checked after the match).
_SEPARATED_CREDIT = lazy_compile(r"^(?P<caption>.*\S)\s+[-–—|/]\s+(?P<credit>[^-–—|]{2,60})$")
# "El alcalde, durante el pleno de este lunes. / Jesús Andrade": the credit after the caption's stop and a spaced slash,
# as Spanish papers print it (a name, an agency or a broadcaster: "/ EFE", "/ Onda Meseta")
_STOP_SLASH_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?»”\"])\s+/\s+(?P<credit>[A-ZÀ-Þ][\w.'’\-]*(?:\s+(?:de |del |da |do )?"
                                  r"[A-ZÀ-Þ][\w.'’\-]*){0,4})$")
_AGENCY = lazy_compile(  # (not the last part of a compound: "Abo-Service", a link's)
    r"\b(?<!-)(?:AP|AFP|Reuters|Getty|Images?|Photos?|photo|Pool|POOL|EPA|EFE|Flash90|Shutterstock|Bloomberg|UPI|Xinhua|"
    r"TASS|ANI|PTI|dpa|Sputnik|Courtesy|courtesy|handout|Handout|Supplied|supplied|File|Press|Presidency|Office|Service|Agency|"
    r"Wikimedia|Wikipedia|Alamy|iStock|NurPhoto|SOPA|Anadolu|GPO|IDF|Spokesperson|Archives?|"
    r"(?i:imago|unsplash|pixabay|pexels|picture[- ]alliance|zuma|abaca|photothek|clipdealer|"
    r"thinkstock|adobe ?stock|gettyimages|screenshot|screengrab|symbolbild"
    # picture agencies of the other languages' papers: "KEYSTONE/Jane Roe", "Jane Roe/MAXPPP"
    r"|keystone|maxppp|sipa|laif|ullstein(?: ?bild)?|hans lucas|ti-press|lapresse|imagoeconomica|fotogramma|agf"
    # a handout, a picture taken off a screen or a file photo, in the other languages: "Divulgação/Prefeitura",
    # "Reprodução/TV Globo", "Arquivo pessoal", "Cortesía"
    r"|divulga[çc][ãa]o|reprodu[çc][ãa]o|arquivo pessoal|cortes[íi]a"
    # ... and the paper's file photo, as "File" is, before the slash ("Arquivo/O Vigia do Litoral", "Archivo/La Gaceta";
    # not German's "Archiv", a menu's link too: "E-Paper / Archiv", "Archiv/Suche")
    r"|(?:arquivo|archivo|archivio)(?=\s?/)"
    # a picture's free licence: "CC BY-SA 4.0", "CC0"
    r"|cc[- ]by(?:[- ](?:sa|nd|nc))*(?:[- ]\d\.\d)?|cc0))\b")
_BARE_AGENCY = lazy_compile(r"[A-Z]{2,6}")


def _agency_alone(credit: str) -> bool:
    """An initialism ("USGS"), or a news agency's name however it is written ("Ansa", "Efe")."""
    return _BARE_AGENCY.fullmatch(credit) is not None or " " not in credit and agency(credit) is not None
_PICTURE_AGENCY = lazy_compile(r"(?:[\w.'’\-/ ]{2,40}\s+via\s+|(?:[\w.'’\- ]{2,40}\s*/\s*){1,3})?(?:Getty ?Images|Shutterstock|Alamy|iStock|EPA(?:-EFE)?|Flash90|NurPhoto|SOPA Images|"
                               r"picture[- ]alliance|imago(?: images)?|Adobe ?Stock|Unsplash|Pixabay|Thinkstock|Keystone|"
                               # a picture taken off a screen, or from the paper's files
                               r"Screenshot|Screen ?grab|Captura de pantalla|Capture d['’]écran|Bildschirmfoto|File picture|File image|"
                               r"Bloomberg|Pool|Handout|Courtesy(?: \w+){0,3}|File(?: photo)?|Getty|Staff (?:file )?photo"
                               # the paper's own file or staff picture: "Chronicle file photo", "Valley Courier staff photo"
                               r"|(?:(?-i:[A-ZÀ-Þ])[\w.'’&\-]*\s+){1,4}(?:file|staff|archive)\s+(?:photo|image|picture)"
                               # a handout, a picture taken off a screen, in Portuguese: "Divulgação", "Reprodução"
                               r"|Divulga[çc][ãa]o|Reprodu[çc][ãa]o"
                               # ... and in Spanish: "(Difusión)", "(Cedida)", "(Gentileza)"
                               r"|Difusi[óo]n|Cedid[ao]s?|Gentileza|Suministrad[ao]s?"
                               # a picture the paper was given: "(Submitted photo)", "Provided", "Photo supplied"
                               r"|(?:Submitted|Contributed|Provided|Supplied)(?: (?:photo|image|picture))?"
                               r"|(?:Photo|Image|Picture) (?:submitted|contributed|provided|supplied)"
                               # a picture agency named as most are, a name and its word for pictures: "Gallo Images",
                               # "Inpho Photography", "Backpage Pix", "Alamy Stock Photo"; "Sportsfile"
                               # (not a button's or a list's words: "View Photos", "More Photos", "Latest Photos")
                               r"|(?-i:(?!(?:View|More|Latest|All|See|Show|Top|Best|Recent|New|Our|Your|Browse|Related|Breaking"
                               r"|Featured|Trending|Popular|Daily|Weekly|Stock|Most|Watch|Gallery|Photo|Picture|In|Submit|Send|Upload"
                               r"|Share|Your)\b)"
                               r"[A-ZÀ-Þ][\w'’&\-]+(?: [A-ZÀ-Þ][\w'’&\-]+)?) (?-i:Images|Photos|Pictures|Photography|Pix"
                               r"|Stock Photo)|Sportsfile)(?:\s*(?:/|via)\s*\S.{0,40})?", re.I)
# Each credit shape with a character it cannot match without, and where to look for it:
# a parenthesised credit closes the line ("$" also allows one final line feed).
# "... on Monday.Credit...Jane Roe for The Valley Courier": the word and an ellipsis, glued to the stop or not.
_ELLIPSIS_CREDIT = lazy_compile(r"^(?P<caption>.*?)\s*Credit(?:\.\.\.|…)\s*(?P<credit>\S.{1,80})$")
# "... on Monday.CreditCreditJane Roe/The Valley Courier": the word printed twice (once for screen readers) and
# glued to the caption's stop and to the name.
_REPEATED_CREDIT = lazy_compile(r"^(?P<caption>.*?[.!?…”’\"])\s*(?:Credit\s*){2}(?P<credit>[A-ZÀ-Þ].{1,80})$")
# "... in Queens.CreditJane Roe/The Valley Courier": the word once, glued to the caption's stop and to the name; or,
# with its colon, to the caption's last word ("… on Sunday afternoonCredit: Kennet Valley News").
_GLUED_WORD_CREDIT = lazy_compile(r"^(?P<caption>.*?[.!?…”’\"])Credit(?P<credit>[A-ZÀ-Þ].{1,80})$"
                                  r"|^(?P<unstopped>.*?[a-zà-ÿ])Credit:\s*(?P<named>[A-ZÀ-Þ].{1,80})$")
# "… consiglio comunaleFoto Studio Riva": the picture's word glued to the caption's last small letter, its colon or
# not, then who took it.
_GLUED_PICTURE_WORD = lazy_compile(r"^(?P<caption>.*[a-zà-ÿ]{2})(?:Foto|Photo)s?(?::\s*|\s+)(?P<credit>[A-ZÀ-Þ][^.!?:]{1,60})$")
# "... in February.Photograph by Jane Roe for The Valley Courier": a worded label glued to the caption's stop.
_GLUED_BY_CREDIT = lazy_compile(r"^(?P<caption>.*[a-zà-ÿ]{2}[.!?])(?P<credit>(?:Photograph|Photo|Picture|Image|Video)s? by "
                                r"[A-ZÀ-Þ].{1,80})$")
# "... jeudi. JEAN DUPONT POUR « LE MONDE »", "... del jueves. JUAN PÉREZ": a photographer's name in capitals after
# the caption's sentence, with the agency after a slash or the publication the picture was taken for.
_CAPS = "A-ZÀ-ÖØ-Þ"
# "Imagen de la nave tras la extinción del fuego. B. Castaño": a photographer's initial and surname after the caption's
# stop, as Spanish and Italian papers credit their own pictures.
_INITIAL_AND_NAME_CREDIT = lazy_compile(
    r"^(?P<caption>[^.!?]*[a-zà-ÿ\d)][.!?])\s+(?P<credit>[A-ZÀ-Þ]\.(?:\s?-?[A-ZÀ-Þ]\.)?\s?[A-ZÀ-Þ][a-zà-ÿ'’\-]+"
    r"(?: [A-ZÀ-Þ][a-zà-ÿ'’\-]+)?)$")
_SPOKEN = lazy_compile(r"\b(?:I|we|We|you|You|my|My|our|Our|yo|nous|Nous|wir|Wir|ich|Ich|noi|Noi|nós|Nós|nosotros|Nosotros)\b")
_SIGNED_CAPTION_WORDS = 30  # at most, in a caption before its photographer's initial and name
_CAPITALS_CREDIT = lazy_compile(
    # (also after a long dash glued to the name: "… on Wednesday. —RAMIL T. OCAMPO")
    rf"^(?P<caption>.*[.!?](?i:{_PICTURE_NOTE}))\s+(?:[—–]\s?)?(?P<credit>[{_CAPS}][{_CAPS}'’.\-]+(?: [{_CAPS}][{_CAPS}'’.\-]+){{1,3}}"
    # (the paper after a slash may be in French quotation marks: "LOUIS FERRAND / « LE TEMPS RÉPUBLICAIN »")
    rf"(?:\s*/\s*(?:«\s*[{_CAPS}][\w'’.\- ]{{1,40}}?\s*»|[{_CAPS}][\w'’.\-]+(?: [\w'’.\-]+){{0,2}}))?"
    rf"(?:\s+(?:POUR|FOR|FÜR|PARA|PER)\s+\S.{{1,40}})?)$")
# "... el pasado enero.ELENA MARCH": the same glued to the caption's stop, as a page joins two elements.
_CAPITALS_GLUED_TO_STOP = lazy_compile(rf"^(?P<caption>.*[a-zà-ÿ]{{2}}[.!?])(?P<credit>[{_CAPS}][{_CAPS}'’\-]+"
                                       rf"(?: [{_CAPS}][{_CAPS}'’.\-]+){{1,3}})$")
# Words a sentence in capitals has and a name does not ("UNDERSTATEMENT OF THE YEAR").
_NOT_IN_NAMES = frozenset("OF THE AND OR TO IN ON AT IS ARE WAS AN WITH FROM THIS THAT DER DIE DAS UND LES ET LOS LAS IL".split())


def _name_in_capitals(credit: str) -> bool:
    """Whether the capitals before a slash or "POUR"/"FOR" read as a name (or an agency's), not a sentence."""
    name = re.split(r"\s*/\s*|\s+(?:POUR|FOR|FÜR|PARA|PER)\s+", credit)[0]
    words = name.split()
    return not any(c.isdigit() for c in credit) and _NOT_IN_NAMES.isdisjoint(words)


# "... ist unklar (Symbolbild).", "... on Monday (File photo).": the mark of an illustration or a file photo, in the
# six languages, in parentheses before the caption's stop (a credit in parentheses otherwise closes the line).
_PICTURE_MARK = lazy_compile(
    r"^(?P<caption>.*\S)\s*\((?P<credit>(?i:symbolbild|symbolfoto|archivbild|archivfoto|file(?: photo)?|stock (?:image|photo)"
    r"|photo d['’]illustration|photo d['’]archives|imagen (?:de archivo|ilustrativa)|foto de archivo|imagem ilustrativa"
    r"|foto de arquivo|foto d['’]archivio|(?:foto|immagine) di repertorio))\)\.$")
# "(Photo: Jane Roe/Reuters) Residents at ...": the labelled credit in parentheses before the caption (the word for a
# picture without its colon before a capital: "(Photo Jean-Luc Ravel) Odile Ferrand …").
_LEADING_CREDIT = lazy_compile(rf"^\((?P<credit>(?:{_CREDIT_WORDS}\s*:|(?-i:Photo|PHOTO|Foto|FOTO)\s(?=(?-i:[A-ZÀ-Þ])))"
                               rf"[^()]{{2,80}})\)\s*(?P<caption>\S.*)$", re.I)
# "Photo: Jane Roe. Firefighters at the scene", "Bild: pixabay Ein Gericht …": the labelled credit first, without
# parentheses: a name of two or three words and a full stop, or a picture service's or news agency's name alone.
_LEADING_NAMED_CREDIT = lazy_compile(
    rf"^(?:{_CREDIT_WORDS})\s*:\s*(?P<credit>(?-i:[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){{1,2}})(?=\.\s|\s[|·]\s)|(?:getty images|"
    r"shutterstock|alamy|istock|pixabay|unsplash|pexels|imago|picture alliance|dpa|afp|reuters|ap|efe|ansa|keystone)"
    r"(?=[.,]?\s))(?:\s[|·]\s|[.,]?\s+)(?P<caption>(?-i:[A-ZÀ-Þ])\S*(?:\s+\S+){2,})$", re.I)
# (or a bar or a middle dot after the name: "Foto: Paul Ehlers | Kaltfront beim Proben in …", "Foto: Peter Moser · Rund …")
_LEADING_REACH = 20  # characters: the label and its colon are within them
# "© Agi / Container in banchina nel porto di Gioia Tauro": the picture's credit after the sign, a spaced slash, then
# the caption (four words at least, the words of a sentence).
_LEADING_COPYRIGHT_CREDIT = lazy_compile(r"©\s*(?P<credit>[^/\d]{2,40}?)\s+/\s+"
                                         r"(?P<caption>(?-i:[A-ZÀ-Þ])[^/\s]*(?:\s+[^/\s]+){3,})$")
_SENTENCE_WORDS_IN_LOWER_CASE = 2  # at least, in such a caption (a chain of credits has none: "© A / B / Jane Roe")
# "… on Monday, Oct. 14, 2024. Jane Roe The Valley Courier": after the caption's last sentence, the photographer's
# name and the paper's, led by "The", with nothing between them.
_NAME_THE_PAPER_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?P<credit>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’.\-]+){1,2}"
                                      r" The(?: [A-ZÀ-Þ][\w&'’.\-]*){1,4})$")
# "… en Teruel.Fermín Ruiz Olmedo", "… el pasado 8 de marzo.Mónica Torres (EFE)": the photographer's full name glued
# to the caption's stop, as a page joins two elements (prose puts a space after its stops), with whom they work for.
_NAME_GLUED_TO_STOP = lazy_compile(r"^(?P<caption>.*[a-zà-ÿ]{2}[.!?])(?P<credit>[A-ZÀ-Þ][a-zà-ÿ][\w'’\-]*"
                                   r"(?: (?:de |da |del |van |von )?[A-ZÀ-Þ][a-zà-ÿ][\w'’\-]*){1,3}(?: \([A-Za-z][\w ./\-]{1,30}\))?)$")
# "… mercredi soir. LP/Arnaud Dufresne", "… on March 2, 2025. PHOTO/ JOSEPH ODUOR": after the caption's stop, a paper's or
# a picture's initials or word, a slash, and the photographer's name.
# (a note that the picture illustrates, or a dash, may come before: "… rue des Tanneurs. (Illustration) LE/Paul Marchand",
# "… le 11 avril 2024. - ACP / Hugo LEMERCIER")
_INITIALS_SLASH_NAME = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?:\((?i:illustration|archives?|archivbild|symbolbild|file)\)\s+"
                                    r"|[-–—]\s)?(?P<credit>(?:[A-Z]{2,6}|PHOTO|FOTO|Photo|Foto)\s?/\s?"
                                    r"[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){1,3}"
                                    # (after the word for a picture, one name too: "… against the new fees. PHOTO/MWANGAZA")
                                    r"|(?:PHOTO|FOTO|Photo|Foto)\s?/\s?(?!(?i:file|archive|archivo|arquivo)\b)[A-ZÀ-Þ][\w'’\-]{3,})$")
# "… Alcácer da Serra • Hugo Amaral": the credit after a bullet, as some papers part it from the caption.
# (one bullet only, after a caption of five words or more: "Home • News • Sport" is a menu, "Opinion • Jane Roe" a byline)
_BULLET_CREDIT = lazy_compile(r"^(?=(?:[^•·\s]+\s+){5})(?P<caption>[^•·]{20,}?[^\W\d_][.!?]?)\s+"
                              # (the photographer in capitals before the bullet, after the caption's stop: "… on Friday.
                              # COLIN MACPHEE • THE BEACON")
                              r"(?:(?<=[.!?] )(?P<photographer>[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+){1,3})\s+)?[•·]\s+"
                              # (not a social network's button after a writer's note: "… stories. · Facebook")
                              r"(?!(?:Facebook|Twitter|X|Instagram|LinkedIn|WhatsApp|Email|E-mail|YouTube|TikTok|Threads|Bluesky"
                              r"|Telegram|Pinterest|Reddit)\b)(?P<credit>[A-ZÀ-Þ][\w.'’\-]+(?: (?:de |da |do |del |di )?"
                              r"[A-ZÀ-Þ][\w.'’\-]+){0,3}(?:\s?/\s?[A-ZÀ-Þ][\w.'’\- ]{1,30})?)$")
# "… en el páramo. EFE/Ministerio del Ambiente/SOLO USO EDITORIAL/NO VENTAS": a wire's credit for a handout, with the
# terms of its use between slashes.
_WIRE_HANDOUT_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?P<credit>(?:EFE|AFP|AP|EPA|ANSA|DPA|REUTERS|Reuters)/[^/]{2,60}"
                                    r"(?:/[^/]{2,60}){1,4})$")
# "… zum Stillstand. Leserreporter", "… du projet. DR", "… de la isla. Cedida", "… on Thursday. — APP": after the caption's
# stop, a word that says who gave or holds the picture, in the six languages (a reader, the paper's archive, the one
# pictured, "droits réservés"), or a wire's initials after a dash, with nothing after them.
_HANDOUT_AFTER_STOP = lazy_compile(
    r"^(?P<caption>.*?[^\W_][.!?])\s+(?:[—–-]\s?)?(?:(?:Ph|Phot|Foto|Photo|Bild)\.?:?\s)?(?P<credit>"
    r"(?:DR|D\.R\.|Archives?|Archivo|Archiv|Archivbild|Arquivo|Archivio|Cedidas?|Cedidos?|Difusi[óo]n|Cortes[íi]a|Gentileza|Suministrad[ao]"
    r"|Divulga[çc][ãa]o|Reprodu[çc][ãa]o|Leserreporter(?:in)?|Leserfoto|privat|zVg|Handout|Supplied|Courtesy|Submitted"
    # ("… de Villa Jaragua. Fuente externa": a source outside the paper, as Caribbean papers credit a handout)
    r"|Fuente [Ee]xterna|Fonte [Ee]xterna"
    # ("… on Concession 6. Submitted photo", "Staff photo": what kind of picture it is, and whose)
    r"|(?:[A-ZÀ-Þ][\w'’\-]*\s+){0,2}(?:[Ff]ile|[Ss]taff|[Ss]ubmitted|[Cc]ontributed)\s+[Pp]hoto(?:graph)?)"
    r"|(?<=[—–-] )[A-Z]{2,6}|(?<=[—–-])[A-Z]{2,6})$")
# "… in piena a Borgo Sella (foto Vigili del fuoco)", "… nel primo pomeriggio – Foto Vigili del fuoco": the picture's word
# and who gave it, an institution named as the languages that write its other words small do, after the caption.
_FOTO_INSTITUTION_AFTER = lazy_compile(r"^(?P<caption>.+?[^\W\d_].{0,3}?)(?:\s+[–—-]\s+|\s+\()(?:foto|photo|bild|imagen|imagem"
                                       r"|immagine)\s+(?P<credit>(?-i:[A-ZÀ-Þ])[\w'’.\-]*(?:\s+[\w'’.\-]+){0,3})(?:\)|$)$",
                                       re.I)
# "… on April 14, 2025. | PHOTO | JOSEPH KAMAU | NSG": the picture's word between bars, then the photographer and the
# paper's initials.
_BARRED_PHOTO_CREDIT = lazy_compile(r"^(?P<caption>.*?[.!?])\s*\|\s*(?:PHOTO|FOTO|PHOTOS|FOTOS)\s*\|\s*"
                                    r"(?P<credit>[^|]{2,60}?(?:\s*\|\s*[^|]{2,30})?)$")
# "… a 2.150 metros de altura. Gentileza Observatorio Tololén": who gave the picture, after the stop, without a colon.
_COURTESY_AFTER_STOP = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?:Gentileza|Cortes[íi]a)(?:\s+(?:de|del|da|do|dos|das))?\s+"
                                    r"(?P<credit>[A-ZÀ-Þ][\w'’.\-]*(?:\s+(?:(?:de|del|da|do|la|y|e)\s+)?[A-ZÀ-Þ][\w'’.\-]*){0,5})$")
# "… este martes por la tarde. Cedida por un oyente": who gave the picture, after the stop, in Spanish and Portuguese
# (the credit keeps its words, as "Courtesy of …" does: whoever gave it may be no name).
# ... whose giver, when named (an article before the name at most), is the credit alone: "Teatro Principal de Almadeña"
# (a giver unnamed keeps the words: "Cedida por un oyente").
_GIVER_NAMED = lazy_compile(r"\s(?:por|pela|pelo)\s+(?:(?:el|la|los|las|o|a|os|as)\s+)?(?P<name>[A-ZÀ-Þ].*)$")
_GIVEN_AFTER_STOP = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?P<credit>(?:(?:Imagen|Imagem|Foto|Fotografía|Fotografia)\s+)?"
                                 r"[Cc]edid[ao]s?\s+(?:por|pela|pelo|por el|por la)\s+[^.!?]{2,50})$")
# "… on March 28, 2024. Owen Castellanos ocastellanos@valleysun.com": the photographer after the stop, and their address.
_NAME_AND_ADDRESS_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?P<credit>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){1,3}\s+"
                                        + EMAIL_ADDRESS + r")$")
# "… samedi soir. DDM - J.-L. S.": the paper's initials, a spaced dash and the photographer's, after the stop.
_INITIALS_DASH_INITIALS = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?P<credit>[A-Z]{2,6}\s[-–—]\s(?:[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.)?\s?){1,3})$")
# "… lundi à Tiznazt. Ph. Saïd Lahlou": "Ph." (photo), then the photographer's name, after the stop.
# (or after a caption printed without its stop: "… nella serata di sabato Ph. Studio Lumière")
_PH_CREDIT = lazy_compile(r"^(?P<caption>.*(?:[.!?]|[a-zà-ÿ0-9]))\s+(?:[-–—]\s+)?[Pp]h\.\s(?P<credit>[A-ZÀ-Þ][\w'’\-]+"
                          # (small words inside an office's name: "Ufficio stampa Capitaneria")
                          # (or one name: "… in contrada Cozzo Pirrera ph. Giannone")
                          r"(?: [a-zà-ÿ][\w'’\-]+)?(?: [A-ZÀ-Þ][\w'’.\-]*){0,3})$")
# "… durante la sesión plenaria. ANDAPRESS/ARCHIVO": a wire's or a paper's name in capitals and its word for a file
# picture, after the stop.
_ARCHIVE_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?P<credit>[A-ZÀ-Þ][A-ZÀ-Þ.\-]{1,20}\s?/\s?(?:ARCHIVO|ARQUIVO|ARCHIVIO"
                               r"|ARCHIV|ARCHIVES|ARCHIVE|FILE))$")
# "… cherchaient la fraîcheur. Photo Réveil du Midi - Lionel Sabatier": the word for a picture without its colon after
# the stop, then the outlet or the photographer (and the photographer after a dash or a slash).
# (with who gave it, or by whom, in the other languages: "Foto cortesía COPECO", "Foto cedida por …", "Photo de …")
_STOP_PHOTO_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?:Photo|Foto|Bild)\s+(?:(?:cortesía|cortesia|courtoisie|gentileza"
                                  r"|cedida|cedidas|cedido|concessa)\s+)?(?:(?:de|por|da|di|von|par)\s+)?(?P<credit>[A-ZÀ-Þ][\w'’.\-]*"
                                  r"(?:\s+(?:(?:de|du|des|del|della|di|da|do|von|la|le)\s+)?[A-ZÀ-Þ][\w'’.\-]*){0,3}"
                                  r"(?:\s+[-–—/]\s+[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){0,3})?)$")
# "… em Porto Serrano. Arquivo/RPR": the archive's word first, a slash, then whose archive, after the stop.
_ARCHIVE_FIRST_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?P<credit>(?:Arquivo|Archivo|Archivio|Archiv|Archives|Archive"
                                     r"|File)\s?/\s?[^\s/][^/]{0,30})$")
# A station as its pictures are credited: its call letters with its channel, its frequency or its medium's word ("KTBR 9
# NEWS", "CKXR 680 News", "WNPC 4", "KXAN-TV"), or its brand with its channel ("Northshore News 12").
_STATION_BRAND = (CALL_LETTERS + r"(?:(?: \d{1,4}(?:\.\d)?)(?: (?:News|NEWS|TV|Radio|RADIO))?"
                  r"| (?:News|NEWS|TV|Radio|RADIO)|-(?:TV|FM|AM|DT))"
                  r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? (?:News|NEWS) \d{1,2}")
_STATION_BRAND_ALONE = lazy_compile(_STATION_BRAND)
# "… briefs reporters near the scene. KTBR 9 NEWS": the station's credit after the caption's stop.
_STATION_CREDIT = lazy_compile(r"^(?P<caption>.*[.!?])\s+(?P<credit>" + _STATION_BRAND + r")$")
_CREDIT_SHAPES = ((_LEADING_CREDIT, "(", 0), (_STOP_SLASH_CREDIT, ". / ", -60), (_ARCHIVE_FIRST_CREDIT, "/", -45), (_ELLIPSIS_CREDIT, "Credit", 0), (_REPEATED_CREDIT, "CreditCredit", 0),
                  (_GLUED_WORD_CREDIT, "Credit", 0), (_GLUED_BY_CREDIT, " by ", -90), (_NAME_GLUED_TO_STOP, ".", -60), (_PAREN_CREDIT, ")", -2), (_BRACKET_CREDIT, "]", -2), (_NAMED_CREDIT, ":", 0),
                  (_GLUED_CREDIT, ":", 0), (_LABEL_BAR_CREDIT, "|", 0), (_STOP_BAR_CREDIT, ". | ", 0), (_PIPE_CREDIT, "|", 0), (_UNMARKED_FOTO_CREDIT, " Foto", -50), (_GLUED_PICTURE_WORD, "Foto", -70), (_GLUED_PICTURE_WORD, "Photo", -70),
                  (_UNMARKED_FOTO_CREDIT, " Photo", -50), (_UNMARKED_FOTO_CREDIT, " Bild ", -50), (_OWNER_CREDIT, "©", -70),
                  (_OWNER_CREDIT, "Copyright", -70), (_OWNER_CREDIT, "(c) ", -70), (_OWNER_CREDIT, "(C) ", -70), (_SLASH_CREDIT, "/", -80), (_GLUED_SLASH_CREDIT, "/", -80),
                  (_BARE_SLASH_CREDIT, "/", -80),
                  (_BY_CREDIT, " by ", -80), (_BY_CREDIT, " by: ", -80), (_BY_CREDIT, " BY ", -80), (_BY_CREDIT, "ourtesy ", -80),
                  (_BY_CREDIT, "OURTESY ", -80), (_BY_CREDIT, "hoto from ", -80), (_BY_CREDIT, " via ", -80),
                  (_GLUED_CREDIT, "Credit ", 0),
                  (_SEPARATED_CREDIT, "/", -80), (_SEPARATED_CREDIT, " - ", -80),
                  (_SEPARATED_CREDIT, " – ", -80), (_SEPARATED_CREDIT, " — ", -80),
                  (_CAPITALS_CREDIT, ". ", -80), (_STATION_CREDIT, ". ", -40), (_INITIAL_AND_NAME_CREDIT, ". ", -40), (_CAPITALS_GLUED_TO_STOP, ".", -60),
                  (_PICTURE_MARK, ").", -2),
                  (_NAME_THE_PAPER_CREDIT, " The ", -70), (_INITIALS_SLASH_NAME, "/", -50), (_HANDOUT_AFTER_STOP, " ", -24),
                  (_NAME_AND_ADDRESS_CREDIT, "@", -60), (_INITIALS_DASH_INITIALS, " - ", -24), (_INITIALS_DASH_INITIALS, " – ", -24),
                  (_BULLET_CREDIT, " • ", -60), (_BULLET_CREDIT, " · ", -60), (_WIRE_HANDOUT_CREDIT, "/", -120),
                  (_PH_CREDIT, " Ph. ", -50), (_PH_CREDIT, " ph. ", -50), (_ARCHIVE_CREDIT, "/", -40), (_STOP_PHOTO_CREDIT, ". Photo ", -70),
                  (_STOP_PHOTO_CREDIT, ". Foto ", -70), (_STOP_PHOTO_CREDIT, ". Bild ", -70),
                  (_COURTESY_AFTER_STOP, " Gentileza ", -80), (_COURTESY_AFTER_STOP, " Cortes", -80),
                  (_GIVEN_AFTER_STOP, "edid", -70),
                  (_FOTO_INSTITUTION_AFTER, "oto ", -50), (_FOTO_INSTITUTION_AFTER, "OTO ", -50),
                  (_BARRED_PHOTO_CREDIT, "| PHOTO |", -80), (_BARRED_PHOTO_CREDIT, "| FOTO |", -80))
_MARK_REACHES = {where for _, _, where in _CREDIT_SHAPES}
_SEPARATORS = " |/–—-"  # what some pages print between a caption and its credit
_CAPITALISED = lazy_compile(r"(?:[A-ZÀ-Þ][\w.'’\-]*|of|de|la|van|von|der|da|and|&)")


# "Jane Roe/AP", "AP Photo/Jane Roe": a slash with a capitalised name on one side ("w/m/d" has none).
_CAPITALISED_SLASH = lazy_compile(r"[A-ZÀ-Þ][\w.'’\-]*\s?/|/\s?[A-ZÀ-Þ]")
# ("Photo by Jane Roe"; "Submitted by Jane Roe", "Provided by …": who gave the paper the picture)
_LABELLED_BY = lazy_compile(rf"(?:{_CREDIT_WORDS}|submitted|provided|supplied|contributed)\s+by\s+(?-i:[A-ZÀ-Þ])", re.I)


_HAS_LETTERS = lazy_compile(r"[^\W\d_]{2}")
_INITIALS_CREDIT = lazy_compile(r"(?:[A-ZÀ-Þ]\.\s?){2,3}")
# The label of a story's stamp, in the six languages: what follows it after a bar is no picture's credit.
_STAMP_WORD = lazy_compile(r"(?:last\s+)?(?:updated|posted|published|modified|aktualisiert|veröffentlicht|mis à jour"
                           r"|publié|modifié|actualizado|publicado|atualizado|aggiornato|pubblicato"
                           r"|publiée|mise à jour|actualizada|publicada|atualizada|aggiornata|pubblicata)\b", re.I)
# (also glued to the stop in capitals: "… este martes.ÁLVARO RUEDA (EFE)")
_NAME_BEFORE_AGENCY = lazy_compile(r"(?<=[.!?] )[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){1,2}$"
                                   r"|(?<=[a-zà-ÿ][.!?])[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){1,2}$")
# "(foto Ansa)", "(Foto dpa)": a picture's label word without its colon, before an agency's name.
_GALLERY_WORDS = frozenset("gallery galleries galerie galerien galería galerías galeria galerias galleria gallerie album "
                           "slideshow story stories".split())
_UNMARKED_LABEL = lazy_compile(r"^(?:foto|photo|bild|imagen|immagine|image)\s+(?=[^\s:])", re.I)  # ("Photo : X" has its colon)
# "(X/@janeroe)", "(Instagram/janeroe)", "(@janeroe)": the social-media account a picture was taken from.
_ACCOUNT = lazy_compile(r"(?:X|Twitter|Instagram|Facebook|TikTok|YouTube|Telegram|Threads|Bluesky)\s*/\s*@?[\w.]{2,30}")


# Words a caption's own aside opens with, before a colon and the names of who is pictured.
_CAPTION_OWN_WORDS = {"pictured", "left", "right", "above", "below", "top", "bottom", "inset", "from", "center", "centre",
                      "l-r", "r-l", "abgebildet", "links", "rechts", "oben", "unten", "de", "à", "a", "da", "izquierda",
                      "derecha", "esquerda", "direita", "sinistra", "destra", "gauche", "droite", "update", "note"}
# "ABC Far North", "ANB Western Qld": a broadcaster's initials, then its region's or desk's name.
_BROADCASTER_DESK = lazy_compile(r"[A-Z]{2,6}(?: [A-Z][\w.'’\-]*){1,4}")


_STATION_LETTERS = 4  # a station's call letters that credit a picture ("WKRB"; three may be an agency's: "WHO")


def _writes_from(text: str) -> bool:
    """Whether ``text``, after a writer's name and a bar, is where they write from, no agency or picture service."""
    return (place_after_name(text) and agency(text) is None and _PICTURE_AGENCY.fullmatch(text) is None
            and without_label(text) == text)


# In brackets after a caption: the paper's archives, a picture standing for the scene, a social network's, or one given
# (the Swiss "zvg"), in the six languages.
_NOTE_CREDIT = lazy_compile(r"archivo|arquivo|archivio|archiv|archives|(?:foto|imagen|imagem) referencial|redes sociale?s"
                            r"|réseaux sociaux|social media|soziale medien|social network|zvg"
                            # (the rights-reserved mark, "(DR)"; a picture that stands for the scene, "(Representational
                            # image)", as South Asia's papers note it)
                            r"|(?-i:DR|D\.R\.)|representational(?: (?:image|photo|picture))?", re.I)


_GIVER_WORDS = 6  # at most, in a press office's or a public service's name in brackets
# The public services that give the pictures of what they dealt with, in the six languages: the police, the fire
# brigade, civil protection, the coastguard.
_PUBLIC_SERVICE = lazy_compile(r"\b(?:police|polizei|kantonspolizei|landespolizei|polizia|policía|polícia|gendarmerie|carabinieri"
                               r"|guardia civil|feuerwehr|pompiers|sapeurs-pompiers|bomberos|bombeiros|vigili del fuoco"
                               r"|protezione civile|protección civil|proteção civil|protection civile|coast ?guard"
                               r"|fire (?:department|service|rescue)|sheriff['’]s office)\b", re.I)


def _press_office(text: str) -> bool:
    """Whether ``text`` opens with a body's press office, however its first letter is cased ("ufficio stampa …")."""
    return PRESS_OFFICE.match(text[:1].upper() + text[1:]) is not None


def credit_like(credit: str) -> bool:
    """Does a parenthesised tail read as a photo credit rather than an aside?"""
    credit = credit.strip()
    if _NOTE_CREDIT.fullmatch(credit) is not None:
        return True  # "(Archivo)", "(Foto referencial)", "(Redes sociales)", "(zvg)": the picture's source, in brackets
    if credit[:1].isupper() and credit.count(" ") < _GIVER_WORDS and (
            _press_office(credit) or _PUBLIC_SERVICE.search(credit) is not None):
        # "(Ufficio stampa Municipio 8)", "(Police cantonale genevoise)": a press office or a public service gave it
        return True
    if "/" in credit and (special := _SPECIAL_TO_AFTER_SLASH.search(credit)) is not None:
        credit = credit[:special.start()] + "/" + special.group("outlet")  # ("Henrique Salles/Especial para O Regional")
    if ((_CAPITALISED_SLASH.search(credit) and slash_credit(credit)) or " via " in credit or _AGENCY.search(credit)
            # ("(foto di Alessio Guidi)": the word for a picture and "by"; "(FotoBenvenuti)": a picture agency's name)
            or credit[:1] in "FfPpBbIi" and (_FOREIGN_BY_LINE.fullmatch(credit) or _GLUED_FOTO.fullmatch(credit))
            or _PICTURE_AGENCY.fullmatch(credit)
            or len(credit) == _STATION_LETTERS and call_letters(credit)  # "(WKRB)": the station that took it
            or _STATION_BRAND_ALONE.fullmatch(credit) is not None  # "(Northshore News 12)", "(KTBR 9 News)"
            or _CREDIT_LABELS.match(credit) or _LABELLED_BY.match(credit) or _ACCOUNT.fullmatch(credit)
            # ("(foto Ansa)", "(foto Jane Roe)", and a photographer's surname alone: "(foto Ravaglia)")
            or (labelled := _UNMARKED_LABEL.match(credit)) is not None and (agency(credit[labelled.end():]) is not None
                                                                            or _TAIL_NAME.fullmatch(credit[labelled.end():])
                                                                            and credit[labelled.end():].lower() not in _GALLERY_WORDS
                                                                            # ("[foto ufficio stampa Comune]")
                                                                            or _press_office(credit[labelled.end():]))):
        return True
    owner, colon, name = credit.partition(": ")  # "(Valley News: Jane Roe)": the publication, then who took it
    owner = _UNMARKED_LABEL.sub("", owner)  # ("(Foto Prensa Libre: Jane Roe)")
    if colon and (is_organisation(owner) or _BROADCASTER_DESK.fullmatch(owner)) and 0 < len(name.split()) <= 4 and all(_CAPITALISED.fullmatch(w) for w in name.split()):
        return True
    # ... also a publication the name does not tell, when the one who took it has a first and last name ("(Coastline
    # Illawarra: Saskia Moreno)"); not the caption's own words ("(Pictured: Jane Roe)", "(From left: …)")
    if (colon and 1 <= len(owner.split()) <= 3 and all(_CAPITALISED.fullmatch(w) for w in owner.split())
            and owner.split()[0].lower() not in _CAPTION_OWN_WORDS and 2 <= len(name.split()) <= 3
            and all(_CAPITALISED.fullmatch(w) for w in name.split())):
        return True
    # ("[Jane Roe, Observer]": the photographer's name, then the paper; "(KNA, DR)" or "(Eisen, Stahl, Guss)" are lists)
    head, comma, tail = credit.partition(",")
    if comma and (_NAME.fullmatch(head.strip()) is None or "," in tail):
        return False
    words = credit.replace(",", " ").split()
    return (1 < len(words) <= 5 and all(_CAPITALISED.fullmatch(w) for w in words)
            or _FOR_CREDIT.fullmatch(credit) is not None)  # "(Jane Roe for The Valley Courier)"


def is_credit_line(text: str) -> bool:
    """A line holding only a credit, as when a caption ends in ``|`` and the credit follows."""
    words = text.split()
    return 0 < len(words) <= 4 and not text.endswith((".", "!", "?")) and all(_CAPITALISED.fullmatch(w) for w in words)


CAPTION_WORDS = 40  # the longest caption; a paragraph above a credit line may be longer
# Two words of letters at least: "Ashley Roe" under her portrait; "Comments", "E-mail", a time or an address are not.
_CAPTION_WORDS_OF_LETTERS = lazy_compile(r"[^\W\d_]{2,}\S*\s+\S*[^\W\d_]{2,}")


_OPENING_QUOTES = "\"“„«‘'"


def can_be_caption(text: str, *, labelled: bool = False) -> bool:
    """Whether a line above a credit can be the picture's caption: words, not a byline, an address or a page's
    widget, and not longer than a caption; nor what someone said, unless the credit under it says it is a picture's
    (``labelled``: "(Image: Wessex County Council)" under "Cllr Jane Roe said the surgery was at breaking point")."""
    return (len(text.split()) <= CAPTION_WORDS and text[:1] not in _OPENING_QUOTES  # (a quote is the story's)
            and _CAPTION_WORDS_OF_LETTERS.search(text) is not None
            and "://" not in text and byline_parts(text) is None and chrome_reason(text) is None
            and (labelled or _REPORTED_SPEECH.search(text) is None))


# "..., the mayor said.": a paragraph reports what someone said; a caption shows what the picture does.
_REPORTED_SPEECH = lazy_compile(r"\b(?:said|says|told|sagte|sagt|erklärte|dijo|afirmó|declaró|a déclaré|a dit|disse|"
                                r"afirmou|ha detto|ha dichiarato)\b")


# "The old pool (pictured) closed in 2019", "Jane Roe (left) with ...": where someone stands in the picture, in
# the six languages.
_WHERE_PICTURED = lazy_compile(r"\((?:pictured|above|below|left|right|centre|center|(?-i:L|R|C)|im bild|links|rechts|mitte"
                               r"|à gauche|à droite|au centre|izquierda|derecha|centro|esquerda|direita|a sinistra|a destra"
                               # ... and as the languages abbreviate it: "(l.)", "(v.l.)", "(L-R)", "(izq.)", "(esq.)"
                               r"|(?-i:l|r|M)\.|v\.\s?l\.(?:\s?n\.\s?r\.)?|l-r|l to r|from left|g\.|izq\.|esq\.|da sinistra"
                               r"|de gauche à droite|von links)\)", re.I)
# "..., on March 3, 2024.", "... in Riverton, 3 March 2024": a caption dates the picture; a paragraph rarely ends so.
SENTENCE_INSIDE = lazy_compile(r"[a-z0-9][.!?] [A-ZÀ-Þ]")  # a stop inside a line: more than one sentence
_YEAR_AT_END = lazy_compile(r"\d{4}\W{0,3}$")


# "Representative image", "Symbolbild", "Imagen de archivo": a caption that says only that the picture illustrates the
# story, in the six languages.
_STOCK_PICTURE = lazy_compile(r"(?:representative|representational|illustrative) (?:image|photo|picture)|symbolbild|symbolfoto"
                              r"|archivbild|archivfoto|(?:image|photo) d['’]illustration|illustration|imagen (?:de archivo"
                              r"|ilustrativa|de recurso)|foto (?:de archivo|ilustrativa|d['’]archivio)|imagem (?:de arquivo"
                              r"|ilustrativa)|immagine (?:d['’]archivio|di repertorio)|file (?:photo|image|picture)", re.I)
_STOCK_PICTURE_FIRST = frozenset("RrIiSsAaPpFf")
_FILE_MARK_AFTER = lazy_compile(r"\s[-–—]\s(?:archivo|archive|archives|archiv|arquivo|archivio)$", re.I)
_FILE_MARK_LAST = frozenset("osv")


_BUTTON_WORDS = 3  # at most, in a picture's button ("Bild vergrößern", "Enlarge image")
_BUTTON_CHARACTERS = 30  # at most, in one


# The line under a chart or a map that says where its figures come from, in the six languages, with who drew it
# before it or after it ("Source: Tenancy Bond Authority | Graphic: Jane Roe", "Grafik: Jane Roe • Quelle: Landesamt"):
# the chart's credit, kept as printed (a source is no photographer, whose label goes).
_DATA_SOURCE = lazy_compile(
    r"(?:(?:graphic|chart|map|grafik|karte|infografik|gráfico|grafico|mapa|mappa|infograf[íi]a|infografica|infographie"
    r"|graphique|carte|arte)\s?:\s?[^:]{1,60}?\s[|•·/–-]\s)?"
    r"(?:sources?|fuentes?|fontes?|quellen?|data|datos|dados|dati|daten|données)\s?:\s?\S.{0,150}", re.I)
_DATA_SOURCE_CHARACTERS = 200  # at most, in such a line
DATA_SOURCE_LABEL_REACH = 36  # characters, at most, before the colon of the line's first label


def data_source(text: str) -> bool:
    """Whether ``text`` is the line that names a chart's or a map's source (and who drew it)."""
    return len(text) <= _DATA_SOURCE_CHARACTERS and _DATA_SOURCE.fullmatch(text) is not None


def picture_button(text: str) -> bool:
    """A button of the page's, short, set aside as chrome: under a caption and over its credit, the picture's."""
    return (len(text) <= _BUTTON_CHARACTERS and text.count(" ") < _BUTTON_WORDS
            and chrome_reason(text, header=True) == "page-chrome")


_RESERVED_AFTER = lazy_compile(r"\s[-–—]\s(?:©\s*)?riproduzione riservata$", re.I)
_RESERVED_CAPTION_WORDS = 3  # at least


def reserved_caption(text: str) -> Optional[str]:
    """The caption of a picture printed with the wire's reuse notice after it ("La stazione della metro B (foto
    d'archivio) - RIPRODUZIONE RISERVATA", as Italian wires print their pictures' captions), else None."""
    found = _RESERVED_AFTER.search(text)
    if found is None:
        return None
    caption = text[:found.start()].rstrip()
    return (caption if len(caption.split()) >= _RESERVED_CAPTION_WORDS and caption[:1] not in "©(" and caption[:9].lower()
            != "copyright" and can_be_caption(caption) else None)


def stock_picture(text: str) -> bool:
    """Whether ``text`` is only a caption saying the picture illustrates the story ("Representative image",
    "Symbolbild."), with no credit."""
    # ("Illustration" alone is as often a menu's item: with its credit only)
    return (text[:1] in _STOCK_PICTURE_FIRST and _STOCK_PICTURE.fullmatch(stripped := text.rstrip(".")) is not None
            and stripped.lower() != "illustration")


def _stock_picture_credited(text: str) -> Optional[tuple[str, str]]:
    """The caption and credit of a stock picture's caption with its credit after it ("Representative image (Photo:
    Reuters)", "Illustration. - BELGA", "Symbolbild APA/Jane Roe")."""
    match = _STOCK_PICTURE.match(text)
    if match is None:
        return None
    caption, rest = text[:match.end()], text[match.end():]
    if rest[:1] == ".":
        caption, rest = caption + ".", rest[1:]
    rest = rest.strip()
    if rest[:1] in "-–—|:":
        rest = rest[1:].strip()
    elif rest[:1] == "(" and rest[-1:] == ")":
        rest = rest[1:-1].strip()
    elif not text[match.end():match.end() + 1].isspace():
        return None  # ("Illustrationen": a longer word)
    if not rest:
        return None
    credit = standalone_credit(rest) or (rest if agency(rest) is not None else None)
    return (caption, without_label(credit)) if credit is not None else None


def says_who_is_pictured(text: str) -> bool:
    """Whether ``text`` says where someone stands in the picture: "(pictured)", "(left)", "(R)", "(links)"; or that
    it is an archive picture ("… en una imagen de archivo.", "… in a file photo.")."""
    if "(" in text and _WHERE_PICTURED.search(text) is not None:
        return True
    if text[:1] in "FfLlDdVv" and _FROM_LEFT.match(text) is not None:
        return True  # "From left, …", "De izquierda a derecha, …", "Von links: …": who stands where, in order
    tail = text[-_ARCHIVE_TAIL:]
    return ("rchiv" in tail or "file" in tail or "arquivo" in tail) and _ARCHIVE_PICTURE.search(tail) is not None


_ARCHIVE_TAIL = 40  # characters at a caption's end where it calls its picture an archive one
# "From left, …", "L-R: …": a caption naming who is pictured in order, in the six languages.
_FROM_LEFT = lazy_compile(r"(?:from left(?: to right)?|left to right|l-r|de izquierda a derecha|de la izquierda a la derecha"
                          r"|de gauche à droite|von links(?: nach rechts)?|da sinistra(?: a destra)?"
                          r"|da esquerda(?: para a direita)?)\s*[:,]\s*\S", re.I)
# "… en una imagen de archivo.", "… in a file photo.", "… auf einem Archivbild.": an archive picture, in the six languages.
_ARCHIVE_PICTURE = lazy_compile(r"\b(?:(?:a |an )?(?:file|archive) (?:photo|image|picture)|(?:una )?(?:imagen|foto) de archivo"
                                r"|(?:une )?(?:photo|image) d['’]archives?|(?:einem |einer )?archiv(?:bild|foto|aufnahme)"
                                r"|(?:uma |numa )?(?:foto|imagem) de arquivo|(?:una )?(?:foto|immagine) d['’]archivio)\W*$", re.I)


def describes_picture(text: str) -> bool:
    """A lead photo's caption printed without a credit, as pages print one above the story: a sentence of six to
    40 words that says who is pictured or ends with the picture's full date."""
    # (every prose line above the story is asked: the quick tests first)
    pictured = says_who_is_pictured(text)
    if (not text[:1].isupper() or not pictured and _YEAR_AT_END.search(text, max(0, len(text) - 8)) is None
            or len(text.split()) > CAPTION_WORDS
            or not _describes(text, _PICTURED_SMALL_WORDS if pictured else _PICTURE_SMALL_WORDS)):
        return False
    if pictured:
        return True
    tail = text[-_TAIL_REACH:]
    found = find_date(tail)
    # (one sentence: a paragraph that ends with a date has others before it)
    return (found is not None and found[1].start() > 0 and not tail[found[1].end():].strip(" .)]")
            and SENTENCE_INSIDE.search(text) is None
            # (a period's end, "… du lundi 8 avril au vendredi 24 mai 2024.", is no day a picture was taken)
            and _PERIOD_ENDS_BEFORE.search(tail, 0, found[1].start()) is None)


# The word that ends a period, right before its last day (a weekday's name between at most), in the six languages.
_PERIOD_ENDS_BEFORE = lazy_compile(r"\b(?:au|to|until|through|bis(?: zum)?|al|hasta(?: el)?|até(?: ao| à)?|fino al|jusqu['’]au)\s+"
                                   r"(?:[^\W\d_]+\.?,?\s+)?$", re.I)


# "A crew checks water levels at Tallon Bridge on Tuesday morning.": what a picture shows, told in the present as
# English captions tell it, and when it was taken (a story tells the past: "A crew checked …", "The council will meet …").
_SCENE_TIME_END = lazy_compile(r"\b(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon"
                               r"|evening|night))?\.$|\b(?:yesterday|last (?:week|weekend|month|year)|earlier this (?:week|month"
                               r"|year))\.$", re.I)
SCENE_TIME_ENDINGS = ("day.", "morning.", "afternoon.", "evening.", "night.", "week.", "weekend.", "month.", "year.")
_NOT_THE_PRESENT = frozenset("was were had did will would could should shall said says told has have been being "
                             "may might must".split())
_BEFORE_A_PARTICIPLE = frozenset("is are a an the of with in on by".split())  # ("are installed", "a flooded street")
_SCENE_WORDS = (6, 20)  # words in such a caption, at least and at most


def reads_as_scene(text: str) -> bool:
    """Whether ``text``, a line with no stop, reads as what a picture shows: five to 25 words, most of them in small
    letters (no title in title case), that place someone or something with a small word of place or time in the six
    languages ("Police officers on patrol at the market on Friday", "I carabinieri della compagnia di Pievelunga"), with
    no colon (a teaser's "Roma, bus in fiamme: nessun ferito") and no speech quoted (a name quoted is a scene's); or a
    picture's word alone ("Foto di repertorio")."""
    if text.endswith(_SCENE_STOPS) or ":" in text or not text[:1].isupper() or _SPEECH_OR_GLUED_QUOTE.search(text) is not None:
        return _PICTURE_WORDS_ALONE.fullmatch(text) is not None
    words = text.split()
    if not _SCENE_LINE_WORDS[0] <= len(words) <= _SCENE_LINE_WORDS[1]:
        return _PICTURE_WORDS_ALONE.fullmatch(text) is not None
    small = [word for word in words[1:] if word[:1].islower()]
    return 2 * len(small) >= len(words) - 1 and any(word in _PLACING_WORDS for word in small)


def scene_sentence(text: str) -> bool:
    """Whether ``text``, one short sentence with its stop, reads as what a picture shows and tells nothing as news
    does: five to sixteen words that place someone or something (see :func:`reads_as_scene`), and no verb of the past,
    the perfect, the future, of saying or of a hedge in the six languages ("Calles anegadas en el centro tras la
    tormenta.", "Pescadores … muestran los peces muertos recogidos el miércoles."; not "Police were called to the scene
    on Monday.", nor a lead's "… may be listening for their predators.")."""
    words = text.split()
    if (not _SCENE_SENTENCE_WORDS[0] <= len(words) <= _SCENE_SENTENCE_WORDS[1] or not text.endswith(".")
            or text.endswith("..") or SENTENCE_INSIDE.search(text) is not None or not reads_as_scene(text[:-1])):
        return False
    lowered = [word.strip(",.;:()").lower() for word in words]
    return not any(word in _TELLING_WORDS or len(word) > 4 and word.endswith("ed") and lowered[index - 1] not in
                   _BEFORE_A_PARTICIPLE for index, word in enumerate(lowered))


_SCENE_SENTENCE_WORDS = (5, 16)
# The words of a story's label in capitals after its title, in the six languages ("LA DIRETTA", "EN DIRECT", "VIDEO").
_STORY_LABEL_WORDS = frozenset("live diretta direct directo direto vivo video vidéo vídeo foto fotos photos gallery galleria "
                               "galerie galería update updates aggiornamenti actualización the la le il el lo les los en "
                               "in ao al em a di de du der die das im".split())
# The finite verbs news tells with (to be, to have, will, to say), in the six languages: a caption shows, a story tells.
_TELLING_WORDS = frozenset(
    # (and the modal verbs a story's lead hedges with: "may be listening for their predators")
    "may might could can should must be does did kann könnte muss soll sollen peut pourrait doit puede podría debe "
    "pode poderia deve può potrebbe "
    "is are was were has have had will would said says told been "
    "ist sind war waren hat haben hatte wird wurde wurden sagte sagt "
    "est sont était étaient ont avait sera seront dit "
    "es son fue fueron era ha han había será serán está están dijo "
    "é são foi foram era tem têm tinha será serão está estão disse "
    "è sono fu furono era ha hanno aveva sarà saranno sta stanno disse".split())


def tells_as_news(text: str) -> bool:
    """Whether ``text`` holds one of the finite verbs news tells with (to be, to have, will, to say, a hedge), in the six
    languages: a story's sentence, not only what a picture shows."""
    return not _TELLING_WORDS.isdisjoint(word.strip(",.;:()").lower() for word in text.split())


_SCENE_STOPS = (".", "!", "?", "…", ":", ";", ",")
# Quotation marks a scene has not: speech (opening the line, or closing before a comma) or a teaser glued to a title
# ("Die Zukunft der Arbeit\"Wir dekorieren …"); a name quoted in it is a scene's ("… do programa “Nascer na Serra”").
_SPEECH_OR_GLUED_QUOTE = lazy_compile(r"^[\"“„«]|[^\W\d_][\"“„«]|[\"”»],")
_SCENE_LINE_WORDS = (5, 25)
# The small words that place what a picture shows, or say when it was taken, in the six languages.
_PLACING_WORDS = frozenset(
    "in at on near during outside inside across into from after before beside behind under over "
    "im am an auf bei vor nach während neben hinter unter über vom zum zur "
    "à au aux dans lors pendant devant sur près sous derrière après avant du des dès "
    "en durante tras ante frente junto sobre bajo cerca del "
    "em no na nos nas diante perto sob do da dos das "
    "al ao beim alla allo ai nel nella nei negli durante davanti sul sulla presso dopo prima di del della dei degli dalla dal".split())
# "Foto di repertorio", "Symbolbild", "File photo", "Imagen de archivo": a picture's word alone, its whole caption.
_PICTURE_WORDS_ALONE = lazy_compile(r"(?:foto|immagine) (?:di repertorio|d['’]archivio)|symbolbild|symbolfoto|archivbild"
                                    r"|archivfoto|file (?:photo|picture|image)|stock (?:photo|image)|imagen de archivo"
                                    r"|foto de archivo|imagen ilustrativa|foto de arquivo|imagem ilustrativa|(?:imagen|imagem|foto) referencial"
                                    r"|photo d['’](?:illustration|archives?)|image d['’]illustration"
                                    r"|imagen de referencia|foto ilustrativa|imagem de (?:arquivo|referência)"
                                    r"|representative (?:image|picture|photo)|illustrative (?:image|photo)"
                                    r"|archive (?:photo|picture|image)", re.I)


def picture_words_alone(text: str) -> bool:
    """Whether ``text`` is a picture's word alone that says what kind of picture it is ("Imagen ilustrativa",
    "Symbolbild", "Representative image"): a caption, whole, however short (a stop after it or not)."""
    return len(text) <= _PICTURE_WORDS_CHARACTERS and _PICTURE_WORDS_ALONE.fullmatch(text.rstrip(".")) is not None


_PICTURE_WORDS_CHARACTERS = 30


def present_scene(text: str) -> bool:
    """Whether ``text`` is a picture's caption told in the present, ending with when the picture was taken ("A lorry
    waits in the marshalling lanes at Lochmaddy pier on Wednesday afternoon."): one sentence, nothing past, future or
    reported in it."""
    words = text.split()
    if (not _SCENE_WORDS[0] <= len(words) <= _SCENE_WORDS[1] or not text[:1].isupper() or _SCENE_TIME_END.search(text) is None
            or SENTENCE_INSIDE.search(text) is not None or any(mark in text for mark in _OPENING_QUOTES)):
        return False
    lowered = [word.strip(",.;:").lower() for word in words]
    return not any(word in _NOT_THE_PRESENT or len(word) > 4 and word.endswith("ed") and lowered[index - 1] not in
                   _BEFORE_A_PARTICIPLE for index, word in enumerate(lowered))


def labelled_caption(text: str) -> Optional[str]:
    """The caption of a line labelled as one ("Image caption, Firefighters at the scene"; "" for the label
    alone, the caption being on the next line), else None."""
    found = _CAPTION_LINE.match(text) if "," in text[:16] or " caption " in text[:16] else None
    return text[found.end():] if found is not None else None


# "Image: Tom Bakare celebrates his late winner": a picture's label, then its caption, with no credit.
_LABELLED_PICTURE = lazy_compile(r"(?:image|photo|picture|foto|bild|imagen|immagine|imagem)\s*:\s*(?P<caption>\S.{10,300})",
                                 re.I)


# "Abbildung 2: Nullgradgrenze vom 14. bis 20. Januar", "Fig. 3 – The valley after the flood", "Gráfico 1. Desemprego
# por região": a figure's label and number, as papers, agencies and reports print them over or under a picture or
# chart, then its caption (a sentence that names the figure, "Figure 1 shows …", has no mark after the number).
_NUMBERED_FIGURE = lazy_compile(r"(?P<label>(?:Abbildung|Abb\.|Grafik|Infografik|Karte|Figure|Fig\.|Chart|Graph|Map"
                                r"|Illustration|Graphique|Carte|Figura|Gráfico|Grafico|Gráfica|Mapa|Ilustración"
                                r"|Ilustração|Foto|Photo|Bild|Image|Imagen|Imagem|Immagine) ?\d{1,3}[a-z]?)"
                                r" ?[:.–—|] (?P<caption>\S.{10,600})")
# (the labels' first three letters: every line of a body is asked, few open so)
NUMBERED_FIGURE_OPENINGS = frozenset(("Abb", "Gra", "Grá", "Inf", "Kar", "Fig", "Cha", "Map", "Ill", "Ilu", "Car", "Fot",
                                      "Pho", "Bil", "Ima", "Imm"))


def numbered_figure(text: str) -> Optional[tuple[str, str]]:
    """The label ("Abbildung 2") and the rest of a line that opens with a figure's label and number, else None."""
    found = _NUMBERED_FIGURE.fullmatch(text) if text[:3] in NUMBERED_FIGURE_OPENINGS else None
    return (found.group("label"), found.group("caption")) if found is not None else None


def labelled_picture(text: str) -> Optional[str]:
    """The caption of a line that labels a picture and then describes it ("Image: Tom Bakare celebrates his late
    winner"), else None. What follows the label is a title's run of words, most in small letters: a credit names."""
    found = _LABELLED_PICTURE.fullmatch(text) if ":" in text[:10] else None
    return found.group("caption") if found is not None and _titled(found.group("caption")) else None


def source_credit(text: str) -> Optional[str]:
    """The credit of a line labelled as a picture's source ("Image source, Getty Images"), else None. It is
    printed above the caption it goes with, never under one."""
    found = _SOURCE_LINE.match(text) if "," in text[:22] else None
    return found.group("credit").strip() if found is not None else None


# "... REUTERS/Jane Roe Purchase Licensing Rights": a link the page prints after a picture's caption or credit.
_CAPTION_CONTROL = lazy_compile(r"\s*(?:Purchase Licensing Rights(?:,? opens new tab)?|(?:hide|toggle) caption"
                                r"|Enlarge this image|View (?:larger|full) image)$", re.I)
_CONTROL_REACH = 48


_CONTROL_ENDS = ("Rights", "rights", "RIGHTS", "tab", "caption", "Caption", "CAPTION", "image", "Image", "IMAGE")


def caption_control(text: str) -> int:
    """Where a picture's link glued after its caption starts in ``text`` (its length when there is none)."""
    if not text.endswith(_CONTROL_ENDS):  # (every line is asked; few end with one of the links' last words)
        return len(text)
    found = _CAPTION_CONTROL.search(text, max(0, len(text) - _CONTROL_REACH))
    return found.start() if found is not None and found.start() > 0 else len(text)


_CAPTION_LABEL = lazy_compile(r"(?:legende|légende|caption|image caption|bildunterschrift|leyenda|legenda|didascalia)"
                              r"\s*[:,]\s+(?=\S)", re.I)
_CAPTION_LABEL_FIRST = frozenset("LlCcBbDdIi")
_SOURCE_LINE_FIRST = frozenset("IiPpVvMmFfCc")
# (what the picture is, or a video's still; "FILE - ", "Pictured:" are the caption's own words)
_MEDIA_LABELS = {"photo", "image", "video"}


# A picture's label glued to the caption's stop: "… de los vestuarios.Foto: Ayto. de Villaseca".
_LABEL_GLUED_TO_STOP = lazy_compile(r"[^\W\d_]{3}[.!?](?=(?:Foto|Fotos|Photo|Photos|Bild|Image|Imagen|Imagem|Immagine|Crédito"
                                    r"|Credit)\s?:\s?\S)")


_WIRE_NAME_SPACES = 6
_DASH_BEFORE_LABEL = lazy_compile(r"(?<=[.!?])\s*[—–]\s?(?=(?:Photo|Foto|Picture|Image|Bild|Imagen|Imagem|Immagine|Credit"
                                  r"|Crédito)\s?:)")
_DOT_BEFORE_LABEL = lazy_compile(r"\s[•·]\s(?=(?:Photo|Foto|Picture|Image|Bild|Imagen|Imagem|Immagine|Credit|Crédito)s?\s?:)")
_WIRE_AND_NAME_IN_CAPITALS = lazy_compile(r"(?<=[\w.)]) (?P<credit>[A-Z]{2,6}/[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+){1,3})$"
                                          # (or the initials, after the caption's stop: "… mardi 12 mars. PVDM/C.F.")
                                          r"|(?<=[.!?]) (?P<initials>[A-Z]{2,6}/(?:[A-ZÀ-Þ]\.){1,3})$")
# (the photographer's name of two words at least: not "the soul of AC/DC")
_CAPTION_BEFORE_WIRE_WORDS = 4  # at least, in the caption before such a credit


# A sentence that ends by saying who told it, then the wire in brackets: "… local emergency services said. (Reuters)",
# "… a-t-on appris mardi auprès de l'administration communale. (Belga)", in the six languages.
_REPORTED_THEN_WIRE = lazy_compile(
    r".*\b(?:said|says|told [\w\s]{2,40}|reported|announced|a-t-on appris[^.]{0,80}|a (?:indiqué|annoncé|déclaré|précisé)"
    r"[^.]{0,60}|sagte|sagten|teilte[^.]{0,60} mit|hieß es[^.]{0,40}|dijo|dijeron|informó|informaron|disse|disseram|informou"
    r"|ha detto|hanno detto|ha riferito|ha annunciato)\.\s*\((?P<wire>[^()]{2,30})\)")


def reported_then_wire(text: str) -> bool:
    """Whether ``text`` is a story's sentence that ends by saying who told it, then the wire that signs it in brackets
    (a caption shows; it does not report)."""
    return (reported := _REPORTED_THEN_WIRE.fullmatch(text)) is not None and agency(reported.group("wire")) is not None


# A Portuguese handout's or screen grab's credit glued to the caption's last word ("… terça-feiraDivulgação/Defesa Civil").
_HANDOUT_GLUED = lazy_compile(r"(?<=[a-zà-ÿ]{3})(?:Divulga[çc][ãa]o|Reprodu[çc][ãa]o)\s?/\s?[A-ZÀ-Þ][^/|]{1,60}$")


def _name_slash_outlet_after_bar(text: str) -> Optional[tuple[str, str]]:
    """The caption and its credit when ``text`` is a caption with its stop, a bar, then who took the picture, a spaced
    slash and whom for ("… on Nov. 12, 2024. | Jane Roe / Tacoma Tideline")."""
    caption, _, credit = text.rpartition(" | ")
    name, _, outlet = credit.partition(" / ")
    if (caption.endswith((".", "!", "?")) and is_bare_name(name) and " " in name and outlet[:1].isupper()
            and " / " not in outlet and len(outlet.split()) <= _OUTLET_AFTER_SLASH_WORDS and can_be_caption(caption)):
        return caption, credit
    return None


_OUTLET_AFTER_SLASH_WORDS = 5


def caption_parts(text: str, *, is_last: bool = False) -> Optional[tuple[Optional[str], str, str]]:
    """``(label, caption, credit)`` when ``text`` is a photo caption, else None. The words a caption opens with
    (``FILE - ``, ``Pictured: ``) are the caption's, as printed: they are read past to tell its shape, and kept
    (no label: a figure's label is its number, ``Fig. 1``); ``Photo: `` or ``Image: `` before it labels the picture."""
    if text[:1] in _SOURCE_LINE_FIRST and source_credit(text) is not None:
        return None  # "Fuente de la imagen, Getty Images": a picture's source over its caption, no caption itself
    if text[-1:] == ")" and text.count(" ") < _WIRE_NAME_SPACES and agency(text) is not None:
        return None  # "African News Agency (ANA)": a wire's name and its initials, no caption and its credit
    if text[-1:] == ")" and reported_then_wire(text):
        return None  # "… local emergency services said. (Reuters)": a story's sentence and the wire that signs it
    if text[:1] in _CAPTION_LABEL_FIRST and (named := _CAPTION_LABEL.match(text)) is not None:
        text = text[named.end():]  # "Legende: …": the page's label for the caption, for screen readers
    if text[:1] in _STOCK_PICTURE_FIRST and (stock := _stock_picture_credited(text)) is not None:
        return None, *stock
    if " — " in text or " – " in text:
        # "… in una foto d'archivio — Foto di Stefano Moser", "… from the trail – Photo by Jane Roe": a spaced long dash,
        # then the picture's word and "by" and who took it
        head, _, tail = text.replace(" – ", " — ").rpartition(" — ")
        if (by := _FOREIGN_BY_LINE.fullmatch(tail)) is not None and can_be_caption(head):
            return None, head, by.group("credit")
        if ((prefix := _PICTURE_BY_PREFIX.match(tail)) is not None and _PICTURE_BY_LINE.fullmatch(tail) is not None
                and can_be_caption(head)):
            return None, head, tail[prefix.end():]
    if " - " in text:
        # "… prima dell'apertura degli stabilimenti - Foto di Marco Pazzaglia": a spaced hyphen too, before "by" in words
        head, _, tail = text.rpartition(" - ")
        if (by := _FOREIGN_BY_LINE.fullmatch(tail)) is not None and can_be_caption(head):
            return None, head, by.group("credit")
    if "©" in text and (mark := _COPYRIGHT_AFTER_STOP.search(text)) is not None and can_be_caption(text[:mark.start()]):
        # "… le 21 août 2024.© Lucien Marvaux / AFP" (the picture's label after the mark read past: "© Foto: Jane Roe")
        return None, text[:mark.start()], without_label(mark.group("credit"))
    if text[-1:] in "oOsSdD." and (archived := _ARCHIVE_NOTE_AFTER_STOP.search(text)) is not None and can_be_caption(
            caption := text[:archived.start()].rstrip()):
        return None, caption, archived.group("credit")  # "… a Milano. Foto d'archivio": the picture is a file one
    if " | " in text and " / " in text and (credited := _name_slash_outlet_after_bar(text)) is not None:
        return None, *credited  # "Tacoma City Hall on Nov. 12, 2024. | Jane Roe / Tacoma Tideline"
    if ("/" in text and (handout := _HANDOUT_GLUED.search(text)) is not None
            and can_be_caption(caption := text[:handout.start()])):
        return None, caption, text[handout.start():]  # "… desta terça-feiraDivulgação/Defesa Civil": two elements joined
    if text[-1:] in _FILE_MARK_LAST and (mark := _FILE_MARK_AFTER.search(text)) is not None:
        # "… - EUROPA PRESS - Archivo": the wire's credit, then its word that the picture is an archive one
        parts = _caption_parts(text[:mark.start()], is_last)
        return None if parts is None else (parts[0], parts[1], parts[2] + text[mark.start():])
    if text[-1:] == ")" and (archived := _ARCHIVE_PICTURE_AFTER.search(text)) is not None and archived.start() > 0:
        # "… (foto d'archivio)", "… (Photo d'archives AFP)": a picture from the archives (its wire's), credited so whole,
        # as "(File)" is
        caption = text[:archived.start()].rstrip()
        return (None, caption, archived.group("credit")) if can_be_caption(caption) else None
    if (text[:1] == "(" and (archived_first := _ARCHIVE_PICTURE_FIRST.match(text)) is not None
            and can_be_caption(archived_first.group("caption"))):
        # "(Foto d'archivio) Braccianti al lavoro …": the note that the picture is an archive's, first, credited so whole
        return None, archived_first.group("caption"), archived_first.group("credit")
    if (text[-1:] == ")" and (taken := _TAKEN_FROM_AFTER.search(text)) is not None and taken.start() > 0
            and can_be_caption(caption := text[:taken.start()].rstrip())):
        # "… (foto da Facebook)", "… (foto tomada de redes sociales)": where the picture was taken from, in words,
        # credited so whole, as a picture lent ("Courtesy of …") is
        return None, caption, taken.group("credit")
    if text[-1:] == ")" and (note := _FILE_NOTE_AFTER.search(text)) is not None and note.start() > 0:
        # "… gefunden. Foto: Getty Images/EyeEm (Symbolbild)": the credit, then the note that the picture stands for
        # the scene (or is an archive's): the note is the credit's, no credit itself
        if _standalone_credit(text[:note.start()], False) is not None:
            return None  # ("Foto: Jane Roe / Pixabay (Symbolbild)": the credit alone)
        parts = _caption_parts(text[:note.start()], is_last)
        if parts is not None:
            return parts[0], parts[1], parts[2] + text[note.start():]
    if text[-2:] == ")." and (bracket := text.rfind(" (")) > 0 and without_label(text[bracket + 2:-2]) != text[bracket + 2:-2]:
        text = text[:-1]  # "… auf den Brienzersee (Foto: R. Hollinger, 19.01.2022).": the sentence's stop after the credit
    elif (text[-1:] == "." and (stop := text.rfind(". ", 0, len(text) - 1)) > 0
          and (_COURTESY_LINE.fullmatch(text[stop + 2:-1]) is not None
               # ("… at Kaptoboi. Photo by KNA.": who took it, then the stop)
               or _PICTURE_BY_LINE.fullmatch(text[stop + 2:-1]) is not None)):
        text = text[:-1]  # "… hybrid ferry. Image courtesy of Tiderow Ferry Authority.": the credit's own stop
    if (":" in text and (glued := _LABEL_GLUED_TO_STOP.search(text)) is not None
            and text.count(" ", 0, glued.end()) < CAPTION_WORDS):  # (a paragraph's credit glued on is no caption's)
        text = f"{text[:glued.end()]} {text[glued.end():]}"  # "… de los vestuarios.Foto: Ayto. de …": two elements joined
    if ":" in text and (dashed := _DASH_BEFORE_LABEL.search(text) or _DOT_BEFORE_LABEL.search(text)) is not None:
        # "… on Sunday. —Photo: KEVON BRATHWAITE", "… no bairro Vila Esperança • Foto: Ricardo Bolzan": a dash or a dot
        # before it
        text = f"{text[:dashed.start()]} {text[dashed.end():]}"
    if "/" in text and (shouted := _WIRE_AND_NAME_IN_CAPITALS.search(text)) is not None and shouted.start() > 0:
        # "Ein Trinkbrunnen in der Wiener Innenstadt (Archivbild) APA/EVA MARIA STROHMER": the wire's initials and its
        # photographer's name in capitals, glued on after a space
        caption = text[:shouted.start()].rstrip()
        # (not a name in capitals, then its paper's: "RUI PENEDO/SEMANÁRIO ATLÂNTICO")
        if _CAPTION_BEFORE_WIRE_WORDS <= caption.count(" ") + 1 <= CAPTION_WORDS and not caption.split()[-1].isupper():
            return None, caption, without_label(shouted.group("credit") or shouted.group("initials"))
    parts = _caption_parts(text, is_last)
    if parts is not None and parts[2][:4] in _PICTURE_WORD_OPENINGS:
        parts = parts[0], parts[1], without_label(parts[2])  # ("PHOTO/FELIX OMONDI": who took it, the word's label off)
    if parts is not None and text.endswith(f"{parts[2]}.") and _INITIAL_LAST.search(f"{parts[2]}.") is not None:
        parts = parts[0], parts[1], f"{parts[2]}."  # ("Foto: M. J. C.": the last initial keeps its stop)
    if parts is not None and ("|" in text or "/" in text) and byline_parts(parts[1]) is not None:
        return None  # "Texto: Catarina Lopes | Fotos: Miguel Freire": who wrote the story and who took its pictures
    if parts is None or parts[0] is None:
        return parts
    opening = _LABEL.match(text)
    if opening.group("label").lower() in _MEDIA_LABELS:  # type: ignore[union-attr]
        return None, parts[1], parts[2]  # ("Photo: …": the page's label for the picture, not the caption's words)
    return None, text[:opening.end()] + parts[1], parts[2]  # type: ignore[union-attr]


# The words that say a picture was given, naming no one (after a picture's word: "Foto cortesía", "Photo gracieuseté").
_GIVEN_WORDS = frozenset("cortesía cortesia gentileza gracieuseté courtesy cedida divulgação divulgación handout "
                         "submitted supplied".split())
_PICTURE_WORD_OPENINGS = frozenset(("PHOT", "FOTO", "Phot", "Foto"))  # (a credit that opens so may keep its label)


# Titles shortened before a name, in the six languages: their stop ends no caption.
_TITLE_ABBREVIATIONS = tuple(f" {title}." for title in "Dr Dra Drs Mr Mrs Ms Prof Profa Sr Sra Srta St Sta Gen Av Pres "
                                                         "Dott Mgr Hr Fr".split())


@short_lines_remembered
def _caption_parts(text: str, is_last: bool) -> Optional[tuple[Optional[str], str, str]]:
    if ":" in text[:_LEADING_REACH] and (leading := _LEADING_NAMED_CREDIT.match(text)) is not None:
        return None, leading.group("caption"), leading.group("credit")
    if (text[:1] == "©" and (leading := _LEADING_COPYRIGHT_CREDIT.match(text)) is not None
            and sum(word[:1].islower() for word in leading.group("caption").split()) >= _SENTENCE_WORDS_IN_LOWER_CASE):
        return None, leading.group("caption"), leading.group("credit")
    label = None
    found = _LABEL.match(text)
    body = text
    if found:
        label = found.group("label").capitalize()
        body = text[found.end():]
    if (body[:1] in "\"“‘'" and _QUOTE_THEN_PICTURE_LABEL.search(body) is None) or body[:3].lower() == "by ":
        return None  # quoted speech ending in an aside (not a picture's quote, its credit labelled after it), or a byline
    ends = {where: body[where:] for where in _MARK_REACHES}
    for pattern, needed, where in _CREDIT_SHAPES:
        # Every line of a body is asked; a shape whose mark is missing cannot match, and the
        # regular expressions would scan the whole paragraph to find that out.
        if needed not in ends[where]:
            continue
        match = pattern.match(body)
        if not match:
            continue
        if pattern is _GLUED_WORD_CREDIT and match.group("unstopped") is not None:
            caption, credit = match.group("unstopped").strip(), match.group("named").strip()
        else:
            caption, credit = match.group("caption").strip().rstrip(_SEPARATORS), match.group("credit").strip()
        if caption.endswith(_TITLE_ABBREVIATIONS) and credit[:1].isupper():
            continue  # ("… no Estádio Municipal Dr. Anselmo Reis - …": a name's title, no caption's stop)
        # (a picture service's name vouches for a short caption too: "Representational image. (iStock)")
        if len(caption.split()) < (_NAME_CAPTION_WORDS if _labelled_as_picture(pattern, body, match)
                                   or _PICTURE_AGENCY.fullmatch(credit.strip("()")) and not caption[:1].isdigit()
                                   or _portrait(pattern, caption, body[len(caption):]) else 3):
            continue
        if pattern is _CAPITALS_CREDIT and all(word in _STORY_LABEL_WORDS for word in credit.lower().split()):
            return None  # "… a Sorbara di Sotto. LA DIRETTA": the story's label in capitals (a live page's), no one's name
        if is_bare_name(caption.title() if caption.isupper() else caption) and (
                is_role(credit) or pattern is _PIPE_CREDIT and _writes_from(credit)):
            # "Ana Lilia Cárdenas | Corresponsal", "JIMENA ARELLANO ORTIZ | REPORTERA", "Carla Mendoza Vaca | Villa Cotoca
            # Norte": a writer and their job, or where they write from; no picture
            return None
        if (pattern is _PAREN_CREDIT and caption.endswith(_SENTENCE_CLOSE) and "," in credit
                and agency(credit.partition(",")[0]) is not None and find_date(credit) is not None):
            continue  # "… in the town hall. (dpa, 3. März 2024)": a wire's sign-off with the day it filed the story
        if pattern is _PAREN_CREDIT or pattern is _BRACKET_CREDIT:
            # "... released on Monday (USGS)": an initialism closing a caption that has no stop of its own is
            # who made the picture; after a sentence's stop it may be a wire's sign-off.
            if not (credit_like(credit) or _agency_alone(credit) and not caption.endswith(_SENTENCE_CLOSE)
                    and _describes(caption) and not _spelled_out(caption, credit)
                    or _agency_alone(credit) and _PICTURE_SHOWS.match(caption) is not None
                    # ("… on Tuesday.(KVBR)": a station's letters glued to the stop, as a page joins two elements)
                    or _INITIALS.fullmatch(credit) is not None and body[len(body) - len(credit) - 3:][:2] in _GLUED_OPENINGS
                    # ("[ JANE ROE | Times ]", "(Liam Ortega | The Daily Meridian)": the photographer and the paper
                    # between bars, in the brackets)
                    or "|" in credit and _bar_credit(credit)):
                continue
            # "(Photo courtesy of Jane Roe)", "(Photo/Jane Roe)"; "(foto Ansa)": the word without its colon
            if (by := _FOREIGN_BY_LINE.fullmatch(credit)) is not None:
                credit = by.group("credit")  # ("(foto di Alessio Guidi)": the name after the words)
            elif credit[:8] not in _WIRE_PICTURE_CREDITS:
                labelled_credit = credit
                credit = unlabelled if (unlabelled := without_label(credit)) != credit else _UNMARKED_LABEL.sub("", credit)
                if credit.lower() in _GIVEN_WORDS:
                    credit = labelled_credit  # ("(Foto cortesía)", "(Photo gracieuseté)": a word naming no one keeps its label)
            if (photographer := _NAME_BEFORE_AGENCY.search(caption)) is not None and agency(credit) is not None:
                # "... on Sunday. John Doe (EFE)": the photographer, then the agency they work for
                caption, credit = caption[:photographer.start()].rstrip(), f"{photographer.group(0)} ({credit})"
            # "(ANI)" closing the last paragraph signs off a wire story; it is not a caption.
            if is_last and _agency_alone(credit):
                continue
        if pattern is _GIVEN_AFTER_STOP and (named := _GIVER_NAMED.search(credit)) is not None:
            credit = named.group("name")  # ("Foto cedida por el Teatro Principal": the name, as "Foto: …" gives it)
        if pattern is _PIPE_CREDIT:
            # (a labelled credit may be longer: "| PHOTO : YANN LE GOFF / LE PHARE DE L'ESTUAIRE")
            # (and one that says it is a file picture: "| ARCHIVES MARC DUVAL / L'ÉCHO DE LA VALLÉE")
            labelled = without_label(credit) != credit or _FILE_PICTURE_WORD.match(credit) is not None
            longest = _PIPE_CREDIT_WORDS_LABELLED if labelled else _PIPE_CREDIT_WORDS
            # (the photographer's initials after a caption's stop: "… el pasado sábado. | N. B.")
            initials = caption.endswith(_SENTENCE_CLOSE) and _INITIALS_CREDIT.fullmatch(credit) is not None
            if (len(without_label(credit).replace(" / ", "/").split()) > longest
                    or not (_HAS_LETTERS.search(credit) or _HANDOUT_ALONE_WORD.fullmatch(credit) or initials) or parse_date(caption)
                    # ("KYODO NEWS - Mar 21, 2024 - 18:02 | Japan": a stamp of a few words, no caption)
                    or caption.count(" ") < _STAMP_BEFORE_BAR_WORDS and find_date(caption) is not None
                    or find_date(credit)
                    or _STAMP_WORD.match(credit)  # ("… · Posted: Jan 30, 2025 | Last Updated: January 30": stamps)
                    or not credit.isupper() and chrome_reason(credit) is not None):
                continue  # ("... | 11:00)" is a time; "March 3, 2024 | Jane Roe" a byline block; "| License Photo" a link)
            caption, credit = _service_before_bar(caption, credit)
            if (by := _FOREIGN_BY_LINE.fullmatch(credit)) is not None:
                credit = by.group("credit")  # ("… | Foto di Enrico Sabatini": who took it, as after a long dash)
        if pattern is _BULLET_CREDIT and match.group("photographer") is not None:
            credit = f"{match.group('photographer')} • {credit}"  # ("COLIN MACPHEE • THE BEACON": who, then whose)
        if pattern is _GLUED_CREDIT and len(credit.split()) > 8:
            continue
        if pattern is _UNMARKED_FOTO_CREDIT and (is_function_word(caption.rpartition(" ")[2].lower())
                                                 or " " not in credit and agency(credit) is None):
            continue  # ("He showed the Photo Album": a noun after its article, no credit)
        if pattern is _INITIAL_AND_NAME_CREDIT and (_SPOKEN.search(caption) is not None
                                                    or len(caption.split()) > _SIGNED_CAPTION_WORDS):
            continue  # ("I urge the council to think again. J. Roe": a reader's letter, signed)
        if pattern in _SLASH_SHAPES and not slash_credit(credit):
            continue
        if pattern is _NAME_GLUED_TO_STOP and chrome_reason(credit) is not None:
            continue  # ("… über Stadtentwicklung und Verkehr.Mehr Infos": a link's label glued on, no photographer)
        if pattern is _BARE_SLASH_CREDIT:
            caption, credit = _place_before_name(caption, credit)
        if pattern is _GLUED_SLASH_CREDIT and not _describes(caption):
            continue  # ("... © SalzburgerLand Tourismus / Jane Roe": a name written in one word)
        if pattern is _SEPARATED_CREDIT and not _separated_credit(credit):
            continue
        if pattern is _STOP_BAR_CREDIT and not (is_bare_name(credit.partition(" | ")[0]) and " " in credit.partition(" | ")[0]):
            continue  # ("… on Monday. | Home | News": a menu's items, no photographer)
        if (pattern is _SEPARATED_CREDIT and "/" not in credit and (is_last or caption.endswith(_SENTENCE_CLOSE))
                and _HANDOUT_ALONE_WORD.fullmatch(credit) is None  # (a handout's "D.R." signs no story)
                and _KIND_OF_PICTURE.fullmatch(credit) is None  # (nor a "file photo")
                and not credit.endswith(_PICTURE_WORDS_AFTER)):  # (nor a wire's picture: "- BERNAMA PIC")
            continue  # ("... on Monday. - AFP" under the story signs it off; the tail below tells a caption's)
        if (pattern is _CAPITALS_CREDIT or pattern is _CAPITALS_GLUED_TO_STOP) and not _name_in_capitals(credit):
            continue
        if caption[-3:].lower() in ("by ", " by", "von", " de", " di", "par") and (
                trailing := _TRAILING_BY_LABEL.search(caption)) is not None:
            caption = caption[:trailing.start()]
        return label, caption, credit if pattern is _PICTURE_MARK else without_label(credit)
    return None if is_last or body.endswith(_SENTENCE_CLOSE) else _credit_tail(body, label)


# "‘A room that asks nothing of you.’ Illustration: Maya Fenn/The Courier": a quote as a picture's caption, its credit
# labelled after the closing mark.
_QUOTE_THEN_PICTURE_LABEL = lazy_compile(r"[’”\"'»]\s+(?:Photograph|Photo|Illustration|Picture|Image|Foto|Bild|Ilustración"
                                         r"|Ilustração|Illustrazione)s?:\s")
_PIPE_CREDIT_WORDS = 5  # at most, in a credit after a bar
_FILE_PICTURE_WORD = lazy_compile(r"(?:archives?|archivo|arquivo|archivio|archiv|file) ", re.I)
_PIPE_CREDIT_WORDS_LABELLED = 8  # ... or after a bar and a label
# "… on Tuesday afternoon. Picture by": a "by" label left at a caption's end when the credit after it has a slash
_TRAILING_BY_LABEL = lazy_compile(r"\s*(?:(?:picture|photo|image|foto|bild)s?\s+(?:by|de|von|di|par))\s*$", re.I)
# A portrait's caption may be the sitter's name alone ("Jane Roe. Photo: John Doe/Getty Images") when a word
# that labels a picture's credit follows it; without one, two words and a credit are more often a menu.
_NAME_CAPTION_WORDS = 2
_LABELLED_SHAPES = (_NAMED_CREDIT, _GLUED_CREDIT, _BY_CREDIT)
_SLASH_SHAPES = (_SLASH_CREDIT, _BARE_SLASH_CREDIT, _GLUED_SLASH_CREDIT)


def _portrait(pattern: re.Pattern[str], caption: str, credit: str) -> bool:  # (``credit``: all after the caption)
    """Whether a name alone with its stop, then a credit its owner's mark or "courtesy" vouches for, is a portrait's
    caption ("Claire Montbrison. © Julien Arvers", "Jane Roe. (Courtesy of Jane Roe)"): as an opinion page prints its
    writer's picture. (No year: "Jane Roe. © 2024 Valley Courier" is a copyright's line.)"""
    return ((pattern is _OWNER_CREDIT or pattern is _PAREN_CREDIT and credit[:11].lower() == " (courtesy ")
            and caption[-1:] == "." and is_bare_name(caption[:-1]) and not any(map(str.isdigit, credit)))


def _labelled_as_picture(pattern: re.Pattern[str], body: str, match: re.Match[str]) -> bool:
    """Whether a word that labels a picture's credit (not a text's "Source:") stands before the credit."""
    label = body[match.end("caption"):match.start("credit")]
    # (the copyright's sign before a name, no year: "Photo d'illustration. © Bertrand GUÉRIN / AFP")
    return (pattern in _LABELLED_SHAPES and not label.lstrip(" .").lower().startswith("source")
            or pattern is _OWNER_CREDIT and label.strip() == "©" and not any(char.isdigit() for char in match.group("credit")))


_SMALL_WORDS = {"of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "der", "die", "und", "für", "del",
                "y", "e", "do", "da", "della", "di"}


_DESCRIPTION_WORDS = 6


_STAMP_BEFORE_BAR_WORDS = 8  # at most, in a line's stamp of its date before a bar

# "This file photo shows …", "Photo taken March 21, 2024, shows …", "An undated handout picture released by … shows":
# a sentence about the picture itself (a wire's tag after it is the picture's credit, not a story's sign-off).
_PICTURE_SHOWS = lazy_compile(r"(?i:(?:this|the|an?)\s+)?(?i:(?:file|undated|handout|aerial|satellite)\s+){0,2}"
                              r"(?i:photo(?:graph)?|picture|image|screenshot|video grab)\b[^.]{0,80}?\b(?:shows?|depicts?)\b")


def _describes(caption: str, small: float = 0.5) -> bool:
    """A caption's sentence: six words or more, half of them (``small``) in lower case (a menu entry or a heading
    is shorter, or capitalised)."""
    words = caption.split()
    return len(words) >= _DESCRIPTION_WORDS and sum(w[0].islower() for w in words) >= small * len(words)


# A sentence that dates a picture names where it was taken, and when, in capitalised words: "The old bridge over the
# Raritan River in Riverton, N.J., on Monday, March 4, 2024." has six words in lower case of fifteen.
_PICTURE_SMALL_WORDS = 1 / 3
# Where it says who stands where in it, fewer: German capitalises its nouns ("Ehrung für 50 Jahre Mitgliedschaft: Willi
# Barth (Mitte) mit Dennis Hohmann und Werner Kaufmann." has three words in lower case of fourteen).
_PICTURED_SMALL_WORDS = 1 / 5


def _spelled_out(caption: str, initials: str) -> bool:
    """Whether the caption ends with the name ``initials`` abbreviates: "the World Health Organization (WHO)"
    explains an initialism, not a picture's credit."""
    letters = [word[0].upper() for word in caption.split()[-2 * len(initials):] if word.lower() not in _SMALL_WORDS]
    return "".join(letters).endswith(initials.upper())


_NAME_THEN_WIRE = lazy_compile(r"(?P<name>[^()]{3,40}?)\s*\((?P<wire>[^()]{2,30})\)")


def without_label(credit: str) -> str:
    """The credit without the words that label it: "Foto: Jane Roe", "© Jane Roe", "Photo by Jane Roe", "Photo /
    Jane Roe" and "Photo AFP" give the name alone."""
    if credit[:8] in _WIRE_PICTURE_CREDITS:
        return credit  # "Foto AP/Jane Roe": the wire's own credit in Spanish, as "AP Photo/Jane Roe" is in English
    found = _CREDIT_LABELS.match(credit) or _WORDED_LABEL.match(credit) or _SOURCE_LABEL.match(credit)
    if found is None and (owned := _OWNED_PICTURE_LABEL.match(credit)) is not None and agency(owned.group("owner")) is None:
        found = owned  # "Ledger Photo: K. Raghunath", "Staff Photo: …": the paper's picture, by whom (not "AP Photo: …")
    return credit[found.end():].strip() if found and found.end() < len(credit) else credit


# The paper's or its staff's word before the picture's label and its colon.
_OWNED_PICTURE_LABEL = lazy_compile(r"(?P<owner>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+)?) (?:Photo|Pic|Picture|Foto|Photograph)\s*:\s*")


_WIRE_PICTURE_CREDITS = {"Foto AP/", "FOTO AP/"}
# "(Quelle: Jane Roe/dpa)": a credit labelled as the picture's source, once it is read as a credit; "[File: Jane
# Roe/Reuters]": as a picture from the files (over a caption, "File:" labels the caption's picture, not a credit)
_SOURCE_LABEL = lazy_compile(r"(?:quelle|source|fuente|fonte|file(?: photo| picture)?)\s*:\s*", re.I)


# "Photo by", "Picture by", "Photo /", "Photo | ", "Photo" before a capitalised name: a label without a colon.
_WORDED_LABEL = lazy_compile(r"(?:(?:(?-i:[A-ZÀ-Þ][a-zà-ÿ]+) (?=[a-z]))?(?:photo(?:graph)?s?|pictures?|pics?|pix|images?|videos?|fotos?)"
                             r"(?: illustration)?\s+(?:(?:provided |supplied )?by|via|courtesy(?: of)?|from):?|photo d['’]illustration"
                             r"|(?:provided|supplied|submitted|contributed|illustration) by|by|via|(?:photo|foto|bild|image|imagen|immagine"
                             # ("Ph. AIP": a photo's short word, no colon; "Gentileza …" without its colon stays, as
                             # "Courtesy of …" does)
                             r"|ph\.)"
                             r"(?=\s+(?-i:[A-ZÀ-Þ])))\s+|(?:photo|foto|image|picture)\s*/\s*"
                             # ("| Photo | Jane Roe | The Valley Courier": the label between bars)
                             r"|(?:\|\s*)?(?:photo|foto|image|picture|bild|imagen|immagine)\s*\|\s*", re.I)


def _service_before_bar(caption: str, credit: str) -> tuple[str, str]:
    """"... on Monday. picture alliance | Jane Roe", "... on Monday. Jane Roe | Reuters 2024", "... on Monday. Jane
    Roe | The Valley Courier": a picture service's name, or a photographer's before an agency's or whom they work
    for, after the caption's last sentence is the first part of a credit the bar divides."""
    if (mark := caption.rfind(" © ")) > 0 and len(caption) - mark <= _OWNER_BEFORE_BAR:
        # ("… in Rudolstein. © picture alliance/dpa | Jane Roe": the owner's mark opens the credit the bar divides)
        return caption[:mark].rstrip(), f"{caption[mark + 3:].strip()} | {credit}"
    end = max(caption.rfind(". "), caption.rfind("! "), caption.rfind("? "))
    service = caption[end + 2:] if end > 0 else ""
    if (service and (by := _PICTURE_BY_OPENING.match(service)) is not None
            and _NAME_BEFORE_BAR.fullmatch(service[by.end():]) is not None):
        # ("… in Harlow Springs. Photo by Evan Lusk | Tri-County Business Ledger": who took it and for whom)
        return caption[:end + 1], f"{service[by.end():]} | {credit}"
    if service and not service.endswith(".") and (_PICTURE_AGENCY.fullmatch(service)  # ("Rep. Mark Meadows.": the caption)
                    or _NAME_BEFORE_BAR.fullmatch(service) and (agency(credit) or _AGENCY.search(credit)
                                                                 or agency(_YEAR.sub("", credit))
                                                                 or _ORGANISATION.fullmatch(credit))):
        return caption[:end + 1], f"{service} | {credit}"
    return caption, credit


_OWNER_BEFORE_BAR = 40  # characters, at most, from an owner's mark to the bar
_PICTURE_WORDS_AFTER = (" PIC", " PIX", " PHOTO", " FOTO")
_PICTURE_BY_OPENING = lazy_compile(PICTURE_BY)
_NAME_BEFORE_BAR = lazy_compile(r"[A-ZÀ-Þ][\w.'’\-]+(?: [A-ZÀ-Þ][\w.'’\-]+){1,2}")


# Words a caption cannot end with: it goes on to name a place or a thing ("... in Paris", "... vor dem Rathaus").
_DANGLING = frozenset("in at on of near from to the and for with by outside inside during à au aux de du des en près "
                      "dans im am an bei vor aus von nach der die das dem den del cerca em no na do da a di nel nella "
                      "presso".split())
_NAME_WORDS = 2  # of a photographer's name, as most are written


def _place_before_name(caption: str, credit: str) -> tuple[str, str]:
    """"... cabaret in" and "Paris Jane Roe/Reuters": a caption that ends with a word needing more after it takes the
    capitalised words before the photographer's name (the last two words before the slash)."""
    name, slash, rest = credit.partition("/")
    words = name.split()
    if (rest.isupper() and words[-1].isupper() and len(words) > 1 and not words[-2].isupper()
            and len(rest.split()) <= _NAME_WORDS):
        # "… tra Montalbeto e Pieve Alta ANSA/MATTEO FERRANTI": the credit is what is set in capitals
        caps = next(index for index in range(len(words)) if all(word.isupper() for word in words[index:]))
        return f"{caption} {' '.join(words[:caps])}", " ".join(words[caps:]) + slash + rest
    if caption.split()[-1].lower() not in _DANGLING or len(words) <= _NAME_WORDS:
        return caption, credit
    moved = " ".join(words[:-_NAME_WORDS])
    return f"{caption} {moved}", " ".join(words[-_NAME_WORDS:]) + (" " if name.endswith(" ") else "") + slash + rest


def _separated_credit(credit: str) -> bool:
    """After a separator: a photographer and whom they work for, or a wire's or picture service's name alone."""
    if "/" in credit:
        return slash_credit(credit)
    if credit.endswith(_PICTURE_WORDS_AFTER) and agency(credit.rpartition(" ")[0]) is not None:
        return True  # ("… after the launch today. - BERNAMA PIC": the wire's picture)
    return bool(agency(credit) or _PICTURE_AGENCY.fullmatch(credit) or _labelled_name(credit)
                or _HANDOUT_ALONE_WORD.fullmatch(credit)  # ("… de mardi. - D.R.": the handout's initials)
                or _KIND_OF_PICTURE.fullmatch(credit))


# "Sentinel file photo", "Submitted photo", "Staff photograph": what kind of picture it is and whose, as US papers
# credit one after a dash.
_KIND_OF_PICTURE = lazy_compile(r"(?:[A-ZÀ-Þ][\w'’\-]*\s+){0,3}(?i:file|staff|submitted|contributed)\s+(?i:photo(?:graph)?s?)")


def _labelled_name(credit: str) -> bool:
    """"Foto LaPresse", "Photo Jane Roe": the word for a picture without its colon, then a capitalised name."""
    labelled = _UNMARKED_LABEL.match(credit)
    return labelled is not None and _TAIL_NAME.fullmatch(credit[labelled.end():]) is not None


_TAIL_NAME = lazy_compile(r"[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){0,3}")


_NAME = lazy_compile(r"[A-ZÀ-Þ][\w.'’\-]*(?: [A-ZÀ-Þ][\w.'’\-]*){1,3}")
_ORGANISATION = lazy_compile(r"(?:[A-ZÀ-Þ][\w.'’&\-]*|of|the|de|la)(?: (?:[A-ZÀ-Þ][\w.'’&\-]*|of|the|de|la|do|da|del|du|des|di|der"
                             r"|\d{1,3}))"  # (a channel's figure inside: "Prairie 9 News")
                             r"{0,4}")  # ("Folha do Planalto", "Diario del Sur")


_CREDIT_LINE = 82  # characters, at most, in a credit on a line of its own
_NAME_COMMA_ORGANISATION = lazy_compile(rf"(?P<name>{_NAME.pattern}),\s+(?P<organisation>{_ORGANISATION.pattern})")
_VIA_LINE = lazy_compile(r"[A-ZÀ-Þ][\w.'’&\- ]{1,60}\s+via\s+(?P<via>[A-ZÀ-Þ][\w.'’&\- ]{1,30}?)(?:,\s*[Ff]ile)?")


def credit_under_sentence(text: str) -> Optional[str]:
    """The credit on a line under a caption's sentence in the shapes that, alone or under a title, may as well be
    a menu's or a list's entry: ``Jane Roe for PRN``, ``Jane Roe, The Valley Courier``, ``Valley Parks via AP,
    File`` (a handout)."""
    if len(text) > _CREDIT_LINE:
        return None
    if " for " in text and _FOR_CREDIT.fullmatch(text) is not None:
        return text
    if (", " in text and (named := _NAME_COMMA_ORGANISATION.fullmatch(text)) is not None
            and (named.group("organisation").startswith("The ") or agency(named.group("organisation")) is not None)):
        return text
    if " via " in text and (via := _VIA_LINE.fullmatch(text)) is not None and (
            agency(via.group("via")) is not None or _PICTURE_AGENCY.fullmatch(via.group("via")) is not None):
        return text
    return None


def slash_credit(credit: str) -> bool:
    """Whether "X/Y" after a caption is a photographer and who they work for: a picture service or news agency,
    or a person's name and an organisation's ("and/or", "Council/Mayor" in a sentence are neither)."""
    if _AGENCY.search(credit) or any(agency(part) for part in credit.split("/")):  # "REUTERS/Jane Roe" too
        return True
    who, *where = (part.strip() for part in credit.split("/"))
    if len(where) == 1 and _STATION_BRAND_ALONE.fullmatch(who) is not None and " " in where[0] and is_bare_name(where[0]):
        return True  # "CKXR 680 News/Tom Greaves", "WNPC 4 / Jenna Marsh": the station, then who took it
    if (len(where) == 1 and _INITIALS.fullmatch(who) is not None and " " in where[0] and is_bare_name(where[0])
            and not where[0].isupper() and not any(char.isdigit() for char in where[0])):
        return True  # "API / Marcos Villacís": a wire's or a paper's initials, then its photographer
    if (len(where) == 1 and " /" not in credit and "/ " not in credit and _OUTLET_WORD.fullmatch(who) is not None
            and " " in where[0] and is_bare_name(where[0])
            and who.lower() not in SECTIONS and not any(word.lower() in SECTIONS for word in where[0].split())):
        # "Alpenfunk/Gerhard Pichler", "zack.ch/Reto Baumann": the outlet in one word, then its photographer, the slash
        # between them with no spaces (a menu's "Ungleichheit / Soziale Kämpfe" spaces it)
        return True
    if len(where) > 1 and any(char.isdigit() for char in credit):
        return False  # ("Jane Roe/The Valley Courier/TNS" credits the paper's wire too; "MP2 / MP3" are not names)
    if (len(where) == 1 and " " in who and " " in where[0] and _ORGANISATION.fullmatch(who) is not None
            and any(word in _NAME_JOINERS for word in who.split()) and is_bare_name(where[0])):
        return True  # "Crónica del Cibao/Félix Gómez": the paper, its name joined by a little word, then its photographer
    # ("Jane Roe/Special to The Valley Courier": a freelancer's picture, and the paper it was taken for; "Jane
    # Roe/Staff photographer": the paper's own)
    return _NAME.fullmatch(who) is not None and all(_ORGANISATION.fullmatch(_SPECIAL_TO.sub("", part, 1))
                                                     or _PHOTOGRAPHERS_JOB.fullmatch(part) for part in where)


_NAME_JOINERS = frozenset("de del da do dos das di della du des of".split())  # (the little words inside a paper's name)
_SPECIAL_TO = lazy_compile(r"^(?:special to|for)\s+(?=[A-ZÀ-Þ])", re.I)
# (one word, or a site's address: "zack.ch", or a paper's initials in capitals: "VA/Hartmut Netzer")
_OUTLET_WORD = lazy_compile(r"[A-ZÀ-Þa-z][\w\-]{2,24}(?:\.[a-z]{2,4})?|[A-Z]{2}")
_PHOTOGRAPHERS_JOB = lazy_compile(r"(?:(?:staff|contributing|freelance|chief|senior)\s+)?photographer", re.I)


_TAIL_REACH = 60
# "... as often as they should be Getty Images": no stop, a picture service's name after a word in lower case.
_SERVICE_NAMES = ("Getty Images", "Shutterstock", "Alamy", "iStock", "picture alliance", "imago images", "Adobe Stock",
                  "Unsplash", "Pixabay")
# (or glued to it: "... on Monday, March 4, 2024Getty Images")
_SERVICE_AFTER_WORDS = lazy_compile(r"^(?P<caption>.*?\s(?:[a-z0-9][\w'’\-]*,?(?<!\svia)(?<!\svía)(?=\s)|[\w'’\-]*[a-z0-9](?=[A-ZÀ-Þ])))\s*"
                                    r"(?P<credit>(?:[A-ZÀ-Þ][\w.'’\-]*\s+){0,3}"
                                    r"(?:v[ií]a\s+)?(?:" + "|".join(_SERVICE_NAMES) + r"))$")
_FOR_CREDIT = lazy_compile(rf"{_NAME.pattern}\s+for\s+{_ORGANISATION.pattern}")  # "Jane Roe for The Valley Courier"
_SENTENCE_CLOSE = (".", "!", "?", ")", *CLOSING_QUOTES)  # a line that ends so has no credit run onto it
_TAIL_WORDS = 8
_TAIL_WORD = lazy_compile(r"(?:[A-ZÀ-Þ][\w.'’&\-]*|iStock|of|for|via|and|the|photo|submitted|contributed|provided|supplied|d['’]illustration|de|la|von|van|[/|,&\-–—])")


def _credit_tail(body: str, label: Optional[str]) -> Optional[tuple[Optional[str], str, str]]:
    """"... on Monday. Getty Images", "... on Monday. Jane Roe, The Valley Courier": after the caption's last
    sentence, a short run of capitalised words naming a picture service, a news agency or a person and whom they
    work for; nothing else ends a line that way (a page's widget text glued on is told apart as chrome)."""
    reach = max(0, len(body) - _TAIL_REACH)
    end = max(body.rfind(".", reach), body.rfind("!", reach), body.rfind("?", reach))
    if (body.endswith(_SERVICE_NAMES) and not body[end + 1:].lstrip().startswith(_SERVICE_NAMES)
            and (service := _SERVICE_AFTER_WORDS.match(body)) is not None):
        return label, service.group("caption"), service.group("credit")
    if end <= 0 or end == len(body) - 1:
        return None
    if body[end - 1:end].isdigit() and _ORDINAL_BEFORE.search(body, 0, end) is not None:
        return None  # ("… 2019: 3. Öffentlicher Schweizer Wirtschaftsgipfel, Bern": an ordinal's stop ends no sentence)
    caption, credit = body[:end + 1].strip(), body[end + 1:].strip().lstrip("-–— ")
    words = credit.replace("/", " / ").replace(",", " , ").split()
    if len(caption.split()) < 3 or not 0 < len(words) <= _TAIL_WORDS or not all(map(_TAIL_WORD.fullmatch, words)):
        return None
    if not (_PICTURE_AGENCY.fullmatch(credit) or _AGENCY.search(credit) or agency(without_label(credit))
            or ("," in credit and _NAME.fullmatch(credit.split(",")[0].strip()))
            or _FOR_CREDIT.fullmatch(credit) or _labelled_name(credit)):
        return None
    if chrome_reason(credit) is not None:
        return None
    return label, caption, without_label(credit)


_ORDINAL_BEFORE = lazy_compile(r"(?:^|\s)\d{1,2}$")  # a number of one or two figures alone: an ordinal or a day


# (a paper's initials may lead the label: "ST PHOTO: JANE ROE")
_LABELLED = lazy_compile(rf"^(?:©\s*)?(?-i:[A-Z]{{2,4}}\s+)?(?:{_CREDIT_WORDS}\s*:\s*(?:©\s*)?)+(?P<credit>[^:]{{2,60}}?)\.?$", re.I)
_TITLE_WORDS = 6  # at least, in a title after a picture's label ("Photos: The volunteers bringing a creek back to life")


def _titled(credit: str) -> bool:
    """Whether the text after a picture's label is a title (a photo story's, "Photos: …", "Video: …") rather than whose
    picture it is: a long run of words, most in small letters or a language's small words ("Die Feuerwehr war mit …"; a
    credit names, "courtesy of the Riverton Society")."""
    words = credit.split()
    return len(words) >= _TITLE_WORDS and 2 * sum(word[:1].islower() or is_function_word(word.lower())
                                                  for word in words) > len(words)


_CREDIT_WORD = lazy_compile(r"^Credits?(?:\.\.\.|…)?\s*(?=[A-ZÀ-Þ])")  # "Credit Jane Roe/Getty Images", "CreditJane Roe", "Credit...Jane Roe"
_NAME_BAR_AGENCY = lazy_compile(r"^[^|]{2,40}\|[^|]{2,40}$")
_BAR_CREDIT_WORDS = 4  # at most, on either side of the bar: "Jane Roe | Reuters 2021" (a title's half runs longer)
_BY_LINE = lazy_compile(rf"{PICTURE_BY}(?:the )?[A-ZÀ-Þ][^.!?]{{1,60}}")
# "Fotografia de Inês Valadares", "Foto von Hans Müller", "Illustration de Jeanne Roux": "Photo by" in the other
# languages, before a person's name (two capitalised words at least: "Foto de Archivo" is a file photo) and whom they
# work for after a slash.
# "… photographié le 21 août 2024.© Lucien Marvaux / AFP": the copyright's mark after the caption's stop, then the
# credit (the mark's year read past: "… on Monday. © 2024 Jane Roe").
_COPYRIGHT_AFTER_STOP = lazy_compile(r"(?<=[.!?»”\"])\s*©\s*(?:(?:19|20)\d\d,?\s+)?(?P<credit>[^©.]{2,60}?)\.?$")
# "… in farmacia a Milano. Foto d'archivio": the note that the picture is a file one, alone after the caption's stop.
_ARCHIVE_NOTE_AFTER_STOP = lazy_compile(r"(?<=[.!?] )(?P<credit>(?:foto|photo|imagen|imagem|immagine) d['’]archivi[oe]s?"
                                        r"|foto de ar(?:quivo|chivo)|archivbild|archivfoto|file photo)\.?$", re.I)
_FOREIGN_BY_LINE = lazy_compile(
    r"(?:fotos?|fotograf(?:ía|ia|ie|ien)|photos?|photographies?|bild(?:er)?|ilustración|ilustração|illustration"
    r"|illustrazione)\s+(?:de|di|von|por|par|da|do)\s+"
    r"(?P<credit>(?-i:(?!(?:Archivo|Arquivo|Archivio|Archiv|Archives|Familia|Família|Famille|Familie|Grupo|Groupe|Gruppo"
    r"|Gruppe)\b)[A-ZÀ-Þ][\w.'’\-]+(?:\s+(?:de|da|do|dos|del|di|van|von|le|la)\b)?(?:\s+[A-ZÀ-Þ][\w.'’\-]+){1,3})"
    r"(?:\s*/\s*[\w.'’&\- ]{2,40}|\s+(?:per|pour|para|for|für)\s+[A-ZÀ-Þ][\w.'’&\- ]{1,40})?)", re.I)
# "PHOTO NADIA KESSLER, AGENCE FRANCE-PRESSE": a picture's label without its colon and its credit, all in capitals.
# (a name, then whom for after a comma or a slash: "PHOTOS DU JOUR" is a section)
_CAPITALS_LABELLED = lazy_compile(r"(?:PHOTOS?|FOTOS?|PHOTOGRAPHIE|IMAGE|BILD)\s+(?P<credit>[A-ZÀ-Þ][\w'’.\-]+"
                                  r"(?:\s+[A-ZÀ-Þ][\w'’.\-]+){0,3}\s*[,/]\s*[A-ZÀ-Þ][\w'’.\-]+(?:\s+[A-ZÀ-Þ][\w'’.\-]+){0,4})")
def _name_then_wire(text: str) -> bool:
    """Whether ``text`` is a person's name, then a wire's, with no mark between ("Ryan Tremblay La Presse Canadienne")."""
    words = text.split()
    return any(agency(" ".join(words[-size:])) is not None and is_bare_name(" ".join(words[:-size]))
               and 2 <= len(words) - size <= 3 for size in range(1, min(4, len(words) - 1)))


_SLASH_LINE = lazy_compile(r"[A-ZÀ-Þ][\w.'’\- ]{1,40}/\s?[A-ZÀ-Þ][\w.'’&\- ]{1,40}")
# (a number of one digit as a word may name a channel: "© Jane Roe / Azur 3 Occitanie"; a year or a story's code, no)
# ("© Photo Jane Roe / The Valley Courier": the word for a picture after the sign is no part of the credit)
_OWNER = lazy_compile(r"(?:©|\(c\))\s*(?:(?:Photo|Foto|Bild|Image|Imagen|Imagem|Immagine)s?\s*:?\s+)?(?P<credit>(?:[A-ZÀ-Þ]|" + LOWER_CASE_WIRES + r")(?:[^\d|]|(?<= )\d(?= )){2,40})")
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
# "Image source, Getty Images" above "Image caption, Firefighters at the scene": a picture's source and its
# caption, each on a line of its own and labelled with a comma.
# ... and as the broadcaster's other languages print them: "Fuente de la imagen, Getty Images", "Crédito, Reuters",
# "Crédit photo, AFP"; "Pie de foto, …", "Legenda da foto, …", "Légende image, …"
_SOURCE_LINE = lazy_compile(r"^(?:(?:image|picture|photo|video|media) source|fuente de la imagen|crédito|crédit photo)"
                            r",\s*(?P<credit>\S.{1,60})$", re.I)
# (also without the comma, before the caption's first capital: "Media caption Mr Obama told the BBC ...")
_CAPTION_LINE = lazy_compile(r"^(?:(?:image|picture|photo|video|media) caption|pie de foto|legenda da foto|légende image"
                             r"|légende photo)(?:,\s*|\s+(?=(?-i:[A-Z0-9\"“‘])))", re.I)
_PICTURE_AGENCY_WORDS = 6  # at most, in a picture agency's name on a line of its own


# "2 Gardai are appealing ...": the number a photo gallery prints before each caption, then a sentence's
# capitalised first word and a lower-case one (so that "10 Downing Street" stays whole); "[1/3] Residents ...":
# the picture's place in the gallery and how many it holds; "1 of 4 | Residents ...", "2 / 9 · Residents ...", "3 von 12
# Anwohner ...": the same in words or with a bar after it, in the six languages.
_GALLERY_COUNTER = lazy_compile(r"^(?:\d{1,2}\s+(?=[A-ZÀ-Þ][\w'’\-]*\s+[a-z])|\[\d{1,3}\s*/\s*\d{1,3}\]\s*(?=\S)"
                                r"|\d{1,3} (?:of|de|von|sur|di) \d{1,3}(?: ?[|·] | (?=[A-ZÀ-Þ\"“‘«]))"
                                r"|\d{1,3} ?/ ?\d{1,3} [|·] "
                                # (the picture's word first, a dash after it: "Foto 1 de 3 — Barco de pesca …")
                                r"|(?:Foto|Photo|Bild|Image|Imagen|Imagem|Immagine|Picture) \d{1,3} (?:of|de|von|sur|di|/) \d{1,3}"
                                r"(?: ?[|·—–-] | (?=[A-ZÀ-Þ\"“‘«])))")
# "1/12 Daisy Carrington, 6, with …": the number and the count alone before a credited caption's first capital (alone
# before a title, it numbers a slide show's items as well, no caption's).
_SLASH_COUNTER = lazy_compile(r"\d{1,3}/\d{1,3} (?=[A-ZÀ-Þ])")


def slash_counter(text: str) -> int:
    """How many characters of ``text`` are a gallery's counter written "1/12 " before the caption (0 when none)."""
    match = _SLASH_COUNTER.match(text) if text[:1].isdigit() else None
    return match.end() if match else 0


_PICTURE_WORD_FIRST = frozenset("FPBI")  # (the first letters of the picture's words a counter may open with)
_COUNTER_WORD_REACH = 12  # characters, at most, to the counter's first figure after the picture's word


def gallery_counter(text: str) -> int:
    """How many characters of ``text`` are a gallery's picture counter (0 when it has none)."""
    if not (text[:1].isdigit() or text[:1] == "[" or text[:1] in _PICTURE_WORD_FIRST
            and any(map(str.isdigit, text[:_COUNTER_WORD_REACH]))):
        return 0
    match = _GALLERY_COUNTER.match(text)
    return match.end() if match else 0


def _wire_and_name(text: str) -> bool:
    """Whether ``text`` is a news agency and a person's name (or a second agency) either side of one slash."""
    parts = [part.strip() for part in text.split("/")]
    return (len(parts) == 2 and any(agency(part) is not None for part in parts)
            and all(agency(part) is not None or _NAME.fullmatch(part) is not None for part in parts))


def named_for(text: str) -> Optional[tuple[str, str]]:
    """The person and the organisation of a line that names them on either side of a bar ("Jane Roe | The Valley
    Courier"): under a caption, who took the picture and for whom; under a headline, who wrote the story."""
    if text.count("|") != 1:
        return None
    name, organisation = (part.strip() for part in text.split("|"))
    if (_NAME.fullmatch(name) is None or is_organisation(name)
            or not (is_organisation(organisation) or is_publication_name(organisation))  # ("El Sol de la Península")
            or byline_parts(name) is not None  # ("By Jane Roe | Reuters" is a byline, read as such)
            or all(word in _STORY_LABEL_WORDS for word in name.lower().split())  # ("EN VIVO | …": a live label)
            or is_edition(organisation)  # ("Domingos Kapenda | Edição Online": the edition's, no publisher)
            or is_role(organisation)):  # ("Ethan Doucette | News Editor": the writer's job, no publisher)
        return None
    return name, organisation


def is_edition(text: str) -> bool:
    """Whether ``text`` names the paper's edition or desk, not a publisher ("Edição Online", "Digital Edition")."""
    return _EDITION.fullmatch(text.strip()) is not None


# The paper's edition, named as a desk signs with it, in the six languages: "Edição Online", "Digital Edition".
_EDITION = lazy_compile(r"(?:edição|edición|edition|édition|ausgabe|edizione|redac?ção|redacción)\s+(?:online|digital|web|impresa"
                        r"|impressa|print|en ligne|numérique)|(?:online|digital|web|print)[- ](?:edition|ausgabe|redaktion|desk)",
                        re.I)


def standalone_credit(text: str, *, under_caption: bool = False) -> Optional[str]:
    return _standalone_credit(text, under_caption)


_SENT_IN = lazy_compile(r"(?:photo |picture |image )?(?:submitted|sent|shared) (?:in )?by (?:an? |our )?(?:viewer|reader|listener)s?",
                        re.I)
_HANDOUT_ALONE = 14  # characters, at most, in a handout's word alone under a caption
_NETWORK_HANDLE = lazy_compile(r"(?:Instagram|Twitter|X|TikTok|Facebook|YouTube|Threads|Bluesky|Snapchat)\s?/\s?@[\w.\-]{2,40}",
                               re.I)
_HANDOUT_ALONE_WORD = lazy_compile(r"DR|D\.R\.|Cedidas?|Cedidos?|Difusi[óo]n|Suministrad[ao]|Divulga[çc][ãa]o|Reprodu[çc][ãa]o"
                                   r"|privat|zVg|Handout|Supplied|Courtesy|Archivo|Arquivo|Archivio")  # (not "Leserreporter": a button too)
_INITIALS_THEN_NAME = lazy_compile(r"[A-Z]{2,6}/(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’\-]+){1,3})")


_CAPITALS_THEN_ARCHIVE = lazy_compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9 .&'’\-]{1,40} - (?:Archivo|Arquivo|Archive|Archiv|Archivio|Archives)")
# "/Especial para O Regional", "/Special to The Courier": the paper a freelance photographer took it for, after a slash.
_SPECIAL_TO_AFTER_SLASH = lazy_compile(r"\s?/\s?(?:especial|special|spécial|speciale) (?:para|to|for|pour|per) "
                                       r"(?P<outlet>[A-ZÀ-Þ].*)$", re.I)
_INITIALS = lazy_compile(r"[A-Z]{2,6}")
# A note that the picture is an archive's or a stock one, after its credit: "(archivio)", "(Archivbild)", "(file photo)".
# "(foto d'archivio)", "(Photo d'archives)", "(Foto de archivo)", "(Foto referencial)", "(Photo d'illustration AFP)": the
# picture's word and its note that it comes from the archives or illustrates the story, a wire's name after it or not.
_ARCHIVE_PICTURE_AFTER = lazy_compile(r"\s*\((?P<credit>(?:foto|photo|bild|imagen|imagem|immagine|image)s?\s+(?:d['’]\s?|de |di |del |da )?"
                                      r"(?:archivio|archives?|archivo|arquivo|archiv|illustration|ilustración|ilustração"
                                      r"|illustrazione|repertorio|referencial)(?:\s+(?:[A-Z]{2,6}|[A-Z][a-z]+))?)\)$", re.I)
# A picture's word, the word that it was taken (or none, in Italian's "da", which never says who took it) and where
# from: a web platform or the web itself, or any source after the word "taken" ("foto da Facebook", "foto dal web",
# "immagine tratta da Google Maps", "Foto tomada de redes sociales", "photo tirée de Facebook", "Foto aus dem Netz").
_TAKEN_FROM_AFTER = lazy_compile(r"\s*\((?P<credit>(?:foto|photo|bild|imagen|imagem|immagine|image|screenshot)s?\s+"
                                 r"(?:(?:tratt[ao]|pres[ao]|tomad[ao]|extra[íi]d[ao]|retirad[ao]|tiré(?:e|es|s)?|taken|entnommen)"
                                 r"\s+(?:da|dal|dalla|dall['’]\s?|dai|dagli|de|del|de la|des|du|do|dos|das|from|aus|von)\s+"
                                 r"[^()]{2,60}"
                                 r"|(?:da|dal|dalla|dall['’]\s?|dai|dagli|from|aus dem|von)\s+(?:(?:la|il|lo|the)\s+)?"
                                 r"(?:pagina |profilo |account |page |profile )?"
                                 r"(?:facebook|instagram|twitter|x|tiktok|youtube|telegram|whatsapp|linkedin|google(?: maps| street view)?"
                                 r"|street view|web|social(?: network)?|internet|rete|netz|video)\b[^()]{0,50}))\)$", re.I)
# The same note before the caption: "(Foto d'archivio) Braccianti al lavoro …", "(Archivbild) Der Bischof …".
_ARCHIVE_PICTURE_FIRST = lazy_compile(r"\((?P<credit>(?:(?:foto|photo|bild|imagen|imagem|immagine|image)s?\s+(?:d['’]\s?|de |di |del |da )?"
                                      r"(?:archivio|archives?|archivo|arquivo|archiv|repertorio)"
                                      r"|archivio|archives?|archivo|arquivo|archivbild|archivfoto|file(?: photo)?))\)\s+"
                                      r"(?P<caption>(?-i:[A-ZÀ-Þ])\S*(?:\s+\S+){2,})$", re.I)
_FILE_NOTE_AFTER = lazy_compile(r"\s+\((?:archives?|archivo|arquivo|archivio|archiv|archivbild|archivfoto|symbolbild"
                                r"|symbolfoto|file(?: photo)?|illustration)\)$", re.I)
_GLUED_FOTO = lazy_compile(r"Foto[A-Z][a-zà-ÿ]{3,}")  # an Italian picture agency's name: "FotoBenvenuti", "FotoSchicchi"
_NAME_ROLE_WIRE = lazy_compile(r"(?P<name>[^,]{3,40}) - (?:staff|freelancer?|contributor|stringer|pool|handout), "
                               r"(?P<wire>[\w .&\-]{2,30})")
# "Cortesía Ayuntamiento", "Gentileza Observatorio Tololén", "Cortesia Prefeitura": the word for a picture given, in
# Spanish, Portuguese and Italian, and who gave it, capitalised.
_COURTESY_WORD_LINE = lazy_compile(r"(?:Gentileza|Cortes[íi]a)(?:\s+(?:de|del|da|do|dos|das|di))?\s+[A-ZÀ-Þ][\w'’.\-]*"
                                   r"(?:\s+(?:(?:de|del|da|do|la|y|e|di)\s+)?[A-ZÀ-Þ][\w'’.\-]*){0,5}")
# ("Courtesy of the Roe family", "Courtesy of the artist": who lent the picture, named by what they are to it)
_COURTESY_LINE = lazy_compile(r"(?:(?:photo|image|picture|video)s?\s+)?courtesy(?:\s+of)?\s+(?:the\s+)?(?:(?-i:[A-ZÀ-Þ])[\w'’.&\-]*"
                              r"(?:\s+(?:of\s+|the\s+|and\s+|&\s+|for\s+|(?:de|del|da|do|di|du|la|le)\s+)?"
                              r"(?-i:[A-ZÀ-Þ])[\w'’.&\-]*){0,6}"
                              r"(?:\s+(?-i:family|families|estate|collection|archives?))?"
                              r"|(?-i:artist|author|photographer|family|owner|subject)s?)", re.I)
_WIRE_PHOTO = lazy_compile(r"(?P<wire>[A-Z]{2,12}) PHOTO (?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){1,3})")
_GLUED_OPENINGS = (".(", "!(", "?(")


# " pour Le Nouvel Atlas", " for The Valley Courier": whom a photographer took the picture for, after the name.
_PHOTOGRAPHER_FOR = lazy_compile(r" (?:pour|for|per|für|para) (?:[A-ZÀ-Þ][\w'’&.\-]*(?: [\w'’&.\-]+){0,4})$")
_TAKEN_FOR = lazy_compile(r"(?P<name>[^/]{3,40})/for (?P<outlet>[A-ZÀ-Þ][\w'’&.\-]*(?: [\w'’&.\-]+){0,4})")


def _wire_dash_name(text: str) -> bool:
    """Whether ``text`` is a wire and a person's name either side of a spaced dash ("AFP - JEAN-LUC FERRAND")."""
    first, second = (part.strip() for part in text.split(" - "))
    for wire, name in ((first, second), (second, first)):
        if ((agency(wire) is not None or _PICTURE_AGENCY.fullmatch(wire) is not None) and agency(name) is None
                and is_bare_name(name.title() if name.isupper() else name)):
            return True
    return False


def _name_wire_service(text: str) -> bool:
    """A photographer's name, a wire and a picture service between bars ("Evan Morales | Bloomberg | Getty Images")."""
    name, wire, service = (part.strip() for part in text.split(" | "))
    return (is_bare_name(name) and (agency(wire) is not None or _PICTURE_AGENCY.fullmatch(wire) is not None)
            and _PICTURE_AGENCY.fullmatch(service) is not None)


def _bar_credit(credit: str) -> bool:
    """"JANE ROE | Times", "Jane Roe | The Valley Courier": a photographer, a bar and the paper they work for."""
    name, _, paper = credit.partition("|")
    name, paper = name.strip(), paper.strip()
    return is_bare_name(name.title() if name.isupper() else name) and paper[:1].isupper() and len(paper.split()) <= 4


def initials_then_name(text: str) -> bool:
    """"NBS/Tom Ellery": a broadcaster's or an agency's initials, a slash and a photographer's name: a picture's credit."""
    initials = _INITIALS_THEN_NAME.fullmatch(text)
    return initials is not None and is_bare_name(initials.group("name"))


def _name_dash_agency(text: str) -> bool:
    name, _, owner = text.partition("—")
    return is_bare_name(name) and (_AGENCY.search(owner) is not None or agency(owner) is not None
                                   or _PICTURE_AGENCY.fullmatch(owner) is not None)


def _sentence_after_label(text: str) -> bool:
    """Whether the words after a picture's label are a sentence, the caption's, not a credit: six words or more and a
    full stop ("Archivfoto: Die Windräder am Hainkopf im Sommer 2021."; not an initial's, "Foto: D.R.")."""
    return (text.endswith(".") and text.count(" ") >= _SENTENCE_AFTER_LABEL_WORDS
            and _INITIAL_LAST.search(text) is None)


_SENTENCE_AFTER_LABEL_WORDS = 6
_LABEL_THEN_BAR = lazy_compile(rf"(?P<label>{_CREDIT_WORDS}) \| ", re.I)
_MEDIA_SECTIONS = frozenset("video videos vídeo vídeos audio audios áudio podcast podcasts galerie galería galeria galleria "
                            "gallery fotos photos bilder fotografie".split())  # (a menu's other sections after "Foto | ")
_INITIAL_LAST = lazy_compile(r"(?:^|[\s.])[A-ZÀ-Þ]\.$")
_PICTURE_WORD_BEFORE = lazy_compile(r"^(?:foto|photo|bild)\s+(?=(?-i:[A-ZÀ-Þ])[^/\s]*\s[^/]*/)", re.I)
# "(foto Polizia cantonale)", "(Foto Vigili del fuoco)": the picture's word in brackets, then who gave it, an
# institution's name in the languages that write its other words small.
_BRACKETED_FOTO = lazy_compile(r"\((?:foto|photo|bild|imagen|imagem|immagine)\s+(?P<credit>(?-i:[A-ZÀ-Þ])[\w'’.\-]*"
                               r"(?:\s+[\w'’.\-]+){0,3})\)", re.I)


@short_lines_remembered  # (a credit's line is asked about as the caption's follower, then again on its own)
def _standalone_credit(text: str, under_caption: bool) -> Optional[str]:
    """The credit when ``text`` is a line holding nothing else: ``Photo: Jane Roe``, ``(AP Photo/Jane Roe)``,
    ``Jane Roe | Reuters 2021``, ``Getty Images``. Under a line that can be a caption, a name and whom they work
    for (``Jane Roe/The Valley Courier``) is one too; alone, it may as well be two sections of a menu; so is a word that
    says who gave or holds the picture (``DR``, ``Cedida``, ``Divulgação``)."""
    if under_caption and len(text) <= _HANDOUT_ALONE and _HANDOUT_ALONE_WORD.fullmatch(text) is not None:
        return text
    if text.endswith(")") and (note := _FILE_NOTE_AFTER.search(text)) is not None and note.start() > 0:
        return _standalone_credit(text[:note.start()], under_caption)  # "TI-PRESS/Marco Pellandini (archivio)"
    if under_caption and text[:1] in "SsPp" and _SENT_IN.fullmatch(text) is not None:
        return text  # "Submitted by viewer", "Photo submitted by a reader": a picture the audience sent
    if under_caption and "@" in text and _NETWORK_HANDLE.fullmatch(text) is not None:
        return text  # "Instagram/@kayleevoss.official": a picture taken from someone's account on a network
    if under_caption and " - " in text and _CAPITALS_THEN_ARCHIVE.fullmatch(text) is not None:
        return text  # "EUROPA PRESS - Archivo": the wire or the company in capitals, then its word for a file picture
    # Each shape is tried only when the line holds the character it cannot match without: most lines asked
    # are a story's paragraphs, which hold none of the shapes.
    if (":" in text and (match := _LABELLED.match(text)) is not None and not _titled(match.group("credit"))
            and not _sentence_after_label(text)):
        return match.group("credit").strip()
    if text.startswith("(") and text.endswith(")") and len(text) <= 82 and credit_like(text[1:-1]):
        return without_label(text[1:-1].strip())  # "(AP Photo/Jane Roe)"
    if under_caption and text.startswith("(") and (bracketed := _BRACKETED_FOTO.fullmatch(text)) is not None:
        return bracketed.group("credit")
    if (text.startswith("[") and text.endswith("]") and len(text) <= 82 and "/" in text
            and slash_credit(inner := text[1:-1].strip())):
        return inner  # "[Jane Roe/Getty Images]" (a button's label in brackets, "[ Send Your Request ]", names no one)
    if (text.startswith("Credit") and (named := _CREDIT_WORD.match(text)) is not None and len(text) <= 82
            and credit_like(text[named.end():])):
        return text[named.end():]
    if ("|" in text and _NAME_BAR_AGENCY.match(text) and (_AGENCY.search(text) or _YEAR.search(text)
                                                          or agency(text.split("|")[1]))
            and find_date(text) is None and all(len(part.split()) <= _BAR_CREDIT_WORDS for part in text.split("|"))
            and not text.split("|")[0].rstrip().endswith(".")):  # ("Rep. Mark Meadows. | Jane Roe/Getty": a caption)  # ("Jane Roe | March 3, 2024", "March 3, 2024 | Jane Roe" sign a story)
        return without_label(text)  # ("PHOTO | REUTERS": the picture's word before the bar is no part of the credit)
    if (under_caption and " | " in text and (barred := _LABEL_THEN_BAR.match(text)) is not None
            and "|" not in (rest := text[barred.end():]) and rest.lower() not in _MEDIA_SECTIONS):
        # "Foto | Cortesía Alcaldía de Aranzazú Alto" under a caption: the picture's label with a bar for its colon (not
        # a menu's "Fotos | Videos")
        return _standalone_credit(f"{barred.group('label')}: {rest}", under_caption)
    if under_caption and "|" in text and (named_for(text) is not None
                                          or text.isupper() and named_for(text.title()) is not None):
        return text  # "Jane Roe | The Valley Courier" under a caption (in capitals too): who took the picture, and for whom
    if under_caption and text.count(" | ") == 2 and _name_wire_service(text):
        return text  # "Evan Morales | Bloomberg | Getty Images": the photographer, the wire, the picture service
    if under_caption and "/for " in text and (taken_for := _TAKEN_FOR.fullmatch(text)) is not None and is_bare_name(
            taken_for.group("name")):
        return text  # "Nadia Ortz/for Radio Commons": the photographer, and whom the picture was taken for
    if under_caption and " • " in text and named_for(text.replace(" • ", " | ", 1)) is not None:
        return text  # "MARCUS HOLT • The Twin Lakes Courier": the photographer, a bullet, and the paper
    if (under_caption and "/" in text and (source := _SOURCE_LABEL.match(text)) is not None
            and _wire_and_name(rest := text[source.end():])):
        return rest  # "Quelle: Philipp Rother/dpa" under a caption: a photographer and the wire (a story's source is a wire alone)
    if (under_caption and text[:1] in "SsFfQq" and (source := _SOURCE_LABEL.match(text)) is not None
            and _PICTURE_AGENCY.fullmatch(rest := text[source.end():]) is not None):
        return rest  # "Source: Shutterstock" under a caption: a picture agency
    if (under_caption and text.endswith(")") and (wired := _NAME_THEN_WIRE.fullmatch(text)) is not None
            and agency(wired.group("wire")) is not None
            and is_bare_name(name.title() if (name := wired.group("name")).isupper() else name)):
        return text  # "Quique Serrano (EFE)" under a caption: the photographer, and the wire
    if (text.startswith(("©", "(c)")) and (owner := _OWNER.fullmatch(text)) is not None and _YEAR.search(text) is None
            and not any(w in text.lower() for w in ("rights", "copyright")) and RIGHTS_RESERVED.search(text) is None):
        # "© Jane Roe" under a caption; a page's own notice gives a year, or says its rights are reserved ("©
        # Riproduzione riservata", "© Tous droits réservés", under the story's last paragraph)
        return owner.group("credit")
    if (" by " in text or " by: " in text) and (by := _BY_LINE.fullmatch(text)) is not None:
        return without_label(by.group(0))  # "Photo by Jane Roe", "Staff photo by Jane Roe"
    if text[:1] in "FfPpBbIi" and (by := _FOREIGN_BY_LINE.fullmatch(text)) is not None:
        return by.group("credit")  # "Fotografia de Inês Valadares", "Foto di Marco Bianchi", "Photo de Jeanne Roux"
    if text[:1] in "PFBI" and text.isupper() and (capitals := _CAPITALS_LABELLED.fullmatch(text)) is not None:
        return capitals.group("credit")  # "PHOTO MATHIEU TREMBLAY-ROY, LA PRESSE CANADIENNE": label and credit in capitals
    if "/" in text and _SLASH_LINE.fullmatch(text) and (_AGENCY.search(text) or agency(text.split("/")[-1])
                                                         or under_caption and slash_credit(text)
                                                         # (set in capitals, a credit is no shouted link)
                                                         and chrome_reason(text.title() if text.isupper() else text) is None):
        # "Jane Roe/Reuters", "Jane Roe/The Valley Courier": a photographer and whom they work for (the picture's word
        # before them, without its colon, is no part of it: "Foto Carlo Bartolini/FotoElsa")
        return _PICTURE_WORD_BEFORE.sub("", text)
    if "/" in text and initials_then_name(text):
        return text  # "NBS/Tom Ellery": the broadcaster's or the agency's initials, then the photographer
    if "/" in text and _wire_and_name(text):
        return text  # "Hans Müller/dpa", "dpa/Hans Müller": the wire written in small letters, as it writes itself
    if (" - " in text and (role := _NAME_ROLE_WIRE.fullmatch(text)) is not None and is_bare_name(role.group("name"))
            and agency(role.group("wire")) is not None):
        return text  # "Hari Patel - staff, AP": the photographer, how they worked for the wire, and the wire
    if under_caption and text.count(" - ") == 1 and _wire_dash_name(text):
        return text  # "AFP - JEAN-LUC FERRAND", "Jane Roe - Reuters" under a caption: the wire and its photographer
    if text[:1] in "PpIiCc" and ("ourtesy" in text or "OURTESY" in text) and _COURTESY_LINE.fullmatch(text) is not None:
        return text  # "Photo courtesy of Corliss Volunteer Fire Department": who gave the picture
    if under_caption and text[:1] in "CcGg" and _COURTESY_WORD_LINE.fullmatch(text) is not None:
        return text  # "Cortesía Ayuntamiento", "Gentileza Observatorio Tololén" under the caption: who gave it, as printed
    if text.isupper() and " PHOTO " in text and (wired := _WIRE_PHOTO.fullmatch(text)) is not None and agency(
            wired.group("wire")) is not None:
        return text  # "BELGA PHOTO JASPER VERHOEVEN": the wire, its word for a picture, and the photographer
    if "—" in text and " " not in text.partition("—")[2][:1] and _name_dash_agency(text):
        return text  # "Marta Ruiz—Bloomberg/Getty Images": the photographer, a long dash and the agency, no spaces
    if (text[:1] in "FfPpBbIi" and (labelled := _UNMARKED_LABEL.match(text)) is not None
            and (agency(rest := text[labelled.end():]) is not None or _PICTURE_AGENCY.fullmatch(rest))):
        return rest  # "Foto ANSA", "Photo AFP": the word for a picture without its colon, then whose it is
    if (under_caption and text[:1] in "FfPpBbIi" and (labelled := _UNMARKED_LABEL.match(text)) is not None
            and _name_then_wire(rest := text[labelled.end():])):
        return rest  # "PHOTO Ryan Tremblay La Presse Canadienne": the label, the photographer and the wire
    if (under_caption and text[:1] in "FfPpBb" and (labelled := _UNMARKED_LABEL.match(text)) is not None
            and is_bare_name(_PHOTOGRAPHER_FOR.sub("", rest := text[labelled.end():])) and chrome_reason(text) is None
            and _GALLERY_WORDS.isdisjoint(rest.lower().split())):
        # "Photo Bernard Sérès": the word for a picture without its colon, then the photographer's name (and whom they
        # took it for: "Photo Samuel Kerjean pour Le Nouvel Atlas")
        return rest
    # A news agency's name alone may be a story's sign-off; a picture agency's is a credit.
    if (text.count(" ") < _PICTURE_AGENCY_WORDS and not text.endswith((".", "!", "?"))
            and _PICTURE_AGENCY.fullmatch(text)):
        return text
    return None


# A credit glued to the end of its caption with a space alone, as a page's text runs the two together: the picture's
# word and the photographer in capitals ("… mardi. PHOTO FRANCIS LÉVESQUE-ROY, LA PRESSE CANADIENNE"), the name alone in
# capitals ("… do concelho PAULO SEQUEIRA"), an agency's initials and a name ("… erneuert werden LFO/Anna Maier"), or an
# Italian picture agency's glued name ("… del Portoscuro FotoCampo").
_CAPITAL_WORD = r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+"
# (a name's word has three letters or more and a vowel: "GB RAM", "PKO BP" or "MTB FS" are a product's letters)
_NAME_WORD_IN_CAPITALS = lazy_compile(r"[A-ZÀ-Þ'’\-]*[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü][A-ZÀ-Þ'’\-]*")
_GLUED_LABELLED_CAPITALS = lazy_compile(r"(?P<caption>.+?) (?:PHOTOS?|FOTOS?) (?P<credit>" + _CAPITAL_WORD
                                        + r"(?: (?:[A-ZÀ-Þ]\.|" + _CAPITAL_WORD + r")){1,3}(?:, " + _CAPITAL_WORD
                                        + r"(?: " + _CAPITAL_WORD + r"){0,4})?)")
_GLUED_NAME_IN_CAPITALS = lazy_compile(r"(?P<caption>.+[a-zà-ÿ0-9,)]) (?P<credit>" + _CAPITAL_WORD
                                       + r"(?: (?:[A-ZÀ-Þ]\.|" + _CAPITAL_WORD + r")){1,3})")
_GLUED_INITIALS_AND_NAME = lazy_compile(r"(?P<caption>.+[a-zà-ÿ0-9,)]) (?P<credit>[A-Z]{2,6}/[A-ZÀ-Þ][a-zà-ÿ'’\-]+"
                                        r"(?: [A-ZÀ-Þ][a-zà-ÿ'’\-]+){1,3})")
_GLUED_AGENCY_WORD = lazy_compile(r"(?P<caption>.+[a-zà-ÿ0-9,)]) (?P<credit>Foto[A-Z][a-zà-ÿ]{3,})")
_GLUED_CREDIT_CAPTION_WORDS = 5  # at least, in the caption before a credit glued to it
_WORD_IN_CAPITALS_AFTER_STOP = lazy_compile(r"(?P<caption>\S.*\S[.!?]) (?P<credit>[A-ZÀ-Þ]{3,})")


def glued_credit_at_end(text: str) -> Optional[tuple[str, str]]:
    """(caption, credit) for a caption with its credit glued at its end after a space (see above); None otherwise."""
    last = text[-1:]
    if not (last.isupper() or last.isalpha()) or text.count(" ") < _GLUED_CREDIT_CAPTION_WORDS:
        return None
    if last.isupper():
        found = _GLUED_LABELLED_CAPITALS.fullmatch(text) or _GLUED_NAME_IN_CAPITALS.fullmatch(text)
        if found is None:
            # ("… en Valdemora. GACETA": a paper's or an agency's one word in capitals after the caption's stop)
            alone = _WORD_IN_CAPITALS_AFTER_STOP.fullmatch(text)
            return (alone.group("caption"), alone.group("credit")) if alone is not None else None
        name = found.group("credit").partition(", ")[0]
        if (not is_bare_name(name.title())
                or not all(len(word) >= 3 and _NAME_WORD_IN_CAPITALS.fullmatch(word) for word in name.split()
                           if not word.endswith(".")) or any(is_function_word(word.lower()) for word in name.split())
                or agency(name) is not None or is_organisation(name.title())):
            return None
    else:
        found = (_GLUED_INITIALS_AND_NAME.fullmatch(text) if "/" in text[-40:]
                 else _GLUED_AGENCY_WORD.fullmatch(text) if "Foto" in text[-30:] else None)
        if found is None or "/" in found.group("credit") and not initials_then_name(found.group("credit")):
            return None
    caption = found.group("caption")
    if (caption.count(" ") + 1 < _GLUED_CREDIT_CAPTION_WORDS or caption.isupper()
            or is_function_word(caption.rpartition(" ")[2].lower())):  # ("… at the NATO SUMMIT": one phrase)
        return None
    return caption, found.group("credit")
