"""Fact extraction and normalisation: the values stated in one sentence.

``extract_facts`` finds percentages, amounts of money, counts, durations, ordinals,
dates, weekdays, relative times and bare numbers, and normalises each into a
:class:`~claimcheck.models.Fact` whose ``canonical`` form is shared by every spelling of
the same value ("100 percent" and "100%" are both "100%"). ``compare_facts`` says how
two facts relate (same, rounded, compatible bounds, different, or not comparable), and
``resolve_date`` turns a date, weekday or relative time into a calendar date.

All words (number words, scales, qualifiers, currencies, time units, months, weekdays,
relative expressions, ordinals) live in ``data/numbers.yaml``, ``data/units.yaml`` and
``data/dates.yaml``; this module holds the grammar, the normalisation and the
comparison. Patterns are compiled once per :class:`~claimcheck.lexicon.Lexicon`.

Decisions on ambiguous cases (each is covered by tests/test_facts.py):

* A number written in words is a fact only with a unit or a counted noun after it:
  "two leaders" is a count of "leader", "one that may ease" is nothing. A count of one
  needs a noun from ``singular_counted`` ("one person"), so the pronoun "one" never is.
* Counts: a plural noun after the number, at most two modifiers between ("300 new
  homes"); the unit is the noun in the singular ("people" -> "person", "killed" ->
  "dead", see ``irregular_plurals``). Measures ("20 km", "300 miles") are counts of
  their unit.
* Bare digits are NUMBER facts. "voted 52 to 48" and "a 7-2 ruling" give two NUMBER
  facts each: a range needs the second value to be larger, and two bare numbers joined
  by a hyphen are a score or a tally, never a range ("300-400 homes", "20-25%" and
  "aged 18 to 65" are ranges). "X to Y" after "from" is a change, not a range: both ends
  stay separate facts.
* Names are not values: a number glued to letters ("G7", "COVID-19", "F-35"), after a
  capitalised word ("Boeing 737", "Route 66", "Article 5", and so both ends of "the
  Celtics 112-108") or a label word ("page 12", "No. 10"), clock times, phone numbers,
  numeric dates ("9/11", "10/11"), decades ("1990s"), season spans ("2024-25"), URLs,
  e-mail addresses and list markers ("1. ...") give no fact.
* "one in five", "three out of four" are PERCENT facts (20%, 75%).
* A four-digit number from 1800 to 2199 with no unit is a DATE year ("in 2019",
  "the 2024 election"); with a counted noun it is a count unless a year lead word
  precedes it ("in 2019 Democrats").
* Ages ("a 20-year-old man", "20 years old") are NUMBER facts with unit "years old".
* "first" and "second" are ordinals only before a noun in ``ordinal_nouns`` ("second
  round", "first quarter") or in a superlative ("second-largest"); "last" never is.
  Ordinal words followed by a comma ("First, ...") are discourse markers, capitalised
  ones inside a sentence are names ("Second World War", "Fifth Avenue").
* "a third of", "two-thirds", "half of" are PERCENT facts (33.33%, 66.67%, 50%).
* "double-digit"/"triple-digit" are NUMBER ranges (10-99, 100-999) whatever follows.
* Vague plurals ("hundreds of goods", "dozens of people") are a lower bound: value from
  ``vague_numbers``, qualifier ">=".
* "nearly"/"almost" are approximations ("~"), like "about"; "over" is dropped before a
  duration ("talks over two days" is two days).
* "a year" after another value or a rate word is a rate, not a duration ("$5 billion a
  year", "twice a day").
* A weekday or month right after a capitalised word that is not a lead word is a name
  ("Fox News Sunday", "Black Friday", "Theresa May"); so is a weekday followed by a
  capitalised word ("Sunday Times"). A month alone is a date only after a lead word
  ("in September", "since May").
* Relative times: ``relative`` holds the normalised phrase ("this week", "next
  Thursday", "yesterday", "2 days ago", "1 day later"); "later"/"earlier" become the
  qualifier ">"/"<" ("later this week" = "this week" with ">"). "over the weekend"
  and "this weekend" are both "this weekend" (the nearest weekend). A duration followed
  by "ago", "later", "earlier" or "from now" is relative time (value and unit kept);
  "two days after the vote" stays a duration.
* Durations keep the unit as written (``value`` 12, ``unit`` "month" for "12 months");
  the canonical form moves to the largest unit that divides it exactly ("12 months" and
  "a year" are both "1 year", "14 days" is "2 weeks", "a decade" is "10 years").
* Canonical forms state the qualifier in words ("at least 300 people", "about 40%").

Normalised vocabulary used by the comparison and resolution code (not input language):
relative phrases are "this|next|last <unit or Weekday>", a key of
``relative_day_offsets``, or "<n> <units> ago|from now|later|earlier".
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.models import AGE_UNIT, CLOCK_TIME, ELAPSED, SCORE, Fact, FactKind

__all__ = ["FactRelation", "compare_facts", "extract_facts", "resolve_date", "significant_digits"]


class FactRelation(str, Enum):
    """How two facts relate."""

    INCOMPARABLE = "incomparable"
    """Different kinds or units: a percent and a duration, people and homes."""
    SAME = "same"
    """The same value however written: "100 percent" and "100%", "a year" and "12 months"."""
    ROUNDING = "rounding"
    """One is the other rounded: "48.6%" and "49%", "1.23 million" and "1.2 million"."""
    COMPATIBLE_BOUNDS = "compatible_bounds"
    """Different figures whose bounds overlap: "at least 300" and "more than 340"."""
    DIFFERENT = "different"
    """Values that cannot both be right: "12%" and "15%", "November 1" and "November 10"."""


# ---------------------------------------------------------------------------------------
# Grammar: word tables from the lexicon, assembled into compiled patterns (once per lexicon)

_SP = r"[ \t\u00a0]+"  # horizontal space: a fact never spans lines
_GLUED_FRACTIONS = "\u00bc\u00bd\u00be"  # ¼ ½ ¾, which may be written on the number ("14½")
_HY = "[-\u2010\u2011]"  # hyphens in compounds ("five-day")
_DASH = "[-\u2010\u2011\u2013\u2014]"  # hyphens and dashes in ranges ("20-25%", "300–400")
_APOS = "['\u2019]"
_END_PUNCT = tuple('.!?:;"\u201c\u201d\u2018\u2019\'([{\u2014\u2013-')

_ALNUM = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
MAX_FIGURE = 1e50
"""Larger than any quantity a report gives (a nation's debt in a collapsed currency is
~1e20): a longer run of digits or scale words is not a figure, and past ~1e308 a float is
infinite, which every later step (rounding, formatting, comparing) would fail on."""
MAX_ORDINAL_DIGITS = 15
"""More digits than any ordinal a sentence gives ("the 1,000th"): past this, not an ordinal."""
_QUAL_WORDS = {">": "more than", ">=": "at least", "<": "less than", "<=": "up to", "~": "about"}
_APPROX_CLOCK = 15.0
"""Minutes either side of an approximate time of day: "about 7:30 am" allows 7:15 to 7:45
(a tenth of the minutes since midnight would allow an hour)."""


def _and_fraction(t: dict[str, Any], m: re.Match[str]) -> float:
    """What "and a half", "and a quarter" adds to the number before it (``and_fractions``)."""
    phrase = m.group("andhalf")
    if m["hscale2"]:
        phrase = phrase[:m.start("hscale2") - m.start("andhalf")]
    return float(t["and_fractions"].get(_key(phrase), 0.5))


def _key(s: str) -> str:
    """Lookup form of a phrase: lower case, hyphens as spaces, single spaces."""
    return " ".join(s.lower().replace("-", " ").split())


def _trie_regex(node: dict) -> str:
    """Regex of a character trie: shared prefixes are matched once, longer words first."""
    end = "" in node
    alts = []
    for ch in sorted(k for k in node if k):
        head = r"(?:\s+|-)" if ch == " " else re.escape(ch)
        alts.append(head + _trie_regex(node[ch]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
    if end:
        body = (body if body.startswith("(?:") else "(?:" + body + ")") + "?"
    return body


def _alt(words, *, ci: bool = True) -> str:
    """A non-capturing alternation of phrases (longest match first, any space between words)."""
    ws = {" ".join(str(w).split()) for w in words if str(w).strip()}
    if ci:
        ws = {w.lower() for w in ws}
    if not ws:
        return "(?!)"
    trie: dict = {}
    for w in ws:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _trie_regex(trie)
    return f"(?i:{body})" if ci else f"(?:{body})"


@dataclass(frozen=True)
class _Grammar:
    t: dict[str, Any]  # lookup tables
    r: dict[str, re.Pattern]  # compiled patterns


def _grammar(lexicon: Lexicon) -> _Grammar:
    """The lexicon's number, unit and date tables as lookup tables, and the patterns built
    from them. Keys keep the order in which the tables and patterns are added."""
    num = lexicon.tables("numbers")
    uni = lexicon.tables("units")
    dat = lexicon.tables("dates")
    t: dict[str, Any] = {}
    t.update(_number_tables(num))
    t.update(_unit_tables(uni))
    t.update(_date_tables(dat))
    t["function_words"] = _function_words(t)
    t["be_forms"] = {str(w).casefold() for w in lexicon.table("polarity", "passive_auxiliaries", []) or []}

    r: dict[str, re.Pattern] = {}
    r.update(_quantity_patterns(t, num))
    r.update(_unit_patterns(t, num))
    r.update(_word_patterns(num))
    r["block"] = _block_pattern()
    r["clock"] = _clock_pattern(t)
    r["clock_side"] = _clock_side_pattern(t)
    r["part_gap"], r["part_place"] = _part_gap_patterns(t)
    kinds = sorted({*t["casualty_counted"], *(p for p, w in t["part_of"].items() if w == t["people_class"])},
                   key=len, reverse=True)
    r["person_by_article"] = re.compile(
        rf"\b(?:{_alt(num.get('articles', []))})\s+(?P<noun>{_alt(kinds)})\b", re.I)
    r["clock_24h"] = _clock_24h_pattern(t)
    r["clock_dayparted"] = _clock_dayparted_pattern(t)
    r["clock_named"] = re.compile(rf"(?<![\w-])(?P<name>{_alt(t['named_times'])})(?![\w-])", re.IGNORECASE) \
        if t["named_times"] else re.compile(r"(?!)")
    r.update(_date_patterns(t, dat))
    r.update(_relative_patterns(t))
    r.update(_ordinal_patterns(t, num))
    return _Grammar(t, r)


def _lower(d: dict | None) -> dict:
    """A lexicon mapping with its keys in lookup form; empty when the table is absent."""
    return {_key(k): v for k, v in (d or {}).items()}


def _number_tables(num: dict[str, Any]) -> dict[str, Any]:
    """Number words, scales, qualifiers, ranges and ordinals (numbers.yaml)."""
    t: dict[str, Any] = {}
    t["words"] = {k: float(v) for k, v in _lower(num.get("word_numbers")).items()}
    t["scales"] = {k: float(v) for k, v in _lower({**(num.get("scales") or {}),
                                                   **(num.get("regional_scales") or {})}).items()}
    t["points"] = {_key(w) for w in num.get("decimal_points", [])}
    # scale words used in canonical forms ("4.2 billion"): those of a million and more
    # Figures are shown in the scales of international English only ("10 million", not "1 crore").
    shown = {k: v for k, v in t["scales"].items() if k not in _lower(num.get("regional_scales") or {})}
    t["scale_names"] = tuple(sorted(((v, k) for k, v in shown.items() if v >= 1e6), reverse=True))
    t["abbrs"] = {k: float(v) for k, v in _lower(num.get("scale_abbreviations")).items()}
    t["money_only"] = {_key(w) for w in num.get("money_only_abbreviations", [])}
    t["articles"] = {_key(w) for w in num.get("articles", [])}
    t["and_fractions"] = {_key(k): float(v) for k, v in (num.get("and_fractions") or {}).items()}
    t["someday_before"] = {_key(w) for w in num.get("someday_before") or []}
    t["vague"] = {k: float(v) for k, v in _lower(num.get("vague_numbers")).items()}
    t["dranges"] = {k: (float(v[0]), float(v[1])) for k, v in _lower(num.get("digit_ranges")).items()}
    t["fractions"] = {k: float(v) for k, v in _lower(num.get("fractions")).items()}
    t["ordinals"] = {k: int(v) for k, v in _lower(num.get("ordinals")).items()}
    t["risky"] = {_key(w) for w in num.get("risky_ordinals", [])}
    t["ord_nouns"] = {_key(w) for w in num.get("ordinal_nouns", [])}
    t["ord_mods"] = {_key(w) for w in num.get("ordinal_modifiers", [])}
    t["placing"] = {_key(w) for w in num.get("placing_verbs", [])}
    t["period_ords"] = {_key(w) for w in num.get("period_ordinal_nouns", [])}
    t["increments"] = {_key(w) for w in num.get("increment_words", [])}
    t["run_words"] = {_key(w) for w in num.get("run_words", [])}
    t["run_after"] = [str(w).lower() for w in num.get("run_after", [])]
    t["quals"] = {k: str(v) for k, v in _lower(num.get("qualifiers")).items()}
    t["postfix"] = {k: str(v) for k, v in _lower(num.get("postfix_qualifiers")).items()}
    t["dur_ignored"] = {_key(w) for w in num.get("duration_ignored_qualifiers", [])}
    t["dur_bound_openers"] = {_key(w) for w in num.get("duration_bound_openers", [])}
    t["range_conn"] = {_key(w) for w in num.get("range_connectors", [])}
    t["range_open"] = {_key(w) for w in num.get("range_openers", [])}
    t["range_nouns"] = {_key(w) for w in num.get("range_nouns", [])}
    t["range_block"] = {_key(w) for w in num.get("range_blockers", [])}
    t["range_block_lifts"] = {_key(w) for w in num.get("range_blocker_lifts", [])}
    t["rate_breaks"] = {_key(w) for w in num.get("rate_breaks", [])}
    t["step_open"] = {_key(w) for w in num.get("step_openers", [])}
    t["labels"] = {_key(w) for w in num.get("label_words", [])}
    t["parents"] = {_key(w) for w in num.get("parent_nouns", [])}
    t["elided_leads"] = {_key(w) for w in num.get("elided_noun_leads", [])}
    t["rate"] = {_key(w) for w in num.get("rate_words", [])}
    t["year_prefixes"] = {_key(w) for w in num.get("year_prefixes", [])}
    t["year_range"] = tuple(num.get("year_range", [1800, 2199]))
    t["year_leads"] = {_key(w) for w in num.get("year_lead_words", [])}
    t["level_movers"] = {_key(w) for w in num.get("level_movers", [])}
    t["moved_quals"] = {_key(w) for w in num.get("moved_qualifiers", [])}
    t["basis_takers"] = {_key(w) for w in num.get("basis_takers", [])}
    t["basis_quals"] = {_key(w) for w in num.get("basis_qualifiers", [])}
    t["neg_words"] = {_key(w) for w in num.get("negative_words", [])}
    t["neg_signs"] = set(num.get("negative_signs", []))
    return t


def _unit_tables(uni: dict[str, Any]) -> dict[str, Any]:
    """Percent, currency, time and measure units, plurals and casualty words (units.yaml)."""
    t: dict[str, Any] = {}
    t["pct"] = {_key(k): (str(v["unit"]), float(v.get("factor", 1))) for k, v in uni["percent_units"].items()}
    t["pct_display"] = dict(uni.get("percent_display", {}))
    t.update(_currency_tables(uni))
    t.update(_time_unit_tables(uni))
    t["art_time"] = {_key(w) for w in uni.get("article_time_units", [])}
    t["dur_tol"] = float(uni.get("duration_tolerance", 0.015))
    t.update(_measure_tables(uni))
    t["non_nouns"] = {_key(w) for w in uni.get("compound_non_nouns", [])}
    t["irregular"] = {_key(k): str(v) for k, v in (uni.get("irregular_plurals") or {}).items()}
    # (Longest ending first: "chairwomen" ends in "women" before "men".)
    endings = uni.get("irregular_plural_endings") or {}
    t["irregular_endings"] = sorted(((str(k), str(v)) for k, v in endings.items()),
                                    key=lambda kv: -len(kv[0]))
    t["singular_alike"] = {_key(w) for w in uni.get("singular_endings_alike", [])}
    t["plain_in_man"] = {_key(w) for w in uni.get("plain_plurals_in_man", [])}
    plural_of: dict[str, str] = {}
    for pl, sg in t["irregular"].items():
        plural_of.setdefault(sg, pl)
    plural_of.update({_key(k): str(v) for k, v in (uni.get("plural_display") or {}).items()})
    t["plural_of"] = plural_of
    t["singular_counted"] = {_key(w) for w in uni.get("singular_counted", [])}
    t["part_of"] = {_key(part): str(whole) for whole, parts in (uni.get("part_of") or {}).items()
                    for part in parts}
    t["people_class"] = str(uni.get("people_class") or "")
    t["presence_after"] = [str(w) for w in uni.get("presence_after", [])]
    t["part_places"] = t["presence_after"] + [str(w) for w in uni.get("part_origins", [])]
    t["presence_alone"] = [str(w) for w in uni.get("presence_after", [])
                           if w in (uni.get("presence_words") or [])]
    t["stop"] = {_key(w) for w in uni.get("count_stopwords", [])}
    t["casualty_verbs"] = {_key(k): str(v) for k, v in (uni.get("casualty_verbs") or {}).items()}
    fated = set(t["casualty_verbs"].values())
    t["fate_nouns"] = {_key(str(w)) for cls, words in (uni.get("count_classes") or {}).items()
                       if str(cls) in fated for w in words or []}
    t["casualty_aux"] = {_key(w) for w in uni.get("casualty_auxiliaries", [])}
    t["casualty_counted"] = {_key(w) for w in uni.get("casualty_counted", [])}
    t["animals"] = {_key(w) for w in uni.get("animal_nouns", [])}
    t["life_counted"] = {_key(w) for w in uni.get("life_counted", [])}
    t["life_verbs"] = {_key(k): str(v) for k, v in (uni.get("life_verbs") or {}).items()}
    t["life_possessives"] = {_key(w) for w in uni.get("life_possessives", [])}
    t["level_nouns"] = {_key(k): str(v) for k, v in (uni.get("level_nouns") or {}).items()}
    t["level_reach"] = int(uni.get("level_reach", 0))
    t["level_stops"] = {_key(w) for w in uni.get("level_stops", [])}
    t["counting_verbs"] = {_key(w) for w in uni.get("counting_verbs", [])}
    t["subject_breaks"] = {_key(w) for w in uni.get("subject_breaks", [])}
    return t


def _currency_tables(uni: dict[str, Any]) -> dict[str, Any]:
    """Currency symbols, codes and words, each to its code; and each code's display form."""
    syms, codes, cwords, cdisplay = {}, {}, {}, {}
    for code, spec in (uni.get("currencies") or {}).items():
        for s in spec.get("symbols", []) or []:
            syms[str(s)] = code
        for c in spec.get("codes", []) or []:
            codes[str(c)] = code
        for w in spec.get("words", []) or []:
            cwords[_key(w)] = code
        cdisplay[code] = spec.get("display", code + " {}")
    return {"cur_syms": syms, "cur_codes": codes, "cur_words": cwords, "cur_display": cdisplay}


def _time_unit_tables(uni: dict[str, Any]) -> dict[str, Any]:
    """Time unit forms, each unit's length in days, and the units above and below it."""
    tforms, tdays, tup, tdown, tglued = {}, {}, {}, {}, {}
    for unit, spec in (uni.get("time_units") or {}).items():
        # A unit shorter than a day is given as how many make a day ("per_day: 86400").
        tdays[unit] = float(spec["days"]) if "days" in spec else 1.0 / float(spec["per_day"])
        for f in spec.get("forms", []):
            tforms[str(f)] = unit
        for f in spec.get("glued", []) or []:
            tglued[str(f)] = unit
        if spec.get("up"):
            tup[unit] = (spec["up"][0], float(spec["up"][1]))
        if spec.get("down"):
            tdown[unit] = (spec["down"][0], float(spec["down"][1]))
    return {"time_forms": tforms, "time_days": tdays, "time_up": tup, "time_down": tdown,
            "time_glued": tglued}


def _measure_tables(uni: dict[str, Any]) -> dict[str, Any]:
    """Measure unit forms (spaced and glued to the number), each to its unit."""
    mforms, mglued = {}, {}
    for unit, spec in (uni.get("measures") or {}).items():
        for f in spec.get("forms", []):
            mforms[_key(f)] = unit
        for f in spec.get("glued", []) or []:
            mglued[str(f).lower()] = unit
    bases = {str(unit): (str(of), float(factor))
             for unit, (of, factor) in (uni.get("measure_bases") or {}).items()}
    return {"measures": mforms, "measure_glued": mglued, "measure_units": set(mforms.values()),
            "measure_bases": bases}


def _date_tables(dat: dict[str, Any]) -> dict[str, Any]:
    """Months, weekdays, relative days and phrases, and parts of a year (dates.yaml)."""
    t: dict[str, Any] = {}
    t["months"] = {str(k): int(v) for k, v in dat["months"].items()}
    t["month_abbr"] = {str(k): int(v) for k, v in (dat.get("month_abbreviations") or {}).items()}
    t["month_names"] = {v: k for k, v in t["months"].items()}
    t["month_leads"] = {_key(w) for w in dat.get("month_lead_words", [])}
    t["weekdays"] = {str(k): int(v) for k, v in dat["weekdays"].items()}
    t["weekday_names"] = {v: k for k, v in t["weekdays"].items()}
    t["date_leads"] = {_key(w) for w in dat.get("date_lead_words", [])}
    t["day_offsets"] = {_key(k): int(v) for k, v in (dat.get("relative_day_offsets") or {}).items()}
    t["rel_days"] = {_key(k): str(v) for k, v in (dat.get("relative_days") or {}).items()}
    t["dayparts"] = {_key(w) for w in dat.get("dayparts", [])}
    t["overlapping_dayparts"] = {frozenset(_key(w) for w in pair)
                                 for pair in dat.get("overlapping_dayparts", [])}
    t["rel_phrases"] = {_key(k): str(v) for k, v in (dat.get("relative_phrases") or {}).items()}
    t["deictics"] = {_key(k): int(v) for k, v in (dat.get("deictics") or {}).items()}
    t["rel_units"] = {_key(w) for w in dat.get("relative_units", [])}
    t["year_parts"] = {_key(part): {"months": int(spec["months"]), "short": str(spec["short"]),
                                    "names": {_key(k): int(v) for k, v in spec["names"].items()}}
                       for part, spec in (dat.get("year_parts") or {}).items()}
    t["part_of_short"] = {spec["short"].upper(): part for part, spec in t["year_parts"].items()}
    t["edges"] = {_key(k): str(v) for k, v in (dat.get("relative_edges") or {}).items()}
    t["ends"] = {_key(w) for w in dat.get("relative_ends", [])}
    t["directions"] = {_key(k): str(v) for k, v in (dat.get("direction_words") or {}).items()}
    t["halves"] = {_key(w): half for half, words in (dat.get("clock_halves") or {}).items() for w in words}
    t["clock_sides"] = {_key(str(k)): str(v) for k, v in (dat.get("clock_sides") or {}).items()}
    t["clock_side_leads"] = [str(w) for w in dat.get("clock_side_leads", [])]
    t["clock_offsets"] = {_key(str(k)): float(v) for k, v in (dat.get("clock_offset_units") or {}).items()}
    t["clock_near_leads"] = frozenset(_key(str(w)) for w in dat.get("clock_near_leads", []))
    t["near_side_minutes"] = int(dat.get("near_side_minutes", 0))
    t["named_times"] = {_key(str(k)): int(v) for k, v in (dat.get("named_times") or {}).items()}
    t["time_zones"] = [str(z) for z in dat.get("time_zones", [])]
    t["zone_offsets"] = {str(k): float(v) for k, v in (dat.get("zone_offsets") or {}).items()}
    t["seasonal_zones"] = {str(k): float(v) for k, v in (dat.get("seasonal_zones") or {}).items()}
    t["one_clock"] = {frozenset({str(k), str(form)}) for k, forms in (dat.get("seasonal_forms") or {}).items()
                      for form in forms}
    t["clock_24h_marks"] = [str(w) for w in dat.get("clock_24h_marks", [])]
    t["daypart_halves"] = {_key(str(k)): str(v) for k, v in (dat.get("daypart_halves") or {}).items()}
    t["date_bounds"] = {_key(k): str(v) for k, v in (dat.get("date_bounds") or {}).items()}
    t["bound_negations"] = [str(w).casefold() for w in dat.get("date_bound_negations", [])]
    t["bound_turned"] = {_key(w) for w in dat.get("date_bound_turned", [])}
    return t


def _function_words(t: dict[str, Any]) -> set[str]:
    """Capitalised words that may stand before a number without making a name of it."""
    fw = set(t["stop"]) | t["month_leads"] | t["year_leads"] | t["date_leads"] | t["range_open"]
    for q in t["quals"]:
        fw.update(q.split())
    fw.update(t["words"])
    fw.update(t["articles"])
    fw.update(t["increments"])
    return fw


def _pct_alt(t: dict[str, Any]) -> str:
    """Percent units spelled as words ("percent", "per cent")."""
    return _alt([p for p in t["pct"] if p[0].isalpha()])


def _quantity_core(t: dict[str, Any], num: dict[str, Any]) -> str:
    """The number itself: digits (with a scale, abbreviation or glued unit), number words,
    digit ranges, vague numbers, "half a" and "a" before a scale or unit."""
    scale_alt = _alt(t["scales"])
    pct_alt = _pct_alt(t)
    art_alt = _alt(t["articles"])
    # A currency's code may be written glued to its figure ("USD59.5 billion", "EUR3bn").
    glued_codes = "".join(f"|(?<={re.escape(c)})" for c in sorted(t["cur_codes"])
                          if len(c) == 3 and c.isalpha())
    # ... as may a symbol that ends in a letter ("$US1.6 billion", "Rs500").
    glued_codes += "".join(f"|(?<={re.escape(c)})" for c in sorted(t["cur_syms"]) if c[-1:].isalpha())
    half_alt = _alt(num.get("half_words", []))
    and_half_alt = _alt(list(num.get("and_fractions") or {}))
    tforms = t["time_forms"]
    time_alt = _alt(tforms, ci=False)
    # (An article counts one of a unit named in the singular: "a months-long dispute" is no month.)
    art_time_alt = _alt([f for f, u in tforms.items() if u in t["art_time"] and f == u], ci=False)
    card_alt = _alt(t["words"])
    point_alt = _alt(t["points"])
    abbr_glued = _alt(t["abbrs"])
    abbr_spaced = _alt([a for a in t["abbrs"] if len(a) > 1])
    glued_meas = _alt(t["measure_glued"])
    glued_time = _alt(t["time_glued"], ci=False)
    # A comma before one or two digits is a decimal comma ("47,35%", "€3,4 billion"): a
    # thousands separator always sets off three.
    # Thousands grouped by a space ("64 000", "1\u00a0300"): a narrow or no-break space before
    # any three digits, a plain one only before "000" ("on March 3 100 people" is two numbers).
    dig = (r"(?:\d{1,3}(?:(?:[\u00a0\u202f\u2009]\d{3}|[ ]000))+(?![\d,.])"
           r"|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\d{1,3},\d{1,2}(?![\d,]))")
    return (
        r"(?P<core>"
        rf"(?P<drange>{_alt(t['dranges'])})\b"
        rf"|(?P<vague>{_alt(t['vague'])})\b"
        # ("half an hour", and hyphenated, "half-an-hour")
        rf"|(?P<halfw>{half_alt}(?:{_SP}{art_alt}|{_HY}{art_alt}(?={_HY}(?:{time_alt})\b)))"
        rf"(?:{_SP}(?P<hscale>{scale_alt})\b|(?=(?:{_SP}|{_HY})(?:{time_alt}|{pct_alt})\b))"
        rf"|(?P<art>{art_alt})(?:{_SP}(?P<ascale>{scale_alt}(?:{_SP}{scale_alt})*)\b"
        rf"|(?={_SP}{art_time_alt}\b))"
        rf"|(?:(?<![\w.,]){glued_codes})(?P<dig>{dig})(?![,.]\d)"
        rf"(?:(?:{_SP}|{_HY})(?P<dscale>{scale_alt}(?:{_SP}{scale_alt})*)\b"
        rf"|(?P<abbr>{abbr_glued})(?!\w)|{_SP}(?P<abbr2>{abbr_spaced})(?!\w)"
        rf"|(?P<gmeas>{glued_meas})(?!\w)|(?=(?:{glued_time})(?!\w))|(?=[{_GLUED_FRACTIONS}])|(?!\w))"
        rf"|\b(?P<words>{card_alt}(?:(?:{_SP}(?i:and){_SP}|{_SP}|{_HY})"
        rf"(?:{card_alt}|{scale_alt}|{point_alt}(?=(?:{_SP}|{_HY}){card_alt}\b)))*)\b"
        r")"
        rf"(?P<andhalf>(?:{_SP}|{_HY}|(?<=\d)(?=[{_GLUED_FRACTIONS}])){and_half_alt}(?![\w/])"
        rf"(?:{_SP}(?P<hscale2>{scale_alt})\b)?)?"
    )


def _quantity_patterns(t: dict[str, Any], num: dict[str, Any]) -> dict[str, re.Pattern]:
    """A number with its currency, and the qualifier before it."""
    core = _quantity_core(t, num)
    r: dict[str, re.Pattern] = {}
    # qualifiers are found looking back from a number: "more than | 300"
    r["qual_back"] = re.compile(rf"(?<![\w])(?P<q>{_alt(t['quals'])})(?:(?<=\.)|\b){_SP}\Z")
    cur = (rf"(?:(?P<sym>{_alt(t['cur_syms'], ci=False)})[ \u00a0]?"
           rf"|(?P<code>{_alt(t['cur_codes'], ci=False)})(?:{_SP}|(?=\d)))")
    r["qty"] = re.compile(rf"(?<![\w$]){cur}?{core}")
    r["core"] = re.compile(core)
    breaks = "|".join(re.escape(str(w)) for w in num.get("elided_noun_breaks", [])) or "(?!)"
    verbs = "|".join(re.escape(str(w)) for w in num.get("elided_noun_verbs", [])) or "(?!)"
    r["elided"] = re.compile(rf"(?<![\w.,$£€%-])(\d{{1,3}}|{_alt(t['words'])})"
                             rf"(?=\s*(?:[,.;]|$|\s+(?:{breaks})\b|\s+(?:{verbs}|[a-z]+ed)\b))")
    r["elided_break"] = re.compile(rf"[,;]|\b(?:{breaks})\b")
    signs = "".join(re.escape(c) for c in sorted(t["neg_signs"]))
    r["neg_back"] = re.compile(
        # "plus or minus 3%" and "+/-3%" are a band around a figure, not a figure below zero
        "(?:" + (rf"(?<![\w.,%/{signs}])[{signs}]" if signs else "(?!)")
        + (rf"|(?<![\w])(?<!or )(?:{_alt(t['neg_words'])}){_SP}" if t["neg_words"] else "") + r")\Z")
    # The word before a range's first figure, past its sign: "from -0.1% to 0.1%" is a move
    # from one rate to another, as "from 0.1% to 0.2%" is, not a range.
    r["range_opener"] = re.compile(
        r"(\w+)\s+(?:" + (rf"(?:{_alt(t['neg_words'])}){_SP}|" if t["neg_words"] else "")
        + (rf"[{signs}]" if signs else "(?!)") + r")?\Z")
    return r


def _unit_patterns(t: dict[str, Any], num: dict[str, Any]) -> dict[str, re.Pattern]:
    """What may follow a number: a qualifier ("or more"), percent, currency word, time
    unit, "and a half", direction, measure."""
    r: dict[str, re.Pattern] = {}
    r["postfix"] = re.compile(
        rf"(?:{_SP}(?P<pq>{_alt([p for p in t['postfix'] if p[0].isalpha()])})\b"
        rf"|(?P<pq2>{_HY}(?i:plus)\b|\+(?!\d)))"
    )
    r["pct"] = re.compile(rf"(?:[ \u00a0]?(?P<sign>%)|(?:{_SP}|{_HY})(?P<pw>{_pct_alt(t)})\b)")
    r["curword"] = re.compile(
        rf"{_SP}(?P<of>(?i:of){_SP})?"
        rf"(?:(?P<cw>{_alt(t['cur_words'])})|(?P<cc>{_alt(t['cur_codes'], ci=False)}))\b"
    )
    r["time"] = re.compile(
        rf"(?:(?P<sep>{_SP}|{_HY})(?P<tu>{_alt(t['time_forms'], ci=False)})\b"
        rf"|(?P<gtu>{_alt(t['time_glued'], ci=False)})(?!\w))"
        rf"(?P<tail>(?:{_HY}|{_SP})(?P<age>{_alt(num.get('age_words', []))})\b"
        rf"|{_HY}{_alt(num.get('duration_adjective_words', []))}\b)?"
    )
    r["andhalf_after"] = re.compile(rf"{_SP}{_alt(list(num.get('and_fractions') or {}))}\b")
    r["direction"] = re.compile(rf"{_SP}(?P<dir>{_alt(t['directions'])})\b")
    r["measure"] = re.compile(rf"(?:{_SP}|{_HY})(?P<mu>{_alt(t['measures'])})(?![\w/])")
    return r


def _word_patterns(num: dict[str, Any]) -> dict[str, re.Pattern]:
    """The words around a number: a compound ("five-day"), the next and previous word, "of"."""
    r: dict[str, re.Pattern] = {}
    r["compound"] = re.compile(rf"{_HY}(?P<cw>[A-Za-z]+)\b(?!{_HY}\w)")
    r["word"] = re.compile(rf"{_SP}(?P<w>[A-Za-z][A-Za-z'\u2019-]*)")
    # A grade word and the number after it ("Category 3", "stage four"), not a number's first
    # part ("level 3.5", "Category 4-5").
    r["grade"] = re.compile(rf"\b({_alt(num.get('grade_words', []))})\s+(\d{{1,2}}|[A-Za-z]+)\b"
                            r"(?![-\u2010\u2011\u2013.,]?\d)")
    r["of"] = re.compile(rf"{_SP}(?i:of)\b")
    # "five of the bus's cars", "four of their players": a count of some of the noun. (Where
    # a whole follows, "18 of the 90 seats", the part stays unread: it may be any part of it.)
    r["partitive"] = re.compile(
        rf"{_SP}of{_SP}(?:{_alt(num.get('partitive_determiners', []))})\b"
        rf"(?:{_SP}[A-Za-z][A-Za-z-]*['\u2019]s?(?={_SP}))?")
    r["of_a_point"] = re.compile(rf"{_SP}(?:{_alt(num.get('of_a_point', []))})\b")
    r["who_after"] = re.compile(rf"{_SP}(?i:{_alt(num.get('people_relatives', []))})\b")
    r["vague_link"] = re.compile(rf"{_SP}(?i:{_alt(num.get('vague_links', []))})\b")
    r["prev_word"] = re.compile(r"(\S+)[ \t\u00a0]+\Z")
    return r


def _block_pattern() -> re.Pattern:
    """Spans that are never values: clock times, phone numbers, numeric dates, seasons."""
    return re.compile(
        r"\A\s*\d{1,2}[.)](?=\s|\Z)"  # list markers: "1. ..."
        # An address starts where a run of its characters starts: read from every character of
        # a long run without an "@", the run was read to its end once per character.
        r"|(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+"  # addresses
        # A quote a business site's page sets after a firm's ticker ("Tarco Corp. TRC, -2.35%
        # said ..."): the day's move of its shares as the page was read, no figure of the story.
        r"|(?<![\w.])[A-Z]{1,5}(?:\.[A-Z]{1,2})?,\s*[-+\u2212]\d+\.\d\d%"
        r"|(?<![\w.])(?:"
        r"\d{1,2}(?::\d{2})?[ \u00a0]?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
        r"|\d{1,2}:\d{2}(?::\d{2})?\b"
        r"|\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}\b"
        r"|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}\b"
        r"|\d{3}[.-]\d{3}[.-]\d{4}\b"
        # (not a fraction written after a whole number: "14 1/2 years", "1-1/2 percent")
        r"|(?<!\d )(?<!\d\u00a0)(?<!\d-)\d{1,4}/\d{1,2}(?:/\d{2,4})?\b"
        r"|(?:1[89]|2[01])\d\d[-\u2013/]\d\d\b(?![-\u2013/]\d)"
        r"|\d+(?:\.\d+){2,}\b"
        r")"
    )


def _clock_pattern(t: dict[str, Any]) -> re.Pattern:
    """A time of day with its half of the day ("10:33 am", "9 p.m.", "11.11pm") or a time
    taken in hours, minutes and seconds ("2:06:41"); the half is read case-blind ("10:33 PM").
    A zone after it is part of it, "local time" too: the place's own clock, which a reading
    told in a named zone ("11:47 pm GMT") need not be."""
    halves = _alt(t["halves"]) if t["halves"] else r"(?!)"
    return re.compile(
        r"(?<![\w.:/])(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?"
        rf"(?:[ \u00a0]?(?P<meridiem>{halves})(?![\w])(?:[ \u00a0](?P<zone>{_zones(t)}|local time)(?!\w))?"
        r"|(?<=\d)(?![\w:]))")


def _clock_dayparted_pattern(t: dict[str, Any]) -> re.Pattern:
    """A time of day whose half of the day is told by the part of the day after its weekday:
    "just after 8.40 on Sunday morning" (``daypart_halves``). The time alone is the match."""
    parts = _alt(t["daypart_halves"]) if t["daypart_halves"] else r"(?!)"
    return re.compile(
        r"(?<![\w.:/$\u00a3\u20ac\u00a5])(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)(?![\w.:])"
        rf"(?=[ \u00a0]on[ \u00a0](?:{_alt(t['weekdays'], ci=False)})[ \u00a0](?P<part>{parts})\b)")


def _zones(t: dict[str, Any]) -> str:
    # A zone may carry an offset of its own: "03:30 GMT+2" is 01:30 GMT.
    return rf"(?:{_alt(t['time_zones'], ci=False)})(?:{_ZONE_SHIFT.pattern})?" if t["time_zones"] else r"(?!)"


_ZONE_SHIFT = re.compile(r"[+\-\u2212](?:1[0-4]|0?\d)(?::?[0-5]\d)?(?!\d)")
"""Hours (and minutes) added to a zone ("GMT+1", "UTC-05:00", "UTC+0530")."""


def _clock_24h_pattern(t: dict[str, Any]) -> re.Pattern:
    """A time of day on the 24-hour clock, which a zone or a mark after it tells from a score,
    a ratio or minutes and seconds: "21:00 GMT", "2100 GMT", "14.00 local time", "0600 hrs"."""
    marks = _alt(t["clock_24h_marks"]) if t["clock_24h_marks"] else r"(?!)"
    return re.compile(
        r"(?<![\w.:/])(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d))"
        rf"[ \u00a0]?(?:(?P<zone>{_zones(t)})|(?P<mark>{marks}))(?!\w)")


def _clock_side_pattern(t: dict[str, Any]) -> re.Pattern:
    """What ends the text before a time of day and sets it off: a span before or after it
    ("three minutes before 2 pm", "an hour after noon"), or a side alone, a bound ("shortly
    after 2 pm", "just before 9 am"), read back from the time."""
    sides = _alt(t["clock_sides"]) if t["clock_sides"] else r"(?!)"
    leads = "|".join(re.escape(w) for w in t["clock_side_leads"]) or r"(?!)"
    units = _alt(t["clock_offsets"]) if t["clock_offsets"] else r"(?!)"
    numbers = "|".join(re.escape(w) for w in sorted(t["words"], key=len, reverse=True)) or r"(?!)"
    return re.compile(
        rf"(?<![\w-])(?:(?P<n>\d{{1,3}}|{numbers}|an?)\s+(?P<unit>{units})\s+|(?P<lead>{leads})\s+)?"
        rf"(?P<side>{sides})\s+$", re.IGNORECASE)


_YEAR = r"(?P<y>(?:1[89]|2[01])\d\d)"


def _date_patterns(t: dict[str, Any], dat: dict[str, Any]) -> dict[str, re.Pattern]:
    """Calendar dates: "10 November", "Nov. 10, 2025", "November 2025", "early November",
    ISO dates, and parts of a year."""
    month_full = _alt(t["months"], ci=False)
    month_abbr = rf"(?:{_alt(t['month_abbr'], ci=False)}\.?)"
    month_any = rf"(?:{month_full}|{month_abbr})"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    r: dict[str, re.Pattern] = {}
    r["month_probe"] = re.compile(rf"\b{month_any}")
    bounds = _alt(t["date_bounds"].keys() | t["bound_turned"])
    r["date_bound_back"] = re.compile(rf"(?<![\w])(?P<q>{bounds}){_SP}\Z", re.I)
    r["dmy"] = re.compile(
        rf"(?<![\w.,])(?:(?i:the){_SP})?{day}{_SP}(?:(?i:of){_SP})?(?P<m>{month_any})(?!\w)"
        rf"(?:,?{_SP}{_YEAR}\b)?"
    )
    r["mdy"] = re.compile(
        rf"\b(?P<m>{month_any}){_SP}{day}(?:{_DASH}[0-3]?\d)?\b(?![.,]\d|%|{_SP}{_pct_alt(t)}\b)"
        rf"(?:,?{_SP}{_YEAR}\b)?"
    )
    r["my"] = re.compile(rf"\b(?P<m>{month_any}),?{_SP}(?:(?i:of){_SP})?{_YEAR}\b")
    r["monly"] = re.compile(
        rf"\b(?P<lead>{_alt(t['month_leads'])})(?:{_SP}|{_HY})"
        rf"(?:{_alt(dat.get('month_modifiers', []))}(?:{_SP}|{_HY}))?"
        rf"(?P<m>{month_full})\b(?!{_SP}[0-3]?\d\b)"
    )
    r["iso"] = re.compile(r"(?<![\w.-])(?P<y>(?:1[89]|2[01])\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\w-])")
    if t["year_parts"]:
        r.update(_year_part_patterns(t))
    return r


def _year_part_patterns(t: dict[str, Any]) -> dict[str, re.Pattern]:
    """Parts of a year: "the second quarter of 2025", "Q2 2025", "H1'25"."""
    part_names = {n for spec in t["year_parts"].values() for n in spec["names"]}
    shorts = "".join(sorted(t["part_of_short"]))
    parts_alt = _alt(t["year_parts"])
    return {
        "year_part_probe": re.compile(rf"(?i:{parts_alt})|\b[{shorts}][1-4]\b"),
        "year_part": re.compile(
            rf"\b(?:(?i:the){_SP})?(?P<n>{_alt(part_names)})(?:{_SP}|{_HY})(?P<part>{parts_alt})"
            rf"(?:{_SP}(?i:of)(?:{_SP}(?i:the{_SP}year))?)?{_SP}{_YEAR}\b"
            rf"|\b(?P<short>[{shorts}])(?P<sn>[1-4])"
            rf"(?:(?:{_SP}|{_HY})(?P<sy>(?:1[89]|2[01])\d\d)|{_APOS}(?P<sy2>\d\d))?\b"
        ),
    }


def _relative_patterns(t: dict[str, Any]) -> dict[str, re.Pattern]:
    """Relative times ("last week", "early Tuesday", "this month") and weekdays."""
    weekday_alt = _alt(t["weekdays"], ci=False)
    r: dict[str, re.Pattern] = {}
    r["relative"] = re.compile(
        rf"\b(?:(?P<phrase>{_alt(t['rel_phrases'])})\b"
        rf"|(?:(?P<edge>{_alt(t['edges'])}){_SP})?(?P<day>{_alt(t['rel_days'])})"
        rf"(?:{_SP}(?P<part>{_alt(t['dayparts'])}))?\b"
        rf"|(?P<end>{_alt(t['ends'])}){_SP}(?:(?P<dei3>{_alt(t['deictics'])}){_SP}|(?i:the){_SP})"
        rf"(?P<unit3>{_alt(t['rel_units'], ci=False)})\b"
        rf"|(?:(?P<edge2>{_alt(t['edges'])}){_SP})?(?P<dei>{_alt(t['deictics'])}){_SP}"
        rf"(?:(?P<unit>{_alt(t['rel_units'], ci=False)})|(?P<wd>{weekday_alt}))\b)"
    )
    r["weekday"] = re.compile(rf"\b(?P<wd>{weekday_alt})\b(?:{_SP}(?P<part>{_alt(t['dayparts'])})\b)?")
    return r


def _ordinal_patterns(t: dict[str, Any], num: dict[str, Any]) -> dict[str, re.Pattern]:
    """Ordinals ("5th", "twenty-first"), fractions ("two thirds of"), ratios ("one in five")."""
    card_alt = _alt(t["words"])
    tens = [w for w, v in t["words"].items() if v >= 20 and v % 10 == 0]
    numerators = list(t["articles"]) + [w for w, v in t["words"].items() if 1 <= v <= 10]
    r: dict[str, re.Pattern] = {}
    r["ord_digits"] = re.compile(r"(?<![\w.,])(?P<n>\d+)(?P<suf>st|nd|rd|th)\b")
    r["ord_words"] = re.compile(
        rf"\b(?P<w>(?:(?P<tens>{_alt(tens)})(?:{_HY}|{_SP}))?(?P<o>{_alt(t['ordinals'])}))\b"
    )
    r["fraction"] = re.compile(
        rf"(?<![\w])"
        rf"(?:(?P<num>{_alt(numerators)})(?:{_SP}|{_HY})(?P<fr>{_alt(t['fractions'])})\b"
        rf"|(?P<halfw>{_alt(num.get('half_words', []))})(?={_SP}(?i:of)\b))"
        rf"(?P<of>{_SP}(?i:of)\b)?"
    )
    r["ratio"] = re.compile(
        rf"(?<![\w.,])(?P<a>{card_alt}|\d{{1,3}}(?:,\d{{3}})*)"
        rf"{_SP}{_alt(num.get('ratio_words', []))}{_SP}(?P<b>{card_alt}|\d{{1,3}}(?:,\d{{3}})*)\b(?![.,]\d)"
        rf"(?!{_SP}(?:{_alt(t['time_forms'], ci=False)}|{_pct_alt(t)})\b|%)"
    )
    r["ord_follow"] = re.compile(rf"(?:{_SP}|{_HY})(?P<w>[A-Za-z][A-Za-z-]*)")
    return r


# ---------------------------------------------------------------------------------------
# Small helpers


def _prev_word(g: _Grammar, text: str, start: int) -> str:
    m = g.r["prev_word"].search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before.endswith(_END_PUNCT)


def _is_name_lead(g: _Grammar, prev: str, allowed: set[str]) -> bool:
    """A capitalised word before a value that makes a name of it ("Boeing 737", "Fox News Sunday")."""
    if not prev or not any(c.isupper() for c in prev[:2]):
        return False
    if prev.endswith((",", ";", ":", ")", '"', "\u201d", "\u2019", "'", "(")):
        return False
    if re.search(rf"{_APOS}s?$", prev):  # possessive: "Trump's 100% threat"
        return False
    return _key(prev).rstrip(".") not in allowed and _key(prev) not in allowed


def _fmt_plain(v: float, decimals: int = 3) -> str:
    r = round(v, decimals)
    if r == int(r):
        return f"{int(r):,}"
    return f"{r:,.{decimals}f}".rstrip("0").rstrip(".")


def _split_scale(v: float, names: tuple) -> tuple[float, str]:
    """4.2e9 -> (4.2, "billion") when the scale word gives a short figure."""
    for scale, name in names:
        if abs(v) >= scale:
            m = v / scale
            if abs(m * 1000 - round(m * 1000)) < 1e-6:
                return m, name
            break
    return v, ""


def _fmt_num(v: float, names: tuple) -> str:
    m, name = _split_scale(v, names)
    return f"{_fmt_plain(m)} {name}" if name else _fmt_plain(v)


def _fmt_range(v: float, upper: float | None, names: tuple) -> str:
    if upper is None:
        return _fmt_num(v, names)
    ma, na = _split_scale(v, names)
    mb, nb = _split_scale(upper, names)
    if na and na == nb:
        return f"{_fmt_plain(ma)}-{_fmt_plain(mb)} {na}"
    return f"{_fmt_num(v, names)}-{_fmt_num(upper, names)}"


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _singular(g: _Grammar, w: str) -> str:
    w = w.lower()
    irr = g.t["irregular"]
    if w in irr:
        return irr[w]
    compound = _compound_plural(g, w)
    if compound:
        return compound
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith(("xes", "ches", "shes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _plural(g: _Grammar, unit: str) -> str:
    po = g.t["plural_of"]
    if unit in po:
        return po[unit]
    if unit in g.t["irregular"]:  # invariant ("dead", "police")
        return unit
    head, _, last = unit.rpartition(" ")
    compound = next((last[:-len(singular)] + ending for ending, singular in g.t["irregular_endings"]
                     if last.endswith(singular) and last not in g.t["plain_in_man"]), None)
    if compound and _compound_plural(g, compound) == last:
        last = compound  # "fisherman": "fishermen"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh", "z")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def _unit_display(g: _Grammar, unit: str, value: float, upper: float | None) -> str:
    if upper is None and value == 1:
        return unit
    last = unit.rpartition(" ")[2]
    if unit in g.t["measure_units"] and (len(last) <= 3 or not last.isalpha() or not last.islower()):
        return unit  # "10 km", "5 MW"
    return _plural(g, unit)


def _is_plural_noun(g: _Grammar, w: str) -> bool:
    return (
        len(w) >= 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s", "\u2019s"))
        and w.isalpha()
    ) or bool(_compound_plural(g, w))


def _compound_plural(g: _Grammar, w: str) -> str:
    """The singular of a compound irregular plural ("fishermen": fisherman), "" for any other
    word: one that only ends like one ("specimen"), or the plain plural the table holds ("men")."""
    w = w.lower()
    if not w.isalpha() or w in g.t["singular_alike"] or w in g.t["irregular"]:
        return ""
    for ending, singular in g.t["irregular_endings"]:
        if w.endswith(ending) and len(w) > len(ending) + 2:
            return w[:-len(ending)] + singular
    return ""


# ---------------------------------------------------------------------------------------
# Candidates


@dataclass
class _Cand:
    prio: int
    start: int
    end: int
    fact: Fact | None  # None: a blocked span


_P_BLOCK, _P_DATE, _P_REL, _P_FRACTION, _P_QTY, _P_ORD, _P_WEEKDAY = range(7)
_P_CLOCK = _P_BLOCK - 1  # a time read as a value wins over the block of clock times


def _mk(kind: FactKind, text: str, start: int, end: int, **kw) -> Fact:
    return Fact(kind=kind, raw=text[start:end], start=start, end=end, **kw)


def _date_canonical(g: _Grammar, year: int | None, month: int | None, day: int | None) -> str:
    if month is None:
        return str(year) if year else ""
    name = g.t["month_names"][month]
    if day is None:
        return f"{name} {year}" if year else name
    return f"{name} {day}, {year}" if year else f"{name} {day}"


def _valid_day(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year or 2000, month)[1]


def _month_of(g: _Grammar, s: str) -> int | None:
    s = s.rstrip(".")
    return g.t["months"].get(s) or g.t["month_abbr"].get(s)


def _dates(g: _Grammar, text: str, out: list[_Cand]) -> None:
    r = g.r
    for m in r["iso"].finditer(text):
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        if _valid_day(y, mo, d):
            f = _mk(FactKind.DATE, text, m.start(), m.end(), year=y, month=mo, day=d,
                    canonical=_date_canonical(g, y, mo, d))
            out.append(_Cand(_P_DATE, m.start(), m.end(), f))
    if not r["month_probe"].search(text):
        return
    leads = g.t["date_leads"]
    for name in ("dmy", "mdy", "my", "monly"):
        for m in r[name].finditer(text):
            month = _month_of(g, m["m"])
            if month is None:
                continue
            gd = m.groupdict()
            year = int(gd["y"]) if gd.get("y") else None
            day = int(gd["d"]) if gd.get("d") else None
            if day is not None and not _valid_day(year, month, day):
                continue
            start = m.start("m") if name == "monly" else m.start()
            if (name in ("mdy", "my") and not _sentence_initial(text, start)
                    and _is_name_lead(g, _prev_word(g, text, start), leads | g.t["function_words"])):
                continue
            f = _mk(FactKind.DATE, text, start, m.end(), year=year, month=month, day=day,
                    canonical=_date_canonical(g, year, month, day))
            out.append(_Cand(_P_DATE, start, m.end(), f))


def _year_parts(g: _Grammar, text: str, out: list[_Cand]) -> None:
    """"the third quarter of 2026", "Q3 2026", "H2": a date spanning the part's months;
    ``unit`` names the part and ``value`` its number."""
    pattern = g.r.get("year_part")
    if pattern is None or not g.r["year_part_probe"].search(text):
        return
    for m in pattern.finditer(text):
        if m["short"]:
            part = g.t["part_of_short"][m["short"]]
            number = int(m["sn"])
            year = int(m["sy"]) if m["sy"] else (2000 + int(m["sy2"]) if m["sy2"] else None)  # "Q3 '26"
        else:
            part = _key(m["part"])
            found = g.t["year_parts"][part]["names"].get(_key(m["n"]))
            if found is None:
                continue  # "a third half 2025": an ordinal no part of that size has
            number, year = found, int(m["y"])
        spec = g.t["year_parts"][part]
        if number * spec["months"] > 12:
            continue  # "H3", "Q5": not a part of a year
        canonical = f"{spec['short']}{number}" + (f" {year}" if year else "")
        f = _mk(FactKind.DATE, text, m.start(), m.end(), year=year, month=(number - 1) * spec["months"] + 1,
                unit=part, value=float(number), canonical=canonical)
        out.append(_Cand(_P_DATE, m.start(), m.end(), f))


def year_part_months(fact: Fact, lexicon: Lexicon = DEFAULT) -> int:
    """How many months a date spans when it names a part of a year ("Q3 2026": 3), else 0."""
    if fact.kind is not FactKind.DATE or not fact.unit:
        return 0
    spec = lexicon.compiled(_grammar).t["year_parts"].get(fact.unit)
    return spec["months"] if spec else 0


def _relative_canonical(rel: str, qual: str) -> str:
    if not qual or qual not in "<>":
        return rel
    if rel.startswith("this ") or rel in DEFAULT.compiled(_grammar).t["day_offsets"]:
        return ("later " if qual == ">" else "earlier ") + rel
    return ("late " if qual == ">" else "early ") + rel


def _relatives(g: _Grammar, text: str, out: list[_Cand]) -> None:
    t = g.t
    for m in g.r["relative"].finditer(text):
        qual, weekday = "", None
        if m["phrase"]:
            rel = t["rel_phrases"][_key(m["phrase"])]
            if not rel:
                continue
        elif m["day"]:
            rel = t["rel_days"][_key(m["day"])]
            qual = t["edges"].get(_key(m["edge"] or ""), "")
            if m["day"][0].isupper() and not _sentence_initial(text, m.start("day")) and not m["edge"]:
                continue  # "NBC's Today" is a programme
        elif m["end"]:
            # "the end of the year": the last day of this year
            off = t["deictics"][_key(m["dei3"])] if m["dei3"] else 0
            word = {0: "this", 1: "next", -1: "last"}.get(off, "this")
            rel = f"{END_OF}{word} {m['unit3'].lower()}"
        else:
            off = t["deictics"][_key(m["dei"])]
            word = {0: "this", 1: "next", -1: "last"}.get(off, "this")
            if m["dei"][0].isupper() and not _sentence_initial(text, m.start("dei")) and not m["edge2"]:
                continue  # "This Week" as a title
            qual = t["edges"].get(_key(m["edge2"] or ""), "")
            if m["wd"]:
                weekday = t["weekdays"][m["wd"]]
                rel = f"{word} {m['wd']}"
            else:
                rel = f"{word} {m['unit'].lower()}"
        f = _mk(FactKind.RELATIVE, text, m.start(), m.end(), relative=rel, qualifier=qual,
                weekday=weekday, canonical=_relative_canonical(rel, qual))
        out.append(_Cand(_P_REL, m.start(), m.end(), f))


def _weekdays(g: _Grammar, text: str, out: list[_Cand]) -> None:
    t = g.t
    allowed = t["date_leads"] | t["function_words"]
    for m in g.r["weekday"].finditer(text):
        s, e = m.start(), m.end()
        if not _sentence_initial(text, s) and _is_name_lead(g, _prev_word(g, text, s), allowed):
            continue
        nxt = g.r["word"].match(text, e)
        if nxt and nxt["w"][0].isupper() and _month_of(g, nxt["w"]) is None:
            continue  # "Sunday Times"
        wd = t["weekdays"][m["wd"]]
        # The part of the day is kept as the unit: "Wednesday morning" and "Wednesday
        # afternoon" are two times (two readings of a level, two sessions of a meeting).
        part = _key(m["part"]) if m["part"] else ""
        f = _mk(FactKind.WEEKDAY, text, s, e, weekday=wd, unit=part,
                canonical=f"{m['wd']} {part}" if part else m["wd"])
        out.append(_Cand(_P_WEEKDAY, s, e, f))


MAX_GRADE = 20
"""Grades of a scale run low ("Category 3", "Stage 4", "Level 3"); a higher number after the
word is a name's or a count's."""


def _grades(g: _Grammar, text: str, out: list[_Cand]) -> None:
    """A grade on a scale written as its word and a number ("a Category 3 storm", "stage 4
    cancer", "alert level 3"): an ordinal of the scale, which two sources may give two ways."""
    t = g.t
    for m in g.r["grade"].finditer(text):
        word, number = _key(m[1]), _key(m[2])
        n = int(number) if number.isdigit() else t["words"].get(number)
        if n is None or not 0 < n <= MAX_GRADE or n != int(n):
            continue
        if not number.isdigit():
            # "one" is as often a determiner ("the next stage one day"), and a number word
            # may begin a larger number ("level two hundred").
            nxt = g.r["word"].match(text, m.end(2))
            if n == 1 or nxt and _key(nxt["w"]) in t["words"]:
                continue
        f = _mk(FactKind.ORDINAL, text, m.start(), m.end(2), value=float(n), canonical=f"{word} {int(n)}",
                unit=word)
        out.append(_Cand(_P_CLOCK, m.start(), m.end(2), f))


def _ordinals(g: _Grammar, text: str, out: list[_Cand]) -> None:
    t, r = g.t, g.r
    for m in r["ord_digits"].finditer(text):
        if len(m["n"]) > MAX_ORDINAL_DIGITS:
            continue
        n = int(m["n"])
        if _ordinal_suffix(n)[len(m["n"]):] != m["suf"]:
            continue
        nxt = r["word"].match(text, m.end())
        if nxt and nxt["w"][0].isupper():
            continue  # "5th Avenue", "101st Airborne"
        if _is_name_lead(g, _prev_word(g, text, m.start()), t["function_words"]) and not _sentence_initial(
            text, m.start()
        ):
            continue
        f = _mk(FactKind.ORDINAL, text, m.start(), m.end(), value=float(n), canonical=_ordinal_suffix(n),
                unit=_run(g, text, m.end()))
        out.append(_Cand(_P_ORD, m.start(), m.end(), f))
    for m in r["ord_words"].finditer(text):
        s, e = m.start(), m.end()
        o = _key(m["o"])
        n = t["ordinals"][o] + (int(t["words"][_key(m["tens"])]) if m["tens"] else 0)
        after = text[e : e + 20]
        # "finished second", "came in third, ahead of ...": the place taken
        before = re.search(r"([A-Za-z]+)\s+(?:in\s+)?$", text[max(0, s - 24):s])
        placed = before is not None and _key(before[1]) in t["placing"]
        if re.match(r"\s+(?:and\s+foremost|of\s+all|off)\b", after, re.I) \
                or re.match(r"\s*,", after) and not placed:
            continue  # "First, ...", "first and foremost", "first of all"
        initial = _sentence_initial(text, s)
        if m["w"][0].isupper() and not initial:
            continue  # "Second World War", "Fifth Avenue"
        nxt = r["ord_follow"].match(text, e)
        if nxt and nxt["w"][0].isupper():
            continue  # "First Amendment" at a sentence start, "the first Trump administration"
        if o in t["risky"] and not m["tens"] and not placed:
            if not nxt:
                continue
            w = nxt["w"].lower()
            # A superlative makes it a rank, hyphenated ("second-largest") or after "the"
            # ("the second largest city"): "second" as a time unit takes "a".
            after_the = re.search(r"\bthe\s+$", text[max(0, s - 5):s], re.I) is not None
            ok = w in t["ord_nouns"] or (w.endswith("est") and (text[e] in "-\u2010\u2011" or after_the))
            if not ok and (w in t["ord_mods"] or "-" in w):
                nxt2 = r["ord_follow"].match(text, nxt.end())
                ok = nxt2 is not None and nxt2["w"].lower() in t["ord_nouns"]
            if not ok:
                continue
        f = _mk(FactKind.ORDINAL, text, s, e, value=float(n), canonical=_ordinal_suffix(n),
                unit=_run(g, text, e))
        out.append(_Cand(_P_ORD, s, e, f))


RUN = "in a row"
"""Unit of an ordinal that tells the length of a run ("the 9th consecutive loss", "for
the 9th time in a row"): compared with a count of the run ("9 successive losses")."""


def _run(g: _Grammar, text: str, end: int) -> str:
    """``RUN`` when the words after an ordinal make it the length of a run: a run word
    first ("9th straight"), or "in a row" right after its noun ("9th time in a row"). The
    period when its noun is a part of a game or a year ("first-half", "second quarter")."""
    words = [_key(w["w"]) for w in itertools.islice(g.r["word"].finditer(text, end), 5)]
    if words and words[0] in g.t["run_words"]:
        return RUN
    period = re.match(rf"(?:{_SP}|{_HY})(\w+)", text[end:end + 12])
    if period and _key(period[1]) in g.t["period_ords"]:
        return _key(period[1])  # "first-half", "the second quarter": which part, no rank
    after = " ".join(words[1:4])
    return RUN if any(after.startswith(phrase) for phrase in g.t["run_after"]) else ""


def is_run(fact: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether a fact is the length of a run: an ordinal so read, or a count whose noun a run
    word qualifies ("fourteen consecutive sessions")."""
    if fact.kind == FactKind.ORDINAL:
        return fact.unit == RUN
    g = lexicon.compiled(_grammar)
    return fact.kind == FactKind.COUNT and any(_key(w["w"]) in g.t["run_words"]
                                               for w in g.r["word"].finditer(fact.raw))


def _qual_before(g: _Grammar, text: str, pos: int) -> tuple[int, str]:
    """The qualifier right before a number ("more than 300"): its start and symbol."""
    m = g.r["qual_back"].search(text, max(0, pos - 32), pos) if pos else None
    if not m:
        return pos, ""
    if _key(m["q"]) in g.t["moved_quals"] and _key(_prev_word(g, text, m.start())) in g.t["level_movers"]:
        return pos, ""  # "has gone up to 61": the verb's particle, the level reached, no bound
    if _key(m["q"]) in g.t["basis_quals"] and _basis_taken(g, text, m.start()):
        return pos, ""  # "convicted under three counts": what the act is done under, no bound
    return m.start(), g.t["quals"].get(_key(m["q"]), "")


def _basis_taken(g: _Grammar, text: str, start: int) -> bool:
    """Whether a word of the clause just before `start` takes "under" as what it is done
    under ("convicted in January under"): a time or place phrase may stand between."""
    clause = re.split(r"[,;:()]", text[max(0, start - 48):start])[-1]
    return any(_key(w) in g.t["basis_takers"] for w in clause.split()[-4:])


def _ratio_number(g: _Grammar, s: str) -> float:
    s = s.lower().replace(",", "")
    return float(s) if s[0].isdigit() else g.t["words"].get(s, 0.0)


def _fractions(g: _Grammar, text: str, out: list[_Cand]) -> None:
    t = g.t
    for m in g.r["ratio"].finditer(text):
        a, b = _ratio_number(g, m["a"]), _ratio_number(g, m["b"])
        if not 0 < a < b:
            continue
        start, qual = _qual_before(g, text, m.start())
        v = a / b * 100
        canon = (_QUAL_WORDS.get(qual, "") + " " if qual else "") + f"{_fmt_plain(v, 2)}%"
        f = _mk(FactKind.PERCENT, text, start, m.end(), value=v, unit="%", qualifier=qual, canonical=canon)
        out.append(_Cand(_P_FRACTION, start, m.end(), f))
    for m in g.r["fraction"].finditer(text):
        if m["halfw"]:
            prev = _key(_prev_word(g, text, m.start("halfw")))
            if prev in t["ordinals"] or prev in ("the", "a", "last", "first", "second"):
                continue
            share = 0.5
        else:
            num = _key(m["num"])
            if num in t["articles"]:
                if not m["of"]:
                    continue  # "a third term" is an ordinal
                k = 1.0
            else:
                k = t["words"][num]
            share = k * t["fractions"][_key(m["fr"])]
        start, qual = _qual_before(g, text, m.start("num") if m["num"] else m.start("halfw"))
        end = m.end("fr") if m["fr"] else m.end("halfw")
        point = g.r["of_a_point"].match(text, end)
        if point:  # "a quarter of a percentage point": a share of a point, not of the whole
            canon = (_QUAL_WORDS.get(qual, "") + " " if qual else "") + f"{_fmt_plain(share, 3)} pp"
            f = _mk(FactKind.PERCENT, text, start, point.end(), value=share, unit="pp", qualifier=qual,
                    canonical=canon)
            out.append(_Cand(_P_FRACTION, start, point.end(), f))
            continue
        v = share * 100
        canon = (_QUAL_WORDS.get(qual, "") + " " if qual else "") + f"{_fmt_plain(v, 2)}%"
        f = _mk(FactKind.PERCENT, text, start, end, value=v, unit="%", qualifier=qual, canonical=canon)
        out.append(_Cand(_P_FRACTION, start, end, f))


# ---------------------------------------------------------------------------------------
# Quantities: a number with its qualifier, currency, unit or counted noun


@dataclass
class _Atom:
    start: int
    end: int
    core_start: int
    kind: FactKind | None  # None: a bare number (no unit)
    unit: str
    value: float
    upper: float | None
    qual: str
    num: float  # the number as written, before any scale
    mult: float  # value / num
    source: str  # dig, words, art, half, vague, drange
    emit: bool = True
    year: int | None = None
    relative: str = ""
    vague: str = ""
    drange: str = ""
    cur_word: str = ""
    art_duration: bool = False
    pair: str = ""  # a score or tally ("23-20"), shown as written in order high-low
    shown: str = ""  # a time told in two units ("3 hours 25 minutes"), shown so
    noun: str = ""  # the counted noun as written ("men"), before a verb made it "dead"


def _parse_words(g: _Grammar, s: str) -> tuple[float, float, float, int, int]:
    """Value, number before the last big scale, that scale, chars consumed, and the number of
    decimals read out ("three point two million": one)."""
    words, scales = g.t["words"], g.t["scales"]
    total = cur = 0.0
    last = None
    end = 0
    decimals = 0
    big_scale, before_big = 1.0, None
    for tok in re.finditer(r"[A-Za-z]+", s):
        w = tok.group().lower()
        if w == "and":
            continue
        if w in g.t["points"] and last in ("unit", "teen", "tens") and not decimals:
            last = "point"
            continue
        if last in ("point", "decimal"):
            v = words.get(w)
            if v is None or v >= 10:
                if w not in scales or last == "point":
                    break
            else:
                decimals += 1
                cur += v / 10 ** decimals
                last = "decimal"
                end = tok.end()
                continue
        if w in words:
            v = words[w]
            if last in ("unit", "teen") or (last == "tens" and v >= 10):
                break
            cur += v
            last = "tens" if v >= 20 else ("teen" if v >= 10 else "unit")
        elif w in scales:
            sc = scales[w]
            if last is None:
                break
            if sc < 1000:
                cur = (cur or 1) * sc
            else:
                before_big = total + (cur or 1) if total == 0 else None
                total += (cur or 1) * sc
                cur = 0
                big_scale = sc
            last = "scale"
        else:
            break
        end = tok.end()
    value = total + cur
    if before_big is not None and cur == 0:
        return value, before_big, big_scale, end, decimals
    return value, value, 1.0, end, decimals


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _parse_core(g: _Grammar, m: re.Match) -> tuple[str, float, float, float, float | None, int]:
    """Source, number as written, multiplier, precision, upper, end of the core."""
    t = g.t
    end = m.end("core")
    upper = None
    if m["drange"]:
        lo, hi = t["dranges"][_key(m["drange"])]
        return "drange", lo, 1.0, 1.0, hi, end
    if m["vague"]:
        v = t["vague"][_key(m["vague"])]
        return "vague", v, 1.0, v, None, end
    if m["halfw"]:
        mult = t["scales"][_key(m["hscale"])] if m["hscale"] else 1.0
        return "halfw", 0.5, mult, 0.5 * mult, None, end
    if m["art"]:
        mult = 1.0
        if m["ascale"]:
            for w in m["ascale"].split():
                mult *= t["scales"][w.lower()]
        return "art", _figure(1.0, mult), mult, mult, None, end
    if m["dig"]:
        s = _SPACE_GROUPS.sub("", m["dig"])
        s = s.replace(",", ".") if _DECIMAL_COMMA.fullmatch(s) else s.replace(",", "")
        num = float(s)
        prec = 10.0 ** -(len(s.split(".")[1]) if "." in s else 0)
        mult = 1.0
        if m["dscale"]:
            for w in m["dscale"].split():
                mult *= t["scales"][w.lower()]
        elif m["abbr"] or m["abbr2"]:
            mult = t["abbrs"][(m["abbr"] or m["abbr2"]).lower()]
        return "dig", _figure(num, mult), mult, prec * mult, upper, end
    _value, num, mult, consumed, decimals = _parse_words(g, m["words"])
    _figure(_value, 1.0)
    end = m.start("words") + consumed
    prec = (mult if mult > 1 else 1.0) / 10 ** decimals
    return "words", _figure(num, mult), mult, prec, None, end


class NotAFigure(ValueError):
    """A run of digits or scale words too large to be a figure (``MAX_FIGURE``)."""


SCALED_FIGURE = 1_000_000
"""The least scale ("million") that makes number words a figure with no noun after them."""


def _figure(num: float, mult: float) -> float:
    # Written so that NaN fails the test too.
    if not abs(num * mult) < MAX_FIGURE:
        raise NotAFigure(f"{num} x {mult}")
    return num


FATE_AFTER_REACH = 2
"""Words after a partitive's noun read for the fate that names its group ("of the people
reported missing")."""


def _fate_named_after(t: dict, text: str, end: int) -> bool:
    """Whether a word of a fate names the group of the noun ending at ``end`` ("the people
    reported missing", "the passengers killed")."""
    clause = re.split(r"[,;:.!?()]", text[end:], maxsplit=1)[0]
    rest = [_key(w.lower()) for w in clause.split()[:FATE_AFTER_REACH + 1]]
    # (Right after the noun, or after a participle of telling, "reported missing", and then the
    # clause's verb: "of the passengers killed were children". Not a predicate, "four of the
    # workers were rescued", "three of the crew died", which counts those it befell.)
    at = 0 if rest and rest[0] in t["casualty_verbs"] else \
        1 if len(rest) > 1 and rest[0].endswith("ed") and rest[1] in t["casualty_verbs"] else None
    return at is not None and at + 1 < len(rest) and rest[at + 1] in t["be_forms"]


def _counted_noun(g: _Grammar, text: str, pos: int, value: float,
                  upper: float | None) -> tuple[str, int] | None:
    """The counted noun after a number (at most two modifiers before it), as (unit, end)."""
    t = g.t
    stop, irr = t["stop"], t["irregular"]
    one = value == 1 and upper is None
    p = pos
    for _ in range(3):
        m = g.r["word"].match(text, p)
        if not m:
            return None
        w = m["w"]
        base = re.sub(rf"{_APOS}s?$", "", w)
        lw = base.lower()
        if lw in stop or lw in t["words"] or lw in t["scales"] or lw in t["ordinals"] or lw in t["fractions"]:
            return None
        if _key(lw) in t["pct"] or lw in t["time_forms"] or lw in t["cur_words"]:
            return None
        end = m.start("w") + len(base)
        unit = None
        if one:
            if lw in t["singular_counted"]:
                unit = lw
        elif lw in irr:
            unit = irr[lw]
            nxt = g.r["word"].match(text, end)
            if nxt and "-" not in lw:  # "300 police officers"
                lw2 = re.sub(rf"{_APOS}s?$", "", nxt["w"]).lower()
                if _is_plural_noun(g, lw2) and lw2 not in stop and lw2 not in irr:
                    return _singular(g, lw2), nxt.start("w") + len(lw2)
                if irr.get(lw2) in t["animals"]:
                    return irr[lw2], nxt.start("w") + len(lw2)  # "300 dead cattle" counts cattle
        elif _is_plural_noun(g, lw):
            unit = _singular(g, lw)
        people = unit in t["casualty_counted"] or _key(lw) in t["casualty_verbs"]
        if unit and value != int(value) and people:
            return None  # no one is counted in fractions: "magnitude 7.8 killed" (but "2.5 shares")
        if unit:
            return unit, end
        if not lw.replace("-", "").isalpha():
            return None
        p = m.end()
    return None


def _atom(g: _Grammar, text: str, m: re.Match) -> _Atom | None:
    t, r = g.t, g.r
    start, qual = _qual_before(g, text, m.start())
    qual_text = text[start : m.start()]
    cur = None
    if m["sym"]:
        cur = t["cur_syms"][m["sym"]]
    elif m["code"]:
        cur = t["cur_codes"][m["code"]]
    source, num, mult, _prec, upper, core_end = _parse_core(g, m)
    core_start = m.start("core")
    value = num * mult
    pos = core_end
    if m["andhalf"] and source in ("dig", "words") and core_end == m.end("core"):
        num += _and_fraction(t, m)
        if m["hscale2"]:
            mult *= t["scales"][_key(m["hscale2"])]
        value = num * mult
        pos = m.end("andhalf")
    if source == "vague":
        qual = qual or ">="
    atom = _Atom(start, pos, core_start, None, "", value, upper, qual, num, mult, source)
    if source == "drange":
        atom.drange = m["drange"].lower()
    abbr = (m["abbr"] or m["abbr2"] or "").lower() if source == "dig" else ""

    pq = r["postfix"].match(text, pos)  # "300 or more people", "300-plus homes"
    if pq:
        atom.qual = atom.qual or t["postfix"].get(_key(pq["pq"] or "+"), ">=")
        pos = pq.end()

    if source == "dig" and m["gmeas"]:
        atom.kind, atom.unit = FactKind.COUNT, t["measure_glued"][m["gmeas"].lower()]
        atom.end = pos
    elif cur:
        atom.kind, atom.unit, atom.end = FactKind.MONEY, cur, pos
    else:
        _unit(g, text, atom, pos, source, abbr)
    if atom.kind is None and source == "art" and atom.mult == 1:
        return None
    if abbr in t["money_only"] and atom.kind not in (FactKind.MONEY, FactKind.COUNT):
        return None
    if abbr in t["money_only"] and atom.kind == FactKind.COUNT and atom.unit in t["measures"].values():
        return None

    # a trailing qualifier after the unit: "$5 billion or more", "300 people or so"
    if not pq and atom.kind not in (FactKind.DATE, FactKind.RELATIVE):
        pq = r["postfix"].match(text, atom.end)
        if pq and (pq["pq"] or pq["pq2"] != "+"):
            atom.qual = atom.qual or t["postfix"].get(_key(pq["pq"] or "plus"), ">=")
            atom.end = pq.end()

    # Names are not values: "Boeing 737", "COVID-19", "Article 5", "page 12". Nor is the number
    # of a parent's children: "a mother of two", "father of three".
    if (source == "dig" and atom.kind not in (FactKind.MONEY, FactKind.PERCENT) and not qual_text and not cur
            and _digit_is_name(g, text, core_start)) \
            or not qual_text and not cur and atom.kind in (None, FactKind.COUNT) \
            and _parent_of(g, text, core_start):
        return None

    if source == "dig" and not qual_text:
        _bare_year(g, text, m, atom, core_end)
    if atom.kind is None and source == "dig" and not qual_text and not cur:
        nxt = r["word"].match(text, atom.end)
        if nxt and nxt["w"][0].isupper() and nxt["w"].lower() not in t["function_words"]:
            return None  # "the 737 MAX", "Nasdaq 100 Index"
    if atom.kind is None:
        _bare_figure(g, text, atom, source)
    return atom


_PARENT_OF = re.compile(r"([A-Za-z]+)(?:[ \u00a0]+|-)of(?:[ \u00a0]+|-)\Z")


def _parent_of(g: _Grammar, text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a parent's noun and "of" (``parent_nouns``)."""
    m = _PARENT_OF.search(text, max(0, start - PARENT_REACH), start)
    return m is not None and m.group(1).lower() in g.t["parents"]


PARENT_REACH = 24
"""Characters before a number read for "<parent> of"."""


def _bare_figure(g: _Grammar, text: str, atom: _Atom, source: str) -> None:
    """A figure with no unit of its own: a count of the class of the toll it is the level of,
    or else a bare number (kept only when written in digits)."""
    # A count is whole, and written whole: "6.8" is none, nor is "5.0" (a reading to a tenth);
    # "1.2 million" is, at its scale.
    written_whole = atom.mult != 1 or "." not in text[atom.core_start:atom.end]
    whole = atom.upper is None and atom.value == int(atom.value) and written_whole
    # ("One" in words is a pronoun too: "the toll is one of the worst".)
    level = (_level(g, text, atom.start) or _counted_by_verb(g, text, atom.start)) \
        if (source == "dig" or source == "words" and atom.value != 1) and whole else None
    if level:
        # (A number in words with no noun is kept only as such a level: "rose to four".)
        atom.kind, atom.unit, atom.emit = FactKind.COUNT, level, True
    else:
        # (Number words with a scale, "two million", are a figure as its digits would be.)
        atom.emit = source in ("dig", "drange") or source == "words" and atom.mult >= SCALED_FIGURE


def _compound_head(key: str) -> str:
    """The word a hyphened compound is a kind of: its last ("the death-toll" is a toll)."""
    return key.rsplit(" ", 1)[-1]


_COORDINATORS = frozenset({"and", "or", "but"})


def _level(g: _Grammar, text: str, start: int) -> str | None:
    """The class a bare figure counts when it is the level of a toll noun before it: "the
    death toll rose to 36", "the number of fatalities now stands at 154" (units.yaml
    ``level_nouns``). Read back over words only: a clause break or another figure between
    them leaves the figure bare."""
    t = g.t
    reach = t["level_reach"]
    lo = start
    words: list[str] = []
    for m in reversed(list(_WORD.finditer(text, max(0, start - 12 * reach), start))):
        gap = text[m.end():lo]
        if not words and gap.strip() == "(":
            gap = ""  # "the deaths (694)": a figure in brackets right after its noun
        if any(ch in gap for ch in ",;:.!?()\"\u201c\u201d") or any(c.isdigit() for c in gap):
            break  # a clause break or another figure between
        words.append(_compound_head(_key(m[0])))
        lo = m.start()
        if words[-1] in t["level_stops"]:
            break
        if words[-1] in t["level_nouns"]:
            if any(w in _COORDINATORS for w in words[:-1]):
                # "nine people were hurt and 2,000 had no water", "six were declared dead in
                # the square and 20 went home": a conjunction between the noun and the figure
                # ends the noun's clause; it is no subject whose level the figure is.
                return None
            return t["level_nouns"][words[-1]]
        if len(words) >= reach:
            break
    return None


def _counted_by_verb(g: _Grammar, text: str, start: int) -> str | None:
    """The noun a bare figure counts when a verb of counting joins them ("the crew numbered
    14", "protesters numbered about 5,000"): the figure is how many of it there are, and is
    compared as "14 crew" is. (units.yaml ``counting_verbs``.)"""
    t = g.t
    before = list(_WORD.finditer(text, max(0, start - 60), start))[-2:]
    if len(before) < 2 or text[before[0].end():before[1].start()].strip() \
            or text[before[1].end():start].strip():
        return None  # the verb right before the figure, its noun right before the verb
    noun, verb = _key(before[0][0]), _key(before[1][0])
    if verb not in t["counting_verbs"] or not noun.isalpha() or noun in t["stop"] \
            or noun in t["function_words"] or noun in t["subject_breaks"] \
            or before[0][0][0].isupper() and before[0].start():
        return None  # ("Smith numbered 16": a name counts nothing; "it totalled 16" neither)
    # The noun is the verb's subject only where it heads the clause's first phrase: "claims
    # against the insurer totalled 260" counts claims, not insurers.
    opening = re.split(r"[,;:(\u2014]", text[:before[0].start()])[-1]
    if any(_key(w) in t["subject_breaks"] for w in _WORD.findall(opening)):
        return None
    return _singular(g, noun) if _is_plural_noun(g, noun) else noun


def _bare_year(g: _Grammar, text: str, m: re.Match, atom: _Atom, core_end: int) -> None:
    """A bare four-digit number as a year: "in 2019", "the 2024 election", "post-2020"."""
    t = g.t
    core_start = m.start("core")
    if (
        atom.kind in (None, FactKind.COUNT)
        and not atom.qual
        and re.fullmatch(r"\d{4}", m["dig"])
        and t["year_range"][0] <= int(m["dig"]) <= t["year_range"][1]
        and not (atom.kind == FactKind.COUNT and atom.unit in t["measures"].values())
    ):
        prev = _key(_prev_word(g, text, core_start))
        hyphened = core_start and text[core_start - 1] in "-\u2010\u2011"  # "post-2020"
        if atom.kind is None or prev in t["year_leads"] or hyphened:
            atom.kind, atom.unit, atom.year = FactKind.DATE, "", int(m["dig"])
            atom.end = core_end


def _digit_is_name(g: _Grammar, text: str, start: int) -> bool:
    t = g.t
    c = text[start - 1] if start else " "
    if c.isalnum() or c in "#\u2116":
        return True
    if c in "-\u2010\u2011\u2013":
        window = text[max(0, start - 16) : start]
        pm = re.search(r"([A-Za-z]+)[-\u2010\u2011]\Z", window)
        if pm and pm.group(1).lower() not in t["year_prefixes"]:
            return True
        pm = re.search(r"(?<![\w.,])\d[\d,.]*[-\u2010\u2011\u2013]\Z", window)
        if pm:  # the second of "Boeing 737-800" is a name when the first is
            return _digit_is_name(g, text, start - len(pm.group(0)))
        return False
    prev = _prev_word(g, text, start)
    if not prev:
        return False
    if _key(prev) in t["labels"] or _key(prev).rstrip(".") in t["labels"]:
        return True
    if _sentence_initial(text, start):
        return False
    if _SHORT_SCORE.match(text, start):
        return False  # "beat the Harriers 3-1": a score after the name of a side, no number of it
    return _is_name_lead(g, prev, t["function_words"] | t["date_leads"])


_SHORT_SCORE = re.compile(r"\d{1,2}\s?[-\u2013]\s?\d{1,2}\b(?![-\u2013]?\d|[-\u2013.,]?[A-Za-z])")
"""Two numbers of one or two digits joined by a dash, no third after them: a score or tally
("Rovers 2-1"), never a part of a name such as a model's number ("737-800", "F-16")."""


def _unit(g: _Grammar, text: str, atom: _Atom, pos: int, source: str, abbr: str) -> None:
    """Find the unit after a number (percent, currency word, time unit, measure, noun)."""
    t, r = g.t, g.r
    atom.end = pos
    pm = r["pct"].match(text, pos)
    if pm and source != "art":
        _percent_unit(g, atom, pm)
        return
    cm = r["curword"].match(text, pos)
    if cm and (not cm["of"] or source == "vague"):
        atom.kind = FactKind.MONEY
        atom.unit = t["cur_words"][_key(cm["cw"])] if cm["cw"] else t["cur_codes"][cm["cc"]]
        atom.cur_word = (cm["cw"] or cm["cc"]).lower() if cm["cw"] else cm["cc"]
        atom.end = cm.end()
        return
    tm = r["time"].match(text, pos)
    if tm and _ranks_a_period(g, text, tm.end()):
        tm = None  # "9 second-half points": the ordinal of a period, no unit of time
    if tm and source != "vague" and not (source == "art" and (tm["sep"] or "x").strip()):
        _time_unit(g, text, atom, tm, source)
        return
    if source == "art" and atom.mult == 1:
        atom.emit = False
        return
    mm = r["measure"].match(text, pos)
    if mm:
        atom.kind, atom.unit, atom.end = FactKind.COUNT, t["measures"][_key(mm["mu"])], mm.end()
        return
    if source == "drange":
        return
    comp = r["compound"].match(text, pos)
    if comp:
        _compound_unit(g, atom, comp)
        return
    _noun_unit(g, text, atom, pos, source)


def _percent_unit(g: _Grammar, atom: _Atom, pm: re.Match) -> None:
    """A percent ("12%", "12 percent"): the value in the unit's terms."""
    unit, factor = g.t["pct"][_key(pm["sign"] or pm["pw"])]
    atom.kind, atom.unit = FactKind.PERCENT, unit
    atom.value *= factor
    atom.mult *= factor
    if atom.upper is not None:
        atom.upper *= factor
    atom.end = pm.end()


def _time_unit(g: _Grammar, text: str, atom: _Atom, tm: re.Match, source: str) -> None:
    """A time unit after the number: a duration ("five days", "two and a half years"), an
    age ("38 years old") or a time relative to now ("two weeks ago")."""
    t, r = g.t, g.r
    tu = t["time_forms"][tm["tu"]] if tm["tu"] else t["time_glued"][tm["gtu"]]
    if source == "art" and tu not in t["art_time"]:
        atom.emit = False
        return
    if source == "words" and atom.value == 1 and tu == "day" \
            and _word_before(text, atom.start) in t["someday_before"]:
        atom.emit = False  # "will one day need", "some day": a time to come, no length of a day
        return
    end = tm.end("tu") if tm["tu"] else tm.end("gtu")
    tail = (tm["tail"] or "").lower()
    if tm["age"]:
        atom.kind = FactKind.NUMBER
        atom.unit = f"{_plural(g, tu)} old"
        atom.end = tm.end()
        return
    if tail:
        end = tm.end()
    ah = r["andhalf_after"].match(text, end)
    if ah:
        atom.num += t["and_fractions"].get(_key(ah.group()), 0.5)
        atom.value = atom.num * atom.mult
        end = ah.end()
    atom.kind, atom.unit, atom.end = FactKind.DURATION, tu, end
    dm = r["direction"].match(text, end)
    if dm and not tail:
        direction = t["directions"][_key(dm["dir"])]
        atom.kind = FactKind.RELATIVE
        atom.relative = f"{_fmt_plain(atom.value)} {_unit_display(g, tu, atom.value, None)} {direction}"
        atom.end = dm.end()
    if source == "art" and atom.kind == FactKind.DURATION:
        prev = _key(_prev_word(g, text, atom.start))
        if prev in t["rate"]:
            atom.emit = False
            atom.kind = None
            return
        atom.art_duration = True


def _compound_unit(g: _Grammar, atom: _Atom, comp: re.Match) -> None:
    """The noun of a compound ("300-page", "five-bedroom"), unless a number or a word
    that is not a noun follows the hyphen."""
    t = g.t
    w = comp["cw"].lower()
    if (
        w not in t["non_nouns"]
        and w not in t["stop"]
        and w not in t["words"]
        and w not in t["ordinals"]
        and w not in t["fractions"]
        and w not in t["scales"]
        and (atom.value != 1 or w in t["singular_counted"])
    ):
        atom.kind, atom.unit, atom.end = FactKind.COUNT, _singular(g, w), comp.end()


def _noun_unit(g: _Grammar, text: str, atom: _Atom, pos: int, source: str) -> None:
    """The noun counted after the number ("300 homes", "dozens of people"); a count of
    the dead or injured when a verb says so."""
    t, r = g.t, g.r
    if source == "vague":
        om = r["of"].match(text, pos) or r["vague_link"].match(text, pos)  # "dozens of", "dozens more"
        if not om:
            wm = r["word"].match(text, pos)  # "dozens injured"
            if wm and wm["w"].lower() in t["irregular"]:
                atom.kind, atom.unit, atom.end = FactKind.COUNT, t["irregular"][wm["w"].lower()], wm.end()
            else:
                atom.emit = False
            return
        pos = om.end()
    noun = _counted_noun(g, text, pos, atom.value, atom.upper)
    if noun is None and source != "vague" and (part := r["partitive"].match(text, pos)) is not None:
        noun = _counted_noun(g, text, part.end(), atom.value, atom.upper)  # "five of the cars"
        if noun and (noun[0] in t["casualty_verbs"] or noun[0] in t["casualty_verbs"].values()
                     or noun[0] in t["level_nouns"] or noun[0] in t["fate_nouns"]
                     or any(w.endswith("ed") for w in text[part.end():noun[1]].split()[:-1])
                     or _fate_named_after(t, text, noun[1])):
            # Some of the dead, the injured, the derailed cars: a group of those an act of the
            # story already counts ("two of the dead were on the bus", "three of the damaged
            # cars were lifted out", "213 of the deaths were in the region", "three of the people
            # reported missing were sailors"), no count of that act.
            noun = None
    if noun:
        atom.kind, atom.unit, atom.end = FactKind.COUNT, noun[0], noun[1]
        atom.noun = noun[0]
        if atom.unit in t["life_counted"]:
            atom.unit = _lives(g, text, atom.start, atom.end, counted=True) or atom.unit
        elif atom.unit in t["casualty_counted"]:
            atom.unit = (_casualty(g, text, atom.start, atom.end)
                         or _lives(g, text, atom.start, atom.end, counted=False) or atom.unit)
    elif (elided := _elided_casualty(g, text, atom, source)) is not None:
        atom.kind, atom.unit = FactKind.COUNT, elided  # "four were missing", "three died"
    elif atom.value == int(atom.value) and atom.value > 1 and r["who_after"].match(text, atom.end):
        # "the 20,000 who took part": "who" stands only for people.
        atom.kind, atom.unit = FactKind.COUNT, t["people_class"]
    elif source not in ("dig",):
        atom.emit = False


def _elided_casualty(g: _Grammar, text: str, atom: _Atom, source: str) -> str | None:
    """The class a figure with no counted noun counts when a casualty predicate follows it
    ("four were missing", "three died", "14 were injured"): its subject is people the
    sentence has named or implies, and the predicate says what befell them, as "four
    people were missing" would. A figure that is not whole is no count of people."""
    if source not in ("dig", "words") or atom.value != int(atom.value) or atom.value <= 0:
        return None
    if source == "words" and atom.value == 1:
        return None  # "one" is a pronoun too: "no one was hurt", "one of them died"
    return _casualty(g, text, atom.start, atom.end)


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_SPACE_GROUPS = re.compile(r"[ \u00a0\u202f\u2009]")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, in lower case ("" when none)."""
    found = _LAST_WORD.search(text, max(0, start - 20), start)
    return found.group(1).casefold() if found else ""
"""A word read back from a figure (a sentence's first word too)."""


def _words_back(text: str, start: int) -> list[str]:
    """The words of the clause just before ``start`` (back to a comma), as keys."""
    return [_key(m[0]) for m in _WORD.finditer(text, max(0, start - 40), start)
            if "," not in text[m.end():start]]


def _drop_increments(g: _Grammar, words: list[str]) -> list[str]:
    """The words without the increment words and articles they end with ("killing a further"):
    what an added count counts is said by the word before them."""
    while words and (words[-1] in g.t["increments"] or words[-1] in g.t["articles"]):
        words.pop()
    return words


def _lives(g: _Grammar, text: str, start: int, end: int, *, counted: bool) -> str | None:
    """What a verb of taking, losing or saving lives makes of a count: "took 12 lives", "the
    loss of 12 lives", "12 lives were lost" (``counted``: the lives themselves) or "claimed
    the lives of 12 villagers", "12 villagers lost their lives" (people whose lives they are)."""
    t = g.t
    verbs, aux = t["life_verbs"], t["casualty_aux"]

    def life(word: str) -> bool:
        return word in t["life_counted"] or t["irregular"].get(word) in t["life_counted"]

    words = _words_back(text, start)
    if counted:
        _drop_increments(g, words)  # "claimed an additional 170 lives" counts as "claimed 170 lives"
        if words and words[-1] in verbs:
            return verbs[words[-1]]  # "took 12 lives"
        if len(words) >= 2 and words[-1] == "of" and words[-2] in verbs:
            return verbs[words[-2]]  # "the loss of 12 lives"
    elif len(words) >= 3 and words[-1] == "of" and life(words[-2]):
        lead = [w for w in words[:-2][-2:] if w not in t["life_possessives"]]
        if lead and lead[-1] in verbs:
            return verbs[lead[-1]]  # "claimed the lives of 12 villagers"
    after = [_key(m["w"]) for m in g.r["word"].finditer(text, end, min(len(text), end + 60))]
    k = 0
    while k < len(after) and after[k] in aux:
        k += 1
    if k < len(after) and after[k] in verbs:
        if counted:
            return verbs[after[k]]  # "12 lives were lost"
        rest = after[k + 1:k + 3]
        if rest and (life(rest[0]) or rest[0] in t["life_possessives"] and rest[1:] and life(rest[1])):
            return verbs[after[k]]  # "12 villagers lost their lives"
    return None


def _casualty(g: _Grammar, text: str, start: int, end: int) -> str | None:
    """What happened to the people counted between ``start`` and ``end``, when a verb right
    before or after says it ("killing 38 people", "38 people were killed"): they are counted
    as the dead, the injured, the evacuated."""
    verbs = g.t["casualty_verbs"]
    before = _key(_prev_word(g, text, start))
    if before in g.t["increments"] or before in g.t["articles"]:
        # "killing a further 12 people" tells what befell them as "killing 12 people" does
        words = _drop_increments(g, _words_back(text, start))
        before = words[-1] if words else ""
    if before in verbs:
        return verbs[before]
    for m in g.r["word"].finditer(text, end, min(len(text), end + 60)):
        word = _key(m["w"])
        if word in verbs:
            return verbs[word]
        if word not in g.t["casualty_aux"]:
            return None
    return None


def _quantity_canonical(g: _Grammar, a: _Atom) -> str:
    t = g.t
    names = t["scale_names"]
    q = _QUAL_WORDS.get(a.qual, "")
    prefix = q + " " if q else ""
    kind, v, up, unit = a.kind, a.value, a.upper, a.unit
    if a.source == "vague" and a.upper is None and kind in (FactKind.COUNT, FactKind.MONEY):
        vague_word = next((k for k, val in t["vague"].items() if val == a.num), "")
        what = _plural(g, unit) if kind == FactKind.COUNT else (a.cur_word or unit)
        return f"{vague_word} of {what}"
    if a.source == "drange" and kind in (None, FactKind.NUMBER) and not unit:
        return a.drange
    if a.pair:
        return a.pair
    if a.shown:
        return prefix + a.shown
    if kind == FactKind.PERCENT:
        body = f"{_fmt_plain(v, 2)}" + (f"-{_fmt_plain(up, 2)}" if up is not None else "")
        return prefix + t["pct_display"].get(unit, "{} " + unit).format(body)
    if kind == FactKind.MONEY:
        amount = _fmt_range(v, up, names)
        if up is None and v < 1e6 and v != int(v):
            amount = f"{v:,.2f}"  # "$41.20"
        return prefix + t["cur_display"].get(unit, unit + " {}").format(amount)
    if kind == FactKind.COUNT:
        return f"{prefix}{_fmt_range(v, up, names)} {_unit_display(g, unit, v, up)}"
    if kind == FactKind.DURATION:
        if up is not None:
            return f"{prefix}{_fmt_plain(v)}-{_fmt_plain(up)} {_plural(g, unit)}"
        return prefix + _duration_canonical(g, v, unit)
    if kind == FactKind.NUMBER and unit:
        if up is None and v == 1:
            return f"{prefix}1 {unit.replace('s old', ' old')}"
        return f"{prefix}{_fmt_range(v, up, names)} {unit}"
    return prefix + _fmt_range(v, up, names)


def _duration_canonical(g: _Grammar, v: float, unit: str) -> str:
    t = g.t
    if unit in t["time_down"]:
        u2, f = t["time_down"][unit]
        v, unit = v * f, u2
    while unit in t["time_up"]:
        u2, f = t["time_up"][unit]
        q = v / f
        if q >= 1 and abs(q - round(q)) < 1e-9:
            v, unit = float(round(q)), u2
        else:
            break
    return f"{_fmt_plain(v)} {_unit_display(g, unit, v, None)}"


def _merge_ranges(g: _Grammar, text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join "300 to 400 people", "20-25%", "between $3bn and $4bn" into ranges."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            merged = _score(text, a, b) or _merge_pair(g, text, a, b)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    # "a year" right after another value is a rate: "$5 billion a year", "300 people a day",
    # and so it is after the rest of that value's noun phrase ("900,000 barrels of oil
    # equivalent a day"), but for "in a day" and "a day after": times, not rates.
    kept: list[_Atom] = []
    for a in out:
        if a.art_duration and kept and _rate_of(g, text, kept[-1], a):
            continue
        kept.append(a)
    return kept


_NOUN_PHRASE_GAP = re.compile(r"(?:\s+[a-z][a-z-]*){0,4}\s*")
"""Words between a value and "a day" that may be the rest of its noun phrase ("of oil equivalent")."""


def _rate_of(g: _Grammar, text: str, value: _Atom, span: _Atom) -> bool:
    """Whether a span told with an article ("a day") right after a value, or after the words
    of its noun phrase, is the value's rate."""
    gap = text[value.end:span.start]
    if not gap.strip():
        return True
    if value.kind is None or not _NOUN_PHRASE_GAP.fullmatch(gap):
        return False
    words = gap.split()
    after = _WORD.match(text, span.end + 1)
    return words[-1].lower() not in g.t["rate_breaks"] and (after is None or after.group().lower()
                                                             not in g.t["rate_breaks"])


_UNIT_JOIN = re.compile(r"\s*,?\s+(?:and\s+)?|\s*,\s*")


def _two_unit_times(g: _Grammar, text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join a time told in two units ("3 hours 25 minutes", "six years and two months",
    "3hr 25min") into one: it is one time, compared whole ("205 minutes" is the same), never
    part by part with another time."""
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if (a is not None and a.kind is FactKind.DURATION and b.kind is FactKind.DURATION
                and a.upper is None and b.upper is None and not b.qual and a.value == int(a.value)
                and _UNIT_JOIN.fullmatch(text[a.end : b.start])):
            factor = _units_in(g, b.unit, a.unit)
            step = g.t["time_up"].get(b.unit)
            if factor and step and 0 < b.value < step[1]:
                # (A unit may be skipped: "two hours, 48 seconds" is 7,248 seconds.)
                shown = " ".join(filter(None, (a.shown or _duration_canonical(g, a.value, a.unit),
                                               _duration_canonical(g, b.value, b.unit))))
                out[-1] = replace(a, end=b.end, unit=b.unit, value=a.value * factor + b.value,
                                  num=a.value * factor + b.value, mult=1.0, shown=shown)
                continue
        out.append(b)
    return out


def _units_in(g: _Grammar, small: str, large: str) -> float:
    """How many of the smaller time unit make one of the larger, going up unit by unit
    (``time_up``); 0 when the larger is not above the smaller."""
    factor, unit = 1.0, small
    while unit in g.t["time_up"] and unit != large:
        unit, step = g.t["time_up"][unit]
        factor *= step
    return factor if unit == large and unit != small else 0.0


STEP_SPREAD = 3.0
"""After a step opener ("by"), the two ends of "A to B" are a range only within this factor."""

_RANGE_KINDS = (FactKind.PERCENT, FactKind.MONEY, FactKind.COUNT, FactKind.DURATION, FactKind.NUMBER, None)


def _merge_pair(g: _Grammar, text: str, a: _Atom, b: _Atom) -> _Atom | None:
    t = g.t
    if a.kind not in _RANGE_KINDS or b.kind not in _RANGE_KINDS or a.upper is not None or b.upper is not None:
        return None
    if a.source in ("vague", "drange") or b.source in ("vague", "drange") or b.qual:
        return None
    if a.kind is not None and a.kind == FactKind.NUMBER and a.unit:
        return None
    gap = text[a.end : b.start]
    cm = re.fullmatch(rf"\s*({_DASH}|[A-Za-z]+)\s*", gap)
    if not cm:
        return None
    conn = cm.group(1).lower()
    opener = g.r["range_opener"].search(text, max(0, a.start - 28), a.start)
    opener_w = opener.group(1).lower() if opener else ""
    lifted = opener is not None and _prev_word(g, text, opener.start(1)).lower() in t["range_block_lifts"]
    if opener_w in t["range_block"] and not lifted:
        return None  # ("ranging from $10bn to $50bn" is a range still)
    if conn == "and":
        # "between 2% and 3%", and "a range of 2% and 3%" as some write it.
        if opener_w not in t["range_open"] and not (
                opener_w == "of" and opener is not None
                and _prev_word(g, text, opener.start(1)).lower() in t["range_nouns"]) \
                and not _opened_before_its_noun(g, text, a.start):
            return None
    elif conn not in t["range_conn"] and not re.fullmatch(_DASH, conn):
        return None
    if re.fullmatch(_DASH, conn) and (gap != conn or (a.kind is None and b.kind is None)):
        return None  # "2 - 1" with spaces, and bare "7-4", are scores or tallies (``_score``)
    # kind and unit: a bare end takes the other's (also one a toll's level was read into: "ranged
    # between ages 6 and 71 years old" in a sentence of those hurt)
    a_kind, a_unit = (None, "") if _level_read_into(text, a, b) else (a.kind, a.unit)
    if a_kind is None and b.kind is None:
        kind, unit, emit = None, "", a.emit and b.emit
    elif a_kind is None:
        kind, unit, emit = b.kind, b.unit, b.emit
    elif b.kind is None:
        kind, unit, emit = a_kind, a_unit, a.emit
    elif a_kind == b.kind and a_unit == b.unit:
        kind, unit, emit = a_kind, a_unit, True
    else:
        return None
    a_value = a.value
    if a.mult == 1 and b.mult != 1 and a.num < b.num:
        a_value = a.num * b.mult  # "3 to 4 million", "$3-4 billion", "20-25 basis points"
    b_value = b.value
    if b.mult == 1 and a.mult != 1 and b.kind is None and b.num > a.num:
        b_value = b.num * a.mult
    if not b_value > a_value:
        return None
    if opener_w in t["step_open"] and conn not in ("and", "or") and b_value > STEP_SPREAD * a_value:
        return None  # "by 0.25% to 4.75%": the step, then the level it reaches
    start = a.start
    if conn == "and" and opener and opener_w in t["range_open"]:
        start = opener.start()  # "between" is a word of the range; "of" is the noun's
    merged = _Atom(
        start, b.end, a.core_start, kind, unit, a_value, b_value, a.qual, a.num, a.mult, a.source, emit=emit,
    )
    merged.cur_word = a.cur_word or b.cur_word
    if kind is None:
        merged.emit = a.source == "dig" and b.source == "dig"
    return merged


def _opened_before_its_noun(g: _Grammar, text: str, at: int) -> bool:
    """Whether a range opener stands before the noun of the range that ends right before
    ``at``: "between ages 6 and 71", "between the ages of 6 and 71"."""
    words = re.findall(r"[A-Za-z]+", text[max(0, at - RANGE_NOUN_REACH):at])
    if words and words[-1].lower() == "of":
        words = words[:-1]
    if len(words) >= 2 and words[-2].lower() in ("the", "a", "an"):
        words = words[:-2] + words[-1:]
    return len(words) >= 2 and words[-2].lower() in g.t["range_open"] and words[-1].islower()


RANGE_NOUN_REACH = 40
"""Characters before a range's first figure read for its opener and noun."""


def _level_read_into(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether a range's first end is bare digits that a toll's level was read into (a count of
    "injured" in "the riders hurt were aged between ages 6 and 71"), and the other end has a
    kind or unit of its own: the end is bare, and takes the other's."""
    return a.kind is FactKind.COUNT and b.kind is not None and (a.kind, a.unit) != (b.kind, b.unit) \
        and a.source == "dig" and not re.search(r"[^\d.,\s]", text[a.core_start:a.end])


_SCORE_MAX = 1000
"""A pair of bare numbers beyond this is a code or a number range, not a score."""


def _score(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """Two bare whole numbers joined by a dash, nothing else around them ("led 17-10"): a score
    or a tally, one value. The pair is kept high-low, since writers put either side first
    ("won 23-20", "lost 20-23"). A third number chained on ("1-2-3") is no score."""
    if a.kind is not None or b.kind is not None or not re.fullmatch(_DASH, text[a.end : b.start]):
        return None
    if a.source != "dig" or b.source != "dig" or a.mult != 1 or b.mult != 1 or a.qual or b.qual:
        return None
    if a.value != int(a.value) or b.value != int(b.value) or max(a.value, b.value) >= _SCORE_MAX:
        return None
    if re.match(rf"{_DASH}\d", text[b.end : b.end + 2]) or re.search(rf"(?:\d|{_DASH})\Z", text[: a.start]):
        return None
    hi, lo = int(max(a.value, b.value)), int(min(a.value, b.value))
    return _Atom(a.start, b.end, a.core_start, FactKind.NUMBER, SCORE, float(hi), None, "", float(hi), 1.0,
                 "dig", pair=f"{hi}-{lo}")


def _part_gap_patterns(t: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands between two parts of a listed count: the first part's "of" phrase ("two
    counts of fraud"), or the place it was in ("three on the bus", "two aboard": in lower case,
    a thing, not a named place whose toll is told apart), then a comma or "and"; and the place
    after a part whose noun is elided ("and one in the van")."""
    place = (rf"\s+(?:{_alt(t['presence_alone'])})\b"
             rf"|\s+(?:{_alt(t['part_places'])})\s+[a-z][a-z'\u2019 -]{{0,40}}?")
    gap = re.compile(rf"(?:(?P<of>\s+of\s+[A-Za-z][A-Za-z'\u2019 -]{{0,60}}?)|(?P<place>{place}))?"
                     r"(?P<link>\s*,\s*(?:and\s+)?|\s+and\s+)")
    return gap, re.compile(rf"(?:{place})(?:[,.;]|\s+and\b|$)")


def _part_unit(g: _Grammar, a: _Atom, b: _Atom) -> str | None:
    """The unit two listed counts are parts of: their own when they count one noun ("two counts
    ... one count"), or the whole both are parts of ("18 men and 7 women": people); one person
    told by an article beside a count of people is one more of them ("two dead and a man
    missing" is not, but "killing three aboard and a man in the field" is four dead)."""
    if a.unit == b.unit:
        return a.unit
    for one, other in ((a, b), (b, a)):
        if one.source == _ONE_PERSON and _of_people(g, other):
            return other.unit
    whole = g.t["part_of"].get(a.noun or a.unit)
    return whole if whole and whole == g.t["part_of"].get(b.noun or b.unit) else None


_ONE_PERSON = "one person"
"""The source of a count made of an article and a noun of people ("a man"): one person, read
only as a part of a listed count."""


def _with_people_by_article(g: _Grammar, text: str, atoms: list[_Atom]) -> list[_Atom]:
    """The atoms with a count of one for each article before a noun of people ("a woman", "a
    person") that no atom covers: not a fact alone, but a part of a list of counts ("killing
    three aboard and a man in the field", "a woman and two children died")."""
    found = list(atoms)
    for m in g.r["person_by_article"].finditer(text):
        if any(a.start < m.end() and m.start() < a.end for a in atoms):
            continue
        noun = m.group("noun").casefold()
        found.append(_Atom(m.start(), m.end(), m.start(), FactKind.COUNT, noun, 1.0, None, "", 1.0, 1.0,
                           _ONE_PERSON, emit=False, noun=noun))
    return sorted(found, key=lambda a: a.start)


def _of_people(g: _Grammar, atom: _Atom) -> bool:
    """Whether a count counts people, by its noun or by what befell them ("four dead")."""
    return any(w in g.t["casualty_counted"] or g.t["part_of"].get(w) == g.t["people_class"]
               or w in g.t["casualty_verbs"].values() for w in (atom.unit, atom.noun) if w)


def _is_part(atom: _Atom) -> bool:
    return (atom.kind == FactKind.COUNT and atom.upper is None and not atom.qual
            and atom.value == int(atom.value) and atom.value > 0)


def _listed_parts(g: _Grammar, text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Counts listed as the parts of one whole, read as that whole: "two counts of fraud, two
    of conspiracy and one count of bribery" are five counts, "18 men and 7 women" 25 people.
    A part read alone would be set against the whole another source gives ("2 counts" against
    "7 counts"). The list must close with "and"; each part counts the same noun (each with
    its "of" phrase) or a part of one whole (units.yaml ``part_of``); a count elided after the
    first ("and one of bribery") is a part too."""
    measures = set(g.t["measures"].values())
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        first = atoms[i]
        run, unit, closed = [first], first.unit, False
        if _is_part(first) and first.unit not in measures:
            j = i + 1
            while j < len(atoms) and not closed:
                prev, nxt = run[-1], atoms[j]
                gap = g.r["part_gap"].fullmatch(text, prev.end, nxt.start)
                if not gap:
                    break
                if gap["place"] and not (_of_people(g, first) and g.r["part_place"].match(text, nxt.end)):
                    # A place tells parts of people, each part in a place of its own ("three on the
                    # bus and one in the van"); not "10 points in the first quarter and 12", nor
                    # "34 dead in their district and 35 in Lenby", a named place's toll told apart.
                    break
                if (nxt.kind is None and nxt.source in ("dig", "words")
                        and (re.match(r"\s+of\s", text[nxt.end:])
                             or gap["place"] and g.r["part_place"].match(text, nxt.end))):
                    # "... and one of bribery", "three on the bus and one in the van"
                    nxt.kind, nxt.unit = FactKind.COUNT, prev.unit
                part = _part_unit(g, prev, nxt) if _is_part(nxt) else None
                if part is None or (gap["of"] and part != prev.unit):
                    break
                if "," in gap["link"] and "and" in gap["link"] and len(run) < 2:
                    break  # "charged 3 men, and 2 women were freed": two clauses, no list of two
                unit = part if part != prev.unit or unit == prev.unit else unit
                run.append(nxt)
                closed = "and" in gap["link"]
                j += 1
        if len(run) < 2 or not closed:
            out.append(first)
            i += 1
            continue
        last = run[-1]
        total = sum(a.value for a in run)
        whole = _Atom(first.start, last.end, first.core_start, FactKind.COUNT, unit, total, None, "",
                      total, 1.0, "dig")
        if unit in g.t["casualty_counted"] or unit != run[0].noun:
            # people of all parts: what befell them, as for one count of people ("killed 12 men
            # and 3 children", "the toll comprises 18 men and 7 women")
            whole.unit = (_level(g, text, first.start) or _casualty(g, text, first.start, last.end)
                          or next((a.unit for a in run if a.unit != a.noun), unit))
        out.append(whole)
        i += len(run)
    return out


_SIGNED_KINDS = frozenset({FactKind.PERCENT, FactKind.NUMBER})
"""Kinds whose values go below zero (a rate, a score, a temperature); a count or sum of
money below zero is written in words ("a loss of"), so a dash before one is punctuation."""


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def _ranks_a_period(g: _Grammar, text: str, end: int) -> bool:
    """Whether a word read as a unit is joined by a hyphen or a space to a period it ranks
    ("9 second-half points", "9 second half points": ``period_ordinal_nouns``)."""
    joined = re.match(r"[-\u2010\u2011 ](\w+)", text[end:end + 16])
    return joined is not None and _key(joined.group(1)) in g.t["period_ords"]


def _part_of_a_name(text: str, a: _Atom) -> bool:
    """Whether a number in words, written with a capital right after a capitalised word, is a
    word of a name ("by Year Two", "Game Seven", "the Three Gorges"), not a quantity."""
    return a.source == "words" and text[a.start:a.start + 1].isupper() \
        and _CAPITALISED_BEFORE.search(text, max(0, a.start - 40), a.start) is not None


def _quantities(g: _Grammar, text: str, out: list[_Cand]) -> None:
    atoms = []
    at = 0
    while (m := g.r["qty"].search(text, at)) is not None:
        at = m.end()
        if m["words"] and m["andhalf"] is None:
            # Number words the pattern joins but that make no one number ("between eight and
            # nine minutes": "eight", then "nine minutes") are read from where the first ends.
            read = m.start("words") + _parse_words(g, m["words"])[3]
            if m.start("words") < read < m.end("words"):
                at = read
        try:
            a = _atom(g, text, m)
        except NotAFigure:
            continue  # no quantity: nothing after it (rounding, units, comparing) could use it
        if a is not None and not _part_of_a_name(text, a):
            atoms.append(a)
    atoms = _with_people_by_article(g, text, atoms)
    for a in _listed_parts(g, text, _two_unit_times(g, text, _merge_ranges(g, text, atoms))):
        if not a.emit:
            continue
        start = a.start
        qual = a.qual
        kind = a.kind or FactKind.NUMBER
        if kind == FactKind.DATE:
            f = _mk(kind, text, a.core_start, a.end, year=a.year, canonical=str(a.year))
            out.append(_Cand(_P_QTY, a.core_start, a.end, f))
            continue
        if kind in (FactKind.DURATION, FactKind.RELATIVE) and a.start != a.core_start:
            qtext = _key(text[a.start : a.core_start])
            if qtext in g.t["dur_ignored"] and not _opens_a_stretch(g, text, a.start):
                start, qual = a.core_start, ""
                a.qual = ""
        if kind == FactKind.RELATIVE:
            f = _mk(kind, text, start, a.end, value=a.value, unit=a.unit, qualifier=qual, relative=a.relative,
                    canonical=(_QUAL_WORDS.get(qual, "") + " " if qual else "") + a.relative)
        else:
            a.kind = kind
            if kind in _SIGNED_KINDS and a.upper is None and a.value > 0:
                sign = g.r["neg_back"].search(text, max(0, a.core_start - 12), a.core_start)
                if sign is not None:
                    a.value = -a.value
                    start = min(start, sign.start())
            f = _mk(kind, text, start, a.end, value=a.value, upper=a.upper, unit=a.unit, qualifier=qual,
                    canonical=_quantity_canonical(g, a))
        out.append(_Cand(_P_QTY, start, a.end, f))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _opens_a_stretch(g: _Grammar, text: str, at: int) -> bool:
    """Whether the word just before ``at`` opens a stretch of time ("in over a century"): the
    qualifier after it bounds the stretch rather than spanning it ("talks over two days")."""
    before = _WORD_BEFORE.search(text, max(0, at - 16), at)
    return before is not None and _key(before[1]) in g.t["dur_bound_openers"]


_SECOND = "second"
SPAN_SPREAD = 10.0
"""A span this many times shorter than another told in another unit (a time taken in h:mm:ss
and a margin, minutes and a prison term) is of something else."""
CLOCK_TIMES = frozenset({CLOCK_TIME, ELAPSED})


def _clocks(g: _Grammar, text: str, out: list[_Cand]) -> None:
    """Times of day and times taken, which the block would otherwise leave unread: they
    are values ("took off at 10:33 am", "won in 2:06:41"), read before the block."""
    for m in g.r["clock"].finditer(text):
        h, mins, secs = int(m["h"]), int(m["m"] or 0), int(m["s"] or 0)
        if m["meridiem"]:
            if not 1 <= h <= 12:
                continue
            meridiem = g.t["halves"][_key(m["meridiem"])]
            minutes = _minutes_of_day(h, mins, meridiem)
            shown = f"{h}:{mins:02d}" + (f":{secs:02d}" if m["s"] else "") + f" {meridiem}"
            f = _time_of_day(g, text, m.start(), m.end(), minutes, secs if m["s"] else None, shown, m["zone"])
        elif m["s"] and m["sep"] == ":":
            f = _mk(FactKind.DURATION, text, m.start(), m.end(), value=float(h * 3600 + mins * 60 + secs),
                    unit=ELAPSED, canonical=f"{h}:{mins:02d}:{secs:02d}")
        elif m["sep"] == ":" and m["m"] and h >= 24 and _MINUTES_LEAD.search(text, 0, m.start()):
            # No time of day has 24 hours or more: "in 31:07" is minutes and seconds taken.
            f = _mk(FactKind.DURATION, text, m.start(), m.end(), value=float(h * 60 + mins),
                    unit=ELAPSED, canonical=f"{h}:{mins:02d}")
        else:
            continue
        out.append(_Cand(_P_CLOCK, f.start, m.end(), f))
    for m in g.r["clock_dayparted"].finditer(text):
        h, mins = int(m["h"]), int(m["m"])
        if not 1 <= h <= 12:
            continue
        meridiem = g.t["daypart_halves"][_key(m["part"])]
        minutes = _minutes_of_day(h, mins, meridiem)
        f = _time_of_day(g, text, m.start(), m.end(), minutes, None, f"{h}:{mins:02d} {meridiem}", None)
        out.append(_Cand(_P_CLOCK, f.start, f.end, f))
    for m in g.r["clock_24h"].finditer(text):
        minutes = int(m["h"] or m["hh"]) * 60 + int(m["m"] or m["mm"])
        # (A time "local time" is told in the zone of the place, which may be any.)
        zone = m["zone"] or (m["mark"].lower() if " " in m["mark"] else None)
        f = _time_of_day(g, text, m.start(), m.end(), minutes, None, _clock_shown(minutes, None), zone)
        out.append(_Cand(_P_CLOCK, f.start, f.end, f))


def _named_clocks(g: _Grammar, text: str, out: list[_Cand]) -> None:
    """Times of day told by name, no digit in them: "at noon", "just before midnight"."""
    for m in g.r["clock_named"].finditer(text):
        if m.start() and m["name"][:1].isupper():
            continue  # "the Noon Show": a name
        minutes = g.t["named_times"][_key(m["name"])]
        f = _time_of_day(g, text, m.start(), m.end(), minutes, None, m["name"].lower(), None)
        out.append(_Cand(_P_CLOCK, f.start, f.end, f))


def _minutes_of_day(h: int, mins: int, meridiem: str) -> int:
    """Minutes since midnight of a time on the 12-hour clock ("am" or "pm")."""
    return (h % 12 + (12 if meridiem == "pm" else 0)) * 60 + mins


def _time_of_day(g: _Grammar, text: str, start: int, end: int, minutes: int, secs: int | None,
                 shown: str, zone: str | None) -> Fact:
    """A time of day read at ``text[start:end]``, with what sets it off before it: "about"
    (part of the time), a side ("shortly after 2 pm", a bound) or a span from it ("three
    minutes before 2 pm", another time). The zone it is told in is part of what it says."""
    at = start
    # "about 7:30 am" is 7:30 to the half hour (``precision``), as "11 pm" is 11 to the hour:
    # the word is part of the time, no bound ("more than 10 am" is none).
    start, qual = _qual_before(g, text, at)
    if qual != "~":
        start, qual = at, ""
    lead = text[start:at].lower()
    side = g.r["clock_side"].search(text, max(0, start - 40), start) if start == at else None
    if side and side["unit"]:
        # "three minutes before 2 pm" is 1:57 pm: one time, told from another.
        n = side["n"].lower()
        count = float(n) if n[0].isdigit() else g.t["words"].get(n, 1.0)
        sign = -1 if g.t["clock_sides"][_key(side["side"])] == "<" else 1
        span = round(count * g.t["clock_offsets"][_key(side["unit"])])
        minutes = (minutes + sign * span) % (24 * 60)
        shown, lead, start = _clock_shown(minutes, secs), "", side.start()
    elif side and side["lead"] and _key(side["lead"]) in g.t["clock_near_leads"]:
        # "shortly after 2 pm", "just before 11 pm": a time near the edge, the hour or so on
        # its side (a range), not any time on that side.
        near, before = g.t["near_side_minutes"], g.t["clock_sides"][_key(side["side"])] == "<"
        if before and minutes == 0:
            minutes = 24 * 60  # "just before midnight" ends the day
        edge = float(minutes) + (secs or 0) / 60
        low, high = (edge - near, edge) if before else (edge, edge + near)
        told = f"{side['lead'].lower()} {side['side'].lower()} {shown}" + (f" {zone}" if zone else "")
        return _mk(FactKind.NUMBER, text, side.start(), end, value=low, upper=high, unit=CLOCK_TIME,
                   canonical=told)
    elif side:
        # "after 2 pm": some time after it, a bound.
        qual, lead = g.t["clock_sides"][_key(side["side"])], side["side"].lower() + " "
        start = side.start()
    return _mk(FactKind.NUMBER, text, start, end, value=float(minutes) + (secs or 0) / 60, unit=CLOCK_TIME,
               qualifier=qual if qual != "~" else "", canonical=lead + shown + (f" {zone}" if zone else ""))


_HALF_DAY_OPEN = re.compile(r"(?<![\d:.])(?:1[0-2]|[1-9])[:.][0-5]\d(?![\d:.])")


def _half_day_read(fact: Fact, other: Fact) -> Fact:
    """A time of day told on the 12-hour face with no half of the day ("around 5:15 local
    time"), read in the half of the other's time ("5:15 pm"): it may be either. Any other fact
    as it is: a half told after the time ("5:15 pm") or by the part of the day ("8.40 on Sunday
    morning", ``daypart_halves``) is read by the clock patterns, not by the 24-hour one."""
    if fact.unit != CLOCK_TIME or other.unit != CLOCK_TIME or fact.value is None or other.value is None \
            or fact.value >= HALF_DAY or not _HALF_DAY_OPEN.search(fact.raw) \
            or not DEFAULT.compiled(_grammar).r["clock_24h"].search(fact.raw):
        return fact
    if abs(fact.value + HALF_DAY - other.value) >= abs(fact.value - other.value):
        return fact
    upper = None if fact.upper is None else fact.upper + HALF_DAY
    return replace(fact, value=fact.value + HALF_DAY, upper=upper,
                   canonical=fact.canonical.replace(" am", " pm", 1))


HALF_DAY = 12 * 60
"""Minutes in half a day: the two readings of a time on the 12-hour face lie that far apart."""


def _clock_zone(fact: Fact) -> str:
    """The zone a time of day is told in ("GMT" for "9 pm GMT"), or "" when none is said."""
    if fact.unit != CLOCK_TIME:
        return ""
    told = _TOLD_IN_ZONE.search(fact.canonical)
    return told.group(1) if told else ""


_TOLD_IN_ZONE = re.compile(r"\d [ap]m (.+)$")


def _zones_apart(a: Fact, b: Fact) -> bool:
    """Whether two times of day are told in two zones ("9 pm GMT" / "4 pm ET"), or one in a
    zone and the other in none at another reading ("0615 UTC" / "2.15pm", which an outlet
    gives in the place's own time): either may be one moment. (One reading, told once with
    its zone, is the same time.)"""
    zone_a, zone_b = _clock_zone(a), _clock_zone(b)
    if zone_a and zone_b:
        one_clock = DEFAULT.compiled(_grammar).t["one_clock"]
        return zone_a != zone_b and frozenset({zone_a, zone_b}) not in one_clock
    # ("local time" is the place's own, which a time given with no zone is told in as well. Two
    # times closer than any two zones' clocks, ``ONE_CLOCK_MINUTES``, are read on one clock.)
    return bool(zone_a or zone_b) and (zone_a or zone_b) != "local time" and a.value != b.value \
        and not (a.value is not None and b.value is not None and abs(a.value - b.value) < ONE_CLOCK_MINUTES)


ONE_CLOCK_MINUTES = 30
"""Two times of day this close, one told with its zone and the other with none, are readings of
one clock: zones' clocks differ by whole hours or half hours."""


def _zone_offset(zone: str, published: dt.date | None) -> float | None:
    """Hours from UTC of a zone (``zone_offsets``; a North American zone named without its
    season, ``seasonal_zones``, by the article's date), or None where it names no one offset."""
    t = DEFAULT.compiled(_grammar).t
    shift = _ZONE_SHIFT.search(zone)
    if shift is not None:
        base = _zone_offset(zone[:shift.start()], published)
        digits = shift.group(0)[1:].replace(":", "")
        hours = int(digits[:-2]) + int(digits[-2:]) / 60 if len(digits) > 2 else int(digits)
        return None if base is None else base + (-hours if shift.group(0)[0] != "+" else hours)
    if zone in t["zone_offsets"]:
        return t["zone_offsets"][zone]
    if zone not in t["seasonal_zones"] or published is None:
        return None
    march, november = dt.date(published.year, 3, 8), dt.date(published.year, 11, 1)
    starts = march + dt.timedelta(days=(6 - march.weekday()) % 7)  # the second Sunday of March
    ends = november + dt.timedelta(days=(6 - november.weekday()) % 7)  # the first Sunday of November
    return t["seasonal_zones"][zone] + (1.0 if starts <= published < ends else 0.0)


def _in_zone_of(a: Fact, b: Fact, published_a: dt.date | None, published_b: dt.date | None) -> Fact:
    """``b``, a time of day told in another zone than ``a``, told in ``a``'s zone where both
    zones name their offsets ("9:40 am MDT" in EDT is 11:40 am); else ``b`` as it is."""
    zone_a, zone_b = _clock_zone(a), _clock_zone(b)
    if not zone_a or not zone_b or zone_a == zone_b or b.value is None or b.upper is not None \
            or frozenset({zone_a, zone_b}) in DEFAULT.compiled(_grammar).t["one_clock"]:
        return b
    off_a, off_b = _zone_offset(zone_a, published_a), _zone_offset(zone_b, published_b)
    if off_a is None or off_b is None:
        return b
    minutes = (b.value + (off_a - off_b) * 60) % (24 * 60)
    shown = _clock_shown(int(minutes), None) if minutes == int(minutes) else b.canonical
    return replace(b, value=minutes, canonical=f"{shown} {zone_a}")


_MINUTES_LEAD = re.compile(r"\b(?:in|of)\s+$", re.IGNORECASE)
"""The word right before a time taken in minutes and seconds ("reached halfway in 31:07", "a split
of 52:16"): without it, two numbers joined by a colon may be a score or a ratio."""


def _clock_shown(minutes: int, secs: int | None) -> str:
    """A time of day, in minutes since midnight, as a reading shows it ("1:57 pm")."""
    h, mins = divmod(minutes, 60)
    seconds = f":{secs:02d}" if secs is not None else ""
    return f"{h % 12 or 12}:{mins:02d}{seconds} " + ("pm" if h >= 12 else "am")


_SET = r"\d{1,2}[-\u2013]\d{1,2}(?:\s*\(\d{1,2}(?:[-\u2013]\d{1,2})?\))?"
_SCORELINE = re.compile(
    rf"(?<![\w.,\u2013-])(?:{_SET})(?:(?:,\s*|\s+)(?:{_SET})){{1,6}}(?![\w\u2013-]|[.,]\d)")
"""Two or more set or period scores in a row ("6-4, 3-6, 7-6 (5)", "6-4 3-6 7-6"): one scoreline."""
_TIEBREAK = re.compile(r"\s*\([^)]*\)")


def _scorelines(text: str, out: list[_Cand]) -> None:
    """A scoreline is one value: its sets are compared as a whole, never set by set with
    another scoreline whose commas, spaces or tiebreak notes differ ("7-6 (6)" / "7-6 (8-6)").
    Writers give it from either side, so the side that won more sets leads."""
    for m in _SCORELINE.finditer(text):
        sets = [tuple(int(x) for x in re.split("[-\u2013]", _TIEBREAK.sub("", p)))
                for p in re.findall(_SET, m.group(0))]
        won = sum(a > b for a, b in sets) - sum(b > a for a, b in sets)
        if won < 0 or (won == 0 and sets[0][1] > sets[0][0]):
            sets = [(b, a) for a, b in sets]
        canonical = ", ".join(f"{a}-{b}" for a, b in sets)
        f = _mk(FactKind.NUMBER, text, m.start(), m.end(), value=float(len(sets)), unit=SCORE,
                canonical=canonical)
        out.append(_Cand(_P_CLOCK, m.start(), m.end(), f))


def _compare_scores(a: Fact, b: Fact) -> FactRelation:
    if a.canonical.count(",") != b.canonical.count(","):
        return FactRelation.INCOMPARABLE  # a line of five sets is no score of one, nor of the match
    return FactRelation.SAME if a.canonical == b.canonical else FactRelation.DIFFERENT


_DECADE = r"(?:(?P<{0}>early|mid|late)[\s-]+)?(?P<{1}>[1-9])0['’]?s\b"
_AGE_DECADES = re.compile(r"\bin\s+(?:their|his|her|its|your|our|my)\s+" + _DECADE.format("p1", "d1")
                          + r"(?:\s*(?:,|and|or|to|-|–)\s*(?:(?:their|his|her)\s+)?"
                          + _DECADE.format("p2", "d2") + ")?", re.IGNORECASE)
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}
"""The years of a decade of age each word before it tells ("in her early 30s": 30 to 33)."""


def _age_decades(text: str, out: list[_Cand]) -> None:
    """An age told by its decade ("in their 20s", "in his late 60s", "in their 30s and 40s"):
    the years it spans, as an age range."""
    for m in _AGE_DECADES.finditer(text):
        first = int(m["d1"]) * 10 + _DECADE_PARTS[m["p1"] and m["p1"].casefold()][0]
        last_decade, last_part = (m["d2"], m["p2"]) if m["d2"] else (m["d1"], m["p1"])
        last = int(last_decade) * 10 + _DECADE_PARTS[last_part and last_part.casefold()][1]
        if last < first:
            continue
        f = _mk(FactKind.NUMBER, text, m.start(), m.end(), value=float(first), upper=float(last),
                unit=AGE_UNIT, canonical=f"{first}-{last} {AGE_UNIT}")
        out.append(_Cand(_P_QTY, m.start(), m.end(), f))


def _blocked(g: _Grammar, text: str, out: list[_Cand]) -> None:
    for m in g.r["block"].finditer(text):
        out.append(_Cand(_P_BLOCK, m.start(), m.end(), None))


# ---------------------------------------------------------------------------------------
# Public API


def extract_facts(text: str, lexicon: Lexicon = DEFAULT) -> tuple[Fact, ...]:
    """All values stated in one sentence, in order, non-overlapping, with canonical forms."""
    if not text or not _ALNUM.search(text):
        return ()
    g = lexicon.compiled(_grammar)
    cands: list[_Cand] = []
    if _DIGIT.search(text):
        _clocks(g, text, cands)
        _scorelines(text, cands)
        _blocked(g, text, cands)
        _age_decades(text, cands)
    _named_clocks(g, text, cands)
    _dates(g, text, cands)
    _year_parts(g, text, cands)
    _relatives(g, text, cands)
    _fractions(g, text, cands)
    _quantities(g, text, cands)
    _ordinals(g, text, cands)
    _grades(g, text, cands)
    _weekdays(g, text, cands)
    cands.sort(key=lambda c: (c.prio, -(c.end - c.start), c.start))
    taken: list[_Cand] = []
    # The spans taken are apart, so in order of start they are in order of end too: a span
    # overlaps one of them only if it overlaps the last that starts before it ends (found by
    # bisection, not by testing every span taken, which grows with the square on a line of figures).
    starts: list[int] = []
    ends: list[int] = []
    for c in cands:
        if c.end <= c.start:
            continue
        k = bisect_left(starts, c.end) - 1
        if k >= 0 and ends[k] > c.start:
            continue
        taken.append(c)
        starts.insert(k + 1, c.start)
        ends.insert(k + 1, c.end)
    found = sorted((c.fact for c in taken if c.fact is not None), key=lambda f: f.start)
    found = _with_elided_nouns(g, text, found, lexicon)
    return tuple(_with_bracketed_bounds(text, _with_date_bounds(g, text, found)))


def _with_elided_nouns(g: _Grammar, text: str, found: list[Fact], lexicon: Lexicon) -> list[Fact]:
    """The facts, with each bare number that a list of counts leaves its noun to the first count
    read as a count of that noun: "six directors voted to sell the stake, while three wanted to
    wait" (three directors), "the Tarn Party was on nine seats, Vell Party is on four" (four
    seats). Only after a break in the clause, after a word that opens such a part of a list
    (``elided_noun_leads``), and before a break or a verb."""
    counts = [f for f in found if f.kind is FactKind.COUNT and f.upper is None and counted_noun(f)]
    if not counts:
        return found
    out = list(found)
    for m in g.r["elided"].finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 24):m.start()])
        if not before or before[-1].casefold() not in g.t["elided_leads"]:
            continue
        first = next((f for f in reversed(counts) if f.end <= m.start()), None)
        if first is None or not g.r["elided_break"].search(text, first.end, m.start()):
            continue
        read = [f for f in extract_facts(f"{m.group(1)} {first.raw.split()[-1]}", lexicon)
                if f.kind is FactKind.COUNT and f.unit == first.unit]
        if len(read) == 1:
            out.append(replace(read[0], raw=m.group(1), start=m.start(), end=m.end()))
    return sorted(out, key=lambda f: f.start)


_BOUNDED_KINDS = frozenset({FactKind.COUNT, FactKind.MONEY, FactKind.PERCENT, FactKind.NUMBER,
                            FactKind.DURATION})


def _with_bracketed_bounds(text: str, facts: list[Fact]) -> list[Fact]:
    """A value in brackets right after a bound or an estimate of its kind, as its conversion
    ("up to 254 mm (10 inches)", "more than 80 mph (130 km/h)"), with that bound: the
    conversion is of the same figure, however it is written."""
    out: list[Fact] = []
    for given in facts:
        prev, f = (out[-1] if out else None), given
        if prev is not None and prev.qualifier in _QUAL_WORDS and not f.qualifier and f.kind is prev.kind \
                and f.kind in _BOUNDED_KINDS and f.unit and f.unit != prev.unit \
                and text[prev.end:f.start].strip() == "(" and text[f.end:f.end + 1] == ")":
            f = replace(f, qualifier=prev.qualifier, canonical=f"{_QUAL_WORDS[prev.qualifier]} {f.canonical}")
        out.append(f)
    return out


_BOUND_WORDS = {">=": "no earlier than", ">": "after", "<=": "by", "<": "before"}
_POSSESSED = re.compile(r"['’]s\b")
"""A possessive ending right after a weekday: "Monday's vote" dates the vote, no bound."""
BOUND_REACH = 5
"""Words before "before" or "until" within which a negation makes it the start of a span."""


def _with_date_bounds(g: _Grammar, text: str, facts: list[Fact]) -> list[Fact]:
    """Calendar dates given as a bound of when something happens ("no earlier than
    September", "by March", "will not reopen before June"), with the bound as their
    qualifier and its words inside the fact: such a date is an edge of a span of days."""
    out: list[Fact] = []
    prev_end = 0
    for given in facts:
        f, m = given, None
        # (A weekday too: "by Monday the toll had risen"; not one owning what follows, "after
        # Monday's vote", which dates the vote.)
        if (f.kind is FactKind.DATE or f.kind is FactKind.WEEKDAY and not _POSSESSED.match(text, f.end)) \
                and not f.qualifier:
            m = g.r["date_bound_back"].search(text, max(prev_end, f.start - 24), f.start)
        qual = ""
        if m is not None:
            word = _key(m["q"])
            qual = g.t["date_bounds"].get(word, "")
            if word in g.t["bound_turned"]:
                clause = re.split(r"[,;:.!?]", text[:m.start()])[-1].casefold().split()[-BOUND_REACH:]
                if any(w in g.t["bound_negations"] or w.endswith("n't") for w in clause):
                    qual = ">="  # "not before March", "won't reopen until March": March at the earliest
        if m is not None and qual:
            start = m.start("q")
            f = replace(f, start=start, raw=text[start:f.end], qualifier=qual,
                        canonical=f"{_BOUND_WORDS[qual]} {f.canonical or f.raw}")
        out.append(f)
        prev_end = f.end
    return out


# ----------------------------------------------------------------------------- comparison


def is_scaled_number(fact: Fact) -> bool:
    """A bare number written with a scale word of a million or more ("2.1bn", "3 million"):
    news prints sums that way when the currency is clear from the story."""
    return (fact.kind is FactKind.NUMBER and not fact.unit and (fact.value or 0) >= 1e6
            and any(ch.isalpha() for ch in fact.raw))


def is_vague(fact: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """A quantity given as a plural scale word only ("dozens of homes", "thousands"):
    a bound that leaves the figure out."""
    g = lexicon.compiled(_grammar)
    m = g.r["core"].search(fact.raw)
    if not m:
        return False
    try:
        return _parse_core(g, m)[0] == "vague"
    except (KeyError, ValueError):
        return False


NON_DECIMAL_SCALE_SPREAD = 4
"""A count in a scale of other than ten ("a dozen", "two dozen") is told to a quarter of its
scale, not to the whole of it as "a hundred" is told to the hundred."""


def precision(fact: Fact) -> float:
    """Half of this is how far the written value may be from the true one (its last digit)."""
    g = DEFAULT.compiled(_grammar)
    if fact.value is None:
        return 0.0
    if fact.unit in CLOCK_TIMES:
        # A clock reading is exact to its minute or second; "11 pm" without its minutes is
        # the hour, as "2,400" without its units is the hundreds.
        # "About 7:30 am" is to the half hour. A side of a time ("shortly after 2 pm") has the
        # time itself for its edge, and a time told from another ("three minutes before 2 pm",
        # shown as the time it comes to) is as exact as the span it is told by.
        if fact.unit == CLOCK_TIME and (fact.qualifier or fact.upper is not None):
            return 0.0  # (nor has the hour near a side: its edges are the time's)
        if fact.unit == CLOCK_TIME and not fact.raw[:1].isdigit():
            return 0.0 if fact.canonical[:1].isdigit() else _approximate_time_precision(fact.value)
        return 60.0 if fact.unit == CLOCK_TIME and not re.search(r"\d[:.]\d", fact.raw) else 0.0
    if (fact.kind == FactKind.PERCENT and not fact.raw.rstrip().endswith(tuple("%0123456789"))
            and (g.r["fraction"].search(fact.raw) or g.r["ratio"].search(fact.raw))):
        return 0.0  # "a third", "one in five": exact shares
    m = g.r["core"].search(fact.raw)
    if not m:
        return 0.0
    if fact.kind in (FactKind.COUNT, FactKind.DURATION) and fact.upper is None \
            and g.r["core"].search(fact.raw, m.end()):
        # A total of listed parts ("12 men and 3 children", "3 hours 25 minutes", in its last
        # part's unit): exact to its last part, whatever its first.
        return 1.0
    try:
        source, num, mult, prec, _upper, _end = _parse_core(g, m)
    except (KeyError, ValueError):
        return 0.0
    if source == "vague":
        return 0.0  # a bound, not a rounded figure
    if m["andhalf"]:
        fraction = _and_fraction(g.t, m)
        num += fraction
        prec = fraction * mult
    if mult > 1 and not math.log10(mult).is_integer():
        prec /= NON_DECIMAL_SCALE_SPREAD  # "a dozen" is 12 give or take a few, not 6 to 18
    if fact.upper is not None:
        # A range is told to the finer of its ends ("zero and 0.3 percent" to the tenth).
        last = next(reversed(list(g.r["core"].finditer(fact.raw, m.end()))), None)
        try:
            finer = _parse_core(g, last)[3] if last is not None else 0.0
        except (KeyError, ValueError):
            finer = 0.0
        return min(prec, finer) if finer > 0 else prec
    core_value = num * mult
    if not core_value:
        return prec
    return prec * abs(fact.value / core_value)


def singular(word: str) -> str:
    """A counted noun in the singular, as a count's unit is written ("children": child)."""
    return _singular(DEFAULT.compiled(_grammar), word)


def counted_noun(fact: Fact) -> str:
    """The noun a count's own words end with, in the singular ("Twelve children": child); ""
    where they end with the figure ("25 dead", "14")."""
    if fact.kind is not FactKind.COUNT:
        return ""
    words = fact.raw.split()
    last = words[-1].strip(".,;:'’\"").lower() if len(words) > 1 else ""
    return _singular(DEFAULT.compiled(_grammar), last) if last.isalpha() else ""


def listed_nouns(fact: Fact) -> tuple[str, ...]:
    """The words of the parts of a count told by its parts ("11 children and three adults":
    child, adult), in the singular, each as often as it is written; none for a count told as
    one figure."""
    if not listed_parts(fact):
        return ()
    g = DEFAULT.compiled(_grammar)
    words = (w.strip(".,;:'’\"").lower() for w in fact.raw.split())
    return tuple(_singular(g, w) for w in words if w.isalpha() and w not in g.t["function_words"])


def listed_parts(fact: Fact) -> tuple[float, ...]:
    """The values of the parts of a count told by its parts ("30 children and eight adults":
    30 and 8, read as 38); () for a count told as one figure."""
    if fact.kind is not FactKind.COUNT or fact.upper is not None or fact.value is None:
        return ()
    g = DEFAULT.compiled(_grammar)
    values = []
    for m in g.r["core"].finditer(fact.raw):
        try:
            _source, num, mult, _prec, _upper, _end = _parse_core(g, m)
        except (KeyError, ValueError):
            return ()
        values.append(num * mult)
    return tuple(values) if len(values) > 1 and math.isclose(sum(values), fact.value) else ()


def _to_base(fact: Fact) -> float:
    """Multiplier from the fact's unit to the comparison base (days for durations)."""
    if fact.kind == FactKind.DURATION:
        return DEFAULT.compiled(_grammar).t["time_days"].get(fact.unit, 1.0)
    return 1.0


def _bounds(v: float, upper: float | None, q: str, p: float, spread: float) -> tuple[float, float]:
    """The values a figure allows: its rounding (``p``, the unit of its last digit), the side a
    bound opens, or for an approximation the ``spread`` of ``_approximate_spread``."""
    half = p / 2
    hi = upper if upper is not None else v
    if q == "~":
        return v - spread, hi + spread
    if q in (">", ">="):
        return v - half, math.inf
    if q in ("<", "<="):
        return -math.inf, hi + half
    return v - half, hi + half


def measured_quantity(unit: str) -> str:
    """The quantity a unit of measurement measures (``measure_bases``: "length" for km and
    mile), "" for a unit of none."""
    base = DEFAULT.compiled(_grammar).t["measure_bases"].get(unit)
    return str(base[0]) if base else ""


def measured_alike(unit_a: str, unit_b: str) -> bool:
    """Whether two units measure one quantity (``measure_bases``: km and mile, acre and hectare)."""
    quantity = measured_quantity(unit_a)
    return bool(quantity) and quantity == measured_quantity(unit_b)


MEASURE_SPREAD = 100.0
"""An amount this many times another told in another unit of the same quantity is of
something else."""
CONVERSION_SLACK = 0.03
"""How far, as a share of the amount, two figures in two units may lie apart beyond their
rounding and still be one amount converted."""


def _in_two_units(g: _Grammar, a: Fact, b: Fact) -> FactRelation:
    """Two measures of one quantity in two units (``measure_bases``: "11 km" / "5 miles"),
    each taken with the rounding of its own digits: one amount where their ranges meet, two
    where they do not; INCOMPARABLE for units of two quantities, or of none known."""
    bases = g.t["measure_bases"]
    if a.unit not in bases or b.unit not in bases or bases[a.unit][0] != bases[b.unit][0] \
            or a.value is None or b.value is None:
        return FactRelation.INCOMPARABLE

    def span(f: Fact) -> tuple[float, float]:
        assert f.value is not None
        factor = bases[f.unit][1]
        lo, hi = _bounds(f.value, f.upper, f.qualifier, precision(f), _approximate_spread(f.value))
        return lo * factor, hi * factor

    (lo_a, hi_a), (lo_b, hi_b) = span(a), span(b)
    amounts = sorted((abs(a.value * bases[a.unit][1]), abs(b.value * bases[b.unit][1])))
    if amounts[0] * MEASURE_SPREAD < amounts[1]:
        # As for spans (``SPAN_SPREAD``): a slip changes a digit, not the unit as well. Cracks
        # "10 cm deep" and a quake's focus "16 km deep" are two things measured.
        return FactRelation.INCOMPARABLE
    # (A conversion is rounded as the writer saw fit: "80 hectares (200 acres)".)
    slack = CONVERSION_SLACK * max(abs(x) for x in (lo_a, hi_a, lo_b, hi_b) if math.isfinite(x))
    if lo_a > hi_b + slack or lo_b > hi_a + slack:
        return FactRelation.DIFFERENT
    bounded = any(f.qualifier in (">", ">=", "<", "<=") for f in (a, b))
    return FactRelation.COMPATIBLE_BOUNDS if bounded else FactRelation.ROUNDING


def _approximate_time_precision(minutes_of_day: float) -> float:
    """``precision`` of an approximate time of day: "about 7:30 am" is to the quarter hour,
    "about 7:50" to five minutes, "about 7:53" to its minute or two; its written minutes say
    how round it is."""
    minutes = round(minutes_of_day) % 60
    return 2 * (_APPROX_CLOCK if minutes % 15 == 0 else 5.0 if minutes % 5 == 0 else 2.0)


def _approximate_spread(value: float) -> float:
    """How far "about N" reaches from N: a tenth of N at most ("about 300" is 270 to 330), and
    no more than one unit of its last significant digit ("about 63%" is 62% to 64%, "about
    3,500" 3,400 to 3,600): the digits written say how round the figure is, and "about"
    stretches it no further."""
    if not value:
        return 0.0
    exponent = int(f"{abs(value):.6e}".split("e")[1])
    unit = 10.0 ** (exponent - significant_digits(value) + 1)
    return min(abs(value) * APPROXIMATE_SHARE, unit)


def significant_digits(value: float) -> int:
    """How many digits a value is told to: 236 and 5.25 three, 20 and 1,000 one."""
    mantissa = f"{abs(value):.6e}".split("e")[0]
    return len(mantissa.replace(".", "").rstrip("0")) or 1


APPROXIMATE_SHARE = 0.1
"""The widest an approximation stretches, as a share of its value."""


def rounds_to(fine: float, coarse: float, p_coarse: float) -> bool:
    """Whether ``fine`` rounded to ``p_coarse`` is ``coarse``."""
    eps = 1e-9 * max(1.0, abs(coarse))
    return coarse - p_coarse / 2 - eps <= fine < coarse + p_coarse / 2 - eps


_REL_RE = re.compile(r"^(this|next|last) (\w+)$")
END_OF = "end of "
"""How a normalised relative time that names the last day of a period starts ("end of this year")."""
_REL_N_RE = re.compile(r"^([\d.,]+) (\w+?)s? (ago|from now|later|earlier)$")


def _relative_key(g: _Grammar, rel: str) -> tuple | None:
    m = _REL_RE.match(rel)
    if m:
        off = {"this": 0, "next": 1, "last": -1}[m.group(1)]
        return ("deictic", m.group(2).lower(), off)
    days = g.t["day_offsets"]
    if rel in days:
        return ("day", "day", days[rel])
    m = _REL_N_RE.match(rel)
    if m:
        n = float(m.group(1).replace(",", ""))
        sign = 1 if m.group(3) in ("from now", "later") else -1
        anchor = "now" if m.group(3) in ("ago", "from now") else "event"
        unit = m.group(2)
        return ("span", anchor, n * sign * g.t["time_days"].get(unit, 1.0))
    return None


def _months(fact: Fact) -> tuple[int, int]:
    """First and last month a DATE covers: its part of the year, its month, or the whole year."""
    if fact.month is None:
        return 1, 12
    return fact.month, fact.month + max(year_part_months(fact), 1) - 1


def _compare_year_parts(a: Fact, b: Fact) -> FactRelation:
    if a.year is not None and b.year is not None and a.year != b.year:
        return FactRelation.DIFFERENT
    (fa, la), (fb, lb) = _months(a), _months(b)
    if (fa, la) == (fb, lb) and a.day is None and b.day is None:
        return FactRelation.SAME if a.year == b.year or a.unit == b.unit else FactRelation.COMPATIBLE_BOUNDS
    if fa <= lb and fb <= la:
        return FactRelation.COMPATIBLE_BOUNDS  # "Q3 2026" and "September 2026" or "2026"
    return FactRelation.DIFFERENT


def _compare_calendar(a: Fact, b: Fact) -> FactRelation:
    K = FactKind
    if a.kind == K.DATE and b.kind == K.DATE and (year_part_months(a) or year_part_months(b)):
        return _compare_year_parts(a, b)
    if a.kind == K.DATE and b.kind == K.DATE:
        return _compare_dates(a, b)
    if a.kind == K.WEEKDAY and b.kind == K.WEEKDAY:
        if a.weekday == b.weekday and a.unit and b.unit \
                and frozenset({a.unit, b.unit}) in DEFAULT.compiled(_grammar).t["overlapping_dayparts"]:
            return FactRelation.SAME  # "Wednesday evening" / "Wednesday night": one late hour
        if a.weekday != b.weekday or (a.unit and b.unit and a.unit != b.unit):
            return FactRelation.DIFFERENT
        return FactRelation.SAME
    if {a.kind, b.kind} == {K.WEEKDAY, K.RELATIVE}:
        rel = a if a.kind == K.RELATIVE else b
        wd = b if rel is a else a
        if rel.weekday is None:
            return FactRelation.INCOMPARABLE
        return FactRelation.COMPATIBLE_BOUNDS if rel.weekday == wd.weekday else FactRelation.DIFFERENT
    if a.kind == K.RELATIVE and b.kind == K.RELATIVE:
        return _compare_relatives(a, b)
    if {a.kind, b.kind} == {K.WEEKDAY, K.DATE}:
        return _weekday_against_date(a if a.kind == K.WEEKDAY else b, b if a.kind == K.WEEKDAY else a)
    return FactRelation.INCOMPARABLE


def _weekday_against_date(weekday: Fact, date: Fact) -> FactRelation:
    """A weekday against a whole calendar date, neither placed by a publication date: the date
    falls on one weekday, so another weekday is another day ("on a Sunday" / "on March 8, 2025",
    a Saturday), and its own weekday is that day as the story tells it ("on Wednesday" / "12 March
    2025", a Wednesday), not a vaguer time of it."""
    if date.year is None or date.month is None or date.day is None or weekday.weekday is None:
        return FactRelation.INCOMPARABLE
    try:
        falls_on = dt.date(date.year, date.month, date.day).weekday()
    except ValueError:
        return FactRelation.INCOMPARABLE
    return FactRelation.SAME if falls_on == weekday.weekday else FactRelation.DIFFERENT


def _compare_dates(a: Fact, b: Fact) -> FactRelation:
    """Two calendar dates, field by field: a field only one of them gives leaves them compatible."""
    for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)):
        if x is not None and y is not None and x != y:
            return FactRelation.DIFFERENT
    if a.month == b.month and a.day == b.day and (a.year == b.year or a.year is None or b.year is None):
        if a.month is None and a.year != b.year:
            return FactRelation.COMPATIBLE_BOUNDS
        return FactRelation.SAME
    return FactRelation.COMPATIBLE_BOUNDS


def _compare_relatives(a: Fact, b: Fact) -> FactRelation:
    """Two times relative to publication ("two weeks ago", "last Tuesday"), without a date to resolve them."""
    g = DEFAULT.compiled(_grammar)
    if a.relative == b.relative:
        return FactRelation.SAME if a.qualifier == b.qualifier else FactRelation.COMPATIBLE_BOUNDS
    ka, kb = _relative_key(g, a.relative), _relative_key(g, b.relative)
    if ka is None or kb is None or ka[:2] != kb[:2]:
        return FactRelation.INCOMPARABLE
    if ka[0] == "span":
        if abs(ka[2] - kb[2]) <= g.t["dur_tol"] * max(abs(ka[2]), abs(kb[2])):
            return FactRelation.SAME
        return FactRelation.DIFFERENT
    if (a.weekday is None) != (b.weekday is None):
        return FactRelation.INCOMPARABLE
    return FactRelation.DIFFERENT


def compare_facts(
    a: Fact,
    b: Fact,
    *,
    published_a: dt.date | None = None,
    published_b: dt.date | None = None,
) -> FactRelation:
    """How fact ``a`` relates to fact ``b``.

    Dates, weekdays and relative times compare by their fields ("November 10" and
    "10 Nov 2025" are the same, "November" and "November 10" compatible). Given the
    publication dates of the two sources, a weekday or relative time is resolved and
    compared with any other date-like fact ("Thursday" in an article of Monday
    27 October 2025 is the same as "October 30").
    """
    K = FactKind
    dated = (K.DATE, K.WEEKDAY, K.RELATIVE)
    if a.kind in dated and b.kind in dated:
        return _compare_dated(a, b, published_a, published_b)
    b = _in_zone_of(a, b, published_a, published_b)
    if a.kind != b.kind or a.value is None or b.value is None or _zones_apart(a, b):
        return FactRelation.INCOMPARABLE  # ("9 pm GMT" and "4 pm ET" may be one moment)
    a, b = _half_day_read(a, b), _half_day_read(b, a)
    if a.kind == K.ORDINAL:
        return _compare_ordinals(a, b)
    if a.unit == SCORE and b.unit == SCORE:
        return _compare_scores(a, b)
    g = DEFAULT.compiled(_grammar)
    a, b, near = _spans_in_one_unit(g, a, b)
    if not near or a.value is None or b.value is None:
        return FactRelation.INCOMPARABLE
    days = g.t["time_days"]
    if a.unit != b.unit and not (a.kind == K.DURATION and a.unit in days and b.unit in days):
        # ("11 km" / "5 miles": one quantity in two units)
        return _in_two_units(g, a, b) if a.kind == K.COUNT else FactRelation.INCOMPARABLE
    fa, fb = _to_base(a), _to_base(b)
    va, vb = a.value * fa, b.value * fb
    ua = a.upper * fa if a.upper is not None else None
    ub = b.upper * fb if b.upper is not None else None
    # Units of a day and longer convert only roughly ("52 weeks" is a year); shorter ones exactly.
    calendar_units = a.unit != b.unit and max(days.get(a.unit, 1.0), days.get(b.unit, 1.0)) >= 1
    tol = g.t["dur_tol"] if calendar_units else 1e-9

    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is None and y is None
        return math.isclose(x, y, rel_tol=tol, abs_tol=1e-12)

    if a.qualifier == b.qualifier and close(va, vb) and close(ua, ub):
        return FactRelation.SAME
    pa, pb = precision(a) * fa, precision(b) * fb
    if a.qualifier == b.qualifier and ua is None and ub is None and a.qualifier != "~":
        if pa > pb * 1.0001 and rounds_to(vb, va, pa):
            return FactRelation.ROUNDING
        if pb > pa * 1.0001 and rounds_to(va, vb, pb):
            return FactRelation.ROUNDING
        if not a.qualifier:
            return FactRelation.DIFFERENT
    # (An approximation's spread is read from its written digits: "about 4.5 minutes" is
    # told to the tenth of a minute, whatever it comes to in days.)
    la, ha = _bounds(va, ua, a.qualifier, pa, _approximate_spread(a.value) * fa)
    lb, hb = _bounds(vb, ub, b.qualifier, pb, _approximate_spread(b.value) * fb)
    # Bounds that only touch at the edge of a figure's rounding do not overlap: "under three
    # hours" ends where "four hours" begins.
    if la < hb - 1e-9 and lb < ha - 1e-9:
        return FactRelation.COMPATIBLE_BOUNDS
    return FactRelation.DIFFERENT


def _spans_in_one_unit(g: _Grammar, a: Fact, b: Fact) -> tuple[Fact, Fact, bool]:
    """Two spans in two units, a time taken in hours, minutes and seconds ("2:00:48") read as
    the count of seconds it is; and whether they are near enough to be one time
    (``SPAN_SPREAD``): a time taken is of a whole course, and a span far shorter is a margin."""
    if a.kind != FactKind.DURATION or b.kind != FactKind.DURATION or a.unit == b.unit:
        return a, b, True
    a = replace(a, unit=_SECOND) if a.unit == ELAPSED else a
    b = replace(b, unit=_SECOND) if b.unit == ELAPSED else b
    days = g.t["time_days"]
    if a.unit not in days or b.unit not in days or a.value is None or b.value is None:
        return a, b, True
    # Two spans in two units, one many times the other ("more than six minutes" / "14.5
    # years"), are spans of two things: a typo changes a digit, not the unit as well.
    lengths = [f.value * days[f.unit] for f in (a, b)]
    return a, b, min(lengths) * SPAN_SPREAD >= max(lengths)


def _compare_ordinals(a: Fact, b: Fact) -> FactRelation:
    if a.unit != b.unit and RUN not in (a.unit, b.unit):
        return FactRelation.INCOMPARABLE  # "first-half" names a part of a game; "29th" (minute) no part
    return FactRelation.SAME if a.value == b.value else FactRelation.DIFFERENT


# ----------------------------------------------------------------------------- resolution


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _nearest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        if not _valid_day(y, month, day):
            continue
        d = dt.date(y, month, day)
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best


def _relative_span(fact: Fact, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a relative time covers, given the publication date."""
    if fact.relative.startswith(END_OF):
        # "the end of next month": the last day of the period
        whole = _period_span(replace(fact, relative=fact.relative[len(END_OF):]), published)
        return (whole[1], whole[1]) if whole else None
    return _period_span(fact, published)


def _period_span(fact: Fact, published: dt.date) -> tuple[dt.date, dt.date] | None:
    g = DEFAULT.compiled(_grammar)
    rel = fact.relative
    one = dt.timedelta(days=1)
    if rel in g.t["day_offsets"]:
        d = published + one * g.t["day_offsets"][rel]
        return d, d
    m = _REL_RE.match(rel)
    if m:
        off = {"this": 0, "next": 1, "last": -1}[m.group(1)]
        what = m.group(2).lower()
        if fact.weekday is not None:
            wd = fact.weekday
            if off == 0:
                d = _week_start(published) + dt.timedelta(days=wd)
            elif off > 0:
                d = published + dt.timedelta(days=(wd - published.weekday() - 1) % 7 + 1)
            else:
                d = published - dt.timedelta(days=(published.weekday() - wd - 1) % 7 + 1)
            return d, d
        if what == "week":
            s = _week_start(published) + dt.timedelta(weeks=off)
            return s, s + dt.timedelta(days=6)
        if what == "weekend":
            wd = published.weekday()
            sat = published + dt.timedelta(days=(5 - wd) if wd >= 3 else -(wd + 2))
            sat += dt.timedelta(weeks=off)
            return sat, sat + one
        if what == "month":
            s = _add_months(published.replace(day=1), off)
            return s, _add_months(s, 1) - one
        if what == "quarter":
            q0 = published.replace(day=1, month=(published.month - 1) // 3 * 3 + 1)
            s = _add_months(q0, 3 * off)
            return s, _add_months(s, 3) - one
        if what == "year":
            y = published.year + off
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        return None
    m = _REL_N_RE.match(rel)
    if m and m.group(3) in ("ago", "from now") and fact.value is not None:
        return _counted_span(g, fact, published, 1 if m.group(3) == "from now" else -1)
    return None


def _counted_span(g: _Grammar, fact: Fact, published: dt.date, sign: int) -> tuple[dt.date, dt.date] | None:
    """The day a span counted back or on from the article's date names ("three weeks ago", "in
    two months from now"); None where it names no calendar day ("4 billion years ago")."""
    unit, n = fact.unit, fact.value or 0.0
    if unit in ("month", "year", "decade", "century") and n == int(n):
        months = int(n) * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
        if not dt.MINYEAR <= published.year + sign * months // 12 <= dt.MAXYEAR - 1:
            return None
        d = _add_months(published, sign * months)
        return d, d
    days = n * g.t["time_days"].get(unit, 0)
    if days >= 1 and abs(days - round(days)) < 1e-9:
        try:
            d = published + dt.timedelta(days=sign * round(days))
        except OverflowError:
            return None
        return d, d
    if 0 < days < 1:
        return published, published
    return None


def _date_spans(fact: Fact, published: dt.date | None) -> list[tuple[dt.date, dt.date]]:
    """The days a calendar date spans (its bound aside)."""
    if fact.month is None:
        if fact.year is None:
            return []
        return [(dt.date(fact.year, 1, 1), dt.date(fact.year, 12, 31))]
    if fact.day is not None:
        d = resolve_date(fact, published)
        return [(d, d)] if d else []
    if year_part_months(fact):
        year = fact.year or (published.year if published else None)
        if year is None:
            return []
        first, last = _months(fact)
        return [(dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]))]
    year = fact.year
    if year is None:
        if published is None:
            return []
        mid = _nearest_year(fact.month, 15, published)
        year = mid.year if mid else published.year
    last = calendar.monthrange(year, fact.month)[1]
    return [(dt.date(year, fact.month, 1), dt.date(year, fact.month, last))]


def _spans(fact: Fact, published: dt.date | None) -> list[tuple[dt.date, dt.date]]:
    """Every reading of a date-like fact as a span of days (a weekday has two); a date
    given as a bound reaches on from it or back."""
    if fact.kind == FactKind.DATE:
        return _bounded(fact, _date_spans(fact, published))
    if published is None:
        return []
    if fact.kind == FactKind.WEEKDAY and fact.weekday is not None:
        days = [published + dt.timedelta(days=k) for k in range(-6, 7)]
        return _bounded(fact, [(d, d) for d in days if d.weekday() == fact.weekday])
    if fact.kind == FactKind.RELATIVE:
        span = _relative_span(fact, published)
        if span is None:
            return []
        lo, hi = span
        if lo < hi and lo <= published <= hi:
            if fact.qualifier == ">" and published < hi:
                lo = published + dt.timedelta(days=1)
            elif fact.qualifier == "<" and published > lo:
                hi = published - dt.timedelta(days=1)
        return [(lo, hi)]
    return []


def names_one_day(fact: Fact, published: dt.date | None) -> bool:
    """A date-like fact that stands for a single day ("tonight", "March 9"), not a span ("later
    this year", "Q3 2026", "1962")."""
    spans = _spans(fact, published)
    return bool(spans) and all(lo == hi for lo, hi in spans)


def wider_date(a: Fact, b: Fact, published_a: dt.date | None = None, published_b: dt.date | None = None
               ) -> Fact | None:
    """Of two date-like facts, the one whose time strictly contains the other's ("later this
    year" around "Q3 2026", "2026" around "March 2026"), or None: the vaguer of two readings
    of one time, not another time."""
    reference = published_a or published_b
    if reference is None:
        year = a.year or b.year
        if year is None:
            return None
        reference = dt.date(year, 6, 15)
    sa, sb = _spans(a, published_a or reference), _spans(b, published_b or reference)
    if len(sa) != 1 or len(sb) != 1:
        return None
    (la, ha), (lb, hb) = sa[0], sb[0]
    if (la, ha) == (lb, hb):
        return None
    if la <= lb and hb <= ha:
        return a
    if lb <= la and ha <= hb:
        return b
    return None


def _compare_dated(a: Fact, b: Fact, published_a: dt.date | None, published_b: dt.date | None
                   ) -> FactRelation:
    K = FactKind
    if (a.kind is K.DATE and a.qualifier) or (b.kind is K.DATE and b.qualifier):
        return _compare_bounded(a, b, published_a, published_b)
    if (a.kind is K.WEEKDAY and a.qualifier) or (b.kind is K.WEEKDAY and b.qualifier):
        # "by Monday": a bound placed only by an article's date; without one, no week to place
        # it in, and "Sunday" may fall either side of it.
        if published_a is None and published_b is None:
            # (The bound's own weekday is within it: "by Tuesday" / "on Tuesday".)
            return FactRelation.COMPATIBLE_BOUNDS if a.weekday == b.weekday and a.weekday is not None \
                else FactRelation.INCOMPARABLE
        return _compare_bounded(a, b, published_a, published_b)
    if (published_a or published_b) and not (a.kind == K.DATE and b.kind == K.DATE):
        sa = _spans(a, published_a or published_b)
        sb = _spans(b, published_b or published_a)
        if sa and sb:
            return _compare_spans(sa, sb)
    return _compare_calendar(a, b)


def _compare_bounded(a: Fact, b: Fact, published_a: dt.date | None, published_b: dt.date | None
                     ) -> FactRelation:
    """Two date-like facts of which one at least is a bound ("by March"): as spans of days,
    a bound reaching from its date onwards or back."""
    if published_a is None and published_b is None:
        # Undated sources: a date without its year is taken in the other's year, or in
        # one year with it ("no earlier than September" / "by December" overlap).
        year = a.year or b.year or 2001
        if a.kind is FactKind.DATE and a.year is None:
            a = replace(a, year=year)
        if b.kind is FactKind.DATE and b.year is None:
            b = replace(b, year=year)
    sa, sb = _spans(a, published_a or published_b), _spans(b, published_b or published_a)
    if not sa or not sb:
        return FactRelation.INCOMPARABLE
    return _compare_spans(sa, sb)


def _bounded(fact: Fact, spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The spans of a date given as a bound: "by March" is every day up to the end of March."""
    one = dt.timedelta(days=1)
    if fact.qualifier == ">=":
        return [(lo, dt.date.max) for lo, _ in spans]
    if fact.qualifier == ">":
        return [(hi + one, dt.date.max) for _, hi in spans if hi < dt.date.max]
    if fact.qualifier == "<=":
        return [(dt.date.min, hi) for _, hi in spans]
    if fact.qualifier == "<":
        return [(dt.date.min, lo - one) for lo, _ in spans if lo > dt.date.min]
    return spans


def _compare_spans(sa: list, sb: list) -> FactRelation:
    for a in sa:
        for b in sb:
            if a == b:
                return FactRelation.SAME
    for a in sa:
        for b in sb:
            if a[0] <= b[1] and b[0] <= a[1]:
                return FactRelation.COMPATIBLE_BOUNDS
    return FactRelation.DIFFERENT


def resolve_date(
    fact: Fact, published: dt.date | None, *, prefer: str | None = None
) -> dt.date | None:
    """See ``_resolve_date``; a span beyond the calendar ("300 million years ago") is None."""
    try:
        return _resolve_date(fact, published, prefer=prefer)
    except (ValueError, OverflowError):
        return None


def _resolve_date(
    fact: Fact, published: dt.date | None, *, prefer: str | None = None
) -> dt.date | None:
    """The calendar date a DATE, WEEKDAY or RELATIVE fact stands for, or None.

    * DATE with a day: that day; without a year, the year nearest ``published``
      ("December 30" in an article of 2 January 2026 is 30 December 2025). A month or
      year alone is not a day: None.
    * WEEKDAY: the nearest such day to ``published`` (within three days either way);
      ``prefer="future"`` takes the next one (today included), ``prefer="past"`` the
      last one (today included), since news uses a bare weekday for both.
    * RELATIVE: "today"/"yesterday"/"tomorrow" and "N days/weeks/months/years ago" or
      "from now" are exact. Week-level phrases ("this week", "next week", "later this
      week") give the Monday of that week; "this/next/last weekend" the Saturday (the
      nearest weekend for "this weekend": the one just past from Monday to Wednesday,
      the coming one from Thursday); month-level the 1st of the month; quarters their
      first day; year-level 1 January. "next Thursday" is the first Thursday after
      ``published``, "last Friday" the last Friday before it, "this Thursday" the
      Thursday of the current (Monday-first) week. Anaphoric phrases ("a day later",
      "the following week") depend on an event, not on publication: None.
    * Anything else, or no ``published`` where one is needed: None.
    """
    if fact.kind == FactKind.DATE:
        if fact.month is None or fact.day is None:
            return None
        if fact.year is not None:
            valid = _valid_day(fact.year, fact.month, fact.day)
            return dt.date(fact.year, fact.month, fact.day) if valid else None
        if published is None:
            return None
        return _nearest_year(fact.month, fact.day, published)
    if published is None:
        return None
    if fact.kind == FactKind.WEEKDAY:
        if fact.weekday is None:
            return None
        delta = (fact.weekday - published.weekday()) % 7  # 0..6 ahead
        if prefer == "future":
            return published + dt.timedelta(days=delta)
        if prefer == "past":
            return published - dt.timedelta(days=(7 - delta) % 7)
        return published + dt.timedelta(days=delta if delta <= 3 else delta - 7)
    if fact.kind == FactKind.RELATIVE:
        span = _relative_span(fact, published)
        return span[0] if span else None
    return None
