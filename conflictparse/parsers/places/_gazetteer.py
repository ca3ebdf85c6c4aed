"""
The gazetteer of populated places: the compact table shipped in the
package (``gazetteer.bin``, built by ``tools/build_gazetteer.py`` from
GeoNames) or a full GeoNames dump loaded with :meth:`Gazetteer.from_geonames`.

Both are held in one compact form, the ``conflictparse gazetteer/2``
layout, so that loading creates almost no Python objects: the whole table
is one :class:`bytes` object plus two :class:`array.array` of offsets.

* **Rows**: one UTF-8 line per place (GeoNames id, name, latitude,
  longitude, country, ISO 3166-2 admin1, admin2, population, flags,
  feature code, tab-separated). A row is decoded into a :class:`Place`
  only when a lookup returns it.
* **Keys**: every lookup key (a folded name, see ``_tables._key``) and every
  word-prefix of a multi-word key, as records ``\\n<key>\\t<flag><ids>``
  grouped in hash buckets (``zlib.crc32`` of the UTF-8 key, a power-of-two
  number of buckets). ``<flag>`` is ``P`` when the key is a prefix of a
  longer key, else ``-``; ``<ids>`` are the row numbers it names, most
  populous first, comma-separated (empty for a bare prefix). A lookup is one
  CRC, two array reads and one bounded :meth:`bytes.find`.

The shipped table is mapped into memory (:func:`conflictparse._data.map_bytes`),
not read: a lookup touches a few pages of it, and loading it costs almost
nothing. The file starts with a fixed header (magic, five little-endian uint32:
rows, buckets, where the rows and keys start, where the file ends), then a
UTF-8 provenance note, the row offsets and the bucket offsets (absolute,
little-endian uint32), the rows and the keys. Reading it executes nothing:
it is parsed with :mod:`struct` and :mod:`array` only (no :mod:`pickle` or
:mod:`marshal`), and users' GeoNames dumps are read as text by
:meth:`Gazetteer.from_geonames`, never in this layout.

Because running processes map the file, replace it atomically (write a new
file beside it and :func:`os.replace` it over the old one, as
``tools/build_gazetteer.py`` does), never rewrite it in place: truncating a
mapped file kills every process that maps it with SIGBUS on its next lookup.
"""

from __future__ import annotations

import collections.abc
import functools
import gzip
import io
import itertools
import os
import struct
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Final, TypeAlias

import attrs

from conflictparse._data import map_bytes
from conflictparse.errors import DataError
from conflictparse.parsers.places._tables import _key, admin1_by_geonames

if TYPE_CHECKING:
    import mmap

__all__ = ["Gazetteer", "Place"]

#: A table in the ``conflictparse gazetteer/2`` layout: :class:`bytes`, or
#: the shipped file mapped into memory (indexing, slicing and ``find``
#: behave alike).
_Table: TypeAlias = "bytes | mmap.mmap"
#: Offsets read in place: a view of the table's own bytes, or a copy.
_Offsets: TypeAlias = "memoryview | array[int]"

#: GeoNames feature classes kept from a full dump: administrative areas,
#: populated places, water, and land features (mountains, valleys).
_FEATURE_CLASSES: Final = frozenset("APHT")

_GEONAMES_COLUMNS: Final = 19

#: The shipped table, in ``conflictparse/data``.
_SHIPPED_NAME: Final = "gazetteer.bin"
_SHIPPED: Final = f"conflictparse/data/{_SHIPPED_NAME}"

_MAGIC: Final = b"CPGAZ/2\n"
_HEADER: Final = struct.Struct("<5I")
_ROW_COLUMNS: Final = 10
#: Lookup keys per hash bucket, on average (a bucket is scanned with one find).
_BUCKET_LOAD: Final = 4
_NL: Final = 10  # b"\n"[0]
_PREFIX_FLAG: Final = 80  # b"P"[0]
#: How many probe() answers a gazetteer remembers (about 100 bytes each).
_MEMO_SIZE: Final = 32768

#: :meth:`Gazetteer.probe` bits.
NAMES_PLACE: Final = 1
IS_PREFIX: Final = 2


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


class _Prefixes(collections.abc.Set[str]):
    """
    The word-prefixes of multi-word keys ("san", "san luis"), as a set.
    """

    __slots__ = ("_gaz",)

    def __init__(self, gaz: Gazetteer) -> None:
        self._gaz = gaz

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        gaz = self._gaz
        bits = gaz._memo.get(key)
        if bits is None:
            bits = gaz._probe(key)
        return bits >= IS_PREFIX

    def __iter__(self) -> Iterator[str]:
        return (k for k, flag, _ in self._gaz._records() if flag == "P")

    def __len__(self) -> int:
        return sum(1 for _ in self)


class Gazetteer:
    """
    Populated places indexed by folded name.

    Use :meth:`default` for the table shipped with conflictparse, or
    :meth:`from_geonames` for a GeoNames dump, and pass it to
    :class:`~conflictparse.parsers.places.PlaceParser`. A gazetteer is
    immutable, so threads and processes may share it.

    >>> [p.country for p in Gazetteer.default().lookup("ISLAMABAD")]
    ['PK']

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_blob", "_buckets", "_mask", "_memo", "_rows", "prefixes", "source")

    def __init__(self, blob: bytes, *, source: str) -> None:
        """
        Wrap *blob*, a table in the ``conflictparse gazetteer/2`` layout
        (see the module docstring); use :meth:`default` or
        :meth:`from_geonames` rather than calling this directly.

        >>> g = Gazetteer(Gazetteer.default().to_bytes(), source="copy")
        >>> g.lookup("Taloqan")[0].admin1
        'AF-TAK'

        Raises:
            DataError: *blob* is not in that layout.
        """
        if not isinstance(blob, bytes):
            raise DataError("not a conflictparse gazetteer/2 table", path=source)
        self._init(blob, source)

    def _init(self, blob: _Table, source: str) -> None:
        self._blob: _Table = blob
        self.source = source
        self._rows, self._buckets = _offsets(blob, source)
        self._mask = len(self._buckets) - 2
        # probe() answers for recent keys: a cache only (cleared when full),
        # so sharing it between threads is safe and changes no result
        self._memo: dict[str, int] = {}
        #: Every proper word-prefix of a multi-word name ("san", "san luis"),
        #: a set-like view answering ``in`` with one hash lookup.
        self.prefixes: collections.abc.Set[str] = _Prefixes(self)

    def __len__(self) -> int:
        return len(self._rows) - 1

    def __reduce__(self) -> tuple[object, ...]:
        # the shipped table travels as a reference, loaded again on arrival
        if _default.cache_info().currsize and self is _default():
            return (Gazetteer.default, ())
        return (_rebuild, (self.to_bytes(), self.source))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.has_key(_key(name))

    def probe(self, key: str) -> int:
        """
        What the already-folded *key* is, in one lookup: a bit mask of
        ``NAMES_PLACE`` (1, it names at least one place) and ``IS_PREFIX``
        (2, it is a word-prefix of a longer name); 0 if neither.

        Faster than asking :meth:`has_key` and ``in prefixes`` in turn.

        >>> g = Gazetteer.default()
        >>> g.probe("taloqan"), g.probe("mazar i"), g.probe("qwertyuiop")
        (1, 2, 0)

        .. versionadded:: 0.1.0
        """
        bits = self._memo.get(key)
        return self._probe(key) if bits is None else bits

    def _probe(self, key: str) -> int:
        pos = self._find(key)
        if pos < 0:
            bits = 0
        else:
            blob = self._blob
            bits = (NAMES_PLACE if blob[pos + 1] != _NL else 0) | (
                IS_PREFIX if blob[pos] == _PREFIX_FLAG else 0
            )
        memo = self._memo
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[key] = bits
        return bits

    def has_key(self, key: str) -> bool:
        """
        Whether the already-folded lookup *key* names a place.

        >>> Gazetteer.default().has_key("taloqan")
        True

        .. versionadded:: 0.1.0
        """
        bits = self._memo.get(key)
        if bits is None:
            bits = self._probe(key)
        return bits & NAMES_PLACE != 0

    def lookup(self, name: str) -> tuple[Place, ...]:
        """
        The places called *name* (any case, with or without diacritics),
        most populous first.

        >>> Gazetteer.default().lookup("Kunduz")[0].admin1
        'AF-KDZ'

        .. versionadded:: 0.1.0
        """
        return self.lookup_key(_key(name))

    def lookup_key(self, key: str) -> tuple[Place, ...]:
        """
        Like :meth:`lookup`, for an already-folded key.

        >>> [p.name for p in Gazetteer.default().lookup_key("darqad")]
        ['Darqad']

        .. versionadded:: 0.1.0
        """
        pos = self._find(key)
        if pos < 0:
            return ()
        blob = self._blob
        end = blob.find(b"\n", pos + 1)
        if end == pos + 1:
            return ()
        try:
            return tuple(self._place(int(i)) for i in blob[pos + 1 : end].split(b","))
        except (ValueError, IndexError) as exc:  # UnicodeDecodeError is a ValueError
            raise DataError(f"damaged gazetteer table: {exc}", path=self.source) from exc

    def keys(self) -> Iterator[str]:
        """
        Every lookup key that names a place, in no particular order: what a
        name matcher (a trie or an automaton) would be compiled from.

        >>> "darqad" in set(Gazetteer.default().keys())
        True

        .. versionadded:: 0.1.0
        """
        return (k for k, _, ids in self._records() if ids)

    def to_bytes(self) -> bytes:
        """
        The table in the ``conflictparse gazetteer/2`` layout, as the
        shipped ``gazetteer.bin`` holds it; :class:`Gazetteer` reads it back.

        >>> from conflictparse._data import read_bytes
        >>> Gazetteer.default().to_bytes() == read_bytes("gazetteer.bin")
        True

        .. versionadded:: 0.1.0
        """
        blob = self._blob
        return blob if isinstance(blob, bytes) else blob[:]

    def _find(self, key: str) -> int:
        """
        Where *key*'s record continues (its flag byte), or -1.
        """
        try:
            kb = key.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates name no place
            return -1
        b = zlib.crc32(kb) & self._mask
        buckets = self._buckets
        pos = self._blob.find(b"\n" + kb + b"\t", buckets[b], buckets[b + 1])
        return pos if pos < 0 else pos + len(kb) + 2

    def _place(self, i: int) -> Place:
        return _decode_row(self._blob[self._rows[i] : self._rows[i + 1]])

    def _records(self) -> Iterator[tuple[str, str, str]]:
        """
        Every (key, flag, ids) record of the key index.
        """
        start = self._buckets[0]
        text = self._blob[start : self._buckets[-1]].decode("utf-8")
        for record in text.split("\n")[1:]:
            key, _, rest = record.partition("\t")
            yield key, rest[:1], rest[1:]

    @classmethod
    def default(cls) -> Gazetteer:
        """
        The gazetteer shipped with conflictparse (loaded once, then shared).

        >>> len(Gazetteer.default()) > 50000
        True

        Raises:
            DataError: the shipped file is missing or damaged.

        .. versionadded:: 0.1.0
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
            with open(name, "rb") as fh:
                raw = fh.read()
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
        del raw
        admin1 = admin1_by_geonames()
        places: list[Place] = []
        keys: list[list[str]] = []
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
            if gid < 0 or population < 0:
                raise DataError("negative id or population", path=name, line=lineno)
            fclass, fcode, cc = cells[6], cells[7], cells[8]
            if fclass not in _FEATURE_CLASSES:
                continue
            if fclass == "P" and population < min_population:
                continue
            places.append(
                Place(
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
            )
            keys.append(_name_keys([cells[1], cells[2], *cells[3].split(",")]))
        try:
            blob = encode(places, keys, note=f"GeoNames dump {name}")
        except ValueError as exc:  # a carriage return in a name, a table over 4 GB
            raise DataError(str(exc), path=name) from exc
        return cls(blob, source=name)


def _rebuild(blob: bytes, source: str) -> Gazetteer:
    return Gazetteer(blob, source=source)


def _name_keys(names: Iterable[str]) -> list[str]:
    """
    The distinct lookup keys (of two characters or more) of *names*.
    """
    return list(dict.fromkeys(k for k in map(_key, names) if len(k) >= 2))


def _encode_row(p: Place) -> str:
    flags = ("C" if p.capital else "") + ("W" if p.common_word else "")
    row = (
        f"{p.geonames_id}\t{p.name}\t{p.latitude!r}\t{p.longitude!r}\t{p.country}"
        f"\t{p.admin1 or ''}\t{p.admin2 or ''}\t{p.population}\t{flags}"
        f"\t{p.feature_code or ''}"
    )
    if row.count("\t") != _ROW_COLUMNS - 1 or "\n" in row or "\r" in row:
        raise ValueError(f"a name or code holds a tab or line break: {row!r}")
    return row + "\n"


@functools.lru_cache(maxsize=65536)
def _decode_row(line: bytes) -> Place:
    gid, name, lat, lon, cc, admin1, admin2, pop, flags, fcode = (
        line.decode("utf-8").rstrip("\n").split("\t")
    )
    return Place(
        geonames_id=int(gid),
        name=name,
        latitude=float(lat),
        longitude=float(lon),
        country=cc,
        admin1=admin1 or None,
        admin2=admin2 or None,
        population=int(pop),
        capital="C" in flags,
        common_word="W" in flags,
        feature_code=fcode or None,
    )


def _le(values: Sequence[int]) -> bytes:
    arr = array("I", values)
    if sys.byteorder == "big":  # pragma: no cover - the file is little-endian
        arr.byteswap()
    return arr.tobytes()


def encode(places: Sequence[Place], keys: Sequence[Iterable[str]], *, note: str) -> bytes:
    """
    Lay out *places* and their lookup *keys* (``keys[i]`` name
    ``places[i]``) in the ``conflictparse gazetteer/2`` layout. The output
    depends only on the arguments (keys in buckets are sorted), so a build
    is reproducible.

    >>> p = Place(geonames_id=1144040, name="Darqad", latitude=37.3841,
    ...     longitude=69.4529, country="AF", admin1="AF-TAK")
    >>> g = Gazetteer(encode([p], [["darqad", "darkat"]], note="one row"), source="mine")
    >>> g.lookup("DARKAT") == (p,)
    True

    Raises:
        ValueError: a name or code holds a tab or a line break, or a key
            is empty, or the table would exceed 4 GB.
    """
    if len(places) != len(keys):
        raise ValueError("one list of keys per place")
    index: dict[str, list[int]] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            ids = index.get(k)
            if ids is None:
                index[k] = [i]
            elif ids[-1] != i:
                ids.append(i)
    rank = [(-p.population, p.geonames_id) for p in places]
    return _layout(
        [_encode_row(p).encode("utf-8") for p in places],
        {
            k: ",".join(
                map(str, sorted(ids, key=rank.__getitem__) if len(ids) > 1 else ids)
            )
            for k, ids in index.items()
        },
        note,
    )


def _layout(rows: Sequence[bytes], index: dict[str, str], note: str) -> bytes:
    """
    :func:`encode` for rows already encoded and an *index* from each key
    to the numbers of the rows it names, in order, comma-separated.
    """
    bad = "\t\n\r"
    for k in index:
        if not k or k[0] == " " or k[-1] == " " or any(c in k for c in bad):
            raise ValueError(f"bad lookup key {k!r}")
    prefixes = {
        " ".join(words[:n])
        for words in (k.split(" ") for k in index if " " in k)
        for n in range(1, len(words))
    }
    names = sorted(index.keys() | prefixes)
    nbuckets = 1
    while nbuckets * _BUCKET_LOAD < len(names):
        nbuckets *= 2
    mask = nbuckets - 1
    buckets: list[list[bytes]] = [[] for _ in range(nbuckets)]
    # sorted once, so every bucket lists its keys in order
    for k in names:
        kb = k.encode("utf-8")
        flag = "P" if k in prefixes else "-"
        buckets[zlib.crc32(kb) & mask].append(f"\n{k}\t{flag}{index.get(k, '')}".encode())
    note_b = note.encode("utf-8")
    rows_at = (
        len(_MAGIC) + _HEADER.size + len(note_b) + 4 * (len(rows) + 1 + nbuckets + 1)
    )
    row_offsets = list(itertools.accumulate(map(len, rows), initial=rows_at))
    keys_at = row_offsets[-1]
    chunks = [b"".join(bucket) for bucket in buckets]
    bucket_offsets = list(itertools.accumulate(map(len, chunks), initial=keys_at))
    end = bucket_offsets[-1] + 1
    if end >= 2**32:
        raise ValueError("the table would exceed 4 GB")
    header = _HEADER.pack(len(rows), nbuckets, rows_at, keys_at, end)
    return b"".join([
        _MAGIC, header, note_b, _le(row_offsets), _le(bucket_offsets), *rows, *chunks, b"\n",
    ])  # fmt: skip


def _offsets(blob: _Table, source: str) -> tuple[_Offsets, _Offsets]:
    """
    Check *blob*'s header; its row offsets and bucket offsets (views of
    *blob*'s bytes: nothing is copied).
    """
    head = len(_MAGIC) + _HEADER.size
    if blob[: len(_MAGIC)] != _MAGIC or len(blob) < head:
        raise DataError("not a conflictparse gazetteer/2 table", path=source)
    nrows, nbuckets, rows_at, keys_at, end = _HEADER.unpack_from(blob, len(_MAGIC))
    arrays_at = rows_at - 4 * (nrows + 1 + nbuckets + 1)
    if (
        end != len(blob)
        or nbuckets < 1
        or nbuckets & (nbuckets - 1)
        or not head <= arrays_at <= rows_at <= keys_at < end
    ):
        raise DataError("damaged gazetteer header", path=source)
    split = arrays_at + 4 * (nrows + 1)
    rows: _Offsets
    buckets: _Offsets
    if sys.byteorder == "little":
        view = memoryview(blob)
        rows = view[arrays_at:split].cast("I")
        buckets = view[split:rows_at].cast("I")
    else:  # pragma: no cover - the file is little-endian
        rows = array("I", blob[arrays_at:split])
        buckets = array("I", blob[split:rows_at])
        rows.byteswap()
        buckets.byteswap()
    if (rows[0], rows[-1], buckets[0], buckets[-1]) != (
        rows_at,
        keys_at,
        keys_at,
        end - 1,
    ):
        raise DataError("damaged gazetteer offsets", path=source)
    return rows, buckets


def note(gaz: Gazetteer) -> str:
    """
    The provenance note stored in *gaz*'s table.

    >>> "CC BY 4.0" in note(Gazetteer.default())
    True
    """
    blob = gaz._blob
    nrows, nbuckets, rows_at = _HEADER.unpack_from(blob, len(_MAGIC))[:3]
    start = len(_MAGIC) + _HEADER.size
    return blob[start : rows_at - 4 * (nrows + 1 + nbuckets + 1)].decode("utf-8")


@functools.cache
def _default() -> Gazetteer:
    gaz = Gazetteer.__new__(Gazetteer)
    gaz._init(map_bytes(_SHIPPED_NAME), _SHIPPED)
    return gaz
