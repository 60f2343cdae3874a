"""Comment dates where a reader looks for them: the home page's card says when a discussion's
comments were posted (first and last day), and the page's timeline has an entry for each day
comments were posted, beside the dates their text mentions."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from generator.analysis.summary import summarize
from generator.pages.discussion import render_discussion
from generator.pages.home import index_row
from generator.read.dialects import parse

FIXTURES = Path(__file__).parent / "fixtures" / "threads"
SEEDS = Path(__file__).parent.parent / "seeds"


def _card(path: Path) -> str:
    return index_row(summarize(parse(path.read_text(encoding="utf-8"), str(path)))).card


@pytest.mark.parametrize(
    "name", ["wp_classic_en_sourdough", "wp_block_es_asturias", "wp_classic_de_hochbeet"]
)
def test_the_card_gives_the_first_and_the_last_comment_day(name: str) -> None:
    truth = json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))
    days = sorted(comment["posted"][:10] for comment in truth["comments"] if comment.get("posted"))
    card = _card(FIXTURES / f"{name}.w3m-80.txt")
    shown = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', card.split("participants.html")[1])
    assert [day for _, day in shown] == sorted({days[0], days[-1]})
    assert all(iso.startswith(day) for iso, day in shown)
    assert ("comments on <time" in card) == (days[0] == days[-1])


def test_seeds_without_comment_dates_keep_their_card() -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        assert "comments <time" not in _card(seed)


@pytest.mark.parametrize("name", ["wp_classic_en_sourdough", "wp_classic_de_hochbeet"])
def test_the_page_timeline_marks_each_day_comments_were_posted(name: str) -> None:
    truth = json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))
    per_day = Counter(c["posted"][:10] for c in truth["comments"] if c.get("posted"))
    path = FIXTURES / f"{name}.w3m-80.txt"
    page = render_discussion(parse(path.read_text(encoding="utf-8"), str(path)))
    days = re.findall(
        r'<li class="timeline-event timeline-event--comments" data-date="([\d-]+)">.*?'
        r'<span class="timeline-mark">(\d+) comments? posted</span>.*?'
        r'<a href="#(c[\d-]+)">first: comment #([\d.]+)</a>',
        page,
    )
    assert {day: int(count) for day, count, _, _ in days} == per_day
    for _, _, anchor, number in days:
        assert anchor == "c" + number.replace(".", "-") and f'id="{anchor}"' in page
