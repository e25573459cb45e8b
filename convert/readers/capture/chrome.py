"""Page chrome: lines that belong to the web page around an article, not to the article.

Each rule names the reason recorded in the document's ``removed`` list, so a
reader of the output can see what was cut and why.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Callable, NamedTuple, Optional

from ._lazy_patterns import lazy_compile
from .dates import find_date
from .language import CLOSING_QUOTES, is_function_word, words as _words
from .remember import short_lines_remembered
from .rights import RESERVED

_EXACT = {
    "advertisement": ("advertisement", "advertising", "sponsored content", "story continues below advertisement",
                      "continue reading below", "scroll to continue with content", "ad", "paid content",
                      "advertisement - scroll to continue", "advertisement scroll to continue", "skip advertisement", "skip ad",
                      "paid post", "publicidade", "adv", "pub",  # (Italian and French pages' short labels: "ADV", "PUB")
                      "publicité", "anzeige", "werbung", "publicidad", "pubblicità", "publicidade", "annonce",
                      "story continues below", "story continues below advertisement", "article continues below",
                      "article continues below advertisement", "continue reading the main story", "content from our partners",
                      "this advertisement has not loaded yet, but your article continues below",
                      "advertisement · scroll to continue", "advertisement • scroll to continue",
                      "partner content", "from our partners", "article continues after this advertisement",
                      "story continues", "read more below", "scroll down for video", "ad feedback", "report this ad",
                      "sponsored stories", "promoted stories", "around the web", "from the web", "recommended by",
                      "contenido patrocinado", "conteúdo patrocinado", "contenuto sponsorizzato", "contenu sponsorisé",
                      "continua após a publicidade", "continua a leggere dopo la pubblicità", "la suite après la publicité",
                      "suite après la publicité", "weiter nach der anzeige", "artikel wird nach der anzeige fortgesetzt",
                      "weiterlesen nach der anzeige", "la suite après cette publicité", "continúa después de la publicidad",
                      "continua dopo la pubblicità", "continua depois da publicidade", "continua depois do anúncio",
                      "il testo continua dopo la pubblicità", "lesen sie nach der anzeige weiter",
                      "el artículo continúa después del anuncio", "la noticia continúa después de la publicidad",
                      "sigue leyendo después de la publicidad", "story continues after advertisement",
                      "article continues after advertisement", "story continues after this ad"),
    "related-link": ("recommended stories", "recommended", "recommended reading", "suggested reading", "related",
                     "related stories", "related articles",
                     "related content", "read more", "read next", "more from", "you may also like", "most popular",
                     "trending", "trending now", "see also", "also read", "don't miss", "more stories",
                     "recommended for you", "read also", "more news", "related topics", "vous aimerez aussi",
                     "für sie empfohlen", "empfohlen für sie", "recommandé pour vous", "recomendado para ti",
                     "recomendado para você", "recomendados para você", "consigliati per te",
                     "vous aimerez peut-être aussi", "vous pourriez aimer", "você pode gostar", "você também pode gostar", "potrebbe interessarti",
                     "potrebbe interessarti anche", "lire aussi", "à lire aussi", "lesen sie auch",
                     "mehr zum thema", "leia também", "veja também", "leggi anche", "lee también", "lea también", "ver también",
                     "también lea", "también lee", "también puede leer", "também leia",
                     "mirá también", "mira también", "zum thema", "nos plus récentes nouvelles", "les plus récentes",
                     "dernières nouvelles",
                     "empfehlungen der redaktion", "nos recommandations", "recomendados", "consigliati per te",
                     "verwandte themen",
                     "sur le même sujet", "das könnte sie auch interessieren",
                     # ... and what other languages' pages print over their lists of other stories
                     "neueste artikel", "neueste beiträge", "verwandte artikel", "verwandte beiträge", "ähnliche artikel",
                     "ähnliche beiträge", "beliebte artikel", "beliebte beiträge", "meistgelesen", "meistgelesene artikel",
                     "weitere artikel", "weitere beiträge", "articles similaires", "articles liés", "à lire également",
                     # (more from the story's section, in the six languages)
                     "dans la même rubrique", "in the same section", "more in this section", "en la misma sección",
                     "en esta sección", "na mesma secção", "na mesma seção", "nella stessa sezione", "nella stessa rubrica",
                     "im gleichen ressort", "aus dem ressort", "mehr aus dem ressort",
                     "les plus lus", "le plus lu", "les plus lues", "les articles les plus lus", "artículos relacionados", "noticias relacionadas", "lo más leído", "más noticias",
                     # ("More news" in the other languages, over other stories' titles)
                     "weitere nachrichten", "mehr nachrichten", "weitere meldungen", "plus d'actualités", "autres actualités",
                     "mais notícias", "altre notizie",
                     "te puede interesar", "le puede interesar", "también te puede interesar", "notícias relacionadas", "mais lidas",
                     "artigos relacionados", "articoli correlati", "i più letti", "potrebbe interessarti",
                     "ti potrebbe interessare", "you might also like", "you may like", "you might like", "up next", "next up", "now playing", "watch next", "related posts",
                     "more", "most read", "editor's picks", "editors' picks", "popular now", "in other news",
                     "voir aussi", "à voir aussi", "à lire", "te recomendamos", "lo último", "más leídas", "zum artikel",
                     "leggi di più", "lire plus",
                     # "You might also be interested in", "Auch interessant", "Schon gelesen?": over other stories'
                     # links, in the six languages; and a blog's sidebar lists of its latest posts and comments
                     "you might also be interested in", "you may also be interested in", "auch interessant",
                     "das könnte dich auch interessieren", "schon gelesen?", "vous pourriez aussi être intéressé par",
                     "cela pourrait vous intéresser", "también te puede interesar", "te podría interesar",
                     "você também pode se interessar por", "pode te interessar", "potrebbe interessarti anche:",
                     "recent posts", "latest posts", "recent comments", "letzte beiträge", "neue beiträge",
                     "neueste kommentare", "letzte kommentare", "articles récents", "commentaires récents",
                     "entradas recientes", "comentarios recientes", "posts recentes", "comentários recentes",
                     "articoli recenti", "commenti recenti",
                     # "Latest news", "Most read", "On the front page" over a list of stories, in the other languages
                     "últimas noticias", "últimas notícias", "ultime notizie", "dernières nouvelles",
                     "dernières actualités", "neueste nachrichten", "aktuelle nachrichten", "top-themen", "top themen",
                     "meist gelesen", "lo más visto", "los más leídos", "las más leídas", "más vistas", "mais vistas",
                     "mais lidas hoje", "più letti", "più lette", "più visti", "most viewed", "most shared",
                     "les plus partagés", "à la une", "en portada", "destacados", "destaques", "em alta", "in evidenza",
                     # the links to the next and previous story
                     "next post", "previous post", "older post", "newer post", "older article", "newer article", "older story", "newer story", "older posts", "newer posts", "next article",
                     "next story", "previous story", "noticia anterior", "siguiente noticia", "próxima noticia",
                     "notícia anterior", "próxima notícia", "notizia precedente", "notizia successiva",
                     "previous article", "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag",
                     "article précédent", "article suivant", "artículo anterior", "artículo siguiente", "artigo anterior",
                     "próximo artigo", "articolo precedente", "articolo successivo", "explore more", "more to explore",
                     "entdecken sie mehr", "à découvrir", "descubre más", "descubra mais", "scopri di più",
                     # (what may interest the reader, "don't miss" and the recommended articles, in the other languages)
                     "dich interessiert vielleicht auch", "sie interessiert vielleicht auch", "vielleicht auch interessant",
                     "ebenfalls interessant", "passend zum thema", "empfohlene artikel", "nicht verpassen",
                     "à ne pas manquer", "no te pierdas", "não perca", "da non perdere", "recomendados para ti",
                     "plus d'articles"),
    "share-widget": ("share", "share this", "share this article",
                     # (the label over the networks' buttons, its colon left off, in the six languages)
                     "share on", "share via", "teilen auf", "teilen über", "teilen via", "partager sur", "compartir en",
                     "compartilhe em", "compartilhar em", "partilhar em", "condividi su",
                     # a blog's "Share this:" in the other languages
                     "partilhe isto", "partilhar isto", "compartilhe isso", "compartilhe isto", "compartir esto", "condividi questo",
                     "teilen mit", "partager ceci", "republish", "republish story", "republish this story",
                     "republish this article", "share on facebook", "share on twitter", "social sharing",
                     "all sharing options", "share all sharing options",
                     "share on facebookshare on twitter", "tweet", "email", "print", "copy link", "short url",
                     # the button that gives the code to embed a video or a post, in the six languages
                     "embed", "get embed code", "embed code", "copy embed code", "embed-code kopieren", "code einbetten",
                     "obtenir le code d'intégration", "code d'intégration", "obtener código para insertar",
                     "código para insertar", "copiar código", "obter código de incorporação", "ottieni il codice embed",
                     "codice embed",
                     "facebook", "twitter", "whatsapp", "linkedin", "save", "share this story", "kindly share this story", "reddit", "x",
                     "copy url", "link copied", "partager", "teilen", "compartir", "condividi", "compartilhar",
                     "partilhar",  # (Portugal's word)
                     "courriel", "e-mail", "messenger", "telegram", "short link", "shortlink", "kurzlink", "lien court",
                     "enlace corto", "link curto", "link breve",
                     "imprimer", "drucken", "imprimir", "stampa", "beitrag teilen", "artikel teilen", "seite teilen",
                     "jetzt teilen", "pinnen", "pin it", "share to facebook", "share to twitter", "share to pinterest",
                     "partager sur facebook", "partager sur twitter", "partager l'article", "partager cet article",
                     "compartir en facebook", "compartir en twitter", "compartilhe", "compartilhar no facebook",
                     "condividi su facebook", "artikel drucken", "seite drucken", "rezept drucken",
                     # a recipe card's buttons, in the six languages
                     "jump to recipe", "print recipe", "pin recipe", "save recipe", "zum rezept", "rezept pinnen",
                     "aller à la recette", "imprimer la recette", "ir a la receta", "imprimir receta",
                     "ir para a receita", "imprimir receita", "vai alla ricetta", "stampa ricetta", "e-mail", "per e-mail",
                     "per e-mail teilen", "envoyer par e-mail", "enviar por correo", "follow", "follow us", "gift this article",
                     "give this article", "gift article", "share full article", "bookmark", "add to favorites",
                     "save for later", "save article", "saved", "comment", "print this page", "merken", "speichern",
                     "artikel merken", "enregistrer", "guardar", "salvar", "salva", "like this", "email article",
                     "print article", "reprints", "commenter", "comentar", "commenta", "jetzt kommentieren",
                     "kommentieren sie", "read later", "lire plus tard", "à lire plus tard", "später lesen",
                     "zur merkliste hinzufügen", "auf die merkliste", "zur leseliste hinzufügen", "add to reading list",
                     "add to my list", "ajouter à ma liste", "ajouter à mes favoris", "ajouter à vos sélections",
                     "ajouter à mes sélections", "offrir cet article", "añadir a mi lista", "adicionar à minha lista",
                     # (the gift button in the other languages)
                     "oferecer artigo", "oferecer este artigo", "presentear artigo", "regalar artículo",
                     "regalar este artículo", "regala articolo", "regala questo articolo", "artikel verschenken",
                     "aggiungi alla mia lista", "guardar para después",
                     "salvar para depois", "salva per dopo",
                     "leer más tarde", "ler mais tarde", "leggi dopo", "empfehlen", "artikel empfehlen", "recommander",
                     "recomendar", "consiglia", "youtube", "instagram", "tiktok", "telegram", "xing", "pinterest",
                     "mastodon", "threads", "bluesky", "feed", "rss feed", "tweet this", "email a friend", "email this story", "email this article", "pin", "flipboard",
                     "share via email", "send to a friend",
                     # a blog's share and like buttons, in the six languages ("Gefällt mir Wird geladen …": the like
                     # button while it loads)
                     "sharing is caring", "share this post", "share this page", "diesen artikel teilen",
                     "diesen beitrag teilen", "teile diesen beitrag", "teilen mit", "partagez cet article",
                     "partager ceci", "compartir este artículo", "comparte esto", "compartilhe isso",
                     "compartilhe este artigo", "condividi questo articolo", "condividi questo", "link kopieren",
                     "link zum kopieren", "url zum kopieren", "url kopieren", "copier le lien", "copiar enlace",
                     "copiar link", "copia link", "like", "gefällt mir", "j'aime", "j’aime", "me gusta", "curtir",
                     "mi piace", "like loading", "like loading…", "gefällt mir wird geladen", "gefällt mir wird geladen …",
                     "gefällt mir wird geladen…", "j’aime chargement…", "j'aime chargement", "me gusta cargando…",
                     "me gusta cargando", "curtir carregando…", "curtir carregando", "mi piace caricamento…",
                     "mi piace caricamento"),
    "page-chrome": ("from wikipedia, the free encyclopedia", "click to expand", "watch now", "open this photo in gallery",
                    # the label over the story's topics, to read all on each and follow it
                    "leia tudo sobre o tema e siga", "leia tudo sobre o tema",
                    # a mobile page's link to the site as a computer shows it, and back, in the six languages
                    "version complète du site", "version complète", "version classique du site", "version mobile",
                    "view full site", "full site", "full version", "desktop version", "view desktop version",
                    "mobile version", "desktop-version", "zur desktop-version", "vollständige version", "mobile ansicht",
                    "versión completa", "versión completa del sitio", "versión de escritorio", "versión móvil",
                    "versão completa", "versão completa do site", "versão desktop", "versão móvel", "versione completa",
                    "versione completa del sito", "versione desktop", "versione mobile",
                    # the buttons that size the text, in the six languages
                    "text size", "font size", "textgröße", "schriftgröße", "taille du texte", "taille de police",
                    "taille de la police", "tamaño de letra", "tamaño del texto", "tamanho da fonte", "tamanho do texto",
                    "dimensione del testo", "dimensione del carattere",
                    "tamaño del texto", "tamaño de letra", "tamanho do texto", "tamanho da letra", "dimensione del testo",
                    # (a newspaper's links at the page's top: its print edition, its jobs board, its editions, its TV)
                    "print subscriptions", "search jobs", "us edition", "uk edition", "international edition",
                    "europe edition", "australia edition", "live tv",
                    # (a broadcaster's button to its live stream, in the six languages)
                    "listen live", "live ansehen", "live hören", "regarder en direct", "écouter en direct",
                    "ver en vivo", "ver señal en vivo", "ver en directo", "escuchar en vivo", "escuchar en directo",
                    "assista ao vivo", "assistir ao vivo", "ouvir ao vivo", "guarda la diretta", "ascolta la diretta",
                    # (and its label for what is on air, over the programme's name)
                    "on air now", "on air", "now on air", "jetzt on air", "jetzt im radio", "à l'antenne",
                    "en ce moment à l'antenne", "al aire", "en el aire", "ahora al aire", "no ar", "agora no ar",
                    "in onda", "ora in onda", "adesso in onda",
                    # (the button that joins the site's messaging group, under its promotion)
                    "join the group", "join group", "entrar no grupo", "entre no grupo", "participar do grupo",
                    "únete al grupo", "unirse al grupo", "rejoindre le groupe", "rejoignez le groupe", "entra nel gruppo",
                    "unisciti al gruppo", "gruppe beitreten", "der gruppe beitreten",
                    "show more show less",  # (a caption's button, its two labels glued)
                    "more information", "más información", "mehr informationen", "plus d'informations", "mais informações",
                    "per saperne di più",
                    "you have no pending notifications", "you have no notifications", "no new notifications",
                    "jump to search", "jump to content", "jump to main content",
                    "jump to: navigation, search", "wechseln zu: navigation, suche", "aller à : navigation, rechercher",
                    "aller à la navigation", "saltar a: navegación, búsqueda", "ir para: navegação, pesquisa",
                    "vai a: navigazione, ricerca", "skip to the content", "skip to the main content", "skip to main",
                    # a menu's button, in the six languages
                    "open navigation", "close navigation", "navigation öffnen", "navigation schließen", "menü öffnen",
                    "menü schließen", "ouvrir le menu", "fermer le menu", "abrir menú", "cerrar menú", "abrir menu",
                    "fechar menu", "apri menu", "chiudi menu", "skip to main content",
                    # a sign-in box's fields and notes, in the six languages
                    "navigation und service", "navigation and service", "e-paper", "epaper", "profil", "profile", "my profile", "mein profil", "login/register",
                    "login / register", "username", "your username", "user name", "password", "your password", "forgot your password?",
                    "benutzername", "ihr benutzername", "passwort", "ihr passwort", "passwort vergessen?",
                    "melden sie sich an", "herzlich willkommen! melden sie sich an", "nom d'utilisateur", "mot de passe",
                    "mot de passe oublié ?", "nombre de usuario", "contraseña", "¿olvidaste tu contraseña?",
                    "nome de usuário", "senha", "esqueceu sua senha?", "nome utente", "password dimenticata?",
                    "a password will be e-mailed to you", "ein passwort wird ihnen per e-mail zugeschickt",
                    "remember me", "erinnere mich", "angemeldet bleiben", "se souvenir de moi", "recordarme",
                    "lembrar de mim", "ricordami", "springe direkt zu", "direkt zu", "jump to", "skip to", "a-z", "skip to content", "skip to navigation", "skip to site index",
                    # (the link that skips to the menus, in the other languages)
                    "saltar a la navegación", "ir a la navegación", "pular para a navegação", "ir para a navegação",
                    "salta alla navigazione", "vai alla navigazione", "zur navigation", "direkt zur navigation",
                    "jump to navigation", "skip navigation", "aller au contenu", "aller au contenu principal",
                    "zum inhalt springen", "direkt zum inhalt", "springe zum inhalt", "saltar al contenido",
                    "ir al contenido", "ir para o conteúdo", "pular para o conteúdo", "vai al contenuto",
                    "comment on this story", "comment on this article", "thank you for subscribing", "thanks for subscribing",
                    # a sign-up form's own lines: its offer of more, its button, its error, in the six languages
                    "we have more newsletters", "show me", "something went wrong, please try again later",
                    "something went wrong, please try again", "etwas ist schiefgelaufen", "ein fehler ist aufgetreten",
                    "une erreur s'est produite", "une erreur est survenue", "algo salió mal", "se ha producido un error",
                    "algo deu errado", "ocorreu um erro", "qualcosa è andato storto", "si è verificato un errore", "license photo", "buy photo", "buy this photo", "purchase photo", "order reprint", "order a reprint",
                    "salta al contenuto", "saltar al contenido principal", "ir al contenido principal",
                    "pular para o conteúdo principal", "ir para o conteúdo principal", "vai al contenuto principale",
                    "salta al contenuto principale", "back to top of page", "top of page", "voltar ao topo",
                    "voltar ao topo da página", "volver arriba", "ir arriba", "retour en haut", "retour en haut de la page",
                    "nach oben", "zurück nach oben", "torna su", "torna all'inizio", "skip to footer", "skip to search", "skip to menu", "ir para o menu",
                    "ir para o rodapé", "ir para a busca", "aller au menu", "aller à la recherche", "aller au pied de page",
                    "zum hauptmenü springen", "zur navigation springen", "zur suche springen", "saltar al menú",
                    # (the link that skips to the footer, in the other languages)
                    "vai al footer", "vai al piè di pagina", "salta al footer", "zum footer springen", "zum fußbereich springen",
                    "ir al pie de página", "saltar al pie de página", "ir al footer", "ir para o footer", "aller au footer",
                    # (the buttons that size the text, "A- A A+")
                    "a- a a+", "a+ a-", "a- a+ a", "a a+",
                    "ir al menú", "vai al menu", "zum hauptinhalt springen", "sie befinden sich hier", "vous êtes ici",
                    "usted está aquí", "está aquí", "você está aqui", "sei qui", "ti trovi qui", "menu", "search", "subscribe", "sign in", "log in",
                    "login", "register", "sign up", "you are here", "close", "toggle navigation", "updated",
                    "back to top", "loading", "loading...", "enlarge", "image", "photo", "video", "audio", "topics",
                    # a site's links to how it works, printed with a story
                    "corrections policy", "ethics policy", "editorial standards", "why you can trust us",
                    "fact checked", "fact-checked", "continue reading", "listen", "listen to this article", "sort by",
                    # (the player's button that reads the story out, in the other languages)
                    "ouvir este artigo", "ouvir artigo", "ouvir esta notícia", "ouvir a notícia", "escuchar este artículo",
                    "escuchar artículo", "ascolta questo articolo", "ascolta articolo", "diesen artikel anhören",
                    # (the label over the story's text, under its summary box)
                    "full story", "the full story",
                    "main menu", "open menu", "close menu", "accessibility", "home", "next", "previous",
                    # (the accessible versions a public body's site links to, and the French state's motto over its logo)
                    "leichte sprache", "einfache sprache", "gebärdensprache", "easy read", "facile à lire", "falc",
                    "lectura fácil", "leitura fácil", "lingua dei segni", "liberté égalité fraternité",
                    "liberté, égalité, fraternité",
                    "show more", "load more", "sections", "top stories", "get the app", "download the app",
                    "video loading", "video unavailable", "click to play", "tap to play", "play now", "play video",
                    "normal text size", "larger text size", "very large text size",
                    "baixe o app", "baixe o aplicativo", "descarga la app", "ouvrir dans l'application", "app herunterladen",
                    "scarica l'app", "breaking news alerts", "add to favourites", "a a a", "a- a+", "a a",
                    # a site's footer and account links, and its menus' words in other languages
                    "contact", "contact us", "about us", "über uns", "à propos de nous", "qui sommes-nous",
                    "about the blog", "about this blog", "über das blog", "über diesen blog", "à propos", "à propos du blog",
                    "sobre el blog", "sobre o blog", "sobre nosotros", "sobre nós", "il blog",
                    "qui sommes-nous ?", "sobre nosotros", "quiénes somos", "sobre nós", "quem somos", "chi siamo",
                    "terms of service", "terms of use", "terms and conditions",
                    "privacy policy", "privacy", "dmca", "customer care", "customer service", "kontakt", "impressum",
                    # the site's note on how it serves readers with disabilities, in the six languages
                    "accessibility statement", "accessibility", "help using this website", "erklärung zur barrierefreiheit",
                    "barrierefreiheit", "déclaration d'accessibilité", "accessibilité", "declaración de accesibilidad",
                    "accesibilidad", "declaração de acessibilidade", "acessibilidade", "dichiarazione di accessibilità",
                    "accessibilità",
                    "datenschutz", "datenschutzerklärung", "agb", "nutzungsbedingungen", "mentions légales",
                    "politique de confidentialité", "aviso legal", "política de privacidad", "termos de uso",
                    "política de privacidade", "note legali",
                    # (a Portuguese paper's editorial statute; its "Ficha técnica", the staff's list, names a match's
                    # or a film's facts box too)
                    "estatuto editorial", "anmelden", "abmelden", "registrieren", "einloggen",
                    "benutzerkonto erstellen", "se connecter", "connexion", "s'inscrire", "iniciar sesión", "registrarse",
                    "entrar", "accedi", "registrati", "suche", "rechercher", "recherche", "buscar", "búsqueda",
                    "pesquisar", "cerca", "startseite", "accueil", "inicio", "início", "zurück", "retour", "volver",
                    "voltar", "torna", "mehr", "weiterlesen", "lire la suite", "leer más", "seguir leyendo", "leia mais",
                    "continua a leggere", "werkzeuge", "navigation", "hauptmenü", "menü", "menu principal", "menú", "abo",
                    "abonnieren", "s'abonner", "abonnez-vous", "je m'abonne", "je m'inscris", "je me connecte", "suscríbete", "suscribirse", "assine", "assinar",
                    "abbonati", "enable javascript", "text size", "font size", "breaking news", "audio", "photo gallery",
                    # (a photo gallery's label in the other languages)
                    "fotogalerie", "bildergalerie", "galerie photos", "galerie photo", "galería de fotos",
                    "galería fotográfica", "fotogalería", "galeria de fotos", "galeria fotográfica", "fotogaleria",
                    "galleria fotografica", "fotogallery", "galleria foto",
                    "already a subscriber? log in", "already a subscriber? sign in", "already have an account? log in",
                    "already have an account? sign in", "subscribe to continue reading", "subscribe to read",
                    "get the latest news", "partilhe", "partilhe:", "compartilhe:", "partilhar:", "get emails about this page", "get email alerts", "get updates about this page", "ir a los comentarios", "ir para os comentários", "aller aux commentaires",
                    "zu den kommentaren", "vai ai commenti", "go to comments", "jump to comments", "open in app", "open in the app", "in der app öffnen", "in app öffnen",
                    "open app", "open the app", "app öffnen", "ouvrir l'app", "ouvrir l'application", "abrir app", "abrir la app",
                    "abrir o app", "apri l'app", "apri app",
                    "ouvrir dans l'application", "ouvrir dans l’application", "ouvrir dans l'app", "ouvrir dans l’app",
                    "abrir en la app", "abrir en la aplicación", "abrir no app", "abrir no aplicativo", "apri nell'app",
                    "apri nell’app", "report an error", "submit a correction", "contact the author",
                    "privacy notice", "do not sell my personal information", "do not sell or share my personal information",
                    "cookie preferences", "site map", "sitemap", "plan du site", "mapa del sitio", "mapa do site",
                    "mappa del sito", "careers", "advertise", "advertise with us", "rss", "about",
                    "help", "faq", "corrections", "newsletters", "podcasts", "e-edition", "enewspaper", "manage account",
                    # a newspaper's controls and links: the app, the site's index, a gift link, reuse rights
                    "read in app", "site index", "send any friend a story", "reuse this content", "opens in a new window",
                    "opens in new window", "supported by",
                    # a link to the story in another language
                    "leer en español", "read in english", "lire en français", "ler em português", "leggi in italiano",
                    "auf deutsch lesen", "english version", "versión en español", "version française", "deutsche version",
                    # the day's paper as printed, in the six languages
                    "today's paper", "todays paper", "today’s paper", "print edition", "digital edition", "digital replica",
                    "le journal du jour", "journal du jour", "l'édition du jour", "édition numérique", "journal numérique",
                    "heutige ausgabe", "zeitung von heute", "digitale ausgabe", "edición impresa", "edición digital",
                    "el periódico de hoy", "edição impressa", "edição digital", "jornal de hoje", "edizione digitale",
                    "il giornale di oggi", "edicola digitale",
                    "my account", "your account", "account", "classifieds", "sign out", "log out", "subscribe now", "subscribe today", "start your free trial",
                    "sign up for free", "sign up free", "register for free", "create a free account", "kostenlos anmelden",
                    "subscribe or log in", "subscribe or sign in", "assine ou faça login", "assine ou entre",
                    # what a page prints while a part loads, in the six languages (its stops read past: "Loading...")
                    "loading", "loading…", "carregando", "carregando…", "cargando", "cargando…", "chargement",
                    "chargement…", "wird geladen", "wird geladen…", "caricamento", "caricamento…", "caricamento in corso",
                    "abonnez-vous ou connectez-vous", "suscríbete o inicia sesión", "abbonati o accedi", "abonnieren oder anmelden",
                    "inscrivez-vous gratuitement", "s'inscrire gratuitement", "regístrate gratis", "cadastre-se grátis",
                    "registrati gratis", "iscriviti gratis",
                    "have a tip?", "send us a tip",
                    # (the button to send the newsroom a story, in the other languages)
                    "segnala una notizia", "envoyez-nous une info", "envoyer une info", "schicken sie uns ihre news",
                    "envíanos tu noticia", "envie sua notícia", "report a story", "forgotten your password?", "forgot your password?",
                    "forgot password?", "passwort vergessen?", "mot de passe oublié ?", "mot de passe oublié?",
                    "¿olvidaste tu contraseña?", "esqueceu a senha?", "esqueceu sua senha?", "password dimenticata?",
                    # ... and in the other languages read: reading aloud, learning more, subscribing, signing in
                    "artikel vorlesen", "vorlesen", "anhören", "artikel anhören", "écouter l'article", "écouter cet article",
                    "escuchar noticia", "escuchar artículo", "escuchar nota", "escuchar la nota", "ouvir matéria", "ouvir notícia", "ouça a notícia", "ascolta l'articolo",
                    "mehr erfahren", "mehr lesen", "en savoir plus", "ver más", "saiba mais", "saber mais", "learn more", "scopri di più",
                    "mehr infos", "mehr info", "more info", "plus d'infos", "plus d'info", "más info", "mais informações",
                    "maggiori informazioni", "più info",
                    "jetzt abonnieren", "kostenlos registrieren", "kostenlos registrieren und weiterlesen",
                    # (the call to subscribe, in the other languages: "Faça já a sua assinatura", "Abbonati ora")
                    "faça já a sua assinatura", "faça a sua assinatura", "assine agora", "suscríbete ya",
                    "suscríbete ahora", "abonnez-vous dès maintenant", "abonnez-vous maintenant", "abbonati subito",
                    "werbefrei lesen mit pur",
                    "schon registriert? hier einloggen", "déjà abonné ? se connecter", "déjà abonné? se connecter",
                    "article réservé aux abonnés", "réservé aux abonnés", "exclusivo para suscriptores",
                    "exclusivo para assinantes", "riservato agli abbonati", "externer inhalt",
                    "zum vergrößern auf das bild klicken", "bild vergrößern", "aufrufe", "kommentare insgesamt",
                    # a picture's button to enlarge it, in the other languages ("Click to enlarge", "Cliquez pour agrandir")
                    "click to enlarge", "tap to enlarge", "zum vergrößern klicken", "cliquez pour agrandir",
                    "cliquer pour agrandir", "haz clic para ampliar", "pulsa para ampliar", "clique para ampliar",
                    "clicca per ingrandire", "(click to enlarge)", "(zum vergrößern klicken)",
                    # the links to the previous and next post, in German
                    "vorheriges", "nächstes",
                    # a link back to the site's front page, in the six languages
                    "zur startseite", "zurück zur startseite", "back to home", "back to homepage", "back to the homepage",
                    "retour à l'accueil", "retour à la page d'accueil", "volver a la portada", "volver al inicio",
                    "voltar para a página inicial", "voltar à página inicial", "torna alla home", "torna alla homepage",
                    # a link back to the list the story came from, and the label of a blog's tags, categories and
                    # archives printed on lines of their own
                    "back to overview", "back to list", "back to the list", "zurück zur übersicht", "zurück zur liste",
                    "retour à la liste", "volver al listado", "volver a la lista", "voltar para a lista",
                    "torna all'elenco", "tags", "schlagwörter", "schlagworte", "stichwörter", "étiquettes", "mots-clés",
                    "tags / keywords", "keywords", "tags & keywords", "palabras clave", "palavras-chave", "parole chiave",
                    "etiquetas", "categories", "kategorien", "catégories", "categorías", "categorias", "categorie",
                    "archives", "archiv", "archive", "archivos", "arquivos", "archivio", "blogroll", "meta",
                    # (the topics' label, and the reading time's, alone: their values stand on the next line)
                    "argomenti", "reading time", "read time", "lesezeit", "temps de lecture",
                    "tiempo de lectura", "tempo de leitura", "tempo di lettura"),
    "search-widget": ("no result", "no results", "view all result", "view all results", "enter your keywords",
                      "enter keywords", "search for", "suchbegriff eingeben", "suchbegriff", "rechercher sur le site",
                      "buscar en el sitio", "pesquisar no site", "cerca nel sito"),
    "live-blog-chrome": ("live updates", "live", "pinned", "pinned post", "key events", "show key events only",
                         "key events only", "latest updates", "live reporting"),
    "share-counter": ("shares", "views", "comments", "likes", "kommentare", "commentaires", "comentarios", "comentários",
                      "commenti", "postings", "posting"),
    # A prompt to comment, or a note that there are no comments: not the comment section itself.
    "comment-prompt": ("write a comment", "post a comment", "add a comment", "add comment", "no comments",
                       "no comments yet", "be the first to comment", "comments closed", "kommentar verfassen",
                       "kommentar schreiben", "schreibe einen kommentar", "kommentieren", "kommentar hinzufügen",
                       "kommentare geschlossen", "bisher keine kommentare", "noch keine kommentare",
                       "derzeit noch keine kommentare", "keine kommentare", "laisser un commentaire",
                       "ajouter un commentaire", "écrire un commentaire", "réagir", "vos réactions", "aucun commentaire",
                       "deja un comentario", "dejar un comentario", "escribe un comentario", "sin comentarios",
                       "deixe um comentário", "deixe seu comentário", "sem comentários", "lascia un commento",
                       "scrivi un commento", "nessun commento", "leave a reply", "cancel reply", "hinterlasse einen kommentar",
                       "antworten abbrechen", "antwort abbrechen", "annuler la réponse", "cancelar respuesta",
                       "cancelar resposta", "annulla risposta", "deixe uma resposta", "deja una respuesta",
                       "join our commenting forum", "join the conversation below", "ver comentarios", "ver comentários",
                       "voir les commentaires", "kommentare anzeigen", "vedi commenti", "view comments", "report a typo",
                       "report an error", "signaler une erreur", "fehler melden", "reportar un error",
                       "kommentar erstellen", "kommentar abgeben", "comments feed", "kommentarfeed", "trackback",
                       "trackback-url", "trackback url", "entries rss", "comments rss",
                       # "Leave a Reply" in the formal and familiar forms, and a prompt to rate the story
                       "hinterlassen sie eine antwort", "hinterlasse eine antwort", "laisser une réponse",
                       "dejar una respuesta", "lascia una risposta", "rate this article", "rate this post", "rate this",
                       "artikel bewerten", "beitrag bewerten", "bewerten sie diesen artikel",
                       "hier können sie den artikel bewerten", "évaluer cet article", "noter cet article",
                       "valora este artículo", "califica este artículo", "avalie este artigo", "vota questo articolo",
                       "valuta questo articolo"),
    "cookie-prompt": ("accept", "accept all", "reject all", "manage cookies", "cookie settings", "i agree",
                      # (a consent dialog's one-word buttons, in the six languages)
                      "agree", "akzeptieren", "zustimmen", "accepter", "j'accepte", "aceptar", "acepto", "aceitar",
                      "aceito", "accetta", "accetto", "cookie-einstellungen", "cookie einstellungen", "cookie preferences",
                      # (and its buttons to refuse or to choose)
                      "reject", "decline", "refuser", "ablehnen", "rechazar", "rejeitar", "recusar", "rifiuta", "rifiutare",
                      "einstellungen", "préférences", "preferencias", "preferências", "preferenze", "gerir preferências",
                      "gestionar preferencias", "configurar", "personalizar", "personalizza", "paramètres", "impostazioni",
                      "yes, i agree", "no, take me to settings", "take me to settings", "let us know you agree to cookies",
                      # a consent dialog's title and buttons, in the six languages
                      "we value your privacy", "we care about your privacy", "your privacy choices", "privacy settings",
                      "valoramos tu privacidad", "valoramos su privacidad", "valorizamos a sua privacidade",
                      "valorizamos sua privacidade", "respeitamos a sua privacidade", "ci teniamo alla tua privacy",
                      "votre vie privée nous importe", "your consent", "il tuo consenso", "ihre zustimmung",
                      "ihre einwilligung", "votre consentement", "tu consentimiento", "su consentimiento",
                      "o seu consentimento", "o teu consentimento",
                      "manage options", "more options", "manage preferences", "manage settings", "do not consent",
                      "disagree", "i disagree", "show purposes", "mostrar propósitos", "não aceito", "no acepto",
                      "je refuse", "non accetto", "nicht akzeptieren", "más opciones", "mais opções", "plus d'options",
                      "weitere optionen", "altre opzioni",
                      "gérer les options", "optionen verwalten", "gestionar opciones", "gerir opções",
                      "i accept", "i do not accept", "allow all", "allow all cookies",  # (not "Consent" alone: a subhead)
                      "decline all", "only necessary", "necessary only", "accept cookies", "accept and continue",
                      "reject non-essential cookies", "continue without accepting", "alle akzeptieren", "alle ablehnen",
                      "akzeptieren und weiter", "akzeptieren & weiter", "zustimmen und weiter", "zustimmen & weiter",
                      "accept & continue", "agree and continue", "agree & continue", "accepter et continuer",
                      "accepter & continuer", "einstellungen verwalten", "einstellungen ändern",
                      "datenschutzeinstellungen ändern", "change settings", "modifier les paramètres",
                      "cambiar la configuración", "alterar configurações", "modifica impostazioni", "tout accepter", "tout refuser",
                      "continuer sans accepter", "paramétrer les cookies", "aceptar todo", "rechazar todo",
                      "aceptar y continuar", "aceitar tudo", "rejeitar tudo", "aceitar e continuar", "accetta tutto",
                      "rifiuta tutto", "accetta e continua", "gestisci opzioni", "scopri di più e personalizza",
                      "en savoir plus et personnaliser", "más información y personalizar", "saiba mais e personalize",
                      "mehr erfahren und anpassen", "we need your consent", "wir brauchen ihre zustimmung",
                      "nous avons besoin de votre consentement", "necesitamos tu consentimiento",
                      "necesitamos su consentimiento", "precisamos do seu consentimento", "abbiamo bisogno del tuo consenso",
                      # and a dialog's ways to close it
                      "no thanks", "no, thanks", "not now", "maybe later", "dismiss", "got it"),
    # The page thanks its reader for reading, in the six languages.
    "appeal": ("donate", "donate now", "spenden", "jetzt spenden", "faire un don", "donar", "dona ahora", "doar",
               "doe agora", "dona ora", "thanks for reading", "thank you for reading", "danke fürs lesen", "danke für ihr interesse",
               "merci de nous lire", "merci pour votre lecture", "gracias por leer", "gracias por leernos",
               "obrigado por ler", "obrigado pela leitura", "grazie per aver letto", "grazie per la lettura"),
}
_EXACT_REASON = {phrase: reason for reason, phrases in _EXACT.items() for phrase in phrases}

_LONGEST_PHRASE = max(map(len, _EXACT_REASON))
_SORTED_PHRASES = sorted(_EXACT_REASON)
_CUT_PHRASE_CHARACTERS = 12  # at least, in the start of a phrase the capture's end cut off (shorter, too many begin so)


# The opening of a syndicated story's note that the site did not edit it, which the capture's end may cut off (its
# whole text is read as a syndicated note, below).
_CUT_SYNDICATED_NOTE = lazy_compile(r"\(?(?:this (?:story|article|report|copy) has not been edited by"
                                    r"|only the headline(?: and picture)? of\b"
                                    r"|this (?:story|article|report) is auto-?generated from)")


def cut_phrase_reason(text: str) -> Optional[str]:
    """Why ``text``, the capture's last line, cut off by its end, is page chrome: it begins one of the page's own
    phrases ("Das könnte Sie auch intere", cut from "Das könnte Sie auch interessieren"), or None."""
    lowered = text.lower()
    if lowered[:1] in "(ot" and _CUT_SYNDICATED_NOTE.match(lowered) is not None:
        return "editor-note"  # "(This story has not been edited by Malabar Mail staff and is auto-": the feed's note
    if len(lowered) < _CUT_PHRASE_CHARACTERS or len(lowered) >= _LONGEST_PHRASE:
        return None
    at = bisect.bisect_left(_SORTED_PHRASES, lowered)
    if at < len(_SORTED_PHRASES) and _SORTED_PHRASES[at].startswith(lowered):
        return _EXACT_REASON[_SORTED_PHRASES[at]]
    return None
# Widgets printed side by side on one line ("Newer Post Older Post Home", "Print Share Email"): a short line
# made only of the phrases above, two or more of them.
_RUN_MAX_WORDS = 10
_PHRASE_WORDS = max(len(phrase.split()) for phrase in _EXACT_REASON)
_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _EXACT_REASON)
_RUN_SEPARATORS = frozenset("| / · • – — -".split())  # what some pages print between widgets
_GLUED_LINKS = lazy_compile(r"(?<=[a-z])(?=[A-Z])")

# A price, and a time, as a subscription's offer names them ("$1", "99¢", "1 €", "R$ 1,90"; "12 weeks", "3 Monate").
_PRICE = r"(?:R?\$\s?\d{1,4}(?:[.,]\d{1,2})?|[€£₡]\s?\d{1,4}(?:[.,]\d{1,2})?|\d{1,4}(?:[.,]\d{1,2})?\s?(?:¢|€|£|\$|euros?|cents?|dollars?))"
_PRICE_MARKS = "$|€|£|¢|euro|euros|cent|cents|dollar|dollars"  # (the keys of a line that may name a price)
_PERIOD = (r"(?:days?|weeks?|months?|years?|tage?n?|wochen?|monate?n?|jahre?s?|jours?|semaines?|mois|ans?|années?|días?|semanas?"
           r"|mes(?:es)?|años?|dias?|mês|anos?|giorni|settimane?|mesi|mese|anni|anno)")

# Whole-line shapes, tried in this order.
_SHAPES: list[tuple[str, str, int]] = [
    ("share-counter", r"(?!\d{1,2}\.\d{1,2}\.\d{2,4}$)\d[\d.,]*\s*[km]?(?:\s+(?:shares?|views?|comments?|likes?))?"  # (not "03.03.2024")
                      r"|(?:\w+\s+)?(?:comments?|kommentare?|commentaires?|réactions?|comentarios?|commenti|coment[aá]rios?"
                      # ("Réagir (12)": the button that opens them, its count after it)
                      r"|réagir|kommentieren|comentar|commenta|commentez|comment)"
                      # ("Kommentare lesen (27 Beiträge)", "Read comments (27)": the link to read them, its count after it)
                      r"(?:\s+(?:lesen|anzeigen|ansehen|lire|voir|leer|ver|ler|leggi|read|view|show))?"
                      r"\s*(?:\(\d+(?:\s+\w+)?\)|[·•|]\s*\d+)"
                      # "This story has been shared 12,345 times", in the six languages
                      r"|(?:this (?:story|article|post) has been shared|(?:dieser )?(?:artikel|beitrag) wurde"
                      r"|cet article a été partagé|este (?:artículo|artigo) (?:ha sido|foi) (?:compartid[oa]|compartilhad[oa])"
                      r"|questo articolo è stato condiviso)\s+[\d.,]+(?:\s*-?\s*(?:times|mal|fois|veces|vezes|volte))?(?:\s+geteilt)?\.?",
     re.I),
    # "9:50 a.m. ET", "Updated 10:15 a.m. ET": a live blog's post time, or a stamp with only a time.
    # (a time after its word in the other languages: "ore 12:48", "um 13:26 Uhr", "à 12h48", "a las 10:15")
    ("live-blog-chrome", r"(?:(?:updated|posted|published|ore|um|à|às|a las|alle)\s*:?\s*(?:at\s+)?)?\d{1,2}[:.h]\d{2}\s*"
                         r"(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?"
                         # "Update vom 4. Juni, 13:26 Uhr:": a live ticker's post, its day and time
                         r"|(?:update|aktualisierung|mise à jour|actualización|atualização|aggiornamento)\s+(?:vom|von|du|del|de|das"
                         r"|delle)\s+[^,:]{3,25},?\s*(?:um\s+|à\s+|alle\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?\s*:?"
                         r"|\d+\s+(?:posts?|updates?)|(?:(?:updated|posted|published)\s*:?\s*)?"
                         r"\d+\s*(?:s|m|h|d|w|sec|secs|min|mins|minutes?|hr|hrs|hours?|days?|weeks?|months?|years?)\s+ago"
                         # ... and in the other languages: "vor 3 Std.", "il y a 5 h", "hace 2 horas", "há 3 horas", "3 ore fa"
                         r"|vor \d+\s*(?:sek\.?|min\.?|minuten?|std\.?|stunden?|tag(?:en)?)"
                         r"|il y a \d+\s*(?:s|min|minutes?|h|heures?|jours?)|(?:hace|há) \d+\s*(?:min|minutos?|h|horas?|d[ií]as?)"
                         r"|\d+\s*(?:min|minuti|minuto|ora|ore|giorni|giorno) fa"
                         # "60. Min.", "78'", "45+2'", "80e", "Min. 56", "56º minuto", "Q4 02:14": a match ticker's minute
                         # (or a quarter's clock) over its entry, as a live blog prints its post's time
                         r"|min(?:\.\s*|uto\s+|ute\s+|\s+)\d{1,3}(?:\s*\+\s*\d{1,2})?"
                         r"|\d{1,3}(?:\s*\+\s*\d{1,2})?\s*(?:['’′]|\.\s*min\.?|(?-i:e|ème)(?: minute)?|º minuto)"
                         r"|q[1-4]\s+\d{1,2}:\d{2}", re.I),
    # "— Town Council (@towncouncil) March 3, 2024": who posted an embedded social-media post, and when.
    # (a handle with dots, as Bluesky's are: "(@gschwaetz.ch) 13. Mai 2025 um 09:02")
    ("media-embed", r"[—–-]\s*[^()]{1,60}\(@\w[\w.]{0,40}\)(?:\s+\S.{0,40})?"
                    # "1:42 Min.", "Video 1:42", "Dauer: 2:05": a video's or an audio's length under its player
                    r"|(?:(?:video|audio|dauer|durée|duración|duração|durata|length)\s*:?\s*)?\d{1,2}:\d{2}(?::\d{2})?"
                    r"(?:\s*(?:min|mins|minuten|minutes|minutos|minuti)\.?)?"
                    # "Audio: Die Einigung im Überblick (2:14 Min.)", "Video: Floods hit the coast (1:32)": the player's
                    # title under its medium's label, its length after it
                    r"|(?:audio|video|vídeo|vidéo|podcast)\s*:\s*[^()]{3,120}?\s*\(\s*(?:\d{1,2}:\d{2}(?::\d{2})?"
                    r"(?:\s*(?:min|mins|minuten|minutes|minutos|minuti)\.?)?|\d{1,3}\s*(?:min|mins|minuten|minutes|minutos"
                    r"|minuti)\.?)\s*\)", re.I),
    # "Sponsored by ...", "Presented by Valley Bank": who pays for a section, in the languages read.
    # "Breaking News: Storm warning for the valley tonight": a site's bar of breaking news, in the six languages (a
    # headline set so stays a candidate when the page prints no other)
    # (or of an alert, the weather's too: "WEATHER ALERT: Winter Storm Watch …", "Flash : …", "Unwetterwarnung: …")
    ("banner", r"(?:breaking(?: news)?|just in|eilmeldung|breaking news|dernière minute|alerte(?: info| météo)?|alerta"
               r"|alerta meteorológica|allerta(?: meteo)?|(?:weather|traffic|severe weather|storm|amber) alert|flash(?: info)?"
               r"|(?:un)?wetterwarnung|última hora|urgente|ultim['’]ora|ultima ora)\s*[:|]\s*\S.{0,150}"
               # (the latest stories' bar, its label and a colon: "ÚLTIMAS: Ponte é interditada …", "Latest: …"; a bar
               # after the word is a menu's first item, "Últimas | Cidades | …")
               r"|(?:últimas|lo último|latest|dernières infos|neueste)\s*:\s*\S.{0,150}"
               # (a live story's label and a bar before its title, "DIRECT | Incendie : suivez la situation …"; not a
               # menu's first item, "Live | Sport | Video")
               r"|(?:direct|en direct|live|en vivo|ao vivo|in diretta|live-ticker)\s*\|\s*(?=(?:\S+\s+){3})[^|]{10,150}", re.I),
    ("sponsor", r"(?:sponsor(?:ed)?(?: by)?|paid (?:post|partner|content))\s*:.*|sponsored by .*|sponsored|paid for by .{1,60}"
                r"|(?:presented by|gesponsert von|präsentiert von|patrocinado por|presentado por|sponsorisé par|présenté par"
                r"|sponsorizzato da|offerto da) [^.!?,]{1,60}", re.I),
    # "Compartir en Whatsapp", "Share on LinkedIn", "Auf Facebook teilen": one share button, in the languages read
    ("share-widget", r"(?:(?:click to )?share(?: this(?: story| article| post)?)?|compartir|partager|condividi|compartilh(?:ar|e)"
                     r"|partilh(?:ar|e)|(?:seite )?teilen)\s+(?:on|to|en|sur|su|no|auf|via|per)\s+"
                     r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|e-?mail|messenger|flipboard|tumblr"
                     r"|diaspora|mastodon|bluesky|threads|google\+|google plus|text message|sms|e-?mail)"
                     # "Click to email a link to a friend", "Click to print": a sharing row's other buttons
                     r"|click to (?:email a link to a friend|email|print)"
                     r"|(?:auf|per|via)\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|e-?mail)\s+teilen"
                     # "Mit Freunden teilen", "Share with friends": the sharing box's label, in the six languages
                     r"|share (?:it )?with (?:your )?friends|mit (?:deinen |ihren )?freunden teilen|teilen mit (?:deinen )?freunden"
                     r"|partager avec (?:vos |tes )?amis|condividi con (?:i tuoi )?amici|compartir con (?:tus )?amigos"
                     r"|compartilh(?:e|ar) com (?:seus |os )?amigos",
     re.I),
    ("comments", r"\(\d+\)\s+comments?|\d+\s+(?:comments?|commentaires?|kommentare?|comentarios?|commenti|coment[aá]rios?"
                 r"|postings?)"  # ("86 Postings": an Austrian paper's forum)
                 # "4 thoughts on “Library hours to be cut”", "One response to “…”": a blog's comments under their count
                 r"|(?:one|\d{1,4}) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) [“\"‘'].{1,200}[”\"’']"
                 r"|welcome to the discussion\.?|leave a (?:comment|reply)|join the (?:conversation|discussion)"
                 # (an obituary's guest book of condolences, in the six languages: "Guest Book", "Kondolenzbuch")
                 r"|(?:sign the )?guest ?book|kondolenzbuch|gästebuch|livre d['’]or|livre de condoléances"
                 r"|libro de (?:condolencias|visitas)|livro de (?:condolências|visitas)|libro delle condoglianze"
                 r"|comments are (?:now )?closed(?: (?:on|for) this (?:article|story|post))?\.?"
                 r"|(?:die )?kommentare (?:sind |wurden )?geschlossen\.?"
                 r"|les commentaires sont fermés(?: pour cet article)?\.?|les commentaires ont été désactivés\b.{0,60}"
                 r"|comments (?:have been|are) (?:disabled|turned off)\b.{0,60}"
                 # "Kommentarfunktion am 12.06.2024, 18:00 Uhr geschlossen.": the comments closed, and when
                 r"|(?:die )?kommentarfunktion (?:(?:ist|wurde) )?(?:am .{4,30}? )?(?:geschlossen|deaktiviert)\.?"
                 r"|(?:los )?comentarios (?:están )?cerrados\.?|(?:i )?commenti (?:sono )?chiusi\.?"
                 r"|(?:os )?comentários (?:deste artigo |desta (?:matéria|notícia) )?(?:estão )?fechados\.?(?: saiba porquê\.?)?"
                 # (however it goes on, or cut off by the capture's end: "Para comentar tem de ter ")
                 r"|para comentar,? (?:tem de|precisa|é preciso|é necessário)\b[^.!?]{0,40}\.?"
                 r"|you must be logged in to (?:post|leave) a comment\.?|log in to comment\.?|leave a (?:comment|reply)!"
                 # ... and in the other languages
                 r"|du musst (?:angemeldet|eingeloggt) sein, um einen kommentar (?:abzugeben|zu schreiben|zu veröffentlichen)\.?"
                 r"|sie müssen (?:angemeldet|eingeloggt) sein, um einen kommentar (?:abzugeben|zu schreiben|zu veröffentlichen)\.?"
                 r"|vous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire\.?"
                 r"|(?:debes|tienes que) (?:estar conectado|iniciar sesión) para (?:publicar|escribir|dejar) un comentario\.?"

                 r"|você precisa (?:fazer o login|estar conectado|entrar) para (?:publicar|postar|deixar) um comentário\.?"
                 r"|devi (?:essere connesso|effettuare il login|accedere) per (?:inviare|pubblicare|scrivere) un commento\.?", re.I),
    ("promo", r"stay with .{1,40} for (?:updates|more)\.?|click here .*|follow us on .*|download (?:the|our) (?:[\w.'’\-]+ ){0,3}app\b.*"
              r"|all this and more on today.s show!?"
              r"|subscribe to [^.!?]{1,40}|subscribe (?:to receive|for) [^.]{1,60}"
              # "For the latest news, weather, sports, and streaming video, head to ...", "Watch live coverage on ..."
              r"|for the latest news\b.{0,80}\bhead to .{1,60}|watch (?:live|the live stream|live coverage)\b.{0,40}", re.I),
    # "More on this story", "Latest news", "Most read stories": a label over a list of links to other stories.
    ("related-link", r"(?:more|other|latest|related|further|top|popular|recommended|trending|most (?:read|popular|viewed"
                     r"|shared))(?:\s+[\w-]+){0,3}\s+(?:stories|news|articles|reads|headlines|coverage|videos):?"
                     r"|(?:explore |see |find |read )?more (?:on|from|about) (?:this|the|our|these)\b(?:\s+[\w-]+){0,3}"
                     # "More from Jane Roe": the author's other stories
                     r"|(?-i:(?:Read more|More|Most [Rr]ead|Most [Pp]opular|Latest|Trending) (?:from|by|on) [A-Z][\w'’\-]*"
                     r"(?: [A-Z][\w'’\-]*){0,3}):?"
                     r"|(?:(?-i:More)|read more|related|see also|also read|read also|more on this|read next|recommended|(?:à )?lire aussi"
                     r"|go deeper|dig deeper"
                     # "Read more in the Chronicle:", "Lesen Sie mehr im Kurier:": where, on the site, more is to read
                     r"|read more (?:in|on|at) (?:the )?(?-i:[A-Z][\w'’\-]*)(?: (?-i:[A-Z][\w'’\-]*)){0,2}"
                     r"|lesen sie auch|mehr zum thema|leia também|veja também|leggi anche|lee también|lea también|ver también"
                     r"|leia mais|lea más|leer más|lire plus|mehr lesen|leggi di più"
                     # ... and the other labels over a link to another story, in the six languages
                     r"|auch interessant|siehe auch|mehr dazu|das könnte (?:sie|dich) auch interessieren|voir aussi"
                     r"|à voir aussi|(?:à )?lire également|(?:también )?(?:te|le|les) puede interesar|lee además|vea también|veja mais"
                     r"|vedi anche|potrebbe interessarti|you (?:may|might) also like|don['’]t miss|must read"
                     # the topics a site's bar lists: "Trending: Election results | Bridge vote"
                     r"|trending(?: now| topics)?|in the news|hot topics|tendencias|tendências|tendenze|tendances"
                     r"|im trend|trends)"
                     r"\s*[:|>»]\s*\S.{0,150}"
                     # ... or, in capitals, before a full stop: "LIRE AUSSI. Le conseil reporte le vote"
                     r"|(?-i:(?:À )?LIRE AUSSI|LESEN SIE AUCH|LEIA TAMBÉM|LEA TAMBIÉN|LEE TAMBIÉN|LEGGI ANCHE|READ MORE"
                     r"|READ ALSO|SEE ALSO|RELATED)\.\s+\S.{0,150}"
                     # ... or the next or the previous story's title, capitalised and without a stop: "Next: Windies women
                     # name squad for Ireland series" (not a step of a recipe, "Next: stir in the flour.")
                     r"|(?:up next|next story|next article|next|previous story|previous article|previous)\s*:\s*"
                     r"(?-i:[A-ZÀ-Þ])[^.!?]{5,150}", re.I),
    # A control of the page, not a title: "Listen to the article", "See more sharing options", "View gallery".
    ("page-control", r"(?:click|tap) (?:on )?(?:any|an|the|each) (?:image|photo|picture)s? to (?:view|see|open|enlarge)\b.{0,40}"
                    r"|(?:see|show|view|load|read|listen to|watch|play|open|close|hide|expand|print|copy|save|click"
                    r"|tap|skip to|jump to|go to|back to|toggle|enlarge)(?:\s+(?:the|this|all|more|full|our|\d+))*\s+"
                    r"(?:sharing\s+)?(?:options|article|story|comments?|video|audio|gallery|photos|images?|slideshow"
                    r"|podcast|transcript|link|player|menu|replies|thread|captions?)\b.{0,30}"
                    # ... a gallery's link in the other languages: "Voir la galerie (6 photos)", "Zur Bildergalerie"
                    r"|(?:(?:voir|ouvrir) (?:la |toute la )?galerie|zur (?:bilder|foto)?galerie|(?:bilder|foto)?galerie (?:ansehen|öffnen)"
                    r"|ver (?:la |a )?(?:galería|galeria)(?: de fotos| de imagens)?|(?:vedi|guarda|apri) la (?:gallery|galleria|fotogallery))"
                    r"(?:\s*\(\d{1,3} (?:photos|fotos|bilder|imágenes|imagens|foto|immagini)\))?"
                    # a gallery's counter: "Image 1 of 5", "Bild 2 von 8", "(1/5)", "1 / 12"
                    r"|(?:image|photo|picture|slide|bild|foto|imagen|image|immagine)\s+\d{1,3}\s+(?:of|von|de|sur|di)\s+\d{1,3}"
                    # how many pictures a gallery holds, alone: "18 foto", "12 photos", "14 Bilder"
                    r"|\d{1,3} (?:photos|pictures|images|fotos|foto|bilder|imágenes|imagens|immagini)"
                    # the player's prompt in the other languages: "Veja o vídeo acima", "Mira el vídeo", "Regardez la vidéo"
                    r"|(?:veja|assista(?: a)?|mira|vea|ver|regardez|regarder|voir|guarda|guardare|sehen sie(?: sich)?)"
                    r" (?:o |ao |el |la |il |das )?"
                    r"(?:vídeo|video|vidéo)(?: (?:acima|abaixo|arriba|abajo|ci-dessus|ci-dessous|sopra|sotto|oben|unten|an))?"
                    r"|video (?:ansehen|anschauen|abspielen)"
                    # a player's help: "Keyboard shortcuts for audio player"
                    r"|keyboard shortcuts for (?:the )?(?:audio|video|media) player"
                    # ... and what a web video player prints for screen readers: its state, its dialogs, its menus
                    r"|video player is loading\.?|this is a modal window\.?|end of dialog window\.?|close modal dialog"
                    r"|beginning of dialog window\.(?: escape will cancel and close the window\.)?"
                    r"|(?:captions|subtitles|descriptions|audio track) (?:settings, opens (?:captions|subtitles) settings dialog"
                    r"|off, selected)|(?:current time|remaining time|duration(?: time)?)\s*:?\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?"
                    r"|loaded:\s*\d{1,3}(?:\.\d+)?\s*%|stream type live|playback rate|now playing"
                    # (its state in the other languages: "Riproduzione in corso", "Wird abgespielt", "Lecture en cours")
                    r"|riproduzione in corso|wird abgespielt|lecture en cours|reproduciendo|reproduzindo|a reproduzir"
                    r"|\[?img\]?"  # (a text browser's mark where a picture stands: "[IMG]")
                    r"|(?:mp3|mp4|m4a|ogg)\s*\(\s*[\d′'″\":. ]{1,12}(?:min)?\s*\)"  # (an audio file's link: "MP3 ( 3′ 52″ )")
                    r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"  # (a player's time: "0:00 / 3:58")
                    r"|\(\d{1,3}\s*/\s*\d{1,3}\)|\d{1,3} / \d{1,3}|\d{1,3} (?:of|von|sur|de|di) \d{1,3}"
                    # an audio player's button with the story's length: "Listen · 5:32 min", "Artikel anhören • 6 Min"
                    r"|(?:listen|(?:artikel )?(?:anhören|vorlesen)|écouter(?: l['’]article| cet article)?|escuchar(?: el artículo"
                    r"| la noticia| noticia| artículo)?|ouvir(?: o artigo| a notícia| notícia)?|ascolta(?: l['’]articolo)?)"
                    r"\s*[·•|:-]?\s*(?:\d{1,2}:\d{2}(?:\s*min\.?)?|\d{1,3}\s*min(?:\.|uten|utes|utos|uti)?)|expand|collapse|enlarge"
                    # "Artikel drucken", "Imprimer l'article": the print button in the other languages
                    r"|(?:(?:artikel|beitrag|seite|rezept)\s+)?drucken|imprimer(?:\s+(?:l['’]article|la page|cet article))?"
                    r"|imprimir(?:\s+(?:artículo|noticia|página|matéria|notícia))?|stampa(?:\s+(?:articolo|pagina))?", re.I),
    # "abc/jr", "JR // ABC": the initials of who wrote a wire story and who edited it, under the story (also the wire's
    # name in capitals, then its editor's initials: "SDA/ras"; or the wire's name and its word for the end: "Lusa/Fim")
    ("desk-code", r"[a-z]{1,4}(?:/[a-z]{1,4}){1,3}|[A-Z]{1,4}(?:\s*//\s*[A-Z]{1,4}){1,3}|[A-Z]{2,5}/[a-z]{2,4}"
                  r"|(?:[A-Z][a-z]{2,9}|[A-Z]{2,6})\s?/\s?(?:Fim|Fin|End|FIM|FIN|END)", 0),
    # ("Google Preferred Source badge", "App Store icon": a badge's or an icon's picture, by its text)
    # ("Heard on Morning Edition": the radio programme a public broadcaster's story was heard on)
    # (a weather widget's place: "Cobalt Valley, OK (74127)")
    ("page-chrome", r"(?-i:[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}, [A-Z]{2} \(\d{5}\))|(?-i:(?:[A-ZÀ-Þ][\w'’&.\-]*\s+){1,5}(?:badge|icon))|(?:as )?heard on (?-i:[A-Z][\w'’&.\-]*(?: [A-Z][\w'’&.\-]*){0,4})|\d+\s*(?:min(?:ute)?s?|m)\s+read|(?:reading|read) time:?\s*\d+\s*min(?:ute)?s?"
                    # ... and in the other languages: "Temps de lecture : 3 min.", "Lesezeit: 3 Minuten"
                    r"|(?:temps de lecture|lesezeit|lesedauer|tiempo de lectura|tempo de leitura|tempo di lettura)\s*:?\s*"
                    r"(?:ca\.\s*)?\d+\s*(?:min(?:ute[sn]?|utos|uti)?\.?)"
                    # ... the minutes first: "3 minuti di lettura", "3 Minuten Lesezeit", "3 minutos de leitura"; the label
                    # alone: "Lectura: 3 min", "Lecture de 4 min"
                    r"|\d+\s*(?:min\.?|minutes?|minuten|minutos?|minuti)\s+(?:de lecture|lesezeit|de lectura|de leitura"
                    r"|di lettura)|(?:lecture|lectura|leitura|lettura)\s*(?::|de|di)?\s*\d+\s*(?:min(?:ute[sn]?|utos|uti)?\.?)"
                    # "Sign in to comment", "Log in to read the full story": the page asks for an account
                    r"|(?:sign|log)\s?in to .{1,100}"
                    # "Website Sign In", "Member Login", "Patient Portal Login": whose account the link opens
                    r"|(?:website|member|members|subscriber|subscribers|customer|account|user|staff|employee|patient"
                    r"|student|portal|patient portal|e-?paper) (?:sign[ -]?in|log[ -]?in)"

                    # "Don't have an account yet?", "Not a member yet?", "Forgot your password? Get help", in the six languages
                    r"|(?:(?:forgot|lost) (?:your )?password|passwort vergessen|mot de passe oublié|¿?olvidaste tu contraseña"
                    r"|esqueceu (?:sua |a )?senha|password dimenticata)\s*\??.{0,30}|not a member yet\s*\?|noch kein mitglied\s*\?"
                    r"|pas encore membre\s*\?|¿?(?:aún |todavía )?no eres miembro\s*\?|ainda não é membro\s*\?|non sei ancora membro\s*\?"
                    r"|(?:don['’]t|do not) have an account(?: yet)?\s*\??|(?:sie haben|du hast) noch kein(?:en)? (?:account|konto)\s*\??"
                    r"|(?:vous n['’]avez |tu n['’]as )?pas encore (?:de compte|inscrit)\s*\??|¿?(?:aún |todavía )?no tienes (?:una )?cuenta\s*\??"
                    r"|(?:ainda )?não tem (?:uma )?conta\s*\??|non hai (?:ancora )?un account\s*\??"
                    # a blog's line about the post, and its software: "This entry was posted in News", "Powered by ..."
                    r"|(?:this entry was posted|dieser eintrag wurde|diese seite wurde zuletzt|(?:proudly )?powered by)\b.{0,150}"
                    # "Blog at WordPress.com.", "Website powered by …": the blogging platform's footer
                    r"|(?:blog|website|site|create a (?:free )?website or blog) at [\w\-]+\.(?:com|org|net)\.?"
                    # a sign-up field's placeholder: "Type your email...", "Enter your email"
                    r"|(?:type|enter) your (?:e-?mail|email address)(?:\.{3}|…)?"
                    # (alone, and in the other languages: "Votre adresse e-mail", "Ihre E-Mail-Adresse", "Seu e-mail")
                    r"|your e-?mail(?: address)?|votre (?:adresse )?(?:e-?mail|courriel)|ihre e-?mail(?:-adresse)?"
                    r"|tu (?:correo(?: electrónico)?|e-?mail)|(?:o )?seu e-?mail|la tua (?:e-?mail|mail)|il tuo indirizzo e-?mail"
                    # how to use a chart or a map, in the six languages: "Tap a street for details", "Toque no mapa para
                    # ver os detalhes", "Passa il mouse sulla mappa", "Zum Vergrößern tippen" (the verb, then what it is
                    # done to or for, and the chart, the map or its details named: "Tap water" and "Toque de queda" head
                    # stories, and a how-to's steps say "Click the icon.")
                    r"|(?:tap|click|hover|toque|clique|passe o (?:mouse|rato)|pulsa|pulse|haz clic|toca|cliquez|appuyez"
                    r"|touchez|survolez|tocca|clicca|passa il mouse|fahren sie)"
                    r" (?:on|over|a|an|the|here|for|to|no|na|nos|nas|em|sobre|para|aqui|en|el|la|los|las|aquí|sur|ici|pour"
                    r"|le|les|su|sul|sulla|sui|sulle|per|qui|il|mit)\b"
                    r"(?=[^.!?:]{0,60}?(?:map|chart|graph|gráfico|grafico|grafik|karte|carte|detail|detal|dettagl|détail"
                    r"|enlarge|ampliar|ingrandi|agrandir|vergrößer|zoom))[^.!?:]{0,60}"
                    r"|(?:zum|für) [^.!?:]{1,40} (?:tippen|klicken|antippen|anklicken)"
                    # "Created with Datawrapper", "Erstellt mit Datawrapper": the charting service a chart was made with
                    r"|(?:created|made|built|erstellt|hecho|creado|feito|criado|réalisé|créé|creato|realizzato) (?:with|mit|con"
                    r"|com|avec) (?-i:[A-Z][\w.\-]*)"
                    # "Posted in Uncategorized", "Tagged bridge, council": the post's categories and tags
                    r"|(?:posted|filed) (?:in|under) [^.!?]{1,80}|tagged(?: with)?:? [^.!?]{1,120}"
                    # "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: ... | Rating: 0.0/0": a post's figures and labels, each
                    # after its own label, between bars
                    r"|(?:[^|:]{1,30}:\s*[^|:]{1,80}?\s*\|\s*){2,}[^|:]{1,30}:\s*[^|:]{1,80}"
                    # a label over the tags: "Tags:", "Etiquetas:", "Schlagwörter:"
                    # a scores ticker's match, the teams by their short codes: "ATS 2 x 1 UBR", "CRU 0-0 FLP", and how far
                    # it has gone: "HAL 3 - 2 IXT FINAL", "ATL 0 - 0 MAR 2T 71'"
                    r"|(?-i:[A-Z]{2,4}) \d{1,2} ?[x×:–-] ?\d{1,2} (?-i:[A-Z]{2,4})(?: [\w'’ ]{1,12})?"
                    r"|(?:tags|etiquetas|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|mots-clés|étiquettes|getaggt mit|temas"
                    r"|categorías|kategorien?)\s*:", re.I),
    # header only: an audio player's buttons above the story ("Download", "Embed", "Transcript", "4-Minute Listen"; in
    # the body "Transcript" may head one), also "Play" and "Pause", and the button that reads the story out in the other
    # languages ("Ouvir o texto", "Pausar", "Écouter", "Ascolta")
    ("page-control", r"download|embed|transcript|playlist|\d{1,2}-minute listen|play|pause|pausar(?: áudio| audio)?|pausa"
                     # ... and a station's button to its weather alerts, how many there are after it ("Weather Alerts 2")
                     r"|(?:weather alerts?|(?:un)?wetterwarnungen|alertes? météo|alertas? meteorológicas?|allerte? meteo)"
                     r"(?: \d{1,2}| \(\d{1,2}\))?"
                     r"|pausieren|ouvir(?: o)?(?: texto)?|écouter|escuchar|ascolta|anhören"
                     # ... and the buttons that size the text: "Diminuir fonte", "Increase font size", "Schrift vergrößern"
                     r"|(?:diminuir|aumentar|increase|decrease|reduce|vergrößern|verkleinern|réduire|diminuer|augmenter|disminuir"
                     r"|reducir|riduci|aumenta|diminuisci)(?: (?:a|la|le|il|the|text))? (?:fonte|font|schrift|police|letra"
                     r"|tamaño de (?:la )?letra|carattere|text|texte|testo)(?: size)?|(?:schrift|font|text) (?:vergrößern"
                     r"|verkleinern|größer|kleiner|larger|smaller)", re.I),
    ("breadcrumb", r"[Hh]ome(?:\s*[>/»›|]?\s*[A-Z][\w&-]*){1,3}|in [A-Z][\w&-]*(?: [A-Z][\w&-]*)?", 0),  # header only
]


# "... – Impressum – Powered by Nikola": the software named at the end of the site's footer, in the six languages
# (also page chrome). Apart from the shapes, and tried only on the lines that name it: its search for the dash before
# the name would cost more than all the shapes together on every short line.
_FOOTER_SOFTWARE = lazy_compile(
    r"(?:.{0,200}?\s[-–—|·•]\s)?(?:proudly\s+)?(?:powered by|betrieben mit|propulsé par|fièrement propulsé par"
    r"|desarrollado (?:por|con)|impulsado por|tecnologia do|desenvolvido (?:por|com)|realizzato con|gestito con)"
    r"\s+\S+(?:\s+\S+){0,2}", re.I)
_FOOTER_SOFTWARE_KEYS = ("powered by", "betrieben mit", "propulsé par", "desarrollado", "impulsado por", "tecnologia do",
                         "desenvolvido", "realizzato con", "gestito con")


# "Get 1 year for $1", "Sale: 12 weeks for 99¢", "Only $1 a week", "3 Monate für 1 €": a subscription offered at a
# price for a time, in the six languages (promotion). Tried apart from the shapes, on the lines that name a price.
_SUBSCRIPTION_OFFER = lazy_compile(
    # (the label after "now" too: "Jetzt abonnieren: 4 Wochen für 0,99 €")
    r"(?:(?:(?:jetzt|now|ahora|agora|maintenant|ora)\s+)?(?:sale|special offer|limited[- ]time offer|offer|angebot|aktion"
    r"|offre|promo|oferta|offerta|subscribe|abonnieren|abonnez-vous|suscríbete|assine|abbonati)\s*[:!|–—-]\s*)?"
    r"(?:(?:get|try|start|subscribe|join|now|just|only|today|jetzt|nur|testen|lesen|seulement|abonnez-vous|solo|sólo"
    r"|suscríbete|apenas|assine|abbonati|a|à|al|ao|for|für|pour|por|per)\s+){0,3}"
    r"(?:\d{1,3}\s+" + _PERIOD + r"\s+(?:for|at|für|um|pour|à|por|per|a)\s+(?:just\s+|only\s+|nur\s+|seulement\s+)?" + _PRICE
    + r"|" + _PRICE + r"\s+(?:for|für|pour|por|per)\s+(?:the\s+)?(?:first\s+)?(?:(?:\d{1,3}|one|two|three|six|twelve)\s+)?"
    + _PERIOD + r"|(?:just|only|nur|seulement|solo|sólo|apenas|for|für|pour|por|per|a)\s+" + _PRICE
    + r"\s*(?:a|per|/|pro|par|al|por|ao)\s*" + _PERIOD
    + r")(?:\s+[^\W\d_]+)?(?:\s+(?:and|und|et|y|e)\s+[^.!?]{1,60})?[!.]?(?:\s*[|–—-]\s*[^.!?]{1,40})?", re.I)
# (a verb may close it: "... testen"; and what the offer opens: "... und alle Plus-Artikel lesen")
_PRICE_KEYS = ("$", "€", "£", "¢", "euro", "cent", "dollar")


def _first_shape(shapes: list[tuple[str, str, int]]) -> re.Pattern[str]:
    """One pattern for all ``shapes``: a full match takes the first alternative that matches the whole
    line, as trying the shapes in turn would, and ``lastgroup`` names it (one call instead of eight)."""
    def group(reason: str, pattern: str, flags: int) -> str:
        name = reason.replace("-", "_")
        return f"(?P<{name}>(?i:{pattern}))" if flags & re.I else f"(?P<{name}>{pattern})"
    return lazy_compile("|".join(group(*shape) for shape in shapes))


_SHAPE = _first_shape(_SHAPES[:-2])
# The header's own shapes come last, so that trying them after the others takes the first shape that matches, as one
# pattern of them all would (compiled once rather than twice: the patterns take a while to compile).
_HEADER_ONLY_SHAPE = _first_shape(_SHAPES[-2:])


class _Keys(NamedTuple):
    """What a line holds if a pattern can match it: one of ``words`` (whole words), or of ``marks`` anywhere."""
    words: frozenset[str]
    marks: tuple[str, ...]

    @classmethod
    def of(cls, keys: str) -> "_Keys":
        """Keys written out in lower case, between bars: words (letters only), and marks (any other text)."""
        written = keys.split("|")
        return cls(frozenset(key for key in written if key.isalpha()), tuple(key for key in written if not key.isalpha()))

    def held(self, tokens: frozenset[str], lowered: str) -> bool:
        """Whether a line whose words are ``tokens`` and which reads ``lowered`` in lower case holds a key."""
        return not self.words.isdisjoint(tokens) or any(map(lowered.__contains__, self.marks))


# "View all posts by Jane Roe", "Alle Artikel von Jane Roe", "Tous ses articles": the link to the writer's other
# stories, in the six languages, by their name or "his"/"her" (alone, "Alle Artikel" is as often a menu's item; "Weitere
# Artikel von …" as often a shop's link to a brand's goods)
_WRITERS_STORIES = (
    r"(?:(?:view|see|read) )?all (?:posts|articles|stories) by (?-i:[A-ZÀ-Þ])[^.!?:]{2,40}"
    r"|(?:alle (?:artikel|beiträge) von|(?:voir )?tous les articles de|(?:ver )?todos los artículos de"
    r"|(?:ver )?todos os (?:artigos|textos) de|(?:leggi )?tutti gli articoli di|más artículos de|mais (?:artigos|textos) de"
    r"|altri articoli di|plus d['’]articles de) (?-i:[A-ZÀ-Þ])[^.!?:]{2,40}"
    r"|(?:voir )?tous ses articles|(?:ver )?todos sus artículos|(?:leggi )?tutti i suoi articoli")
# ... and alone, under the note on the writer
_ALL_STORIES = (r"all (?:posts|articles|stories)|alle (?:artikel|beiträge)|tous les articles|todos los artículos"
                r"|todos os (?:artigos|textos)|tutti gli articoli"
                # (a columnist's: "Ver más columnas", "More columns", "Mehr Kolumnen", "Plus de chroniques")
                r"|(?:ver |see |voir )?(?:más|more|mais|mehr|plus de|altre) (?:columnas|columns|colunas|kolumnen|chroniques"
                r"|rubriche)")
_WRITERS_STORIES_AT_END = lazy_compile(r"(?<=[.!?)] )(?:" + _WRITERS_STORIES + ")$", re.I)
_WRITERS_STORIES_OR_ALL = lazy_compile("(?:" + _WRITERS_STORIES + "|" + _ALL_STORIES + ")", re.I)


def writers_stories(text: str) -> bool:
    """Whether ``text`` is the link to the writer's other stories, their name in it or not ("Tutti gli articoli")."""
    return len(text) <= _LONGEST_WRITERS_STORIES and _WRITERS_STORIES_OR_ALL.fullmatch(text) is not None


def writers_stories_glued(text: str) -> bool:
    """Whether ``text`` ends with the link to the writer's other stories, glued after a sentence ("… (TELUQ). View
    all posts by Daniel Lemire")."""
    tail = text[-_LONGEST_WRITERS_STORIES - 2:]
    # (a word every form holds, looked for first: most paragraphs end with none of them)
    return (("rti" in tail or "post" in tail or "stor" in tail or "Beitr" in tail or "text" in tail)
            and _WRITERS_STORIES_AT_END.search(tail) is not None)


_LONGEST_WRITERS_STORIES = 70


# Commenting, and the reader's account it needs, in the other five languages (English's prompts are asked alone:
# "declined to comment" is a story's), the account's words as prompts say them ("anmelden", not "Anmeldung").
_COMMENTING = (r"(?:kommentier\w*|kommentar\w*|commenter|commentaires?|réagir|comentar\w*|comentári\w*|commentare"
               r"|commento|commenti)")
_ACCOUNT = (r"(?:anmelden|angemeldet|melden sie sich|melde dich|einloggen|eingeloggt|loggen sie sich|registrieren|registriert\w*"
            r"|connecter|connectez|connecté\w*|identifiez|inscrivez|s['’]inscrire|inici(?:ar|a) sesión|regístrate|registrarse"
            r"|registrad[oa]s?|logad[oa]s?|cadastre\w*|accedi|registrati|abonné\w*)")
# What an embed's placeholder says is withheld: the content, the post, the video.
_WITHHELD = (r"(?:content|inhalte?|contenu|contenido|conteúdo|contenuto|post|beitrag|publication|publicación|publicação"
             r"|video|vidéo|vídeo|embed)")
# What an embedded post's placeholder says it would show, or the cookies it needs, in the six languages.
_EMBEDDED = (r"externe[nr]? inhalte?|(?:bereitgestellten|eingebundenen) inhalte?|inhalte? (?:zu )?laden|external content"
             r"|(?:view|see|load|display|show) this (?:content|post|video)|third[- ]party (?:content|cookies)|social media cookies"
             r"|contenu (?:externe|tiers)|ce contenu|contenido (?:externo|de terceros)|este contenido|plataforma externa|conteúdo (?:externo|de terceiros)"
             r"|este conteúdo|contenuto (?:esterno|di terze parti)|questo contenuto|contenuto non disponibile"
             r"|cookies? (?:de|di|des) (?:terceros|terceiros|terze parti|tiers|redes sociales|redes sociais|réseaux sociaux|social)"
             r"|drittanbieter\w*|drittplattform\w*")
# When a newsletter is sent, and what it promises, in the six languages.
_WHEN_SENT = (r"(?:matin|soir|jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|morgen|abend|tag|woche|montag"
              r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mañana|tarde|día|semana|lunes|martes|miércoles|jueves"
              r"|viernes|sábado|domingo|manhã|dia|segunda|terça|quarta|quinta|sexta|mattina|sera|giorno|settimana|lunedì"
              r"|martedì|mercoledì|giovedì|venerdì|sabato|domenica|morning|evening|day|week|weekday|monday|tuesday|wednesday"
              r"|thursday|friday|saturday|sunday|werktag|wochentag|werktags)")
_WHAT_SENT = (r"(?:l['’]essentiel|coups? de cœur|the (?:best|latest|top|biggest) (?:of )?(?:news|stories|headlines)"
              r"|die wichtigsten|das wichtigste|lo más importante|lo mejor|o essencial|o melhor|il meglio"
              r"|o que (?:de )?mais importante|las noticias más importantes|as notícias mais importantes"
              r"|le notizie più importanti|schlagzeilen|titulares|manchetes)")
# "Recibí en tu mail las noticias …", "Receive the day's top stories in your inbox": the verb, the mailbox and the news
# of a newsletter's promise by mail, in the six languages.
_RECEIVE = r"(?:recib[ií]|recibe|recibir|receba|recebe|receber|recevez|recevoir|erhalten sie|ricevi|ricevere|receive|get)"
_MAILBOX = (r"(?:e-?mail|mail|correo|inbox|bandeja de entrada|caixa de entrada|boîte (?:mail|de réception)|postfach"
            r"|posteingang|casella"
            # (the printed paper's, to the reader's door: "Get local news delivered to your mailbox every Thursday")
            r"|mailbox|letterbox|doorstep|door|buzón|boîte aux lettres|briefkasten)")
_NEWS = r"(?:news|stories|headlines|noticias|notícias|nachrichten|informations|actualités?|notizie)"
_NEW_POSTS = (r"(?:new posts|neue beiträge|nouveaux articles|nouvelles publications|nuevas entradas|novos posts"
              r"|novas publicações|nuovi post|nuovi articoli)")
# "4 Wochen gratis", "30 days free", "1 mois gratuitement": a free trial's length, in the six languages.
_FREE_PERIOD = (r"\d{1,2} (?:wochen|tage|monate|weeks|days|months|semaines|jours|mois|semanas|días|dias|meses|settimane"
                r"|giorni|mesi) (?:gratis|kostenlos|free|gratuitement|gratuits?|grátis|gratuitos?|gratuitas?)")
_EMBED_PLACEHOLDER = lazy_compile(r"^hier finden sie (?:einen|ein|eine) (?:inhalt|video|beitrag|post|grafik) von [\w\-. ]{2,30}, "
                                  r"(?:der|die|das) den artikel ergänzt\b", re.I)
# Tell-tale phrases anywhere in a short line, tried in this order.
# Each phrase with the keys it cannot match without: most lines hold none of them, which the line's words (split
# once) tell far faster than the case-insensitive searches.
_PHRASES: list[tuple[str, _Keys, re.Pattern[str]]] = [
    # "All rights reserved", and a site's licence: "All content is licensed under a Creative Commons ... License".
    ("copyright", _Keys.of("copyright|©|(c)|reserved|réservés|vorbehalten|reservados|riservata|riservati|commons"),
     # (not a picture's credit before its caption: "© Agi / Container in banchina nel porto di Gioia Tauro")
     lazy_compile(r"^(?:copyright|©|\(c\))(?:\s|(?=\d{4}\s))"
                  r"(?![^/\d]{2,40} / (?-i:[A-ZÀ-Þ])[^/ ]*(?: [^/ ]+)*(?: (?-i:[a-zà-ÿ])[^/ ]*){2}(?: [^/ ]+)*$)|" + RESERVED + r"|\bcreative commons\b.{0,80}\b(?:licen[cs]|lizenz|licencia"
                  r"|licença|licenza)|\b(?:licensed under|lizenziert unter|sous licence|bajo (?:una )?licencia|sob (?:a )?licença|sotto (?:la )?licenza"
                  r"|unter (?:der )?lizenz)\b.{0,40}"
                  r"\bcreative commons\b", re.I)),
    ("newsletter-prompt", _Keys.of("newsletter|subscription|briefing|dose|digest|inbox|email|boletín|boletin|boletim|sign|"
                                   "miss|alerts|posts|correo|roundup|mail|courriel|postfach|boîte|bandeja|caixa|casella|infolettre"),
     lazy_compile(r"\bnewsletter\b|\binfolettre\b|\bsubscription\b|\bdaily (?:briefing|dose|digest)\b|\byour inbox\b|\benter your email\b"
                  # "... in Ihrem Postfach", "... dans votre boîte mail": the reader's inbox, in the other languages
                  r"|\bin (?-i:Ihr(?:em)?|dein(?:em)?) postfach\b|\bdans votre boîte (?:mail|e-mail|de réception)\b"
                  r"|\ben tu (?:bandeja de entrada|correo)\b|\bna sua caixa de (?:entrada|e-?mail)\b"
                  r"|\bnella tua (?:casella (?:di posta|email|e-mail)|posta(?: elettronica)?)\b"
                  # a blog's prompt to have its new posts by email, in the six languages
                  r"|\b(?:receive|get|recevoir|recibir|receber|ricevere)\b[^.!?]{0,40}\b" + _NEW_POSTS + r"\b[^.!?]{0,20}"
                  r"\b(?:by|par|por|via|per) (?:e-?mail|courriel|correo)\b|\b" + _NEW_POSTS + r" (?:by|per|par|por|via) "
                  r"(?:e-?mail|courriel|correo)\b[^.!?]{0,20}\b(?:zu erhalten|erhalten|receive|recevoir|recibir|receber|ricevere)\b"
                  # (the word for a newsletter, not in a name: "Boletim Sul", "Equipe Boletim Sul", "Boletín Oficial")
                  r"|\bbolet(?:[ií]n|im)\b(?!\s+(?-i:[A-ZÀ-Þ]))|\bsign up (?:here|now)\b"
                  # "Never miss a story", "Get breaking news alerts on your phone", "Stay informed: sign up for alerts",
                  # "Subscribe for free to receive new posts"
                  r"|^never miss (?:a|another|an?) \w+|^(?:get|receive|turn on) (?:our )?(?:breaking )?news alerts\b"
                  r"|^get (?:email |e-mail |push )?(?:notifications|alerts) (?:on|for|about|from)\b"  # (a writer's, a topic's)
                  r"|\bsign up for (?:our |email |breaking news |news )?(?:alerts|updates)\b|\breceive new posts\b"
                  r"|^sign up for our (?:daily|weekly|morning|evening|free) \w+|\b(?:recib[eaí]|receba) (?:las|as) (?:noticias|notícias)"
                  r"\b[^.!?]{0,40}\b(?:en|no|na) (?:tu|seu|sua) (?:correo|e-?mail|mail|caixa)\b", re.I)),
    # "Follow us on Instagram", "Síguenos en Twitter", "Join our WhatsApp channel", "Receba notícias no WhatsApp": a
    # prompt to follow the site elsewhere, in the six languages.
    ("promo", _Keys.of("whatsapp|telegram|twitter|facebook|instagram|tiktok|youtube|linkedin|google|threads|bluesky"),
     lazy_compile(r"^(?:follow|join|get|síguenos|siguenos|sigue|siga(?:-nos)?|segui(?:ci)?|suivez(?:-nous)?|folgen sie|folge|"
                  r"receba|recib[eií]|ricevi|abonnez-vous|únete|unete|súmate|sumate|entre|iscriviti)\b.{0,60}\b(?:(?:on|en|no|na|su|sur|auf|bei|"
                  r"in|our|nuestro|nosso|il nostro|notre|unserem)\s+(?:\w+\s+){0,2}(?:whatsapp|telegram|twitter|x|facebook|"
                  r"instagram|tiktok|youtube|linkedin|google news|threads|bluesky)\b(?:.{0,40}"
                  r"|\s+for (?:the |all the )?(?:latest|breaking|more)\b.{0,50})"
                  # "Join ST's WhatsApp Channel and get the latest news": the site's channel on a messaging app
                  r"|(?:whatsapp|telegram) channel\b.{0,60})$"
                  # "The Valley Courier is now on WhatsApp. Click this link to join our channel …"
                  r"|^[^.!?]{1,60} (?:is|are) now on (?:whatsapp|telegram)[.!]?\s+(?:click|tap|join|follow|subscribe|get)\b.{0,100}$"
                  # "Like Business on Facebook, follow @DailyMeridianBiz on Twitter …": a desk's pages on the networks
                  r"|^like (?:us|[^.!?,]{1,30}) on facebook(?:[.!]?|,? (?:and )?follow\b.{0,100}| to (?:get|see|stay|keep)\b.{0,80})$"
                  # "Anpfiff Oberfranken auf WhatsApp folgen": German puts the verb last
                  r"|^[^.!?]{0,60}\b(?:auf|bei) (?:whatsapp|telegram|x|facebook|instagram|tiktok|youtube|linkedin|google news"
                  r"|threads|bluesky) (?:folgen|abonnieren)[.!]?$",
                  re.I)),
    # "Síganos en nuestras redes sociales", "Suivez-nous sur les réseaux sociaux", "Seguici sui social": the same prompt
    # with the networks unnamed, in the six languages
    ("promo", _Keys.of("redes|réseaux|sozialen|social|socials"),
     lazy_compile(r"^(?:follow us|síganos|síguenos|siguenos|sígannos|siga-nos|sigam-nos|suivez-nous|retrouvez-nous|folgen sie uns"
                  r"|folge uns|seguici|seguiteci)\b.{0,20}\b(?:redes sociales|redes sociais|réseaux sociaux|sozialen (?:medien|netzwerken)"
                  r"|social(?: media| networks?)?|socials)\b[.!]?$", re.I)),
    # "Please read our community guidelines", "Kommentare, die unseren Richtlinien widersprechen, werden entfernt.": the
    # rules of the comment box, in the six languages
    ("site-notice", _Keys.of("please|bitte|comments|kommentare|merci|commentaires|comentarios|comentários|commenti"),
     lazy_compile(
        r"\bplease (?:read|observe|follow|respect|review) (?:our|the) (?:community (?:guidelines|rules|standards)"
        r"|comment(?:ing)? (?:guidelines|policy|rules)|house rules)\b"
        r"|\bbitte beachten sie (?:die|unsere) (?:community-richtlinien|netiquette|kommentarregeln|diskussionsregeln)\b"
        r"|\bkommentare, die (?:gegen )?unsere[n]? (?:richtlinien|regeln|netiquette) (?:widersprechen|verstoßen), werden"
        r" (?:gelöscht|entfernt)\b|\bcomments that (?:violate|breach|break|do not (?:follow|meet)) (?:our|the) [\w ]{0,30}"
        r"(?:guidelines|rules|policy|standards) will be (?:removed|deleted)\b|\bmerci de respecter (?:la|notre) charte\b"
        r"|\bles commentaires (?:contraires à|qui ne respectent pas) [^.]{0,40} seront (?:supprimés|modérés)\b"
        r"|\blos comentarios que (?:no respeten|incumplan|violen) [^.]{0,40} serán (?:eliminados|borrados)\b"
        r"|\bos comentários que (?:violarem|desrespeitarem|não respeitarem) [^.]{0,40} serão (?:removidos|excluídos|apagados)\b"
        r"|\bi commenti che (?:violano|non rispettano) [^.]{0,40} (?:saranno|verranno) (?:rimossi|cancellati)\b",
        re.I)),
    # "Save articles to read later and create your own reading list": the site's reading list.
    ("page-control", _Keys.of("save|list|bookmarks|saved|favorites|favourites|add"), lazy_compile(
        r"\bsave (?:articles|stories|this article|this story) (?:to read )?(?:later|for later)\b|\b(?:your own|my) reading list\b"
        # "Add articles to your saved list …", "You can find this story in My Bookmarks.": where saved stories are kept
        r"|\badd (?:articles|stories|this (?:article|story)) to your (?:saved|reading) list\b"
        r"|\bfind (?:this|the) (?:article|story) in (?:my|your) (?:bookmarks|saved (?:list|articles|stories))\b"
        # "Add to your saved stories": the button itself
        r"|^(?:add|save) (?:this (?:article |story )?|it )?to (?:your |my )?(?:saved (?:stories|articles|items)|reading list"
        r"|bookmarks|favou?rites)$"
        # "Add to myLedger": the button that saves the story to the site's own reading list, named after the site
        r"|^add to my(?-i:[A-Z])\w+$", re.I)),
    # "See our privacy notice", "Special to the Gazette", "For more news, visit the … website.", "Join our channel for the
    # top reads … on your preferred chat app", "Get up-to-the-minute news sent straight to your device.": a link to the
    # site's rules, a contributor's credit line, and the site's prompts to follow it elsewhere
    # "Début du widget Widget. Passer le widget?", "Fin du widget …": a screen reader's marks around an embedded widget
    ("page-chrome", _Keys.of("widget"), lazy_compile(r"^(?:(?:début|fin) du widget|(?:start|end) of (?:the )?widget)\b.{0,60}$",
                                                     re.I)),
    # "Unlock the Editor's Digest for free": a paywall's offer of one of its letters or stories, free
    ("promo", _Keys.of("unlock"), lazy_compile(r"^unlock (?:the |our |this )?[\w’'& ]{2,40} for free\.?$", re.I)),
    # "Du willst selbst über deine Region berichten? Jetzt Regionaut werden!", "Devenez membre !": the call to join the
    # site, as a member, a subscriber or one of its reader reporters, after a question or not
    # (English's "Become a member" is a newsroom's appeal for support: below)
    ("promo", _Keys.of("jetzt|devenez|deviens|diventa|hazte"), lazy_compile(
        r"(?:^|[?!.] )(?:jetzt (?-i:[A-ZÄÖÜ])[\w\-]+ werden|(?:devenez|deviens) (?:membre|abonnée?|correspondante?)"
        r"|diventa (?:socio|abbonato)|hazte (?:socio|suscriptor))\s?!?$", re.I)),
    # "Werbefrei lesen mit Zeitspiegel Pur – oder mit Werbung und personalisiertem Tracking weiter.": the choice a site
    # gives between its ad-free subscription and consent to tracking, in the six languages
    ("cookie-prompt", _Keys.of("werbefrei|ad-free|publicité|pubblicità|publicidad|publicidade|tracking"), lazy_compile(
        r"\b(?:werbefrei|ad-free|without ads|sans publicité|senza pubblicità|sin publicidad|sem publicidade)\b.{0,80}"
        r"\b(?:oder|or|ou|o)\b.{0,40}\b(?:werbung|ads|advertising|publicité|pubblicità|publicidad|publicidade|tracking)\b",
        re.I)),
    # "Assine e leia sem anúncios", "Subscribe and read ad-free": the offer to read the site without its ads, in the
    # six languages
    ("promo", _Keys.of("werbefrei|ad-free|ads|werbung|pub|publicité|publicidad|anuncios|anúncios|publicidade|pubblicità"),
     lazy_compile(
        r"^(?:jetzt )?(?:subscribe|abonnieren|abonnez-vous|abonne-toi|suscríbete|suscribite|assine|abbonati)\b.{0,20}"
        r"\b(?:and|und|et|y|e)\b.{0,20}\b(?:read|browse|lesen|surfen|lisez|lire|lee|leer|navega|leia|ler|navegue|leggi"
        r"|naviga)\b.{0,20}\b(?:ad-free|without ads|werbefrei|ohne werbung|sans pub(?:licité)?|sin (?:publicidad|anuncios)"
        r"|sem (?:publicidade|anúncios)|senza pubblicità)\W{0,3}$"
        r"|^(?:jetzt )?abonnieren und (?:werbefrei|ohne werbung) (?:lesen|surfen)\W{0,3}$", re.I)),
    # "Pour accéder à L'Écho du Soir, acceptez les cookies ou abonnez-vous": a consent wall's title, its two ways in
    ("cookie-prompt", _Keys.of("cookies|cookie"), lazy_compile(
        r"\b(?:accept(?:ez|er|a|e|i|ing)?|akzeptieren(?: sie)?|acepte?|aceite|accetta(?:re)?)\b.{0,20}\bcookies?\b.{0,10}"
        r"\b(?:ou|or|oder|o)\b.{0,10}\b(?:abonnez|subscribe|abonnieren|suscr[ií]bete|suscribirse|assine|assinar|abbonati)", re.I)),
    # "Accessibilité : partiellement conforme", "Barrierefreiheit: teilweise konform": a public site's note on its access
    ("page-chrome", _Keys.of("accessibilité|accessibility|barrierefreiheit|accesibilidad|acessibilidade|accessibilità"),
     lazy_compile(r"^(?:accessibilité|accessibility|barrierefreiheit|accesibilidad|acessibilidade|accessibilità)\s*:\s*"
                  r"(?:(?:non|partiellement|totalement|fully|partially|not|nicht|teilweise|vollständig|parcialmente|totalmente"
                  r"|no|não|parzialmente|non)\s+)?(?:conforme|compliant|konform)\.?$", re.I)),
    ("page-chrome", _Keys.of("privacy|cookie"), lazy_compile(
        r"^(?:see|read|view|review) (?:our|the) (?:privacy|cookie)(?: and cookie)? (?:notice|policy|statement)\.?$", re.I)),
    ("byline", _Keys.of("special"), lazy_compile(r"^special to (?:the )?(?-i:[A-Z])[\w'’&.\-]*(?: (?-i:[A-Z])[\w'’&.\-]*){0,4}$",
                                                 re.I)),
    ("promo", _Keys.of("news|stories|updates|channel|device|phone"), lazy_compile(
        r"^for more (?:news|stories|updates)(?: like this)?, (?:visit|go to|head to|follow)\b"
        r"|^join our (?:\w+ )?channel\b.{0,80}\b(?:chat|messaging) app\b|\bsent straight to your (?:device|phone)\b", re.I)),
    # "The BBC is not responsible for the content of external sites.": an embed's note on the site it comes from
    ("page-chrome", _Keys.of("responsible"), lazy_compile(
        r"\bis not responsible for the content of external (?:internet )?(?:sites|websites|links)\b", re.I)),
    # "Haz clic aquí para leer más", "Enable notifications ...", "Mehr Nachrichten aus der Region finden Sie hier."
    ("promo", _Keys.of("clic|pulsa|clique|clicca|cliquez|klicken|notifications|scroll|news|nachrichten|infos|"
                       "informationen|actualités|noticias|notícias|notizie"),
     lazy_compile(r"^(?:(?:haz clic|pulsa|clique|clicca|cliquez|klicken sie) (?:aquí|aqui|qui|ici|hier)\b.*"
                  r"|(?:enable|turn on|allow) (?:push |browser )?notifications\b.{0,60}|scroll (?:down|up) (?:to|for)\b.{0,60}"
                  r"|(?:more|mehr|plus d['’]|más|mais|altre) (?:news|nachrichten|infos?|informationen|actualités|noticias"
                  r"|notícias|notizie)\b.{0,60}\b(?:here|hier|ici|aquí|aqui|qui)\.?"
                  # "Hier finden Sie weitere Nachrichten aus der Region": where more of the site's news is
                  r"|(?:hier finden sie|here you(?:['’]ll| will| can)? find|vous trouverez ici|aquí encontrará|aqui você encontra"
                  r"|qui trovi) (?:weitere|mehr|alle|more|all|plus d['’]|más|mais|altre) (?:news|nachrichten|artikel|beiträge"
                  r"|infos?|informationen|stories|articles|actualités|noticias|notícias|notizie)\b.{0,60})$", re.I | re.S)),
    ("cookie-prompt", _Keys.of("cookie|cookies"), lazy_compile(
        r"\b(?:we use (?:\w+ ){0,2}cookies|cookie policy|accept (?:all )?cookies|^cookies on (?:the )?\S.{1,40}$"
        r"|(?:hinweis|informationen|note|information) (?:zur verwendung von"
        r"|on the use of|sur l['’]utilisation des|sobre el uso de|sobre o uso de|sull['’]uso dei) cookies"
        r"|(?:wir verwenden|wir nutzen|nous utilisons|utilizamos"
        r"|usamos|utilizziamo|korzystamy z) (?:\w+ )?cookies|cookies erleichtern|cookie-richtlinie|politique (?:de|relative aux) "
        r"cookies|pol[ií]tica de cookies"
        # a consent form's button for the cookies the site needs alone: "Nur notwendige Cookies", "Only essential cookies"
        r"|^(?:(?:only|just|strictly|accept|allow|use|nur|seulement|uniquement|solo|solamente|somente|apenas|aceptar|aceitar"
        r"|accetta) )?(?:necessary|essential|notwendigen?|essenziellen?|erforderlichen?|nécessaires|essentiels|necesarias"
        r"|esenciales|necessários|essenciais|necessari|essenziali|tecnici) cookies?(?: (?:only|akzeptieren|zulassen"
        r"|erlauben|uniquement|seulement|solamente|apenas))?$)\b", re.I)),
    # "We may earn a commission on purchases made through our affiliate links": the site's note on its links.
    ("site-notice", _Keys.of("old|ago|affiliate|commission|compensation|provision|affilié|affiliés|afiliado|"
                             "afiliados|redistributed"), lazy_compile(
        # "This material may not be published, broadcast, rewritten or redistributed": the wire's terms
        r"\bmay not be (?:published|reproduced|republished|copied)\b.{0,60}\bredistributed\b|"
        r"^this (?:article|story|content|page) (?:is (?:more than|over) \d+ (?:years?|months?) old|was published (?:more "
        r"than|over) \d+ (?:years?|months?) ago)\b|\baffiliate[ -](?:commission|links?)\b|\bwe may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)\b"
        r"|\bprovision vom händler\b|\bliens? affiliés?\b|\benlaces? de afiliados?\b", re.I)),
    # "If you're running an ad blocker, please whitelist us", "This site uses Akismet to reduce spam", "We respect
    # your privacy": the site's notes on blockers, spam and privacy, in the six languages.
    ("site-notice", _Keys.of("blocker|ad-blocker|adblocker|adblock|werbeblocker|akismet|privacy|privatsphäre|vie|"
                             "privacidad|privacidade"), lazy_compile(
        r"^(?:please,? |kindly )?(?:whitelist us in|disable|turn off|pause) your (?:ad-?\s?blocker|adblock)\b"  # "Please disable your ad blocker"
        r"|\b(?:ad-?\s?blocker|adblock|werbeblocker)\b.{0,60}\b(?:whitelist|disable|turn off|deaktivier\w*|ausschalten"
        r"|désactive\w*|desactiv\w*|desativ\w*|disattiv\w*)|\b(?:you(?:['’]re| are) (?:using|running)|sie (?:nutzen|verwenden)"
        r"|du (?:nutzt|verwendest)|vous utilisez|(?:estás|está) usando|stai usando) (?:an? |einen |un |uno )?ad-?\s?blocker\b"
        r"|\bakismet\b.{0,40}\b(?:spam|indésirables)\b|^(?:we respect your privacy|wir respektieren (?:deine|ihre) privatsphäre"
        r"|nous respectons votre vie privée|respetamos tu privacidad|respeitamos a sua privacidade"
        r"|rispettiamo la tua privacy"
        # "Ihre Privatsphäre ist uns wichtig": a consent box's title
        r"|your privacy (?:is important to us|matters(?: to us)?)|(?:ihre|deine) privatsphäre ist uns wichtig"
        r"|votre vie privée (?:est importante(?: pour nous)?|nous importe)|tu privacidad (?:es importante(?: para nosotros)?"
        r"|nos importa)|a sua privacidade é importante(?: para nós)?|la tua privacy è importante(?: per noi)?)(?:[.!]|$)",
        re.I)),
    # "Push-Benachrichtigungen aktivieren?", "Suivez notre direct.": the site's prompts to turn on its alerts or to
    # follow its live page, in the six languages (English's are among the promos)
    ("promo", _Keys.of("benachrichtigungen|mitteilungen|notifications|notificaciones|notificações|notifiche"), lazy_compile(
        r"^(?:push-?\s?)?(?:benachrichtigungen|mitteilungen) (?:aktivieren|erlauben|einschalten)\??$"
        r"|^(?:activer|autoriser) les notifications\b.{0,40}$|^(?:activar|permitir) (?:las )?notificaciones\b.{0,40}$"
        r"|^(?:ativar|permitir) (?:as )?notificações\b.{0,40}$|^(?:attivare|attiva|consenti) (?:le )?notifiche\b.{0,40}$",
        re.I)),
    # "This page will be updated as conditions change.", "Esta página é atualizada ao longo do dia.": a live page's note
    # that it changes, in the six languages (a line of its own)
    ("live-blog-chrome", _Keys.of("page|página|pagina|seite|article|artículo|artigo|artikel|articolo"), lazy_compile(
        r"^(?:this|esta|cette|diese|questa|este|cet) (?:page|página|pagina|seite|article|artículo|artigo|artikel|articolo)"
        r" (?:will be|is being|is|é|est|wird|viene|será|sera|va a ser|vai ser|verrà|se) ?(?:regularly |continuously |"
        r"constantemente |continuamente |regelmäßig |laufend |ständig |régulièrement )?(?:updated|atualizad[oa]"
        r"|actualizad[oa]|mise? à jour|aktualisiert"
        r"|aggiornat[oa])\b.{0,160}$", re.I)),
    # (a line of its own: glued to the lead as its last sentence, "… until tonight. Follow our live updates below.", the
    # writer's words)
    ("live-blog-chrome", _Keys.of("direct|liveticker|liveblog|directo|vivo|diretta|live"), lazy_compile(
        r"^(?:suivez|retrouvez) (?:notre|le) direct\b.{0,40}$|^(?:follow|read) our live (?:blog|coverage|updates)\b.{0,40}$"
        r"|^(?:verfolgen|folgen) sie (?:unseren?|dem|hier den) (?:live-?ticker|live-?blog)\b.{0,40}$"
        r"|^sigue (?:nuestro|el) directo\b.{0,40}$|^(?:acompanhe|siga) (?:a nossa cobertura |nossa cobertura )?ao vivo\b.{0,40}$"
        r"|^segui (?:la nostra|la) diretta\b.{0,40}$", re.I)),
    # "Ostwalder Plus: Alle Artikel, das E-Paper und die App – jetzt 3 Monate für 9,99 € testen", "Oder: … werbefrei
    # lesen für 2,99 € im Monat": what a subscription gives, at its price, or the price, then the verb to take it up
    ("promo", _Keys.of(_PRICE_MARKS), lazy_compile(
        # (unlimited access at a price is a paywall's: see below)
        r"\b(?:alle artikel|all (?:our )?(?:articles|stories)|werbefrei|ad-free|without ads|sans pub(?:licité)?"
        r"|sin (?:publicidad|anuncios)|sem (?:publicidade|anúncios)|senza pubblicità|e-paper)\b.{0,100}" + _PRICE
        + r"|" + _PRICE + r".{0,60}\b(?:testen|abonnieren|subscribe|abonnez-vous|s['’]abonner|suscríbete|suscribirse"
        r"|assine|assinar|abbonati|abbonarsi)\b", re.I)),
    # "Your email address will not be published": the comment form's note, in the six languages.
    ("comment-prompt", _Keys.of("email|mail|adresse|dirección|endereço|indirizzo|tell|hear"), lazy_compile(
        r"\btell us what you think\b|\bwe (?:want|would like|'d like|’d like) to hear from you\b|\b(?:your email address will not be published|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse"
        r" wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie|email) ne sera pas publiée|tu (?:dirección de "
        r"correo electrónico|email) no será publicad[ao]|o seu endereço de e-?mail não será publicado|il tuo indirizzo "
        r"e-?mail non sarà pubblicato)\b", re.I)),
    # "Register for free to read the full story …", "This feature is currently unavailable.", "Sign up for breaking
    # news, reviews, … and more.": a registration wall, a broken widget's note, a newsletter's offer
    # "Il vous reste 74 % de cet article à lire" (cut anywhere), "Alle Artikel lesen – jederzeit kündbar": what a
    # subscription would unlock, and that it can be cancelled, in the six languages
    ("paywall", _Keys.of("reste|kündbar|anytime|résiliable|cancela|cancele|disdici|quedan|restam|rimane"), lazy_compile(
        r"^il vous reste \d+\s?%|^(?:te|le) queda(?:n)? (?:un )?\d+\s?%|^(?:ainda )?(?:te |lhe )?resta(?:m)? \d+\s?%"
        r"|^ti rimane (?:il |ancora il )?\d+\s?%|\bjederzeit kündbar\b|\bcancel (?:at )?any ?time\b"
        r"|\brésiliable à tout moment\b|\bcancela cuando quieras\b|\bcancele quando quiser\b|\bdisdici quando vuoi\b",
        re.I)),
    # "Lu 1 482 fois", "Read 1,482 times", "1.482 mal gelesen": how often the story was read, in the six languages
    ("share-counter", _Keys.of("lu|read|gelesen|leído|leido|lido|letto|vues|views|visualizzazioni|visualizações"), lazy_compile(
        r"^(?:lu|read|leído|leido|lido|letto)\s+[\d\s.,\u202f\xa0]+\s*(?:fois|times|veces|vezes|volte)$"
        r"|^[\d\s.,\u202f\xa0]+\s*(?:mal gelesen|vues|views|lectures|lecturas|leituras|letture|visualizzazioni"
        r"|visualizações|visualizaciones)$", re.I)),
    # "Is this page useful?", "Was this article helpful?": the page's question for feedback, in the six languages
    ("comment-prompt", _Keys.of("useful|helpful|hilfreich|nützlich|utile|útil|utiles"), lazy_compile(
        r"^(?:is|was) this (?:page|article|story|information) (?:useful|helpful)\s*\??$"
        r"|^(?:war|ist) (?:diese[rs]?|der|die|das) (?:artikel|seite|beitrag|information(?:en)?) (?:hilfreich|nützlich)\s*\??$"
        r"|^(?:cet article|cette page|cette information) (?:vous )?(?:a-t-elle|a-t-il|est-elle|est-il) (?:été )?utile\s*\??$"
        r"|^¿?(?:te|le) (?:ha )?(?:resultado|parece|pareció|fue) útil (?:esta|este) (?:noticia|página|artículo|información)\s*\??$"
        r"|^¿?(?:esta|este) (?:noticia|página|artículo|información) (?:te |le )?(?:ha sido|fue|resultó) útil\s*\??$"
        r"|^(?:esta|este) (?:notícia|página|artigo|informação) (?:foi|é) útil\s*\??$"
        r"|^(?:questo|questa) (?:articolo|pagina|notizia) (?:ti |le )?(?:è stat[oa]|è) utile\s*\??$", re.I)),
    # "Lire la suite dans notre édition papier …", "Read the full story in our print edition": the rest, in print
    ("paywall", _Keys.of("papier|print|gedruckten|impresa|impressa|cartacea|imprimée|printausgabe|zeitung"), lazy_compile(
        r"^(?:lire la suite|la suite|read (?:the )?(?:full story|rest|more)|(?:den ganzen|den vollständigen) (?:artikel|beitrag)"
        r"|lea (?:la nota completa|el resto)|leia (?:a matéria completa|o resto)|leggi (?:l['’]articolo completo|il resto))"
        r"\b.{0,30}\b(?:dans|in|en|na|no|sull['’]|nell['’]|nella|sulla) (?:(?:notre|our|the|today's|der|unserer|la|nuestra"
        r"|a|nossa|l['’]|nostra) ?)?(?:édition (?:papier|imprimée)|(?:print|printed) (?:edition|paper)|gedruckten (?:ausgabe|zeitung)"
        r"|printausgabe|edición impresa|edição impressa|edizione cartacea|version papier)\b", re.I)),
    # "Lesen Sie mit MK+ weiter", "Continue reading with Courier+": the rest of the story, with the paper's subscription,
    # in the six languages
    ("paywall", _Keys.of("weiter|weiterlesen|reading|read|lecture|leyendo|lendo|leggere"), lazy_compile(
        r"^(?:lesen sie (?:jetzt )?(?:mit|als) .{1,30} weiter|(?:jetzt )?weiterlesen mit .{1,30}"
        r"|(?:continue|keep) reading with .{1,30}|read on with .{1,30}"
        r"|(?:poursuivez|continuez) (?:votre |la )?lecture avec .{1,30}|(?:sigue|seguí|continúa|continua) leyendo con .{1,30}"
        r"|continue (?:a )?lendo com .{1,30}|continua a leggere con .{1,30})$", re.I)),
    # (and what the story asks of the reader before its rest: "This article is free for registered users. Create an
    # account or log in to read the rest of this story.")
    ("paywall", _Keys.of("register|registered|rest"), lazy_compile(
        r"^register (?:for free |now |free )?to (?:read|continue reading|access|unlock) (?:the full|this|the rest of|all)\b"
        r"|^this (?:article|story|content) is (?:free|available|only available|reserved) (?:for|to) (?:registered|signed-in"
        r"|logged-in) (?:users|readers|members)\b"
        r"|\b(?:sign|log) ?in to (?:read|continue reading|see) the rest of (?:this|the) (?:story|article)\b",
        re.I)),
    # "WARNING: This story contains distressing details.", "Triggerwarnung: In diesem Text geht es um …": the editors'
    # warning on what the story tells, in the six languages
    ("editor-note", _Keys.of("warning|warnung|triggerwarnung|achtung|hinweis|attention|avertissement|advertencia|aviso"
                             "|atención|attenzione|avvertenza"), lazy_compile(
        r"^(?:content |trigger |reader )?warning\s*:\s*(?:this|the following|the story|the article)\b"
        r"|^(?:content|trigger|inhalts)warnung\s*:"
        r"|^(?:achtung|hinweis|attention|avertissement|advertencia|aviso|atención|attenzione|avvertenza)\s*:\s*"
        r"(?:dieser|diese|dieses|in diesem|cet|ce|cette|este|esta|questo|questa|o|a)\b.{0,40}\b(?:enthält|contient|contiene"
        r"|contém|geht es um|décrit|describe|descreve|descrive|beschreibt)\b", re.I)),
    # "… jetzt 4 Wochen gratis testen.", "Try 30 days free", "Essayez 1 mois gratuitement": a subscription's free trial
    ("paywall", _Keys.of("gratis|kostenlos|free|gratuit|gratuitement|grátis|gratuito|gratuita"), lazy_compile(
        r"\b(?:testen|test|try|essayez|essayer|prueba|probá|pruebe|experimente|experimenta|prova|provalo)\b.{0,20}\b"
        + _FREE_PERIOD + r"\b|\b" + _FREE_PERIOD + r" (?:testen|lesen|trial)\b", re.I)),
    # "Co-published with Coastal Civic Radio": the partner that prints the story too, on a line of its own
    ("editor-note", _Keys.of("co-published|co-produced|copublished"), lazy_compile(
        r"^co-?(?:published|produced) (?:with|by|in partnership with) \S", re.I)),
    # "Save up to 40% on winter getaways — book now", "Jetzt Termin buchen": an offer's call to buy or book
    ("promo", _Keys.of("now|jetzt|ya|já|ora|maintenant"), lazy_compile(
        r"(?:^|[—–\-:.!] ?)(?:book|shop|buy|order) now[.!]?$|^jetzt (?:\w+ )?(?:buchen|kaufen|bestellen|sichern)[.!]?$"
        r"|(?:^|[—–\-:.!] ?)(?:reserva|compra|reserve|compre) (?:ya|já|agora)[.!]?$"
        r"|(?:^|[—–\-:.!] ?)(?:acquista|prenota) ora[.!]?$|(?:^|[—–\-:.!] ?)(?:réservez|achetez) maintenant[.!]?$", re.I)),
    # "Radio Signal Inter 101.7 FM – Écoutez-nous en direct": a station's prompt to its live stream, after its name
    ("promo", _Keys.of("écoutez-nous|escúchanos|ouça-nos|ascoltaci|listen"), lazy_compile(
        r"[–—\-|] (?:écoutez-nous|escúchanos|ouça-nos|ascoltaci|listen to us)(?: en direct| en vivo| ao vivo| in diretta"
        r"| live)?[.!]?$", re.I)),
    # "Ouça agora: Jornal da Caatinga – 1ª edição", "Listen now: …": a station's prompt to its programme
    ("promo", _Keys.of("ouça|escucha|escuchá|listen|écoutez|ascolta|hören|watch|assista|mira"), lazy_compile(
        r"^(?:ouça agora|escucha ahora|escuchá ahora|listen now|écoutez maintenant|ascolta ora|jetzt hören|watch now"
        r"|assista agora|mira ahora)\s*:", re.I)),
    # "We acknowledge the Traditional Owners of the country on which we live …": a site's acknowledgement of country
    ("site-notice", _Keys.of("acknowledge|acknowledges"), lazy_compile(
        r"^(?:we|[\w&.\- ]{2,40}) acknowledges? the traditional (?:owners|custodians)\b", re.I)),
    ("page-control", _Keys.of("unavailable"), lazy_compile(r"\bthis feature is (?:currently |temporarily )?unavailable\b",
                                                          re.I)),
    ("newsletter-prompt", _Keys.of("sign"), lazy_compile(
        r"^sign up for (?:breaking news|the latest|our (?:free )?newsletters?|free)\b.{0,80}\b(?:and more|newsletters?|deals"
        r"|inbox)\b"
        # ("Sign up for Harbor Daily": the button to a newsletter, by its name alone)
        r"|^sign up for (?:the |our )?(?-i:[A-Z][\w'’&\-]*(?: [A-Z][\w'’&\-]*){0,3})$", re.I)),
    # "(With inputs from agencies)": the note that wires' copy went into the story; "Tu as repéré une erreur ?": the
    # prompt to report a mistake
    ("editor-note", _Keys.of("inputs"), lazy_compile(r"^\(?with inputs from (?:agencies|[\w ,&]{2,40})\)?\.?$", re.I)),
    ("comment-prompt", _Keys.of("repéré|remarqué|trouvé"), lazy_compile(
        r"^(?:tu as|vous avez) (?:repéré|remarqué|trouvé) une (?:erreur|faute)\b", re.I)),
    # "Save my name, email, and website in this browser for the next time I comment.": a blog's comment form's box,
    # in the six languages; "We welcome your feedback …": the comments' rules
    ("comment-prompt", _Keys.of("save|meinen|enregistrer|guarda|guardar|salvar|salva|welcome"), lazy_compile(
        r"^(?:save my name|meinen namen|enregistrer mon nom|guard(?:a|ar) mi nombre|salvar (?:meus dados|(?:o )?meu nome)"
        r"|salva il mio nome|guardar o meu nome)\b.{0,120}\b(?:comment|kommentiere|commentaire|comente|comentar|commento)\w*"
        # (cut off by the capture's end: the form's box, its opening words and the browser)
        r"|^(?:save my name|meinen namen|enregistrer mon nom|guard(?:a|ar) mi nombre|salva il mio nome)\b.{0,80}"
        r"\b(?:browser|navigateur|navegador|navigator)\b.{0,60}$"
        r"|^we welcome your (?:feedback|comments)\b.{0,40}\b(?:thoughts|comments|respectful)\b", re.I)),
    # "We welcome respectful discussion.", "Comments are reviewed before they appear.", "You must be logged in to
    # comment.": the comments' rules and the form's prompt, in the six languages
    ("comment-prompt", _Keys.of("welcome|comments|logged|connecté|connectée|angemeldet|registrado|conectado|logado|loggato"
                                "|commenter|kommentieren|comentar|commentare|comments"), lazy_compile(
        r"^we welcome (?:respectful|civil|thoughtful|constructive) (?:discussion|debate|comments)\b"
        r"|^comments are (?:reviewed|moderated|checked) (?:before|by)\b|\byou must be logged in to (?:comment|follow|reply|post)\b"
        r"|\bvous devez être (?:connecté|connectée|inscrit)e? pour (?:commenter|réagir|suivre)\b"
        r"|\bsie müssen (?:angemeldet|eingeloggt) sein,? um\b|\bdebes (?:estar registrado|iniciar sesión) para (?:comentar|seguir)\b"
        r"|\bvocê precisa estar (?:logado|conectado) para (?:comentar|seguir)\b|\bdevi essere (?:loggato|registrato) per commentare\b",
        re.I)),
    # "Thanks! You're on the list for the Morning Brief.", "That email address doesn't look right.", "You can
    # unsubscribe at any time.", "Newsletters may include ads …": a sign-up form's messages, in the six languages
    ("newsletter-prompt", _Keys.of("list|address|unsubscribe|désabonner|désinscrire|abmelden|darse|cancelar|disiscriverti"
                                   "|newsletters|informed|email|signing|subscribing"), lazy_compile(
        r"\byou(?:['’]re| are) (?:now )?on the list(?:[.!]?$| for (?:the|our) (?-i:[A-Z]))"
        r"|^(?:that|this|the) email address (?:doesn['’]t|does not|isn['’]t|is not)"
        r" (?:look right|valid)\b|\bvous pouvez vous (?:désabonner|désinscrire)"
        r" (?:à tout moment|en tout temps)\b|\bsie können sich jederzeit (?:wieder )?abmelden\b|\bpuedes darte de baja en cualquier"
        r" momento\b|\bpode cancelar (?:a (?:sua )?inscrição )?a qualquer momento\b|\bpuoi disiscriverti in qualsiasi momento\b"
        r"|^newsletters? may (?:include|contain) (?:ads|advertising|offers)\b|^stay informed with our (?:latest|daily)\b"
        r"|^thank(?:s| you) for (?:signing up|subscribing)\b"
        # ("There was an error, please provide a valid email address.", "A welcome email is on its way.")
        r"|^(?:there was an error,? )?please (?:provide|enter|use) a valid email(?: address)?\b|^a welcome email is on its way\b"
        r"|^get (?:the )?(?-i:[A-Z])[\w.&'’\-]*(?: (?-i:[A-Z])[\w.&'’\-]*){0,3} email,? free\b", re.I)),
    # "Something went wrong. Please try again.", "Une erreur est survenue. Veuillez réessayer.": a form's error, and
    # its plea to try again, in the six languages
    # (after an apology too: "Sorry, there seem to be some issues. Please try again later.")
    ("page-chrome", _Keys.of("wrong|error|erreur|fehler|schiefgelaufen|mal|errado|erro|storto|errore|issue|issues|problem"
                             "|problems"), lazy_compile(
        r"^(?:(?:sorry|oops)[,!.]?\s+)?(?:something went wrong|an error (?:has )?occurred"
        r"|there (?:seems?|appears?) to (?:be|have been) (?:some |an? )?(?:issues?|problems?|errors?)"
        r"|etwas ist schiefgelaufen|ein fehler ist aufgetreten"
        r"|une erreur (?:s['’]est produite|est survenue)|algo sali[óo] mal|se ha producido un error|algo deu errado"
        r"|ocorreu um erro|qualcosa [èe] andato storto|si [èe] verificato un errore)[.!]\s+(?:please )?(?:try again"
        r"|bitte versuche[n]?(?: sie)? es (?:erneut|noch einmal|später)|veuillez réessayer|réessayez|inténtalo de nuevo"
        r"|vuelve a intentarlo|int[ée]ntelo de nuevo|tente novamente|tente de novo|riprova|prova di nuovo)\b.{0,20}$", re.I)),
    # "Leserbriefe geben die Meinung der Verfasser wieder …", "Envíe su carta a …": a letters page's note on the letters
    # it prints, how to send one and what the editors may do with it, in the six languages
    ("site-notice", _Keys.of("leserbriefe|redaktion|letters|letter|lettres|cartas|carta|lettere|textos|texts|envíe|envie"
                             "|send|write|rédaction|redazione|reserva|reserve|réserve|riserva|behält"), lazy_compile(
        r"^leserbriefe (?:geben|sind|stellen)\b|\bdie redaktion behält sich (?:das recht (?:auf|zu) )?(?:kürzungen|kürzen)"
        r"|^(?:send|email|write) (?:your |us )?(?:letters?|your letter) to\b|^letters (?:should|must|may) (?:be|not exceed|include)\b"
        r"|\bwe reserve the right to (?:edit|shorten) (?:letters|them|for length)\b"
        r"|^les lettres (?:doivent|ne doivent|publiées)\b|\bla rédaction se réserve le droit de (?:les )?(?:raccourcir|couper"
        r"|modifier|publier)\b"
        r"|^envíe (?:su|tu) carta a\b|^las cartas (?:no deben|deben|se publican)\b|^los textos no deben (?:superar|exceder)\b"
        r"|^(?:as )?cartas devem (?:ter|conter)\b|\bse reserva o direito de (?:resumi|edit|public)"
        r"|^le lettere (?:devono|non devono)\b|\bla redazione si riserva (?:il diritto )?di (?:tagliare|sintetizzare|pubblicare)",
        re.I)),
    # "Having trouble viewing this email? View it in your browser", "Vous recevez cette lettre car vous êtes inscrit(e)
    # sur …": a newsletter's own lines over and under the edition it carries, as its web copy keeps them, in the six
    # languages
    ("newsletter-prompt", _Keys.of("email|mail|message|browser|online|courriel|lettre|ligne|newsletter|nachricht|webversion"
                                   "|correo|mensaje|navegador|boletín|boletin|navigateur"), lazy_compile(
        r"^(?:having trouble (?:viewing|reading) this (?:e-?mail|message)|(?:can['’]t|cannot) see this (?:e-?mail|message)"
        r"|is this (?:e-?mail|message) not displaying (?:correctly|properly))\b"
        r"|^view (?:this (?:e-?mail|message|newsletter) )?(?:in (?:your|a|the) (?:web )?browser|online)\b"
        r"|^si ce (?:message|courriel|mail|e-?mail) ne s['’]affiche pas correctement\b|^(?:voir|consulter) (?:la )?version en ligne\b"
        r"|^(?:wird )?diese (?:e-?mail|nachricht|newsletter) (?:wird )?nicht (?:richtig|korrekt) angezeigt\b"
        r"|^(?:im browser (?:ansehen|öffnen)|online-version|webversion)\b"
        r"|^¿?no (?:ves|puedes ver) (?:bien |correctamente )?este (?:correo|e-?mail|mensaje)\b|^ver (?:en el|no) navegador\b"
        r"|^está com dificuldade (?:para|em) (?:ler|ver) este e-?mail\b|^(?:abra|abrir|visualizar|ver) no navegador\b"
        r"|^non (?:visualizzi|riesci a (?:vedere|leggere)) correttamente questa (?:e-?mail|newsletter|mail)\b"
        r"|^(?:visualizza|apri(?:la)?) nel browser\b"
        # ... and why the reader receives it
        r"|^you(?:['’]re| are)? receiv(?:ing|ed) this (?:e-?mail|newsletter|message)\b"
        r"|^vous recevez (?:cette lettre|ce courriel|cet e-?mail|ce message|cette newsletter)\b"
        r"|^sie erhalten (?:diese e-?mail|diesen newsletter|diese nachricht)\b"
        r"|^(?:recibes|has recibido|usted recibe) este (?:correo|e-?mail|mensaje|boletín)\b"
        r"|^(?:você )?(?:recebeu|recebe|está recebendo) este e-?mail\b|^(?:hai ricevuto|ricevi) questa (?:e-?mail|mail|newsletter)\b",
        re.I)),
    # "Portal de notícias de Goiás", "Le site d'information de la Côte", "Das Nachrichtenportal für Hamburg": the site's
    # slogan, what kind of site it is and for where, in the six languages
    ("page-chrome", _Keys.of("portal|portale|site|nachrichtenportal|source|information|notícias|noticias|notizie|news"),
     lazy_compile(r"^(?:(?:o|el|le|il|das|the|your|seu|tu|votre|il tuo|dein) )?(?:portal|portale|site|sitio|nachrichtenportal"
                  r"|(?:leading |trusted |local )?(?:news|online news) (?:source|portal|site))"
                  r"(?: (?:de |d['’]|di |für |for |of )(?:notícias|noticias|notizie|nachrichten|news|informa(?:ção|ción|zione|tion)s?))?"
                  r" (?:de|da|do|del|della|di|du|des|für|for|in|of)(?: la| l['’])? ?(?-i:[A-ZÀ-Þ])[\w'’\-]*(?: [\w'’\-]+){0,3}$",
                  re.I)),
    # "Fetching more content...", "The advertisement is loading. Your article continues below.": what a page prints
    # while a widget loads
    ("page-chrome", _Keys.of("fetching|loading|continues"), lazy_compile(
        r"^(?:fetching|loading) more (?:content|stories|articles|news)\b|\b(?:advertisement|ad) is loading\b"
        r"|^(?:your|the) article continues below\b", re.I)),
    # "This is the cached copy of … as retrieved on …", "The page you see below is a snapshot …": a search engine's
    # cache over the page it kept
    ("site-notice", _Keys.of("cached|cache|snapshot|ctrl"), lazy_compile(
        r"^this is (?:google's |the |a )?cache(?:d copy)? of\b.{0,200}\b(?:retrieved|snapshot|appeared)\b"
        r"|^the page you see below is a snapshot\b|^(?:tip: )?to quickly find your search term on this page\b", re.I)),
    ("media-embed", _Keys.of("listen|browser|post|loading|audio|sponsored|brought|twitter|http|https|embedded|inhalt|voice|narrator|min"
                             "|instagram|facebook|tiktok|beitrag|publication|publicación|publicação|foto|video|allow"),
     lazy_compile(r"you can now listen to\b|\baudio for this (?:article|story) is (?:not |un)available\b|\b(?:your|this) browser does not support\b|\bview this post on "
                  r"(?:instagram|facebook|x|twitter|tiktok|youtube)\b|^a post shared by\b|^loading (?:tweet|video|"
                  r"comments|player)\b|\baudio (?:is|was) (?:auto-?generated|ai-generated|generated)\b|"
                  # "02:14 min, aus Rendez-vous vom 05.03.2024.": a clip's length and the programme it is from
                  r"^\d{1,2}:\d{2} min\.?,? (?:aus|from|de|del|da|dal|tiré de|extrait de)\b|"
                  # "This is read by an automated voice.": the player's note that a machine reads the story aloud
                  r"\b(?:read|narrated|voiced) (?:aloud )?by an? (?:automated|artificial|ai|ai-generated|computer-generated|synthetic|"
                  r"digital) (?:voice|narrator)\b|"
                  r"^(?:(?:this )?(?:audio|article|story|podcast) is |)(?:sponsored|brought to you) by\b|"
                  # the player's own notice, an embed's placeholder ("Embedded content from YouTube", "Twitter-Inhalt
                  # anzeigen")
                  r"^(?:audio\s*:\s*)?listen to (?:this|more) (?:story|article|stories|articles)\b.{0,80}\b(?:audio|podcasts?|app)\b"
                  r"|^embedded content from\b"
                  r"|^(?:\w+-inhalt|externe[nr]? inhalte?) (?:anzeigen|laden)\b|"
                  r"\bpic\.twitter\.com/\S+$|\bhttps?://t\.co/\S+$|"
                  # "Visualizza questo post su Instagram", "Un post condiviso da …": an embedded post's link and
                  # attribution in the other languages; "Allow Instagram content?": its consent button's question
                  r"^(?:visualizza questo post|diesen beitrag|dieses? (?:post|foto|video) (?:auf|ansehen)|voir cette publication"
                  r"|ver esta publicación|ver (?:esta|essa) (?:publicação|foto)) .{0,20}\b(?:instagram|facebook|tiktok|x)\b"
                  r"|^(?:un post condiviso da|ein beitrag geteilt von|une publication partagée par|una publicación compartida"
                  r" (?:de|por)|uma publicação (?:compartilhada|partilhada) por)\b|^allow [\w\-]+(?: [\w\-]+)? content\??$"
                  r"|^(?:[\w\-]+-)?inhalte? (?:von [\w\-]+ )?(?:erlauben|zulassen)\??$"
                  # "Post auf Bluesky ansehen", "View post on Bluesky": the embedded post's link to its network
                  r"|^(?:post|beitrag) auf (?:bluesky|x|instagram|threads|facebook|mastodon|tiktok) (?:ansehen|anzeigen)$"
                  r"|^view (?:the )?post on (?:bluesky|x|instagram|threads|facebook|mastodon|tiktok)$", re.I)),
    # "Hier finden Sie einen Inhalt von YouTube, der den Artikel ergänzt. …": the placeholder of an embedded player or
    # post that the reader has not allowed, however long its note on consent goes on
    ("media-embed", _Keys.of("inhalt|video|beitrag|post|grafik"), _EMBED_PLACEHOLDER),
    # (what opens the note, then where the story first appeared, anywhere in the line: two patterns, since one
    # searching for both would try every opening at every place in the line)
    ("editor-note", _Keys.of("editor|originally|first published|first appeared|updated|corrected|amended|"
                             "correction|developing|part|partnership|collaboration|support|funding|views|opinions|funded"
                             "|series|co-published|copublished|co-produced"),
     lazy_compile(r"^(?:editor['’]s note\b|this (?:story|article|report) will be updated\b|(?:updated|corrected) (?:at|on) .{1,40}?"
                  r" (?:with|to (?:add|include|reflect|correct))\b"  # "Updated at 3:45 p.m. with comment from the mayor."
                  r"|(?:this (?:story|article|report) )?(?:was |has been |is )?(?:originally|first) "
                  # (not "First published on Tue 11 Mar 2025 08.05 GMT": a stamp)
                  r"(?:published|appeared)\b(?!:?\s+(?:on\s+|at\s+)?(?:[a-z]{2,9}\.?,?\s+)?\d)|this (?:story|article|report) (?:has been|was) (?:updated|corrected|"
                  r"amended)\b|correction\s*:|(?:this is a )?developing story\b|this (?:story|article) is developing\b"
                  # a series or a partner the story belongs to, and a disclaimer on its views
                  r"|this (?:story|article|report|piece) (?:is part of|was (?:produced|published|reported|written|made) "
                  r"(?:in partnership|in collaboration|with (?:support|funding)))\b"
                  # "This article is co-published with the Mohawk Valley Courier.": the partner that prints it too
                  r"|this (?:story|article|report|piece) (?:is|was) (?:co-?published|co-produced) (?:with|by)\b"
                  r"|the (?:views|opinions) expressed (?:in this|here|are)\b"
                  # "Local Democracy Reporting is public interest journalism funded through the Local Journalism Fund."
                  r"|.{0,60}\bis (?:public[- ]interest )?journalism funded (?:by|through)\b"
                  # "This is the third in a series of columns on …": where the piece stands in its series
                  r"|this is the (?:\w+ )?(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th)) "
                  r"(?:\w+ )?(?:in|of) (?:a|an|our) (?:\w+ )?series\b)", re.I)),
    # "Notícia em atualização.", "Noticia en desarrollo", "Artikel wird laufend aktualisiert": the note that the story is
    # still being updated, in the other languages
    ("editor-note", _Keys.of("atualização|actualização|desarrollo|actualización|aggiornamento|evoluzione|aktualisiert"
                             "|actualisation|jour"), lazy_compile(
        r"^(?:esta )?notícia (?:está )?em (?:atualização|actualização)\b|^(?:esta )?noticia (?:está )?en (?:desarrollo"
        r"|actualización)\b|^(?:la )?(?:notizia|articolo) (?:è )?in (?:aggiornamento|evoluzione)\b"
        r"|^(?:dieser )?(?:artikel|beitrag|text) wird (?:laufend |fortlaufend )?aktualisiert\b"
        r"|^(?:cet )?article (?:en cours d['’]actualisation|(?:sera|est) mis à jour)\b", re.I)),
    # "Submit a letter to the editor at …": how readers write to the paper, under its letters, at any length
    # ("Have an opinion on this piece? Send us a letter …": the question before it)
    ("comment-prompt", _Keys.of("letter|letters"), lazy_compile(
        r"^(?:submit|send|email|e-mail|write) (?:us )?(?:a |your )?letters? to the editor\b"
        r"|^(?:have an opinion|do you have an opinion|got an opinion) on (?:this|the issues raised in this) (?:piece|article"
        r"|story|column)\?.{0,40}\bletters?\b", re.I)),
    # "This content was produced by The Paper Brand Studio in partnership with …", "Este contenido ha sido elaborado por
    # el departamento de Branded Content de …": the note that a sponsor's story is no newsroom's, in the six languages
    ("advertisement", _Keys.of("content|contenido|conteúdo|contenu|inhalt|beitrag|contenuto|newsroom"),
     lazy_compile(r"^this (?:content|article|story) (?:was |is |has been )?(?:produced|created|paid for|sponsored) by\b"
                  r".{0,80}\b(?:in partnership with|on behalf of)\b"
                  r"|\bnewsroom was not involved in (?:its|the) (?:creation|production|reporting)\b"
                  r"|^(?:este contenido (?:ha sido|fue|es) (?:elaborado|producido|creado|realizado) por"
                  r"|este conteúdo (?:foi|é) (?:produzido|elaborado|criado|realizado) por"
                  r"|ce contenu (?:a été|est) (?:produit|réalisé|rédigé|créé) par|dieser (?:inhalt|beitrag) wurde (?:von|im auftrag)"
                  r"|questo contenuto è (?:stato )?(?:realizzato|prodotto|creato) da)\b.{0,80}\b(?:branded content|brand studio"
                  r"|contenido patrocinado|conteúdo patrocinado|contenu sponsorisé|publireportage|sponsored|patrocinado)\b", re.I)),
    # "Ce texte fait partie de notre section Perspectives.", "Les opinions publiées n'engagent que leurs auteurs.": a
    # series the story belongs to, and a disclaimer on a column's views, in the other languages
    ("editor-note", _Keys.of("fait|teil|forma|faz|fa|opinions|opiniones|opiniões|opinioni|meinung|meinungen|engagent|"
                             "responsabilidad|responsabilidade|responsabilità"), lazy_compile(
        r"^(?:ce|cet|cette) (?:texte|article|chronique|tribune) fait partie d|^(?:dieser|diese) (?:beitrag|artikel|text|kolumne)"
        r" ist teil\b|^este (?:artículo|texto) forma parte d|^este (?:artigo|texto) faz parte d|^questo (?:articolo|testo)"
        r" fa parte d|^(?:les )?opinions (?:publiées|exprimées)\b.{0,60}\bn['’]engagent que\b"
        r"|^(?:las )?opiniones (?:expresadas|vertidas|publicadas)\b(?:.{0,60}\b(?:responsabilidad|de sus? autor)|.{0,12}$)"
        r"|^(?:as )?opiniões (?:expressas|emitidas|publicadas)\b.{0,60}\b(?:responsabilidade|d[oa]s? autor)"
        r"|^(?:le )?opinioni espresse\b.{0,60}\b(?:responsabilità|dell['’]autore|degli autori)"
        r"|^(?:der|dieser) (?:beitrag|gastbeitrag|kommentar|text) (?:gibt|spiegelt) (?:ausschließlich |allein )?die meinung"
        r" (?:des|der) (?:autors|autorin|autoren)\b"
        # "Gastkommentare geben die Meinung der Autorin oder des Autors wieder …": the same, for a section's columns
        r"|^(?:gast)?(?:kommentare|beiträge|gastbeiträge|kolumnen) (?:geben|spiegeln) (?:ausschließlich |allein )?die meinung"
        r" (?:des|der) (?:autors|autorin|autoren)\b", re.I)),
    ("editor-note", _Keys.of("erschienen|erschien|publié|originalmente|originariamente"),
     lazy_compile(r"\b(?:ist zuerst erschienen|erschien zuerst|a été (?:initialement|d['’]abord) publié"
                  r"|fue publicado originalmente|foi publicado originalmente|è stato pubblicato originariamente)\b", re.I)),
    # "Video player loading...", "Video: 1:34 Min.", "Vídeo: 2:05 min": a player's note or its label and length
    ("media-embed", _Keys.of("video|vidéo|vídeo|audio|player|loading"), lazy_compile(
        r"^(?:video|vidéo|vídeo|audio)(?: player)? (?:is )?loading(?:\.{3}|…)?$"
        r"|^(?:video|vidéo|vídeo|audio|podcast)\s*[:|]\s*\d{1,2}:\d{2}(?:\s*min\.?)?$", re.I)),
    # "Bitte melden Sie sich an, um einen Kommentar zu verfassen.", "… um zu posten.", "Voir les 27 commentaires",
    # "Diskutieren Sie hier mit anderen Usern über dieses Thema.": the comments' or a forum's login, link and invitation,
    # in the other orders and languages
    ("comment-prompt", _Keys.of("kommentar|kommentare|commentaire|commentaires|comentario|comentarios|comentário"
                                "|comentários|commento|commenti|comment|comments|posten|mitzudiskutieren|diskutieren"
                                "|community-richtlinien"), lazy_compile(
        r"^bitte (?:melden sie sich an|loggen sie sich ein|registrieren sie sich),? um (?:(?:einen )?kommentar\w* zu"
        r"|zu posten|mitzudiskutieren)"
        r"|^(?:voir|afficher|ver|vedi|view|see|show|read) (?:les |los |os |tutti i |all )?\d+ (?:commentaires?|comentarios?"
        r"|comentários?|commenti|comments?|kommentare)|^diskutieren sie (?:hier )?mit\b"
        r"|\bes gelten (?:unsere|die) community-richtlinien", re.I)),
    # "Über dieses Thema berichtet: MR24 im Radio am 09.07.2024 um 22:00 Uhr.": where a broadcaster aired the story
    ("editor-note", _Keys.of("berichtet|berichtete"), lazy_compile(r"^über dieses thema (?:berichtet|berichtete)\b", re.I)),
    # "Advertise with Harbourside Media.": the site's link for advertisers, naming itself
    ("page-chrome", _Keys.of("advertise"), lazy_compile(
        r"^(?i:advertise) (?:with|on|in) (?:us|the [\w&'’ ]{2,40}|[A-ZÀ-Þ][\w&'’\-]*(?: [A-ZÀ-Þ][\w&'’\-]*){0,3})\.?$")),
    # "All quotes delayed a minimum of 15 minutes.": a markets widget's note, in the six languages
    ("site-notice", _Keys.of("delayed|verzögert|différées|retrasadas|atrasadas|ritardo|quotes|kurse|cotations"
                             "|cotizaciones|cotações|quotazioni"), lazy_compile(
        r"\b(?:quotes|prices|data) (?:are )?delayed\b|\bkurse (?:sind )?(?:um )?(?:mindestens )?\d+ min\w* verzögert"
        r"|\bcotations? différées|\bcotizaciones? (?:con )?\d+ min\w* de retraso|\bcotaç(?:ão|ões) com atraso"
        r"|\bquotazioni (?:in )?ritardo", re.I)),
    # "$24 at ShopMart", "29,99 € bei Technikmarkt": a shop's price for a product the story links to
    ("promo", _Keys.of("$|€|£"), lazy_compile(
        r"^" + _PRICE + r"\s+(?:at|bei|chez|en|em|su|da|on)\s+[A-ZÀ-Þ][\w.&'’\-]*(?: [A-ZÀ-Þ][\w.&'’\-]*){0,2}$")),
    # "Vos données sont traitées conformément à notre politique de confidentialité.", "Your data will be processed in
    # accordance with our privacy policy.": a sign-up form's note on the reader's data, in the six languages.
    ("site-notice", _Keys.of("privacy|confidentialité|datenschutzerklärung|datenschutzbestimmungen|datenschutzhinweise"
                             "|datenschutzhinweisen|privacidad|privacidade|informativa"), lazy_compile(
        r"\b(?:your|vos|ihre|tus|sus|seus|os seus|i tuoi|i suoi)\s+(?:personal |personnelles |personenbezogenen "
        r"|personales |pessoais |personali )?(?:data|info|information|details|données(?: personnelles)?|informations|daten"
        r"|angaben|datos(?: personales)?|dados(?: pessoais)?|dati(?: personali)?)\b.{0,80}\b(?:privacy policy|privacy notice|politique de confidentialité|datenschutzerklärung"
        r"|datenschutzbestimmungen|datenschutzhinweise\w*|política de privacidad|política de privacidade|informativa (?:sulla )?privacy)",
        re.I)),
    # "Accede a todas las notas sin límite desde $49 al mes", "Unlimited access for $4.99 a month": access offered at a
    # price for a period, opening the line, to all the site's stories or without limit, in the six languages.
    ("paywall", _Keys.of("$|€|£"), lazy_compile(
        r"^(?=.{0,80}\b(?:unlimited|illimit\w*|sin límite|sem limites?|ilimitad\w*|unbegrenzt\w*|digital\w*"
        r"|tod[oa]s (?:las|los|as|os) (?:notas|noticias|notícias|artículos|artigos|contenidos|conteúdos|matérias)"
        r"|tous les (?:articles|contenus)|allen? (?:artikeln?|inhalten?|beiträgen?)|tutti gli articoli|all (?:articles|stories|content)))"
        r"(?:get |enjoy )?(?:unlimited |full )?(?:access|acceso|accede|acesso|accès|zugang|accesso|sin límite|sem limites"
        r"|unbegrenzte[rn]? zugang|ilimitado|illimitato)\b.{0,60}?(?:[$€£]\s?\d|\d[\d,.]*\s?(?:€|euros?|reais|pesos|dollars?))"
        r".{0,20}?(?:al mes|por mes|al año|a month|per month|a week|per week|a year|par mois|par an|pro monat|im monat"
        r"|por mês|por ano|al mese|all['’]anno|/\s?(?:mes|month|week|mois|monat|mês|mese|año|year))", re.I)),
    # A paywall's prompts: "To continue reading, subscribe", "Already a subscriber? Log in", "Réservé aux abonnés".
    ("paywall", _Keys.of("subscribe|subscriber|subscribers|abonnés|abonné|abonnent|abonnenten|suscriptor|suscriptores|"
                         "assinante|assinantes|abbonato|abbonati|reading|leyendo|lendo|leggere|lire|weiterzulesen|"
                         "available|limit|account|trial|unlimited|compte|essai|prueba|illimitato|ilimitado|"
                         "illimité|unbegrenzten|kostenlos|offert|limite|registrieren|konto|cuenta|sesión|"
                         "unlock|free|gratuits|kostenlosen|gratuitos|gratuitas|gratuiti|abonnement|geschenkt|gifted|angebot|read|"
                         "weiterlesen|suite|exclusive|exklusiv|members|premium"),
     lazy_compile(r"\b(?:to continue reading|"
                  # "Dieser Artikel gehört zum Angebot von SPIEGEL+. Sie können ihn auch ohne Abonnement lesen, weil er
                  # Ihnen geschenkt wurde.": a subscriber's story, opened as a gift
                  r"dieser (?:artikel|beitrag) gehört zum angebot von|ohne abonnement lesen|(?:weil|da) er ihnen geschenkt wurde"
                  r"|(?:this|the) (?:article|story) (?:was|has been) gifted to you|cet article vous (?:est|a été) offert|continue reading (?:your|this) (?:article|story)|para (?:seguir|continuar) leyendo"
                  r"|para continuar lendo|per continuare a leggere|pour (?:continuer à lire|lire la suite)|um weiterzulesen"
                  r"|already a subscriber|déjà abonné|ya eres suscriptor|já é assinante|sei già abbonato|schon abonnent"
                  r"|exclusiv[oea]s? (?:para|for|per) (?:suscriptores|assinantes|subscribers|abbonati)|réservée? aux abonnés"
                  # ("La suite de cet article est réservée à nos abonnés."; "to our subscribers" in the other languages)
                  r"|réservée? à nos abonnés|reservad[oa] a nuestros suscriptores|reservad[oa] (?:a|aos) nossos assinantes"
                  r"|riservat[oa] ai nostri abbonati|unseren abonnenten vorbehalten"
                  r"|riservat[oa] agli abbonati|nur für abonnenten|(?:for )?subscribers only|(?:abonnenten|abonnentinnen) vorbehalten"
                  # "The rest of this article is for Premium members only.", "… for full access to …"
                  r"|\b(?:article|story|content)\b.{0,30}\b(?:for|to) (?:\w+ )?(?:members|subscribers) only|\bpremium for full access\b"
                  # "This article is for subscribers.": the rest of the story is not printed
                  r"|^(?:this|the rest of this) (?:article|story|content|post) is (?:only )?(?:for|available to|reserved for)"
                  r" (?:our )?(?:paying |paid )?(?:members|subscribers)(?=\.?$)"
                  r"|subscribe (?:today|now|for (?:full|unlimited|just|only|[$€£\d])|to (?:continue|read|keep|unlock))|not available in your (?:region|country)"
                  # "Subscribe to The Paper for unlimited access to quality journalism."
                  r"|^subscribe to (?:the )?[\w'’&.-]+(?: [\w'’&.-]+){0,4} for (?:unlimited|full|complete) (?:digital )?access\b"
                  r"|you have reached (?:your|the) (?:limit|maximum)|(?:log|sign) in,? (?:register|sign up),? or subscribe"
                  # "Create a free account to keep reading", "Already have an account?", "Start your free trial",
                  # "Enjoy unlimited access for just $1", in the languages read
                  r"|to keep reading|already have an account(?=\s*\?)|(?:start|try|begin) (?:your |a )?(?:\d+-day )?free trial"
                  r"|unlimited (?:digital )?access (?:for (?:just|only)|to (?:all|our|every))|créez (?:un|votre) compte"
                  r"|unlimited (?:digital )?access\b.{0,60}\bfor (?:just|only)"  # "… unlimited access to The Paper for just $1"
                  r"|essai gratuit|prueba gratis|kostenlos testen|accès illimité|acceso ilimitado|acesso ilimitado"
                  r"|accesso illimitato|unbegrenzten zugang|cet article vous est offert|vous avez atteint (?:la|votre) limite"
                  r"|jetzt registrieren und weiterlesen|bereits ein konto(?=\s*\?)|ya tienes (?:una )?cuenta(?=\s*\?)"
                  r"|inicia sesión para|(?:log|sign) in or create an account|create an account to (?:continue|read)"
                  r"|unlock this (?:article|story)"
                  # a metered paywall's count: "You have read 1 of 4 free articles this month", in the six languages
                  r"|you(?:'ve| have) read \d+ (?:of|out of) (?:your )?\d+ free|\d+ free (?:articles|stories) (?:left|remaining)"
                  r"|vous avez lu \d+ (?:des?|sur) \d+ articles gratuits|sie haben \d+ von \d+ kostenlosen"
                  r"|has leído \d+ de (?:tus |los )?\d+ (?:artículos|notas|noticias) gratuit[oa]s"
                  r"|você (?:já )?leu \d+ de (?:\d+|seus \d+) (?:matérias|artigos|notícias|textos) gratuit[oa]s"
                  r"|hai letto \d+ (?:di|su|dei) \d+ articoli gratuiti"
                  # "This article is exclusive to subscribers", "Dieser Artikel ist exklusiv für Abonnentinnen und
                  # Abonnenten"
                  r"|^(?:(?:this|the) (?:article|story|content|piece) is )?(?:exclusive to|reserved for) (?:our )?(?:subscribers|members)"
                  r"|^(?:(?:dieser|der) (?:artikel|beitrag|inhalt) ist )?exklusiv für (?:abonnent(?:inn)?en|abonnentinnen und abonnenten)"
                  # the question that opens the offer: "Want to read more?", "Vous voulez lire la suite ?", in the six
                  # languages
                  r"|^want to (?:read (?:more|on|the (?:full|rest of the) (?:article|story))|continue reading)(?=\s*\?\s*$)"
                  r"|^(?:vous voulez|envie de) lire la suite(?=\s*\?\s*$)|^(?:sie )?möchten (?:sie )?(?:weiterlesen|den (?:ganzen|vollständigen) "
                  r"artikel lesen)(?=\s*\?\s*$)|(?:^|(?<=^¿))quieres (?:seguir|continuar) leyendo(?=\s*\?\s*$)|^quer (?:continuar|seguir) (?:lendo|a ler)"
                  r"(?=\s*\?\s*$)|^vuoi (?:continuare a leggere|leggere (?:tutto|il resto))(?=\s*\?\s*$))\b",
                  re.I)),
    # A metered paywall's notice that the month's free stories are read, in the six languages ("Atingiu o limite de
    # artigos gratuitos deste mês.", "Sie haben Ihr Kontingent an kostenlosen Artikeln … aufgebraucht."), what it offers
    # ("Enjoy additional articles per month.", "… lesen, inklusive E-Paper.") and asks ("Create an account or sign in to
    # continue with your reading experience.")
    # "Sie haben alle Gratisartikel dieses Monats gelesen.", "Vous avez lu tous vos articles gratuits …": the same notice
    # that every free story is read, in the other languages
    ("paywall", _Keys.of("gratisartikel|kostenlosen|gratuits|gratuitos|gratuitas|gratuiti"),
     lazy_compile(r"^(?:sie haben|du hast) (?:alle|ihre|deine) (?:gratisartikel|kostenlosen artikel)\b"
                  r"|^vous avez (?:lu|consulté) tous vos articles gratuits|^(?:has|ha) leído todos (?:tus|sus|los) artículos gratuitos"
                  r"|^(?:você )?(?:já )?leu todos os (?:seus )?(?:artigos|textos|conteúdos) gratuitos|^hai letto tutti gli articoli gratuiti",
                  re.I)),
    ("paywall", _Keys.of("límite|limite|limit|kontingent|esaurito|esauriti|month|monat|e-paper|epaper|continue"),
     lazy_compile(r"\b(?:(?:has alcanzado|alcanzaste|llegaste a|ha alcanzado) el límite de (?:artículos|notas|noticias)"
                  r"|(?:atingiu|alcançou|chegou a)o? (?:o )?limite de (?:artigos|matérias|notícias|textos)"
                  r"|hai (?:raggiunto il limite di|esaurito (?:gli|i)) (?:articoli|contenuti)"
                  r"|kontingent an (?:kostenlosen|freien) (?:artikeln|beiträgen)|(?:additional|more|free) (?:articles|stories) per month"
                  r"|(?:sign|log) in to continue (?:with )?your reading)\b|\binklusive e-?paper\.?$", re.I)),
    # "Compartido desde la app de El Correo Austral", "Shared from the Valley Courier app": the note an app's share
    # link prints over the story, in the six languages.
    ("page-chrome", _Keys.of("shared|sent|compartido|compartilhado|compartilhada|partagé|geteilt|condiviso"),
     lazy_compile(r"^(?:(?:shared|sent) (?:from|via) (?:the )?.{1,40} app|compartido desde (?:la )?app(?:licación)? de .{1,40}"
                  r"|compartilhad[oa] (?:do|pelo|via) (?:app|aplicativo) (?:d[oa] )?.{1,40}|partagé depuis l['’]app(?:lication)? .{1,40}"
                  r"|geteilt (?:aus|über|via) (?:der )?.{1,40}app|condiviso (?:dall['’]app|tramite l['’]app) .{1,40})\.?$", re.I)),
    # "Listening to articles is free for open-access content …": an audio player's note on the page's spoken stories.
    ("media-embed", _Keys.of("listening"), lazy_compile(r"^listening to (?:this |the )?articles? is\b", re.I)),
    # "You must be logged in to comment", "Um Kommentare zu schreiben, melden Sie sich bitte an", "Pour commenter,
    # connectez-vous": the comment box asks for an account, in the six languages.
    ("comment-prompt", _Keys.of("comment|comments|commenter|commenting|kommentar|kommentare|kommentieren|commentaire"
                                "|comentar|comentario|comentário|commentare|commento|diskussion"), lazy_compile(
        r"^(?:you (?:must|need to)|please) (?:be )?(?:logged in|log in|signed in|sign in|registered|register)\b.{0,20}"
        r"\bto (?:comment|post (?:a )?comments?|leave (?:a )?comments?|write (?:a )?comments?|join the (?:conversation|discussion))"
        r"|^to (?:comment|post a comment|leave a comment|join the (?:conversation|discussion)),? (?:please )?(?:log|sign) in"
        r"|^um (?:einen )?kommentar(?:e|en)? zu (?:schreiben|verfassen|veröffentlichen|hinterlassen),? (?:müssen sie|musst du|"
        r"melden sie sich|melde dich|loggen sie sich|bitte)|^zum kommentieren (?:bitte )?(?:anmelden|einloggen|registrieren)"
        r"|^um (?:zu )?kommentieren(?: zu können)?,? (?:müssen sie|musst du) (?:angemeldet|eingeloggt|registriert) sein"
        r"|^pour (?:commenter|laisser un commentaire|réagir),? (?:veuillez vous connecter|connectez-vous|identifiez-vous"
        r"|vous devez (?:être connecté|vous connecter|vous identifier))"
        r"|^para (?:comentar|dejar un comentario),? (?:debes |debés |tienes que |tenés que |necesitas )?(?:iniciar sesi"
        r"|inicia sesi|registrarte|estar registrad[oa])"  # (the capture may stop inside "sesión")
        # (the login first, then "to comment": "Tem de iniciar sessão para comentar.", "Devi effettuare il login per
        # commentare."; the offer to join the discussion, "Du möchtest zur Diskussion beitragen? Melde dich an")
        r"|^(?:tem de|tens de|tem que|você precisa|precisa|é preciso|debes|debés|tienes que|necesitas) (?:iniciar sess[ãa]o"
        r"|iniciar sesión|fazer login|estar logad[oa]|entrar|registrarte|estar registrad[oa]) para (?:comentar|deixar)"
        r"|^(?:devi|è necessario|occorre) (?:effettuare il login|accedere|registrarti|essere registrato) per commentare"
        r"|^(?:du möchtest|möchten sie|willst du|wollen sie) (?:zur diskussion beitragen|mitdiskutieren|kommentieren)\?"
        r"|^para comentar,? (?:(?:este|o) artigo |(?:esta|a) notícia )?(?:é preciso |você precisa |precisa |tem de |tens de "
        r"|tem que )?(?:fazer login|faça login|entrar|estar logado|ser assinante|iniciar sessão|inicie sessão|registar-se)"
        r"|^per commentare,? (?:devi |è necessario |occorre )?(?:effettuare il login|accedere|registrarti|essere registrato)", re.I)),
    # "Störungsnummer: 0800 555 0170", "Hotline: …", "Tel.: +49 30 …", "Call us: 1-800-…": a number to call under its
    # label (a compound's last part too), the line no more than that
    ("contact", _Keys.of("hotline|phone|tel|fax|telefon|notruf|téléphone|tél|teléfono|telefone|telefono|nummer:|nummer "
                         "|call|ring"),
     lazy_compile(r"^(?:[\w.\-]+\s){0,2}(?:[\w\-]*(?:hotline|telefon|notruf)|(?:störungs|service|notruf|telefon|ruf|info)nummer|phone|tel|fax|téléphone|tél|teléfono"
                  # (what the number is for after the label, "Störungsnummer Strom, Gas, Wasser:", and when it answers
                  # after it, "(24 h, kostenfrei)")
                  r"|telefone|telefono|call us|ring us|call)(?:\s[\w\-]+,?){0,5}\.?\s*:?\s*\+?\(?\d[\d\s()/.\-]{5,18}\d"
                  r"(?:\s*\([^()]{1,40}\))?$", re.I)),
    # "Sign the petition: Stop dredging at Carrick Bay": a campaign's prompt to sign, in the six languages
    ("appeal", _Keys.of("sign|petition|unterschreiben|unterzeichnen|signez|firma|assine"),
     lazy_compile(r"^(?:sign (?:the|our) petition|jetzt (?:unterschreiben|unterzeichnen)|signez la pétition"
                  r"|firma la (?:petición|petizione)|assine a petição)\b", re.I)),
    # "Download PDF", "PDF herunterladen", "Télécharger le PDF": the page's button to save the story as a file
    ("page-control", _Keys.of("pdf"),
     lazy_compile(r"^(?:(?:download|print|save)(?: (?:the|this))?(?: (?:article|story|release|report|page))?(?: as)? pdf"
                  r"|(?:als )?pdf (?:herunterladen|downloaden|drucken)|(?:télécharger|imprimer)(?: (?:le|en))? pdf"
                  r"|(?:descargar|imprimir)(?: (?:el|en))? pdf|(?:baixar|imprimir)(?: (?:o|em))? pdf"
                  r"|(?:scarica|stampa)(?: (?:il|in))? pdf)(?: \([\d.,]+\s?[km]b\))?$", re.I)),
    # "Follow Jane Roe on X", "Contact Jane Roe at jane@courier.example", "Got a news tip? Email ...": the
    # author's or the newsroom's address.
    ("contact", _Keys.of("@|follow|tip|erreichen|kontakt|contacter|contactar|contatar|contattare|contact|fale|story|idea"),
     lazy_compile(r"^follow (?:\w+ ){0,3}(?:on|at) (?:x|twitter|facebook|instagram|threads|bluesky|mastodon|linkedin"
                  r"|tiktok)\b[^.!?]{0,40}$|\b[\w.+\-]+@[\w\-]+\.[\w.\-]+\b"
                  # "Got a news tip?", "Have a confidential tip for our reporters? Get in touch" (not a story's "residents
                  # have a tip line")
                  r"|^(?:do you |if you )?(?:have|got) (?:an?|any) (?:confidential |news |story )*tips?\b(?! line)"
                  # "For media enquiries, please contact the press office on 020 …": whom a release names to ask
                  r"|^for (?:media|press) (?:enquiries|inquiries),? (?:please )?(?:contact|call|e-?mail)\b"
                  # "Got a story? Email us", "Have a story idea? Contact the newsroom"
                  r"|^(?:got|have) a (?:story|news story|story idea)\?\s*(?:email|e-mail|contact|tell|send|get in touch)\b"
                  # "So erreichen Sie Hans Müller:", "Contact the author", "Kontakt zum Autor", in the six languages
                  r"|^so erreichen sie\b[^.!?]{0,60}:$|^kontakt zu[mr] (?:autor|autorin|redaktion)\b|^contact (?:the )?(?:author|reporter)\b"
                  r"|^(?:pour )?contacter l['’](?:auteur|autrice|auteure|journaliste)\b|^contactar (?:al|con el|con la) (?:autor"
                  r"|autora|periodista)\b|^contatar o autor\b|^fale com o autor\b|^contattare l['’]autore\b", re.I)),
    # The site's logo, a link home: "The Valley Courier - Back to home"; a link that says where it opens: "Our
    # Standards: The Trust Principles., opens new tab".
    ("page-chrome", _Keys.of("home|homepage|tab|window|standards|startseite|accueil|portada|inicio|inicial"),
     lazy_compile(r"^our standards\s*:|^.{1,60}?\s[-–—|]\s(?:back|go) to (?:the )?home(?:\s?page)?$"
                  # ... and in the other languages: "DOMRADIO.DE - zur Startseite"
                  r"|^.{1,60}?\s[-–—|]\s(?:zur(?:ück zur)? startseite|retour à l['’]accueil|(?:ir a|volver a) la portada"
                  r"|volver al inicio|(?:voltar|ir) para a página inicial|torna alla home(?:page)?)$|(?:,\s*|\s\(?)opens (?:in )?(?:a )?new "
                  r"(?:tab|window)\)?$", re.I)),
    ("appeal", _Keys.of("journalism|donate|donation|donating|supporting|member|subscriber|supporter|patron|count|support"
                        "|financé|financée|funded|finanziert|financiado|financiada|finanziato|finanziata"),
     lazy_compile(r"\bsupport (?:\w+ )?(?:our|independent|local|quality) journalism\b|^donate\b|^can we count on you\b|"
                  # "… Support our work today.": the site's appeal for its own work
                  r"\bsupport our (?:work|reporting|newsroom) (?:today|now)\b|"
                  r"^support (?:[\w\-]+,? ){1,4}(?:news|journalism|reporting)\.(?: join us| donate(?: now)?| become a member)?[.!]?$|"
                  r"\bbecome an? (?:member|subscriber|supporter|patron)\b|\bconsider (?:supporting|donating)\b|"
                  r"\bmake a donation\b"
                  # "The Beacon is a nonprofit newsroom. Donate today to keep stories like this free for everyone."
                  r"|\bdonate (?:today|now) to (?:keep|support|help|sustain|fund)\b"
                  # "Garrigues Info est un média indépendant financé par ses lecteurs.": the site's word that readers fund it
                  r"|\b(?:média|media|medium|site|newsroom|journal|zeitung|portal|medio|jornal|giornale|publication|outlet)\b"
                  r".{0,60}\b(?:financée?|funded|finanziert|financiad[oa]|finanziat[oa])"
                  r" (?:par|by|von|por|pelos|dai|dalle) (?:ses|its|our|nos|seinen|ihren|unseren|sus|nuestros|seus|nossos|suoi|nostri)"
                  r" (?:lecteurs|lectrices|readers|leser\w*|lectores|leitores|lettori)\b", re.I)),
    # "Please enter a search term": the search box's prompt, in the six languages.
    # "Partly cloudy early. High 74F. Winds S at 10 to 20 mph.": the site's weather forecast, its high or low written
    # as forecasts write them (a story says "a high of 104F")
    ("page-chrome", _Keys.of("high|low|highs|lows"), lazy_compile(r"(?-i:\b(?:High|Low)s? (?:near |around )?-?\d{1,3}\s?(?:°\s?[FC]?|F|C)\.)")),
    # "Catch all the Business News, Market News … on Bharat Ledger.", "Get Current Updates on India News, …": a
    # site's promise of all its news, under every story
    ("promo", _Keys.of("catch|current"), lazy_compile(
        r"^catch all the\b.{0,150}\bnews\b|^get current updates on\b", re.I)),
    # "This was published 11 months ago": a note on the story's age
    ("timestamp", _Keys.of("published"), lazy_compile(
        r"^this (?:was|story was|article was) published (?:\d{1,3}|an?|one) (?:minutes?|hours?|days?|weeks?|months?|years?) ago\.?$",
        re.I)),
    # "To plant trees in memory, please visit the Sympathy Store.": an obituary page's shop
    ("promo", _Keys.of("trees|tree|flowers|sympathy"), lazy_compile(
        r"\b(?:plant (?:a )?trees?|send flowers)\b.{0,30}\bin memory\b|\bsympathy store\b", re.I)),
    # "Add Briefly as a preferred source on Google", "Read a summary of this article on FAST.": the page's buttons that
    # follow the site or summarise the story
    ("page-chrome", _Keys.of("source|summary"), lazy_compile(
        r"^(?:add|make|set) (?:[\w.'’\-]+ ){0,3}(?:as )?(?:a |your |us your )?(?:preferred|trusted) source\b"
        r"|^read a summary of this (?:article|story)\b", re.I)),
    # "How does this make you feel?": a reactions widget under the story
    ("poll", _Keys.of("feel"), lazy_compile(r"^how (?:does|did) this (?:article |story )?make you feel\?$", re.I)),
    # "Más en RUMI:", "More in Politics:", "Mehr aus Hamburg:", "Per approfondire:": a label over links to more
    # stories, in the six languages
    ("related-link", _Keys.of("más|more|mehr|plus|mais|altro|altri|approfondire"), lazy_compile(
        r"^(?:más (?:en|de|sobre)|more (?:in|on|about|from)|mehr (?:aus|zu|zum|zur|von)|plus d['’]|plus de|mais (?:em|de|sobre)"
        r"|altro (?:su|da|in)) ?(?-i:[A-ZÀ-Þ])[^.!?:]{0,40}\s?:$|^(?:altri articoli|per approfondire)\s?:$", re.I)),
    ("related-link", _Keys.of("posts|articles|stories|artikel|beiträge|articoli|artículos|artigos|textos"),
     lazy_compile("^(?:" + _WRITERS_STORIES + ")$", re.I)),
    # "When search suggestions are available use up and down arrows to review and enter to select.": a search box's
    # help for screen readers
    ("search-widget", _Keys.of("suggestions"), lazy_compile(r"\bwhen (?:search |auto-?complete )?suggestions are available\b", re.I)),
    # "Get the latest on the flood emergency in our live blog.": a link to the site's live page on the story
    ("related-link", _Keys.of("blog|coverage"), lazy_compile(
        r"^(?:get|follow|read|see|find|for) (?:the latest|all the latest|live updates|more|the latest updates)\b.{0,80}"
        r"\b(?:in|on) our live (?:blog|coverage|page)\.?$", re.I)),
    # "Track Latest News Live on Prime24.com and get …", "Get the latest updates on Elections 2024, including live
    # coverage, results and analysis.": the site's promise of its coverage
    ("promo", _Keys.of("track|coverage"), lazy_compile(
        r"^track (?:the )?latest news live on \S+|^get the latest updates on .{1,60}, including live coverage\b", re.I)),
    ("search-widget", _Keys.of("search|suchbegriff|recherche|búsqueda|busca|pesquisa|ricerca|buscar|pesquisar|rechercher"
                               "|suchen|cerca"), lazy_compile(
        r"^(?:please )?(?:enter|type) (?:a |your )?(?:non-empty |valid )?search (?:term|query|keywords?|below)\b"
        # "Search this site", "Buscar no site da Folha", "Suchen auf der Website": the search box's placeholder
        r"|^(?:search|buscar|pesquisar|rechercher|suchen|cerca)\s+(?:this site|the site|our site|(?:in|on|no|nos|na|en|sur|auf"
        r"|nel|in questo)\s+(?:o |os |el |la |le |der |dem |il )?(?:sites?|sitio|site web|website|webseite|sito))\b"
        r"|^bitte (?:geben sie )?(?:einen )?suchbegriff(?: ein(?:geben)?)?\b|^(?:veuillez )?(?:saisir|entrer|saisissez) (?:un |votre )?"
        r"(?:terme|mot-clé) de recherche\b|^(?:introduce|escribe|ingresa) (?:un |tu )?(?:término|texto) de búsqueda\b"
        r"|^digite (?:o |um )?termo de (?:busca|pesquisa)\b|^inserisci (?:un |il )?termine di ricerca\b", re.I)),
    # "Explore The Meridian Review": the menu's link to all of a site's sections, its name after the word.
    ("page-chrome", _Keys.of("explore|entdecken|explorez|explora|explore"), lazy_compile(
        r"^(?:explore|entdecken sie|explorez|explora|explorar|esplora)\s+(?-i:[A-ZÀ-Þ])[\w'’&.\-]*"
        r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’&.\-]*){0,3}$", re.I)),
    # "Produced by Narrata using AI narration. Listen to more stories on the Narrata app.": a story's audio version
    ("promo", _Keys.of("narration|narrated|narrator|vorgelesen|voix|sintetizada|sintética|sintetica"), lazy_compile(
        r"\b(?:using|with|by) (?:an? )?(?:ai|artificial|synthetic|automated) (?:voice|narration|narrator)\b"
        r"|\bai[- ]narrated\b|\bnarrated by (?:an? )?(?:ai|artificial intelligence)\b", re.I)),
    # "Support the Meridian", "Support us": the page's button asking for a gift, its name after the word.
    ("appeal", _Keys.of("support"), lazy_compile(
        r"^support (?:us|(?:the )?(?!(?:center|centre|tickets?|team|page|hub|portal|desk)$)(?-i:[A-Z])[\w'’&.\-]*"
        r"(?: (?-i:[A-Z])[\w'’&.\-]*){0,3})$", re.I)),
    # "Thank you for your support!": the page thanks its reader for paying, in the six languages.
    ("appeal", _Keys.of("support|unterstützung|soutien|apoyo|apoio|sostegno|supporto"), lazy_compile(
        r"^(?:thank you|thanks|danke|vielen dank|merci|gracias|obrigad[oa]|grazie)\s+(?:so much\s+)?(?:for|für|pour|por|pelo|per)"
        r"\s+(?:your|deine|ihre|eure|votre|tu|su|seu|o seu|il tuo|il vostro|vostro)\s+(?:support|unterstützung|soutien|apoyo"
        r"|apoio|sostegno|supporto)\s*[.!]*$", re.I)),
    # "Bei Fragen und Anregungen zu diesem Artikel ... Kontakt": how to reach the newsroom about the story.
    ("contact", _Keys.of("fragen|question|questions|pregunta|preguntas|pergunta|perguntas|dúvida|dúvidas|domande"), lazy_compile(
        r"^(?:bei fragen(?: und anregungen)?|for questions(?: or comments)?|if you have (?:any )?questions|pour toute question"
        r"|si tienes (?:alguna pregunta|preguntas)|se (?:você )?tiver (?:alguma )?(?:dúvida|pergunta)s?|per domande)\b"
        r"(?=.{0,80}\b(?:uns|us|nous|nos|ci|contattaci)\b).{0,80}\b(?:kontakt|contact|contacto|contato|contattaci|contattarci"
        r"|schreiben sie|e-?mail)", re.I)),  # (who can be reached is "us": the newsroom, not someone in the story)
    # ("… se sostiene gracias a sus lectores", "… vive grazie ai suoi lettori": the site living on its readers' money)
    ("appeal", _Keys.of("free|readers|lectores|leitores|lecteurs|leser|lesern|lettori"), lazy_compile(
        r"\bhelp us keep (?:this story|our journalism|our reporting) free\b|\b(?:relies|rely|depends) on readers like you\b"
        r"|\bse sostiene gracias a (?:sus|nuestros) lectores\b|\b(?:é mantid[oa]|se mantém|vive) (?:graças a|pelos) (?:seus|nossos)"
        r" leitores\b|\bvit grâce à (?:ses|nos) lecteurs\b|\bfinanziert sich (?:durch|über) (?:seine|ihre|unsere) leser(?:innen)?\b"
        r"|\bvive grazie ai (?:suoi|nostri) lettori\b", re.I)),
    # "This ad hasn't loaded yet, but the article continues below.": an advertisement's place
    ("advertisement", _Keys.of("loaded"), lazy_compile(r"^this (?:ad|advertisement) (?:has not|hasn['’]t) loaded yet\b", re.I)),
    # "Third party Ad. Not an offer or recommendation by …": a markets site's label over an ad it did not write
    ("advertisement", _Keys.of("third|third-party"), lazy_compile(r"^third[- ]party (?:ad|advertisement)\b", re.I)),
    # "By signing up, you agree to our Terms of Use …": what the reader agrees to by a form's button, in the six
    # languages.
    ("site-notice", _Keys.of("agree|accept|consent|acknowledge|acceptez|akzeptieren|stimmen|aceptas|concorda|aceita|accetti|emailed|receive"),
     lazy_compile(
        # ("I would like to be emailed about offers, events and updates from …": a sign-up form's box to tick)
        r"^i(?: would|['’]d) like to (?:be emailed|receive (?:emails|e-mails|offers|updates))\b|"
        r"^(?:by (?:signing up|subscribing|clicking|registering|continuing|submitting|creating an account|using (?:this|our) "
        r"(?:site|website|service)|providing (?:your|an) e-?mail(?: address)?)\b.{0,80}\b(?:you|i) (?:agree|accept|consent|acknowledge)"
        r"|en (?:vous inscrivant|vous abonnant|cliquant|continuant)\b.{0,80}\bvous acceptez"
        r"|mit (?:der|ihrer) (?:anmeldung|registrierung)\b.{0,80}\b(?:akzeptieren|stimmen) sie"
        r"|al (?:suscribirte|registrarte|hacer clic|continuar)\b.{0,80}\baceptas"
        r"|ao (?:se inscrever|se cadastrar|subscrever|assinar|se registar|se registrar|clicar|continuar)\b.{0,80}"
        r"\b(?:você concorda|concorda|aceita)"
        r"|(?:iscrivendoti|registrandoti|cliccando|continuando)\b.{0,80}\baccetti)", re.I)),
    # "The Valley Courier is your trusted source for local news …": the site describing itself to its reader (its
    # name, in capitalised words, then "is your … source for").
    ("site-notice", _Keys.of("your|ihre|votre|tu|sua|tua"), lazy_compile(
        r"^(?-i:(?:The |Der |Die |Das |Le |La |L['’]|El |O |A |Il )?[A-ZÀ-Þ][\w.&'’\-]*(?: [A-ZÀ-Þ][\w.&'’\-]*){0,4}) "
        r"(?:(?:is|are) your (?:[\w\-]+ ){0,3}(?:source|destination|home|guide) (?:for|of)\b"
        r"|ist ihre (?:[\w\-]+ ){0,2}(?:quelle|adresse|zeitung) für\b|est votre (?:[\w\-]+ ){0,2}(?:source|référence|journal|site)\b"
        r"|es tu (?:[\w\-]+ ){0,2}(?:fuente|referencia|periódico|diario)\b|é a sua (?:[\w\-]+ ){0,2}(?:fonte|referência)\b"
        r"|è la tua (?:[\w\-]+ ){0,2}(?:fonte|guida)\b)", re.I)),
    # "Advertise with us to reach thousands of readers …": the site's pitch to advertisers.
    # "Did you like this article?", "Der Artikel gefällt dir?": the page asks, over its buttons to share or rate it
    ("comment-prompt", _Keys.of("like|liked|enjoy|enjoyed|gefällt|gefallen|plu|aimé|gustó|gustado|gostou|piaciuto"),
     lazy_compile(
        r"^(?:did you (?:like|enjoy)|(?:liked|enjoyed)) this (?:article|story|post)\s*\??$"
        r"|^(?:der|dieser|den) (?:artikel|beitrag) gefällt (?:dir|ihnen)\s*\??$"
        r"|^gefällt (?:dir|ihnen) (?:der|dieser) (?:artikel|beitrag)\s*\??$"
        r"|^hat (?:dir|ihnen) (?:der|dieser) (?:artikel|beitrag) gefallen\s*\??$"
        r"|^(?:cet article vous a plu|vous avez aimé cet article|cet article t['’]a plu)\s*\??$"
        r"|^¿?(?:te|le) (?:gustó|ha gustado) (?:este artículo|esta noticia|esta nota)\s*\??$"
        r"|^(?:você )?gostou (?:desta matéria|deste artigo|desta notícia|do artigo)\s*\??$"
        r"|^(?:ti è|vi è) piaciuto (?:questo articolo|l['’]articolo)\s*\??$", re.I)),
    ("promo", _Keys.of("advertise|werben|annoncez|anúnciese|anuncie|pubblicizza"), lazy_compile(
        r"^(?:advertise with us|werben sie (?:bei|mit) uns|annoncez (?:chez|avec) nous|anúnciese con nosotros"
        r"|anuncie (?:conosco|con nosotros)|pubblicizza (?:con noi|la tua attività))\b", re.I)),
    # "Was this article helpful?", "Found a typo? Let us know": the page asks its reader what they thought.
    ("comment-prompt", _Keys.of("helpful|rate|feedback|typo|mistake|information|erreur|faute|fehler|error|erro|errore"
                                "|pagina|page|seite|página|utile|útil|hilfreich|informazioni"), lazy_compile(
        r"^(?:give|send) us (?:your )?feedback\b|^was this (?:article|story|page) helpful\b"
        # ... and a site's question on its page, in the other languages ("Questa pagina ti è stata utile?", "Quanto sono
        # chiare le informazioni su questa pagina?", "War diese Seite hilfreich?", "Cette page vous a-t-elle été utile ?")
        r"|^(?:questa pagina ti è stata utile|quanto sono chiare le informazioni su questa pagina|war diese seite hilfreich"
        r"|cette page vous a-t-elle été utile|¿?(?:te|le) (?:ha resultado|resultó) útil esta página|esta página (?:foi|lhe foi) útil)\b"
        r"|^how would you rate this (?:article|story)\b"
        r"|^found a (?:typo|mistake|error)\b|^do you have (?:any )?information (?:about|on) this story\b"
        # ... and in the other languages: "Vous avez trouvé une erreur ?", "Fehler gefunden?", "¿Encontraste un error?"
        r"|^(?:vous avez (?:trouvé|repéré|remarqué) une (?:erreur|faute)|fehler gefunden|haben sie einen fehler (?:gefunden|entdeckt)"
        r"|¿?(?:encontraste|has encontrado|encontró) un error|encontrou (?:um )?erro|hai trovato un errore)\b", re.I)),
    # "Comments have to be in English …", "We have migrated to a new commenting platform …": the comment box's rules.
    ("comment-prompt", _Keys.of("comments|commenting|respond"), lazy_compile(
        r"^comments (?:have to|must|should) be\b|\bcommunity guidelines for (?:posting|commenting)\b"
        r"|\b(?:new|our) commenting (?:platform|system)\b"
        # "We want our comments to be a lively and valuable part of our community.", "Remember the person you want to
        # respond to is a real person.", "Comments are open to … members only."
        r"|^we want (?:our )?comments to be\b|^remember the person you (?:want to )?respond to\b"
        r"|^comments are (?:open|available) (?:only )?to .{1,40}\b(?:members|subscribers)\b", re.I)),
    # "Comments are moderated.", "Los comentarios publicados son responsabilidad exclusiva de sus autores.": the rules
    # of the comment box under the story, in the six languages.
    ("comment-prompt", _Keys.of("comments|comment|kommentare|commentaires|comentarios|comentários|commenti"), lazy_compile(
        r"^(?:the |die |les |los |os |i )?(?:(?:user|leser|reader)-?)?(?:comments?|kommentare|commentaires|comentarios|comentários"
        r"|commenti)(?: (?:published|publiés|publicados|pubblicati|veröffentlichten))? (?:are|is|will be|sind|werden|unterliegen"
        r"|sont|seront|son|están|serán|são|estão|serão|sono|saranno|vengono)\b.{0,40}?\b(?:moderat\w*|modér\w*|moderación"
        r"|moderação|moderazione|moderati|responsab\w*|verantwort\w*|freigeschaltet|reviewed|approved)", re.I)),
    # "Wir benötigen Ihre Zustimmung, um den von X bereitgestellten Inhalt zu laden.", "Contenuto non disponibile.
    # Accetta i cookie di terze parti per visualizzarlo.": an embedded post's placeholder asking the reader's consent to
    # load it, in the six languages (the consent, then what it shows or the cookies it needs; or the other way round).
    ("media-embed", _Keys.of("zustimmung|einverstanden|einwilligung|consent|consentement|consentimiento|consentimento"
                             "|consenso|acepta|aceptar|aceite|aceitar|accetta|accettare|accept|acceptez|accepter"
                             "|akzeptieren"), lazy_compile(
        r"\b(?:zustimmung|einverstanden|einwilligung|consent|consentement|consentimiento|consentimento|consenso|acepta"
        r"|aceptar|aceite|aceitar|accetta|accettare|accept|acceptez|accepter|akzeptieren)\b.{0,80}?\b(?:"
        + _EMBEDDED + r")\b|\b(?:" + _EMBEDDED + r")\b.{0,80}?\b(?:zustimmung|einwilligung|consent|consentement"
        r"|consentimiento|consentimento|consenso)\b", re.I)),
    # "Ce contenu journalistique est financé par l'Initiative de journalisme local …", "This content was produced by The
    # Canadian Press.": who paid for the content or made it, in the six languages.
    ("editor-note", _Keys.of("this content|this journalistic content|ce contenu|dieser inhalt|este contenido|este conteúdo"
                             "|questo contenuto"), lazy_compile(
        # (not what someone said: "This content was produced by volunteers, the council said")
        r"^(?!.*\b(?:said|says|told|sagte|sagt|a déclaré|a dit|dijo|afirmó|disse|afirmou|ha detto)\b)"
        r"(?:this|ce|dieser|este|questo) (?:journalistic )?(?:content|contenu|inhalt|contenido|conteúdo|contenuto)"
        r"(?: journalistique| giornalistico| periodístico| jornalístico| journalistisch)? (?:is|was|has been|est|a été|ist|wurde"
        r"|es|fue|ha sido|é|foi|è|è stato) (?:funded|financed|produced|supported|financé|produit|soutenu|finanziert|erstellt"
        r"|produziert|financiado|producido|produzido|finanziato|prodotto)\b", re.I)),
    # "Your gift of $35 can help a family …", "Votre don de 20 € permet …": an appeal for a donation, in the six
    # languages.
    # (with the reader's support, and "us" before the verb: "Tu donación nos ayuda a seguir informando", "Seu apoio nos
    # ajuda a continuar")
    ("appeal", _Keys.of("gift|donation|don|spende|donación|doação|donazione|contribution|support|apoyo|apoio|soutien"
                        "|unterstützung|sostegno"), lazy_compile(
        r"^(?:your|votre|ihre|deine|tu|su|sua|seu|la tua|il tuo) (?:gift|donation|don|spende|donación|doação|donazione"
        r"|contribution)\b(?: (?:of|de|von|di) " + _PRICE + r")?(?: (?:nos|nous|uns|ci|us))? (?:can|will|helps?|permet|peut"
        r"|kann|hilft|puede|ayuda|pode|ajuda|può|aiuta)\b"
        # (the reader's support only when it helps "us": "Su apoyo puede ser decisivo" is a story's sentence)
        r"|^(?:your|votre|ihre|deine|tu|su|sua|seu|la tua|il tuo) (?:support|apoyo|apoio|soutien|unterstützung|sostegno)"
        r" (?:helps us|nous (?:aide|permet)|hilft uns|nos (?:ayuda|permite)|nos (?:ajuda|permite)|ci (?:aiuta|permette))\b",
        re.I)),
    # "Download the full report (PDF, 2.4 MB)": a link to a file, with its kind and size.
    ("page-chrome", _Keys.of("pdf|doc|docx|xls|xlsx|ppt|pptx|mb|kb"), lazy_compile(
        r"[(\[](?:pdf|docx?|xlsx?|pptx?)[,;:]?\s*\d+(?:[.,]\d+)?\s?(?:kb|mb|gb|ko|mo|go)[)\]]$", re.I)),
    # "Sponsored audio: This story's audio is presented by …", "Este áudio é oferecido por …", "Conteúdo narrado por voz
    # gerada com inteligência artificial.": who pays for the story read aloud, and the machine that reads it, in the six
    # languages.
    ("media-embed", _Keys.of("audio|áudio|narrado|narrada|narrated|vorgelesen|gelesen|lu|lue|letto|voz|voice|voix|stimme"
                             "|voce"), lazy_compile(
        r"^sponsored audio\b|\b(?:audio|áudio)\b.{0,40}\b(?:patrocinado|gesponsert|sponsored|sponsorisé|sponsorizzato)"
        r" (?:by|por|par|von|da)\b|\b(?:audio|áudio) (?=(?:presented|offered|provided|proposé|présenté|offert|präsentiert"
        r"|gesponsert|offerto|presentato|ofrecido|patrocinado|oferecido) (?:by|por|par|von|da)\b)"
        r"|\b(?:audio|áudio)\b.{0,30}\b(?:is|es|é|est|ist|wird|è) (?:presented|offered|provided"
        r"|ofrecido|patrocinado|oferecido|présenté|offert|proposé|präsentiert|gesponsert|offerto|presentato)"
        r" (?:by|por|par|von|da)\b|\b(?:narrado|narrada) por (?:uma |una )?voz (?:gerada|generada|sintética|artificial)"
        r"|\b(?:lu|lue) par une voix (?:de synthèse|générée|artificielle)|\b(?:vorgelesen|gelesen) von einer"
        r" (?:künstlichen|synthetischen|computergenerierten) stimme|\bletto da una voce (?:sintetica|artificiale|generata)",
        re.I)),
    # "+++ 14:32 Uhr +++": a live ticker's time between its marks; "Follow along below for the latest.": a live page's
    # note to its reader.
    ("live-blog-chrome", _Keys.of("+++|follow"), lazy_compile(
        r"^\+{2,3}\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?\s*\+{2,3}$|^follow (?:along )?(?:below|here) for (?:the latest|live updates"
        r"|updates)\b", re.I)),
    # "Follow Jane Roe", "Seguir a Martín Echegaray": the button to follow the writer, in the six languages.
    ("promo", _Keys.of("follow|seguir|siga|suivre|folgen|segui"), lazy_compile(
        r"^(?:follow|seguir a|siga a?|suivre|folgen sie|folgen|segui) (?-i:[A-ZÀ-Þ][\w'’.\-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w'’.\-]+){1,3})$",
        re.I)),
    # "KWNP is listener-supported. … please make a gift today.", "Soutenez-nous à partir de 1 € par mois.": a station's or
    # a site's appeal for its readers' money, in the six languages.
    ("appeal", _Keys.of("supported|gift|soutenez|unterstützen|apóyanos|apoie|sostienici|support us"), lazy_compile(
        r"\b(?:is|are) (?:listener|reader|member|viewer)-supported\b|\bplease make a (?:gift|donation)\b"
        r"|\b(?:soutenez-nous|support us|unterstützen sie uns|apóyanos|apoie-nos|sostienici)\b.{0,40}" + _PRICE, re.I)),
    # "Normas de participación: los comentarios ofensivos … serán eliminados.": the comment box's rules in the other
    # languages.
    ("comment-prompt", _Keys.of("comentarios|comentários|commentaires|commenti"), lazy_compile(
        r"\b(?:los |os |les |i )?(?:comentarios|comentários|commentaires|commenti)\b.{0,100}\b(?:serán (?:eliminados|borrados"
        r"|retirados)|serão (?:removidos|apagados|excluídos)|seront (?:supprimés|retirés|effacés)|saranno (?:rimossi"
        r"|cancellati|eliminati))\b", re.I)),
    # "Audio herunterladen (2:31 min)", "Download audio": the player's button to save the story's sound, in the six
    # languages.
    ("media-embed", _Keys.of("audio|herunterladen|download|télécharger|descargar|baixar|scaricare"), lazy_compile(
        r"^(?:(?:audio|podcast|mp3) (?:herunterladen|download|télécharger|descargar|baixar|scaricare)|download (?:the )?"
        r"(?:audio|podcast|mp3)|télécharger l['’]audio|descargar (?:el )?audio|baixar (?:o )?áudio|scarica l['’]audio)"
        r"(?:\s*\(\d{1,2}:\d{2}(?:\s*min\.?)?\))?$", re.I)),
    # "Sendung: Regionalnachrichten am Morgen, 22.08.2023, 06:30 Uhr": the programme a broadcaster aired the story in.
    ("editor-note", _Keys.of("sendung"), lazy_compile(r"^sendung\s*:\s*\S", re.I)),
    # "Alle Artikel auf elster-nachrichten.de lesen – werbereduziert …": the subscription's pitch, every story on the site,
    # in the six languages.
    ("promo", _Keys.of("alle|all|every|tous|todos|todas|tutti"), lazy_compile(
        r"^(?:alle (?:artikel|beiträge|inhalte) (?:auf|von) \S+ lesen|read (?:all|every) (?:articles?|stor(?:y|ies)) on \S+"
        r"|lisez tous les articles (?:de|sur) \S+|lee todos los artículos de \S+|leia todas as (?:notícias|matérias|reportagens)"
        r" (?:do|da|de) \S+|leggi tutti gli articoli (?:di|su) \S+)", re.I)),
    # "Sie haben Fragen? Unser Leserservice hilft Ihnen gerne weiter: Telefon …": the reader service's offer of help and
    # how to reach it, in the six languages.
    ("site-notice", _Keys.of("leserservice|kundenservice|aboservice|abo-service|service|atención|atendimento|servizio"),
     lazy_compile(r"\b(?:unser (?:leser|kunden|abo)-?service hilft|our (?:customer|reader|subscriber) service(?: team)? (?:is happy"
                  r" to help|will be happy to help|can help)|notre service (?:client|lecteurs|abonnés) (?:est|reste) à votre"
                  r" disposition|nuestro servicio de atención al (?:cliente|lector|suscriptor)|nosso atendimento ao (?:assinante"
                  r"|leitor|cliente)|il nostro servizio (?:clienti|abbonati|assistenza))\b", re.I)),
    # "Stay informed about all the latest news, tips and updates.": a sign-up box's promise.
    ("newsletter-prompt", _Keys.of("informed"), lazy_compile(
        r"^stay (?:informed|up to date|up-to-date) (?:about|on|with) (?:all )?the latest\b", re.I)),
    # "Receba as principais notícias do dia no seu celular. Clique aqui e participe do nosso canal.": the site's
    # channel on the reader's phone.
    ("promo", _Keys.of("celular|móvil|handy|portable|phone|telefonino"), lazy_compile(
        r"\b(?:receba|recibe|get|erhalten sie|recevez|ricevi)\b.{0,40}\b(?:notícias|noticias|news|nachrichten|actualités"
        r"|notizie)\b.{0,40}\b(?:no seu celular|en tu (?:móvil|celular)|on your phone|auf (?:ihr|dein) handy"
        r"|sur votre (?:portable|téléphone)|sul tuo (?:telefonino|cellulare|smartphone))\b", re.I)),
    # "Do you have a story for our news team?", "Got a news tip?": the newsroom's call for tips.
    ("page-chrome", _Keys.of("tip|?"), lazy_compile(
        r"^(?:do you have|have you got|got) a (?:story|news tip|tip|news story)\b.{0,40}\?$"
        # ... in the other languages, with the call to write after it: "Tu as une info? Écris-nous!", "Vous avez une
        # info ? Contactez-nous", "¿Tienes una noticia? Escríbenos", "Hai una segnalazione? Scrivici"
        r"|^(?:tu as|vous avez|avez-vous|as-tu) une (?:info|information|histoire)(?: à nous (?:transmettre|signaler|partager))?\s?\?"
        r"|^¿?(?:tienes|tiene usted|tenés) (?:una )?(?:noticia|denuncia|historia)\s?\?"
        r"|^(?:você tem|tem) (?:uma )?(?:notícia|denúncia|história|sugestão de pauta)\s?\?"
        r"|^(?:hai|avete) (?:una )?(?:notizia|segnalazione|storia)(?: da raccontare)?\s?\?"
        r"|^(?:haben sie|hast du) (?:einen hinweis|eine geschichte|ein thema)(?: für uns)?\s?\?", re.I)),
    # "(Only the headline and picture of this report may have been reworked …": a syndicated feed's note, cut off.
    ("editor-note", _Keys.of("headline"), lazy_compile(
        r"^\(?only the headline(?: and picture)? of this (?:report|story|article) may have been\b", re.I)),
    # "Stay with KQZT 4 News for updates on this developing story.": a station's promise of more, under its story.
    # (or the updates it will bring: "Vaalkop FM will bring you updates throughout the day on our news bulletins …")
    ("promo", _Keys.of("stay|bring|keep"), lazy_compile(
        r"^stay with [\w&.\- ]{2,40} for (?:updates|the latest|more)\b"
        r"|^(?:[\w&.\-]+ ){1,5}will (?:bring you|keep you (?:posted|updated|informed)(?: with| on)?)(?: more| further| the latest)?"
        r" (?:updates|information|details)?.{0,60}\bon our (?:news bulletins|bulletins|website|social media|app|airwaves)\b",
        re.I)),
    # "Soutenez une information indépendante : abonnez-vous dès 1 € le premier mois.": a subscription's offer at its
    # price, in the six languages (the imperative: "raised its subscription to $15" is a story's).
    ("paywall", _Keys.of("abonnez|subscribe|abonnieren|abonniere|suscríbete|suscribite|suscríbase|assine|abbonati|abonne"), lazy_compile(
        r"\b(?:abonnez-vous|subscribe(?: now| today)?|abonnieren sie|abonniere|suscríbete|suscribite|suscríbase|assine(?: já)?"
        r"|abbonati)"
        r"\b.{0,40}?" + _PRICE, re.I)),
    # "The Valley Courier is a member of the Press Council and subscribes to its code of ethics.", "… ist Mitglied
    # im Deutschen Presserat": the newsroom's note on the council that hears complaints about it, in the six languages.
    ("site-notice", _Keys.of("member|regulated|ipso|code|mitglied|presserat|membre|miembro|membro"), lazy_compile(
        r"\b(?:is|are) (?:a )?members? of (?:the )?(?:[\w'’]+ ){0,3}(?:press|media|news) (?:council|complaints|standards)"
        r"|\bregulated by (?:the )?(?:ipso|independent press standards)|\bsubscribes? to (?:its|the) (?:[\w'’]+ ){0,3}code of"
        r" (?:ethics|practice|conduct)\b|\bist mitglied (?:im|des) (?:deutschen |österreichischen |schweizer )?presserat"
        r"|\best membre du conseil (?:de (?:presse|déontologie)|suisse de la presse)|\bes miembro del consejo de (?:prensa"
        r"|la información)|\bé membro do conselho de (?:imprensa|deontologia)|\bè membro del consiglio (?:di disciplina|dell['’]ordine)",
        re.I)),
    # "Um kommentieren zu können, müssen Sie sich anmelden.", "Aucun commentaire. Soyez le premier à réagir.", "Du
    # möchtest kommentieren?": the comment box's prompts in a short line, in the six languages: to comment, the reader's
    # account; no comments yet, or the first; the reader asked whether they would comment.
    ("comment-prompt", _Keys.of("kommentieren|kommentar|kommentare|kommentarfunktion|comment|comments|commenter|commenting"
                                "|commentaire|commentaires|réagir|comentar|comentario|comentarios|comentário|comentários"
                                "|commentare|commento|commenti"), lazy_compile(
        r"\b" + _COMMENTING + r"\b.{0,60}?\b" + _ACCOUNT + r"|\b" + _ACCOUNT + r"\b.{0,40}?\b" + _COMMENTING + r"\b"
        r"|\b(?:be the first|sei der erste|seien sie der erste|soyez (?:le premier|la première)|sé el primero"
        r"|seja o primeiro|sii il primo)\b.{0,30}?\b(?:comment\w*|" + _COMMENTING + r")\b"
        r"|^(?:there are no comments|il n['’]y a pas (?:encore )?de commentaires?|no hay comentarios|não há comentários"
        r"|non ci sono commenti|es gibt (?:noch )?keine kommentare)\b"
        r"|^(?:möchtest du|möchten sie|du möchtest|sie möchten|voulez-vous|vous souhaitez|quieres|deseas|quer"
        r"|deseja|vuoi)\b.{0,40}\b" + _COMMENTING + r"\b.{0,40}\?", re.I)),
    # "This content is not available due to your privacy preferences", "Dieser Inhalt ist aufgrund Ihrer
    # Datenschutzeinstellungen nicht verfügbar.": an embedded post's placeholder, the reader's settings having kept it
    # out, in the six languages.
    ("media-embed", _Keys.of("available|unavailable|verfügbar|disponible|disponível|disponibile"), lazy_compile(
        # (what is missing named: the content, the post, the video; a story's "the data is not available because of
        # privacy rules" names none)
        r"\b" + _WITHHELD + r"\b(?=.{0,100}?\b(?:not available|unavailable|nicht verfügbar|pas disponible|indisponible"
        r"|no (?:está )?disponible|não (?:está )?disponível|indisponível|non (?:è )?disponibile)\b)(?=.{0,100}?\b(?:privacy"
        r"|cookies?|datenschutz\w*|confidentialité|privacidad|privacidade|consent\w*))"
        r"|\b(?:privacy|cookie|datenschutz|confidentialité|privacidad|privacidade)[\w\-]*\b.{0,30}?\b" + _WITHHELD
        + r"\b.{0,30}?\b(?:not available|nicht verfügbar|pas disponible|no (?:está )?disponible|não (?:está )?disponível"
        r"|non (?:è )?disponibile)\b", re.I)),
    # "Hinweis: Die Informationen stellen keine Anlageberatung dar.", "This article does not constitute investment
    # advice.": a markets page's disclaimer, in the six languages.
    ("site-notice", _Keys.of("advice|anlageberatung|anlageempfehlung|investissement|inversión|investimento|investimenti"),
     lazy_compile(r"\b(?:not|no|never)\b.{0,40}\b(?:investment|financial) advice\b|\bkeine anlage(?:beratung|empfehlung)"
                  r"|\b(?:ne constitue(?:nt)?|n['’]est) pas\b.{0,30}\bconseil (?:en |d['’])\s?investissement"
                  r"|\bno constituye\w*\b.{0,30}\b(?:recomendación|asesoramiento|consejo) (?:de inversión|financiero)"
                  r"|\bnão constitui\w*\b.{0,30}\b(?:recomendação|aconselhamento|consultoria) (?:de investimento|financeir[oa])"
                  r"|\bnon costituisc\w*\b.{0,40}\b(?:sollecitazione|consulenza|raccomandazione)\b.{0,20}\binvestiment\w*", re.I)),
    # "Please turn on JavaScript to use this feature", "JavaScript ist deaktiviert": the browser's note, in the six languages.
    ("site-notice", _Keys.of("javascript"), lazy_compile(
        r"\b(?:turn on|enable|activate|aktivieren sie|activez|activer|activa|activar|ative|ativar|abilita|attiva)\b.{0,20}"
        r"\bjavascript\b|\bjavascript (?:is|ist|est|está|è) (?:disabled|turned off|deaktiviert|désactivé|desactivado|desativado"
        r"|disabilitato)\b", re.I)),
    # "Chaque jeudi, recevez l'essentiel de l'actualité de la semaine.", "Die wichtigsten Resultate aus der Region – jeden
    # Montag.": a newsletter's promise of what it sends and when, in the six languages.
    ("newsletter-prompt", _Keys.of("chaque|jeden|jede|cada|ogni|every|each|tous|toutes|todas|todos|sign|miss|mail|email"
                                   "|e-mail|inbox|correo|postfach|posteingang|casella|boîte|bandeja|caixa"), lazy_compile(
        # (after the newsletter's name and a colon too: "Brandenburg am Morgen: Jeden Werktag um 6 Uhr die wichtigsten …")
        r"^(?:[^:]{2,40}:\s+)?(?:chaque|jeden|jede|cada|ogni|every|each|tous les|toutes les|todas as|todos os|todas las"
        r"|todos los)\s+(?:\w+\s+)?" + _WHEN_SENT + r"\b,?.{0,120}?\b" + _WHAT_SENT + r"\b"
        r"|\b" + _WHAT_SENT + r"\b.{0,100}[–—,-]\s*(?:chaque|jeden|jede|cada|ogni|every|each|todas? as|todos os)\s+(?:\w+\s+)?"
        + _WHEN_SENT + r"\b(?:\s+(?:um|à|at|a las|às|alle)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:uhr|h|am|pm)?)?\.?$"
        # "Recibí en tu mail las noticias más importantes del día", "Receive the day's top stories in your inbox"
        r"|^" + _RECEIVE + r"\b.{0,60}\b" + _MAILBOX + r"\b.{0,80}\b(?:" + _NEWS + "|" + _WHAT_SENT + r")\b"
        r"|^" + _RECEIVE + r"\b.{0,40}\b" + _NEWS + r"\b.{0,60}\b" + _MAILBOX + r"\b"
        # "Sign up to receive daily headline news from …", "Don't miss out on the latest news and information."
        r"|^sign up to (?:receive|get)\b.{0,60}\b(?:news|headlines|stories|updates)\b"
        r"|^don['’]t miss (?:out on )?(?:the latest|our|any)\b.{0,40}\b(?:news|stories|updates|headlines)\b", re.I)),
    # "Help keep family & friends informed by sharing this article", "Téléchargez l'application … : toute l'info …": the
    # page's prompts to share the story and to get its app, in the six languages.
    ("share-widget", _Keys.of("sharing|partageant|teilen|compartiendo|compartilhando|condividendo"), lazy_compile(
        r"\bby sharing this (?:article|story)\b|\ben partageant cet article\b|\bindem sie diesen artikel teilen\b"
        r"|\bcompartiendo (?:este|esta) (?:artículo|noticia)\b|\bcompartilhando (?:este artigo|esta notícia)\b"
        r"|\bcondividendo questo articolo\b", re.I)),
    # "Share this Story : Council backs the pool": the sharing box's title, the story's after it
    ("share-widget", _Keys.of("share|partager|teilen|compartir|compartilhar|condividi"), lazy_compile(
        r"^(?:share this (?:story|article|post)|partager cet article|artikel teilen|compartir (?:este|esta) (?:artículo|noticia)"
        r"|compartilhe (?:este artigo|esta notícia)|condividi (?:questo articolo|la notizia))\s*:\s*\S", re.I)),
    # "Get the latest headlines, breaking news and columns from The Valley Sun": a newsletter box's promise
    ("newsletter-prompt", _Keys.of("latest"), lazy_compile(
        r"^get the latest (?:headlines|news|stories)\b[\w ,&]{0,60}\bfrom (?:the )?(?-i:[A-ZÀ-Þ])", re.I)),
    # "Nouveau : le numéro de la semaine est en kiosque. Découvrez notre dossier …": the magazine's own new issue, on
    # sale, with its label or its call to read it, in the six languages
    ("promo", _Keys.of("kiosque|kiosques|newsstand|newsstands|kiosk|quiosco|quioscos|bancas|edicola|edicole"), lazy_compile(
        r"^(?=(?:nouveau|new|neu|nuevo|novo|nuovo)\b|.*\b(?:découvrez|lisez|achetez|discover|read|buy|entdecken|lesen|kaufen"
        r"|descubra|descubre|lea|compre|scopri|leggi|acquista)\b)"
        r".*\b(?:numéro|issue|edition|édition|magazine|ausgabe|heft|edición|número|revista|edição|numero|rivista)\b.{0,60}"
        r"\b(?:en kiosques?|on (?:the )?newsstands?|am kiosk|im kiosk|en (?:los )?quioscos?|nas bancas|in edicol[ae])\b", re.I)),
    # "… airs at 11:15 p.m. on WRDX 5. Watch the full show on our free streaming app.": a station's call to watch it in
    # its own app, in the six languages
    ("promo", _Keys.of("app|appli|application|aplicativo|aplicación"), lazy_compile(
        r"(?:^|[.!?] )(?:watch|stream|catch|regardez|retrouvez|sehen sie|schauen sie|mira|ve|assista|veja|guarda)\b.{0,50}"
        r"\b(?:on|in|sur|auf|en|no|na|nel|sulla) (?:our|the|notre|unserer|nuestra|nosso|nossa|la nostra) (?:free |gratuite |kostenlosen"
        r" |gratuita |gratuito )?(?:streaming |news )?(?:app|appli|application|aplicación|aplicativo)\b", re.I)),
    ("promo", _Keys.of("téléchargez|download|descarga|descargue|baixe|scarica|laden|descarregue|descarrega"), lazy_compile(
        r"^(?:téléchargez|download|descarga|descargue|baixe|scarica|laden sie|descarregue|descarrega)\b.{0,30}\b(?:l['’]application|l['’]appli"
        r"|the app|our app|die app|unsere app|la app|la aplicación|o app|a app|o aplicativo|a aplicação|l['’]app)\b", re.I)),
    # "Keep up with all the latest news … by following …", "Why you can trust The Valley Courier": the site's own
    # prompts and its promise, naming itself.
    ("promo", _Keys.of("keep"), lazy_compile(r"^keep up with (?:all )?the latest\b.{0,100}\bby following\b", re.I)),
    ("page-chrome", _Keys.of("trust|editorial"), lazy_compile(
        r"^why you can trust (?:us|(?-i:[A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,4}))$"
        # "Limelight's Editorial Guidelines": the site's link to how it works
        r"|^(?:[\w&.\- ]{1,40}['’]s )?editorial (?:guidelines|standards|policy|policies|principles)$", re.I)),
    # "Weitere Nachrichten aus Riverstadt lesen Sie hier.", "Veja mais notícias da região no …": a link to the
    # site's other stories from the place, in the six languages.
    ("related-link", _Keys.of("nachrichten|meldungen|notícias|noticias|notizie|actualités|news|stories|mehr aus|more from"), lazy_compile(
        r"^(?:weitere|mehr) (?:nachrichten|news|meldungen|artikel) aus\b|^(?:veja|leia) mais notícias\b"
        r"|^(?:lea |vea )?más noticias de\b"
        r"|^(?:plus d['’]actualités|toute l['’]actualité) (?:de|du|à)\b|^(?:leggi )?altre notizie (?:di|da|su)\b"
        r"|^more (?:news|stories) from\b"
        # "Mehr aus Freiburg", "More from Riverton": a link to the site's page for the place, over its stories
        r"|^(?:mehr aus|more from) (?-i:[A-ZÀ-Þ])[\w\-]+(?: [\w\-]+)?$", re.I)),
    # "📲 Participe do canal do … no WhatsApp", "Join our WhatsApp channel": the site's channel on a messenger.
    ("promo", _Keys.of("whatsapp|telegram"), lazy_compile(
        r"\b(?:receba|recibe|ricevi|erhalten sie|recevez|get|receive)\b.{0,20}\b(?:as |las |le |die |les |the )?(?:notícias|noticias"
        r"|notizie|nachrichten|news|actualités|infos?)\b.{0,60}\b(?:no|en|su|auf|sur|on|via|per) (?:o )?(?:whatsapp|telegram)\b"
        r"|\b(?:participe|entre|join|únete|unete|rejoignez|tritt|folgen sie|segui|siga|seguir|follow|suivez|suivre|sigue"
        r"|seguire|folgen)\b.{0,40}\b(?:canal|channel|chaîne|kanal"
        r"|grupo|group|community|comunidad)\b.{0,60}\b(?:whatsapp|telegram)\b"
        r"|\b(?:whatsapp|telegram)[- ](?:canal|channel|kanal|chaîne)\b", re.I)),
    # "US & Canada is sponsored by": who pays for a section of the site (the sponsor's logo follows).
    ("sponsor", _Keys.of("sponsored|presented"), lazy_compile(r"^(?:[^.!?]{1,60}\s)?(?:is|are)\s+(?:sponsored|presented)"
                                                              r"\s+by$", re.I)),
    # "Tap here to get the app", "Follow the story": the site's own prompts.
    ("promo", _Keys.of("app|follow"), lazy_compile(r"^(?:tap|click) here to (?:get|download|open) (?:the|our) app\b"
                                                   r"|^follow (?:this|the) story\b", re.I)),
    # "Our live coverage has ended", "Ce direct est terminé": a live blog's note that it is over, in the six languages.
    ("live-blog-chrome", _Keys.of("coverage|blog|liveticker|ticker|direct|directo|ao|diretta|live"), lazy_compile(
        r"^(?:our |this )?(?:live (?:coverage|blog|updates)|liveblog|blog) (?:has|have) (?:now )?(?:ended|closed|finished)\b"
        r"|^this (?:live )?blog is (?:now )?closed\b|^(?:unser |der )?live-?ticker (?:ist|wurde) (?:beendet|geschlossen)\b"
        r"|^ce direct est (?:terminé|désormais terminé|clos)\b|^(?:este|el) directo (?:ha )?(?:finalizado|terminado|concluido)\b"
        r"|^a cobertura (?:ao vivo )?(?:foi )?encerrada\b|^la diretta (?:è|e) (?:terminata|conclusa)\b", re.I)),
    # "This article was generated with the help of AI and reviewed by an editor": how the story was written.
    ("editor-note", _Keys.of("ai|intelligence"), lazy_compile(
        r"\b(?:generated|produced|written|created|translated) (?:with the (?:help|assistance) of|using|by) (?:an )?"
        r"(?:ai|artificial intelligence)\b", re.I)),
    # "The audio version of this article is generated by text-to-speech …": the story read out by a machine, in the six
    # languages.
    ("editor-note", _Keys.of("audio|text-to-speech|audioversion|vocale|sintética|sintetizada|sintetica|künstlich"), lazy_compile(
        r"\b(?:the )?audio (?:version )?of this (?:article|story) (?:is|was|has been) (?:generated|produced|created|read)\b"
        r"|\bgenerated (?:by|using|with) text-to-speech\b|^(?:cette|la) version audio (?:de cet article )?(?:est|a été) "
        r"(?:générée|produite)|^(?:diese|die) audioversion (?:dieses artikels )?wurde (?:künstlich|automatisch|mit)"
        r"|^(?:este|el|o) (?:audio|áudio) (?:de (?:este|esta) (?:artículo|noticia|artigo|matéria) )?(?:fue|foi|es|é) "
        r"(?:generado|gerado|narrado)|^(?:questo|l['’])audio (?:di questo articolo )?(?:è|viene) (?:generato|letto)", re.I)),
    # "Don't miss out on the headlines from Coast News. Followed categories will be added to My News.": the site's
    # prompt to follow its topics; "Recevez chaque matin l'essentiel de l'actualité": its newsletter's pitch.
    ("promo", _Keys.of("miss|followed"), lazy_compile(
        r"^don['’]t miss out on the headlines from\b|\bfollowed (?:categories|topics) will be added to\b", re.I)),
    ("newsletter-prompt", _Keys.of("recevez|erhalten|recibe|receba|ricevi|receive"), lazy_compile(
        r"^(?:recevez|erhalten sie|recibe|receba|ricevi) (?:chaque|jeden|cada|ogni) (?:matin|morgen|mañana|manhã|mattina)\b"
        # "Chaque matin, recevez l'essentiel de l'actualité": the same, the morning first
        r"|^(?:chaque|jeden|cada|ogni) (?:matin|morgen|mañana|manhã|mattina),? (?:recevez|erhalten sie|recibe|receba|ricevi)\b"
        # ... or last: "Recevez l'essentiel de l'actu seine-et-marnaise chaque matin", "Receive our best stories every
        # morning"
        r"|^(?:recevez|erhalten sie|recibe|receba|ricevi|receive) [^.!?]{3,80} (?:chaque|jeden|cada|ogni|todas as|tous les"
        r"|every) (?:matin|morgen|mañana|manhãs?|mattina|morning|soir|abend|semaine|woche|semana|settimana|week|evening"
        r"|day|jours?)[.!]?$",
        re.I)),
    # "Diese Zusammenfassung wurde automatisch erstellt.", "Ce résumé a été généré automatiquement.": a summary or a
    # text made by a machine, in the other languages.
    ("editor-note", _Keys.of("automatically|automatisch|ki|automatiquement|ia|automáticamente|automaticamente|"
                             "intelligence|inteligencia|inteligência|intelligenza|machine"), lazy_compile(
        r"^(?:this|the) (?:summary|text|article|story) (?:was|has been|is) (?:automatically generated|generated automatically"
        r"|machine[- ]generated)"
        r"|^(?:diese|die) (?:zusammenfassung|text|artikel) wurde (?:automatisch|mit(?:hilfe)? (?:von )?ki|von einer ki) "
        r"(?:erstellt|generiert|verfasst)"
        r"|^(?:dieser|der) (?:text|artikel) wurde (?:automatisch|mit(?:hilfe)? (?:von )?ki) (?:erstellt|generiert|verfasst)"
        r"|^ce (?:résumé|texte|article) a été (?:généré|rédigé|créé|produit) (?:automatiquement|par (?:une )?(?:ia"
        r"|intelligence artificielle)|avec l['’]aide (?:d['’]une|de l['’])(?:ia|intelligence artificielle))"
        r"|^este (?:resumen|texto|artículo) (?:fue|ha sido|se ha) (?:generado|creado|elaborado) (?:automáticamente"
        r"|por (?:una )?(?:ia|inteligencia artificial)|con (?:ayuda de )?(?:la )?(?:ia|inteligencia artificial))"
        r"|^este (?:resumo|texto|artigo) foi (?:gerado|criado|produzido) (?:automaticamente|por (?:uma )?(?:ia"
        r"|inteligência artificial)|com (?:a )?ajuda d[ae] (?:ia|inteligência artificial))"
        r"|^questo (?:riassunto|testo|articolo) è stato (?:generato|creato|prodotto) (?:automaticamente"
        r"|(?:dall|con l)['’](?:ia|intelligenza artificiale))", re.I)),
]


# Which phrases each key belongs to: a line's words then name the few phrases worth a search, without asking
# every phrase in turn (a line holds the keys of none or one or two).
def _phrases_by_key(keys_of: "Callable[[_Keys], tuple[str, ...] | frozenset[str]]") -> dict[str, tuple[int, ...]]:
    index: dict[str, tuple[int, ...]] = {}
    for number, (_, keys, _) in enumerate(_PHRASES):
        for key in keys_of(keys):
            index[key] = index.get(key, ()) + (number,)
    return index


_PHRASES_BY_WORD = _phrases_by_key(lambda keys: keys.words)
_PHRASES_BY_MARK = _phrases_by_key(lambda keys: keys.marks)
_PHRASE_KEY_WORDS = frozenset(_PHRASES_BY_WORD)
_ALL_PHRASES = tuple(range(len(_PHRASES)))
_PAYWALL_PROMPTS = tuple(pattern for reason, _, pattern in _PHRASES if reason == "paywall")
_MAX_PROMPT_WORDS = 20


def _phrases_held(tokens: frozenset[str], lowered: str) -> list[int]:
    """The indices, in order, of the phrases whose keys a line with words ``tokens`` holds (``lowered``: the line
    in lower case): the same as asking each phrase's ``_Keys.held``."""
    held = {index for word in tokens & _PHRASE_KEY_WORDS for index in _PHRASES_BY_WORD[word]}  # (two sets: the smaller is scanned)
    for mark, indices in _PHRASES_BY_MARK.items():
        if mark in lowered:
            held.update(indices)
    return sorted(held)


# "Watch today's episode here:": a media word, and a line that ends pointing at the player.
_MEDIA_WORD = lazy_compile(r"\b(?:watch|listen|video|podcast|episode|audio)\b", re.I)
_MEDIA_END = lazy_compile(r"\b(?:here|below)\s*[:.!]?$", re.I)
_MEDIA_KEYS = _Keys.of("here|below")
_ASCII_TWIN = lazy_compile("[\u0130\u0131\u017f\u212a]")
# Phrases that only mark chrome in a short line (a long paragraph may mention a newsletter).
_SHORT_ONLY = {"newsletter-prompt", "media-embed", "cookie-prompt", "appeal", "editor-note", "contact", "paywall"}

# Comment sections run to the end of the page.
COMMENT_SECTION_STARTS = {"comments"}

_WORD = lazy_compile(r"[^\W\d_]+")
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_SHOUT_SAMPLE = 64
_MAX_SHORT = 25  # words in a line that may be a shape or hold a tell-tale phrase
_AD_CLAIM_WORDS = 15  # at most, in an advert's claim over the story, its asterisk pointing to the small print
_AD_CLAIM_MIN_WORDS = 4
_ISSUE_FIRST = frozenset("NnIiAaEeÉé")
_ISSUE = lazy_compile(r"(?:n[°º]|no\.|nr\.|n\.º|issue|ausgabe|numéro|número|numero|edición|edizione|édition|edição)"
                      r" ?(?:n[°º.] ?)?\d{1,5}(?:/\d{2,4})?(?: ?[—–\-|·,] ?.{0,60})?$", re.I)
# (a week's or some days' span: "Semaine du 10 au 16 juin 2024", "vom 3. bis 9. März")
_DAYS_RANGE = lazy_compile(r"\b(?:du|vom|del|dal|from)\s+\d{1,2}\.?\s.*\b(?:au|bis|al|to|a)\s+\d{1,2}\b", re.I)


# "MORE: ...", "VIDEO: ...", "WATCH | ...", "PHOTOS: ...": a label in capitals over a link to more, to a video, to
# pictures or to a podcast. (Above the story, a video's own page may title it so.)
_CAPITALISED_LINK_LABEL = lazy_compile(r"(?:MORE|VIDEO|VIDEOS|WATCH|LISTEN|PHOTOS|PHOTO GALLERY|GALLERY|PODCAST|MEHR|VIDÉO"
                                       r"|VIDÉOS|VÍDEOS|VÍDEO|FOTOS|GALERIE|GALERÍA|GALERIA|FOTOGALLERY"
                                       # "READ: Classes suspended …": a link to another story under its label
                                       r"|READ|ALSO READ|RELATED|SEE ALSO|LEIA|LEA|LIRE|LESEN|LEGGI)\s*[:|]\s*\S.{0,250}")


def link_label(text: str) -> bool:
    """Whether ``text``, a line among the story's paragraphs, is a link to more under a label in capitals."""
    return text[:2].isupper() and _CAPITALISED_LINK_LABEL.fullmatch(text) is not None


def chrome_reason(text: str, *, header: bool = False) -> Optional[str]:
    """Why ``text`` (one normalised line) is page chrome, or None if it may be article text."""
    return _reason(text, header)


def is_paywall_prompt(text: str) -> bool:
    """Whether ``text`` (one normalised line) is a paywall's prompt ("Subscribe to unlock this article", "Already a
    subscriber? Log in"), whatever reason ``chrome_reason`` gives a line so short."""
    return text.count(" ") < _MAX_PROMPT_WORDS and any(pattern.search(text) is not None for pattern in _PAYWALL_PROMPTS)


_BY_OPENINGS = ("By ", "BY ", "Par ", "PAR ", "Por ", "POR ", "Von ", "VON ", "Di ", "DI ")  # the word for "by", opening a byline
_SHOUTED_LABEL_REACH = 24  # characters, at most, in a label in capitals and its colon before a prompt
_SHOUTED_PROMPT_SPACES = 2  # at least, in the prompt after it (three words: a sentence, not a figure)
_LINK_MARKS = frozenset(("+ ", "> ", ">>", "» "))
_MARKED_LINK_WORDS = 12  # at most, in a link's label after its mark
# The words a link's label opens with, to see, read, watch or find more, in the six languages (a list's items after
# the same marks open otherwise: "+ Added Slime Block").
_LINK_VERBS = frozenset("see read watch view more all veja confira leia saiba assista acompanhe ver lee mira conoce "
                        "descubre lire voir découvrez regardez retrouvez lesen mehr alle sehen entdecken leggi guarda "
                        "scopri tutte tutti".split())


# A time counted in figures or words, then a price (or the price, then the time): what a subscription costs.
_COUNT = (r"(?:\d{1,3}|one|two|three|six|twelve|ein(?:en|e)?|zwei|drei|sechs|zwölf|un|une|deux|trois|douze|uno|una|dos|tres"
          r"|seis|doce|um|uma|dois|três|doze|due|tre|sei|dodici)")
_PRICE_FOR_A_TIME = lazy_compile(r"\b" + _COUNT + r"\s+" + _PERIOD + r"\b.{0,40}?" + _PRICE
                                 + r"|" + _PRICE + r".{0,20}?\b(?:pro|per|par|por|al|ao|a|im|/)\s?(?:" + _PERIOD + r")\b", re.I)
# The words that make a price an offer: the call to take it up, or its limited time, in the six languages.
_OFFER_WORD = lazy_compile(r"\b(?:jetzt|now|sichern|testen|lesen|read|get|try|subscribe|abonnieren|abonnez|profitez|aprovecha"
                           r"|suscríbete|aproveite|assine|approfitta|abbonati|nur für kurze zeit|limited time|offre|angebot"
                           r"|oferta|offerta|deal)\b", re.I)
_PRICED_OFFER_WORDS = 25  # at most, in such an offer
_UNLIMITED = r"(?:unlimited|illimitée?|unbegrenzte[nrs]?|ilimitad[oa]|illimitat[oa]|full|complete)"
_ACCESS = r"(?:access|accès|zugang|zugriff|acceso|acesso|accesso)"
# The call to subscribe, then what the subscriber gets to read (at a price, as the caller's test asks), in the six
# languages.
_SUBSCRIBE_FOR_ACCESS = lazy_compile(
    r"(?:subscribe|abonnez-vous|abonnieren sie|abonniere|suscríbete|suscribite|suscríbase|assine|abbonati)\b.{0,60}?"
    r"\b(?:" + _UNLIMITED + r"\b.{0,20}?\b" + _ACCESS + r"|" + _ACCESS + r"\b.{0,20}?\b" + _UNLIMITED + r")\b", re.I)
# The word to call and a telephone number after it, in the six languages: an advert's, where a story's title stands.
_CALL_THE_NUMBER = lazy_compile(r"\b(?:call|ring|phone|tel|anrufen|ruf|appelez|appelle[zr]?|llam[ae]|llamar|ligue|ligar"
                                r"|chiama|chiamate|telefon|teléfono|telefone|telefono)\b\.?:?\s*(?:us\s+)?(?:on\s+|at\s+)?"
                                r"\+?\(?\d[\d\s/().-]{5,}\d", re.I)
_PHONE_DIGITS = 7  # at least, in the number
# (not the site's own number: "Redaktion: Tel. 06151 387-0", "Contact the newsroom: call …")
_NEWSROOM_CONTACT = lazy_compile(r"\b(?:newsroom|news desk|contact|kontakt|redaktion|leserservice|abo-?service|rédaction"
                                 r"|redacción|redação|redazione|contatti|contacto)", re.I)
_LINK_ARROWS = frozenset((" »", " ›", " →"))
_NOTICE_LINK_WORDS = 3  # at most, in the link's label at the notice's end
_LINKED_NOTICE_WORDS = 30  # at most, in the notice and its link
_NOTICE_WORDS_BEFORE_LINK = 4  # at least, in the notice itself
# The label of a link to more, in the six languages, past its first word (the verb's or "more": "More info", "Read
# more", "Mehr erfahren"); or a label that says so otherwise.
_MORE_LABELS = frozenset(("details", "weiterlesen", "full story", "continue reading", "en savoir plus", "plus d'infos",
                          "más información", "mais informações", "saiba mais", "leggi tutto", "per saperne di più"))
# The words a link's label to more may hold after its first ("More info", "Read the story here", "Mehr erfahren").
_MORE_WORDS = frozenset("info infos information details story here now hier ici aquí aqui qui erfahren weiter mais más plus"
                        " più".split())


def _linked_notice(text: str) -> bool:
    """Whether ``text`` is a notice of a few words and, at its end, a link's label to read more ("… More info")."""
    words = text.split(" ")
    for count in range(1, _NOTICE_LINK_WORDS + 1):
        label = " ".join(words[-count:]).lower()
        if (len(words) - count >= _NOTICE_WORDS_BEFORE_LINK and not words[-count - 1].endswith(_SENTENCE_ENDS)
                and (label in _MORE_LABELS or count > 1 and label.partition(" ")[0] in _LINK_VERBS
                     and all(word in _LINK_VERBS or word in _MORE_WORDS for word in label.split(" ")[1:]))):
            return True
    return False


# The link that skips to the story, in the six languages.
SKIP_TO_STORY = (r"(?:skip|jump) to (?:the )?(?:main )?content|skip to (?:the )?main"
                 r"|(?:direkt |springe )?zum (?:haupt)?inhalt(?: springen)?"
                 r"|(?:aller|passer|accéder|accédez) (?:directement )?au contenu(?: principal)?"
                 r"|(?:ir|saltar|pasar) (?:directamente )?al contenido(?: principal)?"
                 r"|(?:ir|pular|saltar|passar) (?:direto )?para o conteúdo(?: principal)?"
                 r"|(?:vai|salta|passa) (?:direttamente )?al contenuto(?: principale)?"
                 # (past the menus, to the story: "Navigation überspringen", "Skip navigation")
                 r"|(?:haupt)?navigation überspringen|skip (?:the )?navigation")
_SKIP_LINK = lazy_compile(SKIP_TO_STORY, re.I)


def is_skip_link(text: str) -> bool:
    """Whether ``text`` is the link that skips to the story ("Skip to content", "Zum Inhalt springen"), a stop after it
    or not."""
    return _SKIP_LINK.fullmatch(text.rstrip(" .")) is not None
_SKIP_LINK_CHARACTERS = 40  # at most, in such a link
# The link back to the list a page belongs to, its arrow before it, in the six languages (without the arrow, "Back to
# school …" may open a title).
_BACK_LINK = lazy_compile(r"[«‹←<]\s*(?:back to|return to|zurück (?:zu|zur|zum)|retour (?:à|aux|au)|volver a|regresar a"
                          r"|voltar (?:a|à|ao|para)|torna (?:a|alla|al|all['’]|agli|ai))\s\S.{0,40}", re.I)
_BACK_LINK_CHARACTERS = 60  # at most, in such a link
_BACK_ARROWS = frozenset("«‹←<")  # (the cheap test first: most lines open otherwise)


# A comment's heading under a story, as blogs print it: its writer's name (or handle) and "says:" (a story quoting
# someone names them in small words too, or over their words in other languages: "Angela Merkel sagt:").
# (each word capitalised, no article first: "The mayor says:" opens a quote in a story)
_COMMENTER_SAYS = lazy_compile(r"(?!(?:The|A|An)\b)"
                               r"(?:@[\w.]+|[A-ZÀ-Þ][\w'’.\-]*(?: [A-ZÀ-Þ][\w'’.\-]*){0,3}) "
                               r"says:")
_SAYS_ENDINGS = " says:"


@short_lines_remembered
def _reason(text: str, header: bool) -> Optional[str]:
    if text.endswith(_SAYS_ENDINGS) and _COMMENTER_SAYS.fullmatch(text) is not None:
        return "comments"  # "Joan Pettifer says:": a comment's heading, its writer's name (the comments under a story)
    marked = text[:2] in _LINK_MARKS and len(text) > 3
    if marked:
        # "+ FOLLOW", "+ Leia mais notícias do …", ">> Download the app …": a button's or a link's label with its mark
        text = text[3:] if text[:3] == ">> " else text[2:]
    elif text[1:2] == " " and text[:1] >= "\u2190" and len(text) > 2 and unicodedata.category(text[0]) == "So":
        text = text[2:]  # "📲 Baixe o app …", "✅ Clique aqui …": a prompt's emoji before its words
    elif text[1:3] == "\ufe0f " and len(text) > 3 and unicodedata.category(text[0]) == "So":
        text = text[3:]  # "▶️ Veja o vídeo acima": the same, drawn as an emoji (the variation selector after it)
    stripped = text.rstrip(" :!.")
    if stripped.endswith("]") and (marker := _LINK_MARKER.search(stripped)) is not None:
        stripped = stripped[:marker.start()].rstrip(" :!.")  # "Skip to content [1]": a text browser's link number
    # Lower-casing never shortens a text, so a longer one cannot be an exact phrase (most lines are).
    if len(stripped) <= _LONGEST_PHRASE and (reason := _exact_reason(stripped.lower())) is not None:
        return reason
    if len(stripped) <= _SKIP_LINK_CHARACTERS and _SKIP_LINK.fullmatch(stripped) is not None:
        return "page-chrome"  # ("Passer au contenu principal", "Accéder directement au contenu": however it is put)
    if stripped[:1] in _BACK_ARROWS and len(stripped) <= _BACK_LINK_CHARACTERS and _BACK_LINK.fullmatch(stripped) is not None:
        return "page-chrome"  # ("« Back to Press Releases", "‹ Retour aux actualités": the link back to a list)
    if (stripped[:1] in _CLOSING and stripped.endswith(_CLOSING[stripped[:1]]) and (inner := stripped[1:-1].strip())
            and inner[:1] not in "[(" and (reason := _reason(inner, header)) is not None):
        # "[Read more: ...]", "(Advertisement)", "(Le puede interesar: …).": a widget's text in brackets, a stop after
        # them or not (one pair: no recursion)
        return reason
    if (text[1:2].isupper() and (colon := text.find(": ", 2, _SHOUTED_LABEL_REACH)) > 0 and text[:colon].isupper()
            and text[:colon].replace(" ", "").isalpha() and text.count(" ", colon + 2) >= _SHOUTED_PROMPT_SPACES
            and (reason := _reason(text[colon + 2:], header)) is not None):
        return reason  # "PAY ATTENTION: Join the Coast Star on WhatsApp …": a prompt under a label in capitals
    # At most one split past the limit: enough to tell a short line from a paragraph.
    words = text.count(" ") + 1  # (lines are normalised: one space between words)
    if 2 <= words <= _RUN_MAX_WORDS and (reason := _widget_run(stripped)) is not None:
        return reason
    if words <= _MAX_SHORT:
        reason = _short_line_reason(text, words, header) or _glued_buttons(stripped, header)
        if reason is not None:
            return reason
        if (" · " in text or " | " in text) and (reason := _bar_row_reason(text, header)) is not None:
            return reason
        if (marked and words <= _MARKED_LINK_WORDS and not text.endswith(_SENTENCE_ENDS)
                and text.partition(" ")[0].lower() in _LINK_VERBS):
            return "related-link"  # "+ Veja tudo sobre o Santa Amélia", "> Alle Ergebnisse": a link with its mark
    if is_shouting(text):
        return "banner" if header else "related-link"
    if (words <= _PRICED_OFFER_WORDS and not text.endswith(".") and ("€" in text or "$" in text or "£" in text)
            and _PRICE_FOR_A_TIME.search(text) is not None and _OFFER_WORD.search(text) is not None):
        return "promo"  # "Nur für kurze Zeit: KK+ drei Monate lesen für insgesamt 3 € – jetzt sichern!": the paper's offer
    if (words <= _PRICED_OFFER_WORDS and ("€" in text or "$" in text or "£" in text) and text[:1] in "SsAa"
            and _SUBSCRIBE_FOR_ACCESS.match(text) is not None):
        return "paywall"  # "Subscribe to the Ledger-Star: unlimited access to local news … for $1 for 6 months."
    if (header and not text.endswith(_SENTENCE_ENDS) and sum(map(str.isdigit, text)) >= _PHONE_DIGITS
            and _CALL_THE_NUMBER.search(text) is not None and _NEWSROOM_CONTACT.search(text) is None):
        return "advertisement"  # "Book your winter oil delivery with Ardcrone Fuels – call 074 912 3456 …", above the story
    if text[-2:] in _LINK_ARROWS and words <= _LINKED_NOTICE_WORDS and "«" not in text and _linked_notice(text[:-2]):
        # "Tropical Storm Warning in effect for … counties More info »": an alert above the story and its link; in the
        # body, another story's title and its link
        return "site-notice" if header else "related-link"
    if (text[:1] in _ISSUE_FIRST and _ISSUE.match(text) is not None
            and (find_date(text) is None or _DAYS_RANGE.search(text) is not None)):
        # "N° 1287 — Semaine du 10 au 16 juin 2024", "Ausgabe 14/2024": the paper's issue, by its number (with one day,
        # "No. 87 | Thursday, May 16, 2024", it dates the story: a newsletter's issue)
        return "page-chrome"
    if (header and text[-1:] == "*" and text[:1] != "*" and _AD_CLAIM_MIN_WORDS <= words <= _AD_CLAIM_WORDS
            and text[-2:-1].isalpha()  # (not a form's required field: "Company*", "E-mail address*")
            and not text.startswith(_BY_OPENINGS)):  # (nor a writer's name and the mark of a note on them: "Par Hédi Ben Salah*")
        return "advertisement"  # ("Jetzt Depot eröffnen und drei Monate ohne Ordergebühren handeln*": an ad's claim, its small print elsewhere)
    # Notices and menus are lines of middling length (most lines are shorter or are paragraphs); a menu never
    # ends as a sentence does.
    if words >= _NOTICE_MIN_WORDS and len(text) <= _NOTICE_MAX_CHARACTERS and _is_site_notice(text):
        return "site-notice"
    if words >= _MENU_ITEMS and len(text) <= _MENU_MAX_CHARACTERS and not text.endswith(_SENTENCE_ENDS) and _is_menu(text):
        return "navigation"
    if len(text) <= 2 and not (text.isascii() and text.isalnum()):
        return "garbage"
    if len(text) <= _RULE_CHARACTERS and text[0] in _RULE_MARKS and not any(char.isalnum() for char in text):
        return "garbage"  # "___", "* * *", "———": a rule drawn with marks, no words
    if text.startswith(_IMPORTANT_NOTICE_OPENINGS) and _IMPORTANT_NOTICE.match(text) is not None:
        return "site-notice"  # "Wichtiger Hinweis: Am 25.01. ist das Kundenzentrum geschlossen.": the site's own notice
    if text.startswith(_NOTE_OPENINGS):  # (one test for the notes told by how they open: most lines open otherwise)
        if text.startswith(_ORIGIN_NOTE_OPENINGS) and _ORIGIN_NOTE.match(text) is not None:
            return "editor-note"
        if text.startswith("This ") and _REUSE_TERMS.match(text) is not None:
            return "copyright"
        if (text.startswith(_EMBED_NOTE_OPENINGS) and _EMBED_NOTE.match(text) is not None
                and _CONSENT_WORD.search(text) is not None):
            return "media-embed"
        if text.startswith("Never miss") and _NEWSLETTER_PITCH.match(text) is not None:
            return "newsletter-prompt"
    # (the notes that may run long: each looked for only in the lines that hold its word)
    if ("€" in text or "$" in text or "£" in text) and _APPEAL_AT_A_PRICE.search(text) is not None:
        return "appeal"  # "… Soutenez-nous à partir de 1 € par mois.", at any length
    if (("€" in text or "$" in text or "£" in text) and words <= _TICKET_OFFER_WORDS
            and _TICKET_OFFER.search(text) is not None):
        return "promo"  # "Newsroom Sessions: Boston — Save up to $300 on your ticket before prices rise. Register now."
    if (text[:1] == "©" or text[:4] in _COPYRIGHT_OPENINGS) and _LONG_COPYRIGHT.match(text) is not None:
        return "copyright"  # "© 2020 Europa Press. Está expresamente prohibida la redistribución …", at any length
    if "ookie" in text and (_COOKIE_NOTE.search(text) is not None or _asks_cookie_consent(text)
                            or _CONSENT_BY_BROWSING.search(text) is not None):
        return "site-notice"
    if ("cept" in text or "kzept" in text or "ceit" in text or "ccett" in text) and _CONSENT_CHOICES.search(text) is not None:
        return "site-notice"  # "You can accept, reject or manage your choices at any time …": a consent form's, no cookie named
    if ("16" in text or " USA" in text) and _CONSENT_FORM_NOTE.search(text) is not None:
        return "site-notice"  # "Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, …"
    if ("onsen" in text or "inwillig" in text) and _asks_consent_for_partners(text):
        return "site-notice"  # "Pode clicar para consentir o processamento por nós e pelos nossos parceiros, …"
    if ("omment" in text or "omentar" in text or "omentár" in text) and _COMMENTS_DISCLAIMER.search(text) is not None:
        return "site-notice"
    if ("omentar" in text or "ommentare" in text) and _WHO_MAY_COMMENT.match(text) is not None:
        return "comment-prompt"
    if (("ersonali" in text or "ersonnali" in text or "/o" in text or "eoloc" in text or "ielgruppen" in text
         or text.endswith(":"))
            and _consent_purposes(text)):
        return "cookie-prompt"  # "Personalised advertising and content, advertising and content measurement, …", at any length
    if "/o" in text and _STORES_ON_DEVICE.search(text) is not None:
        return "cookie-prompt"  # "Le Regard et ses 132 partenaires stockent et/ou accèdent à des informations sur votre appareil …"
    if (("first on" in text or "primeiro em" in text or "premier sur" in text or "primero en" in text or "primo su" in text)
            and _FEED_FOOTER.match(text) is not None):
        return "editor-note"  # "The post … appeared first on The Liberty Courant.": a blog's feed note, at any length
    if (("readers can" in text or "our comments" in text or "omments will be" in text)
            and _COMMENTS_POLICY.search(text) is not None):
        return "site-notice"  # "We want our comments to be a lively … part of our community - a place where readers can …"
    if "expressed" in text and _VIEWS_NOTE.match(text) is not None:
        return "editor-note"
    if (("n'engage" in text or "n’engage" in text or "Meinung" in text or "pini" in text)
            and _AUTHORS_OWN_VIEWS.match(text) is not None):
        return "editor-note"  # "Les opinions exprimées dans cette rubrique n'engagent que leurs auteurs …", in German too  # "The views expressed in this article are those of the author and do not …", at any length
    if ("reproduced" in text or text[:12] == "Reproduction") and _REPRODUCTION_NOTE.search(text) is not None:
        return "copyright"  # "… may not be reproduced, published … without prior express written permission from …"
    if (words <= _REUSE_NOTE_WORDS and ("eprodu" in text or "iprodu" in text or "ommons" in text)
            and _REUSE_ALLOWED.match(text) is not None):
        return "copyright"  # "Licença Creative Commons: reprodução permitida com crédito"
    if ("eprodu" in text or "iprodu" in text or "achdruck" in text) and _FORBIDDEN_REPRODUCTION.search(text) is not None:
        return "copyright"  # "Prohibida la reproducción total o parcial …", "Vietata la riproduzione …", at any length
    if "©" in text and words <= _COPYRIGHT_NOTE_WORDS and _LONG_COPYRIGHT.search(text) is not None:
        return "copyright"  # "WKRV is owned by Prairie Sky Broadcasting, Inc. © 2024 Prairie Sky Broadcasting. All rights …"
    if words <= _IMPRINT_WORDS and _holds_imprint_mark(text) and _IMPRINT.search(text) is not None:
        return "site-notice"  # "Editore: NordEst Digital Srl - Via Mercato 22 - P.IVA …": the publisher's legal imprint
    if ("ookie" in text or "ookie" in text) and _COOKIE_CHOICES.search(text) is not None:
        return "site-notice"  # "Noi e terze parti selezionate utilizziamo cookie …": a consent form's notice, at any length
    if (words <= _APPEAL_WORDS and ("gift" in text or "onat" in text or "profit" in text or "ornalis" in text
                                    or "eriodis" in text or "iornalis" in text)
            and _GIFT_APPEAL.search(text) is not None):
        return "appeal"  # "We're a nonprofit newsroom. If this story helped you, please consider a gift of any size."
    if (words <= _MAX_SHORT + 4 and ("rro" in text or "istake" in text or "ehler" in text or "rreur" in text)
            and _REPORT_ERROR.search(text) is not None):
        return "page-chrome"  # "Spotted a mistake? Report an error.": the page's link to its corrections form
    if (words <= _APP_PROMPT_WORDS and ("pp" in text or "laden" in text or "harg" in text or "carica" in text)
            and _APP_PROMPT.search(text) is not None):
        return "promo"  # "Jetzt kostenlos herunterladen und keine Nachricht aus der Region verpassen."
    if text[:12] in _DISCLAIMER_OPENINGS or (words <= _DISCLAIMER_LABEL_WORDS and text.endswith(":")
                                             and text[:-1].strip().lower() in _DISCLAIMER_LABELS):
        return "editor-note"  # "(Disclaimer: The above press release has been provided by …)": the site's note on it
    if (("ommuniqu" in text or "ress release" in text or "ressemitteil" in text or "omunica" in text)
            and _FROM_A_RELEASE.search(text) is not None):
        return "editor-note"  # "Cet article a été rédigé à partir d'un communiqué. …": a press release's, as written
    if ("esponsab" in text or "esponsib" in text or "erantwort" in text) and _RELEASE_NOTE.search(text) is not None:
        return "editor-note"
    if (words <= _NOTE_WORDS and ("esponsab" in text or "esponsib" in text or "erantwort" in text or "aftung" in text)
            and _DISCLAIMED_CONTENT.search(text) is not None):
        return "editor-note"  # "Conteúdo de responsabilidade do anunciante.", "La rédaction n'en assume pas la responsabilité."
    if words <= _NOTE_WORDS and ("nverändert" in text or "unedited" in text or "as received" in text or " quel" in text
                                 or "tal cual" in text or "sem edição" in text or "senza modifiche" in text
                                 or "na íntegra" in text) and _UNEDITED_NOTE.search(text) is not None:
        return "editor-note"  # "Die Meldungen der Polizei werden von der Redaktion unverändert übernommen."
    if words <= _NOTE_WORDS and ("onprofit" in text or "on-profit" in text or "for-profit" in text
                                 or "onpartisan" in text or "ndependent" in text) and _NEWSROOM_ABOUT_ITSELF.match(text):
        return "site-notice"  # "Genesee Signal is a nonprofit newsroom serving Flint and Genesee County."
    if (words <= _NOTE_WORDS and ("elcome" in text or "ubmission" in text)
            and _OPINION_SUBMISSIONS.search(text) is not None):
        return "site-notice"  # "The Lowcountry Lantern welcomes commentary from readers. Submissions should be …"
    if (words <= _NOTE_WORDS and ("dited" in text or "ondensed" in text or "ditée" in text or "accourci" in text
                                  or "ekürzt" in text or "edigiert" in text or "ditad" in text or "odificat" in text
                                  or "ondensat" in text or "ditat" in text)
            and _EDITED_FOR_LENGTH.search(text) is not None):
        return "editor-note"  # "This interview has been edited for length and clarity."
    if (words <= _NOTE_WORDS and ("orrec" in text or "orrek" in text or "ehler" in text or "ccura" in text
                                  or "ectific" in text or "rreur" in text
                                  or "rrore" in text or "orrez" in text or "ettifica" in text or "orreç" in text)
            and _CORRECTIONS_POLICY.search(text) is not None):
        return "site-notice"  # "The Sentinel is committed to accuracy. To request a correction or clarification, …"
    if words <= _NOTE_WORDS and ("echte" in text or "rights" in text or "droits" in text or "derechos" in text
                                 or "direitos" in text or "diritti" in text) and _REUSE_RIGHTS.search(text) is not None:
        return "copyright"  # "… Nutzungsrechte erhalten Sie über unsere Lizenzabteilung."  # "O conteúdo acima é de responsabilidade exclusiva da empresa …": the sender's, not the site's
    if (("syndicat" in text or words <= _MAX_SHORT and ("generated" in text or "responsib" in text))
            and _SYNDICATED_NOTE.search(text) is not None):
        return "editor-note"
    if (("to declare" in text or "funding as a" in text or "work for, consult" in text or "ne conseille pas" in text
         or "funding from" in text or " by" in text and ("funded" in text or "supported" in text or "possible" in text))
            and _FUNDING_DISCLOSURE.search(text)):  # (each phrase's rarest words first: "funding" alone is common)
        return "editor-note"
    if (words <= _SUBSCRIBER_PITCH_WORDS and ("antag" in text or "enefi" in text or "erks" in text or "orteile" in text
                                              or "entaja" in text) and _SUBSCRIBER_PERKS.search(text) is not None):
        return "promo"  # "Você já conhece as vantagens de ser assinante do …? Além de ter acesso a …", at any length
    if ("offers" in text or text[:4] == "Get ") and _SIGN_UP_PROMISE.search(text) is not None:
        return "newsletter-prompt"
    if text.endswith(_ELLIPSES) and words <= _TEASER_WORDS and _cut_teaser(text):
        return "related-link"
    if text.startswith(_LATE_NOTE_OPENINGS):
        if text.startswith(_SUPPORT_NOTE_OPENINGS) and _SUPPORT_NOTE.match(text) is not None:
            return "editor-note"
        if (text.startswith(_SUBSCRIBERS_OPENINGS) and _SUBSCRIBERS_GET.match(text) is not None
                and _SUBSCRIBERS_PERKS.search(text) is not None):
            return "paywall"  # "Subscribers to The Ardmurran Times get every story on the website, …": the site's pitch
        if text.startswith("We use your") and _SIGN_UP_DATA_NOTE.match(text) is not None:
            return "site-notice"
    if "odcasts" in text and _PODCAST_PROMO.search(text) is not None:
        return "promo"
    if "constitutes acceptance" in text and _TERMS_NOTE.search(text) is not None:
        return "site-notice"
    if ((" | " in text or " • " in text or " · " in text) and text.find(":", 0, _LATEST_LABEL) > 0
            and _LATEST_ROW.match(text) is not None):
        # "Latest News: Lions Indomptables : liste des 26 … | Fuel prices unchanged in July | …", "Top stories: … • …"
        return "related-link"
    if text.find(":", 0, _PRIVACY_LABEL) > 0:
        if words <= _CONTEST_WORDS and _CONTEST.match(text) is not None:
            return "promo"  # "Gewinnspiel: Jetzt 1.000 Euro abräumen!": the site's contest, under its label
        if _PRIVACY_NOTE.match(text) is not None:
            return "site-notice"
        if _CORRECTION.match(text) is not None or _EDITORS_NOTE.match(text) is not None:
            return "editor-note"
        if text.endswith("?") and _POLL.match(text) is not None:
            return "poll"
    return None


# The bar of the latest stories' titles, between bars, under its label, in the six languages.
_LATEST_ROW = lazy_compile(r"(?:latest(?: news| stories| headlines)?|just in|top stories|últimas (?:noticias|notícias)"
                           r"|lo último|dernières? (?:infos|nouvelles|actualités|minute)|en bref|neueste (?:nachrichten|meldungen)"
                           r"|aktuelle meldungen|ultime notizie|ultim['’]ora|in breve"
                           # (or the most read: "Most Read: … | …", "Lo más leído: …", "Meistgelesen: …")
                           r"|most (?:read|popular|viewed)|trending(?: now)?|(?:lo )?más leíd[oa]s?|les plus lus"
                           r"|meistgelesen|mais lid[oa]s|(?:i )?più lett[ie])\s*:\s*[^|•·]+(?: [|•·] [^|•·]+)+$", re.I)
_LATEST_LABEL = 24  # characters, at most, before the label's colon
_NOTE_WORDS = 40  # at most, in the site's note on what it runs unedited or on the rights to its stories
# The site's note that it runs what others wrote as they sent it, in the six languages.
_UNEDITED_NOTE = lazy_compile(
    r"\b(?:(?:werden|wird|wurde|wurden) (?:von der redaktion )?(?:unverändert|ungekürzt) (?:übernommen|veröffentlicht"
    r"|wiedergegeben)|(?:published|posted|run|reproduced) (?:unedited|as received)(?! by)|publié(?:e|s|es)? tel(?:le)?s? quel(?:le)?s?"
    r"|publicad[oa]s? (?:tal cual|sin editar)|publicad[oa]s? (?:na íntegra|sem edição)"
    r"|pubblicat[oa] (?:integralmente|senza modifiche))\b", re.I)
# The site's note on how it corrects its errors and whom to ask for a correction, in the six languages.
_CORRECTIONS_POLICY = lazy_compile(
    r"\b(?:is|are) committed to accuracy\b"
    # (the note's own sentence, opening so: "To request a correction, …", "Pour signaler une erreur, …")
    r"|(?:^|[.!?] )(?:to (?:request|report|suggest) an? (?:correction|error)"
    r"|pour (?:signaler|demander) une (?:erreur|correction|rectification)|para (?:solicitar|pedir|reportar|notificar)"
    r" una (?:corrección|rectificación|errata)|para (?:solicitar|pedir|comunicar) uma (?:correção|correcção|retificação)"
    r"|um (?:eine korrektur|einen fehler) zu (?:melden|beantragen)|per (?:segnalare|richiedere) (?:un errore|una"
    r" correzione|una rettifica))\b", re.I)
# The rights to reuse the site's stories, and whom to ask for them, in the six languages.
_REUSE_RIGHTS = lazy_compile(
    r"\b(?:nutzungsrechte (?:erhalten|erwerben)|(?:reprint|reuse|syndication) rights|droits de reproduction"
    r"|derechos de reproducción|direitos de reprodução|diritti di riproduzione)\b", re.I)


# The purposes a consent form lists, as the advertising industry's framework words them, in the six languages
# ("Personalised advertising and content, advertising and content measurement, audience research …").
_CONSENT_PURPOSES = lazy_compile(
    r"personali[sz]ed (?:ads|advertising) and content|(?:ad|advertising) and content measurement"
    r"|store and/or access information on a device|use precise geolocation data"
    r"|publicités et contenu personnalisés|mesure de performance des publicités|stocker et/ou accéder à des informations"
    r"|données de géolocalisation précises"
    r"|personalisierte (?:werbung|anzeigen) und inhalte|messung von werbeleistung|informationen auf einem gerät speichern"
    r"|publicidad y contenido personalizados|medición de (?:la )?publicidad y (?:del )?contenido"
    r"|almacenar (?:la )?información en un dispositivo|datos de geolocalización precisa"
    r"|annunci e contenuti personalizzati|valutazione degli annunci e del contenuto"
    r"|archiviare e/o accedere a informazioni su un dispositivo"
    r"|anúncios e conteúdo personalizados|medição de anúncios e conteúdo|armazenar e/ou aceder a informações"
    # ("Avec nos partenaires, nous traitons les données suivantes :": the line over them)
    r"|(?:process the following data|traitons les données suivantes|verarbeiten (?:wir )?folgende daten"
    r"|tratamos los siguientes datos|trattiamo i seguenti dati|tratamos os seguintes dados)\s*:?$", re.I)
# What the site and its partners do, as the same framework words it, whoever says it and in what tense: store and/or
# access information on the reader's device, in the six languages.
_STORES_ON_DEVICE = lazy_compile(
    r"\b(?:stor|stock|speicher|almacen|armazen|archivi|memorizz)\w* (?:and|et|und|y|e)/(?:or|ou|oder|o) \w+"
    r"(?: \w+){0,3} (?:information|informations|informationen|información|informações|informazioni)"
    r"(?: \w+){0,3} (?:device|appareil|gerät|endgerät|dispositivo|terminal)\b", re.I)


# What being a subscriber gives, as the site's pitch names it, in the six languages.
_SUBSCRIBER_PERKS = lazy_compile(
    r"\b(?:vantagens|benefícios) de ser assinante|\b(?:advantages|benefits|perks) of (?:being|becoming) an?"
    r" subscriber\b|\bavantages (?:d['’]être|de devenir) abonné|\bventajas de (?:ser|hacerte) suscriptor"
    r"|\bvorteile (?:als|eines|für) abonnent|\bvantaggi (?:di essere|dell['’]essere|per gli) abbonat", re.I)
_SUBSCRIBER_PITCH_WORDS = 80  # at most, in such a pitch


def _consent_purposes(text: str) -> bool:
    """Whether ``text`` is a consent form's purposes: opened by one, or listing two (a story may name one in passing)."""
    found = _CONSENT_PURPOSES.search(text)
    return found is not None and (found.start() == 0 or found.end() == len(text)
                                  or _CONSENT_PURPOSES.search(text, found.end()) is not None)


# "The post Town votes to keep its jail appeared first on The Liberty Courant.": the note a blog's feed adds under each
# post it carries, in the six languages.
_FEED_FOOTER = lazy_compile(r"(?:the post|o post|l['’]article|el artículo|la entrada|l['’]articolo|der beitrag) .{3,300}? "
                            r"(?:appeared first on|apareceu primeiro em|est apparu en premier sur|(?:se publicó|apareció)"
                            r" primero en|sembra essere il primo su|erschien zuerst auf) .{2,80}$", re.I)
# The site's note on its comments: "… a place where readers can debate …", "We want our comments to be lively …".
_COMMENTS_POLICY = lazy_compile(r"\ba place where (?:our )?readers can (?:debate|discuss|share|comment|engage)\b"
                                r"|\bour comments (?:section )?(?:to be|is|are)\b.{0,40}\b(?:lively|respectful|civil|valuable)\b"
                                # "Comments will be edited … and authorized at the discretion of … website management."
                                r"|^comments will be (?:edited|moderated|reviewed|approved)\b.{0,120}\b(?:discretion|moderat\w*"
                                r"|published|approved|guidelines)\b",
                                re.I)
# "The views expressed in this article are those of the author …": a column's disclaimer (the other languages' are
# among the phrases above).
_VIEWS_NOTE = lazy_compile(
    r"(?:the )?(?:views|opinions) expressed (?:in (?:this|these|our|guest|opinion) (?:[\w-]+ )?(?:article|column|piece"
    r"|op-ed|commentary|post)s? |here )?(?:are"
    r" (?:those of the (?:author|writer)s?|(?:the )?(?:author|writer)['’]s own|solely (?:those of|the))"
    r"|do not necessarily reflect)\b", re.I)
# ... in French, German and the other languages: "Les opinions exprimées dans cette rubrique n'engagent que leurs auteurs", "Die in
# Gastbeiträgen geäußerten Meinungen geben nicht unbedingt die Meinung der Redaktion wieder".
_AUTHORS_OWN_VIEWS = lazy_compile(
    r"(?:les |ces |cette |cet )?(?:opinions|propos|points de vue|tribunes?|contributions?|articles?|cartes? blanches?"
    r"|chroniques?|billets?|textes?) (?:exprimé(?:e)?s )?(?:[^.]{0,40} )?"
    r"n['’]engag(?:e|ent) que (?:leurs?|son|ses|l['’])\s?(?:auteur|autrice)"
    r"|(?:die )?(?:[^.]{0,40} )?geäußerten? meinung(?:en)? (?:[^.]{0,40} )?(?:gibt|geben|spiegel[nt]|entspr(?:icht|echen)) nicht"
    r" (?:unbedingt |notwendigerweise )?(?:die meinung|die haltung|den standpunkt|die position)"
    # (in Portuguese, Spanish and Italian: "As opiniões expressas neste espaço não refletem necessariamente …")
    r"|(?:as |las |le )?opini(?:ões|ones|oni) (?:expressas|expresadas|vertidas|espresse|emitidas) (?:[^.]{0,60} )?"
    r"(?:não|no|non) (?:refletem|reflejan|riflettono|representam|representan|rappresentano|expressam|expresan)\b"
    # ("Os artigos de opinião publicados no … são da exclusiva responsabilidade dos seus autores", "Los artículos de
    # opinión son responsabilidad exclusiva de sus autores", "Gli articoli d'opinione sono di esclusiva responsabilità
    # degli autori": the writers alone answer for them)
    r"|(?:os |los |gli |les )?(?:artigos|textos|artículos|articoli|articles) d['’e]\s?opini(?:ão|ón|one|on) (?:[^.]{0,60} )?"
    r"(?:são|son|sono|sont) (?:da |de |di )?(?:(?:exclusiva|esclusiva|exclusive) (?:responsabilidade|responsabilidad|responsabilità"
    r"|responsabilité)|(?:responsabilidade|responsabilidad|responsabilità|responsabilité) (?:exclusiva|esclusiva|exclusive))"
    r" (?:d[eo]s?|di|degli|de l[ae]s?|de sus|dos seus|de leurs?|dei loro|de su) ", re.I)
# "Comments expressed here do not reflect the opinions of Vantage Post", "Die Kommentare … geben nicht notwendigerweise
# die Meinung der Redaktion wieder": the site's note that its readers' comments are theirs (the site or its newsroom
# named: a story's "the comments do not reflect the views of the council" names neither)
_COMMENTS_DISCLAIMER = lazy_compile(
    r"\b(?:comments?|kommentare|commentaires|comentarios|comentários|commenti)\b[^.]{0,80}"
    r"\b(?:do not|does not|don't|nicht|ne reflètent pas|ne représentent pas|n'engagent pas|no reflejan|no representan"
    r"|não refletem|não representam|non riflettono|non rappresentano)\b[^.]{0,40}"
    r"\b(?:opinions?|views?|meinung|position|opinión|opinião|opinione)s? (?:of|der|de|di|da|do|del|della|du|deste|de este"
    r"|di questo|de ce)"
    r" (?:the )?(?:(?-i:[A-Z])|redaktion|rédaction|redacción|redac?ção|redazione|editors?|publisher|this (?:site|website|newspaper)"
    r"|site|sitio|sito|portal|jornal|diario|journal|giornale)", re.I)
# A contest's label and its colon, in the six languages: the site's own promotion over a prize.
# (not "Competition:", "Concorso:", "Concurso:": also a story's kicker, on a market or a public post)
_CONTEST = lazy_compile(r"(?:gewinnspiel|verlosung|sorteo|sorteio|jeu-concours|giveaway)\s*:\s*\S", re.I)
_CONTEST_WORDS = 12
# "Para comentar debe estar suscrito.": who may comment, in Spanish, Portuguese and Italian.
_WHO_MAY_COMMENT = lazy_compile(r"(?:para comentar,? (?:debe|debes|deberá|tiene que|tienes que|hay que|es necesario"
                                r"|é preciso|você precisa|precisa)|per commentare,? (?:devi|è necessario))\b", re.I)
_REPRODUCTION_NOTE = lazy_compile(r"\bmay not be (?:reproduced|published|broadcast|copied|republished)\b.{0,120}\bwithout\b.{0,30}"
                                  r"\bpermission\b"
                                  # "Reproduction of this story requires the publisher's permission."
                                  r"|^reproduction of this (?:story|article|content)\b.{0,40}\brequires?\b.{0,40}\bpermission\b",
                                  re.I)
_APPEAL_AT_A_PRICE = lazy_compile(r"\b(?:soutenez-nous|support us|unterstützen sie uns|apóyanos|apoie-nos|sostienici"
                                  r"|(?:fund|support) (?:independent |local |quality )?journalism)\b.{0,40}"
                                  + _PRICE, re.I)
# A ticket to the site's own event at a saving, and the call to buy it, in the six languages.
_TICKET_OFFER = lazy_compile(r"\b(?:save|économisez|sparen sie|spare|ahorra|economize|risparmia)\s.{0,20}" + _PRICE
                             + r".{0,60}\b(?:tickets?|pass|billets?|entradas?|ingressos?|biglietti?)\b.{0,60}?[.!]\s"
                             # (the call a sentence of its own, the offer's last: "Register now.")
                             r"(?:register|book|buy|get|inscrivez-vous|réservez|jetzt anmelden|jetzt buchen|inscríbete|reserva"
                             r"|inscreva-se|garanta|iscriviti|prenota)\b(?:\s[\w’']+){0,3}[.!]?$", re.I)
_TICKET_OFFER_WORDS = 40  # at most, in such an offer


# How such a notice opens: the mark, "Copyright", "(c)", "All rights …", "Tous droits …", "Todos los …", "Tutti i …".
_COPYRIGHT_OPENINGS = frozenset(opening for word in ("Copy", "(c) ", "All ", "Alle", "Tous", "Todo", "Tutt")
                                for opening in (word, word.upper(), word.lower()))
# A year after the copyright's mark, or all rights reserved, opening the line, in the six languages: the site's notice,
# however much of its terms follows.
_LONG_COPYRIGHT = lazy_compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b|(?:all rights reserved|alle rechte vorbehalten"
                               r"|tous droits réservés|todos los derechos reservados|todos os direitos reservados"
                               r"|tutti i diritti riservati)\b", re.I)
# The notes a site's footer prints, in the six languages: that its stories may not be reproduced; its publisher's legal
# imprint (registration, tax number, the court that holds its register, the editor in law); the choices its consent form
# offers; its appeal for gifts; its link to report an error; its app's pitch.
_FORBIDDEN_REPRODUCTION = lazy_compile(
    r"\b(?:(?:queda |está )?prohibida (?:la )?reproducción|(?:è )?vietata (?:la )?riproduzione|(?:toute )?reproduction"
    r"(?: (?:même )?partielle)? (?:est )?interdite|(?:é )?proibida a reprodução|nachdruck (?:nur mit|verboten|untersagt)"
    r"|reproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden))\b", re.I)
# ... or allowed with the credit, under a licence, in a short note that opens so: "Licença Creative Commons: reprodução
# permitida com crédito" (a story may tell of a licence: "Durch eine Creative-Commons-Lizenz soll …").
_REUSE_ALLOWED = lazy_compile(
    r"(?:licen[cç][ae] creative commons|creative commons licen[cs]e|licencia creative commons"
    r"|reprodu[cç][aã]o (?:é )?(?:permitida|autorizada)|reproducción (?:está )?(?:permitida|autorizada)"
    r"|reproduction (?:autorisée|permitted|allowed)|riproduzione (?:è )?consentita)\b", re.I)
_REUSE_NOTE_WORDS = 12  # at most, in such a note
_COPYRIGHT_NOTE_WORDS = 60  # at most, in a line that holds the copyright's mark and its year or rights reserved
def _holds_imprint_mark(text: str) -> bool:
    # (each note's rarest marks tested before its pattern: most lines hold none of them)
    return ("IVA" in text or "ribunal" in text or "esponsabile" in text or "erechos" in text or "epósito" in text
            or "egistered " in text or "egistrazione" in text or "Trib" in text or "registrat" in text
            or "andelsregister" in text or "HRB" in text
            or "USt" in text or "SIRET" in text or "RCS " in text or "CNPJ" in text or "ISSN" in text
            or "ompany n" in text or "ompany N" in text or "ABN" in text)
_IMPRINT_WORDS = 30  # at most, in a publisher's imprint (a story's paragraph is longer, mostly: its marks are not read)
_APPEAL_WORDS = 35  # at most, in an appeal for gifts
_IMPRINT = lazy_compile(
    r"\b(?:p\.\s?iva|partita iva|registrazione (?:presso il )?tribunale|reg\. trib\.|direttore responsabile"
    # ("Periodico online registrato presso il Tribunale di Torino", "Testata giornalistica registrata al Tribunale di …")
    r"|(?:periodico|testata|quotidiano|settimanale)(?: (?:online|on-line|giornalistica|telematica|quotidiana))?"
    r" registrat[oa] (?:presso il|al) tribunale"
    r"|(?:número de )?reserva de derechos|depósito legal|handelsregister|hrb \d|ust-?id(?:-?nr)?"
    r"|siret|rcs [a-z]+(?: [ab])? ?\d|cnpj|issn:? \d|registered in (?:england|scotland|ireland|wales)(?: and wales)?,? (?:no\.?|number"
    r"|company)|company (?:no\.?|number):? \d|registered office:|abn:? \d)", re.I)
_COOKIE_CHOICES = lazy_compile(
    r"^(?:we and (?:selected )?third parties|noi e terze parti(?: selezionate)?|nous et des tiers(?: sélectionnés)?"
    r"|wir und ausgewählte drittanbieter|nosotros y terceros(?: seleccionados)?|nós e terceiros(?: selecionados)?)"
    r"\s+(?:\w+\s+){0,2}cookies?\b"
    r"|\b(?:personalizza le tue scelte|you can change your (?:choices|preferences|settings)|vous pouvez modifier vos choix"
    r"|sie können ihre (?:auswahl|einstellungen)|puedes cambiar tus preferencias|pode alterar as suas preferências)\b"
    r".{0,120}\bcookie", re.I)
_GIFT_APPEAL = lazy_compile(
    r"\bplease consider (?:making )?(?:a (?:gift|donation|contribution)|donating)\b|\bwe(?:'re|’re| are) a "
    r"(?:nonprofit|non-profit) newsroom\b"
    # (an imperative opening a sentence: "Support local journalism.", not "… would support local journalism with …")
    r"|(?:^|[.!?] )(?:please )?(?:consider (?:making )?(?:a (?:gift|donation)|donating)|donate (?:now|today)"
    r"|support (?:our|independent|local) journalism|unterstützen sie (?:unseren |unabhängigen |lokalen )?journalismus"
    r"|soutenez (?:notre |le )?journalisme|apoya (?:nuestro |el )?periodismo|apoie o jornalismo"
    r"|sostieni (?:il nostro |il )?giornalismo)\b", re.I)
_REPORT_ERROR = lazy_compile(
    r"\b(?:report an error|report a (?:mistake|correction)|spotted (?:a|an) (?:mistake|error|typo)|fehler (?:melden|gefunden)"
    r"|signaler une erreur|reportar un error|segnala(?:ci)? un errore|reportar (?:um )?erro|comunicar (?:um )?erro)\b", re.I)
_APP_PROMPT_WORDS = 20
_APP_PROMPT = lazy_compile(
    r"(?:^|[.!?] )(?:download|get|install) (?:the|our) (?:free )?(?:\w+ ){0,4}app\b|\bapp (?:herunterladen|downloaden)\b"
    r"|\bjetzt kostenlos herunterladen\b|\btéléchargez (?:notre |l['’]|la )(?:nouvelle )?appli(?:cation)?\b"
    r"|\bdescarg(?:a|á|ue)(?:r)? (?:nuestra |la )(?:nueva )?app\b"
    r"|\bbaixe (?:o nosso |o )?(?:novo )?app(?:licativo)?\b|\bscarica (?:la nostra |l['’]|la )(?:nuova )?app\b"
    # "Jetzt die neue App der Alpenland Rundschau laden!": the app, whose it is, then the verb, as German puts it
    r"|(?:^|[.!?] )(?:jetzt )?(?:die|unsere) (?:neue |kostenlose )?app\b.{0,60}\b(?:laden|herunterladen|downloaden"
    r"|installieren)[.!]?$"
    # "Descargá la app y enterate primero", "Lade die App": the imperative of every form a language addresses with
    r"|\b(?:bajá|bajate|descargate|baixa|télécharge|lade|hol dir) (?:la |a |l['’]|die |nuestra |notre |unsere )?app\b"
    # "Abre esta nota en la app de …", "Open this story in the app": the page's button to read it there
    r"|^(?:abr[ea]|abrí|open|ouvr(?:ez|ir)|apri|öffne[n]?)\s+(?:esta nota|este artículo|esta notícia|esta matéria|this (?:story|article)"
    r"|cet article|questo articolo|diesen artikel)\s+(?:en|in|dans|na|no|nell['’]|im|in der)\s+(?:la |l['’]|a |o |the |our )?"
    r"(?:app|aplicaci[óo]n|application|aplicativo)\b", re.I)


# The site's note that the press release above is its sender's alone, in the six languages.
_RELEASE_NOTE = lazy_compile(
    r"\b(?:(?:o )?conteúdo acima|(?:el )?contenido (?:de este comunicado|anterior)|(?:il )?contenuto (?:del comunicato|sopra)"
    r"|(?:le )?contenu (?:ci-dessus|de ce communiqué)|the (?:content|press release) above|the above (?:content|press release)"
    r"|(?:der )?(?:obige |vorstehende )?inhalt (?:dieser|der) (?:pressemitteilung|mitteilung))\b.{0,30}"
    r"\b(?:responsabilidade|responsabilidad|responsabilità|responsabilité|responsibility|verantwortung)\b"
    # (or that it was published under its sender's: "Information publiée sous la responsabilité de son auteur")
    r"|\bpubli(?:ée?s?|shed|cad[oa]s?|cat[oa]) (?:sous la|under the|bajo la|sob a|sotto la) (?:seule |sole |exclusiva |sola )?"
    r"(?:responsabilité|responsibility|responsabilidad|responsabilidade|responsabilità)\b", re.I)
# The newsroom's note that what stands under it is another's to answer for: the newsroom disclaims it ("La rédaction
# n'en assume pas la responsabilité", "Die Redaktion übernimmt keine Haftung") or names who answers for it, the advertiser
# or the company that sent it ("Conteúdo de responsabilidade do anunciante"), in the six languages.
_DISCLAIMED_CONTENT = lazy_compile(
    r"^(?=.*\b(?:contenus?|contents?|inhalte?|contenidos?|conteúdos?|contenut[oi]|informations?|informationen|información|informações"
    r"|informazioni)\b)"  # (the content it speaks of named: not "The editors were not responsible for the error")
    r".*\b(?:la rédaction|the (?:editors|editorial (?:staff|team|board|department)|newsroom)|die redaktion|der verlag"
    r"|la redacción|a reda[cç]ç[aã]o|la redazione)\b.{0,20}\b(?:n['’](?:en |y )?|ne |not? |não |non |keine?n? |aucune )"
    r".{0,30}\b(?:responsab\w*|responsib\w*|verantwortung|haftung)\b"
    r"|^(?:(?:der|le|o|el|il|the) )?(?:contenu|content|inhalt|contenido|conteúdo|contenuto)\b.{0,40}"
    r"\b(?:responsabilidade|responsabilidad|responsabilité|responsibility|responsabilità|verantwortung)"
    r" (?:exclusiva |exclusive |sole |seule |alleinige )?(?:of the|du|de la|de l['’]|des|do|da|dos|das|del|de los|della|dell['’]"
    r"|degli|der|des jeweiligen) ?(?:anunciante|anunciantes|annonceur|annonceurs|advertiser|advertisers|inserzionista"
    r"|inserzionisti|werbe(?:partner|kunden)|entreprises?|empresas?|aziend[ae]|compan(?:y|ies)|sender|remetente|expéditeur"
    r"|absenders?|mittente|remitente)\b", re.I)
# A newsroom's note on itself: its name, and the kind of newsroom it is ("Genesee Signal is a nonprofit newsroom serving
# Flint and Genesee County.").
_NEWSROOM_ABOUT_ITSELF = lazy_compile(
    r"(?:The )?[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,5} is an? (?:(?:independent|nonprofit|non-profit|not-for-profit"
    r"|nonpartisan|non-partisan|local|digital|award-winning|community),? (?:and )?){1,3}"
    r"(?:news ?room|news (?:organi[sz]ation|site|outlet|service|publication)|publication|journalism (?:organi[sz]ation|project))\b")
# The opinion page's call for readers' pieces, and its rules for them.
_OPINION_SUBMISSIONS = lazy_compile(
    r"\bwelcomes? (?:commentary|letters(?: to the editor)?|op-eds?|guest (?:columns|essays)|opinion (?:pieces|columns))"
    r" from (?:its |our )?(?:readers|the community)\b|^(?:submissions?|letters?|op-eds?) (?:should|must) be\b.{0,40}\bwords\b",
    re.I)
# The note that an interview or a letter was shortened or edited for its reading, in the six languages.
_EDITED_FOR_LENGTH = lazy_compile(
    r"\b(?:interview|conversation|transcript|q&a|exchange|discussion|text|letter|story|article|podcast|answers|responses"
    r"|remarks|comments|quotes|excerpts?)s? (?:has|have) been (?:lightly |slightly )?(?:edited|condensed)"
    r"(?: and (?:condensed|edited))? for (?:length|clarity|brevity)\b"
    r"|\b(?:entretien|interview|échange|texte|propos|lettre|article|conversation)s? (?:a|ont) été (?:légèrement )?"
    r"(?:éditée?s?|raccourcie?s?|condensée?s?|remaniée?s?)(?: et (?:éditée?s?|raccourcie?s?|condensée?s?))?"
    r" (?:pour|par souci de) (?:plus de |des raisons de )?(?:clarté|concision|lisibilité)\b"
    r"|\b(?:interview|gespräch|text|beitrag|brief)s? wurden? (?:aus gründen der (?:lesbarkeit|verständlichkeit|länge)"
    r" |zur besseren (?:lesbarkeit|verständlichkeit) )?(?:leicht |behutsam )?(?:gekürzt und redigiert|redigiert und gekürzt"
    r"|redigiert|(?<=lesbarkeit )gekürzt|(?<=verständlichkeit )gekürzt|(?<=länge )gekürzt)\b"
    r"|\b(?:entrevista|conversación|texto|carta|artículo)s? (?:ha|han) sido (?:editad[ao]s?|condensad[ao]s?)"
    r"(?: y (?:editad[ao]s?|condensad[ao]s?))? (?:por|para) (?:claridad|brevedad|extensión)\b"
    r"|\b(?:entrevista|conversa|texto|carta|artigo)s? (?:foi|foram) (?:editad[ao]s?|condensad[ao]s?)"
    r"(?: e (?:editad[ao]s?|condensad[ao]s?))? (?:por|para|para maior) (?:clareza|concisão|brevidade)\b"
    r"|\b(?:intervista|conversazione|testo|lettera|articolo) è stat[ao] (?:editat[ao]|modificat[ao]|condensat[ao])"
    r"(?: e (?:editat[ao]|condensat[ao]))? per (?:chiarezza|brevità)\b",
    re.I)
PRESS_RELEASE = r"(?:communiqué|press release|pressemitteilung|comunicado|comunicato)"  # the words, in the six languages
# "Cet article a été rédigé à partir d'un communiqué.", "This story was written from a press release.": the note that
# the story is a press release's, in the six languages.
_FROM_A_RELEASE = lazy_compile(
    r"(?:cet article|ce texte|this (?:article|story)|dieser (?:artikel|text|beitrag)|este (?:artículo|texto|artigo)"
    r"|questo (?:articolo|testo)) (?:a été (?:rédigé|écrit)|was (?:written|based on|compiled)|wurde|ha sido (?:redactado|elaborado)"
    r"|foi (?:redigido|escrito|elaborado)|è stato (?:redatto|scritto)"
    # (or says it is one: "Questo articolo è un comunicato stampa …", "This article is a press release …")
    r"|(?:is|est|ist|es|é|è) (?:a|un|une|eine|um|una))\b.{0,30}"
    r"\b" + PRESS_RELEASE + r"\b", re.I)
_DISCLAIMER_OPENINGS = {"Disclaimer: ", "(Disclaimer:", "DISCLAIMER: ", "(DISCLAIMER:", "Disclaimer :", "DISCLAIMER :"}
# The label alone over the site's disclaimer, in the six languages ("Legal Disclaimer:", "Haftungsausschluss:").
_DISCLAIMER_LABELS = frozenset(("disclaimer", "legal disclaimer", "haftungsausschluss", "avertissement", "aviso legal",
                                "descargo de responsabilidad", "isenção de responsabilidade", "esclusione di responsabilità"))
_DISCLAIMER_LABEL_WORDS = 3
_ELLIPSES = ("...", "…")
_SUBSCRIBERS_OPENINGS = ("Subscribers", "Our subscribers", "Abonnés", "Les abonnés", "Nos abonnés", "Suscriptores",
                         "Los suscriptores", "Nuestros suscriptores", "Assinantes", "Os assinantes", "Nossos assinantes",
                         "Abbonati", "Gli abbonati", "I nostri abbonati", "Abonnenten", "Abonnentinnen", "Unsere Abonnenten")
_LATE_NOTE_OPENINGS = ("Support for", "Funding for", "This ", "We use your", *_SUBSCRIBERS_OPENINGS)
# What the site's subscribers get, in the six languages: a verb of getting or of access right after them and whose
# subscribers they are ("Subscribers to The Ardmurran Times get …", "Les abonnés ont accès à …", "Abonnenten lesen …").
_SUBSCRIBERS_GET = lazy_compile(
    r"(?:our |les |nos |los |nuestros |os |nossos |gli |i nostri |unsere )?(?:subscribers|abonnés|suscriptores|assinantes"
    r"|abbonati|abonnent(?:inn)?en)(?: (?:to|of|de|du|des|del|de la|d[oa]s?|di|del|della|dello|von|der|des) [^,.;:]{2,40})?"
    r",? (?:get|enjoy|receive|can read|have (?:unlimited |full )?access|bénéficient|ont accès|reçoivent|profitent|peuvent lire"
    r"|reciben|tienen acceso|disfrutan|acceden|pueden leer|recebem|têm acesso|aproveitam|podem ler|ricevono|hanno accesso"
    r"|possono leggere|erhalten|lesen|genießen|haben (?:vollen |unbegrenzten )?zugang|bekommen)\b", re.I)
# (and what they get is the site's: its stories, its editions, its app, fewer ads; a utility's subscribers get a discount)
_SUBSCRIBERS_PERKS = lazy_compile(
    r"\b(?:website|site|digital|edition|e-?paper|app|articles|stories|story|adverts|ads|newsletters?|artikel|beiträge"
    r"|ausgabe|werbung|édition|numérique|publicités?|artículos|edición|publicidad|notícias|matérias|edição|publicidade"
    r"|articoli|edizione|pubblicità|sfogliatore)\b", re.I)
# "Wichtiger Hinweis:", "Important notice:", "Aviso importante:": the label of the site's own notice, in the six languages
# (a story's note to readers is labelled without the word "important": "Hinweis: Die Polizei bittet …")
_IMPORTANT_NOTICE_OPENINGS = ("Wichtiger Hinweis", "Wichtige Information", "Important", "Avis important", "Aviso importante",
                              "Avviso importante", "Information importante", "Información importante", "Informação importante")
_IMPORTANT_NOTICE = lazy_compile(r"(?:wichtiger hinweis|wichtige information|important(?: notice| information| note)?"
                                 r"|avis important|aviso importante|avviso importante|information importante"
                                 r"|información importante|informação importante)\s*:\s*\S", re.I)
_TEASER_WORDS = 30  # at most, in another story's teaser cut to fit its card
_LAST_WORD = lazy_compile(r"(?<![^\W\d_])([^\W\d_]+)(?:\.\.\.|…)$")


def _cut_teaser(text: str) -> bool:
    """"Council tenants 'living with black mould for two years' as...": another story's title or teaser, cut to fit
    its card after a little word ("as", "in", "of", "des", "der"), where no sentence of the story ends."""
    last = _LAST_WORD.search(text)
    return last is not None and is_function_word(last.group(1).lower())


# "Editor's note: This article first appeared in …", "Anmerkung der Redaktion: …", "UPDATE: This story has been updated
# to include …": the newsroom's note under its label, in the six languages, at any length. (An update's label alone
# opens a live story's new facts too: only its note on the story is the newsroom's.)
_EDITORS_NOTE = lazy_compile(
    r"(?:editor['’]s note|note from the editor|anmerkung der redaktion|anm\. d\. red\.|nota del (?:editor|redactor)"
    r"|nota de la redacción|note de la rédaction|nota da redac?ção|nota do editor|nota della redazione"
    # (and as the languages abbreviate it: "NDLR :", "N.d.R.:", "N. de la R.:", "N. da R.:")
    r"|ndlr|n\.\s?d\.\s?l\.\s?r\.|n\.\s?d\.\s?r\.|n\.\s?de la r\.|n\.\s?da r\.)\s*:"
    r"|(?:update|updated|aktualisierung|mise à jour|actualización|atualização|aggiornamento)\s*:\s*(?:this|the) "
    r"(?:story|article|report|post) (?:has been|was) (?:updated|corrected|amended)\b", re.I)
# "Poll: Should the city charge for parking on Sundays?": a poll's question, under its label, in the six languages.
_POLL = lazy_compile(r"(?:poll|umfrage|sondage|encuesta|enquete|sondaggio)\s*:\s*\S.{0,200}\?", re.I)
# "Support for this coverage is provided by the … Foundation.", "This reporting was made possible by …", "This
# fact-check was produced as part of …": who paid for the story, or the programme it belongs to, at any length.
_SUPPORT_NOTE_OPENINGS = ("Support for", "Funding for", "This ")
_SUPPORT_NOTE = lazy_compile(
    r"(?:Support|Funding) for (?:this|our) (?:coverage|story|reporting|article|series|project|journalism|report)\b"
    r".{0,40}? (?:provided|made possible) by\b"
    # "Support for WVLR comes from listeners like you.": a public station's note on who pays for it
    r"|Support for [\w&.\- ]{2,40} comes from (?:listeners|viewers|readers|members|donors|supporters|you)\b"
    # ("Support for KWNP comes from Big Horn Valley Credit Union, …": a station's sponsor, the station named in capitals)
    r"|Support for [A-Z][A-Z0-9\-]{2,9}(?: [A-Z][\w&.\-]*){0,3} comes from [A-Z]"
    r"|This (?:coverage|reporting|story|article|report|series|project|fact-check|fact check) (?:is|was) "
    r"(?:made possible|supported|funded|underwritten|produced as part of|produced in partnership with)\b"
    # "This article is part of Sinking Ground, a series on …. Read Part 1.": the series it belongs to, at any length
    r"|This (?:story|article|report|piece) is (?:part|the (?:\w+ )?(?:part|installment|instalment|chapter)) of\b")
# "We use your sign-up to provide content in ways you've consented to …": a sign-up form's note on the reader's data.
_SIGN_UP_DATA_NOTE = lazy_compile(r"We use your (?:sign-?up|e-?mail(?: address)?|details|information|data) to\b")
# "Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement": the site's
# terms, at any length.
_TERMS_NOTE = lazy_compile(r"\b(?:use of|registration on|access to)\b.{0,80}\bconstitutes acceptance of (?:our|the|its)\b",
                           re.I)
# "Listen to The Explainer, our podcast, on Apple Podcasts, Spotify or wherever you get your podcasts.": a podcast's promo.
_PODCAST_PROMO = lazy_compile(r"\bwherever you (?:get|find|listen to) (?:your )?podcasts\b", re.I)


_PRIVACY_LABEL = 30  # characters, at most, before the colon of a privacy note's label (or a correction's)
# "Correction: An earlier version of this story misstated …", "Korrektur: In einer früheren Version dieses Artikels …":
# the newsroom's note on what it corrected, in the six languages, at any length.
_CORRECTION = lazy_compile(
    r"(?:correction|clarification|korrektur|berichtigung|richtigstellung|rectificatif|correctif|erratum|corrección"
    r"|fe de erratas|aclaración|correção|errata|rettifica|precisazione)\s*:.{0,40}?\b(?:an? (?:earlier|previous|prior) version"
    r"|(?:einer )?(?:früheren|vorherigen|ersten) (?:Version|Fassung)|(?:une )?(?:version|mouture) (?:précédente|antérieure)"
    r"|(?:une )?(?:première|précédente) (?:version|mouture)|(?:una )?(?:primera )?versión (?:anterior|previa)|(?:una )?primera versión"
    r"|(?:uma )?versão (?:anterior|prévia)|(?:uma )?primeira versão|(?:una )?(?:versione|edizione) precedente"
    r"|(?:una |la )?prima (?:versione|edizione))"
    # "Update, 16 September: After this article was published, …": a dated note on what changed since
    r"|(?:update|correction|clarification)\s*,\s*[^:]{0,30}\d[^:]{0,20}:\s*(?:after|since) (?:this|the) (?:article|story|report)"
    r" was (?:first )?published\b",
    re.I)
_RULE_CHARACTERS = 80
_RULE_MARKS = frozenset("_-–—=*~·•#+")  # (not a stop: "... ..." may stand for text left out)
# "Privacy Notice: Newsletters may contain info about charities, …": the note under a newsletter's sign-up form.
_PRIVACY_NOTE = lazy_compile(r"(?:privacy notice|datenschutzhinweis|aviso de privacidad|informativa (?:sulla )?privacy"
                             r"|aviso de privacidade|avis de confidentialité)\s*:", re.I)


# "Este site utiliza cookies para …", "Diese Website verwendet Cookies, um …", "Questo sito utilizza cookie …": the
# site's note on its cookies, in the six languages, at any length.
# A consent form's notice, however it is worded: it names cookies, the consent or the data they serve, and tells the
# reader how to choose ("Il tuo consenso per la privacy: … nei cookie … Puoi accettare o gestire le tue scelte cliccando
# qui sotto."); a story on the rules for cookies tells no reader where to click.
_CONSENT_MATTER = lazy_compile(r"\b(?:consen\w*|einwillig\w*|zustimm\w*|privacy|privacidad|privacidade|datenschutz\w*"
                               r"|confidentialité|données personnelles|dati personali|datos personales|dados pessoais"
                               r"|personal data|personenbezogene\w*)\b", re.I)
_READER_CHOICE = lazy_compile(r"\b(?:you can|click\w*|puoi|clicca\w*|vous pouvez|cliqu\w+|(?-i:Sie können)|klicken"
                              r"|puedes|haga clic|haciendo clic|hacer clic|puede (?:aceptar|rechazar|cambiar|gestionar|configurar)"
                              r"|pulsa\w*|podes|pode (?:alterar|aceitar|gerir|recusar)"
                              r"|clica\w*|clique\w*)\b", re.I)
_CONSENT_NOTICE_WORDS = 90  # at most, in a consent form's notice
# Consent given by browsing on, in the six languages ("Eco do Norte usa cookies. Ao continuar a navegar no site está a
# aceitar a sua utilização.": the site by its name, then what browsing on means).
_CONSENT_BY_BROWSING = lazy_compile(
    r"\b(?:by continuing to (?:browse|use)|if you continue to (?:browse|use)|ao continuar a navegar|se continuar a navegar"
    r"|ao navegar|en poursuivant (?:votre|la) navigation|si vous poursuivez (?:votre|la) navigation"
    r"|al continuar (?:navegando|con la navegación)|si continúa navegando|si sigue navegando|continuando (?:a navigare|la"
    r" navigazione)|proseguendo (?:la|nella) navigazione|durch die weitere nutzung|wenn sie (?:die|diese) (?:website|seite)"
    r" weiter nutzen)\b", re.I)


_PARTNERS = lazy_compile(r"\b(?:partners?|parceiros|partenaires|socios|fornitori|partner(?:n|s)?|vendors|proveedores"
                         r"|fournisseurs|anbieter|drittanbieter)\b", re.I)


def _asks_consent_for_partners(text: str) -> bool:
    """Whether ``text`` asks the reader's consent for what the site and its partners do with their data, however it is
    worded (a consent form's notice that names no cookie), or for this site alone ("Puoi … revocare il consenso …
    tornando su questo sito")."""
    return (text.count(" ") < _CONSENT_NOTICE_WORDS
            and (_PARTNERS.search(text) is not None or _THIS_SITE.search(text) is not None)
            and _CONSENT_MATTER.search(text) is not None and _READER_CHOICE.search(text) is not None)


# The reader's three answers to a consent form, to accept, to refuse or to choose, named together in its notice, in the
# six languages ("You can accept, reject or manage your choices …", "… akzeptieren, ablehnen oder Ihre Auswahl ändern").
_CONSENT_CHOICES = lazy_compile(r"\b(?:accept|akzeptieren|accepter|aceptar|aceitar|accettare)\w*,\s+(?:reject|refuse|decline"
                                r"|ablehnen|refuser|rechazar|recusar|rejeitar|rifiutare)\w*,?\s+(?:or|oder|ou|o|e)\s+(?:\S+\s+){0,3}?"
                                r"(?:manage|customi[sz]e|change|set|verwalten|anpassen|ändern|gérer|personnaliser|modifier"
                                r"|gestionar|personalizar|configurar|gerir|alterar|gestire|personalizzare|modificare)\b", re.I)


# "… solo a questo sito web", "… to this site only": the site the reader's choices apply to, in the six languages.
_THIS_SITE = lazy_compile(r"\b(?:this (?:web)?site|questo sito|ce site|cette page|diese(?:r|n)? (?:website|webseite|seite)"
                          r"|este sitio|este site|esta página|this page)\b", re.I)


def _asks_cookie_consent(text: str) -> bool:
    """Whether ``text``, a line that speaks of cookies, is a consent form's notice (see above)."""
    return (text.count(" ") < _CONSENT_NOTICE_WORDS
            and (_CONSENT_MATTER.search(text) is not None or _COOKIE_SETTINGS.search(text) is not None)
            and _READER_CHOICE.search(text) is not None)


# The reader's settings for the cookies, in the six languages ("… modifier vos préférences en cliquant sur le lien
# « Paramètres des cookies » …").
_COOKIE_SETTINGS = lazy_compile(r"\b(?:préférences|preferences|einstellungen|preferencias|preferências|preferenze|settings"
                                r"|paramètres|configuración|configurações|impostazioni)\b", re.I)


# A consent form's notes on who may consent and where the data go, as consent plugins word them in the six languages
# ("Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung …", "Einige Dienste verarbeiten personenbezogene Daten in den USA.").
_CONSENT_FORM_NOTE = lazy_compile(
    r"^(?:wenn sie unter 16 jahre alt sind und ihre zustimmung|if you are under 16 and wish to give consent"
    r"|si vous avez moins de 16 ans et souhaitez donner votre consentement|si eres menor de 16 años y deseas dar tu"
    r" consentimiento|se (?:você )?(?:tem|tiver) menos de 16 anos e (?:quiser|deseja) dar (?:o seu )?consentimento"
    r"|se hai meno di 16 anni e (?:vuoi|desideri) dare il (?:tuo )?consenso)\b"
    r"|^(?:einige dienste verarbeiten personenbezogene daten in den usa|some services process personal data in the usa"
    r"|certains services traitent des données personnelles aux (?:états-unis|usa)|algunos servicios procesan datos"
    r" personales en (?:ee\. ?uu\.|los estados unidos|usa)|alguns serviços processam dados pessoais nos (?:eua|estados unidos)"
    r"|alcuni servizi elaborano dati personali negli (?:usa|stati uniti))\b", re.I)


_COOKIE_NOTE = lazy_compile(
    r"\b(?:this|our|este|esta|nuestro|nosso|ce|notre|questo|il nostro|diese|dieses|unsere?)\s+(?:web\s?site|site|web|sitio"
    r"|sítio|portal|página|page|sito|site web|webseite|seite|internetseite|plattform)\s+(?:web\s+)?(?:uses|use|utiliza|usa"
    r"|emplea|utilise|utilizza|usa|verwendet|nutzt|benutzt|setzt)\s+(?:\w+\s+){0,2}cookies?\b"
    # "Wir und unsere Partner verwenden Cookies …", "Nous et nos partenaires utilisons des cookies …": a consent form's
    # notice, in the six languages
    r"|^(?:we and our (?:\w+ )?partners|wir und unsere (?:\w+ )?partner|nous et nos partenaires|nosotros y nuestros socios"
    r"|nós e os nossos parceiros|noi e i nostri partner)\s+(?:\w+\s+){0,2}(?:cookies?|tracker)\b"
    # "Le Réveil de Montcalvet et ses partenaires utilisent des cookies …": the site by its name and its partners
    r"|\b(?:and its|et ses|und (?:seine|ihre)|y sus|e (?:os )?seus|e i suoi)\s+(?:\w+\s+)?(?:partners?|partenaires|socios"
    r"|parceiros)\s+(?:use|utilisent|verwenden|nutzen|utilizan|usan|utilizam|usam|utilizzano|usano)\s+(?:\w+\s+){0,2}"
    r"(?:cookies?|tracker)\b"
    # "We use cookies and similar technologies to …", opening the line, at any length
    r"|^(?:we use|nous utilisons des|wir verwenden|wir nutzen|wir setzen|usamos|utilizamos|utilizziamo(?: i)?|usiamo(?: i)?)"
    r" cookies?\b"
    # "Essenzielle Cookies ermöglichen grundlegende Funktionen …": a consent form's words for its kinds of cookies
    r"|^(?:essenzielle|essential|statistik-?|statistics|marketing-?) ?cookies? (?:ermöglichen|enable|erfassen|collect)\b"
    # "Avec votre accord, nos partenaires et nous utilisons des cookies …": the same, under the consent it asks for
    r"|^(?:avec votre accord|with your (?:consent|permission)|con (?:tu|su) consentimiento|mit ihrer (?:zustimmung"
    r"|einwilligung)|con il tuo consenso|com o seu consentimento)\b.{0,80}\bcookies?\b", re.I)


# "(This story has not been edited by … staff and is auto-generated from a syndicated feed.)", "(Only the headline
# … may have been reworked by … staff; the rest of the content is auto-generated from a syndicated feed.)": a wire's
# story as a site republishes it unread, at any length.
_SYNDICATED_NOTE = lazy_compile(r"\b(?:auto-?generated|automatically generated|generated|published|taken) from (?:a )?"
                                r"syndicated (?:news )?feed\b"
                                # "This report is auto-generated from PTI news service. … holds no responsibility for its content."
                                r"|\bauto-?generated from (?:the )?[\w\-]+(?: [\w\-]+){0,2} (?:news )?(?:service|feed|wire)\b"
                                r"|\bholds? no responsibility for (?:its|the) content\b"
                                # "… provides news content "as is" from its syndication partners."
                                r"|\bcontent [\"“]?as is[\"”]? from (?:its|our) syndication partners?\b", re.I)


# "… has no financial interests to declare", "University of X provides funding as a member of …", "… does not work
# for, consult, own shares in or receive funding from …": an academic writer's disclosure under the story, at any
# length, in English and French.
_FUNDING_DISCLOSURE = lazy_compile(r"\bprovides funding as a (?:founding )?(?:member|partner) of\b"
                           r"|\b(?:has|have) no (?:relevant )?(?:financial interests|affiliations|conflicts? of interest) to declare\b"
                           r"|\bdoes not work for, consult, own shares in or receive funding from\b"
                           r"|\bne travaille pas, ne conseille pas, ne possède pas de parts\b"
                           # "Tamsin Okoro receives funding from the … Council.": the writer's funders, named first
                           r"|^(?-i:[A-Z])[\w'’\-]+(?: (?-i:[A-Z])[\w'’.\-]+){1,3} (?:receives|has received) (?:research )?funding "
                           r"from\b"
                           # "The Local Journalism Initiative is funded by the Government of Canada.": the reporting's funder
                           r"|^(?:the |this )?(?:local journalism initiative|initiative de journalisme local|reporting|story"
                           r"|article|position|reporter's position|coverage)\b[^.]{0,40}\b(?:is|was) (?:funded|supported|made possible)"
                           r" (?:by|in part by)\b", re.I)
# "Our community members are treated to special offers, promotions and adverts from us and our partners.", "Get all
# the week's environment news …": what a newsletter's sign-up promises, at any length.
_SIGN_UP_PROMISE = lazy_compile(r"\bspecial offers, promotions and adverts from us and our partners\b"
                                r"|^Get (?:all )?(?:the|our) (?:week|day|month)['’]s (?:\w+ ){0,2}news\b"
                                # ("Get the Retail Executive Weekly briefing. …": a newsletter by its kind)
                                r"|^Get (?:the|our) (?:[\w’'&\-]+ ){1,4}(?:briefing|newsletter|digest|bulletin)\b")


_CLOSING = {"[": "]", "(": ")"}
_LINK_MARKER = lazy_compile(r"\s*\[\d{1,3}\]$")
# "A version of this article appears in print on March 4, 2024, Section A, Page 18 ...", "This article was
# originally published in ...", "Dieser Beitrag stammt aus Ausgabe 7/2019 der ...": where the story was printed or
# first published, in the six languages. A line that opens so is the note, however long.
_ORIGIN_NOTE = lazy_compile(
    r"A version of (?:this|the) (?:article|story|review|column) appear(?:s|ed) in print\b"
    r"|This (?:article|story|piece|post|column|report|essay) (?:was |is |has been )?(?:originally |first )?"
    r"(?:published|appeared|republished|ran) (?:in|on|by|at|from)\b|This (?:article|story) is republished from\b"
    # "Content provided by Reuters.", "This story was provided by …": a wire's copy, so marked
    r"|(?:This (?:article|story|content|report) (?:was |is )?|Content )provided by\b"
    # "This report by The Canadian Press was first published Feb. 17, 2024.": the wire's own note
    r"|This (?:report|story|article) by .{2,60}? was (?:first|originally) published\b"
    r"|Dieser (?:Beitrag|Artikel|Text) (?:stammt aus (?:der )?(?:Ausgabe|Heft)|ist (?:zuerst |ursprünglich )?(?:in|bei|im|auf)\b"
    r"[^.]{1,80}?erschienen|erschien (?:zuerst |ursprünglich )?(?:in|bei|im|auf)\b)|Zuerst erschienen (?:in|bei|im|auf)\b"
    r"|Cet article (?:est paru|a paru|a (?:été )?(?:initialement |d['’]abord )?(?:été )?publié) (?:dans|sur|par|en)\b"
    r"|Este (?:artículo|texto|reportaje) (?:fue|ha sido) publicado (?:originalmente |originariamente |inicialmente )?(?:en|por)\b"
    r"|Este (?:artigo|texto) foi publicado (?:originalmente |inicialmente )?(?:em|no|na|pelo|pela)\b"
    r"|Questo articolo è stato (?:originariamente |originalmente |inizialmente )?pubblicato (?:su|da|in|nel|sul)\b"
    # "This article appears in the print edition of the April 29, 2024, issue …": the magazine's issue it was printed in
    r"|This (?:article|story|piece|essay) appear(?:s|ed) in the (?:print edition of the |[\w ]{0,20}print )?[^.]{0,60}?\bissue\b"
    # "This article was produced in partnership with …": the partner the story was made with
    r"|This (?:article|story|report|piece) (?:was|is) (?:produced|published|reported|co-published) in (?:partnership"
    r"|collaboration) with\b"
    # "Dieser Artikel wurde automatisch aus einer Meldung der Nachrichtenagentur … übernommen.": a wire's story taken
    # over unread, in the six languages
    r"|This (?:article|story) (?:was|has been) (?:automatically )?(?:taken|imported|published|generated) from (?:a|the)"
    r" (?:wire|news agency|agency)\b|Dieser (?:Artikel|Beitrag|Text) wurde automatisch\b.{0,80}\b(?:übernommen|erstellt)\b"
    r"|Cet article a été (?:publié|repris|généré) automatiquement\b|Este (?:artículo|texto) (?:fue|ha sido) (?:publicado|generado)"
    r" automáticamente\b|Este (?:artigo|texto) foi (?:publicado|gerado) automaticamente\b"
    r"|Questo articolo è stato (?:pubblicato|generato) automaticamente\b")
# "Never miss a story — sign up for our free daily newsletter …": a newsletter's pitch, however long.
_NEWSLETTER_PITCH = lazy_compile(r"Never miss a (?:story|thing)\b.{0,120}\bnewsletter\b")
_ORIGIN_NOTE_OPENINGS = ("A version of", "This ", "Dieser ", "Zuerst", "Cet article", "Este ", "Questo articolo", "Content ")
# "This document is subject to copyright. Apart from any fair dealing …, no part may be reproduced without the
# written permission.": the terms of reuse a site prints under a story, at any length.
_REUSE_TERMS = lazy_compile(r"This (?:document|article|story|material|content|work) is (?:subject to|protected by) copyright\b")
# "This article contains content provided by X. We ask for your permission before anything is loaded …", "Dieser
# Artikel enthält einen externen Inhalt von X. Beim Laden des Inhalts …": the placeholder of a post from another
# site, which asks the reader's consent before it loads, in the six languages and at any length.
_EMBED_NOTE_OPENINGS = ("This ", "Dieser ", "An dieser Stelle", "Cet article", "Ce contenu", "Este ", "Questo ")
_NOTE_OPENINGS = (*_ORIGIN_NOTE_OPENINGS, *_EMBED_NOTE_OPENINGS, "Never miss")  # (any of the notes above)
_EMBED_NOTE = lazy_compile(
    r"(?:This (?:article|page|post|story) contains|This (?:content|embed) (?:is|was)|Dieser Artikel enthält|An dieser Stelle"
    r"|Cet article contient|Ce contenu|Este (?:artículo|artigo) (?:contiene|contém)|Este (?:contenido|conteúdo)"
    r"|Questo (?:articolo contiene|contenuto))\b.{0,60}?(?:content provided by|external content|third[- ]party|"
    r"externen? Inhalt|eingebundenen? Inhalt|Inhalte? (?:von|aus) Dritt|contenu (?:externe|fourni par|tiers)|"
    r"contenido (?:externo|proporcionado por|de terceros)|conteúdo (?:externo|fornecido por|de terceiros)|"
    r"contenuto (?:esterno|fornito da|di terze parti)|hosted by|provided by|fourni par|proporcionado por|fornecido por"
    r"|fornito da)", re.I)
_CONSENT_WORD = lazy_compile(r"\b(?:permission|consent|load(?:ed|ing)?|cookies?|accept|privacy|einwillig\w*|zustimm\w*"
                             r"|laden|geladen|datenschutz\w*|übermittelt|consentement|charg\w*|accept\w*|consentimiento"
                             r"|carg\w*|acept\w*|privacidad|consentimento|carreg\w*|aceit\w*|privacidade|consenso|caric\w*"
                             r"|accett\w*"
                             # (a click to show it or hide it: "Sie können ihn sich mit einem Klick anzeigen lassen")
                             r"|klick\w*|anzeigen|einblenden|ausblenden|click|afficher|clic|mostrar|exibir|visualizzare)\b", re.I)


def _exact_reason(lowered: str) -> Optional[str]:
    reason = _EXACT_REASON.get(lowered)
    if reason is None and "’" in lowered:  # ("S’abonner": the typographic apostrophe some pages print)
        reason = _EXACT_REASON.get(lowered.replace("’", "'"))
    return reason


# Where two buttons' labels may be glued: a small letter before a capital ("FacebookTwitter"), or a one-letter label
# before a word ("XCopiar").
# (also after a one-letter label glued between two: "FacebookXWhatsApp")
_BUTTON_JOINT = lazy_compile(r"(?<=[a-z])(?=[A-Z])|(?<=\b[A-Z])(?=[A-Z][a-z])|(?<=[a-z][A-Z])(?=[A-Z][a-z])")
_BUTTON_JOINT_MARK = lazy_compile(r"[a-z][A-Z]")  # (what a row of labels holds somewhere, without lookarounds)
_GLUED_JOINTS_AT_MOST = 10


def _glued_buttons(text: str, header: bool) -> Optional[str]:
    """The first button's reason when ``text`` is buttons' labels glued one to the next, each chrome on its own
    ("Compartir en FacebookCompartir en WhatsAppCompartir en XCopiar link"). A label may hold a joint itself
    ("WhatsApp"), so the labels are found as the way to cut the line at its joints into chrome only."""
    if _BUTTON_JOINT_MARK.search(text) is None:  # (most short lines: one scan for the two letters, nothing made)
        return None
    joints = [match.start() for match in _BUTTON_JOINT.finditer(text)]
    if len(joints) > _GLUED_JOINTS_AT_MOST:
        return None
    cuts = [0, *joints, len(text)]
    # first[k]: the reason of the first label of a way to cut text[:cuts[k]] into chrome (None: no way yet)
    first: list[Optional[str]] = [""] + [None] * (len(cuts) - 1)
    for end in range(1, len(cuts)):
        for start in range(end - 1, -1, -1):
            if first[start] is None or (start, end) == (0, len(cuts) - 1):
                continue
            reason = _reason(text[cuts[start]:cuts[end]].strip(), header)
            if reason is not None:
                first[end] = first[start] or reason
                break
    return first[-1] or None


# A station's stream named by its frequency ("Radio Vanua 92.4", "Vanua Hindi 97.8", "FM 101,3", "Radio Sur 92.4 FM").
_STREAM = lazy_compile(r"(?:[^\W\d_][\w'’&.\-]*\s){0,4}(?:FM\s|AM\s)?\d{2,4}(?:[.,]\d{1,2})?(?:\s?(?:FM|AM|MHz|kHz))?")


def _bar_row_reason(text: str, header: bool) -> Optional[str]:
    """Why ``text``, items between bars or middle dots, is chrome: a live player's bar or a short row of the site's
    links (below); None otherwise."""
    # (each without the arrows of a link to the next or previous story: "« Previous story | Next story »")
    items = [item.strip().strip("«»‹›←→ ") or item.strip() for item in text.replace(" · ", " | ").split(" | ")]
    return _player_bar(items, header) or _links_row(items, header) or _chrome_items(items, header)


def _chrome_items(items: list[str], header: bool) -> Optional[str]:
    """The first item's reason when every one of ``items`` is chrome alone, however long ("Assine e leia sem anúncios |
    Entrar": an offer and the account's link)."""
    if not 2 <= len(items) <= _LINKS_ROW_ITEMS or not all(items):
        return None
    if all(item.isdigit() for item in items):
        return "navigation"  # ("1 | 2 | 3": the story's pages, no counters)
    reasons = [_reason(item, header) for item in items]
    return reasons[0] if all(reasons) else None


def _player_bar(items: list[str], header: bool) -> Optional[str]:
    """The player's button's reason when ``items`` are a live player's bar: the button, then the station's streams by
    their frequencies ("Listen Live · Radio Vanua 92.4 · Vanua Hindi 97.8")."""
    if len(items) < 2 or not all(_STREAM.fullmatch(item) for item in items[1:]):
        return None
    return _reason(items[0], header)


_LINKS_ROW_ITEMS = 6  # at most, in a row of the site's links too short for a menu
_CHROME_LINKS = 2  # at least, in it, each the page's own alone


def _links_row(items: list[str], header: bool) -> Optional[str]:
    """"navigation" when ``items`` are a short row of the site's links, each capitalised and of three words at most, two
    of them or more the page's own chrome alone ("Estatuto editorial | Ficha técnica | Política de privacidade")."""
    if not 2 <= len(items) <= _LINKS_ROW_ITEMS or not all(
            item[:1].isupper() and item.replace(" : ", ": ").count(" ") < _MENU_ITEM_WORDS for item in items):
        return None  # (French's spaced colon is no word: "Accessibilité : non conforme")
    return "navigation" if sum(_reason(item, header) is not None for item in items) >= _CHROME_LINKS else None


def _widget_run(text: str) -> Optional[str]:
    """The first phrase's reason when ``text`` is two or more of the exact phrases one after another."""
    if text[:text.find(" ")].lower() not in _FIRST_WORDS:  # (the line has two words or more)
        return None
    # "Skip to contentSkip to site index": links printed without a space between them.
    words = [word for word in _GLUED_LINKS.sub(" ", text).lower().split() if word not in _RUN_SEPARATORS]
    # first[i]: the reason of the first phrase of a way to cover words[:i] with phrases (None: no way yet).
    first: list[Optional[str]] = [None] * (len(words) + 1)
    first[0] = ""
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - _PHRASE_WORDS), end):
            if first[start] is None or end - start == len(words):
                continue
            reason = _EXACT_REASON.get(" ".join(words[start:end]))
            if reason is not None:
                first[end] = first[start] or reason
                break
    return first[-1] or None


# A trail of links ("News > World > Europe", "Home → Reviews → The new ..."), a link with its arrow ("All
# Products »"); a blog's archive of months ("Februar 2020 Januar 2020 Dezember 2019 ..."). Each is tried only on
# the lines that hold its mark.
# A stamp's label or a clock: what a byline block holds and a trail of links does not.
_STAMP_LABEL = lazy_compile(r"\b(?:updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|actualizado"
                            r"|publicado|atualizado|aggiornato|pubblicato)\b|\d{1,2}:\d{2}", re.I)
# "Home / Health News / Heart Health": a trail of links between slashes from the front page.
_SLASHED_TRAIL = lazy_compile(r"(?:home|startseite|accueil|inicio|início|inizio|portada|capa)\s+/\s+[^/]{1,40}(?:\s+/\s+[^/]{1,60})*"
                              # ... or two short crumbs or more before the last: "News / City News / Riverton News / …"
                              r"|(?-i:[A-ZÀ-Þ][\w&'’\-]*(?: [\w&'’\-]+){0,2} / ){2,}[^/]{1,200}", re.I)
_TRAIL = lazy_compile(r"[^>→»›]{1,40}(?:(?:\s>\s(?=\D)|\s[→»›]\s)[^>→»›]{1,150}){2,}(?<![.!?])"
                      # (with three arrows, the last crumb, the story's title, may end as a headline can: "... > Jetzt
                      # sichern: hide.me senkt die Preise!")
                      r"|[^>→»›]{1,40}(?:(?:\s>\s(?=\D)|\s[→»›]\s)[^>→»›]{1,40}){2,}(?:\s>\s|\s[→»›]\s)[^>→»›]{1,150}[!?]|[^.!?>→»›]{1,40}\s[»›>]"
                      # (with three arrows, a year's crumb too: "News > 2015 > KW 15 > ...", each crumb a capitalised name or
                      # a number, since "x > 5 and y > 3" compares)
                      r"|(?:[A-ZÀ-Þ][^>]{0,30}?|\d{1,4})(?:\s>\s(?:[A-ZÀ-Þ][^>]{0,30}?|\d{1,4})){2,}\s>\s[^>]{1,150}(?<![.!?])"
                      # (two crumbs under a guillemet or an arrow, each a few capitalised words: "Serie D › Girone C",
                      # "Aragón > Educación")
                      r"|[A-ZÀ-Þ][^›»>.!?]{0,30}\s[›»>]\s[A-ZÀ-Þ][^›»>.!?:]{0,30}"
                      # (the crumbs glued to their guillemets, as a page joins its links: "Home»Politics»Tribunal upholds …")
                      r"|(?:[A-ZÀ-Þ][\w&'’\- ]{1,30}[»›]){2,}[^»›]{1,150}")
_ARCHIVE_MONTHS = 4
_ARCHIVE = lazy_compile(r"(?:[^\W\d_]{3,10}\.?\s+(?:19|20)\d\d\s*){4,}")


# "Más LeídasBuenos AiresSeguridadLa Nacion Data": a menu's items printed without a space between them, each glued
# to the last word of the one before.
_GLUED_ITEM = lazy_compile(r"[a-zà-ÿ]{2}[A-ZÀ-Þ][a-zà-ÿ]")
_GLUED_ITEMS = 3


# "Name *", "E-Mail (wird benötigt und nicht veröffentlicht)", "Website (required)": a field of the comment form (the
# mark of a required field after its label, named in the six languages, or a required label; the note alone too,
# "(erforderlich)", its label on the line above). Tried only on the
# lines that hold a star or a parenthesis.
_COMMENT_FORM_FIELD = lazy_compile(
    r"(?:(?:your |ihr |dein |votre |tu |seu |il tuo )?(?:name|full name|e-?mail(?: address)?|website|comment|vorname"
    r"|nachname|e-mail-adresse|webseite|kommentar|nom|prénom|courriel|site web|commentaire|nombre|correo(?: electrónico)?"
    r"|sitio web|comentario|nome|site|comentário|sito web|commento|first name|last name|zip code|postal code|postcode|phone"
    r"|plz|postleitzahl|code postal|código postal|telefon|téléphone|teléfono|telefone|telefono))\s*\*\s*:?"
    r"|(?:[^\W\d_][\w'’\-]*(?: [\w'’\-]+){0,3}\s*)?\([^()]{0,40}?\b(?:required|erforderlich|benötigt|pflichtfeld|obligatoire"
    r"|requis|obligatorio|requerido|obrigatório|obbligatorio)\b[^()]{0,40}\)(?:\s*\([^()]{0,60}\))?\s*\*?", re.I)
# (a second note may follow: "eMail (erforderlich) (wird nicht veröffentlicht)")


# The label a trail of links opens with, in the six languages.
_YOU_ARE_HERE = lazy_compile(r"(?:you are here|sie sind hier|sie befinden sich hier|du bist hier|vous êtes ici|usted está aquí"
                             r"|está aquí|estás aquí|você está aqui|está aqui|sei qui|ti trovi qui|sei in|ti trovi in"
                             r"|vous êtes dans|você está em|usted está en|estás en|está em|está en)\s*:", re.I)


def _short_line_reason(text: str, words: int, header: bool) -> Optional[str]:
    if ((">" in text or "»" in text or "›" in text or "→" in text) and "«" not in text  # (« » quote, in French)
            and _TRAIL.fullmatch(text) is not None):
        return "navigation"
    if ":" in text and _YOU_ARE_HERE.match(text) is not None:
        return "navigation"  # "Sie sind hier: Evangelische Kirche in Deutschland": a trail under its label
    if " / " in text and _SLASHED_TRAIL.fullmatch(text) is not None and _STAMP_LABEL.search(text) is None:
        return "navigation"  # (not "Jane Roe / Desk / Updated: Apr 16, 2024": a byline block)
    if words <= _PICKER_ITEMS and language_picker(text):
        return "navigation"
    shape = _SHAPE.fullmatch(text)
    lowered = text.lower()
    # The only characters other than ASCII letters that a case-insensitive pattern takes for an ASCII letter
    # (İ, ı, ſ and the Kelvin sign): where one is present, the words prove nothing.
    twin = not text.isascii() and _ASCII_TWIN.search(text) is not None
    if (shape is None and (twin or any(map(lowered.__contains__, _FOOTER_SOFTWARE_KEYS)))
            and _FOOTER_SOFTWARE.fullmatch(text) is not None):
        return "page-chrome"
    if (shape is None and (twin or any(map(lowered.__contains__, _PRICE_KEYS)))
            and _SUBSCRIPTION_OFFER.fullmatch(text) is not None):
        return "promo"
    if shape is None and header:
        shape = _HEADER_ONLY_SHAPE.fullmatch(text)
    if shape is not None:
        return shape.lastgroup.replace("_", "-")  # type: ignore[union-attr]
    if ("*" in text or "(" in text) and _COMMENT_FORM_FIELD.fullmatch(text) is not None:
        return "comment-prompt"
    if header and (("°" in text and _is_weather(text)) or ("%" in text and _is_ticker(text))):
        return "page-chrome"  # the site's weather or markets widget (in a body, a table's temperatures and figures)
    if header and on_air(text):
        return "page-chrome"  # "On air now: Morning Tides with Jan": the station's programme, no title
    if not text.endswith(_SENTENCE_ENDS) and ":" not in text and len(_GLUED_ITEM.findall(text)) >= _GLUED_ITEMS:
        return "navigation"  # (a list of values glued together, "Calories: 291kcalCarbohydrates: 31g", is data)
    if words >= 2 * _ARCHIVE_MONTHS and text[-1:].isdigit() and _ARCHIVE.fullmatch(text) is not None:
        return "navigation"
    tokens = frozenset(_words(lowered))
    for index in _ALL_PHRASES if twin else _phrases_held(tokens, lowered):
        reason, _, pattern = _PHRASES[index]
        if pattern.search(text) and (reason not in _SHORT_ONLY or words <= 20 or pattern is _EMBED_PLACEHOLDER):
            return reason
    if (words <= 20 and (twin or _MEDIA_KEYS.held(tokens, lowered)) and _MEDIA_END.search(text)
            and _MEDIA_WORD.search(text)):
        return "media-embed"
    if words <= _SHARE_ROW_WORDS and _NETWORK_KEYS.held(tokens, lowered) and _is_share_row(tokens):
        return "share-widget"
    if (text[:2] == "← " or text[-2:] == " →") and "←" not in text[2:] and "→" not in text[:-2] and words >= 2:
        return "navigation"  # "← Roadworks to last until Easter", "Cup semi-final tonight →": the previous or next post
    return None


# "À l'antenne : Les Matinales avec …", "ON AIR NOW ▸ The Midday Mix": a station's label for its programme on air now,
# and the programme's name, in the six languages.
_ON_AIR = lazy_compile(r"(?:à l['’]antenne|en ondes|(?:now )?on air(?: now)?|jetzt on air|jetzt im radio|en el aire"
                       r"|(?:ahora )?al aire|(?:agora )?no ar|(?:ora )?in onda"
                       # (or what plays now: "Now: The Lunchtime Show with …", "Now playing: …", "Jetzt läuft: …")
                       r"|now(?: playing)?|jetzt läuft|en ce moment|sonando ahora|tocando agora)"
                       r"\s*[:▸►>|–—-]\s*\S.{0,80}", re.I)
_ON_AIR_KEYS = (" air", "antenne", "ondes", "radio", " ar", "onda", "now", "läuft", "moment", "ahora", "agora")


def on_air(text: str) -> bool:
    """Whether ``text`` is a station's label for what it has on air and the programme's name ("On air: The Morning
    Show")."""
    lowered = text[:16].lower()
    return any(map(lowered.__contains__, _ON_AIR_KEYS)) and _ON_AIR.fullmatch(text) is not None


# The page's picker of its languages, each by its own name or its code: "English | Français", "DE · IT", "Español English".
_LANGUAGE_NAMES = frozenset("english français deutsch español português italiano nederlands català euskara galego "
                            "rumantsch ladin polski türkçe svenska dansk norsk suomi русский українська العربية "
                            "中文 ελληνικά".split())
_LANGUAGE_CODES = frozenset("EN FR DE ES PT IT NL CA CAT EU EUS GL GAL RM PL TR SV DA NO FI RU UK AR".split())
# (the names glued together too, as a page joins its links: "العربيةEnglishFrançais")
_PICKER_PARTS = lazy_compile(r"\s*[|·•/]\s*|\s+|(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])|(?<=[\u0600-\u06ff])(?=[A-Za-z])"
                             r"|(?<=[A-Za-zà-ÿ])(?=[\u0600-\u06ff])")
_PICKER_ITEMS = 8  # at most


def language_picker(text: str) -> bool:
    """Whether ``text`` is a page's picker of its languages ("English | Français", "GL | ES")."""
    items = [item for item in _PICKER_PARTS.split(text) if item]
    return len(set(items)) >= 2 and all(language_choice(item) for item in items)


def language_choice(text: str) -> bool:
    """Whether ``text`` is one language of a picker ("FR", "Deutsch"), as a line of its own prints it too."""
    return text in _LANGUAGE_CODES or text.lower() in _LANGUAGE_NAMES


# "Auf Facebook teilen Auf X teilen Per E-Mail teilen", "Share on Facebook Share on X Email": a row of
# share buttons, in any language: two networks or more, and nothing but networks, sharing verbs and small words.
_NETWORKS = frozenset("facebook twitter x whatsapp messenger telegram linkedin pinterest reddit xing flipboard threads "
                      "bluesky mastodon instagram tiktok youtube e-mail email mail sms".split())
_NETWORK_KEYS = _Keys.of("facebook|twitter|whatsapp|linkedin|telegram|pinterest|messenger|reddit")
_SHARE_VOCABULARY = (frozenset(_NETWORKS) | frozenset(
    "share teilen partager compartir compartilhar condividi condividere tweet post send senden envoyer enviar inviare "
    "print drucken imprimer imprimir stampa copy link kopieren copier copiar copia on via by per in auf sur par en por "
    "no na su con with to the this article artikel beitrag seite page página pagina e".split())  # ("e" of "e-mail")
    # (or a row of links to the site's own pages there, under a label: "Follow us: Facebook · Instagram · YouTube",
    # "Siga-nos: …", "Suivez-nous sur …", "Folgen Sie uns auf …", "Síguenos en …", "Seguici su …")
    | frozenset("follow us find siga nos segue sigam suivez nous retrouvez folgen sie uns síguenos síganos seguici "
                "seguiteci and und et y ed".split()))
_SHARE_ROW_WORDS = 20  # at most, in a row of share buttons
_SHARE_ROW_NETWORKS = 2


# "Riverton, NJ 45°F Partly Cloudy", "Wien 12 °C bewölkt": the site's weather widget, a temperature among places
# and words for the weather, in the six languages (a headline about the heat has other words).
_WEATHER_WORDS = frozenset(
    "sunny cloudy partly mostly clear rain showers snow fog foggy windy overcast storms thunderstorms drizzle haze "
    "hazy mist fair fine light heavy scattered isolated high low feels like now today tonight weather forecast "
    # (the words that join two: "Fine and sunny", "Sonnig und mild", "Nublado con lluvias")
    "and with und mit avec con com "
    # (how warm: "Sonnig und mild", "Nuageux et frais")
    "mild warm cool cold hot kalt kühl heiß doux chaud froid frais templado cálido frío caluroso quente frio ameno "
    "caldo freddo mite "
    "sonnig bewölkt heiter wolkig regen schauer schnee nebel gewitter leicht stark "
    "ensoleillé nuageux couvert pluie averses neige brouillard orages éclaircies "
    "soleado nublado despejado lluvia chubascos nieve niebla tormentas "
    "ensolarado nublado chuva pancadas neve neblina "
    "sereno nuvoloso coperto pioggia rovesci neve nebbia temporali poco parzialmente "
    # (the widget's label, and how much rain or snow: "Météo : -7 °C, Neige faible")
    "météo wetter tiempo clima meteo tempo faible faibles forte fortes modérée débil fuerte fraca debole moderata".split())
_TEMPERATURE = lazy_compile(r"-?\d{1,3}\s?°(?:\s?[FC](?!\w))?")  # (not the first letter of "31° Fine and sunny")
_WEATHER_WIDGET_WORDS = 10


def _is_weather(text: str) -> bool:
    if text.count(" ") >= _WEATHER_WIDGET_WORDS or text.endswith((".", "!", "?")) or _TEMPERATURE.search(text) is None:
        return False
    # (a place's little words are no sentence's: "Santa Olaya del Río 14°")
    words = [word for word in _WORD.findall(_TEMPERATURE.sub(" ", text)) if len(word) >= 3 and word not in _PLACE_JOINERS]
    if any(word.lower() not in _WEATHER_WORDS and not word[:1].isupper() for word in words):
        return False  # (a word in small letters that names no weather: a sentence about it)
    # A word for the weather, or a place's name of a few words alone (a title in title case says more).
    return any(word.lower() in _WEATHER_WORDS for word in words) or len(words) <= _WEATHER_PLACE_WORDS


_WEATHER_PLACE_WORDS = 3
_PLACE_JOINERS = frozenset("del los las dos das der sur".split())


# "DOW 38,996.39 +0.25% NASDAQ 16,274.94 -0.41%": the markets widget, indexes in capitals and their moves.
_MARKET_FIGURE = lazy_compile(r"[+\-−–]?[\d.,]+%?|\([+\-−–]?[\d.,]+%?\)|[▲▼↑↓]")
_MARKET_NAMES = frozenset("dow jones nasdaq s&p ftse dax cac nikkei hang seng ibex bovespa stoxx euro dollar oil gold bitcoin "
                          "crude brent wti silver gas yen pound sterling".split())


def _is_ticker(text: str) -> bool:
    tokens = text.split()
    if sum(1 for token in tokens if _SIGNED_CHANGE.fullmatch(token)) >= _TICKER_CHANGES:
        return True  # ("JSE All Share 84 012.55 +0.41%   USD/ZAR 17.79 -0.22%": the markets' moves, whatever they are named)
    figures = [token for token in tokens if _MARKET_FIGURE.fullmatch(token)]
    if len(figures) < 2 or not any(token.endswith("%") or token.endswith("%)") for token in figures):
        return False
    names = [token for token in tokens if not _MARKET_FIGURE.fullmatch(token) and token not in "|·•-–—"]
    return bool(names) and all(token.isupper() and len(token) >= 3 or token.lower() in _MARKET_NAMES for token in names)


# A market's move in a ticker: a sign (or an arrow) and a percentage ("+0.41%", "-0.22%", "▲1.2%").
_SIGNED_CHANGE = lazy_compile(r"\(?[+\-−–▲▼]\s?\d{1,3}(?:[.,]\d{1,3})?\s?%\)?")
_TICKER_CHANGES = 2  # at least, in a ticker's row (a headline gives one move at most)


def _is_share_row(words: frozenset[str]) -> bool:
    return words <= _SHARE_VOCABULARY and len(words & _NETWORKS) >= _SHARE_ROW_NETWORKS


# A notice the site prints to its reader (a browser or cookie banner, an audio player's note, a newsletter or
# donation appeal, an embed's placeholder) may read like prose. It tells itself by what it talks about and to
# whom: it speaks to the reader ("you", "please", "our") about the page and the web.
_NOTICE_MAX_WORDS = 40
_NOTICE_MIN_WORDS = 6
# Who a notice speaks to: the reader ("you", "please"), or the newsroom speaking as "we" (which a story's quotes do
# too, so that only counts with a word no story uses in passing, below).
_SECOND_PERSON = frozenset("you your yours please vous votre vos euch dein deine deinen deinem deiner deines dich dir "
                           "kannst hast bist musst willst "  # (not "du", which French prose is full of: "le site du ...")
                           "usted ustedes você vocês vostro vostra vostri vostre".split())
_FIRST_PLURAL = frozenset("we our nous notre nos wir unser unsere unserer unseren unserem unseres nosotros nuestro "
                          "nuestra nuestros nuestras nosso nossa nossos nossas noi nostro nostra nostri nostre".split())
_READER_WORDS = _SECOND_PERSON | _FIRST_PLURAL
_READER_FORMS = frozenset(form + mark for word in _READER_WORDS for form in (word, word.capitalize(), word.upper())
                          for mark in ("", ",", ".", ":", ";", "!", "?", ")"))  # as a line prints them
# German's formal "your" only in capitals and inside a sentence ("ihre" is "her" or "their").
_FORMAL_FORMS = frozenset(word + mark for word in "Ihr Ihre Ihren Ihrem Ihrer Ihres".split()
                          for mark in ("", ",", ".", ":", ";", "!", "?", ")"))
_NOTICE_REACH = 120  # a notice turns to its reader in its first sentence or two
_NOTICE_MAX_CHARACTERS = 320  # longer lines hold more than _NOTICE_MAX_WORDS words, whatever the language
_NOTICE_WEB_WORDS = 2  # distinct ones: a story may mention one
_REPORTING_VERBS = frozenset("said says told sagte sagt erklärte dijo afirmó declaró dit déclaré disse afirmou detto "
                             "dichiarato".split())
# Words only a notice uses ("browser", "cookies", "subscribe"), and the newsroom's own name for itself: what "we"
# must say to be the newsroom's notice rather than a quote.
_NOTICE_ONLY_WORDS = frozenset(
    "browser browsers cookies cookie inbox email subscribe subscription subscribers subscriber newsletter newsletters "
    "notifications account login log register download javascript enable settings advertising ads adblocker donate "
    "donation donations premium unlock embedded navigateur abonnez abonner abonnement inscrivez publicité datenschutz "
    "datenschutzerklärung privacy confidentialité privacidad privacidade abonnieren werbung navegador suscríbete "
    "suscripción publicidad assine assinatura cadastre iscriviti abbonati abbonamento pubblicità "
    "newsroom rédaction redaktion redacción redação redacção redazione commenting unsubscribe adverts".split())
_WEB_ONLY_WORDS = _NOTICE_ONLY_WORDS | {"presse"}  # ("Salle de presse du Courrier. Nous ...")
# All the words about the page, the web or the newsroom, those a story uses in passing too ("site", "news", "app").
_WEB_WORDS = _NOTICE_ONLY_WORDS | frozenset(
    "website websites site app apps click tap content article articles audio version update page player comments "
    "comment share follow contribute contribution support journalism reporting access podcast stories visit free news "
    "coverage journalists mission guidelines posting actualité actualités journalistes nachrichten noticias periodistas notícias "
    "jornalistas notizie giornalisti dienste webseite artikel sitio sito siti seite página páginas pagina pagine "
    "navegue navegar navigare naviga naviguer naviguez navigieren".split())
_QUOTED = lazy_compile(r"[\"“”«»„][^\"“”«»„]*[\"“”«»„]")


def _is_site_notice(text: str) -> bool:
    # Lines of middling length are asked (see chrome_reason), and most speak to no one: the first words split
    # on spaces alone (in C), with the punctuation they may carry, tell; then the words proper, and set tests.
    if text[:1] in "\"“”«„'‘" or not _addresses_reader(text[:_NOTICE_REACH].split()):
        return False
    tokens = _words(text)
    if not _NOTICE_MIN_WORDS <= len(tokens) <= _NOTICE_MAX_WORDS or _READER_WORDS.isdisjoint(tokens) and (
            _FORMAL_FORMS.isdisjoint(text.split()[1:])):
        return False
    if _QUOTED.search(text):
        unquoted = _QUOTED.sub(" ", text)  # what the page says, not what it quotes someone saying
        tokens = _words(unquoted)
        if _READER_WORDS.isdisjoint(tokens) and _FORMAL_FORMS.isdisjoint(unquoted.split()[1:]):
            return False
    web = _WEB_WORDS.intersection(tokens)
    if len(web) < _NOTICE_WEB_WORDS or not _REPORTING_VERBS.isdisjoint(tokens):
        return False  # (a notice says nothing that someone "said": "You can read it on the site, the mayor said.")
    # "We" with only words a story uses too ("our reporters visited the site") is a quote, not the newsroom.
    return (not _SECOND_PERSON.isdisjoint(tokens) or not _FORMAL_FORMS.isdisjoint(text.split()[1:])
            or not _WEB_ONLY_WORDS.isdisjoint(tokens))


def _addresses_reader(words: list[str]) -> bool:
    """Whether a line's first words (split on spaces, with their punctuation) speak to the reader."""
    if _ANY_READER_FORMS.isdisjoint(words):  # (most lines: one pass over the words)
        return False
    return not _READER_FORMS.isdisjoint(words) or any(word in _FORMAL_FORMS for word in words[1:])


_ANY_READER_FORMS = _READER_FORMS | _FORMAL_FORMS


# A site's menu or a story's tags printed on one line: short capitalised items between separators, or a long
# run of capitalised words with none of the little words every sentence (and title-case headline) needs.
_MENU_SEPARATORS = ("·", "|", "•", ",", " - ")  # (spaced dashes too: "Inicio - Institucional - Fútbol - Socios")
_MENU_ITEMS = 4
_MENU_ITEM_WORDS = 3
_MENU_RUN = 12
_MENU_MAX_CHARACTERS = 300
_SENTENCE_ENDS = (".", "!", "?", *CLOSING_QUOTES)
_LOWER_CASE_WORD = lazy_compile(r"(?:^|\s)[^\sA-ZÀ-ÞĀ-Ž]")  # a word that does not open with a capital
_FUNCTION_WORDS = frozenset(
    "the of and to in is that for on with was as by at from a an are be it this will not or but after over into "
    "le la les de des et est une un du dans pour sur par au qui avec der die das und ist nicht ein eine zu den mit "
    "von im auf für el los las y en que por con una para del o os as do da em um não il di che per della".split())


# "Some of the offers on this page come from products from our advertisers, and we may receive compensation
# ...": the site's note on its links, which may run as long as a paragraph but says so in its first sentence.
_DISCLOSURE = lazy_compile(r"\b(?:products? from (?:one or more of )?our (?:advertisers|partners)|we may (?:earn|receive|get)"
                           r" (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation)|(?:may|might) earn (?:us )?(?:an? )?"
                           r"(?:small )?(?:affiliate )?commission|when you (?:buy|shop|click|purchase) (?:through|on|via) "
                           r"(?:our |the )?links|contains? affiliate links"
                           # "Bei einem Kauf erhalten wir eine kleine Provision": the same note in German
                           r"|bei einem kauf (?:über (?:diese|einen) links? )?erhalten wir (?:eine )?(?:kleine )?provision"
                           r"|(?:enthält|contient|contiene|contém) (?:des |de )?(?:affiliate-links|liens affiliés|enlaces de afiliados"
                           r"|links de afiliados))\b", re.I)

_DISCLOSURE_REACH = 300  # characters: the note says what it is in its first sentence


# Notices as long as a paragraph that say what they are in their first sentence, in the languages read: an
# outdated browser, an ad blocker, a machine translation, a registration, an archive's note on its crawl, a
# blogging platform's note that a story is unlisted.
_OPENING_NOTICE = lazy_compile(
    r"\b(?:no longer supports? (?:internet explorer|your browser|this browser)|(?:upgrade|update) your browser"
    r"|(?:veraltete[nr]?|outdated|obsolète|obsoleto|desactualizado|antiquado) (?:browser|navigateur|navegador|"
    r"browser-version)|browser (?:is|ist) (?:out of date|outdated|not supported|veraltet|nicht unterstützt)|ad ?-?blocker"
    # a note on the site's cookies, at any length once it opens so
    r"|(?:we use (?:\w+ ){0,2}cookies|this (?:site|website) uses cookies|nous utilisons des cookies|wir (?:verwenden|nutzen) cookies"
    r"|(?:diese|unsere) (?:website|webseite|seite) (?:verwendet|nutzt) cookies|die auf dieser (?:website|webseite|seite) "
    r"verwendeten cookies|ce site utilise des cookies|este sitio (?:web )?(?:utiliza|usa) cookies|este site (?:utiliza|usa) "
    r"cookies|questo sito (?:utilizza|usa) (?:i )?cookie"
    r"|consent to (?:our |the )?use of cookies"
    # a consent platform's text: "We and our partners store and/or access information on a device …"
    # (the verb may come later: "Mit Ihrer Erlaubnis können wir und unsere Partner über Gerätescans … abfragen")
    # ("Avec nos partenaires, nous traitons vos données personnelles …": the partners first)
    r"|(?:with|mit|avec|con|com) (?:our|unseren|nos|nuestros|os nossos|nossos|i nostri) (?:\d+ )?(?:partners?|partnern"
    r"|partenaires|socios|parceiros),? (?:we|wir|nous|nosotros|nós|noi)\b"
    r"|(?:we and our|wir und unsere|nous et nos|nosotros y nuestros|(?:nós )?e os nossos|noi e i nostri) (?:\d+ )?"
    r"(?:partners?|partenaires|socios|parceiros)\b.{0,80}\b(?:store|use|process|access|speicher\w*|verarbeit\w*|nutzen"
    r"|abfragen|zugreifen|geräte?\w*|stock\w*|utilis\w*|trait\w*|accéd\w*|almacen\w*|utiliz\w*|trat\w*|acced\w*"
    r"|armazen\w*|acess\w*|archivi\w*|trattiamo|cookies?|data|daten|données|datos|dados|dati)|you may click to consent"
    r"|utilizamos cookies|usamos cookies|utilizziamo (?:i )?cookie)"
    r"|(?:translated automatically|automatically translated|automatisch übersetzt|traduit automatiquement|traducción "
    r"automática)|vielen dank für ihre registrierung|thank you for (?:registering|signing up)|alexa internet has been "
    r"donating|these crawls are part of an effort|(?:made|make) this (?:story|post|article) unlisted|this (?:story|post|article) is "
    r"unlisted)\b", re.I)


def opening_notice(text: str) -> bool:
    """Whether a paragraph-long line is the site's notice to its reader rather than prose: a note on the site's
    links, an outdated browser, an ad blocker, a machine translation, a registration (in its first 300
    characters). Asked of the lines above a story, where such notices stand."""
    head = text[:_DISCLOSURE_REACH]
    lowered = head.lower()  # (a word each notice needs, found by plain substring tests, before the searches)
    return (any(key in lowered for key in _OPENING_NOTICE_KEYS) and _OPENING_NOTICE.search(head) is not None
            or any(key in lowered for key in _DISCLOSURE_KEYS) and _DISCLOSURE.search(head) is not None)


_OPENING_NOTICE_KEYS = ("cookie", "partner", "partenaires", "socios", "parceiros", "browser", "navigateur", "navegador", "blocker", "translated automatically",
                        "automatically translated", "automatisch übersetzt", "traduit automatiquement",
                        "traducción automática", "ihre registrierung", "thank you for registering",
                        "thank you for signing up", "alexa internet", "these crawls", "unlisted")
_DISCLOSURE_KEYS = ("commission", "compensation", "advertiser", "affili")


_GLUED_BAR = lazy_compile(r"(?:[A-ZÀ-Þ][\w&'’\-]*(?: [\w&'’\-]+){0,2}\| ){2}[A-ZÀ-Þ][\w&'’\-]*(?: [\w&'’\-]+){0,2}")


def _is_menu(text: str) -> bool:
    if text.count("|") == _MENU_ITEMS - 2 and _GLUED_BAR.fullmatch(text) is not None:
        return True  # "Symptoms| Doctors| Health Care Reform": three links, each bar glued to the one before it
    for separator in _MENU_SEPARATORS:
        if text.count(separator) >= _MENU_ITEMS - 1:
            if any(char.isdigit() for char in text):
                return False  # a date among them: a byline and its timestamps
            items = [item.strip() for item in text.split(separator)]
            # (a brand's small letter first too: "e-Edition", "ePaper")
            return all(item and (item[0].isupper() or item[1:2].isupper() or item[1:2] == "-" and item[2:3].isupper())
                       and len(item.split()) <= _MENU_ITEM_WORDS for item in items)
    # Most lines are short, or have a word in lower case: two scans in C tell, before any splitting.
    if text.count(" ") < _MENU_RUN - 1 or _LOWER_CASE_WORD.search(text) is not None:
        return False
    words = text.lower().split()
    return len(words) >= _MENU_RUN and _FUNCTION_WORDS.isdisjoint(words)


def is_shouting(text: str) -> bool:
    """An ALL-CAPS line of several words: a site banner or an inline link to another story."""
    # Every paragraph is asked this. ASCII lower-case letters are letters that are not capitals:
    # more of them than a tenth of the line, and it cannot be nine tenths capitals. Counting
    # them in the UTF-8 bytes (where ASCII bytes are only ever ASCII characters) is cheap, and
    # in a paragraph those among its first few dozen characters are usually enough.
    limit = 0.1 * len(text)
    sample = text[:_SHOUT_SAMPLE]
    if _ascii_lower_case(sample) > limit or (len(sample) < len(text) and _ascii_lower_case(text) > limit):
        return False
    words = _WORD.findall(text)
    if len(words) < 3 or len(text) < 12:
        return False
    letters = "".join(words)
    return sum(map(str.isupper, letters)) >= 0.9 * len(letters)


def _ascii_lower_case(text: str) -> int:
    """How many ASCII lower-case letters ``text`` holds."""
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded) - len(encoded.translate(None, _ASCII_LOWER))
