"""Coverage rows are labelled by the statement their cluster's claims share
(``view.shared_statement``): the stretch of the first claim's sentence that the others share
words with, not its whole sentence, so that two clusters never show the same label; clusters
that do state one statement share a row. Each row is a set of invented clusters; with the
labels and rows as they were (the first claim's sentence, one row per cluster), every row fails.
"""

from __future__ import annotations

import pytest

from claimcheck.models import Claim, Cluster, Report
from claimcheck.render import view

TWO_CLAUSES = ("The council approved the harbour budget on Monday, "
               "and the deputy mayor resigned after the late vote.")
ROWS = [
    # One sentence making two statements, clustered once by each.
    ([[TWO_CLAUSES, "The council approved the harbour budget on Monday."],
      [TWO_CLAUSES, "The deputy mayor resigned after the late vote, officials said."]],
     ["The council approved the harbour budget on Monday …",
      "… the deputy mayor resigned after the late vote."]),
    # One statement so widely printed that it fills two clusters: one row for both.
    ([["Snow closed the mountain pass for the third day running.",
       "Snow kept the mountain pass closed for a third day."],
      ["Snow closed the mountain pass for the third day running.",
       "The mountain pass stayed shut by snow for a third day."]],
     ["Snow closed the mountain pass for the third day …"]),
]


def _report(clusters: list[list[str]]) -> Report:
    made, claims = [], []
    for n, texts in enumerate(clusters, start=1):
        members = tuple(Claim(f"s{n}{k}", 0, text, 0, len(text)) for k, text in enumerate(texts))
        claims += members
        made.append(Cluster(f"c{n}", members, 60.0))
    return Report(sources=(), claims=tuple(claims), clusters=tuple(made), discrepancies=())


@pytest.mark.parametrize("clusters, labels", ROWS)
def test_each_statement_has_one_row_with_its_own_label(clusters, labels):
    rows = view.coverage(_report(clusters)).rows
    assert sorted(r.text for r in rows) == sorted(labels)
    assert len({r.text for r in rows}) == len(rows)
    assert set().union(*(r.sources for r in rows)) == {c.source for c in _report(clusters).claims}
