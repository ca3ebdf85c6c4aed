"""
Finding and resolving place names in a story.

Candidates are runs of capitalised words (any words in ALL-CAPS copy),
looked up, longest first, as folded keys in hash tables: named features,
countries, capitals, first-level subdivisions, demonyms and the gazetteer.
No giant alternation regex is compiled; a story costs one tokenising pass
and a few hundred dictionary lookups.

Resolution happens in two passes: the first collects the unambiguous
evidence (dateline, countries, provinces, capitals) as the story's country
context; the second picks among same-named towns by context, cue words
("X province", "the district of X", "in X") and population.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

import attrs
import regex

from conflictparse._document import Document
from conflictparse._text import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    REGEX_TIMEOUT,
    WEEKDAY_NAMES,
    compile_re,
    fold,
)
from conflictparse.parsers.places._gazetteer import Gazetteer, Place
from conflictparse.parsers.places._pairs import region_pairs
from conflictparse.parsers.places._second_level import (
    second_level_parents,
    second_level_places,
)
from conflictparse.parsers.places._sites import (
    BUILDING_CUES,
    DWELLER_CUES,
    dweller_places,
    listed_places,
    near_places,
    site_places,
)
from conflictparse.parsers.places._tables import (
    ExtraPlace,
    Feature,
    _key,
    admin1_display,
    admin1_geonames_ids,
    admin1_names,
    capitals,
    country_geonames_ids,
    country_name,
    country_names,
    demonyms,
    extra_places,
    features,
    seat_towns,
    translation_table,
)
from conflictparse.results import PlaceMention, Provenance, Span, _trusted_builder

__all__ = ["PlaceParser", "find_places"]

#: Keyword builders of the results made per name (the checks and errors of
#: ``PlaceMention(**kw)`` etc., fewer instructions).
_new_place: Final = _trusted_builder(PlaceMention)
_new_span: Final = _trusted_builder(Span)
_new_provenance: Final = _trusted_builder(Provenance)

_MAX_WORDS: Final = 5

#: Characters of context read on each side of a name.
_CONTEXT: Final = 60

_TOKEN: Final = regex.compile(
    r"""
    (?:\p{Lu}\.){2,}+                      # U.S. / U.K. / U.S.A.
    | [\p{L}\p{M}]                         # a word: a letter, then letters,
      (?:[\p{L}\p{M}\p{N}]                 # digits, and apostrophes or
        | ['\u2019\-](?![sS]\b)            # hyphens inside it (a possessive
          (?=[\p{L}\p{M}\p{N}])            # 's is left out)
      )*+
    """,
    regex.VERBOSE,
)

#: Lower-case words allowed inside a multi-word name ("Gulf of Aden").
_CONNECTORS: Final = frozenset(
    [
        "of",
        "and",
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "al",
        "ez",
        "ad",
        "as",
        "ar",
        "an",
        "e",
        "es",
        "du",
        "des",
        "da",
        "do",
        "dos",
        "y",
        "i",
        "on",
        "upon",
        "am",
        "sur",
    ]
)

#: Arabic articles written in lower case and joined by a hyphen to the
#: capitalised word they precede inside a name: "Deir ez-Zor", "Jisr
#: al-Shughour", "Sharm el-Sheikh", "Dar es-Salaam".
_HYPHEN_PARTICLES: Final = frozenset(
    [
        "al",
        "el",
        "ad",
        "an",
        "ar",
        "as",
        "ash",
        "at",
        "ath",
        "az",
        "ed",
        "en",
        "er",
        "es",
        "et",
        "ez",
        "ud",
        "ul",
        "ur",
        "us",
        "uz",
    ]
)


def _particle_joined(word: str) -> bool:
    """Whether *word* is such an article, a hyphen and a capitalised word ("ez-Zor")."""
    head, _, tail = word.partition("-")
    return tail[:1].isupper() and head.lower() in _HYPHEN_PARTICLES


#: :data:`_HYPHEN_PARTICLES` as a pattern's alternation, longest first.
_PARTICLES: Final = "|".join(sorted(_HYPHEN_PARTICLES, key=lambda p: (-len(p), p)))


#: Subdivision names that are ordinary words: provinces only with a cue.
_GENERIC_ADMIN1: Final = frozenset(
    [
        "central",
        "eastern",
        "northern",
        "western",
        "southern",
        "north",
        "south",
        "east",
        "west",
        "capital",
        "centre",
        "center",
        "coast",
        "lakes",
        "upper",
        "lower",
        "islands",
        "federal",
        "national",
        "greater",
        "middle",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "littoral",
        "plateau",
        "plateaux",
        "highlands",
        "lowlands",
        "savanes",
        "mountain",
        "sea",
        "river",
        "lake",
        "interior",
        "border",
    ]
)

#: Lower-case words that may end a name ("the Palestinian territories").
_TAIL_WORDS: Final = frozenset({"territories", "territory"})

#: Words that open a sentence or a clause and are never place names there.
_FUNCTION_WORDS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "of",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "since",
        "until",
        "while",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "why",
        "how",
        "and",
        "or",
        "but",
        "not",
        "no",
        "nor",
        "so",
        "yet",
        "if",
        "then",
        "than",
        "as",
        "also",
        "only",
        "just",
        "about",
        "against",
        "between",
        "among",
        "through",
        "across",
        "along",
        "around",
        "near",
        "despite",
        "although",
        "though",
        "because",
        "said",
        "says",
        "say",
        "told",
        "according",
        "some",
        "many",
        "most",
        "more",
        "several",
        "all",
        "both",
        "each",
        "other",
        "another",
        "such",
        "any",
        "every",
        "there",
        "here",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "col",
        "maj",
        "lt",
        "capt",
        "sgt",
        "president",
        "minister",
        "general",
        "colonel",
        "major",
        "police",
        "army",
        "forces",
        "troops",
        "government",
        "officials",
        "official",
        "military",
        "security",
        *WEEKDAY_NAMES,
        *MONTH_NAMES,
        "today",
        "yesterday",
        "tomorrow",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "new",
    ]
)

#: Words before "of" that make the following place part of an organisation
#: name ("Islamic Movement of Uzbekistan", "University of Kabul").
_ORG_WORDS: Final = frozenset(
    [
        "movement",
        "front",
        "army",
        "party",
        "organization",
        "organisation",
        "brigade",
        "brigades",
        "council",
        "union",
        "bank",
        "university",
        "church",
        "liberation",
        "forces",
        "alliance",
        "coalition",
        "group",
        "state",
        "emirate",
        "committee",
        "league",
        "ministry",
        "institute",
        "association",
        "federation",
        "government",
        "people's",
        "republic",
        "mujahideen",
        "battalion",
        "command",
        "corps",
        "company",
        "corporation",
        "agency",
        "office",
        "embassy",
        "commission",
        "tribunal",
        "court",
        "times",
        "mall",
        "summit",
        "museum",
        "festival",
        "conference",
        "academy",
        "college",
        "school",
        "hotel",
    ]
)

#: Month names and their abbreviations, also the names of a few towns
#: ("March"; "Nov", Tajikistan, in a dateline "KABUL, Nov 3"): common words.
_MONTHS: Final = frozenset(
    [
        *MONTH_NAMES,
        *MONTH_ABBREVIATIONS,
    ]
)

_PROVINCE_CUES: Final = frozenset(
    [
        "province",
        "provinces",
        "provincial",
        "governorate",
        "state",
        "region",
        "department",
        "departamento",
        "oblast",
        "prefecture",
    ]
)
_DISTRICT_CUES: Final = frozenset(["district", "districts", "county", "municipality"])
_TOWN_CUES: Final = frozenset(
    ["city", "town", "village", "villages", "hamlet", "township"]
)
#: The cues before "of" that make the name after them a town or a district.
_TOWN_OR_DISTRICT_CUES: Final = _TOWN_CUES | _DISTRICT_CUES
#: Local units named after a town elsewhere: "Kani township" in a story
#: about Myanmar is no city of Japan (the unknown-place rule reads it), "the
#: Schengen zone" in a story about Serbia no village of Luxembourg.
_LOCAL_UNIT_CUES: Final = frozenset(["township", "lga", "zone"])
#: Province words after a name the tables know as no province: "the Mount
#: Lebanon governorate" in a story about Lebanon is a province of Lebanon
#: the tables lack, no town of Pennsylvania.
_PROVINCE_NOUNS: Final = frozenset(["governorate", "province", "oblast", "prefecture"])
#: The same nouns before "of" ("the province of Saada"), singular or plural.
_OF_PROVINCE_NOUNS: Final = frozenset(
    ["governorate", "governorates", "province", "provinces", "oblast", "prefecture"]
)
_RIVER_CUES: Final = frozenset(["river", "valley"])

#: Hyphenated suffixes that turn a country into an attribute ("US-led").
_ATTRIBUTIVE: Final = frozenset(
    [
        "led",
        "backed",
        "based",
        "born",
        "allied",
        "sponsored",
        "funded",
        "brokered",
        "controlled",
        "held",
        "run",
        "trained",
        "made",
        "owned",
        "supported",
        "aligned",
    ]
)

#: Hyphenated suffixes after which the name is still where something is.
_LOCATED: Final = frozenset(["based", "headquartered"])

_SPEECH_VERBS: Final = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "warned",
        "warns",
        "accused",
        "accuses",
        "denied",
        "denies",
        "urged",
        "urges",
        "rejected",
        "rejects",
        "insisted",
        "insists",
        "announced",
        "announces",
        "responded",
        "demanded",
        "demands",
        "condemned",
        "condemns",
        "blamed",
        "blames",
        "vowed",
        "vows",
        "threatened",
        "threatens",
        "claimed",
        "claims",
        "hopes",
        "wants",
        "wanted",
        "agreed",
        "agrees",
        "refused",
        "refuses",
        "pledged",
        "welcomed",
        "welcomes",
        "called",
        "calls",
        "believes",
        "believed",
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "could",
        "should",
        "must",
        "may",
        "might",
    ]
)

_ALL_CUES: Final = _PROVINCE_CUES | _DISTRICT_CUES | _TOWN_CUES | _RIVER_CUES
#: Official words after a province or town ("Nangarhar Governor", "the
#: Borno Governor's convoy", "Kabul police chief"): its officials, the
#: place itself, not part of a longer name.
_OFFICIAL_CUES: Final = frozenset(
    [
        "governor",
        "governors",
        "governorate",
        "commissioner",
        "commissioners",
        "deputy",
        "deputies",
        "police",
        "council",
        "councils",
        "assembly",
        "legislature",
        "lawmakers",
        "mayor",
        "administration",
        "authorities",
        "authority",
        "commander",
        "commanders",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "senators",
        "emir",
        "premier",
        "parliament",
    ]
)
_FUNCTION_OR_PROVINCE_CUE: Final = _FUNCTION_WORDS | _PROVINCE_CUES | _OFFICIAL_CUES

_TALK_NOUNS: Final = frozenset(
    [
        "talks",
        "dialogue",
        "negotiations",
        "relations",
        "ties",
        "tensions",
        "agreement",
        "deal",
        "contacts",
        "rift",
        "dispute",
        "accord",
        "peace",
        # "offered to mediate between Tehran and Washington", "a truce
        # with Israel": the governments that agree
        "mediate",
        "mediation",
        "ceasefire",
        "truce",
    ]
)

_NEAR_BEFORE: Final = regex.compile(
    r"""
    (?:\bnear|\boutside|\bclose[ ]to|\bkm[ ]from|\bkilometres[ ]from
      |\bkilometers[ ]from|\bmiles[ ]from|\boutskirts[ ]++of|\bvicinity[ ]++of)
    [ ]++(?:the[ ]++)?(?:town[ ]++|city[ ]++|village[ ]++)?\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_DIRECTION_OF: Final = regex.compile(
    r"""
    \b(?:\d[\d,.]*+[ ]*+(?:km|kilometres|kilometers|miles|mi)[ ]++)?
    (?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?[ ]++of
    [ ]++(?:the[ ]++)?(?:town[ ]++|city[ ]++|village[ ]++)?\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_PREPOSITION_BEFORE: Final = regex.compile(
    r"""\b(?:in|near|at|from|to|into|outside|around|across|toward|towards|through
    |of|inside|via|between|and)[ ]++(?:the[ ]++)?\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
_OF_CUE_BEFORE: Final = regex.compile(
    r"""\b(?P<cue>district|provinces?|town|city|village|governorates?|regions?
    |departments?|area|municipality|state)[ ]++of[ ]++\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: The country evidence a dateline gives.
_DATELINE_WEIGHT: Final = 3
#: A part of a town named after it: "Medina district of Mogadishu", "Medina
#: gate in Mogadishu" (a local name of that town).
_PART_NOUNS: Final = frozenset(
    ["district", "neighbourhood", "neighborhood", "quarter", "suburb", "gate", "area"]
)
_PART_OF_AFTER: Final = regex.compile(
    r"""\A[ ]++(?:district|neighbou?rhood|quarter|suburb|gate|area)
    [ ]++(?:of|in)[ ]++\p{Lu}""",
    regex.VERBOSE,
)
#: Second-level units named with their cue: "Guma Local Government Area",
#: "Guma LGA" (Nigeria's 774 local governments), "Kajo-Keji county".
#: (Nigerian copy writes the local government in lower case as often:
#: "Guma local government area")
_UNIT_CUE: Final = (
    r"(?:[Ll]ocal[ ][Gg]overnment[ ][Aa]rea|[Ll]ocal[ ][Gg]overnment|LGA|district|county)"
)
#: Cues of units that may follow a name (the name is that unit's): "Guma
#: LGA", "Benue State", "Kalehe territory".
_UNIT_WORDS: Final = (
    r"LGA|Local|[Dd]istrict|[Cc]ounty|[Ss]tate|[Pp]rovince|[Rr]egion|[Tt]erritory"
    r"|[Mm]unicipality|[Gg]overnorate|[Dd]epartment"
)
#: The cue of a first-level unit, in any case ("Borno State", "Takhar province").
_ADMIN_CUE: Final = r"(?i:province|governorate|state|region|department|oblast)"
#: A compass adjective before a unit's name: "in southern Chin State".
_COMPASS_ADJECTIVE: Final = (
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern|central)[ ]++"
)
#: A country's possessive before its province, maybe after a compass word:
#: "in northeast Nigeria's Yobe state", "in Sudan's North Darfur state".
_COUNTRY_POSSESSIVE: Final = (
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?[ ]++)?"
    r"\p{Lu}\p{Ll}++['\u2019]s[ ]++"
)
#: A first-level unit right after a place: "in Borno State", "of Takhar
#: province", ", Benue State", maybe through one second-level unit between
#: ("of Guma Local Government Area of Benue State", "in Guma LGA, Benue
#: State"). A name is one or two capitalised words, the second not the
#: start of a unit's cue. A compass adjective may follow a country's
#: possessive too ("in Nigeria's northeastern Borno state").
_IN_ADMIN_AFTER: Final = regex.compile(
    rf"""\A(?:,[ ]++(?:(?:in|of)[ ]++)?|[ ]++(?:in|of)[ ]++)(?:the[ ]++)?(?:{_COMPASS_ADJECTIVE})?+
    (?:\p{{Lu}}[\p{{L}}\-']*+(?:[ ](?!{_UNIT_CUE}\b)\p{{Lu}}[\p{{L}}\-']*+)?+
       [ ]++{_UNIT_CUE}\b,?[ ]++(?:(?:in|of)[ ]++)?(?:the[ ]++)?)?+
    (?:{_COUNTRY_POSSESSIVE}(?:{_COMPASS_ADJECTIVE})?+)?+
    (?P<adm>\p{{Lu}}[\p{{L}}\-']*+(?:[ ](?!{_ADMIN_CUE}\b)\p{{Lu}}[\p{{L}}\-']*+)?+)
    [ ]++{_ADMIN_CUE}\b""",
    regex.VERBOSE,
)
#: A word of a name a cue marks: a capital, then lower-case letters and
#: apostrophes, maybe more parts after hyphens ("Pont-Sondé", "Ado-Ekiti"),
#: three characters at least.
#: A possessive's ending ("Russia's", "Russia\u2019s"): after a name, or
#: ending a run of a name's words.
_POSSESSIVE_ENDS: Final = ("'s", "\u2019s")
_NAME_WORD: Final = (
    # (or an Arabic name's two-letter first word before another capitalised
    # one: "Um Sayala", "Ed Daein", "Am Timan")
    r"(?=\p{Lu}(?:[\p{L}'\u2019\-]{2}|[lmd][ ]\p{Lu}))"
    # (an apostrophe inside, "N'Djamena", but not a possessive's: "the town
    # of Bahir Dar's outskirts" names Bahir Dar)
    r"\p{Lu}(?:\p{Ll}|['\u2019](?!s(?!\p{L})))*+(?:-\p{L}(?:\p{Ll}|['\u2019](?!s(?!\p{L})))*+)*+"
    r"(?![\p{L}\-])"
)
#: A word of such a name, or an Arabic article joined by a hyphen to one
#: ("Tell al-Hawa", "the al-Zuhur district"): the article is the name's.
_NAME_OR_ARTICLE: Final = rf"(?:(?:{_PARTICLES})-)?+{_NAME_WORD}"
#: The words after an apposition's cue that go on about the place ("X, a
#: town 40 km from Y", "X, a village in Y province", "X, a town that ..."),
#: where a person's ("X, a village elder") or a body's ("a town council")
#: noun would follow.
_APPOSITION_NEXT: Final = (
    r"in|near|on|of|outside|about|some|just|close|located|along|at|by|across|above|below"
    r"|bordering|north|south|east|west|northeast|northwest|southeast|southwest"
    r"|that|which|where|whose|with|under|held|controlled|home|from|between|inside"
)
#: A distance, maybe rounded: "some 80 ", "12 ".
_DISTANCE: Final = r"(?:(?:some|about|around|nearly|roughly)[ ])?\d+[ ]"
#: What follows a distance to the place it is measured from: "north of ", " from ",
#: maybe through its kind ("east of the town of Bankass").
#: The distance in the other unit, in brackets: "15 km (9 miles) east of".
_PARENTHESIS: Final = r"(?:[ ]\(\d+[ ](?:miles|km|kilometres|kilometers)\))"
_FROM_PLACE: Final = (
    r"[ ](?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)[ ]of|from)[ ]"
    r"(?:(?:the[ ](?:town|city|village|provincial[ ]capital|regional[ ]capital)[ ]of[ ])?\p{Lu}"
    # or the town named before ("Awasse, 25 km south of the town")
    r"|the[ ](?:town|city)\b(?![ ]of\b))"
)
#: Where a place lies on a border: "on the border with Bangladesh", "near
#: the frontier with Mali" (a capitalised neighbour after it).
_BORDER_WITH: Final = (
    r"(?:on|near|along)[ ]the[ ](?P<cue9>border|frontier)[ ]with[ ](?:the[ ])?\p{Lu}"
)
#: Where a place lies at a town's edge: "on the southern edge of Tripoli",
#: "on the outskirts of the capital" (the town or "the capital" after it).
_EDGE_OF: Final = (
    r"(?:on|at)[ ]the[ ](?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern[ ])?"
    r"(?P<cue9>edge|outskirts)[ ]of[ ](?:the[ ]capital|\p{Lu})"
)
#: A road named by the two places it joins: "on the Goma-Sake road",
#: "along the Kalay-Tamu highway".
_ROAD_BETWEEN: Final = (
    r"(?:on|along)[ ]the[ ]\p{Lu}[\p{L}']*+-\p{Lu}[\p{L}']*+[ ](?P<cue9>road|highway)\b"
)
#: The cue of an apposition: "X, a town 40 km from Y", "X, a jade-mining
#: town in Y State", "X, a military camp near Y" (at most three words
#: before the noun).
_APPOSITION_CUE: Final = (
    rf",[ ](?:an?[ ](?:[\p{{Ll}}\-]++[ ]){{0,3}}?"
    rf"(?:(?P<cue9>town|township|village|city|neighbou?rhood|suburb|locality|hamlet|community"
    r"|sub-prefecture|commune|municipality)"
    rf"|(?<=military[ ]|army[ ])(?P<cue9>camp|base))"
    rf"(?:[ ](?:(?:{_APPOSITION_NEXT})\b|\d)|[,.;])"
    # or a distance from a place ("Masisi, some 80 km northwest of Goma")
    rf"|{_DISTANCE}(?P<cue9>km|kilometres|kilometers|miles)(?={_PARENTHESIS}?{_FROM_PLACE})"
    # or a border ("Paletwa, on the border with Bangladesh")
    rf"|{_BORDER_WITH}"
    # or a neighbour's border ("Ras Kamboni, near the Kenyan border")
    r"|(?:on|near|along)[ ]the[ ]\p{Lu}\p{Ll}++[ ](?P<cue9>border|frontier)\b"
    # or a road between two places ("Sabiid, on the Afgoye-Mogadishu road")
    rf"|{_ROAD_BETWEEN}"
    # or the edge of a town ("Ain Zara, on the southern edge of Tripoli")
    rf"|{_EDGE_OF})"
)
#: Names unknown to every table that a cue marks as places: "Torkula
#: village", "the village of Torkula", "Guma Local Government Area",
#: "Torkula in Benue State" (or ", in": "Mindat, in Chin State"). The cue
#: after a name is looked at, not taken, so that "Torkula village of Guma
#: LGA" reads Guma too; "village of" right
#: after a capitalised name is no cue for the name after it (that is the
#: larger unit the village lies in, which needs its own cue). An
#: apposition is a cue too: "Barsalogho, a town in the Centre-Nord region",
#: after a lower-case word ("attacked X, a town 40 km from Y").
_UNKNOWN_CUE: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}\-])
    (?:(?P<name8>{_NAME_WORD}(?:[ ]{_NAME_WORD})?+),[ ])?+
    (?P<name5>{_NAME_WORD}(?:[ ]{_NAME_WORD})?+),?[ ]and[ ]
    (?P<name6>{_NAME_WORD}(?:[ ]{_NAME_WORD})?+)
    [ ]++(?=(?P<cue5>villages|towns|districts)\b)
    | (?<![\p{{L}}\p{{N}}\-])
    (?P<name>{_NAME_OR_ARTICLE}(?:[ ](?!Local\b){_NAME_OR_ARTICLE}){{0,2}}+)
    [ ]++(?=(?P<cue>district|village|town|township|neighbou?rhood|{_UNIT_CUE})\b)
    | \b(?P<cue2>district|village|town|city|suburb
      # ("the community of El Pozo", no "international community of X")
      |(?<=\b(?:the|a|rural|farming|indigenous|small|remote|mountain|coastal)[ ])community)
      (?<!\p{{Lu}}\p{{Ll}}++[ ]++(?:district|village|town|city|suburb|community))
      [ ]++of[ ]++
      (?P<name2>{_NAME_OR_ARTICLE}(?:[ ](?!Local\b){_NAME_OR_ARTICLE})?+)
    | (?=town|village|city|suburb)
      (?<=\bthe[ ](?:\p{{Ll}}++[ ]){{0,2}}(?:\p{{Lu}}\p{{Ll}}++[ ]){{1,2}})
      (?P<cue4>town|village|city|suburb)[ ]++of[ ]++
      (?P<name4>{_NAME_OR_ARTICLE}(?:[ ](?!Local\b){_NAME_OR_ARTICLE})?+)
      (?![ ](?:{_UNIT_WORDS})\b)
    | (?<![\p{{L}}\p{{N}}\-])
    (?P<name7>(?:North|South|East|West|Central)[ ]{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE})?+)
    [ ]++(?=(?P<cue7>zone)\b)
    | (?<=\p{{Ll}}[ ])
      (?P<name3>{_NAME_WORD})
      (?=,?[ ]++in[ ]++(?:the[ ]++)?(?:{_COMPASS_ADJECTIVE})?+(?:{_COUNTRY_POSSESSIVE})?+\p{{Lu}}[\p{{L}}\-']*+(?:[ ](?!{_ADMIN_CUE}\b|LGA\b)\p{{Lu}}[\p{{L}}\-']*+)?+
         [ ]++(?:{_ADMIN_CUE}|(?P<unit3>zone|district|township|territory|county|LGA))\b
         # or the district right after a comma ("in X, Rutshuru territory")
         |,[ ]\p{{Lu}}[\p{{L}}\-']*+(?:[ ](?!LGA\b)\p{{Lu}}[\p{{L}}\-']*+)?+
         [ ](?P<unit3>zone|district|township|territory|county|LGA)\b)
    """,
    regex.VERBOSE,
)
#: A name told as a place by an apposition, after a lower-case word
#: ("attacked X, a town 40 km from Y"), matched where the name may start
#: (:func:`_appositions`: a pass of its own, as an alternative of
#: :data:`_UNKNOWN_CUE` it would be tried at every offset of a story).
_APPOSITION: Final = regex.compile(
    rf"""
    (?<=(?<![\p{{L}}\p{{N}}'\u2019\-])\p{{Ll}}[\p{{Ll}}\-]*[ ])
    (?P<name9>{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+)
    (?={_APPOSITION_CUE})
    """,
    regex.VERBOSE,
)

#: One of these words is in every match of :data:`_UNKNOWN_CUE`'s
#: alternatives with a cue ("X district", "the village of X", "X LGA",
#: "the northern city of X") ...
_UNKNOWN_CUE_WORDS: Final = (
    "district",
    "village",
    "town",
    "city",
    "LGA",
    "Local Government",
    "Local government",
    "local government",
    "county",
    " zone",
    "neighbo",
    "territory",
    "suburb",
    "community of",
)
#: ... and one of these, after " in ", in every match of its last ("X in Y
#: province", "X in Borno State"; it reads the admin word in any case, and
#: a headline or a quoted name writes it in capitals: "X in BORNO STATE").
_UNKNOWN_ADMIN_WORDS: Final = (
    "province",
    "governorate",
    "state",
    "region",
    "department",
    "oblast",
    "Province",
    "Governorate",
    "State",
    "Region",
    "Department",
    "Oblast",
    "PROVINCE",
    "GOVERNORATE",
    "STATE",
    "REGION",
    "DEPARTMENT",
    "OBLAST",
)

# The capitalised words of a story (every word of ALL-CAPS copy), split
# once: ``split`` with one group returns gap, word, gap, word, ..., gap. A
# word is a :data:`_TOKEN` whose first letter is a capital and starts a
# word ("Al-Qaeda", "O'Neill" are one word each; a possessive 's is left
# out), or a lower-case Arabic article joined by a hyphen to a capitalised
# word ("al-Bab", "ez-Zor"). Both patterns split ASCII text alike. ASCII
# text, most copy, is split with the standard library's ``re``: in ALL-CAPS
# copy about twice as fast as ``regex``, and the pattern cannot backtrack (possessive runs of
# one class; a connector needs a letter or digit after it), so it needs no
# time limit.
_ASCII_CAP_WORDS: Final = compile_re(
    r"""
    (
      [A-Z]                                      # a capital that starts a word
      (?<![A-Za-z0-9][A-Z])(?<![A-Za-z0-9]['\-][A-Z])
      (?:
        \.(?:[A-Z]\.)++                          # U.S. / U.K. / U.S.A.
        | [A-Za-z0-9]*+                          # or letters and digits, with
          (?:['\-](?![sS]\b)[A-Za-z0-9]++)*+     # apostrophes or hyphens inside
      )
    | (?<![A-Za-z0-9'\-])                        # or an Arabic article, a hyphen
      (?:"""
    + _PARTICLES
    + r""")
      -[A-Z][A-Za-z0-9]*+                        # and a capitalised word: "al-Bab"
      (?:['\-](?![sS]\b)[A-Za-z0-9]++)*+
    )
    """,
    re.VERBOSE,
)
_CAP_WORDS: Final = regex.compile(
    r"""
    (
      \p{Lu}                                     # a capital that starts a word
      (?<![\p{L}\p{M}\p{N}]\p{Lu} | [\p{L}\p{M}\p{N}]['\u2019\-]\p{Lu})
      (?:
        \.(?:\p{Lu}\.)++                         # U.S. / U.K. / U.S.A.
        | [\p{L}\p{M}\p{N}]*+                    # or letters and digits, with
          (?:['\u2019\-](?![sS]\b)[\p{L}\p{M}\p{N}]++)*+  # apostrophes, hyphens
      )
    | (?<![\p{L}\p{M}\p{N}'\u2019\-])            # or an Arabic article, a hyphen
      (?:"""
    + _PARTICLES
    + r""")
      -\p{Lu}[\p{L}\p{M}\p{N}]*+                # and a capitalised word: "al-Bab"
      (?:['\u2019\-](?![sS]\b)[\p{L}\p{M}\p{N}]++)*+
    )
    """,
    regex.VERBOSE,
)

_CAPITALISED_LAST: Final = regex.compile(
    r"(\p{Lu}\p{Ll}++)\Z  # a capitalised word ending the text", regex.VERBOSE
)
_CAPITALISED_NEXT: Final = regex.compile(
    r"\A[ ](\p{Lu}\p{Ll}++)  # one space, then a capitalised word", regex.VERBOSE
)
_NEXT_WORD: Final = regex.compile(
    r"\A[ ]++(\p{L}++)  # the word after the spaces", regex.VERBOSE
)
#: :data:`_NEXT_WORD` for ASCII text.
_ASCII_NEXT_WORD: Final = re.compile(
    r"[ ]+([A-Za-z]+)  # the word after the spaces", re.VERBOSE
)
_SECOND_WORD: Final = regex.compile(
    r"\A[ ]++\w++[ ]++(\w++)  # the second word: 'China [has] taken'", regex.VERBOSE
)
#: A street word after a name, at most two capitalised words between
#: ("Haifa Street", "North State Street", "Victoria St.").
_STREET_AFTER: Final = compile_re(
    r"""
    (?:[ ][A-Z][a-z]++){0,2}                   # words of the street name
    [ ](?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive
         |Square|Parade|Plaza|Highway)
    (?![A-Za-z])
    """,
    re.VERBOSE,
)
#: A newspaper's name after a place name ("the Jerusalem Post", "the
#: Kyiv Independent"): the paper, not the place.
_NEWSPAPER_AFTER: Final = re.compile(
    r"""
    [ ](?:Post|Times|Herald|Tribune|Gazette|Journal|Chronicle|Observer|Telegraph
         |Independent|Examiner|Inquirer|Courier)
    (?![A-Za-z])
    """,
    re.VERBOSE,
)
#: A building or business after a possessive name ("St Mary's Church",
#: "Miller's Farm"): the name is a person's or a saint's, not the place.
_POSSESSIVE_FACILITY: Final = re.compile(
    r"""
    ['\u2019]s[ ]                               # the possessive
    (?:Chapel|Church|Cathedral|Abbey|Basilica|Mosque|Temple|Shrine|Farm|Farms
      |Hospital|College|School|Academy|Hall|Park|Mill|Inn|Yard|Wharf)
    (?![A-Za-z])
    """,
    re.VERBOSE,
)
#: A saint's title opening a name ("St Mary", "Saint Anne").
_SAINT_TITLES: Final = ("St ", "St. ", "Saint ", "Ste ")
#: A possessive, up to two capitalised words and a building's noun in any
#: case after a saint's name: "St Mary's Catholic school", "St Luke's
#: Anglican Church" (a school or church named after the saint).
_SAINT_POSSESSIVE_FACILITY: Final = re.compile(
    r"""
    ['\u2019]s[ ](?:[A-Z][a-z]+[ ]){0,2}
    (?i:chapel|church|cathedral|basilica|school|college|academy|hospital|parish
      |mission|seminary|convent|secondary|primary)
    (?![A-Za-z])
    """,
    re.VERBOSE,
)
_LOWER_WORD: Final = regex.compile(r"[a-z]++  # a lower-case ASCII word", regex.VERBOSE)
_ORG_OF_BEFORE: Final = regex.compile(
    r"""
    (\p{Lu}[\p{L}']*+)[ ]++of[ ]++(?:the[ ]++)?  # "Movement of (the)"
    (?:\p{Lu}[\p{L}']*+[ ]++and[ ]++)?           # "Iraq and" before the place
    \Z
    """,
    regex.VERBOSE,
)


#: What a key names: feature, country, capital, provinces, demonym, towns.
_Found = tuple[
    "Feature | None",
    "str | None",
    "tuple[str, int | None] | None",
    "tuple[str, ...]",
    "tuple[str, ...]",
    "tuple[Place, ...]",
]


class _Hit:
    """A candidate name and what it matched."""

    __slots__ = (
        "admin1",
        "after_name",
        "capital",
        "country",
        "demonym",
        "end",
        "feature",
        "hyphen",
        "initial",
        "key",
        "own",
        "start",
        "towns",
        "upper",
    )

    # the types of the slots set from one tuple in __init__ (annotated
    # here: an annotation on ``self.x`` in a function costs a load)
    feature: Feature | None
    country: str | None
    capital: tuple[str, int | None] | None
    admin1: tuple[str, ...]
    demonym: tuple[str, ...]
    towns: tuple[Place, ...]

    def __init__(
        self,
        start: int,
        end: int,
        key: str,
        found: _Found,
        initial: bool = False,
        upper: bool = False,
        after_name: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.key = key
        # what the key names (:func:`_found`), set from one tuple
        (
            self.feature,
            self.country,
            self.capital,
            self.admin1,
            self.demonym,
            self.towns,
        ) = found
        self.initial = initial
        self.upper = upper
        #: a part of a hyphenated word ("US-led"), read as evidence only
        self.hyphen = False
        #: right after a capitalised word that is no known name: "Andrew Jordan"
        self.after_name = after_name
        #: what this name itself added to the country context
        self.own: tuple[str, int] = _NO_OWN

    def any(self) -> bool:
        return bool(
            self.feature
            or self.country
            or self.capital
            or self.admin1
            or self.demonym
            or self.towns
        )


#: :attr:`_Hit.own` of a name that added nothing to the country context.
_NO_OWN: Final = ("", 0)


def _sentence_starts(doc: Document) -> set[int]:
    return set(map(_FIRST, doc.sentences))  # in C


#: Longest lookup key worth asking the gazetteer about (longer runs of
#: letters name no place; they are not hashed or cached).
_MAX_KEY: Final = 120


#: Abbreviations that open a place's name with a full stop ("St. Louis",
#: "Mt. Kenya", "Ft. Worth"): the name goes on past the stop.
_DOTTED_PREFIXES: Final = frozenset(["st", "ste", "mt", "ft", "pt"])

#: :meth:`_Lookups.flags` bits: a function word, a known name, a word-prefix
#: of a longer known name.
_FUNCTION: Final = 1
_NAME: Final = 2
_PREFIX: Final = 4


def _flags(gaz: Gazetteer, key: str) -> int:
    """What *key* is, as :data:`_FUNCTION` | :data:`_NAME` | :data:`_PREFIX` bits."""
    if len(key) > _MAX_KEY:
        return 0
    bits = _FUNCTION if key in _FUNCTION_WORDS else 0
    if key in _small_keys() or key in extra_places():
        bits |= _NAME
    if key in _small_prefixes():
        bits |= _PREFIX
    probe = getattr(gaz, "probe", None)
    if probe is not None:
        found = int(probe(key))
        return bits | (_NAME if found & 1 else 0) | (_PREFIX if found & 2 else 0)
    if not bits & _NAME and gaz.has_key(key):
        bits |= _NAME
    if not bits & _PREFIX and key in gaz.prefixes:
        bits |= _PREFIX
    return bits


def _word_key(raw: str) -> str:
    """The lookup key of one folded word ("u.s." -> "us", "al-bab" -> "al bab")."""
    return " ".join(raw.translate(_TOKEN_DROP).split())


@functools.lru_cache(maxsize=1 << 16)
def _default_flags(key: str) -> int:
    return _flags(Gazetteer.default(), key)


@functools.lru_cache(maxsize=1 << 16)
def _default_word(raw: str) -> tuple[str, int]:
    key = _word_key(raw)
    return key, _default_flags(key)


@functools.lru_cache(maxsize=1 << 14)
def _default_towns(key: str) -> tuple[Place, ...]:
    return Gazetteer.default().lookup_key(key)


#: :func:`_token_info`'s bit beyond :func:`_flags`': the word holds a hyphen.
_HYPHEN: Final = 8


def _token_info(raw: str, flags_of: Callable[[str], int]) -> tuple[str, int]:
    """The key of a word as written (not folded) and its bits."""
    key = _word_key(fold(raw))
    # an article before a name ("al-Qaeda") is not read in parts
    return key, flags_of(key) | (_HYPHEN if "-" in raw and not raw[0].islower() else 0)


@functools.lru_cache(maxsize=1 << 16)
def _default_token(raw: str) -> tuple[str, int]:
    return _token_info(raw, _default_flags)


#: The bits a word starting a name is tested on for :data:`_SHIPPED_DEAD`.
_NAME_PREFIX: Final = _NAME | _PREFIX
_NAME_PREFIX_HYPHEN: Final = _NAME | _PREFIX | _HYPHEN


#: Which capitalised words a name may start at, by their bits: known names,
#: word-prefixes of names, hyphenated words ("US-led"); in ALL-CAPS copy,
#: not function words.
_STARTS: Final = tuple(bool(b & (_NAME | _PREFIX | _HYPHEN)) for b in range(16))
_STARTS_SHOUTING: Final = tuple(s and not b & _FUNCTION for b, s in enumerate(_STARTS))

#: A visit's bit beyond :func:`_token_info`'s: the word ends its chunk (the
#: name may grow over the next chunk).
_AT_END: Final = 16

#: A word that may start a name: its offset in its chunk, where it ends in
#: the chunk, its key and its bits (:func:`_token_info`, and
#: :data:`_AT_END`).
_Visit = tuple[int, int, str, int]
#: The words of a chunk that may start a name (:func:`_visits_of`): the key
#: of the last when it is a word-prefix of names only and ends the chunk
#: (the next chunk may end every name it starts: :data:`_SHIPPED_DEAD`),
#: else "", and the visits.
_ChunkVisits = tuple[str, tuple[_Visit, ...]] | tuple[()]
#: A chunk where no name starts: empty, so that ``itertools.compress``
#: passes it by (never unpacked). Typed as what it is: a mypyc build checks
#: a tuple's shape at run time, and a cast of () to a pair raised there.
_NO_VISITS: Final[tuple[()]] = ()

#: The starting words of each chunk (:func:`_chunks`) as :data:`_Visit`
#: tuples, for the shipped gazetteer: mixed-case copy,
#: ALL-CAPS copy. Filled as chunks are met and replaced by an empty
#: dictionary when full (a call keeps the one it filled: entries are only
#: ever added, so sharing is thread-safe).
_SHIPPED_VISITS: Final[list[dict[str, _ChunkVisits]]] = [{}, {}]
_VISITS_CACHE_MAX: Final = 1 << 16

#: For the shipped gazetteer: pairs of a word that is a word-prefix of
#: longer names and the chunk after it (:func:`_chunks`) whose first word
#: ends every name the word might start ("IS THE", "SALVADOR HAS": no known
#: name starts with the two): the word is then dropped at once, or read as
#: a name alone, without reading the next word again. Filled as pairs are
#: met and replaced by an empty set when full (entries are only ever
#: added: thread-safe).
_SHIPPED_DEAD: Final[list[set[tuple[str, str]]]] = [set()]


def _shipped_visits(shouting: bool) -> dict[str, _ChunkVisits]:
    got = _SHIPPED_VISITS[shouting]
    if len(got) > _VISITS_CACHE_MAX:
        got = _SHIPPED_VISITS[shouting] = {}
    return got


class _Lookups:
    """
    Table lookups for one call. The shipped gazetteer's answers are cached
    across calls (bounded caches, safe across threads); another gazetteer's
    only for the call.
    """

    __slots__ = (
        "_dead",
        "_flags",
        "_gaz",
        "_tokens",
        "_towns",
        "_visits",
        "_words",
        "flags",
        "found",
        "shipped",
        "token",
        "towns",
        "word",
    )

    def __init__(self, gaz: Gazetteer | None, *, shipped: bool) -> None:
        self._gaz = gaz
        #: the shipped gazetteer: answers cached across calls
        self.shipped = shipped
        self._flags: dict[str, int] = {}
        self._words: dict[str, tuple[str, int]] = {}
        self._towns: dict[str, tuple[Place, ...]] = {}
        self._tokens: dict[str, tuple[str, int]] = {}
        self._visits: tuple[dict[str, _ChunkVisits], ...] = ({}, {})
        self._dead: set[tuple[str, str]] = set()
        #: what each key names, for this call
        self.found: dict[str, _Found] = {}
        self.flags: Callable[[str], int]
        self.word: Callable[[str], tuple[str, int]]
        self.token: Callable[[str], tuple[str, int]]
        self.towns: Callable[[str], tuple[Place, ...]]
        if shipped:
            self.flags, self.word, self.towns = (
                _default_flags,
                _default_word,
                _default_towns,
            )
            self.token = _default_token
        else:
            self.flags, self.word, self.towns = (
                self._own_flags,
                self._own_word,
                self._own_towns,
            )
            self.token = self._own_token

    def visits(self, shouting: bool) -> dict[str, _ChunkVisits]:
        """The words of each chunk that may start a name (filled by the caller)."""
        if self.shipped:
            return _shipped_visits(shouting)
        return self._visits[shouting]

    def dead(self) -> set[tuple[str, str]]:
        """The (word key, next chunk) pairs that start no name (filled by the caller)."""
        if not self.shipped:
            return self._dead
        got = _SHIPPED_DEAD[0]
        if len(got) > _VISITS_CACHE_MAX:
            got = _SHIPPED_DEAD[0] = set()
        return got

    def _own_flags(self, key: str) -> int:
        bits = self._flags.get(key)
        if bits is None:
            assert self._gaz is not None  # only the shipped lookups have none
            bits = self._flags[key] = _flags(self._gaz, key)
        return bits

    def _own_word(self, raw: str) -> tuple[str, int]:
        got = self._words.get(raw)
        if got is None:
            key = _word_key(raw)
            got = self._words[raw] = (key, self._own_flags(key))
        return got

    def _own_token(self, raw: str) -> tuple[str, int]:
        got = self._tokens.get(raw)
        if got is None:
            got = self._tokens[raw] = _token_info(raw, self._own_flags)
        return got

    def _own_towns(self, key: str) -> tuple[Place, ...]:
        towns = self._towns.get(key)
        if towns is None:
            assert self._gaz is not None  # only the shipped lookups have none
            towns = self._towns[key] = self._gaz.lookup_key(key)
        return towns


def _found(k: str, look: _Lookups) -> _Found:
    """What the tables and the gazetteer say *k* names."""
    towns = look.towns(k) if look.flags(k) & _NAME else ()
    return (
        features().get(k),
        country_names().get(k),
        capitals().get(k),
        admin1_names().get(k, ()),
        demonyms().get(k, ()),
        towns,
    )


@functools.lru_cache(maxsize=1 << 14)
def _default_found(k: str) -> _Found:
    return _found(k, _SHIPPED_LOOKUPS)


def _lookup(k: str, look: _Lookups) -> _Found:
    """What *k* names (:func:`_found`), cached."""
    if look.shipped:
        return _default_found(k)
    known = look.found.get(k)
    return known if known is not None else look.found.setdefault(k, _found(k, look))


#: The lookups of the shipped gazetteer (all answers from bounded caches).
_SHIPPED_LOOKUPS: Final = _Lookups(None, shipped=True)


_FIRST: Final = operator.itemgetter(0)
_SPAN_OF: Final = operator.attrgetter("span.start", "span.end")
_METONYMY_OF: Final = operator.attrgetter("metonymy")


def _actor_spans(doc: Document) -> tuple[_Spans, _Spans, _Spans]:
    """
    The spans of the actors not flagged metonymy, of those flagged, and of
    every actor: each actor's span and flag read once (most stories flag
    none, and the first is then the third).
    """
    actors = doc.actors
    spans = list(map(_SPAN_OF, actors))
    flags = list(map(_METONYMY_OF, actors))
    if not any(flags):
        plain = _Spans(spans)
        return plain, _NO_SPANS, plain
    return (
        _Spans(itertools.compress(spans, map(operator.not_, flags))),
        _Spans(itertools.compress(spans, flags)),
        _Spans(spans),
    )


class _Spans:
    """
    Spans sorted by start with the running maximum of their ends: whether a
    range overlaps any of them is one bisection.
    """

    __slots__ = ("_max_end", "_starts")

    _starts: tuple[int, ...]
    _max_end: tuple[int, ...]

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        # the spans sorted, their starts and ends apart (in C)
        ordered = sorted(spans)
        if not ordered:
            self._starts = self._max_end = ()
            return
        starts, ends = zip(*ordered)  # noqa: B905  (pairs: a keyword costs a slower call)
        if not all(map(operator.lt, starts, ends)):
            # an empty span (seldom): only the others
            keep = list(map(operator.lt, starts, ends))
            starts = tuple(itertools.compress(starts, keep))
            ends = tuple(itertools.compress(ends, keep))
        self._starts = starts
        # the running maximum of the ends: the ends themselves where no span
        # ends after a later one (most stories: no sort of ints costs more)
        if sorted(ends) == list(ends):
            self._max_end = ends
        else:
            self._max_end = tuple(itertools.accumulate(ends, max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps one of the spans."""
        # the last span starting before the range ends (or, for an empty
        # range, at its start): the running maximum of the ends up to it
        i = bisect.bisect_left(self._starts, end if end > start else start + 1)
        return i > 0 and self._max_end[i - 1] > start


#: No spans (shared: a :class:`_Spans` is never changed).
_NO_SPANS: Final = _Spans(())


def find_places(
    doc: Document, *, gazetteer: Gazetteer | None = None
) -> tuple[PlaceMention, ...]:
    """
    Find the places, demonyms and metonymic place names in *doc*.

    This is what :class:`PlaceParser` runs; see there.

    >>> from conflictparse import Document
    >>> [m.text for m in find_places(Document(text="Clashes in Herat, Afghanistan."))]
    ['Herat', 'Afghanistan']
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    text = doc.text
    shouting = doc.shouting
    # a gazetteer given by the caller never loads the shipped one
    look = _SHIPPED_LOOKUPS if gazetteer is None else _Lookups(gaz, shipped=False)
    hits = _candidates(doc, look, shouting)
    dateline = doc.dateline
    out: list[PlaceMention] = []
    dateline_span = (0, 0)
    if dateline is not None and dateline.place is not None:
        dp = dateline.place
        if dp.text == text[dp.start : dp.end]:
            out.append(dp if dp.role == "dateline" else _with_role(dp, "dateline"))
            dateline_span = (dp.start, dp.end)
    # --- country context -------------------------------------------------
    context: Counter[str] = Counter()
    # counts read by key only: plain dictionaries (a Counter costs Python-level
    # calls to make and to add a new key)
    admin_context: dict[str, int] = {}
    own_total: dict[str, int] = {}  # only read by key: no Counter needed
    # the evidence of the dateline alone ("DAKAR, Senegal"): a regional hub
    # the story may be filed from, not where it happened
    header: dict[str, int] = {}
    # the evidence of countries named as where people fled to ("refugees
    # fled to Chad"): no country a small town of the story lies in
    refuge: dict[str, int] = {}
    may_flee = not shouting and any(w in text for w in _REFUGE_WORDS)
    header_end = dateline.span.end if dateline is not None else 0
    if dateline is not None and dateline.place is not None and dateline.place.country:
        context[dateline.place.country] += _DATELINE_WEIGHT
        header[dateline.place.country] = _DATELINE_WEIGHT
    shipped = look.shipped
    # whether a country is a modifier, by the words around it (repeats: once)
    modifiers: dict[tuple[str, int, int], bool] = {}
    context_get = context.get
    own_total_get = own_total.get
    bare_congo: list[_Hit] = []
    others_states: list[_Hit] = []
    extra_get = extra_places().get
    for h in hits:
        if h.towns and (_default_the_named(h.key) if shipped else _the_named(h.towns)):
            _drop_the_names(h, text)
        if h.after_name:
            continue
        if h.country:
            if h.key == "states" and not _the_or_united_before(text, h.start):
                # "the States" is the US; "the Gulf States", "the Alliance of
                # Sahel States" are others' (the alias's article must be its
                # own; "THE UNITED\nSTATES" split by a line break is the US)
                others_states.append(h)
                continue
            # "US forces", "U.S. officials": an attribute, weak like a demonym
            weak = False
            if not shouting:
                if text[h.end + 1 : h.end + 2].isupper() and _facility_name_after(
                    text, h.end
                ):
                    continue  # "the Kuwait Hospital": no evidence of Kuwait
                start = h.start
                near = (
                    text[start - 12 if start > 12 else 0 : h.end + 24],
                    start if start < 12 else 12,
                    h.end - start,
                )
                seen = modifiers.get(near)
                weak = modifiers[near] = _modifier_at(text, h) if seen is None else seen
            h.own = (h.country, 1 if weak else 2)
        elif h.capital:
            h.own = (h.capital[0], 1)
        elif len(h.admin1) == 1 and not (
            h.demonym and _adjective_of_country(text[h.end : h.end + _CONTEXT])
        ):
            h.own = (h.admin1[0][:2], 1)
            admin_context[h.admin1[0]] = admin_context.get(h.admin1[0], 0) + 1
        elif len(h.demonym) == 1:
            if (
                not shouting
                and text[h.end + 1 : h.end + 2].isupper()
                and _facility_name_after(text, h.end)
            ):
                continue  # "the Saudi Hospital": no evidence of Saudi Arabia
            h.own = (h.demonym[0], 1)
        elif (
            h.towns
            and not shouting
            and _one_country(h.towns)
            and h.key not in _MONTHS
            and not _longer_name_after_cue(text, h.start, h.end)
            # ("Esan West LGA": a Nigerian unit, no evidence of Korea's Esan)
            and not (
                text.startswith(_COMPASS_WORDS_AFTER, h.end)
                and _COMPASS_UNIT_AFTER.match(text, h.end) is not None
            )
        ):
            # towns of one country: weak evidence (not in ALL-CAPS copy,
            # where surnames look like town names, nor the first word of a
            # longer name: "Ed" of "the town of Ed Dabba" is no Swedish Ed)
            h.own = (h.towns[0].country, 1)
        elif (
            not h.towns
            and not shouting
            and (extra := extra_get(h.key)) is not None
            and not extra.needs_cue
        ):
            h.own = (extra.country, 1)  # a town of places_extra.tsv: as weak
        else:
            continue
        if h.key == "congo" and h.own[0] == "CG":
            bare_congo.append(h)  # counted below, for the Congo the rest names
            continue
        # the counts added with .get: a Counter's missing key goes through
        # its Python-level __missing__ (the keys keep their order)
        cc, weight = h.own
        context[cc] = context_get(cc, 0) + weight
        own_total[h.key] = own_total_get(h.key, 0) + weight
        if h.start < header_end:
            header[cc] = header.get(cc, 0) + weight
        if (
            h.country
            and may_flee
            and _REFUGE_BEFORE.search(text, h.start - 40 if h.start > 40 else 0, h.start)
        ):
            refuge[cc] = refuge.get(cc, 0) + weight
    if others_states:
        hits = [h for h in hits if h not in others_states]
    for h in bare_congo:
        # bare "Congo" (ISO's name of the Republic) is the Democratic
        # Republic unless the story's other names are the Republic's: as
        # evidence it counts for the one they name (the DRC on a tie)
        cc = "CG" if context_get("CG", 0) > context_get("CD", 0) else "CD"
        h.own = (cc, h.own[1])
        context[cc] = context_get(cc, 0) + h.own[1]
        own_total[h.key] = own_total_get(h.key, 0) + h.own[1]
        if h.start < header_end:
            header[cc] = header.get(cc, 0) + h.own[1]
    zone = _time_zone_country(text) if not shouting else None
    if zone is not None:
        context[zone] += 1  # "7 p.m. ET": a story told in US time
    # a name repeated is no evidence for itself ("Nelson ... Nelson"): each
    # hit's own share is what all the mentions of its name gave
    for h in hits:
        if h.own[1]:
            h.own = (h.own[0], own_total[h.key])
    # surnames: "Andrew Jordan" makes a later bare "Jordan" a person too
    surnames = frozenset(h.key for h in hits if h.after_name)
    # actor names: places inside are skipped, or metonymic when flagged so
    plain, metonymic, every_actor = _actor_spans(doc)
    has_plain = bool(plain)
    has_metonymic = bool(metonymic)
    ds, de = dateline_span
    # plain.overlaps inline (one bisection per hit, no call)
    plain_starts = plain._starts
    plain_max_end = plain._max_end
    bisect_left = bisect.bisect_left
    # a name in the same words as before resolves the same way: repeated
    # boilerplate (and hostile input) costs one resolution per distinct case
    # in long text (a shorter story seldom repeats a case: its key would
    # cost more than the resolutions it saves, as in _candidates)
    memo: dict[tuple[object, ...], PlaceMention | None] | None = (
        {} if len(text) >= _MEMO_MIN_CHARS else None
    )
    for h in hits:
        start = h.start
        end = h.end
        if start < de and ds < end:
            continue
        if text.startswith("-era", end):
            continue  # "the Obama-era rule": a person's time, no place
        if (
            not h.country
            and text.startswith(_COMPASS_WORDS_AFTER, end)
            and _COMPASS_UNIT_AFTER.match(text, end) is not None
        ):
            # "Esan West local government area", "Kaduna North LGA": the
            # first word of a unit's longer name (its cue reads it whole)
            continue
        if has_plain:
            i = bisect_left(plain_starts, end if end > start else start + 1)
            if i and plain_max_end[i - 1] > start:
                continue  # a name inside an actor's name
        if not (h.capital is not None or h.country or h.feature or h.admin1 or h.demonym):
            extra = extra_get(h.key)
            if extra is not None:
                # a town of places_extra.tsv (or one the gazetteer knows
                # only abroad, in a story about the table's country)
                mention = _extra_place(h, extra, text, context, shouting, surnames)
                if mention is not None:
                    out.append(mention)
                    continue
                if not h.towns:
                    continue
            if _never_accepted(h, text, context, shouting, shipped) or (
                # (its first test inline: an article's hyphen two or three
                # characters after the space that ends the name)
                "-" in text[end + 3 : end + 5]
                and _arabic_name_goes_on(h, text, every_actor)
            ):
                continue  # town names only, with no cue or preposition to make them one
        in_metonymic = has_metonymic and metonymic.overlaps(start, end)
        case: tuple[object, ...] | None = None
        if memo is not None:
            case = (
                text[start - _CONTEXT if start > _CONTEXT else 0 : end + _CONTEXT],
                start < _CONTEXT and start,
                end - start,
                h.key,
                h.initial,
                h.hyphen,
                h.after_name,
                in_metonymic,
            )
            if case in memo:
                known = memo[case]
                if known is not None:
                    out.append(_moved_to(known, start, end))
                continue
        mention = _resolve(
            h,
            doc,
            context,
            admin_context,
            shouting,
            in_metonymic,
            surnames,
            header,
            refuge,
        )
        if memo is not None and case is not None:
            memo[case] = mention
        if mention is not None:
            out.append(mention)
    if not shouting:
        _keep_province_sense(text, out)
        if " and " in text:
            out = _elided_provinces(text, out)
            _coordinated_provinces(text, out, look.towns)
    taken = _Spans(map(_SPAN_OF, out))
    out.extend(_unknown_places(doc, taken, context, header, out, look.towns))
    if " OF " in text:
        # "IN THE VILLAGE OF TINGORO": a cue in a capitals headline, or in
        # the lead of ALL-CAPS copy (where the incident's place is told: a
        # search of the whole story would cost more than it finds)
        runs = _capitals_cue_runs(text, _CAPITALS_LEAD if shouting else len(text))
        if runs:
            # (most runs open a place found already: "THE TOWN OF DJIBO")
            starts = set(map(_START_OF, out))
            runs = [r for r in runs if r[0] not in starts]
        if runs:
            out.extend(
                _capitals_cue_places(
                    text,
                    runs,
                    out,
                    _Spans(map(_SPAN_OF, out)),
                    every_actor,
                    _home_country(context, header),
                )
            )
    if not shouting and (
        "ages of " in text
        or "owns of " in text
        or "icts of " in text
        or "ties of " in text
        or ", including " in text
        or ", among them " in text
        or ", such as " in text
    ):
        # "the villages of X and Y": each name a place of the cue's kind
        out.extend(
            _plural_cue_places(
                text,
                out,
                _Spans(map(_SPAN_OF, out)),
                every_actor,
                _home_country(context, header),
            )
        )
    if not shouting:
        out = _whole_runs_after_cues(text, out, context)
        out = _whole_runs_before_cues(text, out, context)
        # sites and coastal places no table knows ("the Ras Isa fuel port",
        # "off the coast of Naqoura"), where no place or actor is
        found = _Spans(map(_SPAN_OF, out)).overlaps
        actor_overlaps = every_actor.overlaps
        home = _home_country(context, header)
        sites, offshore = site_places(
            text,
            out,
            lambda s, e: found(s, e) or actor_overlaps(s, e),
            _SITE_STOP,
            home,
        )
        if offshore:
            # "a tanker was hit off Hodeidah": at sea, near the town
            at_sea = set(offshore)
            out = [
                attrs.evolve(p, precision="near")
                if p.start in at_sea and p.precision == "exact"
                else p
                for p in out
            ]
        out.extend(sites)
        # "between Muyuka and Ekona": the unknown partner of a town found
        found = _Spans(map(_SPAN_OF, out)).overlaps
        out.extend(
            listed_places(
                text,
                out,
                lambda s, e: found(s, e) or actor_overlaps(s, e),
                _SITE_STOP,
                lambda s, e, cc: _listed_town(text, s, e, cc, look.towns),
            )
        )
        if home is None and len(context) == 1:
            # (the one country the story names, as for dwellers below: "in
            # Kwara state" with no dateline)
            home = next(iter(context))
        if home is not None and (
            " near " in text
            or " outside " in text
            or "outskirts" in text
            or " arrived " in text
            or " base " in text
            or " camp at " in text
            or any(map(text.__contains__, BUILDING_CUES))
        ):
            # "ambushed a convoy near Banibangou": a deed near a place no table knows
            out.extend(
                near_places(
                    text,
                    out,
                    actor_overlaps,
                    lambda k: look.flags(k) != 0 or any(_lookup(k, look)),
                    _SITE_STOP,
                    home,
                )
            )
    if not shouting and (
        "illagers " in text or "esidents " in text or "nhabitants of " in text
    ):
        # "gunmen killed 12 villagers in Kurmin Masara": a settlement by its
        # people, of the story's country (the one country named, if any)
        found = _Spans(map(_SPAN_OF, out)).overlaps
        actor_overlaps = every_actor.overlaps
        home = _home_country(context, header)
        if home is None and len(context) == 1:
            home = next(iter(context))
        dwellers = dweller_places(
            text,
            out,
            lambda s, e: found(s, e) or actor_overlaps(s, e),
            lambda k: look.flags(k) != 0 or any(_lookup(k, look)),
            _SITE_STOP,
            home,
        )
        if dwellers:
            out.extend(dwellers)
            # "villagers in Kutaka, Mbobo and Dirimbe": the rest of a list
            # the settlement opens
            found = _Spans(map(_SPAN_OF, out)).overlaps
            out.extend(
                p
                for p in listed_places(
                    text,
                    out,
                    lambda s, e: found(s, e) or actor_overlaps(s, e),
                    _SITE_STOP,
                    lambda s, e, cc: _listed_town(text, s, e, cc, look.towns),
                )
                if p.provenance.reason != "not in the gazetteer; listed with a town"
            )
    out.extend(second_level_places(doc, out, context))  # "Soum province"
    if not shouting and ("de " in text or "du " in text):
        out = _french_long_names(text, out, extra_get)
    _extra_facts(out, extra_get)
    out.sort(key=_SPAN_OF)  # by (start, end), read in C
    if not doc.shouting and out:
        # (the tests in C: a plural unit word after a mention, a district,
        # a settlement with no province)
        if any(map(_PLURAL_UNIT_AT.match, itertools.repeat(text), map(_END_OF, out))):
            _listed_units(text, out)
        if "district" in map(_KIND_OF, out):
            _keep_unit_sense(text, out)
            _districts_of_cities(text, out)
        elif " neighbo" in text:
            _districts_of_cities(text, out)
        if len(out) > 1:
            _namesakes_near_anchors(text, out, look.towns)
            _namesakes_of_listed_towns(text, out, look.towns)
        if not _SETTLEMENTS_WITHOUT_PROVINCE.isdisjoint(map(_KIND_ADMIN1_OF, out)):
            _province_of_unit_after(text, out)
            _province_of_anchor_after(text, out)
            _province_of_list_partners(text, out)
        _province_read_as_such(text, out)
        if ", " in text:
            _opener_province_of_town_after(text, out)
        kinds = set(map(_KIND_OF, out))
        if "province" in kinds:  # (both read a province's mention)
            _province_of_towns_before(text, out)
        if "province" in kinds or "district" in kinds:
            _towns_abroad_before_provinces(text, out)
        if None in map(_COUNTRY_OF, out):
            _country_of_story(out)
        kinds = set(map(_KIND_ADMIN1_OF, out))
        if ("district", None) in kinds or not _SETTLEMENTS_WITHOUT_PROVINCE.isdisjoint(
            kinds
        ):
            _province_of_opener(text, out)
            _province_of_story(out)
    if not doc.shouting:
        out = region_pairs(text, out, look.towns, _town_kind, every_actor.overlaps)
        if " State" in text:
            _state_in_name(text, out)
        if " direction" in text or " axis" in text:
            _front_directions(text, out)
    if de:
        _dateline_region(text, de, out)
    return tuple(out)


#: A distance in km or miles: "110 km", "some 80 kilometres", "60 miles".
_DISTANCE_KM: Final = re.compile(r"(\d+)[ ]?(km|kilomet|mile)")
#: From how many km a place told to lie that far from a capital may lie
#: outside the capital's own unit ("110 km southwest of Mogadishu" is no
#: place of Banadir, a capital's province that is the city alone).
_FAR_KM: Final = 40


def _the_or_united_before(text: str, start: int) -> bool:
    """Whether the word right before *start* is "the" or "united" (any case)."""
    head = text[start - 8 if start > 8 else 0 : start]
    if not head[-1:].isspace():
        return False
    words = head.lower().split()
    return bool(words) and words[-1] in ("the", "united")


def _far_from(text: str, start: int, end: int, anchor: PlaceMention) -> bool:
    """
    Whether ``text[start:end]`` tells a distance of more than
    :data:`_FAR_KM` from *anchor*, a national capital.
    """
    if anchor.geonames_id is None or anchor.geonames_id not in _capital_ids():
        return False
    m = _DISTANCE_KM.search(text, start, end)
    if m is None:
        return False
    km = int(m.group(1)) * (1.6 if m.group(2) == "mile" else 1)
    return km > _FAR_KM


@functools.cache
def _capital_ids() -> frozenset[int]:
    """The GeoNames ids of the national capitals."""
    return frozenset(gid for _cc, gid in capitals().values() if gid is not None)


#: The kinds of the places no table knows that a cue makes ("the town of
#: X", "X district", "near X"): a name of places_extra.tsv among them takes
#: the table's country, province and kind.
_CUE_MADE_KINDS: Final = frozenset(
    ["unknown", "town", "village", "populated_place", "city", "district"]
)

#: The kinds a cue's own word gives ("village", "district"), kept over the table's.
_CUE_WORD_KINDS: Final = frozenset(["district", "village", "town", "city"])


def _extra_place(
    h: _Hit,
    extra: ExtraPlace,
    text: str,
    context: Counter[str],
    shouting: bool,
    surnames: frozenset[str],
) -> PlaceMention | None:
    """
    The mention of the places_extra.tsv town *extra* that *h* names, or
    ``None``: the name read as a person's (after a given name, a surname of
    the story), one that needs a cue with none around (in ALL-CAPS copy
    every name does), or a name the gazetteer knows in another country
    when the story is not about the table's.
    """
    start, end = h.start, h.end
    if h.after_name or h.key in surnames:
        return None
    if h.towns:
        # the gazetteer's namesakes abroad: the table's town when the story
        # names its country more than theirs ("Tawila" in a story about Darfur)
        home = extra.country
        ours = context.get(home, 0)
        own, weight = h.own
        if ours == 0 or any(
            t.country == home
            or ours <= context.get(t.country, 0) - (weight if own == t.country else 0)
            for t in h.towns
        ):
            return None
    if (shouting or extra.needs_cue) and _no_cue_around(text, start, end):
        return None
    after = text[end : end + 60]
    if not shouting and after[:2] == ", " and _placed_abroad_after(after, extra.country):
        # "Bwiza, a suburb of Bujumbura": the text puts the name in a known
        # place of another country than the table's namesake (the
        # apposition or the pair reads it there)
        return None
    if not shouting and after[1:2].isupper():
        cap = _CAPITALISED_NEXT.match(after, timeout=REGEX_TIMEOUT)
        nxt = _key(cap.group(1)) if cap is not None else ""
        if nxt and nxt not in _FUNCTION_OR_PROVINCE_CUE and not _default_flags(nxt):
            # "Habila Jadida": a longer name the table's town opens, another
            # village (a cue may read it whole); a known place's name after
            # it is a second place ("Mawasi Khan Younis")
            return None
    before = text[start - _CONTEXT if start > _CONTEXT else 0 : start]
    word = _next_word(after)
    if word not in _CUE_KIND and after.startswith((", a ", ", an ")):
        # "Nyabibwe, a mining village": the apposition's noun
        m = _EXTRA_APPOSITION_NOUN.match(after)
        word = m.group(1) if m is not None else word
    elif word not in _CUE_KIND and before.endswith(" of "):
        # "the village of X": the cue's noun
        word = before[:-4].rsplit(" ", 1)[-1].lower()
    district = word in _EXTRA_UNIT_AFTER or after.lower().startswith(" local government")
    # the text's own word for it ("Pont-Sonde village") over the table's
    kind = "district" if district else _CUE_KIND.get(word, extra.kind)
    return _extra_mention(
        extra,
        text,
        start,
        end,
        kind,
        "district" if district else _near_or_exact(before),
    )


def _extra_mention(
    extra: ExtraPlace, text: str, start: int, end: int, kind: str, precision: str
) -> PlaceMention:
    """The mention ``text[start:end]`` of a town the gazetteer lacks, with the hand-compiled table's facts."""
    return _new_place(
        text=text[start:end],
        span=_new_span(start=start, end=end),
        name=extra.name,
        kind=kind,
        country=extra.country,
        admin1=extra.admin1,
        latitude=extra.latitude,
        longitude=extra.longitude,
        geonames_id=extra.geonames_id,
        precision=precision,
        provenance=_new_provenance(
            confidence=0.7, reason="hand-compiled table of places the gazetteer lacks"
        ),
    )


#: A known place right after a name and its comma, maybe after an
#: apposition's noun: "X, a suburb of Bujumbura", "X, a village near the
#: town of Y", "X, Burundi" (group 1: the place's words).
_PLACE_AFTER_COMMA: Final = regex.compile(
    r"\A,[ ](?:an?[ ](?:[a-z\-]+[ ]){0,3}?"
    r"(?:suburb|neighbou?rhood|district|quarter|town|township|village|city|locality|hamlet)"
    r"[ ](?:of|in|near|outside)[ ](?:the[ ](?:[a-z]+[ ]){0,2}?)?)?"
    r"(\p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++)?+)(?![\p{L}\-])"
)


def _placed_abroad_after(after: str, country: str) -> bool:
    """
    Whether *after* (the text right after a places_extra.tsv name) puts
    the name in a known place outside *country*, the table's country: a
    country, a province, or a town of the gazetteer (after a bare comma,
    a city of :data:`_ABROAD_TOWN_MIN` or more) none of whose namesakes
    lies in *country*.
    """
    m = _PLACE_AFTER_COMMA.match(after, timeout=REGEX_TIMEOUT)
    if m is None:
        return False
    key = _key(m.group(1))
    code = country_names().get(key)
    if code is not None:
        return code != country
    codes = admin1_names().get(key)
    if codes:
        return all(c[:2] != country for c in codes)
    if m.start(1) == 2:
        return False  # "X, Y": a town after the comma may open a list
    towns = _default_towns(key)
    return bool(towns) and all(t.country != country for t in towns)


#: The noun of an apposition after a town's name ("X, a mining village").
_EXTRA_APPOSITION_NOUN: Final = re.compile(
    r", an? (?:[a-z\-]+ ){0,3}?(town|township|village|city|hamlet|district)\b"
)
#: Unit words after a town's name that make it the unit ("Masisi territory").
_EXTRA_UNIT_AFTER: Final = frozenset(
    ["district", "territory", "county", "lga", "township", "locality", "municipality"]
)


#: The French particle and capitalised word that go on a name: " de
#: l'Artibonite", " du Nord", " des Bouquets", " de Nippes".
_FRENCH_TAIL: Final = regex.compile(
    r"[ ](?:de[ ]la[ ]|de[ ]l['\u2019]|des[ ]|du[ ]|de[ ]|d['\u2019])"
    r"\p{Lu}[\p{Ll}'\u2019]*+(?:-\p{L}[\p{Ll}'\u2019]*+)*+"
)


def _french_long_names(
    text: str, out: list[PlaceMention], extra_get: Callable[[str], ExtraPlace | None]
) -> list[PlaceMention]:
    """
    *out* with a place whose name goes on in French ("Petite Rivière de
    l'Artibonite", where the gazetteer knows only a "Petite Rivière" of
    Mauritius) made the places_extra.tsv town of the whole name; the
    names inside its tail ("Artibonite") go.
    """
    longer: list[PlaceMention] = []
    for m in out:
        if m.kind in ("country", "province") or m.role != "place":
            continue
        tail = _FRENCH_TAIL.match(text, m.end)
        if tail is None:
            continue
        extra = extra_get(_key(text[m.start : tail.end()]))
        if extra is None:
            continue
        before = text[m.start - _CONTEXT if m.start > _CONTEXT else 0 : m.start]
        longer.append(
            _extra_mention(
                extra, text, m.start, tail.end(), extra.kind, _near_or_exact(before)
            )
        )
    if not longer:
        return out
    spans = _Spans(map(_SPAN_OF, longer))
    return [p for p in out if not spans.overlaps(p.start, p.end)] + longer


def _extra_facts(
    out: list[PlaceMention], extra_get: Callable[[str], ExtraPlace | None]
) -> None:
    """
    Give the places that a cue made of an unknown name ("the village of
    X", "near X") and that places_extra.tsv knows the table's province and
    kind, and its country where the cue gave none or the same, in place.
    """
    for i, p in enumerate(out):
        if (
            p.geonames_id is not None
            or p.latitude is not None
            or p.admin1 is not None
            or p.kind not in _CUE_MADE_KINDS
            or p.role != "place"
        ):
            continue
        extra = extra_get(_key(p.name or p.text))
        if extra is None or p.country not in (None, extra.country):
            continue
        # (the cue's own word stays: "Pont-Sonde village", "X district")
        kind = p.kind if p.kind in _CUE_WORD_KINDS else extra.kind
        out[i] = attrs.evolve(
            p,
            name=extra.name,
            country=extra.country,
            admin1=extra.admin1,
            kind=kind,
            latitude=extra.latitude,
            longitude=extra.longitude,
            geonames_id=extra.geonames_id,
        )


#: The country or province bracketed right after a dateline's town,
#: "BEIRUT (Lebanon) -": the opening bracket and the spaces around it.
_DATELINE_BRACKET: Final = re.compile(r"[ \t]*\([ \t]*")
#: The slash between the two towns of a dateline filed from both,
#: "CAIRO/JERUSALEM, May 20 -".
_DATELINE_SLASH: Final = re.compile(r"[ \t]?/[ \t]?")
#: The comma before the country of a dateline's town, "DAKAR, Senegal, Oct. 6".
_DATELINE_COMMA: Final = re.compile(r",[ \t]*")
#: What may follow that country in the dateline: the date's comma, the
#: agency's bracket or the dash before the story.
_DATELINE_AFTER: Final = re.compile(r"[ \t]*(?:,|\(|--?|\u2013|\u2014)")


#: A front named after a town: "in the Pokrovsk direction", "the Kupiansk axis".
_FRONT_AFTER: Final = compile_re(r" (?:direction|axis)\b")


def _front_directions(text: str, out: list[PlaceMention]) -> None:
    """
    Make a town that names a stretch of front ("repelled 45 assaults in the
    Pokrovsk direction") a place near the town, not in it.
    """
    for i, m in enumerate(out):
        if (
            m.precision == "exact"
            and m.kind in _SETTLEMENT_KINDS
            and _FRONT_AFTER.match(text, m.end) is not None
        ):
            out[i] = attrs.evolve(m, precision="near")


def _state_in_name(text: str, out: list[PlaceMention]) -> None:
    """
    Stretch a province's mention over a capitalised "State" after it:
    "Chin State", "Borno State" are the units' names as written (a
    lower-case "state" stays a cue outside the name: "Borno state").
    """
    for i, m in enumerate(out):
        end = m.end
        if (
            m.kind == "province"
            and text.startswith(" State", end)
            and not text[end + 6 : end + 7].isalnum()
        ):
            out[i] = attrs.evolve(
                m,
                text=text[m.start : end + 6],
                span=_new_span(start=m.start, end=end + 6),
            )


def _dateline_region(text: str, town_end: int, out: list[PlaceMention]) -> None:
    """
    Give the role of the dateline to the country or province bracketed
    right after its town ("BEIRUT (Lebanon) -", "EL PARAISO (EL SALVADOR),
    19 MAR 89"): part of where the story was filed, as its town is, not a
    place the story tells of.
    """
    bracket = _DATELINE_BRACKET.match(text, town_end)
    if bracket is None:
        bracket = _DATELINE_SLASH.match(text, town_end)
        if bracket is None:
            comma = _DATELINE_COMMA.match(text, town_end)
            if comma is not None:
                # "DAKAR, Senegal, Oct. 6 (AFP) -": the town's country, where
                # the story was filed ("in Mali" later is where it happened)
                for i, m in enumerate(out):
                    if m.start > comma.end():
                        return
                    if (
                        m.start == comma.end()
                        and m.role == "place"
                        and m.kind == "country"
                        and _DATELINE_AFTER.match(text, m.end) is not None
                    ):
                        out[i] = _with_role(m, "dateline")
                        return
            return
        # "CAIRO/JERUSALEM, May 20": the second town the story was filed from
        at = bracket.end()
        for i, m in enumerate(out):
            if m.start > at:
                return
            if m.start == at and m.role == "place":
                out[i] = _with_role(m, "dateline")
                return
        return
    at = bracket.end()
    for i, m in enumerate(out):
        if m.start > at:
            return
        if (
            m.start == at
            and m.role == "place"
            and m.kind in ("country", "province")
            and text[m.end : m.end + 3].lstrip(" \t").startswith(")")
        ):
            out[i] = _with_role(m, "dateline")
            return


#: The fields of a :class:`PlaceMention`, copied by :func:`_moved_to`.
_MENTION_FIELDS: Final = tuple(f.name for f in attrs.fields(PlaceMention))
_set_field: Final = object.__setattr__
_mention_values: Final = operator.attrgetter(*_MENTION_FIELDS)
_consume: Final = collections.deque[object](maxlen=0).extend


def _keep_province_sense(text: str, out: list[PlaceMention]) -> None:
    """
    Read a later bare name as the province an earlier mention of it named
    by its cue, after it or before it ("authorities in Guanajuato state",
    "the central state of Guanajuato" ... "Guanajuato, an industrial hub,
    has been the state with the most homicides"): a story
    keeps one sense of a name a province and its capital share. A town's
    cue ("Guanajuato city") or a preposition ("in Guanajuato", where the
    town is as likely) keeps the town.
    """
    provinces: dict[str, PlaceMention] = {}
    for m in out:
        if (
            m.kind == "province"
            and m.role == "place"
            and m.admin1
            and (
                _next_word(text[m.end : m.end + _CONTEXT]) in _PROVINCE_CUES
                # ("the central state of Guanajuato": the cue before it)
                or _of_cue_word(text[max(0, m.start - _CONTEXT) : m.start])
                in _PROVINCE_CUES
            )
        ):
            provinces.setdefault(m.text, m)
    if not provinces:
        return
    for i, m in enumerate(out):
        p = provinces.get(m.text)
        if (
            p is None
            or m.start <= p.start
            or m.kind not in ("city", "town")
            or m.role != "place"
            or m.admin1 != p.admin1
        ):
            continue
        before = text[max(0, m.start - _CONTEXT) : m.start]
        if (
            _next_word(text[m.end : m.end + _CONTEXT]) in _TOWN_CUES
            or _of_cue_word(before) in _TOWN_CUES
            or _preposition_before(before)
            # "the Kaduna-Abuja highway": a road named by the towns it joins
            or text[m.end : m.end + 1] == "-"
            or before[-1:] == "-"
        ):
            continue
        out[i] = _moved_to(p, m.start, m.end)


#: Plural unit words after a list of names: each name is such a unit
#: ("Belgorod, Kursk and Bryansk regions", "Masisi and Walikale
#: territories", "Maru and Tsafe local government areas").
_PLURAL_UNIT_AFTER: Final = regex.compile(
    r"""[ ]
    (?:(?P<province>regions|provinces|states|governorates|oblasts|departments)
      |(?P<district>districts|territories|townships|counties|LGAs
        |[Ll]ocal[ ][Gg]overnment[ ][Aa]reas|[Ll]ocal[ ][Gg]overnments))\b""",
    regex.VERBOSE,
)
#: :data:`_PLURAL_UNIT_AFTER` as a ``re`` test, tried after each mention.
_PLURAL_UNIT_AT: Final = compile_re(
    r" (?:regions|provinces|states|governorates|oblasts|departments|districts|territories"
    r"|townships"
    r"|counties|LGAs|[Ll]ocal [Gg]overnment [Aa]reas|[Ll]ocal [Gg]overnments)\b"
)
_KIND_OF: Final = operator.attrgetter("kind")
_END_OF: Final = operator.attrgetter("span.end")
_START_OF: Final = operator.attrgetter("span.start")
_KIND_ADMIN1_OF: Final = operator.attrgetter("kind", "admin1")
#: (kind, admin1) pairs of a settlement with no province.
_SETTLEMENTS_WITHOUT_PROVINCE: Final = frozenset(
    (kind, None) for kind in ("city", "town", "village", "populated_place")
)
#: What joins the names of a list: "A, B and C", "A, B, and C", "A or B".
_LIST_JOINS: Final = frozenset([", ", " and ", ", and ", " or "])


def _listed_units(text: str, out: list[PlaceMention]) -> None:
    """
    Make every town of a list of two or more names before a plural unit
    word that unit: a province its country has of that name ("Belgorod,
    Kursk and Bryansk regions", the first names included), or a district of
    the town's country and province ("Masisi and Walikale territories";
    the gazetteer's towns there are the units' seats at best).
    """
    i = len(out) - 1
    while i > 0:
        last = out[i]
        # (32 characters: no timeout, which reads the process clock twice)
        m = _PLURAL_UNIT_AFTER.match(text, last.end, last.end + 32)
        if m is None or text[out[i - 1].end : last.start] not in _LIST_JOINS:
            i -= 1
            continue
        first = i - 1
        while first > 0 and text[out[first - 1].end : out[first].start] in _LIST_JOINS:
            first -= 1
        district = m.group("district") is not None
        for j in range(first, i + 1):
            town = out[j]
            if (
                town.role != "place"
                or town.kind not in _SETTLEMENT_KINDS
                or not town.country
            ):
                continue
            if district:
                out[j] = _new_place(
                    text=town.text,
                    span=town.span,
                    name=town.text,
                    kind="district",
                    role="place",
                    country=town.country,
                    admin1=town.admin1,
                    precision="district",
                    provenance=_new_provenance(
                        confidence=0.7, reason="a list before a plural unit word"
                    ),
                )
                continue
            codes = [
                c
                for c in admin1_names().get(_key(town.text), ())
                if c[:2] == town.country
            ]
            if not codes and town.admin1 and town.geonames_id is not None:
                # "Raqqa and Hasakah provinces": named after their seats,
                # which the tables know by another name (Ar Raqqah)
                codes = [town.admin1]
            if len(codes) == 1:
                out[j] = _new_place(
                    text=town.text,
                    span=town.span,
                    name=admin1_display().get(codes[0], town.text),
                    kind="province",
                    role="place",
                    country=town.country,
                    admin1=codes[0],
                    precision="province",
                    geonames_id=admin1_geonames_ids().get(codes[0]),
                    provenance=_new_provenance(
                        confidence=0.7, reason="a list before a plural unit word"
                    ),
                )
        i = first - 1


#: What lies between a settlement and the district it is in: "Ntoyo in
#: Mambasa territory", "Kadawa village in Maru", "Ntoyo, in Mambasa".
_IN_UNIT_BETWEEN: Final = regex.compile(
    r"(?:[ ](?:village|town|hamlet|camp))?,?[ ]in[ ](?:the[ ])?"
)


#: The roles of the mentions that tell where a story is (a dateline tells
#: where it was filed: "PORT SUDAN" over a story from El Fasher).
_STORY_ROLES: Final = frozenset(["place", "metonymy"])


_COUNTRY_OF: Final = operator.attrgetter("country")
#: The kinds an unknown name a cue told may have.
_UNKNOWN_KINDS: Final = frozenset(
    ["village", "town", "city", "district", "populated_place"]
)


def _unplaced_unit(m: PlaceMention) -> bool:
    """A district, or an unknown village or town a cue told, with no province."""
    return (
        m.admin1 is None
        and m.role == "place"
        and (m.kind == "district" or (m.kind in _UNKNOWN_KINDS and m.geonames_id is None))
    )


def _country_of_story(out: list[PlaceMention]) -> None:
    """
    Give an unknown village, town or district with no country the one
    country every other mention of the story names, of two or more
    ("Hurum, Manguna and Ruwi villages" in a story whose places all lie in
    Nigeria, which it never names): none where two countries are named,
    however (as a demonym: "an Israeli strike on the village of Joun").
    """
    countries = {m.country for m in out if m.country}
    if len(countries) != 1 or (
        sum(1 for m in out if m.country) < 2
        # (one province is enough: "kills 9 in Sagaing" over "Kyauk
        # Myaung township", a unit a cue told, of no other country)
        and not any(m.kind == "province" and m.role == "place" for m in out)
    ):
        return
    country = countries.pop()
    for i, m in enumerate(out):
        if (
            m.country is None
            and m.role == "place"
            and m.kind in _UNKNOWN_KINDS
            and m.geonames_id is None
        ):
            out[i] = attrs.evolve(m, country=country)


#: What tells a name is a province after it: "Guanajuato has been the
#: most violent state", "Sagaing, a stronghold of the resistance, is the
#: region ...", "Guanajuato remained the country's most violent state" (a
#: verb of being, a determiner, up to three words, a possessive's among
#: them, the unit).
_PROVINCE_PREDICATE: Final = compile_re(
    r"(?:, [^,.;]{1,60},)? (?:is|was|has been|had been|remains|remained|has remained"
    r"|has long been|has become|became) (?:now |long |also |still )?"
    r"(?:the|a|an|one of the|[A-Z]\w+'s) (?:[\w'\u2019-]+ ){0,3}"
    r"(?:state|province|region|department|governorate)s?\b"
)


#: The word before a seat town that makes it its province: "In Zamfara,
#: gunmen abducted 50 villagers. In neighbouring Sokoto, ..." (a state
#: neighbours a state; the town next door is "the neighbouring town of").
_NEIGHBOURING: Final = ("neighbouring ", "neighboring ")

#: A story's word for a town it named before: "the town's army camp".
_TOWN_ANAPHOR: Final = compile_re(r"\bthe (?:town|city)\b(?! of )")


def _as_province(
    m: PlaceMention, code: str, reason: str, confidence: float = 0.7
) -> PlaceMention:
    """The mention *m* read as the province *code* (a place), for *reason*."""
    return _new_place(
        text=m.text,
        span=m.span,
        name=admin1_display().get(code, m.text),
        kind="province",
        role="place",
        country=code[:2],
        admin1=code,
        precision="province",
        geonames_id=admin1_geonames_ids().get(code),
        provenance=_new_provenance(confidence=confidence, reason=reason),
    )


def _province_read_as_such(text: str, out: list[PlaceMention]) -> None:
    """
    Read as the province a province's seat town that the story speaks of
    as a province: one a predicate calls so ("Guanajuato has been the most
    violent state") or "neighbouring" opens ("In neighbouring Sokoto"), or
    one a headline names where the story below names some other place of
    that province and never the town itself ("Gunmen
    kill 12 in Guanajuato" over a shooting in Irapuato; "Junta airstrike
    kills 9 in Sagaing" over a strike in Kyauk Myaung township).
    """
    line = text.find("\n")
    head_end = (
        line
        if 0 < line < 160 and text.startswith("\n", line + 1) and text[line - 1] != "."
        else 0
    )
    for i, m in enumerate(out):
        if m.kind not in ("city", "town") or m.role != "place" or not m.admin1:
            continue
        code = m.admin1
        if code not in admin1_names().get(_key(m.text), ()):
            continue
        if _PROVINCE_PREDICATE.match(text, m.end) is None and not (
            text.endswith(_NEIGHBOURING, 0, m.start)
            and m.country not in _TOWN_SIZED_UNITS  # ("neighbouring Jenin": the town)
        ):
            if m.end > head_end:
                continue
            if not text.endswith(" in ", 0, m.start):
                continue  # "Gunmen attack Kidal": the town attacked
            body = [p for p in out if p.start > head_end and p.role == "place"]
            first = next((p for p in body if p.kind not in ("province", "country")), None)
            if (
                first is None
                # "the town's army camp" before it: the headline's town
                or _TOWN_ANAPHOR.search(text, head_end, first.start) is not None
                or any(
                    p.text == m.text
                    and p.kind in ("city", "town")
                    and _PROVINCE_PREDICATE.match(text, p.end) is None
                    for p in body
                )
                or not (
                    first.admin1 == code
                    or (
                        first.kind == "district"
                        and first.admin1 is None
                        and first.country in (None, m.country)
                    )
                )
            ):
                # the town itself below, or a first place below of no
                # unit of its province
                continue
        out[i] = _as_province(m, code, "a province's seat spoken of as the province")


#: What joins a settlement to the province after it: " in ", ", in the ",
#: " in northern ".
_IN_PROVINCE_BETWEEN: Final = compile_re(
    r",? in (?:the )?(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))"
    r"(?:ern)? )?"
)


def _province_of_towns_before(text: str, out: list[PlaceMention]) -> None:
    """
    Read a province's name that several countries share as the one of the
    settlement or district written right before it ("Bahawalpur and
    Muridke in Punjab province", in a story that names India more than
    Pakistan: Pakistan's Punjab, where both towns lie).
    """
    for i in range(1, len(out)):
        m = out[i]
        if m.kind != "province" or m.role != "place" or not m.admin1:
            continue
        codes = admin1_names().get(_key(m.text), ())
        if len(codes) < 2:
            continue
        prev = out[i - 1]
        if (
            prev.admin1 is None
            or prev.admin1 == m.admin1
            or prev.admin1 not in codes
            or (prev.kind not in _SETTLEMENT_KINDS and prev.kind != "district")
            or _IN_PROVINCE_BETWEEN.fullmatch(text, prev.end, m.start) is None
        ):
            continue
        out[i] = _as_province(m, prev.admin1, "the province of the place before it", 0.8)


def _towns_abroad_before_provinces(text: str, out: list[PlaceMention]) -> None:
    """
    Read a small town the gazetteer knows only in another country, written
    right before a province with " in " ("the rural community of Las Tablas
    in Michoacan": no town of Panama), or before a district or an area of
    one ("Maga, in the Danko-Wasagu area of Kebbi state"), as a place of
    that province that the gazetteer lacks.
    """
    for i in range(len(out) - 1):
        m = out[i]
        n = out[i + 1]
        if (
            m.role != "place"
            or m.kind not in ("town", "village", "populated_place")
            or m.geonames_id is None
            or not (
                n.kind in ("province", "district")
                # "Maga, in the Danko-Wasagu area of Kebbi state": a unit no
                # table knows, placed in its province by its cue
                or (n.kind == "populated_place" and n.geonames_id is None)
            )
            or n.role != "place"
            or not n.admin1
            or m.country == n.country
            or _IN_PROVINCE_BETWEEN.fullmatch(text, m.end, n.start) is None
        ):
            continue
        out[i] = _new_place(
            text=m.text,
            span=m.span,
            name=m.text,
            kind="populated_place",
            role="place",
            country=n.country,
            admin1=n.admin1,
            precision=m.precision,
            provenance=_new_provenance(
                confidence=0.5,
                reason="a namesake abroad; in the province named after it",
            ),
        )


def _province_of_opener(text: str, out: list[PlaceMention]) -> None:
    """
    Give a district with no province the province of the place its
    sentence opens with ("In Taiz, snipers killed a boy in the Al-Mudhaffar
    district": Taiz's), when that place is of the district's country.
    """
    for i, m in enumerate(out):
        if not _unplaced_unit(m):
            continue
        stop = text.rfind(". ", 0, m.start)
        at = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start) + 1)
        if not text.startswith("In ", at):
            continue
        opener = next((p for p in out if p.start == at + 3), None)
        if (
            opener is None
            or opener is m
            or not opener.admin1
            or opener.country != m.country
            or opener.role != "place"
        ):
            continue
        end = opener.end
        if opener.kind == "province":
            # "In Taiz province, ...": the cue after the name
            word = _next_word(text[end : end + 16])
            if word in _PROVINCE_CUES:
                end += 1 + len(word)
        if text.startswith(",", end):
            out[i] = attrs.evolve(m, admin1=opener.admin1)


def _opener_province_of_town_after(text: str, out: list[PlaceMention]) -> None:
    """
    Read a city that shares its province's name and opens a clause ("In
    Guanajuato, an attack on a bar in Celaya left six dead", "and in
    Kharkiv, shelling hit Kupiansk") as that province when the clause goes
    on to name another town of the province: the opener frames where the
    town lies. *out* is sorted by span.
    """
    names = admin1_names()
    for i, m in enumerate(out):
        a1 = m.admin1
        if (
            a1 is None
            or m.kind not in ("city", "town")
            or m.role != "place"
            or not text.startswith(",", m.end)
            or text[m.start - 3 if m.start > 3 else 0 : m.start] not in ("In ", "in ")
            or a1 not in names.get(_key(m.text), ())
        ):
            continue
        stop = text.find(". ", m.end)
        line = text.find("\n", m.end)
        end = min(x for x in (stop, line, len(text)) if x >= 0)
        if not any(
            n.start < end
            and n.admin1 == a1
            and n.kind in _SETTLEMENT_KINDS
            and n.role == "place"
            and n.geonames_id != m.geonames_id
            and n.text != m.text
            for n in out[i + 1 :]
        ):
            continue
        out[i] = attrs.evolve(
            m,
            name=admin1_display().get(a1, m.text),
            kind="province",
            admin2=None,
            latitude=None,
            longitude=None,
            geonames_id=admin1_geonames_ids().get(a1),
            precision="province",
            provenance=_new_provenance(
                confidence=0.7,
                reason="a province opening a clause that names a town of it",
            ),
        )


def _province_of_story(out: list[PlaceMention]) -> None:
    """
    Give a district, or an unknown village or town, with no province the one
    province of its country that
    the story's other places lie in ("North Gondar" in a story whose
    places are all in Amhara; "the Daraja Oula district" of a story about
    El Fasher): no answer where they lie in two ("Kano said" counts).
    """
    for i, m in enumerate(out):
        if m.country is None or not _unplaced_unit(m):
            continue
        codes = [
            p.admin1
            for p in out
            if p.country == m.country and p.admin1 and p.role in _STORY_ROLES
        ]
        if len(set(codes)) == 1 and (m.kind == "district" or len(codes) > 1):
            # (a village beside one place only may lie far from it: "Bulo
            # Mareer, 110 km southwest of Mogadishu")
            out[i] = attrs.evolve(m, admin1=codes[0])


def _province_of_unit_after(text: str, out: list[PlaceMention]) -> None:
    """
    Give a settlement with no province the province of the district, town
    or province named right after it, and its country where it has none
    ("the village of Ntoyo in Mambasa territory": Ituri's, as Mambasa is;
    "Lin Ta Lu village in Sagaing township": Myanmar's Sagaing; "X
    village, in Sagaing's Tabayin township"), when the two are of one
    country.
    """
    bare = map(_SETTLEMENTS_WITHOUT_PROVINCE.__contains__, map(_KIND_ADMIN1_OF, out[:-1]))
    for i in itertools.compress(range(len(out) - 1), bare):
        m = out[i]
        if m.role != "place":
            continue
        n = out[i + 1]
        if (
            n.admin1 is None
            or (n.kind not in _UNIT_KINDS and n.kind not in _SETTLEMENT_KINDS)
            or (m.country is not None and n.country != m.country)
            or n.start - m.end > 16
            or _IN_UNIT_BETWEEN.fullmatch(text, m.end, n.start, timeout=REGEX_TIMEOUT)
            is None
        ):
            continue
        out[i] = attrs.evolve(m, country=n.country, admin1=n.admin1)


def _province_of_anchor_after(text: str, out: list[PlaceMention]) -> None:
    """
    Give the settlements with no province of a list told to lie near a
    town ("the villages of A and B, near the White Nile town of C", "A,
    near Kosti") that town's province, and its country where they have
    none, when the two are of one country and no distance beyond
    :data:`_FAR_KM` is told. *out* is sorted by span.
    """
    last = len(out) - 1
    i = 0
    while i < last:
        m = out[i]
        if m.admin1 is not None or m.role != "place" or m.kind not in _SETTLEMENT_KINDS:
            i += 1
            continue
        j = i  # the list's last name
        while (
            j < last
            and out[j + 1].start - out[j].end <= 6
            and text[out[j].end : out[j + 1].start] in _LIST_JOINS
            and out[j + 1].kind in _SETTLEMENT_KINDS
        ):
            j += 1
        tie = _ANCHOR_AFTER.match(text, out[j].end)
        k = j + 1
        if tie is not None and k <= last and out[k].start == tie.end():
            n = out[k]
            if n.kind == "province" and k < last:
                # "near the White Nile town of C": C is the anchor
                of = _UNIT_OF_SETTLEMENT_AFTER.match(text, n.end)
                if of is not None and out[k + 1].start == of.end():
                    n = out[k + 1]
            km = tie.group("km")
            if (
                n.kind in _SETTLEMENT_KINDS
                and n.admin1 is not None
                and n.role == "place"
                and not (km and int(km) > _FAR_KM)
            ):
                for x in range(i, j + 1):
                    p = out[x]
                    if (
                        p.admin1 is None
                        and p.role == "place"
                        and p.country
                        in (
                            None,
                            n.country,
                        )
                    ):
                        out[x] = attrs.evolve(p, country=n.country, admin1=n.admin1)
        i = j + 1


def _province_of_list_partners(text: str, out: list[PlaceMention]) -> None:
    """
    Give a settlement with no province in a list of settlements ("villagers
    in Galayi, Fataki and Lopa") the one province its partners of its
    country lie in, when two partners give it, or one that is a village
    (villages listed together are neighbours; a town may be a far hub's
    name: "Bulo Mareer and Mogadishu"). *out* is sorted by span.
    """
    last = len(out) - 1
    i = 0
    while i < last:
        j = i  # the list's last name
        while (
            j < last
            and out[j + 1].start - out[j].end <= 6
            and out[j].kind in _SETTLEMENT_KINDS
            and out[j + 1].kind in _SETTLEMENT_KINDS
            and text[out[j].end : out[j + 1].start] in _LIST_JOINS
        ):
            j += 1
        if j > i:
            run = out[i : j + 1]
            for x, m in enumerate(run):
                if m.admin1 is not None or m.role != "place" or m.country is None:
                    continue
                codes = {p.admin1 for p in run if p.admin1 and p.country == m.country}
                partners = [p for p in run if p.admin1 in codes]
                if len(codes) == 1 and (
                    len(partners) > 1
                    or partners[0].kind in ("village", "populated_place")
                ):
                    out[i + x] = attrs.evolve(m, admin1=partners[0].admin1)
        i = j + 1


def _keep_unit_sense(text: str, out: list[PlaceMention]) -> None:
    """
    Read the name of a district its cue placed ("Logo local government
    area of Benue State") as that district where the story writes it again
    and it resolved to a namesake in another country ("fled toward Logo
    town": no village of Ivory Coast); a town of the district's own country
    stays (a district's seat often shares its name), except after "in" in
    a headline over a story that names the place only as the district and
    a settlement of it first ("Insurgents kill 10 in Macomia" over a
    killing "in Mucojo in Macomia district"): the headline sums up the
    district, as :func:`_province_read_as_such` reads a province.
    """
    units: dict[str, PlaceMention] = {}
    for m in out:
        if m.kind == "district" and m.role == "place" and m.country:
            units.setdefault(m.text, m)
    if not units:
        return
    head_end = -1
    for i, m in enumerate(out):
        u = units.get(m.text)
        if (
            u is None
            or m.role != "place"
            or m.kind in ("district", "province", "country")
            or m.country is None
        ):
            continue
        if m.country == u.country:
            if head_end < 0:
                line = text.find("\n")
                head_end = (
                    line
                    if 0 < line < 160
                    and text.startswith("\n", line + 1)
                    and text[line - 1] != "."
                    else 0
                )
            if (
                m.end > head_end
                or u.start < head_end
                or not text.endswith(" in ", 0, m.start)
                or any(p.text == m.text and p.kind != "district" for p in out[i + 1 :])
            ):
                continue
            first = next(
                (
                    p
                    for p in out
                    if p.start > head_end
                    and p.role == "place"
                    and p.kind not in ("province", "country")
                ),
                None,
            )
            if (
                first is None
                or first is u
                or first.kind not in _SETTLEMENT_KINDS
                or first.start > u.start
            ):
                continue  # the story's first place below is no settlement of it
        out[i] = _moved_to(u, m.start, m.end)


#: A distance or a direction from a place, or "near", right after a
#: settlement: "X, 10 km south of Y", "X, north of Y", "X near Y"; the
#: number of the distance in its group.
_ANCHOR_AFTER: Final = re.compile(
    # (maybe after an apposition's noun: "X, a village 10 km south of Y")
    r",?[ ](?:an?[ ](?:[a-z\-]+[ ]){0,2}?(?:town|village|city|hamlet|settlement|locality)[ ])?"
    r"(?:(?:(?:some|about|around|nearly|roughly|just)[ ])?(?P<km>\d+)[ ]?"
    r"(?:km|kilometres|kilometers|miles)[ ])?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)[ ]of|from|near|outside)[ ](?:the[ ])?"
)
#: How far from the place it is told to lie near a settlement may lie (km)
#: when no distance is given.
_NEAR_KM: Final = 80


def _km(a: PlaceMention | Place, b: PlaceMention | Place) -> float:
    """The distance between two points in km (equirectangular: close enough here)."""
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    mid = math.radians((a.latitude + b.latitude) / 2)
    dx = math.radians(b.longitude - a.longitude) * math.cos(mid)
    dy = math.radians(b.latitude - a.latitude)
    return 6371.0 * math.hypot(dx, dy)


def _lies_toward(t: PlaceMention | Place, n: PlaceMention, told: str) -> bool:
    """
    Whether *t* lies on the side of *n* that the words *told* give ("north
    of": not south of it, with a little slack); true with no direction.
    """
    assert t.latitude is not None and t.longitude is not None
    assert n.latitude is not None and n.longitude is not None
    return not (
        ("north" in told and t.latitude < n.latitude - 0.05)
        or ("south" in told and t.latitude > n.latitude + 0.05)
        or ("east" in told and t.longitude < n.longitude - 0.05)
        or ("west" in told and t.longitude > n.longitude + 0.05)
    )


def _namesakes_near_anchors(
    text: str, out: list[PlaceMention], towns_of: Callable[[str], tuple[Place, ...]]
) -> None:
    """
    Read a settlement placed by a distance or direction from another
    place ("the village of Andriivka, 10 km south of Bakhmut") as its
    namesake nearest that place, where the reading picked lies far from it
    and a namesake lies within the distance told (*towns_of* a key gives
    the gazetteer's). *out* is sorted by span.
    """
    for i in range(len(out) - 1):
        m = out[i]
        if m.kind not in _SETTLEMENT_KINDS or m.role != "place":
            continue
        # (an apposition opens with ", a": most names have none)
        apposition = text.startswith(", a", m.end)
        if m.latitude is None:
            if m.admin1 is None and apposition:
                _namesake_in_unit_after(text, out, i, towns_of)
            continue
        tie = _ANCHOR_AFTER.match(text, m.end)
        if tie is None:
            if apposition:
                _namesake_in_unit_after(text, out, i, towns_of)
            continue
        n = out[i + 1]
        if n.start != tie.end() or n.latitude is None or n.country is None:
            continue
        km = tie.group("km")
        near = int(km) * (1.6 if "mile" in tie.group() else 1.0) + 30 if km else _NEAR_KM
        told = tie.group()
        if _km(m, n) <= near and _lies_toward(m, n, told):
            continue  # (across a border too: "Adre, 30 km from El Geneina")
        best = min(
            (
                t
                for t in towns_of(_key(m.text))
                if t.country == n.country
                and t.latitude is not None
                and _lies_toward(t, n, told)
            ),
            key=lambda t: _km(t, n),
            default=None,
        )
        # (a namesake a little farther than told is still far nearer than
        # the one picked: the village told of may be one the gazetteer lacks)
        if best is not None and _km(best, n) > max(2 * near, _NEAR_KM):
            best = None
        if best is None and (
            n.country != m.country
            # (a small town of the anchor's country far beyond the distance
            # told: "Santa Rosa, near Tibu" is no Santa Rosa de Cabal)
            or (
                _km(m, n) > max(3 * near, _FAR_ANCHOR_KM)
                and m.geonames_id not in _capital_ids()
                and _population_of_id(m, towns_of) < _RE_READ_MAX
            )
        ):
            # "San Miguel, a town 20 km north of Culiacan": no namesake of the
            # anchor's country in the gazetteer, a place of it the gazetteer
            # lacks (in its province when near it), not one abroad
            out[i] = _unknown_near(m, n, None if km and int(km) > _FAR_KM else n.admin1)
            continue
        if best is None or best.geonames_id == m.geonames_id:
            continue
        out[i] = _as_namesake(
            m, best, "the namesake nearest the place it is told to lie by"
        )


#: How many people a namesake needs, and how many times the pick's, to be
#: read for a town listed with towns of several other provinces.
_LISTED_CITY_MIN: Final = 50_000
_LISTED_CITY_SHARE: Final = 5


def _namesakes_of_listed_towns(
    text: str, out: list[PlaceMention], towns_of: Callable[[str], tuple[Place, ...]]
) -> None:
    """
    Read a town listed with towns of one province ("near Lyman and
    Pokrovsk", "in Lyman, Pokrovsk and Toretsk") as its namesake of that
    province and country where the reading picked lies in another province
    and is the less populous of the two: the story's other names pushed the
    pick away from the larger town, and the list says where it lies (a
    dateline or a bare mention of Kharkiv is no reason to read a Lyman
    listed with towns of Donetsk as Kharkiv's). Listed with towns of
    several other provinces, it is its namesake city of five times its
    people or more. *out* is sorted by span.
    """
    last = len(out) - 1
    i = 0
    while i < last:
        j = i  # the list's last name: out[i..j] joined by ", " / " and "
        while (
            j < last
            # (a join is at most ", and ": no slice of a long gap)
            and out[j + 1].start - out[j].end <= 6
            and out[j + 1].kind in _SETTLEMENT_KINDS
            and text[out[j].end : out[j + 1].start] in _LIST_JOINS
        ):
            j += 1
        if j > i and out[i].kind in _SETTLEMENT_KINDS:
            members = out[i : j + 1]
            for x in range(i, j + 1):
                m = out[x]
                if m.geonames_id is None or m.admin1 is None or m.role != "place":
                    continue
                others = {
                    (p.country, p.admin1)
                    for p in members
                    if p is not m and p.admin1 is not None
                }
                if not others or (m.country, m.admin1) in others:
                    continue
                towns = towns_of(_key(m.text))
                mine = next((t for t in towns if t.geonames_id == m.geonames_id), None)
                if mine is None:
                    continue
                if len(others) == 1:
                    ((country, admin1),) = others
                    if country != m.country:
                        continue
                    best = max(
                        (t for t in towns if t.admin1 == admin1 and t.country == country),
                        key=_POPULATION_OF,
                        default=None,
                    )
                else:
                    # towns of several provinces, none the pick's ("near
                    # Kupiansk, Kostiantynivka and Novopavlivka" after a
                    # mention of Zaporizhzhia): the list gives no province,
                    # and a namesake city far larger is the one meant
                    best = max(
                        (t for t in towns if t.country == m.country),
                        key=_POPULATION_OF,
                        default=None,
                    )
                    if best is not None and (
                        best.population < _LISTED_CITY_MIN
                        or best.population < _LISTED_CITY_SHARE * mine.population
                    ):
                        best = None
                if best is not None and best.population > mine.population:
                    got = _as_namesake(
                        m,
                        best,
                        "the namesake in the province of the towns listed with it",
                    )
                    if m.kind == _town_kind(mine):
                        # (a kind by the population, not by a cue: the namesake's)
                        got = attrs.evolve(got, kind=_town_kind(best))
                    out[x] = got
        i = j + 1


#: How far (km) beyond which a town of the anchor's own country is too far
#: from it to be the one told to lie near it.
_FAR_ANCHOR_KM: Final = 150


def _population_of_id(
    m: PlaceMention, towns_of: Callable[[str], tuple[Place, ...]]
) -> int:
    """The gazetteer's population of *m*'s town (0 when it is not found by *m*'s text)."""
    return next(
        (t.population for t in towns_of(_key(m.text)) if t.geonames_id == m.geonames_id),
        0,
    )


def _unknown_near(
    m: PlaceMention, anchor: PlaceMention, admin1: str | None
) -> PlaceMention:
    """
    *m* read as a place the gazetteer lacks in *anchor*'s country and the
    province *admin1*: its name as written, no coordinates.
    """
    return _new_place(
        text=m.text,
        span=m.span,
        name=m.text,
        kind="populated_place" if m.kind == "city" else m.kind,
        country=anchor.country,
        admin1=admin1,
        precision=m.precision,
        provenance=_new_provenance(
            confidence=0.6,
            reason="not in the gazetteer in the country the text puts it in",
        ),
    )


#: An apposition placing a settlement in a province or district: "X, a
#: town in the Artibonite department", "X, a village in Nili district".
_IN_UNIT_APPOSITION: Final = re.compile(
    r", an? (?:[a-z\-]+ ){0,2}?(?:town|village|city|hamlet|settlement|locality) in "
    r"(?:the )?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern |central )?"
)
#: How many people a town read from the gazetteer may have for an
#: apposition's province to re-read it (a city is known well enough).
_RE_READ_MAX: Final = 100_000


def _namesake_in_unit_after(
    text: str,
    out: list[PlaceMention],
    i: int,
    towns_of: Callable[[str], tuple[Place, ...]],
) -> None:
    """
    Read the settlement ``out[i]`` that an apposition puts in a province
    ("La Chapelle, a town in the Artibonite department") as its namesake
    in that province, or as a place of the province the gazetteer lacks,
    where the reading picked lies in another province.
    """
    m = out[i]
    tie = _IN_UNIT_APPOSITION.match(text, m.end)
    if tie is None:
        return
    n = out[i + 1]
    if (
        n.start != tie.end()
        or n.kind not in ("province", "district")
        or n.admin1 is None
        or n.admin1 == m.admin1
        or n.role != "place"
    ):
        return
    if m.latitude is None:
        # "Maga, a town in Kebbi state": a place with no province yet, of
        # the province's country, lies there
        if m.admin1 is None and m.country in (None, n.country):
            out[i] = attrs.evolve(m, country=n.country, admin1=n.admin1)
        return
    towns = towns_of(_key(m.text))
    mine = next((t for t in towns if t.geonames_id == m.geonames_id), None)
    if mine is None or mine.population >= _RE_READ_MAX or mine.capital:
        return
    best = max(
        (t for t in towns if t.admin1 == n.admin1 and _key(t.name) == _key(m.text)),
        key=_POPULATION_OF,
        default=None,
    )
    if best is None:
        out[i] = _unknown_near(m, n, n.admin1)
        return
    out[i] = _as_namesake(m, best, "the namesake in the province it is told to lie in")


def _as_namesake(m: PlaceMention, best: Place, reason: str) -> PlaceMention:
    """*m* read as the gazetteer's town *best*, a namesake of the one it was read as."""
    return attrs.evolve(
        m,
        name=best.name,
        country=best.country,
        admin1=best.admin1,
        admin2=best.admin2,
        latitude=best.latitude,
        longitude=best.longitude,
        geonames_id=best.geonames_id,
        provenance=_new_provenance(confidence=0.8, reason=reason),
    )


#: The words that tie a district to the place holding it, after the
#: district's name and cue: "the Kyivskyi district of Kharkiv".
_UNIT_OF_AFTER: Final = re.compile(
    r"[ ](?:district|raion|township|neighbou?rhood|quarter|area)[ ]of[ ](?:the[ ])?"
)
#: The kinds of place that hold districts by name.
_HOLDER_KINDS: Final = frozenset(["city", "town", "province"])


def _districts_of_cities(text: str, out: list[PlaceMention]) -> None:
    """
    Give a district named with the place that holds it that place's
    country and province: "Kharkiv's Kyivskyi district", "the Kyivskyi
    district of Kharkiv", and "the city's Kyivskyi district" after the
    city. A district of that name the gazetteer knows elsewhere (Donetsk's
    Kyivskyi) is a namesake: its point is dropped, not the holder's words.
    *out* is sorted by span.
    """
    for i, m in enumerate(out):
        if m.role != "place" or (
            m.kind != "district"
            and (
                m.kind not in _SETTLEMENT_KINDS
                or _NEIGHBOURHOOD_AFTER.match(text, m.end) is None
            )
        ):
            continue
        holder = None
        if text.endswith(("'s ", "\u2019s "), 0, m.start):
            at = m.start - 3
            holder = next(
                (p for p in reversed(out[:i]) if p.end == at and p.kind in _HOLDER_KINDS),
                None,
            )
            if holder is None and text.endswith(_CITY_POSSESSIVES, 0, at + 3):
                # "the city's Kyivskyi district": the last town named
                # before, or a province named after a city named before it
                # ("the city of Kharkiv ... Kharkiv regional governor said
                # ... in the city's Kyivskyi district")
                cities = {p.text for p in out[:i] if p.kind == "city"}
                if text.endswith(_CAPITAL_POSSESSIVES, 0, at + 3):
                    # "the capital's Delmas district": the capital named
                    # before (maybe the dateline), not the last town
                    capital_ids = _capital_ids()
                    holder = next(
                        (p for p in reversed(out[:i]) if p.geonames_id in capital_ids),
                        None,
                    )
                holder = holder or next(
                    (
                        p
                        for p in reversed(out[:i])
                        if p.country
                        and (
                            p.kind in ("city", "town")
                            or (p.kind == "province" and p.text in cities)
                        )
                    ),
                    None,
                )
        else:
            tie = _UNIT_OF_AFTER.match(text, m.end)
            if tie is not None:
                at = tie.end()
                holder = next(
                    (
                        p
                        for p in out[i + 1 : i + 3]
                        if p.start == at and p.kind in _HOLDER_KINDS
                    ),
                    None,
                )
        if holder is None and m.text.endswith(_DISTRICT_ENDINGS) and i:
            # "In the city of Zaporizhzhia, a missile hit ... the
            # Oleksandrivskyi district": an adjectival name is a city's
            # district, of the city named before it in the sentence
            city = out[i - 1]
            if (
                city.kind == "city"
                and city.country == m.country
                and city.role in _STORY_ROLES
                and _SENTENCE_END.search(text, city.end, m.start) is None
            ):
                holder = city
        if (
            holder is None
            or holder.country is None
            or (holder.country == m.country and holder.admin1 in (m.admin1, None))
        ):
            continue
        out[i] = attrs.evolve(
            m,
            # (a town's namesake neighbourhood: a part of the city, no town)
            kind=m.kind if m.kind == "district" else "populated_place",
            country=holder.country,
            admin1=holder.admin1,
            admin2=None,
            latitude=None,
            longitude=None,
            geonames_id=None,
            provenance=_new_provenance(
                confidence=0.6, reason="a district of the place named with it"
            ),
        )


#: A neighbourhood's noun right after a name ("the Tierra Blanca
#: neighbourhood"): a part of a city, even where a town bears the name.
_NEIGHBOURHOOD_AFTER: Final = re.compile(r"[ ]neighbou?rhood\b")

#: A sentence's end between two mentions.
_SENTENCE_END: Final = re.compile(r"[.!?][\"'\u201d\u2019]?\s")

#: "the city's", "the town's" (straight or curly apostrophe) before a district.
_CITY_POSSESSIVES: Final = tuple(
    f"the {noun}{mark}s "
    for noun in ("city", "town", "capital")
    for mark in ("'", "\u2019")
)
_CAPITAL_POSSESSIVES: Final = ("the capital's ", "the capital\u2019s ")


def _coordinated_provinces(
    text: str, out: list[PlaceMention], towns_of: Callable[[str], tuple[Place, ...]]
) -> None:
    """
    Make a town joined by "and" to a province of its country ("Sagaing and
    Chin", "Chin and Sagaing") that province's namesake, when one is: two
    names joined so are alike. The province must be no town's name in its
    country (*towns_of* a key): "Jenin and Nablus" are two towns as likely.
    """
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.role != "place" or b.role != "place":
            continue
        gap = text[a.end : b.start]
        # "Shan State, Rakhine State and Sagaing", "in Sagaing, Kachin" (a
        # headline's list): a comma joins them too
        if gap != " and " and _PROVINCE_LIST_GAP.fullmatch(gap) is None:
            continue
        town, province = (a, b) if b.kind == "province" else (b, a)
        if (
            province.kind != "province"
            or town.kind not in ("city", "town")
            or not town.country
        ):
            continue
        if gap != " and " and (
            town.admin1 == province.admin1 or (town is a and gap[:1] != ",")
        ):
            continue  # "Lashio, Shan State": a town and its own province
        if _next_word(
            text[province.end : province.end + _CONTEXT]
        ) not in _LIST_CUES and any(
            t.country == province.country for t in towns_of(_key(province.text))
        ):
            continue  # (a plural cue after the list names provinces: "Sagaing and Magway regions")
        if (
            town is b
            and text.startswith(", ", town.end)
            and text[town.end + 2 : town.end + 3].isupper()
        ):
            continue  # "Florida and Washington, D.C.": maybe a town and its region
        capital = capitals().get(_key(town.text))
        if (
            capital is not None
            and capital[0] == town.country
            and town.kind == "city"
            and _next_word(text[b.end : b.end + _CONTEXT]) not in _LIST_CUES
        ):
            continue  # "strikes on Kabul and Paktika": the capital is the city
        codes = [
            c for c in admin1_names().get(_key(town.text), ()) if c[:2] == town.country
        ]
        if len(codes) != 1:
            continue
        code = codes[0]
        out[i if town is a else i + 1] = _as_province(
            town, code, "a province's namesake joined to a province"
        )


#: What joins two names of a list besides " and ": a comma, or ", and",
#: maybe after the province's cue ("Shan State, Rakhine State and X").
_PROVINCE_LIST_GAP: Final = re.compile(
    r"(?:[ ](?:State|state|Region|region|Province|province))?(?:,[ ]and[ ]|,[ ]|[ ]and[ ])"
)

#: Compass words that open provinces' names and stand alone before "and"
#: when two share the rest ("North and South Kivu").
_ELIDED_COMPASS: Final = ("North", "South", "East", "West", "Upper", "Lower", "Central")


def _elided_provinces(text: str, out: list[PlaceMention]) -> list[PlaceMention]:
    """
    *out* with the province a bare compass word before "and" names when the
    province after shares the rest of its name: "North and South Kivu" names
    North Kivu as well (its mention is the word "North").
    """
    added: list[PlaceMention] = []
    for m in out:
        if m.kind != "province" or not text.endswith(" and ", 0, m.start):
            continue
        first, _, rest = m.text.partition(" ")
        if not rest or first not in _ELIDED_COMPASS:
            continue
        at = m.start - 5
        word = next((w for w in _ELIDED_COMPASS if text.endswith(w, 0, at)), None)
        if (
            word is None
            or word == first
            or text[at - len(word) - 1 : at - len(word)].isalnum()
        ):
            continue
        codes = [
            c
            for c in admin1_names().get(_key(f"{word} {rest}"), ())
            if c[:2] == m.country
        ]
        if not codes:
            continue
        start = at - len(word)
        added.append(
            _new_place(
                text=word,
                span=_new_span(start=start, end=at),
                name=admin1_display().get(codes[0], f"{word} {rest}"),
                kind="province",
                role=m.role,
                country=m.country,
                admin1=codes[0],
                precision="province",
                geonames_id=admin1_geonames_ids().get(codes[0]),
                provenance=_new_provenance(
                    confidence=0.8,
                    reason="a compass word sharing the next province's name",
                ),
            )
        )
    if not added:
        return out
    return sorted([*out, *added], key=_SPAN_OF)


def _moved_to(m: PlaceMention, start: int, end: int) -> PlaceMention:
    """
    *m* at *start*, *end* (the same name written again): a copy made
    without running the validators again, which *m*'s values passed
    already (a tenth of :func:`attrs.evolve`'s cost; repeated names are
    most of the mentions of long or hostile input).
    """
    new = object.__new__(PlaceMention)
    # the fields set in C: no Python loop over them
    _consume(map(_set_field, itertools.repeat(new), _MENTION_FIELDS, _mention_values(m)))
    _set_field(new, "span", _span(start, end))
    return new


def _span(start: int, end: int) -> Span:
    """
    ``Span(start=start, end=end)`` for a hit's offsets (ints, ``0 <= start
    <= end``), made without running the validators.
    """
    new = object.__new__(Span)
    _set_field(new, "start", start)
    _set_field(new, "end", end)
    return new


def _with_role(m: PlaceMention, role: str) -> PlaceMention:
    return attrs.evolve(m, role=role)


def _candidates(doc: Document, look: _Lookups, shouting: bool) -> list[_Hit]:
    """
    The names in *doc*, longest known match first, in text order.

    The story is cut into chunks once (:func:`_chunks`: one C-level
    ``translate`` and ``split``; offsets by summing the lengths of the
    chunks), the words of each chunk that may start a name come from a
    cache (one C-level getter over every chunk), and only those words are
    visited in Python: a name grows over the next words while its key is
    a word-prefix of a known name (one hash lookup each).
    """
    text = doc.text
    chunks = _chunks(text)
    # which words of each chunk may start a name: one lookup per chunk, in C
    visits = look.visits(shouting)
    found: Sequence[_ChunkVisits]
    try:
        found = (
            operator.itemgetter(*chunks)(visits)
            if len(chunks) > 1
            else (visits[chunks[0]],)
        )
    except KeyError:
        # chunks met for the first time (or long ones): their words, once
        table = _STARTS_SHOUTING if shouting else _STARTS
        long: dict[str, _ChunkVisits] = {}
        for c in set(chunks).difference(visits):
            if len(c) <= _MAX_KEY:
                visits[c] = _visits_of(c, look, table)
            else:
                long[c] = _visits_of(c, look, table)  # not cached
        if long:
            found = [long[c] if c in long else visits[c] for c in chunks]
        else:
            found = (
                operator.itemgetter(*chunks)(visits)
                if len(chunks) > 1
                else (visits[chunks[0]],)
            )
    folded = doc.folded
    starts = _sentence_starts(doc)
    flags_of = look.flags
    word = look.word
    token = look.token
    join = " ".join
    # _chunk_words' cache, read here first (most next chunks are in it)
    chunk_words = _CHUNK_WORDS[0]
    dead = look.dead()
    hits: list[_Hit] = []
    resume = 0
    n_text = len(text)
    last_chunk = len(chunks) - 1
    # long text: a name in the same characters as before (no sentence start
    # near) is read as before (see _WINDOW_BEFORE)
    memo: dict[str, tuple[int, str, _Found, bool, bool, bool] | None] | None = None
    # a name's key, what it names, and whether it names only towns that are
    # common words or a month: the shipped tables' cached answer, or this call's
    # (never such towns: only the shipped tables' answers drop a name here)
    shipped = look.shipped
    found_of: Callable[[str], tuple[str, _Found, bool]] = (
        _default_found_common
        if shipped
        else functools.partial(_found_not_common, look=look)
    )
    ordered_starts: list[int] = []
    if n_text >= _MEMO_MIN_CHARS:
        memo = {}
        ordered_starts = [*sorted(starts), n_text + 1]
    # where the last visited chunk starts: offsets are summed (one join of
    # the chunks between) only for the chunks visited
    at_chunk = 0
    at = 0
    window = ""
    for ci in itertools.compress(range(len(chunks)), found):
        dead_key, here = found[ci]  # type: ignore[misc]  # compress dropped _NO_VISITS
        if dead_key and ci < last_chunk and (dead_key, chunks[ci + 1]) in dead:
            # the chunk's last word is a word-prefix of names that the next
            # chunk ends (see _SHIPPED_DEAD): it starts no name, and is
            # dropped before the chunk's offset is summed
            if len(here) == 1:
                continue
            here = here[:-1]
        if ci > at_chunk:
            if ci == at_chunk + 1:
                at += len(chunks[at_chunk]) + 1  # the next chunk: no join
            else:
                at += len(join(chunks[at_chunk:ci])) + 1
            at_chunk = ci
        for rel, rel_end, k, first_bits in here:
            s = at + rel
            e = at + rel_end
            if s < resume:
                continue
            if (
                memo is not None
                and _WINDOW_BEFORE <= s <= n_text - _WINDOW_AFTER
                and ordered_starts[bisect.bisect_left(ordered_starts, s - _WINDOW_BEFORE)]
                > s
            ):
                window = text[s - _WINDOW_BEFORE : s + _WINDOW_AFTER]
                if window in memo:
                    seen = memo[window]
                    if seen is not None:
                        length, key, found_key, initial, upper, after_name = seen
                        resume = s + length
                        hits.append(
                            _Hit(s, resume, key, found_key, initial, upper, after_name)
                        )
                    continue
            else:
                window = ""
            far = e + 3  # how far the name's reading looked
            last_key = k
            if not first_bits & _PREFIX:
                # no longer name starts with the word: the word alone, if a name
                last_end = e if first_bits & _NAME else -1
            elif (
                first_bits & _NAME
                and not window
                and first_bits & _AT_END
                and ci < last_chunk
                and (k, chunks[ci + 1]) in dead
            ):
                last_end = e  # the next word ends the name: the word alone
            else:
                bits = first_bits
                # grow the name over adjacent words while it is a prefix of a known
                # name: capitalised words, connectors inside, a tail word at the end
                last_end = -1
                end = e
                n_words = 1
                # the chunk the name's last word ends, or -1
                j = ci if first_bits & _AT_END else -1
                while True:
                    if bits & _NAME:
                        last_end, last_key = end, k
                    if not bits & _PREFIX or n_words >= _MAX_WORDS or end + 1 >= n_text:
                        break
                    if text[end] not in " \u00a0":
                        if not (
                            text[end] == "."
                            and k in _DOTTED_PREFIXES
                            and text[end + 1 : end + 2] == " "
                            and end + 2 < n_text
                        ):
                            break
                        end += 1  # "St. Louis": the abbreviation's full stop
                        j = -1
                    if 0 <= j < last_chunk:
                        nc = chunks[j + 1]
                        after = chunk_words.get(nc) or _chunk_words(nc)
                    else:
                        after = ()
                    if after and after[0][0] == 0:
                        # the next chunk starts with a capitalised word (one
                        # separator between): the word a match would read
                        j += 1
                        nw = after[0][1]
                        ns = end + 1
                        ne = ns + len(nw)
                        far = ne + 3 if ne + 3 > far else far
                        if ne - ns > _MAX_KEY:
                            break
                        nk = token(nw)[0]
                        if len(nw) != len(chunks[j]):
                            j = -1
                    else:
                        c = text[end + 1]
                        if c < "\x80" and not c.isalpha():
                            break  # no word starts with an ASCII digit or sign ("May 12")
                        # (anchored and possessive: it reads the one word
                        # once, so no timeout, which reads the process
                        # clock twice, a system call dearer than the match)
                        nm = _TOKEN.match(text, end + 1)
                        if nm is None:
                            break
                        j = -1
                        ns, ne = nm.span()
                        far = ne + 3 if ne + 3 > far else far
                        if ne - ns > _MAX_KEY:
                            break
                        nk = word(folded[ns:ne])[0]
                        if not (
                            text[ns].isupper()
                            or nk in _CONNECTORS
                            or nk in _TAIL_WORDS
                            or (" " in nk and _particle_joined(text[ns:ne]))  # "ez-Zor"
                        ):
                            break
                    n_words += 1
                    end = ne
                    k = f"{k} {nk}"
                    bits = flags_of(k)
                far = end + 3 if end + 3 > far else far
                if n_words == 2 and j == ci + 1 and not bits & _NAME_PREFIX:
                    # the word and the whole next chunk read as one key that is
                    # no name and no prefix of one: the pair ends every name
                    # the word starts (see _SHIPPED_DEAD)
                    dead.add((last_key, chunks[j]))
            if last_end < 0:
                if first_bits & _HYPHEN:
                    # "Afghan-Pakistani", "Syria-Turkey", "US-led"
                    _hyphen_parts(text, s, e, look, hits)
                elif window and far <= s + _WINDOW_AFTER:
                    memo[window] = None  # type: ignore[index]  # window is set with memo
                continue
            key, found_key, common = found_of(last_key)
            if common and shouting and not window:
                # the test below read first in ALL-CAPS copy, where it needs
                # none of the name's other facts (most names it drops are
                # there: "ARE", "THEM")
                if _no_cue_around(text, s, last_end):
                    resume = last_end
                    continue
                common = False  # kept: a cue or a preposition is around
            if s in starts:
                initial = True
            elif s > 1 and text[s - 1] == " " and text[s - 2] != " ":
                initial = text[s - 2] in _OPENERS  # _after_opening's answer
            else:
                initial = _after_opening(text, s)
            # read only in mixed-case copy (_accept_town): ALL-CAPS copy is
            # written in capitals as a whole
            upper = shouting or text[s:last_end].isupper()
            after_name = (
                not shouting and not initial and _given_name_before(text, s, starts)
            )
            resume = last_end
            if window and far <= s + _WINDOW_AFTER:
                memo[window] = (  # type: ignore[index]  # window is set with memo
                    last_end - s,
                    key,
                    found_key,
                    initial,
                    upper,
                    after_name,
                )
            if (
                common
                and not after_name
                # (a big city may be the subject after "said": read on; and a
                # town the fighting took, "rebels shelled Sake": _accept_town)
                and (shouting or not text.endswith(_SEIZED_BEFORE, 0, s))
                and _no_cue_around(text, s, last_end)
                # "BOSTON (Reuters) -": a dateline after a byline
                and not (upper and not shouting and _INNER_DATELINE.match(text, last_end))
            ):
                # towns that are common words or a month's name, with no cue
                # or preposition around: _never_accepted's answer whatever the
                # story's context, and no evidence for any country ("ARE",
                # "Them"), so no hit is made (a surname's hit is: it names
                # the surname for the story)
                continue
            hits.append(_Hit(s, last_end, key, found_key, initial, upper, after_name))
    return hits


#: ASCII characters that cut a story into chunks (:func:`_chunks`): all but
#: letters, digits, "_", the marks inside a word ('.-) and "?" (what each
#: other character is in a story's ASCII shadow). No word holds one, and
#: none is a word character to ``\b``: a word's reading stops at one as it
#: stops at the end of a string.
_CHUNK_CUTS: Final = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'.-?")}
)
#: :data:`_CHUNK_CUTS` as a table for ``bytes.translate``: the story's
#: ASCII bytes are cut in C at about a byte an instruction, where
#: ``str.translate`` looks each character up in a dictionary.
_CHUNK_CUT_BYTES: Final = bytes(ord(" ") if c in _CHUNK_CUTS else c for c in range(256))


def _chunks(text: str) -> list[str]:
    """
    *text* cut at each :data:`_CHUNK_CUTS` character: chunk *k* starts at *k*
    plus the lengths of the chunks before it, and holds whole words only.

    The cut is one C-level ``translate`` and ``split``. A story with other
    characters is cut in its ASCII shadow (each such character a "?"),
    and the chunks with a "?" take the story's own characters back.
    """
    if text.isascii():
        return text.encode("ascii").translate(_CHUNK_CUT_BYTES).decode("ascii").split(" ")
    shadow = text.encode("ascii", "replace")
    chunks = shadow.translate(_CHUNK_CUT_BYTES).decode("ascii").split(" ")
    join = " ".join
    at_chunk = 0
    at = 0
    marked = map(str.__contains__, chunks, itertools.repeat("?"))
    for k in itertools.compress(itertools.count(), marked):
        if k > at_chunk:
            at += len(join(chunks[at_chunk:k])) + 1
            at_chunk = k
        chunks[k] = text[at : at + len(chunks[k])]
    return chunks


#: :func:`_chunk_words`' answers (chunks of up to :data:`_MAX_KEY`
#: characters), replaced by an empty dictionary when full.
_CHUNK_WORDS: Final[list[dict[str, tuple[tuple[int, str], ...]]]] = [{}]


def _chunk_words(chunk: str) -> tuple[tuple[int, str], ...]:
    """
    The capitalised words of a chunk (every word in ALL-CAPS copy; an
    article before a capitalised word, "al-Bab") with their offsets in it:
    what :data:`_ASCII_CAP_WORDS` (or, with other characters,
    :data:`_CAP_WORDS`) finds there in the story.
    """
    cache = _CHUNK_WORDS[0]
    got = cache.get(chunk)
    if got is not None:
        return got
    if chunk.isascii():
        got = tuple((m.start(), m.group()) for m in _ASCII_CAP_WORDS.finditer(chunk))
    else:
        got = tuple(
            (m.start(), m.group())
            for m in _CAP_WORDS.finditer(chunk, timeout=REGEX_TIMEOUT)
        )
    if len(chunk) <= _MAX_KEY:
        if len(cache) > _VISITS_CACHE_MAX:
            cache = _CHUNK_WORDS[0] = {}
        cache[chunk] = got
    return got


def _visits_of(chunk: str, look: _Lookups, table: tuple[bool, ...]) -> _ChunkVisits:
    """The words of *chunk* that may start a name, by their bits in *table*."""
    token = look.token
    out: list[_Visit] = []
    for rel, w in _chunk_words(chunk):
        if len(w) > _MAX_KEY:
            continue
        key, bits = token(w)
        end = rel + len(w)
        if chunk.startswith(_POSSESSIVE_ENDS, end) and end + 2 == len(chunk):
            # the possessive ending is cut off a word ("Syria's"), but some
            # names hold it ("Cox's Bazar"): the whole word when it opens one
            whole = chunk[rel : end + 2]
            key2, bits2 = token(whole)
            if bits2 & _PREFIX:
                w, key, bits, end = whole, key2, bits2, end + 2
        if table[bits]:
            out.append((rel, end, key, bits | _AT_END if end == len(chunk) else bits))
    if not out:
        return _NO_VISITS
    _, _, last_key, last_bits = out[-1]
    prefix_only = last_bits & (_NAME_PREFIX_HYPHEN | _AT_END) == _PREFIX | _AT_END
    return (last_key if prefix_only else "", tuple(out))


#: Documents from this many characters on remember how a name was read in
#: its window of characters (:func:`_candidates`): repeated boilerplate and
#: hostile input ("Kabul Province Army Said ..." a thousand times) read
#: each distinct window once. Shorter stories seldom repeat a window.
_MEMO_MIN_CHARS: Final = 8000
#: The window around a name's first letter: what reading it may look at.
#: Before: the given name of "Andrew Jordan" and the opening quote (34
#: characters at most); after: the words the name grows over (a window
#: whose reading looked further is not remembered). A window with a
#: sentence start in it is read afresh.
_WINDOW_BEFORE: Final = 40
_WINDOW_AFTER: Final = 80


_TOKEN_DROP: Final = translation_table(
    {".": "", "'": "", "`": "", "-": " ", "\u02bf": "", "\u02be": ""}
)


@functools.cache
def _small_keys() -> frozenset[str]:
    return (
        frozenset(features())
        | frozenset(country_names())
        | frozenset(capitals())
        | frozenset(admin1_names())
        | frozenset(demonyms())
    )


@functools.cache
def _small_prefixes() -> frozenset[str]:
    out: set[str] = set()
    for key in itertools.chain(_small_keys(), extra_places()):
        words = key.split(" ")
        for n in range(1, len(words)):
            out.add(" ".join(words[:n]))
    return frozenset(out)


def _given_name_before(text: str, s: int, starts: set[int]) -> bool:
    """
    Whether one space and a capitalised word that is no function word and
    no known place or demonym come right before *s* ("Andrew Jordan",
    "Mahmood Danish"): the name is then a surname. A word opening the
    sentence does not count ("Meanwhile Jordan").
    """
    if s < 3 or text[s - 1] != " ":
        return False
    j = s - 1
    k = j
    floor = j - 30 if j > 30 else 0
    seg = text[floor:j]
    if seg.isascii():
        # the letters ending seg, stripped in C (ASCII letters are isalpha's)
        k = floor + len(seg.rstrip(_ASCII_LETTERS))
    else:
        while k > floor and text[k - 1].isalpha():
            k -= 1
    word = text[k:j]
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return False
    if k > 0 and (text[k - 1].isalnum() or text[k - 1] in "-'\u2019."):
        return False
    if k in starts or _after_opening(text, k):
        return False
    return _plain_word(word)


@functools.lru_cache(maxsize=4096)
def _plain_word(word: str) -> bool:
    """A word that is no function word, title, known place or demonym."""
    key = _key(word)
    return (
        key not in _FUNCTION_WORDS
        and key not in _PERSON_TITLES
        and key not in _small_keys()
    )


#: The characters after which a word opens a quotation, a line or a clause.
_OPENERS: Final = frozenset(["\u201c", '"', "\n", ":", "("])


def _after_opening(text: str, s: int) -> bool:
    """
    Whether *s* comes first in the text or after an opening character
    (:data:`_OPENERS`) and at most two spaces.
    """
    before = text[s - 3 if s > 3 else 0 : s].rstrip(" ")
    return not before or before[-1] in _OPENERS


def _hyphen_parts(text: str, s: int, e: int, look: _Lookups, hits: list[_Hit]) -> None:
    if _given_name(text, s, e):
        return  # "Michel-Ange Louis-Jeune": a person, no town Michel
    pos = s
    for part in text[s:e].split("-"):
        ps, pe = pos, pos + len(part)
        pos = pe + 1
        if not part or not part[0].isupper():
            continue
        key = _key(part)
        hit = _Hit(ps, pe, key, _lookup(key, look))
        if not hit.any():
            continue
        if (
            (hit.towns or hit.admin1)
            and not (hit.country or hit.capital or hit.feature or hit.demonym)
            and _unknown_capitalised_part(text[s:e], part, look)
        ):
            # "Kuki-Zo" (a people) holds no town Kuki of Japan, and
            # "Paul-Henri Damiba" (a person) no province Paul of Cabo Verde
            continue
        suffix = text[pe + 1 : e].split("-")[0].lower() if pe < e else ""
        if suffix in _LOCATED:
            pass  # "London-based": where the company is, a literal place
        elif suffix in _ATTRIBUTIVE or (hit.demonym and not hit.country):
            # "US-led", "Afghan-Pakistani": country evidence, not a location
            code = hit.country or (hit.capital[0] if hit.capital else None)
            codes = (code,) if code else hit.demonym
            if not codes:
                continue
            hit.feature = None
            hit.towns = ()
            hit.admin1 = ()
            hit.capital = None
            hit.country = None
            hit.demonym = codes
        hit.hyphen = True
        hits.append(hit)


def _given_name(text: str, s: int, e: int) -> bool:
    """
    Whether the hyphenated word ``text[s:e]`` is a compound given name
    ("Jean-Pierre", "Michel-Ange", "Paul-Henri"): every part capitalised,
    one a common part of such names, and a capitalised surname after it.
    """
    parts = text[s:e].split("-")
    if len(parts) < 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return False
    if _GIVEN_NAME_PARTS.isdisjoint(parts) or parts[0] in ("Saint", "Sainte"):
        return False  # (not "Saint-Denis", "Sainte-Marie": towns named after saints)
    return text.startswith(" ", e) and text[e + 1 : e + 2].isupper()


#: Parts of compound given names, French-style ("Jean-Pierre Bemba",
#: "Michel-Ange Louis-Jeune", "Paul-Henri Damiba").
_GIVEN_NAME_PARTS: Final = frozenset(
    ["Jean", "Marie", "Pierre", "Paul", "Michel", "Ange", "Louis", "Claude", "Anne",
     "Luc", "Marc", "Henri", "Baptiste", "Jacques", "Joseph", "Charles", "Claire",
     "Philippe", "Christophe", "François", "Yves", "Rose", "Emmanuel",
     "Eric", "Patrick", "Martin", "Thérèse", "Noël", "Denis", "Bosco", "Lucien"]
)  # fmt: skip


def _unknown_capitalised_part(word: str, part: str, look: _Lookups) -> bool:
    """Whether another capitalised part of the hyphenated *word* is a name no table knows."""
    return any(
        other != part
        and other[:1].isupper()
        and not _Hit(0, 0, _key(other), _lookup(_key(other), look)).any()
        for other in word.split("-")
    )


_PREPOSITIONS: Final = frozenset(
    [
        "in",
        "near",
        "at",
        "from",
        "to",
        "into",
        "outside",
        "around",
        "across",
        "toward",
        "towards",
        "through",
        "of",
        "inside",
        "via",
        "between",
        "and",
    ]
)
_ASCII_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _last_word(head: str) -> tuple[str, str]:
    """
    The run of ASCII letters ending *head* (lower-cased) when it starts a
    word (``\\b``: nothing or no letter, digit or underscore before it),
    else ""; and what comes before it.
    """
    rest = head.rstrip(_ASCII_LETTERS)
    if rest and (rest[-1].isalnum() or rest[-1] == "_"):
        return "", rest
    return head[len(rest) :].lower(), rest


#: Compass adjectives between a preposition and a country ("in southern
#: Lebanon", "across northern Syria").
_DIRECTIONS: Final = (
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
)
_COMPASS_WORDS: Final = frozenset(
    [d + e for d in _DIRECTIONS for e in ("", "ern")]
    + ["central", "north-eastern", "north-western", "south-eastern", "south-western"]
)


def _direction_after_preposition(before: str) -> bool:
    """
    Whether *before* ends with a preposition and a compass adjective ("in
    southern "): the name after is a place ("a strike in southern Lebanon
    killed two"), not a government acting.
    """
    words = before[-40:].split()
    return (
        len(words) >= 2
        and words[-1].lower() in _COMPASS_WORDS
        and words[-2].lower() in _PREPOSITIONS
        and before.endswith(" ")
    )


def _preposition_before(before: str) -> bool:
    """
    Whether *before* ends with a preposition and spaces, "the" allowed
    between ("in ", "near the "): :data:`_PREPOSITION_BEFORE`, read from
    the end with string methods when *before* is ASCII.
    """
    if not before.endswith(" "):
        return False
    if not before.isascii():
        return bool(_PREPOSITION_BEFORE.search(before, timeout=REGEX_TIMEOUT))
    # _last_word inline: the letters ending the text, a word when nothing
    # that is a word character comes before them
    head = before.rstrip(" ")
    rest = head.rstrip(_ASCII_LETTERS)
    word = head[len(rest) :].lower()
    if word not in _PREPOSITIONS and word != "the":
        return False
    if rest and (rest[-1].isalnum() or rest[-1] == "_"):
        return False
    if word != "the":
        return True
    if not rest.endswith(" "):
        return False
    return _last_word(rest.rstrip(" "))[0] in _PREPOSITIONS


def _place_preposition_before(before: str) -> bool:
    """
    Whether *before* ends with a preposition of place and white space,
    "the" allowed between ("IN ", "NEAR THE "): one of :data:`_PREPOSITIONS`
    other than "and", and "of" only after a noun of place ("THE
    JURISDICTION OF", "THE OUTSKIRTS OF"): both join common nouns as often
    ("THE LEVEL OF UNITY").
    """
    head = before.rstrip()  # (a line break too, in ALL-CAPS copy)
    if len(head) == len(before):
        return False
    word, rest = _last_word(head)
    if word == "the":
        word, rest = _last_word(rest.rstrip())
    if word == "of":
        noun = _last_word(rest.rstrip())[0]
        return noun in _OF_PLACE_NOUNS or noun in _OF_NEAR
    return word in _PREPOSITIONS and word != "and"


#: Nouns of place before "of" and a name: "the jurisdiction of", "the town of".
_OF_PLACE_NOUNS: Final = frozenset(
    [
        "town",
        "city",
        "village",
        "hamlet",
        "municipality",
        "jurisdiction",
        "department",
        "province",
        "region",
        "state",
        "district",
        "area",
        "port",
        "capital",
    ]
)


#: The words :data:`_NEAR_BEFORE` and :data:`_DIRECTION_OF` end with before
#: an optional "the" and "town", "city" or "village".
_NEAR_LAST_WORDS: Final = frozenset(["near", "outside", "to", "from", "of"])
_NEAR_NOUNS: Final = frozenset(["town", "city", "village"])
_DISTANCE_UNITS: Final = frozenset(["km", "kilometres", "kilometers", "miles"])
#: The words before "of" that make a place "near" (:data:`_NEAR_BEFORE`,
#: :data:`_DIRECTION_OF`): "on the outskirts of", "10 km north of".
_OF_NEAR: Final = frozenset(
    ["outskirts", "vicinity"] + [d + e for d in _DIRECTIONS for e in ("", "ern")]
)


def _before_noun_of(before: str) -> str | None:
    """
    *before* up to and with the space before a closing "(the) town of",
    "city of" or "village of" (any case, one or more spaces between), or
    ``None`` when it does not end so.

    >>> _before_noun_of("fighting near the City of ")
    'fighting near '
    >>> _before_noun_of("the chief of ") is None
    True
    """
    head = before.rstrip(" ")
    if len(head) == len(before) or head[-2:].lower() != "of":
        return None
    rest = head[:-2]
    head = rest.rstrip(" ")
    if len(head) == len(rest):
        return None  # "2of", "Chief of": "of" must be a word of its own
    start = len(head)
    while start and head[start - 1].isalpha():
        start -= 1
    if head[start:].lower() not in _NEAR_NOUNS or (start and head[start - 1] != " "):
        return None
    rest = head[:start]
    head = rest.rstrip(" ")
    if (
        head[-3:].lower() == "the"
        and (len(head) == 3 or head[-4] == " ")
        and len(head) < len(rest)
    ):
        rest = head[:-3]
    return rest if rest.endswith(" ") else None


#: Line breaks and tabs as the single spaces the precision rules read.
_SPACES: Final = translation_table(dict.fromkeys("\n\r\t\f\v", " "))


def _near_or_exact(before: str) -> str:
    """
    The precision of a town: ``"near"`` after "near", "outside", "10 km
    north of" and the like, else ``"exact"``.
    """
    if not before.isprintable():
        # wire copy breaks lines anywhere: "near the\ncity of X" is "near"
        before = before.translate(_SPACES)
    if not before.endswith(" "):
        return "exact"
    inner = _before_noun_of(before)
    if inner is not None:
        # "near the city of X", "20 km north of the town of X": the words
        # before "the city of" decide ("the town of X" alone is X itself)
        return _near_or_exact(inner)
    if before.isascii():
        # the patterns search from every offset: their words are read from
        # the end with string methods instead (ASCII: no letter folds to
        # another under IGNORECASE); a "10 km north of" is an "of" to them
        head = before.rstrip(" ")
        rest = head.rstrip(_ASCII_LETTERS)
        word = head[len(rest) :].lower()
        if word in _NEAR_NOUNS:
            head = rest.rstrip(" ")
            rest = head.rstrip(_ASCII_LETTERS)
            word = head[len(rest) :].lower()
        if word == "the":
            head = rest.rstrip(" ")
            rest = head.rstrip(_ASCII_LETTERS)
            word = head[len(rest) :].lower()
        if word not in _NEAR_LAST_WORDS:
            return "exact"
        if word == "of":
            # "outskirts of", "north of" ("the town of X" is the town itself)
            head = rest.rstrip(" ")
            if len(head) == len(rest):
                return "exact"
            rest = head.rstrip(_ASCII_LETTERS)
            unit = head[len(rest) :].lower()
            if unit not in _OF_NEAR:
                return "exact"
        elif word == "to" or word == "from":
            # "close to", "km from": the word before, one space between
            if not rest.endswith(" "):
                return "exact"
            head = rest[:-1]
            rest = head.rstrip(_ASCII_LETTERS)
            unit = head[len(rest) :].lower()
            if (unit != "close") if word == "to" else (unit not in _DISTANCE_UNITS):
                return "exact"
        # "near", "outside", or the two words, starting a word (``\b``)
        return "exact" if rest and (rest[-1].isalnum() or rest[-1] == "_") else "near"
    if _NEAR_BEFORE.search(before, timeout=REGEX_TIMEOUT) or _DIRECTION_OF.search(
        before, timeout=REGEX_TIMEOUT
    ):
        return "near"
    return "exact"


def _of_cue_before(before: str) -> regex.Match[str] | None:
    """:data:`_OF_CUE_BEFORE`'s match ("district of "), tried only after "of "."""
    if not before.endswith(" ") or before.rstrip(" ")[-2:].lower() != "of":
        return None
    return _OF_CUE_BEFORE.search(before)  # <= _CONTEXT chars: no timeout


#: The words :data:`_IN_ADMIN_AFTER` reads after the comma and spaces.
_IN_OR_OF: Final = ("in ", "of ")


def _name_owns_cue(before: str, at: int) -> bool:
    """
    Whether a capitalised word that is no function word ends *before* up
    to *at* (where a cue such as "district of" starts): the cue is that
    name's ("the al-Zuhur district of Mosul"), and the name after "of" is
    the larger place holding it. An adjective ("the Guatemalan town of",
    "the mainly Shiite district of") leaves the cue to the name after it.
    """
    head = before[:at].rstrip(" ")
    word = head[head.rfind(" ") + 1 :]
    if (
        not word[-1:].isalpha()
        or word.islower()
        or (word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith(_DISTRICT_ENDINGS))
    ):
        return False
    key = _key(word)
    return key not in _FUNCTION_WORDS and key not in demonyms()


#: Endings of capitalised adjectives before a cue ("Syrian", "Sudanese",
#: "Kurdish", "Shiite", "Sunni", "Islamic", "Christian", "Korean",
#: "Mexican"); not a bare "-an", which ends as many names of districts and
#: lands ("the Dand-e-Patan district of Paktia", "the Kurdistan region")
#: as adjectives the demonym table does not already hold.
_ADJECTIVE_ENDINGS: Final = ("ian", "ean", "can", "ese", "ish", "ite", "ic", "i")
#: Endings of the adjectival names of districts in Ukraine and Russia, no
#: people's adjectives ("the Kyivskyi district of Kharkiv", "Industrialnyi").
_DISTRICT_ENDINGS: Final = ("yi", "skiy", "skii")


def _of_cue_raw(before: str) -> str:
    """The cue of :func:`_of_cue_before` ending *before*, as written ("" when none)."""
    m = _of_cue_before(before)
    return m.group("cue") if m is not None else ""


def _of_cue_word(before: str) -> str:
    """The cue of :func:`_of_cue_before` ending *before*, in lower case ("" when none)."""
    m = _of_cue_before(before)
    return m.group("cue").lower() if m is not None else ""


def _in_admin_after(after: str) -> regex.Match[str] | None:
    """:data:`_IN_ADMIN_AFTER`'s match, tried only after ", in " or " of "."""
    rest = after[1:] if after[:1] == "," else after
    word = rest.lstrip(" ")
    if len(word) == len(rest) or word[:3] not in _IN_OR_OF:
        return None
    return _IN_ADMIN_AFTER.match(after, timeout=REGEX_TIMEOUT)


def _comma_province(h: _Hit, after: str) -> tuple[str, ...]:
    """
    The codes of a province named with its cue right after a comma ("Mangu,
    Plateau State") when it holds one of the name's towns: it says where
    that town lies, as "in Plateau State" does. A province that holds none
    of them is the next item of a list ("Kano, Kaduna State and Zamfara"),
    no hint.
    """
    # (a province's name first, as one or two words: the pattern, with its
    # countries' possessives, costs far more than two look-ups)
    words = after[2:40].lower().split(" ", 2)
    names = admin1_names()
    if words[0] not in names and (
        len(words) < 2 or f"{words[0]} {words[1]}" not in names
    ):
        return ()
    m = _IN_ADMIN_AFTER.match(after, timeout=REGEX_TIMEOUT)
    if m is None:
        return ()
    codes = names.get(_key(m.group("adm")), ())
    return codes if any(t.admin1 in codes for t in h.towns) else ()


#: A passive verb after a place's name or cue, before "in" and the unit it
#: lies in ("were torched in", "was attacked in", "were set ablaze in").
_PASSIVE_BEFORE_IN: Final = re.compile(
    r" (?:was|were) (?:(?:later|also|reportedly|partly|completely) )?"
    r"(?:[a-z]{3,}ed|burnt|hit|struck|overrun|shot|set ablaze|set on fire)(?= in )"
)


def _admin_code_after(after: str, context: Counter[str]) -> str | None:
    """
    The ISO 3166-2 code of the first-level unit named right after a place
    (:data:`_IN_ADMIN_AFTER`: "in Benue State", ", Borno State", "of Guma LGA
    of Benue State"; a second-level unit's province for "X in Tapoa
    province"), the story's likelier country first; else None.
    """
    adm = _IN_ADMIN_AFTER.match(after, timeout=REGEX_TIMEOUT)
    if adm is None:
        # "Kan Gyi and Yay Shin villages were torched in Magway region": a
        # passive verb between the places and the unit they lie in
        verb = _PASSIVE_BEFORE_IN.match(after) if after.startswith(" w") else None
        if verb is None:
            return None
        adm = _IN_ADMIN_AFTER.match(after[verb.end() :], timeout=REGEX_TIMEOUT)
        if adm is None:
            return None
    codes = admin1_names().get(_key(adm.group("adm")), ())
    if not codes:
        codes = second_level_parents(adm.group("adm"))  # "X in Tapoa province"
    return sorted(codes, key=lambda c: -context[c[:2]])[0] if codes else None


#: Names of peoples that the gazetteer also holds as small towns ("Igbo",
#: "Kikuyu"): before a lower-case word ("an Igbo politician", "Kikuyu and
#: Luo youths") they name the people, not the town; "in Kikuyu" stays one.
_ETHNONYMS: Final = frozenset(
    [
        "igbo", "kikuyu", "luo", "kalenjin", "luhya", "kamba", "hausa", "yoruba",
        "tuareg", "dinka", "nuer", "shilluk", "hema", "lendu", "masalit", "zaghawa",
        "hazara", "pashtun",
    ]
)  # fmt: skip


#: An apposition telling a town is a government's seat ("Port Sudan, the
#: army-backed government's seat", "Aden, the government's interim capital").
_SEAT_APPOSITION: Final = re.compile(
    r",\s+the\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:seat|(?:de\s+facto|wartime|interim|temporary|administrative)\s+capital)\b"
)


def _resolve(
    h: _Hit,
    doc: Document,
    context: Counter[str],
    admin_context: dict[str, int],
    shouting: bool,
    in_metonymic: bool,
    surnames: frozenset[str] = frozenset(),
    header: dict[str, int] | None = None,
    refuge: dict[str, int] | None = None,
) -> PlaceMention | None:
    """
    What the hit *h* names, or ``None``; *h* lies in no actor's name unless
    it is one flagged metonymic (*in_metonymic*); *header* is the part of
    *context* the dateline gave, *refuge* the part that countries named as
    where people fled to gave.
    """
    text = doc.text
    role = "metonymy" if in_metonymic else "place"
    surface = text[h.start : h.end]
    before = text[h.start - _CONTEXT if h.start > _CONTEXT else 0 : h.start]
    after = text[h.end : h.end + _CONTEXT]
    if after.isascii():
        # _next_word inline (every name comes here)
        m0 = _ASCII_NEXT_WORD.match(after)
        after_word = m0.group(1).lower() if m0 else ""
    else:
        after_word = _next_word(after)
    if (
        not shouting
        and after_word not in _ALL_CUES
        and (h.after_name or (h.key in surnames and not _preposition_before(before)))
    ):
        return None  # a surname: "Mahmood Danish", "Andrew Jordan ... Jordan won"
    if not shouting and after_word not in _ALL_CUES and _initial_beside(before, after):
        return None  # "Johnathan J. Dunbar", "Jon R. Taylor", "Carey L. Biron": a person
    if before[-1:] == "@":
        return None  # "@Gillette": a social-media handle
    if (
        after_word == "news"
        and after[5:12].lower() == " agency"
        and not (h.country or h.demonym)
    ):
        return None  # "the Saba news agency", "Fars news agency": the agency's name
    if (
        h.key in _ETHNONYMS
        and (
            (
                after_word
                and after_word not in _ALL_CUES
                and after_word not in _FUNCTION_WORDS
                and after_word[0].isalpha()
                and after[1:2].islower()
            )
            # or a second people after "and": "Kikuyu and Luo youths"
            or (
                after_word in ("and", "or")
                and after.split()[1:2]
                and after.split()[1].lower().strip(",") in _ETHNONYMS
            )
        )
    ):
        return None  # "an Igbo politician", "Kikuyu and Luo youths": a people
    if surface == "DATE" and before.endswith("NO "):
        return None  # FBIS's dateline "MOSCOW (USSR), NO DATE --"
    if shouting and (
        (surface == "STATES" and before.rstrip()[-6:] != "UNITED")
        or (
            surface == "US"
            and not after.startswith("-")
            and (not after_word or after_word in _FUNCTION_WORDS)
            and not before.endswith(("THE ", "THE\n"))
        )
    ):
        # ALL-CAPS copy: "TOLD US THAT", "12 OF US,", "THE REPORT STATES"
        # are the pronoun and the verb ("THE US SAID", "US TROOPS",
        # "US-BACKED" and "THE UNITED\nSTATES" across a line stay the country)
        return None
    if after_word == "zone" and before.endswith(_COMPASS_NAMES):
        return (
            None  # "the South Gondar zone": a zone named after the town, read whole below
        )
    if h.demonym and not (h.country or h.capital or h.admin1 or h.feature or h.towns):
        if not shouting and after[1:2].isupper() and _facility_name_after(text, h.end):
            return None  # "the Saudi Hospital in El Fasher", "the Turkish Hospital"
        return _demonym(h, surface, _new_span(start=h.start, end=h.end), context)
    if h.demonym and h.admin1 and not h.country and _adjective_of_country(after):
        # "the Somali capital": the country's adjective, not Ethiopia's Somali region
        return _demonym(h, surface, _new_span(start=h.start, end=h.end), context)
    # read here, after the demonyms (which never need it); in ALL-CAPS copy
    # after the polities' readings, which need it only after a few verbs
    # (_is_metonymy reads it there): most names there are countries
    prep = False if shouting else _preposition_before(before)
    if role == "place" and " of " in before and _org_name_before(before):
        return None  # (its first test inline: most names have no " of " before)
    if after.startswith("$"):
        return None  # "US$3.7m"
    if not shouting and _street_after(after):
        return None  # "Haifa Street", "Atlantic Avenue": a street, not the place
    if not shouting and _NEWSPAPER_AFTER.match(after):
        return None  # "the Washington Post reported": a newspaper
    if (
        not shouting
        and _POSSESSIVE_FACILITY.match(after)
        and (
            _saint_before(before)
            or not (
                h.country
                or h.capital
                or h.admin1
                or any(t.population >= 100000 for t in h.towns)
            )
        )
    ):
        return None  # "St Mary's Church", "Miller's Farm": a person's or a saint's name
    if (
        not shouting
        and surface.startswith(_SAINT_TITLES)
        and _SAINT_POSSESSIVE_FACILITY.match(after) is not None
    ):
        return None  # "St Mary's Catholic school": a saint's, whatever town shares it
    if not shouting and (
        _joined_by_plus(before, after)
        or (
            not (h.country or h.capital or h.admin1)
            and _after_possessor(before)
            and (_landmark_name(surface, after_word) or _small_unsupported(h, context))
        )
    ):
        return None  # "Salt + Smoke" (a brand), "Estey's Bridge" (a longer name)
    polity = bool(h.country or h.capital or h.admin1)
    # "in southern Lebanon": a preposition, then a compass adjective
    compass = (
        polity and not prep and not shouting and _direction_after_preposition(before)
    )
    if (
        role == "place"
        and polity
        and not shouting
        and (
            _is_metonymy(
                before,
                after,
                after_word,
                prep=(prep and not _list_without_preposition(before))
                or compass
                or _attack_on_before(before),
            )
            or _object_of_verb(before)
            or _possessive_of_polity(after)
        )
    ):
        role = (
            "metonymy"  # "Tamil Nadu said", "Britain blames Russia", "Russia's request"
        )
    elif (
        role == "place"
        and shouting
        and (h.country or h.capital)
        and _is_metonymy(before, after, after_word, prep=None)
    ):
        role = "metonymy"
    if (
        role == "place"
        and not shouting
        and (h.country or (h.capital and after[:2] in _POSSESSIVE_ENDS))
        and not (h.admin1 and after_word in _PROVINCE_CUES)
        and _is_modifier(after, prep=prep or compass)
    ):
        role = "demonym"  # "U.S. officials", "Canada's regulator": evidence only
    elif (
        role != "demonym"
        and h.admin1
        and not h.country
        and not shouting
        and (after_word in _ARMED_PEOPLE or before.endswith(_ETHNIC_BEFORE))
    ):
        # "Amhara militiamen", "ethnic Chin armed groups": a people named
        # after its province, evidence of the country as a demonym is
        role = "demonym"
    # --- province by cue ---------------------------------------------------
    if (
        h.admin1
        and (
            after_word in _PROVINCE_CUES
            # "the Dnipropetrovsk regional administration", "Kharkiv
            # regional governor": the region's officials
            or (after_word in _REGION_OFFICIAL_WORDS and not shouting)
            # "Kauru LGA of southern Kaduna": the state holding the unit
            or (" of " in before[-20:] and _UNIT_OF_BEFORE.search(before) is not None)
            or (of_word := _of_cue_raw(before)).lower() in _OF_PROVINCE_CUES
            # "in the department of Cusco" (lower case: "the Department of
            # Homeland Security" is a ministry; all-caps copy has no case)
            or (of_word if not shouting else of_word.lower()) in _OF_DEPARTMENT_CUES
            # the later names of "the provinces of Latakia and Tartus"
            or (
                (before.endswith(_LIST_ENDS) or (shouting and before.endswith(" AND ")))
                and _PLURAL_OF_LIST.search(before[-120:]) is not None
            )
            # the last of a list before a plural cue ("Sagaing and Magway
            # regions"; never "Gulf states")
            or (after_word in _PLURAL_PROVINCE_CUES and before.endswith(_LIST_ENDS))
        )
    ):
        # ("Latakia province", "the coastal province of Latakia")
        if h.key in _COMPASS_KEYS and not any(
            _others(context, h, c[:2]) for c in h.admin1
        ):
            return None  # "the Northwest region of Argentina": no province of Botswana
        return _admin1_mention(
            h, surface, _new_span(start=h.start, end=h.end), role, context, cue=after_word
        )
    if (
        after_word == "river"
        and h.feature is None
        and after[:6] == " river"
        and not shouting
        and (river := features().get(h.key + " river")) is not None
    ):
        # "across the Dnipro river": the river the table knows by the name
        # and the lower-case noun, not the town of that name (the cue
        # outside the mention, as "the Oxus river" gives "Oxus")
        return _feature_mention(river, surface, h, role, "region")
    if (
        h.feature
        and h.feature.kind == "river"
        and len(h.admin1) == 1
        and not h.country
        and not shouting
        and _SETTLEMENT_NOUN_AFTER.match(after) is not None
    ):
        # "the White Nile town of Al-Dewaim": the province of the river's
        # name that holds the town, no river (a river names no town so)
        return _admin1_mention(
            h, surface, _new_span(start=h.start, end=h.end), role, context
        )
    if (
        h.admin1
        and not (h.country or h.capital)
        and not shouting
        and " of " in after[:24]
        and _UNIT_OF_SETTLEMENT_AFTER.match(after) is not None
    ):
        # "the Gezira town of Hasaheisa", "the Sennar town of Singa": the
        # province holding the town, no town of its name (the cue after is
        # the next name's)
        return _admin1_mention(
            h, surface, _new_span(start=h.start, end=h.end), role, context
        )
    if (
        h.feature
        and not h.country
        and not (h.towns and _of_cue_word(before) in ("city", "town", "village"))
    ):
        # ("the city of Dnipro" is the city, not the river)
        f = h.feature
        if (
            f.country is None
            and len(h.admin1) == 1
            and _leading_country(context, h) == h.admin1[0][:2]
            and not before.lower().endswith("the ")
        ):
            # a region across borders that is also one country's province,
            # in a story of that country ("attack in Baluchistan" with
            # Quetta or Pakistan named): the province ("the Sahel" with its
            # article stays the region, also in a Burkina Faso story)
            return _admin1_mention(
                h, surface, _new_span(start=h.start, end=h.end), role, context
            )
        return _feature_mention(
            f, surface, h, role, "district" if f.kind == "district" else "region"
        )
    if (
        h.country
        and not shouting
        and before.endswith(" of ")
        and _SETTLEMENT_OF_BEFORE.search(before) is not None
        and (home := max(context, key=lambda c: _others(context, h, c), default=None))
        not in (None, h.country)
        and _others(context, h, home) > 0
    ):
        # "near the community of Costa Rica, south of Culiacan": a settlement
        # of the story's country named after another country
        return _new_place(
            text=surface,
            span=_new_span(start=h.start, end=h.end),
            name=surface,
            kind="populated_place",
            role=role,
            country=home,
            precision=_near_or_exact(before),
            provenance=_new_provenance(
                confidence=0.5,
                reason="a settlement's cue before a country's name; the story's country",
            ),
        )
    if h.country and not (h.demonym and _looks_adjectival(after)):
        if not shouting and after[1:2].isupper() and _facility_name_after(text, h.end):
            return None  # "the Kuwait Specialty Hospital in Rafah"
        cc = h.country if h.country != "CG" else _congo_of_story(h, context)
        name, gid = _country_facts(cc)
        return _new_place(
            text=surface,
            span=_new_span(start=h.start, end=h.end),
            name=name or surface,
            kind="country",
            role=role,
            country=cc,
            precision="country",
            geonames_id=gid,
        )
    if (
        h.capital
        and after_word not in _DISTRICT_CUES
        and not (not shouting and _capital_namesake(h, context, admin_context))
    ):
        cc, gid = h.capital
        town = next((t for t in h.towns if t.geonames_id == gid), None)
        if town is None:
            town = next((t for t in h.towns if t.country == cc), None)
        return _new_place(
            text=surface,
            span=_new_span(start=h.start, end=h.end),
            name=town.name if town else surface,
            kind="city",
            role=role,
            country=cc,
            admin1=town.admin1 if town else None,
            latitude=town.latitude if town else None,
            longitude=town.longitude if town else None,
            geonames_id=town.geonames_id if town else gid,
            precision=_near_or_exact(before),
            provenance=_new_provenance(confidence=0.95),
        )
    if (
        role == "metonymy"
        and not h.admin1
        and _SEAT_APPOSITION.match(text, h.end, h.end + 80) is None
    ):
        # (a town the actors stage read as a government stays a place, but
        # for one told as a government's seat: "Port Sudan, the army-backed
        # government's seat, accused the RSF")
        role = "place"
    if shouting:
        prep = _preposition_before(before)  # what the towns' readings need
    # "residents said Maiduguri was calm": the subject of the clause
    # reported, placed as "in Maiduguri" would be; "an official in Bamenda
    # said": the speaker's place, no speaker
    said_subject = False
    if not (h.country or h.capital or h.admin1) and _person_like(before, after_word):
        said_subject = (
            _big_town_after_said(h, before, after, after_word)
            or _speakers_place(h, before, after_word)
            or _town_at_war_after_said(h, before, after, after_word, context)
        )
        if not said_subject:
            of_cue = _of_cue_before(before)
            if (
                of_cue is None
                or of_cue.group("cue").lower() not in _TOWN_OR_DISTRICT_CUES
            ):
                return None
            # "residents of the Sahel town of Djibo said": the cue names a place
    of_cue = _of_cue_before(before)
    cue_before = of_cue.group("cue").lower() if of_cue else ""
    if (
        cue_before
        and not shouting
        and _name_owns_cue(before, of_cue.start() if of_cue else 0)
    ):
        cue_before = ""  # "the al-Zuhur district of Mosul": Mosul holds the district
    district = (
        after_word in _DISTRICT_CUES
        or cue_before in _DISTRICT_CUES
        # "Maru LGA", "Maru local government area", "Beni territory", "Ann
        # township": the unit, not its seat
        or after_word in _SEAT_UNIT_CUES
        or (after_word == "local" and after[7:17].lower() == "government")
    )
    town_cue = (
        after_word in _TOWN_CUES and not _cue_inside_name(after)
    ) or cue_before in _TOWN_CUES
    in_admin = _in_admin_after(after)
    if in_admin is None and after_word in _TOWN_CUES and town_cue:
        # "Mafa village in Yobe state": the province after the town's noun
        in_admin = _in_admin_after(after[len(after_word) + 1 :])
    admin_hint = admin1_names().get(_key(in_admin.group("adm")), ()) if in_admin else ()
    if in_admin and not admin_hint:
        admin_hint = second_level_parents(in_admin.group("adm"))  # "in Soum province"
    elif (
        not after_word and in_admin is None and after[:2] == ", " and after[2:3].isupper()
    ):
        admin_hint = _comma_province(h, after)
    if surface[5:6] == "-" and surface[:5] == "Saint" and len(h.towns) > 1:
        _french_saints(h, surface)
    town = _pick_town(h, context, admin_context, admin_hint)
    if (
        admin_hint
        and town is not None
        and not h.admin1
        and not any(c[:2] == town.country for c in admin_hint)
        and _accept_town(town, h, True, prep, False, shouting, before, after)
    ):
        # "Palma in Cabo Delgado province": the province named after it
        # says where; a namesake abroad (Palma de Mallorca) is no answer
        code = max(admin_hint, key=lambda c: context[c[:2]])
        return _in_hinted_province(
            surface,
            h,
            district,
            role,
            code,
            before,
            "known only abroad; in the province named after it",
        )
    if (
        admin_hint
        and town is not None
        and not h.admin1
        and town.admin1
        and town.admin1 not in admin_hint
        and any(c[:2] == town.country for c in admin_hint)
        and _accept_town(town, h, True, prep, False, shouting, before, after)
    ):
        # "Mafa village in Yobe state" where the gazetteer knows only a
        # Mafa in Borno: a namesake in the province the text names, whose
        # place the gazetteer does not know (not the other one's point)
        code = next(c for c in admin_hint if c[:2] == town.country)
        return _in_hinted_province(
            surface,
            h,
            district,
            role,
            code,
            before,
            "known only in another province; in the one named after it",
        )
    if (
        town is not None
        and not admin_hint
        and not h.admin1
        and not shouting
        and town.admin1
        and town_cue  # ("the village of X", "X village")
        and not admin_context.get(town.admin1)
        and town.population < 100000
        and not town.capital
    ):
        # "the governor of the Belgorod region said a drone hit a car near
        # the village of Nikolskoye": a common village name (several in the
        # country, none in the province the story names) lies in the one
        # province of its country the story names, not at the gazetteer's
        # likeliest namesake in another one
        named = [a for a in admin_context if a[:2] == town.country]
        if (
            len(named) == 1
            and sum(1 for t in h.towns if t.country == town.country) >= 2
            and not any(t.admin1 == named[0] for t in h.towns)
        ):
            return _in_hinted_province(
                surface,
                h,
                district,
                role,
                named[0],
                before,
                "a common name known only in other provinces; in the one the story names",
            )
    if (
        h.admin1
        and after_word == "village"
        and not before.endswith(_LIST_ENDS)
        and town is not None
        and town.admin1 in h.admin1
        and (town.population >= 50000 or town.geonames_id in seat_towns())
    ):
        # "airstrike kills 12 in Sagaing village": a village of the region,
        # whose seat of that name is a city and no village (a province with
        # no such town is read so by the unknown-name cues)
        return _admin1_mention(
            h, surface, _new_span(start=h.start, end=h.end), role, context
        )
    if h.admin1 and after_word in _PLURAL_SETTLEMENTS and not before.endswith(_LIST_ENDS):
        # "Borno villages", "Katsina towns": the province of the plural
        # noun's places, no village of that name ("X and Y villages" names two)
        return _admin1_mention(
            h, surface, _new_span(start=h.start, end=h.end), role, context
        )
    if h.admin1 and not district and not town_cue:
        big = (
            town is not None
            and town.admin1 in h.admin1
            and (
                town.population >= 50000
                or (town.population >= 10000 and town.country in _TOWN_SIZED_UNITS)
                # a smaller seat that names its province: "in Kidal" is
                # the town, as "in Gao" is; "Kidal region" says the province
                # (all-caps copy, where a small town needs more evidence than
                # its case, keeps the province: "IN MORAZAN, CHALATENANGO";
                # so does a name of provinces abroad too: "Montana")
                or (
                    town.geonames_id in seat_towns()
                    and not shouting
                    and all(c[:2] == town.country for c in h.admin1)
                )
            )
        )
        if big and town is not None and after[:1] in ("'", "\u2019"):
            # "Sagaing's Tabayin township": the region's unit, not its seat's
            big = not _province_owns_unit(after, town.population)
        elif (
            big
            and town is not None
            and after[:2] in (", ", " a")
            and town.country not in _TOWN_SIZED_UNITS
            and not town.capital
        ):
            # "in Sagaing, Kachin": a list of provinces, not the seat (a
            # national capital stays the city: "strikes on Kabul and Paktika")
            big = not _other_province_next(after, town)
        if (
            not big
            and town is not None
            and not shouting
            and h.key not in _GENERIC_ADMIN1
            and not any(_others(context, h, c[:2]) for c in h.admin1)
        ):
            # a province of a country the story never names, a town of
            # another: "Manchester" (a parish in Jamaica), "Charlotte"
            big = town.population >= 100000 or _others(context, h, town.country) > 0
        if not big:
            if h.key in _GENERIC_ADMIN1:
                return None  # "Central", "Eastern": only with a cue ("Central province")
            if _generic_words(h.key) and not any(
                _others(context, h, c[:2]) for c in h.admin1
            ):
                return None  # "the West Coast" of a country the story never names
            unsupported = not any(_others(context, h, c[:2]) for c in h.admin1)
            if h.initial and not any(context[c[:2]] for c in h.admin1) and not town:
                return None
            if unsupported and not shouting and _inside_proper_name(before, after):
                return None  # "Paul Walker" of a country the story never names
            if unsupported and shouting and not _place_preposition_before(before):
                # ALL-CAPS copy, where every word is capitalised: "GILDA
                # FLORES", "THE UNITY OF THE MOVEMENT", "THE ELITE BAR'S" name
                # no province of a country the story never names (one after
                # "IN", "NEAR", "FROM" is kept)
                return None
            return _admin1_mention(
                h, surface, _new_span(start=h.start, end=h.end), role, context
            )
    if town is None:
        return None
    cues = (
        district
        or town_cue
        or bool(admin_hint)
        # "killed five villagers in Tudun Wada": the people of a settlement,
        # in a story that names no country (a small namesake abroad in a
        # story of another country is that country's place: "villagers in
        # Shagra" of a story about Sudan)
        or (
            not shouting
            and before.endswith(_DWELLERS_BEFORE)
            and not any(_others(context, h, c) > 0 for c in context)
        )
    )
    in_context = _others(context, h, town.country) > 0
    if (
        not (in_context or shouting or town.capital)
        and (
            (not cues and after_word in _FACILITY_NOUNS)
            or after_word in _LOCAL_UNIT_CUES
            # "the Kech district" in a story about Pakistan: no small town
            # of Germany
            or (after[:9] == " district" and town.population < 50000)
            or (after_word == "local" and after[7:17].lower() == "government")
            or (
                after_word in _PART_NOUNS
                and _PART_OF_AFTER.match(after, timeout=REGEX_TIMEOUT) is not None
            )
        )
        and _story_elsewhere(context, town.country, header)
    ):
        # "Madina hospital" in a story about Mogadishu, "the Medina district
        # of Mogadishu": a local name, no town of a country the story never names
        return None
    if (
        not (in_context or shouting or town.capital)
        and after_word in _PROVINCE_NOUNS
        and _story_elsewhere(context, town.country, header)
    ):
        home = _main_country(context)
        if home is None or home == town.country:
            return None
        # "Soum province" of Burkina Faso: a second-level unit of the
        # story's country that ISO 3166-2 lists gives its region
        parents = [c for c in second_level_parents(surface) if c[:2] == home]
        return _new_place(
            text=surface,
            span=_new_span(start=h.start, end=h.end),
            name=surface,
            kind="province",
            role=role,
            country=home,
            admin1=parents[0] if len(parents) == 1 else None,
            # (as second_level_places gives such a unit)
            precision="district" if len(parents) == 1 else "province",
            provenance=_new_provenance(
                confidence=0.5,
                reason="not in the tables; a province of the story's country by its cue",
            ),
        )
    if (
        (
            after_word in _PROVINCE_NOUNS
            # "the northern province of Saada", "the governorate of Raqqa"
            or (before[-3:] == "of " and _of_cue_word(before) in _OF_PROVINCE_NOUNS)
        )
        and not h.admin1
        and not shouting
        and town.admin1 is not None
        and (in_context or town.population >= 50000)
    ):
        # "Sweida province", "Deir ez-Zor governorate": the province named
        # after its seat, which the tables know by another name (As-Suwayda)
        return _new_place(
            text=surface,
            span=_new_span(start=h.start, end=h.end),
            name=admin1_display().get(town.admin1, surface),
            kind="province",
            role=role,
            country=town.country,
            admin1=town.admin1,
            precision="province",
            geonames_id=admin1_geonames_ids().get(town.admin1),
            provenance=_new_provenance(
                confidence=0.7, reason="a province named after its seat town"
            ),
        )
    if not _accept_town(
        town, h, cues, prep or said_subject, in_context, shouting, before, after
    ):
        return None
    if (
        not (in_context or town.capital)
        and (not cues or (town_cue and not admin_hint and not shouting))
        and not _specific_name(h)
        # (a city too, told as a town by an apposition: "Boni, a town 90 km
        # east of Douentza" in a story from Mali is no Bonn)
        and (town.population < 100000 or _APPOSITION_AT.match(after) is not None)
    ):
        # (a village by its cue too: "Masala village" in a story from the
        # Congo is no village of Azerbaijan)
        home = _main_country(context) or _only_other_country(context, h)
        if home is not None and refuge and refuge.get(home):
            # "fighting in Bentiu ... refugees fled to Chad": the country
            # people fled to is not the one the fighting is in
            rest = Counter(context)
            rest[home] -= refuge[home]
            home = _main_country(rest) or _only_other_country(rest, h)
        if (
            home is not None
            and home != town.country
            and _ACROSS_BORDER_BEFORE.search(before) is None
        ):
            # a small town known only abroad in a story about one country:
            # a place of that country the gazetteer lacks ("Clarinda" in a
            # story from Iowa is no village in Victoria)
            return _new_place(
                text=surface,
                span=_new_span(start=h.start, end=h.end),
                name=surface,
                kind="populated_place",
                role=role,
                country=home,
                precision=_near_or_exact(before),
                provenance=_new_provenance(
                    confidence=0.5,
                    reason="known only abroad; the country of the story",
                ),
            )
    kind = "district" if district else _town_kind(town)
    if town_cue and not district:
        # "Tsafe town", "the city of X": the text's own noun over the kind
        # the gazetteer's population gives, when it is the larger (a place
        # the text calls a village may be the province's: "in Sagaing
        # village" in a headline)
        said = _CUE_KIND.get(cue_before if cue_before in _TOWN_CUES else after_word)
        if said is not None and _SIZE_RANK[said] > _SIZE_RANK.get(kind, 3):
            kind = said
    admin1 = town.admin1
    if admin_hint and admin1 is None:
        admin1 = admin_hint[0]
    return _new_place(
        text=surface,
        span=_new_span(start=h.start, end=h.end),
        name=town.name,
        kind=kind,
        role=role,
        country=town.country,
        admin1=admin1,
        admin2=town.admin2,
        latitude=town.latitude,
        longitude=town.longitude,
        geonames_id=town.geonames_id,
        precision="district" if district else _near_or_exact(before),
        provenance=_new_provenance(
            confidence=_confidence(town, cues, in_context, len(h.towns)),
            reason=None if len(h.towns) < 2 else "most likely of same-named places",
        ),
    )


#: :func:`_town_only_countries`' answer for a name that is more than towns.
_NOT_TOWN_ONLY: Final = ("",)


#: Words after a name that make it a province's (its officials): "the
#: Dnipropetrovsk regional administration", "Dnipropetrovsk Governor".
_REGION_OFFICIAL_WORDS: Final = frozenset(["regional", "governor"])
#: A second-level unit's cue and "of" (maybe a compass adjective) before a
#: name: "Kauru LGA of southern Kaduna", "Guma local government area of",
#: "Depayin and Kanbalu townships of Sagaing"
#: (never "territory of": "the border territory of Georgia").
_UNIT_OF_BEFORE: Final = re.compile(
    r"(?:\bLGAs?|[Ll]ocal[ ][Gg]overnment(?:[ ][Aa]reas?|s)?|\btownships?)[ ]of[ ]"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern[ ]|central[ ])?\Z"
)
#: A local unit named after a possessive: "'s Tabayin township", "'s Guma
#: LGA", "'s Rutshuru territory", "'s Kyivskyi district".
_UNIT_AFTER_POSSESSIVE: Final = regex.compile(
    r"['\u2019]s[ ](?P<name>(?:\p{Lu}[\p{L}'\u2019\-]*+[ ]){1,3})"
    r"(?P<unit>township|LGA|[Ll]ocal[ ][Gg]overnment|territory|county|district|raion)\b"
)
#: The units of a province only ("Kaduna's Kajuru LGA"), never of a city.
_PROVINCE_ONLY_UNITS: Final = frozenset(
    [
        "LGA",
        "Local Government",
        "local government",
        "Local government",
        "local Government",
        "territory",
    ]
)
#: The population from which a town that shares a province's name holds
#: districts and townships of its own ("Kharkiv's Kyivskyi district",
#: "Mandalay's Chanayethazan township"); a smaller seat does not ("Sagaing's
#: Tabayin township" is the region's).
_CITY_WITH_DISTRICTS: Final = 500000


def _province_owns_unit(after: str, population: int) -> bool:
    """
    Whether the possessive that opens *after* gives a local unit ("'s
    Tabayin township") that the province, not its seat of *population*
    people, holds.
    """
    m = _UNIT_AFTER_POSSESSIVE.match(after)
    if m is None:
        return False
    if m.group("unit") in _PROVINCE_ONLY_UNITS:
        return True
    # "Kherson's Dniprovskyi district": an adjectival name is a city's
    # district (a province's is written after its seat: "Kherson district")
    return population < _CITY_WITH_DISTRICTS and not m.group("name").rstrip().endswith(
        _DISTRICT_ENDINGS
    )


#: Words that take the story across a border right before a town: "fled
#: across the border to Adre", "crossed into", "into neighbouring": the
#: town abroad is meant, not a namesake at home.
#: Words before a country that people fled to: "refugees fled to Chad",
#: "crossed into Uganda", "sought refuge in neighbouring Chad".
_REFUGE_WORDS: Final = ("fle", "escaped", "cross", "refug", "shelter", "asylum")
_REFUGE_BEFORE: Final = re.compile(
    r"\b(?:(?:fled|flee|flees|fleeing|escaped|crossed|crossing)[ ](?:in)?to"
    r"|(?:refuge|shelter|asylum)[ ]in|refugees[ ]in)[ ]"
    r"(?:neighbou?ring[ ])?(?:the[ ])?\Z"
)
_ACROSS_BORDER_BEFORE: Final = re.compile(
    r"(?:(?:across|over)[ ]the[ ](?:border|frontier)(?:[ ](?:in)?to|[ ]at)?"
    r"|crossed[ ]into|into[ ]neighbou?ring)[ ]\Z"
)


#: A settlement's noun and "of" before a name: "the community of", "the
#: village of" (never "the city of", which may name a capital: "the city
#: of Kuwait").
_SETTLEMENT_OF_BEFORE: Final = re.compile(
    r"\b(?:community|village|town|hamlet|settlement|locality|neighbou?rhood|ranch)[ ]of[ ]\Z"
)


def _town_only_countries(h: _Hit) -> tuple[str, ...]:
    """
    For a name known only as towns (no feature, country, capital, province
    or demonym): the countries of those towns :func:`_accept_town` may take
    without a cue or a preposition (none for a month's name or a common
    word); else :data:`_NOT_TOWN_ONLY`.
    """
    if h.feature or h.country or h.capital or h.admin1 or h.demonym or not h.towns:
        return _NOT_TOWN_ONLY
    if h.key in _MONTHS:
        return ()
    return tuple({t.country for t in h.towns if not t.common_word})


@functools.lru_cache(maxsize=1 << 14)
def _default_town_only_countries(key: str) -> tuple[str, ...]:
    """:func:`_town_only_countries` of a name as the shipped tables read it."""
    h = _Hit(0, 0, key, _lookup(key, _SHIPPED_LOOKUPS))
    return _town_only_countries(h)


def _name_key(read: str) -> str:
    """The key a name is looked up by: the key read, without an opening "the "."""
    return read[4:] if read.startswith("the ") else read


@functools.lru_cache(maxsize=1 << 14)
def _default_found_common(read: str) -> tuple[str, _Found, bool]:
    """
    For the key *read* over a name's words: its lookup key
    (:func:`_name_key`), what the shipped tables say that names, and whether
    only towns that are common words or a month's name
    (:func:`_town_only_countries` gives none): one cached call for the scan.
    """
    key = _name_key(read)
    return key, _default_found(key), not _default_town_only_countries(key)


def _found_not_common(read: str, look: _Lookups) -> tuple[str, _Found, bool]:
    """What a given gazetteer says the key *read* names; no name is dropped by its towns."""
    key = _name_key(read)
    return key, _lookup(key, look), False


def _never_accepted(
    h: _Hit, text: str, context: Counter[str], shouting: bool, shipped: bool
) -> bool:
    """
    Whether :func:`_resolve` surely gives ``None`` for *h*, read cheaply: a
    name known only as towns that :func:`_accept_town` takes only with a
    cue ("the town of Can", "Can district", ", in X province") or a
    preposition ("in Can") (in ALL-CAPS copy also when the story names the
    country of a town that is no common word), with neither around it:
    "THEY ARE HERE", "Them", "Can". Every other path of :func:`_resolve`
    for such a name gives ``None`` too.
    """
    if shipped:
        # the shipped tables' answer for the key; the hit may have lost
        # towns or its capital since (_drop_the_names): then it is no
        # town-only name by the key's answer, or its towns are fewer
        if h.capital is not None or h.country or h.feature or h.admin1 or h.demonym:
            return False
        countries = _default_town_only_countries(h.key)
        if countries == _NOT_TOWN_ONLY:
            return False
    else:
        countries = _town_only_countries(h)
        if countries == _NOT_TOWN_ONLY:
            return False
    if countries:
        if not shouting:
            return False  # a town that is no common word: by its size and place
        own, weight = h.own
        get = context.get
        for c in countries:
            # _others inline
            if get(c, 0) - (weight if own == c else 0) > 0:
                return False
    elif not shouting and text.endswith(_SEIZED_BEFORE, 0, h.start):
        # a big city may be the subject after "said" ("police said Aba was
        # calm"); a town the object of an attack or a capture ("rebels
        # shelled Sake"): _accept_town reads the story's country
        return False
    if h.upper and not shouting and _INNER_DATELINE.match(text, h.end):
        return False  # "BOSTON (Reuters) -": a dateline after a byline
    return _no_cue_around(text, h.start, h.end)


#: An Arabic article joined by a hyphen to a capitalised word, after a
#: space: "Maka al-Mukarama", "Omar al-Bashir" go on past the known name.
_PARTICLE_WORD_AFTER: Final = regex.compile(rf"[ ](?:{_PARTICLES})-\p{{Lu}}")


def _arabic_name_goes_on(h: _Hit, text: str, actors: _Spans) -> bool:
    """
    Whether the town name of *h* (no polity's) is the first word of a
    longer Arabic name the tables do not know: an article joined by a
    hyphen to a capitalised word follows ("the Maka al-Mukarama road",
    "Omar al-Bashir"). A city of 100,000 or more keeps its name ("Mosul
    al-Jadida" is a part of Mosul), and so does a name before an actor's
    ("Jowhar al-Shabaab fighters").
    """
    end = h.end
    return (
        _PARTICLE_WORD_AFTER.match(text, end) is not None
        and not any(t.population >= 100000 for t in h.towns)
        and not actors.overlaps(end + 1, end + 2)
    )


def _no_cue_around(text: str, start: int, end: int) -> bool:
    """
    Whether no preposition or cue ("in X", "the town of X", "X district",
    "X, in Y province") is around the name at *start*, *end*: what
    :func:`_never_accepted` reads of the text.
    """
    before = text[start - _CONTEXT if start > _CONTEXT else 0 : start]
    # a cue before ("the district of X") ends with "of ", a preposition
    if _preposition_before(before):
        return False
    if before.endswith(_DWELLERS_BEFORE):
        return False  # "residents of Sderot": the people of a settlement
    after = text[end : end + _CONTEXT]
    # _next_word and _in_admin_after's first test inline (no calls): this
    # runs for every name of common-word towns ("ARE", "CAN") in a story
    if after.isascii():
        m0 = _ASCII_NEXT_WORD.match(after)
        word = m0.group(1).lower() if m0 else ""
    else:
        word = _next_word(after)
    if word in _DISTRICT_CUES or word in _TOWN_CUES:
        return False
    if after[:1] == ",":
        rest = after[1:]
        if rest[:2] == " a" and _APPOSITION_AT.match(after) is not None:
            return False  # "Sake, a town west of Goma"
    else:
        rest = after
    word = rest.lstrip(" ")
    if len(word) == len(rest) or word[:3] not in _IN_OR_OF:
        return True
    return _IN_ADMIN_AFTER.match(after, timeout=REGEX_TIMEOUT) is None


def _specific_name(h: _Hit) -> bool:
    """
    A name of several words that the gazetteer knows once ("Imperial
    Beach"): that place, even in a story about a neighbouring country.
    """
    return len(h.towns) == 1 and " " in h.key


#: Capitals at least this populous are read as themselves even in a story
#: about a same-named town's province: their names are read abroad.
_NAMESAKE_CAPITAL_MAX: Final = 500_000


def _capital_namesake(
    h: _Hit, context: Counter[str], admin_context: dict[str, int]
) -> bool:
    """
    Whether a capital's name stands for a same-named town of a province
    the story names, when nothing else in the story points to the
    capital's country and the capital is no city of world renown (under
    :data:`_NAMESAKE_CAPITAL_MAX` people): "Dover" in a story about
    Delaware, never "Paris" in a story about Texas.
    """
    assert h.capital is not None
    cc, gid = h.capital
    if _others(context, h, cc) > 0:
        return False
    if any(
        t.geonames_id == gid and t.population >= _NAMESAKE_CAPITAL_MAX for t in h.towns
    ):
        return False
    return any(
        t.country != cc
        and t.admin1 is not None
        and admin_context.get(t.admin1, 0) >= 2
        and _others(context, h, t.country) >= 3
        for t in h.towns
    )


#: A town cue written capitalised inside a longer name: "Haymarket Village
#: Center", "Kansas City Chiefs" name a business or a team ("Cavan Town
#: Hall", "Leeds City Council" are the town's own).
_CUE_IN_NAME: Final = regex.compile(
    r"""
    [ ][A-Z][a-z]++[ ]            # the cue, capitalised ("Village")
    (?!(?:Hall|Council|Councillors?|Clerk|Manager|Limits)\b)  # the town's own office
    [A-Z][a-z]                    # another capitalised word: a longer name
    """,
    regex.VERBOSE,
)


def _cue_inside_name(after: str) -> bool:
    """Whether the cue after the name is capitalised and followed by a capitalised word."""
    return _CUE_IN_NAME.match(after) is not None


#: A clock time and a North American or Australian time zone: "7 p.m. ET",
#: "11:59 p.m. CT", "9am AEST".
_TIME_ZONE: Final = regex.compile(
    r"""
    \b\d{1,2}+(?::\d\d)?+[ ]?+(?:a\.m\.|p\.m\.|am|pm|AM|PM)
    [ ]\(?(?P<zone>E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|AK[SD]T|A[EC][SD]T|AWST|NZ[SD]T)\b
    """,
    regex.VERBOSE,
)


#: :data:`_TIME_ZONE`'s end alone ("m. ET", "M (AEST"), with the standard
#: library's re: it holds every match of the whole pattern, and its search
#: costs a fraction of the whole pattern's, whose clock time before the zone
#: is tried at every digit (the substring test before it passes in nearly
#: every story but the shortest).
_TIME_ZONE_END: Final = re.compile(
    r"[mM]\.?[ ]\(?(?:E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|AK[SD]T|A[EC][SD]T|AWST|NZ[SD]T)\b"
)


def _time_zone_country(text: str) -> str | None:
    """The country whose time zone the story tells its clock times in, if any."""
    if ("m " not in text and "m." not in text and "M " not in text) or (
        _TIME_ZONE_END.search(text) is None
    ):
        return None
    m = _TIME_ZONE.search(text, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    zone = m.group("zone")
    if zone.startswith("NZ"):
        return "NZ"
    if zone.startswith("A") and not zone.startswith("AK"):
        return "AU"
    return "US"


def _confidence(town: Place, cues: bool, in_context: bool, n: int) -> float:
    c = 0.6 + 0.15 * cues + 0.15 * in_context + (0.1 if n == 1 else 0.0)
    return c if c < 0.95 else 0.95


@functools.lru_cache(maxsize=1024)
def _generic_words(key: str) -> bool:
    """Whether a name of several words is made of ordinary ones ("west coast")."""
    words = key.split(" ")
    return len(words) > 1 and all(w in _GENERIC_ADMIN1 for w in words)


def _town_kind(town: Place) -> str:
    if town.feature_code and not town.feature_code.startswith("P."):
        fc = town.feature_code
        if fc.startswith("A.ADM1"):
            return "province"
        if fc.startswith("A.ADM"):
            return "district"
        if fc.startswith("H.STM"):
            return "river"
        if fc.startswith("H."):
            return "water"
        if fc.startswith("T.MT"):
            return "mountain"
        return "feature"
    if town.capital or town.population >= 100000:
        return "city"
    if town.population >= 10000:
        return "town"
    if town.population > 0:
        return "village"
    return "populated_place"


#: Towns named by a facility noun ("Hospital" in Ireland, "Market" in
#: Michigan): after a capitalised word or "the" the noun is the facility's.
_FACILITY_TOWN_NAMES: Final = frozenset(
    [
        "hospital",
        "clinic",
        "hotel",
        "mosque",
        "church",
        "school",
        "university",
        "college",
        "market",
        "stadium",
        "restaurant",
        "cafe",
        "mall",
        "prison",
        "camp",
        "airport",
        "embassy",
        "barracks",
        "station",
        "square",
        "bridge",
        "port",
        "harbour",
        "harbor",
    ]
)


def _named_facility(before: str) -> bool:
    """Whether the word right before (one space between) is capitalised or "the"."""
    if not before.endswith(" ") or before.endswith("  "):
        return False
    head = before[:-1]
    i = len(head)
    while i and (head[i - 1].isalpha() or head[i - 1] in "-'\u2019"):
        i -= 1
    word = head[i:]
    if not word:
        return False
    return word[0].isupper() or word.lower() == "the"


def _accept_town(
    town: Place,
    h: _Hit,
    cues: bool,
    prep: bool,
    in_context: bool,
    shouting: bool,
    before: str,
    after: str,
) -> bool:
    if h.key in _MONTHS:
        return cues  # "in March" is a date; "the town of March" a place
    if h.key in _FACILITY_TOWN_NAMES and _named_facility(before):
        return False  # "the Saudi Hospital", "the Central Market": no town of Ireland or Michigan
    if town.common_word:
        if before[-4:] in ("the ", "THE ") and (
            len(before) == 4 or not before[-5].isalnum()
        ):
            return cues  # "the Summit", "the Republic": the common noun
        if (
            not shouting
            and _surface_upper(h)
            and len(h.key) > 3
            and _INNER_DATELINE.match(after)
        ):
            return True  # "BOSTON (Reuters) -": a dateline after a byline
        if (
            in_context
            and not shouting
            and not h.upper
            and before.endswith(_SEIZED_BEFORE[1:])
        ):
            # "M23 rebels shelled Sake" in a story about the Congo: capitalised
            # mid-sentence as what fighters struck or took, the story's town
            # (not "the Summit", never "Hope" of a country the story never names)
            return True
        if (
            not shouting
            and after[:3] == ", a"
            and _APPOSITION_AT.match(after) is not None
        ):
            return True  # "Sake, a town west of Goma": told as a place
        # (a city of 100,000 after a preposition inside a sentence is the
        # city: "killed in Tyre", "in Reading"; at a sentence's start or in
        # ALL-CAPS copy a capital tells nothing, so only the largest)
        return (
            cues
            or (
                prep
                and (
                    in_context
                    or town.population >= 500000
                    or (
                        town.population >= 100000
                        and not (h.initial or shouting)
                        # (no capitalised word or possessive after it: "Nancy
                        # Levan", "Orange Drugs Ltd", "Mary's Turkeys" are a
                        # person's and firms' names)
                        and after[:1] not in ("'", "\u2019")
                        and not (after[:1] == " " and after[1:2].isupper())
                    )
                )
            )
        )
    if shouting:
        return (
            cues
            or (in_context and (prep or town.population >= 20000))
            or (town.population >= 200000 and prep)
        )
    if not shouting and town.name.upper() != town.name and _surface_upper(h):
        # "NATO", "UNICEF": acronyms in mixed-case copy; but a town in
        # capitals before a wire dash is a dateline after a byline ("By X,
        # The Canadian Press. TORONTO — ...", "Associated Press WASHINGTON
        # (AP) —")
        return cues or (len(h.key) > 3 and _INNER_DATELINE.match(after) is not None)
    if (
        not shouting
        and _inside_proper_name(before, after)
        and not _own_province_after(town, after)
    ):
        return cues
    if h.initial:
        return cues or in_context or town.population >= 100000
    if cues or in_context:
        return True
    return town.population >= 5000 or (prep and town.population >= 1000)


#: What ends the text before a name that may be a subject after "said"
#: (its first entry), or the object of a verb of attack or capture: a town
#: whose name is a common word is read there (:func:`_accept_town`).
_SEIZED_BEFORE: Final = (
    " said ",
    " shelled ",
    " attacked ",
    " captured ",
    " recaptured ",
    " seized ",
    " entered ",
    " stormed ",
    " overran ",
    " took ",
    " retook ",
    " bombed ",
    " struck ",
    " raided ",
    " besieged ",
    " shelling ",
    " bombarded ",
    " hit ",
    " targeted ",
    " pounded ",
)


#: What follows a dateline's town in capitals: an agency in brackets, then
#: a dash ("TORONTO —", "SAN DIEGO (AP) -").
_INNER_DATELINE: Final = re.compile(
    r",?[ \t]?(?:\([A-Za-z. ]{2,20}\)[ \t]?)?(?:\u2014|\u2013|--?)[ \t]"
)


#: Up to three capitalised words after a name, then "State", "Province",
#: "Region" or "Governorate" ("Maiduguri Borno State").
_PROVINCE_AFTER: Final = re.compile(
    r" ((?:[A-Z][a-z'-]+ ){1,3})(?:State|Province|Region|Governorate)\b"
)


def _other_province_next(after: str, town: Place) -> bool:
    """
    Whether a province of *town*'s country, not its own, is the next item
    of a list after its name (", Kachin", " and Kachin"), and no big town of
    that country has its name: the name is then the province's namesake of
    that list, not its seat.
    """
    if after[:2] == ", ":
        rest = after[1:]
    elif after[:5] == " and ":
        rest = after[4:]
    else:
        return False
    m = _CAPITALISED_NEXT.match(rest, timeout=REGEX_TIMEOUT)
    if m is None:
        return False
    key = _key(m.group(1))
    country = town.country
    return any(
        c[:2] == country and c != town.admin1 for c in admin1_names().get(key, ())
    ) and not any(
        # ("Kano, Kaduna and Abuja": cities, the next one a big town too)
        t.country == country and t.population >= 50000
        for t in _default_towns(key)
    )


def _own_province_after(town: Place, after: str) -> bool:
    """
    Whether the capitalised words after a town name its own province, cue
    and all, with no comma between ("in Maiduguri Borno State"): the town
    is then no part of a longer name.
    """
    m = _PROVINCE_AFTER.match(after)
    if m is None:
        return False
    codes = admin1_names().get(_key(m.group(1)), ())
    return any(code[:2] == town.country for code in codes)


def _surface_upper(h: _Hit) -> bool:
    """Whether the hit was written in capitals (its key has no lower-case twin)."""
    return h.upper


def _inside_proper_name(before: str, after: str) -> bool:
    """A capitalised word right before or after: part of a longer name."""
    # (each window has at most _CONTEXT characters: no timeout, which reads
    # the process clock twice, a system call dearer than these matches)
    b = before.rstrip()
    if before.endswith(" ") and not before.endswith("  "):
        m = _CAPITALISED_LAST.search(b)
        if m and _key(m.group(1)) not in _FUNCTION_WORDS:
            return True
    m2 = _CAPITALISED_NEXT.match(after)
    return bool(m2 and _key(m2.group(1)) not in _FUNCTION_OR_PROVINCE_CUE)


#: A first name and a middle initial right before a name ("Johnathan J. ").
_FIRST_NAME_AND_INITIAL: Final = regex.compile(
    r"(?<![\p{L}\p{N}\-'.])\p{Lu}\p{Ll}++[ ]\p{Lu}\.[ ]\Z"
)
#: A middle initial and a surname right after a name (" L. Biron").
_INITIAL_AND_SURNAME: Final = regex.compile(r"[ ]\p{Lu}\.[ ]\p{Lu}\p{Ll}")


def _initial_beside(before: str, after: str) -> bool:
    """
    Whether a middle initial stands right beside the name: a person's
    surname after a first name and an initial ("Master Sgt Johnathan J.
    Dunbar"), or a first name before one ("Carey L. Biron").
    """
    return (
        before[-1:] == " "
        and before[-2:-1] == "."
        and _FIRST_NAME_AND_INITIAL.search(before[-40:], timeout=REGEX_TIMEOUT)
        is not None
    ) or (
        after[2:3] == "."
        and _INITIAL_AND_SURNAME.match(after, timeout=REGEX_TIMEOUT) is not None
    )


def _longer_name_after_cue(text: str, start: int, end: int) -> bool:
    """
    Whether the name at *start*..*end* opens a longer one that a town's cue
    and "of" stand before: "Ed" in "the town of Ed Dabba" (a capitalised
    word that is no function word, cue, weekday or month follows).
    """
    if not text.endswith(" of ", 0, start):
        return False
    m = _CAPITALISED_NEXT.match(text[end : end + 40])  # <= 40 chars: no timeout
    if m is None or _key(m.group(1)) in _FUNCTION_OR_PROVINCE_CUE:
        return False
    return (
        _of_cue_word(text[start - _CONTEXT if start > _CONTEXT else 0 : start])
        in _TOWN_CUES
    )


def _street_after(after: str) -> bool:
    """Whether a street word ends the name: "Haifa Street", "Victoria St.\""""
    if after[:1] != " ":
        return False  # "Harare's Third Street" is in Harare
    return _STREET_AFTER.match(after) is not None


def _joined_by_plus(before: str, after: str) -> bool:
    """A capitalised word joined by " + ": "Salt + Smoke", a brand's name."""
    return (after[:3] == " + " and after[3:4].isupper()) or (
        before[-3:] == " + " and before[-4:-3].isalpha()
    )


def _after_possessor(before: str) -> bool:
    """
    Right after a possessive that names no known place: "Estey's Bridge",
    "Martha's Vineyard" are longer names ("Nigeria's Maiduguri" is not).
    """
    if before[-3:] not in ("'s ", "\u2019s "):
        return False
    head = before[:-3]
    word = head[len(head.rstrip(_ASCII_LETTERS)) :]
    # a capitalised word ("GM's Bowling Green plant" is a company's, in the place)
    return (
        len(word) > 1 and word[0].isupper() and word[1:].islower() and _plain_word(word)
    )


#: Generic landmark nouns that end a name after a possessor ("Estey's
#: Bridge", "Martha's Vineyard", "Miller's Landing").
_LANDMARK_NOUNS: Final = frozenset(
    [
        "bridge",
        "creek",
        "landing",
        "farm",
        "farms",
        "vineyard",
        "mill",
        "mills",
        "ferry",
        "crossing",
        "corner",
        "corners",
        "hollow",
        "grove",
        "cove",
        "pond",
        "ford",
        "wharf",
        "inn",
        "tavern",
        "chapel",
        "meadow",
        "meadows",
        "ranch",
        "orchard",
        "barn",
        "pub",
    ]
)


def _landmark_name(surface: str, after_word: str) -> bool:
    """The name is or is followed by a landmark noun: "Miller's Bridge"."""
    return (
        surface.rsplit(None, 1)[-1].lower() in _LANDMARK_NOUNS
        or after_word in _LANDMARK_NOUNS
    )


def _small_unsupported(h: _Hit, context: Counter[str]) -> bool:
    """Every town of *h* is small (< 50,000) and in no country the story names."""
    return not any(
        t.population >= 50000 or _others(context, h, t.country) > 0 for t in h.towns
    )


def _saint_before(before: str) -> bool:
    """A saint's title right before: "St Mary's Church", "Saint Anne's"."""
    return before.endswith(("St ", "St. ", "Saint ", "Ste "))


def _drop_the_names(h: _Hit, text: str) -> None:
    """
    Forget the towns (and the capital) whose name starts with "The" when
    the text does not write it: "in the Valley" is no town called The
    Valley, "the Summit" no town called The Summit.
    """
    start = h.start
    if (
        text[start : start + 4] in _THE
        or text[start - 4 if start > 4 else 0 : start] in _THE
    ):
        return
    towns = h.towns
    # a big town keeps its reading ("the Hague", "the Bronx")
    if not any(t.name[:4] == "The " and t.population < 100000 for t in towns):
        return
    h.towns = tuple(t for t in towns if t.name[:4] != "The " or t.population >= 100000)
    if h.capital is not None and not any(t.geonames_id == h.capital[1] for t in h.towns):
        h.capital = None


_THE: Final = frozenset(["The ", "THE "])


def _the_named(towns: tuple[Place, ...]) -> bool:
    """Whether one of the *towns* is called "The ..." ("The Valley")."""
    return any(t.name[:4] == "The " for t in towns)


@functools.lru_cache(maxsize=1 << 14)
def _default_the_named(key: str) -> bool:
    """:func:`_the_named` for the shipped gazetteer's towns of *key*, cached."""
    return _the_named(_default_towns(key))


def _main_country(context: Counter[str]) -> str | None:
    """
    The country a story is about: three or more points of evidence and at
    least twice any other country's.
    """
    top = context.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] * 2 > top[0][1]):
        return None
    return top[0][0]


def _leading_country(context: Counter[str], h: _Hit) -> str | None:
    """
    The country the story's other names give the most evidence of, more
    than any other ("Sahel:" over a story of Niger that names Burkina Faso
    too is no province of Burkina Faso).
    """
    best: str | None = None
    top = second = 0
    for c in context:
        n = _others(context, h, c)
        if n > top:
            best, top, second = c, n, top
        elif n > second:
            second = n
    return best if top > second else None


def _only_other_country(context: Counter[str], h: _Hit) -> str | None:
    """
    The one country the story's other names give evidence of, where they
    give two points or more and no other country any: "attacks across El
    Gezira state in central Sudan" after "villagers in Shagra" (a small town
    of Saudi Arabia only) is too little for :func:`_main_country` with the
    namesake's own point counted, enough without it.
    """
    found = None
    for c in context:
        n = _others(context, h, c)
        if n > 0:
            if found is not None:
                return None
            found = (c, n)
    return found[0] if found is not None and found[1] >= 2 else None


def _one_country(towns: tuple[Place, ...]) -> bool:
    """Whether the towns of a name all lie in one country (no common word)."""
    first = towns[0]
    if len(towns) == 1:
        return not first.common_word  # most names: no generator
    cc = first.country
    return all(t.country == cc and not t.common_word for t in towns)


def _others(context: Counter[str], h: _Hit, country: str) -> int:
    """The country context for *country* that other names gave (not *h* itself)."""
    own, weight = h.own
    # .get: a Counter's missing key goes through a Python-level __missing__
    return context.get(country, 0) - (weight if own == country else 0)


def _french_saints(h: _Hit, surface: str) -> None:
    """
    Keep only the towns of *h* spelled as *surface*, a French compound
    ("Saint-Louis": Senegal's, Réunion's and France's, never the United
    States' St. Louis, which English never writes with a hyphen), when
    some are.
    """
    same = tuple(t for t in h.towns if t.name == surface)
    if same:
        h.towns = same


def _pick_town(
    h: _Hit,
    context: Counter[str],
    admin_context: dict[str, int],
    admin_hint: tuple[str, ...],
) -> Place | None:
    if len(h.towns) < 2:
        return h.towns[0] if h.towns else None  # every score beats the start
    if len(h.towns) >= _TABLE_MIN:
        return _pick_from_table(
            h, _town_table(h.towns), context, admin_context, admin_hint
        )
    best: Place | None = None
    best_score = -1e9
    own, weight = h.own
    get = context.get
    log10 = math.log10
    for t in h.towns:
        score = log10(t.population + 10)
        # _others inline: the context that other names gave
        country = t.country
        others = get(country, 0) - (weight if own == country else 0)
        score += 2.5 * (others if others < 4 else 4)
        a1 = t.admin1
        if a1 and a1 in admin_hint:
            score += 12
        elif a1 and admin_context.get(a1):
            score += 3
        if t.capital:
            score += 2
        if score > best_score:
            best, best_score = t, score
    return best


#: Names with this many towns or more are picked through a
#: :func:`_town_table`: only the towns the story's context favours are
#: scored (a name such as "San Jose" has dozens of towns).
_TABLE_MIN: Final = 6

#: A name's towns (:func:`_town_table`): the towns, each one's
#: ``log10(population + 10)``, its score when the context favours it in no
#: way, the indices by that score (highest first, then in order), and the
#: indices of the towns of each country and each province.
_TownTable = tuple[
    tuple[Place, ...],
    tuple[float, ...],
    tuple[float, ...],
    tuple[int, ...],
    dict[str, tuple[int, ...]],
    dict[str, tuple[int, ...]],
]

#: :func:`_town_table`'s answers by the identity of the towns' tuple (each
#: answer holds its tuple, so the identity is not reused while it is
#: there); replaced by an empty dictionary when full.
_TOWN_TABLES: Final[list[dict[int, _TownTable]]] = [{}]
_TOWN_TABLES_MAX: Final = 1 << 12


def _town_table(towns: tuple[Place, ...]) -> _TownTable:
    """The :data:`_TownTable` of *towns*, made once per tuple."""
    cache = _TOWN_TABLES[0]
    got = cache.get(id(towns))
    if got is not None and got[0] is towns:
        return got
    logs = tuple(math.log10(t.population + 10) for t in towns)
    # what _pick_town's loop gives a town the context does not favour: its
    # log, plus 2.5 * 0 (exact), plus 2 for a capital
    plain = tuple(lg + 2 if t.capital else lg for lg, t in zip(logs, towns, strict=True))
    order = tuple(sorted(range(len(towns)), key=lambda i: (-plain[i], i)))
    by_country: dict[str, list[int]] = {}
    by_admin1: dict[str, list[int]] = {}
    for i, t in enumerate(towns):
        by_country.setdefault(t.country, []).append(i)
        if t.admin1:
            by_admin1.setdefault(t.admin1, []).append(i)
    got = (
        towns,
        logs,
        plain,
        order,
        {c: tuple(ix) for c, ix in by_country.items()},
        {a: tuple(ix) for a, ix in by_admin1.items()},
    )
    if len(cache) >= _TOWN_TABLES_MAX:
        cache = _TOWN_TABLES[0] = {}
    cache[id(towns)] = got
    return got


def _pick_from_table(
    h: _Hit,
    table: _TownTable,
    context: Counter[str],
    admin_context: dict[str, int],
    admin_hint: tuple[str, ...],
) -> Place:
    """
    :func:`_pick_town`'s answer for a name with many towns: the towns of a
    country or a province the context names are scored as there (the same
    sums in the same order); every other town's score is its plain one, so
    of those only the best (the first of :data:`_TownTable`'s order left)
    can win. The highest score wins, the first town of the name on a tie.
    """
    towns, logs, plain, order, by_country, by_admin1 = table
    own, weight = h.own
    favoured: set[int] = set()
    for c in context:
        ix = by_country.get(c)
        if ix:
            favoured.update(ix)
    ix = by_country.get(own)
    if ix:
        favoured.update(ix)
    for a in admin_hint:
        ix = by_admin1.get(a)
        if ix:
            favoured.update(ix)
    for a, n in admin_context.items():
        if n:
            ix = by_admin1.get(a)
            if ix:
                favoured.update(ix)
    best = -1
    best_score = -1e9
    for i in order:
        if i not in favoured:
            best, best_score = i, plain[i]
            break
    get = context.get
    for i in favoured:
        t = towns[i]
        # _pick_town's sums, in its order (written out again for speed; a
        # property test checks both paths pick the same town)
        score = logs[i]
        country = t.country
        others = get(country, 0) - (weight if own == country else 0)
        score += 2.5 * (others if others < 4 else 4)
        a1 = t.admin1
        if a1 and a1 in admin_hint:
            score += 12
        elif a1 and admin_context.get(a1):
            score += 3
        if t.capital:
            score += 2
        if score > best_score or (score == best_score and i < best):
            best, best_score = i, score
    return towns[best]


#: Countries whose first-level units are called states: "Plateau state" is
#: Nigeria's, not Benin's Plateau department, when the story names neither.
_STATE_COUNTRIES: Final = frozenset(
    ["NG", "US", "IN", "SD", "SS", "MX", "BR", "MM", "MY", "AU", "VE", "DE", "AT"]
)


def _feature_mention(
    f: Feature, surface: str, h: _Hit, role: str, precision: str
) -> PlaceMention:
    """The mention of the feature *f* (a river, a region, a district) that *h* names."""
    return _new_place(
        text=surface,
        span=_new_span(start=h.start, end=h.end),
        name=f.name,
        kind=f.kind,
        role=role,
        country=f.country,
        admin1=f.admin1,
        latitude=f.latitude,
        longitude=f.longitude,
        geonames_id=f.geonames_id,
        precision=precision,
    )


def _admin1_mention(
    h: _Hit, surface: str, span: Span, role: str, context: Counter[str], *, cue: str = ""
) -> PlaceMention:
    if cue == "state" and len(h.admin1) > 1:
        codes = sorted(
            h.admin1, key=lambda c: (-context[c[:2]], c[:2] not in _STATE_COUNTRIES)
        )
    else:
        codes = sorted(h.admin1, key=lambda c: -context[c[:2]])
    code = codes[0]
    return _new_place(
        text=surface,
        span=span,
        name=admin1_display().get(code, surface),
        kind="province",
        role=role,
        country=code[:2],
        admin1=code,
        precision="province",
        geonames_id=admin1_geonames_ids().get(code),
        provenance=_new_provenance(confidence=0.9 if len(codes) == 1 else 0.6),
    )


def _demonym(h: _Hit, surface: str, span: Span, context: Counter[str]) -> PlaceMention:
    codes = sorted(h.demonym, key=lambda c: -context[c])
    code = codes[0] if len(codes) == 1 or context[codes[0]] > context[codes[1]] else None
    return _new_place(
        text=surface,
        span=span,
        name=country_name(code) if code else None,
        kind="country",
        role="demonym",
        country=code,
        precision="country",
    )


#: Lower-case words that may follow a literal place name ("in Kabul on Monday").
_LITERAL_FOLLOWERS: Final = frozenset(
    [
        "and",
        "or",
        "but",
        "nor",
        "on",
        "in",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "of",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "did",
        "does",
        "do",
        "said",
        "says",
        "say",
        "told",
        "since",
        "after",
        "before",
        "during",
        "over",
        "under",
        "near",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "that",
        "this",
        "these",
        "those",
        "as",
        "than",
        "then",
        "last",
        "next",
        "earlier",
        "later",
        "yesterday",
        "today",
        "tonight",
        "when",
        "while",
        "because",
        "until",
        "into",
        "onto",
        "through",
        "across",
        "amid",
        "amidst",
        "despite",
        "via",
        "against",
        "between",
        "among",
        "per",
        "including",
        "itself",
        "also",
        "too",
        "again",
        "already",
        "now",
        "still",
        "if",
        "so",
        "yet",
        "once",
        "about",
        "around",
        "without",
        "within",
        "inside",
        "outside",
        "toward",
        "towards",
        "along",
        "beyond",
        "following",
        "ahead",
        "early",
        "late",
        "overnight",
        "recently",
        "alone",
        "only",
        "just",
        "soon",
        "even",
        "up",
        "down",
        "out",
        "off",
        "back",
        "here",
        "there",
        "where",
        "itself",
        "remains",
        "remained",
        "lies",
        "lay",
        "stood",
    ]
)

_TITLE_WORDS: Final = frozenset(
    [
        "president",
        "secretary",
        "ambassador",
        "embassy",
        "minister",
        "ministry",
        "trade",
        "federal",
        "army",
        "navy",
        "air",
        "department",
        "government",
        "senate",
        "congress",
        "foreign",
        "defense",
        "defence",
        "prime",
        "supreme",
        "national",
        "police",
        "forces",
        "military",
        "marines",
        "treasury",
        "chamber",
        "special",
        "state",
        "officials",
    ]
)

_PERSON_TITLES: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gen",
        "col",
        "maj",
        "capt",
        "lt",
        "sgt",
        "prof",
        "rev",
        "sir",
        "lady",
        "lord",
        "judge",
        "president",
        "minister",
        "governor",
        "mayor",
        "coach",
        "spokesman",
        "spokeswoman",
    ]
)

_NAME_PARTICLES: Final = frozenset(
    ["van", "von", "der", "de", "la", "le", "bin", "ibn", "al", "el", "da", "di", "du"]
)

_NEXT_TOKEN: Final = regex.compile(r"\A(?:['\u2019]s\b[ ]*+)?+[ ]?+(\S++)")


def _is_modifier(after: str, *, prep: bool) -> bool:
    """A place name used attributively: 'U.S. officials', "Canada's government"."""
    possessive = after[:2] in _POSSESSIVE_ENDS
    m = _NEXT_TOKEN.match(after)  # <= _CONTEXT chars: no timeout
    word = m.group(1) if m else ""
    word = word.strip(".,;:!?\"'\u201d\u2019)")
    if possessive:
        return word.lower() in _TITLE_WORDS
    if not after.startswith(" ") or not word:
        return False
    low = word.lower()
    if word[0].isupper():
        # "from U.S. President Donald Trump": a title even after a preposition
        return low in _TITLE_WORDS
    if prep:
        return False
    if not word.isalpha():
        return False
    return (
        low not in _LITERAL_FOLLOWERS
        and low not in _ALL_CUES
        and low not in _SPEECH_VERBS
    )


def _modifier_at(text: str, h: _Hit) -> bool:
    """:func:`_is_modifier` for a hit, from the text around it."""
    after = text[h.end : h.end + 24]
    if after[:1] not in (" ", "'", "\u2019"):
        return False
    return _is_modifier(
        after,
        prep=_preposition_before(text[h.start - 12 if h.start > 12 else 0 : h.start]),
    )


#: Compass words that open the name of a zone ("the South Gondar zone").
_COMPASS_NAMES: Final = (" North ", " South ", " East ", " West ", " Central ")
#: Keys of provinces named by a compass word ("Northwest", "Central",
#: "Eastern"): many countries have one, so the story must name the country.
_COMPASS_KEYS: Final = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north east",
        "north west",
        "south east",
        "south west",
        "north eastern",
        "north western",
        "south eastern",
        "south western",
        "far north",
        "far west",
        "centre",
        "center",
    ]
)


#: Verbs right after a subject: "residents said Goma had fallen".
_CLAUSE_VERBS: Final = frozenset(
    [
        "was",
        "is",
        "were",
        "are",
        "has",
        "had",
        "have",
        "remained",
        "remains",
        "fell",
        "lay",
    ]
)


def _big_town_after_said(h: _Hit, before: str, after: str, after_word: str) -> bool:
    """
    Whether a city of 200,000 or more follows "said" as the subject of the
    clause reported: before a verb ("residents said Maiduguri was calm"),
    its possessive ("police said Port Harcourt's markets were shut") or
    "and" and another name ("said Aba and Owerri were calm"); not the
    speaker of an inverted quote ("..., said Allen"; a smaller town's name
    stays a person's: "police said Allen was arrested").
    """
    if not (
        after_word in _CLAUSE_VERBS
        or after.startswith(("'s ", "\u2019s "))
        or (after_word == "and" and after[5:6].isupper())
    ):
        return False
    _, prev = _previous_words(before)
    if prev.lower() != "said":
        return False
    # a quote or a comma before "said" inverts it: the name is the speaker
    # ('"We will hold," said Houston and Smith')
    head = before[: before.rstrip(" ").rfind(" ")].rstrip(" ")
    return head[-1:] not in _INVERTING and any(t.population >= 200000 for t in h.towns)


#: What is said of a town under attack after its name ("officials said
#: Pokrovsk was under fire"): the group ``hard`` only of a place, the others
#: also of a person ("Allen was under fire", "Allen was calm").
_AT_WAR_AFTER: Final = re.compile(
    r"[ ](?:(?:was|is|were|are|remained|remains|has[ ]been|had[ ]been|came|comes)[ ]"
    r"(?:being[ ])?(?:(?P<hard>(?:under[ ](?:siege|shelling|bombardment|artillery[ ]fire))|shelled"
    r"|bombarded|encircled|besieged|overrun|under[ ]constant[ ]shelling)"
    r"|under[ ](?:fire|attack|heavy[ ]fire|drone[ ]attack)|surrounded|cut[ ]off"
    r"|calm|quiet|in[ ]ruins|without[ ](?:power|electricity|water))"
    r"|(?:has|had)[ ]fallen|fell[ ]to)\b"
)


def _town_at_war_after_said(
    h: _Hit, before: str, after: str, after_word: str, context: Counter[str]
) -> bool:
    """
    Whether a town of one country follows "said" as the subject of a
    clause that tells it shelled, besieged or under fire ("officials said
    Pokrovsk was under fire"), in a story that names its country by other
    names, or (shelled, besieged, overrun: nothing said of a person) in any
    story; smaller than :func:`_big_town_after_said` reads.
    """
    if after_word not in _CLAUSE_VERBS and after_word not in ("came", "comes", "fell"):
        return False
    towns = h.towns
    if not towns or any(t.country != towns[0].country or t.common_word for t in towns):
        return False
    m = _AT_WAR_AFTER.match(after)
    if m is None:
        return False
    _, prev = _previous_words(before)
    if prev.lower() != "said":
        return False
    head = before[: before.rstrip(" ").rfind(" ")].rstrip(" ")
    if head[-1:] in _INVERTING:
        return False  # '"...," said Allen': the speaker
    return m.group("hard") is not None or _others(context, h, towns[0].country) > 0


#: Characters right before an inverted "said" ('"...," said Allen').
_INVERTING: Final = frozenset(",\"'\u201d\u2019")


#: Prepositions before a town that place a speaker ("an official in
#: Bamenda said", "residents of Bamenda said").
_SPEAKER_PLACE_WORDS: Final = frozenset(
    ["in", "at", "from", "near", "outside", "inside", "of"]
)


def _speakers_place(h: _Hit, before: str, word: str) -> bool:
    """
    Whether the town before a speech verb (*word*) is where the speaker
    is: a preposition comes before it ("a police official in Bamenda
    said"); after "of" only a city of 200,000 or more ("residents of
    Bamenda said"; "a friend of Allen said" is a person's).
    """
    if word not in _SPEECH_AFTER:
        return False
    _, prev = _previous_words(before)
    prev = prev.lower()
    if prev in ("and", "or"):
        # the last of a list: "residents of Kramatorsk and Sloviansk said"
        # is a place as the first is (only after its people's noun)
        run = _LIST_BEFORE.search(before)
        return run is not None and before[: run.start()].endswith(_DWELLERS_BEFORE)
    if prev not in _SPEAKER_PLACE_WORDS:
        return False
    return (
        prev != "of"
        # ("residents of Sderot said": a settlement's people, no person's friends)
        or before.endswith(_DWELLERS_BEFORE)
        or any(t.population >= 200000 for t in h.towns)
    )


#: The names of a list before its last ("Kramatorsk and ", "Beit Lahiya,
#: Jabalia and "): capitalised words (hyphenated, with Arabic articles)
#: joined by commas, "and" or "or", read from the end.
_LIST_BEFORE: Final = regex.compile(
    r"(?:\p{Lu}[\p{L}'\u2019\-]*+(?:[ ](?:(?:al|el|ad|as|ash|ar|an|ez|es)-)?"
    r"\p{Lu}[\p{L}'\u2019\-]*+){0,3}(?:,[ ]|,?[ ]and[ ]|[ ]or[ ]))+\Z"
)
#: Verbs after a name that make it a speaker's ("Allen said").
_SPEECH_AFTER: Final = frozenset(
    [
        "said",
        "says",
        "told",
        "tweeted",
        "added",
        "wrote",
        "explained",
        "noted",
        "recalled",
        "continued",
    ]
)


def _person_like(before: str, word: str) -> bool:
    """
    A town name used as a person's name: 'Allen said', 'Mr. Allen'
    (*word* is the next word, lower-cased).
    """
    if word in _SPEECH_AFTER:
        return True
    prev2, prev = _previous_words(before)
    if not prev:
        return False
    prev = prev.rstrip(".")
    if prev.lower() in _PERSON_TITLES or prev.lower() == "said":
        return True
    return bool(prev.lower() in _NAME_PARTICLES and prev2[:1].isupper())


def _previous_words(before: str) -> tuple[str, str]:
    """
    The two words before the name, when spaces alone follow the last
    (a search anchored at the end would be quadratic in *before*).
    """
    head = before.rstrip(" ")
    if len(head) == len(before) or not head or head[-1].isspace():
        return "", ""
    parts = head.rsplit(None, 1)
    prev = parts[-1]
    rest = head[: len(head) - len(prev)]
    if len(parts) < 2 or not rest.endswith(" "):
        return "", prev
    rest = rest.rstrip(" ")
    if not rest or rest[-1].isspace():
        return "", prev
    return rest.rsplit(None, 1)[-1], prev


def _next_word(after: str) -> str:
    if after.isascii():
        # the same match with the standard library's re (no backtracking)
        m0 = _ASCII_NEXT_WORD.match(after)
        return m0.group(1).lower() if m0 else ""
    m = _NEXT_WORD.match(after, timeout=REGEX_TIMEOUT)
    return m.group(1).lower() if m else ""


def _looks_adjectival(after: str) -> bool:
    return False


#: Verbs whose object, when a country or province, is its government
#: ("Britain blames Russia", "wants Britain to answer"), and "against".
_OBJECT_VERBS: Final = frozenset(
    [
        "blames",
        "blamed",
        "blame",
        "accuses",
        "accused",
        "accuse",
        "urges",
        "urged",
        "urge",
        "wants",
        "wanted",
        "asks",
        "asked",
        "warns",
        "warned",
        "orders",
        "ordered",
        "sees",
        "saw",
        "supports",
        "supported",
        "backs",
        "backed",
        "sanctions",
        "sanctioned",
        "condemns",
        "condemned",
        "criticises",
        "criticised",
        "criticizes",
        "criticized",
        "pressed",
        "presses",
        "pressured",
        "pressures",
        "persuade",
        "persuaded",
        "punish",
        "punished",
        "punishes",
        "against",
        "thanked",
        "thanks",
        "praised",
        "praises",
        "recognised",
        "recognized",
        "recognises",
        "recognizes",
        "invited",
        "invites",
        "defeated",
        "beat",
        "beats",
        "played",
        "expelled",
        "expels",
        "lobbied",
        "lobbying",
        "allowing",
        "allow",
        "allows",
        "allowed",
        "help",
        "helps",
        "helped",
        "join",
        "joined",
        "joins",
        "want",
        "ask",
        "warn",
        "order",
        "support",
        "sanction",
        "condemn",
        "criticise",
        "criticize",
        "press",
        "pressure",
        "thank",
        "praise",
        "recognise",
        "recognize",
        "expel",
        # "pressing Israel and Hamas to finalise", "urging Kyiv to": the
        # present participles of the verbs above
        "pressing",
        "pressuring",
        "urging",
        "accusing",
        "blaming",
        "condemning",
        "sanctioning",
    ]
)

#: Nouns after "X's" that keep X a literal place ("Syria's north", "Iraq's
#: second city", "Afghanistan's Takhar province").
_GEO_NOUNS: Final = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
        "far",
        "province",
        "provinces",
        "region",
        "regions",
        "capital",
        "border",
        "borders",
        "city",
        "cities",
        "town",
        "towns",
        "village",
        "villages",
        "coast",
        "coastline",
        "outskirts",
        "streets",
        "territory",
        "territories",
        "soil",
        "airspace",
        "waters",
        "interior",
        "countryside",
        "mountains",
        "desert",
        "heartland",
        "frontier",
        "district",
        "districts",
        "state",
        "states",
        "county",
        "counties",
        "port",
        "ports",
        "airport",
        "island",
        "islands",
        "river",
        "rivers",
        "lake",
        "valley",
        "area",
        "areas",
        "suburbs",
        "centre",
        "center",
        "downtown",
        "neighbourhood",
        "neighborhood",
        "side",
        "part",
        "parts",
        "half",
        "largest",
        "biggest",
        "main",
        "oldest",
        "restive",
        "mountainous",
        "war-torn",
        "northernmost",
        "southernmost",
        "border",
        "cities",
        "shores",
        "population",
        "hospitals",
        "camps",
        "prisons",
        "landscape",
        "climate",
        "weather",
    ]
)
#: Its people and its economy right after "X's": the place itself ("Gaza's
#: residents"); only as the first word ("Russia's attacks on civilians" is
#: the state acting).
_GEO_FIRST_NOUNS: Final = frozenset(
    [
        "residents",
        "inhabitants",
        "people",
        "citizens",
        "civilians",
        "villagers",
        "economy",
        "industry",
        "industrial",
        "housing",
        "farmers",
        "workers",
    ]
)


def _object_of_verb(before: str) -> bool:
    """The word right before is a verb taking a government as its object."""
    _, prev = _previous_words(before)
    return prev.lower() in _OBJECT_VERBS


#: Head nouns of a state's organisations after its possessive ("Russia's
#: Wagner group", "Iran's Revolutionary Guards"), lower case.
_ORG_HEADS_AFTER: Final = frozenset(
    [
        "group",
        "guards",
        "guard",
        "army",
        "forces",
        "force",
        "ministry",
        "brigade",
        "brigades",
        "militia",
        "corps",
        "agency",
        "service",
        "navy",
        "police",
        "party",
        "command",
        "directorate",
        "cartel",
    ]
)


def _possessive_of_polity(after: str) -> bool:
    """
    "Russia's request", "Iran's imports": a possessive followed by lower-case
    words none of which is geographic (a capitalised word such as "Takhar"
    or "Foreign" is left to the other rules).
    """
    if after[:2] not in _POSSESSIVE_ENDS:
        return False
    words = after[2:40].split()[:3]
    if words and words[0][:1].isupper():
        # "Russia's Wagner group", "Iran's Revolutionary Guards": an
        # organisation of the state, named, not a place of the story
        # (within the phrase: "Burkina Faso's Djibo, attack Mali army
        # camp" names no army of Burkina Faso)
        phrase = after[2:48].split(",", 1)[0]
        keys = [w.strip(".,;:\"'\u201d").lower() for w in phrase.split()[:4]]
        return _GEO_NOUNS.isdisjoint(keys) and not _ORG_HEADS_AFTER.isdisjoint(keys)
    if not words or not words[0][:1].isalpha() or not words[0][0].islower():
        return False
    if words[0].strip(".,;:\"'\u201d").lower() in _GEO_FIRST_NOUNS:
        return False
    return not any(w.strip(".,;:\"'\u201d").lower() in _GEO_NOUNS for w in words)


def _org_name_before(before: str) -> bool:
    if " of " not in before or not before.endswith(" "):
        return False  # what the pattern needs
    m = _ORG_OF_BEFORE.search(before)  # <= _CONTEXT chars: no timeout
    return bool(m and _key(m.group(1)) in _ORG_WORDS)


#: An attack's noun and "on" right before a name: the name is its target,
#: and a verb after it the attack's ("Russian strikes on Kyiv killed 10").
_ATTACK_ON: Final = re.compile(
    r"\b(?:air[ -]?strikes?|strikes?|attacks?|raids?|assaults?|bombardments?|bombings?"
    r"|shelling|offensive|barrage|missiles?|drones?|rockets?)[ ]on[ ](?:the[ ])?\Z"
)


def _attack_on_before(before: str) -> bool:
    """Whether an attack's noun and "on" end *before* ("strikes on ")."""
    return (
        before.endswith(("on ", "the ")) and _ATTACK_ON.search(before[-40:]) is not None
    )


#: A state's deed told by a participle and "by" before its name (and
#: another named before it: "brokered by Qatar and").
_AGENT_BY: Final = regex.compile(
    r"\b(?:brokered|mediated|backed|sponsored|hosted|proposed|negotiated|guaranteed"
    r"|funded|financed|armed|supported|imposed|condemned|facilitated"
    # ("a move welcomed by Washington", "a plan rejected by Kyiv")
    r"|welcomed|praised|hailed|critici[sz]ed|rejected|opposed|endorsed|ordered)[ ]by[ ]"
    r"(?:(?:the[ ])?(?:\p{Lu}[\p{L}-]*+[ ]){1,3}(?:and|,)[ ])?(?:the[ ])?\Z"
)


def _is_metonymy(before: str, after: str, nxt: str, *, prep: bool | None) -> bool:
    """
    Whether the polity before *after* (next word *nxt*) acts: "Russia
    invaded", "China has taken", "Britain said", "talks with Iran".
    *prep*: whether a preposition comes before (``None``: read from
    *before* only where it matters, after a participle or an auxiliary).
    Both windows have at most :data:`_CONTEXT` characters, so the patterns
    read them with no timeout (which reads the process clock twice, a
    system call dearer than these matches).
    """
    if (
        before.endswith(("by ", "and ", "the "))
        and _AGENT_BY.search(before[-60:]) is not None
    ):
        # "a ceasefire brokered by Qatar and Turkey", "talks mediated by
        # Egypt": the polities that acted, no scene
        return True
    if prep is None and (nxt.endswith("ed") or nxt in _AUXILIARIES):
        prep = _preposition_before(before) and not _list_without_preposition(before)
    if prep is False and nxt in _TIME_OPENERS and _subject_at_start(before):
        # "Russia on Tuesday launched", "Israel overnight struck": the verb
        # after the time phrase (of the sentence's subject only: "missiles
        # that struck Kharkiv on Tuesday wounded 12" tell of the city; in
        # mixed-case copy only, where the phrase's weekday is capitalised)
        m1 = _TIME_THEN_WORD.match(after)
        if m1 is not None:
            verb = m1.group(1)
            if (
                (len(verb) > 4 and verb.endswith("ed") and verb not in _LITERAL_FOLLOWERS)
                or verb in _IRREGULAR_PAST
                or (verb in _SPEECH_VERBS and verb not in _AUXILIARIES)
            ):
                return True
    if not prep:
        if (len(nxt) > 4 and nxt.endswith("ed") and nxt not in _LITERAL_FOLLOWERS) or (
            nxt in _IRREGULAR_PAST
        ):
            return True  # "Russia invaded", "Slovenia accused", "Israel struck"
        if nxt in _AUXILIARIES:
            m0 = _SECOND_WORD.match(after)
            if (
                m0
                and (
                    (
                        m0.group(1).lower().endswith(("ed", "en"))
                        and m0.group(1).lower() not in _PLACE_PARTICIPLES
                    )
                    or m0.group(1).lower() in _IRREGULAR_PAST
                )
                # "Kyiv was struck", "Beirut was shelled": the place a blow fell on
                and not (
                    nxt in ("is", "was") and m0.group(1).lower() in _STRUCK_PARTICIPLES
                )
            ):
                return True  # "Russia is alleged", "China has taken", "Russia has sent"
        if nxt == "and" or after[:2] == ", ":
            # "Washington and Paris called for", "Washington, London and
            # Paris condemned": the first of polities that act together
            # (*after* is 60 characters and the match anchored, its loops
            # possessive: no timeout, which reads the process clock twice)
            m1 = _COORDINATED_THEN_WORD.match(after)
            if m1 is not None:
                at = m1.start("verb") - 1
                return _is_metonymy(before, after[at:], m1.group("verb"), prep=prep)
    if nxt in _SPEECH_VERBS and nxt not in {
        "is",
        "was",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "must",
        "may",
        "might",
    }:
        return True
    if nxt in _AUXILIARIES:
        m = _SECOND_WORD.match(after)
        if m and m.group(1).lower() in _SPEECH_VERBS:
            return True
    if (nxt in _AUXILIARIES or nxt in ("did", "does")) and _NEGATED_RESPONSE.match(
        after
    ) is not None:
        # "Ouagadougou has not commented", "Kinshasa did not immediately
        # respond": the government that did not answer (an anchored match
        # of a few words in 60 characters: no timeout)
        return True
    b = before.lower()
    if "between" not in b and "with" not in b:
        return False  # what both talk patterns below need
    words = _LOWER_WORD.findall(b)[-8:]
    if (
        words
        and words[-1] in {"between", "with"}
        and any(w in _TALK_NOUNS for w in words)
    ):
        return True
    return (
        len(words) >= 2
        and words[-1] == "and"
        and "between" in words
        and any(w in _TALK_NOUNS for w in words)
    )


#: An auxiliary, a negation and a verb of answering after a polity:
#: "has not commented", "did not immediately respond", "has yet to react".
_NEGATED_RESPONSE: Final = regex.compile(
    r"""
    \A[ ](?:has|have|had|did|does|is|was|will|would)[ ](?:not|never|yet[ ]to)
    [ ](?:yet[ ]|immediately[ ]|publicly[ ]|officially[ ])?(?:to[ ])?
    (?:comment(?:ed)?|respond(?:ed)?|react(?:ed)?|confirm(?:ed)?|repl(?:y|ied)
    |acknowledge[d]?)\b
    """,
    regex.VERBOSE,
)
#: Countries whose provinces are each a town with the villages around it
#: (Palestine's governorates: Jenin, Tulkarm, Tubas), where a bare name is
#: the town far more often than the unit ("the governorate of Jenin" or
#: "Jenin governorate" names the unit).
_TOWN_SIZED_UNITS: Final = frozenset(["PS"])

#: Irregular past tenses of verbs a state does, which no noun shares
#: ("Israel struck", "Russia sent"; "-ed" verbs are read by their ending).
_IRREGULAR_PAST: Final = frozenset(
    [
        "struck",
        "hit",
        "shot",
        "fought",
        "sent",
        "began",
        "took",
        "retook",
        "overran",
        "made",
        "won",
        "lost",
        "drove",
        "threw",
        "broke",
        "built",
        "sought",
        "held",
        "kept",
        "gave",
        "brought",
        "withdrew",
        "swept",
        "sold",
        "bought",
        "chose",
        "met",
        "spoke",
        "wrote",
        "shook",
        "flew",
        "led",
    ]
)

#: Second-level units named after their seat towns, after the name: the
#: unit (Nigeria's local governments, the Congo's territories, Myanmar's
#: townships).
_SEAT_UNIT_CUES: Final = frozenset(["lga", "territory", "township"])

#: Armed men named after their province or people ("Amhara militiamen",
#: "Chin armed groups"): the province's name is an attribute there.
_ARMED_PEOPLE: Final = frozenset(
    [
        "militia",
        "militias",
        "militiamen",
        "militiaman",
        "fighters",
        "rebels",
        "insurgents",
        "forces",
        "armed",
        "gunmen",
    ]
)
#: Words before a province's name that make it a people's ("ethnic Chin").
_ETHNIC_BEFORE: Final = ("ethnic ", "Ethnic ")


def _subject_at_start(before: str) -> bool:
    """Whether the name opens its sentence, maybe after "The" ("The United States")."""
    head = before.rstrip(" ")
    if head.endswith(("The", "the")) and not head[-4:-3].isalpha():
        head = head[:-3].rstrip(" ")
    return not head or head[-1] in ".!?\n\"'\u201c\u2018(\u2014-"


#: Words that open a time phrase between a subject and its verb.
_TIME_OPENERS: Final = frozenset(
    ["on", "late", "early", "overnight", "last", "this", "earlier", "yesterday", "today"]
)
#: A time phrase after a subject and the lower-case word after it: "on
#: Tuesday launched", "late on Sunday fired", "overnight struck", "last
#: week said".
_TIME_THEN_WORD: Final = regex.compile(
    r"""[ ](?:
      (?:(?:late|early)[ ])?(?:on[ ])?
      (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
      (?:[ ](?:night|morning|evening|afternoon))?
    | overnight | yesterday | today
    | (?:last|this|earlier[ ]this)[ ](?:week|month|year|night)
    ),?[ ]([a-z]++)""",
    regex.VERBOSE,
)

#: Participles after an auxiliary that tell of the place, not the state
#: acting: "Myanmar has been in turmoil", "Sudan has seen fighting".
_PLACE_PARTICIPLES: Final = frozenset(["been", "seen"])
#: Participles after "is" or "was" that tell of a blow the place took:
#: "Kyiv was struck by missiles", "Beirut was shelled".
_STRUCK_PARTICIPLES: Final = frozenset(
    [
        "struck",
        "hit",
        "shelled",
        "bombed",
        "bombarded",
        "attacked",
        "targeted",
        "rocked",
        "pounded",
        "hammered",
        "raided",
        "stormed",
        "overrun",
        "besieged",
        "encircled",
        "surrounded",
        "plunged",
        "shaken",
        "flooded",
        "damaged",
        "destroyed",
    ]
)


def _list_without_preposition(before: str) -> bool:
    """
    Whether *before* ends with names and "and" that no preposition opens:
    "Iran and " ("Iran and Israel exchanged fire": the last of polities
    that act together), not "in Iran and ".
    """
    if not before.endswith(" and "):
        return False
    tail = before[-120:]
    # (120 characters, the pattern's loops possessive and bounded: no
    # timeout, which reads the process clock twice)
    head = _LIST_HEAD_BEFORE.search(tail)
    return head is not None and not _preposition_before(tail[: head.start()])


#: Capitalised names joined by commas, then "and", ending the text before
#: the last name of a list: "Iran and ", "Washington, London and ".
_LIST_HEAD_BEFORE: Final = regex.compile(
    r"""
    (?<![\p{L}.'-])\p{Lu}[\p{L}.'-]*+(?:[ ]\p{Lu}[\p{L}.'-]*+){0,2}+
    (?:,[ ]\p{Lu}[\p{L}.'-]*+(?:[ ]\p{Lu}[\p{L}.'-]*+){0,2}+){0,4}+
    ,?[ ]and[ ]\Z
    """,
    regex.VERBOSE,
)
#: More capitalised names after a polity, joined by commas and "and", and
#: the lower-case word after the last: ", London and Paris condemned",
#: " and Paris called" (each name at most three words).
_COORDINATED_THEN_WORD: Final = regex.compile(
    r"""
    (?:,[ ](?:the[ ])?\p{Lu}[\p{L}.'-]*+(?:[ ]\p{Lu}[\p{L}.'-]*+){0,2}){0,4}+
    ,?[ ]and[ ](?:the[ ])?\p{Lu}[\p{L}.'-]*+(?:[ ]\p{Lu}[\p{L}.'-]*+){0,2}+
    [ ](?P<verb>[a-z]++)
    """,
    regex.VERBOSE,
)

#: Auxiliaries before a participle or a speech verb ("China has taken",
#: "Russia has said").
_AUXILIARIES: Final = frozenset(["has", "have", "had", "is", "was", "will", "would"])


def _may_hold_unknown_cue(text: str) -> bool:
    """
    Whether :data:`_UNKNOWN_CUE` may match in *text*, by substring tests
    (its scan from every offset costs far more): a cue word of its
    alternatives with a cue, or " in " and an admin word of its last.
    """
    return any(cue in text for cue in _UNKNOWN_CUE_WORDS) or (
        " in " in text and any(cue in text for cue in _UNKNOWN_ADMIN_WORDS)
    )


def _unknown_cue_matches(text: str) -> Iterator[regex.Match[str]]:
    """
    The matches of :data:`_UNKNOWN_CUE` in *text*, as its ``finditer`` over
    the whole text gives them, looked for only near the words of
    :data:`_ANY_CUE_WORDS`, found in the text's lower case at once (see
    :func:`_cue_matches_near_cues`): a pass over the pieces between full
    stops and line breaks, testing each for a cue, cost more than the
    matches. Where the lower case moves the offsets (a dotted capital I),
    :func:`_unknown_cue_matches_by_piece` reads the text.
    """
    low = text.lower()
    if "\u0130" in text or len(low) != len(text):
        yield from _unknown_cue_matches_by_piece(text)
        return
    ascii_text = text.isascii()
    if not ascii_text:
        # (a long s is an "s" to the admin words' case folding)
        low = low.replace("\u017f", "s")
    cues: list[tuple[int, int, bool]] = []
    for words, admin in ((_ANY_CUE_WORDS, False), (_ANY_ADMIN_WORDS, True)):
        for word in words:
            k = low.find(word)
            while k >= 0:
                cues.append((k, k + len(word), admin))
                k = low.find(word, k + 1)
    cues.sort()
    match = _UNKNOWN_CUE.match
    last = w_end = 0
    p_start = p_end = -1  # the piece (between stops and line breaks) of the cue
    for k, hi, admin in cues:
        if k >= p_end:  # (no cue word holds a stop or a line break)
            p_start = max(text.rfind(".", 0, k), text.rfind("\n", 0, k)) + 1
            stop = text.find(".", k)
            brk = text.find("\n", k)
            p_end = (
                len(text)
                if stop < 0 and brk < 0
                else brk
                if stop < 0
                else stop
                if brk < 0 or stop < brk
                else brk
            )
        if hi <= w_end:
            continue
        # the windows (a cue's last words and the cue) by start: a cue's
        # starts after the last's; each begins at a run of spaces (or the
        # last window's end, which ends a cue word), where no start is cut
        lo = _words_back_in(text, p_start, k)
        if admin and text.find(" in ", lo, k) < 0:
            continue  # (a province's word is a cue after " in " only)
        lo = lo if lo > w_end else w_end
        for m in (
            _UNKNOWN_CUE_STARTS.finditer(text, lo, hi)
            if ascii_text
            else _UNKNOWN_CUE_STARTS_ANY.finditer(text, lo, hi, timeout=REGEX_TIMEOUT)
        ):
            at = m.start()
            if at >= last:
                found = match(text, at, p_end)
                if found is not None:
                    last = found.end()
                    yield found
        w_end = hi


def _words_back_in(text: str, start: int, at: int) -> int:
    """:func:`_words_back` of the piece of *text* from *start*, at *at* of the text."""
    i = at
    for _ in range(_WORDS_BEFORE_CUE):
        i = text.rfind(" ", start, i)
        if i <= start:
            return start
        while i > start and text[i - 1] == " ":
            i -= 1
    return i


def _unknown_cue_matches_by_piece(text: str) -> Iterator[regex.Match[str]]:
    """
    The matches of :data:`_UNKNOWN_CUE` in *text*, as its ``finditer`` over
    the whole text gives them, looked for only in the pieces between full
    stops and line breaks that may hold one. None of its matches, nor any
    of its look-arounds, reads a full stop or a line break (names, cues and
    the words between are letters joined by spaces, commas and hyphens), and
    one after a piece is read as the piece's end is. Its scan from every
    offset costs some 3,400 instructions per character; most sentences of a
    story hold no cue word, and in one that does the scan starts a few
    words before the first (:func:`_first_cue_at`).
    """
    at = 0
    for piece in text.replace("\n", ".").split("."):
        end = at + len(piece)
        if piece:
            first = _first_cue_at(piece)
            if first >= 0:
                start = at + _words_back(piece, first)
                if piece.isascii():
                    yield from _cue_matches_near_cues(
                        text, piece, at, start, piece.lower()
                    )
                    at = end + 1
                    continue
                low = piece.lower()
                if "\u0130" not in piece and len(low) == len(piece):
                    # (a long s is an "s" to the admin words' case folding; a
                    # dotted capital I, or a letter whose lower case is longer,
                    # would move the offsets)
                    yield from _cue_matches_near_cues(
                        text, piece, at, start, low.replace("\u017f", "s")
                    )
                else:
                    yield from _UNKNOWN_CUE.finditer(
                        text, start, end, timeout=REGEX_TIMEOUT
                    )
        at = end + 1


def _cue_matches_near_cues(
    text: str, piece: str, at: int, start: int, low: str
) -> Iterator[regex.Match[str]]:
    """
    The matches of :data:`_UNKNOWN_CUE` in the *piece* of *text* at *at*
    (*low* its letters in lower case, at the same offsets), from *start* on,
    as its ``finditer`` from *start* to the piece's end gives them. The
    pattern is matched only at the offsets where :data:`_UNKNOWN_CUE_STARTS`
    (in ASCII text; :data:`_UNKNOWN_CUE_STARTS_ANY` in other text) says one
    of its alternatives may begin, and of those only the ones up to
    :data:`_WORDS_BEFORE_CUE` words before a word of :data:`_ANY_CUE_WORDS`
    (every match holds its cue, or reads it ahead, that near), each in turn
    from the end of the last match: a match begins at none of the other
    offsets. The scan tries all seven alternatives at every offset (some
    4,000 instructions a character); each anchored match costs some 15,000,
    and a few words of a sentence start one. The anchored match reads a few
    words, so it carries no timeout (each costs two reads of the process
    clock).
    """
    end = at + len(piece)
    windows: list[tuple[int, int]] = []
    for word in (*_ANY_CUE_WORDS, *_ANY_ADMIN_WORDS):
        k = low.find(word)
        while k >= 0:
            windows.append((at + _words_back(piece, k), at + k + len(word)))
            k = low.find(word, k + 1)
    windows.sort()
    last = start
    match = _UNKNOWN_CUE.match
    ascii = piece.isascii()
    w_end = start
    for lo, hi in windows:
        if hi <= w_end:
            continue
        # (a window begins at a run of spaces, where no start is cut)
        for m in (
            _UNKNOWN_CUE_STARTS.finditer(text, lo if lo > w_end else w_end, hi)
            if ascii
            else _UNKNOWN_CUE_STARTS_ANY.finditer(
                text, lo if lo > w_end else w_end, hi, timeout=REGEX_TIMEOUT
            )
        ):
            s = m.start()
            if s >= last:
                found = match(text, s, end)
                if found is not None:
                    last = found.end()
                    yield found
        w_end = hi


#: Every match of :data:`_UNKNOWN_CUE` holds one of these (lower-case
#: letters of) cue words, or reads one in a look-ahead: its names' cues,
#: its units' and its provinces' words (in any case).
_ANY_CUE_WORDS: Final = (
    "district",
    "village",
    "town",
    "city",
    "neighbo",
    "local government",
    "lga",
    "county",
    "zone",
    "territory",
    "suburb",
    "community of",
)
#: ... or one of these provinces' words, after " in " (in any case).
_ANY_ADMIN_WORDS: Final = (
    "province",
    "governorate",
    "state",
    "region",
    "department",
    "oblast",
)


#: Where a match of :data:`_UNKNOWN_CUE` may begin in ASCII text (more
#: offsets than it begins at, never fewer): a capital after no letter,
#: digit or hyphen (its names, "North ..." zones and a name after a
#: lower-case word), an article of :data:`_HYPHEN_PARTICLES` and a hyphen
#: before a capital ("al-Zuhur district"), or a cue word ("district of X",
#: "the Y town of X"). Candidates do not overlap, and no match can begin
#: inside one (a letter, a hyphen or a capital after a hyphen).
_UNKNOWN_CUE_STARTS: Final = re.compile(
    r"(?<![A-Za-z0-9\-])(?:[A-Z]|[a-z]{2,3}-[A-Z])|district|village|town|city|suburb|community"
)
#: :data:`_UNKNOWN_CUE_STARTS` in any script.
_UNKNOWN_CUE_STARTS_ANY: Final = regex.compile(
    r"(?<![\p{L}\p{N}\-])(?:\p{Lu}|[a-z]{2,3}-\p{Lu})|district|village|town|city|suburb|community"
)


def _line_may_hold_unknown_cue(line: str) -> bool:
    """
    Whether :data:`_UNKNOWN_CUE` may match in *line*: a word every match of
    one of its alternatives holds, in any case (its cue words, or " in " and
    an admin word, which it reads in any case).
    """
    return _first_cue_at(line) >= 0


def _first_cue_at(line: str) -> int:
    """
    Where the first word of *line* that every match of :data:`_UNKNOWN_CUE`
    holds one of starts (-1: none; 0 when unsure where): a cue word that
    starts a word ("city", not "capacity" or "ethnicity"; "town", not
    "downtown"), an admin word that is one (not "statement", "regional")
    after " in ", or "territory" after a capitalised word.
    """
    low = line.lower()
    first = len(line)
    if not line.isascii():
        if "\u0130" in line or len(low) != len(line):
            return 0  # (a dotted capital I: its case folding is not lower())
        # ("\u017f", a long s, is an "s" to the admin words' case folding;
        # a capital before "territory" may be any letter's)
        low = low.replace("\u017f", "s")
        if "territory" in low:
            first = low.index("territory")
    elif "territory" in line:
        # ("territory" only after a capitalised word: "Rutshuru territory",
        # not the "rebel-held territory" or "the territory" of most stories)
        m = _TERRITORY_AFTER_NAME.search(line)
        if m is not None:
            first = m.end() - 9
    if any(map(low.__contains__, _LINE_CUE_WORDS)):
        m = _CUE_WORD_START.search(low)
        if m is not None and m.start() < first:
            first = m.start()
    if " in " in line and any(map(low.__contains__, _LINE_ADMIN_WORDS)):
        m = _ADMIN_WORD_WHOLE.search(low)
        if m is not None and m.start() < first:
            first = m.start()
    return first if first < len(line) else -1


#: How many words before its cue word a match of :data:`_UNKNOWN_CUE` may
#: start, and one more: its alternatives read at most six gaps of spaces
#: before the cue ("X, in the northern Y Z province"; "A, B and C villages"
#: four; a name of three words and its cue three).
_WORDS_BEFORE_CUE: Final = 7


def _words_back(line: str, at: int) -> int:
    """Where the run of spaces :data:`_WORDS_BEFORE_CUE` words before *at* starts (or 0)."""
    i = at
    for _ in range(_WORDS_BEFORE_CUE):
        i = line.rfind(" ", 0, i)
        if i <= 0:
            return 0
        while i > 0 and line[i - 1] == " ":
            i -= 1
    return i


#: :data:`_LINE_CUE_WORDS` at the start of a word (lower case).
_CUE_WORD_START: Final = re.compile(
    r"(?<![a-z0-9])(?:district|village|town|city|lga|local government|county|zone|neighbo|suburb|community of)"
)
#: :data:`_LINE_ADMIN_WORDS` as whole words (lower case).
_ADMIN_WORD_WHOLE: Final = re.compile(
    r"(?<![a-z0-9])(?:province|governorate|state|region|department|oblast)(?![a-z0-9])"
)


#: A capitalised word, then "territory" (a district's cue, lower case as
#: :data:`_UNKNOWN_CUE` reads it).
_TERRITORY_AFTER_NAME: Final = re.compile(r"[A-Z][A-Za-z'\-]*[ ]+territory")


#: :func:`_line_may_hold_unknown_cue`'s words, lower case.
_LINE_CUE_WORDS: Final = (
    "district",
    "village",
    "town",
    "city",
    "lga",
    "local government",
    "county",
    "zone",
    "neighbo",
    "suburb",
    "community of",
)
_LINE_ADMIN_WORDS: Final = (
    "province",
    "governorate",
    "state",
    "region",
    "department",
    "oblast",
)


#: The cues of :data:`_BORDER_WITH`.
_BORDER_CUES: Final = frozenset(["border", "frontier"])
#: The cues of :data:`_ROAD_BETWEEN`, read, as a border's, never after a
#: speech verb ("told Reuters, on the Goma-Sake road": the hearer).
_ROAD_CUES: Final = frozenset(["road", "highway"])


def _speech_verb_before(text: str, at: int) -> bool:
    """Whether a speech verb ("told", "said") and one space come right before *at*."""
    head = text[max(0, at - 12) : at - 1]
    return head[head.rfind(" ") + 1 :] in _SPEECH_VERBS


def _capitalised_word_before(text: str, at: int) -> int:
    """
    The start of the capitalised word, no function word, month or demonym,
    right before *at* and one space when a lower-case word and a space come
    before it ("near Bulo Hawo": Bulo's), else *at*.
    """
    head = text[max(0, at - 40) : at - 1]
    cut = head.rfind(" ")
    word = head[cut + 1 :]
    if (
        cut < 1
        or len(word) < 3
        or not word.isalpha()
        or not word[0].isupper()
        or not word[1:].islower()
        or not head[cut - 1].islower()
    ):
        return at
    key = _key(word)
    if key in _FUNCTION_WORDS or key in _MONTHS or key in demonyms():
        return at
    return at - len(word) - 1


def _adverb_before(text: str, at: int) -> bool:
    """Whether a lower-case word ending in "ly" ("mainly", "largely") and one space come right before *at*."""
    head = text[max(0, at - 20) : at - 1]
    word = head[head.rfind(" ") + 1 :]
    # ("only" picks a name out: "hit only Kawo district")
    return len(word) > 3 and word.isalpha() and word.islower() and word != "only"


def _opens_sentence(text: str, at: int) -> bool:
    """Whether only spaces stand between *at* and the start of the text or a sentence's end."""
    head = text[max(0, at - 8) : at].rstrip(" ")
    return not head or head[-1] in ".!?\n\"'\u201c\u2018(\u2014-"


#: The kind of place each cue of :data:`_UNKNOWN_CUE` names (lower case).
_UNKNOWN_CUE_KIND: Final = {
    "district": "district",
    "village": "village",
    "town": "town",
    "county": "district",
    "lga": "district",
    "local government": "district",
    "local government area": "district",
    "township": "district",
    "city": "city",
    "villages": "village",
    "towns": "town",
    "districts": "district",
    "zone": "district",
    # the Congo's second-level units ("Masisi territory")
    "territory": "district",
    # "the Kitshanga area of Rutshuru": a place and its surroundings
    "area": "populated_place",
    # a distance from a known place ("X, some 80 km northwest of Goma")
    # or a border ("X, on the border with Y")
    "border": "populated_place",
    "frontier": "populated_place",
    # a place on a road between two others ("X, on the Goma-Sake road")
    "road": "populated_place",
    "highway": "populated_place",
    "km": "populated_place",
    "kilometres": "populated_place",
    "kilometers": "populated_place",
    "miles": "populated_place",
    # "X, a military camp near Y": a site, as "the Ras Isa fuel port" is
    "camp": "feature",
    "base": "feature",
    # a part of a town ("the city's Kadutu neighbourhood"): no unit of
    # government, a place as precise as a village
    "neighbourhood": "populated_place",
    "neighborhood": "populated_place",
    # "the Tripoli suburb of Ain Zara", "X, a southern suburb of Y": as a part of a town
    "suburb": "populated_place",
    # "the community of El Pozo" (Latin American copy's small settlement)
    "community": "populated_place",
    # "X, on the southern edge of Y", "X, on the outskirts of Y"
    "edge": "populated_place",
    "outskirts": "populated_place",
    # "Mayi-Moya, a locality in Beni territory", "X, a hamlet near Y"
    "locality": "populated_place",
    # "Niem-Yelewa, a sub-prefecture of Nana-Mambere", "X, a rural commune
    # in Mopti region": a local unit
    "sub-prefecture": "district",
    "commune": "district",
    "municipality": "district",
    "hamlet": "village",
}
#: The name groups of :data:`_UNKNOWN_CUE`, each with its cue's group.
_UNKNOWN_GROUPS: Final = (
    ("name", "cue"),
    ("name2", "cue2"),
    ("name3", None),
    ("name4", "cue4"),
    ("name5", "cue5"),
    ("name6", "cue5"),
    ("name7", "cue7"),
    ("name8", "cue5"),
)
#: "the X area of Y" (:func:`_areas`): Y holds X.
_AREA_OF: Final = regex.compile(
    rf"(?P<name9>{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+)[ ](?P<cue9>area)[ ]of[ ]"
)
#: "Masisi territory", a unit of the Congo (:func:`_areas`; as an
#: alternative of :data:`_UNKNOWN_CUE` it would slow that scan by half).
_TERRITORY: Final = regex.compile(
    rf"(?P<name9>{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE})?+)[ ](?P<cue9>territory)\b"
)
#: A distance from a place: "20 km north of X" (:func:`_areas`).
_DISTANCE_AT: Final = re.compile(
    r"\d (?:km|kilometres|kilometers|miles)\)? "
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west) of [A-Z]"
)
_DISTANCE_OF: Final = regex.compile(
    rf"(?P<cue9>km|kilometres|kilometers|miles)\)?[ ]\p{{Ll}}++(?:-\p{{Ll}}++)?+[ ]of[ ]"
    rf"(?P<name9>{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+)"
)
#: Feature nouns that open a name no settlement has ("Lake Kivu").
_FEATURE_FIRST: Final = frozenset(
    ["lake", "mount", "mt", "river", "cape", "gulf", "bay", "sea"]
)
#: The groups of :data:`_APPOSITION`'s match.
_APPOSITION_GROUPS: Final = (("name9", "cue9"),)
#: An apposition's cue, from its comma: lower-case ASCII words, found
#: with the standard library's ``re`` (its scan skips to each ", " in C;
#: it cannot backtrack far).
_APPOSITION_AT: Final = re.compile(
    rf",[ ](?:an?[ ](?:[a-z\-]+[ ]){{0,3}}?(?:town|township|village|city|neighbou?rhood|suburb"
    r"|locality|hamlet|community|sub-prefecture|commune|municipality"
    r"|(?<=military )(?:camp|base)|(?<=army )(?:camp|base))"
    rf"(?:[ ](?:(?:{_APPOSITION_NEXT})\b|\d)|[,.;])"
    rf"|{_DISTANCE}(?:km|kilometres|kilometers|miles){_PARENTHESIS}?"
    r"[ ](?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)[ ]of|from)[ ]"
    r"(?:(?:the[ ](?:town|city|village|provincial[ ]capital|regional[ ]capital)[ ]of[ ])?[A-Z]"
    r"|the[ ](?:town|city)\b(?![ ]of\b))"
    r"|(?:on|near|along) the (?:border|frontier) with (?:the )?[A-Z]"
    r"|(?:on|near|along) the [A-Z][a-z]+ (?:border|frontier)\b"
    r"|(?:on|along) the [A-Z][A-Za-z']*-[A-Z][A-Za-z']* (?:road|highway)\b"
    r"|(?:on|at) the (?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern )?"
    r"(?:edge|outskirts) of (?:the capital|[A-Z]))"
)


#: The cues of :data:`_UNKNOWN_CUE` that name a settlement.
_SETTLEMENT_CUES: Final = frozenset(["town", "village", "city", "towns", "villages"])
#: The cues before "of" that make the name after it a province ("the
#: province of Latakia", "the coastal provinces of Latakia and Tartus").
_OF_PROVINCE_CUES: Final = frozenset(
    ["province", "provinces", "governorate", "governorates", "region", "regions", "state"]
)
#: ... and these in lower case only ("the Department of State" is a ministry).
_OF_DEPARTMENT_CUES: Final = frozenset(["department", "departments"])
#: A list of names after a plural province cue and "of", up to the "and" or
#: comma before the next name (read on the text before a name; the words
#: in any case, as all-caps copy writes them).
_PLURAL_OF_LIST: Final = re.compile(
    r"\b(?i:provinces|governorates|regions|departments)\s+(?i:of)\s+"
    r"(?:[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?,\s+)*[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?"
    r"(?:,\s+|,?\s+(?i:and)\s+)\Z"
)
#: Plural cues of first-level units, read after the last name of a list.
_PLURAL_PROVINCE_CUES: Final = frozenset(
    ["regions", "states", "governorates", "oblasts", "departments"]
)
#: Plural cues that make every name of the list before them a province.
_LIST_CUES: Final = _PLURAL_PROVINCE_CUES | {"provinces"}
#: Plural settlement nouns after a province's name, which it modifies.
_PLURAL_SETTLEMENTS: Final = frozenset(["villages", "towns", "communities"])
#: The ends of a list's earlier items before a name ("Kaura and Zango villages").
_LIST_ENDS: Final = (", ", " and ", " or ")
#: The kinds of places people live in: no region that holds a town.
_SETTLEMENT_KINDS: Final = frozenset(["city", "town", "village", "populated_place"])
#: A name after "of" (:func:`_region_before_town_of`).
_OF_NAME: Final = regex.compile(
    rf"[ ]of[ ]{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+"
)
#: A compass word after a name, opening a unit's longer name.
_COMPASS_WORDS_AFTER: Final = (" North ", " South ", " East ", " West ", " Central ")
#: A compass word ending a name ("Kaduna North").
_COMPASS_WORDS_AFTER_NAME: Final = (" North", " South", " East", " West", " Central")
#: ... and the local unit's cue after it ("Esan West LGA").
_COMPASS_UNIT_AFTER: Final = regex.compile(
    rf"[ ](?:North|South|East|West|Central)[ ](?:{_UNIT_CUE})\b"
)
#: A first-level unit's cue right after a name (:data:`_ADMIN_CUE`).
_PROVINCE_CUE_AFTER: Final = regex.compile(rf"[ ]{_ADMIN_CUE}\b")
#: A unit's cue right after a name (:data:`_UNIT_WORDS`).
_UNIT_AFTER_NAME: Final = re.compile(rf"[ ](?:{_UNIT_WORDS})\b")


def _region_before_town_of(
    text: str, m: regex.Match[str], g: str, cg: str | None
) -> bool:
    """
    Whether the match of :data:`_UNKNOWN_CUE`'s group *g* is the
    capitalised word of "the X town of Y", a modifier ("the Kivu town of
    Minova", "the Darfur town of Tawila": Y is the town), not when a
    unit's cue follows Y ("the Torkula village of Guma LGA" is Torkula's,
    in Guma).
    """
    assert cg is not None
    s = m.start(g)
    if (
        m.group(cg) not in _CUES_OF
        or not text.endswith("the ", 0, s)
        or " " in m.group(g)
    ):
        return False
    after = _OF_NAME.match(text, m.end(cg))
    return after is not None and _UNIT_AFTER_NAME.match(text, after.end()) is None


def _areas(text: str) -> Iterator[regex.Match[str]]:
    """
    The matches of :data:`_AREA_OF` ("the Kitshanga area of Rutshuru"),
    :data:`_TERRITORY` ("Masisi territory") and :data:`_DISTANCE_OF` ("20
    km north of Kalehe") in *text*, each found by
    a search for its fixed words first (a pattern's scan from every offset
    costs far more, and most stories hold neither).
    """
    at = text.find(" area of ")
    while at >= 0:
        the = text.rfind("the ", at - 60 if at > 60 else 0, at)
        if the >= 0 and (the == 0 or not text[the - 1].isalnum()):
            m = _AREA_OF.match(text, the + 4)
            if m is not None and m.end("cue9") == at + 5:
                yield m
        at = text.find(" area of ", at + 9)
    at = text.find(" territory")
    while at >= 0:
        # a name of one or two words right before it, after a space
        one = text.rfind(" ", at - 40 if at > 40 else 0, at)
        two = text.rfind(" ", at - 80 if at > 80 else 0, one) if one > 0 else -1
        for start in (two, one):
            m = _TERRITORY.match(text, start + 1) if start >= 0 else None
            if m is not None and m.end("cue9") == at + 10:
                yield m
                break
        at = text.find(" territory", at + 10)
    if "km " not in text and " kilomet" not in text and " miles " not in text:
        return
    for d in _DISTANCE_AT.finditer(text):
        m = _DISTANCE_OF.match(text, d.start() + 2)
        if m is not None:
            yield m


def _appositions(text: str) -> Iterator[regex.Match[str]]:
    """
    The matches of :data:`_APPOSITION` in *text*: a name of up to three
    words right before each ", a" or ", some 80 km" that opens an
    apposition's cue.
    """
    for cue in _APPOSITION_AT.finditer(text):
        comma = cue.start()
        # the name's words start after a space, at most three words back
        # (the leftmost start that matches is the one a scan would find)
        lo = comma - 100 if comma > 100 else 0
        starts: list[int] = []
        i = comma
        while len(starts) < 3:
            i = text.rfind(" ", lo, i)
            if i < 0:
                break
            starts.append(i + 1)
        for s in reversed(starts):
            m = _APPOSITION.match(text, s)
            if m is not None and m.end() == comma:
                yield m
                break


#: Words that are no part of a site's name ("The", "Tuesday", "Governor").
_SITE_STOP: Final = _FUNCTION_OR_PROVINCE_CUE | _MONTHS


#: A country's name after a place and "in" (in capitals too), maybe after
#: a compass adjective: ", in the Central African Republic", "in central
#: Mali", "IN NORTHERN MALI".
_IN_COUNTRY_AFTER: Final = regex.compile(
    r"\A,?[ ](?:in|IN)[ ](?:the[ ]|THE[ ])?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern[ ]|central[ ])?"
    r"(\p{Lu}[\p{L}'\-]*+(?:[ ](?:of[ ]|OF[ ])?\p{Lu}[\p{L}'\-]*+){0,4})"
)
#: A compass adjective in capitals before a country ("IN NORTHERN MALI").
_COMPASS_CAPITALS: Final = frozenset(
    [
        "NORTHERN",
        "SOUTHERN",
        "EASTERN",
        "WESTERN",
        "CENTRAL",
        "NORTHEASTERN",
        "NORTHWESTERN",
        "SOUTHEASTERN",
        "SOUTHWESTERN",
        "NORTH-EASTERN",
        "NORTH-WESTERN",
        "SOUTH-EASTERN",
        "SOUTH-WESTERN",
    ]
)


def _country_after(after: str) -> str | None:
    """The country named right after a place and "in" ("... in Syria"), if any."""
    if not after.startswith((" in ", ", in ", " IN ", ", IN ")):
        return None
    m = _IN_COUNTRY_AFTER.match(after, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    words = m.group(1).split(" ")
    if len(words) > 1 and words[0] in _COMPASS_CAPITALS:
        words = words[1:]  # "IN CENTRAL MALI" (never "in Central African ...")
    names = country_names()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if name.endswith(("'s", "\u2019s", "'S", "\u2019S")):
            name = name[:-2]  # "in Syria's north"
        cc = names.get(_key(name))
        if cc is not None:
            return cc
    return None


#: A sentence's opening on its country: "In Niger, ", "In the Congo, ".
_IN_COUNTRY_OPENING: Final = regex.compile(
    r"(?:\A|(?<=[.!?][ ]|\n))In[ ](?:the[ ])?(\p{Lu}[\p{L}'\-]*+(?:[ ]\p{Lu}[\p{L}'\-]*+){0,2}),[ ]"
)


def _sentence_country(text: str, at: int) -> str | None:
    """
    The country the sentence holding *at* opens on ("In Niger, jihadists
    attacked ..."), if any.
    """
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    m = _IN_COUNTRY_OPENING.search(text, start + 1 if start >= 0 else 0, at)
    if m is None:
        return None
    if start >= 0 and m.start() != start + (2 if text[start] == "." else 1):
        return None
    return country_names().get(_key(m.group(1)))


def _sentence_province(
    text: str, at: int, starts: dict[int, list[PlaceMention]]
) -> str | None:
    """
    The province code of the province the sentence holding *at* opens on
    ("In North Darfur, RSF fighters attacked ..."), if any; *starts* are the
    places found so far by their starts.
    """
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    start = 0 if start < 0 else start + (2 if text[start] == "." else 1)
    if not text.startswith("In ", start):
        return None
    for p in starts.get(start + 3, ()):
        if p.kind == "province" and p.admin1 and text.startswith(",", p.end):
            return p.admin1
    return None


def _home_country(context: Counter[str], header: dict[str, int] | None) -> str | None:
    """
    The country of the story (:func:`_main_country`), or past a regional
    hub's dateline ("BANGKOK" over a story from Myanmar) the country that
    two or more names beyond it give, when no other country has any.
    """
    home = _main_country(context)
    if home is None and header:
        beyond = Counter({c: n - header.get(c, 0) for c, n in context.items()})
        top = [(c, n) for c, n in beyond.most_common(2) if n > 0]
        if len(top) == 1 and top[0][1] >= 2:
            home = top[0][0]
    return home


#: A capitalised word and an Arabic article written apart before a name's
#: last word: "Dar el " of "Dar el Jamal", "Ras al " of "Ras al Ain".
_ARTICLE_NAME_BEFORE: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'\u2019\-])\p{{Lu}}\p{{Ll}}++[ ](?:{_PARTICLES})[ ]\Z"
)
#: A settlement's noun after a name, maybe after an adjective ("the White
#: Nile town of", "the Blue Nile border villages").
_SETTLEMENT_NOUN_AFTER: Final = re.compile(
    r" (?:[a-z\-]+ )?(?:town|towns|village|villages|city|suburb)\b"
)
#: A settlement's noun and "of" after a province's name, which modifies
#: the settlement named next: "the Gezira town of", "the Sennar border
#: town of", "the Donetsk city of" (never "suburb of": a city's).
_UNIT_OF_SETTLEMENT_AFTER: Final = re.compile(
    r" (?:[a-z\-]+ )?(?:town|towns|village|villages|city) of "
)
#: The people of a settlement before its name ("villagers in X"), as
#: :func:`~conflictparse.parsers.places._sites.dweller_places` reads them.
_DWELLERS_BEFORE: Final = DWELLER_CUES
#: One or two lower-case words before a cue ("the Gisenyi border town of").
_ADJECTIVES_END: Final = re.compile(r"(?:[ ][a-z\-]+){1,2}[ ]\Z")
#: The noun a town's name follows after "of": "the capital ", "the port
#: city of ", "the northern town of ".
_TITLE_BEFORE_TOWN: Final = re.compile(r"the (?:[a-z]+ ){1,2}(?:of )?(?=[A-Z])")


def _by_offset(
    found: Sequence[PlaceMention],
) -> tuple[dict[int, list[PlaceMention]], dict[int, list[PlaceMention]]]:
    """The places of *found* by start and by end, each list in *found*'s order."""
    starts: dict[int, list[PlaceMention]] = {}
    ends: dict[int, list[PlaceMention]] = {}
    for p in found:
        starts.setdefault(p.start, []).append(p)
        ends.setdefault(p.end, []).append(p)
    return starts, ends


def _placed_at(places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The first of *places* with a country and the place role."""
    return next((p for p in places if p.country and p.role == "place"), None)


def _unknown_places(
    doc: Document,
    taken: _Spans,
    context: Counter[str],
    header: dict[str, int] | None = None,
    found: Sequence[PlaceMention] = (),
    towns_of: Callable[[str], tuple[Place, ...]] | None = None,
) -> list[PlaceMention]:
    """
    Names unknown to every table that cues mark as places; a place *found*
    right after the cue and "of" ("the al-Zuhur district of Mosul") holds
    the unit and gives its country; a zone named after a town (*towns_of*
    gives the gazetteer's: "the North Gondar zone") lies in its province.
    """
    text = doc.text
    if doc.shouting:
        return []
    # (most stories hold no apposition: a list, empty, and no chain then)
    appositions = list(_appositions(text))
    appositions += _areas(text)
    if not _may_hold_unknown_cue(text):
        if not appositions:
            return []
        matches: Iterable[regex.Match[str]] = appositions
    else:
        matches = _unknown_cue_matches(text)
        if appositions:
            matches = itertools.chain(matches, appositions)
    home = _home_country(context, header)
    out: list[PlaceMention] = []
    # (the known places by start and end, made on first need, and the names
    # taken by their span: a look-up per name, not a pass over every place,
    # keeps a long story linear)
    offsets: (
        tuple[dict[int, list[PlaceMention]], dict[int, list[PlaceMention]]] | None
    ) = None
    twins: dict[tuple[int, int], int] = {}
    for m in matches:
        for g, cg in _APPOSITION_GROUPS if m.re is not _UNKNOWN_CUE else _UNKNOWN_GROUPS:
            if m.group(g) is None:
                continue
            s, e = m.span(g)
            if g == "name" and _region_before_town_of(text, m, g, cg):
                continue
            if (
                g == "name2"
                and cg is not None
                and m.group(cg) in _SETTLEMENT_CUES
                and _PROVINCE_CUE_AFTER.match(text, e) is not None
            ):
                continue  # "the main town of Soum province": the unit's name
            name = m.group(g)
            if g == "name3" and text[s - 2 : s - 1].islower():
                # "near Bulo Hawo, in Gedo region": the name's first word,
                # capitalised after a lower-case one (a second word in the
                # pattern would slow its scan from every offset)
                s = _capitalised_word_before(text, s)
                name = text[s:e]
                head = text[s - 30 if s > 30 else 0 : s - 1]
                if head[head.rfind(" ") + 1 : head.rfind(" ") + 2].isupper():
                    # "the military's Western Command, in Rakhine state": the
                    # last word of a longer capitalised name (a title word
                    # before it), no place
                    continue
            owner = max(name.rfind("'s "), name.rfind("\u2019s "))
            possessor = None
            if owner >= 0:
                # "Gaza City's Shejaia district": the possessor is another
                # place (whose country and province the part takes) or an
                # owner; the name starts after it
                if offsets is None:
                    offsets = _by_offset(found)
                possessor = _placed_at(offsets[1].get(s + owner, ()))
                s += owner + 3
                name = name[owner + 3 :]
            if (
                text[s - 1 : s] == " "
                and text[s - 2 : s - 1].islower()
                and text[text.rfind(" ", 0, s - 1) + 1 : s - 1] in _HYPHEN_PARTICLES
            ):
                # "Dar el Jamal, a village in Bama": the name's head and
                # article before its capitalised word
                joined = _ARTICLE_NAME_BEFORE.search(text, s - 24 if s > 24 else 0, s)
                if joined is not None:
                    s = joined.start()
                    name = text[s:e]
            if taken.overlaps(s, e):
                continue
            first, _, rest = name.partition(" ")
            if rest and _key(first) in _FUNCTION_WORDS and _opens_sentence(text, s):
                # "The Htoke Taw village ...": the article opens the sentence
                s += len(first) + 1
                name = rest
                first, _, rest = name.partition(" ")
            if (not rest and _key(first) in _FUNCTION_WORDS) or _key(name) in demonyms():
                continue
            if _key(first) in _FUNCTION_WORDS and _opens_sentence(text, s):
                continue
            if cg == "cue9" and _key(first) in _FEATURE_FIRST:
                continue  # "20 km north of Lake Kivu": no settlement
            if _key(name.rsplit(" ", 1)[-1]) in _FACILITY_TOWN_NAMES:
                continue  # "the Saudi Hospital in the North Darfur state capital"
            if text.endswith("ly ", 0, s) and _adverb_before(text, s):
                continue  # "the mainly Shiite district": an adverb's adjective, no name
            cue = m.group(cg).lower() if cg else None
            if cue in _SETTLEMENT_CUES and (codes := admin1_names().get(_key(name))):
                # "the North Darfur town that ...": the province before the
                # noun is a modifier (the town is named elsewhere), no town
                unit = max(codes, key=lambda c: context.get(c[:2], 0))
                out.append(
                    _new_place(
                        text=name,
                        span=_new_span(start=s, end=e),
                        name=admin1_display().get(unit, name),
                        kind="province",
                        country=unit[:2],
                        admin1=unit,
                        precision="province",
                        geonames_id=admin1_geonames_ids().get(unit),
                        provenance=_new_provenance(
                            confidence=0.8, reason="a province before a town's noun"
                        ),
                    )
                )
                twins.setdefault((s, e), len(out) - 1)
                continue
            if (cue in _BORDER_CUES or cue in _ROAD_CUES) and _speech_verb_before(
                text, s
            ):
                continue  # "he told Reuters, near the border with Syria": the hearer
            if cue == "territory" and _actor_spans(doc)[2].overlaps(s, e):
                continue  # "Houthi territory": an armed group's, no unit
            if g == "name3" and _actor_spans(doc)[2].overlaps(s, e):
                continue  # "clashes with the White Army in Nasir county": an actor
            after = text[e : e + 80]
            after_at = None
            if cue and cg and m.end(cg) > e:
                after_at = m.end(cg)
                after = text[after_at : after_at + 80]
            code = _admin_code_after(after, context)
            # "in Gendewuha, in the North Gondar zone": a settlement of the
            # district after it (which gives its province later)
            if (
                cue is None
                and code is None
                and (
                    g != "name3"
                    or not m.group("unit3")
                    or not _PLACE_PREPOSITION.search(text, s - 12 if s > 12 else 0, s)
                )
            ):
                continue
            # a village the gazetteer lacks lies in the country named after
            # it ("the village of Tell al-Hawa in Syria"), else the story's
            holder = None
            near: PlaceMention | None = None
            if cue and cg and m.end(cg) > e and text.startswith(" of ", m.end(cg)):
                at = m.end(cg) + 4
                if offsets is None:
                    offsets = _by_offset(found)
                holder = _placed_at(offsets[0].get(at, ()))
                if holder is None and text.startswith("the ", at):
                    # "a suburb of the capital Bujumbura": the town after
                    # the noun that names it
                    title = _TITLE_BEFORE_TOWN.match(text, at)
                    if title is not None:
                        holder = _placed_at(offsets[0].get(title.end(), ()))
            elif (
                code is None
                and cue
                and cg
                and (
                    toward := _TOWARD_AFTER_CUE.match(
                        text, max(m.end(cg), e), max(m.end(cg), e) + 40
                    )
                )
                is not None
            ):
                # "the Tuffah neighbourhood east of Gaza City", "X village
                # near Goma", "the village of X, near Goma": the place named
                # there is in the same country
                at = toward.end()
                if offsets is None:
                    offsets = _by_offset(found)
                near = _placed_at(offsets[0].get(at, ()))
                if near is None and text.startswith(("town", "city"), at):
                    # "Awasse, 25 km south of the town": the last town
                    # named before it
                    near = max(
                        (
                            p
                            for p in found
                            if p.end <= s
                            and p.kind in _SETTLEMENT_KINDS
                            and p.role in ("place", "dateline")
                            and p.country
                        ),
                        key=_END_OF,
                        default=None,
                    )
                if near is not None:
                    country = near.country
                    code = (
                        near.admin1
                        if near.kind != "country" and not _far_from(text, e, at, near)
                        else None
                    )
            if holder is None:
                holder = possessor
            if holder is None and cg == "cue4":
                # "the Darfur town of Tawila", "the Haitian town of X": the
                # region or the demonym before the cue says where it is (a
                # settlement there is no holder: "the Nuba village of X")
                at = m.start(cg) - 1
                if offsets is None:
                    offsets = _by_offset(found)
                holder = next(
                    (
                        p
                        for p in offsets[1].get(at, ())
                        if p.country
                        and p.role != "metonymy"
                        # (a suburb's town holds it: "the Tripoli suburb of X")
                        and (p.kind not in _SETTLEMENT_KINDS or cue == "suburb")
                    ),
                    None,
                )
                if holder is None:
                    # (the province this pass read before the noun: "the
                    # North Darfur town of X")
                    holder = next(
                        (out[i] for (_, te), i in twins.items() if te == at),
                        None,
                    )
            if holder is None and cg == "cue2":
                # "the Gisenyi border town of Rubavu", "the Kivu mining
                # town of X": the place before the noun's adjectives says
                # where it is
                cs = m.start(cg)
                adjectives = _ADJECTIVES_END.search(text, cs - 30 if cs > 30 else 0, cs)
                if (
                    adjectives is not None
                    # (a capitalised word before them: most have "the")
                    and text[
                        text.rfind(" ", 0, adjectives.start()) + 1 : adjectives.start()
                    ][:1].isupper()
                ):
                    if offsets is None:
                        offsets = _by_offset(found)
                    holder = next(
                        (
                            p
                            for p in offsets[1].get(adjectives.start(), ())
                            if p.country
                            and p.role != "metonymy"
                            and text.endswith(("the ", "The "), 0, p.start)
                        ),
                        None,
                    )
            if (
                holder is None
                and code is None
                and towns_of is not None
                and g == "name"
                and name.endswith(_COMPASS_WORDS_AFTER_NAME)
            ):
                # "Kaduna North LGA", "Jos South local government area": a
                # unit named after a town and a compass word lies in the
                # town's province, as a zone named so does
                head, _, compass = name.rpartition(" ")
                top = context.most_common(2)
                lead = home or (
                    top[0][0]
                    if top and (len(top) == 1 or top[0][1] > top[1][1])
                    else None
                )
                holder_town = _zone_town(f"{compass} {head}", towns_of, lead)
                if holder_town is not None:
                    code = holder_town.admin1
                    country = holder_town.country
            if holder is None and code is None and g == "name7" and towns_of is not None:
                holder_town = _zone_town(name, towns_of, home)
                if holder_town is not None:
                    code = holder_town.admin1
                    country = holder_town.country
            if holder is not None and code is None:
                code = holder.admin1
                country = holder.country
            elif near is not None:
                pass  # (its country, read above)
            else:
                if code is None:
                    # "the town of X in North Kordofan": a province found there
                    if offsets is None:
                        offsets = _by_offset(found)
                    code = _province_found_after(
                        text,
                        e if after_at is None else after_at,
                        found,
                        starts=offsets[0],
                    )
                if code is None:
                    # "In North Darfur, RSF fighters attacked the village of
                    # Um Baru": the province the sentence opens on
                    if offsets is None:
                        offsets = _by_offset(found)
                    code = _sentence_province(text, s, offsets[0])
                if code is None and g == "name3" and after[:2] == ", ":
                    # "in X, Rutshuru territory": the district's province
                    if offsets is None:
                        offsets = _by_offset(found)
                    code = next(
                        (
                            p.admin1
                            for p in offsets[0].get(e + 2, ())
                            if p.kind == "district" and p.role == "place"
                        ),
                        None,
                    )
                country = (
                    code[:2]
                    if code
                    else (
                        _country_after(after)
                        # "In Niger, jihadists attacked an army post at X":
                        # the country the sentence opens on, before the
                        # story's (a story filed from Cairo tells of Niger)
                        or _sentence_country(text, s)
                        or home
                    )
                )
            kind = _UNKNOWN_CUE_KIND.get(cue or "", "populated_place")
            if code is None and cue in _NEIGHBOURHOOD_CUES:
                # "a market in the Daraja Oula neighbourhood", after the
                # city: a part of the last city named before it (of the
                # country the story names most, in a story of two: Goma's
                # Katindo after a Gisenyi across the border)
                if country is None:
                    top = context.most_common(2)
                    if top and (len(top) == 1 or top[0][1] > top[1][1]):
                        country = top[0][0]
                city = max(
                    (
                        p
                        for p in found
                        if p.end <= s
                        and p.kind == "city"
                        and p.role in ("place", "dateline")
                        and (country is None or p.country == country)
                    ),
                    key=_END_OF,
                    default=None,
                )
                if city is not None and city.country is not None:
                    code, country = city.admin1, city.country
            twin = twins.get((s, e))
            if twin is not None:
                # two cues of one name ("the town of X, 30 km west of Y"): one
                # mention, with the province the other gives
                was = out[twin]
                if (
                    was.admin1 is None
                    and code is not None
                    and was.country in (None, country)
                ):
                    out[twin] = attrs.evolve(was, country=country, admin1=code)
                continue
            out.append(
                _new_place(
                    text=name,
                    span=_new_span(start=s, end=e),
                    name=name,
                    kind=kind,
                    country=country,
                    admin1=code,
                    precision="district"
                    if kind == "district"
                    else "near"
                    if m.re is _DISTANCE_OF
                    else "exact",
                    provenance=_new_provenance(
                        confidence=0.6, reason="not in the gazetteer; a place by its cue"
                    ),
                )
            )
            twins.setdefault((s, e), len(out) - 1)
    return out


#: A settlement's or a unit's cue and "of" in capitals ("IN THE VILLAGE OF
#: TINGORO IN MALI"; :data:`_UNKNOWN_CUE` reads names with lower-case
#: letters only), each found by a string search (a pattern's scan from
#: every offset of ALL-CAPS copy would cost far more), with its kind.
_CAPITALS_CUES: Final = (
    ("VILLAGE OF ", "village"),
    ("TOWN OF ", "town"),
    ("CITY OF ", "city"),
)
#: How much of an ALL-CAPS story's opening such cues are looked for in.
_CAPITALS_LEAD: Final = 600
#: The capitalised words after such a cue, matched where the cue ends.
#: (Latin capitals, read with :mod:`re`: a call of :mod:`regex` costs more
#: to set up than this match, tried after every cue of ALL-CAPS copy.)
_CAPITALS_NAME: Final = re.compile(
    "[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de'\u2019\\-]*"
    "(?:[ ][A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de'\u2019\\-]*){0,2}"
    "(?![^\\W_])"
)
#: What may stand between such a name and the province it lies in: "IN",
#: "THE" and up to two adjectives ("IN THE SOUTHERN AREQUIPA DEPARTMENT").
_CAPITALS_IN_BEFORE: Final = re.compile(r",?[ ]IN[ ](?:THE[ ])?(?:[A-Z]+[ ]){0,2}")
#: How far before such a name a province it lies in may be named.
_PROVINCE_BEFORE_CHARS: Final = 300


def _capitals_cue_runs(text: str, end: int) -> list[tuple[int, str, str]]:
    """
    Where the capitalised words after each cue and "of" in capitals before
    *end* start ("THE VILLAGE OF TINGORO"), the words, and the cue's kind.
    """
    runs: list[tuple[int, str, str]] = []
    for cue, kind in _CAPITALS_CUES:
        at = text.find(cue, 0, end)
        while at >= 0:
            s = at + len(cue)
            before = text[at - 1 : at] if at else ""
            at = text.find(cue, s, end)
            if before and (before.isalnum() or before in "-'\u2019"):
                continue  # "HOMETOWN OF", "DOWNTOWN OF"
            m = _CAPITALS_NAME.match(text, s)
            if m is not None:
                runs.append((s, m.group(), kind))
    return runs


def _capitals_cue_places(
    text: str,
    runs: list[tuple[int, str, str]],
    found: Sequence[PlaceMention],
    taken: _Spans,
    actors: _Spans,
    home: str | None,
) -> list[PlaceMention]:
    """
    Names no table knows in the *runs* after a cue and "of" in capitals
    ("THE VILLAGE OF TINGORO"), where no place or actor is: the name runs
    to the first function word, month, country or demonym ("TINGORO IN
    MALI"), and lies in the province *found* right after it ("IN THE
    SOUTHERN AREQUIPA DEPARTMENT"), else in the country named there, else
    the story's.
    """
    out: list[PlaceMention] = []
    for s, run, kind in runs:
        place = _capitals_cue_place(text, s, run, kind, found, home)
        if place is not None and not (
            taken.overlaps(place.start, place.end)
            or actors.overlaps(place.start, place.end)
        ):
            out.append(place)
    return out


def _capitals_cue_place(
    text: str,
    s: int,
    run: str,
    kind: str,
    found: Sequence[PlaceMention],
    home: str | None,
) -> PlaceMention | None:
    """The place a run of capitalised words at *s* after a cue in capitals names, if any."""
    kept: list[str] = []
    for w in run.split(" "):
        k = _key(w)
        if k in _SITE_STOP or k in demonyms() or k in country_names():
            break
        kept.append(w)
    if not kept:
        return None
    surface = " ".join(kept)
    e = s + len(surface)
    name = " ".join(w.capitalize() for w in kept)
    code = next(
        (
            p.admin1
            for p in found
            if e < p.start <= e + 40
            and p.kind == "province"
            and p.role == "place"
            and _CAPITALS_IN_BEFORE.fullmatch(text, e, p.start) is not None
        ),
        None,
    )
    country = code[:2] if code else _country_after(text[e : e + 80]) or home
    if code is None and country is not None:
        # else the province of its country named last in the sentences
        # before ("IN NORTHERN MORAZAN DEPARTMENT. ... NEAR THE CITY OF
        # PERQUIN"), else the one the story names, else the one its other
        # places lie in (as :func:`_province_of_story` gives, which
        # ALL-CAPS copy skips)
        provinces = [
            p
            for p in found
            if p.country == country
            and p.admin1
            and p.kind == "province"
            and p.role in _STORY_ROLES
        ]
        before = [p for p in provinces if s - _PROVINCE_BEFORE_CHARS < p.end <= s]
        named = {p.admin1 for p in provinces}
        codes = [
            p.admin1
            for p in found
            if p.country == country and p.admin1 and p.role in _STORY_ROLES
        ]
        if before:
            code = max(before, key=_END_OF).admin1
        elif len(named) == 1:
            code = named.pop()
        elif len(codes) > 1 and len(set(codes)) == 1:
            code = codes[0]
    return _new_place(
        text=surface,
        span=_new_span(start=s, end=e),
        name=name,
        kind=kind,
        country=country,
        admin1=code,
        precision="district" if kind == "district" else "exact",
        provenance=_new_provenance(
            confidence=0.5, reason="not in the gazetteer; a place by its cue"
        ),
    )


#: A plural cue and "of" before a list of names: "the villages of Tingoro
#: and Dogofry", "the towns of X, Y and Z" (each name up to three words).
_PLURAL_CUE_LIST: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}\-])(?P<cue>villages|towns|districts|townships|localities|cities)[ ]of[ ]
    (?P<names>
      {_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+
      (?:,[ ]{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+){{0,6}}+
      ,?[ ](?:and|or)[ ]{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+
    )
    """,
    regex.VERBOSE,
)
#: A plural cue, a few words and "including" before a list of names:
#: "villages in Djugu territory, including Lopa and Ndjala", "several towns,
#: among them X, Y and Z" (the words between name no other place noun).
_INCLUDING_LIST: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}\-])(?P<cue>villages|towns|localities|communities|settlements)
    (?P<mid>(?:[ ][^ .;:!?,]++){{0,8}}?),[ ](?:including|among[ ]them|such[ ]as|notably)[ ]
    (?P<names>
      {_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+
      (?:,[ ]{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+){{0,6}}+
      (?:,?[ ](?:and|or)[ ]{_NAME_OR_ARTICLE}(?:[ ]{_NAME_OR_ARTICLE}){{0,2}}+)?
    )
    """,
    regex.VERBOSE,
)
#: The kind of place each name of such a list is.
_PLURAL_CUE_KIND: Final = {
    "communities": "populated_place",
    "settlements": "populated_place",
    "villages": "village",
    "towns": "town",
    "districts": "district",
    "townships": "district",
    "localities": "populated_place",
    "cities": "city",
}
#: What separates the names of such a list.
_LIST_SEPARATOR: Final = re.compile(r",[ ](?:and[ ]|or[ ])?|[ ](?:and|or)[ ]")


def _plural_cue_places(
    text: str,
    found: Sequence[PlaceMention],
    taken: _Spans,
    actors: _Spans,
    home: str | None,
) -> list[PlaceMention]:
    """
    The names no reading took in a list after a plural cue and "of" ("the
    villages of Tingoro and Dogofry in central Mali"): each a place of the
    cue's kind, in the province found right after the list ("in North
    Kordofan"), else the country named there, else the story's.
    """
    out: list[PlaceMention] = []
    matches: Iterable[regex.Match[str]] = _PLURAL_CUE_LIST.finditer(
        text, timeout=REGEX_TIMEOUT
    )
    if "including " in text or " among them " in text or " such as " in text:
        matches = itertools.chain(
            matches, _INCLUDING_LIST.finditer(text, timeout=REGEX_TIMEOUT)
        )
    for m in matches:
        kind = _PLURAL_CUE_KIND[m.group("cue")]
        end = m.end()
        after = text[end : end + 80]
        code = _province_found_after(text, end, found)
        if code is None and m.re is _INCLUDING_LIST:
            # "villages in Djugu territory, including Lopa and Ndjala": the
            # unit named between the cue and the list
            ms, me = m.span("mid")
            code = next(
                (
                    p.admin1
                    for p in found
                    if ms <= p.start < me
                    and p.admin1
                    and p.role == "place"
                    and p.kind in ("province", "district")
                ),
                None,
            )
        if code is None and after.startswith(" near "):
            # "the villages of Snobar and Mukhtariyah near Jableh": the
            # province of the town they lie near
            code = next(
                (
                    p.admin1
                    for p in found
                    if p.start == end + 6
                    and p.admin1
                    and p.role == "place"
                    and (p.kind in _SETTLEMENT_KINDS or p.kind == "district")
                ),
                None,
            )
        country = code[:2] if code else _country_after(after) or home
        at = m.start("names")
        if country is None:
            # "the villages of Sohmor and Brital": the country of the names
            # of the list a table knows, where they agree
            partners = {
                p.country for p in found if at <= p.start < end and p.kind != "country"
            }
            if len(partners) == 1:
                country = partners.pop()
        names = m.group("names")
        pieces: list[tuple[int, int]] = []
        i = 0
        for sep in _LIST_SEPARATOR.finditer(names):
            pieces.append((i, sep.start()))
            i = sep.end()
        pieces.append((i, len(names)))
        for a, b in pieces:
            s, e = at + a, at + b
            name = text[s:e]
            k = _key(name)
            if (
                not name
                or taken.overlaps(s, e)
                or actors.overlaps(s, e)
                or k in _FUNCTION_OR_PROVINCE_CUE
                or k in demonyms()
                or k in country_names()
            ):
                continue
            out.append(
                _new_place(
                    text=name,
                    span=_new_span(start=s, end=e),
                    name=name,
                    kind=kind,
                    country=country,
                    admin1=code,
                    precision="district" if kind == "district" else "exact",
                    provenance=_new_provenance(
                        confidence=0.6, reason="not in the gazetteer; a place by its cue"
                    ),
                )
            )
    return out


def _listed_town(
    text: str,
    s: int,
    e: int,
    country: str,
    towns_of: Callable[[str], tuple[Place, ...]],
) -> PlaceMention | None:
    """
    The most populous gazetteer town of *country* named ``text[s:e]``, read
    in a list of towns of that country ("in Goma, Sake and Minova": Sake is
    also a word, read as a town only by a cue or such company), else None.
    """
    town = max(
        (t for t in towns_of(_key(text[s:e])) if t.country == country),
        key=_POPULATION_OF,
        default=None,
    )
    if town is None or (town.feature_code and not town.feature_code.startswith("P.")):
        return None
    return _new_place(
        text=text[s:e],
        span=_new_span(start=s, end=e),
        name=town.name,
        kind=_town_kind(town),
        country=town.country,
        admin1=town.admin1,
        admin2=town.admin2,
        latitude=town.latitude,
        longitude=town.longitude,
        geonames_id=town.geonames_id,
        precision="exact",
        provenance=_new_provenance(
            confidence=0.6, reason="listed with towns of its country"
        ),
    )


#: A preposition of place, or a verb of attack, right before a name ("in
#: X, in the Y zone", "stormed X, in Y LGA").
_PLACE_PREPOSITION: Final = re.compile(
    r"(?<![\w'])(?:in|near|at|into|to|from|outside|of|attacked|stormed|raided|struck"
    r"|shelled|hit|captured|seized|entered|overran|bombed|targeted|besieged)[ ]\Z"
)


#: The cues of a part of a city ("the Daraja Oula neighbourhood").
_NEIGHBOURHOOD_CUES: Final = frozenset(["neighbourhood", "neighborhood", "suburb"])


def _zone_town(
    name: str, towns_of: Callable[[str], tuple[Place, ...]], home: str | None
) -> Place | None:
    """
    The town a zone named by a compass word and a town's name ("North
    Gondar") is named after: the most populous of that name in *home*, the
    story's country, or with none a town of 20,000 people or more. Such a
    zone holds the town and lies in its province.
    """
    towns = towns_of(_key(name.partition(" ")[2]))
    if home is not None:
        towns = tuple(t for t in towns if t.country == home)
    best = max(towns, key=_POPULATION_OF, default=None)
    if best is None or best.admin1 is None or (home is None and best.population < 20000):
        return None
    return best


_POPULATION_OF: Final = operator.attrgetter("population")


def _in_hinted_province(
    surface: str, h: _Hit, district: bool, role: str, code: str, before: str, reason: str
) -> PlaceMention:
    """
    The name at *h* as a place of the province *code* the text names after
    it, with no point of its own (the gazetteer's namesake is elsewhere).
    """
    return _new_place(
        text=surface,
        span=_new_span(start=h.start, end=h.end),
        name=surface,
        kind="district" if district else "populated_place",
        role=role,
        country=code[:2],
        admin1=code,
        precision="district" if district else _near_or_exact(before),
        provenance=_new_provenance(confidence=0.5, reason=reason),
    )


def _province_found_after(
    text: str,
    at: int,
    found: Sequence[PlaceMention],
    kinds: frozenset[str] = frozenset(["province"]),
    starts: dict[int, list[PlaceMention]] | None = None,
) -> str | None:
    """
    The ISO 3166-2 code of a province (or a place of *kinds*) *found* right
    after " in " or ", in " (maybe "the") at *at* ("the town of X in North
    Kordofan"), else None. *starts*, when given, holds *found* by start.
    """
    for opening in (" in ", ", in "):
        if text.startswith(opening, at):
            start = at + len(opening)
            if text.startswith("the ", start):
                start += 4
            return next(
                (
                    p.admin1
                    for p in (found if starts is None else starts.get(start, ()))
                    if p.start == start and p.kind in kinds and p.role == "place"
                ),
                None,
            )
    return None


#: Words after an unknown place's cue that lead to a known place beside it:
#: "east of", "north-west of", "near", "outside", "in" (maybe "the", maybe
#: a distance: "10 km east of", "some 30 km south of", "40 km from"; maybe
#: after a comma: "X village, about 15 km from Y"; maybe the place's own cue:
#: "25 km from the town of Y").
_TOWARD_AFTER_CUE: Final = re.compile(
    r",? (?:(?:(?:(?:some|about|around|nearly|roughly) )?\d+ (?:km|kilometres|kilometers|miles) "
    r"(?:\(\d+ (?:miles|km|kilometres|kilometers)\) )?)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west) of|from)"
    r"|near|outside|in|on) (?:the (?:(?:town|city|village) of )?)?"
)

#: The capitalised run of words after "the village of", "the town of" (a
#: word: a capital, then lower-case letters, maybe hyphens or apostrophes),
#: matched where the cue's " of " ends. Mixed-case copy only. Possessive
#: runs of one class each and at most six words: it cannot backtrack, so it
#: needs no time limit (whose set-up costs more than the match).
_CUE_RUN: Final = regex.compile(
    rf"""
    \p{{Lu}}\p{{Ll}}[\p{{Ll}}'\u2019]*+(?:-\p{{L}}[\p{{Ll}}'\u2019]*+)*+
    # (a later word may open with an Arabic article: "Yohmor al-Shqif")
    (?:[ ](?:(?:{_PARTICLES})-)?+\p{{Lu}}\p{{Ll}}[\p{{Ll}}'\u2019]*+(?:-\p{{L}}[\p{{Ll}}'\u2019]*+)*+){{1,5}}+
    (?![\p{{L}}\p{{N}}])
    """,
    regex.VERBOSE,
)
#: Words that end the run of a name after a cue: cue and admin nouns
#: ("the village of X District", "the town of X Local Government Area"),
#: officials and forces ("the town of X Police"), weekdays and months ("the
#: town of X Thursday"). Other function words do not: a capitalised "Yet"
#: or "Let" inside a run is a name's ("Let Yet Kone").
_RUN_STOP: Final = (
    _ALL_CUES
    | _OFFICIAL_CUES
    | _MONTHS
    | frozenset(
        [
            *WEEKDAY_NAMES,
            "area",
            "local",
            "division",
            "government",
            "army",
            "forces",
            "troops",
            "military",
            "security",
            "officials",
            "official",
        ]
    )
)
#: The kind of place each cue names.
_CUE_KIND: Final = {
    "village": "village",
    "hamlet": "village",
    "town": "town",
    "township": "town",
    "city": "city",
}
_CUES_OF: Final = tuple(_CUE_KIND)
#: The settlement kinds from the smallest (other kinds rank as cities).
_SIZE_RANK: Final = {"populated_place": 0, "village": 1, "town": 2, "city": 3}


def _whole_runs_after_cues(
    text: str, out: list[PlaceMention], context: Counter[str]
) -> list[PlaceMention]:
    """
    *out* with the mentions that cover only part of the capitalised run
    after "the village of", "the town of" (a shorter name the gazetteer or
    the cue rule knows: "Let Yet" in "the village of Let Yet Kone") made
    one mention of the whole run: the cue names one place, and the run is
    its name.
    """
    runs = []
    # the cues by their " of ": a search of the text for that string, and
    # a test of the words before each, are far cheaper than a pattern's scan
    # from every offset (or one search per cue word)
    at = text.find(" of ")
    while at >= 0:
        m = None
        cue = ""
        if text.endswith(_CUES_OF, 0, at):
            cue = next(c for c in _CUES_OF if text.endswith(c, 0, at))
            before = at - len(cue) - 1
            if (before < 0 or not text[before].isalnum()) and text[
                at + 4 : at + 5
            ].isupper():
                m = _CUE_RUN.match(text, at + 4)
        at = text.find(" of ", at + 4)
        if m is None:
            continue
        s = m.start()
        words = m.group().split(" ")
        keep = 1
        while keep < len(words) and not words[keep - 1].endswith(_POSSESSIVE_ENDS):
            word = _key(words[keep])
            if word in _RUN_STOP or word in _FACILITY_NOUNS or word in demonyms():
                break
            keep += 1
        if keep > 1:
            e = s + len(" ".join(words[:keep]))
            if words[keep - 1].endswith(_POSSESSIVE_ENDS):
                e -= 2  # "the town of Bahir Dar's outskirts": the name ends before it
            runs.append((s, e, cue, e))
    return _whole_runs(text, out, context, runs)


#: Function words that are only grammar (no title, weekday, month or
#: compass word), written with a capital inside a sentence only in a name.
_GRAMMAR_WORDS: Final = frozenset(
    ["a", "an", "the", "in", "on", "at", "by", "for", "with", "from", "to", "of", "into", "over",
     "under", "after", "before", "and", "or", "but", "not", "no", "nor", "so", "yet", "if", "then",
     "than", "as", "also", "only", "just", "there", "here"]
)  # fmt: skip

#: The kinds of a found place whose province a village before it takes
#: ("X village in Depayin township").
_UNIT_KINDS: Final = frozenset(["province", "district"])

#: The lower-case cues written after a place's name ("Lin Ta Lu village").
_CUES_AFTER: Final = tuple(f" {cue}" for cue in _CUE_KIND if cue != "city")
#: One capitalised word of a name (see _CUE_RUN), the whole string.
_RUN_WORD: Final = regex.compile(
    r"\p{Lu}\p{Ll}[\p{Ll}'\u2019]*+(?:-\p{L}[\p{Ll}'\u2019]*+)*+\Z"
)


def _whole_runs_before_cues(
    text: str, out: list[PlaceMention], context: Counter[str]
) -> list[PlaceMention]:
    """
    *out* with the mentions that cover only part of a capitalised run
    written before "village", "town" or "hamlet" (a shorter name the
    gazetteer knows: "Ta Lu" in "Lin Ta Lu village") made one mention of
    the whole run, as :func:`_whole_runs_after_cues` does for "the village
    of X". The run stops at a function word, a cue or title word, a
    demonym and a possessive ("Myanmar's Kyauk Ta Lone village").
    """
    runs = []
    for cue in _CUES_AFTER_ALL:
        at = text.find(cue)
        while at >= 0:
            end = at + len(cue)
            if end == len(text) or not text[end].isalnum():
                kind = _PLURAL_CUE_AFTER.get(cue, cue[1:])
                point = at
                # the names of a list before a plural cue ("Nat Chaung and
                # Yay Shin villages") each a run: back over " and " or ", "
                for _ in range(4 if kind != cue[1:] else 1):
                    start, count = _run_back(text, point)
                    if count > 1:
                        runs.append((start, point, kind, end))
                    if count == 0 or kind == cue[1:]:
                        break
                    join = next(
                        (j for j in _LIST_JOINS_BACK if text.endswith(j, 0, start)), ""
                    )
                    if not join:
                        break
                    point = start - len(join)
            at = text.find(cue, end)
    return _whole_runs(text, out, context, runs, cue_after=True)


def _run_back(text: str, point: int) -> tuple[int, int]:
    """
    The start of the capitalised run that ends at *point* (see
    :func:`_whole_runs_before_cues`) and its number of words.
    """
    start, count = point, 0
    while count < 6:
        b = text.rfind(" ", 0, point)
        word = text[b + 1 : point]
        key = _key(word)
        if (
            _RUN_WORD.match(word) is None
            or (
                key in _FUNCTION_WORDS
                # a grammatical word capitalised inside a
                # sentence is a name's ("Let Yet Kone village")
                and (key not in _GRAMMAR_WORDS or _opens_sentence(text, b + 1))
            )
            or key in _RUN_STOP
            or key in demonyms()
            or word.endswith(_POSSESSIVE_ENDS)
        ):
            break
        start, point, count = b + 1, b, count + 1
        if b < 0:
            break
    return start, count


#: Plural cues after a list of names, each name a place of the kind.
_PLURAL_CUE_AFTER: Final = {" villages": "village", " towns": "town"}
_CUES_AFTER_ALL: Final = _CUES_AFTER + tuple(_PLURAL_CUE_AFTER)
#: What joins the names of such a list, longest first.
_LIST_JOINS_BACK: Final = (", and ", " and ", ", ")


def _whole_runs(
    text: str,
    out: list[PlaceMention],
    context: Counter[str],
    runs: list[tuple[int, int, str, int]],
    *,
    cue_after: bool = False,
) -> list[PlaceMention]:
    """
    *out* with the mentions inside each run (start, end, cue) of *runs* made
    one. With *cue_after* (the cue follows the run: "Lin Ta Lu village"), a
    known shorter name is another place, whose country is not the run's:
    the province named after the cue gives it ("... village in Sagaing
    region"), else the story's main country.
    """
    if not runs:
        return out
    for s, e, cue, after in runs:
        inside = [p for p in out if p.start < e and s < p.end]
        if not inside or any(
            p.start < s or p.end > e or (p.start, p.end) == (s, e) or p.role != "place"
            for p in inside
        ):
            continue  # none, the whole run already, or a name past its ends
        first = min(inside, key=_SPAN_OF)
        unknown = first.geonames_id is None and first.latitude is None
        name = text[s:e]
        # a known shorter name's country is the run's only where the story
        # names that country elsewhere ("the town of Ed Dabba" is no
        # Swedish Ed's)
        country = (
            first.country
            if unknown
            else (
                _country_after(text[e : e + 80])
                or _main_country(context)
                or (first.country if context.get(first.country or "") else None)
            )
        )
        admin1 = first.admin1 if unknown else None
        if cue_after and not unknown:
            # (after the cue: "... village in Sagaing region"; a list's
            # plural cue for each of its names)
            code = _admin_code_after(
                text[after : after + 80], context
            ) or _province_found_after(text, after, out, _UNIT_KINDS)
            country = code[:2] if code else _main_country(context)
            if code is None and (
                toward := _TOWARD_AFTER_CUE.match(text, after, after + 40)
            ):
                # "Dan Kure village, about 20 km from Tsafe": the town there
                near = next(
                    (p for p in out if p.start == toward.end() and p.country), None
                )
                if near is not None:
                    country = near.country
                    code = (
                        near.admin1
                        if near.kind != "country"
                        and not _far_from(text, e, toward.end(), near)
                        else None
                    )
            admin1 = code
        whole = _new_place(
            text=name,
            span=_new_span(start=s, end=e),
            name=name,
            kind=_CUE_KIND[cue],
            country=country,
            admin1=admin1,
            # "near the village of X": the words before the cue decide
            precision=_near_or_exact(text[s - _CONTEXT if s > _CONTEXT else 0 : s]),
            provenance=_new_provenance(
                confidence=0.6,
                reason="not in the gazetteer; a place by its cue (a shorter name is known)",
            ),
        )
        drop = set(map(id, inside))
        out = [p for p in out if id(p) not in drop]
        out.append(whole)  # the caller sorts
    return out


class PlaceParser:
    """
    The default places parser: countries (with the names journalists use),
    ISO 3166-2 provinces, GeoNames towns with coordinates, named regions and
    rivers, demonyms (role ``"demonym"``) and metonymy (role ``"metonymy"``).

    Place names inside actor names found by the actors stage (which runs
    first in the default pipeline) are skipped; an actor mention flagged
    ``metonymy`` turns the place into role ``"metonymy"``.

    >>> from conflictparse import Document
    >>> doc = Document(text="Taliban fighters overran Darqad in Takhar province.")
    >>> [(m.text, m.kind, m.admin1) for m in PlaceParser()(doc)]
    [('Darqad', 'populated_place', 'AF-TAK'), ('Takhar', 'province', 'AF-TAK')]

    Args:
        gazetteer: the towns to know; the compact table shipped in the
            package by default, or :meth:`Gazetteer.from_geonames`.

    .. versionadded:: 0.1.0
    """

    __slots__ = ("gazetteer",)

    def __init__(self, *, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> tuple[PlaceMention, ...]:
        return find_places(doc, gazetteer=self.gazetteer)

    def __getstate__(self) -> tuple[Gazetteer | None]:
        return (self.gazetteer,)

    def __setstate__(self, state: tuple[Gazetteer | None]) -> None:
        self.gazetteer = state[0]


#: Nouns after a name that make it a facility's name ("Madina hospital").
_FACILITY_NOUNS: Final = frozenset(
    [
        "hospital",
        "hospitals",
        "clinic",
        "hotel",
        "mosque",
        "church",
        "school",
        "university",
        "college",
        "market",
        "stadium",
        "restaurant",
        "cafe",
        "mall",
        "prison",
    ]
)


def _facility_name_after(text: str, end: int) -> bool:
    """
    Whether the country or demonym ending at *end* opens a facility's name:
    a capitalised facility noun within the next three capitalised words
    ("the Saudi Hospital", "the Jordanian Field Hospital", "the Kuwait
    Specialty Hospital"), a name, not the country.
    """
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].isupper():
        return False
    for word in text[end + 1 : end + 48].split(None, 3)[:3]:
        bare = word.rstrip(".,;:)\"'\u2019\u201d")
        if not bare[:1].isupper():
            return False
        if bare.lower() in _FACILITY_NOUNS:
            return True
        if bare != word:
            return False  # the name ends at its punctuation
    return False


def _adjective_of_country(after: str) -> bool:
    """
    Whether a country's adjective that is also a province's name ("Somali")
    is used as the adjective: before a noun ("the Somali capital", "Somali
    troops"), not before a cue naming the province ("Somali region",
    "Somali Regional State").
    """
    word = _next_word(after)
    return (
        word not in _PROVINCE_CUES
        and word != "regional"
        and _is_modifier(after, prep=False)
    )


@functools.lru_cache(maxsize=512)
def _country_facts(cc: str) -> tuple[str | None, int | None]:
    """The name and the GeoNames id of the country *cc*: one cached call."""
    return country_name(cc), country_geonames_ids().get(cc)


def _congo_of_story(h: _Hit, context: Counter[str]) -> str:
    """
    The country a hit names: bare "Congo" (ISO's name of the Republic of
    the Congo) is the Democratic Republic unless the story's other names
    are more of the Republic's ("Goma ... eastern Congo"; alone, as in
    most modern copy).
    """
    cc = h.country or ""
    if (
        cc == "CG"
        and h.key == "congo"
        and _others(context, h, "CD") >= _others(context, h, "CG")
    ):
        return "CD"  # (the DRC on a tie: bare "Congo" in modern copy)
    return cc


def _story_elsewhere(
    context: Counter[str], country: str, header: dict[str, int] | None
) -> bool:
    """
    Whether other names of the story, beyond its dateline, are of a country
    other than *country*: wire services file stories about a neighbour from
    a regional hub ("DAKAR ... the Djibo market"), so the dateline alone
    places no action.
    """
    return any(
        n - (header.get(c, 0) if header else 0) > 0
        for c, n in context.items()
        if c != country
    )
