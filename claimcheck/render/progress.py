"""A progress bar on stderr for long runs, fed by the ``progress(stage, done, total)`` callback."""

from __future__ import annotations

import time
from types import TracebackType
from typing import Self

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

MANY_FILES = 20
"""Runs over this many sources show the bar from the start."""
SLOW_SECONDS = 1.0
"""Smaller runs show it only once they have taken this long, so quick runs stay quiet."""


class ProgressBar:
    """Call it as the progress callback; draws nothing until the run is big or slow enough.

    Use as a context manager so the bar is cleared before the report is printed.
    """

    def __init__(self, sources: int, console: Console | None = None, clock=time.monotonic) -> None:
        self._clock = clock
        self._started = clock()
        self._eager = sources > MANY_FILES
        self._console = console or Console(stderr=True)
        self._progress: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._progress is None:
            if not (self._eager or self._clock() - self._started >= SLOW_SECONDS):
                return
            self._progress = Progress(TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), console=self._console, transient=True)
            self._progress.start()
        if stage not in self._tasks:
            self._tasks[stage] = self._progress.add_task(stage, total=total)
        self._progress.update(self._tasks[stage], completed=done, total=total)

    @property
    def shown(self) -> bool:
        return self._progress is not None
