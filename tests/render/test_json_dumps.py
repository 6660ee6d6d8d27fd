"""The fast JSON writer gives the standard library's indented text, character for character."""

from __future__ import annotations

import json
import math
from enum import Enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import api
from claimcheck.render.json import dumps_indented, report_json
from tests.conftest import SEEDS

scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
           | st.text())
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30)


class Kind(str, Enum):
    QUOTE = "quote"


@pytest.mark.parametrize("value", [
    {}, [], "", 0, -1.5, 1e300, 2.5e-7, math.inf, -math.inf, True, None,
    {"a": [], "b": {}, "c": [{}], "d": [[1, 2], {"e": None}]},
    {"quote": "“Never,” she said — \u2028 tab\there \"escaped\" \\ back \x00 nul"},
    {1: "int key", 2.5: "float key", None: "null key"},
    {True: "bool key", False: "other bool key"},  # apart: True == 1, so one dict would keep one of them
    (1, (2, 3)),  # tuples are lists
    {"kind": Kind.QUOTE, Kind.QUOTE: 1},  # str enums are their value
])
def test_known_values(value):
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


@given(values)
def test_any_json_value(value):
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_nan_is_written_as_the_standard_library_writes_it():
    assert dumps_indented([math.nan]) == json.dumps([math.nan], indent=2)


def test_unserialisable_values_fail_as_in_the_standard_library():
    with pytest.raises(TypeError):
        dumps_indented({"a": object()})


def test_seed_report_is_written_identically():
    report = report_json(api.compare([SEEDS]))
    assert dumps_indented(report) == json.dumps(report, indent=2, ensure_ascii=False)

