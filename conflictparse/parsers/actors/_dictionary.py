"""
Actor dictionaries: the :class:`Actor` record, the :class:`ActorDictionary`
collection, and their TSV and JSON file formats (``conflictparse-actors/1``).

A TSV dictionary starts with the format line, then a header, then one actor
per line; aliases are separated by ``|``::

    # conflictparse-actors/1
    id<TAB>canonical<TAB>kind<TAB>country<TAB>valid_from<TAB>valid_to<TAB>parent<TAB>aliases
    taliban<TAB>Taliban<TAB>rebel<TAB>AF<TAB><TAB><TAB><TAB>Taliban|Afghan Taliban

Blank lines and lines starting with ``#`` are skipped.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

import attrs
from attrs import validators as v

from conflictparse.errors import DataError
from conflictparse.results import ACTOR_KINDS

__all__ = [
    "COLUMNS",
    "FORMAT",
    "INTER_CODES",
    "Actor",
    "ActorDictionary",
    "inter_code",
    "load_dictionary",
]

#: The version tag written on the first line of a dictionary file.
FORMAT: Final = "conflictparse-actors/1"

#: The columns of a TSV dictionary, in order.
COLUMNS: Final = (
    "id",
    "canonical",
    "kind",
    "country",
    "valid_from",
    "valid_to",
    "parent",
    "aliases",
)

#: ACLED ``inter`` code of each actor kind (``unknown`` has none).
INTER_CODES: Final = {
    "state": 1,
    "rebel": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
}


def inter_code(kind: str) -> int | None:
    """
    Return the ACLED ``inter`` code (1-8) of an actor *kind*.

    >>> inter_code("rebel")
    2
    >>> inter_code("external")
    8
    >>> inter_code("unknown") is None
    True

    Raises:
        ValueError: *kind* is not one of :data:`~conflictparse.results.ACTOR_KINDS`.

    .. versionadded:: 0.1.0
    """
    if kind not in ACTOR_KINDS:
        msg = f"unknown actor kind {kind!r}; expected one of {', '.join(ACTOR_KINDS)}"
        raise ValueError(msg)
    return INTER_CODES.get(kind)


def _aliases(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _check_alias(_inst: Any, _attr: Any, value: tuple[str, ...]) -> None:
    try:
        joined = "\x1f".join(value)  # one pass for the common case of good aliases
    except TypeError:
        joined = "|"  # a non-string alias: the loop below names it
    if not ("|" in joined or "\t" in joined or "\n" in joined) and all(
        map(str.strip, value)
    ):
        return
    for alias in value:
        if not isinstance(alias, str) or not alias.strip():
            raise ValueError(f"empty or non-string alias {alias!r}")
        if "|" in alias or "\t" in alias or "\n" in alias:
            raise ValueError(f"alias {alias!r} contains '|', a tab or a newline")


def _check_text(_inst: Any, attr: Any, value: Any) -> None:
    if value is not None and ("\t" in value or "\n" in value):
        raise ValueError(f"{attr.name} {value!r} contains a tab or a newline")


_NAME_CHECKS: Any = [v.instance_of(str), v.min_len(1), _check_text]


@attrs.frozen(kw_only=True)
class Actor:
    """
    One canonical actor: its name, kind, country, the dates it existed
    between and the aliases it is written as.

    >>> a = Actor(id="imu", canonical="Islamic Movement of Uzbekistan",
    ...           kind="rebel", aliases=("IMU",))
    >>> a.valid_on(None)
    True

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=_NAME_CHECKS)
    canonical: str = attrs.field(validator=_NAME_CHECKS)
    kind: str = attrs.field(default="unknown", validator=v.in_(ACTOR_KINDS))
    country: str | None = attrs.field(
        default=None, validator=[v.optional(v.instance_of(str)), _check_text]
    )
    valid_from: _dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(_dt.date))
    )
    valid_to: _dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(_dt.date))
    )
    parent: str | None = attrs.field(
        default=None, validator=[v.optional(v.instance_of(str)), _check_text]
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_aliases, validator=_check_alias
    )

    def __attrs_post_init__(self) -> None:
        if (
            self.valid_from is not None
            and self.valid_to is not None
            and self.valid_to < self.valid_from
        ):
            msg = f"actor {self.id!r}: valid_to {self.valid_to} is before valid_from"
            raise ValueError(msg)

    def valid_on(self, day: _dt.date | None) -> bool:
        """
        Whether the actor existed on *day* (always true when *day* is ``None``).

        >>> import datetime
        >>> a = Actor(id="x", canonical="Government of Sudan (2019-2021)",
        ...           kind="state", valid_from=datetime.date(2019, 4, 11),
        ...           valid_to=datetime.date(2021, 10, 24))
        >>> a.valid_on(datetime.date(2020, 1, 1)), a.valid_on(datetime.date(2022, 1, 1))
        (True, False)
        """
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)

    @property
    def bounded(self) -> bool:
        """Whether the actor has a start or an end date."""
        return self.valid_from is not None or self.valid_to is not None

    def to_dict(self) -> dict[str, Any]:
        """The actor as a JSON-ready dict (the JSON dictionary format)."""
        return {
            "id": self.id,
            "canonical": self.canonical,
            "kind": self.kind,
            "country": self.country,
            "valid_from": None
            if self.valid_from is None
            else self.valid_from.isoformat(),
            "valid_to": None if self.valid_to is None else self.valid_to.isoformat(),
            "parent": self.parent,
            "aliases": list(self.aliases),
        }


def actor_fields_text(actor: Actor) -> str:
    """
    The tab-separated fields of *actor* before its aliases, as written in the
    ``conflictparse-actors/1`` TSV format (empty cells for missing values).

    >>> actor_fields_text(Actor(id="m23", canonical="M23", kind="rebel", country="CD"))
    'm23\\tM23\\trebel\\tCD\\t\\t\\t'
    """
    return "\t".join(
        (
            actor.id,
            actor.canonical,
            actor.kind,
            actor.country or "",
            "" if actor.valid_from is None else actor.valid_from.isoformat(),
            "" if actor.valid_to is None else actor.valid_to.isoformat(),
            actor.parent or "",
        )
    )


class ActorDictionary:
    """
    An immutable collection of :class:`Actor` records with unique ids.

    Build one from actors, from a file (:meth:`from_file`), or join two
    with ``|`` (the right-hand side wins on duplicate ids).

    >>> d = ActorDictionary([Actor(id="lra", canonical="Lord's Resistance Army",
    ...                            kind="rebel", aliases=("LRA",))])
    >>> len(d), d["lra"].canonical
    (1, "Lord's Resistance Army")

    Raises:
        ValueError: two actors share an id, or a parent id is unknown.

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_actors", "_by_id")

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        items = tuple(actors)
        by_id: dict[str, Actor] = {}
        for actor in items:
            if not isinstance(actor, Actor):
                raise TypeError(f"expected Actor, got {type(actor).__name__}")
            if actor.id in by_id:
                raise ValueError(f"duplicate actor id {actor.id!r}")
            by_id[actor.id] = actor
        for actor in items:
            if actor.parent is not None and actor.parent not in by_id:
                raise ValueError(
                    f"actor {actor.id!r} has unknown parent {actor.parent!r}"
                )
        self._actors = items
        self._by_id = by_id

    @property
    def actors(self) -> tuple[Actor, ...]:
        """The actors, in file order."""
        return self._actors

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._by_id

    def __getitem__(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]

    def get(self, actor_id: str) -> Actor | None:
        """The actor with *actor_id*, or ``None``."""
        return self._by_id.get(actor_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ActorDictionary):
            return NotImplemented
        return self._actors == other._actors

    def __hash__(self) -> int:
        return hash(self._actors)

    def __repr__(self) -> str:
        return f"<ActorDictionary of {len(self._actors)} actors>"

    def __or__(self, other: ActorDictionary) -> ActorDictionary:
        if not isinstance(other, ActorDictionary):
            return NotImplemented
        merged = {a.id: a for a in self._actors}
        merged.update({a.id: a for a in other._actors})
        return ActorDictionary(merged.values())

    def __reduce__(self) -> tuple[Any, ...]:
        return (ActorDictionary, (self._actors,))

    # --- files ---------------------------------------------------------------

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> ActorDictionary:
        """
        Load a dictionary file: TSV (``.tsv``, ``.txt``) or JSON (``.json``).

        Raises:
            DataError: the file cannot be read or is malformed; the message
                names the file and line. Nothing of it is loaded.

        .. versionadded:: 0.1.0
        """
        name = os.fspath(path)
        try:
            with open(name, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"cannot read actor dictionary: {exc}", path=name) from exc
        if name.lower().endswith(".json"):
            return cls.from_json(text, path=name)
        return cls.from_tsv(text, path=name)

    @classmethod
    def from_tsv(cls, text: str, *, path: str = "<string>") -> ActorDictionary:
        """
        Parse a ``conflictparse-actors/1`` TSV dictionary from a string.

        >>> tsv = ("# conflictparse-actors/1\\n" + "\\t".join(COLUMNS) + "\\n"
        ...        "hamas\\tHamas\\trebel\\tPS\\t\\t\\t\\tHamas|Islamic Resistance Movement\\n")
        >>> ActorDictionary.from_tsv(tsv)["hamas"].aliases
        ('Hamas', 'Islamic Resistance Movement')

        Raises:
            DataError: a missing format line or header, a wrong number of
                columns, a bad kind or date, a duplicate id (naming the line).
        """
        lines = text.splitlines()
        lineno = 0
        first = True
        header = False
        actors: list[Actor] = []
        seen: dict[str, int] = {}
        for lineno, raw in enumerate(lines, start=1):
            line = raw.rstrip("\r")
            if first:
                if not line.strip():
                    continue
                first = False
                tag = line.lstrip("#").strip()
                if not line.startswith("#") or tag != FORMAT:
                    raise DataError(
                        f"the first line must be '# {FORMAT}', found {line[:60]!r}",
                        path=path,
                        line=lineno,
                    )
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header:
                if tuple(c.strip() for c in cells) != COLUMNS:
                    raise DataError(
                        f"the header must be the columns {', '.join(COLUMNS)}",
                        path=path,
                        line=lineno,
                    )
                header = True
                continue
            if len(cells) != len(COLUMNS):
                raise DataError(
                    f"expected {len(COLUMNS)} tab-separated columns, found {len(cells)}",
                    path=path,
                    line=lineno,
                )
            row = dict(zip(COLUMNS, (c.strip() for c in cells), strict=True))
            actor = _actor_from_row(row, path=path, line=lineno)
            if actor.id in seen:
                raise DataError(
                    f"duplicate id {actor.id!r} (first on line {seen[actor.id]})",
                    path=path,
                    line=lineno,
                )
            seen[actor.id] = lineno
            actors.append(actor)
        if first:
            raise DataError("empty actor dictionary", path=path, line=None)
        if not header:
            raise DataError("missing the header line", path=path, line=lineno)
        return cls._checked(actors, path=path, lines=seen)

    @classmethod
    def from_json(cls, text: str, *, path: str = "<string>") -> ActorDictionary:
        """
        Parse a JSON dictionary: ``{"format": "conflictparse-actors/1",
        "actors": [{"id": ..., "canonical": ..., "aliases": [...]}, ...]}``.

        >>> ActorDictionary.from_json('{"format": "conflictparse-actors/1", '
        ...     '"actors": [{"id": "adf", "canonical": "Allied Democratic Forces", '
        ...     '"kind": "rebel", "aliases": ["ADF"]}]}')["adf"].kind
        'rebel'

        Raises:
            DataError: not JSON, a wrong format tag, or a malformed actor
                (the line is that of the JSON error where known).
        """
        import json  # only for JSON dictionaries: not on the parse path

        try:
            data = json.loads(text)
        except ValueError as exc:
            line = getattr(exc, "lineno", None)
            raise DataError(f"not JSON: {exc}", path=path, line=line) from exc
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise DataError(
                f'expected an object with "format": {FORMAT!r}', path=path, line=1
            )
        items = data.get("actors")
        if not isinstance(items, list):
            raise DataError('"actors" must be a list', path=path, line=1)
        actors: list[Actor] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            if not isinstance(item, Mapping):
                raise DataError(f"actors[{i}] is not an object", path=path)
            unknown = set(item) - set(COLUMNS)
            if unknown:
                raise DataError(f"actors[{i}]: unknown keys {sorted(unknown)}", path=path)
            aliases = item.get("aliases", [])
            if not isinstance(aliases, list):
                raise DataError(f"actors[{i}]: aliases must be a list", path=path)
            row = {k: ("" if item.get(k) is None else item.get(k)) for k in COLUMNS}
            row["aliases"] = aliases
            actor = _actor_from_row(row, path=f"{path} actors[{i}]", line=None)
            if actor.id in seen:
                raise DataError(f"actors[{i}]: duplicate id {actor.id!r}", path=path)
            seen[actor.id] = i
            actors.append(actor)
        return cls._checked(actors, path=path, lines=None)

    @classmethod
    def _checked(
        cls, actors: list[Actor], *, path: str, lines: dict[str, int] | None
    ) -> ActorDictionary:
        ids = {a.id for a in actors}
        for a in actors:
            if a.parent is not None and a.parent not in ids:
                raise DataError(
                    f"unknown parent {a.parent!r} of {a.id!r}",
                    path=path,
                    line=None if lines is None else lines.get(a.id),
                )
        return cls(actors)

    def to_tsv(self) -> str:
        """
        Render the dictionary in the ``conflictparse-actors/1`` TSV format.

        >>> d = ActorDictionary([Actor(id="m23", canonical="M23", kind="rebel",
        ...                            country="CD", aliases=("March 23 Movement",))])
        >>> d.to_tsv().splitlines()[2]
        'm23\\tM23\\trebel\\tCD\\t\\t\\t\\tMarch 23 Movement'
        """
        out = [f"# {FORMAT}", "\t".join(COLUMNS)]
        out.extend(f"{actor_fields_text(a)}\t{'|'.join(a.aliases)}" for a in self._actors)
        return "\n".join(out) + "\n"

    def to_json(self) -> str:
        """Render the dictionary in the JSON format read by :meth:`from_json`."""
        import json  # only for JSON dictionaries: not on the parse path

        data = {"format": FORMAT, "actors": [a.to_dict() for a in self._actors]}
        return json.dumps(data, ensure_ascii=False, indent=1)

    def to_file(self, path: str | os.PathLike[str]) -> None:
        """
        Write the dictionary to *path*: JSON when the name ends in ``.json``,
        TSV otherwise. :meth:`from_file` reads it back unchanged.

        .. versionadded:: 0.1.0
        """
        name = os.fspath(path)
        text = self.to_json() if name.lower().endswith(".json") else self.to_tsv()
        with open(name, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)


def _date(value: Any, column: str, *, path: str, line: int | None) -> _dt.date | None:
    if value in ("", None):
        return None
    if not isinstance(value, str):
        raise DataError(f"{column} must be an ISO date string", path=path, line=line)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(
            f"{column} {value!r} is not an ISO date (YYYY-MM-DD)", path=path, line=line
        ) from None


def _actor_from_row(row: Mapping[str, Any], *, path: str, line: int | None) -> Actor:
    for key in ("id", "canonical", "kind", "country", "parent"):
        if not isinstance(row[key], str):
            raise DataError(f"{key} must be a string", path=path, line=line)
    if not row["id"]:
        raise DataError("empty id", path=path, line=line)
    if not row["canonical"]:
        raise DataError("empty canonical name", path=path, line=line)
    kind = row["kind"] or "unknown"
    if kind not in ACTOR_KINDS:
        raise DataError(
            f"kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}", path=path, line=line
        )
    raw_aliases = row["aliases"]
    if isinstance(raw_aliases, str):
        aliases = [a.strip() for a in raw_aliases.split("|")] if raw_aliases else []
    else:
        aliases = list(raw_aliases)
    if any(not isinstance(a, str) or not a.strip() for a in aliases):
        raise DataError("an alias is empty or not a string", path=path, line=line)
    try:
        return Actor(
            id=row["id"],
            canonical=row["canonical"],
            kind=kind,
            country=row["country"] or None,
            valid_from=_date(row["valid_from"], "valid_from", path=path, line=line),
            valid_to=_date(row["valid_to"], "valid_to", path=path, line=line),
            parent=row["parent"] or None,
            aliases=tuple(a.strip() for a in aliases),
        )
    except (TypeError, ValueError) as exc:
        if isinstance(exc, DataError):
            raise
        raise DataError(str(exc), path=path, line=line) from exc


def load_dictionary(path: str | os.PathLike[str]) -> ActorDictionary:
    """
    Load an actor dictionary file (TSV or JSON); the same as
    :meth:`ActorDictionary.from_file`.

    >>> import os, tempfile
    >>> d = ActorDictionary([Actor(id="aa", canonical="Arakan Army", kind="rebel",
    ...                            country="MM", aliases=("AA",))])
    >>> path = os.path.join(tempfile.mkdtemp(), "mine.tsv")
    >>> d.to_file(path)
    >>> load_dictionary(path) == d
    True

    Raises:
        DataError: the file is unreadable or malformed (naming file and line).

    .. versionadded:: 0.1.0
    """
    return ActorDictionary.from_file(path)
