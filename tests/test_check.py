"""Verdicts of `check` on small made-up articles, the watchlist schema, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from claimcheck.annotate import annotate, annotate_all
from claimcheck.check import CheckOptions, FactMatch, check_claim, coverage, profile, read_claim, read_sources
from claimcheck.check import _near_count as near_count
from claimcheck.claims import split_claims
from claimcheck.corpus import read_corpus
from claimcheck.entities import canonical
from claimcheck.entities import names as entity_names
from claimcheck.errors import BadClaim, WatchlistError
from claimcheck.facts import FactRelation, extract_facts
from claimcheck.models import Article, Claim, Verdict
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
    return annotate_all(claims)


def _claim(text: str) -> Claim:
    return Claim("s", 0, text, 0, len(text))


def _check(claim: str, sentences, published):
    """``check``'s result for ``claim`` over the sentences of the sources ``published`` lists."""
    return check_claim(claim, read_corpus(sentences, published))


def _verdict_in(claim: str, texts: dict[str, str], source: str):
    """The verdict ``check`` gives ``claim`` for one of the undated ``texts``."""
    result = _check(claim, _sentences(texts), {s: None for s in texts})
    return {v.source: v for v in result.verdicts}[source]


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
    result = _check(claim, claims, published)
    verdict = {v.source: v for v in result.verdicts}[source]
    assert verdict.verdict is expected, verdict.explanation
    assert (verdict.evidence is None) == (expected is Verdict.ABSENT)


def test_a_different_value_is_never_support(bridge):
    claims, published = bridge
    for claim, other in (("The repairs will cost $4.1 million.", "gazette"),
                         ("The repairs will cost $3.2 million.", "herald")):
        result = _check(claim, claims, published)
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
    result = _check(claim, claims, {s: None for s in PLACES})
    assert {v.source: v.verdict for v in result.verdicts}[source] is expected


def test_aliases_name_the_same_place():
    texts = {"a": "The summit of trade ministers will be held in Washington in May.\n",
             "b": "The summit of trade ministers will be held in the United States in May.\n"}
    result = _check("The summit of trade ministers will be held in the U.S.", _sentences(texts),
                         {"a": None, "b": None})
    assert [v.verdict for v in result.verdicts] == [Verdict.SUPPORTS, Verdict.SUPPORTS]


FERRY = {
    "owner": "Harbor Line announced its new ferry timetable on Tuesday.\n"
             "Coastal Ferries shares fell 3% on Tuesday.\n",
    "market": "Harbor Line shares fell 6% after the timetable was announced.\n",
    "loan": "Harbor Line has arranged a $25 million loan from two banks to fund the purchase.\n"
            "The deal values the Pier Nine terminal at $40 million.\n",
    "loan-only": "Harbor Line has arranged a $25 million loan from two banks to fund the purchase.\n",
    "survey": "At week 4, 15% of riders on the express route were late.\n",
    "cfo": "Nora Diaz, Harbor Line's finance chief, said fares were stable.\n",
    "ceo": "Harbor Line chief executive Nora Diaz said fares were stable.\n",
    "ceo-later": "Nora Diaz, the company's CEO, said fares were stable.\n",
    "reported": "The operator said the ferry would run on Sundays.\n",
    "doubt": "The ferry could run on Sundays, a board member said.\n",
    "show": "Appearing on Channel Five Morning, Diaz said fares would probably rise.\n",
    "hopeful": "Officials expressed optimism that the terminal would reopen next year.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # The point is the main clause: a sentence that repeats only its circumstance, or
    # speaks of another company's shares, does not address it.
    ("Harbor Line's shares fell after the timetable was announced.", "owner", Verdict.ABSENT),
    ("Harbor Line's shares fell after the timetable was announced.", "market", Verdict.SUPPORTS),
    # A different amount near only the same name measures something else (a loan).
    ("Harbor Line agreed to pay $40 million for the Pier Nine terminal.", "loan", Verdict.SUPPORTS),
    # A value beside one the claim states the same way ("week 4") is the one compared.
    ("12% of passengers taking the express were late at week 4.", "survey", Verdict.CONFLICTS),
    # Another post for the same person conflicts; the same post written otherwise does not.
    ("Nora Diaz is Harbor Line's chief executive.", "cfo", Verdict.CONFLICTS),
    ("Nora Diaz is Harbor Line's chief executive.", "ceo", Verdict.SUPPORTS),
    ("Nora Diaz is Harbor Line's chief executive.", "ceo-later", Verdict.SUPPORTS),
    # "said it would" reports a "will"; "could" doubts it.
    ("The ferry will run on Sundays.", "reported", Verdict.SUPPORTS),
    ("The ferry will run on Sundays.", "doubt", Verdict.PARTIAL),
    # A claim that someone spoke about a topic is not weakened by a hedge in the words.
    ("Diaz spoke about fares on Channel Five Morning.", "show", Verdict.SUPPORTS),
    # Optimism that something will happen is an expectation, as "expects" is.
    ("The terminal will reopen next year.", "hopeful", Verdict.SUPPORTS),
])
def test_point_owner_measure_post_and_reported_speech(claim, source, expected):
    claims = _sentences(FERRY)
    result = _check(claim, claims, {s: dt.date(2025, 9, 2) for s in FERRY})
    verdict = {v.source: v for v in result.verdicts}[source]
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


@pytest.mark.parametrize("source,expected", [
    ("The survey results were published on June 11.", Verdict.SUPPORTS),
    ("The survey results were published this week.", Verdict.PARTIAL),  # the week, not the day
    ("The survey results were published earlier this month.", Verdict.PARTIAL),
    ("The survey results were published last month.", Verdict.CONFLICTS),  # May holds no June 11
])
def test_a_period_for_a_day_is_vaguer(source, expected):
    claims = _sentences({"s": source + "\n"})
    result = _check("The survey results were published on June 11.", claims, {"s": dt.date(2025, 6, 12)})
    assert result.verdicts[0].verdict is expected, result.verdicts[0].explanation


@pytest.mark.parametrize("source,expected", [
    ("Topics on the table included a merger of the two clinics and parking fees.", Verdict.PARTIAL),
    ("The boards discussed merging the two clinics.", Verdict.PARTIAL),
    ("The two clinic boards agreed to merge the clinics.", Verdict.SUPPORTS),
    # A cue in another clause governs something else.
    ("The two clinic boards agreed to merge the clinics, while parking fees will be discussed in May.",
     Verdict.SUPPORTS),
])
def test_a_topic_of_talks_is_no_agreement(source, expected):
    claims = _sentences({"s": source + "\n"})
    result = _check("The two clinic boards agreed to merge the clinics.", claims, {"s": None})
    assert result.verdicts[0].verdict is expected, result.verdicts[0].explanation


def test_the_same_share_of_another_thing_is_no_conflict():
    texts = {"a": "The drought prompted a 20 percent tariff on imported grain, officials said.\n",
             "b": "Ministers agreed to avert a new 100 percent tariff on imported grain.\n"
                  "The harvest was poor.\n"}
    result = _check("The drought prompted a 50 percent tariff on imported grain.", _sentences(texts),
                         {s: None for s in texts})
    verdicts = {v.source: v.verdict for v in result.verdicts}
    # "percent" is the value's word: b repeats only the tariff, not what prompted it.
    assert verdicts == {"a": Verdict.CONFLICTS, "b": Verdict.PARTIAL}


GOUT = {
    "named": "Veltrazine is a weekly pill for gout made by Ostra Labs.\n"
             "The drug cleared both hurdles set by regulators.\n",
    "unnamed": "Ostra Labs makes several pills for gout.\n"
               "The drug cleared both hurdles set by regulators.\n",
}


def test_the_drug_stands_for_the_drug_its_source_named():
    result = _check("Veltrazine cleared both regulatory hurdles.", _sentences(GOUT), {s: None for s in GOUT})
    by_source = {v.source: v for v in result.verdicts}
    assert by_source["named"].verdict is Verdict.SUPPORTS
    # The same sentence counts for more where its source said which drug it is.
    assert by_source["named"].score > by_source["unnamed"].score + 10


def test_a_time_beyond_the_calendar_is_no_crash():
    texts = {"a": "The quarry opened 300 million years ago, geologists said.\n"}
    result = _check("The quarry opened on May 2.", _sentences(texts), {"a": dt.date(2025, 5, 2)})
    assert result.verdicts[0].verdict is Verdict.PARTIAL  # no day to compare with May 2


def test_a_loan_is_no_price():
    claims = _sentences(FERRY)
    result = _check("Harbor Line agreed to pay $40 million for the Pier Nine terminal.", claims,
                         {s: None for s in FERRY})
    assert {v.source: v.verdict for v in result.verdicts}["loan-only"] is not Verdict.CONFLICTS


@pytest.mark.parametrize("text,message", [
    ("", "the claim is empty"),
    ("   ", "the claim is empty"),
    ("It was the of and.", "no content words"),
    ("the " * 40, r"no content words to look for: 'the the the the the .*\.\.\.'$"),  # shown short
    ("Fares rose. " * 200, "2,399 characters long"),
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


@pytest.mark.parametrize("written,expected", [("7", "7"), ("1.10", "1.10"), ("\"7\"", "7"), ("a-1", "a-1")])
def test_an_id_written_as_a_number_is_that_id(written, expected):
    watchlist = parse_watchlist(f"claims:\n  - id: {written}\n    text: The bridge will close.\n")
    assert watchlist.claims[0].id == expected


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
    ("claims:\n  - {id: a, text: x}\n  - {id: a, text: y}\n",
     "line 3: duplicate id 'a' \\(first on line 2\\)"),
    ("claims:\n  - {id: a, text: x, colour: red}\n", "line 2: unknown key 'colour' in a claim"),
    ("claims:\n  - {id: a, text: x, expect: 12}\n", "line 2: 'expect' must be a mapping"),
    ("claims:\n  - {id: a, text: x}\nlexicon: {nosuch: {}}\n", "line 3: unknown lexicon file 'nosuch'"),
    ("claims:\n  - {id: a, text: x}\nlexicon:\n  synonyms: {nosuch: []}\n", "line 4: unknown table 'nosuch'"),
    ("claims:\n  - {id: a, text: x}\nlexicon:\n  synonyms: {groups: 3}\n", "line 4: .* must be a list"),
    ("claims: [\n", "line 2: not valid YAML"),
    ("claims:\n  - id: true\n    text: x\n", "line 2: 'id' must be a string"),
    ("claims:\n  - id: 7\n    text: x\n  - id: \"7\"\n    text: y\n", "line 4: duplicate id '7'"),
]


@pytest.mark.parametrize("text,message", MALFORMED)
def test_malformed_watchlists_name_the_line(text, message):
    with pytest.raises(WatchlistError, match=message):
        parse_watchlist(text, "w.yaml")


def test_the_repo_watchlist_is_valid():
    from claimcheck.watchlist import load_watchlist
    from tests.conftest import ROOT

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
    (["check", "--claims", "{dir}/missing.yaml", "{dir}"], 3,
     "claimcheck: error: {dir}/missing.yaml: no such watchlist"),
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


# --- names, counts and venues (one name reader shared with the compare detectors) ------------

@pytest.mark.parametrize("sentence,expected", [
    # A capital that only opens the sentence is no name; the place after "of" is one.
    ("Residents of Northfield were told to leave.", [("Northfield", "of")]),
    ("Shares of Ostra rose 4%.", [("Ostra", "of")]),
    ("Remind us what happened.", []),
    # ... unless it is possessive; a word set off by a comma may be a name or not ("Ann, you
    # said so", "Regrettably, ..."): the story tells (tests/test_annotate.py).
    ("Ostra's shares rose 4%.", [("Ostra's", "")]),
    ("Regrettably, the road was shut.", []),
    # A title before a name is how the sentence names the person.
    ("Sheriff Ann Cole said the road was shut.", [("Sheriff Ann Cole", "")]),
    # A transcript's speaker label; the post after it is no one's name.
    ("NORA DIAZ, MAYOR: Fares will rise.", [("NORA DIAZ", "")]),
    # Capitalised words between two names join them.
    ("She spoke on Channel Five Morning about fares.", [("Channel Five Morning", "on")]),
    # Words inside a value are the value's.
    ("The vote is on Friday, May 9, in Harlow.", [("Harlow", "in")]),
])
def test_names_of_a_sentence(sentence, expected):
    found = annotate(_claim(sentence)).names
    assert [(n.text, n.preposition) for n in found] == expected


@pytest.mark.parametrize("sentence,words", [
    ("The FDA approved it.", ("food and drug administration",)),  # an alias is one word
    ("Officials in Washington agreed.", ("united states",)),
    ("Lena Voss of Ostra Labs spoke.", ("lena", "voss")),
])
def test_name_words_resolve_aliases(sentence, words):
    assert annotate(_claim(sentence)).names[0].spelled == words


@pytest.mark.parametrize("short,full,expected", [
    ("IMF", "International Monetary Fund", True),
    ("NTSB", "National Transportation Safety Board", True),
    ("NTSB", "National Safety Board", False),
    ("Imf", "International Monetary Fund", False),  # an acronym is written in capitals
])
def test_an_acronym_names_its_entity(short, full, expected):
    a, b = entity_names(f"officials at {short} spoke")[0], entity_names(f"officials at the {full} spoke")[0]
    assert a.abbreviates(b) is expected


@pytest.mark.parametrize("text,expected", [
    ("U.S.", "united states"), ("US", "united states"), ("Washington’s", "washington's"),
    ("Ostra Labs", "ostra labs"), ("Trump-Xi", "trump-xi"),
])
def test_one_spelling_per_entity(text, expected):
    assert canonical(text) == expected


TRIAL = {
    "count": "Ostra Labs tested its flu vaccine on volunteers in four countries.\n"
             "The volunteers were adults aged 18 to 60, and most had been vaccinated before.\n"
             "The late-stage study randomized 398 volunteers to the vaccine or a dummy shot.\n"
             "Results are due in the spring, the company said.\n",
    "topic": "Nora Diaz spoke about bus fares and the new timetable.\nThe council meets again in May.\n",
    "show": "Appearing on Channel Five Morning, Diaz said fares would probably rise.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # "398 volunteers" for "389 volunteers": the counted noun says what is measured, though
    # the sentence repeats little else of the claim (a hyphenated name weighs as one word).
    ("The KESTREL-7 trial enrolled 389 volunteers.", "count", Verdict.CONFLICTS),
    # That someone spoke about a topic is no news: where they said it is the claim's point.
    ("Nora Diaz spoke about bus fares on Channel Five Morning.", "topic", Verdict.ABSENT),
    ("Nora Diaz spoke about bus fares on Channel Five Morning.", "show", Verdict.SUPPORTS),
])
def test_counts_and_venues(claim, source, expected):
    verdict = _verdict_in(claim, TRIAL, source)
    assert verdict.verdict is expected, verdict.explanation
    assert (verdict.evidence is None) == (expected is Verdict.ABSENT)


@pytest.mark.parametrize("claim,source,expected", [
    ("389 volunteers", "398 volunteers", True),
    ("389 volunteers", "412 volunteers", True),
    ("3 volunteers", "398 volunteers", False),  # a few of them, not the same count
    ("389 volunteers", "398 patients", False),  # another noun counts something else
    ("389", "398", False),  # a bare number may count anything
])
def test_near_counts_of_one_noun(claim, source, expected):
    a, b = extract_facts(f"There were {claim} in all."), extract_facts(f"There were {source} in all.")
    assert near_count(FactMatch(a[0], b[0], FactRelation.DIFFERENT), CheckOptions()) is expected


@pytest.mark.parametrize("claim,sentence,share", [
    # A hyphenated name is one word of the claim, not three.
    ("The Kestrel-Nova trial enrolled volunteers.", "Kestrel-Nova was a trial.", "same as one word"),
    # "the Lund-Berg meeting": a sentence naming one of them half addresses the name.
    ("The Lund-Berg meeting was delayed.", "Lund said the meeting was delayed.", "half of the name"),
])
def test_a_hyphenated_word_is_one_word(claim, sentence, share):
    def covered(claim_text: str, sentence_text: str) -> float:
        corpus = read_corpus(_sentences({"s": sentence_text + "\nThe weather was fine.\n"}))
        target = next(p for p in read_sources(corpus).profiles["s"] if p.text == sentence_text)
        return coverage(profile(read_claim(claim_text)), target, corpus)

    if share == "same as one word":
        unhyphenated = covered(claim.replace("-", ""), sentence.replace("-", ""))
        assert covered(claim, sentence) == pytest.approx(unhyphenated)
    else:
        whole = covered(claim, sentence.replace("Lund", "Lund-Berg"))
        neither = covered(claim, sentence.replace("Lund said", "Officials said"))
        assert neither < covered(claim, sentence) < whole


BLAZE = {
    "named": "The Pine Ridge Fire has burned 9,000 acres since Monday.\n"
             "Crews said a fallen power line sparked the blaze near a rest stop.\n",
    "unnamed": "A grass fire closed the valley road on Monday.\n"
               "Crews said a fallen power line sparked the blaze near a rest stop.\n",
    "another": "The Pine Ridge Fire has burned 9,000 acres since Monday.\n"
               "Crews said a fallen power line sparked the Cedar Hollow blaze near a rest stop.\n",
    "fair": "The county fair opens on Friday.\nTickets cost $12 at the gate.\n",
}


def test_a_named_thing_called_by_its_kind():
    result = _check("A fallen power line started the Pine Ridge Fire.", _sentences(BLAZE),
                         {s: None for s in BLAZE})
    by_source = {v.source: v for v in result.verdicts}
    # "the blaze" is the Pine Ridge Fire where the source named it, not where it named
    # another fire or none: the same sentence counts for more there.
    assert by_source["named"].score > by_source["unnamed"].score + 5
    assert by_source["named"].score > by_source["another"].score + 5
    assert by_source["another"].verdict is Verdict.CONFLICTS
    assert by_source["fair"].verdict is Verdict.ABSENT


@pytest.mark.parametrize("source,expected", [
    # Listed among the topics, without the figure: nothing is said of the figure.
    ("The clinic board discussed the budget and parking fees.", Verdict.ABSENT),
    # Stated without the figure: the point, vaguer.
    ("The clinic board set the budget for next year.", Verdict.PARTIAL),
    ("The clinic board set the budget at $4 million.", Verdict.SUPPORTS),
])
def test_a_topic_of_talks_states_no_value(source, expected):
    claims = _sentences({"s": source + "\n", "t": "The weather was mild in the city.\n"})
    result = _check("The clinic board set the budget at $4 million.", claims, {"s": None, "t": None})
    assert result.verdicts[0].verdict is expected, result.verdicts[0].explanation


SQUAD = {
    "deal": "Ana Ruiz joined Port Vale Rovers from a club in Lisbon.\n"
            "The fee was not disclosed, and the medical took two days.\n"
            "She has signed a six-year deal, which shows how much the board trusts her.\n",
    "quote": "Ana Ruiz joined Port Vale Rovers from a club in Lisbon.\n"
             "\"She is exactly the player we wanted,\" said club director Tom Hale, who led the talks.\n",
    "same": "\"She is exactly the player we wanted,\" said coach Lena Brandt after training.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # A span in the same unit, near the claim's, is the same term told otherwise, though
    # the sentence calls her "she" and the contract a "deal".
    ("Ana Ruiz signed a five-year contract with Port Vale Rovers.", "deal", Verdict.CONFLICTS),
    # "said club director Tom Hale": the one a statement is credited to, a few words on.
    ("Coach Lena Brandt said Ruiz is exactly the player the club wanted.", "quote", Verdict.CONFLICTS),
    ("Coach Lena Brandt said Ruiz is exactly the player the club wanted.", "same", Verdict.SUPPORTS),
])
def test_spans_and_speakers(claim, source, expected):
    verdict = _verdict_in(claim, SQUAD, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


@pytest.mark.parametrize("source,expected", [
    ("The storm killed 38 people in the valley.", Verdict.SUPPORTS),
    ("The storm killed about 38 people in the valley.", Verdict.SUPPORTS),  # rounded, not vaguer
    # A bound that holds the claim's count is true but vaguer.
    ("The storm killed dozens of people in the valley.", Verdict.PARTIAL),
    ("The storm killed at least 30 people in the valley.", Verdict.PARTIAL),
    ("The storm killed more than 40 people in the valley.", Verdict.CONFLICTS),
])
def test_a_bound_for_a_count_is_vaguer(source, expected):
    claims = _sentences({"s": source + "\n", "t": "Schools reopened on Monday.\n"})
    result = _check("The storm killed 38 people in the valley.", claims, {"s": None, "t": None})
    assert result.verdicts[0].verdict is expected, result.verdicts[0].explanation


@pytest.mark.parametrize("source,expected", [
    # A count of the act the claim's people underwent is a count of them.
    ("Officials confirmed 11 deaths on Tuesday.", Verdict.CONFLICTS),
    ("Officials confirmed 12 deaths on Tuesday.", Verdict.SUPPORTS),
    # Injuries are not the killed.
    ("Officials confirmed 15 injuries on Tuesday.", Verdict.ABSENT),
])
def test_a_count_of_the_act(source, expected):
    claims = _sentences({"s": source + "\n", "t": "Schools reopened on Monday after the flood.\n"})
    result = _check("The flood killed 12 people.", claims, {"s": None, "t": None})
    assert result.verdicts[0].verdict is expected, result.verdicts[0].explanation


# Sources on one made-up event, for the rules that read how a sentence bears on a claim.
RESERVOIR = {
    "ledger": "Crews found a crack in the Harlow Dam spillway early on Sunday, May 9, engineers said.\n"
              "The water board cut its supply forecast for this year after the inspection.\n"
              "The gale that hit the valley on Friday reached force 9.\n"
              "Marsh Road clinic in Fenby was closed after the inspection.\n"
              "The board declared a drought emergency on Monday.\n",
    "radio": "TOM REYES, REPORTER: Staff tell me the crack was found late Saturday night, "
             "and by the time the gates were shut the lower basin was flooded.\n"
             "We have found no evidence that water reached the village wells, the board's engineer said.\n"
             "A force 8 squall capsized two boats near the quarry on Wednesday.\n"
             "Farmers say the valley has not seen such a dry spring in decades.\n",
    "gazette": "The water board left its supply forecast for this year unchanged, "
               "saying reserves were ample.\n"
               "Inspectors are visiting Marsh Road clinic in Fenby this week.\n"
               "The first heavy rain of the season fell on Monday, May 10, across the valley.\n"
               "The gale reached force 10 as it crossed the ridge.\n"
               "\"We drained the basin in forty minutes,\" said engineer Ada Quinn.\n",
    "bulletin": "The crack in the spillway was found before dawn on May 9.\n"
                "Water from the dam reached the village wells, the board said.\n"
                "Marsh Road clinic in Fenby was closed on Tuesday.\n"
                "\"We drained the basin in under an hour,\" engineer Ada Quinn said.\n",
    "wire": "Dozens of families are sleeping in the school hall tonight after the water main, "
            "which burst earlier this week under Elm Road, flooded their street.\n"
            "Volunteers handed out bottled water at the church.\n"
            "The vote was 5–4, with four members absent.\n",
}
RESERVOIR_DAY = dt.date(2027, 5, 12)


@pytest.mark.parametrize("claim,source,expected", [
    # The words of a date count through the date: "Saturday" is said for "Sunday, May 9".
    ("The crack was found early on Sunday, May 9.", "radio", Verdict.CONFLICTS),
    ("The crack was found early on Sunday, May 9.", "ledger", Verdict.SUPPORTS),
    # Of two dates beside the same words, the one that agrees is the claim's: "tonight" is
    # when the report is made, "earlier this week" when the main burst (vaguer than a day).
    ("The water main burst on May 10.", "wire", Verdict.PARTIAL),
    # A sentence that shares only the date shares no point of the claim.
    ("The board declared a drought emergency on Monday.", "gazette", Verdict.ABSENT),
    ("The board declared a drought emergency on Monday.", "ledger", Verdict.SUPPORTS),
    # "No evidence that" denies what follows it.
    ("Water reached the village wells.", "radio", Verdict.CONFLICTS),
    ("Water reached the village wells.", "bulletin", Verdict.SUPPORTS),
    # Left unchanged is not cut.
    ("The water board cut its supply forecast for this year.", "gazette", Verdict.CONFLICTS),
    ("The water board cut its supply forecast for this year.", "ledger", Verdict.SUPPORTS),
    # A number of another thing ("a force 8 squall") in a sentence without the claim's
    # subject is no value of the claim's measure.
    ("The gale reached force 10.", "radio", Verdict.ABSENT),
    ("The gale reached force 10.", "ledger", Verdict.CONFLICTS),
    ("The gale reached force 10.", "gazette", Verdict.SUPPORTS),
    # A figure worded otherwise inside the same remark is a misquotation, not a vaguer figure.
    ('Ada Quinn said: "We drained the basin in forty minutes."', "bulletin", Verdict.CONFLICTS),
    ('Ada Quinn said: "We drained the basin in forty minutes."', "gazette", Verdict.SUPPORTS),
    # A tally says what it counts by its form.
    ("The water board voted 6-3 to fund the spillway repair.", "wire", Verdict.CONFLICTS),
    # Naming the clinic is not saying it was closed.
    ("Marsh Road clinic in Fenby was closed after the inspection.", "gazette", Verdict.ABSENT),
    ("Marsh Road clinic in Fenby was closed after the inspection.", "bulletin", Verdict.SUPPORTS),
])
def test_what_a_sentence_says_of_the_claim(claim, source, expected):
    result = _check(claim, _sentences(RESERVOIR), {s: RESERVOIR_DAY for s in RESERVOIR})
    verdict = {v.source: v for v in result.verdicts}[source]
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


HARBOUR = {
    "tremor": "The magnitude-5.2 tremor shook the harbour town of Selby shortly after dawn.\n"
              "Fishing boats were pulled ashore as a precaution.\n",
    "larger": "A magnitude-5.8 tremor shook the harbour town of Selby shortly after dawn.\n"
              "Schools stayed closed for the day.\n",
    "older": "Harbour master Lena Voss, 62, said the quay had held.\n"
             "Crews checked the breakwater for cracks.\n",
    "same-age": "The quay had held, said harbour master Lena Voss, 61, after an inspection.\n"
                "Crews checked the breakwater for cracks.\n",
    "aged": "Harbour master Lena Voss, who is aged 63, said the quay had held.\n"
            "Crews checked the breakwater for cracks.\n",
    "ageless": "Lena Voss is the harbour master.\n"
               "Crews checked the breakwater for cracks.\n",
    "ferry": "The morning ferry sailed an hour late.\nPassengers waited in the terminal.\n"
             "Cafes along the front opened early.\nThe coastguard logged no damage at sea.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # A value written onto the word it measures is that word's value.
    ("The tremor had a magnitude of 5.2.", "tremor", Verdict.SUPPORTS),
    ("The tremor had a magnitude of 5.2.", "larger", Verdict.CONFLICTS),
    # A number set off by commas after a name, or after "aged", is the person's age.
    ("Lena Voss is 61 years old.", "older", Verdict.CONFLICTS),
    ("Lena Voss is 61 years old.", "same-age", Verdict.SUPPORTS),
    ("Lena Voss is 61 years old.", "aged", Verdict.CONFLICTS),
    # A claim that gives only someone's age is not addressed by a sentence that names them.
    ("Lena Voss is 61 years old.", "ageless", Verdict.ABSENT),
])
def test_values_written_onto_words_and_ages(claim, source, expected):
    verdict = _verdict_in(claim, HARBOUR, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


LEASE = {
    "until": "The bakery signed a lease until March 2028 on the corner unit, its owner said.\n",
    "longer": "The bakery signed a lease running through 2030 on the corner unit.\n",
    "years": "The bakery signed a four-year lease on the corner unit.\n",
}


@pytest.mark.parametrize("source,expected", [
    # The date a span lasts until gives its length, from the day of the report.
    ("until", Verdict.SUPPORTS),
    ("longer", Verdict.CONFLICTS),
    ("years", Verdict.SUPPORTS),
])
def test_a_span_given_by_its_end(source, expected):
    result = _check("The bakery signed a four-year lease.", _sentences(LEASE),
                         {s: dt.date(2024, 3, 5) for s in LEASE})
    verdict = {v.source: v for v in result.verdicts}[source]
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


PRICES = {
    "wire": "Consumer prices rose 5.1% in the year to June, figures showed on Tuesday.\n"
            "Economists had expected a smaller rise.\n",
    "daily": "Inflation stood at 4.9% in June, the statistics office said.\n"
             "Fuel and food led the increase.\n",
    "pay": "The mayor's salary is £2,400 per month under the council's rules.\n",
    "budget": "The mayor will earn a salary from a council office budget of £310,000 this year.\n",
    "flat": "Councillors are paid nothing for attending committee meetings.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # "Consumer prices" say inflation in other words; the claim's first word is no name
    # that alone would tie the two figures.
    ("Inflation was 4.9% in June.", "wire", Verdict.CONFLICTS),
    ("Inflation was 4.9% in June.", "daily", Verdict.SUPPORTS),
    # A sum given for a span is compared with sums for the same span only.
    ("The mayor will earn £2,400 a month.", "pay", Verdict.SUPPORTS),
    ("The mayor will earn £2,400 a month.", "budget", Verdict.PARTIAL),
])
def test_other_words_and_rates(claim, source, expected):
    verdict = _verdict_in(claim, PRICES, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


COLLAPSE = {
    "memo": "There were no injuries in the scaffolding collapse, the site manager said.\n"
            "Work on the block will resume next month.\n",
    "report": "The collapse was caused by a loose bolt, inspectors said.\n"
              "The street reopened at noon.\n",
    "radio": "Two workers were injured in the collapse on Dock Street.\n"
             "The street reopened at noon.\n",
    "calm": "Nobody was hurt, and the street reopened at noon.\n",
}


@pytest.mark.parametrize("source,expected", [
    # "No one was injured" denies injuries as "there were no injuries" does, and is about
    # the injuries, not the collapse.
    ("memo", Verdict.SUPPORTS),
    ("radio", Verdict.CONFLICTS),
    ("calm", Verdict.SUPPORTS),
    ("report", Verdict.ABSENT),
])
def test_a_negative_subject_denies_its_verb(source, expected):
    verdict = _verdict_in("No one was injured in the collapse.", COLLAPSE, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


@pytest.mark.parametrize("claim,kept,dropped", [
    # The claim's words said in other words count once, as the concept they say.
    ("Consumer prices rose in May.", {"inflation"}, {"consumer", "prices"}),
    ("The wages of nurses rose.", {"earn"}, {"wages"}),
])
def test_a_paraphrase_counts_once_in_the_claim(claim, kept, dropped):
    from claimcheck.text import concept

    kept, dropped = {concept(w) for w in kept}, {concept(w) for w in dropped}
    read = profile(read_claim(claim), checked=True).concepts
    assert kept <= read and not dropped & read
    assert dropped <= profile(read_claim(claim)).concepts  # a source sentence keeps both


FERRIES = {
    "origin": "A Danish-built ferry carrying 240 passengers ran aground off the island.\n",
    "other": "The Nordlys ferry carrying 240 passengers ran aground off the island.\n",
}


@pytest.mark.parametrize("source,expected", [
    # "Danish-built" says where the ferry was made, not which ferry it is.
    ("origin", Verdict.SUPPORTS),
    ("other", Verdict.CONFLICTS),
])
def test_an_adjective_of_origin_is_no_name(source, expected):
    verdict = _verdict_in("The Skarv ferry was carrying 240 passengers.", FERRIES, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


GALLERY = {
    "police": "Nine items were taken from display cases at the Marlow Gallery overnight.\n"
              "Officers were called at 4am.\n",
    "wire": "Burglars made off with eleven pieces from the Marlow Gallery, police said.\n"
            "The gallery is closed.\n",
    "radio": "HOST: What was taken?\nREPORTER: Nine pieces: four brooches and five rings.\n",
    "holdings": "The Marlow Gallery holds about 900 objects.\nIt reopens next month.\n",
    "insurer": "The insurer has put a figure of £1.4 million on the stolen jewellery.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # "Items" and "pieces" count the "objects" of the claim in other words: the noun
    # counted says what is counted, whatever else the sentence repeats.
    ("Nine objects were stolen from the Marlow Gallery.", "police", Verdict.SUPPORTS),
    ("Nine objects were stolen from the Marlow Gallery.", "wire", Verdict.CONFLICTS),
    ("Nine objects were stolen from the Marlow Gallery.", "radio", Verdict.SUPPORTS),
    # The museum's whole collection is no count of what was stolen.
    ("Nine objects were stolen from the Marlow Gallery.", "holdings", Verdict.ABSENT),
    # "Put a figure of ... on" says what "valued at" says.
    ("The stolen objects were valued at £4.1 million.", "insurer", Verdict.CONFLICTS),
])
def test_things_counted_and_valued_in_other_words(claim, source, expected):
    verdict = _verdict_in(claim, GALLERY, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


POOL = {
    "council": "The swimming pool will stay closed until Monday 9 June while the filters are replaced.\n",
    "later": "The swimming pool will stay closed until Friday 13 June.\n",
    "notice": "The pool was flooded on Monday after a pipe burst under the changing rooms.\n",
    "club": "The pool opened on 2 June after the filters were replaced.\n",
    "gym": "The pool opened on 9 June, a week after the gym.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # A state held until a day says its end comes that day: "closed until Monday" is no
    # denial that it reopens on Monday.
    ("The pool will reopen on Monday 9 June.", "council", Verdict.SUPPORTS),
    ("The pool will reopen on Monday 9 June.", "later", Verdict.CONFLICTS),
    ("The pool will stay closed until 9 June.", "club", Verdict.CONFLICTS),
    ("The pool will stay closed until 9 June.", "gym", Verdict.SUPPORTS),
    # A date and the common noun the story is about are not what the claim says of it.
    ("The pool will reopen on Monday 9 June.", "notice", Verdict.ABSENT),
])
def test_a_state_held_until_a_day(claim, source, expected):
    verdict = _verdict_in(claim, POOL, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


SPOKEN = {
    "radio": "HOST: And the cost?\n"
             "REPORTER: The council puts the cost of the wall at about four point six million euros.\n",
    "paper": "The council puts the cost of the sea wall at €4.6 million.\n",
    "union": "The walkout by the 1,200-strong workforce at the shipyard entered its third day.\n",
    "rival": "The walkout by the 1,900-strong workforce at the shipyard entered its third day.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # A transcript writes a decimal as it was said ("four point six"), and "a 1,200-strong
    # crew" counts its members.
    ("The sea wall will cost €4.6 million.", "radio", Verdict.SUPPORTS),
    ("The sea wall will cost €5.9 million.", "radio", Verdict.CONFLICTS),
    ("The sea wall will cost €4.6 million.", "paper", Verdict.SUPPORTS),
    ("About 1,200 shipyard workers are on strike.", "union", Verdict.SUPPORTS),
    ("About 1,200 shipyard workers are on strike.", "rival", Verdict.CONFLICTS),
])
def test_numbers_said_in_words_and_sizes_of_a_body(claim, source, expected):
    verdict = _verdict_in(claim, SPOKEN, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


BARGAIN = {
    "nurses": "The nurses' union is seeking a rise of 8% this year.\n",
    "board": "The health board offered a rise of 3% this year.\n",
    "quote": "\"We will not accept a pay cut,\" the health board's negotiator told nurses.\n",
}


@pytest.mark.parametrize("claim,source,expected", [
    # What one side asks for is no figure of what the other offers ...
    ("The health board offered nurses a rise of 5%.", "nurses", Verdict.ABSENT),
    ("The health board offered nurses a rise of 5%.", "board", Verdict.CONFLICTS),
    # ... and a cut that someone refuses is no cut that happened.
    ("The health board offered nurses a rise of 5%.", "quote", Verdict.PARTIAL),
])
def test_sides_of_a_bargain_and_refused_acts(claim, source, expected):
    verdict = _verdict_in(claim, BARGAIN, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


ARBITER = {
    "refused": "Tarrow Mining has so far refused to go to mediation, the miners' union says.\n",
    "agreed": "Tarrow Mining agreed on Monday to talks with a mediator.\n",
}


@pytest.mark.parametrize("source,expected", [
    # "Refused" is the opposite of "agreed", and a mediator's talks are the conciliation
    # service's, in other words.
    ("refused", Verdict.CONFLICTS),
    ("agreed", Verdict.SUPPORTS),
])
def test_a_refusal_of_what_was_agreed(source, expected):
    verdict = _verdict_in("Tarrow Mining has agreed to talks through the conciliation service.",
                          ARBITER, source)
    assert verdict.verdict is expected, (verdict.explanation, verdict.evidence and verdict.evidence.text)


def test_verdict_rules_are_asked_in_order_and_the_first_that_finds_something_decides():
    from claimcheck.check import VERDICT_RULES

    assert len(set(VERDICT_RULES)) == len(VERDICT_RULES)
    texts = {"a": "The ferry operator could raise fares by 8% in March, its director said.\n"}
    # A differing value and a hedge in one sentence: the value, asked first, decides.
    found = _verdict_in("The ferry operator raised fares by 5% in March.", texts, "a")
    assert found.verdict is Verdict.CONFLICTS
    # The same sentence with the claim's value: only the hedge is left to decide.
    found = _verdict_in("The ferry operator raised fares by 8% in March.", texts, "a")
    assert found.verdict is Verdict.PARTIAL and "hedges" in found.explanation
