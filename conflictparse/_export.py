"""
Exports: reports as JSON Lines, events as ACLED-like and UCDP-like rows,
CSV files and (when pandas is installed) data frames.

One row per event. The ACLED-like columns follow the ACLED codebook
(``event_date``, ``time_precision``, ``actor1`` … ``notes``), the
UCDP-like columns the UCDP GED codebook (``side_a``, ``side_b``,
``date_start`` … ``high``); both come from the same parse.
"""

from __future__ import annotations

import csv
import functools
import importlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple

from conflictparse.errors import MissingDependencyError
from conflictparse.results import Event, PlaceMention, Report, _json_text

if TYPE_CHECKING:
    from conflictparse._batch import BatchItem

__all__ = [
    "ACLED_COLUMNS",
    "CSV_COLUMNS",
    "UCDP_COLUMNS",
    "MissingDependencyError",
    "acled_rows",
    "as_dict",
    "event_rows",
    "to_dataframe",
    "ucdp_rows",
    "write_csv",
    "write_jsonl",
]

#: ACLED-like columns, in order.
ACLED_COLUMNS: Final = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "iso",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)

#: UCDP-like columns, in order.
UCDP_COLUMNS: Final = (
    "id",
    "side_a",
    "side_b",
    "date_start",
    "date_end",
    "date_prec",
    "country",
    "adm_1",
    "adm_2",
    "where_coordinates",
    "latitude",
    "longitude",
    "where_prec",
    "best",
    "low",
    "high",
    "source_article",
)

#: The columns of the full CSV: ACLED-like then the UCDP-only ones.
CSV_COLUMNS: Final = ACLED_COLUMNS + tuple(
    c
    for c in UCDP_COLUMNS
    if c not in ACLED_COLUMNS and c not in ("id", "adm_1", "adm_2", "source_article")
)

Cell = str | int | float | None


def _precision_code(place: PlaceMention | None, code: Callable[[str], int]) -> int | None:
    """The ACLED or UCDP location-precision code of *place*, if it has a precision."""
    if place is None or place.precision is None:
        return None
    return code(place.precision)


@functools.lru_cache(maxsize=512)
def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    from conflictparse._countries import by_alpha2

    found = by_alpha2().get(code.upper())
    if found is None:
        return code
    return found.common_name or found.name


@functools.lru_cache(maxsize=512)
def _country_numeric(code: str | None) -> int | None:
    if not code:
        return None
    from conflictparse._countries import by_alpha2

    found = by_alpha2().get(code.upper())
    return None if found is None else int(found.numeric)


@functools.lru_cache(maxsize=4096)
def _admin1_name(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    subdivisions: Any = pycountry.subdivisions
    try:
        found = subdivisions.get(code=code.upper())
    except (KeyError, LookupError):
        found = None
    return code if found is None else str(found.name)


def _notes(event: Event, text: str | None) -> str | None:
    if text is None or not event.support:
        return None
    return " ".join(" ".join(s.slice(text).split()) for s in event.support)


def _location(place: PlaceMention | None) -> str | None:
    if place is None:
        return None
    return place.name or place.text


def _event_id(doc_id: str | None, event: Event) -> str:
    return f"{doc_id}:{event.id}" if doc_id else event.id


def _coerce(report: Report | BatchItem) -> tuple[Report | None, str | None, str | None]:
    if isinstance(report, Report):
        return report, None, None
    return report.report, report.text, report.id


class _Facts(NamedTuple):
    """What the ACLED-like and UCDP-like rows of one event share."""

    event_id: str
    actor1: str | None
    inter1: int | None
    actor2: str | None
    inter2: int | None
    country: str | None
    admin1: str | None
    location: str | None
    notes: str | None


def _facts(event: Event, text: str | None, doc_id: str | None) -> _Facts:
    from conflictparse.parsers.actors import inter_code

    place = event.place
    a, b = event.side_a, event.side_b
    return _Facts(
        event_id=_event_id(doc_id, event),
        actor1=None if a is None else a.canonical or a.text,
        inter1=None if a is None else inter_code(a.kind),
        actor2=None if b is None else b.canonical or b.text,
        inter2=None if b is None else inter_code(b.kind),
        country=_country_name(place.country if place else None),
        admin1=_admin1_name(place.admin1 if place else None),
        location=_location(place),
        notes=_notes(event, text),
    )


def _acled_row(e: Event, f: _Facts, doc_id: str | None) -> dict[str, Cell]:
    from conflictparse.parsers.dates import acled_time_precision
    from conflictparse.parsers.places import acled_geo_precision

    place = e.place
    when = e.date.earliest if e.date is not None else None
    return {
        "event_id_cnty": f.event_id,
        "event_date": when.isoformat() if when else None,
        "year": when.year if when else None,
        "time_precision": acled_time_precision(e.date) if e.date else None,
        "event_type": e.event_type,
        "actor1": f.actor1,
        "inter1": f.inter1,
        "actor2": f.actor2,
        "inter2": f.inter2,
        "iso": _country_numeric(place.country if place else None),
        "country": f.country,
        "admin1": f.admin1,
        "admin2": place.admin2 if place else None,
        "location": f.location,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": _precision_code(place, acled_geo_precision),
        "source": doc_id,
        "notes": f.notes,
        "fatalities": e.fatalities,
    }


def _ucdp_row(e: Event, f: _Facts, doc_id: str | None) -> dict[str, Cell]:
    from conflictparse.parsers.dates import ucdp_date_prec
    from conflictparse.parsers.places import ucdp_where_prec

    place = e.place
    d = e.date
    return {
        "id": f.event_id,
        "side_a": f.actor1,
        "side_b": f.actor2,
        "date_start": d.earliest.isoformat() if d and d.earliest else None,
        "date_end": d.latest.isoformat() if d and d.latest else None,
        "date_prec": ucdp_date_prec(d) if d else None,
        "country": f.country,
        "adm_1": f.admin1,
        "adm_2": place.admin2 if place else None,
        "where_coordinates": f.location,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "where_prec": _precision_code(place, ucdp_where_prec),
        "best": e.best,
        "low": e.low,
        "high": e.high,
        "source_article": f.notes,
    }


def _csv_row(e: Event, f: _Facts, doc_id: str | None) -> dict[str, Cell]:
    row = _acled_row(e, f, doc_id)
    u = _ucdp_row(e, f, doc_id)
    row.update({k: u[k] for k in CSV_COLUMNS if k not in row})
    return row


_RowBuilder = Callable[[Event, _Facts, str | None], dict[str, Cell]]


def _rows(
    report: Report, text: str | None, doc_id: str | None, build: _RowBuilder
) -> list[dict[str, Cell]]:
    """One row per event: the shared facts are worked out once per event."""
    return [build(e, _facts(e, text, doc_id), doc_id) for e in report.events]


def acled_rows(
    report: Report, *, text: str | None = None, doc_id: str | None = None
) -> list[dict[str, Cell]]:
    """
    Return one ACLED-like row (a dict keyed by :data:`ACLED_COLUMNS`) per event.

    ``notes`` holds the supporting sentences when *text*, the story the
    report was read from, is given. ``fatalities`` is ACLED's conservative
    single figure; it is empty (``None``) when the story gives no number.

    >>> import conflictparse
    >>> story = ("MOGADISHU (Reuters) - Al Shabaab fighters attacked an army base "
    ...          "in Somalia on Tuesday, killing five soldiers, officials said.")
    >>> report = conflictparse.parse(story, published="2024-03-06")
    >>> rows = acled_rows(report, text=story, doc_id="story-1")
    >>> [(r["event_id_cnty"], r["fatalities"]) for r in rows]
    [('story-1:e1', 5)]

    Args:
        report: a parsed report.
        text: the story, for the ``notes`` column.
        doc_id: a name for the story, prefixed to ``event_id_cnty``.

    Returns:
        A list of dicts, one per event of the report.

    .. versionadded:: 0.1.0
    """
    return _rows(report, text, doc_id, _acled_row)


def ucdp_rows(
    report: Report, *, text: str | None = None, doc_id: str | None = None
) -> list[dict[str, Cell]]:
    """
    Return one UCDP-like row (a dict keyed by :data:`UCDP_COLUMNS`) per event.

    ``best``, ``low`` and ``high`` are the UCDP fatality estimates
    (``None`` where the story gives no bound); ``date_prec`` and
    ``where_prec`` follow the UCDP GED codebook.

    >>> import conflictparse
    >>> story = ("KABUL (AFP) - Taliban fighters stormed a police post in "
    ...          "Kunduz province on Saturday, killing at least four officers.")
    >>> report = conflictparse.parse(story, published="2016-03-06")
    >>> [(r["side_a"], r["low"], r["high"]) for r in ucdp_rows(report)]
    [('Taliban', 4, None)]

    Args:
        report: a parsed report.
        text: the story, for the ``source_article`` column.
        doc_id: a name for the story, prefixed to ``id``.

    Returns:
        A list of dicts, one per event of the report.

    .. versionadded:: 0.1.0
    """
    return _rows(report, text, doc_id, _ucdp_row)


def event_rows(
    report: Report,
    *,
    columns: str = "csv",
    text: str | None = None,
    doc_id: str | None = None,
) -> list[dict[str, Cell]]:
    """
    Return the report's events as rows of one of the column sets:
    ``"acled"`` (:data:`ACLED_COLUMNS`), ``"ucdp"`` (:data:`UCDP_COLUMNS`)
    or ``"csv"`` (:data:`CSV_COLUMNS`, both in one row).

    >>> import conflictparse
    >>> report = conflictparse.parse("Talks resumed in Doha on Monday.")
    >>> event_rows(report, columns="ucdp")
    []

    Raises:
        ValueError: *columns* is none of those.

    .. versionadded:: 0.1.0
    """
    builders: dict[str, _RowBuilder] = {
        "acled": _acled_row,
        "ucdp": _ucdp_row,
        "csv": _csv_row,
    }
    build = builders.get(columns)
    if build is None:
        msg = f"columns must be 'acled', 'ucdp' or 'csv', not {columns!r}"
        raise ValueError(msg)
    return _rows(report, text, doc_id, build)


def _header(columns: str) -> Sequence[str]:
    return {"acled": ACLED_COLUMNS, "ucdp": UCDP_COLUMNS, "csv": CSV_COLUMNS}[columns]


def _rows_of(
    reports: Iterable[Report | BatchItem], columns: str
) -> Iterator[dict[str, Cell]]:
    for item in reports:
        report, text, doc_id = _coerce(item)
        if report is not None:
            yield from event_rows(report, columns=columns, text=text, doc_id=doc_id)


def write_csv(
    reports: Iterable[Report | BatchItem], out: IO[str], *, columns: str = "csv"
) -> int:
    """
    Write the events of *reports* to *out* as CSV with a header row.

    *reports* may hold :class:`~conflictparse.Report` objects or the
    :class:`~conflictparse.BatchItem` objects of
    :func:`~conflictparse.parse_many` (which carry the text for ``notes``
    and a document id); failed items are skipped. Rows are written as they
    come, so a stream of any length takes constant memory.

    >>> import io, conflictparse
    >>> story = "Gunmen killed three villagers in Kaduna state on Sunday."
    >>> buf = io.StringIO()
    >>> write_csv([conflictparse.parse(story, published="2024-03-04")], buf,
    ...           columns="acled")
    1
    >>> buf.getvalue().splitlines()[0].split(",")[:3]
    ['event_id_cnty', 'event_date', 'year']

    Args:
        reports: reports or batch items.
        out: a text stream opened with ``newline=""``.
        columns: ``"acled"``, ``"ucdp"`` or ``"csv"`` (both).

    Returns:
        The number of event rows written.

    .. versionadded:: 0.1.0
    """
    header = _header(columns)
    writer = csv.DictWriter(out, fieldnames=list(header), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in _rows_of(reports, columns):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        n += 1
    return n


def write_jsonl(reports: Iterable[Report | BatchItem], out: IO[str]) -> int:
    """
    Write one ``conflictparse.report/1`` JSON object per line.

    Batch items keep their document id under ``"id"``; a failed item is
    written as ``{"id": ..., "error": ..., "error_type": ...}`` so the line
    numbers of input and output agree.

    >>> import io, conflictparse
    >>> buf = io.StringIO()
    >>> write_jsonl([conflictparse.parse("Two soldiers died on Friday.")], buf)
    1
    >>> buf.getvalue().startswith('{"schema": "conflictparse.report/1"')
    True

    Returns:
        The number of lines written.

    .. versionadded:: 0.1.0
    """
    n = 0
    for item in reports:
        out.write(_json_text(json.dumps(as_dict(item), ensure_ascii=False)) + "\n")
        n += 1
    return n


def as_dict(item: Report | BatchItem) -> dict[str, Any]:
    """
    Return a report, or a batch item, as the JSON-ready dict that
    :func:`write_jsonl` writes.

    >>> from conflictparse import BatchItem
    >>> as_dict(BatchItem(index=3, id="story-4", error="bad date",
    ...                   error_type="InvalidContextError"))
    {'id': 'story-4', 'error': 'bad date', 'error_type': 'InvalidContextError'}

    .. versionadded:: 0.1.0
    """
    if isinstance(item, Report):
        return item.to_dict()
    if item.report is not None:
        data = item.report.to_dict()
        return {"schema": data.pop("schema"), "id": item.id, **data}
    return {"id": item.id, "error": item.error, "error_type": item.error_type}


def to_dataframe(reports: Iterable[Report | BatchItem], *, columns: str = "csv") -> Any:
    """
    Return the events of *reports* as a :class:`pandas.DataFrame`, one row
    per event, with the columns of :func:`event_rows`.

    pandas is optional: install it with ``pip install conflictparse[pandas]``.

    >>> import conflictparse
    >>> story = "Rebels shelled Goma on Monday, killing two children."
    >>> df = to_dataframe([conflictparse.parse(story, published="2024-03-05")],
    ...                   columns="ucdp")
    >>> list(df.columns)[:3]
    ['id', 'side_a', 'side_b']

    Raises:
        MissingDependencyError: pandas is not installed.

    .. versionadded:: 0.1.0
    """
    try:
        pd: Any = importlib.import_module("pandas")
    except ImportError as exc:
        raise MissingDependencyError(
            "to_dataframe() needs pandas: pip install 'conflictparse[pandas]'",
            package="pandas",
            extra="pandas",
        ) from exc
    header = list(_header(columns))
    return pd.DataFrame.from_records(list(_rows_of(reports, columns)), columns=header)
