"""Bounds on what untrusted input may make the tool build, in one place.

Articles come from the open web and watchlists from anyone: every structure read from
them (YAML front matter, a watchlist and its lexicon) is bounded here, so that a small
file cannot grow into gigabytes or recurse until the interpreter fails. Going over a
bound is a ``LimitExceeded`` whose message names the bound; readers turn it into a named
skip, the watchlist into a one-line error.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

MAX_YAML_DEPTH = 64
"""Nesting of YAML collections: front matter is flat and a watchlist's lexicon three or four
levels deep; deeper, composing (which recurses) would fail with a RecursionError."""
MAX_YAML_NODES = 200_000
"""Nodes of a YAML document counted with every alias expanded: an alias bomb (nine aliases
of nine aliases ...) is a few hundred bytes that expand to a billion nodes."""
MAX_SENTENCE_CHARS = 2_000
"""Characters of one sentence that is read: the longest sentence of prose in a news article
is a few hundred characters; a longer one is a table, a list or a run of figures written
without a stop, which no reading of prose fits and which every stage of the reading would
go through (matching, comparing). It is kept as a claim with nothing read in it (never
compared nor checked) and named as a skip (``overlong_sentence``)."""
MAX_SEGMENTED_CHARS = 10_000
"""Characters of a line given to the sentence segmenter (pySBD) at once: its abbreviation
rules rewrite the whole line once per abbreviation, time growing with the square of a line
("Dr. Mr. Dr. ..."). A longer line (a paragraph of prose is a few thousand) is first cut
where a sentence plainly ends (``claims._chunks``); a stretch of it this long with no such
end is not prose, and becomes one sentence, named as too long (``overlong_sentence``)."""
MAX_ARTICLE_CHARS = 2_000_000
"""Characters of one article: a long news feature is some tens of thousands, a whole book a
few million; a larger text is a dump, not one report of an event, and is skipped by name
(``oversized_article``) rather than read for minutes."""
MAX_ARTICLES = 20_000
"""Articles in one run: a day's feed of a monitoring desk is a few thousand, and the bench
runs 5,000 (issue 19 asks for 20,000); past this, the run ends with one line
(``errors.TooManySources``) instead of growing for minutes and gigabytes."""
MAX_WATCHLIST_CLAIMS = 2_000
"""Claims in one watchlist: each is checked against every sentence of every source, and a
list longer than this is a corpus, not a watchlist."""


def overlong_sentence(text: str) -> str | None:
    """Why a sentence is not read (a skip's reason), or None where it is read."""
    if len(text) <= MAX_SENTENCE_CHARS:
        return None
    return (f"a sentence of {len(text):,} characters (the limit is {MAX_SENTENCE_CHARS:,}) "
            "is not prose: it is not compared or checked")


def oversized_article(text: str) -> str | None:
    """Why an article is not read (a skip's reason), or None where it is read."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return f"an article of {len(text):,} characters (the limit is {MAX_ARTICLE_CHARS:,}): not one news report"


class LimitExceeded(ValueError):
    """Input that goes over one of the bounds above; the message says which."""


class BoundedLoader(yaml.SafeLoader):
    """The safe loader (no Python object tags), refusing deep nesting and alias expansion
    beyond the bounds above, counted as the document is composed (before anything grows)."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._depth = 0
        self._sizes: dict[int, int] = {}
        """Expanded node count of each composed node, by id (nodes live as long as the loader)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        if self._depth > MAX_YAML_DEPTH:
            raise LimitExceeded(f"nested more than {MAX_YAML_DEPTH} levels deep")
        try:
            node: Any = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        key = id(node)
        if key not in self._sizes:  # an alias gives back its anchor's node, already counted
            size = 1
            for child in _children(node):
                size += self._sizes.get(id(child), 1)
            self._sizes[key] = size
            if size > MAX_YAML_NODES:
                raise LimitExceeded(f"more than {MAX_YAML_NODES:,} values once its aliases are expanded")
        return node


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def load_yaml(text: str) -> Any:
    """A YAML document as Python values, within the bounds above."""
    return yaml.load(text, Loader=BoundedLoader)  # noqa: S506  (a subclass of the safe loader)


def compose_yaml(text: str) -> yaml.Node | None:
    """A YAML document as nodes (with their line numbers), within the bounds above."""
    return yaml.compose(text, Loader=BoundedLoader)


UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What a terminal or a viewer acts on instead of showing: C0 controls but tab and line feed
(ESC opens every CSI/OSC/DCS sequence: clearing the screen, retitling the window, forging a
link), DEL, the C1 controls (0x9b is CSI by itself) and the bidirectional overrides and
isolates, which reorder what is shown."""


def visible(text: str) -> str:
    """``text`` with every unsafe character written out as an escape (ESC as ``\\x1b``), so
    that a file name or an id is shown as it is, never acted on. Tab and newline escaped too:
    a name is one line."""
    return _VISIBLE_UNSAFE.sub(_escaped, text) if _VISIBLE_UNSAFE.search(text) else text


_VISIBLE_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
