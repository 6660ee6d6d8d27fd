"""Splitting articles into sentence claims, and telling statements from page furniture."""

from __future__ import annotations

import pytest

from claimcheck.claims import split_claims, split_sentences
from claimcheck.models import ClaimRole

SPLIT_CASES = [
    # (id, text, expected sentences)
    ("abbreviation-country", "The U.S. team won. It was the third title.",
     ["The U.S. team won.", "It was the third title."]),
    ("abbreviation-month", "The vote is due Nov. 10 in the capital. Results follow a day later.",
     ["The vote is due Nov. 10 in the capital.", "Results follow a day later."]),
    ("title-abbreviation", "Gen. Mark Ruiz said the base would close. Dr. Ames disagreed.",
     ["Gen. Mark Ruiz said the base would close.", "Dr. Ames disagreed."]),
    ("two-sentence-quotation",
     "“We are not leaving. We will rebuild,” the mayor said. Crews stayed overnight.",
     ["“We are not leaving. We will rebuild,” the mayor said.", "Crews stayed overnight."]),
    ("em-dash-aside", "The plant—closed since May—will reopen on Monday. Workers cheered.",
     ["The plant—closed since May—will reopen on Monday.", "Workers cheered."]),
    ("heading-line-without-period", "Storm Damage Mounts\nThe river rose two metres overnight.",
     ["Storm Damage Mounts", "The river rose two metres overnight."]),
    ("caption-line", "AI-generated image\nThe council met on Tuesday.",
     ["AI-generated image", "The council met on Tuesday."]),
    ("decimal-and-money", "Shares fell 4.5% to $12.30 on Friday. Analysts were surprised.",
     ["Shares fell 4.5% to $12.30 on Friday.", "Analysts were surprised."]),
    ("blank-lines-and-crlf-normalised", "\n\nFirst line here.\n\n\nSecond line here.\n",
     ["First line here.", "Second line here."]),
    ("question-and-exclamation", "Who pays? Taxpayers do! The bill passed.",
     ["Who pays?", "Taxpayers do!", "The bill passed."]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in SPLIT_CASES], ids=[c[0] for c in SPLIT_CASES])
def test_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize("text", [c[1] for c in SPLIT_CASES], ids=[c[0] for c in SPLIT_CASES])
def test_spans_point_into_the_article(make_article, text):
    article = make_article(text)
    claims = split_claims(article)
    assert all(article.text[c.start:c.end] == c.text for c in claims)
    assert [c.index for c in claims] == list(range(len(claims)))
    # Nothing but whitespace is lost between claims.
    rebuilt = "".join(text[c.start:c.end] for c in claims)
    assert rebuilt == "".join(text.split()) or "".join(rebuilt.split()) == "".join(text.split())


ROLE_CASES = [
    ("Firefighters contained the blaze on Sunday.", ClaimRole.STATEMENT),
    ("Why the vote matters", ClaimRole.HEADING),
    ("Key Numbers: Budget, Jobs, and Taxes", ClaimRole.HEADING),
    ("The plan reportedly includes measures that would:", ClaimRole.HEADING),
    ("The mayor, who arrived on Sunday, had a message for residents:", ClaimRole.STATEMENT),
    ("AI-generated image", ClaimRole.CAPTION),
    ("Rescuers search the rubble in Antakya, Turkey, 7 February 2023.", ClaimRole.CAPTION),
    ("Subscribe to our newsletter for daily updates.", ClaimRole.BOILERPLATE),
    ("Download the NewsNow App to stay updated!", ClaimRole.BOILERPLATE),
    ("Read more: How the budget was built", ClaimRole.BOILERPLATE),
    ("By Jane Okafor and Tom Reyes", ClaimRole.CAPTION),
    ("Copyright © 2025 Metro Press.", ClaimRole.BOILERPLATE),  # © then a space ended no word
    ("Updated 10:42 a.m.", ClaimRole.CAPTION),  # bylines are case-sensitive; the line starts with a capital
    ("The court ruled on the copyright claim on Monday.", ClaimRole.STATEMENT),
    # A fact box's bullets state facts; a short bullet is still furniture.
    ("- Opened: 14 June 2021, after two years of work", ClaimRole.STATEMENT),
    ("* Turnout was the highest in two decades", ClaimRole.STATEMENT),
    ("- Key figures", ClaimRole.HEADING),
    # A line of data with no prose word (a ticker box, an address) states nothing; a labelled
    # value in a fact box does.
    ("Symbol Name Price Move Move % TARC TARCO CORP. 41.20 +0.70 +1.73% HOLL HOLLIN INC. 18.10 "
     "+0.31 +1.74%.", ClaimRole.CAPTION),
    ("Hollin Works Unit 12 Block 4 400 West Road, Tarnby, OH Approx.", ClaimRole.CAPTION),
    ("Budget: $40 million.", ClaimRole.STATEMENT),
]


@pytest.mark.parametrize("line, role", ROLE_CASES)
def test_line_roles(make_article, line, role):
    claims = split_claims(make_article(line + "\nThe council approved the budget on Tuesday."))
    assert claims[0].role is role
    assert claims[-1].role is ClaimRole.STATEMENT
