#!/usr/bin/env python3
"""Checks the corpus gold (*.json here) against the corpus sources and the corpus files.

Usage: python3 check_gold.py [SHARED_VALIDATE]
  SHARED_VALIDATE: path of the seed gold's validate.py (default: shared/seeds/gold/validate.py in the
  folder beside the project root, or the one above it). When it is found, its checks run too, on a
  temporary copy that names each gold file after its source, as validate.py expects.
Exit status 0 when clean.

Own checks: every gold file names an existing corpus file and source; every corpus file has gold;
every fact text sits at its offset in the source.
"""
import glob, importlib.util, json, os, shutil, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "corpus")


def own_checks(errs):
    golds = sorted(glob.glob(os.path.join(HERE, "*.json")))
    named = set()
    for p in golds:
        g = json.load(open(p, encoding="utf-8"))
        named.add(g["file"])
        if not os.path.isfile(os.path.join(CORPUS, g["file"])):
            errs.append("%s: corpus/%s does not exist (run the CorpusBuilder)" % (os.path.basename(p), g["file"]))
        src = os.path.join(ROOT, g["source"])
        s = open(src, encoding="utf-8").read()
        for r in g["reports"]:
            for f in r["facts"]:
                if s[f["offset"]:f["offset"] + len(f["text"])] != f["text"]:
                    errs.append("%s: %r not at %d" % (os.path.basename(p), f["text"], f["offset"]))
    for f in sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []:
        if f not in named:
            errs.append("corpus/%s has no gold file" % f)
    return golds


def shared_checks(validate_py, golds, errs):
    spec = importlib.util.spec_from_file_location("validate", validate_py)
    v = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(v)
    v.UNITS["番"] = ("100", "percent")          # 翻一番 = +100%
    v.CHECK_KINDS |= {"conflict", "implausible"}  # the corpus' planted check kinds
    tmp = tempfile.mkdtemp(prefix="huibao-gold-")
    try:
        gdir, sdir = os.path.join(tmp, "gold"), os.path.join(tmp, "src")
        os.makedirs(gdir)
        os.makedirs(sdir)
        for p in golds:
            g = json.load(open(p, encoding="utf-8"))
            stem = os.path.basename(p)[:-5]
            shutil.copy(os.path.join(ROOT, g["source"]), os.path.join(sdir, stem + ".txt"))
            g["file"] = stem + ".txt"
            with open(os.path.join(gdir, stem + ".json"), "w", encoding="utf-8") as w:
                json.dump(g, w, ensure_ascii=False)
        total = 0
        for p in sorted(glob.glob(os.path.join(gdir, "*.json"))):
            total += v.validate_file(p, sdir, errs)
        return total
    finally:
        shutil.rmtree(tmp)


def main():
    errs = []
    golds = own_checks(errs)
    candidates = sys.argv[1:] or [os.path.join(ROOT, *up, "shared", "seeds", "gold", "validate.py")
                                  for up in ([".."], ["..", ".."])]
    validate_py = next((p for p in candidates if os.path.isfile(p)), candidates[0])
    if os.path.isfile(validate_py):
        n = shared_checks(validate_py, golds, errs)
        print("validate.py: %d gold files, %d facts" % (len(golds), n))
    else:
        print("validate.py not found; own checks only")
    for e in errs:
        print("ERROR", e)
    print("%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
