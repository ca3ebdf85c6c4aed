"""
Organisation-like names missing from the dictionary: a run of name words
ending in an organisation head ("Cinchonero People's Liberation Front",
"1st Infantry Brigade", "Army of National Liberation").

In mixed-case text the run is the capitalised words before the head; in
ALL-CAPS copy it is the words of :data:`ORG_WORDS` (plus one name word in
front), since capitals tell nothing there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress, repeat
from typing import Final

import regex

from conflictparse._text import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    REGEX_TIMEOUT,
    WEEKDAY_NAMES,
    lazy,
)
from conflictparse.parsers.actors._index import (
    Busy,
    Tokens,
    next_word,
    previous_word,
    tokens_in,
)

__all__ = [
    "ARMED_HEADS",
    "GOV_HEADS",
    "GOV_TOPICS",
    "HEADS",
    "ORG_WORDS",
    "find_org_names",
]

#: Head nouns of organisation names.
HEADS: Final = frozenset(
    [
        "front",
        "movement",
        "army",
        "forces",
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "group",
        "organization",
        "organisation",
        "party",
        "command",
        "commando",
        "commandos",
        "council",
        "union",
        "alliance",
        "militia",
        "militias",
        "cartel",
        "committee",
        "committees",
        "league",
        "corps",
        "squad",
        "squads",
        "detachment",
        "column",
        "faction",
        "federation",
        "confederation",
        "network",
        "gang",
        "legion",
        "guard",
        "guards",
        "resistance",
        "mujahideen",
        "fund",
        "board",
        "agency",
        "commission",
        "foundation",
        "institute",
        "service",
        "services",
        "mission",
        "regiment",
        "regiments",
        "division",
        "divisions",
        "squadron",
        "squadrons",
        "battery",
        "fleet",
        "platoon",
        "ministry",
        "department",
        "office",
        "directorate",
        "secretariat",
        "wing",
        "unit",
    ]
)

#: Heads of the names of government bodies: "Ministry of Culture", "Office of
#: Foreign Assets Control" (a capitalised "of" tail is a name on its own).
GOV_HEADS: Final = frozenset(
    [
        "ministry",
        "department",
        "office",
        "directorate",
        "secretariat",
        "board",
        "agency",
        "commission",
        "council",
    ]
)

#: The heads of :data:`GOV_HEADS` read with an "of" tail in ALL-CAPS copy.
_STATE_GOV_HEADS: Final = frozenset(["ministry", "department", "directorate"])

#: Topics of ministries and departments ("Health Ministry", and the only
#: words read after "of" in ALL-CAPS copy besides :data:`ORG_WORDS`).
GOV_TOPICS: Final = frozenset(
    [
        "foreign",
        "affairs",
        "interior",
        "home",
        "defence",
        "defense",
        "justice",
        "health",
        "finance",
        "treasury",
        "education",
        "information",
        "culture",
        "intelligence",
        "security",
        "homeland",
        "state",
        "energy",
        "oil",
        "trade",
        "commerce",
        "agriculture",
        "transport",
        "labor",
        "labour",
        "economy",
        "planning",
        "communications",
        "immigration",
        "administrative",
        "public",
        "internal",
        "external",
        "war",
        "peacekeeping",
        "operations",
        "human",
        "rights",
        "social",
        "welfare",
        "rural",
        "development",
        "environment",
        "water",
        "resources",
        "tourism",
        "sports",
        "religious",
        "endowments",
        "displacement",
        "migration",
        "refugees",
        "reconstruction",
    ]
)

#: Heads that make a name only after an ordinal ("158th Fighter Wing"; a
#: capitalised "Left Wing" is a description).
_ORDINAL_HEADS: Final = frozenset(["wing"])

#: Political descriptions read off the front of a name ("the Left-wing
#: Patriotic Union" is the Patriotic Union; "an Ultra-right-wing Commando" no name).
_DESCRIPTORS: Final = frozenset(
    [
        "left",
        "right",
        "wing",
        "leftist",
        "rightist",
        "extreme",
        "ultra",
        "ultraright",
        "ultraleft",
        "ultrarightist",
        "ultraleftist",
        "center",
        "centre",
        "centrist",
        "opposition",
        "ruling",
    ]
)

#: Ideologies: after a political description, "MAOIST ORGANIZATION" describes a group.
_IDEOLOGIES: Final = frozenset(
    [
        "maoist",
        "marxist",
        "leninist",
        "castroite",
        "castrist",
        "trotskyist",
        "islamist",
        "jihadist",
        "communist",
        "fascist",
    ]
)

#: Nouns that make an organisation head a modifier ("a command post").
_HEAD_COMPOUNDS: Final = frozenset(
    [
        ("command", "post"),
        ("command", "posts"),
        ("command", "center"),
        ("command", "centre"),
        ("guard", "post"),
        ("guard", "posts"),
    ]
)

#: Heads of names of armed groups (the others name parties, councils, unions ...).
ARMED_HEADS: Final = HEADS - frozenset(
    [
        "party",
        "council",
        "union",
        "committee",
        "committees",
        "federation",
        "confederation",
        "league",
        "alliance",
        "network",
        "organization",
        "organisation",
        "fund",
        "board",
        "agency",
        "commission",
        "foundation",
        "institute",
        "service",
        "services",
        "mission",
        "ministry",
        "department",
        "office",
        "directorate",
        "secretariat",
        "unit",
    ]
)

#: Words that make a name with an armed-looking head a civil body's: a
#: think tank, a monitor, an aid group or a firm ("International Crisis
#: Group", "Minority Rights Group", "a media group"), never the armed group a
#: report's "fighters" or "separatists" are.
CIVIL_WORDS: Final = frozenset(
    [
        "crisis",
        "research",
        "rights",
        "humanitarian",
        "relief",
        "aid",
        "press",
        "media",
        "studies",
        "policy",
        "monitoring",
        "advocacy",
        "medical",
        "health",
        "legal",
        "lawyers",
        "journalists",
        "investment",
        "consulting",
        "financial",
        "insurance",
        "energy",
        "mining",
        "shipping",
        "hotel",
        "hotels",
    ]
)

#: Words that make a run of capitals an organisation name.
ORG_WORDS: Final = frozenset(
    [
        "national",
        "liberation",
        "revolutionary",
        "popular",
        "peoples",
        "people",
        "patriotic",
        "democratic",
        "islamic",
        "islamist",
        "socialist",
        "communist",
        "anticommunist",
        "independence",
        "republican",
        "united",
        "unity",
        "freedom",
        "salvation",
        "justice",
        "workers",
        "christian",
        "social",
        "nationalist",
        "marxist",
        "leninist",
        "maoist",
        "castroite",
        "castrist",
        "military",
        "infantry",
        "special",
        "secret",
        "rapid",
        "mobile",
        "elite",
        "urban",
        "guerrilla",
        "defense",
        "defence",
        "youth",
        "free",
        "peasant",
        "indigenous",
        "armed",
        "joint",
        "resistance",
        "action",
        "sovereign",
        "holy",
        "jihad",
        "martyrs",
        "ansar",
        "jaish",
        "jamaat",
        "harakat",
        "liwa",
        "kataib",
        "saraya",
        "red",
        "rightist",
        "leftist",
        "anti",
        "self",
        "left",
        "right",
        "wing",
        "extreme",
        "death",
    ]
)

_CONNECTORS: Final = frozenset(
    ["of", "the", "for", "and", "de", "del", "la", "los", "al", "el"]
)
_ORDINAL_RE: Final = regex.compile(r"\d++(?:st|nd|rd|th)")
_STOP: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "by",
        "to",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "they",
        "he",
        "she",
        "it",
        "we",
        "said",
        "says",
        "against",
        "between",
        "into",
        "during",
        "after",
        "before",
        "under",
        "over",
        "said",
        "same",
        "other",
        "another",
        "such",
        "each",
        "every",
        "any",
        "some",
        "both",
        "several",
        # adverbs and quantifiers begin no name ("and even infantry brigades")
        "even",
        "also",
        "only",
        "not",
        "just",
        "still",
        "then",
        "now",
        "too",
        "many",
        "more",
        "most",
        "few",
    ]
)


#: Verbs that end an "of" tail in headline case ("The Board of Directors Meets
#: Today", "Ministry of Health Says ..."); words in -ed end it too (below).
_TAIL_VERBS: Final = frozenset(
    [
        "says",
        "say",
        "meets",
        "meet",
        "urges",
        "warns",
        "calls",
        "vows",
        "faces",
        "seeks",
        "plans",
        "opens",
        "holds",
        "backs",
        "slams",
        "rejects",
        "approves",
        "denies",
        "orders",
        "launches",
        "names",
        "wins",
        "ends",
        "halts",
        "starts",
        "sets",
        "gets",
        "takes",
        "makes",
        "gives",
        "confirms",
        "announces",
        "accuses",
        "blames",
        "claims",
        "condemns",
        "demands",
        "agrees",
        "refuses",
        "welcomes",
        "wants",
        "signs",
        "expects",
        "probes",
        "investigates",
        "reports",
        "releases",
        "issues",
        "asks",
        "tells",
        "sends",
        "bans",
        "cuts",
        "adds",
        "finds",
        "sees",
        "plays",
        "weighs",
        "mulls",
        "eyes",
        "moves",
        "returns",
        "closes",
        "reopens",
        "suspends",
        "extends",
        "lifts",
        "imposes",
        "unveils",
        "defends",
        "criticises",
        "criticizes",
        "pledges",
        "promises",
        "insists",
        "responds",
    ]
)

#: Words in -ed that are names, not verbs, in an "of" tail.
_ED_NAMES: Final = frozenset(
    [
        "allied",
        "combined",
        "federated",
        "related",
        "advanced",
        "applied",
        "disabled",
        "displaced",
    ]
)

#: "of" tails after "Board" that name a company's or a school's board, not an
#: actor ("the company's Board of Directors", "the Board of Education").
_CORPORATE_TAILS: Final = frozenset(
    [
        "directors",
        "governors",
        "trustees",
        "regents",
        "supervisors",
        "management",
        "education",
        "examiners",
        "visitors",
        "overseers",
        "advisors",
        "advisers",
    ]
)

#: Words after "for" / "on" that end an "of" tail ("the Ministry of Defence
#: on Tuesday"), where "for Human Rights" / "on Syria" would carry it on.
_TIME_WORDS: Final = frozenset(
    [
        *WEEKDAY_NAMES,
        *MONTH_NAMES,
        *MONTH_ABBREVIATIONS,
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
    ]
)

#: The days of the week (in :data:`_TIME_WORDS`), which begin no name.
_WEEKDAYS: Final = frozenset(WEEKDAY_NAMES)

#: Task forces named by number or name ("Combined Task Force 150", "CTF 50",
#: "Task Force (CTF) 50", "Task Force Tarawa"), in mixed-case text.
_TASK_FORCE_RE: Final = lazy(
    globals(),
    "_TASK_FORCE_RE",
    r"""
    (?<![\p{L}\d])
    (?:
        (?:(?:Combined|Joint|Naval|Maritime|Special|Coalition|Multinational
            |Multi-National)[ ]){0,3}+
        Task[ ]Force
        (?:[ ]\([A-Z]{2,5}+\))?+                  # "Task Force (CTF) 50"
        (?:[ ][-–][ ]|[ ]|-)
        (?:\d{1,4}+(?:\.\d{1,2}+)?+                # 50, 150, 58.1
          |\p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++)?+)   # Tarawa, Black Jack
      | C?JTF[ -]\d{1,4}+ | CTF[ -]\d{1,4}+          # CTF 50, CJTF 7
      | TF-\d{2,4}+                                # TF-151
    )
    (?![\p{L}\d])
    """,
    regex.VERBOSE,
)

#: The most name words read before a head, and after "of" (longer runs of
#: capitals are headlines or lists, and the walk must stay bounded).
_MAX_WORDS: Final = 8


#: How many doomed runs of capitals one document remembers.
_RUN_MEMO: Final = 64


def _joined(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    if gap == " ":
        return True
    return len(gap) <= 3 and all(c in " -'’\n" for c in gap) and "\n\n" not in gap


def _capital(text: str, start: int, word: str) -> bool:
    return text[start].isupper() or (
        word[:1].isdigit() and bool(_ORDINAL_RE.fullmatch(word))
    )


def _capitalised(text: str, offsets: list[int], tokens: list[int]) -> list[int]:
    """The *tokens* written with a capital first (a function of its own: see tokens_in)."""
    return [h for h in tokens if text[offsets[h] + h].isupper()]


def find_org_names(
    text: str,
    tokens: Tokens,
    taken: Sequence[tuple[int, int]],
    *,
    shouting: bool,
    hits: list[int] | None = None,
    _doomed: bool = True,
) -> list[tuple[int, int]]:
    """
    Spans of organisation-like names in *text* that overlap nothing in *taken*.

    >>> from conflictparse._text import fold
    >>> from conflictparse.parsers.actors._index import tokenize
    >>> t = "Gunmen of the Popular Revolutionary Vanguard Front attacked a bus."
    >>> [t[s:e] for s, e in find_org_names(t, tokenize(fold(t)), [], shouting=False)]
    ['Popular Revolutionary Vanguard Front']

    *hits*, when given, are the tokens of a superset of :data:`HEADS`, in
    order (a caller's one pass for several uses).

    (``_doomed=False`` turns off the shortcuts that give up a head with no
    name word before it or "of" after it, and a name whose left walk reached
    a taken span, for the tests that compare both.)
    """
    # (token k spans offsets[k] + k to offsets[k + 1] + k; empty tokens are
    # gaps of more than one separator, skipped by next_word / previous_word)
    words, offsets = tokens.words, tokens.offsets
    # the words of HEADS picked out in C, then the capital tested on those only
    named = (
        list(compress(range(len(words)), map(HEADS.__contains__, words)))
        if hits is None
        else tokens_in(hits, words, HEADS)
    )
    heads = named if shouting else _capitalised(text, offsets, named)
    task_forces = not shouting and ("Task Force" in text or "TF" in text)
    if not heads and not task_forces:
        return []
    busy = Busy(taken)
    taken_starts, taken_ends = busy.starts, busy.ends  # sorted by start
    out: list[tuple[int, int]] = []
    n = len(words)
    after = 0
    # Heads given up as doomed: head -> (floor, name words read before the
    # taken span). A later head whose left walk reaches one of them with the
    # same floor would read the same words from there on: it is doomed too,
    # unless the longer run reaches the word limit first (a run of capitals
    # with a dictionary name every few words is walked once, not per head).
    doomed_heads: dict[int, tuple[int, int]] = {}
    # The same written run from the taken span to the head, seen again (a run
    # of capitals repeated through a document): the walk reads only those
    # characters, so it is doomed again with as many name words (bounded;
    # runs with an apostrophe, whose possessives read the names found, are
    # not kept).
    doomed_runs: dict[tuple[str, int], int] = {}
    for h in heads:
        if h < after:
            continue
        # A name reaching left into a taken span (the dictionary's "Taliban"
        # before "Taliban Kabul Province Army") overlaps it and is dropped; when
        # no "of" can extend it right, dropping it leaves nothing else behind
        # (the next heads start after it), so the walk stops there.
        floor = -1
        h_start, h_end = offsets[h] + h, offsets[h + 1] + h
        k = h + 1 if h + 1 < n and words[h + 1] else next_word(words, h)
        if _doomed and (k >= n or words[k] != "of"):
            # no "of" tail: a head with no name word just before it (the
            # first test of the walk left, below) makes no name
            j = h - 1 if h >= 1 and words[h - 1] else previous_word(words, h)
            if j < 0:
                continue
            key = words[j]
            if shouting:
                if not (
                    key in ORG_WORDS
                    or key in HEADS
                    or (key[:1].isdigit() and bool(_ORDINAL_RE.fullmatch(key)))
                ):
                    continue
            elif key in _STOP or not _capital(text, offsets[j] + j, key):
                continue
        if (
            _doomed
            and taken_starts
            and not (k < n and words[k] == "of" and _joined(text, h_end, offsets[k] + k))
        ):
            t = bisect_right(taken_starts, h_start) - 1
            if t >= 0 and taken_ends[t] <= h_start:
                floor = taken_ends[t]
                if doomed_runs:
                    run = text[max(0, taken_starts[t] - 1) : h_end]
                    seen_words = doomed_runs.get((run, floor - taken_starts[t]))
                    if seen_words is not None:
                        doomed_heads[h] = (floor, seen_words)
                        continue
        # walk left over the name words
        doomed = False
        tripped = -1  # where the walk met the taken span
        first = h
        names: list[str] = []
        j = h - 1 if h >= 1 and words[h - 1] else previous_word(words, h)
        first_start = h_start
        while (
            j >= 0
            and len(names) < _MAX_WORDS
            and (
                (first - j == 1 and text[first_start - 1] == " ")  # the common gap
                or _joined(text, offsets[j + 1] + j, first_start)
            )
        ):
            key = words[j]
            j_start = offsets[j] + j
            if shouting:
                ok = (
                    key in ORG_WORDS
                    or key in HEADS
                    or (key[:1].isdigit() and bool(_ORDINAL_RE.fullmatch(key)))
                )
            else:
                ok = (
                    text[j_start].isupper() or _capital(text, j_start, key)
                ) and key not in _STOP
            if not ok:
                break
            if j_start < floor:
                doomed = True  # a name word in a taken span: see above
                tripped = j_start
                break
            if j in tokens.stems and (
                (out and j_start < out[-1][1]) or words[h] in GOV_HEADS
            ):
                # "(the Treasury's) Office of ...": the owner's name is read;
                # "Malaysia's Department of Civil Aviation": the owner is no part
                break
            if j in doomed_heads:
                seen_floor, seen = doomed_heads[j]
                if seen_floor == floor and len(names) + 1 + seen < _MAX_WORDS:
                    names.extend(repeat("", seen + 1))  # (only counted below)
                    doomed = True
                    break
            names.append(key)
            first = j
            first_start = j_start
            j = j - 1 if j >= 1 and words[j - 1] else previous_word(words, j)
        if doomed:
            doomed_heads[h] = (floor, len(names))
            if tripped >= 0 and len(doomed_runs) < _RUN_MEMO:
                ts = taken_starts[bisect_right(taken_starts, h_start) - 1]
                run = text[max(0, ts - 1) : h_end]
                if tripped >= ts and "'" not in run and "\u2019" not in run:
                    doomed_runs[(run, floor - ts)] = len(names)
            continue
        if (
            shouting
            and names
            and j >= 0
            and (text[first_start - 1] != "-" or words[h] == "command")
            and _joined(text, offsets[j + 1] + j, first_start)
        ):
            # (not a word hyphened to the name: "THE WELL-ARMED ARMY", "A
            # POLITICAL-MILITARY ORGANIZATION" describe; an army's
            # "POLITICAL-MILITARY COMMAND" of a zone is its name)
            key = words[j]
            if (
                key not in _STOP
                and len(key) >= 4
                and not key.endswith(("ed", "ing", "ly"))
                and key not in HEADS
            ):
                names.append(key)
                first = j
        head = words[h]
        if k < n and (head, words[k]) in _HEAD_COMPOUNDS:
            continue  # "a command post": the head is a modifier
        if (
            head == "unit"
            and previous_word(words, h) >= 0
            and words[previous_word(words, h)] in HEADS
        ):
            continue  # "a 5th Brigade unit": a common noun after a name
        # "said on Monday Popular Front fighters ...": a day is no part of a name
        while first < h and words[first] in _WEEKDAYS:
            first = next_word(words, first)
            names.pop()
        # "the Left-wing Patriotic Union": the description is no part of the name
        described = False
        while first < h and words[first] in _DESCRIPTORS:
            first = next_word(words, first)
            names.pop()
            described = True
        if head in _ORDINAL_HEADS and not (names and _ORDINAL_RE.fullmatch(names[-1])):
            continue  # "158th Fighter Wing", not "the Left Wing"
        # (in capitals only a ministry's or department's "of" tail is a name:
        # "AN OFFICE OF THE AGRICULTURE MINISTRY" is a building)
        gov = head in GOV_HEADS and not (shouting and head not in _STATE_GOV_HEADS)
        # an ALL-CAPS head in mixed-case text is a headline: its "of" tail is
        # read as in shouting copy ("DEPARTMENT OF HEALTH URGED TO HELP")
        caps = shouting or (h_end - h_start > 1 and text[h_start:h_end].isupper())
        # extend right: "Army of National Liberation", "Ministry of Culture"
        last = h
        gov_tail = False
        if k < n and words[k] == "of" and _joined(text, h_end, offsets[k] + k):
            before = k
            m = next_word(words, k)
            if m < n and words[m] == "the":
                before = m
                m = next_word(words, m)
            read: list[str] = []
            while (
                m < n
                and len(read) < _MAX_WORDS
                and _joined(text, offsets[m] + before, offsets[m] + m)
            ):
                key = words[m]
                if gov and key == "and" and read:
                    m2 = next_word(words, m)
                    if (
                        m2 < n
                        and _joined(text, offsets[m2] + m, offsets[m2] + m2)
                        and (
                            words[m2] in GOV_TOPICS
                            if caps
                            else _capital(text, offsets[m2] + m2, words[m2])
                            and words[m2] not in _STOP
                        )
                    ):
                        before = m  # "Ministry of Labour and Social Affairs"
                        m = m2
                        continue
                if (
                    gov
                    and not caps
                    and key in ("for", "on")
                    and 0 < len(read) < _MAX_WORDS - 1
                ):
                    m2 = next_word(words, m)
                    if (
                        m2 < n
                        and _joined(text, offsets[m2] + m, offsets[m2] + m2)
                        and _capital(text, offsets[m2] + m2, words[m2])
                        and words[m2] not in _STOP
                        and words[m2] not in _TIME_WORDS
                        and words[m2] not in _TAIL_VERBS
                        and not words[m2].endswith("ed")
                    ):
                        # "Office of the High Commissioner for Human Rights",
                        # "Commission of Inquiry on Syria" (not "... on Tuesday")
                        read.append(key)
                        before = m
                        m = m2
                        continue
                if caps:
                    ok = key in ORG_WORDS or key in HEADS or (gov and key in GOV_TOPICS)
                else:
                    ok = (
                        _capital(text, offsets[m] + m, key)
                        and key not in _STOP
                        and key not in _TAIL_VERBS
                        and not (
                            key.endswith("ed")
                            and key not in ORG_WORDS
                            and key not in _ED_NAMES
                        )
                    )
                if not ok:
                    break
                read.append(key)
                before = m
                if m in tokens.stems:
                    break  # "Department of the Treasury's (Office ...)": the owner ends here
                m = next_word(words, m)
            if head == "board" and read and read[0] in _CORPORATE_TAILS:
                continue  # "the company's Board of Directors": no actor
            if read and (gov or any(w in ORG_WORDS for w in read)):
                last = before
                names.extend(read)
                gov_tail = gov
        has_org_word = any(w in ORG_WORDS for w in names) or (
            gov and any(w in GOV_TOPICS for w in names)  # "Health Ministry"
        )
        if (
            shouting
            and len(names) < 2
            and not gov_tail
            and not (described and has_org_word and names[0] not in _IDEOLOGIES)
        ):  # ("the LEFT-WING PATRIOTIC UNION", not "the LEFT-WING MAOIST ORGANIZATION")
            continue  # "MILITARY DETACHMENT", "SOCIAL FORCES": too generic in capitals
        if not names or not (
            has_org_word
            or gov_tail
            or (not shouting and len(names) >= 2)
            or (len(names) == 1 and _ORDINAL_RE.fullmatch(names[0]))  # "3rd Battalion"
        ):
            continue
        if not shouting and all(w in HEADS for w in names):
            continue
        start, end = offsets[first] + first, offsets[last + 1] + last
        if last in tokens.stems:
            end -= 2  # "Brigade's": the name without the possessive
        if busy.free(start, end):
            if out and out[-1][1] > start:
                # a longer name over the last one ("National Union Federation"
                # after "National Union"): the longer one stands
                if start > out[-1][0]:
                    continue
                out.pop()
            out.append((start, end))  # names are found left to right
        after = last + 1
    if task_forces:
        out = _task_forces(text, busy, out)
    return out


def _task_forces(
    text: str, busy: Busy, out: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """*out* with the task forces named in *text* that overlap nothing taken."""
    found = Busy(out)
    extra = False
    for m in _TASK_FORCE_RE.finditer(text, timeout=REGEX_TIMEOUT):
        start, end = m.span()
        if busy.free(start, end) and found.free(start, end):
            out.append((start, end))
            found.add(start, end)
            extra = True
    if extra:
        out.sort()
    return out
