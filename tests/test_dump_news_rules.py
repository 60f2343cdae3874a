"""Pages a review wrote against the news pages' rules for the title, the writer and the date in
dumps (a masthead's date, a byline's update and its wrapped writer, the writers listed over the
time, a story box under the article's date, a toolbar's "Comments"): each reads as it should, as
it did before those rules. The pages are written here in the markup of real themes (WordPress's
comment list, Blogger's date header and pages gadget) and dumped by w3m and lynx."""

from __future__ import annotations

import pytest

from generator.errors import SeedError
from generator.model import Discussion, walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)]

WALK = (
    "We set off early from the harbour. The tide was out and the sand was firm under our boots all the way.",
    "It was cold but bright, and the gulls followed us for most of the morning as we walked the cliffs.",
)
TEXT = "".join(f"<p>{text}</p>" for text in WALK)
MENU = "<ul class='nav'>" + "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(5)) + "</ul>"


def _article(discussion: Discussion) -> str:
    return " ".join(" ".join(p.text.split()) for p in discussion.article)


ANONYMOUS = (
    "<html><body><h1>A walk along the coast</h1><p>Posted by Ann Writer on March 2, 2012</p>"
    f"{TEXT}<ol class='commentlist'>"
    + "".join(
        f"<li class='comment'><div class='comment-meta'>March {day}, 2012 at 10:15 am</div><p>{said}</p>"
        f"<ul class='children'><li class='comment'><div class='comment-meta'>March {day}, 2012 at 11:20 am"
        f"</div><p>{answer}</p></li></ul></li>"
        for day, said, answer in (
            (
                3,
                "What a lovely walk, I did the same route last summer and loved it.",
                "Thanks! Go in January.",
            ),
            (
                4,
                "Which car park did you use? The one by the lifeboat station is full.",
                "We parked in the village.",
            ),
        )
    )
    + "</ol><p>Comments are closed.</p></body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_an_anonymous_thread_of_dates_with_replies_stays_a_thread(tool: str, width: int) -> None:
    # Dates alone head the comments, and replies answer two of them: no box of stories.
    discussion = parse(dump(ANONYMOUS, tool, width), "walk.txt")
    comments = walk(discussion.comments)
    assert (discussion.title, len(comments)) == ("A walk along the coast", 4)
    assert [len(comment.replies) for comment in discussion.comments] == [1, 1]


BLOGGER = (
    "<html><body><div class='header'><h1><a href='/'>Ann's Harbour Notes</a></h1>"
    "<p class='description'>Walks, boats and weather</p></div><div class='PageList'><ul>"
    "<li><a href='/'>Home</a></li><li><a href='/p/about.html'>About Me</a></li>"
    "<li><a href='/p/contact.html'>Contact Us</a></li></ul></div>"
    "<h2 class='date-header'><span>Friday, March 2, 2012</span></h2>"
    f"<h3 class='post-title'>A walk along the coast</h3><div class='post-body'>{TEXT}</div>"
    "<div class='post-footer'>Posted by Ann Writer at 10:15 AM</div></body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_blogger_pages_gadget_over_the_date_header_is_no_writers_list(tool: str, width: int) -> None:
    # "About Me" and "Contact Us" read as names: a list of bullets is no list of writers.
    discussion = parse(dump(BLOGGER, tool, width), "walk.txt")
    assert (discussion.title, str(discussion.posted)) == ("A walk along the coast", "2012-03-02")


READING = (
    "<html><body><p><a href='/'>Ann's Harbour Notes</a></p>"
    "<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li></ul>"
    "<h1>Weekend reading</h1><p>March 2, 2012</p><ul>"
    + "".join(f"<li><a href='/{n}'>Link number {n}</a></li>" for n in range(6))
    + f"</ul><h2>Guest post: the harbour wall</h2><p>By Tom Guest, March 9, 2012</p>{TEXT}</body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_posts_date_alone_over_its_list_of_links_is_no_masthead(tool: str, width: int) -> None:
    discussion = parse(dump(READING, tool, width), "reading.txt")
    assert (discussion.title, str(discussion.posted)) == ("Weekend reading", "2012-03-02")
    assert "Link number 0" in _article(discussion)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_heading_that_opens_like_text_by_is_no_byline(tool: str, width: int) -> None:
    page = (
        f"<html><body>{MENU}<h1>La nueva ley de vivienda</h1><p>El Congreso aprobó ayer la nueva ley de "
        "vivienda con los votos de la mayoría. La norma entra en vigor el mes que viene.</p>"
        "<h2>Texto de la ley</h2><p>El texto completo se publicará en el Boletín Oficial del Estado en los "
        "próximos días, según fuentes del ministerio.</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "ley.txt")
    article = _article(discussion)
    assert discussion.title == "La nueva ley de vivienda"
    assert "El Congreso aprobó ayer" in article and "Texto de la ley" in article


@pytest.mark.parametrize(
    ("signed", "writer"),
    [
        # Co-writers or a job's words ("Senior Writer and Deputy Editor"): no one is named.
        ("By Ana Sandoiu, Tim Newman and Maria Cohut", None),
        ("By Ann Writer, Senior Writer and Deputy Editor", None),
        ("By Ana Sandoiu, Senior Staff Writer", "Ana Sandoiu"),
    ],
)
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_note_after_the_writers_comma_is_no_name(
    tool: str, width: int, signed: str, writer: str | None
) -> None:
    page = (
        f"<html><body>{MENU}<h1>How the brain turns a hunch into a thought</h1>"
        f"<div class='meta'><div>06 March 2018</div><div>{signed}</div></div>{TEXT}</body></html>"
    )
    discussion = parse(dump(page, tool, width), "brain.txt")
    assert (discussion.author, str(discussion.posted)) == (writer, "2018-03-06")
    if writer is None:
        assert signed.split(",")[0] in _article(discussion)  # the line stays in the text


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_whole_name_under_its_byline_takes_no_job_title(tool: str, width: int) -> None:
    # "By Ann Writer" ends its line whole: the line under it is the writer's job, not the rest of
    # a name the dumper wrapped.
    page = (
        f"<html><body>{MENU}<h1>Harbour wall to be rebuilt after winter storms</h1>"
        f"<p class='byline'>March 2, 2012 | By Ann Writer<br>Harbour Correspondent</p>{TEXT}</body></html>"
    )
    discussion = parse(dump(page, tool, width), "wall.txt")
    assert (discussion.author, str(discussion.posted)) == ("Ann Writer", "2012-03-02")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_toolbars_comments_over_comments_of_bare_names_still_refuses(tool: str, width: int) -> None:
    # A photo post with no sentence of its own, its tools, then comments under bare user names:
    # the "Comments" heads them (no byline under it), and the page is refused, not published with
    # its comments as the article.
    page = (
        f"<html><body>{MENU}<h1>Storm pictures from the harbour</h1><p><img src='a.jpg' alt='waves'></p>"
        "<p>Photo: Ann Writer</p><div><a href='#'>Share on Facebook</a><br><a href='#'>Share on Twitter"
        "</a><br><a href='#'>Print Article</a><br><a href='#c'>Comments</a></div><div id='c'>"
        + "".join(
            f"<p><b>{name}</b></p><p>{said}</p>"
            for name, said in (
                (
                    "seaview77",
                    "Amazing pictures, the waves were even bigger on Sunday when we walked the front.",
                ),
                ("gull_watcher", "I was there too and it was frightening how quickly the water came over."),
                ("harbourmaster_j", "Please stay off the wall during storms, we had to close it twice."),
            )
        )
        + "</div></body></html>"
    )
    with pytest.raises(SeedError, match="expected comments under 'Comments'"):
        parse(dump(page, tool, width), "storm.txt")


ANONYMOUS_LONG = (
    "<html><body><h1>A walk along the coast</h1><p>Posted by Ann Writer on March 2, 2012</p>"
    f"{TEXT}<ol class='commentlist'><li class='comment'><div class='comment-meta'>March 3, 2012 at 10:15 am"
    "</div><p>What a lovely walk. I did the same route last summer with the dog and we loved every minute "
    "of it, though the climb up from the second cove was harder than I remembered, and the wind on the "
    "top was fierce enough to push you over. Next time I will take the bus back from the village, as my "
    "knees were not happy about the last mile down the steps to the harbour.</p>"
    "<ul class='children'><li class='comment'><div class='comment-meta'>March 3, 2012 at 11:20 am</div>"
    "<p>Thanks! Go in January.</p></li></ul></li>"
    + "".join(
        f"<li class='comment'><div class='comment-meta'>March {day}, 2012 at 9:05 am</div><p>{said}</p></li>"
        for day, said in ((4, "Which car park did you use?"), (5, "Lovely pictures."))
    )
    + "</ol></body></html>"
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_an_anonymous_thread_with_a_long_first_comment_stays_a_thread(tool: str, width: int) -> None:
    # One reply under a long first comment, and more comments at the top: no box of stories.
    discussion = parse(dump(ANONYMOUS_LONG, tool, width), "walk.txt")
    assert len(discussion.comments) == 3 and len(walk(discussion.comments)) == 4


@pytest.mark.parametrize(
    "opening", ["By posting a comment you agree to our community guidelines.", "By seaview77"]
)
@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_toolbars_comments_over_a_line_that_opens_like_a_byline_still_refuses(
    tool: str, width: int, opening: str
) -> None:
    page = (
        f"<html><body>{MENU}<h1>Storm pictures from the harbour</h1><p><img src='a.jpg' alt='waves'></p>"
        "<p>Photo: Ann Writer</p><div><a href='#'>Share on Facebook</a><br><a href='#'>Share on Twitter"
        "</a><br><a href='#'>Print Article</a><br><a href='#c'>Comments</a></div><div id='c'>"
        f"<p>{opening}</p><p><b>gull_watcher</b></p><p>I was there too and it was frightening how quickly "
        "the water came over.</p><p><b>harbourmaster_j</b></p><p>Please stay off the wall during storms, we "
        "had to close it twice.</p></div></body></html>"
    )
    with pytest.raises(SeedError, match="expected comments under 'Comments'"):
        parse(dump(page, tool, width), "storm.txt")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_blogger_pages_gadget_as_a_numbered_list_names_no_writers(tool: str, width: int) -> None:
    page = BLOGGER.replace("<ul>", "<ol>").replace("</ul>", "</ol>").replace(">Home<", ">Home Page<")
    # (w3m's dump of this page is titled with the blog's name, as before these rules: left open.)
    discussion = parse(dump(page, tool, width), "walk.txt")
    assert discussion.author in (None, "Ann Writer")
