"""What each figure of a sentence measures, as the words around it say.

Two figures of one unit are values of one quantity only when they measure the same thing:
a depth and a distance are both in kilometres, a share price and earnings per share both
in dollars, "four more bodies" is no count of the bodies recovered, "68 passengers and four
crew" gives no count of everyone on board, and a figure of a quake in another year is no
figure of this one. The annotate stage reads a ``Measure`` for every fact once, here, and
the alignment refuses to pair two figures whose measures say they are of two things
(``differ``).

Each part of a measure is read from the sentence's grammar only where the words say it
plainly; a part left unread never refuses a pair (a figure that does not say what it
measures may still be a figure of anything the other measures).

A lower stage: it reads the tokens and facts of one sentence and the language tables
(``data/measures.yaml``), nothing of the stages above.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from claimcheck.lexicon import Lexicon, phrase_pattern
from claimcheck.models import AGE_UNIT, CLOCK_TIME, DATE_KINDS, ELAPSED, FIGURE_KINDS, SCORE, Fact, FactKind
from claimcheck.text import QUOTATION_MARKS, Token, concept, stopwords

__all__ = ["Measure", "UNREAD", "differ", "moment", "read_measures"]


@dataclass(frozen=True, slots=True)
class Measure:
    """What one figure is a figure of, as far as its sentence says."""

    nouns: frozenset[str] = frozenset()
    """Concepts of the thing measured where the grammar names it: "a depth of 8 km",
    "revenue was $7bn", "a 22-second video", "72 km southwest" (a distance)."""
    noun_leads: tuple[tuple[str, int, str], ...] = ()
    """For a figure whose ``nouns`` a link leads from (not ``named``): each noun's concept, the
    index of its last token before the figure, and the concept of the lower-case word right
    before that token ("quarterly" of "quarterly revenue of $7bn"; "" for a determiner, a
    holder or none): which of the noun's kind the figure is of."""
    named: bool = False
    """Whether the figure's own words name the thing (a word after it, "8 km deep", or the
    noun it is written into, "a 22-second video"), not the words a link leads from ("a
    pay rise of 4.5%" / "its offer of 3.5%" may name one thing two ways)."""
    modifiers: frozenset[str] = frozenset()
    """Concepts of the words between a count and its noun: "five Indian nationals"."""
    increment: bool = False
    """A count added to another ("four more bodies", "a further 20"), not a whole count."""
    another: bool = False
    """Given as "another N": added to another count, or a whole count of something else
    beside it ("killed 30; another 60 were hurt"), so either."""
    part: bool = False
    """One part of a whole the sentence gives ("including four crew", "68 passengers and
    four crew members")."""
    band: bool = False
    """The width of a band round another figure ("plus or minus 2%")."""
    joined: bool = False
    """A count whose noun is joined by "and" to another noun with no figure of its own ("212
    passengers and crew", "200 staff and students"): it counts both groups together, no one
    group alone ("367 passengers")."""
    base: int | None = None
    """What a change is measured against (``change_bases`` group): a year ago, the
    previous quarter, the start of the year, one trading session or another."""
    year: int | None = None
    """A year the figure's clause places it in ("a quake of 5.7 in 1960")."""
    decade: int | None = None
    """The first year of a decade the figure's clause places it in ("a $9bn merger in the late
    1990s": 1990): a figure of that decade, long past, is another event's."""
    month: int | None = None
    """A month the figure's clause places it in, no year given ("in May, 22 died")."""
    singled: bool = False
    """The figure of one part singled out of a whole ("52 died in the town alone")."""
    past: bool = False
    """Placed a year or more before the article's own time by a relative time beside it
    ("$8bn, which it generated a year ago", "last year the toll was 40"): a figure of an
    earlier period, not of the one the story reports."""
    earlier: bool = False
    """Told as an earlier figure since replaced ("had previously put the toll at 5,500"), or
    as the value a change started from ("to 1.1% from 1.4%", "up from 3.5%")."""
    change: int = 0
    """What the figure is of a change its clause tells: 1 the size of the change ("cut the rate
    by 2 points"), 2 the level the change reached ("cut the rate to 10%", "from 12% to 10%"),
    0 unsaid. A size and a level are two quantities, whatever their units share."""
    into: bool = False
    """A span told as how far into something a moment came ("ten minutes into the second half",
    "four hours into the talks"): a point in it, not a length. A point and the length a thing
    named lasted are two quantities."""
    moment: int = 0
    """Which side of an event its clause places it on: -1 before ("ahead of the vote", "as
    traders waited for the vote"), 1 after ("after the vote"), 0 unsaid."""
    record: bool = False
    """A span a record reaches back over ("the deadliest fire in more than a century", "the
    largest deal in two decades"): no time anything took or has passed since."""
    setting: str = ""
    """Where those a count counts were, as words right after it tell (``settings``: "180 people
    on board", "a dozen killed on the ground"): "aboard", "ground", or "" unsaid."""
    moment_of: str = ""
    """The concept of the event ``moment`` places the figure before or after ("after the vote":
    vote), "" where none is read."""
    record_of: str = ""
    """The concept of the noun a record's span is the record of ("the largest increase in
    25 years": increase), "" for none."""
    origin: str = ""
    """The named place a distance is measured from ("170 km north of X": "x"): distances
    from two places are two distances, whatever their values."""
    qualifiers: frozenset[str] = frozenset()
    """Words that pick one of several measures of the thing (``qualifiers``): "a 12% general
    wage increase", "the starting wage will rise 45%" (in the figure's own noun phrase, or in
    the subject its clause gives it), "$3.2bn in insured losses"."""
    among: bool = False
    """Whether its sentence gives another figure of its unit with other qualifiers ("the
    starting wage will rise 45% while the top wage will rise 20%"): the sentence tells the
    measures apart, so a figure of another sentence that names none is of neither."""
    stage: frozenset[tuple[str, str, int]] = frozenset()
    """The moments within an event its clause places it at (``event_stages``), each as
    (unit or named moment, which one, side): "in the 27th minute" ("minute", "27", 0), "after
    the interval" ("half-time", "", 1), "in the opening quarter" ("quarter", "1", 0). A
    running figure (a score, a lap count, a quarter's revenue) has one value per moment."""
    possible: bool = False
    """A level that may come, not one that is ("the fee could reach more than 90 million",
    ``possible_levels``)."""
    supposed: bool = False
    """A value weighed or supposed, not one stated: a course weighed ("discussed whether to set
    the fee at $30, but settled on less"), a condition ("if turnout reaches 60%"), or what a
    supposition opens with ("At a $30 fee, the permit would cost ..."): what was considered,
    which may not be what was done."""
    gap: bool = False
    """For a figure of no span of time, whether it is the gap between two values (``gap_nouns``
    before it in its clause, "the margin ... was 12.4%"; or "by" after a verb of beating, "won
    by 9,400 votes"), not a value itself; a figure set against another in a tally ("51.2% to
    48.8%") is each side's value. (A span of time reads ``between``.)"""
    between: int = 0
    """For a span of time: 1 the time between two things, not the length of either, from one
    event to another ("three weeks after the vote", "an hour later") or a gap to another
    time ("six weeks short of the target", "21 seconds ahead of the runner-up"); -1 a
    length ("a 12-year term", "jailed for 12 years", "a two-week inquiry"), another quantity;
    0 unsaid, as by "by" ("delayed by a year" is a length, "won by 12 seconds" a gap)."""
    asked: str = ""
    """A value asked for or offered, not the one granted or done: ASKED what a side sought,
    demanded or recommended ("prosecutors had asked for 18 years", "the union's demand for
    9%"), OFFERED what a side offered or proposed ("it offered a 4.5% rise"). The figure
    settled on is another quantity, whatever its unit; so is one side's ask of the other's offer."""
    fates: frozenset[str] = frozenset()
    """What its sentence says befell the people a count counts (``units.yaml`` casualty_verbs and
    fate_words, else the class of its own noun: "19 deaths" counts the dead), read from the
    verb the count is the object of ("rescuers saved 140", "trying to locate 9") or else the
    subject of ("eight miners were trapped", "nine others are missing"); failing both, where
    they were ("60 campers were in the area", "with 130 passengers on the manifest"). A count
    of animals (``animal_nouns``, "killed 40,000 fish") has none: no toll of the story's people."""
    reach: int = 0
    """For a span of time, which way from now it reaches: 1 ahead ("over the next four
    years"), -1 back ("in the last 20 years"), 0 unsaid. Spans reaching two ways are two spans."""
    sizing: bool = False
    """A count written with a hyphen into the noun it qualifies ("the 90-seat chamber", "a
    300-bed hospital"), or the whole a part is told out of ("18 out of the 90 seats"): the
    size of that thing, not a count of what the story tells. A size and a plain count of its
    unit ("won 21 seats") are two quantities."""
    progress: bool = False
    """A share of a whole that an act has got through so far, not a share the whole gives
    someone: "with 97% of the ballots counted", "96% of polling stations had reported",
    "after counting 95% of the ballots". How far a count has got and a result are two
    quantities; how far it had got at two times is no disagreement either."""
    standard: bool = False
    """A value set for the thing to meet or stay within, not one it took: its noun is a target,
    a cap, a limit ("the 3% goal", "a cap of 50 people"). A standard and a value of the
    thing are two quantities, whatever their units share."""
    usual: bool = False
    """A figure of what is usual, not of this time: told of an average or typical period ("an
    average year sees 95 mm of rain", "the region typically receives 97 mm"). What is usual and
    what happened are two quantities."""
    compared_with: bool = False
    """The figure a comparison sets another against ("a 7% rise, more than the 4% it offered",
    "not as high as the 11% it sought", "compared with 4% a year ago"): what the other is
    measured by, another quantity than the one compared."""
    whole: tuple[str, frozenset[str], bool] = ("", frozenset(), False)
    """For a share, the whole it is a share of, named right after it ("6% of its corporate
    staff"): the concept of its noun (one per ``whole_groups`` group), the concepts of the
    words before that one ("corporat"), and whether the noun is of a group; ("", ∅, False)
    when unnamed. Shares of two wholes, or of a whole and a part of it ("1% of its employees",
    "6% of its regional staff"), are two quantities, where one of them is of a group: a
    noun of none may be followed by words that describe it ("of patients taking the drug")."""
    when: Fact | None = None
    """The time its clause gives the figure at: a date, day, time of day or relative time
    right after it, a word of time leading it ("stood at 6.1% in June", "fall to 4% by the end
    of the year", "winds of 150 mph at 5 a.m."), or one opening its clause before a comma ("In
    June, ...", "As of 11 a.m., ..."), or a time to come ("below 4% in two years' time"). A
    figure that changes over time has one value per time: two figures given at two times
    are two readings, not one value told two ways."""
    read_of: str = ""
    """For a reading on a scale (``scale_nouns``), the concept of the thing read: the noun the
    reading is written into ("a 5.9-magnitude aftershock", "a magnitude 5.7 tremor") or the noun
    a verb of reading follows ("aftershocks measuring 4.2 and 5.5"); "" where unsaid or told by a
    word that may name any such thing (``reading_any_things``: "one measuring 5.3"). Readings
    of two things are two quantities: the main shock's and an aftershock's."""
    of_several: bool = False
    """A reading of one of several things its sentence reads ("two aftershocks, measuring 4.9
    and 6.7", "magnitudes 2 and 4"): which one another sentence's reading is of, no words say."""
    fated_others: bool = False
    """Whether, its own fate unsaid, its sentence tells what befell those another count counts
    ("the 60 campers on the mountain included the five found dead" aside, "Nine died and 14 were
    found in the cabin"): the sentence tells its groups apart, so the count is of none of the
    fates it gives to others."""


UNREAD = Measure()


def differ(a: Measure, b: Measure, unit_a: str, unit_b: str, published_a: dt.date | None = None,
           published_b: dt.date | None = None, periods: bool = True) -> bool:
    """Whether two figures (of the given units) measure two things, however alike their
    values and the words around them. ``periods``: whether a figure of a year or more ago
    (``Measure.past``) is of another thing; ``check`` tells such a figure as one of another
    occasion itself, and asks without."""
    if a.nouns and b.nouns and not a.nouns & b.nouns and (a.named or b.named) or _qualified_apart(a, b):
        return True  # a depth and a distance; a contract's length and a video's; a top and a starting wage
    if a.modifiers and b.modifiers and not a.modifiers & b.modifiers \
            or a.read_of and b.read_of and a.read_of != b.read_of or a.of_several or b.of_several:
        # "five Indian nationals" are some of the "15 foreign nationals"; the main shock's
        # magnitude and an aftershock's; one of two aftershocks' and the one another tells
        return True
    if a.increment != b.increment and not (a.another or b.another) or a.band != b.band:
        return True  # "four more bodies" and "32 bodies recovered"; a band and a change
    if a.joined != b.joined or a.part != b.part and unit_a != unit_b:
        # "68 passengers (and four crew)" counts no one else than "72 people"; "212 passengers
        # and crew" counts more than the passengers.
        return True
    if a.singled != b.singled or fated_apart(a, b):
        # A town's toll and the whole quake's; the dead and the missing; the rescued and those
        # on the manifest.
        return True
    if a.earlier != b.earlier or a.gap != b.gap or a.supposed != b.supposed or a.asked != b.asked \
            or a.between * b.between < 0 \
            or a.standard != b.standard or a.compared_with != b.compared_with or a.usual != b.usual \
            or a.sizing != b.sizing and not a.fates == b.fates == {PRESENT} \
            or a.progress or b.progress \
            or a.reach * b.reach < 0 \
            or a.change and b.change and a.change != b.change:
        # The toll as first reported and the toll now; a margin and a value; a price weighed
        # and the price set; a sentence sought and the one passed; a target and the level
        # reached; the figure a comparison is made with and the one compared; a chamber's size
        # and the seats a party won; how far a count had got and a result, or how far it had
        # got at two times (when a result was told, not what it says); the next four years and
        # the last twenty; a cut "by 2 points" and the rate it was cut "to".
        return True
    if periods and (a.past != b.past or a.possible != b.possible):
        # Last year's revenue and this quarter's; a level that may come and one that is. (``check``
        # tells both as of another occasion itself.)
        return True
    if a.moment and b.moment and a.moment != b.moment \
            and (periods or not (a.moment_of and b.moment_of and a.moment_of != b.moment_of)) \
            or a.into != b.into and (b.named if a.into else a.named):
        # A move before a decision and a move after it; "two hours into the final" and the
        # length the final lasted ("25 seconds into the game" and "after 27 seconds" are two
        # tellings of one moment). (``check`` sets a move after one event against one before
        # another: "rose 24% after the announcement" / "had gained 24.4% before the halt". In
        # compare, two such moves stay apart: which event came first, no sentence says.)
        return True
    if a.base is not None and b.base is not None and a.base != b.base \
            or a.stage and b.stage and a.stage != b.stage:
        # Up on a year ago and up on the previous quarter; the score at half-time and the
        # score in the 27th minute.
        return True
    if a.year is not None and b.year is not None:
        return a.year != b.year  # a figure of 1960 and one of 2023

    # A figure's year (or month, "in May") is set against the other article's day, or, that
    # article undated, its own article's: a figure of 1998 in a report of 2026 is of another
    # event either way.
    day_a, day_b = published_b or published_a, published_a or published_b
    if a.decade is not None or b.decade is not None:
        return _decades_apart(a, b, day_a, day_b)
    return _times_apart(a, b, day_a, day_b)


def _times_apart(a: Measure, b: Measure, day_a: dt.date | None, day_b: dt.date | None) -> bool:
    """Whether the months or years the two figures' clauses give (if any) place them at two
    times, each set against the day given for it."""
    if a.month is not None and b.month is not None:
        return a.month != b.month or _other_year(a.year, day_a) or _other_year(b.year, day_b)
    return _other_year(a.year, day_a) or _other_year(b.year, day_b) \
        or _other_month(a.month, day_a) or _other_month(b.month, day_b)


def fated_apart(a: Measure, b: Measure) -> bool:
    """Whether the two counts count people of two fates (``Measure.fates``), of two fates
    together and of one, or one of a fate and one of none in a sentence that gives other counts
    theirs (``Measure.fated_others``)."""
    if a.fates and b.fates:
        # (A count of two fates together, "killed and injured 2,000", is no count of either.)
        return not a.fates & b.fates or a.fates != b.fates and (len(a.fates) > 1 or len(b.fates) > 1)
    return bool(a.fates and b.fated_others or b.fates and a.fated_others)


def _qualified_apart(a: Measure, b: Measure) -> bool:
    """Whether the two figures' own phrases say which of two measures each is: the distance to
    one city and the distance to another; a record's span and a term; shares of two wholes
    (``Measure.whole``); the starting wage and
    the top wage, or the general rise and the starting wage's (where a sentence tells its
    measures apart)."""
    if _origins_apart(a.origin, b.origin) or a.record != b.record \
            or a.record_of and b.record_of and a.record_of != b.record_of:
        # (How far back a record reaches: "the largest in two decades", no term; and the record
        # of what: "the largest increase in 25 years" and "the fastest inflation in 35 years".)
        return True
    if a.whole[0] and b.whole[0] and (a.whole[2] or b.whole[2]) and a.whole[:2] != b.whole[:2]:
        return True  # a share of a firm's workforce and a share of its regional staff
    # (Each naming a measure the other does not, whatever they share: "the lowest yes vote" and
    # "the highest yes vote".)
    return bool(a.qualifiers - b.qualifiers and b.qualifiers - a.qualifiers) \
        or a.qualifiers != b.qualifiers and not a.qualifiers & b.qualifiers and (a.among or b.among)


def _origins_apart(a: str, b: str) -> bool:
    """Two places a distance is told from that are not one: two names, or two things told in
    plain words. (A place named and one told in plain words, "from Vell" / "from the town", may
    be one.)"""
    if not (a and b and a != b and a.startswith(PLAIN_ORIGIN) == b.startswith(PLAIN_ORIGIN)):
        return False
    # (A thing told in fewer words is the same thing: "the stage" / "the band's stage".)
    words_a, words_b = set(a.removeprefix(PLAIN_ORIGIN).split()), set(b.removeprefix(PLAIN_ORIGIN).split())
    return not (words_a <= words_b or words_b <= words_a)


PAST_YEARS = 1
"""A year further back than this before the other article's publication is another event's."""


def _decades_apart(a: Measure, b: Measure, day_a: dt.date | None, day_b: dt.date | None) -> bool:
    """Whether a figure placed in a decade ("in the late 1990s") is of another time than the
    other: of another decade, of a year outside it, or, the other giving no time, of a decade
    long past at the other article's day (a figure of the story's own time)."""
    if a.decade is not None and b.decade is not None:
        return a.decade != b.decade
    decade, year, day = (a.decade, b.year, day_a) if a.decade is not None else (b.decade, a.year, day_b)
    assert decade is not None
    if year is not None:
        return not decade <= year < decade + 10
    return _other_year(decade + 9, day)


def _other_year(year: int | None, published: dt.date | None) -> bool:
    return year is not None and published is not None and year < published.year - PAST_YEARS


NEAR_MONTHS = 2
"""Months either side of an article's own month that a figure given "in May" may be of the
story's time (a month's figures come out a month or two after); further off, another event's.
(Two figures that both give a month are set against each other, not the article's day.)"""


def _other_month(month: int | None, published: dt.date | None) -> bool:
    if month is None or published is None:
        return False
    apart = (published.month - month) % 12
    return NEAR_MONTHS < apart < 12 - NEAR_MONTHS


# --- reading --------------------------------------------------------------------------------

REACH = 4
"""Content words read back from a link ("the adjusted earnings per share were") as the thing a
figure is of."""
OF_REACH = 2
"""... and back from "of" ("forecast revenue of"), where a verb comes sooner."""


def read_measures(text: str, toks: Sequence[Token], facts: Sequence[Fact], clauses: Sequence[tuple[int, int]],
                  lexicon: Lexicon, conditions: Sequence[tuple[int, int]] = ()) -> tuple[Measure, ...]:
    """The measure of each fact (``UNREAD`` for dates but those a record reaches back to);
    ``conditions``: spans of the sentence's
    conditions ("if turnout reaches 60%"), whose figures are only supposed."""
    tables = lexicon.compiled(_tables)
    folded = text.casefold()
    if not any(f.kind not in DATE_KINDS for f in facts):
        return tuple(_date_measure(folded, f, tables) for f in facts)
    # A word set in quotation marks ("$60 million in “punitive” damages") breaks no clause of a
    # figure's noun phrase: for the qualifiers, the marks are read as spaces, every offset kept.
    unmarked = _MARKED_WORD.sub(lambda m: f" {m.group(1)} ", folded)
    converts = _conversions(folded, facts, tables)
    # (The side of an event the whole sentence names is each figure's whose clause names none.)
    sentence_side = _sentence_side(folded, tables)
    out: list[Measure] = []
    for n, fact in enumerate(facts):
        if n in converts:
            out.append(UNREAD)  # read below, as the figure it converts
            continue
        if fact.kind in DATE_KINDS:
            # The time of a value a change started from ("from 3.5% in January") is the time
            # of that old value, compared only with the time of another such value.
            prev = next((f for f in reversed(facts[:n]) if f.end <= fact.start), None)
            old = prev is not None and prev.kind not in DATE_KINDS and _close(folded[prev.end:fact.start]) \
                and _started_from(folded, prev, facts, clauses, tables)
            out.append(Measure(earlier=True) if old else _date_measure(folded, fact, tables))
            continue
        if fact.kind is FactKind.ORDINAL:
            out.append(replace(_ordinal_measure(folded, fact, toks, tables, lexicon),
                               when=_when(folded, fact, n, facts, clauses, tables)))
            continue
        # A conversion in brackets after it ("£20m (€23.4m)", "730 feet (223 metres) long") is
        # the same figure written again: what stands after the bracket stands beside this figure.
        whole = _with_conversion(folded, fact, [f for k, f in enumerate(facts) if converts.get(k) == n])
        before = [t for t in toks if t.end <= fact.start]
        after = [t for t in toks if t.start >= whole.end]
        inside = [t for t in toks if fact.start <= t.start < fact.end]
        # The figures next to it ("a year ago" is a time, and may itself name the base).
        following = next((f for f in facts[n + 1:] if f.start >= whole.end and f.kind not in DATE_KINDS),
                         None)
        preceding = next((f for f in reversed(facts[:n]) if f.end <= fact.start and f.kind not in DATE_KINDS),
                         None)
        lasted = _lasted(text, fact, before, facts, tables)
        read_of, of_several = _read_of(text, fact, before, after, facts, tables, lexicon)
        nouns, named = (frozenset({concept(lasted, lexicon)}) - tables.generic, True) if lasted \
            else _nouns(text, whole, before, after, facts, tables, lexicon)
        base = _base(folded, whole, following, preceding, tables)
        lead = CLAUSE_BREAKS.split(folded[:fact.start])[-1]  # (its clause before it, read by several)
        side, event = _placed(folded, fact.start, fact.end, tables)
        if not side:
            side, event = sentence_side
        out.append(Measure(
            nouns=nouns, named=named,
            noun_leads=() if named else _noun_leads(before, nouns, tables, lexicon),
            modifiers=(_modifiers(fact, inside, tables, lexicon)
                       or _body_after(text, fact, inside, after, tables, lexicon)),
            increment=_increment(folded, fact, inside, tables),
            another=_ends_with(tables.another, folded[max(0, fact.start - 12):fact.start]),
            part=_part(folded, whole, following, preceding, tables),
            band=_ends_with(tables.band, folded[max(0, fact.start - 16):fact.start]),
            joined=_joined_noun(folded, fact, facts),
            base=base,
            year=_year(fact, facts, clauses, folded, tables),
            decade=_decade(folded, fact, clauses, tables),
            month=_month(folded, fact, facts, clauses, tables),
            earlier=_earlier(lead, fact, tables) or _earlier(_opening(folded), fact, tables)
            or _superseded(folded, fact, tables)
            or _started_from(folded, fact, facts, clauses, tables)
            or _moved_from(folded, fact, facts, clauses, tables)
            or _opened_with(folded, fact, tables),
            # ("a 14-foot rise", "a 5% increase": a figure written into a noun of change is the
            # size of the change.)
            change=_change(folded, fact, preceding, facts, clauses, tables)
            or (1 if named and nouns & tables.change_concepts else 0),
            into=fact.kind is FactKind.DURATION and _INTO.match(folded, fact.end) is not None,
            moment=side,
            moment_of=_event_concept(event, lexicon, tables),
            stage=_stage(folded, fact, clauses, tables),
            fates=frozenset() if fact.unit in tables.animals
            else _fate_of_includer(folded, toks, fact, clauses, tables, lexicon)
            or _fates(folded, toks, fact, facts, clauses, tables),
            supposed=_weighed(folded, fact, tables) or any(a <= fact.start < b for a, b in conditions)
            or _supposing(folded, fact, tables) or _could_face(lead, fact, tables),
            possible=_could_reach(lead, tables),
            asked=_asked(lead, folded, fact, tables),
            when=_when(folded, whole, n, facts, clauses, tables),
            standard=_standard(nouns, tables),
            usual=_usual(folded, fact, clauses, tables),
            compared_with=_compared_with(lead, tables),
            sizing=_sizing(folded, fact, facts, tables),
            progress=_progress(lead, fact, before, after, tables),
            reach=_reach(folded, fact, tables),
            between=-1 if lasted else _between(folded, fact, tables),
            gap=_gap(folded, lead, fact, facts, tables),
            qualifiers=_qualifiers(unmarked, fact, tables),
            whole=_whole(text, fact, after, facts, tables, lexicon),
            origin=_origin(text, whole, after, tables),
            read_of=read_of, of_several=of_several,
            record=_record(folded, fact, tables),
            setting=_setting(folded, fact, tables),
            record_of=_record_of(folded, fact, tables, lexicon),
            singled=_singled(folded, fact, tables),
            # A change measured against a year ago ("up 13% from the same period last
            # year") is a change of now, not a figure of then.
            # So is the value of an earlier instance of its noun ("the previous record of 19
            # seconds"): of another time, whichever year it was.
            past=base is None and (_past(folded, whole, [f for k, f in enumerate(facts) if k not in converts],
                                         tables) or _of_earlier_instance(folded, fact, tables)
                                   or _of_earlier_forecast(folded, fact, tables)
                                   or _at_period_start(folded, fact, facts, tables)),
        ))
    # A conversion measures what the figure it converts measures: its own words are a bracket.
    out = [out[converts[n]] if n in converts else m for n, m in enumerate(out)]
    out = _with_listed_readings(text, out, facts)
    listed = _with_listed_fates(_with_among(tuple(out), facts), facts, folded)
    return _with_other_origins(_with_fated_others(listed, facts), facts)


def _conversions(folded: str, facts: Sequence[Fact], tables: _Tables) -> dict[int, int]:
    """Figures written in brackets right after a figure of the same kind in another unit
    ("£20m (€23.4m)", "730 feet (223 metres)"), each with the index of the figure it
    converts: one value written twice, not a neighbouring figure. Counts qualify only in
    units of measurement: "eight workers (two women)" names a part, not the same eight."""
    found: dict[int, int] = {}
    for k in range(1, len(facts)):
        first, second = facts[k - 1], facts[k]
        if first.kind is not second.kind or first.unit == second.unit or first.kind in DATE_KINDS:
            continue
        if first.kind is not FactKind.MONEY and not {first.unit, second.unit} <= tables.units:
            continue
        # (The bracket may hold the size's word glued on too: "640-foot-long (195-meter-long)".)
        if _OPENED.fullmatch(folded, first.end, second.start) and _CLOSED.match(folded, second.end):
            found[k] = found.get(k - 1, k - 1)
    return found


_OPENED = re.compile(r"(?:-[a-z]+)*\s*\(\s*")
_CLOSED = re.compile(r"(?:-[a-z]+)*\s*\)")


def _with_conversion(folded: str, fact: Fact, conversions: Sequence[Fact]) -> Fact:
    """The figure with the bracketed conversions after it, as one span to their closing bracket."""
    if not conversions:
        return fact
    last = conversions[-1]
    return replace(fact, end=folded.index(")", last.end) + 1)


def _with_listed_fates(found: tuple[Measure, ...], facts: Sequence[Fact], folded: str) -> tuple[Measure, ...]:
    """Each count of no fate of its own inside an aside set off after a count ("97 people - 88
    women, eight children and a man - died"), given that count's fate: the aside lists
    whom it counts, and what befell them befell those listed."""
    fates = list(found)
    for k, whole in enumerate(facts):
        set_off = _set_off_after(folded, whole, facts)
        if set_off is None or not found[k].fates:
            continue
        for n, f in enumerate(facts):
            if whole.end < f.start < set_off[0] and not found[n].fates:
                fates[n] = replace(found[n], fates=found[k].fates)
    return tuple(fates)


def _with_fated_others(found: tuple[Measure, ...], facts: Sequence[Fact]) -> tuple[Measure, ...]:
    """Each count of no told fate, told whether another count of its sentence has one
    (``Measure.fated_others``)."""
    counts = [n for n, f in enumerate(facts) if f.kind is FactKind.COUNT or f.kind is FactKind.NUMBER]
    # Where people were tells no group apart: "150 people including 130 passengers" are all aboard.
    fated = {n for n in counts if found[n].fates - {PRESENT}}
    return tuple(replace(m, fated_others=True) if n in counts and not m.fates and fated else m
                 for n, m in enumerate(found))


ANOTHER_ORIGIN = "(another place)"
"""The origin of a distance its sentence tells from no place, where it tells another of its
kind from one ("26 miles south-west of X, with the epicentre about 18 miles away"): not X."""


def _with_other_origins(found: tuple[Measure, ...], facts: Sequence[Fact]) -> tuple[Measure, ...]:
    """Each distance told from no named place, given ``ANOTHER_ORIGIN`` where the sentence
    names the origin of another of its kind."""
    def other_origin(n: int) -> bool:
        # (A conversion in brackets shares the measure of what it converts, origin and all.)
        return not found[n].origin and any(k != n and f.kind is facts[n].kind and found[k].origin
                                           for k, f in enumerate(facts))
    return tuple(replace(m, origin=ANOTHER_ORIGIN) if other_origin(n) else m for n, m in enumerate(found))


def _with_among(found: tuple[Measure, ...], facts: Sequence[Fact]) -> tuple[Measure, ...]:
    """Each measure, told whether another figure of its unit in the sentence has other
    qualifiers (``Measure.among``)."""
    def among(n: int) -> bool:
        mine = found[n].qualifiers
        return bool(mine) and any(k != n and f.kind is facts[n].kind and f.unit == facts[n].unit
                                  and found[k].qualifiers and not found[k].qualifiers & mine
                                  for k, f in enumerate(facts))
    return tuple(replace(m, among=True) if among(n) else m for n, m in enumerate(found))


RECORD_BREAKS = re.compile(r"[,;:!?()\u2014\u2013]")
_RECORD_SPAN_LEAD = re.compile(
    r"\b(?:in|for)\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+)?$")
"""What stands right before a record's span: "in", "in more than", "for nearly"."""
RECORD_DATE_WORD = "since"
"""The word the date a record reaches back to follows (``_RECORD_DATE_LEAD``)."""
_RECORD_DATE_LEAD = re.compile(r"\bsince\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w'\u2019]+\s+){0,2}$")
"""What stands right before the date a record reaches back to: "since", "since the bank's"."""


_RECORD_DATE = Measure(record=True)


def _date_measure(folded: str, fact: Fact, tables: _Tables) -> Measure:
    """A date's measure: the date a record reaches back to ("the largest fall since its 1986
    listing") is of another event than any the story dates; any other date is ``UNREAD``."""
    return _RECORD_DATE if _record(folded, fact, tables) else UNREAD


def _record(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether a span is the one a record reaches back over: right after "in" (or "in more
    than"), its clause before it naming a record (``record_words``: "the largest deal in two
    decades")."""
    if fact.kind in DATE_KINDS and folded.rfind(RECORD_DATE_WORD, 0, fact.start) < 0:
        return False  # (most dates: read on only after the word a record's date follows)
    # (A full stop inside one sentence is an abbreviation's: "the deadliest U.S. fire in ...".)
    lead = RECORD_BREAKS.split(folded[:fact.start])[-1]
    if fact.kind in DATE_KINDS:
        # "the largest fall since the bank's 1986 listing": the date a record reaches back to,
        # another event's, no date of the story's.
        lead_in = _RECORD_DATE_LEAD
    elif fact.kind is not FactKind.DURATION or fact.unit == ELAPSED:
        return False  # (a time on the clock, "in 31:07", is a time taken, no span of the calendar)
    else:
        lead_in = _RECORD_SPAN_LEAD
    if not lead_in.search(lead):
        return False
    return any(w.strip(".'\u2019") in tables.record_words for w in lead.split())


def _record_of(folded: str, fact: Fact, tables: _Tables, lexicon: Lexicon) -> str:
    """The concept of the first content word after the record word before a record's span
    ("the single largest increase in 25 years": increase); "" where the span is no record's."""
    if not _record(folded, fact, tables):
        return ""
    words = [w.strip(".,'\u2019") for w in RECORD_BREAKS.split(folded[:fact.start])[-1].split()]
    at = max(k for k, w in enumerate(words) if w in tables.record_words)
    # Only a noun right after the record word: "the strongest to hit the region in 11 years"
    # names none (what is strongest, the sentence said before).
    noun = words[at + 1] if at + 1 < len(words) else ""
    if not noun.replace("-", "").isalpha() or noun in stopwords(lexicon) or noun.endswith("ing"):
        return ""
    return concept(noun, lexicon)


def _origin(text: str, fact: Fact, after: list[Token], tables: _Tables) -> str:
    """The name after "of" that a distance's direction word leads to ("250 km south of X"; the
    figure read with its bracketed conversion, "64 km (40 miles) south of X"), or the name a
    distance is told from ("80 miles from X")."""
    if not after or text[fact.end:after[0].start].strip():
        return ""
    if after[0].norm == "from" and fact.kind is FactKind.COUNT and fact.unit in tables.measurement_units:
        start = 1
    elif len(after) >= 3 and tables.after.get(after[0].norm) is not None and after[1].norm == "of":
        start = 2
    elif len(after) >= 3 and after[1].norm == "from" \
            and (measured := tables.after.get(after[0].norm)) is not None \
            and measured == tables.after.get("away"):
        start = 2  # "300 yards away from the quay", "two miles away from the dam"
    else:
        return ""
    name = _capitalised_run(text, after[start:])
    if not name:
        # "700 feet from the stern of the hulk": a thing named in plain words is the origin too.
        return _plain_origin(text, after[start:])
    if name[-1].text.endswith(("'s", "’s")):
        # "370 km northeast of X's capital, Y": the place is the one the capital is named as.
        rest = after[start + len(name):]
        k = next((i for i in range(1, min(len(rest), APPOSED_REACH + 1))
                  if text[rest[i - 1].end:rest[i].start].strip() == ","), None)
        if k is not None and all(t.text.islower() for t in rest[:k]) and rest[k].text[:1].isupper():
            name = _capitalised_run(text, rest[k:])
    return " ".join(t.norm for t in name)


ORIGIN_WORDS = 5
"""Words of a plain noun phrase a distance is told from ("from the stern of the hulk")."""
_ORIGIN_ENDS = frozenset({"and", "or", "but", "in", "on", "at", "where", "which", "that", "when", "while",
                          "after", "before", "as", "to", "into", "with", "by", "for"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _plain_origin(text: str, toks: Sequence[Token]) -> str:
    """The words of the noun phrase a distance is told from, up to a clause or phrase break
    (none where it opens with no word, or only with a determiner)."""
    words: list[str] = []
    named = False
    for n, t in enumerate(toks[:ORIGIN_WORDS + 1]):
        if n and text[toks[n - 1].end:t.start].strip(" '’") or t.norm in _ORIGIN_ENDS or not t.norm.isalpha():
            break  # (past a possessive's apostrophe: "the band's stage")
        if n and t.norm == "of" and (place := _place_named_after_of(text, toks[n + 1:])):
            return place
        if n == ORIGIN_WORDS:
            break
        if t.norm not in _DETERMINERS:
            words.append(t.norm)
            named = named or t.text[:1].isupper()
    if not words:
        return ""
    # (A phrase that names something, "the stern of the Hulk Tarvis", is an origin named too.)
    return " ".join(words) if named else PLAIN_ORIGIN + " ".join(words)


def _place_named_after_of(text: str, toks: Sequence[Token]) -> str:
    """The name right after "of" in a phrase that tells a place in plain words ("from the fishing
    port of X"): the place the phrase is of is the place it names ("" where no name follows
    right away: "the stern of the X" is a part of X)."""
    return " ".join(t.norm for t in _capitalised_run(text, toks))


PLAIN_ORIGIN = "the "
"""How an origin told in plain words begins ("the stern of hulk"), told apart from a name."""
APPOSED_REACH = 3
"""Words of the noun a possessive place names before the place it is ("X's provincial capital, Y")."""


def _capitalised_run(text: str, toks: Sequence[Token]) -> list[Token]:
    """The capitalised words at the start of ``toks`` with nothing but spaces between them."""
    name: list[Token] = []
    for tok in toks:
        if not tok.text[:1].isupper() or name and text[name[-1].end:tok.start].strip():
            break
        name.append(tok)
    return name


QUALIFIER_REACH = 3
"""Words after a figure read as its noun phrase ("a 12% general wage increase")."""
SUBJECT_BREAKS = re.compile(r"[,;:!?()\u2014\u2013\"“”]|\.(?!\d)")
_MARKED_WORD = re.compile(r"[\"“]([^\W\d_]+)[\"”]")


def _qualifiers(folded: str, fact: Fact, tables: _Tables) -> frozenset[str]:
    """The qualifiers (``Measure.qualifiers``) of the figure's noun phrase, and of the subject
    its clause gives it, back to a break or a conjunction that opens another clause ("the
    starting wage will rise 45% while the top wage will rise 20% to $31": 45% is of the
    starting wage, 20% and $31 of the top wage)."""
    if fact.kind not in (FactKind.PERCENT, FactKind.MONEY, FactKind.COUNT, FactKind.NUMBER):
        return frozenset()
    tail = SUBJECT_BREAKS.split(folded[fact.end:])[0]
    opener = tables.clause_openers.search(tail)
    following = (tail[:opener.start()] if opener else tail).split()
    if following[:1] and following[0] in tables.share_owners:
        # "62% for the 'no' vote": the phrase after names whose share it is.
        following = following[2:] if following[1:2] and following[1] in tables.determiners else following[1:]
    after = []
    for word in following[:QUALIFIER_REACH]:
        if word in tables.determiners:
            break  # another noun phrase ("45% while the top ...", "rose 5% to the ...")
        after.append(word)
    lead = _lead_of_set_off(folded[:fact.start], tables)
    cut = [m.end() for m in tables.clause_openers.finditer(lead)]
    lead = lead[cut[-1]:] if cut else lead
    words = [w.strip(_QUOTE_MARKS) for w in re.split(r"[\s-]+", lead) + after]
    return frozenset(tables.qualifiers[w] for w in words if w in tables.qualifiers)


def _lead_of_set_off(before: str, tables: _Tables) -> str:
    """The words before a figure back to a break; for a figure set off after the noun phrase
    it is the value of ("the lowest yes vote, at 27%", "the highest yes vote of any seat
    (81.4%)": ``set_off_leads``), that phrase's words too: its qualifiers are the figure's."""
    segments = SUBJECT_BREAKS.split(before)
    lead = segments[-1]
    words = lead.split()
    if (not words or len(words) == 1 and words[0] in tables.set_off_leads) and len(segments) > 1 \
            and before[len(before) - len(lead) - 1] in ",(":
        return segments[-2] + " " + lead
    return lead


WHOLE_REACH = 4
"""Content words of a share's whole read at most ("of its regional staff")."""


def _whole(text: str, fact: Fact, after: list[Token], facts: Sequence[Fact], tables: _Tables,
           lexicon: Lexicon) -> tuple[str, frozenset[str], bool]:
    """The whole a share is of (``Measure.whole``), read from the noun phrase after "of": past
    determiners, a name owning it ("of X's staff") and figures, up to a break, a function word
    or a noun of ``whole_groups`` ("of the votes cast")."""
    if fact.kind is not FactKind.PERCENT or not after or after[0].norm not in tables.whole_of:
        return UNREAD.whole
    words: list[str] = []
    end = after[0].end
    for t in after[1:]:
        if any(f.start <= t.start < f.end for f in facts):
            end = t.end
            continue  # "of its nearly 300,000-person staff"
        if any(ch in ",;:()" for ch in text[end:t.start]):
            break
        end = t.end
        if t.norm in tables.whole_unrestricted or words and t.norm in tables.whole_joins:
            continue  # "of its entire workforce", "of its full- and part-time workers"
        if t.norm in tables.whole_anyone:
            return UNREAD.whole  # "67% of people voting against": of whoever the story counts
        # (A group's noun as written, or its plural: "votes", not "voted", which ends the phrase.)
        known = tables.wholes.get(t.norm) or t.norm.endswith("s") and tables.wholes.get(t.norm[:-1])
        if known:
            return known, frozenset(words), True  # "of the votes cast", "of GDP": a whole named
        if t.text[:1].isupper() or t.norm in tables.determiners:
            if words:
                break
            continue  # "of X's employees", "of the vote"
        if t.norm in tables.stop or not t.norm.replace("-", "").isalpha():
            break
        words.append(concept(t.norm, lexicon))
        if len(words) == WHOLE_REACH:
            break
    return (words[-1], frozenset(words[:-1]), False) if words else UNREAD.whole


_QUOTE_MARKS = ".," + QUOTATION_MARKS
"""Marks a qualifier may be set in ("the \u2018no\u2019 vote"), stripped before it is looked up."""


@dataclass(frozen=True)
class _Tables:
    after: dict[str, str]
    lengths: frozenset[str]
    """Units of length (``measure_bases``)."""
    length: str
    """The concept of a thing's length, which "long" after a figure names."""
    scales: frozenset[str]
    named_scales: Mapping[str, str]
    """A named scale -> the scale noun it reads ("richter scale" -> "magnitude")."""
    reading_verbs: frozenset[str]
    any_things: frozenset[str]
    increment_after: frozenset[str]
    increment_before: re.Pattern[str]
    inclusion_verbs: frozenset[str]
    level_openers: frozenset[str]
    fate_classes: Mapping[str, str]
    """The concept of each noun of a fate's class (``count_classes``: "fatality") -> the fate."""
    another: re.Pattern[str]
    part: re.Pattern[str]
    band: re.Pattern[str]
    bases: tuple[re.Pattern[str], ...]
    links: frozenset[str]
    link_phrases: tuple[tuple[str, ...], ...]
    list_openers: frozenset[str]
    level_verbs: frozenset[str]
    relatives: frozenset[str]
    asked_nouns: frozenset[str]
    start_before: re.Pattern[str]
    charged: re.Pattern[str]
    start_between: frozenset[str]
    backdated: re.Pattern[str]
    opened_at: re.Pattern[str]
    change_words: frozenset[str]
    revised: frozenset[str]
    step_before: frozenset[str]
    level_before: frozenset[str]
    size_before: frozenset[str]
    holding_before: frozenset[str]
    superseded_contrasts: frozenset[str]
    superseded_nouns: frozenset[str]
    superseded_openers: frozenset[str]
    superseding_openers: frozenset[str]
    denied_leads: re.Pattern[str]
    settings: tuple[tuple[str, re.Pattern[str]], ...]
    superseded_leads: frozenset[str]
    superseded_moves: frozenset[str]
    bound_before: frozenset[str]
    before_event: re.Pattern[str]
    after_event: re.Pattern[str]
    light_verbs: frozenset[str]
    earlier: re.Pattern[str]
    earlier_instances: frozenset[str]
    forecast_nouns: frozenset[str]
    forecast_leads: frozenset[str]
    margin_verbs: frozenset[str]
    gap_nouns: frozenset[str]
    gap_outcomes: frozenset[str]
    gap_after: re.Pattern[str]
    past: re.Pattern[str]
    past_bases: re.Pattern[str]
    singled: re.Pattern[str]
    measurement_units: frozenset[str]
    fate_words: Mapping[str, str]
    animals: frozenset[str]
    fates: frozenset[str]
    """The fates ``fate_words`` tell (what befell those a count counts: "dead", "injured")."""
    fates_before: frozenset[str]
    fate_stops: frozenset[str]
    fate_object_breaks: frozenset[str]
    fate_phrases: re.Pattern[str]
    fate_of_phrase: Mapping[str, str]
    fate_of_move: Mapping[str, str]
    """By the name of its group in ``fate_phrases``: the fate a move to a place tells (``moved_to``)."""
    presence: Mapping[str, str]
    auxiliaries: frozenset[str]
    locatives: frozenset[str]
    count_classes: Mapping[str, str]
    generic: frozenset[str]
    number_words: frozenset[str]
    openers: frozenset[str]
    moment_relatives: frozenset[str]
    share_owners: frozenset[str]
    whole_of: frozenset[str]
    wholes: dict[str, str]
    whole_unrestricted: frozenset[str]
    whole_joins: frozenset[str]
    whole_anyone: frozenset[str]
    progress_words: frozenset[str]
    progress_auxiliaries: frozenset[str]
    progress_leads: tuple[str, ...]
    year_qualifies: re.Pattern[str]
    stop: frozenset[str]
    scene_leads: frozenset[str]
    time_leads: frozenset[str]
    reach_ahead: frozenset[str]
    reach_back: frozenset[str]
    elapsed_before: frozenset[str]
    taken_before: frozenset[str]
    time_parts: frozenset[str]
    attributive_leads: frozenset[str]
    span_states: frozenset[str]
    lasting: frozenset[str]
    extents: frozenset[str]
    participle_endings: tuple[str, ...]
    ing_nouns: frozenset[str]
    change_concepts: frozenset[str]
    subject_openers: frozenset[str]
    attributive_breaks: frozenset[str]
    year_edges: Mapping[str, int]
    """The month an edge of a year stands for ("the end of 2023" is its December)."""
    standards: frozenset[str]
    """Concepts of the nouns of a standard (``Measure.standard``)."""
    usual: re.Pattern[str]
    """Words of what is usual (``usual_markers``: "an average year", "typically")."""
    time_openers: frozenset[str]
    reading_leads: frozenset[str]
    reading_lead_before: re.Pattern[str]
    """A reading lead ending right before a time ("... as of Thursday")."""
    stages: re.Pattern[str]
    interim: re.Pattern[str]
    tie: re.Pattern[str]
    stage_names: dict[str, str]
    stage_ordinals: dict[str, str]
    stage_before: re.Pattern[str]
    stage_after: re.Pattern[str]
    qualifiers: dict[str, str]
    clause_openers: re.Pattern[str]
    determiners: frozenset[str]
    record_words: frozenset[str]
    units: frozenset[str]
    weighed: re.Pattern[str]
    weighed_ends: re.Pattern[str]
    asked: re.Pattern[str]
    asked_ends: re.Pattern[str]
    asked_after: re.Pattern[str]
    compared_with: re.Pattern[str]
    compared_year_links: re.Pattern[str]
    offered: re.Pattern[str]
    offered_after: re.Pattern[str]
    facing: re.Pattern[str]
    possible_levels: re.Pattern[str]
    between: re.Pattern[str]
    part_of: re.Pattern[str]
    told_out_of: re.Pattern[str]
    capacity_leads: re.Pattern[str] | None
    be_forms: frozenset[str]
    set_off_leads: frozenset[str]
    size_joiners: frozenset[str]
    supposing_openers: frozenset[str]
    supposing_modals: frozenset[str]
    decades: re.Pattern[str]


def _tables(lexicon: Lexicon) -> _Tables:
    def pattern(name: str) -> re.Pattern[str]:
        return phrase_pattern(str(w).casefold() for w in lexicon.table("measures", name, []) or [])

    after = {str(w).casefold(): concept(str(key), lexicon)
             for key, words in (lexicon.table("measures", "measured_after", {}) or {}).items() for w in words}
    phrases = {str(k).casefold(): str(v)
               for k, v in (lexicon.table("units", "fate_phrases", {}) or {}).items()}

    def pattern_of(found: Mapping[str, str]) -> re.Pattern[str]:
        return phrase_pattern(found) if found else re.compile(r"(?!)")
    measured = measurement_units(lexicon)
    determiners = "|".join(re.escape(str(w).casefold())
                           for w in lexicon.table("numbers", "partitive_determiners", []) or [])
    moves = {str(fate): ([str(w).casefold() for w in told.get("verbs") or []],
                         [str(w).casefold() for w in told.get("places") or []])
             for fate, told in (lexicon.table("units", "moved_to", {}) or {}).items()}
    fate_words = {str(k).casefold(): str(v)
                  for table in ("casualty_verbs", "fate_words")
                  for k, v in (lexicon.table("units", table, {}) or {}).items()}
    bases = lexicon.table("units", "measure_bases", {}) or {}
    change_words = lexicon.words("measures", "change_words") | _change_groups(lexicon)
    return _Tables(
        after=after,
        lengths=frozenset(str(u) for u, base in bases.items() if base and base[0] == "length"),
        length=concept("length", lexicon),
        scales=lexicon.words("measures", "scale_nouns"),
        named_scales={" ".join(str(k).casefold().split()): str(v).casefold()
                      for k, v in (lexicon.table("measures", "named_scales", {}) or {}).items()},
        reading_verbs=lexicon.words("measures", "reading_verbs"),
        any_things=lexicon.words("measures", "reading_any_things"),
        increment_after=lexicon.words("measures", "increment_after"),
        increment_before=pattern("increment_before"),
        inclusion_verbs=lexicon.words("measures", "inclusion_verbs"),
        level_openers=lexicon.words("measures", "level_openers"),
        fate_classes={concept(str(w), lexicon): str(fate)
                      for fate, words in (lexicon.table("units", "count_classes", {}) or {}).items()
                      for w in words},
        another=pattern("either_before"),
        part=pattern("part_before"),
        band=pattern("band_before"),
        bases=tuple(phrase_pattern(str(w).casefold() for w in group)
                    for group in lexicon.table("measures", "change_bases", []) or []),
        links=lexicon.words("measures", "level_links"),
        link_phrases=tuple(sorted({tuple(str(w).casefold().split())
                                   for w in lexicon.table("measures", "level_link_phrases", []) or []},
                                  key=len, reverse=True)),
        list_openers=lexicon.words("measures", "list_openers"),
        level_verbs=lexicon.words("measures", "level_verbs"),
        relatives=lexicon.words("measures", "relative_pronouns"),
        asked_nouns=lexicon.words("measures", "asked_nouns"),
        start_before=pattern("start_before"),
        charged=pattern("charged_before"),
        start_between=lexicon.words("measures", "start_between"),
        backdated=pattern("backdated_to"),
        opened_at=pattern("opened_at"),
        change_words=change_words,
        revised=lexicon.words("measures", "revision_words"),
        step_before=lexicon.words("measures", "step_before"),
        level_before=lexicon.words("measures", "level_before"),
        size_before=lexicon.words("measures", "size_before"),
        holding_before=lexicon.words("measures", "holding_before"),
        superseded_contrasts=lexicon.words("measures", "superseded_contrasts"),
        superseded_nouns=lexicon.words("measures", "superseded_nouns"),
        superseded_openers=lexicon.words("measures", "superseded_openers"),
        superseding_openers=lexicon.words("measures", "superseding_openers"),
        denied_leads=re.compile(rf"{phrase_pattern(lexicon.words('measures', 'denied_leads')).pattern}"
                                rf"\s+(?:(?:{determiners})\s+)?(?:[a-z]+\s+)?$"),
        settings=tuple((str(name), re.compile(
            rf"\s+(?:[a-z]+\s+)?{phrase_pattern(str(w).casefold() for w in words).pattern}"))
            for name, words in (lexicon.table("measures", "settings", {}) or {}).items()),
        superseded_leads=lexicon.words("measures", "superseded_leads"),
        superseded_moves=lexicon.words("measures", "superseded_moves"),
        bound_before=lexicon.words("measures", "bound_before"),
        before_event=pattern("before_event"),
        after_event=pattern("after_event"),
        light_verbs=lexicon.words("verdicts", "light_verbs"),
        earlier=pattern("earlier_before"),
        earlier_instances=lexicon.words("measures", "earlier_instances"),
        forecast_nouns=lexicon.words("measures", "forecast_nouns"),
        forecast_leads=lexicon.words("measures", "earlier_instances")
        | frozenset(str(m).casefold() for m in lexicon.table("dates", "months", {}) or {}),
        margin_verbs=lexicon.words("measures", "margin_verbs"),
        gap_nouns=lexicon.words("measures", "gap_nouns"),
        gap_outcomes=lexicon.words("measures", "gap_outcomes"),
        gap_after=pattern("gap_after"),
        past=pattern("past_periods"),
        past_bases=pattern("past_period_bases"),
        singled=pattern("part_after"),
        measurement_units=measured,
        fates_before=lexicon.words("units", "fates_before"),
        fate_words=fate_words,
        animals=lexicon.words("units", "animal_nouns"),
        fates=frozenset(fate_words.values()),
        fate_stops=lexicon.words("units", "fate_stops"),
        fate_object_breaks=lexicon.words("units", "fate_object_breaks"),
        fate_phrases=_with_moves(pattern_of(phrases), moves),
        fate_of_phrase=phrases,
        fate_of_move={f"moved{k}": fate for k, fate in enumerate(moves)},
        presence={str(w).casefold(): PRESENT for w in lexicon.table("units", "presence_words", []) or []},
        auxiliaries=lexicon.words("units", "casualty_auxiliaries"),
        locatives=lexicon.words("units", "presence_after"),
        count_classes=count_classes(lexicon),
        generic=frozenset(concept(str(w).casefold(), lexicon)
                          for w in lexicon.table("measures", "generic_nouns", []) or []),
        number_words=frozenset(str(w).casefold() for w in lexicon.table("numbers", "word_numbers", {}) or {}),
        openers=lexicon.words("dates", "period_openers"),
        moment_relatives=lexicon.words("dates", "moment_relatives"),
        stop=stopwords(lexicon),
        scene_leads=lexicon.words("measures", "scene_month_leads"),
        time_leads=lexicon.words("measures", "time_leads"),
        reach_ahead=lexicon.words("measures", "reach_ahead"),
        reach_back=lexicon.words("measures", "reach_back"),
        elapsed_before=lexicon.words("measures", "elapsed_before"),
        taken_before=lexicon.words("measures", "taken_before"),
        time_parts=lexicon.words("measures", "time_parts"),
        year_edges={str(k).casefold(): int(v)
                    for k, v in (lexicon.table("measures", "year_edges", {}) or {}).items()},
        standards=frozenset(concept(w, lexicon) for w in lexicon.words("measures", "standard_nouns")),
        usual=pattern("usual_markers"),
        time_openers=lexicon.words("measures", "time_openers"),
        reading_leads=frozenset(" ".join(w.split()) for w in lexicon.words("measures", "reading_leads")),
        reading_lead_before=_ending_before(lexicon.words("measures", "reading_leads")),
        qualifiers={str(w).casefold(): str(key) for key, words in
                    (lexicon.table("measures", "qualifiers", {}) or {}).items() for w in words},
        clause_openers=pattern("clause_openers"),
        determiners=lexicon.words("measures", "noun_phrase_ends"),
        share_owners=lexicon.words("measures", "share_owners"),
        whole_of=lexicon.words("measures", "whole_of"),
        wholes={str(w).casefold(): concept(str(group[0]), lexicon)
                for group in lexicon.table("measures", "whole_groups", []) or [] for w in group},
        whole_unrestricted=lexicon.words("measures", "whole_unrestricted"),
        whole_joins=lexicon.words("measures", "whole_joins"),
        whole_anyone=lexicon.words("measures", "whole_anyone"),
        progress_words=lexicon.words("measures", "progress_words"),
        progress_auxiliaries=lexicon.words("measures", "progress_auxiliaries"),
        progress_leads=tuple(str(w).casefold() for w in lexicon.table("measures", "progress_leads", [])),
        year_qualifies=_year_qualifier_pattern(lexicon),
        record_words=lexicon.words("measures", "record_words"),
        units=measured - {"time"},
        weighed=pattern("weighed_before"),
        weighed_ends=pattern("weighed_ends"),
        asked=pattern("asked_before"),
        asked_ends=pattern("asked_ends"),
        asked_after=pattern("asked_after"),
        offered=pattern("offered_before"),
        attributive_leads=lexicon.words("measures", "attributive_leads"),
        span_states=lexicon.words("measures", "span_states"),
        lasting=lexicon.words("measures", "lasting_verbs"),
        extents=frozenset(str(u) for u in (lexicon.table("units", "measure_bases", {}) or {})),
        participle_endings=tuple(sorted(lexicon.words("measures", "participle_endings"))),
        ing_nouns=lexicon.words("measures", "nouns_of_participle_endings"),
        change_concepts=frozenset(concept(w, lexicon) for w in change_words),
        subject_openers=lexicon.words("measures", "subject_openers"),
        attributive_breaks=lexicon.words("measures", "attributive_breaks"),
        offered_after=pattern("offered_after"),
        facing=pattern("facing_before"),
        possible_levels=pattern("possible_levels"),
        compared_with=pattern("compared_with_before"),
        compared_year_links=pattern("compared_year_links"),
        between=pattern("between_after"),
        part_of=pattern("part_of_after"),
        told_out_of=_told_out_of(lexicon),
        be_forms=lexicon.words("polarity", "passive_auxiliaries"),
        capacity_leads=_phrase_before(lexicon.words("measures", "capacity_verbs"),
                                      [str(w) for w in lexicon.table("numbers", "qualifiers", {}) or {}]),
        set_off_leads=lexicon.words("measures", "set_off_leads"),
        size_joiners=lexicon.words("measures", "size_joiners"),
        supposing_openers=lexicon.words("measures", "supposing_openers"),
        supposing_modals=lexicon.words("measures", "supposing_modals"),
        decades=_decade_pattern(lexicon),
        **_stage_tables(lexicon),
    )


def _between(folded: str, fact: Fact, tables: _Tables) -> int:
    """Whether a span of time is the time between two things (``between_after``: "three weeks
    after the vote"; 1), a length (-1), or either ("by" right before it, or no span; 0)."""
    if fact.kind is not FactKind.DURATION:
        return 0
    before = folded[:fact.start].rsplit(None, 1)[-1:]
    if before and before[0] in tables.taken_before:
        return -1  # "in 2:21:05 ahead of X": the time taken, the gap to X untold
    if _right_after(tables.between, folded, fact):
        return 1
    if before and before[0] in tables.step_before and _after_margin_verb(folded, fact, tables):
        return 1
    return 0 if before and (before[0] in tables.step_before or before[0] in tables.elapsed_before) else -1


_TALLY_JOIN = re.compile(r"\s+(?:[a-z]+\s+){0,2}to\s+")
"""What joins the two sides' figures of a tally ("51.2% in favour to 48.8%", "52% to 48%")."""


def _gap(folded: str, lead: str, fact: Fact, facts: Sequence[Fact], tables: _Tables) -> bool:
    """``Measure.gap``: a gap noun in the figure's clause before it, "by" after a verb of
    beating, or an outcome the figure is written into ("a four-wicket loss"); not a side of a
    tally."""
    if fact.kind is FactKind.DURATION or fact.kind in DATE_KINDS:
        return False
    if any(other is not fact and other.kind is fact.kind and other.unit == fact.unit
           and (_TALLY_JOIN.fullmatch(folded, fact.end, other.start) if other.start > fact.end
                else _TALLY_JOIN.fullmatch(folded, other.end, fact.start)) for other in facts):
        return False  # "a slim margin of 51.2% in favour to 48.8% against": the sides' shares
    before = lead.split()
    if before and before[-1] == "by" and _after_margin_verb(folded, fact, tables):
        return True
    written_into = folded[fact.end:fact.end + 24].split()[:1]
    if "-" in fact.raw and written_into and written_into[0].strip(",.") in tables.gap_outcomes:
        return True  # "a four-wicket loss"
    if _right_after(tables.gap_after, folded, fact):
        return True  # "with 40 balls to spare"
    return any(w.strip(",.") in tables.gap_nouns for w in before)


MARGIN_REACH = 8
"""Words between a verb of beating and the "by" of its margin ("beat X's old mark by 29 seconds")."""


def _after_margin_verb(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether "by" before a span closes a verb of beating or trailing (``margin_verbs``: "won
    by 12 seconds", "shattered the old mark by 29 seconds"): the span is a gap between two
    results, not a length ("delayed by a year")."""
    words = CLAUSE_BREAKS.split(folded[:fact.start])[-1].split()[:-1]
    return any(w in tables.margin_verbs for w in words[-MARGIN_REACH:])


def _stage_tables(lexicon: Lexicon) -> dict:
    """``event_stages`` as one pattern: an ordinal and a unit ("27th minute", "opening
    quarter"), a number and a unit counted through an event ("40 laps"), or a named moment;
    with what each ordinal word and name stands for, and the words that place a figure before
    or after the moment."""
    table = lexicon.table("measures", "event_stages", {}) or {}
    numbered = lexicon.table("numbers", "ordinals", {}) or {}
    ordinals = {str(w).casefold(): str(n) for w, n in numbered.items()}
    ordinals.update({str(w).casefold(): str(n) for w, n in (table.get("ordinals") or {}).items()})
    names = {str(w).casefold(): str(key) for key, words in (table.get("named") or {}).items() for w in words}
    numbers = [str(w).casefold() for w in lexicon.table("numbers", "word_numbers", {}) or {}]

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    units = alternation([str(u) for u in table.get("units") or []])
    counted = alternation([str(u) for u in table.get("counted") or []])
    pattern = (rf"\b(?:(?P<ord>\d+(?:st|nd|rd|th)|{alternation(list(ordinals))})[\s-]+(?P<unit>{units})s?"
               rf"|(?P<num>\d+|{alternation(numbers)})\s+(?P<counted>{counted})s"
               rf"|(?P<name>{alternation(list(names))}))\b(?!-)")
    return {"stages": re.compile(pattern), "interim": phrase_pattern(
                str(w).casefold() for w in table.get("interim_after") or []),
            "tie": phrase_pattern(str(w).casefold() for w in table.get("tie_before") or []),
            "stage_names": names, "stage_ordinals": ordinals,
            "stage_before": phrase_pattern(str(w).casefold() for w in table.get("before") or []),
            "stage_after": phrase_pattern(str(w).casefold() for w in table.get("after") or [])}


def _right_after(pattern: re.Pattern[str], folded: str, fact: Fact) -> bool:
    """Whether a phrase of the pattern follows the figure (spaces between aside)."""
    spaces = _SPACES.match(folded, fact.end)  # (always matches: it may match nothing)
    return spaces is not None and pattern.match(folded, spaces.end()) is not None


_SPACES = re.compile(r"\s*")


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the text ends with a phrase of the pattern (spaces after it aside)."""
    text = text.rstrip()
    return any(m.end() == len(text) for m in pattern.finditer(text))


def _content(token: Token, facts: Sequence[Fact], tables: _Tables) -> bool:
    return (token.norm not in tables.stop and token.norm.isalpha()
            and not any(f.start <= token.start < f.end for f in facts))


_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)")


def _nouns(text: str, fact: Fact, before: list[Token], after: list[Token], facts: Sequence[Fact],
           tables: _Tables, lexicon: Lexicon) -> tuple[frozenset[str], bool]:
    """What the grammar names as the thing measured: a word after the figure that says it
    ("8 km deep"), the noun a figure is written into ("a 22-second video", "a $5m deal"),
    or the words a link leads from ("the ratio is 2", "a depth of 8 km")."""
    scale = _scale(text, fact, tables)
    if scale:
        return frozenset({concept(scale, lexicon)}), True
    beside = _next_size(text, fact, facts, tables)
    if beside is not None:
        # "a 9-play, 58-yard drive": sizes written one after another into one noun
        return _nouns(text, beside, before + [t for t in after if t.end <= beside.start],
                      [t for t in after if t.start >= beside.end], facts, tables, lexicon)
    nxt = after[0] if after and not text[fact.end:after[0].start].strip() else None
    aside = _BRACKET_AFTER.match(text, fact.end)
    if nxt is None and aside is not None:
        # "1.6 km (about a mile) away": a conversion in brackets sits between a figure and its word
        nxt = next((t for t in after if t.start >= aside.end()), None)
        nxt = nxt if nxt is not None and not text[aside.end():nxt.start].strip() else None
    if nxt is not None and nxt.norm in tables.after:
        return frozenset({tables.after[nxt.norm]}), True
    if nxt is not None and nxt.norm == "from" and fact.unit in tables.lengths \
            and _places_from(text, after, tables):
        # "3 km from X" is a distance, as "3 km north of X" is.
        return frozenset({tables.after["away"]}), True
    # ... or joined to it by a hyphen in one word ("a 610-foot-long ship").
    glued = re.match(r"-([a-z]+)\b(?:\s*\([^)]*\))?(?:\s+([a-z]+)\b)?", text[fact.end:].casefold())
    if glued is not None and glued.group(1) in tables.after:
        # The noun after it is what has that size: a ship's length is no bridge's (a name
        # after it names the thing, and says nothing of its kind).
        thing = glued.group(2) if glued.group(2) and text[fact.end + glued.start(2)].islower() else None
        things = {concept(thing, lexicon)} - tables.generic if thing and thing not in tables.stop else set()
        return frozenset({tables.after[glued.group(1)]} | things), True
    state = _span_state(fact, after, nxt, facts, tables)
    if state:
        return frozenset({concept(state, lexicon)}) - tables.generic, True
    found: set[str] = set()
    # (Or after a possessive: "Tarco's 15% fee" is a fee, as "a 15% fee" is.)
    attributive = "-" in fact.raw or (bool(before) and (before[-1].norm in _ARTICLES
                                                        or before[-1].text.endswith(("'s", "’s")))
                                      and not text[before[-1].end:fact.start].strip(" $£€¥"))
    if nxt is not None and nxt.text[:1].isupper() and attributive:
        # A name qualifying the noun the figure is written into: "a 15% Market Hall fee".
        nxt = _past_a_name(text, after, tables)
    # (A count names its thing by its own noun, "five nationals"; one joined to its unit by a
    # hyphen is written into the noun after it, as a length is: "a 48-yard kick", "a 65-yard drive".)
    written_in = fact.kind is not FactKind.COUNT or _joined_size(fact.raw, tables.number_words)
    if (nxt is not None and attributive and written_in
            and _content(nxt, facts, tables) and not nxt.text[:1].isupper()):
        words = {nxt.norm} | _described_noun(text, after, facts, tables)
        nouns = frozenset(concept(w, lexicon) for w in words) - tables.generic
        if fact.kind is FactKind.COUNT and fact.unit in tables.lengths:  # (glued: ``written_in``)
            # "a 250-metre ship", "the 2.1-mile deck": a length written into a noun is that thing's
            # length, as "2.4 miles long" says it.
            nouns |= {tables.length}
        return nouns, True
    named_before = _antecedent(text, fact, before, facts, tables)
    if named_before:
        return frozenset({concept(named_before, lexicon)}) - tables.generic, True
    linked = _link_length(before, tables)
    if linked and not text[before[-1].end:fact.start].strip(" $£€¥"):
        k, reach = len(before) - 1 - linked, OF_REACH if before[-1].norm == "of" else REACH
        while k >= 0 and len(found) < reach:
            tok = before[k]
            gap = text[tok.end:before[k + 1].start]
            if any(ch in gap for ch in ",;:.!?\"“”"):
                break
            if tok.norm == "per" or tok.text in ")(":
                k -= 1
                continue
            if not _content(tok, facts, tables) or tok.text[:1].isupper() and k == 0:
                break
            if not tok.text[:1].isupper():
                found.add(concept(tok.norm, lexicon))
            k -= 1
    return frozenset(found - tables.generic), False


def _link_length(before: list[Token], tables: _Tables) -> int:
    """How many tokens right before a figure link it to the words before them as their value:
    one for a link word ("revenue was $7bn"), more for a link phrase ("revenue came in at $7bn",
    ``level_link_phrases``); 0 for none."""
    if not before:
        return 0
    for phrase in tables.link_phrases:
        if len(phrase) <= len(before) and tuple(t.norm for t in before[-len(phrase):]) == phrase:
            return len(phrase)
    return 1 if before[-1].norm in tables.links else 0


def _scale(text: str, fact: Fact, tables: _Tables) -> str:
    """The scale a figure is read on, named right before it ("magnitude 6.3", "magnitude-6.3")
    or glued after it ("5.8-magnitude"); "" for none."""
    if fact.unit:
        return ""  # a count or a measure names its own thing
    after = _GLUED_WORD.match(text[fact.end:fact.end + SCALE_REACH].casefold())
    if after is not None and after.group(1) in tables.scales:
        return after.group(1)
    named = _SCALE_BEFORE.search(text, max(0, fact.start - SCALE_REACH), fact.start)
    word = named.group(1).casefold() if named is not None else ""
    if word in tables.scales:
        return word
    # ... or named after it as the scale it is "on" ("6.1 on the Richter scale"): a named
    # scale of a measure (``named_scales``) reads that measure.
    on = _ON_A_SCALE.match(text, fact.end)
    return tables.named_scales.get(" ".join(on.group(1).casefold().split()), "") if on is not None else ""


_ON_A_SCALE = re.compile(r"\s+on\s+(?:the\s+|a\s+)?([A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+scale)\b", re.IGNORECASE)


def _read_of(text: str, fact: Fact, before: list[Token], after: list[Token], facts: Sequence[Fact],
             tables: _Tables, lexicon: Lexicon) -> tuple[str, bool]:
    """``Measure.read_of`` and ``Measure.of_several`` of a figure: ("", False) for no reading."""
    if fact.unit:
        return "", False
    glued = _GLUED_WORD.match(text[fact.end:fact.end + SCALE_REACH].casefold())
    named = _SCALE_BEFORE.search(text, max(0, fact.start - SCALE_REACH), fact.start)
    word = named.group(1).casefold() if named is not None else ""
    plural_scale = word.endswith("s") and word[:-1] in tables.scales
    if glued is not None and glued.group(1) in tables.scales:
        # "a 5.9-magnitude aftershock": the thing is the word after the scale.
        rest = [t for t in after if t.start >= fact.end + glued.end()]
        thing = rest[0] if rest and not text[fact.end + glued.end():rest[0].start].strip() else None
    elif (word in tables.scales or plural_scale) and named is not None \
            and _OF_BEFORE.search(text, max(0, named.start() - SCALE_REACH), named.start()):
        # "a tremor of magnitude 5.4 struck": the thing is the noun before "of", not the
        # word after the figure.
        lead = [t for t in before if t.end <= named.start()][:-1]
        k = len(lead) - 1
        while k >= 0 and lead[k].norm in tables.stop:
            k -= 1
        thing = lead[k] if k >= 0 else None
    elif word in tables.scales or plural_scale:
        # "a magnitude 5.7 tremor": the thing is the word after the figure.
        thing = after[0] if after and not text[fact.end:after[0].start].strip() else None
    elif fact.kind is FactKind.NUMBER and before and before[-1].norm in tables.reading_verbs \
            and not text[before[-1].end:fact.start].strip():
        thing = None  # "aftershocks, measuring 4.2 and 5.5": a reading on a scale unnamed
    elif (of := _SCALE_OF.search(text, max(0, fact.start - SCALE_REACH), fact.start)) is not None \
            and of.group(1).casefold() in tables.scales:
        # "the main quake had a magnitude of 6.6", "a quake with a magnitude of 6.1": the
        # noun before, past the words that give it the reading.
        lead = [t for t in before if t.end <= of.start()]
        k = len(lead) - 1
        while k >= 0 and lead[k].norm in tables.stop:
            k -= 1
        thing = lead[k] if k >= 0 and _thing_word(lead[k], facts, tables) else None
        if thing is None:
            return "", False
    else:
        return "", False
    several = plural_scale or any(f is not fact and f.kind is fact.kind and not f.unit and f.start > fact.end
                                  and _LIST_GLUE.fullmatch(text[fact.end:f.start]) for f in facts)
    if thing is None or not _thing_word(thing, facts, tables):
        # "aftershocks, measuring 4.2 and 5.5": the noun a verb of reading follows.
        lead = [t for t in before if t.end <= fact.start]
        k = len(lead) - 1
        while k >= 0 and (lead[k].norm in tables.scales or lead[k].norm in tables.stop
                          or lead[k].norm.rstrip("s") in tables.scales):
            k -= 1  # "measuring 6.4 magnitude", "measuring a magnitude of"
        if k >= 1 and lead[k].norm in tables.reading_verbs:
            # The noun before the verb, past a name or a preposition ("the quake on Sunday
            # measured 7.7"), which may be a count's noun: "two aftershocks, measuring".
            j = k - 1
            if lead[j].norm == "one" and j >= 1 and text[lead[j - 1].end:lead[j].start].strip() == ",":
                return concept(lead[j - 1].norm, lexicon), False  # "several aftershocks, one measuring 5.3"
            while j > 0 and k - j < THING_REACH and (lead[j].text[:1].isupper()
                                                     or lead[j].norm in tables.stop):
                j -= 1
            thing = lead[j]
            facts = ()
        else:
            return "", several
    if not _thing_word(thing, facts, tables):
        return "", several
    several = several or thing.norm.endswith("s") and not thing.norm.endswith("ss")
    if thing.norm in tables.any_things:
        # "the largest aftershock was a magnitude 5.7 tremor": the subject says which thing.
        # ... as does the noun a list of them is "including" ("aftershocks, including a 5.2
        # jolt": an aftershock's reading).
        subject = _copular_subject(text, fact, before, tables) or _including_noun(text, before, tables)
        thing = subject if subject is not None and _thing_word(subject, facts, tables) else thing
    found = concept(thing.norm, lexicon)
    return ("" if found in tables.generic or thing.norm in tables.any_things else found), several


def _with_listed_readings(text: str, found: list[Measure], facts: Sequence[Fact]) -> list[Measure]:
    """A figure listed right after a reading ("measuring 4.2 and 5.5", "magnitudes 2 and 4")
    is a reading of the same kind of thing, one of several."""
    out = list(found)
    for n in range(1, len(facts)):
        prev, fact = facts[n - 1], facts[n]
        if (out[n - 1].of_several and not out[n].read_of and fact.kind is prev.kind and not fact.unit
                and _LIST_GLUE.fullmatch(text[prev.end:fact.start])):
            out[n] = replace(out[n], read_of=out[n - 1].read_of, of_several=True)
    return out


_LIST_GLUE = re.compile(r"\s*(?:,|and|or|to|,\s*and)\s*")


def _copular_subject(text: str, fact: Fact, before: list[Token], tables: _Tables) -> Token | None:
    """The word right before a form of "be" that leads, within a few words, to the figure ("the
    largest aftershock was a magnitude 5.7"); None for none."""
    for k in range(len(before) - 1, max(0, len(before) - 1 - THING_REACH), -1):
        if any(ch in text[before[k].end:fact.start] for ch in ",;:"):
            return None
        if before[k].norm in tables.links and before[k].norm not in ("of", "at") and k >= 1:
            return before[k - 1]
    return None


def _including_noun(text: str, before: list[Token], tables: _Tables) -> Token | None:
    """The noun right before ", including" that opens the figure's phrase ("strong aftershocks,
    including a 5.2-magnitude jolt"); None for none."""
    k = len(before) - 1
    while k >= 0 and before[k].norm in _ARTICLES:
        k -= 1
    if k < 1 or before[k].norm not in tables.list_openers \
            or text[before[k - 1].end:before[k].start].strip() != ",":
        return None
    return before[k - 1]

THING_REACH = 4
"""Words a reading's verb may stand past its thing: a name, a preposition ("the quake on Sunday
measured 7.7")."""


def _thing_word(tok: Token, facts: Sequence[Fact], tables: _Tables) -> bool:
    """Whether a word may name the thing a reading is of: a content word in lower case."""
    return tok.norm.isalpha() and not tok.text[:1].isupper() and _content(tok, facts, tables) \
        and tok.norm not in tables.scales


_SCALE_BEFORE = re.compile(r"\b([A-Za-z]+)[- ]$")
_GLUED_WORD = re.compile(r"[- ]([a-z]+)\b")
"""The word right after a figure, glued by a hyphen or a space ("5.8-magnitude", "6.1 quake")."""
_SCALE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
_OF_BEFORE = re.compile(r"\b[A-Za-z]+\s+of\s+$")
"""A noun and "of" right before a scale's name: "a tremor of magnitude 5.4"."""
SCALE_REACH = 32
"""Characters before a figure read for its scale word: more than the longest such word."""


_HYPHEN_SIZE = re.compile(r"[\da-z]-([a-z]+)$")


def _joined_size(raw: str, number_words: frozenset[str]) -> bool:
    """Whether a figure is joined by a hyphen to the noun it sizes, in digits or in words ("a
    12-lane road", "an eight-lane road"); not a number written with a hyphen ("ninety-three")."""
    joined = _HYPHEN_SIZE.search(raw.casefold())
    return joined is not None and joined.group(1) not in number_words


def _next_size(text: str, fact: Fact, facts: Sequence[Fact], tables: _Tables) -> Fact | None:
    """The size written into a noun right after a size joined to it by a comma or "and" ("a
    9-play, 58-yard drive"): both are written into the noun after the last."""
    if not _joined_size(fact.raw, tables.number_words):
        return None
    beside = next((f for f in facts if f.start >= fact.end), None)
    if beside is None or not _joined_size(beside.raw, tables.number_words):
        return None
    between = text[fact.end:beside.start].replace(",", " , ").split()
    joined = between and all(w == "," or w.casefold() in tables.size_joiners for w in between)
    return beside if joined else None


NAME_IN_NOUN_REACH = 3
"""Capitalised words that may stand between a figure and the noun it is written into ("a 15%
Market Hall fee")."""


def _past_a_name(text: str, after: list[Token], tables: _Tables) -> Token | None:
    """The first word in lower case past a run of capitalised words right after a figure, the
    words joined by spaces only: the noun the name qualifies; None when there is none close."""
    for k, t in enumerate(after[:NAME_IN_NOUN_REACH + 1]):
        if k and text[after[k - 1].end:t.start] != " ":
            return None
        if not t.text[:1].isupper():
            return t if k and t.norm.isalpha() else None
    return None


def _described_noun(text: str, after: list[Token], facts: Sequence[Fact], tables: _Tables) -> set[str]:
    """The word after the one a figure is written into, which may be the noun that word
    describes ("a five-day civil trial"): which of the two is the noun is not known, so both
    are read. Not a participle, which opens a clause of its own ("a 23-day strike ending
    in a deal")."""
    if len(after) < 2:
        return set()
    first, second = after[0], after[1]
    compound = "-" in second.norm and second.norm.replace("-", "").isalpha()
    participle = second.norm.endswith(tables.participle_endings) and second.norm not in tables.ing_nouns
    if participle or text[first.end:second.start].strip() \
            or not (compound or _content(second, facts, tables)) or second.text[:1].isupper():
        return set()
    if compound:
        # "a six-day search-and-rescue mission": each word of a compound noun names it.
        return {second.norm} | {w for w in second.norm.split("-") if w.isalpha() and w not in tables.stop}
    return {second.norm}


def _span_state(fact: Fact, after: list[Token], nxt: Token | None, facts: Sequence[Fact],
                tables: _Tables) -> str:
    """The state a span right before ``span_states`` is spent in ("23 days on strike", "a week
    on the run"): the span of that state, as "a 23-day strike" is, not the length of the deal
    the same sentence tells of; "" for none."""
    if nxt is None or fact.kind is not FactKind.DURATION or nxt.norm not in tables.span_states:
        return ""
    state = next((t for t in after[1:3] if t.norm not in tables.determiners), None)
    if state is None or not _content(state, facts, tables) or state.text[:1].isupper():
        return ""
    return state.norm


def _lasted(text: str, fact: Fact, before: list[Token], facts: Sequence[Fact], tables: _Tables) -> str:
    """The thing a span right after a verb of lasting (``lasting_verbs``) is the length of:
    the head of the verb's subject ("the dockers' strike at Tarco lasted 23 days": "strike";
    "a strike that lasted 23 days": "strike"); "" for none."""
    if fact.kind is not FactKind.DURATION or not before or text[before[-1].end:fact.start].strip():
        return ""
    k = len(before) - 1
    if before[k].norm == "for" and k:
        k -= 1
    verb = before[k]
    if verb.norm not in tables.lasting or k and before[k - 1].norm in tables.determiners:
        return ""
    if k >= 2 and before[k - 1].norm in tables.relatives and _content(before[k - 2], facts, tables) \
            and not before[k - 2].text[:1].isupper():
        return before[k - 2].norm  # "a strike that lasted"
    # The clause the verb closes, from its last break or the word a subject opens after.
    start = k
    while start > 0 and not CLAUSE_BREAKS.search(text[before[start - 1].end:before[start].start]) \
            and before[start - 1].norm not in tables.subject_openers:
        start -= 1
    run: list[Token] = []
    for at, tok in enumerate(before[start:k], start):
        # (A capital opens the sentence, or a name: "Talks between ..." / "the dockers' strike".)
        if _content(tok, facts, tables) and (at == 0 or not tok.text[:1].isupper()) and "'" not in tok.text:
            run.append(tok)
        elif run:
            break
    return run[-1].norm if run else ""


def _antecedent(text: str, fact: Fact, before: list[Token], facts: Sequence[Fact], tables: _Tables) -> str:
    """The noun a relative clause that gives the figure hangs from ("inflation, which hit
    6.1%", "a deficit that reached $4bn"): the clause says plainly what the figure is of."""
    if len(before) < 3 or text[before[-1].end:fact.start].strip(" $£€¥"):
        return ""
    verb, relative, noun = before[-1], before[-2], before[-3]
    if verb.norm not in tables.level_verbs or relative.norm not in tables.relatives:
        return ""
    if text[noun.end:relative.start].strip(" ,") or not _content(noun, facts, tables):
        return ""
    if noun.text[:1].isupper():
        return ""  # a name: what the figure is of is told by more than the name
    return noun.norm


def _modifiers(fact: Fact, inside: list[Token], tables: _Tables, lexicon: Lexicon) -> frozenset[str]:
    """The words of a count between its number and its noun ("five Indian nationals")."""
    if fact.kind is not FactKind.COUNT or len(inside) < 3:
        return frozenset()
    numeric = [k for k, t in enumerate(inside) if t.norm[:1].isdigit() or t.norm in tables.number_words]
    if not numeric:
        return frozenset()
    between = inside[numeric[-1] + 1:-1]
    return frozenset(concept(t.norm, lexicon) for t in between
                     if t.norm not in tables.stop and t.norm not in tables.increment_after)


def _body_after(text: str, fact: Fact, inside: list[Token], after: list[Token], tables: _Tables,
                lexicon: Lexicon) -> frozenset[str]:
    """The body a count of members is of, named after it ("seven members of the choir": choir;
    ``member_nouns``): which body's members are counted, as "crew members" says before it. (Read
    only where no word before the noun says it: in "400 stagehand members of the guild" the
    stagehands are the group counted.)"""
    members = lexicon.words("units", "member_nouns")
    noun = inside[-1].norm if inside else ""
    of_members = noun in members or noun.endswith("s") and noun[:-1] in members
    if fact.kind is not FactKind.COUNT or not of_members or not after or after[0].norm != "of" \
            or text[fact.end:after[0].start].strip():
        return frozenset()
    named = False
    for t in after[1:1 + BODY_REACH]:
        if t.text[:1].isupper():
            named = True  # a name qualifying the body ("the Vell band") or the body's own name
        elif t.norm in tables.stop:
            if named:
                return frozenset()  # "members of Tarco were": a body named, not its kind
        else:
            return frozenset({concept(t.norm, lexicon)}) if t.norm.isalpha() else frozenset()
    return frozenset()


BODY_REACH = 4
"""Words after "members of" read for the body: a determiner or a possessive, a name, then its noun."""


_INTO = re.compile(r"\s+into\s")
"""What follows a span that is how far into something a moment came (``Measure.into``)."""
_INITIAL = r"(?<![\s.][A-Za-z]\.)(?<!^[A-Za-z]\.)"
"""After a point: not the point of an initial ("N.J. Superior Court", "J. Smith")."""
CLAUSE_BREAKS = re.compile(r"[,.;:!?()\u2014](?!(?<=[,.])\d)" + _INITIAL)
"""Punctuation that ends a clause; the point and the comma inside a figure ("12.5 percent",
"1,200 workers"), a digit right after them, do not, nor the point of an initial. (One class
with a lookahead: split on every figure's text before it, an alternation of three took twice
as long.)"""
SPAN_BREAKS = re.compile(r"[,;:!?()\u2014]|\.(?!\d)" + _INITIAL)


_OPENING = re.compile(r"^\s*(\w+(?:\s\w+)?)\s*,")


def _opening(folded: str) -> str:
    """A sentence's opening word or two set off by a comma ("Initially, 1,900 ..."): an adverb
    that governs the whole sentence, every clause of it."""
    found = _OPENING.match(folded)
    return found.group(1) if found else ""


def _earlier(lead: str, fact: Fact, tables: _Tables) -> bool:
    """Whether a word of the figure's clause before it (``lead``) tells a count as an earlier one. Only
    counts of people and things (no unit of measurement, units.yaml ``measures``): a toll, a
    tally of flights cancelled, grows as it is reported, so its earlier figure is another
    figure; a measurement revised (a depth in km, a magnitude) is still a disagreement worth
    showing."""
    return _earlier_kind(fact, tables) and tables.earlier.search(lead) is not None


NAMED_AGAIN_LEADS = (1, 2, 3)
"""How far before the noun of a figure named again its lead may stand ("the official death toll")."""
SUPERSEDED_REACH = 8
"""Words read after a contrast for the figure named again and told as since moved ("..., but
by nightfall that figure had tripled")."""


def _superseded(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether the sentence, after the figure, tells it as since moved: a contrast ("but",
    ``superseded_contrasts``), then the figure named again ("that number", "the toll",
    ``superseded_nouns``) and a word of change (``change_words``); or, the figure told in a
    clause that opens the sentence with a word of sequence (``superseded_openers``: "After
    officials had said 95 died, ..."), the main clause moves the figure named again ("...,
    the ministry lowered the toll"). Either way the figure is an earlier one, as one after
    "initially" is. (Only counts, as ``_earlier`` reads.)"""
    if not _earlier_kind(fact, tables):
        return False
    words = _words_of(folded[fact.end:])
    if any(w in tables.superseded_contrasts and _moved_again(words[k + 1:], tables, after_only=True)
           for k, w in enumerate(words)):
        return True
    lead = _FIRST_WORD.match(folded)
    if lead is None or lead.group(1) not in tables.superseded_openers | tables.superseding_openers:
        return False  # (read on only for a sentence that opens with such a clause)
    opening = CLAUSE_BREAKS.split(folded[:fact.start])
    first = _words_of(opening[0])
    if len(opening) == 1:
        rest = CLAUSE_BREAKS.split(folded[fact.end:], maxsplit=1)
        return len(rest) == 2 and first[:1] != [] and first[0] in tables.superseded_openers \
            and _moved_again(_words_of(rest[1]), tables, after_only=False)
    # "Before it was lowered to 84, the toll stood at 95": the main clause tells the count as it
    # stood before the change its opening clause tells.
    main = _words_of(" ".join(opening[1:]))
    return len(opening) == 2 and first[:1] != [] and first[0] in tables.superseding_openers \
        and any(w in tables.change_words or w in tables.superseded_moves or w in tables.revised
                for w in first) \
        and (_moved_again(main, tables, after_only=False) or _names_again(first + main, tables))


_FIRST_WORD = re.compile(r"\W*(\w+)")


def _words_of(text: str) -> list[str]:
    return [w.strip(".,;:'’\"") for w in text.split()]


def _names_again(words: Sequence[str], tables: _Tables) -> bool:
    """Whether the words name a figure again anywhere (``_named_again_at``)."""
    return any(_named_again_at(words, n, tables) for n in range(len(words)))


def _named_again_at(words: Sequence[str], n: int, tables: _Tables) -> bool:
    """Whether the ``n``-th word names a figure again: a ``superseded_nouns`` noun after a lead,
    perhaps with words between ("the official death toll")."""
    return words[n] in tables.superseded_nouns \
        and any(n - back >= 0 and words[n - back] in tables.superseded_leads for back in NAMED_AGAIN_LEADS)


def _moved_again(words: Sequence[str], tables: _Tables, after_only: bool) -> bool:
    """Whether the words, within ``SUPERSEDED_REACH`` of their start, name the figure again
    (``_named_again_at``) and tell it moved, by a word of change after the noun ("that figure
    had tripled") or, unless ``after_only``, before it ("lowered the death toll")."""
    for n in range(min(len(words), SUPERSEDED_REACH)):
        if not _named_again_at(words, n, tables):
            continue
        near = list(words[n + 1:n + 1 + SUPERSEDED_REACH])
        if not after_only:
            near += words[max(0, n - SUPERSEDED_REACH):n]
        if any(w in tables.change_words or w in tables.superseded_moves for w in near):
            return True
    return False


def _earlier_kind(fact: Fact, tables: _Tables) -> bool:
    return fact.kind is FactKind.NUMBER \
        or fact.kind is FactKind.COUNT and fact.unit not in tables.measurement_units


def _of_earlier_forecast(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether the figure's clause, before it, names an earlier forecast (``forecast_nouns``
    after an earlier-instance word or a month: "the April estimate showed rates hitting 2.9%"):
    the figure is that forecast's, of another time than the one the story reports."""
    words = CLAUSE_BREAKS.split(folded[:fact.start])[-1].split()
    return any(noun in tables.forecast_nouns and before in tables.forecast_leads
               for before, noun in zip(words, words[1:], strict=False))


INSTANCE_REACH = 2
"""Words between a word of an earlier instance and the "of" before the figure ("the previous
world record of")."""


def _of_earlier_instance(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether the figure is the value of an earlier instance of its noun (``earlier_instances``
    before the noun and "of": "X's previous mark of 2:03:16", "an earlier fine of €310m"): the
    value of another record, another fine, whatever its unit, not a reading of this one; a
    figure of another time (``Measure.past``), as one placed in a year long gone is."""
    words = CLAUSE_BREAKS.split(folded[:fact.start])[-1].split()
    if len(words) < 2 or words[-1] != "of":
        return False
    return any(w in tables.earlier_instances for w in words[-2 - INSTANCE_REACH:-2])


WEIGHED_BREAKS = re.compile(r"[.;:!?\u2014\u2013]")
"""Punctuation that ends the course a "whether to" weighs (a comma does not: "whether to
price it above the range, at $52, but ...")."""


def _weighed(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether the figure stands in a course weighed ("whether to", ``weighed_before``), before
    the word that ends it (``weighed_ends``: "but settled on ...")."""
    lead = WEIGHED_BREAKS.split(folded[:fact.start])[-1]
    opened = [m.end() for m in tables.weighed.finditer(lead)]
    return bool(opened) and tables.weighed_ends.search(lead, opened[-1]) is None


ASKED_REACH = 10
"""Words between a verb or noun of asking and the figure asked for ("asked the judge for an 18-year
term", "asking the judge to impose a maximum sentence of 30 years")."""
ASKED_AFTER_REACH = 4
"""Words after a figure within which "sought by" and the like may stand ("an 18-year sentence sought by")."""
FACING_REACH = 4
"""Words before an upper bound a verb of facing may stand ("faced a fine of up to", "faced
prison terms of up to")."""
ASKED = "asked"
OFFERED = "offered"
LIMIT_ABOVE = "top"
"""The ``qualifiers`` key of the words that name a figure the most of its kind ("maximum")."""
LIMIT_BELOW = "minimum"
"""... and of those that name it the least ("minimum")."""


def _asked(lead: str, folded: str, fact: Fact, tables: _Tables) -> str:
    """What the figure's clause tells it as: asked for (``asked_before``: "asked for",
    "sought", "a demand for"; a count, ``charged_before``: "faced nine counts"), offered
    (``offered_before``: "offered", "proposed"), a few words before it, the nearest cue
    deciding; else as asked or offered by someone named after it ("the 18-year term sought by
    prosecutors"); else "" (stated). ``lead``: the figure's clause before it."""
    near = " ".join(lead.split()[-ASKED_REACH:])
    cued = ((ASKED, tables.asked), (OFFERED, tables.offered)) + (
        ((ASKED, tables.charged),) if fact.kind is FactKind.COUNT else ())
    # (A cue's reach ends where a phrase of time or cause opens: "was wanted for questioning
    # after the deaths of seven hikers" asks for no seven.)
    found = [(m.end(), told) for told, cues in cued
             for m in cues.finditer(near)
             if not _describes_another(near, m, tables) and not tables.asked_ends.search(near, m.end())]
    if found:
        return max(found)[1]
    if _asked_to_act(lead, tables):
        return ASKED
    words = CLAUSE_BREAKS.split(folded[fact.end:])[0].split()[:ASKED_AFTER_REACH]
    tail = " ".join(words)
    if tables.asked_after.search(tail) or _names_a_claim(folded, fact, tables):
        return ASKED
    if tables.offered_after.search(tail):
        return OFFERED
    if words and words[0] in tables.relatives:
        # A relative clause of asking or offering after it: "the 20 years that the
        # crown requested", "the 4% which the firm had proposed".
        clause = " ".join(words[1:])
        cues = [(m.start(), told) for told, pattern in ((ASKED, tables.asked), (OFFERED, tables.offered))
                for m in pattern.finditer(clause)]
        return min(cues)[1] if cues else ""
    return ""


ASKED_OBJECT_REACH = 6
"""Words between a verb of asking and the "to" of the act it asks for ("wants Judge X Y to")."""
_ASKED_TO = re.compile(rf"^(?:\S+\s+){{0,{ASKED_OBJECT_REACH}}}to\s+[a-z]")


def _asked_to_act(lead: str, tables: _Tables) -> bool:
    """Whether the figure is the first of an act someone is asked to do, however long its
    object ("wants the judge to sentence the former harbour master of the ferry port to 30 months"):
    a verb of asking in its clause, then "to" and a verb, and no other figure, nor a word that
    sets another act against it, before the figure."""
    cues = [m for m in tables.asked.finditer(lead) if not _describes_another(lead, m, tables)]
    if not cues:
        return False
    rest = lead[cues[-1].end():]
    return _ASKED_TO.match(rest.lstrip()) is not None and not any(ch.isdigit() for ch in rest) \
        and tables.weighed_ends.search(rest) is None


_BRACKETED = re.compile(r"\s*\([^()]*\)")
"""A bracketed conversion right after a figure ("900 million dollar (£700 million)")."""
CLAIM_NOUN_REACH = 3
"""Words of a figure's noun phrase after it, up to the noun of what was claimed ("a $2bn
defamation lawsuit")."""
CLAIM_TAIL_CHARS = 120
"""Characters after a figure read for its claim noun: a bracketed conversion and three words."""


def _names_a_claim(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether the figure is written into a noun of what someone claims (``asked_nouns``: "a
    $2bn defamation lawsuit", "a $5m insurance claim"), past a bracketed conversion: the sum
    sought, not one paid. A function word or a verb first ends the figure's phrase ("paid $5m
    to settle a lawsuit"). Only a sum is sought so: "a three-week trial" is the trial's length."""
    if fact.kind is not FactKind.MONEY:
        return False
    rest = folded[fact.end:fact.end + CLAIM_TAIL_CHARS]
    bracket = _BRACKETED.match(rest)
    if bracket:
        rest = rest[bracket.end():]
    for written in rest.split()[:CLAIM_NOUN_REACH]:
        word = written.strip(".,;:'\u2019\"")
        if word in tables.asked_nouns:
            return True
        if not word.isalpha() or word in tables.attributive_leads or word in tables.stop:
            return False
    return False


def _describes_another(near: str, cue: re.Match[str], tables: _Tables) -> bool:
    """Whether a cue of asking or offering, after a determiner, describes a noun that a verb
    then says the figure of (``attributive_breaks``: "the proposed deal is a $4.4 billion
    merger", a deal pending, its value stated), not the figure's own phrase ("the proposed pay
    rise of 6%", which tells the figure as offered)."""
    before = near[:cue.start()].split()
    if not before or before[-1] not in tables.attributive_leads:
        return False
    return any(w in tables.attributive_breaks for w in near[cue.end():].split())


def _could_face(lead: str, fact: Fact, tables: _Tables) -> bool:
    """Whether an upper bound, or a figure named the most of its kind, is what someone could
    be given or bear (``facing_before``: "faced up to 30 years", "facing a maximum term of
    30 years"), not what was given. ``lead``: the figure's clause before it."""
    words = lead.split()
    if fact.qualifier in ("<", "<="):
        words = words[-FACING_REACH:]
    else:
        # (The word of the most stands between: "a maximum term of", "the highest fine of".)
        words = words[-FACING_REACH - 2:]
        if not any(tables.qualifiers.get(w.strip(_QUOTE_MARKS)) == LIMIT_ABOVE for w in words):
            return False
    return tables.facing.search(" ".join(words)) is not None



POSSIBLE_REACH = 3
"""Words between a modal verb of reaching and the figure it may reach ("could reach an estimated")."""


def _could_reach(lead: str, tables: _Tables) -> bool:
    """Whether the figure is a level something may come to, not one it is at (``possible_levels``:
    "the fee could reach more than 90 million", "the toll may rise to 40"): a value supposed.
    ``lead``: the figure's clause before it."""
    return tables.possible_levels.search(" ".join(lead.split()[-POSSIBLE_REACH - 2:])) is not None


SUPPOSED_BREAKS = re.compile(r"[,.;:!?\u2014\u2013]")
"""Punctuation that ends the clause after a supposing phrase."""
SUPPOSING_REACH = 6
"""Words into the clause after an opening phrase that its modal may stand ("At a $30 fee, the
annual permit would ...")."""


def _supposing(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether the figure stands in the phrase a sentence opens with ("At a $30 fee,",
    ``supposing_openers``), and the clause after it tells what would then be
    (``supposing_modals``: "..., the permit would cost more than a rail pass"): the figure is
    supposed, not stated."""
    lead = folded[:fact.start]
    words = lead.split()
    if not words or words[0] not in tables.supposing_openers or ", " in lead:
        return False
    comma = folded.find(", ", fact.end)
    if comma < 0:
        return False
    after = SUPPOSED_BREAKS.split(folded[comma + 2:], maxsplit=1)[0].split()
    return any(w in tables.supposing_modals for w in after[:SUPPOSING_REACH])


START_REACH = 40
"""Characters before a figure read for the "from" of a value a change started from."""

OPENED_REACH = 16
"""Characters before a figure read for the words of a value opened with ("beginning at ")."""


_AMOUNTS = frozenset({FactKind.MONEY, FactKind.PERCENT, FactKind.COUNT, FactKind.NUMBER})


def _opened_with(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether the figure is a value something opened with (``opened_at``: "bidding started at
    $40 million"); not a time ("began at 8:30 am" is when it began)."""
    return fact.kind in _AMOUNTS and fact.unit != CLOCK_TIME \
        and _ends_with(tables.opened_at, folded[max(0, fact.start - OPENED_REACH):fact.start])


def _started_from(folded: str, fact: Fact, facts: Sequence[Fact], clauses: Sequence[tuple[int, int]],
                  tables: _Tables) -> bool:
    """Whether the figure is the value a change started from: right after "from", past words of
    which value (``start_between``: "to 1.1% from 1.4%", "up from 3.5%", "a boost from the
    current $15.40"), with another figure of its unit in its
    clause, the value the change reached, or a word of revision before it ("revised the toll
    downward from 310"). The old value is no value of the thing now."""
    words = folded[max(0, fact.start - START_REACH):fact.start].split()
    while words and words[-1] in tables.start_between:
        words.pop()  # "a boost from the current $15.40"
    if not _ends_with(tables.start_before, " ".join(words[-2:])):
        return False
    x, y = next(((x, y) for x, y in clauses if x <= fact.start < y), (0, len(folded)))
    if any(w.strip(".,") in tables.revised for w in folded[x:fact.start].split()):
        return True  # "revised the toll downward from 310": the value it was revised from
    return any(other is not fact and other.kind is fact.kind and other.unit == fact.unit
               and x <= other.start < y for other in facts)


def _change_groups(lexicon: Lexicon) -> frozenset[str]:
    """The words of the opposite pairs (``polarity.yaml``) that move a level, named by one word
    of each (``measures.yaml`` ``change_groups``): one list of them for polarity and measures."""
    marks = lexicon.words("measures", "change_groups")
    pairs = [pair for pair in lexicon.table("polarity", "opposites", [])
             if any(str(w).casefold() in marks for side in pair for w in side)]
    return frozenset(str(w).casefold() for pair in pairs for side in pair for w in side)


_POSSESSIVE = re.compile(r"['’]s$")


def _noun_leads(before: Sequence[Token], nouns: frozenset[str], tables: _Tables,
                lexicon: Lexicon) -> tuple[tuple[str, int, str], ...]:
    """``Measure.noun_leads``."""
    if not nouns:
        return ()
    concepts = [concept(t.norm, lexicon) for t in before]
    leads = []
    for noun in sorted(nouns):
        at = next((k for k in range(len(before) - 1, -1, -1) if concepts[k] == noun), None)
        if at is None:
            continue
        lead = before[at - 1] if at else None
        plain = lead is not None and lead.norm not in tables.stop and not lead.text[:1].isupper() \
            and lead.norm[:1].isalpha() and not _POSSESSIVE.search(lead.text)
        leads.append((noun, at, concepts[at - 1] if plain else ""))
    return tuple(leads)


def measurement_units(lexicon: Lexicon) -> frozenset[str]:
    """The units of measurement (``units.yaml`` measures: km, metre, tonne), not of things counted."""
    return lexicon.compiled(_measurement_units)


def _measurement_units(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(str(unit) for unit in lexicon.table("units", "measures", {}) or {})


def measured_dimensions(lexicon: Lexicon) -> frozenset[str]:
    """The dimensions a word after a figure names (``measured_after``: "wide" a width, "north
    of" a distance), as a measure's nouns hold them, beside the things a figure sizes."""
    return lexicon.compiled(_measured_dimensions)


def _measured_dimensions(lexicon: Lexicon) -> frozenset[str]:
    dimensions = lexicon.table("measures", "measured_after", {}) or {}
    return frozenset(concept(str(key), lexicon) for key in dimensions)


def count_classes(lexicon: Lexicon) -> dict[str, str]:
    """Each counted noun's class (``units.yaml`` count_classes: "deaths" and "dead" both count
    the dead); a noun of two classes is of the first."""
    classes: dict[str, str] = {}
    for name, nouns in (lexicon.table("units", "count_classes", {}) or {}).items():
        for noun in nouns:
            classes.setdefault(str(noun), str(name))
    return classes


_PHRASE_END = re.compile(SPAN_BREAKS.pattern + r"|\s(?:and|or)\s")


def _phrase_end(folded: str, start: int, end: int) -> int:
    """Where a count's phrase ends before ``end``: past a comma or a link, the words after a
    noun that names a fate tell of others ("caused three fatalities, injured dozens",
    "six fatalities and injuring dozens")."""
    found = _PHRASE_END.search(folded, start, end)
    return found.start() if found else end


def _fates(folded: str, toks: Sequence[Token], fact: Fact, facts: Sequence[Fact],
           clauses: Sequence[tuple[int, int]], tables: _Tables) -> frozenset[str]:
    """``Measure.fates``: the fate the verb the count is the object of tells (a few words
    before it, "saved 140 passengers", "killing at least 20"), else the first its own words
    after it tell ("five campers were found dead", "nine others are missing"), else its own noun's
    class ("19 deaths"), else where they were. Each count is read up to the figures beside it
    and no further: "Four died and nine others are missing" tells two fates of two groups, and
    "but most were evacuated" tells one of a part."""
    if fact.kind is not FactKind.COUNT and fact.kind is not FactKind.NUMBER:
        return frozenset()
    # An age told of those counted, set off by a comma ("more than 40 riders, many in their
    # 30s, died"), says who they were, not a count of its own that the fate's words would
    # belong to. (An age joined by "and", "three women and an 8-year-old girl", is of others.)
    facts = [f for f in facts if f is fact or f.unit != AGE_UNIT
             or not (fact.end <= f.start and "," in folded[fact.end:f.start])]
    x, y = next(((x, y) for x, y in clauses if x <= fact.start < y), (0, toks[-1].end if toks else 0))
    if _whole_of_part(folded, fact, facts):
        # "9 of the 30 on the trail died", "Of the 120 workers at the plant, 80 were sent home":
        # what befell a part is not what befell the whole; the whole is those who were there.
        near = [t for t in toks if fact.end <= t.start][:2]
        return frozenset({PRESENT}) if any(t.norm in tables.locatives for t in near) else frozenset()
    if tables.denied_leads.search(folded, max(0, fact.start - DENIED_REACH), fact.start):
        return frozenset()  # "None of the 41 people aboard survived": the fate is denied of them
    lo = max([x] + [f.end for f in facts if f.end <= fact.start])
    hi = min([y] + [f.start for f in facts if f.start >= fact.end])
    whole = next((f for f in facts if f.start == hi), None)
    if whole is not None and _whole_of_part(folded, whole, facts):
        # The part's verb comes after the whole it is a part of ("9 of the 30 hikers had died").
        hi = min([y] + [f.start for f in facts if f.start >= whole.end])
    # Read back within the count's own stretch of words: "27 died, at least three are missing"
    # gives the three no verb before them.
    lo = max((lo + m.end() for m in SPAN_BREAKS.finditer(folded[lo:fact.start])), default=lo)
    before = [t for t in toks if lo <= t.start and t.end <= fact.start][-FATE_REACH:]
    first = next((f for f in reversed(facts) if f.end == lo), None)
    if first is not None and (all(t.norm in AND_OR for t in before) or _conjoined_after_noun(before)):
        # Conjoined objects of one verb ("rescued 195 passengers and 35 crew", "killed a
        # 66-year-old woman and a 48-year-old man"): read back from the first.
        before = [t for t in toks if x <= t.start and t.end <= first.start][-FATE_REACH:]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.norm in tables.fate_stops or t.norm in tables.fate_object_breaks:
            break
        if t.norm in tables.fate_words and _a_noun(folded, t) \
                and not (k + 1 < len(before) and before[k + 1].norm == "of"):
            continue  # a noun, "the fire had spread to 2,400 acres"; not "the death of 41 people"
        if t.norm in tables.fate_words:
            # Two fates joined ("killed and injured 2,000") count both groups together.
            joined = k >= 2 and before[k - 1].norm in AND_OR and before[k - 2].norm in tables.fate_words
            return frozenset({tables.fate_words[t.norm]}
                             | ({tables.fate_words[before[k - 2].norm]} if joined else set()))
    told = tables.fate_phrases.search(folded, fact.start, fact.end)
    if told is not None:
        return frozenset({_phrase_fate(told, tables)})  # "31 remain hospitalized"
    inside = next((tables.fate_words[t.norm] for t in toks
                   if fact.start <= t.start < fact.end and t.norm in tables.fate_words), None)
    if inside is not None:
        return frozenset({inside})  # "seven missing passengers", "11 dead"
    fact, hi, y = _past_asides(folded, fact, facts, hi, y)
    then = next((f for f in facts if f.start == hi), None)
    if then is not None and all(t.norm in AND_OR for t in toks if fact.end <= t.start < hi):
        # Conjoined subjects of one verb ("52 passengers and three crew were aboard"): read on
        # from the last.
        hi = min([y] + [f.start for f in facts if f.start >= then.end])
        start = then.end
    else:
        start = fact.end
    # A count's unit may be its fate itself ("seven remained missing": the missing).
    own = tables.count_classes.get(fact.unit, fact.unit) if fact.unit else None
    fated = own is not None and own in tables.fate_words.values()
    if fated:
        hi = _phrase_end(folded, fact.end, hi)
    after = []
    for t in (t for t in toks if start <= t.start < hi):
        if t.norm in tables.fate_stops and t.norm not in AND_OR:
            break
        after.append(t)
    # ("three gales crossed the bay, drowning nine sailors": the sailors drowned, not the gales.)
    at_fate = next((k for k, t in enumerate(after) if t.norm in tables.fate_words
                    and t.norm not in tables.fates_before and not _a_noun(folded, t)
                    and not _in_a_noun_phrase(folded, t, tables)
                    and not _object_of_fate(folded, t, facts, hi, tables)), None)
    said = tables.fate_phrases.search(folded, start, after[-1].end) if after else None
    if said is not None and (at_fate is None or said.start() <= after[at_fate].start):
        # "three of the crew lost their lives": a fate told in a phrase (the phrase, where it
        # opens with a fate word of its own: "stabbed to death").
        return frozenset({_phrase_fate(said, tables)})
    if at_fate is not None:
        # Two fates joined ("were cancelled or delayed") count both groups together.
        following = after[at_fate + 1:at_fate + 3]
        joined = (len(following) == 2 and following[0].norm in AND_OR
                  and following[1].norm in tables.fate_words)
        return frozenset({tables.fate_words[after[at_fate].norm]}
                         | ({tables.fate_words[following[1].norm]} if joined else set()))
    if fated:
        return frozenset({str(own)})
    where = next((tables.presence[t.norm] for t in before + after if t.norm in tables.presence), None)
    at = next((k for k, t in enumerate(after) if t.norm not in tables.auxiliaries), None)
    # Where they were, said by "be" ("60 campers were on the mountain", "There were 60 campers in
    # the area"); a place beside a count alone may say which ones ("members at the studio").
    been = at is not None and at > 0 or len(before) > 1 and before[-2].norm == "there" \
        and before[-1].norm in tables.auxiliaries
    if where is None and been and at is not None and after[at].norm in tables.locatives:
        where = PRESENT
    return frozenset({where}) if where is not None else frozenset()


_ARTICLES = frozenset({"a", "an", "the"})


def _conjoined_after_noun(between: Sequence[Token]) -> bool:
    """Whether the words between two figures are the first one's noun, "and", and perhaps an
    article ("woman and a"): the second is the next of one verb's objects."""
    return 2 <= len(between) <= 3 and between[0].norm.isalpha() and between[1].norm in AND_OR \
        and all(t.norm in _ARTICLES for t in between[2:])


def _with_moves(phrases: re.Pattern[str], moves: Mapping[str, tuple[list[str], list[str]]]
                ) -> re.Pattern[str]:
    """The fate phrases, and for each fate a move to a place tells (``moved_to``) a group named
    for it: a verb of moving, perhaps a word ("urgently"), "to", up to four words, the place."""
    groups = [rf"(?P<moved{k}>\b(?:{'|'.join(map(re.escape, verbs))})\s+(?:[a-z]+\s+)?to\s+"
              rf"(?:[\w'’-]+\s+){{0,4}}?(?:{'|'.join(map(re.escape, places))})\b)"
              for k, (verbs, places) in enumerate(moves.values()) if verbs and places]
    return re.compile("|".join([phrases.pattern, *groups])) if groups else phrases


def _phrase_fate(found: re.Match[str], tables: _Tables) -> str:
    """The fate a match of ``fate_phrases`` tells."""
    if found.lastgroup is not None:
        return tables.fate_of_move[found.lastgroup]
    return tables.fate_of_phrase[" ".join(found.group(0).split())]


def _object_of_fate(folded: str, verb: Token, facts: Sequence[Fact], hi: int, tables: _Tables) -> bool:
    """Whether a verb of fate read on from a count takes the next count as its object, right
    after it ("three gales crossed the bay, drowning nine sailors"): the fate is that
    count's, not the one before. (Not a length or a time: "rescued 20 km away".)"""
    then = next((f for f in facts if f.start == hi), None)
    return then is not None and then.kind is FactKind.COUNT and then.unit not in tables.measurement_units \
        and not folded[verb.end:hi].strip()


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our)\s+$")


def _a_noun(folded: str, tok: Token) -> bool:
    """Whether a word is told as a noun, not a verb: right after an article or a possessive
    ("the fire"), or capitalised past the sentence's start, in a name ("the Tarn Fire grew")."""
    return _ARTICLE_BEFORE.search(folded, max(0, tok.start - 8), tok.start) is not None \
        or tok.start > 0 and tok.text[:1].isupper()


_ASIDE_OPEN = re.compile(r"\s*,\s*(?:including|among them)\s+$")


_DETERMINER_NEAR = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+"
                              r"(?:[a-z][a-z'’-]*\s+){1,2}$")


def _in_a_noun_phrase(folded: str, tok: Token, tables: _Tables) -> bool:
    """Whether a word of fate in its plain form (no "-ed", no "-ing") stands a word or two past a
    determiner, with no auxiliary between: a noun of a thing, "the fatal fire", "a senior fire
    brigade officer", read after a count, where it tells nothing that befell those counted.
    (A verb's past and present participles are verbs whatever stands before them: "the company
    fired 90"; so is a plain form after an auxiliary, "those on the bus were hurt".)"""
    if tok.norm.endswith(("ed", "ing")):
        return False
    found = _DETERMINER_NEAR.search(folded, max(0, tok.start - 40), tok.start)
    return found is not None and not any(w.strip(".,;:'’\"") in tables.auxiliaries
                                         for w in found.group(0).split()[1:])


def _past_asides(folded: str, fact: Fact, facts: Sequence[Fact], hi: int, y: int) -> tuple[Fact, int, int]:
    """The count read as ending past the asides right after it, with the end of the words read
    for its fate (``hi``) and of its clause (``y``) moved on past them."""
    set_off = _set_off_after(folded, fact, facts)
    if set_off is not None:
        # "97 people - 88 women, eight children and a man - died": the aside between
        # dashes or brackets lists whom the count counts, and what befell them is told past it.
        past, y = set_off
        hi = min([y] + [f.start for f in facts if f.start >= past])
        fact = replace(fact, end=past)
    aside = _aside_after(folded, fact, facts, hi, y)
    if aside is not None:
        # "In all, 31 workers, including four welders, were hurt": the aside names a part
        # of the count, and what befell them is told past it, of the whole count.
        hi = min([y] + [f.start for f in facts if f.start >= aside])
        fact = replace(fact, end=aside)
    return fact, hi, y


DENIED_REACH = 40
"""Characters before a count read for a word that denies its verb of it ("none of the total")."""
SET_OFF_REACH = 80
"""Characters an aside set off by dashes or brackets after a count may run to its close."""
_SET_OFF_OPEN = re.compile(r"\s+([-\u2013\u2014])\s+|\s*(\()")


def _set_off_after(folded: str, fact: Fact, facts: Sequence[Fact]) -> tuple[int, int] | None:
    """Where an aside set off by dashes or brackets right after a count, opening with a figure
    of its own, ends (past its close), and where the clause it leaves off then ends; None for
    none."""
    opened = _SET_OFF_OPEN.match(folded, fact.end)
    if opened is None or not any(f.start == opened.end() for f in facts):
        return None
    mark = opened.group(1) or opened.group(2)
    close = folded.find(")", opened.end(), opened.end() + SET_OFF_REACH) if mark == "(" \
        else folded.find(f" {mark} ", opened.end(), opened.end() + SET_OFF_REACH)
    if close < 0:
        return None
    end = close + (1 if mark == "(" else 3)
    later = CLAUSE_BREAKS.search(folded, end)
    return end, later.start() if later is not None else len(folded)


def _aside_after(folded: str, fact: Fact, facts: Sequence[Fact], hi: int, clause_end: int) -> int | None:
    """Where an aside right after a count ends (", including four welders,"): past its
    closing comma, if the aside opens right after the count and holds one figure; else None."""
    part = next((f for f in facts if f.start == hi), None)
    if part is None or not _ASIDE_OPEN.fullmatch(folded, fact.end, hi):
        return None
    close = folded.find(",", part.end, clause_end)
    if close < 0 or any(part.end <= f.start < close for f in facts):
        return None
    return close + 1


PARTITIVE = re.compile(r"(?:^|[\s,])(?:out\s+)?of\s+(?:the\s+|all\s+)?$")
"""What stands before the whole a part is counted out of ("9 of the 30", "Of the 120")."""


def _setting(folded: str, fact: Fact, tables: _Tables) -> str:
    """``Measure.setting``: the setting whose words follow a count, or its noun, right after it."""
    if fact.kind is not FactKind.COUNT:
        return ""
    return next((name for name, pattern in tables.settings if pattern.match(folded, fact.end)), "")


def _whole_of_part(folded: str, fact: Fact, facts: Sequence[Fact]) -> bool:
    """Whether a count is the whole another count of its sentence is a part of: right after a
    count and "of" ("9 of the 30"), or after "Of the" opening the sentence when a count
    follows ("Of the 120 workers at the plant, 80 ...")."""
    before = [f for f in facts if f.end <= fact.start]
    if not before:  # "Of the 120 workers ...", "Of the chamber's 180 members, 97 ..."
        return _OPENING_WHOLE.fullmatch(folded[:fact.start].strip()) is not None \
            and any(f.start >= fact.end for f in facts)
    return PARTITIVE.search(folded[max(0, fact.start - 12):fact.start]) is not None \
        and folded[before[-1].end:fact.start].strip(" ").removeprefix("out ").startswith("of")


_OPENING_WHOLE = re.compile(r"of(?: the| all)?(?: [\w.\-]+['’]s?)?")
"""A sentence's opening before the whole its parts are told out of: "Of the", "Of the
chamber's"."""


PRESENT = "present"
"""The fate of those a count counts where it tells only where they were."""


def _places_from(text: str, after: Sequence[Token], tables: _Tables) -> bool:
    """Whether "from" right after a length leads to a place or thing ("from X", "from the
    harbour", "from major roads"), not to a level a change set out from (``level_openers``:
    "rose 2 metres from its low", "from a peak of", "from 3 metres")."""
    place = after[1] if len(after) > 1 else None
    return place is not None and place.norm.isalpha() and place.norm not in tables.level_openers


def _fate_of_includer(folded: str, toks: Sequence[Token], fact: Fact, clauses: Sequence[tuple[int, int]],
                      tables: _Tables, lexicon: Lexicon) -> frozenset[str]:
    """The fate of the group a count is told as part of by a verb of inclusion ("the injured
    included four nationals", "the list of fatalities now includes five"): the noun before the
    verb, past function words, names those the fate befell. No fate where none does."""
    if fact.kind is not FactKind.COUNT:
        return frozenset()
    x, _ = next(((x, y) for x, y in clauses if x <= fact.start < y), (0, 0))
    before = [t for t in toks if x <= t.start and t.end <= fact.start][-INCLUDED_REACH:]
    at = None
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.norm in tables.inclusion_verbs:
            at = k
            break
        if t.norm in tables.fate_object_breaks or t.norm in tables.fate_stops and t.norm not in AND_OR:
            return frozenset()  # "included four crew on the ship": a count of its own past "on"
    if at is None:
        return frozenset()
    # (Past a relative pronoun: "the list of fatalities, which now includes five".)
    for t in reversed(before[max(0, at - APPOSED_REACH):at]):
        if t.norm in tables.stop:
            continue
        fate = tables.fate_classes.get(concept(t.norm, lexicon), "")
        return frozenset({fate}) if fate in tables.fates else frozenset()
    return frozenset()


INCLUDED_REACH = 8
"""Words between a verb of inclusion and a count it includes, a count before it and "and"
among them ("included four nationals and 11 visitors")."""


FATE_REACH = 4
"""Words read back from a count to the verb it is the object of ("rescued a total of 195")."""
AND_OR = frozenset({"and", "or"})
"""Stops read back (the verb before "and" is another group's: "four died and nine others"), not
forward ("140 passengers and crew were rescued")."""


def _moved_from(folded: str, fact: Fact, facts: Sequence[Fact], clauses: Sequence[tuple[int, int]],
                tables: _Tables) -> bool:
    """Whether the figure, in its clause, comes before a change told by its size and the level
    it reached in the figure's own unit ("cut the 12% rate by two points to 10%"): it is the
    level the change started from, as a figure after "from" is."""
    if _change(folded, fact, None, facts, clauses, tables):
        return False  # itself the size or the end of an earlier change ("by one point to 11%, ...")
    y = next((y for x, y in clauses if x <= fact.start < y), len(folded))
    later = [f for f in facts if fact.end <= f.start < y and f.kind is fact.kind]
    changes = {(_change(folded, f, None, facts, clauses, tables), f.unit) for f in later}
    return any(c == 1 for c, _ in changes) and (2, fact.unit) in changes


STEP_OF_REACH = 4
"""Words before the "of" right before a figure within which "by" makes it a step ("by an average of")."""


def _change(folded: str, fact: Fact, preceding: Fact | None, facts: Sequence[Fact],
            clauses: Sequence[tuple[int, int]], tables: _Tables) -> int:
    """``Measure.change``: right after "by", a word of change before it in its clause, the
    size of the change; right after "to", a word of change or a "from" figure before it in
    its clause, the level reached ("up to 10%" is a bound, not a level)."""
    lead = SPAN_BREAKS.split(folded[:fact.start])[-1]
    words = [w.strip(".'\u2019") for w in lead.split()]
    if not words:
        return 0
    moved = any(w in tables.change_words for w in words[:-1])
    if words[-1] in tables.step_before or words[-1] == "of" and any(
            w in tables.step_before for w in words[-STEP_OF_REACH:-1]):
        # (Also "by" and a noun of the amount: "fell by an average of 6%", "by a total of 12".)
        return 1 if moved else 0
    told = _size_or_level(fact, words, tables)
    if told:
        return told
    if words[-1] not in tables.level_before or len(words) > 1 and words[-2] in tables.bound_before:
        return 0
    started = preceding is not None and preceding.start >= len(folded[:fact.start]) - len(lead) \
        and _started_from(folded, preceding, facts, clauses, tables)
    return 2 if moved or started else 0


_AMOUNTS = frozenset({FactKind.COUNT, FactKind.MONEY})
"""Kinds of figure whose change is told apart from their level by the verb before them."""


def _size_or_level(fact: Fact, words: Sequence[str], tables: _Tables) -> int:
    """``Measure.change`` of an amount told by the verb right before it: 1 the size of a move
    ("lost 12 seats", "rose $2bn", "were up 300"), 2 the level a thing holds or has reached
    ("now has 21 seats", "reached 14 seats"), 0 neither. (Not of a rate: prices that "rose
    3.6%" in a year give inflation's level, 3.6%.)"""
    if fact.kind not in _AMOUNTS:
        return 0
    if words[-1] in tables.change_words or words[-1] in tables.size_before:
        return 1
    if words[-1] in tables.holding_before or " ".join(words[-2:]) in tables.holding_before:
        return 2
    return 0


DATE_REACH = 2
"""Words between a figure and the date of it that follows ("from 3.5% in January")."""


def _close(between: str) -> bool:
    return not CLAUSE_BREAKS.search(between.replace(".", "")) and len(between.split()) <= DATE_REACH


def moment(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Which side of an event the clause of the span ``start:end`` of a sentence places it on
    (see ``Measure.moment``): a move ("rose", "slipped") is timed as a figure is."""
    return _moment(text.casefold(), start, end, lexicon.compiled(_tables))


def _moment(folded: str, start: int, end: int, tables: _Tables) -> int:
    """``moment``: the words of the span's clause after it, else before it, else the whole
    sentence when it names one side only ("rose after the vote, while yields climbed": the
    sentence tells what followed the vote)."""
    side, _ = _placed(folded, start, end, tables)
    return side or _sentence_side(folded, tables)[0]


def _sentence_side(folded: str, tables: _Tables) -> tuple[int, str]:
    """The side of an event the whole sentence names, where it names one only (see ``_moment``),
    with the words after the ones that place it."""
    before, after = tables.before_event.search(folded), _after_event(folded, tables)
    if (before is None) == (after is None):
        return 0, ""
    if before is not None:
        return -1, folded[before.end():]
    return (1, folded[after.end():]) if after is not None else (0, "")


def _after_event(window: str, tables: _Tables) -> re.Match[str] | None:
    """Words that place what follows after an event (``after_event``), or "after" before the
    verb of one ("after coming ashore", "following talks")."""
    return tables.after_event.search(window) or _AFTER_ACT.search(window)


_AFTER_ACT = re.compile(r"\b(?:after|following)\s+(?=[a-z]+ing\b)")


def _event_concept(event: str, lexicon: Lexicon, tables: _Tables) -> str:
    """``Measure.moment_of``: the concept of the first content word of the words after the ones
    that place a figure (``_placed``): the event it is placed by ("gained 24.4% before the
    halt": halt; "after coming ashore": ashore, past the light verb); "" where none is read."""
    stop = stopwords(lexicon)
    return next((concept(w, lexicon) for w in re.findall(r"[a-z][a-z'-]*", event)
                 if w not in stop and w not in tables.light_verbs), "")


def _placed(folded: str, start: int, end: int, tables: _Tables) -> tuple[int, str]:
    """The side of an event the span's own clause places it on, read after the span, else
    before it, where that part names one side only (-1 before, 1 after, 0 neither), with the
    words after the ones that place it ("the halt was called"; "" where none do)."""
    # A decimal point is no clause break: "rose 0.5% after the vote" is one clause.
    lead = SPAN_BREAKS.split(folded[:start])[-1]
    tail = SPAN_BREAKS.split(folded[end:])[0]
    for window in (tail, lead):
        before, after = tables.before_event.search(window), _after_event(window, tables)
        if before is not None and after is None:
            return -1, window[before.end():]
        if after is not None and before is None:
            return 1, window[after.end():]
    return 0, ""


STRONG_BREAKS = re.compile(r"[;:!?()\u2014]|\.(?!\d)")
"""Breaks between sentences' parts that a figure's time does not reach across (a comma does:
"$8bn, which it generated a year ago")."""


def _past(folded: str, fact: Fact, facts: Sequence[Fact], tables: _Tables) -> bool:
    """Whether a relative time between the figure and its neighbouring figures (or the
    nearest strong break) places it a year or more back (``past_periods``), not as the base
    of a change or the start of a span."""
    if fact.kind is FactKind.ORDINAL:
        return False
    figures = [f for f in facts if f.kind not in DATE_KINDS and f.kind is not FactKind.ORDINAL]
    nxt = min((f.start for f in figures if f.start >= fact.end), default=len(folded))
    prev = max((f.end for f in figures if f.end <= fact.start), default=0)
    stop = STRONG_BREAKS.search(folded, fact.end, nxt)
    tail_end = stop.start() if stop else nxt
    lead_start = max([prev] + [m.end() for m in STRONG_BREAKS.finditer(folded, prev, fact.start)])
    for other in facts:
        if other.kind is not FactKind.RELATIVE or not tables.past.search(other.relative):
            continue
        beside = fact.end <= other.start and other.end <= tail_end \
            or lead_start <= other.start and other.end <= fact.start
        if beside and not _ends_with(tables.past_bases, folded[max(0, other.start - 16):other.start]):
            return True
    return False


def _singled(folded: str, fact: Fact, tables: _Tables) -> bool:
    """Whether a word of the figure's clause after it singles it out as one part's figure."""
    return tables.singled.search(CLAUSE_BREAKS.split(folded[fact.end:])[0]) is not None


def _increment(folded: str, fact: Fact, inside: list[Token], tables: _Tables) -> bool:
    if fact.kind not in (FactKind.COUNT, FactKind.NUMBER, FactKind.MONEY):
        return False
    if any(t.norm in tables.increment_after for t in inside[1:]):
        return True  # "four more bodies"
    return _ends_with(tables.increment_before, folded[max(0, fact.start - 20):fact.start])


def _part(folded: str, fact: Fact, following: Fact | None, preceding: Fact | None, tables: _Tables) -> bool:
    """A count that is one part of a whole: after "including", one of two counts of two nouns
    joined by "and" ("52 passengers and eight crew members"), or told as among a group
    (``part_of_after``: "six pupils were among the injured")."""
    if fact.kind is not FactKind.COUNT:
        return False
    if _ends_with(tables.part, folded[max(0, fact.start - 20):fact.start]) \
            or _right_after(tables.part_of, folded, fact):
        return True
    for first, second in ((fact, following), (preceding, fact)):
        if first is not None and second is not None and second.kind is FactKind.COUNT \
                and first.kind is FactKind.COUNT and first.unit != second.unit \
                and not (first.unit in tables.fates and second.unit in tables.fates) \
                and not {first.unit, second.unit} & tables.measurement_units \
                and _joined(folded[first.end:second.start]):
            # (Not two tallies of two fates, "2,000 had been killed and 2,400 injured": each
            # counts all it befell, no part of a whole. Nor things beside an amount measured,
            # "four crew and 900 tonnes of grain": one whole holds no crew and grain.)
            return True
    return False


JOIN_REACH = 3
"""Words before the "and" that joins two counts: "68 passengers on board and four crew"."""


_AND_NOUN = re.compile(r"\s+(?:and|&)\s+([a-z][a-z-]+)\b")


def _joined_noun(folded: str, fact: Fact, facts: Sequence[Fact]) -> bool:
    """``Measure.joined``: a count right before "and" and a noun of no figure of its own: not
    a determiner, nor a verb in "-ed" or "-ing" ("killed and injured" is read as fates)."""
    if fact.kind is not FactKind.COUNT:
        return False
    m = _AND_NOUN.match(folded, fact.end)
    if m is None or any(f.start == m.start(1) for f in facts):
        return False
    # A noun whose own figure follows it ("the deaths of four miners and injuries to 11 more")
    # heads a count of its own, not one joined to this one.
    own = _OWN_FIGURE_AFTER.match(folded, m.end(1))
    if own is not None and any(f.start >= own.end() and len(folded[own.end():f.start].split()) <= 1
                               for f in facts):
        return False
    word = m.group(1)
    return word not in _NOT_JOINED and not word.endswith(("ed", "ing", "ly"))


_OWN_FIGURE_AFTER = re.compile(r"\s+(?:to|of|for|among|in)\s+")
"""Words between a noun and a figure of its own ("injuries to 11 more", "damage to 40 homes")."""


_NOT_JOINED = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "other", "another",
                         "some", "many", "more", "all", "both", "then", "now", "so", "also", "still",
                         "only", "not", "was", "were", "is", "are", "has", "have", "had", "will",
                         "would", "may", "could", "can"})
"""Words after "and" that open no noun joined to the counted one."""


def _joined(between: str) -> bool:
    words = between.replace(",", " ").split()
    return bool(words) and words[-1] == "and" and len(words) <= JOIN_REACH + 1 \
        and not any(ch in between for ch in ";:.!?()")


BASE_REACH = 48
"""Characters after a figure (or before it, when nothing after says) read for its base."""


def _base(folded: str, fact: Fact, following: Fact | None, preceding: Fact | None,
          tables: _Tables) -> int | None:
    """The ``change_bases`` group of what the figure's change is measured against: named after
    it before the next figure ("up 44% from the previous quarter"), or else before it, after
    the figure before ("in the regular session to $305"). A span that qualifies the base is
    read as a word of it ("to the 30-day average price")."""
    stop = following.start if following and following.kind is not FactKind.DURATION else len(folded)
    end = min(stop, fact.end + BASE_REACH)
    start = max(preceding.end if preceding else 0, fact.start - BASE_REACH)
    for window in (folded[fact.end:end], folded[start:fact.start]):
        found = [(m.start(), n) for n, p in enumerate(tables.bases) for m in p.finditer(window)]
        if found:
            return min(found)[1]
    return None


_LEAD_ARTICLE = re.compile(r"(?:\b(?:the|a|an)\s*)+$")


def _stage(folded: str, fact: Fact, clauses: Sequence[tuple[int, int]],
           tables: _Tables) -> frozenset[tuple[str, str, int]]:
    """The moments within an event the figure's clause names (``Measure.stage``)."""
    x, y = next(((x, y) for x, y in clauses if x <= fact.start < y), (0, len(folded)))
    found = set()
    for m in tables.stages.finditer(folded, x, y):
        if m.start() < fact.end and fact.start < m.end():
            continue  # the figure itself ("40 laps" is no moment of the 40 laps)
        if m.group("name"):
            key = (tables.stage_names[m.group("name")], "")
        elif m.group("counted"):
            key = (m.group("counted"), m.group("num"))
        else:
            which = m.group("ord")
            key = (m.group("unit"), tables.stage_ordinals.get(which, which.rstrip("stndrh")))
        lead = _LEAD_ARTICLE.sub("", folded[max(x, m.start() - 24):m.start()].rstrip()).rstrip()
        before, after = _ends_with(tables.stage_before, lead), _ends_with(tables.stage_after, lead)
        side = -1 if before else 1 if after else 0
        found.add((*key, side))
    if not found and (fact.unit == SCORE and _right_after(tables.interim, folded, fact)
                      or _ends_with(tables.tie, folded[x:fact.start])):
        # "a 17-10 lead" at no moment named, "tied the game at 10": a score held at some moment,
        # not the result; two such of two values are two moments of the game, so each is its
        # own moment.
        found.add(("interim", fact.canonical, 0))
    return frozenset(found)


def _month(folded: str, fact: Fact, facts: Sequence[Fact], clauses: Sequence[tuple[int, int]],
           tables: _Tables) -> int | None:
    """The month a date in the figure's clause names without a year, where it opens the
    sentence to set the scene of what it tells ("In May, 22 people died ..."): a month named
    elsewhere may be a deadline or a plan ("will close the plant by the end of September,
    affecting 420 staff"), which is of the story's own time."""
    x, y = next(((x, y) for x, y in clauses if x <= fact.start < y), (0, 0))
    for other in facts:
        if other.kind is FactKind.DATE and other.year is None and other.month is not None \
                and x <= other.start < y and other.end <= fact.start:
            lead = folded[:other.start].strip()
            if lead in tables.scene_leads and folded[other.end:other.end + 1] == ",":
                return other.month
    return None


def _reach(folded: str, fact: Fact, tables: _Tables) -> int:
    """See ``Measure.reach``: "next" or "last" right before a span ("the next four years")."""
    if fact.kind is not FactKind.DURATION:
        return 0
    before = folded[:fact.start].rsplit(None, 1)[-1:]
    word = before[0] if before else ""
    return 1 if word in tables.reach_ahead else -1 if word in tables.reach_back else 0


_NOUN_NEXT = re.compile(r"\s+[a-z]")


_OUT_OF = re.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$")
"""What stands before the whole a part is told out of ("18 out of the 90 seats")."""


def _phrase_before(phrases: Iterable[str], qualifiers: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern of any of the phrases as whole words (``phrase_pattern``), ending right before a
    figure, a qualifier of the figure between or not ("seats about 4,500", ``numbers.yaml``
    qualifiers)."""
    if not phrases:
        return None
    lead = phrase_pattern(phrases).pattern
    qualified = phrase_pattern(w.casefold() for w in qualifiers).pattern
    return re.compile(rf"{lead}\s+(?:{qualified}\s+)?$")


def _told_out_of(lexicon: Lexicon) -> re.Pattern[str]:
    """What stands before the whole a part is told out of by a number and "of" before a
    determiner ("five of the nine provinces", "18 of its 90 seats"); a number and a bare "of" is a
    count of what follows ("two of them")."""
    def either(words: Iterable[object]) -> str:
        return "|".join(sorted((re.escape(str(w).casefold()) for w in words), key=len, reverse=True))

    numbers = either(lexicon.table("numbers", "word_numbers", {}) or {})
    determiners = either(lexicon.table("measures", "whole_determiners", []) or [])
    # (An owner may stand before the whole: "five of the bus's six cars".)
    return re.compile(rf"(?:\d|\b(?:{numbers}))\s+of\s+(?:{determiners})\s+(?:[a-z][a-z-]*['\u2019]s?\s+)?$")


PROGRESS_REACH = 5
"""Words of a share's whole, at most, between "of" and the word of the act on it ("of the
polling stations in the north reporting")."""


def _progress(lead: str, fact: Fact, before: Sequence[Token], after: Sequence[Token],
              tables: _Tables) -> bool:
    """Whether a share is how far an act on its whole has got (``Measure.progress``): a word of
    the act right before it ("after counting 95%"), or after its whole ("of votes counted"),
    told of the share itself: after an auxiliary ("had been counted"), or where the share is
    no object, its clause opening with it or with a word that leads a basis (``progress_leads``:
    "with 97% of the ballots counted, X led", "according to 94% of the votes counted"). ("X won
    40% of the votes counted" is X's share.)"""
    if fact.kind is not FactKind.PERCENT:
        return False
    if before and before[-1].end == fact.start - 1 and before[-1].norm in tables.progress_words:
        return True
    if not after or after[0].norm not in tables.whole_of:
        return False
    auxiliary = False
    for t in after[1:PROGRESS_REACH + 3]:
        if t.norm in tables.progress_words:
            opening = " ".join(lead.split())
            return auxiliary or not opening or any(opening == w or opening.endswith(" " + w)
                                                   for w in tables.progress_leads)
        if t.norm in tables.progress_auxiliaries:
            auxiliary = True
        elif auxiliary:
            return False
    return False


def _sizing(folded: str, fact: Fact, facts: Sequence[Fact], tables: _Tables) -> bool:
    """See ``Measure.sizing``: "90-seat" right before a word of the noun phrase it sizes, or
    a count right after "out of" or "four of the"."""
    if fact.kind is not FactKind.COUNT:
        return False
    if fact.unit in tables.extents:
        return False  # an extent ("a 2,300-acre estate") is the size of its noun, told either way
    if _OUT_OF.search(folded, max(0, fact.start - 24), fact.start) or _whole_of_part(folded, fact, facts):
        return True  # ("Of the 180 members, only 97 voted": the set the part is told out of)
    if tables.told_out_of.search(folded, max(0, fact.start - 32), fact.start):
        return True
    room = tables.capacity_leads.search(folded, max(0, fact.start - 32), fact.start) \
        if tables.capacity_leads is not None else None
    if room is not None and not _progressive(folded, room.start(), tables):
        # "the hall seats 4,500": the room there is, no count of who came. (Not "the hotel was
        # accommodating 409 skiers": those it held at the time.)
        return True
    written_in = _joined_size(fact.raw, tables.number_words) and bool(_NOUN_NEXT.match(folded, fact.end))
    beside = _next_size(folded, fact, facts, tables)
    return "-" in fact.raw and (written_in or beside is not None)


def _progressive(folded: str, start: int, tables: _Tables) -> bool:
    """Whether the verb at ``start`` is in "-ing" after a form of "be" ("was accommodating")."""
    verb = folded[start:].split(maxsplit=1)
    before = folded[:start].split()
    return bool(verb) and verb[0].endswith("ing") and bool(before) and before[-1] in tables.be_forms


def _ordinal_measure(folded: str, fact: Fact, toks: Sequence[Token], tables: _Tables,
                     lexicon: Lexicon) -> Measure:
    """What an ordinal ranks: the noun written into it with a hyphen ("51st-minute"), else the
    first words of the noun phrase right after it ("second goal", "fourth floor", "14th
    straight time", "third-largest lake": a superlative joined to it qualifies the noun).
    Ordinals of two things named apart rank two things: the minute of a goal and which goal
    it was."""
    joined = _JOINED_NOUN.match(folded, fact.end)
    if joined and not joined.group(1).endswith("est"):
        return Measure(nouns=frozenset({concept(joined.group(1), lexicon)}), named=True)
    end = joined.end() if joined else fact.end
    words: list[str] = []
    for t in (t for t in toks if t.start >= end):
        if folded[end:t.start] != " " or t.norm in tables.stop or not t.norm.isalpha() \
                or t.text[:1].isupper() or len(words) == ORDINAL_PHRASE:
            break
        words.append(concept(t.norm, lexicon))
        end = t.end
    return Measure(nouns=frozenset(words), named=True) if words else UNREAD


ORDINAL_PHRASE = 2
"""Words of the phrase after an ordinal read as what it ranks: the noun, or an adjective and
the noun ("straight time"); further words may be the verb ("first goal came")."""


_JOINED_NOUN = re.compile(r"-([a-z]+)\b")


_AS_MUCH_AS = re.compile(r"\bas [a-z]+ as$")
"""A comparison of equality ("not as high as", "twice as large as")."""


def _compared_with(lead: str, tables: _Tables) -> bool:
    """Whether the figure is the one a comparison is made with (``compared_with_before``, or
    "than" or "as high as" before a determiner: "more than the 4% it offered", "as high as
    the 11% it sought"), read from its clause before it (``lead``). Without a determiner
    such words bound the figure itself ("more than 300", "as many as 40"), which the fact reads."""
    words = lead.split()
    determined = bool(words) and words[-1] in tables.attributive_leads
    tail = " ".join(words[-5:-1] if determined else words[-4:])
    if determined and (words[-2:-1] == ["than"] or _AS_MUCH_AS.search(tail)):
        return True
    return any(m.end() == len(tail) for m in tables.compared_with.finditer(tail))


def _usual(folded: str, fact: Fact, clauses: Sequence[tuple[int, int]], tables: _Tables) -> bool:
    """``Measure.usual``: a word of what is usual in the figure's clause ("an average year
    sees 95 mm", "97 mm of rain a year on average")."""
    x, y = next(((x, y) for x, y in clauses if x <= fact.start < y), (0, len(folded)))
    return tables.usual.search(folded, x, y) is not None


def _standard(nouns: frozenset[str], tables: _Tables) -> bool:
    return bool(nouns & tables.standards)


def _is_time(fact: Fact) -> bool:
    return fact.kind in DATE_KINDS or fact.unit == CLOCK_TIME


_TIME_TO_COME = re.compile(r"\s*['’]s?\s+time\b")
"""What follows a span that makes it a time to come: "in a decade's time", "in two years' time"."""


def _when(folded: str, whole: Fact, n: int, facts: Sequence[Fact], clauses: Sequence[tuple[int, int]],
          tables: _Tables) -> Fact | None:
    """See ``Measure.when``: the first time after the figure, led by a word of time with at
    most ``DATE_REACH`` words between and no figure or break, else the time opening its clause."""
    # (A level on a scale changes as an amount does: "a Category 3 storm on Sunday night".)
    if whole.kind not in FIGURE_KINDS and not (whole.kind is FactKind.ORDINAL and whole.unit) \
            or whole.unit == CLOCK_TIME:
        return None
    x, y = next(((x, y) for x, y in clauses if x <= whole.start < y), (0, len(folded)))
    if whole.end > y:
        # A conversion in brackets closes the figure ("45 mph (72 km/h) as of 6 am"): the time
        # after it is the figure's, in the clause the brackets close into.
        rest = folded[whole.end:]
        resumed = whole.end + len(rest) - len(rest.lstrip())
        y = next((b for a, b in clauses if a <= resumed < b), y)
    for other in facts[n + 1:]:
        if other.start < whole.end:
            continue
        if other.start >= y:
            break
        # The words of a part of the time between its lead and it ("by the end of 2023") are
        # the time's own.
        between = folded[whole.end:other.start].split()
        parts = []
        while len(between) > 1 and between[-1] in tables.time_parts \
                and " ".join(between[-2:]) not in tables.time_leads:  # ("as of": a lead, not a part)
            parts.append(between.pop())
        ahead = other.kind is FactKind.DURATION and bool(_TIME_TO_COME.match(folded, other.end))
        if (_is_time(other) or ahead) and between \
                and (between[-1] in tables.time_leads or " ".join(between[-2:]) in tables.time_leads) \
                and _close(" ".join(between)):
            return _year_edge(other, parts, tables)
        if _is_time(other) and not between and other.qualifier \
                and folded[other.start:other.end].split(maxsplit=1)[0] in tables.time_leads:
            # A bound holding its lead ("had reached 21 by Friday"): the day the figure was read.
            return replace(other, qualifier="") if other.qualifier == BY_BOUND else other
        if other.kind not in DATE_KINDS:
            break  # another figure stands between: a time past it is that figure's
    for other in facts[:n]:
        if _is_time(other) and x <= other.start \
                and (folded[other.end:other.end + 1] == "," or _SUBJECT_OPENS.match(folded, other.end)) \
                and _opens_with_time(folded, x, other, facts, tables):
            # ("By Monday, the toll had risen to 123": the day it was read.)
            return replace(other, qualifier="") if other.qualifier == BY_BOUND else other
    # A time of reading opening the sentence ("As of 3 a.m., winds had eased to 75 mph, making
    # it a Category 2 storm") is the time of every figure after it.
    opening = facts[0] if facts else None
    if opening is not None and opening is not whole and _is_time(opening) \
            and folded[opening.end:opening.end + 1] == "," \
            and " ".join(folded[:opening.start].split()) in tables.reading_leads:
        return opening
    # ... as is one after the figures with its lead ("the toll has climbed to 26, with some
    # 50 unaccounted for, as of Thursday").
    return next((other for other in facts[n + 1:] if _is_time(other) and tables.reading_lead_before.search(
        folded, max(0, other.start - LEAD_WINDOW), other.start) is not None), None)


LEAD_WINDOW = 24
"""Characters before a time read for a reading lead ("as of")."""


def _ending_before(phrases: frozenset[str]) -> re.Pattern[str]:
    """The phrases as a pattern that ends where the text searched ends, spaces and all."""
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases))
    return re.compile(rf"\b(?:{alternatives})\s+$" if alternatives else r"(?!)")


BY_BOUND = "<="
"""The qualifier of a time told as a bound with "by" ("by Friday"), which as the time of a
figure is the day it was read."""


_SUBJECT_OPENS = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|these|those)\s")
"""A determiner right after an opening time, where news often leaves out the comma: "By Monday
the toll had risen to 123" gives the toll as of Monday, as "By Monday, the toll ..." does."""


def _opens_with_time(folded: str, start: int, time: Fact, facts: Sequence[Fact], tables: _Tables) -> bool:
    """Whether the words from the clause's start to the time only lead to it ("In June,", "As
    of Monday,"), an earlier time and its lead among them ("At 7am on Saturday,")."""
    lead = " ".join(folded[start:time.start].split())
    if lead in tables.time_openers:
        return True
    words = folded[start:time.start]
    for other in facts:
        if other is not time and start <= other.start and other.end <= time.start and _is_time(other):
            words = words.replace(folded[other.start:other.end], " ")
    return bool(words.split()) and all(w in tables.time_leads for w in words.split())


def _year_edge(time: Fact, parts: Sequence[str], tables: _Tables) -> Fact:
    """A year told by its edge ("by the end of 2023") as the month of that edge: a time apart
    from the year's other months ("in June"), not the whole year that holds them."""
    month = next((tables.year_edges[w] for w in parts if w in tables.year_edges), None)
    if month is None or time.kind is not FactKind.DATE or time.month or time.year is None:
        return time
    return replace(time, month=month, canonical=f"{' '.join(reversed(parts))} {time.canonical}")


def _year_qualifier_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A determiner (``year_qualifier_leads``) or a possessive ending the text, as right before a
    year that is a word of the noun after it ("the 2009 blast", "X's 2011 mark")."""
    leads = "|".join(map(re.escape, sorted(lexicon.words("measures", "year_qualifier_leads"))))
    return re.compile(rf"(?:^|\s)(?:{leads}|[\w.-]+['’]s)\s+$")


def _decade_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A decade named as a time ("in the late 1990s", ``decade_leads`` and ``decade_parts``),
    its first year as group 1."""
    leads = phrase_pattern(str(w).casefold() for w in lexicon.table("measures", "decade_leads", []) or [])
    parts = phrase_pattern(str(w).casefold() for w in lexicon.table("measures", "decade_parts", []) or [])
    return re.compile(rf"(?:{leads.pattern})\s+the\s+(?:(?:{parts.pattern})[\s-])?((?:1[5-9]|20)\d0)'?s\b")


def _decade(folded: str, fact: Fact, clauses: Sequence[tuple[int, int]], tables: _Tables) -> int | None:
    """The decade a time in the figure's clause names ("... in the late 1990s")."""
    x, y = next(((x, y) for x, y in clauses if x <= fact.start < y), (0, len(folded)))
    found = tables.decades.search(folded, x, y)
    return int(found.group(1)) if found else None


def _at_period_start(folded: str, fact: Fact, facts: Sequence[Fact], tables: _Tables) -> bool:
    """Whether the figure is told in a clause of a date that opens a period up to now ("the
    deadliest since 1987, when the river claimed 3,100 lives"): that date is behind the story's own
    time by the grammar alone, dated article or not."""
    for other in facts:
        if other.kind is FactKind.DATE and other.end <= fact.start and _opens_period(folded, other, tables) \
                and _in_clause_of_moment(folded[other.end:fact.start], tables):
            return True
    return False


def _opens_period(folded: str, date: Fact, tables: _Tables) -> bool:
    """Whether the words right before a date make it the start of a period ("since 2004",
    "retroactive to 2019")."""
    words = folded[max(0, date.start - 12):date.start].split()
    return bool(words) and words[-1] in tables.openers \
        or _ends_with(tables.backdated, folded[max(0, date.start - 24):date.start])


def _in_clause_of_moment(between: str, tables: _Tables) -> bool:
    """Whether the words from a date to a figure open a clause told of that date and run on
    to the figure with no break ("1987, when the river claimed 3,100": ``moment_relatives``)."""
    lead = between.lstrip(" ,")
    words = lead.split()
    return bool(words) and words[0] in tables.moment_relatives and not any(c in lead for c in ",;:()")


def _year(fact: Fact, facts: Sequence[Fact], clauses: Sequence[tuple[int, int]], folded: str,
          tables: _Tables) -> int | None:
    """The year a date in the figure's clause names ("... in 1960"), unless it opens a
    period ("since 2004": the figure is of now)."""
    x, y = next(((x, y) for x, y in clauses if x <= fact.start < y), (0, len(folded)))
    for other in facts:
        if other.kind is not FactKind.DATE or other.year is None:
            continue
        if other.end <= fact.start and _in_clause_of_moment(folded[other.end:fact.start], tables):
            return other.year  # "since 1987, when the river claimed 3,100": the clause of that year
        if x <= other.start < y:
            if _opens_period(folded, other, tables):
                continue
            if other.start >= fact.end and tables.compared_year_links.search(folded, fact.end, other.start):
                continue  # "40% of the vote, compared with its showing in 2009": the year is the other's
            if _dates_a_noun(folded, other, tables) and not _OCCASION_BEFORE.search(folded, 0, other.start) \
                    and not _told_of_in_relative(folded[other.end:fact.start]) \
                    and not (other.end <= fact.start
                             and _SUBJECT_DETERMINERS.fullmatch(folded[x:other.start])):
                # "lowering X's 2011 course record by a minute": the year is the mark's. (Not
                # "38% of the vote in the 2020 election": the dated noun is the figure's occasion;
                # nor "The 2010 quake killed 500", whose subject it is.)
                continue
            return other.year
    return None


def _dates_a_noun(folded: str, date: Fact, tables: _Tables) -> bool:
    """Whether the date is a bare year written before a noun, as a word of it ("the 1998 sinking",
    "X's 2011 course record"): it tells which of the noun's kind, not when the clause's figures hold."""
    after = folded[date.end:date.end + 2]
    return date.month is None and len(after) == 2 and after[0] == " " and after[1].isalpha() \
        and tables.year_qualifies.search(folded, max(0, date.start - 30), date.start) is not None


_OCCASION_BEFORE = re.compile(r"\b(?:in|at|during)\s+(?:the|its|their|his|her|this|that)\s+$")
"""What sets a dated noun as the occasion a figure is of ("38% of the vote in the 2020 election")."""

_RELATIVE_AFTER = re.compile(r"[^,;:()]*?,?\s+(?:which|that|who|when)\s[^,;:()]*")
_SUBJECT_DETERMINERS = re.compile(r"\s*(?:the|a|an|its|their|this|that)?\s*")
"""What may stand before a dated noun that opens its clause as its subject ("The 2010 quake")."""


def _told_of_in_relative(between: str) -> bool:
    """Whether the words from a dated noun to a figure open a relative clause about it and run on
    to the figure with no break ("the 1998 sinking, which killed 80", "a 1998 sinking that killed
    80"): the figure is of that year."""
    return _RELATIVE_AFTER.fullmatch(between) is not None
