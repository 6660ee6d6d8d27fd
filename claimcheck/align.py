"""Which value of one sentence is a value of the same thing as which value of another: the
one fact alignment of ``compare`` and ``check``.

``relate.relate_facts`` says whether two values are the same value; this says which two
values to ask it about. Two values are of the same thing when the words around them
agree (the story's common words skipped, ``Corpus.words_of_facts``), when they stand in
the same place among their sentence's values of their kind, when they count the same
noun or measure the same span ("a week"), and when no rule below says they measure two
things: the day a statement was made, the start and the end of a span, two things
ranked, a figure one sentence gives beside the other's, what one side of a bargain asks
against what the other offers, a number qualifying another noun, names alone.

A value may be re-read to be compared: "a contract until June 2031" in an article of
2026 is a five-year contract, "34 deaths" counts the people "killed".

What the two callers ask differently is one argument, ``about``: ``check`` checks a
claim, which is short and about one thing, so its whole content may say what a value of
the source's sentence measures (and any word of it is enough to tie two values, where
two sentences of two articles need two). Both get every pair that is mutually best:
pairs are taken best first, and a value is in one pair at most.

Not yet one set of rules (issue 14): ``_pair`` still applies some rules for one caller
only, because applying them to the other lost findings or verdicts the evaluation kit
counts, and the general reason has not been found yet. Only for ``check`` (``about``
given): re-reading a value (span until a date, a count of the same noun or of the act),
bargain sides, a number qualifying another noun, ages. Only for ``compare``: statement
dates skipped, ordinals ranking the same thing, a figure both sentences give, the
date-context rules, the place among values of a kind, and context words with the story's
common words skipped.

This stage reads only annotate, corpus, relate and the stages below them; matching,
``compare`` (classify) and ``check`` ask it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from dataclasses import dataclass, replace

from claimcheck.annotate import (
    AGE_UNIT,
    CLAUSE_PUNCTUATION,
    Outcome,
    Placed,
    Sentence,
    bracket_twin_of,
    paraphrase_patterns,
    paraphrases_near,
    places_in,
    places_listed,
    words_near,
)
from claimcheck.corpus import Corpus
from claimcheck.entities import Name, demonym_place, is_country
from claimcheck.facts import (
    CLOCK_TIME,
    CLOCK_TIMES,
    SCORE,
    FactRelation,
    compare_facts,
    counted_noun,
    listed_nouns,
    listed_parts,
    measured_alike,
    measured_quantity,
    resolve_date,
    significant_digits,
)
from claimcheck.lexicon import DEFAULT, Lexicon, phrase_pattern
from claimcheck.measures import LIMIT_ABOVE, LIMIT_BELOW, Measure, differ, fated_apart
from claimcheck.models import DATE_KINDS, FIGURE_KINDS, Fact, FactKind
from claimcheck.relate import (
    another_occasion,
    count_class,
    disjoint,
    group_counted,
    level_moves,
    people_class,
    relate_facts,
    round_step,
    year_of,
)
from claimcheck.stance import Predication
from claimcheck.text import Token, concept, stopwords

__all__ = ["CONFLICTING", "FIGURE_KINDS", "MIN_SHARED_CONTEXT", "Aligned", "act_before", "align", "both_ages",
           "closes_span", "measured_apart", "figure_key", "rate_of",
           "opposite_edges", "subject_word", "timed_apart"]

MIN_SHARED_CONTEXT = 2
"""Words (a value's place among its kind counting as one) two values of two articles'
sentences must share to be values of one thing."""
CLAIM_SHARED_CONTEXT = 0.25
"""... and a claim's value and a source's: any word of the claim (``align``'s ``about``)."""
CONFLICTING = (FactRelation.DIFFERENT, FactRelation.COMPATIBLE_BOUNDS)
_AGREEMENT = {FactRelation.SAME: 0.75, FactRelation.ROUNDING: 0.75, FactRelation.COMPATIBLE_BOUNDS: 0.5}
"""Among pairs as well placed, the one whose values agree more is the better pair."""
CONVERTED = 0.01
"""What a pair of one quantity in two units loses against a pair as good in one unit."""
FAR_APART = 20.0
"""Two figures of one unit this many times apart, their measures naming no noun in common,
are figures of two things ("$1 trillion" of a market and "$11 billion" of revenue, "$1.09" a
share earned and "$305" a share's price), not two reports of one: reports of one figure
differ by a rounding, an update, a slip of a digit, not by more than an order of magnitude.
The same digits at another scale ("$2.1 million" / "$2.1 billion") stay compared: a slip."""


@dataclass(frozen=True, slots=True)
class Aligned:
    """A value of sentence ``a`` and a value of sentence ``b`` of the same thing."""

    a: Fact
    """The value of ``a`` as compared (re-read where a rule reads it otherwise)."""
    b: Fact
    """The value of ``b`` as compared: "until June 2031" as "5 years (until June 2031)"."""
    original_a: Fact
    original_b: Fact
    """The values as the sentences give them."""
    relation: FactRelation
    score: float
    """How much says the two are values of one thing: shared words, place, agreement."""


def align(a: Sentence, b: Sentence, corpus: Corpus, *, published_a: dt.date | None = None,
          published_b: dt.date | None = None,
          about: tuple[frozenset[str], frozenset[str]] | None = None) -> list[Aligned]:
    """The values of ``a`` and ``b`` that are values of the same thing, best pairs first
    taken, each value in one pair at most; each sentence read as of its publication date.

    ``about``: when sentence ``a`` is short and about one thing (the claim ``check``
    checks), the concepts of all of ``a`` and of all of ``b``: the whole of ``a`` may then
    say what a value of ``b`` measures (at half the weight of a word beside the value),
    a word beside a value of ``a`` anywhere in ``b`` at a quarter, and any such word ties
    two values. Without it (two sentences of two articles, ``compare``) two words must.
    """
    if not a.facts or not b.facts:
        return []
    side_a, side_b = _Side(a, corpus), _Side(b, corpus)
    scored: list[Aligned] = []
    for i, oa in enumerate(a.facts):
        if oa.start in a.said_on and about is None:
            continue  # "officials said Thursday": when it was said, not when it happened
        if i in side_a.restated:
            continue
        for j, ob in enumerate(b.facts):
            if (ob.start in b.said_on and about is None) or j in side_b.restated:
                continue
            found = _pair(side_a, i, side_b, j, (published_a, published_b), about)
            if found is not None:
                scored.append(found)
    scored = _without_twins_of_agreed(a, b, scored)
    scored.sort(key=lambda x: -x.score)
    # A sentence's facts differ in offset, so each is told apart by identity, without hashing.
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    index_a = {id(f): k for k, f in enumerate(a.facts)}
    index_b = {id(f): k for k, f in enumerate(b.facts)}
    for found in scored:
        if id(found.original_a) in used_a or id(found.original_b) in used_b:
            continue
        used_a.add(id(found.original_a))
        used_b.add(id(found.original_b))
        # A value written twice ("30 months, or more than two years") is compared once: its
        # other writing is no value left over for another figure of the other sentence.
        for sentence, index, used, fact in ((a, index_a, used_a, found.original_a),
                                            (b, index_b, used_b, found.original_b)):
            twin = _restatement(sentence, index[id(fact)]) if id(fact) in index else None
            if twin is not None:
                used.add(id(sentence.facts[twin]))
        pairs.append(found)
    # A figure the other sentence gives too, as another of its figures, is told by it: set
    # against that sentence's other figure, it is set against a figure of something else
    # ("$75,608 now, $119,309 under the deal" / "$119,000, against $76,000 now").
    # (A claim ``check`` checks is weighed against each figure of a source by ``check``
    # itself: a source's other figure of the claim's quantity conflicts with it.)
    if about is not None:
        return pairs
    return [x for x in pairs if x.relation is not FactRelation.DIFFERENT
            or not told_otherwise(a, x.original_a, b, x.original_b, corpus.lexicon)]


def told_otherwise(a: Sentence, fa: Fact, b: Sentence, fb: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether two differing figures of two sentences are each told otherwise by the other: one
    sentence gives the other's figure too, among its figures (``_given_too``), or its figure and
    others it gives add up to the other's (``_summed_by``). Either way the two are figures of two
    things, not two values of one."""
    return _given_too(a, fa, b, fb, lexicon) or _given_too(b, fb, a, fa, lexicon) \
        or _summed_by(a, fa, b, fb, lexicon) or _summed_by(b, fb, a, fa, lexicon)


def _summed_by(sentence: Sentence, fact: Fact, other: Sentence, total: Fact,
               lexicon: Lexicon = DEFAULT) -> bool:
    """Whether ``fact`` and other counts its sentence gives add up to ``total`` of the other
    sentence: that one tells their whole ("118 passengers, 9 deckhands and 3 officers" / "130
    people on board"; "one dead and another 6 hurt" / "7 victims"), not another count of one
    of them. (No count of another fate than the whole's is a part of it: "5 died and 3 were
    hurt" does not make "8 died".)"""
    if fact.kind is not FactKind.COUNT or total.kind is not FactKind.COUNT or total.value is None \
            or total.upper is not None or fact.upper is not None or fact.value is None \
            or measured_quantity(fact.unit) or measured_quantity(total.unit):
        return False
    at, own = _index_of(other, total), _index_of(sentence, fact)
    if at is None or own is None:
        return False
    fates = other.measures[at].fates

    def of_its_fate(k: int) -> bool:
        theirs = sentence.measures[k].fates
        return not (fates and theirs and not fates & theirs)

    whole = group_counted(total, lexicon)

    def a_part(k: int) -> bool:
        # (A group no one of the whole's belongs to is no part of it, whatever sums to it: "175
        # passengers and 6 crew" / "181 passengers" disagree on the passengers.)
        return of_its_fate(k) and not disjoint(group_counted(sentence.facts[k], lexicon), whole, lexicon)

    if not a_part(own):
        return False
    counts = [f.value for k, f in enumerate(sentence.facts)
              if k != own and f.kind is FactKind.COUNT and f.value is not None and f.upper is None
              and not measured_quantity(f.unit) and a_part(k)]
    if len(counts) > MAX_SUMMED_COUNTS:
        return False
    return any(math.isclose(fact.value + sum(rest), total.value)
               for size in range(1, len(counts) + 1) for rest in itertools.combinations(counts, size))


MAX_SUMMED_COUNTS = 6
"""Other counts of one sentence read for a sum (a longer list is a table, not the parts of one whole)."""


def _given_too(sentence: Sentence, fact: Fact, other: Sentence, partner: Fact, lexicon: Lexicon) -> bool:
    """Whether ``other`` gives the figure ``fact`` of ``sentence`` as one of its figures besides
    ``partner``: the same value, or one that rounds to it, in the same unit or converted, of no
    other fate ("7 injured" is no "7 dead")."""
    if fact.kind not in FIGURE_KINDS or fact.value is None:
        return False
    # (The partner written again, in brackets or after "or", is the partner: "2,000 m (6,200
    # ft)" gives 6,200 ft, whatever 2,000 m comes to.)
    at, own = _index_of(other, partner), _index_of(sentence, fact)
    if at is None or own is None:
        return False
    written_twice = {at, bracket_twin(other, at), _restatement(other, at)}
    for k, g in enumerate(other.facts):
        if k in written_twice or g.kind is not fact.kind or g.value is None:
            continue
        if _one_value(fact, g, lexicon) and not fated_apart(sentence.measures[own], other.measures[k]):
            return True
    return False


def _index_of(sentence: Sentence, fact: Fact) -> int | None:
    """The index of a fact among its sentence's facts, by where it stands (a value re-read from a
    fact keeps its start)."""
    return next((k for k, f in enumerate(sentence.facts) if f.start == fact.start), None)


def _one_value(a: Fact, b: Fact, lexicon: Lexicon) -> bool:
    """Whether two figures give one value: the same, one rounding the other, or a round figure
    ("$76,000") within the last digit it writes of the other ("$75,608")."""
    relation = relate_facts(a, b, lexicon=lexicon)
    if relation is FactRelation.SAME:
        return True
    # (A figure of one digit rounds too much to tell: "2%" is no telling of "1.6%".)
    if a.value is None or b.value is None or min(significant_digits(a.value), significant_digits(b.value)) \
            < ROUNDED_DIGITS:
        return False
    if relation is FactRelation.ROUNDING:
        return True
    if a.unit != b.unit or a.qualifier or b.qualifier or a.upper is not None or b.upper is not None \
            or a.value <= 0 or b.value <= 0:
        return False
    return any(round_step(r.value) >= ROUND_FIGURE_STEP
               and abs(r.value - f.value) <= min(round_step(r.value) / 2, ROUNDED_SHARE * r.value)
               for r, f in ((a, b), (b, a)) if r.value is not None and f.value is not None)


ROUND_FIGURE_STEP = 10.0
"""The last written digit from which a figure ending in zeros may be a rounding: "$76,000"
of "$75,608", "40" of "38"; "7" is exact."""
ROUNDED_DIGITS = 2
"""Significant digits a figure needs to be told by another that rounds it."""
ROUNDED_SHARE = 0.05
"""How far, as a share of it, a round figure may lie from the one it rounds: "100" is no
rounding of "62", whatever its last written digit."""


def _without_twins_of_agreed(a: Sentence, b: Sentence, scored: list[Aligned]) -> list[Aligned]:
    """The pairs but those of a value's bracketed twin ("€90 million (US$105 million)")
    against a value the other side of the bracket agrees with: one value written twice is
    compared as the value the other sentence gives, never as its conversion. Where a value is
    told in the other's own unit too, it is compared as told: its conversion, rounded coarsely
    ("600 km (370 miles)"), agreeing with "about 450 km" says nothing against it."""
    index_a = {id(f): k for k, f in enumerate(a.facts)}
    index_b = {id(f): k for k, f in enumerate(b.facts)}
    pairs = {(id(x.original_a), id(x.original_b)) for x in scored}

    def twins(x: Aligned) -> tuple[Fact | None, Fact | None]:
        ta = bracket_twin(a, index_a[id(x.original_a)]) if id(x.original_a) in index_a else None
        tb = bracket_twin(b, index_b[id(x.original_b)]) if id(x.original_b) in index_b else None
        return (a.facts[ta] if ta is not None else None), (b.facts[tb] if tb is not None else None)

    def in_own_unit_too(x: Aligned) -> bool:
        # (Only a value told in one unit: where both sides give two, "30 miles (48 km)" / "49
        # km (30 miles)", each side's pair agrees across. A conversion in brackets in that
        # unit is compared as told only where it is more than its own rounding away: "2,000 m
        # (6,560 ft)" agrees with "6,562 feet", "2,000 m (6,200 ft)" does not with "6,500 ft".)
        if x.original_a.unit == x.original_b.unit:
            return False
        ta, tb = twins(x)
        return ta is None and tb is not None and tb.unit == x.original_a.unit \
            and (id(x.original_a), id(tb)) in pairs \
            and (tb.start < x.original_b.start or not _within_its_rounding(x.original_a, tb)) \
            or tb is None and ta is not None and ta.unit == x.original_b.unit \
            and (id(ta), id(x.original_b)) in pairs \
            and (ta.start < x.original_a.start or not _within_its_rounding(x.original_b, ta))

    scored = [x for x in scored if not in_own_unit_too(x)]
    agreed = {(id(x.original_a), id(x.original_b)) for x in scored
              if x.relation in (FactRelation.SAME, FactRelation.ROUNDING)}
    if not agreed:
        return scored

    def twin_agrees(x: Aligned) -> bool:
        ta, tb = twins(x)
        return (ta is not None and (id(ta), id(x.original_b)) in agreed) \
            or (tb is not None and (id(x.original_a), id(tb)) in agreed)

    return [x for x in scored
            if x.relation in (FactRelation.SAME, FactRelation.ROUNDING) or not twin_agrees(x)]


def _within_its_rounding(value: Fact, conversion: Fact) -> bool:
    """Whether a value lies within the rounding of a conversion's last digit (6,562 of 6,560)."""
    return value.value is not None and conversion.value is not None \
        and abs(value.value - conversion.value) <= round_step(conversion.value) / 2 + 1e-9


class _Side:
    """One sentence as the alignment reads it: each value's words and place, worked out once."""

    def __init__(self, sentence: Sentence, corpus: Corpus) -> None:
        self.s = sentence
        self.corpus = corpus
        self.words = corpus.words_of_facts(sentence)
        self._claim_words: tuple[frozenset[str], ...] | None = None
        self.ranks = sentence.fact_ranks
        self.leads = sentence.fact_leads
        self._figures: frozenset[tuple] | None = None
        self._rates: list[str | None] = [None] * len(sentence.facts)
        self._acts: list[tuple[str, frozenset[str]] | None] = [None] * len(sentence.facts)
        self._percent_measures: frozenset[int] | None = None
        self._outcomes: dict[int, Outcome | None] = {}
        self._relative_nouns: dict[int, str] = {}
        self.restated = _restated(sentence)  # values left out of the alignment

    def outcome(self, i: int) -> Outcome | None:
        """``_own_outcome`` of the sentence's ``i``-th fact (read once: each fact meets every
        fact of the other sentence)."""
        if i not in self._outcomes:
            self._outcomes[i] = _own_outcome(self.s, self.s.facts[i])
        return self._outcomes[i]

    def relative_noun(self, i: int) -> str:
        """``_relative_noun`` of the sentence's ``i``-th fact (read once: each fact meets every
        fact of the other sentence)."""
        if i not in self._relative_nouns:
            self._relative_nouns[i] = _relative_noun(self.s, self.s.facts[i], self.corpus.lexicon)
        return self._relative_nouns[i]

    def rate(self, i: int, lexicon: Lexicon) -> str:
        """``rate_of`` of the sentence's ``i``-th fact (read once: each fact meets every fact
        of the other sentence)."""
        found = self._rates[i]
        if found is None:
            found = self._rates[i] = rate_of(self.s.text, self.s.facts[i], lexicon)
        return found

    def timed_act(self, i: int) -> tuple[str, frozenset[str]]:
        """``_timed_act`` of the sentence's ``i``-th fact (read once: each date meets every
        date of the other sentence)."""
        found = self._acts[i]
        if found is None:
            found = self._acts[i] = _timed_act(self.s, self.s.facts[i], self.corpus.lexicon)
        return found

    @property
    def percent_measures(self) -> frozenset[int]:
        """``_percent_measures_named`` of the sentence (read once: each percentage meets every
        percentage of the other sentence)."""
        if self._percent_measures is None:
            self._percent_measures = _percent_measures_named(self.s, self.corpus.lexicon)
        return self._percent_measures

    @property
    def claim_words(self) -> tuple[frozenset[str], ...]:
        """The words around each fact as ``check`` reads them (``_claim_words``)."""
        if self._claim_words is None:
            self._claim_words = _claim_words(self.s)
        return self._claim_words

    @property
    def names(self) -> frozenset[str]:
        return self.s.who_words

    @property
    def figures(self) -> frozenset[tuple]:
        """Every figure the sentence gives (``figure_key``)."""
        if self._figures is None:
            self._figures = frozenset(key for f in self.s.facts if (key := figure_key(f)) is not None)
        return self._figures


def _told_apart(side_a: _Side, i: int, side_b: _Side, j: int, rel: FactRelation, lexicon: Lexicon) -> bool:
    """Whether the sentences say their two figures are of two holders, places, moments or
    measures (each reading refuses only where the words say so)."""
    sa, sb = side_a.s, side_b.s
    oa, ob = sa.facts[i], sb.facts[j]
    if oa.kind is ob.kind is FactKind.PERCENT and side_a.percent_measures and side_b.percent_measures \
            and not side_a.percent_measures & side_b.percent_measures:
        # Each sentence names measures given in per cent (``percent_measures``), none in common:
        # the percentages of each are of its own (a bank's rate and the inflation it is set against).
        return True
    if SCORE in (oa.unit, ob.unit) and sa.measures[i].stage != sb.measures[j].stage:
        # A score runs through a match: one placed at a moment of it ("9-6 at the end of the
        # first quarter") is no report of the score another sentence gives at no moment (the
        # result) or at another ("12-6 at half-time"). (Two figures of other kinds placed at
        # two moments ``differ`` already; a figure placed at none may be of any.)
        return True
    if _placed_apart(sa, i, sb, j, lexicon) or _placed_apart(sb, j, sa, i, lexicon):
        return True  # a district's toll and its neighbour's
    if _scopes_apart(sa, i, sb, j) or _whole_of_listed(sa, i, sb, j):
        return True  # "40,000 homes in three counties" / "12 killed in four counties"
    if _at_and_after(sa, i, sb, j) or _at_and_after(sb, j, sa, i):
        return True  # "winds of 60 mph after coming ashore" / "made landfall with winds of 80 mph"
    if _nations_apart(sa, i, sb, j, side_a.corpus) or _one_place_of_several(sa, i, sb, j, side_a.corpus) \
            or _settings_apart(sa, i, sb, j, side_a.corpus):
        # "In X, 40 died" / "Y's health ministry said 12 died"; "52 died in X" / "killed 90
        # people", where Z's dead are told too; "killing 200 people on board" / "over 230 were
        # killed", where others died on the ground
        return True
    if _peopled_apart(sa, i, sb, j) or _peopled_apart(sb, j, sa, i):
        return True  # "X, a city of 64,000" / "300 died in X"
    if _sides_apart(side_a, i, side_b, j, lexicon):
        return True  # "310 voted against" and "290 voted for"
    if oa.kind is ob.kind is FactKind.PERCENT and _shares_of_two_wholes(sa, i, sb, j):
        return True  # one state's share of the vote and another's
    if rel in CONFLICTING and _pronouns_apart(sa, oa, sb, ob, lexicon):
        return True  # "granting him $8 million" / "she was granted $1 million"
    if rel in CONFLICTING and (_one_and_its_kind(sa, oa, sb, ob, lexicon)
                               or _one_and_its_kind(sb, ob, sa, oa, lexicon)):
        return True  # "X Clinic treated 12 people" / "clinics reported treating 30"
    return rel in CONFLICTING and _held_apart(sa, oa, sb, ob, lexicon)  # one firm's fines and another's


def _pair(side_a: _Side, i: int, side_b: _Side, j: int, dates: tuple[dt.date | None, dt.date | None],
          about: tuple[frozenset[str], frozenset[str]] | None) -> Aligned | None:
    """The two values as an aligned pair, or None when they are no values of one thing."""
    sa, sb, lexicon = side_a.s, side_b.s, side_a.corpus.lexicon
    oa, ob = sa.facts[i], sb.facts[j]
    claim = about is not None
    words_a, words_b = (side_a.claim_words, side_b.claim_words) if claim else (side_a.words, side_b.words)
    near_a, near_b = words_a[i], words_b[j]
    if claim:
        fa, fb, rel, counted, near_a, near_b = _read_as_one_measure(sa, oa, near_a, sb, ob, near_b, dates,
                                                                    lexicon)
    else:
        fa, fb, counted = oa, ob, False
        fb, rel = _one_noun_counted(sa, i, sb, j, dates, lexicon)
    if rel is FactRelation.INCOMPARABLE or not claim and (
            another_occasion(sa, sb, ob, lexicon) or another_occasion(sb, sa, oa, lexicon)):
        return None  # (or "at its previous meeting, ... voted 9-0": a value of another happening)
    # (An undated source's figure placed in a year is judged against when the story was reported.)
    story = side_a.corpus.story_date
    if differ(_measure(side_a, i, not claim), _measure(side_b, j, not claim),
              _counted_body(sa, i, lexicon), _counted_body(sb, j, lexicon),
              dates[0] or story, dates[1] or story, periods=not claim):
        return None  # a depth and a distance, a part and the whole: two things measured
    if claim and _year_untold(sa.measures[i], sb, j, dates[1] or story):
        return None  # "the 2007 crash, which killed 187" / "killing all 62" in an undated article
    if _two_readings(sa, i, sb, j, rel, dates, lexicon) or _told_apart(side_a, i, side_b, j, rel, lexicon) \
            or rel in CONFLICTING and _bought_apart(sa, oa, sb, ob, lexicon) \
            or rel is FactRelation.DIFFERENT and (_people_part_of_all(oa, ob, lexicon)
                                                  or _people_part_of_all(ob, oa, lexicon)) \
            or not claim and rel in CONFLICTING and (_held_by_the_unmentioned(side_a, i, side_b)
                                                     or _held_by_the_unmentioned(side_b, j, side_a)
                                                     or _distances_of_two_places(sa, i, sb, j, lexicon)) \
            or rel in CONFLICTING and _sizes_of_several(sa, i, sb, j, side_b.corpus) \
            or rel is FactRelation.DIFFERENT and (_within_a_limit(sa, i, sb, j)
                                                  or not claim and _days_of_two_events(oa, ob, dates)):
        # (a limit and a value within it; "convicted Thursday" / "killed on May 12, 2019"; "a
        # 44-yard kick" / "a 31-yard kick", where a source tells of several kicks)
        return None
    # (A group told as at least some number is a part all the same: two bounds link it to the
    # whole, and through the whole to another source's count of it.)
    if not claim and (_two_things(side_a, i, side_b, j, rel, dates)
                      or rel in (FactRelation.DIFFERENT, FactRelation.COMPATIBLE_BOUNDS)
                      and (_subgroup_against_all(sa, i, sb, j, lexicon)
                           or _of_a_noun_unnamed(side_a, i, sb) or _of_a_noun_unnamed(side_b, j, sa)
                           or _kind_against_listed_kinds(sa, oa, sb, ob)
                           or _kind_against_listed_kinds(sb, ob, sa, oa)
                           or _kind_of_a_listed_part(oa, ob, lexicon)
                           or _kind_of_a_listed_part(ob, oa, lexicon)
                           or _one_of_the_parts(oa, ob) or _one_of_the_parts(ob, oa))
                      or rel is FactRelation.DIFFERENT and _bare_numbers_of_two_things(sa, oa, sb, ob)):
        return None
    dated = fa.kind in DATE_KINDS
    names = side_a.names | side_b.names
    shared_words = near_a & near_b
    if not claim and (dated and (len(near_a) < MIN_SHARED_CONTEXT or len(near_b) < MIN_SHARED_CONTEXT)
                      or not near_a or not near_b):
        # A short sentence made of the story's own words ("The next decision is on 30
        # April", "Sentencing will be in six weeks"): those words, names aside, are all it
        # has to say what the day or the figure is of. (A figure with one word of its own
        # beside it, "a new 15-year high", is told by that word.)
        shared_words = (_near(sa, fa) & _near(sb, fb)) - names
    shared = float(len(shared_words))
    tie = _times_tied(side_a, i, side_b, j, rel) if not claim and (dated or fa.unit == CLOCK_TIME) else 0.0
    if tie is None:
        return None  # "left port at 5:30 am" / "struck the rocks at 7:40 am": two acts timed
    shared += tie
    if not claim:
        # (The only value of its kind in both, or the second of three in both; each source's
        # toll of the story, however each words it.)
        shared += (side_a.ranks[i] == side_b.ranks[j]) \
            + HEADLINE_WEIGHT * _headline_counts(side_a, i, side_b, j) \
            + _measure_named_alike(sa, i, sb, j) + _lone_scores(side_a, i, side_b, j) \
            + _told_alike(oa, ob, rel) + _held_alike(sa, oa, sb, ob)
    if about is not None:
        shared += 0.5 * len(about[0] & near_b) + 0.25 * len(near_a & about[1])
    rate_a, rate_b = side_a.rate(i, lexicon), side_b.rate(j, lexicon)
    if claim and rate_a and rate_a == rate_b:
        shared += 1  # "£90,000 a week" and "£90k per week" are one measure
    elif rate_a != rate_b and rel is FactRelation.DIFFERENT:
        return None  # a sum for another span ("£312m for the year"), or a total, is no weekly pay
    if counted or not claim and shared_words \
            and _count_one_noun(fa, sa.measures[i], fb, sb.measures[j], lexicon):
        # The noun counted says what is counted, as a rate says what a sum is for. (Two
        # sentences of the story that share no word besides may count it on two occasions:
        # "eight workers fell" and "six workers are presumed dead".)
        shared += 1
    elif not claim and _valued_noun(sa.measures[i], sb.measures[j]) \
            and _noun_qualifier(sa.measures[i], sa.measures[i].nouns & sb.measures[j].nouns) \
            == _noun_qualifier(sb.measures[j], sa.measures[i].nouns & sb.measures[j].nouns):
        shared += 1
    if shared < (CLAIM_SHARED_CONTEXT if claim else MIN_SHARED_CONTEXT):
        return None
    if not claim and dated and _other_dates(sa, fa, sb, fb, shared_words, names, lexicon):
        return None
    if about is not None and rel is FactRelation.DIFFERENT and not dated:
        told = near_b | {concept(fa.unit, lexicon), concept(ob.unit, lexicon)} if counted else near_b
        if fa.unit == fb.unit and fa.unit in CLOCK_TIMES:
            # A clock reading's unit says what sort of value it is (a time taken, a time of
            # day): the act it times may stand anywhere in the sentence ("won ... on Sunday
            # in a course-record 2:06:14"), so the claim's words beside it anywhere there.
            told = told | (near_a & about[1])
        telling = (((near_a | about[0]) & told) - names) | _named_by_both(sa, i, sb, j)
        if _other_figures(sa, (fa, oa), sb, (fb, ob), telling, lexicon):
            return None
    # (Of two pairs as good, the one told in one unit: "30 miles (48 km)" / "49 km (30 miles)"
    # pairs the miles with the miles.)
    converted = CONVERTED if fa.unit != fb.unit and measured_alike(fa.unit, fb.unit) else 0.0
    return Aligned(fa, fb, oa, ob, rel, shared + _AGREEMENT.get(rel, 0.0) - converted)


HEADLINE_WEIGHT = 2.0
"""Context two headline counts of one fate share (``_headline_counts``): enough alone."""


def _headline_counts(side_a: _Side, i: int, side_b: _Side, j: int) -> bool:
    """Whether both figures are their sources' headline counts of one fate
    (``Corpus.headline_counts``): the toll each source gives of the story, "the death toll
    has climbed to 9,400" / "at least 4,100 people have died". (Other counts of
    the dead, the story gives many, are told apart by their words.)"""
    fate = side_a.corpus.headline_fate(side_a.s, i)
    return bool(fate) and fate == side_b.corpus.headline_fate(side_b.s, j)


BARE_REACH = 2
"""Content words of its clause on each side of a bare number read as what it is a number of."""


def _sizes_of_several(sa: Sentence, i: int, sb: Sentence, j: int, corpus: Corpus) -> bool:
    """Whether two sizes written into one noun size a thing the story tells several of
    (``Corpus.sized_several``): which of them each is, the sizes do not say."""
    a, b = sa.measures[i], sb.measures[j]
    return a.sizing and b.sizing and bool(a.nouns & b.nouns & corpus.sized_several)


def _bare_numbers_of_two_things(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact) -> bool:
    """Whether two numbers with no unit are numbers of two things: no word beside the one is
    beside the other ("magnitude 5.6" / "a 6.1 magnitude quake" share one; "a fine 112" and
    "their chase of 268" none). A bare number says what it counts only by its neighbours, and
    a story gives many; two with no word beside them ("Y (347)", "Z (346)") are told by nothing
    either way."""
    if fa.kind is not FactKind.NUMBER or fb.kind is not FactKind.NUMBER or fa.unit or fb.unit:
        return False

    def beside(s: Sentence, f: Fact) -> set[str]:
        # (Names beside it say who, not what is counted.)
        lo, hi = _clause_of(s, f)
        before = [w for w in s.words if lo <= w.start and w.end <= f.start][-BARE_REACH:]
        after = [w for w in s.words if f.end <= w.start < hi][:BARE_REACH]
        return {w.concept for w in before + after if not w.capitalised}
    near_a, near_b = beside(sa, fa), beside(sb, fb)
    # (One told by no word, "Y (347)", against one whose words say what it is, "an average of
    # 54.8": nothing says the two count one thing.)
    return not near_a & near_b and (bool(near_a) or bool(near_b))


def _subgroup_against_all(sa: Sentence, i: int, sb: Sentence, j: int, lexicon: Lexicon) -> bool:
    """Whether one count names a group of its noun by a word the other sentence never uses,
    and the other count names none ("96 Conservative MPs" / "380 MPs voted against", "two
    passenger trains" / "three trains"): a part no larger than the whole, not two values of
    one count. (The same figure told so is still one: the group is not told
    apart where the values agree. A word that is the other's noun is no group: "12 crew
    members" / "14 crew".)"""
    a, b = sa.measures[i], sb.measures[j]
    fa, fb = sa.facts[i], sb.facts[j]
    people = people_class(lexicon)
    if fa.value is None or fb.value is None or fa.unit != fb.unit and not (
            count_class(fa.unit, lexicon) == count_class(fb.unit, lexicon) == people):
        return False  # (people of two nouns may be a whole and a group of it: "five people" /
        # "three fee-paying passengers")
    # A sum of a kind ("$60 million in punitive damages", ``qualifiers``) against a sum of none
    # is a part of the whole in the same way.
    # (Only sums and counts add up to a whole: "the base rate" is no part of a rate.)
    kind_a, kind_b = a.qualifiers - set(sb.concepts), b.qualifiers - set(sa.concepts)
    summed = fa.kind in (FactKind.MONEY, FactKind.COUNT)
    if summed and (kind_a and not b.qualifiers and fa.value <= fb.value
                   or kind_b and not a.qualifiers and fb.value <= fa.value):
        return True
    if not all(_counts_its_last_word(f, lexicon) for f in (fa, fb)):
        return False  # (only counts of a noun: "90 miles per hour" names no group of hours)
    own_a = a.modifiers - {concept(fb.unit, lexicon)} - set(sb.concepts)
    own_b = b.modifiers - {concept(fa.unit, lexicon)} - set(sa.concepts)
    # (A group larger than the whole it is of contradicts it: "eleven freight wagons" / "nine wagons".)
    return bool(own_a) and not b.modifiers and fa.value <= fb.value \
        or bool(own_b) and not a.modifiers and fb.value <= fa.value


_LISTED_PARTS = re.compile(r"\bof\b.*\band\b")
"""A count summed from parts each of its own kind ("two counts of fraud and two counts")."""
_OF_A_KIND = re.compile(r"\s+of\s+[a-z]")


def _kind_against_listed_kinds(sa: Sentence, part: Fact, sb: Sentence, summed: Fact) -> bool:
    """Whether one count names its kind after "of" ("two counts of weapon possession") and the
    other sums parts each of a kind of its own ("two counts of fraud and two counts of ..."):
    a count of one kind is a part of the listed whole, not another value of it."""
    return part.kind is summed.kind is FactKind.COUNT and part.unit == summed.unit \
        and not _LISTED_PARTS.search(part.raw) and _LISTED_PARTS.search(summed.raw) is not None \
        and _OF_A_KIND.match(sa.text, part.end) is not None


def _kind_of_a_listed_part(part: Fact, summed: Fact, lexicon: Lexicon) -> bool:
    """Whether one count names a kind ("Twelve children died") that the other lists among its
    parts ("11 children and 3 adults had died"): it counts that part, not the sum. (People
    are no kind of people: "five people died" counts all of "three on the ferry and two"; nor is
    a noun every part shares a kind: "two counts of fraud and one count of theft".)"""
    noun = counted_noun(part)
    if not noun or noun == people_class(lexicon) or listed_parts(part):
        return False
    parts = listed_parts(summed)
    return bool(parts) and 0 < listed_nouns(summed).count(noun) < len(parts)


def _within_a_limit(sa: Sentence, i: int, sb: Sentence, j: int) -> bool:
    """Whether one figure is named the most (or least) of its kind ("the maximum fine is
    $5m", ``qualifiers``) and the other, named no kind, lies within it ("was fined $2m"): a
    value under a limit, which the limit does not contradict."""
    a, b = sa.measures[i], sb.measures[j]
    fa, fb = sa.facts[i], sb.facts[j]
    if fa.value is None or fb.value is None or fa.unit != fb.unit:
        return False

    def within(limit: Measure, lv: float, other: Measure, ov: float) -> bool:
        return not other.qualifiers and (LIMIT_ABOVE in limit.qualifiers and ov <= lv
                                         or LIMIT_BELOW in limit.qualifiers and ov >= lv)
    return within(a, fa.value, b, fb.value) or within(b, fb.value, a, fa.value)


def _counts_its_last_word(fact: Fact, lexicon: Lexicon) -> bool:
    """Whether a count's unit is the noun its own words end with ("two passenger trains"), not
    a unit of measure written in words ("90 miles per hour")."""
    words = fact.raw.casefold().split()
    return fact.kind is FactKind.COUNT and len(words) > 1 and bool(fact.unit) \
        and (words[-1].startswith(fact.unit) or concept(words[-1], lexicon) == concept(fact.unit, lexicon))


def _lone_scores(side_a: _Side, i: int, side_b: _Side, j: int) -> bool:
    """Whether both values are scores or tallies, each the only one of its sentence ("split
    7-2" / "the vote was 6-3", "beat them 3-1" / "went down 2-1"): the form says what is
    measured, the result of the story's contest, whatever words tell it."""
    return side_a.s.facts[i].unit == side_b.s.facts[j].unit == SCORE \
        and side_a.ranks[i] is None and side_b.ranks[j] is None


def _year_untold(claimed: Measure, sb: Sentence, j: int, day: dt.date | None) -> bool:
    """Whether the claim places its figure in a year ("the 2007 crash, which killed 187") and
    the source, of no known date, gives its own figure in none and names that year nowhere:
    nothing says the source's figure is of that year, and a story names past years for the
    figures of past events."""
    return claimed.year is not None and sb.measures[j].year is None and day is None \
        and str(claimed.year) not in sb.text


def _measure_named_alike(sa: Sentence, i: int, sb: Sentence, j: int) -> bool:
    """Whether both figures name what they measure in other words ("610 feet long" / "a
    length of 640 feet"): the thing measured is said on both sides, though no word of it is.
    (A word both sentences use is weighed with their other words, or left out as the story's
    own.)"""
    return bool((sa.measures[i].nouns & sb.measures[j].nouns) - (set(sa.concepts) & set(sb.concepts)))


def _valued_noun(a: Measure, b: Measure) -> bool:
    """Whether both values are given as the value of one noun, linked to it ("its offer of
    3.5%" / "the offer of 4.5%", "a depth of 8 km" / "a depth of 10 km"): as a counted noun,
    that noun says what both values are of, however unlike the other words around them. A
    value written into its noun ("a 20% tariff" / "the 100% tariffs") says which of the kind
    it is, as a name would: two such may be two things."""
    return bool(a.nouns & b.nouns) and not a.named and not b.named


def _noun_qualifier(measure: Measure, nouns: frozenset[str]) -> str:
    """The concept of the word in lower case right before the noun of ``nouns`` a value is
    linked to, nearest it ("quarterly revenue of $7bn", "second-quarter revenue of $11bn"):
    it says which of the noun's kind the value is of; "" when none (a determiner or a holder
    stands there, "its", "the depot's"). Read with the measure (``Measure.noun_leads``)."""
    leads = [(at, lead) for noun, at, lead in measure.noun_leads if noun in nouns]
    return max(leads)[1] if leads else ""


def measured_apart(sa: Sentence, i: int, sb: Sentence, j: int, corpus: Corpus,
                   dates: tuple[dt.date | None, dt.date | None]) -> bool:
    """Whether the ``i``-th figure of ``sa`` and the ``j``-th of ``sb`` (two sentences of the
    story) are figures of two things as their measures say (``measures.differ``), or of two
    holders ("set by X in 50 overs" / "Y chased it down in 46 overs"): for what pairs figures
    outside the alignment (one count all through two articles), which the sentences' own words
    tell apart as surely."""
    side_a, side_b = _Side(sa, corpus), _Side(sb, corpus)
    return differ(_measure(side_a, i, True), _measure(side_b, j, True), sa.facts[i].unit, sb.facts[j].unit,
                  dates[0] or corpus.story_date, dates[1] or corpus.story_date) \
        or _held_apart(sa, sa.facts[i], sb, sb.facts[j], corpus.lexicon) \
        or _held_by_the_unmentioned(side_a, i, side_b) or _held_by_the_unmentioned(side_b, j, side_a) \
        or _scopes_apart(sa, i, sb, j) or _nations_apart(sa, i, sb, j, corpus) \
        or _whole_of_listed(sa, i, sb, j) or _at_and_after(sa, i, sb, j) or _at_and_after(sb, j, sa, i) \
        or _two_readings(sa, i, sb, j,
                         relate_facts(sa.facts[i], sb.facts[j], dates[0], dates[1], corpus.lexicon),
                         dates, corpus.lexicon)


def timed_apart(a: Fact | None, b: Fact | None, dates: tuple[dt.date | None, dt.date | None],
                 lexicon: Lexicon) -> bool:
    """Whether two figures are given at two times (``Measure.when``): times that differ, or
    that no calendar sets side by side, a month against a time to come ("in June" / "by the
    end of the year"). A day against a date may be one day where the articles' dates are
    unknown, so only a difference said outright parts them."""
    if a is None or b is None:
        return False
    # A month without its year is placed by the article's date (a claim checked has no date
    # of its own: the source's).
    year_a, year_b = year_of(a, dates[0] or dates[1]), year_of(b, dates[1] or dates[0])
    if year_a is not None and year_b is not None and year_a != year_b:
        return True
    relation = relate_facts(a, b, dates[0], dates[1], lexicon)
    if relation is FactRelation.INCOMPARABLE:
        days = FactKind.WEEKDAY in (a.kind, b.kind) or bool(a.day) or bool(b.day)
        return not days and (a.unit == CLOCK_TIME) == (b.unit == CLOCK_TIME)
    return relation is FactRelation.DIFFERENT


def _two_readings(sa: Sentence, i: int, sb: Sentence, j: int, rel: FactRelation,
                  dates: tuple[dt.date | None, dt.date | None], lexicon: Lexicon) -> bool:
    """Whether two values are two readings of a changing figure ("6.1% in June" / "to 5% by the
    end of the year"), or the times of two such readings."""
    when_a, when_b = sa.measures[i].when, sb.measures[j].when
    # A figure read at a time ("winds of 45 mph as of 6 a.m.") against one told of an act its
    # clause times ("made landfall at 9:40 p.m. ... with winds of 115 mph"): the act's time is
    # when that figure held.
    if rel in CONFLICTING and (when_a is None) != (when_b is None):
        when_a = when_a or _time_of_its_clause(sa, i, when_b)
        when_b = when_b or _time_of_its_clause(sb, j, when_a)
    return timed_apart(when_a, when_b, dates, lexicon) \
        or rel in CONFLICTING and _times_of_readings(sa, sa.facts[i], sb, sb.facts[j], lexicon)


def _time_of_its_clause(s: Sentence, i: int, like: Fact | None) -> Fact | None:
    """The time the clause of figure ``i`` gives before it (not the time the sentence was
    said), of the sort of ``like`` where it gives one (a time of day against a time of day):
    None where it gives none."""
    fact = s.facts[i]
    if s.measures[i].earlier:
        return None  # (a value a change started from is of a time before its clause's: "up from $44")
    x, _ = s.clause_at(fact.start)
    # (A time that is another figure's own, "rose to $48 on Monday, up from $44", is that one's.)
    owned = {m.when.start for k, m in enumerate(s.measures) if k != i and m.when is not None}
    times = [f for f in s.facts[:i] if x <= f.start and f.start not in s.said_on | owned
             and (f.kind in DATE_KINDS or f.unit == CLOCK_TIME)]
    if like is not None:
        times = [f for f in times if (f.unit == CLOCK_TIME) == (like.unit == CLOCK_TIME)] or times
    return times[-1] if times else None


def _times_of_readings(sa: Sentence, ta: Fact, sb: Sentence, tb: Fact, lexicon: Lexicon) -> bool:
    """Whether two times are each the time of a figure of one kind and unit ("150 mph at 5
    a.m." / "As of 11 a.m., ... 160 mph"): the times of two readings of a changing figure, not
    one happening timed two ways."""
    leads = lexicon.compiled(_reading_leads)

    def read_at(s: Sentence, t: Fact) -> set[tuple[FactKind, str]]:
        # A time after "as of" is the time of the sentence's figures, wherever they stand; a
        # time of day told with the day after it ("at 9pm on Sunday, the count stood at
        # 61%") times the reading as the day does.
        timed = t.kind in DATE_KINDS or t.unit == CLOCK_TIME
        after_lead = timed and leads.search(s.text[max(0, t.start - 8):t.start].casefold()) is not None
        of_day = timed and t.unit == CLOCK_TIME
        return {(f.kind, f.unit) for f, m in zip(s.facts, s.measures, strict=True)
                if f.kind in FIGURE_KINDS and after_lead
                or m.when is not None and ((m.when.start, m.when.end) == (t.start, t.end)
                                           or of_day and t.end <= m.when.start and _TIME_THEN_DAY.fullmatch(
                                               s.text, t.end, m.when.start) is not None
                                           or timed and m.when.end <= t.start and _SAME_TIME_AFTER.fullmatch(
                                               s.text, m.when.end, t.start) is not None)}
    return bool(read_at(sa, ta) & read_at(sb, tb))


def _reading_leads(lexicon: Lexicon) -> re.Pattern[str]:
    """``reading_leads`` as a pattern ending right before a time."""
    words = "|".join(re.escape(str(w)) for w in lexicon.table("measures", "reading_leads", []) or [])
    return re.compile(rf"\b(?:{words})\s+$" if words else r"(?!)")


_SAME_TIME_AFTER = re.compile(r"\s*[,(]\s*")
"""What joins a time to the same time told again after it ("by Friday, 6 October", "Thursday
(Oct 5)"): a comma or a bracket."""
_TIME_THEN_DAY = re.compile(r"(?:\s+[A-Z]{2,5})?\s+on\s+(?:the\s+)?")
"""What joins a time of day to the day it is on ("9pm CET on Sunday"): a zone, "on"."""


def _measure(side: _Side, i: int, carry: bool) -> Measure:
    """The measure of the sentence's ``i``-th fact, with (``carry``: compare, whose sentences
    stand in their articles) the year a pronoun subject carries over from the sentence before
    ("... the 2015 temblor. It claimed 9,000 lives") where its own clause names none."""
    found = side.s.measures[i]
    if carry and found.year is None and side.s.facts[i].kind not in DATE_KINDS:
        year = side.corpus.carried_year(side.s)
        if year is not None:
            return replace(found, year=year)
    return found


def _two_things(side_a: _Side, i: int, side_b: _Side, j: int, rel: FactRelation,
                dates: tuple[dt.date | None, dt.date | None]) -> bool:
    """Whether two values of two sentences of the story (``compare``), alike in kind and
    unit, are values of two things for what stands around them."""
    sa, sb, lexicon = side_a.s, side_b.s, side_a.corpus.lexicon
    fa, fb = sa.facts[i], sb.facts[j]
    if rel in CONFLICTING and _far_apart(fa, fb, sa.measures[i].nouns, sb.measures[j].nouns):
        return True  # "$1 trillion" and "$11 billion" in one story: figures of two things
    if rel in CONFLICTING and _conversions_of_one_sum(sa, i, sb, j, dates, lexicon):
        return True  # "€100m ($110m)" and "€100m ($109m)": two days' exchange rates
    if rel in CONFLICTING and fa.kind not in DATE_KINDS and (_changed_since(sa, sb, dates, lexicon)
                                                              or _changed_since(sb, sa, dates, lexicon)):
        # "readings have fallen since Monday, to 0.4" / "on Monday, readings showed 0.9": the
        # figure at the start of a change, and the figure the change has reached.
        return True
    if fa.kind is FactKind.ORDINAL and (_ranked(sa, fa, lexicon) != _ranked(sb, fb, lexicon)
                                        or _ranks_a_series(sa, fa, lexicon)
                                        or _ranks_a_series(sb, fb, lexicon)):
        return True  # "a first-floor window", "a third person": two things ranked
    if rel in CONFLICTING and fa.kind in DATE_KINDS and (_gives_too(sb, fa) or _gives_too(sa, fb)):
        return True  # "won in 2009" / "their last title came in 2004 and their last shield in 2009"
    if rel in CONFLICTING and (figure_key(fa) in side_b.figures or figure_key(fb) in side_a.figures):
        # A figure both sentences give is the figure they share: "a rise of 9%" and "an
        # offer of 4.5%, short of the demand for 9%" do not set 9% against 4.5%.
        return True
    lead_a, lead_b = side_a.leads[i], side_b.leads[j]
    if lead_a is not None and lead_b is not None \
            and _pair(side_a, lead_a, side_b, lead_b, dates, None) is None:
        # Each figure is the second of a comparison ("31% on the drug versus 12% on
        # placebo"): it measures what the figure it is set against measures, so two such
        # figures are of one thing only where those they are set against are.
        return True
    role_a = (lead_a is not None, i in side_a.leads)
    role_b = (lead_b is not None, j in side_b.leads)
    # The second group of one comparison is not the first of another.
    return {role_a, role_b} == {(True, False), (False, True)}


def _gives_too(sentence: Sentence, day: Fact) -> bool:
    """Whether the sentence gives the very day or year as well: it is the one the two share,
    and the sentence's other dates are of other things."""
    return any(f.kind is day.kind and f.canonical == day.canonical for f in sentence.facts)


def _changed_since(sa: Sentence, sb: Sentence, dates: tuple[dt.date | None, dt.date | None],
                   lexicon: Lexicon) -> bool:
    """Whether ``sa`` opens a period at a time (``since`` / ``from`` a day) that ``sb`` gives as
    a plain time, not opening one: ``sb``'s figures are of that time, ``sa``'s of later."""
    opened = [f for f in sa.facts if f.kind in DATE_KINDS and _opens_period(sa, f, lexicon)]
    if not opened:
        return False
    plain = [f for f in sb.facts if f.kind in DATE_KINDS and not _opens_period(sb, f, lexicon)]
    return any(relate_facts(x, y, dates[0], dates[1], lexicon) is FactRelation.SAME
               for x in opened for y in plain)


CONVERSION_SPREAD = 0.05
"""Two conversions of one value into another currency or unit this far apart (a fraction of
the larger) differ by the day's exchange rate or a rounding, not in what they report; further
apart, one is wrong."""


def _conversions_of_one_sum(sa: Sentence, i: int, sb: Sentence, j: int,
                            dates: tuple[dt.date | None, dt.date | None], lexicon: Lexicon) -> bool:
    """Whether two values are each one side of a value and its conversion in brackets ("100
    million euros ($110 million)", "30 miles (48 km)", "about 49 km (30 miles)"), the other
    sides told alike, and near enough to differ by a rate or a rounding only: the outlets agree
    on the value, and differ in their arithmetic."""
    ta, tb = bracket_twin(sa, i), bracket_twin(sb, j)
    if ta is None or tb is None:
        return False
    va, vb = sa.facts[i].value, sb.facts[j].value
    if not va or not vb or abs(va - vb) > CONVERSION_SPREAD * max(va, vb):
        return False
    same = relate_facts(sa.facts[ta], sb.facts[tb], dates[0], dates[1], lexicon)
    return same in (FactRelation.SAME, FactRelation.ROUNDING)


def _restated(sentence: Sentence) -> frozenset[int]:
    """The values in brackets that restate the value before them in the same symbol ("US$4m
    ($6m)"): the same sum in another country's dollars, compared as the value it restates."""
    return frozenset(i for i, f in enumerate(sentence.facts)
                     if (k := bracket_twin(sentence, i)) == i - 1 and sentence.facts[k].unit == f.unit)


def _restatement(sentence: Sentence, i: int) -> int | None:
    """The value a value restates, or is restated by, after "or" in another unit that agrees
    with it ("30 months, or more than two years", "30 miles or about 48 km"): one value
    written twice. (A conversion in brackets is compared on its own: outlets' arithmetic may
    differ, ``_conversions_of_one_sum``.)"""
    facts, text = sentence.facts, sentence.text
    for first, second in ((i - 1, i), (i, i + 1)):
        if first < 0 or second >= len(facts):
            continue
        fa, fb = facts[first], facts[second]
        if (fa.kind is fb.kind and fa.unit and fb.unit and fa.unit != fb.unit
                and _OR_RESTATING.fullmatch(text[fa.end:fb.start].strip())
                and compare_facts(fa, fb) in _ONE_VALUE):
            return second if first == i else first
    return None


_OR_RESTATING = re.compile(r"[(,—–-]?\s*or")
_ONE_VALUE = frozenset({FactRelation.SAME, FactRelation.ROUNDING, FactRelation.COMPATIBLE_BOUNDS})


def bracket_twin(sentence: Sentence, i: int) -> int | None:
    """The value a value is set beside in brackets (``annotate.bracket_twin_of``)."""
    return bracket_twin_of(sentence.text, sentence.facts, i)


def _far_apart(fa: Fact, fb: Fact, nouns_a: frozenset[str], nouns_b: frozenset[str]) -> bool:
    """Whether two amounts are ``FAR_APART`` times apart, their measures sharing no noun and
    their digits not the same figure at another scale."""
    if (fa.kind not in FIGURE_KINDS | {FactKind.NUMBER} or (fa.kind, fa.unit) != (fb.kind, fb.unit)
            or fa.value is None or fb.value is None):
        return False  # (values in two units, "40 seconds" / "a minute", are not set side by side)
    low, high = sorted((abs(fa.value), abs(fb.value)))
    if low == 0 or high / low < FAR_APART or nouns_a & nouns_b:
        return False
    ratio = high / low
    while ratio >= 1000 - 1e-6:
        ratio /= 1000
    return abs(ratio - 1) > 1e-6  # "$2.1 million" against "$2.1 billion": one figure, a slip of scale


def _read_as_one_measure(sa: Sentence, fa: Fact, near_a: frozenset[str], sb: Sentence, fb: Fact,
                         near_b: frozenset[str], dates: tuple[dt.date | None, dt.date | None],
                         lexicon: Lexicon
                         ) -> tuple[Fact, Fact, FactRelation, bool, frozenset[str], frozenset[str]]:
    """The two values read as values of one measure where they say it in other words: a span
    as the date it lasts until, a count of one noun in another, a count of acts as a count
    of those who underwent them. With the relation, whether both count one noun, and the
    words around each as read."""
    fa, fb = _maximum_as_ceiling(fa, sa.measure(fa), fb, sb.measure(fb), lexicon)
    rel = relate_facts(fa, fb, dates[0], dates[1], lexicon)
    if rel is FactRelation.INCOMPARABLE:
        # "a contract until June 2031" signed in 2026 is a five-year contract.
        span = _span_until(fa, fb, sb.text, dates[1], lexicon)
        if span is not None:
            fb, rel = span, relate_facts(fa, span, dates[0], dates[1], lexicon)
    # ("16 crew" and "11 crew members" count one body.)
    counted = _same_noun(fa, fb, lexicon) or _count_one_noun(fa, sa.measure(fa), fb, sb.measure(fb), lexicon)
    if counted and fa.unit != fb.unit:
        # "six pieces" and "seven objects" count the same things in other words.
        fb = replace(fb, unit=fa.unit)
        rel = relate_facts(fa, fb, dates[0], dates[1], lexicon)
    if rel is FactRelation.INCOMPARABLE and _one_exact_number(fa, fb):
        # "a crowd of 61,287" / "in front of 61,287 fans": a number written to so many digits
        # is the same one, whatever noun each counts it by.
        fb, counted = replace(fb, kind=fa.kind, unit=fa.unit), True
        rel = relate_facts(fa, fb, dates[0], dates[1], lexicon)
    if rel is FactRelation.INCOMPARABLE and _counts_the_act(sa, fa, near_a, sb, fb, near_b, lexicon) \
            and not disjoint(group_counted(fa, lexicon), group_counted(fb, lexicon), lexicon):
        # "34 deaths" counts the people "killed": the same measure in other words.
        unit_a, unit_b = concept(fa.unit, lexicon), concept(fb.unit, lexicon)
        # (The fate told of the people says the act's word: "58 taken to hospital", "hospitalised".)
        fated_a = {unit_b} if count_class(fb.unit, lexicon) in sa.measure(fa).fates else set()
        fated_b = {unit_a} if count_class(fa.unit, lexicon) in sb.measure(fb).fates else set()
        near_a, near_b = near_a | ({unit_a} & near_b) | fated_a, near_b | ({unit_b} & near_a) | fated_b
        fb = replace(fb, unit=fa.unit)
        rel = relate_facts(fa, fb, dates[0], dates[1], lexicon)
    return fa, fb, rel, counted, near_a, near_b


EXACT_DIGITS = 4
"""Significant digits from which one number written in two sentences is read as one value."""


def _one_exact_number(a: Fact, b: Fact) -> bool:
    """Whether two figures, one a bare number and the other a bare number or a count, give one
    value written to ``EXACT_DIGITS`` significant digits or more, each told exactly."""
    return FactKind.NUMBER in (a.kind, b.kind) and {a.kind, b.kind} <= {FactKind.NUMBER, FactKind.COUNT} \
        and a.value is not None and a.value == b.value and a.upper is None and b.upper is None \
        and not a.qualifier and not b.qualifier and _significant_digits(a) >= EXACT_DIGITS


def _other_dates(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact, shared: frozenset[str],
                 names: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether two dates are dates of two things, however alike the words around them."""
    if shared <= names:
        return True  # the same names near two days say who, not which event
    if _names_by_year(sa, fa, lexicon) or _names_by_year(sb, fb, lexicon):
        return True  # "the 2021 election": which election, not when the story's event was
    if _years_back(fa, lexicon) != _years_back(fb, lexicon):
        return True  # "an attempt nearly four years ago" / "on Wednesday": another event's time
    if opposite_edges(_near(sa, fa), _near(sb, fb), lexicon):
        return True  # the day a span starts and the day it ends
    # "fallen since Wednesday" / "on Thursday": a start, and a time within
    if closes_span(sa, fa, lexicon) != closes_span(sb, fb, lexicon):
        return True  # "the three months to Dec. 30" / "on Tuesday": a period's end, and a day
    return _opens_period(sa, fa, lexicon) != _opens_period(sb, fb, lexicon)


def _percent_measure_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    return tuple(phrase_pattern(str(w).casefold() for w in group)
                 for group in lexicon.table("measures", "percent_measures", []) or [])


def _percent_measures_named(sentence: Sentence, lexicon: Lexicon) -> frozenset[int]:
    """Which groups of ``percent_measures`` (measures given in per cent) the sentence names."""
    folded = sentence.text.casefold()
    return frozenset(n for n, p in enumerate(lexicon.compiled(_percent_measure_patterns)) if p.search(folded))


_YEAR = re.compile(r"\d{4}")


def _names_by_year(sentence: Sentence, day: Fact, lexicon: Lexicon) -> bool:
    """Whether the date is a bare year written into a noun phrase as its name ("the 2021
    election", "the country's 2022 census", "the team's 2019 Harbour Cup campaign"): between a
    determiner or a possessive (``year_name_leads``) and a word, no month or weekday."""
    if day.kind is not FactKind.DATE or day.month is not None or not _YEAR.fullmatch(day.raw):
        return False
    before = sentence.text[max(0, day.start - 24):day.start]
    after = sentence.text[day.end:day.end + 24]
    lead = before.split()[-1:] if before[-1:].isspace() else []
    if not lead or not (lead[0].casefold() in lexicon.words("dates", "year_name_leads")
                        or _POSSESSIVE.search(lead[0])):
        return False
    follow = after.split()[:1] if after[:1].isspace() else []
    return bool(follow) and follow[0].isalpha() and follow[0].casefold() not in stopwords(lexicon) \
        and follow[0].casefold() not in lexicon.compiled(_calendar_words)


def _calendar_words(lexicon: Lexicon) -> frozenset[str]:
    """Month and weekday names: after a year they date it further ("2022 March"), naming nothing."""
    return frozenset(str(w).casefold() for table in ("months", "weekdays")
                     for w in lexicon.table("dates", table, {}) or {})


def _years_back(day: Fact, lexicon: Lexicon) -> bool:
    """Whether a relative time places its act a year or more back ("nearly four years ago",
    "last year", measures.yaml ``past_periods``): the time of an earlier event the story
    recalls, no time of the days it reports."""
    if day.kind is not FactKind.RELATIVE:
        return False
    pattern = lexicon.phrases(("measures", "past_periods"))
    return pattern is not None and pattern.search(day.relative.casefold()) is not None


def _named_by_both(sa: Sentence, i: int, sb: Sentence, j: int) -> frozenset[str]:
    """What the two figures' measures both name ("a 740-foot-long ship" / "1,100 feet long":
    a length): a word that tells what both measure, wherever it stands."""
    return sa.measures[i].nouns & sb.measures[j].nouns


def _other_figures(sa: Sentence, a: tuple[Fact, Fact], sb: Sentence, b: tuple[Fact, Fact],
                   telling: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether two differing figures (each as compared and as given) are figures of two
    things; ``telling``: the words besides names that say what both measure."""
    (fa, oa), (fb, ob) = a, b
    if not both_ages(fa, fb) and not telling:
        # Only a name near both values ("Acme ... a $5 million loan"): who is involved does
        # not say what the value measures.
        return True
    if _other_side(sa, oa, sb, ob, lexicon):
        return True  # what one side asks for is no figure of what the other offers
    return fa.kind is FactKind.NUMBER and not fb.unit and _qualifies_another(sa, sb, ob, lexicon)


OBJECT_REACH = 4
"""Content words after a verb read as what it was done to, when the time stands before it."""
ACT_REACH = 6
"""Content words between a verb and the time it is read as timing: further off, the time is of
a phrase of its own ("reached a deal ..., setting the stage for a meeting later this week")."""


def _clause_of(sentence: Sentence, fact: Fact) -> tuple[int, int]:
    return sentence.clause_at(fact.start)


def act_before(sentence: Sentence, fact: Fact) -> Predication | None:
    """The act a value's clause states before it: the last finite verb ("struck rocks
    shortly after 6:40 am"), the first guess at what a time is the time of."""
    a, _ = _clause_of(sentence, fact)
    return next((p for p in reversed(sentence.predications)
                 if p.finite and a <= p.start and p.end <= fact.start), None)


def _timed_act(sentence: Sentence, fact: Fact, lexicon: Lexicon = DEFAULT) -> tuple[str, frozenset[str]]:
    """The concept of the verb a time times, with what it was done to: the last finite verb
    before the time in its clause ("struck rocks shortly after 6:40 am"), else the first after
    it ("on Saturday ordered his cabinet"); with none there, ("", the last content words of the
    noun phrase before the time) ("", {} when a verb stands too far off)."""
    restated = _restated_day(sentence, fact)
    if restated is not None:
        return _timed_act(sentence, restated, lexicon)  # "on Wednesday night (May 14)"
    a, b = _clause_of(sentence, fact)
    act = _act_timed(sentence, fact, b, lexicon)
    valued = [(f.start, f.end) for f in sentence.facts]
    if act is None:
        # No verb times it: the time is of the noun phrase right before it ("with the start
        # of the season not until next weekend"), told by its last few content words, unless
        # a verb of no finite form stands among them ("would remain until Monday"); the
        # phrase starts after the preposition before it ("in the area during the main
        # landslide on Sunday" times the landslide).
        a = _phrase_start(sentence, fact, a, lexicon)
        thing = [w for w in sentence.words if a <= w.start < fact.start and not w.capitalised
                 and not any(x <= w.start < y for x, y in valued)][-OBJECT_REACH:]
        verbal = lexicon.words("polarity", "verb_markers")
        if thing and any(t.norm in verbal for t in sentence.tokens if thing[0].start <= t.start < fact.start):
            return "", frozenset()
        return "", frozenset(w.concept for w in thing)
    if act.end <= fact.start:
        done_to = [w for w in sentence.words if act.end <= w.start < fact.start]
    else:
        done_to = [w for w in sentence.words if act.end <= w.start < b][:OBJECT_REACH]
    if len(done_to) > ACT_REACH:
        return "", frozenset()  # a verb this far off governs another phrase than the time
    # A verb said in other words ("detected" / "discovered") is one act.
    said = next((head for start, end, head in sentence.paraphrases if start <= act.start < end), act.concept)
    return said, frozenset(w.concept for w in done_to
                           if not w.capitalised and not any(x <= w.start < y for x, y in valued))


def _act_timed(sentence: Sentence, fact: Fact, clause_end: int, lexicon: Lexicon) -> Predication | None:
    """The verb a time times: the last finite verb before it in its clause, else the first after
    it, before the clause ends (``_clause_end``)."""
    end = _clause_end(sentence, fact, clause_end, lexicon)
    return act_before(sentence, fact) or next((p for p in sentence.predications
                                               if p.finite and fact.end <= p.start and p.end <= end), None)


def _clause_end(sentence: Sentence, fact: Fact, end: int, lexicon: Lexicon) -> int:
    """Where the clause of a time ends after it, for the verb after it: at a conjunction that
    opens another clause ("during the landslide on Sunday, but most were evacuated" times no
    evacuation; ``dates.yaml`` clause_conjunctions)."""
    openers = lexicon.words("dates", "clause_conjunctions")
    return next((t.start for t in sentence.tokens if fact.end <= t.start < end and t.norm in openers), end)


def _phrase_start(sentence: Sentence, fact: Fact, start: int, lexicon: Lexicon) -> int:
    """Where the noun phrase a time of no verb is of starts: after the preposition before that
    phrase ("in the area during the main landslide on Sunday" times the landslide)."""
    bounds = lexicon.words("dates", "phrase_prepositions")
    lead = [t for t in sentence.tokens if start <= t.start and t.end <= fact.start]
    return max([start] + [t.start for t in lead[:-1] if t.norm in bounds])


def _restated_day(sentence: Sentence, fact: Fact) -> Fact | None:
    """The date a date in brackets right after it writes again ("on Wednesday night (March
    29)"): one day, of the act the first is of."""
    before = next((f for f in reversed(sentence.facts) if f.end <= fact.start), None)
    if before is None or before.kind not in DATE_KINDS \
            or sentence.text[before.end:fact.start].strip() != "(" \
            or not sentence.text[fact.end:].lstrip().startswith(")"):
        return None
    return before


def _shares_of_two_wholes(sa: Sentence, i: int, sb: Sentence, j: int) -> bool:
    """Whether two shares are each told of a place or a holder of its own ("The X vote was
    52%" / "voters in Y ..., with 57%"), two that are not one, and neither sentence names the
    other's: a share of one whole is no value of a share of another, even where one whole
    holds the other (a county's and a town's turnout), as a toll of one scene may be."""
    def whole(s: Sentence, k: int) -> Name | None:
        place = s.fact_places[k]
        return place.name if place is not None else s.holders(s.facts[k]).subject

    wa, wb = whole(sa, i), whole(sb, j)
    if wa is None or wb is None or wa.same_entity(wb):
        return False
    return not any(n.same_entity(wb) for n in sa.names) and not any(n.same_entity(wa) for n in sb.names)


def _places_a_part_in(sentence: Sentence, place: Name, lexicon: Lexicon) -> bool:
    """Whether the sentence names the place after a place preposition ("most of them in X").
    (Not as the owner of a part, "in X's north", which places a figure in that part of X.)"""
    return any(places_in(n.preposition, lexicon) and not n.possessive and n.same_entity(place)
               for n in sentence.names)


OUTCOME_REACH = 12
"""Characters between a figure and the outcome word that tells what it did ("290 voted for",
"310 members voted against", "fell 3%")."""


def _own_outcome(sentence: Sentence, fact: Fact) -> Outcome | None:
    """The outcome word right beside a figure in its clause: after it ("290 voted for") or
    right before it ("fell 3%"), no comma between."""
    text = sentence.text
    for o in sentence.outcomes:
        if o.start >= fact.end:
            gap: str | None = text[fact.end:o.start]
        else:
            gap = text[o.end:fact.start] if o.end <= fact.start else None
        if gap is not None and len(gap) <= OUTCOME_REACH and not any(ch in gap for ch in ",;:()") \
                and (o.start >= fact.end or len(gap.strip()) == 0):
            return o
    return None


def _sides_apart(side_a: _Side, i: int, side_b: _Side, j: int, lexicon: Lexicon) -> bool:
    """Whether each figure is told with its own outcome, of one pair of opposites, on opposite
    sides ("310 voted against" / "290 voted for"): the two count two sides, not one thing. (Not
    of a level's moves: "rose 6%" / "fell 2%" are two tellings of one change.)"""
    a, b = side_a.outcome(i), side_b.outcome(j)
    return a is not None and b is not None and a.group == b.group and a.side != b.side \
        and a.group not in lexicon.compiled(level_moves)[0]


_PARTS = (FactKind.COUNT, FactKind.MONEY, FactKind.NUMBER)
"""Kinds of figure that add up to a whole, a bare number among them ("52 in X, 33 in Y")."""


def _breaks_down(sentence: Sentence, i: int) -> bool:
    """Whether the ``i``-th figure is the first of its sentence's parts-to-a-whole and later
    ones are placed ("160 died: 52 in the harbour district, 33 in Y"): the whole, told before its parts
    (the parts themselves, "52 in the harbour district", are no whole however their place is named)."""
    parts = [k for k, f in enumerate(sentence.facts) if f.kind in _PARTS and f.unit not in CLOCK_TIMES]
    whole = sentence.facts[i]
    # (Parts count what the whole counts: "two landslides ..., leaving 125 dead in X" breaks
    # nothing down; a bare number may be a part of any, "52 in X".)
    return bool(parts) and parts[0] == i \
        and any(sentence.fact_places[k] is not None
                and (not sentence.facts[k].unit or not whole.unit or sentence.facts[k].unit == whole.unit)
                for k in parts[1:])


def _placed_apart(sa: Sentence, i: int, sb: Sentence, j: int, lexicon: Lexicon) -> bool:
    """Whether the ``i``-th figure of ``sa`` is given for another place than the ``j``-th of
    ``sb``, as ``sa`` itself tells them apart: it places that figure in one place and names
    the other's too ("92 died in X, while Y ..." against "37 died in Y"), or places another
    figure of its kind in the other's place ("34 in his district, while in Y 35 ..." against
    "37 died in Y": the 35 is Y's). Two outlets that each name one place say nothing of
    which is which (a county and a town in it may be one scene)."""
    there = sb.fact_places[j]
    additive = sa.facts[i].kind in (FactKind.COUNT, FactKind.MONEY)  # (a part of a whole adds up)
    if additive and there is not None \
            and _one_of_the_places(sa, i, places_listed(sb.text, sb.names, there.name)):
        return True
    if there is None:
        # "X counted the most deaths, with 1,140" against "killed 2,260, most of them in X":
        # a place that holds the one figure is where the other places only a part of its own.
        held = sb.holders(sb.facts[j]).subject
        return additive and held is not None and sa.fact_places[i] is None \
            and sa.holders(sa.facts[i]).subject is None and _places_a_part_in(sa, held, lexicon)
    here = sa.fact_places[i]
    if here is not None and (here.same_place(there) or _same_places_listed(sa, here, sb, there)):
        return False
    if here is not None and any(n.same_entity(there.name) for n in sa.names
                                if not _names_the_measured(sa, sa.facts[i], n, here)
                                and not qualifies_a_noun(sa, n, lexicon) and not locates(sa, here.name, n)):
        return True
    if additive and here is None and _places_a_part_in(sa, there.name, lexicon):
        # "killed 2,260 people, most of them in X" against "1,140 died in X": a sentence
        # that places some of its figure in X, but not the figure, gives the whole of it.
        return True
    kind = sa.facts[i].kind
    if additive and here is None and not is_country(there.name, lexicon) and _breaks_down(sa, i):
        # "160 died: 52 in the harbour district, 33 in Y" against "41 died in X": a sentence that
        # breaks its figure down by place gives, unplaced, the whole, and a town's figure is
        # one of the parts. (A country holds the whole.)
        return True
    return any(k != i and place is not None and sa.facts[k].kind is kind and place.same_place(there)
               for k, place in enumerate(sa.fact_places))


_SCOPE_PREPOSITIONS = frozenset({"in", "across"})
"""Words before a count of places that make it the extent of a figure before it ("40,000
homes in three counties")."""


def _scoped(sentence: Sentence, i: int) -> Fact | None:
    """The figure the ``i``-th count spans places of: the count follows "in" or "across" right
    after that figure's words in its clause ("cut power to 40,000 homes in three counties");
    None where the count is not so placed."""
    fact = sentence.facts[i]
    before = sentence.text[:fact.start].split()
    if fact.kind is not FactKind.COUNT or not before or before[-1].casefold() not in _SCOPE_PREPOSITIONS:
        return None
    start, _ = sentence.clause_at(fact.start)
    return next((f for f in reversed(sentence.facts[:i]) if f.start >= start and f.kind not in DATE_KINDS),
                None)


def _scopes_apart(sa: Sentence, i: int, sb: Sentence, j: int) -> bool:
    """Whether two counts of places are the extents of two other figures that count people of
    different fates ("customers" without power / the dead): where two things happened."""
    xa, xb = _scoped(sa, i), _scoped(sb, j)
    if xa is None or xb is None:
        return False
    return sa.measure(xa).fates != sb.measure(xb).fates


def _same_places_listed(sa: Sentence, here: Placed, sb: Sentence, there: Placed) -> bool:
    """Whether two figures are placed across one list of places, in any order ("in X and Y" /
    "in Y and X"): each names the other's places."""
    mine = places_listed(sa.text, sa.names, here.name)
    theirs = places_listed(sb.text, sb.names, there.name)
    return len(mine) > 1 and here.relation == there.relation \
        and all(any(a.same_entity(b) for b in theirs) for a in mine) \
        and all(any(b.same_entity(a) for a in mine) for b in theirs)


def _settings_apart(sa: Sentence, i: int, sb: Sentence, j: int, corpus: Corpus) -> bool:
    """Whether two counts are told of two settings (``Measure.setting``: those on board and those
    on the ground), or one of a setting and one of none where the story tells the unit in two
    (``Corpus.split_by_setting``): the whole is no one setting's count."""
    a, b = sa.measures[i].setting, sb.measures[j].setting
    if a and b:
        return a != b
    return bool(a or b) and sa.facts[i].unit in corpus.split_by_setting


def _nations_apart(sa: Sentence, i: int, sb: Sentence, j: int, corpus: Corpus) -> bool:
    """Whether two counts are told of two sets of countries (``Sentence.fact_nations``): one
    country's toll and another's, or one country's and that of two ("in X and Y"). A count
    told of no country may be of any, but where the story tells its kind for countries apart
    (``Corpus.split_by_nation``), it is the whole, and no one country's."""
    a, b = sa.fact_nations[i], sb.fact_nations[j]
    if a and b:
        return a != b
    return bool(a or b) and sa.facts[i].unit in corpus.split_by_nation


def _one_place_of_several(sa: Sentence, i: int, sb: Sentence, j: int, corpus: Corpus) -> bool:
    """Whether two counts are placed in two places, or one in a place and the other in none, where
    the story tells counts of their unit place by place (``Corpus.split_by_place``): one place's
    count is a part, not the whole the other may give, nor another place's. (Where no source
    places counts of a unit in two places, a place named may be the story's scene, and its
    count the whole. A claim checked against the story is none of its sentences: one may leave
    out where a count was, whoever places it.)"""
    here, there = sa.fact_places[i], sb.fact_places[j]
    if here is None and there is None or sa.facts[i].unit not in corpus.split_by_place \
            or not (corpus.by_key.get(sa.key) is sa and corpus.by_key.get(sb.key) is sb):
        return False
    if corpus.headline_fate(sa, i) and corpus.headline_fate(sb, j) \
            and not _count_of_a_place_apart(sa, i, here, corpus) \
            and not _count_of_a_place_apart(sb, j, there, corpus):
        return False  # each source's toll of the story, wherever one places it ("the toll in X")
    if here is not None and there is not None:
        return not here.same_place(there) and not _same_places_listed(sa, here, sb, there)
    return not (sa.fact_nations[i] or sb.fact_nations[j])


def _count_of_a_place_apart(sentence: Sentence, i: int, placed: Placed | None, corpus: Corpus) -> bool:
    """Whether a count is placed where only its own source names, and is told as no whole (no
    "toll", "total" or "number" in its clause): "a dozen bodies were pulled from the lake near X"
    counts that place's part; "the toll in X has climbed to 1,300" is the story's toll,
    wherever the story is."""
    if placed is None:
        return False
    wholes = corpus.lexicon.words("measures", "superseded_nouns")
    lo, hi = sentence.clause_at(sentence.facts[i].start)
    if any(t.norm in wholes for t in sentence.tokens if lo <= t.start < hi):
        return False
    return sum(corpus.mentions(source, placed.name) for source in corpus.names_by_source) <= 1


def _peopled_apart(sa: Sentence, i: int, sb: Sentence, j: int) -> bool:
    """Whether the first is a count of a place's people ("X, a city of 64,000") and the second
    a count of those something befell, of people not told as a place's own ("1,500 people
    gathered"), or of another place's people: two counts."""
    place = sa.holders(sa.facts[i]).peopled
    if place is None:
        return False
    other = sb.holders(sb.facts[j]).peopled
    if other is None:
        return bool(sb.measures[j].fates) or sb.facts[j].unit not in RESIDENT_UNITS
    return not place.same_entity(other)


def _distances_of_two_places(sa: Sentence, i: int, sb: Sentence, j: int, lexicon: Lexicon) -> bool:
    """Whether two distances, each told from a place (``Measure.origin``), are the distances of
    two named places, neither named in the other's sentence: the name each figure's clause
    makes it of, the name next before it, or the place its clause is in ("Residents of X -
    some 73 km from the dam", "the town of Y, which is 60 km downstream from the dam"). Two
    places lie at two distances from one origin. (Asked of two sentences of the story only: a
    claim checked against it may tell the distance of a thing inside the place a source gives
    it of, "X High School is 50 miles from Y" / "the town of Z, 50 miles from Y".)"""
    ma, mb = sa.measures[i], sb.measures[j]
    if not (ma.origin and mb.origin and ma.nouns & mb.nouns & {concept(DISTANCE, lexicon)}):
        return False
    here, there = _at_the_distance(sa, i), _at_the_distance(sb, j)
    # (A sentence that names the other's place too may tell its distance of a list of places,
    # "X and Y, 500 km from Z", of a place told with its region, "X, Y, 40 miles from Z", or
    # the other way round, "the eruption, 3 km from X" / "X was 4 km from the eruption".)
    return here is not None and there is not None \
        and not any(n.same_entity(here) for n in sb.names) and not any(n.same_entity(there) for n in sa.names)


DISTANCE = "distance"
"""The noun of what a figure "from" or "north of" a place measures (``measured_after``)."""


def _at_the_distance(sentence: Sentence, i: int) -> Name | None:
    """The named place a distance is of: the name its clause makes it of, else the nearest
    name before it, else where it is placed (a conversion in brackets, "73 km (45 miles)", is
    of the place of the figure it converts)."""
    twin = bracket_twin(sentence, i)
    if twin is not None and twin < i:
        i = twin
    placed, held = sentence.fact_places[i], sentence.fact_holders[i]
    return held.subject or held.nearest or (placed.name if placed is not None else None)


RESIDENT_UNITS = frozenset({"resident", "inhabitant"})
"""Units that count a place's own people, whatever the words around them: a count in another
unit ("1,500 people gathered") is no count of a population."""


def _at_and_after(sa: Sentence, i: int, sb: Sentence, j: int) -> bool:
    """Whether a measured level is told after an event ("After coming ashore, ... with winds
    of 60 mph") and the other in a sentence that tells the event itself, placing its figure on
    neither side of it ("made landfall ..., packing winds of 80 mph"): the level at the event
    and the level after it, two readings of a thing that changes. (A count of what the event
    did, "the toll after the quake", is the event's own, and stays one.)"""
    after, at = sa.measures[i], sb.measures[j]
    if after.moment != 1 or not after.moment_of or at.moment != 0:
        return False
    if not measured_quantity(sa.facts[i].unit) or not measured_quantity(sb.facts[j].unit):
        return False
    return any(w.concept == after.moment_of and w.end <= sb.facts[j].start for w in sb.words)


def _whole_of_listed(sa: Sentence, i: int, sb: Sentence, j: int) -> bool:
    """Whether one figure is placed in none of the places its sentence lists ("Conditions
    across X and Y are grim; the overall toll stands at 163") and the other is placed in one of
    them ("41 died in Y"): the one is the whole across them, the other a part."""
    return any(_unplaced_among(s, k, other, m) for s, k, other, m in ((sa, i, sb, j), (sb, j, sa, i)))


def _unplaced_among(sentence: Sentence, k: int, other: Sentence, m: int) -> bool:
    """Whether the ``k``-th figure is placed in none of the places its sentence lists, and the
    ``m``-th of the other sentence in one place alone that the list holds."""
    there, fact = other.fact_places[m], sentence.facts[k]
    # (Only a sum or a count of things adds up over places, not a distance; and a figure placed
    # in a list of places is placed in the whole, not in one of them.)
    if there is None or sentence.fact_places[k] is not None \
            or fact.kind not in (FactKind.COUNT, FactKind.MONEY) or measured_quantity(fact.unit) \
            or len(places_listed(other.text, other.names, there.name)) > 1:
        return False
    return any(len(listed := places_listed(sentence.text, sentence.names, n)) > 1
               and any(place.same_entity(there.name) for place in listed) for n in sentence.names)


def _one_of_the_places(sentence: Sentence, i: int, places: list[Name]) -> bool:
    """Whether the ``i``-th figure is of one place alone, placed in it or told right after it
    ("in Y, 14 died", "Y, 14 deaths; Z, 9"), that is one of several a figure of all of them
    spans ("killed 60 across X, Y and Z"): a part of that whole."""
    if len(places) < 2:
        return False
    placed = sentence.fact_places[i]
    own = placed.name if placed is not None else sentence.holders(sentence.facts[i]).nearest
    heading = sentence.text[own.end:sentence.facts[i].start].strip() if own is not None else ""
    if placed is None and own is not None and heading not in (",", ":"):
        return False  # (a name before it that is no heading of its item: "struck X, killing 600")
    if own is None or (placed is not None
                       and len(places_listed(sentence.text, sentence.names, placed.name)) > 1):
        return False  # (a figure across a list of places is a whole itself)
    return any(own.same_entity(n) for n in places)


def locates(sentence: Sentence, place: Name, name: Name) -> bool:
    """Whether the name, set after the place by a comma alone, says where the place is
    ("near Tarnby, Vellshire, packing winds"): the region holds the place, and a figure placed
    in the one is placed in the other. A list goes on past it ("in X, Y and Z")."""
    if sentence.text[place.end:name.start] != ", ":
        return False
    return _LIST_GOES_ON.match(sentence.text, name.end) is None


_LIST_GOES_ON = re.compile(r"(?:,?\s+(?:and|or|&)\s|,\s+[A-Z])")
"""What follows a name that goes on in a list ("X, Y and Z", "X, Y, Z"): no region of the place."""


def qualifies_a_noun(sentence: Sentence, name: Name, lexicon: Lexicon) -> bool:
    """Whether the name qualifies the plain noun right after it ("the Tarn floods", "the Vell
    fire in Palder"): it names what the noun is of, no place the sentence sets apart from the
    one it places its figure in. (Not a kind of place: "the Tarn district" is the place.)"""
    after = _WORD_AFTER.match(sentence.text, name.end)
    if after is None:
        return False
    word = after[1].casefold()
    return word not in stopwords(lexicon) and word not in lexicon.words("entities", "place_kinds") \
        and word not in lexicon.words("entities", "place_heads")


_WORD_AFTER = re.compile(r" ([a-z][a-z-]+)\b")


def _names_the_measured(sentence: Sentence, fact: Fact, name: Name, place: Placed) -> bool:
    """Whether the name stands between a figure and the place it is placed in, in one phrase
    ("the 700-acre Tarn hunting estate in Vell"): it names the thing measured, which the
    place holds, and is no other place the sentence tells apart from it."""
    return fact.end <= name.start and name.end <= place.name.start \
        and not any(mark in sentence.text[fact.end:place.name.start] for mark in ",;:")


PRICED_REACH = 16
"""Words between a verb of buying and the price after it, in its clause ("to acquire X in a
transaction valued at $44.5 billion")."""


def _bought(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> Name | None:
    """What a price is paid for: the first name after the last verb of buying or selling
    before it in its clause ("buying Vell Corp. for $38 billion", "to acquire Palder in a deal
    valued at $44.5 billion"); None where no such verb stands within ``PRICED_REACH`` words."""
    if fact.kind is not FactKind.MONEY:
        return None
    lo, _ = sentence.clause_at(fact.start)
    trade = {concept("buy", lexicon), concept("sell", lexicon)}
    verbs = [w for w in sentence.words if lo <= w.start < fact.start and w.concept in trade]
    if not verbs:
        return None
    verb = verbs[-1]
    if len([t for t in sentence.tokens if verb.start < t.start < fact.start]) > PRICED_REACH:
        return None
    return next((n for n in sentence.names if verb.start < n.start < fact.start), None)


def _bought_apart(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact, lexicon: Lexicon) -> bool:
    """Whether two prices are paid for two things: each is of a name bought or sold, the two
    are different entities, and neither sentence names the other's ("buying Vell for $38
    billion" / "an earlier deal by Norvex to acquire Palder ... valued at $44.5 billion")."""
    ta, tb = _bought(sa, fa, lexicon), _bought(sb, fb, lexicon)
    if ta is None or tb is None or ta.same_entity(tb):
        return False
    return not any(tb.same_entity(n) for n in sa.names) and not any(ta.same_entity(n) for n in sb.names)


def _people_part_of_all(part: Fact, whole: Fact, lexicon: Lexicon) -> bool:
    """Whether a count of people names a part of them (``people_parts``: "Twelve children
    died") and the other count, no larger, names none of them ("25 people died", "25 dead")."""
    parts = lexicon.words("units", "people_parts")
    return part.value is not None and whole.value is not None and part.value <= whole.value \
        and part.unit == whole.unit and part.unit not in parts \
        and counted_noun(part) in parts and counted_noun(whole) not in parts


def _one_of_the_parts(told: Fact, total: Fact) -> bool:
    """Whether a count is the value of one part of a count told by its parts ("30 are missing" /
    "30 children and eight adults are missing"): the one counts that part, not the whole."""
    return told.value is not None and any(math.isclose(told.value, part) for part in listed_parts(total))


def _held_by_the_unmentioned(side: _Side, i: int, other: _Side) -> bool:
    """Whether the subject that holds the figure is one the other source never names, in any
    sentence ("X, starring Y, cost $96m" where the other article never names X): that
    article's figures are of what it writes about, not of X. (Not a lone word opening the
    sentence: read as a name only where the story writes it in one, "Tech giant X" of "Big Tech",
    it may be no name at all.)"""
    fact = side.s.facts[i]
    if fact.kind in DATE_KINDS:
        return False  # (a date is its act's, whoever the sentence has do it)
    holder = side.s.holders(fact).subject
    read = other.corpus.names_by_source  # (a sentence read alone has no article to ask)
    return holder is not None and (holder.start > 0 or len(holder.words) > 1) and other.s.source in read \
        and not other.corpus.mentions(other.s.source, holder) and not _called_by_its_kind(holder, other.s)


def _called_by_its_kind(holder: Name, other: Sentence) -> bool:
    """Whether the other sentence names the holder by the common noun its name ends with ("the
    Tarn River Gorge" / "a 300-metre-deep gorge"): the same thing, unnamed, not another."""
    head = holder.words[-1] if len(holder.words) > 1 else ""
    return bool(head) and any(t.norm == head and t.text.islower() for t in other.tokens)


def _held_apart(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact, lexicon: Lexicon) -> bool:
    """Whether each sentence names who holds its figure, as the subject or possessor of the
    figure's own clause, and the two are different entities ("X, who was fined for three
    breaches" / "Y was fined for five breaches"). Where one side names no holder ("the firm
    was fined"), nothing is told apart."""
    ha, hb = sa.holders(fa).subject, sb.holders(fb).subject
    for (s1, f1, h1), (s2, h2) in (((sa, fa, ha), (sb, hb)), ((sb, fb, hb), (sa, ha))):
        if h1 is not None and h2 is None and _names_others(s2, h1, lexicon) and (
                _in_relative_clause(s1, f1, lexicon) and _named_inside(s1, h1, lexicon)
                or _holders_tell_apart(s1, f1, h1, loosely=True)):
            # "The fee is a record after X, who joined A from B in 2021": a figure told in a
            # clause about a name the sentence brings in past its subject is that name's, and a
            # sentence that never names it gives a figure of someone else. (A clause about the
            # subject, "The Y Fire, which destroyed 340 homes", tells of what the story is about.)
            # So is a figure the sentence gives one holder beside another's ("awarded X $9m
            # and Y $3m"): its holder is what tells it from the other.
            return True
    if ha is None or hb is None or ha.same_entity(hb):
        return False
    if _may_nest(ha, hb, lexicon):
        return False  # ``_placed_apart`` tells places apart
    # A holder the other sentence names as well may be its holder too, under another role;
    # not where that sentence makes it the holder of another of its figures ("X (58 from 94
    # balls) and Y (39 off 27)": the 94 is X's, and Y has figures of its own).
    return not _named_otherwise(sb, fb, ha, lexicon) and not _named_otherwise(sa, fa, hb, lexicon)


PRONOUN_REACH = 4
"""Words between a figure and the personal pronoun before it that says whose it is ("she was
granted $1m", "granting him $8m")."""


def _pronouns_apart(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact, lexicon: Lexicon) -> bool:
    """Whether each figure's clause tells its holder by a personal pronoun just before it, one
    of a man and one of a woman (``gendered_pronouns``): two people's figures."""
    def gender(s: Sentence, f: Fact) -> str:
        start, _ = _clause_of(s, f)
        before = [t for t in s.tokens if start <= t.start and t.end <= f.start][-PRONOUN_REACH:]
        if any(n.start >= (before[0].start if before else f.start) and n.end <= f.start for n in s.names):
            return ""  # a name nearer the figure says whose it is
        return next((genders[t.norm] for t in reversed(before) if t.norm in genders), "")

    genders = lexicon.compiled(_gendered_pronouns)
    ga, gb = gender(sa, fa), gender(sb, fb)
    return bool(ga and gb) and ga != gb


def _gendered_pronouns(lexicon: Lexicon) -> dict[str, str]:
    table = lexicon.table("entities", "gendered_pronouns", {}) or {}
    return {str(w).casefold(): str(sex) for sex, words in table.items() for w in words}


def _one_and_its_kind(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact, lexicon: Lexicon) -> bool:
    """Whether one figure is held by a name of one of a kind ("Harbour Clinic treated 12
    patients") and the other, held by no name, is told of that kind in the plural before it
    in its clause ("clinics reported treating more than 30 patients"): one of them and all of them."""
    held = sa.holders(fa)
    holder = held.subject or held.nearest
    if holder is None or sb.holders(fb).subject is not None:
        return False
    kinds = {concept(w, lexicon) for w in holder.words if w.isalpha()}
    start, _ = _clause_of(sb, fb)
    # (In lower case, but for the sentence's first word: a capital inside it begins a name.)
    plurals = (w.group().casefold() for w in re.finditer(r"[A-Za-z]+", sb.text[start:fb.start])
               if w.group().islower() or start + w.start() == 0)
    return any(w.endswith("s") and concept(w, lexicon) in kinds and concept(w[:-1], lexicon) in kinds
               for w in plurals)


def _may_nest(ha: Name, hb: Name, lexicon: Lexicon) -> bool:
    """Whether two holders may be a place and a place inside it, a country's figure and a
    town's: either is a place, but not both countries ("Norway ended with eight wins" /
    "Chile, who ended with 11 wins": two countries' figures)."""
    places, countries = lexicon.words("entities", "place_heads"), lexicon.compiled(_countries)
    return any(h.nation or h.key in countries or (h.words and h.words[-1] in places) for h in (ha, hb)) \
        and not all(h.key in countries for h in (ha, hb))


def _named_otherwise(sentence: Sentence, fact: Fact, holder: Name, lexicon: Lexicon) -> bool:
    """Whether the sentence names the holder in a role that may hold the figure: anywhere,
    unless it is the holder of another of its figures and this figure has a holder of its own.
    A possessive owns the noun after it: the owner of the figure's own noun holds the figure
    ("Y's time of 2:03:16", whoever else is named), and the owner of another noun ("X won, beating
    Y's old mark") is named in no role that holds it. Nor, where the figure has a holder of its
    own, is a name in another clause than the figure's ("The X deal comes a week after Y said it
    would buy Z for $6 billion": the $6 billion is Y's)."""
    own = sentence.holders(fact).subject
    if own is not None and own.possessive and not own.same_entity(holder):
        return False
    if own is not None and not own.same_entity(holder) \
            and _counted_in_its_own_clause(sentence, fact, holder, lexicon):
        # "Party A holds nine seats, X is on four, ...": a list names each holder with its own
        # number, the unit left to the first; X holds the four, not the nine.
        return False
    lo, hi = _subordinate_clause(sentence, fact, lexicon) if own is not None and not own.same_entity(holder) \
        else (0, len(sentence.text))
    if not any(n.same_entity(holder) and (not n.possessive or n is own) and lo <= n.start < hi
               for n in sentence.names):
        return False
    return own is None or own.same_entity(holder) or not any(
        h.subject is not None and h.subject.same_entity(holder) for h in sentence.fact_holders)


def _counted_in_its_own_clause(sentence: Sentence, fact: Fact, holder: Name, lexicon: Lexicon) -> bool:
    """Whether every naming of the holder is in a stretch of its own, set off by commas or
    semicolons away from the figure, that gives a number (a figure, or a bare number in digits
    or words: "X is on four")."""
    numbers = lexicon.words("numbers", "word_numbers")
    text = sentence.text

    def stretch(at: int) -> tuple[int, int]:
        lo = max(text.rfind(",", 0, at), text.rfind(";", 0, at)) + 1
        ends = [k for k in (text.find(",", at), text.find(";", at)) if k >= 0]
        return lo, min(ends, default=len(text))

    named = [n for n in sentence.names if n.same_entity(holder)]
    if not named:
        return False
    for n in named:
        lo, hi = stretch(n.end)
        if lo <= fact.start < hi or not any(
                lo <= t.start < hi and (t.norm[:1].isdigit() or t.norm in numbers) for t in sentence.tokens):
            return False
    return True


def _subordinate_clause(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> tuple[int, int]:
    """The span of the figure's clause, cut where a subordinator opens another (``subordinators``:
    "after", "that", "which"), before or after the figure."""
    a, b = sentence.clause_at(fact.start)
    subordinators = lexicon.words("verdicts", "subordinators")
    cuts = [t.start for t in sentence.tokens if a < t.start < b and t.norm in subordinators]
    return (max([c for c in cuts if c <= fact.start], default=a),
            min([c for c in cuts if c >= fact.end], default=b))


RELATIVE_REACH = 4
"""Words between a relative pronoun and the figure its clause gives ("that had killed at least")."""


def _of_a_noun_unnamed(side: _Side, i: int, other: Sentence) -> bool:
    """Whether the ``i``-th figure stands in a relative clause about a noun named past the
    sentence's subject ("... in the wake of the quake that killed 31") that the other sentence
    never names: a figure of that noun, another thing than any the other sentence tells of."""
    noun = side.relative_noun(i)
    return bool(noun) and noun not in other.concepts


def _relative_noun(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> str:
    """The concept of the noun a relative clause holding the figure is about, where that noun
    is named past the sentence's subject; "" for none. (A clause about the subject, "The fire,
    which destroyed 340 homes, ...", tells of what the sentence is about.)"""
    toks = [t for t in sentence.tokens if t.end <= fact.start]
    stop = stopwords(lexicon)
    pronouns = lexicon.words("polarity", "relative_pronouns")
    for k in range(len(toks) - 1, max(0, len(toks) - 1 - RELATIVE_REACH), -1):
        upto = toks[k + 1].start if k + 1 < len(toks) else fact.start
        if CLAUSE_PUNCTUATION.search(sentence.text, toks[k].end, upto):
            return ""
        if toks[k].norm not in pronouns:
            continue
        noun = toks[k - 1]
        after = toks[k + 1] if k + 1 < len(toks) else None
        if (after is None or after.norm in stop or noun.norm in stop or not noun.norm.isalpha()
                or noun.norm.endswith("ed") or noun.text[:1].isupper()
                or not any(t.norm not in stop for t in toks[:k - 1])):
            return ""  # ("said that the ...": a statement; "The fire, which": the subject)
        return concept(noun.norm, lexicon)
    return ""



def _in_relative_clause(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> bool:
    """Whether the figure stands in a relative clause set off by a comma ("X, who ...")."""
    comma = sentence.text.rfind(",", 0, fact.start)
    first = next((t for t in sentence.tokens if t.start > comma), None) if comma >= 0 else None
    return first is not None and first.norm in lexicon.words("entities", "comma_relatives")


def _names_others(sentence: Sentence, name: Name, lexicon: Lexicon) -> bool:
    """Whether the sentence names others and never the name, nor opens with a pronoun that
    may stand for it ("It strengthened ...")."""
    toks = sentence.tokens
    if not sentence.names or toks and toks[0].norm in lexicon.words("entities", "standing_pronouns"):
        return False
    return not any(n.same_entity(name) for n in sentence.names)


def _named_inside(sentence: Sentence, name: Name, lexicon: Lexicon) -> bool:
    """Whether a content word stands before the name: it does not open the sentence."""
    stop = stopwords(lexicon)
    return any(t.end <= name.start and t.norm not in stop and t.norm.isalpha() for t in sentence.tokens)


def _countries(lexicon: Lexicon) -> frozenset[str]:
    """The places of ``nations.yaml``, in lower case (the first word of each group)."""
    groups = lexicon.table("nations", "demonyms", []) or []
    return frozenset(str(group[0]).casefold() for group in groups if group)


def _reading_time(sentence: Sentence, day: Fact) -> bool:
    """Whether a time is the time a figure of the sentence was read at (``Measure.when``: "the
    tally stood at 38% on Friday evening"): two readings of a running figure at two times
    are two readings, no two dates of one event."""
    return any(m.when is not None and m.when.start == day.start for m in sentence.measures)


NEAR_DAYS = 14
"""Days a weekday or a relative day ("Thursday", "yesterday") names at most away from its
article's date: a full date further from it is the day of another happening."""


def _days_of_two_events(fa: Fact, fb: Fact, dates: tuple[dt.date | None, dt.date | None]) -> bool:
    """Whether one time is a weekday or a relative day, placed near its article's date, and the
    other a full date far from it: an outlet that disagreed on the day would name another day
    of that week, not one a year before; the two are days of two happenings."""
    for near, near_pub, far, far_pub in ((fa, dates[0], fb, dates[1]), (fb, dates[1], fa, dates[0])):
        if near.kind in (FactKind.WEEKDAY, FactKind.RELATIVE) and far.kind is FactKind.DATE \
                and far.day is not None and far.year is not None:
            day, other = resolve_date(near, near_pub), resolve_date(far, far_pub)
            if day is not None and other is not None and abs((day - other).days) > NEAR_DAYS:
                return True
    return False


def _times_tied(side_a: _Side, i: int, side_b: _Side, j: int, rel: FactRelation) -> float | None:
    """What the acts of two times add to the words their sentences share: as much as those
    words must be where one figure ties the times (``_tied_by_a_figure``), None where the
    times are of no one event (two readings of a running figure at two times,
    ``_reading_time``; two acts, ``_timed_acts_differ``), else nothing."""
    sa, sb = side_a.s, side_b.s
    if rel is FactRelation.DIFFERENT and _reading_time(sa, sa.facts[i]) and _reading_time(sb, sb.facts[j]):
        return None  # "stood at 38% on Friday evening" / "At 7am on Saturday, it stood at 62%"
    if _points_of_a_series(sa, sa.facts[i], sb, sb.facts[j]):
        return None  # "4.6% in 2031" / "in 2032, to 4.1%": the times of two figures of a series
    if _tied_by_a_figure(sa, sa.facts[i], sb, sb.facts[j], side_a.corpus.lexicon):
        return float(MIN_SHARED_CONTEXT)
    if _timed_acts_differ(side_a, i, side_b, j):
        return None
    # (Two who did one act on one day agree on the day: "X won the race on Sunday" / "Y won ...".)
    apart = rel in CONFLICTING and _done_by_two(sa, sa.facts[i], sb, sb.facts[j], side_a.corpus.lexicon)
    return None if apart else 0.0


SERIES_REACH = 8
"""Characters between a time and the figure it dates in a series ("to 4.6% in 2031", "in 2032,
to 4.1%"): the figure right beside it."""


def _dated_figure(sentence: Sentence, day: Fact) -> Fact | None:
    """The figure a time stands right beside ("to 4.6% in 2031", "in 2032, to 4.1%"), if any."""
    near = [f for f in sentence.facts if f.kind not in DATE_KINDS
            and (0 <= day.start - f.end <= SERIES_REACH or 0 <= f.start - day.end <= SERIES_REACH)]
    return min(near, key=lambda f: min(abs(day.start - f.end), abs(f.start - day.end)), default=None)


def _gives_a_series(sentence: Sentence) -> bool:
    """Whether the sentence gives two or more figures, each beside its own time ("4.1% by the
    end of this year and 4.6% in 2031")."""
    dated = [d for d in sentence.facts if d.kind in DATE_KINDS and _dated_figure(sentence, d) is not None]
    return len(dated) >= 2


def _points_of_a_series(sa: Sentence, day_a: Fact, sb: Sentence, day_b: Fact) -> bool:
    """Whether two times date two different figures of one measure, where a sentence gives a
    series of dated figures: not one moment told two ways, but two points of the series."""
    fa, fb = _dated_figure(sa, day_a), _dated_figure(sb, day_b)
    return fa is not None and fb is not None and fa.kind is fb.kind and fa.unit == fb.unit \
        and fa.value != fb.value and (_gives_a_series(sa) or _gives_a_series(sb))


def _tied_by_a_figure(sa: Sentence, day_a: Fact, sb: Sentence, day_b: Fact, lexicon: Lexicon) -> bool:
    """Whether two times are of one act because the clause of each gives one figure, the same
    in both ("agreed on Tuesday to pay $412.5 million" / "reached a $412.5 million settlement
    on Wednesday"): outlets tell one act in many verbs, but a figure of two significant digits
    or more told alike is seldom of two acts. (A figure of one digit, "two workers", "$1
    million", is the figure of many; one past a word that opens another clause, "arrested on
    Wednesday, hours after a collision that left 36 dead", is of that clause's act.)"""
    openers = lexicon.words("verdicts", "subordinators")

    def telling(sentence: Sentence, day: Fact) -> set[tuple]:
        a, b = _clause_of(sentence, day)
        return {key for f in sentence.facts
                if a <= f.start < b and (key := figure_key(f)) is not None and _significant_digits(f) >= 2
                and not any(t.norm in openers for t in sentence.tokens
                            if min(f.end, day.end) <= t.start < max(f.start, day.start))}
    return bool(telling(sa, day_a) & telling(sb, day_b))


def _held_alike(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact) -> int:
    """1 where each sentence names who holds its figure (``Holders.subject``), it is one
    entity, and a sentence tells its figures apart by their holders ("the X blockbuster, which
    was filmed on a budget of $95m" / "“Y” ($70m) and “X” ($88m)"): there the holder says
    which figure is which, as a shared word would. (A holder alone may be a type or a body
    with many figures: "the previous X flight delivered five" / "an X rocket carrying seven".)"""
    ha, hb = sa.holders(fa).subject, sb.holders(fb).subject
    if ha is None or hb is None or not ha.same_entity(hb):
        return 0
    return int(any(_holders_tell_apart(s, f, h) for s, f, h in ((sa, fa, ha), (sb, fb, hb))))


def _holders_tell_apart(sentence: Sentence, fact: Fact, holder: Name, loosely: bool = False) -> bool:
    """Whether the sentence gives another figure of the same kind held by another name (its
    subject; ``loosely``, or the nearest name before it: "awarded X $9m and Y $3m")."""
    for f, h in zip(sentence.facts, sentence.fact_holders, strict=True):
        other = h.subject or (h.nearest if loosely else None)
        if f.kind is fact.kind and f is not fact and other is not None and not other.same_entity(holder):
            return True
    return False


def _told_alike(a: Fact, b: Fact, rel: FactRelation) -> int:
    """1 where two figures give one value of two significant digits or more ("126 months" /
    "10 years and six months"): one exact value told alike is seldom of two things, as a
    round one of a single digit ("two workers") may be. (Times are tied by their acts.)"""
    return int(rel is FactRelation.SAME and a.kind not in DATE_KINDS
               and _significant_digits(a) >= 2 <= _significant_digits(b))


def _significant_digits(fact: Fact) -> int:
    """``facts.significant_digits`` of the figure's value."""
    return significant_digits(fact.value or 0.0)


def _timed_acts_differ(side_a: _Side, i: int, side_b: _Side, j: int) -> bool:
    """Whether two times time two acts: the verbs that govern them differ ("decided on
    Thursday" / "on Saturday joined"), or one verb is done to two things ("launched the
    mission at 2:35 pm" / "started the descent at 5:20 pm"). A story gives the times of many
    acts, and a sentence's only time is the time of one of them, not of the other's act."""
    (act_a, done_a), (act_b, done_b) = side_a.timed_act(i), side_b.timed_act(j)
    if not act_a and not act_b:
        return False
    if not act_a or not act_b:
        # One time is of a noun phrase, the other of a verb: two things timed when the phrase
        # names neither the verb nor what it was done to ("the start of the season not until
        # next weekend" / "the deal did not become official until Saturday").
        thing, (act, done) = (done_a, (act_b, done_b)) if not act_a else (done_b, (act_a, done_a))
        return bool(thing) and not thing & (done | {act})
    return act_a != act_b or bool(done_a and done_b and not done_a & done_b)


def _done_by_two(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the acts two times time are done by two: each names who did it, by names no one
    entity ("the minister Ann Roe visited the site on Wednesday" / "Vell Agency staff visited the
    site on Tuesday": two visits)."""
    doers_a, doers_b = _doers_of_timed_act(sa, fa, lexicon), _doers_of_timed_act(sb, fb, lexicon)
    return bool(doers_a and doers_b) and not any(n.same_entity(m) for n in doers_a for m in doers_b)


def _doers_of_timed_act(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> list[Name]:
    """The names of the subject of the verb a time times (``_act_timed``), none where it is
    passive or said by someone."""
    fact = _restated_day(sentence, fact) or fact
    act = _act_timed(sentence, fact, _clause_of(sentence, fact)[1], lexicon)
    if act is None or act.passive or not act.subject:
        return []
    return [n for n in sentence.names if n.end <= act.start and not n.speaks and not n.relays
            and not n.possessive and set(n.words) & act.subject]


def _claim_words(sentence: Sentence) -> tuple[frozenset[str], ...]:
    """The words around each fact, none skipped, with the concepts that words near it say in
    other words ("consumer prices rose 3.6%" is a value of inflation as much as "inflation
    was 3.8%")."""
    return tuple(_near(sentence, f) | {head for _, _, head in paraphrases_near(sentence, f.start, f.end)}
                 for f in sentence.facts)


# --- what a value is a value of --------------------------------------------------------------


def _near(sentence: Sentence, fact: Fact) -> frozenset[str]:
    """The words around a fact, none skipped."""
    return words_near(sentence, fact.start, fact.end)


def _ranked(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> str | None:
    """The concept of the word right after an ordinal: the thing it ranks."""
    following = next((t for t in sentence.tokens if t.start >= fact.end), None)
    return concept(following.norm, lexicon) if following is not None else None


def _ranks_a_series(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> bool:
    """Whether the sentence ranks two of what the ordinal ranks ("9 points in the second half
    after allowing 17 in the first half", "9 second-half points after 17 in the first half"):
    it tells of each of a series, so neither ordinal is the sentence's word on which one
    something was."""
    ranked = _ranked(sentence, fact, lexicon)
    if ranked is None:
        return False
    if any(f.kind is FactKind.ORDINAL and f.value != fact.value and _ranked(sentence, f, lexicon) == ranked
           for f in sentence.facts):
        return True
    ordinals = lexicon.table("numbers", "ordinals", {}) or {}
    for token in sentence.tokens:
        rank, _, noun = token.norm.partition("-")
        if noun and rank in ordinals and ordinals[rank] != fact.value and concept(noun, lexicon) == ranked:
            return True
    return False


def figure_key(fact: Fact) -> tuple | None:
    """What makes two figures the same figure (kind, unit, value, upper bound); None for
    dates, ordinals and figures without a value."""
    if fact.kind not in FIGURE_KINDS or not fact.value:
        return None
    return (fact.kind, fact.unit, fact.value, fact.upper)


def both_ages(a: Fact, b: Fact) -> bool:
    """Whether both values are ages: an age is a value of the person it is told of, so the
    name near it says what it measures."""
    return a.unit == b.unit == AGE_UNIT


# --- dates --------------------------------------------------------------------------------------

def _span_edges(lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(concept(str(w), lexicon) for w in side)
                 for side in lexicon.table("dates", "span_edges", []))


def opposite_edges(near_a: frozenset[str], near_b: frozenset[str], lexicon: Lexicon) -> bool:
    """One day is where a span starts and the other where it ends ("set to begin on" / "set
    to expire on")."""
    edges = lexicon.compiled(_span_edges)
    sides_a = {n for n, side in enumerate(edges) if side & near_a}
    sides_b = {n for n, side in enumerate(edges) if side & near_b}
    return len(sides_a) == 1 and len(sides_b) == 1 and sides_a != sides_b


def closes_span(sentence: Sentence, day: Fact, lexicon: Lexicon) -> bool:
    """The date ends a span the sentence gives ("in the three months to Dec. 30"): the end of
    the period a figure is of, not the day anything happened."""
    span = next((f for f in reversed(sentence.facts)
                 if f.kind is FactKind.DURATION and f.end <= day.start), None)
    if span is None:
        return False
    between = sentence.text[span.end:day.start].casefold().split()
    return len(between) == 1 and between[0] in lexicon.words("dates", "span_closers")


def _opens_period(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> bool:
    """The date starts a period ("since Wednesday", "from 1 May")."""
    before = sentence.text[max(0, fact.start - 16):fact.start].split()
    return bool(before) and before[-1].casefold() in lexicon.words("dates", "period_openers")


_SPAN_UNITS = {"year": 365.25, "month": 365.25 / 12}


def _span_until(fa: Fact, fb: Fact, text: str, published: dt.date | None, lexicon: Lexicon) -> Fact | None:
    """A span of years or months (``fa``) as the other sentence gives it, by the date it lasts
    until ("a deal until June 2031", ``fb`` in ``text``), counted from the day that sentence
    was published and rounded to the span's unit; None when it gives no such date."""
    if fa.kind is not FactKind.DURATION or fa.unit not in _SPAN_UNITS or fb.kind is not FactKind.DATE \
            or fb.year is None or published is None:
        return None
    lead = lexicon.phrases(("verdicts", "until_leads"))
    before = text[max(0, fb.start - 24):fb.start].casefold().rstrip()
    if lead is None or not any(m.end() == len(before) for m in lead.finditer(before)):
        return None
    end = dt.date(fb.year, fb.month or 12, (fb.day or 28) if fb.month else 31)
    length = round((end - published).days / _SPAN_UNITS[fa.unit])
    if length <= 0:
        return None
    return replace(fb, kind=FactKind.DURATION, value=float(length), upper=None, unit=fa.unit, qualifier="",
                   canonical=f"{length} {fa.unit}s (until {fb.raw})")


# --- what is counted, and for what ------------------------------------------------------------

def _same_noun(a: Fact, b: Fact, lexicon: Lexicon) -> bool:
    """Whether two counts count the same noun, or nouns that say one thing in other words
    (``paraphrases``: "items", "pieces" and "objects")."""
    if a.kind is not FactKind.COUNT or b.kind is not FactKind.COUNT or not a.unit or not b.unit:
        return False
    if concept(a.unit, lexicon) == concept(b.unit, lexicon):
        return True
    patterns = lexicon.compiled(paraphrase_patterns)
    heads = [{head for head, pattern in patterns if pattern.fullmatch(unit.casefold())}
             for unit in (a.unit, b.unit)]
    return bool(heads[0] & heads[1])


def _one_noun_counted(sa: Sentence, i: int, sb: Sentence, j: int,
                      dates: tuple[dt.date | None, dt.date | None],
                      lexicon: Lexicon) -> tuple[Fact, FactRelation]:
    """The second figure and its relation to the first, as counts of one noun where the two
    count one thing by two nouns ("five Bolivians" and "five Bolivian nationals")."""
    fa, fb = _maximum_as_ceiling(sa.facts[i], sa.measures[i], sb.facts[j], sb.measures[j], lexicon)
    rel = relate_facts(fa, fb, dates[0], dates[1], lexicon)
    if rel is FactRelation.INCOMPARABLE and fa.kind is fb.kind is FactKind.COUNT \
            and _count_one_noun(fa, sa.measures[i], fb, sb.measures[j], lexicon):
        fb = replace(fb, unit=fa.unit)
        rel = relate_facts(fa, fb, dates[0], dates[1], lexicon)
    return fb, rel


_CEILINGS = ("<", "<=")


def _maximum_as_ceiling(fa: Fact, ma: Measure, fb: Fact, mb: Measure, lexicon: Lexicon) -> tuple[Fact, Fact]:
    """The two figures, one told as the most reached ("maximum winds of 150 km/h", measures.yaml
    ``ceiling_qualifiers``) read as a ceiling ("up to") where the other is one ("winds of up to
    190 km/h"): two figures for one limit, not a value within it. (Against a plain figure it
    stays a figure: "maximum winds of 80 mph" / "winds of 75 mph".)"""
    ceilings = lexicon.words("measures", "ceiling_qualifiers")
    if fa.qualifier in _CEILINGS and not fb.qualifier and mb.qualifiers & ceilings:
        return fa, replace(fb, qualifier="<=")
    if fb.qualifier in _CEILINGS and not fa.qualifier and ma.qualifiers & ceilings:
        return replace(fa, qualifier="<="), fb
    return fa, fb


def _count_one_noun(fa: Fact, ma: Measure, fb: Fact, mb: Measure, lexicon: Lexicon) -> bool:
    """Whether one count counts a body of people ("16 crew") and the other the members of that
    body ("15 crew members", units.yaml ``member_nouns``), or both count the members of one
    body ("16 crew members" / "15 crew members"): the nouns say one thing counted.
    (Two counts of one plain noun, "280 goals" and "213 goals", say no more than the story
    does: goals, games, seats, the dead are counted many times over in one story.)"""
    if _membership(ma, fa, lexicon) & _membership(mb, fb, lexicon):
        return True  # "16 Filipino crew members" and "15 crew members"
    nation = _nation_counted(fa, ma, lexicon)
    if nation and nation == _nation_counted(fb, mb, lexicon) and fa.unit != fb.unit:
        return True  # "five Indians" and "five Indian nationals"
    return any(
        count_class(x.unit, lexicon) is not None and concept(x.unit, lexicon) in _membership(m, y, lexicon)
        for x, y, m in ((fa, fb, mb), (fb, fa, ma)))


def _counted_body(s: Sentence, i: int, lexicon: Lexicon) -> str:
    """What the i-th figure counts, as a unit: the body a count of its members counts ("12
    crew members" counts the crew, as "14 crew" does), a nation's people ("five Indians", "five
    Indian nationals"), else the figure's own unit."""
    fact = s.facts[i]
    if fact.kind is not FactKind.COUNT:
        return fact.unit
    body = _membership(s.measures[i], fact, lexicon)
    if len(body) == 1:
        return next(iter(body))
    nation = _nation_counted(fact, s.measures[i], lexicon)
    return NATION_PEOPLE + nation if nation else concept(fact.unit, lexicon)


NATION_PEOPLE = "people of "
"""How the body a count of a nation's people counts is told (``_counted_body``)."""


def _nation_counted(fact: Fact, measure: Measure, lexicon: Lexicon) -> str:
    """The country whose people a count counts, by a word for its people as the noun ("five
    Indians") or before the noun ("five Indian nationals"); "" for none."""
    if fact.kind is not FactKind.COUNT:
        return ""
    place = demonym_place(fact.unit, lexicon)
    if place:
        return place
    places = {demonym_place(w, lexicon) for w in measure.modifiers} - {""}
    return places.pop() if len(places) == 1 else ""


def _membership(measure: Measure, fact: Fact, lexicon: Lexicon) -> frozenset[str]:
    """The body a count of members counts the members of ("15 crew members": the crew), or none."""
    return measure.modifiers if fact.unit in lexicon.words("units", "member_nouns") else frozenset()


def _counts_the_act(sa: Sentence, fa: Fact, near_a: frozenset[str], sb: Sentence, fb: Fact,
                    near_b: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether one count counts acts of a class ("34 deaths") and the other, of another class,
    those who underwent them ("killed 38 people"): the act is the word beside the count of
    people, in a sentence that gives no other count (whose noun that word could be). A count
    of homes the act befell ("45 households were rescued") counts no people."""
    if fa.kind is not FactKind.COUNT or fb.kind is not FactKind.COUNT or not fa.unit or not fb.unit:
        return False
    class_a, class_b = count_class(fa.unit, lexicon), count_class(fb.unit, lexicon)
    if class_a is None or class_b is None or class_a == class_b:
        return False
    people = people_class(lexicon)
    # (Or the fate the sentence tells of its people is the act's class: "58 taken to hospital"
    # counts the "58 hospitalised".)
    return any((concept(act.unit, lexicon) in near and sum(f.kind is FactKind.COUNT for f in side.facts) == 1
                or _fated_as(act, undergoing, side, lexicon))
               and count_class(undergoing.unit, lexicon) == people
               for act, undergoing, near, side in ((fb, fa, near_a, sa), (fa, fb, near_b, sb)))


def _fated_as(act: Fact, undergoing: Fact, side: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence tells the people a count counts as undergoing the act the other
    count counts ("the deaths of four miners" are four dead): the fate is the count's own,
    whatever other counts the sentence gives ("... and injuries to 11 more"); a word beside
    it, by contrast, may be another count's noun."""
    return count_class(act.unit, lexicon) in side.measure(undergoing).fates


_RATE = re.compile(r"^\s*(?:a|an|per|each)\s+([a-z]+)\b", re.IGNORECASE)
_RATE_ADVERB = re.compile(r"^\s*([a-z]+ly)\b", re.IGNORECASE)


def rate_of(text: str, fact: Fact, lexicon: Lexicon) -> str:
    """The concept of the span or thing a value is given for ("$5 a share", "£90k per
    week"), "" when there is none."""
    if fact.kind not in (FactKind.MONEY, FactKind.COUNT, FactKind.NUMBER):
        return ""
    m = _RATE.match(text[fact.end:fact.end + 24])
    if m:
        return concept(m.group(1).casefold(), lexicon)
    # ... or by an adverb: "30 million vehicles annually" is a year's
    adverb = _RATE_ADVERB.match(text[fact.end:fact.end + 24])
    return lexicon.compiled(_rate_adverbs).get(adverb.group(1).casefold(), "") if adverb else ""


def _rate_adverbs(lexicon: Lexicon) -> dict[str, str]:
    """``rate_adverbs`` as a map of each adverb to the concept of the span it gives a value for."""
    return {str(k).casefold(): concept(str(v), lexicon)
            for k, v in (lexicon.table("numbers", "rate_adverbs", {}) or {}).items()}


def _bargain_sides(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    return lexicon.compiled(_build_bargain_sides)


def _build_bargain_sides(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    sides = lexicon.table("verdicts", "bargain_sides", []) or []
    return tuple(phrase_pattern(str(w) for w in side) for side in sides)


def _sides_of(sentence: Sentence, fact: Fact, lexicon: Lexicon) -> set[int]:
    """The bargain sides (``bargain_sides`` groups) named in the clause of a value."""
    x, y = next(((x, y) for x, y in sentence.clauses if x <= fact.start < y), (0, len(sentence.text)))
    clause = sentence.text[x:y].casefold()
    return {k for k, side in enumerate(_bargain_sides(lexicon)) if side.search(clause)}


def _other_side(sa: Sentence, fa: Fact, sb: Sentence, fb: Fact, lexicon: Lexicon) -> bool:
    """Whether one value is one side's figure in a bargain and the other the other side's
    only ("offered 4.5%" / "are seeking 9%")."""
    said, other = _sides_of(sa, fa, lexicon), _sides_of(sb, fb, lexicon)
    return bool(said) and bool(other) and not said & other


def _qualifies_another(sa: Sentence, sb: Sentence, fact: Fact, lexicon: Lexicon) -> bool:
    """Whether a bare number of ``sb`` is a value of another thing than those of ``sa``: the
    word right after it names a thing ``sa`` does not ("a magnitude 5.1 aftershock"
    against "the earthquake had a magnitude of 6.3"), and ``sb`` does not name the subject
    of ``sa`` at all."""
    after = next((t for t in sb.tokens if t.start >= fact.end), None)
    if after is None or after.norm in stopwords(lexicon) or after.text[:1].isupper() \
            or after.norm[:1].isdigit() \
            or sb.text[fact.end:after.start].strip():
        return False
    subject = subject_word(sa, lexicon)
    return concept(after.norm, lexicon) not in sa.concepts and bool(subject) and subject not in sb.concepts


_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


def subject_word(sentence: Sentence, lexicon: Lexicon = DEFAULT) -> str:
    """The concept of the sentence's first content word (its subject, in a plain statement);
    "" when the sentence opens with a subject that denies ("No one was injured")."""
    pattern = lexicon.phrases(("verdicts", "negative_subjects"))
    if pattern is not None and pattern.match(sentence.text.casefold()):
        return ""  # "No one was injured" is about no one
    toks: list[Token] = [t for t in sentence.tokens if t.norm not in stopwords(lexicon)]
    return concept(_POSSESSIVE.sub("", toks[0].text).casefold(), lexicon) if toks else ""



