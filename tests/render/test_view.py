"""The shared view: order, filters and highlighted spans that every format uses."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.filtering import DiscrepancyFilter, filter_report
from claimcheck.models import DiscrepancyKind, Severity
from claimcheck.render.view import cited, coverage, ordered, split_marked, summarize
from tests.render.conftest import hostile_report, seeds_report


def test_order_is_confidence_then_severity_then_sources_then_id():
    report = seeds_report()
    keys = [(-d.confidence, d.severity.rank, -len({s for g in d.values for s in g.sources}))
            for d in ordered(report.discrepancies)]
    assert keys == sorted(keys)
    assert ordered(hostile_report().discrepancies)[0].id == "d1"  # the conflict before the wording change


def test_numeric_ids_sort_as_numbers():
    d = hostile_report().discrepancies[1]
    ids = [x.id for x in ordered(tuple(replace(d, id=i) for i in ("d10", "d9", "d2")))]
    assert ids == ["d2", "d9", "d10"]


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=5))
def test_marked_runs_rejoin_to_the_text(text, raw_spans):
    spans = tuple(sorted((min(a, b), max(a, b)) for a, b in raw_spans))
    assert "".join(s.text for s in split_marked(text, spans)) == text


HIGHLIGHTS = [
    # (discrepancy id, source, highlighted texts)
    ("d1", "a", ["$4.5 million"]),
    ("d1", "b", ["$6 million"]),
    ("d2", "c", ["never"]),  # the quotes share "we will ... agree": only the changed word is marked
    ("d2", "d", ["not"]),
]


@pytest.mark.parametrize("discrepancy, source, expected", HIGHLIGHTS)
def test_highlights(discrepancy, source, expected):
    d = next(x for x in hostile_report().discrepancies if x.id == discrepancy)
    item = next(c for c in cited(d) if c.source == source)
    assert [s.text for s in item.segments() if s.marked] == expected


def test_a_quote_that_only_drops_words_has_nothing_marked():
    report = seeds_report()
    quotes = [d for d in report.discrepancies if d.kind is DiscrepancyKind.QUOTE]
    assert quotes
    for d in quotes:
        marked = [c for c in cited(d) if c.spans]
        assert marked, d.id
        for c in marked:
            for start, end in c.spans:
                assert c.evidence.start <= start < end <= c.evidence.end


FILTERS = [
    # (kinds, min severity, conflicts only, ids kept)
    ((), None, False, {"d1", "d2"}),
    (("quote",), None, False, {"d2"}),
    (("quantity", "date"), None, False, {"d1"}),
    ((), "wording", False, {"d1", "d2"}),
    ((), "refinement", False, {"d1"}),
    ((), None, True, {"d1"}),
    (("quote",), None, True, set()),
    ((), "wording", True, {"d1"}),  # --conflicts-only is the stricter of the two
]


@pytest.mark.parametrize("kinds, severity, conflicts, kept", FILTERS)
def test_filter_report(kinds, severity, conflicts, kept):
    report = hostile_report()
    flt = DiscrepancyFilter.build(kinds, severity, conflicts)
    filtered = filter_report(report, flt)
    assert {d.id for d in filtered.discrepancies} == kept
    assert filtered.hidden == 2 - len(kept)
    assert bool(filtered.filters) == flt.active
    assert filtered.clusters == report.clusters and filtered.claims == report.claims
    assert summarize(filtered).discrepancies == len(kept)


def test_filtering_twice_adds_up():
    once = filter_report(hostile_report(), DiscrepancyFilter.build(min_severity=Severity.REFINEMENT))
    twice = filter_report(once, DiscrepancyFilter.build(kinds=["date"]))
    assert twice.hidden == 2 and len(twice.filters) == 2


def test_coverage_lists_clustered_and_single_source_claims():
    cov = coverage(hostile_report())
    assert [(r.cluster_id, sorted(r.sources)) for r in cov.rows] == [("c1", ["a", "b"]), ("c2", ["c", "d"])]
    assert [(c.source, c.index) for c in cov.unique] == [("a", 1)]


def test_coverage_of_the_seeds_accounts_for_every_statement():
    report = seeds_report()
    cov = coverage(report)
    clustered = {c.key for cluster in report.clusters for c in cluster.claims}
    assert all(c.key not in clustered for c in cov.unique)
    # A row stands for each cluster, or for several that state one statement.
    ids = [i for r in cov.rows for i in [r.cluster_id.split(" ")[0]]]
    assert len(ids) == len(set(ids)) and len({r.text for r in cov.rows}) == len(cov.rows)
    carried = {c.id: {m.source for m in c.claims} for c in report.clusters}
    assert all(any(carried[c.id] <= r.sources for r in cov.rows) for c in report.clusters)
