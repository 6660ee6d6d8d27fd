"""One claim against every source: a verdict per source with the sentence behind it.

The claim is read like any sentence of an article (facts, predicates and their
negation, certainty, quotations, names). In each source the sentence that says most
about it is found by similarity and by the share of the claim's content it repeats,
each concept weighted by how rare it is in the corpus (a name that every sentence
carries says little about which sentence addresses the claim). The verdict then
compares that sentence with the claim:

- ``conflicts``: a value of the same thing differs, what one affirms the other denies
  (or states the opposite of), or another name stands in the same role;
- ``partial``: the source states the point but vaguer (without the claim's value) or
  hedged where the claim asserts;
- ``supports``: otherwise; ``absent`` when no sentence reaches the relevance floor.

Pure functions over the typed data; nothing here reads files.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from claimcheck.align import (
    act_before,
    align,
    both_ages,
    locates,
    qualifies_a_noun,
    subject_word,
    timed_apart,
)
from claimcheck.annotate import (
    AGE_UNIT,
    Outcome,
    Sentence,
    act_wording_heads,
    annotate,
    bracket_twin_of,
    opposite_groups,
    reversed_route,
    with_known_names,
)
from claimcheck.corpus import Corpus
from claimcheck.entities import (
    PREPOSITIONS,
    Name,
    canonical,
    in_brackets_after,
    is_country,
    speech_words,
    spelled_alike,
)
from claimcheck.errors import BadClaim
from claimcheck.facts import (
    CLOCK_TIME,
    SCORE,
    FactRelation,
    is_vague,
    precision,
    significant_digits,
    singular,
    wider_date,
)
from claimcheck.lexicon import DEFAULT, Lexicon, phrase_pattern
from claimcheck.matching import broad_units, similarity, statement_units
from claimcheck.measures import measured_dimensions, measurement_units
from claimcheck.models import (
    DATE_KINDS,
    FIGURE_KINDS,
    CheckResult,
    Claim,
    ClaimRole,
    Fact,
    FactKind,
    SourceVerdict,
    Verdict,
    is_date,
    is_rank,
)
from claimcheck.quotes import QuoteRelation, relate_quotes
from claimcheck.relate import (
    count_class,
    in_two_currencies,
    level_moves,
    other_bound,
    other_occasion,
    people_class,
    period,
    relate_facts,
    same_thing_moves,
    short_floor,
)
from claimcheck.stance import Predication, hedge_cues, qualifies_noun
from claimcheck.stance import tables as stance_tables
from claimcheck.text import Token, concept, stem, stopwords

CONTEXT_WINDOW = 4
CLAIM_SOURCE = "(claim)"
MAX_CLAIM_CHARS = 2000
"""A claim is one statement, or two or three: a longer one is a pasted article, which is
checked no better for being long and costs time that grows faster than its length."""


@dataclass(frozen=True)
class CheckOptions:
    """Thresholds of ``check`` (relevance is 0-100)."""

    present: float = 45.0
    """A source addresses the claim when its best sentence reaches this relevance."""
    margin: float = 12.0
    """Sentences this close to the best are also weighed: the verdict follows the most
    direct of them (one that states the claim's value, or contradicts it)."""
    similarity_weight: float = 0.45
    coverage_weight: float = 55.0
    fact_bonus: float = 8.0
    """Added when the sentence states the claim's value, or carries its quotation."""
    min_coverage_for_values: float = 0.45
    """A differing value counts only in a sentence that repeats this much of the claim's
    words: "31.4% in remission" says nothing about the share with serious infections."""
    near_count_ratio: float = 1.25
    """Counts of the same noun within this ratio are one figure told two ways, whatever
    else the sentence repeats."""


# --- reading the claim --------------------------------------------------------------------

@dataclass(frozen=True)
class Profile:
    """A sentence (the claim or a source sentence) as the verdict logic reads it: the
    ``annotate.Sentence``, with what ``check`` derives from it, worked out once."""

    sentence: Sentence
    units: tuple[str, ...]
    """``matching.statement_units``: the sentence and its clauses, prepared for scoring."""
    concepts: frozenset[str]
    """Its concepts, also as the concepts its wording paraphrases, and each part of a
    hyphenated word ("the Trump-Xi meeting" is about each of them too)."""
    names: tuple[Name, ...]
    words: frozenset[str]
    """Every word of it, lower case, aliases resolved, hyphenated parts apart."""
    acts: tuple[tuple[int, int, str], ...] = ()
    """Spans that state an act in other words (``act_paraphrases``: "touched down" says
    "landed"), each with the concept of its group's first word."""
    act_forms: frozenset[str] = frozenset()
    """Concepts of the verbs its words may be forms of where the light stemmer leaves them
    apart: the verb of a noun of an act ("cancellation", "arrival", ``act_noun_endings``)
    and a spelling with one l or two ("canceled"). Read only for the verbs of a claim
    (``with_claims_acts``): most of them are no verb at all ("national")."""
    topics: frozenset[int] = frozenset()
    """Starts of the words a noun of discussion is about ("talks over the pay settlement"):
    what is argued over is no act told as done (``act_stated`` leaves them out)."""

    @property
    def claim(self) -> Claim:
        return self.sentence.claim

    @property
    def text(self) -> str:
        return self.sentence.text


def profile(sentence: Sentence, lexicon: Lexicon = DEFAULT, checked: bool = False) -> Profile:
    """The sentence as ``check`` reads it; ``checked`` for the claim being checked, whose
    words said in other words count once, as the concept they say (a sentence keeps both,
    to be found by either)."""
    spans = sentence.paraphrases
    acts = sentence.act_wordings
    if checked:
        # The claim's own "X said that ..." credits what it reports: the telling is no act of
        # announcing the claim asks about, though a source's "said that" may tell that act.
        speech = speech_words(lexicon)
        acts = tuple(a for a in acts if not speech & set(sentence.text[a[0]:a[1]].casefold().split()))
    found = set(sentence.concepts) | {head for _, _, head in spans} | {head for _, _, head in acts}
    if checked:
        found -= {w.concept for w in sentence.words for a, b, head in spans
                  if a <= w.start < b and w.concept != head}
    # "the Trump-Xi meeting" is about each of them too
    found |= {concept(part, lexicon) for c in list(found) if "-" in c for part in c.split("-") if part}
    # ... and "a 740-foot-long ship" says "long": a word glued to a figure is a word of the sentence
    found |= {concept(m.group(1).casefold(), lexicon) for f in sentence.facts
              if (m := _GLUED_AFTER.match(sentence.text, f.end)) is not None}
    words: set[str] = set()
    for t in sentence.tokens:
        words |= {t.norm, canonical(t.text, lexicon)}
        if "-" in t.norm:
            words |= {canonical(part, lexicon) for part in t.norm.split("-")}
    # "south-west" and "southwest" are one direction: each says the other.
    found |= {head for _, head, _ in compass_bearings(sentence, lexicon)}
    units = tuple(statement_units(sentence.text, lexicon, sentence.clauses, sentence.restated))
    return Profile(sentence, units, frozenset(found), sentence.names, frozenset(words), acts,
                   act_forms(sentence, lexicon), _discussed(sentence, lexicon))


_GLUED_AFTER = re.compile(r"-([A-Za-z]{3,})\b")


def act_forms(sentence: Sentence, lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """``Profile.act_forms``: what each word would be as a verb."""
    _, nouns = lexicon.compiled(_act_nouns)
    stop = stopwords(lexicon)
    toks = sentence.tokens
    # A noun right before another content word qualifies it ("an election campaign", "the
    # evacuation centre"): it names a kind of thing, not the act done.
    # (Not a noun before a participle: "three goals coming before half-time".)
    qualifying = {t.end for t, nxt in zip(toks, toks[1:], strict=False)
                  if nxt.start - t.end <= 1 and nxt.norm.isalpha() and nxt.norm not in stop
                  and not nxt.norm.endswith("ing")}
    found: set[str] = set()
    for w in sentence.words:
        norm = w.norm
        if not norm.isalpha():
            continue
        stems = {w.concept}
        # (A plural ends in none of the endings: "elections" and "approvals" are kinds of act.)
        if w.end not in qualifying:
            stems |= _verbs_of(norm, lexicon)
            if norm not in nouns and norm.endswith("s") and norm[:-1] in nouns:
                stems.add(concept(nouns[norm[:-1]], lexicon))  # "three goals" says "scored" thrice
        for c in stems:
            found.add(c)
            # "cancelled" and "canceled", "occurrence" and "occurred": one verb, whichever
            # way the consonant before its ending is written.
            if len(c) > _VERB_LETTERS and c[-1] == c[-2]:
                found.add(c[:-1])
            elif c[-1:] == "l" and c[-2:-1] in "aeiou":
                found.add(c + "l")
    return frozenset(found.difference(sentence.concepts))


_VERB_LETTERS = 4
"""Letters of the shortest verb an ending rule gives: a shorter rest is no verb's stem."""


def _verbs_of(norm: str, lexicon: Lexicon) -> set[str]:
    """The verbs a word is a noun of, by ``act_nouns`` or an ``act_noun_endings`` rule
    ("collision": "collid")."""
    endings, nouns = lexicon.compiled(_act_nouns)
    verb = nouns.get(norm)
    found = {concept(verb, lexicon)} if verb else set()
    return found | {concept(norm[:-len(end)] + instead, lexicon) for end, instead in endings
                    if norm.endswith(end) and len(norm) - len(end) + len(instead) >= _VERB_LETTERS}


def _act_nouns(lexicon: Lexicon) -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """``act_noun_endings`` as (ending, replacement) pairs, longest ending first, and the
    ``act_nouns`` table as a map of noun to verb."""
    endings = sorted(((str(a).casefold(), str(b or "").casefold())
                      for a, b in lexicon.table("verdicts", "act_noun_endings", []) or []),
                     key=lambda pair: -len(pair[0]))
    nouns = {str(a).casefold(): str(b).casefold()
             for a, b in lexicon.table("verdicts", "act_nouns", []) or []}
    return tuple(endings), nouns


def with_claims_acts(claim_verbs: frozenset[str], p: Profile) -> Profile:
    """The sentence with the claim's verbs it states as a noun of the act or in another
    spelling among its concepts: "the cancellation of the match" says "cancelled"."""
    named = p.act_forms & claim_verbs
    return replace(p, concepts=p.concepts | named) if named else p


def claim_act_nouns(claim: Profile, lexicon: Lexicon = DEFAULT) -> dict[str, frozenset[str]]:
    """The claim's nouns of an act, each with the verbs it is a noun of ("collision":
    "collid"; ``act_nouns``, ``act_noun_endings``)."""
    found: dict[str, frozenset[str]] = {}
    for w in claim.sentence.words:
        verbs = frozenset(_verbs_of(w.norm, lexicon)) - {w.concept} if w.norm.isalpha() else frozenset()
        if verbs:
            found[w.concept] = verbs
    return found


def with_claims_act_nouns(act_nouns: Mapping[str, frozenset[str]], p: Profile) -> Profile:
    """The sentence with the claim's nouns of an act among its concepts where a verb of it
    tells the act ("two barges collided" says the claim's "the collision happened"), as
    ``with_claims_acts`` gives it the claim's verbs it tells as nouns."""
    told = {pr.concept for pr in p.sentence.predications}
    named = {noun for noun, verbs in act_nouns.items() if verbs & told}
    return replace(p, concepts=p.concepts | named) if named - p.concepts else p


def claim_verbs(claim: Profile) -> frozenset[str]:
    """Concepts of the claim's verbs in a past or perfect form ("was cancelled")."""
    return frozenset(p.concept for p in claim.sentence.predications if p.finite)


def _compass(lexicon: Lexicon) -> dict[str, str]:
    return lexicon.compiled(_build_compass)


def _build_compass(lexicon: Lexicon) -> dict[str, str]:
    return {" ".join(str(w).casefold().split()): concept(str(group[0]).casefold(), lexicon)
            for group in lexicon.table("verdicts", "compass_points", []) or [] for w in group}


def compass_bearings(sentence: Sentence, lexicon: Lexicon = DEFAULT) -> list[tuple[int, str, str]]:
    """Each point of the compass the sentence gives a place from ("40 km south-west of
    Carvale"): its offset, the point (``compass_points``, as its first spelling) and the
    concept of the word after "of" (an article skipped)."""
    points = _compass(lexicon)
    if not points:
        return []
    toks = sentence.tokens
    found = []
    for k, t in enumerate(toks):
        two = f"{t.norm} {toks[k + 1].norm}" if k + 1 < len(toks) else ""
        head, width = (points[two], 2) if two in points else (points.get(t.norm, ""), 1)
        rest = toks[k + width:k + width + 3]
        if not head or not rest or rest[0].norm != "of":
            continue
        place = next((x for x in rest[1:] if x.norm not in _ARTICLES), None)
        if place is not None:
            found.append((t.start, head, concept(place.norm, lexicon)))
    return found


def read_claim(text: str, lexicon: Lexicon = DEFAULT) -> Sentence:
    """The claim read as a sentence of an article; BadClaim when it cannot be checked."""
    stripped = " ".join(text.split())
    if not stripped:
        raise BadClaim("the claim is empty")
    if len(stripped) > MAX_CLAIM_CHARS:
        raise BadClaim(f"the claim is {len(stripped):,} characters long (the limit is {MAX_CLAIM_CHARS:,}): "
                       "check one statement at a time")
    sentence = annotate(Claim(CLAIM_SOURCE, 0, stripped, 0, len(stripped), ClaimRole.STATEMENT), lexicon)
    if not sentence.concepts:
        shown = stripped if len(stripped) <= 60 else stripped[:57] + "..."
        raise BadClaim(f"the claim has no content words to look for: {shown!r}")
    return sentence


# --- names ----------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’]s$")


def _is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _key_word(n: Name, rarity: Mapping[str, float]) -> str:
    return max(n.spelled, key=lambda w: rarity.get(w, 99.0))


def name_in(n: Name, other: Profile, rarity: Mapping[str, float], lexicon: Lexicon) -> bool:
    """Whether the sentence names ``n``: by its most distinctive word, an alias, or its acronym."""
    text_words = set(other.words)
    for m in other.names:
        text_words |= set(m.spelled)
        if n.abbreviates(m) or m.abbreviates(n) or _spells_out(n, m) or _spells_out(m, n):
            return True
    if _key_word(n, rarity) in text_words:
        return True
    # A surname alone ("Feld" for "Marcus Feld") names the same one, unless another name
    # there ends the same way ("Northfield University Hospital" for "Lakeshore ... Hospital").
    # (The surname written alone, "Feld", is no other name ending the same way.)
    last = n.spelled[-1]
    return last in text_words and not any(last in m.spelled and len(m.spelled) > 1
                                          and _key_word(n, rarity) not in m.spelled for m in other.names)


def _apart(n: Name, m: Name) -> bool:
    """Whether two names are one, a hyphened word of one written apart in the other ("Lee
    Ann-Marie" / "Lee Ann Marie"): the same name, in no other one's role."""
    split = tuple(part for w in n.spelled for part in w.split("-") if part)
    return "-" in "".join(n.spelled) \
        and split == tuple(part for w in m.spelled for part in w.split("-") if part)


def _other_form(n: Name, m: Name) -> bool:
    """Whether two one-word names are one word in two forms, a noun and its adjective
    ("the Socialists" / "a Socialist motion", "Democrats" / "the Democratic caucus")."""
    return len(n.words) == len(m.words) == 1 and n.words != m.words \
        and _one_word(stem(n.words[0]), stem(m.words[0]))


def _spells_out(short: Name, full: Name) -> bool:
    """Whether a name is the acronym of every word of the other, its small words too ("BOE"
    for "Bank of England"; ``Name.abbreviates`` reads "BE", leaving them out)."""
    return short.acronym is not None and len(full.words) > 2 \
        and short.acronym == "".join(w[0] for w in full.words if w)


UNNAMED_PREPOSITIONS = frozenset({"in", "at", "on", "for", "near"})
"""Prepositions before a claim's name of a place, a venue or a destination ("bound for X"): a
source sentence that leaves it out states the claim less fully. (Where something moved "to" is
what the claim says happened, not a detail of it.)"""
_PLACE_ONLY = frozenset({"in", "at", "on"})
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")
"""A name right before a word in lower case qualifies that noun ("file for FDA approval")."""


def unnamed(claim: Profile, evidence: Profile, rarity: Mapping[str, float], lexicon: Lexicon = DEFAULT,
            source_words: frozenset[str] = frozenset()) -> list[Name]:
    """Places and venues of the claim ("in X", "at X", "on X") that the evidence neither
    gives nor refers to by their plain words, and that the source never names elsewhere
    (a source that names the place once may well leave it out of later sentences)."""
    evidence_words = evidence.words
    return [n for n in claim.names if n.preposition in UNNAMED_PREPOSITIONS
            and (n.preposition in _PLACE_ONLY or not _NOUN_AFTER.match(claim.text, n.end))
            and not name_in(n, evidence, rarity, lexicon) and not set(n.spelled) & evidence_words
            and not any(_apart(n, m) for m in evidence.names)
            and _key_word(n, rarity) not in source_words]


_INDEFINITE = frozenset({"a", "an"})


def _classifies(p: Profile, n: Name, lexicon: Lexicon) -> bool:
    """Whether a name only says what kind of thing, or whose, a common noun after it is:
    an indefinite article before it and a noun after ("a Calloway Ferries passenger ship",
    "an Acme lorry"). A name itself takes no indefinite article, so the thing is not the
    one named: it is some ship of that company, which may well be the claim's named ship."""
    toks = p.sentence.tokens
    k = next((i for i, t in enumerate(toks) if t.start == n.start), None)
    if k is None or k == 0 or toks[k - 1].norm not in _INDEFINITE:
        return False
    return bool(_head_after(p, n, lexicon))


def _in_relative_clause(p: Profile, n: Name, lexicon: Lexicon) -> bool:
    """Whether a name stands in a relative clause set off by a comma ("Y, who was born in
    Z, ..."): it fills a role of that clause, about another one, not of the sentence's act."""
    comma = p.text.rfind(",", 0, n.start)
    if comma < 0:
        return False
    first = next((t for t in p.sentence.tokens if t.start > comma), None)
    return first is not None and first.start < n.start \
        and first.norm in lexicon.words("entities", "comma_relatives")


_JOINED = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?", re.I)


def _joined_to_claims_name(claim: Profile, evidence: Profile, m: Name) -> bool:
    """Whether the name is joined by "and" to a name the claim has ("X and the Y club are
    champions" for "Y beat Z"): it stands beside that name, on its side, in no other's role."""
    for other in evidence.names:
        first, second = (other, m) if other.end <= m.start else (m, other)
        if other is m or second.start < first.end \
                or not _JOINED.fullmatch(evidence.text, first.end, second.start):
            continue
        if any(n.same_entity(other) for n in claim.names):
            return True
    return False


def _glosses_claims_name(claim: Profile, evidence: Profile, m: Name) -> bool:
    """Whether a name stands in brackets right after a name the claim names too ("the
    ABC (Alpha Beta Circle)"): it spells that name out, in the role the claim gives it."""
    if not evidence.text[:m.start].rstrip().endswith("("):
        return False
    before = [x for x in evidence.names if in_brackets_after(evidence.text, x, m)]
    return any(x.same_entity(c) or x.abbreviates(c) or c.abbreviates(x) or set(x.spelled) & set(c.spelled)
               for x in before for c in claim.names)


def _qualifies_the_noun(claim: Profile, n: Name, evidence: Profile, m: Name, lexicon: Lexicon) -> bool:
    """Whether a name after "the" only says which or whose a common noun after it is ("in
    the Adriatic city", "the XYZ survey showed"): the thing is the noun's, which may well be
    the claim's named one, unless the claim's name qualifies the same noun ("the Alder
    survey" / "the Birch survey" are two surveys)."""
    toks = evidence.sentence.tokens
    k = next((i for i, t in enumerate(toks) if t.start == m.start), None)
    if k is None or k == 0 or toks[k - 1].norm != "the":
        return False
    after = evidence.text[m.end:m.end + 2]
    head = _head_after(evidence, m, lexicon) if after[:1] == " " and after[1:].isalpha() else ""
    # (Where the noun is the kind the claim's name ends with, "the Cedar blaze" for "the Oak
    # Fire", the two words name two of that kind.)
    kind = concept(n.spelled[-1], lexicon) if n.spelled else ""
    return bool(head) and head != kind and _head_after(claim, n, lexicon) != head


def _governing_body(n: Name, lexicon: Lexicon) -> bool:
    """Whether a name only says which organ of an organisation acts ("the Board of
    Directors"): every word of it is one of ``governing_bodies``."""
    words = lexicon.words("verdicts", "governing_bodies")
    return bool(n.spelled) and all(w in words for w in n.spelled)


def entity_conflicts(claim: Profile, evidence: Profile, rarity: Mapping[str, float],
                     lexicon: Lexicon = DEFAULT) -> list[tuple[Name, Name]]:
    """Names of the claim the evidence lacks, each with the name that stands in its role
    there: another speaker of the same words, another name sharing a word with it
    ("... University Hospital"), or another place after the same preposition.

    A name whose plain words the evidence uses ("the fire" for a named fire) is taken as
    referred to, unless another name with those words stands there.
    """
    found = []
    evidence_words = evidence.words
    for n in claim.names:
        # The one name relation of compare (``Name.same_entity``): another spelling, the
        # initials dotted or not, a demonym of the country, an acronym.
        if name_in(n, evidence, rarity, lexicon) \
                or any(n.same_entity(m) or _apart(n, m) or _other_form(n, m) for m in evidence.names):
            continue
        if n.nation or n.relays or n.many:
            continue  # where someone is from, or who relayed it, or many of a kind: no one in a role
        claim_words = claim.words | {w for x in claim.names for w in x.spelled}
        for m in evidence.names:
            if m.nation or m.relays or m.many or _classifies(evidence, m, lexicon) or (
                    _governing_body(m, lexicon) and not _governing_body(n, lexicon)) or (
                    m.speaks and not n.speaks and evidence.text[:m.start].rstrip().endswith(",")):
                continue  # "..., X said": who tells of the act after it is not the one it is of
            if _in_relative_clause(evidence, m, lexicon) or _glosses_claims_name(claim, evidence, m) \
                    or _qualifies_the_noun(claim, n, evidence, m, lexicon) \
                    or _joined_to_claims_name(claim, evidence, m):
                continue
            if (set(m.spelled) - set(n.spelled)) & claim_words:
                continue  # the claim names it too: it plays another role
            if is_country(m, lexicon) != is_country(n, lexicon):
                # "made landfall in eastern Ruritania" for "... in Port Vell": a country may
                # hold the claim's place (no sentence need say which does); naming only the
                # wider place leaves the claim's out, it names no other. So may the claim's
                # country hold the evidence's town ("headquartered in Vell" for "... in Tarnia").
                continue
            shares_word = bool(set(n.spelled) & set(m.spelled)) and len(m.spelled) > 1 and len(n.spelled) > 1
            if not shares_word and set(n.spelled) & evidence_words:
                continue
            same_role = (shares_word
                         or (n.speaks and m.speaks)
                         or (n.preposition in ("in", "at") and n.preposition == m.preposition)
                         # the agent of the same act: "was set by X" / "was set by Y"
                         or (n.preposition == m.preposition == "by" and bool(n.context & m.context))
                         # words about both, where each stands after the same preposition
                         # (or none): "the storm made landfall" / "made landfall near Carvale"
                         or (len(n.context & m.context) >= 2 and n.preposition == m.preposition))
            if same_role:
                found.append((n, m))
                break
    return found


def _titles(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    return lexicon.compiled(_build_titles)


def _build_titles(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    groups = {" ".join(str(t).casefold().split()): k
              for k, group in enumerate(lexicon.table("verdicts", "job_titles", []) or []) for t in group}
    if not groups:
        return None, {}
    alternatives = "|".join(
        re.escape(t).replace(r"\ ", r"\s+") for t in sorted(groups, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\b", re.IGNORECASE), groups


# What may stand between a person and the post written after the name: a comma or a
# linking verb, an article, the organisation ("Jane Roe, Acme's finance chief").
_TITLE_LINK = re.compile(
    r"^(?:\s*,\s*(?:who\s+(?:is|was|has\s+been)\s+)?"
    r"|\s+(?:is|was|as|became|remains|has\s+been)\s+)"
    r"(?:(?:the|its|an?|their)\s+)?"
    r"(?:(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s)?\s+|[\w-]+['’]s\s+)?"
    r"(?:(?:new|former|interim|acting)\s+)?$")


def posts(sentence: Sentence, person: Name, lexicon: Lexicon = DEFAULT) -> set[int]:
    """The posts (job_titles groups) a sentence gives the person: a title written right
    before the name ("chief executive Jane Roe") or linked after it ("Jane Roe, Acme's
    finance chief"; "Jane Roe is Acme's chief executive")."""
    pattern, groups = _titles(lexicon)
    if pattern is None or len(person.spelled) < 2:
        return set()  # a post belongs to a person, named in full at least once
    text, toks = sentence.text, sentence.tokens
    found: set[int] = set()
    for k, t in enumerate(toks):
        if canonical(_POSSESSIVE.sub("", t.text), lexicon) != person.spelled[-1] or not _is_capitalised(t):
            continue
        starts, j = [t.start], k
        while j >= 1 and canonical(toks[j - 1].text, lexicon) in person.spelled:
            j -= 1
            starts.append(toks[j].start)  # the given name, or a title read into the name
        end = t.end
        for m in pattern.finditer(text):
            key = groups[" ".join(m.group().casefold().split())]
            before = any(m.end() <= start and not text[m.end():start].strip() for start in starts)
            if before or (m.start() >= end and _TITLE_LINK.match(text[end:m.start()])):
                found.add(key)
    return found


def post_relation(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT) -> str:
    """"same" when the evidence gives a person the post the claim gives them, "other"
    when it gives them only another one, "" when it gives none."""
    relation = ""
    for n in claim.names:
        said = posts(claim.sentence, n, lexicon)
        other = posts(evidence.sentence, n, lexicon) if said else set()
        if said & other:
            return "same"
        if other:
            relation = "other"
    return relation


def post_conflicts(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT) -> list[tuple[Name, str]]:
    """People the claim gives a post whom the evidence gives only another one, with the
    evidence's wording of it."""
    pattern, groups = _titles(lexicon)
    found = []
    for n in claim.names:
        said = posts(claim.sentence, n, lexicon)
        other = posts(evidence.sentence, n, lexicon)
        if said and other and not said & other and pattern is not None:
            wording = next((m.group() for m in pattern.finditer(evidence.text)
                            if groups[" ".join(m.group().casefold().split())] in other), "")
            found.append((n, wording))
    return found


# --- facts ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class FactMatch:
    claim_fact: Fact
    source_fact: Fact
    relation: FactRelation


def align_facts(claim: Profile, evidence: Profile, corpus: Corpus, published: dt.date | None
                ) -> tuple[list[FactMatch], list[Fact]]:
    """Each value of the claim paired with the value of the same thing in the evidence
    (``align.align``), and the claim's values the evidence does not state at all. The claim
    is read as of the source's date, and its whole content may say what a value of the
    source measures."""
    found = align(claim.sentence, evidence.sentence, corpus, published_a=published, published_b=published,
                  about=(claim.concepts, evidence.concepts))
    by_start = {x.original_a.start: x for x in found}
    matches = [FactMatch(x.a, x.b, x.relation) for f in claim.claim.facts if (x := by_start.get(f.start))]
    # A figure of a list ("X had 52% and Y 48%"), the claim's own value told right after the
    # claim's holder, is the claim's figure, whichever of the list the alignment paired.
    holders = evidence.sentence.holders
    for f in claim.claim.facts:
        own = _held_by_claims_holder(claim, evidence, f)
        if own is None or any(m.claim_fact.start == f.start and (
                m.source_fact.start == own.start
                or m.relation is FactRelation.SAME and holders(m.source_fact).nearest is None)
                for m in matches):
            continue  # (the claim's value, held by no one else, stays the claim's)
        relation = relate_facts(f, own, published, published, corpus.lexicon)
        if relation is FactRelation.INCOMPARABLE or relation is not FactRelation.SAME and not any(
                m.claim_fact.start == f.start for m in matches):
            # (Another value only in place of another holder's figure the alignment paired: a
            # figure it kept apart, of another stage or time, stays apart.)
            continue
        matches = [m for m in matches if m.claim_fact.start != f.start and m.source_fact.start != own.start]
        matches.append(FactMatch(f, own, relation))
    matches = [_own_value_instead(m, evidence, matches, published, corpus.lexicon) for m in matches]
    paired = {m.claim_fact.start for m in matches}
    return matches, [f for f in claim.claim.facts if f.start not in paired]


def _own_value_instead(m: FactMatch, evidence: Profile, matches: Sequence[FactMatch],
                       published: dt.date | None, lexicon: Lexicon) -> FactMatch:
    """The pair of a claim's figure with a differing one, where the sentence also gives the
    claim's own value of that kind and unit, unpaired, and told of no name: that one
    ("310 votes, including 64 of its own members", "by 12.4% and 6.1% of voters,
    respectively" for 64 and 6.1%). A sentence that gives the claim's value and another tells of two
    quantities; it sets the claim's against nothing. Not a value a change started from
    ("rose from 7% to 9%" does set 9% against 7%), nor a date (a day named twice is two
    days of two acts). (A figure told of a name is ``_held_by_claims_holder``'s to pair.)"""
    if m.relation is not FactRelation.DIFFERENT or is_date(m.claim_fact):
        return m
    taken = {x.source_fact.start for x in matches}
    sentence = evidence.sentence
    for g in evidence.claim.facts:
        if g.start in taken or (g.kind, g.unit) != (m.claim_fact.kind, m.claim_fact.unit) \
                or sentence.holders(g).nearest is not None \
                or sentence.measure(g).earlier or sentence.measure(m.source_fact).earlier:
            continue
        if relate_facts(m.claim_fact, g, published, published, lexicon) is FactRelation.SAME:
            return FactMatch(m.claim_fact, g, FactRelation.SAME)
    return m


def _held_by_claims_holder(claim: Profile, evidence: Profile, fact: Fact) -> Fact | None:
    """The evidence's figure in the claim's kind and unit whose nearest holder is one the
    claim tells its figure of (a name before it, or the one it is "for"): the claim's value
    where the evidence gives it so, else the only other such figure; None when there is none."""
    mine = _claims_holders(claim, fact)
    if not mine or fact.value is None or is_date(fact):
        return None
    held = [g for g in evidence.claim.facts if (g.kind, g.unit) == (fact.kind, fact.unit)
            and (theirs := evidence.sentence.holders(g).nearest) is not None and _one_of(theirs, mine)]
    # (The whole value: a score "14-7" is no "14-10".)
    same = [g for g in held if (g.value, g.upper, g.qualifier, g.canonical)
            == (fact.value, fact.upper, fact.qualifier, fact.canonical)]
    return same[0] if same else held[0] if len(held) == 1 else None


# --- polarity and certainty -----------------------------------------------------------------

def _antonyms(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return lexicon.compiled(_build_antonyms)


def _build_antonyms(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Opposite concepts: those of the single words of one side of a polarity ``opposites``
    group against those of the other side (the table ``compare`` reads its outcomes from)."""
    pairs: dict[str, set[str]] = {}
    for sides in _concept_sides(lexicon):
        for k, side in enumerate(sides):
            against = set().union(*(other for j, other in enumerate(sides) if j != k))
            for c in side:
                pairs.setdefault(c, set()).update(against - side)
    return {k: frozenset(v) for k, v in pairs.items() if v}


def _concept_sides(lexicon: Lexicon) -> list[list[set[str]]]:
    return [[{concept(w, lexicon) for w in side if " " not in w} for side in group]
            for group in opposite_groups(lexicon)]


def _kin(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return lexicon.compiled(_build_kin)


def _build_kin(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Concepts that state the same side of an outcome ("met" and "hit" a goal)."""
    kin: dict[str, set[str]] = {}
    for sides in _concept_sides(lexicon):
        for side in sides:
            for c in side:
                kin.setdefault(c, set()).update(side)
    return {k: frozenset(v) for k, v in kin.items()}


def _opposites(concept_name: str, lexicon: Lexicon) -> frozenset[str]:
    found = _antonyms(lexicon).get(concept_name, frozenset())
    if not found and concept_name.startswith("re") and len(concept_name) > 5:
        # "reopen" is "open" again
        found = _antonyms(lexicon).get(concept(concept_name[2:], lexicon), frozenset())
    return found


def _doer(side: Profile, p: Predication) -> frozenset[str]:
    """The names before a predication that may be its subject: not a speaker whose words it
    is part of ("X said the captain had not been suspended": X is not the one suspended).
    A passive act's doer is the name after "by" right after it ("was rejected by X"), or none
    told: its subject is what it is done to."""
    if p.passive:
        return frozenset(w for n in side.names
                         if n.preposition == "by" and 0 <= n.start - p.end <= AGENT_REACH for w in n.spelled)
    spoken = {w for n in side.names if n.speaks and n.end <= p.start for w in n.spelled}
    return p.subject - spoken


AGENT_REACH = 20
"""Characters after a passive verb within which "by X" names its doer ("rejected by 230 MPs" no)."""


def _predication_at(sentence: Sentence, at: int) -> Predication | None:
    return next((p for p in sentence.predications if p.start <= at < p.end), None)


def _outcome_at(sentence: Sentence, at: int) -> Outcome | None:
    return next((o for o in sentence.outcomes if o.start <= at < o.end), None)


def _doers_clash(claim: Profile, p: Predication | None, evidence: Profile, q: Predication | None,
                 lexicon: Lexicon) -> bool:
    """Whether two acts are told of two doers: both sides name who does it, and no name is
    both's ("X lost the final" / "Y won the final": Y's win is X's loss)."""
    if p is None or q is None:
        return False
    # (Names only: "Voters approved" names no one a name in the other could clash with.)
    ps, qs = _doer_names(claim, _doer(claim, p)), _doer_names(evidence, _doer(evidence, q))
    return bool(ps and qs and not (_canon_set(ps, lexicon) & _canon_set(qs, lexicon)))


def _doer_names(side: Profile, doer: frozenset[str]) -> frozenset[str]:
    """Every word of each name the doer's words are of: a subject is read only so far back
    ("... Communications Inc ACIA.O on Thursday agreed" keeps "inc"), and its name is whole."""
    return frozenset(w for n in side.names if not n.many and doer & set(n.spelled) for w in n.spelled)


def _moves_apart(claim: Profile, o: Outcome | None, evidence: Profile, q: Outcome | None,
                 lexicon: Lexicon) -> bool:
    """Whether two outcomes move or act on two things (``same_thing_moves``: "shares rose" /
    "sales are falling")."""
    levels, _ = lexicon.compiled(level_moves)
    # (Of a level's moves only: what an act on a thing is "about" is its doer, which two
    # sentences may well name two ways, "Tarco met its target" / "the firm missed it".)
    return o is not None and q is not None and o.group in levels \
        and not same_thing_moves(claim.sentence, o, evidence.sentence, q)


def polarity_conflict(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT,
                      published: dt.date | None = None) -> tuple[str, str] | None:
    """What the claim states and the evidence denies, or states the opposite of, as the
    two phrases; None when they do not disagree on any act.

    A denial or an opposite counts only where it is about what the claim speaks of: not
    where the two act on different things ("cut its timetable" / "raised its prices"), nor
    where the evidence also states the claim's own act of the same thing (its opposite is
    then told of another time: "after holding prices in May, it raised them"), nor where
    the evidence neither states the claim's act nor its opposite and denies only something
    the act concerns ("was cleared of the charges" / "denies the charges")."""
    pc, pe = claim.sentence.predications, evidence.sentence.predications
    acts = claim_acts(claim, lexicon)
    act_said = act_stated(claim, evidence, lexicon)
    for p in pc:
        if _restated(claim, p.start, p.end, evidence, lexicon,
                     lambda q, p=p: q.concept == p.concept and q.negated == p.negated):
            continue
        for q in pe:
            if held_until(evidence.text, q.end, lexicon) or held_until(claim.text, p.end, lexicon):
                continue  # "closed until Saturday" says it opens on Saturday
            if _doers_clash(claim, _predication_at(claim.sentence, p.start), evidence,
                            _predication_at(evidence.sentence, q.start), lexicon) \
                    or _other_things(claim, p.start, p.end, evidence, q.start, q.end, lexicon):
                continue
            # ("stole" is "did not steal" denied: an irregular verb's forms are one concept.)
            if p.concept == q.concept and p.negated != q.negated:
                affirmed = q if p.negated else p
                foretold = not p.finite and _foretold(evidence.sentence, q.start, lexicon)
                if affirmed is q and (not q.finite and not foretold or _aimed_not(evidence.sentence, q.end)):
                    continue  # "need to finalize" in the claim against a bare mention
                if not act_said and p not in acts:
                    continue
                return claim.text[p.start:p.end], evidence.text[q.start:q.end]
            if not p.negated and not q.negated and q.finite and q.concept in _opposites(p.concept, lexicon) \
                    and not _moves_apart(claim, _outcome_at(claim.sentence, p.start), evidence,
                                         _outcome_at(evidence.sentence, q.start), lexicon) \
                    and not _under_denial(pe, q) and not _acts_timed_apart(claim, p.end, evidence, q.end,
                                                                           published, lexicon) \
                    and not counted_apart(claim, evidence):
                return claim.text[p.start:p.end], evidence.text[q.start:q.end]
    found = outcome_conflict(claim, evidence, lexicon, published)
    if found and not counted_apart(claim, evidence):
        return found
    # "X has confirmed the meeting" against "X has yet to announce the meeting": the same
    # actor is said not to have acted on the same thing, in other words.
    named = {w for n in claim.names for w in n.spelled}
    # (A denial the claim makes too, "a motion of no confidence", is the claim's own words.)
    denied_too = {c.concept for c in pc if c.negated}
    for p in pc:
        actors = _canon_set(p.subject, lexicon) & named
        if p.negated or not p.finite or not actors:
            continue
        for q in pe:
            if not (q.negated and actors & _canon_set(q.subject, lexicon)) or q.concept in denied_too:
                continue
            done_to = _heads(_object(pe, q), lexicon)
            # "has not announced it" or "... the meeting"
            if not done_to or _heads(_object(pc, p), lexicon) & done_to:
                return claim.text[p.start:p.end], evidence.text[q.start:q.end]
    return None


def counted_apart(claim: Profile, evidence: Profile) -> bool:
    """Whether the two count those of two fates, some of a whole each, in two numbers ("killed
    179" / "18 survived"): opposite fates of two groups, no act denied. (A count of all of
    them, "all 40 survived", is of the whole; one number, "hired 200" / "laid off 200", tells
    one group's opposite fates.)"""
    def fated(side: Profile) -> tuple[set[str], set[float | None]]:
        counts = [(f, m.fates) for f, m in zip(side.sentence.facts, side.sentence.measures, strict=True)
                  if f.kind is FactKind.COUNT and m.fates
                  and not _ALL_OF.search(side.text, max(0, f.start - 8), f.start)]
        return {fate for _, fates in counts for fate in fates}, {f.value for f, _ in counts}
    (mine, my_values), (theirs, their_values) = fated(claim), fated(evidence)
    return bool(mine and theirs and not mine & theirs and not my_values & their_values)


_ALL_OF = re.compile(r"\b(?:all|every|each)\s+(?:the\s+|of\s+the\s+)?$", re.IGNORECASE)


FORETOLD_REACH = 2
"""Words between a forecast cue ("will") and the verb it tells of ("will then join")."""


def _foretold(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``start`` is told as what will be ("will join", "will then join"):
    as firm a statement of what is to come as a claim's own ("rather than join") is."""
    before = [t.norm for t in sentence.tokens if t.end <= start][-(FORETOLD_REACH + 1):]
    return any(w in lexicon.words("polarity", "foretelling") for w in before)


def _aimed_not(sentence: Sentence, end: int, start: int = 0) -> bool:
    """Whether the word ending at ``end`` is an infinitive after a denied wish or aim ("did
    not mean to hurt anyone", from ``start`` on): it tells no happening of the act, neither
    that it happened nor that it did not."""
    toks = sentence.tokens
    k = next((k for k, t in enumerate(toks) if t.end == end), 0)
    return k > 0 and toks[k - 1].norm == "to" and any(
        p.negated and start <= p.start < toks[k - 1].start for p in sentence.predications)


def _time_of_act(sentence: Sentence, end: int) -> Fact | None:
    """The first date after an act in its clause ("rose to 3.9% in May", "fall below 2% in
    the second quarter"): the time it is told of."""
    a, b = sentence.clause_at(end)
    return next((f for f in sentence.facts if is_date(f) and end <= f.start < b), None)


def _acts_timed_apart(claim: Profile, p_end: int, evidence: Profile, q_end: int,
                      published: dt.date | None, lexicon: Lexicon) -> bool:
    """Whether two acts are told of two times: opposite moves of a figure at two times are
    two moves, not one told two ways ("rose in May" / "is expected to fall next year")."""
    return timed_apart(_time_of_act(claim.sentence, p_end), _time_of_act(evidence.sentence, q_end),
                       (published, published), lexicon)


def outcome_conflict(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT,
                     published: dt.date | None = None) -> tuple[str, str] | None:
    """An outcome the claim states (``annotate.Outcome``: a word or phrase of one side of a
    polarity ``opposites`` group, no negation governing it) where the evidence states the
    other side of the same thing, as the two phrases: "fell short of" / "exceeded", "ruled
    in" / "ruled out", "fewer" / "more". The same scope as ``polarity_conflict``."""
    outcomes = evidence.sentence.outcomes
    for o in claim.sentence.outcomes:
        if _restated(claim, o.start, o.end, evidence, lexicon, None, (o.group, o.side)) \
                or _awaited(claim, o, evidence, lexicon):
            continue
        for q in outcomes:
            if q.group != o.group or q.side == o.side:
                continue
            if held_until(evidence.text, q.end, lexicon) or held_until(claim.text, o.end, lexicon):
                continue
            if _other_things(claim, o.start, o.end, evidence, q.start, q.end, lexicon) \
                    or _moves_apart(claim, o, evidence, q, lexicon) \
                    or _doers_clash(claim, _predication_at(claim.sentence, o.start), evidence,
                                    _predication_at(evidence.sentence, q.start), lexicon):
                continue
            if _under_denial(evidence.sentence.predications, q) \
                    or _acts_timed_apart(claim, o.end, evidence, q.end, published, lexicon):
                continue
            return claim.text[o.start:o.end], evidence.text[q.start:q.end]
    return None


def _awaited(claim: Profile, o: Outcome, evidence: Profile, lexicon: Lexicon) -> bool:
    """Whether the evidence tells the claim's outcome held off until a time ("closed after the
    fire and will not reopen until 9 am" for "was to reopen at 9 am"): it says the outcome
    comes then, and the other side it tells is of the time before."""
    told = _predication_at(claim.sentence, o.start)
    return told is not None and any(
        q.concept == told.concept and held_until(evidence.text, q.end, lexicon)
        for q in evidence.sentence.predications)


OBJECT_REACH = 3
"""Content words after an act, in its clause, that say what it acts on ("cut its parking fees")."""


def acted_on(sentence: Sentence, start: int, end: int, lexicon: Lexicon = DEFAULT,
             reach: int | None = OBJECT_REACH) -> frozenset[str]:
    """Concepts of the few content words (``reach``) after the act at ``start:end``, in its
    clause and before a subordinator ("evacuated | after the earthquake" says when, not
    what), the words of values left out (a figure is how much, a date when), with the
    concepts they say in other words: what the act is done to."""
    a, b = sentence.clause_at(start)
    subject = passive_subject(sentence, start, reach, lexicon)
    if subject is not None:
        return subject
    subordinators = lexicon.words("verdicts", "subordinators")
    b = next((t.start for t in sentence.tokens if end <= t.start < b and t.norm in subordinators), b)
    following = next((t for t in sentence.tokens if t.start >= end), None)
    if following is not None and following.norm in lexicon.words("verdicts", "placing_prepositions"):
        # "leaked from the vessel", "ran aground off the island": the words after say where
        # or whence, not what was acted on (the vessel may be the claim's named ship).
        return frozenset()
    found = [w.concept for w in sentence.words if end <= w.start < b
             and not any(f.start <= w.start < f.end for f in sentence.facts)][:reach]
    return frozenset(_heads(set(found), lexicon))


def passive_subject(sentence: Sentence, start: int, reach: int | None = OBJECT_REACH,
                    lexicon: Lexicon = DEFAULT) -> frozenset[str] | None:
    """What a passive act at ``start`` is done to: the concepts of the last few content
    words before it in its clause ("ferry fares were raised in the spring budget"); None for an act
    that is not passive."""
    act = _predication_at(sentence, start)
    if act is None or not act.passive:
        return None
    a = sentence.clause_at(start)[0]
    before = [w.concept for w in sentence.words if a <= w.start < start
              and not any(f.start <= w.start < f.end for f in sentence.facts)]
    return frozenset(_heads(set(before[-reach:] if reach else before), lexicon))


def _clause_words(sentence: Sentence, at: int, lexicon: Lexicon) -> set[str]:
    """Concepts of the clause around offset ``at``, with the concepts they say in other words:
    of its own verb phrase where a coordinator joins two ("froze ferry fares and raised
    parking charges": what was raised is not the fares)."""
    a, b = verb_phrase_at(sentence, at, lexicon)
    return _heads({w.concept for w in sentence.words if a <= w.start < b}, lexicon)


def verb_phrase_at(sentence: Sentence, at: int, lexicon: Lexicon = DEFAULT) -> tuple[int, int]:
    """The span of the verb phrase that holds offset ``at``: its clause, cut where a
    coordinator right before a verb (a past form, or one in -ing) opens another
    (``verb_coordinators``)."""
    a, b = sentence.clause_at(at)
    joiners = lexicon.words("verdicts", "verb_coordinators")
    done = {p.start for p in sentence.predications if p.finite}
    toks = [t for t in sentence.tokens if a <= t.start < b]
    cuts = [t.start for t, u in zip(toks, toks[1:], strict=False)
            if t.norm in joiners and (u.start in done or u.norm.endswith("ing") and len(u.norm) > 5)]
    return max([c for c in cuts if c < at], default=a), min([c for c in cuts if c > at], default=b)


def _other_things(claim: Profile, a0: int, a1: int, evidence: Profile, b0: int, b1: int,
                  lexicon: Lexicon) -> bool:
    """Whether two acts are done to different things: both say what, and neither's words for
    it stand in the other's clause ("cut its timetable" / "raised its ticket prices"; but
    "carried out the attack" / "the attack was carried out by ...")."""
    near_a, near_b = acted_on(claim.sentence, a0, a1, lexicon), acted_on(evidence.sentence, b0, b1, lexicon)
    if not near_a or not near_b:
        return False
    return not near_a & _clause_words(evidence.sentence, b0, lexicon) \
        and not near_b & _clause_words(claim.sentence, a0, lexicon)


def _restated(claim: Profile, start: int, end: int, evidence: Profile, lexicon: Lexicon,
              same_act: Callable[..., bool] | None, outcome: tuple[int, int] | None = None) -> bool:
    """Whether the evidence states the claim's act at ``start:end`` as the claim does (the
    same predication, or the same side of an outcome) of the same thing: an opposite or a
    denial elsewhere in it is then about another time or thing."""
    if outcome is not None:
        spans = [(q.start, q.end) for q in evidence.sentence.outcomes if (q.group, q.side) == outcome]
    else:
        spans = [(q.start, q.end) for q in evidence.sentence.predications if same_act and same_act(q)]
    # Only an act stated as done restates one done: "would not say when it might reopen"
    # does not say that it reopened.
    if _done(claim.sentence, start, end):
        spans = [(a, b) for a, b in spans if _done(evidence.sentence, a, b)]
    return any(not _other_things(claim, start, end, evidence, b0, b1, lexicon) for b0, b1 in spans)


def _done(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a predication within ``start:end`` is in a past or perfect form."""
    return any(p.finite and start < p.end <= end for p in sentence.predications)


def claim_acts(claim: Profile, lexicon: Lexicon = DEFAULT) -> list[Predication]:
    """The acts of the claim's main clause: its predications in a past or perfect form
    (affirmed or denied), names, values and verbs of speech left out; what the claim says
    happened ("was cleared", "moved", "has not ruled out")."""
    subordinators = lexicon.words("verdicts", "subordinators")
    speech = speech_words(lexicon)
    toks = claim.sentence.tokens
    first_sub = next((t.start for k, t in enumerate(toks) if k and t.norm in subordinators), len(claim.text))
    future = lexicon.phrases(("verdicts", "future_markers"))
    ahead = future.search(claim.text.casefold()) if future else None
    if ahead and ahead.start() < first_sub:
        return []  # "will be needed": what is to happen, not an act done
    spoken = {t.end for t in toks if t.norm in speech}
    # A verb that opens a clause told with "that" tells who told or found it ("officials
    # reported that 9 were rescued"): what was done is in the clause.
    spoken |= {t.end for t, nxt in zip(toks, toks[1:], strict=False) if nxt.norm == "that"}
    # "a downed power line": a form in -ed after an article describes a thing.
    described = {t.end for prev, t in zip(toks, toks[1:], strict=False) if prev.norm in _ARTICLES}
    held = [(f.start, f.end) for f in claim.claim.facts] + [(n.start, n.end) for n in claim.names]
    skipped = {p.start for p in light_acts(claim, lexicon)} | findings(claim, lexicon) \
        | {p.start for p in _happenings_dated(claim, lexicon)}
    held += _hedging(claim, lexicon)
    return [_act_of_its_stage(claim, p, lexicon) for p in claim.sentence.predications
            if p.finite and p.end <= first_sub and not p.capitalised and p.end not in spoken | described
            and not any(a < p.end <= b for a, b in held) and p.start not in skipped]


def _act_of_its_stage(claim: Profile, p: Predication, lexicon: Lexicon) -> Predication:
    """The act a verb of its stage is told of (``aspect_verbs``): "began responding", "started to
    evacuate" tell of responding, evacuating, begun, not of a start (what a source dates as
    "the fire started at 3:27" is no time of the response). Any other verb is its own act."""
    if claim.text[p.start:p.end].casefold() not in lexicon.words("verdicts", "aspect_verbs"):
        return p
    act = next((q for q in claim.sentence.predications if q.start >= p.end), None)
    if act is None:
        return p
    gap = claim.text[p.end:act.start].strip().casefold()
    if gap == "to" or not gap and claim.text[act.start:act.end].casefold().endswith("ing"):
        return act._replace(subject=p.subject or act.subject, negated=p.negated, finite=True)
    return p


def _role_told(claim: Profile, p: Predication, evidence: Profile, lexicon: Lexicon) -> bool:
    """Whether the claim's verb is one that only says its subject came to be what follows it
    (``role_verbs``: "X became interim president"), or did the act it names (``support_verbs``:
    "X carried out the attack", of X named there too), and the evidence names every word of
    what follows, up to a preposition or a comma: the point, which a source tells with a verb
    of its own ("took over as interim president", "X attacked")."""
    roles = lexicon.phrases(("verdicts", "role_verbs"))
    told = roles.match(claim.text.casefold(), p.start) if roles else None
    if told is None:
        supports = lexicon.phrases(("verdicts", "support_verbs"))
        told = supports.match(claim.text.casefold(), p.start) if supports else None
        if told is None or _doer_unnamed(claim, p, evidence):
            return False
    stop, ends = stopwords(lexicon), lexicon.words("measures", "fate_object_breaks")
    role: set[str] = set()
    for t in (t for t in claim.sentence.tokens if t.start >= told.end()):
        if t.norm in ends or any(mark in claim.text[told.end():t.start] for mark in ",;:"):
            break
        if t.norm not in stop and t.norm.isalpha():
            role.add(concept(t.norm, lexicon))
    return bool(role) and role <= evidence.concepts


def _doer_unnamed(claim: Profile, p: Predication, evidence: Profile) -> bool:
    """Whether the claim names the doer right before its verb ("X carried out the attack") and the
    evidence names no one that is X: "the attack hit the network" does not say X carried it out."""
    doer = next((n for n in claim.names if n.end <= p.start and not claim.text[n.end:p.start].strip(" )")),
                None)
    return doer is not None and not any(doer.same_entity(m) for m in evidence.names)


def light_acts(claim: Profile, lexicon: Lexicon = DEFAULT) -> list[Predication]:
    """The claim's verbs that only say its subject had or brought what their object
    measures (``light_verbs`` before a figure of the claim: "the storm brought winds of
    90 km/h"): they state nothing beyond the figure, which is the claim's point."""
    light = lexicon.compiled(_light_concepts)
    valued = [f.start for f in claim.claim.facts if not is_date(f)]
    # A tally right after its verb is what the act came to ("voted 205-198", "won 3-1"):
    # the sentence that gives the tally of the same thing ("the motion passed 205-198",
    # "the final score was 3-1") tells the act in giving it.
    tallied = [f.start for f in claim.claim.facts if f.unit == SCORE]
    # So is a verb of lasting before a span ("the raid lasted five minutes"): the span is the
    # point, which a source tells with its own verb ("the raid took seven minutes").
    lasting = lexicon.compiled(_lasting_concepts)
    spans = [f.start for f in claim.claim.facts if f.kind is FactKind.DURATION]
    return [p for p in claim.sentence.predications
            if (p.concept in light and any(p.end <= at for at in valued))
            or (p.concept in lasting and any(p.end <= at for at in spans))
            or any(not claim.text[p.end:at].strip() for at in tallied)]


def _light_concepts(lexicon: Lexicon) -> frozenset[str]:
    """The concepts of the light verbs (``light_verbs``: "brought", "saw", "carried")."""
    return frozenset(concept(w, lexicon) for w in lexicon.words("verdicts", "light_verbs"))


def _lasting_concepts(lexicon: Lexicon) -> frozenset[str]:
    """The concepts of the verbs of lasting (``lasting_verbs``: "lasted", "took", "spanned")."""
    return frozenset(concept(w, lexicon) for w in lexicon.words("measures", "lasting_verbs"))


def _stage_concepts(lexicon: Lexicon) -> frozenset[str]:
    """The concepts of the units of an event's stages (``event_stages``: "half", "quarter")."""
    units = (lexicon.table("measures", "event_stages", {}) or {}).get("units", [])
    return frozenset(concept(str(u), lexicon) for u in units)


_ARTICLES = frozenset({"a", "an", "the"})


def act_stated(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT,
               acts: Sequence[Predication] | None = None, opposite: bool = True) -> bool:
    """Whether the evidence states one of the claim's acts (``claim_acts``, or those given)
    in its words or others (another form, a word of the same side of an outcome, a
    paraphrase), or (unless not ``opposite``) states the opposite act of the same thing; True
    for a claim with no act in a past or perfect form (one that says what will happen, or what is)."""
    acts = claim_acts(claim, lexicon) if acts is None else acts
    if not acts:
        return True
    heads, kin = _paraphrase_heads(lexicon), _kin(lexicon)
    # (An irregular verb in another form is its act too, "will pay" for "paid": its forms are
    # one concept, ``text.concept``.)
    words = [(w.start, w.end, w.concept) for w in evidence.sentence.words if w.start not in evidence.topics]
    for p in acts:
        alike = {p.concept} | kin.get(p.concept, frozenset()) | heads.get(p.concept, frozenset())
        # "took off" is "departed": a phrase of the claim says its group's word as well.
        alike |= {head for a, b, head in (*claim.sentence.paraphrases, *claim.acts) if a <= p.start < b}
        if _role_told(claim, p, evidence, lexicon):
            return True
        if any(_one_word(c, a) or heads.get(c, frozenset()) & alike for _, _, c in words for a in alike) \
                or any(head in alike for _, _, head in (*evidence.sentence.paraphrases, *evidence.acts)) \
                or alike & evidence.act_forms:
            return True  # (or a noun of the act: "the theft of" says "stole", "three goals" "scored")
        # "was sold to X" says "X bought": the converse act, told of the claim's doer after "to".
        # (Asked of every sentence a claim meets: the doer's words are read only for an act
        # that has a converse.)
        converse = _converses(lexicon).get(p.concept)
        if converse:
            doer = p.subject or frozenset(w.norm for w in claim.sentence.words if w.end <= p.start)
            if any(c in converse and _to_the_doer(evidence, b, doer) for _, b, c in words):
                return True
        # (Every content word: a cue of denial is no predication, "denied the transfer".)
        opposites = _opposites(p.concept, lexicon) if opposite else frozenset()
        spans = [(a, b) for a, b, c in words if c in opposites]
        moving = _outcome_at(claim.sentence, p.start)
        if any(not _other_things(claim, p.start, p.end, evidence, a, b, lexicon)
               and not _moves_apart(claim, moving, evidence, _outcome_at(evidence.sentence, a), lexicon)
               for a, b in spans):
            return True
    # "shares rose" is stated by "shares are up"; "reopened" is denied by "remained closed"
    mine = [o for o in claim.sentence.outcomes if any(o.start <= p.start < o.end or p.start <= o.start < p.end
                                                      for p in acts)]
    return any(q.group == o.group and not _moves_apart(claim, o, evidence, q, lexicon) and (
        q.side == o.side or opposite and not _other_things(claim, o.start, o.end, evidence, q.start, q.end,
                                                           lexicon))
        for o in mine for q in evidence.sentence.outcomes)


def _converses(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return lexicon.compiled(_build_converses)


def _build_converses(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each act's converse (``verdicts.yaml`` converses): one happening told from the other
    side ("X bought it" / "it was sold to X")."""
    found: dict[str, set[str]] = {}
    for one, other in lexicon.table("verdicts", "converses", []) or []:
        a, b = concept(str(one).casefold(), lexicon), concept(str(other).casefold(), lexicon)
        found.setdefault(a, set()).add(b)
        found.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in found.items()}


CONVERSE_REACH = 4
"""Tokens after a converse act within which "to" names its other side ("sold on Monday to X")."""


def _to_the_doer(evidence: Profile, end: int, doer: frozenset[str]) -> bool:
    """Whether "to" right after the act (within ``CONVERSE_REACH`` tokens) names the doer, by
    one of its words, in the three tokens after it ("sold to dealer X")."""
    after = [t for t in evidence.sentence.tokens if t.start >= end][:CONVERSE_REACH + 3]
    at = next((k for k, t in enumerate(after[:CONVERSE_REACH]) if t.norm == "to"), None)
    return at is not None and any(t.norm in doer for t in after[at + 1:at + 4])


def _discussed(sentence: Sentence, lexicon: Lexicon, span: int = 4) -> frozenset[int]:
    """Starts of the words a noun of discussion is about ("talks over the pay settlement",
    "a dispute about the contract"): what is argued over is no act told as done."""
    nouns = lexicon.words("verdicts", "discussion_nouns")
    preps = lexicon.words("verdicts", "topic_prepositions")
    toks = sentence.tokens
    done = {p.start for p in sentence.predications if p.finite}
    found: set[int] = set()
    for k in range(len(toks) - 1):
        if toks[k].norm not in nouns:
            continue
        # (Whom it is held with may come first: "talks with the union over the deal".)
        at = next((j for j in range(k + 1, min(k + 1 + span, len(toks)))
                   if toks[j].norm in preps), None)
        if at is None or any(not toks[j].norm.isalpha() for j in range(k + 1, at)):
            continue
        for t in toks[at + 1:at + 1 + span]:
            if not (t.norm.isalpha() or t.norm.endswith("'s")) or t.start in done:
                break
            found.add(t.start)
    return frozenset(found)


_STEM_SHARE = 5
"""Letters two concepts must share at their start, at least, to be one word in two forms
("injur" of "injured" and "injury" of "no injuries") where the light stemmer leaves them apart."""


def _one_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= _STEM_SHARE and (a.startswith(b) or b.startswith(a)))


def _under_denial(side, q, span: int = 3) -> bool:
    """Whether the predicate ``q`` is among the few words a denied verb acts on ("will not
    accept a pay cut"): what is refused there is not stated to have happened."""
    for r in side:
        if r.negated and r.end <= q.start and q in [x for x in side if x.start >= r.end][:span]:
            return True
    return False


_UNTIL_REACH = 24
"""Characters after a predicate within which an ``until_leads`` word makes it a state that
ends then ("remain closed for now until 14 March")."""


def held_until(text: str, end: int, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the state or denial ending at ``end`` is said to hold until a time ("will stay
    closed until Monday", "will not resume until Monday"): it then says the opposite happens
    at that time, which is no contradiction of a claim that it happens then."""
    lead = lexicon.phrases(("verdicts", "until_leads"))
    after = text[end:end + _UNTIL_REACH].casefold()
    m = lead.search(after) if lead else None
    return (m is not None and not re.search(r"[,;:.]", after[:m.start()])
            and len(after[:m.start()].split()) <= 2)


def _negative_subject(lexicon: Lexicon) -> re.Pattern[str] | None:
    return lexicon.phrases(("verdicts", "negative_subjects"))


def opens_with_negative_subject(claim: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the claim's subject is "no one", "nobody", "nothing", or a noun a negative
    determiner denies ("No homes were damaged"): its content is what it denies, not what
    it is about."""
    pattern = _negative_subject(lexicon)
    m = pattern.match(claim.text.casefold()) if pattern else None
    if m is not None:
        return True
    # "No homes were damaged" denies the act as "no one was hurt" does (the annotate stage
    # carries the determiner's denial to the verb, from the determiner on).
    return any(p.negated and p.finite and p.start == 0 for p in claim.sentence.predications)


def denied_acts(claim: Profile, lexicon: Lexicon = DEFAULT) -> list[Predication]:
    """The acts a claim opening with a negative subject denies ("was injured" of "No one at
    the party was injured"): its point, whoever the subject names."""
    if not opens_with_negative_subject(claim, lexicon):
        return []
    return [p for p in claim_acts(claim, lexicon) if p.negated]


def denied_subject_words(claim: Profile, lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """Concepts of the words between a claim's negative subject and the act it denies ("at
    the party" of "No one at the party was injured"): they say among whom no one was, which
    a source says in its own words ("none of the guests"), as it may a name's."""
    acts = denied_acts(claim, lexicon)
    if not acts:
        return frozenset()
    # (A denied predication spans from its cue: the verb is its own word in it.)
    done = {p.concept for p in acts}
    verb = min((w.start for w in claim.sentence.words if w.concept in done), default=0)
    return frozenset(w.concept for w in claim.sentence.words if w.end <= verb) - done


def unchanged_where_claim_changes(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT
                                  ) -> tuple[str, str] | None:
    """The claim's verb of change and the evidence's word for no change, when the evidence
    leaves what the claim says was changed as it was ("cut its outlook" / "left its outlook
    unchanged"): both words must govern the same thing, the few content words after the
    claim's verb. None otherwise, or when the claim is itself negated."""
    pattern = lexicon.phrases(("verdicts", "no_change"))
    changes = lexicon.compiled(_change_verbs)
    if pattern is None or not changes or claim.sentence.denies:
        return None
    stop = stopwords(lexicon)
    inside = _words_inside(claim, claim.claim.facts, lexicon)
    toks = [t for t in claim.sentence.tokens if t.norm not in stop]
    verb = next((k for k, t in enumerate(toks) if concept(t.norm, lexicon) in changes), None)
    if verb is None:
        return None
    changed = concept(toks[verb].norm, lexicon)
    if _restated(claim, toks[verb].start, toks[verb].end, evidence, lexicon,
                 lambda q: q.concept == changed and not q.negated):
        return None  # "after leaving rates unchanged in May, it raised them": the change is stated too
    # (What a passive change is done to stands before it: "ferry fares were raised".)
    subject = passive_subject(claim.sentence, toks[verb].start, OBJECT_REACH, lexicon)
    thing = set(subject) if subject is not None \
        else {concept(t.norm, lexicon) for t in toks[verb + 1:verb + 4]} - inside
    text = evidence.text
    for cue in pattern.finditer(text.casefold()):
        a, b = next(((a, b) for a, b in evidence.sentence.clauses if a <= cue.start() < b), (0, len(text)))
        said = {concept(t.norm, lexicon) for t in evidence.sentence.tokens if a <= t.start < b}
        if thing and len(thing & said) >= min(2, len(thing)):
            return toks[verb].text, text[cue.start():cue.end()]
    return None


def denied_evidence(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT) -> str:
    """The cue with which the evidence denies there is ground for what the claim states
    ("found no evidence that the files were copied"): the words denied stand in a clause
    of their own, after the cue, where no negation reaches them. "" when it does not, or
    when the claim is itself negated or hedged."""
    pattern = lexicon.phrases(("verdicts", "evidence_denials"))
    hedged = lexicon.phrases(("certainty", "hedges"), ("verdicts", "claim_hedges"))
    if pattern is None or claim.sentence.denies or (hedged and hedged.search(claim.text)):
        return ""
    core = point(claim, lexicon)
    text = evidence.text
    for cue in pattern.finditer(text.casefold()):
        end = next((b for a, b in evidence.sentence.clauses if a <= cue.start() < b), len(text))
        stop = re.search(r"[,;:]", text[cue.end():end])
        until = cue.end() + stop.start() if stop else end
        denied = {concept(t.norm, lexicon) for t in evidence.sentence.tokens if cue.end() <= t.start < until}
        # Enough of the claim's point stands in the denied clause to be the same statement.
        if core and len(core & denied) >= min(2, len(core)):
            return text[cue.start():cue.end()]
    return ""


def _object(side, p, span: int = 3) -> set[str]:
    """Concepts of the few content words right after a predicate: what it acts on."""
    return {q.concept for q in [q for q in side if q.start >= p.end][:span]}


def _heads(found: set[str], lexicon: Lexicon) -> set[str]:
    """The concepts with the concepts they say in other words (``paraphrases``: "conciliation"
    says "mediation")."""
    return found | {head for c in found for head in _paraphrase_heads(lexicon).get(c, ())}


def _paraphrase_heads(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return lexicon.compiled(_build_paraphrase_heads)


def _build_paraphrase_heads(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    heads: dict[str, set[str]] = {}
    groups = [*(lexicon.table("verdicts", "paraphrases", []) or []),
              *(lexicon.table("verdicts", "act_paraphrases", []) or [])]
    for group in groups:
        head = concept(str(group[0]).casefold(), lexicon)
        for word in group:
            if " " not in str(word):
                heads.setdefault(concept(str(word).casefold(), lexicon), set()).add(head)
    return {k: frozenset(v) for k, v in heads.items()}


def _canon_set(words: frozenset[str], lexicon: Lexicon) -> set[str]:
    return {canonical(w, lexicon) for w in words}


_CLAUSE_END = re.compile(r"[;:](?=\s)")
"""Punctuation that ends a clause a hedge governs."""
_PHRASE_BREAK = re.compile(r"[,;:](?=\s)|[()\[\]]|\s[–—-]\s")
"""Punctuation that closes a phrase (not the comma of "20,000" nor the dash of "7-2")."""

HEDGE_REACH = 3
"""A hedge weakens a statement when at most this many content words stand between it
and a word the claim shares: "could be cut", not "could prevent a new ... fee"."""


def hedged_where_claim_asserts(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT,
                               near: tuple[int, int] | None = None) -> str:
    """The cue with which the evidence hedges what the claim states plainly ("could").

    A claim that is itself hedged is never weakened; one that says what "will" happen
    only by a hedge that doubts ("could", "signaled"), not one that expects. ``near``
    limits the search to the clause around that span (a value the claim states).
    """
    claim_hedged = lexicon.phrases(("certainty", "hedges"), ("verdicts", "claim_hedges"))
    if claim_hedged and claim_hedged.search(claim.text):
        return ""
    future = lexicon.phrases(("verdicts", "future_markers"))
    weak = lexicon.words("verdicts", "weak_hedges")
    # A claim that someone forecast something states an expectation: "expects" says it.
    expecting_claim = lexicon.phrases(("verdicts", "expectation_acts"))
    # So does one that reports a "will" ("said it would appeal"): a source's plan or
    # expectation ("plans to appeal") says the same, no less firmly.
    ctoks = claim.sentence.tokens
    forward = bool(future and future.search(claim.text.casefold())) or bool(
        expecting_claim and expecting_claim.search(claim.text.casefold())) or any(
        t.norm == "would" and _after_speech(ctoks, t.start, lexicon) for t in ctoks)
    credit = lexicon.words("certainty", "credit_only")
    shared = claim.concepts & evidence.concepts
    if not shared:
        return ""
    stop = stopwords(lexicon)
    text = evidence.text
    about_speech = _speaks_about(claim, lexicon)
    bounds = [(0, len(text))]
    if near is not None:
        bounds = [b for b in evidence.sentence.clauses if b[0] <= near[0] < b[1]] or bounds
    toks = evidence.sentence.tokens
    # Read as compare reads them: "than anticipated", "its hopes of" hedge nothing.
    cues = hedge_cues(text, lexicon)
    expecting = [c for c in cues if " ".join(c.group().casefold().split()) in weak]
    for cue in cues:
        if not any(a <= cue.start() < b for a, b in bounds):
            continue
        if forward and " ".join(cue.group().casefold().split()) in weak:
            continue
        crediting = " ".join(cue.group().casefold().split()) in credit
        if crediting and _credits_claims_own(claim, evidence, cue.end(), lexicon):
            continue  # "according to X" where the claim says X put it so: the claim's own credit
        if cue.group().endswith("ing") and text[:cue.start()].rstrip().rstrip("\"'”’").endswith(","):
            continue  # ", suggesting ...": the writer's gloss on what was stated, not a hedge of it
        if _takes_an_object(evidence, cue, lexicon):
            continue  # "claimed her third title": what was won, not a claim that it was
        if qualifies_noun(text, toks, cue.start(), cue.end(), stance_tables(lexicon), stop):
            continue  # "with expected growth to ...": the noun is awaited, no act is hedged
        backshifted = forward and cue.group().casefold() == "would" and (
            _after_speech(toks, cue.start(), lexicon) or any(c.end() <= cue.start() for c in expecting))
        if backshifted or (about_speech and _after_speech(toks, cue.start(), lexicon)):
            # "he said it would ..." and "optimism that it would ..." report a "will"; and
            # a claim that someone spoke about a topic is not weakened by how sure the
            # words were.
            continue
        between = 0
        last = cue.end()
        # A hedge inside an aside weakens the aside, not what follows its close: "the crash,
        # the worst according to old records, happened on Friday" credits only the aside.
        # (One before an aside reaches past it: "it is likely, though unconfirmed, that ...".)
        aside = bool(_PHRASE_BREAK.search(text[:cue.start()]))
        for t in (t for t in toks if t.start >= cue.end()):
            if (aside and _PHRASE_BREAK.search(text[last:t.start])) \
                    or _CLAUSE_END.search(text, last, t.start):
                break  # (nor does a hedge reach past a colon or a semicolon: "a challenge looks likely: ...")
            last = t.end
            if t.norm in stop:
                continue
            if concept(t.norm, lexicon) in shared:
                return cue.group()
            between += 1
            if between >= HEDGE_REACH:
                break
    return ""


CLAIMED_CLAUSE_REACH = 4
"""Words after a possessive within which a clause's verb shows that a verb of claiming
reports a statement ("claimed its troops had taken the town")."""


def _takes_an_object(evidence: Profile, cue: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether a verb of claiming (``object_claims``) takes what was won as its object ("claimed
    his maiden title", "claims their first win"): a possessive follows it, and no verb of a
    clause comes within ``CLAIMED_CLAUSE_REACH`` words after that."""
    if " ".join(cue.group().casefold().split()) not in lexicon.words("verdicts", "object_claims"):
        return False
    toks = [t for t in evidence.sentence.tokens if t.start >= cue.end()]
    if toks and any(f.start == toks[0].start and f.kind is FactKind.COUNT for f in evidence.sentence.facts):
        return True  # "claimed four wickets", "claimed 12 lives": a count taken, no claim made
    if not toks or toks[0].norm not in lexicon.words("verdicts", "possessives"):
        return False
    reach = toks[1:1 + CLAIMED_CLAUSE_REACH]
    if not reach:
        return False
    end = reach[-1].end
    return not any(p.finite and toks[0].end <= p.start < end for p in evidence.sentence.predications)


CREDIT_REACH = 6
"""Characters between a credit cue and the name it credits ("according to the ...")."""


def _credits_claims_own(claim: Profile, evidence: Profile, at: int, lexicon: Lexicon) -> bool:
    """Whether the name right after offset ``at`` in the evidence is one the claim names, or
    the words it credits are all the claim's own ("according to the state police", "according
    to exit polls" where the claim says the police or the exit poll put it so): a claim that X
    put a figure at N says what "according to X" credits, no more firmly."""
    credited = _credited_words(evidence, at, lexicon)
    if credited and credited <= claim.concepts:
        return True
    return any(at <= m.start <= at + CREDIT_REACH
               and any(n.same_entity(m) or n.abbreviates(m) or m.abbreviates(n)
                       or (len(n.spelled) > 1 and len(set(n.spelled) & set(m.spelled)) >= 2)
                       for n in claim.names)
               for m in evidence.names)


CREDITED_WORDS = 4
"""Words of the phrase a credit cue names ("according to the regional state police")."""


def _credited_words(evidence: Profile, at: int, lexicon: Lexicon) -> frozenset[str]:
    """The concepts of the content words of the phrase right after offset ``at``, past its
    determiner, up to punctuation or a function word."""
    text = evidence.text
    out: list[str] = []
    toks = [t for t in evidence.sentence.tokens if t.start >= at][:CREDITED_WORDS + 1]
    stop = stopwords(lexicon)
    for k, t in enumerate(toks):
        if k and text[toks[k - 1].end:t.start].strip():
            break
        if t.norm in stop:
            if out:
                break
            continue  # (its determiner: "the state police")
        if not t.norm.isalpha():
            break
        out.append(concept(t.norm, lexicon))
    return frozenset(out)


def _after_speech(toks: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Whether a verb of speech stands before offset ``at`` in the sentence."""
    speech = speech_words(lexicon)
    return any(t.norm in speech for t in toks if t.end <= at)


def _speaks_about(claim: Profile, lexicon: Lexicon) -> bool:
    """Whether the claim is about someone speaking on a topic ("spoke about X", "talked
    on Y"), rather than about what the words stated."""
    speech = speech_words(lexicon)
    words = [t.norm for t in claim.sentence.tokens]
    return any(a in speech and b in ("about", "on", "of") for a, b in zip(words, words[1:], strict=False))


def only_a_topic(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT) -> str:
    """The cue with which the evidence lists the claim's subject among things discussed
    ("key points for discussion include ..."), where the claim states what was done and
    the evidence does not repeat all of it; "" otherwise."""
    pattern = lexicon.phrases(("verdicts", "topic_cues"))
    if pattern is None or pattern.search(claim.text.casefold()):
        return ""
    core = point(claim, lexicon)
    text = evidence.text
    for a, b in evidence.sentence.clauses:
        cue = pattern.search(text[a:b].casefold())
        said = {concept(t.norm, lexicon) for t in evidence.sentence.tokens if a <= t.start < b}
        # The cue must govern the claim's matter: in the clause that names it.
        if cue and said & claim.concepts and core - said:
            return cue.group()
    return ""


def _quoted_figure(claim: Profile, evidence: Profile, m: FactMatch, lexicon: Lexicon) -> bool:
    """Whether both values of the match stand inside one remark that the claim and the
    evidence quote in other words: a figure worded otherwise there is a misquotation."""
    stop = stopwords(lexicon)
    a, b = m.claim_fact, m.source_fact
    return any(q.start <= a.start and a.end <= q.end and r.start <= b.start and b.end <= r.end
               and relate_quotes(q, r, stop) is not QuoteRelation.UNRELATED
               for q in claim.sentence.quotes for r in evidence.sentence.quotes)


def quote_variant(claim: Profile, evidence: Profile, lexicon: Lexicon = DEFAULT) -> str:
    """The evidence's wording of a quotation the claim words differently."""
    stop = stopwords(lexicon)
    for q in claim.sentence.quotes:
        for r in evidence.sentence.quotes:
            if relate_quotes(q, r, stop) is QuoteRelation.VARIANT:
                return r.text
    return ""


# --- relevance ------------------------------------------------------------------------------

def unit_words(claim: Profile, lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """Concepts the claim uses only inside its shares, amounts and spans of time ("percent"
    of "50 percent", "billion", "five-year", "years old"): they count through the value, not as words
    that another value's sentence repeats. (The noun of a count, "40 patients", says what
    is counted.)"""
    scales = [f for f in claim.claim.facts if f.kind in (FactKind.PERCENT, FactKind.MONEY, FactKind.DURATION)
              or f.unit == AGE_UNIT]
    return _words_inside(claim, scales, lexicon)


def _words_inside(claim: Profile, facts: Sequence[Fact], lexicon: Lexicon) -> frozenset[str]:
    """Concepts the claim uses only inside the given values."""
    inside: set[str] = set()
    outside: set[str] = set()
    for t in claim.sentence.tokens:
        held = any(f.start <= t.start < f.end for f in facts)
        words = {concept(t.norm, lexicon)} | (set(_parts(t.norm, lexicon)) if "-" in t.norm else set())
        (inside if held else outside).update(words)
    return frozenset(inside - outside)


def coverage(claim: Profile, sentence: Profile, corpus: Corpus, lexicon: Lexicon = DEFAULT,
             matches: Sequence[FactMatch] | None = None, dated: Sequence[FactMatch] | None = None,
             vaguely: Sequence[Fact] = ()) -> float:
    """Share of the claim's content the sentence repeats, each concept weighted by its
    rarity and names by half (who is involved matters less than what is said of them).
    A concept whose opposite the sentence states counts as addressed. Given the fact
    matches, each value of the claim counts too, as a rare word, when the sentence
    states a value of the same thing (equal or not). Given the matches as ``dated``, the
    words of the claim's dates count only through the dates: "Sunday" is addressed by
    the sentence that says "Saturday" for it, and "August" is no word of what happened."""
    # The name the claim opens with is its subject, what it is about: it weighs in full.
    minor = [n for n in claim.names if n.start > 0]
    name_words = {w for n in minor for w in n.spelled} | {
        concept(t.norm, lexicon) for n in minor for t in claim.sentence.tokens if n.start <= t.start < n.end}
    if denied_act_answered(claim, sentence, lexicon):
        # "no guest was hurt" for "No one at the party was injured": who the denial covers
        # is said in the source's words, as a name may be; so is it where the sentence
        # tells of the act as done of some ("two guests had injuries"), which contradicts it.
        name_words |= denied_subject_words(claim, lexicon)
    total = covered = 0.0
    # (A verb that only brings the claim's figure is said by the figure: ``light_acts``;
    # a verb of a tally is a word of the act still, "vote" for "voted 205-198".)
    light = lexicon.compiled(_light_concepts)
    lasting = lexicon.compiled(_lasting_concepts)
    brought = {p.concept for p in light_acts(claim, lexicon)} & (light | lasting)
    spanned = brought & lasting
    if spanned and lasting & sentence.concepts:
        # A verb of lasting before a span is told by any other ("took" for "lasted"), where one is.
        brought -= spanned
        sentence = replace(sentence, concepts=sentence.concepts | spanned)
    counted = claim.concepts - unit_words(claim, lexicon) - brought \
        - {p.concept for p in _happenings_dated(claim, lexicon)}
    dates = [f for f in claim.claim.facts if f.kind in DATE_KINDS] if dated is not None else []
    date_words = _words_inside(claim, dates, lexicon)
    counted -= date_words
    # A hyphenated word is one word of the claim: "ARBOR-UC" must not weigh as three
    # names, and "the Trump-Xi meeting" is half addressed by a sentence naming one of them.
    parts = {part for c in counted if "-" in c for part in _parts(c, lexicon)}
    for c in counted - parts:
        pieces = _parts(c, lexicon) if "-" in c else ()
        w = max([corpus.weight(x) for x in (c, *pieces)]) * (0.5 if c in name_words else 1.0)
        total += w
        if concept_said(c, sentence, lexicon):
            covered += w
        elif pieces:
            covered += w * sum(p in sentence.concepts for p in pieces) / len(pieces)
    if dates and dated is not None:
        # A date weighs like its heaviest word, and is addressed by any date given for it.
        aligned = {m.claim_fact.start for m in dated}
        for f in dates:
            inside = _words_inside(claim, [f], lexicon) & date_words
            w = max((corpus.weight(x) for x in inside), default=0.0)
            total += w
            covered += w if f.start in aligned else 0.0
    if matches is not None:
        # A score ("voted 6-3") is one value of two figures: it weighs as the two would.
        ceiling = corpus.weight("")
        figures = {f.start: 2 if f.unit == SCORE else 1 for f in claim.claim.facts}
        total += ceiling * sum(figures.values())
        covered += ceiling * sum(figures.get(start, 1) for start in {m.claim_fact.start for m in matches})
        # A count told only as a plural scale word ("thousands have fled") is half told.
        covered += ceiling * len(vaguely) / 2
    return covered / total if total else 0.0


def _happenings_dated(claim: Profile, lexicon: Lexicon) -> list[Predication]:
    """The claim's verbs of happening ("happened", "occurred") a date follows: "the collision
    happened on Monday" says when the collision was, which a sentence tells with its own verb
    ("collided on Tuesday"); the verb says nothing else, no act of its own."""
    happening = lexicon.words("verdicts", "happening_verbs")
    dates = [f.start for f in claim.claim.facts if f.kind in DATE_KINDS or f.unit == CLOCK_TIME]
    return [p for p in claim.sentence.predications
            if claim.text[p.start:p.end].casefold() in happening and any(p.end <= at for at in dates)]


def concept_said(c: str, sentence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the sentence says the claim's concept ``c``: in its words (the claim's nouns of
    an act as the verbs that tell them: ``with_claims_act_nouns``), or as its opposite."""
    return c in sentence.concepts or bool(_opposites(c, lexicon) & sentence.concepts)


def counted_vaguely(claim: Profile, sentence: Profile, matches: Sequence[FactMatch],
                    lexicon: Lexicon = DEFAULT) -> list[Fact]:
    """The claim's counts that the sentence, stating the claim's act, gives only as a plural
    scale word standing for the ones acted on ("thousands have fled their homes" for "more
    than 10,000 people were evacuated"): no figure to set against the claim's, but an amount
    of the same thing."""
    paired = {m.claim_fact.start for m in matches}
    counts = [f for f in claim.claim.facts if f.kind is FactKind.COUNT and f.start not in paired]
    if not counts:
        return []
    scales = {str(w).casefold() for w in (lexicon.table("numbers", "vague_numbers", {}) or {})
              if " " not in str(w)}
    # (Within a figure of its own, "thousands" is a scale word only when the figure is no more.)
    facts = [f for f in sentence.claim.facts if not is_vague(f, lexicon)]
    if not any(t.norm in scales and not any(f.start <= t.start < f.end for f in facts)
               for t in sentence.sentence.tokens):
        return []
    if not claim_acts(claim, lexicon) or not act_stated(claim, sentence, lexicon):
        return []
    return counts


def _parts(compound: str, lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(concept(part, lexicon) for part in compound.split("-") if part)


def relevance(claim: Profile, sentence: Profile, corpus: Corpus, published: dt.date | None,
              options: CheckOptions, lexicon: Lexicon = DEFAULT,
              source_words: frozenset[str] = frozenset()) -> float:
    referred = anaphor_for_subject(claim, sentence, source_words, lexicon)
    if referred:
        sentence = replace(sentence, concepts=sentence.concepts | {referred})
    called = called_by_kind(claim, sentence, source_words, lexicon) \
        | spelled_otherwise(claim, sentence, lexicon)
    if called:
        sentence = replace(sentence, concepts=sentence.concepts | called)
    given = post_relation(claim, sentence, lexicon)
    if given:
        # A post given in other words ("its CEO") repeats the claim's words for it.
        pattern = _titles(lexicon)[0]
        written = {w.concept for m in (pattern.finditer(claim.text) if pattern else ())
                   for w in claim.sentence.words if m.start() <= w.start < m.end()}
        sentence = replace(sentence, concepts=sentence.concepts | written)
    sim = max(similarity(claim.units[0], u) for u in sentence.units)
    matches, _ = align_facts(claim, sentence, corpus, published)
    vaguely = counted_vaguely(claim, sentence, matches, lexicon)
    covered = coverage(claim, sentence, corpus, lexicon, matches, vaguely=vaguely)
    score = options.similarity_weight * sim + options.coverage_weight * covered
    if any(m.relation in (FactRelation.SAME, FactRelation.ROUNDING)
           or (m.relation is FactRelation.COMPATIBLE_BOUNDS and is_date(m.claim_fact))
           for m in matches):
        score += options.fact_bonus  # it states the claim's value (a date perhaps as its week)
        if any(m.relation is FactRelation.SAME and _distinctive(m.claim_fact) for m in matches):
            # A value few things in a story share ("81,627", "$48.6 million") ties the sentence to the
            # claim as a rare word would.
            score += options.fact_bonus
    elif any(m.relation is FactRelation.DIFFERENT and _one_fate(claim, sentence, m)
             and not another_holder(claim, sentence, m, corpus.rarity, lexicon) for m in matches):
        # Another count of the claim's fate, however worded ("150 died" for "the toll stood at
        # 154"), answers it as directly as the same one.
        score += options.fact_bonus
    elif any(m.relation is FactRelation.DIFFERENT and _one_measured_thing(claim, sentence, m, lexicon)
             and not another_holder(claim, sentence, m, corpus.rarity, lexicon) for m in matches):
        # Another reading of the thing the claim measures ("a 375-metre bridge" for "the bridge
        # is 750 metres long") answers it as directly as the same one.
        score += options.fact_bonus
    elif any(m.relation is FactRelation.DIFFERENT and m.claim_fact.kind is FactKind.COUNT
             and m.claim_fact.unit and m.claim_fact.unit == m.source_fact.unit
             and not another_holder(claim, sentence, m, corpus.rarity, lexicon) for m in matches
             ) and claim_acts(claim, lexicon) and act_stated(claim, sentence, lexicon):
        # Another count of the claim's noun, of the act the claim says was done (in its words
        # or others: "jumped the rails" for "derailed"), answers it as directly as the same one.
        # (The counts are asked first: most sentences give none, and the acts need reading.)
        score += options.fact_bonus
    elif not claim.claim.facts and claim_acts(claim, lexicon) and (
            says_whole_point(claim, sentence, lexicon) or denied_act_answered(claim, sentence, lexicon)):
        # Every word of what the claim says was done is there ("his bail was revoked" for
        # "the judge revoked X's bail"): who did it, named in full by the claim, is often
        # left to an earlier sentence, and weighs less than the act itself. (A claim of
        # values is answered by the sentence that states them; one of what someone is, by
        # the sentence that names them.)
        score += options.fact_bonus
    # A sentence that states a value of the claim's measure addresses it whatever its verb
    # ("broke out on May 3" for "started on May 3"); without one, it must repeat
    # some word of the claim's point, and speak of the same one's thing.
    if given == "same":
        score += options.fact_bonus  # "its CEO" states the post "chief executive" names
    # A date alone is no such value: "on Sunday" is the day of many things, and a sentence
    # that shares nothing else with the claim (but the common noun it is about, which the
    # whole story is about) is about another of them: "the museum was raided on 8 March"
    # says nothing of when it reopens. (A subject named by name ties the sentence to it.)
    subject = subject_word(claim.sentence, lexicon)
    plain_subject = {subject} - {w for n in claim.names for w in n.spelled}
    # (A claim that only dates its subject's happening, "the crash happened on 23 May", is told
    # by a date of the subject, "crashed on Tuesday": the subject is then its word.)
    rest = claim.concepts - _words_inside(claim, claim.claim.facts, lexicon) \
        - {p.concept for p in _happenings_dated(claim, lexicon)}
    dated_only = (bool(matches) and all(_in_time(claim, m.claim_fact, lexicon) for m in matches)
                  and not any(concept_said(c, sentence, lexicon) for c in (rest - plain_subject or rest)))
    # A claim that only gives a value of someone ("X is 61 years old") has no point but the
    # value: a sentence that states none of its values merely names them.
    valued_only = not matches and bool(claim.claim.facts) and not point(claim, lexicon)
    unaddressed = (not matches and not addresses_point(claim, sentence, lexicon)) or dated_only
    if ((unaddressed and not given) or valued_only
            or owner_differs(claim, sentence, corpus.rarity, lexicon)):
        score -= 3 * options.fact_bonus
    quoted = quote_concepts(claim, lexicon)
    if quote_shared(claim, sentence, lexicon):
        score += options.fact_bonus
    elif quoted and len(quoted & sentence.concepts) < len(quoted) / 2:
        score -= 2 * options.fact_bonus  # a claim about a remark is addressed only where the remark is
    return max(0.0, min(100.0, score))


DISTINCTIVE_DIGITS = 3
"""Significant digits from which a figure is one few things in a story share ("81,627")."""


def _distinctive(fact: Fact) -> bool:
    """Whether a value is one few things share: a figure told to several digits."""
    return fact.kind in FIGURE_KINDS and fact.value is not None and fact.upper is None \
        and significant_digits(fact.value) >= DISTINCTIVE_DIGITS


def _in_time(claim: Profile, fact: Fact, lexicon: Lexicon) -> bool:
    """Whether a value of the claim only places something in time: a date, or a stage of an
    event ("in the second half", ``event_stages``), which is the stage of many things."""
    if is_date(fact):
        return True
    if fact.kind is not FactKind.ORDINAL:
        return False
    return bool(claim.sentence.measure(fact).nouns & lexicon.compiled(_stage_concepts))


_ANAPHORS = frozenset({"it"})
"""(A person is "he" or "she" in any sentence about anyone; "it" stands for a thing.)"""
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def anaphor_for_subject(claim: Profile, sentence: Profile, source_words: frozenset[str],
                        lexicon: Lexicon = DEFAULT) -> str:
    """The claim's subject, when the sentence opens by referring back to something ("The
    drug met ...", "It met ...") instead of naming it, and its source names the subject
    elsewhere: news names a thing once, then calls it "the drug" or "it"."""
    subject = subject_word(claim.sentence, lexicon)
    if not subject or subject in sentence.concepts:
        return ""
    words = {concept(w, lexicon) for w in source_words}
    if subject not in words:
        return ""
    toks = sentence.sentence.tokens
    if toks and toks[0].norm in _ANAPHORS:
        return subject
    if len(toks) >= 3 and toks[0].norm in _DEFINITE and not _is_capitalised(toks[1]) \
            and toks[1].norm not in stopwords(lexicon) and not _is_capitalised(toks[2]) \
            and toks[2].norm not in PREPOSITIONS and concept(toks[1].norm, lexicon) not in claim.concepts:
        return subject  # "The drug met", not "The City Council" nor "The rest of ..."
    return ""


def called_by_kind(claim: Profile, sentence: Profile, source_words: frozenset[str],
                   lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """Concepts of the claim's names that the sentence calls by their kind ("the blaze" for
    a named fire, "the hospital" for a named one), where its source names them elsewhere and
    the sentence names nothing else of that kind: news names a thing once, then its kind."""
    found: set[str] = set()
    said = {concept(t.norm, lexicon) for t in sentence.sentence.tokens}
    for n in claim.names:
        kind = concept(n.spelled[-1], lexicon)
        if len(n.spelled) < 2 or kind not in said or not set(n.spelled[:-1]) <= source_words:
            continue
        if any(concept(m.spelled[-1], lexicon) == kind or _head_after(sentence, m, lexicon) == kind
               for m in sentence.names):
            continue  # "the Northfield Hospital" or "the Northfield blaze" is another one
        found |= {concept(w, lexicon) for w in n.spelled} | {w.concept for w in claim.sentence.words
                                                           if n.start <= w.start < n.end}
    return frozenset(found)


def spelled_otherwise(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """Concepts of the claim's names that the sentence spells another way ("NorvexEnergy" for
    "Norvex Energy", a transliteration's other spelling): the sentence names them, in its words
    for them. (A name of more words or fewer, or a short form, may be another one.)"""
    found: set[str] = set()
    for n in claim.names:
        words = {w.concept for w in claim.sentence.words if n.start <= w.start < n.end}
        if words and not words <= sentence.concepts and any(
                n.letters == m.letters or spelled_alike(n.sound or n.words, m.sound or m.words)
                for m in sentence.names):
            found |= words | {concept(w, lexicon) for w in n.spelled}
    return frozenset(found)


def _change_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The concepts of the verbs of change (``change_verbs``): "cut", "raised", "revised"."""
    verbs = lexicon.table("verdicts", "change_verbs", []) or []
    return frozenset(concept(str(w).casefold(), lexicon) for w in verbs)


def point(claim: Profile, lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """Concepts of the claim's main clause (before its first subordinator), without the
    names, the verbs of speech and the words of its values: what it says happened. (A
    nationality is no one's name: "was a Portuguese national" says what someone was.)"""
    subordinators = lexicon.words("verdicts", "subordinators")
    speech = speech_words(lexicon)
    stop = stopwords(lexicon)
    names = [n for n in claim.names if not n.nation]
    name_words = {w for n in names for w in n.spelled}
    toks = claim.sentence.tokens
    framing = findings(claim, lexicon)
    hedging = _hedging(claim, lexicon)
    found: set[str] = set()
    for t in toks:
        if t.norm in subordinators and found:
            break
        if t.norm in stop or t.norm in speech or t.start in framing or t.norm[:1].isdigit() \
                or any(a <= t.start < b for a, b in hedging) \
                or any(f.start <= t.start < f.end for f in claim.claim.facts) \
                or any(n.start <= t.start < n.end for n in names):
            continue
        c = concept(t.norm, lexicon)
        if c not in name_words:
            found.add(c)
    return frozenset(found)


def _hedging(claim: Profile, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where the claim's hedges stand: a hedge says how sure the claim is of its point, not
    what its point or its act is ("the toll is expected to rise" is said by "the toll may rise")."""
    return [(m.start(), m.end()) for m in hedge_cues(claim.text, lexicon)]


def findings(claim: Profile, lexicon: Lexicon = DEFAULT) -> frozenset[int]:
    """Where the claim's verbs of finding stand before "that" (``finding_verbs``: "the judge
    found that X forged the deeds") or before a toll of a fate ("the governor confirmed a
    death in the county", "police confirmed two deaths"): what was found is the point and the
    act, not the finding. (What is confirmed of any other thing, "confirmed the truce", may be
    the act itself.)"""
    toks = claim.sentence.tokens
    judging = lexicon.words("verdicts", "finding_verbs")
    complements = lexicon.words("entities", "complementisers")
    leads = lexicon.words("polarity", "object_determiners") \
        | lexicon.words("numbers", "word_numbers")
    people = people_class(lexicon)

    def a_toll(k: int) -> bool:
        words = [t.norm for t in toks[k:k + TOLL_REACH]]
        if not words or not (words[0] in leads or words[0][:1].isdigit()):
            return False
        return any(count_class(singular(w), lexicon) not in (None, people) for w in words[1:])

    return frozenset(t.start for k, (t, nxt) in enumerate(zip(toks, toks[1:], strict=False))
                     if t.norm in judging and (nxt.norm in complements or a_toll(k + 1)))


TOLL_REACH = 3
"""Words after a verb of finding read for the noun of a toll ("confirmed the two deaths")."""


def only_the_subject(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the sentence repeats of the claim's point only its subject: it names what
    the claim is about, not what the claim says of it."""
    # "San Rocco hospital": the noun after a name is what it names.
    # (A verb right after the name says what it did: "X won the race" is not about "won".)
    done = {p.end for p in claim.sentence.predications if p.finite}
    after = [[t for t in claim.sentence.tokens if t.start >= n.end][:1] for n in claim.names]
    subject = {subject_word(claim.sentence, lexicon)} | {
        _head_after(claim, n, lexicon) for n, nxt in zip(claim.names, after, strict=True)
        if not (nxt and nxt[0].end in done)}
    core = point(claim, lexicon) - subject
    if opens_with_negative_subject(claim, lexicon):
        # "No one was injured in the derailment" says nothing of the derailment but that no
        # one was injured in it: the denied verb is its point.
        # Said only by a sentence that denies it too: one that tells of the act as done
        # answers the claim otherwise, which is for the verdict to weigh, not to support.
        denied = denied_act_said(claim, sentence, lexicon)
        core = frozenset(p.concept for p in (denied_acts(claim, lexicon) if denied else [])
                         or claim.sentence.predications[:1] if p.negated) or core
    said = _heads(set(sentence.concepts), lexicon)
    # "is the champion" says "won" in other words (``paraphrases``).
    return bool(core) and not any(
        c in said or _heads({c}, lexicon) & said or _opposites(c, lexicon) & said
        or _side_said(c, sentence.text, lexicon) for c in core)


def _sides(lexicon: Lexicon) -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    return lexicon.compiled(_build_sides)


def _build_sides(lexicon: Lexicon) -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """Each side of the polarity ``opposites`` table: the concepts of its words, and a
    pattern of its phrases ("are up" says "rise" as well as "rose" does)."""
    found = []
    for pair in opposite_groups(lexicon):
        for side in pair:
            phrases = list(side)
            found.append((frozenset(concept(p, lexicon) for p in phrases if " " not in p),
                          phrase_pattern(phrases)))
    return tuple(found)


def _side_said(concept_name: str, text: str, lexicon: Lexicon) -> bool:
    folded = text.casefold()
    return any(concept_name in words and pattern.search(folded) for words, pattern in _sides(lexicon))


def addresses_point(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the sentence repeats (or states the opposite of) some word of the claim's
    point: "the deal was announced" does not address "shares rose after the deal was
    announced"."""
    core = point(claim, lexicon)
    if not core:
        return True
    # Words inside a value, or its rate ("$5 a share"), name its unit, not what the
    # sentence says.
    toks = sentence.sentence.tokens
    facts = sentence.claim.facts
    said = {concept(t.norm, lexicon) for k, t in enumerate(toks)
            if not any(f.start <= t.start < f.end for f in facts)
            and not (k >= 1 and toks[k - 1].norm in ("a", "an", "per")
                     and any(f.end == toks[k - 1].start - 1 for f in facts))}
    said |= sentence.act_forms & sentence.concepts  # the claim's act named as a noun (``with_claims_acts``)
    if any(c in said or _opposites(c, lexicon) & said for c in core):
        return True
    # An act the claim says was done is repeated in other words too ("is the champion" for
    # "won"); not a thing only to be (a "salary" says no figure someone "will earn").
    acts = _heads({p.concept for p in claim_acts(claim, lexicon)}, lexicon)
    stated = {head for a, _, head in (*sentence.sentence.paraphrases, *sentence.acts)
              if not any(f.start <= a < f.end for f in facts)}
    if acts & (stated | _heads(said, lexicon)):
        return True
    # A word of the point that is an act, or the state an act leaves ("missing"), said in
    # other words ("unaccounted for"; ``act_paraphrases`` only, which are all acts).
    return bool(_act_heads(core, lexicon) & {head for a, _, head in sentence.acts
                                            if not any(f.start <= a < f.end for f in facts)})


def _act_heads(found: frozenset[str] | set[str], lexicon: Lexicon) -> set[str]:
    """The acts (``act_paraphrases`` groups) the concepts are wordings of."""
    by_concept = lexicon.compiled(_act_heads_by_concept)
    return {head for c in found for head in by_concept.get(c, ())}


def _act_heads_by_concept(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The acts each one-word wording of ``act_paraphrases`` states, by its concept."""
    found: dict[str, set[str]] = {}
    for word, heads in act_wording_heads(lexicon)[1].items():
        if " " not in word:
            found.setdefault(concept(word, lexicon), set()).update(heads)
    return {c: frozenset(heads) for c, heads in found.items()}


WHOLE_POINT_WORDS = 2
"""A point of fewer words than this is said by any sentence that uses its one word."""


def says_whole_point(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the sentence says every word of the claim's point (``point``), in its words
    or others (a paraphrase, the same side of an outcome, the opposite)."""
    core = point(claim, lexicon)
    if len(core) < WHOLE_POINT_WORDS:
        return False
    said = _heads(set(sentence.concepts), lexicon)
    kin = _kin(lexicon)
    return all(c in said or _heads({c}, lexicon) & said or _opposites(c, lexicon) & said
               or kin.get(c, frozenset()) & said for c in core)


def denied_act_said(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the sentence states the act a claim with a negative subject denies, in any
    form, denied or not: "none of the guests received any injury" and "two guests were
    hurt" both answer "No one at the party was injured", whoever they name."""
    tellings = _denied_act_tellings(claim, sentence, lexicon)
    # Only where the sentence denies it too: "two guests had injuries" is no statement of it
    # but its opposite, which the verdict, not the search, must weigh.
    return bool(tellings) and all(denied for _, _, denied in tellings)


def _denied_act_tellings(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT
                         ) -> list[tuple[int, int, bool]]:
    """Each word of the sentence that tells the act a claim with a negative subject denies
    (as a verb or a noun: "were hurt", "had injuries"), with whether it is denied there."""
    acts = denied_acts(claim, lexicon)
    if not acts or not act_stated(claim, sentence, lexicon, acts):
        return []
    denial = lexicon.phrases(("verdicts", "act_denials"))
    text = sentence.text.casefold()
    found = []
    for w in sentence.sentence.words:
        if not any(_one_word(w.concept, p.concept) for p in acts):
            continue
        # Each telling is denied or not from its clause or its comma on: "got out without
        # serious injuries, though two had minor injuries" states some.
        a = next((a for a, b in sentence.sentence.clauses if a <= w.start < b), 0)
        a = max(a, text.rfind(",", a, w.start) + 1)
        found.append((a, w.end, _aimed_not(sentence.sentence, w.end, a)
                      or bool(denial and denial.search(text, a, w.start))))
    return found


def denied_act_answered(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the sentence answers a claim with a negative subject: it denies the claim's
    act too, or tells of it as done of some (``told_where_claim_denies``)."""
    return (denied_act_said(claim, sentence, lexicon)
            or told_where_claim_denies(claim, sentence, lexicon) is not None)


def denied_only_the_worst(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT) -> str:
    """The word that limits the sentence's denial of a negative-subject claim's act to the
    worst cases ("without serious injuries" for "No one was injured"), when every telling
    of the act there is denied; "" otherwise."""
    tellings = _denied_act_tellings(claim, sentence, lexicon)
    if not tellings or not all(denied for _, _, denied in tellings):
        return ""
    severe = lexicon.phrases(("verdicts", "severity_qualifiers"))
    text = sentence.text.casefold()
    for a, b, _ in tellings:
        found = severe.search(text, a, b) if severe else None
        if found:
            return sentence.text[found.start():found.end()]
    return ""


def told_where_claim_denies(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT
                            ) -> tuple[str, str] | None:
    """The claim's denied act and the sentence's words that tell it happened, as a noun or
    a verb, when a claim with a negative subject ("No one on the ferry was injured") meets
    a sentence that states it of some ("two deckhands had injuries"); None where the
    telling is itself hedged or said of what is to come ("could cause injuries")."""
    hedges = lexicon.phrases(("certainty", "hedges"))
    for a, b, denied in _denied_act_tellings(claim, sentence, lexicon):
        said = sentence.text[a:b]
        if denied or _ahead(said, lexicon) or (hedges and hedges.search(said.casefold())):
            continue
        acts = denied_acts(claim, lexicon)
        return claim.text[acts[0].start:acts[-1].end], said.strip()
    return None


def _head_after(p: Profile, n: Name, lexicon: Lexicon) -> str:
    """The concept of the word right after a name, when it is a content word ("X's shares")."""
    after = [t for t in p.sentence.tokens if t.start >= n.end][:1]
    if not after or after[0].norm in stopwords(lexicon) or after[0].text[:1].isupper():
        return ""
    return concept(after[0].norm, lexicon)


def owner_differs(claim: Profile, sentence: Profile, rarity: Mapping[str, float],
                  lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the sentence speaks of another one's thing: "Y shares jumped" is not about
    "X's shares" (a name right before the same noun says whose it is)."""
    for n in claim.names:
        head = _head_after(claim, n, lexicon)
        if not head or name_in(n, sentence, rarity, lexicon):
            continue
        toks = sentence.sentence.tokens
        # The owner before the noun may open the sentence, where it is not read as a name.
        if any(concept(t.norm, lexicon) == head and _is_capitalised(prev)
               and prev.norm not in stopwords(lexicon)
               for prev, t in zip(toks, toks[1:], strict=False)):
            return True
    return False


def quote_concepts(claim: Profile, lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    return frozenset(w.concept for q in claim.sentence.quotes for w in claim.sentence.words
                     if q.start <= w.start < q.end)


def quote_shared(claim: Profile, sentence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the sentence carries a quotation of the claim (in any wording)."""
    stop = stopwords(lexicon)
    return any(relate_quotes(q, r, stop) is not QuoteRelation.UNRELATED
               for q in claim.sentence.quotes for r in sentence.sentence.quotes)


# --- verdicts -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    explanation: str
    agreeing: tuple[str, ...] = ()
    differing: tuple[str, ...] = ()


def _show(fact: Fact) -> str:
    return fact.canonical or fact.raw


def _named_alike(claim: Profile, evidence: Profile, m: FactMatch, lexicon: Lexicon) -> bool:
    """Whether both figures are told of the same noun ("a depth of 4 km" / "the depth was
    12.5km"): the words around them name the measure, however few others they share."""
    if is_rank(m.claim_fact):
        return False  # a rank's noun says which of a series ("in the 52nd minute"), not what is measured
    units = {concept(f.unit, lexicon) for f in (m.claim_fact, m.source_fact) if f.unit}
    return bool(claim.sentence.measure(m.claim_fact).nouns & evidence.sentence.measure(m.source_fact).nouns
                - units)


def _counted_alike(claim: Profile, evidence: Profile, m: FactMatch, lexicon: Lexicon) -> bool:
    """Whether both figures count one specific thing (no measure, not anyone: "12 farms" /
    "30 farms", "six cottages" / "four cottages") and the evidence states what the claim says
    was done to them, in its words or others ("flooded" / "under water"): the count of that
    thing so done, however few other words the two sentences share. ("Destroyed 12 barns" is
    not answered by "30 barns were damaged": another act, another count.)"""
    a, b = m.claim_fact, m.source_fact
    if a.kind is not FactKind.COUNT or b.kind is not FactKind.COUNT or not a.unit or a.unit != b.unit \
            or a.unit in broad_units(lexicon):
        return False
    mine, theirs = claim.sentence.measure(a), evidence.sentence.measure(b)
    # (Words before the noun that only one count has pick a group of the thing: "three tank
    # cars" of "fourteen cars".)
    # (Counts of those a fate befell are one tally by ``_one_fate``.)
    return mine.modifiers == theirs.modifiers and not mine.fates and not theirs.fates \
        and not any(x.part or x.increment or x.another or x.among for x in (mine, theirs)) \
        and act_stated(claim, evidence, lexicon, opposite=False)


def _one_fate(claim: Profile, evidence: Profile, m: FactMatch) -> bool:
    """Whether both figures count those one fate befell ("nine were said to be missing" / "six
    fishermen are still missing", "the toll stood at 31" / "killed 22 workers"): a
    story's count of its dead, missing or rescued is one tally, however few other words the
    two sentences share. (A part of it is told as one: "including four crew", "another 60".)"""
    if m.claim_fact.kind is not FactKind.COUNT or m.source_fact.kind is not FactKind.COUNT:
        return False
    mine, theirs = claim.sentence.measure(m.claim_fact), evidence.sentence.measure(m.source_fact)
    return len(mine.fates) == 1 and mine.fates == theirs.fates and not any(
        x.part or x.increment or x.another or x.joined or x.among for x in (mine, theirs)) \
        and not any(_RELATIVE_AFTER.match(side.text, f.end) for side, f in ((claim, m.claim_fact),
                                                                           (evidence, m.source_fact)))


def _one_measured_thing(claim: Profile, evidence: Profile, m: FactMatch, lexicon: Lexicon) -> bool:
    """Whether both figures are measurements (a length, a depth, not a count of things) of one
    thing, by the words around them: the same dimension ("3.2 metres wide" / "3.5 metres wide"),
    and each thing a figure sizes ("a 375-metre bridge") named in the other sentence too. With
    no thing sized on either side, the evidence must speak of the claim's point: a length alone
    may be any thing's."""
    units = measurement_units(lexicon)
    if m.claim_fact.unit not in units or m.source_fact.unit not in units:
        return False
    mine, theirs = claim.sentence.measure(m.claim_fact), evidence.sentence.measure(m.source_fact)
    dimensions = measured_dimensions(lexicon)
    if not (mine.nouns & theirs.nouns & dimensions):
        return False
    sized_mine, sized_theirs = mine.nouns - dimensions, theirs.nouns - dimensions
    if not sized_mine and not sized_theirs:
        return addresses_point(claim, evidence, lexicon)
    return sized_mine <= evidence.concepts and sized_theirs <= claim.concepts


_RELATIVE_AFTER = re.compile(r"\s+(?:who|whom|whose|that|which)\b", re.IGNORECASE)
"""A relative clause right after a count: "four people who lived in the garden died" counts a
group of the dead the clause picks, not the tally."""


def measured(claim: Profile, evidence: Profile, corpus: Corpus, published: dt.date | None,
             lexicon: Lexicon = DEFAULT, options: CheckOptions = CheckOptions()
             ) -> tuple[list[FactMatch], list[Fact], list[FactMatch]]:
    """The claim's values paired with the evidence's, those it does not state, and the
    pairs set aside: a differing value counts only in a sentence that repeats enough of
    the claim to be about the same measure."""
    matches, missing = align_facts(claim, evidence, corpus, published)
    dropped: list[FactMatch] = []
    if coverage(claim, evidence, corpus, lexicon, dated=matches) < options.min_coverage_for_values:
        # A sentence that states another of the claim's values the same way ("at week 4")
        # measures the same thing: its value in the same unit beside it is the one to compare.
        anchored = any(m.relation in (FactRelation.SAME, FactRelation.ROUNDING) for m in matches)
        dropped = [m for m in matches if _another_value(m, lexicon)
                   and not (anchored and m.claim_fact.unit and m.claim_fact.unit == m.source_fact.unit)
                   and not _near_count(m, options) and not both_ages(m.claim_fact, m.source_fact)
                   and not _named_alike(claim, evidence, m, lexicon) and not _one_fate(claim, evidence, m)
                   and not _counted_alike(claim, evidence, m, lexicon)
                   and not in_two_currencies(m.claim_fact, m.source_fact)  # (the figure ties them)
                   and not (_in_tally(claim.text, m.claim_fact) and _in_tally(evidence.text, m.source_fact))]
        missing += [m.claim_fact for m in dropped]
        matches = [m for m in matches if m not in dropped]
    # "the wettest storm since Hurricane Oro in 2009": a date told right after a name is
    # when that one happened; a sentence that does not name it gives no date of it.
    other = [m for m in matches if _another_value(m, lexicon) and _dates_a_name_not_named(
        claim, m.claim_fact, evidence, corpus.rarity, lexicon)]
    missing += [m.claim_fact for m in other]
    return [m for m in matches if m not in other], missing, dropped + other


_NAME_DATE = re.compile(r"\s*(?:in|on|of|,|\()\s*$", re.I)
"""What may stand between a name and the date of it: "Oro in 2009", "Oro (2009)"."""


def _dates_a_name_not_named(claim: Profile, fact: Fact, evidence: Profile, rarity: Mapping[str, float],
                            lexicon: Lexicon) -> bool:
    """Whether the claim's value is a date told right after a name the evidence does not
    name (not the first name, which is what the claim is about; nor a place the claim's act
    happened in, "began in Tarnia in November 2011", whose date is the act's)."""
    if not is_date(fact):
        return False
    return any(n.start > 0 and n.end <= fact.start and _NAME_DATE.fullmatch(claim.text[n.end:fact.start])
               and n.preposition not in PLACE_PREPOSITIONS
               and not name_in(n, evidence, rarity, lexicon) for n in claim.names)


PLACE_PREPOSITIONS = frozenset({"in", "at"})
"""Prepositions before a name that make it where the claim's act happened, not a named event."""


OCCASION_REACH = 3
"""Words between an occasion marker and the happening it marks: "its previous policy meeting"."""


def projected(sentence: Sentence, fact: Fact, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether a value is told as what could be, not what is: a hedge of doubt (not one of
    expectation, ``weak_hedges``; not a plain future, "will earn") stands before it in its
    clause ("said the toll could reach 20,000"). A claimed projection says nothing of the
    count so far, so a count does not conflict with it. (A source's projection against a
    claimed figure for the same act still does: "could raise fares by 8%" / "raised 5%".)"""
    weak = lexicon.words("verdicts", "weak_hedges")
    a = next((a for a, b in sentence.clauses if a <= fact.start < b), 0)
    text, toks, stop = sentence.text, sentence.tokens, stopwords(lexicon)
    # Read as compare reads hedges: an adjective before a noun ("the suspected gunman was
    # 71") doubts who the noun is, not the figure its clause tells.
    return any(" ".join(m.group().casefold().split()) not in weak
               and not qualifies_noun(text, toks, m.start(), m.end(), stance_tables(lexicon), stop)
               for m in hedge_cues(text, lexicon) if a <= m.start() and m.end() <= fact.start)


_TALLY_AFTER = re.compile(r"^\s?[-–—]\s?\d")
_TALLY_BEFORE = re.compile(r"\d\s?[-–—]\s?$")


def _in_tally(text: str, fact: Fact) -> bool:
    """Whether a bare number is one side of a tally ("voted 7-2", "won 3–1"): a tally says
    what it counts by its form, however little else the sentence repeats."""
    if fact.unit == SCORE:
        return True  # read as one value by ``facts``
    return fact.kind is FactKind.NUMBER and not fact.unit and bool(
        _TALLY_AFTER.match(text[fact.end:fact.end + 3])
        or _TALLY_BEFORE.search(text[max(0, fact.start - 3):fact.start]))


def _near_count(m: FactMatch, options: CheckOptions) -> bool:
    """Whether two counts of the same noun, or two spans in the same unit, are near enough to
    be one figure told two ways ("612 patients" and "621 patients", a "five-year" and a
    "six-year" contract), not a part and the whole ("2 patients" of 621): the noun then says
    what is measured, however little else the sentence repeats."""
    a, b = m.claim_fact, m.source_fact
    if (a.kind not in (FactKind.COUNT, FactKind.DURATION) or b.kind is not a.kind
            or not a.unit or a.unit != b.unit):
        return False
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return False
    return max(a.value, b.value) / min(a.value, b.value) <= options.near_count_ratio


@dataclass(frozen=True)
class Reading:
    """What every verdict rule reads: the claim, one sentence of a source, and the values
    they state, worked out once for the rules."""

    claim: Profile
    evidence: Profile
    corpus: Corpus
    published: dt.date | None
    lexicon: Lexicon
    source_words: frozenset[str]
    matches: list[FactMatch]
    stated: list[FactMatch]
    """The claim's values the sentence states with a value not set against it."""
    lacking: list[Fact]
    """The claim's values the sentence leaves out, but for a date or time it may leave out
    once it states the claim's figure ("35% contained" answers "35% contained on Friday")."""
    agreeing: tuple[str, ...]
    elsewhere: list[FactMatch]
    """The claim's values the sentence gives for an earlier or later happening (``other_occasion``)."""
    dropped: list[FactMatch]
    """Pairs of a differing value set aside (``measured``): the sentence may measure
    something else, or say the claim's measure too loosely to tell."""


VerdictRule = Callable[[Reading], Assessment | None]


def _another_value(m: FactMatch, lexicon: Lexicon = DEFAULT) -> bool:
    """A value the claim's is not: a different one, or another figure for the same limit
    ("up to 25 years" for "up to 20 years"), however compatible the two bounds. A plural
    scale word ("thousands", "dozens of") gives no figure for a limit, only a vague amount
    the claim's bound lies in: it leaves the figure out (``_bound_for_a_figure``), as
    compare calls it a matter of specificity, not of quantity."""
    return m.relation is FactRelation.DIFFERENT or (
        m.relation is FactRelation.COMPATIBLE_BOUNDS
        and ((other_bound(m.claim_fact, m.source_fact, lexicon) and not _vaguer_amount(m, lexicon)
              and not _raised_floor(m.claim_fact, m.source_fact))
             or _beyond_bound(m.claim_fact, m.source_fact) or _beyond_bound(m.source_fact, m.claim_fact)
             or short_floor(m.source_fact, m.claim_fact, lexicon) and not _vaguer_amount(m, lexicon)))


FLOOR_SLIP = 10.0
"""A floor this many times the claim's is no count grown since, but a slip of scale
("more than 31,000" for "more than 3,100")."""


def _raised_floor(claimed: Fact, given: Fact) -> bool:
    """Whether the source sets a floor at or above the claim's floor of the same thing ("at
    least 13 dead" for "at least 8 dead", "more than 5.6 million votes" for "more than 5.5
    million"): what it says makes the claim's floor hold, as a count that grew still passes
    its earlier floor. (A lower floor, or a ceiling, tells another figure for the limit.)"""
    lower = (">", ">=")
    return (claimed.qualifier in lower and given.qualifier in lower and claimed.unit == given.unit
            and claimed.value is not None and given.value is not None and claimed.value > 0
            and claimed.value <= given.value < claimed.value * FLOOR_SLIP)


def _vaguer_amount(m: FactMatch, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the source gives only a plural scale word ("thousands of residents") where the
    claim gives a figure or a bound of its own ("more than 5,000 residents")."""
    return is_vague(m.source_fact, lexicon) and not is_vague(m.claim_fact, lexicon)


_PAST_BOUND: Mapping[str, Callable[[float, float], bool]] = {
    ">": lambda figure, bound: figure <= bound, ">=": lambda figure, bound: figure < bound,
    "<": lambda figure, bound: figure >= bound, "<=": lambda figure, bound: figure > bound}


def another_holder(claim: Profile, evidence: Profile, m: FactMatch, rarity: Mapping[str, float],
                   lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the evidence tells its figure of someone else than the one the claim tells its
    figure of ("Y won 41 seats" for "X won 19 seats"), and names the claim's one nowhere: the
    figures are of two holders, not two values of one."""
    if placed_elsewhere(claim.sentence, m.claim_fact, evidence.sentence, m.source_fact):
        return True
    mine = _claims_holders(claim, m.claim_fact)
    held = evidence.sentence.holders(m.source_fact)
    if held.apposed is not None and (mine or (mine := _named_anywhere(claim))):
        # "said X, 50,": X's age, whoever else is named; and a claim that names someone else
        # only after its figure ("a 14-year-old named Y") tells Y's.
        return not _one_of(held.apposed, mine)
    if not mine or _event_placed_alike(claim, evidence, mine, lexicon):
        return False
    theirs = held.nearest
    if theirs is not None and not _one_of(theirs, mine) and named_after_figure(evidence, m.source_fact, mine):
        return True  # "Y with 19 seats, followed by X": X is named, but Y holds the figure
    if any(name_in(n, evidence, rarity, lexicon) for n in mine):
        return False
    return theirs is not None and not _one_of(theirs, mine)


def _named_anywhere(claim: Profile) -> list[Name]:
    """The names a claim gives of anyone but a speaker, wherever they stand."""
    return [n for n in claim.names if not n.speaks]


def _event_placed_alike(claim: Profile, evidence: Profile, mine: Sequence[Name], lexicon: Lexicon) -> bool:
    """Whether the claim's names each qualify a noun ("the Tarnby shootings killed 16") and the
    evidence places its telling in one of them ("killing 18 people ... in Tarnby"): the name
    says where the claim's thing was, as the evidence's place does, not whose the figure is."""
    return all(qualifies_a_noun(claim.sentence, n, lexicon) for n in mine) and any(
        n.preposition in PLACE_PREPOSITIONS and _one_of(n, mine) for n in evidence.names)


def placed_elsewhere(a: Sentence, fa: Fact, b: Sentence, fb: Fact) -> bool:
    """Whether two figures are placed in two places ("killed in X" / "in Y, nine were killed"): of
    two places, or of a part and the whole it is in; either way no two values of one count."""
    here, there = a.place(fa), b.place(fb)
    return here is not None and there is not None and here.relation == there.relation \
        and not here.name.same_entity(there.name) \
        and not _located_in(b, there.name, here.name) and not _located_in(a, here.name, there.name)


def _located_in(sentence: Sentence, place: Name, region: Name) -> bool:
    """Whether the sentence sets the region after the place by a comma to say where it is
    ("near Tarnby, Vellshire"): a figure placed in the one is placed in the other."""
    return any(n.same_entity(region) and locates(sentence, place, n) for n in sentence.names)


def _claims_holders(claim: Profile, fact: Fact) -> list[Name]:
    """Whom the claim tells its figure of: the names before it, and the one it is for ("12
    seats for the X")."""
    mine = [n for n in claim.names if n.end <= fact.start and not n.speaks]
    own = claim.sentence.holders(fact).nearest
    if own is not None and all(n is not own for n in mine):
        mine.append(own)
    return mine


def named_after_figure(evidence: Profile, fact: Fact, mine: Sequence[Name]) -> bool:
    """Whether the evidence names the claim's holder only after its figure: a list goes on
    to it, the figure is the one before's."""
    named = [n for n in evidence.names if _one_of(n, mine)]
    return bool(named) and all(n.start > fact.end for n in named)


def _one_of(name: Name, names: Sequence[Name]) -> bool:
    """Whether a name is one of the names, in full or by its acronym."""
    return any(n.same_entity(name) or n.abbreviates(name) or name.abbreviates(n) for n in names)


def _beyond_bound(bound: Fact, figure: Fact) -> bool:
    """Whether a figure, given plainly or as an estimate, lies itself beyond a one-sided
    bound of the same unit ("about 16,500 runners" for "more than 18,000 runners"): the
    estimate's margin may reach over the bound, but the source tells another figure than
    any the claim allows, as "16,500" would."""
    beyond = _PAST_BOUND.get(bound.qualifier)
    return (beyond is not None and figure.qualifier in ("", "~") and bound.upper is None
            and figure.upper is None and bound.unit == figure.unit and not is_date(bound)
            and bound.value is not None and figure.value is not None and beyond(figure.value, bound.value))


def _differing_value(r: Reading) -> Assessment | None:
    differing = tuple(f"{_show(m.claim_fact)} -> {_show(m.source_fact)}"
                      for m in r.matches if _another_value(m, r.lexicon))
    if not differing:
        return None
    first = next(m for m in r.matches if _another_value(m, r.lexicon))
    return Assessment(Verdict.CONFLICTS,
                      f"says {_show(first.source_fact)}, the claim says {_show(first.claim_fact)}",
                      r.agreeing, differing)


def _ahead(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence says what is to happen (a ``future_markers`` word in it)."""
    future = lexicon.phrases(("verdicts", "future_markers"))
    return bool(future and future.search(text.casefold()))


def _date_of_another_act(r: Reading) -> Assessment | None:
    # "The ship will be towed off on Monday" / "The ship ran aground on Saturday": a date
    # the sentence gives to another act than the claim's is no date of the claim's act,
    # which the sentence leaves out. It is another act where one is told as to come and
    # the other as done, and the sentence repeats of the claim's point only what it is
    # about, or where it does not state the claim's act at all. (Two acts both done may be
    # one act in other words, "ignited" for "started": the sentence then states it.)
    other = [m for m in r.matches if _another_value(m, r.lexicon)]
    if not other or r.stated \
            or not all(is_date(m.claim_fact) or m.claim_fact.unit == CLOCK_TIME for m in other):
        return None
    if not all(is_date(m.claim_fact) for m in other):
        # A time of day is of the act its clause times, told alike or not.
        return _for_another_act(other[0]) if all(_times_another_act(r, m) for m in other) else None
    # Told alike, the date is of the claim's act only where the sentence states that act (in
    # its words or others): "the airport opened on January 1" is not answered by "the plane
    # crashed near the airport on Sunday".
    if (_ahead(r.claim.text, r.lexicon) == _ahead(r.evidence.text, r.lexicon)
            or not only_the_subject(r.claim, r.evidence, r.lexicon)) \
            and (not claim_acts(r.claim, r.lexicon) or act_stated(r.claim, r.evidence, r.lexicon)) \
            and not any(_times_another_act(r, m) for m in other):
        return None
    return _for_another_act(other[0])


def _for_another_act(m: FactMatch) -> Assessment:
    return Assessment(Verdict.ABSENT, f"gives {_show(m.source_fact)} for another act than the claim's")


def _said_acts(side: Profile, p: Predication, lexicon: Lexicon) -> set[str]:
    """The act a predication states, with the acts it says in other words."""
    return _heads({p.concept}, lexicon) | {head for a, b, head in (*side.sentence.paraphrases, *side.acts)
                                           if a <= p.start < b}


def _times_another_act(r: Reading, m: FactMatch) -> bool:
    """Whether the verb the sentence's date follows in its clause is another act than the
    claim's: "began the descent at 5:20 and touched down at 6:04" times the descent with
    5:20, though it states the landing too."""
    before = act_before(r.evidence.sentence, m.source_fact)
    mine = set().union(*(_said_acts(r.claim, p, r.lexicon) for p in claim_acts(r.claim, r.lexicon)))
    if before is None or not mine:
        return False
    if _timed_noun(r.evidence, m.source_fact, r.lexicon) & mine:
        return False  # "fetched $12m at an auction on Thursday": the date is the auction's
    said = _said_acts(r.evidence, before, r.lexicon) | _happened(r.evidence, before, r.lexicon)
    return not said & mine and not any(_one_word(x, y) for x in said for y in mine)


def _happened(side: Profile, p: Predication, lexicon: Lexicon) -> set[str]:
    """The act a verb of happening is told of, named by the noun right before it ("the crash
    happened around 5:15": the crash, as its heads); none for any other verb."""
    if side.text[p.start:p.end].casefold() not in lexicon.words("verdicts", "happening_verbs"):
        return set()
    before = [t for t in side.sentence.tokens if t.end <= p.start]
    if not before or not before[-1].norm.isalpha() or before[-1].norm in stopwords(lexicon):
        return set()
    named = concept(before[-1].norm, lexicon)
    return _heads({named}, lexicon) | {named}


def _timed_noun(side: Profile, fact: Fact, lexicon: Lexicon) -> set[str]:
    """The act a noun right before a date's preposition names, as its heads ("an auction on
    Thursday", "the crash at 6:40 am"): the date is that act's, whatever verb the clause has."""
    toks = [t for t in side.sentence.tokens if t.end <= fact.start]
    if len(toks) < 2 or toks[-1].norm not in PREPOSITIONS:
        return set()
    named = concept(toks[-2].norm, lexicon)
    return _heads({named}, lexicon) | {named}


def _of_another_occasion(r: Reading) -> Assessment | None:
    # "At its previous meeting, the committee voted 9-0": the sentence tells of another
    # happening than the claim's, and states none of the claim's values for it.
    if not r.elsewhere or r.stated:
        return None
    m = r.elsewhere[0]
    if placed_elsewhere(r.claim.sentence, m.claim_fact, r.evidence.sentence, m.source_fact):
        there = r.evidence.sentence.place(m.source_fact)
        assert there is not None  # (placed_elsewhere: both figures are placed)
        return Assessment(Verdict.ABSENT, f"gives {_show(m.source_fact)} {there.relation} {there.name.text}, "
                                          "not in the claim's place")
    theirs = r.evidence.sentence.holders(m.source_fact).nearest
    if theirs is not None and another_holder(r.claim, r.evidence, m, r.corpus.rarity, r.lexicon):
        return Assessment(Verdict.ABSENT,
                          f"gives {_show(m.source_fact)} of {theirs.text}, not of the claim's")
    return Assessment(Verdict.ABSENT, f"gives {_show(m.source_fact)} for another occasion, not the claim's")


def _said_instead(r: Reading, words: tuple[str, str] | None) -> Assessment | None:
    """A conflict between the claim's words and the sentence's words for the same thing."""
    if not words:
        return None
    claimed, said = words
    return Assessment(Verdict.CONFLICTS, f"says “{said}” where the claim says “{claimed}”", r.agreeing,
                      (f"{claimed} -> {said}",))


def _opposite_act(r: Reading) -> Assessment | None:
    return _said_instead(r, polarity_conflict(r.claim, r.evidence, r.lexicon, r.published))


def _told_where_denied(r: Reading) -> Assessment | None:
    return _said_instead(r, told_where_claim_denies(r.claim, r.evidence, r.lexicon))


def _denied_only_as_aim(r: Reading) -> Assessment | None:
    # "No one was hurt" / "we do not want to hurt anyone": the sentence tells the act only
    # as what someone meant or wanted ("to hurt"), not whether it happened.
    denied = {p.concept for p in denied_acts(r.claim, r.lexicon)}
    toks = r.evidence.sentence.tokens
    told = [p for p in r.evidence.sentence.predications if p.concept in denied]
    if not denied or not told or r.stated:
        return None
    # The word before the verb is "to": an infinitive, which tells no happening.
    before = {t.end: prev.norm for prev, t in zip(toks, toks[1:], strict=False)}
    if not all(before.get(p.end) == "to" for p in told):
        return None
    return Assessment(Verdict.ABSENT, "tells the act only as what was meant, not whether it happened")


def _denied_in_part(r: Reading) -> Assessment | None:
    # "No one was injured" / "they got off without serious injuries": only the worst are
    # denied, so the sentence says less than the claim.
    word = denied_only_the_worst(r.claim, r.evidence, r.lexicon)
    if not word:
        return None
    return Assessment(Verdict.PARTIAL, f"denies only some of it (“{word}”), where the claim denies it all",
                      r.agreeing)


def _other_bearing(r: Reading) -> Assessment | None:
    # "southeast of Carvale" where the claim says southwest of it: the same place told
    # from another point of the compass is another place.
    theirs = compass_bearings(r.evidence.sentence, r.lexicon)
    for _, head, place in compass_bearings(r.claim.sentence, r.lexicon):
        names = [n for n in r.claim.names if concept(n.spelled[0], r.lexicon) == place]
        for at, other, where in theirs:
            same_place = where == place or any(n.same_entity(m) for n in names for m in r.evidence.names
                                               if concept(m.spelled[0], r.lexicon) == where)
            if same_place and other != head:
                said = r.evidence.text[at:].split(" of ")[0]
                return _said_instead(r, (head, said))
    return None


def _other_kind_of_thing(r: Reading) -> Assessment | None:
    # "hit its left wing" / "tore its right wing": the same noun, qualified by
    # another word of a group of which only one can qualify it, is another thing.
    theirs = exclusive_qualifiers(r.evidence.sentence, r.lexicon)
    mine = exclusive_qualifiers(r.claim.sentence, r.lexicon)
    for (group, noun), word in mine.items():
        said = theirs.get((group, noun))
        if said is not None and said != word \
                and (group, noun) not in _both_said(r.evidence.sentence, r.lexicon):
            return _said_instead(r, (f"{word} {noun}", f"{said} {noun}"))
    return None


def exclusive_qualifiers(sentence: Sentence, lexicon: Lexicon = DEFAULT) -> dict[tuple[int, str], str]:
    """Each noun qualified right before it by a word of an ``exclusive_modifiers`` group, as
    (group, the noun's concept) with that word (the first one the sentence gives)."""
    groups = lexicon.compiled(_exclusive_groups)
    toks = sentence.tokens
    found: dict[tuple[int, str], str] = {}
    for k, t in enumerate(toks[:-1]):
        group = groups.get(t.norm)
        nxt = toks[k + 1]
        if group is None or not t.text.islower() or not nxt.text.islower() or not nxt.norm.isalpha() \
                or sentence.text[t.end:nxt.start] != " ":
            continue
        found.setdefault((group, concept(nxt.norm, lexicon)), t.norm)
    return found


def _both_said(sentence: Sentence, lexicon: Lexicon) -> frozenset[tuple[int, str]]:
    """The (group, noun) pairs the sentence qualifies with two words of the group ("the left
    and right lanes", "left lane ... right lane"): it tells of both."""
    groups = lexicon.compiled(_exclusive_groups)
    seen: dict[tuple[int, str], set[str]] = {}
    toks = sentence.tokens
    for k, t in enumerate(toks[:-1]):
        group = groups.get(t.norm)
        if group is not None and t.text.islower():
            nxt = next((x for x in toks[k + 1:k + 4] if groups.get(x.norm) != group and x.norm != "and"),
                       None)
            if nxt is not None:
                seen.setdefault((group, concept(nxt.norm, lexicon)), set()).add(t.norm)
    return frozenset(key for key, words in seen.items() if len(words) > 1)


def _exclusive_groups(lexicon: Lexicon) -> dict[str, int]:
    table = lexicon.table("verdicts", "exclusive_modifiers", []) or []
    return {str(w).casefold(): g for g, group in enumerate(table) for w in group}


def _left_unchanged(r: Reading) -> Assessment | None:
    return _said_instead(r, unchanged_where_claim_changes(r.claim, r.evidence, r.lexicon))


def _denied_ground(r: Reading) -> Assessment | None:
    unfounded = denied_evidence(r.claim, r.evidence, r.lexicon)
    if not unfounded:
        return None
    return Assessment(Verdict.CONFLICTS, f"finds “{unfounded}” what the claim states", r.agreeing,
                      (f"{r.claim.text} -> {unfounded}",))


def _own_figure(r: Reading, theirs: Name) -> Fact | None:
    """A figure the evidence tells of ``theirs`` in the unit of one of the claim's figures
    but of another value: "Y won 41 seats" for "X won 19 seats" is Y's own result beside
    X's, not Y named where X should be."""
    for f in r.evidence.claim.facts:
        held = r.evidence.sentence.holders(f).nearest
        if held is None or not held.same_entity(theirs) or not f.unit:
            continue
        if any(c.unit == f.unit and c.value is not None and c.value != f.value for c in r.claim.claim.facts):
            return f
    return None


def _other_name(r: Reading) -> Assessment | None:
    clashes = entity_conflicts(r.claim, r.evidence, r.corpus.rarity, r.lexicon)
    for _, m in clashes:
        own = _own_figure(r, m)
        if own is not None:
            # It tells of another one than the claim's: it says nothing of the claim's one.
            return Assessment(Verdict.ABSENT, f"gives {_show(own)} of {m.text}, not of the claim's")
    if not clashes:
        return None
    n, m = clashes[0]
    return Assessment(Verdict.CONFLICTS, f"names {m.text} where the claim names {n.text}", r.agreeing,
                      tuple(f"{a.text} -> {b.text}" for a, b in clashes))


def _other_way(r: Reading) -> Assessment | None:
    # "from X to Y" / "from Y to X": the same two names, the way between them told backwards.
    found = reversed_route(r.claim.sentence, r.evidence.sentence)
    if found is None:
        return None
    mine, theirs = found
    told, claimed = theirs.text, mine.text
    return Assessment(Verdict.CONFLICTS, f"says {told}, the claim says {claimed}", r.agreeing,
                      (f"{claimed} -> {told}",))


def _coarser_date(r: Reading) -> Assessment | None:
    # A week or a month where the claim gives the day is vaguer, unless the source states
    # the claim's figure (the date then only places it).
    if any(not is_date(m.claim_fact) for m in r.stated):
        return None
    coarse = [m for m in r.stated if is_date(m.claim_fact) and (
        (period(m.source_fact, r.published) and not period(m.claim_fact, r.published))
        or wider_date(m.claim_fact, m.source_fact, r.published, r.published) is m.source_fact
        or _fewer_calendar_parts(m.claim_fact, m.source_fact)
        # (A bare weekday in an article of no known date says the day of the week, not which week.)
        or m.source_fact.kind is FactKind.WEEKDAY and m.claim_fact.kind is FactKind.DATE
        and bool(m.claim_fact.day) and r.published is None)]
    return _vaguer(r, coarse)


def _fewer_calendar_parts(claimed: Fact, given: Fact) -> bool:
    """Whether a date gives the claim's month without its day, or its year without its month
    ("November" for "29 November"): vaguer, whichever year a date without one is placed in
    (near midyear, "November" and "29 November" of one article may be placed a year apart)."""
    if claimed.kind is not FactKind.DATE or given.kind is not FactKind.DATE or given.weekday is not None \
            or (claimed.year is not None and given.year is not None and claimed.year != given.year):
        return False
    if claimed.day and not given.day:
        return bool(given.month) and given.month == claimed.month
    return bool(claimed.month) and not given.month and given.year is not None


def _vaguer(r: Reading, found: list[FactMatch]) -> Assessment | None:
    """A refinement: the sentence gives the first of ``found`` vaguer than the claim does."""
    if not found:
        return None
    m = found[0]
    return Assessment(Verdict.PARTIAL,
                      f"gives only {_show(m.source_fact)} for the claim's {_show(m.claim_fact)}",
                      r.agreeing)


def _misquoted_figure(r: Reading) -> Assessment | None:
    # Inside the same remark, "less than a minute" is not what was said of "forty seconds".
    misquoted = [m for m in r.stated if m.relation is not FactRelation.SAME
                 and _quoted_figure(r.claim, r.evidence, m, r.lexicon)]
    if not misquoted:
        return None
    m = misquoted[0]
    return Assessment(Verdict.CONFLICTS,
                      f"quotes {_show(m.source_fact)} where the claim quotes {_show(m.claim_fact)}",
                      r.agreeing, (f"{_show(m.claim_fact)} -> {_show(m.source_fact)}",))


def _bound_for_a_figure(r: Reading) -> Assessment | None:
    # "dozens of people" or "more than 30" where the claim counts 38 (or about 38): true,
    # but vaguer. So is "thousands of residents" where the claim says more than 5,000 of them.
    bounded = [m for m in r.stated if not is_date(m.claim_fact)
               and m.relation is FactRelation.COMPATIBLE_BOUNDS
               and ((m.claim_fact.qualifier in ("", "~") and m.source_fact.qualifier in _BOUNDS)
                    or _vaguer_amount(m, r.lexicon))]
    return _vaguer(r, bounded)


def _coarser(claimed: Fact, given: Fact) -> bool:
    """Whether a value is given, as plainly as the claim gives it, to a coarser last digit
    ("37%" / "37.4%", "9 pm" / "8:52 pm"). (An estimate of the claim's own figure, "about
    £3.2 million", says the figure; one of a rounder figure is told by its digits too.)"""
    return claimed.qualifier == given.qualifier and precision(given) > precision(claimed)


def _rounded_figure(r: Reading) -> Assessment | None:
    # "37%" where the claim says 37.4%: the same figure, told less exactly (a claim rounder
    # than its source is stated in full by it).
    rounded = [m for m in r.stated if not is_date(m.claim_fact) and m.relation is FactRelation.ROUNDING
               and _coarser(m.claim_fact, m.source_fact)]
    return _vaguer(r, rounded)


def _other_post(r: Reading) -> Assessment | None:
    titled = post_conflicts(r.claim, r.evidence, r.lexicon)
    if not titled:
        return None
    n, wording = titled[0]
    return Assessment(Verdict.CONFLICTS, f"calls {n.text} the {wording}", r.agreeing,
                      tuple(f"{a.text}: {w}" for a, w in titled))


def _only_its_subject(r: Reading) -> Assessment | None:
    if (r.claim.claim.facts or post_relation(r.claim, r.evidence, r.lexicon)
            or not only_the_subject(r.claim, r.evidence, r.lexicon)
            or claim_acts(r.claim, r.lexicon) and not opens_with_negative_subject(r.claim, r.lexicon)
            and act_stated(r.claim, r.evidence, r.lexicon)):
        # (An act the claim tells as done, which the sentence states in other words, "was sold
        # to X" for "X bought": no mere subject. An act denied is weighed by its own rules.)
        return None
    return Assessment(Verdict.ABSENT, "names what the claim is about, but not what it says of it")


def _act_left_out(r: Reading) -> Assessment | None:
    if r.stated or act_stated(r.claim, r.evidence, r.lexicon) or _hedged(r) or _only_a_topic(r):
        return None  # a hedge or a topic stands where the act would: it is said, but vaguer
    # "She denies the charges" names the charges, not that she was cleared of them.
    acts = ", ".join(f"“{r.claim.text[p.start:p.end]}”" for p in claim_acts(r.claim, r.lexicon))
    return Assessment(Verdict.ABSENT, f"names what the claim is about, but does not say it {acts}")


def _denied_of_another(r: Reading) -> Assessment | None:
    """The claim's act is in the evidence only as denied, and no rule before this one read the
    denial as told of the claim's own thing by its own doer: it is told of another thing or by
    another ("X has not confirmed the talks" for "X confirmed the truce"). A denial states
    nothing done, so the sentence cannot support the claim, and of the claim's thing it says
    nothing."""
    told = [q for q in r.evidence.sentence.predications
            if any(q.concept == p.concept for p in claim_acts(r.claim, r.lexicon) if not p.negated)]
    if not told or not all(q.negated for q in told):
        return None
    denied = ", ".join(f"“{r.evidence.text[q.start:q.end]}”" for q in told)
    return Assessment(Verdict.ABSENT, f"tells the act only as not done ({denied}), not as the claim does")


def ahead_acts(claim: Profile, lexicon: Lexicon = DEFAULT) -> list[Predication]:
    """The verbs of a claim that says what is to happen ("further cuts will be needed",
    "the line will reopen"): its main clause's finite predications after a
    ``future_markers`` word; none for a claim of what was done or is."""
    subordinators = lexicon.words("verdicts", "subordinators")
    toks = claim.sentence.tokens
    first_sub = next((t.start for k, t in enumerate(toks) if k and t.norm in subordinators), len(claim.text))
    future = lexicon.phrases(("verdicts", "future_markers"))
    ahead = future.search(claim.text.casefold()) if future else None
    if not ahead or ahead.start() >= first_sub:
        return []
    held = [(f.start, f.end) for f in claim.claim.facts] + [(n.start, n.end) for n in claim.names]
    return [p for p in claim.sentence.predications
            if p.finite and ahead.end() <= p.start and p.end <= first_sub and not p.capitalised
            and not any(a < p.end <= b for a, b in held)]


def _told_done_where_claim_ahead(r: Reading) -> Assessment | None:
    # "Further rate rises will be needed" / "The bank raised rates on Wednesday": the
    # sentence tells of the thing done, not of what the claim says is still to come. It
    # says the claim's point only where it tells what is ahead too, or the claim's verb.
    acts = ahead_acts(r.claim, r.lexicon)
    if not acts or _ahead(r.evidence.text, r.lexicon) or act_stated(r.claim, r.evidence, r.lexicon, acts) \
            or not any(p.finite for p in r.evidence.sentence.predications):
        return None
    said = ", ".join(f"“{r.claim.text[p.start:p.end]}”" for p in acts)
    return Assessment(Verdict.PARTIAL, f"tells of it done, not that it is to come ({said})", r.agreeing)


def _only_a_topic_without_values(r: Reading) -> Assessment | None:
    lacking = r.lacking
    topic = only_a_topic(r.claim, r.evidence, r.lexicon) if lacking and not r.stated else ""
    if not topic:
        return None
    # "The talks covered the budget" says nothing of what the budget is.
    return Assessment(Verdict.ABSENT, f"names it only as a topic (“{topic}”), without the claim's "
                      + ", ".join(_show(f) for f in lacking))


def point_acts(claim: Profile, lexicon: Lexicon = DEFAULT) -> list[Predication]:
    """The claim's acts (``claim_acts``) that are its point: not a cue of how sure it is
    ("sentencing is expected in eight weeks" says when, not that anyone expected), nor a
    verb that only says its subject happened (``occurrence_verbs``: "infections occurred
    in 2% of patients" is about the infections)."""
    hedges = lexicon.phrases(("certainty", "hedges"))
    cues = [(m.start(), m.end()) for m in hedges.finditer(claim.text.casefold())] if hedges else []
    occurring = {concept(w, lexicon) for w in lexicon.words("verdicts", "occurrence_verbs")}
    return [p for p in claim_acts(claim, lexicon) if p.concept not in occurring
            and not any(a <= p.start < b for a, b in cues)]


def _figure_of_another_measure(r: Reading) -> Fact | None:
    """A figure the sentence gives in the kind and unit of a value the claim states and the
    sentence leaves out, of no thing the claim's value is named as measuring ("240 runners
    treated" beside "18,000 runners finished"; but "a 35% levy" is another figure of a
    "20% levy"): None when it gives none."""
    claim, evidence = r.claim.sentence, r.evidence.sentence
    for i, f in enumerate(claim.facts):
        if is_date(f) or f not in r.lacking:
            continue
        nouns = claim.measures[i].nouns
        paired = {id(m.source_fact) for m in r.dropped}
        for j, g in enumerate(evidence.facts):
            # (A change against another base, "5% up on the quarter" for "8% down on the
            # year", is the claim's change told otherwise: ``a partial.)
            if (g.kind, g.unit) == (f.kind, f.unit) and not nouns & evidence.measures[j].nouns \
                    and evidence.measures[j].base == claim.measures[i].base and id(g) not in paired:
                return g
    return None


def _point_left_out(r: Reading) -> Assessment | None:
    # "More than 18,000 runners finished" / "most of the 240 runners treated had cramp": a
    # sentence that gives a figure of the claim's kind, not the claim's, and does not state
    # the claim's act (in its words or others) gives a figure of another measure: it does
    # not state the claim without its figure, it states something else.
    if not r.lacking or r.stated or r.elsewhere or _figure_of_another_measure(r) is None:
        return None
    own = point_acts(r.claim, r.lexicon)
    if not own or act_stated(r.claim, r.evidence, r.lexicon, own):
        return None
    acts = ", ".join(f"“{r.claim.text[p.start:p.end]}”" for p in own)
    return Assessment(Verdict.ABSENT, f"names what the claim is about, but does not say it {acts}")


def _figure_of_another_holder(r: Reading) -> tuple[Fact, Name] | None:
    """A figure the sentence gives in the kind and unit of a value the claim states and the
    sentence leaves out, told of another one than the claim's, which it names nowhere ("the
    Z is third, with 19 seats" for "X won 41 seats"): None when it gives none."""
    mine = [n for n in r.claim.names if not n.speaks and not n.nation]
    if not mine or any(name_in(n, r.evidence, r.corpus.rarity, r.lexicon) for n in mine):
        return None
    for f in r.lacking:
        for g in r.evidence.claim.facts:
            if (g.kind, g.unit) != (f.kind, f.unit) or is_date(g):
                continue
            theirs = r.evidence.sentence.holders(g).nearest
            if theirs is not None and not _one_of(theirs, mine):
                return g, theirs
    return None


def _values_left_out(r: Reading) -> Assessment | None:
    lacking = r.lacking
    if not lacking:
        return None
    # (A date it shares with the claim is the day of both holders' figures.)
    other = _figure_of_another_holder(r) if all(is_date(m.claim_fact) for m in r.stated) else None
    if other is not None:
        # It tells another one's figure of the claim's measure: nothing of the claim's one.
        return Assessment(Verdict.ABSENT, f"gives {_show(other[0])} of {other[1].text}, not of the claim's")
    if not r.stated:
        unnamed = _things_unnamed(r)
        if unnamed:
            # "About 2,300 dockworkers are on strike" / "The strike at the port has begun": a
            # sentence that never names what the claim counts does not state the count's point.
            return Assessment(Verdict.ABSENT, f"never names what the claim counts ({', '.join(unnamed)})")
    values = ", ".join(_show(f) for f in lacking)
    return Assessment(Verdict.PARTIAL, f"states the point without the claim's {values}", r.agreeing)


def _things_unnamed(r: Reading) -> list[str]:
    """The nouns of the claim's counts left out that the sentence never names, in its words or
    others (a word of the same concept, a compound's part): all of them, or none where any
    count left out is of a thing the sentence names, or where it tells the claim's act or the
    count as a plural scale word ("hundreds were stranded")."""
    if claim_acts(r.claim, r.lexicon) and act_stated(r.claim, r.evidence, r.lexicon) \
            or counted_vaguely(r.claim, r.evidence, r.matches, r.lexicon):
        return []  # (its act told, the thing it befell may go unsaid: "the festival drew large crowds")
    said = set(r.evidence.concepts) | _heads(set(r.evidence.concepts), r.lexicon)
    out = []
    for f in r.lacking:
        if f.kind is not FactKind.COUNT or not f.unit:
            return []
        thing = concept(f.unit, r.lexicon)
        # (Or what the count measures, named near it: "the target in the final was 268 runs".)
        words = {thing, *_parts(thing, r.lexicon), *r.claim.sentence.measure(f).nouns} \
            | _heads({thing}, r.lexicon)
        if words & said or any(g.unit and concept(g.unit, r.lexicon) == thing
                               for g in r.evidence.claim.facts):
            return []
        out.append(f.unit)
    return out


def _place_left_out(r: Reading) -> Assessment | None:
    left_out = unnamed(r.claim, r.evidence, r.corpus.rarity, r.lexicon, r.source_words)
    if not left_out:
        return None
    places = ", ".join(n.text for n in left_out)
    if _speaks_about(r.claim, r.lexicon):
        # "X spoke about Y on Z": that X spoke of Y is no news; where is what the claim says.
        return Assessment(Verdict.ABSENT, f"does not say it was said on or at {places}", r.agreeing)
    return Assessment(Verdict.PARTIAL, f"does not name {places}", r.agreeing)


def _hedged(r: Reading) -> Assessment | None:
    near = (r.stated[0].source_fact.start, r.stated[0].source_fact.end) if r.stated else None
    hedge = hedged_where_claim_asserts(r.claim, r.evidence, r.lexicon, near)
    if not hedge:
        return None
    return Assessment(Verdict.PARTIAL, f"hedges it (“{hedge}”) where the claim asserts it", r.agreeing)


def _date_given_to_another_act(r: Reading) -> Assessment | None:
    # "The leak was found on Monday" / "Monday: the pipe bursts": a claim that dates when
    # something came to be known (``discovery_acts``) is not answered by a sentence that
    # dates the thing itself, which may have happened days before it was found. The day is
    # right; that the thing was found on it the sentence does not say.
    if not r.stated or not all(is_date(m.claim_fact) for m in r.stated) or r.lacking:
        return None
    found = {concept(w, r.lexicon) for w in r.lexicon.words("verdicts", "discovery_acts")}
    own = [p for p in point_acts(r.claim, r.lexicon) if p.concept in found]
    if not own or act_stated(r.claim, r.evidence, r.lexicon, own) \
            or any(w.concept in found for w in r.evidence.sentence.words):
        return None
    said = ", ".join(f"“{r.claim.text[p.start:p.end]}”" for p in own)
    return Assessment(Verdict.PARTIAL, f"gives the day, but not that it was the day it was {said}",
                      r.agreeing)


def _habitual(r: Reading) -> Assessment | None:
    # "The gang usually steals the files first" / "The gang stole the files": a sentence that
    # tells what someone does as a rule tells no act of this event; it makes the claim's act
    # likely, no more. (A claim told as a habit itself is answered by one.)
    # The cue must stand in the main clause: "shares rose, which is not what you usually
    # see" tells the rise, and only the aside is of what is usual.
    cues = r.lexicon.phrases(("verdicts", "habitual_cues"))
    cue = cues.search(r.evidence.text.casefold()) if cues else None
    if cues is None or cue is None or cues.search(r.claim.text.casefold()):
        return None
    subordinators = r.lexicon.words("verdicts", "subordinators")
    if any(k and t.norm in subordinators and t.start < cue.start()
           for k, t in enumerate(r.evidence.sentence.tokens)):
        return None
    return Assessment(Verdict.PARTIAL, f"tells it as what is done as a rule (“{cue.group(0)}”), "
                      "not as done this time", r.agreeing)


def _only_a_topic(r: Reading) -> Assessment | None:
    topic = only_a_topic(r.claim, r.evidence, r.lexicon)
    if not topic:
        return None
    return Assessment(Verdict.PARTIAL, f"names it only as a topic (“{topic}”)", r.agreeing)


def _quoted_otherwise(r: Reading) -> Assessment | None:
    variant = quote_variant(r.claim, r.evidence, r.lexicon)
    if not variant:
        return None
    return Assessment(Verdict.PARTIAL, f"quotes it differently: “{variant}”", r.agreeing)


VERDICT_RULES: tuple[VerdictRule, ...] = (
    _date_of_another_act,
    _differing_value,
    _of_another_occasion,
    _opposite_act,
    _told_where_denied,
    _denied_only_as_aim,
    _denied_in_part,
    _other_bearing,
    _other_kind_of_thing,
    _left_unchanged,
    _denied_ground,
    _other_name,
    _other_way,
    _coarser_date,
    _misquoted_figure,
    _bound_for_a_figure,
    _rounded_figure,
    _other_post,
    _only_its_subject,
    _only_a_topic_without_values,
    _denied_of_another,
    _point_left_out,
    _values_left_out,
    _place_left_out,
    _act_left_out,
    _told_done_where_claim_ahead,
    _date_given_to_another_act,
    _hedged,
    _habitual,
    _only_a_topic,
    _quoted_otherwise,
)
"""The verdict rules in the order they are asked: the first that finds something decides
(a conflict before a refinement, a refinement before agreement); a sentence none of them
finds anything in states the same as the claim."""


def assess(claim: Profile, evidence: Profile, corpus: Corpus, published: dt.date | None,
           lexicon: Lexicon = DEFAULT, options: CheckOptions = CheckOptions(),
           source_words: frozenset[str] = frozenset()) -> Assessment:
    """The verdict of one sentence on the claim, with the values behind it."""
    matches, missing, dropped = measured(claim, evidence, corpus, published, lexicon, options)
    # A value told of an earlier or later happening is no value of the claim's.
    apart = _instances_apart(claim, evidence)
    elsewhere = [m for m in matches if _another_value(m, lexicon)
                 # (unless the value is the rank itself: "the fourth round" / "the fifth round")
                 and (apart and not is_rank(m.claim_fact)
                      or other_occasion(claim.sentence, evidence.sentence, m.source_fact, lexicon)
                      or (projected(claim.sentence, m.claim_fact, lexicon)
                          and not projected(evidence.sentence, m.source_fact, lexicon)))]
    # A figure told of another holder is no value of the claim's holder: the claim's value
    # is left out ("In May, Y carried 52,000" states no figure of X's for May).
    others = [m for m in matches if m not in elsewhere and _another_value(m, lexicon)
              and another_holder(claim, evidence, m, corpus.rarity, lexicon)]
    elsewhere += others
    missing = missing + [m.claim_fact for m in others]
    matches = [m for m in matches if m not in elsewhere]
    stated = [m for m in matches if not _another_value(m, lexicon)]
    lacking = [f for f in missing
               if not _optional(f, stated, evidence, lexicon) and not _every_one(claim, f, evidence, lexicon)
               and not _told_by_its_twin(claim, f, matches)]
    reading = Reading(claim, evidence, corpus, published, lexicon, source_words, matches, stated, lacking,
                      tuple(_show(m.source_fact) for m in stated), elsewhere, dropped)
    for rule in VERDICT_RULES:
        found = rule(reading)
        if found is not None:
            return found
    if _denial_unanswered(claim, evidence, lexicon):
        acts = ", ".join(f"“{claim.text[p.start:p.end]}”"
                         for p in claim.sentence.predications if p.negated)
        return Assessment(Verdict.ABSENT, f"does not say what the claim denies: {acts}")
    if not stated and not act_stated(claim, evidence, lexicon, opposite=False) \
            and not _opposite_by_another(claim, evidence, lexicon):
        # Only the opposite of the claim's act is named, and no rule reads it as told against
        # the claim ("signed a fresh agreement" for "rejected the offer"): nothing the claim says is stated.
        acts = ", ".join(f"“{claim.text[p.start:p.end]}”" for p in claim_acts(claim, lexicon))
        return Assessment(Verdict.ABSENT, f"names what the claim is about, but does not say it {acts}")
    agreeing = reading.agreeing
    shown = f" ({', '.join(agreeing)})" if agreeing else ""
    return Assessment(Verdict.SUPPORTS, "states the same" + shown, agreeing)


def _instances_apart(claim: Profile, evidence: Profile) -> bool:
    """Whether the claim marks what both name as one of several ("the second quake", "another
    vote") and the evidence does not mark it so: its values are of another of them."""
    mine = {m for m, c in claim.sentence.marked if c in evidence.sentence.concepts}
    return bool(mine) and not mine & {m for m, _ in evidence.sentence.marked}


def _denial_unanswered(claim: Profile, evidence: Profile, lexicon: Lexicon) -> bool:
    """Whether the claim denies an act ("X has not commented") that the evidence neither
    denies too nor tells the opposite of ("X declined to comment", "X stayed silent"): telling
    of the act by someone else, or of something else, states nothing of the denial."""
    denied = [p for p in claim.sentence.predications if p.negated]
    if not denied or evidence.sentence.denies or opens_with_negative_subject(claim, lexicon):
        return False  # (a denial in the evidence, or "no one was hurt", is read by the rules above)
    told = evidence.sentence.predications
    return not any(q.concept == p.concept and q.negated or q.concept in _opposites(p.concept, lexicon)
                   and not q.negated for p in denied for q in told)


def _opposite_by_another(claim: Profile, evidence: Profile, lexicon: Lexicon) -> bool:
    """Whether the evidence tells the opposite of a claim's act done by another doer ("Y won the
    final" for "X lost the final"): the same happening, told from the other side."""
    return any(q.finite and q.concept in _opposites(p.concept, lexicon)
               and _doers_clash(claim, _predication_at(claim.sentence, p.start), evidence, q, lexicon)
               for p in claim_acts(claim, lexicon) for q in evidence.sentence.predications)


_BOUNDS = frozenset({">", ">=", "<", "<="})
"""Qualifiers of a value given only as a bound ("more than", "at least", "dozens")."""


def _every_one(claim: Profile, fact: Fact, evidence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the claim counts a whole ("all three charges") that the evidence names as a
    whole of the same noun without the count ("all charges"): the count only says how many
    that whole is, which the evidence does not contradict by leaving it out."""
    wholes = lexicon.words("verdicts", "whole_quantifiers")
    before = claim.text[:fact.start].split()
    if fact.kind is not FactKind.COUNT or not fact.unit or not before or before[-1].casefold() not in wholes:
        return False
    noun = concept(fact.unit, lexicon)
    toks = evidence.sentence.tokens
    return any(t.norm in wholes and concept(nxt.norm, lexicon) == noun
               for t, nxt in zip(toks, toks[1:], strict=False))


def _optional(fact: Fact, stated: Sequence[FactMatch], evidence: Profile, lexicon: Lexicon = DEFAULT) -> bool:
    """A value the source may leave out once it states the claim's other values: a date or
    time ("35% contained" answers "35% contained on Friday morning"), or a bare number the
    source gives in another form ("at week 12" / "after 12 weeks")."""
    if fact.unit == CLOCK_TIME and any(f.unit == CLOCK_TIME for f in evidence.claim.facts):
        # A time of day read on another clock ("11:05 pm local time" / "23:05 GMT"), which no
        # calendar sets beside the claim's: the source tells the time, not the claim's.
        return False
    if any(f.value is not None and f.value == fact.value and not _counts_of_two_classes(f, fact, lexicon)
           for f in evidence.claim.facts):
        return True
    if _sum_of_stated(fact, stated):
        return True
    return bool(stated) and (is_date(fact) or (fact.kind is FactKind.NUMBER and not fact.unit))


def _told_by_its_twin(claim: Profile, fact: Fact, matches: Sequence[FactMatch]) -> bool:
    """Whether the claim writes the value twice, once in brackets ("about 40 km (25 miles)"),
    and the source gives it in the other writing: one value, told once, not one left out."""
    k = next((k for k, f in enumerate(claim.claim.facts) if f.start == fact.start), None)
    twin = bracket_twin_of(claim.text, claim.claim.facts, k) if k is not None else None
    return twin is not None and any(m.claim_fact.start == claim.claim.facts[twin].start for m in matches)


def _sum_of_stated(total: Fact, stated: Sequence[FactMatch]) -> bool:
    """Whether the claim's count is the sum of two or more of its other counts that the source
    states as the claim does ("60 people: 52 passengers and eight crew" answered by "52
    passengers and eight crew members"): the parts tell the whole."""
    if total.kind is not FactKind.COUNT or total.value is None or total.qualifier:
        return False
    parts = [f for m in stated if m.relation is FactRelation.SAME
             and (f := m.claim_fact).kind is FactKind.COUNT and f.start != total.start
             and f.upper is None and not f.qualifier]
    return len(parts) >= 2 and math.isclose(sum(p.value or 0.0 for p in parts), total.value)


def _counts_of_two_classes(a: Fact, b: Fact, lexicon: Lexicon) -> bool:
    """Whether two counts count two classes of thing ("45 households" / "45 rescued"): the
    same figure then tells neither count. (People may be those any act befell: "a toll of
    398 people" counts the dead.)"""
    if a.kind is not FactKind.COUNT or b.kind is not FactKind.COUNT:
        return False
    classes = {count_class(a.unit, lexicon), count_class(b.unit, lexicon)}
    return len(classes) == 2 and None not in classes and people_class(lexicon) not in classes


_DIRECTNESS = {Verdict.SUPPORTS: 1.0, Verdict.CONFLICTS: 1.0, Verdict.PARTIAL: 0.0, Verdict.ABSENT: -1.0}
"""A sentence that states the claim's point, or contradicts it, outweighs a more similar
one that only touches it; between those two, the more relevant sentence decides."""


@dataclass(frozen=True)
class Sources:
    """The sources as ``check`` reads them, once for every claim of a run: the corpus, the
    view of each statement sentence, and every word each source uses."""

    corpus: Corpus
    profiles: Mapping[str, tuple[Profile, ...]]
    """The statement sentences of each source, in order."""
    words: Mapping[str, frozenset[str]]


def read_sources(corpus: Corpus) -> Sources:
    profiles: dict[str, list[Profile]] = {}
    for s in corpus.sentences:
        if s.claim.role is ClaimRole.STATEMENT:
            profiles.setdefault(s.source, []).append(profile(s, corpus.lexicon))
    return Sources(corpus, {source: tuple(own) for source, own in profiles.items()},
                   {source: frozenset(w for p in own for w in p.words) for source, own in profiles.items()})


def verdict_for(claim: Profile, source: str, sources: Sources, options: CheckOptions = CheckOptions()
                ) -> SourceVerdict:
    """One source's verdict: the best of its sentences near the top of the relevance ranking."""
    corpus, lexicon = sources.corpus, sources.corpus.lexicon
    published = corpus.published.get(source)
    verbs, act_nouns = claim_verbs(claim), claim_act_nouns(claim, lexicon)
    own = tuple(with_claims_act_nouns(act_nouns, with_claims_acts(verbs, p))
                for p in sources.profiles.get(source, ()))
    source_words = sources.words.get(source, frozenset())
    ranked = sorted(((relevance(claim, p, corpus, published, options, lexicon, source_words), p)
                     for p in own),
                    key=lambda sp: (-sp[0], sp[1].claim.index))
    if not ranked or ranked[0][0] < options.present:
        best = ranked[0] if ranked else None
        return SourceVerdict(source, Verdict.ABSENT, None, round(best[0], 1) if best else 0.0,
                             "no sentence addresses the claim")
    top = ranked[0][0]
    weighed = [(s, p, assess(claim, p, corpus, published, lexicon, options, source_words)) for s, p in ranked
               if s >= options.present and s >= top - options.margin][:4]
    # The most direct statement decides: one that repeats or contradicts the claim's
    # point outweighs a nearby sentence that only touches it.
    score, chosen, verdict = max(
        weighed, key=lambda spa: spa[0] + _DIRECTNESS[spa[2].verdict] * options.margin)
    if verdict.verdict is Verdict.ABSENT:
        return SourceVerdict(source, Verdict.ABSENT, None, round(score, 1), verdict.explanation)
    stranger = _never_named(claim, own, source_words, corpus.rarity)
    if stranger is not None:
        return SourceVerdict(source, Verdict.ABSENT, None, round(score, 1), f"never names {stranger.text}")
    return SourceVerdict(source, verdict.verdict, chosen.claim, round(score, 1), verdict.explanation,
                         verdict.agreeing, verdict.differing)


def _never_named(claim: Profile, own: Sequence[Profile], source_words: frozenset[str],
                 rarity: Mapping[str, float]) -> Name | None:
    """The name the claim opens with (not a possessor: "X's firm opened" is about the firm),
    when the source never names it, by its rarest word or as the same entity, and names
    another of its kind ("Vell Bank" for "Tarco Bank"): its sentences on one of that kind ("the
    lender shut its doors") are of the other. (A source naming none of the kind may speak
    of the claim's by a part of it: "the Executive Committee approved the sale".)"""
    opening = next((n for n in claim.names if n.start == 0 and not n.nation and not n.possessive
                    and len(n.spelled) > 1), None)
    if opening is None or _key_word(opening, rarity) in source_words:
        return None
    named = [m for p in own for m in p.names]
    if any(opening.same_entity(m) or opening.abbreviates(m) or m.abbreviates(opening) for m in named):
        return None
    kind = opening.spelled[-1]
    return opening if any(len(m.spelled) > 1 and m.spelled[-1] == kind for m in named) else None


def check_claim(text: str, sources: Sources | Corpus, *, claim_id: str = "",
                options: CheckOptions = CheckOptions()) -> CheckResult:
    """Check one claim against the sentences of every source the corpus lists in its
    ``published`` (a source without sentences is ``absent``). Pass ``read_sources(corpus)``
    to read the sources once for many claims."""
    if isinstance(sources, Corpus):
        sources = read_sources(sources)
    lexicon = sources.corpus.lexicon
    # A word opening the claim is a name where the sources write it as one.
    read = with_known_names((read_claim(text, lexicon),), sources.corpus.name_words, lexicon)[0]
    claim = profile(read, lexicon, checked=True)
    verdicts = tuple(verdict_for(claim, source, sources, options)
                     for source in sorted(sources.corpus.published))
    return CheckResult(claim.text, claim_id, verdicts)


__all__ = ["CheckOptions", "Profile", "Sources", "check_claim", "profile", "read_claim", "read_sources",
           "verdict_for"]
