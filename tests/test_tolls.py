"""A toll is a toll however it is written, and only the toll of the same time and scope.

``LIVES`` and ``LEVELS``: invented sentences and the canonical values read from them. Lives
taken or lost count the dead as "12 people died" does (``facts._lives``); a figure written
without a noun counts the class of the toll noun it is the level of ("the death toll rose to
36", ``facts._level``). Each row reads otherwise with its mechanism switched off.

``SCOPES``: two sentences of two sources and the values ``align`` pairs (as in
tests/test_measures.py): a figure told as an earlier one since replaced, or singled out as
one part's ("in the town alone"), is no value of the current whole toll. Each row pairs
wrongly with its mechanism switched off; ``KEPT`` rows stay paired.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from claimcheck import align, classify, facts, measures
from claimcheck.annotate import annotate
from claimcheck.classify import detect_attribution
from claimcheck.corpus import read_corpus
from claimcheck.facts import extract_facts
from claimcheck.models import Claim, DiscrepancyKind
from tests.test_align import D, _shown, check_path, compare_path
from tests.test_detectors import CTX, matches, pair

LIVES = [
    ("The landslide has taken more than 40 lives in the valley.", ["more than 40 dead"]),
    ("The blaze caused the loss of at least 17 lives, the brigade said.", ["at least 17 dead"]),
    ("Nine lives were lost when the footbridge gave way.", ["9 dead"]),
    ("The storm swept the coast, claiming the lives of 23 residents.", ["23 dead"]),
    ("Eleven villagers lost their lives in the mudslide.", ["11 dead"]),
    ("Lifeguards saved 14 lives on the beach over the weekend.", ["14 rescued"]),
]

LEVELS = [
    ("The death toll from the mudslide has climbed to 61, officials said.", ["61 dead"]),
    ("With the number of fatalities now standing at 212, rescuers kept digging.", ["212 dead"]),
    ("The toll in the hill villages rose to at least 48 overnight.", ["at least 48 dead"]),
    ("Injuries reached 130 by the evening, the hospital said.", ["130 injured"]),
    # A level written in words is a level all the same.
    ("Officials said the death toll from the gale had risen to four by the evening.", ["4 dead"]),
    ("By Friday the number of fatalities stood at twenty-three.", ["23 dead"]),
]
# A compound written with a hyphen is a kind of its last word: "the death-toll" is a toll.
HYPHENED = [
    ("By noon the death-toll from the landslide had crept up to 27.", ["27 dead"]),
]
# A figure in brackets right after a toll noun is its level: "the deaths (64)".
BRACKETED = [
    ("Most of the deaths (64) were reported in the hill districts.", ["64 dead"]),
]

# A figure after a verb of counting counts the noun before the verb (``facts._counted_by_verb``).
COUNTED_BY_VERB = [
    ("The ferry's crew numbered 11 on the night of the crossing.", ["11 crew"]),
    ("Marchers numbered about 4,000 by noon, the organisers said.", ["about 4,000 marchers"]),
    ("Insurance claims totalled 260 in the first week.", ["260 claims"]),
]
# Not where a name or a pronoun comes before the verb: nothing is said of what is counted.
NOT_COUNTED_BY_VERB = [
    "The team that Marlow numbered 11 in the lineup won.",
    "It totalled 260 in the first week.",
    "The crowd, which the police said numbered 900, filled the square.",
    # The noun right before the verb is in a phrase of its own: not the verb's subject.
    "Claims against the insurer totalled 260 in the first week.",
]

# "Up to" after a verb of moving a level is the move's preposition, not a bound (``numbers.yaml``
# level_movers): the level reached, as "rose to" gives it.
MOVED = [
    ("The death toll from the mudslide has gone up to 61, officials said.", "61 dead"),
    ("Ferry fares went up to $14 on the island route this week.", "$14"),
]
BOUNDS = [
    ("Ferry fares of up to $14 apply on the island route this week.", "up to $14"),
]


def _first_canonical(text: str) -> str:
    return extract_facts(text)[0].canonical


@pytest.mark.parametrize("text, expected", MOVED + BOUNDS)
def test_up_to_after_a_move_is_the_level_reached(text, expected):
    assert _first_canonical(text) == expected


@pytest.mark.parametrize("text, expected", MOVED)
def test_each_moved_row_needs_the_movers(text, expected, monkeypatch):
    monkeypatch.setitem(facts.DEFAULT.compiled(facts._grammar).t, "level_movers", set())
    assert _first_canonical(text) != expected


UNCHANGED = [
    # A clause break between the noun and the figure: the figure is not the toll's level.
    ("After the deaths, the council closed 3 of the bridges.", "dead"),
    # Lives spent on nothing said to take them are no toll.
    ("The charity changed the lives of 40 orphans.", "dead"),
    # A figure of another clause (and no whole number) is no level of the toll before it.
    ("The toll of the storm that reached 7.5 on the gauge is unknown.", "dead"),
    ("The toll of the storm that flooded 40 streets is unknown.", "dead"),
    # A reading written to a decimal place ("magnitude 5.0") is no count, whatever its value.
    ("Fatalities from the magnitude 5.0 quake were reported in four provinces.", "dead"),
    # "One" in words is a pronoun as often as a number.
    ("The toll of the gale is one of the worst on record.", "dead"),
    # Workers lost (laid off) are no deaths: only lives lost are.
    ("The mill lost 30 workers last year.", "dead"),
    # A conjunction between a toll noun and a figure opens another clause, whose figure it is.
    ("Nine were declared dead in the square and 31 went home.", "dead"),
]


def _canonicals(text: str) -> list[str]:
    return [f.canonical for f in extract_facts(text) if f.kind is facts.FactKind.COUNT]


@pytest.mark.parametrize("text, expected", LIVES + LEVELS + HYPHENED + BRACKETED)
def test_tolls_read_as_counts_of_their_class(text, expected):
    assert _canonicals(text) == expected


@pytest.mark.parametrize("text, expected", LIVES)
def test_each_lives_row_needs_the_lives_reading(text, expected, monkeypatch):
    monkeypatch.setattr(facts, "_lives", lambda *args, **kw: None)
    assert _canonicals(text) != expected


@pytest.mark.parametrize("text, expected", LEVELS)
def test_each_level_row_needs_the_level_reading(text, expected, monkeypatch):
    monkeypatch.setattr(facts, "_level", lambda *args: None)
    assert _canonicals(text) != expected


@pytest.mark.parametrize("text, expected", COUNTED_BY_VERB)
def test_a_figure_after_a_verb_of_counting_counts_its_noun(text, expected, monkeypatch):
    assert _canonicals(text) == expected
    monkeypatch.setattr(facts, "_counted_by_verb", lambda *args: None)
    assert _canonicals(text) != expected


@pytest.mark.parametrize("text", NOT_COUNTED_BY_VERB)
def test_no_count_of_a_name_or_a_pronoun(text):
    assert _canonicals(text) == []


@pytest.mark.parametrize("text, unit", UNCHANGED)
def test_no_toll_read_where_none_is_said(text, unit):
    assert all(f.unit != unit for f in extract_facts(text))


SCOPES = [
    # The toll as first reported is no value of the toll now.
    ("Health officials had previously put the toll in the valley at 310.",
     "The death toll in the valley has risen to 640, officials said.", []),
    ("Rescuers initially reported 12 dead in the collapsed hostel.",
     "The collapse of the hostel killed 19 people, rescuers said.", []),
    # (An opening word set off by a comma governs every clause after it.)
    ("At first, rescuers said 12 people had died in the collapsed hostel.",
     "The collapse of the hostel killed 19 people, rescuers said.", []),
    # Any tally of things grows as it is reported, not only a toll of people.
    ("Initially, 1,700 ferry sailings had been cancelled across the strait, the operator said.",
     "By the evening, 3,900 ferry sailings had been cancelled across the strait, the operator said.", []),
    # One town's toll, singled out, is no toll of the whole quake.
    ("The quake killed 44 people in the market town alone, its mayor said.",
     "The quake killed at least 130 people, the mayor said.", []),
]

KEPT = [
    # A measurement revised is still a disagreement: only counts grow as they are reported.
    ("The survey had previously put the tremor's depth at 8 km below the valley.",
     "The tremor struck at a depth of 18 km below the valley, the survey said.", [("8 km", "18 km", D)]),
    # Two earlier figures are compared with each other.
    ("Health officials had previously put the toll in the valley at 310.",
     "Health officials previously put the toll in the valley at 290.", [("310", "290", D)]),
]


@pytest.mark.parametrize("a, b, expected", SCOPES + KEPT)
def test_tolls_pair_only_at_one_time_and_scope(a, b, expected):
    assert compare_path(a, b) == sorted(expected)
    assert check_path(a, b) == sorted(expected)


@pytest.mark.parametrize("a, b, expected", SCOPES)
def test_each_scope_row_needs_its_mechanism(a, b, expected, monkeypatch):
    monkeypatch.setattr(measures, "_earlier", lambda *args: False)
    monkeypatch.setattr(measures, "_singled", lambda *args: False)
    assert compare_path(a, b) != sorted(expected)


# One figure credited to two bodies, quoting no one: agencies relay each other's counts, so
# the two credits are two sources of the figure, not a misattribution (``_relayed_figure``).
RELAYED = [
    ("Shelter coordinator Tomas Brand told reporters 4,200 people are still missing in the valley.",
     "The Valley Relief Office said 4,200 people are still missing in the valley."),
    ("Mayor Ilse Varga said 61 people had died in the mudslide.",
     "The Hill Rescue Service said 61 people had died in the mudslide."),
    # One count of the same people, read with two nouns ("were missing" / "people ... feared dead").
    ("Nine people were missing in the bay and feared dead after the fire, the Vell Coast Guard said.",
     "According to the Tarn state police, nine people unaccounted for since the fire are feared dead."),
]


def _attributions(a: str, b: str) -> list:
    return [f.kind for f in detect_attribution(matches([pair(a, b)]), CTX)]


@pytest.mark.parametrize("a, b", RELAYED)
def test_a_relayed_figure_is_no_misattribution(a, b):
    assert _attributions(a, b) == []


@pytest.mark.parametrize("a, b", RELAYED)
def test_each_relayed_row_needs_the_relay_reading(a, b, monkeypatch):
    monkeypatch.setattr(classify, "_relayed_figure", lambda *args: False)
    assert _attributions(a, b) == [DiscrepancyKind.ATTRIBUTION]


def test_words_credited_to_two_speakers_stay_a_misattribution():
    a = '"We found 61 people dead," Mayor Ilse Varga said.'
    b = '"We found 61 people dead," said Hill Rescue Service chief Arno Pell.'
    assert _attributions(a, b) == [DiscrepancyKind.ATTRIBUTION]


@pytest.mark.parametrize("text, expected", HYPHENED)
def test_each_hyphened_row_needs_the_compound_head(text, expected, monkeypatch):
    monkeypatch.setattr(facts, "_compound_head", lambda key: key)
    assert _canonicals(text) != expected



def test_a_figure_a_toll_was_revised_from_is_an_earlier_figure(monkeypatch):
    # "revised ... downward from 310" gives the value it was revised from, whether or not the
    # sentence gives the new one: the toll as it stood, no value of the toll now.
    a = "Officials revised the death toll in the valley downward from 310 without explanation."
    b = "The death toll in the valley stands at 280, officials said."
    assert compare_path(a, b) == []
    monkeypatch.setattr(measures, "_started_from", lambda *args: False)
    assert compare_path(a, b) == [("310", "280", D)]


def test_a_toll_the_sentence_tells_as_since_moved_is_an_earlier_figure(monkeypatch):
    # "..., but by nightfall that figure had tripled": the figure named again and
    # told as moved is the toll as it stood, no value of the toll now.
    a = "Early on the agency put the death toll at about 120, but by nightfall that figure had tripled."
    b = "The agency said the death toll stood at 365 at nightfall."
    assert compare_path(a, b) == []
    assert check_path(a, b) == []
    monkeypatch.setattr(measures, "_superseded", lambda *args: False)
    assert compare_path(a, b) == [("about 120", "365", D)]


def test_a_figure_a_revision_of_the_toll_started_from_is_an_earlier_figure(monkeypatch):
    # A revision told by its noun ("a revision of the toll from 212 to 170") starts from its
    # "from" figure as a verb of revision does: the toll as it stood, not the toll now.
    a = "The Vell health ministry announced a revision of the death toll from 212 to 170."
    b = "The death toll in the valley stands at 212, officials said."
    assert compare_path(a, b) == []
    monkeypatch.setattr(measures, "_started_from", lambda *args: False)
    assert ("212", "212", "same") in compare_path(a, b)  # (no longer the earlier figure)


@pytest.mark.parametrize("a", [
    "After first saying that 140 had died, the Tarn ministry lowered the toll overnight.",
    "After officials reported 140 deaths in the valley, the toll was revised downward overnight.",
    # ... or in the main clause of a sentence whose opening clause tells the change after it.
    "Before it was lowered overnight, the official death toll in the valley stood at 140.",
])
def test_a_toll_told_before_the_main_clause_moves_it_is_an_earlier_figure(a, monkeypatch):
    # A count in a clause that opens the sentence with "after", named again and moved by the
    # main clause ("..., the ministry lowered the toll"), is the count as it stood before; so is
    # one of the main clause after an opening "before" that tells the change.
    b = "The toll in the valley stood at 95 on Sunday evening, the ministry said."
    assert compare_path(a, b) == []
    monkeypatch.setattr(measures, "_superseded", lambda *args: False)
    assert len(compare_path(a, b)) == 1


DAY = dt.date(2026, 3, 4)


def _articles_aligned(one: list[str], two: list[str]) -> list[tuple[str, str, str]]:
    """The values ``compare`` pairs between the first sentences of two articles, read as a corpus."""
    sentences = [annotate(Claim(source, k, text, 0, len(text), facts=extract_facts(text)))
                 for source, texts in (("one", one), ("two", two)) for k, text in enumerate(texts)]
    corpus = read_corpus(sentences, {"one": DAY, "two": DAY})
    ctx = classify.Context(corpus)
    firsts = [next(s.claim for s in corpus.sentences if s.source == source) for source in ("one", "two")]
    return _shown(classify.align_facts(*firsts, ctx))


# Each source's largest count of people one fate befell, told of the whole, is its toll of the
# story (``Corpus.headline_counts``): two such tolls are compared however differently each
# source words it. A smaller count, or one of a place, is weighed by its words as before.
HEADLINES = [
    (["The toll in the port of Tarno has climbed to 1,300 while the search goes on.",
      "Nine people died in a landslide near Velmar on Monday."],
     ["At least 520 people have died in the floods after two levees gave way.",
      "Three children died in Palder."],
     [("1,300", "At least 520 people", "compatible_bounds")]),
]
HEADLINES_KEPT = [
    (["Nine people died in a landslide near Velmar on Monday.",
      "The toll in the port of Tarno has climbed to 1,300 while the search goes on."],
     ["At least 520 people have died in the floods after two levees gave way.",
      "Three children died in Palder."], []),
]


@pytest.mark.parametrize("one, two, expected", HEADLINES)
def test_each_source_s_toll_of_the_story_is_compared(one, two, expected, monkeypatch):
    assert _articles_aligned(one, two) == expected
    monkeypatch.setattr(align, "_headline_counts", lambda *args: False)
    assert _articles_aligned(one, two) != expected


@pytest.mark.parametrize("one, two, expected", HEADLINES_KEPT)
def test_a_count_below_a_source_s_toll_is_weighed_by_its_words(one, two, expected):
    assert _articles_aligned(one, two) == expected


# Where a source tells a count's unit place by place (``Corpus.split_by_place``), a count of one
# place is no count of another, nor of the whole a count of no place gives; each source's toll
# of the story stays compared, wherever it is placed.
PLACE_BY_PLACE = [
    (["Floods killed 40 people in Tarnby on Monday.",
      "In Vellmark, 12 people were killed when a bridge fell.", "The floods have killed 61 people in all."],
     ["The floods have killed 58 people, officials said."], []),
    (["Floods killed 40 people in Tarnby on Monday.",
      "In Vellmark, 12 people were killed when a bridge fell.", "The floods have killed 61 people in all."],
     ["Floods killed 31 people in Ormsby, officials said."], []),
]


@pytest.mark.parametrize("one, two, expected", PLACE_BY_PLACE)
def test_one_place_s_count_is_no_other_s_where_a_source_tells_them_apart(one, two, expected, monkeypatch):
    assert _articles_aligned(one, two) == expected
    monkeypatch.setattr(align, "_one_place_of_several", lambda *args: False)
    assert _articles_aligned(one, two) != expected


def _sources_aligned(*sources: list[str]) -> list[tuple[str, str, str]]:
    """The values ``compare`` pairs between the first sentences of the first two of several
    articles, all read as one corpus."""
    ids = [f"s{k}" for k in range(len(sources))]
    sentences = [annotate(Claim(source, k, text, 0, len(text), facts=extract_facts(text)))
                 for source, texts in zip(ids, sources, strict=True) for k, text in enumerate(texts)]
    corpus = read_corpus(sentences, dict.fromkeys(ids, DAY))
    firsts = [next(s.claim for s in corpus.sentences if s.source == source) for source in ids[:2]]
    return _shown(classify.align_facts(*firsts, classify.Context(corpus)))


# Sources that between them place counts of a unit in three places, each named by one source,
# tell it place by place though none names two: a count of a place only its source names, told
# as no toll, is that place's part, not the whole another source gives.
PARTS_ACROSS_SOURCES = [
    (["Sixteen bodies were recovered at the Kellmouth weir."],
     ["In all, upwards of 90 bodies have been recovered, officials said."],
     ["Six bodies were found in Tarnby on Tuesday."],
     ["Nine bodies were recovered in Vellshire."]),
]


@pytest.mark.parametrize("sources", PARTS_ACROSS_SOURCES)
def test_counts_placed_apart_by_several_sources_are_parts(sources, monkeypatch):
    assert _sources_aligned(*sources) == []
    with monkeypatch.context() as patched:
        patched.setattr(align, "_count_of_a_place_apart", lambda *args: False)
        assert _sources_aligned(*sources) != []
    monkeypatch.setattr("claimcheck.corpus.PLACES_OF_PARTS", 99)
    assert _sources_aligned(*sources) != []
    # (Two places named once each may be one scene told two ways.)
    assert _sources_aligned(*sources[:3]) != []


# Those a count counts were aboard a craft or on the ground (``Measure.setting``): where the story
# tells its dead in both, a count of no setting is the whole, no count of those on board.
SETTINGS = [
    (["Just after take-off the jet came down, killing 180 people on board."],
     ["More than 200 people died when the jet came down, officials said."],
     ["The crash also claimed 25 lives on the ground, the police said."]),
]


@pytest.mark.parametrize("sources", SETTINGS)
def test_counts_of_two_settings_are_two_counts(sources, monkeypatch):
    assert _sources_aligned(*sources) == []
    # (A story that tells no other setting's dead leaves the count of those on board comparable.)
    assert _sources_aligned(*sources[:2]) != []
    monkeypatch.setattr(align, "_settings_apart", lambda *args: False)
    assert _sources_aligned(*sources) != []


def _reported(texts: list[str]) -> list[list[str]]:
    """The values of every finding ``compare`` reports across one-sentence articles."""
    from claimcheck import api
    from claimcheck.models import Article
    articles = [Article(f"s{k}", f"s{k}.txt", text) for k, text in enumerate(texts)]
    return [[group.value for group in d.values] for d in api.compare_articles(articles).discrepancies]


# A count of animals is no toll of the story's people: two sources' counts of fish and of one
# kind of fish are two counts, not one toll told two ways.
ANIMALS = [
    ["The spill killed about 4,300 fish in the Tarn, the agency said.",
     "The agency estimated that 3,820 minnows were killed by the spill in the Tarn."],
    ["Floods drowned more than 900 cattle in the Vell valley, farmers said.",
     "At least 700 sheep died in the Vell valley after the floods."],
]


@pytest.mark.parametrize("texts", ANIMALS)
def test_counts_of_animals_are_no_toll(texts, monkeypatch):
    assert _reported(texts) == []
    original = measures._tables
    monkeypatch.setattr(measures, "_tables", lambda lexicon: replace(original(lexicon), animals=frozenset()))
    assert _reported(texts) != []


@pytest.mark.parametrize("text, unit", [
    ("The floods left more than 900 dead cattle in the valley.", "cattle"),
    ("Villagers found 40 dead fish on the shore.", "fish"),
    ("The floods left more than 900 dead in the valley.", "dead"),
    ("Rescuers found 40 dead children in the school.", "dead"),
])
def test_dead_animals_are_counted_as_the_animals(text, unit):
    # "900 dead cattle" counts cattle; "40 dead children" stays a count of the dead.
    assert [f.unit for f in extract_facts(text) if f.kind.name == "COUNT"] == [unit]
