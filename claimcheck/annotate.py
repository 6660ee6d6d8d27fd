"""Claims -> sentences: every claim is read once, here, into a frozen ``Sentence``.

As a spaCy pipeline annotates a Doc once, the annotators below each write some fields of
a sentence from the fields written before them: its tokens and content words, its
facts, the names in it and the roles they play, who it is credited to, what it affirms
and denies, the certainty cues in it, its quotations and its outcomes. Matching,
``compare`` and ``check`` read those fields and never read the text again, so a change
to how a sentence is read is made in one place, and all three see it.

The claim given to ``check`` is read by the same function as every sentence of the sources.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from claimcheck.entities import (
    PREPOSITIONS,
    Name,
    credited_nations,
    is_title,
    names,
    names_an_office,
    nation_of,
    read_names,
    speaker,
    speech_words,
    transcript_label,
)
from claimcheck.facts import CLOCK_TIMES, extract_facts, measured_quantity
from claimcheck.lexicon import DEFAULT, Lexicon, phrase_pattern
from claimcheck.limits import overlong_sentence
from claimcheck.measures import UNREAD, Measure, moment, read_measures
from claimcheck.models import AGE_UNIT, DATE_KINDS, FIGURE_KINDS, Claim, ClaimRole, Fact, FactKind
from claimcheck.quotes import Quote, extract_quotes
from claimcheck.stance import Certainty, Predication, conditional_spans, governed_concepts, predications
from claimcheck.stance import tables as stance_tables
from claimcheck.text import Token, clause_bounds, concept, stopwords, tokens, within


class Word(NamedTuple):
    """A content word: not a stopword, not a figure. (A named tuple, as ``Token`` is.)"""

    start: int
    end: int
    norm: str
    """``Token.norm``: lower case, apostrophes straightened."""
    concept: str
    """Its synonym group (``text.concept``)."""
    capitalised: bool
    """Written with a capital letter (at the start of the sentence too)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """A word of a pair of opposite outcomes ("rose" / "fell", "reopened" / "remained
    closed") that no negation in the sentence governs."""

    group: int
    """Which ``polarity.yaml`` opposites group it belongs to."""
    side: int
    """Which side of that group."""
    start: int
    end: int
    about: str = ""
    """The concept of what moves or is acted on ("shares" of "shares fell", "pressure" of
    "more pressure"): the content word a comparative qualifies, else the nearest one before
    it (through a relative pronoun to its noun); empty when none stands in its clause."""
    cut: bool = False
    """Punctuation stands between it and any word before it (", and were up", ", an increase"):
    what moves is told in another clause, not unknown as with "We hit" or "It fell"."""
    moment: int = 0
    """Which side of an event its clause places the move on (``measures.moment``): -1 before
    ("slipped as traders waited for the vote"), 1 after ("rose after the vote"), 0 untold."""
    acted_on: bool = False
    """``about`` is read after it, the noun the act is done to ("raising the harbour levy",
    "a cut to the parking levy"), not the nearest word before it, which may be the doer's."""


@dataclass(frozen=True)
class Sentence:
    """A claim as every later stage reads it."""

    claim: Claim
    """The sentence as reported, its facts included."""
    tokens: tuple[Token, ...]
    words: tuple[Word, ...]
    """Content words, in order."""
    concepts: tuple[str, ...]
    """Concepts of the content words, in order (``text.concepts``)."""
    clauses: tuple[tuple[int, int], ...]
    """Spans of its clauses (``text.clause_bounds``)."""
    name_concepts: frozenset[str]
    """Concepts of the words capitalised inside the sentence: names say who, not what."""
    numbered_names: Mapping[int, str]
    """Names made of a capitalised word and a number ("Gate 4"), by the word's offset."""
    fact_ranks: tuple[tuple[int, int] | None, ...]
    """Where each fact stands among the sentence's facts of its kind (n-th of how many), None
    where it is the only one: "31.4% on the drug, 11.9% on placebo" and "34% ..., versus
    11.9% ..." line up in order."""
    fact_leads: tuple[int | None, ...]
    """For each figure that is the second of a comparison ("versus 11.9% on placebo", "and
    1.4% on placebo"), the index of the figure of its kind and unit it is set against."""
    restated: tuple[tuple[int, int], ...]
    """Spans of the values it writes again in brackets in another unit ("$900 (800 euros)":
    the 800 euros), which tell nothing the value before them does not."""
    measures: tuple[Measure, ...]
    """What each fact measures (``measures.read_measures``), in the order of the facts."""
    said_on: frozenset[int]
    """Start offsets of the facts that date a statement ("officials said Thursday"), not the
    event it reports."""
    marked: frozenset[tuple[str, str]]
    """Concepts the sentence marks as one of several ("another aftershock", "a second
    meeting", "a separate 5.1 tremor"), each with its marker (``dates.yaml`` instance_markers):
    "the previous meeting" and "the third meeting" are two meetings."""
    paraphrases: tuple[tuple[int, int, str], ...]
    """Spans that say a concept in other words ("consumer prices" for inflation), each with
    that concept (``verdicts.yaml`` paraphrases)."""
    act_wordings: tuple[tuple[int, int, str], ...]
    """Spans that state an act in other words ("touched down" says "landed"), each with the
    concept of its group's first word (``verdicts.yaml`` act_paraphrases; only ``check``
    reads them)."""
    names: tuple[Name, ...]
    label: Name | None
    """The name of a transcript's "X:" label: who reads the line out."""
    speaker: Name | None
    """Who the sentence credits its statement to."""
    actors: tuple[Name, ...]
    """Names that can fill a role: not adjectives ("Chinese goods") nor the label."""
    affiliations: tuple[tuple[Name, Name], ...]
    """(member, body) pairs the sentence tells: a person given a post in an organisation
    ("Acme's chief medical officer Jane Roe", "Jane Roe of Acme"), who speaks for it."""
    who_words: frozenset[str]
    """Words that say who, not what: the words of its names, and the capitalised words past
    its first that are no words of a value ("in February" is when)."""
    places: tuple[Placed, ...]
    """The names a place preposition places something in ("died in X", "near the town of X"):
    names of places, whatever their words."""
    fact_places: tuple[Placed | None, ...]
    """For each figure (not dates), the place its clause puts it in ("92 died in X", "In the
    nearby X district, 37 were killed"), None where no one place is said."""
    fact_nations: tuple[frozenset[str], ...]
    """For each fact, the countries a count or sum is told of (``_fact_nations``): "in X and
    Y", or the country of who is credited with it ("X's health ministry said"); empty where
    none is read. Two counts told of two sets of countries are of two wholes."""
    fact_holders: tuple[Holders, ...]
    """For each fact, the names it is told of (``Holders``)."""
    denies: bool
    """Whether it denies something: a negation cue or a negative subject ("no one") governs
    one of its predications."""
    predications: tuple[Predication, ...]
    """Every content word as affirmed, or denied where a negation governs it."""
    supposed: tuple[tuple[int, int], ...]
    """Spans of its conditions ("if approved", "unless prices fall"): what they say is only
    supposed, neither stated nor denied."""
    cues: Mapping[str, Certainty]
    """Concepts that a hedge or an assertion governs, with that cue."""
    quotes: tuple[Quote, ...]
    outcomes: tuple[Outcome, ...]
    routes: tuple[Route, ...]
    """The ways it tells from one name to another ("from X to Y")."""

    @property
    def text(self) -> str:
        return self.claim.text

    def holders(self, fact: Fact) -> Holders:
        """The holders of one of its facts (a value re-read from a fact keeps its start)."""
        return next((h for f, h in zip(self.facts, self.fact_holders, strict=True) if f.start == fact.start),
                    NO_HOLDERS)

    def place(self, fact: Fact) -> Placed | None:
        """Where one of its facts is (``fact_places``; a value re-read from a fact keeps its start)."""
        return next((p for f, p in zip(self.facts, self.fact_places, strict=True) if f.start == fact.start),
                    None)

    def clause_at(self, at: int) -> tuple[int, int]:
        """The span of the clause that holds offset ``at``: the whole sentence where none does."""
        return next(((a, b) for a, b in self.clauses if a <= at < b), (0, len(self.text)))

    def measure(self, fact: Fact) -> Measure:
        """What one of its facts measures (a value re-read from a fact keeps its start)."""
        return next((m for f, m in zip(self.facts, self.measures, strict=True) if f.start == fact.start),
                    UNREAD)

    @property
    def source(self) -> str:
        return self.claim.source

    @property
    def key(self) -> tuple[str, int]:
        return self.claim.key

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.claim.facts


@dataclass(frozen=True)
class Route:
    """A way from one name to another ("traveling from X to Y", "a swing from X to Y"): what
    went, moved or passed went from the first to the second. The same two names the other way
    round tell another way, not the same one in other words."""

    origin: Name
    destination: Name

    @property
    def text(self) -> str:
        """The route as a reader is told it: "from X to Y"."""
        return f"from {self.origin.text} to {self.destination.text}"


def reversed_route(a: Sentence, b: Sentence) -> tuple[Route, Route] | None:
    """A route of ``a`` that ``b`` tells the other way round, from its destination to its
    origin, and never as ``a`` does, with ``b``'s: None when there is none."""
    for r in a.routes:
        same = any(q.origin.same_entity(r.origin) and q.destination.same_entity(r.destination)
                   for q in b.routes)
        back = next((q for q in b.routes
                     if q.origin.same_entity(r.destination) and q.destination.same_entity(r.origin)), None)
        if back is not None and not same:
            return r, back
    return None


@dataclass(frozen=True)
class Placed:
    """Where a figure is: a name after a place preposition ("92 died in X", "outside X")."""

    name: Name
    relation: str
    """The preposition's group (``measures.yaml`` ``place_prepositions``): "in", "outside"."""

    def same_place(self, other: Placed) -> bool:
        return self.relation == other.relation and self.name.same_entity(other.name)


@dataclass(frozen=True, slots=True)
class Holders:
    """Who a figure is told of, read two ways for two uses."""

    subject: Name | None
    """The name the figure's own clause plainly makes it of: a possessive right before it
    ("X's 40 stalls"); in a relative clause set off by commas, the name it qualifies ("X,
    the owner of Y, who was fined for three breaches"); else the name the sentence opens
    with as its subject. Two figures whose subjects are two entities are of two holders."""
    nearest: Name | None
    """The nearest name able to act before it, close by, with no other figure between: not
    the one the sentence credits its words to, an outlet, a nation's adjective, a place ("in
    X"), nor an owner ("X's study enrolled 600"). Looser than ``subject`` ("Y winning 37
    seats"): it tells a claim's holder from another only where the evidence names the
    claim's nowhere."""
    apposed: Name | None = None
    """The name an age is set beside between commas ("said X, 50, who ..."): the surest
    holder of all, whoever else the sentence names (then also its ``subject`` and ``nearest``)."""
    peopled: Name | None = None
    """The place a count counts the people of (``population_leads`` right before it): "X, home
    to about 1 million people", "X, whose population is 64,000", "X, a town of 9,000"."""


NO_HOLDERS = Holders(None, None)


# --- annotators ------------------------------------------------------------------------------

Fields = dict[str, Any]


@dataclass(frozen=True)
class Annotator:
    """One step of the reading: what it reads (fields written before it), what it writes."""

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[Fields, Lexicon], Fields]
    furniture: Fields | None = None
    """What it writes for page furniture (headings, captions, boilerplate), which is never
    compared: nothing it says is read. None: furniture is read as well (its names and facts
    still tell which entities and values a source mentions)."""


def _read_tokens(f: Fields, lexicon: Lexicon) -> Fields:
    text = f["text"]
    toks = tuple(tokens(text))
    stop = stopwords(lexicon)
    words = tuple(Word(t.start, t.end, t.norm, concept(t.norm, lexicon), t.text[:1].isupper())
                  for t in toks if t.norm not in stop and not t.norm[:1].isdigit())
    # The concepts are those of the content words (tests/test_matching_blocks.py keeps
    # ``text.concepts`` equal to them on every corpus).
    return {"tokens": toks, "words": words, "concepts": tuple(w.concept for w in words),
            "clauses": tuple(clause_bounds(text)),
            "name_concepts": frozenset(concept(t.norm, lexicon) for t in toks
                                       if t.text[:1].isupper() and t.start > 0),
            "numbered_names": {t.start: f"{t.norm} {u.norm}" for t, u in zip(toks, toks[1:], strict=False)
                               if t.text[:1].isupper() and t.text[1:2].islower() and u.norm.isdigit()
                               and u.start == t.end + 1}}


def _read_facts(f: Fields, lexicon: Lexicon) -> Fields:
    text = f["text"]
    facts = values_beyond_grammar(text, extract_facts(text, lexicon), lexicon)
    conversions = _conversions(text, facts)
    return {"facts": facts, "fact_ranks": _ranks(facts, conversions),
            "fact_leads": _leads(text, facts, lexicon),
            "restated": tuple((facts[k].start, facts[k].end) for k in sorted(conversions))}


LEAD_REACH = 20
"""Words between a figure and the one it is set against: "34% of people on the 30 mg dose were
in remission, versus 11.9% on placebo"."""


def _leads(text: str, facts: Sequence[Fact], lexicon: Lexicon) -> tuple[int | None, ...]:
    """For each figure that is the second of a comparison ("versus 11.9% on placebo", "and 1.4%
    on placebo"), the index of the figure of its kind and unit it is set against."""
    contrast = lexicon.compiled(_contrast_pattern)
    leads: list[int | None] = [None] * len(facts)
    for k, fact in enumerate(facts):
        if fact.kind not in FIGURE_KINDS:
            continue
        lead = next((n for n in range(k - 1, -1, -1)
                     if facts[n].kind is fact.kind and facts[n].unit == fact.unit), None)
        if lead is None:
            continue
        between = text[facts[lead].end:fact.start]
        if len(between.split()) > LEAD_REACH or any(ch in between for ch in ";:.!?()"):
            continue
        if any(m.end() == len(between.rstrip()) for m in contrast.finditer(between.casefold())):
            leads[k] = lead
    return tuple(leads)


def _contrast_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return phrase_pattern(lexicon.words("measures", "contrast_before"))


def bracket_twin_of(text: str, facts: Sequence[Fact], i: int) -> int | None:
    """The value a value is set beside in brackets, as its conversion into another unit or
    currency: the value of its kind in another unit right before its bracket, or right
    after its own, inside one. A bracket holding nothing but another value of the same
    symbol restates it too ("US$4m ($6m)": the local dollar's figure)."""
    fact = facts[i]
    for k, opening in ((i - 1, (i - 1, i)), (i + 1, (i, i + 1))):
        if not 0 <= k < len(facts):
            continue
        other = facts[k]
        if other.kind is not fact.kind or not other.unit or not fact.unit:
            continue
        first, second = facts[opening[0]], facts[opening[1]]
        if text[first.end:second.start].strip() != "(":
            continue
        if other.unit != fact.unit or (first.value != second.value
                                       and text[second.end:second.end + 1] == ")"):
            return k
    return None


def _conversions(text: str, facts: Sequence[Fact]) -> frozenset[int]:
    """The indices of values that are the value before them written again in brackets."""
    return frozenset(k for k in range(1, len(facts))
                     if (twin := bracket_twin_of(text, facts, k)) is not None and twin < k)


def _ranks(facts: Sequence[Fact], conversions: frozenset[int]) -> tuple[tuple[int, int] | None, ...]:
    # A clock reading is a kind of its own: "at 3:42 am" does not make "magnitude 6.4" the
    # first of two numbers; and a value's conversion in brackets ("$900 (800 euros)") is the
    # value written again, no second of its kind.
    kinds = ["date" if f.kind in DATE_KINDS else f.unit if f.unit in CLOCK_TIMES else f.kind.value
             for f in facts]
    for k in conversions:
        kinds[k] = f"conversion {k}"
    if len(set(kinds)) == len(kinds):
        return (None,) * len(facts)  # most sentences: one value of each kind
    by_kind: dict[str, list[int]] = {}
    for k, kind in enumerate(kinds):
        by_kind.setdefault(kind, []).append(k)
    ranks: list[tuple[int, int] | None] = [None] * len(facts)
    for same in by_kind.values():
        for n, k in enumerate(same):
            ranks[k] = (n, len(same)) if len(same) > 1 else None
    return tuple(ranks)


def _read_measures(f: Fields, lexicon: Lexicon) -> Fields:
    # A figure in a condition ("if turnout reaches 60%") is supposed, as an act in it is.
    conditions = conditional_spans(f["text"], f["tokens"], lexicon) if f["facts"] else ()
    return {"measures": read_measures(f["text"], f["tokens"], f["facts"], f["clauses"], lexicon, conditions)}


STATEMENT_REACH = 4
"""Words between a speech verb and the day it was spoken: "said at a briefing Thursday"."""
STATEMENT_PHRASE_REACH = 7
"""Words between a statement and its day where none of them is a verb of an act: "according
to a statement from the two boards on Friday"."""


def _read_statement_dates(f: Fields, lexicon: Lexicon) -> Fields:
    dates = [x for x in f["facts"] if x.kind in DATE_KINDS]
    if not dates:
        return {"said_on": frozenset()}
    cues = lexicon.compiled(_statement_cues)
    occasions = lexicon.words("entities", "statement_occasions")
    toks = f["tokens"]
    ends = [t.end for t in toks]  # in order, as the tokens are: the words before a date by bisection
    done = {p.start for p in f["predications"] if p.finite}
    said = set()
    for fact in dates:
        stop = bisect_right(ends, fact.start)
        if any(t.norm in cues for t in toks[max(0, stop - STATEMENT_REACH):stop]):
            said.add(fact.start)
            continue
        # Further off, only the noun of an occasion of speech, across words of no act of their
        # own: "in a statement from both boards on Friday" dates the statement. (A verb of
        # speech may be an act too: "declared a state of emergency on Monday".)
        before = toks[max(0, stop - STATEMENT_PHRASE_REACH):stop]
        noun = next((k for k in range(len(before) - 1, -1, -1) if before[k].norm in occasions), None)
        if noun is not None and not any(t.start in done for t in before[noun + 1:]):
            said.add(fact.start)
    return {"said_on": frozenset(said)}


def _statement_cues(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.words("entities", "speech_cues") | lexicon.words("entities", "statement_occasions")


INSTANCE_REACH = 3
"""Words between an instance marker and the thing it marks: "a second community meeting"."""


def _read_marked(f: Fields, lexicon: Lexicon) -> Fields:
    toks, facts = f["tokens"], f["facts"]
    markers = lexicon.words("dates", "instance_markers")
    if not any(t.norm in markers for t in toks):
        return {"marked": frozenset()}
    # "another 87 were damaged" adds to a count; it does not mark another happening, nor does
    # "second" in a date ("the second quarter of 2027"), where it names the part of a year.
    # (A name right after the marked words names which one: "the second division club Rovers"
    # is no second Rovers; ``_markable``.) A reading told to a fraction is no count added to
    # ("a separate 4.9 tremor").
    dated = [(x.start, x.end) for x in facts if x.kind in DATE_KINDS]
    fractional = {x.start for x in facts if x.value is not None and not float(x.value).is_integer()}
    return {"marked": frozenset(
        (t.norm, concept(u.norm, lexicon)) for k, t in enumerate(toks) if t.norm in markers
        and not (k + 1 < len(toks) and toks[k + 1].norm[:1].isdigit() and toks[k + 1].start not in fractional)
        and not any(start <= t.start < end for start, end in dated)
        for n, u in enumerate(toks[k + 1:k + 1 + INSTANCE_REACH], start=k + 1) if _markable(toks, n))}


def _markable(toks: Sequence[Token], n: int) -> bool:
    """Whether the ``n``-th token may be what an instance marker before it marks: a name right
    after the marked words is an apposition naming which one ("the second division club
    Rovers"), unless a preposition brings it in ("her second victory in Velmar": one of
    several there)."""
    return not toks[n].text[:1].isupper() or toks[n - 1].norm in PREPOSITIONS


def _read_paraphrases(f: Fields, lexicon: Lexicon) -> Fields:
    folded = f["text"].casefold()
    if not lexicon.compiled(_any_paraphrase).search(folded):
        return {"paraphrases": ()}  # most sentences say nothing in other words: one search tells
    patterns = lexicon.compiled(paraphrase_patterns)
    return {"paraphrases": tuple((m.start(), m.end(), head) for head, pattern in patterns
                                 for m in pattern.finditer(folded))}


def act_wording_heads(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, dict[str, frozenset[str]]]:
    """A pattern of every wording of ``act_paraphrases``, and the acts each wording states."""
    return lexicon.compiled(_build_act_wordings)


def _build_act_wordings(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, dict[str, frozenset[str]]]:
    heads: dict[str, set[str]] = {}
    for group in lexicon.table("verdicts", "act_paraphrases", []) or []:
        head = concept(str(group[0]).casefold(), lexicon)
        for word in group:
            heads.setdefault(" ".join(str(word).casefold().split()), set()).add(head)
    return (phrase_pattern(heads) if heads else None), {k: frozenset(v) for k, v in heads.items()}


def _read_act_wordings(f: Fields, lexicon: Lexicon) -> Fields:
    pattern, heads = act_wording_heads(lexicon)
    if pattern is None:
        return {"act_wordings": ()}
    return {"act_wordings": tuple((m.start(), m.end(), head) for m in pattern.finditer(f["text"].casefold())
                                  for head in sorted(heads.get(" ".join(m.group().split()), ())))}


def _any_paraphrase(lexicon: Lexicon) -> re.Pattern[str]:
    return phrase_pattern(str(w).casefold() for group in lexicon.table("verdicts", "paraphrases", []) or []
                          for w in group)


def paraphrase_patterns(lexicon: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each ``paraphrases`` group's concept (its first word) with a pattern of its wordings."""
    found = []
    for group in lexicon.table("verdicts", "paraphrases", []) or []:
        wordings = phrase_pattern(str(w).casefold() for w in group)
        found.append((concept(str(group[0]).casefold(), lexicon), wordings))
    return tuple(found)


def _read_names(f: Fields, lexicon: Lexicon, known: frozenset[str] = frozenset(),
                plain: frozenset[str] = frozenset()) -> Fields:
    text = f["text"]
    found = read_names(text, f["tokens"], lexicon, skip=[(x.start, x.end) for x in f["facts"]], known=known,
                       plain=plain)
    label = transcript_label(text, found, lexicon)
    placed = _placed_names(text, f["tokens"], found, lexicon)
    places = _with_relative_places(text, f["tokens"], f["facts"],
                                   _fact_places(text, f["facts"], f["clauses"], f["tokens"], placed, found),
                                   found, lexicon)
    nations = _fact_nations(text, f["facts"], f["clauses"], found, places, lexicon)
    # Every name in the label ("JANE ROE, REPORTER:") belongs to it.
    head = text.index(":", label.end) if label is not None else -1
    credited = speaker(text, found, lexicon)
    # A demonym says where someone is from, a news agency who relays it: neither fills a
    # role in the story.
    actors = tuple(n for n in found if not n.modifier and n.start > head and not n.nation and not n.relays
                   and not _restates(text, n, found) and not names_an_office(text, f["tokens"], n, lexicon))
    if not any(t.text[:1].islower() for t in f["tokens"]):
        # A line with no word in lower case (an address, a directory entry, a heading in
        # capitals) has no verb to give a name a role, and no case to tell a name from a word.
        actors = ()
    parts = _NameParts(text, f["tokens"], f["facts"], tuple(found), actors, label, credited, places)
    return {"names": tuple(found), "label": label, "speaker": credited, "actors": actors,
            "affiliations": _affiliations(text, found, lexicon),
            "who_words": _who_words(f["tokens"], f["facts"], found, lexicon),
            "places": tuple(p for _, p in placed), "fact_places": places,
            "fact_nations": nations,
            "fact_holders": _fact_holders(parts, lexicon)}


def _restates(text: str, name: Name, found: Sequence[Name]) -> bool:
    """Whether a name is the short form in brackets of the name right before it ("Orrin
    Holdings (ORH)", "the Northern Grid Authority (NGA)"): the same one named again, no second actor."""
    if name.acronym is None or not text[name.end:].lstrip().startswith(")"):
        return False
    before = [n for n in found if n.end <= name.start]
    return bool(before) and re.fullmatch(r"\s*\(\s*", text[before[-1].end:name.start]) is not None


class _NameParts(NamedTuple):
    """What the holder reading reads of a sentence, before the sentence is built."""

    text: str
    tokens: Sequence[Token]
    facts: Sequence[Fact]
    names: tuple[Name, ...]
    actors: tuple[Name, ...]
    label: Name | None
    speaker: Name | None
    places: tuple[Placed | None, ...]


def _fact_holders(s: _NameParts, lexicon: Lexicon) -> tuple[Holders, ...]:
    if not s.names:
        return (NO_HOLDERS,) * len(s.facts)
    opening = _opening_subject(s, lexicon)  # the sentence's, whichever figure it holds
    leads = lexicon.compiled(_population_leads)
    found = []
    for f in s.facts:
        apposed = _apposed_to(s, f)
        found.append(Holders(apposed, apposed, apposed) if apposed is not None
                     else Holders(_subject_holder(s, f, opening, lexicon), _nearest_holder(s, f, lexicon),
                                  peopled=_peopled(s, f, leads)))
    return tuple(found)


POPULATION_REACH = 100
"""Characters from the place's name to the words that lead to its population: past an
apposition ("X, the region's largest port, whose population is")."""


def _peopled(s: _NameParts, fact: Fact, leads: re.Pattern[str] | None) -> Name | None:
    """``Holders.peopled``: the last name before the words leading to a count (or before a
    count of inhabitants, which needs none), no sentence break and no other figure between."""
    if leads is None or fact.kind not in (FactKind.COUNT, FactKind.NUMBER) or fact.unit not in PEOPLE_UNITS:
        return None
    lead = leads.search(s.text, max(0, fact.start - 40), fact.start)
    if lead is not None:
        led = lead.start()
    elif fact.unit in INHABITANT_UNITS:
        led = fact.start  # "X has about 200,000 inhabitants": the noun says it is the place's people
    else:
        return None
    place = next((n for n in reversed(s.names) if n.end <= led), None)
    if place is None or place.nation or led - place.end > POPULATION_REACH \
            or any(ch in s.text[place.end:led] for ch in ";:()") \
            or any(place.end <= g.start < led for g in s.facts if g.kind not in _NOT_IN_THE_WAY):
        return None
    return place


PEOPLE_UNITS = frozenset({"", "person", "resident", "inhabitant", "people"})
INHABITANT_UNITS = frozenset({"inhabitant"})
"""Units of a count that name it the people of a place, whatever words lead to it."""
"""Units of a count of a place's people ("100,000", "100,000 people", "100,000 residents")."""


def _population_leads(lexicon: Lexicon) -> re.Pattern[str] | None:
    """``population_leads`` as a pattern ending right before a count."""
    words = [str(w) for w in lexicon.table("measures", "population_leads", []) or []]
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:an?\s+)?(?:estimated\s+)?$",
                      re.IGNORECASE)


_APPOSITION_END = re.compile(r"\s*(?:[,.;)]|$)")


def _apposed_to(s: _NameParts, fact: Fact) -> Name | None:
    """The name an age is set beside between commas ("said X, 50, who ...", "X, 53, won"), or
    written right before ("47-year-old X"): it is that one's age, whoever else the sentence
    names or credits."""
    if fact.kind is not FactKind.NUMBER or fact.unit != AGE_UNIT or fact.qualifier:
        return None
    # Written before the name as a word of it ("his wife, 47-year-old X"), it is that one's.
    after = next((n for n in s.names if n.start >= fact.end), None)
    if after is not None and not after.nation and not s.text[fact.end:after.start].strip():
        return after
    before = next((n for n in s.names if n.end <= fact.start and s.text[n.end:fact.start] in _SET_BESIDE),
                  None)
    if before is None or before.nation:
        return None
    between = s.text[before.end:fact.start]
    # "X, 50, who", "Mr. X (41)", and "X, a 40-year-old attendant": an age written into the
    # noun of an apposition after the name is that one's too.
    if between == ", " and _APPOSITION_END.match(s.text, fact.end) or between == " (" \
            or between in (", a ", ", an ") and "-" in fact.raw:
        return before
    return None


_SET_BESIDE = (", ", " (", ", a ", ", an ")
"""What stands between a name and an age set beside it."""


HOLDER_REACH = 40
"""Characters between a name and the figure after it, at most, for the name to hold it
("Y winning 41 seats", "(Z, 20 seats)"); farther, the name is part of another phrase."""


_FOR_HOLDER = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}for\s+(?:the\s+)?$")
"""What stands between a figure and the name it is for ("12 seats for the X", "a 3% rise for X")."""
_ASIDE_OPEN = r",\s+(?:[a-z]+\s+){1,3}(?:by|under)\s"
_ASIDE_BY = re.compile(_ASIDE_OPEN)
"""What opens an aside that names who leads or owns the name before it ("X, led by Y, won",
"X, previously led by Prime Minister Y and now under Z, is forecast to win")."""


_NOT_IN_THE_WAY = DATE_KINDS | {FactKind.ORDINAL}
"""Figures that may stand between a name and the figure it holds: a date, and a rank, which is
the same name's ("Y third in 2:22:40")."""


def _nearest_holder(s: _NameParts, fact: Fact, lexicon: Lexicon) -> Name | None:
    places = {id(pl.name) for pl in s.places if pl is not None}
    # (Nor a name a distance is measured from, "95 miles south of X": a point of reference.)
    places |= {id(n) for n in s.names if _distance_reference(s, n, lexicon)}
    # A name the figure is for, right after it ("12 seats for the X"), holds it.
    after = next((n for n in s.names if n.start >= fact.end), None)
    if after is not None and not after.nation and _FOR_HOLDER.fullmatch(s.text, fact.end, after.start):
        return after
    # (Not only the actors: a name before a noun holds it too, "Y shares rose 5%"; but not
    # one in an aside about the name before it, "X, led by Y, won 8 seats".)
    held = [n for n in s.names if n is not s.label
            if n.end <= fact.start and _reach(s.text, n, fact) <= HOLDER_REACH
            and not n.speaks and not n.relays and not n.nation and not n.possessive and id(n) not in places
            and not (s.speaker is not None and n.same_entity(s.speaker))
            and not any(n.end <= f.start < fact.start for f in s.facts if f.kind not in _NOT_IN_THE_WAY)
            and not ("," in s.text[n.end:fact.start] and _in_aside_by(s.text, n))]
    return max(held, key=lambda n: n.end) if held else None


_ASIDE_AFTER = re.compile(r"\)?" + _ASIDE_OPEN + r"[^,]*,")
"""An aside right after a name about who leads or owns it, up to its closing comma."""


def _distance_reference(s: _NameParts, name: Name, lexicon: Lexicon) -> bool:
    """Whether the name is the point a distance is measured from: after "of" or "from" that
    follow a point of the compass, "away", or a figure ("95 miles south of X", "40 km from
    the city of X")."""
    if name.preposition not in ("of", "from"):
        return False
    before = [t for t in s.tokens if t.end <= name.start]
    at = max((k for k, t in enumerate(before) if t.norm == name.preposition), default=None)
    if at is None or at == 0 or len(before) - at > REFERENCE_REACH:
        return False
    word = before[at - 1]
    return word.norm in _compass_words(lexicon) or word.norm == "away" \
        or any(f.end == word.end and f.kind is not FactKind.DATE for f in s.facts)


REFERENCE_REACH = 4
"""Tokens from "of" or "from" to the name it leads to ("of the city of X")."""


def _reach(text: str, name: Name, fact: Fact) -> int:
    """How far a figure stands from a name before it, an aside about the name not counted
    ("X, previously led by Y and now under Z, is set to win 8 seats")."""
    aside = _ASIDE_AFTER.match(text, name.end, fact.start)
    return fact.start - name.end - (len(aside.group()) if aside else 0)


def _in_aside_by(text: str, name: Name) -> bool:
    """Whether the name stands in an aside opened since the last comma before it (``_ASIDE_BY``)."""
    return _ASIDE_BY.match(text, text.rfind(",", 0, name.start), name.start) is not None


_ARTICLES = frozenset({"the", "a", "an"})

POSSESSOR_REACH = 2
"""Tokens that may stand between a possessive name and the figure it holds ("X's first 40")."""

_CLAUSE_BREAK = re.compile(r"[;:()]|, (?:and|but|while|whereas) |\s(?:while|whereas)\s")
"""Breaks that open another clause: a semicolon, a colon, a bracket, a conjunction after a
comma, and "while" or "whereas" even without one ("X rose 21% while Y's stock fell 2%")."""


def _clause_break(s: _NameParts, start: int, end: int) -> bool:
    """Whether another clause opens between the offsets: brackets round a name or a figure
    alone ("X from the Harbour Alliance (HA), won", "30 passes (70%)") gloss it, and open none."""
    text = s.text
    glossing = {at for n in s.names if n.start and text[n.start - 1] == "(" and text[n.end:n.end + 1] == ")"
                for at in (n.start - 1, n.end)}
    # (Nor do brackets round a figure alone: "completed 21 of 30 passes (70%) for 250 yards".)
    glossing |= {at for f in s.facts if f.start and text[f.start - 1] == "(" and text[f.end:f.end + 1] == ")"
                 for at in (f.start - 1, f.end)}
    # Nor do brackets of names alone, whatever their stops ("X Corp (NYSE: XC) rose 4%").
    glossing |= {at for m in _BRACKETED.finditer(text, start, end)
                 if _names_alone(s, m.start() + 1, m.end() - 1) for at in range(m.start(), m.end())}
    return any(m.start() not in glossing for m in _CLAUSE_BREAK.finditer(text, start, end))


_BRACKETED = re.compile(r"\([^()]*\)")


def _names_alone(s: _NameParts, start: int, end: int) -> bool:
    """Whether the text between the offsets holds names and stops between them, nothing else."""
    inside = [n for n in s.names if start <= n.start and n.end <= end]
    rest, at = [], start
    for n in inside:
        rest.append(s.text[at:n.start])
        at = n.end
    rest.append(s.text[at:end])
    return bool(inside) and not "".join(rest).strip(" :;,/-")


def _subject_holder(s: _NameParts, fact: Fact, subject: Name | None, lexicon: Lexicon) -> Name | None:
    text, toks = s.text, s.tokens
    before = [t for t in toks if t.end <= fact.start]
    owner = next((n for n in s.actors if n.possessive and before and n.end <= fact.start
                  and sum(1 for t in before if t.start >= n.end) <= POSSESSOR_REACH), None)
    if owner is not None:
        return owner
    gapped = _gapped_subject(s, fact) or _agent_holder(s, fact, lexicon)
    if gapped is not None:
        return gapped
    opening = text.rfind(",", 0, fact.start)
    if opening >= 0:
        first = next((t for t in toks if t.start > opening), None)
        if first is not None and first.norm in lexicon.words("entities", "comma_relatives"):
            return _antecedent(s, opening, lexicon)
    bracketed = _bracketed_after(s, fact)
    if bracketed is not None:
        return bracketed
    relating = _relative_subject(s, fact, lexicon)
    if relating is not None:
        return relating
    clause = _clause_subject(s, fact, lexicon)
    if clause is not None:
        return clause
    nested = _participle_subject(s, fact, lexicon)
    if nested is not None:
        return nested
    if subject is not None and (_in_participle_clause(s, fact, subject, lexicon)
                                or _time_set_before(s, fact, subject)):
        return subject  # ("Earlier this week, X announced ...": the time set before X's clause is X's act's)
    if _clause_break(s, 0, fact.start):
        return None  # the figure stands past another clause: the opening name need not hold it
    if subject is None or subject.end > fact.start:
        return None
    between = [t for t in toks if subject.end <= t.start and t.end <= fact.start]
    if _reports_another(between, lexicon):
        return None  # "X told reporters that 27 were hurt": X says the figure, it does not hold it
    return subject


def _reports_another(between: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the words between a name and a figure report what another did: a verb of speech
    or "that", unless what follows it is the name's own act, told by a pronoun standing for
    it ("X said it would buy Y for $6bn") or as the object of a verb of speech that takes one
    (``speech_objects``: "X announced the purchase of Y for $6bn", "X announced 900 job cuts")."""
    speech = lexicon.words("entities", "speech_cues") | lexicon.words("entities", "complementisers")
    at = next((k for k in range(len(between) - 1, -1, -1) if between[k].norm in speech), None)
    if at is None:
        return False
    rest = list(between[at + 1:])
    if rest and rest[0].norm in lexicon.words("entities", "complementisers"):
        rest = rest[1:]
    if rest and rest[0].norm in lexicon.words("entities", "own_pronouns"):
        return False
    clause_words = lexicon.words("entities", "complementisers") \
        | lexicon.words("polarity", "subject_auxiliaries")
    return between[at].norm not in lexicon.words("entities", "speech_objects") \
        or any(t.norm in clause_words for t in rest)


_GAPPED_LEAD = re.compile(r"(?:,|\band|\bwhile)\s+$")
_GAPPED_LINK = re.compile(r"\s+(?:by|at|to|with|on)?\s*")


_AGENT_LINK = re.compile(r"\s+(?:in|at|on|with|from|after|for|over)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?")
"""What stands between the doer of a passive and a figure of its act ("set by X in 50 overs")."""


def _agent_holder(s: _NameParts, fact: Fact, lexicon: Lexicon) -> Name | None:
    """The doer of a passive participle right before the figure's phrase ("a target of 240
    set by X in 50 overs", "the record set by Y in 2:07:15"): the act and its figure are the
    doer's, not the main clause's subject's. (A date is the act's, whoever did it: "set by
    X in 2019" and "set in 2019" date one act.)"""
    if fact.kind in DATE_KINDS:
        return None
    name = next((n for n in reversed(s.names) if n.end <= fact.start), None)
    if name is None or name.possessive or not _AGENT_LINK.fullmatch(s.text, name.end, fact.start):
        return None
    words = s.text[:name.start].split()
    if len(words) < 2 or words[-1].casefold() != "by":
        return None
    verb = words[-2].casefold().strip(",;:")
    return name if verb.endswith("ed") or verb in lexicon.words("polarity", "irregular_past") else None


def _gapped_subject(s: _NameParts, fact: Fact) -> Name | None:
    """The name of a list item whose verb the list leaves out ("X dropping 8%, Y by 11% and
    Z by almost 3%"): right after a comma or "and", right before the figure,
    only a preposition between."""
    name = next((n for n in reversed(s.names) if n.end <= fact.start), None)
    if name is None or name.possessive or name.nation \
            or not _GAPPED_LINK.fullmatch(s.text, name.end, fact.start) \
            or not _GAPPED_LEAD.search(s.text, max(0, name.start - 8), name.start):
        return None
    return name


def _in_participle_clause(s: _NameParts, fact: Fact, subject: Name, lexicon: Lexicon) -> bool:
    """Whether the figure stands in a clause that opens with a participle after a comma, past
    the sentence's subject ("X posted the fastest time, winning in 2:21:37"): the participle's
    doer is that subject, whatever verb the main clause has (a verb of speech there, "posted",
    may take a plain object). Not a participle of speech ("adding that 27 were hurt"), nor a
    word in -ing that is no participle (``non_participles``: "including", "according")."""
    comma = s.text.rfind(",", subject.end, fact.start)
    if comma < 0:
        return False
    first = next((t for t in s.tokens if t.start > comma), None)
    return first is not None and first.start < fact.start and first.text.islower() \
        and first.norm.endswith(tuple(lexicon.words("entities", "participle_endings"))) \
        and first.norm not in speech_words(lexicon) \
        and first.norm not in lexicon.words("entities", "non_participles")


def _participle_subject(s: _NameParts, fact: Fact, lexicon: Lexicon) -> Name | None:
    """The subject of a clause that a participle after a comma takes as its object ("...,
    meaning X was awarded $6m"): a name right after the participle (or after its "that"),
    followed by an auxiliary or a verb in -ed, holds the figures of that clause; the main
    clause's subject does the participle, not what the clause after it tells."""
    comma = s.text.rfind(",", 0, fact.start)
    toks = [t for t in s.tokens if comma < t.start and t.end <= fact.start]
    if comma < 0 or len(toks) < 3 or not toks[0].text.islower() \
            or not toks[0].norm.endswith(tuple(lexicon.words("entities", "participle_endings"))) \
            or toks[0].norm in lexicon.words("entities", "non_participles"):
        return None
    k = 2 if toks[1].norm in lexicon.words("entities", "complementisers") else 1
    name = next((n for n in s.names if n.start == toks[k].start), None)
    if name is None or name.possessive or name.nation:
        return None
    after = next((t for t in toks if t.start >= name.end), None)
    if after is None or not after.text.islower() or not (
            after.norm in lexicon.words("polarity", "subject_auxiliaries") or after.norm.endswith("ed")):
        return None
    if any(name.end <= f.start < fact.start for f in s.facts) or _clause_break(s, name.end, fact.start):
        return None
    return name


RELATIVE_REACH = 3
"""Words between the relative pronoun after a name and the figure of its clause ("X who
obtained 38%", "Y, which won 12 seats")."""


def _relative_subject(s: _NameParts, fact: Fact, lexicon: Lexicon) -> Name | None:
    """The name a relative clause that gives the figure hangs from, with or without a comma
    ("against X who obtained 38% of the votes"): the figure is that name's."""
    before = [n for n in s.actors if n.end <= fact.start]
    if not before:
        return None
    name = before[-1]
    words = s.text[name.end:fact.start].replace(",", " ").split()
    relatives = lexicon.words("entities", "comma_relatives")
    if not words or words[0].casefold() not in relatives or len(words) > RELATIVE_REACH + 1:
        return None
    if any(name.end <= f.start < fact.start for f in s.facts) \
            or _clause_break(s, name.end, fact.start):
        return None
    return name


def _clause_subject(s: _NameParts, fact: Fact, lexicon: Lexicon) -> Name | None:
    """The subject of a clause past the sentence's opening that holds the figure: the last
    name before it, right after a conjunction that opens a clause ("..., though X hit 39 off
    27 balls", "as Y won 29 seats") and followed by its verb, with no other clause, name or
    reported speech between it and the figure."""
    text, toks = s.text, s.tokens
    before = [n for n in s.names if n.end <= fact.start and not _glosses(s, n)]
    if not before:
        return None
    name = before[-1]
    if name not in s.actors or name.possessive or name is s.speaker or _qualifies_next(s, name, lexicon):
        return None
    k = next((i for i, t in enumerate(toks) if t.start >= name.start), None)
    if not k or toks[k - 1].norm not in lexicon.words("entities", "clause_openers") \
            or text[toks[k - 1].end:name.start].strip():
        return None
    # (A firm's legal form is a word of its name, "after X Corp. announced", and brackets of
    # names gloss it, "after X Corp (NYSE: XC) announced".)
    end = _glossed_end(s, name, lexicon)
    after = next((t for t in toks if t.start >= end), None)
    if after is None or not after.text[:1].islower() or after.norm in PREPOSITIONS:
        return None  # "and X (58 not out)", "and X in the final": no clause of its own
    if text[end:after.start].strip():
        return None  # "Y, starring X and Z, cost $9m": the verb past the comma is the outer subject's
    between = [t for t in toks if name.end <= t.start and t.end <= fact.start]
    if _reports_another(between, lexicon) or _clause_break(s, name.end, fact.start) \
            or any(t.norm in lexicon.words("entities", "clause_openers") for t in between):
        return None
    return name


def _bracketed_after(s: _NameParts, fact: Fact) -> Name | None:
    """The name a bracket holding the figure follows right away: "X (58 from 94 balls), Y
    (54 from 63)" gives each its own figures, as "X (D-Ohio, 61 votes)" does."""
    text = s.text
    opening = text.rfind("(", 0, fact.start)
    if opening < 0 or ")" in text[opening:fact.start]:
        return None
    end = len(text[:opening].rstrip().rstrip(_CLOSING_QUOTES))  # a title in quotes: “X” ($9m)
    return next((n for n in s.actors if n.end == end and not n.possessive), None)


_CLOSING_QUOTES = "\"”’'"


def _antecedent(s: _NameParts, comma: int, lexicon: Lexicon) -> Name | None:
    """The name a relative clause opening after ``comma`` qualifies: the name right before
    the comma, or before the apposition ("the owner of Y,") that stands between."""
    text = s.text
    speech = lexicon.words("entities", "speech_cues")
    qualified = next((n for n in s.names if n.start and not n.nation
                      and _QUALIFIED_NOUN.fullmatch(text, n.end, comma)
                      and text[:n.start].rstrip().rsplit(" ", 1)[-1].casefold() in _ARTICLES), None)
    if qualified is not None:
        return qualified  # "the X blockbuster, which cost $9m": the noun the name qualifies is X's
    end = comma
    while True:
        start = text.rfind(",", 0, end) + 1
        segment = text[start:end].strip()
        if start > 0 and segment[:1].islower() and segment.split(maxsplit=1)[0].casefold() not in speech:
            end = start - 1  # an apposition ("the owner of Y"): the name stands before it
            continue
        # (Not the sentence's own verb of speech: "X, head of Y, said they searched the Z Gorge,
        # which is 300 m deep" qualifies the gorge.)
        return next((n for n in s.actors
                     if n.end <= end and text[n.end:end].strip(" ’'s") == ""), None)


_QUALIFIED_NOUN = re.compile(r"\s+[a-z][a-z-]*\s*")
"""One lower-case noun between a name and a comma ("the X blockbuster,"): the name qualifies it."""


QUALIFIER_REACH = 2
"""Lower-case words between a name and the name after it for the first to qualify a noun of
the second ("Acme chairman X", "the Northland team captain X")."""


def _qualifies_next(s: _NameParts, name: Name, lexicon: Lexicon) -> bool:
    """Whether a name qualifies the noun after it, a noun that names the next name ("Acme
    chairman X", "Northland skipper X"): a few lower-case words, then a name, with nothing
    between. A name followed by a verb ("X pays 40", "X hit 47") has no name right after."""
    toks = [t for t in s.tokens if t.start >= name.end]
    if not toks or not toks[0].text[:1].islower() or s.text[name.end:toks[0].start].strip():
        return False
    at = {n.start for n in s.names}
    stop = stopwords(lexicon)
    for k, t in enumerate(toks[:QUALIFIER_REACH + 1]):
        if t.start in at:
            return k > 0 and not s.text[toks[k - 1].end:t.start].strip()
        if not t.text[:1].islower() or k and s.text[toks[k - 1].end:t.start].strip():
            return False
        if t.norm in stop:
            # "X of the Y", "X won the Y race": a function word opens no noun that names Y.
            return False
    return False


def _article_before(s: _NameParts, name: Name, stop: frozenset[str]) -> bool:
    """Whether an article stands right before a name a lower-case word follows ("the X
    results were presented"): the name qualifies that noun, which is the subject; a name
    opening the sentence bare and followed by a lower-case word is the subject itself ("X hit")."""
    k = next((i for i, t in enumerate(s.tokens) if t.start >= name.start), 0)
    after = next((t for t in s.tokens if t.start >= name.end), None)
    return k > 0 and s.tokens[k - 1].norm in _ARTICLES and after is not None \
        and after.text[:1].islower() and after.norm not in stop and not s.text[name.end:after.start].strip()


OWNED_REACH = 3
"""Words of the noun phrase a sentence opens with before "of" and the name that owns it ("the
share price of X")."""


def _owned_before(s: _NameParts, name: Name, lexicon: Lexicon) -> bool:
    """Whether the sentence opens with a noun phrase of the name ("Shares of X", "The share
    price of X"), and a lower-case word, its verb, follows the name: the name owns what the
    verb tells of, as "X shares rose" says."""
    before = [t for t in s.tokens if t.end <= name.start]
    if not 1 < len(before) <= OWNED_REACH + 1 or before[-1].norm != "of":
        return False
    if any(not t.norm.isalpha() or k and t.text[:1].isupper() or t.norm in PREPOSITIONS
           for k, t in enumerate(before[:-1])):
        return False
    end = _glossed_end(s, name, lexicon)
    after = next((t for t in s.tokens if t.start >= end), None)
    return after is not None and after.text[:1].islower() and after.norm not in PREPOSITIONS \
        and not s.text[end:after.start].strip()


def _glosses(s: _NameParts, name: Name) -> bool:
    """Whether the name stands in brackets of names that gloss the name before them."""
    opening = s.text.rfind("(", 0, name.start)
    m = _BRACKETED.match(s.text, opening) if opening >= 0 else None
    return m is not None and m.end() >= name.end and _names_alone(s, m.start() + 1, m.end() - 1)


def _glossed_end(s: _NameParts, name: Name, lexicon: Lexicon) -> int:
    """Where a name ends with its legal form and the brackets of names that gloss it ("X Corp
    (NYSE: XC)")."""
    end = name.end
    suffixes = lexicon.words("entities", "company_suffixes")
    for t in (t for t in s.tokens if t.start >= name.end):
        if t.norm not in suffixes or s.text[end:t.start].strip(" ,."):
            break
        end = t.end
    m = _GLOSS_AFTER.match(s.text, end)
    return m.end() if m and _names_alone(s, m.start(1) + 1, m.end() - 1) else end


_GLOSS_AFTER = re.compile(r"\s*(\([^()]*\))")
"""Brackets right after a name, past its spaces."""


def _opening_subject(s: _NameParts, lexicon: Lexicon) -> Name | None:
    """The name a sentence opens with, as its subject: only lower-case words, stopwords and
    names that qualify a noun ("Acme chairman X", "Northland skipper X") stand before it, and
    it is no possessive, no demonym, and not itself followed by a noun it qualifies. A name
    followed by a verb ("X pays", "X hit 47") is the subject: no name follows that noun."""
    stop = stopwords(lexicon)
    text, toks = s.text, s.tokens
    for name in s.names:
        if _qualifies_next(s, name, lexicon) or _article_before(s, name, stop):
            continue  # "Acme chairman X", "the X results were ...": a name qualifying the noun after it
        if name.possessive or name.nation or name.relays or s.label is name:
            return None
        if "," in text[:name.start]:
            # An opening phrase set off ("However, X ..."): not plainly the subject, unless it is
            # a noun phrase the name is set beside ("The challenger, X, took 41%") or a phrase
            # the main clause follows ("In the capital, X took 41%").
            before = _before_opening_comma(s, name)
            return name if before and (_apposed_subject(s, name, before, lexicon)
                                       or _fronted_subject(s, name, before, lexicon)) else None
        if _owned_before(s, name, lexicon):
            return name  # "Shares of X rose 12%": the noun the sentence opens with is X's
        for k, t in enumerate(toks):
            if t.start >= name.start:
                break
            if t.text[:1].isupper() and t.norm not in stop \
                    and not any(n.start <= t.start < n.end for n in s.names):
                return None  # a capitalised word of no name before it: not plainly the subject
            if t.norm in PREPOSITIONS or (k and t.norm in _ARTICLES):
                return None  # "returned to X", "forced the X to land": the name is an object
        return name
    return None


APPOSITION_WORDS = 4
"""Words, at most, of the noun phrase a name is set beside at a sentence's opening."""


def _before_opening_comma(s: _NameParts, name: Name) -> list[Token]:
    """The tokens before a name that stands right after a comma; [] when none stands there."""
    before = [t for t in s.tokens if t.end <= name.start]
    return before if before and s.text[before[-1].end:name.start].strip() == "," else []


def _apposed_subject(s: _NameParts, name: Name, before: list[Token], lexicon: Lexicon) -> bool:
    """Whether the sentence opens with a short noun phrase (``before``, up to the comma right
    before the name) and the name, which a comma closes past any words of its own ("Her
    nearest rival, X of Y (Z), won ..."): the name is that phrase, the subject. Only
    lower-case words after an opener (``apposition_openers``), no preposition, stand before
    the comma."""
    openers = lexicon.words("entities", "apposition_openers")
    if len(before) > APPOSITION_WORDS or before[0].norm not in openers \
            or any(not t.text.islower() or t.norm in PREPOSITIONS for t in before[1:]):
        return False
    closing = s.text.find(",", name.end)
    return closing >= 0 and not any(name.end <= f.start < closing for f in s.facts)


def _time_set_before(s: _NameParts, fact: Fact, name: Name) -> bool:
    """Whether the sentence opens with a time, the fact, set off by a comma right before the
    name ("Earlier this week, X announced ..."): the time of the act of the clause X opens."""
    return fact.kind in DATE_KINDS and not s.text[:fact.start].strip() \
        and s.text[fact.end:name.start].strip() == ","


def _fronted_subject(s: _NameParts, name: Name, before: list[Token], lexicon: Lexicon) -> bool:
    """Whether the name opens the main clause past a phrase or clause set before it (``before``,
    up to the comma right before the name: "After the count ended, X took 41%", "On Saturday,
    X won"): the sentence opens with a preposition or a word that opens a clause, and a
    lower-case word (its verb) follows the name."""
    openers = lexicon.words("entities", "clause_openers")
    # (A time set before the clause, "Earlier this week, X announced", opens it as a phrase does.)
    timed = any(_time_set_before(s, f, name) for f in s.facts)
    if before[0].norm not in PREPOSITIONS and before[0].norm not in openers and not timed:
        return False
    after = next((t for t in s.tokens if t.start >= name.end), None)
    return after is not None and after.text[:1].islower() and after.norm not in PREPOSITIONS \
        and not s.text[name.end:after.start].strip()


PLACE_REACH = 5
"""Words between a place preposition and the name it places in ("in the nearby", "outside of
the city of", "in X's northern city of"): lower-case words, and names owning the next word."""


_LIST_JOINS = frozenset({",", "and", ", and", "&"})
"""What joins the names of a list of places ("across X, Y and Z")."""


def places_listed(text: str, found: Sequence[Name], first: Name) -> list[Name]:
    """The names of a list of places that opens with ``first`` ("across X, Y, Z and W"):
    ``first`` alone where no other name is joined to it."""
    listed = [first]
    last_join = ""
    for n in found:
        if n.start < listed[-1].end:
            continue
        between = text[listed[-1].end:n.start].split()
        if between and between[-1].islower() and between[-1].isalpha() and len(between) > 1:
            between = between[:-1]  # a word of where in it: "upper X and lower Y"
        if " ".join(between) not in _LIST_JOINS:
            break
        last_join = text[listed[-1].end:n.start].strip()
        listed.append(n)
    if last_join == ",":
        # A list ends with "and" ("across X, Y and Z"); a name set after the last by a comma
        # alone says where that one is ("near Tarnby, Vellshire"), no place of the list.
        listed.pop()
    return listed


def places_in(word: str, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the word is a place preposition (``measures.yaml`` place_prepositions)."""
    return word.casefold() in lexicon.compiled(_place_relations)


def _place_relations(lexicon: Lexicon) -> dict[str, str]:
    return {str(word).casefold(): relation
            for relation, words in (lexicon.table("measures", "place_prepositions", {}) or {}).items()
            for word in words}


def _compass_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of the points of the compass, as names lead with them ("North", nations.yaml
    ``compass``) and as directions ("northwest", verdicts.yaml ``compass_points``)."""
    points = lexicon.table("verdicts", "compass_points", []) or []
    return frozenset({str(w).casefold() for w in lexicon.table("nations", "compass", []) or []}
                     | {str(w).casefold() for group in points for w in group})


def _placed_names(text: str, toks: Sequence[Token], found: Sequence[Name], lexicon: Lexicon
                  ) -> tuple[tuple[int, Placed], ...]:
    """The names a place preposition places something in ("died in X", "near the town of
    X"), each with the offset of its preposition."""
    if not found:
        return ()
    relations = lexicon.compiled(_place_relations)
    at = {t.start: k for k, t in enumerate(toks)}
    placed: list[tuple[int, Placed]] = []
    owners = {k for m in found if m.possessive for k, t in enumerate(toks) if m.start <= t.start < m.end}
    compass = lexicon.compiled(_compass_words)
    for n in found:
        k = at.get(n.start)
        # (A country is read as a nation, ``_fact_nations``; a region, which holds countries, is
        # a place: "killed 11 in the Caribbean".)
        if k is None or (n.nation and nation_of(n, lexicon)) or n.relays or n.possessive:
            continue  # "in X's northern city of Y" places in Y, not in X
        modifying = True
        for back in range(k - 1, max(-1, k - 2 - PLACE_REACH), -1):
            t = toks[back]
            if any(mark in text[t.end:toks[back + 1].start] for mark in ",;:()"):
                break  # "In the end, X won": the phrase closes before the name
            relation = relations.get(t.norm)
            if relation is not None:
                placed.append((t.start, Placed(n, relation)))
                break
            if back in owners:
                continue
            if not t.text[:1].islower() or not t.norm.replace("-", "").isalpha():
                break  # a capital, a figure or punctuation: no phrase leads to the name
            if "-" in t.norm and not modifying:
                break  # "brought in the incident-response firm X": a noun's modifier, not the place's
            # (A word joined by hyphens right before the place, or before a point of the compass,
            # modifies it: "in rebel-held X", "in opposition-held northwest X".)
            modifying = modifying and ("-" in t.norm or t.norm in compass)
    return tuple(placed)


def _with_relative_places(text: str, toks: Sequence[Token], facts: Sequence[Fact],
                          places: tuple[Placed | None, ...], found: Sequence[Name], lexicon: Lexicon
                          ) -> tuple[Placed | None, ...]:
    """The figures' places, with a figure of no place said placed in the name a comma and a
    relative word (``place_relatives``: "where") follow, when it stands in the clause that word
    opens, up to its next comma: "the flood reached X, where 30 farms were cut off, and ebbed" places the 30
    in X, and nothing past the clause."""
    relatives = lexicon.words("measures", "place_relatives")
    if not relatives or all(p is not None for p in places):
        return places
    spans: list[tuple[int, int, Placed]] = []
    for n in found:
        nxt = next((t for t in toks if t.start >= n.end), None)
        if nxt is None or nxt.norm not in relatives or text[n.end:nxt.start].strip() != "," or n.possessive:
            continue
        close = re.search(r"[,;:()]", text[nxt.end:])
        spans.append((nxt.end, nxt.end + close.start() if close else len(text), Placed(n, "in")))
    if not spans:
        return places
    return tuple(p if p is not None or f.kind in DATE_KINDS
                 else next((placed for a, b, placed in spans if a <= f.start and f.end <= b), None)
                 for f, p in zip(facts, places, strict=True))


def _fact_places(text: str, facts: Sequence[Fact], clauses: Sequence[tuple[int, int]], toks: Sequence[Token],
                 placed: Sequence[tuple[int, Placed]], names: Sequence[Name] = ()
                 ) -> tuple[Placed | None, ...]:
    """Where each figure is: the place named after a place preposition in its clause, else the
    place a sentence opens with ("In X, 37 died and 85 were hurt")."""
    figures = [f for f in facts if f.kind not in DATE_KINDS]
    if not placed or not figures:
        return (None,) * len(facts)

    def one(found_here: list[Placed]) -> Placed | None:
        return found_here[0] if found_here and all(p.same_place(found_here[0]) for p in found_here) else None

    opening = one([p for offset, p in placed if toks and offset == toks[0].start])
    out: list[Placed | None] = []
    for f in facts:
        if f.kind in DATE_KINDS:
            out.append(None)
            continue
        a, b = next(((a, b) for a, b in clauses if a <= f.start < b), (0, 0))
        if not any(a <= offset < b for offset, _ in placed):
            # (Not past a clause that names another before the figure: "In X, 144 died, while
            # Y reported 10 deaths".)
            other = opening is not None and a > opening.name.end and any(
                a <= n.start and n.end <= f.start and not n.same_entity(opening.name) for n in names)
            out.append(None if other else opening)
            continue
        # Among several figures, each is of the place right after it ("4,800 died in X and
        # 170 outside X"), else of the place right before it with no figure between ("In X,
        # 37 died"); a figure with neither is of no place said.
        before = max((g.end for g in figures if a <= g.end <= f.start), default=a)
        after = min((g.start for g in figures if f.end <= g.start < b), default=b)
        # (Past a comma the place is of a phrase set beside the figure: "killed 2,260 people,
        # most of them in X" places most of them, not the whole.)
        following = one([p for offset, p in placed
                         if f.end <= offset < after and "," not in text[f.end:offset]])
        found = following or one([p for offset, p in placed if before <= offset < f.start])
        prev = next((g for g in reversed(figures) if g.end <= f.start), None)
        if found is None and prev is not None and out and _LISTED.fullmatch(text[prev.end:f.start]):
            # "In X, 7 died, 21 were hurt and 64 are missing": an item of a list of figures is
            # where the item before it is.
            found = out[facts.index(prev)]
        out.append(found)
    return tuple(out)


def _fact_nations(text: str, facts: Sequence[Fact], clauses: Sequence[tuple[int, int]],
                  found: Sequence[Name], places: Sequence[Placed | None], lexicon: Lexicon
                  ) -> tuple[frozenset[str], ...]:
    """For each count or sum, the countries it is told of, as its sentence scopes it: the
    countries it is placed in ("In X, 37 died"; "killed 60 in the X and Y parts of the
    valley"), else the country of the one the sentence credits it to ("X state radio
    reported", "Y's health ministry said"). Empty where no country is read, or where a place
    that is no country is named (a town may be in any of them)."""
    credited: frozenset[str] | None = None
    relations = lexicon.compiled(_place_relations)
    out: list[frozenset[str]] = []
    for f, placed in zip(facts, places, strict=True):
        if f.kind not in (FactKind.COUNT, FactKind.MONEY) or measured_quantity(f.unit):
            # (A length or a weight measures one thing, wherever it is told from: a depth given
            # by two countries' agencies is one depth.)
            out.append(frozenset())
            continue
        if placed is not None:
            # (Placed outside a place, or in one that is no country, it may be of any.)
            nations = {nation_of(n, lexicon) for n in places_listed(text, found, placed.name)} \
                if placed.relation == "in" else {""}
            out.append(frozenset() if "" in nations else frozenset(nations))
            continue
        # A nation's adjective placing the figure is no ``Placed`` name (it names no place of its
        # own): "in the X and Y parts of the valley".
        start, end = next(((a, b) for a, b in clauses if a <= f.start < b), (0, len(text)))
        lead = next((n for n in found if f.end <= n.start < end and relations.get(n.preposition) == "in"
                     and nation_of(n, lexicon)), None)
        if lead is None:
            # A part of a country places the figure in it: "the toll in X's north climbed to 230".
            lead = next((n for n in found if start <= n.start and n.end <= f.start and n.possessive
                         and relations.get(n.preposition) == "in" and nation_of(n, lexicon)), None)
        if lead is not None:
            out.append(frozenset(nation_of(n, lexicon) for n in places_listed(text, found, lead)) - {""})
            continue
        if credited is None:
            credited = credited_nations(text, found, lexicon)
        out.append(credited)
    return tuple(out)


_LISTED = re.compile(r"[^,;:.()\d]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)")
"""What joins a figure's words to the next figure of a list ("7 fatalities, 21 injuries, and")."""


def _who_words(toks: Sequence[Token], facts: Sequence[Fact], found: Sequence[Name], lexicon: Lexicon
               ) -> frozenset[str]:
    valued = within((f.start, f.end) for f in facts)
    capitalised = {concept(t.norm, lexicon) for k, t in enumerate(toks)
                   if k and t.text[:1].isupper() and not valued(t.start)}
    # A word the sentence also writes in lower case is a plain word too, telling what
    # ("Storm Tarvis ... as a Category 3 storm").
    plain = {concept(t.norm, lexicon) for t in toks if t.text[:1].islower()}
    return frozenset({w for n in found for w in n.spelled} | capitalised) - plain


_POST_BETWEEN = re.compile(r"^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,4}$")
"""What stands between a body and a member it gives a post: "'s chief medical officer "."""
_POST_SET_OFF = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}[A-Za-z][\w-]*,\s+$")
"""... or a post set off by a comma before the member: "'s CEO, "."""
_POST_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}([A-Za-z][\w-]*)\s*[,.;]")
"""A post after a body's possessive, closing an aside: " chief executive," of "Y, X's chief executive,"."""
_OF_BETWEEN = re.compile(r"^,?\s+(?:of|at|from)\s+(?:the\s+)?$")
"""... or between a member and the body it belongs to: " of ", ", of the "."""


def _affiliations(text: str, found: Sequence[Name], lexicon: Lexicon) -> tuple[tuple[Name, Name], ...]:
    pairs = []
    for first, second in zip(found, found[1:], strict=False):
        between = text[first.end:second.start]
        if first.possessive and (_POST_BETWEEN.match(between) or _POST_SET_OFF.match(between)) \
                and is_title(between.split()[-1].rstrip(","), lexicon):
            pairs.append((second, first))  # "X's chief medical officer Y", "X's CEO, Y"
        elif between.strip() == "," and second.possessive and not first.possessive \
                and (post := _POST_AFTER.match(text, second.end)) and is_title(post.group(1), lexicon):
            pairs.append((first, second))  # "Y, X's chief executive, said"
        elif _OF_BETWEEN.match(between) and len(first.words) > 1:
            pairs.append((first, second))  # a person named in full, "of" a body
        elif first.possessive and not between.strip():
            pairs.append((second, first))  # "the Union's Relief Office": a body inside a body
    for name in found:
        body = _titled_by_body(name, lexicon)
        if body is not None:
            pairs.append((name, body))  # "X CEO Y": Y holds the post in X
    return tuple(pairs)


def _titled_by_body(name: Name, lexicon: Lexicon) -> Name | None:
    """The body a name gives its person a post in, before the title inside it ("X CEO Y",
    "X Chief Executive Y": X); None where no title stands between two other words."""
    words = name.text.split()
    at = next((k for k, w in enumerate(words) if 0 < k < len(words) - 1 and is_title(w, lexicon)), None)
    if at is None or is_title(words[0], lexicon):
        return None
    bodies = names(" ".join(words[:at]), lexicon)
    return bodies[-1] if bodies else None


def _read_predications(f: Fields, lexicon: Lexicon) -> Fields:
    text = f["text"]
    found = predications(text, lexicon, f["tokens"])
    pattern = lexicon.phrases(("verdicts", "negative_subjects"))
    # "No one was injured" denies an injury as "there were no injuries" does. A negative
    # subject with its noun ("neither side has signed it", "nobody at the depot was hurt")
    # denies the verb told as done after it, not the noun.
    if pattern is not None:
        for m in pattern.finditer(text.casefold()):
            end = next((b for a, b in f["clauses"] if a <= m.start() < b), len(text))
            after = [k for k, p in enumerate(found) if m.end() <= p.start < end and not p.negated]
            done = next((k for k in after
                         if found[k].finite and "," not in text[m.end():found[k].start]), None)
            if not after:
                continue
            # (The subject's own words are denied with it, as "no" denies "no workers"; the
            # denial spans from the subject to its first word and to its verb.)
            opened = {after[0]} | ({done} if done is not None else set())
            between = {j for j in after if done is not None and j < done and not found[j].finite}
            for j in opened | between:
                found[j] = found[j]._replace(negated=True, start=m.start() if j in opened else found[j].start)
    if _QUESTION.search(text):
        # A question states nothing to have happened: "Has anyone been arrested?"
        found = [p._replace(finite=False) for p in found]
    else:
        # "Bodies that have been identified will be flown home" picks out which bodies; it
        # does not state that identifying them happened, as "the bodies have been identified" does.
        picked = _restrictive_relative_verbs(text, f["tokens"], lexicon)
        if picked:
            found = [p._replace(finite=False) if p.start in picked and not p.negated else p for p in found]
    # "If approved, it would ..." supposes the approval; it neither states nor denies it.
    supposed = conditional_spans(text, f["tokens"], lexicon)
    if supposed:
        found = [p._replace(finite=False, negated=False)
                 if any(a <= p.end - 1 < b for a, b in supposed) else p for p in found]
    found = _denied_by_determiner(found, text, f["tokens"], lexicon)
    # "212 passengers, not counting the crew": a participle set off after a comma and denied
    # sets something aside from what the clause counts; it denies nothing the sentence states.
    found = [p._replace(negated=False) if p.negated and not p.finite and _SET_ASIDE.match(text, p.start)
             and text[:p.start].rstrip().endswith(_SET_OFF) else p for p in found]
    return {"denies": any(p.negated for p in found), "predications": tuple(found), "supposed": supposed}


_SET_ASIDE = re.compile(r"not\s+[a-z]+ing\b", re.I)
_SET_OFF = (",", "(", "—", "–")


def _denied_by_determiner(found: list[Predication], text: str, toks: Sequence[Token], lexicon: Lexicon
                          ) -> list[Predication]:
    """The verb of a subject denied by a determiner ("No fuel leaked", "said no passengers were
    hurt") denied with it: the sentence says the act did not happen, as "no one was hurt"
    does, not that fuel is absent while something leaked. The verb must follow the denied
    noun at once: "there were no injuries" has none."""
    determiners = lexicon.words("verdicts", "negative_determiners")
    # (The forms of "be" and "have" a denied subject's verb follows: "no signs have been seen".)
    auxiliaries = lexicon.words("polarity", "relative_auxiliaries") \
        | lexicon.words("polarity", "passive_auxiliaries")
    for t, nxt in zip(toks, toks[1:], strict=False):
        if t.norm not in determiners:
            continue
        k = next((k for k, p in enumerate(found) if p.start in (t.start, nxt.start)), None)
        if k is None or not found[k].negated or found[k].finite:
            # (A subject whose first words are no content words, "no new signs of ...", is
            # read from the determiner.)
            head = next((j for j, p in enumerate(found) if p.start > t.start), None)
            if head is None or k is not None:
                continue
            verb = _verb_past_qualifiers(found, head - 1, text, toks, t, auxiliaries)
            if verb is not None:
                found[verb] = found[verb]._replace(negated=True, start=t.start)
            continue
        while k + 1 < len(found) and found[k + 1].negated and not found[k + 1].finite:
            k += 1  # "no diesel fuel"
        if k + 1 < len(found) and found[k + 1].finite and not found[k + 1].negated:
            found[k + 1] = found[k + 1]._replace(negated=True, start=t.start)
        elif (verb := _verb_past_qualifiers(found, k, text, toks, t, auxiliaries)) is not None:
            found[verb] = found[verb]._replace(negated=True, start=t.start)
    return found


def _verb_past_qualifiers(found: Sequence[Predication], k: int, text: str, toks: Sequence[Token],
                          determiner: Token, auxiliaries: frozenset[str]) -> int | None:
    """The verb a denied subject heads, past the words that qualify it ("no additional signs
    of harm to the herd have been seen"): the first verb told as done, right after a form of
    "be" or "have", with only the subject's own words before it in its clause. The subject must
    open its clause (or follow words of speech: "said no ..."); an object denied ("gave no
    details of ...") denies no verb after it, nor does one a relative clause holds."""
    before = [x for x in toks if x.end <= determiner.start]
    if before and before[-1].norm not in _SUBJECT_OPENERS \
            and not any(mark in text[before[-1].end:determiner.start] for mark in ",;:("):
        return None
    for j in range(k + 1, len(found)):
        p = found[j]
        between = [x for x in toks if determiner.end <= x.start < p.start]
        if any(x.norm in _RELATIVES for x in between):
            return None
        if p.finite:
            return j if between and between[-1].norm in auxiliaries and not p.negated else None
    return None


_SUBJECT_OPENERS = frozenset({"that", "and", "but", "since", "as", "while", "so", "said", "says", "say"})
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose", "where", "when"})


def _restrictive_relative_verbs(text: str, toks: Sequence[Token], lexicon: Lexicon) -> frozenset[int]:
    """Starts of the verbs of restrictive relative clauses: a relative pronoun right after the
    noun it qualifies, with no comma between ("victims who were named", "the 40 homes that
    were destroyed"), and its first content word. A "that" counts only before an auxiliary
    ("that were"), for "said that the ..." opens a statement, not a relative clause."""
    pronouns = lexicon.words("polarity", "relative_pronouns")
    auxiliaries = lexicon.words("polarity", "relative_auxiliaries")
    reporting = lexicon.words("entities", "speech_cues")
    believing = stance_tables(lexicon).believing
    stop = stopwords(lexicon)
    starts = set()
    for k in range(1, len(toks) - 1):
        pronoun, before = toks[k], toks[k - 1]
        if pronoun.norm not in pronouns or text[before.end:pronoun.start].strip():
            continue
        if before.norm in stop and not before.norm[:1].isdigit():
            continue  # "so that", "those who": no noun qualified
        if pronoun.norm == "that" and (toks[k + 1].norm not in auxiliaries or before.norm in reporting
                                       or believing.fullmatch(before.text)):
            continue  # "police think that is the car": a statement, not a relative clause
        verb = next((t for t in toks[k + 1:] if t.norm not in stop and not t.norm.endswith("ly")), None)
        if verb is not None and not _PUNCTUATION.search(text, pronoun.end, verb.start):
            starts.add(verb.start)  # with punctuation between, the word is past the clause
    return frozenset(starts)


_PUNCTUATION = re.compile(r"[^\w\s'’-]")
_QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")


def _read_cues(f: Fields, lexicon: Lexicon) -> Fields:
    quoted = [(q.start, q.end) for q in f["quotes"]]
    return {"cues": governed_concepts(f["text"], lexicon, f["tokens"], f["clauses"], quoted)}


def _read_routes(f: Fields, lexicon: Lexicon) -> Fields:
    """From one name to the next: the first after a word of where from (``route_origins``),
    the second right after a word of where to (``route_destinations``) and nothing else."""
    origin, destination = lexicon.compiled(_route_words)
    text, names = f["text"], sorted(f["names"], key=lambda n: n.start)
    return {"routes": tuple(Route(n, m) for n, m in zip(names, names[1:], strict=False)
                            if not n.same_entity(m) and destination.fullmatch(text, n.end, m.start)
                            and origin.search(text, max(0, n.start - 12), n.start))}


def _route_words(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of where from, ending right before a name, and of where to, filling all the
    room between two names."""
    def alternatives(key: str) -> str:
        return phrase_pattern(lexicon.words("entities", key)).pattern
    return (re.compile(alternatives("route_origins") + r"\s+\Z", re.IGNORECASE),
            re.compile(r"\s+" + alternatives("route_destinations") + r"\s+", re.IGNORECASE))


def _read_quotes(f: Fields, lexicon: Lexicon) -> Fields:
    return {"quotes": tuple(extract_quotes(f["claim"], lexicon))}


STATE_BOUND_REACH = 2
"""Words between a state and what bounds it: "closed to visitors until"."""


def _read_outcomes(f: Fields, lexicon: Lexicon) -> Fields:
    sides = lexicon.compiled(_opposite_sides)
    toks = f["tokens"]
    norms = [t.norm for t in toks]
    bounds = lexicon.words("polarity", "state_bounds")
    comparing = lexicon.compiled(_comparatives)
    superlative = lexicon.compiled(_superlatives)
    links = lexicon.words("polarity", "comparison_links")
    stop = stopwords(lexicon)
    hits = []
    longest = lexicon.compiled(_longest_side)
    firsts = lexicon.compiled(_first_words)
    auxiliaries = lexicon.words("polarity", "subject_auxiliaries")
    for k in range(len(toks)):
        if norms[k] not in firsts:
            continue  # most words open no outcome's phrase
        for size in range(longest, 0, -1):
            hit = sides.get(tuple(norms[k:k + size]))
            if hit and len(norms[k:k + size]) == size:
                if subject_noun(f["text"], toks, k + size, auxiliaries):
                    break  # "wage rises had eased": a noun, the subject of the verb after it
                # A comparative compares what follows it ("more visits", "higher than"); a
                # superlative the noun phrase after it, whatever word opens it.
                after = norms[k + size:k + size + 1]
                phrase = bool(after) and (after[0] not in stop or hit[0] in superlative
                                          and not CLAUSE_PUNCTUATION.search(f["text"], toks[k + size - 1].end,
                                                                            toks[k + size].start))
                compares = hit[0] not in comparing or (bool(after) and after[0] in links) or phrase
                if compares and not bounds.intersection(norms[k + size:k + size + STATE_BOUND_REACH]):
                    qualified = hit[0] in comparing and phrase
                    object_ = None if qualified else _acted_on(f["text"], toks, k, k + size, hit[0],
                                                               f["facts"], lexicon)
                    about = object_ or _about(f["text"], toks, k + size if qualified else k, not qualified,
                                              lexicon)
                    start, end = toks[k].start, toks[k + size - 1].end
                    hits.append(Outcome(hit[0], hit[1], start, end, about or "", about is None,
                                        moment(f["text"], start, end, lexicon), object_ is not None))
                break
    # A denied outcome is no outcome, however far its phrase runs past the word denied ("did
    # not rule out"); a word inside a value bounds the value ("more than 300"), not an outcome.
    # A move inside a condition ("if approved", "unless prices fall") is only supposed.
    negated = [(p.start, p.end) for p in f["predications"] if p.negated]
    negated += f["supposed"]
    values = [(x.start, x.end) for x in f["facts"]]
    return {"outcomes": tuple(h for h in hits if not any(s <= h.start < e for s, e in negated)
                              and not any(s <= h.start < e for s, e in values))}


def subject_noun(text: str, toks: Sequence[Token], after: int, auxiliaries: frozenset[str]) -> bool:
    """Whether the phrase ending before token ``after`` is right before an auxiliary, with
    no punctuation between: a noun, the subject of the verb the auxiliary opens."""
    return after < len(toks) and toks[after].norm in auxiliaries \
        and not text[toks[after - 1].end:toks[after].start].strip()


def _acted_on(text: str, toks: Sequence[Token], k: int, end: int, group: int, facts: Sequence[Fact],
              lexicon: Lexicon) -> str | None:
    """The concept of the head noun of what an outcome is done to, where its words say: the
    object of an act ("raising the harbour levy", "cut interest rates": the levy moves, not
    whoever raised it), or the noun after a move named as a noun ("a 2p cut to the parking
    levy", "a 4% fall in profits"). None where no such noun follows: then what moves is
    before it ("shares fell"). A level's own moves ("rose", "fell") take no object: a word
    after them is an adverb ("fell back")."""
    if end >= len(toks) or CLAUSE_PUNCTUATION.search(text, toks[end - 1].end, toks[end].start):
        return None
    determiners = lexicon.words("polarity", "object_determiners")
    stop = stopwords(lexicon)

    def in_value(t: Token) -> bool:
        return t.norm[:1].isdigit() or any(x.start <= t.start < x.end for x in facts)

    named = k > 0 and not CLAUSE_PUNCTUATION.search(text, toks[k - 1].end, toks[k].start) and (
        toks[k - 1].norm in determiners or in_value(toks[k - 1]))  # "a cut", "a 2p cut": a noun
    n = end
    if named:
        if toks[n].norm not in lexicon.words("polarity", "moved_thing_links"):
            return None  # "a cut of 5p", "the fall" alone
        n += 1
    elif group in lexicon.compiled(level_groups) or not (
            toks[n].norm in determiners
            or (toks[n].norm not in stop and not toks[n].norm.endswith("ly"))):
        return None
    while n < len(toks) and toks[n].norm in determiners:
        n += 1
    amount = next((x for x in facts if n < len(toks) and x.start <= toks[n].start < x.end), None)
    if amount is not None:
        # An act done to an amount acts on what it counts ("cut 5,000 jobs"), or on money
        # ("raise £3bn": revenue raised, no level moved).
        return "#" + (amount.unit or amount.kind.value) if amount.start >= toks[end - 1].end else None
    head = None
    for m in range(n, len(toks)):
        t = toks[m]
        if m > n and CLAUSE_PUNCTUATION.search(text, toks[m - 1].end, t.start):
            break
        if t.norm in stop or in_value(t) or (head is not None and t.norm.endswith(("ing", "ed"))):
            break  # ("an amendment requiring ...": a participle opens a clause about the noun)
        head = t  # the last word of the noun phrase is its head ("the harbour levy")
    return concept(head.norm, lexicon) if head is not None else None


def level_groups(lexicon: Lexicon) -> frozenset[int]:
    """The opposites groups of a level's own moves (``level_moves``: "rose" / "fell")."""
    marks = lexicon.words("polarity", "level_moves")
    return frozenset(g for g, sides in enumerate(opposite_groups(lexicon))
                     if any(w in marks for side in sides for w in side))


def _about(text: str, toks: Sequence[Token], k: int, backward: bool, lexicon: Lexicon) -> str | None:
    """The concept of the first content word from token ``k`` (forward), or of the nearest
    before it in its clause (``backward``): an adverb or a figure is passed over, and a
    relative pronoun leads to the noun it stands for ("EPS of $1.09, which declined").
    None where punctuation cuts the clause before any word of its own."""
    stop = stopwords(lexicon)
    pronouns = lexicon.words("polarity", "relative_pronouns")
    rates = lexicon.words("polarity", "rate_links")
    if not backward:
        word = next((t for t in toks[k:] if t.norm not in stop and not t.norm[:1].isdigit()), None)
        return concept(word.norm, lexicon) if word is not None else ""
    relative = False
    for n in range(k - 1, -1, -1):
        t = toks[n]
        if CLAUSE_PUNCTUATION.search(text, t.end, toks[n + 1].start) and not relative:
            return None  # the clause starts here with no word of its own before the outcome
        if t.norm in pronouns:
            relative = True
        elif t.norm not in stop and not t.norm[:1].isdigit() and not t.norm.endswith("ly"):
            if n > 1 and toks[n - 1].norm in rates:
                continue  # "profit per share": the profit moves, not the share
            # (A relative pronoun stands for the noun right before it: "the weight of the water, which
            # dropped" moves the water.)
            head = t if relative else _head_before_postmodifiers(text, toks, n, lexicon)
            return concept(head.norm, lexicon)
    return ""


def _head_before_postmodifiers(text: str, toks: Sequence[Token], n: int, lexicon: Lexicon) -> Token:
    """The head of the noun phrase whose last word is token ``n``, past the phrases after a
    preposition that qualify it ("the number of dead in the port town of X has soared": the number
    moves, not X). A noun of a measure before "of" keeps the thing it measures ("the number of
    deaths rose": the deaths)."""
    links = lexicon.words("polarity", "postmodifier_prepositions")
    measures = lexicon.words("polarity", "measure_nouns")
    determiners = lexicon.words("polarity", "object_determiners")
    stop = stopwords(lexicon) - determiners
    head = n
    m = n - 1
    while m >= 0 and not CLAUSE_PUNCTUATION.search(text, toks[m].end, toks[m + 1].start):
        t = toks[m]
        if t.norm in links:
            before = m - 1
            if before < 0 or CLAUSE_PUNCTUATION.search(text, toks[before].end, t.start) \
                    or toks[before].norm in stop or toks[before].norm in determiners \
                    or toks[before].norm[:1].isdigit() \
                    or not toks[before].text.isalpha():
                break
            if t.norm == "of" and toks[before].norm in measures:
                break
            head = m = before
        elif t.norm in stop or t.norm[:1].isdigit():
            break
        m -= 1
    return toks[head]


CLAUSE_PUNCTUATION = re.compile(r"[,;:()—–]")


def opposite_groups(lexicon: Lexicon) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The groups of opposite outcomes (polarity ``opposites``, then ``comparatives``), each
    side its words and phrases in lower case: the one table ``compare`` and ``check`` read."""
    return lexicon.compiled(_opposite_groups)


def _opposite_groups(lexicon: Lexicon) -> tuple[tuple[tuple[str, ...], ...], ...]:
    groups = [*(lexicon.table("polarity", "opposites", []) or []),
              *(lexicon.table("polarity", "comparatives", []) or []),
              *(lexicon.table("polarity", "superlatives", []) or [])]
    return tuple(tuple(tuple(str(w).casefold() for w in side) for side in group) for group in groups)


def _comparatives(lexicon: Lexicon) -> frozenset[int]:
    """The groups of ``opposite_groups`` that compare (``comparatives``, ``superlatives``)."""
    first = len(lexicon.table("polarity", "opposites", []) or [])
    return frozenset(range(first, len(opposite_groups(lexicon))))


def _superlatives(lexicon: Lexicon) -> frozenset[int]:
    """The groups of ``opposite_groups`` that are superlatives (``superlatives``)."""
    every = len(opposite_groups(lexicon))
    return frozenset(range(every - len(lexicon.table("polarity", "superlatives", []) or []), every))


def _longest_side(lexicon: Lexicon) -> int:
    """Words in the longest phrase of an outcome's side (once per lexicon, not per sentence)."""
    return max((len(key) for key in lexicon.compiled(_opposite_sides)), default=1)


def _first_words(lexicon: Lexicon) -> frozenset[str]:
    """The words that open a phrase of an outcome's side."""
    return frozenset(key[0] for key in lexicon.compiled(_opposite_sides) if key)


def _opposite_sides(lexicon: Lexicon) -> dict[tuple[str, ...], tuple[int, int]]:
    sides: dict[tuple[str, ...], tuple[int, int]] = {}
    for g, group in enumerate(opposite_groups(lexicon)):
        for side, words in enumerate(group):
            for phrase in words:
                sides.setdefault(tuple(phrase.split()), (g, side))
    return sides


ANNOTATORS: tuple[Annotator, ...] = (
    Annotator("tokens", ("text",),
              ("tokens", "words", "concepts", "clauses", "name_concepts", "numbered_names"), _read_tokens),
    Annotator("facts", ("text",), ("facts", "fact_ranks", "fact_leads", "restated"), _read_facts),
    Annotator("measures", ("text", "tokens", "facts", "clauses"), ("measures",), _read_measures),
    Annotator("instances", ("tokens", "facts"), ("marked",), _read_marked, {"marked": frozenset()}),
    Annotator("paraphrases", ("text",), ("paraphrases",), _read_paraphrases, {"paraphrases": ()}),
    Annotator("act wordings", ("text",), ("act_wordings",), _read_act_wordings, {"act_wordings": ()}),
    Annotator("names", ("text", "tokens", "facts", "clauses"),
              ("names", "label", "speaker", "actors", "affiliations", "who_words", "places", "fact_places",
               "fact_nations", "fact_holders"),
              _read_names),
    Annotator("predications", ("text", "tokens", "clauses"), ("denies", "predications", "supposed"),
              _read_predications, {"denies": False, "predications": (), "supposed": ()}),
    Annotator("routes", ("text", "names"), ("routes",), _read_routes, {"routes": ()}),
    Annotator("statement dates", ("facts", "tokens", "predications"), ("said_on",), _read_statement_dates),
    Annotator("quotes", ("claim",), ("quotes",), _read_quotes, {"quotes": ()}),
    Annotator("certainty cues", ("text", "tokens", "clauses", "quotes"), ("cues",), _read_cues, {"cues": {}}),
    Annotator("outcomes", ("text", "tokens", "facts", "predications", "supposed"), ("outcomes",),
              _read_outcomes, {"outcomes": ()}),
)
"""The reading, in order: each annotator reads only fields written before it."""


def read_fields(claim: Claim, lexicon: Lexicon = DEFAULT) -> Fields:
    """Every field the sentence's text gives (the same for every copy of the text)."""
    if overlong_sentence(claim.text):
        # A sentence too long to be prose is read as an empty one: nothing in it is compared
        # or checked, and the run names it as a skip (``limits.overlong_sentence``).
        return read_fields(replace(claim, text="", facts=()), lexicon)
    fields: Fields = {"claim": claim, "text": claim.text}
    furniture = claim.role is not ClaimRole.STATEMENT
    for annotator in ANNOTATORS:
        if furniture and annotator.furniture is not None:
            fields.update(annotator.furniture)
        else:
            fields.update(annotator.run(fields, lexicon))
    del fields["claim"], fields["text"]
    return fields


def annotate(claim: Claim, lexicon: Lexicon = DEFAULT) -> Sentence:
    """The sentence of one claim (the claim given to ``check``, or one made in a test)."""
    return sentence_of(claim, read_fields(claim, lexicon))


def sentence_of(claim: Claim, fields: Fields) -> Sentence:
    """The sentence of a claim from the fields its text gives (shared by every copy of it)."""
    values = dict(fields)
    facts = values.pop("facts")
    if facts != claim.facts:
        claim = replace(claim, facts=facts)
    quotes = values.pop("quotes")
    if quotes and quotes[0].claim is not claim:
        quotes = tuple(replace(q, claim=claim) for q in quotes)
    return Sentence(claim=claim, quotes=quotes, **values)


def annotate_all(claims: Iterable[Claim], lexicon: Lexicon = DEFAULT) -> tuple[Sentence, ...]:
    """Sentences of many claims; a text met again (wire copy, syndication) is read once."""
    read: dict[str, Fields] = {}
    out = []
    for claim in claims:
        fields = read.get(claim.text)
        if fields is None:
            fields = read[claim.text] = read_fields(claim, lexicon)
        out.append(sentence_of(claim, fields))
    return tuple(out)


PLAIN_CAPITALS = 4
"""Letters, at least, of a word in capitals read as a plain word where the story writes it so:
shorter ones are acronyms that are words too ("US", "WHO")."""


def name_words(sentences: Iterable[Sentence], lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """The words the sentences write as names where no sentence start explains the capital:
    what tells that "Calder" opening a sentence is a name and "Officials" is not. A function
    word is never a name alone, whatever name it opens elsewhere ("The", "A")."""
    stop = stopwords(lexicon)
    return frozenset(t.norm for s in sentences if s.claim.role is ClaimRole.STATEMENT
                     for n in s.names if n.start > 0 for t in s.tokens
                     if n.start <= t.start < n.end and t.norm not in stop)


def plain_words(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The words the sentences write in lower case: what tells that a word in capitals opening
    a sentence ("RESCUERS dug ...", a lead in the style of some papers) is no acronym."""
    return frozenset(t.norm for s in sentences for t in s.tokens if t.text.islower())


def with_known_names(sentences: Sequence[Sentence], known: frozenset[str], lexicon: Lexicon = DEFAULT,
                     plain: frozenset[str] = frozenset()) -> tuple[Sentence, ...]:
    """The sentences, each opening with a single capitalised word that ``known`` holds read
    again for its names (the story writes the word as a name elsewhere), or with a word in
    capitals that ``plain`` holds and ``known`` does not (the story writes it as a plain word),
    the rest as they are. A text repeated across sources is read again once."""
    out = []
    again: dict[str, Fields] = {}
    for s in sentences:
        first = s.tokens[0] if s.tokens else None
        named = first is not None and any(n.start == first.start for n in s.names)
        if first is None or not (
                first.text[:1].isupper() and first.norm in known and not named
                or named and first.norm not in known and _plain_in_capitals(first, plain)):
            out.append(s)
            continue
        names = again.get(s.text)
        if names is None:
            names = again[s.text] = _read_names({"text": s.text, "tokens": s.tokens, "facts": s.facts,
                                                 "clauses": s.clauses}, lexicon, known, plain)
        out.append(replace(s, **names))
    return tuple(out)


def _plain_in_capitals(token: Token, plain: frozenset[str]) -> bool:
    return token.text.isupper() and len(token.text) >= PLAIN_CAPITALS and token.norm in plain


# --- reading near a span ---------------------------------------------------------------------

CONTEXT_WINDOW = 4


def words_near(sentence: Sentence, start: int, end: int, window: int = CONTEXT_WINDOW, *,
               skip: frozenset[str] | set[str] = frozenset(), keep: Callable[[Word], bool] | None = None,
               joined: Sequence[tuple[int, int]] = ()) -> frozenset[str]:
    """Concepts of the content words around a span: ``window`` before it and after it, the
    words of the span itself left out. Concepts in ``skip`` (the story's own subject) are
    passed over, unless ``keep`` keeps the word anyway: what is left says what a value, a
    name or an outcome in that span is about. The words of each span of ``joined`` (the
    sentence's names) count as one word of the window, all of them kept."""
    if not window:
        return frozenset()
    words = sentence.words
    found: list[str] = []
    # From the span outwards, each way until ``window`` words are found (the words are in
    # order: a span's neighbours are found by bisection, not by reading the whole sentence).
    def told(w: Word) -> bool:
        return w.concept not in skip or bool(keep and keep(w))

    def within(w: Word) -> tuple[int, int] | None:
        return next(((x, y) for x, y in joined if x <= w.start < y), None)

    counted, last = 0, None
    for k in range(bisect_left(words, start, key=_word_start) - 1, -1, -1):
        if words[k].end <= start and told(words[k]):
            found.append(words[k].concept)
            span = within(words[k]) if joined else None
            counted += span is None or span != last
            last = span
            if counted == window:
                break
    counted, last = 0, None
    for k in range(bisect_left(words, end, key=_word_start), len(words)):
        if told(words[k]):
            found.append(words[k].concept)
            span = within(words[k]) if joined else None
            counted += span is None or span != last
            last = span
            if counted == window:
                break
    return frozenset(found)


def paraphrases_near(sentence: Sentence, start: int, end: int, window: int = CONTEXT_WINDOW
                     ) -> list[tuple[int, int, str]]:
    """The sentence's ``paraphrases`` that cover one of the ``window`` content words each side
    of a span: what the words near a value say in other words ("consumer prices" near a
    figure of inflation)."""
    if not sentence.paraphrases:
        return []
    near = [w for w in sentence.words if w.end <= start][-window:] \
        + [w for w in sentence.words if w.start >= end][:window]
    return [(x, y, head) for x, y, head in sentence.paraphrases
            if any(x < w.end and w.start < y for w in near)]


def _word_start(word: Word) -> int:
    return word.start


def values_beyond_grammar(text: str, facts: Sequence[Fact], lexicon: Lexicon = DEFAULT) -> tuple[Fact, ...]:
    """The facts with the values the fact grammar leaves out: a number glued to the word it
    measures ("magnitude-6.4"), a decimal said in words ("three point two million"), the
    size of a body ("a 2,300-strong workforce" counts workers) and an age given in
    apposition or after "aged" ("Jane Roe, 52," / "aged 52", read like "52 years old")."""
    found = list(facts)
    glued = [m.end() for m in _GLUED_VALUE.finditer(text)]
    if glued:
        spaced = "".join(" " if k + 1 in glued else ch for k, ch in enumerate(text))
        taken = [(x.start, x.end) for x in found]
        found += [x for x in extract_facts(spaced, lexicon) if x.start in glued
                  and not any(a < x.end and x.start < b for a, b in taken)]
    spoken = _spoken_decimals(text, lexicon)
    if spoken:
        written = text
        for a, b, digits in spoken:
            written = written[:a] + digits.rjust(b - a) + written[b:]
        said = [_from_span(x, spoken, text) for x in extract_facts(written, lexicon)
                if any(x.start < b and a < x.end for a, b, _ in spoken)]
        found = [x for x in found if not any(x.start < g.end and g.start < x.end for g in said)]
        found += said
    strong = {m.start(): m.group(1).casefold() for m in _STRONG.finditer(text)}
    if strong:
        found = [replace(x, kind=FactKind.COUNT, unit=strong[x.start], canonical=f"{x.raw} {strong[x.start]}")
                 if x.kind is FactKind.NUMBER and not x.unit and x.start in strong else x for x in found]
    found = _elided_counts(text, found, lexicon)
    ages = {m.start(1) for pattern in (_APPOSED_NUMBER, _NAME_WAS_NUMBER) for m in pattern.finditer(text)}
    bracketed = lexicon.compiled(_bracketed_age)
    if bracketed is not None:
        ages |= {m.start(1) for m in bracketed.finditer(text)}
    lead = lexicon.compiled(_age_lead)
    if lead is not None:
        ages |= {m.end() for m in lead.finditer(text)}
    # A bare number set off by commas after a noun ("a van driver, 56, was killed") is an age
    # too, whatever count the verb after it would make of it.
    described = {m.start(1) for m in _APPOSED_TO_NOUN.finditer(text)}
    # So is one set off on both sides after a name ("Ben Roe, 19, were killed" is no count of
    # 19 dead).
    described |= {m.start(1) for m in _APPOSED_NUMBER.finditer(text) if m.group(0).endswith(",")}
    found = [replace(x, kind=FactKind.NUMBER, unit=AGE_UNIT, canonical=f"{x.raw} {AGE_UNIT}")
             if (x.kind is FactKind.NUMBER and not x.unit and x.start in ages
                 or x.start in described and x.raw.isdigit()) and 0 < (x.value or 0) < MAX_AGE
             else x for x in found]
    if found == list(facts):
        return tuple(facts)
    return tuple(sorted(found, key=lambda x: x.start))


# A value written onto the word it measures ("a magnitude-6.4 quake", "a grade-3 storm"):
# the word is lower case, so it is no name like "COVID-19" or "F-35".
_GLUED_VALUE = re.compile(r"(?<![\w-])[a-z]{3,}-(?=\d)")
# A number set off by commas after a capitalised name is that person's age ("Jane Roe, 52,"),
# as is one that ends the sentence so ("... said Jane Roe, 52.").
_APPOSED_NUMBER = re.compile(r"[A-Z][\w'’.-]*,\s+(\d{1,3})(?:,|\.?\s*$)")
_NAME_WAS_NUMBER = re.compile(r"(?:\b[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*|(?<=[a-z,;:] )[A-Z][\w'’.-]*)"
                              r"\s+(?:is|was)\s+(\d{1,3})(?=\s*(?:[,;]|\.?\s*$|and\b))")
"""A bare number a name is said to be, ending its clause ("Jane Roe was 47 and ..."): an age. (A
lone capitalised word opening the sentence may be a common noun: "Turnout was 64.")"""
_APPOSED_TO_NOUN = re.compile(r"\b[a-z]{3,},\s+(\d{1,3}),\s")
"""A number set off by commas right after a lower-case noun: the age of the one it names."""
_STRONG = re.compile(r"\d[\d,]*-strong\s+([a-z]+)")
"""A number of people written as the size of a body ("a 40-strong crew"): a count of it."""
MAX_AGE = 130


def _elided_counts(text: str, found: list[Fact], lexicon: Lexicon) -> list[Fact]:
    """A bare number that a verb follows, after a count in the same sentence, counts that
    count's noun, left unsaid: "300 homes were destroyed and another 87 were damaged"."""
    verbs = lexicon.words("units", "casualty_auxiliaries")
    # A fate is told of its own count: after "nine were hurt and", the elided noun is people,
    # and "2,000 had no water" counts people, not the hurt.
    fates, people = lexicon.compiled(_casualty_classes)
    out: list[Fact] = []
    # The last count with a noun so far, kept as it goes: searching back for it from every
    # number would grow with the square of a line of numbers.
    counted: Fact | None = None
    for x in found:
        after = text[x.end:x.end + 16].split()
        if (x.kind is FactKind.NUMBER and not x.unit and counted is not None and after
                and after[0].casefold() in verbs and x.value is not None and x.value == int(x.value)):
            noun = people if counted.unit in fates and people else counted.unit
            out.append(replace(x, kind=FactKind.COUNT, unit=noun))
        else:
            out.append(x)
        if out[-1].kind is FactKind.COUNT and out[-1].unit:
            counted = out[-1]
    return out


def _casualty_classes(lexicon: Lexicon) -> tuple[frozenset[str], str]:
    """The classes a casualty verb gives a count ("dead", "injured"), and the class of people."""
    fates = frozenset(str(v) for v in (lexicon.table("units", "casualty_verbs", {}) or {}).values())
    return fates, str(lexicon.table("units", "people_class", "") or "")


def _from_span(fact: Fact, spans: Sequence[tuple[int, int, str]], text: str) -> Fact:
    """A fact read from digits standing in for a span of words, set back on those words."""
    start = min([fact.start] + [a for a, b, _ in spans if a <= fact.start < b])
    return replace(fact, start=start, raw=text[start:fact.end])


def _spoken_decimals(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Numbers said with "point" ("three point two", "nought point five"): each span with
    the digits it stands for."""
    if " point " not in text.casefold():
        return []
    words = {str(k).casefold(): v for k, v in (lexicon.table("numbers", "word_numbers", {}) or {}).items()}
    digits = {w: int(v) for w, v in words.items()
              if isinstance(v, (int, float)) and 0 <= v < 10 and v == int(v)}
    if not words or not digits:
        return []
    whole = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    digit = "|".join(sorted(map(re.escape, digits), key=len, reverse=True))
    found = []
    for m in re.finditer(rf"\b({whole})\s+point((?:\s+(?:{digit}))+)\b", text, re.IGNORECASE):
        value = words[m.group(1).casefold()]
        fraction = "".join(str(digits[w.casefold()]) for w in m.group(2).split())
        found.append((m.start(), m.end(), f"{int(value)}.{fraction}"))
    return found


def _bracketed_age(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A number in brackets after a name an honorific opens ("Mr. Roe (41)"): that person's age.
    (After a name alone it may be a count: "Tarnby (14)" in a list of places.)"""
    words = [str(w) for w in lexicon.table("entities", "honorifics", []) or []]
    if not words:
        return None
    honorific = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{honorific})\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+\((\d{{1,3}})\)")


def _age_lead(lexicon: Lexicon) -> re.Pattern[str] | None:
    words = [str(w) for w in lexicon.table("verdicts", "age_leads", []) or []]
    if not words:
        return None
    # (A word of a bound or an estimate may open the age: "aged roughly 8 to 12", "aged between 8
    # and 12"; the figure then starts at that word.)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?=(?:[a-z]+\s+)?\d)",
                      re.IGNORECASE)


__all__ = ["AGE_UNIT", "ANNOTATORS", "Annotator", "Outcome", "Sentence", "Word", "annotate", "annotate_all",
           "bracket_twin_of", "name_words", "opposite_groups", "paraphrase_patterns", "paraphrases_near",
           "places_in", "places_listed", "plain_words", "subject_noun",
           "values_beyond_grammar", "with_known_names", "words_near"]
