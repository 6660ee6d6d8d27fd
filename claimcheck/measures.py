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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.lexicon import Lexicon, phrase_pattern
from claimcheck.models import DATE_KINDS, Fact, FactKind
from claimcheck.text import Token, concept, stopwords

__all__ = ["Measure", "UNREAD", "differ", "read_measures"]


@dataclass(frozen=True, slots=True)
class Measure:
    """What one figure is a figure of, as far as its sentence says."""

    nouns: frozenset[str] = frozenset()
    """Concepts of the thing measured where the grammar names it: "a depth of 8 km",
    "revenue was $7bn", "a 22-second video", "72 km southwest" (a distance)."""
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
    base: int | None = None
    """What a change is measured against (``change_bases`` group): a year ago, the
    previous quarter, the start of the year, one trading session or another."""
    year: int | None = None
    """A year the figure's clause places it in ("a quake of 5.7 in 1960")."""
    singled: bool = False
    """The figure of one part singled out of a whole ("52 died in the town alone")."""
    earlier: bool = False
    """Told as an earlier figure since replaced ("had previously put the toll at 5,500")."""


UNREAD = Measure()


def differ(a: Measure, b: Measure, unit_a: str, unit_b: str, published_a: dt.date | None = None,
           published_b: dt.date | None = None) -> bool:
    """Whether two figures (of the given units) measure two things, however alike their
    values and the words around them."""
    if a.nouns and b.nouns and not a.nouns & b.nouns and (a.named or b.named):
        return True  # a depth and a distance; a contract's length and a video's
    if a.modifiers and b.modifiers and not a.modifiers & b.modifiers:
        return True  # "five Indian nationals" are some of the "15 foreign nationals"
    if a.increment != b.increment and not (a.another or b.another) or a.band != b.band:
        return True  # "four more bodies" and "32 bodies recovered"; a band and a change
    if a.part != b.part and unit_a != unit_b:
        return True  # "68 passengers (and four crew)" counts no one else than "72 people"
    if a.singled != b.singled:
        return True  # a town's toll and the whole quake's
    if a.earlier != b.earlier:
        return True  # the toll as first reported and the toll now
    if a.base is not None and b.base is not None and a.base != b.base:
        return True  # up on a year ago, up on the previous quarter
    if a.year == b.year:
        return False
    if a.year is not None and b.year is not None:
        return True  # a figure of 1960 and one of 2023
    return _other_year(a.year, published_b) or _other_year(b.year, published_a)


PAST_YEARS = 1
"""A year further back than this before the other article's publication is another event's."""


def _other_year(year: int | None, published: dt.date | None) -> bool:
    return year is not None and published is not None and year < published.year - PAST_YEARS


# --- reading --------------------------------------------------------------------------------

REACH = 4
"""Content words read back from a link ("the adjusted earnings per share were") as the thing a
figure is of."""
OF_REACH = 2
"""... and back from "of" ("forecast revenue of"), where a verb comes sooner."""


def read_measures(text: str, toks: Sequence[Token], facts: Sequence[Fact], clauses: Sequence[tuple[int, int]],
                  lexicon: Lexicon) -> tuple[Measure, ...]:
    """The measure of each fact (``UNREAD`` for dates)."""
    if not any(f.kind not in DATE_KINDS for f in facts):
        return tuple(UNREAD for _ in facts)
    tables = lexicon.compiled(_tables)
    folded = text.casefold()
    # Tokens are in order and apart, so their starts and their ends both rise: the tokens
    # before, inside and after a figure are found by bisection, not by reading every token
    # for every figure (a line of figures would take time growing with its square).
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    # The starts of the tokens inside a value: no word of what is measured.
    covered = frozenset(toks[k].start for f in facts
                        for k in range(bisect_left(starts, f.start), bisect_left(starts, f.end)))
    breaks = [m.start() for m in CLAUSE_BREAKS.finditer(folded)]
    years = _years(facts, folded, tables)
    year_starts: list[int] | None = [y.start for y in years]
    if year_starts != sorted(year_starts or ()):
        year_starts = None
    out = []
    for n, fact in enumerate(facts):
        if fact.kind in DATE_KINDS or fact.kind is FactKind.ORDINAL:
            out.append(UNREAD)
            continue
        before = bisect_right(ends, fact.start)
        after = bisect_left(starts, fact.end)
        inside = list(toks[bisect_left(starts, fact.start):after])
        # The figures next to it ("a year ago" is a time, and may itself name the base).
        following = next((facts[m] for m in range(n + 1, len(facts))
                          if facts[m].start >= fact.end and facts[m].kind not in DATE_KINDS), None)
        preceding = next((facts[m] for m in range(n - 1, -1, -1)
                          if facts[m].end <= fact.start and facts[m].kind not in DATE_KINDS), None)
        nouns, named = _nouns(text, fact, toks, before, after, covered, tables, lexicon)
        out.append(Measure(
            nouns=nouns, named=named,
            modifiers=_modifiers(fact, inside, tables, lexicon),
            increment=_increment(folded, fact, inside, tables),
            another=_ends_with(tables.another, folded[max(0, fact.start - 12):fact.start]),
            part=_part(folded, fact, following, preceding, tables),
            band=_ends_with(tables.band, folded[max(0, fact.start - 16):fact.start]),
            base=_base(folded, fact, following, preceding, tables),
            year=_year(fact, years, year_starts, clauses, len(folded)),
            earlier=_earlier(folded, fact, breaks, tables),
            singled=_singled(folded, fact, breaks, tables),
        ))
    return tuple(out)


@dataclass(frozen=True)
class _Tables:
    after: dict[str, str]
    increment_after: frozenset[str]
    increment_before: re.Pattern[str]
    another: re.Pattern[str]
    part: re.Pattern[str]
    band: re.Pattern[str]
    bases: tuple[re.Pattern[str], ...]
    links: frozenset[str]
    earlier: re.Pattern[str]
    singled: re.Pattern[str]
    counted: frozenset[str]
    generic: frozenset[str]
    number_words: frozenset[str]
    openers: frozenset[str]
    stop: frozenset[str]


def _tables(lexicon: Lexicon) -> _Tables:
    def pattern(name: str) -> re.Pattern[str]:
        return phrase_pattern(str(w).casefold() for w in lexicon.table("measures", name, []) or [])

    after = {str(w).casefold(): concept(str(key), lexicon)
             for key, words in (lexicon.table("measures", "measured_after", {}) or {}).items() for w in words}
    return _Tables(
        after=after,
        increment_after=lexicon.words("measures", "increment_after"),
        increment_before=pattern("increment_before"),
        another=pattern("either_before"),
        part=pattern("part_before"),
        band=pattern("band_before"),
        bases=tuple(phrase_pattern(str(w).casefold() for w in group)
                    for group in lexicon.table("measures", "change_bases", []) or []),
        links=lexicon.words("measures", "level_links"),
        earlier=pattern("earlier_before"),
        singled=pattern("part_after"),
        counted=frozenset(str(noun) for nouns in (lexicon.table("units", "count_classes", {}) or {}).values()
                          for noun in nouns),
        generic=frozenset(concept(str(w).casefold(), lexicon)
                          for w in lexicon.table("measures", "generic_nouns", []) or []),
        number_words=frozenset(str(w).casefold() for w in lexicon.table("numbers", "word_numbers", {}) or {}),
        openers=lexicon.words("dates", "period_openers"),
        stop=stopwords(lexicon),
    )


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the text ends with a phrase of the pattern (spaces after it aside)."""
    text = text.rstrip()
    return any(m.end() == len(text) for m in pattern.finditer(text))


def _content(token: Token, covered: frozenset[int], tables: _Tables) -> bool:
    return token.norm not in tables.stop and token.norm.isalpha() and token.start not in covered


def _nouns(text: str, fact: Fact, toks: Sequence[Token], before: int, after: int, covered: frozenset[int],
           tables: _Tables, lexicon: Lexicon) -> tuple[frozenset[str], bool]:
    """What the grammar names as the thing measured: a word after the figure that says it
    ("8 km deep"), the noun a figure is written into ("a 22-second video", "a $5m deal"),
    or the words a link leads from ("the ratio is 2", "a depth of 8 km"). The tokens before
    the figure are ``toks[:before]``, those after it ``toks[after:]``."""
    nxt = toks[after] if after < len(toks) and not text[fact.end:toks[after].start].strip() else None
    if nxt is not None and nxt.norm in tables.after:
        return frozenset({tables.after[nxt.norm]}), True
    found: set[str] = set()
    last = toks[before - 1] if before else None
    attributive = "-" in fact.raw or (last is not None and last.norm in ("a", "an", "the")
                                      and not text[last.end:fact.start].strip(" $£€¥"))
    if (nxt is not None and attributive and fact.kind is not FactKind.COUNT
            and _content(nxt, covered, tables) and not nxt.text[:1].isupper()):
        return frozenset({concept(nxt.norm, lexicon)}) - tables.generic, True
    if last is not None and last.norm in tables.links and not text[last.end:fact.start].strip(" $£€¥"):
        k, reach = before - 2, OF_REACH if last.norm == "of" else REACH
        while k >= 0 and len(found) < reach:
            tok = toks[k]
            gap = text[tok.end:toks[k + 1].start]
            if any(ch in gap for ch in ",;:.!?\"“”"):
                break
            if tok.norm == "per" or tok.text in ")(":
                k -= 1
                continue
            if not _content(tok, covered, tables) or tok.text[:1].isupper() and k == 0:
                break
            if not tok.text[:1].isupper():
                found.add(concept(tok.norm, lexicon))
            k -= 1
    return frozenset(found - tables.generic), False


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


CLAUSE_BREAKS = re.compile(r"[,;:.!?()\u2014]")
CLAUSE_REACH = 400
"""Characters of a figure's clause read for a cue before or after it: a clause of prose is
shorter; without a bound, a long run of figures with no break would have every figure read
all of it (time growing with the square of the line)."""


def _earlier(folded: str, fact: Fact, breaks: Sequence[int], tables: _Tables) -> bool:
    """Whether a word of the figure's clause before it tells a count as an earlier one. Only
    counts of people and things (units.yaml ``count_classes``): a toll grows as it is
    reported, so its earlier figure is another figure; a measurement revised (a depth in
    km, a magnitude) is still a disagreement worth showing."""
    if not (fact.kind is FactKind.NUMBER or fact.kind is FactKind.COUNT and fact.unit in tables.counted):
        return False
    # The clause's start is found among the breaks (``breaks``: offsets of CLAUSE_BREAKS in
    # ``folded``), not by splitting all the text before the figure once per figure.
    k = bisect_left(breaks, fact.start)
    lead = folded[max(breaks[k - 1] + 1 if k else 0, fact.start - CLAUSE_REACH):fact.start]
    return tables.earlier.search(lead) is not None


def _singled(folded: str, fact: Fact, breaks: Sequence[int], tables: _Tables) -> bool:
    """Whether a word of the figure's clause after it singles it out as one part's figure."""
    k = bisect_left(breaks, fact.end)
    end = min(breaks[k] if k < len(breaks) else len(folded), fact.end + CLAUSE_REACH)
    return tables.singled.search(folded[fact.end:end]) is not None


def _increment(folded: str, fact: Fact, inside: list[Token], tables: _Tables) -> bool:
    if fact.kind not in (FactKind.COUNT, FactKind.NUMBER, FactKind.MONEY):
        return False
    if any(t.norm in tables.increment_after for t in inside[1:]):
        return True  # "four more bodies"
    return _ends_with(tables.increment_before, folded[max(0, fact.start - 20):fact.start])


def _part(folded: str, fact: Fact, following: Fact | None, preceding: Fact | None, tables: _Tables) -> bool:
    """A count that is one part of a whole the sentence gives: after "including", or one of
    two counts of two nouns joined by "and" ("68 passengers and four crew members")."""
    if fact.kind is not FactKind.COUNT:
        return False
    if _ends_with(tables.part, folded[max(0, fact.start - 20):fact.start]):
        return True
    for first, second in ((fact, following), (preceding, fact)):
        if first is not None and second is not None and second.kind is FactKind.COUNT \
                and first.kind is FactKind.COUNT and first.unit != second.unit \
                and _joined(folded[first.end:second.start]):
            return True
    return False


JOIN_REACH = 3
"""Words before the "and" that joins two counts: "68 passengers on board and four crew"."""


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
    the figure before ("in the regular session to $305")."""
    end = min(following.start if following else len(folded), fact.end + BASE_REACH)
    start = max(preceding.end if preceding else 0, fact.start - BASE_REACH)
    for window in (folded[fact.end:end], folded[start:fact.start]):
        found = [(m.start(), n) for n, p in enumerate(tables.bases) for m in p.finditer(window)]
        if found:
            return min(found)[1]
    return None


def _years(facts: Sequence[Fact], folded: str, tables: _Tables) -> list[Fact]:
    """The dates that name a year of their figures' clauses, in the order of the facts: not
    those that open a period ("since 2004": the figure is of now)."""
    found = []
    for other in facts:
        if other.kind is FactKind.DATE and other.year is not None:
            words = folded[max(0, other.start - 12):other.start].split()
            if not (words and words[-1] in tables.openers):
                found.append(other)
    return found


def _year(fact: Fact, years: Sequence[Fact], starts: Sequence[int] | None, clauses: Sequence[tuple[int, int]],
          size: int) -> int | None:
    """The year a date in the figure's clause names ("... in 1960"): the first of ``years``
    (``_years``) in that clause. ``starts``: their offsets, None where they are out of order."""
    if not years:
        return None
    # Clauses are in order and apart (``text.clause_bounds``), and so are the dates in a
    # sentence's facts: both are found by bisection, not by reading all of them per figure.
    k = bisect_right(clauses, (fact.start, size)) - 1
    x, y = clauses[k] if k >= 0 and fact.start < clauses[k][1] else (0, size)
    if starts is None:
        return next((other.year for other in years if x <= other.start < y), None)
    n = bisect_left(starts, x)
    return years[n].year if n < len(years) and years[n].start < y else None
