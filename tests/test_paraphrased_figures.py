"""Two figures said of one thing in other words ("the jobless rate" / "unemployment") are tied
by that thing in compare as in check (``corpus._paraphrased_near``, ``verdicts.yaml``
paraphrases): the wording is tied to the figure it is of, the first after it, else the last
before it, never to a figure beside it ("rents fell 1% and unemployment reached 5.6%").

Every row is made-up text and pairs otherwise with the mechanism switched off (checked below).
"""

from __future__ import annotations

import pytest

from claimcheck import corpus
from tests.test_align import D, compare_path

ROWS = [
    # The only word the two share near the figures is the thing each says in its own words.
    ("The jobless rate in the valley edged up to 5.2%, the board said.",
     "Rents fell 1% and unemployment in the valley reached 5.6% over the winter.", [("5.2%", "5.6%", D)]),
]


@pytest.mark.parametrize("a, b, expected", ROWS)
def test_figures_said_in_other_words_are_compared(a, b, expected):
    assert compare_path(a, b) == sorted(expected)


@pytest.mark.parametrize("a, b, expected", ROWS)
def test_each_row_needs_the_paraphrases(a, b, expected, monkeypatch):
    monkeypatch.setattr(corpus, "_paraphrased_near", lambda *args: frozenset())
    assert compare_path(a, b) != sorted(expected)
