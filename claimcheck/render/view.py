"""What every renderer shows, computed once: order, highlighted spans, counts, coverage.

Renderers differ only in markup; keeping these decisions here means the terminal, Markdown,
CSV, HTML and JSON reports list the same discrepancies in the same order with the same
words highlighted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from claimcheck.models import (
    Claim,
    ClaimRole,
    Cluster,
    Discrepancy,
    DiscrepancyKind,
    Evidence,
    Report,
    Severity,
    Story,
)

Span = tuple[int, int]

_WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")


def ordered(discrepancies: tuple[Discrepancy, ...]) -> list[Discrepancy]:
    """The surest first (confidence, two places); among as sure, most severe first, then those
    involving the most sources, then by id (d2 before d10). Ids stay those of detection, so a
    discrepancy keeps its id whatever the weights of its confidence."""
    def key(d: Discrepancy) -> tuple[float, int, int, int, str]:
        digits = d.id.lstrip("d")
        return (-d.confidence, d.severity.rank, -len({s for g in d.values for s in g.sources}),
                int(digits) if digits.isdigit() else 0, d.id)

    return sorted(discrepancies, key=key)


@dataclass(frozen=True)
class Segment:
    """A run of a sentence, marked when it carries what differs."""

    text: str
    marked: bool


@dataclass(frozen=True)
class Cited:
    """One sentence cited in a discrepancy, with the spans to highlight."""

    group: int
    """Index of its value group in ``discrepancy.values``."""
    value: str
    """The value of that group."""
    evidence: Evidence
    spans: tuple[Span, ...]
    """Offsets into ``evidence.claim.text``, sorted and disjoint."""

    @property
    def source(self) -> str:
        return self.evidence.claim.source

    @property
    def claim(self) -> Claim:
        return self.evidence.claim

    def segments(self) -> list[Segment]:
        return split_marked(self.claim.text, self.spans)


def split_marked(text: str, spans: tuple[Span, ...]) -> list[Segment]:
    """``text`` cut into marked and unmarked runs; joining the runs gives ``text`` back."""
    out: list[Segment] = []
    at = 0
    for span_start, span_end in spans:
        start, end = max(span_start, at), min(span_end, len(text))
        if end <= start:
            continue
        if start > at:
            out.append(Segment(text[at:start], False))
        out.append(Segment(text[start:end], True))
        at = end
    if at < len(text):
        out.append(Segment(text[at:], False))
    return out


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group().casefold().replace("’", "'").replace(".", ""), m.start(), m.end())
            for m in _WORD.finditer(text, start, end)] if start < end else []


def _differing_words(evidence: Evidence, reference: Evidence) -> tuple[Span, ...]:
    """Spans of the words in ``evidence``'s span that ``reference``'s span does not have in
    that place."""
    mine = _words(evidence.claim.text, evidence.start, evidence.end)
    theirs = [w for w, _, _ in _words(reference.claim.text, reference.start, reference.end)]
    spans: list[Span] = []
    matcher = SequenceMatcher(a=[w for w, _, _ in mine], b=theirs, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            spans.append((mine[i1][1], mine[i2 - 1][2]))
    return tuple(spans)


def _trimmed(text: str, start: int, end: int) -> Span:
    """A span without surrounding blanks, so that markup such as **bold** stays valid."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def cited(d: Discrepancy) -> list[Cited]:
    """Every sentence of ``d`` in value-group order, with what differs marked.

    Quotations are marked word by word against the first quotation of another group, since
    the whole quote is mostly the same words (a quote that only drops words gets no mark);
    other kinds mark the span carrying the value.
    """
    out: list[Cited] = []
    for n, group in enumerate(d.values):
        reference = d.values[1 if n == 0 else 0].evidence[0] if len(d.values) > 1 else None
        for e in group.evidence:
            whole = _trimmed(e.claim.text, e.start, e.end)
            spans: tuple[Span, ...] = (whole,) if whole[1] > whole[0] else ()
            if d.kind is DiscrepancyKind.QUOTE and reference is not None:
                # A quote that only lacks words has nothing of its own to mark; the other side shows them.
                spans = _differing_words(e, reference)
            out.append(Cited(n, group.value, e, spans))
    return out


def source_count(d: Discrepancy) -> int:
    return len({s for g in d.values for s in g.sources})


@dataclass(frozen=True)
class Summary:
    sources: int
    claims: int
    clusters: int
    discrepancies: int
    by_kind: dict[str, int]
    """Kind -> count, most frequent first, then by name."""
    by_severity: dict[str, int]
    """Every severity, most severe first, zero included."""


def summarize(report: Report) -> Summary:
    kinds = Counter(d.kind.value for d in report.discrepancies)
    return Summary(
        sources=len(report.sources),
        claims=len(report.claims),
        clusters=len(report.clusters),
        discrepancies=len(report.discrepancies),
        by_kind=dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_severity={s.value: sum(1 for d in report.discrepancies if d.severity is s) for s in Severity},
    )


def summary_line(summary: Summary) -> str:
    """ "30 (7 conflict, 21 refinement; 21 certainty, 3 date)" """
    severity = ", ".join(f"{n} {s}" for s, n in summary.by_severity.items() if n)
    kinds = ", ".join(f"{n} {k}" for k, n in summary.by_kind.items())
    return f"{summary.discrepancies}" + (f" ({severity}; {kinds})" if kinds else "")


def filter_note(report: Report) -> str:
    """ "" when nothing was filtered, else "filtered (kind: date): 12 discrepancies hidden". """
    if not report.filters:
        return ""
    noun = "discrepancy" if report.hidden == 1 else "discrepancies"
    return f"filtered ({'; '.join(report.filters)}): {report.hidden} {noun} hidden"


@dataclass(frozen=True)
class CoverageRow:
    cluster_id: str
    """The cluster's id; clusters that state one statement share a row ("c4 (+2)")."""
    text: str
    """The statement the cluster's claims share, in its first claim's words (``shared_statement``)."""
    sources: frozenset[str]


@dataclass(frozen=True)
class Coverage:
    """Which sources carry which clustered claims, and the claims only one source makes."""

    sources: tuple[str, ...]
    rows: tuple[CoverageRow, ...]
    """Clusters, those carried by the most sources first."""
    unique: tuple[Claim, ...]
    """Statements no other source makes, by source then position."""


def coverage(report: Report) -> Coverage:
    clustered = {c.key for cluster in report.clusters for c in cluster.claims}
    # Clusters labelled alike state one statement (a cluster takes only so many claims, so a
    # sentence most sources print fills several): one row, so no two rows read the same.
    by_label: dict[str, list[Cluster]] = {}
    for cluster in report.clusters:
        by_label.setdefault(shared_statement(cluster), []).append(cluster)
    rows = [CoverageRow(same[0].id + (f" (+{len(same) - 1})" if len(same) > 1 else ""), label,
                        frozenset(claim.source for c in same for claim in c.claims))
            for label, same in by_label.items()]
    rows.sort(key=lambda r: -len(r.sources))  # stable: clusters keep their order within a count
    unique = tuple(c for c in report.claims if c.role is ClaimRole.STATEMENT and c.key not in clustered)
    return Coverage(tuple(a.id for a in report.sources), tuple(rows), unique)


LABEL_READERS = 8
"""How many of a cluster's other wordings its label is weighed against: enough to tell which
statement they share, however many copies of a wire story it holds."""
LABEL_WORDS = 4
"""A stretch shared by fewer telling words than this (a clause's worth, ``matching.MIN_CLAUSE_WORDS``)
does not name a statement."""
_TOKEN = re.compile(r"[^\W_]+")


def shared_statement(cluster: Cluster) -> str:
    """The statement the cluster's claims share, in its first claim's words: the stretch of
    that sentence from the first to the last of its telling words that most of the others
    use too, with an ellipsis where the sentence goes on (a sentence that makes several
    statements sits in one cluster for each, and each shows its own)."""
    from claimcheck.matching import content_words, prepare

    first = cluster.claims[0]
    text = first.text.strip()
    others = list(dict.fromkeys(c.text for c in cluster.claims[1:] if c.text.strip() != text))[:LABEL_READERS]
    if not others:
        return text
    theirs = [content_words(prepare(t)) for t in others]
    mine = content_words(prepare(text))
    tokens = list(_TOKEN.finditer(text))
    shared = [n for n, m in enumerate(tokens)
              if (w := prepare(m.group())) in mine and 2 * sum(w in t for t in theirs) >= len(theirs)]
    if len(shared) < LABEL_WORDS:
        return text  # too few words in common to name a statement: the sentence says it best
    low, high = shared[0], shared[-1]
    # Small words just before the first shared one that the others use too belong to it
    # ("the council"), up to a comma.
    every = [frozenset(prepare(t).split()) for t in others]
    while low > 0 and not text[tokens[low - 1].end():tokens[low].start()].strip() \
            and 2 * sum(prepare(tokens[low - 1].group()) in e for e in every) >= len(every):
        low -= 1
    begin, end = tokens[low].start(), tokens[high].end()
    if high == len(tokens) - 1:
        end = len(text)  # the sentence's own closing stop or quotation mark
    head = "… " if begin > 0 else ""
    tail = " …" if end < len(text) else ""
    return head + text[begin:end] + tail


def source_columns(report: Report) -> list[tuple[str, list[str]]]:
    """Metadata columns of the sources table, leaving out those no source fills in."""
    columns = [
        ("Outlet", [a.outlet or "" for a in report.sources]),
        ("Title", [a.title or "" for a in report.sources]),
        ("Published", [a.published.isoformat() if a.published else "" for a in report.sources]),
        ("URL", [a.url or "" for a in report.sources]),
    ]
    return [(name, values) for name, values in columns if any(values)]


def stories_by_seriousness(report: Report) -> list[Story]:
    """The report's stories, the one with the most serious disagreements first: the most
    conflicts, then refinements, then wordings; then in input order."""
    story_of = {source: story.id for story in report.stories for source in story.sources}
    found: dict[str, list[int]] = {story.id: [0] * len(Severity) for story in report.stories}
    for d in report.discrepancies:
        found[story_of[d.values[0].evidence[0].claim.source]][d.severity.rank] += 1
    order = {story.id: n for n, story in enumerate(report.stories)}
    return sorted(report.stories, key=lambda s: ([-n for n in found[s.id]], order[s.id]))
