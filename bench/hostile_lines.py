"""Time per character of hostile one-line inputs, at n and 4n characters, stage by stage.

    python bench/hostile_lines.py [N]        (default N=6000)

Each line is built from a short invented pattern repeated (figures, spaces, abbreviations,
initials, quotes, dates, ranges ...). For a stage that is linear, the ratio of time per
character between 4N and N stays near 1; one that is quadratic shows ~4 (issue 17).
A perf check, not a test: timings depend on the machine.
"""

from __future__ import annotations

import sys
import time

from claimcheck.annotate import read_fields
from claimcheck.claims import split_claims
from claimcheck.facts import extract_facts
from claimcheck.lexicon import DEFAULT
from claimcheck.models import Article, Claim

PATTERNS = {
    "figures": "12 ",
    "digits-letters": "1a2b",
    "percents": "5% ",
    "ranges": "3-4 ",
    "clock": "10:30 ",
    "spaces": " ",
    "abbreviations": "Dr. Mr. ",
    "initials": "A. B. ",
    "bangs": "?! ",
    "quotes": '"a" ',
    "dates": "May 3, ",
    "ordinals": "3rd ",
    "hyphens": "well-",
    "words": "the board ",
}


def _line(pattern: str, n: int) -> str:
    return ("It said " + pattern * (n // len(pattern) + 1))[:n] + "."


def _time(stage, text: str) -> float:
    start = time.perf_counter()
    stage(text)
    return time.perf_counter() - start


def _split(text: str) -> object:
    return split_claims(Article(id="x", path="x", text=text), DEFAULT)


def _annotate(text: str) -> object:
    return read_fields(Claim(source="x", index=0, text=text, start=0, end=len(text)), DEFAULT)


STAGES = {"split": _split, "facts": extract_facts, "annotate": _annotate}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    print(f"{'line':16}" + "".join(f"{s:>22}" for s in STAGES))
    for name, pattern in PATTERNS.items():
        cells = []
        for stage in STAGES.values():
            small, large = _time(stage, _line(pattern, n)), _time(stage, _line(pattern, 4 * n))
            cells.append(f"{large:8.2f}s x{large / max(small, 1e-6) / 4:5.1f}")
        print(f"{name:16}" + "".join(f"{c:>22}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
