"""MkDocs hook (``hooks:`` in mkdocs.yml): regenerate the pages from ``seeds/`` before each build.

A thin adapter over :func:`generator.site.build`; it only finds the folders and reports.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from generator.site import BuildError, build

log = logging.getLogger("mkdocs.hooks.generator")


def on_config(config: Any) -> Any:
    """Refuse directory URLs: the generated pages link to ``….html`` so the site also reads from disk."""
    if config.use_directory_urls:
        raise PluginError("generator: set 'use_directory_urls: false' in mkdocs.yml")
    return config


def on_pre_build(config: Any) -> None:
    """Parse every seed and write the pages whose content changed; a rejected seed stops the build."""
    root = Path(config.config_file_path).parent
    try:
        report = build(root / "seeds", Path(config.docs_dir))
    except BuildError as error:
        raise PluginError(f"generator: seeds rejected:\n{error}") from None
    for note in report.notes:
        log.debug(str(note))
    for warning in report.warnings:
        # INFO, not WARNING: an odd but readable seed must not fail `mkdocs build --strict`;
        # `python -m generator check --strict` is the gate for those.
        log.info("seed warning: %s", warning)
    log.info(
        "generator: %d discussions, %d pages written, %d removed",
        len(report.summaries),
        len(report.written),
        len(report.removed),
    )
