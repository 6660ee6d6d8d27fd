"""The detection bar of issue 3, scored the way the evaluation kit scores it.

``tests/eval/score.py`` is a copy of the kit's scorer (``shared/eval/score.py``); its
``score_compare`` is fed the JSON report of ``api.compare`` for the seeds and for each
of our own corpora. The seeds must meet the issue's bar; our own corpora must not fall
below the levels they reached when detection was written (a regression guard: each
figure is the measured one rounded down, so a change that loses a finding fails).
"""

from __future__ import annotations

import functools
import itertools
import json
from pathlib import Path

import pytest
import yaml

from claimcheck import api
from claimcheck.render.json import JsonRenderer
from tests.conftest import ROOT
from tests.eval.score import score_compare

HERE = Path(__file__).parent


@functools.lru_cache(maxsize=None)
def report_of(corpus: Path) -> dict:
    return json.loads(JsonRenderer().render(api.compare([corpus])))


def scores(gold_path: Path, corpus: Path) -> dict:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    report = report_of(corpus)
    raw = score_compare(gold, report)
    covered = len(raw["found"]) + len(raw["wrong_kind"])
    return {
        "recall": len(raw["found"]) / raw["must_find"],
        "kind_accuracy": len(raw["found"]) / covered if covered else 1.0,
        "precision": raw["justified"] / raw["reported"] if raw["reported"] else 1.0,
        "false_alarms": len(raw["false_alarms"]),
        "alignment": raw["pairs_found"] / raw["pairs_total"] if raw["pairs_total"] else 1.0,
    }


# corpus, gold, recall >=, precision >=, false alarms <=, alignment >=, kind accuracy >=
BARS = [
    ("seeds", HERE / "data" / "seeds.gold.yaml", ROOT / "seeds", 0.9, 0.8, 0, 0.85, 0.9),
    # At the bar.
    ("wildfire", HERE / "corpora" / "wildfire.gold.yaml", HERE / "corpora" / "wildfire", 0.9, 0.7,
     0, 0.85, 0.9),
    ("stadium-vote", HERE / "corpora" / "stadium-vote.gold.yaml", HERE / "corpora" / "stadium-vote",
     0.9, 0.7, 0, 0.85, 0.9),
    ("merger", HERE / "corpora" / "merger.gold.yaml", HERE / "corpora" / "merger", 0.9, 0.7, 0, 0.85, 0.9),
    # Below it: guards against regressions, at today's figures rounded down.
    # 0.66: its wire's lead no longer carries its dateline ("SAN DIEGO, May 18 (HealthWire) -"),
    # whose date had linked the lead to the blog's "presented in San Diego on May 18" and so put
    # the blog and the trade weekly's "on 19 May" in one cluster; on their own they score 44.
    ("clinical-trial", HERE / "corpora" / "clinical-trial.gold.yaml", HERE / "corpora" / "clinical-trial",
     0.66, 0.85, 0, 0.84, 0.9),
    # Written by a helper who had not seen the detectors' rules, to measure how they generalise.
    ("highland-quake", HERE / "corpora" / "highland-quake.gold.yaml", HERE / "corpora" / "highland-quake",
     0.72, 0.8, 0, 0.8, 0.9),
    ("striker-transfer", HERE / "corpora" / "striker-transfer.gold.yaml",
     HERE / "corpora" / "striker-transfer",
     0.5, 0.8, 0, 0.7, 0.9),
    ("rate-decision", HERE / "corpora" / "rate-decision.gold.yaml", HERE / "corpora" / "rate-decision",
     0.3, 0.55, 2, 1.0, 0.9),
    ("hospital-ransomware", HERE / "corpora" / "hospital-ransomware.gold.yaml",
     HERE / "corpora" / "hospital-ransomware", 0.7, 0.75, 0, 0.7, 0.9),
    ("tessel-derailment", HERE / "corpora" / "tessel-derailment.gold.yaml",
     HERE / "corpora" / "tessel-derailment", 0.5, 0.85, 0, 0.6, 0.9),
    ("kestrel-launch", HERE / "corpora" / "kestrel-launch.gold.yaml", HERE / "corpora" / "kestrel-launch",
     0.33, 0.8, 0, 0.95, 0.9),
    ("museum-theft", HERE / "corpora" / "museum-theft.gold.yaml", HERE / "corpora" / "museum-theft",
     0.25, 0.8, 0, 0.75, 0.75),
    ("port-strike", HERE / "corpora" / "port-strike.gold.yaml", HERE / "corpora" / "port-strike",
     0.25, 0.6, 1, 0.75, 0.9),
    # Written in the styles of real web pages (wire with date lines, live blogs, comment-form and
    # newsletter furniture, sports and business sites), gold before the tool was run: the
    # figures reached once their page furniture was kept apart (issue 15).
    ("ferry-grounding", HERE / "corpora" / "ferry-grounding.gold.yaml", HERE / "corpora" / "ferry-grounding",
     0.45, 1.0, 0, 1.0, 1.0),
    ("velmar-marathon", HERE / "corpora" / "velmar-marathon.gold.yaml", HERE / "corpora" / "velmar-marathon",
     0.54, 1.0, 0, 1.0, 1.0),
    ("corvane-results", HERE / "corpora" / "corvane-results.gold.yaml", HERE / "corpora" / "corvane-results",
     0.5, 1.0, 0, 1.0, 1.0),
]


@pytest.mark.parametrize("name, gold, corpus, recall, precision, alarms, alignment, kinds", BARS,
                         ids=[b[0] for b in BARS])
def test_detection_holds_its_bar(name, gold, corpus, recall, precision, alarms, alignment, kinds):
    got = scores(gold, corpus)
    assert got["recall"] >= recall, got
    assert got["precision"] >= precision, got
    assert got["false_alarms"] <= alarms, got
    assert got["alignment"] >= alignment, got
    assert got["kind_accuracy"] >= kinds, got


@pytest.mark.parametrize("corpus", [b[2] for b in BARS], ids=[b[0] for b in BARS])
def test_no_discrepancy_repeats_what_another_of_its_kind_sets_against_each_other(corpus):
    def opposed(d: dict) -> set:
        groups = [{(c["source"], c["index"]) for c in g["claims"]} for g in d["values"]]
        return {(x, y) for a, b in itertools.permutations(groups, 2) for x in a for y in b}

    found = report_of(corpus)["discrepancies"]
    for d, e in itertools.permutations(found, 2):
        assert not (d["kind"] == e["kind"] and opposed(d) <= opposed(e)), (d["explanation"], e["explanation"])
