"""Two figures of one unit an order of magnitude and more apart, their measures naming no noun
in common, are figures of two things (``align._far_apart``): each row is two invented
sentences of two sources and the values ``align`` pairs on the compare path. Every ``ROWS``
row pairs with the mechanism switched off; ``KEPT`` rows stay paired (the same digits at
another scale are a slip worth showing; figures a few times apart are two reports).
"""

from __future__ import annotations

import pytest

from claimcheck import align
from tests.test_align import D, compare_path

ROWS = [
    # The size of a market and a firm's revenue, both in dollars.
    ("The chipmaker's chief said $2 trillion of factory equipment will be replaced, the chipmaker said.",
     "The chipmaker said revenue will come in at $14 billion, the chipmaker said.", []),
    # A ferry's price and the port's investment, both in euros.
    ("The new ferry cost €40 million, the port authority said on Friday.",
     "The port authority said on Friday it had invested €1.5 billion in the harbour.", []),
    # A toll of an old disaster named beside this one's.
    ("The flood in the delta killed at least 40 people, the delta authority said.",
     "The delta flood of the past killed about 9,000 people, the delta authority said.", []),
]

KEPT = [
    ("The insurer set aside $2.1 million for claims after the hailstorm.",
     "The insurer set aside $2.1 billion for claims after the hailstorm.",
     [("$2.1 million", "$2.1 billion", D)]),
    # Two units: 40 seconds is not 40 times a minute.
    ("The bridge shook for forty seconds, the engineer said.",
     "The bridge shook for less than a minute, the engineer said.",
     [("forty seconds", "less than a minute", "compatible_bounds")]),
    ("The hailstorm damaged 300 homes in the valley, the council said.",
     "The hailstorm damaged 1,200 homes in the valley, the council said.", [("300 homes", "1,200 homes", D)]),
]


@pytest.mark.parametrize("a, b, expected", ROWS + KEPT)
def test_figures_far_apart_are_of_two_things(a, b, expected):
    assert compare_path(a, b) == sorted(expected)


@pytest.mark.parametrize("a, b, expected", ROWS)
def test_each_row_needs_the_magnitude_reading(a, b, expected, monkeypatch):
    monkeypatch.setattr(align, "_far_apart", lambda *args: False)
    assert compare_path(a, b) != sorted(expected)


@pytest.mark.parametrize("a, b, expected", KEPT)
def test_figures_of_one_thing_stay_paired(a, b, expected):
    assert compare_path(a, b) == sorted(expected)
