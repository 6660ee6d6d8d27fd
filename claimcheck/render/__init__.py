"""Output formats, one module each, all fed the same report object."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import assert_never

from claimcheck.render.interface import Renderer
from claimcheck.render.stories import StoryGrouped


class OutputFormat(str, Enum):
    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"
    HTML = "html"

    @classmethod
    def from_path(cls, path: str | Path) -> OutputFormat | None:
        """The format a file name asks for by its extension, if any."""
        suffix = Path(path).suffix.lower().lstrip(".")
        return {"json": cls.JSON, "md": cls.MARKDOWN, "markdown": cls.MARKDOWN, "csv": cls.CSV,
                "html": cls.HTML, "htm": cls.HTML, "txt": cls.TERMINAL}.get(suffix)


def renderer_for(fmt: OutputFormat, *, color: bool = False, width: int = 100) -> Renderer:
    if fmt is OutputFormat.TERMINAL:
        from claimcheck.render.console import ConsoleRenderer

        return StoryGrouped(ConsoleRenderer(color=color, width=width), "terminal")
    if fmt is OutputFormat.JSON:
        from claimcheck.render.json import JsonRenderer

        return JsonRenderer()
    if fmt is OutputFormat.MARKDOWN:
        from claimcheck.render.markdown import MarkdownRenderer

        return StoryGrouped(MarkdownRenderer(), "markdown")
    if fmt is OutputFormat.CSV:
        from claimcheck.render.tabular import CsvRenderer

        return CsvRenderer()
    if fmt is OutputFormat.HTML:
        from claimcheck.render.html import HtmlRenderer

        return StoryGrouped(HtmlRenderer(), "html")
    assert_never(fmt)


__all__ = ["OutputFormat", "Renderer", "renderer_for"]
