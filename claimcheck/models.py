"""Typed data that moves between the stages.

sources -> claims -> facts -> clusters -> discrepancies -> report. Every value is a
frozen dataclass; a later stage that enriches one uses ``dataclasses.replace``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from enum import Enum


class FactKind(str, Enum):
    """What sort of value a fact is; only facts of comparable kinds are set side by side."""

    PERCENT = "percent"
    MONEY = "money"
    COUNT = "count"
    DURATION = "duration"
    ORDINAL = "ordinal"
    DATE = "date"
    WEEKDAY = "weekday"
    RELATIVE = "relative"
    NUMBER = "number"


@dataclass(frozen=True, slots=True)
class Fact:
    """A value stated in a claim, normalised so that differently written forms compare equal."""

    kind: FactKind
    """Percent, money, count, duration, ordinal, date, weekday, relative time or bare number."""
    raw: str
    """The text as written, ``claim.text[start:end]``."""
    start: int
    """Offset of the fact in the claim's text."""
    end: int
    """Offset just past the fact in the claim's text."""
    value: float | None = None
    """Numeric value: 12.0 for 12%, 4.2e9 for $4.2bn, 1.0 for "a year", 5.0 for "fifth"."""
    upper: float | None = None
    """Upper end of a range ("300 to 400" -> value 300, upper 400); None for a single value."""
    unit: str = ""
    """Normalised unit: "%", "pp", a currency code ("USD"), a time unit ("day", "year"),
    or the counted noun for counts ("people"). Empty when there is none."""
    qualifier: str = ""
    """Bound or approximation: "", ">", ">=", "<", "<=", "~"."""
    year: int | None = None
    """Dates: the year when written."""
    month: int | None = None
    """Dates: month 1-12."""
    day: int | None = None
    """Dates: day of month."""
    weekday: int | None = None
    """Weekdays: 0 = Monday ... 6 = Sunday."""
    relative: str = ""
    """Relative time as a normalised phrase: "this week", "next week", "yesterday"."""
    canonical: str = ""
    """Display form shared by every spelling of the same value: "100%", "November 10", "1 year"."""

    def __hash__(self) -> int:
        # Facts key the detectors' caches and are hashed ~500,000 times a run of 500 articles:
        # the text and place are enough to tell facts apart (equal facts still hash alike),
        # and skip hashing the other eleven fields and the kind's Python-level Enum hash.
        return hash((self.raw, self.start, self.end))


DATE_KINDS = frozenset({FactKind.DATE, FactKind.WEEKDAY, FactKind.RELATIVE})
"""Kinds of fact that place something in time; the others are figures."""
CLOCK_TIME = "time of day"
"""Unit of a time of day (a NUMBER, minutes after midnight): compared only with another."""
AGE_UNIT = "years old"
"""Unit of an age ("a 20-year-old man", "aged 20", "in their 20s")."""
SCORE = "score"
"""Unit of a score or tally ("won 23-20", "a 5-4 vote"): one value, a pair, compared only
with another score; its two numbers are not figures of their own."""
ELAPSED = "h:mm:ss"
"""Unit of a time taken written in hours, minutes and seconds (a DURATION, in seconds):
compared with another span as the count of seconds it is (``facts._spans_in_one_unit``)."""

FIGURE_KINDS = frozenset({FactKind.MONEY, FactKind.PERCENT, FactKind.COUNT, FactKind.DURATION})
"""Kinds of fact that measure an amount."""


def is_date(fact: Fact) -> bool:
    """Whether the fact places something in time (a date, a weekday, a relative time)."""
    return fact.kind in DATE_KINDS


def is_rank(fact: Fact) -> bool:
    """Whether the fact is a plain rank ("the fourth row", "in the 52nd minute"): an ordinal
    of no scale, which says which of a series a thing is, not what is measured."""
    return fact.kind is FactKind.ORDINAL and not fact.unit


class ClaimRole(str, Enum):
    """Whether a line is reportable prose or page furniture kept only for reference."""

    STATEMENT = "statement"
    HEADING = "heading"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True)
class Article:
    """One source: a news article as loaded from a file or a record."""

    id: str
    """Source id: the file name without extension, or the record's id."""
    path: str
    """Where it was read from (a file path, or "-" for stdin)."""
    text: str
    """The article body, normalised to str with LF line ends."""
    title: str | None = None
    """Headline, from front matter or metadata."""
    outlet: str | None = None
    """Publisher or site name."""
    url: str | None = None
    """Where the article was published."""
    published: dt.date | None = None
    """Publication date; relative dates ("next week") are resolved against it."""
    author: str | None = None
    """Byline, from front matter or metadata."""


@dataclass(frozen=True)
class Claim:
    """A sentence-level statement of one source, with its place in the article."""

    source: str
    """Id of the article it comes from."""
    index: int
    """Position among the article's claims, from 0."""
    text: str
    """The full sentence, exactly as in the article (``article.text[start:end]``)."""
    start: int
    """Offset of the sentence in the article text."""
    end: int
    """Offset just past the sentence in the article text."""
    role: ClaimRole = ClaimRole.STATEMENT
    """Headings, captions and boilerplate are kept for reference but never compared."""
    facts: tuple[Fact, ...] = ()
    """Values stated in the sentence, in order of appearance."""
    quoted: bool = False
    """Whether the sentence opens inside a quotation an earlier sentence of its paragraph
    opened and left open ("... X said. “The yard is open again. We got
    things nobody expected.”"): its words up to the closing mark are quoted."""

    @functools.cached_property
    def key(self) -> tuple[str, int]:
        """Identity of the claim within a run (asked for in every pair comparison: kept)."""
        return (self.source, self.index)


@dataclass(frozen=True)
class Cluster:
    """Claims from at least two sources that make the same statement."""

    id: str
    """Stable id within a report: "c1", "c2", ..."""
    claims: tuple[Claim, ...]
    """At most one claim per source, ordered by source id."""
    score: float
    """How alike the claims are, 0-100 (the weakest link in the cluster)."""


class DiscrepancyKind(str, Enum):
    """The vocabulary of the report contract."""

    QUANTITY = "quantity"
    DATE = "date"
    SPECIFICITY = "specificity"
    POLARITY = "polarity"
    CERTAINTY = "certainty"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    ENTITY = "entity"


class Severity(str, Enum):
    """How much a discrepancy matters to a reader; ordered from most to least."""

    CONFLICT = "conflict"
    REFINEMENT = "refinement"
    WORDING = "wording"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


@dataclass(frozen=True)
class Evidence:
    """A claim cited for a value, with the span that carries the value highlighted."""

    claim: Claim
    """The sentence."""
    start: int
    """Offset of the differing span within ``claim.text``."""
    end: int
    """Offset just past the differing span within ``claim.text``."""

    @property
    def span_text(self) -> str:
        return self.claim.text[self.start : self.end]


@dataclass(frozen=True)
class ValueGroup:
    """One value asserted in a discrepancy, and every source claim asserting it."""

    value: str
    """The value as a reader would say it: "12%", "one year", "not finalized"."""
    evidence: tuple[Evidence, ...]
    """The claims that assert this value, ordered by source id."""

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.claim.source for e in self.evidence))


@dataclass(frozen=True)
class Discrepancy:
    """Sources that make the same statement but disagree on one point of it."""

    id: str
    """Stable id within a report: "d1", "d2", ..."""
    kind: DiscrepancyKind
    """What differs: a quantity, a date, the precision, the polarity, ..."""
    severity: Severity
    """Conflict (cannot both be true), refinement (one is more precise) or wording."""
    cluster_id: str
    """The cluster whose claims disagree."""
    values: tuple[ValueGroup, ...]
    """At least two groups; claims that agree share a group."""
    explanation: str
    """One plain line: "1 source says 12%, 4 say 15%"."""
    confidence: float = 1.0
    """How sure the tool is that the claims speak of the same thing and truly differ, 0-1, two
    places (``claimcheck.confidence``); a discrepancy made outside ``compare`` counts as sure."""


@dataclass(frozen=True)
class Skipped:
    """An input that was not used, and why; always reported to the user."""

    path: str
    reason: str


@dataclass(frozen=True)
class Story:
    """Articles that report one event (``claimcheck.stories``); claims are matched only within one."""

    id: str
    """"s1", "s2", ... in the order of each story's first article in the input."""
    label: str
    """The story's most telling marks, as written ("Northmark · Brask · 4.75")."""
    sources: tuple[str, ...]
    """Ids of its articles, in input order."""


@dataclass(frozen=True)
class Report:
    """Everything ``compare`` found; every renderer is fed this one object."""

    sources: tuple[Article, ...]
    claims: tuple[Claim, ...]
    clusters: tuple[Cluster, ...]
    discrepancies: tuple[Discrepancy, ...]
    skipped: tuple[Skipped, ...] = ()
    generated_by: str = ""
    """Tool name and version, for exports."""
    filters: tuple[str, ...] = ()
    """Filters applied to the discrepancies, one readable line each (see ``filtering``)."""
    hidden: int = 0
    """Discrepancies found but left out by those filters."""
    stories: tuple[Story, ...] = ()
    """The stories of a feed when it holds more than one; empty for one story, whose report
    is exactly that of a run without grouping."""


class Verdict(str, Enum):
    """How one source stands on a checked claim; ordered from worst to best for --fail-on."""

    CONFLICTS = "conflicts"
    PARTIAL = "partial"
    ABSENT = "absent"
    SUPPORTS = "supports"


@dataclass(frozen=True)
class SourceVerdict:
    """One source's verdict on a checked claim, with the sentence behind it."""

    source: str
    verdict: Verdict
    evidence: Claim | None
    """The best sentence of the source on the claim; None when absent."""
    score: float
    """Similarity of the evidence to the claim, 0-100."""
    explanation: str
    """One plain line: "says 20%, the claim says 50%"."""
    agreeing: tuple[str, ...] = ()
    """Values of the claim the evidence repeats."""
    differing: tuple[str, ...] = ()
    """Values of the claim the evidence contradicts, as "claim -> source"."""


@dataclass(frozen=True)
class CheckResult:
    """A claim checked against every source."""

    claim: str
    id: str = ""
    """The watchlist id when the claim came from claims.yaml."""
    verdicts: tuple[SourceVerdict, ...] = field(default_factory=tuple)
