#!/usr/bin/env python3
"""Validate the fifth corpus's gold files with the seed validator.

Usage: python3 validate.py
The seed validator (seeds/gold/validate.py under the shared folder) is looked for in
$HUIBAO_SHARED, then in ../shared and ../../shared next to the project root.
One assumption of it is widened: full-width digits (１２个) count as digits, since the
fact contract treats them as ordinary figures.  Everything else is checked unchanged.
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))


def seed_validator():
    candidates = [os.environ.get("HUIBAO_SHARED", ""),
                  os.path.join(ROOT, "..", "shared"),
                  os.path.join(ROOT, "..", "..", "shared")]
    for c in candidates:
        p = os.path.join(c, "seeds", "gold", "validate.py")
        if c and os.path.isfile(p):
            return p
    sys.exit("seed validator not found: set HUIBAO_SHARED to the shared folder")


def main():
    spec = importlib.util.spec_from_file_location("seed_validate", seed_validator())
    v = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(v)
    v.DIGITS |= set("０１２３４５６７８９")
    sys.argv = [sys.argv[0], os.path.join(HERE, "gold"), HERE]
    return v.main()


if __name__ == "__main__":
    sys.exit(main())
