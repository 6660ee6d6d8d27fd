"""Language knowledge as data: YAML files in ``claimcheck/data``, extendable from claims.yaml.

Each file is a mapping of named tables (lists or mappings). A ``Lexicon`` is the
built-in tables merged with the user's extensions: lists are extended, mappings are
updated key by key, so a watchlist can add a synonym without restating the rest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any, TypeVar

import yaml

DATA_PACKAGE = "claimcheck.data"
_T = TypeVar("_T")


@functools.cache
def builtin(name: str) -> dict[str, Any]:
    """The built-in tables of ``data/<name>.yaml`` (read once per process)."""
    text = resources.files(DATA_PACKAGE).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    # libyaml's parser, where PyYAML has it, reads the tables ten times faster (90 -> 10 ms
    # a process for all of them), into the same values: tests/test_fast_paths.py checks.
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    if not isinstance(data, dict):
        raise ValueError(f"data/{name}.yaml must hold a mapping of tables")
    return data


def merge(base: Any, extra: Any) -> Any:
    """Extend lists, update mappings recursively, let scalars in ``extra`` win."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


class Lexicon:
    """Built-in language tables plus user extensions, looked up by file and table name."""

    def __init__(self, extensions: dict[str, dict[str, Any]] | None = None) -> None:
        self._extensions = extensions or {}
        self._cache: dict[str, dict[str, Any]] = {}
        self._word_sets: dict[str, frozenset[str]] = {}
        self._compiled: dict[Callable[[Lexicon], Any], Any] = {}
        self._fingerprint = tuple(sorted((k, repr(v)) for k, v in self._extensions.items()))

    def tables(self, name: str) -> dict[str, Any]:
        """All tables of one data file, with extensions applied."""
        if name not in self._cache:
            self._cache[name] = merge(builtin(name), self._extensions.get(name, {}))
        return self._cache[name]

    def table(self, name: str, table: str, default: Any = None) -> Any:
        return self.tables(name).get(table, default)

    def words(self, name: str, table: str) -> frozenset[str]:
        """A list table as a set of lower-case phrases, built once: detectors ask for
        their word lists on every claim and pair."""
        key = f"{name}/{table}"
        if key not in self._word_sets:
            self._word_sets[key] = frozenset(str(w).casefold() for w in self.table(name, table, []))
        return self._word_sets[key]

    def compiled(self, build: Callable[[Lexicon], _T]) -> _T:
        """What ``build`` makes of these tables (a pattern, a map), made once per lexicon:
        the typed form a stage reads, instead of looking tables up by name on every claim."""
        try:
            return self._compiled[build]
        except KeyError:
            value = self._compiled[build] = build(self)
            return value

    def __getstate__(self) -> dict[str, Any]:
        # Worker processes build their own compiled forms: patterns need not travel.
        state = dict(self.__dict__)
        state["_compiled"] = {}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # A lexicon arrives anew with every task of a distributed run (a Dask task pickles its
        # arguments): one with the same tables as one met before in this process shares what
        # that one built, so the tables are compiled once a worker, not once a task.
        self.__dict__.update(state)
        self._cache, self._word_sets, self._compiled = _BUILT.setdefault(
            self._fingerprint, (self._cache, self._word_sets, self._compiled))

    def phrases(self, *tables: tuple[str, str]) -> re.Pattern[str] | None:
        """Any phrase of the given (file, table) lists as whole words (``phrase_pattern``),
        made once per lexicon; None when the tables are empty."""
        made = self.compiled(_phrase_patterns)
        if tables not in made:
            found = {str(p) for name, table in tables for p in (self.table(name, table, []) or [])}
            made[tables] = phrase_pattern(found) if found else None
        return made[tables]

    @property
    def fingerprint(self) -> tuple:
        """What the lexicon adds to the built-in tables, in a stable, hashable form.

        A lexicon is hashed and compared by identity, not by this: it keys every word-level
        cache (stems, synonym groups, value relations), which hash it hundreds of thousands
        of times a run, and the identity hash is computed in C. A run makes one lexicon, and
        each worker process is given its own once (``parallel.pool``), so an equal copy
        that misses those caches is only ever slower, never wrong."""
        return self._fingerprint


def phrase_pattern(phrases: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Any of the phrases as whole words, the longest first, a space in one matching any
    run of spaces."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(r"\b(?:" + alternatives + r")\b", flags)


def _phrase_patterns(lexicon: Lexicon) -> dict[tuple[tuple[str, str], ...], re.Pattern[str] | None]:
    return {}


DEFAULT = Lexicon()

_Built = tuple[dict[str, dict[str, Any]], dict[str, frozenset[str]], dict[Callable[[Lexicon], Any], Any]]
_BUILT: dict[tuple, _Built] = {DEFAULT.fingerprint: (DEFAULT._cache, DEFAULT._word_sets, DEFAULT._compiled)}
"""What each lexicon unpickled in this process shares with the ones of the same tables."""
