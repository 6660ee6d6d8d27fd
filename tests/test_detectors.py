"""Specification of the detectors that read names, outcomes, cues and missing figures.

Each row is two sentences of different sources about the same thing (made up, on
topics other than the seed story) and what the detector must, or must not, report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck import classify, stance
from claimcheck.annotate import annotate
from claimcheck.classify import (
    Context,
    Matches,
    RelatedPair,
    certainty_conflict,
    detect_attribution,
    detect_entities,
    detect_opposites,
    specificity_in_cluster,
)
from claimcheck.corpus import Corpus, read_corpus
from claimcheck.entities import names, speaker
from claimcheck.facts import extract_facts
from claimcheck.lexicon import Lexicon
from claimcheck.models import Article, Claim, Cluster, DiscrepancyKind
from claimcheck.stance import certainty_about
from claimcheck.text import concept

real_compile = stance._compile


def claim(text: str, source: str) -> Claim:
    c = Claim(source=source, index=0, text=text, start=0, end=len(text))
    return replace(c, facts=extract_facts(text))


def pair(a: str, b: str, same_words: bool = True) -> RelatedPair:
    return RelatedPair(claim(a, "one"), claim(b, "two"), "c1", same_words)


def context(published=None, common=frozenset(), names_by_source=None) -> Context:
    """A context of no corpus: each claim is read on the spot."""
    return Context(Corpus((), published or {}, common=common, names_by_source=names_by_source or {}))


CTX = context()


def matches(pairs=(), claims=()) -> Matches:
    """What matching found, as the detectors read it: these related pairs, these claims."""
    return Matches(tuple(claims), (), (), tuple(pairs))


@pytest.mark.parametrize("text, expected", [
    ("Cascade Valley Electric owns the line.", ["Cascade Valley Electric"]),
    ("The Bank of England raised rates.", ["Bank of England"]),
    ("Anita Sorensen of Northfield Medical Center said so.", ["Anita Sorensen", "Northfield Medical Center"]),
    ("The U.S. and China met on Tuesday.", ["U.S.", "China"]),
    ("Council member Ruth Adler voted no.", ["Ruth Adler"]),
    ("We're told I'm late.", []),
])
def test_names_are_capitalised_runs_without_titles_dates_or_contractions(text, expected):
    assert [n.text for n in names(text)] == expected


@pytest.mark.parametrize("a, b, same", [
    ("U.S.", "Washington", True),
    ("Whitfield", "Dana Whitfield", True),
    ("FEMA", "Federal Emergency Management Agency", True),
    ("Ray Montoya", "Dana Whitfield", False),
    ("Northstate Power", "Cascade Valley Electric", False),
    # One name spelled two ways (a transliteration): one letter apart in one long word.
    ("Kharavela Nagar", "Kharabela Nagar", True),
    ("Port Tenby Harbour", "Port Tenbey Harbour", True),
    ("Jon Bell", "Joan Bell", False),  # too short a word to tell a spelling from another name
    ("North Quay", "South Quay", False),
    ("Rukum", "Rukam", False),  # one word alone: nothing else in the name agrees
])
def test_same_entity_by_alias_short_form_or_acronym(a, b, same):
    assert names(f"Then {a} spoke.")[0].same_entity(names(f"Then {b} spoke.")[0]) is same


@pytest.mark.parametrize("text, who", [
    ('"We are not done," said Council member Ruth Adler.', "Ruth Adler"),
    ('"We are not done," Whitfield said.', "Whitfield"),
    ("Priya Raman, Orrin's chief executive, told employees the plan was set.", "Priya Raman"),
    ("Anita Sorensen of Northfield Medical Center said the data were strong.", "Anita Sorensen"),
    ("DARNELL PRYCE, CITY COUNCIL: We are handing over a blank check.", "DARNELL PRYCE"),
    ("The mayor said the plan was fair.", None),
    # A place inside the speaker's title set off by commas is part of the post, not who speaks.
    ("Captain Anna Berg, commander of the coast guard's North Lakeland district, said the boat sank.",
     "Anna Berg"),
    # A name that ends a phrase of the subject ("against X", "in X") is not the subject;
    # "a spokesman for X" speaks for X.
    ("The judge hearing the suit against Tarco has announced that the parties settled.", None),
    ("Officials in Tarn said 40 homes were lost.", None),
    ("A spokesman for Tarco said the plant would close.", "Tarco"),  # guard
    ("Dr. Ravi Menon, head of surgery at the Eastbrook Valley hospital, said six were treated.",
     "Ravi Menon"),
    ("Colonel Ida Strand, spokeswoman for the Westmark Garrison, said the road was closed.", "Ida Strand"),
    # A word of speech after a determiner or a number is a noun: no one speaks.
    ("All states and provinces except the Tarn District voted against the plan.", None),
    ("The talks between Tarco and the union broke down on Friday.", None),
    ("Six claims by Palder Oil were rejected by the court.", None),
])
def test_speaker_is_the_name_a_speech_cue_credits(text, who):
    found = speaker(text, names(text))
    assert (found.text if found else None) == who


@pytest.mark.parametrize("a, b, kind", [
    ('"We are not out of the woods yet," Sheriff Ray Montoya told reporters.',
     '"We are not out of the woods yet," Whitfield said.', DiscrepancyKind.ATTRIBUTION),
    ('"We are not out of the woods yet," Whitfield said.',
     '"We are not out of the woods yet," Dana Whitfield said on Friday.', None),
])
def test_attribution_of_the_same_words(a, b, kind):
    found = list(detect_attribution(matches([pair(a, b)]), CTX))
    assert [f.kind for f in found] == ([kind] if kind else [])


def test_some_of_a_body_s_people_unnamed_may_be_the_one_another_source_names(monkeypatch):
    # "Harbour officials" (of Vell Harbour, named before) may be Ann Roe, whom the other source
    # names: no misattribution.
    from claimcheck import api
    from claimcheck.corpus import read_corpus

    named = api.read_sentences([Article("one", "one.txt", "The wrecked barge will stay at the quay for "
                                        "two days as inspectors work, Ann Roe said.\n")])
    unnamed = api.read_sentences([Article("two", "two.txt", "A barge overturned at Vell Harbour on Monday. "
                                          "Harbour officials say the wrecked barge will stay at the quay "
                                          "for two days as inspectors work.\n")])
    ctx = Context(read_corpus(named + unnamed))
    found = matches([RelatedPair(named[0].claim, unnamed[1].claim, "c1", True)])
    assert unnamed[1].speaker is not None and unnamed[1].speaker.text == "Harbour"
    assert list(detect_attribution(found, ctx)) == []
    monkeypatch.setattr(classify, "_unnamed_members", lambda *args: False)
    assert list(detect_attribution(found, ctx))


def test_an_officer_speaking_for_the_body_another_source_credits_is_no_misattribution():
    a, b = '"The data are clean," Acme said.', '"The data are clean," said Jane Roe.'
    told = annotate(claim("Acme's chief medical officer Jane Roe spoke on the call.", "three"))
    assert list(detect_attribution(matches([pair(a, b)]), CTX))  # without the corpus telling her post
    ctx = Context(Corpus((), affiliations=told.affiliations))
    assert list(detect_attribution(matches([pair(a, b)]), ctx)) == []


@pytest.mark.parametrize("a, b", [
    # Two officials credited with two statements (linked closely as sentences of one story)
    # are no misattribution: each said their own thing.
    ("Eight of the miners were rushed to hospital, said Rescue Chief Anna Berg.",
     "The miners were tired and had some cuts, said Mayor Tomas Lind."),
    ("Three of the ferries were cancelled on Monday, said port manager Ida Strand.",
     "The ferries will run again once the wind drops, said harbour master Olav Dahl."),
    ("The vote on the budget was delayed by a week, said council leader Ruth Adler.",
     "The budget keeps the library open for another year, said treasurer Jonas Weir."),
    # One word in common is no one statement: half of a two-word quotation.
    ("Six of the climbers were flown to hospital with cuts and one had a broken arm, said Ida Strand.",
     'They were "cold and had some cuts", said Olav Dahl, head of the mountain rescue team.'),
])
def test_attribution_needs_one_statement(a, b):
    assert list(detect_attribution(matches([pair(a, b)]), CTX)) == []


def test_a_statement_is_its_figure(monkeypatch):
    # A figure one statement gives and the other does not, or two figures of which neither is
    # the other's, tell two statements, however many words they share.
    a = "The death toll in the floods rose to 90, Sheriff Ben Kell said, as crews searched homes."
    b = 'Mayor Ann Roe said the death toll in the floods will "continue to rise" as crews searched homes.'
    assert list(detect_attribution(matches([pair(a, b)]), CTX)) == []
    monkeypatch.setattr(classify, "_told_figures_apart", lambda *args: False)
    assert list(detect_attribution(matches([pair(a, b)]), CTX))


def test_a_person_and_a_body_fill_no_one_role(monkeypatch):
    # A title before a name, or a post set after it, says it is a person's; a body's head word
    # ("Unit", "Army"), or a post it holds ("a Tarco spokesperson"), says it is a body's.
    a = ("Tarnia's King Ola Vell ordered the navy to mobilise rescue crews and a field hospital, the palace "
         "said.")
    b = ("A first crew, from the navy's Disaster Response Unit, left for Tarnby to mobilise rescue crews, "
         "the ministry said.")
    assert list(detect_entities(matches([pair(a, b)]), context(names_by_source={}))) == []
    monkeypatch.setattr(Corpus, "sort_of", lambda self, source, name: "")
    assert list(detect_entities(matches([pair(a, b)]), context(names_by_source={})))


@pytest.mark.parametrize("text, sorts", [
    ("Tarnia's King Ola Vell met fire chief Ben Roe and Ann Roe, spokesperson of the Tarn Rescue Unit.",
     {"Tarnia's": "", "King Ola Vell": "person", "Ben Roe": "person", "Ann Roe": "person",
      "Tarn Rescue Unit": "body"}),
    ("A Tarnian Army spokesperson said the Bank of Tarnia and a Tarco spokesman agreed.",
     {"Tarnian Army": "body", "Bank of Tarnia": "body", "Tarco": "body"}),
])
def test_what_a_name_names(text, sorts):
    assert {n.text: n.sort for n in annotate(claim(text, "one")).names} == sorts


def test_attribution_needs_the_same_words():
    a, b = '"Rates will fall," Ray Montoya said.', '"Costs are rising," Dana Whitfield said.'
    assert list(detect_attribution(matches([pair(a, b, same_words=False)]), CTX)) == []


@pytest.mark.parametrize("a, b, expected", [
    ("Investigators are examining whether a Northstate Power distribution line sparked the blaze.",
     "Cascade Valley Electric, which owns the distribution line, filed a report.",
     ("Northstate Power", "Cascade Valley Electric")),
    ("Orrin chief executive Daniel Okafor told analysts the deal would close.",
     "Priya Raman, Orrin's chief executive, told employees the deal would close.",
     ("Daniel Okafor", "Priya Raman")),
    ("The U.S. imposed the tariff on steel imports.",
     "Washington imposed the tariff on steel imports.", None),
    ("Chinese buyers cancelled orders for steel imports.",
     "American buyers cancelled orders for steel imports.", None),
    # A name inside a relative clause set off by commas fills a role of that clause: the
    # words past its closing comma say what the trust is, not what the almanac is.
    ("The Lantern Trust, which runs the ferries and owns the Almanac, is the clear winner of the tender.",
     "The Lantern Trust is the clear winner of the House of Pilots tender.", None),
    # The subject of a verb of belief holds a belief, it is not said to have done the act.
    ("Ines Roth crossed the line first in the final sprint of the stage.",
     "Rider Lena Kopp thought she had crossed the line first in the final sprint of the stage.", None),
    # An office one source capitalises and the other writes in lower case is named by both.
    ("After the Lantern Fair the harbour-master's office closed the north channel to small boats.",
     "The office of the Harbour Master closed the north channel to small boats on Friday.", None),
    # A name a place preposition places something in is a place: it fills no person's role,
    # and a place in the same role is still another place.
    ("Ruth Okafor, who set the second-fastest marathon time in history last spring in Rotterdam, "
     "won on Sunday.",
     "It is the second-fastest marathon time in history, behind only Marta Selin's record from last spring.",
     None),
    # A short form in brackets restates the name before it: no second actor.
    ("Several chip companies bought the shares in the listing, including Borel (BRL) and Quanta.",
     "Lumo customers, including Borel, Kestra, Quanta, Vexa and Orrin, had all invested in the listing.",
     None),
    ("Officials said the cargo ship was bound for Corvo when it lost power near Tarland.",
     "Officials said the cargo ship was bound for Corvo when it lost power near Helm.", ("Tarland", "Helm")),
    # What a title is of ("Minister of Coastal Works") is part of the office, no person in a role.
    ("Harbour Minister Ilse Varga, her first deputy Tomas Brenner and another senior official also lost "
     "their lives.",
     "Ilse Varga, Minister of Coastal Works, her first deputy minister and the state secretary, were all "
     "killed in the crash.", None),
    ("Secretary of the Fleet Anton Hale, his aide Mira Olsen and a guard died in the fire.",
     "Anton Hale, his aide Lena Kross and a guard died in the fire.", ("Mira Olsen", "Lena Kross")),  # guard
    # Two speakers of two statements: who said it differs only where what was said is one.
    ("Eight of the miners were rushed to hospital, said Anna Berg, the head of the Regional Mining Office.",
     "The miners were tired and had some cuts, said Tomas Lind, head of the Valley Rescue Agency.", None),
    ("Captain Anna Berg, commander of the coast guard's North Lakeland district, said the boat sank quickly.",
     "Captain Tomas Lind, district commander of the coast guard in South Lakeland, said the crew fled.",
     None),
    # What kind of place a name is ("the river town of") says no role: two towns, two happenings.
    ("In the river town of Dorval, 12 people suffered minor injuries, while 3,000 homes lost power.",
     "The storm downed hundreds of trees in the river town of Marlow.", None),
])
def test_entity_in_the_same_slot(a, b, expected):
    ctx = context(names_by_source={})
    found = list(detect_entities(matches([pair(a, b)]), ctx))
    if expected is None:
        assert found == []
    else:
        assert [(f.values[0].value, f.values[1].value) for f in found] == [expected]


# A second name differing besides the two set against each other tells two happenings: two
# plays, two deals. One statement differs in one name only.
SECOND_NAMES = [
    ("Quarterback Ray Tarn hit wide receiver Ola Vell on a short touchdown pass early in the final quarter.",
     "Quarterback Sam Palder hit wide receiver Ben Varn on a touchdown pass early in the final quarter."),
    ("Judge Ann Tarn sentenced Ola Vell to six years in prison on Friday.",
     "Judge Ben Palder sentenced Sam Varn to six years in prison on Friday."),
    ("Striker Ola Vell scored the winner from a cross by Ben Tarn in the second half.",
     "Striker Sam Palder scored the winner from a cross by Ann Varn in the second half."),
]


@pytest.mark.parametrize("a, b", SECOND_NAMES)
def test_a_second_name_differing_tells_two_happenings(a, b, monkeypatch):
    ctx = context(names_by_source={})
    assert list(detect_entities(matches([pair(a, b)]), ctx)) == []
    monkeypatch.setattr(classify, "_others_differ", lambda *args: False)
    assert list(detect_entities(matches([pair(a, b)]), ctx)) != []


def test_entity_the_other_source_mentions_elsewhere_is_not_a_conflict():
    a = "Orrin chief executive Daniel Okafor told analysts the deal would close."
    b = "Priya Raman, Orrin's chief executive, told employees the deal would close."
    ctx = context(names_by_source={"two": tuple(names("Daniel Okafor runs finance."))})
    assert list(detect_entities(matches([pair(a, b)]), ctx)) == []


# An act done to a count of things tells how many were lost or won ("lost four wickets",
# "won 33 seats"), not which side lost or won the contest (``_counted_object``).
COUNTED_OBJECTS = [
    ("Home hopes rose when Tarnia lost four wickets for 38 but a 150-run stand between Vell and "
     "Palder shut the door on the hosts.",
     "Needing 263 to win, Tarnia won with five wickets and four overs to spare."),
]


@pytest.mark.parametrize("a, b", COUNTED_OBJECTS)
def test_an_act_done_to_a_count_is_no_outcome_of_the_contest(a, b, monkeypatch):
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) == []
    monkeypatch.setattr(classify, "_counted_object", lambda *args: False)
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) != []


@pytest.mark.parametrize("a, b, reported", [
    ("Orrin shares fell 4.2% in morning trading.", "Orrin shares are up about 4 percent this morning.", True),
    ("Highway 38 through the canyon reopened to traffic on Thursday.",
     "Highway 38 through the canyon remained closed on Friday.", True),
    # A numbered name is a name even where it opens the sentence, and another number is another name.
    ("Route 9, the coastal road, reopened to traffic Monday.",
     "Route 9 remained closed Tuesday between the towns.", True),
    ("Route 9, the coastal road, reopened to traffic Monday.",
     "Route 12 remained closed Tuesday between the towns.",
     False),
    ("The council approved an amendment requiring a benefits agreement.",
     "An amendment requiring a benefits agreement failed on a 5-6 vote.", True),
    ("Orrin shares fell 4.2% in morning trading.", "Lumetra shares jumped 24% in morning trading.", False),
    # Whose thing moved is the name nearest before the move, past an aside in brackets.
    ("On the exchange, Orrin Corp shares were down 1% today.",
     "Shares of Lumetra Inc (NYSE: LUM) jumped 30% today on the exchange.", False),
    ("The winds picked up overnight near the ridge.", "The winds died down overnight near the ridge.", False),
    ("The drug met both endpoints of the study.", "The drug did not miss the endpoints of the study.", False),
    # A state bounded in time ends in its opposite: "closed until Monday" is "reopens on Monday".
    ("The library will remain closed until Monday while repairs continue.",
     "The library reopens on Monday after repairs.", False),
    ("The library remained closed on Monday after repairs.",
     "The library reopened on Monday after repairs.", True),
    # One sentence tells both moves (two times): the other's one move agrees with one of them.
    ("Kelda shares jumped 12% in late trading on Tuesday.",
     "Kelda shares are up about 10% in late trading after falling 1% during the day.", False),
    # Opposite moves of two things: fuel prices and the harvest, profit per unit and shares.
    ("The agency expects fuel prices to fall sharply over the winter.",
     "The agency added that the harvest will rise 3% over the winter.", False),
    # With no word of its own in its clause, an outcome is about what its sentence names;
    # with a pronoun for its subject, it may be about anything.
    ("We beat both targets of the study, the chief executive said.",
     "However, the drug missed its second target of the study.", True),
    ("The agency expects fuel prices to fall sharply over the winter.",
     "The agency added that the harvest will rise 3%, an increase on its earlier forecast.", False),
    ("Kelda's profit per share declined 8% on the year, while its shares jumped.",
     "Kelda shares jumped 8% on the year after the results.", False),
    ("Kelda's adjusted profit per unit declined 8% on the year.",
     "Kelda's adjusted profit per unit jumped 8% on the year.", True),
    # A level's move carries a figure or names a level; a thing falling is no figure's fall.
    ("The death toll in the Dunmore rail crash has risen to 48, officials said on Sunday.",
     "Around noon, 8-10 wagons of the freight train derailed near Dunmore and fell on the flooded road, "
     "the spokesman said.", False),
    # What moves is the noun its qualifying phrases follow ("the toll in the town of X"), not the last
    # name before the verb, which the other sentence may name too.
    ("The toll from the hill town of Vellmark has climbed to 140 as the search goes on.",
     "Two weirs above Vellmark gave way under the pressure from water dropped by a storm.",
     False),
    ("The toll from the hill town of Vellmark has climbed to 140 as the search goes on.",
     "The death toll in Vellmark fell to 120 after a recount.", True),  # guard
    # A move under a hedge tells none: "may rise again" is no answer to a fall told as done.
    ("The board will not cut fares too quickly, as costs at the Kellmouth depot may rise again in spring.",
     "Costs at the Kellmouth depot fell to their lowest level this spring, the board said.", False),
    ("Costs at the Kellmouth depot rose again this spring, the board said.",
     "Costs at the Kellmouth depot fell to their lowest level this spring, the board said.", True),  # guard
    # A move inside a condition is only supposed: "if approved" states no approval.
    ("The council rejected the plan to build a new stadium downtown.",
     "If approved, the plan to build a new stadium downtown would cost millions.", False),
    # Opposite acts done to two things: one vote seen from its two sides.
    ("The board voted 7 to 2 in favour of the takeover offer on Monday.",
     "Seven board members voted against the founder on Monday.", False),
    ("The jury convicted the driver of the van in the crash.",
     "The jury acquitted the cyclist in the crash.", False),
    ("The board voted 7 to 2 in favour of the takeover offer on Monday.",
     "The board voted against the takeover offer on Monday.", True),  # guard
    # What an act is done to is its object, not its doer: a list of measures moves many things.
    ("The treasurer unveiled the budget, freezing the parking levy and raising the harbour toll.",
     "The budget keeps a 2p cut to the parking levy for another year, the treasurer said.", False),
    ("The treasurer unveiled the budget, freezing the parking levy and raising the harbour toll.",
     "Councillors said the budget risks reducing overtime at the harbour, with its toll frozen.", False),
    ("The budget cuts the harbour toll for the second year, the treasurer said.",
     "The budget raises the harbour toll for the second year, the treasurer said.", True),  # guard
    # An act done to an amount of money raises revenue; no level of the other's moves.
    ("The lower threshold will apply from April, to raise £3 billion a year for the harbour.",
     "Together with a £900 cut in the threshold, the change will yield £3 billion a year for the harbour.",
     False),
    # Two outcomes each cut off from their own words are of no one known thing.
    ("The council will review the harbour fares, rising to £3 from May.",
     "The council will review the harbour parking charge, falling to £2 from May.", False),
    # Two outcomes each told of a group its clause opens with a count, the counts different,
    # befell two groups.
    ("All 210 passengers of the ferry escaped a fire after the collision, but four of the five crew of the "
     "tug were killed.",
     "While 210 survived the collision, four lives were lost in the fire on the tug.", False),
])
def test_opposite_outcomes_of_the_same_thing(a, b, reported):
    found = list(detect_opposites(matches([pair(a, b)]), CTX))
    assert bool(found) is reported
    if reported:
        assert found[0].kind is DiscrepancyKind.POLARITY


# A hedge's word used as a plural noun after a determiner or a preposition names a plan, a
# wish or an allegation; it hedges nothing that follows.
NOUN_HEDGES = [
    ("Tenants will be moved out under plans to rebuild the tower.", "rebuild", None, None),
    ("The club dashed its hopes of a title with a late loss.", "title", None, None),
    ("The senator dismissed the claims of fraud at the depot.", "fraud", None, None),
    # ... and "suspect" in the singular names who was held, not a suspicion.
    ("Police said the suspect was detained near the Tarn depot on Friday.", "detained", None, None),
]


@pytest.mark.parametrize("text, word, cue, hedged", [
    ("China agreed to make substantial purchases of grain.", "purchases", "agreed to", False),
    ("Officials signaled that China would resume purchases.", "purchases", "signaled", True),
    ("Officials signaled that the trade ministry of the Chinese government would resume purchases.",
     "purchases", None, None),
    ("As many as 600 jobs could be cut after the merger.", "jobs", "could", True),
    ("Orrin will eliminate about 600 jobs once the deal closes.", "jobs", "will", False),
    ("The fire was sparked by a distribution line.", "line", None, None),
    ("The plan may be revised later, and the company signed the lease.", "lease", "signed", False),
    # A negated assertion reports the matter as still open.
    ("The agency has not yet confirmed which fault moved.", "fault", "confirmed", True),
    ("Geologists suspect a rupture on the northern fault.", "rupture", "suspect", True),
    # A state believed or feared of someone, told without "to be", is hedged.
    ("Eleven miners are believed trapped below the Vell seam.", "trapped", "are believed", True),
    ("Four hikers were feared dead after the Tarn avalanche.", "hikers", "were feared", True),
    # ... and with no "be" at all, right after the noun it is of.
    ("Dozens of hikers feared trapped under the snow were found on Sunday.", "trapped", "feared", True),
    # A belief credited to someone reports what they hold.
    ("Police believe the gunman acted alone at the Vell depot.", "alone", "believe", True),
    ("The agency thinks the dam failed overnight.", "dam", "thinks", True),
    # A cue governs its complement, which ends at a comma; a participle carries it on.
    ("While the firm plans to appeal the ruling, its hearing is set for May.", "hearing", None, None),
    ("The firm reached a deal, averting a strike.", "strike", "reached", False),
    # The words after "according to" name the source credited, not what it is credited with.
    ("The toll rose to 40, according to a statement from the governor.", "governor", None, None),
    # A word told twice is read by its first telling: the second, hedged, is another act.
    ("The contractors will be paid this week, while the suppliers are also expected to be paid.",
     "paid", "will", False),
    ("The minister said the contractors would be paid this week, while the suppliers are also expected "
     "to be paid.", "paid", None, None),
    *NOUN_HEDGES,
])
def test_certainty_is_the_cue_that_governs_the_word(text, word, cue, hedged):
    found = certainty_about(text, concept(word))
    assert (found.cue if found else None) == cue
    if found:
        assert found.hedged is hedged


# A hedge word closing a comparison of degree says how much, not whether.
def test_as_soon_as_possible_hedges_nothing(monkeypatch):
    text = "The board will reopen the pier as soon as possible, its chair said."
    assert certainty_about(text, concept("soon")).hedged is False
    monkeypatch.setattr(stance, "_compile",
                        lambda lexicon: replace(real_compile(lexicon), degree_hedges=frozenset()))
    assert certainty_about(text, concept("soon"), Lexicon()).hedged is True


# A modal before a verb of the senses tells what could be perceived, no doubt.
@pytest.mark.parametrize("text, word", [
    ("Loud gunfire could be heard across the car park at Vell Hall.", "gunfire"),
    ("From the coast, residents could clearly see smoke from the Tarn fire.", "smoke"),
])
def test_a_modal_of_perception_hedges_nothing(text, word, monkeypatch):
    found = certainty_about(text, concept(word))
    assert found is None or found.hedged is False
    monkeypatch.setattr(stance, "_compile",
                        lambda lexicon: replace(real_compile(lexicon), perception_verbs=frozenset()))
    assert certainty_about(text, concept(word), Lexicon()).hedged is True


# An asserting word in a hedge's infinitive is hedged by it ("is expected to be completed").
HEDGED_INFINITIVES = [
    ("The ferry sale is expected to be completed in the autumn.", "autumn", "is expected", True),
    ("The lease could be confirmed at the board's next meeting.", "meeting", "could", True),
]


@pytest.mark.parametrize("text, word, cue, hedged", HEDGED_INFINITIVES)
def test_an_assertion_in_a_hedge_s_infinitive_is_hedged(text, word, cue, hedged, monkeypatch):
    found = certainty_about(text, concept(word))
    assert (found.cue, found.hedged) == (cue, hedged)
    monkeypatch.setattr(stance, "_hedged_infinitive", lambda *args: None)
    found = certainty_about(text, concept(word))
    assert found is None or (found.cue, found.hedged) != (cue, hedged)


# A verb of claiming with what it took as its object ("claimed over 40 lives") reports no
# statement; with a clause after it ("claimed 40 people had died") it does (the guard row).
TAKEN_OBJECTS = [
    ("The collapse of the Tarn footbridge claimed over 40 lives.", "lives", None, None),
    ("The storm claimed the lives of 12 people.", "people", None, None),
]


@pytest.mark.parametrize("text, word, cue, hedged", TAKEN_OBJECTS)
def test_a_verb_of_claiming_with_what_it_took_hedges_nothing(text, word, cue, hedged, monkeypatch):
    found = certainty_about(text, concept(word))
    assert (found.cue if found else None) == cue
    assert certainty_about("The rebels claimed 40 people had died in the valley.", concept("died")).hedged
    monkeypatch.setattr(stance, "_compile",
                        lambda lexicon: replace(real_compile(lexicon), taken_objects=None))
    found = certainty_about(text, concept(word), Lexicon())
    assert found is not None and found.hedged


@pytest.mark.parametrize("text, word, cue, hedged", NOUN_HEDGES)
def test_each_noun_hedge_row_needs_the_noun_reading(text, word, cue, hedged, monkeypatch):
    monkeypatch.setattr(stance, "_compile",
                        lambda lexicon: replace(real_compile(lexicon), noun_leads=frozenset()))
    found = certainty_about(text, concept(word), Lexicon())
    assert found is not None and found.hedged


@pytest.mark.parametrize("a, b, reported", [
    # A forecast under a verb of belief is as hedged as that verb: no firmer than "is expected".
    ("Officials expect that the number of evacuees will grow as the river rises.",
     "The number of evacuees is expected to grow as the river rises.", False),
    ("I think the price of bread will come down by the spring, the baker said.",
     "The price of bread is expected to come down by the spring.", False),
    # A forecast quoted is the speaker's, which the source only reports.
    ('"The hearing will take place in six weeks," the judge told the court.',
     "The hearing, which the judge expects to take place in six weeks, was set on Friday.", False),
    # Stated by the source itself, it is firmer than an expectation.
    ("The number of evacuees will grow as the river rises.",
     "The number of evacuees is expected to grow as the river rises.", True),
    # Two cues that follow only the subject hedge and assert two acts: signing, a debut.
    ("The Rovers defender signed a two-year deal with Harlow on Friday.",
     "The Rovers defender could make his league debut for Harlow on Saturday.", False),
    ("The Rovers defender signed a two-year deal with Harlow on Friday.",
     "The Rovers defender is expected to sign a two-year deal with Harlow.", True),
    # "Unlikely" leans against what "could" leaves open: both hedge, in opposite directions.
    ("The Rovers defender is unlikely to play in Saturday's cup final.",
     "The Rovers defender could play in Saturday's cup final.", True),
    ("The Rovers defender is unlikely to play in Saturday's cup final.",
     "The Rovers defender is doubtful to play in Saturday's cup final.", False),
    # Two sentences sharing only a source: one names the officials who act, the other the
    # officials "according to" whom something else is so.
    ("Officials began inspecting the dam at Corran on Monday.",
     "The repairs will cost 2 million, according to an official statement from Corran.", False),
    ("Officials began inspecting the dam at Corran on Monday.",
     "Officials are expected to inspect the dam at Corran on Monday.", True),
    # A forecast in the complement of a hedge is as open as the hedge ("possible that ... will").
    ("It is possible that the new contract will set a standard for other hospitals in the state.",
     "The new contract could set a standard for other hospitals in the state.", False),
    # A forecast credited "according to" a body is that body's forecast, as hedged as "expected".
    ("The ferry will sail north toward the islands on Monday, according to a notice released by the port.",
     "The ferry is expected to sail north toward the islands on Monday.", False),
    ("According to the weather office, the storm will reach the coast of Norland by Tuesday night.",
     "The storm is likely to reach the coast of Norland by Tuesday night.", False),
    # A question left open ("it is not clear who ... will") states no forecast.
    ("It's not clear who Harlow's next coach will be after the season.",
     "Harlow's next coach could be named after the season.", False),
    ("It remains to be seen whether the new bridge will open in the spring.",
     "The new bridge is expected to open in the spring.", False),
    # An adjective hedge qualifies its noun ("possible candidates"), not the act of its clause.
    ("The board will name the new chief executive of the bank on Friday.",
     "The board met possible candidates for chief executive of the bank on Friday.", False),
    ("The club will sign a new goalkeeper before the window closes next week.",
     "The club has a potential goalkeeper lined up before the window closes next week.", False),
    ("The board will name the new chief executive of the bank on Friday.",
     "The board could name the new chief executive of the bank on Friday.", True),  # guard
    # A name is who acts or where, not the act a cue governs.
    ("The strike will disrupt the harbour in Norland.",
     "The walkout could cause delays in Norland, the harbour said.", False),
    # A word that is the subject of one cue and inside the act of the other: two acts.
    ("The centrist party will win the vote, the first exit poll suggests.",
     "The vote puts the leader in line to chair talks and possibly form the first centrist government.",
     False),
    # ... but the subject of a passive is what the act is done to, as the other's object is.
    ("The mill will eliminate about 60 jobs once the sale closes.",
     "As many as 60 jobs could be cut after the sale.", True),
    # ... where a figure both give ties the two acts together: without one, the passive's act
    # and the other's are two acts done to one thing.
    ("The council expects to finance the new bridge with a loan of $40 million.",
     "The new bridge will be built in steel at a cost of $55 million.", False),
    ("The envoy announced that the two unions have agreed on a truce with the mill.",
     "The two unions may finally be stepping back from a strike at the mill.", False),  # guard: no passive
])
def test_certainty_between_statements_of_one_act(a, b, reported):
    found = certainty_conflict(claim(a, "one"), claim(b, "two"), CTX)
    assert (found is not None) is reported
    if found is not None:
        assert found.kind is DiscrepancyKind.CERTAINTY


def test_an_unlikely_act_against_a_possible_one_says_which_leans_which_way():
    found = certainty_conflict(claim("The ferry is unlikely to sail before Tuesday.", "one"),
                               claim("The ferry could sail before Tuesday.", "two"), CTX)
    assert found is not None
    assert [v.value for v in found.values] == ["unlikely (unlikely)", "possible (could)"]


@pytest.mark.parametrize("a, b, reported", [
    ("The remains of the crew have been identified, the coroner said.",
     "The remains of the crew have yet to be identified, the coroner said.", True),
    # A restrictive relative clause picks out which remains; it does not say any were identified.
    ("Remains of crew members who have been identified will be handed to relatives.",
     "The remains of the crew have yet to be identified, the coroner said.", False),
    ("Cabins that were searched will be sealed, the coroner said.",
     "The cabins have not been searched, the coroner said.", False),
    # A condition supposes its act: "if approved" neither states nor denies an approval.
    ("The merger still needs to be approved by the regulator, officials said.",
     "If approved, the merger would create the largest bank in the region.", False),
    ("The merger still needs to be approved by the regulator, officials said.",
     "Once approved, the merger would create the largest bank in the region.", False),
    # An obligation to be done ("must still be", "has to be") states it is not done yet.
    ("The new course record, which must still be ratified by the federation, stood at 2:03:11.",
     "The new course record of 2:03:11 is yet to be ratified by the federation.", False),
    ("The new course record has to be ratified by the federation before it counts.",
     "The federation ratified the new course record of 2:03:11 on Friday.", True),
    # A denial of other parts ("on two more", "the other claims") tells the act done on some.
    ("The panel reached a ruling after a hearing that lasted two weeks.",
     "The panel upheld five claims and failed to reach a ruling on two more.", False),
    ("The insurer paid the flood claims in full by March.",
     "The insurer did not pay the other claims from the storm.", False),
    # A denial of another thing than the one done is no opposite ("no funding for the bridge").
    ("The council approved the budget for the new library in May.",
     "The council has not approved funding for the ring road.", False),
    ("The council approved the budget for the new library in May.",
     "The council has not approved the budget for the new library.", True),  # guard
    # What a noun denied by "no" is given to stands before it: support for a motion and no
    # support for a person are one vote seen from two sides.
    ("Every member present also supported the motion to close the library.",
     "The members gave him no support in the fight over the library.", False),
    ("Every member present also supported the motion to close the library.",
     "The members gave the mayor no support in the long fight.", False),
    ("The fans backed the plan to rebuild the stand.",
     "The fans offered them no backing during the long dispute.", False),
    # An act done to "no" thing is the act denied: "posed no danger" is "did not pose a danger".
    ("The rock posed no danger to the harbour, officials said.",
     "The rock does not pose a danger to the harbour, officials said.", False),
    ("The rock posed no danger to the harbour, officials said.",
     "The rock posed a danger to the harbour, officials said.", True),  # guard
    # A linking verb states what follows it: "appeared shaken" and "did not appear to flinch"
    # tell two things, no act affirmed and denied.
    ("Ana Ruiz appeared shaken as the clerk read the verdict.",
     "Ana Ruiz did not appear to flinch as the clerk read the verdict.", False),
    # ... but told with a preposition after it, "appear" is an act: at a place, before a court.
    ("Ana Ruiz appeared in court on Monday for the hearing.",
     "Ana Ruiz did not appear in court on Monday for the hearing.", True),  # guard
    # A possessor says whose the doer or thing is, not who: the pilot's son found is no pilot
    # found.
    ("Soon after that, the pilot's son was found dead.",
     "However, the pilot left the cabin and was not found before dusk.", False),
    ("Soon after that, the pilot was found dead.",
     "However, the pilot left the cabin and was not found before dusk.", True),  # guard
])
def test_polarity_of_an_act_stated_and_denied(a, b, reported):
    from claimcheck.classify import polarity_conflicts

    assert bool(polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX)) is reported


# An object is told apart by its head and the names in it: "the transfer fee" is a fee (not
# the signing its first word may name), so a fee not confirmed is no signing confirmed; "the
# Vell paperwork" is the Vell purchase's.
OBJECT_HEADS = [
    ("Tarco also confirmed Vell will sign a three-year deal at the club.",
     "The club has not confirmed the transfer fee for the midfielder, a spokesman said.", False),
    ("Tarco completed a long-planned purchase involving Vell on Friday.",
     "The firms still need to complete the Vell paperwork, officials said.", True),
]



def test_a_negation_reaches_through_having_and_being():
    from claimcheck.classify import polarity_conflicts

    denied = claim("Tarco ended the deal after not having obtained approval from the regulator.", "one")
    affirmed = claim("Tarco obtained approval from the regulator.", "two")
    denied_too = claim("Tarco had not obtained approval from the regulator.", "two")
    assert polarity_conflicts(denied, affirmed, CTX) != []
    assert polarity_conflicts(denied, denied_too, CTX) == []


def test_opposite_acts_each_in_reported_words_are_the_parties_not_the_outlets(monkeypatch):
    # "claiming that X hadn't obtained it" / "said that it had": each outlet reports a party's
    # word; the parties disagree, not the outlets. (Said of the act plainly, it is a conflict.)
    from claimcheck import classify

    a = "Tarco pulled out of the sale, claiming that Orrin hadn't obtained approval from the regulator."
    b = "Orrin disputed that and said that the sale had obtained approval from the regulator."
    plain = "The sale had obtained approval from the regulator on Monday, the filing showed."
    assert classify.polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) == []
    assert classify.polarity_conflicts(claim(a, "one"), claim(plain, "two"), CTX) != []
    monkeypatch.setattr(classify, "_reported", lambda *args: False)
    assert classify.polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


AWAITED = [
    # A participle of waiting made an adjective by a word of how keenly tells the thing was
    # awaited, not that it may not happen: the act is stated.
    ("The carmaker made its highly anticipated return to the racing series this weekend.",
     "The carmaker returned to the racing series this weekend."),
    ("The carmaker made its highly-anticipated return to the racing series this weekend.",
     "The carmaker returned to the racing series this weekend."),
    ("The long-expected merger of the two dairies closed on Tuesday.",
     "The merger of the two dairies closed on Tuesday."),
    ("The orchestra gave its much-anticipated premiere of the new symphony at the harbour hall.",
     "The orchestra premiered the new symphony at the harbour hall."),
]


SET_AGAINST_EXPECTATIONS = [
    # An outcome set against what was expected is told as fact: nothing is hedged.
    ("Turnout was not what organisers expected and the club cancelled the summer fair.",
     "The club cancelled the summer fair."),
    ("The losing candidate said the count was not what we expected and conceded the race.",
     "The losing candidate conceded the race."),
]


@pytest.mark.parametrize("a, b, reading", [(a, b, "_eager_adjective") for a, b in AWAITED]
                         + [(a, b, "_set_against") for a, b in SET_AGAINST_EXPECTATIONS])
def test_an_awaited_or_expected_thing_is_no_hedged_one(a, b, reading, monkeypatch):
    from claimcheck.classify import plain_against_hedged

    def hedges() -> bool:
        return any(c.hedged for c in CTX.sentence(claim(a, "one")).cues.values())

    one, two = claim(a, "one"), claim(b, "two")
    assert (certainty_conflict(one, two, CTX) or plain_against_hedged(one, two, CTX)) is None
    assert not hedges()
    monkeypatch.setattr(stance, reading, lambda *args: False)
    assert hedges()


# A hedge on a verb of speech ("reportedly said") hedges who said it, not what was said: no
# certainty finding against a plain "stated". A hedge on the act itself still makes one.
HEDGED_SAYING = [
    ("Tarco's chief executive Ann Vell stated on Friday that she accepts the blame for the cuts.",
     "The chief executive, Ann Vell, reportedly said that she accepts the blame for the cuts.", False),
    ("The Tarco plant closed on Friday.", "The Tarco plant reportedly closed on Friday.", True),
]


@pytest.mark.parametrize("a, b, reported", HEDGED_SAYING)
def test_a_hedge_on_a_saying_hedges_no_act(a, b, reported, monkeypatch):
    from claimcheck.classify import plain_against_hedged

    one, two = claim(a, "one"), claim(b, "two")
    assert (plain_against_hedged(one, two, CTX) is not None) is reported
    if not reported:
        monkeypatch.setattr(classify, "_speech_concepts", lambda lexicon: frozenset())
        assert plain_against_hedged(one, two, CTX) is not None


# A plain act and a hedged one done to two things are two statements ("involved one of its
# tugs" / "likely involved a steering failure"): no certainty finding. The same act done to
# the same thing still makes one.
OBJECTS_OF_HEDGED_ACTS = [
    ("The harbour office said the collision involved one of its tugs that was headed to the Vell quay.",
     "Investigators said the collision likely involved a steering failure on the ferry.", False),
    ("The harbour office said the collision involved one of its tugs.",
     "The harbour office said the collision likely involved one of its tugs.", True),
    ("Tarco cut most of the night shifts at the Palder plant.",
     "Tarco is expected to cut most of the night shifts at the Palder plant.", True),
]


@pytest.mark.parametrize("a, b, reported", OBJECTS_OF_HEDGED_ACTS)
def test_a_hedged_act_done_to_another_thing_is_another_statement(a, b, reported, monkeypatch):
    from claimcheck.classify import plain_against_hedged

    one, two = claim(a, "one"), claim(b, "two")
    assert (plain_against_hedged(one, two, CTX) is not None) is reported
    monkeypatch.setattr(classify, "_objects_apart", lambda *args, **kwargs: False)
    assert plain_against_hedged(one, two, CTX) is not None


# Cues on one verb told of two things ("the ferry will likely stay" / "both slipways will stay
# shut") hedge and assert two acts: no certainty finding. The same thing's act,
# or two things tied by a figure both give, still make one.
SUBJECTS_OF_CUES = [
    ("The damaged ferry will likely stay on the Vell slipway for two days while inspectors work, Roe said.",
     "Both Vell slipways will stay shut while the inspections go on.", False),
    ("The weather office said the sea will keep rising along the Tarnia coast this week.",
     "River levels may keep rising this week along the Tarnia coast, the governor said.", False),
    ("The damaged ferry will stay on the Vell slipway for two days, Roe said.",
     "The damaged ferry is expected to stay on the Vell slipway for two days.", True),
    ("The company will cut 600 jobs at the Palder plant.",
     "About 600 jobs could be cut at the Palder plant.", True),
]


# A level reached and a level that could be reached, of other figures, are two acts (a
# result, a forecast): no certainty finding. Of one figure, one act told two ways.
FIGURES_OF_CUES = [
    ("The Tarn river reached nine feet at the Vell gauge on Monday.",
     "The Tarn river could reach 15 feet at the Vell gauge, forecasters said.", False),
    ("The Tarn river reached nine feet at the Vell gauge on Monday.",
     "The Tarn river could reach nine feet at the Vell gauge, forecasters said.", True),
    # ... and of spans told in two units, as relate sets them against each other.
    ("Tarn and Vell will stay a little over a week on the station before returning.",
     "The crew, Tarn and Vell, are expected to stay one day aloft before docking.", False),
    ("Tarn and Vell will stay seven days on the station.",
     "Tarn and Vell are expected to stay a week on the station.", True),
]


# Two cues whose acts share a word but not their verb ("come at a price" / "complete the
# payment") hedge two acts; a verb that only carries its noun ("make purchases") is passed over.
VERBS_OF_CUES = [
    ("The Vell move will come at a steep price for Tarnia, with a signing fee of £40m.",
     "Tarnia are expected to complete payment of the fee within three years.", False),
    ("Tarnia will complete payment of the signing fee within three years.",
     "Tarnia are expected to complete payment of the fee within three years.", True),
    ("Vell agreed to make large purchases of Tarn grain.",
     "Vell is expected to resume large purchases of Tarn grain.", True),
]


@pytest.mark.parametrize("a, b, reported, reading", [
    *((a, b, reported, "_verbs_apart") for a, b, reported in VERBS_OF_CUES),
    *((a, b, reported, "_figures_apart") for a, b, reported in FIGURES_OF_CUES),
    *((a, b, reported, "_subjects_apart") for a, b, reported in SUBJECTS_OF_CUES),
])
def test_cues_on_two_acts_are_two_statements(a, b, reported, reading, monkeypatch):
    one, two = claim(a, "one"), claim(b, "two")
    assert (certainty_conflict(one, two, CTX) is not None) is reported
    monkeypatch.setattr(classify, reading, lambda *args: False)
    assert certainty_conflict(one, two, CTX) is not None


@pytest.mark.parametrize("text, act, objects", [
    # What is picked from, after "of", is the object ("one of its tugs", "most of the staff").
    ("The collision involved one of its tugs.", "involved", {"tug"}),
    ("Tarco cut most of the night shifts.", "cut", {"night", "shift"}),
    ("Tarco cut the night shifts.", "cut", {"night", "shift"}),
])
def test_an_act_s_object_is_read_past_a_word_that_picks_from_it(text, act, objects):
    sentence = CTX.sentence(claim(text, "one"))
    end = text.index(act) + len(act)
    assert classify._object_words(sentence, end, CTX) == {concept(w) for w in objects}


@pytest.mark.parametrize("text, word", [
    # Without the degree word, or as a verb, the participle still hedges.
    ("The merger of the two dairies is expected to close on Tuesday.", "close"),
    ("The dairy had long anticipated a merger with its rival.", "merger"),
])
def test_a_participle_of_waiting_still_hedges_as_a_verb(text, word):
    found = certainty_about(text, concept(word))
    assert found is not None and found.hedged


def test_certainty_conflict_between_asserted_and_hedged():
    a = claim("The Harriers have agreed to a 30-year lease at the ballpark.", "one")
    b = claim("The Harriers are expected to sign a 30-year lease at the ballpark.", "two")
    found = certainty_conflict(a, b, CTX)
    assert found is not None and found.kind is DiscrepancyKind.CERTAINTY
    assert [v.value for v in found.values] == ["asserted (have agreed)", "hedged (are expected)"]


@pytest.mark.parametrize("a, b, reported", [
    ("Serious infections occurred in 2.1 percent of patients on the drug.",
     "A small number of patients on the drug developed serious infections.", True),
    ("The regulator is expected to delay for a year the launch of the permit system.",
     "The regulator is expected to announce a delay of the permit system.", True),
    ("The regulator is expected to delay for a year the launch of the permit system.",
     "The regulator is expected on 3 March to announce a delay of the permit system.", False),
    ("Both sides met at the summit.", "The sides met at the summit.", False),
    ("The city will raise the hotel tax by 2 percentage points to repay the bonds.",
     "The city will repay the bonds through a hotel tax increase.", True),
    # The same word, but not the same thing left unmeasured: "the town", "this league".
    ("The mayor said the old town was lost in forty seconds.",
     "Water has been restored to most of the new town.", False),
    ("He added 9 assists in the league last season.", "He has never played in this league.", False),
    # A marker past punctuation qualifies another phrase ("Further, she added, 'Year ...'").
    ("Tom Reed was banned on Monday for 6 years and two months from the sport after the hearing.",
     'Further, she added, "Year in and year out, Tom Reed had the chance to become a great champion."',
     False),
    # A word is what a figure is of only within the figure's own phrase: "the deck and, with
    # 40 crates aboard" gives no figure of the deck.
    ("The crew hauled the nets across the deck and, with 40 crates aboard, turned for port.",
     "The skipper said the boat turned for port with a deck of fish.", False),
    # ... nor past "and", which opens another noun phrase ("at least four states and a majority").
    ("To pass, the charter needed the backing of at least four provinces and a majority of voters.",
     "Every province but Tarnia returned a majority against the charter.", False),
    # ... nor past a word that opens only a clause ("23 bodies while the search goes on").
    ("Divers have recovered at least 23 bodies while the search operation goes on near Tarnby.",
     "A search operation goes on near Tarnby.", False),
])
def test_specificity_a_figure_against_none(a, b, reported):
    cluster = Cluster("c1", (claim(a, "one"), claim(b, "two")), 60.0)
    found = list(specificity_in_cluster(cluster, CTX))
    assert bool(found) is reported
    if reported:
        assert found[0].kind is DiscrepancyKind.SPECIFICITY
        assert found[0].values[1].value.endswith("(no figure)")


# What a figure measures decides what a sentence leaves vague. A span from one moment to
# another places an act in the story, no size of the thing beside it; a word that qualifies
# a noun the other sentence never uses ("a prison tunic") names that noun's thing.
def _unread_spans(monkeypatch):
    """Switches off the reading of a span as a time between two moments."""
    from claimcheck import annotate as annotate_module
    from claimcheck import classify

    real = annotate_module.annotate

    def unread(c, *args):
        s = real(c, *args)
        return replace(s, measures=tuple(replace(m, between=0, stage=frozenset()) for m in s.measures))
    monkeypatch.setattr(classify, "annotate", unread)


def _unread_compounds(monkeypatch):
    from claimcheck import classify

    monkeypatch.setattr(classify, "_qualifies_a_noun", lambda *args: False)


def _unread_spans_of(monkeypatch):
    from claimcheck import classify

    monkeypatch.setattr(classify, "_span_of", lambda *args: "")


def _unread_places_after(monkeypatch):
    from claimcheck import classify

    monkeypatch.setattr(classify, "PREPOSITIONS", frozenset({"of"}))


def _unread_speakers(monkeypatch):
    from claimcheck import classify

    monkeypatch.setattr(classify, "speech_words", lambda lexicon: frozenset())


def _unread_partitives(monkeypatch):
    from claimcheck import classify

    original = classify._left_unmeasured

    def anywhere(claim, word, ctx):
        # The marker read wherever it stands, "of" after it or not.
        before = [t for t in ctx.sentence(claim).tokens if t.end <= word.start][-classify.VAGUE_REACH:]
        return original(claim, word, ctx) or any(t.norm in ctx.tables.unmeasured_markers for t in before)

    monkeypatch.setattr(classify, "_left_unmeasured", anywhere)


def _counts_by_any_word(monkeypatch):
    from claimcheck import classify

    monkeypatch.setattr(classify, "COUNTED_BY_NOUN", frozenset())


def _unread_count_markers(monkeypatch):
    from claimcheck import classify

    monkeypatch.setattr(classify, "_counted_vaguely", lambda *args: False)


NOT_LEFT_VAGUE = [
    # A word reached past a preposition after the figure is where it was, not what it was of.
    ("Repairs will cost as much as $2 million in some districts, officials in Tarnia said.",
     "Heavy flooding was reported in several districts, officials in Tarnia said.", _unread_places_after),
    # A number of things left vague is no length of time left vague.
    ("After three days of pumping water out, the crews were ready to enter the flooded tunnel in Tarnby.",
     "Over recent days, crews have brought in numerous pumps to drain the flooded tunnel in Tarnby.",
     _unread_count_markers),
    # A span told as the length of something ("after four days of talks") is left vague only by
    # a sentence that names that thing.
    ("The tribunal issued its decision after four days of hearings in the port city.",
     "A decision has been issued by the tribunal in the port city.", _unread_spans_of),
    ("Ostrow was shown a red card eight minutes after half-time for a late tackle.",
     "Late in the game, the referee upgraded a yellow card for a high tackle by the captain.", _unread_spans),
    # The time left until an end is a moment of the match, no length of the penalty.
    ("Voss missed a penalty with nine minutes left in the final.",
     "Voss missed an easy penalty in the final.", _unread_spans),
    ("The former treasurer was sentenced to 12 years in prison on Monday.",
     "In court the former treasurer, dressed in a grey prison tunic, showed no emotion.", _unread_compounds),
    # A vague amount of a group ("many of those fined") is a part of it: no amount left vague.
    ("The regulator imposed fines of $40,000 on the Tarnby operators.",
     "Many of those fines were imposed on the Tarnby operators, the regulator said.", _unread_partitives),
    # A marker of another noun phrase leaves nothing of the word after it vague: the order is
    # indefinite, not the length of the curfew.
    ("The governor of Vellshire declared a 30-day curfew in the port.",
     "The governor of Vellshire signed an Emergency Order declaring a curfew in the port.",
     _unread_partitives),
    ("The council set aside $12 million for repairs to the Vellshire dam.",
     "The council ordered an avalanche of repairs to the Vellshire dam.", _unread_partitives),
    # A word before a verb of speech is the speaker, not what the figure after it is of.
    ("A port official said $9,000 in fines was paid after the Tarnby collision.",
     "A port official, speaking privately, said the Tarnby ferry had left late.",
     _unread_speakers),
    # A count is left vague only by a vague amount of what it counts: one thing named with "a"
    # ("a gold brooch") or a noun the count's phrase shares ("a road crew") is no count left out.
    ("Thieves took a nine-inch gold brooch from the Tarnby museum.",
     "A gold brooch is missing from the Tarnby museum.", _counts_by_any_word),
    ("Rescuers looked for six men of a road crew after the Tarnby bridge fell.",
     "A road crew was working on the Tarnby bridge when it fell.", _counts_by_any_word),
]


@pytest.mark.parametrize("a, b, switch_off", NOT_LEFT_VAGUE)
def test_a_figure_of_another_thing_is_not_left_vague(a, b, switch_off, monkeypatch):
    cluster = Cluster("c1", (claim(a, "one"), claim(b, "two")), 60.0)
    assert not list(specificity_in_cluster(cluster, CTX))
    switch_off(monkeypatch)
    assert list(specificity_in_cluster(cluster, context()))


@pytest.mark.parametrize("a, b, reported", [
    # One detail differs, the rest agree: the same event told two ways.
    ("A magnitude 5.2 aftershock struck the valley on Sunday afternoon.",
     "A magnitude 4.8 aftershock struck the valley on Sunday afternoon.", True),
    # Every detail differs: two aftershocks, not one misreported.
    ("A magnitude 5.2 aftershock struck the valley on Sunday afternoon.",
     "A magnitude 4.6 aftershock struck the valley on Monday morning.", False),
    ("The club had an opening bid of $40 million rejected on May 3 by the board.",
     "The club had a second bid of $46 million rejected on May 10 by the board.", False),
    # A date and a name in the same slot, both different: another fixture.
    ("City open the season against Harlow Rangers at the Mill Ground on August 15.",
     "City face Dunmore Athletic in a friendly at the Mill Ground on August 22.", False),
    # The day something was said is not the day it happened.
    ("Two residents died in the fire, the sheriff said at a briefing Thursday.",
     "Two residents died in the fire, the sheriff confirmed on Wednesday.", False),
    # A count and a denial, both different: two groups of people.
    ("The trial enrolled 600 patients who had not responded to earlier treatment.",
     "The 410 patients who responded to earlier treatment went on to a second phase.", False),
    # Only names near two days: who, not which event ("tonight" of the rescue, "Sunday" of the quake).
    ("Rescue teams in Port Halden are racing against time on May 9 in the rubble.",
     "A powerful earthquake struck Port Halden on May 8, killing many people.", False),
    # A tally is one detail, even written as two numbers.
    ("The board voted 7-4 to approve the budget.", "The board voted 8-3 to approve the budget.", True),
    # One sentence marks the thing both speak of as one of several: two happenings.
    ("The council held a public hearing on the plan on 4 May.",
     "A second public hearing on the plan is set for 11 May.", False),
    # Two markers of one thing: "the previous meeting" and "the third meeting" are two meetings.
    ("At the previous meeting the board raised the fee by 2 percent.",
     "At the third meeting the board raised the fee by 3 percent.", False),
    # A month against a day outside it: two happenings ("the flight in November" / "on 14 April").
    ("The first rover in November 2031 carried four cameras to the crater.",
     "A rover carrying six cameras to the crater landed on 14 April 2032.", False),
    ("In April 2032 the rover carried four cameras to the crater.",
     "A rover carrying six cameras to the crater landed on 14 April 2032.", True),
    # Ordinals of two different things: "a first-floor window", "a third man".
    ("The burglars got in through a first-floor window at the back, police said.",
     "Police said a third man waited at the back in a van.", False),
    ("The burglars got in through a first-floor window at the back, police said.",
     "The burglars got in through a second-floor window at the back.", True),
    # A figure both give is the one they share: the other figure of one sentence is another thing.
    ("Nurses are seeking a rise of 8% to make up for two years in which wages lagged prices.",
     "The board's offer of 3% over two years falls well short of the nurses' demand for 8%.", False),
    # "about 600" is not "more than 400" rounded: with another day, two pickets.
    ("More than 400 workers joined the picket line on Monday morning.",
     "About 600 workers joined the picket line on Tuesday morning.", False),
    # "another 40" adds to a count; it marks no other happening.
    ("Another 40 homes were damaged on 4 May, inspectors said.",
     "Homes were damaged on 6 May, inspectors said.", True),
    # The day a span starts and the day it ends are two facts.
    ("The ceasefire between the two militias is set to expire on 12 June.",
     "The ceasefire between the two militias is set to begin on 2 June.", False),
    ("The ceasefire between the two militias is set to expire on 12 June.",
     "The ceasefire between the two militias is due to lapse on 2 June.", True),
    # A start of a period against a time within it: the value beside it holds later.
    ("Levels in the canal have fallen since Tuesday, with the latest reading at 0.3 ppm.",
     "Levels in the canal stood at about 0.3 ppm on Thursday, the latest reading.", False),
    ("Levels in the canal have been falling since Tuesday, the agency said.",
     "Levels in the canal have been falling since Monday, the agency said.", True),
    # Two parts of one day are two times: two readings, not one misdated.
    ("Readings in the canal on Tuesday morning showed 0.9 ppm, the agency said.",
     "Readings in the canal on Tuesday afternoon showed 0.4 ppm, the agency said.", False),
    # Two subjects of a kind ("ticket gates" / "departure gates"), each with its own day.
    ("Ticket gates at the station were working again on Friday, staff said.",
     "Departure gates at the station were working again on Sunday, staff said.", False),
    ("Ticket gates at the station were working again on Friday, staff said.",
     "Gates at the station were working again on Sunday, staff said.", True),
])
def test_fact_conflicts_unless_every_detail_differs(a, b, reported):
    from claimcheck.classify import fact_conflicts_in_cluster

    cluster = Cluster("c1", (claim(a, "one"), claim(b, "two")), 80.0)
    found = list(fact_conflicts_in_cluster(cluster, context()))
    assert bool(found) == reported


@pytest.mark.parametrize("a, b, relation", [
    # A sum written with a scale word and no currency is a sum when set against one.
    ("Orrin is paying 2.1bn in cash.", "Orrin will pay $2.4 billion in cash.", "different"),
    ("Orrin is paying 2.4bn in cash.", "Orrin will pay $2.4 billion in cash.", "same"),
    ("The city has 2,100 voters.", "Orrin will pay $2.4 billion in cash.", "incomparable"),
    # One figure, once given as a bound: not two figures.
    ("Gusts of up to 45 mph are expected.", "Gusts of 45 mph are expected.", "same"),
    # Two figures whose bounds overlap are still two figures.
    ("At least 300 people died.", "More than 340 people died.", "compatible_bounds"),
])
def test_a_scaled_number_meets_a_sum(a, b, relation):
    from claimcheck.relate import relate_facts as relate

    fa = next(f for f in extract_facts(a))
    fb = next(f for f in extract_facts(b))
    assert relate(fa, fb, None, None).value == relation


@pytest.mark.parametrize("a, b, reported", [
    ("The blaze was sparked by a rail company power line, county officials said.",
     "Investigators are examining whether a rail company power line sparked the blaze.", True),
    ("The outbreak was caused by a faulty water main, the city said.",
     "Engineers suspect a faulty water main caused the outbreak.", True),
    # The agent of a passive act, hedged elsewhere: "suspect a leak" doubts what "caused by a leak" states.
    ("The blast was caused by a leak in the boiler room, the fire service said.",
     "Investigators suspect a leak in the boiler room, but have not confirmed the cause of the blast.", True),
    # What follows the act without "by" is not its agent.
    ("Talks held on the sidelines of the forum eased tensions.",
     "A meeting expected to take place on the sidelines of the forum could ease tensions.", False),
    # A source credited is not a doubt.
    ("The blaze was 35% contained, fire officials said.",
     "It was 35 percent contained, according to the county.",
     False),
    # A past form that qualifies a noun is no statement that something happened.
    ("The talks come as Lisbon weighs its response to Madrid's expanded port controls.",
     "The deal could defer Madrid's expanded port controls for a year.", False),
    # A hedge of another clause, past the comma that ends its complement.
    ("The hearing was scheduled for June 3.",
     "While the mayor denies the charges and plans to appeal, his hearing is scheduled for June 3.", False),
    ("The council passed the budget on Tuesday.",
     "The mayor seemed to relax when, after long talks, the council passed the budget on Tuesday.", False),
    ("The council passed the budget on Tuesday.", "The council seemed to pass the budget on Tuesday.", True),
    # Each act carries its own figure of one unit: a past result is not a forecast stated firmly.
    ("Ferrow has never posted quarterly sales above $4.1 billion, which it generated in the spring quarter "
     "two years ago.",
     "The company expects to generate $6 billion in the current quarter, helped by demand for its sensors.",
     False),
    # Reports looked into, or amid which something is told, are as unconfirmed as "reportedly".
    ("The port authority is looking into reports that the fire started in the engine room.",
     "The fire reportedly started in the engine room of the ferry.", False),
    ("The road was closed amid reports that the bridge cracked under the load.",
     "The bridge reportedly cracked under the load on Friday.", False),
    # A hedge governs its own clause, not one told beside it after "as", "when", "because".
    ("Tamsin crossed the ball from a corner and Rhys volleyed it into the net.",
     "The winner might be his luckiest goal as he met the ball Tamsin crossed from the left.", False),
    ("Tamsin crossed the ball from a corner and Rhys volleyed it into the net.",
     "Tamsin might have crossed the ball before the keeper reached it.", True),  # guard
    # A hedge's infinitive governs its own verb: what stands in that verb's object is not hedged.
    ("The opposition leader filed a recall petition against the mayor on Tuesday.",
     "The mayor is likely to defeat a recall petition filed by the opposition leader.", False),
    ("The opposition leader filed a recall petition against the mayor on Tuesday.",
     "The opposition leader is likely to have filed a recall petition against the mayor.", True),  # guard
])
def test_a_plain_statement_against_a_hedged_one(a, b, reported):
    from claimcheck.classify import plain_against_hedged

    found = plain_against_hedged(claim(a, "one"), claim(b, "two"), context())
    assert (found is not None) == reported
    if reported:
        assert found.kind is DiscrepancyKind.CERTAINTY and found.values[0].value == "stated plainly"


def test_an_act_named_as_a_noun_is_what_a_hedged_clause_is_about_not_what_it_hedges():
    from claimcheck.classify import plain_against_hedged

    plain = claim("Armed men have stormed a radio studio in Tarnby.", "one")
    about = claim("It is not clear whether the storming of the studio in Tarnby is linked to the jail break.",
                  "two")
    hedged = claim("It is not clear whether gunmen stormed the studio in Tarnby.", "two")
    assert plain_against_hedged(plain, about, context()) is None
    assert plain_against_hedged(plain, hedged, context()) is not None


def test_a_short_sentence_of_the_story_words_still_says_which_day():
    # "next" and "decision" are all over the corpus, yet they are all these sentences
    # have to say what the day is of.
    from claimcheck.classify import fact_conflicts_in_cluster

    common = frozenset({concept("next"), concept("decision"), concept("rate")})
    cluster = Cluster("c1", (claim("The next rate decision is on 23 April.", "one"),
                             claim("The next decision is on 30 April.", "two")), 90.0)
    found = list(fact_conflicts_in_cluster(cluster, context(common=common)))
    assert [(f.values[0].value, f.values[1].value) for f in found] == [("April 23", "April 30")]


@pytest.mark.parametrize("a, b, common, expected", [
    ("The hearing will be held in three weeks.",
     "The appeal judge expects the hearing to be held in five weeks.", ("hearing", "held"),
     ("3 weeks", "5 weeks")),
    ("The ferry crossing takes 40 minutes.",
     "Passengers on the slow boat said the ferry crossing took 70 minutes.", ("ferry", "crossing", "takes"),
     ("40 minutes", "70 minutes")),
])
def test_a_short_sentence_of_the_story_words_still_says_which_figure(a, b, common, expected):
    # The words beside the first figure are all the story's own: they are all it has to say
    # what the figure is of, and the other sentence says them too.
    from claimcheck.classify import fact_conflicts_in_cluster

    cluster = Cluster("c1", (claim(a, "one"), claim(b, "two")), 90.0)
    found = list(fact_conflicts_in_cluster(cluster, context(common=frozenset(concept(w) for w in common))))
    assert sorted(v.value for f in found for v in f.values) == sorted(expected)


@pytest.mark.parametrize("a, b, kind", [
    # A time of day places the happening in time, as a date does.
    ("The relief convoy crossed the bridge at 9:15 p.m. under escort.",
     "The relief convoy crossed the bridge at 9:15 a.m. under escort.", DiscrepancyKind.DATE),
    ("The night ferry left the quay at 11:20 pm with the choir aboard.",
     "The night ferry left the quay at 11:50 pm with the choir aboard.", DiscrepancyKind.DATE),
])
def test_two_times_of_day_differ_as_dates(a, b, kind):
    from claimcheck.classify import fact_conflicts_in_cluster

    cluster = Cluster("c1", (claim(a, "one"), claim(b, "two")), 90.0)
    assert [f.kind for f in fact_conflicts_in_cluster(cluster, CTX)] == [kind]


def test_a_bullet_field_is_no_transcript_label():
    from claimcheck.entities import names, transcript_label

    text = "- Payload: Seven weather satellites from Orla Space"
    assert transcript_label(text, names(text)) is None
    text = "NORA PIKE: Seven weather satellites from Orla Space"
    assert transcript_label(text, names(text)) is not None


def test_every_name_in_a_transcript_label_belongs_to_the_label():
    from claimcheck.classify import _actors

    line = claim("NORA PIKE, REPORTER: Officials at Kestrel Bay tell me the breach was found.", "two")
    assert [n.text for n in _actors(line, context())] == ["Kestrel Bay"]


@pytest.mark.parametrize("a, b", [
    # Two names whose shared neighbours are only other names: a place, not a role.
    ("Kestrel Bay has hired Brightwater Labs to investigate the attack.",
     "DEREK OYO, ANCHOR: Nora Pike at Kestrel Bay."),
])
def test_no_entity_conflict_from_labels_or_names_alone(a, b):
    ctx = context(names_by_source={})
    assert list(detect_entities(matches([pair(a, b)]), ctx)) == []


@pytest.mark.parametrize("a, b, kind", [
    # A broader time around a narrower one: a time left vague, not another time.
    ("The sale is expected to close later this year.",
     "The sale is expected to close in the third quarter of 2027.",
     DiscrepancyKind.SPECIFICITY),
    ("The sale is expected to close in the second quarter of 2027.",
     "The sale is expected to close in the third quarter of 2027.", DiscrepancyKind.DATE),
    ("The sale is expected to close next year.",
     "The sale is expected to close in the third quarter of 2027.",
     DiscrepancyKind.DATE),
])
def test_a_time_left_vague_is_a_specificity_refinement(a, b, kind):
    from claimcheck.classify import fact_conflicts_in_cluster

    published = dt.date(2027, 3, 1)
    cluster = Cluster("c1", (claim(a, "one"), claim(b, "two")), 90.0)
    found = list(fact_conflicts_in_cluster(cluster, context({"one": published, "two": published})))
    assert [f.kind for f in found] == [kind]


# Each source's one count of a thing is the story's count of it (``detect_story_counts``).
STORY_COUNTS = [
    # Each source gives one toll, in sentences worded nothing alike: the tolls differ.
    (["The landslide buried the hamlet overnight, killing 23 people in their homes."],
     ["Rescuers have now recovered 19 bodies, and officials confirm 19 deaths."], True),
    (["Inspectors said 14 tank cars left the rails near the depot."],
     ["Investigators counted 16 tank cars off the track by noon."], True),
    # The same toll: nothing to report.
    (["The landslide killed 23 people."], ["Officials confirm 23 deaths."], False),
    # Far apart: other things counted ("3 tank cars leaked", "14 tank cars derailed").
    (["Three tank cars leaked diesel into the creek."],
     ["Investigators counted 14 tank cars off the track."], False),
    # One source gives two figures for the thing: no single count of its own to set against.
    (["Early reports said 12 tank cars derailed.", "By noon crews had found 14 tank cars off the track."],
     ["Investigators counted 16 tank cars off the track."], False),
    # A bound and the exact figure within it tell one count, the exact one: it is the source's.
    (["More than 20 tank cars left the rails.", "Inspectors said 22 tank cars left the rails."],
     ["Investigators counted 16 tank cars off the track."], True),
    # (A bound the other figure breaks is no telling of it: two counts of its own.)
    (["More than 20 tank cars left the rails.", "Inspectors said 18 tank cars left the rails."],
     ["Investigators counted 16 tank cars off the track."], False),
    # Counts of anyone, or vague amounts, say too little about which group is counted.
    (["About 400 people attended the vigil."], ["Nearly 450 people came to the memorial."], False),
    (["Dozens of tank cars were damaged."], ["Investigators counted 16 tank cars off the track."], False),
]
# Each source's one value of a named measurement is the story's (``detect_story_measures``).
STORY_MEASURES = [
    # Each source gives one depth of the quake, in sentences worded nothing alike.
    (["The quake struck at dawn on Sunday with a depth of 14 km, the bureau said."],
     ["The tremor hit Tarnia at a depth of 9km according to the survey."], True),
    # In two units, one amount: nothing to report.
    (["The quake struck at dawn on Sunday with a depth of 16 km, the bureau said."],
     ["The tremor hit Tarnia at a depth of 10 miles according to the survey."], False),
    # Two things measured in one unit: a depth and a distance.
    (["The quake struck at dawn on Sunday with a depth of 14 km, the bureau said."],
     ["The epicentre lay at a distance of 40 km from Palder, the survey said."], False),
    # A span is a measurement too: the length of what its noun names.
    (["The verdict came after 9 hours of deliberation, the clerk said."],
     ["Jurors in Tarnby returned on Friday after 11 hours of deliberation in all."], True),
    # Each source gives its depth in two units, the other in brackets: one value each, and a
    # value with its conversion is one detail of the sentence, not two that make two events.
    (["The tremor came from a depth of 6 kilometres (3.7 miles), the bureau said."],
     ["Monitors in Tarnby gave the tremor a depth of 15.2km (9.4 miles) on Sunday."], True),
    # A size glued to its word names the thing after it too: a ship's length is no bridge's.
    (["The 250-metre-long ship drifted toward the harbour at dawn."],
     ["Tarnby's 1.4-km-long bridge was closed to traffic on Monday."], False),
    # One source gives two depths: no single value of its own to set against.
    (["Early readings put the depth of the quake at 8 km.", "The bureau later gave a depth of 14 km."],
     ["The tremor hit Tarnia at a depth of 9km according to the survey."], False),
    # A reading on a named scale, however the scale is written to it, is a measurement too;
    # readings on two scales are two.
    (["A 6.1-magnitude tremor shook the hills above Tarnby before dawn."],
     ["Residents of Palder woke to a magnitude-6.4 quake on Sunday."], True),
    (["A 6.1-magnitude tremor shook the hills above Tarnby before dawn."],
     ["Palder felt shaking of intensity 5, the bureau said."], False),
    # A scale named after the figure it reads, as the scale it is "on" (``named_scales``).
    (["Rescuers reached Tarnby after the quake, which measured 6.1 on the Richter scale."],
     ["Residents of Palder woke to a magnitude-6.4 quake on Sunday."], True),
]


@pytest.mark.parametrize("detector, one, two, reported", [
    *(("detect_story_counts",) + row for row in STORY_COUNTS),
    *(("detect_story_measures",) + row for row in STORY_MEASURES),
])
def test_each_source_s_one_figure_of_a_thing_is_the_story_s(detector, one, two, reported):
    claims = [replace(claim(t, "one"), index=n) for n, t in enumerate(one)] + [
        replace(claim(t, "two"), index=n) for n, t in enumerate(two)]
    found = list(getattr(classify, detector)(matches(claims=claims), CTX))
    assert bool(found) is reported
    if reported:
        assert found[0].kind is DiscrepancyKind.QUANTITY
        assert {g.evidence[0].claim.source for g in found[0].values} == {"one", "two"}


def test_a_count_for_a_span_is_no_count_of_the_story_s_thing(monkeypatch):
    # "30 million vehicles annually" is a rate: beside it, the article's one count of vehicles
    # in the story is the eight that fell, set against another's six.
    one = ["Eight vehicles fell into the river when the Tarn bridge gave way.",
           "The bridge carried 30 million vehicles annually."]
    two = ["Six vehicles are under the water, divers said."]
    claims = [replace(claim(t, "one"), index=n) for n, t in enumerate(one)] + [
        replace(claim(t, "two"), index=n) for n, t in enumerate(two)]
    assert list(classify.detect_story_counts(matches(claims=claims), CTX))
    monkeypatch.setattr(classify, "rate_of", lambda *args: "")
    assert list(classify.detect_story_counts(matches(claims=claims), CTX)) == []


def test_a_thing_named_by_one_source_and_called_by_its_kind_in_another_is_one(monkeypatch):
    # "the Vell River Gorge, which is ... deep" is the gorge's depth, not the speaker's figure;
    # another source that never names the gorge but says "a ... deep gorge" tells of the same.
    one = ["Ann Roe, head of the Tarn district office, said divers were searching the Vell River Gorge, "
           "which she said was nearly 900 feet deep."]
    two = ["Rescuers abseiled down a 150 metres deep gorge to reach the wreck on Monday."]
    claims = [Claim(source, k, text, 0, len(text), facts=extract_facts(text))
              for source, texts in (("one", one), ("two", two)) for k, text in enumerate(texts)]
    day = dt.date(2026, 3, 4)

    def found() -> list:
        ctx = classify.Context(read_corpus([annotate(c) for c in claims], {"one": day, "two": day}))
        return list(classify.detect_story_measures(matches(claims=claims), ctx))
    assert found()
    from claimcheck import align
    monkeypatch.setattr(align, "_called_by_its_kind", lambda *args: False)
    assert found() == []


def test_a_relative_clause_after_what_is_said_qualifies_the_name_before_it():
    from claimcheck.check import read_claim

    read = read_claim("Ann Roe, head of the Tarn office, said divers searched the Vell River Gorge, "
                      "which is 300 metres deep.")
    holder = read.holders(read.facts[0]).subject
    assert holder is not None and holder.text == "Vell River Gorge"


@pytest.mark.parametrize("one, two, reported", [
    # Each source's toll of the story (its largest count of the dead, told of the whole), in
    # sentences worded nothing alike, each beside other counts of the dead.
    (["Officials put the death toll at 164 on Thursday evening.",
      "Nine people died in a landslide near Velmar."],
     ["The quake killed at least 178 people across the region.", "Three children died in Palder."], True),
    # The same toll; and a count of one place, which is no toll of the story.
    (["Officials put the death toll at 164 on Thursday evening."],
     ["The quake killed at least 164 people across the region."], False),
    (["Officials put the death toll at 164 on Thursday evening."],
     ["The quake killed 40 people in Tarno alone."], False),
    # A toll's floor is its count so far: two floors at different figures, or a floor well
    # short of the other's count, differ (counted as people or as deaths); one just past it does not.
    (["The Tarn floods have killed 70 people, officials said on Tuesday."],
     ["At least 52 deaths have been recorded across Tarnia."], True),
    (["The floods killed at least 31 people across the valley."],
     ["At least 45 people died in the floods, rescuers said."], True),
    (["The floods killed at least 40 people across the valley."],
     ["About 42 people died in the floods, rescuers said."], False),
])
def test_each_source_s_toll_of_the_story_is_set_against_another_s(one, two, reported):
    claims = [Claim(source, k, text, 0, len(text), facts=extract_facts(text))
              for source, texts in (("one", one), ("two", two)) for k, text in enumerate(texts)]
    day = dt.date(2026, 3, 4)
    ctx = classify.Context(read_corpus([annotate(c) for c in claims], {"one": day, "two": day}))
    found = list(classify.detect_story_tolls(matches(claims=claims), ctx))
    assert bool(found) is reported
    if reported:
        assert {g.evidence[0].claim.source for g in found[0].values} == {"one", "two"}


@pytest.mark.parametrize("texts, reading, stand_in", [
    # Two findings joined into one point ("five weeks" / "31 days" of a trial and of its
    # testimony) may show one source giving both figures: by its own account they are one span
    # told two ways, or two things, as for a finding of one pair of sentences.
    ({"a": "Ola Vell was convicted at the end of a five-week trial in Tarnby, the court said.\n",
      "b": "Jurors in Tarnby heard 31 days of testimony before they convicted Ola Vell.\n",
      "c": "The jury heard five weeks of testimony in Tarnby.\n"
           "Ola Vell was convicted after a 31-day trial in Tarnby, the court said.\n"},
     "told_by_one_source", lambda finding: False),
    # One side tells a named holder's figure ("Tarn Skies cost $96 million"); a source on the
    # other side gives the same figure where it names that holder too: its own other figure
    # ("the probe cost roughly $61 million") is of something else.
    ({"a": "The Velmar probe landed on the moon on Wednesday evening.\n"
           "The film Tarn Skies, starring Ola Vell, cost $96 million to make.\n",
      "b": "The Velmar probe landed on the moon on Wednesday evening.\n"
           "All told, the probe cost roughly $61 million to build.\n"
           "That is cheaper than a film like Tarn Skies ($96 million).\n"},
     "_holders_figure_agreed", lambda *args: False),
])
def test_a_figure_one_source_gives_beside_the_other_is_no_dispute(texts, reading, stand_in, tmp_path,
                                                                   monkeypatch):
    from claimcheck import api

    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text)

    def quantities() -> list:
        return [d for d in api.compare([tmp_path]).discrepancies if d.kind is DiscrepancyKind.QUANTITY]
    assert quantities() == []
    monkeypatch.setattr(classify, reading, stand_in)
    assert quantities() != []


def _story_findings(detector, one, two):
    claims = [Claim(source, k, text, 0, len(text), facts=extract_facts(text))
              for source, texts in (("one", one), ("two", two)) for k, text in enumerate(texts)]
    day = dt.date(2026, 3, 4)
    ctx = classify.Context(read_corpus([annotate(c) for c in claims], {"one": day, "two": day}))
    return list(detector(matches(claims=claims), ctx))


AGES_TOLD = [
    # Each source's age of one person, the second by a short form of the name, in sentences
    # worded nothing alike.
    (["The court heard that Ola Vell, 47, had left the firm in May."],
     ["Outside the court, Vell, 48, told reporters that she would appeal."], True),
    (["The court heard that Ola Vell, 47, had left the firm in May."],
     ["Outside the court, Vell, 47, told reporters that she would appeal."], False),
    # A name glued to a word before it by one source ("on Facebook Vell said") is no one else
    # of that name: only names two sources write tell the story's people.
    (["Ola Vell, 47, said she would appeal.", "In a post on Facebook Vell said she was hurt."],
     ["On Friday, Vell, 48, left the court without speaking."], True),
]
# An age in brackets after a name an honorific opens, or written into the noun of an
# apposition after the name, is that one's ("Mr. Roe (41)", "Roe, a 40-year-old attendant").
AGES_SET_BESIDE = [
    (["The male attendant, Mr. Roe (41), was taken to Tarnby hospital."],
     ["Rescuers found Roe, a 40-year-old cabin attendant, in the tail."], True),
]
AGES_OF_TWO = [
    # Two people of the story share the short form: which of them it is, it does not say.
    (["Ann Vell, 47, was at home with her son Ben Vell on Friday."],
     ["On Friday, Vell, 19, told the court that Ann Vell and Ben Vell had argued."], False),
]


@pytest.mark.parametrize("one, two, reported", AGES_TOLD + AGES_OF_TWO)
def test_each_source_s_age_of_one_person_is_set_against_another_s(one, two, reported):
    found = _story_findings(classify.detect_story_ages, one, two)
    assert bool(found) is reported
    if reported:
        assert {g.evidence[0].claim.source for g in found[0].values} == {"one", "two"}


@pytest.mark.parametrize("one, two, reported", AGES_SET_BESIDE)
def test_an_age_set_beside_a_name_is_that_one_s(one, two, reported, monkeypatch):
    assert bool(_story_findings(classify.detect_story_ages, one, two)) is reported
    from claimcheck import annotate as annotate_module

    monkeypatch.setattr(annotate_module, "_SET_BESIDE", (", ",))
    assert bool(_story_findings(classify.detect_story_ages, one, two)) is not reported


@pytest.mark.parametrize("one, two, reported", AGES_OF_TWO)
def test_a_short_name_two_people_share_names_neither(one, two, reported, monkeypatch):
    monkeypatch.setattr(classify, "_short_form_of_two", lambda *args: False)
    assert bool(_story_findings(classify.detect_story_ages, one, two)) is not reported


def test_a_figure_left_out_is_one_finding_with_every_figure_and_every_vague_claim():
    from claimcheck.classify import specificity_in_cluster

    claims = (claim("A five-year contract ties the striker to the club.", "a"),
              claim("A six-year contract ties the striker to the club, his agent said.", "b"),
              claim("A long-term contract ties the striker to the club.", "c"),
              claim("A lengthy contract now ties the striker to the club.", "d"))
    found = list(specificity_in_cluster(Cluster("c1", claims, 70.0), CTX))
    assert len(found) == 1
    groups = {g.value: sorted(e.claim.source for e in g.evidence) for g in found[0].values}
    assert groups == {"5 years": ["a"], "6 years": ["b"], "contract (no figure)": ["c", "d"]}
    assert found[0].explanation == "a gives 5 years, b gives 6 years, c and d give no figure"


@pytest.mark.parametrize("third", [
    # Another run, on another day, with the figure of the second source: not one more voice
    # for it against the first, which tells of this run.
    "The earlier barge run in February hauled six steel containers downriver.",
    "A previous barge run in January hauled six steel containers downriver.",
])
def test_a_claim_joins_a_side_only_when_it_tells_of_the_other_side_s_happening(third):
    from claimcheck.classify import fact_conflicts_in_cluster

    published = dt.date(2026, 4, 20)
    cluster = Cluster("c1", (
        claim("The barge hauling nine steel containers downriver sank on Friday evening.", "a"),
        claim("The barge was hauling six steel containers downriver.", "b"),
        claim(third, "c")), 90.0)
    dates = {"a": published, "b": published, "c": published}
    found = list(fact_conflicts_in_cluster(cluster, context(dates)))
    assert found, "the two claims of this run still disagree"
    sources = {e.claim.source for f in found for g in f.values for e in g.evidence}
    assert "c" not in sources


@pytest.mark.parametrize("b, reported", [
    # Two parts of one day, each beside its own figure of one unit, the figures worded too
    # unlike to pair (the story's own words skipped): each day is when its figure held.
    ("Readings downstream of the weir on Tuesday afternoon had dropped to about 0.4 ppm, she said.", False),
    # The same figure on both sides leaves the day the one detail that differs.
    ("Readings downstream of the weir on Tuesday afternoon stood at 0.9 ppm, she said.", True),
])
def test_two_times_each_beside_its_own_figure_are_two_readings(b, reported):
    from claimcheck.classify import fact_conflicts_in_cluster

    a = ("On Tuesday morning, samples taken downstream at the weir showed 0.9 ppm of the solvent, "
         "inspectors said.")
    common = frozenset(concept(w) for w in ("solvent", "weir", "downstream"))
    cluster = Cluster("c1", (claim(a, "one"), claim(b, "two")), 80.0)
    assert bool(list(fact_conflicts_in_cluster(cluster, context(common=common)))) is reported


def test_a_related_pair_is_read_once_in_either_order_and_any_other_pair_on_the_spot():
    # The detectors ask a pair's reading again and again (every finding of a cluster, every
    # detector): a related pair's is made once, in each order; a pair outside the story's
    # related pairs (a library caller's own) is read afresh and kept nowhere.
    related = pair("Prices rose 4% in May.", "Prices rose 5% in May.")
    ctx = context().with_pairs([related])
    a, b = related.a, related.b
    assert ctx.pair(a, b) is ctx.pair(a, b)
    assert ctx.pair(b, a) is ctx.pair(b, a)
    assert (ctx.pair(b, a).a, ctx.pair(b, a).b) == (b, a)
    assert ctx.pair(a, b).aligned  # read lazily, from the pair's own claims
    other = claim("Prices rose 6% in May.", "three")
    assert ctx.pair(a, other) is not ctx.pair(a, other)
    assert len(ctx.readings) == 2


DAY = dt.date(2026, 5, 6)
DATED = context({"one": DAY, "two": DAY})

YEARS_APART = [
    # Opposite moves, one placed in a year the other's article is not of: two moves.
    ("In 2009, the council cut the parking tax to zero.", "The council raised the parking tax on Monday."),
    ("Ferry fares rose 4% in 2019, the operator said.", "Ferry fares fell 2% this month, the operator said."),
]


@pytest.mark.parametrize("a, b", YEARS_APART)
def test_opposite_moves_of_two_years_are_two_moves(a, b, monkeypatch):
    from claimcheck import classify

    assert list(detect_opposites(matches([pair(a, b)]), DATED)) == []
    monkeypatch.setattr(classify, "acts_years_apart", lambda *args: False)
    assert list(detect_opposites(matches([pair(a, b)]), DATED)) != []


# Opposite outcomes, one dated weeks before the story's time by its clause and the other not:
# two acts ("lost to X last month" / "beat X to win the title"), dated or undated articles alike.
MONTHS_APART = [
    ("Vela beat Orran in straight sets to win the harbour cup on Sunday.",
     "Vela had gone on to lose the harbour cup to Orran in straight sets last month.", "dated"),
    # (A relative time places the act whatever day the article was written.)
    ("Vela beat Orran in straight sets to win the harbour cup on Sunday.",
     "Vela had gone on to lose the harbour cup to Orran in straight sets last month.", "undated"),
    ("Vela beat Orran in straight sets to win the harbour cup on Sunday.",
     "Vela had lost to Orran in the semi-final of the spring open in March.", "dated"),
]


@pytest.mark.parametrize("a, b, dates", MONTHS_APART)
def test_opposite_outcomes_weeks_apart_are_two_acts(a, b, dates, monkeypatch):
    from claimcheck import classify

    ctx = DATED if dates == "dated" else CTX
    assert list(detect_opposites(matches([pair(a, b)]), ctx)) == []
    monkeypatch.setattr(classify, "acts_months_apart", lambda *args: False)
    assert list(detect_opposites(matches([pair(a, b)]), ctx)) != []


def test_opposite_acts_are_of_the_thing_each_is_told_of(monkeypatch):
    # "once the merger closes next year" closes the merger, which nothing else there is done
    # to; "open up the market" opens the market, whatever the clause names after it. Two
    # things, not one opened and closed.
    from claimcheck import classify

    a = "Tarco will raise its dividend by 10% once the merger closes next year."
    b = "Tarco and Vell will open up the market faster than the merger plan foresaw."
    same = ("Tarco expects to raise its dividend once the Vell plant closes next year.",
            "Tarco said it would keep the Vell plant open for another year.")
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) == []
    assert list(detect_opposites(matches([pair(*same)]), CTX)) != []
    monkeypatch.setattr(classify, "_things_apart", lambda *args: False)
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) != []


def test_which_one_of_a_thing_is_no_thing_of_its_own():
    # "her third hundred" and "the opening third of the season" are a hundred and a part of a
    # season: an ordinal says which one, and another sentence's "third-highest" does not make them one.
    from claimcheck import classify

    a = "The batter reached her third hundred of the season in the final."
    b = "The batter, who missed the opening third of the season, made the third-highest score."
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) == []
    read = annotate(claim(a, "one"))
    hit = next(p for p in read.predications if p.concept == concept("reached"))
    assert classify._object_words(read, hit.end, CTX) == {concept("hundred")}


def test_an_act_named_as_a_noun_is_not_told_as_done(monkeypatch):
    # "The hiring of the pilots was announced" names the act, which a layoff the other
    # sentence tells does not contradict; "hired" tells it done, and "laid off" does.
    from claimcheck import classify

    noun = ("The hiring of the harbour pilots at the firm was announced in March.",
            "The firm laid off the harbour pilots in March.")
    told = ("The firm hired the harbour pilots in March.", "The firm laid off the harbour pilots in March.")
    assert list(detect_opposites(matches([pair(*noun)]), CTX)) == []
    assert list(detect_opposites(matches([pair(*told)]), CTX)) != []
    monkeypatch.setattr(classify, "_named_as_noun", lambda *args: False)
    assert list(detect_opposites(matches([pair(*noun)]), CTX)) != []


@pytest.mark.parametrize("a, b", [
    # Nothing says whose act or done to what: a passive's thing and an active's unnamed doer.
    ("The stern warning was delivered in the council chamber moments after the vote.",
     "Critics said the mayor had failed to deliver after two years in office."),
    # Burned now and burned before: a verb alone is no act of anyone's.
    ("The blaze spread through pine that had not burned since 1990.",
     "A fire in 1990 burned much of the same ridge before rain stopped it."),
])
def test_opposite_acts_need_one_doer_or_one_thing(a, b, monkeypatch):
    from claimcheck import classify
    from claimcheck.classify import polarity_conflicts

    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) == []
    monkeypatch.setattr(classify, "_tied", lambda *args: True)
    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


def test_an_object_named_only_past_a_dash_leaves_two_acts_apart(monkeypatch):
    # "won their first title" / "had never won a knockout game": the title is named, but in
    # the point made before the dash, not in the clause of the act denied.
    from claimcheck import classify
    from claimcheck.classify import polarity_conflicts

    a = "The Harriers have won their first league title with a 1-0 win over Riverside."
    b = ("The Harriers lifted the league title for the first time – until this spring they had never won a "
         "knockout game at all.")
    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) == []
    monkeypatch.setattr(classify, "_clause_concepts", lambda sentence, at: frozenset(sentence.concepts))
    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


def test_opposite_fates_of_two_counted_groups_do_not_conflict(monkeypatch):
    # Two parts of one whole: those identified and those yet to be.
    from claimcheck import classify
    from claimcheck.classify import polarity_conflicts

    a = "Investigators said 25 of the remains have yet to be identified."
    b = "Investigators said 35 of the remains had been identified."
    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) == []
    monkeypatch.setattr(classify, "_counted_apart", lambda *args: False)
    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


@pytest.mark.parametrize("a, b", [
    # The words after the act tie it where its doer goes unnamed ("it").
    ("It has not been approved by the regional health board.",
     "The plan was approved by the regional health board on Friday."),
    ("The board has not approved the merger with the rival bank.",
     "The board approved the merger with the rival bank on Friday."),
    # ... and in the passive, the thing before it.
    ("The remains of the two climbers have been identified, police said.",
     "The remains of the two climbers have yet to be identified."),
])
def test_opposite_acts_of_one_doer_or_thing_conflict(a, b):
    from claimcheck.classify import polarity_conflicts

    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


def test_a_person_pronoun_is_none_of_those_its_sentence_names(monkeypatch):
    # "She scored ..., before X's shot was saved": "she" is not X, so X failing to score
    # denies nothing she did.
    from claimcheck import classify
    from claimcheck.classify import polarity_conflicts

    a = "In the shoot-out, Ivo Rand and Lena Voss failed to score their penalties."
    b = ("She also scored the opening penalty, before the keeper saved Ivo Rand's shot "
         "and Lena Voss missed.")
    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) == []
    monkeypatch.setattr(classify, "_someone_else", lambda *args: False)
    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


NOT_TOLD_AS_DONE = [
    # A participle between a determiner and a noun is a word of the noun ("a proposed change"):
    # a "no" before the determiner denies no proposing.
    ("Voters rejected the proposed changes to the harbour charter.",
     "Most voters said no to a proposed change to the harbour charter.", "_qualifies_a_noun"),
    # A condition told by inversion ("had the keeper not saved it") denies nothing.
    ("The keeper saved the penalty in the second half of the final.",
     "The margin would have been wider had the keeper not saved the penalty in the second half of the final.",
     "_inverted_condition"),
]

ASKED_FOR = [
    # The act someone is urged or asked to do is asked for, not told as done or denied.
    ("Voters rejected the harbour charter change, with 58 per cent of residents voting against the change.",
     "The council had urged residents to vote in favour of the change to the harbour charter."),
    ("The central bank raised its main interest rate to 4.5% on Thursday.",
     "Business groups had urged the central bank to cut its main interest rate on Thursday."),
]


def test_an_act_set_against_one_asked_for_is_told():
    from claimcheck.annotate import annotate

    text = "Business groups urged the bank to hold the rate but the bank cut it to 4.25% on Thursday."
    s = annotate(claim(text, "one"))
    cut = text.index("cut")
    assert not any(a <= cut < b for a, b in s.supposed)
    assert any(a <= text.index("hold") < b for a, b in s.supposed)


@pytest.mark.parametrize("a, b", ASKED_FOR)
def test_an_act_asked_for_is_not_told(a, b, monkeypatch):
    from claimcheck.classify import polarity_conflicts

    def found() -> bool:
        one, two = claim(a, "one"), claim(b, "two")
        opposite = list(detect_opposites(matches([pair(a, b)]), CTX))
        return bool(polarity_conflicts(one, two, CTX)) or bool(opposite)

    assert not found()
    monkeypatch.setattr(stance, "_asked_for", lambda *args: None)
    assert found()


@pytest.mark.parametrize("a, b, mechanism", NOT_TOLD_AS_DONE)
def test_an_act_named_or_supposed_is_not_denied(a, b, mechanism, monkeypatch):
    from claimcheck.classify import polarity_conflicts

    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) == []
    monkeypatch.setattr(stance, mechanism, lambda *args: False)
    assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


DAYS_APART = [
    # Opposite moves of a thing that changes, placed on two days: two moves, one after the other.
    ("The gale strengthened over open sea on Wednesday before it reached Tarnia.",
     "The gale weakened to a mild storm once it crossed into Tarnia early on Friday."),
    ("Shares in Tarco rose on Wednesday before the results reached the market.",
     "Shares in Tarco fell as the results reached the market early on Friday."),
]


@pytest.mark.parametrize("a, b", DAYS_APART)
def test_opposite_moves_of_two_days_are_two_moves(a, b, monkeypatch):
    from claimcheck import classify

    assert list(detect_opposites(matches([pair(a, b)]), DATED)) == []
    monkeypatch.setattr(classify, "_days_differ", lambda *args, **kwargs: False)
    assert list(detect_opposites(matches([pair(a, b)]), DATED)) != []


def test_opposite_moves_of_one_day_still_conflict():
    rose_and_fell = pair("Shares in Tarco rose on Wednesday as the results came out.",
                         "Shares in Tarco fell on Wednesday as the results came out.")
    assert list(detect_opposites(matches([rose_and_fell]), DATED)) != []


def test_opposite_moves_of_the_article_s_own_year_still_conflict():
    found = detect_opposites(matches([pair("In 2026, the council cut the parking tax to zero.",
                                           "The council raised the parking tax on Monday.")]), DATED)
    assert list(found) != []


@pytest.mark.parametrize("a, b", [
    # An act denied in one year is not denied where another says it was done now.
    ("In 2019, the insurer did not approve the flood claims.",
     "The insurer approved the flood claims, the regulator said."),
    ("The quarry was not reopened in 2021, the owners said.",
     "The quarry reopened last week, the owners said."),
])
def test_an_act_denied_in_another_year_is_no_denial_of_it_now(a, b, monkeypatch):
    from claimcheck import classify

    assert classify.polarity_conflicts(claim(a, "one"), claim(b, "two"), DATED) == []
    monkeypatch.setattr(classify, "acts_years_apart", lambda *args: False)
    assert classify.polarity_conflicts(claim(a, "one"), claim(b, "two"), DATED) != []


@pytest.mark.parametrize("a, b", [
    # An act denied in one place is not denied where another says it was done elsewhere, or
    # says too that it was not done there.
    ("The band said it would not play in Marlow this summer.", "The band played in Tilbury this summer."),
    ("The chain said it would not open a store in Leeds.",
     "The chain opened a store in York instead of Leeds."),
    ("The brewer decided not to list its shares in Ostend.",
     "The brewer's shares were listed in Antwerp rather than Ostend."),
])
def test_an_act_denied_in_one_place_is_no_denial_of_it_elsewhere(a, b, monkeypatch):
    from claimcheck import classify

    assert classify.polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) == []
    monkeypatch.setattr(classify, "_placed_apart", lambda *args: False)
    assert classify.polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


def test_an_act_denied_and_done_in_one_place_still_conflicts():
    from claimcheck import classify

    assert classify.polarity_conflicts(claim("The band said it would not play in Marlow this summer.", "one"),
                                       claim("The band played in Marlow this summer.", "two"), CTX) != []


@pytest.mark.parametrize("a, b", [
    # A sentence that affirms and denies one act tells two cases; the other's affirmation
    # agrees with one of them.
    ("The alarm sounds when the pump is engaged and the operator fails to notice that the pump is "
     "stopped or not engaged.", "The alarm sounds when the pump is engaged."),
    ("The east gate is locked at night and not locked during the day.", "The east gate is locked at night."),
])
def test_a_sentence_that_tells_an_act_both_ways_denies_nothing(a, b, monkeypatch):
    from claimcheck import classify

    assert classify.polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) == []
    monkeypatch.setattr(classify, "_affirms_too", lambda *args: False)
    assert classify.polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX) != []


@pytest.mark.parametrize("a, b", [
    # "according to" names who says it; it is no hedge to set against "will".
    ("Inspectors demanded repairs to the east wing to ensure visitor safety, according to a notice "
     "filed with the council.",
     "The trust will ensure that visitor safety in the east wing is checked daily."),
])
def test_an_attribution_is_no_hedge_against_an_assertion(a, b, monkeypatch):
    from claimcheck import classify

    assert certainty_conflict(claim(a, "one"), claim(b, "two"), CTX) is None
    real = classify._detector_tables
    monkeypatch.setattr(classify, "_detector_tables",
                        lambda lexicon: replace(real(lexicon), credit_only=frozenset()))
    assert certainty_conflict(claim(a, "one"), claim(b, "two"), CTX) is not None


@pytest.mark.parametrize("one, two", [
    # Each article gives one count of the noun, but each tells another fate of those counted:
    # the eight who fell and the six presumed dead among them, those swept away and the missing.
    (["Six bridge workers that went missing are presumed dead."],
     ["The collapse sent eight bridge workers into the river."]),
    (["Nine climbers caught in the avalanche are still missing."],
     ["The avalanche swept twelve climbers off the ridge."]),
])
def test_story_counts_of_two_fates_are_not_compared(one, two, monkeypatch):
    from claimcheck import classify

    claims = [claim(t, "one") for t in one] + [claim(t, "two") for t in two]
    assert list(classify.detect_story_counts(matches(claims=claims), CTX)) == []
    monkeypatch.setattr(classify, "_fates", lambda *args: frozenset())
    assert list(classify.detect_story_counts(matches(claims=claims), CTX)) != []


# Each article gives one count of the noun, but of two holders: the side that set the target
# and the side that chased it down.
@pytest.mark.parametrize("one, two", [
    (["Vell United won by six wickets, chasing down a target of 262 set by Tarn City in 50 overs."],
     ["Ola Tarn made 104 off 97 balls as Vell United chased down the target in 46 overs."]),
])
def test_story_counts_of_two_holders_are_not_compared(one, two, monkeypatch):
    from claimcheck import align

    claims = [claim(t, "one") for t in one] + [claim(t, "two") for t in two]
    assert list(classify.detect_story_counts(matches(claims=claims), CTX)) == []
    monkeypatch.setattr(align, "_held_apart", lambda *args: False)
    assert list(classify.detect_story_counts(matches(claims=claims), CTX)) != []


@pytest.mark.parametrize("a, b", [
    # "second" marks a division, and the club's name after it names which club: no second
    # club, so one differing fee is a discrepancy, not two transfers.
    ("In 2020, Kovac moved from the second division club Harlow Town to Leeds for £5m.",
     "In 2020, Kovac joined Leeds from Harlow Town for £6m."),
])
def test_a_name_in_apposition_is_not_marked_as_another_instance(a, b, monkeypatch):
    from claimcheck import annotate as annotate_module
    from claimcheck import classify

    assert not classify.different_events(claim(a, "one"), claim(b, "two"), DATED)
    monkeypatch.setattr(annotate_module, "_markable", lambda *args: True)
    assert classify.different_events(claim(a, "one"), claim(b, "two"), DATED)


@pytest.mark.parametrize("a, b", [
    # A reading told to a fraction after the marker is no count added to: "a separate 4.9
    # tremor" is another tremor (where "another 40 homes" adds to a count of homes).
    ("A separate 4.9 tremor was felt as well in the hills above Vell.",
     "A 6.4 tremor shook the valley below Tarn on Sunday."),
    # What both give besides is what the two share, not that they are one: the second tremor
    # came after the deaths the first one caused.
    ("A second strong tremor, with a magnitude of 5.7, shook Tarnia after 40 people had died.",
     "At least 40 people died when a strong 6.4 tremor shook Tarnia overnight."),
])
def test_a_marked_instance_is_another_event(a, b, monkeypatch):
    assert classify.different_events(claim(a, "one"), claim(b, "two"), DATED)
    monkeypatch.setattr(classify, "_marked_instances", lambda *args: frozenset())
    assert not classify.different_events(claim(a, "one"), claim(b, "two"), DATED)


@pytest.mark.parametrize("a, b, two_events", [
    # A rank that is itself the detail that differs marks no second instance besides: one
    # point told two ways ("the fourth row" / "the fifth row").
    ("Ola Vell's parents sat in the fourth row of the public seats on Monday.",
     "Ola Vell's parents, who sat in the fifth row, watched the verdict on Monday.", False),
    # An ordinal of a period says which of several ("in the fourth quarter" / "in the second
    # quarter"): two moments of a game.
    ("Tarn City took a 31-20 lead late in the fourth quarter.",
     "Tarn City took a 10-3 lead early in the second quarter.", True),
])
def test_a_rank_that_differs_is_one_detail(a, b, two_events):
    assert classify.different_events(claim(a, "one"), claim(b, "two"), DATED) is two_events


# A denial whose time a word of its clause ends ("did not find the fault until May") tells the
# act done then: no opposite of a source that tells it done. (The guard: a denial with no end.)
DENIALS_ENDED = [
    ("The harbour board did not approve the crane contract until six weeks later, after a test.",
     "Six weeks later, the harbour board approved the crane contract.", False),
    ("The mill did not reopen its east gate till the spring, the owners said.",
     "The mill reopened its east gate in the spring, the owners said.", False),
    ("The harbour board did not approve the crane contract, an inquiry said.",
     "Six weeks later, the harbour board approved the crane contract.", True),
]


@pytest.mark.parametrize("a, b, reported, module, reading, stand_in", [
    *(row + (classify, "_told_by", lambda phrase: frozenset(c for c, _ in phrase)) for row in OBJECT_HEADS),
    *(row + (stance, "_denial_ended", lambda *args: False) for row in DENIALS_ENDED),
])
def test_an_opposite_is_told_apart_by_one_reading(a, b, reported, module, reading, stand_in, monkeypatch):
    # Each row holds; a row of no opposite reports one with its reading switched off.
    from claimcheck.classify import polarity_conflicts

    assert bool(polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX)) is reported
    if not reported:
        monkeypatch.setattr(module, reading, stand_in)
        assert polarity_conflicts(claim(a, "one"), claim(b, "two"), CTX)


@pytest.mark.parametrize("a, b", [
    # Opposite moves of two things each named by a common noun right before the move (one
    # currency's fall is the other's rise).
    ("After the decision the krona slipped past the 11 mark against the euro.",
     "After the decision the euro briefly climbed near the 11 krona mark."),
    ("After the vote the krona slipped 2% against the euro in early trading.",
     "After the vote the euro climbed 2% against the krona in early trading."),
])
def test_opposite_moves_of_two_things_named_by_nouns_do_not_conflict(a, b, monkeypatch):
    from claimcheck import classify

    assert list(detect_opposites(matches([pair(a, b)]), CTX)) == []
    monkeypatch.setattr(classify, "_moved_noun", lambda *args: "")
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) != []


def test_figures_one_source_gives_both_are_not_set_against_each_other(monkeypatch):
    # Source two gives $4 billion and $6 billion in two sentences: by its own account those are
    # figures of two things, so one's $4 billion is not contradicted by two's $6 billion.
    from claimcheck import classify

    said = [("The takeover of the mill is worth $4 billion in stock.", "one"),
            ("The other takeover is worth $6 billion in stock, a record.", "two"),
            ("The takeover of the mill is worth $4 billion in stock, the board said.", "two")]
    claims = tuple(replace(claim(text, source), index=k) for k, (text, source) in enumerate(said))
    cluster = Cluster("c1", claims, 80.0)
    assert list(classify.fact_conflicts_in_cluster(cluster, context())) == []
    monkeypatch.setattr(classify, "told_by_one_source", lambda finding: False)
    found = list(classify.fact_conflicts_in_cluster(cluster, context()))
    assert [[v.value for v in f.values] for f in found] == [["$4 billion", "$6 billion"]]


# A count of a place's people ("X, home to 80,000 people") is the story's one figure of it:
# two sources giving two are set against each other, however worded.
POPULATIONS = [
    (["The flood hit the port of Tarnby, home to about 90,000 people, overnight."],
     ["Rescuers reached Tarnby, whose population is 120,000, by boat."], True),
    (["The flood hit the port of Tarnby, home to about 90,000 people, overnight."],
     ["Rescuers reached Tarnby, whose population is 90,000, by boat."], False),
    # Two places' people are two counts.
    (["The flood hit the port of Tarnby, home to about 90,000 people, overnight."],
     ["Rescuers reached Vellmark, whose population is 120,000, by boat."], False),
]


@pytest.mark.parametrize("one, two, reported", POPULATIONS)
def test_each_source_s_count_of_a_place_s_people_is_set_against_another_s(one, two, reported, monkeypatch):
    assert bool(_story_findings(classify.detect_story_populations, one, two)) is reported
    from claimcheck import annotate as annotate_module

    monkeypatch.setattr(annotate_module, "_population_leads", lambda lexicon: None)
    assert not _story_findings(classify.detect_story_populations, one, two)


def _quote_finding(*groups: tuple[str, tuple[str, ...]]):
    from claimcheck.classify import Finding, _count_explanation
    from claimcheck.models import DiscrepancyKind, Evidence, Severity, ValueGroup

    values = tuple(ValueGroup(value, tuple(Evidence(claim(f"“{value},” she said.", s), 1, 1 + len(value))
                                           for s in sources))
                   for value, sources in groups)
    return Finding(DiscrepancyKind.QUOTE, Severity.WORDING, "c1", values, _count_explanation(values))


# A source that quotes two wordings tells of two remarks: neither is the other worded otherwise.
QUOTES_TOLD_APART = [
    # Source "two" quotes both: the wording fewer sources give goes, and one is left alone.
    ([("We will rebuild the pier", ("one", "two", "three")), ("The pier is gone for good", ("two",))], None),
    # What two sources quote apart from each other is still a finding.
    ([("We will rebuild the pier", ("one", "three")), ("We shall rebuild the pier", ("four",)),
      ("The pier is gone for good", ("one",))],
     ["We will rebuild the pier", "We shall rebuild the pier"]),
    # As many quote each: both go.
    ([("We will rebuild the pier", ("one",)), ("The pier is gone for good", ("one",)),
      ("We shall rebuild the pier", ("two",))], None),
    # No source quotes two: the finding stands as it is.
    ([("We will rebuild the pier", ("one",)), ("We shall rebuild the pier", ("two",))],
     ["We will rebuild the pier", "We shall rebuild the pier"]),
]


@pytest.mark.parametrize("groups, left", QUOTES_TOLD_APART)
def test_wordings_one_source_quotes_both_are_two_remarks(groups, left):
    from claimcheck.classify import without_quotes_told_apart

    kept = without_quotes_told_apart(_quote_finding(*groups))
    assert (None if kept is None else [g.value for g in kept.values]) == left
    if kept is not None and len(left) < len(groups):
        assert kept.explanation.startswith(f"{len(kept.values[0].sources)} source")


def test_every_report_drops_the_wordings_a_source_tells_apart(monkeypatch):
    from claimcheck import api, classify

    seen = []
    real = classify.without_quotes_told_apart
    monkeypatch.setattr(classify, "without_quotes_told_apart", lambda f: seen.append(f.kind) or real(f))
    api.compare([str(Path(__file__).parent / "corpora" / "highland-quake")])
    assert DiscrepancyKind.QUOTE in seen


def test_a_subject_denied_by_no_denies_its_verb(monkeypatch):
    # "Since then, no new signs of harm to the herd have been seen": the seeing is denied, as
    # "inspectors have seen no new signs" denies it; the two agree.
    from claimcheck import annotate, classify

    a = claim("Since the first survey, no new signs of harm to the herd have been seen.", "one")
    b = claim("\"We haven't seen any new signs of harm to the herd since then.\"", "two")
    assert classify.polarity_conflicts(a, b, CTX) == []
    monkeypatch.setattr(annotate, "_verb_past_qualifiers", lambda *args: None)
    assert classify.polarity_conflicts(claim(a.text, "three"), claim(b.text, "four"), CTX) != []


def test_a_fear_told_with_is_cut_short_hedges_as_the_whole_does():
    # "it's feared" is "it is feared": as hedged as "officials fear ... possibly", no certainty
    # discrepancy between them.
    from claimcheck import api
    from claimcheck.models import Article, DiscrepancyKind

    texts = ("But it’s feared dozens or even hundreds of people have drowned.",
             "However, officials fear dozens and possibly hundreds of people have drowned.")
    articles = [Article(f"s{k}", f"s{k}.txt", f"Story {k}\n\n{t}\n") for k, t in enumerate(texts)]
    report = api.compare_articles(articles)
    assert [d.kind for d in report.discrepancies if d.kind is DiscrepancyKind.CERTAINTY] == []


def test_a_word_opening_the_sentence_has_no_marker_before_it():
    # The word a figure is of may open the other sentence: nothing before it marks it as left vague.
    from claimcheck import classify

    vague = claim("Damaged homes lined the streets of Tarnby on Monday.", "two")
    assert classify._left_unmeasured(vague, CTX.sentence(vague).tokens[0], CTX) is False
    several = claim("Several homes were damaged in Tarnby on Monday.", "two")
    assert classify._left_unmeasured(several, CTX.sentence(several).tokens[1], CTX) is True


# Opposite acts told in relative clauses of two nouns ("anglers who died" / "deckhands who survived")
# befell two groups: both may be true.
RELATIVE_HEADS = [
    ("Divers recovered the bodies of anglers who died after their skiff capsized off Tarnby.",
     "Seven deckhands who survived the capsizing off Tarnby were questioned on Thursday."),
]


@pytest.mark.parametrize("a, b", RELATIVE_HEADS)
def test_opposite_acts_of_two_groups_are_no_conflict(a, b, monkeypatch):
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) == []
    monkeypatch.setattr(classify, "_relative_head", lambda *args: "")
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) != []


def test_opposite_acts_of_one_group_still_conflict():
    a = "Anglers who survived when the skiff overturned off Tarnby were questioned."
    b = "Anglers who died when the skiff overturned off Tarnby were named on Thursday."
    assert list(detect_opposites(matches([pair(a, b)]), CTX)) != []
