"""A place named by its place noun ("Fenwick Square") fills no role a person or a body
fills (``classify._is_place``, ``entities.yaml`` place_heads): a place and a reporter in
the same slot are no entity conflict; two places still are.

Made-up text; each ``ROWS`` row is reported with the mechanism switched off (checked below).
"""

from __future__ import annotations

import pytest

from claimcheck import classify
from tests.test_detectors import context, matches, pair

ROWS = [
    ("We will follow the march from the rail yards to Fenwick Square all afternoon.",
     "Our reporter Lina Okoro is following the march from the rail yards all afternoon."),
]

KEPT = [
    ("The protest march from the rail yards ended at Fenwick Square in the afternoon.",
     "The protest march from the rail yards ended at Corran Square in the afternoon."),
]


def _found(a: str, b: str) -> list:
    return list(classify.detect_entities(matches([pair(a, b)]), context(names_by_source={})))


@pytest.mark.parametrize("a, b", ROWS)
def test_a_place_and_a_person_fill_no_one_role(a, b, monkeypatch):
    assert _found(a, b) == []
    monkeypatch.setattr(classify, "_is_place", lambda *args: False)
    assert _found(a, b) != []


@pytest.mark.parametrize("a, b", KEPT)
def test_two_places_in_one_role_still_clash(a, b):
    found = [(f.values[0].value, f.values[1].value) for f in _found(a, b)]
    assert found == [("Fenwick Square", "Corran Square")]
