"""A French news site's comments, saved and dumped: "Soumis par NAME, le DATE" over each comment,
"NAME a répondu le DATE" over a reply, under a heading "3 réactions"; the article's own "Publié
le …" and "Mis à jour le … à 14h03" lines, and a box of related stories, each a title over
"Publié le DATE".

Dumped, the page read as a thread of six: "Mis à jour" (an updated-date label read as a name),
the related stories as comments, and every name with its "Soumis par" or "a répondu"; its title
could be the empty image over the page ("[]"). Saved, its comments were lost without a word.
The page is written here in such a site's markup; the truth is its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.errors import SeedError
from generator.model import walk
from generator.read import html
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

TITLE = "Tapie, Mougeotte et La Provence, un concentré d'histoire de France"

COMMENTS = [
    ("monslateamoi", "lundi 29 octobre 2012 à 15h46", "", "Tapie a toujours su acheter au bon moment."),
    ("Xolotl", "lundi 29 octobre 2012 à 17h07", "", "Quiconque a purgé sa peine peut reprendre sa place."),
    ("Stephane-Chalangeas", "mardi 30 octobre 2012 à 11h45", "a répondu", "Tout à fait d'accord, et merci."),
]
"""(name, date as shown, the reply's verb or "" for a comment, text)."""

RELATED = [
    ("Sandy: regardez l'ouragan en direct via webcam", "29/10/2012"),
    ("Les députés invalidés en dix leçons", "28/10/2012"),
]


def _page() -> str:
    items = "".join(
        "<li class='comment'><img src='picture.png'><p class='meta'>"
        + (f"{name} {verb} le {when}" if verb else f"Soumis par {name}, le {when}")
        + f"</p><p>{text}</p></li>"
        for name, when, verb, text in COMMENTS
    )
    related = "".join(f"<li><h4>{title}</h4><p>Publié le {day}</p></li>" for title, day in RELATED)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE} | Slate</title></head><body>"
        "<a href='/'><img src='' alt=''></a>"
        "<ul class='menu'><li><a href='/'>Accueil</a></li><li><a href='/monde'>Monde</a></li>"
        "<li><a href='/france'>France</a></li></ul>"
        f"<h1>{TITLE}</h1>"
        "<p class='date'>Publié le 29/10/2012</p><p class='date'>Mis à jour le 29/10/2012 à 14h03</p>"
        "<p>Bernard Tapie rachète le groupe Hersant avec la famille Mougeotte, et la presse du Sud "
        "change de mains une fois de plus.</p>"
        "<p>Le contrôle de la presse pour servir une carrière politique est une vieille histoire.</p>"
        f"<h3>{len(COMMENTS)} réactions</h3><ol class='comments'>{items}</ol>"
        f"<div class='related'><h3>Nos articles liés</h3><ul>{related}</ul></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("tool", "width"), [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]
)
def test_every_comment_and_no_label_or_story_is_read_from_a_dump(tool: str, width: int) -> None:
    discussion = parse(dump(_page(), tool, width), "tapie.txt")
    read = [(c.author, c.posted_text) for c in walk(discussion.comments)]
    assert read == [(name, when) for name, when, _, _ in COMMENTS]
    texts = [" ".join(p.text for p in c.paragraphs) for c in walk(discussion.comments)]
    assert texts == [text for *_, text in COMMENTS]
    assert (discussion.title, discussion.posted) == (TITLE, dt.date(2012, 10, 29))


def test_the_saved_page_whose_comments_the_reader_cannot_find_is_refused() -> None:
    # No engine's markup and no name the fields reader knows: "3 réactions" says there are three.
    with pytest.raises(SeedError, match="expected 3 comments, as the heading '3 réactions' says"):
        html.parse(_page(), "tapie.html")
