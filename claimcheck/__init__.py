"""claimcheck: compare news coverage claim by claim and flag where sources disagree.

The command-line tool lives in :mod:`claimcheck.cli`; everything it does is available
as plain functions in :mod:`claimcheck.api`. Heavy modules are imported lazily so
that ``claimcheck --help`` stays fast.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
