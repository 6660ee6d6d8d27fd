"""Sentences many sources print word for word (``claimcheck.copies``) are matched and compared
once, and their copies join the clusters and findings of the first: a story told by a crowd
of wire copies is still found to disagree where a few sources give another value, with every
source as evidence and the counts said. Each row is one invented sentence printed by many
outlets and another version printed by a few; every row finds nothing with the copies read
one by one (each word then stands in too many sentences to tell statements apart).
"""

from __future__ import annotations

import pytest

from claimcheck import api, copies
from claimcheck.models import Article

MANY, FEW = 24, 2
OTHER_LINES = ("Crews worked through the night.", "Traffic was diverted along the coast road.",
               "A spokesperson declined to comment further.", "More updates are expected later.")

ROWS = [
    ("The ferry operator cancelled 18 crossings on Friday because of high winds.",
     "The ferry operator cancelled 12 crossings on Friday because of high winds.",
     "quantity", "18 crossings"),
    ("The new bridge over the estuary will open to traffic in March 2027, the ministry said.",
     "The new bridge over the estuary will open to traffic in May 2027, the ministry said.",
     "date", "March 2027"),
    ("Hospital staff at the eastern clinic voted 71% in favour of the new rota.",
     "Hospital staff at the eastern clinic voted 64% in favour of the new rota.", "quantity", "71%"),
]


def _report(usual: str, rare: str, many: int = MANY):
    texts = [usual] * many + [rare] * FEW
    articles = [Article(f"outlet{k:02d}", f"outlet{k:02d}.txt",
                        f"{text}\n\n{OTHER_LINES[k % len(OTHER_LINES)]}\n")
                for k, text in enumerate(texts)]
    return api.compare_articles(articles)


@pytest.mark.parametrize("usual, rare, kind, value", ROWS)
def test_copies_dispute_one_point_with_every_source(usual, rare, kind, value):
    report = _report(usual, rare)
    found = [d for d in report.discrepancies if d.kind.value == kind]
    assert len(found) == 1
    groups = found[0].values
    assert [len(g.sources) for g in groups] == [MANY, FEW]
    assert groups[0].value == value
    assert found[0].explanation.startswith(f"{MANY} sources say {value}, {FEW} say ")
    # Every copy is cited at the span its first was, and every copy sits in a cluster.
    assert {e.span_text for e in groups[0].evidence} == {groups[0].evidence[0].span_text}
    clustered = {c.source for cluster in report.clusters for c in cluster.claims if c.text == usual}
    assert len(clustered) == MANY


@pytest.mark.parametrize("usual, rare, kind, value", ROWS)
def test_each_row_needs_the_copies_read_once(usual, rare, kind, value, monkeypatch):
    monkeypatch.setattr(copies, "find_copies",
                        lambda sentences, published: copies.Copies(tuple(sentences), {}))
    assert not [d for d in _report(usual, rare).discrepancies if d.kind.value == kind]


def test_a_sentence_a_source_prints_twice_is_not_its_own_copy():
    sentence = "The museum will reopen its north wing in the spring after repairs."
    articles = [Article("a", "a.txt", f"{sentence}\n\nVisitors queued early.\n\n{sentence}\n"),
                Article("b", "b.txt", f"{sentence}\n\nTickets sold out.\n")]
    sentences = api.read_sentences(articles)
    found = copies.find_copies(sentences, {"a": None, "b": None})
    assert [s.claim.source for s in found.kept if s.text == sentence] == ["a", "a"]
    assert [c.source for group in found.others.values() for c in group] == ["b"]


CROWD = 60


@pytest.mark.parametrize("usual, rare, kind, value", ROWS)
def test_the_terminal_report_of_a_crowd_fits_a_screen_and_counts_the_sources(usual, rare, kind, value):
    from claimcheck.render.console import ConsoleRenderer

    out = ConsoleRenderer(width=100, coverage=False).render(_report(usual, rare, CROWD))
    assert f"{CROWD} sources say {value}, {FEW} say " in out
    assert "Points" in out.split("╰")[0]  # the summary names each point with its counts
    assert f"{CROWD} sources: outlet00, outlet01, outlet02 and {CROWD - 3} more" in out
    assert len(out.splitlines()) < 40  # every source and every copy listed would take over 180


def test_a_sentence_only_copies_share_is_still_a_statement_of_several_sources(monkeypatch):
    sentence = "The harbour authority will dredge the western channel before the summer season."
    articles = [Article("a", "a.txt", f"{sentence}\n\nFishing boats moved to the north quay.\n"),
                Article("b", "b.txt", f"Ferries kept to their timetable.\n\n{sentence}\n")]

    def sharing() -> set[str]:
        clusters = api.compare_articles(articles).clusters
        return {c.source for cluster in clusters for c in cluster.claims if c.text == sentence}

    assert sharing() == {"a", "b"}
    monkeypatch.setattr(copies.Copies, "with_own_clusters", lambda self, matched: matched)
    assert sharing() == set()
