"""How sure the tool is of each discrepancy: that its claims speak of the same thing and truly
differ, as one number from 0 to 1.

The detectors decide *whether* two claims disagree; this module weighs the evidence they
leave behind, after the fact, from the finding's claims and the corpus alone:

- how strongly matching tied the two sentences (their link score) and how many of their
  telling (rare) words they share;
- whether the words around the differing values agree, i.e. whether the two figures, dates
  or names are of the same thing;
- whether the other names of the two sentences (who holds or does what) agree;
- the kind of discrepancy (some kinds are read more reliably than others);
- whether a differing value is a bound or an approximation, or stands inside a quotation;
- how many sources back each side.

Each is a feature from 0 to 1 with a weight; the confidence is the logistic of their weighted
sum. The weights were fitted on the written corpora and on real coverage (``bench/confidence.py``
prints, per confidence band, how many findings are real) and rounded: they are evidence weights,
not rules for one story. A finding's confidence is that of its best-supported pair of claims.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from claimcheck.annotate import Sentence, words_near
from claimcheck.corpus import Corpus
from claimcheck.matching import MatchResult
from claimcheck.models import Claim, Discrepancy, DiscrepancyKind, Evidence, Severity

PairKey = tuple[tuple[str, int], tuple[str, int]]

UNKNOWN = 0.5
"""A feature with nothing to read (no words around a value, no other names) says neither way."""

BIAS = -0.5
"""Log-odds of a finding with every feature at zero: sentences sharing no telling word, nothing
around the values agreeing, no other sources."""

W_MATCH = 0.0
"""Link score of the two sentences (0-1). Measured: once the shared rare words are weighed, the
link score tells nothing more (its fitted weight was slightly negative, as it mostly counts the
same words again), so it is kept as a feature but weighs nothing."""
W_SHARED = 4.0
"""Rarity-weighted share of the two sentences' terms that both use (0-1): two sentences sharing
rare words speak of the same thing more surely than two sharing the story's everyday words,
and what each says beyond the other counts against them. The strongest evidence measured."""
W_CONTEXT = 1.8
"""Agreement of the words around the differing values (what a figure measures, what a date is
the date of, who acts): different words there mean two different things measured or dated."""
W_NAMES = 0.9
"""Agreement of the names of the two sentences, the differing ones left out: other holders or
actors mean another statement."""
W_APPROXIMATE = 0.4
"""A differing value that is a bound or an approximation ("about", "more than"). One might
expect it to lower confidence, but the detectors report a bound only where it cannot stretch
to the other value, and such findings measured as real slightly more often than others."""
W_QUOTED = -0.8
"""A differing value inside a quotation is someone's words, often about another moment than the
report's own sentence (not applied to quote and attribution findings, which are about quotes)."""
W_BACKING = 1.6
"""Sources beyond the two that disagree (capped at two more, 0-1): a value that several outlets
give is less likely a misreading of one sentence."""

W_REFINED = -0.8
"""A finding whose values are compatible (severity ``refinement``: a bound and a figure inside it,
a hedge and an assertion), outside the specificity detector whose prior weighs this already:
measured on real coverage, most are no disagreement a reader weighs (2 of 13 real)."""

KIND_PRIOR: Mapping[DiscrepancyKind, float] = {
    # How often each detector's findings are real beyond what the features say, as a log-odds
    # shift (fitted, rounded): two quotations of one remark are surely of the same thing; names
    # in a role and opposite outcomes are the hardest to tie to the same subject.
    DiscrepancyKind.QUANTITY: -0.3,
    DiscrepancyKind.DATE: -0.2,
    DiscrepancyKind.SPECIFICITY: -0.5,
    DiscrepancyKind.POLARITY: -0.5,
    DiscrepancyKind.CERTAINTY: -0.2,
    DiscrepancyKind.QUOTE: 2.0,
    DiscrepancyKind.ATTRIBUTION: 0.3,
    DiscrepancyKind.ENTITY: -0.7,
}

NAME_KINDS = frozenset({DiscrepancyKind.ENTITY, DiscrepancyKind.ATTRIBUTION})
"""Kinds whose differing values are names: the names feature leaves those names out."""
QUOTE_KINDS = frozenset({DiscrepancyKind.QUOTE, DiscrepancyKind.ATTRIBUTION})


@dataclass(frozen=True)
class PairFeatures:
    """What says that two opposed claims speak of the same thing and truly differ, each 0-1."""

    match: float
    shared: float
    context: float
    names: float
    approximate: float
    quoted: float

    def logit(self) -> float:
        return (W_MATCH * self.match + W_SHARED * self.shared + W_CONTEXT * self.context
                + W_NAMES * self.names + W_APPROXIMATE * self.approximate + W_QUOTED * self.quoted)


@dataclass(frozen=True)
class Features:
    """A finding's features: those of its best-supported pair, its kind and its backing."""

    kind: DiscrepancyKind
    pair: PairFeatures
    backing: float
    refined: bool = False
    """Its values are compatible (``Severity.REFINEMENT``), not in conflict."""

    def logit(self) -> float:
        return (BIAS + KIND_PRIOR.get(self.kind, 0.0) + self.pair.logit() + W_BACKING * self.backing
                + (W_REFINED if self.refined and self.kind is not DiscrepancyKind.SPECIFICITY else 0.0))

    @property
    def confidence(self) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit()))


def link_scores(matched: MatchResult) -> dict[PairKey, float]:
    """Each matched pair of claims (both ways round) with how alike matching found them, 0-100:
    its link score, or for a clustered pair without one, its cluster's weakest link."""
    scores: dict[PairKey, float] = {}
    for cluster in matched.clusters:
        for a, b in itertools.permutations(cluster.claims, 2):
            scores[(a.key, b.key)] = cluster.score
    for a, b, score in matched.links:
        scores[(a.key, b.key)] = scores[(b.key, a.key)] = max(score, scores.get((a.key, b.key), 0.0))
    return scores


def features(d: Discrepancy, corpus: Corpus, links: Mapping[PairKey, float]) -> Features:
    """The finding's features, read from its claims and the corpus."""
    best: PairFeatures | None = None
    for first, second in itertools.combinations(d.values, 2):
        for x in _distinct(first.evidence):
            for y in _distinct(second.evidence):
                if x.claim.source == y.claim.source:
                    continue
                found = pair_features(d.kind, x, y, corpus, links)
                if best is None or found.logit() > best.logit():
                    best = found
    if best is None:  # every pair within one source: nothing ties two outlets
        best = PairFeatures(0.0, 0.0, UNKNOWN, UNKNOWN, 0.0, 0.0)
    sources = len({s for g in d.values for s in g.sources})
    return Features(d.kind, best, min(sources - 2, 2) / 2, d.severity is Severity.REFINEMENT)


def _distinct(evidence: Sequence[Evidence]) -> list[Evidence]:
    """One of each set of evidence citing the same span of the same words (copies of a wire
    story): a pair's features are read from the words alone (its link score weighs nothing),
    so copies would only repeat them, at the square of the sources printing them. Two of one
    set are kept, in different sources, so that a pair across sources is still there to read."""
    seen: dict[tuple[str, int, int], int] = {}
    out = []
    for e in evidence:
        key = (e.claim.text, e.start, e.end)
        if seen.get(key, 0) < 2:
            seen[key] = seen.get(key, 0) + 1
            out.append(e)
    return out


def pair_features(kind: DiscrepancyKind, x: Evidence, y: Evidence, corpus: Corpus,
                  links: Mapping[PairKey, float]) -> PairFeatures:
    sx, sy = _sentence(x.claim, corpus), _sentence(y.claim, corpus)
    return PairFeatures(
        match=links.get((x.claim.key, y.claim.key), 0.0) / 100,
        shared=_shared_rare(sx, sy, corpus),
        context=_overlap(_around(sx, x, corpus), _around(sy, y, corpus)),
        names=_names_agree(sx, x, sy, y),
        approximate=float(_approximate(x) or _approximate(y)),
        quoted=0.0 if kind in QUOTE_KINDS else float(_quoted(sx, x) or _quoted(sy, y)),
    )


def _sentence(claim: Claim, corpus: Corpus) -> Sentence:
    found = corpus.by_key.get(claim.key)
    if found is None or found.claim is not claim:
        from claimcheck.annotate import annotate

        return annotate(claim, corpus.lexicon)
    return found


def _shared_rare(a: Sentence, b: Sentence, corpus: Corpus) -> float:
    """The rarity-weighted share of the two sentences' terms that both use: what each says
    beyond the other counts against them (two sentences sharing a few words, each with much
    of its own, speak of different things)."""
    rarity, ceiling = corpus.rarity, corpus.ceiling  # ``Corpus.weight``, inline: the hot loop
    shared = sum(min(rarity.get(t, ceiling), ceiling) for t in corpus.terms(a) & corpus.terms(b))
    union = corpus.terms_weight(a) + corpus.terms_weight(b) - shared
    return shared / union if union > 0 else 0.0


def _around(sentence: Sentence, evidence: Evidence, corpus: Corpus) -> frozenset[str]:
    return words_near(sentence, evidence.start, evidence.end, skip=corpus.common)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return UNKNOWN
    return len(a & b) / min(len(a), len(b))


def _names_agree(a: Sentence, x: Evidence, b: Sentence, y: Evidence) -> float:
    """The share of the names of the sentence with fewer that the other sentence also names;
    names inside the differing spans (an entity finding's own names) are left out."""
    na = [n for n in a.actors if not (x.start <= n.start < x.end)]
    nb = [n for n in b.actors if not (y.start <= n.start < y.end)]
    if not na or not nb:
        return UNKNOWN
    fewer, more = (na, nb) if len(na) <= len(nb) else (nb, na)
    return sum(1 for n in fewer if any(n.same_entity(o) for o in more)) / len(fewer)


def _approximate(evidence: Evidence) -> bool:
    """Whether a value in the differing span is a bound or an approximation."""
    return any(f.qualifier and f.start < evidence.end and evidence.start < f.end
               for f in evidence.claim.facts)


def _quoted(sentence: Sentence, evidence: Evidence) -> bool:
    return any(q.start <= evidence.start and evidence.end <= q.end for q in sentence.quotes)


def with_confidence(discrepancies: Sequence[Discrepancy], corpus: Corpus,
                    matched: MatchResult) -> tuple[Discrepancy, ...]:
    """Each discrepancy with its confidence, rounded to two places (what every format shows)."""
    links = link_scores(matched)
    return tuple(replace(d, confidence=round(features(d, corpus, links).confidence, 2))
                 for d in discrepancies)


def all_features(discrepancies: Iterable[Discrepancy], corpus: Corpus,
                 matched: MatchResult) -> list[Features]:
    """Every discrepancy's features (for the calibration bench)."""
    links = link_scores(matched)
    return [features(d, corpus, links) for d in discrepancies]
