"""Exceptions the library raises; the CLI turns each into one line on stderr."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: something the user gave cannot be used. The message is shown as is."""

    exit_code = 3


class InputNotFound(ClaimcheckError):
    """A path given on the command line does not exist."""


class NoArticlesFound(ClaimcheckError):
    """The paths given hold no readable article."""

    def __init__(self, message: str, skipped: tuple = ()) -> None:
        super().__init__(message)
        self.skipped = skipped
        """The inputs passed over, so that the user is told why each was not used."""


class TooManySources(ClaimcheckError):
    """More articles than one run reads (``limits.MAX_ARTICLES``)."""


class TooFewSources(ClaimcheckError):
    """Comparing needs at least two readable sources."""


class WatchlistError(ClaimcheckError):
    """A claims.yaml watchlist is missing, malformed or fails validation."""


class BadClaim(ClaimcheckError):
    """A claim to check is empty or has no content words."""


class OutputError(ClaimcheckError):
    """The report could not be written where asked."""

    exit_code = 4


class MissingExtra(ClaimcheckError):
    """An option needs an optional dependency that is not installed: a usage error."""

    exit_code = 2
