"""Sentences that several sources print word for word (wire copy, syndication) -> read as one.

On a big day a monitoring desk gets thousands of copies of one story. Matching and the
detectors take one sentence of each set of copies (the first met) and the copies join its
clusters and findings afterwards, so their work grows with the different sentences of the
story, not with the number of sources printing them. A copy says what its first says: the
same words, in the same role, read against the same publication date (a weekday or "last
week" means another day in an article published on another day, so such copies stay apart).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimcheck.matching import MatchResult
from claimcheck.models import Claim, ClaimRole, Cluster, Evidence, ValueGroup

if TYPE_CHECKING:
    from claimcheck.annotate import Sentence

ClaimKey = tuple[str, int]


@dataclass(frozen=True)
class Copies:
    kept: tuple[Sentence, ...]
    """One sentence of each set of copies, in input order."""
    others: Mapping[ClaimKey, tuple[Claim, ...]]
    """A kept claim's key -> the same sentence in other sources, in input order."""

    def of(self, claim: Claim) -> tuple[Claim, ...]:
        return self.others.get(claim.key, ())

    def with_own_clusters(self, matched: MatchResult) -> MatchResult:
        """The clusters matching found among the kept sentences, and one for each statement
        that other sources print word for word and no other wording matched: its copies make
        it a statement of two or more sources (they join it in ``in_cluster``). Clusters are
        numbered by their first claim, as matching numbers them."""
        clustered = {c.key for cluster in matched.clusters for c in cluster.claims}
        alone = [s.claim for s in self.kept if s.claim.key in self.others and s.claim.key not in clustered
                 and s.claim.role is ClaimRole.STATEMENT]
        if not alone:
            return matched
        found = [(cluster.claims, cluster.score) for cluster in matched.clusters]
        found += [((claim,), 100.0) for claim in alone]  # the same words: the score of a copy
        found.sort(key=lambda f: min((c.source, c.index) for c in f[0]))
        clusters = tuple(Cluster(f"c{n}", claims, score) for n, (claims, score) in enumerate(found, start=1))
        return replace(matched, clusters=clusters)

    def in_cluster(self, cluster: Cluster) -> Cluster:
        """The cluster with the copies of its claims; a source holds one claim of a cluster,
        so a copy from a source already in it stays out."""
        if not any(c.key in self.others for c in cluster.claims):
            return cluster
        members = {c.source: c for c in cluster.claims}
        for claim in cluster.claims:
            for copy in self.of(claim):
                members.setdefault(copy.source, copy)
        return replace(cluster, claims=tuple(sorted(members.values(), key=lambda c: (c.source, c.index))))

    def in_group(self, group: ValueGroup) -> ValueGroup:
        """The value group with the copies of its claims, each citing the same span (the
        same words stand at the same offsets), in source order."""
        if not any(e.claim.key in self.others for e in group.evidence):
            return group
        evidence = [*group.evidence, *(Evidence(copy, e.start, e.end)
                                       for e in group.evidence for copy in self.of(e.claim))]
        return replace(group, evidence=tuple(sorted(evidence, key=lambda e: (e.claim.key, e.start))))


def find_copies(sentences: Sequence[Sentence], published: Mapping[str, dt.date | None]) -> Copies:
    """Group the sentences that other sources print word for word. A source that prints a
    sentence twice keeps both (one is not a copy of the other: two places in one article)."""
    firsts: dict[tuple, list[int]] = defaultdict(list)
    kept: list[Sentence] = []
    holders: list[set[str]] = []
    others: dict[ClaimKey, list[Claim]] = {}
    for s in sentences:
        claim = s.claim
        same = firsts[(claim.text, claim.role, published.get(claim.source))]
        home = next((n for n in same if claim.source not in holders[n]), None)
        if home is None:
            same.append(len(kept))
            kept.append(s)
            holders.append({claim.source})
            continue
        holders[home].add(claim.source)
        others.setdefault(kept[home].claim.key, []).append(claim)
    return Copies(tuple(kept), {key: tuple(found) for key, found in others.items()})
