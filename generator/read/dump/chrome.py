"""The words of comment pages that are not comment text: actions, ratings, forms, sidebars, footers.

A line is only ever *classified* here; the reader decides what to do with it, and every line left
out is reported with the reason given here (``check --show-dropped``). The vocabularies cover
the interface words of common engines in English, German, Spanish, French, Italian and Dutch.
"""

from __future__ import annotations

import re

ACTIONS = frozenset(
    s.casefold()
    for s in (
        # English
        "Reply",
        "Reply ↓",
        "Log in to Reply",
        "Login to Reply",
        "Log in to reply",
        "Report comment",
        "Report",
        "Report abuse",
        "Flag",
        "Like",
        "Unlike",
        "Edit",
        "Delete",
        "Share",
        "Quote",
        "Permalink",
        "Link",
        "Top",
        "Back to top",
        "Cancel reply",
        "Reply to this comment",
        "Collapse",
        "Expand",
        "Hide replies",
        "Show replies",
        "Upvote",
        "Downvote",
        "Vote",
        "Mark as spam",
        "Approve",
        "Loading...",
        "Loading…",
        "Reply with quote",
        "Multi-quote",
        "Replies",
        "Load more...",
        "Load more",
        "Add comment",
        "(BUTTON) Reply",
        "Liked by",
        "By Post Author",
        # German
        "Antworten",
        "Nach oben",
        "Benutzeravatar",
        "Anmelden zum Antworten",
        "Kommentar melden",
        "Melden",
        "Gefällt mir",
        "Bearbeiten",
        "Teilen",
        "Zitieren",
        "Antworten abbrechen",
        "Löschen",
        # Spanish
        "Responder",
        "Inicia sesión para responder",
        "Denunciar comentario",
        "Me gusta",
        "Editar",
        "Compartir",
        "Citar",
        "Cancelar la respuesta",
        "Cancelar respuesta",
        "Borrar",
        # French
        "Répondre",
        "Connectez-vous pour répondre",
        "Signaler le commentaire",
        "Signaler",
        "J’aime",
        "J'aime",
        "Modifier",
        "Partager",
        "Citer",
        "Annuler la réponse",
        "Supprimer",
        # Italian, Dutch, Portuguese
        "Rispondi",
        "Segnala",
        "Modifica",
        "Condividi",
        "Reageren",
        "Beantwoorden",
        "Bewerken",
        "Delen",
        "Responda",
        "Curtir",
        # Russian
        "Ответить",
        "Пожаловаться",
        "Цитировать",
        "Редактировать",
        "Удалить",
        "Поделиться",
    )
)
"""Links and buttons beside a comment, compared case-insensitively with a whole line (or with each
piece of a line of several, see :func:`is_action`)."""

_GLUED_SPLIT = re.compile(r"(?<=[a-zäöüéèáíóú])(?=[A-ZÄÖÜÉ])")
_ACTION_SPLIT = re.compile(r"\s*(?:[|·•/]|\s{2,})\s*")
_RATING = re.compile(
    r"^\(?(?:[★☆✩✪✫✬✭✮✯⭐]{1,10}"
    r"|[+-]?\d{1,6}\s{0,2}(?:points?|votes?|likes?|ratings?|Bewertungen|Stimmen|valoraciones|votos|"
    r"notes|Punkte|puntos|people like this|personas les gusta esto|Personen gefällt das|"
    r"me gusta|j’aime|gefällt mir)"
    r"|\d(?:[.,]\d)?\s{1,2}(?:of|von|de|sur|out of)\s{1,2}5(?:\s{1,2}(?:stars|Sternen|estrellas|étoiles))?"
    r"|(?:Rated|Bewertet mit|Valorado con|Noté)\s.{1,30}"
    r"|(?:Liked by|Gefällt|A|Aimé par)\s{1,2}\d{1,6}\s.{0,30}"
    r"|[▲▼↑↓+-]\s{0,2}\d{1,6}(?:\s{1,2}[▲▼↑↓])?"
    r"|\d{1,6}\s{0,2}[▲▼↑↓👍👎♥❤]"
    r"|[👍👎♥❤]\s{0,2}\d{0,6})\)?$",
    re.IGNORECASE,
)
"""Rating, score and like lines ("★★★★☆", "4 of 5 stars", "12 ratings", "▲ 3", "Liked by 2 people")."""

_FORM = re.compile(
    r"^(?:\[[ _xX*]{1,80}\]|_{3,}|\[[^\]]{0,40}\]\s{0,4}\[[ _]{5,}\])(?:\s.{0,60})?$|^.{0,40}\[[ _]{8,}\]"
    r"|^[^_]{1,40}\s_{8,}$"
)
"""Form fields as w3m and lynx draw them: ``[          ]``, ``________``, ``[ ] Save my name``,
lynx's field after its label ``Leave this field blank ____________`` (not ``[]``: w3m's image
without a text, an avatar)."""

REPLY_FORMS = tuple(
    s.casefold()
    for s in (
        "Leave a Reply",
        "Leave a Comment",
        "Leave a comment",
        "Post a comment",
        "Add a comment",
        "Add comment",
        "Add new comment",
        "Neuen Kommentar hinzufügen",
        "Añadir nuevo comentario",
        "Write a comment",
        "Join the discussion",
        "Submit a comment",
        "Post Comment",
        "Reply to this topic",
        "Post a reply",
        "Comments are closed",
        "Schreibe einen Kommentar",
        "Kommentar verfassen",
        "Kommentar schreiben",
        "Hinterlasse einen Kommentar",
        "Deja una respuesta",
        "Deja un comentario",
        "Dejar un comentario",
        "Escribe un comentario",
        "Laisser un commentaire",
        "Laisser une réponse",
        "Ajouter un commentaire",
        "Lascia un commento",
        "Laat een reactie achter",
        "Reageer",
        "Your email address will not be published",
        "Deine E-Mail-Adresse wird nicht",
        "Tu dirección de correo electrónico no será publicada",
        "Votre adresse e-mail ne sera pas",
        "You must be logged in to post",
        "Log in to reply",
        "Sign up or log in",
        "Register or log in",
        "Load more comments",
        "« Older Comments",
        "Newer Comments »",
    )
)
"""Opening words of a reply form and what stands over one ("Leave a Reply", "Comments are
closed"), and of the links to more comments: only a comment section ends so."""

WIDGET_HEADINGS = (
    "Related articles",
    "Related posts",
    "Related stories",
    "Ähnliche Beiträge",
    "Verwandte Artikel",
    "Artículos relacionados",
    "Articles liés",
    "Nos articles liés",
    "À lire aussi",
    "Articoli correlati",
    "Most popular",
    "Most discussed",
    "Most read",
    "Most viewed",
    "Meistgelesen",
    "Lo más leído",
    "Les plus lus",
)
"""Headings of a box of other stories, alone on their line (:func:`is_widget_heading`): after
the comments, or in a comments heading's place when a script fills that section in and the
saved page shows the box under its heading."""

REPLY_HEADINGS = REPLY_FORMS + tuple(
    s.casefold()
    for s in (
        "Powered by",
        "Proudly powered by",
        "Stolz präsentiert von",
        "Funciona gracias a",
        "Fièrement propulsé par",
        "Copyright",
        "©",
        "All rights reserved",
        "Alle Rechte vorbehalten",
        "Todos los derechos reservados",
        "Tous droits réservés",
        "Privacy Policy",
        "Recent Posts",
        "Recent Comments",
        "Related Posts",
        "Related posts",
        "Related topics",
        "Suggested topics",
        "Neueste Beiträge",
        "Neueste Kommentare",
        "Entradas recientes",
        "Comentarios recientes",
        "Articles récents",
        "Commentaires récents",
        "Archives",
        "Archive",
        "Archiv",
        "Archivos",
        "Categories",
        "Kategorien",
        "Categorías",
        "Catégories",
        "Meta",
        "Search for:",
        "Suche nach:",
        "Buscar:",
        "Rechercher :",
        "Subscribe",
        "Newsletter",
        "Older posts",
        "Newer posts",
        "Previous Post",
        "Next Post",
        "Post navigation",
        "Continue reading",
        "Next page",
    )
)
"""Opening words of the blocks that close a comment section: reply forms, footers, sidebars."""

_HEADING = re.compile(
    r"^(?:(?:There (?:are|is|were|was)|Es gibt|Hay|Il y a) \d{1,6}\s{1,2}"
    r"(?:thoughts?|responses?|comments?|replies|Kommentare?|comentarios?|respuestas?|commentaires?|réponses?)"
    r"\s{0,2}[.:]?"
    r"|\d{1,6}\s{1,2}(?:thoughts?|responses?|comments?|replies|repl(?:y|ies)|Gedanken|Kommentare?|"
    r"Antworten|Antwort|comentarios?|respuestas?|commentaires?|réflexions?|réponses?|réactions?|"
    r"reacciones|Reaktionen|commenti|reacties|posts?|Beiträge)\b.{0,300}"
    r"|(?:Comments?|Kommentare|Comentarios|Commentaires|Réactions|Commenti|Reacties|Discussion|Diskussion|"
    r"Responses|Trackbacks?|Pingbacks?|Trackbacks & Pingbacks|Trackbacks and Pingbacks)"
    r"(?:\s{0,2}\(\d{1,6}\))?:?"
    r"|(?:One|Ein|Un|Une|Uno|Una)\s(?:.{0,20}\s)?(?:thought|response|comment|Gedanke|Kommentar|comentario|commentaire|réflexion)"
    r"(?:\s(?:on|to|zu|auf|sur|à|en|a|su|per)\s(?:[“\"„«‘‚'].{1,300}|[^:]{1,300}))?\s{0,2}:?"
    r"|(?:Sort by|Sortieren|Ordenar|Trier)\s{0,2}:?.{0,60})$",
    re.IGNORECASE,
)
"""The heading above a comment list ("12 thoughts on “Title”", "Kommentare (3)", "Sort by: …")."""

COUNT_OPENINGS = ("There ", "Es gibt ", "Hay ", "Il y a ")
"""What a comments heading may say before its count ("There are 13 comments")."""
_COUNT = re.compile(
    r"(?:(?:There (?:are|is|were|was) |Es gibt |Hay |Il y a )?([0-9]{1,6})\s|\D{1,40}\(([0-9]{1,6})\))"
)
_ONE = re.compile(r"(?:One|Ein|Un|Une|Uno|Una)\s", re.IGNORECASE)


def heading_count(text: str) -> int | None:
    """The number of comments a comments heading counts ("28 thoughts on …", "Kommentare (14)",
    "There are 13 comments", "One thought on …"), None where it shows none."""
    count = _COUNT.match(text)
    if count is not None:
        return int(count.group(1) or count.group(2))
    return 1 if _ONE.match(text) else None


_DELETED_TEXT = (
    "this comment has been|this comment was|comment deleted|comment removed|[deleted]|[removed]|"
    "this post was deleted|this post was removed|(post deleted by author)|dieser kommentar wurde|"
    "kommentar gelöscht|kommentar entfernt|este comentario ha sido|este comentario fue|"
    "comentario eliminado|ce commentaire a été|commentaire supprimé|questo commento è stato|"
    "deze reactie is"
)
DELETED = tuple(_DELETED_TEXT.split("|"))
"""Placeholders a page shows where a comment was removed (its replies stay)."""

_PING = re.compile(r"^(?P<kind>Pingback|Trackback|Ping)\s{0,2}:\s{0,2}(?P<rest>.*)$", re.IGNORECASE)


def is_action(text: str) -> bool:
    """Whether a line holds only comment actions and counts ("Reply", "Like · Reply",
    "★★★★★ (17 ratings) Reply Report comment", "ReplyDelete")."""
    if len(text) > 120 or (text[0] not in _FIRST_CHARS and text[:1].isalpha() and text.count(" ") > 8):
        return False
    if text[0] in _BULLETS and text[1:2] == " " and text[2:].strip():
        # Each link an item of a list ("• delete", "• edit", "• reply": Drupal's links).
        return is_action(text[2:].strip())
    folded = text.casefold()
    if folded in ACTIONS:
        return True
    first = text.partition(" ")[0]
    if not first[1:].islower():  # a capital inside the word may start a second link text, glued on
        first = _GLUED_SPLIT.sub(" ", first).partition(" ")[0]
    first = first.casefold()
    if first not in _FIRST_WORDS and not _RATING_START.match(folded):
        return False
    if _reply_to(folded):
        return True
    words = _GLUED.sub(" ", text).casefold().replace("|", " ").replace("·", " ").split()
    index = 0
    while index < len(words):
        step = next(
            (
                size
                for size in range(min(_MAX_PIECE, len(words) - index), 0, -1)
                if _is_piece(" ".join(words[index : index + size]))
            ),
            0,
        )
        if not step:
            return False
        index += step
    return bool(words)


_BULLETS = frozenset("•◦▪‣∙□☆■★●○*+o#@")
"""List bullets as w3m and lynx draw them (lynx: ``*``, ``+``, ``o``, ``#``, ``@`` by depth)."""


TIME = re.compile(r"[0-9]{1,2}:[0-9]{2}(?: ?[AaPp]\.?[Mm]\.?)?")
"""A time of day alone ("6:32 PM", "14:05"), as a comment's links show it under its date."""


_TOOL_TEXT = (
    "share tweet email e-mail mail print comment comments resize save follow pin whatsapp facebook "
    "twitter linkedin reddit pocket flipboard tumblr more"
)
_TOOL_WORDS = frozenset(_TOOL_TEXT.split())


_TOOL_OBJECT_TEXT = "on via this to article story page post options text link for with"
_TOOL_OBJECTS = frozenset(_TOOL_OBJECT_TEXT.split())


def is_story_tool(text: str) -> bool:
    """Whether a line is one of a story's tools, a link each ("Share on Facebook", "Share via
    Email", "Print Article", "Comments", "More Options"): its first word says what it does, the
    next (where there is one) what it does it to or where ("Share prices fall" is a headline)."""
    words = text.casefold().split(None, 2)
    if not words or words[0].strip("[]():") not in _TOOL_WORDS:
        return False
    return len(words) == 1 or words[1] in _TOOL_OBJECTS or words[1] in _TOOL_WORDS


def may_be_action(text: str) -> bool:
    """False for a line that cannot be an action line (:func:`is_action`): its first word is
    none that one opens with, nor does it start a count. A cheap test for the lines of a
    comment, most of which open with a word of a sentence ("the", "I", "Thanks")."""
    word = text.partition(" ")[0]
    folded = word.casefold()
    # A whole line that is an action opens with one of their words too: that covers is_action's
    # look-up of the line, and its count's first character is the same in the folded word.
    if folded in _FIRST_WORDS or folded[:1] in _FIRST_CHARS:
        return True
    # A capital inside the word: is_action cuts the word there ("ReplyDelete").
    if not word[1:].islower() and _GLUED_SPLIT.sub(" ", word).partition(" ")[0].casefold() in _FIRST_WORDS:
        return True
    # A bullet and a space: is_action reads what follows ("• delete").
    return word in _BULLETS and text[1:2] == " " and may_be_action(text[2:].strip() or "\0")


_FIRST_WORDS = frozenset(
    _GLUED_SPLIT.sub(" ", phrase).split(" ", 1)[0].casefold()
    for phrase in (*ACTIONS, "liked", "gefällt", "aimé", "rated", "bewertet", "valorado", "noté")
) | frozenset(word.casefold() for phrase in ACTIONS for word in phrase.split())
"""First words of action lines: any other first word rules a line out at the cost of a lookup."""
_RATING_START = re.compile(r"[(★☆✩✪✫✬✭✮✯⭐▲▼↑↓+\-👍👎♥❤]|[0-9]")
_FIRST_CHARS = frozenset("(★☆✩✪✫✬✭✮✯⭐▲▼↑↓+-👍👎♥❤0123456789")

_MAX_PIECE = 8
"""Most words of one action or count ("A 3 personas les gusta esto")."""
_GLUED = re.compile(r"(?<=[a-zäöüéèáíóú])(?=[A-ZÄÖÜÉ])")
"""Two link texts the dumper ran together ("ReplyDelete", "LikeLiked by 4 people")."""


def _is_piece(text: str) -> bool:
    return text in ACTIONS or text.strip("()[]") in ACTIONS or _RATING.match(text) is not None


def _reply_to(folded: str) -> bool:
    """ "Reply to Kristine", "Antworten auf Bob": the link names the comment it answers."""
    head, _, rest = folded.partition(" ")
    return (
        head in ("reply", "antworten", "responder", "répondre", "rispondi")
        and rest.startswith(("to ", "auf ", "a ", "à "))
        and len(folded) <= 60
    )


def is_rule(text: str) -> bool:
    """A horizontal rule as the dumpers draw ``<hr>``: a line of one drawing character."""
    return len(text) >= _MIN_RULE and text[0] in RULE_CHARS and text.count(text[0]) == len(text)


_MIN_RULE = 10
RULE_CHARS = frozenset("━─═-_=*~")
"""The characters a rule is drawn with: a line starting with any other is no rule."""


def is_rating(text: str) -> bool:
    """Whether a line is a rating, score or like count."""
    return len(text) <= MAX_RATING and _RATING.match(text) is not None


MAX_RATING = 60
"""Longest line that may be a rating; a longer one is text."""


def may_be_rating(text: str) -> bool:
    """False for a line that cannot be a rating: one opening with a letter no rating starts with
    ("rated", "liked by", "gefällt", "a 3 personas" …). A cheap test for the lines of a comment,
    most of which start with a letter, before :func:`is_rating`'s pattern."""
    first = text[0]
    return not ("a" <= first <= "z" or "A" <= first <= "Z") or first in _RATING_LETTERS


_RATING_LETTERS = frozenset("abglnrvABGLNRV")
"""First letters of the words a rating may open with (:data:`_RATING`, case-insensitive): any
other ASCII letter can only be the start of text."""


def is_form(text: str) -> bool:
    """Whether a line is a form field or button as the dumpers draw them."""
    return len(text) <= 300 and _FORM.match(text) is not None


def form_reason(text: str) -> str:
    """Why a form line (:func:`is_form`) is no text: a search box ("____ Search TMZ.com") is no
    reply form, and does not mark what stands above it as comments."""
    return "search form" if _SEARCH.search(text) else "reply form"


_SEARCH = re.compile(
    r"\b(?:search|suche|suchen|buscar|búsqueda|recherche|rechercher|cerca|zoeken|поиск)\b", re.IGNORECASE
)


def is_comments_heading(text: str) -> bool:
    """Whether a line is the heading above a comment list."""
    return len(text) <= 400 and _HEADING.match(text) is not None and not is_action(text)


COMMENT_PAGES = (
    "older comments",
    "newer comments",
    "ältere kommentare",
    "neuere kommentare",
    "comentarios anteriores",
    "comentarios más recientes",
    "commentaires plus anciens",
    "commentaires plus récents",
    "commenti precedenti",
    "commenti successivi",
    "oudere reacties",
    "nieuwere reacties",
)
"""Links to the other pages of a page's comments, casefolded."""


def closes_comments(text: str, *, whole: bool = False) -> bool:
    """Whether a line opens what follows the comments: a reply form, a sidebar, a footer.

    With ``whole``, the heading must be most of the line ("Leave a Reply Cancel reply"): among
    the comments, a sentence that merely starts with "Meta" or "Subscribe" is comment text.
    """
    if ("[" in text or "__" in text) and is_form(text):
        return True
    folded = text.casefold()
    if not folded.startswith(REPLY_HEADINGS):
        # A box of stories' heading ends the comments with a few words after it at most ("Most
        # Popular Stories"): "Most read reviews say the same thing, by the way." is a comment's.
        tail = _widget_tail(folded)
        return tail is not None and len(tail.split()) <= _HEADING_TAIL_WORDS
    if not whole:
        return True
    heading = max((h for h in REPLY_HEADINGS if folded.startswith(h)), key=len)
    return len(folded[len(heading) :].split()) <= _HEADING_TAIL_WORDS


_HEADING_TAIL_WORDS = 3
"""Words a closing heading may carry after it on its line ("Cancel reply", a count)."""


_AVATAR_LINE = re.compile(
    r"(?:Profile picture for user|Profilbild für Benutzer|Photo de profil de l['’]utilisateur|"
    r"Imagen de perfil de(?:l usuario)?|Immagine del profilo dell['’]utente)\s.{1,60}",
    re.IGNORECASE,
)
"""The alt text of a commenter's picture on a line of its own (Drupal's Olivero)."""

MODERATION = tuple(
    s.casefold()
    for s in (
        "Your comment is awaiting moderation",
        "Dein Kommentar muss noch freigegeben werden",
        "Ihr Kommentar muss noch freigegeben werden",
        "Tu comentario está pendiente de moderación",
        "Tu comentario está esperando moderación",
        "Votre commentaire est en attente de modération",
        "Il tuo commento è in attesa di moderazione",
        "Je reactie wacht op goedkeuring",
    )
)
"""The note a page shows under a comment not approved yet (to its writer, who saved the page)."""


def is_avatar_line(text: str) -> bool:
    """Whether a line is the alt text of a commenter's picture ("Profile picture for user Karl")."""
    # Every comment line is asked: the first letter rules out most without the pattern.
    return text[:1] in _AVATAR_FIRST and _AVATAR_LINE.fullmatch(text) is not None


def is_moderation_note(text: str) -> bool:
    """Whether a line is the "awaiting moderation" note under a comment."""
    return text[:1] in _MODERATION_FIRST and text.casefold().startswith(MODERATION)


_AVATAR_FIRST = frozenset("PpIi")
_MODERATION_FIRST = frozenset(note[0].upper() for note in MODERATION)


def is_deleted(text: str) -> bool:
    """Whether a line is a deleted comment's placeholder."""
    return len(text) <= _MAX_DELETED and text.casefold().strip(" .*_").startswith(_DELETED_STARTS)


_MAX_DELETED = 80
_DELETED_STARTS = tuple(phrase.strip(" .") for phrase in DELETED)


def ping(text: str) -> tuple[str, str] | None:
    """``("pingback", rest)`` for "Pingback: Some Blog", ``("trackback", …)``; else None."""
    match = _PING.match(text)
    if match is None:
        return None
    kind = match["kind"].lower()
    return ("trackback" if kind == "trackback" else "pingback"), match["rest"].strip()


def is_widget_heading(text: str) -> bool:
    """Whether a line is the heading of a box of other stories ("Most popular", "Nos articles
    liés »"): the heading's words and nothing else ("Most read reviews say the same thing" is a
    comment's text)."""
    tail = _widget_tail(text.casefold())
    return tail is not None and not any(map(str.isalpha, tail))


def _widget_tail(folded: str) -> str | None:
    """What a casefolded line holds after the box of stories' heading it opens with, or None."""
    if not folded.startswith(_WIDGETS):
        return None
    return folded[len(max((h for h in _WIDGETS if folded.startswith(h)), key=len)) :]


_WIDGETS = tuple(heading.casefold() for heading in WIDGET_HEADINGS)


_ARTICLE_END_TEXT = """
related|related coverage|related content|related stories|related articles|related posts|related news
related reading|related links|related topics|related searches|more related stories|more stories
more from this author|more on this story|more on this topic|read more|read next|read also|also read
recommended|recommended for you|recommended reads|recommended stories|recommended articles
top picks|top stories|popular|popular posts|popular stories|popular articles|popular news
most popular|most read|most viewed|most shared|latest|latest news|latest stories|latest posts
you may also like|you might also like|you may be interested in|trending|trending now
share|share this|share this article|share this story|share this post|share this page|like this
tags|labels|filed under|categories|archives|recent posts|recent comments|post navigation
leave a reply|leave a comment|newsletter|sign up for our newsletter|subscribe|powered by wordpress
proudly powered by wordpress
mehr zum thema|das könnte sie auch interessieren|weitere artikel|lesen sie auch|auch interessant
schlagworte|ähnliche beiträge|verwandte artikel|meistgelesen|neueste beiträge
noticias relacionadas|te puede interesar|también te puede interesar|lo más visto|lo más leído
etiquetas|artículos relacionados|entradas recientes
lire aussi|à lire aussi|sur le même sujet|dans la même rubrique|vous aimerez aussi|mots-clés
articles liés|nos articles liés|les plus lus|articles récents
"""
ARTICLE_ENDS = frozenset(
    line.strip() for line in _ARTICLE_END_TEXT.replace("\n", "|").split("|") if line.strip()
)
"""Headings of what follows an article on its page (boxes of other stories, its tags, its share
links, a reply form), casefolded, each the whole heading: "Recommended equipment" or "Related
costs rose too." is the article's own."""


def ends_article(text: str) -> bool:
    """Whether a line is a heading of what follows an article: one of :data:`ARTICLE_ENDS`, with
    a colon, a count ("Related (3)") or a closing mark at most after it; or a line of the post's
    labels, a label word and a list of short items ("Labels: harbour, boats", "Tags: news")."""
    folded = " ".join(text.casefold().split()).rstrip(" :»›>.…")
    label, colon, items = folded.partition(":")
    if colon and label.strip() in _LABEL_LINES and _short_items(items):
        return True
    if folded.endswith(")") and "(" in folded:
        head, _, count = folded[:-1].rpartition("(")
        if count.strip().isdigit():
            folded = head.rstrip(" :")
    return folded in ARTICLE_ENDS


_LABEL_LINES = frozenset(
    ["tags", "labels", "filed under", "categories", "schlagworte", "etiquetas", "mots-clés", "étiquettes"]
)
"""Words that open a line of a post's labels after it ("Labels: FPGA, Tools")."""


def _short_items(text: str) -> bool:
    """Whether text is a list of a few words each ("news, sport", "FPGA · Tools"), no sentence."""
    items = [item.strip() for item in re.split(r"[,;|·•]", text)]
    return all(item and len(item.split()) <= _LABEL_WORDS for item in items) and not text.rstrip().endswith(
        (".", "!", "?")
    )


_LABEL_WORDS = 4
"""Most words of one label."""
