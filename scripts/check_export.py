#!/usr/bin/env python3
"""Check .pb files (e.g. from `commonpot export-pb`) with pabulib-checker, the format's own validator.

    scripts/check_export.py FILE.pb ...             # check files already written
    scripts/check_export.py --round ilfracombe/2025-26 --round castle-vale/2026
                                                     # export these rounds (DATABASE_URL), then check

Needs `pip install pabulib-checker` (1.0.8 was used). Prints each file's errors and warnings
and exits 1 if any file has an error. Not part of `cargo test`, which must run offline.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def export(round_ref: str, binary: str, folder: str) -> str:
    path = os.path.join(folder, round_ref.replace("/", "_") + ".pb")
    subprocess.run([binary, "export-pb", round_ref, "--output", path], check=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help=".pb files to check")
    parser.add_argument("--round", action="append", default=[], help="NEIGHBOURHOOD/ROUND to export first")
    parser.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "commonpot"))
    args = parser.parse_args()
    try:
        from pabulib.checker import Checker
    except ImportError:
        print("pabulib-checker is not installed: pip install pabulib-checker", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        files = list(args.files) + [export(r, args.bin, folder) for r in args.round]
        if not files:
            parser.error("give .pb files or --round")
        results = Checker().process_files(files)
    print(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    failed = False
    for name, result in results.items():
        if name in ("metadata", "summary"):
            continue
        outcome = result.get("results") if isinstance(result, dict) else result
        if isinstance(outcome, dict) and outcome.get("errors"):
            failed = True
            print(f"{name}: errors", file=sys.stderr)
        else:
            print(f"{name}: no errors", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
