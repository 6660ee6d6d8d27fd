"""Are two values the same value? One answer for matching, ``compare`` and ``check``.

``relate_facts`` says how a fact of one sentence relates to a fact of another: the same
value, the same value rounded, two values a bound or a period allows, two different
values, or values of two different things (incomparable). Each sentence is read as of
its article's publication date. ``check`` reads the claim it checks as if published on
the date of the source it is checked against, so it passes that date for both.

This is a lower stage: it reads only models, facts, lexicon and text, never the stages
(matching, classify, check) that ask it.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import replace

from claimcheck.annotate import Outcome, Sentence, level_groups
from claimcheck.facts import (
    CLOCK_TIMES,
    END_OF,
    FactRelation,
    compare_facts,
    counted_noun,
    is_run,
    measured_alike,
    names_one_day,
    precision,
    resolve_date,
    rounds_to,
    singular,
)
from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.measures import count_classes
from claimcheck.models import DATE_KINDS, Fact, FactKind
from claimcheck.text import concept, stem

__all__ = ["PAST_ACT_DAYS", "another_occasion", "count_class", "days_before", "level_moves", "nearby",
           "other_bound", "other_occasion", "people_class", "period", "relate_facts", "round_step",
           "same_magnitude", "same_thing_moves", "year_of"]

MAGNITUDE_FACTOR = 3.0
"""Two bare numbers further apart than this are taken to count different things."""
AMOUNT_SCALE = 1e6
"""A bare number is read as an amount (a sum, a count) only from this size up: "2.1bn"
against "$2.4 billion", never "week 12" against "12 mg"."""
_PERIODS = ("weekend", "week", "month", "quarter", "year")


def same_magnitude(a: Fact, b: Fact, factor: float = MAGNITUDE_FACTOR) -> bool:
    """Two positive values at most ``factor`` times apart."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return False
    return max(a.value, b.value) / min(a.value, b.value) <= factor


def count_class(unit: str, lexicon: Lexicon = DEFAULT) -> str | None:
    """The class of things a counted noun counts (units.yaml ``count_classes``): "deaths"
    and "dead" both count the dead."""
    return lexicon.compiled(count_classes).get(unit)


def people_class(lexicon: Lexicon = DEFAULT) -> str:
    """The count class of the people an act befalls (units.yaml ``people_class``)."""
    return str(lexicon.table("units", "people_class", "person"))


def period(fact: Fact, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a relative period ("this week", "earlier this month",
    "last year"), or None for a day or anything that is not a relative period."""
    if fact.kind is not FactKind.RELATIVE or not fact.relative or fact.relative.startswith(END_OF):
        return None  # (the end of a period is its last day)
    unit = next((u for u in _PERIODS if u in fact.relative.split()), None)
    start = resolve_date(fact, published) if unit else None
    if start is None or published is None:
        return None
    if unit == "weekend":
        end = start + dt.timedelta(days=1)
    elif unit == "week":
        end = start + dt.timedelta(days=6)
    elif unit == "year":
        end = dt.date(start.year, 12, 31)
    else:
        months = 1 if unit == "month" else 3
        after = start.month - 1 + months
        end = dt.date(start.year + after // 12, after % 12 + 1, 1) - dt.timedelta(days=1)
    if fact.qualifier == "<":
        end = min(end, published)  # "earlier this week"
    elif fact.qualifier == ">":
        start = max(start, published)
    return start, end


_SIDES = (frozenset({"<", "<="}), frozenset({">", ">="}))
"""Qualifiers of a bound from above ("up to", "less than") and from below ("more than")."""


def other_bound(a: Fact, b: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether two amounts ``relate_facts`` finds compatible are bounds on the same side at
    different figures ("up to 20 years" / "up to 25 years", "more than 3,100" / "more than
    31,000", "by 2030" / "by 2034"): both may hold, but each tells another figure for the
    limit, as "20 years" and "25 years" would. (A bound and a figure inside it, "more than
    30" / "38", tell one.)"""
    dated = a.kind in DATE_KINDS or b.kind in DATE_KINDS
    if dated and not (a.kind is b.kind is FactKind.DATE) or a.upper is not None or b.upper is not None:
        return False
    if not any(a.qualifier in side and b.qualifier in side for side in _SIDES):
        return False
    if _floor_rounded_down(a, b) or _floor_rounded_down(b, a):
        return False
    # (In one measure first, as ``relate_facts`` reads them: "more than 2,000 structures" and
    # "more than 900 buildings" are two floors of one count.)
    comparable = _comparable(a, b, lexicon)
    if isinstance(comparable, FactRelation):
        return False
    a, b = comparable
    figures = compare_facts(replace(a, qualifier=""), replace(b, qualifier=""))
    return figures is FactRelation.DIFFERENT


def _floor_rounded_down(round_floor: Fact, floor: Fact) -> bool:
    """Whether ``round_floor`` ("more than 2,000") is the writer's round figure below another
    floor ("at least 2,040"), within half its last step: one limit told coarser, not another
    limit. ("More than 3,100" / "more than 31,000" and "more than 20" / "more than 40" stay
    two limits; a ceiling rounded down would be a tighter limit, so only floors.)"""
    if round_floor.qualifier not in (">", ">=") or floor.qualifier not in (">", ">=") \
            or round_floor.value is None or floor.value is None or round_floor.value <= 0 \
            or round_floor.kind in DATE_KINDS or round_floor.unit in CLOCK_TIMES:
        return False
    step = round_step(round_floor.value)
    return step > round_step(floor.value) and round_floor.value < floor.value <= round_floor.value + step / 2


NEARBY = 1.05
"""Two compatible amounts this close are one amount told two ways (``nearby``)."""


def nearby(a: Fact, b: Fact) -> bool:
    """Whether two amounts ``relate_facts`` finds compatible, neither told exactly, lie so close
    that each tells the other: a bound and an approximation just past it ("more than 4,000" /
    "about 4,100"), a bound from below and one from above a step apart ("more than $2.3m" /
    "almost $2.4m"), or a bound from below at the round figure an exact one was rounded down to
    ("more than 30%" / "31.3%", within half the bound's last step). No discrepancy a reader would
    weigh, as "more than 30" / "38", "just under 3%" / "2.9%" (a figure and only a ceiling on it)
    or "after 6:40" / "about 7:40" may be."""
    if _rounded_down_to(a, b) or _rounded_down_to(b, a):
        return True
    if _within_its_telling(a, b) or _within_its_telling(b, a):
        return True
    if not a.qualifier or not b.qualifier or a.kind in DATE_KINDS or b.kind in DATE_KINDS \
            or a.unit in CLOCK_TIMES or b.unit in CLOCK_TIMES \
            or a.upper is not None or b.upper is not None or other_bound(a, b):
        return False
    return same_magnitude(a, b, NEARBY) or _step_above(a, b) or _step_above(b, a)


def _within_its_telling(loose: Fact, other: Fact) -> bool:
    """Whether a figure written in a scale word ("a dozen", "two dozen") holds the other's
    value within what its words tell (a dozen is 12 give or take a little): "a dozen missing"
    and "at least 13 missing" are one count told two ways."""
    if loose.qualifier or loose.upper is not None or loose.value is None or other.value is None \
            or loose.kind in DATE_KINDS or loose.unit in CLOCK_TIMES or other.unit in CLOCK_TIMES \
            or not any(ch.isalpha() for ch in loose.raw.split()[0]):
        return False
    spread = precision(loose)
    return spread > 1 and abs(other.value - loose.value) <= spread / 2


def _step_above(floor: Fact, near: Fact) -> bool:
    """Whether ``near``, told about or as a ceiling ("nearly 18 hours"), lies above the floor
    ``floor`` ("more than 17 hours") by at most the floor's last step, the next round figure
    up, and close by (not "more than 500" / "almost 600", a fifth apart)."""
    if floor.qualifier not in (">", ">=") or near.qualifier not in ("~", "<", "<=") \
            or floor.value is None or near.value is None or floor.value <= 0:
        return False
    return floor.value < near.value <= floor.value + round_step(floor.value) \
        and same_magnitude(floor, near, STEP_NEARBY)


STEP_NEARBY = 1.1
"""A floor and a figure told about or as a ceiling a step above it this close tell one amount."""


def _rounded_down_to(bound: Fact, exact: Fact) -> bool:
    """Whether ``bound`` is a floor ("more than", "over") that ``exact``, a figure told to its
    digits, passes by at most half the floor's last step: the writer's round figure below it,
    not another limit. ("At least" counts what is known so far, "at least 10 dead" / "13 dead",
    and a floor of one's step, "more than 3" / "4", is weighed.)"""
    if bound.qualifier != ">" or exact.qualifier or bound.upper is not None or exact.upper is not None \
            or bound.kind in DATE_KINDS or exact.kind in DATE_KINDS or bound.unit in CLOCK_TIMES \
            or bound.value is None or exact.value is None:
        return False
    return bound.value < exact.value <= bound.value + round_step(bound.value) / 2


def short_floor(bound: Fact, figure: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether a floor ("at least 17 dead", "more than three hours") falls short of a figure told
    to its digits or about ("30 dead", "about seven hours") by more than the floor's last step:
    "at least" counts what is known so far, so a figure past the floor's next round figure is
    another count, not the same one told loosely ("more than 30" / "38" is one, vaguer)."""
    if bound.qualifier not in (">", ">=") or figure.qualifier not in ("", "~") \
            or bound.upper is not None or figure.upper is not None \
            or bound.kind in DATE_KINDS or figure.kind in DATE_KINDS or bound.unit in CLOCK_TIMES \
            or bound.value is None or figure.value is None or bound.value <= 0:
        return False
    if bound.unit != figure.unit:
        # (Two nouns of one class count one thing, as ``relate_facts`` reads them: "at least two
        # men" falls short of "5,000 people".)
        comparable = _comparable(bound, figure, lexicon)
        if isinstance(comparable, FactRelation) or comparable[0].unit != comparable[1].unit:
            return False
        bound, figure = comparable
    assert bound.value is not None and figure.value is not None
    return figure.value > bound.value + round_step(bound.value)


def round_step(value: float) -> float:
    """The place of a figure's last digit that is not zero: 10 for 30, 100 for 2,300."""
    step = 10.0 ** math.floor(math.log10(value)) if value > 0 else 1.0
    while step > 1e-6 and not math.isclose(value / step, round(value / step)):
        step /= 10
    return step


def _is_date(fact: Fact) -> bool:
    return fact.kind in DATE_KINDS


_OFFSET_DIRECTIONS = ("later", "earlier")


def _offset(fact: Fact) -> str:
    """The direction of a time told as so long after or before an event ("two days later",
    "an hour earlier"), or "": such a time depends on the event, not on publication."""
    if fact.kind is not FactKind.RELATIVE or not fact.unit or fact.value is None:
        return ""
    return next((d for d in _OFFSET_DIRECTIONS if fact.relative.endswith(" " + d)), "")


def _as_span(fact: Fact) -> Fact:
    """A time after or before an event as the length of time it tells."""
    return fact if fact.kind is FactKind.DURATION else replace(fact, kind=FactKind.DURATION, relative="",
                                                                canonical="")


def _bare(fact: Fact) -> Fact:
    """The fact as a plain number: its value and qualifier, no kind of thing or unit."""
    return Fact(FactKind.NUMBER, fact.raw, fact.start, fact.end, fact.value, fact.upper, "", fact.qualifier)


@functools.lru_cache(maxsize=65536)
def relate_facts(a: Fact, b: Fact, published_a: dt.date | None = None, published_b: dt.date | None = None,
                 lexicon: Lexicon = DEFAULT) -> FactRelation:
    """How fact ``a`` (of an article published ``published_a``) relates to fact ``b`` (of
    one published ``published_b``). Like ``compare_facts``, with what a reader knows
    besides the two values: the day a weekday or relative date names, what a bare number
    may count, which counted nouns count the same things."""
    if a.kind is FactKind.RELATIVE and b.kind is FactKind.RELATIVE and a.relative == b.relative != "":
        return FactRelation.SAME  # "later this week" and "this week" name the same week
    if a.kind is FactKind.DATE and b.kind is FactKind.DATE and (a.day is None) != (b.day is None):
        if a.month and b.month and a.year == b.year and compare_facts(a, b) is FactRelation.COMPATIBLE_BOUNDS:
            # "in September 2019" and "on September 7, 2019": one time, once told to the day,
            # as "in 2019" and "in November 2019" are (``_relate_dates``). (A month without
            # its year is placed by publication, not by the other date's year.)
            return FactRelation.ROUNDING
        return FactRelation.INCOMPARABLE  # "in September" and "on November 1" are rarely the same event
    off_a, off_b = _offset(a), _offset(b)
    if (off_a or off_b) and (a.kind is FactKind.DURATION or off_a) and (b.kind is FactKind.DURATION or off_b):
        # "14 hours later" and "some eight hours (after the first)": how long after the event
        # each tells, whatever day either article was written.
        if off_a and off_b and off_a != off_b:
            return FactRelation.INCOMPARABLE  # one after the event, one before it
        return _relate_amounts(_as_span(a), _as_span(b), lexicon)
    if _is_date(a) and _is_date(b):
        return _relate_dates(a, b, published_a, published_b)
    if _is_date(a) or _is_date(b):
        return FactRelation.INCOMPARABLE
    if ({a.kind, b.kind} == {FactKind.ORDINAL, FactKind.COUNT} and not a.qualifier and not b.qualifier
            and is_run(a, lexicon) and is_run(b, lexicon)):
        # "the 9th consecutive loss" and "9 successive losses": one run, told by its last
        # step or by its length.
        same = a.value == b.value and a.upper is None and b.upper is None
        return FactRelation.SAME if same else FactRelation.DIFFERENT
    return _relate_amounts(a, b, lexicon, published_a, published_b)


def year_of(fact: Fact, published: dt.date | None) -> int | None:
    """The year a date names, or for a month named without its year, the year that puts it
    nearest the article's date (as ``resolve_date`` places a day without its year)."""
    if fact.year is not None or fact.kind is not FactKind.DATE or not fact.month or published is None:
        return fact.year
    placed = resolve_date(replace(fact, day=fact.day or 15), published)
    return placed.year if placed else None


def _years_apart(yearless: Fact, dated: Fact, published: dt.date | None) -> bool:
    """Whether a month named without its year, placed in the year nearest the article's date,
    falls in another year than a month or quarter that names its own."""
    if yearless.kind is not FactKind.DATE or dated.kind is not FactKind.DATE \
            or yearless.year is not None or dated.year is None or not yearless.month \
            or not (dated.month or dated.unit):
        return False  # (a year alone against a month is no time of one thing: ``INCOMPARABLE``)
    year = year_of(yearless, published)
    return year is not None and year != dated.year


def _relate_dates(a: Fact, b: Fact, published_a: dt.date | None, published_b: dt.date | None) -> FactRelation:
    if _years_apart(a, b, published_a) or _years_apart(b, a, published_b):
        return FactRelation.DIFFERENT  # "in June" of a 2023 article and "the second quarter of 2025"
    span_a, span_b = period(a, published_a), period(b, published_b)
    if (span_a is None) != (span_b is None):
        # "this week" against a day: the same when the day falls in that week, but vaguer.
        span, day_fact, published = (span_a, b, published_b) if span_a else (span_b, a, published_a)
        day = resolve_date(day_fact, published) if day_fact.kind is FactKind.DATE else None
        # (A bare weekday is placed by publication, nearest either way: no check of a period.)
        if span is not None and day is not None:
            return FactRelation.COMPATIBLE_BOUNDS if span[0] <= day <= span[1] else FactRelation.DIFFERENT
    if a.kind is b.kind is FactKind.RELATIVE and (published_a is None or published_b is None
                                                  or published_a != published_b):
        # "tomorrow" in one day's article and "today" in the next day's are one day: each is
        # placed by its own article's date, and where either date is unknown, by none.
        day_a, day_b = resolve_date(a, published_a), resolve_date(b, published_b)
        if day_a is None or day_b is None or not (names_one_day(a, published_a)
                                                  and names_one_day(b, published_b)):
            return FactRelation.INCOMPARABLE
        return FactRelation.SAME if day_a == day_b else FactRelation.DIFFERENT
    if a.kind is b.kind:
        relation = compare_facts(a, b)
        if relation is FactRelation.COMPATIBLE_BOUNDS and (a.qualifier or b.qualifier):
            # A deadline ("by 2030") is no rounding of a date: another deadline on the same
            # side ("by 2035") is another limit, a date within it a vaguer time.
            return FactRelation.DIFFERENT if other_bound(a, b) else relation
        if relation is FactRelation.COMPATIBLE_BOUNDS and a.kind is FactKind.DATE:
            # "in 2019" and "in November 2019", "Q3 2026" and "September 2026": one time, once
            # told to the month and once only to the year or quarter, as 12% is 11.9% rounded.
            return FactRelation.ROUNDING
        return relation
    day_a, day_b = resolve_date(a, published_a), resolve_date(b, published_b)
    if day_a is not None and day_b is not None:
        if _yearless(a, day_b) or _yearless(b, day_a):
            return FactRelation.SAME
        return FactRelation.SAME if day_a == day_b else FactRelation.DIFFERENT
    if (published_a and published_b and FactKind.DATE in (a.kind, b.kind)
            and not names_one_day(a, published_a) and not names_one_day(b, published_b)):
        # Two spans of days, both placed in time: "later this year" and "the third quarter of
        # 2026". A day against a span ("tonight" / "in 1962") stays incomparable.
        return compare_facts(a, b, published_a=published_a, published_b=published_b)
    if {a.kind, b.kind} == {FactKind.WEEKDAY, FactKind.DATE}:
        return compare_facts(a, b)  # a whole date falls on one weekday, whatever the week
    return FactRelation.INCOMPARABLE


def _yearless(fact: Fact, day: dt.date) -> bool:
    """Whether a date given without a year ("December 31") is the month and day of ``day``:
    the year is then the one the other value names ("the end of the year"), not the one
    nearest publication, which may be the year before ("December 31" in an article of May)."""
    return fact.kind is FactKind.DATE and fact.year is None and (fact.month, fact.day) == (day.month, day.day)


def _relate_amounts(a: Fact, b: Fact, lexicon: Lexicon, published_a: dt.date | None = None,
                    published_b: dt.date | None = None) -> FactRelation:
    comparable = _comparable(a, b, lexicon)
    if isinstance(comparable, FactRelation):
        return comparable
    a, b = comparable
    # (The articles' dates place a time told in a zone named without its season.)
    relation = compare_facts(a, b, published_a=published_a, published_b=published_b)
    if relation in (FactRelation.COMPATIBLE_BOUNDS, FactRelation.ROUNDING) and (
            _ends_apart(a, b) or _outside_the_range(a, b) or _outside_the_range(b, a)):
        # "aged 6 to 10" / "aged 6 to 11": two ranges, one end apart; "about 7" / "between 4 and
        # 6": a figure the range does not hold.
        return FactRelation.DIFFERENT
    if (relation is FactRelation.COMPATIBLE_BOUNDS and a.qualifier == b.qualifier == "~"
            and a.upper is None and b.upper is None and a.value != b.value and not _one_rounds_other(a, b)):
        # "about 370" and "about 310": two estimates of one figure, each near its own value,
        # not one figure rounded ("about 300" and "about 310" may be).
        return FactRelation.DIFFERENT
    if (relation is FactRelation.COMPATIBLE_BOUNDS and "~" in (a.qualifier, b.qualifier)
            and {a.qualifier, b.qualifier} <= {"~", ""}):
        # "about 12%" is 11.9% rounded, not another figure; "about 600" against "more than
        # 400" is another figure that the bound allows.
        return FactRelation.ROUNDING
    if (relation is FactRelation.COMPATIBLE_BOUNDS and a.value == b.value
            and a.upper is None and b.upper is None and a.unit == b.unit):
        return FactRelation.SAME  # "gusts of up to 45 mph" / "gusts to 45 mph": one figure, once as a bound
    return relation


def _ends_apart(a: Fact, b: Fact) -> bool:
    """Whether two ranges ("6 to 10", "between 2.75% and 3%") differ at an end: each end is a
    figure of its own, and two ranges that overlap are one range only where both ends are one.
    (A range against one figure may hold it: that is a bound, not a range told two ways.)"""
    if a.upper is None or b.upper is None or a.qualifier not in ("", "~") or b.qualifier not in ("", "~"):
        return False
    low = compare_facts(replace(a, upper=None), replace(b, upper=None))
    high = compare_facts(replace(a, value=a.upper, upper=None), replace(b, value=b.upper, upper=None))
    return FactRelation.DIFFERENT in (low, high)


def _outside_the_range(point: Fact, span: Fact) -> bool:
    """Whether one figure, plain or approximate, lies outside a range the other gives, told to
    its digits ("about 7" outside "between 4 and 6"; "3%" inside "between 2.75% and 3%"): the
    range is the source's account of the figure, and "about" widens neither side of it."""
    if point.upper is not None or span.upper is None or point.value is None or span.value is None \
            or point.qualifier not in ("", "~") or span.qualifier not in ("", "~"):
        return False
    half = precision(span) / 2
    return not span.value - half <= point.value <= span.upper + half


def _one_rounds_other(a: Fact, b: Fact) -> bool:
    """Whether the finer of two approximate values, rounded as the coarser is given, is the
    coarser: "about 310" to the hundred is "about 300" (in one unit: ``_comparable`` made
    it so). A round figure is given to its last non-zero digit."""
    step_a, step_b = _rounded_step(a), _rounded_step(b)
    if step_a == step_b:
        return False
    fine, coarse, step = (a, b, step_b) if step_a < step_b else (b, a, step_a)
    return rounds_to(fine.value or 0.0, coarse.value or 0.0, step)


def _rounded_step(fact: Fact) -> float:
    step = precision(fact)
    value = fact.value or 0.0
    if value and value == int(value):
        whole, zeros = int(abs(value)), 1
        while whole % (zeros * 10) == 0:
            zeros *= 10
        step = max(step, float(zeros))
    return step


def _comparable(a: Fact, b: Fact, lexicon: Lexicon) -> tuple[Fact, Fact] | FactRelation:
    """The two amounts as values of one measure, or the relation already known without
    comparing them (values of different things are incomparable)."""
    if FactKind.NUMBER in (a.kind, b.kind) and a.kind is not b.kind:
        # A bare number is comparable with an amount only at the scale of amounts ("paying
        # 2.1bn" and "$2.4 billion": a sum, currency unsaid), and only near it: 7 votes
        # are not $1.2bn.
        if (a.value is None or b.value is None or min(a.value, b.value) < AMOUNT_SCALE
                or not same_magnitude(a, b)):
            return FactRelation.INCOMPARABLE
        return _bare(a), _bare(b)
    if a.kind is FactKind.NUMBER and b.kind is FactKind.NUMBER and not (a.unit and b.unit):
        # A bare number may count anything: far apart, two bare numbers count two things.
        return (a, b) if same_magnitude(a, b) else FactRelation.INCOMPARABLE
    if a.kind is FactKind.COUNT and b.kind is FactKind.COUNT and a.unit != b.unit:
        # (Two units of one measured quantity, "11 km" and "5 miles", compare_facts converts.)
        return (a, b) if measured_alike(a.unit, b.unit) else _counts(a, b, lexicon)
    if a.kind is FactKind.MONEY and b.kind is FactKind.MONEY and a.unit and b.unit and a.unit != b.unit:
        # Two sums in two currencies may be one sum converted ("€85m ($93m)"), so they are not
        # compared; but one figure in two currencies is another sum (``in_two_currencies``).
        return FactRelation.DIFFERENT if in_two_currencies(a, b) else FactRelation.INCOMPARABLE
    return a, b


def in_two_currencies(a: Fact, b: Fact) -> bool:
    """Whether two sums are one figure in two currencies ("£25m" and "€25m"): no conversion, as
    no two currencies trade at par; one source has the currency wrong."""
    return a.kind is FactKind.MONEY and b.kind is FactKind.MONEY and bool(a.unit) and bool(b.unit) \
        and a.unit != b.unit and compare_facts(replace(a, unit=b.unit), b) is FactRelation.SAME


TELLING_FIGURE = 100
"""The least figure that, the same in two counts of two nouns, says they count one thing."""


def _noun_in(unit: str, fact: Fact) -> bool:
    """Whether a count's words hold another count's noun ("two clinic boards", "clinic")."""
    return bool(unit) and stem(unit) in {stem(w) for w in fact.raw.split()}


def _counts(a: Fact, b: Fact, lexicon: Lexicon) -> tuple[Fact, Fact] | FactRelation:
    """Counts of two nouns. "34 deaths" and "38 dead" count the same class of thing
    (units.yaml count_classes): compared as counts of it. Two classes ("5 dead", "5 injured")
    are two things counted. A noun of no class counts something else, unless the figure is
    the very same: "2,300 dockworkers" and "the 2,300-strong workforce" are one count."""
    kind_a, kind_b = count_class(a.unit, lexicon), count_class(b.unit, lexicon)
    if kind_a is None or kind_b is None:
        # (A small figure tells nothing by itself: "four people" and "four points" share only
        # a number any two sentences may hold; "two clinics" and "two clinic boards" share the
        # noun as well.)
        same = a.value == b.value and a.upper == b.upper and a.value is not None and (
            a.value >= TELLING_FIGURE or _noun_in(a.unit, b) or _noun_in(b.unit, a))
        return FactRelation.SAME if same else FactRelation.INCOMPARABLE
    if kind_a != kind_b or _disjoint(group_counted(a, lexicon), group_counted(b, lexicon), lexicon):
        return FactRelation.INCOMPARABLE
    return a, replace(b, unit=a.unit)


def group_counted(fact: Fact, lexicon: Lexicon = DEFAULT) -> str:
    """The group a count counts, in the singular: its unit, or for a count of members the body
    they are members of ("6 crew members": crew; ``member_nouns``)."""
    words = [w.casefold().strip(".,;:") for w in fact.raw.split()]
    if len(words) >= 3 and singular(words[-1]) in lexicon.words("units", "member_nouns"):
        return singular(words[-2])
    # (The noun its own words count, where a verb made the unit a fate: "two passengers were hurt".)
    return counted_noun(fact) or fact.unit


def disjoint(unit_a: str, unit_b: str, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether two counted nouns count two groups no one belongs to both of (``disjoint_groups``:
    passengers and crew)."""
    return _disjoint(unit_a, unit_b, lexicon)


def _disjoint(unit_a: str, unit_b: str, lexicon: Lexicon) -> bool:
    """Whether two counted nouns of one class count two groups (``disjoint_groups``)."""
    return unit_a != unit_b and any(unit_a in row and unit_b in row
                                    for row in lexicon.compiled(_disjoint_groups))


def _disjoint_groups(lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    rows = lexicon.table("units", "disjoint_groups", []) or []
    return tuple(frozenset(str(w) for w in row) for row in rows)


# --- moves -------------------------------------------------------------------------------

def same_thing_moves(read_a: Sentence, a: Outcome, read_b: Sentence, b: Outcome) -> bool:
    """Whether two outcomes can be about one thing: what one moves or acts on is what the
    other does, or is named in the other's clause (``_named_with``: "the
    council approved an amendment" / "the amendment failed"); "inflation to fall" and "GDP
    will rise" are two things, and so are two things each read as what its act is done to
    (``Outcome.acted_on``: "raising the harbour levy" / "reducing overtime"). An outcome cut
    off from any word of its own (", and were up") must have the other's thing named in its
    clause; one with none ("We hit") may be about anything."""
    if a.about == b.about != "":
        return True
    if a.acted_on and b.acted_on:
        return False  # "raising the harbour levy" / "reducing overtime": two things acted on
    if (not a.about and not a.cut) or (not b.about and not b.cut):
        return True  # ("We hit": no word of its own, so about anything)
    return ((bool(a.about) and a.about in _named_with(read_b, b))
            or (bool(b.about) and b.about in _named_with(read_a, a)))


def _named_with(sentence: Sentence, outcome: Outcome) -> frozenset[str]:
    """Concepts of the content words of an outcome's clause, but its own: the thing another
    outcome moves may be this one's object ("approved an amendment" / "the amendment failed"),
    but a word of another clause is another act's ("rain fell, sending the river higher" moves
    no river)."""
    start, end = sentence.clause_at(outcome.start)
    participle = _PARTICIPLE_CLAUSE.search(sentence.text, outcome.end, end)
    end = participle.start() if participle is not None else end
    return frozenset(w.concept for w in sentence.words
                     if start <= w.start < end and not outcome.start <= w.start < outcome.end)


_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\b")
"""A participle set off after a comma, opening a clause of another act ("..., sending the river
higher")."""


def level_moves(lexicon: Lexicon) -> tuple[frozenset[int], frozenset[str]]:
    """The opposites groups that are moves of a level ("rose" / "fell"), and the concepts of
    the nouns that name a level (``polarity.yaml``: ``level_moves``, ``measure_nouns``)."""
    measures = frozenset(concept(w, lexicon) for w in lexicon.words("polarity", "measure_nouns"))
    return lexicon.compiled(level_groups), measures


# --- times of acts ------------------------------------------------------------------------

PAST_ACT_DAYS = 25
"""Days before its article's date past which an act its clause dates is an earlier one than
the story's ("lost to him last month", "won it in March")."""


_ANY_DAY = dt.date(2001, 6, 15)
"""A day to read a relative time against where the article's date is unknown: "last month"
is a month before whatever day it was written."""


def days_before(sentence: Sentence, at: int, published: dt.date | None) -> int:
    """How many days before the article's date the clause at ``at`` dates its act by a date or
    a relative time ("last month", "on March 3"); 0 where it dates none (the story's own act).
    Undated, an article places only a relative time."""
    x, y = next(((x, y) for x, y in sentence.clauses if x <= at < y), (0, len(sentence.text)))
    for f in sentence.facts:
        if not (f.kind is FactKind.RELATIVE or f.kind is FactKind.DATE and f.month) \
                or not x <= f.start < y or f.start in sentence.said_on:
            continue  # (a time of day or a year alone places no act weeks away)
        if published is None:
            if f.kind is FactKind.RELATIVE:
                return _relative_days_before(f, _ANY_DAY)
            continue
        if f.kind is FactKind.RELATIVE:
            return _relative_days_before(f, published)
        day = resolve_date(f, published)
        if day is None and f.kind is FactKind.DATE and f.month and f.day is None:
            # A month alone ("last December", "in March 2023"): its middle, in the year given or
            # the one that puts it nearest the article's date.
            years = [f.year] if f.year else [published.year - 1, published.year, published.year + 1]
            day = min((dt.date(y, f.month, 15) for y in years), key=lambda d: abs((d - published).days))
        if day is not None:
            return (published - day).days
    return 0


def _relative_days_before(fact: Fact, published: dt.date) -> int:
    """How many days before ``published`` a relative time places an act: a period by the day
    after it ends ("last month" is past, "this year" is not), a day by itself ("three weeks
    ago"); 0 for a time to come or one that holds the article's own day."""
    span = period(fact, published)
    if span is not None:
        return (published - span[0]).days if span[1] < published else 0
    day = resolve_date(fact, published, prefer="past")
    return max(0, (published - day).days) if day is not None else 0


def _occasion_marks(sentence: Sentence, start: int, end: int, lexicon: Lexicon) -> list[int]:
    """Offsets of the ``other_occasions`` words in ``start:end`` that mark a happening, not
    a date ("last year") nor a count ("the last two years")."""
    markers = lexicon.words("verdicts", "other_occasions")
    prepositional = lexicon.words("verdicts", "occasion_not_before")
    toks = [t for t in sentence.tokens if start <= t.start < end]
    return [t.start for k, t in enumerate(toks) if t.norm in markers
            and not any(f.start <= t.start < f.end for f in sentence.facts)
            and k + 1 < len(toks) and not any(f.start <= toks[k + 1].start < f.end for f in sentence.facts)
            and toks[k + 1].norm not in prepositional and not _counted(toks[k + 1].norm, lexicon)]


def _counted(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a noun of counted people or things (``count_classes``): after "last"
    or "next" it picks the final or coming ones of a group ("the last people unaccounted for",
    "the next passengers"), no other happening."""
    classes = lexicon.compiled(count_classes)
    return word in classes or singular(word) in classes


def other_occasion(claim: Sentence, evidence: Sentence, fact: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the evidence tells its value ``fact`` of another happening than the one the
    claim reports: the value's clause marks its happening, before it, as an earlier or later
    one ("at its previous meeting, the committee voted 9-0"), and the claim marks none. Such a value
    is no value of the claim's happening, however alike the words."""
    if _occasion_marks(claim, 0, len(claim.text), lexicon):
        return False
    # Only a marker before the value sets its scene ("At its previous meeting, ... voted
    # 9-0"); one after it times something else ("opens in 2030, with work to start next
    # spring") or is what the value is set against ("4.75%, up from 4.5% at the previous meeting").
    a = next((a for a, b in evidence.clauses if a <= fact.start < b), 0)
    return bool(_occasion_marks(evidence, a, fact.start, lexicon))


OCCASION_REACH = 2
"""Content words after an occasion marker that say which happening it marks ("previous
meeting", "last annual inspection" names "annual inspection" by its first two)."""


def another_occasion(a: Sentence, b: Sentence, fact_b: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether ``b`` tells its value of another happening than sentence ``a`` reports, both
    sentences of articles (``compare``): ``other_occasion``, unless ``a`` names the marked
    happening too ("the record he broke" for "the previous record", "most recent inspection"
    for "last inspection"): then both tell of that one."""
    start = next((x for x, y in b.clauses if x <= fact_b.start < y), 0)
    marks = _occasion_marks(b, start, fact_b.start, lexicon)
    # (``other_occasion``, its marks read once: most values have none, and ``a`` is then not read.)
    if not marks or _occasion_marks(a, 0, len(a.text), lexicon):
        return False
    mark = marks[-1]
    if not _sets_the_scene(b, mark, lexicon):
        return False
    # The happening is named by the words right after the marker, up to a comma ("At its
    # previous meeting, on Jan. 29, the committee ..." marks a meeting, not the committee).
    after: list[str] = []
    for w in b.words:
        if w.start <= mark or w.start >= fact_b.start or len(after) == OCCASION_REACH:
            continue
        if any(ch in b.text[mark:w.start] for ch in ",;:"):
            break
        after.append(w.concept)
    return not set(after) & set(a.concepts)


def _sets_the_scene(sentence: Sentence, mark: int, lexicon: Lexicon) -> bool:
    """Whether the occasion marker at ``mark`` stands in a phrase of time or place ("At its
    previous meeting"), not in a noun phrase that is itself what the sentence tells of."""
    fillers = lexicon.words("verdicts", "occasion_scene_fillers")
    for tok in reversed([t for t in sentence.tokens if t.start < mark]):
        if tok.norm not in fillers:
            return tok.norm in lexicon.words("verdicts", "occasion_scenes")
    return False
