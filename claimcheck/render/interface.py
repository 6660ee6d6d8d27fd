"""The one interface every output format implements."""

from __future__ import annotations

from abc import ABC, abstractmethod

from claimcheck.models import CheckResult, Report


class Renderer(ABC):
    """Turns a report into text. Renderers never print: the caller decides where text goes."""

    @abstractmethod
    def render(self, report: Report) -> str:
        """The whole compare report in this format."""

    @abstractmethod
    def render_checks(self, results: tuple[CheckResult, ...]) -> str:
        """Results of ``check`` (one claim or a watchlist) in this format."""
