"""Clusters -> discrepancies. One detector per kind of disagreement, each over the
facts and wording of the claims in a cluster (never over words of a particular story).

A detector returns ``Finding``s: value groups with the evidence behind each. Findings
that set the same claims against each other in the same way are reported once.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple, TypeVar

from claimcheck.align import (
    CONFLICTING,
    FIGURE_KINDS,
    align,
    bracket_twin,
    closes_span,
    figure_key,
    measured_apart,
    rate_of,
    told_otherwise,
)
from claimcheck.annotate import (
    Outcome,
    Placed,
    Sentence,
    Word,
    annotate,
    opposite_groups,
    reversed_route,
    words_near,
)
from claimcheck.copies import Copies
from claimcheck.corpus import Corpus
from claimcheck.entities import PREPOSITIONS, Name, in_brackets_after, is_title, speech_words
from claimcheck.facts import (
    CLOCK_TIME,
    FactRelation,
    counted_noun,
    is_vague,
    measured_quantity,
    resolve_date,
    singular,
    wider_date,
)
from claimcheck.lexicon import Lexicon
from claimcheck.matching import MatchResult, broad_units
from claimcheck.models import (
    DATE_KINDS,
    Claim,
    ClaimRole,
    Cluster,
    Discrepancy,
    DiscrepancyKind,
    Evidence,
    Fact,
    FactKind,
    Severity,
    ValueGroup,
    is_date,
    is_rank,
)
from claimcheck.quotes import Quote, QuoteRelation
from claimcheck.relate import (
    PAST_ACT_DAYS,
    count_class,
    days_before,
    level_moves,
    nearby,
    other_bound,
    relate_facts,
    same_magnitude,
    same_thing_moves,
    short_floor,
)
from claimcheck.stance import Certainty, Predication
from claimcheck.stance import tables as stance_tables
from claimcheck.text import Token, concept, stopwords

ClaimKey = tuple[str, int]
_Item = TypeVar("_Item")
"""``Claim.key``: the source and the index of the claim within it."""


@dataclass(frozen=True)
class Finding:
    kind: DiscrepancyKind
    severity: Severity
    cluster_id: str
    values: tuple[ValueGroup, ...]
    explanation: str


@dataclass(frozen=True)
class Context:
    """What every detector may consult besides the cluster: the corpus (each claim's
    sentence, the story's common words, every source's names and date)."""

    corpus: Corpus
    readings: Mapping[tuple[ClaimKey, ClaimKey], PairReading] = field(default_factory=dict, compare=False,
                                                                      hash=False, repr=False)
    """The reading of each related pair of the story (``with_pairs``), in both orders: what
    the detectors work out of two claims together is a pair's own reading, made once however
    many detectors and findings ask for it."""

    @property
    def published(self) -> Mapping[str, dt.date | None]:
        return self.corpus.published

    @property
    def lexicon(self) -> Lexicon:
        return self.corpus.lexicon

    @property
    def common(self) -> frozenset[str]:
        return self.corpus.common

    @property
    def names_by_source(self) -> Mapping[str, tuple]:
        return self.corpus.names_by_source

    @property
    def tables(self) -> DetectorTables:
        return self.corpus.lexicon.compiled(_detector_tables)

    def sentence(self, claim: Claim) -> Sentence:
        """The claim's sentence as the annotate stage read it. A claim from outside the
        corpus (a library caller's own pair) is read on the spot."""
        found = self.corpus.by_key.get(claim.key)
        if found is not None and found.claim is claim:
            return found
        return annotate(claim, self.lexicon)

    def pair(self, a: Claim, b: Claim) -> PairReading:
        """What the detectors work out of the two claims together (in this order): the
        related pair's reading, or one made on the spot for a pair outside the story's (a
        library caller's own cluster)."""
        found = self.readings.get((a.key, b.key))
        if found is not None and found.a is a and found.b is b:
            return found
        return PairReading(a, b, self)

    def with_pairs(self, pairs: Iterable[RelatedPair]) -> Context:
        """This context with a reading of each of ``pairs``, in both orders (read lazily: a
        pair's alignment, events and name clash are worked out when a detector first asks)."""
        readings: dict[tuple[ClaimKey, ClaimKey], PairReading] = {}
        context = Context(self.corpus, readings)
        for pair in pairs:
            readings[(pair.a.key, pair.b.key)] = PairReading(pair.a, pair.b, context)
            readings[(pair.b.key, pair.a.key)] = PairReading(pair.b, pair.a, context)
        return context


@dataclass(frozen=True)
class DetectorTables:
    """The word lists the detectors read, compiled once per lexicon."""

    year_leads: frozenset[str]
    """Words before a year that open a period ("since 2016") or name a thing by its year
    ("the 2021 election"): no year the act of the clause took place in."""
    credit_only: frozenset[str]
    """Cues that credit a statement without doubting it ("according to")."""
    agent_markers: frozenset[str]
    """Words before the agent of a passive act ("by")."""
    unmeasured_markers: frozenset[str]
    """Words that state a thing with no measure ("a", "an", "undisclosed")."""
    other_parts: frozenset[str]
    """Words that set a part against others done ("three more", "the other counts")."""
    object_determiners: frozenset[str]
    """Determiners that may open the object of an act ("the", "its")."""
    object_partitives: frozenset[str]
    """Words that pick some of an act's object out of it before "of" ("one of its tugs")."""
    excluding: tuple[tuple[str, ...], ...]
    """Words before a place that exclude it ("rather than", ``polarity.yaml`` excluding)."""
    place_determiners: frozenset[str]
    """Determiners that may stand between such words and the place ("instead of the X")."""
    object_pronouns: frozenset[str]
    """Pronouns that stand as an object ("him", "them"): "gave him no support"."""
    person_pronouns: frozenset[str]
    """Pronouns that stand for a person as an act's subject ("she", "he")."""
    ordinals: frozenset[str]
    """Ordinal words ("first", "third"): after an act they say which one of its object."""
    noun_negations: frozenset[str]
    """Negations that are determiners of a noun ("no"): "gave the mayor no support"."""
    subordinators: frozenset[str]
    """Words that open a clause told beside the main one ("as", "when", "because"), "that"
    left out: it opens the complement of a verb of belief."""


def _detector_tables(lexicon: Lexicon) -> DetectorTables:
    return DetectorTables(
        year_leads=lexicon.words("dates", "period_openers") | lexicon.words("dates", "year_name_leads"),
        credit_only=lexicon.words("certainty", "credit_only"),
        agent_markers=lexicon.words("certainty", "agent_markers"),
        unmeasured_markers=lexicon.words("numbers", "unmeasured_markers"),
        other_parts=lexicon.words("polarity", "other_parts"),
        object_determiners=lexicon.words("polarity", "object_determiners"),
        object_partitives=lexicon.words("polarity", "object_partitives"),
        excluding=tuple(tuple(str(e).casefold().split())
                        for e in lexicon.table("polarity", "excluding", []) or []),
        place_determiners=lexicon.words("polarity", "excluding_determiners"),
        object_pronouns=lexicon.words("polarity", "object_pronouns"),
        person_pronouns=lexicon.words("polarity", "person_pronouns"),
        ordinals=lexicon.words("numbers", "ordinals"),
        noun_negations=lexicon.words("polarity", "noun_negations"),
        subordinators=lexicon.words("verdicts", "subordinators") - {"that"})


class PairReading:
    """Two claims of different sources read together: which of their facts are values of
    the same thing, whether they report two happenings, which of their names clash."""

    def __init__(self, a: Claim, b: Claim, ctx: Context) -> None:
        self.a, self.b, self._ctx = a, b, ctx

    @functools.cached_property
    def aligned(self) -> list[tuple[Fact, Fact, FactRelation]]:
        return _align_facts(self.a, self.b, self._ctx)

    @functools.cached_property
    def different_events(self) -> bool:
        return _different_events(self.a, self.b, self._ctx)

    @functools.cached_property
    def clash(self) -> tuple[Name, Name] | None:
        return _find_clash(self.a, self.b, self._ctx)


def find_discrepancies(corpus: Corpus, matched: MatchResult, copies: Copies | None = None
                       ) -> tuple[Discrepancy, ...]:
    """Every disagreement between the sources of the corpus, in the clusters and links
    that matching found among its sentences. Given ``copies``, matching saw one sentence of
    each set printed word for word by several sources, and so do the detectors; the copies
    join the findings of their first at the end."""
    claims = tuple(s.claim for s in (copies.kept if copies is not None else corpus.sentences))
    quotes = related_quotes(claims, Context(corpus))
    related = tuple(related_pairs(matched, quotes, Context(corpus)))
    context = Context(corpus).with_pairs(related)
    matches = Matches(claims, matched.clusters, matched.links, related, quotes)
    findings: list[Finding | None] = []
    opposed: list[set[tuple[ClaimKey, ClaimKey]]] = []
    holding: dict[tuple, list[int]] = defaultdict(list)  # (kind, pair) -> findings that set it

    def keep(found: Iterable[Finding]) -> None:
        # A finding that sets against each other only claims an earlier one of its kind sets
        # against each other says nothing new; one that says all an earlier one says and more
        # takes its place ("1 source says 12%, 1 says 15%" / "..., 3 say 15%").
        for finding in found:
            pairs = _opposed_pairs(finding)
            earlier = {n for pair in pairs for n in holding[(finding.kind, pair)] if findings[n] is not None}
            if any(pairs <= opposed[n] for n in earlier):
                continue
            covered = sorted(n for n in earlier if opposed[n] <= pairs)
            for n in covered[1:]:
                findings[n] = None  # said again, and more, by this one
            if covered:
                place = covered[0]
                findings[place], opposed[place] = finding, pairs
            else:
                place = len(findings)
                findings.append(finding)
                opposed.append(pairs)
            for pair in pairs:
                holding[(finding.kind, pair)].append(place)

    for detector in DETECTORS:
        found = detector.find(matches, context)
        if detector.after_figures:
            # findings and opposed grow and are replaced together: one set of pairs per finding.
            figures = set().union(*(pairs for f, pairs in zip(findings, opposed, strict=True)
                                    if f is not None and f.kind in FIGURE_FINDINGS))
            found = (f for f in found if not _opposed_pairs(f) <= figures)
        keep(found)
    # (Joined into one point, two findings may show one source giving both figures: by its own
    # account they are two things or two times, as for a finding of one pair. So may a source
    # that gives the other side's figure of the holder that side names.)
    given = _figures_by_source(corpus)
    points = [f for f in _one_per_point([f for f in findings if f is not None], context)
              if not (f.kind is DiscrepancyKind.QUANTITY
                      and (told_by_one_source(f) or _holders_figure_agreed(f, given, context)))]
    points = [kept for f in points if (kept := without_quotes_told_apart(f)) is not None]
    if copies is not None:
        points = [_with_copies(f, copies) for f in points]
    return tuple(
        Discrepancy(f"d{n}", f.kind, f.severity, f.cluster_id, f.values, f.explanation)
        for n, f in enumerate(points, start=1)
    )


def _with_copies(finding: Finding, copies: Copies) -> Finding:
    """The finding with every copy of its claims as evidence beside its first, said as counts
    of sources, the value most sources give first ("40 sources say 12 dead, 3 say 15 dead")."""
    values = tuple(copies.in_group(g) for g in finding.values)
    if all(new is old for new, old in zip(values, finding.values, strict=True)):
        return finding
    return _recounted(finding, tuple(sorted(values, key=lambda g: -len(g.sources))))


def _recounted(finding: Finding, values: tuple[ValueGroup, ...], severity: Severity | None = None) -> Finding:
    """The finding with other value groups: its counts said again, and what it adds after them
    ("... (one gives only a vague amount)") kept, since that still holds of the point."""
    own = _count_explanation(finding.values)
    rest = finding.explanation[len(own):] if finding.explanation.startswith(own) else ""
    return Finding(finding.kind, finding.severity if severity is None else severity, finding.cluster_id,
                   values, _count_explanation(values) + rest)


def _one_per_point(findings: Sequence[Finding], ctx: Context) -> list[Finding]:
    """One finding per disputed point. Detectors compare a pair or a cluster at a time, so a
    point many sources dispute comes back once per pair (certainty) or once per cluster its
    sentences fell into; two findings of one kind that cite the same span of the same claim
    dispute what that span says, and are one point: their value groups join (a group meets
    another that cites a claim of it or gives the same value), so the report says "40 sources
    say 12, 3 say 15, 1 says 17" once, with every source as evidence, however many
    sources there are."""
    owner: list[int] = list(range(len(findings)))

    def root(n: int) -> int:
        while owner[n] != n:
            owner[n] = owner[owner[n]]
            n = owner[n]
        return n

    first_citing: dict[tuple, int] = {}
    for n, finding in enumerate(findings):
        if finding.kind is DiscrepancyKind.QUANTITY:
            # Clusters are cut by wording, so two of them can hold the same dispute between other
            # sources ("about 3,400 homes" / "about 4,300 homes" twice): the same figures, each
            # with its measure, are the same point. Dates and cue labels ("Friday", "hedged
            # (may)") are too bare for this: two acts of one story may fall on the same days.
            values = frozenset(group.value for group in finding.values)
            a, b = root(n), root(first_citing.setdefault((finding.kind, values), n))
            owner[max(a, b)] = min(a, b)
        for group in finding.values:
            for e in group.evidence:
                a, b = root(n), root(first_citing.setdefault((finding.kind, e.claim.key, e.start, e.end), n))
                owner[max(a, b)] = min(a, b)  # a point stands where its first finding stood
    points: dict[int, list[Finding]] = defaultdict(list)
    for n, finding in enumerate(findings):
        points[root(n)].append(finding)
    out = []
    for n in range(len(findings)):
        if root(n) != n:
            continue  # said as part of the point its first finding stands for
        members = points[n]
        merged = _merge_point(members, ctx) if len(members) > 1 else None
        if merged is not None or len(members) == 1:
            out.append(merged or members[0])
            continue
        # The point's findings do not all fit on two or more agreeing sides; those that give
        # the very same values (one dispute seen in several clusters) are still one.
        same_values: dict[frozenset[str], list[Finding]] = defaultdict(list)
        for finding in members:
            same_values[frozenset(g.value for g in finding.values)].append(finding)
        for alike in same_values.values():
            out.append((_merge_point(alike, ctx) if len(alike) > 1 else None) or alike[0])
            out.extend(alike[1:] if out[-1] is alike[0] else ())
    return out


_Side = tuple[list[str], dict[tuple, Evidence]]
"""Values named on one side of a point, and the spans that state them, by (claim, start, end)."""


def _merge_point(members: Sequence[Finding], ctx: Context) -> Finding | None:
    """The findings of one point as one, or None when their groups would collapse into one
    value or set against each other values no finding compared (then the findings stay)."""
    groups: list[_Side] = []
    for finding in members:
        for group in finding.values:
            cited = {(e.claim.key, e.start, e.end): e for e in group.evidence}
            joined = [g for g in groups if group.value in g[0] or not cited.keys().isdisjoint(g[1])]
            for g in joined[1:]:
                _fuse(joined[0], g)
                groups.remove(g)
            if joined:
                _fuse(joined[0], ([group.value], cited))
            else:
                groups.append(([group.value], cited))
    # Only what some finding set against each other is set against each other: two groups no
    # finding opposed stand on one side together, each value named, where they agree ("about
    # £3m" / "£3m", both against "£2m"; "may" / "could", both against "will"); two figures
    # that do not ("87" / "at least 300", both against "more than 340") would make a dispute
    # no detector saw, or hide one, so those findings stay apart.
    where = {key: n for n, (_, cited) in enumerate(groups) for key in cited}
    opposed = {(where[x], where[y]) for f in members for first, second in itertools.permutations(f.values, 2)
               for x in _keys(first) for y in _keys(second)}
    sides: list[_Side] = []
    side_of: list[int] = []
    for n, (names, cited) in enumerate(groups):
        for k, side in enumerate(sides):
            if not any((n, m) in opposed for m, s in enumerate(side_of) if s == k):
                if members[0].kind in FIGURE_FINDINGS and not _same_figure(side[1], cited, ctx):
                    return None
                _fuse(side, (names, cited))
                side_of.append(k)
                break
        else:
            side_of.append(len(sides))
            sides.append(([*names], dict(cited)))
    if len(sides) < 2:
        return None
    values = tuple(
        ValueGroup(" / ".join(names), tuple(sorted(cited.values(), key=lambda e: (e.claim.key, e.start))))
        for names, cited in sorted(sides, key=lambda g: -len({e.claim.source for e in g[1].values()}))
    )
    first = members[0]
    # A finding worded pair by pair is said again as counts.
    return _recounted(first, values, min((f.severity for f in members), key=lambda s: s.rank))


def _fuse(into: _Side, other: _Side) -> None:
    into[0].extend(v for v in other[0] if v not in into[0])
    into[1].update(other[1])


def _same_figure(one: dict[tuple, Evidence], other: dict[tuple, Evidence], ctx: Context) -> bool:
    """Do the figures these spans state all give one value, however written?"""
    def facts(cited: dict[tuple, Evidence]) -> list[tuple[Fact, dt.date | None]] | None:
        found = []
        for e in cited.values():
            spans = ctx.sentence(e.claim).facts
            fact = next((f for f in spans if (f.start, f.end) == (e.start, e.end)), None)
            if fact is None:
                return None
            found.append((fact, ctx.published.get(e.claim.source)))
        return found

    a, b = facts(one), facts(other)
    return a is not None and b is not None and all(
        relate_facts(x, y, px, py, ctx.lexicon) in (FactRelation.SAME, FactRelation.ROUNDING)
        for x, px in a for y, py in b)


def _keys(group: ValueGroup) -> Iterator[tuple]:
    return ((e.claim.key, e.start, e.end) for e in group.evidence)


def _opposed_pairs(finding: Finding) -> set[tuple[ClaimKey, ClaimKey]]:
    """The (claim, claim) pairs a finding sets against each other, both ways round."""
    return {(x.claim.key, y.claim.key) for first, second in itertools.permutations(finding.values, 2)
            for x in first.evidence for y in second.evidence}


# --- facts: quantity and date -------------------------------------------------------------

def align_facts(a: Claim, b: Claim, ctx: Context) -> list[tuple[Fact, Fact, FactRelation]]:
    """Facts of two claims that are values of the same thing, mutually best by context
    (``align.align``), each as compared."""
    if not a.facts or not b.facts:
        return []
    return ctx.pair(a, b).aligned


def _align_facts(a: Claim, b: Claim, ctx: Context) -> list[tuple[Fact, Fact, FactRelation]]:
    found = align(ctx.sentence(a), ctx.sentence(b), ctx.corpus, published_a=ctx.published.get(a.source),
                  published_b=ctx.published.get(b.source))
    return [(x.a, x.b, x.relation) for x in found]




def claim_pairs(cluster: Cluster, ctx: Context | None = None) -> Iterable[tuple[Claim, Claim]]:
    """Pairs of the cluster's claims; given a context, only pairs that can disagree:
    one sentence copied word for word (wire copy, syndication) says the same thing in
    both, unless it names a day relative to articles published on different days."""
    claims = cluster.claims
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if ctx is None or a.text != b.text or _dated_differently(a, b, ctx):
                yield a, b


def _dated_differently(a: Claim, b: Claim, ctx: Context) -> bool:
    return (ctx.published.get(a.source) != ctx.published.get(b.source)
            and any(f.kind in (FactKind.WEEKDAY, FactKind.RELATIVE) for f in a.facts))


def fact_conflicts_in_cluster(cluster: Cluster, ctx: Context) -> Iterable[Finding]:
    """Two sources give different values for the same quantity or date."""
    # A finding already sets every claim of one value against every claim of the other:
    # in a large cluster, their other pairs would only grow the same finding again.
    covered: set[tuple] = set()
    for a, b in claim_pairs(cluster, ctx):
        aligned = align_facts(a, b, ctx)
        if not any(rel in CONFLICTING for _, _, rel in aligned) or different_events(a, b, ctx):
            continue
        for fa, fb, rel in aligned:
            if rel not in CONFLICTING:
                continue
            if (a.key, fa.start, b.key, fb.start) in covered:
                continue
            if rel is FactRelation.COMPATIBLE_BOUNDS and nearby(fa, fb):
                continue  # "more than 4,000" / "about 4,100": one amount told two ways
            finding = _fact_finding(cluster, [(a, fa), (b, fb)], rel, ctx)
            first, second = finding.values[0].evidence, finding.values[1].evidence
            covered.update((x.claim.key, x.start, y.claim.key, y.start) for x in first for y in second)
            covered.update((y.claim.key, y.start, x.claim.key, x.start) for x in first for y in second)
            if not told_by_one_source(finding):
                yield finding


def _figures_by_source(corpus: Corpus) -> dict[str, list[tuple[tuple, Sentence]]]:
    """Every figure each source gives in its statements (``figure_key``), with its sentence."""
    given: dict[str, list[tuple[tuple, Sentence]]] = defaultdict(list)
    for sentence in corpus.sentences:
        if sentence.claim.role is ClaimRole.STATEMENT:
            given[sentence.source] += [(key, sentence) for f in sentence.facts
                                       if (key := figure_key(f)) is not None]
    return given


def _holders_figure_agreed(finding: Finding, given: Mapping[str, list[tuple[tuple, Sentence]]],
                           ctx: Context) -> bool:
    """Whether one side's figure is told of a named holder ("The Tarn film cost $96 million")
    and a source on the other side gives that same figure where it names that holder too ("such
    as The Tarn film ($96 million)"): that source agrees on the holder's figure, so its own
    other figure ("the mission cost $61 million") is of something else."""
    if len(finding.values) != 2:
        return False
    for side, group in enumerate(finding.values):
        first = group.evidence[0]
        sentence = ctx.sentence(first.claim)
        fact = next((f for f in sentence.facts if f.start == first.start), None)
        key = figure_key(fact) if fact is not None else None
        holder = sentence.holders(fact).subject if fact is not None and key is not None else None
        if holder is None:
            continue
        if any(k == key and any(n.same_entity(holder) for n in other.names)
               for source in finding.values[1 - side].sources for k, other in given.get(source, ())):
            return True
    return False


def told_by_one_source(finding: Finding) -> bool:
    """Whether one source gives both of a finding's figures: by its own account they are
    figures of two things, or of two times ("Tarco is buying Ribble for $4 billion" and, in the
    same article, "Vantor agreed to buy Kell for about $6 billion"), not one figure that the
    sources tell two ways."""
    return len(finding.values) == 2 and bool(set(finding.values[0].sources) & set(finding.values[1].sources))


def without_quotes_told_apart(finding: Finding) -> Finding | None:
    """The quotation finding without the wordings a source tells apart by quoting another of
    its wordings too: by its own account they are two remarks, not one remark worded two
    ways. Of two such wordings the one fewer sources quote goes (both, where as many quote
    each); None where fewer than two wordings are left. (Figures are not pruned so: which of
    two figures one source gives is the other sources' thing, the sources alone cannot tell.)"""
    if finding.kind is not DiscrepancyKind.QUOTE:
        return finding
    values = list(finding.values)
    while True:
        shared = [(a, b) for n, a in enumerate(values) for b in values[n + 1:]
                  if set(a.sources) & set(b.sources)]
        if not shared:
            break
        a, b = shared[0]
        gone = [a, b] if len(a.sources) == len(b.sources) else [min((a, b), key=lambda g: len(g.sources))]
        values = [g for g in values if all(g is not x for x in gone)]
    if len(values) == len(finding.values):
        return finding
    if len(values) < 2:
        return None
    return _recounted(finding, tuple(values))


FIGURE_FINDINGS = (DiscrepancyKind.QUANTITY, DiscrepancyKind.SPECIFICITY, DiscrepancyKind.DATE)


def detect_story_counts(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """Two sources that each give one figure, all through their articles, for the same specific
    thing counted ("14 tank cars", "16 tank cars"; "34 deaths", "38 deaths") disagree on the
    story's count of it, however differently the sentences that give it are worded. Counts of
    anyone (people) or measures do not qualify, nor vague amounts, nor figures far apart
    ("3 cars leaked", "14 cars derailed" count different cars)."""
    broad = broad_units(ctx.lexicon)
    by_unit: dict[str, dict[str, list[tuple[Claim, Fact]]]] = defaultdict(lambda: defaultdict(list))
    for claim in matches.claims:
        if claim.role is not ClaimRole.STATEMENT:
            continue
        for fact in claim.facts:
            if fact.kind is FactKind.COUNT and fact.unit and fact.unit not in broad and fact.value \
                    and not rate_of(claim.text, fact, ctx.lexicon):  # (not "30 million cars a year")
                kind = count_class(fact.unit, ctx.lexicon)  # "34 deaths", "38 dead"
                by_unit[kind if kind and kind not in broad else fact.unit][claim.source].append((claim, fact))
    for per_source in by_unit.values():
        if len(per_source) > STORY_COUNT_SOURCES:
            continue  # a feed of many stories: one unit there is many things counted
        single = {source: told for source, found in per_source.items()
                  if (told := _one_count(found, ctx)) is not None}
        yield from _story_disagreements(single, ctx, lambda a, fa, b, fb: (
            same_magnitude(fa, fb, STORY_COUNT_SPREAD) and _fates(a, fa, ctx) == _fates(b, fb, ctx)))


def _story_disagreements(told: Mapping[str, tuple[Claim, Fact]], ctx: Context,
                         alike: Callable[[Claim, Fact, Claim, Fact], bool],
                         bounds: bool = False, measured: bool = True) -> Iterable[Finding]:
    """For the one figure each source gives of a thing of the story (``told``, by source), a
    finding for every two that differ, are ``alike`` enough to be of one thing, and are not
    told apart by their events or their sentences' own words. With ``bounds``, two floors at
    different figures, or a floor well short of the other's figure, differ too ("at least 40"
    / "at least 55", "at least 52" / "70"): a toll's floor is its count so far."""
    ordered = sorted(told)
    for n, first in enumerate(ordered):
        for second in ordered[n + 1:]:
            (a, fa), (b, fb) = told[first], told[second]
            if is_vague(fa, ctx.lexicon) or is_vague(fb, ctx.lexicon):
                continue
            relation = relate_facts(fa, fb, ctx.published.get(a.source), ctx.published.get(b.source),
                                    ctx.lexicon)
            if bounds and relation is FactRelation.COMPATIBLE_BOUNDS and not nearby(fa, fb) and (
                    other_bound(fa, fb, ctx.lexicon) or short_floor(fa, fb, ctx.lexicon)
                    or short_floor(fb, fa, ctx.lexicon)):
                relation = FactRelation.DIFFERENT
            if (relation is FactRelation.DIFFERENT and alike(a, fa, b, fb)
                    and not different_events(a, b, ctx)
                    and not (measured and _measured_apart(a, fa, b, fb, ctx))
                    and not told_otherwise(ctx.sentence(a), fa, ctx.sentence(b), fb, ctx.lexicon)):
                yield _fact_finding(Cluster("", (a, b), 0.0), [(a, fa), (b, fb)], relation, ctx)


def detect_story_measures(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """Two sources that each give one value, all through their articles, of one named
    measurement of the story ("a depth of 14 km" / "at a depth of 9km", the noun the figure
    is told of and the quantity its unit measures, ``measure_bases``, or a span: "after 12
    hours of deliberation") disagree on it, however
    differently the sentences that give it are worded, as with ``detect_story_counts``. A
    value told as earlier, weighed, asked for, of a part or from another place is of none."""
    by_measure: dict[tuple, dict[str, list[tuple[Claim, Fact]]]] = defaultdict(lambda: defaultdict(list))
    # (A reading on a scale, "magnitude 6.3", is a measurement of its own: the scale is its noun.)
    scales = frozenset(concept(w, ctx.lexicon) for w in ctx.lexicon.words("measures", "scale_nouns"))
    for claim in matches.claims:
        if claim.role is not ClaimRole.STATEMENT:
            continue
        sentence = ctx.sentence(claim)
        for fact, measure in zip(sentence.facts, sentence.measures, strict=True):
            quantity = (measured_quantity(fact.unit) or ("duration" if fact.kind is FactKind.DURATION else "")
                        or ("reading" if fact.kind is FactKind.NUMBER and measure.nouns & scales else ""))
            if quantity and measure.nouns and fact.value and not (
                    measure.past or measure.earlier or measure.supposed or measure.possible or measure.asked
                    or measure.part or measure.increment or measure.change or measure.compared_with):
                by_measure[(measure.nouns, quantity, measure.origin)][claim.source].append((claim, fact))
    for per_source in by_measure.values():
        if len(per_source) > STORY_COUNT_SOURCES:
            continue
        single = {source: told for source, found in per_source.items()
                  if (told := _one_count(found, ctx)) is not None}
        yield from _story_disagreements(single, ctx, lambda *figures: True)


def detect_story_tolls(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """Two sources' tolls of the story (each one's headline count of people one fate befell,
    ``Corpus.headline_counts``) that differ disagree on it, however differently the sentences
    that give them are worded, as with ``detect_story_counts``."""
    told: dict[str, dict[str, tuple[Claim, Fact]]] = defaultdict(dict)
    for claim in matches.claims:
        if claim.role is not ClaimRole.STATEMENT:
            continue
        sentence = ctx.sentence(claim)
        for k, fact in enumerate(sentence.facts):
            fate = ctx.corpus.headline_fate(sentence, k)
            if fate:
                # (Counted as people or as the fate, "70 people" / "52 deaths", one toll.)
                told[fate].setdefault(claim.source, (claim, replace(fact, unit=fate)))
    for per_source in told.values():
        if len(per_source) > STORY_COUNT_SOURCES:
            continue
        yield from _story_disagreements(per_source, ctx,
                                        lambda a, fa, b, fb: same_magnitude(fa, fb, STORY_COUNT_SPREAD),
                                        bounds=True)


def detect_story_ages(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """Two sources that each give one age, all through their articles, of one person ("Jane
    Roe, 47," / "Roe, 48,") disagree on it, however differently the sentences that give them
    are worded. The person is the name the age is set beside; a short form ("Roe") is that
    person only where no two people of the story share it ("Ann Roe" and "Ben Roe")."""
    aged: dict[str, list[tuple[Name, Claim, Fact]]] = defaultdict(list)
    for claim in matches.claims:
        if claim.role is not ClaimRole.STATEMENT:
            continue
        sentence = ctx.sentence(claim)
        for fact in sentence.facts:
            # (The name an age is set beside is annotate's reading of who holds it.)
            person = sentence.holders(fact).apposed if fact.value else None
            if person is not None:
                aged[claim.source].append((person, claim, fact))
    # The story's people are the names two sources or more write in full: a run of capitals
    # one source glued ("posted on Facebook Roe said") is no one else of that name.
    written: dict[str, set[str]] = defaultdict(set)
    firsts: dict[str, Name] = {}
    for source, names in ctx.corpus.names_by_source.items():
        for n in names:
            written[n.key].add(source)
            firsts.setdefault(n.key, n)
    everyone = [firsts[key] for key, sources in written.items() if len(sources) > 1]
    shared: dict[tuple, bool] = {}

    def shared_by_two(name: Name) -> bool:
        if name.identity not in shared:
            shared[name.identity] = _short_form_of_two(name, everyone)
        return shared[name.identity]

    for per_source in _by_entity((person, claim, fact) for source in sorted(aged)
                                 for person, claim, fact in aged[source] if not shared_by_two(person)):
        yield from _story_disagreements(_one_value_each(per_source), ctx, lambda *figures: True)


def _by_entity(told: Iterable[tuple[Name, Claim, Fact]]) -> list[dict[str, list[tuple[Claim, Fact]]]]:
    """The figures told of each entity (names that are the same entity are one), by source."""
    entities: list[Name] = []  # one name for each entity, in the order first met
    found: dict[int, dict[str, list[tuple[Claim, Fact]]]] = defaultdict(lambda: defaultdict(list))
    for name, claim, fact in told:
        k = next((k for k, n in enumerate(entities) if n.same_entity(name)), None)
        if k is None:
            k = len(entities)
            entities.append(name)
        found[k][claim.source].append((claim, fact))
    return list(found.values())


def _one_value_each(per_source: Mapping[str, list[tuple[Claim, Fact]]]) -> dict[str, tuple[Claim, Fact]]:
    """Each source's figure, for the sources that give one value only."""
    return {source: found[0] for source, found in per_source.items() if len({f.value for _, f in found}) == 1}


def detect_story_populations(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """Two sources that each give one count of a place's people ("X, home to 80,000 people" /
    "X, whose population is 70,000", ``Holders.peopled``) disagree on it, however
    differently the sentences that give it are worded."""
    peopled = ((place, claim, fact) for claim in matches.claims if claim.role is ClaimRole.STATEMENT
               for fact in ctx.sentence(claim).facts
               if fact.value and (place := ctx.sentence(claim).holders(fact).peopled) is not None)
    for per_source in _by_entity(peopled):
        yield from _story_disagreements(_one_value_each(per_source), ctx, lambda *figures: True,
                                        measured=False)


def _short_form_of_two(name: Name, people: Sequence[Name]) -> bool:
    """Whether two of the people, not one another, have names the name is a short form of
    ("Roe" of "Ann Roe" and "Ben Roe")."""
    fuller = [m for m in people if len(m.words) > len(name.words) and m.same_entity(name)]
    return any(not m.same_entity(o) for m, o in itertools.combinations(fuller, 2))


def _one_count(found: Sequence[tuple[Claim, Fact]], ctx: Context) -> tuple[Claim, Fact] | None:
    """The one figure an article gives for a count all through it, told exactly where it
    gives it so ("more than 4,000 injured" and "4,130 injured" tell one count, 4,130); None
    where two of its figures cannot both be right, or it gives none exactly."""
    exact = [(c, f) for c, f in found if not f.qualifier and f.upper is None]
    claim, fact = (exact or found)[0]
    published = ctx.published.get(claim.source)

    def told_alike(figures: Sequence[tuple[Claim, Fact]], relations: tuple[FactRelation, ...]) -> bool:
        return all(relate_facts(fact, g, published, published, ctx.lexicon) in relations for _, g in figures)

    # Its exact figures are one value, perhaps told in two units ("9 miles (14.5 km)"), and
    # every bound or approximation it gives holds it.
    one = (FactRelation.SAME, FactRelation.ROUNDING)
    held = one + (FactRelation.COMPATIBLE_BOUNDS,) if exact else one
    if not told_alike(exact, one) or not told_alike(found, held):
        return None
    return claim, fact


def _fates(claim: Claim, fact: Fact, ctx: Context) -> frozenset[str]:
    """What befell those the count counts (``Measure.fates``). "Eight miners were trapped" and
    "six miners are presumed dead" count the trapped and the dead among them: one count of
    each fate, not one count told two ways, however often each article gives it."""
    return ctx.sentence(claim).measure(fact).fates


def _measured_apart(a: Claim, fa: Fact, b: Claim, fb: Fact, ctx: Context) -> bool:
    """Whether the sentences' own words tell two counts of one unit apart ("57,000 union
    members" / "46,000 striking members"; a count of another year's fire): no count of one thing."""
    sa, sb = ctx.sentence(a), ctx.sentence(b)
    i = next((k for k, f in enumerate(sa.facts) if (f.start, f.end) == (fa.start, fa.end)), None)
    j = next((k for k, f in enumerate(sb.facts) if (f.start, f.end) == (fb.start, fb.end)), None)
    dates = (ctx.published.get(a.source), ctx.published.get(b.source))
    return i is not None and j is not None and measured_apart(sa, i, sb, j, ctx.corpus, dates)


STORY_COUNT_SOURCES = 12
"""A unit counted in more sources than this is counted in more than one story."""
STORY_COUNT_SPREAD = 1.5
"""Two counts of one thing at most this many times apart: a toll or tally revised, not another group."""


def different_events(a: Claim, b: Claim, ctx: Context) -> bool:
    """Two alike sentences whose every detail differs report two happenings, not one
    happening two ways: "a 5.2 aftershock on Sunday" / "a 4.6 aftershock on Monday".
    One differing detail next to one that agrees is a discrepancy; two or more
    differing (figures, dates, a name in the same slot), with none agreeing, are two events."""
    return ctx.pair(a, b).different_events


def _different_events(a: Claim, b: Claim, ctx: Context) -> bool:
    aligned = align_facts(a, b, ctx)
    differing = [fa for fa, _, rel in aligned if rel in CONFLICTING]
    if len(differing) != len(aligned):
        # What both give is what both happenings share, not that they are one: "a second quake
        # struck on Monday, after 40 had died" is not the quake "on Monday" that killed 40
        # (``_marked_instances``).
        return bool(differing) and not all(is_rank(f) for f in differing) \
            and _marked_instances(a, b, ctx) != _marked_instances(b, a, ctx)
    # A tally or score ("voted 7-4", "won 2-1") is one detail written as two numbers, and so
    # is a value with its conversion in brackets ("6 km (3.7 miles)").
    sentence = ctx.sentence(a)
    at = {(f.start, f.end): k for k, f in enumerate(sentence.facts)}
    told = {at.get((f.start, f.end)) for f in differing}
    converted = {k for k in told if k is not None and (twin := bracket_twin(sentence, k)) is not None
                 and twin < k and twin in told}
    spans = sorted((f.start, f.end) for f in differing if at.get((f.start, f.end)) not in converted)
    details = sum(1 for n, (start, _) in enumerate(spans)
                  if n == 0 or not _joined(a.text[spans[n - 1][1]:start]))
    if not any(is_date(f) for f in differing) and _days_differ(a, b, ctx):
        details += 1  # "on August 15" / "on Saturday", even where the words around them differ
    if details == 1 and any(is_date(f) for f in differing) and _qualified_apart(a, b, ctx):
        details += 1  # "laboratory systems came back Monday" / "radiology systems ... Tuesday"
    if any(is_date(f) for f in differing) and _lone_figures_differ(a, b, aligned):
        # "samples showed 0.9 ppm on Wednesday morning" / "readings had dropped to 0.4 ppm on
        # Wednesday afternoon": each gives its one figure of the unit, worded too unlike to
        # pair, and each day is when its own figure held: two readings, not one day told two ways.
        details += 1
    if details == 0:
        return False
    if details == 1 and entity_clash(a, b, ctx) is not None:
        details += 1  # "against X on August 15" / "against Y on Saturday": another match
    if details == 1 and polarity_conflicts(a, b, ctx, stated=False):
        details += 1  # "612 patients who had not responded" / "the 428 patients who responded"
    if details == 1 and not all(is_rank(f) for f in differing) \
            and _marked_instances(a, b, ctx) != _marked_instances(b, a, ctx):
        # "a meeting was held Wednesday" / "a second meeting is set for Friday". (Where ranks
        # are the detail that differs, "sat in the fourth row" / "in the fifth row", they are
        # told once; an ordinal of a period, "in the fourth quarter", says which of several.)
        details += 1
    return details >= 2


def _qualified_apart(a: Claim, b: Claim, ctx: Context) -> bool:
    """A noun both claims open a clause with, each qualified by a word right before it that
    the other claim never uses ("laboratory systems came back" / "radiology systems came
    back"): two subjects of a kind, each with its own day."""
    sa, sb = ctx.sentence(a), ctx.sentence(b)
    ca, cb = set(sa.concepts), set(sb.concepts)

    def qualifiers(sentence: Sentence) -> dict[str, str]:
        # Only a clause's first two words: the subject, not a verb before its object ("remain
        # closed" / "stay closed").
        words, text = sentence.words, sentence.text
        firsts = {next((w.start for w in words if x <= w.start < y), -1) for x, y in sentence.clauses}
        return {w.concept: q.concept for q, w in zip(words, words[1:], strict=False)
                if q.start in firsts and not text[q.end:w.start].strip()}

    qa, qb = qualifiers(sa), qualifiers(sb)
    return any(noun in qb and qa[noun] != qb[noun] and qa[noun] not in cb and qb[noun] not in ca
               for noun in qa)


def _lone_figures_differ(a: Claim, b: Claim, aligned: list[tuple[Fact, Fact, FactRelation]]) -> bool:
    """Each claim gives one figure of a kind and unit the other gives once too, left unpaired,
    and the two values differ."""
    paired = {id(f) for f, _, _ in aligned}

    def lone(claim: Claim) -> dict[tuple, Fact]:
        keys = [(f.kind, f.unit) for f in claim.facts if f.kind in FIGURE_KINDS and f.value]
        return {(f.kind, f.unit): f for f in claim.facts
                if f.kind in FIGURE_KINDS and f.value and keys.count((f.kind, f.unit)) == 1}

    mine, theirs = lone(a), lone(b)
    return any(id(f) not in paired and key in theirs and theirs[key].value != f.value
               for key, f in mine.items())


def _marked_instances(claim: Claim, other: Claim, ctx: Context) -> frozenset[tuple[str, str]]:
    """Concepts the two claims share that ``claim`` marks as one of several (``Sentence.marked``)."""
    shared = set(ctx.sentence(claim).concepts) & set(ctx.sentence(other).concepts)
    return frozenset((marker, c) for marker, c in ctx.sentence(claim).marked if c in shared)


def _days_differ(a: Claim, b: Claim, ctx: Context, to_the_day: bool = False) -> bool:
    """Both claims name days of events, and no day of one is a day of the other
    (``to_the_day``: only dates that name one day, a weekday or a day of a month, count)."""
    said_a, said_b = ctx.sentence(a).said_on, ctx.sentence(b).said_on

    def dated(claim: Claim, said: Collection[int]) -> list[Fact]:
        # The end of the span a figure is of ("the three months to Dec. 30") is no day of a happening.
        return [f for f in claim.facts if f.kind in DATE_KINDS and f.start not in said
                and not closes_span(ctx.sentence(claim), f, ctx.lexicon)
                and (not to_the_day or f.kind is FactKind.WEEKDAY or f.kind is FactKind.DATE and f.day)]
    days_a, days_b = dated(a, said_a), dated(b, said_b)
    pub_a, pub_b = ctx.published.get(a.source), ctx.published.get(b.source)
    relations = [_day_against_day(fa, fb, pub_a, pub_b, ctx.lexicon) for fa in days_a for fb in days_b]
    relations = [r for r in relations if r is not FactRelation.INCOMPARABLE]
    return bool(relations) and all(r is FactRelation.DIFFERENT for r in relations)


def _day_against_day(a: Fact, b: Fact, published_a: dt.date | None, published_b: dt.date | None,
                     lexicon: Lexicon) -> FactRelation:
    """Like ``relate_facts``, but a month against a day outside it differs: "the flight in November"
    and "the launch on Tuesday" (a Tuesday in April) are two happenings, though neither date
    is a value of the other."""
    relation = relate_facts(a, b, published_a, published_b, lexicon)
    if relation is not FactRelation.INCOMPARABLE:
        return relation
    for month, day, published in ((a, b, published_b), (b, a, published_a)):
        if month.kind is FactKind.DATE and month.month and month.day is None and not month.unit:
            resolved = resolve_date(day, published) if day.kind is not FactKind.DATE or day.day else None
            if resolved is not None:
                inside = resolved.month == month.month and month.year in (None, resolved.year)
                return FactRelation.SAME if inside else FactRelation.DIFFERENT
    return relation


def _joined(between: str) -> bool:
    return len(between) <= 1 and not between.isspace()


def _fact_finding(cluster: Cluster, stated: list[tuple[Claim, Fact]], rel: FactRelation,
                  ctx: Context) -> Finding:
    # Grow the two-claim finding with every other claim of the cluster that states the
    # same value as one side, so the report says "1 source says X, 3 say Y".
    groups: list[list[tuple[Claim, Fact]]] = [[stated[0]], [stated[1]]]
    for other in cluster.claims:
        if other is stated[0][0] or other is stated[1][0]:
            continue
        for side, group in enumerate(groups):
            ref_claim, ref_fact = group[0]
            same = next((fb for fa, fb, r in align_facts(ref_claim, other, ctx)
                         if fa.start == ref_fact.start and r is FactRelation.SAME), None)
            # A claim joins one side only where it tells of the happening the other side
            # tells of: "the previous flight carried five" states the same five as "that
            # one carried five", but sets nothing against "this rocket carried seven".
            # (Asked second: most claims of a cluster state neither value.)
            if same is not None and not different_events(other, groups[1 - side][0][0], ctx):
                group.append((other, same))
                break
    # A time of day places the happening in time as a date does ("at 10:33 pm" / "at 10:33
    # am"); a time taken ("in 2:06:14") is an amount.
    timed = is_date(stated[0][1]) or stated[0][1].unit == CLOCK_TIME
    kind = DiscrepancyKind.DATE if timed else DiscrepancyKind.QUANTITY
    # Two bounds on one side at different figures ("at least 36" / "at least 25") each tell
    # another figure for the limit: a conflict, as check calls it (``relate.other_bound``).
    another_limit = rel is FactRelation.COMPATIBLE_BOUNDS \
        and other_bound(stated[0][1], stated[1][1], ctx.lexicon)
    severity = Severity.CONFLICT if rel is FactRelation.DIFFERENT or another_limit else Severity.REFINEMENT
    vague = [is_vague(f, ctx.lexicon) for _, f in stated]
    broader = ""
    if rel is FactRelation.COMPATIBLE_BOUNDS and any(vague) and not all(vague):
        kind = DiscrepancyKind.SPECIFICITY  # "dozens of homes" / "87 homes": a figure left out, not another
        broader = " (one gives only a vague amount)"
    elif rel is FactRelation.COMPATIBLE_BOUNDS and kind is DiscrepancyKind.DATE and wider_date(
            stated[0][1], stated[1][1],
            ctx.published.get(stated[0][0].source), ctx.published.get(stated[1][0].source)):
        kind = DiscrepancyKind.SPECIFICITY  # "later this year" / "in the third quarter": a time left vague
        broader = " (one gives only a broader time)"
    values = tuple(
        ValueGroup(group[0][1].canonical or group[0][1].raw,
                   tuple(Evidence(c, f.start, f.end) for c, f in sorted(group, key=lambda cf: cf[0].key)))
        for group in groups
    )
    explanation = _count_explanation(values)
    if kind is DiscrepancyKind.SPECIFICITY:
        explanation += broader
    elif rel is FactRelation.COMPATIBLE_BOUNDS and not another_limit:
        explanation += " (different figures, but their bounds are compatible)"
    return Finding(kind, severity, cluster.id, values, explanation)


def _count_explanation(values: Sequence[ValueGroup]) -> str:
    """ "1 source says 12%, 4 say 15%" """
    parts = []
    for n, group in enumerate(values):
        count = len(group.sources)
        subject = f"{count} source{'s' if count != 1 else ''}" if n == 0 else str(count)
        parts.append(f"{subject} {'says' if count == 1 else 'say'} {group.value}")
    return ", ".join(parts)


# --- quotations ----------------------------------------------------------------------------

def related_quotes(claims: Sequence[Claim], ctx: Context) -> RelatedQuotes:
    """Quotations of different sources that render the same remark: the quotes, and the
    relation (identical, excerpt, variant) of each related pair of them."""
    from claimcheck.quotes import QuoteRelation, one_word_changed, relate_quotes

    stop = stopwords(ctx.lexicon)
    quotes = [q for c in claims if c.role is ClaimRole.STATEMENT for q in ctx.sentence(c).quotes]
    postings: dict[str, list[int]] = defaultdict(list)
    for n, q in enumerate(quotes):
        for w in set(q.words) - stop:
            postings[w].append(n)
    content = [len(set(q.words) - stop) for q in quotes]
    relations: dict[tuple[int, int], QuoteRelation] = {}
    for n, q in enumerate(quotes):
        shared = Counter(m for w in set(q.words) - stop for m in postings[w] if m > n)
        for m in sorted(shared):
            if quotes[m].claim.source == q.claim.source:
                continue
            if shared[m] < 2 and shared[m] < min(content[n], content[m]) \
                    and not one_word_changed(q.words, quotes[m].words):
                continue  # one content word shared, neither all of one's own: ``relate_quotes`` = unrelated
            rel = relate_quotes(q, quotes[m], stop, lexicon=ctx.lexicon)
            if rel is QuoteRelation.VARIANT and _spoken_by_two(q.claim, quotes[m].claim, ctx):
                continue  # "I was sure I'd drown," said X / "I was sure it would sink," Y said: two remarks
            if rel is not QuoteRelation.UNRELATED:
                relations[(n, m)] = rel
    return RelatedQuotes(tuple(quotes), relations)


def _spoken_by_two(a: Claim, b: Claim, ctx: Context) -> bool:
    """Whether two sentences credit their words to two speakers, each named, neither speaking
    for the other: quotations worded alike are then two remarks, not one remark quoted twice.
    (The same words credited to two speakers are an attribution, ``detect_attribution``.)"""
    sa, sb = ctx.sentence(a).speaker, ctx.sentence(b).speaker
    return sa is not None and sb is not None and not sa.same_entity(sb) \
        and not ctx.corpus.affiliated(sa, sb) and not ctx.corpus.affiliated(sb, sa)


class RelatedQuotes(NamedTuple):
    quotes: tuple[Quote, ...]
    relations: dict[tuple[int, int], QuoteRelation]
    """(n, m) -> how quote n and quote m (n < m) render the same remark."""


def detect_quote_variants(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """The same quotation worded differently by different sources.

    Quotations are compared across the whole corpus, not only inside clusters: the
    same remark is often framed by sentences that share little else.
    """
    from claimcheck.quotes import QuoteRelation

    quotes, relations = matches.quotes
    parent = list(range(len(quotes)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for n, m in relations:
        parent[root(m)] = root(n)
    components: dict[int, list[int]] = defaultdict(list)
    for n in range(len(quotes)):
        components[root(n)].append(n)
    cluster_of = {frozenset(c.key for c in cl.claims): cl.id for cl in matches.clusters}

    def head_of(group_of: Mapping[int, int], n: int) -> int:
        while group_of[n] != n:
            n = group_of[n]
        return n

    for members in components.values():
        if not any(relations.get((a, b)) is QuoteRelation.VARIANT for a in members for b in members if a < b):
            continue
        # Identical wordings and faithful excerpts share a value; variants stand apart.
        group_of = {n: n for n in members}
        for a in members:
            for b in members:
                if a < b and relations.get((a, b)) in (QuoteRelation.IDENTICAL, QuoteRelation.EXCERPT):
                    longer = a if len(quotes[a].words) >= len(quotes[b].words) else b
                    shorter = b if longer == a else a
                    group_of[shorter] = group_of[longer]
        # An excerpt faithful to two rival wordings takes no side: it is left out.
        neutral = set()
        for n in members:
            fits = {head_of(group_of, m) for m in members if m != n
                    and relations.get((min(n, m), max(n, m)))
                    in (QuoteRelation.IDENTICAL, QuoteRelation.EXCERPT)
                    and len(quotes[m].words) > len(quotes[n].words)}
            if len(fits) > 1:
                neutral.add(n)
        # Nor does it join them: wordings tied only through such an excerpt ("saved lives" cut
        # from two remarks) are two remarks, and only wordings related among themselves stand.
        kept = [n for n in members if n not in neutral]
        joined = {n: n for n in kept}
        for a in kept:
            for b in kept:
                if a < b and (a, b) in relations:
                    joined[head_of(joined, b)] = head_of(joined, a)
        part_of = {n: head_of(joined, n) for n in kept}
        for part in sorted(set(part_of.values())):
            groups: dict[int, list[int]] = defaultdict(list)
            for n in kept:
                if part_of[n] == part:
                    groups[head_of(group_of, n)].append(n)
            if len(groups) >= 2 and any(relations.get((a, b)) is QuoteRelation.VARIANT for a in kept
                                        for b in kept if a < b and part_of[a] == part_of[b] == part):
                yield _quote_finding(quotes, groups, cluster_of)


def _quote_finding(quotes: Sequence[Quote], groups: Mapping[int, list[int]],
                   cluster_of: Mapping[frozenset[ClaimKey], str]) -> Finding:
    """One finding of rival wordings of a remark: each group is one wording with its faithful
    excerpts; the wording most sources give comes first."""
    ordered_groups = sorted(
        groups.items(), key=lambda kv: (-len({quotes[n].claim.source for n in kv[1]}), kv[0]))
    values = tuple(
        ValueGroup(f"“{quotes[head].text}”",
                   tuple(Evidence(quotes[n].claim, quotes[n].start, quotes[n].end)
                         for n in sorted(ns, key=lambda n: quotes[n].claim.key)))
        for head, ns in ordered_groups
    )
    keys = frozenset(e.claim.key for g in values for e in g.evidence)
    cluster_id = next((cid for ks, cid in cluster_of.items() if keys <= ks), "")
    first, second = quotes[ordered_groups[0][0]], quotes[ordered_groups[1][0]]
    only_first, only_second = _differing(first, second)
    return Finding(DiscrepancyKind.QUOTE, Severity.WORDING, cluster_id, values,
                   f"the same quotation worded differently: {only_first} vs {only_second}")


def _differing(a, b) -> tuple[str, str]:
    from claimcheck.quotes import differing_words

    only_a, only_b = differing_words(a, b)
    return (f"“{' '.join(only_a)}”" if only_a else "(nothing)",
            f"“{' '.join(only_b)}”" if only_b else "(nothing)")


# --- polarity ---------------------------------------------------------------------------

POLARITY_LINK_FLOOR = 45.0
"""Claims this alike that affirm and deny the same act are worth a polarity check even
when they are too different to cluster ("X finalized the deal" / "both sides still need
to finalize the terms")."""


def polarity_conflicts(a: Claim, b: Claim, ctx: Context, need_named_object: bool = False,
                       stated: bool = True) -> list[tuple[Predication, Predication]]:
    """Acts one claim affirms and the other denies, with compatible subjects.

    ``need_named_object``: also require both to name the same thing right after the
    act ("finalized the X deal" / "still need to finalize the X terms"), for pairs too
    weakly linked to be sure they are about the same event. ``stated``: the affirmed act
    must be stated to have happened; without it, an act that only picks out what is meant
    ("the patients who responded") counts as well.
    """
    sa, sb = ctx.sentence(a), ctx.sentence(b)
    if not sa.denies and not sb.denies:
        return []
    pa, pb = sa.predications, sb.predications
    found = []
    for neg_side, pos_side in ((pa, pb), (pb, pa)):
        for neg in (p for p in neg_side if p.negated):
            same = [p for p in pos_side if p.concept == neg.concept]
            if not same or any(p.negated for p in same) or (stated and not any(p.finite for p in same)):
                continue  # not stated as done by the other side, or denied there too
            if _affirms_too(neg_side, neg):
                continue
            same = [p for p in same if p.finite or not stated]
            pos = same[0]
            neg_read, pos_read = (sa, sb) if neg_side is pa else (sb, sa)
            if _linking(neg_read, neg, ctx) or _linking(pos_read, pos, ctx):
                continue  # "appeared shaken" / "did not appear to flinch": what each says is after it
            if stated and _reported(neg_read, neg, ctx) and _reported(pos_read, pos, ctx):
                continue  # "claiming that X hadn't obtained it" / "said that it had": two parties' words
            if _of_another_part(neg_read, neg, ctx) \
                    or _objects_apart(neg_read, neg.end, pos_read, pos.end, ctx, neg.start):
                continue  # "failed to reach a verdict on three more": denied of other parts or things
            if neg.subject and pos.subject and not (neg.subject & pos.subject):
                continue  # different actors: "the White House confirmed", "Beijing has not confirmed"
            if _someone_else(neg_read, neg, pos_read, pos, ctx) \
                    or _someone_else(pos_read, pos, neg_read, neg, ctx):
                continue  # "She scored ..., before X missed" / "X failed to convert"
            neg_claim, pos_claim = (a, b) if neg_side is pa else (b, a)
            if acts_years_apart(neg_claim, neg.start, pos_claim, pos.start, ctx):
                continue  # "in 2019 it did not pay" / "it paid": acts of two years
            if _placed_apart(ctx.sentence(neg_claim), neg, ctx.sentence(pos_claim), pos, ctx):
                continue  # "would not list in X" / "listed in Y rather than X": not there, but elsewhere
            if need_named_object and not (_named_after(neg_side, neg) & _named_after(pos_side, pos)):
                continue
            if stated and (_counted_apart(neg_read, neg, pos_read, pos, ctx)
                           or not _tied(neg_read, neg, pos_read, pos, ctx)):
                # "25 have yet to be identified" / "35 had been identified": two groups; "the
                # warning was delivered" / "she failed to deliver": whose act, done to what? (Told
                # of what is meant, ``stated=False``, opposite acts still tell two things apart.)
                continue
            found.append((neg, pos) if neg_side is pa else (pos, neg))
    return found


def _linking(sentence: Sentence, act: Predication, ctx: Context) -> bool:
    """Whether the act is a linking verb (``linking_verbs``) with no preposition after it: it
    tells what its subject was ("appeared shaken"), not an act ("appeared in court")."""
    verb = next((t for t in sentence.tokens if t.end == act.end), None)
    if verb is None or verb.norm not in ctx.lexicon.words("polarity", "linking_verbs"):
        return False
    after = next((t for t in sentence.tokens if t.start >= act.end), None)
    return after is None or after.norm not in PREPOSITIONS


def _reported(sentence: Sentence, act: Predication, ctx: Context) -> bool:
    """Whether the act stands in what someone is reported to say: after a verb of speech and
    "that" ("claiming that X hadn't obtained approval", "said that the deal had obtained it").
    Where both opposite acts are so reported, each outlet tells a party's word, and the parties,
    not the outlets, disagree."""
    speech = ctx.lexicon.compiled(_speech_concepts)
    that = ctx.lexicon.words("entities", "complementisers")
    toks = [t for t in sentence.tokens if t.end <= act.start]
    return any(t.norm in that and k and concept(toks[k - 1].norm, ctx.lexicon) in speech
               for k, t in enumerate(toks))


def _speech_concepts(lexicon: Lexicon) -> frozenset[str]:
    """The concepts of the words of speech, so that "claiming" and "asserting" are read as
    "claimed" and "asserted" are."""
    return frozenset(concept(w, lexicon) for w in speech_words(lexicon))


def _tied(neg_read: Sentence, neg: Predication, pos_read: Sentence, pos: Predication, ctx: Context) -> bool:
    """Whether something says two opposite acts are one act: a doer both name, or a word both
    clauses tell the act with, before or after it (who does it, what to, from or by whom). A
    verb alone is no act of anyone's."""
    if neg.subject & pos.subject:
        return True
    # Word for word in the same place, or across it: the passive names the thing first ("the
    # merger was approved by the board" / "the board did not approve the merger").
    neg_lead, pos_lead = _lead(neg_read, neg.start, ctx), _lead(pos_read, pos.start, ctx)
    neg_after, pos_after = _complement(neg_read, neg.end, ctx), _complement(pos_read, pos.end, ctx)
    return bool((neg_lead | neg_after) & (pos_lead | pos_after))


def _lead(sentence: Sentence, start: int, ctx: Context) -> frozenset[str]:
    """The content words of an act's clause before it, back to the clause's start or a comma:
    its doer, or in the passive the thing it is done to ("the remains of the crew have been
    identified")."""
    before = _clause_before(sentence, start, ctx)
    # A possessor before its noun says whose the doer or thing is, not who: "the gunman's
    # father was found" tells of the father.
    heads = [t for k, t in enumerate(before)
             if k + 1 == len(before) or not t.text.endswith(POSSESSIVE_ENDINGS)]
    return frozenset(_content_concepts(sentence, reversed(heads), ctx)[:COMPLEMENT_REACH])


POSSESSIVE_ENDINGS = ("'s", "’s")


def _content_concepts(sentence: Sentence, toks: Iterable[Token], ctx: Context) -> list[str]:
    """The concepts of the content words among ``toks``, in their order: no function word, and
    no word of a figure (a value tells no doer or thing)."""
    stop = stopwords(ctx.lexicon)
    told = [(f.start, f.end) for f in sentence.facts]
    return [concept(t.norm, ctx.lexicon) for t in toks
            if t.norm not in stop and not any(x <= t.start < y for x, y in told)]


def _clause_before(sentence: Sentence, start: int, ctx: Context) -> list[Token]:
    """The tokens of ``start``'s clause before it, back to the clause's start, punctuation or
    a word opening a clause ("pine that had not burned": the pine is the main clause's)."""
    clause = sentence.clause_at(start)
    before = [t for t in sentence.tokens if clause[0] <= t.start and t.end <= start]
    openers = ctx.lexicon.words("verdicts", "subordinators")
    for k in range(len(before) - 1, -1, -1):
        if before[k].norm in openers:
            return before[k + 1:]
        if _OBJECT_BREAK.search(sentence.text, before[k].end, start):
            return before[k + 1:]
    return before


def _counted_apart(neg_read: Sentence, neg: Predication, pos_read: Sentence, pos: Predication,
                   ctx: Context) -> bool:
    """Whether the two acts are told of two counted groups: each clause opens its doer (or, in
    the passive, its thing) with a count, and the counts differ ("25 have yet to be identified"
    / "35 of the dead had been identified"): two parts of a whole, each with its own fate."""
    return _groups_counted_apart(neg_read, neg.start, pos_read, pos.start, ctx)


def _groups_counted_apart(sa: Sentence, at_a: int, sb: Sentence, at_b: int, ctx: Context) -> bool:
    """Whether the acts at ``at_a`` and ``at_b`` each open their clause with a count, and the
    counts differ ("210 survived" / "five of the crew were killed"): two groups."""
    a, b = _head_count(sa, at_a, ctx), _head_count(sb, at_b, ctx)
    return a is not None and b is not None and a != b


def _head_count(sentence: Sentence, at: int, ctx: Context) -> float | None:
    """The first count of the clause before ``at``, where the act's doer or thing is counted."""
    lead = _clause_before(sentence, at, ctx)
    if not lead:
        return None
    counts = [f for f in sentence.facts if lead[0].start <= f.start < at and f.value is not None
              and f.kind in (FactKind.COUNT, FactKind.NUMBER)]
    return counts[0].value if counts else None


def _complement(sentence: Sentence, end: int, ctx: Context) -> frozenset[str]:
    """The content words of an act's clause right after it, through prepositions: what it is
    done to, or from, for, in ("leaked from the vessel", "voted for the motion")."""
    return frozenset(_content_concepts(sentence, _clause_after(sentence, end), ctx)[:COMPLEMENT_REACH])


COMPLEMENT_REACH = 4


PLACE_REACH = 6
"""Tokens between an act and the place it is done in ("list its new shares in X")."""


def _place_after(sentence: Sentence, p: Predication) -> Placed | None:
    """The place a preposition puts an act in, right after the act in its clause ("not play in
    X", "listed in Y"), or None."""
    clause = sentence.clause_at(p.start)
    for placed in sentence.places:
        start = placed.name.start
        if p.end <= start < clause[1]:
            between = sum(1 for t in sentence.tokens if p.end <= t.start and t.end <= start)
            return placed if between <= PLACE_REACH else None
    return None


def _placed_apart(neg_sentence: Sentence, neg: Predication, pos_sentence: Sentence, pos: Predication,
                  ctx: Context) -> bool:
    """Whether an act denied in one place is affirmed only elsewhere: the denial names where it
    is not done ("would not play in X"), and the affirmation puts it in another place ("played
    in Y") or excludes that one too ("held in Y instead of X", ``polarity.yaml`` excluding).
    The denial says what is not done there, which the affirmation does not contradict."""
    denied = _place_after(neg_sentence, neg)
    if denied is None:
        return False
    done = _place_after(pos_sentence, pos)
    if done is not None and not done.same_place(denied):
        return True
    text = pos_sentence.text.casefold()
    excluding = ctx.tables.excluding
    for name in pos_sentence.names:
        if name.start < pos.end or not name.same_entity(denied.name):
            continue
        lead = text[max(0, name.start - 24):name.start].split()
        if lead and lead[-1] in ctx.tables.place_determiners:
            lead = lead[:-1]
        if any(tuple(lead[-len(e):]) == e for e in excluding):
            return True
    return False


PRONOUN_REACH = 2
"""Words between a pronoun subject and its act ("She also scored")."""


def _someone_else(sentence: Sentence, act: Predication, other: Sentence, others_act: Predication,
                  ctx: Context) -> bool:
    """Whether the act's subject is a person pronoun ("She also scored", ``person_pronouns``)
    and the other act's named subject is named elsewhere in the pronoun's own sentence: the
    pronoun stands for someone else than the people its sentence names in the third person."""
    if not others_act.subject or act.subject:
        return False
    before = [t for t in sentence.tokens if t.end <= act.start][-PRONOUN_REACH - 1:]
    if not any(t.norm in ctx.tables.person_pronouns for t in before):
        return False
    named = {w for n in sentence.names if not n.start <= act.start < n.end for w in n.spelled}
    return others_act.subject <= named


def _affirms_too(side: Sequence[Predication], neg: Predication) -> bool:
    """Whether the sentence that denies an act affirms it too ("sounds when the pump is
    engaged ... or not engaged"): it tells two cases, and another's affirmation agrees with one."""
    return any(p.concept == neg.concept and not p.negated for p in side)


OBJECT_REACH = 3
"""Content words after an act that say what it is done to ("voted against the new budget")."""
_OBJECT_BREAK = re.compile(r"[,;:!?()\[\]—–]|\s-\s")


def _clause_after(sentence: Sentence, end: int) -> list[Token]:
    """The tokens after ``end`` up to the end of its clause or the first punctuation."""
    clause = sentence.clause_at(max(0, end - 1))
    after = []
    last = end
    for t in sentence.tokens:
        if t.start < end:
            continue
        if t.start >= clause[1] or _OBJECT_BREAK.search(sentence.text, last, t.start):
            break
        after.append(t)
        last = t.end
    return after


def _object_words(sentence: Sentence, end: int, ctx: Context) -> frozenset[str]:
    """Concepts of the content words right after an act, through determiners only (its direct
    object): what it is done to ("in favour of the motion", "voted against the leader")."""
    return frozenset(c for c, _ in _object_phrase(sentence, end, ctx))


def _object_phrase(sentence: Sentence, end: int, ctx: Context) -> list[tuple[str, bool]]:
    """``_object_words`` in order, each told whether it is written as a name: the last is
    the head of the object's noun phrase ("the transfer fee": fee)."""
    stop = stopwords(ctx.lexicon)
    found: list[tuple[str, bool]] = []
    picked = False
    for t in _clause_after(sentence, end):
        if t.norm in ctx.tables.object_determiners or t.norm in ctx.tables.ordinals:
            picked = True
            continue  # (which one of it is no thing of its own: "her third hundred")
        if not found and t.norm in ctx.tables.object_partitives:
            picked = True
            continue  # "one of its tugs", "most of the staff": what is picked from is the object
        if picked and not found and t.norm == "of":
            continue
        if t.norm in stop or t.norm[:1].isdigit():
            break  # a preposition ("reopened to traffic", "on Friday") or a clause opener ("after
            # a trial") says where, when or why, not what the act is done to
        found.append((concept(t.norm, ctx.lexicon), t.text[:1].isupper()))
        if len(found) == OBJECT_REACH:
            break
    return found


def _told_by(phrase: Sequence[tuple[str, bool]]) -> frozenset[str]:
    """What tells an object (``_object_phrase``) apart: its head and the names in it ("the
    transfer fee" is a fee, whatever a word before it is of; "the X paperwork" is X's)."""
    return frozenset(c for k, (c, named) in enumerate(phrase) if named or k == len(phrase) - 1)


def _objects_apart(read_a: Sentence, end_a: int, read_b: Sentence, end_b: int, ctx: Context,
                   cue_a: int = -1) -> bool:
    """Whether two opposite acts are done to two different things: each names what it is done to,
    and neither names the other's anywhere ("voted for the motion" / "voted against the leader":
    one vote seen from its two sides, not two opposite votes). ``cue_a``: where the negation of
    the first act starts, whose noun may have its object before it ("gave him no support")."""
    phrase_a, phrase_b = _object_phrase(read_a, end_a, ctx), _object_phrase(read_b, end_b, ctx)
    oa, ob = _told_by(phrase_a), _told_by(phrase_b)
    if not oa and cue_a >= 0:
        oa = _receiver_before(read_a, cue_a, ctx)
    if not oa or not ob:
        return False
    # (Named in the act's own clause: past a dash or a semicolon another point is made.)
    return not (oa & _clause_concepts(read_b, end_b)) and not (ob & _clause_concepts(read_a, end_a))


def _thing_acted_on(sentence: Sentence, out: Outcome, ctx: Context) -> frozenset[str]:
    """What an act is done to: its object, a particle passed over ("open up the market"), or,
    where nothing follows it in its clause but a place or a time, the noun it is told of
    ("once the deal closes next year": the deal closes); empty when neither is read."""
    after = _clause_after(sentence, out.end)
    end = after[0].end if after and after[0].norm in ctx.lexicon.words("polarity", "verb_particles") \
        else out.end
    rest = _clause_after(sentence, end)
    timed = bool(rest) and any(f.start <= rest[0].start < f.end for f in sentence.facts)  # "closed Tuesday"
    found = frozenset() if timed else _object_words(sentence, end, ctx)
    if found:
        return found
    before = [t for t in sentence.tokens if t.end <= out.start][-1:]
    if rest and not (timed or rest[0].norm in PREPOSITIONS) \
            or before and before[0].norm == "to" or _mover(sentence, out.start) is not None:
        # an object unread ("open up new markets"), an infinitive's subject elsewhere, or a
        # name told of ("Route 9 remained closed"), which ``_mover`` weighs
        return frozenset()
    noun = _moved_noun(sentence, out.start, ctx)
    return frozenset({noun}) if noun else frozenset()


def _things_apart(read_a: Sentence, out_a: Outcome, read_b: Sentence, out_b: Outcome, ctx: Context) -> bool:
    """Whether two opposite acts are done to two things, each told by its object or, without
    one, by what it is told of ("once the deal closes" / "open up new routes"): neither names
    the other's thing in its own, nor in its clause before the act ("an amendment requiring
    a deal failed" is of the amendment). (A word of one later in the other's clause is no
    thing the act is done to: "open up new routes ... than the earlier agreement" opens no deal.)"""
    ta, tb = _thing_acted_on(read_a, out_a, ctx), _thing_acted_on(read_b, out_b, ctx)
    if not ta or not tb:
        return False
    def before(read: Sentence, out: Outcome) -> frozenset[str]:
        return frozenset(_content_concepts(read, _clause_before(read, out.start, ctx), ctx))
    return not ta & (tb | before(read_b, out_b)) and not tb & (ta | before(read_a, out_a))


_POINT_BREAK = re.compile(r"\s[—–-]\s|[;—–]")


def _clause_concepts(sentence: Sentence, at: int) -> frozenset[str]:
    """The concepts of the stretch of the sentence around ``at`` between dashes or semicolons."""
    text = sentence.text
    lo = max((m.end() for m in _POINT_BREAK.finditer(text, 0, at)), default=0)
    hi = next((m.start() for m in _POINT_BREAK.finditer(text, at)), len(text))
    return frozenset(w.concept for w in sentence.words if lo <= w.start < hi)


def _receiver_before(sentence: Sentence, cue: int, ctx: Context) -> frozenset[str]:
    """What a noun denied by a determiner ("no support", "no help") is given to, named just before
    it: "gave him no support", "offered the council no help". A pronoun, or the content words
    back to a determiner; none when a verb may stand there instead ("they gave no support")."""
    tables = ctx.tables
    toks = [t for t in sentence.tokens if t.end <= cue]
    at = next((t for t in sentence.tokens if t.start >= cue), None)
    if at is None or at.norm not in tables.noun_negations or not toks:
        return frozenset()
    if toks[-1].norm in tables.object_pronouns:
        return frozenset({toks[-1].norm})
    stop = stopwords(ctx.lexicon)
    found: list[str] = []
    for t in reversed(toks[-OBJECT_REACH - 1:]):
        if t.norm in tables.object_determiners:
            return frozenset(found)
        if t.norm in stop or _OBJECT_BREAK.search(sentence.text, t.end, cue):
            break
        found.append(concept(t.norm, ctx.lexicon))
    return frozenset()


def _of_another_part(sentence: Sentence, neg: Predication, ctx: Context) -> bool:
    """Whether a denial is of other parts than those the act was done on: a word of its clause
    after it says so ("failed to reach a verdict on three more", "not on the other counts"),
    which tells the act was done on some (``polarity.yaml`` other_parts)."""
    values = [(f.start, f.end) for f in sentence.facts]
    return any(t.norm in ctx.tables.other_parts and not any(s <= t.start < e for s, e in values)
               for t in _clause_after(sentence, neg.end))


def _named_after(side: Sequence[Predication], p: Predication, span: int = 5) -> set[str]:
    """Names (capitalised words) among the few words after a predicate."""
    after = [q for q in side if q.start >= p.end][:span]
    return {q.concept for q in after if q.capitalised}


def _act_year(sentence: Sentence, at: int, published: dt.date | None,
              ctx: Context) -> tuple[int | None, bool]:
    """The year the clause at ``at`` places its act in, and whether the clause names it: a
    year of the clause ("In 2016, the bank cut the rate"), else the year the article was
    published (an act told with no year is the story's own)."""
    x, y = sentence.clause_at(at)
    text = sentence.text.casefold()
    for f in sentence.facts:
        if f.kind is FactKind.DATE and f.year is not None and x <= f.start < y \
                and f.start not in sentence.said_on:
            words = text[max(0, f.start - 12):f.start].split()
            if not (words and words[-1].strip("'’s") in ctx.tables.year_leads):
                return f.year, True
    return (published.year if published is not None else None), False


def acts_years_apart(a: Claim, at_a: int, b: Claim, at_b: int, ctx: Context) -> bool:
    """Whether the two acts are placed in two years, one of them named in its clause at
    least ("In 2016, the bank cut the rate" / "the bank raised rates"): two acts, whatever
    their words, not one told two ways."""
    ya, named_a = _act_year(ctx.sentence(a), at_a, ctx.published.get(a.source), ctx)
    yb, named_b = _act_year(ctx.sentence(b), at_b, ctx.published.get(b.source), ctx)
    return (named_a or named_b) and ya is not None and yb is not None and ya != yb


def acts_months_apart(a: Claim, at_a: int, b: Claim, at_b: int, ctx: Context) -> bool:
    """Whether one of two acts is dated weeks before the story's time and the other is not
    ("saw him lose to X in the semi-final last month" / "beat X to win the title"): two acts."""
    da = days_before(ctx.sentence(a), at_a, ctx.published.get(a.source))
    db = days_before(ctx.sentence(b), at_b, ctx.published.get(b.source))
    return (da > PAST_ACT_DAYS) != (db > PAST_ACT_DAYS)


def _polarity_finding(cluster_id: str, a: Claim, b: Claim, pa: Predication, pb: Predication) -> Finding:
    def label(claim: Claim, p: Predication) -> str:
        return claim.text[p.start:p.end]

    values = (ValueGroup(label(a, pa), (Evidence(a, pa.start, pa.end),)),
              ValueGroup(label(b, pb), (Evidence(b, pb.start, pb.end),)))
    affirmed, denied = (a, b) if not pa.negated else (b, a)
    return Finding(DiscrepancyKind.POLARITY, Severity.CONFLICT, cluster_id, values,
                   f"{affirmed.source} says “{label(affirmed, pa if affirmed is a else pb)}”, "
                   f"{denied.source} says “{label(denied, pb if denied is b else pa)}”")


def polarity_in_cluster(cluster: Cluster, ctx: Context) -> Iterable[Finding]:
    if not any(ctx.sentence(c).denies for c in cluster.claims):
        return  # nothing is denied: no pair can conflict
    for a, b in claim_pairs(cluster, ctx):
        found = polarity_conflicts(a, b, ctx)
        if not found or different_events(a, b, ctx):
            continue
        for pa, pb in found:
            yield _polarity_finding(cluster.id, a, b, pa, pb)


def detect_polarity_in_links(matches: Matches, ctx: Context) -> Iterable[Finding]:
    # Each linked claim is asked once, not once per link it is in (a claim is in dozens).
    linked = {id(c): c for a, b, score in matches.links if score >= POLARITY_LINK_FLOOR for c in (a, b)}
    denying = {key for key, c in linked.items() if ctx.sentence(c).denies}
    for a, b, score in matches.links:
        if score < POLARITY_LINK_FLOOR:
            break
        if id(a) not in denying and id(b) not in denying:
            continue  # nothing denied on either side
        found = polarity_conflicts(a, b, ctx, need_named_object=True)
        if not found or different_events(a, b, ctx):
            continue
        for pa, pb in found:
            yield _polarity_finding("", a, b, pa, pb)


OPPOSITE_WINDOW = 8
MIN_SHARED_AROUND_OPPOSITES = 2


def _around(sentence: Sentence, start: int, end: int, ctx: Context) -> frozenset[str]:
    """Words near an outcome; a name is marked, for a shared name says more than a shared word."""
    words = [w for w in sentence.words if not (start <= w.start < end)]
    before = [w for w in words if w.end <= start][-OPPOSITE_WINDOW:]
    after = [w for w in words if w.start >= end][:OPPOSITE_WINDOW]
    numbered = sentence.numbered_names
    near = set()
    for n, w in enumerate(before + after):
        near.add(w.concept)
        if w.capitalised and (n > 0 or w.start > 0) and w.concept not in ctx.common:
            near.add("^" + w.concept)
        if w.start in numbered:
            near.add("^" + numbered[w.start])
    return frozenset(near)


_ASIDE_IN_BRACKETS = re.compile(r"\([^()]*\)")
_MOVER_GAP = re.compile(r"[^,;:.!?]*")


def _mover(sentence: Sentence, start: int) -> Name | None:
    """The name nearest before a move in its clause, an aside in brackets passed over ("X Corp
    shares were down", "Shares of Y Inc (LSE: Y) jumped"): whose thing moved."""
    text = sentence.text
    asides = [m.span() for m in _ASIDE_IN_BRACKETS.finditer(text, 0, start)]
    for name in reversed(sentence.names):
        if name.end > start or any(a < name.start < b for a, b in asides):
            continue
        return name if _MOVER_GAP.fullmatch(_ASIDE_IN_BRACKETS.sub("", text[name.end:start])) else None
    return None


def _moved_noun(sentence: Sentence, start: int, ctx: Context) -> str:
    """The concept of the common noun right before a move in its clause, adverbs and
    auxiliaries passed over ("the yen slipped", "the dollar briefly climbed", "crew to climb"):
    what moved, where no name says it ("" where a name, a figure or nothing stands there)."""
    lo, _ = sentence.clause_at(start)
    passed = ctx.lexicon.words("polarity", "subject_auxiliaries") | ctx.lexicon.words("polarity", "fillers")
    adverbs = tuple(ctx.lexicon.words("polarity", "adverb_endings"))
    for token in reversed([t for t in sentence.tokens if lo <= t.start and t.end <= start]):
        if token.norm in passed or adverbs and token.norm.endswith(adverbs):
            continue
        if not token.text.isalpha() or not token.text.islower() or token.norm in stopwords(ctx.lexicon):
            return ""
        return concept(token.norm, ctx.lexicon)
    return ""


def _relative_head(sentence: Sentence, start: int, ctx: Context) -> str:
    """The concept of the common noun a relative clause qualifies where the clause opens right
    before an act, auxiliaries passed over ("anglers who died", "the crew who had survived"):
    whom the act befell; "" where no such clause opens there."""
    passed = ctx.lexicon.words("polarity", "subject_auxiliaries") | ctx.lexicon.words("polarity", "fillers")
    pronouns = ctx.lexicon.words("polarity", "relative_pronouns")
    before = [t for t in sentence.tokens if t.end <= start]
    while before and before[-1].norm in passed:
        before.pop()
    if len(before) < 2 or before[-1].norm not in pronouns:
        return ""
    noun = before[-2]
    if not noun.text.isalpha() or not noun.text.islower() or noun.norm in stopwords(ctx.lexicon) \
            or sentence.text[noun.end:before[-1].start].strip():
        return ""
    return concept(noun.norm, ctx.lexicon)


def _subject_names(sentence: Sentence, start: int) -> frozenset[str]:
    for p in sentence.predications:
        if p.start <= start < p.end or p.start == start:
            return p.subject
    return frozenset()


def _stated(sentence: Sentence) -> list[Outcome]:
    """Its outcomes that no hedge governs: "might reopen" tells no move."""
    cues = sentence.cues
    return [o for o in sentence.outcomes
            if not any(w.start == o.start and (c := cues.get(w.concept)) is not None and c.hedged
                       for w in sentence.words)]


FIGURE_REACH = 3
"""Tokens that may stand between a move and the figure it carries ("rose sharply to 40")."""


COUNTED_OBJECT_REACH = 4
"""Characters between an act and a count that is its object ("lost four wickets", "won 33 seats")."""


def _counted_object(sentence: Sentence, end: int) -> bool:
    """Whether the act ending at ``end`` is done to a count of things ("lost four wickets",
    "won 33 seats"): it tells how many were lost or won, not which side lost or won."""
    return any(f.kind in (FactKind.COUNT, FactKind.NUMBER) and 0 < f.start - end <= COUNTED_OBJECT_REACH
               and not sentence.text[end:f.start].strip(" ")
               for f in sentence.facts)


def _acts_on_things(lexicon: Lexicon) -> frozenset[int]:
    """The opposites groups of acts done to something ("approved" / "rejected", "voted for" /
    "voted against"): not moves of a level, which carry a figure after them, nor comparatives,
    whose thing is what they qualify."""
    levels, _ = level_moves(lexicon)
    acts = len(lexicon.table("polarity", "opposites", []) or [])
    return frozenset(g for g in range(acts) if g not in levels)


def _moves_a_level(sentence: Sentence, out: Outcome, ctx: Context) -> bool:
    """Whether an outcome of a level's group tells a level moving: it carries a figure
    ("risen to 48", "fell 4%") or a noun of its clause names a level ("the toll has risen",
    "shares fell"). "Two wagons fell on the road" tells a thing falling, no figure's fall."""
    groups, measures = ctx.lexicon.compiled(level_moves)
    if out.group not in groups:
        return True
    clause = sentence.clause_at(out.start)
    for fact in sentence.facts:
        if out.end <= fact.start < clause[1]:
            gap = sum(1 for t in sentence.tokens if out.end <= t.start and t.end <= fact.start)
            if gap <= FIGURE_REACH:
                return True
    return any(w.concept in measures for w in sentence.words if clause[0] <= w.start < clause[1])


def _changes_of_degree(lexicon: Lexicon) -> frozenset[int]:
    """The opposites groups that tell a change of degree, which may go one way and then the other
    (``level_moves`` and ``degree_changes``: "rose" / "fell", "strengthened" / "weakened")."""
    marks = lexicon.words("polarity", "level_moves") | lexicon.words("polarity", "degree_changes")
    return frozenset(g for g, sides in enumerate(opposite_groups(lexicon))
                     if any(w in marks for side in sides for w in side))


def _named_as_noun(sentence: Sentence, out: Outcome, ctx: Context) -> bool:
    """Whether an act of the opposites is named as a noun, not told as done: right after a
    determiner ("the hiring", "a ban"), or a gerund after a determiner and one word ("the
    rapid hiring"). Such a noun says nothing of whether the act was done this time."""
    if out.group not in ctx.lexicon.compiled(_acts_on_things):
        return False  # (a level's move as a noun carries its figure: "a 4% fall")
    word = sentence.text[out.start:out.end]
    if " " in word:
        return False  # (a phrase names a state, "in a stable condition", or an act: "voted for")
    before = [t for t in sentence.tokens if t.end <= out.start][-2:]
    determiners = ctx.tables.object_determiners
    return bool(before) and before[-1].norm in determiners \
        or word.casefold().endswith("ing") and len(before) == 2 and before[0].norm in determiners


def detect_opposites(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """Opposite outcomes of the same thing: "rose" / "fell", "reopened" / "remained closed"."""
    for pair in matches.pairs:
        a, b = pair.a, pair.b
        read_a, read_b = ctx.sentence(a), ctx.sentence(b)
        if not read_a.outcomes or not read_b.outcomes:
            continue
        # A sentence that tells both moves of a group ("up after hours, after falling in the
        # session") tells two things or two times: the other's one move agrees with one of them.
        # (A move under a hedge, "inflation may rise again", tells none: the other's move is no
        # answer to it, as it is to a move told as done or as sure to come.)
        stated_a, stated_b = _stated(read_a), _stated(read_b)
        both = {o.group for stated in (stated_a, stated_b) for o in stated
                if any(q.group == o.group and q.side != o.side for q in stated)}
        for out in stated_a:
            if out.group in both:
                continue
            sa, ea = out.start, out.end
            if not _moves_a_level(read_a, out, ctx):
                continue  # a thing's fall ("fell on the road"), not a level's
            if _named_as_noun(read_a, out, ctx):
                continue
            match = next((o for o in stated_b
                          if o.group == out.group and o.side != out.side
                          and _moves_a_level(read_b, o, ctx) and not _named_as_noun(read_b, o, ctx)
                          and same_thing_moves(read_a, out, read_b, o)
                          and len(_around(read_a, sa, ea, ctx) & _around(read_b, o.start, o.end, ctx))
                          >= MIN_SHARED_AROUND_OPPOSITES), None)
            if match is None:
                continue
            sb, eb = match.start, match.end
            subj_a, subj_b = _subject_names(read_a, sa), _subject_names(read_b, sb)
            if subj_a and subj_b and not subj_a & subj_b:
                continue  # "Orrin shares fell", "Lumetra shares jumped": two things moved
            head_a, head_b = _relative_head(read_a, sa, ctx), _relative_head(read_b, sb, ctx)
            if head_a and head_b and head_a != head_b:
                continue  # "anglers who died" / "deckhands who survived": what befell two groups
            mover_a, mover_b = _mover(read_a, sa), _mover(read_b, sb)
            if mover_a is not None and mover_b is not None and not mover_a.same_entity(mover_b):
                continue  # "X Corp shares were down" / "Shares of Y Inc (LSE: Y) jumped"
            acted_on = match.group in ctx.lexicon.compiled(_acts_on_things)
            if not acted_on and (noun_a := _moved_noun(read_a, sa, ctx)) \
                    and (noun_b := _moved_noun(read_b, sb, ctx)) and noun_a != noun_b:
                continue  # a level's moves: "the krona slipped" / "the euro climbed"
            if acted_on and (_objects_apart(read_a, ea, read_b, eb, ctx)
                             or _things_apart(read_a, out, read_b, match, ctx)
                             or _counted_object(read_a, ea) != _counted_object(read_b, eb)):
                # "in favour of the motion" / "voting against the leader": two things; "lost
                # four wickets" / "won the final": things counted against the contest's outcome
                continue
            if out.moment and match.moment and out.moment != match.moment:
                continue  # "slipped as traders waited for the vote", "rose after the vote": two moves
            if _groups_counted_apart(read_a, sa, read_b, sb, ctx):
                continue  # "210 survived" / "five of the crew were killed": two groups
            if acts_years_apart(a, sa, b, sb, ctx) or acts_months_apart(a, sa, b, sb, ctx):
                continue  # "In 2009 the council cut the tax" / "the council raised the tax": two moves
            if match.group in ctx.lexicon.compiled(_changes_of_degree) \
                    and _days_differ(a, b, ctx, to_the_day=True):
                # "rose on Wednesday" / "fell early on Friday": a level or a force moves one way and
                # then the other, where a state reached holds ("reopened on Thursday" / "remained
                # closed on Friday" do conflict).
                continue
            values = (ValueGroup(a.text[sa:ea], (Evidence(a, sa, ea),)),
                      ValueGroup(b.text[sb:eb], (Evidence(b, sb, eb),)))
            yield Finding(DiscrepancyKind.POLARITY, Severity.CONFLICT, pair.cluster_id, values,
                          f"{a.source} says “{a.text[sa:ea]}”, {b.source} says “{b.text[sb:eb]}”")
            break


# --- certainty --------------------------------------------------------------------------

MIN_SHARED_FOR_CERTAINTY = 2


def certainty_conflict(a: Claim, b: Claim, ctx: Context) -> Finding | None:
    """One claim asserts what the other reports as hedged, expected or claimed: the cues
    must govern the same word in both ("agreed to make purchases" / "would resume purchases")."""
    sa, sb = ctx.sentence(a), ctx.sentence(b)
    governed_a, governed_b = sa.cues, sb.cues
    if not governed_a or not governed_b:
        return None  # most sentences have no cue at all
    concepts_a = sa.concepts
    shared = set(concepts_a) & set(sb.concepts)
    if len(shared) < MIN_SHARED_FOR_CERTAINTY:
        return None
    placed = _place_concepts(sa) | _place_concepts(sb)
    for anchor in dict.fromkeys(concepts_a):
        if anchor not in shared or anchor in ctx.common or anchor in placed:
            continue  # a place is where, not the act a cue hedges ("across the region")
        ca, cb = governed_a.get(anchor), governed_b.get(anchor)
        if ca is None or cb is None:
            continue
        subject_and_object = ca.follows != cb.follows and _passive_after(sa if ca.follows else sb,
                                                                         ca if ca.follows else cb)
        if (ca.follows or cb.follows) and not subject_and_object:
            # A subject a cue follows: each cue hedges or asserts its own act, which must be
            # one act ("the striker could debut" / "the striker signed a deal" are two), and
            # so must a word that is the subject in one and inside the act in the other (but
            # the subject of a passive is what the act is done to: "600 jobs could be cut" /
            # "will eliminate 600 jobs").
            acts_a, acts_b = _acts_of(sa, ca), _acts_of(sb, cb)
            if acts_a and acts_b and not acts_a & acts_b or _verbs_apart(sa, ca, sb, cb, ctx):
                continue
        elif subject_and_object and not _share_a_figure(sa, sb):
            # The passive's subject is the other's object, but nothing else ties the two acts
            # together ("the deal will be paid in cash" / "expects to finance the deal with
            # debt"): a figure both give ("600 jobs") says they tell one act.
            continue
        elif not subject_and_object and _verbs_apart(sa, ca, sb, cb, ctx):
            continue
        if _subjects_apart(sa, ca, sb, cb, ctx):
            continue  # "the barge will likely stay" / "both slipways will stay shut": two things' acts
        if _figures_apart(sa, ca.start, sb, cb.start):
            continue  # "the river reached nine feet" / "a crest that may hit 15 feet"
        if ca.hedged and cb.hedged and ca.doubted != cb.doubted:
            if " ".join((cb if ca.doubted else ca).cue.casefold().split()) in ctx.tables.credit_only:
                continue  # "according to" credits a source; it leans no way
            return _doubt_against_hedge(a, ca, b, cb)
        if ca.hedged == cb.hedged:
            continue
        sure, unsure = ((a, ca), (b, cb)) if ca.asserted else ((b, cb), (a, ca))
        if " ".join(unsure[1].cue.casefold().split()) in ctx.tables.credit_only:
            continue  # "according to a notice" names who says it, not how sure it is
        values = (ValueGroup(f"asserted ({sure[1].cue})",
                             (Evidence(sure[0], sure[1].start, sure[1].end),)),
                  ValueGroup(f"hedged ({unsure[1].cue})",
                             (Evidence(unsure[0], unsure[1].start, unsure[1].end),)))
        return Finding(DiscrepancyKind.CERTAINTY, Severity.REFINEMENT, "", values,
                       f"{sure[0].source} states it as fact (“{sure[1].cue}”), "
                       f"{unsure[0].source} only as expected or claimed (“{unsure[1].cue}”)")
    return None


_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being"})

SUBJECT_REACH = 3
"""Function words (auxiliaries, adverbs) that may stand between a cue and its subject: "the
barge will likely", "rain and sleet will"."""


def _subject_before(sentence: Sentence, cue: Certainty, ctx: Context) -> str | None:
    """The concept of the common noun right before a cue in its clause, past function words
    only: what the hedged or asserted act is of ("the wrecked barge is due to stay":
    barge). None where a name, a pronoun or nothing stands there."""
    lo, _ = sentence.clause_at(cue.start)
    before = [t for t in sentence.tokens if lo <= t.start and t.end <= cue.start]
    for t in reversed(before[-(SUBJECT_REACH + 1):]):
        if _OBJECT_BREAK.search(sentence.text, t.end, cue.start):
            return None
        if t.norm in stopwords(ctx.lexicon):
            continue
        if not t.text[:1].islower() or not t.norm.isalpha():
            return None
        return concept(t.norm, ctx.lexicon)
    return None


def _subjects_apart(sa: Sentence, ca: Certainty, sb: Sentence, cb: Certainty, ctx: Context) -> bool:
    """Whether the two cues' acts are told of two things, each a common noun the other sentence
    does not make the act's subject ("rain will go on" / "the river may keep rising"); a
    figure both give ties them to one act still."""
    subject_a, subject_b = _subject_before(sa, ca, ctx), _subject_before(sb, cb, ctx)
    return subject_a is not None and subject_b is not None and subject_a != subject_b \
        and not _share_a_figure(sa, sb)


def _share_a_figure(sa: Sentence, sb: Sentence) -> bool:
    """Whether the two sentences give one figure of one unit (dates aside)."""
    mine = {(f.unit, f.value) for f in sa.facts if f.kind in FIGURE_KINDS and f.value is not None}
    return any((f.unit, f.value) in mine for f in sb.facts if f.kind in FIGURE_KINDS)


def _passive_after(sentence: Sentence, cue: Certainty) -> bool:
    """Whether a cue is followed by a passive ("could be cut", "may have been sold"), not by
    a verb in "-ing" ("may be stepping back")."""
    after = [t.norm for t in sentence.tokens if t.start >= cue.end][:4]
    at = next((k for k, w in enumerate(after[:2]) if w in _PASSIVE_AUXILIARIES), None)
    return at is not None and at + 1 < len(after) and not after[at + 1].endswith("ing")


def _place_concepts(sentence: Sentence) -> frozenset[str]:
    """Concepts of the names a place preposition leads ("in Norland", "across the Vell region")."""
    return frozenset(w.concept for w in sentence.words
                     if any(p.name.start <= w.start < p.name.end for p in sentence.places))


def _acts_of(sentence: Sentence, cue: Certainty) -> frozenset[str]:
    """Concepts of the content words a cue governs after it, figures and dates left out:
    the act it hedges or asserts ("could make his debut"); none for "confirmed it"."""
    values = [(x.start, x.end) for x in sentence.facts]
    return frozenset(w.concept for w in sentence.words
                     if w.start >= cue.end and (c := sentence.cues.get(w.concept)) is not None
                     and c.start == cue.start
                     and not any(a <= w.start < b for a, b in values))


def _verb_governed(sentence: Sentence, cue: Certainty, support: frozenset[str]) -> str | None:
    """The concept of the first content word a cue governs after it, past a verb that only
    carries its noun ("make purchases"): the word of its act ("will spend", "is expected to be
    completed", "agreed to make purchases"); None where none follows."""
    values = [(x.start, x.end) for x in sentence.facts]
    return next((w.concept for w in sentence.words
                 if w.start >= cue.end and (c := sentence.cues.get(w.concept)) is not None
                 and c.start == cue.start and not any(a <= w.start < b for a, b in values)
                 and sentence.text[w.start:w.end].casefold() not in support), None)


def _verbs_apart(sa: Sentence, ca: Certainty, sb: Sentence, cb: Certainty, ctx: Context) -> bool:
    """Whether each cue's verb is another and neither sentence tells the other's, though a word
    is shared: "will come at a high price" / "is due to finish paying the fee" hedge two
    acts of one fee."""
    support = ctx.lexicon.words("certainty", "support_verbs")
    verb_a, verb_b = _verb_governed(sa, ca, support), _verb_governed(sb, cb, support)
    if verb_a is None or verb_b is None or verb_a == verb_b:
        return False
    # (A cue may be the act's own verb: "reached nine feet" / "could reach nine feet".)
    told_a = _acts_of(sa, ca) | {w.concept for w in sa.words if ca.start <= w.start < ca.end}
    told_b = _acts_of(sb, cb) | {w.concept for w in sb.words if cb.start <= w.start < cb.end}
    return verb_a not in told_b and verb_b not in told_a


def _doubt_against_hedge(a: Claim, ca: Certainty, b: Claim, cb: Certainty) -> Finding:
    """One claim calls an act unlikely, the other leaves it open ("could", "is expected"):
    they lean opposite ways, though both hedge."""
    (doubting, doubt), (open_, hedge) = ((a, ca), (b, cb)) if ca.doubted else ((b, cb), (a, ca))
    values = (ValueGroup(f"unlikely ({doubt.cue})", (Evidence(doubting, doubt.start, doubt.end),)),
              ValueGroup(f"possible ({hedge.cue})", (Evidence(open_, hedge.start, hedge.end),)))
    return Finding(DiscrepancyKind.CERTAINTY, Severity.REFINEMENT, "", values,
                   f"{doubting.source} calls it unlikely (“{doubt.cue}”), "
                   f"{open_.source} possible or expected (“{hedge.cue}”)")


def plain_against_hedged(a: Claim, b: Claim, ctx: Context) -> Finding | None:
    """One claim states an act plainly, in the past, with no cue at all ("The fire was
    sparked by a power line"), the other hedges that same act ("investigators are
    examining whether a power line sparked the blaze")."""
    from claimcheck.stance import hedge_before

    credit_only = ctx.tables.credit_only
    for plain, hedged in ((a, b), (b, a)):
        read_plain, read_hedged = ctx.sentence(plain), ctx.sentence(hedged)
        if read_plain.cues:
            continue  # a cue of its own: certainty_conflict's case
        if not any(c.hedged for c in read_hedged.cues.values()):
            continue
        said_plainly = read_plain.predications
        acts = {p.concept: p for p in said_plainly
                if p.finite and not p.negated and not p.capitalised and p.concept not in ctx.common
                and _used_as_verb(read_plain, p.end, ctx)}
        agent_markers = ctx.tables.agent_markers
        agents: set[str] = set()
        for verb in list(acts.values()):
            # What a passive act was done by ("was caused by a rupture"): "suspect a rupture"
            # hedges the same point.
            agent = next((p for p in said_plainly if p.start >= verb.end), None)
            if (agent is not None and not agent.negated and not agent.capitalised
                    and agent.concept not in acts and agent.concept not in ctx.common
                    and any(t.norm in agent_markers for t in read_plain.tokens
                            if verb.end <= t.start and t.end <= agent.start)):
                acts[agent.concept] = agent
                agents.add(agent.concept)
        speech = ctx.lexicon.compiled(_speech_concepts)
        for act, said in acts.items():
            if act in speech:
                continue  # "X reportedly said" / "X stated": who said it is hedged, not what was said
            cue = hedge_before(hedged.text, act, ctx.lexicon, skip=credit_only, toks=read_hedged.tokens,
                               bounds=read_hedged.clauses)
            if cue is None or not _hedged_verb(read_hedged, act, ctx, agent=act in agents):
                continue
            if _subordinate_between(read_hedged, cue.end, act, ctx):
                continue  # "might be his luckiest as he met a pass": the hedge is not on the pass
            if _figures_apart(read_plain, said.start, read_hedged, cue.end):
                continue  # "generated $8 billion a year ago" / "expects to generate $11 billion"
            hedged_act = next((t for t in read_hedged.tokens
                               if t.start >= cue.end and concept(t.norm, ctx.lexicon) == act), None)
            if hedged_act is not None \
                    and _objects_apart(read_plain, said.end, read_hedged, hedged_act.end, ctx):
                continue  # "involved one of its tugs" / "likely involved a steering failure"
            values = (ValueGroup("stated plainly", (Evidence(plain, said.start, said.end),)),
                      ValueGroup(f"hedged ({cue.cue})", (Evidence(hedged, cue.start, cue.end),)))
            return Finding(DiscrepancyKind.CERTAINTY, Severity.REFINEMENT, "", values,
                           f"{plain.source} states it as fact (“{plain.text[said.start:said.end]}”), "
                           f"{hedged.source} only as possible or expected (“{cue.cue}”)")
    return None


def _subordinate_between(sentence: Sentence, cue_end: int, act: str, ctx: Context) -> bool:
    """Whether a subordinate clause opens between a hedge and the act: the hedge governs its
    own clause, not one told beside it. ("that" opens the complement a verb of belief hedges.)"""
    word = next((t for t in sentence.tokens
                 if t.start >= cue_end and concept(t.norm, ctx.lexicon) == act), None)
    if word is None:
        return False
    opening = ctx.tables.subordinators
    return any(t.norm in opening for t in sentence.tokens if cue_end <= t.start < word.start)


def _figures_apart(sa: Sentence, at_a: int, sb: Sentence, at_b: int) -> bool:
    """Whether the clauses at ``at_a`` and ``at_b`` carry figures of one unit, all of other
    values: each states its act of another figure (a past result, a forecast of the next), so
    neither is the other's point stated more or less firmly."""
    def figures(sentence: Sentence, at: int) -> list[tuple[str, float]]:
        a, b = sentence.clause_at(at)
        return [(f.unit, f.value) for f in sentence.facts
                if a <= f.start < b and f.unit and f.value is not None and f.kind in FIGURE_KINDS]
    mine, theirs = figures(sa, at_a), figures(sb, at_b)
    units = {u for u, _ in mine} & {u for u, _ in theirs}
    if units:
        return not any(u == v and x == y for u, x in mine for v, y in theirs)
    # Spans told in two units ("just over a week" / "one day") are set against each other as
    # ``relate`` sets them.
    def spans(sentence: Sentence, at: int) -> list[Fact]:
        a, b = sentence.clause_at(at)
        return [f for f in sentence.facts
                if f.kind is FactKind.DURATION and f.value is not None and a <= f.start < b]

    spans_a, spans_b = spans(sa, at_a), spans(sb, at_b)
    told = [relate_facts(x, y) for x in spans_a for y in spans_b]
    return bool(told) and all(r in (FactRelation.DIFFERENT, FactRelation.INCOMPARABLE) for r in told) \
        and FactRelation.DIFFERENT in told


def _used_as_verb(sentence: Sentence, end: int, ctx: Context) -> bool:
    """A past form followed by a function word or punctuation, not by the noun it
    qualifies: "was sparked by", "sparked the blaze", but not "expanded export controls"."""
    following = next((t for t in sentence.tokens if t.start >= end), None)
    return (following is None or following.norm in stopwords(ctx.lexicon)
            or bool(sentence.text[end:following.start].strip()))


def _hedged_verb(sentence: Sentence, act: str, ctx: Context, agent: bool = False) -> bool:
    """Whether the act the cue governs is written as a verb in the hedged sentence too: not
    as a noun a determiner opens ("whether the storming of the studio is linked to ...": the
    storming is what the hedged clause is about, not what it hedges). What a passive act was
    done by is a noun in both ("caused by a leak" / "suspect a leak")."""
    at = next((n for n, t in enumerate(sentence.tokens) if concept(t.norm, ctx.lexicon) == act), None)
    if at is None or not agent and at and sentence.tokens[at - 1].norm in ctx.tables.object_determiners:
        return False
    return _used_as_verb(sentence, sentence.tokens[at].end, ctx)


def detect_certainty_in_pairs(matches: Matches, ctx: Context) -> Iterable[Finding]:
    for pair in matches.pairs:
        if pair.strong and not pair.cluster_id:
            if not ctx.sentence(pair.a).cues or not ctx.sentence(pair.b).cues:
                continue
            found = certainty_conflict(pair.a, pair.b, ctx)
            if found:
                yield found


def certainty_in_cluster(cluster: Cluster, ctx: Context) -> Iterable[Finding]:
    if not any(ctx.sentence(c).cues for c in cluster.claims):
        return  # a conflict needs a cue on one side at least
    for a, b in claim_pairs(cluster, ctx):
        found = certainty_conflict(a, b, ctx) or plain_against_hedged(a, b, ctx)
        if found:
            yield Finding(found.kind, found.severity, cluster.id, found.values, found.explanation)


# --- attribution and entities ------------------------------------------------------------

NAME_LINK_FLOOR = 50.0
"""Pairs this alike are close enough for a different name in the same slot to matter."""
SLOT_WINDOW = 3
MIN_SHARED_SLOT = 2


SAME_WORDS_SCORE = 65.0
"""Pairs this alike (or quoting the same remark) say the same words: crediting them to
different people is a misattribution, not two people saying different things."""


@dataclass(frozen=True)
class RelatedPair:
    a: Claim
    b: Claim
    cluster_id: str
    same_words: bool
    strong: bool = True
    """Clustered or linked at NAME_LINK_FLOOR or above; weaker pairs are only checked for
    opposite outcomes, which say on their own that the claims are about the same thing."""


def related_pairs(matched: MatchResult, quotes: RelatedQuotes, ctx: Context) -> list[RelatedPair]:
    """Claim pairs of different sources that state the same thing, with their cluster id:
    clustered together, strongly linked, or quoting the same remark."""
    pairs: dict[tuple[str, str], tuple[Claim, Claim, str]] = {}
    for cluster in matched.clusters:
        for a, b in claim_pairs(cluster, ctx):
            pairs.setdefault(_pair_key(a, b), (a, b, cluster.id))
    same_words: set[tuple[str, str]] = set()
    strong = set(pairs)
    for a, b, score in matched.links:
        if score < POLARITY_LINK_FLOOR:
            break
        key = _pair_key(a, b)
        pairs.setdefault(key, (a, b, ""))
        if score >= NAME_LINK_FLOOR:
            strong.add(key)
        if score >= SAME_WORDS_SCORE:
            same_words.add(key)
    for n, m in quotes.relations:
        a, b = quotes.quotes[n].claim, quotes.quotes[m].claim
        pairs.setdefault(_pair_key(a, b), (a, b, ""))  # clustered pairs are in already
        same_words.add(_pair_key(a, b))
    ordered = sorted(pairs.items(), key=lambda kv: (kv[1][0].key, kv[1][1].key))
    return [RelatedPair(a, b, cid, key in same_words, key in strong) for key, (a, b, cid) in ordered]


def _pair_key(a: Claim, b: Claim) -> tuple:
    return (a.key, b.key) if a.key <= b.key else (b.key, a.key)


def _names(claim: Claim, ctx: Context) -> tuple[Name, ...]:
    return ctx.sentence(claim).names


def _speaker(claim: Claim, ctx: Context) -> Name | None:
    return ctx.sentence(claim).speaker


def _actors(claim: Claim, ctx: Context) -> tuple[Name, ...]:
    """Names that can fill a slot: not adjectives ("Chinese goods"), and not a
    transcript's "X:" label, which says who reads the line, not who it is about."""
    return ctx.sentence(claim).actors


def detect_attribution(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """The same statement or quotation credited to different speakers."""
    for pair in matches.pairs:
        if not pair.same_words:
            continue
        a, b, cluster_id = pair.a, pair.b, pair.cluster_id
        sa, sb = _speaker(a, ctx), _speaker(b, ctx)
        if sa is None or sb is None or sa.same_entity(sb):
            continue
        if any(n.same_entity(sb) for n in _names(a, ctx)) or any(n.same_entity(sa) for n in _names(b, ctx)):
            continue  # both speakers appear in both: a dialogue, not a misattribution
        if ctx.corpus.affiliated(sa, sb) or ctx.corpus.affiliated(sb, sa):
            continue  # an officer speaking for the body that one source credits instead
        if _unnamed_members(a, sa, ctx) or _unnamed_members(b, sb, ctx):
            continue  # "Airport officials say": any of them may be the one the other names
        if _relayed_figure(a, b, ctx):
            continue  # one figure credited to two bodies: agencies relay each other's counts
        if not _same_statement(a, b, ctx):
            continue  # two speakers of two statements ("eight were taken to hospital, said X" /
            # "they had some burns, said Y"): each is credited with its own words
        yield _name_finding(DiscrepancyKind.ATTRIBUTION, cluster_id, a, sa, b, sb,
                            f"{a.source} credits it to {sa.text}, {b.source} to {sb.text}")


def _unnamed_members(claim: Claim, speaker: Name, ctx: Context) -> bool:
    """Whether the speaker is some of a name's people, left unnamed: the name is followed by a
    plural noun of people (``group_speakers``: "Airport officials", "Tarco sources")."""
    sentence = ctx.sentence(claim)
    after = next((t for t in sentence.tokens if t.start >= speaker.end), None)
    return after is not None and not sentence.text[speaker.end:after.start].strip() \
        and after.norm in ctx.lexicon.words("entities", "group_speakers")


SAME_STATEMENT_SHARE = 0.6
"""Share (more than half) of the words of a statement (its quotation, or the sentence less its names
and speech words) the other must say too for the two to be one statement."""


def _same_statement(a: Claim, b: Claim, ctx: Context) -> bool:
    """Whether two claims credit the same statement: most words of the one statement are
    said in the other sentence too (``statement_words``)."""
    sa, sb = ctx.sentence(a), ctx.sentence(b)
    if _told_figures_apart(a, b, ctx):
        return False
    wa, wb = statement_words(sa, ctx), statement_words(sb, ctx)
    shares = [len(wa & set(sb.concepts)) / len(wa) if wa else 1.0,
              len(wb & set(sa.concepts)) / len(wb) if wb else 1.0]
    return max(shares) >= SAME_STATEMENT_SHARE


def _told_figures_apart(a: Claim, b: Claim, ctx: Context) -> bool:
    """Whether two claims state figures of which none is the other's, or only one states a
    figure: what was said is its figure ("the toll rose to 90, officials said" / "the toll
    will rise, said X"; "12 were killed, a spokesman said" / "we have found 40 bodies", said
    Y), so such claims tell two statements however many words they share."""
    told_a = [f for f in a.facts if f.kind in _RELAYED and f.value]
    told_b = [f for f in b.facts if f.kind in _RELAYED and f.value]
    if not told_a and not told_b:
        return False
    return not any(relate_facts(fa, fb, lexicon=ctx.lexicon) in _ONE_FIGURE for fa in told_a for fb in told_b)


_ONE_FIGURE = frozenset({FactRelation.SAME, FactRelation.ROUNDING, FactRelation.COMPATIBLE_BOUNDS})


def statement_words(sentence: Sentence, ctx: Context) -> set[str]:
    """Concepts of what a sentence credits to its speaker, names and titles left out: its
    quotations, or else the words on the far side of the speech word from the speaker ("the
    boat sank, said X, head of Y" / "X, head of Y, said the boat sank"): the words beside the
    speaker tell who speaks, not what was said."""
    said = speech_words(ctx.lexicon)
    text = sentence.text
    spans = [(q.start, q.end) for q in sentence.quotes]
    who = sentence.speaker
    if not spans and who is not None:
        cues = [t for t in sentence.tokens if t.norm in said]
        if cues:
            cue = min(cues, key=lambda t: min(abs(t.start - who.end), abs(who.start - t.end)))
            spans = [(cue.end, len(text))] if who.start < cue.start else [(0, cue.start)]
    spans = spans or [(0, len(text))]
    named = [(n.start, n.end) for n in sentence.names]
    return {w.concept for w in sentence.words
            if any(x <= w.start < y for x, y in spans) and not any(x <= w.start < y for x, y in named)
            and w.norm not in said and not is_title(w.norm, ctx.lexicon)}


def _relayed_figure(a: Claim, b: Claim, ctx: Context) -> bool:
    """Whether two claims that quote no one state one figure alike: a count or sum passes
    from body to body (an aid agency gives the count another gathered), so two credits
    for the same figure are two sources of it, not words put in the wrong mouth."""
    if ctx.sentence(a).quotes or ctx.sentence(b).quotes:
        return False
    # (A count of the same people read with two nouns, "nine people went missing" / "nine people
    # ... feared dead", is one figure too.)
    return any(fa.kind in _RELAYED and fb.kind in _RELAYED and fa.value
               and (relate_facts(fa, fb, lexicon=ctx.lexicon) is FactRelation.SAME
                    or fa.kind is fb.kind is FactKind.COUNT and fa.value == fb.value and not fa.qualifier
                    and not fb.qualifier)
               for fa in a.facts for fb in b.facts)


_RELAYED = frozenset({FactKind.COUNT, FactKind.MONEY, FactKind.PERCENT, FactKind.NUMBER})
"""Figures a body passes on (a count, a sum, a share); a span ("after two days of talks")
says when something was said, not what."""


def detect_entities(matches: Matches, ctx: Context) -> Iterable[Finding]:
    """A different person, place or organisation in the same slot of the same statement."""
    strong = [pair for pair in matches.pairs if pair.strong]
    return each_spread(strong, _entity_finding, ctx, 2 * len(strong))


def _entity_finding(pair: RelatedPair, ctx: Context) -> Iterator[Finding]:
    a, b, cluster_id = pair.a, pair.b, pair.cluster_id
    route = reversed_route(ctx.sentence(a), ctx.sentence(b))
    if route is not None and not different_events(a, b, ctx):
        # "from X to Y" / "from Y to X": each name stands where the other's does.
        told = [r.text for r in route]
        values = tuple(ValueGroup(w, (Evidence(c, r.origin.start, r.destination.end),))
                       for w, c, r in zip(told, (a, b), route, strict=True))
        yield Finding(DiscrepancyKind.ENTITY, Severity.CONFLICT, cluster_id, values,
                      f"{a.source} says {told[0]}, {b.source} says {told[1]}: "
                      "the same names, the other way round")
        return
    clash = entity_clash(a, b, ctx)
    if clash is None or different_events(a, b, ctx):
        return
    na, nb = clash
    if _others_differ(a, na, b, nb, ctx):
        return  # "X hit Y on a touchdown pass" / "Z connected with W": two plays, not one
    credited = (na.speaks or nb.speaks or _is_speaker(na, _speaker(a, ctx))
                or _is_speaker(nb, _speaker(b, ctx)))
    if credited and not _same_office(a, na, b, nb, ctx) and not _same_statement(a, b, ctx):
        return  # who said it differs only if what was said is the same: two officials, two statements
    yield _name_finding(DiscrepancyKind.ENTITY, cluster_id, a, na, b, nb,
                        f"{a.source} names {na.text}, {b.source} names {nb.text} in the same role")


def _others_differ(a: Claim, na: Name, b: Claim, nb: Name, ctx: Context) -> bool:
    """Whether each sentence names, besides the two names set against each other, someone or
    something the other sentence does not name: a second name differing says the two tell of
    two happenings, where one statement would differ in one name only."""
    sa, sb = ctx.sentence(a), ctx.sentence(b)

    def own(s: Sentence, clashing: Name, other: Sentence) -> bool:
        return any(n is not clashing and not n.same_entity(clashing) and not n.nation
                   and not any(n.same_entity(m) for m in other.names) for n in s.actors)
    return own(sa, na, sb) and own(sb, nb, sa)


OFFICE_REACH = 10
"""Tokens either side of a name where the body its title is of may stand ("Orrin chief
executive X", "X, head of the Valley Rescue Agency")."""


def _same_office(a: Claim, na: Name, b: Claim, nb: Name, ctx: Context) -> bool:
    """Whether two speakers are named in one office: a title beside both, and no two different
    bodies it is of ("Orrin chief executive X" / "Y, Orrin's chief executive"). Two heads of two
    agencies are two officials, who may say two things."""
    from claimcheck.entities import is_title

    def near(claim: Claim, name: Name) -> tuple[set[str], list[Name]]:
        sentence = ctx.sentence(claim)
        toks = sentence.tokens
        at = [k for k, t in enumerate(toks) if name.start <= t.start < name.end]
        if not at:
            return set(), []
        lo, hi = toks[max(0, at[0] - OFFICE_REACH)].start, toks[min(len(toks) - 1, at[-1] + OFFICE_REACH)].end
        titles = {t.norm for t in toks if lo <= t.start < hi and is_title(t.norm, ctx.lexicon)}
        bodies = [n for n in sentence.names if lo <= n.start < hi
                  and not (n.start < name.end and name.start < n.end)]
        return titles, bodies

    titles_a, bodies_a = near(a, na)
    titles_b, bodies_b = near(b, nb)
    if not titles_a & titles_b:
        return False
    return not bodies_a or not bodies_b or any(x.same_entity(y) for x in bodies_a for y in bodies_b)


def _is_speaker(name: Name, speaker: Name | None) -> bool:
    return speaker is not None and speaker.start <= name.start and name.end <= speaker.end


def entity_clash(a: Claim, b: Claim, ctx: Context):
    """The names of the two claims that stand in the same slot and are not the same
    entity, or None."""
    if not _actors(a, ctx) or not _actors(b, ctx):
        return None
    return ctx.pair(a, b).clash


def _find_clash(a: Claim, b: Claim, ctx: Context):
    actors_a, actors_b = _actors(a, ctx), _actors(b, ctx)
    names_a, names_b = _names(a, ctx), _names(b, ctx)
    # A name the other source mentions anywhere is not one it contradicts.
    only_a = [n for n in actors_a
              if not ctx.corpus.mentions(b.source, n) and not any(n.same_entity(m) for m in names_b)
              and not _said_uncapitalised(n, ctx.sentence(b).text)
              and not _glossed_as_named(ctx.sentence(a), n, names_b)]
    if not only_a:
        return None  # nothing to clash with: the other side's names need no look
    only_b = [n for n in actors_b
              if not ctx.corpus.mentions(a.source, n) and not any(n.same_entity(m) for m in names_a)
              and not _said_uncapitalised(n, ctx.sentence(a).text)
              and not _glossed_as_named(ctx.sentence(b), n, names_a)]
    best = None
    named = ctx.sentence(a).name_concepts | ctx.sentence(b).name_concepts
    places = ctx.lexicon.words("entities", "place_heads")
    # What kind of place a name is ("the port city of X") says what it is, not its role: two
    # port cities named for two happenings share those words and no role.
    kinds = frozenset(concept(w, ctx.lexicon) for w in ctx.lexicon.words("entities", "place_kinds"))
    placed_a, placed_b = ctx.sentence(a).places, ctx.sentence(b).places
    for na in only_a:
        slot_a = _slot(a, na, names_a, ctx)
        for nb in only_b:
            if _is_place(na, places, placed_a) != _is_place(nb, places, placed_b):
                continue  # "Fenwick Street" and a reporter on the same picket line fill no one role
            if {ctx.corpus.sort_of(a.source, na), ctx.corpus.sort_of(b.source, nb)} == {"person", "body"}:
                continue  # "King X" and "the Vell Rescue Unit" fill no one role either
            if _listed(ctx.sentence(a), na) and _listed(ctx.sentence(b), nb):
                continue  # two lists of the role's holders ("X and Y failed" / "Z, W and V failed")
            around = (slot_a & _slot(b, nb, names_b, ctx)) - kinds
            if len(around) >= MIN_SHARED_SLOT and around - named and (best is None or len(around) > best[0]):
                best = (len(around), na, nb)  # some word besides names: a role, not just a place
    return None if best is None else (best[1], best[2])


_LISTED = re.compile(r"""[\s"“”']*(?:,|,?\s*(?:and|or|&))\s+(?:the\s+)?[\s"“”']*""", re.I)


def _listed(sentence: Sentence, name: Name) -> bool:
    """Whether a name is one of a list of names ("X and Y", "X, Y and Z"): one of several
    holding its role, beside whom another list may name others without naming anyone else."""
    text = sentence.text
    for other in sentence.names:
        if other is name:
            continue
        first, second = (other, name) if other.end <= name.start else (name, other)
        end = _title_end(text, first)
        if second.start >= end and _LISTED.fullmatch(text, end, second.start):
            return True
    return False


TITLE_REACH = 40
"""Characters a quoted title may run on past the name read at its start."""


def _title_end(text: str, name: Name) -> int:
    """Where a name ends, or the quoted title it opens ("“X for Harbour and Quay”": the
    title runs on past the words a name reads, "and" among them)."""
    if name.start == 0 or text[name.start - 1] not in "\"“":
        return name.end
    close = min((k for k in (text.find(q, name.end, name.end + TITLE_REACH) for q in "\"”") if k >= 0),
                default=-1)
    return name.end if close < 0 else close + 1


def _glossed_as_named(sentence: Sentence, name: Name, others: Sequence[Name]) -> bool:
    """Whether a name's other form stands in brackets beside it ("the Centre Democrats
    (CDP)", "the CDP (Centre Democrats)") and the other sentence names that form: one
    entity, named there as well."""
    text = sentence.text
    mates = [m for m in sentence.names if m is not name
             and (in_brackets_after(text, name, m) or in_brackets_after(text, m, name))]
    return any(m.same_entity(o) for m in mates for o in others)


def _said_uncapitalised(name: Name, text: str) -> bool:
    """Whether a text says a name of two words or more in lower case, its words in a row
    ("the harbour-master's office" / "the Harbour Master"): an office or a body one source
    capitalises and another does not is one it names too."""
    if len(name.words) < 2:
        return False
    said = re.findall(r"[a-z]+", text)  # lower-case words only: capitalised ones are names
    size = len(name.words)
    return any(tuple(said[k:k + size]) == name.words for k in range(len(said) - size + 1))


def _is_place(name: Name, places: frozenset[str], placed: Sequence[Placed]) -> bool:
    """A name whose last word is a place noun ("Fenwick Street", "Harbour Bridge"), or that a
    place preposition places something in ("set in X", "near X"), names a place: it clashes
    only with another place, never with a person or body in the slot."""
    return (bool(name.words) and name.words[-1].casefold() in places) \
        or any(p.name.start == name.start for p in placed)


def _slot(claim: Claim, name, names, ctx: Context) -> frozenset[str]:
    """Words around a name, other names included: "Orrin chief executive X" / "X, Orrin's chief
    executive". Words found all over the corpus say nothing about the slot, unless they are
    titles ("council member"). The words are read within the stretch that can say the
    name's role (``_slot_bounds``)."""
    from claimcheck.entities import is_title

    sentence = ctx.sentence(claim)
    lo, hi = _slot_bounds(sentence, name, ctx.lexicon)
    if lo == 0 and hi == len(sentence.text):
        return words_near(sentence, name.start, name.end, SLOT_WINDOW, skip=ctx.common,
                          keep=lambda w: is_title(w.norm, ctx.lexicon))
    told = [w for w in sentence.words if lo <= w.start and w.end <= hi
            and (w.concept not in ctx.common or is_title(w.norm, ctx.lexicon))]
    return frozenset([w.concept for w in told if w.end <= name.start][-SLOT_WINDOW:]
                     + [w.concept for w in told if w.start >= name.end][:SLOT_WINDOW])


def _slot_bounds(sentence: Sentence, name, lexicon: Lexicon) -> tuple[int, int]:
    """The stretch of the sentence whose words can say what role a name fills.

    - A name inside a relative clause set off by commas ("X, which owns Y, is the largest
      employer") fills a role of that clause only: the words past its closing comma tell
      what X, the noun it qualifies, is.
    - A name followed by a verb of belief ("Y believed she had won") holds a belief: what
      it believes is not an act it is said to have done, so its role ends at that verb.
    """
    text = sentence.text
    lo, hi = 0, len(text)
    opening = text.rfind(",", 0, name.start)
    if opening >= 0:
        first = next((t for t in sentence.tokens if t.start > opening), None)
        if first is not None and first.start < name.start \
                and first.norm in lexicon.words("entities", "comma_relatives"):
            closing = text.find(",", name.end)
            lo, hi = opening, (hi if closing < 0 else closing)
    after = [t for t in sentence.tokens if t.start >= name.end][:BELIEF_REACH]
    verb = next((t for t in after if stance_tables(lexicon).believing.fullmatch(t.text)), None)
    if verb is not None:
        hi = min(hi, verb.start)
    return lo, hi


BELIEF_REACH = 2
"""Tokens after a name its verb of belief may stand: "Y thought", "Y had thought"."""


def _name_finding(kind: DiscrepancyKind, cluster_id: str, a: Claim, na, b: Claim, nb,
                  explanation: str) -> Finding:
    values = (ValueGroup(na.text, (Evidence(a, na.start, na.end),)),
              ValueGroup(nb.text, (Evidence(b, nb.start, nb.end),)))
    return Finding(kind, Severity.CONFLICT, cluster_id, values, explanation)


# --- specificity ------------------------------------------------------------------------

SPECIFIC_KINDS = frozenset({FactKind.PERCENT, FactKind.MONEY, FactKind.COUNT, FactKind.DURATION})


def _adjacent_concepts(claim: Claim, fact: Fact, ctx: Context) -> tuple[str | None, str | None]:
    """The content words right before and right after a figure: what it is a figure of
    ("delay for a year", "2.1 percent of patients")."""
    sentence = ctx.sentence(claim)
    words = [w for w in sentence.words if not (fact.start <= w.start < fact.end)]
    before = [w for w in words if w.end <= fact.start][-1:]
    after = [w for w in words if w.start >= fact.end][:1]

    def name(found: list[Word]) -> str | None:
        if not found or found[0].capitalised:
            return None
        # Only a word of the figure's own phrase: "across the deck and, with 40 crates aboard"
        # gives no figure of the deck.
        lo, hi = (found[0].end, fact.start) if found[0].end <= fact.start else (fact.end, found[0].start)
        between = [t for t in sentence.tokens if lo <= t.start and t.end <= hi]
        if len(between) > ADJACENT_REACH or _OBJECT_BREAK.search(sentence.text, lo, hi):
            return None
        if any(t.norm in _COORDINATORS for t in between):
            return None  # "at least four states and a majority": another noun phrase, not the figure's
        if any(t.norm in ctx.lexicon.words("entities", "subordinators") for t in between):
            return None  # "found 23 bodies while the search went on": another clause's word
        if found[0].end <= fact.start and any(t.norm in speech_words(ctx.lexicon) for t in between):
            return None  # "an official said nine were arrested": the speaker, not what is counted
        if found[0].start >= fact.end and any(t.norm in PREPOSITIONS and t.norm != "of"
                                               and nxt.norm in ctx.tables.object_determiners
                                               for t, nxt in zip(between, between[1:], strict=False)):
            # "as high as seven feet in some districts": a noun phrase of its own past a preposition
            # is where it was, not what it was of ("12 years in prison" is a term of prison).
            return None
        return found[0].concept

    return name(before), name(after)


_COORDINATORS = frozenset({"and", "or", "but", "nor"})

COUNTED_BY_NOUN = frozenset({FactKind.COUNT})
"""Kinds of figure a claim leaves vague only by a vague amount of the things counted."""

ADJACENT_REACH = 2
"""Words (an article, a preposition) that may stand between a figure and the word it is of."""

VAGUE_REACH = 3


def _left_unmeasured(claim: Claim, word, ctx: Context) -> bool:
    """Whether the claim states the act or thing with no measure, as one indefinite
    instance or with a vague amount: "a deferral", "a hotel tax increase", "an
    undisclosed sum". "the town", "this league" or a bare plural name something else, and
    a marker of another noun phrase ("an Executive Order declaring", "many of those killed")
    leaves nothing of this word vague."""
    before = [t for t in ctx.sentence(claim).tokens if t.end <= word.start]
    return _marks_phrase(claim, before, word, ctx.tables.unmeasured_markers, ctx)


def _counted_vaguely_as(claim: Claim, fact: Fact, ctx: Context) -> Token | None:
    """The word of a claim that counts the things ``fact`` counts by a vague amount right
    before it ("several bodies" for "16 bodies"); None if the claim has none."""
    counted = counted_noun(fact)
    if not counted:
        return None
    tokens = ctx.sentence(claim).tokens
    markers = ctx.lexicon.words("numbers", "count_markers")
    for at, t in enumerate(tokens):
        if at and singular(t.norm) == counted and _marks_phrase(claim, tokens[:at], t, markers, ctx):
            return t
    return None


def _marks_phrase(claim: Claim, before: Sequence[Token], word: Token, markers: Collection[str],
                  ctx: Context) -> bool:
    """Whether one of ``markers`` opens the noun phrase ``word`` ends: only lower-case words
    that qualify it stand between ("several rescue boats"); past a preposition or a name
    it marks another noun ("a passenger on board", "an Executive Order declaring")."""
    text = ctx.sentence(claim).text
    amounts = ctx.lexicon.words("numbers", "amount_nouns")
    between: list[Token] = []
    for t in reversed(before[-(VAGUE_REACH + 2):]):
        if _OBJECT_BREAK.search(text, t.end, (between[-1] if between else word).start):
            return False
        if t.norm in markers:
            return True
        if t.norm == "of" and not between:
            between.append(t)  # "a small number of patients": the amount is of this word
            continue
        if between and between[0].norm == "of" and len(between) == 1 and t.norm not in amounts:
            return False  # "an avalanche of ice": a noun of its own, the ice no amount
        if t.norm in stopwords(ctx.lexicon) or not t.text[:1].islower() \
                or not t.norm.replace("-", "").isalpha():
            return False
        between.append(t)
        if len(between) > VAGUE_REACH:
            return False
    return False


def _counted_vaguely(claim: Claim, word: Token, ctx: Context) -> bool:
    """Whether a word is counted by a vague amount right before it ("numerous pumps", "several
    boats", ``count_markers``): a number of things left vague, no length of time."""
    before = [t for t in ctx.sentence(claim).tokens if t.end <= word.start][-VAGUE_REACH:]
    return any(t.norm in ctx.lexicon.words("numbers", "count_markers") for t in before)


def specificity_in_cluster(cluster: Cluster, ctx: Context) -> Iterable[Finding]:
    """Sources that state without a figure what others give one for: one finding per cluster,
    with every figure given and every claim that leaves it out ("2 sources give 5 years, 1 gives
    6 years, 1 gives no figure")."""
    given: dict[str, dict[ClaimKey, tuple[Claim, Fact]]] = {}
    left_out: dict[ClaimKey, tuple[Claim, Token]] = {}
    for vague in cluster.claims:
        if vague.facts:
            continue  # it gives figures of its own: a difference there is another detector's
        for precise in cluster.claims:
            if precise is vague or precise.text == vague.text:
                continue
            found = _figure_left_out(precise, vague, ctx)
            if found is not None:
                fact, where = found
                left_out.setdefault(vague.key, (vague, where))
                given.setdefault(fact.canonical or fact.raw, {}).setdefault(precise.key, (precise, fact))
    if not given:
        return
    vague_claims = sorted(left_out.values(), key=lambda cw: cw[0].key)
    label = vague_claims[0][1].text
    values = tuple(ValueGroup(value, tuple(Evidence(c, f.start, f.end)
                                           for c, f in sorted(stated.values(), key=lambda cf: cf[0].key)))
                   for value, stated in given.items()) + (
        ValueGroup(f"{label} (no figure)", tuple(Evidence(c, w.start, w.end) for c, w in vague_claims)),)
    parts = [f"{_sources(c for c, _ in stated.values())} {value}" for value, stated in given.items()]
    yield Finding(DiscrepancyKind.SPECIFICITY, Severity.REFINEMENT, cluster.id, values,
                  f"{', '.join(parts)}, {_sources(c for c, _ in vague_claims)} no figure")


def _sources(claims: Iterable[Claim]) -> str:
    """ "capital-wire gives", "capital-wire and harborview-gazette give" """
    names = sorted({c.source for c in claims})
    return f"{names[0]} gives" if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]} give"


def _figure_left_out(precise: Claim, vague: Claim, ctx: Context):
    """The first figure of ``precise`` that ``vague`` states the same thing without, with the
    word of ``vague`` it belongs to; None if there is none."""
    vague_concepts = set(ctx.sentence(vague).concepts)
    told = ctx.sentence(precise)
    for fact, measure in zip(told.facts, told.measures, strict=True):
        if fact.kind not in SPECIFIC_KINDS or (fact.kind is FactKind.COUNT and (fact.value or 0) < 3):
            continue  # "both sides", "two leaders" are not figures a report would leave vague
        if measure.between == 1 or measure.stage:
            # A time from one moment to another ("a red card eight minutes after half-time")
            # places an act in the story; it is no size of the thing beside it.
            continue
        # A story's own subject ("wildfire", "merger") is in every sentence and says
        # nothing about which figure is left out, except for a duration: it
        # belongs to the act next to it ("delay for a year" / "a deferral").
        of_what = _span_of(told, fact, ctx)
        if of_what and of_what not in vague_concepts:
            continue  # "after two days of deliberation": a length of what the other never names
        before, after = _adjacent_concepts(precise, fact, ctx)
        anchors = [c for c in (before, after) if c and c in vague_concepts and c not in ctx.common]
        if not anchors and fact.kind is FactKind.DURATION and before and before in vague_concepts:
            anchors = [before]
        if not anchors:
            continue
        if fact.kind in COUNTED_BY_NOUN:
            # A count is left vague only by a vague amount of the things it counts ("several
            # bodies" / "16 bodies"); "a passenger" or "a diamond brooch" is one thing, no
            # number of them left out.
            where = _counted_vaguely_as(vague, fact, ctx)
            if where is None:
                continue
            return fact, where
        where = next((t for t in ctx.sentence(vague).tokens if concept(t.norm, ctx.lexicon) == anchors[0]),
                     None)
        if where is None or not _left_unmeasured(vague, where, ctx) \
                or _qualifies_a_noun(ctx.sentence(vague), where, told, ctx):
            continue
        if fact.kind is FactKind.DURATION and _counted_vaguely(vague, where, ctx):
            continue  # "three days of pumping" / "brought in numerous pumps": a number of pumps left vague
        return fact, where
    return None


def _span_of(sentence: Sentence, fact: Fact, ctx: Context) -> str:
    """The concept of the noun a span of time is the length of, told right after it with "of"
    ("two days of deliberation", "three weeks of talks"); "" for none."""
    if fact.kind is not FactKind.DURATION:
        return ""
    after = [t for t in sentence.tokens if t.start >= fact.end][:3]
    if len(after) < 2 or after[0].norm != "of" or sentence.text[fact.end:after[0].start].strip():
        return ""
    noun = next((t for t in after[1:] if t.norm not in ctx.tables.object_determiners), None)
    if noun is None or noun.norm in stopwords(ctx.lexicon) or not noun.norm.isalpha():
        return ""
    return concept(noun.norm, ctx.lexicon)


def _qualifies_a_noun(sentence: Sentence, word: Token, other: Sentence, ctx: Context) -> bool:
    """Whether the word qualifies a noun right after it that the other sentence never uses ("a
    grey prison tunic" is a tunic, no prison term): a lower-case word that no function word
    or verb ending ("-ed", "-s") marks as what the phrase goes on to say."""
    after = next((t for t in sentence.tokens if t.start >= word.end), None)
    if after is None or sentence.text[word.end:after.start].strip() or not after.text[:1].islower():
        return False
    if after.norm in stopwords(ctx.lexicon) or after.norm.endswith(("ed", "s")) or not after.norm.isalpha():
        return False
    return concept(after.norm, ctx.lexicon) not in other.concepts


# --- the detectors, in the order they run -------------------------------------------------

@dataclass(frozen=True)
class Matches:
    """What matching found among the corpus's claims, as every detector reads it."""

    claims: tuple[Claim, ...]
    clusters: tuple[Cluster, ...]
    links: tuple[tuple[Claim, Claim, float], ...]
    """Every scored cross-source pair at or above the floor, strongest first."""
    pairs: tuple[RelatedPair, ...]
    """Pairs of claims that state the same thing: clustered, strongly linked, or quoting
    the same remark."""
    quotes: RelatedQuotes = field(default_factory=lambda: RelatedQuotes((), {}))


def in_each_cluster(*detectors: Callable[[Cluster, Context], Iterable[Finding]]
                    ) -> Callable[[Matches, Context], Iterable[Finding]]:
    """A detector that runs the given per-cluster detectors cluster by cluster."""
    def find_in(cluster: Cluster, ctx: Context) -> Iterator[Finding]:
        for detect in detectors:
            yield from detect(cluster, ctx)

    def find(matches: Matches, ctx: Context) -> Iterable[Finding]:
        return each_spread(matches.clusters, find_in, ctx, sum(len(c.claims) for c in matches.clusters))

    return find


def each_spread(items: Sequence[_Item], find: Callable[[_Item, Context], Iterable[Finding]], ctx: Context,
                   weight: int) -> Iterator[Finding]:
    """The findings of ``find`` on each item, in item order: in forked processes when the
    work (``weight``: the claims it reads) is large (``parallel.classify_workers``), with the
    same findings in the same order."""
    from claimcheck import parallel

    with parallel.fork_pool(parallel.classify_workers(weight)) as executor:
        if executor is None:
            for item in items:
                yield from find(item, ctx)
            return
        _FORKED.update(items=items, find=find, context=ctx)
        try:
            # Contiguous runs, many more than workers: one item may cost far more than another,
            # and results come back in item order.
            size = max(1, -(-len(items) // (executor._max_workers * 16)))  # type: ignore[attr-defined]
            runs = [range(k, min(k + size, len(items))) for k in range(0, len(items), size)]
            for sent in executor.map(_find_in_run, runs):
                yield from (_received(finding, ctx.corpus) for finding in sent)
        finally:
            _FORKED.clear()


_FORKED: dict = {}
"""What forked detection workers read: set before the pool's processes start, so they inherit
the corpus and its readings instead of receiving them pickled."""

_SentGroup = tuple[str, tuple[tuple[ClaimKey, int, int], ...]]
_SentFinding = tuple[DiscrepancyKind, Severity, str, str, tuple[_SentGroup, ...]]


def _find_in_run(run: range) -> list[_SentFinding]:
    """The findings of a run of items, with each claim sent as its key: the parent holds the
    claims, and a detector downstream knows a claim's sentence by the claim itself."""
    items, find, ctx = (_FORKED[k] for k in ("items", "find", "context"))
    return [(f.kind, f.severity, f.cluster_id, f.explanation,
             tuple((g.value, tuple((e.claim.key, e.start, e.end) for e in g.evidence)) for g in f.values))
            for n in run for f in find(items[n], ctx)]


def _received(sent: _SentFinding, corpus: Corpus) -> Finding:
    kind, severity, cluster_id, explanation, groups = sent
    values = tuple(ValueGroup(value, tuple(Evidence(corpus.by_key[key].claim, start, end)
                                           for key, start, end in evidence))
                   for value, evidence in groups)
    return Finding(kind, severity, cluster_id, values, explanation)


@dataclass(frozen=True)
class Detector:
    name: str
    find: Callable[[Matches, Context], Iterable[Finding]]
    after_figures: bool = False
    """Its findings are news only where no finding before it set those two sentences'
    figures against each other already."""


DETECTORS: tuple[Detector, ...] = (
    Detector("in clusters", in_each_cluster(specificity_in_cluster, polarity_in_cluster, certainty_in_cluster,
                                            fact_conflicts_in_cluster)),
    Detector("quote variants", detect_quote_variants),
    Detector("polarity in links", detect_polarity_in_links),
    Detector("opposite outcomes", detect_opposites),
    Detector("certainty in pairs", detect_certainty_in_pairs),
    Detector("attribution", detect_attribution),
    Detector("entities", detect_entities),
    # Last: a story's count set against another is news only where no finding above set
    # those two sentences' figures against each other already.
    Detector("story counts", detect_story_counts, after_figures=True),
    Detector("story measures", detect_story_measures, after_figures=True),
    Detector("story tolls", detect_story_tolls, after_figures=True),
    Detector("story ages", detect_story_ages, after_figures=True),
    Detector("story populations", detect_story_populations, after_figures=True),
)
"""Every detector, in the order its findings are kept: a finding that repeats one of its
kind found earlier is dropped."""
