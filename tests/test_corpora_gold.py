"""Consistency checks for the hand-written test corpora and their gold files.

For every ``tests/corpora/<name>.gold.yaml`` (articles in ``tests/corpora/<name>/``):

* every source listed exists as ``<source>.txt`` and every article file is listed;
* every evidence string is a substring of the article text once the YAML front
  matter is removed, compared the way ``shared/eval/score.py`` compares
  (casefold, whitespace runs collapsed, curly quotes and dashes read as ASCII);
* every evidence string lies inside one line and one sentence of its article;
* every must-find item sets at least two sources with different values against
  each other, and every item names only listed sources and accepted kinds;
* no sentence pair of a forbidden item is also a pair with different values of a
  must-find or tolerated item (the scorer counts every pair of a forbidden item);
* every check gives a verdict in {supports, conflicts, partial, absent} for every source.

Only yaml and the standard library are used: the gold must not depend on claimcheck.
"""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from tests.eval.score import norm  # the scorer's own normalisation (a copy of shared/eval/score.py)

CORPORA = Path(__file__).parent / "corpora"
GOLD_FILES = sorted(CORPORA.glob("*.gold.yaml"))

KINDS = {"quantity", "date", "specificity", "polarity", "certainty", "quote", "attribution", "entity"}
VERDICTS = {"supports", "conflicts", "partial", "absent"}
SECTIONS = ("discrepancies", "tolerated", "forbidden")



def strip_front_matter(text: str) -> str:
    """Drop a leading '---' ... '---' YAML block; it is not article text."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return "\n".join(lines[i + 1:])
    return text


# A deliberately simple sentence splitter: a full stop, question or exclamation mark
# (optionally followed by closing quotes/brackets), whitespace, then an uppercase letter
# or an opening quote. Common abbreviations and single-letter initials do not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "sgt", "lt", "col", "gen", "jr",
           "sr", "inc", "co", "corp", "ltd", "no", "vs", "u.s", "u.k", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "e.g", "i.e", "approx"}
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(]?[A-Z])")


def sentences(body: str) -> list[str]:
    out = []
    for line in body.splitlines():
        start = 0
        for m in _BOUNDARY.finditer(line):
            before = line[start:m.start()]
            word = re.search(r"([A-Za-z.]+)$", before)
            if word and m.group(0)[0] == ".":
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREV or len(w) == 1:
                    continue
            out.append(line[start:m.end()])
            start = m.end()
        out.append(line[start:])
    return [norm(s) for s in out if s.strip()]


def load(gold_path: Path) -> tuple[dict, dict[str, str], dict[str, list[str]]]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    folder = CORPORA / gold_path.name[: -len(".gold.yaml")]
    bodies, sents = {}, {}
    for src in gold.get("sources") or []:
        path = folder / f"{src}.txt"
        if path.exists():
            body = strip_front_matter(path.read_text(encoding="utf-8"))
            bodies[src] = body
            sents[src] = sentences(body)
    return gold, bodies, sents


def evidence(entry) -> list[str]:
    ev = entry.get("evidence", []) if isinstance(entry, dict) else [entry]
    return [ev] if isinstance(ev, str) else list(ev)


def items(gold: dict):
    for section in SECTIONS + ("agreements",):
        for item in gold.get(section) or []:
            yield section, item


def sentence_ids(sents: list[str], entry) -> set[int]:
    ids = set()
    for ev in evidence(entry):
        e = norm(ev)
        ids |= {i for i, s in enumerate(sents) if e in s}
    return ids


def test_gold_files_exist():
    assert len(GOLD_FILES) >= 4, "expected at least four test corpora"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_sources_exist(gold_path):
    gold, bodies, _ = load(gold_path)
    sources = gold.get("sources") or []
    assert gold.get("corpus"), "gold needs a corpus name"
    assert len(sources) == len(set(sources)) >= 2
    missing = [s for s in sources if s not in bodies]
    assert not missing, f"sources without an article file: {missing}"
    folder = CORPORA / gold_path.name[: -len(".gold.yaml")]
    unlisted = sorted(p.stem for p in folder.glob("*.txt") if p.stem not in sources)
    assert not unlisted, f"article files not listed as sources: {unlisted}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_evidence_is_in_one_sentence(gold_path):
    gold, bodies, sents = load(gold_path)
    problems = []
    for section, item in items(gold):
        for src, entry in (item.get("claims") or {}).items():
            if src not in bodies:
                problems.append(f"{section}/{item.get('id')}: unknown source {src}")
                continue
            lines = [norm(line) for line in bodies[src].splitlines()]
            evs = evidence(entry)
            if not evs:
                problems.append(f"{section}/{item.get('id')}/{src}: no evidence")
            for ev in evs:
                e = norm(ev)
                if not e:
                    problems.append(f"{section}/{item.get('id')}/{src}: empty evidence")
                elif e not in norm(bodies[src]):
                    problems.append(f"{section}/{item.get('id')}/{src}: not in article: {ev!r}")
                elif not any(e in line for line in lines):
                    problems.append(f"{section}/{item.get('id')}/{src}: spans a line break: {ev!r}")
                elif not any(e in s for s in sents[src]):
                    problems.append(f"{section}/{item.get('id')}/{src}: spans a sentence break: {ev!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_items_are_well_formed(gold_path):
    gold, _, _ = load(gold_path)
    problems, seen = [], set()
    for section, item in items(gold):
        iid = item.get("id")
        if not iid:
            problems.append(f"{section}: item without id")
        if (section, iid) in seen:
            problems.append(f"{section}/{iid}: duplicate id")
        seen.add((section, iid))
        claims = item.get("claims") or {}
        if len(claims) < 2:
            problems.append(f"{section}/{iid}: fewer than two sources")
        if section in SECTIONS:
            kinds = item.get("kind")
            kinds = [kinds] if isinstance(kinds, str) else (kinds or [])
            if not kinds or not set(kinds) <= KINDS:
                problems.append(f"{section}/{iid}: bad kind {kinds}")
            if not item.get("about"):
                problems.append(f"{section}/{iid}: no 'about'")
            if any(not isinstance(e, dict) or e.get("value") is None for e in claims.values()):
                problems.append(f"{section}/{iid}: every claim needs a value")
        if section == "discrepancies":
            values = {norm(e.get("value")) for e in claims.values() if isinstance(e, dict)}
            if len(values) < 2:
                problems.append(f"{section}/{iid}: needs two sources with different values")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_forbidden_pairs_are_not_discrepancy_pairs(gold_path):
    """Every pair of sentences in a forbidden item must be a genuine non-disagreement."""
    gold, _, sents = load(gold_path)
    flagged = []  # (src1, sentences1, src2, sentences2, item id)
    for section in ("discrepancies", "tolerated"):
        for item in gold.get(section) or []:
            claims = item.get("claims") or {}
            for s1, s2 in combinations(sorted(claims), 2):
                if norm(claims[s1].get("value")) == norm(claims[s2].get("value")):
                    continue
                flagged.append((s1, sentence_ids(sents[s1], claims[s1]),
                                s2, sentence_ids(sents[s2], claims[s2]), f"{section}/{item['id']}"))
    problems = []
    for item in gold.get("forbidden") or []:
        claims = item.get("claims") or {}
        for s1, s2 in combinations(sorted(claims), 2):
            f1, f2 = sentence_ids(sents[s1], claims[s1]), sentence_ids(sents[s2], claims[s2])
            for t1, i1, t2, i2, other in flagged:
                if (t1, t2) == (s1, s2) and f1 & i1 and f2 & i2:
                    problems.append(f"forbidden/{item['id']} {s1}/{s2} shares a sentence pair with {other}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_checks_cover_every_source(gold_path):
    gold, _, _ = load(gold_path)
    sources = set(gold.get("sources") or [])
    checks = gold.get("checks") or []
    assert checks, "gold needs checks"
    problems = []
    for check in checks:
        verdicts = check.get("verdicts") or {}
        if not str(check.get("claim") or "").strip():
            problems.append("check without a claim")
        if set(verdicts) != sources:
            problems.append(f"{check.get('claim')!r}: verdicts for {sorted(verdicts)}, "
                            f"sources {sorted(sources)}")
        bad = {s: v for s, v in verdicts.items() if v not in VERDICTS}
        if bad:
            problems.append(f"{check.get('claim')!r}: bad verdicts {bad}")
    assert not problems, "\n".join(problems)
