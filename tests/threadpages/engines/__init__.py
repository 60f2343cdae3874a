"""One module per comment engine or theme; each has ``ENGINE`` (:class:`EngineInfo`) and "
"``render(page)``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests.threadpages.engines import (
    astra,
    blogger,
    discourse_crawler,
    generatepress,
    genesis,
    hackernews,
    news_site,
    phpbb,
    reddit_old,
    wordpress_block,
    wordpress_classic,
    wordpress_com,
)
from tests.threadpages.spec import EngineInfo, Page


@dataclass(frozen=True)
class Engine:
    """An engine's limits and its renderer."""

    info: EngineInfo
    render: Callable[[Page], str]


REGISTRY: dict[str, Engine] = {
    module.ENGINE.name: Engine(module.ENGINE, module.render)
    for module in (
        wordpress_classic,
        wordpress_block,
        genesis,
        generatepress,
        astra,
        wordpress_com,
        news_site,
        blogger,
        discourse_crawler,
        phpbb,
        reddit_old,
        hackernews,
    )
}
