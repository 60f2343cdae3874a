"""A newspaper's own comment section (no blog engine): nested ``div.comment`` blocks.

``section.comments > div.comments__list > div.comment``, replies in ``div.comment__replies``; the
author in ``span.comment__author``, the date in ``time.comment__date[datetime]`` (local offset),
the text in ``div.comment__body``. Every comment ends in an action line with a star rating, a vote
count, "Reply" and "Report comment"; the page also has a cookie banner, a "most read" list and a
"Leave a Reply" form of its own.
"""

from __future__ import annotations

from tests.threadpages.common import (
    article_blocks,
    count_comments,
    esc,
    inline,
    nav_items,
    number,
    numeric_id,
    p_blocks,
    shown_published,
    site_root,
    slug,
    words,
)
from tests.threadpages.spec import Comment, EngineInfo, Page

ENGINE = EngineInfo(name="news_site", max_depth=None, kinds=frozenset({"comment", "deleted"}))

_NEWS = {
    "en": {"cookies": "We use cookies to improve your "
                      "experience.", "accept": "Accept", "settings": "Settings",
           "rules": "Please keep to our community guidelines. Comments are checked before they appear.",
           "most_read": "Most read", "more": "More on this topic", "to": "on", "send": "Submit comment",
           "home": "Home", "imprint": "Imprint", "subscribe": "Subscribe", "login": "Sign in"},
    "de": {"cookies": "Wir verwenden Cookies, um Ihnen ein besseres Angebot zu "
                      "machen.", "accept": "Akzeptieren",
           "settings": "Einstellungen",
           "rules": "Bitte beachten Sie unsere Netiquette. Kommentare werden vor der Freischaltung "
                    "geprüft.",
           "most_read": "Meistgelesen", "more": "Mehr zum Thema", "to": "zu", "send": "Kommentar absenden",
           "home": "Startseite", "imprint": "Impressum", "subscribe": "Abo", "login": "Anmelden"},
    "es": {"cookies": "Usamos cookies para mejorar tu "
                      "experiencia.", "accept": "Aceptar", "settings": "Ajustes",
           "rules": "Respeta las normas de participación. Los comentarios se revisan antes de publicarse.",
           "most_read": "Lo más "
                        "leído", "more": "Más sobre este tema", "to": "en", "send": "Enviar comentario",
           "home": "Portada", "imprint": "Aviso legal", "subscribe": "Suscríbete", "login": "Entrar"},
    "fr": {"cookies": "Nous utilisons des cookies pour améliorer votre expérience.", "accept": "Accepter",
           "settings": "Paramètres",
           "rules": "Merci de respecter notre charte. Les commentaires sont modérés avant publication.",
           "most_read": "Les plus "
                        "lus", "more": "Sur le même sujet", "to": "sur", "send": "Envoyer le commentaire",
           "home": "Accueil", "imprint": "Mentions "
                                         "légales", "subscribe": "S’abonner", "login": "Se connecter"},
}  # fmt: skip


def _comment(page: Page, c: Comment, depth: int, tab: str) -> str:
    w = words(page)
    cid = numeric_id(c)
    modifier = " comment--reply" if depth else ""
    modifier += " comment--deleted" if c.kind == "deleted" else ""
    out = [
        f'{tab}<div class="comment{modifier}" id="{esc(c.source_id)}" data-comment-id="{cid}" data-depth="'
        f'{depth}">'
    ]
    if c.kind == "deleted":
        out.append(
            f'{tab}  <div class="comment__body comment__body--removed"><p><em>{inline(c.paragraphs[0])}'
            "</em></p>"
        )
        out.append(p_blocks(c.paragraphs[1:], tab + "    "))
        out.append(f"{tab}  </div>")
    else:
        stars = number(c.source_id, 5, 1)
        votes = number(c.source_id + "v", 40)
        out.append(f'{tab}  <div class="comment__header">')
        out.append(
            f'{tab}    <img class="comment__avatar" src="/static/img/avatar-default.svg" alt="Avatar '
            f'{esc(c.author)}" '
            'width="32" height="32">'
        )
        out.append(f'{tab}    <span class="comment__author">{esc(c.author)}</span>')
        out.append(
            f'{tab}    <time class="comment__date" datetime="{esc(c.posted or "")}">'
            f"{esc(c.posted_shown or '')}</time>"
        )
        out.append(f"{tab}  </div>")
        out.append(f'{tab}  <div class="comment__body">')
        out.append(p_blocks(c.paragraphs, tab + "    ", "<br>\n"))
        out.append(f"{tab}  </div>")
        out.append(f'{tab}  <div class="comment__footer">')
        out.append(
            f'{tab}    <span class="comment__rating" title="{esc(w["rating"].format(n=stars))}">'
            f"{'★' * stars}{'☆' * (5 - stars)}</span> "
            f'<span class="comment__votes">({esc(w["votes"].format(n=votes))})</span>'
        )
        out.append(
            f'{tab}    <a class="comment__reply" href="?antwort={cid}#comment-form">{esc(w["reply"])}</a>'
        )
        out.append(
            f'{tab}    <a class="comment__report" href="/kommentar-melden/{cid}" rel="nofollow">'
            f"{esc(w['report'])}</a>"
        )
        out.append(f"{tab}  </div>")
    if c.replies:
        out.append(f'{tab}  <div class="comment__replies">')
        out.extend(_comment(page, r, depth + 1, tab + "    ") for r in c.replies)
        out.append(f"{tab}  </div>")
    out.append(f"{tab}</div>")
    return "\n".join(out)


def render(page: Page) -> str:
    """The whole newspaper article page."""
    w = words(page)
    nw = _NEWS.get(page.lang, _NEWS["en"])
    root = site_root(page)
    comments = "\n".join(_comment(page, c, 0, "      ") for c in page.comments)
    n = count_comments(page)
    nav = "\n".join(
        f'        <li><a href="/{slug(label)}/">{esc(label)}</a></li>' for label in nav_items(page)
    )
    section = page.categories[0] if page.categories else nw["home"]
    most_read = "\n".join(f'        <li><a href="/{slug(t)}/">{esc(t)}</a></li>' for t in page.related)
    related = "\n".join(f'          <li><a href="/{slug(t)}/">{esc(t)}</a></li>' for t in page.recent_posts)
    recent = "\n".join(
        f'        <li><span class="recent__name">{esc(name)}</span> {esc(nw["to"])} <a href="/'
        f'{slug(title)}/#comments">{esc(title)}</a></li>'
        for name, title in page.recent_comments
    )
    cats = "\n".join(f'        <li><a href="/{slug(c)}/">{esc(c)}</a></li>' for c in page.categories)
    return f"""<!DOCTYPE html>
<html lang="{esc(page.lang)}">
<head>
  <meta charset="utf-8">
  <title>{esc(page.title)} | {esc(page.site_name)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="{esc(page.url)}">
  <meta name="author" content="{esc(page.article_author)}">
  <meta property="og:title" content="{esc(page.title)}">
  <meta property="article:published_time" content="{esc(page.article_published)}">
  <style>
    .comment {{ border-left: 2px solid #ddd; padding-left: 1rem; }}
    .comment__rating {{ color: #e6a700; }}
    .cookie-banner[hidden] {{ display: none; }}
  </style>
  <script>
    window.dataLayer = window.dataLayer || [];
    dataLayer.push({{"pageType": "article", "section": "{esc(section)}", "commentCount": {n}}});
  </script>
</head>
<body class="article-page">
  <div class="cookie-banner" role="dialog" aria-live="polite">
    <p>{esc(nw["cookies"])} <button type="button">{esc(nw["accept"])}</button> <button
      type="button">{esc(nw["settings"])}</button></p>
  </div>
  <header class="site-header">
    <a class="site-header__logo" href="{root}/">{esc(page.site_name)}</a>
    <nav class="main-nav" aria-label="{esc(w["menu"])}">
      <ul>
{nav}
      </ul>
    </nav>
    <div class="site-header__tools"><a href="/abo/">{esc(nw["subscribe"])}</a> <a
      href="/login/">{esc(nw["login"])}</a></div>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="{root}/">{esc(nw["home"])}</a></li>
      <li><a href="/{slug(section)}/">{esc(section)}</a></li>
      <li aria-current="page">{esc(page.title)}</li>
    </ol>
  </nav>
  <main class="layout">
    <article class="article" itemscope itemtype="https://schema.org/NewsArticle">
      <header class="article__header">
        <p class="article__kicker">{esc(section)}</p>
        <h1 class="article__title" itemprop="headline">{esc(page.title)}</h1>
        <p class="article__meta"><span class="article__author">{esc(w["by"])} <a rel="author"
          href="/autoren/{slug(page.article_author)}/">{esc(page.article_author)}</a></span> · <time
          datetime="{esc(page.article_published)}"
            itemprop="datePublished">{esc(shown_published(page))}</time></p>
      </header>
      <div class="article__body" itemprop="articleBody">
{article_blocks(page, "        ")}
      </div>
      <aside class="article__related">
        <h2>{esc(nw["more"])}</h2>
        <ul>
{related}
        </ul>
      </aside>
    </article>

    <section class="comments" id="comments" data-article-id="{page.post_id}">
      <h2 class="comments__title">{esc(w["comments"])} ({n})</h2>
      <p class="comments__rules">{esc(nw["rules"])}</p>
      <div class="comments__sort">{esc(w["sort"])} <a class="is-active"
        href="?sort=oldest#comments">{esc(w["oldest"])}</a> | <a
        href="?sort=newest#comments">{esc(w["newest"])}</a> | <a
        href="?sort=best#comments">{esc(w["best"])}</a></div>
      <div class="comments__list">
{comments}
      </div>
      <form class="comment-form" id="comment-form" method="post" action="/kommentare/">
        <h3 class="comment-form__title">{esc(w["leave_reply"])}</h3>
        <p><label for="cf-name">{esc(w["name"])} *</label> <input id="cf-name" name="name" type="text"
          required></p>
        <p><label for="cf-email">{esc(w["email"])} *</label> <input id="cf-email" name="email" type="email"
          required></p>
        <p><label for="cf-text">{esc(w["comment"])} *</label> <textarea id="cf-text" name="text" rows="6"
          required></textarea></p>
        <p><button type="submit">{esc(nw["send"])}</button></p>
      </form>
    </section>

    <aside class="sidebar">
      <section class="widget widget--most-read">
        <h2>{esc(nw["most_read"])}</h2>
        <ol>
{most_read}
        </ol>
      </section>
      <section class="widget widget--recent-comments">
        <h2>{esc(w["recent_comments"])}</h2>
        <ul>
{recent}
        </ul>
      </section>
      <section class="widget widget--sections">
        <h2>{esc(w["categories"])}</h2>
        <ul>
{cats}
        </ul>
      </section>
    </aside>
  </main>
  <footer class="site-footer">
    <ul class="site-footer__links">
      <li><a href="/impressum/">{esc(nw["imprint"])}</a></li>
      <li><a href="/datenschutz/">{esc(w["privacy"])}</a></li>
      <li><a href="/kontakt/">Kontakt</a></li>
    </ul>
    <p>&copy; {page.article_published[:4]} {esc(page.site_name)}</p>
  </footer>
  <script src="/static/js/comments.bundle.js" defer></script>
</body>
</html>
"""
