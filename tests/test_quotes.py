"""Quotations: finding them, and telling a reworded quote from a faithful excerpt."""

from __future__ import annotations

import pytest

from claimcheck import quotes
from claimcheck.quotes import QuoteRelation, extract_quotes, relate_quotes
from claimcheck.text import stopwords

EXTRACT_CASES = [
    ("“We will rebuild,” the mayor said.", ["We will rebuild"]),
    ('"We will rebuild," the mayor said.', ["We will rebuild"]),
    ("She called it a 'historic step' for the town.", ["historic step"]),
    ("She called it a ‘historic step’ for the town.", ["historic step"]),
    ("The town’s mayor and the county’s sheriff agreed.", []),
    ("He said it was “fine.”", []),  # one word: too short to compare
    ("“First part,” he said, “and second part.”", ["First part", "and second part"]),
    # Marks are read by where they stand, not by their glyph: pages mix curly and straight ones.
    ('“We rebuilt the pier," the mayor said. “Now the road."', ["We rebuilt the pier", "Now the road"]),
    ("\"We rebuilt the pier,” the mayor said.", ["We rebuilt the pier"]),
    # ... and a quotation opened again while one is open ends the first, unclosed.
    ("“We rebuilt the pier. “Now the road comes next,” she said.",
     ["We rebuilt the pier", "Now the road comes next"]),
]


# Quoted words capitalised throughout, as a title or a nickname is written, are a name and no
# remark; a remark runs on in lower case after its first word.
TITLES = [
    ("The series ‘Raising the Harbour Town’ drew large audiences.", []),
    ("On Monday, Lena “Iron Lena” Voss retired from the ring.", []),
    ("She called the plan “a Harbour Town disgrace” on Monday.", ["a Harbour Town disgrace"]),
]


@pytest.mark.parametrize("sentence, expected", TITLES)
def test_a_title_in_quotation_marks_is_no_remark(make_claim, sentence, expected, monkeypatch):
    from claimcheck import quotes

    assert [q.text for q in extract_quotes(make_claim(sentence))] == expected
    if not expected:
        monkeypatch.setattr(quotes, "_is_a_title", lambda *args: False)
        assert [q.text for q in extract_quotes(make_claim(sentence))] != expected


@pytest.mark.parametrize("sentence, expected", EXTRACT_CASES)
def test_extract_quotes(make_claim, sentence, expected):
    claim = make_claim(sentence)
    quotes = extract_quotes(claim)
    assert [q.text for q in quotes] == expected
    assert all(claim.text[q.start:q.end] == q.text for q in quotes)


RELATION_CASES = [
    # A leading phrase that hedges is no part a faithful cut may drop.
    ("Probably, we will reopen the pier in spring", "We will reopen the pier in spring",
     QuoteRelation.VARIANT),
    ("We will rebuild every home", "We will rebuild every home", QuoteRelation.IDENTICAL),
    ("We will rebuild every home", "we will rebuild every home.", QuoteRelation.IDENTICAL),
    ("The U.S. offer was fair", "The US offer was fair", QuoteRelation.IDENTICAL),
    ("The offer was fair", "The offer was fair, and we accepted it quickly", QuoteRelation.EXCERPT),
    ("rebuild every home", "We will rebuild every home", QuoteRelation.EXCERPT),
    ("We will rebuild every home", "I think we will rebuild every home", QuoteRelation.VARIANT),
    # A cut that leaves out only the word joining the remark to what came before.
    ("We will rebuild every home!", "And we will rebuild every home. A promise kept.", QuoteRelation.EXCERPT),
    # A clause quoted alone, cut where the longer quotation starts it: nothing changed.
    ("The pier will reopen in spring", "The gales wrecked the railings, but the pier will reopen in spring",
     QuoteRelation.EXCERPT),
    ("The pier will reopen in spring", "The gales wrecked the railings; the pier will reopen in spring",
     QuoteRelation.EXCERPT),
    ("a historic agreement", "a truly historic agreement", QuoteRelation.VARIANT),
    ("a substantial agreement", "very substantial agreement", QuoteRelation.VARIANT),
    ("very substantial progress", "very substantial agreement", QuoteRelation.UNRELATED),
    # One word changed, every other the same and in place: one remark misquoted, however few
    # content words it has.
    ("I had to rub my eyes", "I had to rub my ears", QuoteRelation.VARIANT),
    ("The whole team played its heart out", "The whole team played their heart out", QuoteRelation.VARIANT),
    ("We will rebuild every home", "The budget is balanced", QuoteRelation.UNRELATED),
    # The same opening, the end reworded too much for a character ratio.
    ("We lost the whole harbour in ten minutes",
     "We lost the whole harbour in less than a quarter of an hour",
     QuoteRelation.VARIANT),
    ("We are going to win the league", "We are going to need more money from the council",
     QuoteRelation.UNRELATED),
    # A shared run is one remark rendered twice only where what leads to it is kept, a word
    # aside; two remarks that share a phrase lead to it with different words.
    ("Keeping the harbour open is a battle against the tide",
     "The pumps have failed twice and the crews say that every shift is a battle against the tide",
     QuoteRelation.UNRELATED),
    ("Tonight we are proud of every player in this squad",
     "Today we are proud of every player in this squad and of our town",
     QuoteRelation.VARIANT),
    # Two passages of one statement: one source quotes its opening sentences, the other
    # later ones; they share one sentence, most of each is the other's unquoted part.
    ("The trustees are proud of what the library has become over the years. For that reason the "
     "trustees voted tonight to extend the opening hours on weekdays",
     "The trustees voted to extend the opening hours on weekdays. From next month the reading room and "
     "the archive will stay open until nine in the evening for all members of the public",
     QuoteRelation.UNRELATED),
    # Overlapping cuts of one statement: each goes on past the shared sentence, verbatim.
    ("I regret the delays. We let the riders down because we rushed the timetable.",
     "We let the riders down because we rushed the timetable. To every rider, I apologise",
     QuoteRelation.UNRELATED),
    ("We let the riders down because we rushed the timetable",
     "We let the riders down because we rushed the whole timetable",
     QuoteRelation.VARIANT),  # guard
]

# The opening of a longer quotation in other forms of its words, as two translations of one
# remark give it, is a cut of it: no wording changed.
def test_an_opening_in_other_forms_of_its_words_is_an_excerpt(make_claim, monkeypatch):
    (qa,) = extract_quotes(make_claim("“We lost the harbour but not our spirits,” she said."))
    (qb,) = extract_quotes(make_claim("“We lost the harbour but not our spirit. We will rebuild it "
                                      "together,” she said.", source="b"))
    assert relate_quotes(qa, qb, stopwords()) is QuoteRelation.EXCERPT
    monkeypatch.setattr(quotes, "MIN_STEMMED_OPENING", 99)
    assert relate_quotes(qa, qb, stopwords()) is QuoteRelation.VARIANT


# Two cuts of one statement at its sentences: a sentence shared word for word, and each one
# leaves in a sentence the other leaves out, none of them worded otherwise.
SENTENCE_CUTS = [
    ("We will have to shut the east wing for the winter. It pains me that our oldest patients will "
     "feel this most, and the choice was mine alone",
     "I am truly sorry for that. It pains me that our oldest patients will feel this most, and the "
     "choice was mine alone"),
]


@pytest.mark.parametrize("a, b", SENTENCE_CUTS)
def test_quotes_cut_at_other_sentences_are_no_variant(make_claim, a, b, monkeypatch):
    (qa,) = extract_quotes(make_claim(f"“{a}”"))
    (qb,) = extract_quotes(make_claim(f"“{b}”", source="b"))
    assert relate_quotes(qa, qb, stopwords()) is QuoteRelation.UNRELATED
    monkeypatch.setattr(quotes, "_other_sentences", lambda *args: False)
    assert relate_quotes(qa, qb, stopwords()) is QuoteRelation.VARIANT


# A quotation with words left out, marked by an ellipsis, is a cut of the whole remark.
ELIDED_CUTS = [
    ("We have spent two years on the new filters, trained every shift to use them and pledged to stop "
     "using the old dye by next spring",
     "We have spent two years on the new filters ... and pledged to stop using the old dye by next "
     "spring"),
    ("We owe the valley an apology, and we will rebuild the bridge before the winter",
     "We owe the valley an apology… we will rebuild the bridge before the winter"),
]


@pytest.mark.parametrize("a, b", ELIDED_CUTS)
def test_a_quotation_with_words_left_out_is_a_cut(make_claim, a, b, monkeypatch):
    (qa,) = extract_quotes(make_claim(f"“{a}”"))
    (qb,) = extract_quotes(make_claim(f"“{b}”", source="b"))
    assert relate_quotes(qa, qb, stopwords()) is relate_quotes(qb, qa, stopwords()) is QuoteRelation.EXCERPT
    monkeypatch.setattr(quotes, "_elided_cut", lambda *args: False)
    assert relate_quotes(qa, qb, stopwords()) is not QuoteRelation.EXCERPT


# Two spellings of one rendering: a contraction written out, accents dropped in transcription.
SPELLING_CASES = [
    ("It's the worst harvest we have seen", "It is the worst harvest we have seen"),
    ("We won't close the ferry route", "We will not close the ferry route"),
    ("The players haven't given up", "The players have not given up"),
    ("The road to Pontì is cut off", "The road to Ponti is cut off"),
    ("This plan raises £3bn for the harbour every year",
     "This plan raises £3 billion for the harbour every year"),
    # A compound written hyphened, closed or open.
    ("She is hell-bent on wrecking the harbour wall", "She is hellbent on wrecking the harbour wall"),
    ("The ferry is a long-standing lifeline for the island",
     "The ferry is a longstanding lifeline for the island"),
    # An apostrophe lost in transcription, and a word in another form of itself (two translations).
    ("It's a long night for the harbour and its crews", "Its a long night for the harbour and its crews"),
    ("We send our prayer to every family on the island tonight",
     "We send our prayers to every family on the island tonight"),
]


# Words an editor puts in square brackets stand for a few of the speaker's ("which [the old
# board] never paid for" for "which they never paid for"): the rest word for word is one rendering.
INSERTIONS = [
    ("the repairs which they never paid for and their neglect of the pier means the levy must rise",
     "the repairs which [the old board] never paid for and their neglect of the pier means the levy "
     "must rise",
     QuoteRelation.IDENTICAL),
    ("[The ferry] will sail again when the pier is safe",
     "It will sail again when the pier is safe, and not a day before",
     QuoteRelation.EXCERPT),
]
# ... but a bracket standing for words of substance changes the remark.
INSERTIONS_OF_SUBSTANCE = [
    ("she is the finest sailor this harbour has ever seen",
     "she is the finest [skipper] this harbour has ever seen"),
]


@pytest.mark.parametrize("a, b, relation", INSERTIONS)
def test_words_in_square_brackets_stand_for_the_speaker_s(make_claim, a, b, relation, monkeypatch):
    (qa,) = extract_quotes(make_claim(f"“{a}”"))
    (qb,) = extract_quotes(make_claim(f"“{b}”", source="b"))
    assert relate_quotes(qa, qb, stopwords()) is relate_quotes(qb, qa, stopwords()) is relation
    monkeypatch.setattr(quotes, "_with_insertions", lambda *args: None)
    assert relate_quotes(qa, qb, stopwords()) is not relation


@pytest.mark.parametrize("a, b", INSERTIONS_OF_SUBSTANCE)
def test_words_of_substance_in_square_brackets_change_the_remark(make_claim, a, b):
    (qa,) = extract_quotes(make_claim(f"“{a}”"))
    (qb,) = extract_quotes(make_claim(f"“{b}”", source="b"))
    assert relate_quotes(qa, qb, stopwords()) is relate_quotes(qb, qa, stopwords()) is QuoteRelation.VARIANT


@pytest.mark.parametrize("a, b, relation", RELATION_CASES)
def test_relate_quotes(make_claim, a, b, relation):
    (qa,) = extract_quotes(make_claim(f"“{a}”"))
    (qb,) = extract_quotes(make_claim(f"“{b}”", source="b"))
    assert relate_quotes(qa, qb, stopwords()) is relation
    assert relate_quotes(qb, qa, stopwords()) is relation


@pytest.mark.parametrize("a, b", SPELLING_CASES)
def test_quotes_spelt_two_ways_are_one_rendering(make_claim, a, b, monkeypatch):
    sa, sb = (extract_quotes(make_claim(f"“{q},” she said."))[0] for q in (a, b))
    stop = stopwords()
    assert relate_quotes(sa, sb, stop) is QuoteRelation.IDENTICAL
    monkeypatch.setattr(quotes, "_spelt_alike", lambda *args: False)
    assert relate_quotes(sa, sb, stop) is not QuoteRelation.IDENTICAL


def test_a_sentence_inside_a_quotation_of_several_is_quoted():
    # A quotation of several sentences, left open at the end of its paragraph (as one that runs
    # on into the next is written): the sentences after its opening are quoted words too, but
    # not those of the next paragraph.
    from claimcheck.claims import split_claims
    from claimcheck.models import Article

    text = ("The union leader spoke on Friday. “The yard is open again at last. We got things "
            "nobody expected at all. Pay rises 20% this year.\nThe yard reopens on Monday.\n")
    claims = split_claims(Article("a", "a.txt", text))
    quoted = {c.text: [q.text for q in extract_quotes(c)] for c in claims}
    assert quoted["We got things nobody expected at all."] == ["We got things nobody expected at all"]
    assert quoted["Pay rises 20% this year."] == ["Pay rises 20% this year"]
    assert quoted["The yard reopens on Monday."] == []
    assert quoted["The union leader spoke on Friday."] == []


# A cut of a later sentence (or after an ellipsis) is found in the whole remark by its words,
# whatever commas one rendering drops ("influence and sway" / "influence, and sway"); a
# quotation cut off inside a word, as a page cut short leaves it, is the remark's opening.
CUTS_BY_WORDS = [
    ("The vote went against us tonight. I am sorry that the strength of our case still could not win over "
     "the owners, the bankers, and the board",
     "I am sorry that the strength of our case still could not win over the owners, the bankers and the "
     "board", quotes, "_find_words", lambda *args: -1),
    ("We fought for the valley … I regret, we could not keep the mill open but I regret more the jobs lost",
     "I regret we could not keep the mill open but I regret more the jobs lost",
     quotes, "_CLAUSE_ENDS", ".!?;:\u2014"),
    ("All winter our engineers said the river walls would not hold",
     "All winter our engineers said the river wa", quotes, "_cut_off", lambda *args: False),
    ("To keep up with the orders, we hired more welders than the yard could ever pay",
     "We hired more welders than the yard could ever pay", quotes, "_after_a_plain_phrase",
     lambda *args: False),
]


@pytest.mark.parametrize("a, b, module, reading, stand_in", CUTS_BY_WORDS)
def test_a_cut_is_found_by_its_words(make_claim, a, b, module, reading, stand_in, monkeypatch):
    (qa,) = extract_quotes(make_claim(f"“{a}”"))
    (qb,) = extract_quotes(make_claim(f"“{b}”", source="b"))
    assert relate_quotes(qa, qb, stopwords()) is QuoteRelation.EXCERPT
    monkeypatch.setattr(module, reading, stand_in)
    assert relate_quotes(qa, qb, stopwords()) is not QuoteRelation.EXCERPT


def test_an_excerpt_of_two_remarks_joins_neither_to_the_other():
    """"saved lives" is cut from two remarks, two speakers' words: it ties neither wording to
    the other, so only the two renderings of one remark are set against each other."""
    from claimcheck.classify import Matches, detect_quote_variants, related_quotes
    from tests.test_detectors import CTX, claim

    claims = [claim(text, source) for text, source in [
        ('"The lock keepers rang the harbour office once the gates jammed, and that surely saved '
         'lives," Ann Roe said.', "one"),
        ('"The lock keepers phoned the harbour office once the gates jammed, and that surely saved '
         'lives," Ann Roe said.', "two"),
        ('"The keepers kept their heads. They saved lives on Tuesday," Ben Roe said.', "three"),
        ('Ben Roe said the crews "saved lives".', "four"),
    ]]
    related = related_quotes(claims, CTX)
    found = list(detect_quote_variants(Matches(tuple(claims), (), (), (), related), CTX))
    assert [[e.claim.source for g in f.values for e in g.evidence] for f in found] == [["one", "two"]]


def test_remarks_worded_alike_by_two_named_speakers_are_two_remarks(monkeypatch):
    """Two speakers, each named, may say much the same ("I felt sure I would drown" / "I felt
    sure it would sink"): worded alike, they are two remarks, not one quoted two ways."""
    from claimcheck import classify
    from claimcheck.classify import Matches, detect_quote_variants, related_quotes
    from tests.test_detectors import CTX, claim

    claims = [claim(text, source) for text, source in [
        ('"I felt sure I was about to drown," said Ann Roe, a ferry passenger.', "one"),
        ('"I felt sure it was about to sink in the bay," a deckhand, Ben Tarn, told reporters.', "two"),
    ]]

    def variants() -> list:
        related = related_quotes(claims, CTX)
        return list(detect_quote_variants(Matches(tuple(claims), (), (), (), related), CTX))

    assert variants() == []
    monkeypatch.setattr(classify, "_spoken_by_two", lambda *args: False)
    assert len(variants()) == 1
