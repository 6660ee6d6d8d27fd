"""Check that a speed change leaves ``compare`` output byte-identical.

    python bench/same_output.py save  REFDIR [EXTRA_DIR ...]   record the reference outputs
    python bench/same_output.py check REFDIR [EXTRA_DIR ...]   diff against them (exit 1 on any change)

Covers ``seeds/``, every corpus under ``tests/corpora/`` and any extra folders given (such as
a bench corpus kept with ``bench.py --keep``), in JSON and in Markdown, through the installed
``claimcheck`` command so that CLI rendering is included. Fields that vary between runs of
the same code (none today) would be dropped in ``_stable`` so that the diff shows only real changes.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("json", "markdown")


def _folders(extra: list[str]) -> list[tuple[str, Path]]:
    found = [("seeds", ROOT / "seeds")]
    found += [(f"corpus-{p.name}", p) for p in sorted((ROOT / "tests" / "corpora").iterdir()) if p.is_dir()]
    found += [(f"extra-{Path(e).name}", Path(e)) for e in extra]
    return found


def _stable(text: str) -> str:
    return text


def _run(folder: Path, fmt: str) -> str:
    exe = Path(sys.executable).parent / "claimcheck"
    done = subprocess.run([str(exe), "compare", str(folder), "--format", fmt, "--no-color"],
                          capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"same_output: compare failed on {folder} ({done.returncode}):\n{done.stderr}")
    return _stable(done.stdout)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("save", "check"):
        sys.exit(__doc__)
    mode, ref, extra = argv[0], Path(argv[1]), argv[2:]
    ref.mkdir(parents=True, exist_ok=True)
    changed = 0
    for name, folder in _folders(extra):
        for fmt in FORMATS:
            out = _run(folder, fmt)
            path = ref / f"{name}.{fmt}"
            if mode == "save":
                path.write_text(out, encoding="utf-8")
                continue
            before = path.read_text(encoding="utf-8")
            if before != out:
                changed += 1
                diff = difflib.unified_diff(before.splitlines(), out.splitlines(), str(path), "now",
                                            lineterm="", n=1)
                print("\n".join(list(diff)[:40]))
            else:
                print(f"same: {name}.{fmt}")
    if mode == "check":
        print(f"{changed} output(s) changed" if changed else "all outputs identical")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
