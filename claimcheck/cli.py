"""Command line: parse arguments, call ``claimcheck.api``, render, exit.

Exit codes (documented in the README):
  0  ran; nothing reached the --fail-on threshold
  1  ran; a discrepancy or verdict reached the --fail-on threshold
  2  usage error (unknown option, bad value)
  3  input error (missing path, no readable articles, fewer than two sources, bad watchlist)
  4  output error (the report could not be written; a reader that closed the pipe early
     ends the run quietly with this code)
  70  internal error: a defect of claimcheck's, not of the input (one line; the traceback
      with CLAIMCHECK_DEBUG=1)
  130, 143  interrupted by SIGINT, SIGTERM (workers ended, no partial report left)
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck import __version__
from claimcheck.filtering import DEFAULT_MIN_CONFIDENCE

app = typer.Typer(
    name="claimcheck",
    help="Compare news coverage of one event: match claims across sources and flag where they disagree.",
    no_args_is_help=True,
    add_completion=False,
    # Plain click help: rich's help panels import markdown-it and friends, doubling the
    # start-up of `claimcheck --help` (0.13 s -> 0.07 s measured).
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class FormatChoice(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    csv = "csv"
    html = "html"


class KindChoice(str, Enum):
    quantity = "quantity"
    date = "date"
    specificity = "specificity"
    polarity = "polarity"
    certainty = "certainty"
    quote = "quote"
    attribution = "attribution"
    entity = "entity"


class VerdictChoice(str, Enum):
    conflicts = "conflicts"
    partial = "partial"
    absent = "absent"


class SeverityChoice(str, Enum):
    conflict = "conflict"
    refinement = "refinement"
    wording = "wording"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """Compare news coverage of one event: match claims across sources and flag where they disagree."""


def _err(message: str) -> None:
    # stderr closed or gone: the exit code is all that is left to say it with.
    from claimcheck.limits import visible

    with contextlib.suppress(OSError, ValueError, AttributeError):
        typer.echo(f"claimcheck: {visible(message)}", err=True)


def _fail(exc: Exception, code: int) -> typer.Exit:
    _err(f"error: {exc}")
    return typer.Exit(code)


def _warn_skipped(skipped) -> None:
    for s in skipped:
        _err(f"warning: skipped {s.path}: {s.reason}")


def _resolve_format(fmt: Optional[FormatChoice], output: Optional[Path]):
    from claimcheck.render import OutputFormat

    if fmt is not None:
        return OutputFormat(fmt.value)
    if output is not None:
        inferred = OutputFormat.from_path(output)
        if inferred is None:
            raise typer.BadParameter(f"cannot tell the format from '{output.name}'; add --format",
                                     param_hint="'--output'")
        return inferred
    return OutputFormat.TERMINAL


def _use_color(no_color: bool, output: Optional[Path]) -> bool:
    if no_color or output is not None or os.environ.get("NO_COLOR"):
        return False
    return _is_terminal(sys.stdout)


def _is_terminal(stream) -> bool:
    # A stream closed before the run began is None (or raises): not a terminal.
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class _ReaderGone(Exception):
    """stdout's reader closed the pipe (``| head``): it has what it wanted, nothing to say."""


def _write(text: str, output: Optional[Path]) -> None:
    from claimcheck.errors import OutputError

    if output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
            raise _ReaderGone from None
        except OSError as exc:
            _silence_stdout()
            raise OutputError(f"cannot write the report to standard output: {exc.strerror or exc}") from None
        except (ValueError, AttributeError):  # closed before the run began (sys.stdout is None)
            raise OutputError("cannot write the report: standard output is closed") from None
        return
    try:
        _replace_atomically(output, text.encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    # What could not be written stays in the buffer; flushing it again at exit would raise.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _replace_atomically(target: Path, data: bytes) -> None:
    """The whole report or nothing: written to a temporary file beside ``target`` and renamed
    over it, so that a full disk, a signal or a second run writing the same file never leaves
    a partial report (the old file, if any, stays until the new one is complete). A target
    that is not a regular file (a FIFO, /dev/stdout) is written in place: it cannot be renamed over."""
    if target.exists() and not target.is_file():
        with open(target, "wb") as stream:
            stream.write(data)
        return
    target = Path(os.path.realpath(target))  # a link to a report: replace the report, keep the link
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes 0600: keep the mode of the report replaced, or make it as any new file.
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


PATHS_HELP = "Articles: files, folders, globs, or - for stdin (.txt .md .html .json .jsonl)."
PathsArg = Annotated[list[Path], typer.Argument(help=PATHS_HELP, show_default=False)]
FormatOpt = Annotated[Optional[FormatChoice], typer.Option(
    "--format", "-f", help="Output format \\[default: terminal, or from the -o file's extension].",
    case_sensitive=False, show_default=False)]
OutputOpt = Annotated[Optional[Path], typer.Option(
    "--output", "-o", help="Write the report to FILE instead of stdout.", dir_okay=False, show_default=False)]
RecursiveOpt = Annotated[bool, typer.Option("--recursive", "-r", help="Read nested folders too.")]
NoColorOpt = Annotated[bool, typer.Option(
    "--no-color", help="Plain text, no colours (also set by NO_COLOR).")]


@app.command()
# Each parameter is a command-line option (typer), so the count is the CLI's, not a design smell.
def compare(  # noqa: PLR0913, PLR0917
    paths: PathsArg,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    recursive: RecursiveOpt = False,
    fail_on: Annotated[Optional[SeverityChoice], typer.Option(
        "--fail-on", help="Exit 1 when a discrepancy at least this severe is found.", case_sensitive=False,
        show_default=False)] = None,
    no_color: NoColorOpt = False,
    kind: Annotated[Optional[list[KindChoice]], typer.Option(
        "--kind", "-k", help="Show only discrepancies of this kind (repeat for several).",
        case_sensitive=False, show_default=False)] = None,
    min_severity: Annotated[Optional[SeverityChoice], typer.Option(
        "--min-severity", help="Show only discrepancies at least this severe.", case_sensitive=False,
        show_default=False)] = None,
    conflicts_only: Annotated[bool, typer.Option(
        "--conflicts-only", help="Show only conflicts (same as --min-severity conflict).")] = False,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Hide discrepancies less sure than this (0-1); 0 shows all.")] = DEFAULT_MIN_CONFIDENCE,
    one_story: Annotated[bool, typer.Option(
        "--one-story", help="Take every article as one story (do not group the feed into stories).")
    ] = False,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", metavar="ADDRESS",
        help="Compare the stories on Dask: a scheduler's address, or 'local' for local workers.",
        show_default=False)] = None,
) -> None:
    """Report every discrepancy between the sources under PATHS."""
    from claimcheck import api
    from claimcheck.errors import ClaimcheckError
    from claimcheck.filtering import DiscrepancyFilter, filter_report
    from claimcheck.models import Severity
    from claimcheck.render import renderer_for

    output_format = _resolve_format(fmt, output)
    shown = DiscrepancyFilter.build([k.value for k in kind or ()],
                                    min_severity.value if min_severity else None, conflicts_only,
                                    min_confidence)
    try:
        articles, skipped = api.load(paths, api.CompareOptions(recursive=recursive))
        _warn_skipped(skipped)
        with _progress(len(articles)) as progress:
            options = api.CompareOptions(recursive=recursive, stories=not one_story, scheduler=scheduler)
            report = api.compare_articles(articles, options, skipped, progress)
        _warn_skipped(report.skipped[len(skipped):])  # sentences too long to be read
        renderer = renderer_for(output_format, color=_use_color(no_color, output), width=_width())
        report = filter_report(report, shown)
        _write(renderer.render(report), output)
    except ClaimcheckError as exc:
        _warn_skipped(getattr(exc, "skipped", ()))
        raise _fail(exc, exc.exit_code) from None
    except _ReaderGone:
        raise typer.Exit(4) from None
    if fail_on is not None:
        threshold = Severity(fail_on.value).rank
        if any(d.severity.rank <= threshold for d in report.discrepancies):
            raise typer.Exit(1)


@app.command()
def check(
    claim: Annotated[Optional[str], typer.Argument(help="The claim to check (omit with --claims).",
                                                   show_default=False)] = None,
    paths: Annotated[Optional[list[Path]], typer.Argument(help=PATHS_HELP,
                                                          show_default=False)] = None,
    claims_file: Annotated[Optional[Path], typer.Option(
        "--claims", help="Check every claim of a claims.yaml watchlist.", dir_okay=False,
        show_default=False)] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    recursive: RecursiveOpt = False,
    fail_on: Annotated[Optional[VerdictChoice], typer.Option(
        "--fail-on", help="Exit 1 when a verdict is this bad or worse (conflicts < partial < absent).",
        case_sensitive=False, show_default=False)] = None,
    no_color: NoColorOpt = False,
) -> None:
    """Check a claim (or a watchlist) against each source: supports, conflicts, partial or absent."""
    from claimcheck import api
    from claimcheck.errors import ClaimcheckError
    from claimcheck.models import Skipped, Verdict
    from claimcheck.render import renderer_for

    if claims_file is not None and claim is not None:
        paths = [Path(claim), *(paths or [])]  # with --claims, every argument is a path
    if not paths:
        raise typer.BadParameter("give the articles to check against", param_hint="'PATHS...'")
    if claims_file is None and claim is None:
        raise typer.BadParameter("give a CLAIM or --claims FILE", param_hint="'CLAIM'")
    output_format = _resolve_format(fmt, output)
    try:
        texts, ids, options = api.claims_to_check(claim, claims_file, api.CompareOptions(recursive=recursive))
        articles, skipped = api.load(paths, options)
        _warn_skipped(skipped)
        unread: list[Skipped] = []
        results = api.check_articles(texts, articles, options, ids, skipped=unread)
        _warn_skipped(unread)  # sentences too long to be read
        renderer = renderer_for(output_format, color=_use_color(no_color, output), width=_width())
        _write(renderer.render_checks(results), output)
    except ClaimcheckError as exc:
        _warn_skipped(getattr(exc, "skipped", ()))
        raise _fail(exc, exc.exit_code) from None
    except _ReaderGone:
        raise typer.Exit(4) from None
    if fail_on is not None:
        worst = list(Verdict).index(Verdict(fail_on.value))
        if any(list(Verdict).index(v.verdict) <= worst for r in results for v in r.verdicts):
            raise typer.Exit(1)


def _width() -> int:
    try:
        return max(60, min(os.get_terminal_size().columns, 120))
    except OSError:
        return 100


def _progress(sources: int):
    """A bar on stderr when a person is watching it; a no-op otherwise (pipes, CI, tests)."""
    from contextlib import nullcontext

    if not _is_terminal(sys.stderr) or os.environ.get("CI"):
        return nullcontext(lambda stage, done, total: None)
    from claimcheck.render.progress import ProgressBar

    return ProgressBar(sources)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the `compare --format json` report."""
    from claimcheck.errors import ClaimcheckError
    from claimcheck.render.json import report_schema

    try:
        _write(report_schema(), None)
    except ClaimcheckError as exc:
        raise _fail(exc, exc.exit_code) from None
    except _ReaderGone:
        raise typer.Exit(4) from None


class Interrupted(BaseException):
    """SIGINT or SIGTERM reached the command line. Not a KeyboardInterrupt, which click turns
    into "Aborted!" with exit 1: the run ends with one line and 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


INTERNAL_ERROR = 70
"""Exit code of a defect met on some input (EX_SOFTWARE of sysexits.h)."""


def _on_signal(signum: int, _frame: object) -> None:
    raise Interrupted(signum)


def main() -> None:
    """Console-script entry point.

    Once the answer is written, the process ends without tearing down what it built: on a
    large run, freeing every claim and fact one by one takes longer than some stages (0.3 s
    of 6 at 500 articles), and nothing is left to clean up: pools are closed, output flushed.
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _on_signal)
    try:
        app()
        code = 0
    except Interrupted as stop:
        # Worker pools end their processes on the way out (parallel.pool); -o leaves no part file.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _err("interrupted" if stop.signum == signal.SIGINT else "terminated")
        code = 128 + stop.signum
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        if done.code is not None and not isinstance(done.code, int):
            _err(str(done.code))
    except Exception as exc:
        # A defect of ours met on some input: the user is owed one line that says so, and a
        # way to see what a bug report needs, not a screen of frames.
        if os.environ.get("CLAIMCHECK_DEBUG"):
            import traceback

            traceback.print_exc()
        else:
            _err(f"internal error: {type(exc).__name__}: {exc} "
                 "(a defect of claimcheck, not of the input; CLAIMCHECK_DEBUG=1 shows the traceback)")
        code = INTERNAL_ERROR
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # a closed pipe, a closed or missing stream
        code = code or 4
    os._exit(code)
