"""A value written again in brackets in another unit ("$900 (800 euros)") is one value: it
takes no place among the sentence's values of its kind, and the matcher does not score its
words. What a sentence reports is matched without who reports it (", the man said, showing
a photograph")."""

from __future__ import annotations

import pytest

from claimcheck import annotate as annotate_module
from claimcheck import matching
from claimcheck.annotate import annotate
from claimcheck.facts import extract_facts
from claimcheck.matching import statement_units
from claimcheck.models import Claim
from tests.test_align import compare_path


def _sentence(text: str):
    return annotate(Claim("one", 0, text, 0, len(text), facts=extract_facts(text)))


# The sum in brackets made the first sentence's sum the first of two, against the other's
# only one: no place in common, and too few shared words to pair them otherwise.
CONVERTED = [
    ("He had paid $2,300 (2,150 euros) to ride in the van.", "He had paid $2,900 to the drivers.",
     ("$2,300", "$2,900", "different")),
    ("She had spent £480 (560 euros) on the tickets for her family.", "She had spent £520 in total.",
     ("£480", "£520", "different")),
]


@pytest.mark.parametrize("a, b, aligned", CONVERTED)
def test_a_value_written_again_in_brackets_is_one_value(a, b, aligned, monkeypatch):
    assert compare_path(a, b) == [aligned]
    monkeypatch.setattr(annotate_module, "_conversions", lambda *args: frozenset())
    assert compare_path(a, b) == []


def test_the_ranks_of_a_sentence_skip_its_conversions():
    s = _sentence("He paid $2,300 (2,150 euros) and then $400 (370 euros) more.")
    assert [s.facts[k].raw for k, rank in enumerate(s.fact_ranks) if rank is not None] == ["$2,300", "$400"]
    assert [s.text[a:b] for a, b in s.restated] == ["2,150 euros", "370 euros"]


UNITS = [
    # The conversion is not scored; the report is a unit without who made it.
    ("He had paid $2,300 (2,150 euros) to ride in the van, the 41-year-old said, holding up a receipt.",
     "he had paid 2 300 to ride in the van"),
    ("The ferry was carrying 212 passengers when it ran aground, a harbour official said.",
     "the ferry was carrying 212 passengers when it ran aground"),
    ("Most homes had power again by Friday evening, said Ben Roe, who speaks for the utility.",
     "most homes had power again by friday evening"),
]


@pytest.mark.parametrize("text, unit", UNITS)
def test_a_report_is_matched_without_who_reports_it(text, unit, monkeypatch):
    s = _sentence(text)
    assert unit in statement_units(text, bounds=s.clauses, restated=s.restated)
    monkeypatch.setattr(matching, "_credited_after", lambda *args: None)
    assert unit not in statement_units(text, bounds=s.clauses, restated=s.restated)


NOT_CREDITED = [
    # A comma with no verb of speech after it closes no report.
    "The ferry was carrying 212 passengers, most of them students, when it ran aground.",
    # Too little before the comma to be a statement of its own.
    "In Tarnby, officials said the ferry was carrying 212 passengers.",
]


@pytest.mark.parametrize("text", NOT_CREDITED)
def test_no_report_unit_without_a_report(text, monkeypatch):
    s = _sentence(text)
    units = statement_units(text, bounds=s.clauses, restated=s.restated)
    assert units[0] == matching.prepare(text)
    monkeypatch.setattr(matching, "_credited_after", lambda *args: None)
    assert statement_units(text, bounds=s.clauses, restated=s.restated) == units
