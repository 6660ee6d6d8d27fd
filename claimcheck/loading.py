"""Paths -> articles. Owns file discovery, encodings, front matter and what gets skipped.

Nothing the user names is dropped silently: every file passed over is returned as a
``Skipped`` with the reason, and the CLI prints each one.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from claimcheck.errors import InputNotFound, NoArticlesFound
from claimcheck.models import Article, Skipped

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
MAX_BYTES = 64 * 1024 * 1024

# Characters that only change how text looks, mapped so that the same article gives the
# same claims whatever editor or encoding produced it.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000"), " ")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD_ALIASES = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "sitename"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "pubdate", "publication_date"),
}


@dataclass(frozen=True)
class LoadResult:
    """Articles read, and inputs passed over with the reason."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


def load_sources(paths: Sequence[str | os.PathLike[str]], recursive: bool = False) -> LoadResult:
    """Read every article under ``paths`` (files or folders), in a stable order.

    Raises ``InputNotFound`` for a path that does not exist and ``NoArticlesFound``
    when nothing readable remains.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen_ids: dict[str, str] = {}
    for path in _discover(paths, recursive, skipped):
        try:
            article = read_article(path)
        except UnreadableFile as exc:
            skipped.append(Skipped(str(path), str(exc)))
            continue
        if article.id in seen_ids:
            # Two files with one stem would make ambiguous source ids in every export.
            article = _with_unique_id(article, seen_ids)
        seen_ids[article.id] = str(path)
        articles.append(article)
    if not articles:
        names = ", ".join(str(p) for p in paths)
        detail = f" ({len(skipped)} file(s) skipped)" if skipped else ""
        raise NoArticlesFound(f"no readable articles in {names}{detail}", tuple(skipped))
    return LoadResult(tuple(articles), tuple(skipped))


class UnreadableFile(Exception):
    """A file that cannot be used as an article; the message is the reason shown."""


def _discover(paths: Sequence[str | os.PathLike[str]], recursive: bool,
              skipped: list[Skipped]) -> Iterable[Path]:
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputNotFound(f"no such file or folder: {raw}")
        if path.is_dir():
            candidates = _walk(path, recursive, skipped)
        else:
            candidates = [path]
        for candidate in candidates:
            key = candidate.resolve()
            if key in seen:
                continue
            seen.add(key)
            if path.is_dir() and candidate.suffix.lower() not in TEXT_SUFFIXES:
                skipped.append(Skipped(str(candidate), f"unsupported file type '{candidate.suffix or '(none)'}'"))
                continue
            yield candidate


def _walk(folder: Path, recursive: bool, skipped: list[Skipped]) -> list[Path]:
    found: list[Path] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue  # hidden files and folders are never articles
        if entry.is_dir():
            if recursive:
                found.extend(_walk(entry, recursive, skipped))
            else:
                skipped.append(Skipped(str(entry), "folder (use --recursive to read nested folders)"))
        elif entry.is_file():
            found.append(entry)
    return found


def read_article(path: Path) -> Article:
    """One text or Markdown file as an article; raises ``UnreadableFile`` with the reason."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(exc.strerror or str(exc)) from None
    text = decode(data)
    text, meta = split_front_matter(text)
    if not text.strip():
        raise UnreadableFile("empty file")
    return Article(id=path.stem, path=str(path), text=text, **meta)


def decode(data: bytes) -> str:
    """Bytes -> normalised text: BOMs honoured, legacy encodings detected, CRLF folded."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict")
    elif b"\x00" in data[:4096]:
        raise UnreadableFile("binary file (contains NUL bytes)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect_legacy(data)
    return normalise_text(text)


def _detect_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only paid for files that are not UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile("not text in any known encoding")
    return str(best)


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SPACES)
    if sum(1 for ch in text[:4096] if unicodedata.category(ch) == "Cc" and ch not in "\n\t") > 8:
        raise UnreadableFile("binary file (control characters)")
    return text


def split_front_matter(text: str) -> tuple[str, dict[str, object]]:
    """Strip a leading YAML front-matter block; return the body and the known fields.

    The body keeps its own offsets (the block is removed whole), so claim spans
    refer to the article text a reader sees.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return text, {}  # not front matter after all: keep the text as written
    if not isinstance(data, dict):
        return text, {}
    lowered = {str(k).lower(): v for k, v in data.items()}
    meta: dict[str, object] = {}
    for field_name, aliases in _FIELD_ALIASES.items():
        for alias in aliases:
            if lowered.get(alias) not in (None, ""):
                meta[field_name] = lowered[alias]
                break
    if "published" in meta:
        meta["published"] = parse_date(meta["published"])
    for key in ("title", "outlet", "url"):
        if key in meta:
            meta[key] = str(meta[key]).strip()
    return text[match.end():], meta


def parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            return None


def _with_unique_id(article: Article, seen_ids: dict[str, str]) -> Article:
    from dataclasses import replace

    n = 2
    while f"{article.id}-{n}" in seen_ids:
        n += 1
    return replace(article, id=f"{article.id}-{n}")
