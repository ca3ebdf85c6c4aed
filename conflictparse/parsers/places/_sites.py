"""
Places no table knows, named by what stands there or by the sea off them:
"the Ras Isa fuel port", "the Kerem Shalom border crossing", "Hmeimim air
base" (a site), "fishermen off the coast of Naqoura" (a place on the
coast, near which something happened at sea).

A name is read only where no other reading took any of it and no actor's
name holds it; it takes the country of the possessive before it ("Yemen's
Ras Isa port") or of the story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

import regex

from conflictparse._text import REGEX_TIMEOUT
from conflictparse.parsers.places._tables import _key, country_names, demonyms
from conflictparse.results import PlaceMention, Provenance, Span, _trusted_builder

__all__ = [
    "BUILDING_CUES",
    "dweller_places",
    "listed_places",
    "near_places",
    "site_places",
]

_new_place: Final = _trusted_builder(PlaceMention)
_new_span: Final = _trusted_builder(Span)
_new_provenance: Final = _trusted_builder(Provenance)

#: Words naming a site after its name ("port", "border crossing"), each
#: found by a string search of the lower-cased text (far cheaper than a
#: pattern's scan from every offset); the name before each is read only
#: then. "base", "field", "plant" and "station" need a word before them
#: that says which ("air base", "oil field", "power plant"): alone they are
#: too often a business's or a team's.
_SITE_NOUNS: Final = (
    "port",
    "airport",
    "airbase",
    "airfield",
    "harbour",
    "harbor",
    "refinery",
    "dam",
    "crossing",
    "oilfield",
    "base",
    "field",
    "plant",
    "station",
    "river",
    "forest",
    "peninsula",
    "camp",
)
#: The kind of place a noun names, where it is no site ("the Messalo river"),
#: or where people live (a camp for displaced people is a settlement).
_NATURAL_KIND: Final = {
    "river": "river",
    "forest": "feature",
    "peninsula": "feature",
    "camp": "populated_place",
}
#: The nouns of :data:`_SITE_NOUNS` that need a modifier before them (a
#: camp also the displaced people after it: "the Zamzam camp for displaced
#: people", never "the Trump camp").
_NEEDS_MODIFIER: Final = frozenset(["base", "field", "plant", "station", "camp"])
#: What follows a camp's noun that makes it a camp: a place it lies by
#: ("the Mugunga camp on the outskirts of Goma") ...
_CAMP_BY: Final = re.compile(
    r",? (?:near|outside|on the outskirts of|(?:\d+ (?:km|kilometres|kilometers|miles) )?"
    r"(?:north|south|east|west)(?:-?(?:east|west))? of) (?:the )?"
)
#: ... or the displaced people or refugees it is for.
_CAMP_FOR: Final = re.compile(
    r" for (?:the )?(?:(?:internally )?displaced(?: people| persons| families| civilians)?|refugees)\b"
)
#: Words between a name and its site noun ("the Ras Isa fuel port").
_MODIFIERS: Final = frozenset(
    [
        "fuel",
        "oil",
        "gas",
        "grain",
        "naval",
        "air",
        "military",
        "army",
        "border",
        "sea",
        "international",
        "nuclear",
        "power",
        "hydroelectric",
        "container",
        "river",
        "main",
        "commercial",
        "fishing",
        "refugee",
        "displacement",
        "idp",
    ]
)
#: The nouns a modifier makes sites of ("air base", "oil field").
_MODIFIED: Final = {
    "base": ("air", "naval", "military", "army"),
    "field": ("oil", "gas"),
    "plant": ("power", "nuclear"),
    "station": ("power",),
    "camp": ("refugee", "displacement", "idp"),
}

#: Number words, capitalised where they open a sentence ("Three port
#: workers were killed"): a name of them alone counts people, names no site.
_NUMBER_WORDS: Final = frozenset(
    [
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
        *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
        *("seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty"),
        *("sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand"),
        *("thousands", "dozen", "dozens", "several"),
    ]
)

#: The Arabic articles joined by a hyphen to a name's word ("al-Asad").
_ARTICLES: Final = "ash|al|el|ad|an|ar|as|at|az|ed|en|er|es|et|ez|ud|ul|ur"

#: Up to four words of a name right before the end of the text given: a
#: capital and lower-case letters, or an Arabic article joined by a hyphen,
#: each maybe with capitalised parts after hyphens ("Al-Anad", "al-Asad");
#: a word with a lower-case part after a hyphen ("Houthi-run") or an
#: apostrophe ("Yemen's") is no part of one. Searched from the end.
_NAME_BEFORE: Final = regex.compile(
    rf"""
    (?r)
    (?<![\p{{L}}\p{{M}}\p{{N}}\-'\u2019.])
    (?P<name>
      (?:\p{{Lu}}[\p{{Ll}}\p{{M}}]++|(?:{_ARTICLES})(?=-\p{{Lu}}))
      (?:-\p{{Lu}}[\p{{Ll}}\p{{M}}]++)*+
      (?:[ ](?:\p{{Lu}}[\p{{Ll}}\p{{M}}]++|(?:{_ARTICLES})(?=-\p{{Lu}}))
         (?:-\p{{Lu}}[\p{{Ll}}\p{{M}}]++)*+){{0,3}}
    )
    [ ]\Z
    """,
    regex.VERBOSE,
)
#: The possessive of a place right before a name: "Yemen's Ras Isa port".
_POSSESSIVE_END: Final = ("'s ", "\u2019s ")

#: Sea words before a bare "off" that make it the sea off a place ("a
#: tanker was hit off Mokha"; "cut off Mokha" is no sea).
_SEA_BEFORE: Final = regex.compile(
    r"""
    \b(?:ships?|vessels?|boats?|tankers?|fisherm[ae]n|fishing|navy|naval|coast(?:al)?
    |waters|seas?|maritime|sank|sunk|shore|frigates?|ferry|ferries|cargo|drowned)\b
    """,
    regex.VERBOSE,
)
#: Words that open a mountain's name ("Mount Chaambi", "Jebel Marra").
_MOUNT_PREFIXES: Final = ("Mount ", "Mt. ", "Jebel ", "Jabal ", "Djebel ")
#: Nouns after a mountain's name ("the Jebel Marra mountains").
_MOUNTAIN_NOUNS: Final = (" mountains", " mountain", " massif", " range", " hills")
#: Words that make a "Mount X" name a building's or a body's.
_NOT_MOUNTAINS: Final = frozenset(
    [
        "hospital",
        "school",
        "college",
        "university",
        "church",
        "hotel",
        "clinic",
        "centre",
        "center",
        "cemetery",
        "prison",
        "station",
        "academy",
        "temple",
        "mosque",
    ]
)

#: What may stand between "off" and the name: "off the coast of Naqoura".
_COAST_OF: Final = ("the coast of ", "the coast near ", "the shores of ", "the shore of ")
#: A name after "off": one to three capitalised words, the later ones maybe
#: Arabic articles joined by a hyphen ("Ras el-Bayada"), then no letter.
_NAME_AFTER: Final = regex.compile(
    rf"""
    \p{{Lu}}[\p{{Ll}}\p{{M}}]++(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}]++)*+
    (?:[ ](?:\p{{Lu}}|(?:{_ARTICLES})-\p{{Lu}})[\p{{Ll}}\p{{M}}]++(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}]++)*+){{0,2}}+
    (?![\p{{L}}\p{{M}}\p{{N}}\-])
    """,
    regex.VERBOSE,
)


def _unknown(
    text: str, s: int, e: int, kind: str, country: str | None, precision: str, why: str
) -> PlaceMention:
    """A place no table knows, named by ``text[s:e]``, found by the rule *why*."""
    name = text[s:e]
    return _new_place(
        text=name,
        span=_new_span(start=s, end=e),
        name=name,
        kind=kind,
        country=country,
        precision=precision,
        provenance=_new_provenance(confidence=0.5, reason=f"not in the gazetteer; {why}"),
    )


def _words_kept(name: str, stop: frozenset[str]) -> tuple[int, str]:
    """
    The part of *name* after its last word that is no name's (a function
    word, a month, a demonym, a country: "The Ras Isa", "Israeli Kerem
    Shalom"), and where that part starts in *name*; ``(0, "")`` when none
    is left.
    """
    words = name.split(" ")
    keep = 0
    for i, w in enumerate(words):
        k = _key(w)
        if k in stop or k in demonyms() or k in country_names():
            keep = i + 1
    if keep == len(words):
        return 0, ""
    rest = " ".join(words[keep:])
    return len(name) - len(rest), rest


#: The countries of the places found by where each ends and starts.
_Countries = tuple[dict[int, str], dict[int, str]]


def _country_of(
    text: str, s: int, e: int, found: _Countries, home: str | None
) -> str | None:
    """
    The country of the place whose possessive ends right before *s*
    ("Yemen's Ras Isa port"), else of the place right after "in", "of",
    "near" at *e* (:data:`_TOWARD`: "the Ain al-Asad air base in Iraq"),
    else *home*; *found* maps the
    ends and the starts of the places found to their countries.
    """
    ends, starts = found
    for end in _POSSESSIVE_END:
        if text.endswith(end, 0, s):
            cc = ends.get(s - len(end))
            if cc:
                return cc
    toward = _TOWARD.match(text, e)
    if toward is not None:
        cc = starts.get(toward.end())
        if cc:
            return cc
    return home


def _province_after(
    text: str, e: int, provinces: dict[int, str], country: str
) -> str | None:
    """
    The code of the province of *country* named after "in" at *e*, maybe
    after its country's possessive ("the Marinovka air base in Russia's
    Volgograd region"), else None; *provinces* maps where the provinces
    found start to their codes.
    """
    toward = _TOWARD.match(text, e)
    if toward is None or not toward.group().endswith(("in ", "in the ")):
        return None
    at = toward.end()
    code = provinces.get(at)
    if code is None:
        for end in _POSSESSIVE_END:
            p = text.find(end, at, at + 40)
            if p > at and " " not in text[at:p]:
                code = provinces.get(p + len(end))
                break
    return code if code is not None and code[:2] == country else None


def _with_admin1(p: PlaceMention, code: str) -> PlaceMention:
    """*p* with the province *code*."""
    return _new_place(
        text=p.text,
        span=p.span,
        name=p.name,
        kind=p.kind,
        country=p.country,
        admin1=code,
        precision=p.precision,
        provenance=p.provenance,
    )


#: Words after a place no table knows that lead to a known place it lies
#: in or by: "in", "of" ("the Jabal Awliya area of Khartoum"), "near",
#: "outside", "on the outskirts of", "10 km south of", maybe after a comma;
#: a compass adjective may come before the place ("in northern Syria").
_TOWARD: Final = re.compile(
    r",? (?:area )?(?:in|of|near|outside|on the outskirts of|(?:\d+ (?:km|kilometres|kilometers|miles) )?"
    r"(?:north|south|east|west)(?:-?(?:east|west))? of) (?:the )?"
    r"(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)? )?"
)


def _site_nouns(text: str, low: str) -> list[tuple[str, int]]:
    """
    The site nouns of *text* (*low*, lower-cased), each with where it
    starts: a whole word after a space, in lower case or capitalised.
    """
    out = []
    for noun in _SITE_NOUNS:
        at = low.find(" " + noun)
        while at >= 0:
            s = at + 1
            e = s + len(noun)
            at = low.find(" " + noun, e)
            if e < len(low) and (low[e].isalnum() or low[e] == "-"):
                continue  # "portion", "crossings", "port-side"
            word = text[s:e]
            if (
                word.istitle()
                and text[e : e + 1] == " "
                and text[e + 1 : e + 2].isupper()
            ):
                continue  # "the Inter-State River Water Disputes Act": a longer name's
            if word.islower() or word.istitle():
                out.append((word.lower(), s))  # (not "PORT" in a headline)
    return out


def _found_countries(found: Sequence[PlaceMention]) -> _Countries:
    """The countries of the places *found*, by where each ends and starts."""
    return (
        {p.end: p.country for p in found if p.country},
        {p.start: p.country for p in found if p.country},
    )


def _found_provinces(found: Sequence[PlaceMention]) -> dict[int, str]:
    """The codes of the provinces *found*, by where each starts."""
    return {p.start: p.admin1 for p in found if p.kind == "province" and p.admin1}


def site_places(
    text: str,
    found: Sequence[PlaceMention],
    taken: Callable[[int, int], bool],
    stop: frozenset[str],
    home: str | None,
) -> tuple[list[PlaceMention], list[int]]:
    """
    The sites and the coastal places of *text* that no reading *found*,
    and where the names after a sea's "off" start (a place found there is
    "near": the incident was at sea); *taken* says whether a span overlaps
    a place found or an actor's name, *stop* holds the words (lower case)
    that are no part of a name, *home* is the country of the story.
    """
    out: list[PlaceMention] = []
    # where the places found end and start, read once (not per site), on
    # first need: most stories name no site a rule keeps
    countries: _Countries | None = None
    provinces: dict[int, str] | None = None  # where the provinces found start
    low = text.lower()
    if len(low) != len(text):
        low = text  # a letter that lower-cases to two ("İ"): lower-case words only
    for noun, start in _site_nouns(text, low):
        noun_end = start + len(noun)
        words = 0
        while words < 2:
            # at most two modifiers ("the Ras Isa fuel port", "oil port")
            # (the word before, searched in a bounded window: runs of
            # "port port ..." stay linear)
            end = start - 1
            i = text.rfind(" ", end - 20 if end > 20 else 0, end)
            word = text[i + 1 : end] if i >= 0 or end <= 20 else ""
            if word.lower() not in _MODIFIERS:
                break
            if noun in _MODIFIED and word.lower() not in _MODIFIED[noun] and not words:
                break
            start -= len(word) + 1
            words += 1
        # where the country of the place is read: after its noun, or after
        # the displaced people a camp is for
        tail = noun_end
        if noun in _NEEDS_MODIFIER and not words:
            if noun != "camp":
                continue
            camp = _CAMP_FOR.match(text, noun_end)
            if camp is not None:
                tail = camp.end()
            else:
                # "the Mugunga camp on the outskirts of Goma": by a place
                # found (never "in": "the Trump camp in Florida")
                by = _CAMP_BY.match(text, noun_end)
                if by is None:
                    continue
                if countries is None:
                    countries = _found_countries(found)
                if by.end() not in countries[1]:
                    continue
        end = start - 1
        i = text.rfind(" ", end - 40 if end > 40 else 0, end)
        last = text[i + 1 : end]
        if not (last[:1].isupper() or "-" in last):
            continue  # no capitalised word before the noun: no name (read cheaply)
        before = text[max(0, start - 80) : start]
        n = _NAME_BEFORE.search(before, timeout=REGEX_TIMEOUT)
        if n is None:
            continue
        s = start - len(before) + n.start("name")
        shift, name = _words_kept(n.group("name"), stop)
        if not name:
            continue
        if all(_key(w) in _NUMBER_WORDS for w in name.split(" ")):
            continue  # "Three port workers": people counted (not "Three Gorges dam")
        s += shift
        e = s + len(name)
        if taken(s, e):
            continue
        if all(w[:1].isupper() for w in text[e + 1 : noun_end].split(" ")):
            # "Dulles International Airport", "Pearl Harbor": the words after
            # the name are the site's name too
            e = noun_end
            name = text[s:e]
        if countries is None:
            countries = _found_countries(found)
        site = _unknown(
            text,
            s,
            e,
            _NATURAL_KIND.get(noun, "feature"),
            _country_of(text, s, tail, countries, home),
            "exact",
            "a site by the noun after it",
        )
        if site.country is not None:
            if provinces is None:
                provinces = _found_provinces(found)
            code = _province_after(text, tail, provinces, site.country)
        else:
            code = None
        if code:
            site = _with_admin1(site, code)
        out.append(site)
    for prefix in _MOUNT_PREFIXES:
        at = text.find(prefix)
        while at >= 0:
            s = at
            at = text.find(prefix, at + 1)
            if s and (text[s - 1].isalnum() or text[s - 1] in "-'\u2019"):
                continue
            n = _NAME_AFTER.match(text, s + len(prefix), timeout=REGEX_TIMEOUT)
            if n is None:
                continue
            e = n.end()
            if text.startswith(" ", e) and text[e + 1 : e + 2].isupper():
                continue  # a longer name: "Mount Sinai Medical Center"
            if any(
                _key(w) in stop or _key(w) in _NOT_MOUNTAINS for w in n.group().split(" ")
            ):
                continue  # "Mount Sinai Hospital", "Mount Pleasant Police"
            if taken(s, e):
                continue
            name = text[s:e]
            if countries is None:
                countries = _found_countries(found)
            # "the Jebel Marra mountains in Sudan": the country after the noun
            end = e
            for noun in _MOUNTAIN_NOUNS:
                if (
                    text.startswith(noun, e)
                    and not text[e + len(noun) : e + len(noun) + 1].isalpha()
                ):
                    end = e + len(noun)
                    break
            out.append(
                _unknown(
                    text,
                    s,
                    e,
                    "mountain",
                    _country_of(text, s, end, countries, home),
                    "exact",
                    "a mountain by its name",
                )
            )
    offshore: list[int] = []
    at = low.find(" off ")
    while at >= 0:
        s = at + 5
        at = low.find(" off ", s)
        coast = next((c for c in _COAST_OF if text.startswith(c, s)), "")
        if not coast:
            window = low[max(0, s - 100) : s]
            window = window[
                max(window.rfind(". "), window.rfind("\n")) + 1 :
            ]  # this sentence
            if _SEA_BEFORE.search(window, timeout=REGEX_TIMEOUT) is None:
                continue
        s += len(coast)
        n = _NAME_AFTER.match(text, s, timeout=REGEX_TIMEOUT)
        if n is None:
            continue
        shift, name = _words_kept(n.group(), stop)
        if shift or not name:
            continue  # "off Sunday", "off Yemeni waters"
        e = s + len(name)
        offshore.append(s)
        if taken(s, e):
            continue
        if countries is None:
            countries = _found_countries(found)
        out.append(
            _unknown(
                text,
                s,
                e,
                "populated_place",
                _country_of(text, s, e, countries, home),
                "near",
                "the coast off which it happened",
            )
        )
    return out, offshore


#: Prepositions before a pair of towns ("between Muyuka and Ekona").
_PAIR_PREPOSITIONS: Final = ("between ", "in ", "to ", "from ", "near ", "around ", "at ")
#: The kinds of place a listed unknown name may be the partner of.
_TOWN_KINDS: Final = frozenset(["city", "town", "village", "populated_place"])
#: One capitalised word, hyphenated parts allowed, then no letter, no
#: possessive and no capitalised word (a longer name: "Kano and Abdul Salam").
_LISTED_WORD: Final = regex.compile(
    r"""
    \p{Lu}\p{Ll}{2,}+(?:-\p{Lu}\p{Ll}++)*+
    (?![\p{L}\p{M}\p{N}\-'\u2019]|[ ]\p{Lu})
    """,
    regex.VERBOSE,
)
#: Words after a listed name that end the list ("between Muyuka and Ekona
#: on Sunday"), and the characters that may follow it right away.
_AFTER_LISTED: Final = frozenset(
    [
        "in",
        "on",
        "at",
        "near",
        "during",
        "since",
        "after",
        "before",
        "until",
        "last",
        "this",
        "over",
        "for",
        "and",
        "or",
        "where",
        "when",
        "while",
    ]
)
_STOPS: Final = frozenset(",.;:)")


def listed_places(
    text: str,
    found: Sequence[PlaceMention],
    taken: Callable[[int, int], bool],
    stop: frozenset[str],
    town_at: Callable[[int, int, str], PlaceMention | None] | None = None,
) -> list[PlaceMention]:
    """
    Names no table knows joined by "and" to a town found, after a
    preposition ("between Muyuka and Ekona", "to Ekona and Muyuka"): places
    of the town's country. *taken* and *stop* are :func:`site_places`';
    *town_at* reads a listed name as a gazetteer town of a country (one
    whose name is also a word, "Sake", is read only in such a list).
    """
    out: list[PlaceMention] = []
    by_start: dict[int, PlaceMention] | None = None
    for p in found:
        if p.kind not in _TOWN_KINDS or p.role != "place":
            continue
        if text.startswith(", ", p.end) and text.endswith(_LIST_PREPOSITIONS, 0, p.start):
            # "villagers in Kutaka, Mbobo and Dirimbe said": a list of three
            # or more opened by a town found
            if by_start is None:
                by_start = {q.start: q for q in found if q.role == "place"}
            listed = _listed_after(text, p, by_start, taken, stop, town_at)
            if listed:
                out.extend(listed)
                continue
        if not p.country:
            continue
        s = e = -1
        if text.startswith(" and ", p.end) and (
            text.endswith(_PAIR_PREPOSITIONS, 0, p.start)
            or _ATTACK_ON_BEFORE.search(text, max(0, p.start - 30), p.start) is not None
        ):
            # (an anchored match of one word, its loops possessive: no
            # timeout, which reads the process clock twice; also below)
            m = _LISTED_WORD.match(text, p.end + 5)
            if m is not None:
                s, e = m.span()
        elif text.endswith(" and ", 0, p.start):
            head = text[max(0, p.start - 45) : p.start - 5]
            at = head.rfind(" ") + 1
            m = _LISTED_WORD.fullmatch(head, at) if at else None
            if m is not None and (
                head.endswith(_PAIR_PREPOSITIONS, 0, at)
                or _ATTACK_ON_BEFORE.search(head, 0, at) is not None
            ):
                s, e = p.start - 5 - len(head) + at, p.start - 5
        if s < 0:
            continue
        name = text[s:e]
        k = _key(name)
        if k in stop or k in demonyms() or k in country_names() or taken(s, e):
            continue
        nxt = text[e : e + 1]
        if nxt == " ":
            word = text[e + 1 : e + 12].partition(" ")[0].rstrip(",.;:")
            if word not in _AFTER_LISTED:
                continue  # "in Moscow and Putin agreed": a new clause's subject
        elif nxt not in _STOPS:
            continue
        town = town_at(s, e, p.country) if town_at is not None else None
        if town is not None:
            # "an assault on Dilling and Kadugli": the gazetteer's town of
            # the partner's country, though its name is also a word
            out.append(town)
            continue
        place = _unknown(
            text, s, e, "populated_place", p.country, "exact", "listed with a town"
        )
        if p.admin1 and text.endswith("between ", 0, min(s, p.start)):
            # "on the road between Mopti and Sevare": the two ends of a
            # stretch of road lie in one province, the town's
            place = _new_place(
                text=place.text,
                span=place.span,
                name=place.name,
                kind=place.kind,
                country=place.country,
                admin1=p.admin1,
                precision=place.precision,
                provenance=place.provenance,
            )
        out.append(place)
    return out


#: An attack's noun and "on" before a pair of names: "an assault on
#: Dilling and Kadugli" ("on" alone is as often a date's: "on Monday").
_ATTACK_ON_BEFORE: Final = re.compile(
    r"\b(?:attacks?|assaults?|offensive|advance|strikes?|raids?|push|drive|march)[ ]on[ ]\Z"
)
#: The prepositions before a list of three names or more opened by a town
#: found ("in Kutaka, Mbobo and Dirimbe").
_LIST_PREPOSITIONS: Final = (" in ", " to ", " from ", " near ", " around ", " at ")
#: What joins the names of such a list, the last after "and" or "or".
_LIST_JOIN: Final = re.compile(r",[ ](?:(?P<last>and|or)[ ])?|[ ](?P<last2>and|or)[ ]")
#: The places kinds that may be a listed place's unit ("in Lopa, Ndjala and
#: Pimbo in Djugu territory").
_UNIT_KINDS: Final = frozenset(["province", "district"])


def _listed_after(
    text: str,
    first: PlaceMention,
    by_start: dict[int, PlaceMention],
    taken: Callable[[int, int], bool],
    stop: frozenset[str],
    town_at: Callable[[int, int, str], PlaceMention | None] | None = None,
) -> list[PlaceMention]:
    """
    The names no table knows in a list of three or more opened by the town
    *first* after a preposition and closed by "and" or "or" ("in Kutaka,
    Mbobo and Dirimbe", "in Lopa, Ndjala and Pimbo"): places of *first*'s
    country, in the unit found right after the list ("in Djugu territory")
    or else in the one province every other place of the list lies in.
    A list not closed by "and" or "or", or with a word that is no single
    capitalised name, gives none ("in Goma, the UN said").
    """
    pos = first.end
    members: list[PlaceMention] = [first]
    unknown: list[tuple[int, int]] = []
    closed = False
    last_known = False
    for _ in range(8):
        j = _LIST_JOIN.match(text, pos)
        if j is None:
            break
        at = j.end()
        known = by_start.get(at)
        if known is not None and known.kind in _TOWN_KINDS:
            members.append(known)
            pos = known.end
            last_known = True
        else:
            # (anchored at one word: no timeout, which reads the clock twice)
            m = _LISTED_WORD.match(text, at)
            if m is None:
                return []
            s, e = m.span()
            k = _key(text[s:e])
            if k in stop or k in demonyms() or k in country_names() or taken(s, e):
                return []
            unknown.append((s, e))
            pos = e
            last_known = False
        if j.group("last") or j.group("last2"):
            closed = True
            break
    if not closed or not unknown or len(members) + len(unknown) < 3:
        return []
    nxt = text[pos : pos + 1]
    if last_known:
        pass  # (the list ends on a place found)
    elif nxt == " ":
        word = text[pos + 1 : pos + 12].partition(" ")[0].rstrip(",.;:")
        if word not in _AFTER_LISTED and word not in _SPEECH_AFTER_LIST:
            return []  # "in Goma, Bukavu and Kabila said": a new clause's subject
    elif nxt not in _STOPS:
        return []
    code = None
    for opening in (" in ", ", in "):
        if text.startswith(opening, pos):
            at = (
                pos
                + len(opening)
                + (4 if text.startswith("the ", pos + len(opening)) else 0)
            )
            unit = by_start.get(at)
            if unit is not None and unit.kind in _UNIT_KINDS and unit.admin1:
                code = unit.admin1
    if code is None and len(members) >= 2:
        codes = {q.admin1 for q in members}
        if len(codes) == 1:
            code = codes.pop()
    country = first.country or (code[:2] if code else None)
    if country is None:
        return []
    out = []
    for s, e in unknown:
        town = town_at(s, e, country) if town_at is not None else None
        if town is not None:
            out.append(town)
            continue
        place = _unknown(
            text, s, e, "populated_place", country, "exact", "listed with towns"
        )
        if code is not None and code[:2] == country:
            place = _with_admin1(place, code)
        out.append(place)
    return out


#: Speech verbs that may follow a list of places as its people's ("villagers
#: in A, B and C said").
_SPEECH_AFTER_LIST: Final = frozenset(["said", "say", "says", "told", "reported"])


#: The words before an unknown name that put a deed near it ("ambushed a
#: convoy near Banibangou", "clashes on the outskirts of Kidal").
_NEAR_CUES: Final = (" near ", " outside ", " outskirts of ")
#: Cues of a place where something is, or where someone came: "fighters
#: arrived in Kolofata and burned houses", "soldiers at a base at
#: Tchakamadje repelled an attack" (the place itself, not near it).
_AT_CUES: Final = (" arrived in ", " arrived at ", " base at ", " base in ", " camp at ")
#: A building's noun and "in" before the town it stands in: "the attack on
#: the Christ Apostolic Church in Eruku", "gunmen stormed a mosque in X"
#: (a church, mosque, school or hospital stands in a settlement, not in a
#: person; the first letter left off, so "Church" and "church" both match).
BUILDING_CUES: Final = ("hurch in ", "osque in ", "chool in ", "ospital in ")
#: Every cue :func:`near_places` reads, with the precision it gives.
_CUES_PRECISION: Final = (
    *((cue, "near", "a deed near it") for cue in _NEAR_CUES),
    *((cue, "exact", "a deed there") for cue in _AT_CUES),
    *((cue, "exact", "a building there") for cue in BUILDING_CUES),
)
#: Words of a violent deed, one of which must be in the sentence: "near X"
#: in a story of fighting is mostly a place, elsewhere often a person's or
#: a firm's name ("a meeting near Smith").
_DEED_WORDS: Final = regex.compile(
    r"""
    \b(?:ambush|attack|kill|clash|struck|strike|shell|bomb|raid|storm|fight|burn|torch|loot
    |explo|blast|detonat|gunmen|gunfire|opened[ ]fire|shot|shoot|abduct|kidnap|massacr)
    """,
    regex.VERBOSE,
)
#: Buildings and bodies written with a capital ("protesters were shot
#: outside Congress"): no town's name.
_INSTITUTIONS: Final = frozenset(
    [
        "congress",
        "parliament",
        "headquarters",
        "embassy",
        "consulate",
        "stadium",
        "school",
        "mosque",
        "church",
        "cathedral",
        "palace",
        "court",
        "ministry",
        "airport",
        "barracks",
        "prison",
        "camp",
        "base",
        "ramadan",
        "eid",
        "dawn",
        "midnight",
    ]
)


def near_places(
    text: str,
    found: Sequence[PlaceMention],
    taken: Callable[[int, int], bool],
    known: Callable[[str], bool],
    stop: frozenset[str],
    home: str | None,
) -> list[PlaceMention]:
    """
    One capitalised name no table knows after "near", "outside" or "the
    outskirts of", in a sentence of a violent deed ("gunmen ambushed a
    convoy near Banibangou, killing 34"): a place of the story's country
    *home*. *known* tells a key any table or the gazetteer knows (the
    other readings have judged such a name already); a name inside a
    place *found* or where *taken* (an actor's) is none; *stop* is
    :func:`site_places`'.
    """
    if home is None:
        return []
    out: list[PlaceMention] = []
    seen: dict[str, bool] = {}
    for cue, precision, why in _CUES_PRECISION:
        at = text.find(cue)
        while at >= 0:
            s = at + len(cue)
            at = text.find(cue, s)
            if not text[s : s + 1].isupper():
                continue  # "near the palace" (most cues): no pattern's set-up
            m = _LISTED_WORD.match(text, s)  # anchored, possessive: no timeout
            if m is None:
                continue
            e = m.end()
            name = text[s:e]
            k = _key(name)
            nxt = text[e : e + 1]
            if nxt == " ":
                word = text[e + 1 : e + 12].partition(" ")[0].rstrip(",.;:")
                if word not in _AFTER_LISTED and (
                    precision == "near" or not word.islower() or word in _SITE_NOUNS
                ):
                    # "near Kidal airport": a site's name (after a cue of
                    # the place itself any verb may follow: "a base at X
                    # repelled an attack")
                    continue
            elif nxt not in _STOPS:
                continue
            if (
                k in stop
                or k in _INSTITUTIONS
                or k in demonyms()
                or k in country_names()
                or known(k)
                or taken(s, e)
            ):
                continue
            if any(p.start < e and s < p.end for p in found):
                continue
            head = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
            tail = min(
                x for x in (text.find(". ", e), text.find("\n", e), len(text)) if x >= 0
            )
            if _DEED_WORDS.search(text[head:tail].lower(), timeout=REGEX_TIMEOUT) is None:
                continue
            if name not in seen:
                seen[name] = _person_elsewhere(text, name, stop)
            if seen[name]:
                continue
            out.append(
                _unknown(
                    text,
                    s,
                    e,
                    "populated_place",
                    home,
                    precision,
                    why,
                )
            )
    return out


def _person_elsewhere(text: str, name: str, stop: frozenset[str]) -> bool:
    """
    Whether a capitalised word that is no stop word stands right before
    *name* somewhere in *text* ("John Smith" makes "near Smith" a person's).
    """
    at = text.find(" " + name)
    while at > 0:
        end = at + 1 + len(name)
        if not text[end : end + 1].isalpha():
            head = text[max(0, at - 30) : at]
            word = head[head.rfind(" ") + 1 :]
            if (
                word.isalpha()
                and word[0].isupper()
                and word[1:].islower()
                and _key(word) not in stop
            ):
                return True
        at = text.find(" " + name, end)
    return False


#: The people of a place before its name: "killed 12 villagers in X",
#: "residents of X said" (people live in a settlement, not in a person).
DWELLER_CUES: Final = (
    "villagers in ",
    "villagers of ",
    "residents of ",
    "residents in ",
    "inhabitants of ",
    "Villagers in ",
    "Villagers of ",
    "Residents of ",
    "Residents in ",
    "Inhabitants of ",
)
#: One to three capitalised words (hyphenated parts allowed), then no
#: letter and no possessive.
_DWELLER_NAME: Final = regex.compile(
    r"""
    \p{Lu}\p{Ll}{2,}+(?:-\p{Lu}\p{Ll}++)*+
    (?:[ ]\p{Lu}\p{Ll}{2,}+(?:-\p{Lu}\p{Ll}++)*+){0,2}+
    (?![\p{L}\p{M}\p{N}\-'\u2019])
    """,
    regex.VERBOSE,
)


#: Last words of a name that make it a street's or a building's, no
#: settlement's ("residents of Kaura Road").
_STREET_WORDS: Final = frozenset(
    [
        "road",
        "street",
        "avenue",
        "lane",
        "highway",
        "market",
        "bridge",
        "junction",
        "estate",
        "square",
        "hospital",
        "school",
        "university",
        "college",
        "mosque",
        "church",
        "prison",
        "tower",
        "towers",
        "building",
        "apartments",
        "complex",
        "hotel",
        "park",
    ]
)


def dweller_places(
    text: str,
    found: Sequence[PlaceMention],
    taken: Callable[[int, int], bool],
    known: Callable[[str], bool],
    stop: frozenset[str],
    home: str | None,
) -> list[PlaceMention]:
    """
    Capitalised names no table knows after the people who live there
    ("gunmen killed 12 villagers in Kurmin Masara", "residents of Kaura
    said"): settlements of the story's country *home* (``None`` when the
    story gives none). The arguments are :func:`near_places`'.
    """
    out: list[PlaceMention] = []
    for cue in DWELLER_CUES:
        at = text.find(cue)
        while at >= 0:
            s = at + len(cue)
            before = text[at - 1 : at] if at else ""
            at = text.find(cue, s)
            if not text[s : s + 1].isupper() or before.isalnum():
                continue  # "villagers in the area"
            # (anchored, at most three words, its loops possessive: no
            # timeout, which reads the process clock twice)
            m = _DWELLER_NAME.match(text, s)
            if m is None:
                continue
            e = m.end()
            name = text[s:e]
            nxt = text[e : e + 1]
            if nxt == " ":
                word = text[e + 1 : e + 12].partition(" ")[0].rstrip(",.;:")
                if not word.islower() or word in _SITE_NOUNS:
                    continue  # "residents of Kaura Road": a site's name
            elif nxt not in _STOPS:
                continue
            if _key(name.rsplit(" ", 1)[-1]) in _STREET_WORDS:
                continue  # "villagers in Kaura Road market": a street's name
            if known(_key(name)) or any(
                _key(w) in stop
                or _key(w) in _INSTITUTIONS
                or _key(w) in demonyms()
                or _key(w) in country_names()
                for w in name.split(" ")
            ):
                continue  # a known name: the other readings judged it
            if taken(s, e) or any(p.start < e and s < p.end for p in found):
                continue
            if _person_elsewhere(text, name, stop):
                continue
            out.append(
                _unknown(text, s, e, "populated_place", home, "exact", "its people there")
            )
    return out
