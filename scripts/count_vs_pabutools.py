#!/usr/bin/env python3
"""Time `commonpot count` against the reference library pabutools on the same .pb files, in one run.

    scripts/count_vs_pabutools.py                        # greedy and mes on every fixture
    scripts/count_vs_pabutools.py --rules greedy mes mes-complete --only Wieliczka Swiecie
    scripts/count_vs_pabutools.py --bin target/release/commonpot --timeout 300 FILE.pb ...

Installs pabutools==1.2.3 into a venv under target/ the first time. Build the binary first
(`cargo build --release -p commonpot`). Commonpot is timed as a whole process (start-up, reading the
file and counting); pabutools inside its interpreter, reading plus the rule, so the ratio favours
pabutools. Both funded sets are compared; a difference is printed and makes the exit code 1.

mes-complete in pabutools is slow (minutes to hours per file), so it is not run unless asked for.
For approval ballots it needs the equalshares.net "add1" loop from the project's reference script,
shared/pabulib/reference.py (`--reference`); without it those cells are skipped.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Runs in the pabutools venv: python - FILE RULE [REFERENCE]; prints one JSON line.
WORKER = r'''
import json, os, sys, time
from pabutools.election import parse_pabulib, Cost_Sat, Additive_Cardinal_Sat
from pabutools.election.satisfaction.additivesatisfaction import AdditiveSatisfaction
from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares

path, rule = sys.argv[1], sys.argv[2]
reference = sys.argv[3] if len(sys.argv) > 3 else ""
t = time.perf_counter()
instance, profile = parse_pabulib(path)
parse = time.perf_counter() - t
vote_type = instance.meta.get("vote_type")
points = vote_type in ("cumulative", "scoring")
ordinal = vote_type == "ordinal"

def score_sat():
    """Greedy's score as an additive satisfaction: score x cost, so greedy ranks by score."""
    if points:
        def f(inst, prof, ballot, project, pre):
            return ballot.get(project, 0) * project.cost
    else:
        length = int(instance.meta.get("max_length") or max((len(b) for b in profile), default=0))
        def f(inst, prof, ballot, project, pre):
            return (length - ballot.index(project)) * project.cost if project in ballot else 0
    class Score(AdditiveSatisfaction):
        def __init__(self, inst, prof, ballot):
            AdditiveSatisfaction.__init__(self, inst, prof, ballot, f)
    return Score

t = time.perf_counter()
if rule == "greedy":
    sat = score_sat() if points or ordinal else Cost_Sat
    out = greedy_utilitarian_welfare(instance, profile, sat_class=sat)
elif rule == "mes":
    out = method_of_equal_shares(instance, profile, sat_class=Additive_Cardinal_Sat if points else Cost_Sat)
elif points:
    done = method_of_equal_shares(instance, profile, sat_class=Additive_Cardinal_Sat, voter_budget_increment=1)
    out = greedy_utilitarian_welfare(instance, profile, sat_class=score_sat(), initial_budget_allocation=done)
elif reference and os.path.exists(reference):
    sys.path.insert(0, os.path.dirname(reference))
    import reference as ref
    votes, _, _ = ref.support_counts(instance, profile)
    done, _, _ = ref.mes_add1_eqnet(instance, profile, votes)
    out = ref.greedy_fill_by_votes(instance, votes, done)
else:
    print(json.dumps({"skipped": "needs shared/pabulib/reference.py (--reference)"}))
    sys.exit(0)
seconds = time.perf_counter() - t
print(json.dumps({"parse": parse, "seconds": seconds, "selected": sorted(str(p.name) for p in out)}))
'''


def ensure_venv(venv: str) -> str:
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        print(f"creating {venv} with pabutools==1.2.3 ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "pabutools==1.2.3"], check=True)
    return python


def run_commonpot(binary: str, rule: str, path: str, timeout: int) -> tuple[float, list[str] | None]:
    t = time.perf_counter()
    done = subprocess.run([binary, "count", "--rule", rule, path], capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - t
    if done.returncode != 0:
        print(f"  commonpot failed: {done.stderr.strip()[:300]}", file=sys.stderr)
        return seconds, None
    return seconds, sorted(json.loads(done.stdout)["selected"])


def run_pabutools(python: str, rule: str, path: str, reference: str, timeout: int) -> dict:
    try:
        done = subprocess.run([python, "-", path, rule, reference], input=WORKER, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["?"]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="default: every app/tests/fixtures/pabulib/*.pb, smallest first")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "commonpot"))
    ap.add_argument("--rules", nargs="+", default=["greedy", "mes"], choices=["greedy", "mes", "mes-complete"])
    ap.add_argument("--only", nargs="*", default=None, help="keep files whose name contains one of these")
    ap.add_argument("--venv", default=os.path.join(ROOT, "target", "pabutools-venv"))
    ap.add_argument("--reference", default=os.path.join(os.path.dirname(ROOT), "shared", "pabulib", "reference.py"))
    ap.add_argument("--timeout", type=int, default=600, help="seconds per pabutools call")
    a = ap.parse_args()

    if not os.access(a.bin, os.X_OK):
        print(f"no executable {a.bin}: build it with `cargo build --release -p commonpot` or pass --bin", file=sys.stderr)
        return 2
    files = a.files or sorted(glob.glob(os.path.join(ROOT, "app", "tests", "fixtures", "pabulib", "*.pb")),
                              key=os.path.getsize)
    if a.only:
        files = [f for f in files if any(s in os.path.basename(f) for s in a.only)]
    python = ensure_venv(a.venv)

    differ = 0
    ratios: list[float] = []
    print(f"{'file':58} {'rule':13} {'commonpot s':>11} {'pabutools s':>11} {'ratio':>9}  same")
    for path in files:
        for rule in a.rules:
            ours, selected = run_commonpot(a.bin, rule, path, a.timeout)
            ref = run_pabutools(python, rule, path, a.reference, a.timeout)
            name = os.path.basename(path)[:58]
            if "seconds" not in ref:
                print(f"{name:58} {rule:13} {ours:11.3f} {'-':>11} {'-':>9}  {ref}")
                continue
            theirs = ref["parse"] + ref["seconds"]
            ratio = theirs / ours if ours > 0 else float("inf")
            same = selected == ref["selected"]
            differ += not same
            ratios.append(ratio)
            print(f"{name:58} {rule:13} {ours:11.3f} {theirs:11.3f} {ratio:8.0f}x  {'yes' if same else 'NO'}", flush=True)
    if ratios:
        ratios.sort()
        print(f"\n{len(ratios)} comparisons: ratio min {ratios[0]:.0f}x, median {ratios[len(ratios) // 2]:.0f}x, "
              f"max {ratios[-1]:.0f}x; {differ} funded sets differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
