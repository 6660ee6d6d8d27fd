"""Reports built by hand for renderer tests, with article text chosen to break naive output."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from claimcheck.models import (
    Article,
    CheckResult,
    Claim,
    Cluster,
    Discrepancy,
    DiscrepancyKind,
    Evidence,
    Report,
    Severity,
    SourceVerdict,
    ValueGroup,
    Verdict,
)

# Each sentence carries something that must come out as text in every format: a script tag,
# a table pipe, quotes of both kinds, markdown emphasis, a spreadsheet formula, an entity,
# rich console markup.
HOSTILE = {
    "a": '<script>alert("x")</script> The council | board approved $4.5 million on *Tuesday* & more.',
    "b": "=HYPERLINK(\"http://evil\") The council 'board' approved $6 million on Tuesday &amp; more.",
    "c": "The council said “we will `never` agree” to the plan, <b>officials</b> said.",
    "d": "The council said “we will not agree” to the plan, officials [bold]said[/] [/b].",
}
HOSTILE_VALUES = ("$4.5 million", "$6 million", "“we will never agree”", "“we will not agree”")


def _claim(source: str, index: int = 0) -> Claim:
    text = HOSTILE[source]
    return Claim(source=source, index=index, text=text, start=0, end=len(text))


def _evidence(source: str, span: str) -> Evidence:
    claim = _claim(source)
    start = claim.text.index(span)
    return Evidence(claim, start, start + len(span))


def hostile_report() -> Report:
    articles = (
        Article("a", "a.txt", HOSTILE["a"], title='Budget <em>passes</em> | "late"', outlet="City & Wire",
                published=dt.date(2026, 3, 14)),
        Article("b", "b.txt", HOSTILE["b"], outlet="=cmd|' /C calc'!A0"),
        Article("c", "c.txt", HOSTILE["c"], title="Plan [/] rejected [UPDATED]"),
        Article("d", "d.txt", HOSTILE["d"]),
    )
    extra = Claim("a", 1, "A sentence only <i>one</i> | source makes.", 200, 242)
    claims = (_claim("a"), extra, _claim("b"), _claim("c"), _claim("d"))
    clusters = (Cluster("c1", (_claim("a"), _claim("b")), 80.0),
                Cluster("c2", (_claim("c"), _claim("d")), 75.0))
    money = Discrepancy("d1", DiscrepancyKind.QUANTITY, Severity.CONFLICT, "c1", (
        ValueGroup("$4.5 million", (_evidence("a", "$4.5 million"),)),
        ValueGroup("$6 million", (_evidence("b", "$6 million"),)),
    ), "1 source says $4.5 million, 1 says $6 million <b>|</b>")
    quote = Discrepancy("d2", DiscrepancyKind.QUOTE, Severity.WORDING, "c2", (
        ValueGroup("“we will never agree”", (_evidence("c", "we will `never` agree"),)),
        ValueGroup("“we will not agree”", (_evidence("d", "we will not agree"),)),
    ), "the same quotation worded differently: “never” vs “not”")
    return Report(articles, claims, clusters, (quote, money), generated_by="claimcheck test")


def hostile_checks() -> tuple[CheckResult, ...]:
    return (
        CheckResult(
            claim='The council approved <script>x</script> $6 million | "now"', id="budget", verdicts=(
            SourceVerdict("a", Verdict.CONFLICTS, _claim("a"), 81.0,
                          "says $4.5 million, the claim says $6 million",
                          agreeing=("Tuesday",), differing=("$6 million -> $4.5 million",)),
            SourceVerdict("b", Verdict.SUPPORTS, _claim("b"), 90.0, "says $6 million",
                          agreeing=("$6 million",)),
            SourceVerdict("c", Verdict.ABSENT, None, 12.0, "no sentence on it"),
        )),
        CheckResult(claim="The plan was rejected.", verdicts=(
            SourceVerdict("d", Verdict.PARTIAL, _claim("d"), 60.0, "only says they will not agree"),
        )),
    )


@cache
def seeds_report() -> Report:
    from claimcheck import api
    from tests.conftest import SEEDS

    return api.compare([SEEDS])


@pytest.fixture
def report() -> Report:
    return hostile_report()


@pytest.fixture
def checks() -> tuple[CheckResult, ...]:
    return hostile_checks()


@pytest.fixture(params=["hostile", "seeds"])
def any_report(request) -> Report:
    return hostile_report() if request.param == "hostile" else seeds_report()
