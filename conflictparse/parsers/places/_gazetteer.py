"""
The gazetteer of populated places: the compact table shipped in the
package (``gazetteer.tsv.gz``, built by ``tools/build_gazetteer.py`` from
GeoNames) or a full GeoNames dump loaded with :meth:`Gazetteer.from_geonames`.

Rows are kept as the raw tab-separated lines and parsed only when a name
is looked up, so loading costs one pass that indexes names.
"""

from __future__ import annotations

import functools
import gzip
import io
import os
from collections.abc import Iterable
from typing import Final

import attrs

from conflictparse._data import read_bytes
from conflictparse.errors import DataError
from conflictparse.parsers.places._tables import _key, admin1_by_geonames

__all__ = ["Gazetteer", "Place"]

#: GeoNames feature classes kept from a full dump: administrative areas,
#: populated places, water, and land features (mountains, valleys).
_FEATURE_CLASSES: Final = frozenset("APHT")

_GEONAMES_COLUMNS: Final = 19


@attrs.frozen(kw_only=True)
class Place:
    """
    One gazetteer entry.

    >>> p = Gazetteer.default().lookup("Darqad")[0]
    >>> p.geonames_id, p.country, p.admin1
    (1144040, 'AF', 'AF-TAK')

    .. versionadded:: 0.1.0
    """

    geonames_id: int
    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    capital: bool = False
    common_word: bool = False
    feature_code: str | None = None


def _split_row(line: str) -> list[str]:
    return line.split("\t")


class Gazetteer:
    """
    Populated places indexed by folded name.

    Use :meth:`default` for the table shipped with conflictparse, or
    :meth:`from_geonames` for a GeoNames dump, and pass it to
    :class:`~conflictparse.parsers.places.PlaceParser`.

    >>> [p.country for p in Gazetteer.default().lookup("ISLAMABAD")]
    ['PK']

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_index", "_rows", "prefixes", "source")

    def __init__(
        self,
        rows: list[Place | str],
        index: dict[str, str | int | tuple[int, ...]],
        *,
        source: str,
        prefixes: frozenset[str] | None = None,
    ) -> None:
        self._rows = rows
        self._index = index
        self.source = source
        #: Every proper word-prefix of a multi-word name ("san", "san luis").
        self.prefixes = prefixes if prefixes is not None else _prefixes(index)

    def __len__(self) -> int:
        return len(self._rows)

    def __reduce__(self) -> tuple[object, ...]:
        if self.source == _SHIPPED:
            return (Gazetteer.default, ())
        return (_rebuild, (self._rows, self._index, self.source))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _key(name) in self._index

    def has_key(self, key: str) -> bool:
        """Whether the already-folded lookup *key* names a place."""
        return key in self._index

    def lookup(self, name: str) -> tuple[Place, ...]:
        """
        The places called *name* (any case, with or without diacritics),
        most populous first.

        >>> Gazetteer.default().lookup("Kunduz")[0].admin1
        'AF-KDZ'
        """
        return self.lookup_key(_key(name))

    def lookup_key(self, key: str) -> tuple[Place, ...]:
        """Like :meth:`lookup`, for an already-folded key."""
        ids = self._index.get(key, ())
        if isinstance(ids, str) and "," not in ids:
            return (self._place(int(ids)),)
        if isinstance(ids, int):
            return (self._place(ids),)
        if isinstance(ids, str):
            ids = tuple(int(x) for x in ids.split(","))
        places = [self._place(i) for i in ids]
        places.sort(key=lambda p: (-p.population, p.geonames_id))
        return tuple(places)

    def _place(self, i: int) -> Place:
        row = self._rows[i]
        if isinstance(row, Place):
            return row
        return _shipped_place(row)

    @classmethod
    def default(cls) -> Gazetteer:
        """
        The gazetteer shipped with conflictparse (loaded once, then shared).

        >>> len(Gazetteer.default()) > 50000
        True
        """
        return _default()

    @classmethod
    def from_geonames(
        cls, path: str | os.PathLike[str], *, min_population: int = 0
    ) -> Gazetteer:
        """
        Load a GeoNames dump in the ``allCountries.txt`` format (a country
        file such as ``AF.txt`` works too; ``.gz`` is read transparently).

        Only administrative areas, populated places, water and land features
        (feature classes A, P, H, T) are kept; *min_population* drops smaller
        populated places. Admin1 codes are turned into ISO 3166-2 codes.

        >>> import tempfile, pathlib
        >>> row = "\\t".join(["1144040", "Darqad", "Darqad", "Darkat",
        ...     "37.38414", "69.45294", "P", "PPL", "AF", "", "26", "", "", "",
        ...     "0", "", "480", "Asia/Kabul", "2012-01-19"])
        >>> with tempfile.TemporaryDirectory() as d:
        ...     f = pathlib.Path(d, "AF.txt")
        ...     _ = f.write_text(row + "\\n", encoding="utf-8")
        ...     g = Gazetteer.from_geonames(f)
        >>> g.lookup("Darkat")[0].admin1
        'AF-TAK'

        Raises:
            DataError: the file cannot be read, or a row is malformed (the
                error names the file and the line).

        .. versionadded:: 0.1.0
        """
        name = os.fspath(path)
        try:
            raw = open(name, "rb").read()  # noqa: SIM115 - read whole, then close
        except OSError as exc:
            raise DataError(f"cannot read GeoNames file: {exc}", path=name) from exc
        if raw[:2] == b"\x1f\x8b":
            try:
                raw = gzip.decompress(raw)
            except (OSError, EOFError) as exc:
                raise DataError(f"not a valid gzip file: {exc}", path=name) from exc
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(f"not UTF-8: {exc}", path=name) from exc
        admin1 = admin1_by_geonames()
        rows: list[Place | str] = []
        index: dict[str, list[int]] = {}
        for lineno, line in enumerate(io.StringIO(text), start=1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != _GEONAMES_COLUMNS:
                raise DataError(
                    f"expected {_GEONAMES_COLUMNS} tab-separated columns,"
                    f" found {len(cells)}",
                    path=name,
                    line=lineno,
                )
            try:
                gid = int(cells[0])
                lat = float(cells[4])
                lon = float(cells[5])
                population = int(cells[14] or 0)
            except ValueError as exc:
                raise DataError(f"bad number: {exc}", path=name, line=lineno) from exc
            if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
                raise DataError("coordinates out of range", path=name, line=lineno)
            fclass, fcode, cc = cells[6], cells[7], cells[8]
            if fclass not in _FEATURE_CLASSES:
                continue
            if fclass == "P" and population < min_population:
                continue
            place = Place(
                geonames_id=gid,
                name=cells[1],
                latitude=lat,
                longitude=lon,
                country=cc,
                admin1=admin1.get(f"{cc}.{cells[10]}"),
                admin2=cells[11] or None,
                population=population,
                capital=fcode == "PPLC",
                feature_code=f"{fclass}.{fcode}",
            )
            i = len(rows)
            rows.append(place)
            names = [cells[1], cells[2], *cells[3].split(",")]
            _add_names(index, i, names)
        packed: dict[str, str | int | tuple[int, ...]] = {
            k: v[0] if len(v) == 1 else tuple(v) for k, v in index.items()
        }
        return cls(rows, packed, source=name)


_SHIPPED: Final = "conflictparse/data/gazetteer.tsv.gz"


def _rebuild(
    rows: list[Place | str], index: dict[str, str | int | tuple[int, ...]], source: str
) -> Gazetteer:
    return Gazetteer(rows, index, source=source)


def _prefixes(index: dict[str, str | int | tuple[int, ...]]) -> frozenset[str]:
    out: set[str] = set()
    for key in index:
        if " " in key:
            words = key.split(" ")
            for n in range(1, len(words)):
                out.add(" ".join(words[:n]))
    return frozenset(out)


def _add_names(index: dict[str, list[int]], i: int, names: Iterable[str]) -> None:
    for n in names:
        k = _key(n)
        if len(k) < 2:
            continue
        ids = index.setdefault(k, [])
        if not ids or ids[-1] != i:
            ids.append(i)


@functools.lru_cache(maxsize=65536)
def _shipped_place(line: str) -> Place:
    gid, name, _keys, lat, lon, cc, admin1, pop, flags = line.split("\t")
    return Place(
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


@functools.cache
def _default() -> Gazetteer:
    # Layout (see tools/build_gazetteer.py): a comment line, then six blocks
    # separated by a line holding only "\f": the rows; the keys naming one
    # row and, line for line, its number; the keys naming several rows and
    # their numbers ("12,407"); the word-prefixes of multi-word keys.
    # Each block is decoded and split on its own, at C speed.
    name = "gazetteer.tsv.gz"
    try:
        parts = gzip.decompress(read_bytes(name)).split(b"\n\f\n")
        if len(parts) != 7:
            raise DataError("expected a header and six blocks", path=name)
        rows: list[Place | str] = list(parts[1].decode("utf-8").split("\n"))
        index: dict[str, str | int | tuple[int, ...]] = dict(
            zip(
                parts[2].decode("utf-8").split("\n"),
                map(int, parts[3].split(b"\n")),
                strict=True,
            )
        )
        index.update(
            zip(
                parts[4].decode("utf-8").split("\n"),
                parts[5].decode("ascii").split("\n"),
                strict=True,
            )
        )
        prefixes = frozenset(parts[6].decode("utf-8").rstrip("\n").split("\n"))
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, DataError):
            raise
        raise DataError(f"cannot read the shipped gazetteer: {exc}", path=name) from exc
    return Gazetteer(rows, index, source=_SHIPPED, prefixes=prefixes)
