#!/usr/bin/env python3
"""Validate the third-corpus gold files with the seed validator (shared/seeds/gold/validate.py).

Usage: python3 validate.py [SEED_VALIDATOR]
The seed validator is looked up, in order, at the given path, at $HUIBAO_SHARED/seeds/gold/validate.py,
and at shared/seeds/gold/validate.py in any parent folder of this one (CI keeps it at ../shared
relative to the project root).

One allowance is added to the seed rules: a table cell carries its unit in the column header, so a
masked cell ('XX', '××') has no unit in its text.  The seed validator accepts bare numeric cells but
flags masked ones; such a complaint is dropped when the fact's text is exactly one tab-separated cell
of the report.  Every other complaint is reported as is.  Exit status 0 when clean, 1 otherwise.
"""
import glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def find_seed_validator(arg):
    cands = [arg] if arg else []
    if os.environ.get("HUIBAO_SHARED"):
        cands.append(os.path.join(os.environ["HUIBAO_SHARED"], "seeds", "gold", "validate.py"))
    d = HERE
    while True:
        cands.append(os.path.join(d, "shared", "seeds", "gold", "validate.py"))
        up = os.path.dirname(d)
        if up == d:
            break
        d = up
    for c in cands:
        if c and os.path.isfile(c):
            return c
    sys.exit("seed validator not found (tried %s)" % ", ".join(c for c in cands if c))


UNIT_MISSING = re.compile(r"^(?P<file>[^:]+): report (?P<r>\d+) fact (?P<f>\d+) .*: unit '.*' not in text$")


def is_table_cell(gold_dir, err):
    m = UNIT_MISSING.match(err)
    if not m:
        return False
    g = json.load(open(os.path.join(gold_dir, m["file"]), encoding="utf-8"))
    fact = g["reports"][int(m["r"]) - 1]["facts"][int(m["f"]) - 1]
    s = open(os.path.join(HERE, g["file"]), encoding="utf-8").read()
    o, t = fact["offset"], fact["text"]
    before = s[o - 1] if o > 0 else "\n"
    after = s[o + len(t)] if o + len(t) < len(s) else "\n"
    return s[o:o + len(t)] == t and before in "\t" and after in "\t\n"


def main():
    path = find_seed_validator(sys.argv[1] if len(sys.argv) > 1 else None)
    spec = importlib.util.spec_from_file_location("seed_validate", path)
    seed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(seed)
    gold_dir = os.path.join(HERE, "gold")
    errs, total = [], 0
    for p in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        n = seed.validate_file(p, HERE, errs)
        total += n
        print(f"{os.path.basename(p)}: {n} facts")
    for t in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
        if not os.path.isfile(os.path.join(gold_dir, os.path.basename(t)[:-4] + ".json")):
            errs.append(f"{os.path.basename(t)}: no gold file")
    allowed = [e for e in errs if is_table_cell(gold_dir, e)]
    errs = [e for e in errs if e not in allowed]
    for e in allowed:
        print("allowed (masked table cell, unit in the column header):", e)
    for e in errs:
        print("ERROR", e)
    print(f"{total} facts, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
