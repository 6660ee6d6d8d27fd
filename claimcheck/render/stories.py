"""A report of several stories, grouped: each story shown as its own report, the one with the
most serious disagreements first, under a heading that names it. The formats themselves are
unchanged; a report of one story is passed through as it is."""

from __future__ import annotations

from dataclasses import replace

from claimcheck.models import CheckResult, Report, Story
from claimcheck.render.interface import Renderer
from claimcheck.render.view import stories_by_seriousness


def story_reports(report: Report) -> list[tuple[Story, Report]]:
    """Each story's share of the report, the most serious first; what belongs to no one story
    (skipped inputs, the filters' count) goes with the first."""
    out = []
    for n, story in enumerate(stories_by_seriousness(report)):
        own = set(story.sources)
        clusters = tuple(c for c in report.clusters if c.claims[0].source in own)
        out.append((story, replace(
            report, sources=tuple(a for a in report.sources if a.id in own),
            claims=tuple(c for c in report.claims if c.source in own), clusters=clusters,
            discrepancies=tuple(d for d in report.discrepancies
                                if d.values[0].evidence[0].claim.source in own),
            skipped=report.skipped if n == 0 else (), hidden=report.hidden if n == 0 else 0, stories=())))
    return out


def heading(story: Story) -> str:
    sources = len(story.sources)
    label = f": {story.label}" if story.label else ""
    return f"Story {story.id}{label} ({sources} source{'s' if sources != 1 else ''})"


class StoryGrouped(Renderer):
    """Wraps a terminal, Markdown or HTML renderer."""

    def __init__(self, inner: Renderer, kind: str) -> None:
        self.inner = inner
        self.kind = kind

    def render(self, report: Report) -> str:
        if len(report.stories) < 2:
            return self.inner.render(report)
        parts = [(story, self.inner.render(part)) for story, part in story_reports(report)]
        if self.kind == "markdown":
            from claimcheck.render.markdown import escape

            # Each story's report one heading level down, under a heading of its own.
            return f"# claimcheck report: {len(parts)} stories\n\n" + "\n".join(
                f"## {escape(heading(story))}\n\n" + "\n".join(
                    "#" + line if line.startswith("#") else line
                    for line in text.splitlines()[1:]).lstrip("\n") + "\n"
                for story, text in parts)
        if self.kind == "html":
            from claimcheck.render.html import esc, page

            body = [f"<h1>claimcheck report: {len(parts)} stories</h1>"]
            for story, text in parts:
                inner = text.split("<body>\n", 1)[1].rsplit("</body>", 1)[0]
                inner = inner.split("<script>", 1)[0]  # the page's script is added once, below
                body += [f'<section class="story"><h1>{esc(heading(story))}</h1>', inner, "</section>"]
            return page("claimcheck report", body, script=bool(report.discrepancies))
        rule = "═" * 60
        return "".join(f"{rule}\n{heading(story)}\n{rule}\n{text}" for story, text in parts)

    def render_checks(self, results: tuple[CheckResult, ...]) -> str:
        return self.inner.render_checks(results)
