"""How a claim stands on what it states: negated or affirmed predicates.

Works on concepts (stem + synonym group), so "has not officially confirmed" and
"offered no public confirmation" both negate the concept of confirming.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from claimcheck.lexicon import DEFAULT, Lexicon, phrase_pattern
from claimcheck.text import QUOTATION_MARKS, Token, clause_bounds, concept, stopwords, tokens


class Predication(NamedTuple):
    """A content word of a sentence as stated or denied. (A named tuple: every content word
    of a run has one, built in worker processes and sent back.)"""

    concept: str
    """The concept stated or denied ("confirm")."""
    negated: bool
    finite: bool
    """Affirmed in a past or perfect form ("confirmed", "won"): a statement that it happened."""
    start: int
    """Span of the whole phrase in the claim ("still need to finalize")."""
    end: int
    subject: frozenset[str]
    """Capitalised names before the predicate in its clause; empty when the subject is generic."""
    capitalised: bool = False
    """Written with a capital inside the sentence: a name."""
    passive: bool = False
    """A participle after a form of "be" ("was rejected", "has been resoundingly defeated"):
    its subject is what the act is done to; who does it is named after "by", if at all."""


@dataclass(frozen=True)
class StanceTables:
    """The tables of ``polarity.yaml`` and ``certainty.yaml`` as this module reads them,
    compiled once per lexicon."""

    negation_cues: tuple[tuple[str, ...], ...]
    """Negation cues as word tuples, longest first ("has yet to", "not")."""
    wanting_cues: frozenset[tuple[str, ...]]
    """Those of them that deny the head of the noun phrase after them ("still needs approval")."""
    act_noun_endings: tuple[str, ...]
    """Endings of the nouns of an act that those cues deny."""
    cue_firsts: frozenset[str]
    """First words of the negation cues: most words start none, and need no closer look."""
    fillers: frozenset[str]
    """Words that may stand between a negation and what it denies ("not yet", "never formally")."""
    irregular_past: frozenset[str]
    no_thing: frozenset[str]
    """Determiners that deny what follows them ("posed no danger"): the act done to it is denied."""
    hedges: re.Pattern[str]
    assertions: re.Pattern[str]
    negations: tuple[str, ...]
    """Words that turn an assertion into an open question ("has not confirmed")."""
    forecasts: frozenset[str]
    """Assertion cues that only tell what is to come ("will"): firm only as the source's own words."""
    believing: re.Pattern[str]
    """Verbs of belief or expectation ("they expect that", "I think"): a forecast in their
    complement is theirs to expect, not stated as fact."""
    doubts: re.Pattern[str]
    """Hedges that lean against what they govern ("unlikely to"), where others leave it open."""
    credits: frozenset[str]
    """Hedges that only credit a source ("according to"): the words right after them name
    that source, not what it is credited with."""
    conditionals: frozenset[str]
    """Words that open a condition ("if", "unless"): what the condition says is neither
    stated nor denied, only supposed."""
    taken_objects: re.Pattern[str] | None
    """What follows a verb of claiming that takes what it took as its object, not a clause
    ("claimed the lives of 40"); so does a figure, after ``taken_figure_leads`` or not ("claimed
    over 40 lives")."""
    taken_figure_leads: re.Pattern[str] | None
    object_claims: frozenset[str]
    noun_hedges: frozenset[str]
    """Hedges whose first word is also a plural noun ("plans to", "hopes")."""
    noun_leads: frozenset[str]
    """Words before such a hedge that make its first word the noun ("under plans to")."""
    auxiliaries: frozenset[str]
    """Auxiliaries: one right after a hedge in the plural is the verb of which the hedge's word
    is the subject noun ("hopes were raised", "expectations are high")."""
    irregular_pasts: frozenset[str]
    """Irregular past forms: one right after a hedge that is also a plural noun is its verb too
    ("home hopes rose"), as no verb of wishing or planning takes one for its object."""
    awaited: frozenset[str]
    """Hedges that are participles of waiting ("anticipated") ..."""
    eager: frozenset[str]
    """... and the words of how keenly that make one an adjective ("a highly anticipated
    return"): the thing awaited, not put in doubt."""
    expectation_leads: frozenset[str]
    """Words that set an outcome against such a participle ("than expected"): nothing hedged."""
    degree_hedges: frozenset[str]
    perception_verbs: frozenset[str]
    """Hedges that close a comparison of degree after "as" or "than" ("as soon as possible"):
    how much, not whether."""
    clause_conditionals: frozenset[str]
    """Conditionals only where they open a clause ("once approved, ..."): inside one they
    are adverbs ("was once the largest")."""
    attributive: frozenset[str]
    """Hedges that are adjectives ("potential", "possible"): right before a noun they say it is
    a candidate ("a possible successor"); they hedge no act of their clause."""
    attributive_participles: frozenset[str]
    """Participles that are such adjectives only after a word that opens a noun phrase ("with
    expected growth"; ``noun_leads``): after a subject they are verbs ("analysts expected
    rates to rise")."""
    support_verbs: frozenset[str]
    """Verbs that say little but through their object ("agreed to make purchases"): a hedge's
    infinitive of one of them governs the act its object names."""
    infinitive_aux: frozenset[str]
    """Words after "to" before the verb of an infinitive ("likely to be approved")."""
    determiners: frozenset[str] = frozenset()
    """Words that open a noun phrase (``polarity.yaml`` object_determiners): a participle right
    after one, before a noun, is a word of the noun ("the proposed changes"), no act told."""
    inverted_conditionals: frozenset[str] = frozenset()
    """Words that open a condition by inversion ("had the keeper not saved it") ..."""
    counterfactual_modals: re.Pattern[str] | None = None
    """... after one of these modals of what would have been ("would have") ..."""
    inversion_subjects: frozenset[str] = frozenset()
    """... and not right after one of these subjects ("and she had not planned")."""
    asking: frozenset[str] = frozenset()
    """Verbs of asking someone to act ("urged voters to back it"): the act asked for is not told."""
    denial_ends: frozenset[str] = frozenset()
    doubt_nouns: frozenset[str] = frozenset()
    """Nouns of doubt or dispute: denied ("there is no doubt that", "no question"), they affirm
    what follows, and deny nothing the sentence tells."""
    """Words that end the time a denial holds ("did not discover it until July"): the act is
    then told as done at that time, not denied."""
    passive_auxiliaries: frozenset[str] = frozenset()
    """Forms of "be" that make a participle after them passive."""
    number_words: frozenset[str] = frozenset()
    """Numbers in words ("two"), which may count the noun before a participle."""
    clause_openers: frozenset[str] = frozenset()
    """Words that open a clause of its own (``subordinators``, and "and", "or", "but")."""
    naming: frozenset[str] = frozenset()
    """Participles that give a thing's name ("a preacher named X", ``naming_participles``)."""
    alias_leads: frozenset[str] = frozenset()
    """Words before "as" that give another name of the one named ("known as")."""
    speech: frozenset[str] = frozenset()
    """Verbs of speech (``speech_cues`` of one word), after which a clause of its own may open
    with no "that": "police said two men died"."""


def _compile(lexicon: Lexicon) -> StanceTables:
    wanting = frozenset(tuple(str(c).casefold().split())
                        for c in lexicon.table("polarity", "wanting_cues", []))
    cues = tuple(sorted({*(tuple(str(c).casefold().replace("’", "'").split())
                           for c in lexicon.table("polarity", "negation_cues", [])), *wanting},
                        key=len, reverse=True))
    firsts = frozenset(c[0] for c in cues)

    def pattern(name: str) -> re.Pattern[str]:
        # Case-sensitive on purpose: "May" is a month, "may" a hedge.
        return phrase_pattern(str(p) for p in lexicon.table("certainty", name, []))

    return StanceTables(
        negation_cues=cues, wanting_cues=wanting, cue_firsts=firsts,
        act_noun_endings=tuple(str(w) for w in lexicon.table("polarity", "act_noun_endings", [])),
        fillers=frozenset(str(w).casefold() for w in lexicon.table("polarity", "fillers", [])),
        irregular_past=frozenset(str(w).casefold() for w in lexicon.table("polarity", "irregular_past", [])),
        no_thing=lexicon.words("polarity", "no_thing"),
        hedges=pattern("hedges"), assertions=pattern("assertions"),
        negations=tuple(str(n).casefold() for n in lexicon.table("certainty", "negations", [])),
        forecasts=frozenset(str(w).casefold() for w in lexicon.table("certainty", "forecasts", [])),
        believing=pattern("believing"), doubts=pattern("doubts"),
        credits=frozenset(" ".join(str(c).casefold().split())
                          for c in lexicon.table("certainty", "credit_only", [])),
        conditionals=frozenset(str(w).casefold() for w in lexicon.table("polarity", "conditionals", [])),
        taken_objects=pattern("taken_objects"), taken_figure_leads=pattern("taken_figure_leads"),
        object_claims=frozenset(str(w).casefold() for w in lexicon.table("verdicts", "object_claims", [])),
        noun_hedges=frozenset(str(w).casefold() for w in lexicon.table("certainty", "noun_hedges", [])),
        noun_leads=frozenset(str(w).casefold() for w in lexicon.table("certainty", "noun_leads", [])),
        auxiliaries=lexicon.words("polarity", "subject_auxiliaries"),
        irregular_pasts=frozenset(str(pair[0]).casefold()
                                  for pair in lexicon.table("verdicts", "irregular_verbs", [])),
        awaited=frozenset(str(w).casefold() for w in lexicon.table("certainty", "awaited_hedges", [])),
        eager=frozenset(str(w).casefold() for w in lexicon.table("certainty", "eager_degrees", [])),
        expectation_leads=frozenset(str(w).casefold()
                                    for w in lexicon.table("certainty", "expectation_leads", [])),
        degree_hedges=lexicon.words("certainty", "degree_hedges"),
        perception_verbs=lexicon.words("certainty", "perception_verbs"),
        clause_conditionals=frozenset(str(w).casefold()
                                      for w in lexicon.table("polarity", "clause_conditionals", [])),
        attributive=frozenset(str(w).casefold() for w in lexicon.table("certainty", "attributive", [])),
        attributive_participles=frozenset(str(w).casefold()
                                          for w in lexicon.table("certainty", "attributive_participles", [])),
        support_verbs=frozenset(str(w).casefold() for w in lexicon.table("certainty", "support_verbs", [])),
        infinitive_aux=frozenset(str(w).casefold()
                                 for w in lexicon.table("certainty", "infinitive_auxiliaries", [])),
        determiners=lexicon.words("polarity", "object_determiners"),
        inverted_conditionals=lexicon.words("polarity", "inverted_conditionals"),
        counterfactual_modals=lexicon.phrases(("polarity", "counterfactual_modals")),
        asking=lexicon.words("polarity", "asking_verbs"),
        inversion_subjects=lexicon.words("polarity", "inversion_subjects"),
        denial_ends=lexicon.words("polarity", "denial_ends"),
        doubt_nouns=lexicon.words("polarity", "doubt_nouns"),
        passive_auxiliaries=lexicon.words("polarity", "passive_auxiliaries"),
        number_words=frozenset(str(w).casefold() for w in lexicon.table("numbers", "word_numbers", {}) or {}),
        clause_openers=lexicon.words("verdicts", "subordinators") | _COORDINATING,
        naming=lexicon.words("polarity", "naming_participles"),
        alias_leads=lexicon.words("polarity", "alias_leads"),
        speech=frozenset(str(c).casefold() for c in lexicon.table("entities", "speech_cues", [])
                         if " " not in str(c)))


_COORDINATING = frozenset({"and", "or", "but"})


def tables(lexicon: Lexicon = DEFAULT) -> StanceTables:
    return lexicon.compiled(_compile)


def predications(text: str, lexicon: Lexicon = DEFAULT, toks: Sequence[Token] | None = None
                 ) -> list[Predication]:
    """Every content word of the claim as affirmed, or as negated when a cue governs it
    (``toks``: the text's tokens, when they have been read already)."""
    known = tables(lexicon)
    cues, fillers, past, firsts = known.negation_cues, known.fillers, known.irregular_past, known.cue_firsts
    stop = stopwords(lexicon)
    toks = list(toks) if toks is not None else tokens(text)
    words = [t.norm for t in toks]
    negated_at: dict[int, int] = {}  # token index of predicate -> token index where its cue starts
    i = 0
    while i < len(words):
        if words[i] not in firsts and not words[i].endswith("n't"):
            i += 1
            continue
        matched = next((c for c in cues if tuple(words[i:i + len(c)]) == c
                        or (c == ("n't",) and words[i].endswith("n't"))), None)
        if matched is None or len(matched) == 1 and _names_a_side(text, toks, i):
            i += 1
            continue
        j = i + (1 if matched == ("n't",) else len(matched))
        while j < len(words) and (words[j] in fillers or words[j].endswith("ly") and words[j] not in stop):
            j += 1
        if matched in known.wanting_cues:
            j = _phrase_head(text, toks, j, known.determiners, stop)
            if j >= len(words) or not words[j].endswith(known.act_noun_endings):
                i = j if j > i else i + 1
                continue  # "subject to tariffs": no act is still wanted
        if j < len(words) and words[j] in known.doubt_nouns and matched in _NOUN_DENIALS:
            i = j + 1
            continue  # "there is no doubt that ...": the denied doubt affirms what follows
        if j < len(words) and words[j] not in stop:
            negated_at[j] = i
        i = j if j > i else i + 1
    for k in [k for k in negated_at if _denial_ended(text, toks, k, known.denial_ends)]:
        del negated_at[k]
    for k in range(len(words) - 2):
        # "posed no danger", "found no evidence": the act done to nothing is the act denied, as
        # "did not pose a danger" denies it ("said no to the plan" names what was refused).
        if words[k + 1] in known.no_thing and k + 2 in negated_at and k not in negated_at \
                and words[k] not in stop and (words[k].endswith("ed") or words[k] in past):
            negated_at[k] = k + 1
    result = []
    subjects = _subjects(text, toks, stop)
    for k, tok in enumerate(toks):
        if tok.norm in stop or tok.norm[:1].isdigit() or k in negated_at.values():
            continue
        finite = tok.norm.endswith("ed") or tok.norm in past
        if finite and (_qualifies_a_noun(toks, k, known.determiners, stop)
                       or k > 0 and toks[k - 1].norm in _PARTICIPLE_HEADS
                       or _reduced_relative(text, toks, k, known, stop)
                       or _names_the_noun(text, toks, k, known, stop)):
            # "said no to a proposed change": the change proposed is named, not the proposing
            # told, and a cue before the determiner denies the noun phrase, not the participle.
            negated_at.pop(k, None)
            finite = False
        negated = k in negated_at
        start = toks[negated_at[k]].start if negated else tok.start
        name = tok.norm if tok.text[:1].isupper() else concept(tok.norm, lexicon)
        result.append(Predication(concept=name, negated=negated, finite=finite, start=start, end=tok.end,
                                  subject=subjects[k],
                                  capitalised=tok.text[:1].isupper() and k > 0,
                                  passive=finite and _after_be(words, k, known.passive_auxiliaries, stop)))
    return result


_NOUN_DENIALS = frozenset({("no",), ("without",)})
"""Cues that deny a noun ("no doubt", "without question"), not a verb ("did not question")."""


def _phrase_head(text: str, toks: Sequence[Token], j: int, determiners: frozenset[str],
                 stop: frozenset[str]) -> int:
    """The index of the last word of the noun phrase from token ``j``, past a determiner: the
    words up to the first function word or punctuation ("regulatory approval of the deal": approval)."""
    if j < len(toks) and toks[j].norm in determiners:
        j += 1
    k = j
    while k + 1 < len(toks) and toks[k + 1].norm not in stop and not toks[k + 1].norm[:1].isdigit() \
            and not text[toks[k].end:toks[k + 1].start].strip():
        k += 1
    return k


def _after_be(words: Sequence[str], k: int, auxiliaries: frozenset[str], stop: frozenset[str]) -> bool:
    """Whether the word at ``k`` follows a form of "be", adverbs in "-ly" between ("was
    rejected", "has been resoundingly defeated")."""
    j = k - 1
    while j >= 0 and words[j].endswith("ly") and words[j] not in stop:
        j -= 1
    return j >= 0 and words[j] in auxiliaries


DENIAL_END_REACH = 8
"""Tokens after a denied word within which a word ending the denial's time may stand ("didn't
discover that its database was unpatched until ...")."""
_CLAUSE_MARK = re.compile(r"[,;:.!?()\u2014\u2013]")


def _denial_ended(text: str, toks: Sequence[Token], k: int, ends: frozenset[str]) -> bool:
    """Whether a word ending the time it holds stands after the denied k-th token, in its
    clause ("did not leave until Monday" tells it left on Monday)."""
    for t, before in zip(toks[k + 1:k + 1 + DENIAL_END_REACH], toks[k:], strict=False):
        if _CLAUSE_MARK.search(text, before.end, t.start):
            return False
        if t.norm in ends:
            return True
    return False


_PARTICIPLE_HEADS = frozenset({"those"})
"""Pronouns a participle right after qualifies: "those stranded in the hills", "those killed"
name people by what befell them; nothing is told done."""


def _qualifies_a_noun(toks: Sequence[Token], k: int, determiners: frozenset[str],
                      stop: frozenset[str]) -> bool:
    """Whether the k-th token, a participle, stands between a determiner or a possessive and
    a content word ("the proposed changes", "a revised offer", "X's increased offer"): a word
    of that noun phrase."""
    return 0 < k < len(toks) - 1 and (toks[k - 1].norm in determiners or _possessive(toks[k - 1].text)) \
        and toks[k + 1].norm not in stop and toks[k + 1].norm.isalpha()


def _reduced_relative(text: str, toks: Sequence[Token], k: int, known: StanceTables,
                      stop: frozenset[str]) -> bool:
    """Whether the k-th token, a participle right after a noun, qualifies that noun ("on land
    held by the port", "among the businesses hit"): it ends its clause or names its doer with
    "by", and a verb of the same clause stands before the noun (a form of "be", or a verb in
    the past that is no verb of speech, after which a clause of its own may open with no
    "that": "police said two men died" tells that they died)."""
    noun = toks[k - 1].norm if k else ""
    if not noun.isalpha() or noun in stop or noun.endswith("ly") or noun in known.fillers \
            or noun in known.cue_firsts:
        return False  # (no noun: "was never triggered", "were critically injured")
    if k >= 2 and (toks[k - 2].norm[:1].isdigit() or toks[k - 2].norm in known.number_words):
        return False  # "reported 145 people injured": what befell those counted
    if k + 1 < len(toks):
        gap = text[toks[k].end:toks[k + 1].start]
        by_doer = not gap.strip() and toks[k + 1].norm == "by" and k + 2 < len(toks) \
            and not toks[k + 2].norm[:1].isdigit()  # (not "fell by 5%": the size of a change)
        if not by_doer and not _CLAUSE_MARK.search(gap):
            return False
    linked = False  # a function word between the verb and the noun: "burned on land held by"
    for j in range(k - 2, -1, -1):
        word = toks[j].norm
        if _CLAUSE_MARK.search(text[toks[j].end:toks[j + 1].start]) or word in known.clause_openers:
            return False
        if word in known.passive_auxiliaries:
            return True
        # (A participle before the noun with no word between is of its phrase: "officially
        # registered pilgrims died".)
        if (word.endswith("ed") or word in known.irregular_past) and word not in known.speech and linked:
            return True
        linked = linked or word in stop
    return False


NAMING_REACH = 3
"""Words read back from a naming participle for the determiner of its noun ("a religious
preacher named"), and on from the name for an "as" ("named Ann Roe, 34, as the driver")."""


def _names_the_noun(text: str, toks: Sequence[Token], k: int, known: StanceTables,
                    stop: frozenset[str]) -> bool:
    """Whether the k-th token, a participle of naming (``naming_participles``), gives the name
    of the noun phrase right before it ("held by a preacher named Ann Roe", "a village called
    Tarnby"): the noun is named, no naming is told. The noun phrase opens with a determiner and
    the name right after is capitalised; an "as" after the name makes it a naming done ("the
    report named Ann Roe as the driver")."""
    if toks[k].norm not in known.naming or k < 2 or k + 1 >= len(toks) \
            or not toks[k + 1].text[:1].isupper() \
            or _CLAUSE_MARK.search(text, toks[k].end, toks[k + 1].start):
        return False
    j = k - 1
    while j > 0 and k - j <= NAMING_REACH and toks[j].text.isalpha() and toks[j].text.islower() \
            and toks[j].norm not in stop:
        j -= 1
    if j == k - 1 or toks[j].norm not in known.determiners:
        return False
    after = k + 1
    while after < len(toks) and toks[after].text[:1].isupper():
        after += 1
    # (An alias after the name, "..., popularly known as Baba", names it again.)
    return all(t.norm != "as" or before.norm in known.alias_leads
               for before, t in zip(toks[after - 1:], toks[after:after + NAMING_REACH + 2], strict=False))


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _names_a_side(text: str, toks: Sequence[Token], k: int) -> bool:
    """Whether a one-word cue is a word mentioned, not used: set in quotation marks ("the
    'no' vote"), or capitalised inside the sentence before a lower-case word ("the No camp"):
    the name of a side, which negates nothing. (A headline capitalises the next word too.)"""
    tok = toks[k]
    before, after = text[tok.start - 1:tok.start], text[tok.end:tok.end + 1]
    if before and after and before in QUOTATION_MARKS and after in QUOTATION_MARKS:
        return True
    following = toks[k + 1] if k + 1 < len(toks) else None
    return k > 0 and tok.text[:1].isupper() and following is not None and following.text[:1].islower()


_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "when", "after", "before", "because", "if",
                             "while", "whereas", "although", "though", "as", "since", "but"})


def _subjects(text: str, toks: list[Token], stop: frozenset[str]) -> list[frozenset[str]]:
    """For each token, the capitalised words between the start of its clause and it
    (the nearest three): one pass over the sentence."""
    subjects = []
    names: list[str] = []
    # One set while the names stay the same: most tokens of a clause share it, and so a
    # sentence's predications hold a few sets, not one each (they travel between processes).
    current: frozenset[str] = frozenset()
    for n, t in enumerate(toks):
        subjects.append(current)
        between = text[t.end:toks[n + 1].start] if n + 1 < len(toks) else ""
        if t.norm in _CLAUSE_OPENERS or any(p in between for p in ",;:—("):
            names = []
            current = frozenset()
        elif t.text[:1].isupper() and (n > 0 or t.norm not in stop):
            names.append(t.norm)
            current = frozenset(names[-3:])
    return subjects


@dataclass(frozen=True, slots=True)
class Certainty:
    """How firmly a claim states what it shares with another claim."""

    hedged: bool
    asserted: bool
    cue: str
    """The words that decide it ("signaled", "agreed"); empty when neither."""
    start: int
    end: int
    follows: bool = False
    """The cue stands after the word it governs, its subject ("600 jobs could be cut"): the
    word says who or what, not which act is hedged or asserted."""
    doubted: bool = False
    """A hedge that leans against the act ("unlikely to"), not one that leaves it open ("could")."""


CUE_REACH = 4
"""Content words that may stand between a cue and what it governs ("agreed to make
substantial purchases"); further away, the cue is about something else."""
CUE_REACH_AFTER = 2
"""A cue may also follow its subject closely: "600 jobs could be cut"."""


_SCOPE_BREAK = re.compile(r"[,;:!?()\[\]—–](?!\d)|\s-\s")
"""Punctuation that ends the complement a cue governs ("plans to appeal, his hearing is set")
or a condition ("If approved, it would be ..."), not a figure's separator ("1,200", "9:30")."""
_ASKED_ACT_END = re.compile(_SCOPE_BREAK.pattern + r"|\s(?:but|yet|whereas|while|although|though)\s", re.I)
"""What ends an act someone is asked to do: a scope break, or a word setting another act against it."""


def _complement_ends(text: str, toks: Sequence[Token], start: int, end: int, stop: frozenset[str]) -> bool:
    """Whether the complement of a cue ending at ``start`` has ended before ``end``: a break
    between them that a participle does not carry on ("reached a deal, averting a strike" is
    still the deal's clause; "plans to appeal, his hearing is set" starts another)."""
    for m in _SCOPE_BREAK.finditer(text, start, end):
        k = bisect_left(toks, m.end(), key=lambda t: t.start)
        after = toks[k] if k < len(toks) else None
        participle = after is not None and after.norm.endswith("ing") and after.norm not in stop \
            and len(after.norm) > 5
        if not participle:
            return True
    return False


def certainty_about(text: str, anchor: str, lexicon: Lexicon = DEFAULT) -> Certainty | None:
    """The hedge or assertion that governs the first word of concept ``anchor``: the
    nearest cue before it in its clause, or right after it; None when no cue does."""
    return governed_concepts(text, lexicon).get(anchor)


def governed_concepts(text: str, lexicon: Lexicon = DEFAULT, toks: Sequence[Token] | None = None,
                      bounds: Sequence[tuple[int, int]] | None = None,
                      quoted: Sequence[tuple[int, int]] = ()) -> dict[str, Certainty]:
    """Every concept of the sentence that a certainty cue governs, with that cue (at the
    concept's first word, which a later telling of it does not change); ``toks`` and
    ``bounds``: the text's tokens and clauses, when they have been read already; ``quoted``:
    spans of its quotations."""
    known = tables(lexicon)
    cues = sorted([(m.start(), m.end(), True) for m in _hedges(text, known)]
                  + [(m.start(), m.end(), False) for m in known.assertions.finditer(text)])
    if not cues:
        return {}
    toks = list(toks) if toks is not None else tokens(text)
    bounds = list(bounds) if bounds is not None else clause_bounds(text)
    scoped = _forecasts_in_scope(text, cues, toks, known, quoted)
    doubts = [(m.start(), m.end()) for m in known.doubts.finditer(text)]
    stop = stopwords(lexicon)
    governed: dict[str, Certainty] = {}
    read: set[str] = set()
    for tok in toks:
        name = concept(tok.norm, lexicon)
        if name in read:
            # A word told twice is read by its first telling: "would be paid ..., with bonuses
            # also expected to be paid" hedges the second payment, not the first.
            continue
        read.add(name)
        clause = next(((s, e) for s, e in bounds if s <= tok.start < e), (0, len(text)))
        best = None
        for start, end, hedged in cues:
            if not (clause[0] <= start < clause[1]) or start <= tok.start < end:
                continue
            if end <= tok.start:
                if _complement_ends(text, toks, end, tok.start, stop):
                    continue  # past a comma the cue's complement has ended: another clause's words
                if " ".join(text[start:end].casefold().split()) in known.credits:
                    continue  # "according to an official statement": the source credited, not its claim
                gap = sum(1 for t in toks if end <= t.start and t.end <= tok.start)
                reach = CUE_REACH
            else:
                gap = sum(1 for t in toks if tok.end <= t.start and t.end <= start)
                reach = CUE_REACH_AFTER
            if hedged and qualifies_noun(text, toks, start, end, known, stop):
                continue  # "a potential successor": the noun is a candidate, no act is hedged
            if gap <= reach and (best is None or gap < best[0] or (gap == best[0] and hedged)):
                best = (gap, start, end, hedged)
        if best:
            _, start, end, hedged = best
            follows = start > tok.start
            if start in scoped:
                governor = scoped[start]
                if governor is None:
                    continue  # a forecast quoted: the speaker's words, which the source only reports
                start, end = governor
                hedged = True  # "they expect that it will": the forecast is expected, not stated
            elif not hedged and negated_before(text, start, lexicon):
                hedged = True  # "has not yet confirmed": still open
            elif not hedged and (under := _hedged_infinitive(toks, start, cues, known)) is not None:
                start, end = under  # "is expected to be completed": the completion is expected
                hedged = True
            governed[name] = Certainty(hedged, not hedged, text[start:end], start, end, follows=follows,
                                       doubted=hedged and any(a <= start < b for a, b in doubts))
    return governed


def _hedged_infinitive(toks: Sequence[Token], start: int, cues: Sequence[tuple[int, int, bool]],
                       known: StanceTables) -> tuple[int, int] | None:
    """The span of the hedge whose infinitive an asserting cue is ("expected to be completed",
    "likely to be finalised", "could be confirmed"): only "to" and auxiliaries stand between
    them; None when there is none."""
    k = j = bisect_left(toks, start, key=lambda t: t.start)
    while j and (toks[j - 1].norm == "to" or toks[j - 1].norm in known.infinitive_aux):
        j -= 1
    if j == k or not j:
        return None
    return next(((a, b) for a, b, hedged in cues if hedged and b == toks[j - 1].end), None)


def qualifies_noun(text: str, toks: Sequence[Token], start: int, end: int, known: StanceTables,
                   stop: frozenset[str]) -> bool:
    """Whether a hedge is an adjective right before a content word ("possible candidates",
    "with expected growth to ..."): it says the noun is only possible, not that the act of its
    clause is. (Before a capitalised word it is no adjective: "results were expected Thursday".)"""
    cue = " ".join(text[start:end].casefold().split())
    k = bisect_left(toks, end, key=lambda t: t.start)
    if cue in known.attributive_participles:
        before = bisect_left(toks, start, key=lambda t: t.start) - 1
        if before < 0 or toks[before].norm not in known.noun_leads:
            return False
    elif cue not in known.attributive:
        return False
    return k < len(toks) and toks[k].norm not in stop and not text[end:toks[k].start].strip() \
        and toks[k].text[:1].islower()


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _subject_of_a_verb(text: str, end: int, cue: str, known: StanceTables) -> bool:
    """Whether a one-word cue in the plural is a noun right before the verb it is the subject of,
    with nothing between: an auxiliary ("hopes were raised", "expectations are high"), or, for a
    cue that is also a plural noun, an irregular past ("hopes rose")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not cue.endswith("s"):
        return False
    word = m.group(1).casefold()
    return word in known.auxiliaries or (cue in known.noun_hedges and word in known.irregular_pasts)


def hedge_cues(text: str, lexicon: Lexicon = DEFAULT) -> list[re.Match[str]]:
    """The hedge cues of a text as every stage reads them (``_hedges``)."""
    return list(_hedges(text, tables(lexicon)))


def _hedges(text: str, known: StanceTables, start: int = 0,
            end: int | None = None) -> Iterator[re.Match[str]]:
    """The hedge cues of the text, but a plural noun that spells one ("under plans to widen
    the road", "its hopes of a title"): that names a plan or a wish, it hedges nothing."""
    for m in known.hedges.finditer(text, start, len(text) if end is None else end):
        first = m.group().split()[0].casefold()
        if first in known.object_claims and _takes_what_it_took(text[m.end():].lstrip().casefold(), known):
            continue  # "claimed over 40 lives": what it took, no claim that it did
        before = text[:m.start()].split()
        if first in known.noun_hedges and before and before[-1].casefold().strip(",;:") in known.noun_leads:
            continue
        if " " not in m.group() and _subject_of_a_verb(text, m.end(), first, known):
            continue  # "home hopes rose": the hopes are what moved, no wish that something happens
        if m.group().casefold() in known.awaited and (_eager_adjective(text[:m.start()], known)
                                                      or _set_against(before, known)):
            continue
        if m.group().casefold() in known.degree_hedges and before \
                and before[-1].casefold() in ("as", "than"):
            continue  # "as soon as possible": how soon, not whether
        if _perceived(text[m.end():], known):
            continue  # "gunfire could be heard": what was there to hear, no doubt
        yield m


def _perceived(after: str, known: StanceTables) -> bool:
    """Whether the words after a modal hedge are a verb of the senses, "be" between or not
    ("could be heard", "could see"): a modal of what could be perceived."""
    words = [w.casefold().strip(",;:.") for w in after.split()[:3]]
    # (An adverb may stand between, "could clearly be seen", "could still hear", as it may
    # after a negation: ``fillers``, or a word in "-ly".)
    if words and (words[0] in known.fillers or words[0].endswith("ly")):
        words = words[1:]
    if words[:1] == ["be"]:
        words = words[1:]
    return bool(words) and words[0] in known.perception_verbs


def _takes_what_it_took(after: str, known: StanceTables) -> bool:
    """Whether the words after a verb of claiming are what it took ("over 40 lives", "the
    lives of 40"), not a statement it reports."""
    if known.taken_objects is None:
        return False
    if known.taken_objects.match(after):
        return True
    lead = known.taken_figure_leads.match(after) if known.taken_figure_leads is not None else None
    figure = after[lead.end():].lstrip() if lead else after
    # A figure of what it took ("40 lives"), not of those a clause goes on about ("12 people had died").
    number = re.match(r"[\d,.]+\s+", figure)
    if number is None:
        return False
    word = re.match(r"\w+\s+", figure[number.end():])  # "1,200 more victims"
    return any(known.taken_objects.match(figure, at) is not None
               for at in (number.end(), number.end() + (word.end() if word else 0)))


def _set_against(before: list[str], known: StanceTables) -> bool:
    """Whether the words before a participle of waiting set an outcome against it ("more than
    expected", "as anticipated", "not what we expected")."""
    last = [w.casefold().strip(",;:\"“”'‘’") for w in before[-2:]]
    return bool(last) and (last[-1] in known.expectation_leads
                           or len(last) == 2 and last[0] == "what" and "what" in known.expectation_leads)


def _eager_adjective(lead: str, known: StanceTables) -> bool:
    """Whether the text before a participle of waiting ends with a word of how keenly that
    makes it an adjective: joined to it by a hyphen ("long-expected"), or standing right after
    a determiner ("its highly anticipated")."""
    if lead.endswith("-"):
        words = lead[:-1].split()
        return bool(words) and words[-1].split("-")[-1].casefold() in known.eager
    words = lead.split()
    return len(words) >= 2 and words[-1].casefold() in known.eager \
        and words[-2].casefold().strip(",;:") in known.noun_leads


FORECAST_REACH = 8
"""Tokens between a verb of belief and the forecast in its complement: "they expect that the
number of deaths will"."""
_COMPLEMENT_BREAK = re.compile(r"[.;:!?()\[\]—–,]|\s-\s")
"""Punctuation that ends the complement of a verb of belief: past it, a forecast is stated anew."""


def _forecasts_in_scope(text: str, cues: Sequence[tuple[int, int, bool]], toks: Sequence[Token],
                        known: StanceTables, quoted: Sequence[tuple[int, int]]
                        ) -> dict[int, tuple[int, int] | None]:
    """The forecast cues ("will") that state nothing firmly, by where each starts: inside a
    quotation or a sentence credited "according to" someone (None: the speaker's forecast,
    reported), or in the complement of a verb of
    belief or expectation or of a hedge (the span of that verb or hedge, which hedges it):
    "I think it will", "it is possible that it will"."""
    found: dict[int, tuple[int, int] | None] = {}
    believing = None
    # A sentence that credits its statement to a source ("..., according to a notice") reports
    # that source's forecast, as a quotation does: no firmer than "is expected".
    # The cues are matched case-sensitively, so a sentence that opens with the credit ("According
    # to the office, ...") is read apart.
    opening = " ".join(text.casefold().split())
    credited = any(h and " ".join(text[a:b].casefold().split()) in known.credits
                   and not any(x <= a < y for x, y in quoted) for a, b, h in cues) \
        or any(opening.startswith(credit + " ") for credit in known.credits)
    for start, end, hedged in cues:
        if hedged or " ".join(text[start:end].casefold().split()) not in known.forecasts:
            continue
        if credited or any(a <= start < b for a, b in quoted):
            found[start] = None
            continue
        if believing is None:
            # A hedge governs a forecast in its complement as a verb of belief does: "it is
            # possible that the deal will set a pattern" leaves the pattern open. A hedge that
            # only credits a source ("according to") does not.
            believing = sorted([(m.start(), m.end()) for m in known.believing.finditer(text)]
                               + [(a, b) for a, b, h in cues
                                  if h and " ".join(text[a:b].casefold().split()) not in known.credits])
        for a, b in reversed(believing):
            if b > start:
                continue
            gap = sum(1 for t in toks if b <= t.start and t.end <= start)
            if gap <= FORECAST_REACH and not _COMPLEMENT_BREAK.search(text, b, start):
                found[start] = (a, b)
            break
    return found


HEDGE_REACH = 6
"""Content words a hedge may stand before the act it puts in doubt, where the act is a
verb of its own clause: "examining whether a Northstate Power distribution line sparked"."""


def hedge_before(text: str, act: str, lexicon: Lexicon = DEFAULT,
                 skip: frozenset[str] | set[str] = frozenset(), toks: Sequence[Token] | None = None,
                 bounds: Sequence[tuple[int, int]] | None = None) -> Certainty | None:
    """The hedge that stands before the first word of concept ``act`` in its clause, at
    most HEDGE_REACH content words away; cues in ``skip`` do not count. (``toks``,
    ``bounds``: the text's tokens and clauses, when they have been read already.)"""
    stop = stopwords(lexicon)
    toks = list(toks) if toks is not None else tokens(text)
    word = next((t for t in toks if concept(t.norm, lexicon) == act), None)
    if word is None:
        return None
    bounds = list(bounds) if bounds is not None else clause_bounds(text)
    clause = next(((s, e) for s, e in bounds if s <= word.start < e), (0, len(text)))
    for m in reversed(list(_hedges(text, tables(lexicon), clause[0], word.start))):
        if " ".join(m.group().casefold().split()) in skip:
            continue
        if _complement_ends(text, toks, m.end(), word.start, stop):
            break  # the hedge's complement ends at the comma: "plans to appeal, his hearing is set"
        if _governs_another_verb(toks, m.end(), word, lexicon):
            continue  # "likely to defeat a petition filed by X": the hedge is on defeating, not filing
        gap = sum(1 for t in toks if m.end() <= t.start and t.end <= word.start and t.norm not in stop)
        if gap <= HEDGE_REACH:
            return Certainty(True, False, m.group(), m.start(), m.end())
    return None


def _governs_another_verb(toks: Sequence[Token], cue_end: int, word: Token, lexicon: Lexicon) -> bool:
    """Whether a hedge's infinitive ("likely to defeat") names another verb than the word,
    which then stands in that verb's object ("likely to defeat a petition filed by X"). A
    verb that says little but through its object (``support_verbs``: "to make purchases")
    governs what that object names."""
    known = tables(lexicon)
    after = [t for t in toks if cue_end <= t.start < word.start]
    if not after or after[0].norm != "to":
        return False
    verb = next((t for t in after[1:]
                 if t.norm not in known.infinitive_aux and not t.norm.endswith("ly")), None)
    return verb is not None and verb.norm not in known.support_verbs \
        and concept(verb.norm, lexicon) != concept(word.norm, lexicon)


def conditional_spans(text: str, toks: Sequence[Token], lexicon: Lexicon = DEFAULT
                      ) -> tuple[tuple[int, int], ...]:
    """Spans of the conditions of a sentence ("if approved", "unless the vote passes"): from
    the word that opens one to the end of its clause. What a condition says is only supposed,
    so an act in it is neither stated nor denied."""
    known = tables(lexicon)
    spans = []
    for n, tok in enumerate(toks):
        opens = tok.norm in known.conditionals
        if not opens and tok.norm in known.clause_conditionals:
            # Only as the first word of the sentence or of a clause after punctuation.
            opens = n == 0 or bool(_SCOPE_BREAK.search(text, toks[n - 1].end, tok.start))
        if not opens and tok.norm in known.inverted_conditionals:
            opens = _inverted_condition(text, toks, n, known)
        if not opens and tok.norm in known.asking:
            asked = _asked_for(text, toks, n)
            if asked is not None:
                # (The act asked for ends where another is set against it: "asked the judge to
                # impose a fine but he sentenced him to 7 years".)
                end = _ASKED_ACT_END.search(text, asked.end)
                spans.append((asked.start, end.start() if end else len(text)))
            continue
        if not opens:
            continue
        end = _SCOPE_BREAK.search(text, tok.end)
        spans.append((tok.start, end.start() if end else len(text)))
    return tuple(spans)


ASK_REACH = 5
"""Tokens from a verb of asking to the "to" of the act asked for ("urged voters in the county to")."""


def _asked_for(text: str, toks: Sequence[Token], n: int) -> Token | None:
    """The "to" that opens the act the n-th token (a verb of asking) asks for, past whom it
    asks ("urged voters to back it", "called on the board to resign"), or None."""
    found = None
    for tok in toks[n + 2:n + 1 + ASK_REACH]:
        if _SCOPE_BREAK.search(text, toks[n].end, tok.start):
            break
        if tok.norm == "to":
            found = tok
    return found


def _inverted_condition(text: str, toks: Sequence[Token], n: int, known: StanceTables) -> bool:
    """Whether the n-th token ("had") opens a condition by inversion: after a modal of what would
    have been, not after a subject ("would have been wider had the keeper not saved it")."""
    modals = known.counterfactual_modals
    if n == 0 or modals is None:
        return False
    before = toks[n - 1]
    return before.norm not in known.inversion_subjects and not before.text[:1].isupper() \
        and any(m.end() <= toks[n].start for m in modals.finditer(text.casefold()))


def negated_before(text: str, start: int, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether a negation stands among the two words before ``start``."""
    negations = tables(lexicon).negations
    before = [t.norm for t in tokens(text[max(0, start - 40):start])][-3:]
    joined = " " + " ".join(before) + " "
    return any(f" {n} " in joined or (n == "n't" and any(w.endswith("n't") for w in before))
               for n in negations)


__all__ = ["Certainty", "Predication", "certainty_about", "conditional_spans", "governed_concepts",
           "predications"]
