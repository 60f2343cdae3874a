"""What the build keeps on disk instead of in memory (issue 6: memory flat as the archive grows):
the records behind its report, the manifest written a piece at a time, the cache entries written
once with their pages' stamps, the seeds' stamps in an array, tasks handed out as workers need them."""

from __future__ import annotations

import dataclasses
import gc
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.build import cacheline, manifest, workers
from generator.build.cache import Reader, Writer
from generator.build.cacheline import Entry, encode_line
from generator.build.records import Batches, Records
from generator.build.report import NO_NOTES, Built, Report, built_records, encoded_notes, note_records
from generator.build.stamps import SeedStamps
from generator.build.workers import Task
from generator.model import Diagnostic

texts = st.text(st.characters(codec="utf-8") | st.sampled_from(["\udcff", "\n", "\t", '"']), max_size=12)
"""Text as a seed's path or message may hold it: any character, a lone surrogate (a file name's
byte that is not UTF-8), newlines."""


@given(
    batches=st.lists(
        st.lists(st.tuples(texts, st.integers(-(2**40), 2**40), texts), max_size=40), max_size=40
    )
)
def test_batches_read_back_as_one_flat_sequence(batches: list[list[tuple[str, int, str]]]) -> None:
    # A seed's notes go in together, as one line: read back, they are the notes one by one.
    records = Batches(None, lambda d: [d.source, d.line, d.message], lambda d: Diagnostic(*d))
    expected = []
    for batch in batches:
        records.extend(Diagnostic(*item) for item in batch)
        expected += [Diagnostic(*item) for item in batch]
    assert len(records) == len(expected)
    assert list(records) == expected and records == tuple(expected)
    assert [records[index] for index in range(-len(expected), len(expected))] == expected + expected
    assert records[1:3] == expected[1:3]
    with pytest.raises(IndexError):
        records[len(expected)]
    assert list(records.view(tuple)) == [(d.source, d.line, d.message) for d in expected]
    # A line per batch that had records, not a line per record.
    assert len(records._batches) == sum(1 for batch in batches if batch)


@given(
    seeds=st.lists(
        st.tuples(texts, st.lists(st.tuples(st.integers(-(2**40), 2**40), texts), max_size=40)), max_size=30
    )
)
def test_a_seed_s_notes_go_in_as_the_worker_encoded_them_and_read_back_one_by_one(
    seeds: list[tuple[str, list[tuple[int, str]]]],
) -> None:
    # The worker sends a seed's notes as JSON text; the build adds it under the seed's path as it
    # is, and the report reads the notes back one by one, each naming its seed.
    records = note_records(None)
    expected = []
    for source, notes in seeds:
        encoded = encoded_notes(notes)
        assert encoded.count == len(notes) and encoded.text.isascii() and "\n" not in encoded.text
        records.add_encoded(source, encoded.count, encoded.text)
        expected += [Diagnostic(source, line, message) for line, message in notes]
    assert len(records) == len(expected) and list(records) == expected
    assert list(records.view(lambda source, note: (source, *note))) == [
        (d.source, d.line, d.message) for d in expected
    ]
    # A line per seed that had notes, not a line per note.
    assert len(records._groups) == sum(1 for _, notes in seeds if notes)
    # The groups' text, copied into the manifest as it is, is the JSON of their notes.
    encoded = [(source, json.loads(text)) for source, text in records.encoded_groups()]
    assert encoded == list(records.groups()) == [(s, [list(n) for n in notes]) for s, notes in seeds if notes]
    # The manifest writes them grouped under each seed's number, as from any other sequence.
    built = [Built(source, f"s{number}", 1, 1) for number, (source, _) in enumerate(seeds)]
    if len({source for source, _ in seeds}) == len(seeds):  # a build's seeds have distinct paths
        outcome = Report(built, (), records).outcome()
        out = io.StringIO()
        outcome.write_json(out)
        assert manifest.from_json(json.loads(out.getvalue())).notes == [
            (d.source, d.line, d.message) for d in expected
        ]


@given(items=st.lists(st.tuples(texts, st.integers(-(2**40), 2**40), texts), max_size=600))
def test_records_come_back_in_order_as_they_went_in(items: list[tuple[str, int, str]]) -> None:
    records = Records(None, lambda d: [d.source, d.line, d.message], lambda d: Diagnostic(*d))
    expected = [Diagnostic(*item) for item in items]
    records.extend(expected)
    assert len(records) == len(expected)
    assert list(records) == expected
    assert list(records) == expected  # read again
    assert records == expected and records == tuple(expected)
    if expected:
        assert records[0] == expected[0] and records[-1] == expected[-1]
        assert expected[-1] in records
    assert records.view(lambda data: data[1]) == [d.line for d in expected]  # the line, as stored


def test_records_read_while_more_are_added_and_refuse_a_bad_index() -> None:
    records: Records[int] = Records()
    records.append(1)
    assert list(records) == [1]
    records.extend(range(2, 2000))  # past a chunk of the file and a batch of pending lines
    assert list(records) == list(range(1, 2000))
    assert records[1500] == 1501
    assert records[-2:] == [1998, 1999]
    with pytest.raises(IndexError):
        records[1999]
    assert records != list(range(1, 1999))
    assert records != "not a sequence of the same records"


def test_records_files_go_with_the_last_reader(tmp_path: Path) -> None:
    records: Records[str] = Records(str(tmp_path))
    records.append("a")
    view = records.view(str.upper)
    del records
    gc.collect()
    assert list(view) == ["A"]  # the file outlives the records it was made for
    assert not list(tmp_path.iterdir())  # unnamed: nothing to clean up in the folder


@given(
    stamps=st.lists(st.none() | st.tuples(st.integers(0, 2**62)) | st.tuples(*[st.integers(0, 2**62)] * 4))
)
def test_stamps_in_an_array_are_the_stamps(stamps: list[tuple[int, ...] | None]) -> None:
    kept = SeedStamps(stamps)
    assert [kept[index] for index in range(len(stamps))] == stamps


@st.composite
def outcomes(draw: st.DrawFn) -> manifest.Outcome:
    paths = draw(st.lists(texts, min_size=1, max_size=6))
    lines = [(path, f"slug-{n}", n, n // 2, n % 3, n % 2) for n, path in enumerate(paths)]
    diags = st.lists(st.tuples(st.sampled_from([*paths, "elsewhere"]), st.integers(1, 99), texts), max_size=8)
    return manifest.Outcome(lines, draw(diags), draw(diags))


@given(outcome=outcomes(), in_order=st.booleans())
def test_the_outcome_in_pieces_reads_back_as_itself(outcome: manifest.Outcome, in_order: bool) -> None:
    if in_order:  # as a build reports them: seed order, every diag naming a discussion
        order = {line[0]: number for number, line in enumerate(outcome.discussions)}
        outcome.warnings = sorted((w for w in outcome.warnings if w[0] in order), key=lambda w: order[w[0]])
        outcome.notes = sorted((n for n in outcome.notes if n[0] in order), key=lambda n: order[n[0]])
    out = io.StringIO()
    out.write("ahead ")
    outcome.write_json(out)
    assert out.getvalue().startswith("ahead ")
    text = out.getvalue()[len("ahead ") :]
    assert text.isascii()
    assert manifest.from_json(json.loads(text)) == outcome


def test_a_build_s_manifest_lists_each_seed_once(tmp_path: Path) -> None:
    paths = ["seeds/a.txt", "seeds/b.txt"]
    outcome = manifest.Outcome(
        [(path, path[6], 1, 1, 0, 0) for path in paths],
        [("seeds/b.txt", 3, "odd")],
        [("seeds/a.txt", 1, "chrome"), ("seeds/b.txt", 2, "chrome")],
    )
    out = io.StringIO()
    outcome.write_json(out)
    assert json.loads(out.getvalue()) == outcome.as_json()


def entry(slug: str, feed: bool = False) -> Entry:
    return Entry(
        (1, 2, 3, 4), "digest", slug, slug, 1, 1, 0, (0, 0), "[]", 1, (), NO_NOTES, (0, 0) if feed else None
    )


def test_the_writer_keeps_each_entry_s_stamps_and_tells_a_change_from_the_last_cache(
    tmp_path: Path,
) -> None:
    stamped = [
        ("a.txt", dataclasses.replace(entry("a"), page=(10, 11))),
        ("d.txt", dataclasses.replace(entry("d"), page=(14, 15))),
        ("f.txt", dataclasses.replace(entry("f", feed=True), page=(18, 19), feed=(20, 21))),
    ]
    writer = Writer(str(tmp_path), Reader(None))
    for name, one in stamped:
        writer.add(name, one)
    assert writer.changed() and writer.count == 3  # nothing was cached
    cache = tmp_path / "cache.json"
    writer.save(cache)
    assert writer.saved(cache)
    assert not writer.saved(cache, site={"index.md": (1, 2)})
    writer.close()
    old = Reader(cache)
    try:
        assert old.names() == ["a.txt", "d.txt", "f.txt"]
        found = [old.get(name) for name in old.names()]
        assert [(e.page, e.feed) for e in found if e is not None] == [
            ((10, 11), None),
            ((14, 15), None),
            ((18, 19), (20, 21)),
        ]
        # The same entries again: unchanged; one stamp moved, or one entry fewer: changed.
        for entries, changed in (
            (stamped, False),
            ([*stamped[:2], (stamped[2][0], dataclasses.replace(stamped[2][1], feed=(20, 22)))], True),
            (stamped[:2], True),
        ):
            again = Writer(str(tmp_path), old)
            for name, one in entries:
                again.add(name, one)
            assert again.changed() == changed
            again.close()
    finally:
        old.close()


def test_the_workers_take_tasks_as_they_need_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tasks are not all made (nor all results held) at once: a few chunks ahead at most."""
    monkeypatch.setattr(workers, "_may_fork", lambda workers: workers >= 1)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    seed = tmp_path / "a.txt"
    seed.write_text("Title\n\nText.\n", encoding="utf-8")
    made: list[int] = []

    def tasks() -> Iterator[Task]:
        for number in range(200):
            made.append(number)
            yield Task(str(seed), str(tmp_path / "docs"), None)

    results = workers.process_all(tasks(), 200)
    next(results)
    assert len(made) <= 2 * workers.AHEAD * workers.CHUNK + workers.CHUNK
    assert sum(1 for _ in results) == 199
    assert len(made) == 200


@given(count=st.integers(0, 60), size=st.integers(1, 6), last=st.integers(0, 20))
def test_tasks_go_in_chunks_but_the_last_ones_one_by_one(count: int, size: int, last: int) -> None:
    tasks = [Task(str(number), "docs", None) for number in range(count)]
    chunks = list(workers._chunks(iter(tasks), size, count, last))
    assert [task for chunk in chunks for task in chunk] == tasks
    assert all(1 <= len(chunk) <= size for chunk in chunks)
    # The last ``last`` one each, the others in full chunks but for the one before them.
    ones = [chunk for chunk in chunks if len(chunk) == 1]
    tail = min(count, last)
    assert [task for chunk in chunks[len(chunks) - tail :] for task in chunk] == tasks[count - tail :]
    assert len(ones) >= tail and all(len(chunk) == size for chunk in chunks[: max(0, len(chunks) - tail - 1)])


def test_a_report_read_off_files_compares_with_plain_tuples() -> None:
    built = built_records(None)  # as the build keeps them
    built.append(Built("seeds/a.txt", "a", 2, 1, 4, True))
    report = Report(built, (), (), Records.of(["discussions/a.md"]), ())
    assert report.discussions == (Built("seeds/a.txt", "a", 2, 1, 4, True),)
    assert report.written == ("discussions/a.md",)
    assert report.outcome().pages() == ["discussions/a.md", "discussions/a.xml"]
    assert report.outcome() == manifest.Outcome([("seeds/a.txt", "a", 2, 1, 4, 1)], [], [])


signed = st.integers(-(2**63), 2**63 - 1)


@given(
    stamps=st.lists(
        st.none()
        | st.tuples(st.integers(0, 2**63 - 1))
        | st.tuples(st.integers(0, 2**63 - 1), signed, st.integers(0, 2**64 - 1), signed)
    )
)
def test_stamps_in_an_array_are_the_stamps_a_file_system_gives(stamps: list[tuple[int, ...] | None]) -> None:
    # As os.stat gives them: times before 1970 are negative, an inode is an unsigned 64-bit
    # number (network and FUSE file systems hand out ones past 2**63).
    kept = SeedStamps(stamps)
    assert [kept[index] for index in range(len(stamps))] == stamps


def test_a_stamp_with_an_inode_past_2_63_is_kept() -> None:
    stamp = (10, -5, 2**64 - 1, 7)
    assert SeedStamps([stamp])[0] == stamp


@given(
    name=texts,
    notes=st.lists(st.tuples(st.integers(0, 2**31), texts), max_size=5),
    rows=st.text(st.characters(codec="utf-8", exclude_characters="\t\n"), max_size=60),
    feed=st.booleans(),
)
def test_a_cache_line_made_a_part_at_a_time_is_the_sealed_line_of_its_parts(
    name: str, notes: list[tuple[int, str]], rows: str, feed: bool
) -> None:
    one = dataclasses.replace(entry("a-slug", feed), rows=rows, notes=encoded_notes(notes))
    line = encode_line(name, one)
    head = line.split(b"\t", 1)[0]  # JSON: a tab in the name is escaped
    # As first written: the parts joined by tabs, encoded whole, then sealed.
    assert line == cacheline.sealed(f"{head.decode()}\t{one.notes.text}\t{rows}".encode())
    assert cacheline.intact(line) and cacheline.name_of(line) == name
    assert cacheline.decode_line(line[: -cacheline.SEAL].decode(), "src") == (name, one)
