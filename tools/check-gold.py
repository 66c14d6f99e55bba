#!/usr/bin/env python3
"""Checks the hand-made gold of huibao's annotated test sets against their reports.

Usage (from the project root):

    python3 tools/check-gold.py [SET ...] [--validator PATH]
    python3 tools/check-gold.py [SET ...] --uncovered     # review aid: figures no gold fact covers

SET is a folder name under src/test/resources/sets/ (sample-city, blind-city-to-town, ...); without
one, every set that has a gold/ folder is checked. Exit status 0 when clean, 1 otherwise.

Each set is a folder with reports/ (the reports as UTF-8 text) and gold/ (one JSON per report file,
in the shape of the seed gold, shared/seeds/gold/POLICY.md). The sample city's gold names the file of
corpus/ rendered from each report (2024h1-luting.pdf from reports/2024h1-luting.txt); its offsets
index the UTF-8 report, which the gold names as "source".

Own checks, always run: every gold file names a report that exists (for the sample city also its
rendered file in corpus/), every report has gold, every fact's text sits at its offset.

Then, when it is found, the seed validator (shared/seeds/gold/validate.py: units and base values,
line ranges, spans inside longer numbers, check shapes) runs over each set, looked for at
--validator, in $HUIBAO_SHARED and in ../shared beside the project root. It runs on a temporary copy
that names each gold file after its report, as it expects, with the allowances the sets were
annotated under:
  - full-width digits (１２个) are digits, as in the fact contract;
  - 翻一番 has the unit 番 (= +100 percent);
  - the check kinds conflict and implausible (the sample city's planted problems);
  - a masked table cell (XX, ××) has no unit in its text: the column header carries it.

--uncovered lists instead every run of digits or masks (XX, *, ×) in the reports that no gold fact
covers, with a little context: a review aid for figures the annotator may have missed.

The gold JSON files are the annotations themselves: edit them by hand and run this script. (The
per-set annotate.py scripts that first typed them in were retired once the gold was complete.)
"""
import argparse, glob, importlib.util, json, os, re, shutil, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SETS = os.path.join(ROOT, "src", "test", "resources", "sets")
CORPUS = os.path.join(ROOT, "corpus")
SAMPLE = "sample-city"
FIGURE = re.compile("[0-9０-９Xx*×][0-9０-９.,Xx*× \u3000]*")
UNIT_MISSING = re.compile(r"^(?P<file>[^:]+): report (?P<r>\d+) fact (?P<f>\d+) .*: unit '.*' not in text$")


def report_of(set_name, gold):
    """The UTF-8 report a gold file's offsets index."""
    if set_name == SAMPLE:
        return os.path.join(ROOT, gold["source"])
    return os.path.join(SETS, set_name, "reports", gold["file"])


def own_checks(set_name, errs):
    gold_dir = os.path.join(SETS, set_name, "gold")
    golds = sorted(glob.glob(os.path.join(gold_dir, "*.json")))
    annotated = set()
    for p in golds:
        name = "%s/%s" % (set_name, os.path.basename(p))
        g = json.load(open(p, encoding="utf-8"))
        report = report_of(set_name, g)
        annotated.add(os.path.basename(report))
        if set_name == SAMPLE and not os.path.isfile(os.path.join(CORPUS, g["file"])):
            errs.append("%s: corpus/%s does not exist (run the CorpusBuilder)" % (name, g["file"]))
        if not os.path.isfile(report):
            errs.append("%s: %s does not exist" % (name, os.path.relpath(report, ROOT)))
            continue
        s = open(report, encoding="utf-8").read()
        for r in g["reports"]:
            for f in r["facts"]:
                if s[f["offset"]:f["offset"] + len(f["text"])] != f["text"]:
                    errs.append("%s: %r not at %d" % (name, f["text"], f["offset"]))
    for t in sorted(glob.glob(os.path.join(SETS, set_name, "reports", "*.txt"))):
        if os.path.basename(t) not in annotated:
            errs.append("%s/reports/%s has no gold" % (set_name, os.path.basename(t)))
    return golds


def find_validator(arg):
    cands = [arg] if arg else []
    if os.environ.get("HUIBAO_SHARED"):
        cands.append(os.path.join(os.environ["HUIBAO_SHARED"], "seeds", "gold", "validate.py"))
    cands += [os.path.join(ROOT, *up, "shared", "seeds", "gold", "validate.py") for up in ([".."], ["..", ".."])]
    return next((c for c in cands if os.path.isfile(c)), None)


def load_validator(path):
    spec = importlib.util.spec_from_file_location("seed_validate", path)
    v = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(v)
    v.DIGITS |= set("０１２３４５６７８９")
    v.UNITS["番"] = ("100", "percent")
    v.CHECK_KINDS |= {"conflict", "implausible"}
    return v


def is_table_cell(gdir, sdir, err):
    """A complaint that a masked cell's unit is not in its text, for a fact that is one tab-separated cell."""
    m = UNIT_MISSING.match(err)
    if not m:
        return False
    g = json.load(open(os.path.join(gdir, m["file"]), encoding="utf-8"))
    fact = g["reports"][int(m["r"]) - 1]["facts"][int(m["f"]) - 1]
    s = open(os.path.join(sdir, g["file"]), encoding="utf-8").read()
    o, t = fact["offset"], fact["text"]
    before = s[o - 1] if o > 0 else "\n"
    after = s[o + len(t)] if o + len(t) < len(s) else "\n"
    return s[o:o + len(t)] == t and before == "\t" and after in "\t\n"


def seed_checks(v, set_name, golds, errs):
    tmp = tempfile.mkdtemp(prefix="huibao-gold-")
    try:
        gdir, sdir = os.path.join(tmp, "gold"), os.path.join(tmp, "reports")
        os.makedirs(gdir)
        os.makedirs(sdir)
        for p in golds:
            g = json.load(open(p, encoding="utf-8"))
            stem = os.path.basename(p)[:-5]
            shutil.copy(report_of(set_name, g), os.path.join(sdir, stem + ".txt"))
            g["file"] = stem + ".txt"
            with open(os.path.join(gdir, stem + ".json"), "w", encoding="utf-8") as w:
                json.dump(g, w, ensure_ascii=False)
        found, total = [], 0
        for p in sorted(glob.glob(os.path.join(gdir, "*.json"))):
            total += v.validate_file(p, sdir, found)
        for e in found:
            if is_table_cell(gdir, sdir, e):
                print("  allowed (masked table cell, unit in the column header):", e)
            else:
                errs.append("%s/%s" % (set_name, e))
        return total
    finally:
        shutil.rmtree(tmp)


def uncovered(set_name):
    """Prints every digit or mask run of the set's reports that no gold fact covers."""
    for p in sorted(glob.glob(os.path.join(SETS, set_name, "gold", "*.json"))):
        g = json.load(open(p, encoding="utf-8"))
        report = report_of(set_name, g)
        s = open(report, encoding="utf-8").read()
        covered = set()
        for r in g["reports"]:
            for f in r["facts"]:
                covered.update(range(f["offset"], f["offset"] + len(f["text"])))
        for m in FIGURE.finditer(s):
            if not any(k in covered for k in range(m.start(), m.end())):
                print("%s/%s:%d: %r" % (set_name, os.path.basename(report), m.start(),
                                        s[max(0, m.start() - 8):m.end() + 6]))


def main():
    ap = argparse.ArgumentParser(description="Checks the gold of huibao's annotated test sets.")
    ap.add_argument("sets", nargs="*", help="set folders under src/test/resources/sets (default: all with gold)")
    ap.add_argument("--validator", help="path of shared/seeds/gold/validate.py")
    ap.add_argument("--uncovered", action="store_true", help="list the figures no gold fact covers, check nothing")
    a = ap.parse_args()
    names = a.sets or sorted(d for d in os.listdir(SETS) if os.path.isdir(os.path.join(SETS, d, "gold")))
    if a.uncovered:
        for name in names:
            uncovered(name)
        return 0
    path = find_validator(a.validator)
    v = load_validator(path) if path else None
    if v is None:
        print("seed validator not found; own checks only")
    errs = []
    for name in names:
        golds = own_checks(name, errs)
        n = seed_checks(v, name, golds, errs) if v else sum(
            len(f) for p in golds for f in (r["facts"] for r in json.load(open(p, encoding="utf-8"))["reports"]))
        print("%s: %d gold files, %d facts" % (name, len(golds), n))
    for e in errs:
        print("ERROR", e)
    print("%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
