"""Page chrome: notices a site prints to its reader, however much they read like prose (synthetic lines)."""

import pytest

from convert.readers.capture.chrome import chrome_reason, cut_phrase_reason, link_label, opening_notice

from .test_generic import SECOND, STORY, article_of, paragraphs, reasons


@pytest.mark.parametrize("text", [
    "Your browser is out of date. Please update your browser to the latest version for the best experience.",
    "We use cookies and similar technologies to improve your experience on our website and to show you advertising.",
    "This article was read aloud by an automated voice. Please tell us what you think of the audio version.",
    "Sign up for our free morning email to get the day's top local stories delivered to your inbox.",
    "This content is hosted by a third party. To view it, please accept the cookies for embedded content.",
    "If you value our reporting, please give what you can to keep local news free for everyone.",
    "Vous devez accepter les cookies pour voir ce contenu sur notre site et votre navigateur.",
])
def test_a_notice_to_the_reader_about_the_page_is_chrome(text):
    assert chrome_reason(text) is not None


@pytest.mark.parametrize("text", [
    "The company said users could delete their account on the app's website from next week.",
    '"We will update our website and the app so that you can find the new stories," the mayor said.',
    "“You can read the article on our website,” she told reporters after the council meeting.",
    "We are going to build the pool, the mayor said, and our town will be better for it.",
])
def test_a_story_that_mentions_the_web_or_quotes_someone_is_not(text):
    assert chrome_reason(text) is None


def test_a_banner_above_the_headline_leaves_the_headline_and_first_paragraph_alone():
    banner = "Your browser is out of date. Please update your browser to the latest version for the best experience."
    document, article = article_of(f"{banner}\n\nCouncil to decide on pool plan\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)[banner] == "site-notice"


@pytest.mark.parametrize("text, reason", [
    ("2h ago", "live-blog-chrome"), ("3m ago", "live-blog-chrome"),
    ("More on this story", "related-link"), ("Latest news", "related-link"), ("Most read stories", "related-link"),
    ("— Town Council (@towncouncil) March 3, 2024", "media-embed"),
    ("The council has approved the pool! pic.twitter.com/abc123", "media-embed"),
])
def test_widget_shapes(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["More stories emerge from the flood", "Top scorer leaves the club",
                                  "The council (@towncouncil) said it would decide in June."])
def test_titles_and_sentences_that_look_a_little_like_widgets(text):
    assert chrome_reason(text) is None


def test_a_widget_label_run_into_the_first_word_of_a_paragraph_is_cut_off():
    document, article = article_of(f"Council to decide on pool plan\n\nRecommended Stories{STORY}\n\n{SECOND}\n")
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["Recommended Stories"] == "related-link"


def test_an_embedded_post_and_its_attribution_are_set_aside():
    post = "The council has approved the pool! pic.twitter.com/abc123"
    attribution = "— Town Council (@towncouncil) March 3, 2024"
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{post}\n\n{attribution}\n\n{SECOND}\n")
    assert paragraphs(article) == [STORY, SECOND]
    assert [b["type"] for b in article["blocks"]] == ["paragraph", "paragraph"]
    assert reasons(document)[attribution] == "media-embed"


@pytest.mark.parametrize("text", [
    "The Valley Courier newsroom. We cover local news with rigour and fairness. Our mission: to inform every resident.",
    "Salle de presse du Courrier. Nous couvrons l'actualité régionale avec rigueur. Notre mission : informer.",
])
def test_a_newsrooms_note_about_itself_is_chrome(text):
    assert chrome_reason(text) == "site-notice"


@pytest.mark.parametrize("text, reason", [
    ("Follow Jane Roe on X", "contact"), ("Contact Jane Roe at jane@courier.example.", "contact"),
    ("Got a news tip? Email the newsroom.", "contact"),
    ("This story was originally published by The Valley Courier.", "editor-note"),
    ("Correction: An earlier version of this story misspelled the mayor's name.", "editor-note"),
    ("Continue reading", "page-chrome"), ("Advertisement - Scroll to continue", "advertisement"),
])
def test_notes_and_addresses_around_a_story(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "He was first published in 1990 by a small press, the council said.",
    "Fans follow the team on Twitter and Instagram in huge numbers now.",
    "The mayor, who posts as @mayor on X, said the pool would open in June.",
])
def test_sentences_about_publishing_and_following_are_story_text(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", [
    "Home News Sport Business Opinion Culture Lifestyle Travel Video Podcasts Newsletters Puzzles",
    "Politics, Council, Swimming Pool, Town Hall, Local Government, Budget",
    "Skip to content · Home · News · Sport · Business · Opinion",
])
def test_a_menu_or_tags_on_one_line(text):
    assert chrome_reason(text) == "navigation"


@pytest.mark.parametrize("text", [
    "Portugal To Expel Some Illegal Migrants After Court Ruling In Lisbon On Monday Night",
    "Paris, Lyon, Marseille and Nice were hit by the storm on Monday.",
    "Jane Roe | The Valley Courier | March 3, 2024 | Updated",
])
def test_title_case_headlines_lists_in_sentences_and_bylines_are_not_menus(text):
    assert chrome_reason(text) is None


def test_a_menu_on_one_line_is_not_the_headline():
    menu = "Home News Sport Business Opinion Culture Lifestyle Travel Video Podcasts Newsletters Puzzles Weather"
    document, article = article_of(f"{menu}\n\nCouncil to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"
    assert reasons(document)[menu] == "navigation"


@pytest.mark.parametrize("text", ["hide caption", "toggle caption", "Enlarge this image"])
def test_a_pictures_controls(text):
    assert chrome_reason(text) == "page-control"


@pytest.mark.parametrize("text, reason", [
    ("Newer Post Older Post Home", "related-link"), ("Print Share Email", "share-widget"),
    ("Schreibe einen Kommentar", "comment-prompt"), ("Vos réactions", "comment-prompt"),
    ("Verwandte Artikel", "related-link"), ("Artículos relacionados", "related-link"),
    ("Beitrag teilen", "share-widget"), ("Impressum", "page-chrome"), ("Política de privacidad", "page-chrome"),
    ("This entry was posted in News", "page-chrome"), ("Powered by WordPress", "page-chrome"),
    ("Etiquetas:", "page-chrome"), ("Kommentare", "share-counter"),
    ("S’abonner", "page-chrome"),  # (the typographic apostrophe)
])
def test_widgets_and_labels_in_other_languages_and_side_by_side(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Home Sweet Home", "Search and Rescue", "The share price fell", "! !", "... ..."])
def test_lines_that_only_share_a_word_with_a_widget(text):
    assert chrome_reason(text) is None


def test_a_prompt_to_comment_does_not_end_the_story():
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\nKommentar verfassen\n\n{SECOND}\n")
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["Kommentar verfassen"] == "comment-prompt"


@pytest.mark.parametrize("text", ["Name *", "Vorname *:", "E-Mail *", "Your email address *", "Commentaire *",
                                  "E-Mail (wird benötigt und nicht veröffentlicht)", "Website (required)",
                                  "Courriel (obligatoire)", "Nombre (requerido)", "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
                                  "Kommentar erstellen"])
def test_the_fields_and_links_of_a_comment_form(text):
    assert chrome_reason(text) == "comment-prompt"


@pytest.mark.parametrize("text, reason", [("Tem de iniciar sessão para comentar.", "comment-prompt"),
                                          ("Devi effettuare il login per commentare.", "comment-prompt"),
                                          ("Para comentar debés iniciar sesi", "comment-prompt"),
                                          ("Du möchtest zur Diskussion beitragen? Melde dich an.", "comment-prompt"),
                                          ("Du möchtest mehr erfahren? Dann lies weiter.", None)])
def test_that_one_must_log_in_to_comment_the_login_named_first(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Repeat *", "Terms apply*", "The mayor (left) and the council", "Name and shame"])
def test_a_mark_or_parentheses_alone_make_no_comment_form(text):
    assert chrome_reason(text) is None


ORIGIN_NOTES = [
    "Dieser Beitrag stammt aus Ausgabe 7/2024 der Valley Rundschau. Das Heft ist ab dem 20. März im Handel und im "
    "Shop des Verlags erhältlich, wo es auch als digitale Ausgabe zu haben ist.",
    "This article was originally published in The Valley Courier and is republished here with the permission of its "
    "editors, who kindly agreed to share it with readers across the whole of the region.",
    "This article is republished from The Valley Review under a Creative Commons license. Read the original article "
    "for the full list of its sources and the notes the authors gave on their method.",
    "Cet article est paru dans Le Courrier du Val le 3 mars 2024 et il est reproduit ici avec l'aimable autorisation "
    "de la rédaction du journal régional, que nous remercions.",
    "Este artículo fue publicado originalmente en El Diario del Valle y se reproduce aquí con el permiso de sus "
    "editores, que lo cedieron para los lectores de toda la región.",
]


CORRECTIONS = [
    "Correction: An earlier version of this story misstated the number of districts in the state that use a four-day "
    "week. It is 41, not 14, according to the state's department of education.",
    "Korrektur: In einer früheren Version dieses Artikels hiess es, die Verbindung nach Barcelona werde ab 2023 "
    "angeboten. Richtig ist 2024.",
    "Rectificatif : une version précédente de cet article indiquait que l’extension comptait huit arrêts. Il y en aura six.",
    "Fe de erratas: una versión anterior de esta nota indicaba que la obra costaría 12 millones. El costo es de 21 millones.",
    # the story's first version, not an earlier one, in the other languages
    "Rectificatif : dans une première version de cet article, nous indiquions 36 mois ferme. Nos excuses à nos lecteurs.",
    "Fe de erratas: en una primera versión de esta nota se indicó que la obra costaría 12 millones.",
    "Correção: a primeira versão deste texto informava que a obra custaria 12 milhões de reais.",
    "Rettifica: nella prima versione di questo articolo si indicava un costo di 12 milioni di euro.",
]


@pytest.mark.parametrize("note", CORRECTIONS)
def test_a_note_on_what_the_newsroom_corrected_at_any_length(note):
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{note}\n\n{SECOND}\n")
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)[note] == "editor-note"


def test_a_paragraph_about_a_correction_is_the_storys():
    text = ("Correction: that is the word the council used on Tuesday when it admitted that the figures it gave residents "
            "in March were wrong by some two million euros.")
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{text}\n\n{SECOND}\n")
    assert paragraphs(article) == [STORY, text, SECOND]


@pytest.mark.parametrize("note", ORIGIN_NOTES)
def test_a_note_on_where_the_story_first_appeared_at_any_length(note):
    document, article = article_of(f"Council to decide on pool plan\n\n{note}\n\n{STORY}\n\n{SECOND}\n")
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)[note] == "editor-note"


@pytest.mark.parametrize("text", [
    "This story was first reported by residents in March, when they complained about the smell from the plant near "
    "the river and the council promised that it would act before the summer.",
    "First published in 2019, the report has been updated every year since, and this year's edition shows the "
    "largest rise in rents in the region since records began in the town.",
])
def test_a_paragraph_that_opens_like_an_origin_note_is_prose(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Our live coverage has ended. Read more on the vote below.", "This live blog has now closed.",
                                  "Unser Liveticker ist beendet.", "Ce direct est terminé.", "El directo ha finalizado.",
                                  "A cobertura ao vivo foi encerrada.", "La diretta è terminata."])
def test_a_live_blogs_note_that_it_is_over(text):
    assert chrome_reason(text) == "live-blog-chrome"


@pytest.mark.parametrize("text, reason", [
    ("Embedded content from YouTube", "media-embed"), ("Twitter-Inhalt anzeigen", "media-embed"),
    ("Externen Inhalt laden", "media-embed"), ("Audio is sponsored by Valley Bank", "media-embed"),
    ("Listen to this story. Enjoy more audio and podcasts on iOS or Android.", "media-embed"),
    ("Weiterlesen nach der Anzeige", "advertisement"), ("La suite après cette publicité", "advertisement"),
    ("Continúa después de la publicidad", "advertisement"), ("Continua dopo la pubblicità", "advertisement"),
    ("Vous aimerez aussi", "related-link"), ("Você pode gostar", "related-link"),
    ("Potrebbe interessarti anche", "related-link"), ("Related Topics", "related-link"),
    ("Open this photo in gallery:", "page-chrome"), ("Click to expand", "page-chrome"), ("Watch Now", "page-chrome"),
    ("You have no pending notifications", "page-chrome"), ("Enter your keywords", "search-widget"),
    ("LEA TAMBIÉN", "related-link"), ("Lea también: El alcalde anuncia obras", "related-link"),
    ("Empfehlungen der Redaktion", "related-link"), ("Nos recommandations", "related-link"),
    ("Consigliati per te", "related-link"), ("Verwandte Themen", "related-link"), ("Más información", "page-chrome"),
    ("Mehr Informationen", "page-chrome"), ("Per saperne di più", "page-chrome"),
    ("So erreichen Sie Hans Müller:", "contact"), ("Kontakt zum Autor", "contact"), ("Contacter l'auteur", "contact"),
    ("Contactar al autor", "contact"), ("Fale com o autor", "contact"), ("Contattare l'autore", "contact"),
    ("Temps de lecture : 3 min.", "page-chrome"), ("Lesezeit: 3 Minuten", "page-chrome"),
    ("Tiempo de lectura: 3 minutos", "page-chrome"), ("Tempo di lettura: 3 minuti", "page-chrome"),
    ("Suchbegriff eingeben", "search-widget"), ("ZIP Code *", "comment-prompt"), ("First Name *", "comment-prompt"),
])
def test_players_embeds_and_labels_in_the_six_languages(text, reason):
    assert chrome_reason(text) == reason


def test_a_sentence_on_how_to_reach_a_place_is_no_contact_line():
    assert chrome_reason("So erreichen Sie das Rathaus am schnellsten, sagte der Bürgermeister.") is None


def test_a_sentence_about_audio_is_no_player_notice():
    assert chrome_reason("Audio of the meeting was played to the court on Monday, the lawyers said.") is None


@pytest.mark.parametrize("text, reason", [
    ("You have read 3 of 5 free articles this month.", "paywall"), ("3 free articles left", "paywall"),
    ("Vous avez lu 1 des 4 articles gratuits ce mois-ci.", "paywall"), ("Sie haben 2 von 5 kostenlosen Artikeln gelesen.", "paywall"),
    ("Has leído 3 de 10 artículos gratuitos este mes.", "paywall"), ("Você leu 2 de 5 matérias gratuitas.", "paywall"),
    ("Hai letto 3 di 5 articoli gratuiti questo mese.", "paywall"),
    ("Give us feedback in our Product Forums.", "comment-prompt"),
    ("Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.", "newsletter-prompt"),
    ("Pour recevoir les nouveaux articles par e-mail, saisissez votre adresse.", "newsletter-prompt"),
])
def test_a_metered_paywalls_count_a_feedback_prompt_and_new_posts_by_email(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["The council sent residents an email about the new posts it created for the pool.",
                                  "Residents have read 3 of 5 reports, the council said."])
def test_counts_and_emails_in_a_story_are_no_prompts(text):
    assert chrome_reason(text) is None


def test_tags_in_other_languages_are_the_articles_tags():
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\nSchlagwörter: Bad, Rathaus\n\n{SECOND}\n")
    assert article["tags"] == ["Bad", "Rathaus"]


@pytest.mark.parametrize("text", ["Sign in | Register", "Ir para o conteúdo", "Aller au contenu", "Zum Inhalt springen",
                                  "Skip to content Skip to site index"])
def test_skip_links_and_account_links_side_by_side(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text, reason", [
    ("This interview has been edited for length and clarity.", "editor-note"),
    ("Responses have been edited for length.", "editor-note"),
    ("Cet entretien a été raccourci pour plus de lisibilité.", "editor-note"),
    ("Das Interview wurde aus Gründen der Lesbarkeit gekürzt.", "editor-note"),
    ("La entrevista ha sido editada por claridad.", "editor-note"),
    ("Questo articolo è un comunicato stampa pubblicato integralmente così come è pervenuto alla redazione.", "editor-note"),
    ("Genesee Signal is a nonprofit newsroom serving Flint and Genesee County.", "site-notice"),
    ("The Tidewater Civic is an independent, nonprofit newsroom covering Hampton Roads.", "site-notice"),
    ("The Lowcountry Lantern welcomes commentary from readers. Submissions should be 600 to 800 words.", "site-notice"),
    ("Vous pouvez à tout moment modifier vos préférences en cliquant sur le lien « Paramètres des cookies ».",
     "site-notice"),
    # (a story's own sentences)
    ("The bill has been edited for length by the committee, she said.", None),
    ("Das Budget wurde gekürzt.", None),
    ("The council welcomes submissions from residents until Friday.", None),
    ("Acme Health is a nonprofit hospital system serving three counties.", None),
])
def test_the_newsrooms_notes_on_the_story_on_itself_and_on_the_readers_cookie_settings(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Subscribe to the Courier: unlimited access to local news, high school sports and obituaries for $1 for 6 months.",
     "paywall"),
    ("Abbonati: accesso illimitato a 1 € al mese", "paywall"),
    ("Subscribers said unlimited access to the pool for $40 a month was too dear.", None),  # (no call to subscribe first)
])
def test_the_call_to_subscribe_for_unlimited_access_at_a_price(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Les plus lus", "Le plus lu", "Les plus lues", "Most read", "I più letti"])
def test_the_label_over_the_most_read_stories(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text, reason", [
    ("Friday Night Frenzy airs at 11:15 p.m. on KRDX 5. Watch the full show on our free streaming app.", "promo"),
    ("Stream KXTV News on our free app.", "promo"), ("Assista ao programa completo no nosso app.", "promo"),
    ("Regardez le JT en direct sur notre application.", "promo"),
    ("Police said the suspect would watch videos on the app for hours.", None),
])
def test_a_stations_call_to_watch_in_its_own_app(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Version complète du site", "View full site", "Desktop version", "Zur Desktop-Version",
                                  "Versión completa", "Versão completa do site", "Versione completa del sito"])
def test_a_mobile_pages_link_to_the_full_site(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text, reason", [
    ("Você já conhece as vantagens de ser assinante do Jornal do Vale? Além de ter acesso a reportagens e colunas, você "
     "conta com newsletters exclusivas. Também pode baixar nosso aplicativo gratuito para receber alertas das principais "
     "notícias do dia. A sua assinatura nos ajuda a fazer um jornalismo independente e de qualidade. Obrigado!", "promo"),
    ("Discover the benefits of being a subscriber: unlimited stories, the e-edition and puzzles.", "promo"),
    ("Leia tudo sobre o tema e siga:", "page-chrome"),
    ("Union leaders said the benefits of being a member had shrunk over the past decade.", None),  # (a story's)
])
def test_the_sites_pitch_of_what_its_subscribers_get(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Nouveau : le numéro de la semaine est en kiosque. Découvrez notre dossier « La France des sous-préfectures »", "promo"),
    ("New: our summer issue is on newsstands now", "promo"),
    ("Die neue Ausgabe ist ab heute am Kiosk – jetzt entdecken!", "promo"),
    ("The magazine's June issue is on newsstands now; the publisher said sales rose.", None),  # (a story's, no call)
])
def test_the_magazines_new_issue_on_sale(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Share this on Facebook", "Share this story on Facebook", "Share this article on X",
                                  "Compartilhe no Facebook", "Partilhe no WhatsApp", "Share All sharing options"])
def test_a_share_button_that_names_what_it_shares(text):
    assert chrome_reason(text, header=True) == "share-widget"


def test_a_form_label_is_no_headline():
    document, article = article_of(f"User name or email address:\n\nCouncil to decide on pool plan\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"


@pytest.mark.parametrize("text, reason", [
    ("Auf Facebook teilen Auf X teilen Per E-Mail teilen", "share-widget"),
    ("Partager sur Facebook Partager sur LinkedIn", "share-widget"),
    ("Vos réactions (4)", "share-counter"), ("Comments (3)", "share-counter"),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "comment-prompt"),
    ("Your email address will not be published.", "comment-prompt"),
    ("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", "cookie-prompt"),
    ("We may earn a commission when you buy through the affiliate links in this story.", "site-notice"),
    ("Cet article contient des liens affiliés.", "site-notice"),
    ("Este artículo incluye enlaces de afiliados.", "site-notice"),
    ("This article is more than 2 years old", "site-notice"),
    ("Il tuo indirizzo email non sarà pubblicato.", "comment-prompt"),
    ("Share to Facebook", "share-widget"), ("3 weeks ago", "live-blog-chrome"), ("2 months ago", "live-blog-chrome"),
    ("Les commentaires sont fermés.", "comments"), ("Comentarios cerrados", "comments"),
    ("Subscribe to The Valley Courier", "promo"), ("Imprimer l'article", "page-control"),
    ("Imprimir noticia", "page-control"),
    ("Schreibe einen Kommentar Antworten abbrechen", "comment-prompt"), ("Leave a Reply Cancel reply", "comment-prompt"),
    ("Cookies helfen bei der Bereitstellung unserer Dienste. Mit der Nutzung der Seite stimmst du dem zu.", "site-notice"),
    ("Wenn du die Website weiter nutzt, gehen wir von deinem Einverständnis mit den Cookies aus.", "site-notice"),
    ("Support truly independent journalism", "appeal"), ("Join our commenting forum", "comment-prompt"),
    ("9:50 a.m. ET", "live-blog-chrome"), ("Updated 10:15 a.m. ET", "live-blog-chrome"), ("10.05 BST", "live-blog-chrome"),
])
def test_share_rows_counts_and_notices_in_other_languages(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Facebook and Twitter shares fell on Monday", "Council (3) votes",
                                  "The company earns a commission on every sale, the report said."])
def test_a_story_naming_networks_or_commissions_is_not_chrome(text):
    assert chrome_reason(text) is None


def test_a_sites_licence_is_its_rights_statement():
    licence = "Stories on this site are licensed under a Creative Commons Attribution licence."
    document, article = article_of(f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n\n{licence}\n")
    assert reasons(document)[licence] == "copyright"
    assert article["rights"]["statement"] == licence
    assert chrome_reason("The museum released the images under Creative Commons so anyone can use them.") is None


def test_a_prompt_to_sign_in():
    assert chrome_reason("Sign in to your account to manage your subscription.") == "page-chrome"
    assert chrome_reason("Log in to read the full story") == "page-chrome"


@pytest.mark.parametrize("text, reason", [
    ("This article is more than 5 years old", "site-notice"),
    ("This story was published more than 2 years ago. Some details may have changed.", "site-notice"),
    ("Story continues below advertisement", "advertisement"), ("Continue reading the main story", "advertisement"),
    ("Content from our partners", "advertisement"), ("Already a subscriber? Log in", "page-chrome"),
    ("Enable JavaScript", "page-chrome"), ("Text size", "page-chrome"), ("Follow", "share-widget"),
    ("Gift this article", "share-widget"), ("Save for later", "share-widget"), ("More from Jane Roe", "related-link"),
    ("Image 1 of 5", "page-control"), ("(1/5)", "page-control"), ("1 / 12", "page-control"),
    ("This is a developing story.", "editor-note"), ("This story is developing and will be updated.", "editor-note"),
    ("Article continues after this advertisement", "advertisement"), ("Around the Web", "advertisement"),
    ("Up Next", "related-link"), ("Related posts:", "related-link"), ("MORE:", "related-link"),
    ("Like this:", "share-widget"), ("Do Not Sell My Personal Information", "page-chrome"),
    ("Start your free trial", "page-chrome"), ("Advertise with us", "page-chrome"),
])
def test_common_widgets_and_notices(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["9/11", "24/7", "More from the council meeting will follow later this week.",
                                  "Watch: the mayor explains the pool plan"])
def test_a_date_a_sentence_or_a_video_title_is_not_widget_text(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", [
    "Artikel vorlesen", "Mehr erfahren", "Jetzt abonnieren", "Externer Inhalt", "Écouter l'article", "En savoir plus",
    "Réservé aux abonnés", "Escuchar noticia", "Contenido patrocinado", "Ouvir notícia", "Continua após a publicidade",
    "Ascolta l'articolo", "Contenuto sponsorizzato", "Kommentieren Sie", "Continua depois da publicidade",
    "Il testo continua dopo la pubblicità", "Lesen Sie nach der Anzeige weiter",
])
def test_widgets_in_the_other_languages(text):
    assert chrome_reason(text) is not None


@pytest.mark.parametrize("text", [
    "Valley Courier > Reviews > Gardens > The best roses for a small garden", "Home → Local news → The pool plan",
    "All Products »", "March 2020 February 2020 January 2020 December 2019", "Forgotten your password?",
])
def test_trails_arrows_and_archives_are_navigation(text):
    assert chrome_reason(text) in {"navigation", "page-chrome"}


def test_a_sentence_with_greater_than_signs_or_guillemets_is_not_a_trail():
    assert chrome_reason("Prices rose > 5% in May, > 3% in June and > 2% in July.") is None
    assert chrome_reason("Retour sur les revues « 1 » ou « 2 » où les chercheurs « placent » leurs articles") is None


@pytest.mark.parametrize("text, reason", [
    ("Suscríbete a nuestro boletín", "newsletter-prompt"),
    ("Want more stories like this? Sign up here.", "newsletter-prompt"),
    ("Síguenos en Twitter", "promo"),
    ("Receba notícias no WhatsApp", "promo"),
    ("Join our WhatsApp channel for the latest news", "promo"),
    ("Follow Valley News on Google News", "promo"),
    ("Atingiu o limite de artigos gratuitos deste mês.", "paywall"),
    ("Sie haben Ihr Kontingent an kostenlosen Artikeln für diesen Monat aufgebraucht.", "paywall"),
    ("Has alcanzado el límite de artículos gratuitos de este mes.", "paywall"),
    ("Hai esaurito gli articoli gratuiti di questo mese.", "paywall"), ("Enjoy additional articles per month.", "paywall"),
    ("Sie haben alle Gratisartikel dieses Monats gelesen.", "paywall"), ("Vous avez lu tous vos articles gratuits.", "paywall"),
    ("Sie haben alle Unterlagen gelesen.", None),
    ("Tu donación nos ayuda a seguir informando", "appeal"), ("Seu apoio nos ajuda a continuar", "appeal"),
    ("Su apoyo puede ser decisivo en la votación.", None),
    ("Síganos en nuestras redes sociales", "promo"), ("Suivez-nous sur les réseaux sociaux", "promo"),
    ("Seguici sui social", "promo"), ("Los vecinos siguieron el caso en las redes sociales.", None),
    ("Create an account or sign in to continue with your reading experience.", "paywall"),
    ("Alle Artikel auf talbote.de lesen, inklusive E-Paper.", "paywall"),
    ("PAY ATTENTION: Follow Mtaa Digital on WhatsApp for the latest news and trending stories!", "promo"),
    ("Follow these steps shared on Twitter to safely approach a man who is groping someone on a train.", None),
    ("Like Business on Facebook, follow @DailyBiz on Twitter to stay informed and join in the conversation.", "promo"),
    ("Like us on Facebook to see similar stories", "promo"),
    ("Like many residents on Facebook, she complained about the noise.", None),
    ("For media enquiries, please contact the press office on 020 7946 0321.", "contact"),
    ("Tags / Keywords:", "page-chrome"),
    ("Tu as une info? Écris-nous!", "page-chrome"), ("¿Tienes una noticia? Escríbenos", "page-chrome"),
    ("Hai una segnalazione? Scrivici", "page-chrome"), ("Haben Sie einen Hinweis? Schreiben Sie uns", "page-chrome"),
    ("Comments will be edited (grammar, spelling and slang) and authorized at the discretion of the website management.",
     "site-notice"),
    ("Dans la même rubrique", "related-link"), ("More in this section", "related-link"),
    ("Nella stessa sezione", "related-link"), ("Aus dem Ressort", "related-link"),
    ("ADV", "advertisement"), ("PUB", "advertisement"),  # (Italian and French pages' short labels)
    ("Il tuo consenso", "cookie-prompt"), ("Votre consentement", "cookie-prompt"),
    ("Le tue preferenze si applicheranno solo a questo sito web. Puoi modificare le tue preferenze o revocare il consenso "
     "in qualsiasi momento tornando su questo sito.", "site-notice"),
    ("Il giudice ha spiegato che puoi revocare il consenso al trattamento in qualsiasi momento.", None),
    ("Compartido desde la app de El Correo Austral", "page-chrome"), ("Shared from the Valley Courier app", "page-chrome"),
    ("Geteilt aus der Talbote-App", "page-chrome"),
    ("The council shared from the app data that residents use.", None),
    ("Listening to articles is free for open-access content.", "media-embed"),
    ("Anpfiff Oberfranken auf WhatsApp folgen", "promo"), ("Jetzt dem Talbote-Kanal auf Instagram folgen", "promo"),
    ("Den Fans gefällt es, dem Klub auf Instagram zu folgen", None),
    ("We want to hear from you. Tell us what you think in the comments.", "comment-prompt"),
    ("Ver comentarios", "comment-prompt"),
    ("Skip Ad", "advertisement"),
    ("You might also like", "related-link"),
    ("Leia mais: Biblioteca abre nova ala", "related-link"),
    ("A A A", "page-chrome"),
    ("Baixe o app", "page-chrome"),
    ("abc/jr", "desk-code"),
    ("Riproduzione riservata © Copyright ANSA", "copyright"),
])
def test_more_of_the_pages_prompts_in_the_six_languages(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Follow the money on Facebook, the judge said in a ruling that ran to 40 pages.",
    "Join the queue at the town hall on Monday if you want a say on the plan for the pool.",
])
def test_sentences_that_open_like_a_prompt_to_follow_are_story_text(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("To continue reading, subscribe.", "paywall"),
    ("Already a subscriber? Log in here.", "paywall"),
    ("Cet article est réservé aux abonnés.", "paywall"),
    ("Este conteúdo é exclusivo para assinantes.", "paywall"),
    ("Per continuare a leggere abbonati.", "paywall"),
    ("This content is not available in your region.", "paywall"),
    ("This article is part of our series on the future of the valley's towns.", "editor-note"),
    ("This story was produced in partnership with the Valley Trust.", "editor-note"),
    ("Dieser Artikel ist zuerst erschienen bei der Valley Post.", "editor-note"),
    ("Der Beitrag Brücken im Tal erschien zuerst im Blog der Valley Post.", "editor-note"),
    ("Le reportage sur les ponts a été d'abord publié sur le site du Courrier de la Vallée.", "editor-note"),
    ("The views expressed in this article are those of the author.", "editor-note"),
    ("Download the Valley News app for the latest updates.", "promo"),
    ("Enable notifications to get breaking news first.", "promo"),
    ("Haz clic aquí para leer más.", "promo"),
    ("Mehr Nachrichten aus der Region finden Sie hier.", "promo"),
    ("Our newsletters keep you informed. Sign up now.", "newsletter-prompt"),
])
def test_paywalls_partners_and_prompts(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Netflix lost 2 million subscribers in the quarter, the company said.",
    "Readers can subscribe for free until June, the paper said.",
    "The views of residents were mixed, the survey found.",
])
def test_sentences_about_subscribers_and_views_are_story_text(text):
    assert chrome_reason(text) is None


def test_french_prose_about_a_website_is_no_notice_to_the_reader():
    # "du" is French for "of the", not German for "you".
    assert chrome_reason("Le site du ministère a publié un article sur la nouvelle application mobile.") is None
    assert chrome_reason("Du kannst diese App in den Einstellungen deines Browsers aktivieren.") == "site-notice"


def test_german_her_and_their_are_not_the_formal_your():
    assert chrome_reason("Die Ministerin stellte ihre neue Website und die App für die Bürger am Montag vor.") is None
    assert chrome_reason("Bitte aktualisieren Sie Ihren Browser, um alle Inhalte dieser Webseite zu sehen.") == "site-notice"


@pytest.mark.parametrize("text", [
    "Our reporters visited the site of the new pool and spoke to the journalists covering it.",
    "We have seen more news stories about the site than ever before, the mayor told reporters.",
    "A prefeitura lançou nos últimos dias um novo site com notícias e um aplicativo para os moradores.",
    "Il sindaco ha presentato il nostro nuovo sito di notizie e una app per i cittadini della valle.",
])
def test_we_with_words_any_story_uses_is_a_quote_not_the_newsroom(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", [
    "We rely on advertising to fund our journalism and keep this site free.",
    "Get our top stories by email every morning and never miss the news.",
])
def test_we_with_words_only_a_notice_uses_is_the_newsroom(text):
    assert chrome_reason(text) is not None


def test_a_prompt_to_save_the_story_for_later_is_chrome_a_sentence_about_saving_is_not():
    assert chrome_reason("Save articles to read later and create your own reading list.") == "page-control"
    assert chrome_reason("Residents can save money by reading the list of fees, the council said.") is None


def test_what_someone_said_about_a_website_is_story_text():
    assert chrome_reason("You can visit the new site and read the news stories online, the mayor said.") is None
    assert chrome_reason("Your browser is out of date and some parts of this site may not work.") == "site-notice"


@pytest.mark.parametrize("text", ["US & Canada is sponsored by", "Presented by Valley Bank", "Présenté par Valley Bank",
                                  "Gesponsert von Valley Bank"])
def test_who_pays_for_a_section_is_the_pages(text):
    assert chrome_reason(text) == "sponsor"
    assert chrome_reason(text, header=True) == "sponsor"


@pytest.mark.parametrize("text", ["The festival is sponsored by the council and runs until June.",
                                  "Presented by the Riverton Players, the show opens on Friday and runs for two weeks."])
def test_a_sentence_about_a_sponsor_is_story_text(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Si usted es una persona con dificultades visuales, navegue el sitio desde aquí",
                                  "Se você tem dificuldades visuais, navegue pela página a partir daqui"])
def test_an_accessibility_notice_in_spanish_or_portuguese(text):
    assert chrome_reason(text) == "site-notice"


def test_a_story_sentence_about_a_site_in_spanish_is_not_a_notice():
    assert chrome_reason("El alcalde dijo que usted puede visitar el sitio arqueológico cada domingo.") is None


@pytest.mark.parametrize("text, reason", [
    ("Más LeídasValle NorteSeguridadLa Gaceta DatosEditoriales", "navigation"),  # menu items glued together
    ("Fans queued for the new PlayStation and MacBook models", None),
    ("Calories: 291kcalCarbohydrates: 31gProtein: 5gFat: 17gSodium: 4mgIron: 2mg", None),  # values glued: data
])
def test_menu_items_glued_together(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("This material may not be published, broadcast, rewritten or redistributed.", "site-notice"),
    ("We want to hear from you. Share your story with us.", "comment-prompt"),
    ("Never miss a story: get our morning briefing.", "newsletter-prompt"),
    ("Get breaking news alerts on your phone.", "newsletter-prompt"),
    ("Stay informed: sign up for alerts.", "newsletter-prompt"),
    ("Thanks for reading! Subscribe for free to receive new posts.", "newsletter-prompt"),
    ("Audio for this article is not available.", "media-embed"), ("+ FOLLOW", "share-widget"),
    ("More: Millbrook parents pack meeting on school closure", "related-link"), ("Read more from Valley News:", "related-link"),
    ("©2024 Valley Media L.P.", "copyright"), ("Why you can trust Valley News", "page-chrome"),
    ("Keep up with all the latest news from the valley by following Valley News", "promo"), ("Comments must be civil.", "comment-prompt"),
    ("Comments have to be in English, and in full sentences. Please abide by our community guidelines for posting your comments.",
     "comment-prompt"),
    ("More than 100 people attended the meeting.", None), ("Why you can trust the mayor is a question residents ask.", None),
    ("Dieser Artikel gehört zum Angebot von VZ+. Sie können ihn auch ohne Abonnement lesen, weil er Ihnen geschenkt wurde.",
     "paywall"), ("Vous avez trouvé une erreur? Merci de nous la signaler.", "comment-prompt"),
    ("Fehler gefunden? Jetzt melden.", "comment-prompt"), ("Scopri di più e personalizza", "cookie-prompt"),
    ("Das Angebot der Stadt wurde abgelehnt.", None), ("The error was found on Monday.", None),
    ("Most Read from Valley News", "related-link"), ("Comment on this story", "page-chrome"),
    ("02:14 min, aus Rendez-vous vom 05.03.2024.", "media-embed"),
    ("This article was produced in partnership with the Valley Sentinel, a member of our Local Reporting Network.",
     "editor-note"),
    ("Never miss a story — sign up for Valley's free daily newsletter to stay up-to-date on the best of what the Valley has to offer, from local news to stories.",
     "newsletter-prompt"),
    ("Weitere Nachrichten aus Riverstadt lesen Sie hier.", "related-link"), ("Veja mais notícias da região no Portal Vale", "related-link"),
    ("📲 Participe do canal do Portal Vale no WhatsApp", "promo"), ("Home / Health News / Heart Health", "navigation"),
    ("The council said more news from the valley would follow.", None), ("Business / Real Estate", None),
    ("Saltar al contenido principal", "page-chrome"), ("Voltar ao topo da página", "page-chrome"), ("Nach oben", "page-chrome"),
    ("This report by The Valley Press was first published Feb. 17, 2024.", "editor-note"),
    ("Todo o conteúdo deste site está publicado sob a licença Creative Commons Atribuição 3.0.", "copyright"),
    ("This is read by an automated voice. Please report any issues or inconsistencies here.", "media-embed"),
    ("This article is narrated by an AI voice.", "media-embed"), ("The book was read by a famous actor.", None),
    ("Our Standards: The Valley Courier Trust Principles.", "page-chrome"),
    ("Create a free account to keep reading.", "paywall"),
    ("Already have an account? Sign in here.", "paywall"),
    ("Start your free trial now.", "paywall"),
    ("Enjoy unlimited access for just $1.", "paywall"),
    ("Profitez d'un accès illimité dès aujourd'hui.", "paywall"),
])
def test_prompts_a_site_prints_between_paragraphs(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "The city now sends news alerts to residents by text when the river rises above the flood mark.",
    "Officials gave a morning briefing on the storm and said crews would work through the night.",
    "Members will have unlimited access to the pool once it opens next summer, the council said.",
    "She said she would never miss a council meeting if she could help it.",
    "Already have an account with the water board? Residents can check their bills online.",
    "The firm offers a free trial of its software to schools in the district.",
])
def test_story_sentences_with_a_prompts_words(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Cet article vous est offert.", "paywall"),
    ("Vous avez atteint la limite d'articles gratuits.", "paywall"),
    ("Jetzt registrieren und weiterlesen.", "paywall"),
    ("Sie haben bereits ein Konto? Hier anmelden.", "paywall"),
    ("¿Ya tienes cuenta? Inicia sesión.", "paywall"),
    ("Log in or create an account to continue.", "paywall"),
    ("Unlock this article.", "paywall"),
    ("Recibe las noticias en tu correo.", "newsletter-prompt"),
    ("Receba as notícias no seu e-mail.", "newsletter-prompt"),
    ("Sign up for our weekly roundup.", "newsletter-prompt"),
    ("Help us keep this story free.", "appeal"),
    ("Our journalism relies on readers like you.", "appeal"),
    ("Was this article helpful?", "comment-prompt"),
    ("Found a typo? Let us know.", "comment-prompt"),
    ("Tap here to get the app.", "promo"),
    ("This article was generated with the help of AI and reviewed by an editor.", "editor-note"),
])
def test_prompts_in_the_languages_read(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Users can upgrade to premium for five dollars a month, the company said.",
    "The volunteers help us keep it free for children, she said.",
    "Wer bereits ein Konto bei der Bank hat, muss nichts tun.",
    "Was this the right decision? Residents are divided.",
])
def test_story_sentences_near_a_prompts_words(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Ir para o conteúdo [1]", "page-chrome"),  # a text browser's number after the link
    ("Zum Hauptinhalt springen", "page-chrome"),
    ("Ir para o rodapé", "page-chrome"),
    ("Sie befinden sich hier:", "page-chrome"),
    ("Valley News > Local > 2024 > Council backs the pool plan", "navigation"),  # a year's crumb in a trail
    ("If x > 5 and y > 3 then z > 2 holds", None),
])
def test_skip_links_and_trails(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Jump to navigation Jump to search", "Jump to: navigation, search",
                                  "From Wikipedia, the free encyclopedia"])
def test_an_encyclopedias_skip_links_and_tagline(text):
    assert chrome_reason(text) == "page-chrome"


def test_a_notice_that_the_site_no_longer_supports_the_browser():
    assert opening_notice("ValleyCourier.example no longer supports Internet Explorer 9 or earlier. Please upgrade "
                          "your browser. LEARN MORE »")


@pytest.mark.parametrize("text, reason", [
    # a blog's like and share buttons, in the six languages
    ("Gefällt mir Wird geladen …", "share-widget"),
    ("Like Loading...", "share-widget"),
    ("J’aime chargement…", "share-widget"),
    ("Teilen mit:", "share-widget"),
    ("Sharing is caring!", "share-widget"),
    ("Comparte esto:", "share-widget"),
    ("Link kopieren", "share-widget"),
    # the comment form's notes
    ("Leave a comment!", "comments"),
    ("Du musst angemeldet sein, um einen Kommentar abzugeben.", "comments"),
    ("Vous devez être connecté pour publier un commentaire.", "comments"),
    ("Devi essere connesso per inviare un commento.", "comments"),
    ("Hinterlassen Sie eine Antwort", "comment-prompt"),
    ("Rate this post", "comment-prompt"),
    ("Valora este artículo", "comment-prompt"),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "site-notice"),
    ("Ce site utilise Akismet pour réduire les indésirables.", "site-notice"),
    ("Questo sito utilizza Akismet per ridurre lo spam.", "site-notice"),
    ("If you’re running an ad blocker, please whitelist us.", "site-notice"),
    ("Bitte deaktivieren Sie Ihren Adblocker für diese Seite.", "site-notice"),
    ("Wir respektieren deine Privatsphäre", "site-notice"),
    # labels over other stories and a blog's sidebar lists
    ("Auch interessant", "related-link"),
    ("Das könnte dich auch interessieren:", "related-link"),
    ("You might also be interested in:", "related-link"),
    ("Dich interessiert vielleicht auch", "related-link"), ("Empfohlene Artikel", "related-link"),
    ("Passend zum Thema", "related-link"), ("Plus d’articles", "related-link"), ("Não perca", "related-link"),
    ("No te pierdas:", "related-link"), ("Da non perdere", "related-link"), ("À ne pas manquer", "related-link"),
    ("Recent Posts", "related-link"),
    ("Commentaires récents", "related-link"),
    ("Zurück zur Übersicht", "page-chrome"),
    ("Schlagwörter", "page-chrome"),
    ("Archives", "page-chrome"),
    # (the topics' and the reading time's labels alone, their values on the next line)
    ("Argomenti:", "page-chrome"), ("Tempo di lettura:", "page-chrome"), ("Lesezeit:", "page-chrome"),
])
def test_a_blogs_widgets_in_the_languages_read(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Many readers now use an ad blocker, and publishers have had to find other ways to pay for journalism.",
    "The company said it would disable the ad blocker in its browser next year.",
    "We respect your privacy, the minister told the chamber, but the law must be enforced.",
    "I like the new bridge, said Jane Roe.",
    "Archives of the city council show the plan dates back to 1998.",
    "Sharing is caring, the pastor told the crowd, and the crowd cheered.",
])
def test_story_sentences_with_a_blog_widgets_words(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("[Read more: Council delays vote on pool plan]", "related-link"),  # a widget's text in brackets
    ("[Advertisement]", "advertisement"),
    ("(Read more: Council delays vote on pool plan)", "related-link"),  # ... or in parentheses
    ("Auch interessant: Stadtrat vertagt die Abstimmung", "related-link"),
    ("Voir aussi : Le conseil reporte le vote", "related-link"),
    ("Vedi anche: Il consiglio rinvia il voto", "related-link"),
    ("Zur Startseite", "page-chrome"),
    ("Volver a la portada", "page-chrome"),
    ("LIRE AUSSI. Le conseil reporte le vote", "related-link"),  # the label in capitals, before a full stop
    ("Next: Windies women name squad for Ireland series", "related-link"),  # the next story's title
    ("Up Next: Governments struggle with social media", "related-link"), ("Previous: Bridge to close for repairs", "related-link"),
    ("Next: stir in the flour.", None), ("Next: The council votes in June.", None),  # (a step, a sentence with its stop)
    ("Hier finden Sie weitere Nachrichten aus der Region", "promo"),
])
def test_labels_over_other_stories_and_the_way_home(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["[The mayor said the bridge would open in 2026.]", "[1]",
                                  "[" * 3000 + "Advertisement" + "]" * 3000])
def test_a_sentence_in_brackets_or_brackets_in_brackets_are_not_chrome(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", [
    "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.",
    "Hol dir die besten Geschichten direkt in dein Postfach.",
    "Recevez l’essentiel de l’actualité chaque matin dans votre boîte mail.",
    "Las noticias más importantes, cada mañana en tu correo.",
    "As principais notícias do dia na sua caixa de entrada.",
    "Le notizie più importanti ogni mattina nella tua casella di posta.",
])
def test_a_newsletters_pitch_to_the_readers_inbox_in_the_other_languages(text):
    assert chrome_reason(text) == "newsletter-prompt"


def test_someone_elses_mailbox_in_a_story_is_no_pitch():
    assert chrome_reason("Der Brief lag seit Tagen in ihrem Postfach, sagte die Polizei am Montag.") is None


@pytest.mark.parametrize("text, reason", [
    ("Thank you for your support!", "appeal"), ("Vielen Dank für Ihre Unterstützung!", "appeal"),
    ("Merci pour votre soutien.", "appeal"), ("Grazie per il tuo sostegno", "appeal"),
    ("Bei Fragen und Anregungen zu diesem Artikel können Sie hier mit uns in Kontakt treten.", "contact"),
    ("If you have any questions, contact us at news@valley.example.", "contact"),
    ("Pour toute question, contactez-nous.", "contact"),
])
def test_thanks_for_support_and_how_to_reach_the_newsroom(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Thank you for your support, the mayor told the volunteers on Monday.",
                                  "For questions about the new bridge, residents can contact the town hall, the mayor said."])
def test_thanks_and_questions_in_a_story(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["03.03.2024", "3.3.24", "03.03.2024 10:15"])
def test_a_date_written_with_stops_is_no_share_counter(text):
    assert chrome_reason(text) is None and chrome_reason(text, header=True) is None


@pytest.mark.parametrize("text", ["Please enter a non-empty search term.", "Bitte geben Sie einen Suchbegriff ein.",
                                  "Veuillez saisir un terme de recherche", "Inserisci un termine di ricerca"])
def test_a_search_boxs_prompt_in_the_languages_read(text):
    assert chrome_reason(text) == "search-widget"


@pytest.mark.parametrize("text", ["Über uns", "Qui sommes-nous ?", "Quiénes somos", "Sobre nós", "Chi siamo"])
def test_the_link_to_the_sites_page_about_itself(text):
    assert chrome_reason(text) == "page-chrome"


def test_a_sentence_opening_with_the_words_of_a_label_in_small_letters():
    assert chrome_reason("Lire aussi. Le conseil reporte le vote, a dit le maire.") is None


@pytest.mark.parametrize("text", ["Últimas noticias", "ÚLTIMAS NOTICIAS", "Ultime notizie", "Dernières actualités",
                                  "Neueste Nachrichten", "Top-Themen", "Lo más visto", "Mais vistas", "Più letti",
                                  "Most viewed", "À la une", "En portada"])
def test_labels_over_the_latest_and_most_read_stories(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text, reason", [
    ("Breaking News: Storm warning for the valley tonight", "banner"),
    ("Eilmeldung: Sturmwarnung für das Tal", "banner"),
    ("Última hora: alerta por tormenta en el valle", "banner"),
    ("ÚLTIMAS: Ponte é interditada em Rio das Garoupas", "banner"), ("Latest: Crash closes the coastal highway", "banner"),
    ("Últimas | Cidades | Política | Esporte", "navigation"),  # (a menu's first item)
    ("DIRECT | Incendie : suivez la situation heure par heure", "banner"),  # (a live story's label and title)
    ("Live | Sport | Video | Weather", "navigation"),
    ("Trending: Election results | Bridge vote | School closures", "related-link"),
    ("TRENDS: Filmtipps Serientipps Spieletipps", "related-link"),
])
def test_a_sites_bars_of_breaking_news_and_trending_topics(text, reason):
    assert chrome_reason(text, header=True) == reason


@pytest.mark.parametrize("text", ["This story has been shared 12,345 times.", "Dieser Artikel wurde 1.234-mal geteilt",
                                  "Cet article a été partagé 52 fois", "Este artículo ha sido compartido 12 veces.",
                                  "Este artigo foi compartilhado 8 vezes", "Questo articolo è stato condiviso 12 volte"])
def test_how_often_a_story_was_shared(text):
    assert chrome_reason(text) == "share-counter"


def test_a_sentence_about_sharing_is_prose():
    assert chrome_reason("This story has been shared widely by the mayor on social media since Monday.") is None


@pytest.mark.parametrize("text, reason", [
    ("Story continues after advertisement", "advertisement"), ("Explore more", "related-link"),
    ("Email this story", "share-widget"), ("Flipboard", "share-widget"), ("Enlarge", "page-chrome"),
    ("Video", "page-chrome"), ("Topics", "page-chrome"), ("Corrections policy", "page-chrome"),
    ("Why you can trust us", "page-chrome"), ("Thanks for reading!", "appeal"), ("Grazie per aver letto", "appeal"),
    ("Got a story? Email us", "contact"), ("Updated at 11:20 a.m.", "live-blog-chrome"),
])
def test_more_of_a_pages_widgets_between_paragraphs(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("line", ["VIDEO: Council debates the pool plan", "MORE: Council delays the vote",
                                  "WATCH | Council debates the pool plan", "PHOTOS: The old pool over the years"])
def test_a_link_under_a_label_in_capitals_between_paragraphs(line):
    document, article = article_of(f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n\n{line}\n\n{SECOND}\n\n"
                                   f"{STORY} {SECOND}\n")
    assert paragraphs(article) == [STORY, SECOND, f"{STORY} {SECOND}"]
    assert reasons(document)[line] == "related-link"
    assert [b for b in article["blocks"] if b["type"] != "paragraph"] == []


def test_a_videos_own_page_may_title_it_under_such_a_label():
    document, article = article_of(f"VIDEO: Council debates the pool plan\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "VIDEO: Council debates the pool plan"


@pytest.mark.parametrize("text, reason", [
    ("Jump to Recipe Print Recipe Pin Recipe", "share-widget"), ("Zum Rezept Drucken Pinnen", "share-widget"),
    ("Archive – RSS – Impressum – 2009-2020 by Jane Roe – Powered by Nikola", "page-chrome"),
    ("© 2020 The Valley Courier • Powered by GeneratePress", "page-chrome"),
    ("Aufrufe: 1120 | Hinzugefügt von: Jane | Tags: Denken, Bilder | Rating: 0.0/0", "page-chrome"),
    ("E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)", "comment-prompt"),
    ("Email (required) (Address never made public)", "comment-prompt"),
])
def test_a_blogs_footer_recipe_buttons_post_figures_and_form_fields(text, reason):
    assert chrome_reason(text) == reason


def test_a_footers_software_with_a_long_s_is_still_read():
    # (a case-insensitive pattern takes "ſ" for "s": the words tested before it must not rule the line out)
    assert chrome_reason("Archive – Impressum – Propulſé par Nikola") == "page-chrome"


def test_a_sentence_about_power_is_prose():
    assert chrome_reason("The plant is powered by solar panels installed last year on the roof of the school.") is None


@pytest.mark.parametrize("text", ["Sie sind hier: Evangelische Kirche in Deutschland", "You are here: Home / News / Politics",
                                  "Vous êtes ici : Accueil > Actualités", "Usted está aquí: Inicio", "Está em: Início > Região"])
def test_a_trail_under_its_label(text):
    assert chrome_reason(text) == "navigation"


@pytest.mark.parametrize("text", ["Sie haben noch keinen Account?", "Don't have an account yet?", "¿Aún no tienes cuenta?",
                                  "Vous n’avez pas encore de compte ?", "Ainda não tem conta?"])
def test_a_prompt_to_open_an_account(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", ["Search this site", "Buscar no site da Folha", "Suchen auf der Website", "Cerca nel sito"])
def test_a_search_boxs_placeholder(text):
    assert chrome_reason(text) == "search-widget"


def test_a_search_in_a_story_is_prose():
    assert chrome_reason("Search teams found the boat on Monday.") is None


def test_three_links_each_bar_glued_to_the_link_before_it():
    assert chrome_reason("Symptoms| Doctors| Health Care Reform") == "navigation"
    assert chrome_reason("Jane Roe | Staff Writer | Valley News") is None


@pytest.mark.parametrize("text", ["Navigation öffnen Navigation schließen", "Skip to the content", "Wechseln zu: Navigation, Suche",
                                  "Valley Radio - zur Startseite", "Fermer le menu", "Chiudi menu"])
def test_a_menus_buttons_and_a_link_home_in_the_six_languages(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", ["Ihr Benutzername", "Password", "Forgot your password? Get help", "Not a member yet?",
                                  "Ein Passwort wird Ihnen per E-Mail zugeschickt.", "Herzlich willkommen! Melden Sie sich an"])
def test_a_sign_in_boxs_fields_and_notes(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", [
    "Nous utilisons des cookies pour améliorer l'offre que nous vous proposons. Vous trouverez davantage d'informations "
    "dans la déclaration de protection des données, que vous pouvez lire à tout moment sur notre site.",
    "By choosing I Accept, you consent to our use of cookies and other tracking technologies, as our notice explains.",
])
def test_a_note_on_cookies_at_any_length(text):
    assert opening_notice(text)


@pytest.mark.parametrize("text, reason", [
    ("This story will be updated.", "editor-note"), ("Updated at 3:45 p.m. with comment from the mayor.", "editor-note"),
    ("For the latest news, weather, sports, and streaming video, head to The Valley Courier.", "promo"),
    ("Watch live coverage on WVCT+", "promo"), ("Posted in Uncategorized", "page-chrome"),
    ("Tagged bridge, council, Riverton", "page-chrome"), ("More from The Valley Courier:", "related-link"),
    ("SPONSORED", "sponsor"), ("Paid for by Valley Bank", "sponsor"), ("Listen · 5:32 min", "page-control"),
    ("Tweet this", "share-widget"), ("Email a friend", "share-widget"), ("1 of 12", "page-control"),
    ("Bild 7 von 8", "page-control"), ("Expand", "page-control"),
])
def test_what_a_us_local_news_page_or_a_blog_prints_between_paragraphs(text, reason):
    assert chrome_reason(text) == reason


def test_a_line_opening_with_posted_in_is_prose_when_it_reads_so():
    assert chrome_reason("Posted in the town hall since 1990, the old clock still keeps time for all.") is None


def test_the_links_under_a_bare_sponsored_label():
    page = (f"Council to decide on pool plan\n\n{STORY}\n\n{SECOND}\n\nSponsored\n\nHow to maximize your pension\n\n"
            "Eating strawberries may lower the risk of dementia\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]
    assert reasons(document)["Eating strawberries may lower the risk of dementia"] == "related-link"


@pytest.mark.parametrize("text, reason", [
    ("Passwort vergessen? Erinnere mich", "page-chrome"), ("Springe direkt zu:", "page-chrome"),
    ("Remember me", "page-chrome"), ("Suche A-Z Spenden Menu", "page-chrome"), ("Jetzt spenden", "appeal"),
    ("Subscribe to receive a free eCookbook! Sign Up!", "promo"),
])
def test_more_of_a_sign_in_box_skip_links_and_appeals(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Feed Twitter Facebook Youtube", "share-widget"), ("Instagram", "share-widget"),
    ("E-Paper Profil Login/Register", "page-chrome"), ("Enter search below:", "search-widget"),
])
def test_a_sites_social_links_its_account_links_and_a_search_prompt(text, reason):
    assert chrome_reason(text) == reason


def test_a_cookie_notes_heading_and_its_text_and_a_government_sites_menu_label():
    assert chrome_reason("Hinweis zur Verwendung von Cookies") == "cookie-prompt"
    assert chrome_reason("Navigation und Service") == "page-chrome"
    assert opening_notice("Die auf dieser Website verwendeten Cookies dienen der Verbesserung unseres Angebots und "
                          "werden nur mit Ihrer Zustimmung gesetzt.")


@pytest.mark.parametrize("text", [
    "Get 1 year for $1", "Sale: 12 weeks for 99¢", "Only $1 a week", "Special offer: $1 for 6 months", "$1 for the first month",
    "Get 1 year for $1 | Subscribe now", "Jetzt 3 Monate für 1 € testen", "Nur 1 € pro Woche", "Abonnez-vous : 1 € pour 3 mois",
    "3 meses por 1 €", "Solo 1 € al mes", "Assine por R$ 1,90 ao mês", "Abbonati a 1 € al mese",
    "Jetzt abonnieren: 4 Wochen für 0,99 €", "Ahora suscríbete: 3 meses por 1 €",
])
def test_a_subscription_offered_at_a_price_for_a_time(text):
    assert chrome_reason(text) == "promo"


@pytest.mark.parametrize("text", [
    "Netflix raises price to $15 a month", "Rent rises $100 a month in Riverton", "Gas stuck at $5 for three weeks",
    "The city paid $1 for 6 months of work.", "Bridge tolls rise to $5 a day", "Ticket prices: $5 for 3 days",
    "For $12 a month, the service offers unlimited rides.",
])
def test_a_headline_or_sentence_about_prices_is_no_offer(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["3 minuti di lettura", "3 minutos de lectura", "3 minutos de leitura", "3 minutes de lecture",
                                  "3 Minuten Lesezeit", "7 min Lesezeit", "Lectura: 3 min", "Leitura: 3 min", "Lettura 3 min",
                                  "Lecture de 4 min", "Lettura di 3 minuti"])
def test_how_long_a_story_takes_to_read_the_minutes_first_or_after_a_short_label(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", ["Die Lektüre dauert 3 Minuten.", "In 3 minutes of reading the report, he found errors."])
def test_sentences_about_reading_minutes_are_prose(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Riverton, NJ 45°F Partly Cloudy", "Wien 12 °C bewölkt", "72°F Sunny",
                                  "Mulgara 31° Fine and sunny", "Oberau 8° Sonnig und mild",
                                  "Météo : -7 °C, Neige faible", "Wetter: 14 °C, Regen leicht",
                                  "DOW 38,996.39 +0.25% NASDAQ 16,274.94 -0.41%", "S&P 500 5,123.41 +0.8%", "Dow Jones ▲ 0.25%"])
def test_the_sites_weather_and_markets_widgets_above_the_story(text):
    assert chrome_reason(text, header=True) == "page-chrome"


@pytest.mark.parametrize("text", ["Heat wave pushes temperatures to 105°F in Phoenix", "Heat Wave Pushes Temperatures To 105°F",
                                  "Inflation rose 3.2% in October, up from 3.1%", "13.4 MB (-81%)", "GDP +2.1% Q3"])
def test_headlines_and_figures_with_temperatures_or_percentages_are_no_widgets(text):
    assert chrome_reason(text, header=True) is None


@pytest.mark.parametrize("text", ["Siga-nos: Facebook · Instagram · YouTube", "Follow us: Facebook | Instagram",
                                  "Suivez-nous : Facebook · Instagram", "Síguenos: Facebook | X | Instagram"])
def test_a_row_of_the_sites_own_pages_on_the_networks_under_its_label(text):
    assert chrome_reason(text) == "share-widget"


@pytest.mark.parametrize("text", ["Gazeta do Vale usa cookies. Ao continuar a navegar no site está a aceitar a sua utilização.",
                                  "The Valley Courier uses cookies. By continuing to browse you agree to their use.",
                                  "Le Guetteur utilise des cookies. En poursuivant votre navigation, vous les acceptez."])
def test_a_cookie_notice_naming_the_site_that_takes_browsing_on_as_consent(text):
    assert chrome_reason(text) == "site-notice"


def test_a_story_about_cookies_is_no_notice():
    assert chrome_reason("Google uses cookies to track users across sites, the lawsuit filed on Monday says.") is None


@pytest.mark.parametrize("text, reason", [
    ("Comments are closed on this article.", "comments"), ("Les commentaires sont fermés pour cet article.", "comments"),
    ("Guest Book", "comments"), ("Sign the guestbook", "comments"), ("Kondolenzbuch", "comments"),
    ("Libro de condolencias", "comments"),  # (an obituary's guest book)
    ("La suite de cet article est réservée à nos abonnés. Vous avez déjà un compte\xa0?", "paywall"),
    ("Die Meldungen der Polizei werden von der Redaktion unverändert übernommen.", "editor-note"),
    ("This press release is published as received.", "editor-note"), ("Ce communiqué est publié tel quel.", "editor-note"),
    ("Die Artikel auf dieser Seite werden von der Redaktion des Lindtaler Boten erstellt. Nutzungsrechte erhalten Sie "
     "über unsere Lizenzabteilung.", "copyright"),
])
def test_closed_comments_a_paywall_for_our_subscribers_and_the_sites_notes_on_what_it_runs_and_reuse(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Latest News: Lions Indomptables : liste des 26 dévoilée | Fuel prices unchanged in July",
                                  "Últimas noticias: Corte de agua en el centro | Abre la feria | Cierra el puente",
                                  "Neueste Meldungen: Brand in Halle 3 | Stau auf der B 56",
                                  "Most Read: Council backs new aquatic centre | Roadworks on the highway to start",
                                  "Les plus lus : La grève des dockers suspendue | Le marché rouvre"])
def test_the_bar_of_the_latest_stories_titles_under_its_label(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text", ["Segnala una notizia", "Envie sua notícia", "Envíanos tu noticia", "Report a story"])
def test_the_button_to_send_the_newsroom_a_story(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text, reason", [
    ("Vous avez une information à nous transmettre? Écrivez-nous.", "page-chrome"),
    ("The Sentinel is committed to accuracy. To request a correction or clarification, email the standards desk.",
     "site-notice"),
    ("Die Redaktion bemüht sich um Genauigkeit. Um eine Korrektur zu melden, schreiben Sie an die Redaktion.", "site-notice"),
])
def test_the_call_for_tips_and_the_note_on_how_to_ask_for_a_correction(text, reason):
    assert chrome_reason(text) == reason


def test_a_story_about_asking_for_a_correction_is_prose():
    assert chrome_reason("The board voted to request a correction of the census figures, the mayor said on Monday.") is None


def test_a_story_about_a_statement_published_as_received_by_someone_is_prose():
    assert chrome_reason("The statement was published as received by the council on Monday, officials said.") is None


@pytest.mark.parametrize("text", [
    "The views expressed in guest columns are the author's own and do not necessarily reflect those of The Valley Record.",
    "Les opinions exprimées dans cette rubrique n'engagent que leurs auteurs et ne reflètent pas la ligne de la rédaction.",
    "Cette tribune n’engage que son auteur.",
    "Die in Gastbeiträgen geäußerten Meinungen geben nicht unbedingt die Meinung der Redaktion wieder.",
    "As opiniões expressas neste espaço não refletem necessariamente a linha editorial do jornal.",
    "Cette carte blanche n'engage que son autrice.",
    "Las opiniones expresadas en esta columna no reflejan necesariamente la línea editorial de El Diario.",
    "Le opinioni espresse in questo articolo non riflettono necessariamente quelle della redazione.",
])
def test_the_sites_note_that_a_columns_views_are_its_authors(text):
    assert chrome_reason(text) == "editor-note"


@pytest.mark.parametrize("text", [
    "Cet article a été rédigé à partir d'un communiqué. La rédaction n'est pas responsable de son contenu.",
    "This story was written from a press release issued by the county.",
    "Information publiée sous la responsabilité de son auteur",  # (published under its sender's responsibility)
    "Questo articolo è stato redatto sulla base di un comunicato stampa del Comune.",
])
def test_the_note_that_the_story_is_a_press_releases(text):
    assert chrome_reason(text) == "editor-note"


@pytest.mark.parametrize("text", [
    "Le contenu de cette rubrique est fourni par les entreprises. La rédaction n'en assume pas la responsabilité.",
    "Conteúdo de responsabilidade do anunciante. O Diário do Vale não se responsabiliza pelas informações divulgadas.",
    "Die Redaktion übernimmt keine Haftung für den Inhalt dieser Mitteilung.",
    "La redazione non si assume alcuna responsabilità per i contenuti.",
    "The editorial staff is not responsible for the content of this release.",
    "Content is the sole responsibility of the advertiser.",
])
def test_the_newsrooms_note_that_the_content_is_anothers_to_answer_for(text):
    assert chrome_reason(text) == "editor-note"


@pytest.mark.parametrize("text", [
    "The editors said they were not responsible for the mistake and would appeal the ruling in court next week.",
    "Le maire a rappelé que la responsabilité des entreprises était engagée dans ce dossier.",
])
def test_a_story_on_who_answers_for_what_is_its_own(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [("« Back to Press Releases", "page-chrome"), ("‹ Retour aux actualités", "page-chrome"),
                                          ("Back to school costs soar for families", None)])  # (no arrow: a title's words)
def test_the_link_back_to_a_list_with_its_arrow(text, reason):
    assert chrome_reason(text, header=True) == reason


def test_a_story_that_mentions_a_press_release_is_prose():
    assert chrome_reason("The council issued a press release on Monday, and this article was written after it.") is None


@pytest.mark.parametrize("text", [
    'You can accept, reject or manage your choices at any time by clicking "Privacy settings" at the bottom of every page.',
    "Sie können akzeptieren, ablehnen oder Ihre Auswahl jederzeit ändern.",
    "Puede aceptar, rechazar o configurar sus preferencias en cualquier momento.",
])
def test_a_consent_forms_notice_naming_the_readers_three_answers_and_no_cookie(text):
    assert chrome_reason(text) == "site-notice"


@pytest.mark.parametrize("text", ["The board can accept, reject or amend the proposal at its next meeting.",
                                  "Voters can accept, reject or simply ignore the measure, and change nothing."])
def test_a_story_naming_three_answers_to_a_proposal_is_prose(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Le maire a dit que cela n'engage que lui, et il a quitté la salle.",
                                  "Seine Meinung gibt nicht die Meinung der Partei wieder, sagte er am Montag.",
                                  "As opiniões dos moradores sobre o projeto não refletem a realidade, disse o prefeito."])
def test_a_story_saying_whose_views_they_are_is_no_note(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["English | Français", "Deutsch · Italiano", "EN | FR", "ESPAÑOL | ENGLISH", "DE IT EN",
                                  "العربيةEnglishFrançais", "EnglishFrançais"])  # (glued, as a page joins its links)
def test_the_pages_picker_of_its_languages(text):
    assert chrome_reason(text) == "navigation"


@pytest.mark.parametrize("text", ["Facebook and Instagram posts by the mayor", "English lessons in Français classes",
                                  "IT", "English", "EN | EN"])
def test_lines_that_only_name_networks_or_languages_in_passing_stay(text):
    assert chrome_reason(text) is None


def test_a_tables_temperatures_in_the_body_stay():
    assert chrome_reason("470 °C") is None and chrome_reason("Riverton, NJ 45°F Partly Cloudy") is None


@pytest.mark.parametrize("text, reason", [
    ("By signing up, you agree to our Terms of Use and Privacy Policy.", "site-notice"),
    ('By clicking "Submit," you agree to the Privacy Policy and Terms of Use.', "site-notice"),
    ("Mit der Registrierung stimmen Sie unseren Datenschutz-Bestimmungen zu.", "site-notice"),
    ("En vous inscrivant, vous acceptez nos conditions générales.", "site-notice"),
    ("The Valley Courier is your trusted source for local news, sports and weather in Riverton.", "site-notice"),
    ("Der Valley Kurier ist Ihre Quelle für lokale Nachrichten.", "site-notice"),
    ("Advertise with us to reach thousands of readers in the Mill River valley every day.", "promo"),
    ("Werben Sie bei uns", "promo"),
])
def test_a_forms_consent_the_sites_description_of_itself_and_its_pitch_to_advertisers(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["The river is the main source of water for the town.",
                                  "By signing the deal, the council agreed to pay for the bridge.",
                                  "The mayor said the council is your best source for answers."])
def test_sentences_about_sources_and_agreements_are_prose(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Today's Paper", "Print Edition", "Le journal du jour", "Heutige Ausgabe", "Edición impresa",
                                  "Edição impressa", "Edizione digitale"])
def test_the_days_paper_as_printed_in_the_six_languages(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", ["Supported by", "Read in app", "Site Index", "Reuse this content", "Send any friend a story",
                                  "Leer en español", "Read in English", "Auf Deutsch lesen", "English version"])
def test_a_newspapers_links_to_its_app_index_and_other_languages(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", ["We value your privacy", "Manage options", "Do not consent", "Alle akzeptieren", "Tout refuser",
                                  "Rechazar todo", "Aceitar tudo", "Accetta tutto", "Continue without accepting",
                                  "Wir brauchen Ihre Zustimmung", "Nous avons besoin de votre consentement"])
def test_a_consent_dialogs_title_and_buttons(text):
    assert chrome_reason(text) == "cookie-prompt"


def test_consent_alone_is_a_subhead_not_a_button():
    assert chrome_reason("Consent") is None


@pytest.mark.parametrize("text", [
    "We and our partners store and/or access information on a device, such as cookies and process personal data.",
    "With your permission we and our partners may use precise geolocation data. You may click to consent to our processing.",
    "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, etwa auf Cookies.",
    "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, telles que les cookies.",
])
def test_a_consent_platforms_text_above_the_story(text):
    assert opening_notice(text)


def test_partners_in_a_story_are_no_consent_text():
    assert not opening_notice("We and our partners met the mayor on Monday to discuss the bridge over the Mill River.")


@pytest.mark.parametrize("text, reason", [("No thanks", "cookie-prompt"), ("Not now", "cookie-prompt"), ("Got it", "cookie-prompt"),
                                          ("Please disable your ad blocker to continue.", "site-notice"),
                                          ("Get unlimited access to The Valley Courier for just $1.", "paywall")])
def test_an_overlays_buttons_and_pitches(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["The council will not now vote on the plan.",
                                  "Officials said they would pause the project to disable the ad blocker."])
def test_story_sentences_with_an_overlays_words_are_prose(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("This article is exclusive to subscribers.", "paywall"), ("Exclusive to subscribers", "paywall"),
    ("Dieser Artikel ist exklusiv für Abonnentinnen und Abonnenten.", "paywall"),
    ("Want to read more?", "paywall"), ("Vous voulez lire la suite ?", "paywall"), ("Sie möchten weiterlesen?", "paywall"),
    ("¿Quieres seguir leyendo?", "paywall"), ("Quer continuar lendo?", "paywall"), ("Vuoi continuare a leggere?", "paywall"),
    ("Jetzt 1 Monat um 1 € testen und alle Plus-Artikel lesen.", "promo"),
    ("Try 1 month for $1 and read all Plus articles.", "promo"),
    ("You must be logged in to comment.", "comment-prompt"), ("To comment, please log in.", "comment-prompt"),
    ("Um Kommentare zu verfassen, müssen Sie angemeldet sein.", "comment-prompt"),
    ("Um einen Kommentar zu schreiben, melden Sie sich bitte an.", "comment-prompt"),
    ("Pour commenter, connectez-vous.", "comment-prompt"), ("Para comentar, debes iniciar sesión.", "comment-prompt"),
    ("Para comentar, faça login.", "comment-prompt"), ("Per commentare devi effettuare il login.", "comment-prompt"),
])
def test_paywall_offers_and_comment_sign_ins_in_the_six_languages(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "The offer is exclusive to subscribers of the magazine, the company said on Monday.",
    "Want to read more? Here is what the mayor said about the plan on Monday evening.",
    "Want to read more about the election?",
    "To comment on the plan, residents must write to the council before June.",
])
def test_story_sentences_with_such_words_are_prose(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", [
    "(This story has not been edited by Valley Times staff and is auto-generated from a syndicated feed.)",
    "(Only the headline and picture of this report may have been reworked by the Valley Times staff; the rest of the "
    "content is auto-generated from a syndicated feed.)",
    "Diese Zusammenfassung wurde automatisch erstellt. Leider kann es vorkommen, dass sie Fehler enthält.",
    "Ce résumé a été généré automatiquement.", "Este resumen fue generado por inteligencia artificial.",
    "Este resumo foi gerado automaticamente.", "Questo riassunto è stato generato automaticamente.",
    "This summary was automatically generated.",
])
def test_a_wires_story_republished_unread_and_a_machines_summary_are_editors_notes(text):
    assert chrome_reason(text) == "editor-note"


@pytest.mark.parametrize("text", [
    "The report, which has not been edited by the council staff, was published on Monday.",
    "The machine was built automatically by robots, the company said on Monday.",
])
def test_sentences_about_editing_and_machines_are_prose(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", [
    "Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, está a consentir a sua utilização.",
    "Este sitio utiliza cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.",
    "Questo sito utilizza cookie per migliorare la tua esperienza. Continuando la navigazione accetti il loro utilizzo.",
    "Diese Website verwendet Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
])
def test_a_sites_cookie_and_privacy_notes_in_the_six_languages(text):
    assert chrome_reason(text) == "site-notice"


def test_a_shop_that_uses_cookies_is_prose():
    assert chrome_reason("The bakery on Main Street uses cookies from a family recipe, the owner said.") is None


@pytest.mark.parametrize("text", ["READ: Classes suspended in parts of the province", "RELATED: Council delays vote on pool"])
def test_a_link_to_another_story_under_its_label_in_capitals(text):
    assert link_label(text)


@pytest.mark.parametrize("text, reason", [
    ("The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
     "editor-note"),
    ("Don't miss out on the headlines from Coast News. Followed categories will be added to My News.", "promo"),
    ("Recevez chaque matin l’essentiel de l’actualité.", "newsletter-prompt"),
])
def test_a_machine_read_story_a_follow_prompt_and_a_morning_newsletter(text, reason):
    assert chrome_reason(text) == reason


def test_audio_in_a_story_is_prose():
    assert chrome_reason("The audio of the council meeting was played in court on Monday, the lawyer said.") is None


@pytest.mark.parametrize("text", [
    "This article contains content provided by Pixgram. We ask for your permission before anything is loaded, as they "
    "may be using cookies and other technologies. You may want to read the cookie policy before accepting. To view "
    "this content choose ‘accept and continue’.",
    "Dieser Artikel enthält einen externen Inhalt von Pixgram. Beim Laden des Inhalts werden personenbezogene Daten "
    "an Pixgram übermittelt. Mehr dazu in unserer Datenschutzerklärung.",
    "An dieser Stelle findest du einen externen Inhalt, der den Artikel ergänzt. Du kannst ihn dir mit einem Klick "
    "anzeigen lassen und wieder ausblenden. Dabei können Daten übermittelt werden.",
    "Cet article contient un contenu externe fourni par Pixgram. Acceptez les cookies pour le charger.",
    "Este artículo contiene contenido externo de Pixgram. Para verlo debes aceptar las cookies.",
    "Questo articolo contiene un contenuto esterno fornito da Pixgram: accetta i cookie per caricarlo.",
    "Allow Pixgram content?", "Visualizza questo post su Instagram", "Un post condiviso da Valley FC (@valleyfc)",
    "Ein Beitrag geteilt von Jane Roe (@janeroe)", "Une publication partagée par Jane Roe (@janeroe)",
])
def test_a_post_from_another_site_asks_before_it_loads(text):
    assert chrome_reason(text) == "media-embed"


@pytest.mark.parametrize("text", [
    "This article contains reporting from the council meeting and interviews with residents who were there.",
    "Dieser Artikel enthält Angaben der Polizei, die am Montag veröffentlicht wurden.",
    "Allow plenty of time for the detour.",
])
def test_sentences_that_open_as_those_notes_do_are_story_text(text):
    assert chrome_reason(text) is None


def test_a_newsletters_promise_that_the_reader_may_unsubscribe_is_chrome():
    text = "No spam, we promise. You can unsubscribe at any time and we'll never share your details without your permission."
    assert chrome_reason(text) == "site-notice"


# A form's consent in the first person, an advertisement's placeholder, the River Plate's forms of address, a comment
# box's rules, closed comments, a morning newsletter, a link to more in the paper, the terms of reuse; and a sentence
# that opens as one of them does.
@pytest.mark.parametrize("text, reason", [
    ("By continuing, I agree to the Privacy Policy and Terms of Service.", "site-notice"),
    ("This advertisement has not loaded yet, but your article continues below.", "advertisement"),
    ("Para comentar debés estar registrado. Ingresá o registrate gratis.", "comment-prompt"),
    ("Recibí las noticias más importantes del día en tu mail.", "newsletter-prompt"),
    ("Os comentários deste artigo estão fechados.", "comments"),
    ("Chaque matin, recevez l’essentiel de l’actualité de la ville.", "newsletter-prompt"),
    ("We want our comments to be a lively and valuable part of our community.", "comment-prompt"),
    ("Remember the person you want to respond to is a real person.", "comment-prompt"),
    ("Comments are open to Valley Insider members only.", "comment-prompt"),
    ("Read more in the Chronicle: “Water crisis: the pipes behind the promises”", "related-link"),
    ("This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, "
     "no part may be reproduced without the written permission.", "copyright"),
    ("Read more in the report: the council said it would decide in June.", None),
    ("vor 3 Std.", "live-blog-chrome"), ("il y a 5 h", "live-blog-chrome"), ("hace 2 horas", "live-blog-chrome"),
    ("há 3 horas", "live-blog-chrome"), ("3 ore fa", "live-blog-chrome"),
    ("Blog at WordPress.com.", "page-chrome"), ("Type your email...", "page-chrome"),
])
def test_more_of_the_pages_notes_and_prompts(text, reason):
    assert chrome_reason(text) == reason


# An embedded post's consent placeholder, a comment box's moderation note, a sign-up form's consent, a markets page's
# disclaimer, a live blog's post times and a link to more news, in the six languages; and sentences of a story that
# share their words.
@pytest.mark.parametrize("text, reason", [
    ("Wir benötigen Ihre Zustimmung, um den vom Anbieter bereitgestellten Inhalt zu laden.", "media-embed"),
    ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "media-embed"),
    ("Este contenido está alojado en una plataforma externa. Para verlo, acepta las cookies de redes sociales.",
     "media-embed"),
    ("Este conteúdo não pode ser exibido sem o seu consentimento para cookies de terceiros.", "media-embed"),
    ("Contenuto non disponibile. Accetta i cookie di terze parti per visualizzarlo.", "media-embed"),
    ("Please accept social media cookies to view this post.", "media-embed"),
    ("The council needs the owners' consent before the old mill can be turned into flats.", None),
    ("Os comentários estão sujeitos a moderação.", "comment-prompt"),
    ("Los comentarios publicados son responsabilidad exclusiva de sus autores.", "comment-prompt"),
    ("Comments are moderated and may take a few minutes to appear.", "comment-prompt"),
    ("Les commentaires sont modérés.", "comment-prompt"),
    ("The comments were moderated by the panel's chair, Jane Roe.", None),
    ("Ao subscrever, aceita a política de privacidade.", "site-notice"),
    ("Hinweis: Die Informationen stellen keine Anlageberatung dar.", "site-notice"),
    ("This article does not constitute investment advice.", "site-notice"),
    ("Questo articolo non costituisce una sollecitazione all'investimento.", "site-notice"),
    ("The fund said its advisers had given investment advice to 300 clients.", None),
    ("ore 12:48", "live-blog-chrome"), ("12h18", "live-blog-chrome"), ("um 13:26 Uhr", "live-blog-chrome"),
    ("Update vom 4. Juni, 13:26 Uhr:", "live-blog-chrome"), ("Mise à jour du 3 mars, 12h48", "live-blog-chrome"),
    ("Leia mais notícias do futebol do interior", "related-link"),
    ("+ Leia mais notícias do futebol do interior", "related-link"),
    ("By providing an email address. I agree with the Terms of Use and acknowledge that I have read the Privacy Policy.",
     "site-notice"),
    ("Dieser Artikel wurde automatisch aus einer Meldung der Nachrichtenagentur übernommen.", "editor-note"),
    ("Cet article a été publié automatiquement. Sources : ats / afp", "editor-note"),
    ("Artikel anhören • 6 Min", "page-control"), ("Listen | 4 minutes", "page-control"),
    ("Écouter l'article · 5:32 min", "page-control"), ("Zur Merkliste hinzufügen", "share-widget"),
    ("Ajouter à vos sélections", "share-widget"), ("Offrir cet article", "share-widget"),
    ("Añadir a mi lista", "share-widget"),
    ("Sign up for free", "page-chrome"), ("Regístrate gratis", "page-chrome"),
    ("Listen to more stories on the Valley Courier app.", "media-embed"),
    ("✅ Clique aqui para seguir o canal do Portal Horizonte no WhatsApp", "promo"),
    ("Please turn on JavaScript to use this feature", "site-notice"),
    ("Aktivieren Sie JavaScript um das Video zu sehen.", "site-notice"),
    ("Show key events only", "live-blog-chrome"),
    ("Um kommentieren zu können, müssen Sie angemeldet sein.", "comment-prompt"),
    ("First published on Tue 11 Mar 2025 08.05 GMT", None), ("This story was first published in The Valley Courier.", "editor-note"),
    ("___", "garbage"), ("* * *", "garbage"), ("... ...", None),
    ("Chaque jeudi, recevez l'essentiel de l'actualité de la semaine.", "newsletter-prompt"),
    # (every working day, after the newsletter's name and a colon)
    ("Oberland am Morgen: Jeden Werktag um 6 Uhr die wichtigsten Nachrichten aus dem Land.", "newsletter-prompt"),
    # (the reader service's offer of help)
    ("Sie haben Fragen? Unser Leserservice hilft Ihnen gerne weiter: Telefon 0123 / 45 67-0 (Mo.-Fr. 7-18 Uhr)",
     "site-notice"),
    ("Questions? Our customer service team is happy to help: call 555 0100.", "site-notice"),
    ("The company said its customer service would move to Riverton next year.", None),
    # (the subscription's pitch: every story on the site)
    ("Alle Artikel auf oberland-nachrichten.de lesen – werbereduziert und mit der digitalen Zeitung.", "promo"),
    ("Read every story on valleycourier.com for $1 a week.", "promo"),
    ("Alle Artikel auf der Liste wurden geprüft, sagte der Sprecher.", None),
    ("Der Bürgermeister sagte: Jeden Tag gibt es neue Nachrichten zur Baustelle.", None),
    ("Die wichtigsten Resultate aus der Region – jeden Montag.", "newsletter-prompt"),
    ("Sign up to receive daily headline news from The Valley Courier.", "newsletter-prompt"),
    ("Don't miss out on the latest news and information.", "newsletter-prompt"),
    ("Every morning, the news reaches the village by radio.", None),
    ("Every Monday the council publishes the highlights of its meetings, the mayor said.", None),
    ("Help keep family & friends informed by sharing this article", "share-widget"),
    ("Assine ou Faça Login", "page-chrome"), ("Carregando...", "page-chrome"), ("Wird geladen...", "page-chrome"),
    ("Téléchargez l’application Meuse Info : toute l’info de votre région, en continu. Ouvrir", "promo"),
    ("Laden Sie unsere App für iOS und Android auf Ihr Handy", "promo"),
    ("📲 Receba as notícias do Portal Capibaribe PE no WhatsApp", "promo"),
    ("He said residents should download the app the council built.", None),
    ("ALERTE | Orages violents attendus en Estrie en fin de journée", "banner"),
])
def test_embeds_moderation_disclaimers_and_live_times_in_six_languages(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Accede a todas las notas sin límite desde $49 al mes.", "paywall"),
    ("Unlimited access for just $4.99 a month.", "paywall"),
    ("Zugang zu allen Artikeln für 9,99 € im Monat", "paywall"),
    ("Accès illimité pour 1 € par mois", "paywall"),
    ("Vos données sont traitées conformément à notre politique de confidentialité.", "site-notice"),
    ("Your data will be processed in accordance with our privacy policy.", "site-notice"),
    ("Ihre Daten werden gemäß unserer Datenschutzerklärung verarbeitet.", "site-notice"),
    ("Recibí en tu mail las noticias más importantes del día.", "newsletter-prompt"),
    ("Receba no seu email o que de mais importante acontece no Brasil", "newsletter-prompt"),
    ("Get the biggest daily stories by email", "newsletter-prompt"),
])
def test_a_subscriptions_price_a_sign_up_forms_data_note_and_a_newsletters_promise_by_mail(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Access to the pool costs $4 per week.",
    "Residents will receive an email with the news about the new bins next week.",
    "The council said your data on the bins was never shared.",
])
def test_prices_mail_and_data_in_a_storys_sentences_are_no_chrome(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Les opinions publiées n'engagent que leurs auteurs.", "editor-note"),
    ("Las opiniones expresadas en esta columna son responsabilidad de su autor.", "editor-note"),
    ("Der Beitrag gibt die Meinung des Autors wieder.", "editor-note"),
    ("Ce texte fait partie de notre section Perspectives.", "editor-note"),
    ("Questo articolo fa parte della serie sulle valli alpine.", "editor-note"),
    ("Tous droits de reproduction et de représentation réservés.", "copyright"),
    ("Para comentar este artigo tem de iniciar sessão.", "comment-prompt"),
])
def test_a_columns_disclaimer_a_series_note_the_rights_reserved_and_a_comment_login_in_the_other_languages(text, reason):
    assert chrome_reason(text) == reason


def test_a_story_that_quotes_a_disclaimer_keeps_it():
    assert chrome_reason("Le maire a rappelé que les opinions exprimées lors du conseil n'engagent que leurs auteurs.") is None


@pytest.mark.parametrize("text", ["Voir la galerie (6 photos)", "Zur Bildergalerie", "Galerie ansehen", "Ver galería",
                                  "Ver galeria de fotos", "Guarda la gallery (8 foto)"])
def test_a_link_to_the_gallery_in_the_other_languages(text):
    assert chrome_reason(text) == "page-control"


@pytest.mark.parametrize("text, reason", [
    ("Video player loading...", "media-embed"), ("Video: 1:34 Min.", "media-embed"),
    ("Bitte melden Sie sich an, um einen Kommentar zu verfassen.", "comment-prompt"),
    ("Voir les 27 commentaires", "comment-prompt"), ("Ver 14 comentarios", "comment-prompt"),
    ("All quotes delayed a minimum of 15 minutes.", "site-notice"),
    ("$24 at ShopMart", "promo"), ("29,99 € bei Technikmarkt", "promo"),
    ("Die wichtigsten Nachrichten des Tages, jeden Morgen um 6 Uhr.", "newsletter-prompt"),
    ("Descarregue a app do Correio Atlântico e receba as notícias em primeira mão.", "promo"),
    ("An dieser Stelle finden Sie einen externen Inhalt von Instagram, der den Artikel ergänzt. Sie können ihn sich mit "
     "einem Klick anzeigen lassen.", "media-embed"),
])
def test_a_players_note_the_comments_link_a_markets_note_a_shops_price_and_more_prompts(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["The council spent $24 at the fair.", "Video of the meeting was shown to the press."])
def test_a_price_and_a_video_in_a_storys_sentence_are_no_chrome(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Click to share on Facebook", "Click to email a link to a friend", "Click to print",
                                  "Share on Tumblr", "Share on Google Plus", "Compartir en Bluesky", "Seite teilen via Diaspora"])
def test_more_share_buttons(text):
    assert chrome_reason(text) == "share-widget"


@pytest.mark.parametrize("text, reason", [
    ("This report is auto-generated from PTI news service. The Bharat Chronicle holds no responsibility for its content.",
     "editor-note"),
    ("Über dieses Thema berichtet: MR24 im Radio am 09.07.2024 um 22:00 Uhr.", "editor-note"),
    ("Diskutieren Sie hier mit anderen Usern über dieses Thema. Es gelten die Community-Richtlinien.", "comment-prompt"),
    ("Bitte melden Sie sich an, um zu posten.", "comment-prompt"),
    ("📲 Baixe o app do n1 para ver notícias em tempo real e de graça", "promo"),
])
def test_a_wire_feeds_note_a_broadcasters_note_a_forums_prompts_and_a_prompt_after_its_emoji(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Compartir en FacebookCompartir en WhatsAppCompartir en XCopiar link", "share-widget"),
    ("Partager sur FacebookPartager sur XCopier le lien", "share-widget"),
])
def test_buttons_labels_glued_one_to_the_next(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["McDonald opens new store", "The iPhone maker said sales rose"])
def test_a_name_with_a_capital_inside_is_no_row_of_buttons(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Helena Marsh receives funding from the Rural Transport Research Council. Kwame Asante has no financial interests "
     "to declare beyond his university post.", "editor-note"),
    ("University of Wexcombe provides funding as a member of The Common Room UK.", "editor-note"),
    ("Our community members are treated to special offers, promotions and adverts from us and our partners. You can "
     "check out at any time. More info", "newsletter-prompt"),
    ("Advertise with Harbourside Media.", "page-chrome"), ("Advertise on GaijinPot", "page-chrome"),
])
def test_a_writers_disclosure_a_sign_ups_promise_and_the_advertisers_link(text, reason):
    assert chrome_reason(text) == reason


def test_funding_in_a_storys_sentence_is_no_disclosure():
    assert chrome_reason("The school receives funding from the state for its pool, the mayor said on Monday evening.") is None


@pytest.mark.parametrize("text, reason", [
    ("Editor’s note: This article first appeared in the spring issue of Valley Farmer. Prices have been updated to "
     "reflect the dealers' quotes as of March 6, and two growers' names were added at their request.", "editor-note"),
    ("UPDATE: This story has been updated to include reaction from the farmers' union and the council's planning "
     "committee, which met on Tuesday evening to discuss the plan for the new pool.", "editor-note"),
    ("Anmerkung der Redaktion: Dieser Artikel wurde am 5. März um 14 Uhr um die Stellungnahme des Bürgermeisters und "
     "der Fraktionen im Stadtrat ergänzt, die am Abend tagten.", "editor-note"),
    ("Support for this coverage is provided by the Halden Family Foundation. Our funders have no say in our editorial "
     "decisions, and they do not see our stories before they are published on the site.", "editor-note"),
    ("This fact-check was produced as part of the Valley Courier's work with the regional fact-checking programme. "
     "Read more about our partners, our methods and how we are funded.", "editor-note"),
    ("We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. "
     "This may include adverts from us and third parties. You can unsubscribe at any time, whenever you like. More info",
     "site-notice"),
    ("Listen to The Riverton Hour, our twice-weekly podcast on the town's council and its schools, on Apple Podcasts, "
     "Spotify or wherever you get your podcasts.", "promo"),
    ("POLL: Should the town charge for parking on Sundays?", "poll"),
    ("Umfrage: Wie gefällt Ihnen der neue Markt?", "poll"),
])
def test_notes_at_any_length_under_their_label_or_opening(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "UPDATE: Police have reopened the road after the crash, and the bus services run again.",
    "Funding for the pool was provided by the state, the mayor said on Monday evening after the council's meeting.",
    "Poll: most residents back the pool.",
])
def test_an_update_a_funder_and_a_polls_result_in_the_story_are_no_chrome(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Add articles to your saved list and come back to them any time.", "page-control"),
    ("You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.", "page-control"),
    ("View content on XThe Courier is not responsible for the content of external sites.", "page-chrome"),
    ("Can we count on you?", "appeal"),
])
def test_a_saved_lists_prompt_an_embeds_note_on_other_sites_and_an_appeals_question(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Council tenants 'living with black mould for two years' as...",
                                  "UN warnen vor Hungerkrise in...", "Four sheriff's employees lost to…"])
def test_a_teaser_cut_after_a_little_word_to_fit_its_card(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text", ["He said he would wait and see...", "The ministry said the count was 387..."])
def test_a_sentence_trailing_off_after_a_word_of_its_own_is_no_teaser(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Die Kommentare wurden geschlossen.", "Comments are now closed."])
def test_more_notes_that_the_comments_are_closed(text):
    assert chrome_reason(text) == "comments"


@pytest.mark.parametrize("text", ["The rest of this article is for Premium members only.",
                                  "Join Valley Sports Premium for full access to insider news and the message board."])
def test_a_members_only_note_and_a_premium_tiers_offer(text):
    assert chrome_reason(text) == "paywall"


def test_a_club_open_to_members_only_is_the_storys():
    assert chrome_reason("The club is open to members only, the mayor said.") is None


@pytest.mark.parametrize("text, reason", [
    ("Save my name, email, and website in this browser for the next time I comment.", "comment-prompt"),
    ("Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.",
     "comment-prompt"),
    ("We welcome your feedback and encourage you to share your thoughts. We ask that you be respectful of others.",
     "comment-prompt"),
    ("This is the cached copy of https://valley.example.com/news/pool/ as retrieved on 14 Feb 2024 10:13:51 GMT.",
     "site-notice"),
    ("The page you see below is a snapshot of the page at that time; the current page may have changed since.",
     "site-notice"),
    ("Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
     "site-notice"),
])
def test_a_blogs_comment_form_box_the_comments_rules_and_a_search_engines_cache_notes(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Les commentaires ont été désactivés pour cet article. Merci de votre compréhension.", "comments"),
    ("Comments have been disabled for this article.", "comments"),
    ("Local Democracy Reporting is public interest journalism funded through the Local Journalism Fund.", "editor-note"),
])
def test_comments_turned_off_and_a_funded_reporting_schemes_note(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("This is the third in a series of columns on the region's building trades.", "editor-note"),
    ("We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.",
     "page-control"),
    ("Sign up for breaking news, reviews, opinion, top tech deals, and more.", "newsletter-prompt"),
    ("Register for free to read the full story and get access to exclusive reports, interviews and newsletters.",
     "paywall"),
    ("This article is free for registered users. Create an account or log in to read the rest of this story.", "paywall"),
    ("This article is available to registered users only", "paywall"),
])
def test_a_series_note_a_broken_widget_a_newsletters_offer_and_a_registration_wall(text, reason):
    assert chrome_reason(text) == reason


def test_a_feature_unavailable_in_a_storys_sentence_is_the_storys():
    assert chrome_reason("The mayor said the feature is unavailable now, and the council will meet again.") is None


@pytest.mark.parametrize("text, reason", [
    ("Os comentários deste artigo estão fechados. Saiba porquê.", "comments"),
    ("Para comentar tem de ter sessão iniciada.", "comments"),
    ("Para comentar tem de ter", "comments"),  # (cut off by the capture's end)
    ("Para comentar o caso, o ministro reuniu-se com os autarcas.", None),
    # (the note that the story is still being updated, in the other languages)
    ("Notícia em atualização.", "editor-note"), ("Noticia en desarrollo.", "editor-note"),
    ("Notizia in aggiornamento.", "editor-note"), ("Dieser Artikel wird laufend aktualisiert.", "editor-note"),
    ("Die Liste wird aktualisiert, sagte der Sprecher.", None),
    ("Tu as repéré une erreur? Signale-la-nous.", "comment-prompt"),
    ("(With inputs from agencies)", "editor-note"),
])
def test_comments_closed_and_signed_in_in_portuguese_a_mistakes_prompt_and_a_wires_inputs(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Share via Text Message", "Share via SMS", "Share via Email"])
def test_more_share_buttons_by_message(text):
    assert chrome_reason(text) == "share-widget"


def test_a_sites_terms_at_any_length():
    text = ("Valley Business Journal Media is a member of a regional business news network. Use of and/or registration "
            "on any portion of this site constitutes acceptance of our User Agreement and our Privacy Policy.")
    assert chrome_reason(text) == "site-notice"


@pytest.mark.parametrize("text, reason", [
    ("This article is for subscribers.", "paywall"), ("This story is for members.", "paywall"),
    ("Get email notifications on Jane Roe daily!", "newsletter-prompt"),
    ("Get alerts for Riverton Council", "newsletter-prompt"),
    ("← Roadworks on the bypass to last until Easter", "navigation"),
    ("Rovers through to the county cup semi-final →", "navigation"),
    ("4 thoughts on “Library opening hours to be cut under savings plan”", "comments"),
    ("One response to \"Library opening hours to be cut\"", "comments"),
])
def test_a_blogs_links_to_its_other_posts_its_comments_and_prompts(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "The fare went from $4 → $6 in a year, riders said.",
    "This article is for subscribers and readers who want to know more about the pool.",
    "Four thoughts on the library came up at the meeting on Tuesday night.",
])
def test_an_arrow_inside_a_sentence_or_thoughts_in_prose_are_no_chrome(text):
    assert chrome_reason(text) is None


def test_a_blogs_comments_under_their_count_are_not_body_text():
    page = (f"Council Backs Plan for a New Pool on the Common\n\nBy Jane Roe\n\nMarch 4, 2024\n\n{STORY}\n\n{SECOND}\n\n"
            f"← Roadworks on the bypass to last until Easter\n\nRovers through to the county cup semi-final →\n\n"
            f"2 thoughts on “Council Backs Plan for a New Pool on the Common”\n\nSusan Bright\n\n"
            f"Monday mornings are the only time my mum can get a lift there. Very short-sighted.\n\nReply\n")
    document, article = article_of(page)
    assert paragraphs(article) == [STORY, SECOND]


@pytest.mark.parametrize("text", [
    "Video Player is loading.", "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.",
    "End of dialog window.", "captions settings, opens captions settings dialog", "captions off, selected",
    "Current Time 0:00", "Duration 1:45", "Remaining Time -1:45", "Loaded: 0%", "Playback Rate",
])
def test_what_a_web_video_player_prints_for_screen_readers_is_a_control(text):
    assert chrome_reason(text) == "page-control"


def test_a_paragraph_about_a_videos_duration_is_no_control():
    assert chrome_reason("The video's duration was 1:45, and it was watched a million times by Monday.") is None


@pytest.mark.parametrize("text, reason", [
    ("Google Preferred Source badge", "page-chrome"), ("App Store icon", "page-chrome"), ("Scout Wins Merit Badge", None),
])
def test_a_badges_picture_by_its_text_is_chrome_a_title_about_one_is_not(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Partly cloudy early. High 74F. Winds S at 10 to 20 mph.", "page-chrome"),
    ("Cobalt Valley, OK (74127)", "page-chrome"),
    ("When search suggestions are available use up and down arrows to review and enter to select.", "search-widget"),
    ("MP3 ( 3′ 52″ )", "page-control"),
    ("Get the latest on the flood emergency in our live blog.", "related-link"),
    ("Track Latest News Live on Valley24.com and get news updates from India and around the world", "promo"),
    ("Comments expressed here do not reflect the opinions of Valley Post or any employee thereof.", "site-notice"),
    ("Die Kommentare von Usern geben nicht notwendigerweise die Meinung der Redaktion wieder. Die Redaktion behält sich "
     "vor, Kommentare, welche straf- oder zivilrechtliche Normen verletzen oder den guten Sitten widersprechen, zu "
     "entfernen.", "site-notice"),
])
def test_a_sites_weather_search_help_audio_link_live_page_link_and_comments_note(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Temperatures reached a high of 104F on Monday, with winds gusting to 40 mph.",
    "The comments do not reflect the views of the council, the mayor said on Tuesday evening.",
])
def test_a_story_on_the_heat_or_on_someones_comments_is_not(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Valley Ledger.", "promo"),
    ("Get Current Updates on India News, Elections 2024, Weather Today along with Latest News", "promo"),
    ("This was published 11 months ago", "timestamp"),
    ("(Disclaimer: The above press release has been provided by PNN. The site will not be responsible in any way for "
     "the content of the same)", "editor-note"),
    ("To plant trees in memory, please visit the Sympathy Store.", "promo"),
])
def test_a_sites_promise_of_its_news_the_storys_age_a_disclaimer_and_an_obituarys_shop(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Add Briefly as a preferred source on Google", "page-chrome"), ("Make us your preferred source on Google", "page-chrome"),
    ("Read a summary of this article on FAST.", "page-chrome"), ("How does this make you feel?", "poll"),
    ("Kindly share this story:", "share-widget"),
    ("All rights reserved. This material, and other digital content on this website, may not be reproduced, published, "
     "broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE "
     "VALLEY BEACON.", "copyright"),
])
def test_a_preferred_source_button_a_summary_link_a_reactions_widget_and_a_long_reuse_notice(text, reason):
    assert chrome_reason(text) == reason


def test_a_story_on_what_may_not_be_published_is_not():
    assert chrome_reason("The council said the plan may not be published before the vote without the consent of the "
                         "mayor, who has the final permission.") is None


@pytest.mark.parametrize("text, reason", [
    ("Más en RUMI:", "related-link"), ("More in Politics:", "related-link"), ("Mehr aus Hamburg:", "related-link"),
    ("Plus de Sport :", "related-link"), ("Per approfondire:", "related-link"),
    ("Plus de 300 personnes ont manifesté :", None), ("Más de 300 personas:", None),
])
def test_a_label_over_more_stories_in_the_six_languages_not_a_count(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Audio: Listen to this story. To hear more feature stories, download the Lantern app.", "media-embed"),
    ("This article appears in the print edition of the April 29, 2024, issue, with the headline “Crossing.”",
     "editor-note"),
    ("Recommended reading:", "related-link"), ("Suggested reading", "related-link"),
    ("Midlands Herald is now on WhatsApp. Click this link to join our channel and get the latest news", "promo"),
    ("Bitte beachten Sie die Community-Richtlinien.", "site-notice"),
    ("Kommentare, die unseren Richtlinien widersprechen, werden entfernt.", "site-notice"),
    ("Please read our community guidelines before commenting.", "site-notice"),
    ("Comments that violate our community guidelines will be removed.", "site-notice"),
    ("Have a confidential tip for our reporters? Get in touch", "contact"),
    ("If you have a news tip, email the desk", "contact"), ("Got a news tip?", "contact"),
    # (a story's sentences of the same words)
    ("The mayor is now on WhatsApp too.", None), ("The council said residents have a tip line.", None),
    ("This article appears to show that the issue is settled.", None),
])
def test_an_audio_promo_a_print_issue_note_a_messaging_channel_the_comment_rules_and_a_tip_line(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Advertisement · Scroll to continue", "advertisement"),
    ("This ad hasn't loaded yet, but the article continues below.", "advertisement"),
    ("Go deeper: Rail union sets strike vote for February", "related-link"),
    ("Pulso Sur se sostiene gracias a sus lectores. Si valorás nuestro trabajo, sumate con un aporte mensual.", "appeal"),
    ("Il Corriere vive grazie ai suoi lettori.", "appeal"),
    ("The team had to go deeper into the mine.", None), ("The ad had not loaded, the council said.", None),
])
def test_an_ads_place_a_go_deeper_link_and_a_site_living_on_its_readers(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["User-Kommentare werden nach einer Prüfung freigeschaltet.", "Comments are moderated.",
                                  "Les commentaires sont modérés.", "I commenti sono moderati."])
def test_the_comment_boxs_moderation_note(text):
    assert chrome_reason(text) == "comment-prompt"


@pytest.mark.parametrize("text, reason", [
    ("Add to your saved stories", "page-control"), ("Click on any image to view the full gallery", "page-control"),
    ("See our privacy notice", "page-chrome"), ("Special to the Gazette", "byline"),
    ("Support safe, smart, local news. Join us.", "appeal"),
    ("Get up-to-the-minute news sent straight to your device.", "promo"),
    ("For more news, visit the TLN News website.", "promo"),
    ("Join our channel for the top reads for the day on your preferred chat app", "promo"),
    ("More election coverage:", "related-link"),
    ("I would like to be emailed about offers, events and updates from The Sovereign.", "site-notice"),
    ("Support the troops.", None), ("The mayor said support for local news was rising.", None),
])
def test_a_save_button_a_gallerys_hint_a_contributors_credit_and_more_prompts(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Subscribe to the Valley Courier for unlimited access to quality journalism. Cancel anytime.",
                                  "Subscribe to Harbour News for full digital access."])
def test_an_offer_to_subscribe_to_the_paper_for_access_is_a_paywalls(text):
    assert chrome_reason(text) == "paywall"


def test_a_sentence_about_subscribing_is_no_paywalls_offer():
    text = "Readers who subscribe to the Valley Courier for full access to its archive can read the plans, the council said."
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["▶️ Veja o vídeo acima", "Veja o vídeo acima", "Mira el vídeo", "Regardez la vidéo ci-dessus",
                                  "Sehen Sie das Video", "Guarda il video", "Watch the video above", "Regarder la vidéo",
                                  "Ver el vídeo", "Video ansehen"])
def test_a_video_players_prompt_in_the_six_languages_also_after_an_emoji(text):
    assert chrome_reason(text) == "page-control"


def test_a_title_about_a_video_is_no_players_prompt():
    assert chrome_reason("Veja o vídeo da chuva de granizo em Vila Serena") is None


@pytest.mark.parametrize("text", [
    "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.",
    "Nous et nos partenaires utilisons des cookies pour personnaliser le contenu et les annonces.",
])
def test_a_consent_forms_note_on_the_site_and_its_partners_cookies(text):
    assert chrome_reason(text) == "site-notice"


@pytest.mark.parametrize("text, reason", [
    ("Share this Story : Council backs plan for a new pool on the common", "share-widget"),
    ("Partager cet article : le conseil approuve la piscine", "share-widget"),
    ("Get the latest headlines, breaking news and columns from the Valley Sun, a division of Harbour Media Inc.",
     "newsletter-prompt"),
])
def test_a_sharing_boxs_title_and_a_newsletter_boxs_promise(text, reason):
    assert chrome_reason(text) == reason


def test_a_sentence_that_gets_the_latest_news_from_somewhere_is_no_newsletter_prompt():
    assert chrome_reason("Get the latest news from the front line, the minister urged the envoys on Friday.") is None


@pytest.mark.parametrize("text, reason", [
    ("Third party Ad. Not an offer or recommendation by TickerWire. See disclosure here or remove ads.", "advertisement"),
    ("Third party advertisers must follow the rules, the council said in its statement on Monday.", None),
])
def test_a_markets_sites_label_over_an_ad_it_did_not_write(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("This content was produced by Valley Courier Brand Studio in partnership with Harbour Credit Union. The Valley Courier "
     "newsroom was not involved in its creation.", "advertisement"),
    ("Este contenido ha sido elaborado por el departamento de Branded Content de La Gaceta del Valle para Cooperativa "
     "San Marcial.", "advertisement"),
    ("Submit a letter to the editor at letters@valleycourier.com. Letters should be 250 words or fewer and include your "
     "name, town and a daytime phone number.", "comment-prompt"),
    ("Update, 16 September: After this article was published, the trust said the purchase price was £1.35m, not £1.5m "
     "as originally reported by the seller's agent. The article has been amended.", "editor-note"),
])
def test_a_sponsors_story_note_the_letters_prompt_and_a_dated_update_note(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "This content was produced by volunteers, the council said on Monday in a statement for residents.",
    "Este contenido está alojado en una plataforma externa. Para verlo, acepta las cookies de redes sociales.",
    "Update, the mayor said, was needed: an overhaul of the pool before the summer.",
])
def test_sentences_like_a_sponsors_note_or_an_update_note_are_not_them(text):
    assert chrome_reason(text) != "advertisement" and chrome_reason(text) != "editor-note"


@pytest.mark.parametrize("text, reason, header", [
    ("Nur notwendige Cookies", "cookie-prompt", False), ("Only essential cookies", "cookie-prompt", False),
    ("Necessary cookies only", "cookie-prompt", False), ("Accessibility statement", "page-chrome", False),
    ("Déclaration d'accessibilité", "page-chrome", False), ("Sei in: Home / Cronaca / Paola", "navigation", False),
    ("Vous êtes dans : Accueil / Société", "navigation", False), ("Crude Oil 73.52 -1.34%", "page-chrome", True),
])
def test_a_consent_forms_button_the_accessibility_note_a_trail_and_a_commodity_ticker(text, reason, header):
    assert chrome_reason(text, header=header) == reason


@pytest.mark.parametrize("text", ["The necessary cookies of Christmas", "Grandma's essential cookies win the fair"])
def test_titles_about_cookies_are_no_consent_buttons(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Read also: Harbour volumes rise 7% in February", "related-link"), ("Zum Thema", "related-link"),
    ("Nos plus récentes nouvelles", "related-link"), ("Short link:", "share-widget"),
    ("Abonnez-vous à notre infolettre", "newsletter-prompt"), ("Infolettre", "newsletter-prompt"),
])
def test_more_labels_over_links_a_short_link_and_quebecs_word_for_a_newsletter(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Thanks! You're on the list for the Morning Brief.", "newsletter-prompt"),
    ("That email address doesn't look right.", "newsletter-prompt"),
    ("There was an error, please provide a valid email address.", "newsletter-prompt"),
    ("A welcome email is on its way. If you don't see it, please check your junk folder.", "newsletter-prompt"),
    ("Get the Valley Courier Daybreak email, free.", "newsletter-prompt"),
    ("Newsletters may include ads and partner content.", "newsletter-prompt"),
    ("Vous pouvez vous désabonner en tout temps.", "newsletter-prompt"),
    ("Stay informed with our latest headlines.", "newsletter-prompt"),
    ("We welcome respectful discussion. Comments are reviewed before they appear.", "comment-prompt"),
    ("Jane Roe Follow You must be logged in to follow.", "comment-prompt"),
    ("Vous devez être connecté pour commenter.", "comment-prompt"),
    ("Sie müssen angemeldet sein, um ein Posting verfassen zu können.", "comment-prompt"),
    ("Fetching more content...", "page-chrome"),
    ("The advertisement is loading. Your article continues below.", "page-chrome"),
    ("Reproduction of this story requires the publisher's permission.", "copyright"),
    ("Thank you for signing up!", "newsletter-prompt"), ("Thanks for subscribing! View all newsletters »", "newsletter-prompt"),
    # (the form's error and its plea to try again, after a stop)
    ("Something went wrong. Please try again.", "page-chrome"), ("Une erreur est survenue. Veuillez réessayer.", "page-chrome"),
    ("Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.", "page-chrome"),
    ("Algo salió mal. Inténtalo de nuevo.", "page-chrome"),
    ("Something went wrong. The pipe burst under the road on Monday.", None),
    # (after an apology, or as a problem the form has)
    ("Sorry, there seem to be some issues. Please try again later.", "page-chrome"),
    ("There appears to be a problem. Please try again.", "page-chrome"),
    ("There seems to be a problem with the bridge, the council said.", None),
])
def test_a_sign_up_forms_messages_the_comments_rules_and_a_loading_widget(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["You are on the list of candidates for the job, the mayor said.",
                                  "The email address was found in the files, police said.",
                                  "We welcome the decision, the union said in a statement on Monday."])
def test_sentences_like_a_forms_messages_stay(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Help using this website - Accessibility statement", "Contact us - Privacy policy"])
def test_widgets_one_after_another_between_spaced_hyphens(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", ["Portal de notícias de Goiás", "Le site d'information de la Côte",
                                  "Das Nachrichtenportal für Hamburg", "Your trusted news source for Riverton"])
def test_a_sites_slogan_of_what_it_is_and_for_where(text):
    assert chrome_reason(text) == "page-chrome"


def test_a_title_about_a_site_is_no_slogan():
    assert chrome_reason("Site of the old mill in Riverton to become housing") is None


@pytest.mark.parametrize("text", ["Je m'abonne", "Je m'inscris", "Je me connecte", "Escuchar nota", "Ouvir matéria"])
def test_buttons_in_the_first_person_and_to_hear_the_story(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", [
    "© 2020 Valley Press. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos "
    "de los servicios de Valley Press sin su previo y expreso consentimiento.",
    "All rights reserved. This material, and other digital content on this website, may not be reproduced, published, "
    "broadcast, rewritten or redistributed in whole or in part without prior express wri",
    "Copyright © 1997 - , Valley Publishing Co. Limited • P.O. Box 12, Riverton, and the terms of use of this site apply "
    "to every page of it.",
])
def test_the_sites_copyright_at_any_length(text):
    assert chrome_reason(text) == "copyright"


@pytest.mark.parametrize("text", [
    "This content is not available due to your privacy preferences",
    "Dieser Inhalt ist aufgrund Ihrer Datenschutzeinstellungen nicht verfügbar.",
    "Ce contenu n'est pas disponible en raison de vos choix de confidentialité.",
    "Este contenido no está disponible por tu configuración de privacidad.",
])
def test_an_embeds_placeholder_kept_out_by_the_readers_privacy_settings(text):
    assert chrome_reason(text) == "media-embed"


@pytest.mark.parametrize("text", ["The data is not available because of privacy rules, officials said.",
                                  "In 2020 the council said all rights to the land were reserved for the town."])
def test_a_storys_sentences_on_privacy_and_rights_stay(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", [
    "Um kommentieren zu können, müssen Sie sich anmelden.", "Du möchtest kommentieren?",
    "Unsere Kommentarfunktion steht registrierten Nutzerinnen und Nutzern zur Verfügung.",
    "Aucun commentaire. Soyez le premier à réagir.", "Pour commenter, connectez-vous.",
    "Para comentar, regístrate gratis.", "Non ci sono commenti. Scrivi tu il primo!",
    "Be the first to comment on this story",
])
def test_the_comment_boxs_prompts_in_the_six_languages(text):
    assert chrome_reason(text) == "comment-prompt"


@pytest.mark.parametrize("text", ["The mayor declined to comment on the registration of new voters.",
                                  "Der Minister wollte die Anmeldung nicht kommentieren.",
                                  "He was the first to sign in at the town hall on Monday."])
def test_a_storys_words_on_comments_and_accounts_stay(text):
    assert chrome_reason(text) is None



@pytest.mark.parametrize("text", [
    "The Valley Courier is a member of the Press Council of South Africa and subscribes to its code of ethics.",
    "The Valley Post is regulated by IPSO.", "Das Tageblatt ist Mitglied im Deutschen Presserat.",
])
def test_the_newsrooms_note_on_its_press_council(text):
    assert chrome_reason(text) == "site-notice"


def test_a_member_of_another_council_is_story_text():
    assert chrome_reason("She is a member of the city council and a former teacher.") is None


@pytest.mark.parametrize("text", ["Older Article", "Newer Article"])
def test_a_blogs_pager_links(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text, reason", [
    ("Sponsored audio: This story's audio is presented by Riverton Credit Union.", "media-embed"),
    ("Este áudio é oferecido por Farmácias Vale. Conteúdo narrado por voz gerada com inteligência artificial.",
     "media-embed"),
    ("Support for WRVN comes from listeners like you.", "editor-note"),
    ("NDLR : cet article a été mis à jour à 10h02 avec les dernières informations de la préfecture.", "editor-note"),
    ("N.d.R.: l'articolo è stato aggiornato alle 10.", "editor-note"),
    ("+++ 14:32 Uhr +++", "live-blog-chrome"), ("Follow along below for the latest.", "live-blog-chrome"),
    ("Stay with KRVN 4 News for updates on this developing story.", "promo"),
    ("Radio Kestrel FM will bring you updates throughout the day on our news bulletins and our social media pages.", "promo"),
    ("The council will bring you a decision on the pool in March, the mayor said.", None),
    ("Soutenez une information indépendante : abonnez-vous dès 1 € le premier mois.", "paywall"),
])
def test_the_sites_notes_on_audio_updates_and_offers(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Support for the plan comes from the council, she said.",
                                  "The mayor said the audio of the meeting was presented by the clerk on Monday."])
def test_a_storys_sentences_on_support_and_audio_stay(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Mehr aus Freiburg", "More from Riverton", "More From Medium"])
def test_a_link_to_the_sites_page_for_a_place(text):
    assert chrome_reason(text) == "related-link"


def test_more_from_a_sentence_is_not_a_link():
    assert chrome_reason("More from the council meeting on Monday was expected.") is None


@pytest.mark.parametrize("text", ["Ottieni il codice embed", "Get embed code", "Embed", "Code d'intégration"])
def test_the_button_that_gives_a_videos_embed_code(text):
    assert chrome_reason(text) == "share-widget"


@pytest.mark.parametrize("text, reason", [
    ("Your info will be used in accordance with our Privacy Policy", "site-notice"),
    ("Las opiniones expresadas en", "editor-note"),  # (cut off by the capture's end)
    ("Disclaimer : We respect your thoughts and views! But we need to be judicious while moderating your comments.",
     "editor-note"),
    ("Ce contenu journalistique est financé par l'Initiative de journalisme local du gouvernement du Canada.",
     "editor-note"),
    ("Ce contenu a été produit par La Presse Canadienne.", "editor-note"),
    ("Your gift of $35 can help a family plant a drought-tolerant crop this season.", "appeal"),
    ("Download the full report (PDF, 2.4 MB)", "page-chrome"),
])
def test_notes_on_data_opinions_funding_gifts_and_files(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Your gift to the town was generous, the mayor wrote.",
                                  "The report runs to 40 pages and was published on Monday."])
def test_a_storys_words_on_gifts_and_reports_stay(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Support for KRVN comes from Riverton Credit Union, serving members across the valley since 1958.", "editor-note"),
    ("KRVN is listener-supported. If you value reporting like this, please make a gift today.", "appeal"),
    ("Vous avez aimé cet article ? La Gazette est un média indépendant qui ne vit que grâce à ses lecteurs. "
     "Soutenez-nous à partir de 1 € par mois.", "appeal"),
    ("Article audio proposé par notre partenaire Voxalis", "media-embed"),
    ("Audio herunterladen (2:31 min)", "media-embed"),
    ("Normas de participación: los comentarios ofensivos o que no guarden relación con la noticia serán eliminados.",
     "comment-prompt"),
    ("Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site. Se achar "
     "algo que viole os termos de uso, denuncie.", "site-notice"),
    ("Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain comme", "comment-prompt"),
    ("Sendung: Regionalnachrichten am Morgen, 22.08.2023, 06:30 Uhr", "editor-note"),
])
def test_a_stations_sponsors_and_appeals_audio_buttons_and_comment_rules_in_the_languages(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Stay informed about all the latest news, tips and updates.", "newsletter-prompt"),
    ("Receba as principais notícias do dia no seu celular. Clique aqui e participe do nosso canal.", "promo"),
    ("Do you have a story for our news team?", "page-chrome"),
    ("(Only the headline and picture of this report may have been rework", "editor-note"),
])
def test_sign_up_promises_phone_channels_tip_calls_and_a_syndicated_feeds_note(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "We use cookies and similar technologies to improve your browsing experience, personalize content and offers, show "
    "targeted ads, analyze traffic, and better understand you. We may share your information with third-party partners "
    "for marketing purposes. To learn more and make choices about data use, visit our Advertising Policy and",
    "Wir verwenden Cookies, um Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu "
    "analysieren, und geben Informationen zu Ihrer Verwendung unserer Website an unsere Partner weiter, die diese mit "
    "weiteren Daten zusammenführen, die Sie ihnen bereitgestellt haben.",
])
def test_a_cookie_note_opening_with_we_use_cookies_at_any_length(text):
    assert chrome_reason(text) == "site-notice"


@pytest.mark.parametrize("text", ["Für Sie empfohlen", "Recommandé pour vous", "Recomendado para ti", "Consigliati per te"])
def test_recommended_for_you_in_the_other_languages(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("line, reason", [
    (">> Download the WQRT 8 app for weather alerts", "promo"),  # (a link's mark before its label)
    ("PAY ATTENTION: Join Coast Star News on WhatsApp for the latest breaking stories.", "promo"),
    ("(Le puede interesar: Racionamiento de agua en Puerto Ceibal: estos son los horarios por barrios).", "related-link"),
    ("Ihre Privatsphäre ist uns wichtig", "site-notice"),
    ("Your privacy is important to us", "site-notice"),
    ("Zustimmen & weiter", "cookie-prompt"),
    ("Push-Benachrichtigungen aktivieren?", "promo"),
    ("Suivez notre direct.", "live-blog-chrome"),
    ("Réagir (12)", "share-counter"),
    ("The Beacon is a nonprofit newsroom. Donate today to keep stories like this free for everyone.", "appeal"),
    ("Ostwalder Plus: Alle Artikel, das E-Paper und die App – jetzt 3 Monate für 9,99 € testen", "promo"),
    ("Oder: Ostwalder Nachrichten werbefrei lesen für 2,99 € im Monat", "promo"),
])
def test_the_pages_prompts_notes_and_buttons_in_the_six_languages(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize("line", [
    "ISBN-10: 3942795116",  # (a label in capitals over a number: a book's details, no prompt)
    "BREAKING: Council votes to close the pool after a long debate",
    "Residents were urged to donate today at the blood bank on Main Street.",
    "The service will cost $15.49 a month from June.",
    "> 50 people attended the meeting",
])
def test_a_storys_lines_that_share_a_prompts_marks_are_not_chrome(line):
    assert chrome_reason(line) in (None, "banner")


def test_a_consent_platforms_text_whose_verb_comes_late_is_a_notice():
    from convert.readers.capture.chrome import opening_notice
    assert opening_notice("Mit Ihrer Erlaubnis können wir und unsere Partner über Gerätescans genaue Standortdaten "
                          "und Kenndaten abfragen. Sie können klicken, um der Datenverarbeitung zuzustimmen.")


@pytest.mark.parametrize("line, reason", [
    ("O conteúdo acima é de responsabilidade exclusiva da empresa e foi distribuído pela Conecta Press. O Correio "
     "Litorâneo não se responsabiliza pelas informações divulgadas.", "editor-note"),
    ("The content above is the sole responsibility of the sender.", "editor-note"),
    ("Partilhe isto:", "share-widget"),
    ("Guardar o meu nome, email e site neste navegador para a próxima vez que eu comentar.", "comment-prompt"),
])
def test_a_press_releases_note_a_blogs_share_label_and_comment_box_in_portuguese(line, reason):
    assert chrome_reason(line) == reason


def test_a_story_on_who_answers_for_a_report_is_no_note():
    assert chrome_reason("The content of the report is the responsibility of the ministry, the minister said on Monday.") is None


@pytest.mark.parametrize("line, reason", [
    ("Quanto sono chiare le informazioni su questa pagina?", "comment-prompt"),
    ("Questa pagina ti è stata utile?", "comment-prompt"),
    ("Accessibilité : partiellement conforme", "page-chrome"),
    ("Garrigues Info est un média indépendant financé par ses lecteurs.", "appeal"),
    ("The Beacon is an independent newsroom funded by its readers.", "appeal"),
])
def test_a_public_sites_page_questions_and_notes_and_a_reader_funded_sites_word(line, reason):
    assert chrome_reason(line) == reason


def test_a_story_on_who_funds_a_school_is_no_appeal():
    assert chrome_reason("The school is funded by its members and the state.") is None


def test_the_choice_between_an_ad_free_subscription_and_tracking_is_a_consent_prompt():
    assert chrome_reason("Werbefrei lesen mit Zeitspiegel Pur – oder mit Werbung und personalisiertem Tracking weiter.") == (
        "cookie-prompt")


def test_a_consent_walls_title_and_its_text_with_the_partners_first():
    from convert.readers.capture.chrome import opening_notice
    assert chrome_reason("Pour accéder à L’Écho du Soir, acceptez les cookies ou abonnez-vous") == "cookie-prompt"
    assert opening_notice("Avec nos partenaires, nous traitons vos données personnelles (adresse IP, identifiants de "
                          "navigation) afin de mesurer l’audience.")


def test_a_screen_readers_marks_around_a_widget():
    assert chrome_reason("Début du widget Widget. Passer le widget?") == "page-chrome"
    assert chrome_reason("End of widget") == "page-chrome"


@pytest.mark.parametrize("line", ["1:42 Min.", "Video 1:42", "Dauer: 2:05", "00:04:12"])
def test_a_clips_length_under_its_player(line):
    assert chrome_reason(line) == "media-embed"


def test_a_live_pages_time_alone_stays_its_post_time():
    assert chrome_reason("12:30") == "live-blog-chrome"


@pytest.mark.parametrize("line, reason", [("Serie D › Girone C", "navigation"), ("Politik » Inland", "navigation"),
                                          ("Aragón > Educación", "navigation"),
                                          ("Sport › Fußball: Die Bayern siegen klar", None), ("x > 5 and y > 3", None),
                                          ("Er sagte: » Wir gehen «", None)])
def test_two_crumbs_under_a_guillemet_are_a_trail(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize("button", ["Agree", "AGREE", "Aceptar", "Akzeptieren", "Zustimmen", "Accepter", "Aceitar",
                                    "Accetta", "Cookie-Einstellungen", "Cookie preferences"])
def test_a_consent_forms_one_word_buttons_are_its_prompt(button):
    assert chrome_reason(button) == "cookie-prompt"


@pytest.mark.parametrize("text, reason", [
    ("Dieser Artikel ist Abonnenten vorbehalten.", "paywall"),
    ("Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten.", "paywall"),
    ("Gastkommentare geben die Meinung der Autorin oder des Autors wieder und müssen sich nicht mit jener der Redaktion "
     "decken.", "editor-note"),
    ("The views expressed in this article are those of the author and do not necessarily reflect those of the Valley "
     "Courier.", "editor-note"),
    ("The opinions expressed here are the author's own.", "editor-note"),
])
def test_a_subscribers_note_and_a_columns_disclaimer(text, reason):
    assert chrome_reason(text) == reason


def test_views_a_story_reports_are_its_own():
    assert chrome_reason("The views expressed by residents at the meeting were mixed, officials said.") is None


@pytest.mark.parametrize("text, reason", [
    ("Alle Artikel, Preisticker und das Heft-Archiv – jetzt 4 Wochen gratis testen.", "paywall"),
    ("Try 30 days free, cancel anytime.", "paywall"),
    ("Recibí las noticias de Cuyo al Instante en tu WhatsApp. Sumate a nuestro canal.", "promo"),
    ("We want our comments to be a lively and valuable part of our community - a place where readers can debate and "
     "engage with the most important local issues.", "site-notice"),
])
def test_a_free_trial_a_messaging_channel_and_the_comments_policy(text, reason):
    assert chrome_reason(text) == reason


def test_free_weeks_in_a_story_are_its_own():
    assert chrome_reason("Employees get 4 weeks free childcare under the new deal agreed on Monday, the union said.") is None


@pytest.mark.parametrize("text, reason", [("Das könnte Sie auch intere", "related-link"), ("Te puede inte", "related-link"),
                                          ("(This story has not been edited by Malabar Mail staff and is auto-", "editor-note"),
                                          ("(Only the headline and picture of this", "editor-note")])
def test_the_start_of_a_pages_phrase_cut_by_the_captures_end(text, reason):
    assert cut_phrase_reason(text) == reason


@pytest.mark.parametrize("text", ["The council met on Thursd", "Das könnte", "Only the headline was cha"])
def test_other_cut_lines_begin_no_phrase(text):
    assert cut_phrase_reason(text) is None


@pytest.mark.parametrize("text", ["Home»Politics»Tribunal upholds Olaniyan's election as Kwara governor, dismisses…",
                                  "Business News›Tech›Hardware"])
def test_a_trail_of_links_glued_to_its_guillemets(text):
    assert chrome_reason(text, header=True) == "navigation"


def test_guillemets_in_a_sentence_are_no_trail():
    assert chrome_reason("He said »no« to the plan»twice") is None


@pytest.mark.parametrize("text", ["WARNING: This story contains distressing details.",
                                  "Content warning: This story discusses suicide.",
                                  "Triggerwarnung: In diesem Text geht es um sexualisierte Gewalt.",
                                  "Attention : cet article contient des détails susceptibles de heurter.",
                                  "Advertencia: este artículo contiene imágenes sensibles."])
def test_the_editors_warning_on_what_the_story_tells(text):
    assert chrome_reason(text) == "editor-note"


@pytest.mark.parametrize("text", ["Warning: roads are icy across the county this morning, police said.",
                                  "Achtung: Die Straße ist gesperrt."])
def test_a_warning_the_story_gives_is_its_own(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Taille du texte", "Textgröße", "Text size", "Tamaño del texto", "Dimensione del testo"])
def test_the_buttons_that_size_the_text(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", [
    "Données de géolocalisation précises et identification par analyse du terminal, Publicités et contenu personnalisés, "
    "mesure de performance des publicités et du contenu, études d'audience et développement de services",
    "Personalised advertising and content, advertising and content measurement, audience research and services development",
    "Store and/or access information on a device",
    "Personalisierte Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten",
    "Avec nos partenaires, nous traitons les données suivantes :",
])
def test_the_purposes_a_consent_form_lists(text):
    assert chrome_reason(text) == "cookie-prompt"


@pytest.mark.parametrize("text", [
    "Le Petit Courrier et ses 132 partenaires stockent et/ou accèdent à des informations sur votre appareil, telles que "
    "des cookies, et traitent des données personnelles pour diffuser des publicités et contenus personnalisés.",
    "We and our 212 partners store and/or access information on your device and process personal data to show you "
    "relevant offers.",
    "Wir und unsere 98 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu und verarbeiten Daten.",
    "Nosotros y nuestros 200 socios almacenamos y/o accedemos a información en un dispositivo para mostrar anuncios.",
    "Nós e os nossos 150 parceiros armazenamos e/ou acedemos a informações num dispositivo para medir audiências.",
    "Noi e i nostri 132 partner archiviamo e/o accediamo a informazioni su un dispositivo per la pubblicità.",
])
def test_what_the_site_and_its_partners_store_on_the_device(text):
    assert chrome_reason(text) == "cookie-prompt"


def test_a_story_on_what_is_stored_on_a_phone_is_its_own():
    assert chrome_reason("Investigators said the app would store and send information from the phone every night, "
                         "the court heard on Tuesday.") is None


def test_a_consent_notice_under_the_consent_it_asks_for():
    assert chrome_reason("Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour "
                         "stocker et accéder à des informations personnelles comme votre visite sur ce site.") == "site-notice"


def test_a_story_that_names_one_purpose_is_its_own():
    assert chrome_reason("The company sells personalised advertising and content to local shops, its chief executive "
                         "said on Monday.") is None


@pytest.mark.parametrize("text", [
    "The post Exclusive: Audit finds state agency paid $2.1 million to vendors with no contracts appeared first on "
    "Liberty Crossroads.",
    "O post Prefeitura anuncia obras apareceu primeiro em Jornal do Vale.",
])
def test_a_blogs_feed_note_under_the_post_it_carries(text):
    assert chrome_reason(text) == "editor-note"


def test_a_story_that_says_something_appeared_first_somewhere_is_its_own():
    assert chrome_reason("The mayor said the plan appeared first on a council agenda in March.") is None


@pytest.mark.parametrize("line", ["Saltar a la navegación", "Pular para a navegação", "Salta alla navigazione",
                                  "Zur Navigation", "Ver señal en vivo", "Assista ao vivo", "Ascolta la diretta",
                                  "Regarder en direct", "Live hören", "Learn more", "Saber mais"])
def test_the_links_to_the_menus_and_to_the_live_stream_are_the_pages_chrome(line):
    assert chrome_reason(line) == "page-chrome"


@pytest.mark.parametrize("line", ["GERIR OPÇÕES", "Gestionar opciones", "Gérer les options", "Optionen verwalten"])
def test_a_consent_forms_button_to_choose_in_the_six_languages(line):
    assert chrome_reason(line) == "cookie-prompt"


@pytest.mark.parametrize("line, reason", [
    ("Prohibida la reproducción total o parcial del contenido de este sitio sin autorización previa y por escrito.",
     "copyright"),
    ("KVRN is owned by Prairie Sky Broadcasting, Inc. © 2024 Prairie Sky Broadcasting. All rights reserved.", "copyright"),
    ("Editore: Valmora Digital Srl - Via Mercato 22, 39100 Roverano - P.IVA 03216540219", "site-notice"),
    ("La Voce di Valmora - Registrazione Tribunale di Casalmora n. 318 del 12/03/1987 - Direttore responsabile: Carla Bo",
     "site-notice"),
    ("Valley Media Ltd. Registered in England and Wales, No. 0123456.", "site-notice"),
    # (the paper registered with its court, however said: "registrato presso il Tribunale", "Reg. Trib.")
    ("Voce di Valmora - Periodico online registrato presso il Tribunale di Casalmora", "site-notice"),
    ("Reg. Trib. di Casalmora n. 123 del 2009", "site-notice"),
    ("Il giornale è stato registrato presso il Tribunale di Casalmora nel 2010, ha spiegato il direttore.", None),
    ("Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, "
     "anche per altre finalità.", "site-notice"),
    ("Personalizza le tue scelte in qualsiasi momento dal link «Preferenze cookie» presente in fondo a ogni pagina.",
     "site-notice"),
    ("We're a nonprofit newsroom. If this story helped you, please consider a gift of any size.", "appeal"),
    ("Spotted a mistake? Report an error.", "page-chrome"),
    ("Segnala un errore", "page-chrome"),
    ("Jetzt kostenlos herunterladen und keine Nachricht aus der Region verpassen.", "promo"),
    ("Download the free Valley News app for iPhone and Android.", "promo"),
])
def test_a_sites_footer_notes_in_the_six_languages(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The company, registered in England, said the legal fight would continue for years.",
    "The editor said the fund would pay for two reporters who cover local journalism awards, the board said on Monday.",
    "Residents were urged to donate today at the blood bank on Main Street.",
    "He said residents should download the app the council built.",
    "Ein Streifenwagen steht vor dem Amtsgericht in Niederau, wo der Prozess am Montag beginnt.",
    "The tool creates an RCS subdirectory if one did not exist before the first check-in.",
])
def test_a_storys_sentences_with_a_footers_words_are_not_chrome(line):
    assert chrome_reason(line) is None


@pytest.mark.parametrize("line", ["Faça já a sua assinatura", "Suscríbete ya", "Abonnez-vous dès maintenant",
                                  "Abbonati subito", "Werbefrei lesen mit PUR"])
def test_the_call_to_subscribe_in_the_other_languages(line):
    assert chrome_reason(line, header=True) == "page-chrome"


def test_the_printed_papers_delivery_to_the_readers_mailbox_is_a_sign_up_prompt():
    assert chrome_reason("Get local news delivered to your mailbox every Thursday.") == "newsletter-prompt"
    assert chrome_reason("The council said the news was delivered to the door of every home on Monday.") is None


def test_an_austrian_forums_count_of_postings_opens_the_comments():
    assert chrome_reason("86 Postings") == "comments"


@pytest.mark.parametrize("text", [
    "Il tuo consenso per la privacy: noi e i nostri fornitori archiviamo informazioni su un dispositivo e/o vi accediamo, "
    "come gli ID univoci nei cookie, per il trattamento dei dati personali. Puoi accettare o gestire le tue scelte "
    "cliccando qui sotto.",
    "Um unser Angebot nutzerfreundlicher zu machen, nutzen wir Cookies. Wenn Sie OK klicken, geben Sie Ihre Einwilligung.",
    "Sur le site, des cookies sont déposés pour mesurer l'audience avec votre consentement : vous pouvez le retirer à tout moment.",
])
def test_a_consent_forms_notice_however_it_is_worded(text):
    assert chrome_reason(text) == "site-notice"


def test_a_story_on_the_rules_for_cookies_is_no_consent_notice():
    assert chrome_reason("The regulator said websites must obtain the consent of their users before placing cookies "
                         "that track them, and fined three publishers last year.") is None


@pytest.mark.parametrize("text", ["Passer au contenu principal", "Accéder directement au contenu", "Saltar al contenido principal",
                                  "Pular direto para o conteúdo"])
def test_the_link_that_skips_to_the_story_however_it_is_put(text):
    assert chrome_reason(text) == "page-chrome"


def test_a_consent_forms_notice_that_names_no_cookie():
    assert chrome_reason("Pode clicar para consentir o processamento por nós e pelos nossos parceiros, tal como descrito "
                         "acima. Em alternativa, pode aceder a informações mais detalhadas.") == "site-notice"
    assert chrome_reason("The minister said the partners had given their consent to the plan before the vote.") is None


@pytest.mark.parametrize("text", ["Descargá la app y enterate primero", "Descargue la app", "Hol dir die App!",
                                  "Bajate la app de Crónica"])
def test_a_prompt_to_get_the_app_as_each_language_addresses_the_reader(text):
    assert chrome_reason(text) == "promo"


@pytest.mark.parametrize("text, reason", [("Support the Meridian", "appeal"), ("Support us", "appeal"),
                                          ("Fund independent journalism with £4 per month", "appeal"),
                                          ("Open App", "page-chrome"), ("Abrir la app", "page-chrome")])
def test_the_pages_buttons_to_give_or_open_its_app(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Support for farmers grows", "Support the team", "Support Center"])
def test_support_that_asks_for_no_gift(text):
    assert chrome_reason(text) != "appeal"


@pytest.mark.parametrize("text, reason", [
    ("Il vous reste 74 % de cet arti", "paywall"),  # (cut where the capture ends)
    ("Alle Artikel auf weserland-kurier.de lesen – jederzeit kündbar.", "paywall"),
    ("Get 12 weeks for $1. Cancel anytime.", "paywall"),
    ("Is this page useful?", "comment-prompt"), ("War dieser Artikel hilfreich?", "comment-prompt"),
    ("Joan Pettifer says:", "comments"), ("@kiwi_77 says:", "comments"),
    ("+ Veja tudo sobre o Santa Amélia", "related-link"), ("» Ver mais", "related-link"),
])
def test_a_pages_paywall_feedback_comment_and_marked_link(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["The mayor says:", "Angela Merkel sagt:", "+ Added Slime Block",
                                  "This guide is helpful for parents who have questions."])
def test_a_story_quoting_someone_or_listing_changes_is_not_chrome(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["TAMBIÉN LEA", "También lea"])
def test_read_also_as_central_american_papers_put_it(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text, reason", [
    ("Der Artikel gefällt dir?", "comment-prompt"), ("Did you like this article?", "comment-prompt"),
    ("Cet article vous a plu ?", "comment-prompt"), ("¿Te gustó este artículo?", "comment-prompt"),
    ("Gostou desta matéria?", "comment-prompt"), ("Ti è piaciuto questo articolo?", "comment-prompt"),
    ("Mit Freunden teilen", "share-widget"), ("Share with friends", "share-widget"),
    ("Partager avec vos amis", "share-widget"), ("Compartilhe com amigos", "share-widget"),
])
def test_a_question_whether_the_story_pleased_and_the_box_to_share_it_with_friends(text, reason):
    assert chrome_reason(text) == reason


def test_a_sentence_that_asks_on_is_no_such_prompt():
    assert chrome_reason("Did you like this article? The mayor did not, and said so at the meeting on Monday.") is None


@pytest.mark.parametrize("text", [
    "Jetzt die neue App der Alpenland Rundschau laden!", "Unsere App jetzt kostenlos herunterladen",
    "Téléchargez la nouvelle application du Courrier", "¡Descarga la nueva app de El Sol!",
    "Baixe o novo app do Diário", "Scarica la nuova app del Corriere di Lodi",
])
def test_a_banner_to_get_the_sites_new_app(text):
    assert chrome_reason(text) == "promo"


def test_a_sentence_about_an_app_is_no_banner():
    assert chrome_reason("Die Stadt will die App für Parkplätze laden lassen, sagte der Bürgermeister am Montag.") is None


@pytest.mark.parametrize("text", [
    "Le Réveil de Montval et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser les contenus.",
    "The Valley Courier and its partners use cookies to measure the audience and personalise ads.",
    "Der Talbote und seine Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.",
])
def test_a_consent_notice_naming_the_site_and_its_partners(text):
    assert chrome_reason(text) == "site-notice"


def test_a_company_and_its_partners_using_something_else_is_the_story():
    assert chrome_reason("The company and its partners use the land to grow cotton, the mayor said on Monday.") is None


@pytest.mark.parametrize("text, reason", [
    ("Click to enlarge", "page-chrome"), ("Cliquez pour agrandir", "page-chrome"), ("Clicca per ingrandire", "page-chrome"),
    ("Vorheriges", "page-chrome"), ("Nächstes", "page-chrome"),
    ("(erforderlich)", "comment-prompt"), ("E-mail (obrigatório)", "comment-prompt"),
])
def test_a_pictures_enlarge_button_the_previous_and_next_links_and_a_required_fields_note(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Download PDF", "page-control"), ("Télécharger le PDF", "page-control"), ("PDF herunterladen", "page-control"),
    ("Download PDF (1.2 MB)", "page-control"),
    ("Störungsnummer: 0800 555 0170", "contact"), ("Tel.: +49 30 1234567", "contact"), ("Call us: 1-800-555-0199", "contact"),
])
def test_the_button_to_save_the_story_as_a_file_and_a_number_to_call_under_its_label(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Für Rückfragen steht die Hotline 0800 555 0170 zur Verfügung.",
                                  "Steuernummer 27/027/36500"])
def test_a_sentence_giving_a_number_or_a_tax_number_is_no_contact_line(text):
    assert chrome_reason(text) != "contact"


@pytest.mark.parametrize("text", [
    "Valoramos tu privacidad", "Valorizamos a sua privacidade",
    "Puede hacer clic para otorgar su consentimiento a nosotros y a nuestros socios para que llevemos a cabo el "
    "procesamiento descrito.",
])
def test_a_consent_forms_title_and_its_notice_in_the_formal_spanish(text):
    assert chrome_reason(text) in ("cookie-prompt", "site-notice")


@pytest.mark.parametrize("text", ["Wichtiger Hinweis: Am 25.01.2025 ist das Kundenzentrum wegen einer Versammlung geschlossen.",
                                  "Aviso importante: la oficina de atención al cliente cierra el viernes."])
def test_the_sites_own_important_notice(text):
    assert chrome_reason(text) == "site-notice"


@pytest.mark.parametrize("text", ["Important questions remain about the deal, the mayor said on Monday.",
                                  "Hinweis: Die Polizei bittet um Hinweise unter der Nummer des Reviers."])
def test_a_storys_note_or_a_sentence_about_importance_is_no_such_notice(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Störungsnummer Strom, Gas, Wasser, Wärme: 0800 4471 100 (24 h, kostenfrei)"])
def test_a_number_to_call_with_what_it_is_for_and_when_it_answers(text):
    assert chrome_reason(text) == "contact"


@pytest.mark.parametrize("text", ["Sign the petition: Stop dredging at Carrick Bay", "Jetzt unterschreiben!",
                                  "Signez la pétition pour sauver la gare"])
def test_a_campaigns_prompt_to_sign_its_petition(text):
    assert chrome_reason(text) == "appeal"


@pytest.mark.parametrize("text", [
    "Tap a street for details", "Click on the map to enlarge", "Toque no mapa para ver os detalhes de cada cidade",
    "Pulsa sobre el gráfico para ver los detalles", "Cliquez sur la carte pour agrandir", "Zum Vergrößern tippen",
    "Passa il mouse sulla mappa per i dettagli", "Erstellt mit Datawrapper", "Created with Datawrapper",
])
def test_how_to_use_a_chart_and_what_made_it(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", [
    "Tap water crisis deepens in the valley", "Toque de queda en Puerto Sabinal", "Click the uBlock icon.",
    "Toca la banda municipal en la plaza",
])
def test_a_verb_of_tapping_without_a_chart_is_no_hint(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", [
    "ValleyWire Sessions: Boston — Save up to $300 on your ticket before prices rise. Register now.",
    "Tech Days Lyon : économisez 100 € sur votre billet avant le 1er mars. Réservez maintenant.",
])
def test_a_ticket_to_the_sites_event_at_a_saving(text):
    assert chrome_reason(text) == "promo"


@pytest.mark.parametrize("text", [
    "Fans can save up to $30 on tickets if they buy before Friday, the club said.",
    "Fans can save $30 on tickets this week. Get them at the box office, the club said.",
])
def test_a_story_about_cheaper_tickets_is_no_offer(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Licença Creative Commons: reprodução permitida com crédito",
                                  "Reproducción permitida citando la fuente", "Riproduzione consentita citando la fonte"])
def test_a_short_note_allowing_reuse_with_credit(text):
    assert chrome_reason(text) == "copyright"


def test_a_story_about_a_licence_is_no_note():
    assert chrome_reason("Durch eine Creative-Commons-Lizenz soll die Verbreitung der Werke erleichtert werden.") is None


@pytest.mark.parametrize("text", [
    "This page will be updated as conditions change. Refresh for the latest information.",
    "Esta página é atualizada ao longo do dia. Em caso de emergência, ligue 199 (Defesa Civil) ou 193 (Bombeiros).",
    "Cette page sera mise à jour régulièrement.", "Diese Seite wird laufend aktualisiert.",
])
def test_a_live_pages_note_that_it_changes(text):
    assert chrome_reason(text) == "live-blog-chrome"


def test_a_sentence_about_a_page_updated_is_the_storys():
    assert chrome_reason("The page was updated by the council last week to include the new rules.") is None


@pytest.mark.parametrize("text", ["Website Sign In", "Member Login", "Patient Portal Login", "Subscriber log-in"])
def test_whose_account_a_sign_in_link_opens(text):
    assert chrome_reason(text) == "page-chrome"


def test_a_sign_in_sheet_in_a_headline_is_the_storys():
    assert chrome_reason("Staff sign-in sheet shows delays at the clinic") is None


@pytest.mark.parametrize("text, reason", [
    # a newsletter by its kind, at any length
    ("Get the Retail Executive Weekly briefing. The week’s most important retail stories, analysis and interviews, "
     "delivered every Tuesday morning. Join 85,000 retail leaders.", "newsletter-prompt"),
    # the app by its full name
    ("Download the First Alert 9 Weather app for live radar and alerts.", "promo"),
    # who may comment
    ("Para comentar debe estar suscrito.", "comment-prompt"),
    ("Para comentar tienes que iniciar sesión.", "comment-prompt"),
    ("Per commentare devi essere abbonato.", "comment-prompt"),
])
def test_more_prompts_about_the_newsletter_the_app_and_the_comments(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", ["Get the best of the town in your pocket with the new app for your phone, he said.",
                                  "Para comentar la situación, el alcalde convocó a la prensa este lunes en el ayuntamiento."])
def test_a_story_sentence_about_an_app_or_a_comment_is_no_prompt(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Suscríbase desde ₡1.500 al mes", "Suscríbase desde $3 al mes"])
def test_a_subscription_offered_in_the_formal_address_at_a_price_in_colones_or_dollars(text):
    assert chrome_reason(text, header=True) == "paywall"


def test_a_fare_in_colones_in_a_story_is_no_offer():
    assert chrome_reason("La tarifa sube a ₡1.500 al mes, dijo el ministro este lunes en la conferencia.") is None


@pytest.mark.parametrize("text, reason", [
    ("Gewinnspiel: Jetzt 1.000 Euro abräumen!", "promo"), ("Sorteo: gana dos entradas para el concierto", "promo"),
    ("Competition: Council rejects the bid to host the games", None),
])
def test_the_sites_contest_under_its_label_is_a_promotion(text, reason):
    assert chrome_reason(text, header=True) == reason


@pytest.mark.parametrize("line, reason", [
    ("Lire la suite dans notre édition papier, en vente chez votre marchand de journaux.", "paywall"),
    ("Read the full story in our print edition on Thursday.", "paywall"),
    ("Den ganzen Artikel lesen Sie in der gedruckten Ausgabe.", "paywall"),
    ("This article is co-published with the Mohawk Valley Courier.", "editor-note"),
])
def test_the_rest_in_print_and_a_co_publishing_partner(line, reason):
    assert chrome_reason(line) == reason


def test_a_sentence_about_a_print_edition_is_no_chrome():
    assert chrome_reason("Read more about how the paper's print edition was saved by its readers last year.") is None


@pytest.mark.parametrize("line", ["Legal Disclaimer:", "Haftungsausschluss:",
                                  'GulfTrade Online provides news content "as is" from its syndication partners. For any '
                                  'questions about this article please contact the original publisher.'])
def test_a_sites_disclaimer_of_syndicated_content_and_its_label(line):
    assert chrome_reason(line) == "editor-note"


def test_a_sentence_about_a_legal_disclaimer_is_no_label():
    assert chrome_reason("The company added a legal disclaimer to its report.") is None


@pytest.mark.parametrize("line, reason", [
    ("Save up to 40% on winter getaways — book now", "promo"),  # an offer's call to buy or book
    ("Jetzt Termin buchen", "promo"),
    ("Ouça agora: Jornal da Caatinga – 1ª edição", "promo"),  # a station's prompt to its programme
    ("We acknowledge the Traditional Owners of the country on which we live and broadcast, and pay our respects to "
     "Elders past and present.", "site-notice"),
    ("This article is part of Sinking Ground, a series on how coastal towns are paying for rising water. Read Part 1. "
     "Read Part 2 next week, when we look at the town's insurance bills and who pays them.", "editor-note"),  # any length
    ("Co-published with Coastal Civic Radio", "editor-note"),
])
def test_adverts_calls_a_stations_prompt_an_acknowledgement_and_notes_on_the_story(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize("line", ["The shop is open now", "Buyers can book now for the spring, the agent said, and many have."])
def test_a_sentence_with_now_is_no_call_to_buy(line):
    assert chrome_reason(line) is None


@pytest.mark.parametrize("text", [
    "Having trouble viewing this email? View it in your browser", "You are receiving this email because you signed up.",
    "Si ce message ne s'affiche pas correctement, consultez la version en ligne.",
    "Vous recevez cette lettre car vous êtes inscrit(e) sur levalley.fr.",
    "Wird diese E-Mail nicht richtig angezeigt? Im Browser ansehen", "Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben.",
    "¿No ves bien este correo? Ábrelo en el navegador", "Recibes este correo porque te suscribiste al boletín.",
    "Está com dificuldade para ler este e-mail? Abra no navegador.", "Você recebeu este e-mail porque se cadastrou.",
    "Non visualizzi correttamente questa email? Aprila nel browser", "Hai ricevuto questa email perché sei iscritto.",
])
def test_a_newsletters_own_lines_over_and_under_its_web_edition(text):
    assert chrome_reason(text) == "newsletter-prompt"


@pytest.mark.parametrize("text", ["The mayor said he received this email last week.",
                                  "Vous recevez cette lettre de la mairie chaque année depuis 2019, a rappelé le maire, qui "
                                  "défend le dispositif devant le conseil municipal réuni lundi soir en séance publique."])
def test_a_story_about_an_email_is_no_newsletters_line(text):
    assert chrome_reason(text) is None


def test_a_story_about_registered_users_is_the_storys():
    assert chrome_reason("The app is free for registered users in the county, the council said on Monday.") is None


@pytest.mark.parametrize("text", ["Lesen Sie mit MK+ weiter", "Weiterlesen mit FZ+", "Continue reading with Courier+",
                                  "Poursuivez votre lecture avec L'Écho+", "Sigue leyendo con tu suscripción",
                                  "Continua a leggere con Gazzetta Plus"])
def test_the_rest_of_the_story_with_the_papers_subscription(text):
    from convert.readers.capture.chrome import is_paywall_prompt
    assert chrome_reason(text) == "paywall" and is_paywall_prompt(text)


@pytest.mark.parametrize("text, reason", [
    ("Recevez l'essentiel de l'actu seine-et-marnaise chaque matin", "newsletter-prompt"),
    ("Receive our best stories every morning", "newsletter-prompt"),
    ("Receba as principais notícias todas as manhãs", "newsletter-prompt"),
    ("Residents receive a bill every week.", None),
    ("Votre adresse e-mail", "page-chrome"), ("Ihre E-Mail-Adresse", "page-chrome"), ("Your email address", "page-chrome"),
    ("Seu e-mail", "page-chrome"), ("Mail", None),
])
def test_a_newsletters_pitch_with_its_time_last_and_its_forms_address_field(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text", [
    "Usiamo i cookie per migliorare la tua esperienza. Proseguendo la navigazione acconsenti al loro utilizzo.",
    "Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, müssen Sie Ihre "
    "Erziehungsberechtigten um Erlaubnis bitten.",
    "If you are under 16 and wish to give consent to optional services, you must ask your legal guardians for permission.",
    "Einige Dienste verarbeiten personenbezogene Daten in den USA. Mit Ihrer Einwilligung willigen Sie auch in die "
    "Datenverarbeitung in den USA ein.",
    "Essenzielle Cookies ermöglichen grundlegende Funktionen und sind für die einwandfreie Funktion der Website erforderlich.",
])
def test_a_consent_forms_notes_in_the_six_languages(text):
    assert chrome_reason(text) == "site-notice"


def test_a_story_about_children_under_16_is_the_storys():
    assert chrome_reason("Kinder unter 16 Jahren dürfen das Freibad nur in Begleitung eines Erwachsenen besuchen.") is None


@pytest.mark.parametrize("text, reason", [
    ("Inicio - Institucional - Fútbol - Básquet - Socios - Noticias - Contacto", "navigation"),
    ("Jane Roe - Staff Writer - Valley News", None),  # (a byline block: three parts, one of more words)
])
def test_a_menus_items_between_spaced_dashes(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [
    ("Leserbriefe geben die Meinung der Verfasserinnen und Verfasser wieder, nicht die der Redaktion. Die Redaktion behält "
     "sich Kürzungen vor.", "site-notice"),
    ("Envíe su carta a cartas@cronica.example. Los textos no deben superar las 200 palabras y deben ir firmados.", "site-notice"),
    ("Letters should be no longer than 250 words and include your name and town.", "site-notice"),
    ("Kommentarfunktion am 12.06.2024, 18:00 Uhr geschlossen.", "comments"),
    ("The council sent letters to residents on Monday.", None),
])
def test_a_letters_pages_note_and_the_comments_closed_when(text, reason):
    assert chrome_reason(text) == reason


@pytest.mark.parametrize("text, reason", [("ATS 2 x 1 UBR", "page-chrome"), ("CRU 0-0 FLP", "page-chrome"),
                                          ("HAL 3 - 2 IXT FINAL", "page-chrome"), ("ATL 0 - 0 MAR 2T 71'", "page-chrome"),
                                          ("Arsenal 2-1 Chelsea", None)])
def test_a_scores_tickers_match_by_the_teams_codes(text, reason):
    assert chrome_reason(text, header=True) == reason


def test_a_scores_ticker_over_the_logo_is_no_headline():
    from tests.readers.capture.test_generic import STORY, article_of
    page = ("SÉRIE B · 24ª RODADA\nATS 2 x 1 UBR\nEncerrado\nCRU 0 x 0 FLP\nEncerrado\n\nArquibancada Online\nMenu\n\n"
            "Virada no fim: Atlético Serrano bate o União Beira-Rio e entra no G-4\nPor Thiago Marcondes\n"
            f"12/05/2024 às 18h40\n\n{STORY}\n")
    assert article_of(page)[1]["headline"] == "Virada no fim: Atlético Serrano bate o União Beira-Rio e entra no G-4"


@pytest.mark.parametrize("text", ["WEATHER ALERT: Winter Storm Watch for the Tilden Pass area until 10 PM Tuesday",
                                  "Flash : Coupures d’électricité : le programme de la semaine publié",
                                  "ALERTE MÉTÉO : Avis de menace cyclonique pour la côte est",
                                  "Unwetterwarnung: Sturmböen bis 100 km/h am Nachmittag"])
def test_an_alerts_bar_under_its_label_is_a_banner(text):
    assert chrome_reason(text, header=True) == "banner"


def test_a_title_under_an_alerts_bar_is_the_headline():
    _, article = article_of("KBVR\nNews\nWeather\nSports\nWEATHER ALERT: Winter Storm Watch for the pass until 10 PM Tuesday\n\n"
                            f"Council to decide on pool plan\n\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == "Council to decide on pool plan"


@pytest.mark.parametrize("text", ["Photo gallery", "Bildergalerie", "FOTOGALERIE", "Galerie photos", "Galería de fotos",
                                  "Galeria de fotos", "Galleria fotografica"])
def test_a_photo_gallerys_label_alone_is_chrome(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", [
    "Subscribers to The Ardmurran Times get every story on the website, fewer adverts and the weekly digital edition for "
    "less than the price of a coffee and a scone in the harbour café on a Saturday morning.",
    "Les abonnés du Courrier ont accès à tous les articles et à l'édition numérique.",
    "Abonnenten lesen alle Artikel auf der Website ohne Werbung.",
    "Gli abbonati ricevono ogni mattina l'edizione digitale del giornale.",
])
def test_what_the_sites_subscribers_get_is_its_pitch_at_any_length(text):
    assert chrome_reason(text) == "paywall"


@pytest.mark.parametrize("text", [
    "Subscribers to the water scheme get a discount of 10 per cent from next month, the council said.",
    "Subscribers said the price rise came without warning.",
])
def test_a_storys_sentence_about_subscribers_stays(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Listen Live · Radio Vanua 92.4 · Vanua Hindi 97.8", "Live hören | Radio Alpen 98.1",
                                  "Listen Live · FM 101,3 · AM 850"])
def test_a_live_players_bar_with_the_stations_streams(text):
    assert chrome_reason(text, header=True) == "page-chrome"  # (the button's own reason: "Listen Live", "Live hören")


@pytest.mark.parametrize("text", ["Jobs · Radio Alpen 98.1", "Listen Live · The mayor's plan for the harbour"])
def test_a_bar_that_is_no_players_with_its_streams_is_not_read_so(text):
    assert chrome_reason(text, header=True) is None


def test_the_headline_under_a_live_players_bar():
    title = "Naqarawai jetty closed after boat strike"
    _, article = article_of(f"VANUA ISLAND RADIO\nListen Live · Radio Vanua 92.4 · Vanua Hindi 97.8\n"
                            f"News | Sports | Weather | Shows\n{title}\nNews\n3 hours ago\n{STORY}\n{SECOND}\n")
    assert article["headline"] == title


@pytest.mark.parametrize("text", ["Entrar no grupo", "Join the group", "Únete al grupo", "Rejoindre le groupe",
                                  "Entra nel gruppo", "Gruppe beitreten"])
def test_the_button_that_joins_the_sites_messaging_group(text):
    assert chrome_reason(text, header=True) == "page-chrome"


def test_the_sites_name_under_the_button_that_joins_its_group():
    document, _ = article_of("Receba as notícias do Maringá Já no seu WhatsApp\nEntrar no grupo\nMaringá Já\n"
                             "Notícias\nPolícia\nPolítica\nEsportes\n\nDupla é presa após assalto a farmácia na zona 7\n"
                             f"Redação Maringá Já\n\n{STORY}\n{SECOND}\n")
    assert document["capture"]["site"] == "Maringá Já"


@pytest.mark.parametrize("text", ["Estatuto editorial | Ficha técnica | Política de privacidade",
                                  "Impressum | Datenschutzerklärung | Credits", "Privacy · Terms · Contact",
                                  # (French's spaced colon is no word; the site's map among them)
                                  "Mentions légales | Plan du site | Accessibilité : non conforme"])
def test_a_short_row_of_the_sites_own_links_is_navigation(text):
    assert chrome_reason(text) == "navigation"


@pytest.mark.parametrize("text", ["Lyon | Marseille | Paris", "Politik | Sport", "Ficha técnica"])
def test_a_row_of_places_or_sections_or_a_facts_boxs_label_is_no_row_of_the_sites_links(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Partilhar", "Partilhar:"])
def test_portugals_word_for_sharing(text):
    assert chrome_reason(text) == "share-widget"



@pytest.mark.parametrize("offer", ["Assine e leia sem anúncios", "Subscribe and read ad-free",
                                   "Jetzt abonnieren und werbefrei lesen", "Abonnez-vous et lisez sans publicité !"])
def test_the_offer_to_read_without_ads_is_a_promotion(offer):
    assert chrome_reason(offer) == "promo"


@pytest.mark.parametrize("line", ["Subscribers read the story without ads and with a free app",
                                  "Leia a reportagem sem anúncios de campanha"])
def test_a_sentence_about_ads_is_no_offer(line):
    assert chrome_reason(line) is None


@pytest.mark.parametrize("row, reason", [("Assine e leia sem anúncios | Entrar", "promo"),
                                         ("Impressum · Datenschutz · © Oberland Post", "page-chrome"),
                                         ("1 | 2 | 3 | 4 | 5", "navigation")])
def test_a_row_of_items_each_chrome_alone_is_chrome(row, reason):
    assert chrome_reason(row) == reason


def test_a_row_with_an_item_of_its_own_is_no_chrome():
    assert chrome_reason("Assine e leia sem anúncios | Exportações de erva-mate batem recorde") is None


@pytest.mark.parametrize("notice", ["Tropical Storm Warning in effect for Harlow, Pelican Bay and Sand Hill counties More info »",
                                    "Boil water notice lifted for the east side Read more ›",
                                    "Sperrung der B 27 zwischen Tübingen und Rottenburg Mehr erfahren »"])
def test_a_notice_and_its_link_to_more_is_chrome(notice):
    assert chrome_reason(notice, header=True) == "site-notice"
    assert chrome_reason(notice) == "related-link"


@pytest.mark.parametrize("line", ["The new feature is awesome and it welcomes more ge »",
                                  "The council voted for the plan, the mayor said. Read more »",
                                  "« Nous irons jusqu'au bout », dit le maire, lisez la suite »"])
def test_a_sentence_or_a_cut_word_before_an_arrow_is_no_linked_notice(line):
    assert chrome_reason(line, header=True) != "site-notice"


def test_an_alert_and_its_link_over_the_title_titles_nothing():
    title = "Coast school districts close Wednesday, Thursday ahead of tropical storm"
    alert = "Tropical Storm Warning in effect for Harlow, Pelican Bay and Sand Hill counties More info »"
    document, article = article_of(f"WMGQ News 11\n{alert}\n\n{title}\n\nPosted: Aug 27, 2024 / 05:32 PM CDT\n\n"
                                   f"by: Kendra Lott\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title
    assert reasons(document)[alert] == "site-notice"


@pytest.mark.parametrize("advert", ["Book your winter oil delivery with Ardcrone Fuels – call 074 912 3456 for same-week delivery",
                                    "Pizzeria Da Toni – Jetzt auch mit Lieferservice! Täglich ab 11.30 Uhr · Tel. 030 555 01 23",
                                    "Heizöl günstig bestellen – jetzt anrufen: 07031 / 12 34 56"])
def test_a_line_with_a_number_to_call_above_the_story_is_an_advert(advert):
    assert chrome_reason(advert, header=True) == "advertisement"


@pytest.mark.parametrize("line", ["Anyone with information should call police on 101 or 0800 555 111.",
                                  "Redaktion: Tel. 06151 / 387-0, redaktion@example.de"])
def test_a_call_for_witnesses_or_the_newsrooms_number_is_no_advert(line):
    assert chrome_reason(line, header=True) != "advertisement"
    assert chrome_reason(line) != "advertisement"


def test_a_sponsors_line_with_its_number_over_the_title_is_no_headline():
    title = "Castlefinnan Tidy Towns group scoops regional award for riverside walk"
    advert = "Book your winter oil delivery with Ardcrone Fuels – call 074 912 3456 for same-week delivery"
    document, article = article_of(f"Finn Valley Voice\nNEWS\nSPORT\n\nSponsored\n{advert}\n\n{title}\n\n{STORY}\n\n{SECOND}\n")
    assert article["headline"] == title
    assert reasons(document)[advert] == "advertisement"


@pytest.mark.parametrize("bar", ["Top stories: Rotterdam terminal strike enters day three • Air cargo volumes rise 11% in February "
                                 "• Trucking spot rates hit 18-month low",
                                 "Meistgelesen: Stau auf der A8 · Neue Kita in Nord · Stadtfest abgesagt"])
def test_the_latest_stories_bar_between_bullets_or_dots_is_related_links(bar):
    assert chrome_reason(bar) == "related-link"


@pytest.mark.parametrize("link", ["Vai al footer", "Zum Footer springen", "Ir al pie de página", "A- A A+", "A+ A-"])
def test_the_links_to_the_footer_and_the_text_size_buttons_are_chrome(link):
    assert chrome_reason(link, header=True) == "page-chrome"


@pytest.mark.parametrize("call", ["Du willst selbst über deine Region berichten? Jetzt Regionaut werden!",
                                  "Jetzt Mitglied werden!", "Devenez membre !", "Hazte socio"])
def test_the_call_to_join_the_site_is_a_promotion(call):
    assert chrome_reason(call) == "promo"


@pytest.mark.parametrize("line", ["Die Stadt will bis 2035 klimaneutral werden", "Become a member"])
def test_a_sentence_with_werden_or_a_newsrooms_appeal_is_no_call_to_join(line):
    assert chrome_reason(line) != "promo"


@pytest.mark.parametrize("offer", ["Nur für kurze Zeit: KK+ drei Monate lesen für insgesamt 3 € – jetzt sichern!",
                                   "Offre 100% numérique: 8€ par mois sans engagement", "Get 6 months for $1 – subscribe now"])
def test_a_subscriptions_price_for_a_time_with_its_call_is_a_promotion(offer):
    assert chrome_reason(offer) == "promo"


@pytest.mark.parametrize("line", ["Die Gebühr steigt um drei Euro pro Monat, sagte der Bürgermeister",
                                  "Now the council charges €3 a month for a parking permit."])
def test_a_story_about_a_monthly_charge_is_no_offer(line):
    assert chrome_reason(line) != "promo"


def test_a_priced_offer_first_on_the_page_opens_no_story():
    document, article = article_of(
        "Nur für kurze Zeit: KK+ drei Monate lesen für insgesamt 3 € – jetzt sichern!\nKreiskurier\nMenü\nStartseite\n"
        "Nordhagen\nSport\n\nStreit um Windpark: Ahrenfelder Rat stoppt Planung vorerst\nVon Hendrik Paulsen\n"
        f"15.08.2024, 05:00 Uhr\n\n{STORY}\n\n{SECOND}\n")
    assert (article["headline"], article["byline"]) == ("Streit um Windpark: Ahrenfelder Rat stoppt Planung vorerst",
                                                        "Hendrik Paulsen")


@pytest.mark.parametrize("note", ["The Local Journalism Initiative is funded by the Government of Canada.",
                                  "This reporting is supported by the Wyncote Foundation.",
                                  "This story was made possible by a grant from the Press Forward fund."])
def test_the_note_on_who_funds_the_reporting_is_an_editors_note(note):
    assert chrome_reason(note) == "editor-note"


def test_a_story_about_what_a_government_funds_is_no_note():
    assert chrome_reason("The new bridge over the Lenne is funded by the state and the county.") is None


@pytest.mark.parametrize("text", ["Previous story", "Next story", "Noticia anterior", "Siguiente noticia",
                                  "Notícia anterior", "Próxima notícia", "Notizia precedente", "Notizia successiva"])
def test_the_link_to_the_next_or_the_previous_story_is_chrome(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text", ["« Previous story | Next story »", "‹ Noticia anterior | Siguiente noticia ›",
                                  "« Vorheriger Artikel · Nächster Artikel »"])
def test_the_links_to_the_previous_and_the_next_story_in_a_row_with_their_arrows_are_navigation(text):
    assert chrome_reason(text) == "navigation"


@pytest.mark.parametrize("text", ["Audio: Die Einigung im Überblick (2:14 Min.)", "VIDEO: Floods hit the coast (1:32)",
                                  "Podcast: Floods hit the coast (24 min)", "Vídeo: o temporal em Porto Alegre (0:58)"])
def test_a_players_title_under_its_mediums_label_with_its_length_is_a_media_embed(text):
    assert chrome_reason(text) == "media-embed"


@pytest.mark.parametrize("text", ["Video: Floods hit the coast", "Audio: the mayor said (in 2:14 min) that it was fine."])
def test_a_mediums_label_without_the_players_length_is_left_to_the_story(text):
    assert chrome_reason(text) is None


@pytest.mark.parametrize("text", ["Salvar meu nome, e-mail e site neste navegador para a próxima vez que eu comentar.",
                                  "Salvar o meu nome, email e site neste navegador para a próxima vez que eu comentar."])
def test_a_comment_forms_box_to_remember_the_commenter_in_portuguese(text):
    assert chrome_reason(text) == "comment-prompt"


@pytest.mark.parametrize("text", ["BOLETIM SUL", "Equipe Boletim Sul", "Boletín Oficial del Estado"])
def test_the_word_for_a_newsletter_in_a_name_is_no_prompt(text):
    assert chrome_reason(text) != "newsletter-prompt"


@pytest.mark.parametrize("text", ["Receba o boletim", "Suscríbete a nuestro boletín", "Assine o boletim diário"])
def test_the_word_for_a_newsletter_alone_is_its_prompt(text):
    assert chrome_reason(text) == "newsletter-prompt"


@pytest.mark.parametrize("text", ["Ouvir este artigo", "Escuchar este artículo", "Ascolta questo articolo",
                                  "Diesen Artikel anhören"])
def test_the_button_that_reads_the_story_out_in_the_other_languages(text):
    assert chrome_reason(text) == "page-chrome"


@pytest.mark.parametrize("text", ["Oferecer artigo", "Regalar artículo", "Regala questo articolo", "Artikel verschenken"])
def test_the_button_that_gives_the_story_away_in_the_other_languages(text):
    assert chrome_reason(text) == "share-widget"


def test_a_markets_ticker_above_the_story_is_the_pages_whatever_the_markets_are_called():
    text = "JSE All Share 84 012.55 +0.41% USD/ZAR 17.79 -0.22% Brent $73.12 -0.85% Platinum $934.10 +1.12%"
    assert chrome_reason(text, header=True) == "page-chrome"


def test_a_headline_with_one_move_is_no_ticker():
    assert chrome_reason("Klipvale shares jump +12.5% after job cuts announced", header=True) is None


@pytest.mark.parametrize("text", ["Share on:", "Teilen auf:", "Partager sur :", "Compartir en:", "Compartilhe em:",
                                  "Condividi su:"])
def test_the_label_over_the_networks_buttons_in_the_six_languages(text):
    assert chrome_reason(text) == "share-widget"


@pytest.mark.parametrize("text", ["Weitere Nachrichten", "Weitere Meldungen", "Mais notícias", "Altre notizie"])
def test_more_news_over_other_stories_in_the_other_languages(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text", ["60. Min.", "78'", "45+2'", "80e", "Min. 56", "56º minuto", "Minuto 90", "12e minute",
                                  "Q4 02:14"])
def test_a_match_tickers_minute_on_its_own_line_is_like_a_live_posts_time(text):
    assert chrome_reason(text) == "live-blog-chrome"


@pytest.mark.parametrize("text", ["Minuto30", "64E", "31°", "1er"])
def test_a_name_a_grid_reference_or_a_temperature_is_no_match_minute(text):
    assert chrome_reason(text) != "live-blog-chrome"


@pytest.mark.parametrize("text", ["View all posts by Jane Roe", "Alle Artikel von Jane Roe", "Tous ses articles",
                                  "Voir tous les articles de Jeanne Roux", "Todos sus artículos", "Mais artigos de Ana Souza",
                                  "Tutti gli articoli di Lorenza Guidi"])
def test_the_link_to_the_writers_other_stories_in_the_six_languages(text):
    assert chrome_reason(text) == "related-link"


@pytest.mark.parametrize("text", ["Alle Artikel", "Tutti gli articoli", "All articles by the end of the year were late",
                                  "Weitere Artikel von Beringer"])
def test_all_articles_alone_or_a_shops_brand_is_no_writers_link(text):
    assert chrome_reason(text) != "related-link"


@pytest.mark.parametrize("text", [
    "— Gschwätz AI (@gschwaetz.ch) 13. Mai 2025 um 09:02",  # (a handle with dots, as Bluesky's are)
    "Post auf Bluesky ansehen", "View post on Bluesky", "Externer Inhalt anzeigen",
    # (the placeholder of an embed not allowed, however long its note goes on)
    "Hier finden Sie einen Inhalt von YouTube, der den Artikel ergänzt. Mit einem Klick können Sie ihn sich anzeigen "
    "lassen und wieder ausblenden.",
])
def test_an_embedded_posts_signature_link_and_placeholder(text):
    assert chrome_reason(text) == "media-embed"


@pytest.mark.parametrize("text", ["Kommentare lesen (27 Beiträge)", "Comments (5 posted)", "Read comments (27)"])
def test_the_link_to_the_comments_with_their_count(text):
    assert chrome_reason(text) == "share-counter"


@pytest.mark.parametrize("text", ["Os comentários não representam a opinião do jornal; a responsabilidade é do autor.",
                                  "I commenti non rappresentano l'opinione della redazione."])
def test_the_note_that_the_comments_are_their_writers_with_the_words_contraction(text):
    assert chrome_reason(text) == "site-notice"


@pytest.mark.parametrize("text", [
    "Tech Loft is supported by its audience. When you purchase through links on our site, we may earn an affiliate "
    "commission. Here's why you can trust us.",
])
def test_a_note_on_the_sites_affiliate_links_however_long_opens_no_story(text):
    assert opening_notice(text)


@pytest.mark.parametrize("text", ["*Affiliate-Link: Bei einem Kauf erhalten wir eine kleine Provision.", "* Affiliate-Link"])
def test_the_affiliate_links_mark_and_note_in_german(text):
    assert chrome_reason(text) == "site-notice"


@pytest.mark.parametrize("text", ["Riproduzione in corso", "Wird abgespielt", "Lecture en cours", "Reproduciendo"])
def test_a_video_players_state_in_the_six_languages(text):
    assert chrome_reason(text, header=True) == "page-control"


@pytest.mark.parametrize("text", [
    "Os artigos de opinião publicados no Jornal da Ribeira são da exclusiva responsabilidade dos seus autores.",
    "Los artículos de opinión son responsabilidad exclusiva de sus autores.",
    "Gli articoli d'opinione sono di esclusiva responsabilità degli autori.",
])
def test_the_note_that_opinion_pieces_are_their_writers_alone(text):
    assert chrome_reason(text) == "editor-note"


def test_a_story_on_who_answers_for_an_opinion_is_no_such_note():
    assert chrome_reason("O tribunal decidiu que os artigos publicados eram da responsabilidade do jornal.") is None


@pytest.mark.parametrize("text", ["Content provided by Reuters. The Valley Post does not edit wire copy.",
                                  "This story was provided by The Associated Press."])
def test_the_note_that_a_wire_provided_the_story(text):
    assert chrome_reason(text) == "editor-note"


def test_the_question_that_asks_readers_for_a_letter_on_the_piece():
    text = "Have an opinion on this piece? Send us a letter of up to 250 words and it may be considered for our letters page."
    assert chrome_reason(text) == "comment-prompt"
