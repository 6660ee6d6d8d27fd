"""Specification of ``relate_facts``: how a value of one sentence relates to a value of another.

Each row is two made-up sentences (on topics other than the seed story), the publication
dates of their articles and the relation of their values. Every pair goes through both
ways the tools ask the question, which must agree:

- the compare path: ``classify.align_facts`` over two claims of two dated sources;
- the check path: ``check.align_facts`` with the first sentence as the claim checked and
  the second as the source's sentence; the claim is read as of the source's date.

Rows whose first sentence depends on its own date ("Friday", "this week") give both
sentences the same date, since ``check`` reads the claim as of the source's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import check, classify
from claimcheck.annotate import annotate
from claimcheck.corpus import Corpus
from claimcheck.facts import FactRelation, extract_facts
from claimcheck.lexicon import DEFAULT
from claimcheck.models import Claim, Fact
from claimcheck.relate import period, relate_facts

WED = dt.date(2026, 3, 11)  # a Wednesday
THU = dt.date(2026, 3, 12)

S, R, B, D, N = "same", "rounding", "compatible_bounds", "different", "incomparable"

ROWS = [
    # An approximate time of day is as round as its written minutes: "about 7:30" reaches a
    # quarter hour either side, "about 7:53" only its minute or two.
    ("The ferry docked at about 7:53 pm, the port said.", "The ferry docked at 7:48 pm, the port said.",
     WED, WED, D),
    ("The ferry docked at about 7:53 pm, the port said.", "The ferry docked at 7:52 pm, the port said.",
     WED, WED, R),
    ("The ferry docked at about 7:30 pm, the port said.", "The ferry docked at 7:40 pm, the port said.",
     WED, WED, R),
    # Parts of a day that run into each other agree ("evening" / "night"); others do not.
    ("The ferry ran aground on Wednesday evening, the port said.",
     "The ferry ran aground on Wednesday night, the port said.", None, None, S),
    ("The ferry ran aground on Wednesday morning, the port said.",
     "The ferry ran aground on Wednesday night, the port said.", None, None, D),
    # "As late as" a day bounds the time from above, as "by" that day does.
    ("Dockers may go back to work as late as March 12, the union said.",
     "Dockers must be back at work by March 12, the union said.", WED, WED, S),
    # The crew and the children aboard are two groups (``disjoint_groups``).
    ("All 14 crew got off the jet safely, officials said.",
     "There were eight children aboard the jet, officials said.", WED, WED, N),
    # ... and so are the members of the crew, counted as the crew, and the passengers.
    ("Two passengers were hurt when the jet landed, officials said.",
     "Six crew members were hurt when the jet landed, officials said.", WED, WED, N),
    # The three pairs on which compare and check used to disagree.
    ("About 600 people were evacuated from the riverside campsite.",
     "More than 400 people were evacuated from the riverside campsite.", WED, WED, B),
    ("The landslide caused 34 deaths in the hill villages.",
     "The landslide left 38 dead in the hill villages.", WED, WED, D),
    ("Winds of up to 45 mph battered the coastal ridge overnight.",
     "Winds of 45 mph battered the coastal ridge overnight.", WED, WED, S),
    # Percentages.
    ("Turnout in the borough election reached 62% this spring.",
     "Turnout in the borough election reached 62 per cent this spring.", WED, THU, S),
    ("Unemployment in the province fell to 4.1% in the spring survey.",
     "Unemployment in the province fell to 4% in the spring survey.", WED, THU, R),
    ("Unemployment in the province fell to 4.1% in the spring survey.",
     "Unemployment in the province fell to 5.3% in the spring survey.", WED, THU, D),
    ("Approval of the canal plan stood at about 12% among farmers.",
     "Approval of the canal plan stood at 11.9% among farmers.", WED, THU, R),
    # A range is told to the finer of its ends: "zero to 0.3%" holds no -0.4%.
    ("The Tarnian bank's deposit rate stood at minus 0.4 percent.",
     "The Tarnian bank's deposit rate stood in a range of zero to 0.3 percent.", WED, WED, D),
    ("The Tarnian bank's deposit rate stood at 0.15 percent.",
     "The Tarnian bank's deposit rate stood in a range of zero to 0.3 percent.", WED, WED, B),
    # Money, and a bare sum written with a scale word.
    ("The brewery group agreed to pay $2.4 billion for the distillery.",
     "The brewery group agreed to pay 2.4bn for the distillery.", WED, THU, S),
    ("The brewery group agreed to pay $2.1 billion for the distillery.",
     "The brewery group agreed to pay 2.4bn for the distillery.", WED, THU, D),
    # One figure in two currencies is a currency got wrong; two figures may be one sum converted.
    ("The brewery group agreed to pay £40 million for the distillery.",
     "The brewery group agreed to pay $40 million for the distillery.", WED, THU, D),
    ("The brewery group agreed to pay £40 million for the distillery.",
     "The brewery group agreed to pay $52 million for the distillery.", WED, THU, N),
    ("The brewery board voted 7 times on the distillery purchase.",
     "The brewery board paid $1.2 billion on the distillery purchase.", WED, THU, N),
    # Counts: nouns of one class, of two classes, and one figure in other words.
    ("Five residents were rescued from the flooded basement by boat.",
     "Five people were rescued from the flooded basement by boat.", WED, THU, S),
    ("The blast at the glassworks left 12 injured on the night shift.",
     "The blast at the glassworks left 12 dead on the night shift.", WED, THU, N),
    ("The 1,200 nurses of the county trust began a walkout over rosters.",
     "The 1,200 staff of the county trust began a walkout over rosters.", WED, THU, S),
    ("The 1,200 nurses of the county trust began a walkout over rosters.",
     "The 1,300 staff of the county trust began a walkout over rosters.", WED, THU, N),
    # Lives taken, however the count is added to: a toll of the dead.
    ("The mudslide claimed an additional 17 lives in the valley.",
     "The mudslide killed an additional 19 people in the valley.", WED, THU, D),
    # An ordinal that names a part of a game ranks no thing: it is set against no minute.
    ("The winger was sent off for a first-half tackle on the keeper.",
     "The winger was sent off in the 31st minute for a tackle on the keeper.", WED, WED, N),
    # Durations.
    ("The ferry crossing was suspended for three days after the gale.",
     "The ferry crossing was suspended for 72 hours after the gale.", WED, THU, S),
    ("The ferry crossing was suspended for two weeks after the gale.",
     "The ferry crossing was suspended for ten days after the gale.", WED, THU, D),
    # Bounds and ranges.
    ("At least 300 volunteers joined the beach clean-up near the pier.",
     "More than 340 volunteers joined the beach clean-up near the pier.", WED, THU, B),
    ("Fewer than 50 volunteers joined the beach clean-up near the pier.",
     "80 volunteers joined the beach clean-up near the pier.", WED, THU, D),
    ("The tremor damaged between 30 and 40 homes in the lower valley.",
     "The tremor damaged 35 homes in the lower valley.", WED, THU, B),
    ("The tremor damaged between 30 and 40 homes in the lower valley.",
     "The tremor damaged 55 homes in the lower valley.", WED, THU, D),
    ("About 600 spectators watched the regatta from the harbour wall.",
     "Some 600 spectators watched the regatta from the harbour wall.", WED, THU, S),
    # Two approximations: one round figure and a finer one it rounds to is rounding; two
    # estimates near two values are two figures.
    ("About 300 spectators watched the regatta from the harbour wall.",
     "About 310 spectators watched the regatta from the harbour wall.", WED, THU, R),
    ("Nearly 370 spectators watched the regatta from the harbour wall.",
     "Nearly 310 spectators watched the regatta from the harbour wall.", WED, THU, D),
    ("About 2,000 spectators watched the regatta from the harbour wall.",
     "About 2,500 spectators watched the regatta from the harbour wall.", WED, THU, D),
    # Dates, weekdays and relative dates.
    ("The orchard festival opens on 14 March 2026 in the market square.",
     "The orchard festival opens on March 14 in the market square.", WED, THU, S),
    ("The bridge inspection is scheduled for March 13 by the county engineers.",
     "The bridge inspection is scheduled for Friday by the county engineers.", THU, WED, S),
    ("The bridge inspection is scheduled for March 12 by the county engineers.",
     "The bridge inspection is scheduled for Friday by the county engineers.", THU, WED, D),
    ("The lighthouse keeper retired on March 3 after forty years on the rock.",
     "The lighthouse keeper retired earlier this month after forty years on the rock.", THU, WED, B),
    ("The lighthouse keeper retired on February 27 after forty years on the rock.",
     "The lighthouse keeper retired this week after forty years on the rock.", THU, WED, D),
    ("The glider pilot landed safely on March 10 in a barley field.",
     "The glider pilot landed safely yesterday in a barley field.", THU, WED, S),
    ("The museum annexe reopens later this week after repairs to the roof.",
     "The museum annexe reopens this week after repairs to the roof.", WED, WED, S),
    ("The tram line extension opened in 2019 after years of delay.",
     "The tram line extension opened in November 2019 after years of delay.", WED, THU, R),
    ("The tram depot opens in the third quarter of 2026 after the upgrade.",
     "The tram depot opens later this year after the upgrade.", THU, WED, B),
    # A month and a day in it: one time, once told to the day (as a year and a month in it).
    ("The tram depot opened in September after years of delay.",
     "The tram depot opened on September 12 after years of delay.", WED, THU, R),
    ("The ferry pier collapsed in March 2021 during a gale.",
     "The ferry pier collapsed on March 9, 2021 during a gale.", WED, THU, R),
    # A score is one value, compared only with another score.
    ("The hosts led the hurling final 17-13 at the interval.",
     "The hosts led the hurling final 17-11 at the interval.", WED, WED, D),
    ("The hosts won the hurling final 17-13 at the county ground.",
     "The visitors lost the hurling final 13-17 at the county ground.", WED, WED, S),
    ("The hosts led the hurling final 17-13 at the interval.",
     "The hosts scored 17 in the hurling final at the interval.", WED, WED, N),
    # ... and a scoreline only with one of as many sets: one set's score is no line of three.
    ("Lind won the title 6-4 3-6 7-5 on the clay court.",
     "Lind broke serve at 5-5 in the third set on the clay court.", WED, WED, N),
    ("Lind won the title 6-4 3-6 7-5 on the clay court.",
     "Lind won the title 6-4 3-6 7-6 on the clay court.", WED, WED, D),
    # Counts whose noun is elided are counts of what the predicate says.
    ("Four people were missing on the glacier after the storm, the rescuers said.",
     "Six were still missing on the glacier after the storm, the rescuers said.", WED, WED, D),
    # A count listed by parts is its total.
    ("The clerk was convicted on six counts of fraud by the court in Tarvel.",
     "The clerk was convicted on four counts of fraud and two counts of theft by the court in Tarvel.",
     WED, WED, S),
    # An approximate time of day is the time to the half hour.
    ("The ferry left the harbour at 9:18 am with the mail.",
     "The ferry left the harbour around 9:15 a.m. with the mail.", WED, WED, R),
    ("The ferry left the harbour at 10:18 am with the mail.",
     "The ferry left the harbour around 9:15 a.m. with the mail.", WED, WED, D),
    # "A dozen" is twelve give or take a few, not anything from six to eighteen.
    ("Seven pupils were on the school bus when it slid off the road.",
     "About a dozen pupils were on the school bus when it slid off the road.", WED, THU, D),
    ("Eleven pupils were on the school bus when it slid off the road.",
     "About a dozen pupils were on the school bus when it slid off the road.", WED, THU, R),
    # Counts of two groups no one belongs to twice are two counts, not two values of one.
    ("The ferry carried 68 passengers when it ran aground off the cape.",
     "The ferry carried 12 crew when it ran aground off the cape.", WED, THU, N),
    ("Nine children boarded the ferry before it ran aground off the cape.",
     "Five adults boarded the ferry before it ran aground off the cape.", WED, THU, N),
    ("Rescuers recovered the bodies of 61 residents from the rubble of the hill villages.",
     "The army sent 3,000 soldiers into the rubble of the hill villages.", WED, WED, N),
    # A date given as a bound: two deadlines on one side are two limits; a date within a
    # deadline is a vaguer time of it, not the same date rounded.
    ("The port plans to phase out diesel cranes by 2030, its board said.",
     "The port plans to phase out diesel cranes by 2034, its board said.", WED, THU, D),
    ("The port plans to phase out diesel cranes by 2030, its board said.",
     "The port plans to phase out diesel cranes in 2028, its board said.", WED, THU, B),
    ("The port plans to phase out diesel cranes by 2030, its board said.",
     "The port plans to phase out diesel cranes in 2031, its board said.", WED, THU, D),
    # A time told as so long after an event is that length of time, whenever either article was
    # written: "about 14 hours later" is no "eight hours after the first".
    ("A second tremor shook Tarnby about 14 hours later, the agency said.",
     "A second tremor shook Tarnby some eight hours after the first, the agency said.", WED, THU, D),
    ("Two days later, a second tremor shook Tarnby, the agency said.",
     "Some 48 hours later, a second tremor shook Tarnby, the agency said.", WED, THU, R),
]


def _claim(text: str, source: str) -> Claim:
    return Claim(source, 0, text, 0, len(text), facts=extract_facts(text))


def _first(text: str) -> Fact:
    return extract_facts(text)[0]


def compare_path(a: str, b: str, published_a: dt.date, published_b: dt.date) -> FactRelation:
    """The relation compare finds between the two sentences' values (their first facts)."""
    ctx = classify.Context(Corpus((), {"one": published_a, "two": published_b}))
    fa = _first(a)
    found = [rel for x, _, rel in classify.align_facts(_claim(a, "one"), _claim(b, "two"), ctx) if x == fa]
    return found[0] if found else FactRelation.INCOMPARABLE


def check_path(a: str, b: str, published_b: dt.date) -> FactRelation:
    """The relation check finds between the claim's value and the source sentence's."""
    claim = check.profile(annotate(_claim(a, check.CLAIM_SOURCE)), DEFAULT, checked=True)
    evidence = check.profile(annotate(_claim(b, "two")), DEFAULT)
    fa = _first(a)
    matches, _ = check.align_facts(claim, evidence, Corpus((), {"two": published_b}), published_b)
    found = [m.relation for m in matches if m.claim_fact.start == fa.start]
    return found[0] if found else FactRelation.INCOMPARABLE


def test_the_table_covers_every_relation():
    assert len(ROWS) >= 25
    assert {row[-1] for row in ROWS} == {r.value for r in FactRelation}


@pytest.mark.parametrize("a, b, published_a, published_b, expected", ROWS)
def test_relate_facts(a, b, published_a, published_b, expected):
    assert relate_facts(_first(a), _first(b), published_a, published_b).value == expected


@pytest.mark.parametrize("a, b, published_a, published_b, expected", ROWS)
def test_compare_and_check_give_the_same_relation(a, b, published_a, published_b, expected):
    compared, checked = compare_path(a, b, published_a, published_b), check_path(a, b, published_b)
    assert (compared.value, checked.value) == (expected, expected)


def test_relate_is_symmetric_on_the_table():
    for a, b, published_a, published_b, expected in ROWS:
        assert relate_facts(_first(b), _first(a), published_b, published_a).value == expected, (a, b)


# A relative day is placed by its own article's date: "tomorrow" written on Wednesday is "today"
# written on Thursday; in an undated article it is no known day, to be compared with none.
@pytest.mark.parametrize("published_a, published_b, expected", [
    (WED, THU, S), (WED, WED, D), (WED, None, N), (None, None, N)])
def test_relative_days_are_placed_by_their_own_articles(published_a, published_b, expected):
    a, b = "The harbour board votes on the levy tomorrow.", "The harbour board votes on the levy today."
    assert relate_facts(_first(a), _first(b), published_a, published_b).value == expected
    assert relate_facts(_first(b), _first(a), published_b, published_a).value == expected
    assert compare_path(a, b, published_a, published_b).value == expected


@pytest.mark.parametrize("text, first, last", [
    ("The shop closed this week.", dt.date(2026, 3, 9), dt.date(2026, 3, 15)),
    ("The shop closed earlier this week.", dt.date(2026, 3, 9), WED),
    ("The shop closes later this month.", WED, dt.date(2026, 3, 31)),
    ("The shop closed last year.", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
])
def test_period_spans_the_days_a_relative_time_names(text, first, last):
    assert period(_first(text), WED) == (first, last)


@pytest.mark.parametrize("text", ["The shop closed on Monday.", "The shop closed yesterday.", "It cost $5."])
def test_a_day_is_no_period(text):
    assert period(_first(text), WED) is None


@pytest.mark.parametrize("a, b, expected", [
    # The ordinal of a run's last step is the run's length (check pairs them; compare's
    # alignment does not yet set an ordinal beside a count).
    ("The board raised its rate for the ninth consecutive session.",
     "The board has raised its rate in nine consecutive sessions.", S),
    ("The board raised its rate for the ninth time in a row.",
     "The board has raised its rate in eight straight sessions.", D),
    ("The board raised its rate for the ninth time.", "The board has raised its rate in nine sessions.", N),
])
def test_a_run_is_told_by_its_last_step_or_its_length(a, b, expected):
    assert relate_facts(_first(a), _first(b)).value == expected
    assert relate_facts(_first(b), _first(a)).value == expected


@pytest.mark.parametrize("a, b, expected", [
    # A month named without its year is of the year nearest the article's date.
    ("Prices rose in April.", "Prices will fall in the second quarter of 2027.", D),
    ("Prices rose in June.", "Prices rose in June 2027.", D),
    ("Prices rose in June.", "Prices rose in June 2026.", S),  # guard: the article's year
])
def test_a_month_without_its_year_is_of_the_article_s_year(a, b, expected, monkeypatch):
    from claimcheck import relate

    assert relate_facts(_first(a), _first(b), WED, WED).value == expected
    if expected == D:
        monkeypatch.setattr(relate, "_years_apart", lambda *args: False)
        relate_facts.cache_clear()
        try:
            assert relate_facts(_first(a), _first(b), WED, WED).value != expected
        finally:
            relate_facts.cache_clear()


# Compatible amounts a step apart tell one amount two ways: no finding. A bound and a figure
# well past it, two bounds on one side, and times are weighed still.
NEARBY = [
    ("More than 4,000 dockers walked out.", "Roughly 4,100 dockers walked out.", True),
    ("He must repay more than $2.3 million.", "He must repay almost $2.4 million.", True),
    ("More than 30 dockers walked out.", "Some 38 dockers walked out.", False),
    # A floor at the round figure an exact one was rounded down to, within half its last step.
    ("Tarco shares traded more than 20% higher.", "Tarco shares traded 21.4% higher.", True),
    ("More than 300 dockers walked out.", "Exactly 342 dockers walked out.", True),
    ("More than 300 dockers walked out.", "Exactly 372 dockers walked out.", False),
    ("At least 10 dockers were hurt.", "Exactly 13 dockers were hurt.", False),
    ("Ferry fares will rise by just under 3% in the spring.",
     "Ferry fares will rise by 2.9% in the spring.", False),
    # Two floors, the coarser at the round figure the finer was rounded down to: one limit told
    # coarser. Floors further apart, and ceilings, stay two limits.
    ("More than 4,000 dockers walked out.", "More than 4,100 dockers walked out.", True),
    ("More than 4,000 dockers walked out.", "At least 4,012 dockers walked out.", True),
    ("More than 20 dockers walked out.", "More than 40 dockers walked out.", False),
    ("More than 3,100 dockers walked out.", "More than 31,000 dockers walked out.", False),
    ("The ferry ran aground after 6:40 am.", "The ferry ran aground at about 6:50 am.", False),
    # A floor and a figure told about the next round figure up, close by, tell one amount.
    ("The panel sat for more than 17 hours.", "The panel sat for nearly 18 hours.", True),
    ("More than 500 dockers walked out.", "Almost 600 dockers walked out.", False),
    ("The panel sat for more than 17 hours.", "The panel sat for about 19 hours.", False),
    # A figure in a scale word is told to a part of its scale: "a dozen" holds 13.
    ("A dozen hikers were missing on the ridge.", "At least 13 hikers were missing on the ridge.", True),
    ("12 hikers were missing on the ridge.", "At least 13 hikers were missing on the ridge.", False),  # guard
    ("A dozen hikers were missing on the ridge.", "At least 16 hikers were missing on the ridge.", False),
]


@pytest.mark.parametrize("a, b, expected", NEARBY)
def test_compatible_amounts_a_step_apart_are_nearby(a, b, expected):
    from claimcheck.relate import nearby

    fa, fb = extract_facts(a)[0], extract_facts(b)[0]
    assert relate_facts(fa, fb) in (FactRelation.COMPATIBLE_BOUNDS, FactRelation.DIFFERENT)
    assert nearby(fa, fb) is expected


def test_nearby_amounts_make_no_finding(monkeypatch):
    from claimcheck.models import Cluster
    from tests.test_detectors import claim, context

    a, b = NEARBY[0][:2]

    def found() -> list:
        cluster = Cluster("c1", (claim(a, "one"), claim(b, "two")), 80.0)
        return list(classify.fact_conflicts_in_cluster(cluster, context()))
    assert found() == []
    monkeypatch.setattr(classify, "nearby", lambda *args: False)
    assert found()


@pytest.mark.parametrize("text, past", [
    # A period past when the article was written places its act weeks before; one that holds
    # the article's day, or a week just gone, does not; nor a day to come.
    ("The ferry line lost the contract last month.", True),
    ("The ferry line lost the contract three months ago.", True),
    ("The ferry line lost the contract in January.", True),
    ("The ferry line lost the contract earlier this year.", False),
    ("The ferry line lost the contract last week.", False),
    ("The ferry line will lose the contract in June.", False),
    ("The ferry line lost the contract at 09:45.", False),
])
def test_how_far_back_a_clause_dates_its_act(text, past):
    from claimcheck.annotate import annotate
    from claimcheck.relate import PAST_ACT_DAYS, days_before
    from tests.test_detectors import claim

    sentence = annotate(claim(text, "one"))
    assert (days_before(sentence, text.index("lost" if "lost" in text else "lose"), dt.date(2026, 5, 6))
            > PAST_ACT_DAYS) is past


@pytest.mark.parametrize("a, b", [
    ("The rocks formed 4 billion years ago.", "The rocks formed 65 million years ago."),
    ("The signal left 900 billion seconds ago.", "The signal left 3 days ago."),
])
def test_a_time_ago_before_any_calendar_day_is_compared_without_a_day(a, b):
    # "4.5 billion years ago" names no calendar day: reading one must not fail the run.
    fa, fb = extract_facts(a)[0], extract_facts(b)[0]
    assert relate_facts(fa, fb, WED, WED) is FactRelation.DIFFERENT


def _moves(text):
    from claimcheck.check import read_claim

    sentence = read_claim(text)
    return sentence, sentence.outcomes[0]


def test_a_thing_named_in_another_act_s_clause_is_no_thing_an_outcome_moves(monkeypatch):
    import re

    from claimcheck import relate
    from claimcheck.relate import same_thing_moves

    fell = _moves("More than 9 inches of rain fell overnight, sending the Tarn river to a record level.")
    surged = _moves("The Tarn river surged from 5 feet to nearly 24 feet by dawn, the weather service said.")
    assert not same_thing_moves(*fell, *surged)
    # (The thing an outcome's own clause names, its object, still counts: "approved an amendment".)
    approved = _moves("The Vell council approved an amendment to the harbour bill.")
    failed = _moves("The amendment to the harbour bill failed in the Vell council.")
    assert same_thing_moves(*approved, *failed)
    monkeypatch.setattr(relate, "_PARTICIPLE_CLAUSE", re.compile(r"(?!)"))
    assert same_thing_moves(*fell, *surged)


@pytest.mark.parametrize("a, b, published, expected", [
    # "by Monday" is a bound: no week places it against another weekday, and its own weekday is
    # within it.
    ("By Monday the toll had risen to 40.", "On Sunday the toll stood at 30.", None, N),
    ("By Monday the toll had risen to 40.", "On Sunday the toll stood at 30.", WED, N),
    ("By Tuesday all warnings had been lifted.", "On Tuesday all warnings were lifted.", None, B),
    # ... but not a weekday that owns what follows it, which dates that: "after Monday's vote".
    ("Talks resumed after Monday's vote.", "Talks resumed on Tuesday.", None, D),
])
def test_a_weekday_bound_is_no_day(a, b, published, expected):
    assert relate_facts(_first(a), _first(b), published, published).value == expected


@pytest.mark.parametrize("local, other, relation", [
    # "local time" is the place's own clock: no reading of a named zone's, whatever the digits,
    # but one reading with a time told with no zone.
    ("It struck at 11:05 pm local time.", "It struck at 23:05 GMT.", FactRelation.INCOMPARABLE),
    ("It struck at 11:05 pm local time.", "It struck at 11:05 pm.", FactRelation.SAME),
])
def test_a_local_time_is_read_on_the_places_own_clock(local, other, relation):
    from claimcheck.check import read_claim

    assert relate_facts(read_claim(local).facts[0], read_claim(other).facts[0], None, None) is relation


@pytest.mark.parametrize("open_, other, relation", [
    # A time on the 12-hour face with no half of the day may be either half: it is read in the
    # other's, "4:25" with "4:25 pm".
    ("The ferry sank at around 4:25 local time.", "The ferry sank at about 4:25 pm local time.",
     FactRelation.SAME),
    ("The ferry sank at 6:40 local time.", "The ferry sank at 6:40 pm.", FactRelation.SAME),
    # A half told ("in the morning"), or a 24-hour reading ("05:15", "17:15"), is no open face.
    ("The ferry sank at 5:15 in the morning.", "The ferry sank at 5:15 pm.", FactRelation.DIFFERENT),
    ("The ferry sank at 04:25 local time.", "The ferry sank at about 4:25 pm local time.",
     FactRelation.DIFFERENT),
    ("The ferry sank at 6:40 local time.", "The ferry sank at 9:10 pm.", FactRelation.DIFFERENT),
    # ... nor is one whose half the part of the day tells ("on Friday morning").
    ("The ferry sank at 7.50 on Friday morning.", "The ferry sank at 7:50 pm.", FactRelation.DIFFERENT),
])
def test_a_time_with_no_half_of_the_day_is_read_in_the_others_half(open_, other, relation, monkeypatch):
    from claimcheck import facts
    from claimcheck.check import read_claim

    a, b = read_claim(open_).facts[0], read_claim(other).facts[0]
    assert relate_facts(a, b, None, None) is relation
    assert relate_facts(b, a, None, None) is relation
    if relation is FactRelation.SAME:
        monkeypatch.setattr(facts, "_half_day_read", lambda fact, other: fact)
        assert facts.compare_facts(a, b) is not relation
