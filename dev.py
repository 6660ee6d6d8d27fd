#!/usr/bin/env python3
"""Set up a virtual environment in .venv and run claimcheck or its tests.

    python3 dev.py compare [ARGS...]   set up, then `claimcheck compare seeds/` (or ARGS)
    python3 dev.py test [PYTEST ARGS]  set up with the test extra, then lint (ruff check),
                                       type-check (mypy) and run the test suite; stops at
                                       the first that fails
    python3 dev.py bench [ARGS...]     set up, then run bench/bench.py

Needs only Python 3.11+ and network access to PyPI. Re-running is cheap: the install
step is skipped while pyproject.toml is unchanged.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def python() -> str:
    return str(BIN / ("python.exe" if os.name == "nt" else "python"))


def ensure_env(extras: str = "test") -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"claimcheck needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not (BIN / "python").exists() and not (BIN / "python.exe").exists():
        print("dev.py: creating .venv", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".claimcheck-installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    print(f"dev.py: installing claimcheck[{extras}] into .venv", file=sys.stderr)
    subprocess.run([python(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-e", f"{ROOT}[{extras}]"], check=True)
    stamp.write_text(digest)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("compare", [])
    if command == "compare":
        ensure_env()
        args = rest or [str(ROOT / "seeds")]
        return subprocess.call([str(BIN / "claimcheck"), "compare", *args])
    if command == "test":
        ensure_env("test,dask")  # the suite runs a feed on a local Dask cluster too
        for check in (["ruff", "check", "claimcheck", "tests", "bench"], ["mypy", "claimcheck"]):
            code = subprocess.call([python(), "-m", *check], cwd=ROOT)
            if code:
                print(f"dev.py: {check[0]} found problems (exit {code})", file=sys.stderr)
                return code
        return subprocess.call([python(), "-m", "pytest", *rest], cwd=ROOT)
    if command == "bench":
        ensure_env()
        return subprocess.call([python(), str(ROOT / "bench" / "bench.py"), *rest], cwd=ROOT)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
