"""Verdicts of `check` on small made-up articles, the watchlist schema, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from claimcheck.check import check_claim, read_claim
from claimcheck.claims import split_claims
from claimcheck.errors import BadClaim, WatchlistError
from claimcheck.facts import extract_facts
from claimcheck.models import Article, Verdict
from claimcheck.watchlist import parse_watchlist

runner = CliRunner()

BRIDGE = {
    "gazette": "The county board voted on Monday to close the Elm Street bridge for repairs.\n"
               "The repairs will cost $3.2 million and take eight months, officials said.\n"
               "\"We cannot keep patching it,\" said board chair Lena Voss.\n",
    "herald": "County officials closed the Elm Street bridge on Monday.\n"
              "The repairs will cost $4.1 million, according to a county memo.\n"
              "\"We cannot keep patching it,\" said engineer Tom Brandt.\n",
    "courier": "The Elm Street bridge will close for repairs.\n"
               "Repairs could take several months, a spokesperson said.\n",
    "blog": "The farmers market moves to Saturdays in June.\n"
            "Vendors have asked for more shade near the fountain.\n",
}


def _sentences(texts: dict[str, str]):
    claims = []
    for source, text in texts.items():
        article = Article(source, f"{source}.txt", text)
        claims += [replace(c, facts=extract_facts(c.text)) for c in split_claims(article)]
    return claims


@pytest.fixture(scope="module")
def bridge():
    return _sentences(BRIDGE), {s: dt.date(2024, 3, 5) for s in BRIDGE}


VERDICTS = [
    # (claim, source, verdict)
    ("The bridge repairs will cost $3.2 million.", "gazette", Verdict.SUPPORTS),
    ("The bridge repairs will cost $3.2 million.", "herald", Verdict.CONFLICTS),
    ("The bridge repairs will cost $3.2 million.", "blog", Verdict.ABSENT),
    ("The repairs will take eight months.", "gazette", Verdict.SUPPORTS),
    ("The repairs will take eight months.", "courier", Verdict.PARTIAL),  # hedged and without the duration
    ("Lena Voss said, \"We cannot keep patching it.\"", "gazette", Verdict.SUPPORTS),
    ("Lena Voss said, \"We cannot keep patching it.\"", "herald", Verdict.CONFLICTS),  # another speaker
    ("Lena Voss said, \"We cannot keep patching it.\"", "blog", Verdict.ABSENT),
]


@pytest.mark.parametrize("claim,source,expected", VERDICTS)
def test_verdicts(bridge, claim, source, expected):
    claims, published = bridge
    result = check_claim(claim, claims, published)
    verdict = {v.source: v for v in result.verdicts}[source]
    assert verdict.verdict is expected, verdict.explanation
    assert (verdict.evidence is None) == (expected is Verdict.ABSENT)


def test_a_different_value_is_never_support(bridge):
    claims, published = bridge
    for claim, other in (("The repairs will cost $4.1 million.", "gazette"),
                         ("The repairs will cost $3.2 million.", "herald")):
        result = check_claim(claim, claims, published)
        verdict = {v.source: v for v in result.verdicts}[other]
        assert verdict.verdict is Verdict.CONFLICTS
        assert verdict.differing


PLACES = {
    "wire": "The two ministers will meet in Oslo next month to sign the fisheries accord.\n",
    "daily": "The ministers are to meet in Copenhagen next month to sign the fisheries accord.\n",
    "press": "The fisheries accord was not signed, the ministry said.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    ("The ministers will meet in Oslo to sign the fisheries accord.", "wire", Verdict.SUPPORTS),
    ("The ministers will meet in Oslo to sign the fisheries accord.", "daily", Verdict.CONFLICTS),
    ("The fisheries accord has been signed.", "press", Verdict.CONFLICTS),
])
def test_entity_and_polarity(claim, source, expected):
    claims = _sentences(PLACES)
    result = check_claim(claim, claims, {s: None for s in PLACES})
    assert {v.source: v.verdict for v in result.verdicts}[source] is expected


def test_aliases_name_the_same_place():
    texts = {"a": "The summit of trade ministers will be held in Washington in May.\n",
             "b": "The summit of trade ministers will be held in the United States in May.\n"}
    result = check_claim("The summit of trade ministers will be held in the U.S.", _sentences(texts),
                         {"a": None, "b": None})
    assert [v.verdict for v in result.verdicts] == [Verdict.SUPPORTS, Verdict.SUPPORTS]


@pytest.mark.parametrize("text,message", [
    ("", "the claim is empty"),
    ("   ", "the claim is empty"),
    ("It was the of and.", "no content words"),
])
def test_bad_claims(text, message):
    with pytest.raises(BadClaim, match=message):
        read_claim(text)


# --- watchlist ----------------------------------------------------------------------------------

GOOD = """claims:
  - id: cost
    text: "The repairs will cost $3.2 million."
    expect: {cost: "$3.2 million"}
  - id: speaker
    text: "Lena Voss said the bridge cannot be patched."
    notes: "quote"
lexicon:
  synonyms:
    groups: [[patch, mend]]
"""


def test_a_good_watchlist():
    watchlist = parse_watchlist(GOOD)
    assert [c.id for c in watchlist.claims] == ["cost", "speaker"]
    assert watchlist.claims[0].expect == {"cost": "$3.2 million"}
    assert watchlist.claims[1].line == 5
    assert ["patch", "mend"] in watchlist.lexicon.table("synonyms", "groups")


MALFORMED = [
    ("", "empty"),
    ("- a\n- b\n", "line 1: expected a mapping"),
    ("claims: []\n", "line 1: 'claims' must be a non-empty list"),
    ("lexicon: {}\n", "missing 'claims'"),
    ("claims:\n  - id: a\n    text: x\nextra: 1\n", "line 4: unknown key 'extra'"),
    ("claims:\n  - just a string\n", "line 2: each claim must be a mapping"),
    ("claims:\n  - id: a\n", "line 2: the claim has no 'text'"),
    ("claims:\n  - text: x\n", "line 2: the claim has no 'id'"),
    ("claims:\n  - id: a\n    text: [x]\n", "line 3: 'text' must be a string"),
    ("claims:\n  - id: a\n    text: \"\"\n", "line 3: the text of claim 'a' is empty"),
    ("claims:\n  - id: a b\n    text: x\n", "line 2: id 'a b' must be"),
    ("claims:\n  - {id: a, text: x}\n  - {id: a, text: y}\n", "line 3: duplicate id 'a' \\(first on line 2\\)"),
    ("claims:\n  - {id: a, text: x, colour: red}\n", "line 2: unknown key 'colour' in a claim"),
    ("claims:\n  - {id: a, text: x, expect: 12}\n", "line 2: 'expect' must be a mapping"),
    ("claims:\n  - {id: a, text: x}\nlexicon: {nosuch: {}}\n", "line 3: unknown lexicon file 'nosuch'"),
    ("claims:\n  - {id: a, text: x}\nlexicon:\n  synonyms: {nosuch: []}\n", "line 4: unknown table 'nosuch'"),
    ("claims:\n  - {id: a, text: x}\nlexicon:\n  synonyms: {groups: 3}\n", "line 4: .* must be a list"),
    ("claims: [\n", "line 2: not valid YAML"),
]


@pytest.mark.parametrize("text,message", MALFORMED)
def test_malformed_watchlists_name_the_line(text, message):
    with pytest.raises(WatchlistError, match=message):
        parse_watchlist(text, "w.yaml")


def test_the_repo_watchlist_is_valid():
    from tests.conftest import ROOT

    from claimcheck.watchlist import load_watchlist

    watchlist = load_watchlist(ROOT / "claims.yaml")
    assert 6 <= len(watchlist.claims) <= 10


# --- command line -------------------------------------------------------------------------------

@pytest.fixture
def bridge_dir(write_articles):
    return write_articles({f"{name}.txt": text for name, text in BRIDGE.items()})


def _cli(*args: str):
    from claimcheck.cli import app

    return runner.invoke(app, list(args))


def test_cli_json_follows_the_contract(bridge_dir):
    result = _cli("check", "The bridge repairs will cost $3.2 million.", str(bridge_dir), "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["claim"] == "The bridge repairs will cost $3.2 million."
    verdicts = {v["source"]: v for v in data["verdicts"]}
    assert set(verdicts) == set(BRIDGE)
    assert verdicts["herald"]["verdict"] == "conflicts"
    assert "$4.1 million" in verdicts["herald"]["evidence"]["text"]
    assert verdicts["blog"]["evidence"] is None
    assert verdicts["herald"]["differing"] == ["$3.2 million -> $4.1 million"]


@pytest.mark.parametrize("fail_on,code", [("conflicts", 1), ("partial", 1), ("absent", 1), (None, 0)])
def test_cli_fail_on(bridge_dir, fail_on, code):
    args = ["check", "The bridge repairs will cost $3.2 million.", str(bridge_dir)]
    result = _cli(*args, *(["--fail-on", fail_on] if fail_on else []))
    assert result.exit_code == code, result.stderr


def test_cli_fail_on_passes_when_nothing_is_that_bad(write_articles):
    folder = write_articles({"a.txt": BRIDGE["gazette"], "b.txt": BRIDGE["gazette"]})
    result = _cli("check", "The bridge repairs will cost $3.2 million.", str(folder), "--fail-on", "absent")
    assert result.exit_code == 0, result.stdout


def test_cli_watchlist(bridge_dir, tmp_path):
    watchlist = tmp_path / "claims.yaml"
    watchlist.write_text(GOOD, encoding="utf-8")
    result = _cli("check", "--claims", str(watchlist), str(bridge_dir), "--no-color")
    assert result.exit_code == 0, result.stderr
    assert "claims x sources" in result.stdout
    assert "cost" in result.stdout and "speaker" in result.stdout
    result = _cli("check", "--claims", str(watchlist), str(bridge_dir), "-f", "json")
    assert [c["id"] for c in json.loads(result.stdout)["checks"]] == ["cost", "speaker"]


@pytest.mark.parametrize("args,code,message", [
    (["check", "", "{dir}"], 3, "claimcheck: error: the claim is empty"),
    (["check", "It was the of and.", "{dir}"], 3, "claimcheck: error: the claim has no content words"),
    (["check", "--claims", "{dir}/missing.yaml", "{dir}"], 3, "claimcheck: error: {dir}/missing.yaml: no such watchlist"),
    (["check", "--claims", "{bad}", "{dir}"], 3, "claimcheck: error: {bad}: line 2: the claim has no 'text'"),
    (["check", "A claim about bridges.", "{dir}/nowhere"], 3, "claimcheck: error:"),
    (["check", "A claim about bridges."], 2, "PATHS"),
])
def test_cli_bad_input(bridge_dir, tmp_path, args, code, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - id: a\n", encoding="utf-8")
    fill = {"dir": str(bridge_dir), "bad": str(bad)}
    result = _cli(*[a.format(**fill) for a in args])
    assert result.exit_code == code
    assert message.format(**fill) in result.stderr
    assert "Traceback" not in result.stderr
    if code == 3:
        assert len(result.stderr.strip().splitlines()) == 1
