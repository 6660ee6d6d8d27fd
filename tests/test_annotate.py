"""The annotate stage: each sentence read once, by annotators that say what they read and
write; what compare and check both read of a sentence comes from here."""

from __future__ import annotations

import pickle
import re

import pytest

from claimcheck.annotate import (
    AGE_UNIT,
    ANNOTATORS,
    annotate,
    annotate_all,
    name_words,
    plain_words,
    read_fields,
    with_known_names,
    words_near,
)
from claimcheck.lexicon import DEFAULT
from claimcheck.models import Claim, ClaimRole


def claim(text: str, source: str = "a", index: int = 0, role: ClaimRole = ClaimRole.STATEMENT) -> Claim:
    return Claim(source, index, text, 0, len(text), role)


def test_each_annotator_reads_only_what_was_written_before_it():
    written = {"claim", "text"}
    for annotator in ANNOTATORS:
        assert set(annotator.reads) <= written, (annotator.name, set(annotator.reads) - written)
        written |= set(annotator.writes)


def test_each_annotator_writes_what_it_says():
    fields = {"claim": claim("Nobody was hurt when 40 homes flooded on Friday, officials said."),
              "text": "Nobody was hurt when 40 homes flooded on Friday, officials said."}
    for annotator in ANNOTATORS:
        out = annotator.run(fields, DEFAULT)
        assert set(out) == set(annotator.writes), annotator.name
        if annotator.furniture is not None:
            assert set(annotator.furniture) == set(annotator.writes), annotator.name
        fields.update(out)


def test_the_sentence_has_every_field_and_travels_between_processes():
    fields = read_fields(claim("The ferry, carrying 212 people, docked late on Tuesday."))
    assert pickle.loads(pickle.dumps(fields)) == fields


@pytest.mark.parametrize("text, field, expected", [
    # The values check once read on its own are read for every sentence.
    ("A magnitude-6.4 quake shook the valley.", "facts", ["6.4"]),
    ("Jane Roe, 52, was named chair.", "facts", ["52 years old"]),
    ("A bus driver, 61, was killed when the bridge fell.", "facts", ["61 years old"]),
    # A bare number a name is said to be, ending its clause, is that person's age.
    ("Ann Roe was 47 and Ben Roe was 19.", "facts", ["47 years old", "19 years old"]),
    # ... as is one set off by commas after a name, whatever count the verb after it would make.
    ("Ann Roe, 47, and her son Ben Roe, 19, were killed.", "facts", ["47 years old", "19 years old"]),
    ("The board voted 7, 4 and 2 on the three motions.", "facts", ["7", "4", "2", "3 motions"]),  # guard
    ("The 2,300-strong workforce walked out.", "facts", ["2,300 workforce"]),
    # A population is a count of residents ("a population of about 84,000").
    ("Tarnby has a population of about 84,000.", "facts", ["about 84,000 residents"]),
    # A negative subject denies its verb; a question states nothing as done.
    ("No one was injured in the blast.", "denied", ["injur"]),
    # A determiner that denies a subject denies its verb ("no fuel had leaked"), for compare
    # as for check ...
    ("The harbour master said no fuel had leaked from the Orla.", "denied", ["fuel", "leak"]),
    # ... past the words that qualify the subject, where the subject opens its clause; not past
    # a relative clause, nor from an object ("gave no details").
    ("Since the first survey, no new signs of harm to the herd have been seen.", "denied", ["see"]),
    ("Officials gave no details of the people who were killed.", "denied", ["giv", "detail"]),
    # ... and a negative subject with its noun, wherever the clause stands, denies the verb
    # told as done.
    ("Vell said on Friday that neither side has signed the accord.", "denied", ["sid", "sign"]),
    # A denied doubt affirms what follows it; a verb of doubt denied is denied (the guard).
    ("There is simply no doubt that the Vell bridge is unsafe, the engineer said.", "denied", []),
    ("Without question the Tarn plant will close this year.", "denied", []),
    ("The council did not question the ferry contract.", "denied", ["question"]),
    ("Has anyone been arrested?", "finite", []),
    # A restrictive relative clause picks out which ones; it states nothing as done.
    ("Passengers who were rescued will be flown home.", "finite", []),
    ("Cabins that were flooded are being pumped dry.", "finite", ["pump"]),
    # A participle right after "those" names people by what befell them.
    ("Volunteers worked all night to help those stranded in the hills.", "finite", ["work"]),
    # Set off by a comma, or as the sentence's own verb, it is stated.
    ("The passengers were rescued at dawn.", "finite", ["rescu"]),
    # What moves in an outcome: the word before it, through "which" to its noun, or the word
    # a comparative qualifies.
    ("Ticket sales fell 9% last month.", "about", ["sell"]),
    ("Profit per unit was $2, which fell 9% on the year.", "about", ["profit"]),
    ("Regulators warned of greater strain on the grid.", "about", ["strain"]),
    # Past the phrases that qualify the noun before a move, to the noun they qualify; a noun of a
    # measure before "of" leaves the move to what it measures.
    ("The toll from the hill town of Vellmark has climbed to 140.", "about", ["kill"]),
    ("Takings at the harbour kiosks near Kellmouth fell 9% last month.", "about", ["taking"]),
    ("The number of ferries rose to 12.", "about", ["ferry"]),
    # A forecast under a verb of belief is hedged by it; quoted, it is the speaker's.
    ("They expect that the toll will climb.", "cue", ["expect"]),
    ('"The toll will climb," the mayor said.', "cue", []),
    ("The toll will climb, the mayor said.", "cue", ["will"]),
    # A date after a verb of speech dates the statement, not the event.
    ("The bridge will reopen in May, officials said Thursday.", "said_on", ["Thursday"]),
    # So does a date after the noun of an occasion of speech, across words of no act; a verb of
    # speech that is an act too ("declared a state of emergency") keeps its reach.
    ("Tarco will pay $17 a share, according to a statement from the two boards on Friday.", "said_on",
     ["Friday"]),
    ("The mayor spoke at a briefing at the town hall on Friday night.", "said_on", ["Friday night"]),
    ("The council declared a state of emergency on Monday.", "said_on", []),
    ("A statement said the plant closed on Monday.", "said_on", []),
])
def test_what_a_sentence_is_read_to_say(text, field, expected):
    s = annotate(claim(text))
    if field == "facts":
        assert [f.canonical for f in s.facts if f.canonical in expected] == expected
    elif field == "denied":
        assert [p.concept for p in s.predications if p.negated] == expected
    elif field == "finite":
        assert [p.concept for p in s.predications if p.finite] == expected
    elif field == "about":
        assert [o.about for o in s.outcomes] == expected
    elif field == "cue":
        assert sorted({c.cue for c in s.cues.values()}) == expected
    else:
        assert [f.raw for f in s.facts if f.start in s.said_on] == expected


def test_furniture_is_not_read_for_what_it_asserts():
    s = annotate(claim("Photo: No one was hurt, police said", role=ClaimRole.CAPTION))
    assert s.predications == () and not s.denies and s.quotes == ()
    assert s.names == ()  # names and facts are still read: they tell what a source mentions


def test_a_text_met_again_is_read_once_but_each_claim_keeps_its_own_place():
    text = "The council approved the budget on Tuesday."
    first, second = annotate_all([claim(text, "a", 0), claim(text, "b", 3)])
    assert first.names is second.names  # one reading
    assert (first.key, second.key) == (("a", 0), ("b", 3))


def test_words_near_a_span_skip_the_span_and_the_given_concepts():
    s = annotate(claim("Inspectors logged 40 burst pipes across the northern district."))
    fact = s.facts[0]
    assert fact.raw == "40 burst pipes"  # the words of the value itself are not around it
    assert words_near(s, fact.start, fact.end, 2) == {"inspector", "log", "across", "northern"}
    assert words_near(s, fact.start, fact.end, 1, skip={"log"}) == {"inspector", "across"}


@pytest.mark.parametrize("opening, elsewhere, is_name", [
    # A single capitalised word opening a sentence is a name where the story writes it as one.
    ("Calder said the trial had stopped.", "The trial was halted, said Dr Calder.", True),
    ("Officials said the trial had stopped.", "The trial was halted, said Dr Calder.", False),
    ("Calder said the trial had stopped.", "The trial was halted, officials said.", False),
    # A word set off by a comma at the start: an address where the story names her, not a name otherwise.
    ("Ann, you said the trial had stopped.", "The trial was halted, said Ann Cole.", True),
    ("Regrettably, the trial had stopped.", "The trial was halted, said Ann Cole.", False),
])
def test_a_word_opening_a_sentence_is_a_name_where_the_story_writes_it_as_one(opening, elsewhere, is_name):
    sentences = annotate_all([claim(opening, "a"), claim(elsewhere, "b")])
    assert sentences[0].names == ()  # alone, a sentence cannot tell "Calder" from "Officials"
    read = with_known_names(sentences, name_words(sentences))[0]
    first_word = opening.split()[0].rstrip(",")
    assert ([n.text for n in read.names] == [first_word]) is is_name
    assert ((read.speaker.text if read.speaker else None) == first_word) is is_name


@pytest.mark.parametrize("opening, elsewhere, is_name", [
    # A word in capitals opening a sentence (a lead in the style of some papers) is a plain word
    # where the story writes it in lower case, and an acronym where it does not.
    ("DIVERS searched the flooded mine for a second day.", "Two divers reached the lower gallery.", False),
    ("TARCO searched the flooded mine for a second day.", "Two divers reached the lower gallery.", True),
    # ... or where the story writes it as a name too.
    ("DIVERS searched the flooded mine for a second day.", "Two divers from Divers Ltd came.", True),
])
def test_a_word_in_capitals_opening_a_sentence_is_a_plain_word_where_the_story_writes_it_so(
        opening, elsewhere, is_name):
    sentences = annotate_all([claim(opening, "a"), claim(elsewhere, "b")])
    first_word = opening.split()[0]
    assert [n.text for n in sentences[0].names][:1] == [first_word]  # alone, it may be an acronym
    read = with_known_names(sentences, name_words(sentences), plain=plain_words(sentences))[0]
    assert ([n.text for n in read.names][:1] == [first_word]) is is_name


@pytest.mark.parametrize("text, expected", [
    ("Acme's chief medical officer Jane Roe said the data were clean.", [("Jane Roe", "Acme's")]),
    ("Jane Roe of Northfield Medical Center said the data were clean.",
     [("Jane Roe", "Northfield Medical Center")]),
    # A post set off by commas: after the body ("X's CEO, Y") or after the member ("Y, X's
    # chief executive, ...").
    ("Norvex's CEO, Ann Vell stated in an email that she takes responsibility.", [("Ann Vell", "Norvex's")]),
    ("Ann Vell, Norvex's chief executive, has taken full responsibility.", [("Ann Vell", "Norvex's")]),
    # A title inside a name gives its person a post in the body named before it.
    ("Norvex CEO Ann Vell told employees on Friday.", [("Norvex CEO Ann Vell", "Norvex")]),
    ("Prime Minister Ann Vell told employees on Friday.", []),
    # Not a post: the words between say something else of the first name.
    ("Acme's shares fell while Beta rose.", []),
    ("Roe of all people said so.", []),
    ("Ann Vell, Norvex's rival, said nothing.", []),
    ("Tarco's rival, Norvex, said nothing.", []),
])
def test_a_sentence_tells_who_holds_a_post_where(text, expected):
    assert [(m.text, b.text) for m, b in annotate(claim(text)).affiliations] == expected


@pytest.mark.parametrize("text, speaking", [
    ("Marcus Lind called the ruling a disgrace.", ["Marcus Lind"]),
    ("A group called Nightjar hit the hospital network.", []),
    ("The plan is sound, said Marcus Lind.", ["Marcus Lind"]),
])
def test_a_name_speaks_next_to_a_verb_of_speech_and_before_a_verb_that_names(text, speaking):
    assert [n.text for n in annotate(claim(text)).names if n.speaks] == speaking


def test_compare_and_check_never_read_a_sentence_of_the_sources_again(monkeypatch):
    # Every detector and verdict reads the Sentence the annotate stage made; reading one
    # again (the fallback for a library caller's own claims) would be a second reading.
    from claimcheck import api, classify
    from tests.conftest import SEEDS

    articles, _ = api.load([SEEDS])
    sentences = api.read_sentences(articles)

    def read_again(claim, lexicon=DEFAULT):
        raise AssertionError(f"read again: {claim.text[:60]}")

    monkeypatch.setattr(classify, "annotate", read_again)
    monkeypatch.setattr(api, "read_sentences", lambda *a, **k: sentences)
    assert api.compare_articles(articles).discrepancies
    assert api.check_articles(["The talks ended without a deal."], articles)


# Who a figure is of (``Holders.subject``): the subject of the clause the figure sits in.
# Each row: a sentence, a figure in it, and the name that holds it.
FIGURE_HOLDERS = [
    # A time set before the clause by a comma ("Earlier this week, X announced ...") is the time
    # of the act of the clause its subject opens, as is a figure after the subject.
    ("Earlier this week, Norvex announced that it would cut 300 jobs at its plant.",
     "Earlier this week", "Norvex", "_time_set_before"),
    ("Earlier this week, Norvex announced that it would cut 300 jobs at its plant.",
     "300 jobs", "Norvex", "_time_set_before"),
    # A name followed by its verb opens the sentence as its subject; a name qualifying the
    # noun before another name ("Northland skipper X") does not.
    ("Port Vale skipper Ivo Brandt hit three sixes and four boundaries in the opening overs.",
     "three sixes", "Ivo Brandt", "_qualifies_next"),
    ("Selva Textiles chairman Omar Quist raised the dividend by 12 cents on Thursday.",
     "12 cents", "Omar Quist", "_qualifies_next"),
    ("Lowdon Council leader Bea Marsh cut 300 jobs in March.", "300 jobs", "Bea Marsh", "_qualifies_next"),
    # A figure in brackets right after a name is that name's.
    ("Ada Kerr (58 from 94 balls) and Lu Pratt (39 off 27) were dismissed early.",
     "94 balls", "Ada Kerr", "_bracketed_after"),
    ("Senators Mae Orton (52 votes) and Cal Reyes (48 votes) spoke first.",
     "48 votes", "Cal Reyes", "_bracketed_after"),
    ("The relay teams were Hollin Harriers (41 minutes) and Tarn Valley (44 minutes).",
     "44 minutes", "Tarn Valley", "_bracketed_after"),
    ("Dearer films such as “Tarn Hollow” ($40 million) and “Grey Quay” ($55 million) ran over budget.",
     "$55 million", "Grey Quay", "_bracketed_after"),
    # A name right after a conjunction that opens a clause, followed by its verb, holds the
    # figures of that clause; not the name the sentence opens with.
    ("Dana Frost won the toss and chose to bat, though Piet Lorne hit 39 off 27 balls before lunch.",
     "27 balls", "Piet Lorne", "_clause_subject"),
    ("The count dragged on past midnight as Harbour Alliance won 29 seats in the chamber.",
     "29 seats", "Harbour Alliance", "_clause_subject"),
    ("Mira Vale had led for most of the race, but Joss Hanley finished in 2 hours 9 minutes.",
     "2 hours 9 minutes", "Joss Hanley", "_clause_subject"),
    # A relative clause after a name, with or without a comma, gives that name's figures.
    ("Ana Brill won the mayoralty with 58% of the vote against Tom Oduya who obtained 42%.",
     "42%", "Tom Oduya", "_relative_subject"),
    # A name set beside the noun phrase a sentence opens with, between commas, is its subject.
    ("The challenger, Ana Brill, took 41% of the vote in the runoff.", "41%", "Ana Brill",
     "_apposed_subject"),
    ("Her closest rival, Tom Oduya of the Harbour Alliance, polled 38.5 percent.", "38.5 percent",
     "Tom Oduya", "_apposed_subject"),
    # A name opening the main clause past a phrase or clause set before it, its verb after it.
    ("In the capital, Ana Brill took 41% of the vote.", "41%", "Ana Brill", "_fronted_subject"),
    ("After the count ended, Tom Oduya had 38% of the vote.", "38%", "Tom Oduya", "_fronted_subject"),
    # A list item whose verb the list leaves out: the name right before its figure.
    ("Shares fell across the sector, with Tarco dropping 8%, Mellon by 11% and Orrin by almost 3%.",
     "almost 3%", "Orrin", "_gapped_subject"),
    # A relative clause after a noun a name qualifies ("the X blockbuster, which ...") is of that name.
    ("Dearer still was the Grey Quay blockbuster, which was filmed on a budget of $55 million.",
     "$55 million", "Grey Quay", "_QUALIFIED_NOUN"),
    # A participle after a comma whose object is a clause with a subject of its own: that
    # subject holds the clause's figures, not the name the sentence opens with.
    ("Ada Kerr told the hearing the cap applied, meaning Lu Pratt was awarded $3 million in all.",
     "$3 million", "Lu Pratt", "_participle_subject"),
    ("Tarn Bank revised its filing on Friday, suggesting that Hollin Mills had cut 40 jobs.",
     "40 jobs", "Hollin Mills", "_participle_subject"),
    # An age set beside a name between commas is that name's, whoever else is credited.
    ("\"The harbour will recover,\" said Ines Vidal, 58, who runs the ferry office.",
     "58", "Ines Vidal", "_apposed_to"),
    # So is an age written right before a name as a word of it, whoever the clause's subject is.
    ("The jury convicted Ivo Marsh of killing his wife, 47-year-old Ada Marsh, and his son, 19-year-old "
     "Tom Marsh.", "19-year-old", "Tom Marsh", "_apposed_to"),
]


# No subject where the opening phrase set off by a comma is no noun phrase the name is set beside.
NO_SUBJECT = [
    ("However, Ana Brill took 41% of the vote.", "41%"),
    ("The rival of the mayor, Ana Brill, took 41% of the vote.", "41%"),
]


def test_a_name_ending_an_aside_is_no_subject_of_the_verb_after_it():
    # "and Z" opens no clause of its own when a comma stands between Z and the verb: the verb
    # is the sentence's subject's, past the aside that names Y and Z.
    text = "Hollin Mills, advised by Ada Kerr and Lu Pratt, cut 40 jobs in March."
    assert _holder(text, "40 jobs", "subject") == "Hollin Mills"


@pytest.mark.parametrize("text, figure", NO_SUBJECT)
def test_an_opening_phrase_set_off_leaves_the_figure_unheld(text, figure):
    assert _holder(text, figure, "subject") is None


def test_while_opens_another_clause_even_without_a_comma(monkeypatch):
    from claimcheck import annotate as module

    text = "Shares of Tarco soared 21% on Tuesday following the news while Ribble's stock fell less than 2%."
    assert _holder(text, "21%", "subject") == "Tarco"
    assert _holder(text, "less than 2%", "subject") is None
    monkeypatch.setattr(module, "_CLAUSE_BREAK", re.compile(r"[;:()]|, (?:and|but|while|whereas) "))
    assert _holder(text, "less than 2%", "subject") == "Tarco"


@pytest.mark.parametrize("text, figure, holder", [
    ("Her closest rival, Tom Oduya of the Harbour Alliance (HA), polled 38.5 percent.", "38.5 percent",
     "Tom Oduya"),
    ("Ada Kerr completed 21 of 30 passes (70%) for 250 yards in the final.", "250 yards", "Ada Kerr"),
])
def test_brackets_round_a_name_or_a_figure_gloss_it_and_open_no_clause(text, figure, holder, monkeypatch):
    from claimcheck import annotate as module

    assert _holder(text, figure, "subject") == holder
    monkeypatch.setattr(module, "_clause_break",
                        lambda s, start, end: module._CLAUSE_BREAK.search(s.text, start, end) is not None)
    assert _holder(text, figure, "subject") is None


@pytest.mark.parametrize("text", [
    "The agreement, signed by both boards, comes a week after Vantor Mills Corp. announced its $6 billion "
    "purchase of Kell Foods.",
    "The agreement, signed by both boards, comes a week after Vantor Mills Inc agreed its $6 billion "
    "purchase of Kell Foods.",
])
def test_a_firm_s_legal_form_after_its_name_keeps_it_the_subject_of_its_clause(text, monkeypatch):
    from claimcheck.lexicon import DEFAULT

    assert _holder(text, "$6 billion", "subject") == "Vantor Mills"
    monkeypatch.setitem(DEFAULT._word_sets, "entities/company_suffixes", frozenset())
    assert _holder(text, "$6 billion", "subject") is None


def _holder(text: str, figure: str, role: str) -> str | None:
    """The words of the name that holds the figure in the role (``Holders.subject``, ``.nearest``)."""
    s = annotate(claim(text))
    fact = next(f for f in s.facts if text[f.start:f.end] == figure)
    name = getattr(s.holders(fact), role)
    return None if name is None else text[name.start:name.end]


@pytest.mark.parametrize("text, figure, holder, mechanism", FIGURE_HOLDERS)
def test_the_subject_of_a_figure_s_clause_holds_it(text, figure, holder, mechanism, monkeypatch):
    from claimcheck import annotate as module

    assert _holder(text, figure, "subject") == holder
    off = {"_qualifies_next": lambda *args: False,
           "_QUALIFIED_NOUN": re.compile(r"(?!)")}.get(mechanism, lambda *args: None)
    monkeypatch.setattr(module, mechanism, off)
    assert _holder(text, figure, "subject") != holder


# Who a figure is of, read loosely (``Holders.nearest``): the name it is for, right after it;
# not a name in an aside about the name before it.
NEAREST_HOLDERS = [
    ("The exit poll projected 14 seats for the Harbour Alliance.", "14 seats", "Harbour Alliance",
     "_FOR_HOLDER"),
    ("The council approved a 3% rise for Tarn Valley teachers.", "3%", "Tarn Valley", "_FOR_HOLDER"),
    ("The poll showed Harbour Alliance, led by Ivo Brandt, winning 8 seats.", "8 seats", "Harbour Alliance",
     "_ASIDE_BY"),
    ("Harbour Alliance, previously led by Premier Ivo Brandt and now under Lia Moss, is set to win 8 seats.",
     "8 seats", "Harbour Alliance", "_ASIDE_BY"),
]


@pytest.mark.parametrize("text, figure, holder, mechanism", NEAREST_HOLDERS)
def test_the_nearest_holder_of_a_figure(text, figure, holder, mechanism, monkeypatch):
    import re

    from claimcheck import annotate as module

    assert _holder(text, figure, "nearest") == holder
    monkeypatch.setattr(module, mechanism, re.compile(r"(?!)"))
    assert _holder(text, figure, "nearest") != holder


def test_a_rank_between_a_name_and_its_figure_leaves_the_name_its_holder(monkeypatch):
    from claimcheck import annotate as module

    text = "Ana Lind finished second in 2:21:05, with Maria Soto third in 2:22:40."
    assert _holder(text, "2:22:40", "nearest") == "Maria Soto"
    monkeypatch.setattr(module, "_NOT_IN_THE_WAY", module.DATE_KINDS)
    assert _holder(text, "2:22:40", "nearest") != "Maria Soto"


# A one-word negation mentioned, not used, names a side of a question and negates nothing:
# set in quotation marks, or capitalised inside a sentence before a lower-case word. (A
# title-case headline capitalises the next word too, and its "Not" still denies.)
SIDES_NAMED = [
    ("The ‘no’ vote in the northern region was 61 per cent.", []),
    ("Late on Sunday the No camp conceded defeat in the ballot.", []),
    ("There was no vote on the bypass plan on Monday.", ["vot"]),
    ("Council Did Not Approve Bypass Plan", ["approve"]),
]


@pytest.mark.parametrize("text, denied", SIDES_NAMED)
def test_a_negation_mentioned_names_a_side(text, denied, monkeypatch):
    from claimcheck import stance

    def read() -> list[str]:
        return [p.concept for p in annotate(claim(text)).predications if p.negated]
    assert read() == denied
    if not denied:
        monkeypatch.setattr(stance, "_names_a_side", lambda *args: False)
        assert read() != denied


@pytest.mark.parametrize("text, age", [
    ("The court heard that Roe was 47.", True),
    # A lone capitalised word opening the sentence may be a common noun: no one's age.
    ("Turnout was 64.", False),
])
def test_a_number_a_name_is_said_to_be_is_an_age(text, age):
    assert [f.unit == AGE_UNIT for f in annotate(claim(text)).facts] == [age]


@pytest.mark.parametrize("text, units", [
    # A count elided after a count of a fate counts people, not that fate: its own words tell
    # what befell them, or nothing does ("had no running water"). A noun before "and" that
    # ends its own clause ("were reported dead and") is no toll noun whose level the next
    # figure is.
    ("Nine people were reported dead and 2,000 still had no running water in Tarnia.", ["dead", "person"]),
    ("At least 1,240 people were injured and 185 were trapped under the rubble.", ["injured", "person"]),
    # Guard: an elided count of a thing counts that thing.
    ("About 300 homes were destroyed and another 87 were damaged.", ["home", "home"]),
    # "Others" stands for the noun counted before it.
    ("About 300 homes were destroyed and 87 others were damaged.", ["home", "home"]),
])
def test_an_elided_count_after_a_fate_counts_people(text, units):
    from claimcheck.check import read_claim

    assert [f.unit for f in read_claim(text).facts] == units


@pytest.mark.parametrize("text, first, listed", [
    ("Floods killed 60 people across Tarnby, Vellmark and Palder.", "Tarnby",
     ["Tarnby", "Vellmark", "Palder"]),
    ("Floods killed 60 people in Tarnby and Vellmark.", "Tarnby", ["Tarnby", "Vellmark"]),
    # A region set after a town by a comma alone says where the town is: no list.
    ("The storm came ashore near Tarnby, Vellshire, early on Monday.", "Tarnby", ["Tarnby"]),
    ("Two people died in Tarnby, Vellshire.", "Tarnby", ["Tarnby"]),
])
def test_a_list_of_places_ends_with_and(text, first, listed):
    from claimcheck.annotate import places_listed
    from claimcheck.check import read_claim

    sentence = read_claim(text)
    opening = next(n for n in sentence.names if n.text == first)
    assert [n.text for n in places_listed(sentence.text, sentence.names, opening)] == listed


@pytest.mark.parametrize("text, named", [
    # A brand written with a capital inside and none first is a name, at the start of a
    # sentence too; a word with capitals that do not open a word part is not.
    ("easyJet cancelled its flights to Tarnos.", ["easyJet", "Tarnos"]),
    ("Flights by easyJet and Vellair were cancelled.", ["easyJet", "Vellair"]),
    ("The mRNA vaccine was approved.", []),
])
def test_a_brand_in_camel_case_is_a_name(text, named):
    from claimcheck.check import read_claim

    assert [n.text for n in read_claim(text).names] == named


@pytest.mark.parametrize("text, speaking", [
    # A word of speech in "-s" after a determiner or a preposition is a plural noun: no one
    # named near it speaks.
    ("The Tarn Dockers have agreed to talks through the Vell Arbitration Office.", []),
    ("Progress in talks with the Vell Arbitration Office was slow.", []),
    # Guard: the verb after its subject still credits the words to the one named.
    ("The Tarn Dockers union says its members will strike.", ["Tarn Dockers"]),
])
def test_a_word_of_speech_used_as_a_noun_credits_no_one(text, speaking):
    from claimcheck.check import read_claim

    assert [n.text for n in read_claim(text).names if n.speaks] == speaking
