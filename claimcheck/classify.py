"""Clusters -> discrepancies. One detector per kind of disagreement, each over the
facts and wording of the claims in a cluster (never over words of a particular story).

A detector returns ``Finding``s: value groups with the evidence behind each. Findings
that set the same claims against each other in the same way are reported once.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from claimcheck.facts import FactRelation, is_vague, resolve_date, wider_date
from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.matching import MatchResult, broad_units, figure_key
from claimcheck.models import (Claim, ClaimRole, Cluster, Discrepancy, DiscrepancyKind, Evidence, Fact, FactKind, Severity,
                               ValueGroup)
from claimcheck.relate import count_class, relate_facts, same_magnitude
# Imported here, not in the functions that use them: the memo wrappers below run a
# hundred thousand times a run, and an import statement costs about 1 us each time.
from claimcheck.entities import names, speaker
from claimcheck.stance import Predication, may_deny, predications
from claimcheck.text import Token, concept, stopwords, tokens

_T = TypeVar("_T")
DATE_KINDS = frozenset({FactKind.DATE, FactKind.WEEKDAY, FactKind.RELATIVE})
CONTEXT_WINDOW = 4
MIN_SHARED_CONTEXT = 2


@dataclass(frozen=True)
class Finding:
    kind: DiscrepancyKind
    severity: Severity
    cluster_id: str
    values: tuple[ValueGroup, ...]
    explanation: str

    @property
    def signature(self) -> tuple:
        """What the finding asserts: which claims are set against which."""
        return (self.kind, frozenset(frozenset(e.claim.key for e in g.evidence) for g in self.values))


@dataclass(frozen=True)
class Context:
    """What every detector may consult besides the cluster."""

    published: Mapping[str, dt.date | None]
    lexicon: Lexicon = DEFAULT
    common: frozenset[str] = frozenset()
    """Concepts found all over the corpus (the story's subject): they cannot tell which
    quantity a number is a value of."""
    names_by_source: Mapping[str, tuple] = field(default_factory=dict)
    """Every name each source mentions (entities.Name)."""
    memo: dict = field(default_factory=dict, init=False, compare=False, hash=False, repr=False)
    """Per-run results of pair and claim functions: a claim sits in many pairs, and a
    cluster's findings ask for the same alignments again. Not carried over by
    ``replace``: a context with other tables must not read this one's answers."""

    def remember(self, key: tuple, compute: Callable[[], _T]) -> _T:
        """``compute()``, worked out once per run for ``key``."""
        try:
            return self.memo[key]
        except KeyError:
            value = self.memo[key] = compute()
            return value


COMMON_SHARE = 0.12


def common_concepts(claims: Sequence[Claim], lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    from claimcheck.text import concepts

    statements = [c for c in claims if c.role is ClaimRole.STATEMENT]
    df: dict[str, int] = defaultdict(int)
    for c in statements:
        for name in set(concepts(c.text, lexicon)):
            df[name] += 1
    limit = max(4, COMMON_SHARE * len(statements))
    return frozenset(name for name, n in df.items() if n > limit)


Detector = Callable[[Cluster, Context], Iterable[Finding]]


def find_discrepancies(claims: Sequence[Claim], matched: MatchResult,
                       published: Mapping[str, dt.date | None],
                       lexicon: Lexicon = DEFAULT) -> tuple[Discrepancy, ...]:
    first = Context(published, lexicon, common_concepts(claims, lexicon))
    context = replace(first, names_by_source=names_by_source(claims, first))
    context.memo.update(first.memo)  # the names found on the way do not depend on names_by_source
    clusters = matched.clusters
    findings: list[Finding | None] = []
    opposed: list[set[tuple[str, str]]] = []
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

    for cluster in clusters:
        for detector in DETECTORS:
            keep(detector(cluster, context))
    keep(detect_quote_variants(claims, clusters, context))
    keep(detect_polarity_in_links(matched, context))
    pairs = related_pairs(claims, matched, context)
    keep(detect_opposites(pairs, context))
    keep(detect_certainty_in_pairs(pairs, context))
    keep(detect_attribution(pairs, context))
    keep(detect_entities(pairs, context))
    # Last: a story's count set against another is news only where no finding above set those
    # two sentences' figures against each other already.
    figures = set().union(*(pairs for f, pairs in zip(findings, opposed) if f is not None and f.kind in FIGURE_FINDINGS))
    keep(f for f in detect_story_counts(claims, context) if not _opposed_pairs(f) <= figures)
    return tuple(
        Discrepancy(f"d{n}", f.kind, f.severity, f.cluster_id, f.values, f.explanation)
        for n, f in enumerate((f for f in findings if f is not None), start=1)
    )


def _opposed_pairs(finding: Finding) -> set[tuple[str, str]]:
    """The (claim, claim) pairs a finding sets against each other, both ways round."""
    return {(x.claim.key, y.claim.key) for first, second in itertools.permutations(finding.values, 2)
            for x in first.evidence for y in second.evidence}


# --- facts: quantity and date -------------------------------------------------------------

@functools.lru_cache(maxsize=65536)
def fact_context(claim: Claim, fact: Fact, lexicon: Lexicon, common: frozenset[str] = frozenset()
                 ) -> frozenset[str]:
    """Content concepts next to a fact, the corpus-wide ones skipped: what the value is a value of."""
    return _words_around(claim.text, fact.start, fact.end, lexicon, common)


def _words_around(text: str, start: int, end: int, lexicon: Lexicon, common: frozenset[str] = frozenset()
                  ) -> frozenset[str]:
    stop = stopwords(lexicon)
    named = [(t, concept(t.norm, lexicon)) for t in tokens(text)
             if t.norm not in stop and not t.norm[:1].isdigit()]
    named = [(t, c) for t, c in named if c not in common]
    before = [c for t, c in named if t.end <= start]
    after = [c for t, c in named if t.start >= end]
    return frozenset(before[-CONTEXT_WINDOW:] + after[:CONTEXT_WINDOW])


@functools.lru_cache(maxsize=16384)
def _name_concepts(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Concepts of the words capitalised inside the sentence: names."""
    return frozenset(concept(t.norm, lexicon) for t in tokens(text) if t.text[:1].isupper() and t.start > 0)


def _family(fact: Fact) -> str:
    return "date" if fact.kind in DATE_KINDS else "number"


def align_facts(a: Claim, b: Claim, ctx: Context) -> list[tuple[Fact, Fact, FactRelation]]:
    """Facts of two claims that are values of the same thing, mutually best by context."""
    if not a.facts or not b.facts:
        return []
    return ctx.remember(("align", a.key, a.text, b.key, b.text), lambda: _align_facts(a, b, ctx))


def _align_facts(a: Claim, b: Claim, ctx: Context) -> list[tuple[Fact, Fact, FactRelation]]:
    lex = ctx.lexicon
    ctx_a, rank_a = _fact_places(a, ctx)
    ctx_b, rank_b = _fact_places(b, ctx)
    scored = []
    said_a, said_b = _statement_dates(a, ctx), _statement_dates(b, ctx)
    published_a, published_b = ctx.published.get(a.source), ctx.published.get(b.source)
    # Each fact's words and rank are looked up once, not once per pair: hashing a Fact
    # (fifteen fields) was most of the cost of this loop.
    side_b = [(fb, ctx_b[fb], rank_b[fb]) for fb in b.facts if fb not in said_b]
    # A figure both sentences give is the figure they share: "a rise of 9%" and "an offer of
    # 4.5%, short of the demand for 9%" do not set 9% against 4.5%.
    given_a, given_b = _figures_given(a), _figures_given(b)
    for fa in a.facts:
        if fa in said_a:
            continue
        near_a, place_a, dated = ctx_a[fa], rank_a[fa], _family(fa) == "date"
        for fb, near_b, place_b in side_b:
            rel = relate_facts(fa, fb, published_a, published_b, lex)
            if rel is FactRelation.INCOMPARABLE:
                continue
            if fa.kind is FactKind.ORDINAL and _ranked(a, fa, lex) != _ranked(b, fb, lex):
                continue  # "a first-floor window", "a third person": two things ranked
            if rel in CONFLICTING and (figure_key(fa) in given_b or figure_key(fb) in given_a):
                continue
            common_words = near_a & near_b
            if dated and (len(near_a) < MIN_SHARED_CONTEXT or len(near_b) < MIN_SHARED_CONTEXT):
                # A short sentence made of the story's own words ("The next decision is on
                # 30 April"): those words, names aside, are all it has to say what the day is of.
                names = _name_concepts(a.text, lex) | _name_concepts(b.text, lex)
                common_words = (_near(a, fa, ctx) & _near(b, fb, ctx)) - names
            shared = len(common_words) + (1 if place_a == place_b else 0)
            if shared < MIN_SHARED_CONTEXT:
                continue
            if dated and common_words <= (_name_concepts(a.text, lex) | _name_concepts(b.text, lex)):
                continue  # the same names near two days say who, not which event
            if dated:
                if _opposite_edges(_near(a, fa, ctx), _near(b, fb, ctx), lex):
                    continue  # the day a span starts and the day it ends
                if _opens_period(a, fa, lex) != _opens_period(b, fb, lex):
                    continue  # "fallen since Wednesday" / "on Thursday": a start, and a time within
            scored.append((shared + (0.5 if rel is FactRelation.SAME else 0.0), fa, fb, rel))
    scored.sort(key=lambda t: -t[0])
    # A claim's facts differ in offset, so each is told apart by identity, without hashing.
    used_a, used_b, pairs = set(), set(), []
    for _, fa, fb, rel in scored:
        if id(fa) in used_a or id(fb) in used_b:
            continue
        used_a.add(id(fa))
        used_b.add(id(fb))
        pairs.append((fa, fb, rel))
    return pairs


def _figures_given(claim: Claim) -> frozenset[tuple]:
    return frozenset(key for f in claim.facts if (key := figure_key(f)) is not None)


def _ranked(claim: Claim, fact: Fact, lexicon: Lexicon) -> str | None:
    """The concept of the word right after an ordinal: the thing it ranks."""
    following = next((t for t in tokens(claim.text) if t.start >= fact.end), None)
    return concept(following.norm, lexicon) if following is not None else None


MIN_SHARED_AROUND_DATES = 2


def date_of_the_same_thing(a: Claim, b: Claim, lexicon: Lexicon = DEFAULT) -> bool:
    """Both claims give a calendar date (a weekday or "last week" is as often the day something
    was said) among at least two of the same words, not all of them names,
    and not one the start and the other the end of a span: what matching may take as a
    sign that two differently worded sentences date one act."""
    if not a.facts or not b.facts:
        return False
    near_a = _calendar_date_contexts(a.text, a.facts, lexicon)
    near_b = _calendar_date_contexts(b.text, b.facts, lexicon) if near_a else ()
    if not near_b:
        return False
    names = _name_concepts(a.text, lexicon) | _name_concepts(b.text, lexicon)
    for one in near_a:
        for other in near_b:
            shared = (one & other) - names
            if len(shared) >= MIN_SHARED_AROUND_DATES and not _opposite_edges(one, other, lexicon):
                return True
    return False


@functools.lru_cache(maxsize=16384)
def _calendar_date_contexts(text: str, facts: tuple[Fact, ...], lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    """The words around each calendar date of a claim, read once: matching asks for every
    pair a claim is in."""
    return tuple(_words_around(text, f.start, f.end, lexicon) for f in facts if f.kind is FactKind.DATE)


def _near(claim: Claim, fact: Fact, ctx: Context) -> frozenset[str]:
    """``fact_context`` with no words skipped, once per run."""
    return ctx.remember(("near", claim.text, fact), lambda: fact_context(claim, fact, ctx.lexicon))


def _opens_period(claim: Claim, fact: Fact, lexicon: Lexicon) -> bool:
    """The date starts a period ("since Wednesday", "from 1 May")."""
    before = claim.text[max(0, fact.start - 16):fact.start].split()
    return bool(before) and before[-1].casefold() in lexicon.words("dates", "period_openers")


@functools.lru_cache(maxsize=8)
def _span_edges(lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(concept(str(w), lexicon) for w in side)
                 for side in lexicon.table("dates", "span_edges", []))


def _opposite_edges(near_a: frozenset[str], near_b: frozenset[str], lexicon: Lexicon) -> bool:
    """One day is where a span starts and the other where it ends ("set to begin on" / "set
    to expire on")."""
    edges = _span_edges(lexicon)
    sides_a = {n for n, side in enumerate(edges) if side & near_a}
    sides_b = {n for n, side in enumerate(edges) if side & near_b}
    return len(sides_a) == 1 and len(sides_b) == 1 and sides_a != sides_b


def _fact_places(claim: Claim, ctx: Context) -> tuple[dict, dict]:
    """Each fact's context words and rank, worked out once per claim."""
    return ctx.remember(("places", claim.key, claim.text), lambda: (
        {f: fact_context(claim, f, ctx.lexicon, ctx.common) for f in claim.facts}, _ranks(claim.facts)))


STATEMENT_REACH = 4
"""Words between a speech verb and the day it was spoken: "said at a briefing Thursday"."""


def _statement_dates(claim: Claim, ctx: Context) -> frozenset[Fact]:
    """Dates that say when something was said ("officials said Thursday", "at a news
    conference on Monday"), not when the reported thing happened: two outlets quoting
    statements of different days do not disagree about the event."""
    return ctx.remember(("said on", claim.key, claim.text), lambda: _find_statement_dates(claim, ctx))


def _find_statement_dates(claim: Claim, ctx: Context) -> frozenset[Fact]:
    dates = [f for f in claim.facts if f.kind in DATE_KINDS]
    if not dates:
        return frozenset()
    cues = ctx.lexicon.words("entities", "speech_cues") | ctx.lexicon.words("entities", "statement_occasions")
    toks = tokens(claim.text)
    found = set()
    for fact in dates:
        before = [t.norm for t in toks if t.end <= fact.start][-STATEMENT_REACH:]
        if any(w in cues for w in before):
            found.add(fact)
    return frozenset(found)


def _ranks(facts: Sequence[Fact]) -> dict[Fact, tuple[int, int] | None]:
    """Where each fact stands among the claim's facts of its kind, when there are several:
    "31.4% on the drug, 11.9% on placebo" and "34% ..., versus 11.9% ..." line up in order."""
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_kind[_family(f) if _family(f) == "date" else f.kind.value].append(f)
    ranks: dict[Fact, tuple[int, int] | None] = {}
    for same in by_kind.values():
        for n, f in enumerate(same):
            ranks[f] = (n, len(same)) if len(same) > 1 else None
    return ranks


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


def detect_fact_conflicts(cluster: Cluster, ctx: Context) -> Iterable[Finding]:
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
            finding = _fact_finding(cluster, [(a, fa), (b, fb)], rel, ctx)
            first, second = finding.values[0].evidence, finding.values[1].evidence
            covered.update((x.claim.key, x.start, y.claim.key, y.start) for x in first for y in second)
            covered.update((y.claim.key, y.start, x.claim.key, x.start) for x in first for y in second)
            yield finding


CONFLICTING = (FactRelation.DIFFERENT, FactRelation.COMPATIBLE_BOUNDS)
FIGURE_FINDINGS = (DiscrepancyKind.QUANTITY, DiscrepancyKind.SPECIFICITY, DiscrepancyKind.DATE)


def detect_story_counts(claims: Sequence[Claim], ctx: Context) -> Iterable[Finding]:
    """Two sources that each give one figure, all through their articles, for the same specific
    thing counted ("14 tank cars", "16 tank cars"; "34 deaths", "38 deaths") disagree on the
    story's count of it, however differently the sentences that give it are worded. Counts of
    anyone (people) or measures do not qualify, nor vague amounts, nor figures far apart
    ("3 cars leaked", "14 cars derailed" count different cars)."""
    broad = broad_units(ctx.lexicon)
    by_unit: dict[str, dict[str, list[tuple[Claim, Fact]]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        if claim.role is not ClaimRole.STATEMENT:
            continue
        for fact in claim.facts:
            if fact.kind is FactKind.COUNT and fact.unit and fact.unit not in broad and fact.value:
                kind = count_class(fact.unit, ctx.lexicon)  # "34 deaths", "38 dead"
                by_unit[kind if kind and kind not in broad else fact.unit][claim.source].append((claim, fact))
    for per_source in by_unit.values():
        if len(per_source) > STORY_COUNT_SOURCES:
            continue  # a feed of many stories: one unit there is many things counted
        single = {source: found[0] for source, found in per_source.items()
                  if len({fact.value for _, fact in found}) == 1}
        ordered = sorted(single)
        for n, first in enumerate(ordered):
            for second in ordered[n + 1:]:
                (a, fa), (b, fb) = single[first], single[second]
                if is_vague(fa, ctx.lexicon) or is_vague(fb, ctx.lexicon):
                    continue
                relation = relate_facts(fa, fb, ctx.published.get(a.source), ctx.published.get(b.source), ctx.lexicon)
                if (relation is FactRelation.DIFFERENT and same_magnitude(fa, fb, STORY_COUNT_SPREAD)
                        and not different_events(a, b, ctx)):
                    yield _fact_finding(Cluster("", (a, b), 0.0), [(a, fa), (b, fb)], relation, ctx)


STORY_COUNT_SOURCES = 12
"""A unit counted in more sources than this is counted in more than one story."""
STORY_COUNT_SPREAD = 1.5
"""Two counts of one thing at most this many times apart: a toll or tally revised, not another group."""


def different_events(a: Claim, b: Claim, ctx: Context) -> bool:
    """Two alike sentences whose every detail differs report two happenings, not one
    happening two ways: "a 5.2 aftershock on Sunday" / "a 4.6 aftershock on Monday".
    One differing detail next to one that agrees is a discrepancy; two or more
    differing (figures, dates, a name in the same slot), with none agreeing, are two events."""
    return ctx.remember(("events", a.key, a.text, b.key, b.text), lambda: _different_events(a, b, ctx))


def _different_events(a: Claim, b: Claim, ctx: Context) -> bool:
    aligned = align_facts(a, b, ctx)
    differing = [fa for fa, _, rel in aligned if rel in CONFLICTING]
    if len(differing) != len(aligned):
        return False
    # A tally or score ("voted 7-4", "won 2-1") is one detail written as two numbers.
    spans = sorted((f.start, f.end) for f in differing)
    details = sum(1 for n, (start, _) in enumerate(spans)
                  if n == 0 or not _joined(a.text[spans[n - 1][1]:start]))
    if not any(_family(f) == "date" for f in differing) and _days_differ(a, b, ctx):
        details += 1  # "on August 15" / "on Saturday", even where the words around them differ
    if details == 0:
        return False
    if details == 1 and entity_clash(a, b, ctx) is not None:
        details += 1  # "against X on August 15" / "against Y on Saturday": another match
    if details == 1 and polarity_conflicts(a, b, ctx):
        details += 1  # "612 patients who had not responded" / "the 428 patients who responded"
    if details == 1 and _marked_instances(a, b, ctx) != _marked_instances(b, a, ctx):
        details += 1  # "a meeting was held Wednesday" / "a second meeting is set for Friday"
    return details >= 2


INSTANCE_REACH = 3
"""Words between an instance marker and the thing it marks: "a second community meeting"."""


def _marked_instances(claim: Claim, other: Claim, ctx: Context) -> frozenset[tuple[str, str]]:
    """Concepts the two claims share that ``claim`` marks as one of several ("another
    aftershock", "a second meeting"), with their marker: "the previous meeting" and "the
    third meeting" are two meetings."""
    from claimcheck.text import concepts

    markers = ctx.lexicon.words("dates", "instance_markers")
    toks = tokens(claim.text)
    if not any(t.norm in markers for t in toks):
        return frozenset()
    shared = set(concepts(claim.text, ctx.lexicon)) & set(concepts(other.text, ctx.lexicon))
    # "another 87 were damaged" adds to a count; it does not mark another happening, nor does
    # "second" in a date ("the second quarter of 2027"), where it names the part of a year.
    dated = [(f.start, f.end) for f in claim.facts if f.kind in DATE_KINDS]
    return frozenset((t.norm, c) for k, t in enumerate(toks) if t.norm in markers
                     and not (k + 1 < len(toks) and toks[k + 1].norm[:1].isdigit())
                     and not any(start <= t.start < end for start, end in dated)
                     for u in toks[k + 1:k + 1 + INSTANCE_REACH]
                     if (c := concept(u.norm, ctx.lexicon)) in shared)


def _days_differ(a: Claim, b: Claim, ctx: Context) -> bool:
    """Both claims name days of events, and no day of one is a day of the other."""
    days_a = [f for f in a.facts if f.kind in DATE_KINDS and f not in _statement_dates(a, ctx)]
    days_b = [f for f in b.facts if f.kind in DATE_KINDS and f not in _statement_dates(b, ctx)]
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


def _fact_finding(cluster: Cluster, stated: list[tuple[Claim, Fact]], rel: FactRelation, ctx: Context) -> Finding:
    # Grow the two-claim finding with every other claim of the cluster that states the
    # same value as one side, so the report says "1 source says X, 3 say Y".
    groups: list[list[tuple[Claim, Fact]]] = [[stated[0]], [stated[1]]]
    for other in cluster.claims:
        if other is stated[0][0] or other is stated[1][0]:
            continue
        for group in groups:
            ref_claim, ref_fact = group[0]
            for fa, fb, r in align_facts(ref_claim, other, ctx):
                if fa == ref_fact and r is FactRelation.SAME:
                    group.append((other, fb))
                    break
            else:
                continue
            break
    kind = DiscrepancyKind.DATE if _family(stated[0][1]) == "date" else DiscrepancyKind.QUANTITY
    severity = Severity.CONFLICT if rel is FactRelation.DIFFERENT else Severity.REFINEMENT
    vague = [is_vague(f, ctx.lexicon) for _, f in stated]
    broader = ""
    if rel is FactRelation.COMPATIBLE_BOUNDS and any(vague) and not all(vague):
        kind = DiscrepancyKind.SPECIFICITY  # "dozens of homes" / "87 homes": a figure left out, not another
        broader = " (one gives only a vague amount)"
    elif rel is FactRelation.COMPATIBLE_BOUNDS and kind is DiscrepancyKind.DATE and wider_date(
            stated[0][1], stated[1][1], ctx.published.get(stated[0][0].source), ctx.published.get(stated[1][0].source)):
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
    elif rel is FactRelation.COMPATIBLE_BOUNDS:
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

def related_quotes(claims: Sequence[Claim], ctx: Context):
    """Quotations of different sources that render the same remark: the quotes, and the
    relation (identical, excerpt, variant) of each related pair of them. Found once per
    run: the quote and the attribution detectors both read them."""
    return ctx.remember(("quotes",), lambda: _related_quotes(claims, ctx))


def _related_quotes(claims: Sequence[Claim], ctx: Context):
    from claimcheck.quotes import QuoteRelation, extract_quotes, relate_quotes

    stop = stopwords(ctx.lexicon)
    quotes = [q for c in claims if c.role is ClaimRole.STATEMENT for q in extract_quotes(c)]
    postings: dict[str, list[int]] = defaultdict(list)
    for n, q in enumerate(quotes):
        for w in set(q.words) - stop:
            postings[w].append(n)
    relations: dict[tuple[int, int], QuoteRelation] = {}
    for n, q in enumerate(quotes):
        candidates = {m for w in set(q.words) - stop for m in postings[w] if m > n}
        for m in sorted(candidates):
            if quotes[m].claim.source == q.claim.source:
                continue
            rel = relate_quotes(q, quotes[m], stop)
            if rel is not QuoteRelation.UNRELATED:
                relations[(n, m)] = rel
    return quotes, relations


def detect_quote_variants(claims: Sequence[Claim], clusters: Sequence[Cluster], ctx: Context) -> Iterable[Finding]:
    """The same quotation worded differently by different sources.

    Quotations are compared across the whole corpus, not only inside clusters: the
    same remark is often framed by sentences that share little else.
    """
    from claimcheck.quotes import QuoteRelation

    quotes, relations = related_quotes(claims, ctx)
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
    cluster_of = {frozenset(c.key for c in cl.claims): cl.id for cl in clusters}
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
        def head_of(n: int) -> int:
            while group_of[n] != n:
                n = group_of[n]
            return n

        # An excerpt faithful to two rival wordings takes no side: it is left out.
        neutral = set()
        for n in members:
            fits = {head_of(m) for m in members if m != n
                    and relations.get((min(n, m), max(n, m))) in (QuoteRelation.IDENTICAL, QuoteRelation.EXCERPT)
                    and len(quotes[m].words) > len(quotes[n].words)}
            if len(fits) > 1:
                neutral.add(n)
        groups: dict[int, list[int]] = defaultdict(list)
        for n in members:
            if n not in neutral:
                groups[head_of(n)].append(n)
        if len(groups) < 2:
            continue
        ordered_groups = sorted(groups.items(), key=lambda kv: (-len({quotes[n].claim.source for n in kv[1]}), kv[0]))
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
        yield Finding(DiscrepancyKind.QUOTE, Severity.WORDING, cluster_id, values,
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


def polarity_conflicts(a: Claim, b: Claim, ctx: Context, need_named_object: bool = False
                       ) -> list[tuple[Predication, Predication]]:
    """Acts one claim affirms and the other denies, with compatible subjects.

    ``need_named_object``: also require both to name the same thing right after the
    act ("finalized the X deal" / "still need to finalize the X terms"), for pairs too
    weakly linked to be sure they are about the same event.
    """
    if not _denies_something(a.text, ctx) and not _denies_something(b.text, ctx):
        return []
    pa, pb = predications(a.text, ctx.lexicon), predications(b.text, ctx.lexicon)
    found = []
    for neg_side, pos_side in ((pa, pb), (pb, pa)):
        for neg in (p for p in neg_side if p.negated):
            same = [p for p in pos_side if p.concept == neg.concept]
            if not same or any(p.negated for p in same) or not any(p.finite for p in same):
                continue  # not stated as done by the other side, or denied there too
            same = [p for p in same if p.finite]
            pos = same[0]
            if neg.subject and pos.subject and not (neg.subject & pos.subject):
                continue  # different actors: "the White House confirmed", "Beijing has not confirmed"
            if need_named_object and not (_named_after(neg_side, neg) & _named_after(pos_side, pos)):
                continue
            found.append((neg, pos) if neg_side is pa else (pos, neg))
    return found


def _denies_something(text: str, ctx: Context) -> bool:
    return ctx.remember(("denies", text), lambda: may_deny(text, ctx.lexicon)
                        and any(p.negated for p in predications(text, ctx.lexicon)))


def _named_after(side: list[Predication], p: Predication, span: int = 5) -> set[str]:
    """Names (capitalised words) among the few words after a predicate."""
    after = [q for q in side if q.start >= p.end][:span]
    return {q.concept for q in after if q.capitalised}


def _polarity_finding(cluster_id: str, a: Claim, b: Claim, pa: Predication, pb: Predication) -> Finding:
    def label(claim: Claim, p: Predication) -> str:
        return claim.text[p.start:p.end]

    values = (ValueGroup(label(a, pa), (Evidence(a, pa.start, pa.end),)),
              ValueGroup(label(b, pb), (Evidence(b, pb.start, pb.end),)))
    affirmed, denied = (a, b) if not pa.negated else (b, a)
    return Finding(DiscrepancyKind.POLARITY, Severity.CONFLICT, cluster_id, values,
                   f"{affirmed.source} says “{label(affirmed, pa if affirmed is a else pb)}”, "
                   f"{denied.source} says “{label(denied, pb if denied is b else pa)}”")


def detect_polarity(cluster: Cluster, ctx: Context) -> Iterable[Finding]:
    if not any(_denies_something(c.text, ctx) for c in cluster.claims):
        return  # nothing is denied: no pair can conflict
    for a, b in claim_pairs(cluster, ctx):
        found = polarity_conflicts(a, b, ctx)
        if not found or different_events(a, b, ctx):
            continue
        for pa, pb in found:
            yield _polarity_finding(cluster.id, a, b, pa, pb)


def detect_polarity_in_links(matched: MatchResult, ctx: Context) -> Iterable[Finding]:
    # Each linked claim is asked once, not once per link it is in (a claim is in dozens).
    linked = {id(c): c for a, b, score in matched.links if score >= POLARITY_LINK_FLOOR for c in (a, b)}
    denying = {key for key, c in linked.items() if _denies_something(c.text, ctx)}
    for a, b, score in matched.links:
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


@functools.lru_cache(maxsize=8)
def _opposite_sides(lexicon: Lexicon) -> dict[tuple[str, ...], tuple[int, int]]:
    """Phrase (lower-case words) -> (group, side)."""
    sides: dict[tuple[str, ...], tuple[int, int]] = {}
    for g, group in enumerate(lexicon.table("polarity", "opposites", [])):
        for side, words in enumerate(group):
            for phrase in words:
                sides.setdefault(tuple(str(phrase).casefold().split()), (g, side))
    return sides


def _outcomes(claim: Claim, ctx: Context) -> list[tuple[int, int, int, int]]:
    """(group, side, start, end) of every outcome word of the claim that no cue negates."""
    return ctx.remember(("outcomes", claim.text), lambda: _find_outcomes(claim, ctx))


def _find_outcomes(claim: Claim, ctx: Context) -> list[tuple[int, int, int, int]]:
    from claimcheck.stance import predications

    sides = _opposite_sides(ctx.lexicon)
    toks = tokens(claim.text)
    names = [t.norm for t in toks]
    hits = []
    bounds = ctx.lexicon.words("polarity", "state_bounds")
    for k in range(len(toks)):
        for size in (2, 1):
            hit = sides.get(tuple(names[k:k + size]))
            if hit and len(names[k:k + size]) == size:
                if not bounds.intersection(names[k + size:k + size + STATE_BOUND_REACH]):
                    hits.append((hit[0], hit[1], toks[k].start, toks[k + size - 1].end))
                break
    if not hits or not _denies_something(claim.text, ctx):
        return hits
    negated = [(p.start, p.end) for p in predications(claim.text, ctx.lexicon) if p.negated]
    return [h for h in hits if not any(s <= h[2] and h[3] <= e for s, e in negated)]


STATE_BOUND_REACH = 2
"""Words between a state and what bounds it: "closed to visitors until"."""


def _around(claim: Claim, start: int, end: int, ctx: Context) -> frozenset[str]:
    """Words near an outcome; a name is marked, for a shared name says more than a shared word."""
    stop = stopwords(ctx.lexicon)
    toks = [t for t in tokens(claim.text) if t.norm not in stop and not t.norm[:1].isdigit()
            and not (start <= t.start < end)]
    before = [t for t in toks if t.end <= start][-OPPOSITE_WINDOW:]
    after = [t for t in toks if t.start >= end][:OPPOSITE_WINDOW]
    numbered = _numbered_names(claim.text)
    near = set()
    for n, t in enumerate(before + after):
        name = concept(t.norm, ctx.lexicon)
        near.add(name)
        if t.text[:1].isupper() and (n > 0 or t.start > 0) and name not in ctx.common:
            near.add("^" + name)
        if t.start in numbered:
            near.add("^" + numbered[t.start])
    return frozenset(near)


@functools.lru_cache(maxsize=16384)
def _numbered_names(text: str) -> dict[int, str]:
    """Names made of a capitalised word and a number ("Highway 38", "Gate 4", "Flight 212"),
    by the offset of the word: a name even at the start of a sentence, and one that two
    numbers make two different names of."""
    toks = tokens(text)
    return {t.start: f"{t.norm} {u.norm}" for t, u in zip(toks, toks[1:])
            if t.text[:1].isupper() and t.text[1:2].islower() and u.norm.isdigit() and u.start == t.end + 1}


def _subject_names(claim: Claim, start: int, ctx: Context) -> frozenset[str]:
    from claimcheck.stance import predications

    for p in predications(claim.text, ctx.lexicon):
        if p.start <= start < p.end or p.start == start:
            return p.subject
    return frozenset()


def detect_opposites(pairs: Sequence[RelatedPair], ctx: Context) -> Iterable[Finding]:
    """Opposite outcomes of the same thing: "rose" / "fell", "reopened" / "remained closed"."""
    for pair in pairs:
        a, b = pair.a, pair.b
        outs_a, outs_b = _outcomes(a, ctx), _outcomes(b, ctx)
        if not outs_a or not outs_b:
            continue
        for group, side, sa, ea in outs_a:
            match = next(((s, e) for g, sd, s, e in outs_b if g == group and sd != side
                          and len(_around(a, sa, ea, ctx) & _around(b, s, e, ctx)) >= MIN_SHARED_AROUND_OPPOSITES),
                         None)
            if match is None:
                continue
            sb, eb = match
            subj_a, subj_b = _subject_names(a, sa, ctx), _subject_names(b, sb, ctx)
            if subj_a and subj_b and not subj_a & subj_b:
                continue  # "Orrin shares fell", "Lumetra shares jumped": two things moved
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
    from claimcheck.stance import governed_concepts
    from claimcheck.text import concepts

    governed_a, governed_b = governed_concepts(a.text, ctx.lexicon), governed_concepts(b.text, ctx.lexicon)
    if not governed_a or not governed_b:
        return None  # most sentences have no cue at all
    concepts_a = concepts(a.text, ctx.lexicon)
    shared = set(concepts_a) & set(concepts(b.text, ctx.lexicon))
    if len(shared) < MIN_SHARED_FOR_CERTAINTY:
        return None
    for anchor in dict.fromkeys(concepts_a):
        if anchor not in shared or anchor in ctx.common:
            continue
        ca, cb = governed_a.get(anchor), governed_b.get(anchor)
        if ca is None or cb is None or ca.hedged == cb.hedged:
            continue
        sure, unsure = ((a, ca), (b, cb)) if ca.asserted else ((b, cb), (a, ca))
        values = (ValueGroup(f"asserted ({sure[1].cue})", (Evidence(sure[0], sure[1].start, sure[1].end),)),
                  ValueGroup(f"hedged ({unsure[1].cue})", (Evidence(unsure[0], unsure[1].start, unsure[1].end),)))
        return Finding(DiscrepancyKind.CERTAINTY, Severity.REFINEMENT, "", values,
                       f"{sure[0].source} states it as fact (“{sure[1].cue}”), "
                       f"{unsure[0].source} only as expected or claimed (“{unsure[1].cue}”)")
    return None


def plain_against_hedged(a: Claim, b: Claim, ctx: Context) -> Finding | None:
    """One claim states an act plainly, in the past, with no cue at all ("The fire was
    sparked by a power line"), the other hedges that same act ("investigators are
    examining whether a power line sparked the blaze")."""
    from claimcheck.stance import governed_concepts, hedge_before, predications

    credit_only = ctx.lexicon.words("certainty", "credit_only")
    for plain, hedged in ((a, b), (b, a)):
        if governed_concepts(plain.text, ctx.lexicon):
            continue  # a cue of its own: certainty_conflict's case
        if not any(c.hedged for c in governed_concepts(hedged.text, ctx.lexicon).values()):
            continue
        said_plainly = predications(plain.text, ctx.lexicon)
        acts = {p.concept: p for p in said_plainly
                if p.finite and not p.negated and not p.capitalised and p.concept not in ctx.common
                and _used_as_verb(plain.text, p.end, ctx)}
        agent_markers = ctx.lexicon.words("certainty", "agent_markers")
        for verb in list(acts.values()):
            # What a passive act was done by ("was caused by a rupture"): "suspect a rupture"
            # hedges the same point.
            agent = next((p for p in said_plainly if p.start >= verb.end), None)
            if (agent is not None and not agent.negated and not agent.capitalised and agent.concept not in acts
                    and agent.concept not in ctx.common
                    and any(t.norm in agent_markers for t in tokens(plain.text[verb.end:agent.start]))):
                acts[agent.concept] = agent
        for act, said in acts.items():
            cue = hedge_before(hedged.text, act, ctx.lexicon, skip=credit_only)
            if cue is None or not _hedged_verb(hedged.text, act, ctx):
                continue
            values = (ValueGroup("stated plainly", (Evidence(plain, said.start, said.end),)),
                      ValueGroup(f"hedged ({cue.cue})", (Evidence(hedged, cue.start, cue.end),)))
            return Finding(DiscrepancyKind.CERTAINTY, Severity.REFINEMENT, "", values,
                           f"{plain.source} states it as fact (“{plain.text[said.start:said.end]}”), "
                           f"{hedged.source} only as possible or expected (“{cue.cue}”)")
    return None


def _used_as_verb(text: str, end: int, ctx: Context) -> bool:
    """A past form followed by a function word or punctuation, not by the noun it
    qualifies: "was sparked by", "sparked the blaze", but not "expanded export controls"."""
    following = next((t for t in tokens(text) if t.start >= end), None)
    return following is None or following.norm in stopwords(ctx.lexicon) or bool(text[end:following.start].strip())


def _hedged_verb(text: str, act: str, ctx: Context) -> bool:
    """Whether the act the cue governs is written as a verb in the hedged sentence too."""
    word = next((t for t in tokens(text) if concept(t.norm, ctx.lexicon) == act), None)
    return word is not None and _used_as_verb(text, word.end, ctx)


def detect_certainty_in_pairs(pairs: Sequence[RelatedPair], ctx: Context) -> Iterable[Finding]:
    from claimcheck.stance import governed_concepts

    for pair in pairs:
        if pair.strong and not pair.cluster_id:
            if not governed_concepts(pair.a.text, ctx.lexicon) or not governed_concepts(pair.b.text, ctx.lexicon):
                continue
            found = certainty_conflict(pair.a, pair.b, ctx)
            if found:
                yield found


def detect_certainty(cluster: Cluster, ctx: Context) -> Iterable[Finding]:
    from claimcheck.stance import governed_concepts

    if not any(governed_concepts(c.text, ctx.lexicon) for c in cluster.claims):
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


def related_pairs(claims: Sequence[Claim], matched: MatchResult, ctx: Context) -> list[RelatedPair]:
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
    quotes, relations = related_quotes(claims, ctx)
    for n, m in relations:
        a, b = quotes[n].claim, quotes[m].claim
        pairs.setdefault(_pair_key(a, b), (a, b, ""))  # clustered pairs are in already
        same_words.add(_pair_key(a, b))
    ordered = sorted(pairs.items(), key=lambda kv: (kv[1][0].key, kv[1][1].key))
    return [RelatedPair(a, b, cid, key in same_words, key in strong) for key, (a, b, cid) in ordered]


def _pair_key(a: Claim, b: Claim) -> tuple:
    return (a.key, b.key) if a.key <= b.key else (b.key, a.key)


def names_by_source(claims: Sequence[Claim], ctx: Context) -> dict[str, tuple]:
    found: dict[str, list] = defaultdict(list)
    for claim in claims:
        found[claim.source].extend(_names(claim, ctx))
    return {source: tuple(ns) for source, ns in found.items()}


def _names(claim: Claim, ctx: Context):
    # The same sentence in several sources (wire copy) has the same names.
    skip = tuple((f.start, f.end) for f in claim.facts)
    return ctx.remember(("names", claim.text, skip), lambda: names(claim.text, ctx.lexicon, skip=skip))


def _speaker(claim: Claim, ctx: Context):
    return ctx.remember(("speaker", claim.key, claim.text),
                        lambda: speaker(claim.text, _names(claim, ctx), ctx.lexicon))


def _actors(claim: Claim, ctx: Context) -> list:
    """Names that can fill a slot: not adjectives ("Chinese goods"), and not a
    transcript's "X:" label, which says who reads the line, not who it is about."""
    return ctx.remember(("actors", claim.key, claim.text), lambda: _find_actors(claim, ctx))


def _find_actors(claim: Claim, ctx: Context) -> list:
    label = _label(claim, ctx)
    # Every name in the label ("PRIYA NANDAKUMAR, REPORTER:") belongs to it.
    head = claim.text.index(":", label.end) if label is not None else -1
    return [n for n in _names(claim, ctx) if not n.modifier and n.start > head]


def _label(claim: Claim, ctx: Context):
    from claimcheck.entities import transcript_label

    return ctx.remember(("label", claim.key, claim.text),
                        lambda: transcript_label(claim.text, _names(claim, ctx), ctx.lexicon))


def detect_attribution(pairs: Sequence[RelatedPair], ctx: Context) -> Iterable[Finding]:
    """The same statement or quotation credited to different speakers."""
    for pair in pairs:
        if not pair.same_words:
            continue
        a, b, cluster_id = pair.a, pair.b, pair.cluster_id
        sa, sb = _speaker(a, ctx), _speaker(b, ctx)
        if sa is None or sb is None or sa.same_entity(sb):
            continue
        if any(n.same_entity(sb) for n in _names(a, ctx)) or any(n.same_entity(sa) for n in _names(b, ctx)):
            continue  # both speakers appear in both: a dialogue, not a misattribution
        yield _name_finding(DiscrepancyKind.ATTRIBUTION, cluster_id, a, sa, b, sb,
                            f"{a.source} credits it to {sa.text}, {b.source} to {sb.text}")


def detect_entities(pairs: Sequence[RelatedPair], ctx: Context) -> Iterable[Finding]:
    """A different person, place or organisation in the same slot of the same statement."""
    for pair in pairs:
        if not pair.strong:
            continue
        a, b, cluster_id = pair.a, pair.b, pair.cluster_id
        clash = entity_clash(a, b, ctx)
        if clash is None or different_events(a, b, ctx):
            continue
        na, nb = clash
        yield _name_finding(DiscrepancyKind.ENTITY, cluster_id, a, na, b, nb,
                            f"{a.source} names {na.text}, {b.source} names {nb.text} in the same role")


def entity_clash(a: Claim, b: Claim, ctx: Context):
    """The names of the two claims that stand in the same slot and are not the same
    entity, or None."""
    if not _actors(a, ctx) or not _actors(b, ctx):
        return None
    return ctx.remember(("clash", a.key, a.text, b.key, b.text), lambda: _find_clash(a, b, ctx))


def _find_clash(a: Claim, b: Claim, ctx: Context):
    actors_a, actors_b = _actors(a, ctx), _actors(b, ctx)
    names_a, names_b = _names(a, ctx), _names(b, ctx)
    # A name the other source mentions anywhere is not one it contradicts.
    only_a = [n for n in actors_a if not _mentions(ctx, b.source, n) and not any(n.same_entity(m) for m in names_b)]
    if not only_a:
        return None  # nothing to clash with: the other side's names need no look
    only_b = [n for n in actors_b if not _mentions(ctx, a.source, n) and not any(n.same_entity(m) for m in names_a)]
    best = None
    named = _name_concepts(a.text, ctx.lexicon) | _name_concepts(b.text, ctx.lexicon)
    for na in only_a:
        slot_a = _slot(a, na, names_a, ctx)
        for nb in only_b:
            around = slot_a & _slot(b, nb, names_b, ctx)
            if len(around) >= MIN_SHARED_SLOT and around - named and (best is None or len(around) > best[0]):
                best = (len(around), na, nb)  # some word besides names: a role, not just a place
    return None if best is None else (best[1], best[2])


def _mentions(ctx: Context, source: str, name) -> bool:
    # A name recurs in many claims and pairs: what it matches depends only on its words.
    return ctx.remember(("mentions", source, name.text, name.words, name.key), lambda: _find_mention(ctx, source, name))


def _find_mention(ctx: Context, source: str, name) -> bool:
    index = _name_index(ctx, source)
    candidates = {id(o): o for w in set(name.words) for o in index.get(w, ())}
    return (name.key in index.get(("key", name.key), ())
            or any(name.same_entity(o) for o in index.get(("initials", name.acronym), ()))
            or any(name.same_entity(o) for o in index.get(("acronym", name.initials), ()))
            or any(name.same_entity(o) for o in candidates.values()))


def _name_index(ctx: Context, source: str) -> dict:
    """The source's names by word, key, acronym and initials: two names are the same
    entity only when they share a word, a key, or one is the other's acronym."""
    return ctx.remember(("name index", source), lambda: _index_names(ctx.names_by_source.get(source, ())))


def _index_names(found) -> dict:
    index: dict = defaultdict(list)
    for other in found:
        for w in set(other.words):
            index[w].append(other)
        index[("key", other.key)].append(other.key)
        index[("initials", other.initials)].append(other)
        if other.acronym:
            index[("acronym", other.acronym)].append(other)
    return dict(index)


def _slot(claim: Claim, name, names, ctx: Context) -> frozenset[str]:
    """Words around a name, other names included: "Orrin chief executive X" / "X, Orrin's chief
    executive". Words found all over the corpus say nothing about the slot, unless they are
    titles ("council member")."""
    return ctx.remember(("slot", claim.key, claim.text, name.start, name.end), lambda: _find_slot(claim, name, ctx))


def _find_slot(claim: Claim, name, ctx: Context) -> frozenset[str]:
    from claimcheck.entities import is_title

    stop = stopwords(ctx.lexicon)
    toks = [t for t in tokens(claim.text) if not (name.start <= t.start < name.end)
            and t.norm not in stop and not t.norm[:1].isdigit()]
    near = [(t, concept(t.norm, ctx.lexicon)) for t in toks]
    near = [(t, c) for t, c in near if c not in ctx.common or is_title(t.norm, ctx.lexicon)]
    before = [c for t, c in near if t.end <= name.start][-SLOT_WINDOW:]
    after = [c for t, c in near if t.start >= name.end][:SLOT_WINDOW]
    return frozenset(before + after)


def _name_finding(kind: DiscrepancyKind, cluster_id: str, a: Claim, na, b: Claim, nb, explanation: str) -> Finding:
    values = (ValueGroup(na.text, (Evidence(a, na.start, na.end),)),
              ValueGroup(nb.text, (Evidence(b, nb.start, nb.end),)))
    return Finding(kind, Severity.CONFLICT, cluster_id, values, explanation)


# --- specificity ------------------------------------------------------------------------

SPECIFIC_KINDS = frozenset({FactKind.PERCENT, FactKind.MONEY, FactKind.COUNT, FactKind.DURATION})


def _adjacent_concepts(claim: Claim, fact: Fact, ctx: Context) -> tuple[str | None, str | None]:
    """The content words right before and right after a figure: what it is a figure of
    ("delay for a year", "2.1 percent of patients")."""
    stop = stopwords(ctx.lexicon)
    toks = [t for t in tokens(claim.text) if t.norm not in stop and not t.norm[:1].isdigit()
            and not (fact.start <= t.start < fact.end)]
    before = [t for t in toks if t.end <= fact.start][-1:]
    after = [t for t in toks if t.start >= fact.end][:1]

    def name(found: list) -> str | None:
        return concept(found[0].norm, ctx.lexicon) if found and not found[0].text[:1].isupper() else None

    return name(before), name(after)


VAGUE_REACH = 3


def _left_unmeasured(claim: Claim, word, ctx: Context) -> bool:
    """Whether the claim states the act or thing with no measure, as one indefinite
    instance or with a vague amount: "a deferral", "a hotel tax increase", "an
    undisclosed sum". "the town", "this league" or a bare plural name something else."""
    markers = ctx.lexicon.words("numbers", "unmeasured_markers")
    before = [t for t in tokens(claim.text) if t.end <= word.start][-VAGUE_REACH:]
    return any(t.norm in markers for t in before)


def detect_specificity(cluster: Cluster, ctx: Context) -> Iterable[Finding]:
    """Sources that state without a figure what others give one for: one finding per cluster,
    with every figure given and every claim that leaves it out ("2 sources give 5 years, 1 gives
    6 years, 1 gives no figure")."""
    given: dict[str, dict[str, tuple[Claim, Fact]]] = {}
    left_out: dict[str, tuple[Claim, Token]] = {}
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
    values = tuple(ValueGroup(value, tuple(Evidence(c, f.start, f.end) for c, f in sorted(stated.values(), key=lambda cf: cf[0].key)))
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
    from claimcheck.text import concepts

    vague_concepts = set(concepts(vague.text, ctx.lexicon))
    for fact in precise.facts:
        if fact.kind not in SPECIFIC_KINDS or (fact.kind is FactKind.COUNT and (fact.value or 0) < 3):
            continue  # "both sides", "two leaders" are not figures a report would leave vague
        # A story's own subject ("wildfire", "merger") is in every sentence and says
        # nothing about which figure is left out, except for a duration: it
        # belongs to the act next to it ("delay for a year" / "a deferral").
        before, after = _adjacent_concepts(precise, fact, ctx)
        anchors = [c for c in (before, after) if c and c in vague_concepts and c not in ctx.common]
        if not anchors and fact.kind is FactKind.DURATION and before and before in vague_concepts:
            anchors = [before]
        if not anchors:
            continue
        where = next((t for t in tokens(vague.text) if concept(t.norm, ctx.lexicon) == anchors[0]), None)
        if where is None or not _left_unmeasured(vague, where, ctx):
            continue
        return fact, where
    return None


DETECTORS: tuple[Detector, ...] = (
    detect_specificity,
    detect_polarity,
    detect_certainty,
    detect_fact_conflicts,
)
