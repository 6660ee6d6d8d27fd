"""Paths -> articles. Owns finding the inputs, what gets skipped, and duplicate articles.

Nothing the user names is dropped silently: every input passed over is returned as a
``Skipped`` with the reason, and the CLI prints each one. Hidden files in a folder are
the one exception: they are never articles. Reading each format is ``claimcheck.readers``.
"""

from __future__ import annotations

import errno
import glob
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from claimcheck.duplicates import drop_duplicates
from claimcheck.errors import InputNotFound, NoArticlesFound, TooManySources
from claimcheck.limits import MAX_ARTICLES, oversized_article, visible
from claimcheck.models import Article, Skipped
from claimcheck.readers import (  # noqa: F401  (re-exported: the loading API before readers existed)
    MAX_BYTES,
    SUFFIXES,
    Format,
    UnreadableFile,
    decode,
    format_for,
    normalise_text,
    parse_date,
    read,
    sniff,
    split_front_matter,
)

TEXT_SUFFIXES = frozenset(SUFFIXES)
"""Every suffix read from a folder; other files there are skipped with the reason."""
STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class LoadResult:
    """Articles read, and inputs passed over with the reason."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class _Input:
    path: Path | None
    """None for standard input."""
    display: str
    """How the input is named to the user (printable even for a non-UTF-8 file name)."""
    stem: str
    fmt: Format | None
    """None: tell from the content."""


def load_sources(paths: Sequence[str | os.PathLike[str]], recursive: bool = False, *,
                 dedupe: bool = True, stdin: BinaryIO | None = None) -> LoadResult:
    """Read every article under ``paths`` (files, folders, globs, ``-`` for stdin), in a stable order.

    A second copy of an article (the same text, or a syndicated copy with a few lines
    changed) is skipped as a duplicate of the first unless ``dedupe`` is False.
    Raises ``InputNotFound`` for a path that does not exist and ``NoArticlesFound``
    when nothing readable remains.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen_ids: set[str] = set()
    for item in _discover(paths, recursive, skipped):
        try:
            data = _read_bytes(item, stdin)
            got = read(data, item.fmt or sniff(data), item.stem, item.display)
        except UnreadableFile as exc:
            skipped.append(Skipped(item.display, str(exc)))
            continue
        skipped.extend(got.skipped)
        for found in got.articles:
            too_large = oversized_article(found.text)
            if too_large is not None:
                skipped.append(Skipped(found.path, too_large))
                continue
            if len(articles) == MAX_ARTICLES:
                # Stopped as the bound is passed, before the rest is read into memory.
                raise TooManySources(f"more than {MAX_ARTICLES:,} articles in one run (the limit): "
                                     "compare one story's coverage at a time")
            # Two files with one stem would make ambiguous source ids in every export.
            article = _with_unique_id(found, seen_ids) if found.id in seen_ids else found
            seen_ids.add(article.id)
            articles.append(article)
    if dedupe:
        articles, duplicates = drop_duplicates(articles)
        skipped.extend(duplicates)
    if not articles:
        names = ", ".join(_printable(os.fspath(p)) for p in paths)
        detail = f" ({len(skipped)} skipped)" if skipped else ""
        raise NoArticlesFound(f"no readable articles in {names}{detail}", tuple(skipped))
    return LoadResult(tuple(articles), tuple(skipped))


def _read_bytes(item: _Input, stdin: BinaryIO | None) -> bytes:
    if item.path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise UnreadableFile(f"too large (over {MAX_BYTES // (1024 * 1024)} MB)")
        return data
    try:
        size = item.path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(f"too large ({size // (1024 * 1024)} MB; "
                                 f"the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        return item.path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(_os_reason(exc)) from None


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT:
        return "broken symlink (its target does not exist)"
    if exc.errno == errno.EISDIR:
        return "a folder"
    return (exc.strerror or str(exc)).lower() if exc.strerror else str(exc)


def _discover(paths: Sequence[str | os.PathLike[str]], recursive: bool,
              skipped: list[Skipped]) -> Iterable[_Input]:
    seen: set[str] = set()
    for raw in paths:
        text = os.fspath(raw)
        if text == STDIN:
            if STDIN not in seen:
                seen.add(STDIN)
                yield _Input(None, STDIN, "stdin", None)
            continue
        for path in _expand(text, recursive):
            if path.is_dir():
                candidates = _walk(path, recursive, skipped, set())
                named = False
            else:
                candidates = [path]
                named = True
            for candidate in candidates:
                key = _key(candidate)
                if key in seen:
                    continue
                seen.add(key)
                if named:
                    yield _named_file(candidate)
                elif format_for(candidate.suffix) is None:
                    suffix = _printable(candidate.suffix) or "(none)"
                    skipped.append(Skipped(_printable(str(candidate)), f"unsupported file type '{suffix}'"))
                else:
                    yield _named_file(candidate)


def _expand(text: str, recursive: bool) -> list[Path]:
    """The path itself, or what a glob pattern matches (for shells that pass patterns on)."""
    path = Path(text)
    if path.exists() or path.is_symlink():
        return [path]
    if _GLOB_CHARS & set(text):
        matches = sorted(glob.glob(text, recursive=recursive))
        if matches:
            return [Path(m) for m in matches]
        raise InputNotFound(f"no files match {_printable(text)}")
    raise InputNotFound(f"no such file or folder: {_printable(text)}")


def _named_file(path: Path) -> _Input:
    # A file named on the command line is read whatever its suffix: the user chose it.
    return _Input(path, _printable(str(path)), _printable(path.stem), format_for(path.suffix))


def _walk(folder: Path, recursive: bool, skipped: list[Skipped], visiting: set[str]) -> list[Path]:
    visiting = visiting | {_key(folder)}
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        skipped.append(Skipped(_printable(str(folder)), _os_reason(exc)))
        return []
    found: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden files and folders are never articles
        shown = _printable(str(entry))
        if entry.is_dir():
            if not recursive:
                skipped.append(Skipped(shown, "folder (use --recursive to read nested folders)"))
            elif _key(entry) in visiting:
                skipped.append(Skipped(shown, "symlink loop (links back to a folder being read)"))
            else:
                found.extend(_walk(entry, recursive, skipped, visiting))
        elif entry.is_file():
            found.append(entry)
        elif entry.is_symlink():
            try:
                entry.stat()
                skipped.append(Skipped(shown, "not a regular file"))
            except OSError as exc:
                skipped.append(Skipped(shown, _os_reason(exc)))
        else:
            skipped.append(Skipped(shown, "not a regular file"))
    return found


def _key(path: Path) -> str:
    try:
        return str(path.resolve(strict=True))
    except (OSError, RuntimeError):
        return str(path.absolute())  # a loop or broken link: it will be skipped with its reason


def _printable(text: str) -> str:
    """A file name as text: bytes that are not UTF-8 become U+FFFD instead of breaking output,
    and control characters are written out as escapes (a name is shown, never acted on)."""
    try:
        return visible(text.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    except UnicodeEncodeError:
        return visible(text.encode("utf-8", "replace").decode("utf-8"))


def _with_unique_id(article: Article, seen_ids: set[str]) -> Article:
    n = 2
    while f"{article.id}-{n}" in seen_ids:
        n += 1
    return replace(article, id=f"{article.id}-{n}")
