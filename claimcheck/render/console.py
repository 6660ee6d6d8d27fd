"""The terminal report (the only module that uses rich for reports)."""

from __future__ import annotations

import io
from collections import Counter

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.models import CheckResult, Discrepancy, Evidence, Report, Severity, Verdict
from claimcheck.render.interface import Renderer

SEVERITY_STYLE = {Severity.CONFLICT: "bold red", Severity.REFINEMENT: "yellow", Severity.WORDING: "cyan"}
VERDICT_STYLE = {Verdict.SUPPORTS: "green", Verdict.CONFLICTS: "bold red", Verdict.PARTIAL: "yellow",
                 Verdict.ABSENT: "dim"}


def highlighted(evidence: Evidence, style: str = "bold reverse") -> Text:
    text = Text(evidence.claim.text)
    if evidence.end > evidence.start:
        text.stylize(style, evidence.start, evidence.end)
    return text


def ordered(discrepancies: tuple[Discrepancy, ...]) -> list[Discrepancy]:
    """Most severe first, then those involving the most sources."""
    return sorted(discrepancies, key=lambda d: (d.severity.rank, -sum(len(g.sources) for g in d.values),
                                                int(d.id.lstrip("d") or 0)))


class ConsoleRenderer(Renderer):
    def __init__(self, color: bool = False, width: int = 100) -> None:
        self.color = color
        self.width = width

    def _console(self) -> tuple[Console, io.StringIO]:
        buffer = io.StringIO()
        console = Console(file=buffer, width=self.width, force_terminal=self.color, no_color=not self.color,
                          color_system="standard" if self.color else None, highlight=False, emoji=False)
        return console, buffer

    def render(self, report: Report) -> str:
        console, buffer = self._console()
        console.print(self._summary(report))
        if not report.discrepancies:
            console.print("No discrepancies found between the sources.")
        for d in ordered(report.discrepancies):
            console.print(self._discrepancy(d))
        return buffer.getvalue()

    def _summary(self, report: Report) -> Panel:
        by_kind = Counter(d.kind.value for d in report.discrepancies)
        by_severity = Counter(d.severity for d in report.discrepancies)
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        grid.add_row("Sources", ", ".join(
            f"{a.id}" + (f" ({a.outlet})" if a.outlet else "") for a in report.sources))
        grid.add_row("Claims", str(len(report.claims)))
        grid.add_row("Clusters", f"{len(report.clusters)} statements made by two or more sources")
        severity = ", ".join(f"{by_severity[s]} {s.value}" for s in Severity if by_severity[s])
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0])))
        grid.add_row("Discrepancies", f"{len(report.discrepancies)}" + (f" ({severity}; {kinds})" if kinds else ""))
        if report.skipped:
            grid.add_row("Skipped", f"{len(report.skipped)} input(s): " + "; ".join(
                f"{s.path}: {s.reason}" for s in report.skipped))
        return Panel(grid, title="claimcheck compare", title_align="left")

    def _discrepancy(self, d: Discrepancy) -> Panel:
        values = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
        values.add_column("Value", ratio=1)
        values.add_column("Sources", ratio=2)
        for group in d.values:
            values.add_row(Text(group.value, style="bold"), ", ".join(group.sources))
        sentences = []
        for group in d.values:
            for evidence in group.evidence:
                line = Text.assemble((f"{evidence.claim.source}", "bold"), (f" [{group.value}] ", "dim"))
                line.append_text(highlighted(evidence))
                sentences.append(line)
        style = SEVERITY_STYLE[d.severity]
        title = Text.assemble((f"{d.id} ", "bold"), (d.kind.value, "bold"), " · ", (d.severity.value, style))
        return Panel(Group(Text(d.explanation, style="italic"), values, Text(""), *sentences),
                     title=title, title_align="left", border_style=style)

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
            table.add_column(source, ratio=1, overflow="fold")
        for r in results:
            by_source = {v.source: v.verdict for v in r.verdicts}
            cells = [Text(by_source[s].value, style=VERDICT_STYLE[by_source[s]]) if s in by_source else Text("")
                     for s in sources]
            table.add_row(Text(r.id or r.claim, style="bold") if r.id else r.claim, *cells)
        counts = Counter(v.verdict for r in results for v in r.verdicts)
        table.caption = ", ".join(f"{counts[v]} {v.value}" for v in Verdict if counts[v])
        return table

    def _check_table(self, result: CheckResult) -> Table:
        title = f"{result.id}: {result.claim}" if result.id else f"Claim: {result.claim}"
        table = Table(title=title, title_justify="left", expand=True, show_lines=True)
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
            table.add_row(v.source, Text(v.verdict.value, style=VERDICT_STYLE[v.verdict]), f"{v.score:.0f}",
                          v.evidence.text if v.evidence else "—", why)
        return table
