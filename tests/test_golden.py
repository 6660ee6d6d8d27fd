"""The seeds' JSON report, compared with the reviewed copy in tests/data/golden/.

A change in what claimcheck finds on the seeds shows up here as a diff to review. After
checking that the change is an improvement (score.py), regenerate with:

    CLAIMCHECK_UPDATE_GOLDEN=1 python3 dev.py test tests/test_golden.py
"""

from __future__ import annotations

import json
import os

from claimcheck import api
from claimcheck.render.json import report_json
from tests.conftest import DATA, ROOT, SEEDS

GOLDEN = DATA / "golden" / "seeds.json"


def seeds_report() -> dict:
    report = report_json(api.compare([SEEDS]))
    # Paths depend on where the repo is cloned; the golden copy keeps them repo-relative.
    for source in report["sources"]:
        source["path"] = os.path.relpath(source["path"], ROOT)
    report.pop("generated_by")
    return report


def test_seeds_report_matches_the_golden_copy():
    actual = seeds_report()
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert actual["summary"] == expected["summary"]
    assert actual["clusters"] == expected["clusters"]
    assert actual["discrepancies"] == expected["discrepancies"]
    assert actual == expected


def test_seeds_report_is_stable_across_runs():
    assert seeds_report() == seeds_report()
