"""Boxes of links to the site's other pages inside a saved page's article ("Related articles",
"Top 12 News Topics", a row of tags, a navigation box) are no part of its text: they are left out
of the article and listed with their line, as the rest of the page's furniture is. Links
elsewhere (a post's sources, a list of bug reports), a table of contents and a post that is a
list of links stay the article's."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from generator.model import Discussion
from generator.read import html
from generator.read.html import find_comments
from generator.read.html.article import _host, content_of
from generator.read.html.tree import parse_tree, strip_inert

SITE = "https://news.example.org"
TEXT = (
    "The city council voted on Tuesday to rebuild the old tram line along the river, forty years "
    "after the last car ran on it, and the first section should open in three years.",
    "Residents who spoke at the meeting were mostly in favour, though shop owners on the quay "
    "worried about two years of building work outside their doors.",
    "The council will publish the plans in the spring and hold a second hearing before work starts.",
)


def _page(content: str, *, canonical: bool = True, menu_host: str = SITE) -> str:
    """A saved news story: a menu, then the story's content element holding ``content``."""
    link = f"<link rel='canonical' href='{SITE}/2024/tram-line'>" if canonical else ""
    menu = "".join(
        f"<li><a href='{menu_host}/{part}'>{part.title()}</a></li>" for part in ("news", "city", "sport")
    )
    return (
        f"<!doctype html><html><head><title>Tram line to return</title>{link}</head><body>\n"
        f"<nav><ul>{menu}</ul></nav>\n"
        "<h1>Tram line to return</h1>\n"
        f"<div class='entry-content'>\n<p>{TEXT[0]}</p>\n{content}\n"
        f"<p>{TEXT[1]}</p>\n<p>{TEXT[2]}</p>\n</div>\n"
        "</body></html>\n"
    )


def _links(base: str, titles: list[str], tag: str = "ul") -> str:
    items = "".join(f"<li><a href='{base}/{n}'>{title}</a></li>" for n, title in enumerate(titles))
    return f"<{tag}>{items}</{tag}>"


RELATED = [
    "Bus fares to rise in January",
    "The bridge that took ten years to build",
    "Why the quay floods every winter",
]


def _read(page: str) -> tuple[list[str], Discussion]:
    discussion = html.parse(page, "story.html")
    return [paragraph.text for paragraph in discussion.article], discussion


def _listed(discussion: Discussion) -> str:
    return " ".join(item.text for item in discussion.chrome)


@pytest.mark.parametrize("base", [SITE, "", "//news.example.org", "https://www.news.example.org"])
def test_a_box_of_related_stories_on_the_site_is_left_out_and_listed(base: str) -> None:
    box = f"<div class='related'><h3>Related articles</h3>{_links(base, RELATED)}</div>"
    article, discussion = _read(_page(box))
    assert article == list(TEXT)
    listed = _listed(discussion)
    assert "Related articles" in listed
    assert all(title in listed for title in RELATED)
    # Listed with the line it stands on (the box's line of the saved page), and why.
    listed_box = {(item.line, item.reason) for item in discussion.chrome if item.text in RELATED}
    assert listed_box == {(6, "links to the site's other pages")}


def test_the_site_is_the_host_most_links_lead_to_where_the_page_names_no_address() -> None:
    box = f"<div><h3>More from the city desk</h3>{_links(SITE, RELATED, 'ol')}</div>"
    article, _ = _read(_page(box, canonical=False))
    assert article == list(TEXT)


def test_a_list_of_sources_elsewhere_is_the_articles() -> None:
    sources = ["The council's minutes", "The transport plan, 2023", "The tram society's history"]
    base = "https://council.example.com/docs"
    article, _ = _read(_page(f"<div><p>Sources:</p>{_links(base, sources)}</div>"))
    shown = [f"{title} ({base}/{n})" for n, title in enumerate(sources)]  # an address follows its link
    assert article == [TEXT[0], "Sources:", *shown, *TEXT[1:]]


def test_a_table_of_contents_is_the_articles() -> None:
    contents = ["The vote", "The residents", "What happens next"]
    items = "".join(f"<li><a href='#part-{n}'>{title}</a></li>" for n, title in enumerate(contents))
    article, _ = _read(_page(f"<div class='toc'><ul>{items}</ul></div>"))
    assert article == [TEXT[0], *contents, *TEXT[1:]]


def test_a_post_that_is_mostly_a_list_of_the_sites_links_keeps_them() -> None:
    # A weekly round-up: the list is most of the post, and it is what the post says.
    titles = [f"Story number {n} of the week, about the city and its people" for n in range(12)]
    page = (
        "<html><head><title>This week</title></head><body><div class='entry-content'>"
        f"<p>Our picks.</p>{_links(SITE, titles)}</div></body></html>"
    )
    article, _ = _read(page)
    assert article == ["Our picks.", *(f"{title} ({SITE}/{n})" for n, title in enumerate(titles))]


def test_a_block_of_prose_that_links_to_the_sites_pages_stays() -> None:
    # Three links to earlier reports in the block's own words: prose that links, no list of links.
    links = [f"<a href='{SITE}/{n}'>{title}</a>" for n, title in enumerate(RELATED)]
    prose = (
        f"Earlier reports on the quay: {links[0]}, about the fares; {links[1]}, about the bridge "
        f"and what it cost; and {links[2]}, about the floods that close the quay every winter."
    )
    article, _ = _read(_page(f"<div class='aside'><p>{prose}</p></div>"))
    assert len(article) == 4 and article[1].startswith("Earlier reports on the quay: Bus fares")


@pytest.mark.parametrize(
    "href", ["http://[::1", "javascript:void(0)", "", "mailto:desk@example.org", "ftp://news.example.org/a"]
)
def test_links_that_lead_to_no_page_of_the_site_make_no_box(href: str) -> None:
    items = "".join(f"<li><a href='{href}'>{title}</a></li>" for title in RELATED)
    article, _ = _read(_page(f"<ul>{items}</ul>"))
    assert [text.split(" (")[0] for text in article] == [TEXT[0], *RELATED, *TEXT[1:]]


def test_lists_of_the_sites_links_that_are_most_of_the_post_stay_together() -> None:
    # Two lists, each under half the post, together most of it: a round-up in parts.
    def part(name: str) -> str:
        titles = [f"{name} story number {n} of the week, about the town" for n in range(5)]
        return f"<h3>{name}</h3>{_links(SITE, titles)}"

    page = (
        "<html><head><title>This week</title></head><body><div class='entry-content'>"
        f"<p>Our picks.</p>{part('City')}{part('Sport')}</div></body></html>"
    )
    article, discussion = _read(page)
    assert len(article) == 13 and article[2].startswith("City story number 0")
    assert not any(item.reason == "links to the site's other pages" for item in discussion.chrome)


def test_the_comments_are_not_the_posts_text_when_its_share_of_links_is_weighed() -> None:
    # A <main> holding the post (a list of the site's links, most of its text) and its comments.
    titles = [f"Story number {n} of the week" for n in range(6)]
    comments = "".join(
        f"<li class='comment' id='comment-{n}'><div class='comment-author vcard'><cite class='fn'>Reader "
        f"{n}</cite> says:</div><div class='comment-meta'><a href='#comment-{n}'>March {n}, 2021 at "
        f"10:00 am</a></div><p>{TEXT[0]} Number {n}.</p></li>"
        for n in range(1, 6)
    )
    page = (
        f"<html><head><title>This week</title></head><body><main><h1>This week</h1><p>Our picks.</p>"
        f"{_links(SITE, titles)}<h2>5 comments</h2><ol class='commentlist'>{comments}</ol>"
        "</main></body></html>"
    )
    discussion = html.parse(page, "week.html")
    assert len(discussion.comments) == 5
    assert [paragraph.text.split(" (")[0] for paragraph in discussion.article][:7] == ["Our picks.", *titles]


def test_a_list_a_paragraph_introduces_is_the_articles() -> None:
    ports = ["Rotterdam", "Antwerp", "Hamburg"]
    items = "".join(f"<li><a href='/wiki/{port}'>{port}</a></li>" for port in ports)
    article, _ = _read(_page(f"<p>Major ports on the coast include:</p><ul>{items}</ul>"))
    assert article == [TEXT[0], "Major ports on the coast include:", *ports, *TEXT[1:]]


def test_a_short_story_with_related_links_is_not_traded_for_a_longer_block_beside_it() -> None:
    # An <article> (found by its tag) under 500 characters once its related links are left out,
    # over 500 with them: a block beside it with three times its text is no better article.
    story = TEXT[0]
    about = " ".join(["The Coast Herald has been the town's newspaper since 1901, owned by its readers."] * 4)
    box = (
        "<div><h3>Related</h3>"
        + _links("", [f"A story about the pier, number {n}" for n in range(6)])
        + "</div>"
    )
    page = (
        f"<html><head><title>Tram</title></head><body><article><h1>Tram</h1><p>{story}</p>"
        f"<p>{TEXT[2]}</p>{box}</article><div class='about'><p>{about}</p><p>{about}</p></div></body></html>"
    )
    article, discussion = _read(page)
    assert article == [story, TEXT[2]]
    assert any(item.reason == "links to the site's other pages" for item in discussion.chrome)


def test_a_table_of_contents_of_full_addresses_with_parts_is_the_articles() -> None:
    contents = ["The vote", "The residents", "What happens next"]
    items = "".join(
        f"<li><a href='{SITE}/2024/tram-line#part-{n}'>{t}</a></li>" for n, t in enumerate(contents)
    )
    article, discussion = _read(_page(f"<div class='toc'><ul>{items}</ul></div>"))
    assert [text.split(" (")[0] for text in article] == [TEXT[0], *contents, *TEXT[1:]]
    assert not any(item.reason == "links to the site's other pages" for item in discussion.chrome)


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Major ports on the coast include:</p><div><ul>{items}</ul></div>",
        "<div><p>Major ports on the coast include:</p><ul>{items}</ul></div>",
    ],
)
def test_a_list_a_paragraph_introduces_is_the_articles_however_it_is_wrapped(markup: str) -> None:
    ports = ["Rotterdam", "Antwerp", "Hamburg", "Le Havre"]
    items = "".join(f"<li><a href='/wiki/{port}'>{port}</a></li>" for port in ports)
    article, _ = _read(_page(markup.format(items=items)))
    assert article == [TEXT[0], "Major ports on the coast include:", *ports, *TEXT[1:]]


def test_a_storys_references_elsewhere_stay_where_the_menus_links_are_relative() -> None:
    # No canonical link: the menus' relative links say the site is this one, not the
    # encyclopedia the story's four references lead to.
    references = [f"Tram history, part {n}" for n in range(4)]
    page = _page(
        f"<p>Sources</p>{_links('https://en.wikipedia.org/wiki', references)}", canonical=False, menu_host=""
    )
    article, _ = _read(page)
    assert [text.split(" (")[0] for text in article] == [TEXT[0], "Sources", *references, *TEXT[1:]]


def test_a_gallery_of_pictures_linked_on_the_site_is_no_box() -> None:
    # Links without text: the pictures' addresses are the article's text, as before.
    gallery = "".join(
        f"<a href='{SITE}/uploads/{n}.jpg'><img src='t{n}.jpg' alt='Photo {n}'></a>" for n in range(4)
    )
    article, _ = _read(_page(f"<div class='gallery'>{gallery}</div>"))
    assert article[1] == "".join(f"{SITE}/uploads/{n}.jpg" for n in range(4))


def test_a_box_around_the_comments_is_no_box_of_links() -> None:
    # A <div> holding three links to the site and the comments: the comments keep their reasons.
    comments = "".join(
        f"<li class='comment' id='comment-{n}'><div class='comment-author vcard'><cite class='fn'>Reader "
        f"{n}</cite> says:</div><div class='comment-meta'><a href='#comment-{n}'>March {n}, 2021 at "
        f"10:00 am</a></div><p>{TEXT[2]} Number {n}.</p></li>"
        for n in range(1, 4)
    )
    wrapper = f"<div>{_links(SITE, RELATED)}<h2>3 thoughts</h2><ol class='commentlist'>{comments}</ol></div>"
    page = _page(wrapper)
    _, discussion = _read(page)
    assert len(discussion.comments) == 3
    root = parse_tree(page, "story.html")
    strip_inert(root)
    found = find_comments(root)[0]
    boxes = content_of(root, {item.element for item in found}, f"{SITE}/2024/tram-line").boxes
    # The list of links is a box; the <div> around it and the comments is none.
    assert [box.tag for box in boxes] == ["ul"]


def test_a_page_kept_by_the_wayback_machine_is_of_the_site_it_copied() -> None:
    archived = "https://web.archive.org/web/20150101000000/https://news.example.org"
    box = f"<div class='related'><h3>Related articles</h3>{_links(archived, RELATED)}</div>"
    sources = _links(
        "https://web.archive.org/web/20150101000000/https://council.example.com", ["Minutes"] * 3
    )
    article, _ = _read(_page(box + sources, canonical=False, menu_host=archived))
    assert not any(title in " ".join(article) for title in RELATED)
    assert sum(1 for text in article if text.startswith("Minutes")) == 3


@pytest.mark.parametrize(
    "markup",
    [
        "<div>Major ports on the coast include:<ul>{items}</ul></div>",
        "<p>Major ports on the coast include:</p><ul><li>North Sea<ul>{items}</ul></li></ul>",
    ],
)
def test_a_list_introduced_by_the_text_of_its_block_or_nested_in_one_is_the_articles(markup: str) -> None:
    ports = ["Rotterdam", "Antwerp", "Hamburg"]
    items = "".join(f"<li><a href='/wiki/{port}'>{port}</a></li>" for port in ports)
    article, _ = _read(_page(markup.format(items=items)))
    assert all(port in article for port in ports)


def test_relative_links_win_a_tie_for_the_site() -> None:
    # The menu: one link to an encyclopedia, first, and one relative link: a tie, which the
    # relative link wins, so the story's references there stay its own.
    references = [f"Tram history, part {n}" for n in range(4)]
    page = (
        "<html><head><title>Tram</title></head><body><nav><a href='https://en.wikipedia.org/wiki/Tram'>"
        "Trams</a> <a href='/about'>About</a></nav><h1>Tram</h1><div class='entry-content'>"
        f"<p>{TEXT[0]}</p><p>Sources</p>{_links('https://en.wikipedia.org/wiki', references)}</div>"
        "</body></html>"
    )
    article, _ = _read(page)
    assert [text.split(" (")[0] for text in article] == [TEXT[0], "Sources", *references]


def test_a_wayback_copys_relative_links_lead_where_the_originals_did() -> None:
    archived = "/web/20150101000000/https://en.wikipedia.org/wiki"
    references = [f"Tram history, part {n}" for n in range(4)]
    article, _ = _read(_page(f"<p>Sources</p>{_links(archived, references)}", canonical=False, menu_host=""))
    assert [text.split(" (")[0] for text in article] == [TEXT[0], "Sources", *references, *TEXT[1:]]


def test_a_page_whose_address_names_another_host_is_still_of_the_site_its_menus_lead_to() -> None:
    # The canonical link names the mobile site; the menus and the box lead to the site itself.
    page = _page(f"<div><h3>Related articles</h3>{_links(SITE, RELATED)}</div>", canonical=False).replace(
        "<head><title>", "<head><link rel='canonical' href='https://m.news.example.org/tram'><title>"
    )
    article, _ = _read(page)
    assert article == list(TEXT)


@pytest.mark.parametrize(
    ("address", "host"),
    [
        ("https://WWW.Example.org/a", "example.org"),
        ("//cdn.example.org/x.js", "cdn.example.org"),
        ("https://a.example.org:8080/x", "a.example.org"),
        ("https://user@h.example.org/", "h.example.org"),
        ("http://[::1]/", "::1"),
        ("http://[::1", ""),
        ("HTTPS://X.ORG?q", "x.org"),
        ("https://x.org#part", "x.org"),
        ("ftp://files.x.org/a", "files.x.org"),
        ("https://web.archive.org/web/20150101000000/https://www.x.org/a", "x.org"),
        ("https://web.archive.org/about", "web.archive.org"),
        ("/relative/path", ""),
        ("mailto:desk@example.org", ""),
        ("https://", ""),
    ],
)
def test_the_host_of_an_address_read_the_short_way_is_the_standard_librarys(address: str, host: str) -> None:
    # The short way for "https://host/…" must agree with urlsplit, which the rest goes through.
    assert _host(address) == host
    try:
        expected = (urlsplit(address.strip()).hostname or "").removeprefix("www.")
    except ValueError:
        expected = ""
    if "web.archive.org/web/" not in address:
        assert _host(address) == expected
