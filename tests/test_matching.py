"""Matching: the same statement in other words is clustered; shared words are not enough."""

from __future__ import annotations

import pytest

from claimcheck.matching import MatchOptions, cluster_claims
from claimcheck.models import Claim

SAME_STATEMENT = [
    ("The evacuation order for Pine Hollow was lifted on Friday morning.",
     "Officials lifted the evacuation order for Pine Hollow on Friday morning."),
    ("The merger values the combined company at $12 billion, including debt.",
     "Including debt, the deal values the combined company at $12 billion."),
    ("The trial enrolled 1,200 patients across 40 hospitals in nine countries.",
     "Across 40 hospitals in nine countries, the trial enrolled 1,200 patients."),
    ("The bill passed the Senate by 61 votes to 38 after a twelve-hour debate.",
     "After a twelve-hour debate, the Senate passed the bill by 61 votes to 38."),
    ("Striker Lena Vogt joins Hamburg on a four-year contract from Porto.",
     "Hamburg have signed striker Lena Vogt from Porto on a four-year contract."),
]

DIFFERENT_STATEMENTS = [
    ("The evacuation order for Pine Hollow was lifted on Friday morning.",
     "Pine Hollow's school will stay closed until the smoke clears, the district said."),
    ("The merger values the combined company at $12 billion, including debt.",
     "Shares of the company fell 6% after the chief executive resigned."),
    ("The trial enrolled 1,200 patients across 40 hospitals in nine countries.",
     "Researchers said the drug's side effects were mild and mostly went away within days."),
    ("The bill passed the Senate by 61 votes to 38 after a twelve-hour debate.",
     "Opponents of the bill say it will raise household energy costs by up to 9%."),
]


def claims_of(*texts: str) -> list[Claim]:
    return [Claim(source=f"s{n}", index=0, text=t, start=0, end=len(t)) for n, t in enumerate(texts)]


@pytest.mark.parametrize("a, b", SAME_STATEMENT)
def test_same_statement_is_clustered(a, b):
    clusters = cluster_claims(claims_of(a, b))
    assert [[c.text for c in cl.claims] for cl in clusters] == [[a, b]]


@pytest.mark.parametrize("a, b", DIFFERENT_STATEMENTS)
def test_shared_words_alone_do_not_cluster(a, b):
    assert cluster_claims(claims_of(a, b)) == ()


def test_claims_of_one_source_never_cluster_together():
    a, b = SAME_STATEMENT[0]
    claims = [Claim("s", 0, a, 0, len(a)), Claim("s", 1, b, 0, len(b))]
    assert cluster_claims(claims) == ()


def test_a_sentence_making_two_statements_joins_both_counterparts():
    combined = ("The council approved the stadium plan on Monday, and the mayor said construction "
                "would begin in early spring.")
    first = "On Monday the council approved the stadium plan."
    second = "The mayor said construction of the stadium would begin in early spring."
    clusters = cluster_claims(claims_of(combined, first, second))
    groups = sorted(sorted(c.source for c in cl.claims) for cl in clusters)
    assert ["s0", "s1"] in groups and ["s0", "s2"] in groups


def test_blocking_finds_what_all_pairs_finds_on_the_seed_like_cases():
    claims = claims_of(*[t for pair in SAME_STATEMENT for t in pair])
    # Re-source so that each pair spans two sources and pairs do not share a source.
    claims = [Claim(f"s{n % 2}", n, c.text, 0, len(c.text)) for n, c in enumerate(claims)]
    blocked = cluster_claims(claims, MatchOptions(blocking=True))
    exhaustive = cluster_claims(claims, MatchOptions(blocking=False))
    assert [[c.key for c in cl.claims] for cl in blocked] == [[c.key for c in cl.claims] for cl in exhaustive]


def test_a_figure_both_sources_give_raises_their_link(make_claim):
    from dataclasses import replace

    from claimcheck.annotate import annotate_all
    from claimcheck.facts import extract_facts
    from claimcheck.matching import MatchOptions, with_shared_figures

    texts = ["The buyer will pay $41 per share in cash for the company.",
             "The offer values the chipmaker at $3.1bn, or $41 a share.",
             "The offer values the chipmaker at $3.1bn, or $44 a share."]
    claims = [replace(make_claim(t, source=f"s{n}"), facts=extract_facts(t)) for n, t in enumerate(texts)]
    scores = {(0, 1): 50.0, (0, 2): 50.0}
    raised = with_shared_figures(annotate_all(claims), scores, MatchOptions())
    assert raised[(0, 1)] == 50.0 + MatchOptions().figure_bonus
    assert raised[(0, 2)] == 50.0
    assert with_shared_figures(annotate_all(claims), scores, MatchOptions(figure_bonus=0)) == scores


def test_two_counts_of_the_same_specific_thing_raise_their_link_but_counts_of_people_or_miles_do_not(
        make_claim):
    from dataclasses import replace

    from claimcheck.annotate import annotate_all
    from claimcheck.facts import extract_facts
    from claimcheck.matching import MatchOptions, with_shared_figures

    texts = ["Inspectors have so far logged 40 burst pipes across the district.",
             "More than 70 burst pipes were reported by Tuesday night.",
             "About 400 people were moved out of the flooded streets.",
             "Some 350 residents left the area, officials said.",
             "The storm dropped rain over 12 miles of coast.",
             "The surge reached 30 miles inland."]
    claims = [replace(make_claim(t, source=f"s{n}"), facts=extract_facts(t)) for n, t in enumerate(texts)]
    scores = {(0, 1): 50.0, (2, 3): 50.0, (4, 5): 50.0}
    raised = with_shared_figures(annotate_all(claims), scores, MatchOptions())
    assert raised[(0, 1)] == 50.0 + MatchOptions().counted_bonus
    assert raised[(2, 3)] == 50.0  # people are counted in every story
    assert raised[(4, 5)] == 50.0  # a measure, not a thing counted
    unraised = MatchOptions(counted_bonus=0, figure_bonus=0)
    assert with_shared_figures(annotate_all(claims), scores, unraised) == scores


@pytest.mark.parametrize("a, b, raised", [
    # One act dated by both: the year or day of the same thing.
    ("It is scheduled to open in time for the 2031 season.",
     "The club is targeting an opening for the 2032 season, with building to start next spring.", True),
    # One span's start and another's end are not one date.
    ("The ceasefire in the north is set to expire on 12 June.",
     "The ceasefire in the north is set to begin on 2 June.",
     False),
    # Only names near both dates: who, not which act.
    ("Marta Lind met Jonas Berg on 4 May.", "Marta Lind and Jonas Berg spoke on 9 May by phone.", False),
    # A weekday is as often the day something was said.
    ("The club is targeting an opening next season, the mayor said Tuesday.",
     "The opening is set for next season, the mayor said Friday.", False),
    # The same verb dates both acts, however far each date stands from it.
    ("The orchestra premiered the long-lost symphony by the young composer in the cathedral on 3 October.",
     "A quartet from the conservatory premiered it, after months of rehearsal, on 5 October.", True),
    ("Engineers reopened the northern tunnel to lorries and buses after the repairs on 14 February.",
     "The county reopened the route on 12 February following weeks of work underground.", True),
    ("The gallery acquired a small portrait of a fisherman's daughter at auction on 9 March.",
     "The museum acquired the painting from a private dealer on 2 March.", True),
    # A verb of saying dates a statement, not the act it reports.
    ("The orchestra will tour the north next year, its director announced on 3 October.",
     "Its conductor announced on 5 October that the ensemble would record two albums.", False),
    # An act denied on one date is not the act done on the other.
    ("The county did not reopen the route to lorries on 12 February as planned.",
     "Engineers reopened the northern tunnel to buses after the repairs on 14 February.", False),
])
def test_a_date_of_the_same_act_raises_a_link_below_the_threshold(make_claim, a, b, raised):
    from dataclasses import replace

    from claimcheck.annotate import annotate_all
    from claimcheck.facts import extract_facts
    from claimcheck.matching import MatchOptions, with_shared_figures

    claims = [replace(make_claim(t, source=f"s{n}"), facts=extract_facts(t)) for n, t in enumerate((a, b))]
    options = MatchOptions()
    got = with_shared_figures(annotate_all(claims), {(0, 1): 50.0}, options)[(0, 1)]
    assert got == (50.0 + options.date_bonus if raised else 50.0)
    assert with_shared_figures(annotate_all(claims), {(0, 1): options.link}, options)[(0, 1)] == options.link


@pytest.mark.parametrize("a, b, raised", [
    # Two sums of one size, however differently the sentences run: a sum and its variant.
    ("The club is paying 31 million for the winger, its chairman said.",
     "The winger's move is worth £34 million, the biggest fee in the club's history.", True),
    ("The city will borrow $1.2 billion for the new line.", "A $1.1bn bond will fund the line.", True),
    # Two multiples: one ratio, written two ways.
    ("Analysts put the price at roughly 4.1 times the chain's sales.",
     "The retailer is paying close to four times revenue for the chain.", True),
    # Sums of another size are other sums.
    ("The club is paying 31 million for the winger, its chairman said.",
     "Ticket sales brought in £4 million.", False),
    # A bare number without a scale word may count anything.
    ("The council approved 31 projects.", "The winger's move is worth £34 million.", False),
])
def test_two_sums_of_one_size_or_two_multiples_raise_their_link(make_claim, a, b, raised):
    from dataclasses import replace

    from claimcheck.annotate import annotate_all
    from claimcheck.facts import extract_facts
    from claimcheck.matching import MatchOptions, with_shared_figures

    claims = [replace(make_claim(t, source=f"s{n}"), facts=extract_facts(t)) for n, t in enumerate((a, b))]
    options = MatchOptions()
    got = with_shared_figures(annotate_all(claims), {(0, 1): 50.0}, options)[(0, 1)]
    assert got == (50.0 + options.counted_bonus if raised else 50.0)


@pytest.mark.parametrize("a, b, raised", [
    # Two bare numbers named by one word beside them: two readings of one measure.
    ("The tremor, measuring magnitude 4.9 according to the national observatory, shook three valleys.",
     "The 5.3 magnitude tremor damaged the old bridge.", True),
    ("The aftershock that rattled the coast at dawn was measured 4.2 magnitude.",
     "A magnitude 4.6 aftershock followed, the observatory said.", True),
    # Two distances from one named place: where a thing is, told two ways.
    ("The vent opened three kilometres from the fishing port of Vell on Monday night.",
     "The fissure lies some 2.4 miles north-west of Vell, the met office said.", True),
    # From two places, or from a thing told in plain words, they may be of anything.
    ("The vent opened three kilometres from the fishing port of Vell on Monday night.",
     "The fissure lies some 2.4 miles north-west of Tarnby, the met office said.", False),
    ("The vent opened three kilometres from the harbour on Monday night.",
     "The fissure lies some 2.4 miles north-west of the harbour, the met office said.", False),
])
def test_two_readings_of_one_named_measure_raise_their_link(make_claim, a, b, raised):
    from dataclasses import replace

    from claimcheck.annotate import annotate_all
    from claimcheck.facts import extract_facts
    from claimcheck.matching import MatchOptions, with_shared_figures

    claims = [replace(make_claim(t, source=f"s{n}"), facts=extract_facts(t)) for n, t in enumerate((a, b))]
    options = MatchOptions()
    got = with_shared_figures(annotate_all(claims), {(0, 1): 50.0}, options)[(0, 1)]
    assert got == (50.0 + options.counted_bonus if raised else 50.0)


@pytest.mark.parametrize("a, b, shared", [
    # One exact figure or date in both is a term the index files them under.
    ("Shares traded just under the 52 dollar offer.",
     "The bid, at $52 a share, was accepted.", {"#money", "=$52"}),
    ("The school, founded in 1987, has 400 pupils.",
     "Its head teacher, who set up the school in 1987, retires.",
     {"#date", "=1987"}),
    # A sum is filed as a sum, in any currency or none said.
    ("The club is paying 31 million for the winger.", "The winger's move is worth £34 million.", {"#money"}),
])
def test_figures_and_sums_are_index_terms(make_claim, a, b, shared):
    from dataclasses import replace

    from claimcheck.facts import extract_facts
    from claimcheck.matching import fact_terms

    first, second = (replace(make_claim(t), facts=extract_facts(t)) for t in (a, b))
    assert fact_terms(first) & fact_terms(second) == shared
