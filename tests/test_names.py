"""Generated file names: unique on case-insensitive file systems, within 255 bytes, never a Windows
device name, and settled in linear work however many seeds share a title."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.pages import split
from generator.pages.paths import page_path, page_url
from generator.read.fetch import clean_name
from generator.read.slugs import MAX_SLUG_BYTES, RESERVED, SlugTaker, base_slug, fold_key, slugify
from tests.seedkit import SEED
from tests.sitebuild import make_project, run_generator, run_mkdocs

NAME_BYTES = 255
"""What a file name may take on ext4, APFS and NTFS (NTFS counts UTF-16 units, never more)."""

DEVICES = {"con", "prn", "aux", "nul", *(f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10))}
"""Windows device names as Microsoft lists them (COM0 and LPT0 too on some versions)."""


def assign(titles: list[str]) -> list[str]:
    """The slugs a build gives seeds of ``titles``, in order."""
    taker: SlugTaker[int] = SlugTaker()
    return [taker.take(base_slug("", title), index)[0] for index, title in enumerate(titles)]


def file_names(slug: str) -> list[str]:
    """Every name a page of ``slug`` takes: its Markdown, its HTML, its folder with directory URLs."""
    return [Path(page_path(slug)).name, Path(page_url(slug)).name, slug]


def check_names(slugs: list[str]) -> None:
    keys = [fold_key(slug) for slug in slugs]
    assert len(set(keys)) == len(keys), slugs
    for slug in slugs:
        assert slug and slug == slug.strip(". ")
        assert fold_key(slug) not in DEVICES
        for name in file_names(slug):
            assert len(name.encode("utf-8")) <= NAME_BYTES, name
            assert len(name.encode("utf-16-le")) // 2 <= NAME_BYTES, name


title_text = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from("iıIİςσΣßsSé\u0301 -."), max_size=120
)


@given(st.lists(title_text | st.sampled_from(["CON", "nul.txt", "Lpt¹", "Com9", "aux", "x"]), max_size=12))
def test_any_titles_give_unique_short_safe_names(titles: list[str]) -> None:
    slugs = assign(titles)
    check_names(slugs)
    assert assign(titles) == slugs  # deterministic


@given(st.lists(st.sampled_from(["Kirmizi kart", "Kırmızı kart", "KIRMIZI KART", "ελλάς", "ΕΛΛΆΣ", "ελλάσ"])))
def test_folding_variants_take_counts(titles: list[str]) -> None:
    check_names(assign(titles))


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_slugs_fit_and_end_between_graphemes(title: str) -> None:
    slug = slugify(title)
    assert len(slug.encode("utf-8")) <= MAX_SLUG_BYTES and len(slug) <= 80
    assert slugify(slug) == slug
    full = slugify(title, max_length=10**6)
    assert full.startswith(slug)
    # The cut never leaves a letter without the marks that follow it in the whole slug.
    rest = full[len(slug) :]
    if slug and rest:
        assert unicodedata.category(rest[0])[0] != "M"


@pytest.mark.parametrize(
    ("titles", "slugs"),
    [
        (["Kirmizi kart", "Kırmızı kart"], ["kirmizi-kart", "kırmızı-kart-2"]),
        (["ελλάς", "ελλάσ"], ["ελλάς", "ελλάσ-2"]),
        (["Straße", "strasse"], ["straße", "strasse-2"]),
        (
            ["CON", "con", "Con page", "nul.txt", "COM1", "Com 1", "LPT¹"],
            ["con-page", "con-page-2", "con-page-3", "nul-txt", "com1-page", "com-1", "lpt1-page"],
        ),
        (["A", "a", "A 2", "a"], ["a", "a-2", "a-2-2", "a-3"]),
    ],
)
def test_collisions_as_file_systems_see_them(titles: list[str], slugs: list[str]) -> None:
    assert assign(titles) == slugs


def test_ordinary_titles_keep_their_names() -> None:
    assert (
        slugify("Author POV – Viktor Belenko, Hero or Traitor?")
        == "author-pov-viktor-belenko-hero-or-traitor"
    )
    long = " ".join(["word"] * 30)
    assert slugify(long) == "-".join(["word"] * 16)  # 80 characters, cut at a word's end, as before
    assert slugify("Кириллица и ελληνικά") == "кириллица-и-ελληνικά"


def test_eighty_letters_of_a_non_bmp_script_fit() -> None:
    # 80 Gothic letters are 320 bytes: the valid seed could never be written.
    slug = slugify("𐌰" * 80)
    assert slug == "𐌰" * (MAX_SLUG_BYTES // 4)
    # A cut that would fall between a letter and its marks goes back to the letter before.
    devanagari = "कि" * 60  # a consonant and a vowel sign: 6 bytes a grapheme
    cut = slugify(devanagari)
    assert cut == "कि" * (MAX_SLUG_BYTES // 6)


def test_many_seeds_of_one_title_take_linear_work() -> None:
    taker: SlugTaker[int] = SlugTaker()
    for index in range(32_000):
        taker.take("same", index)
    assert taker.tried < 2 * 32_000  # was 32,000 × 32,001 / 2, half a billion names
    # Titles that are themselves counts ("Same 3") cost at most one more try each.
    taker = SlugTaker()
    for index in range(1_000):
        taker.take(f"same-{index + 2}" if index % 2 else "same", index)
    assert taker.tried < 3 * 1_000


def test_participant_initials_are_distinct_files() -> None:
    letters = {split.initial(name) for name in ["ılık", "Işık", "iris", "İsmail", "Ivan", "σοφία", "Σοφία"]}
    assert letters == {"i", "σ"}
    files = [split.initial_file(split.initial(chr(code))) for code in range(0x20, 0x3000)]
    keys = {fold_key(name): name for name in files}
    assert len(keys) == len(set(files))
    assert not set(keys) & RESERVED


def test_fetched_seed_names_are_no_devices() -> None:
    assert clean_name("CON.html") == "con-page.html"
    assert clean_name("nul") == "nul-page.html"
    assert len(clean_name("𐌰" * 200 + ".html").encode()) <= NAME_BYTES


def test_a_long_non_bmp_title_and_folding_twins_build(tmp_path: Path) -> None:
    gothic = SEED.replace("A title for the test", "𐌰" * 80)
    seeds = {
        "1.txt": gothic,
        "2.txt": SEED.replace("A title for the test", "Kırmızı kart"),
        "3.txt": SEED.replace("A title for the test", "KIRMIZI KART"),
        "4.txt": SEED.replace("A title for the test", "CON"),
    }
    project = make_project(tmp_path / "project", seeds)
    result = run_generator(project, "build")
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in (project / "docs" / "discussions").iterdir())
    assert pages == sorted([f"{'𐌰' * 57}.md", "kırmızı-kart.md", "kirmizi-kart-2.md", "con-page.md"])
    assert "slug 'kirmizi-kart' is taken by" in result.stdout + result.stderr
    built = run_mkdocs(project, tmp_path / "site")
    assert built.result.returncode == 0, built.result.stderr
    assert (tmp_path / "site" / "discussions" / f"{'𐌰' * 57}.html").is_file()
