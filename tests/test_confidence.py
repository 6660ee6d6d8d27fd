"""Each discrepancy's confidence: carried by every format, ordering the report, and hiding the
weak ones behind ``--min-confidence`` with the count said."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from claimcheck import confidence
from claimcheck.cli import app
from claimcheck.confidence import Features, PairFeatures
from claimcheck.models import DiscrepancyKind
from tests.conftest import SEEDS

runner = CliRunner()


def _compare(*options: str):
    result = runner.invoke(app, ["compare", str(SEEDS), *options])
    return result


@pytest.fixture(scope="module")
def everything() -> dict:
    result = _compare("--format", "json", "--min-confidence", "0")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_confidence_is_in_range_and_orders_the_report(everything):
    found = [d["confidence"] for d in everything["discrepancies"]]
    assert found and all(0.0 <= c <= 1.0 for c in found)
    assert found == sorted(found, reverse=True)
    assert everything["filters"] == {"applied": [], "hidden_discrepancies": 0}


def test_a_threshold_hides_the_weak_ones_and_says_how_many(everything):
    confidences = sorted({d["confidence"] for d in everything["discrepancies"]})
    threshold = confidences[len(confidences) // 2]
    result = _compare("--format", "json", "--min-confidence", str(threshold))
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    kept = [d["id"] for d in everything["discrepancies"] if d["confidence"] >= threshold]
    assert [d["id"] for d in shown["discrepancies"]] == kept
    assert shown["filters"]["hidden_discrepancies"] == len(everything["discrepancies"]) - len(kept) > 0
    assert shown["summary"]["discrepancies"] == len(kept)
    terminal = _compare("--no-color", "--min-confidence", str(threshold)).stdout
    assert f"{len(everything['discrepancies']) - len(kept)} discrepancies hidden" in terminal
    assert f"confidence: {threshold:.2f} or more" in terminal


def test_the_default_threshold_is_applied_and_named():
    shown = json.loads(_compare("--format", "json").stdout)
    assert shown["filters"]["applied"] == ["confidence: 0.30 or more"]
    assert all(d["confidence"] >= 0.3 for d in shown["discrepancies"])


@pytest.mark.parametrize("options, code", [
    (["--min-confidence", "0", "--fail-on", "wording"], 1),   # something found
    (["--min-confidence", "1", "--fail-on", "wording"], 0),   # all hidden: --fail-on sees what is kept
    (["--min-confidence", "1"], 0),
])
def test_exit_codes_follow_what_is_kept(options, code):
    assert _compare("--format", "json", *options).exit_code == code


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_a_bad_threshold_is_a_usage_error(value):
    result = _compare("--min-confidence", value)
    assert result.exit_code == 2
    assert "Invalid value for '--min-confidence'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_every_format_carries_the_confidence(everything):
    ids = [d["id"] for d in everything["discrepancies"]]
    sure = {d["id"]: f"{d['confidence']:.2f}" for d in everything["discrepancies"]}
    rows = list(csv.DictReader(io.StringIO(_compare("--format", "csv", "--min-confidence", "0").stdout)))
    assert {r["discrepancy"]: r["confidence"] for r in rows} == sure
    html = _compare("--format", "html", "--min-confidence", "0").stdout
    assert re.findall(r'<article class="d" id="(d\d+)"[^>]*data-confidence="([01]\.\d\d)"', html) == [
        (i, sure[i]) for i in ids]
    markdown = _compare("--format", "markdown", "--min-confidence", "0").stdout
    assert re.findall(r"^### (d\d+) · \w+ · \w+ · confidence ([01]\.\d\d)$", markdown, re.M) == [
        (i, sure[i]) for i in ids]
    terminal = _compare("--no-color", "--min-confidence", "0").stdout
    assert re.findall(r"─ (d\d+) \w+ · \w+ · ([01]\.\d\d) ─", terminal) == [(i, sure[i]) for i in ids]


NEUTRAL = PairFeatures(match=0.5, shared=0.1, context=0.2, names=0.2, approximate=0.0, quoted=0.0)


@pytest.mark.parametrize("field, more, sign", [
    # (feature, the value that says more, +1 when it should raise the confidence, -1 lower it)
    ("shared", 0.8, +1),      # the sentences share more of their rare words
    ("context", 1.0, +1),     # the words around the values agree: the same thing measured
    ("names", 1.0, +1),       # the same holders and actors
    ("quoted", 1.0, -1),      # the value is someone's quoted words
])
def test_each_feature_moves_the_confidence_its_way(field, more, sign):
    base = Features(DiscrepancyKind.QUANTITY, NEUTRAL, 0.0)
    moved = Features(DiscrepancyKind.QUANTITY, replace(NEUTRAL, **{field: more}), 0.0)
    assert sign * (moved.confidence - base.confidence) > 0.05


def test_more_sources_behind_the_values_raise_the_confidence():
    alone = Features(DiscrepancyKind.DATE, NEUTRAL, 0.0)
    backed = Features(DiscrepancyKind.DATE, NEUTRAL, 1.0)
    assert backed.confidence > alone.confidence + 0.05
    assert 0.0 < alone.confidence < 1.0 and 0.0 < backed.confidence < 1.0


def test_compatible_values_are_less_sure_than_conflicting_ones():
    # A bound and a figure inside it are seldom a disagreement a reader weighs; the
    # specificity detector's prior weighs its own findings so already.
    conflict = Features(DiscrepancyKind.QUANTITY, NEUTRAL, 0.0)
    refined = Features(DiscrepancyKind.QUANTITY, NEUTRAL, 0.0, refined=True)
    assert refined.confidence < conflict.confidence
    vague = Features(DiscrepancyKind.SPECIFICITY, NEUTRAL, 0.0)
    assert Features(DiscrepancyKind.SPECIFICITY, NEUTRAL, 0.0, refined=True).confidence == vague.confidence


def test_every_kind_has_a_prior():
    assert set(confidence.KIND_PRIOR) == set(DiscrepancyKind)
