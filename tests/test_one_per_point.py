"""One finding per disputed point (``classify._one_per_point``): when many sources state a
point and some disagree, the report holds one discrepancy with a group per value and every
source as evidence, not one per pair of sources or per cluster. Each row is a few invented
articles of one story; every row gives more findings with the merging switched off.
"""

from __future__ import annotations

import pytest

from claimcheck import api, classify
from claimcheck.models import Article

ROWS = [
    # Three figures for one count, each stated by some of five outlets.
    ([("The county opened 40 cooling centres on Monday as the heat wave spread, officials said.",
       "The heat wave is expected to break by the weekend."),
      ("Officials said the county opened 40 cooling centres on Monday as the heat wave spread.",
       "Forecasters expect the heat to ease on Sunday."),
      ("The county opened 40 cooling centres on Monday, officials said, as the heat wave spread.",
       "Schools closed early across the county."),
      ("The county opened 45 cooling centres on Monday as the heat wave spread, officials said.",
       "Power use reached a record."),
      ("The county opened 52 cooling centres on Monday as the heat wave spread, officials said.",
       "Libraries stayed open late.")],
     "quantity", [3, 1, 1]),
    # One act stated as fact by some outlets and only as expected by another: one pair each.
    ([("The number of evacuees will grow as the river rises.", "The storm damaged the pier last week."),
      ("The number of evacuees will grow as the river rises, officials warned.", "Repairs took four days."),
      ("The number of evacuees is expected to grow as the river rises.", "Islanders waited for supplies."),
      ("Schools in the valley closed early.", "Power use reached a record.")],
     "certainty", [2, 1]),
]


def findings(texts: list[tuple[str, ...]]):
    articles = [Article(f"outlet{k}", f"outlet{k}.txt", "\n\n".join(lines) + "\n")
                for k, lines in enumerate(texts)]
    return api.compare_articles(articles).discrepancies


@pytest.mark.parametrize("texts, kind, counts", ROWS)
def test_sources_disputing_one_point_give_one_finding(texts, kind, counts):
    found = [d for d in findings(texts) if d.kind.value == kind]
    assert len(found) == 1
    assert sorted((len(g.sources) for g in found[0].values), reverse=True) == counts


@pytest.mark.parametrize("texts, kind, counts", ROWS)
def test_each_row_needs_the_merging(texts, kind, counts, monkeypatch):
    monkeypatch.setattr(classify, "_one_per_point", lambda found, ctx: list(found))
    assert len([d for d in findings(texts) if d.kind.value == kind]) > 1
