"""What is known across the sentences of a run: which words the whole story uses, how rare
each word is, every name each source mentions, and when each source was published.

Built once from the annotated sentences, and read by ``compare``'s detectors and by
``check`` alike.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from claimcheck.annotate import Sentence, name_words, paraphrases_near, words_near
from claimcheck.entities import Name, canonical
from claimcheck.facts import measured_quantity
from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.measures import PRESENT
from claimcheck.models import DATE_KINDS, Claim, ClaimRole, Fact, FactKind

COMMON_SHARE = 0.12
"""A concept in more than this share of the statements (and in more than four) is the
story's own subject: it cannot tell which quantity a number is a value of."""


@dataclass(frozen=True)
class Corpus:
    """The sentences of every source, and what they tell about each other."""

    sentences: tuple[Sentence, ...]
    published: Mapping[str, dt.date | None] = field(default_factory=dict)
    """Each source's publication date (None when unknown)."""
    story_date: dt.date | None = None
    """The middle of the sources' known dates (``story_date``): when the story was reported,
    against which a figure an undated source places in a year is judged old or not."""
    lexicon: Lexicon = DEFAULT
    common: frozenset[str] = frozenset()
    """Concepts found all over the corpus (the story's subject)."""
    rarity: Mapping[str, float] = field(default_factory=dict)
    """Inverse document frequency of each term (``terms``) over the statements."""
    names_by_source: Mapping[str, tuple[Name, ...]] = field(default_factory=dict)
    """Every name each source mentions."""
    by_key: Mapping[tuple[str, int], Sentence] = field(default_factory=dict)
    statement_count: int = 0
    fact_words: Mapping[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    """By sentence text: the words around each of its facts, the story's common words
    skipped (what each value is a value of), read once for the run."""
    name_words: frozenset[str] = frozenset()
    """Words the sentences write as names (``annotate.name_words``)."""
    affiliations: tuple[tuple[Name, Name], ...] = ()
    """Every (member, body) pair a sentence tells (``Sentence.affiliations``), once."""
    name_index: Mapping[str, Mapping[object, tuple[Name, ...]]] = field(default_factory=dict)
    """Each source's names by word, key, acronym and initials (``index_names``)."""
    _affiliated: dict[tuple, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _mentioned: dict[tuple, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _sorts: dict[tuple, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    statement_terms: Mapping[tuple[str, int], frozenset[str]] = field(default_factory=dict)
    """Each statement's terms (``terms``), by claim key: read once, for the rarities and
    for every pair of sentences weighed by them."""
    statement_weights: Mapping[tuple[str, int], float] = field(default_factory=dict)
    """Each statement's ``terms_weight``, by claim key."""
    headline_counts: Mapping[tuple[str, str], float] = field(default_factory=dict)
    """By (source, fate): the largest count the source gives of people that fate befell, told
    of the whole ("killed at least 4,100 people"), not of a part, an increment or an earlier
    time (``headline_counts``): each source's toll of the story."""
    split_by_nation: frozenset[str] = frozenset()
    """Units of counts ("dead", "injured") the story tells for two countries apart ("In X, 40
    died"; "Y's ministry said 12 died", ``split_by_nation``): a count of one of them told of no
    country is the whole, no one country's."""
    split_by_setting: frozenset[str] = frozenset()
    """Units of counts the story tells in two settings (``Measure.setting``: "241 on board", "33
    on the ground"): a count of them in no setting is the whole, no one setting's."""
    split_by_place: frozenset[str] = frozenset()
    """Units of counts a source places in two places apart ("52 died in X", "in Y, 30 were
    killed", ``split_by_place``): the story tells them place by place, so a count of one of
    them told of no place is the whole, or of a place unsaid, and one told of another place is
    that place's."""
    sized_several: frozenset[str] = frozenset()
    """Concepts of nouns one source sizes two ways ("a 44-yard kick" ... "a 31-yard kick",
    "an 8-play drive" ... "a 10-play drive"): things the story tells several of
    (``sized_several``)."""

    def words_of_facts(self, sentence: Sentence) -> tuple[frozenset[str], ...]:
        """The words around each fact of the sentence, the story's common words skipped."""
        found = self.fact_words.get(sentence.text)
        if found is None:  # a sentence from outside the corpus
            found = _words_of_facts(sentence, self.common)
        return found

    def affiliated(self, member: Name, body: Name) -> bool:
        """Whether some sentence of the corpus gives ``member`` a post in ``body``: what one
        source credits to a company's officer another may credit to the company."""
        # Asked for every pair of differently credited statements, of a few speakers: each
        # pair of names is weighed against every affiliation once (``Name.identity``).
        key = (member.identity, body.identity)
        found = self._affiliated.get(key)
        if found is None:
            found = self._affiliated[key] = any(m.same_entity(member) and b.same_entity(body)
                                                for m, b in self.affiliations)
        return found

    def headline_fate(self, sentence: Sentence, k: int) -> str:
        """The fate of which the sentence's ``k``-th figure is its source's headline count
        (``headline_counts``), "" where it is none."""
        if not is_headline_count(sentence, k):
            return ""
        fate = next(iter(sentence.measures[k].fates))
        return fate if self.headline_counts.get((sentence.source, fate)) == sentence.facts[k].value else ""

    def sort_of(self, source: str, name: Name) -> str:
        """What the name names (``Name.sort``), as its own sentence says or, where it does not,
        as the source says of the same entity elsewhere ("Chief Ann Roe said ..." and later
        "Roe indicated ..."); "" where the source says nothing, or says two things."""
        if name.sort:
            return name.sort
        key = (source, name.identity)
        found = self._sorts.get(key)
        if found is None:
            sorts = {o.sort for o in self.names_by_source.get(source, ()) if o.sort and name.same_entity(o)}
            found = self._sorts[key] = next(iter(sorts)) if len(sorts) == 1 else ""
        return found

    def mentions(self, source: str, name: Name) -> bool:
        """Whether the source names the entity anywhere: two names are the same entity only
        when they share a word or a key, or one is the other's acronym."""
        # Asked for every name of every pair of statements: each name once per source.
        key = (source, name.identity)
        found = self._mentioned.get(key)
        if found is None:
            index = self.name_index.get(source)
            if index is None:
                index = index_names(self.names_by_source.get(source, ()))
            candidates = {id(o): o for w in set(name.words) for o in index.get(w, ())}
            found = self._mentioned[key] = (
                name.key in {o.key for o in index.get(("key", name.key), ())}
                or any(name.same_entity(o) for o in index.get(("initials", name.acronym), ()))
                or any(name.same_entity(o) for o in index.get(("acronym", name.initials), ()))
                or any(name.abbreviates(o) or o.abbreviates(name)
                       for o in index.get(("opens", not name.capitals, name.initials[:1]), ()))
                or any(name.same_entity(o) for o in candidates.values()))
        return found

    def carried_year(self, sentence: Sentence) -> int | None:
        """The year a sentence opening with a pronoun subject ("It claimed 9,000 lives") takes
        from the sentence before it in its source ("... the 2015 temblor being devastating."):
        the pronoun stands for what that sentence told of, in that year. None when the sentence
        opens otherwise, or the one before names no year."""
        toks, words = sentence.tokens, self.lexicon.words
        if not toks or toks[0].norm not in words("measures", "subject_pronouns") \
                and not (len(toks) > 1 and toks[0].norm in words("measures", "distal_determiners")
                         and toks[1].text.isalpha() and toks[1].text.islower()):
            # ... or a distal determiner and its noun ("That blaze killed 85"): "that" points
            # back to what was told of, not to the story's own event ("this").
            return None
        before = self.by_key.get((sentence.source, sentence.claim.index - 1))
        if before is None:
            return None
        years = [f.year for f in before.facts if f.kind is FactKind.DATE and f.year is not None]
        return years[-1] if years else None

    def sentence(self, claim: Claim) -> Sentence:
        """The sentence of one of the corpus's claims."""
        return self.by_key[claim.key]

    def weight(self, term: str) -> float:
        """How telling a term is: its rarity, where a term the corpus never uses weighs like
        the rarest it does (a claim's wrong name or figure should not by itself hide the
        sentence it gets wrong)."""
        ceiling = self.ceiling
        return min(self.rarity.get(term, ceiling), ceiling)

    @functools.cached_property
    def ceiling(self) -> float:
        """The weight of the rarest term: one used by a single statement."""
        return math.log((self.statement_count + 1) / 1.5)

    def terms_weight(self, sentence: Sentence) -> float:
        """The summed weight of the sentence's terms (``weight``)."""
        found = self.statement_weights.get(sentence.key)
        if found is None or sentence is not self.by_key.get(sentence.key):
            return sum(self.weight(t) for t in self.terms(sentence))  # a sentence from outside the corpus
        return found

    def terms(self, sentence: Sentence) -> frozenset[str]:
        """The sentence's terms (``terms``), as read when the corpus was."""
        found = self.statement_terms.get(sentence.key)
        if found is None or sentence is not self.by_key.get(sentence.key):
            return terms(sentence, self.lexicon)  # a sentence from outside the corpus
        return found


def terms(sentence: Sentence, lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """What a sentence may be found by: its concepts (also as the concepts its wording
    paraphrases, and each part of a hyphenated word), the words of its names as one
    spelling per entity, and its plain words."""
    found = set(sentence.concepts) | {head for _, _, head in sentence.paraphrases}
    found |= {part for c in sentence.concepts if "-" in c for part in c.split("-") if part}
    found |= {canonical(w, lexicon) for n in sentence.names for w in n.words}
    found |= {t.norm for t in sentence.tokens}
    return frozenset(found)


def _words_of_facts(sentence: Sentence, common: frozenset[str]) -> tuple[frozenset[str], ...]:
    # A name of many words ("the Dock and Harbour Workers' Union") is one thing named: it
    # fills one place of a figure's window, and the words past it still say what the figure
    # is of. (Not a date's: "On Saturday, NAME announced ...", the verb past a subject's name
    # is the clause's, which the date of an opening phrase need not time.)
    names = [(n.start, n.end) for n in sentence.names]
    return tuple(words_near(sentence, f.start, f.end, skip=common,
                            joined=() if f.kind in DATE_KINDS else names)
                 | _paraphrased_near(sentence, f.start, f.end) for f in sentence.facts)


def _paraphrased_near(sentence: Sentence, start: int, end: int) -> frozenset[str]:
    """The concepts that words near a span say in other words (``verdicts.yaml``
    paraphrases): "consumer prices rose 3.6%" and "CPI inflation rose to 3.8%" both give a
    figure of inflation, a tie between them even where the story's words are skipped."""
    said = paraphrases_near(sentence, start, end)
    if not said:
        return frozenset()
    figures = [f for f in sentence.facts if f.kind not in DATE_KINDS]
    # Marked apart from plain words: a wording is tied only to the figure it is of, and must not
    # meet the same word standing near another figure of the other sentence.
    return frozenset(PARAPHRASED + head for x, y, head in said if _owner(figures, x, y) in (start, None))


PARAPHRASED = "~"
"""The mark of a concept a figure's words say, told apart from the words near it."""


def _owner(figures: Sequence[Fact], x: int, y: int) -> int | None:
    """The start of the figure a wording at ``x:y`` says what is of: the first figure after it
    (a noun before a figure is its subject: "rents fell 1% and unemployment reached 5.6%"),
    else the last one before it ("a 3.4% rise in consumer prices")."""
    after = [f.start for f in figures if f.start >= y]
    if after:
        return min(after)
    before = [f.start for f in figures if f.end <= x]
    return max(before) if before else None


def _distinct_affiliations(sentences: Sequence[Sentence]) -> tuple[tuple[Name, Name], ...]:
    """Each (member, body) pair once per identity (``Name.identity``): wire copy repeats a
    pair in every source, and every credited statement is weighed against all of them."""
    found: dict[tuple, tuple[Name, Name]] = {}
    for s in sentences:
        for member, body in s.affiliations:
            found.setdefault((member.identity, body.identity), (member, body))
    return tuple(found.values())


def index_names(found: Sequence[Name]) -> dict[object, tuple[Name, ...]]:
    index: dict[object, list[Name]] = defaultdict(list)
    for other in found:
        for w in set(other.words):
            index[w].append(other)
        index[("key", other.key)].append(other)
        index[("initials", other.initials)].append(other)
        if other.acronym:
            index[("acronym", other.acronym)].append(other)
        # A name in capitals and a long name it may write short open with one letter.
        index[("opens", bool(other.capitals), other.initials[:1])].append(other)
    return {k: tuple(v) for k, v in index.items()}


def story_date(published: Iterable[dt.date | None]) -> dt.date | None:
    """The middle one of the known publication dates (the earlier middle of an even count);
    None when none is known. The sources of one story are reported within days of each other,
    so a source without a date is of about that time."""
    known = sorted(d for d in published if d is not None)
    return known[(len(known) - 1) // 2] if known else None


def read_corpus(sentences: Sequence[Sentence], published: Mapping[str, dt.date | None] | None = None,
                lexicon: Lexicon = DEFAULT) -> Corpus:
    statements = [s for s in sentences if s.claim.role is ClaimRole.STATEMENT]
    concept_df: Counter[str] = Counter()
    term_df: Counter[str] = Counter()
    statement_terms = {}
    for s in statements:
        concept_df.update(set(s.concepts))
        statement_terms[s.key] = found = terms(s, lexicon)
        term_df.update(found)
    limit = max(4, COMMON_SHARE * len(statements))
    n = len(statements)
    by_source: dict[str, list[Name]] = defaultdict(list)
    for s in sentences:
        by_source[s.source].extend(s.names)
    names_by_source = {source: tuple(found) for source, found in by_source.items()}
    common = frozenset(c for c, k in concept_df.items() if k > limit)
    fact_words: dict[str, tuple[frozenset[str], ...]] = {}
    for s in statements:
        if s.facts and s.text not in fact_words:
            fact_words[s.text] = _words_of_facts(s, common)
    rarity = {k: math.log((n + 1) / (v + 0.5)) for k, v in term_df.items()}
    return Corpus(
        sentences=tuple(sentences),
        published=dict(published or {}),
        story_date=story_date((published or {}).values()),
        lexicon=lexicon,
        common=common,
        fact_words=fact_words,
        rarity=rarity,
        names_by_source=names_by_source,
        by_key={s.key: s for s in sentences},
        statement_count=n,
        name_index={source: index_names(found) for source, found in names_by_source.items()},
        name_words=name_words(sentences, lexicon),
        statement_terms=statement_terms,
        # Every term of a statement has a rarity, at most the ceiling (``weight``).
        statement_weights={key: sum(map(rarity.__getitem__, found))
                           for key, found in statement_terms.items()},
        affiliations=_distinct_affiliations(sentences),
        sized_several=sized_several(statements),
        split_by_nation=split_by_nation(statements),
        split_by_place=split_by_place(statements),
        split_by_setting=split_by_setting(statements),
        headline_counts=headline_counts(statements),
    )


def sized_several(statements: Iterable[Sentence]) -> frozenset[str]:
    """Nouns some source sizes with two values of one unit, a figure written into the noun
    each time ("a 44-yard kick", "a 31-yard kick"): that source tells of several such things,
    so a size another source gives the noun may be the size of another of them. A size placed
    in another year or told as an earlier one is another event's, and counts for none."""
    values: dict[tuple[str, str, str], set[float]] = defaultdict(set)
    for s in statements:
        for fact, measure in zip(s.facts, s.measures, strict=True):
            if measure.sizing and "-" in fact.raw and fact.value is not None \
                    and not (measure.past or measure.earlier or measure.year is not None):
                for noun in measure.nouns:
                    values[(s.source, fact.unit, noun)].add(fact.value)
    return frozenset(noun for (_, _, noun), found in values.items() if len(found) > 1)


def split_by_nation(statements: Iterable[Sentence]) -> frozenset[str]:
    """``Corpus.split_by_nation``: the units of counts told of one country each, for two or
    more countries."""
    found: dict[str, set[frozenset[str]]] = defaultdict(set)
    for s in statements:
        for fact, nations in zip(s.facts, s.fact_nations, strict=True):
            if len(nations) == 1 and fact.unit:
                found[fact.unit].add(nations)
    return frozenset(unit for unit, told in found.items() if len(told) > 1)


def split_by_place(statements: Iterable[Sentence]) -> frozenset[str]:
    """``Corpus.split_by_place``: the units of counts one source places in a place ("in X"),
    with two values in two places that are not one entity. (Two sources that each name one
    place for a count say nothing of which is which, nor does one source naming one scene
    twice, a town and the county it is in, with one count.)"""
    told: dict[tuple[str, str], list[tuple[Name, float | None]]] = defaultdict(list)
    across: dict[str, list[tuple[Name, float | None]]] = defaultdict(list)
    found: set[str] = set()
    for s in statements:
        for fact, placed in zip(s.facts, s.fact_places, strict=True):
            if placed is None or placed.relation != "in" or fact.kind is not FactKind.COUNT \
                    or not fact.unit or fact.unit in found or measured_quantity(fact.unit):
                continue
            before = told[(s.source, fact.unit)]
            if any(value != fact.value and not name.same_entity(placed.name) for name, value in before):
                found.add(fact.unit)
            before.append((placed.name, fact.value))
            across[fact.unit].append((placed.name, fact.value))
    # Sources that between them place counts of a unit in several places, none of them one entity
    # with another, and of several values, tell it place by place too, though each names one
    # ("16 bodies at X", "six bodies at Y", "nine bodies in Z"). (Two places may be one scene
    # named two ways, a town and its region: it takes more to tell parts.)
    for unit, placed_counts in across.items():
        places: list[Name] = []
        for name, _ in placed_counts:
            if not any(name.same_entity(other) for other in places):
                places.append(name)
        if len(places) >= PLACES_OF_PARTS and len({value for _, value in placed_counts}) > 1:
            found.add(unit)
    return frozenset(found)


PLACES_OF_PARTS = 3
"""Places of a unit's counts across the story, no two one entity, from which it is told place by
place: two may be one scene under two names."""


def split_by_setting(statements: Iterable[Sentence]) -> frozenset[str]:
    """``Corpus.split_by_setting``: the units of counts the story's sentences tell in two settings."""
    told: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        for fact, measure in zip(s.facts, s.measures, strict=True):
            if measure.setting and fact.unit:
                told[fact.unit].add(measure.setting)
    return frozenset(unit for unit, settings in told.items() if len(settings) > 1)


def headline_counts(statements: Iterable[Sentence]) -> dict[tuple[str, str], float]:
    """``Corpus.headline_counts``."""
    found: dict[tuple[str, str], float] = {}
    for s in statements:
        for k, (fact, measure) in enumerate(zip(s.facts, s.measures, strict=True)):
            if is_headline_count(s, k):
                key = (s.source, next(iter(measure.fates)))
                found[key] = max(found.get(key, 0.0), fact.value or 0.0)
    return found


def is_headline_count(sentence: Sentence, k: int) -> bool:
    """Whether the sentence's ``k``-th figure counts, of the whole, the people one fate
    befell (see ``Corpus.headline_counts``): no part's ("52 died in the town alone"), no
    increment, no earlier count. (A place named with it may be the story's own: "the death
    toll in X has climbed to 9,400".)"""
    fact, measure = sentence.facts[k], sentence.measures[k]
    # (Where those counted were, "243 people on board", is no fate that befell them.)
    return fact.kind is FactKind.COUNT and fact.value is not None and len(measure.fates) == 1 \
        and PRESENT not in measure.fates \
        and fact.upper is None and not (
            measure.part or measure.increment or measure.another or measure.singled
            or measure.earlier or measure.past or measure.joined or measure.modifiers
            or measure.year is not None or measure.supposed or measure.possible or measure.asked)


__all__ = ["COMMON_SHARE", "Corpus", "headline_counts", "index_names", "read_corpus",
           "sized_several", "split_by_place", "split_by_setting", "story_date", "terms"]
