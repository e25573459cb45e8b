"""Article body lines to blocks: paragraphs, headings, lists, figures; chrome set aside.

Captures of web pages put one paragraph per line (the page's block elements),
so every non-blank line is one unit. Shared by every layout.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional, Sequence

from ._lazy_patterns import lazy_compile
from .captions import (CAPTION_WORDS, DATA_SOURCE_LABEL_REACH, PICTURE_BY_MARK, SENTENCE_INSIDE, can_be_caption, caption_parts, data_source, describes_picture, gallery_counter, slash_counter,
                       named_for, picture_words_alone,
                       is_credit_line, labelled_caption, labelled_picture, NUMBERED_FIGURE_OPENINGS, numbered_figure, picture_button, present_scene, reserved_caption, says_who_is_pictured, SCENE_TIME_ENDINGS, source_credit, standalone_credit,
                       credit_under_sentence, glued_credit_at_end, tells_as_news, without_label)
from .agencies import agency, call_letters
from .factboxes import among_facts, is_line_up
from .chrome import (COMMENT_SECTION_STARTS, chrome_reason, cut_phrase_reason, link_label, writers_stories,
                     writers_stories_glued)
from .dates import date_alone, find_date, relative_age
from .datelines import dateline
from .draft import ArticleDraft, DocumentDraft, figure
from .rights import RESERVED, RIGHTS_RESERVED
from .people import (paper_written_for, EMAIL_ADDRESS, NEWSROOM_MARKS, NEWSROOM_WORDS, byline_parts, date_then_name, glued_stamp, is_bare_name, is_organisation, is_place_alone,
                     is_role, place_after_name, place_signed, wire_in_job, written_from)
from .mastheads import SECTIONS, is_paper_name
from .text import Line
from .times import date_time
from .language import CLOSING_QUOTES, is_function_word, title_cased

_BULLET = lazy_compile(r"^[•·▪●◦‣∙■□➤►\-*]\s+(?P<item>\S.*)$")
_BULLETS = frozenset("•·▪●◦‣∙■□➤►-*")
_TERMINAL = (*'.!?…:;,\')]', *CLOSING_QUOTES)
TIMESTAMP = lazy_compile(  # (after a dash a page may print before it: "-Aktualisiert am 03.03.2024-10:15")
    r"^(?:[-–—]\s*|\()?(?P<kind>published|posted|issued|updated|last updated|last modified|modified|first published|publié|mis à jour|veröffentlicht"
    # (the Swiss "Publiziert", "Erschienen am", "Erstellt am", "Paru le")
    r"|publiziert|erschienen|erstellt|eingestellt|paru|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|modifié|geändert|stand(?=\s*:)"
    # (the feminine forms, after a word such as "la noticia" or "la diretta")
    r"|publicada|actualizada|atualizada|pubblicata|aggiornata|publiée|mise à jour"
    # (French's "put online": "Mis en ligne le 05-03-24 à 14:32", "Mise en ligne :")
    r"|mis en ligne|mise en ligne"
    # (the blogs' "posted" in the other languages: "Postado em: 22/09/2024", "Gepostet: 21. Mai 2024", "Posté le …")
    # (not who posted it: "Gepostet von Katharina Volkwein", "Postado por …")
    r"|(?:postado|postada|gepostet|posté|postée|posteado|postato)(?!\s+(?:von|por|par|da|di|by)\b)"
    # (a broadcaster's "aired": "Diffusé le 27/11/2024", "Emitido el …", "Ausgestrahlt am …", "Trasmesso il …")
    r"|diffusé|diffusée|emitido|emitida|ausgestrahlt|trasmesso|trasmessa|aired|broadcast"
    # (the piece's word and its day: "Beitrag vom 21.05.2024", "Artikel vom …", "Article du …", "Articolo del …")
    r"|(?:beitrag|artikel|meldung|bericht) vom|article du|artículo del|artigo de|articolo del"
    # the last update's label in the other languages: "Ultimo aggiornamento:", "Última actualización:", …
    r"|ultimo aggiornamento|última actualización|última atualização|dernière mise à jour|letzte aktualisierung"
    # (the noun for it, before its colon, as content systems label it: "Publication : samedi 16 novembre 2024 18:40";
    # not German's "Veröffentlichung:", a record's release as often)
    r"|(?:(?:date|fecha|data) (?:de |di )?)?(?:publication|publicación|publicação|pubblicazione)(?=\s*:)"
    r"|publication date(?=\s*:)|date published(?=\s*:)"
    # (when it first ran, under its update's stamp: "Erstveröffentlichung: 22.12.2023", "Publié pour la première fois le …";
    # not where it first ran: "This story was originally published by The Valley Courier")
    r"|originally published(?!\s+(?:by|in|on|at)\s+(?:the\s+)?(?-i:[A-Z]))|erstveröffentlichung|erstmals veröffentlicht|première publication|publié pour la première fois"
    r"|primera publicación|publicado originalmente|primeira publicação|prima pubblicazione|pubblicato per la prima volta"
    r"|this (?:story|article) is from|this (?:story|article) was (?:originally |first )?published)(?:\b|(?=\d))"
    # (a site's note on an older story's day, over its headline; or on when it first ran, under it)
    r"(?:\s+(?:at|on|le|am|el|em|il))?[:\s]*",  # (a time may be glued to the word: "Updated21:22, 6 OCT 2020")
    re.I)
_STAFF = lazy_compile(r"^(?:from|by) (?:the )?[\w .&'’-]{1,40} staff$", re.I)
_TAGS = lazy_compile(r"^(?:tags?|topics|filed under|keywords|categor(?:y|ies)|themen|schlagw(?:ö|oe)rter|schlagworte"
                     r"|stichw(?:ö|oe)rter|getaggt mit|verschlagwortet mit|kategorien?|mots-clés|étiquettes|thèmes|sujets|etiquetas|temas"
                     r"|categorías|categorias|argomenti|categorie|temi|parole chiave|palabras clave|palavras-chave|assuntos)"
                     r"\s*:\s*(?P<tags>[^.!?]{1,200})$", re.I)
_TAGS_LABEL_REACH = 30  # characters: the label of a tags line and its colon are within them
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARACTERS = 100


_UPDATED = {"updated", "last updated", "last modified", "modified", "stand", "mis à jour", "aktualisiert", "actualizado", "atualizado",
            "aggiornato", "actualizada", "atualizada", "aggiornata", "mise à jour", "modifié", "geändert", "ultimo aggiornamento", "última actualización", "última atualização",
            "dernière mise à jour", "letzte aktualisierung"}


def is_heading(text: str) -> bool:
    """A short line with no closing punctuation: a subhead or section label (not a wire's credits)."""
    # Every paragraph is asked: the cheap tests come first, and splitting (a long line) last.
    return (0 < len(text) <= _HEADING_MAX_CHARACTERS and (not text.endswith(_TERMINAL) or _quote_closes_title(text))
            and (text[0].isupper() or text[0].isdigit()) and 0 < len(text.split()) <= _HEADING_MAX_WORDS
            and _STORY_CREDITS.match(text) is None)


_QUOTE_MARKS = frozenset("'\"”’»“«")
_BEFORE_A_CLOSING_QUOTE = frozenset(".!?…,:;")  # what a sentence's quotation ends with before its mark


def _quote_closes_title(text: str) -> bool:
    """"Power firm says restoring supply 'will take days'": a title may end with the words it quotes, where a
    sentence puts its stop (before or after the mark)."""
    return text[-1] in _QUOTE_MARKS and len(text) > 2 and text[-2] not in _BEFORE_A_CLOSING_QUOTE


# "Reporting by Jane Roe; Editing by John Doe": who worked on a wire's story, printed under it.
_STORY_CREDITS = lazy_compile(r"(?:additional )?(?:reporting|writing|editing|edited|written|compiled|research) by\s", re.I)


_RELATED_LABEL_WORDS = 6  # at most, in a label over links to other stories ("Explore more on these topics", "Más noticias de
# Región de Murcia")


def _is_link_text(text: str) -> bool:
    # (a title asked as a question is a link's too: "Canicule : jusqu'à quand va durer la chaleur ?", one sentence)
    return len(text.split()) <= _LINK_WORDS and (not text.endswith(_TERMINAL) or _quote_closes_title(text)
                                                 or text.endswith("?") and not any(mark in text[:-1] for mark in ".!?"))


_CAPTION_SENTENCE_WORDS = 8  # at least, in a caption's sentence (a link's title with a bar or initials is shorter)


def _captioned_sentence(text: str) -> bool:
    """Whether ``text`` is a sentence with a picture's credit after it (under a "Related stories" label, a
    picture between the links, not one of them)."""
    parts = caption_parts(text)
    return (parts is not None and parts[1].endswith(_SENTENCE_CLOSE)
            and len(parts[1].split()) >= _CAPTION_SENTENCE_WORDS)


def _date_alone_under(text: str) -> Optional[tuple[str, re.Match[str]]]:
    """The date of ``text`` when it is a date alone (the story's own under its last paragraph, on a page that prints
    no other), else None."""
    if len(text) > _DATE_LINE_CHARACTERS or not any(map(str.isdigit, text)):
        return None
    stamped = find_date(text)
    return stamped if stamped is not None and date_alone(text, stamped) is not None else None


def bullet_item(text: str) -> Optional[str]:
    if text[:1] not in _BULLETS:  # most lines: no need to run the pattern
        return None
    match = _BULLET.match(text)
    return match.group("item") if match else None


def read_body(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft, *,
              duplicates: Iterable[str] = (), final: bool = True) -> None:
    """Turn body lines into ``article.blocks``; what is not article text goes to ``doc.removed``.

    ``duplicates`` are texts already used as fields (a headline repeated on the
    page); ``final`` says whether the last line is the end of the capture, where
    a short unpunctuated line is more likely a cut-off paragraph than a heading.
    """
    units = [u for u in units if u.text]
    texts = [u.text for u in units]
    first_block, first_removed = len(article.blocks), len(doc.removed)
    repeated = {d.casefold() for d in duplicates if d}
    longest_repeat = max(map(len, repeated), default=-1)  # case folding never shortens a text
    in_comments = False
    thread = _comment_thread(units)  # where the readers' comments begin, printed with their reply buttons
    ended = False  # past the note about the author that closes a story: the rest is the page's
    in_related = False  # just after a "Related stories" label: the titles below it are links
    early = article.first_paragraph() is None
    # (a reader's comment is prose too, but none of the story)
    last_prose = _last_prose(units[:thread] if thread is not None else units)
    in_summary = False  # just after a "Key points" label: the list items below it are the summary
    menu_items: dict[int, bool] = {}  # whether the title-like line at an index is one of a menu's items
    prose_above = 0  # paragraphs added so far
    i = 0
    while i < len(units):
        unit = units[i]
        text = unit.text
        last = final and i == len(units) - 1
        if in_summary and (item := bullet_item(text)) is not None:
            article.summary.append(item)
            article.note("summary", unit.number)
            i += 1
            continue
        in_summary = len(text) <= _LONGEST_SUMMARY_LABEL and is_summary_label(text, texts[max(0, i - 4):i])
        if in_summary:
            doc.remove(unit, "summary-label")
            for item_unit in units[i + 1:i + 1 + unbulleted_items(texts, i + 1)]:
                article.summary.append(item_unit.text)
                article.note("summary", item_unit.number)
                i += 1
            i += 1
            continue
        if (in_related and chrome_reason(text) is None and (is_heading(text) or _is_link_text(text)
                                                             or 0 < len((bullet_item(text) or "").split()) < 15)
                and not _captioned_sentence(text)):  # (a caption with its credit is a picture, not a link)
            doc.remove(unit, "related-link")
            i += 1
            continue
        in_related = False
        in_comments = in_comments or thread is not None and i >= thread
        if in_comments:
            # (the site's copyright under the comments is its footer's, which names the publisher)
            doc.remove(unit, "copyright" if chrome_reason(text) == "copyright" else "comments")
        elif ended and article.published is None and TIMESTAMP.match(text) is not None and (
                stamped := find_date(text)) is not None and len(text.split()) <= _STAMP_WORDS:
            take_timestamp(unit, article, doc, stamped)  # "Publiziert am 20.03.2024" under the story: its own stamp
        elif (article.published is None and i == last_prose + 1 > 1 and (stamped := _date_alone_under(text)) is not None):
            # "26. September 2023" right under the story's last paragraph (under another story's title, that one's)
            take_timestamp(unit, article, doc, stamped)
        elif ended:
            doc.remove(unit, chrome_reason(text) or "after-story")
        elif len(text) <= longest_repeat and text.casefold() in repeated:
            doc.remove(unit, "duplicate-headline")
        elif len(text) <= _WEBSITE_FIELD_CHARACTERS and text.lower() in _WEBSITE_FIELDS and _under_comment_form(units, i, doc):
            doc.remove(unit, "comment-prompt")  # "Website" between "Email *" and "Save my name …": the form's optional field
        elif i > 0 and counted_caption(units, i):
            article.add_figure(text, None, unit.number, unit.last)
        elif text.find(":", 0, _TAGS_LABEL_REACH) >= 0 and (tags := _TAGS.match(text)) is not None:
            article.tags.extend(t.strip() for t in re.split(r"[,;|]", tags.group("tags")) if t.strip())
            article.note("tags", unit.number)
        elif (not article.blocks and 0 < (colon := text.find(": ", 0, _LONGEST_SUMMARY_LABEL)) and i + 1 < len(units)
              and text[:colon].lower() in _SUMMARY_LABELS):
            # "Resumen: el municipio mantiene 312 personas evacuadas …" over the story: its summary, under its label
            article.summary.append(text)
            article.note("summary", unit.number)
        elif (text[-1:] == ":" and not early and len(text) <= _LONGEST_AUTHOR_LABEL
              and _CONTACT_LABEL.fullmatch(text) is not None):
            doc.remove(unit, "contact")  # "Pressekontakt:", "Media contact:": who to ask, and how, on the lines under it
            for _ in range(_CONTACT_LINES):  # (the page's own chrome under it keeps its reason)
                if i + 1 >= len(units) or not _contact_detail(units[i + 1].text) or chrome_reason(units[i + 1].text):
                    break
                i += 1
                doc.remove(units[i], "contact")
        elif len(text) <= _LONGEST_AUTHOR_LABEL and _ABOUT_THE_AUTHOR.fullmatch(text) is not None:
            # "About the author": the note about the writer closes the story, unless the story's prose goes on
            # under it (a page may print the author's box right under the lead): then only the note goes.
            doc.remove(unit, "author-bio")
            ended = sum(_is_prose(u.text) for u in units[i + 1:i + 1 + _STORY_GOES_ON_REACH]) < _STORY_GOES_ON
            if (not ended and i + 1 < len(units) and (author := author_bio(units[i + 1].text)) is not None):
                doc.remove(units[i + 1], "author-bio")
                article.fill("byline", author, units[i + 1].number)
                i += 1
        elif ((text.startswith("©") or text[:2].isupper() and text.isupper() and without_label(text) != text)
              and (consumed := _credit_over_caption(units, i, article)) > 0):
            # "© Getty Images", "PHOTO JANE ROE, THE VALLEY COURIER" over a caption: the picture's credit, not the
            # page's copyright or a link in capitals
            i += consumed
            continue
        elif text[-9:].lower() == "riservata" and (reserved := reserved_caption(text)) is not None:
            article.add_figure(reserved, None, unit.number, unit.last)  # "… (foto d'archivio) - RIPRODUZIONE RISERVATA"
        elif (i > 0 and (":" in text or text[-1:] == "!") and units[i - 1].last + 1 == unit.number
              and len(texts[i - 1]) <= _AD_LABEL_CHARACTERS
              and (_BRAND_PITCH.fullmatch(text) is not None or _OFFER_THEN_CALL.fullmatch(text) is not None)
              and chrome_reason(texts[i - 1]) in _AD_REASONS):
            # "ANZEIGE", then "Stadtwerke Oberlausen: Jetzt zum Ökostrom-Tarif wechseln …", or the offer and its call
            # after a dash, "Sommerreifen-Aktion bei Auto Fenzl – jetzt Termin sichern!"
            doc.remove(unit, "advertisement")
        elif (article.byline is None and "@" in text and 0 < last_prose < i <= last_prose + _SIGNATURE_REACH
              and (signed := _SIGNED_WITH_ADDRESS.fullmatch(text)) is not None and is_bare_name(signed.group("name"))):
            article.fill("byline", signed.group("name"), unit.number)  # "Uwe Rabenstein / u.rabenstein@…" under the story
        elif (reason := chrome_reason(text)) is not None:
            doc.remove(unit, reason)
            # (the site's copyright, with its year or its rights reserved, under the story's last prose: its footer, all
            # that follows is the page's; "© Polizei RLP" alone may credit another story's picture)
            # (nor, with its rights reserved, under two paragraphs of the story or more and over a line or two of prose
            # at most, the page's own, "Follow the Courier on Facebook …"; a document's notice over its text is not)
            ended = reason == "copyright" and _SITE_COPYRIGHT.search(text) is not None and (
                0 <= last_prose < i or prose_above >= _PARAGRAPHS_OVER_FOOTER and RIGHTS_RESERVED.search(text) is not None
                and sum(_is_prose(u.text) for u in units[i + 1:]) < _PARAGRAPHS_UNDER_FOOTER)
            # (not a count of the comments over the story, under its deck: "4 Kommentare", then the story)
            in_comments = (reason in COMMENT_SECTION_STARTS and not (prose_above <= 1 and _COUNT_FIRST.match(text))
                           or reason == "share-counter" and not early and _comments_under(units, i))
            # (a "Related stories" label, or a bare "Sponsored" one, over a list of links)
            in_related = (reason == "related-link" and len(text.split()) <= _RELATED_LABEL_WORDS and not text.isupper()
                          or reason == "sponsor" and " " not in text
                          # ("Leia mais:": a label over the links under it, not the button that opens the story)
                          or reason == "page-chrome" and text.endswith(":") and len(text.split()) <= _RELATED_LABEL_WORDS)
            if in_related and (teasers := _teasers_under(units, i)) > 0:
                # ("Weitere Nachrichten", then other stories' titles, each over its blurb: the list's, the blurbs too)
                for teaser in units[i + 1:i + 1 + teasers]:
                    doc.remove(teaser, "related-link")
                i += teasers
                in_related = False
        elif text[:2].isupper() and link_label(text):  # (the cheap test inline: most paragraphs open "Th", "A ", ...)
            doc.remove(unit, "related-link")
        elif (" | " in text or ":" in text) and among_facts(texts, i, bars=early):
            _add_list_item(article, text, unit)  # a review's details, a match's line-ups: the story's facts, no prose
        elif early and _metadata_line(unit, article, doc):
            pass
        elif (early and article.byline is not None and i + 1 < len(units) and text.count(" ") < _WRITER_NOTE_WORDS
              and _follows_the_writer(units[i + 1].text, article.byline)):
            doc.remove(unit, "author-bio")  # "Ingeniero agrónomo. Fue director de …" over "Seguir a Martín Echegaray"
        elif (early and article.byline is not None and i + 1 < len(units)
              and (text.startswith(((writer := article.byline.partition(",")[0]), writer.rpartition(" ")[2] + " "))
                   or text[:4] in _HONORIFICS)
              and (author_bio(text) == writer or about_the_writer(text, writer))):
            # "Maya Oduya is a senior technology reporter at …" over the story (under "Maya Oduya, Staff Writer" too)
            doc.remove(unit, "author-bio")
        # A wire's name after the story's last prose is its sign-off ("... inseguro. EFE"), not a picture's credit.
        # (each shape's cheap test inline first: most lines are paragraphs, and a call costs more than the test)
        elif (consumed := ((text[:1] in _LABELLED_FIRST or text[:4] == "Bild") and labelled_figure(units, i, article))
              or (i < last_prose and text[-1:] not in _CHART_TITLE_LAST and _source_label_near(units, i)
                  and _chart(units, i, article, doc))
              or (len(text) <= _CREDIT_LINE_CHARACTERS and _credit_over_caption(units, i, article))
              or (text[:3] in NUMBERED_FIGURE_OPENINGS and _numbered_figure(units, i, article))
              or _figure(units, i, article, doc, last or i == last_prose)
              or (i + 1 < len(units) and units[i + 1].text.startswith(text) and alt_and_caption(units, i, article))
              or (not text.endswith(_TERMINAL) and _uncredited_caption(units, i, article, doc, last))
              or (text[-1:] == "." and (text[-5:-1].isdigit() or "(" in text
                                        or text.endswith(SCENE_TIME_ENDINGS) and text.count(" ") < _SCENE_SPACES)
                  and _described_picture(units, i, article, last))
              or (not article.blocks and PICTURE_NAMED_FIRST.match(text) is not None
                  and _described_picture(units, i, article, last))
              ) > 0:
            for extra in units[i + 1:i + consumed]:
                article.blocks[-1]["lines"][1] = max(article.blocks[-1]["lines"][1], extra.last)
            i += consumed
            continue
        elif text[:1] in _BULLETS and (item := bullet_item(text)) is not None:
            _add_list_item(article, item, unit)
        elif (picture_words_alone(text)
              and not (i > 0 and counter_alone(texts[i - 1]))):
            # "Imagen ilustrativa" between paragraphs: its caption (under a gallery's counter, "FOTO ILUSTRATIVA" labels it)
            article.add_figure(text, None, unit.number, unit.last)
        elif 0 < last_prose < i <= last_prose + _SIGNATURE_REACH and _wire_alone(text):
            doc.remove(unit, "sign-off")  # "(dpa)", "— AP", "EFE" under the story's last prose: the wire that wrote it
        elif (0 < last_prose < i <= last_prose + _SIGNATURE_REACH and text[:1] in "CcWwMm"
              and (informed := _INFORMATION_FROM.fullmatch(text)) is not None
              and (wire := agency(informed.group("wire"))) is not None):
            # "Con información de AFP", "Com informações da Agência Brasil" under the story: the wire whose copy it used
            doc.remove(unit, "sign-off")
            article.fill("publisher", wire, unit.number)
        elif (len(text) <= _CREDIT_LINE_CHARACTERS and ("(" in text or ":" in text or "/" in text or " by " in text
                                                        or text[:4].lower() in _PICTURE_WORD_OPENINGS)
              and standalone_credit(text) is not None and byline_parts(text) is None):
            doc.remove(unit, "photo-credit")  # the credit of a picture whose caption the page does not print
        elif (0 < last_prose < i <= last_prose + _SIGNATURE_REACH and len(text) <= _LONGEST_SIGNATURE
              and _ends_a_story(units, last_prose) and take_byline(unit, article, doc)):
            pass  # "Von Johanna Roth, Riverton": a byline printed right under the story
        elif (article.byline is None and 0 < last_prose < i <= last_prose + _SIGNATURE_REACH and text.isupper()
              and text.count(" ") < _SIGNED_NAME_WORDS and is_bare_name(text) and _ends_a_story(units, last_prose)):
            article.fill("byline", text, unit.number)  # "PETRA KLOSE" under the story, as some papers sign it
        elif (article.byline is None and i == last_prose + 1 > 1 and text.rstrip(".").lower() in _NEWSROOM_SIGN_OFFS
              and _ends_a_story(units, last_prose)):
            article.fill("byline", text, unit.number)  # "Redaktion", "red" right under the story: the newsroom signs it
        elif article.byline is None and prose_above == 1 and len(text) <= _NEWSROOM_LINE and newsroom_alone(text):
            # "La Rédaction" between the deck read as the first paragraph and the story: the newsroom signs it
            article.fill("byline", text, unit.number)
        elif (article.byline is None and prose_above == 1 and 0 < i < len(units) - 1
              and article.blocks[-1]["lines"][1] == units[i - 1].last
              and _wire_alone(text) and text[:1] != "(" and len(texts[i + 1]) <= _DATE_LINE_CHARACTERS
              and find_date(texts[i + 1]) is not None):
            # "Colprensa" over the date, under the deck read as the first paragraph: the wire signs the story
            article.fill("byline", text, unit.number)
            article.fill("publisher", agency(text), unit.number)
        elif (article.byline is None and i == last_prose + 1 > 1 and 0 < text.count(" ") < _SIGNED_NAME_WORDS - 1
              and is_bare_name(text) and not is_organisation(text) and _ends_a_story(units, last_prose)
              and not any(is_function_word(word.lower()) for word in text.split())
              # (at the capture's end, not a phrase its end cut into a name's shape: "Weitere M", "Weitere Artike")
              and (len(text.rpartition(" ")[2]) > 1 and cut_phrase_reason(text) is None if i + 1 == len(units)
                   else chrome_reason(texts[i + 1]) is not None)):
            # "Aminata Coulibaly" right under the story's last paragraph, over the page's chrome ("Articles similaires"):
            # the writer who signs it (not a list's label over its links' titles: "Weitere Informationen")
            article.fill("byline", text, unit.number)
        elif (article.byline is None and prose_above <= _STAMP_UNDER_PARAGRAPHS and len(text) <= _LONGEST_SIGNATURE
              and text[:2].lower() in _BY_OPENINGS and take_byline(unit, article, doc)):
            pass  # "by Jane Roe January 18, 2017": the byline under a deck (the header ended at the deck's prose)
        elif (article.byline is None and prose_above <= _STAMP_UNDER_PARAGRAPHS and len(text) <= _LONGEST_SIGNATURE
              and (signed := _NAME_THEN_DAY.match(text)) is not None and is_bare_name(signed.group("name"))
              and not is_organisation(signed.group("name"))
              and (stamped := find_date(day := text[signed.end("separator"):])) is not None and stamped[1].start() == 0):
            # "Pauline Mercadier - 23 avr. 2024 à 06:00 - Temps de lecture : 3 min" under the deck: who wrote it, and when
            article.fill("byline", signed.group("name"), unit.number)
            take_timestamp(Line(unit.number, unit.raw, day, unit.end), article, doc, stamped)
        elif (prose_above <= _STAMP_UNDER_PARAGRAPHS and len(text) <= _DATE_LINE_CHARACTERS
              and (stamped := find_date(text)) is not None and (date_alone(text, stamped) is not None
                                                                 or _place_then_date(text, stamped) is not None)):
            # A date alone under the story's first paragraph (a deck, or a lead printed above the date) is its
            # stamp, not a heading; so is where and when ("Valencia - 12 mar 2025 - 05:30 CET"). (Further down, a
            # date heads another story's teaser or a comment.)
            if (place := _place_then_date(text, stamped)) is not None:
                article.fill("dateline", place, unit.number)
                unit = Line(unit.number, unit.raw, text[stamped[1].start():], unit.end)
            take_timestamp(unit, article, doc, stamped if place is None else find_date(unit.text))
        elif (":" in text and len(text) <= _DATE_LINE_CHARACTERS and _CLOCK.search(text) is not None
              and (stamped := find_date(text)) is not None and date_alone(text, stamped) is not None):
            doc.remove(unit, "timestamp")  # "May 28, 2024 15:42 (IST)": a live page's stamp over its next entry
        elif " by " in text and text[:1] in "RrAa-–—" and _WIRE_CREDITS.fullmatch(text) is not None:
            doc.remove(unit, "story-credits")  # "Reporting by Jane Roe; Editing by John Doe": who worked on the story
        elif " contributed" in text and _CONTRIBUTED.fullmatch(text) is not None:
            doc.remove(unit, "story-credits")  # "Associated Press writer Jane Roe in Lima contributed to this report."
        elif 0 < last_prose < i and text[:1] in "EePpCc" and _EDITED_BY.fullmatch(text) is not None:
            doc.remove(unit, "story-credits")  # "Edited by Jane Roe" under the story (over it, a live page's editor)
        elif (len(text) <= _HEADING_MAX_CHARACTERS and is_heading(text) and not last and i != last_prose
              and not glued_widget(text)):
            if menu_items.get(i) is None:
                menu_items.update(_menu_run(units, i))
            if menu_items[i]:
                doc.remove(unit, "navigation")
            elif (glued := glued_credit_at_end(text)) is not None and ends_as_caption(glued[0]) and can_be_caption(glued[0]):
                # "Die Talstation soll ebenfalls erneuert werden LFO/Anna Maier": a caption run into its credit, no subhead
                article.add_figure(glued[0], glued[1], unit.number, unit.last)
            else:
                article.blocks.append({"type": "heading", "text": text, "lines": [unit.number, unit.last]})
        elif (i + 1 < len(units) and note_over_writers_stories(text, units[i + 1].text)
              and _under_the_writers_name(units, i, article)):
            doc.remove(unit, "author-bio")  # the note on the writer, between their name and the link to their stories
            doc.remove(units[i + 1], "related-link")
            i += 1
        elif (writers_stories_glued(text) and _under_the_writers_name(units, i, article)
              and len(text.split(None, _WRITER_NOTE_WORDS + 8)) <= _WRITER_NOTE_WORDS + 8):
            doc.remove(unit, "author-bio")  # ("A computer science professor at …. View all posts by Daniel Lemire")
        elif i >= last_prose and (author := author_bio(text)) is not None:
            doc.remove(unit, "author-bio")
            article.fill("byline", author, unit.number)
            ended = True
        elif i >= last_prose and article.byline is not None and _note_on_the_writer(text, article.byline, last):
            doc.remove(unit, "author-bio")  # "Ruth Okonkwo-Bell is a retired schoolteacher …" under her column
            ended = True
        elif i >= last_prose and text[:4] in _WRITER_NOTE_OPENINGS and _UNNAMED_WRITER_NOTE.match(text) is not None:
            doc.remove(unit, "author-bio")  # "The writer is an urban planner …": the note on who wrote it, under the story
            ended = True
        elif (TIMESTAMP.match(text) is not None and len(text.split()) <= _STAMP_WORDS
              and (stamped := find_date(text)) is not None):
            take_timestamp(unit, article, doc, stamped)
        elif last and not text.endswith(_TERMINAL) and (reason := cut_phrase_reason(text)) is not None:
            doc.remove(unit, reason)  # "Das könnte Sie auch intere": the page's phrase the capture's end cut off
        elif text[:1] in _OPENING_QUOTES and i + 1 < len(units) and quote_card(text, units[i + 1].text):
            # "“We've cleared the house. …”" over "— Hemi Walsh, orchardist": a quote set apart with its speaker
            article.blocks.append({"type": "quote", "text": f"{text} {units[i + 1].text}",
                                   "lines": [unit.number, units[i + 1].last]})
            i += 2
            continue
        elif text[:1] == "@" and (card := _post_card_end(units, i)) > 0:
            # "@CityFireDept", the post's words, "7:02 AM · 14 Nov 2024"
            i = _set_aside_post_card(units, i, card, article, doc) + 1
            continue
        elif i + 1 < len(units) and units[i + 1].text[:2] in _TWEET_SIGNATURE_OPENINGS and _tweet_signature(units[i + 1].text):
            doc.remove(unit, "media-embed")  # an embedded post's text, however long, over "— Jane Roe (@janeroe) July 10, 2023"
        elif (i + 1 < len(units) and units[i + 1].text[:1] in _COPYRIGHT_FIRST and text.endswith(".")
              and _site_imprint(units, i)):
            doc.remove(unit, "site-notice")  # "The Valley Gazette is printed and published every Thursday by …"
        else:
            if ("(" in text or "[" in text) and ":" in text:  # (what _INLINE_LINK needs)
                text = _without_inline_links(text, unit, doc)
            text = _without_glued_widgets(text, unit, doc)
            article.blocks.append({"type": "paragraph", "text": text, "lines": [unit.number, unit.last]})
            early = False
            prose_above += 1
        i += 1
    _set_aside_prompt_boxes(units, article, doc, first_block, first_removed, final)


# The label of a comment form's field for the commenter's website, in the six languages (no star: it may be left empty).
_WEBSITE_FIELDS = frozenset(("website", "site", "webseite", "homepage", "site web", "site internet", "sitio web", "sito web",
                             "web"))
_WEBSITE_FIELD_CHARACTERS = 13  # at most, in such a label


def _under_comment_form(units: Sequence[Line], i: int, doc: DocumentDraft) -> bool:
    """Whether the line right above ``units[i]`` was set aside as a comment form's prompt or field."""
    above = doc.removed[-1] if doc.removed else None
    return (i > 0 and above is not None and above["reason"] == "comment-prompt"
            and above["lines"][1] == units[i - 1].last)


def _teasers_under(units: Sequence[Line], i: int) -> int:
    """How many lines under the list's label at ``units[i]`` are other stories' teasers, each a title over its blurb of
    a sentence or two (``_LIST_TEASERS`` of them at least, up to the capture's end or the next line that is neither;
    0 when they are fewer)."""
    at = i + 1
    while (at + 1 < len(units) and is_heading(units[at].text) and _teaser_blurb(units[at + 1].text)
           and chrome_reason(units[at].text) is None):
        at += 2
    if at < len(units) and at == len(units) - 1 and is_heading(units[at].text):
        at += 1  # (the last title, its blurb cut off by the capture's end)
    return at - i - 1 if (at - i - 1) // 2 >= _LIST_TEASERS else 0


def _teaser_blurb(text: str) -> bool:
    return text[:1].isupper() and text.endswith(_TERMINAL) and len(text.split()) <= _TEASER_BLURB_WORDS


_LIST_TEASERS = 2  # at least, under a list's label, to read its titles' blurbs as the list's
_TEASER_BLURB_WORDS = 40  # at most, in a teaser's blurb


# An advert under its label: the brand, a colon, and its pitch in a sentence or two ("Coastline Credit Union: home loans
# with a local decision. Find out more.").
_BRAND_PITCH = lazy_compile(r"[A-ZÀ-Þ][\w'’&.\-]*(?: [\w'’&.\-]+){0,5} ?: [^:]{5,140}")
_OFFER_THEN_CALL = lazy_compile(r"[A-ZÀ-Þ][^–—!?.:]{3,80} [–—-] [^–—!?.]{3,60}!")
_AD_REASONS = frozenset(("advertisement", "sponsor"))
_AD_LABEL_CHARACTERS = 20  # at most, in an advert's label alone on its line ("ANZEIGE", "SPONSORED")


# A gallery's counter alone on its line: "1 de 8", "Photo 3 of 12", "Bild 2 von 8", "4 / 9".
_COUNTER_ALONE = lazy_compile(r"(?:(?:photo|foto|bild|image|imagen|immagine|imagem|picture)\s+)?\d{1,3}\s*(?:/|of|de|von"
                              r"|sur|di|da)\s*\d{1,3}", re.I)
_COUNTER_CHARACTERS = 20  # at most, in such a counter


def counter_alone(text: str) -> bool:
    """Whether ``text`` is a gallery's counter alone on its line ("1 de 8", "Photo 3 of 12")."""
    return len(text) <= _COUNTER_CHARACTERS and _COUNTER_ALONE.fullmatch(text) is not None


def counted_caption(units: Sequence[Line], i: int) -> bool:
    """Whether ``units[i]`` is a picture's caption without a credit under a gallery's counter ("1 de 8" over "Doña
    Mercedes prepara el encocado …"; a credited one is read as any other; a note in brackets under a rating, "7 von 8",
    "(Wertung der Redaktion)", is none)."""
    text = units[i].text
    following = units[i + 1].text if i + 1 < len(units) else ""
    return (i > 0 and counter_alone(units[i - 1].text) and text.count(" ") >= _COUNTED_CAPTION_SPACES
            and not text.isupper() and text[:1] != "(" and can_be_caption(text) and caption_parts(text) is None
            and not (following and (is_credit_line(following) or len(following) <= _CREDIT_LINE_CHARACTERS
                                    and (standalone_credit(following, under_caption=True) is not None
                                         # ("MARCUS OYELARAN, The Sentinel": a photographer and whose)
                                         or credit_under(units, i + 1) is not None))))

_COUNTED_CAPTION_SPACES = 2  # at least, in a caption under a counter (three words: not a label, "FOTO ILUSTRATIVA")


_QUESTION_WORDS = 15  # at most, in a question that leads into a prompt under it


def _question_into_prompt(block: dict[str, Any], unit: Line) -> bool:
    """Whether ``block``, a paragraph or heading of the one line ``unit``, is a short question (the prompt's own lead)."""
    return (block["type"] in ("paragraph", "heading") and block["text"] == unit.text and unit.text.endswith("?")
            and block["lines"][1] == unit.last and unit.text.count(" ") < _QUESTION_WORDS
            and not _YOU.isdisjoint(unit.text.lower().replace("¿", "").rstrip("?").split()))  # (it asks the reader)


# "You" in the six languages, as a prompt's question asks its reader ("Möchten Sie …?", "¿Te interesa …?").
_YOU = frozenset("you your du dich dir dein deinem deinen sie ihnen ihr vous votre tu te ti toi você voce usted".split())


_BOX_OPENINGS = {"newsletter-prompt", "paywall"}
_BOX_LINES = 3  # at most, between a prompt and the line that closes its box
_BOX_WORDS = 25  # at most, in a line of the box (its title, its promise)
_BUTTON_WORDS = 6  # at most, in the line that closes the box (a button, "Already a subscriber? Log in")
_BOX_LABEL_WORDS = 4  # at most, in a label ("Newsletter", "Newsletter Pankow") over a box the capture cuts off


def _set_aside_prompt_boxes(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft, first_block: int,
                            first_removed: int, final: bool) -> None:
    """Move the lines of a newsletter's or a subscription's box out of the story: between a prompt set aside above
    ("Newsletter", "Want to read on?") and a short line set aside below (its button, "Sign in"), or the end of a
    capture cut inside the box, its title and its promise ("Köln am Morgen: the city's news every weekday at 6")
    read as a heading and a paragraph of their own."""
    if not any(entry["reason"] in _BOX_OPENINGS for entry in doc.removed[first_removed:]):
        return  # (most bodies)
    blocks = {block["lines"][0]: index for index, block in enumerate(article.blocks[first_block:], first_block)}
    removed = {entry["lines"][0]: entry["reason"] for entry in doc.removed[first_removed:]}
    boxed: list[tuple[int, str]] = []
    for i, unit in enumerate(units):
        reason = removed.get(unit.number)
        if reason not in _BOX_OPENINGS or unit.number in blocks:
            continue
        if i > 0 and (index := blocks.get(units[i - 1].number)) is not None and _question_into_prompt(
                article.blocks[index], units[i - 1]):
            boxed.append((i - 1, reason))  # "Du möchtest … erhalten?" over "Dann melde dich für den Newsletter an."
        inside = []
        j = i + 1
        while j < len(units) and j - i <= _BOX_LINES and (index := blocks.get(units[j].number)) is not None:
            block = article.blocks[index]
            if (block["type"] not in ("paragraph", "heading") or block["lines"][1] != units[j].last
                    or block["text"] != units[j].text or units[j].text.count(" ") >= _BOX_WORDS
                    # (a date or a byline under a link to the newsletter: a story's, which the page prints next)
                    or find_date(units[j].text) is not None or byline_parts(units[j].text) is not None):
                break
            inside.append(j)
            j += 1
        if not inside:
            continue
        closed = (j < len(units) and j - i <= _BOX_LINES + 1 and units[j].number not in blocks
                  and units[j].number in removed and units[j].text.count(" ") < _BUTTON_WORDS)
        # (cut off, the box is its label's title and promise alone: a story's paragraphs under a label run longer)
        cut_off = (final and j == len(units) and reason == "newsletter-prompt"
                   and unit.text.count(" ") < _BOX_LABEL_WORDS
                   and sum(units[k].text.count(" ") + 1 for k in inside) <= _BOX_WORDS)
        if closed or cut_off:
            boxed.extend((k, reason) for k in inside)
    if not boxed:
        return
    gone = {blocks[units[k].number] for k, _ in boxed}
    article.blocks[first_block:] = [block for index, block in enumerate(article.blocks[first_block:], first_block)
                                    if index not in gone]
    for k, reason in boxed:
        doc.remove(units[k], reason)


_CLOCK = lazy_compile(r"\b\d{1,2}:\d{2}\b")
_SITE_COPYRIGHT = lazy_compile(r"\b(?:19|20)\d{2}\b|" + RESERVED, re.I)
_PARAGRAPHS_OVER_FOOTER = 2  # at least, over the site's copyright with its rights reserved, to end the story there
_PARAGRAPHS_UNDER_FOOTER = 3  # lines of prose under it, from which on the story goes on under it
_PICTURE_WORD_OPENINGS = {"foto", "phot", "bild", "imag", "pict"}  # ("Foto di Marco Pellegrini": the pictures' credit)
_COPYRIGHT_FIRST = "©Cc("  # (how a copyright line opens: "©", "Copyright", "(c)")
_TWEET_SIGNATURE_OPENINGS = {"— ", "– ", "- "}
# "— Mumbai Traffic Control (@MTC_Mumbai) July 10, 2023": who posted an embedded post, their handle, and when.
_TWEET_SIGNATURE = lazy_compile(r"[—–-] [^()]{1,60} \(@\w[\w.]{0,40}\) .{0,40}\d{4}"
                                # (the post's time after its day: "13. Mai 2025 um 09:02", "March 3, 2024 at 9:02 AM")
                                r"(?:,? (?:um|at|à|às|a las|alle) \d{1,2}[:.h]\d{2}(?: ?(?:uhr|[ap]\.?m\.?))?)?", re.I)


def _tweet_signature(text: str) -> bool:
    return "(@" in text and _TWEET_SIGNATURE.fullmatch(text) is not None


# An embedded post as a page prints its card: who posted it (their name, then their handle alone on its line), the
# post's words, and when, the time and the day after a middle dot ("7:02 AM · 14 nov. 2024", "11:47 a. m. · 17 mar.
# 2025"), then perhaps the link to see it on the network ("View on X", "Ver en X", "Voir sur X").
_HANDLE_ALONE = lazy_compile(r"@\w{1,30}")
_POST_TIME = lazy_compile(r"\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?\s?m\.?)?\s?·\s?\S.{2,30}", re.I)
_POST_LINES = 4  # at most, the post's words between its handle and its time
_POST_NAME_WORDS = 6  # at most, in the name of who posted it, over the handle
_VIEW_POST = lazy_compile(r"(?:view|see|ver|voir|vedi|auf|bekijk) (?:(?:it |the post |post |on |en |sur |su |no |na )?)"
                          r"(?:x|twitter|instagram|threads|bluesky|facebook)(?: (?:ansehen|anzeigen))?", re.I)


def _post_card_end(units: Sequence[Line], i: int) -> int:
    """Where the embedded post whose handle ``units[i]`` holds alone ends (its time's line), or 0 if it is none."""
    if _HANDLE_ALONE.fullmatch(units[i].text) is None:
        return 0
    for j in range(i + 2, min(len(units), i + 2 + _POST_LINES)):
        if " · " in units[j].text or "·" in units[j].text and len(units[j].text) <= _POST_TIME_CHARACTERS:
            return j if _POST_TIME.fullmatch(units[j].text) is not None else 0
    return 0


_POST_TIME_CHARACTERS = 40


def _set_aside_post_card(units: Sequence[Line], i: int, end: int, article: ArticleDraft, doc: DocumentDraft) -> int:
    """Remove an embedded post's card, from the name over its handle (a heading by then) to its time and the link under;
    the index of its last line."""
    above = article.blocks[-1] if article.blocks else None
    if (i > 0 and above is not None and above["type"] == "heading" and above["lines"][1] == units[i - 1].last
            and len(above["text"].split()) <= _POST_NAME_WORDS):
        article.blocks.pop()
        doc.remove(units[i - 1], "media-embed")
    for unit in units[i:end + 1]:
        doc.remove(unit, "media-embed")
    if end + 1 < len(units) and _VIEW_POST.fullmatch(units[end + 1].text) is not None:
        doc.remove(units[end + 1], "media-embed")
        return end + 1
    return end
_FOOTER_LINKS = {"page-chrome", "navigation"}
_FOOTER_LINKS_ABOVE = 2


def _site_imprint(units: Sequence[Line], i: int) -> bool:
    """Whether ``units[i]`` stands between the site's footer links (two at least, right above it) and its copyright
    line: the site's own note about itself, who prints and publishes it, not the story's last paragraph."""
    return (i >= _FOOTER_LINKS_ABOVE and chrome_reason(units[i + 1].text) == "copyright"
            and all(chrome_reason(u.text) in _FOOTER_LINKS for u in units[i - _FOOTER_LINKS_ABOVE:i]))
# "Reporting by Jane Roe; Editing by John Doe": a wire's credits under its story (one who reported, then others).
_WIRE_CREDITS = lazy_compile(r"(?:Additional )?[Rr]eporting by [^;|]{2,80}(?:\s*[;|]\s*(?:Additional reporting|Editing|Edited"
                             r"|Writing|Written|Compiled|Graphics|Fact-checking) by [^;|]{2,80})+\.?"
                             # (after dashes, as a wire closes its story: "--Editing by Lauren Hsieh.")
                             r"|[-–—]{1,2}\s*(?i:(?:additional )?reporting|editing|edited|writing|written) by [A-ZÀ-Þ][^;|,]{1,60}"
                             r"(?:\s*[;|]\s*(?i:(?:additional )?reporting|editing|edited|writing|written) by [A-ZÀ-Þ][^;|,]{1,60})*\.?")
# "Associated Press writer Jane Roe in Lima contributed to this report.", "John Doe contributed reporting from Kyiv.":
# who else worked on the story, in its closing line.
_CONTRIBUTED = lazy_compile(r"[A-ZÀ-Þ][^.!?]{2,160}? contributed (?:to (?:this|the) (?:report|story|article)"
                            r"|reporting(?: (?:from|in) [^.!?]{2,80})?)\.?")
_EDITED_BY = lazy_compile(r"(?:Edited|Produced|Compiled) by [A-ZÀ-Þ][\w'’.\-]+(?: [A-ZÀ-Þ][\w'’.\-]+){1,3}")
_OPENING_QUOTES = "“\"«„‘"
_ATTRIBUTION_WORDS = 12  # at most, in the line that names a quote's speaker
# "— Hemi Walsh, Esk Valley orchardist": a dash, then the speaker's capitalised name, and no sentence.
_ATTRIBUTION = lazy_compile(r"[—–―]\s?[A-ZÀ-Þ][^.!?@]{1,100}")


def quote_card(text: str, below: str) -> bool:
    """Whether ``text``, wholly in quotation marks, and the line ``below`` it, its speaker after a dash, are a quote
    the page sets apart (a "quote card"), not the story's paragraph. (The opening mark first: most lines open otherwise.)"""
    return (text[:1] in _OPENING_QUOTES
            and (text.endswith(CLOSING_QUOTES) or text[-2:-1] in CLOSING_QUOTES and text[-1:] == ".")
            and below.count(" ") < _ATTRIBUTION_WORDS and _ATTRIBUTION.fullmatch(below) is not None)


_LABEL_REACH = 12  # characters, at most, before a credit's label's colon ("Photo:", "Fotografía:")
_SCENE_SPACES = 20  # fewer, in a caption told in the present (see captions.present_scene)
_LINK_WORDS = 20  # at most, in a story's title under a "Read also" label (a title has no full stop; a paragraph with
# a widget's word glued to its end has none either, but is longer)
_MENU_ITEM_WORDS = 4  # at most, in an item of a menu printed one item a line
_MENU_RUN = 5  # items, at least, one under another: a menu (a subhead has prose under it)


# The verb that opens what a note says of the writer named before it, in the six languages.
# (or what the writer covers: "Daniel Okoro has covered courts across Bristol since 2019.", "… covers water and the West.")
_IS = frozenset("is was est était ist war es fue era é foi è fu has covers writes reports joined couvre écrit schreibt "
                "berichtet cubre escribe cobre escreve scrive "
                # (what the writer of a letter or an op-ed does or did: "Gwen Tallis chaired the harbour users' group …")
                "chaired chairs served serves lives lived teaches taught works worked runs ran leads led "
                # (and in the other languages: "Lukas Behrendt leitet seit 2019 das Politikressort …")
                "leitet arbeitet lebt lehrt forscht dirige travaille vit enseigne trabaja vive enseña trabalha ensina "
                "lavora insegna".split())
_WRITER_NOTE_WORDS = 40  # at most, in a note on the writer
_NOTE_ENDS = frozenset(".!?)")


def note_over_writers_stories(note: str, link: str) -> bool:
    """Whether ``note`` reads as a short note on the writer and ``link``, under it, is the link to their other stories
    (an author's box, in the header or under the story)."""
    return (note[-1:] in _NOTE_ENDS and len(note.split(None, _WRITER_NOTE_WORDS)) <= _WRITER_NOTE_WORDS
            and writers_stories(link))
_MORE_ON_THE_WRITER = ("He ", "She ", "They ", "Il ", "Elle ", "Er ", "Sie ", "Ella ", "Él ", "Ele ", "Lei ", "Lui ",
                       "Follow ", "Email ", "Reach ", "Contact ", "Suivez ", "Folgen ", "Siga ", "Sigue ", "Segui ")
_SENTENCE_SPLIT = lazy_compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])")
_TITLED = ("Dr. ", "Prof. ", "Mr. ", "Ms. ", "Mrs. ", "Dr ", "Prof ")  # (the title before a writer's surname)
_HONORIFICS = frozenset(title[:4] for title in _TITLED)


def _under_the_writers_name(units: Sequence[Line], i: int, article: ArticleDraft) -> bool:
    """Whether ``units[i]`` stands right under a writer's name alone or their byline, as an author's box prints its
    note (the byline the header read counts, when the body opens under it)."""
    if i == 0:
        return article.byline is not None and units[0].number - max(article.field_lines.get("byline", {0: None})) <= 2
    above = units[i - 1].text
    return is_bare_name(above) or byline_parts(above) is not None


def _note_on_the_writer(text: str, byline: str, last: bool) -> bool:
    """Whether ``text``, under the story, is a note on the writer the byline names (in capitals there too: "JANE ROE"),
    also cut off by the capture's end ("Jane Roe covers local government for")."""
    writer = byline.partition(",")[0]
    if writer.isupper():
        writer = writer.title()
    return about_the_writer(text, writer) or (last and not text.endswith(_TERMINAL)
                                              and about_the_writer(text + ".", writer))


def _follows_the_writer(text: str, byline: str) -> bool:
    """Whether ``text`` is the button to follow the writer the byline names ("Seguir a Martín Echegaray")."""
    return text.endswith(byline.partition(",")[0]) and chrome_reason(text) == "promo"


def about_the_writer(text: str, byline: str) -> bool:
    """Whether ``text`` is a note on the writer of the byline: their name, then "is", one sentence ("Marianne Schaller
    est historienne et ancienne députée au Grand Conseil genevois.")."""
    if " " not in byline:
        return False
    surname = byline.rpartition(" ")[2]  # ("Aldridge is a senior correspondent …" under "By Colin Aldridge")
    if text[:4] in _HONORIFICS and text.startswith(_TITLED):
        text = text.partition(" ")[2]  # ("Dr. Adeyemi is a pediatrician …" under "By Ruth Adeyemi")
    if text.startswith(byline + " "):
        rest = text[len(byline) + 1:]
    elif text.startswith(byline + ", "):
        rest = text[len(byline):]  # (what the writer is follows, between commas)
    elif text.startswith(surname + " ") and surname[:1].isupper() and len(surname) > 2:
        rest = text[len(surname) + 1:]
    else:
        return False
    if rest[:1] == "," and (apposition := _APPOSITION.match(rest)) is not None:
        rest = rest[apposition.end():]  # ("Ifeoma Nwankwo, a lawyer and public policy analyst, writes from Enugu.")
    if not (rest.split(" ", 1)[0] in _IS and text.endswith(".") and len(text.split()) <= _WRITER_NOTE_WORDS):
        return False
    # One sentence; or more, each after the first on the writer again or how to follow them ("She previously covered
    # …", "Follow her on X @janeroe.")
    return all(sentence.startswith(_MORE_ON_THE_WRITER) or _on_the_writer_again(sentence, surname)
               for sentence in _SENTENCE_SPLIT.split(text)[1:])


def _on_the_writer_again(sentence: str, surname: str) -> bool:
    """Whether ``sentence``, after a note's first, speaks of the writer again: by their surname, or by a pronoun among
    its first words, as languages that put the verb second write it ("Zuvor berichtete er als Korrespondent …")."""
    return surname in sentence or not _WRITER_PRONOUNS.isdisjoint(sentence.split(None, 4)[:4])


_WRITER_PRONOUNS = frozenset("he she er sie il elle ella él ele ela lei lui".split())


# ", a lawyer and public policy analyst, ": what the writer is, between commas after the name, led by an article.
_APPOSITION = lazy_compile(r", (?:a|an|the|un|une|ein|eine|uno|una|um|uma|le|la|el|il|o) [^,.]{2,80}, ")


def _menu_item(text: str) -> bool:
    # (a byline or a date under the menu is the story's, whatever its length)
    return (text.count(" ") < _MENU_ITEM_WORDS and text[:1].isupper() and is_heading(text)
            and find_date(text) is None and byline_parts(text) is None)


def _menu_run(units: Sequence[Line], i: int) -> dict[int, bool]:
    """Whether each line of the run of menu items from ``i`` on is a menu's (the run holds five or more). Items
    just above ``i`` count too: the menu's first items may have gone as chrome ("Archiv", "Tags")."""
    end = i
    while end < len(units) and _menu_item(units[end].text):
        end += 1
    if end == i:
        return {i: False}
    start = i
    while start > 0 and _menu_item(units[start - 1].text):
        start -= 1
    return {j: end - start >= _MENU_RUN for j in range(i, end)}


_STORY_GOES_ON = 3  # prose lines, at least, within eight under an "About the author" label when the story goes on
_STORY_GOES_ON_REACH = 8
_LONGEST_SIGNATURE = 120  # characters in a byline under the story, at most
_SIGNED_NAME_WORDS = 4  # at most, in a name in capitals that signs the story under it
_NEWSROOM_SIGN_OFFS = NEWSROOM_WORDS | NEWSROOM_MARKS
_NAME_THEN_DAY = lazy_compile(r"(?P<name>[^\W\d_][^|·•\-–—]{3,40}?)(?P<separator> [-–—·•|] )(?=\d)")
_NEWSROOM_LINE = 20  # characters, at most, in the newsroom's word and its article
_COUNT_FIRST = lazy_compile(r"\(?\d")  # a count opening a line: "4 Kommentare", "(12) Comments"


def newsroom_alone(text: str) -> bool:
    """Whether ``text`` is the newsroom's word alone, its article before it or not ("La Rédaction", "Die Redaktion")."""
    article, _, word = text.lower().partition(" ")
    return (word if article in _NEWSROOM_ARTICLES else text.lower()) in NEWSROOM_WORDS


_SIGNED_WITH_ADDRESS = lazy_compile(r"(?P<name>[^/|,@]{3,60}?)\s*[/|,–—-]?\s*" + EMAIL_ADDRESS)  # a writer signs so
# "Con información de AFP", "Com informações da Agência Brasil", "With information from Reuters", "Mit Material von dpa",
# "Con informazioni di ANSA": the wire whose copy the story used, on a line of its own under it.
_INFORMATION_FROM = lazy_compile(r"(?:con información de(?:l| la)?|com informações d[aoe]s?|with (?:information|reporting) from"
                                 r"|mit material (?:von|der)|con informazioni d[aie]|avec des informations de)\s+(?P<wire>.{2,40}?)\.?",
                                 re.I)
_NEWSROOM_ARTICLES = frozenset("la a die the el le".split())
_SIGNATURE_REACH = 2  # lines under the story's last prose where its byline may stand
_ABOUT_THE_AUTHOR = lazy_compile(r"(?:about the (?:author|writer|reporter)s?|über (?:den|die) autor(?:in)?|autoreninfo|zum autor"
                                 r"|zur autorin|à propos de l['’]auteur(?:e)?|sobre (?:el|la|o|a) autor(?:a)?|l['’]autore"
                                 r"|l['’]autrice)\s*:?", re.I)
_LONGEST_AUTHOR_LABEL = 40
_CONTACT_WORDS = 8  # at most, in a line of a contact's details (a name, an office, a telephone number, an address)
_CONTACT_LINES = 8  # at most, in a contact's details under its label


def _contact_detail(text: str) -> bool:
    """A contact's name, office, telephone number or address under a contact label: short, no sentence."""
    return len(text.split()) <= _CONTACT_WORDS and not text.endswith(("!", "?")) and (
        not text.endswith(".") or "@" in text or any(char.isdigit() for char in text[-6:]))
# The label over a release's contacts, in the six languages: "Media contact:", "Wissenschaftlicher Kontakt:".
_CONTACT_LABEL = lazy_compile(r"(?:(?:media|press|news|scientific|für rückfragen|wissenschaftlicher|presse|medien)\s*)?"
                              r"(?:contacts?|kontakte?|pressekontakt|contacto|contatto|contato|contact presse|contact médias"
                              r"|contacto de prensa|contatti)(?:\s+(?:de prensa|para imprensa|per la stampa))?\s*:"
                              # "For media enquiries, contact:", "Media inquiries:"
                              r"|(?:for )?(?:media|press) (?:enquiries|inquiries)(?:,? (?:please )?contact)?\s*:", re.I)
# How a "By ..." line opens, in the languages read ("By", "Par", "Von", "Por", "Di", and "Posted by", ...): the
# cheap test before byline_parts.
_BY_OPENINGS = {"by", "pa", "vo", "po", "di", "wr", "st", "te", "au", "es", "sc", "re", "ar", "wo", "an", "ko", "un"}
_STAMP_UNDER_PARAGRAPHS = 1  # blocks above a date line alone that may still be the story's stamp, at most
_DATE_LINE_CHARACTERS = 60  # at most, in a line holding a date alone (a weekday, a time and a zone included)
_STAMP_WORDS = 30  # at most, in a dated "Posted ..." line in the body: the story's stamps printed again under it
_AUTHOR_BIO = lazy_compile(
    r"^(?!(?:The|A|An|Der|Die|Das|Ein|Eine|Le|La|Les|Un|Une|El|Los|Las|Una|Il|Lo|Gli|O|Os|As|Um|Uma)\s)"
    r"(?P<name>[A-ZÀ-Þ][\w'’\-]+(?:\s+[A-ZÀ-Þ][\w.'’\-]+){1,3})\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|producer|photographer|analyst|author"
    r"|intern|fellow|presenter|expert|specialist|freelancer|blogger)\b"
    # "Jane Roe covers the courts for The Valley Courier.": the beat, and whom for
    r"|(?:covers|reports on|writes about)\s[^.]{2,120}\sfor\s(?:the\s)?[A-Z]"
    # "Mia Chen is Pixel & Plug Australia's telco reporter.": the job at the newsroom named before it
    r"|(?:is|was)\s+(?:the\s+)?[A-ZÀ-Þ][^.]{1,60}?['’]s\s+(?:[\w\-]+\s+){0,3}?(?:journalist|reporter|correspondent|writer"
    r"|editor|columnist|contributor|producer|photographer|analyst)\b"
    # ... and in the other languages: "Hans Müller ist Redakteur bei ...", "Hans Müller leitet das Ressort ...",
    # "Jeanne Roux est journaliste à ...", "Ana Ruiz es periodista de ...", "Ana Souza é jornalista ...", "Marco Rossi
    # è giornalista ..."
    r"|(?i:(?:ist|war)\s+(?:(?:ein|eine|freie[rn]?)\s+)?(?:[\w\-]+\s+){0,2}?(?:journalist|reporter|redakteur|korrespondent"
    r"|autor|kolumnist)(?:in)?\b|leitet\s+(?:das|die|den)\s+(?:ressort|redaktion|büro|desk)\b"
    r"|(?:est|était)\s+(?:une?\s+)?(?:[\w\-]+\s+){0,2}?(?:journaliste|reporter|rédact(?:eur|rice)|correspondant(?:e)?"
    r"|chroniqueu(?:r|se))\b|(?:es|fue)\s+(?:una?\s+)?(?:[\w\-]+\s+){0,2}?(?:periodista|reporter[oa]?|redactor(?:a)?"
    r"|corresponsal|columnista)\b|(?:é|foi)\s+(?:uma?\s+)?(?:[\w\-]+\s+){0,2}?(?:jornalista|repórter|redator(?:a)?"
    r"|correspondente|colunista)\b|(?:è|era)\s+(?:una?\s+)?(?:[\w\-]+\s+){0,2}?(?:giornalista|reporter|redattore"
    r"|redattrice|corrispondente|editorialista)\b))")
PROSE_WORDS = 12  # at least, in a line of prose that ends as a sentence ends


def about_the_author(text: str) -> bool:
    """Whether ``text`` is the label of the note about the writer ("About the author", "L'autore")."""
    return len(text) <= _LONGEST_AUTHOR_LABEL and _ABOUT_THE_AUTHOR.fullmatch(text) is not None


# "The writer is an urban planner and lecturer at …", "L'auteur est professeur …": a note on the writer without their
# name, in the six languages.
_UNNAMED_WRITER_NOTE = lazy_compile(
    r"(?:The (?:writer|author)s? (?:is|are|was)|L['’](?:auteur|autrice)e? (?:est|était)|(?:Der Autor|Die Autorin) (?:ist|war)"
    r"|(?:El autor|La autora) (?:es|fue)|(?:O autor|A autora) (?:é|foi)|L['’](?:autore|autrice) (?:è|era)) \S.{10,300}[.!?]")
_WRITER_NOTE_OPENINGS = {"The ", "L'au", "L’au", "Der ", "Die ", "El a", "La a", "O au", "A au"}


def author_bio(text: str) -> Optional[str]:
    """The author's name when ``text`` is a note about them ("Jane Roe is a reporter at ..."), else None."""
    match = _AUTHOR_BIO.match(text)
    return match.group("name") if match is not None else None


_COMMENT_COUNT = lazy_compile(r"\b(?:comments?|kommentare?|commentaires?|comentarios?|commenti|coment[aá]rios?)\b", re.I)
_COMMENTER_WORDS = 5  # at most, in the line that names who wrote a comment
# A first name and an initial ("Gerhard W."), a handle with figures ("Josiane83"), or one with its at sign.
_COMMENTER_HANDLE = lazy_compile(r"[A-ZÀ-Þ][a-zß-ÿ'’\-]+ [A-ZÀ-Þ]\.|[A-Za-zÀ-ÿ_.\-]{2,20}\d{1,4}|@\w{2,30}")


def _comments_under(units: Sequence[Line], i: int) -> bool:
    """Whether ``units[i]``, a count of comments ("12 Comments") after the story's start, heads the comments
    themselves: a name, then the date the comment was written, under it; or the comment box's prompt ("Comments (0)",
    then "Be the first to comment.", "Leave a reply": what follows is the box's, its rules and its comments)."""
    if _COMMENT_COUNT.search(units[i].text) is None or i + 1 >= len(units):
        return False
    if chrome_reason(units[i + 1].text) == "comment-prompt" or (
            i + 2 < len(units) and _COMMENTER_HANDLE.fullmatch(units[i + 1].text) is not None):
        return True  # (or a commenter as comment boxes name them: "Gerhard W.", "Josiane83", "@janeroe")
    if any(_commenter_and_when(unit.text) for unit in units[i + 1:i + 1 + _COMMENT_HEADING_REACH]):
        return True  # (a commenter and when on one line, under the box's prompt: "NorthShoreDave · 2 hours ago")
    if i + 2 >= len(units):
        return False
    name, when = units[i + 1].text, units[i + 2].text
    return len(name.split()) <= _COMMENTER_WORDS and find_date(when) is not None and len(when.split()) <= 8


def _commenter_and_when(text: str) -> bool:
    """A comment's heading on one line: who wrote it, a dot or a bar, and when ("NorthShoreDave · 2 hours ago", "Pete R. |
    12.03.2024")."""
    for bar in (" · ", " | "):
        name, found, when = text.partition(bar)
        if found and 0 < len(name.split()) <= _COMMENTER_WORDS and bar not in when and (
                relative_age(when) or (stamped := find_date(when)) is not None and date_alone(when, stamped) is not None):
            return True
    return False


_COMMENT_HEADING_REACH = 3  # lines under the count where the first comment's heading stands (the box's prompt between)


# The button under each reader's comment that answers it, in the six languages ("Antworten", "Responder").
_REPLY_BUTTON = lazy_compile(r"(?:reply|antworten|répondre|responder|rispondi|responda)(?: \(\d{1,4}\))?", re.I)
_REPLY_BUTTON_CHARACTERS = 16
_COMMENTS_LABEL_WORDS = 5  # at most, in the comment box's prompt between the count and the first comment


def _comment_thread(units: Sequence[Line]) -> Optional[int]:
    """The index of the first line of the readers' comments, when the page prints each as its writer, when they wrote
    it, the comment and the button that answers it ("Graciela M.", "hace 2 horas", "Qué tristeza …", "Responder"), two
    such buttons at least; with the count of comments and the box's prompt right over the first ("Postings (3)",
    "Posten Sie Ihre Meinung")."""
    replies = [i for i, unit in enumerate(units)
               if len(unit.text) <= _REPLY_BUTTON_CHARACTERS and _REPLY_BUTTON.fullmatch(unit.text) is not None]
    if len(replies) < 2 or replies[0] < 3:
        return None
    start = replies[0] - 3
    while start >= 0 and _VOTE_COUNT.fullmatch(units[start + 2].text) is not None:
        start -= 1  # (the votes for the comment between it and its button: "+24", "−3")
    if start < 0:
        return None
    name, when = units[start].text, units[start + 1].text
    if not (len(name.split()) <= _COMMENTER_WORDS and len(when.split()) <= 8
            and (find_date(when) is not None or chrome_reason(when) == "live-blog-chrome")):
        return None
    for above in (start - 1, start - 2):  # (the count, or the count and the box's prompt under it)
        if above >= 0 and _COMMENT_COUNT.search(units[above].text) is not None and len(units[above].text.split()) <= 3:
            return above
    return start


_VOTE_COUNT = lazy_compile(r"[+\-−–]\s?\d{1,5}|\d{1,5}|👍\s?\d{1,5}|👎\s?\d{1,5}")


def _wire_alone(text: str) -> bool:
    """Whether ``text`` is a news agency's name alone, as a wire signs a story off ("(dpa)", "— AP", "EFE"; not a
    photographer after an agency, "APA/Jane Roe"), also with the day it filed the story ("(APA, 17.1.2025)")."""
    if "," in text and text.endswith(")") and find_date(text.partition(",")[2]) is not None:
        text = text.partition(",")[0] + ")"
    return len(text) <= _AGENCY_LINE_CHARACTERS and "/" not in text and agency(text) is not None


def _ends_a_story(units: Sequence[Line], index: int) -> bool:
    """Whether the prose at ``index`` closes a run of prose (a story's paragraphs run together; a teaser's line
    stands alone among links)."""
    return len(units[index - 1].text.split(None, PROSE_WORDS)) >= PROSE_WORDS


def _last_prose(units: Sequence[Line]) -> int:
    """The index of the last line of prose in ``units`` (-1 if none). Under it come the story's sign-off and
    byline, the note about its author ("Jane Roe is a reporter at ...": it closes a story when no prose
    follows it), and the page's chrome."""
    for j in range(len(units) - 1, -1, -1):
        text = units[j].text
        if (len(words := text.split(None, UNSTOPPED_PROSE_WORDS)) >= PROSE_WORDS and chrome_reason(text) is None
                and (stops_as_prose(text)
                     # (a title has no stop, in title case or not: another story's, under this one; the last line, cut
                     # off, or a long one with a widget's words glued to its end may have none either)
                     or (j == len(units) - 1 or len(words) > UNSTOPPED_PROSE_WORDS
                         # (or cut off by the paywall's prompt under it: "… ist das", then "Weiterlesen mit HT+")
                         or chrome_reason(units[j + 1].text) == "paywall") and not title_cased(text))):
            return j
    return -1


UNSTOPPED_PROSE_WORDS = 20  # more than this, in a paragraph with no stop at its end


def stops_as_prose(text: str) -> bool:
    """Whether ``text`` ends as a story's sentence does: with its stop, also before a wire's tag in brackets ("… geben.
    (APA, 14.1.2024)") or its name ("… said. EFE"), or, in a line as long as prose, with the colon that opens what it
    quotes or lists."""
    return (text.endswith(_SENTENCE_CLOSE)
            or text.endswith(")") and (opening := text.rfind(" (")) > 0 and text[:opening].endswith(_SENTENCE_CLOSE)
            or text.endswith(":") and len(text.split(None, PROSE_WORDS)) >= PROSE_WORDS
            or (space := text.rfind(" ")) > 0 and text[:space].endswith(_SENTENCE_CLOSE) and agency(text[space + 1:]) is not None)


def drop_repeated_figures(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """Remove a figure that repeats the caption and credit of the figure just before it (a page may print a
    caption twice: shown, and again in the picture's hidden text) as ``duplicate-caption``; ``units`` are the
    lines the figures were read from."""
    by_number = {unit.number: unit for unit in units}
    kept: list[dict[str, Any]] = []
    for block in article.blocks:
        previous = kept[-1] if kept else None
        if (block["type"] == "figure" and previous is not None and previous["type"] == "figure"
                and (block["caption"], block["credit"]) == (previous["caption"], previous["credit"])):
            for number in range(block["lines"][0], block["lines"][1] + 1):
                if number in by_number:
                    doc.remove(by_number[number], "duplicate-caption")
            continue
        kept.append(block)
    article.blocks[:] = kept


def credit_glued_captions(article: ArticleDraft) -> None:
    """Give a figure read without a credit the one glued to its caption's end, if any ("… do concelho PAULO SEQUEIRA":
    the caption and its photographer, run together with a space where the page set them apart)."""
    for block in article.blocks:
        if block["type"] == "figure" and block["credit"] is None and (glued := glued_credit_at_end(block["caption"])):
            block["caption"], block["credit"] = glued


_SENTENCE_CLOSE = (".", "!", "?", *CLOSING_QUOTES)
_CAPTION_CHARACTERS = 25 * CAPTION_WORDS  # longer than any caption of CAPTION_WORDS words (they average about six letters)
_CREDIT_LINE_CHARACTERS = 90  # a credit on a line of its own is short; most lines after a paragraph are not
# A link to another story set inside a paragraph: "(READ MORE: Council votes on pool)", "[Related: ...]".
_INLINE_LINK = lazy_compile(r"\s*[(\[](?:read more|related|see also|also read|read also|more|watch|lire aussi|lesen sie auch"
                            r"|leia também|leggi anche|lee también)\s*:[^()\[\]]{2,200}[)\]]", re.I)
_SPACES = lazy_compile(r"\s{2,}")


def alt_and_caption(units: Sequence[Line], i: int, article: ArticleDraft) -> int:
    """A picture's description printed twice in a row (its alt text, then its caption): a figure of two lines,
    with the credit when the caption ends with one, the second time only too. A paragraph repeated is longer
    than a caption."""
    if i + 1 >= len(units) or units[i + 1].number - units[i].last > 2 or not units[i + 1].text.startswith(units[i].text):
        return 0
    text, second = units[i].text, units[i + 1].text
    parts = caption_parts(second)
    if second != text and (parts is None or parts[1] != text.rstrip()):
        return 0  # (the second line must be the first with a credit after it)
    # A headline printed twice has no closing full stop; a caption is a sentence or ends with its credit.
    if len(text.split()) > CAPTION_WORDS or (parts is None and not text.endswith((".", "!", "?"))):
        return 0
    label, caption, credit = parts or (None, text, None)
    article.add_figure(caption, credit, units[i].number, units[i + 1].last, label=label, alt=text)
    return 2


_LABELLED_FIRST = "IiPpVvMmFfCcLl"  # how "Image", "Picture", "Photo", "Video", "Media" source and caption lines start (and
# "Fuente de la imagen", "Crédito", "Crédit photo", "Legenda da foto", "Légende image", "Pie de foto"; "Bild" is asked apart)


def labelled_figure(units: Sequence[Line], i: int, article: ArticleDraft) -> int:
    """A picture printed as labelled lines: "Image source, Getty Images" above "Image caption, Firefighters at the
    scene" (the caption also on the line after its label, the source also missing or after the caption): a figure
    block, and how many lines it used."""
    text = units[i].text
    if ((text[:1] in _LABELLED_FIRST or text.startswith("Bild")) and (caption := labelled_picture(text)) is not None
            and caption_parts(text) is None):  # (with a credit after it, a caption _figure reads)
        article.add_figure(caption, None, units[i].number, units[i].last)  # "Image: Tom Bakare celebrates …"
        return 1
    if units[i].text[:1] not in _LABELLED_FIRST or "," not in units[i].text[:22] and " caption " not in units[i].text[:16]:
        return 0

    def near(j: int) -> Optional[Line]:
        return units[j] if j < len(units) and units[j].number - units[j - 1].last <= 2 else None

    credit = source_credit(units[i].text)
    at = i + 1 if credit is not None else i
    label = near(at) if at > i else units[i]
    caption = labelled_caption(label.text) if label is not None else None
    if caption is None:
        return 0
    end = at
    if not caption and (text := near(at + 1)) is not None:
        caption, end = text.text, at + 1  # the label alone, the caption under it
    if not caption:
        return 0
    if credit is None and (after := near(end + 1)) is not None and (credit := source_credit(after.text)) is not None:
        end += 1
    article.add_figure(caption, credit, units[i].number, units[end].last)
    return end - i + 1


# Labels of the box of key points some pages put above or inside a story.
_SUMMARY_LABELS = {"key points", "summary", "in brief", "at a glance", "highlights", "story highlights", "quick read",
                   "what you need to know", "key takeaways", "the essentials", "l'essentiel", "l’essentiel", "en bref",
                   "das wichtigste in kürze", "das wichtigste", "en resumen", "claves", "in sintesi", "in breve",
                   "resumo", "em resumo", "pontos-chave", "in short", "in summary", "the gist", "tl;dr", "quick summary",
                   "article summary", "ai-generated summary", "ai summary", "story at a glance", "zusammenfassung",
                   "auf einen blick", "kurz und knapp", "à retenir", "ce qu'il faut retenir", "ce qu’il faut retenir",
                   "résumé", "resumen", "lo que debes saber", "lo que hay que saber", "o que você precisa saber",
                   "riassunto", "cosa sapere", "in pillole",
                   # ("What you need to know" in the other languages; not "What we know", which heads a section too)
                   "ce qu'il faut savoir", "das müssen sie wissen", "was sie wissen müssen", "lo que tienes que saber",
                   "cosa c'è da sapere", "what to know", "key facts"}
# A box's second label, over what comes next ("In short:" … "What's next?"): a label only a few lines under the first
# (elsewhere, "What happens next" heads a section of the story).
_NEXT_LABELS = {"what's next", "what’s next", "what happens next", "wie geht es weiter", "et maintenant", "et après",
                "qué sigue", "y ahora qué", "o que vem a seguir", "e agora", "cosa succede ora", "e adesso"}
_NEXT_LABEL_REACH = 4  # lines under the box's first label, at most
_LONGEST_SUMMARY_LABEL = max(map(len, _SUMMARY_LABELS)) + 2


def is_summary_label(text: str, above: Sequence[str] = (), *, opening: bool = False) -> bool:
    """The label of a box of key points ("Key points", "In brief"); also its second label ("What's next?") when
    one of the lines ``above`` it (the nearest last) is the box's first; ``opening`` when it stands above the story."""
    if len(text) > _LONGEST_SUMMARY_LABEL:
        return False
    label = text.lstrip("¿").rstrip(" :?").lower().replace("’", "'")
    return (label in _SUMMARY_LABELS or opening and label in _OPENING_SUMMARY_LABELS
            or label in _NEXT_LABELS and any(is_summary_label(line) for line in above[-_NEXT_LABEL_REACH:]))


# Above the story's first paragraph, "What we know so far" labels a box of key points (further down it heads a
# section, as "What we know" does anywhere).
_OPENING_SUMMARY_LABELS = {"what we know so far", "ce que l'on sait jusqu'ici", "was wir bisher wissen",
                           "lo que sabemos hasta ahora", "o que se sabe até agora", "cosa sappiamo finora"}
_ITEM_WORDS = 30  # at most, in a key point printed without its bullet
# A key point states a fact: its sentence ends with a full stop (a question is a section's heading, an exclamation
# a link's title).
_STATEMENT_END = (".", *("." + quote for quote in CLOSING_QUOTES))
_BOX_ITEMS = 6  # key points, at most, in a box
_UNSTOPPED_ITEM_WORDS = 5  # at least, in a key point printed without a full stop
_LONGER_THAN_ITEMS = 1.5  # times the longest key point above it, at least: the story's first paragraph, not a key point


_BYLINE_OPENINGS = frozenset({"By ", "Live", "Von ", "Par ", "Por ", "Di "})


def unbulleted_items(texts: Sequence[str], start: int) -> int:
    """How many lines from ``start`` on are the key points of a box whose bullets the copy lost: one sentence each,
    one under another, up to the story's first paragraph, which is longer than each of them (0 if they do not end
    within a box's length)."""
    count = longest = 0
    stopped = texts[start].endswith(_STATEMENT_END) if start < len(texts) else True
    for at, text in enumerate(texts[start:start + _BOX_ITEMS + 1], start):
        words = text.count(" ") + 1
        # (the items end as the first does: all with a full stop, or all without one, each then a clause of a few words)
        if (words > _ITEM_WORDS or count and words > _LONGER_THAN_ITEMS * longest
                or (not text.endswith(_STATEMENT_END) if stopped
                    else words < _UNSTOPPED_ITEM_WORDS or text.endswith(_TERMINAL) and not text.endswith(CLOSING_QUOTES))
                or _SENTENCE_END.search(text, 0, len(text) - 1) is not None or bullet_item(text) is not None
                or chrome_reason(text) is not None or is_summary_label(text, texts[max(0, at - _NEXT_LABEL_REACH):at])
                or standalone_credit(text) is not None or source_credit(text) is not None  # (a picture's under the box)
                or text[:4] in _BYLINE_OPENINGS and byline_parts(text) is not None  # ("Live reporting by …": under it)
                or at + 1 < len(texts) and standalone_credit(texts[at + 1], under_caption=True) is not None):
            return count if count <= _BOX_ITEMS else 0  # (a sentence over a credit is a picture's caption)
        count += 1
        longest = max(longest, words)
    return count if count <= _BOX_ITEMS else 0
# A sentence's end with more text glued on: "... he said.Advertisement", "... he said. Read more: ...". The text
# after the last sentence end is looked at only in a paragraph's last characters, where such widgets sit.
_GLUED_TAIL = lazy_compile(r"[.!?\"”’]\s*(?P<tail>[A-Z][^.!?\"”’]{0,150})$")
_GLUED_HEADS = ("ADVERTISEMENT", "Advertisement", "Story continues below advertisement")
# An advertisement's label left between two sentences of a paragraph: "... on Monday. Advertisement The ...".
_AD_LABELS = ("ADVERTISEMENT", "Advertisement", "Anzeige", "ANZEIGE", "Publicité", "PUBLICITÉ", "Publicidad",
              "PUBLICIDAD", "Werbung", "Pubblicità", "Publicidade",
              # (and the note that the story goes on after it: "… renal. Continua depois da publicidade A …")
              "Story continues below advertisement", "Continua depois da publicidade", "Continua após a publicidade",
              "Weiterlesen nach der Anzeige", "La suite après cette publicité", "Continúa después de la publicidad",
              "Continua dopo la pubblicità", "Il testo continua dopo la pubblicità")
_AD_LABEL = lazy_compile("|".join(_AD_LABELS))
_AD_BETWEEN = lazy_compile(r"(?<=[.!?\"”’])\s*(?:" + "|".join(_AD_LABELS) + r")\s*(?=[A-Z\"“‘])")
# (with a space after it only in capitals or as a whole note: "Advertisement Standards Authority" is a name)
_GLUED_AHEAD = lazy_compile(r"^(?:(?:ADVERTISEMENT|Story continues below advertisement)\s*|Advertisement)(?=[A-Z])")
_WIDGET_WORDS = 25
# A new word's first letter right after a word's last, with no space. (The capital is looked for first: a
# paragraph has far fewer capitals than small letters, so the search tries fewer places.)
_GLUED_JOINT = lazy_compile(r"[A-Z](?<=[a-z][A-Z])(?=[a-z])")
_HEAD_REACH = 40
_ROW_REACH = 80  # characters, at most, in a row of buttons' labels glued before a paragraph
_GLUED_HEADS_AT_MOST = 8  # widgets' labels glued one after another before a paragraph
_TAIL_REACH = 160


_GLUED_NOTE_CHARACTERS = 60  # at most, in a widget's note in parentheses after a paragraph's last sentence
_HAS_WORD = lazy_compile(r"[^\W\d_]{2}")  # (a note has words: "(12)" after a sentence is a count or a footnote)


def _without_glued_widgets(text: str, unit: Line, doc: DocumentDraft) -> str:
    """Cut the page's widget text glued to a paragraph ("Advertisement", "Read more: ...") into ``removed``."""
    if text.startswith(_GLUED_HEADS) and (ahead := _GLUED_AHEAD.match(text)) is not None:
        doc.remove_span(unit.number, unit.last, ahead.group(0).rstrip(), "advertisement")
        text = text[ahead.end():]
    elif (joint := _GLUED_JOINT.search(text, 0, _HEAD_REACH)) is not None:
        # "Recommended StoriesThe council met ...": a widget's label run into the paragraph's first word; a row of
        # buttons may be, one label after another ("MerkenTeilenWenn …").
        for _ in range(_GLUED_HEADS_AT_MOST):
            if joint is None or (reason := chrome_reason(head := text[:joint.start()])) is None:
                if (row := _glued_row(text)) is not None:
                    # ("FacebookXWhatsAppEmailEvery Sunday …": the row's first joint falls inside a label)
                    doc.remove_span(unit.number, unit.last, text[:row[0]], row[1])
                    text = text[row[0]:]
                break
            doc.remove_span(unit.number, unit.last, head, reason)
            text = text[joint.start():]
            joint = _GLUED_JOINT.search(text, 0, _HEAD_REACH)
    if _may_hold_ad_label(text):
        def cut(label: re.Match[str]) -> str:  # (one pass, however many labels a paragraph holds)
            doc.remove_span(unit.number, unit.last, label.group(0).strip(), "advertisement")
            return " "
        text = _AD_BETWEEN.sub(cut, text)
    if (text.endswith(")") and (opening := text.rfind("(")) > 0 and text[opening - 1] == " "
            and len(text) - opening <= _GLUED_NOTE_CHARACTERS and _HAS_WORD.search(text, opening) is not None
            and text[:opening].rstrip().endswith(_SENTENCE_CLOSE) and (reason := chrome_reason(text[opening:])) is not None
            and reason != "desk-code"):  # ("... aquatiques. (ats/nxp)": a wire's sign-off, which names the publisher)
        # "... for years. (Story continues below)": a widget's note in parentheses after the last sentence
        doc.remove_span(unit.number, unit.last, text[opening:], reason)
        return text[:opening].rstrip()
    if text.endswith(_SENTENCE_CLOSE + (")",)):
        # A paragraph that ends as a sentence has nothing glued after it, but for a prompt's own sentence ("… for
        # years. Click here to subscribe."): the last sentence's opening first, a word such prompts open with.
        if ((opening := _last_sentence_opening(text)) is not None
                and (cut := _prompt_after(text, opening.start("prompt"))) is not None):
            doc.remove_span(unit.number, unit.last, text[cut[0]:], cut[1])
            return text[:cut[0]].rstrip()
        return text
    end = text[-_TAIL_REACH:]
    glued = _GLUED_TAIL.search(end)
    if glued is not None and _sentence_before(text, len(text) - len(end) + glued.start("tail")):
        tail = glued.group("tail").strip()
        if len(tail.split()) <= _WIDGET_WORDS and (reason := chrome_reason(tail)) is not None:
            doc.remove_span(unit.number, unit.last, tail, reason)
            return text[:len(text) - len(end) + glued.start("tail")].rstrip()
    return text


_PROMPT_REACH = 80  # characters at a paragraph's end where a prompt's sentence stands


def _glued_row(text: str) -> Optional[tuple[int, str]]:
    """Where a row of buttons glued to a paragraph's first word ends, the longest that is chrome, and why."""
    for joint in reversed(list(_GLUED_JOINT.finditer(text, 0, _ROW_REACH))[1:]):
        # (labels only, letters glued to letters: no code, no sentence)
        if text[:joint.start()].isalpha() and (reason := chrome_reason(text[:joint.start()])) is not None:
            return joint.start(), reason
    return None


def _last_sentence_opening(text: str) -> Optional[re.Match[str]]:
    """``_PROMPT_OPENING`` searched in the paragraph's last characters. Its sentence holds no stop but its last, so
    it can only open at the last stop before the paragraph's end: tried there alone (most paragraphs are asked)."""
    start = max(0, len(text) - _PROMPT_REACH)
    opening = max(text.rfind(".", start, -1), text.rfind("!", start, -1), text.rfind("?", start, -1))
    return _PROMPT_OPENING.match(text, opening) if opening >= 0 else None
# A last sentence that opens as prompts do: "Click", "Subscribe", "Sign up", "Support", "Join", "Get", "Register",
# "Follow", "Download", "Don't", and "Klicken", "Cliquez", "Clicca", "Clique", "Abonnez", "Suscríbete", "Haz clic",
# "Assine", "Iscriviti", "Inscrivez", "Inscreva", "Regístrate" (one scan of the paragraph's last characters).
# (glued to the story's last stop too: "… traders said.Sign up here.")
_PROMPT_OPENING = lazy_compile(r"[.!?][\"”’]? ?(?P<prompt>(?:Click|Subscribe|Sign|Support|Join|Get|Register|Follow|Download"
                               r"|Don['’]t|Klick|Clic|Abonn|Suscr|Haz clic|Assin|Iscriv|Inscri|Regístr)[^.!?]{0,75}[.!?])$")
_PROMPT_REASONS = {"promo", "newsletter-prompt", "paywall", "appeal"}
_PROMPT_AFTER_WORDS = 8  # at least, in the story's text before the prompt


def _prompt_after(text: str, start: int) -> Optional[tuple[int, str]]:
    """Where a site's prompt glued on as the paragraph's last sentence (from ``start``) starts, and why it is one;
    None if the last sentence is the story's."""
    if text.count(" ", 0, start) < _PROMPT_AFTER_WORDS:  # (the words before the prompt: the spaces before it)
        return None
    reason = chrome_reason(text[start:])
    return (start, reason) if reason in _PROMPT_REASONS else None


def _may_hold_ad_label(text: str) -> bool:
    # Every paragraph is asked: one scan for the labels alone, before the search for them between sentences.
    return _AD_LABEL.search(text) is not None


_GLUED_AFTER_WORDS = 4  # at least, before the widget: "Email ThisBlogThis!Share to X" is a row of buttons


def _sentence_before(text: str, end: int) -> bool:
    return text.count(" ", 0, end) + 1 >= _GLUED_AFTER_WORDS


def glued_widget(text: str) -> bool:
    """Whether ``text`` ends with the page's widget text glued after its last sentence (see below)."""
    end = text[-_TAIL_REACH:]
    glued = _GLUED_TAIL.search(end)
    if glued is None or not _sentence_before(text, len(text) - len(end) + glued.start("tail")):
        return False
    tail = glued.group("tail").strip()
    return len(tail.split()) <= _WIDGET_WORDS and chrome_reason(tail) is not None


def _without_inline_links(text: str, unit: Line, doc: DocumentDraft) -> str:
    kept = _SPACES.sub(" ", _INLINE_LINK.sub("", text)).strip()
    if kept == text or not kept:
        return text
    for cut in _INLINE_LINK.findall(text):
        doc.remove_span(unit.number, unit.last, cut.strip(), "related-link")
    return kept


def _add_list_item(article: ArticleDraft, item: str, unit: Line) -> None:
    previous = article.blocks[-1] if article.blocks else None
    if previous is not None and previous["type"] == "list":
        previous["items"].append(item)
        previous["lines"][1] = unit.last
    else:
        article.blocks.append({"type": "list", "items": [item], "lines": [unit.number, unit.last]})


_METADATA_LINE_CHARACTERS = 300  # at most, in a byline block printed on one line


def _metadata_line(unit: Line, article: ArticleDraft, doc: DocumentDraft) -> bool:
    """Bylines and timestamps printed at the top of a body (before its first paragraph): into fields,
    or set aside as repeats."""
    text = unit.text
    if len(text) > _METADATA_LINE_CHARACTERS:
        return False  # (a story's first paragraph: no need to look for a date through all of it)
    if _STAFF.match(text):
        doc.remove(unit, "byline")
        return True
    if " | " in text and take_signature_line(unit, article, doc):
        return True
    if "@" in text and article.byline is None and (addressed := _NAME_AND_ADDRESS.fullmatch(text)) is not None:
        article.fill("byline", addressed.group("name"), unit.number)  # "JANE ROE jroe@valleysentinel.com" over the story
        return True
    dated = find_date(text)
    if dated is not None and (TIMESTAMP.match(text) or date_alone(text, dated)):
        take_timestamp(unit, article, doc, dated)
        return True
    if dated is not None and (name := date_then_name(text, dated)) is not None:
        article.fill("byline", name, unit.number)  # "March 3, 2024 by Jane Roe"
        take_timestamp(Line(unit.number, unit.raw, text[:dated[1].end()], unit.end), article, doc, dated)
        return True
    if dated is not None and (wire := agency(text[:dated[1].start()])) is not None:
        # "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)": the wire that wrote it, then when
        article.fill("byline", text[:dated[1].start()].strip(" -–—|,·•"), unit.number)
        article.fill("publisher", wire, unit.number)
        take_timestamp(Line(unit.number, unit.raw, text[dated[1].start():], unit.end), article, doc, find_date(
            text[dated[1].start():]) or dated)
        return True
    return take_byline(unit, article, doc)


# "Valencia - 12 mar 2025 - 05:30 CET": where the story was written, then when.
_PLACE_BEFORE_DATE = lazy_compile(r"(?P<place>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){0,2})\s+[-–—|/]\s+")


def _place_then_date(text: str, found: tuple[str, re.Match[str]]) -> Optional[str]:
    """The place before the date of a where-and-when line, when the rest of the line is the date alone."""
    placed = _PLACE_BEFORE_DATE.match(text)
    if placed is None or placed.end() != found[1].start() or date_alone(text[placed.end():], find_date(text[placed.end():])) is None:
        return None
    return placed.group("place")


def take_timestamp(unit: Line, article: ArticleDraft, doc: DocumentDraft, found: tuple[str, re.Match[str]]) -> None:
    """A dated line ("Posted ...", "Last Updated ...", a bare date): the first of each kind fills
    ``published`` or ``modified``, with its time where the page gives a zone; a repeat is set aside."""
    text = unit.text
    if "|" not in text and (second := _SECOND_STAMP.search(text)) is not None:
        text = f"{text[:second.start()]} | {text[second.start():].lstrip(' ,;·•')}"  # "Publié le ..., modifié le ..."
    if "|" in text:
        # "Published: 15:15 GMT, 3 March 2024 | Updated: 16:00 GMT, 3 March 2024": two stamps on one line.
        stamps = [(part, find_date(part)) for part in (piece.strip() for piece in text.split("|")) if part]
        if len(stamps) > 1 and all(when is not None for _, when in stamps):
            used = [_fill_stamp(part, when, unit, article) for part, when in stamps]  # type: ignore[arg-type]
            if not any(used):
                doc.remove(unit, "timestamp")
            return
    used = _fill_stamp(text, found, unit, article)
    if (posted := _POSTED_BY.search(text)) is not None:  # "Posted on March 3, 2024 by Jane Roe"
        used = article.fill("byline", posted.group("name"), unit.number) or used
    if not used:
        doc.remove(unit, "timestamp")


# "... by Jane Roe" closing a stamp line: who posted the story.
_POSTED_BY = lazy_compile(r"\b(?:by|par|von|por|di)\s+(?P<name>[A-ZÀ-Þ][\w.'’\-]+(?:\s+[A-ZÀ-Þ][\w.'’\-]+){1,3})\s*$")


# The second stamp of a line, after a comma or a dash: "Publié le 3 mars 2024 à 10h15, modifié le 3 mars 2024 à 11h00".
# (or the first one after the update's: "Updated 12 April 2024 – 9:10am, first published 11 April 2024 – 2:05pm")
_SECOND_STAMP = lazy_compile(r"(?:[,;·•]\s*|\s[-–—]\s+|(?<=\d))(?=(?:" + "|".join(sorted(_UPDATED - {"stand"}, key=len, reverse=True))
                             + r"|first published|originally published|first posted"
                             + r")(?![^\W\d_])[^|]{0,40}?\d{4})", re.I)  # (also glued: "10:15, 3 Mar 2024Updated11:00, ...")


def publication_stamp(text: str) -> bool:
    """Whether ``text`` opens with a stamp's label that says when the story was published ("Publicado em …", "Published
    …", "Veröffentlicht am …"), not when it was updated."""
    stamp = TIMESTAMP.match(text)
    return stamp is not None and stamp.group("kind").lower() not in _UPDATED


def _fill_stamp(text: str, found: tuple[str, re.Match[str]], unit: Line, article: ArticleDraft) -> bool:
    stamp = TIMESTAMP.match(text)
    name = "modified" if stamp and stamp.group("kind").lower() in _UPDATED else "published"
    iso, where = found
    value = date_time(iso, text[where.end():]) if where.end() < len(text) else iso
    if value == iso and where.start() > 0:
        value = date_time(iso, text[stamp.end() if stamp else 0:where.start()])
    return article.fill(name, value, unit.number)


_SIGNATURE_PART_WORDS = 16  # at most, in a part of a byline block printed on one line
_SIGNATURE_PARTS = 6  # at most, in such a block: a publication, a byline, a section and stamps
_BY_WORD_FIRST = lazy_compile(r"(?i:by|par|von|por|di|da)\s")
_PUBLICATION = lazy_compile(r"[A-ZÀ-Þ][\w&.'’\-]*(?: (?:[A-ZÀ-Þ][\w&.'’\-]*|de|du|des|la|le|of|the|di|del|der|die|das)){0,3}")


def take_signature_line(unit: Line, article: ArticleDraft, doc: DocumentDraft) -> bool:
    """A byline block printed on one line between bars, in any order: the publication, when the story was
    published (and updated), and who wrote it ("Le Courrier | 04.03.2024 à 10h15 • Mis à jour le 05.03.2024 à
    09h00 | Par Jeanne Roux"). Fills the fields it can; False when a part is none of these."""
    if unit.text.count(" | ") >= _SIGNATURE_PARTS:
        return False  # (a menu, or a hostile line of thousands of parts)
    parts = [part.strip() for part in unit.text.split(" | ")]
    bylines, dates, publications = [], [], []
    for part in parts:
        if not part or len(part.split()) > _SIGNATURE_PART_WORDS:
            return False
        if byline_parts(part) is not None:
            bylines.append(part)
        elif (found := find_date(part)) is not None:
            dates.append((part, found))
        elif _PUBLICATION.fullmatch(part) or agency(part) is not None:  # (a wire in small letters too: "dpa-AFX")
            if chrome_reason(part) is None:  # ("Accueil | Par Jeanne Roux | 4 mars 2024": a link home first)
                publications.append(part)
        else:
            return False
    if (not bylines and len(parts) == 2 and len(dates) == 1 and dates[0][0] == parts[0] and len(publications) == 1
            and (wire := agency(publications[0])) is not None
            and (TIMESTAMP.match(parts[0]) is not None or date_alone(parts[0], dates[0][1]) is not None)):
        # "15.08.2024 - 12:31 | dpa-AFX": when, then the wire that sent the story
        article.fill("publisher", wire, unit.number)
        take_timestamp(Line(unit.number, unit.raw, parts[0], unit.end), article, doc, dates[0][1])
        return True
    if (not bylines and len(parts) == 2 and len(dates) == 1 and len(publications) == 1 and dates[0][0] == parts[1]
            and (TIMESTAMP.match(parts[1]) is not None or date_alone(parts[1], dates[0][1]) is not None)
            and agency(publications[0]) is None):
        # "SNI | Updated: Jan 17, 2025 18:21 IST": who sent the story, then when it was published or updated; a
        # writer's name signs it ("Jane Roe | May 09, 2025, 06:12 PM"; a wire's is read as a byline, as printed)
        if is_bare_name(publications[0]) or publications[0].lower() in NEWSROOM_WORDS:
            # (or the newsroom's word: "Redação | 15 de outubro de 2024")
            article.fill("byline", publications[0], unit.number)
        elif TIMESTAMP.match(parts[1]) is not None and _place_sending(publications[0]):  # (not "Bosch | 26.01.2022")
            article.fill("dateline", publications[0], unit.number)  # "Pune | Updated: July 28, 2024 09:14 IST": where from
        take_timestamp(Line(unit.number, unit.raw, dates[0][0], unit.end), article, doc, dates[0][1])
        return True
    if len(bylines) != 1 or len(publications) > 1:
        return False
    if not dates:
        # "WKDL | By Jane Roe": a name and a "By" line alone; the name may be the site's, or its section's
        if (len(parts) != 2 or not publications or _BY_WORD_FIRST.match(bylines[0]) is None
                or is_role(publications[0])):  # ("Por Jane Roe | Corresponsal": the writer's job)
            return False
        taken = take_byline(Line(unit.number, unit.raw, bylines[0], unit.end), article, doc)
        if taken and (wire := agency(publications[0])) is not None:
            article.fill("publisher", wire, unit.number)  # "By Jane Roe | AAP": the writer, then the wire
        return taken
    take_byline(Line(unit.number, unit.raw, bylines[0], unit.end), article, doc)
    if publications and agency(publications[0]) is None and _place_sending(publications[0]) and not is_organisation(
            publications[0]):
        article.fill("dateline", publications[0], unit.number)  # "Written by Jane Roe | Kothapalli | Updated: …": where from
    elif publications:
        article.fill("publisher", publications[0], unit.number)
    for part, found in dates:
        take_timestamp(Line(unit.number, unit.raw, part, unit.end), article, doc, found)
    return True


def _place_sending(text: str) -> bool:
    """Whether ``text``, before a bar and a stamp, is the one-word place the story was sent from ("Pune"; not the
    section's name, "Business", nor a wire's initials, "SNI")."""
    return (" " not in text and not text.isupper() and is_place_alone(text) and text.lower() not in SECTIONS
            and chrome_reason(text, header=True) is None)


# Where the story was written, after the newsroom and a dash that close a byline ("…, g1 — São Paulo").
# (the word "from" may lead it: "Por Felipe Arruda — De Campina Alta", "… – Desde Rosario", "… — From Riverton")
_WRITTEN_FROM_AFTER_DASH = lazy_compile(r"\s[-–—]\s+(?:(?i:de|desde|from|da|depuis|aus|dall['’]|dalla) (?=[A-ZÀ-Þ]))?"
                                        r"(?P<place>[A-ZÀ-Þ][\w'’\-]+(?: (?:de |do |da )?[A-ZÀ-Þ][\w'’\-]+){0,2}"
                                        r"(?: \([A-Z]{2}\))?)$")  # (with a Brazilian state's letters: "Itaverá (GO)")


# "Gazette staff", "Register staff": the paper's short name and its word for its writers.
# ("Register staff", and a station's name, its channel and its desk before it: "KSEV 7 Staff", "KSLN 12 Digital Staff")
PAPER_STAFF = lazy_compile(r"[A-Z][\w'’\-]+(?: (?:[A-Z][\w'’\-]+|\d{1,3})){0,2} (?:[Ss]taff|[Rr]eporters|[Nn]ewsroom)")


def _wire_desk(outlet: str) -> Optional[str]:
    """The wire of a wire's desk in a region or a city ("PA Scotland", "AFP Paris"), as printed."""
    wire, _, place = outlet.partition(" ")
    return wire if place and agency(wire) is not None and is_place_alone(place) and not is_role(place) else None


def take_byline(unit: Line, article: ArticleDraft, doc: DocumentDraft) -> bool:
    """A "By ..." line: its name, publisher and date fill empty fields; a repeat is set aside."""
    parts = byline_parts(unit.text)
    if parts is None:
        return False
    name, publisher, when = parts
    if publisher is not None and PAPER_STAFF.fullmatch(publisher) is not None:
        publisher = None  # ("By Corinne Ashdown | Register staff": the paper's staff, the writer's place in it)
    elif publisher is not None:
        publisher = paper_written_for(publisher)  # ("By Jane Roe, Special to The Valley Record": a contributor's)
    if publisher is None and name is not None and ", " in name:
        writer, _, outlet = name.rpartition(", ")
        publisher = wire_in_job(outlet)  # "By Jane Roe, PA Political Correspondent": the wire's writer
        if publisher is None and (desk := _wire_desk(outlet)) is not None and is_bare_name(writer):
            name, publisher = writer, desk  # "Callum Reid, PA Scotland": the wire's desk in a region, no part of the name
    if (publisher is None and name is not None and name.endswith(")") and (bracket := name.rfind(" (")) > 0
            and (wire := agency(name[bracket + 2:-1])) is not None and is_bare_name(name[:bracket])):
        name, publisher = name[:bracket], wire  # "di Angela Lotito (DIRE)", "Por Ana Lima (Lusa)": the wire's writer
    written_at = None
    if name is not None and " | " in name:
        writer, _, town = name.rpartition(" | ")
        if is_bare_name(writer) and ", " in town and place_after_name(town):
            name, written_at = writer, town  # "Por Itzel Jiménez Toledo | Juchitán, Oaxaca | …": the town and its region
    used = article.fill("byline", name, unit.number)
    if written_at is not None:
        used = article.fill("dateline", written_at, unit.number) or used
    used = article.fill("publisher", publisher, unit.number) or used
    used = article.fill("published", when, unit.number) or used
    if (place_alone := written_from(unit.text)) is not None:
        used = article.fill("dateline", place_alone, unit.number) or used  # "Par Jeanne Roux (Lyon, envoyée spéciale)"
    elif name is not None and publisher is None and (signed_at := place_signed(unit.text, name)) is not None:
        used = article.fill("dateline", signed_at, unit.number) or used  # "Par Jeanne Roux, à Lyon"
    if (place := _WRITTEN_FROM_AFTER_DASH.search(unit.text)) is not None and (
            publisher in unit.text[:place.start()] if publisher is not None
            # (after a hyphen, a name may be the newsroom's: "Thomas Lefèvre - Ondes Info")
            else unit.text[:place.start()].endswith(name) and place.group(0).lstrip()[:1] != "-"
            and is_place_alone(place.group("place").partition(" (")[0])):
        # "Por Ana Souza, g1 — São Paulo", "Por Rafael Monteiro — São Carlos": where the writer wrote from
        used = article.fill("dateline", place.group("place"), unit.number) or used
    if when is None and (stamp := glued_stamp(unit.text)) is not None and (found := find_date(stamp)) is not None:
        used = _fill_stamp(stamp, found, unit, article) or used  # "ByJANE ROEUpdated: March 3, 2024 10:15 AM"
    if not used:
        doc.remove(unit, "duplicate-byline")
    return True


_CHART_TITLE_WORDS = 20  # at most, in a chart's title
_CHART_HINT_WORDS = 8  # at most, in the line that says how to use a chart, between its title and its source


def _source_label_near(units: Sequence[Line], i: int) -> bool:
    """The cheap test first: a label's colon near the start of one of the two lines under ``units[i]``."""
    return (units[i + 1].text.find(":", 0, DATA_SOURCE_LABEL_REACH) > 0
            or i + 2 < len(units) and units[i + 2].text.find(":", 0, DATA_SOURCE_LABEL_REACH) > 0)


def _chart(units: Sequence[Line], i: int, article: ArticleDraft, doc: DocumentDraft) -> int:
    """If ``units[i]`` is a chart's or a map's title over the line that names its source ("Median rent, two-bedroom
    homes" over "Source: Tenancy Bond Authority | Graphic: Jane Roe"), add it as a figure credited to that line, and
    return how many lines it used. How to use the chart may stand between ("Tap a street for details"): chrome.
    (Among the story's prose: under it, "Quelle: hessenschau.de" names the story's own source.)"""
    text = units[i].text
    # (a title names what is drawn, in a few words and no sentence: the story's last line over "Fonte: AKN" is its own)
    if (text.endswith(_CHART_TITLE_ENDS) or ":" in text or ".(" in text or text.count(" ") >= _CHART_TITLE_WORDS
            or not _amid_prose(article, doc) or not can_be_caption(text)):
        return 0
    under = i + 1
    if (not data_source(units[under].text) and under + 1 < len(units)
            and units[under].text.count(" ") < _CHART_HINT_WORDS and chrome_reason(units[under].text) is not None):
        under += 1
    if not data_source(units[under].text):
        return 0
    if under > i + 1:
        doc.remove(units[i + 1], chrome_reason(units[i + 1].text) or "page-chrome")
    article.blocks.append(figure(text, units[under].text, units[i].number, units[under].last))
    return under - i + 1


_CHART_TITLE_ENDS = (".", "!", "?", ":", ";", ",")
_CHART_TITLE_LAST = frozenset(_CHART_TITLE_ENDS)  # (the same, as the one character the cheap test looks at)


def _amid_prose(article: ArticleDraft, doc: DocumentDraft) -> bool:
    """Whether the story's prose is what comes last above (an advertisement between at most): a chart stands between
    its paragraphs, where a box's last line or a menu's last item does not."""
    if not article.blocks or article.blocks[-1]["type"] != "paragraph":
        return False
    above = doc.removed[-1] if doc.removed else None
    return above is None or above["lines"][0] < article.blocks[-1]["lines"][0] or above["reason"] == "advertisement"


def _figure(units: Sequence[Line], i: int, article: ArticleDraft, doc: DocumentDraft, last: bool, gap: int = 2) -> int:
    """If ``units[i]`` is a photo caption, add a figure block and return how many lines it used (``gap``: how far
    under it, at most, its credit may stand)."""
    if (i + 2 < len(units) and units[i + 2].text.find(":", 0, _LABEL_REACH) > 0
            and units[i + 2].text[:1] != "©" and picture_button(units[i + 1].text) and without_label(units[i + 2].text) != units[i + 2].text):
        # ("Enlarge image" between the caption and "Photo: Jane Roe": the picture's button, read past)
        used = _figure([*units[:i + 1], *units[i + 2:]], i, article, doc, last, gap + 2)
        if used > 1:
            doc.remove(units[i + 1], "page-chrome")
            return used + 1
        return used
    unit = units[i]
    text = unit.text
    follower = units[i + 1] if i + 1 < len(units) else None
    # (a line of a credit's length right under it: most lines are followed by a paragraph)
    short = (follower is not None and len(follower.text) <= _CREDIT_LINE_CHARACTERS and follower.number - unit.last <= gap)
    if (short and len(text) <= _CAPTION_CHARACTERS and not (last and _wire_alone(units[i + 1].text))
            and (under := credit_under(units, i + 1)) is not None
            and can_be_caption(text, labelled=_picture_label(follower.text))  # type: ignore[union-attr]
            and not (under[1] == 1 and caption_under_credit(units, i) and not _right_after_figure(units, i, article))):
        # (the story's last prose over a wire's name alone, "(dpa)", is signed off, not credited)
        parts, used = (None, text, under[0]), 1 + under[1]  # the credit on a line of its own, under the caption
    elif (short and not last and len(wire := units[i + 1].text) <= _AGENCY_LINE_CHARACTERS and wire[:1].isupper()
          and wire.count(" ") < _AGENCY_WORDS and (describes_picture(text) or _between_prose(units, i, 2)
                                                     or _right_after_figure(units, i, article))
          and (agency(wire) is not None or call_letters(wire))):
        # A news agency's name alone may sign a story off; under a sentence that dates a picture or says who is in
        # it ("... on Monday, March 4, 2024.", then "REUTERS"), it credits the picture, and so it does under a line
        # shorter than the story's prose on either side of the two (a sign-off ends the story).
        parts, used = (None, text, wire), 2
    elif (text.endswith(_SENTENCE_CLOSE) and ":" not in text and "|" not in text and ")" not in text[-2:]
          and "]" not in text[-2:] and "/" not in (tail := text[-80:]) and text[:1] != "("  # ("(Photo Jane Roe) …")
          and not (" by " in tail and _PICTURE_BY.search(tail))):
        # The mark every credit shape needs is missing (see captions._CREDIT_SHAPES), and the line ends as a
        # sentence does, with no picture service's name after it.
        return 0
    elif " on " in text and _STOCK_SERVICE_CREDIT.fullmatch(text) is not None:
        return 0  # ("Photo by Jane Roe on Unsplash": a credit alone, no caption)
    else:
        parts, used = caption_parts(text, is_last=last), 1
    if parts is None and text.endswith("|"):
        # "caption |" with the credit on a line of its own just after it
        if follower is not None and follower.number - unit.number <= 2 and is_credit_line(follower.text):
            parts = (None, text.rstrip(" |"), follower.text)
            used = 2
    if parts is None:
        return 0
    label, caption, credit = parts
    caption = without_counter(caption, unit, doc, credited=True)
    block = figure(caption, credit, unit.number, units[i + used - 1].last, label=label)
    previous = article.blocks[-1] if article.blocks else None
    # A short title-like line right above a caption (a blank line between at most) is the image's alt/title text.
    if previous is not None and unit.number - previous["lines"][1] <= 2 and (
            previous["type"] == "heading" or credit is not None and _alt_sentence(previous, article)):
        article.blocks.pop()
        block["alt"] = previous["text"]
        block["lines"][0] = previous["lines"][0]
    article.blocks.append(block)
    return used


def _alt_sentence(block: dict[str, Any], article: ArticleDraft) -> bool:
    """Whether a paragraph ``block`` right above a credited caption is the picture's alt text: the only one yet (the
    story has not begun), one short sentence that describes what the picture shows as alt texts do, from an
    indefinite article ("A man in a red cap walks in front of a collapsed grain bin.", "A woman carries …"; a lead tells:
    "A search for a kayaker … has resumed for a second day.")."""
    if block["type"] != "paragraph":
        return False
    text = block["text"]
    # (a story's lead from the same article runs longer, or says when with a number: "A grandmother who was ordered to …
    # has won a two-year battle …", "Um temporal que atingiu a capital na noite de quinta-feira (14) …")
    return (text.partition(" ")[0] in _INDEFINITE_ARTICLES and len(text.split()) <= _ALT_WORDS
            and not any(char.isdigit() for char in text) and not tells_as_news(text)
            and SENTENCE_INSIDE.search(text) is None and article.first_paragraph() is block)


_ALT_WORDS = 20  # at most, in a picture's alt text
_INDEFINITE_ARTICLES = frozenset("A An Un Une Ein Eine Einer Uno Una Um Uma".split())


# "(Image: …)", "Photo: …", "Foto: …": a credit line's label that says a picture stands above it.
# ("Photo: …", "(Image: …)"; "File Photo by Jane Roe/UPI", "Staff photo by …": the word for a picture, then by whom)
_PICTURE_LABEL = lazy_compile(r"[(\[]?(?:image|photo|picture|foto|bild|imagen|imagem|immagine)\s*:"
                              r"|(?:(?:file|staff|pool|handout) )?(?:photo|picture|image) by (?-i:[A-ZÀ-Þ])", re.I)


def _picture_label(text: str) -> bool:
    return _PICTURE_LABEL.match(text) is not None


def _between_prose(units: Sequence[Line], i: int, used: int) -> bool:
    """Whether ``units[i]`` can be a caption set between the story's prose: a sentence shorter than the paragraphs
    right above it and right under its ``used`` lines, which are prose. (A title there heads what follows: a
    ticker's entry prints its title, then the wire's name, then its text.)"""
    if i == 0 or i + used >= len(units) or not units[i].text.endswith(_SENTENCE_CLOSE):
        return False
    text, above, below = units[i].text, units[i - 1].text, units[i + used].text
    return (len(text) < len(above) and len(text) < len(below) and _is_prose(above) and _is_prose(below)
            and can_be_caption(text))


def caption_under_credit(units: Sequence[Line], i: int) -> bool:
    """Whether the credit on the line under ``units[i]`` belongs to the caption under it (some pages print the
    credit above its caption): ``units[i]`` is prose, and the line under the credit is a caption's sentence,
    shorter than the prose on either side of it."""
    if i + 3 >= len(units) or units[i + 2].number - units[i + 1].last > 2:
        return False
    above, below, after = units[i].text, units[i + 2].text, units[i + 3].text
    if not below.endswith(_SENTENCE_CLOSE):
        return _unstopped_caption_under_credit(above, below, units[i + 3:i + 5])
    # (the characters first: most lines are asked, and splitting them is dearer)
    if not (len(below) < len(above) and len(below) < len(after) and above.endswith(_SENTENCE_CLOSE)):
        return False
    words = len(below.split())
    return (len(above.split()) > max(words, PROSE_WORDS - 1) and words < len(after.split()) and _is_prose(after)
            and can_be_caption(below))


_PARAGRAPH_WORDS = 25  # at least, in the paragraph of two sentences or more above a credit that is no caption's
_LONG_SENTENCE_WORDS = 35  # at least, in a paragraph of one sentence, longer than most captions
_UNSTOPPED_CAPTION_WORDS = 15  # at most, in a caption printed without its stop
_SUBHEAD_WORDS = 6  # at most, in most subheads: a picture without a caption may stand over one ("Zur Person")


def _unstopped_caption_under_credit(above: str, below: str, after: Sequence[Line]) -> bool:
    """Whether a credit between ``above`` and ``below`` belongs to ``below``, a caption printed without its stop: the
    line above is a paragraph of two sentences or more, or of one long sentence, which no caption is, the line below
    is longer than most subheads, and the story's prose (past the page's chrome) goes on under it."""
    if not (above.endswith(_SENTENCE_CLOSE) and len(below) < len(above) and not below.endswith(":")
            and _SUBHEAD_WORDS < len(below.split()) <= _UNSTOPPED_CAPTION_WORDS
            and (words := len(above.split())) >= _PARAGRAPH_WORDS
            and (words >= _LONG_SENTENCE_WORDS or _SENTENCE_END.search(above, 0, len(above) - 1) is not None)):
        return False
    following = next((unit.text for unit in after if chrome_reason(unit.text) is None), None)
    return (following is not None and _is_prose(following) and can_be_caption(below) and not title_cased(below)
            and below[:1].isupper())


def _right_after_figure(units: Sequence[Line], i: int, article: ArticleDraft) -> bool:
    """Whether the line above ``units[i]`` ends a figure: a gallery's captions follow one another, each credited."""
    return (i > 0 and bool(article.blocks) and article.blocks[-1]["type"] == "figure"
            and article.blocks[-1]["lines"][1] == units[i - 1].last)


def _numbered_figure(units: Sequence[Line], i: int, article: ArticleDraft) -> int:
    """A caption under its figure's label and number ("Abbildung 2: …"), its credit after it or on the line under it: a
    figure block with that label, and how many lines it used."""
    if (numbered := numbered_figure(units[i].text)) is None:
        return 0
    label, caption = numbered
    if caption[:1] == "©" or standalone_credit(caption) is not None:
        return 0  # ("Bild 2: © Jane Roe": the picture's credit alone, no caption)
    credit = None
    opening = units[i].text[:len(units[i].text) - len(caption)]  # the label, its number and mark
    # (asked of the line whole: the caption alone may open with a quotation, which reads as speech)
    if (parts := caption_parts(units[i].text)) is not None and parts[1].startswith(opening):
        caption, credit = parts[1][len(opening):], parts[2]
    used = 1
    if (credit is None and i + 1 < len(units) and len(units[i + 1].text) <= _CREDIT_LINE_CHARACTERS
            and units[i + 1].number - units[i].last <= 2 and (under := credit_under(units, i + 1)) is not None):
        credit, used = under[0], 1 + under[1]
    article.add_figure(caption, credit, units[i].number, units[i + used - 1].last, label=label)
    return used


def _credit_over_caption(units: Sequence[Line], i: int, article: ArticleDraft) -> int:
    """A credit printed above its caption, between two paragraphs of prose: a figure of the two lines."""
    if i == 0 or len(units[i].text) > _CREDIT_LINE_CHARACTERS or (under := credit_under(units, i)) is None:
        return 0
    if under[1] != 1 or not caption_under_credit(units, i - 1):
        return 0
    caption = units[i + 1]
    article.add_figure(caption.text, under[0], units[i].number, caption.last)
    return 2


_ADDRESSED_CAPTION_WORDS = 4  # spaces, at least, in a caption over its photographer's name and address
_NAME_AND_ADDRESS = lazy_compile(r"(?P<name>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){1,3}) " + EMAIL_ADDRESS)
_PHOTOGRAPHER_AND_ADDRESS = lazy_compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){1,3} " + EMAIL_ADDRESS)
_CREDIT_SEPARATORS = ("|", "/", "·", "•", "—", "–")  # (before a credit under its caption: "— Jane Roe/Reuters")
_AGENCY_LINE_CHARACTERS = 30
_AGENCY_WORDS = 4  # at most, in a news agency's name ("Press Trust of India")
# What a credit after " by " starts with ("Photo by Jane Roe"): " by a narrow vote" is no credit.
_PICTURE_BY = lazy_compile(PICTURE_BY_MARK)


def credit_under(units: Sequence[Line], i: int) -> Optional[tuple[str, int]]:
    """The credit ``units[i]`` holds alone, and how many lines it takes: ``Jane Roe/Getty Images``, also after
    the bar that divides it from the caption above, on its line (``| © Jane Roe``) or on a line of its own."""
    text = units[i].text
    if text in _CREDIT_SEPARATORS:
        if i + 1 < len(units) and units[i + 1].number - units[i].last <= 2 and len(units[i + 1].text) <= _CREDIT_LINE_CHARACTERS:
            credit = standalone_credit(units[i + 1].text, under_caption=True)
            return (credit, 2) if credit is not None else None
        return None
    if text[:1] in _CREDIT_SEPARATORS and text[1:2] == " ":
        text = text[2:]
    if (text.count(" | ") == 1 and chrome_reason(tail := text.rpartition(" | ")[2]) is not None
            and not (text.isupper() and named_for(text.title()) is not None)):  # (a paper's name in capitals is none)
        text = text[:len(text) - len(tail) - 3]  # "Jane Roe/UPI | License Photo": the credit, then a link
    if " on " in text and _STOCK_SERVICE_CREDIT.fullmatch(text) is not None:
        return None  # "Photo by Jane Roe on Unsplash": a stock picture's own credit, printed without a caption
    if (text.endswith(")") and i > 0 and (tagged := _NAME_AND_WIRE.fullmatch(text)) is not None
            and agency(tagged.group("wire")) is not None and i + 1 < len(units) and dateline(units[i + 1].text) is not None
            and _photographer_in_capitals(units, i, tagged.group("name"))):
        # "MARISA GUTIÉRREZ (EFE)" under a caption, over a story that opens with its own place and tag: the wire's
        # photographer, not where the story was filed
        return text, 1
    credit = standalone_credit(text, under_caption=True)
    if credit is not None and (chrome_reason(text) == "related-link" and not (text.isupper() and _capitals_credit(text))
                               or link_label(text)):
        return None  # ("PHOTOS: Flooding hits the valley" links to a gallery; "PHOTO: JANE ROE/REUTERS" is set in capitals)
    if credit is None and text.isupper() and i > 0 and _photographer_in_capitals(units, i):
        credit = text  # "ÁLVARO QUINTELA" under the caption, as some papers print their photographer
    if (credit is None and ", " in text and i > 0 and (name := text.partition(", ")[0]).isupper()
            and (outlet := text.partition(", ")[2])[:1].isupper() and len(outlet.split()) <= _OUTLET_WORDS
            and (_photographer_in_capitals(units, i, name)
                 # (a paper's or a newsroom's name after the comma, under a caption's one sentence: "CORY DANE, Daily
                 # Register", however long the story's prose under it)
                 or is_organisation(outlet) and is_bare_name(name.title()) and ends_as_caption(units[i - 1].text)
                 and _SENTENCE_END.search(units[i - 1].text, 0, len(units[i - 1].text) - 1) is None
                 and can_be_caption(units[i - 1].text))):
        credit = text  # "LUIS AMARAL, Courier staff", "ÉRIC LANGEVIN, ARCHIVES LA TRIBUNE": the photographer, and whose
    if (credit is None and i > 0 and len(text) <= _CALL_LETTERS_LENGTH and text[:1] in "KWC" and call_letters(text)
            and units[i - 1].text.endswith(".")):
        credit = text  # "KBXM" under a sentence: the station that took the picture, as broadcasters credit theirs
    if (credit is None and "@" in text and _PHOTOGRAPHER_AND_ADDRESS.fullmatch(text) is not None and i > 0
            and units[i - 1].text.count(" ") >= _ADDRESSED_CAPTION_WORDS):
        # "JANE ROE jroe@valleycourier.com": the photographer in capitals, and how to reach them (under a caption: under
        # a section's name, "Local News", the writer's, over the story)
        credit = text
    if (credit is None and i > 0 and (candidate := credit_under_sentence(text)) is not None  # (the rarer test first)
            and units[i - 1].text.endswith(".") and len(units[i - 1].text.split()) >= _CREDITED_SENTENCE_WORDS
            and not title_cased(units[i - 1].text)):
        credit = candidate
    if credit is not None and i + 1 < len(units) and is_line_up(units[i + 1].text):
        return None  # ("FICHA TÉCNICA", "IL TABELLINO" over a side's line-up: the label of the match's facts)
    return (credit, 1) if credit is not None else None


_STOCK_SERVICE_CREDIT = lazy_compile(r"(?:photo|image|picture)s? by .{2,60} on (?:unsplash|pexels|pixabay|flickr)", re.I)
_CALL_LETTERS_LENGTH = 7  # characters, at most, in a station's call letters ("CKVN-TV")


_INITIALS_ALONE = lazy_compile(r"[A-Z]{2,6}")
_OUTLET_WORDS = 6  # at most, in whose the picture is, after a photographer's name in capitals and a comma


def _capitals_credit(text: str) -> bool:
    """A credit set in capitals: labelled ("PHOTO: JANE ROE/REUTERS"), or a name and its wire or paper after a
    slash ("ROBERTO MERINO / EFE", "ROWAN PIKE/SOUTHERN POST") or either side of a dash ("AFP - JEAN-LUC FERRAND")."""
    if ":" in text or without_label(text) != text:  # ("PHOTO JANE ROE, THE VALLEY COURIER": labelled without a colon)
        return True
    if text.count(" - ") == 1 and standalone_credit(text, under_caption=True) == text:
        return True  # ("AFP - JEAN-LUC FERRAND": the wire and its photographer either side of a dash)
    if text.count(" | ") == 1 and _INITIALS_ALONE.fullmatch((bar := text.partition(" | "))[2]) is not None:
        return is_bare_name(bar[0].title())  # ("GRANT OSEI | TVBJ": the photographer, and the initials of whom for)
    if text.count(" | ") == 1 and named_for(text.title()) is not None:
        return True  # ("JONAH PELLETIER | MIDWEST BUSINESS JOURNAL": the photographer, and the paper by its name)
    name, slash, owner = text.rpartition("/")
    # ("ROWAN PIKE/SOUTHERN POST", "RAMON ESTRADA / PHILIPPINE DAILY CHRONICLE": a name before the slash, not a trail)
    # (the wire first, then the photographer: "LUSA/HENRIQUE MATOS BRITO", "ANSA/MATTEO FERRANTI")
    return bool(slash) and (agency(owner) is not None or agency(name) is not None and is_bare_name(owner.strip().title())
                            or is_bare_name(name.strip().title()) and "/" not in name
                            and not any(is_function_word(word) for word in name.lower().split()))


def ends_as_caption(text: str) -> bool:
    """Whether ``text`` ends as a caption's sentence does: with its stop, or without one when it is longer than a subhead
    and not set as a title ("O presidente da câmara, Artur Meireles, na reunião de quarta-feira")."""
    return text.endswith(".") or (text[-1:].isalnum() and not title_cased(text) and ":" not in text
                                  and _SUBHEAD_WORDS < len(text.split()) <= _UNSTOPPED_CAPTION_WORDS)


def _photographer_in_capitals(units: Sequence[Line], i: int, name: Optional[str] = None) -> bool:
    """Whether ``units[i]``, a line in capitals (or ``name``, the part of it that names), is a photographer's name
    alone under a caption's sentence: the sentence shorter than the prose or the writer's name alone that follows the
    two (a byline in capitals stands over the story, under no sentence)."""
    text, above = name or units[i].text, units[i - 1].text
    if not (is_bare_name(text.title()) and len(text.split()) <= _NAME_WORDS and ends_as_caption(above)
            and not any(is_function_word(word.lower()) for word in text.split())  # ("LAS GUERRILLAS": a subhead)
            and _SENTENCE_END.search(above, 0, len(above) - 1) is None  # (one sentence: a caption's, no paragraph's)
            and can_be_caption(above) and i + 1 < len(units) and chrome_reason(text.title()) is None):
        return False
    below = units[i + 1].text
    # (not a paper's name: "MARCIA TELLEN" over "Harlow Valley Courier" under the headline signs the story)
    return (is_bare_name(below) and not below.isupper() and not is_paper_name(below)
            or _is_prose(below) and len(above) < len(below) and chrome_reason(below) is None
            # (or the headline, signed under it: a phone's page prints the lead picture over the title)
            or i + 3 < len(units) and not below.endswith(_TERMINAL) and below.count(" ") >= _SIGNED_TITLE_SPACES
            and is_bare_name(units[i + 2].text) and not units[i + 2].text.isupper()
            and (TIMESTAMP.match(dated := units[i + 3].text) is not None or find_date(dated) is not None))


_NAME_WORDS = 4
_SIGNED_TITLE_SPACES = 4  # at least, in a title signed under a caption's photographer
_NAME_AND_WIRE = lazy_compile(r"(?P<name>[^()]{4,40}) \((?P<wire>[A-Za-z][\w .\-]{1,20})\)")
_CREDITED_SENTENCE_WORDS = 6  # at least, in a caption's sentence over the credit shapes a menu's entry may take


# A sentence that ends inside the line: a paragraph with page text glued after it, not a caption.
_SENTENCE_END = lazy_compile(r"[.!?][\"”’“»«]?\s*[A-Z]")
_BARE_CAPTION_WORDS = 6  # a gallery's numbered caption is a sentence, longer than a label
def _uncredited_caption(units: Sequence[Line], i: int, article: ArticleDraft, doc: DocumentDraft, last: bool) -> int:
    """A photo caption printed without a credit: a gallery's numbered caption ("2 Police at the scene on
    Monday") or one saying where someone stands in the picture ("... (pictured) ..."), or a line as long as a
    sentence that stops without a full stop, set between two prose paragraphs (a paragraph ends as a sentence; a
    subhead is shorter)."""
    if last or i + 1 >= len(units):
        return 0
    unit = units[i]
    text = unit.text
    if text.endswith(_TERMINAL):
        return 0
    counter = gallery_counter(text)
    words = len(text.split())
    if words > CAPTION_WORDS:
        return 0
    if counter or says_who_is_pictured(text):
        if words <= _BARE_CAPTION_WORDS:
            return 0
    elif ((words <= _HEADING_MAX_WORDS and (words < _DAY_CAPTION_WORDS or (day := _DAY_AT_END.search(text)) is None
                                            # (English headlines drop their articles: "Schools to remain shut on Thursday")
                                            or day.group().startswith("on ") and _ENGLISH_ARTICLE.search(text) is None))
          or not text[0].isupper() or _SENTENCE_END.search(text)
          or not _is_prose(units[i + 1].text) or not article.blocks or article.blocks[-1]["type"] != "paragraph"):
        return 0  # (a subhead is shorter; a caption that says on which day the picture was taken may be as short)
    article.add_figure(without_counter(text, unit, doc), None, unit.number, unit.last)
    return 1


_DAY_CAPTION_WORDS = 6  # at least, in a caption without its stop that ends with the picture's day
_ENGLISH_ARTICLE = lazy_compile(r"\b(?:the|a|an)\b", re.I)
# The day a picture was taken, closing its caption, in the six languages: "… on Monday afternoon", "… nel pomeriggio
# di lunedì", "… el sábado por la tarde", "… neste sábado", "… samedi matin", "… am Sonntagabend".
_DAY_AT_END = lazy_compile(
    r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?"
    r"|(?:(?:nel pomeriggio|nella mattinata|nella serata|nella notte) )?di (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato"
    r"|domenica)|(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) (?:mattina|pomeriggio|sera)"
    r"|(?:el |este )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo) (?:por la (?:mañana|tarde|noche)|pasado)"
    r"|este (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
    r"|(?:nesta|neste) (?:segunda|terça|quarta|quinta|sexta|sábado|domingo)(?:-feira)?(?: (?:de manhã|à tarde|à noite))?"
    r"|(?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:matin|après-midi|soir)"
    r"|ce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:morgen|vormittag|nachmittag|abend)?)$", re.I)


def _described_picture(units: Sequence[Line], i: int, article: ArticleDraft, last: bool) -> int:
    """A photo caption printed without a credit that dates its picture ("Firefighters at the scene in Riverton, N.J.,
    on Monday, March 4, 2024.") or says who is in it ("Jane Roe (left) ..."), between two prose paragraphs, each
    longer than it: a story's paragraph seldom ends with the year, and one that does ("... on December 16, 2010.")
    is no shorter than those around it."""
    if last or i + 1 >= len(units) or not _is_prose(units[i + 1].text):
        return 0
    # (over the story's first paragraph, a line that names the picture first: "Satellite image of … as of 8 a.m.
    # Monday, October 14, 2024.")
    lead = not article.blocks and PICTURE_NAMED_FIRST.match(units[i].text) is not None
    if not lead and (not article.blocks or article.blocks[-1]["type"] != "paragraph"
                     or not (describes_picture(units[i].text) or present_scene(units[i].text))):
        return 0
    words = len(units[i].text.split())
    if (words > CAPTION_WORDS or words >= len(units[i + 1].text.split())
            or not lead and words >= len(article.blocks[-1]["text"].split())):
        return 0
    unit = units[i]
    article.add_figure(unit.text, None, unit.number, unit.last)
    return 1


# A caption that names the picture first, in the six languages: "Satellite image of …", "Aerial view of …", "Imagen de
# archivo de …", "Vista aérea do …", "Vue aérienne de …", "Luftaufnahme von …", "Immagine satellitare di …".
PICTURE_NAMED_FIRST = lazy_compile(
    r"(?i:(?:a |an |the |this )?(?:(?:file|undated|handout|aerial|satellite|drone|archive)\s+)?(?:photo(?:graph)?|picture"
    r"|image|view|screenshot|video grab|footage)\s+(?:of|from|shows)"
    r"|(?:imagen|imagem|foto(?:grafía|grafia)?|vista)(?: aérea| de satélite| satelital| de archivo| de arquivo)?\s+(?:de|del|do|da|dos|das)"
    r"|(?:image|photo|vue)(?: aérienne| satellite| d['’]archives)?\s+(?:de|du|des|d['’])"
    r"|(?:satellitenbild|luftaufnahme|luftbild|archivbild)\s+(?:von|vom|der|des|zeigt)"
    r"|(?:immagine|foto|veduta)(?: aerea| satellitare| d['’]archivio)?\s+(?:di|del|della|dei|delle|dello))\b")


def _is_prose(text: str) -> bool:
    return text.endswith(_SENTENCE_CLOSE + (")",)) and len(text.split(None, PROSE_WORDS)) >= PROSE_WORDS


def without_counter(caption: str, unit: Line, doc: DocumentDraft, *, credited: bool = False) -> str:
    """The caption without a gallery's picture counter, which goes to ``removed`` (``credited``: the caption came with
    its credit, so "1/12 " before it is a counter too)."""
    if caption[:1] in "CEZ" and (control := _PICTURE_CONTROL.match(caption)) is not None:
        # "Enlarge / An artist's reconstruction …", "Camera IconThe town's water plant …": a button's or an icon's text
        doc.remove_span(unit.number, unit.last, caption[:control.end()].strip(), "page-control")
        caption = caption[control.end():]
    counter = gallery_counter(caption) or (slash_counter(caption) if credited else 0)
    if not counter:
        return caption
    doc.remove_span(unit.number, unit.last, caption[:counter].strip(), "gallery-counter")
    return caption[counter:]


_PICTURE_CONTROL = lazy_compile(r"(?:Enlarge|Expand|Zoom)(?: (?:this )?(?:image|photo|picture))? / (?=\S)|Camera Icon ?(?=[A-Z\"“‘])")
