"""The terminal report (the only module that uses rich for reports)."""

from __future__ import annotations

import io
from collections import Counter

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.models import CheckResult, Discrepancy, Report, Severity, Verdict
from claimcheck.render.interface import Renderer
from claimcheck.render.view import (
    Cited,
    cited,
    coverage,
    filter_note,
    ordered,
    source_columns,
    summarize,
    summary_line,
)

SEVERITY_STYLE = {Severity.CONFLICT: "bold red", Severity.REFINEMENT: "yellow", Severity.WORDING: "cyan"}
VERDICT_STYLE = {Verdict.SUPPORTS: "green", Verdict.CONFLICTS: "bold red", Verdict.PARTIAL: "yellow",
                 Verdict.ABSENT: "dim"}
MARK_STYLE = "bold reverse"
MATRIX_MAX_SOURCES = 12
"""Past this many sources a coverage matrix no longer fits 80 columns; a count is shown instead."""
LISTED = 24
"""Past this many sources the summary lists the first few and counts the rest: a story told by
thousands of sources would otherwise open on thousands of lines (every other format lists them all)."""
LISTED_BEHIND = 8
"""Past this many sources behind one value, the first few stand for them, with their count."""
CITED = 6
"""Past this many sentences cited for one value (copies and rewrites of one wire story), one line
stands for each wording, the commonest first, and past ``WORDINGS`` wordings the rest are counted."""
WORDINGS = 2
POINTS = 20
"""How many discrepancies the summary of a crowd of sources names, each with its counts."""
SHOWN_OF_MANY = 3
"""How many sources stand for a list cut short."""


def source_list(sources: tuple[str, ...], limit: int = LISTED_BEHIND) -> str:
    """The sources behind a value: every one, or the first few and how many more."""
    if len(sources) <= limit:
        return ", ".join(sources)
    return f"{len(sources)} sources: " + ", ".join(sources[:SHOWN_OF_MANY]) + \
        f" and {len(sources) - SHOWN_OF_MANY} more"


def highlighted(item: Cited, style: str = MARK_STYLE) -> Text:
    text = Text()
    for segment in item.segments():
        # Without colour a reverse style is invisible, so marked words are bracketed instead.
        text.append(segment.text, style=style if segment.marked else "")
    return text


def plain_marked(item: Cited) -> Text:
    return Text("".join(f"[{s.text}]" if s.marked else s.text for s in item.segments()))


class ConsoleRenderer(Renderer):
    """Everything from the articles goes in as ``Text``, never as a string: rich would read
    "[...]" in a string as markup, and a stray "[/]" would stop the report."""

    def __init__(self, color: bool = False, width: int = 100, coverage: bool = True) -> None:
        self.color = color
        self.width = width
        self.coverage = coverage

    def _console(self) -> tuple[Console, io.StringIO]:
        buffer = io.StringIO()
        console = Console(file=buffer, width=self.width, force_terminal=self.color, no_color=not self.color,
                          color_system="standard" if self.color else None, highlight=False, emoji=False,
                          legacy_windows=False)
        return console, buffer

    def render(self, report: Report) -> str:
        console, buffer = self._console()
        console.print(self._summary(report))
        if not report.discrepancies:
            ending = " that pass the filters." if report.filters else "."
            console.print("No discrepancies found between the sources" + ending)
        for d in ordered(report.discrepancies):
            console.print(self._discrepancy(d))
        if self.coverage:
            console.print(self._coverage(report))
        return buffer.getvalue()

    def _summary(self, report: Report) -> Panel:
        summary = summarize(report)
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        grid.add_row("Sources", str(summary.sources))
        grid.add_row("Claims", str(summary.claims))
        grid.add_row("Clusters", f"{summary.clusters} statements made by two or more sources")
        grid.add_row("Discrepancies", summary_line(summary))
        if len(report.sources) > LISTED and report.discrepancies:
            # With a crowd of sources, what each point's sources say is the report in brief.
            shown = ordered(report.discrepancies)[:POINTS]
            points = Text("\n".join(f"{d.id} {d.kind.value}: {d.explanation}" for d in shown))
            if len(report.discrepancies) > len(shown):
                points.append(f"\n… and {len(report.discrepancies) - len(shown)} more below")
            grid.add_row("Points", points)
        note = filter_note(report)
        if note:
            grid.add_row("Filters", Text(note))
        if report.skipped:
            grid.add_row("Skipped", Text(f"{len(report.skipped)} input(s): " + "; ".join(
                f"{s.path}: {s.reason}" for s in report.skipped)))
        sources = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1), show_edge=False)
        sources.add_column("#", justify="right", no_wrap=True)
        sources.add_column("Source", no_wrap=True, overflow="fold")
        columns = [(name, values) for name, values in source_columns(report) if name in ("Outlet", "Title")]
        for name, _ in columns:
            sources.add_column(name, ratio=2 if name == "Title" else 1, overflow="fold")
        listed = report.sources if len(report.sources) <= LISTED else report.sources[:LISTED_BEHIND]
        for n, a in enumerate(listed, start=1):
            sources.add_row(str(n), Text(a.id), *(Text(values[n - 1]) for _, values in columns))
        if len(listed) < len(report.sources):
            sources.add_row("…", Text(f"and {len(report.sources) - len(listed)} more, to "
                                      f"{report.sources[-1].id}"), *(Text("") for _ in columns))
        return Panel(Group(grid, Text(""), sources), title="claimcheck compare", title_align="left")

    def _discrepancy(self, d: Discrepancy) -> Panel:
        values = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
        values.add_column("Value", ratio=1)
        values.add_column("Sources", ratio=2)
        for group in d.values:
            values.add_row(Text(group.value, style="bold"), Text(source_list(group.sources)))
        sentences: list = []
        for n, items in enumerate(_by_group(cited(d), len(d.values))):
            sentences.append(Text.assemble(("▸ ", "dim"), (d.values[n].value, "bold")))
            for sources, item in _alike(items):
                line = Text.assemble((sources, "bold"), ": ")
                line.append_text(highlighted(item) if self.color else plain_marked(item))
                sentences.append(Padding(line, (0, 0, 0, 2)))
        style = SEVERITY_STYLE[d.severity]
        title = Text.assemble((f"{d.id} ", "bold"), (d.kind.value, "bold"), " · ", (d.severity.value, style),
                              f" · {d.confidence:.2f}")
        return Panel(Group(Text(d.explanation, style="italic"), values, Text(""), *sentences),
                     title=title, title_align="left", border_style=style)

    def _coverage(self, report: Report) -> Panel:
        cov = coverage(report)
        index = {s: n for n, s in enumerate(cov.sources, start=1)}
        matrix = len(cov.sources) <= MATRIX_MAX_SOURCES
        table = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1), show_edge=False)
        table.add_column("Cluster", no_wrap=True)
        if matrix:
            for n in index.values():
                table.add_column(str(n), justify="center", no_wrap=True, width=len(str(n)))
        else:
            table.add_column("Sources", justify="right", no_wrap=True)
        table.add_column("Statement (first source's words)", no_wrap=True, overflow="ellipsis", ratio=1)
        for row in cov.rows:
            marks = ([("●" if s in row.sources else "·") for s in cov.sources] if matrix
                     else [f"{len(row.sources)}/{len(cov.sources)}"])
            table.add_row(Text(row.cluster_id), *marks, Text(row.text))
        unique = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1), show_edge=False)
        unique.add_column("#", justify="right", no_wrap=True)
        unique.add_column("Said by one source only", no_wrap=True, overflow="ellipsis", ratio=1)
        for claim in cov.unique:
            unique.add_row(str(index.get(claim.source, "?")), Text(claim.text))
        parts: list = [Text("Which sources (numbered as in the summary) carry each clustered statement.",
                            style="italic"), table]
        if cov.unique:
            parts += [Text(""), unique]
        title = f"coverage · {len(cov.rows)} shared, {len(cov.unique)} single-source"
        return Panel(Group(*parts), title=title, title_align="left")

    def render_checks(self, results: tuple[CheckResult, ...]) -> str:
        """One table per claim; for several claims (a watchlist), first a summary of
        claims x sources, then the table of each claim."""
        console, buffer = self._console()
        if len(results) > 1:
            console.print(self._check_summary(results))
        for result in results:
            console.print(self._check_table(result))
        return buffer.getvalue()

    def _check_summary(self, results: tuple[CheckResult, ...]) -> Table:
        sources = list(dict.fromkeys(v.source for r in results for v in r.verdicts))
        table = Table(title="claimcheck check: claims x sources", title_justify="left", expand=True)
        table.add_column("Claim", ratio=3)
        for source in sources:
            table.add_column(Text(source), ratio=1, overflow="fold")
        for r in results:
            by_source = {v.source: v.verdict for v in r.verdicts}
            cells = [Text(by_source[s].value, style=VERDICT_STYLE[by_source[s]])
                     if s in by_source else Text("") for s in sources]
            table.add_row(Text(r.id or r.claim, style="bold") if r.id else Text(r.claim), *cells)
        counts = Counter(v.verdict for r in results for v in r.verdicts)
        table.caption = ", ".join(f"{counts[v]} {v.value}" for v in Verdict if counts[v])
        return table

    def _check_table(self, result: CheckResult) -> Table:
        title = f"{result.id}: {result.claim}" if result.id else f"Claim: {result.claim}"
        table = Table(title=Text(title), title_justify="left", expand=True, show_lines=True)
        table.add_column("Source", no_wrap=True)
        table.add_column("Verdict", no_wrap=True)
        table.add_column("Score", justify="right", no_wrap=True)
        table.add_column("Evidence", ratio=3)
        table.add_column("Why", ratio=2)
        for v in result.verdicts:
            why = Text(v.explanation)
            if v.differing:
                why.append("\ndiffers: " + "; ".join(v.differing), style="red")
            elif v.agreeing:
                why.append("\nagrees: " + ", ".join(v.agreeing), style="green")
            table.add_row(Text(v.source), Text(v.verdict.value, style=VERDICT_STYLE[v.verdict]),
                          f"{v.score:.0f}", Text(v.evidence.text) if v.evidence else "—", why)
        return table


def _by_group(items: list[Cited], groups: int) -> list[list[Cited]]:
    out: list[list[Cited]] = [[] for _ in range(groups)]
    for item in items:
        out[item.group].append(item)
    return out


def _alike(items: list[Cited]) -> list[tuple[str, Cited]]:
    """The sentences cited for one value, each after its sources. Past ``CITED`` sentences
    (copies and rewrites of one wire story), one line stands for each wording, and past
    ``WORDINGS`` wordings the rest are counted: the report of thousands of sources stays a
    few screens long."""
    if len(items) <= CITED:
        return [(item.source, item) for item in items]
    wordings: dict[tuple, tuple[list[str], Cited]] = {}
    for item in items:
        wordings.setdefault((item.claim.text, item.spans), ([], item))[0].append(item.source)
    ranked = sorted(wordings.values(), key=lambda w: -len(w[0]))
    out = [(_first_and_more(sources), item) for sources, item in ranked[:WORDINGS]]
    rest = ranked[WORDINGS:]
    if rest:
        others = sum(len(sources) for sources, _ in rest)
        noun = "wording" if len(rest) == 1 else "wordings"
        out.append((f"{len(rest)} other {noun} from {others} source{'s' if others != 1 else ''}, "
                    f"such as {rest[0][0][0]}", rest[0][1]))
    return out


def _first_and_more(sources: list[str]) -> str:
    return sources[0] + (f" and {len(sources) - 1} more" if len(sources) > 1 else "")
