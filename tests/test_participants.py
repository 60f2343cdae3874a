"""The participants page and the participants on the home page, from the seeds' summaries."""

from __future__ import annotations

import re

from generator import Discussion
from generator.analysis.summary import key, summarize
from tests.reference import SITE_PAGES, assign_slugs, render_page


def pages(seed_000: Discussion, seed_001: Discussion) -> tuple[str, str]:
    summaries = [summarize(d) for d in assign_slugs([seed_000, seed_001])]
    return render_page("participants.md", summaries), render_page("index.md", summaries)


def test_participants_page_is_a_site_page() -> None:
    assert "participants.md" in dict(SITE_PAGES)


def test_every_named_person_with_counts(seed_000: Discussion, seed_001: Discussion) -> None:
    page, _index = pages(seed_000, seed_001)
    people = re.findall(r'<h2 id="([^"]+)">([^<]+)</h2>\n<p class="participant-counts">([^<]+)</p>', page)
    assert people == [
        ("p-al-thompson", "Al Thompson", "2 comments"),
        ("p-al-thompson-iii", "Al Thompson III", "1 comment"),
        ("p-chrisco", "Chrisco", "1 comment"),
        ("p-dan", "Dan", "1 comment"),
        ("p-douglas", "Douglas", "2 comments"),
        ("p-frankie", "Frankie", "1 comment"),
        ("p-jf", "JF", "1 comment"),
        ("p-john-arnold-lohne", "John Arnold Lohne", "1 comment"),
        ("p-lee-lindberg", "Lee Lindberg", "1 comment"),
        ("p-miguel-vargas-caba", "Miguel Vargas-Caba", "1 article"),
        ("p-mike", "Mike", "2 comments"),
        ("p-robert", "Robert", "2 comments"),
        ("p-rusty", "Rusty", "1 comment"),
        ("p-slaven", "Slaven", "2 comments"),
        ("p-tanksoldier", "tanksoldier", "1 comment"),
        ("p-tim", "tim", "1 article"),
    ]
    assert "16 named people · 19 comments by them · 67 anonymous comments (counted, not listed)" in page


def test_links_to_each_comment(seed_000: Discussion, seed_001: Discussion) -> None:
    page, _index = pages(seed_000, seed_001)
    douglas = page.split('<h2 id="p-douglas">')[1].split("</section>")[0]
    assert re.findall(r'href="([^"]+#[^"]+)">([^<]+)</a>', douglas) == [
        ("discussions/russian-pilot-escaped-to-usa-on-super-secret-air-force-mig-25-jet.html#c2", "#2"),
        ("discussions/russian-pilot-escaped-to-usa-on-super-secret-air-force-mig-25-jet.html#c6-1", "#6.1"),
    ]
    links = re.findall(r'class="participant-comment" href="[^"]+#(c[\d-]+)"', page)
    assert len(links) == 19


def test_anonymous_comments_are_not_listed(seed_000: Discussion, seed_001: Discussion) -> None:
    page, _index = pages(seed_000, seed_001)
    assert "Anonymous" not in page
    # c17 of seed 000 is anonymous: counted, never linked
    assert "hero-or-traitor.html#c17" not in page


def test_home_page_counts_participants(seed_000: Discussion, seed_001: Discussion) -> None:
    _page, index = pages(seed_000, seed_001)
    assert re.findall(r'<p class="discussion-counts">(.*)</p>', index) == [
        "11 comments · 10 threads · deepest reply level 1 · "
        '<a href="participants.html">9 named participants</a>',
        "75 comments · 31 threads · deepest reply level 2 · "
        '<a href="participants.html">7 named participants</a> · 67 anonymous comments',
    ]


def test_summary_participants_of_seed_001(seed_001: Discussion) -> None:
    summary = summarize(assign_slugs([seed_001])[0])
    names = [p.name for p in summary.participants]
    assert names == ["Dan", "Douglas", "Chrisco", "Rusty", "Slaven", "Lee Lindberg", "tanksoldier", "Mike"]
    assert [p.comments for p in summary.participants if p.name == "Slaven"] == [("c5", "c9")]
    assert summary.anonymous == 0
    assert summary.people() == 9


def test_case_and_spacing_do_not_make_another_person() -> None:
    assert key("Al  Thompson") == key("al thompson") != key("Al Thompson III")


def test_each_count_is_said_once_and_each_comment_shows_its_first_words(
    seed_000: Discussion, seed_001: Discussion
) -> None:
    page, _index = pages(seed_000, seed_001)
    # The heading's count, and no other: the lines name the discussion and the comments.
    commenters = len(re.findall(r'<p class="participant-counts">\d+ comments?\b', page))
    assert commenters == 14  # the 16 people but the two authors who did not comment
    assert len(re.findall(r"\b\d+ comments?\b", page)) == commenters + 1  # and the page's head
    slaven = page.split('<h2 id="p-slaven">')[1].split("</section>")[0]
    assert slaven.count("2 comments") == 1
    items = re.findall(
        r'<li><a class="participant-comment" href="[^"]+#(c[\d-]+)">#[\d.]+</a>'
        r' <span class="participant-gist">([^<]+)</span></li>',
        slaven,
    )
    assert [anchor for anchor, _words in items] == ["c5", "c9"]
    first = next(c for c in seed_001.comments if c.id == "c5").paragraphs[0].text
    assert first.startswith(items[0][1].rstrip(" …")[:40])
    title = "Russian Pilot Escaped to USA on Super Secret Air Force MiG-25 Jet"
    assert f'{title}</a><ul class="participant-comments">' in slaven
