"""Names in a claim and who a claim is credited to.

A name is a run of capitalised words ("Cascade Valley Electric", "Bank of England").
``names`` reads the runs (titles before a run, "Council member", are not part of it);
``read_names`` reads them as every stage sees them, once per sentence (``annotate``): a
title right before a name is how the sentence names the person, a capital that only
opens the sentence is no name, and each name carries the role it plays. Two names are the
same entity when an alias table says so ("U.S." / "Washington") or when one is the
other's shorter form ("Whitfield" / "Dana Whitfield").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from claimcheck.lexicon import DEFAULT, Lexicon, phrase_pattern
from claimcheck.text import Token, concept, is_list_item, stopwords, tokens, unaccented, within

MAX_GAP_WORDS = 4
"""Words that may stand between a speech verb and its speaker ("said Council member X")."""


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int
    words: tuple[str, ...]
    """Lower-cased words of the name, possessives dropped."""
    key: str
    """The entity it names: its alias group's first name, or its own words."""
    possessive: bool = False
    """Written "X's": it qualifies another noun ("Orrin's chief executive"), it is not the actor."""
    followed_by_noun: bool = False
    """Directly followed by a lower-case word."""
    spelled: tuple[str, ...] = ()
    """Its words spelled one way per entity (``canonical``: aliases resolved, possessives
    dropped, "washington" -> "united states"); a known alias is one word ("The FDA" ->
    "food and drug administration")."""
    context: frozenset[str] = frozenset()
    """Concepts of the content words just around it: the role it plays in the sentence."""
    preposition: str = ""
    """The preposition right before it ("in", "at", "of"), if any."""
    speaks: bool = False
    """Next to a verb of speech, in a transcript's speaker label, or the one the sentence
    credits its statement to."""
    nation: str = ""
    """The place a demonym names ("Indian", "Indians" -> "india"; "North African" -> "north
    africa"): it says where people or things are from, it fills no role of its own."""
    relays: bool = False
    """A news agency or outlet ("The Associated Press", "the news agency DPA"): it relays
    what others say, it is neither the one who says it nor a party to the story."""
    sort: str = ""
    """What it names, where its own sentence says so: "person" (a title or honorific before
    it, "Chief Ann Roe"; a post set after it, "Roe, spokesperson of ..."), "body" (a body's
    head word ends it, "Vell Rescue Unit"; or it holds a post, "a Tarco spokesperson"), or ""."""
    sound: tuple[str, ...] = ()
    """Its words as they sound, transliteration spellings folded ("Tashkavir" and
    "Tachkavir" -> "taskabir"), initials joined ("K. C.", "K.C.", "KC" -> "kc")."""

    def same_entity(self, other: Name) -> bool:
        if self.key == other.key or self.letters == other.letters:
            return True  # (also one name written with and without its accents, or its hyphen)
        mine, theirs = self._word_set, other._word_set
        if mine and theirs and (mine <= theirs or theirs <= mine):
            return True
        # (A hyphened word's parts are words of the name: "Tarn-Vell Express" / "Vell Express".)
        mine, theirs = self._word_parts, other._word_parts
        if len(mine) > 1 and len(theirs) > 1 and (mine <= theirs or theirs <= mine):
            return True
        if (self.nation or other.nation) and (self.nation or self.key) == (other.nation or other.key):
            return True  # "Indian" / "India"
        return (self.abbreviates(other) or other.abbreviates(self) or _clipped(self.words, other.words)
                or _one_person(self.words, other.words) or _one_titled_person(self.words, other.words)
                or spelled_alike(self.sound or self.words, other.sound or other.words)
                or (len(self.words) == 1 == len(other.words)
                    and (_plural_of(self.words, other.words) or _plural_of(other.words, self.words))))

    @property
    def identity(self) -> tuple:
        """All ``same_entity`` reads of a name: two names with one identity are the same
        entity as the same names (a story's copies of one name, where they stand aside)."""
        return (self.key, self.words, self.nation, self.acronym, self.sound, self.letters)

    def abbreviates(self, other: Name) -> bool:
        """Whether this name writes the other with some of its words as capital letters:
        "IMF" for "International Monetary Fund", "NP Airways" for "Northern Pacific Airways",
        "NAL" for "Norland Airlines" (a letter may open a part of a compound word)."""
        if self.acronym is not None and self.acronym == other.initials:
            return True
        return bool(self.capitals) and len(other.words) > 1 and not other.capitals \
            and _written_short(self.capitals, other.initialed)

    @functools.cached_property
    def capitals(self) -> tuple[str, ...]:
        """Its words, each word written in capitals (two letters or more) as its letters one
        by one: ("n", "p", "airways") for "NP Airways"; () when no word is in capitals."""
        written = self.text.replace(".", "").split()
        if len(written) != len(self.words) or not any(len(w) > 1 and w.isupper() for w in written):
            return ()
        return tuple(part for w, word in zip(written, self.words, strict=True)
                     for part in (tuple(word) if len(w) > 1 and w.isupper() else (word,)))

    @functools.cached_property
    def initialed(self) -> tuple[str, ...]:
        """Its words that an acronym gives a letter ("of", "and", "the" it leaves out)."""
        return tuple(w for w in self.words if w not in _UNLETTERED)

    # Compared pair by pair across a corpus: worked out once per name.
    @functools.cached_property
    def _word_set(self) -> frozenset[str]:
        # (Each word without its accents: "Zuzana Caputova" holds "Čaputová". Its digits stay:
        # "CRJ700" and "CRJ" are two names.)
        return frozenset(unaccented(w) for w in self.words)

    @functools.cached_property
    def _word_parts(self) -> frozenset[str]:
        # (Dots dropped: "U.N. Secretary General" holds "UN Secretary-General".)
        return frozenset(unaccented(part).replace(".", "") for w in self.words for part in w.split("-")
                         if part.strip("."))

    @functools.cached_property
    def letters(self) -> str:
        """Its letters, accents, dots, hyphens and spaces dropped: one spelling of a name
        written with or without its accents ("São Paulo" / "Sao Paulo", "Orlàn" / "Orlan"),
        or with a hyphen or a space between its parts ("Smith-Jones" / "Smith Jones")."""
        return "".join(_letters(w) for w in self.words)

    @functools.cached_property
    def acronym(self) -> str | None:
        """ "fema" when the name is one upper-case word of two letters or more, else None."""
        letters = self.text.replace(".", "")
        return letters.casefold() if len(self.words) == 1 and letters.isupper() and len(letters) > 1 else None

    @functools.cached_property
    def initials(self) -> str:
        """ "fema" for "Federal Emergency Management Agency"."""
        return "".join(w[0] for w in self.initialed)

    @functools.cached_property
    def many(self) -> bool:
        """An acronym in the plural ("MPs", "CEOs", "NGOs"): many of a kind, no one entity,
        which names no doer that another name could be instead of."""
        return len(self.words) == 1 and _ACRONYM_PLURAL.fullmatch(self.text.replace(".", "")) is not None

    @property
    def modifier(self) -> bool:
        """One capitalised word used as an adjective: "Chinese goods", "American farmers"."""
        return len(self.words) == 1 and self.followed_by_noun


@dataclass(frozen=True)
class _Tables:
    connectors: frozenset[str]
    not_names: frozenset[str]
    titles: frozenset[str]
    aliases: dict[str, str]
    speech: re.Pattern[str]
    listener_cues: frozenset[str]
    time_zones: frozenset[str]
    """As written (upper case): "GMT" is a zone, "Gmt" would be someone's name."""
    agencies: frozenset[str]
    """News agencies, keyed as ``_key`` keys them."""
    outlet_before: re.Pattern[str] | None
    outlet_after: re.Pattern[str] | None
    demonyms: dict[str, str]
    """A demonym's words -> the place it names ("north african" is read with ``compass``)."""
    compass: frozenset[str]
    folds: tuple[tuple[str, str], ...]
    body_connectors: frozenset[str]
    body_heads: frozenset[str]
    countries: frozenset[str]
    """The countries and regions of ``nations.yaml`` (the first word of each demonym group)."""
    web_domains: tuple[str, ...] = ()
    """Endings of a web address a company's name is written with ("Tarcomart.com"): ".com"."""


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon) -> _Tables:
    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).casefold().rstrip(".") for w in lexicon.table("entities", name, []))

    aliases: dict[str, str] = {}
    for group in lexicon.table("aliases", "groups", []):
        head = " ".join(_plain(str(group[0])))
        for alias in group:
            aliases.setdefault(" ".join(_plain(str(alias))), head)
    speech = phrase_pattern((str(c) for c in lexicon.table("entities", "speech_cues", [])), re.I)
    demonyms: dict[str, str] = {}
    for group in lexicon.table("nations", "demonyms", []) or []:
        place = aliases.get(" ".join(_plain(str(group[0]))), " ".join(_plain(str(group[0]))))
        for demonym in group[1:]:
            demonyms.setdefault(" ".join(_plain(str(demonym))), place)
    outlets = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+")
                       for w in lexicon.table("entities", "outlet_words", []) or [])
    relay_leads = "|".join(re.escape(str(w)) for w in lexicon.table("entities", "relay_leads", []) or [])
    leads = r"|(?<![\w-])(?:" + relay_leads + r")\s+(?:the\s+)?" if relay_leads else ""
    return _Tables(
        words("name_connectors"), words("not_names"), words("titles"), aliases, speech,
        words("listener_cues"),
        frozenset(str(z) for z in lexicon.table("dates", "time_zones", []) or []),
        frozenset(_key(str(a)) for a in lexicon.table("entities", "news_agencies", []) or []),
        re.compile(r"(?:\b(?:" + outlets + r")\s+(?:[A-Za-z]+\s+)?" + leads + r")$", re.I)
        if outlets else None,
        re.compile(r"^\s+(?:" + outlets + r")\b", re.I) if outlets else None,
        demonyms,
        frozenset(str(w).casefold() for w in lexicon.table("nations", "compass", []) or []),
        tuple((str(a), str(b)) for a, b in lexicon.table("entities", "transliteration", []) or []),
        frozenset(" ".join(str(c).casefold().split())
                  for c in lexicon.table("entities", "body_connectors", []) or []),
        words("body_heads"),
        frozenset(" ".join(str(group[0]).casefold().split())
                  for group in lexicon.table("nations", "demonyms", []) or [] if group),
        tuple("." + str(d).casefold().lstrip(".")
              for d in lexicon.table("entities", "web_domains", []) or []))


def is_country(name: Name, lexicon: Lexicon) -> bool:
    """Whether a name is one of the countries or regions of ``nations.yaml``, a compass word
    before it kept out ("southern Ruritania"), as a demonym's is."""
    tables = _tables(lexicon)
    words = list(name.words)
    while " ".join(words) not in tables.countries and len(words) > 1 and words[0] in tables.compass:
        words.pop(0)  # a compass word that is part of the country's name stays ("South Korea")
    return " ".join(words) in tables.countries


def _nation_tables(lexicon: Lexicon) -> tuple[frozenset[str], dict[str, str]]:
    """The regions among ``nations.yaml``'s places, and the countries inside another."""
    regions = frozenset(" ".join(_plain(str(r))) for r in lexicon.table("nations", "regions", []) or [])
    part_of = {" ".join(_plain(str(k))): " ".join(_plain(str(v)))
               for k, v in (lexicon.table("nations", "part_of", {}) or {}).items()}
    return regions, part_of


def nation_of(name: Name, lexicon: Lexicon = DEFAULT) -> str:
    """The country a name says someone or something is of: a country's own ("Peru",
    "Peru's"), a demonym's ("Peruvian"), or the one a demonym or country opening a longer name
    gives ("Ecuadorian Vice-President X", "South African Airways"); a compass word before it
    left out ("northern Peru"). A country inside another is read as the whole ("Scotland":
    the United Kingdom). "" for any other name and for a region, which holds countries."""
    tables = _tables(lexicon)
    regions, part_of = lexicon.compiled(_nation_tables)
    words = list(name.words)
    while len(words) > 1 and words[0] in tables.compass and " ".join(words) not in tables.countries \
            and " ".join(words) not in part_of and " ".join(words[:2]) not in tables.demonyms:
        words.pop(0)
    place = ""
    for n in range(len(words), 0, -1):
        lead = " ".join(words[:n])
        place = (part_of.get(lead) or (lead if lead in tables.countries else "")
                 or tables.demonyms.get(lead, "") or tables.demonyms.get(lead.removesuffix("s"), ""))
        if not place and n == len(words) and tables.aliases.get(lead) in tables.countries:
            place = tables.aliases[lead]  # "U.S.", "UK"
        if place:
            break
    place = part_of.get(place, place)
    return "" if place in regions else place


CREDIT_GAP_WORDS = 3
"""Lower-case words that may stand between a country's word and the verb it speaks by ("X
state media reported", "X's health ministry said")."""


def credited_nations(text: str, found: Sequence[Name], lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """The country of the one a sentence credits its statement to, where the words for them
    say it ("X state media reported", "X's health ministry said", "according to the X news
    agency", "said X Vice-President Y"): a national body speaks for its own country. Empty
    where the one credited names no country."""
    tables = _tables(lexicon)
    for cue in _credit_cues(lexicon).finditer(text):
        if _CUE_AS_NOUN.search(text, 0, cue.start()):
            continue
        before = [n for n in found if n.end <= cue.start()]
        after = [n for n in found if n.start >= cue.end() and not _where_said(text, n)]
        if before and _plain_gap(text[before[-1].end:cue.start()], CREDIT_GAP_WORDS):
            named = before[-1]
        elif after and _plain_gap(text[cue.end():after[0].start], CREDIT_GAP_WORDS + 1):
            named = after[0]
        else:
            continue
        if _LISTED_BEFORE.search(text, 0, named.start):
            return frozenset()  # "director for X and Y said": a list of countries is no one's own
        nation = nation_of(named, lexicon)
        return frozenset({nation}) if nation and named.words[0] not in tables.titles else frozenset()
    return frozenset()


_LISTED_BEFORE = re.compile(r"\b(?:and|or)\s+(?:the\s+)?$", re.IGNORECASE)
"""What joins a name to the one before it in a list ("X and Y")."""


def demonym_place(word: str, lexicon: Lexicon = DEFAULT) -> str:
    """The place a word for its people names, in any form the stemmer gives ("Indians",
    "indian": India); "" for a word that is none."""
    return lexicon.compiled(_demonym_concepts).get(concept(word, lexicon), "") if word else ""


def _demonym_concepts(lexicon: Lexicon) -> dict[str, str]:
    return {concept(demonym, lexicon): place for demonym, place in _tables(lexicon).demonyms.items()
            if " " not in demonym}


def _a_nation_word(word: str, tables: _Tables) -> bool:
    return word in tables.countries or word in tables.demonyms or word.removesuffix("s") in tables.demonyms


def _plain_gap(gap: str, most: int) -> bool:
    """Only a few lower-case words, no punctuation nor figure ("state media", "the")."""
    words = gap.split()
    return len(words) <= most and all(w.isalpha() and w.islower() for w in words)


def _credit_cue_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return phrase_pattern((str(c) for c in [*(lexicon.table("entities", "speech_cues", []) or []),
                                            *(lexicon.table("entities", "report_cues", []) or [])]), re.I)


def _credit_cues(lexicon: Lexicon) -> re.Pattern[str]:
    return lexicon.compiled(_credit_cue_pattern)


def _forms(name_text: str, words: Sequence[str], start: int, end: int, text: str, tables: _Tables
           ) -> dict[str, Any]:
    """What a name is besides its words: the place a demonym names, whether it is a news
    agency or outlet, how its words sound (fields of ``Name``, given when it is made: the
    names of every sentence are read, so no name is built twice)."""
    rest = list(words)
    compass = []
    while len(rest) > 1 and rest[0] in tables.compass:
        compass.append(rest.pop(0))
    plain = " ".join(rest)
    place = tables.demonyms.get(plain)
    if place is None and plain.endswith("s"):
        place = tables.demonyms.get(plain[:-1])  # "Indians", "Germans"
    nation = " ".join([*compass, place]) if place else ""
    before, after = text[max(0, start - 40):start], text[end:end + 30]
    relays = (_key(name_text.removesuffix("'s").removesuffix("’s")) in tables.agencies
              or bool(tables.outlet_before and tables.outlet_before.search(before))
              or bool(tables.outlet_after and tables.outlet_after.match(after)))
    return {"nation": nation, "relays": relays, "sound": _sound(words, tables.folds)}


def _sound(words: Sequence[str], folds: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Words as they sound: accents and dots dropped, initials written apart joined ("k c",
    "k.c" -> "kc"), the ``transliteration`` folds applied, doubled letters once."""
    joined: list[str] = []
    initials = False
    for word in words:
        w = _letters(word)
        if len(w) == 1 and initials:
            joined[-1] += w
            continue
        joined.append(w)
        initials = len(w) == 1
    return tuple(w if len(w) <= MAX_INITIALS else _folded(w, folds) for w in joined)


@functools.lru_cache(maxsize=65536)
def _letters(word: str) -> str:
    """A word's letters, accents and dots dropped (by word: a story repeats its names)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if ch.isalpha())


@functools.lru_cache(maxsize=65536)
def _folded(word: str, folds: tuple[tuple[str, str], ...]) -> str:
    """The word with the transliteration folds applied and doubled letters once ("KC",
    "AP" and other initials are letters, not a spelling of a sound, and are left alone)."""
    for a, b in folds:
        word = word.replace(a, b)  # noqa: PLW2901 - folded step by step
    return _DOUBLED.sub(r"\1", word)


_DOUBLED = re.compile(r"(.)\1+")


MIN_VARIANT_LETTERS = 5
"""A word this long may be spelled with one letter more, less or other in another source
(a transliteration: "Kharavela" / "Kharabela"); a shorter one is another word."""
MIN_SOLE_WORD_LETTERS = 6
"""A name of one word is matched only by the way it sounds, and only when it is this long:
"Tashkavir" / "Tachkavir", not "Rukum" / "Rukam" (nothing else in the name agrees)."""
VARIANT_LETTERS_PER_EDIT = 8
"""A whole name may differ in one letter per this many of its letters (at least one)."""
MAX_INITIALS = 3
"""A word this short ("KC", "AP") is letters read one by one: it is not folded as a sound."""


def spelled_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two spellings of one name: the same number of words, each word the same or (words of
    ``MIN_VARIANT_LETTERS`` or more) one letter apart, the whole name at most one letter
    in ``VARIANT_LETTERS_PER_EDIT`` apart ("Rukum West" / "Rukam West"). The words are best
    given as they sound (``Name.sound``), so that a transliteration's usual spellings agree.
    A name of one word must sound the same and be ``MIN_SOLE_WORD_LETTERS`` long; two
    names that differ in a short word ("Jon Bell" / "Joan Bell") are two names."""
    if len(a) != len(b) or not a:
        return False
    if len(a) == 1:
        return a[0] == b[0] and len(a[0]) >= MIN_SOLE_WORD_LETTERS
    # (Two letters swapped are one edit, as British and American spellings swap them:
    # "Centre" / "Center", "Theatre" / "Theater".)
    from rapidfuzz.distance import OSA  # here, not at the top: ``--help`` stays light

    edits = 0
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < MIN_VARIANT_LETTERS:
            return False
        d = OSA.distance(x, y, score_cutoff=1)
        if d > 1:
            return False
        edits += d
    letters = sum(len(x) for x in a)
    return edits <= max(1, letters // VARIANT_LETTERS_PER_EDIT)


MIN_CLIPPED_LETTERS = 3
"""Letters of the shortest word a name clips another to ("Man" for "Manchester")."""


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names end in one surname after one given name, the longer with titles
    or a middle name besides ("Harbour Guard Rear Admiral Lena Vossberg" / "Rear Adm. Lena
    Vossberg", "Ravi Kumar Oswal" / "Harbour Warden Ravi Oswal"): one person. (A word
    that joins a name, "Bank of England" / "Church of England", names no one.)"""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    short, long = sorted((a, b), key=len)
    given = short[-2]
    return len(given) > 2 and given.isalpha() and given not in _tables(DEFAULT).connectors \
        and given in long[:-1]


def _one_titled_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names are one person's with titles written two ways ("VP Norr" / "Vice
    President Lisa Norr"): past their titles, both end in one surname and the shorter's
    words are all the longer's."""
    titles = _tables(DEFAULT).titles
    bare_a, bare_b = tuple(w for w in a if w not in titles), tuple(w for w in b if w not in titles)
    if not bare_a or not bare_b or (bare_a, bare_b) == (a, b) or bare_a[-1] != bare_b[-1] \
            or len(bare_a[-1]) <= 2:
        return False
    short, long = sorted((bare_a, bare_b), key=len)
    return set(short) <= set(long) \
        and _titles_alike([w for w in a if w in titles], [w for w in b if w in titles])


def _titles_alike(a: list[str], b: list[str]) -> bool:
    """Whether two names' titles may be one person's: one's are all the other's (or none), or
    one writes the other's by their initials ("VP" / "Vice President"); "Senator Smith" and
    "Governor Smith" are two."""
    initials = ("".join(w[0] for w in a), "".join(w[0] for w in b))
    return set(a) <= set(b) or set(b) <= set(a) or "".join(b) in initials or "".join(a) in initials


def _clipped(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names of several words are one, some words clipped to their first letters
    in one ("Tarn City" / "Tarnbury City", "Rovers Assoc" / "Rovers Association"):
    each word the same or the start of the other's, one word at least the same; or one word
    clipped from the first word of the other ("Contin" / "Continental Games")."""
    if len(a) == 1 < len(b) or len(b) == 1 < len(a):
        # One word clipped from the first of a longer name ("Contin" / "Continental Harbour
        # Games"): a short form of the whole name.
        word, first = (a[0], b[0]) if len(a) == 1 else (b[0], a[0])
        return len(word) >= MIN_CLIPPED_LETTERS and len(first) > len(word) + 1 and first.startswith(word)
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    pairs = list(zip(a, b, strict=True))
    return any(x == y for x, y in pairs) and all(
        x == y or min(len(x), len(y)) >= MIN_CLIPPED_LETTERS and (x.startswith(y) or y.startswith(x))
        for x, y in pairs)


_UNLETTERED = frozenset({"of", "and", "the", "&", "for"})

MIN_COMPOUND_PART = 3
"""Letters of each part of a compound word whose second part an acronym gives a letter
("air|lines"): a letter just after the word's first is no part's ("i|rish")."""


def _written_short(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether ``short`` (whole words and single letters, ``Name.capitals``) writes the words
    of ``full`` in order: a word as itself, a letter as a word's first letter, or as the first
    letter of a later part of the word the letter before opened. (Names are a few words: the
    walk is short, and needs no memory of where it has been.)"""
    def walk(i: int, j: int, rest: str) -> bool:
        if i == len(short):
            return j == len(full)
        unit = short[i]
        if len(unit) > 1:
            return j < len(full) and full[j] == unit and walk(i + 1, j + 1, "")
        if j < len(full) and full[j].startswith(unit) and walk(i + 1, j + 1, full[j][1:]):
            return True
        return any(rest[k] == unit and walk(i + 1, j, rest[k + 1:])
                   for k in range(MIN_COMPOUND_PART - 1, len(rest) - MIN_COMPOUND_PART + 1))
    return walk(0, 0, "")


def _plural_of(many: Sequence[str], one: Sequence[str]) -> bool:
    """ "Vardanians" of "Vardanian": a people's name in the plural is the one in the singular
    (the shape of a demonym: a word in -an)."""
    return (len(many) == 1 and len(one) == 1 and one[0].endswith("an")
            and many[0] == one[0] + "s")


def _plain(text: str) -> list[str]:
    return [t.norm for t in tokens(text)]


_PARTICLE = re.compile(r"^[a-z]{1,3}-[A-Z]")
"""A surname after a particle: "el-Sayed", "al-Amin" are capitalised names."""


_CAMEL = re.compile(r"^[a-z]{1,5}[A-Z][a-z]")
"""A brand written with a capital inside and none first: "easyJet", "eBay", "iPhone"."""


def _capitalised(tok: Token) -> bool:
    # Asked of every word of every sentence: the particle's and the brand's patterns only where
    # the first letter is small.
    if tok.text[:1].isupper():
        return True
    return ("-" in tok.text[:4] and bool(_PARTICLE.match(tok.text))) or bool(_CAMEL.match(tok.text))


def names(text: str, lexicon: Lexicon = DEFAULT, skip: Iterable[tuple[int, int]] = (),
          toks: Sequence[Token] | None = None) -> list[Name]:
    """Names in ``text``, left to right; spans in ``skip`` (dates, figures) are never names
    (``toks``: the text's tokens, when they have been read already)."""
    tables = _tables(lexicon)
    skipped = within(skip)
    toks = list(toks) if toks is not None else tokens(text)

    def usable(tok: Token) -> bool:
        if not _capitalised(tok) or skipped(tok.start):
            return False
        plain = tok.norm.rstrip(".")
        if "'" in plain and not tok.text.endswith(("'s", "’s")):
            return False  # "I'm", "We're"
        if tok.text in tables.time_zones:
            return False  # "22:11 GMT": a time of day
        return plain not in tables.not_names and plain not in tables.titles

    found: list[Name] = []
    k = 0
    while k < len(toks):
        if not usable(toks[k]):
            k += 1
            continue
        end = k
        long_form = False
        while end + 1 < len(toks):
            nxt = toks[end + 1]
            gap = text[toks[end].end:nxt.start]
            if gap.strip() or "'s" in toks[end].text or "’s" in toks[end].text:
                break  # punctuation or a possessive ends the name
            if usable(nxt) or (_capitalised(nxt) and nxt.norm.rstrip(".") in tables.titles):
                end += 1
                continue
            if (nxt.norm in tables.connectors and end + 2 < len(toks) and usable(toks[end + 2])
                    and not text[nxt.end:toks[end + 2].start].strip() and end == k):
                end += 2
                long_form = True
                continue
            # A body's long name goes on through "of", "for the" ("Office for the
            # Coordination of Relief Affairs"): after the word that says it is a body, or
            # once the name has gone on so ("Harris for the Acme board" is two names).
            step = _body_connector(text, toks, end, tables)
            if step and usable(toks[end + step + 1]) and (toks[end].norm in tables.body_heads or long_form):
                end += step + 1
                long_form = True
                continue
            break
        run = toks[k:end + 1]
        if len(run) == 1 and _abbreviates_plain_words(text, toks, k):
            k = end + 1
            continue  # "artificial intelligence (AI)": a term's short form, not a name
        words = tuple(_site_named(t.norm, tables) for t in run)
        key = tables.aliases.get(" ".join(words), " ".join(words))
        possessive = run[-1].text.endswith(("'s", "’s"))
        following = toks[end + 1] if end + 1 < len(toks) else None
        # (A word in "-ed" after it is its verb, "Tarnia chased down the target", not a noun it
        # qualifies as "Tarnian goods" does.)
        before_noun = bool(following and following.text[:1].islower()
                           and not text[run[-1].end:following.start].strip()
                           and not following.norm.endswith("ed"))
        start, stop = run[0].start, run[-1].end
        found.append(Name(text[start:stop], start, stop, words, key, possessive, before_noun,
                          **_forms(text[start:stop], words, start, stop, text, tables)))
        k = end + 1
    return found


def _site_named(word: str, tables: _Tables) -> str:
    """A word of a name without the ending of the web address it is written as ("tarcomart.com"
    is Tarcomart's name, as "Tarcomart" is)."""
    if "." not in word:
        return word  # (most words of most names)
    for ending in tables.web_domains:
        if word.endswith(ending) and word[:-len(ending)].isalpha():
            return word[:-len(ending)]
    return word


def _abbreviates_plain_words(text: str, toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` is an acronym in brackets after the lower-case words it
    abbreviates: "generative artificial intelligence (AI)"."""
    letters = toks[k].text.replace(".", "")
    if not (letters.isupper() and len(letters) > 1 and k >= len(letters)):
        return False
    if not (text[:toks[k].start].rstrip().endswith("(") and text[toks[k].end:].lstrip().startswith(")")):
        return False
    spelled = toks[k - len(letters):k]
    return (all(t.text[:1].islower() for t in spelled)
            and "".join(t.norm[0] for t in spelled) == letters.casefold())


def _body_connector(text: str, toks: Sequence[Token], end: int, tables: _Tables) -> int:
    """How many words after ``toks[end]`` join the parts of a body's long name ("of",
    "for the"), when a word follows them; 0 when none do."""
    for step in (2, 1):
        if end + step + 1 >= len(toks):
            continue
        run = toks[end + 1:end + step + 1]
        if (" ".join(t.norm for t in run) in tables.body_connectors
                and not text[run[-1].end:toks[end + step + 1].start].strip()
                and not any(text[a.end:b.start].strip() for a, b in zip(run, run[1:], strict=False))):
            return step
    return 0


ROLE_WINDOW = 4
"""Words each side of a name that say the role it plays."""
PREPOSITIONS = frozenset({"in", "at", "of", "from", "by", "to", "with", "for", "on", "near"})
_POSSESSIVE = re.compile(r"['’]s$")
_LABEL = re.compile(r"^([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*)(?:,\s*[^:]{0,60})?:\s")
_MODIFIER = re.compile(r"^[A-Z][A-Za-z]*-[a-z]+$")
"""A capitalised word joined to a lower-case one: an adjective of origin, not a name."""


def _posts(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(" ".join(str(t).casefold().split())
                     for group in lexicon.table("verdicts", "job_titles", []) or [] for t in group)


def speech_words(lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """The words of speech: each one-word ``speech_cues`` cue, the first word of a phrase
    when it is no function word ("according" of "according to"), and the ``naming_verbs``."""
    return lexicon.compiled(_speech_words)


def _speech_words(lexicon: Lexicon) -> frozenset[str]:
    stop = stopwords(lexicon)
    firsts = (str(c).casefold().split() for c in lexicon.table("entities", "speech_cues", []) or [])
    return frozenset(words[0] for words in firsts if words and (len(words) == 1 or words[0] not in stop)
                     ) | lexicon.words("entities", "naming_verbs")


def read_names(text: str, toks: Sequence[Token], lexicon: Lexicon = DEFAULT,
               skip: Iterable[tuple[int, int]] = (), known: frozenset[str] = frozenset(),
               plain: frozenset[str] = frozenset()) -> list[Name]:
    """The names of a sentence (``names``), each read for the role it plays: the words
    around it, the preposition before it, whether it speaks.

    Capitalised words that only capitalised words part are one name ("Channel Five
    Morning"), and a title right before a name is how the sentence names the person
    ("Sheriff Jane Roe"). A capital at the start of the sentence is only a name when the
    next word is one too or the word is a known alias: "Residents of ..." is not a name,
    "Beijing has" is, and so is a word that ``known`` holds (the other sentences of the
    story write it as a name: "Calder said ..." where another says "said Dr Calder"). A word in
    capitals opening it is no name where ``plain`` holds it and ``known`` does not (the story
    writes it in lower case: "RESCUERS dug ...").
    Words inside a value ("May 18", "Friday") are left to the facts, a
    post alone ("CEO") names no one, and "a Paris-based firm" names where it is from, not
    who. A speaker label of a transcript ("JANE DOE, MAYOR: ...") is a name that speaks.
    """
    stop = stopwords(lexicon)
    tables = _tables(lexicon)
    posts = lexicon.compiled(_posts)
    speech = speech_words(lexicon)
    naming = lexicon.words("entities", "naming_verbs")
    openers = lexicon.words("entities", "name_opening_stopwords")
    label = _LABEL.match(text)
    # The sentence opens after a speaker label, whose words are capitalised anyway.
    opening = next((t for t in toks if not label or t.start >= label.end()), None)
    lexical = names(text, lexicon, skip, toks)
    credited = speaker(text, lexical, lexicon)
    found: list[Name] = []
    # Tokens are in order: a name's tokens are found by bisection, not by reading every token
    # for every name (a line of initials would take time growing with its square).
    starts = [t.start for t in toks]
    read_as_found = {id(n) for n in lexical}
    for entity in _joined(text, lexical):
        k = bisect_left(starts, entity.start)
        j = bisect_left(starts, entity.end)
        while k > 0 and _capitalised(toks[k - 1]) and is_title(toks[k - 1].text, lexicon) \
                and not text[toks[k - 1].end:toks[k].start].strip():
            k -= 1  # "Sheriff Jane Roe": the title is how the sentence names her
        run = toks[k:j]
        if " ".join(x.norm for x in run) in posts:
            continue  # "CEO" is a post, not someone's name
        while run and run[0].norm in stop and not (
                run[0].norm in openers and len(run) > 1 and run[0].text[:1].isupper()):
            run = run[1:]
            k += 1
        if not run:
            continue
        first_in_sentence = run[0] is opening
        trimmed = False
        if (first_in_sentence and len(run) > 2 and not _capitalised(run[1])
                and not is_alias(run[0].text, lexicon)):
            run = run[2:]  # "Residents of Millbrook": a capital the sentence gave a plain word
            k += 2
            first_in_sentence, trimmed = False, True
        if (first_in_sentence and len(run) == 1 and not is_alias(run[0].text, lexicon)
                and not run[0].text.isupper() and not _POSSESSIVE.search(run[0].text)
                and not _CAMEL.match(run[0].text)
                and run[0].norm not in known and not _a_nation_word(run[0].norm, tables)):
            # "Acme's shares" opens with a name; "Residents" and "Regrettably," do not, and
            # "Jane, you said" does where the story writes Jane as a name elsewhere. (A
            # country or its people's word is a name wherever it stands: "Peruvian media said".)
            continue
        if (first_in_sentence and len(run) == 1 and run[0].text.isupper() and run[0].norm in plain
                and run[0].norm not in known and not is_alias(run[0].text, lexicon)):
            continue
        if len(run) == 1 and _MODIFIER.match(run[0].text):
            continue  # "a British-built rocket", "a Paris-based firm": where from, not who
        if len(run) == 1 and len(run[0].text.rstrip(".")) == 1 and not is_alias(run[0].text, lexicon):
            continue  # a lone letter: an initial whose name the page cut off ("champions E"), a label
        start, end = run[0].start, run[-1].end
        raw = text[start:end].rstrip(".") if not run[-1].text.isupper() else text[start:end]
        end = start + len(raw)
        spelled = tuple(canonical(_site_named(_POSSESSIVE.sub("", w.text).casefold(), tables), lexicon)
                        for w in run)
        if is_alias(raw, lexicon):
            spelled = (canonical(raw, lexicon),)  # a known entity is one word, however spelled
        words = tuple(_site_named(w.norm, tables) for w in run)
        key = entity.key
        if trimmed:
            key = tables.aliases.get(" ".join(words), " ".join(words))
        around = [*toks[max(0, k - ROLE_WINDOW):k], *toks[j:j + ROLE_WINDOW]]
        context = frozenset(concept(x.norm, lexicon) for x in around
                            if x.norm not in stop and not x.norm[:1].isdigit())
        p = k - 1
        while p >= 0 and toks[p].norm in ("the", "a", "an"):
            p -= 1
        preposition = toks[p].norm if p >= 0 and toks[p].norm in PREPOSITIONS else ""
        if (not preposition and found and found[-1].preposition and text[found[-1].end:start] == ", "
                and " ".join(words) in tables.countries):
            preposition = found[-1].preposition  # "in Vell, Tarnia": the country is where the town is
        sort = _sort(text, toks, k, j, run, lexicon, tables)
        # A verb that names what follows it ("a group called X") speaks only after its subject.
        near = [x.norm for q, x in enumerate(toks[max(0, k - 2):k], start=max(0, k - 2))
                if x.norm not in naming and not _speech_noun(toks, q)]
        near += [x.norm for q, x in enumerate(toks[j:j + 2], start=j) if not _speech_noun(toks, q)]
        speaks = (any(w in speech for w in near) or bool(label and end <= label.end(1))
                  or (credited is not None and start <= credited.start < end))
        # The forms of a name read as it was found are those already given (most names; not
        # one ``_joined`` made of two, whose forms are its last part's).
        same = (id(entity) in read_as_found
                and (raw, start, end, words) == (entity.text, entity.start, entity.end, entity.words))
        forms = {} if same else _forms(raw, words, start, end, text, tables)
        found.append(replace(entity, text=raw, start=start, end=end, words=words, key=key,
                             spelled=spelled, context=context, preposition=preposition, speaks=speaks,
                             sort=sort, **forms))
    return found


_POST_AFTER = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+)?((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)")
"""The words of an apposition right after a name ("Roe, spokesperson of ...", "Roe, the chief
district officer"), in which a post says the name is a person's."""


def _sort(text: str, toks: Sequence[Token], k: int, j: int, run: Sequence[Token], lexicon: Lexicon,
          tables: _Tables) -> str:
    """``Name.sort`` of the name made of ``run`` (tokens ``k`` to ``j``)."""
    if any(t.norm in tables.body_heads for t in run):
        return "body"  # "Vell Rescue Unit", "Bank of Tarnia"
    if j < len(toks) and not toks[j].text[:1].isupper() and is_title(toks[j].text, lexicon) \
            and not text[run[-1].end:toks[j].start].strip():
        return "body"  # "a Tarco spokesperson": a name that holds a post is no person's
    if run and is_title(run[0].text, lexicon) or k > 0 \
            and is_title(toks[k - 1].text, lexicon) and not text[toks[k - 1].end:run[0].start].strip():
        return "person"  # "King X", "Dr X", "fire chief X"
    after = _POST_AFTER.match(text, run[-1].end) if run else None
    if after is not None and any(is_title(w, lexicon) for w in after[1].split()):
        return "person"
    return ""


def _joined(text: str, found: list[Name]) -> list[Name]:
    """Names that only capitalised words part are one name: "Channel Five Morning", "Vice
    Premier He Lifeng" (a number or a pronoun inside a name is part of it)."""
    out: list[Name] = []
    for n in found:
        last = out[-1] if out else None
        gap = text[last.end:n.start] if last else ""
        if (last and not last.possessive and gap.strip() and gap.startswith(" ") and gap.endswith(" ")
                and all(w[:1].isupper() and w.isalpha() for w in gap.split())):
            words = last.words + tuple(w.casefold() for w in gap.split()) + n.words
            out[-1] = replace(n, text=text[last.start:n.end], start=last.start, words=words,
                              key=" ".join(words))
            continue
        out.append(n)
    return out


@functools.lru_cache(maxsize=8)
def _dotless_aliases(lexicon: Lexicon) -> dict[str, str]:
    """The alias table keyed without dots or apostrophe variants: "U.S." and "US" are one key."""
    return {_key(alias): head for alias, head in _tables(lexicon).aliases.items()} | {
        _key(str(alias)): " ".join(_plain(str(group[0])))
        for group in lexicon.table("aliases", "groups", []) for alias in group}


def _key(text: str) -> str:
    return " ".join(text.casefold().replace(".", "").replace("’", "'").split())


def canonical(text: str, lexicon: Lexicon = DEFAULT) -> str:
    """One spelling per entity for a name or a word: its alias group's first name ("U.S.",
    "US" and "Washington" give "united states"), else itself in lower case without dots."""
    key = _key(text)
    return _dotless_aliases(lexicon).get(key, key)


def is_alias(text: str, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether the alias table lists ``text`` (however dotted) as a name of an entity."""
    return _key(text) in _dotless_aliases(lexicon)


def speaker(text: str, found: list[Name], lexicon: Lexicon = DEFAULT) -> Name | None:
    """The name a claim credits its statement to: "said X", "X told", "according to X",
    or a transcript's "X:" at the start of the line."""
    if not found:
        return None  # no name, no speaker (and no label)
    tables = _tables(lexicon)
    label = transcript_label(text, found, lexicon)
    # A speaker the line itself credits outranks the one reading it out:
    # "REPORTER: The mayor, Ana Ruiz, told me the town is gone."
    # A demonym ("the Moroccan authorities said") names no one who speaks, and a news
    # agency relays what someone else says.
    actors = [n for n in found if not n.possessive and n is not label and not n.nation and not n.relays]
    if not actors:
        return label
    for cue in tables.speech.finditer(text):
        if label and cue.start() < label.end:
            continue
        if _CUE_AS_NOUN.search(text, 0, cue.start()) or (
                cue.group().endswith("s") and _PREPOSITION_BEFORE.search(text, 0, cue.start())):
            # "all states and provinces", "the claims", "agreed to talks through X": a noun, no
            # one speaking.
            continue
        after = [n for n in actors if n.start >= cue.end()]
        if (after and cue.group().casefold() not in tables.listener_cues
                and not _where_said(text, after[0])
                # ("X said, wearing a City scarf": a comma after the verb ends "said Y".)
                and not text[cue.end():after[0].start].lstrip().startswith(",")
                and _short_gap(text, cue.end(), after[0].start, found, tables)):
            return after[0]
        before = [n for n in actors if n.end <= cue.start()]
        if before and _short_gap(text, before[-1].end, cue.start(), found, tables, allow_words=1):
            if len(before) > 1 and text[before[-2].end:before[-1].start].strip().casefold() == "of":
                return before[-2]  # "Anita Sorensen of Northfield Medical Center said"
            holder = _post_holder(text, before, cue.start(), lexicon) or _appositive_holder(
                text, before, cue.start(), lexicon)
            if holder is not None:
                return holder
            if _post_of_unnamed(text, before[-1], cue.start(), lexicon):
                continue
            if _led_by_preposition(text, before[-1]):
                # "the judge hearing the suit against X has announced", "officials in X said":
                # the name ends a phrase of the subject, which is no name.
                continue
            return before[-1]
    return label


_NOUN_PREPOSITIONS = ("to", "for", "in", "into", "of", "at", "after", "during", "from", "with", "amid")
"""Prepositions that make a word of speech in "-s" right after them a plural noun ("agreed to
talks", "progress in talks"): a verb in "-s" follows its subject, never a preposition."""
_NOUN_LEADS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", *_NOUN_PREPOSITIONS})
_PREPOSITION_BEFORE = re.compile(r"\b(?:" + "|".join(_NOUN_PREPOSITIONS) + r")\s+\Z", re.IGNORECASE)


def _speech_noun(toks: Sequence[Token], q: int) -> bool:
    """Whether the ``q``-th token is a word of speech in "-s" used as a plural noun, after a
    determiner or a preposition ("talks with X", "the claims of X"): no one speaks."""
    return q > 0 and toks[q].norm.endswith("s") and toks[q - 1].norm in _NOUN_LEADS
_CUE_AS_NOUN = re.compile(r"\b(?:the|a|an|all|both|these|those|many|several|some|other|its|their|his|her|"
                          r"our|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\Z", re.IGNORECASE)
"""A determiner or a number right before a word of speech makes it a noun ("all states", "the
talks", "six claims")."""

_WHERE_SAID = frozenset({"in", "at", "on", "near"})
"""Prepositions that make the name after a speech verb where it was said ("announced in the
Senate", "told reporters at Acme"), not who said it."""


def _where_said(text: str, name: Name) -> bool:
    return _word_leading(text, name) in _WHERE_SAID


def _word_leading(text: str, name: Name) -> str:
    """The word before a name, past an article ("in the X": "in")."""
    lead = [w.casefold() for w in text[:name.start].split()[-2:]]
    if lead[-1:] and lead[-1] in ("the", "a", "an"):
        lead = lead[:-1]
    return lead[-1] if lead else ""


def _post_of_unnamed(text: str, name: Name, cue: int, lexicon: Lexicon) -> bool:
    """Whether the name before a speech verb only qualifies the post of someone unnamed, a
    determiner before it and a post after it ("the Harbour Party leader said"): the holder
    speaks, and the party is no speaker."""
    post = [t.norm.rstrip(".,") for t in tokens(text[name.end:cue])]
    lead = text[:name.start].split()[-1:]
    return (bool(post) and all(w and _is_post_word(w, lexicon) for w in post)
            and bool(lead) and lead[0].casefold() in ("the", "a", "an"))


_PHRASE_ENDING = (PREPOSITIONS - {"of", "for"}) | {"against"}


def _led_by_preposition(text: str, name: Name) -> bool:
    """Whether a preposition leads the name ("against X", "in the X"): the name ends a phrase
    of the subject, it is not the subject. ("X of Y said" credits X; "a spokesman for Y said"
    credits Y, whom the spokesman speaks for.)"""
    return _word_leading(text, name) in _PHRASE_ENDING


_APPOSITIVE_OPENING = re.compile(r",\s+(?:the\s+|an?\s+)?$")


def _post_holder(text: str, before: Sequence[Name], cue: int, lexicon: Lexicon) -> Name | None:
    """Who holds the post that the name before a speech verb only qualifies: in "Jane Roe,
    the Relief Federation Harbour Province coordinator, said", "Harbour Province" is part of
    the post's title, and Jane Roe, named before the post, speaks. None when the name is
    not followed by a post, or no name stands before the post's opening comma."""
    last = before[-1]
    post = [t.norm.rstrip(".,") for t in tokens(text[last.end:cue])]
    if not post or not all(_is_post_word(w, lexicon) for w in post if w):
        return None
    # The post's title opens after a comma; the holder is the name right before it.
    for k in range(len(before) - 1, 0, -1):
        gap = text[before[k - 1].end:before[k].start]
        if _APPOSITIVE_OPENING.match(gap):
            return before[k - 1]
        if not _inside_title(gap):
            return None
    return None


_CLOSING_APPOSITIVE = re.compile(r"^[\w\s'’-]*,\s*$")


def _appositive_holder(text: str, before: Sequence[Name], cue: int, lexicon: Lexicon) -> Name | None:
    """Who holds the post whose title holds the name before a speech verb: in "Jane Roe,
    commander of the navy's Northern District, said", the district is part of the title set off
    by commas, and Jane Roe, named before its opening comma, speaks. None when the name closes
    no such title, or no title word stands in it."""
    last = before[-1]
    if not _CLOSING_APPOSITIVE.match(text[last.end:cue]):
        return None
    opening = text.rfind(",", 0, last.start)
    holder = next((n for n in reversed(before[:-1]) if n.end <= opening), None)
    if opening < 0 or holder is None or text[holder.end:opening].strip():
        return None
    title = [t.norm.rstrip(".,") for t in tokens(text[opening:last.start])]
    return holder if any(w and _is_post_word(w, lexicon) for w in title) else None


def _inside_title(gap: str) -> bool:
    """What may part the names of one post's title: "International Federation of Red Cross
    (IFRC) Harbour" - spaces, brackets, "of", "and", "for", "the"."""
    return all(w in ("of", "and", "for", "the", "&") for w in re.findall(r"[^\s()]+", gap.casefold()))


def _is_post_word(word: str, lexicon: Lexicon) -> bool:
    """A title or post, hyphenated ones part by part ("secretary-general", "vice-chair")."""
    parts = [p for p in word.split("-") if p]
    return bool(parts) and (word in lexicon.compiled(_posts) or all(is_title(p, lexicon) for p in parts))


def transcript_label(text: str, found: list[Name], lexicon: Lexicon = DEFAULT) -> Name | None:
    """The name of a transcript line's "X:" label: who reads the line out, not a name
    in what it says."""
    tables = _tables(lexicon)
    if is_list_item(text):
        return None  # "- Payload: seven satellites": a fact box's field, not a speaker
    head = text.split(":", 1)[0] if ":" in text[:60] else ""
    if not (head and found and found[0].end <= len(head) and head.strip() and not tables.speech.search(head)
            and all(t.norm.rstrip(".") in tables.titles for t in tokens(text[:found[0].start]))):
        return None
    line = text[len(head) + 1:]
    spoken = _spoken(line, lexicon)
    # (A line that credits its words to someone in the third person, "PORT ELLAN: the toll
    # rose to 40, the government said", opens with a dateline, not a speaker.)
    if (_in_capitals(found[0].text) or spoken) and (spoken or not tables.speech.search(line)):
        return found[0]  # "DARNELL PRYCE, CITY COUNCIL: We are ..."
    return None


def _in_capitals(head: str) -> bool:
    letters = [ch for ch in head if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _spoken(line: str, lexicon: Lexicon) -> bool:
    """Whether the line speaks in the first or second person ("We are ready"); "US" in
    capitals is a country, not "us"."""
    pronouns = lexicon.words("entities", "spoken_pronouns")
    return any(t.norm in pronouns and (t.text == "I" or not t.text.isupper()) for t in tokens(line))


def names_an_office(text: str, toks: Sequence[Token], name: Name, lexicon: Lexicon = DEFAULT) -> bool:
    """Whether a name is what a title is of ("Minister of Internal Affairs", "Secretary of the
    Navy"): the office's field or domain, part of how the title is written, and no one who
    fills a role; a person holding the office is named beside it."""
    k = bisect_left([t.start for t in toks], name.start)
    p = k - 1
    while p >= 0 and toks[p].norm in ("the", "a", "an"):
        p -= 1
    return p >= 1 and toks[p].norm == "of" and _capitalised(toks[p - 1]) \
        and is_title(toks[p - 1].text, lexicon)


def in_brackets_after(text: str, first: Name, second: Name) -> bool:
    """Whether ``second`` stands in brackets right after ``first`` ("the ABC (Alpha Beta
    Circle)", "the Centre Democrats (CDP)"): one name glossing the other."""
    return first.end <= second.start and text[first.end:second.start].strip() == "("


def is_title(word: str, lexicon: Lexicon = DEFAULT) -> bool:
    return word.casefold().rstrip(".") in _tables(lexicon).titles


def _short_gap(text: str, start: int, end: int, found: list[Name], tables: _Tables,
               allow_words: int = MAX_GAP_WORDS) -> bool:
    """Only titles, a possessive name and a word or two between a speech verb and a name:
    "said Council member X", "X, Orrin's chief executive, told"."""
    gap = text[start:end]
    if any(p in gap for p in ".;:!?\"“”"):
        return False
    inside = [n for n in found if start <= n.start and n.end <= end]
    if any(not n.possessive for n in inside):
        return False
    words = [t.norm.rstrip(".") for t in tokens(gap)
             if not any(n.start <= start + t.start < n.end for n in inside)]
    other = [w for w in words if w not in tables.titles]
    return len(words) <= MAX_GAP_WORDS and len(other) <= allow_words


__all__ = ["Name", "canonical", "credited_nations", "demonym_place", "in_brackets_after", "is_alias",
           "is_title", "names", "nation_of", "read_names", "speaker", "transcript_label"]
