"""A place named by its place noun ("Fenwick Square") fills no role a person or a body
fills (``classify._is_place``, ``entities.yaml`` place_heads): a place and a reporter in
the same slot are no entity conflict; two places still are.

Made-up text; each ``ROWS`` row is reported with the mechanism switched off (checked below).
"""

from __future__ import annotations

import pytest

from claimcheck import classify
from tests.test_detectors import context, matches, pair

ROWS = [
    ("We will follow the march from the rail yards to Fenwick Square all afternoon.",
     "Our reporter Lina Okoro is following the march from the rail yards all afternoon."),
]

KEPT = [
    ("The protest march from the rail yards ended at Fenwick Square in the afternoon.",
     "The protest march from the rail yards ended at Corran Square in the afternoon."),
]


def _found(a: str, b: str) -> list:
    return list(classify.detect_entities(matches([pair(a, b)]), context(names_by_source={})))


@pytest.mark.parametrize("a, b", ROWS)
def test_a_place_and_a_person_fill_no_one_role(a, b, monkeypatch):
    assert _found(a, b) == []
    monkeypatch.setattr(classify, "_is_place", lambda *args: False)
    assert _found(a, b) != []


@pytest.mark.parametrize("a, b", KEPT)
def test_two_places_in_one_role_still_clash(a, b):
    found = [(f.values[0].value, f.values[1].value) for f in _found(a, b)]
    assert found == [("Fenwick Square", "Corran Square")]


def _quantities(*texts: str) -> list[str]:
    from claimcheck import api
    from claimcheck.models import Article, DiscrepancyKind

    report = api.compare_articles([Article(f"s{k}", f"s{k}.txt", f"Story {k}\n\n{t}\n")
                                   for k, t in enumerate(texts)])
    return [v.value for d in report.discrepancies if d.kind is DiscrepancyKind.QUANTITY for v in d.values]


def test_a_region_is_a_place_a_figure_is_told_of():
    # A region holds countries but is none: "in the Balkans" places the figure there, as a town
    # would, where a country is read as the nation a count is of.
    from claimcheck.annotate import annotate
    from claimcheck.models import Claim

    text = "The storm killed twelve people in the Balkans before it moved on."
    (placed,) = annotate(Claim("a", 0, text, 0, len(text))).fact_places
    assert placed is not None and placed.name.text == "Balkans"


def test_a_place_s_name_a_comma_and_where_place_the_clause_that_follows(monkeypatch):
    # "the flood reached the coast of Tarnby, where 23 farms were cut off": the 23 are Tarnby's
    # (``measures.yaml`` place_relatives).
    from claimcheck.annotate import annotate
    from claimcheck.lexicon import DEFAULT
    from claimcheck.models import Claim

    def places(text: str) -> list[str | None]:
        told = annotate(Claim("a", 0, text, 0, len(text)))
        return [p.name.text if p is not None else None for p in told.fact_places]

    assert places("The flood reached the coast of Tarnby, where 23 farms were cut off on Monday.") == [
        "Tarnby", None]
    assert places("The flood reached Tarnby, where it cut off 23 farms.") == ["Tarnby"]
    assert places("The flood reached Tarnby, and officials said 23 farms were cut off.") == [None]
    words = DEFAULT.words
    monkeypatch.setattr(type(DEFAULT), "words", lambda self, name, table: frozenset()
                        if table == "place_relatives" else words(name, table))
    cut_off = places("The flood reached the coast of Tarnby, where 23 farms were cut off on Monday.")
    assert cut_off == [None, None]


def test_figures_of_another_thing_placed_after_a_count_break_nothing_down():
    # "two landslides ... leaving 60 dead in Tarn district" gives no landslides by place: the
    # count of landslides is no whole broken down, to be kept from another source's count.
    from claimcheck import align
    from claimcheck.annotate import annotate
    from claimcheck.lexicon import DEFAULT
    from claimcheck.models import Claim

    a = ("In what may be the worst disaster to hit Vellshire, two huge landslides over a span of three hours "
         "destroyed Ormsby and Kell in Tarn district, leaving around 60 dead and nearly 40 missing early on "
         "Tuesday.")
    b = "Tarn was struck by three landslides that came down at Dunmere, Kell and Ormsby within 5 hours."
    sa, sb = (annotate(Claim(source, 0, text, 0, len(text))) for source, text in (("a", a), ("b", b)))
    i = next(k for k, f in enumerate(sa.facts) if "landslides" in f.raw)
    j = next(k for k, f in enumerate(sb.facts) if "landslides" in f.raw)
    assert not align._placed_apart(sa, i, sb, j, DEFAULT)
    assert _quantities(a, b) != []
