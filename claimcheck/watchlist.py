"""claims.yaml: a watchlist of key claims, read and validated with line numbers.

Schema (documented in the README):

    claims:                      # required, a non-empty list
      - id: toll-figure        # required, unique, letters/digits/-/_/.
        text: "The claim."       # required, a non-empty string
        notes: "free text"       # optional string
        expect: {rate: "100%"}   # optional mapping of names to expected values
    lexicon:                     # optional: extends claimcheck/data/<file>.yaml tables
      synonyms: {groups: [[delay, defer]]}

Errors name the line of the offending node (from the YAML node marks), so that a
malformed file gets one line saying where and what was expected.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from claimcheck.errors import WatchlistError
from claimcheck.lexicon import Lexicon, builtin
from claimcheck.limits import MAX_WATCHLIST_CLAIMS, LimitExceeded, compose_yaml, load_yaml

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
"""Matched whole (``fullmatch``): "$" would let an id end in a newline."""
CLAIM_KEYS = frozenset({"id", "text", "notes", "expect"})
TOP_KEYS = frozenset({"claims", "lexicon"})


@dataclass(frozen=True)
class WatchedClaim:
    id: str
    text: str
    notes: str = ""
    expect: dict[str, str] = field(default_factory=dict)
    """Expected values by name, as the user wrote them (informational)."""
    line: int = 0
    """Line of the entry in the file, from 1."""


@dataclass(frozen=True)
class Watchlist:
    claims: tuple[WatchedClaim, ...]
    lexicon: Lexicon
    path: str = ""


def load_watchlist(path: str | os.PathLike[str]) -> Watchlist:
    """Read and validate a claims.yaml file; WatchlistError names the line at fault."""
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise WatchlistError(f"{name}: no such watchlist") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise WatchlistError(f"{name}: cannot read the watchlist: {reason}") from None
    return parse_watchlist(text, name)


def parse_watchlist(text: str, name: str = "claims.yaml") -> Watchlist:
    try:
        root = compose_yaml(text)
    except LimitExceeded as exc:
        raise WatchlistError(f"{name}: too large to read: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise WatchlistError(f"{name}: {where}not valid YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise WatchlistError(f"{name}: not valid YAML ({exc})") from None

    def fail(node: yaml.Node | None, message: str) -> WatchlistError:
        line = f"line {node.start_mark.line + 1}: " if node is not None else ""
        return WatchlistError(f"{name}: {line}{message}")

    if root is None:
        raise fail(None, "the watchlist is empty; expected a mapping with a 'claims' list")
    if not isinstance(root, yaml.MappingNode):
        raise fail(root, "expected a mapping with a 'claims' list at the top level")
    top = _mapping(root, fail)
    for key, (key_node, _) in top.items():
        if key not in TOP_KEYS:
            raise fail(key_node, f"unknown key '{key}'; expected one of: claims, lexicon")
    if "claims" not in top:
        raise fail(root, "missing 'claims': expected a list of claims, each with an id and a text")
    claims_node = top["claims"][1]
    if not isinstance(claims_node, yaml.SequenceNode) or not claims_node.value:
        raise fail(claims_node, "'claims' must be a non-empty list of claims, each with an id and a text")
    if len(claims_node.value) > MAX_WATCHLIST_CLAIMS:
        raise fail(claims_node, f"{len(claims_node.value):,} claims; a watchlist holds at most "
                                f"{MAX_WATCHLIST_CLAIMS:,}")

    claims: list[WatchedClaim] = []
    seen: dict[str, int] = {}
    for entry in claims_node.value:
        claims.append(_claim(entry, seen, fail))

    extensions: dict[str, dict[str, Any]] = {}
    if "lexicon" in top:
        extensions = _lexicon(top["lexicon"][1], fail)
    return Watchlist(tuple(claims), Lexicon(extensions), name)


def _claim(entry: yaml.Node, seen: dict[str, int], fail) -> WatchedClaim:
    """One entry of 'claims'; ``seen`` (id -> line) finds ids given twice."""
    if not isinstance(entry, yaml.MappingNode):
        raise fail(entry, "each claim must be a mapping with 'id' and 'text'")
    fields = _mapping(entry, fail)
    for key, (key_node, _) in fields.items():
        if key not in CLAIM_KEYS:
            raise fail(key_node, f"unknown key '{key}' in a claim; expected id, text, notes, expect")
    for required in ("id", "text"):
        if required not in fields:
            raise fail(entry, f"the claim has no '{required}'")
    claim_id = _identifier(fields["id"][1], fail)
    if not _ID.fullmatch(claim_id):
        raise fail(fields["id"][1], f"id {claim_id!r} must be letters, digits, '-', '_' or '.'")
    if claim_id in seen:
        raise fail(fields["id"][1], f"duplicate id '{claim_id}' (first on line {seen[claim_id]})")
    seen[claim_id] = entry.start_mark.line + 1
    claim_text = _string(fields["text"][1], "text", fail)
    if not claim_text.strip():
        raise fail(fields["text"][1], f"the text of claim '{claim_id}' is empty")
    notes = _string(fields["notes"][1], "notes", fail) if "notes" in fields else ""
    expect = _expect(fields["expect"][1], fail) if "expect" in fields else {}
    return WatchedClaim(claim_id, claim_text.strip(), notes, expect, entry.start_mark.line + 1)


def _expect(node: yaml.Node, fail) -> dict[str, str]:
    """A claim's 'expect': names to single values, e.g. {rate: "12%"}."""
    if not isinstance(node, yaml.MappingNode):
        raise fail(node, "'expect' must be a mapping of names to values, e.g. {rate: \"12%\"}")
    expect: dict[str, str] = {}
    for key, (_, value_node) in _mapping(node, fail).items():
        if not isinstance(value_node, yaml.ScalarNode):
            raise fail(value_node, f"expected value '{key}' must be a single value")
        expect[key] = str(value_node.value)
    return expect


def _mapping(node: yaml.MappingNode, fail) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise fail(key_node, "keys must be plain words")
        if key_node.value in out:
            raise fail(key_node, f"duplicate key '{key_node.value}'")
        out[str(key_node.value)] = (key_node, value_node)
    return out


def _string(node: yaml.Node, what: str, fail) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
        raise fail(node, f"'{what}' must be a string")
    return str(node.value)


_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})


def _identifier(node: yaml.Node, fail) -> str:
    """An id as written: ``id: 7`` or ``id: 1.2`` is the id "7" or "1.2" (YAML reads them as
    numbers, but the user wrote a name); true/false and null are no names."""
    if isinstance(node, yaml.ScalarNode) and node.tag in _NUMBER_TAGS:
        return str(node.value)
    return _string(node, "id", fail)


def _lexicon(node: yaml.Node, fail) -> dict[str, dict[str, Any]]:
    """``lexicon: {file: {table: [...]}}``: files and tables must exist, and each
    extension must have the shape of the table it extends (list or mapping)."""
    if not isinstance(node, yaml.MappingNode):
        raise fail(node, "'lexicon' must be a mapping of data files to tables, "
                         "e.g. {synonyms: {groups: [...]}}")
    extensions: dict[str, dict[str, Any]] = {}
    for file_name, (file_key, tables_node) in _mapping(node, fail).items():
        try:
            tables = builtin(file_name)
        except (FileNotFoundError, ModuleNotFoundError, OSError):
            raise fail(file_key, f"unknown lexicon file '{file_name}'") from None
        if not isinstance(tables_node, yaml.MappingNode):
            raise fail(tables_node,
                       f"lexicon '{file_name}' must be a mapping of table names to lists or mappings")
        extensions[file_name] = {}
        for table, (table_key, value_node) in _mapping(tables_node, fail).items():
            if table not in tables:
                known = ", ".join(sorted(tables))
                raise fail(table_key,
                           f"unknown table '{table}' in lexicon '{file_name}'; expected one of: {known}")
            try:
                value = load_yaml(yaml.serialize(value_node))
            except LimitExceeded as exc:
                raise fail(value_node, f"lexicon table '{file_name}.{table}' is too large: {exc}") from None
            except yaml.YAMLError as exc:  # a tag the safe loader refuses (!!python/object ...)
                problem = getattr(exc, "problem", None) or exc
                raise fail(value_node, f"lexicon table '{file_name}.{table}': {problem}") from None
            both_lists = isinstance(value, list) and isinstance(tables[table], list)
            if type(value) is not type(tables[table]) and not both_lists:
                shape = "a list" if isinstance(tables[table], list) else "a mapping"
                raise fail(value_node, f"lexicon table '{file_name}.{table}' must be {shape}")
            extensions[file_name][table] = value
    return extensions


__all__ = ["Watchlist", "WatchedClaim", "load_watchlist", "parse_watchlist"]
