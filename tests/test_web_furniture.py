"""Furniture of real web pages, one table per mechanism (issue 15): datelines and timestamps
that open a line are cut off it, clock times keep their time zone, date lines, comment forms,
cookie banners, newsletter boxes and live-blog sign-offs are furniture, and the headline
repeated as the first line is a heading. Every line is invented; each row fails with its
mechanism switched off (the pattern table emptied, or the code path skipped).
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import api
from claimcheck.claims import split_claims, split_sentences
from claimcheck.models import Article, ClaimRole

S, H, C, B = ClaimRole.STATEMENT, ClaimRole.HEADING, ClaimRole.CAPTION, ClaimRole.BOILERPLATE

BEFORE = "The council met on Monday to debate the plan."
AFTER = "The vote followed on Tuesday."


def claims_of(line: str, **meta):
    return split_claims(Article("a", "a.txt", f"{BEFORE}\n{line}\n{AFTER}\n", **meta))[1:-1]


# Line prefixes (noise.yaml line_prefix): furniture that opens a line is a claim of its own,
# and the sentence after it starts where the text proper starts.
# (id, line, the prefix cut off, the first sentence after it)
PREFIXES = [
    ("wire-dateline-with-date", "BRENMOOR, March 9 (Coastwire) - A barge sank off the pier on Saturday.",
     "BRENMOOR, March 9 (Coastwire) -", "A barge sank off the pier on Saturday."),
    ("wire-dateline-with-state", "ALDER FALLS, Ore. — Two bridges closed after the flood.",
     "ALDER FALLS, Ore. —", "Two bridges closed after the flood."),
    ("press-release-dateline", "TOLLAND, Feb. 6, 2024 /Newsline/ -- Ferrow Inc. reported higher sales.",
     "TOLLAND, Feb. 6, 2024 /Newsline/ --", "Ferrow Inc. reported higher sales."),
    ("title-case-dateline-glued", "Brenmoor/Tolland, Mar 9 (Coastwire) The toll from the flood rose to 14.",
     "Brenmoor/Tolland, Mar 9 (Coastwire)", "The toll from the flood rose to 14."),
    ("title-case-dateline-dash", "Port Ellan, March 9 (Coastwire) - A barge sank off the pier on Saturday.",
     "Port Ellan, March 9 (Coastwire) -", "A barge sank off the pier on Saturday."),
    ("live-timestamp-24h-zone", "14:02 GMT The coastguard says the crew is safe.",
     "14:02 GMT", "The coastguard says the crew is safe."),
    ("live-timestamp-pm-zone-colon", "2:15 p.m. ET: The mayor has arrived at the site.",
     "2:15 p.m. ET:", "The mayor has arrived at the site."),
    ("live-timestamp-dash", "10:30 — Traffic is moving again on the ring road.",
     "10:30 —", "Traffic is moving again on the ring road."),
    ("date-stamp", "date 2024-03-09 The barge had left the yard at dawn.",
     "date 2024-03-09", "The barge had left the yard at dawn."),
    ("updated-stamp", "Updated 14:02 GMT Crews worked through the night.",
     "Updated 14:02 GMT", "Crews worked through the night."),
    # A page that indents its first line: the stamp is still the line's opening.
    ("indented-date-stamp", "  date 2024-03-09 The barge had left the yard at dawn.",
     "date 2024-03-09", "The barge had left the yard at dawn."),
]


@pytest.mark.parametrize("name, line, prefix, first", PREFIXES, ids=[r[0] for r in PREFIXES])
def test_furniture_opening_a_line_is_cut_off(name, line, prefix, first):
    claims = claims_of(line)
    assert claims[0].text == prefix and claims[0].role is not S
    assert claims[1].text == first and claims[1].role is S


def test_stamps_glued_before_a_dateline_are_cut_off_one_by_one():
    line = "Updated 14:02 GMT BRENMOOR, March 9 (Coastwire) - A barge sank off the pier."
    assert [(c.text, c.role is S) for c in claims_of(line)] == [
        ("Updated 14:02 GMT", False), ("BRENMOOR, March 9 (Coastwire) -", False),
        ("A barge sank off the pier.", True)]


# Look-alikes that are the text proper: nothing is cut off.
NOT_PREFIXES = [
    ("acronym-subject", "NATO said on Monday it would send two ships."),
    ("time-as-subject", "10:30 was the hour the market opened."),
    ("capitals-without-dash", "BRENMOOR was quiet on Saturday, residents said."),
    ("title-case-place-and-day", "Brenmoor, March 9 was the day the barge sank (Coastwire said)."),
    ("title-case-place-without-agency", "Tolland, March 9 was cold, and the harbour froze."),
]


@pytest.mark.parametrize("name, line", NOT_PREFIXES, ids=[r[0] for r in NOT_PREFIXES])
def test_text_that_only_looks_like_a_prefix_stays_whole(name, line):
    assert [c.text for c in claims_of(line)] == [line]


# The dateline names where and when the copy was filed, not where or when the event happened,
# and its agency is no party to it: two reports of one event do not disagree over it.
# (id, one report's line, the other's)
SANK = "A barge carrying grain sank in Tolland harbour, the harbour master said."
DATELINES = [
    ("filing-day-is-not-the-event-day", "BRENMOOR, March 9 (Coastwire) - " + SANK,
     "A barge carrying grain sank in Tolland harbour on March 8, the harbour master said."),
    ("agencies-are-not-entities", "BRENMOOR, March 9 (Coastwire) - " + SANK,
     "TOLLAND, March 9 (Harbourwire) - " + SANK),
]


@pytest.mark.parametrize("name, a, b", DATELINES, ids=[r[0] for r in DATELINES])
def test_a_dateline_is_not_compared(name, a, b):
    published = dt.date(2024, 3, 9)
    articles = [Article(i, f"{i}.txt", text + "\n", published=published) for i, text in (("a", a), ("b", b))]
    assert api.compare_articles(articles).discrepancies == ()


# No cut between a clock time and its time zone (noise.yaml unbroken); a clock time that ends a
# sentence still ends it. (id, text, sentences)
CLOCK_CUTS = [
    ("pm-zone", "The board met at 4:30 p.m. ET and voted twice.",
     ["The board met at 4:30 p.m. ET and voted twice."]),
    ("am-zone-words", "The polls opened at 7 a.m. Eastern time on Tuesday.",
     ["The polls opened at 7 a.m. Eastern time on Tuesday."]),
    ("pm-zone-abbreviation", "Trading halted at 3:10 p.m. GMT after the report.",
     ["Trading halted at 3:10 p.m. GMT after the report."]),
    ("sentence-ends-at-clock", "The last bus left at 11 p.m. Drivers went home.",
     ["The last bus left at 11 p.m.", "Drivers went home."]),
]


@pytest.mark.parametrize("name, text, expected", CLOCK_CUTS, ids=[r[0] for r in CLOCK_CUTS])
def test_a_clock_time_keeps_its_zone(name, text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


# A sentence end whose space the page lost with its paragraph break is still an end; an
# abbreviation, a decimal or a web address glued to a capital is not. (id, text, sentences)
GLUED_ENDS = [
    ("word-then-name", "She was jailed for ten years.Garrow spoke next.",
     ["She was jailed for ten years.", "Garrow spoke next."]),
    ("year-then-word", "The mill closed in 2016.During the trial, it was sold.",
     ["The mill closed in 2016.", "During the trial, it was sold."]),
    ("quotation-then-word", 'The judge said: "You knew what you were doing."Lena Voss wept.',
     ['The judge said: "You knew what you were doing."', "Lena Voss wept."]),
    ("abbreviation", "Gov.Tarrant signed the bill.", ["Gov.Tarrant signed the bill."]),
    ("decimal", "Output rose 3.5 percent in May.", ["Output rose 3.5 percent in May."]),
    ("web-address", "Read more at www.harwick.News today.", ["Read more at www.harwick.News today."]),
]


@pytest.mark.parametrize("name, text, expected", GLUED_ENDS, ids=[r[0] for r in GLUED_ENDS])
def test_a_sentence_end_without_its_space_still_ends_it(name, text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


# Whole lines that are page furniture. (id, line, the role of each of its sentences)
LINES = [
    # Date lines (noise.yaml date_line): when the page was published.
    ("date-and-time-line", "March 9, 2024 at 1:15 p.m.", [C]),
    ("weekday-date-time-line", "Sunday, April 14, 2024, 2:30 p.m.", [C]),
    ("abbreviated-month-line", "Feb. 6, 2024 at 5:48 p.m.", [C]),
    ("date-time-zone-line", "Feb. 6, 2024 6:02 p.m. ET", [C]),
    ("day-first-date-line", "9 March 2024, 14:02 GMT.", [C]),
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
    # A link with a few words before it: the words of its address are another page's slug.
    ("link-to-the-rest", "For the full story: https://www.harwick.example/news/voters-back", [B]),
    ("link-alone", "https://www.harwick.example/news/voters-back-plan", [B]),
    ("link-in-a-statement", "The council posted the figures at www.harwick.example/budget on Monday.", [S]),
    # A results box's labelled lists of names and numbers count per name, not as prose
    # figures.
    ("scorer-list-several-labels",
     "Harriers: (7) 14 Goals: T Oduya Kicks: Brannigan 2 Rovers: (3) 10 Kicks: Vell 3", [C]),
    ("scorer-list-minutes", "Harriers - Goals: T Oduya (12, 71). Kicks: Brannigan (30).", [C, C]),
]


@pytest.mark.parametrize("name, line, roles", LINES, ids=[r[0] for r in LINES])
def test_web_furniture_lines_have_their_role(name, line, roles):
    assert [c.role for c in claims_of(line)] == roles


# The headline repeated as the article's first line is a heading, however long.
# (id, text, title, role of the first line)
LONG = ("Grain barge sinks off Tolland pier as harbour crews race to contain spill "
        "and divers search the wreck for a missing crew member")
HEADLINES = [
    ("repeats-the-title", f"{BEFORE}\n{LONG}\n{AFTER}\n", LONG, [S, H, S]),
    ("first-line-headline", f"{LONG}\n{BEFORE}\n", None, [H, S]),
    ("first-line-sentence", f"{BEFORE}\n{AFTER}\n", None, [S, S]),
    ("title-words-inside-a-sentence", f"{LONG}, the harbour master said.\n{AFTER}\n", LONG, [S, S]),
]


@pytest.mark.parametrize("name, text, title, roles", HEADLINES, ids=[r[0] for r in HEADLINES])
def test_a_repeated_headline_is_a_heading(name, text, title, roles):
    assert [c.role for c in split_claims(Article("a", "a.txt", text, title=title))] == roles
