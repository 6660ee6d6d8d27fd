"""Counts told of countries: a country's toll and another's are two counts, never one told
two ways. A count is told of the countries it is placed in ("In Ecuador, 40 died"; "in the
Ecuadorian and Peruvian parts of the valley"), or of the country of the body it is credited to
("Peru's health ministry said"); and where a story tells a kind of count for countries apart,
one told of no country is the whole. Country names are general knowledge (``nations.yaml``);
every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import align, classify
from claimcheck import annotate as annotate_module
from claimcheck import corpus as corpus_module
from claimcheck.annotate import annotate
from claimcheck.check import read_claim
from claimcheck.corpus import read_corpus
from claimcheck.entities import credited_nations, nation_of
from claimcheck.facts import extract_facts
from claimcheck.models import Claim

DAY = dt.date(2026, 5, 6)


def _name(text: str, words: str):
    """The name of the sentence whose text holds ``words``."""
    return next(n for n in read_claim(text).names if words in n.text)


NATION_OF = [
    ("Rescuers reached Ecuador on Monday.", "Ecuador", "ecuador"),
    ("Peru's health ministry gave the figure.", "Peru", "peru"),
    ("Rescuers found the Bolivian climbers.", "Bolivian", "bolivia"),
    ("Officials said Norwegians were among them.", "Norwegians", "norway"),
    ("The storm reached northern Ecuador.", "Ecuador", "ecuador"),
    ("Bolivian Vice-President Ann Roe visited the site.", "Ann Roe", "bolivia"),
    ("Roads into Scotland were shut.", "Scotland", "united kingdom"),  # (inside the United Kingdom)
    ("Ministers across Europe were told.", "Europe", ""),  # a region holds countries
    ("The pilots were African nationals.", "African", ""),
    ("Ann Roe said the bridge was shut.", "Ann Roe", ""),
]


@pytest.mark.parametrize("text, words, nation", NATION_OF)
def test_the_country_a_name_tells(text, words, nation):
    assert nation_of(_name(text, words)) == nation


CREDITED = [
    ("Ecuadorian state radio reported that 40 people had drowned.", {"ecuador"}),
    ("Peru's health ministry said 12 people were hurt.", {"peru"}),
    ("According to the Bolivian news agency, 30 homes were lost.", {"bolivia"}),
    ("Bolivian Vice-President Ann Roe said 30 homes were lost.", {"bolivia"}),
    ("Officials in Ecuador said 40 people died.", {"ecuador"}),
    # Who speaks names no country; a country named elsewhere is no credit.
    ("Ann Roe said 40 people died after the storm crossed Ecuador.", set()),
    ("The clinic reported 12 cases of the fever.", set()),
    ("The storm killed 40 people in Ecuador, Ann Roe said.", set()),
    # A list of countries before the words of speech is no one's own country.
    ("Ann Roe, the charity's director for Ecuador and Peru said 40 people had died.", set()),
]


@pytest.mark.parametrize("text, nations", CREDITED)
def test_the_country_a_statement_is_credited_to(text, nations):
    s = read_claim(text)
    assert credited_nations(s.text, s.names) == frozenset(nations)


def _nations(text: str) -> list[tuple[str, list[str]]]:
    s = read_claim(text)
    return [(f.raw, sorted(n)) for f, n in zip(s.facts, s.fact_nations, strict=True)]


FACT_NATIONS = [
    ("In Ecuador, 40 people died and 120 were hurt.",
     [("40 people", ["ecuador"]), ("120", ["ecuador"])]),
    ("The flood killed 64 people in Ecuador and Peru.", [("64 people", ["ecuador", "peru"])]),
    ("The flood killed 64 people in the Ecuadorian and Peruvian parts of the valley.",
     [("64 people", ["ecuador", "peru"])]),
    ("Ecuadorian state radio reported that 40 people had drowned.", [("40 people", ["ecuador"])]),
    # A town may be in either country; a length is one length whoever measures it.
    ("The flood killed 64 people in Tarnby, Ecuadorian officials said.", [("64 people", [])]),
    ("Ecuadorian officials said the river rose 4 metres.", [("4 metres", [])]),
    ("The flood killed 64 people on Sunday.", [("64 people", []), ("Sunday", [])]),
    # Words joined by hyphens, and a point of the compass, may stand between "in" and the country;
    # a part of a country ("in X's north") places the count in the country.
    ("Volunteers counted 640 deaths in rebel-held Bolivia.", [("640 deaths", ["bolivia"])]),
    ("Volunteers counted 640 deaths in rebel-held northwest Bolivia.", [("640 deaths", ["bolivia"])]),
    ("Rescuers said the toll in Bolivia's rebel-held north had climbed to 230.", [("230", ["bolivia"])]),
    # A country's new name and its old one are one country.
    ("Officials in Burma said 40 people died.", [("40 people", ["myanmar"])]),
    ("A ministry in Türkiye gave 31 deaths.", [("31 deaths", ["turkey"])]),
]


@pytest.mark.parametrize("text, expected", FACT_NATIONS)
def test_the_countries_a_count_is_told_of(text, expected):
    assert _nations(text) == expected


def test_a_place_phrase_closes_at_its_comma(monkeypatch):
    # "In the end, Norway ..." places nothing in Norway: the phrase "in the end" closes first.
    text = "In the end, Norway ended the season with eight straight wins."
    assert read_claim(text).fact_places == (None,)
    assert _nations(text) == [("eight straight wins", [])]


def test_a_modifier_joined_by_hyphens_modifies_only_the_name_right_after_it():
    # "brought in the incident-response firm X": "in" is no preposition of X, and the words
    # joined by hyphens modify "firm", not X.
    assert read_claim("The hospital brought in the incident-response firm Tarn Cyber.").names
    assert all(p is None for p in read_claim(
        "The hospital brought in the incident-response firm Tarn Cyber to count 40 servers.").fact_places)
    assert read_claim("Volunteers counted 640 deaths in rebel-held Bolivia.").fact_places[0] is not None


def _claim(text: str, source: str, n: int = 0) -> Claim:
    return Claim(source, n, text, 0, len(text), facts=extract_facts(text))


def _compared(one: list[str], two: str) -> list[tuple[str, str, str]]:
    """The values the first sentence of ``one`` and ``two`` are aligned on, in a story made of
    ``one`` (source "one") and ``two`` (source "two")."""
    claims = [_claim(t, "one", n) for n, t in enumerate(one)] + [_claim(two, "two", len(one))]
    corpus = read_corpus([annotate(c) for c in claims], {"one": DAY, "two": DAY})
    pairs = classify.align_facts(claims[0], claims[-1], classify.Context(corpus))
    return sorted((fa.raw, fb.raw, rel.value) for fa, fb, rel in pairs)


APART = [
    # Two countries' counts.
    (["Ecuadorian state television said at least 57 people had died."],
     "In Peru, at least 264 people had died.",
     ("at least 57 people", "at least 264 people", "compatible_bounds"),
     align, "_nations_apart", lambda *args: False),
    # One country's count and the count of two.
    (["Peru's health ministry said 35 people were hurt."],
     "The flood hurt more than 480 people in Ecuador and Peru.",
     ("35 people", "more than 480 people", "different"),
     align, "_nations_apart", lambda *args: False),
    # A story that tells the dead of each country apart: a toll told of none is the whole.
    (["Bolivian officials said 82 people were killed.", "In Peru, 140 people were killed."],
     "At least 245 people were killed, rescuers said.",
     ("82 people", "At least 245 people", "different"),
     corpus_module, "split_by_nation", lambda *args: frozenset()),
]


@pytest.mark.parametrize("one, two, unswitched, module, reading, stand_in", APART)
def test_counts_of_two_countries_are_not_compared(one, two, unswitched, module, reading, stand_in,
                                                   monkeypatch):
    assert _compared(one, two) == []
    monkeypatch.setattr(module, reading, stand_in)
    assert _compared(one, two) == [unswitched]


TOGETHER = [
    # One country's count, told by its ministry and placed in it.
    (["Peru's health ministry said 33 people were hurt."], "In Peru, 28 people were hurt.",
     ("33 people", "28 people", "different")),
    # A count told of no country, where the story tells none apart: any may be the other.
    (["Bolivian officials said 82 people were killed."], "At least 90 people were killed.",
     ("82 people", "At least 90 people", "different")),
    # A part of a country, told as its owner's ("in X's north") or as a place in it, is one place.
    (["Rescuers said the toll in Bolivia's rebel-held north had climbed to 230."],
     "Volunteers counted 640 deaths in rebel-held northern Bolivia.",
     ("230", "640 deaths", "different")),
    # A word for a nation's people counts them as a noun it qualifies does.
    (["Five Bolivian nationals were aboard the Tarn ferry, the operator said."],
     "Five Bolivians were aboard the Tarn ferry, the operator said.",
     ("Five Bolivian nationals", "Five Bolivians", "same")),
    # Two counts of two countries each, the same two.
    (["The flood killed 64 people in Ecuador and Peru."],
     "The flood killed 71 people across Ecuador and Peru.",
     ("64 people", "71 people", "different")),
]


def test_a_list_of_places_is_one_place_in_any_order(monkeypatch):
    one = ["The flood killed 64 people in Ecuador and Peru."]
    two = "The flood killed 71 people in Peru and Ecuador."
    assert _compared(one, two) == [("64 people", "71 people", "different")]
    monkeypatch.setattr(align, "_same_places_listed", lambda *args: False)
    assert _compared(one, two) == []


@pytest.mark.parametrize("one, two, aligned", TOGETHER)
def test_counts_of_one_country_are_compared(one, two, aligned):
    assert _compared(one, two) == [aligned]


def test_the_story_tells_the_dead_by_country():
    sentences = [annotate(_claim(t, "one", n)) for n, t in enumerate([
        "Bolivian officials said 82 people were killed.",
        "In Peru, 140 people were killed and 95 were hurt.",
        "In Peru, 30 homes were lost."])]
    corpus = read_corpus(sentences, {"one": DAY})
    assert corpus.split_by_nation == frozenset({"dead"})  # homes and the hurt are told of one country


def test_a_sentence_reads_its_countries_once(monkeypatch):
    # The reading belongs to the annotate stage: a sentence annotated carries it.
    calls = []
    real = annotate_module._fact_nations
    monkeypatch.setattr(annotate_module, "_fact_nations", lambda *a: calls.append(1) or real(*a))
    s = annotate(_claim("In Ecuador, 40 people died.", "one"))
    assert s.fact_nations == (frozenset({"ecuador"}),) and len(calls) == 1
