"""Page furniture inside articles is kept apart from statements and never compared.

Captions and credits, bylines and datelines, promotional footers and a list introduced by
a colon with no items: each line keeps a role other than statement, and articles that
differ only in such lines give no discrepancy.
"""

from __future__ import annotations

import re

import pytest

from claimcheck import api
from claimcheck.claims import _any_found, split_claims
from claimcheck.models import Article, ClaimRole

S, H, C, B = ClaimRole.STATEMENT, ClaimRole.HEADING, ClaimRole.CAPTION, ClaimRole.BOILERPLATE

# (id, one line of an article, the role of each of its sentences)
LINES = [
    ("credit-in-parentheses", "Members of the council vote in the chamber on Tuesday. (John Doe/AP)", [C, C]),
    ("credit-after-colon", "The council chamber on Tuesday. Credit: Jane Roe for The Daily", [C, C]),
    ("photo-word-credit", "Crews clear debris on Main Street. (Photo by Jane Roe)", [C, C]),
    ("source-line", "Source: City finance office", [C]),
    ("agency-credit", "Firefighters at work. Getty Images", [C, C]),
    ("photographer-in-brackets", "Waves break over the harbour wall at Tarnby on March 3. (Ann Roe)",
     [C, C]),
    ("capital-credit-via", "Volunteers clear a flooded street in Tarnby, May 12, 2026. TARN NEWS VIA AP",
     [C, C]),
    ("byline", "By Jane Roe and John Doe, City Wire", [C]),
    ("dateline-alone", "WASHINGTON (City Wire) -", [H]),
    ("updated-line", "Updated March 3, 2026 at 10:04 a.m.", [C]),
    ("reading-time", "4 min read", [C]),
    ("reporting-credits", "Reporting by Jane Roe; Editing by John Doe", [B]),
    ("additional-reporting", "Additional reporting by Sam Lee in Berlin.", [B]),
    ("read-more", "Read more: Council approves budget after long night", [B]),
    ("newsletter", "Get our free newsletter delivered every morning.", [B]),
    ("app-download", "Download the City Wire app for breaking news alerts.", [B]),
    ("get-the-app", "Get the app", [B]),
    ("listen", "Listen to this article", [B]),
    ("follow-live", "Follow the latest updates on our live blog.", [B]),
    ("advertisement", "Advertisement", [B]),
    ("colon-list-without-items", "The agreement includes provisions that would:", [H]),
    ("short-colon-intro", "Key measures include:", [H]),
    # Statements that look a little like furniture stay statements.
    ("app-in-a-word", "Police said they would get the WhatsApp messages from the phone company.", [S]),
    ("year-range-in-parentheses",
     "The council said the figures (from the 2024/2025 budget) were final.", [S]),
    ("colon-with-its-item", "The mayor gave one reason: the roads are failing.", [S]),
    ("photo-as-subject", "The photo showed the bridge closed on Monday, police said.", [S]),
    ("name-in-brackets-inside", "The quake killed six people, officials said (Ann Roe said the same).", [S]),
]


@pytest.mark.parametrize("name, line, roles", LINES, ids=[c[0] for c in LINES])
def test_furniture_lines_have_their_role(name, line, roles):
    text = f"The council met on Monday to debate the plan.\n{line}\nThe vote followed on Tuesday.\n"
    claims = split_claims(Article("a", "a.txt", text))
    assert [c.role for c in claims[1:-1]] == roles
    assert claims[0].role is S and claims[-1].role is S


BODY = ("The council approved the $4.5 million budget on Tuesday by a vote of 7 to 2.\n"
        "The plan sets aside money for road repairs over three years, the mayor said.\n"
        "Work on the eastern districts will begin in June.\n")
FURNITURE_A = ("By Jane Roe, City Wire\nUpdated March 3, 2026 at 10:04 a.m.\n"
               "Council members vote on March 2, 2026. (John Doe/AP)\n"
               "Read more: 12 things to know about the 2025 budget\n"
               "Download our app for breaking news alerts.\nThe plan would:\n")
FURNITURE_B = ("By Sam Lee for The Daily\nPublished March 4, 2025, 8:15 p.m.\n"
               "Council members vote on March 3, 2026. Photo: Sam Lee\n"
               "Read more: 15 things to know about the 2024 budget\n"
               "Sign up for our newsletter for $1 a month.\nThe plan would:\n")


def test_articles_that_differ_only_in_furniture_agree():
    articles = [Article("a", "a.txt", FURNITURE_A + BODY), Article("b", "b.txt", BODY.replace(
        "The plan sets aside", "The plan reserves") + FURNITURE_B)]
    report = api.compare_articles(articles)
    assert report.discrepancies == ()
    clustered = {c.text for cluster in report.clusters for c in cluster.claims}
    assert not clustered & {c.text for c in report.claims if c.role is not S}
    assert any("budget on Tuesday" in text for text in clustered)


# One search of a table's union answers as one search per pattern does; patterns a union
# would change (a backreference, a group name used twice) are asked one by one.
UNION_TABLES = [
    [r"^photo:", r"\bgetty images\b"],
    [r"(?P<who>staff) writer", r"(?P<who>guest) writer"],
    [r"\b(\w+) \1\b", r"^source:"],
]
UNION_TEXTS = ["Photo: the harbour", "A GETTY IMAGES frame", "by a staff writer", "by a guest writer",
               "the the harbour", "Source: council", "The council met on Tuesday."]


@pytest.mark.parametrize("table", UNION_TABLES)
def test_a_table_union_answers_as_its_patterns_do(table):
    patterns = [re.compile(p, re.IGNORECASE if k % 2 == 0 else 0) for k, p in enumerate(table)]
    found = _any_found(patterns)
    for text in UNION_TEXTS:
        assert found(text) == any(p.search(text) for p in patterns), text
