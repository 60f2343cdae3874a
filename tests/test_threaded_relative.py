"""Comment headers dated relatively without a digit: "vor einem Jahr", "gestern", "hace un año",
"il y a un an", "ieri", "een jaar geleden", "вчера".

Headers are looked for where a date may be, and a date was found by its digits: a header dated
"gestern" was never tried, so its comment ran into the one above it, or a reply went missing
(a wrong thread, caught at best by the heading's count). A page that dates some comments "vor 2
Jahren" dates others so; there the words are looked for too. Real w3m and lynx dumps of pages in
seven languages; the truth is the page's own markup.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.model import walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump


@dataclass(frozen=True)
class Language:
    """How a page in one language words its comments."""

    says: str
    heading: str
    reply: str
    numbered: tuple[str, ...]
    """Relative dates with a number."""
    worded: tuple[str, ...]
    """Relative dates without a digit."""


LANGUAGES = {
    "de": Language("sagt:", "6 Kommentare", "Antworten", ("vor 2 Jahren", "vor 3 Monaten"),
                   ("vor einem Jahr", "gestern", "heute", "gerade eben")),
    "es": Language("dice:", "6 comentarios", "Responder", ("hace 2 años", "hace 3 meses"),
                   ("hace un año", "ayer", "hoy", "ahora mismo")),
    "en": Language("says:", "6 Comments", "Reply", ("2 years ago", "3 months ago"),
                   ("a year ago", "yesterday", "today", "just now")),
    "fr": Language("a dit :", "6 commentaires", "Répondre", ("il y a 2 ans", "il y a 3 mois"),
                   ("il y a un an", "hier", "aujourd'hui", "à l'instant")),
    "it": Language("scrive:", "6 commenti", "Rispondi", ("2 anni fa", "3 mesi fa"),
                   ("un anno fa", "ieri", "oggi", "una settimana fa")),
    "nl": Language("zegt:", "6 reacties", "Reageren", ("2 jaar geleden", "3 maanden geleden"),
                   ("een jaar geleden", "gisteren", "vandaag", "een week geleden")),
    "ru": Language("пишет:", "6 комментариев", "Ответить", ("2 года назад", "3 месяца назад"),
                   ("вчера", "сегодня", "вчера", "сегодня")),
}  # fmt: skip

_AUTHORS = ("Karl", "Berta", "Chiara", "Dora", "Emil", "Fatima")
_DEPTHS = (0, 1, 2, 0, 0, 1)
_NUMBERED = (0, 3)
"""The comments dated with a number; the others are dated in words."""


def _truth(lang: Language) -> list[tuple[int, str, str, str]]:
    """(depth, author, date as shown, text) of each comment, in page order."""
    numbered, worded = iter(lang.numbered), iter(lang.worded)
    truth = []
    for index, (depth, author) in enumerate(zip(_DEPTHS, _AUTHORS, strict=True)):
        shown = next(numbered) if index in _NUMBERED else next(worded)
        truth.append((depth, author, shown, f"Comment {index + 1} by {author}."))
    return truth


def _page(lang: Language, truth: list[tuple[int, str, str, str]]) -> str:
    html, depth = "", 0
    for index, (level, author, shown, text) in enumerate(truth):
        if index:
            html += "</li>" if level == depth else ""
            html += '<ol class="children">' * (level - depth)
            html += "</li></ol>" * (depth - level) + ("</li>" if level < depth else "")
        depth = level
        html += (
            f'<li class="comment"><div class="comment-author"><b class="fn">{author}</b> '
            f'<span class="says">{lang.says}</span></div><div class="comment-meta">{shown}</div>'
            f"<p>{text}</p><p>{lang.reply}</p>"
        )
    html += "</li></ol>" * depth + "</li>"
    return (
        "<html><head><title>Bread</title></head><body><h1>A post about bread</h1>"
        "<p>The article is about bread and how it rises overnight in a warm kitchen, with flour, water, "
        f"salt and time.</p><h2>{lang.heading}</h2>"
        f'<ol class="commentlist">{html}</ol><h3>Leave a Reply</h3></body></html>'
    )


@pytest.mark.parametrize("tool,width", [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_headers_dated_in_words_are_read(code: str, tool: str, width: int) -> None:
    truth = _truth(LANGUAGES[code])
    discussion = parse(dump(_page(LANGUAGES[code], truth), tool, width), "page.txt")
    read = [
        (comment.depth, comment.author, comment.posted_text, " ".join(p.text for p in comment.paragraphs))
        for comment in walk(discussion.comments)
    ]
    assert read == truth
    assert all(comment.posted is None for comment in walk(discussion.comments))
    relative = [w.message for w in discussion.warnings if w.message.startswith("relative date")]
    assert len(relative) == len(truth)
