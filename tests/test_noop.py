"""The no-op build (:mod:`generator.build.manifest`): same output as a build, nothing written, and any
change to what the pages depend on falls back to the normal build."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks.corpus import write_corpus
from generator.build import cacheline, manifest, stamps
from generator.build.manifest import CACHE_FILE
from generator.build.site import build
from generator.model import THREAD_RISK
from generator.pages.paths import PAGE_DIR, PAGES, page_path
from generator.publish import fastpages, hook
from tests import sitebuild
from tests.conftest import SEEDS
from tests.sitebuild import ENV, snapshot

ODD_SEED = (
    "Pages Menu\nTitle of a page\nPosted on Aug 27, 2008 in Category\n\nArticle text.\n\n"
    "  1. Ann says:\n\n    Hello.\n\n  3. Bob says:\n\n    Hi.\n"
)
"""A seed the build warns about (twice) and notes chrome in."""

OLD = 1_000_000_000 * 10**9
"""A modification time long past (2001): a seed written by the test just now would be too
recent for the manifest to trust (see ``RACY_NS``)."""


def age(folder: Path, mtime_ns: int) -> None:
    """:func:`tests.sitebuild.age`, then wait out ``RACY_NS``: setting the time is a change
    (of the change time), and a seed changed just before a build is not trusted."""
    sitebuild.age(folder, mtime_ns)
    time.sleep(stamps.RACY_NS / 1e9 * 1.5)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with ``seeds/`` (the repository's, six synthetic ones and an odd one, all old)."""
    seeds = tmp_path / "project" / "seeds"
    shutil.copytree(SEEDS, seeds)
    write_corpus(seeds, 6, seed=5)
    (seeds / "odd.txt").write_text(ODD_SEED, encoding="utf-8")
    age(seeds, OLD)
    return tmp_path / "project"


def generate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator build ARGS`` in ``project``, telling which modules it imported."""
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "generator", *(args or ("build",))],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def report(result: subprocess.CompletedProcess[str]) -> tuple[int, str, str]:
    """Exit status, standard output and standard error without the import timings."""
    errors = "".join(line for line in result.stderr.splitlines(True) if not line.startswith("import time:"))
    return result.returncode, result.stdout, errors


def fast(result: subprocess.CompletedProcess[str]) -> bool:
    """Whether the run took the no-op path (it never loads the build)."""
    return "generator.build.manifest" in result.stderr and "generator.build.site" not in result.stderr


def without_seconds(output: tuple[int, str, str]) -> tuple[int, str, str]:
    """A report with the summary's time taken out (``… in 0.3 s``)."""
    status, out, errors = output
    return status, re.sub(r" in \d+\.\d s\n", " in N s\n", out), errors


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("verbose", [False, True])
def test_a_no_op_prints_what_a_build_prints_and_writes_nothing(
    project: Path, strict: bool, verbose: bool
) -> None:
    args = ("build", *(("--strict",) if strict else ()), *(("--verbose",) if verbose else ()))
    first = generate(project, *args)
    assert not fast(first)
    status, out, errors = without_seconds(report(first))
    assert status == (1 if strict else 0)
    assert "warning: comment 3 follows comment 1" in errors
    # Page chrome is normal: listed only with --verbose.
    assert ("note: page chrome" in errors) == verbose
    before = snapshot(project)
    again = generate(project, *args)
    assert fast(again), again.stderr
    assert snapshot(project) == before
    # The first build's report, but that a no-op writes nothing.
    assert re.search(r"; \d+ pages written, 0 removed in N s\n$", out), out
    nothing = re.sub(r"; \d+ pages written, 0 removed in N s\n$", "; nothing changed in N s\n", out)
    assert without_seconds(report(again)) == (status, nothing, errors)
    # And what the build itself prints when it has nothing to write.
    (project / CACHE_FILE).unlink()
    normal = generate(project, *args)
    assert not fast(normal)
    assert without_seconds(report(normal)) == (
        status,
        nothing.replace("nothing changed", "0 pages written, 0 removed"),
        errors,
    )
    assert snapshot(project / "docs") == {
        k.removeprefix("docs/"): v for k, v in before.items() if k.startswith("docs/")
    }
    assert fast(generate(project, *args))


NO_OP_MODULES = {
    "generator",
    "generator.build",
    "generator.build.manifest",
    "generator.build.stamps",
    "generator.errors",
    "generator.pages",
    "generator.pages.paths",
    "generator.pages.split",
    "generator.pages.words",
    "generator.read",
    "generator.read.suffixes",
}
"""Every module of the generator that a no-op build loads (``__main__`` is run, not imported)."""


def test_a_no_op_loads_only_the_manifest_and_what_it_needs(project: Path) -> None:
    assert generate(project).returncode == 0
    again = generate(project)
    assert fast(again)
    loaded = {
        line.split("|")[-1].strip() for line in again.stderr.splitlines() if line.startswith("import time:")
    }
    assert {name for name in loaded if name.split(".")[0] == "generator"} == NO_OP_MODULES
    assert {"tqdm", "rich"}.isdisjoint(loaded)


def test_check_never_takes_the_no_op_path(project: Path) -> None:
    assert generate(project).returncode == 0
    assert fast(generate(project))
    assert not fast(generate(project, "check"))


def test_the_manifest_holds_the_outcome_of_the_build(project: Path) -> None:
    docs = project / "docs"
    result = build(project / "seeds", docs)
    assert manifest.unchanged(project / "seeds", docs) == result.outcome()
    assert manifest.PAGE_DIR == PAGE_DIR
    assert result.outcome().pages() == [page_path(s.slug) for s in result.discussions]
    assert manifest.seed_names(project / "seeds") == [
        p.name for p in sorted((project / "seeds").glob("*.txt"))
    ]


def _rename(project: Path) -> None:
    (project / "seeds" / "odd.txt").rename(project / "seeds" / "odd2.txt")


def _same_size_edit(project: Path) -> None:
    # Same size and, restored, the same modification time: the change time still shows it.
    seed = project / "seeds" / "odd.txt"
    seed.write_text(ODD_SEED.replace("Hello.", "Howdy."), encoding="utf-8")
    os.utime(seed, ns=(OLD, OLD))


def _touch(project: Path) -> None:
    os.utime(project / "seeds" / "odd.txt", ns=(OLD + 10**9, OLD + 10**9))


def _add(project: Path) -> None:
    (project / "seeds" / "new.txt").write_text(ODD_SEED.replace("Hello.", "New."), encoding="utf-8")


def _remove(project: Path) -> None:
    (project / "seeds" / "odd.txt").unlink()


def _not_a_seed(project: Path) -> None:
    (project / "seeds" / "README").write_text("not a seed", encoding="utf-8")


def _edit_page(project: Path) -> None:
    page = next((project / "docs" / PAGE_DIR).glob("*.md"))
    page.write_bytes(page.read_bytes().replace(b"<", b">", 1))  # the same size


def _delete_page(project: Path) -> None:
    next((project / "docs" / PAGE_DIR).glob("*.md")).unlink()


def _extra_page(project: Path) -> None:
    (project / "docs" / PAGE_DIR / "stray.md").write_text("# stray\n", encoding="utf-8")


def _edit_site_page(project: Path) -> None:
    (project / "docs" / "participants.md").write_text("edited by hand\n", encoding="utf-8")


def _delete_site_page(project: Path) -> None:
    (project / "docs" / "timeline.md").unlink()


def _corrupt_manifest(project: Path) -> None:
    cache = project / CACHE_FILE
    current = f'"format": {manifest.FORMAT}'.encode()
    cache.write_bytes(cache.read_bytes().replace(current, b'"format": 0', 1))


CHANGES: dict[str, Callable[[Path], None]] = {
    "seed renamed": _rename,
    "seed edited, same size and time": _same_size_edit,
    "seed touched": _touch,
    "seed added": _add,
    "seed removed": _remove,
    "page edited by hand": _edit_page,
    "page deleted": _delete_page,
    "page added to discussions/": _extra_page,
    "site page edited": _edit_site_page,
    "site page deleted": _delete_site_page,
    "manifest unreadable": _corrupt_manifest,
}


def _other_code(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The generator's sources as if edited: a copy of the package stands in for it.
    copy = project.parent / "generator"
    shutil.copytree(stamps.package_folder(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(stamps, "__file__", str(copy / "build" / "stamps.py"))


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_any_change_falls_back_to_the_build(project: Path, change: str, tmp_path: Path) -> None:
    seeds, docs = project / "seeds", project / "docs"
    build(seeds, docs)
    assert manifest.unchanged(seeds, docs) is not None
    CHANGES[change](project)
    assert manifest.unchanged(seeds, docs) is None
    age(seeds, OLD + 2 * 10**9)  # a seed written just now would not be trusted (tested below)
    report = build(seeds, docs)
    # That build wrote what a build from scratch writes, and recorded what it reported.
    fresh = tmp_path / "fresh"
    build(seeds, fresh / "docs")
    assert {k: v for k, (v, _) in snapshot(docs).items()} == {
        k: v for k, (v, _) in snapshot(fresh / "docs").items()
    }
    assert manifest.unchanged(seeds, docs) == report.outcome()


def test_a_code_change_falls_back_to_the_build(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, docs = project / "seeds", project / "docs"
    _other_code(project, monkeypatch)
    build(seeds, docs)
    assert manifest.unchanged(seeds, docs) is not None
    source = project.parent / "generator" / "pages" / "discussion.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert manifest.unchanged(seeds, docs) is None


def test_a_reinstalled_page_dependency_falls_back_to_the_build(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stand-in for python-dateutil: upgrading a package writes its files anew.
    package = tmp_path / "site-packages" / "standin"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("VERSION = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(package.parent))
    monkeypatch.setattr(manifest, "PAGE_DEPENDENCIES", (("standin", "standin"),))
    seeds, docs = project / "seeds", project / "docs"
    build(seeds, docs)
    assert manifest.unchanged(seeds, docs) is not None
    upgraded = package / "__init__.py.new"
    upgraded.write_text("VERSION = 2\n", encoding="utf-8")
    upgraded.replace(package / "__init__.py")
    assert manifest.unchanged(seeds, docs) is None


def test_the_cache_version_follows_the_page_dependencies(monkeypatch: pytest.MonkeyPatch) -> None:
    versions = {distribution: "1.0.0" for _, distribution in stamps.PAGE_DEPENDENCIES}
    monkeypatch.setattr(cacheline, "dependency_version", versions.__getitem__)
    try:
        for distribution in versions:
            cacheline.code_version.cache_clear()
            before = cacheline.code_version()
            versions[distribution] = "1.0.1"
            cacheline.code_version.cache_clear()
            assert cacheline.code_version() != before, distribution
    finally:
        cacheline.code_version.cache_clear()


def test_dependency_versions_are_read_from_the_installed_packages() -> None:
    pins = dict(
        line.split("==", 1)
        for line in (Path(__file__).parents[1] / "requirements.txt").read_text(encoding="utf-8").split()
        if "==" in line
    )
    for _, distribution in stamps.PAGE_DEPENDENCIES:
        assert cacheline.dependency_version(distribution) == pins[distribution]
    assert cacheline.dependency_version("no-such-distribution-here") == "missing"


def test_dependency_versions_are_those_importlib_metadata_reads() -> None:
    # Read off the dist-info folders' names, for every installed distribution alike.
    from importlib import metadata

    names = {distribution.metadata["Name"] for distribution in metadata.distributions()}
    assert len(names) > 20
    for name in sorted(names):
        assert cacheline.dependency_version(name) == metadata.version(name), name


def test_a_distribution_installed_as_an_egg_is_read_by_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = tmp_path / "later"
    (later / "stand_in-9.0.dist-info").mkdir(parents=True)
    monkeypatch.syspath_prepend(str(later))
    assert cacheline.dependency_version("Stand.In") == "9.0"
    # An egg earlier on the path is the one importlib.metadata finds, and so the version.
    earlier = tmp_path / "earlier"
    (earlier / "Stand_In.egg-info").mkdir(parents=True)
    metadata = "Metadata-Version: 2.1\nName: stand-in\nVersion: 3.1.4\n"
    (earlier / "Stand_In.egg-info" / "PKG-INFO").write_text(metadata, encoding="utf-8")
    monkeypatch.syspath_prepend(str(earlier))
    assert cacheline.dependency_version("stand-in") == "3.1.4"


def test_other_folders_are_not_the_same_build(project: Path) -> None:
    seeds, docs = project / "seeds", project / "docs"
    build(seeds, docs)
    assert manifest.unchanged(seeds, docs) is not None
    # Another docs folder beside this one shares the cache file, not the pages.
    assert manifest.unchanged(seeds, project / "other") is None
    # The same seeds named another way print other paths.
    assert manifest.unchanged(project / "." / ".." / "project" / "seeds", docs) is None
    copy = project.parent / "copy"
    shutil.copytree(seeds, copy, copy_function=shutil.copy2)
    assert manifest.unchanged(copy, docs) is None


def test_a_seed_written_just_before_the_build_is_not_trusted(project: Path) -> None:
    seeds, docs = project / "seeds", project / "docs"
    (seeds / "odd.txt").write_text(ODD_SEED.replace("Hello.", "Howdy."), encoding="utf-8")
    build(seeds, docs)
    assert manifest.unchanged(seeds, docs) is None
    # The next build finds it old enough.
    age(seeds, OLD)
    report = build(seeds, docs)
    assert manifest.unchanged(seeds, docs) == report.outcome()


def test_a_symlinked_seed_is_always_checked_afresh(project: Path) -> None:
    seeds, docs = project / "seeds", project / "docs"
    (seeds / "odd.txt").rename(seeds / "odd.seed")
    (seeds / "odd.txt").symlink_to("odd.seed")
    report = build(seeds, docs)
    assert "seeds/odd.txt" in report.outcome().discussions[-1][0]
    assert manifest.unchanged(seeds, docs) is None


def test_a_file_that_is_not_a_seed_is_no_change(project: Path) -> None:
    seeds, docs = project / "seeds", project / "docs"
    build(seeds, docs)
    _not_a_seed(project)
    assert manifest.unchanged(seeds, docs) is not None


def test_the_hook_reports_the_same_on_a_no_op(
    project: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = SimpleNamespace(
        config_file_path=str(project / "mkdocs.yml"), docs_dir=str(project / "docs"), extra={}
    )

    def pre_build() -> tuple[list[tuple[int, str]], set[str]]:
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="mkdocs.hooks.generator"):
            hook.on_pre_build(config)
        return [(r.levelno, r.getMessage()) for r in caplog.records], set(hook._generated)

    first, pages = pre_build()
    discussions = len(list((project / "seeds").glob("*.txt")))
    assert first[-1] == (
        logging.INFO,
        f"generator: {discussions} discussions, {discussions + len(PAGES)} pages written, 0 removed",
    )
    # What may make the thread wrong is a WARNING (make site's --strict stops on it), the same
    # on a no-op; what is merely odd stays INFO.
    risky = f"seed warning: {project}/seeds/odd.txt:11: comment 3 follows comment 1{THREAD_RISK}"
    assert (logging.WARNING, risky) in first

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("a no-op must not build")

    monkeypatch.setattr("generator.build.site.build", no_build)
    again, pages_again = pre_build()
    assert again == [
        *first[:-1],
        (logging.INFO, f"generator: {discussions} discussions, 0 pages written, 0 removed"),
    ]
    assert (
        pages_again
        == pages
        == {p.relative_to(project / "docs").as_posix() for p in (project / "docs").glob("discussions/*.md")}
    )
    # The raw site-wide pages take the shortcut by rule (their sub-pages too, when they split).
    assert all(fastpages.site_page_kind(page) == fastpages.RAW for page in fastpages.RAW_SITE_PAGES)
