"""JSON: valid against the shipped schema, with the scorer's fields as the contract has them."""

from __future__ import annotations

import json

import jsonschema
import pytest

from claimcheck.filtering import DiscrepancyFilter, filter_report
from claimcheck.render.json import SCHEMA_VERSION, JsonRenderer, report_schema
from tests.render.conftest import HOSTILE, hostile_report


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(report_schema())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_reports_are_valid_against_the_shipped_schema(any_report):
    payload = json.loads(JsonRenderer().render(any_report))
    validator().validate(payload)
    assert payload["schema_version"] == SCHEMA_VERSION


BREAKAGES = [
    # (what is changed, how) -> the schema must reject it
    ("unknown kind", lambda r: r["discrepancies"][0].update(kind="tone")),
    ("one value group", lambda r: r["discrepancies"][0].update(values=r["discrepancies"][0]["values"][:1])),
    ("claim without text", lambda r: r["clusters"][0]["claims"][0].pop("text")),
    ("extra top-level field", lambda r: r.update(extra=1)),
    ("no schema_version", lambda r: r.pop("schema_version")),
]


@pytest.mark.parametrize("name, breaks", BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_the_schema_rejects_broken_reports(name, breaks):
    payload = json.loads(JsonRenderer().render(hostile_report()))
    breaks(payload)
    assert list(validator().iter_errors(payload))


def test_the_contract_fields_carry_the_article_text_unchanged():
    payload = json.loads(JsonRenderer().render(hostile_report()))
    assert [s["id"] for s in payload["sources"]] == ["a", "b", "c", "d"]
    cited = {c["source"]: c["text"]
             for d in payload["discrepancies"] for v in d["values"] for c in v["claims"]}
    assert cited == HOSTILE
    assert {v["value"] for d in payload["discrepancies"] for v in d["values"]} == {
        "$4.5 million", "$6 million", "“we will never agree”", "“we will not agree”"}
    assert payload["coverage"]["only_one_source"][0]["text"].startswith("A sentence only <i>one</i>")


def test_highlights_are_offsets_into_the_sentence():
    payload = json.loads(JsonRenderer().render(hostile_report()))
    for d in payload["discrepancies"]:
        for v in d["values"]:
            for c in v["claims"]:
                for h in c["highlights"]:
                    assert c["text"][h["start"]:h["end"]] == h["text"]


def test_a_filtered_report_says_what_it_hides():
    report = filter_report(hostile_report(), DiscrepancyFilter.build(kinds=["quote"]))
    payload = json.loads(JsonRenderer().render(report))
    validator().validate(payload)
    assert payload["filters"] == {"applied": ["kind: quote"], "hidden_discrepancies": 1}
    assert [d["id"] for d in payload["discrepancies"]] == ["d2"]
    assert payload["summary"]["discrepancies"] == 1


def test_output_is_deterministic():
    assert JsonRenderer().render(hostile_report()) == JsonRenderer().render(hostile_report())
