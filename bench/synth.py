"""Deterministic synthetic news corpora for the benchmark.

A newsroom feed of N articles is many stories, each covered by a few outlets. This
module builds one from the articles in ``seeds/`` and ``tests/corpora/`` read as raw
material, never from text of its own:

- a story takes the sentences of one material article and relexicalises them: each
  content word is mapped, consistently within the story, to another word of the
  material's vocabulary, so that stories are about different things (as real ones are)
  while keeping the language the tool looks at (function words, numbers, dates, units,
  hedges, negations: every word of the built-in lexicon is left alone);
- each article of a story keeps most of the story's sentences and perturbs them the way
  outlets differ: other numbers, other dates and weekdays, synonyms, reordered clauses,
  dropped words, a shuffled order, and noise lines (bylines, captions, promotions).

The same (n, seed) always gives the same files.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MATERIAL_DIRS = (ROOT / "seeds", ROOT / "tests" / "corpora")
DATA = ROOT / "claimcheck" / "data"
PROTECTED_TABLES = ("stopwords", "certainty", "polarity", "dates", "numbers", "units", "synonyms")

_WORDISH = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z0-9])")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w,]*\d)")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_CLAUSE_PIVOT = re.compile(r", (?:and|but|while) |; ")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NOISE_LINES = (
    "Advertisement",
    "Sign up for our newsletter to get the top stories every morning.",
    "Share this article",
    "Read more: {headline}",
    "Related: {headline}",
    "Updated 10:{minute:02d} a.m.",
    "{minute} min read",
    "By {name} {surname}",
    "Photo: {name} {surname} / {agency}",
    "Follow us on social media for the latest updates.",
    "Copyright © 2025 {agency}. All rights reserved.",
)


@dataclass(frozen=True)
class Material:
    articles: tuple[tuple[str, ...], ...]
    """Each material article as its sentences."""
    vocabulary: tuple[str, ...]
    """Lower-case content words the relexicaliser draws from."""
    protected: frozenset[str]
    synonyms: dict[str, tuple[str, ...]]
    """A single word -> the single words of its synonym group."""


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def load_material() -> Material:
    protected: set[str] = set()
    for table in PROTECTED_TABLES:
        for s in _strings(yaml.safe_load((DATA / f"{table}.yaml").read_text(encoding="utf-8"))):
            protected.update(w.casefold() for w in _WORDISH.findall(s))
    protected.update(m.casefold() for m in MONTHS + WEEKDAYS)
    synonyms: dict[str, tuple[str, ...]] = {}
    groups = yaml.safe_load((DATA / "synonyms.yaml").read_text(encoding="utf-8"))["groups"]
    for group in groups:
        single = tuple(str(w) for w in group if " " not in str(w))
        for w in single:
            synonyms.setdefault(w, single)
    articles, vocabulary = [], set()
    for folder in MATERIAL_DIRS:
        for path in sorted(folder.rglob("*.txt")):
            text = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
            sentences = tuple(s.strip() for line in text.splitlines() if line.strip()
                              for s in _SENTENCE_END.split(line.strip()) if s.strip())
            articles.append(sentences)
            for s in sentences:
                vocabulary.update(w.casefold() for w in _WORDISH.findall(s)
                                  if len(w) >= 3 and w.casefold() not in protected)
    return Material(tuple(articles), tuple(sorted(vocabulary)), frozenset(protected), synonyms)


OWN_WORD_SHARE = 0.5
_ONSETS = ("b", "br", "c", "ch", "d", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t",
           "tr", "v", "w", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ea", "ou")
_CODAS = ("", "", "n", "r", "s", "l", "nd", "rt", "ck")


def _pseudo_word(rng: random.Random) -> str:
    syllables = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 3)))
    return syllables + rng.choice(_CODAS)


class _Story:
    """One event: sentences of one material article, relexicalised for this story."""

    def __init__(self, material: Material, rng: random.Random) -> None:
        self.rng = rng
        self.material = material
        self.mapping: dict[str, str] = {}
        pool = [s for article in rng.sample(material.articles, 4) for s in article]
        base = rng.sample(pool, min(len(pool), rng.randint(12, 30)))
        # Material sentences recur across stories; spliced and trimmed, their skeletons
        # stop repeating (different stories rarely share a sentence's shape).
        base = [_reshape(s, rng.choice(pool), rng) for s in base]
        self.sentences = [self._relex(_redraw_numbers(s, rng)) for s in base]
        self.headline = " ".join(self.sentences[0].split()[:8]).rstrip(".,;:")

    def _relex(self, sentence: str) -> str:
        def swap(m: re.Match[str]) -> str:
            word = m.group()
            low = word.casefold()
            if len(word) < 3 or low in self.material.protected:
                return word
            if low not in self.mapping:
                # Names and a share of the other words are the story's own; the rest is
                # the everyday vocabulary that stories share.
                own = word[0].isupper() or self.rng.random() < OWN_WORD_SHARE
                vocabulary = self.material.vocabulary
                self.mapping[low] = _pseudo_word(self.rng) if own else self.rng.choice(vocabulary)
            new = self.mapping[low]
            if word.isupper():
                return new.upper()
            return new.capitalize() if word[0].isupper() else new

        return _WORDISH.sub(swap, sentence)


def _reshape(sentence: str, donor: str, rng: random.Random) -> str:
    """Join the start of a sentence to the end of another, and drop a few words."""
    cuts = [m.end() for m in re.finditer(r", ", sentence)]
    donor_cuts = [m.end() for m in re.finditer(r", ", donor)]
    if cuts and donor_cuts and rng.random() < 0.7:
        sentence = sentence[: rng.choice(cuts)] + donor[rng.choice(donor_cuts):]
    words = sentence.split(" ")
    kept = [w for k, w in enumerate(words) if k == 0 or k == len(words) - 1 or rng.random() > 0.15]
    return " ".join(kept)


def _redraw_numbers(sentence: str, rng: random.Random) -> str:
    """Every figure of a story is its own: same number of digits, another value."""
    def redraw(m: re.Match[str]) -> str:
        return re.sub(r"\d", lambda d: str(rng.randrange(1 if d.start() == 0 else 0, 10)), m.group())

    return _NUMBER.sub(redraw, sentence)


def _perturb(sentence: str, material: Material, rng: random.Random) -> str:
    def number(m: re.Match[str]) -> str:
        raw = m.group()
        if rng.random() > 0.25 or "," in raw:
            return raw
        value = float(raw)
        changed = value * rng.choice((0.5, 0.8, 0.9, 1.1, 1.25, 2.0)) if value else 1.0
        return f"{changed:.1f}" if "." in raw else str(max(1, round(changed)))

    out = _NUMBER.sub(number, sentence)
    for names in (MONTHS, WEEKDAYS):
        for name in names:
            if name in out and rng.random() < 0.15:
                out = out.replace(name, rng.choice(names), 1)

    def synonym(m: re.Match[str]) -> str:
        word = m.group()
        group = material.synonyms.get(word)
        if group is None or rng.random() > 0.3:
            return word
        return rng.choice(group)

    out = _WORDISH.sub(synonym, out)
    pivot = _CLAUSE_PIVOT.search(out)
    if pivot and rng.random() < 0.2:
        head, tail = out[: pivot.start()], out[pivot.end():].rstrip(".")
        if tail:
            out = f"{tail[0].upper()}{tail[1:]}{pivot.group()}{head[0].lower()}{head[1:]}."
    words = out.split(" ")
    if len(words) > 8 and rng.random() < 0.15:
        del words[rng.randrange(1, len(words) - 1)]
        out = " ".join(words)
    return out


def _noise(story: _Story, rng: random.Random) -> str:
    vocab = story.material.vocabulary
    return rng.choice(NOISE_LINES).format(
        headline=story.headline, minute=rng.randrange(2, 59), name=rng.choice(vocab).capitalize(),
        surname=rng.choice(vocab).capitalize(), agency=rng.choice(vocab).capitalize())


def _article(story: _Story, rng: random.Random) -> str:
    sentences = [_perturb(s, story.material, rng) for s in story.sentences[1:] if rng.random() < 0.8]
    for _ in range(len(sentences) // 6):
        k = rng.randrange(max(1, len(sentences) - 1))
        sentences[k:k + 2] = sentences[k:k + 2][::-1]
    lines = [story.headline, _noise(story, rng)]
    k = 0
    while k < len(sentences):
        take = rng.choice((1, 1, 2, 3))
        lines.append(" ".join(sentences[k:k + take]))
        k += take
        if rng.random() < 0.12:
            lines.append(_noise(story, rng))
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 1, per_story: tuple[int, int] = (3, 8),
                 material: Material | None = None) -> list[Path]:
    """Write ``n`` articles as .txt files into ``folder``; stories of ``per_story`` articles."""
    material = material or load_material()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    story_no = 0
    while len(paths) < n:
        size = min(rng.randint(*per_story), n - len(paths))
        if n <= per_story[1]:
            size = n  # a handful of articles is one story, as claimcheck is usually run
        story = _Story(material, random.Random(rng.random()))
        for k in range(size):
            path = folder / f"story{story_no:05d}-outlet{k}.txt"
            path.write_text(_article(story, random.Random(rng.random())), encoding="utf-8")
            paths.append(path)
        story_no += 1
    return paths


# --- the dense feed: one story, many outlets -------------------------------------------------
#
# A monitoring desk on a big day gets thousands of copies and rewrites of one story. The
# template below is invented news prose (no real event). Each slot has a value most outlets
# give and a few rarer ones, so that many sources agree on each point and some disagree;
# {a|b|c} picks one wording, the way rewrites vary their verbs and nouns.

DENSE_HEADLINE = "Flooding forces evacuation of riverside towns in Marrow Valley"
DENSE_STORY = (
    "{Heavy|Torrential|Days of} rain {caused|triggered|set off|brought} flooding {across|in|throughout} the "
    "Marrow Valley on {day}, forcing {evacuated} {residents|people} from their homes.",
    "{The regional emergency agency|Emergency officials|The valley's emergency service} "
    "{said|reported|confirmed} {dead} people had died and {missing} were still missing.",
    "{Water levels on the river|The river} rose by {rise} metres in {hours} hours, "
    "{the highest since {record}|a level not seen since {record}|its highest level since {record}}.",
    "Governor Alva Renko {said|announced|told reporters} the state would spend {fund} million dollars "
    "on {repairs|rebuilding|reconstruction}.",
    "About {homes} homes were {certainty}damaged, {according to officials|officials said|the agency said}.",
    "The dam at Kellow {will|could|may} be opened on {reopen} to {relieve|ease|reduce} pressure on the "
    "{banks|levees|embankments}.",
    "\"We have never seen water move this fast,\" {said|says} Tomas Ivel, the mayor of Dunmere.",
    "Rail services between Dunmere and Hask {were suspended|were halted|stopped} and {roads} roads "
    "{remain|are still|were} closed.",
    "Insurers {estimate|put|expect} the damage at {damage} billion dollars"
    "{| or more|, a preliminary figure}.",
    "Forecasters expect {more} more millimetres of rain {before the weekend|by Saturday|in the coming days}.",
)
# slot -> (the value most outlets give, rarer values); rarer ones are drawn for a few outlets each.
DENSE_SLOTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "day": ("Tuesday", ("Monday",)),
    "evacuated": ("12,000", ("15,000", "9,000")),
    "dead": ("14", ("17",)),
    "missing": ("23", ("30",)),
    "rise": ("4.2", ("3.8",)),
    "hours": ("six", ("eight",)),
    "record": ("1987", ("1978",)),
    "fund": ("250", ("205",)),
    "homes": ("3,400", ("4,300",)),
    "certainty": ("", ("probably ",)),
    "reopen": ("Thursday", ("Friday",)),
    "roads": ("31", ("13",)),
    "damage": ("1.6", ("2.1",)),
    "more": ("80", ("120",)),
}
DENSE_DISSENT = 0.03
"""Share of outlets that give a rarer value for a slot (each slot drawn apart)."""

_CHOICE = re.compile(r"\{([^{}|]*\|[^{}]*)\}")
_SLOT = re.compile(r"\{(\w+)\}")


def _dense_sentence(template: str, values: dict[str, str], rng: random.Random) -> str:
    out = _SLOT.sub(lambda m: values[m.group(1)], template)  # slots first: a choice may hold one
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), out)


def _dense_article(rng: random.Random) -> str:
    values = {slot: rng.choice(rare) if rng.random() < DENSE_DISSENT else usual
              for slot, (usual, rare) in DENSE_SLOTS.items()}
    sentences = [_dense_sentence(t, values, rng) for t in DENSE_STORY if rng.random() < 0.85]
    for _ in range(len(sentences) // 4):  # rewrites move a paragraph up or down
        k = rng.randrange(max(1, len(sentences) - 1))
        sentences[k:k + 2] = sentences[k:k + 2][::-1]
    lines = [DENSE_HEADLINE]
    k = 0
    while k < len(sentences):
        take = rng.choice((1, 1, 2))
        lines.append(" ".join(sentences[k:k + take]))
        k += take
    return "\n\n".join(lines) + "\n"


def write_dense_corpus(folder: Path, n: int, seed: int = 1) -> list[Path]:
    """Write ``n`` articles of one story (``DENSE_STORY``) as .txt files into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(n):
        path = folder / f"dense-outlet{k:05d}.txt"
        path.write_text(_dense_article(random.Random(rng.random())), encoding="utf-8")
        paths.append(path)
    return paths
