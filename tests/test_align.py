"""Specification of ``align.align``: which value of one sentence is a value of the same
thing as which value of another.

Each row is two made-up sentences, the values of each that are paired and how they
relate. Every row goes through both callers, which must agree:

- compare: ``classify.align_facts`` over two claims of two sources of one date;
- check: ``check.align_facts`` with the first sentence as the claim checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from claimcheck import align, check, classify, measures, relate
from claimcheck import annotate as annotate_module
from claimcheck import corpus as corpus_module
from claimcheck import facts as facts_module
from claimcheck.annotate import annotate
from claimcheck.corpus import Corpus
from claimcheck.facts import extract_facts
from claimcheck.lexicon import DEFAULT
from claimcheck.models import Claim

DAY = dt.date(2026, 5, 6)

S, R, B, D = "same", "rounding", "compatible_bounds", "different"

ROWS = [
    # One value each, of one thing.
    ("The orchard cooperative sold 4,000 crates of pears this autumn.",
     "The orchard cooperative sold 4,500 crates of pears this autumn.",
     [("4,000 crates", "4,500 crates", D)]),
    ("Ticket prices at the aquarium rose 8% after the refit.",
     "Ticket prices at the aquarium rose 8 per cent after the refit.", [("8%", "8 per cent", S)]),
    ("The glacier retreated 31.6% over the decade, survey teams found.",
     "The glacier retreated 32% over the decade, survey teams found.", [("31.6%", "32%", R)]),
    ("The ferry operator will spend $120 million on two hybrid vessels.",
     "The ferry operator will spend $95 million on two hybrid vessels.",
     [("$120 million", "$95 million", D), ("two hybrid vessels", "two hybrid vessels", S)]),
    ("At least 200 runners finished the moorland relay before dusk.",
     "Some 260 runners finished the moorland relay before dusk.",
     [("At least 200 runners", "Some 260 runners", B)]),
    # Two values of a kind line up in order.
    ("Yields rose 14% on the terraced plots and 6% on the valley plots.",
     "Yields rose 15% on the terraced plots and 6% on the valley plots.",
     [("14%", "15%", D), ("6%", "6%", S)]),
    # A date of the same act, and a weekday read against the day it names.
    ("The observatory reopens to visitors on 9 May after the dome repairs.",
     "The observatory reopens to visitors on 12 May after the dome repairs.", [("9 May", "12 May", D)]),
    ("The observatory reopens to visitors on 8 May after the dome repairs.",
     "The observatory reopens to visitors on Friday after the dome repairs.", [("8 May", "Friday", S)]),
    # Values of two things: no pair.
    ("The quarry employs 85 workers and ships gravel to the coast.",
     "The quarry ships gravel to the coast in 40 lorries a day.", []),
    ("The library fund raised £30,000 for new shelving this year.",
     "The library fund raised 30% more than the parish had hoped.", []),
    # The day a span starts and the day it ends are two days.
    ("The hosepipe ban is set to begin on 2 June in the northern valleys.",
     "The hosepipe ban is set to expire on 30 June in the northern valleys.", []),
    # A date that opens a period is no day within it.
    ("River levels have fallen since Monday at the weir, wardens said.",
     "River levels had fallen on Tuesday at the weir, wardens said.", []),
    # The same value twice, once as a bound.
    ("Gusts of up to 70 mph toppled trees along the ridge road.",
     "Gusts of 70 mph toppled trees along the ridge road.", [("up to 70 mph", "70 mph", S)]),
    # A duration in other units.
    ("The canal towpath stays shut for two weeks while the lock is rebuilt.",
     "The canal towpath stays shut for 14 days while the lock is rebuilt.", [("two weeks", "14 days", S)]),
    # A vague amount against a figure.
    ("Dozens of volunteers rebuilt the dry-stone wall on the fell.",
     "Forty volunteers rebuilt the dry-stone wall on the fell.",
     [("Dozens of volunteers", "Forty volunteers", B)]),
    # Two counts of one class, and a count of another class beside them.
    ("The storm left 3 dead and 20 injured in the harbour district.",
     "The storm left 4 dead and 20 injured in the harbour district.",
     [("3 dead", "4 dead", D), ("20 injured", "20 injured", S)]),
    # Clock readings: a time taken, and a time of day with its half of the day.
    ("Ines Aro won the fell race in 1:52:07 on a wet course.",
     "Ines Aro won the fell race in 1:52:40 on a wet course.", [("1:52:07", "1:52:40", D)]),
    ("The relief convoy crossed the bridge at 9:15 p.m. under escort.",
     "The relief convoy crossed the bridge at 9:15 a.m. under escort.", [("9:15 p.m.", "9:15 a.m.", D)]),
    # A time of day is the time of an act: two acts' times are two values.
    ("The choir's coach left the depot at 6:10 a.m. with the singers aboard.",
     "The choir's coach reached the border at 9:40 a.m. with the singers aboard.", []),
    # A time of day is no value among the sentence's numbers: the magnitude is the only one.
    ("A magnitude 5.9 tremor hit the valley at 2:10 a.m.",
     "Seismologists later put its magnitude at 5.6.", [("5.9", "5.6", D)]),
    # A scale glued after its reading ("a 6.3-magnitude quake") is no noun it counts: the
    # reading is one of the same measure as "magnitude 5.9".
    ("A magnitude 5.9 tremor hit the valley at dawn.",
     "A 6.3-magnitude tremor hit the valley at dawn.", [("5.9", "6.3", D)]),
    # A day fixed in other words ("set for" / "scheduled for") is the day of one act.
    ("A tentative sentencing date for Ola Vell was set for April 9, 2027.",
     "Ola Vell plans to fight on, and her sentencing is scheduled for April 9, 2026.",
     [("April 9, 2027", "April 9, 2026", D)]),
    # A figure placed in one place is no value of a figure placed in another, where a sentence
    # tells the two places apart: it names both, or places another figure in the other's.
    ("Flooding killed 92 people in Harrowgate, while Lenby counted its own dead.",
     "In the nearby Lenby district, 37 people died in the flooding.", []),
    ("Officials counted 34 dead in their own district and 35 dead in neighbouring Lenby.",
     "In the nearby Lenby district, 37 people died.", [("35 dead", "37 people", D)]),
    ("The floods killed 400 people in Carvale, officials said.",
     "The floods left 150 dead outside Carvale and 1,300 dead in Carvale.",
     [("400 people", "1,300 dead", D)]),
    ("The floods killed 400 people outside Carvale, officials said.",
     "The floods left 1,300 dead in Carvale and 150 dead outside Carvale.", [("400 people", "150 dead", D)]),
    # ... "in X's northern city of Y" places in Y; and two outlets naming one place each do not
    # tell which is which (a county and a town in it may be one scene).
    ("The floods killed 4,800 people in Norland's northern city of Carvale, officials said.",
     "The floods killed 4,500 people in Carvale, officials said.", [("4,800 people", "4,500 people", D)]),
    ("The blaze destroyed 300 homes in Redfield County, officials said.",
     "The blaze destroyed 320 homes near Ashby, officials said.", [("300 homes", "320 homes", D)]),
    # A figure placed at a moment of an event is a value at that moment: two moments, two
    # values (a score, a lap's gap, a quarter's revenue); a score placed at a moment is no
    # report of the score given at none (the result). One moment twice is one value.
    ("The Harriers went into half-time with a 14-7 lead over the Rovers in the cup final.",
     "The Harriers held a 10-7 lead over the Rovers in the 31st minute of the cup final.", []),
    ("The Harriers held a 21-17 lead over the Rovers in the cup final.",
     "The Harriers held a 10-7 lead over the Rovers at the end of the opening quarter of the cup final.", []),
    ("The Harriers held a 14-7 lead over the Rovers at half-time in the cup final.",
     "The Harriers held a 14-10 lead over the Rovers at the break in the cup final.", [("14-7", "14-10", D)]),
    # A score told as a lead at no moment named is a score of some moment, not the result, and
    # two such leads of two values are two moments; "at the half" names half-time.
    ("The Harriers took a 3-0 lead over the Rovers in the cup final.",
     "The Harriers took a 17-10 lead over the Rovers in the cup final.", []),
    ("The Harriers beat the Rovers 31-27 in the cup final.",
     "The Harriers trailed the Rovers 20-13 at the half in the cup final.", []),
    ("The Harriers beat the Rovers 31-27 in the cup final.",
     "The Harriers beat the Rovers 31-24 in the cup final.", [("31-27", "31-24", D)]),  # guard
    ("Quarry revenue rose to $40 million in the third quarter, the owners said.",
     "Quarry revenue rose to $35 million in the second quarter, the owners said.", [("third", "second", D)]),
    ("After 40 laps the lead car was 12 seconds clear of the pack at the ring.",
     "After 55 laps the lead car was 4 seconds clear of the pack at the ring.", [("40 laps", "55 laps", D)]),
    # Percentages of two measures each sentence names, none in common (a bank's rate and
    # inflation), are two values.
    ("The central bank of Norland has raised its benchmark rate ten times in a row, taking it to the current "
     "6.5%.",
     "To bring down inflation in Norland, currently at 8.2%, the central bank will have to keep going.", []),
    # Each sentence names who holds its figure, as the subject or possessor of the figure's
    # clause, and they are two entities: one firm's fines, another market's stalls.
    ("The fine follows that paid by Ray Montoya, the owner of Orla Mills, who was fined for three "
     "breaches of the permit.",
     "Dana Whitfield was fined for five breaches of the permit by the regulator.", []),
    # A name after a preposition or after "the" past the sentence's first word is an object
    # ("forced the X to turn back", "returned to Y"), not the subject holding the figure.
    ("The storm forced the Harbour Express to turn back to port, with 212 passengers on board.",
     "The ferry later returned to Portvale with 208 passengers on board, the operator said.",
     [("212 passengers", "208 passengers", D)]),
    ("The Harbour Market's 41 stalls were inspected by the council on Monday.",
     "The Valley Market's 9 stalls were inspected by the council on Monday.", [("Monday", "Monday", S)]),
    # Those an act befell and the homes it befell are two counts, whatever their figures.
    ("About 45 people were rescued from the flooded streets of Tarnby.",
     "About 45 households were rescued from the flooded streets of Tarnby.", []),
    ("About 45 people were rescued from the flooded streets of Tarnby.",
     "About 55 people were rescued from the flooded streets of Tarnby.",
     [("About 45 people", "About 55 people", D)]),
]


def _claim(text: str, source: str) -> Claim:
    return Claim(source, 0, text, 0, len(text), facts=extract_facts(text))


def _shown(pairs) -> list[tuple[str, str, str]]:
    return sorted((fa.raw, fb.raw, rel.value) for fa, fb, rel in pairs)


def compare_path(a: str, b: str) -> list[tuple[str, str, str]]:
    ctx = classify.Context(Corpus((), {"one": DAY, "two": DAY}))
    return _shown(classify.align_facts(_claim(a, "one"), _claim(b, "two"), ctx))

def _holds_only_with(monkeypatch, module, reading, stand_in, a, b, expected):
    """The row holds, and fails with the named reading of ``module`` switched off."""
    assert compare_path(a, b) == sorted(expected)
    monkeypatch.setattr(module, reading, stand_in)
    assert compare_path(a, b) != sorted(expected)



def check_path(a: str, b: str) -> list[tuple[str, str, str]]:
    claim = check.profile(annotate(_claim(a, check.CLAIM_SOURCE)), DEFAULT, checked=True)
    evidence = check.profile(annotate(_claim(b, "two")), DEFAULT)
    matches, _ = check.align_facts(claim, evidence, Corpus((), {"two": DAY}), DAY)
    return _shown((m.claim_fact, m.source_fact, m.relation) for m in matches)


def test_the_table_is_long_enough():
    assert len(ROWS) >= 15


@pytest.mark.parametrize("a, b, expected", ROWS)
def test_compare_aligns(a, b, expected):
    assert compare_path(a, b) == sorted(expected)


COMPARE_ONLY = {ROWS[10][0], ROWS[11][0], ROWS[18][0]}
"""Rows whose rule (the edges of a span, a date opening a period, the acts two times of day
time) ``align`` still applies to compare only: applied to check with the other date rules,
it lowered check's scores."""


@pytest.mark.parametrize("a, b, expected", [row for row in ROWS if row[0] not in COMPARE_ONLY])
def test_check_aligns_as_compare_does(a, b, expected):
    assert check_path(a, b) == compare_path(a, b) == sorted(expected)


@pytest.mark.parametrize("a, b, expected", [
    # The second figure of a comparison measures what the first does: two such figures are
    # of one thing only where the figures they are set against are (and the second group
    # of one comparison is not the first group of another).
    ("A year on, 44% of the tutored group passed the maths exam, compared with 20% of children taught in "
     "ordinary classes.",
     "Truancy fell sharply, by 35% on the scheme, versus 21% among children taught in ordinary classes.", []),
    # A date that ends the span a figure is of is no day of a happening.
    ("Ferry bookings rose to 9,000 in the six months to 30 April, the operator said.",
     "Ferry bookings rose to 9,000 on Tuesday, the operator said.",
     [("9,000", "9,000", S)]),
    # A day or a time is the time of an act: the verb that governs it ("decided on Thursday",
    # "on Saturday bought"), and what the verb is done to, say which; two acts' days are two
    # values, whatever the words the sentences share.
    ("The council decided on Thursday to sell the depot to the rail trust.",
     "The rail trust on Saturday bought the depot from the council.", []),
    ("The club launched its survey balloon at 9:10 am from the coastal field.",
     "The glider started its descent at 4:15 pm over the bay.", []),
    # ... one act told by one verb, or by another word for it, is timed twice; a verb far from
    # the time governs a phrase of its own.
    ("The glider started its descent at 4:40 pm, the club said.",
     "The glider started the descent at 4:15 pm, officials said.", [("4:40 pm", "4:15 pm", D)]),
    ("The breach was detected at about 2:50 a.m. on Sunday by night staff.",
     "Officials said the breach was discovered late Saturday night by night staff.",
     [("Sunday", "Saturday night", D)]),
    ("The two unions reached a draft pay accord, averting a walkout at the bus depots and the tram sheds, "
     "and setting the stage for a ballot of the members later this week.",
     "The draft pay accord sets the stage for a ballot of the members next week.",
     [("later this week", "next week", D)]),
    ("The two unions reached a draft pay accord after months of talks on shift patterns and overtime rates "
     "for the depot staff before a members' ballot later this week.",
     "The unions called a ballot of the depot staff next week on the draft pay accord.",
     [("later this week", "next week", D)]),
    # A bare year written into a noun phrase names which of several things is meant ("the
    # 2019 council election"), and a time a year or more back is another event's: neither is
    # a date of the story's event.
    ("The Greens won the 2024 council election in the river wards, the returning officer said.",
     "The Greens won more seats than they won in the 2019 council election in the river wards, the returning "
     "officer said.", []),
    ("The agency's lander touched down near the crater rim on Thursday after a long descent.",
     "The agency's first lander touched down near the crater rim nearly three years ago after a long "
     "descent.",
     []),
    # The grammar names the same thing measured in both ("the offer of 3%"): that noun ties two
    # values, as a noun counted does, however unlike the other words around them.
    ("Bus drivers called the depot's offer of 3% an insult.",
     "The company's offer of 5% over two years is well below the 11% the drivers want.",
     [("3%", "5%", D)]),
    # ... unless a word before the noun says which of its kind each is ("opening" / "final").
    ("Bus drivers called the depot's opening offer of 3% an insult.",
     "The company's final offer of 5% over two years is well below the 11% the drivers want.", []),
    # ... nor a value written into its noun ("a 20% levy") says which of the kind it is, as a
    # name would: two such are no two values of one thing for that noun alone.
    ("The quarrel over grain, which had prompted a 20% levy, dragged on.",
     "\"Nobody wants the 100% levies, or even 50%,\" the minister told reporters.", []),
    ("The dispute over timber, which had prompted a 15% duty, went on for months.",
     "\"We will not accept a 40% duty, nor 25%,\" the trade minister said.", []),
    # A name of many words fills one place of the words read around a value: the words past
    # it still say what the value is of.
    ("In the spring poll, 64% of residents backed the bypass plan.",
     "A Greater Ashford Ratepayers Association survey found 58 per cent of residents backed the plan.",
     [("64%", "58 per cent", D)]),
    # A figure a change has reached since a time ("have fallen since Monday morning") is of
    # later than the figure the other sentence gives at that time.
    ("On Monday morning, tests at the weir showed 0.9 ppm of nitrate downstream.",
     "Nitrate levels downstream of the weir have fallen since Monday morning, with the latest tests at 0.4 "
     "ppm.", []),
    ("On Tuesday, the queue at the border crossing stretched 12 km, drivers said.",
     "The queue at the border crossing has shrunk since Tuesday and stretched 5 km by the evening, drivers "
     "said.", []),
])
def test_compare_only_aligns(a, b, expected):
    assert compare_path(a, b) == sorted(expected)


@pytest.mark.parametrize("a, b, differ", [
    # A time no verb governs is the time of the noun phrase before it: the opening of a
    # season is another thing than a transfer becoming official, a runoff than a count.
    ("Rovers play the cup final on Saturday, with the opening of the league season not until next weekend.",
     "The transfer of the new striker did not become official until Saturday morning, the club said.", True),
    ("Counting continues in the capital, with the runoff between the two leaders not until next month.",
     "The electoral board published the final count on Monday, officials said.", True),
])
def test_a_time_without_a_verb_times_the_noun_before_it(a, b, differ):
    from claimcheck.align import _Side, _timed_acts_differ

    sa, sb = annotate(_claim(a, "one")), annotate(_claim(b, "two"))
    i, j = len(sa.facts) - 1, len(sb.facts) - 1
    corpus = Corpus((), {})
    assert _timed_acts_differ(_Side(sa, corpus), i, _Side(sb, corpus), j) is differ


DATED_ACTS = [
    # A date in brackets after a day writes that day again: it dates the act the day dates (a
    # fire), not the day a count had reached a figure.
    ("The barn burned down near the village late on Friday (June 9, 2023), firefighters said.",
     "The number of cattle lost in the barn fire rose to 40 as of Sunday, June 11, firefighters said."),
    ("The dam failed above the town on Tuesday night (May 2, 2023), engineers said.",
     "The count of flooded homes below the dam reached 300 as of Thursday, May 4, engineers said."),
]
DATED_PHRASES = [
    # A day of no verb before it dates the noun phrase it follows, in its own clause: the day
    # of a landslide is not the day people were evacuated.
    ("Crowds were at the shrine during the landslide on Saturday, but most were safely evacuated.",
     "Pilgrims were evacuated from the shrine earlier on Sunday, the police said."),
    ("Hundreds of fans were in the stadium during the blackout on Friday, but all were evacuated.",
     "Stewards evacuated the fans from the stadium on Saturday, the club said."),
]


@pytest.mark.parametrize("a, b", DATED_ACTS + DATED_PHRASES)
def test_dates_of_two_acts_are_not_paired(a, b):
    assert not [x for x in compare_path(a, b) if x[2] == D]


@pytest.mark.parametrize("a, b", DATED_ACTS)
def test_each_row_needs_the_restated_day(a, b, monkeypatch):
    monkeypatch.setattr(align, "_restated_day", lambda *args: None)
    assert [x for x in compare_path(a, b) if x[2] == D]


@pytest.mark.parametrize("a, b", DATED_PHRASES)
def test_each_row_needs_the_date_s_own_phrase(a, b, monkeypatch):
    monkeypatch.setattr(align, "_clause_end", lambda sentence, fact, end, lexicon: end)
    monkeypatch.setattr(align, "_phrase_start", lambda sentence, fact, start, lexicon: start)
    assert [x for x in compare_path(a, b) if x[2] == D]


RELATIVE_HOLDERS = [
    # A year told in a relative clause about a name the sentence brings in past its subject
    # is that name's; a sentence that never names it gives a year of someone else.
    ("The striker is the costliest signing after Tom Baker, who joined Leeds from Hull for £50m in 2019.",
     "Smith joined Leeds from Derby in 2018.", []),
    ("The record fee was topped only by Ana Ruiz, who moved to Porto from Braga in 2017.",
     "Lena Voss, the club said, moved to Porto from Braga in 2016.", []),
]
RELATIVE_SUBJECTS = [
    # A clause about the name the sentence opens with tells of what the story is about.
    ("The Harbour Fire, which destroyed 120 homes, was contained on Monday.",
     "A wildfire that destroyed 100 homes in Kelso County was contained on Monday.",
     [("120 homes", "100 homes", D), ("Monday", "Monday", S)]),
]


# A figure that changes over time has one value per time: two figures each given at its own
# time (a month, a time to come, a time of day) are two readings, and their times no two
# dates of one happening.
TIMED_READINGS = [
    ("Unemployment in Norland rose to 6.2% in March, the statistics office said.",
     "Unemployment in Norland will fall to 5.5% by the end of the year, the statistics office said.", []),
    ("The central bank expects unemployment in Norland to be below 5% in three years' time.",
     "The central bank expects unemployment in Norland to fall to 5.8% by the end of the year.", []),
    ("The storm's top winds reached 150 mph at 5 a.m., the weather service said.",
     "As of 11 a.m., the storm's top winds reached 160 mph, the weather service said.", []),
]



# A year told by its edge ("by the end of 2026") is a time of that edge, apart from another
# month of the year ("in June"), which the whole year would hold: the two figures are two
# readings. (The two times themselves are of one year, once told by its month.)
YEAR_EDGES = [
    ("Inflation in Norland stood at 6.8% in June, the statistics office said.",
     "The central bank expects inflation in Norland to fall to 3.6% by the end of 2026, the statistics "
     "office said.", [("June", "2026", R)]),
]


# A cue of offering that describes a noun a verb then states the figure of ("the proposed merger
# is a $4.4 billion deal") tells a pending thing's value, not an offer: it is compared with the
# value stated.
DESCRIBED = [
    ("Tarco agreed to buy Norcrest in a deal valued at $4.2 billion.",
     "The proposed merger is a $4.4 billion all-cash deal, the companies said.",
     [("$4.2 billion", "$4.4 billion", D)]),
]


# A span spent in a state ("23 days on strike") is the span of that state, as "a 24-day strike"
# is: no length of the deal the same story tells of.
SPAN_STATES = [
    ("After ten months on strike, the union at Tarco said it had reached a deal.",
     "The three-year deal at Tarco still has to be approved by union members.", []),
]


# A span right after a verb of lasting is the length of the verb's subject, whatever follows it
# ("lasted 23 days before the deal" tells no time between the two).
LASTING = [
    ("The dock workers' strike at Tarco lasted 23 days before the deal was signed.",
     "Dock workers at Tarco ended a 24-day strike on Friday.", [("23 days", "24-day", D)]),
    ("The strike at Tarco lasted 23 days.",
     "A 20-day inquiry into the accounts of Tarco was ordered on Friday.", []),
    ("Officials said the hearing at Tarco ran for three hours.",
     "Workers at Tarco gave the union a two-hour deadline, officials said.", []),
]


# A figure written into a noun may name the word after the one it is written into, which that
# word describes ("a five-day civil trial" is a trial).
DESCRIBED_NOUNS = [
    ("The damages trial in Norland lasted five days.",
     "During the five-day civil trial in Norland, jurors heard from six witnesses.",
     [("five days", "five-day", S)]),
]


# A clause that opens with a participle after a comma ("..., winning the race in 2:21:37") is
# done by the sentence's subject, whatever verb the main clause has (a verb of speech too).
PARTICIPLE_HOLDERS = [
    ("Lena Voss of the Tarn club told reporters it was her day, winning the women's race in 2:21:37.",
     "Ivo Rand of the Harbour club won the men's race in 2:05:10.", []),
    ("Lena Voss told the crowd she felt strong, winning the race in 2:21:37.",
     "Ivo Rand won the race in 2:05:10.", []),
]


# A verb of speech reports what another did, but not the speaker's own act told by a pronoun
# standing for it ("said it would buy"), nor one it takes as its object ("announced the purchase").
OWN_ACTS = [
    ("Barrow Mining said it would buy Pell Metals for $6 billion in cash.",
     "Tarco Freight said it would buy Pell Metals for $9 billion in cash.", []),
    ("Barrow Mining announced the purchase of Pell Metals for $6 billion in cash.",
     "Tarco Freight announced the purchase of Pell Metals for $9 billion in cash.", []),
]


# A price is of what is bought: two deals for two firms are two prices, whoever else the
# sentences name ("the Tarco deal follows ... Norvex's deal to acquire Palder").
BOUGHT_APART = [
    ("Tarco is buying Vell Corp. for $38 billion, the biggest deal in the sector this year.",
     "The Tarco deal follows an earlier move by Norvex to acquire Palder Resources in a transaction "
     "valued at $44.5 billion.", []),
    # (What is bought may stand a long way before the price: "to acquire all of the outstanding
    # shares of Vell in an all-share deal valued at ...".)
    ("Tarco has agreed to acquire all of the outstanding shares of Vell in an all-share deal valued at "
     "$38 billion.",
     "The Tarco deal follows an earlier move by Norvex to acquire Palder Resources in a transaction "
     "valued at $44.5 billion.", []),
]


# A span after "by" that closes a verb of beating is a gap between two results ("won by 42
# seconds"), not a time taken.
MARGINS = [
    ("Lena Voss won the Tarn time trial by 42 seconds.",
     "Lena Voss rode the Tarn time trial in four minutes.", []),
]


# A relative clause of asking after a figure ("the 20 years that the crown requested")
# tells it as asked.
ASKED_RELATIVES = [
    ("Tarn Vellis was sentenced to 14 years in prison on Friday.",
     "Tarn Vellis was spared the 20 years that the crown requested.", []),
]


# What someone asks a court to impose is asked, however many words the request takes.
LONG_ASKS = [
    ("Judge Orla Mey sentenced Tarn Vellis to 14 years in prison on Friday.",
     "His victim's brother addressed the court, demanding that the judge impose a maximum sentence of "
     "30 years.",
     []),
]


# A value set for a thing to meet or stay within (a target, a cap) is no value the thing took.
STANDARDS = [
    ("Inflation in Norland remains above the 3% goal the central bank set for it.",
     "The central bank expects inflation in Norland to ease to about 3% this year.", []),
    ("The council set a cap of 40 people at indoor events in Norland.",
     "About 55 people attended the indoor event in Norland, the council said.", []),
]



# A count written with a hyphen into a noun sizes that thing ("the 90-seat house"): no count
# of what the story tells ("won 14 seats").
SIZES = [
    ("The Norland party is projected to take 14 seats in the assembly.",
     "The 90-seat assembly will meet after the count, officials in Norland said.", []),
    # ... and so is the whole a part is told out of.
    ("The Norland party won 21 seats in the assembly, officials said.",
     "The Norland party could take 18 out of the 90 seats in the assembly, officials said.", []),
    # ... or after a number and "of the".
    ("The reform passed in seven provinces, the count showed.",
     "To pass, the reform needed a majority in at least five of the nine provinces.", []),
    ("The Norland party won 21 seats in the assembly, officials said.",
     "The Norland party was projected to take 18 of the 90 seats in the assembly.", []),
]



# A figure held by one of a kind ("Harbour Clinic treated 12") and one told of the kind in the
# plural ("clinics reported treating more than 30"): one of them and all of them.
ONE_AND_ITS_KIND = [
    ("Clinics across the valley reported treating more than 30 people after the blast.",
     "Harbour Clinic treated 12 people after the blast, a spokeswoman said.", []),
    ("Harbour Clinic treated 12 people after the blast, a spokeswoman said.",
     "Clinics across the valley reported treating more than 30 people after the blast.", []),
]


# A figure told of "him" and one told of "her", each by the pronoun just before it: two people's.
PRONOUN_HOLDERS = [
    ("The tribunal sided with Ruiz on Monday, granting him $8 million for the lost contract.",
     "Oduya lost most of her claims, though she was granted $1 million for unpaid fees.", []),
]


# Spans of time reaching two ways from now are two spans.
REACHES = [
    ("Members at Tarco will get more in wage rises under this deal than over the last 22 years combined.",
     "Employees at Tarco will receive more wage increases in the next four years, the union said.", []),
]


@pytest.mark.parametrize("a, b, expected, module, reading, stand_in", [
    *(row + (align, "timed_apart", lambda *args: False) for row in TIMED_READINGS),
    *(row + (measures, "_year_edge", lambda time, *args: time) for row in YEAR_EDGES),
    *(row + (measures, "_describes_another", lambda *args: False) for row in DESCRIBED),
    *(row + (measures, "_span_state", lambda *args: "") for row in SPAN_STATES),
    *(row + (measures, "ASKED_REACH", 8) for row in LONG_ASKS),
    *(row + (measures, "_lasted", lambda *args: "") for row in LASTING),
    *(row + (measures, "_asked", lambda *args: "") for row in ASKED_RELATIVES),
    *(row + (annotate_module, "_in_participle_clause", lambda *args: False) for row in PARTICIPLE_HOLDERS),
    *(row + (measures, "_after_margin_verb", lambda *args: False) for row in MARGINS),
    *(row + (measures, "_described_noun", lambda *args: set()) for row in DESCRIBED_NOUNS),
    *(row + (measures, "_standard", lambda *args: False) for row in STANDARDS),
    *(row + (measures, "_sizing", lambda *args: False) for row in SIZES),
    *(row + (measures, "_reach", lambda *args: 0) for row in REACHES),
    *(row + (align, "_one_and_its_kind", lambda *args: False) for row in ONE_AND_ITS_KIND),
    *(row + (align, "_pronouns_apart", lambda *args: False) for row in PRONOUN_HOLDERS),
    *(row + (annotate_module, "_reports_another", lambda *args: True) for row in OWN_ACTS),
    *(row + (align, "_bought_apart", lambda *args: False) for row in BOUGHT_APART),
])
def test_figures_of_two_quantities_by_one_reading(a, b, expected, module, reading, stand_in, monkeypatch):
    assert check_path(a, b) == sorted(expected)
    _holds_only_with(monkeypatch, module, reading, stand_in, a, b, expected)


def test_ordinals_of_two_nouns_rank_two_things(monkeypatch):
    # The minute of a goal and which goal it was; two floors of one tower are one ranking.
    a = "Pell's second goal came from a free kick by Tamsin."
    b = "His 51st-minute winner came from a free kick by Tamsin."
    assert check_path(a, b) == compare_path(a, b) == []
    assert check_path("The fire started on the fourth floor of the tower.",
                      "The fire started on the fifth floor of the tower.") == [("fourth", "fifth", D)]
    monkeypatch.setattr(measures, "_ordinal_measure", lambda *args: measures.UNREAD)
    assert check_path(a, b) != []


def test_two_standards_are_values_of_one_thing():
    assert compare_path("The central bank's inflation target in Norland is 2%, the governor said.",
                        "The governor said the central bank's target for inflation in Norland was 3%."
                        ) == [("2%", "3%", D)]


def test_the_part_of_a_time_is_the_time_s_own():
    # "by the end of 2027": the year the figure is forecast for, not the date of another act.
    a, b = "Rents in Norland will rise 4% by the end of 2027.", "Rents in Norland rose 6% in 2026."
    assert compare_path(a, b) == check_path(a, b) == []


def test_figures_given_at_one_time_are_one_value():
    assert compare_path("Unemployment in Norland rose to 6.2% in March, the statistics office said.",
                        "Unemployment in Norland climbed to 6.5% in March, the statistics office said."
                        ) == [("6.2%", "6.5%", D), ("March", "March", S)]


@pytest.mark.parametrize("a, b, expected", RELATIVE_HOLDERS)
def test_a_figure_of_a_relative_clause_is_its_antecedent_s(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, align, "_in_relative_clause", lambda *args: False, a, b, expected)


def _named_anywhere(sentence, fact, holder, lexicon=None):
    """``align._named_otherwise`` as it read before a possessive owned the noun after it."""
    if not any(n.same_entity(holder) for n in sentence.names):
        return False
    own = sentence.holders(fact).subject
    return own is None or own.same_entity(holder) or not any(
        h.subject is not None and h.subject.same_entity(holder) for h in sentence.fact_holders)


# A possessive owns the noun after it: the owner of the figure's noun holds the figure ("Y's time
# of 2:05:40"), and the owner of another noun ("beating Y's old mark") holds none of the other's.
POSSESSIVE_OWNERS = [
    ("Ivo Rand won the Tarn marathon in 2:05:10, beating Lena Voss's old course mark by 30 seconds.",
     "Ivo Rand bettered Lena Voss's time of 2:05:40 on the Tarn course.", []),
]


@pytest.mark.parametrize("a, b, expected", POSSESSIVE_OWNERS)
def test_a_possessive_holds_the_figure_of_its_own_noun_only(a, b, expected, monkeypatch):
    assert check_path(a, b) == sorted(expected)
    _holds_only_with(monkeypatch, align, "_named_otherwise", _named_anywhere, a, b, expected)


def test_a_name_before_a_function_word_qualifies_no_noun():
    # "X won the Y race": "the" opens no noun naming Y, so X is the subject holding the figure.
    a = "Ivo Rand won the Tarn marathon in 2:05:10 on Sunday."
    b = "Lena Voss won the Tarn marathon in 2:05:40 on Sunday."
    assert compare_path(a, b) == check_path(a, b) == [("Sunday", "Sunday", S)]


def test_a_group_no_larger_than_the_whole_is_a_part_of_it(monkeypatch):
    # "96 Conservative MPs" of "380 MPs": a group one sentence names by a word the other never
    # uses, no larger than the other's count, is a part of it; a larger one contradicts it.
    a = "The motion was opposed by 96 Conservative MPs on Tuesday."
    b = "The motion was opposed by 380 MPs on Tuesday."
    _holds_only_with(monkeypatch, align, "_subgroup_against_all", lambda *args: False, a, b,
                     [("Tuesday", "Tuesday", S)])
    assert compare_path("Nine wagons derailed near the junction.",
                        "Eleven freight wagons left the rails near the junction.") \
        == [("Nine wagons", "Eleven freight wagons", D)]


def test_a_group_of_people_named_by_another_noun_is_a_part_of_them(monkeypatch):
    # "five people" aboard and "two fare-paying passengers": people counted by two nouns, the
    # group named by a word of its own and no larger, is a part of the whole. Counted plainly by
    # two nouns ("64 people" / "60 passengers"), they are still two values of one count.
    _holds_only_with(monkeypatch, align, "_subgroup_against_all", lambda *args: False,
                     "The five people aboard the Vell included the explorer Ann Roe.",
                     "The Vell had two fare-paying passengers aboard, including the explorer Ann Roe.", [])
    assert compare_path("The Vell was carrying 64 people, including the explorer Ann Roe.",
                        "The Vell was carrying 60 passengers, including the explorer Ann Roe.") \
        == [("64 people", "60 passengers", D)]


def test_a_group_told_as_at_least_some_number_is_a_part_all_the_same(monkeypatch):
    # Two lower bounds agree, so the part would link to the whole and, through it, to another
    # source's count of the whole: the part is no count of the whole for being a bound.
    _holds_only_with(monkeypatch, align, "_subgroup_against_all", lambda *args: False,
                     "More than 350 harbour agency workers are still on strike.",
                     "More than 1,200 workers went on strike.", [])


def test_a_sum_of_a_kind_no_larger_than_a_plain_total_is_a_part_of_it(monkeypatch):
    # A sum of a kind (``qualifiers``, also set in quotation marks) of a plain total.
    total = "The jury ordered Tarco to pay a total of $140 million to the two workers."
    punitive = "The jury also ordered Tarco to pay $60 million in “punitive” damages."
    _holds_only_with(monkeypatch, align, "_subgroup_against_all", lambda *args: False, total, punitive, [])


def test_a_value_within_a_limit_is_no_value_of_the_limit(monkeypatch):
    # The most (or least) of a kind (``qualifiers`` top and minimum) against a value of no kind
    # within it: the limit does not contradict it; one past the limit is still compared.
    limit = "The maximum fine for the offence is $5 million."
    fined = "The smuggler was fined $2 million for the offence."
    minimum = "The minimum wage at the port is $15 an hour."
    assert check_path(limit, fined) == []
    assert check_path(minimum, "Each docker at the port is paid $19 an hour.") == []
    assert check_path(minimum, "Each docker at the port is paid $12 an hour.") == [("$15", "$12", D)]
    _holds_only_with(monkeypatch, align, "_within_a_limit", lambda *args: False, limit, fined, [])
    assert check_path(minimum, "Each docker at the port is paid $19 an hour.") != []


def test_the_value_of_an_earlier_instance_is_of_another_time(monkeypatch):
    # "an earlier fine of €310m" is another fine's, whatever its unit. (``check`` asks without
    # periods and tells such a figure as one of another occasion itself.)
    a = "Tarco was fined €1.6bn by the regulator on Monday."
    b = "The regulator had imposed an earlier fine of €310m on Tarco."
    _holds_only_with(monkeypatch, measures, "_of_earlier_instance", lambda *args: False, a, b, [])


@pytest.mark.parametrize("a, b", [
    # A forecast told as an earlier one, by the month it was made in or a word of earlier, gives
    # that forecast's figures: not the ones the board projects now.
    ("By comparison, the April estimate showed the board pencilling in a levy of 2.9% by year's end.",
     "The board now sees the levy reaching 4.1% by the end of the year."),
    ("Officials said the board's June projection put the levy at 2.9% for the year.",
     "The board now sees the levy reaching 4.1% by the end of the year."),
])
def test_the_figure_of_an_earlier_forecast_is_of_another_time(a, b, monkeypatch):
    _holds_only_with(monkeypatch, measures, "_of_earlier_forecast", lambda *args: False, a, b, [])


@pytest.mark.parametrize("a, b, expected", RELATIVE_SUBJECTS)
def test_a_relative_clause_about_the_opening_subject_holds_nothing_apart(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, align, "_named_inside", lambda *args: True, a, b, expected)


# Two counts of one noun, the sentences sharing one other word: the noun counted says what
# both count ("crew" and "crew members": the members of a crew, units.yaml member_nouns).
COUNTED_NOUNS = [
    ("All 14 crew, including two engineers, on the trawler were brought ashore after the storm.",
     "There are 12 crew members aboard the trawler, the owner confirmed.",
     [("14 crew", "12 crew members", D)]),
    ("The owner confirmed that all 16 Filipino crew members, including the two cooks, were safe.",
     "It is confirmed there are 15 crew members aboard.",
     [("16 Filipino crew members", "15 crew members", D)]),
]
@pytest.mark.parametrize("a, b, expected", COUNTED_NOUNS)
def test_a_noun_both_count_says_what_both_count(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, align, "_count_one_noun", lambda *args: False, a, b, expected)



# Figures in brackets right after each of two names ("X (58 from 94 balls) and Y (39 off
# 27)") are each name's: the one named in both sentences holds only its own.
BRACKETED_HOLDERS = [
    ("Tom Marlow made 39 off 27 balls in the opening overs.",
     "Ned Kesby (58 from 94 balls) and Tom Marlow (39 off 27) batted well.", [("39", "39", S)]),
    ("Ivo Lund swam 800 metres in 9 minutes at the gala.",
     "Bo Kray (1,500 metres in 17 minutes) and Ivo Lund (800 in 9) won heats.", []),
    ("Lia Ostrow sold 40 paintings for 12,000 dollars at the fair.",
     "Dev Amani (25 paintings for 30,000 dollars) and Lia Ostrow (40 for 12,000) drew crowds.", []),
]
# A name opening a clause after a conjunction, followed by its verb, holds the figures of
# that clause: another name's figure is no value of the same thing.
CLAUSE_HOLDERS = [
    ("The judges met at noon, though Ann Pike raised 40 dollars for the shelter.",
     "Cara Holt raised 25 dollars for the shelter.", []),
    ("Polls closed late as Harbour Alliance won 29 seats in the chamber.",
     "Tide Party will win 30 seats in the chamber.", []),
    ("Mira Vale had led for most of the race, but Joss Hanley finished in 2 hours 9 minutes.",
     "Ada Rhee finished the race in 2 hours 14 minutes.", []),
]


@pytest.mark.parametrize("a, b, expected", BRACKETED_HOLDERS)
@pytest.mark.parametrize("mechanism", ["bracket", "named"])
def test_a_figure_in_brackets_after_a_name_is_that_name_s(a, b, expected, mechanism, monkeypatch):
    from claimcheck import align
    from claimcheck import annotate as module

    assert compare_path(a, b) == sorted(expected)
    if mechanism == "bracket":
        monkeypatch.setattr(module, "_bracketed_after", lambda *args: None)
    else:
        monkeypatch.setattr(align, "_named_otherwise",
                            lambda s, f, h, lexicon: any(n.same_entity(h) for n in s.names))
    assert compare_path(a, b) != sorted(expected)


@pytest.mark.parametrize("a, b, expected", CLAUSE_HOLDERS)
def test_the_subject_of_a_later_clause_holds_its_figures(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, annotate_module, "_clause_subject", lambda *args: None, a, b, expected)


# Brackets of names alone (a ticker, an exchange) gloss the name before them: the name still
# opens the sentence as the owner of its figure, whatever stops the brackets hold.
GLOSSED_HOLDERS = [
    ("Shares of Tarco Holdings (NYSE: TRC) jumped 24% after Norvex Corp (NASDAQ: NVX) said it will buy it.",
     "On Monday, Norvex shares fell 2.3% on the news.", []),
    ("Shares of Palder Group Inc. (LSE: PLD) rose 12% after Varn agreed to buy the group.",
     "On Friday, Varn shares slipped 3% on the news.", []),
    ("Shares of Tarco rose 5% after Norvex Corp (NYSE: NVX) said it would buy the firm for $4 billion.",
     "On Monday, Tarco said it would buy Palder for $5 billion.", []),
]


@pytest.mark.parametrize("a, b, expected", GLOSSED_HOLDERS)
def test_brackets_of_names_gloss_the_name_before_them(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, annotate_module, "_names_alone", lambda *args: False, a, b, expected)


# Two times are of one act where each clause gives one figure of two significant digits or
# more, the same in both, whatever verb each outlet chose; a figure past a word that opens
# another clause, or a round figure of one digit, ties nothing.
TIED_BY_A_FIGURE = [
    ("Harlow Mills agreed on Tuesday to pay $412.5 million to the fund.",
     "Harlow Mills reached a $412.5 million deal with the fund on Wednesday.",
     [("$412.5 million", "$412.5 million", S), ("Tuesday", "Wednesday", D)]),
    ("Harlow Mills agreed on Tuesday to pay $412.5 million, a week after the vote that set 43 seats.",
     "Harlow Mills reached a $412.5 million settlement on Wednesday over the 43 seats.",
     [("$412.5 million", "$412.5 million", S), ("43 seats", "43 seats", S), ("Tuesday", "Wednesday", D)]),
]
# Where a sentence gives a series of figures, each beside its own time, a time is the time of its
# figure: two times beside two different values are two points of the series, not one moment.
SERIES = [
    ("The board projected the levy rising to 4.1% by the end of this year and to 4.6% in 2027.",
     "It expects small rises next year that will take the levy to 4.6%, and a cut in 2028, to 4.1%.",
     [("2027", "next year", S), ("4.6%", "4.6%", S)]),
]
# Where a sentence tells its figures apart by their holders, one holder named in both ties two
# figures as a shared word would.
HELD_ALIKE = [
    ("The mission cost less than half the Grey Quay blockbuster, which was shot on a budget of "
     "$95 million.",
     "The mission cost less than many films, such as “Tarn Hollow” ($70 million) and “Grey Quay” "
     "($88 million).",
     [("$95 million", "$88 million", D)]),
]
# A year written into a name between a possessive and its words ("their 2019 Harbour Cup
# campaign") names that campaign; it dates no act of the sentence.
NAMED_BY_YEAR = [
    ("Ruiz starred for the Harriers in 2020, scoring 24 goals in the campaign.",
     "Ruiz starred for the Harriers in their 2019 Harbour Cup campaign, scoring 24 goals.", []),
    ("Ruiz starred for the Harriers in 2020, scoring 24 goals in the campaign.",
     "Ruiz starred in the Harriers’ 2019 Harbour Cup campaign, scoring 24 goals.", []),
]
# A count of one kind ("two counts of weapon possession") is a part of a count summed from
# parts each of its own kind, not another value of the whole.
KIND_OF_A_LISTED_SUM = [
    ("Ana Ruiz was also found guilty on one count of weapon possession at the trial.",
     "Ana Ruiz was found guilty on two counts of fraud and two counts of weapon possession at the "
     "trial.", []),
]
# A count of one kind ("Twelve children") against a count told by its parts, that kind among
# them ("11 children and 3 adults"): the one counts a part, not the sum.
KIND_OF_A_LISTED_PART = [
    ("Twelve children died at the Tarn school, officials said.",
     "Officials said 11 children and 3 adults had died at the Tarn school.", []),
]
# A round figure of one digit is the figure of many acts: it ties no times.
UNTIED = [
    ("Harlow Mills agreed on Tuesday to pay $5 million.",
     "Harlow Mills reached a $5 million settlement on Wednesday.",
     [("$5 million", "$5 million", S)]),
]


# A figure in a clause told of a date that opens a period up to now ("since 1987, when ...")
# is of that date, long before the story's time, dated article or not.
PERIOD_STARTS = [
    ("It was the deadliest flood in the valley since 1987, when the river claimed 3,100 lives.",
     "More than 600 people have been killed in the valley's worst flood in decades.", []),
]


@pytest.mark.parametrize("a, b, expected", PERIOD_STARTS)
def test_a_figure_told_of_a_period_start_is_of_that_time(a, b, expected, monkeypatch):
    ctx = classify.Context(Corpus((), {"one": None, "two": None}))

    def undated(x: str, y: str) -> list[tuple[str, str, str]]:
        return _shown(classify.align_facts(_claim(x, "one"), _claim(y, "two"), ctx))

    assert undated(a, b) == sorted(expected)
    monkeypatch.setattr(measures, "_at_period_start", lambda *args: False)
    assert undated(a, b) != sorted(expected)


def test_the_sides_of_a_ballot_question_are_two_measures(monkeypatch):
    # "the Yes vote" and "for the 'no' vote" (``qualifiers`` yes/no, ``share_owners``): each
    # share is set against the other outlet's share of the same side, never by order.
    a = "On Sunday evening the Yes vote stood at 41 per cent in the count, while the No vote was 59 per cent."
    b = "On Sunday evening the count stood at 56 per cent for the ‘no’ vote and 44 per cent for ‘yes’."
    _holds_only_with(monkeypatch, measures, "_qualifiers", lambda *args: frozenset(), a, b,
                     [("41 per cent", "44 per cent", D), ("59 per cent", "56 per cent", D),
                      ("Sunday evening", "Sunday evening", S)])


def test_the_most_and_the_least_of_a_measure_are_two_measures(monkeypatch):
    # "the lowest yes vote, at 27%" / "the highest yes vote of any district (81 per cent)": the
    # figure set after its noun phrase has that phrase's qualifiers, and two figures each naming
    # a measure the other does not are two measures, whatever else they share.
    a = "Late on Sunday, the north had the lowest yes vote of any district, at 27%."
    b = "Late on Sunday, the south recorded the highest yes vote of any district (81 per cent)."
    assert compare_path(a, b) == [("Sunday", "Sunday", S)]
    with monkeypatch.context() as switched:
        switched.setattr(measures, "_lead_of_set_off",
                         lambda before, tables: measures.SUBJECT_BREAKS.split(before)[-1])
        assert compare_path(a, b) == [("27%", "81 per cent", D), ("Sunday", "Sunday", S)]
    monkeypatch.setattr(measures, "_qualified_apart", lambda *args: False)
    assert compare_path(a, b) == [("27%", "81 per cent", D), ("Sunday", "Sunday", S)]


# A toll its sentence places in none of the places it lists is the whole across them; a toll
# placed in one of them is a part (``_whole_of_listed``). A distance adds up over no places.
def test_a_figure_of_listed_places_is_their_whole(monkeypatch):
    a = "Conditions across Tarnby and Vell West are grim, and the overall toll now stands at 163."
    b = "Officials in West Vell put their own death toll at 41 on Sunday."
    _holds_only_with(monkeypatch, align, "_whole_of_listed", lambda *args: False, a, b, [])


# A level told after an event ("After making landfall, ... winds of 50 mph") and one told with
# the event itself ("made landfall ..., packing winds of 90 mph") are two readings of a thing
# that changes (``_at_and_after``); a count of what the event did is the event's own either way.
def test_a_level_after_an_event_is_no_level_at_it(monkeypatch):
    a = ("After making landfall, Storm Vera was downgraded as it moved inland over Tarnby, with "
         "sustained winds of 50 mph.")
    b = "Vera made landfall near Vellmark early on Sunday, packing sustained winds of 90 mph."
    _holds_only_with(monkeypatch, align, "_at_and_after", lambda *args: False, a, b, [])


def test_a_toll_after_an_event_is_the_events_toll():
    a = "After the quake struck the valley, rescuers said 41 people had been killed."
    b = "The quake killed 38 people in the valley, officials said."
    assert compare_path(a, b) == [("41 people", "38 people", D)]


# A time a running figure was read at ("stood at 38 per cent on Friday evening", "At 7am
# on Saturday, the tally stood at ...": ``Measure.when``, an earlier time and its lead opening
# the clause too) dates a reading: two readings at two times are no two dates of one event.
def test_times_of_two_readings_are_no_dates_of_one_event(monkeypatch):
    a = ("The Yes share of the ballot sat at 38 per cent on Friday evening, while the No share was "
         "62 per cent.")
    b = ("At 7am on Saturday, the tally of the ballot stood at 62 per cent for the No share and 38 per cent "
         "for Yes.")
    _holds_only_with(monkeypatch, measures, "_opens_with_time", lambda *args: False, a, b,
                     [("62 per cent", "62 per cent", S)])


# The time a figure holds at: after it, past its conversion in brackets and a lead of two
# words ("as of"); a time of reading opening the sentence, for every figure after it; a level
# on a scale as an amount.
@pytest.mark.parametrize("text, figure, when", [
    ("The gale carried winds of 45 mph (72 km/h) as of 6 a.m., forecasters said.", "45 mph", "6 a.m."),
    ("The gale carried winds of 45 mph (72 km/h) as of 6 a.m., forecasters said.", "72 km/h", "6 a.m."),
    ("The toll of the Tarn floods stood at 12 as of Monday.", "12", "Monday"),
    ("As of 3 a.m., its winds had eased to 75 mph, making it a Category 2 storm, the centre said.",
     "Category 2", "3 a.m."),
    ("The cyclone was a Category 3 cyclone on Thursday night, the centre said.", "Category 3",
     "Thursday night"),
    ("The cyclone hit Tarnby as a Category 3 cyclone, the centre said.", "Category 3", None),
    # An opening time with no comma after it, before the subject's determiner, is the clause's.
    ("By Friday the toll of the Tarn floods had climbed to 48.", "48", "By Friday"),
    ("On Tuesday the rate stood at 4.2%.", "4.2%", "Tuesday"),
    # Guard: a time that opens no subject stays its verb's alone.
    ("On Tuesday officials said 48 had died.", "48", None),
])
def test_the_time_a_figure_holds_at(text, figure, when):
    sentence = annotate(_claim(text, "one"))
    measure = next(m for f, m in zip(sentence.facts, sentence.measures, strict=True) if f.raw == figure)
    assert (measure.when.raw if measure.when else None) == when


# A figure read at a time ("45 mph as of 6 a.m.") against one its clause times by the act it is
# told of ("made landfall at 9:40 p.m. with winds of 115 mph"): two readings at two times. Not
# the time of another figure ("rose to $48 on Monday, up from $44").
def test_a_reading_against_a_figure_its_clause_times(monkeypatch):
    a = "The gale was carrying winds of 45 mph as of 6 a.m. and was moving north, forecasters said."
    b = "The gale made landfall near Tarnby at 9:40 p.m. as a major storm with winds of 115 mph."
    assert not [row for row in compare_path(a, b) if row[0] == "45 mph"]
    monkeypatch.setattr(align, "_time_of_its_clause", lambda *args: None)
    assert ("45 mph", "115 mph", D) in compare_path(a, b)


@pytest.mark.parametrize("text, read", [
    ("The national tally stood at 41 per cent on Friday evening, officials said.", True),
    ("At 7am on Saturday, the national tally stood at 43 per cent, officials said.", True),
    ("The ballot was held on Saturday, and 41 per cent voted in favour.", False),
])
def test_a_reading_time_is_the_time_a_figure_was_read_at(text, read):
    sentence = annotate(_claim(text, "one"))
    day = next(f for f in sentence.facts if f.kind.value == "weekday")
    assert align._reading_time(sentence, day) is read


# A sentence that places a part of its count in a place ("killed 212, most of them in X")
# but not the count gives the whole, and a count placed in X, or held by X, is that part; a
# place past a comma is of the phrase set beside the figure, not of the figure.
PARTS_PLACED = [
    ("The storm killed at least 212 people, most of them in Brenmoor, officials said on Sunday.",
     "In the province of Brenmoor, 140 deaths were recorded, officials said on Sunday.", []),
    ("Upper Brenmoor province suffered the most deaths with 140, officials said on Sunday.",
     "The storm killed at least 212 people, most of them in Upper Brenmoor, officials said on "
     "Sunday.", []),
]
# A count of one place (placed in it, or told right after it as an item of a list) is a part
# of a count told across several places that include it.
ONE_OF_THE_PLACES = [
    ("The gales killed 64 people across Tarnia, Vellmark and Upper Palder, officials said.",
     "Officials listed the deaths by county: Vellmark, 23 deaths; Tarnia, 19; Upper Palder, 22.", []),
]
# A count of places after "in" or "across" is the extent of the figure before it: counts of the
# places two different things befell (homes without power, the dead) are two counts.
SCOPES = [
    ("The gale cut power to 40,000 homes in three counties on Sunday, officials said.",
     "The gale killed 12 people in four counties on Sunday, officials said.", []),
]
SCOPES_ALIKE = [
    ("The gale killed 15 people in three counties on Sunday, officials said.",
     "The gale killed 12 people in four counties on Sunday, officials said.",
     [("15 people", "12 people", D), ("Sunday", "Sunday", S), ("three counties", "four counties", D)]),
]
WHOLES_PLACED = [
    # Both counts are of the place: two values of one toll.
    ("The storm killed at least 212 people in Brenmoor, officials said on Sunday.",
     "In the province of Brenmoor, 140 deaths were recorded, officials said on Sunday.",
     [("at least 212 people", "140 deaths", D)]),
    # ... and both are across the same places, however written ("upper X and lower Y").
    ("The gales killed 64 people across Tarnia and Vellmark, officials said.",
     "In upper Tarnia and lower Vellmark the gales killed 81 people, officials said.",
     [("64 people", "81 people", D)]),
]


# A share told of one place or holder and a share told of another, neither sentence naming
# the other's, are shares of two wholes; two shares of one place are one measure.
SHARES = [
    ("The Norland ‘yes’ vote was 61 per cent on Sunday, officials said.",
     "Voters in Westmark were most in favour on Sunday, with 66 per cent of votes cast for the yes side.",
     [("Sunday", "Sunday", S)]),
]
SHARES_OF_ONE = [
    ("Turnout in Westmark was 61 per cent on Sunday, officials said.",
     "Voters in Westmark turned out on Sunday, with 66 per cent of those registered casting a ballot.",
     [("61 per cent", "66 per cent", D), ("Sunday", "Sunday", S)]),
]


# A number with no unit says what it is a number of only by the words beside it in its
# clause (names aside): two with no such word in common are numbers of two things; two
# sharing one ("magnitude") are one measure.
BARE_NUMBERS_APART = [
    ("Tom Rell hit a superb 112 to steer the Harriers to the title in the final on Sunday.",
     "In the final on Sunday, the Harriers set off in their chase of 268 to claim the title.", []),
    # ... and one told by no word ("112 (98)") is no number of what another's words tell.
    ("Tom Rell scored a superb 112 (98) to steer the Harriers to the title in the final.",
     "Over the season Tom Rell scored 640 runs at an average of 71.1 for the Harriers.", []),
]
BARE_NUMBERS_ALIKE = [
    ("The magnitude 5.6 quake hit the hill villages on Friday night.",
     "A damaging 6.1 magnitude quake hit the hill villages on Friday night.",
     [("5.6", "6.1", D), ("Friday night", "Friday night", S)]),
]


# Compare's own readings of which figures are of one thing, each row failing with its reading
# switched off; and rows of figures of one thing that no such reading keeps apart.
@pytest.mark.parametrize("a, b, expected, reading, stand_in", [
    *(row + ("_tied_by_a_figure", lambda *args: False) for row in TIED_BY_A_FIGURE),
    *(row + ("_significant_digits", lambda *args: 9) for row in UNTIED),
    *(row + ("_points_of_a_series", lambda *args: False) for row in SERIES),
    *(row + ("_kind_against_listed_kinds", lambda *args: False) for row in KIND_OF_A_LISTED_SUM),
    *(row + ("_kind_of_a_listed_part", lambda *args: False) for row in KIND_OF_A_LISTED_PART),
    *(row + ("_names_by_year", lambda *args: False) for row in NAMED_BY_YEAR),
    *(row + ("_held_alike", lambda *args: 0) for row in HELD_ALIKE),
    *(row + ("_places_a_part_in", lambda *args: False) for row in PARTS_PLACED),
    *(row + ("_one_of_the_places", lambda *args: False) for row in ONE_OF_THE_PLACES),
    *(row + ("_scopes_apart", lambda *args: False) for row in SCOPES),
    *(row + ("_shares_of_two_wholes", lambda *args: False) for row in SHARES),
    *(row + ("_bare_numbers_of_two_things", lambda *args: False) for row in BARE_NUMBERS_APART),
])
def test_compare_tells_figures_apart_by_one_reading(a, b, expected, reading, stand_in, monkeypatch):
    _holds_only_with(monkeypatch, align, reading, stand_in, a, b, expected)


@pytest.mark.parametrize("a, b, expected", WHOLES_PLACED + SHARES_OF_ONE + BARE_NUMBERS_ALIKE + SCOPES_ALIKE)
def test_compare_pairs_figures_of_one_thing(a, b, expected):
    assert compare_path(a, b) == sorted(expected)

@pytest.mark.parametrize("a, b, expected, module, reading, stand_in", [
    # A score or tally says by its form what it measures: two sentences each giving one are
    # values of the story's one result, whatever words tell it.
    ("The licensing panel split 5-4 on the late-opening plan.",
     "It was 6-3 in the end, with three members against, a councillor said.",
     [("5-4", "6-3", D)], align, "_lone_scores", lambda *args: False),
    # ... even after the name of a side ("beat the Harriers 3-1"), where a number would be a
    # part of the name ("Boeing 737").
    ("Dunmore beat the Harriers 3-1 in a bruising cup tie.",
     "The Harriers went down 2-1 to Dunmore, their manager said.",
     [("3-1", "2-1", D)], facts_module, "_SHORT_SCORE", re.compile(r"(?!)")),
    # A value in a clause whose scene is another happening ("At its previous sitting, ...")
    # is no value of the happening the other sentence reports ...
    ("At its previous sitting, the parish council voted 7-0 to shut the lane.",
     "The parish council split 4-3 on shutting the lane, with three members against.",
     [], align, "another_occasion", lambda *args: False),
    # ... but a marker in the noun phrase the sentence tells of names the thing itself, which
    # the other sentence may name in other words ("the previous best" / "the record she broke").
    ("The previous best of 41:10 was set by Ana Ruiz in 2015.",
     "The hill record she broke was set in 2012, when the race still began at the quay.",
     [("2015", "2012", D)], relate, "_sets_the_scene", lambda *args: True),
    # A count whose noun is joined by "and" to another with no figure ("66 miners and
    # engineers") counts both groups, no one group ("58 miners and six engineers").
    ("The mine said all 66 miners and engineers were brought to the surface.",
     "All 58 miners and six engineers were brought to the surface, the mine said.",
     [], measures, "_joined_noun", lambda *args: False),
    # Each figure told with its own outcome, on two sides of one pair ("310 voted against",
    # "290 voted for"), counts a side: figures are paired by what they count, never by order.
    ("310 members voted against the plan while 290 voted for it, a majority of 20.",
     "A total of 290 members voted for the plan, while 310 voted against it, a majority of 20.",
     [("20", "20", S)], align, "_sides_apart", lambda *args: False),
    # A value written twice, its conversion in brackets, is compared as the value the other
    # sentence agrees with, never as its conversion.
    ("The council received a payment of 90 million for the harbour site.",
     "The council confirmed the €90 million (US$105 million) payment for the harbour site had been received.",
     [("90 million", "€90 million", S)], align, "_without_twins_of_agreed", lambda a, b, scored: scored),
    # A bracket holding only another sum of the same symbol restates the sum in another
    # country's dollars: compared as the sum it restates, never on its own.
    ("The jury awarded the skipper US$8m ($12m) in damages and US$4m ($6m) in costs.",
     "The jury awarded the skipper $8 million in damages and $4 million in costs, but a cap cut the "
     "award to $9.7 million.",
     [("US$8m", "$8 million", S), ("US$4m", "$4 million", S)], align, "_restated",
     lambda sentence: frozenset()),
    # ... and a value restated after "or" in another unit is the same value: compared once.
    ("Vale was jailed for 30 months, or more than two years, in the harbour fraud case.",
     "Vale was jailed for 30 months in the harbour fraud case and must spend a year on probation after.",
     [("30 months", "30 months", S)], align, "_OR_RESTATING", re.compile(r"(?!)")),
    # A name between a figure and the place it is placed in names the thing measured ("the
    # 700-acre estate of Tarn in Vell"): no other place the sentence tells apart from Vell ...
    ("The 700-acre estate of Tarn in Vell was sold on Friday, the agents said.",
     "The 800-acre hunting estate in Tarn was sold on Friday, the agents said.",
     [("700-acre", "800-acre", D), ("Friday", "Friday", S)], align, "_names_the_measured",
     lambda *args: False),
    # ... nor is a name that qualifies the noun after it ("the Tarn hunting estate"), wherever
    # it stands.
    ("The Tarn hunting estate in Vell was sold on Friday for 700 acres of farmland, the agents said.",
     "The hunting estate in Tarn was sold on Friday for 800 acres of farmland, the agents said.",
     [("700 acres", "800 acres", D), ("Friday", "Friday", S)], align, "qualifies_a_noun",
     lambda *args: False),
    # A figure in a relative clause about a noun named past the subject is that noun's: a
    # sentence that never names the noun gives a figure of something else ...
    ("A ferry and a coast guard launch collided in the harbour on Tuesday, killing five people on board the "
     "launch, officials said.",
     "The coast guard crew was on its way to deliver relief supplies in the wake of the storm that killed at "
     "least 31.",
     [], align, "_of_a_noun_unnamed", lambda *args: False),
    # ... but one the other names is the thing it tells of too.
    ("A storm killed at least 31 people on the islands on Sunday, officials said.",
     "The coast guard crew delivered relief supplies after the storm that killed at least 25 people on "
     "Sunday.",
     [("at least 31 people", "at least 25 people", B), ("Sunday", "Sunday", S)], align, "_of_a_noun_unnamed",
     lambda *args: True),
    # A sentence that breaks its figure down by place gives, unplaced, the whole: a town's
    # figure is one of its parts.
    ("At least 41 people died in Port Vell, officials said.",
     "At least 160 people died in the storm: 52 in the harbour district, 33 in Tarn and 20 in Ulm.",
     [], align, "_PARTS", ()),
])
def test_what_a_value_is_of_by_its_form_and_its_scene(a, b, expected, module, reading, stand_in, monkeypatch):
    _holds_only_with(monkeypatch, module, reading, stand_in, a, b, expected)


def test_a_span_of_a_state_names_that_state():
    # "three years of probation" and "two years of house arrest" are spans of two states
    # (``measures.yaml`` span_states: the two align without "of"); one state's spans are compared.
    assert compare_path("The judge gave Vale three years of probation after her release from jail.",
                        "Vale also faces two years of house arrest after her release, the judge ruled.") == []
    assert ("three years", "two years", D) in compare_path(
        "The judge gave Vale three years of probation after her release.",
        "The judge gave Vale two years of probation after her release.")


def test_one_exact_value_told_in_two_units_is_one_measure(monkeypatch):
    # The story's own words ("sentenced", "prison", the units) tell nothing of which figure is
    # which; "126 months" and "10 years and six months" are one value, seldom of two things.
    a = "Ana Ruiz was sentenced on Friday to 126 months — or more than 10 years — in prison."
    b = ("Judge Tom Oduya imposed a sentence of 10 years and six months in jail, with another three "
         "years of probation after her release.")
    story = frozenset({"sentenc", "prison", "year", "month"})

    def pairs() -> list[tuple[str, str, str]]:
        ctx = classify.Context(Corpus((), {"one": DAY, "two": DAY}, common=story))
        return _shown(classify.align_facts(_claim(a, "one"), _claim(b, "two"), ctx))

    assert pairs() == [("126 months", "10 years and six months", S)]
    monkeypatch.setattr(align, "_told_alike", lambda *args: 0)
    assert pairs() == []


@pytest.mark.parametrize("a, b, two_events", [
    # A weekday names a day of its article's week; a full date a year and more before it is the
    # day of another happening, not another day told for this one.
    ("on Thursday", "on May 12, 2024", True),
    ("yesterday", "on March 3, 2025", True),
    ("on Thursday", "on May 7, 2026", False),  # guard: a day of that week, told two ways
    ("on May 12, 2024", "on June 9, 2024", False),  # guard: two full dates are compared
])
def test_a_near_day_and_a_far_date_are_days_of_two_happenings(a, b, two_events):
    fa, fb = extract_facts(a)[0], extract_facts(b)[0]
    assert align._days_of_two_events(fa, fb, (DAY, DAY)) is two_events
    assert align._days_of_two_events(fb, fa, (DAY, DAY)) is two_events


def test_a_figure_told_by_its_holder_beside_another_s_is_that_holder_s(monkeypatch):
    # "awarded X $9m and Y $3m": the $3m is Y's, told apart from X's by its holder; a sentence
    # that names others and never Y gives no figure of Y's.
    from claimcheck.lexicon import DEFAULT as lexicon

    told = classify.Context(Corpus((), {"one": DAY, "two": DAY}))
    sa = told.sentence(_claim("Jurors awarded Ana Ruiz $9 million and Tom Oduya $3 million.", "one"))
    sb = told.sentence(_claim("The judge, Lena Voss, said the award totaled $7.4 million.", "two"))
    fa = next(f for f in sa.facts if f.raw == "$3 million")
    assert align._held_apart(sa, fa, sb, sb.facts[0], lexicon)
    monkeypatch.setattr(align, "_holders_tell_apart", lambda *args, **kwargs: False)
    assert not align._held_apart(sa, fa, sb, sb.facts[0], lexicon)


# One source sizes two kicks ("a 44-yard kick", "a 31-yard kick"): the story tells of several,
# so another source's 38-yard kick may be a third, and no other value of one. Sizes written one
# after another ("an 8-play, 70-yard drive") are both written into the noun.
SIZED_SEVERAL = [
    (["Arlo Venn missed a 44-yard kick early on.",
      "Venn later made a 31-yard kick in front of the home end."],
     "Arlo Venn missed a 38-yard kick early on.", ("44-yard", "38-yard", "different"),
     corpus_module, "sized_several", lambda *args: frozenset()),
    (["The Harriers went ahead after an 8-play, 70-yard drive.",
      "They scored again on a 10-play, 70-yard drive."],
     "The Harriers went ahead after a 58-yard drive.", ("70-yard", "58-yard", "different"),
     measures, "_next_size", lambda *args: None),
]


@pytest.mark.parametrize("one, two, unswitched, module, reading, stand_in", SIZED_SEVERAL)
def test_sizes_of_a_thing_a_source_tells_several_of_are_not_set_apart(one, two, unswitched, module, reading,
                                                                       stand_in, monkeypatch):
    from claimcheck.corpus import read_corpus

    texts = [("one", text) for text in one] + [("two", two)]
    claims = [Claim(source, n, text, 0, len(text), facts=extract_facts(text))
              for n, (source, text) in enumerate(texts)]

    def aligned() -> list[tuple[str, str, str]]:
        corpus = read_corpus([annotate(c) for c in claims], {"one": DAY, "two": DAY})
        return _shown(classify.align_facts(claims[0], claims[-1], classify.Context(corpus)))

    assert aligned() == []
    monkeypatch.setattr(module, reading, stand_in)
    assert aligned() == [unswitched]


# A sentence that ranks two of a thing ("the first half", "second-half points") tells of each
# of a series: neither ordinal is its word on which one something was.
RANKED_SERIES = [
    ("The Harriers scored with each of their three drives in the second half.",
     "Their defence held the Rovers to 9 second-half points after conceding 17 in the first half."),
    ("The Harriers scored 9 points in the fourth quarter.",
     "The Rovers scored 10 points in the first quarter and 12 in the third quarter."),
]


@pytest.mark.parametrize("a, b", RANKED_SERIES)
def test_ordinals_of_a_series_are_not_set_apart(a, b, monkeypatch):
    _holds_only_with(monkeypatch, align, "_ranks_a_series", lambda *args: False, a, b, [])


def test_two_countries_hold_two_figures(monkeypatch):
    # A country's figure and a town's may nest; two countries' figures do not.
    a = "In the end, Norway ended the league season with eight straight wins."
    b = "In the end, Chile, who ended the league season with 11 straight wins, lost the final."
    assert check_path(a, b) == []
    monkeypatch.setattr(align, "_may_nest", lambda *args: True)
    assert check_path(a, b) == [("eight straight wins", "11 straight wins", D)]


def test_a_date_both_sentences_give_is_the_one_they_share(monkeypatch):
    # "last lifted a trophy in 2009" / "last lifted the league trophy in 2004, and the
    # shield in 2009": the year both give is the one they share; the other is of another thing.
    a = "The Harriers last lifted a trophy in 2009 with the Coastal Shield."
    b = "The Harriers last lifted the league trophy in 2004, and the Coastal Shield in 2009."
    _holds_only_with(monkeypatch, align, "_gives_too", lambda *args: False, a, b, [("2009", "2009", S)])


@pytest.mark.parametrize("reading, stand_in", [
    ("_reading_leads", lambda lexicon: re.compile(r"(?!)")),
    ("_TIME_THEN_DAY", re.compile(r"(?!)")),
])
def test_times_a_running_tally_was_read_at_are_no_two_times_of_one_happening(reading, stand_in, monkeypatch):
    # "as of 9.30pm" is the time the sentence's figures were read at, wherever they stand; "at
    # 9pm CET on Sunday, the count stood at ..." times the reading as the day after it does.
    a = "The election board said 61% of voters had backed the plan as of 9.30pm CET on Sunday."
    b = "At 9pm CET on Sunday, the running count stood at 61 per cent in favour of the plan."
    expected = [("61%", "61 per cent", S), ("Sunday", "Sunday", S)]
    if reading == "_reading_leads":
        # (The measures read the lead too, as the time of the figures before it: off as well.)
        assert compare_path(a, b) == sorted(expected)
        monkeypatch.setattr(measures, "_tables", lambda lexicon, _read=measures._tables: dataclasses.replace(
            _read(lexicon), reading_leads=frozenset(), reading_lead_before=re.compile(r"(?!)")))
    _holds_only_with(monkeypatch, align, reading, stand_in, a, b, expected)


def test_a_number_written_to_many_digits_is_one_value_whatever_counts_it(monkeypatch):
    # "a crowd of 61,287" / "in front of 61,287 fans": the claim's exact number, stated.
    a = "The final was watched by a crowd of 61,287."
    b = "The Harriers won the cup in front of 61,287 fans at Arden Park."
    assert check_path(a, b) == [("61,287", "61,287 fans", S)]
    monkeypatch.setattr(align, "_one_exact_number", lambda *args: False)
    assert check_path(a, b) == []
    # (A round number is no such tie: "a crowd of 90,000" may count anything.)
    assert not align._one_exact_number(extract_facts("a crowd of 90,000")[0], extract_facts("90,000 fans")[0])


def test_a_tie_at_no_moment_named_is_a_score_of_some_moment(monkeypatch):
    # "tie the game at 10" / "with the game tied at 27": each a moment of the game.
    from dataclasses import replace

    a = "Early in the third quarter Dale Orr returned an interception for a score to tie the game at 10."
    b = "Late on, with the game tied at 27, the Harriers kicked a long field goal."
    assert compare_path(a, b) == []
    original = measures._tables
    monkeypatch.setattr(measures, "_tables",
                        lambda lexicon: replace(original(lexicon), tie=re.compile(r"(?!)")))
    assert compare_path(a, b) == [("10", "27", D)]


# In ``check`` too, a count of a body and a count of its members are one count, where the
# members are listed as a part beside others ("180 passengers and 11 crew members") and where
# the claim counts the body by a verb of counting ("the crew numbered 16").
BODY_AND_MEMBERS = [
    ("The crew numbered 16.", "The ferry carried 180 passengers and 11 crew members.",
     [("16", "11 crew members", D)]),
    ("There were 16 crew aboard.", "The ferry carried 180 passengers and 11 crew members.",
     [("16 crew", "11 crew members", D)]),
]


@pytest.mark.parametrize("a, b, expected", BODY_AND_MEMBERS)
@pytest.mark.parametrize("mechanism", ["one noun", "counted body"])
def test_check_counts_a_body_and_its_members_as_one(a, b, expected, mechanism, monkeypatch):
    assert check_path(a, b) == sorted(expected)
    if mechanism == "one noun":
        monkeypatch.setattr(align, "_count_one_noun", lambda *args: False)
    else:
        monkeypatch.setattr(align, "_counted_body", lambda s, i, lexicon: s.facts[i].unit)
    assert check_path(a, b) != sorted(expected)


# A name in another clause than a figure that has a holder of its own, past a subordinator
# ("a week after Y said it would buy Z for $6 billion"), holds none of it: the sentences name
# both buyers, but each figure is its own buyer's.
SUBORDINATE_HOLDERS = [
    ("On Monday, Tarco announced a deal to buy Ribble Foods for $4 billion, days after Vantor said it "
     "would acquire Kell Mills.",
     "The Tarco-Ribble deal comes less than two weeks after Vantor said that it would acquire Kell Mills "
     "for about $6 billion.", []),
]


@pytest.mark.parametrize("a, b, expected", SUBORDINATE_HOLDERS)
def test_a_name_past_a_subordinator_holds_no_figure_of_another_clause(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, align, "_subordinate_clause", lambda s, f, lexicon: (0, len(s.text)), a, b,
                     expected)



# A sentence that opens with a noun phrase of a name ("Shares of X") gives the name the figures
# its verb tells: X's shares, not those of the firm another sentence names.
OWNED_OPENINGS = [
    ("Shares of Tarco jumped about 12% on Tuesday morning following the news.",
     "The shares of Ribble Foods fell 2.6% premarket on the news.", []),
    ("Shares of Tarco jumped about 12% on Tuesday morning following the news.",
     "Ribble Foods saw its shares fall 2.6% premarket on the news.", []),
]


@pytest.mark.parametrize("a, b, expected", OWNED_OPENINGS)
def test_a_name_owning_the_opening_noun_holds_the_figures_of_its_verb(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, annotate_module, "_owned_before", lambda *args: False, a, b, expected)


# A figure whose subject the other article never names is no figure of what that article tells
# of: "the bridge" there is its own bridge, not the tower another article compares it with.
@pytest.mark.parametrize("elsewhere_in_two, apart", [
    ("Tarco opened the bridge on Monday.", True),
    ("The bridge cost less than the Vell Tower.", False),
])
def test_a_figure_of_a_name_the_other_article_never_names_is_not_its_figure(elsewhere_in_two, apart,
                                                                            monkeypatch):
    from dataclasses import replace

    from claimcheck.annotate import annotate_all
    from claimcheck.corpus import read_corpus

    def claim(text: str, source: str, index: int) -> Claim:
        return replace(Claim(source=source, index=index, text=text, start=0, end=len(text)),
                       facts=extract_facts(text))

    tower = claim("The Vell Tower, designed by a rival studio, cost $96 million.", "one", 0)
    bridge = claim("The bridge has an estimated total cost of about $61 million.", "two", 0)
    claims = [tower, claim("Tarco said its new bridge opened on time.", "one", 1),
              bridge, claim(elsewhere_in_two, "two", 1)]
    ctx = classify.Context(read_corpus(annotate_all(claims), {"one": None, "two": None}))
    assert (classify.align_facts(tower, bridge, ctx) == []) is apart
    monkeypatch.setattr(align, "_held_by_the_unmentioned", lambda *args: False)
    assert classify.align_facts(tower, bridge, ctx) != []


# A count equal to one part of a count told by its parts counts that part, not the whole.
LISTED_PARTS = [
    ("Officials say 14 men and three women are missing after the Vell pit flooded.",
     "Officials said 14 are missing after the Vell pit flooded.", []),
    ("The blast at the Tarno plant killed 41 men and 12 women, Tarn said.",
     "Tarn said 12 were killed in the blast at the Tarno plant.", []),
]


@pytest.mark.parametrize("a, b, expected", LISTED_PARTS)
def test_a_count_of_one_listed_part_is_no_value_of_the_whole(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, align, "_one_of_the_parts", lambda *args: False, a, b, expected)


# A count of people that names a part of them ("Twenty children died") is no value of a count,
# no smaller, that names none ("25 people died"): the part may be among them. A larger part, or
# the same part counted twice, still differs.
PEOPLE_PARTS = [
    ("Twenty children died in the Vell quake, Tarn said.",
     "25 people died in the Vell quake, officials said.", []),
    ("Nine miners were killed in the Tarco pit blast.",
     "The Tarco pit blast left 14 dead, officials said.", []),
]
PEOPLE_PARTS_DIFFER = [
    ("Twenty children died in the Vell quake, Tarn said.",
     "The Vell quake left 18 dead, officials said.", [("Twenty children", "18 dead", D)]),
    ("Twenty children died in the Vell quake, Tarn said.",
     "The Vell quake killed 25 children, officials said.", [("Twenty children", "25 children", D)]),
]


@pytest.mark.parametrize("a, b, expected", PEOPLE_PARTS)
def test_a_count_of_a_part_of_the_people_is_no_value_of_all_of_them(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, align, "_people_part_of_all", lambda *args: False, a, b, expected)


@pytest.mark.parametrize("a, b, expected", PEOPLE_PARTS_DIFFER)
def test_a_larger_part_or_the_same_part_still_differs(a, b, expected):
    assert compare_path(a, b) == sorted(expected)


# The doer of a passive right before the figure's phrase holds the figure ("set by X in 50
# overs"), not the main clause's subject; a date stays the act's, whoever did it.
AGENT_HOLDERS = [
    ("Vell United won by six wickets, chasing down a target of 262 set by Tarn City in 50 overs.",
     "Ola Tarn made 104 off 97 balls as Vell United chased down the target in 46 overs.", []),
]


@pytest.mark.parametrize("a, b, expected", AGENT_HOLDERS)
def test_the_doer_of_a_passive_holds_the_figure_of_its_act(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, annotate_module, "_agent_holder", lambda *args: None, a, b, expected)


def test_a_name_before_a_verb_in_ed_is_its_subject_not_a_modifier():
    from claimcheck.entities import names

    read = names("Ola Tarn made 104 as Tarnia chased down the target.")
    (tarnia,) = [n for n in read if n.text == "Tarnia"]
    assert not tarnia.modifier
    (tarnian,) = [n for n in names("Officials seized Tarnian goods at the port.") if n.text == "Tarnian"]
    assert tarnian.modifier


# A distance told from a place named through another ("north of Tarnia's capital, Tarnstad")
# is told from the place so named: the same origin as "north of Tarnstad".
APPOSED_ORIGINS = [
    ("The quake struck Vell county, 80 km north of Tarnstad.",
     "The quake struck Vell county, about 95 km north of Tarnia's capital, Tarnstad.",
     [("80 km", "about 95 km", D)]),
]


@pytest.mark.parametrize("a, b, expected", APPOSED_ORIGINS)
def test_a_place_named_through_another_is_the_origin_of_its_distance(a, b, expected, monkeypatch):
    _holds_only_with(monkeypatch, measures, "APPOSED_REACH", 0, a, b, expected)


# An item of a list of figures is where the item before it is, and a sentence's opening place
# stops at a clause that names another before its figure.
OPENING_PLACE_STOPS = [
    ("In Tarnia, at least 140 people died, while Vellmark reported 12 deaths, officials said.",
     "In Vellmark, at least nine people died, officials said.", [("12 deaths", "at least nine people", B)]),
]


@pytest.mark.parametrize("a, b, expected", OPENING_PLACE_STOPS)
def test_an_opening_place_stops_at_a_clause_naming_another(a, b, expected):
    assert compare_path(a, b) == sorted(expected)


def test_an_item_of_a_list_of_figures_is_where_the_one_before_is(monkeypatch):
    text = "In Vellmark, at least 7 fatalities, 21 injuries, and 101 people missing were reported."

    def places():
        s = annotate(_claim(text, "one"))
        return [p.name.text if p else None for f, p in zip(s.facts, s.fact_places, strict=True)]

    assert places() == ["Vellmark"] * 3
    monkeypatch.setattr(annotate_module, "_LISTED", re.compile(r"(?!)"))
    assert places() != ["Vellmark"] * 3


# Two places told at their distances from one origin ("X, some 70 km from the dam" / "Y,
# which is 60 km downstream from the dam") lie at two distances: no value of one distance.
DISTANCES_OF_TWO_PLACES = [
    ("Residents of Tarnby - some 73 km (45 miles) from the Vell dam - are not worried about flooding in "
     "their town, a reporter says.",
     "According to the volunteers, the worst situation is in the town of Kellmouth, which is 60 km "
     "(37 miles) downstream from the Vell dam.",
     []),
    ("The Ormsby power station, which is only two kilometres from the fissure, was shut.",
     "According to the Vell Weather Service, Tarnby was around 4 km northeast of the fissure.",
     []),
    # ... but one place at two distances, or distances told of no place, are one distance, as
    # are distances told of a place the other sentence names too (in a list, with its region).
    ("Residents of Tarnby, some 35 miles west of Kellmouth, were told to leave.",
     "The coach was bound for Tarnby, Vellshire, some 40 miles west of Kellmouth.",
     [("some 35 miles", "some 40 miles", D)]),
    ("Residents of Tarnby, some 35 miles west of Kellmouth, were told to leave.",
     "Rescuers reached the districts of Tarnby and Ormsby, some 40 miles west of Kellmouth.",
     [("some 35 miles", "some 40 miles", D)]),
    ("Tarnby lies 73 km downstream from the Vell dam, the agency said.",
     "Residents of Tarnby, some 60 km downstream from the Vell dam, stayed put.",
     [("73 km", "some 60 km", D)]),
    ("The quake struck 73 km west of Kellmouth, the agency said.",
     "The epicentre was 60 km west of Kellmouth.",
     [("73 km", "60 km", D)]),
]


@pytest.mark.parametrize("a, b, expected", DISTANCES_OF_TWO_PLACES)
def test_distances_of_two_places_are_two_distances(a, b, expected, monkeypatch):
    assert compare_path(a, b) == sorted(expected)
    monkeypatch.setattr(align, "_distances_of_two_places", lambda *args: bool(expected))
    assert compare_path(a, b) != sorted(expected)


def test_a_claim_may_tell_the_distance_of_a_thing_inside_the_place():
    # A claim checked against the story is none of its sentences: "X High School is 50 miles
    # from Y" may be told by "the town of Z, 50 miles from Y".
    claim = "The Tarnby High School is about 30 miles from Kellmouth."
    source = "The flood struck the town of Ormsby, which lies about 30 miles (48 km) from Kellmouth."
    assert ("about 30 miles", "about 30 miles", S) in check_path(claim, source)


# A list that names each holder with its own number, the unit left to the first ("X was on nine
# seats, Y is on four"), gives Y the four (read as four seats, ``facts._with_elided_nouns``):
# another source's count of Y is set against Y's four, never against X's nine.
LISTED_HOLDERS = [
    ("Vell Party took two seats, while the Greens won one.",
     "• The Tarn Party was on nine seats, Vell Party is on four, Kell Union has seven and the Ormsby Group "
     "has five.", [("two seats", "four", "different")], True),
    ("Vell Party secured two seats.", "Vell Party won four seats, a regional paper said.",
     [("two seats", "four seats", "different")], False),  # guard
]


@pytest.mark.parametrize("a, b, expected, needs_reading", LISTED_HOLDERS)
def test_a_holder_listed_with_its_own_number_holds_no_other_figure(a, b, expected, needs_reading,
                                                                   monkeypatch):
    assert compare_path(a, b) == expected
    if needs_reading:
        from claimcheck import align
        monkeypatch.setattr(align, "_counted_in_its_own_clause", lambda *args: False)
        assert compare_path(a, b) != expected


# A figure the other sentence gives too, among its figures, is told by it: set against that
# sentence's other figure it would be set against a figure of something else. Values agree as
# relate says, or as a round figure rounds another ("£52,000" of "£51,730"), converted too.
GIVEN_TOO = [
    ("Mean yearly pay for Vell dockers is now $48,215 and over time is set to climb to $61,904 "
     "under the new deal, the firm said.",
     "Mean yearly pay will hit $62,000, against $48,000 now.", []),
    ("Among the 148 passengers, 141 were Chilean and seven were Peruvian.",
     "The plane carried 148 passengers, including 141 Chileans and 7 Peruvians, along with 5 staff members.",
     [("148 passengers", "148 passengers", "same")]),
    # guards: a value the other gives only of another fate, or nowhere, is no value it gives too
    ("Ten people died and seven were hurt when the ferry capsized.",
     "Seven people died when the ferry capsized off Kellmouth.",
     [("Ten people", "Seven people", "different")]),
    ("The average wage is £51,730, the firm said.", "The average wage is £64,000.",
     [("£51,730", "£64,000", "different")]),
]


# Counts one sentence gives that add up to the other's count are the parts of that whole: the
# other tells their whole, not another count of one of them. (No part is of another fate.)
SUMMED_PARTS = [
    ("The ferry carried 118 passengers, 9 deckhands and 3 officers when it left Kellmouth.",
     "The ferry, with 130 people on board, including three officers, left Kellmouth at dawn.",
     [("3 officers", "three officers", "same")]),
    # Members of a body are counted as the body ("11 crew members and 3 pilots" / "14 crew members").
    ("The jet had 142 people on board -- 128 passengers, 11 crew members and 3 pilots -- when it left.",
     "The jet, with 128 passengers as well as 14 crew members aboard, left Kellmouth on Thursday.",
     [("128 passengers", "128 passengers", "same")]),
    # guard: a count of another fate is no part of the whole
    ("Five people died and three were injured when the ferry capsized.",
     "Eight people died when the ferry capsized.", [("Five people", "Eight people", "different")]),
]


# The day of an act done by one is no day of the same act done by another: "the minister
# visited the site on Wednesday" / "agency staff visited on Tuesday" are two visits.
DONE_BY_TWO = [
    ("Meanwhile, the Tarnia health minister Ola Berg on Wednesday visited the flooded mill, where the "
     "search went on for a third day.",
     "Officials from the Vell Relief Agency (VRA) visited the flooded mill on Tuesday and opened an inquiry.",
     []),
    # guard: one doer keeps the days compared (two doers on one day agree on the day: see
    # test_a_name_before_a_function_word_qualifies_no_noun)
    ("The minister Ola Berg visited the flooded mill on Wednesday.",
     "Berg visited the flooded mill on Tuesday.",
     [("Wednesday", "Tuesday", "different")]),
]


def test_a_group_none_of_the_whole_belongs_to_is_no_part_of_it():
    # "175 passengers and 6 crew" sum to 181, but no crew member is among "181 passengers"
    # (units.yaml disjoint_groups): the two disagree on the passengers.
    a = "The jet, carrying 118 passengers as well as seven crew members, left Kellmouth at dawn."
    b = "The jet had 111 passengers aboard plus 7 crew members, the airline said."
    assert ("118 passengers", "111 passengers", "different") in compare_path(a, b)


@pytest.mark.parametrize("a, b, expected, reading", [
    *((a, b, expected, "_given_too") for a, b, expected in GIVEN_TOO),
    *((a, b, expected, "_summed_by") for a, b, expected in SUMMED_PARTS),
    *((a, b, expected, "_done_by_two") for a, b, expected in DONE_BY_TWO),
])
def test_values_told_otherwise_by_the_other_are_not_set_against_it(a, b, expected, reading, monkeypatch):
    assert compare_path(a, b) == sorted(expected)
    if all(rel != "different" for _, _, rel in expected):  # (guards hold with the reading on or off)
        from claimcheck import align
        monkeypatch.setattr(align, reading, lambda *args: False)
        assert compare_path(a, b) != sorted(expected)
