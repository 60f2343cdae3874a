"""Pieces every engine needs: escaping, paragraphs, stable ids, and each language's interface words."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
import zlib

from tests.threadpages.spec import Comment, Page

_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]")


def esc(text: str) -> str:
    """Text or attribute value escaped for HTML (quotes too, so it is safe in either place)."""
    return html.escape(text, quote=True)


def inline(text: str, rel: str = "nofollow ugc") -> str:
    """One line of comment text, escaped, with bare addresses made links as comment engines do."""
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        out.append(esc(text[last : match.start()]))
        url = match.group(0)
        out.append(f'<a href="{esc(url)}" rel="{rel}">{esc(url)}</a>')
        last = match.end()
    out.append(esc(text[last:]))
    return "".join(out)


def lines(paragraph: str, br: str = "<br />\n") -> str:
    """A paragraph's lines joined by the engine's line break."""
    return br.join(inline(line) for line in paragraph.split("\n"))


def p_blocks(paragraphs: tuple[str, ...], indent: str = "", br: str = "<br />\n") -> str:
    """Paragraphs as ``<p>`` elements, the way WordPress' ``wpautop`` writes them."""
    return "\n".join(f"{indent}<p>{lines(p, br)}</p>" for p in paragraphs)


def br_text(paragraphs: tuple[str, ...], br: str = "<br />") -> str:
    """Paragraphs as one run of text with line breaks, the way Blogger and phpBB store comments."""
    return (br + br).join(lines(p, br) for p in paragraphs)


def first_words_html(paragraphs: tuple[str, ...], count: int) -> str:
    """The first ``count`` words of the paragraphs, escaped: an excerpt as widgets show it."""
    return esc(" ".join(" ".join(paragraphs).split()[:count]))


def number(seed: str, modulo: int, offset: int = 0) -> int:
    """A stable pseudo-random number from ``seed``, for scores and counts that only decorate."""
    return offset + zlib.crc32(seed.encode("utf-8")) % modulo


def slug(text: str) -> str:
    """A URL slug as blog engines make them (accents dropped, words joined by hyphens)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "post"


def gravatar(name: str, size: int, default: str = "mm") -> str:
    """A Gravatar address for ``name`` (the hash only needs to be stable, not a real e-mail's)."""
    digest = hashlib.md5(name.encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"https://secure.gravatar.com/avatar/{digest}?s={size}&d={default}&r=g"


def numeric_id(comment: Comment) -> str:
    """The digits of a ``source_id`` such as ``comment-123`` (engines repeat them in links)."""
    digits = re.sub(r"\D", "", comment.source_id)
    return digits or str(number(comment.source_id, 900000, 100000))


def count_comments(page: Page, kinds: frozenset[str] = frozenset({"comment", "deleted"})) -> int:
    """How many entries of the given kinds the thread holds, as comment headings count them."""
    total = 0
    stack = list(page.comments)
    while stack:
        c = stack.pop()
        total += c.kind in kinds
        stack.extend(c.replies)
    return total


def article_blocks(page: Page, indent: str = "") -> str:
    """The article text with its bulleted and numbered lists placed after the first paragraphs."""
    parts: list[str] = []
    for i, paragraph in enumerate(page.article_paragraphs):
        parts.append(f"{indent}<p>{lines(paragraph)}</p>")
        if i == 0 and page.article_bullets:
            items = "".join(f"\n{indent}\t<li>{inline(b)}</li>" for b in page.article_bullets)
            parts.append(f"{indent}<ul>{items}\n{indent}</ul>")
        if i == 1 and page.article_steps:
            items = "".join(f"\n{indent}\t<li>{inline(s)}</li>" for s in page.article_steps)
            parts.append(f"{indent}<ol>{items}\n{indent}</ol>")
    if len(page.article_paragraphs) < 2 and page.article_steps:
        items = "".join(f"\n{indent}\t<li>{inline(s)}</li>" for s in page.article_steps)
        parts.append(f"{indent}<ol>{items}\n{indent}</ol>")
    return "\n".join(parts)


def shown_published(page: Page) -> str:
    """The article date as shown, or the ISO date when the spec gives no shown form."""
    return page.article_published_shown or page.article_published[:10]


# Interface words per language. Only the engines' own words live here; the discussions' text is in
# the catalog. Every engine uses the subset it needs.
STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "reply": "Reply",
        "says": "says:",
        "log_in_to_reply": "Log in to Reply",
        "leave_reply": "Leave a Reply",
        "leave_comment": "Leave a Comment",
        "cancel_reply": "Cancel reply",
        "comment": "Comment",
        "name": "Name",
        "email": "Email",
        "website": "Website",
        "post_comment": "Post Comment",
        "email_notes": "Your email address will not be published.",
        "required_note": "Required fields are marked",
        "cookies": "Save my name, email, and website in this browser for the next time I comment.",
        "recent_comments": "Recent Comments",
        "recent_posts": "Recent Posts",
        "categories": "Categories",
        "archives": "Archives",
        "search": "Search",
        "search_for": "Search for:",
        "on": "on",
        "thoughts": "{n} thoughts on “{title}”",
        "responses": "{n} Responses to “{title}”",
        "pingback": "Pingback:",
        "trackback": "Trackback:",
        "deleted": "This comment has been deleted.",
        "by": "By",
        "posted_in": "Posted in",
        "skip": "Skip to content",
        "menu": "Menu",
        "powered": "Proudly powered by WordPress",
        "edit": "Edit",
        "like": "Like",
        "liked_by": "Liked by {n} people",
        "previous_post": "Previous Post",
        "next_post": "Next Post",
        "privacy": "Privacy Policy",
        "comments": "Comments",
        "report": "Report comment",
        "rating": "{n} of 5 stars",
        "votes": "{n} ratings",
        "sort": "Sort by:",
        "newest": "Newest",
        "oldest": "Oldest",
        "best": "Best rated",
        "share": "Share",
    },
    "de": {
        "reply": "Antworten",
        "says": "sagt:",
        "log_in_to_reply": "Anmelden zum Antworten",
        "leave_reply": "Schreibe einen Kommentar",
        "leave_comment": "Kommentar verfassen",
        "cancel_reply": "Antworten abbrechen",
        "comment": "Kommentar",
        "name": "Name",
        "email": "E-Mail",
        "website": "Website",
        "post_comment": "Kommentar abschicken",
        "email_notes": "Deine E-Mail-Adresse wird nicht veröffentlicht.",
        "required_note": "Erforderliche Felder sind mit",
        "cookies": "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste"
        " Kommentierung speichern.",
        "recent_comments": "Neueste Kommentare",
        "recent_posts": "Neueste Beiträge",
        "categories": "Kategorien",
        "archives": "Archive",
        "search": "Suche",
        "search_for": "Suche nach:",
        "on": "bei",
        "thoughts": "{n} Gedanken zu „{title}“",
        "responses": "{n} Antworten auf „{title}“",
        "pingback": "Pingback:",
        "trackback": "Trackback:",
        "deleted": "Dieser Kommentar wurde gelöscht.",
        "by": "Von",
        "posted_in": "Veröffentlicht in",
        "skip": "Zum Inhalt springen",
        "menu": "Menü",
        "powered": "Stolz präsentiert von WordPress",
        "edit": "Bearbeiten",
        "like": "Gefällt mir",
        "liked_by": "Gefällt {n} Personen",
        "previous_post": "Vorheriger Beitrag",
        "next_post": "Nächster Beitrag",
        "privacy": "Datenschutzerklärung",
        "comments": "Kommentare",
        "report": "Kommentar melden",
        "rating": "{n} von 5 Sternen",
        "votes": "{n} Bewertungen",
        "sort": "Sortieren:",
        "newest": "Neueste",
        "oldest": "Älteste",
        "best": "Beliebteste",
        "share": "Teilen",
    },
    "es": {
        "reply": "Responder",
        "says": "dijo:",
        "log_in_to_reply": "Inicia sesión para responder",
        "leave_reply": "Deja una respuesta",
        "leave_comment": "Deja un comentario",
        "cancel_reply": "Cancelar la respuesta",
        "comment": "Comentario",
        "name": "Nombre",
        "email": "Correo electrónico",
        "website": "Web",
        "post_comment": "Publicar el comentario",
        "email_notes": "Tu dirección de correo electrónico no será publicada.",
        "required_note": "Los campos obligatorios están marcados con",
        "cookies": "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que"
        " comente.",
        "recent_comments": "Comentarios recientes",
        "recent_posts": "Entradas recientes",
        "categories": "Categorías",
        "archives": "Archivos",
        "search": "Buscar",
        "search_for": "Buscar:",
        "on": "en",
        "thoughts": "{n} comentarios en «{title}»",
        "responses": "{n} respuestas a «{title}»",
        "pingback": "Pingback:",
        "trackback": "Trackback:",
        "deleted": "Este comentario ha sido eliminado.",
        "by": "Por",
        "posted_in": "Publicado en",
        "skip": "Saltar al contenido",
        "menu": "Menú",
        "powered": "Funciona gracias a WordPress",
        "edit": "Editar",
        "like": "Me gusta",
        "liked_by": "A {n} personas les gusta esto",
        "previous_post": "Entrada anterior",
        "next_post": "Entrada siguiente",
        "privacy": "Política de privacidad",
        "comments": "Comentarios",
        "report": "Denunciar comentario",
        "rating": "{n} de 5 estrellas",
        "votes": "{n} valoraciones",
        "sort": "Ordenar:",
        "newest": "Más recientes",
        "oldest": "Más antiguos",
        "best": "Mejor valorados",
        "share": "Compartir",
    },
    "fr": {
        "reply": "Répondre",
        "says": "a dit :",
        "log_in_to_reply": "Connectez-vous pour répondre",
        "leave_reply": "Laisser un commentaire",
        "leave_comment": "Laisser un commentaire",
        "cancel_reply": "Annuler la réponse",
        "comment": "Commentaire",
        "name": "Nom",
        "email": "E-mail",
        "website": "Site web",
        "post_comment": "Laisser un commentaire",
        "email_notes": "Votre adresse e-mail ne sera pas publiée.",
        "required_note": "Les champs obligatoires sont indiqués avec",
        "cookies": "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain"
        " commentaire.",
        "recent_comments": "Commentaires récents",
        "recent_posts": "Articles récents",
        "categories": "Catégories",
        "archives": "Archives",
        "search": "Rechercher",
        "search_for": "Rechercher :",
        "on": "dans",
        "thoughts": "{n} réflexions sur « {title} »",
        "responses": "{n} réponses à « {title} »",
        "pingback": "Pingback :",
        "trackback": "Trackback :",
        "deleted": "Ce commentaire a été supprimé.",
        "by": "Par",
        "posted_in": "Publié dans",
        "skip": "Aller au contenu",
        "menu": "Menu",
        "powered": "Fièrement propulsé par WordPress",
        "edit": "Modifier",
        "like": "J’aime",
        "liked_by": "Aimé par {n} personnes",
        "previous_post": "Article précédent",
        "next_post": "Article suivant",
        "privacy": "Politique de confidentialité",
        "comments": "Commentaires",
        "report": "Signaler le commentaire",
        "rating": "{n} sur 5 étoiles",
        "votes": "{n} votes",
        "sort": "Trier :",
        "newest": "Plus récents",
        "oldest": "Plus anciens",
        "best": "Mieux notés",
        "share": "Partager",
    },
}


def words(page: Page) -> dict[str, str]:
    """The interface words for the page's language (English for a language not listed)."""
    return STRINGS.get(page.lang, STRINGS["en"])


DEFAULT_NAV = {
    "en": ("Home", "About", "Recipes", "Archive", "Contact"),
    "de": ("Startseite", "Über mich", "Themen", "Archiv", "Kontakt"),
    "es": ("Inicio", "Sobre mí", "Rutas", "Archivo", "Contacto"),
    "fr": ("Accueil", "À propos", "Articles", "Archives", "Contact"),
}


def nav_items(page: Page) -> tuple[str, ...]:
    """The page's menu, or a plain default for pages made without one (property tests)."""
    return page.nav or DEFAULT_NAV.get(page.lang, DEFAULT_NAV["en"])


def site_root(page: Page) -> str:
    """``https://host`` of the page's canonical address."""
    match = re.match(r"https?://[^/]+", page.url)
    return match.group(0) if match else "https://example.org"
