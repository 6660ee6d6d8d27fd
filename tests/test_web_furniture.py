"""Furniture of real web pages (issue 15): comment forms, cookie banners, newsletter boxes,
live-blog sign-offs, press-release notices, broadcasters' picture labels and link-list labels.
Every line is invented; each row fails with its patterns (data/noise.yaml) taken out.
"""

from __future__ import annotations

import pytest

from claimcheck.claims import split_claims
from claimcheck.models import Article, ClaimRole

S, H, C, B = ClaimRole.STATEMENT, ClaimRole.HEADING, ClaimRole.CAPTION, ClaimRole.BOILERPLATE

BEFORE = "The council met on Monday to debate the plan."
AFTER = "The vote followed on Tuesday."


def claims_of(line: str, **meta):
    return split_claims(Article("a", "a.txt", f"{BEFORE}\n{line}\n{AFTER}\n", **meta))[1:-1]


# Whole lines that are page furniture. (id, line, the role of each of its sentences)
LINES = [
    # Comment forms.
    ("email-not-published", "Your email address will not be published.", [B]),
    ("required-fields", "Your email address will not be published. Required fields are marked *", [B, B]),
    ("save-my-name", "Save my name, email, and website in this browser for the next time I comment.", [B]),
    ("logged-in-to-comment", "You must be logged in to post a comment.", [B]),
    # Cookie banners.
    ("we-use-cookies", "We use cookies to give you the best experience on our site.", [B]),
    ("site-uses-cookies", "This website uses cookies to improve your experience.", [B]),
    ("opt-out", "We'll assume you're ok with this, but you can opt-out if you wish.", [B]),
    ("consent-to-cookies", "By clicking \"Accept\", you consent to the use of ALL the cookies.", [B]),
    # Newsletter boxes.
    ("inbox", "Get the top stories delivered to your inbox every morning.", [B]),
    ("get-the-stories", "Get the day's biggest stories before breakfast.", [B]),
    ("sign-up-small-print", "By signing up you agree to our Terms of Use and Privacy Policy.", [B]),
    # Script notices and live-blog sign-offs.
    ("javascript", "Please turn on JavaScript in your browser to see live updates.", [B]),
    ("thats-all", "That's all from us for today.", [B]),
    ("thanks-for-following", "Thanks for following along.", [B]),
    ("wordpress-like", "Like Loading...", [B]),
    # Press releases.
    ("forward-looking", "This release contains forward-looking statements that involve risks.", [B]),
    ("results-may-differ", "Actual results may differ materially from those expressed.", [B]),
    ("source-line", "SOURCE Ferrow Inc.", [C]),
    # Broadcasters' picture labels.
    ("image-source", "Image source, Harbour Police.", [C]),
    ("image-caption", "Image caption, Divers searched the harbour on Saturday.", [C]),
    # Link-list labels; a sentence opening with "More" or "Related" stays a statement.
    ("more-on-this-story", "More on this story", [B]),
    ("related-posts", "Related posts", [B]),
    ("more-from-section", "More from Business: Ferrow sales climb", [B]),
    ("more-than-is-a-statement", "More than 200 people signed the petition.", [S]),
    ("related-is-a-statement", "Related charges were dropped in May, the court said.", [S]),
    ("cookies-in-the-news", "The bakery sold 4,000 cookies at the fair.", [S]),
]


@pytest.mark.parametrize("name, line, roles", LINES, ids=[r[0] for r in LINES])
def test_web_furniture_lines_have_their_role(name, line, roles):
    assert [c.role for c in claims_of(line)] == roles
