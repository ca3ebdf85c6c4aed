"""
The gazetteer: the shipped compact table (``gazetteer.bin``), its layout,
and the GeoNames loader on small files written here.
"""

from __future__ import annotations

import functools
import gzip
import pickle
import threading
import tracemalloc
import types
from pathlib import Path

import pytest

from conflictparse._data import read_bytes, read_tsv
from conflictparse.errors import DataError
from conflictparse.parsers.places import Gazetteer, Place
from conflictparse.parsers.places._gazetteer import (
    IS_PREFIX,
    NAMES_PLACE,
    _encode_row,
    _layout,
    encode,
    note,
)
from tests._scripts import load_script

# --- small GeoNames files ---------------------------------------------------------

_COLUMNS = [
    "id", "name", "ascii", "alternates", "lat", "lon", "fclass", "fcode", "cc", "cc2",
    "admin1", "admin2", "admin3", "admin4", "population", "elevation", "dem",
    "timezone", "modified",
]  # fmt: skip


def _row(**cells: str) -> str:
    """One GeoNames line: a made-up village in Takhar, changed by *cells*."""
    base = dict.fromkeys(_COLUMNS, "")
    base.update(
        id="9000001", name="Qala-i Sabz", ascii="Qala-i Sabz", alternates="Qalai Sabz,Sabz Qala",
        lat="36.9", lon="69.6", fclass="P", fcode="PPL", cc="AF", admin1="26",
        admin2="2601", population="1200", dem="700", timezone="Asia/Kabul",
        modified="2020-01-01",
    )  # fmt: skip
    base.update(cells)
    return "\t".join(base[c] for c in _COLUMNS) + "\n"


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_loader_reads_every_field(tmp_path: Path) -> None:
    """A GeoNames row becomes a Place with ISO admin1, admin2 and feature code."""
    g = Gazetteer.from_geonames(_write(tmp_path, "AF.txt", _row()))
    expected = Place(
        geonames_id=9000001, name="Qala-i Sabz", latitude=36.9, longitude=69.6,
        country="AF", admin1="AF-TAK", admin2="2601", population=1200,
        feature_code="P.PPL",
    )  # fmt: skip
    assert (expected,) == g.lookup("Qala-i Sabz")


@pytest.mark.parametrize(
    "name",
    [
        "Qala-i Sabz",
        "QALA-I SABZ",
        "qala i sabz",
        "Qalai Sabz",
        "Sabz Qala",
        "Qalā-i Sabz",
    ],
    ids=[
        "as-written",
        "all-caps",
        "folded",
        "alternate",
        "second-alternate",
        "diacritics",
    ],
)
def test_loader_indexes_every_name(tmp_path: Path, name: str) -> None:
    """The name, ASCII name and alternate names all find the place, in any case."""
    g = Gazetteer.from_geonames(_write(tmp_path, "AF.txt", _row()))
    assert [9000001] == [p.geonames_id for p in g.lookup(name)]


def test_loader_orders_homonyms_by_population(tmp_path: Path) -> None:
    """Two places of the same name come back most populous first."""
    text = _row(id="1", population="50") + _row(id="2", population="9000") + _row(id="3")
    g = Gazetteer.from_geonames(_write(tmp_path, "AF.txt", text))
    assert [2, 3, 1] == [p.geonames_id for p in g.lookup("Qala-i Sabz")]


def test_loader_skips_other_feature_classes_and_small_places(tmp_path: Path) -> None:
    """Roads (class R) are dropped; min_population drops small populated places."""
    text = (
        _row(id="1", fclass="R", fcode="RD", name="Ring Road")
        + _row(
            id="2", name="Big Town", ascii="Big Town", alternates="", population="90000"
        )
        + _row(id="3")
        + "# a comment line\n\n"
    )
    g = Gazetteer.from_geonames(_write(tmp_path, "AF.txt", text), min_population=5000)
    assert (1, ["Big Town"], ()) == (
        len(g),
        [p.name for p in g.lookup("Big Town")],
        g.lookup("Ring Road"),
    )


def test_loader_reads_gzip(tmp_path: Path) -> None:
    """A gzipped dump reads like the plain one."""
    path = _write(tmp_path, "allCountries.txt.gz", gzip.compress(_row().encode()))
    assert ["AF-TAK"] == [
        p.admin1 for p in Gazetteer.from_geonames(path).lookup("Qalai Sabz")
    ]


MALFORMED = {
    "too-few-columns": ("1\tKabul\tKabul\n", 2),
    "bad-id": (_row(id="x9"), 2),
    "bad-latitude": (_row(lat="north"), 2),
    "latitude-out-of-range": (_row(lat="91.5"), 2),
    "longitude-nan": (_row(lon="nan"), 2),
    "bad-population": (_row(population="many"), 2),
    "negative-population": (_row(population="-5"), 2),
}


@pytest.mark.parametrize(("bad", "line"), list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_row_names_file_and_line(tmp_path: Path, bad: str, line: int) -> None:
    """A malformed row raises DataError (a ValueError) naming the file and line."""
    path = _write(tmp_path, "bad.txt", _row() + bad)
    with pytest.raises(DataError) as err:
        Gazetteer.from_geonames(path)
    assert (str(path), line, True) == (
        err.value.path,
        err.value.line,
        isinstance(err.value, ValueError),
    )


@pytest.mark.parametrize(
    "content",
    [_row().encode() + b"\xff\n", gzip.compress(_row().encode())[:20]],
    ids=["not-utf8", "truncated-gzip"],
)
def test_unreadable_file_raises_data_error(tmp_path: Path, content: bytes) -> None:
    """Undecodable bytes raise DataError naming the file."""
    path = _write(
        tmp_path, "AF.txt.gz" if content[:2] == b"\x1f\x8b" else "AF.txt", content
    )
    with pytest.raises(DataError) as err:
        Gazetteer.from_geonames(path)
    assert str(path) == err.value.path


def test_missing_file_raises_data_error(tmp_path: Path) -> None:
    """A path that does not exist raises DataError, not OSError."""
    with pytest.raises(DataError) as err:
        Gazetteer.from_geonames(tmp_path / "XX.txt")
    assert str(tmp_path / "XX.txt") == err.value.path


def test_loaded_gazetteer_pickles(tmp_path: Path) -> None:
    """A loaded gazetteer survives pickling with its places and source."""
    g = Gazetteer.from_geonames(_write(tmp_path, "AF.txt", _row()))
    copy = pickle.loads(pickle.dumps(g))
    assert (g.source, g.lookup("Sabz Qala"), g.to_bytes()) == (
        copy.source,
        copy.lookup("Sabz Qala"),
        copy.to_bytes(),
    )


# --- the layout ---------------------------------------------------------------------

_DARQAD = Place(
    geonames_id=1144040, name="Darqad", latitude=37.3841, longitude=69.4529,
    country="AF", admin1="AF-TAK", population=0, feature_code="P.PPL",
)  # fmt: skip
_KABUL = Place(
    geonames_id=1138958, name="Kabul", latitude=34.5281, longitude=69.1723,
    country="AF", admin1="AF-KAB", population=3043532, capital=True,
    feature_code="P.PPLC",
)  # fmt: skip


def _small() -> Gazetteer:
    keys = [["darqad", "darkat"], ["kabul", "kabul city", "kabul city centre"]]
    return Gazetteer(encode([_DARQAD, _KABUL], keys, note="two rows"), source="small")


def test_encode_round_trips_places_and_keys() -> None:
    """What encode() lays out, Gazetteer reads back: places, keys, prefixes, note."""
    g = _small()
    assert (
        (_DARQAD,), (_KABUL,), {"darqad", "darkat", "kabul", "kabul city", "kabul city centre"},
        {"kabul", "kabul city"}, "two rows", 2,
    ) == (
        g.lookup("Darkat"), g.lookup("KABUL CITY"), set(g.keys()), set(g.prefixes),
        note(g), len(g),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("key", "bits"),
    [
        ("darqad", NAMES_PLACE),
        ("kabul", NAMES_PLACE | IS_PREFIX),
        ("kabul city", NAMES_PLACE | IS_PREFIX),
        ("kabul city centre", NAMES_PLACE),
        ("kabu", 0),
        ("darqad city", 0),
        ("", 0),
        ("\ud800", 0),
    ],
    ids=["name", "name-and-prefix", "inner", "longest", "partial-word", "unknown-tail",
         "empty", "lone-surrogate"],
)  # fmt: skip
def test_probe_and_has_key_and_prefixes_agree(key: str, bits: int) -> None:
    """probe() bits match has_key() and membership in prefixes, asked twice (cached)."""
    g = _small()
    for _ in range(2):
        assert (bits, bool(bits & NAMES_PLACE), bool(bits & IS_PREFIX)) == (
            g.probe(key),
            g.has_key(key),
            key in g.prefixes,
        )


def test_encode_is_deterministic() -> None:
    """The same places and keys give the same bytes, whatever the key order."""
    a = encode([_DARQAD, _KABUL], [["darqad", "darkat"], ["kabul"]], note="n")
    b = encode([_DARQAD, _KABUL], [["darkat", "darqad"], ["kabul"]], note="n")
    assert a == b


@pytest.mark.parametrize(
    "blob",
    [b"", b"not a gazetteer", None],
    ids=["empty", "wrong-magic", "truncated"],
)
def test_damaged_table_raises_data_error(blob: bytes | None) -> None:
    """A table that is not in the layout, or is cut short, raises DataError."""
    if blob is None:
        blob = _small().to_bytes()[:-7]
    with pytest.raises(DataError) as err:
        Gazetteer(blob, source="broken.bin")
    assert "broken.bin" == err.value.path


def test_encode_rejects_tabs_in_names() -> None:
    """A name holding a tab would break the row layout: ValueError."""
    bad = Place(
        geonames_id=1, name="Kabul\tCity", latitude=0.0, longitude=0.0, country="AF"
    )
    with pytest.raises(ValueError, match="tab"):
        encode([bad], [["kabul city"]], note="")


# --- the shipped table --------------------------------------------------------------


@functools.cache
def _shipped_rows() -> list[bytes]:
    """The shipped gazetteer's rows, as stored."""
    g = Gazetteer.default()
    blob, offsets = g.to_bytes(), g._rows
    return [blob[offsets[i] : offsets[i + 1]] for i in range(len(g))]


def test_shipped_table_round_trips() -> None:
    """Laying out the shipped rows and key index again gives back the shipped bytes."""
    g = Gazetteer.default()
    index = {key: ids for key, _flag, ids in g._records() if ids}
    assert read_bytes("gazetteer.bin") == _layout(_shipped_rows(), index, note(g))


def test_shipped_rows_round_trip_through_place() -> None:
    """Every 25th shipped row decodes to a Place that encodes back to the same row."""
    g, rows = Gazetteer.default(), _shipped_rows()
    sample = rows[::25]
    assert sample == [_encode_row(g._place(i)).encode() for i in range(0, len(rows), 25)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Darqad", (1144040, "AF", "AF-TAK", 37.38, 69.45)),
        ("TALOQAN", (1123004, "AF", "AF-TAK", 36.74, 69.53)),
        ("Kunduz", (1135689, "AF", "AF-KDZ", 36.73, 68.86)),
    ],
    ids=["Darqad", "Taloqan-all-caps", "Kunduz"],
)
def test_shipped_table_knows_the_seed_towns(
    name: str, expected: tuple[int, str, str, float, float]
) -> None:
    """Towns of the AFP Darqad story resolve to their GeoNames ids and coordinates."""
    p = Gazetteer.default().lookup(name)[0]
    got = (
        p.geonames_id,
        p.country,
        p.admin1,
        round(p.latitude, 2),
        round(p.longitude, 2),
    )
    assert expected == got


def test_shipped_table_is_mapped_not_read() -> None:
    """Loading the shipped 9 MB table allocates under 100 KB: it is mapped, not copied."""
    from conflictparse.parsers.places._gazetteer import _default

    tracemalloc.start()
    try:
        g = _default.__wrapped__()
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (True, True) == (peak < 100_000, len(g.to_bytes()) > 5_000_000)


def _build_tool() -> types.ModuleType:
    """``tools/build_gazetteer.py`` as a module (skips when the tools are not beside the tests)."""
    return load_script("tools/build_gazetteer.py")


def test_rebuild_replaces_a_mapped_table(tmp_path: Path) -> None:
    """
    The build tool replaces ``gazetteer.bin`` atomically: a process that has
    the old table mapped keeps reading it (no SIGBUS from a truncated file),
    and the folder then holds the new table and no temporary file.
    """
    import mmap

    tool = _build_tool()
    path = tmp_path / "gazetteer.bin"
    path.write_bytes(
        encode([_DARQAD, _KABUL], [["darqad", "darkat"], ["kabul"]], note="old")
    )
    with path.open("rb") as fh:
        view = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    old = Gazetteer.__new__(Gazetteer)
    old._init(view, "mapped")  # as Gazetteer.default() maps the shipped table
    new_blob = encode([_KABUL], [["kabul"]], note="new")
    tool.write_atomic(path, new_blob)
    assert ((_DARQAD,), (_KABUL,), "old", new_blob, ["gazetteer.bin"]) == (
        old.lookup("Darkat"), old.lookup("Kabul"), note(old), path.read_bytes(),
        sorted(p.name for p in tmp_path.iterdir()),
    )  # fmt: skip


@pytest.mark.parametrize(
    "key",
    ["kunduz", "darqad", "mazar i", "mazar i sharif", "san", "qwertyuiop", "k", "ğ"],
)
def test_mapped_table_answers_as_its_bytes(key: str) -> None:
    """The mapped shipped table and a bytes copy of it give the same probes and places."""
    g = Gazetteer.default()
    copy = Gazetteer(g.to_bytes(), source="copy")
    assert (copy.probe(key), copy.lookup_key(key), key in copy.prefixes) == (
        g.probe(key),
        g.lookup_key(key),
        key in g.prefixes,
    )


def test_shipped_table_size_and_provenance() -> None:
    """The shipped table keeps its 91,600 places and says where they come from."""
    g = Gazetteer.default()
    assert (91600, True, True) == (len(g), "GeoNames" in note(g), "CC BY 4.0" in note(g))


def test_shipped_capital_flag() -> None:
    """Kabul is flagged as a national capital; Darqad is not."""
    g = Gazetteer.default()
    assert (True, False) == (g.lookup("Kabul")[0].capital, g.lookup("Darqad")[0].capital)


def test_default_pickles_by_reference() -> None:
    """Pickling the shipped gazetteer stores a reference, not 9 MB of table."""
    g = Gazetteer.default()
    data = pickle.dumps(g)
    assert (True, True) == (len(data) < 200, pickle.loads(data) is g)


def test_contains_and_prefixes_membership() -> None:
    """``in`` folds names; prefixes hold word-prefixes of multi-word names only."""
    g = Gazetteer.default()
    assert (True, True, False, False, True, False) == (
        "Mazar-i-Sharif" in g,
        "KUNDUZ" in g,
        "Qwertyuiop" in g,
        42 in g,
        "mazar i" in g.prefixes,
        "kunduz city province" in g.prefixes,
    )


def test_lookups_from_threads_agree() -> None:
    """Threads sharing the gazetteer (and its probe cache) get the same answers."""
    g = Gazetteer.default()
    names = ["kunduz", "taloqan", "qwerty", "mazar i", "darqad", "aleppo"] * 200
    expected = [g.probe(n) for n in names]
    results: list[list[int]] = []

    def work() -> None:
        results.append([g.probe(n) for n in names])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [expected] * 4 == results


def test_loader_rejects_a_carriage_return_in_a_name(tmp_path: Path) -> None:
    """A name holding a carriage return cannot be laid out: DataError naming the file."""
    path = _write(tmp_path, "AF.txt", _row(name="Qala\rSabz").encode())
    with pytest.raises(DataError) as err:
        Gazetteer.from_geonames(path)
    assert str(path) == err.value.path


def test_a_copy_of_the_shipped_table_pickles_by_value() -> None:
    """Only the shipped gazetteer itself pickles by reference; a copy keeps its bytes."""
    copy = Gazetteer(Gazetteer.default().to_bytes(), source="copy")
    back = pickle.loads(pickle.dumps(copy))
    assert (False, "copy", copy.lookup("Darqad")) == (
        back is Gazetteer.default(),
        back.source,
        back.lookup("Darqad"),
    )


def test_damaged_row_raises_data_error() -> None:
    """A row damaged inside the table is a DataError naming the table, not a ValueError."""
    blob = _small().to_bytes()
    # same length, so the offsets still hold and only the row is wrong
    damaged = blob.replace(str(_DARQAD.latitude).encode(), b"3x.3841", 1)
    assert damaged != blob
    g = Gazetteer(damaged, source="damaged")
    with pytest.raises(DataError, match="damaged"):
        g.lookup_key("darqad")


def test_own_gazetteer_does_not_load_the_shipped_one() -> None:
    """A PlaceParser given its own gazetteer never loads the shipped table."""
    from conflictparse import Document
    from conflictparse.parsers.places import PlaceParser
    from conflictparse.parsers.places._gazetteer import _default

    _default.cache_clear()
    try:
        doc = Document(text="Taliban fighters overran Darqad in Takhar province.")
        found = PlaceParser(gazetteer=_small())(doc)
        assert (["Darqad", "Takhar"], 0) == (
            [m.text for m in found],
            _default.cache_info().currsize,
        )
    finally:
        _default.cache_clear()


# --- the ready-made subdivision keys ----------------------------------------------


def test_shipped_admin1_keys_match_their_sources() -> None:
    """
    ``places_admin1_keys.tsv`` is what ``admin1_keys`` folds from the two
    shipped subdivision tables; after editing either, run
    ``python tools/build_gazetteer.py --only keys``.
    """
    from conflictparse._data import read_tsv
    from conflictparse.parsers.places._tables import admin1_keys, admin1_names

    expected = admin1_keys(
        read_tsv("places_admin1.tsv", columns=4),
        read_tsv("places_subdivisions.tsv", columns=3),
    )
    assert expected == admin1_names()


@pytest.mark.parametrize(
    ("admin1_rows", "subdivision_rows", "expected"),
    [
        pytest.param(
            [("AF-TAK", "AF.26", "Takhar", "Ta-khar|Tak'har")],
            [],
            {"takhar": ("AF-TAK",), "ta khar": ("AF-TAK",)},
            id="other-names",
        ),
        pytest.param(
            [("", "XX.01", "Nowhere", "")],
            [("AF-TAK", "Takhār", "1"), ("AF-TAK-1", "Sub", "")],
            {"takhar": ("AF-TAK",)},
            id="no-iso-code-and-second-level-skipped",
        ),
        pytest.param(
            [("CD-NK", "CD.11", "Nord-Kivu", "")],
            [],
            {"nord kivu": ("CD-NK",), "north kivu": ("CD-NK",)},
            id="french-compass-name",
        ),
        pytest.param(
            [("SY-HL", "SY.09", "Aleppo", ""), ("SY-ID", "SY.10", "Idlib", "Aleppo")],
            [],
            {"aleppo": ("SY-HL", "SY-ID"), "idlib": ("SY-ID",)},
            id="shared-name-keeps-order",
        ),
    ],
)
def test_admin1_keys_folds_names(
    admin1_rows: list[tuple[str, ...]],
    subdivision_rows: list[tuple[str, ...]],
    expected: dict[str, tuple[str, ...]],
) -> None:
    """Names fold to keys with their codes, first-seen order, English compass forms."""
    from conflictparse.parsers.places._tables import admin1_keys

    assert expected == admin1_keys(admin1_rows, subdivision_rows)


def test_admin1_overrides_take_a_code_from_a_wrong_key_and_add_english_names() -> None:
    """
    ``with_overrides`` gives a GeoNames key its hand-checked ISO code (taken
    from the key a name match gave it to), names a key cities1000 named
    after another unit by its own name, and adds English names in use.
    """
    tool = _build_tool()
    rows = [
        ["MM-04", "MM.18", "Mandalay", ""],
        ["", "MM.08", "Mandalay", ""],
        ["", "LB.05", "Mont-Liban", ""],
    ]
    got = tool.with_overrides(rows)
    assert [
        ["LB-JL", "LB.05", "Mont-Liban", "Jabal Lubnān|Mount Lebanon"],
        ["MM-04", "MM.08", "Mandalay", ""],
        ["MM-18", "MM.18", "Nay Pyi Taw", ""],
    ] == [row for row in got if row[1] in ("LB.05", "MM.08", "MM.18")]
    assert got == tool.with_overrides(got)  # applied twice, the same


def test_front_line_divisions_keep_every_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    A country past the per-country limit keeps only its most populous places,
    but every place of a front-line division (here Kursk, RU-KRS).
    """
    tool = _build_tool()
    monkeypatch.setattr(tool, "_PER_COUNTRY", 1)

    def town(gid: int, admin1: str, population: int) -> dict[str, object]:
        return {
            "geonameid": gid,
            "countrycode": "RU",
            "admin1code": admin1,
            "population": population,
        }

    cities = {
        str(c["geonameid"]): c
        for c in (town(1, "77", 900), town(2, "77", 800), town(3, "41", 700))
    }
    kept = [
        c["geonameid"] for c in tool._kept(cities, {"RU.41": "RU-KRS", "RU.77": "RU-MOW"})
    ]
    assert [1, 3] == kept


def test_saint_variants_add_the_other_spelling() -> None:
    """A key opening with "saint" also opens with "st", and the other way round, once."""
    tool = _build_tool()
    assert ["saint paul", "st paul", "ste anne", "sainte anne"] == tool.saint_variants(
        ["saint paul", "st paul", "ste anne"]
    )


def test_palestinian_towns_carry_their_governorate() -> None:
    """
    GeoNames files every West Bank town under one admin1 unit and every
    Gaza Strip town under another; the shipped table gives the towns of
    the override table their own governorate and no place a code of the
    other territory's governorates.
    """
    g = Gazetteer.default()
    codes = {
        row[0] for row in read_tsv("places_subdivisions.tsv") if row[0].startswith("PS-")
    }
    gaza = {"PS-NGZ", "PS-GZA", "PS-DEB", "PS-KYS", "PS-RFH"}
    assert len(codes) == 16 and gaza <= codes
    got = {
        p.name: p.admin1
        for p in g.lookup("Jenin") + g.lookup("Beit Hanoun")
        if p.country == "PS"
    }
    assert {"PS-JEN", "PS-NGZ"} == set(got.values())
    west = 0
    for i in range(len(g)):
        p = g._place(i)
        if p.country != "PS" or p.admin1 is None:
            continue
        assert p.admin1 in codes
        # the Gaza Strip lies west of 34.6 E, every West Bank town east of 34.8 E
        assert (p.admin1 in gaza) == (p.longitude < 34.6), p
        west += p.admin1 not in gaza
    assert west > 100


def test_town_division_splits_a_key_that_is_no_subdivision() -> None:
    """A place of a split GeoNames key takes its own code or none; other keys keep theirs."""
    tool = _build_tool()
    iso_of = {"PS.GZ": "PS-GZA", "AF.26": "AF-TAK"}
    assert tool.town_division(281124, "PS.GZ", iso_of) == "PS-KYS"  # Khan Younis
    assert tool.town_division(1, "PS.GZ", iso_of) == ""
    assert tool.town_division(1, "AF.26", iso_of) == "AF-TAK"
    ids = list(tool._TOWN_DIVISIONS)
    assert len(ids) == len(set(ids))
