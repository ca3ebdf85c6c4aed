"""
The default places parser family: countries, subdivisions, towns and
named features, resolved offline to ISO 3166 and GeoNames.

>>> from conflictparse import Document
>>> doc = Document(text="Gunmen attacked a checkpoint near Kunduz, officials said.")
>>> m = PlaceParser()(doc)[0]
>>> m.name, m.country, m.admin1, m.precision
('Kunduz', 'AF', 'AF-KDZ', 'near')
>>> capital_country("Kabul")
'AF'
"""

from __future__ import annotations

from conflictparse.parsers.places._gazetteer import Gazetteer, Place
from conflictparse.parsers.places._parser import PlaceParser, find_places
from conflictparse.parsers.places._precision import (
    acled_geo_precision,
    ucdp_where_prec,
)
from conflictparse.parsers.places._tables import (
    _key,
    admin1_display,
    admin1_geonames_ids,
    admin1_names,
    capital_country,
    country_name,
    country_names,
    extra_places,
    features,
    seat_towns,
)
from conflictparse.results import PlaceMention, Span

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceParser",
    "acled_geo_precision",
    "capital_country",
    "country_name",
    "find_places",
    "resolve_dateline",
    "resolve_name",
    "ucdp_where_prec",
]


def resolve_name(name: str, *, country: str | None = None) -> PlaceMention | None:
    """
    Resolve a bare place name (no surrounding text) as a dateline or a
    form field would give it: capital, country, province, named feature,
    then the most populous town of that name (in *country* when given).

    The mention spans the whole of *name*.

    >>> m = resolve_name("TAKHAR")
    >>> m.kind, m.country, m.admin1
    ('province', 'AF', 'AF-TAK')
    >>> resolve_name("Kunduz", country="AF").latitude
    36.7289
    >>> resolve_name("Qwerty") is None
    True

    Args:
        name: the place name.
        country: an ISO alpha-2 code to prefer.

    Returns:
        The resolved mention (role ``"place"``), or ``None``.

    .. versionadded:: 0.1.0
    """
    span = Span(start=0, end=len(name))
    key = _key(name)
    cap = capital_country(name)
    if cap is not None and (country is None or country == cap):
        town = next(
            (t for t in Gazetteer.default().lookup_key(key) if t.country == cap), None
        )
        return PlaceMention(
            text=name,
            span=span,
            name=town.name if town else name,
            kind="city",
            country=cap,
            admin1=town.admin1 if town else None,
            latitude=town.latitude if town else None,
            longitude=town.longitude if town else None,
            geonames_id=town.geonames_id if town else None,
            precision="exact",
        )
    code = country_names().get(key)
    if code is not None:
        return PlaceMention(
            text=name,
            span=span,
            name=country_name(code) or name,
            kind="country",
            country=code,
            precision="country",
        )
    towns = [
        t
        for t in Gazetteer.default().lookup_key(key)
        if country is None or t.country == country
    ]
    subs = [c for c in admin1_names().get(key, ()) if country is None or c[:2] == country]
    if (
        subs
        and not (
            towns
            and towns[0].admin1 in subs
            and (
                towns[0].population >= 50000
                # a smaller seat named like its province ("KIDAL"), when no
                # province abroad shares the name ("MONTANA")
                or (
                    towns[0].geonames_id in seat_towns()
                    and all(c[:2] == towns[0].country for c in subs)
                )
            )
        )
    ):
        return PlaceMention(
            text=name,
            span=span,
            name=admin1_display().get(subs[0], name),
            kind="province",
            country=subs[0][:2],
            admin1=subs[0],
            precision="province",
            geonames_id=admin1_geonames_ids().get(subs[0]),
        )
    feat = features().get(key)
    if feat is not None and (country is None or feat.country in (None, country)):
        return PlaceMention(
            text=name,
            span=span,
            name=feat.name,
            kind=feat.kind,
            country=feat.country,
            admin1=feat.admin1,
            precision="region",
        )
    if towns:
        t = towns[0]
        return PlaceMention(
            text=name,
            span=span,
            name=t.name,
            kind="city" if t.capital or t.population >= 100000 else "town",
            country=t.country,
            admin1=t.admin1,
            latitude=t.latitude,
            longitude=t.longitude,
            geonames_id=t.geonames_id,
            precision="exact",
        )
    extra = extra_places().get(key)
    if extra is not None and (country is None or extra.country == country):
        # a town the gazetteer lacks ("MINOVA, Congo"): the hand-compiled table
        return PlaceMention(
            text=name,
            span=span,
            name=extra.name,
            kind=extra.kind,
            country=extra.country,
            admin1=extra.admin1,
            latitude=extra.latitude,
            longitude=extra.longitude,
            geonames_id=extra.geonames_id,
            precision="exact",
        )
    return None


def resolve_dateline(
    text: str, span: Span, *, region: str | None = None
) -> PlaceMention | None:
    """
    Resolve a dateline place name to a :class:`PlaceMention` with role
    ``"dateline"``, or ``None`` when the name is unknown.

    *region* is the part after the comma in datelines such as
    ``KUNDUZ, Afghanistan (AP) -``; it is used as the country hint.

    >>> m = resolve_dateline("Kabul", Span(start=0, end=5))
    >>> m.kind, m.country, m.role
    ('city', 'AF', 'dateline')
    >>> resolve_dateline("KUNDUZ", Span(start=0, end=6), region="Afghanistan").admin1
    'AF-KDZ'

    Args:
        text: the dateline place as written.
        span: its span in the story.
        region: the country or region written after it, if any.

    Returns:
        The resolved place, or ``None``.

    .. versionadded:: 0.1.0
    """
    import attrs

    hint = None
    if region:
        hint = country_names().get(_key(region))
        if hint is None:
            subs = admin1_names().get(_key(region), ())
            hint = subs[0][:2] if subs else None
    m = resolve_name(text, country=hint)
    if hint == "CG" and _key(region or "") == "congo":
        # "GOMA, Congo": bare "Congo" is the DRC when the town is one of its
        drc = resolve_name(text, country="CD")
        if drc is not None and drc.country == "CD":
            m = drc
    if m is None and hint is not None:
        return PlaceMention(
            text=text,
            span=span,
            name=text,
            kind="unknown",
            role="dateline",
            country=hint,
            precision="exact",
        )
    if m is None:
        return None
    return attrs.evolve(m, span=span, text=text, role="dateline")
