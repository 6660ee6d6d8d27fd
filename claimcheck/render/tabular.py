"""CSV: one row per cited sentence of a discrepancy, with fixed columns, for spreadsheets.

Named ``tabular`` rather than ``csv`` so that ``import csv`` inside the package keeps
meaning the standard library.
"""

from __future__ import annotations

import csv
import io

from claimcheck.models import CheckResult, Report
from claimcheck.render.interface import Renderer
from claimcheck.render.view import cited, ordered

REPORT_COLUMNS = (
    "discrepancy", "kind", "severity", "cluster", "explanation", "value", "source", "outlet", "title",
    "claim_index", "claim_start", "claim_end", "span_start", "span_end", "span", "highlighted", "sentence",
    "confidence", "story",
)
"""Stable: new columns are only ever appended. ``story`` is empty in a report of one story."""
CHECK_COLUMNS = ("check", "claim", "source", "verdict", "score", "explanation", "agreeing", "differing",
                 "evidence_index", "evidence")

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection,
# OWASP): = + - @, a tab or a carriage return, their full-width forms (which a spreadsheet in an
# East Asian locale reads as the plain ones), and any of them after spaces or line breaks
# (which an import may trim). A leading apostrophe makes the cell show as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_TRIMMED = " \n\u00a0\u3000"


def cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.lstrip(_TRIMMED).startswith(_FORMULA_START) else text


def _write(columns: tuple[str, ...], rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    # Excel and LibreOffice both read RFC 4180 quoting; CRLF line ends are what that RFC names.
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([[cell(v) for v in row] for row in rows])
    return buffer.getvalue()


class CsvRenderer(Renderer):
    def render(self, report: Report) -> str:
        meta = {a.id: a for a in report.sources}
        story_of = ({source: story.id for story in report.stories for source in story.sources}
                    if len(report.stories) > 1 else {})
        rows: list[list[object]] = []
        for d in ordered(report.discrepancies):
            for item in cited(d):
                article = meta.get(item.source)
                e = item.evidence
                rows.append([
                    d.id, d.kind.value, d.severity.value, d.cluster_id, d.explanation,
                    item.value, item.source,
                    article.outlet if article else "", article.title if article else "",
                    e.claim.index, e.claim.start, e.claim.end, e.start, e.end, e.span_text,
                    " | ".join(item.claim.text[s:t] for s, t in item.spans), e.claim.text,
                    f"{d.confidence:.2f}",
                    story_of.get(d.values[0].evidence[0].claim.source, ""),
                ])
        return _write(REPORT_COLUMNS, rows)

    def render_checks(self, results: tuple[CheckResult, ...]) -> str:
        rows: list[list[object]] = []
        for result in results:
            for v in result.verdicts:
                rows.append([result.id, result.claim, v.source, v.verdict.value, f"{v.score:.1f}",
                             v.explanation, "; ".join(v.agreeing), "; ".join(v.differing),
                             v.evidence.index if v.evidence else "", v.evidence.text if v.evidence else ""])
        return _write(CHECK_COLUMNS, rows)
