"""A way from one name to another ("from X to Y") told the other way round is a conflict.

``READ``: invented sentences and the routes the annotate stage reads in them (origin,
destination). ``REVERSED``: a claim and a one-sentence source for ``check``, and two sentences
of two sources for ``compare``'s entity detector: the same two names the other way round
conflict, and each row does not with the reversal switched off. ``KEPT``: the same way,
or both ways told, or a range of no names: no conflict.
"""

from __future__ import annotations

import pytest

from claimcheck import check, classify
from claimcheck.annotate import annotate
from claimcheck.classify import detect_entities
from claimcheck.models import DiscrepancyKind, Verdict
from tests.test_align import _claim
from tests.test_check_verdicts import verdict
from tests.test_detectors import CTX, matches, pair

READ = [
    ("The night ferry sails from Harwick to Osterby twice a week.", [("Harwick", "Osterby")]),
    ("Support swung from the Green Alliance to the Harbour Party in the suburbs.",
     [("Green Alliance", "Harbour Party")]),
    ("The relay moved from Tarn Valley towards Bellmouth overnight.", [("Tarn Valley", "Bellmouth")]),
    # "from" a name with no "to" after it, or a "to" not right after the name: no way told.
    ("A statement from Corran Mills said the plant would reopen.", []),
    ("The donation from Ada Vell went to the shelter in Marlow.", []),
]


@pytest.mark.parametrize("text, expected", READ)
def test_routes_are_read_from_one_name_to_the_next(text, expected):
    assert [(r.origin.text, r.destination.text) for r in annotate(_claim(text, "one")).routes] == expected


REVERSED = [
    ("The overnight coach runs from Harwick to Osterby.",
     "Passengers on the overnight coach from Osterby to Harwick were delayed by snow."),
    ("The striker moved from Ardley Rovers to Kessing Town in June.",
     "In June the striker moved from Kessing Town to Ardley Rovers for an undisclosed fee."),
    ("The seat swung from the Harbour Party to the Green Alliance.",
     "The seat swung from the Green Alliance to the Harbour Party on a low turnout."),
]
KEPT = [
    # The same way in other words.
    ("The overnight coach runs from Harwick to Osterby.",
     "The overnight coach from Harwick to Osterby was delayed by snow."),
    # Both ways told: the claim's way is among them.
    ("The overnight coach runs from Harwick to Osterby.",
     "Coaches from Harwick to Osterby and from Osterby to Harwick were delayed by snow."),
]


def _told_backwards(a: str, b: str) -> bool:
    return any("the other way round" in f.explanation for f in detect_entities(matches([pair(a, b)]), CTX))


def _no_routes(monkeypatch):
    for module in (check, classify):
        monkeypatch.setattr(module, "reversed_route", lambda a, b: None)


@pytest.mark.parametrize("claim, source", REVERSED)
def test_check_finds_a_way_told_backwards_conflicting(claim, source, monkeypatch):
    found = verdict(claim, source)
    assert found.verdict is Verdict.CONFLICTS
    assert "the claim says from" in found.explanation
    _no_routes(monkeypatch)
    assert verdict(claim, source).verdict is not Verdict.CONFLICTS


@pytest.mark.parametrize("claim, source", KEPT)
def test_check_finds_no_conflict_in_the_same_way(claim, source):
    assert verdict(claim, source).verdict is not Verdict.CONFLICTS


@pytest.mark.parametrize("a, b", REVERSED)
def test_compare_reports_a_way_told_backwards_as_an_entity_finding(a, b, monkeypatch):
    found = list(detect_entities(matches([pair(a, b)]), CTX))
    assert [f.kind for f in found] == [DiscrepancyKind.ENTITY]
    assert "the other way round" in found[0].explanation
    _no_routes(monkeypatch)
    assert not _told_backwards(a, b)


@pytest.mark.parametrize("a, b", KEPT)
def test_compare_reports_nothing_for_the_same_way(a, b):
    assert not _told_backwards(a, b)
