"""A sum's bracketed conversion into another currency ("40 million euros ($44 million)") is
compared with another source's conversion of the same sum only when they differ by more than
a day's exchange rate (``align._conversions_of_one_sum``): each row is two invented sentences
of two sources and the values ``align`` pairs on the compare path. ``ROWS`` pair the two
conversions with the mechanism switched off; ``KEPT`` rows stay paired.
"""

from __future__ import annotations

import pytest

from claimcheck import align
from tests.test_align import D, R, S, check_path, compare_path

ROWS = [
    ("The rowing club paid a record 40 million euros ($44 million) for the boathouse site.",
     "The rowing club paid a record 40 million euros ($43 million) for the boathouse site.",
     [("40 million euros", "40 million euros", S)]),
    ("The ferry line agreed a fee of £20m ($25.4m) for the new berth at the quay.",
     "The ferry line agreed a fee of 20 million pounds ($25.9 million) for the new berth at the quay.",
     [("£20m", "20 million pounds", S)]),
]

# A length and its conversion, the other outlet converting the other way: the lengths agree,
# and the rounding of the conversions is no disagreement. Either reading keeps it so: the
# conversion of one sum, or the units of one quantity converted (``facts.measured_alike``).
LENGTHS = [
    ("The new pier reaches 30 miles (48 km) out from the harbour wall at Tarn.",
     "The new pier reaches 49 km (30 miles) out from the harbour wall at Tarn.",
     [("30 miles", "30 miles", S)]),
]


@pytest.mark.parametrize("a, b, expected", LENGTHS)
def test_a_length_and_its_conversion_agree(a, b, expected, monkeypatch):
    from claimcheck import facts, relate

    assert compare_path(a, b) == sorted(expected)
    monkeypatch.setattr(align, "_conversions_of_one_sum", lambda *args: False)
    assert compare_path(a, b) == sorted(expected)
    for module in (facts, relate, align):
        monkeypatch.setattr(module, "measured_alike", lambda unit_a, unit_b: False)
    monkeypatch.setattr(facts, "_in_two_units", lambda g, a, b: facts.FactRelation.INCOMPARABLE)
    relate.relate_facts.cache_clear()  # (what it related before is kept)
    assert compare_path(a, b) != sorted(expected)
    monkeypatch.undo()
    relate.relate_facts.cache_clear()

KEPT = [
    # One conversion is wrong, not another day's rate: shown.
    ("The rowing club paid a record 40 million pounds ($44 million) for the boathouse site.",
     "The rowing club paid a record 40 million pounds ($51 million) for the boathouse site.",
     [("40 million pounds", "40 million pounds", S), ("$44 million", "$51 million", D)]),
]


@pytest.mark.parametrize("a, b, expected", ROWS + KEPT)
def test_conversions_of_one_sum_differ_only_by_a_rate(a, b, expected):
    assert compare_path(a, b) == sorted(expected)


@pytest.mark.parametrize("a, b, expected", ROWS)
def test_each_row_needs_the_conversion_reading(a, b, expected, monkeypatch):
    monkeypatch.setattr(align, "_conversions_of_one_sum", lambda *args: False)
    assert compare_path(a, b) != sorted(expected)


# A value told in one unit meets a value told in that unit with its conversion in brackets:
# it is compared with the value in its own unit, not with the coarsely rounded conversion
# ("some 600 km (370 miles)" is no "about 450 km", whatever 370 miles rounds to).
OWN_UNIT = [
    ("The lake lies about 450 km north of Tarnby.",
     "The lake lies some 600 km (370 miles) north of Tarnby.",
     [("about 450 km", "some 600 km", D)]),
    ("The lake lies about 370 miles north of Tarnby.",
     "The lake lies some 600 km (370 miles) north of Tarnby.",
     [("about 370 miles", "370 miles", S)]),
    # ... but where the other's value in its unit is the conversion in brackets, the value it
    # converts is compared: a conversion is as rounded as any.
    ("The Vell vent threw ash as high as 6,562 feet.",
     "The Vell vent threw ash as high as 2,000 metres (6,560 feet) on Sunday.",
     [("6,562 feet", "2,000 metres", R)]),
    # ... unless the conversion is further from it than its own rounding: the source then
    # states another value in the claim's unit.
    ("The Vell vent threw ash as high as 6,500 feet.",
     "The Vell vent threw ash as high as 2,000 metres (6,200 feet) on Sunday.",
     [("6,500 feet", "6,200 feet", D)]),
]


@pytest.mark.parametrize("a, b, expected", OWN_UNIT)
def test_a_value_is_compared_in_its_own_unit_where_the_other_gives_it(a, b, expected):
    assert compare_path(a, b) == sorted(expected)
    assert check_path(a, b) == sorted(expected)
