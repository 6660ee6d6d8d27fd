"""The progress bar stays away from small quick runs and appears for big or slow ones."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from claimcheck.render.progress import MANY_FILES, SLOW_SECONDS, ProgressBar


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


CASES = [
    # (sources, seconds elapsed before the first report, bar shown)
    (3, 0.0, False),
    (3, SLOW_SECONDS - 0.01, False),
    (3, SLOW_SECONDS, True),
    (MANY_FILES, 0.0, False),
    (MANY_FILES + 1, 0.0, True),
]


@pytest.mark.parametrize("sources, elapsed, shown", CASES)
def test_when_the_bar_shows(sources, elapsed, shown):
    clock = Clock()
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=80)
    with ProgressBar(sources, console=console, clock=clock) as bar:
        clock.now = elapsed
        bar("reading", 1, sources)
        bar("matching", 0, 1)
        assert bar.shown is shown
    assert bool(buffer.getvalue()) is shown
