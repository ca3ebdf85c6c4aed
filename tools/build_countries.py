"""
Build ``conflictparse/data/countries.tsv``: every ISO 3166-1 country that
the installed pycountry lists, in pycountry's order.

    python tools/build_countries.py

The parsers read this table instead of importing pycountry at parse time:
pycountry's import (``importlib.metadata``, ``json``, ``email`` ...) and its
database load were a good part of the first parse. Input (build time only):
the installed pycountry (ISO 3166-1 data from Debian iso-codes,
LGPL-2.1). ``--out DIR`` writes the table elsewhere. A test checks the table
against the installed pycountry when its version is the one recorded in
the header; after a pycountry upgrade, rerun this script.
"""

from __future__ import annotations

import argparse
from importlib.metadata import version
from pathlib import Path

import pycountry

COLUMNS = ("alpha2", "alpha3", "numeric", "name", "common_name", "official_name")


def rows() -> list[tuple[str, ...]]:
    """One row per country, in pycountry's order; ``""`` where a name is missing."""
    return [
        (
            c.alpha_2,
            c.alpha_3,
            c.numeric,
            c.name,
            getattr(c, "common_name", None) or "",
            getattr(c, "official_name", None) or "",
        )
        for c in pycountry.countries
    ]


def table() -> str:
    """The text of ``countries.tsv``."""
    header = (
        f"# Built by tools/build_countries.py from pycountry {version('pycountry')}"
        " (ISO 3166-1, LGPL-2.1); do not edit by hand.\n"
    )
    lines = ["\t".join(COLUMNS)] + ["\t".join(row) for row in rows()]
    return header + "\n".join(lines) + "\n"


def main() -> None:
    """Write the table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--out", type=Path, default=Path(__file__).parents[1] / "conflictparse" / "data"
    )
    args = ap.parse_args()
    (args.out / "countries.tsv").write_text(table(), "utf-8")


if __name__ == "__main__":
    main()
