"""Narrowing a report to the discrepancies a reader asked for (``--kind``, ``--min-severity``,
``--min-confidence``).

Filtering is a Report -> Report function so that every output format shows the same
selection; the report records what was hidden, so an export never passes for complete.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from claimcheck.models import Discrepancy, DiscrepancyKind, Report, Severity

DEFAULT_MIN_CONFIDENCE = 0.3
"""What ``compare`` hides unless told otherwise: measured with ``bench/confidence.py``, the
lowest threshold that loses no must-find item of a written corpus while hiding the most
false alarms on real coverage (see the README's report section)."""


@dataclass(frozen=True)
class DiscrepancyFilter:
    """Which discrepancies to keep; the default keeps all of them."""

    kinds: frozenset[DiscrepancyKind] = frozenset()
    """Keep only these kinds; empty keeps every kind."""
    min_severity: Severity | None = None
    """Keep only discrepancies at least this severe (conflict is the most severe)."""
    min_confidence: float = 0.0
    """Keep only discrepancies at least this sure (``Discrepancy.confidence``); 0 keeps all."""

    @classmethod
    def build(cls, kinds: Iterable[str | DiscrepancyKind] = (), min_severity: str | Severity | None = None,
              conflicts_only: bool = False, min_confidence: float = 0.0) -> DiscrepancyFilter:
        """From command-line values; ``conflicts_only`` is shorthand for ``min_severity=conflict``."""
        severity = Severity(min_severity) if min_severity is not None else None
        if conflicts_only:
            severity = Severity.CONFLICT
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"a confidence is between 0 and 1, not {min_confidence:g}")
        return cls(frozenset(DiscrepancyKind(k) for k in kinds), severity, min_confidence)

    @property
    def active(self) -> bool:
        return bool(self.kinds) or self.min_severity is not None or self.min_confidence > 0

    def accepts(self, d: Discrepancy) -> bool:
        if self.kinds and d.kind not in self.kinds:
            return False
        if d.confidence < self.min_confidence:
            return False
        return self.min_severity is None or d.severity.rank <= self.min_severity.rank

    def describe(self) -> tuple[str, ...]:
        """One readable line per condition, in a fixed order: ("kind: date, quantity", ...)."""
        parts = []
        if self.kinds:
            parts.append("kind: " + ", ".join(sorted(k.value for k in self.kinds)))
        if self.min_severity is not None:
            parts.append(f"severity: {self.min_severity.value} or worse")
        if self.min_confidence > 0:
            parts.append(f"confidence: {self.min_confidence:.2f} or more")
        return tuple(parts)


def filter_report(report: Report, flt: DiscrepancyFilter) -> Report:
    """The report with only the discrepancies ``flt`` accepts; sources, claims and clusters stay whole."""
    if not flt.active:
        return report
    kept = tuple(d for d in report.discrepancies if flt.accepts(d))
    return replace(report, discrepancies=kept,
                   filters=report.filters + flt.describe(),
                   hidden=report.hidden + len(report.discrepancies) - len(kept))
